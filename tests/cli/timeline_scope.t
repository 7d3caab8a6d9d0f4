$TALLY ingest --quiet data/scope.jsonl && $TALLY timeline | grep -E "—|spread" && $TALLY timeline --format jsonl | grep -o '"quantity":{[^}]*}'
--- exit 0
--- stdout
military — killed — Russia
  spread: lowest 40 (governor, 2031-03-31), highest 55 (officials, 2031-04-04), ratio 1.4
military — killed — Donetsk
people — killed
  spread: lowest 14 (fire service, 2031-04-05), highest 17 (officials, 2031-04-06), ratio 1.2
"quantity":{"who":"military","what":"killed","where":"Russia"}
"quantity":{"who":"military","what":"killed","where":"Donetsk"}
"quantity":{"who":"people","what":"killed","where":null}
