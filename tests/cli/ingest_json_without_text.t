printf '{"id":"a","body":"Ten people were killed."}\n' > $TMP/n.jsonl; $TALLY ingest --quiet $TMP/n.jsonl; echo "exit $?"
--- stdout
exit 1
--- stderr
tally: $TMP/n.jsonl:1:1: no "text" string field (nothing stored from this file)
