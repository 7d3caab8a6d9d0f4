#!/usr/bin/env python3
"""make bench, the store: `tally ingest` and `tally timeline` over a generated story corpus, CPU time and
peak RSS of each (the stages before it are measured on article text by bench.c; this is the database and
the per-quantity work that grows with a store).

The corpus is invented, never taken from ../shared: N short wire articles over a year about 60 places,
each place's toll rising over time, told by 300 sources, half of the articles rewrites of an earlier one
by another outlet (the same figures, other words around them), as a breaking story is covered.
usage: store.py TALLY OUTDIR [N]"""
import json, os, random, subprocess, sys, time
from datetime import date, timedelta

SYL = "var hol ma ren dun mo tar ost ri kel bra vin so lu den gar fel mi na tor".split()
DAYS = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()


def name(rng, parts):
    return "".join(rng.choice(SYL) for _ in range(parts)).capitalize()


def corpus(n, seed=7):
    rng = random.Random(seed)
    places = [name(rng, 3) for _ in range(60)]
    sources = [f"{rng.choice(['the', 'the regional'])} {name(rng, 2)} {rng.choice(['ministry', 'council', 'agency', 'police'])}"
               for _ in range(300)]
    outlets = [f"{name(rng, 2)} {rng.choice(['Times', 'Post', 'Herald', 'News'])}" for _ in range(80)]
    toll = {p: [rng.randint(5, 50), rng.randint(10, 90)] for p in places}
    start, written = date(2031, 1, 1), []
    for i in range(n):
        day = start + timedelta(days=i * 365 // n)
        if written and rng.random() < 0.5:  # a rewrite of a recent article
            base = rng.choice(written[-50:])
            lead = f"{rng.choice(outlets)} reports from {base['place']}."
            written.append(dict(base, id=f"a{i}", lead=lead))
        else:
            p = rng.choice(places)
            k, w = toll[p]
            toll[p] = [k + rng.randint(0, 6), w + rng.randint(0, 9)]
            said = day - timedelta(days=rng.randint(0, 3))
            written.append({"id": f"a{i}", "place": p, "k": k, "w": w, "m": rng.randint(1, 30),
                            "source": rng.choice(sources), "said": DAYS[said.weekday()], "published": day.isoformat(),
                            "lead": f"{rng.choice(outlets)} reports from {p}."})
        a = written[-1]
        text = (f"{a['lead']}\n\nAt least {a['k']} people were killed and {a['w']} wounded in {a['place']}, "
                f"{a['source']} said on {a['said']}. Another {a['m']} were missing.")
        yield {"id": a["id"], "published": a["published"], "text": text}


def run(argv):
    """CPU seconds, wall seconds and peak RSS (MiB) of one run of argv, from its own rusage."""
    wall = time.monotonic()
    child = subprocess.Popen(argv, stdout=subprocess.DEVNULL)
    _, status, use = os.wait4(child.pid, 0)
    child.returncode = os.waitstatus_to_exitcode(status)
    if child.returncode:
        sys.exit(f"store: {' '.join(argv)} failed with {child.returncode}")
    return use.ru_utime + use.ru_stime, time.monotonic() - wall, use.ru_maxrss / 1024


def main(tally, out, n=20000):
    os.makedirs(out, exist_ok=True)
    src, db = os.path.join(out, "story.jsonl"), os.path.join(out, "story.db")
    with open(src, "w", encoding="utf-8") as f:
        for a in corpus(n):
            f.write(json.dumps(a) + "\n")
    for suffix in ("", "-wal", "-shm"):
        if os.path.exists(db + suffix):
            os.remove(db + suffix)
    cpu, wall, rss = run([tally, "ingest", "--quiet", "--db", db, src])
    print(f"store ingest: {n} articles {cpu:.1f} s CPU ({wall:.1f} s wall), {n / cpu:.0f} articles/s, peak RSS {rss:.0f} MiB")
    claims = subprocess.run([tally, "claims", "--db", db, "--format", "jsonl"], check=True,
                            capture_output=True).stdout.count(b"\n")
    cpu, wall, rss = run([tally, "timeline", "--db", db])
    print(f"store timeline: {claims} claims {cpu:.2f} s CPU ({wall:.2f} s wall), peak RSS {rss:.0f} MiB")


if __name__ == "__main__":
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2], int(sys.argv[3]) if len(sys.argv) > 3 else 20000)
