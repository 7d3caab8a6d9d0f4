#!/usr/bin/env python3
"""Where ECB+ B-cubed is lost, per topic: each topic's share of the lost precision and recall.

usage: python3 tests/eval/events_by_topic.py PATH/TO/tally [NAME=VALUE…]     (from the repository root)

Runs dirname(tally)/tests/eval_cluster on ECB+ dev in file order with EVAL_DUMP set, then prints per topic
its documents, its gold events' sizes and the predicted events its documents fall in (size, and how many of
them are the topic's), and the B-cubed precision and recall it costs (a document's 1 - P or 1 - R over the
corpus size: the column sums are what the headline figures lose). Sorted by total loss."""
import collections, json, os, subprocess, sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
DATA = os.path.join(os.path.dirname(ROOT), "shared", "data", "ecbplus", "ecbplus.jsonl")


def main():
    if len(sys.argv) < 2:
        print(__doc__)
        sys.exit(2)
    exe = os.path.join(os.path.dirname(os.path.realpath(sys.argv[1])), "tests", "eval_cluster")
    p = subprocess.run([exe, DATA, "ecbplus"] + sys.argv[2:], capture_output=True, text=True,
                       env=dict(os.environ, EVAL_DUMP="1"), timeout=600)
    if p.returncode != 0:
        sys.exit(p.stderr[-500:])
    topics = [json.loads(l)["topic"] for l in open(DATA, encoding="utf-8") if l.startswith("{")]
    rows = [l.split("\t") for l in p.stderr.splitlines() if l.count("\t") == 3]
    gold = [r[1] for r in rows]
    pred = [r[2] for r in rows]
    n = len(rows)
    pc, gc, both = collections.Counter(pred), collections.Counter(gold), collections.Counter(zip(pred, gold))
    lossp, lossr = collections.Counter(), collections.Counter()
    for i in range(n):
        lossp[topics[i]] += (1 - both[pred[i], gold[i]] / pc[pred[i]]) / n
        lossr[topics[i]] += (1 - both[pred[i], gold[i]] / gc[gold[i]]) / n
    print(p.stdout.strip().splitlines()[-1])
    bp, br = 1 - sum(lossp.values()), 1 - sum(lossr.values())
    print(f"bcubed P {bp:.4f} R {br:.4f} F1 {2 * bp * br / (bp + br):.4f}")
    print("topic  docs  P lost  R lost  gold sizes        predicted events (members from each gold event)")
    for t in sorted(set(topics), key=lambda t: -(lossp[t] + lossr[t])):
        idx = [i for i in range(n) if topics[i] == t]
        golds = sorted({gold[i] for i in idx})
        evs = collections.OrderedDict()
        for i in idx:
            evs.setdefault(pred[i], collections.Counter())[gold[i]] += 1
        desc = " ".join("/".join(str(c[g]) for g in golds) + ("" if sum(c.values()) == pc[e] else f"+{pc[e] - sum(c.values())}")
                        for e, c in sorted(evs.items(), key=lambda kv: -sum(kv[1].values())))
        sizes = "/".join(str(gc[g]) for g in golds)
        print(f"{t:5d} {len(idx):5d} {lossp[t]:7.4f} {lossr[t]:7.4f}  {sizes:16s}  {desc}")


main()
