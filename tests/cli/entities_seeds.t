$TALLY ingest --quiet --manifest $SHARED/seeds/manifest.tsv $SHARED/seeds/*.txt && $TALLY entities --format jsonl | grep -E '"entity":"(Lee Seong-kweun|National Intelligence Service)"' | cut -c1-80; $TALLY events --format jsonl | head -2 | cut -c1-40
--- exit 0
--- stdout
{"entity":"Lee Seong-kweun","kind":"person","mentions":15,"aliases":["South Kore
{"entity":"National Intelligence Service","kind":"organization","mentions":10,"a
{"doc":"000_d228352cad494497.txt","event
{"doc":"001_20e64d0acd333082.txt","event
