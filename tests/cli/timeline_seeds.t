$TALLY ingest --quiet --manifest $SHARED/seeds/manifest.tsv $SHARED/seeds/*.txt && $TALLY timeline "North Korean" | grep -E "^North Korean|share:|parts:" ; $TALLY timeline --format jsonl | grep -c '"check"'
--- exit 0
--- stdout
North Korean military — deployed — Kursk
North Korean military — casualties — Kursk
North Korean military — missing
North Korean military — killed — Russia
North Korean military — wounded — Russia
North Korean military — captured
  ok   parts: Around 1,000 killed + 3,000 wounded = 4000 (unnamed Western officials, 2025-01-29) against 4,000 casualties (unnamed Western officials, 2025-01-29): consistent
  ok   share: 4,000 casualties stated as 36% of the deployed force; 4,000 / 11,000 deployed (Western officials, 2025-01) = 36.4%: consistent
5
