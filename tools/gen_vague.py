#!/usr/bin/env python3
"""Writes src/vague.inc: the number scanner's keyword hash table and its vague-quantity table.

The keyword table maps a lower-case ASCII word to (type, flags, value). It is an open-addressing table of
NUMKW_SLOTS slots probed linearly from khash(word): a multiplicative hash of the word's first 8 letters, packed
into one 64-bit key (which is also what a probe compares), and its length. A word costs one multiply and,
nearly always, one empty-slot probe. The bound phrases (PHRASES) are sorted by the first letter of their last
word, with an index, and their last words are flagged in the keyword table. The vague table comes from
data/vague.tsv (phrase, low, high, bound, reason). Run by `make tables`; the output is committed."""
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
            "eur gbp jpy cny rmb chf bucks pounds pound sen paise kopecks").split()
MEASURE = ("mm cm km kg mg ml tonne tonnes ton tons lb lbs oz ounce ounces mile miles mph kph kmh mpg bps yard yards "
           "feet foot ft inch inches metre metres meter meters millimetre millimetres millimeter millimeters "
           "centimetre centimetres centimeter centimeters kilometre kilometres kilometer kilometers kilogram "
           "kilograms kilo kilos gram grams litre litres liter liters gallon gallons barrel barrels bpd acre "
           "acres hectare hectares degree degrees celsius fahrenheit kw mw gw kwh mwh gwh twh watt watts "
           "kilowatt kilowatts megawatt megawatts gigawatt gigawatts volt volts hp horsepower bhp ps nm rpm gpa "
           "mpa hz khz mhz ghz nanometer nanometers nanometre nanometres micrometre micrometres knot knots "
           "calibre caliber second seconds minute minutes min mins hour hours hr hrs day days week weeks "
           "month months year years decade decades century centuries sq square cubic gb mb tb kb bytes mah "
           "megapixel megapixels kcal calories calorie storey storeys story stories").split()

