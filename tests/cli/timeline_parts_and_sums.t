$TALLY ingest --quiet data/parts.jsonl && $TALLY timeline && $TALLY timeline --format jsonl | grep -oE '"span":"[^"]*","source":"[^"]*","via":null,"where":[^,]*,"part_of":("[^"]*"|null)' && $TALLY extract data/parts.jsonl | grep -o '"part_of":{[^}]*}'
--- exit 0
--- stdout
Finnish military — deployed
  said        estimate      source                                            articles  first reported
  2031-05-02  4*            Defence officials                                 1         p1 2031-05-02
  2031-05-02  300*          Defence officials                                 1         p1 2031-05-02
  2031-05-02  ~9,000        Defence officials                                 1         p1 2031-05-02
  2031-05-09  2,500*        officials                                         1         p2 2031-05-09
  2031-05-09  11,000        Defence officials                                 1         p2 2031-05-09
  * parts of a larger figure, left out of the spread: four of about 9,000; 300 of about 9,000; 2,500 in Ostrova alone
  spread: lowest 9,000 (Defence officials, 2031-05-02), highest 11,000 (Defence officials, 2031-05-09), ratio 1.2
  revision: Defence officials ~9,000 (2031-05-02) → 11,000 (2031-05-09)

Finnish military — killed
  said        estimate      source                                            articles  first reported
  2031-05-12  40            defence ministry                                  1         p3 2031-05-12

Swedish military — killed
  said        estimate      source                                            articles  first reported
  2031-05-12  90            defence ministry                                  1         p3 2031-05-12

Finnish military — wounded
  said        estimate      source                                            articles  first reported
  2031-05-12  120           defence ministry                                  1         p3 2031-05-12

Finnish military — casualties
  said        estimate      source                                            articles  first reported
  2031-05-12  160Σ          defence ministry                                  1         p3 2031-05-12
  Σ killed + wounded as one source gave them: 160 = 40 killed + 120 wounded

Swedish military — wounded
  said        estimate      source                                            articles  first reported
  2031-05-12  200           defence ministry                                  1         p3 2031-05-12

Swedish military — casualties
  said        estimate      source                                            articles  first reported
  2031-05-12  290           defence ministry                                  1         p3 2031-05-12

checks
  ok   parts: 90 killed + 200 wounded = 290 (defence ministry, 2031-05-12) against 290 casualties (defence ministry, 2031-05-12): consistent
"span":"four","source":"Defence officials","via":null,"where":null,"part_of":"about 9,000"
"span":"300","source":"Defence officials","via":null,"where":null,"part_of":"about 9,000"
"span":"2,500","source":"officials","via":null,"where":"Ostrova","part_of":null
"part_of":{"start":38,"end":49,"span":"about 9,000"}
"part_of":{"start":38,"end":49,"span":"about 9,000"}
"part_of":{"start":null,"end":null,"span":null}
