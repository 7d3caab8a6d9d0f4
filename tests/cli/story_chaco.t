$TALLY ingest --quiet data/chaco.jsonl && $TALLY claims --format csv && $TALLY timeline | grep -E "—|spread|Σ"
--- exit 0
--- stdout
doc,start,end,span,low,high,bound,unit,what,who,where,source,via,said,period,evidence,part_of
chaco1,80,85,"2,400",2400,2400,=,person,killed,Paraguayan military,,Bolivia's defence ministry,,2031-03-25,2031-03-03/2031-03-25,2,
chaco1,126,137,"about 5,000",5000,5000,~,person,wounded,Paraguayan military,,Bolivia's defence ministry,,2031-03-25,2031-03-03/2031-03-25,1,
chaco1,214,217,310,310,310,=,person,killed,Bolivian military,,Bolivia's defence ministry,,2031-03-25,2031-03-03/2031-03-25,1,
chaco1,364,378,fewer than 500,,500,<,person,killed,Paraguayan military,,Mirek Tal,,2031-03-24,,1,
chaco1,519,540,"between 900 and 1,200",900,1200,range,person,killed,Paraguayan military,,Independent analysts at the Chaco Conflict Monitor,,2031-03-26,,1,
chaco1,630,641,at least 40,40,,>=,person,killed,civilians,,Chaco Conflict Monitor,,2031-03-16,,1,
chaco1,741,752,"some 60,000",60000,60000,~,person,displaced,people,,United Nations,,2031-03-20,,1,
chaco1,800,802,12,12,12,=,person,missing,civilians,,United Nations,,2031-03-20,,1,
chaco1,879,882,150,150,150,=,person,captured,Paraguayan military,,Ilse Moran,,2031-03-26,,1,
chaco1,1009,1014,"3,000",3000,3000,=,person,deployed,Bolivian military,,Ilse Moran,,2031-03-26,,1,
chaco2,49,52,150,150,150,=,person,captured,Paraguayan military,,Bolivian authorities,,2031-03-26,,2,
chaco2,133,138,"2,400",2400,2400,=,person,killed,Paraguayan military,,Bolivian authorities,,2031-03-26,,1,
chaco2,274,289,from 480 to 610,610,610,=,person,killed,Paraguayan military,,Paraguayan army,,2031-03-27,,1,
chaco2,375,378,200,200,200,=,person,wounded,Paraguayan military,,Mirek Tal,,2031-03-25,,1,
chaco2,392,394,45,45,45,=,person,wounded,civilians,,Mirek Tal,,2031-03-25,,1,
chaco2,565,573,hundreds,100,1000,range,person,killed,people,,Chaco Conflict Monitor,,2031-03-27,,1,
chaco2,626,631,"9,000",9000,9000,=,person,deployed,Bolivian military,Paraguay,Chaco Conflict Monitor,,2031-03-27,,1,
civilians — killed
civilians — missing
people — displaced
Paraguayan military — killed
  spread: lowest 500 (Mirek Tal, 2031-03-24), highest 2,400 (Bolivia's defence ministry, 2031-03-25), ratio 4.8
civilians — wounded
Paraguayan military — wounded
  spread: lowest 200 (Mirek Tal, 2031-03-25), highest 5,000 (Bolivia's defence ministry, 2031-03-25), ratio 25.0
Bolivian military — killed
Paraguayan military — casualties
  2031-03-25  ~7,400Σ       Bolivia's defence ministry                        1         chaco1 2031-03-26
  Σ killed + wounded as one source gave them: ~7,400 = 2,400 killed + ~5,000 wounded
Paraguayan military — captured
Bolivian military — deployed — Paraguay
  spread: lowest 3,000 (Ilse Moran, 2031-03-26), highest 9,000 (Chaco Conflict Monitor, 2031-03-27), ratio 3.0
people — killed
