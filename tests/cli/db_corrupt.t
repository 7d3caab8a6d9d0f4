$TALLY ingest --quiet --db $TMP/c.db data/flood.txt; python3 -c "import sys; d = open(sys.argv[1], 'rb').read(); open(sys.argv[2], 'wb').write(d[:len(d) // 2]); open(sys.argv[3], 'wb').write(d[:4096] + bytes(i * 7 & 255 for i in range(4096, len(d))))" $TMP/c.db $TMP/half.db $TMP/scribbled.db; cp $TMP/scribbled.db $TMP/before.db; for db in half scribbled; do $TALLY ingest --db $TMP/$db.db data/two.jsonl; echo "ingest exit $?"; $TALLY timeline --db $TMP/$db.db; echo "timeline exit $?"; done; cmp $TMP/scribbled.db $TMP/before.db && echo unchanged
--- stdout
ingest exit 3
timeline exit 3
ingest exit 3
timeline exit 3
unchanged
--- stderr
tally: $TMP/half.db: not a tally database: database disk image is malformed
tally: $TMP/half.db: not a tally database: database disk image is malformed
tally: $TMP/scribbled.db: reading features: database disk image is malformed
tally: $TMP/scribbled.db: reading claims: database disk image is malformed
