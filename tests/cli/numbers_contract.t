echo 'At least 1,500 people, up to 12 000 troops and several hundred soldiers; 36% in 2022.' | $TALLY numbers
--- stdout
{"start":0,"end":14,"text":"At least 1,500","kind":"count","low":1500,"high":null,"bound":">=","approx":false,"num_start":9,"num_end":14}
{"start":23,"end":35,"text":"up to 12 000","kind":"count","low":null,"high":12000,"bound":"<=","approx":false,"num_start":29,"num_end":35}
{"start":47,"end":62,"text":"several hundred","kind":"count","low":200,"high":900,"bound":"range","approx":true,"num_start":47,"num_end":62}
{"start":73,"end":76,"text":"36%","kind":"share","low":36,"high":36,"bound":"=","approx":false,"num_start":73,"num_end":75,"unit":"%"}
