: > $TMP/empty.txt; printf '\n  \n' > $TMP/blank.jsonl; $TALLY ingest $TMP/empty.txt $TMP/blank.jsonl; echo "exit $?"
--- stdout
exit 1
--- stderr
tally: $TMP/empty.txt: empty file, no article in it
tally: $TMP/blank.jsonl: empty file, no article in it
$TMP/t.db: articles: 0 read, 0 new, 0 unchanged; claims: 0 stored
