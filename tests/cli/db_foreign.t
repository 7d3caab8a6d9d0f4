python3 -c "import sqlite3, sys; c = sqlite3.connect(sys.argv[1]); c.execute('create table t(x)'); c.commit()" $TMP/o.db; $TALLY ingest --db $TMP/o.db data/flood.txt; echo "exit $?"
--- stdout
exit 3
--- stderr
tally: $TMP/o.db: not a tally database (it holds other tables)
