$TALLY ingest --quiet data/flood.txt; python3 -c "import sqlite3, sys, time; c = sqlite3.connect(sys.argv[1], isolation_level=None); c.execute('BEGIN EXCLUSIVE'); open(sys.argv[2], 'w').close(); time.sleep(6)" $TMP/t.db $TMP/ready & while [ ! -e $TMP/ready ]; do sleep 0.1; done; $TALLY ingest data/two.jsonl; echo "exit $?"; wait; $TALLY claims --format jsonl | grep -c '"doc":"w'
--- stdout
exit 3
0
--- stderr
tally: $TMP/t.db: database is locked
$TMP/t.db: articles: 0 read, 0 new, 0 unchanged; claims: 0 stored
