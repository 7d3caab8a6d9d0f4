#!/bin/sh
# make demo: ingest the bundled example story into ./tally.db (made afresh), then show what tally found:
# the claims, the events, and the timeline of each quantity with its spread and checks.
set -eu
T=${1:-./build/tally}
DB=tally.db
rm -f "$DB" "$DB-wal" "$DB-shm"
echo "== tally ingest examples/ (into $DB)"
"$T" ingest --db "$DB" examples/*.txt examples/*.jsonl examples/*.html
echo
echo "== tally claims"
"$T" claims --db "$DB"
if "$T" events --help >/dev/null 2>&1; then
    echo
    echo "== tally events"
    "$T" events --db "$DB"
fi
echo
echo "== tally timeline"
"$T" timeline --db "$DB"
