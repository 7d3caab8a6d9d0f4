printf '{"id":"a","text":"Ten people were killed."}\n{"id":"b","text":"Five' > $TMP/t.jsonl; $TALLY ingest $TMP/t.jsonl; echo "exit $?"; $TALLY claims --format jsonl | wc -l
--- stdout
exit 1
0
--- stderr
tally: $TMP/t.jsonl:2:22: premature end of input near '"Five' (nothing stored from this file)
$TMP/t.db: articles: 0 read, 0 new, 0 unchanged; claims: 0 stored
