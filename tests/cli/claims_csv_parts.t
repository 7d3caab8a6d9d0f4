$TALLY ingest --quiet data/parts.jsonl && $TALLY claims --format csv | python3 -c 'import csv, sys; [print(r["doc"], r["span"], r["what"], r["who"], r["part_of"], sep="|") for r in csv.DictReader(sys.stdin)]'
--- exit 0
--- stdout
p1|about 9,000|deployed|Finnish military|
p1|300|deployed|Finnish military|about 9,000
p1|four|deployed|Finnish military|about 9,000
p2|11,000|deployed|Finnish military|
p2|2,500|deployed|Finnish military|alone
p3|40|killed|Finnish military|
p3|120|wounded|Finnish military|
p3|90|killed|Swedish military|
p3|200|wounded|Swedish military|
p3|290|casualties|Swedish military|
