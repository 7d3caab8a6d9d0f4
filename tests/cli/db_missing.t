for c in claims entities events timeline; do $TALLY $c --db $TMP/none.db; echo "$c exit $?"; done; $TALLY eval --db $TMP/none.db --gold $SHARED/gold/seed-claims.jsonl; echo "eval exit $?"; test -e $TMP/none.db || echo "no file made"
--- stdout
claims exit 3
entities exit 3
events exit 3
timeline exit 3
eval exit 3
no file made
--- stderr
tally: $TMP/none.db: no such database (tally ingest --db $TMP/none.db FILE... creates it)
tally: $TMP/none.db: no such database (tally ingest --db $TMP/none.db FILE... creates it)
tally: $TMP/none.db: no such database (tally ingest --db $TMP/none.db FILE... creates it)
tally: $TMP/none.db: no such database (tally ingest --db $TMP/none.db FILE... creates it)
tally: $TMP/none.db: no such database (tally ingest --db $TMP/none.db FILE... creates it)
