$TALLY ingest nosuch.txt . data/flood.txt; echo "exit $?"
--- stdout
exit 1
--- stderr
tally: nosuch.txt: No such file or directory
tally: .: is a directory
$TMP/t.db: articles: 1 read, 1 new, 0 unchanged; claims: 4 stored
