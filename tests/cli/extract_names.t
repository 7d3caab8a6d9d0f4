$TALLY extract data/spellings.jsonl
--- exit 0
--- stdout
{"doc":"s1","start":0,"end":11,"span":"At least 14","low":14,"high":null,"bound":">=","unit":"person","what":"killed","who":"people","where":null,"source":"Mykhailo Horodetskyy","source_start":48,"source_end":77,"via":[],"said":"2031-05-02","period":null,"evidence":[{"doc":"s1","start":0,"end":11}]}
{"doc":"s2","start":17,"end":19,"span":"19","low":19,"high":19,"bound":"=","unit":"person","what":"killed","who":"people","where":null,"source":"Mykhailo Horodetskyy","source_start":26,"source_end":45,"via":[],"said":"2031-05-03","period":null,"evidence":[{"doc":"s2","start":17,"end":19}]}
{"doc":"s2","start":96,"end":98,"span":"40","low":40,"high":40,"bound":"=","unit":"person","what":"wounded","who":"people","where":null,"source":"Mykhailo Horodetskyy","source_start":62,"source_end":90,"via":[],"said":"2031-05-03","period":null,"evidence":[{"doc":"s2","start":96,"end":98}]}
{"doc":"s3","start":0,"end":4,"span":"Four","low":4,"high":4,"bound":"=","unit":"person","what":"killed","who":"military","where":null,"source":"Marta Horodetska","source_start":32,"source_end":48,"via":[],"said":"2031-05-03","period":null,"evidence":[{"doc":"s3","start":0,"end":4}]}
