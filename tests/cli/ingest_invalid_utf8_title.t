printf 'Five \377 killed\nFive people were killed in Ardel.\n' > $TMP/u.txt; printf '{"id":"a","title":"Five \377 killed","text":"Five people were killed."}\n' > $TMP/u.jsonl; printf '{"id":"a","title":"Five \\ud800 killed","text":"Five people were killed."}\n' > $TMP/s.jsonl; $TALLY ingest $TMP/u.txt $TMP/u.jsonl $TMP/s.jsonl; echo "exit $?"; $TALLY claims --format jsonl | wc -l
--- stdout
exit 1
0
--- stderr
tally: $TMP/u.txt:1:6: invalid UTF-8 (byte 0xFF)
tally: $TMP/u.jsonl:1:25: invalid UTF-8 (byte 0xFF)
tally: $TMP/s.jsonl:1:38: invalid Unicode '\uD800' near '"Five \ud800 killed"' (nothing stored from this file)
$TMP/t.db: articles: 0 read, 0 new, 0 unchanged; claims: 0 stored
