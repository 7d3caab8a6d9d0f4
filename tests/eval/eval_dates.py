#!/usr/bin/env python3
"""eval_dates.py — scores `tally dates` on TempEval-3 (TBAQ) and on the Recognizers-Text English date specs.

usage: python3 tests/eval/eval_dates.py PATH/TO/tally [-v]     (from the repository root)

TempEval-3: exactly the rule of ../shared/tools/score_dates.py (strict = same byte span, relaxed = spans
overlap, one-to-one in gold order; type and value accuracy over relaxed matches; value F1 = relaxed F1 x
value accuracy). The shared scorer is run too and the two must agree.

Recognizers-Text (DateExtractor, DateParser, DatePeriodExtractor, DatePeriodParser): each case's
reference_date stands in for the publication date (a fixed date when null). A gold result counts when a
predicted mention has exactly its span (offsets converted from UTF-16 code units to UTF-8 bytes); for
the parser files the value must also be right: our value equals the Timex, or our first/last days equal
its past or future resolution (RT leaves "Friday" unanchored, XXXX-WXX-5, and lists both readings).
Cases listed in tests/eval/dates_exceptions.tsv (file, index, reason) are resolved otherwise on purpose
(news defaults, chat-only phrasing) and are counted separately.

Prints the figures; the last line is the headline. Exits 1 when a figure is below its floor."""
import json, os, subprocess, sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SHARED = os.path.join(os.path.dirname(ROOT), "shared")
TE3 = os.path.join(SHARED, "data", "tempeval3-tbaq", "tbaq.jsonl")
RT = os.path.join(SHARED, "data", "recognizers-text-specs", "jsonl")
RT_FILES = ["DateTime-DateExtractor", "DateTime-DateParser", "DateTime-DatePeriodExtractor", "DateTime-DatePeriodParser"]
FIXED_DATE = "2016-11-07"  # for RT cases without a reference date (spans only)

# Floors: a little below the measured figures, so a regression fails the suite.
FLOORS = {"te3_relaxed_f1": 0.954, "te3_value_f1": 0.853, "te3_strict_f1": 0.883,
          "DateTime-DateExtractor": 0.890, "DateTime-DateParser": 0.920,
          "DateTime-DatePeriodExtractor": 0.915, "DateTime-DatePeriodParser": 0.845}


FAILED_RUNS = []


def run(tally, text, published):
    out = subprocess.run([tally, "dates", "--published", published], input=text.encode(),
                         capture_output=True, timeout=60)
    if out.returncode != 0:
        FAILED_RUNS.append(out.stderr.decode("utf-8", "replace").strip()[:300])
    return [json.loads(l) for l in out.stdout.decode("utf-8", "replace").splitlines() if l.strip().startswith("{")]


def f1(tp, np_, ng):
    p = tp / np_ if np_ else 0
    r = tp / ng if ng else 0
    return 2 * p * r / (p + r) if p + r else 0


def te3(tally, verbose):
    docs = [json.loads(l) for l in open(TE3, encoding="utf-8") if l.strip()]
    strict = relaxed = vok = tok = npred = ngold = 0
    for d in docs:
        preds = run(tally, d["text"], d["dct"][:10])
        gold = d["timex"]
        npred += len(preds)
        ngold += len(gold)
        used = set()
        for g in gold:
            hit = None
            for i, p in enumerate(preds):
                if i in used or p["end"] <= g["start"] or p["start"] >= g["end"]:
                    continue
                used.add(i)
                hit = p
                relaxed += 1
                strict += p["start"] == g["start"] and p["end"] == g["end"]
                vok += str(p.get("value", "")).upper() == g["value"].upper()
                tok += p.get("type") == g["type"]
                break
            if verbose and (hit is None or str(hit.get("value", "")).upper() != g["value"].upper()):
                got = f'{hit["text"]!r} {hit["value"]}' if hit else "MISSED"
                print(f'  te3 {d["doc"]} dct {d["dct"]}: gold {g["text"]!r} {g["type"]} {g["value"]} -> {got}')
        if verbose:
            for i, p in enumerate(preds):
                if i not in used:
                    print(f'  te3 {d["doc"]} dct {d["dct"]}: SPURIOUS {p["text"]!r} {p["type"]} {p["value"]}')
    rf = f1(relaxed, npred, ngold)
    va = vok / relaxed if relaxed else 0
    ta = tok / relaxed if relaxed else 0
    figs = {"te3_strict_f1": f1(strict, npred, ngold), "te3_relaxed_f1": rf, "te3_value_f1": rf * va}
    print(f"te3 docs {len(docs)} gold {ngold} predicted {npred} strict F1 {figs['te3_strict_f1']:.3f} "
          f"type acc {ta:.3f} value acc {va:.3f}")
    print(f"te3 relaxed F1 {rf:.3f} value F1 {rf * va:.3f}")
    return figs


