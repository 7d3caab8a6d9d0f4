$TALLY ingest --quiet data/quake.jsonl && $TALLY claims && $TALLY timeline | grep -E "—|spread|Σ"
--- exit 0
--- stdout
doc     claim            what       who        where   source              said        ev
quake1  2,316            killed                Peru    disaster agency     2025-03-12  2
quake1  More than 9,000  wounded    people             disaster agency     2025-03-12  1
quake1  at least 40,000  displaced  people             disaster agency     2025-03-12  1
quake1  312              missing    people             Officials           2025-03-12  1
quake1  870              killed                        disaster agency     2025-03-10  1
quake1  4,100            wounded                       disaster agency     2025-03-10  1
quake1  1,540            killed                        disaster agency     2025-03-11  1
quake1  250              deployed   civilians          Neighbouring Chile  2025-03-12  1
quake2  3,104            killed     people     Peru    disaster agency     2025-03-14  2
quake2  Another 11,500   wounded    people     Peru    disaster agency     2025-03-14  1
quake2  1,900            killed     people     Kelmar  Officials           2025-03-14  1
people — killed — Peru
  spread: lowest 870 (disaster agency, 2025-03-10), highest 3,104 (disaster agency, 2025-03-14), ratio 3.6
people — wounded — Peru
  spread: lowest 4,100 (disaster agency, 2025-03-10), highest 11,500 (disaster agency, 2025-03-14), ratio 2.8
people — casualties — Peru
  2025-03-10  4,970Σ        disaster agency                                   1         quake1 2025-03-12
  2025-03-12  ≥11,316Σ      disaster agency                                   1         quake1 2025-03-12
  2025-03-14  14,604Σ       disaster agency                                   1         quake2 2025-03-14
  Σ killed + wounded as one source gave them: 4,970 = 870 killed + 4,100 wounded; ≥11,316 = 2,316 killed + >9,000 wounded; 14,604 = 3,104 killed + 11,500 wounded
  spread: lowest 4,970 (disaster agency, 2025-03-10), highest 14,604 (disaster agency, 2025-03-14), ratio 2.9
civilians — deployed
people — missing
people — displaced
