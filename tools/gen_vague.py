#!/usr/bin/env python3
"""Writes src/vague.inc: the number scanner's keyword hash table and its vague-quantity table.

The keyword table maps a lower-case ASCII word to (type, flags, value). It is an open-addressing table of
NUMKW_SLOTS slots probed linearly from FNV-1a(word) & (NUMKW_SLOTS - 1); number.c computes the same hash
while it scans a word, so a word costs one hash and, nearly always, one empty-slot probe. The vague table comes
from data/vague.tsv (phrase, low, high, bound, reason). Run by `make tables`; the output is committed."""
import os

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SLOTS = 2048

UNITS = "zero one two three four five six seven eight nine".split()
TEENS = "ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split()
TENS = "twenty thirty forty fifty sixty seventy eighty ninety".split()
ORD_UNITS = "first second third fourth fifth sixth seventh eighth ninth".split()
ORD_TEENS = ("tenth eleventh twelfth thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth "
             "nineteenth").split()
ORD_TENS = "twentieth thirtieth fortieth fiftieth sixtieth seventieth eightieth ninetieth".split()
SCALES = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12, "lakh": 1e5, "crore": 1e7}
# Scale abbreviations written after a number with a space or attached ("2bn", "10 bln", "2mil").
ABBR = {"bn": 1e9, "bln": 1e9, "mn": 1e6, "mln": 1e6, "mil": 1e6, "tn": 1e12, "tln": 1e12, "trn": 1e12}
MONTHS = ("january february march april may june july august september october november december "
          "jan feb mar apr jun jul aug sep sept oct nov dec").split()
CURRENCY = ("dollar dollars euro euros sterling yen yuan renminbi rupee rupees rouble roubles ruble rubles "
            "hryvnia hryvnias hryvnyas won franc francs crown crowns krona kronor krone kroner shekel shekels "
            "peso pesos rand naira dinar dinars riyal riyals dirham dirhams lira liras cent cents pence usd "
            "eur gbp jpy cny rmb chf bucks pounds pound").split()
MEASURE = ("mm cm km kg mg ml tonne tonnes ton tons lb lbs oz ounce ounces mile miles mph kph kmh yard yards "
           "feet foot ft inch inches metre metres meter meters millimetre millimetres millimeter millimeters "
           "centimetre centimetres centimeter centimeters kilometre kilometres kilometer kilometers kilogram "
           "kilograms kilo kilos gram grams litre litres liter liters gallon gallons barrel barrels bpd acre "
           "acres hectare hectares degree degrees celsius fahrenheit kw mw gw kwh mwh gwh twh watt watts "
           "kilowatt kilowatts megawatt megawatts gigawatt gigawatts volt volts hp horsepower bhp ps nm rpm gpa "
           "mpa hz khz mhz ghz nanometer nanometers nanometre nanometres micrometre micrometres knot knots "
           "calibre caliber second seconds minute minutes min mins hour hours hr hrs day days week weeks "
           "month months year years decade decades century centuries sq square cubic gb mb tb kb bytes mah "
           "megapixel megapixels kcal calories calorie storey storeys story stories").split()