# Words before a value that bound it (number.c's look-back); the longest match wins. "not more than" is
# a negation: at most. Sorted by the first letter of the last word, so a look-back tries only that letter's rows.
PHRASES = [
    ("at least", "TALLY_BOUND_GE"),
    ("no fewer than", "TALLY_BOUND_GE"),
    ("no less than", "TALLY_BOUND_GE"),
    ("not less than", "TALLY_BOUND_GE"),
    ("not fewer than", "TALLY_BOUND_GE"),
    ("a minimum of", "TALLY_BOUND_GE"),
    ("at least or equal to", "TALLY_BOUND_GE"),
    ("equal to or more than", "TALLY_BOUND_GE"),
    ("equal to or greater than", "TALLY_BOUND_GE"),
    ("greater than or equal to", "TALLY_BOUND_GE"),
    ("more than or equal to", "TALLY_BOUND_GE"),
    ("higher or equal than", "TALLY_BOUND_GE"),
    ("bigger or equal than", "TALLY_BOUND_GE"),
    ("greater or equal than", "TALLY_BOUND_GE"),
    ("larger or equal than", "TALLY_BOUND_GE"),
    ("not under", "TALLY_BOUND_GE"),
    ("more than", "TALLY_BOUND_GT"),
    ("over", "TALLY_BOUND_GT"),
    ("above", "TALLY_BOUND_GT"),
    ("exceeds", "TALLY_BOUND_GT"),
    ("exceeded", "TALLY_BOUND_GT"),
    ("exceed", "TALLY_BOUND_GT"),
    ("exceeding", "TALLY_BOUND_GT"),
    ("in excess of", "TALLY_BOUND_GT"),
    ("upwards of", "TALLY_BOUND_GT"),
    ("upward of", "TALLY_BOUND_GT"),
    ("greater than", "TALLY_BOUND_GT"),
    ("larger than", "TALLY_BOUND_GT"),
    ("bigger than", "TALLY_BOUND_GT"),
    ("higher than", "TALLY_BOUND_GT"),
    ("surpass", "TALLY_BOUND_GT"),
    ("surpassed", "TALLY_BOUND_GT"),
    ("surpasses", "TALLY_BOUND_GT"),
    ("surpassing", "TALLY_BOUND_GT"),
    ("topped", "TALLY_BOUND_GT"),
    ("topping", "TALLY_BOUND_GT"),
    ("tops", "TALLY_BOUND_GT"),
    ("passed", "TALLY_BOUND_GT"),
    ("passes", "TALLY_BOUND_GT"),
    ("crossed", "TALLY_BOUND_GT"),
    ("crosses", "TALLY_BOUND_GT"),
    ("climbed past", "TALLY_BOUND_GT"),
    ("climbs past", "TALLY_BOUND_GT"),
    ("rose past", "TALLY_BOUND_GT"),
    ("risen past", "TALLY_BOUND_GT"),
    ("rises past", "TALLY_BOUND_GT"),
    ("went past", "TALLY_BOUND_GT"),
    ("over than", "TALLY_BOUND_GT"),
    ("north of", "TALLY_BOUND_GT"),
    ("well over", "TALLY_BOUND_GT"),
    ("just over", "TALLY_BOUND_GT"),
    ("well above", "TALLY_BOUND_GT"),
    ("just above", "TALLY_BOUND_GT"),
    ("up to", "TALLY_BOUND_LE"),
    ("as many as", "TALLY_BOUND_LE"),
    ("at most", "TALLY_BOUND_LE"),
    ("no more than", "TALLY_BOUND_LE"),
    ("not more than", "TALLY_BOUND_LE"),
    ("a maximum of", "TALLY_BOUND_LE"),
    ("not exceeding", "TALLY_BOUND_LE"),
    ("no greater than", "TALLY_BOUND_LE"),
    ("not over", "TALLY_BOUND_LE"),
    ("as much as", "TALLY_BOUND_LE"),
    ("as high as", "TALLY_BOUND_LE"),
    ("less than or equal to", "TALLY_BOUND_LE"),
    ("fewer than or equal to", "TALLY_BOUND_LE"),
    ("smaller or equal than", "TALLY_BOUND_LE"),
    ("less or equal than", "TALLY_BOUND_LE"),
    ("lower or equal than", "TALLY_BOUND_LE"),
    ("equal to or less than", "TALLY_BOUND_LE"),
    ("equal to or fewer than", "TALLY_BOUND_LE"),
    ("up to and including", "TALLY_BOUND_LE"),
    ("fewer than", "TALLY_BOUND_LT"),
    ("less than", "TALLY_BOUND_LT"),
    ("under", "TALLY_BOUND_LT"),
    ("below", "TALLY_BOUND_LT"),
    ("approaching", "TALLY_BOUND_LT"),
    ("nearly", "TALLY_BOUND_LT"),
    ("almost", "TALLY_BOUND_LT"),
    ("just under", "TALLY_BOUND_LT"),
    ("just below", "TALLY_BOUND_LT"),
    ("short of", "TALLY_BOUND_LT"),
    ("shy of", "TALLY_BOUND_LT"),
    ("lower than", "TALLY_BOUND_LT"),
    ("smaller than", "TALLY_BOUND_LT"),
    ("close to", "TALLY_BOUND_LT"),
    ("not quite", "TALLY_BOUND_LT"),
    ("well under", "TALLY_BOUND_LT"),
    ("well below", "TALLY_BOUND_LT"),
    ("barely", "TALLY_BOUND_LT"),
    ("about", "TALLY_BOUND_APPROX"),
    ("around", "TALLY_BOUND_APPROX"),
    ("approximately", "TALLY_BOUND_APPROX"),
    ("some", "TALLY_BOUND_APPROX"),
    ("roughly", "TALLY_BOUND_APPROX"),
    ("an estimated", "TALLY_BOUND_APPROX"),
    ("estimated", "TALLY_BOUND_APPROX"),
    ("approx", "TALLY_BOUND_APPROX"),
    ("circa", "TALLY_BOUND_APPROX"),
    ("somewhere around", "TALLY_BOUND_APPROX"),
    ("in the region of", "TALLY_BOUND_APPROX"),
    ("on the order of", "TALLY_BOUND_APPROX"),
    ("some estimated", "TALLY_BOUND_APPROX"),
    ("exactly", "TALLY_BOUND_EQ"),
    ("precisely", "TALLY_BOUND_EQ"),
    ("equal to", "TALLY_BOUND_EQ"),
    ("equals", "TALLY_BOUND_EQ"),
    ("equals to", "TALLY_BOUND_EQ"),
    ("equaling to", "TALLY_BOUND_EQ"),
    ("equalling", "TALLY_BOUND_EQ"),
    ("another", "TALLY_BOUND_EQ"),
    ("between", "PRE_BETWEEN"),
    ("from", "PRE_FROM"),
]


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
    add("a", "W_A", 1); add("an", "W_A", 1); add("another", "W_A", 1)  # "another thousand" as "a thousand"
    add("and", "W_AND"); add("point", "W_POINT")
    add("minus", "W_MINUS"); add("negative", "W_MINUS")
    for p in ("percent", "percents", "percentage", "pct", "pc"):
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
    # The last word of a bound phrase gates number.c's look-back: F_BOUNDEND, and the longest phrase it ends
    # in bits 3-5 of the flags (F_LENSHIFT), so the look-back reads no more words than that.
    longest = {}
    for text, _ in PHRASES:
        ws = text.split()
        longest[ws[-1]] = max(longest.get(ws[-1], 0), len(ws))
    for last, n in sorted(longest.items()):
        typ, flags, val = w.get(last, ("W_NONE", 0, 0.0))
        extra = f"F_BOUNDEND | ({n} << F_LENSHIFT)"
        w[last] = (typ, extra if flags == 0 else f"{flags} | {extra}", val)
    return w

