$TALLY ingest --quiet --manifest $SHARED/seeds/manifest.tsv $SHARED/seeds/*.txt && $TALLY events --format jsonl > $TMP/before && python3 -c "import sqlite3, sys; c = sqlite3.connect(sys.argv[1]); c.execute(\"UPDATE articles SET features = X'5445563100'\"); c.commit()" $TALLY_DB && $TALLY ingest --quiet data/parts.jsonl && $TALLY events --format jsonl | head -5 | diff $TMP/before - && echo rebuilt as before
--- exit 0
--- stdout
rebuilt as before
