printf 'GIF89a\001\000\000\377' > $TMP/b.txt; $TALLY ingest $TMP/b.txt; echo "exit $?"
--- stdout
exit 1
--- stderr
tally: $TMP/b.txt:1:8: binary data (a NUL byte), not a text article
$TMP/t.db: articles: 0 read, 0 new, 0 unchanged; claims: 0 stored
