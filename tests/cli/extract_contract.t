$TALLY extract --explain data/flood.txt
--- exit 0
--- stdout
{"doc":"flood.txt","start":49,"end":55,"span":"dozens","low":12,"high":120,"bound":"range","unit":"person","what":"killed","who":null,"where":null,"source":null,"source_start":null,"source_end":null,"via":[],"said":"2031-04-09","period":null,"evidence":[{"doc":"flood.txt","start":49,"end":55}],"rule":"measure-after"}
{"doc":"flood.txt","start":61,"end":72,"span":"At least 42","low":42,"high":null,"bound":">=","unit":"person","what":"killed","who":"people","where":null,"source":"Ilse Marquand","source_start":157,"source_end":179,"via":[],"said":"2031-04-08","period":null,"evidence":[{"doc":"flood.txt","start":61,"end":72}],"rule":"measure-after"}
{"doc":"flood.txt","start":96,"end":107,"span":"another 130","low":130,"high":130,"bound":"=","unit":"person","what":"wounded","who":"people","where":null,"source":"Ilse Marquand","source_start":157,"source_end":179,"via":[],"said":"2031-04-08","period":null,"evidence":[{"doc":"flood.txt","start":96,"end":107}],"rule":"measure-after"}
{"doc":"flood.txt","start":211,"end":216,"span":"3,500","low":3500,"high":3500,"bound":"=","unit":"person","what":"evacuated","who":"civilians","where":null,"source":"Ilse Marquand","source_start":197,"source_end":205,"via":[],"said":"2031-04-09","period":null,"evidence":[{"doc":"flood.txt","start":211,"end":216}],"rule":"measure-after"}
