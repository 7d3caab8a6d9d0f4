$TALLY ingest --quiet data/flood.txt data/two.jsonl; a=$($TALLY claims --format jsonl | md5sum); $TALLY ingest data/flood.txt data/two.jsonl; b=$($TALLY claims --format jsonl | md5sum); [ "$a" = "$b" ] && echo unchanged
--- stdout
unchanged
--- stderr
$TMP/t.db: articles: 3 read, 0 new, 3 unchanged; claims: 0 stored
