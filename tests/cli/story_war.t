$TALLY ingest --quiet data/war.jsonl && $TALLY claims && $TALLY entities && $TALLY timeline | grep -E "—|spread|Σ"
--- exit 0
--- stdout
doc   claim              what        who                where  source                   said        ev
war1  More than 1,200    killed      Peruvians                 Chile's General Staff    2031-06-02  2
war1  About 300          wounded     Chilean military          Ivo Tarn                 2031-06-03  1
war2  640                casualties  Peruvian military         Peru's defence ministry  2031-06-05  2
war2  above 1,500        casualties  Peruvian military         Ivo Tarn                 2031-06-04  1
war2  Tens of thousands  displaced   people             Tacna  refugee agency           2031-06-05  1
war2  40                 captured    Chilean military          Ivo Tarn                 2031-06-05  1
entity                                    kind          mentions  aliases
Ivo Tarn                                  person               6  Defence Minister Ivo Tarn|minister|Mr. Tarn
General Staff                             organization         2  General Staff|Chile's General Staff
Chile                                     country              1  Chile
Chile's General Staff                     -                    1  Chile's General Staff
Peru                                      country              1  Peru
Peru's defence ministry                   -                    1  Peru's defence ministry
Tacna                                     place                1  Tacna
refugee agency                            -                    1  refugee agency
Peruvians — killed
Chilean military — wounded
Peruvian military — casualties
  spread: lowest 640 (Peru's defence ministry, 2031-06-05), highest 1,500 (Ivo Tarn, 2031-06-04), ratio 2.3
Chilean military — captured
people — displaced — Tacna