def key8(word):
    """number.c's pack8: the first 8 letters, lower-case, packed little-endian."""
    return sum(b << (8 * k) for k, b in enumerate(word.encode()[:8]))


def khash(word, bits=11):
    """The first slot number.c probes for a word: a multiplicative hash of its packed key and length, top bits."""
    return (((key8(word) ^ (len(word) * 0x9E37)) * 0x9E3779B97F4A7C15) & 0xFFFFFFFFFFFFFFFF) >> (64 - bits)


# The words that may start a number: the scan loop looks every word up in a small table of these only (most
# words of a text miss it, a cheap and well-predicted branch); the full table serves the parse around a number.
TRIGGERS = {"W_UNIT", "W_TEEN", "W_TENS", "W_HUNDRED", "W_ORD", "W_HALF", "W_QUARTER", "W_VAGUE", "W_A", "W_PCT",
            "W_PER"}
TRIGGER_BITS = 10


def read_vague():
    rows = []
    for line in open(os.path.join(ROOT, "data", "vague.tsv"), encoding="utf-8"):
        if not line.strip() or line.startswith("#"):
            continue
        phrase, low, high, bound, reason = line.rstrip("\n").split("\t")
        rows.append((phrase.split(), float(low), float(high), bound, reason))
    return rows

def shape_table(out, table, words):
    """A C table: bit (last letter) of [first letter][length] is set when one of words has that shape."""
    shape = [[0] * 16 for _ in range(26)]
    for name in words:
        assert name.isascii() and name.isalpha() and name.islower(), name
        shape[ord(name[0]) - 97][len(name)] |= 1 << (ord(name[-1]) - 97)
    out.append(f"static const uint32_t {table}[26][16] = {{")
    for row in shape:
        out.append("    {" + ", ".join(hex(v) for v in row) + "},")
    out.append("};")


