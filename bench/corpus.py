#!/usr/bin/env python3
"""Assembles the bench corpus from the article texts in ../shared/data (never committed):
  OUT/corpus.txt   about SIZE MB of news text (texts repeated until the size is reached), whole articles separated
                   by a form-feed line (an article's paragraphs keep their blank lines)
  OUT/sample.txt   the first ~1 MB of distinct sentences, for slow peers
usage: corpus.py SHARED_DATA OUTDIR [SIZE_MB]"""
import json, os, sys

def texts(data):
    for name, key in (("gva/gva-dev.jsonl", "text"), ("polnear/train.jsonl", "text"), ("polnear/dev.jsonl", "text"),
                      ("ecbplus/ecbplus.jsonl", "text"), ("tempeval3-tbaq/tbaq.jsonl", "text")):
        p = os.path.join(data, name)
        if os.path.exists(p):
            for line in open(p, encoding="utf-8"):
                if line.strip():
                    yield json.loads(line)[key]

def main(data, out, size_mb=40):
    os.makedirs(out, exist_ok=True)
    arts = [t.strip() for t in texts(data) if t.strip()]
    if not arts:
        sys.exit(f"corpus: no texts under {data}")
    want = size_mb * 1_000_000
    with open(os.path.join(out, "corpus.txt"), "w", encoding="utf-8") as f:
        n = 0
        while n < want:
            for a in arts:
                f.write(a + "\n\f\n"); n += len(a.encode()) + 3
                if n >= want:
                    break
    with open(os.path.join(out, "sample.txt"), "w", encoding="utf-8") as f:
        n = 0
        for a in arts:
            for line in a.splitlines():
                if len(line) > 40:
                    f.write(line + "\n"); n += len(line) + 1
            if n > 1_000_000:
                break
    print(f"corpus: {os.path.getsize(os.path.join(out, 'corpus.txt')) / 1e6:.1f} MB from {len(arts)} articles; sample {n / 1e6:.1f} MB")

if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], int(sys.argv[3]) if len(sys.argv) > 3 else 40)
