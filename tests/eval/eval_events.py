#!/usr/bin/env python3
"""Event clustering and near-duplicates: ECB+ (dev), GVA incidents (dev) and the seed articles.

usage: python3 tests/eval/eval_events.py PATH/TO/tally      (from the repository root)

Runs dirname(tally)/tests/eval_cluster, which adds every document in file order through the incremental
clusterer (src/cluster.c) and scores pairwise and B-cubed P/R/F1 exactly as ../shared/tools/score_events.py
defines them. The seeds (../shared/seeds) must come out as the gold in ../shared/gold/seed-events.tsv:
000 and 001 one event, 002, 003 and 004 each alone. Exits non-zero when a figure falls below its floor.
Last line: the headline figures."""
import json, os, re, subprocess, sys, tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SHARED = os.path.join(os.path.dirname(ROOT), "shared")

# Floors a little under what was measured (see the README section on near-duplicates and events); the suite fails on a regression.
FLOORS = {
    ("ecbplus", "bcubed F1"): 0.949,
    ("ecbplus", "pairwise F1"): 0.928,
    ("gva", "pairwise F1"): 0.915,
    ("gva", "bcubed F1"): 0.966,
}


def run(exe, path, kind, dump=False):
    env = dict(os.environ)
    if dump:
        env["EVAL_DUMP"] = "1"
    p = subprocess.run([exe, path, kind], capture_output=True, text=True, env=env, timeout=600)
    if p.returncode != 0:
        print(f"{kind}: eval_cluster failed: {p.stderr[-500:]}")
        sys.exit(1)
    return p.stdout, p.stderr


def figures(out):
    m = re.search(r"pairwise F1 ([\d.]+) bcubed F1 ([\d.]+)", out)
    return {"pairwise F1": float(m.group(1)), "bcubed F1": float(m.group(2))}


def seeds_file(tmp):
    seeds = os.path.join(SHARED, "seeds")
    published = {}
    with open(os.path.join(seeds, "manifest.tsv"), encoding="utf-8") as f:
        next(f)
        for line in f:
            cols = line.rstrip("\n").split("\t")
            published[cols[0]] = cols[1]
    gold = {}
    with open(os.path.join(SHARED, "gold", "seed-events.tsv"), encoding="utf-8") as f:
        next(f)
        for line in f:
            cols = line.rstrip("\n").split("\t")
            gold[cols[0]] = cols[1].split(":")[0]
    names = sorted(gold)
    path = os.path.join(tmp, "seeds.jsonl")
    with open(path, "w", encoding="utf-8") as out:
        for name in names:
            text = open(os.path.join(seeds, name), encoding="utf-8").read()
            out.write(json.dumps({"id": name, "published": published.get(name), "title": None, "text": text,
                                  "incident_id": gold[name]}) + "\n")
    return path, names


def cli_events(tally):
    """The seeds' events as `tally ingest` gives them (it reads each file's first line as its title)."""
    seeds = os.path.join(SHARED, "seeds")
    with tempfile.TemporaryDirectory() as tmp:
        db = os.path.join(tmp, "seeds.db")
        files = sorted(os.path.join(seeds, f) for f in os.listdir(seeds) if f.endswith(".txt"))
        subprocess.run([tally, "ingest", "--quiet", "--db", db, "--manifest", os.path.join(seeds, "manifest.tsv")] + files,
                       check=True, timeout=300)
        out = subprocess.run([tally, "events", "--db", db, "--format", "jsonl"], check=True, capture_output=True,
                             text=True, timeout=300).stdout
    return {r["doc"]: r["event"] for r in map(json.loads, out.splitlines())}


def main():
    if len(sys.argv) < 2:
        print(__doc__)
        sys.exit(2)
    exe = os.path.join(os.path.dirname(os.path.realpath(sys.argv[1])), "tests", "eval_cluster")
    failed = []
    got = {}
    for kind, rel in (("ecbplus", "data/ecbplus/ecbplus.jsonl"), ("gva", "data/gva/gva-dev.jsonl")):
        out, _ = run(exe, os.path.join(SHARED, rel), kind)
        print(f"== {kind}\n" + out.rstrip())
        got[kind] = figures(out)
        for (k, name), floor in FLOORS.items():
            if k == kind and got[kind][name] < floor:
                failed.append(f"{kind} {name} {got[kind][name]:.3f} < {floor}")
    with tempfile.TemporaryDirectory() as tmp:
        path, names = seeds_file(tmp)
        out, dump = run(exe, path, "story", dump=True)
    rows = [l.split("\t") for l in dump.splitlines() if l.count("\t") == 3]
    pred = {names[int(r[0])]: r[2] for r in rows}
    gold_ev = {names[int(r[0])]: r[1] for r in rows}
    ok = all((pred[a] == pred[b]) == (gold_ev[a] == gold_ev[b]) for a in names for b in names)
    together = pred[names[0]] == pred[names[1]]  # 000 and 001: one briefing, two write-ups
    cli = cli_events(sys.argv[1])
    ok = ok and all((cli[a] == cli[b]) == (gold_ev[a] == gold_ev[b]) for a in names for b in names)
    print("== seeds\n" + " ".join(f"{n[:3]}:{pred[n]}" for n in names) + "  through `tally ingest`: " +
          " ".join(f"{n[:3]}:{cli[n]}" for n in names) + f"  {'as gold' if ok else 'NOT as gold'}")
    if not together:
        failed.append("seeds 000 and 001 not one event")
    if not ok:
        failed.append("seeds 002-004 not each alone")
    for f in failed:
        print("FLOOR", f)
    print(f"ecbplus bcubed F1 {got['ecbplus']['bcubed F1']:.3f} gva pairwise F1 {got['gva']['pairwise F1']:.3f} "
          f"seeds {'ok' if ok else 'wrong'}")
    sys.exit(1 if failed else 0)


main()