def shared_scorer(tally):
    tool = os.path.join(SHARED, "tools", "score_dates.py")
    if not os.path.exists(tool):
        return None
    out = subprocess.run([sys.executable, tool, tally, TE3], capture_output=True, text=True, timeout=600)
    last = out.stdout.strip().splitlines()[-1].split()
    return float(last[2]), float(last[5])


def byte_offset(s, i):
    """UTF-16 code-unit offset -> UTF-8 byte offset."""
    units = b = 0
    for ch in s:
        if units >= i:
            break
        units += 2 if ord(ch) > 0xFFFF else 1
        b += len(ch.encode())
    return b


def resolutions(v):
    out = []
    for key in ("FutureResolution", "PastResolution"):
        r = v.get(key) or {}
        if "date" in r:
            out.append((r["date"], r["date"]))
        elif "startDate" in r:
            out.append((r["startDate"], r["endDate"]))
    return out


def value_ok(pred, gold):
    v = gold.get("value") or {}
    timex = str(v.get("Timex", ""))
    if pred.get("value", "").upper() == timex.upper():
        return True
    first, last = pred.get("first"), pred.get("last")
    for a, b in resolutions(v):
        if first == a and (last == b or (last and b and b > last and (b[:7] == last[:7] or b.endswith("-01")))):
            return True  # RT writes some period ends exclusive (the first day after)
    return False


def load_exceptions():
    path = os.path.join(ROOT, "tests", "eval", "dates_exceptions.tsv")
    ex = {}
    if os.path.exists(path):
        for line in open(path, encoding="utf-8"):
            if line.strip() and not line.startswith("#"):
                f = line.rstrip("\n").split("\t")
                ex[(f[0], int(f[1]))] = f[2] if len(f) > 2 else ""
    return ex


def rt(tally, verbose):
    exceptions = load_exceptions()
    figs = {}
    for name in RT_FILES:
        parser = name.endswith("Parser")
        ok = total = ok_ns = total_ns = ex_n = ex_ok = 0
        for line in open(os.path.join(RT, name + ".jsonl"), encoding="utf-8"):
            case = json.loads(line)
            ref = (case.get("reference_date") or "")[:10]
            preds = run(tally, case["input"], ref or FIXED_DATE)
            spans = {(p["start"], p["end"]): p for p in preds}
            for g in case["results"]:
                s, e = byte_offset(case["input"], g["start"]), byte_offset(case["input"], g["end"])
                p = spans.get((s, e))
                good = p is not None and (not parser or not ref or value_ok(p, g))
                if (name, case["index"]) in exceptions:
                    ex_n += 1
                    ex_ok += good
                    continue
                total += 1
                ok += good
                if case.get("not_supported") is None:
                    total_ns += 1
                    ok_ns += good
                if verbose and not good:
                    got = [(q["text"], q["value"]) for q in preds]
                    want = (g.get("value") or {}).get("Timex", "")
                    print(f'  {name}#{case["index"]} {case["input"]!r} ref {ref}: want {g["text"]!r} {want} got {got}')
        acc = ok / total if total else 0
        figs[name] = acc
        print(f"{name}: {'span+value' if parser else 'span'} accuracy {acc:.3f} ({ok}/{total}); "
              f"all ports pass: {ok_ns / total_ns if total_ns else 0:.3f} ({ok_ns}/{total_ns}); "
              f"exceptions {ex_n} ({ex_ok} right anyway)")
    return figs


def main():
    if len(sys.argv) < 2:
        print(__doc__)
        return 2
    tally = os.path.abspath(sys.argv[1])
    verbose = "-v" in sys.argv[2:]
    os.chdir(ROOT)
    figs = rt(tally, verbose)
    figs.update(te3(tally, verbose))
    bad = 0
    if FAILED_RUNS:
        print(f"tally exited non-zero {len(FAILED_RUNS)} times; first: {FAILED_RUNS[0]}")
    theirs = shared_scorer(tally)
    if theirs is not None:
        agree = abs(theirs[0] - figs["te3_relaxed_f1"]) < 0.0015 and abs(theirs[1] - figs["te3_value_f1"]) < 0.0015
        print(f"shared score_dates.py: relaxed F1 {theirs[0]:.3f} value F1 {theirs[1]:.3f} ({'agrees' if agree else 'DISAGREES'})")
        bad += not agree
    for k, floor in FLOORS.items():
        if figs.get(k, 0) < floor:
            print(f"BELOW FLOOR: {k} {figs.get(k, 0):.3f} < {floor}")
            bad += 1
    print(f"dates: TE3 relaxed F1 {figs['te3_relaxed_f1']:.3f} value F1 {figs['te3_value_f1']:.3f}")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
