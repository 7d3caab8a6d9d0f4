python3 -c "import sys; s = b'x' * (50 << 20); open(sys.argv[1], 'wb').write(b'Nine people were killed, police said. ' + s); open(sys.argv[2], 'wb').write(b'{\"id\":\"big\",\"text\":\"' + s)" $TMP/line.txt $TMP/cut.jsonl; $TALLY ingest $TMP/line.txt $TMP/cut.jsonl; echo "exit $?"; $TALLY claims --format jsonl | wc -l
--- stdout
exit 1
1
--- stderr
tally: $TMP/cut.jsonl:1:52428820: premature end of input (nothing stored from this file)
$TMP/t.db: articles: 1 read, 1 new, 0 unchanged; claims: 1 stored
