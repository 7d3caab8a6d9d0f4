$TALLY ingest --quiet data/scope.jsonl && $TALLY timeline | grep -E "—|spread" && $TALLY timeline --format jsonl | grep -o '"quantity":{[^}]*}'
--- exit 0
--- stdout
military — killed — Russia
  spread: lowest 40 (regional governor, 2031-03-31), highest 55 (officials, 2031-04-04), ratio 1.4
military — killed — Donetsk
people — killed — event 2
(group not named) — killed — event 3
people — killed — Tarvik
  spread: lowest 9 (police, 2031-04-07), highest 11 (mayor, 2031-04-09), ratio 1.2
"quantity":{"who":"military","what":"killed","where":"Russia"}
"quantity":{"who":"military","what":"killed","where":"Donetsk"}
"quantity":{"who":"people","what":"killed","where":null,"event":2}
"quantity":{"who":null,"what":"killed","where":null,"event":3}
"quantity":{"who":"people","what":"killed","where":"Tarvik"}
