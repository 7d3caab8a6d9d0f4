$TALLY ingest --quiet --manifest $SHARED/seeds/manifest.tsv $SHARED/seeds/*.txt && $TALLY timeline "North Korean" | grep -E "^North Korean|share:|parts:|Σ|revision: South" ; $TALLY timeline --format jsonl | grep -c '"check"'
--- exit 0
--- stdout
North Korean military — deployed — Kursk
North Korean military — casualties — Russia
  2024-12-19  ≥1,100Σ       Lee Seong-kweun (via Reuters)                     2         000_d228352cad494497.txt 2024-12-19
  2025-01-16  3,000Σ        South Korean authorities                          1         004_b479f13822c2852b.txt 2025-01-29
  Σ killed + wounded as one source gave them: ≥1,100 = ≥100 killed + 1,000 wounded; 3,000 = 300 killed + 2,700 wounded
  revision: South Korean authorities ≥1,100 (2024-12-23) → 3,000 (2025-01-16)
North Korean military — missing
North Korean military — killed — Russia
North Korean military — wounded — Russia
North Korean military — captured
  ok   parts: Around 1,000 killed + 3,000 wounded = 4,000 (unnamed Western officials, 2025-01-29) against 4,000 casualties (unnamed Western officials, 2025-01-29): consistent
  ok   share: 4,000 casualties stated as 36% of the deployed force; 4,000 / 11,000 deployed (Western officials, 2025-01) = 36.4%: consistent
2
