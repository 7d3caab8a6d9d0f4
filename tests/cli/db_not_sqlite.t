echo hello > $TMP/x.db; $TALLY ingest --db $TMP/x.db data/flood.txt; echo "exit $?"; cat $TMP/x.db
--- stdout
exit 3
hello
--- stderr
tally: $TMP/x.db: not a tally database: file is not a database
