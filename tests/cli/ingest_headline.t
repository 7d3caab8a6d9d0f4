$TALLY ingest --quiet data/headline.jsonl && $TALLY claims --format jsonl
--- exit 0
--- stdout
{"doc":"harbor-1","start":12,"end":13,"span":"5","low":5,"high":5,"bound":"=","unit":"person","what":"wounded","who":null,"where":"Larkspur","source":null,"source_start":null,"source_end":null,"via":[],"said":"2031-06-02","period":null,"evidence":[{"doc":"harbor-1","start":12,"end":13,"field":"title"}],"field":"title"}
{"doc":"harbor-1","start":36,"end":41,"span":"three","low":3,"high":3,"bound":"=","unit":"person","what":"killed","who":"people","where":null,"source":"Larkspur police","source_start":0,"source_end":15,"via":[],"said":"2031-06-01","period":"2031-05-31","evidence":[{"doc":"harbor-1","start":36,"end":41},{"doc":"harbor-1","start":0,"end":5,"field":"title"}]}
