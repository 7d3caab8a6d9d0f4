$TALLY frobnicate; echo "exit $?"; $TALLY extract --format xml data/flood.txt; echo "exit $?"; $TALLY ingest --published 2024-13-01 data/flood.txt; echo "exit $?"
--- stdout
exit 2
exit 2
exit 2
--- stderr
tally: unknown command 'frobnicate' (see tally --help)
tally: --format 'xml': expected table, jsonl or csv
tally: --published '2024-13-01' is not a date (YYYY-MM-DD)