def main():
    w = words()
    names = sorted(w)
    assert max(len(n) for n in names) <= 14, "number.c's MAXKW"
    slots = [0] * SLOTS
    for i, name in enumerate(names):
        h = khash(name)
        while slots[h]:
            h = (h + 1) & (SLOTS - 1)
        slots[h] = i + 1
    out = ["/* vague.inc — generated by tools/gen_vague.py from its word lists and data/vague.tsv; do not edit. */",
           f"#define NUMKW_SLOTS {SLOTS}", "static const numkw numkws[] = {"]
    for name in names:
        typ, flags, val = w[name]
        out.append(f'    {{"{name}", {key8(name):#x}ull, {len(name)}, {typ}, {flags}, {float(val)!r}}},')
    out.append("};")
    # The same prefilter for every keyword (read_word's probe): bit (last letter) of [first letter][length].
    shape_table(out, "numkw_shape", names)
    out.append("static const unsigned short numkw_slots[NUMKW_SLOTS] = {")
    for i in range(0, SLOTS, 16):
        out.append("    " + ", ".join(str(x) for x in slots[i:i + 16]) + ",")
    out.append("};")
    tslots = [0] * (1 << TRIGGER_BITS)
    for i, name in enumerate(names):
        typ, flags, _ = w[name]
        if typ in TRIGGERS or (typ == "W_DOZEN" and "F_PLURAL" in str(flags)):
            h = khash(name, TRIGGER_BITS)
            while tslots[h]:
                h = (h + 1) & ((1 << TRIGGER_BITS) - 1)
            tslots[h] = i + 1
    # Prefilter of the scan loop: bit (last letter) of [first letter][length] is set when a trigger word has that
    # shape, so most words are turned away with one load and no hashing.
    shape_table(out, "trigger_shape", [names[x - 1] for x in tslots if x])
    out.append(f"#define TRIGGER_SLOTS {1 << TRIGGER_BITS} /* the words that may start a number, {sum(1 for x in tslots if x)} */")
    out.append("static const unsigned short trigger_slots[TRIGGER_SLOTS] = {")
    for i in range(0, len(tslots), 16):
        out.append("    " + ", ".join(str(x) for x in tslots[i:i + 16]) + ",")
    out.append("};")
    def bucket(text):  # the last word's first letter, and its second (26 when it has one letter)
        last = text.split()[-1]
        return (ord(last[0]) - ord("a")) * 27 + (ord(last[1]) - ord("a") if len(last) > 1 else 26)
    phrases = sorted(PHRASES, key=lambda p: bucket(p[0]))  # stable: phrases of one last word keep their order
    out.append("static const phrase pre_phrases[] = {")
    for text, bound in phrases:
        ws = text.split()
        out.append("    {{" + ", ".join(f'"{w}"' for w in ws) + f"}}, {len(ws)}, {bound}}},")
    out.append("};")
    first = [sum(1 for t, _ in phrases if bucket(t) < b) for b in range(26 * 27 + 1)]
    out.append("/* pre_phrases[phrase_from[b] .. phrase_from[b + 1]) end with a word whose first two letters give b:")
    out.append(" * (first - 'a') * 27 + (second - 'a'), or + 26 for a word of one letter */")
    out.append("static const unsigned char phrase_from[26 * 27 + 1] = {")
    for i in range(0, len(first), 27):
        out.append("    " + ", ".join(map(str, first[i:i + 27])) + ",")
    out.append("};")
    # what may start work in the scan loop: 1 digit, 2 ASCII letter, 3 '.', 4 a byte >= 0xC2 (a UTF-8 lead byte:
    # vulgar fractions); 0 everything else, skipped by a tight loop
    starts = [0] * 256
    for c in range(256):
        ch = chr(c)
        starts[c] = 1 if ch.isdigit() and c < 128 else 2 if (ch.isalpha() and c < 128) else 3 if ch == "." else 4 if c >= 0xC2 else 0
    out.append("static const unsigned char scan_starts[256] = {")
    for i in range(0, 256, 32):
        out.append("    " + ", ".join(str(x) for x in starts[i:i + 32]) + ",")
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
