$TALLY ingest --quiet data/parts.jsonl && $TALLY claims | grep -F "*"
--- exit 0
--- stdout
p1   300*         deployed    Finnish military           Defence officials  2031-05-02  1
p1   four*        deployed    Finnish military           Defence officials  2031-05-02  1
p2   2,500*       deployed    Finnish military  Ostrova  officials          2031-05-09  1
* a part of a larger figure ("including 500 officers", "in Dunmoor alone"): --format jsonl gives its whole
