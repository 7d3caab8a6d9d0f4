#!/usr/bin/env python3
"""Claims on news no one here wrote, scored by the shared scorers:
  GVA (../shared/data/gva): how often a killed / injured claim holds the Gun Violence Archive figure, and
  spurious killed/injured claims per article;
  PolNeAR (../shared/data/polnear/dev.jsonl and train.jsonl, the held-back test split is like train): for
  attributions holding a claim, does the claim's source span overlap the gold source.
Fails below the floors (the level already reached). usage: eval_claims_news.py TALLY"""
import os, re, subprocess, sys

HERE = os.path.dirname(os.path.abspath(__file__))
SHARED = os.path.join(HERE, "..", "..", "..", "shared")
FLOORS = {"killed": 0.871, "injured": 0.804}
CEILINGS = {"spurious": 0.396}
POLNEAR_FLOOR = 0.85
# 0.859: 49/57 = 0.8596 since GVA round 5 dropped six misread train claims ("died at 43", "If he has killed
# reporters"), one of which happened to carry a correct source (50/58 = 0.862 before); 0.86 passed by rounding.
# 0.856: 48/56 = 0.857 since a count per time is no claim ("sent more than 50 men a day the same text"), a
# misread whose source was right. 0.859 again: 49/57 = 0.860 since the readings of 2026-11-24 (ninth session:
# said-dates, sources after a time, titles) added one right attribution. 0.874: 49/56 = 0.875 since the idiom
# "shooting himself in the foot" is no one shot (a misread with a wrong source left the denominator).
POLNEAR_TRAIN_FLOOR = 0.874

def run(tool, *args):
    out = subprocess.run([sys.executable, os.path.join(SHARED, "tools", tool)] + list(args),
                         capture_output=True, text=True, check=True).stdout
    return out.strip().splitlines()

def main(tally):
    ok = True
    gva = run("score_gva.py", tally, os.path.join(SHARED, "data", "gva", "gva-dev.jsonl"))
    print("\n".join("gva: " + l for l in gva))
    m = re.search(r"killed ([0-9.]+) injured ([0-9.]+) spurious ([0-9.]+)", gva[-1])
    got = {"killed": float(m.group(1)), "injured": float(m.group(2)), "spurious": float(m.group(3))}
    for k, v in FLOORS.items():
        if got[k] < v:
            print(f"BELOW FLOOR: gva {k} {got[k]:.3f} < {v}"); ok = False
    for k, v in CEILINGS.items():
        if got[k] > v:
            print(f"ABOVE CEILING: gva {k} {got[k]:.3f} > {v}"); ok = False
    pol = run("score_polnear.py", tally, os.path.join(SHARED, "data", "polnear", "dev.jsonl"))
    print("\n".join("polnear: " + l for l in pol))
    p = float(re.search(r"attribution ([0-9.]+)", pol[-1]).group(1))
    if p < POLNEAR_FLOOR:
        print(f"BELOW FLOOR: polnear attribution {p:.3f} < {POLNEAR_FLOOR}"); ok = False
    pol = run("score_polnear.py", tally, os.path.join(SHARED, "data", "polnear", "train.jsonl"))
    print("\n".join("polnear train: " + l for l in pol))
    pt = float(re.search(r"attribution ([0-9.]+)", pol[-1]).group(1))
    if pt < POLNEAR_TRAIN_FLOOR:
        print(f"BELOW FLOOR: polnear train attribution {pt:.3f} < {POLNEAR_TRAIN_FLOOR}"); ok = False
    print(f"news claims: gva killed {got['killed']:.3f} injured {got['injured']:.3f} spurious {got['spurious']:.3f}; polnear attribution {p:.3f} train {pt:.3f}")
    sys.exit(0 if ok else 1)

main(sys.argv[1])
