printf 'Title\nAbout 5 people \377 were hurt.\n' > $TMP/u.txt; $TALLY ingest $TMP/u.txt; echo "exit $?"; $TALLY claims --format jsonl | wc -l
--- stdout
exit 1
0
--- stderr
tally: $TMP/u.txt:2:16: invalid UTF-8 (byte 0xFF)
$TMP/t.db: articles: 0 read, 0 new, 0 unchanged; claims: 0 stored
