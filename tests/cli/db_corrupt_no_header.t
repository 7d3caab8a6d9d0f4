$TALLY ingest --quiet --db $TMP/c.db data/flood.txt; python3 -c "import sys; d = open(sys.argv[1], 'rb').read(); open(sys.argv[2], 'wb').write(d[:4096] + bytes(i * 7 & 255 for i in range(4096, len(d))))" $TMP/c.db $TMP/s.db; $TALLY claims --db $TMP/s.db; echo "claims exit $?"; $TALLY entities --db $TMP/s.db; echo "entities exit $?"
--- stdout
claims exit 3
entities exit 3
--- stderr
tally: $TMP/s.db: reading claims: database disk image is malformed
tally: $TMP/s.db: reading entities: database disk image is malformed
