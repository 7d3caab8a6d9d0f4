#!/usr/bin/env python3
"""Runs every test against one or more builds and ends with the line 'N passed, N failed'.
usage: run-tests.py BUILD [BUILD…]   (evaluations run against the first build only)
  unit:  BUILD/tests/test_*   each prints PASS/FAIL lines (tests/unit/test.h)
  cli:   tests/cli/*.t        golden files: line 1 is the command; '--- exit N', '--- stdout', '--- stderr' sections
  eval:  tests/eval/*.py      each takes the tally binary and exits non-zero below its floor"""
import glob, os, subprocess, sys, tempfile, time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SHARED = os.path.join(os.path.dirname(ROOT), "shared")
passed = failed = 0

def report(ok, name, detail=""):
    global passed, failed
    if ok:
        passed += 1
        print(f"PASS {name}")
    else:
        failed += 1
        print(f"FAIL {name}" + (f"\n{detail.rstrip()}" if detail else ""))
    sys.stdout.flush()

def run_unit(build):
    for exe in sorted(glob.glob(os.path.join(build, "tests", "test_*"))):
        name = os.path.basename(exe)
        p = subprocess.run([exe], capture_output=True, text=True, cwd=ROOT, errors="replace")
        lines = [l for l in p.stdout.splitlines() if l.startswith(("PASS ", "FAIL "))]
        for l in lines:
            report(l.startswith("PASS"), f"{build}: {name}: {l[5:]}", p.stderr if l.startswith("FAIL") else "")
        if p.returncode != 0 and not any(l.startswith("FAIL") for l in lines):
            report(False, f"{build}: {name}: exit {p.returncode}", p.stderr[-2000:])

def parse_t(path):
    text = open(path, encoding="utf-8").read()
    cmd, _, rest = text.partition("\n")
    sections, cur = {}, None
    for line in rest.splitlines(keepends=True):
        if line.startswith("--- "):
            head = line[4:].strip().split()
            cur = head[0]
            sections[cur] = head[1] if cur == "exit" else ""
            continue
        if cur and cur != "exit":
            sections[cur] += line
    return cmd, sections

def run_cli(build):
    tally = os.path.abspath(os.path.join(build, "tally"))
    for t in sorted(glob.glob(os.path.join(ROOT, "tests", "cli", "*.t"))):
        cmd, want = parse_t(t)
        with tempfile.TemporaryDirectory() as tmp:
            env = dict(os.environ, TALLY=tally, SHARED=SHARED, TMP=tmp, ROOT=ROOT, TALLY_DB=os.path.join(tmp, "t.db"))
            p = subprocess.run(["sh", "-c", cmd], capture_output=True, text=True, cwd=os.path.join(ROOT, "tests", "cli"),
                               env=env, errors="replace", timeout=300)
        out = p.stdout.replace(tmp, "$TMP"); err = p.stderr.replace(tmp, "$TMP")
        problems = []
        if "exit" in want and str(p.returncode) != want["exit"]:
            problems.append(f"  exit {p.returncode}, want {want['exit']}")
        for key, got in (("stdout", out), ("stderr", err)):
            if key in want and got != want[key]:
                problems.append(f"  {key}:\n    got:  {got!r}\n    want: {want[key]!r}")
        report(not problems, f"{build}: cli: {os.path.basename(t)}", "\n".join(problems))

def run_eval(build):
    tally = os.path.abspath(os.path.join(build, "tally"))
    for e in sorted(glob.glob(os.path.join(ROOT, "tests", "eval", "*.py"))):
        t0 = time.time()
        p = subprocess.run([sys.executable, e, tally], capture_output=True, text=True, cwd=ROOT, errors="replace")
        tail = "\n".join(p.stdout.strip().splitlines()[-6:])
        print(f"# {os.path.basename(e)} ({time.time() - t0:.0f} s)\n" + "\n".join("#   " + l for l in tail.splitlines()))
        report(p.returncode == 0, f"eval: {os.path.basename(e)}", p.stderr[-2000:])

def main():
    builds = sys.argv[1:] or ["build"]
    for b in builds:
        run_unit(b)
        run_cli(b)
    if os.path.isdir(SHARED):
        run_eval(builds[0])
    else:
        print(f"# {SHARED} not found: evaluations skipped")
    print(f"{passed} passed, {failed} failed")
    sys.exit(1 if failed else 0)

main()