def words():
    w = {}
    def add(word, typ, val=0.0, flags=0):
        w.setdefault(word, (typ, flags, val))
    for i, u in enumerate(UNITS):
        add(u, "W_UNIT", i)
    add("nought", "W_UNIT", 0); add("naught", "W_UNIT", 0)
    for i, t in enumerate(TEENS):
        add(t, "W_TEEN", 10 + i)
    for i, t in enumerate(TENS):
        add(t, "W_TENS", 20 + 10 * i)
    add("hundred", "W_HUNDRED", 100)
    for k, v in SCALES.items():
        add(k, "W_SCALE", v)
    add("lakhs", "W_SCALE", 1e5); add("crores", "W_SCALE", 1e7)
    for k, v in ABBR.items():
        add(k, "W_SCALE", v, "F_ABBR")
    for d in ("dozen", "dz", "doz"):
        add(d, "W_DOZEN", 12)
    for d in ("dozens", "dzs", "dozs"):
        add(d, "W_DOZEN", 12, "F_PLURAL")
    ords = [(o, i + 1) for i, o in enumerate(ORD_UNITS)] + [(o, 10 + i) for i, o in enumerate(ORD_TEENS)]
    ords += [(o, 20 + 10 * i) for i, o in enumerate(ORD_TENS)]
    ords += [("hundredth", 100), ("thousandth", 1e3), ("millionth", 1e6), ("billionth", 1e9), ("trillionth", 1e12)]
    for o, v in ords:
        add(o, "W_ORD", v)
        if o != "second":
            add(o + "s", "W_ORD", v, "F_PLURAL")
    add("half", "W_HALF", 2); add("halves", "W_HALF", 2, "F_PLURAL")
    add("quarter", "W_QUARTER", 4); add("quarters", "W_QUARTER", 4, "F_PLURAL")
    for v in ("couple", "few", "handful", "several", "scores", "hundreds", "thousands", "millions", "billions",
              "tens"):
        add(v, "W_VAGUE")
    add("a", "W_A", 1); add("an", "W_A", 1)
    add("and", "W_AND"); add("point", "W_POINT")
    add("minus", "W_MINUS"); add("negative", "W_MINUS")
    for p in ("percent", "percents", "percentage", "pct"):
        add(p, "W_PCT")
    add("per", "W_PER")
    for m in MONTHS:
        add(m, "W_MONTH")
    for c in CURRENCY:
        add(c, "W_CUR")
    for m in MEASURE:
        add(m, "W_MEAS")
    for c in ("am", "pm", "gmt", "utc", "bst", "cet", "est", "edt", "pst", "pdt", "hrs", "oclock"):
        add(c, "W_CLOCK")
    add("hrs", "W_CLOCK")
    return w

def fnv(word):
    h = 2166136261
    for ch in word.encode():
        h = ((h ^ ch) * 16777619) & 0xFFFFFFFF
    return h

def read_vague():
    rows = []
    for line in open(os.path.join(ROOT, "data", "vague.tsv"), encoding="utf-8"):
        if not line.strip() or line.startswith("#"):
            continue
        phrase, low, high, bound, reason = line.rstrip("\n").split("\t")
        rows.append((phrase.split(), float(low), float(high), bound, reason))
    return rows

def main():
    w = words()
    names = sorted(w)
    slots = [0] * SLOTS
    for i, name in enumerate(names):
        h = fnv(name) & (SLOTS - 1)
        while slots[h]:
            h = (h + 1) & (SLOTS - 1)
        slots[h] = i + 1
    out = ["/* vague.inc — generated by tools/gen_vague.py from its word lists and data/vague.tsv; do not edit. */",
           f"#define NUMKW_SLOTS {SLOTS}", "static const numkw numkws[] = {"]
    for name in names:
        typ, flags, val = w[name]
        out.append(f'    {{"{name}", {len(name)}, {typ}, {flags}, {float(val)!r}}},')
    out.append("};")
    out.append("static const unsigned short numkw_slots[NUMKW_SLOTS] = {")
    for i in range(0, SLOTS, 16):
        out.append("    " + ", ".join(str(x) for x in slots[i:i + 16]) + ",")
    out.append("};")
    rows = read_vague()
    out.append("static const vague_row vague_rows[] = {")
    for words_, low, high, bound, reason in rows:
        ws = ", ".join(f'"{x}"' for x in words_)
        b = "TALLY_BOUND_RANGE" if bound == "range" else "TALLY_BOUND_APPROX"
        out.append(f"    {{{{{ws}}}, {len(words_)}, {low!r}, {high!r}, {b}}}, /* {reason.replace('*/', '* /')} */")
    out.append("};")
    with open(os.path.join(ROOT, "src", "vague.inc"), "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")

main()
