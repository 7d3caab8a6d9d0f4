/* number.c — the number scanner: counts, shares, money, measures and ordinals with their bound words.
 *
 * One forward pass over the bytes. A 256-entry table (scan_starts) skips spaces and punctuation; an ASCII word
 * is measured eight bytes at a time and looked up once in the generated keyword table (src/vague.inc: number
 * words, scales, ordinals, vague words, units, months, the last words of bound phrases) by a multiplicative
 * hash of its first eight letters packed into a 64-bit key. Only a digit, a number word, "a"/"an" before one, a
 * percent word or a vulgar fraction starts work. At such a trigger the scanner parses, left to right:
 *   value   digits with grouping (1,000 · 12 000 · 1.000 when the text writes thousands that way), decimals,
 *           exponents, attached scales (2bn, 10k, $5m), spelled cardinals with an English number grammar
 *           (two thousand five hundred, twenty-five, a dozen, half a million), fractions (two thirds, one and a
 *           half), ratios (one in three), and vague phrases from data/vague.tsv (several hundred, dozens);
 *   unit    %, per cent, currency words or symbols, measure units: these give the kind;
 *   range   X-Y, X to Y, between X and Y, two or three; after "from", a short adjunct may stand before "to"
 *           ("from 20 mpg in 2008 to 29") and a fall is the interval it spans;
 *   bounds  a look-back of at most six words before the value, taken only when the word right before it can
 *           end a bound phrase (at least, more than, nearly, about, up to, not more than …), and a look-ahead
 *           after it (or more, -plus, or so).
 * Then filters drop what is not a quantity: years, dates (a month name beside the number), clock times, phone
 * numbers, ids and model names (T-90, F-16, Boeing 787), labels (category 4, No. 1, FTSE 100), ZIP codes, street
 * numbers, ages in commas. Every look-back stops
 * at the end of the previous mention, every look-ahead and every nested parse is bounded, so the work stays
 * linear; nothing reads outside [0, len), and bytes that are not UTF-8 are simply not letters, digits or
 * spaces. A four-entry cache of the words last read spares the repeated looks at a value's neighbours. */
#include "lexicon.h"
#include "number.h"
#include "text.h"
#include <math.h>
#include <stdint.h>
#include <string.h>

/* ===== keyword table ===== */
/* The hash (see read_word and tools/gen_vague.py) mixes a word's length, first two and last letters. */

enum { /* keyword types; the scan loop relies on the order: W_UNIT..W_A are the ones that may start a number */
    W_NONE, W_UNIT, W_TEEN, W_TENS, W_HUNDRED, W_SCALE, W_DOZEN, W_ORD, W_HALF, W_QUARTER, W_VAGUE, W_A, W_AND,
    W_POINT, W_MINUS, W_PCT, W_PER, W_MONTH, W_CUR, W_MEAS, W_CLOCK
};
/* F_BOUNDEND: a bound phrase can end with the word; bits F_LENSHIFT.. hold the longest such phrase's length */
enum { F_PLURAL = 1, F_ABBR = 2, F_BOUNDEND = 4, F_LENSHIFT = 3 };

typedef struct numkw {
    const char *w;
    uint64_t key; /* its first 8 letters packed little-endian (see pack8) */
    unsigned char len, type, flags;
    double val;
} numkw;

typedef struct vague_row {
    const char *w[4];
    int n;
    double low, high;
    tally_bound bound;
} vague_row;

enum { PRE_NONE = -1, PRE_BETWEEN = 100, PRE_FROM };

/* A bound phrase before a value ("at least", "not more than"): its words and the bound it gives. */
typedef struct phrase {
    const char *w[5];
    int n;
    int bound; /* a tally_bound, or PRE_BETWEEN / PRE_FROM */
} phrase;

#include "vague.inc"

#define MAXKW 14 /* no keyword is longer */
_Static_assert(NUMKW_SLOTS == 2048 && TRIGGER_SLOTS == 1024, "kw_lookup and word_step take 11 and 10 bits");
_Static_assert(MAXKW < 16, "trigger_shape has 16 lengths");

/* s[0..n) equals the lower-case literal lit, ASCII case-insensitively (inline: this runs for every keyword
 * probe and every bound-word test). */
static inline bool ieq_lit(const char *s, size_t n, const char *lit)
{
    for (size_t k = 0; k < n; k++)
        if (tally_lower((unsigned char)s[k]) != (unsigned char)lit[k])
            return false;
    return lit[n] == '\0';
}

/* s[0..n) (ASCII letters) equals the lower-case keyword lit. */
static inline bool letters_eq(const char *s, size_t n, const char *lit)
{
    for (size_t k = 0; k < n; k++)
        if (((unsigned char)s[k] | 0x20) != (unsigned char)lit[k])
            return false;
    return true;
}

/* The first (up to) 8 letters of s[0..n), lower-cased and packed little-endian: what a keyword is found by.
 * avail: bytes readable from s (an 8-byte load when there are 8). Letters only, so | 0x20 lowers them. */
static inline uint64_t pack8(const char *s, size_t n, size_t avail)
{
    size_t m = n < 8 ? n : 8;
    return (tally_load_le(s, m, avail) | 0x2020202020202020ull) & tally_low_bytes(m);
}

/* The keyword spelled by the letters s[0..n) in an open-addressing table of 2^bits slots (numkw_slots, 11
 * bits, every keyword; trigger_slots, 10 bits, the words that may start a number), or NULL: one multiply, then
 * nearly always one empty slot. */
static inline const numkw *kw_in(const unsigned short *slots, int bits, const char *s, size_t n, size_t avail)
{
    if (n == 0 || n > MAXKW)
        return NULL;
    uint64_t key = pack8(s, n, avail);
    uint32_t k = (uint32_t)(((key ^ (n * 0x9E37u)) * 0x9E3779B97F4A7C15ull) >> (64 - bits));
    for (;; k = (k + 1) & ((1u << bits) - 1)) {
        unsigned x = slots[k];
        if (!x)
            return NULL;
        const numkw *e = &numkws[x - 1];
        if (e->key == key && e->len == n && (n <= 8 || letters_eq(s + 8, n - 8, e->w + 8)))
            return e;
    }
}

/* Every keyword; s[0..n) are ASCII letters. The shape test (first letter, length, last letter) turns most words
 * away before the hash (read_word's misses; callgrind 168.0 M -> 167.0 M for the byte scan). */
static inline const numkw *kw_lookup(const char *s, size_t n, size_t avail)
{
    if (n == 0 || n > MAXKW)
        return NULL;
    unsigned f = ((unsigned char)s[0] | 0x20) - 'a', l = ((unsigned char)s[n - 1] | 0x20) - 'a';
    if (!(numkw_shape[f][n] >> l & 1))
        return NULL;
    return kw_in(numkw_slots, 11, s, n, avail);
}

/* ===== scanner state and small helpers ===== */

typedef struct word {
    size_t start, end;
    const numkw *kw; /* NULL when not a keyword */
} word;

/* The words last read: a mention's parts look at the same neighbouring words again and again (the word
 * after the value is asked for its unit, a scale, a month, a clock, a range joiner, a bound). A word read at
 * i sits in slot i % WCACHE, which it names by its start (one compare a look-up: a search of the four last
 * words read was 8 M instructions of the claims bench's 4 MB slice). */
#define WCACHE 16
typedef struct wcache {
    word w[WCACHE];
    size_t next_at; /* next_word's last question, and its answer: the parts of a mention ask it of the value's */
    word next;      /* end again and again (its unit, a scale, a range, a bound, a month) */
    size_t month_at; /* month_before's last question and answer: date_drop asks it, then not_quantity */
    bool month;
    size_t prev_at, prev_lo; /* prev_word's last answer, for the place the spaces before i end and the floor */
    word prev;               /* it was given */
} wcache;

typedef struct scan {
    const char *s;
    size_t len;
    size_t floor;   /* end of the last mention: look-backs stop here */
    int euro;       /* does the text group thousands with dots? -1 not yet looked, 0 no, 1 yes */
    tally_numvec *out;
    wcache *wc;     /* scratch owned by tally_number_scan's frame (written through a const scan) */
} scan;

/* Skips spaces from i: ASCII inline, the few Unicode spaces through text.c. */
static inline size_t skip_sp(const scan *sc, size_t i)
{
    while (i < sc->len && tally_is_ascii_space((unsigned char)sc->s[i]))
        i++;
    return i < sc->len && (unsigned char)sc->s[i] >= 0x80 ? tally_skip_space(sc->s, sc->len, i) : i;
}

static inline int at(const scan *sc, size_t i) { return i < sc->len ? (unsigned char)sc->s[i] : -1; }
static inline bool digit_at(const scan *sc, size_t i) { return i < sc->len && tally_is_digit((unsigned char)sc->s[i]); }
static inline bool alpha_at(const scan *sc, size_t i) { return i < sc->len && tally_is_alpha((unsigned char)sc->s[i]); }
static inline bool alnum_at(const scan *sc, size_t i) { return digit_at(sc, i) || alpha_at(sc, i); }
/* tally_dash_at, its ASCII answers inline (most bytes asked are no dash and ASCII) */
static inline size_t dash_at(const scan *sc, size_t i)
{
    int c = at(sc, i);
    return c == '-' ? 1 : c < 0x80 ? 0 : tally_dash_at(sc->s, sc->len, i);
}
static bool upper_at(const scan *sc, size_t i) { return i < sc->len && tally_is_upper((unsigned char)sc->s[i]); }

/* End of the run of ASCII letters at i. Eight bytes at a time (SWAR) while eight are readable: this is the
 * hottest loop of the scanner (every word of every text passes here). For each byte, lower-cased to t and
 * seven bits: t + 0x1F sets bit 7 when t >= 'a', t + 0x05 sets it when t > 'z'; no carry crosses bytes. */
static inline size_t letters_end(const scan *sc, size_t j)
{
    while (j + 8 <= sc->len) {
        uint64_t x;
        memcpy(&x, sc->s + j, 8);
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
        x = __builtin_bswap64(x);
#endif
        uint64_t y = (x | 0x2020202020202020ull) & 0x7F7F7F7F7F7F7F7Full;
        uint64_t ge_a = y + 0x1F1F1F1F1F1F1F1Full, gt_z = y + 0x0505050505050505ull;
        uint64_t not_letter = ~(ge_a & ~gt_z & ~x) & 0x8080808080808080ull;
        if (not_letter)
            return j + (size_t)(__builtin_ctzll(not_letter) >> 3);
        j += 8;
    }
    while (j < sc->len && tally_is_alpha((unsigned char)sc->s[j]))
        j++;
    return j;
}

/* Reads the word at i, not in the cache (ASCII letters, hashed on the way; a word running on into non-ASCII
 * letters is read whole and is no keyword; digits after letters are left for the digit path: USD10m, A320).
 * w->end == i when no word starts there. */
static __attribute__((noinline)) size_t read_new_word(const scan *sc, size_t i, word *w)
{
    wcache *c = sc->wc;
    size_t j = letters_end(sc, i);
    w->start = i;
    w->kw = NULL;
    if (j > i && j < sc->len && (unsigned char)sc->s[j] >= 0x80) {
        size_t e = tally_word_end(sc->s, sc->len, j);
        if (e > j) {
            w->end = e;
            return e;
        }
    }
    w->end = j;
    w->kw = kw_lookup(sc->s + i, j - i, sc->len - i);
    c->w[i % WCACHE] = *w;
    return j;
}

/* read_word's cache look-up, inlined at the callers: two words in three are in the cache, and a call into the
 * reading code cost them its register saves (callgrind 167.0 M -> 159.5 M). */
static inline size_t read_word(const scan *sc, size_t i, word *w)
{
    if (i >= sc->len || !tally_is_alpha((unsigned char)sc->s[i])) {
        *w = (word){.start = i, .end = i}; /* no word starts here: read_new_word's answer, without the call */
        return i;
    }
    const word *c = &sc->wc->w[i % WCACHE];
    if (c->start == i) {
        *w = *c;
        return w->end;
    }
    return read_new_word(sc, i, w);
}

/* The word after spaces from i; w->end == w->start when none. */
static __attribute__((noinline)) void next_word_read(const scan *sc, size_t i, word *w)
{
    wcache *c = sc->wc;
    read_word(sc, skip_sp(sc, i), w);
    c->next_at = i, c->next = *w;
}

static inline __attribute__((always_inline)) void next_word(const scan *sc, size_t i, word *w)
{
    const wcache *c = sc->wc;
    if (c->next_at == i)
        *w = c->next; /* the last answer, inline: a call for it cost more than the copy */
    else
        next_word_read(sc, i, w);
}

static int wtype(const word *w) { return w->kw ? w->kw->type : W_NONE; }
static inline bool wis(const scan *sc, const word *w, const char *lit)
{
    return w->end > w->start && tally_lower((unsigned char)sc->s[w->start]) == (unsigned char)lit[0] &&
           ieq_lit(sc->s + w->start, w->end - w->start, lit);
}

/* The start of the run of ASCII letters ending at i, not before lo: letters_end backwards, the 8 bytes before
 * st tested at once while 8 lie above lo (a byte loop before: the number bench 209.3 -> 213.0 MB/s, best of 5
 * side by side). */
static inline size_t letters_start(const char *s, size_t lo, size_t st)
{
    while (st >= lo + 8) {
        uint64_t x = tally_load8_le(s + st - 8);
        uint64_t y = (x | 0x2020202020202020ull) & 0x7F7F7F7F7F7F7F7Full;
        uint64_t ge_a = y + 0x1F1F1F1F1F1F1F1Full, gt_z = y + 0x0505050505050505ull;
        uint64_t not_letter = ~(ge_a & ~gt_z & ~x) & 0x8080808080808080ull;
        if (not_letter) /* the highest such byte is the last non-letter before st */
            return st - 8 + (size_t)((63 - __builtin_clzll(not_letter)) >> 3) + 1;
        st -= 8;
    }
    while (st > lo && tally_is_alpha((unsigned char)s[st - 1]))
        st--;
    return st;
}

/* prev_word's reading at i, the spaces before it skipped. */
static void prev_word_read(const scan *sc, size_t i, size_t lo, word *w)
{
    const char *s = sc->s;
    size_t st = letters_start(s, lo, i);
    if (st == i) { /* no letter before i */
        *w = (word){.start = i, .end = i};
        return;
    }
    if ((i >= sc->len || ((unsigned char)s[i] < 0x80 && !tally_is_alpha((unsigned char)s[i])))) {
        /* the letters [st, i) end at i: the word read_word would read, without its forward pass and cache
         * store (callgrind 157.2 M -> 154.3 M) */
        *w = (word){.start = st, .end = i, .kw = kw_lookup(s + st, i - st, sc->len - st)};
        return;
    }
    read_word(sc, st, w);
    if (w->end != i) {
        w->start = w->end = i;
        w->kw = NULL;
    }
}

/* The word ending at or before i (spaces skipped backwards), not before lo; start == end when none. The last
 * answer is kept: the bound words, the month, label, model and name tests all ask for the word before a value
 * (callgrind on the 4 MB slice: prev_word 7.96 M -> 7.03 M). It holds for another floor when its letters did not
 * stop at the floor it was read with and start at or above the new one. */
static void prev_word(const scan *sc, size_t i, size_t lo, word *w)
{
    const char *s = sc->s;
    while (i > lo && tally_is_ascii_space((unsigned char)s[i - 1]))
        i--;
    if (i > lo + 1 && (unsigned char)s[i - 1] == 0xA0 && (unsigned char)s[i - 2] == 0xC2)
        i -= 2;
    wcache *c = sc->wc;
    const word *p = &c->prev;
    if (c->prev_at == i && (c->prev_lo == lo || (p->start > c->prev_lo && p->start >= lo && p->end > p->start))) {
        *w = *p;
        return;
    }
    prev_word_read(sc, i, lo, w);
    c->prev_at = i, c->prev_lo = lo, c->prev = *w;
}

/* ===== digits ===== */

/* A number being built: the value's own span, its value, and what was seen. */
typedef struct val {
    size_t start, end;       /* the value (num_start, num_end) */
    size_t mstart, mend;     /* the mention so far (mstart: the value with its sign and currency) */
    double v, lo, hi;        /* v for a point; lo/hi for a vague range */
    tally_numkind kind;
    tally_bound bound;
    bool approx;
    size_t ustart, uend;
    bool vague, words, frac, ordinal, plain, grouped, scaled, decimal, cur;
    bool reject;             /* the whole token is no quantity (a phone number) */
    double mult;             /* the scale written after digits (1e9 for "93 billion"), else 0 */
    int ndig;                /* integer digits of a plain number */
} val;
/* An empty value. Values are cleared by copying it: GCC clears a val written {0} by "rep stosq", whose
 * start-up cost showed as 8 % of mention's time (perf); a copy is a few vector moves. */
static const val val_zero;

/* Reads a run of digits from i into *m (as a double) and returns its end; *n is the count. */
static size_t digit_run(const scan *sc, size_t i, double *m, int *n)
{
    *n = 0;
    while (i < sc->len && tally_is_digit((unsigned char)sc->s[i])) {
        *m = *m * 10 + (sc->s[i] - '0');
        (*n)++;
        i++;
    }
    return i;
}

/* Decides once per text whether dots group thousands: some number has two dot groups (1.000.000) or a dot
 * group followed by a decimal comma (1.234,5). Runs at most once per text, only when "1.000" is met. */
static bool euro_text(scan *sc)
{
    if (sc->euro >= 0)
        return sc->euro;
    sc->euro = 0;
    const char *s = sc->s;
    for (size_t i = 1; i + 5 < sc->len; i++) {
        const char *d = memchr(s + i, '.', sc->len - 5 - i);
        if (!d)
            break;
        i = (size_t)(d - s);
        if (!tally_is_digit((unsigned char)s[i + 1]) || !tally_is_digit((unsigned char)s[i - 1]))
            continue;
        if (!(tally_is_digit((unsigned char)s[i + 2]) && tally_is_digit((unsigned char)s[i + 3])))
            continue;
        if ((s[i + 4] == '.' || s[i + 4] == ',') && i + 5 < sc->len && tally_is_digit((unsigned char)s[i + 5])) {
            sc->euro = 1;
            break;
        }
    }
    return sc->euro;
}

/* Length of ",ddd" / " ddd" / ".ddd" groups: does a separator at i start a 3-digit group (k digits) that ends
 * there? Returns the separator's byte length, or 0. */
static size_t group_at(const scan *sc, size_t i, char sep, int k)
{
    int c = at(sc, i);
    if (sep == ' ' && c < 0x80 && c != ' ')
        return 0; /* the common case, without a call */
    size_t n = sep == ' ' ? tally_group_space_at(sc->s, sc->len, i) : (c == sep ? 1 : 0);
    if (!n)
        return 0;
    for (int d = 0; d < k; d++)
        if (!digit_at(sc, i + n + (size_t)d))
            return 0;
    return digit_at(sc, i + n + (size_t)k) ? 0 : n;
}

/* Digits grouped by sep (',' ' ' '.') after a first run of at most three digits. Indian grouping (12,34,567)
 * passes: 2-digit groups are allowed when a 3-digit group closes the run. */
static size_t grouped(const scan *sc, size_t i, char sep, double *m, bool *ok)
{
    *ok = false;
    size_t j = i;
    double acc = *m;
    int last = 0;
    for (;;) {
        size_t n = group_at(sc, j, sep, 3);
        int k = 3;
        if (!n && sep == ',') {
            n = group_at(sc, j, sep, 2);
            k = 2;
        }
        if (!n)
            break;
        int cnt;
        j = digit_run(sc, j + n, &acc, &cnt);
        last = k;
    }
    if (last != 3)
        return i;
    *ok = true;
    *m = acc;
    return j;
}

/* Decimal digits after a separator at i: adds them to *m and returns the end. */
static size_t decimals(const scan *sc, size_t i, double *m)
{
    double f = 0;
    int n = 0;
    size_t j = digit_run(sc, i, &f, &n);
    *m += n <= 22 ? f / pow(10, n) : f * pow(10, -n);
    return j;
}

/* An exponent: 1e10, 12.32e+14, -12e-1, 1.1^23, 2.5^-1. Returns the end, or i when none. */
static size_t exponent(const scan *sc, size_t i, double *m)
{
    int c = at(sc, i);
    if (c != 'e' && c != 'E' && c != '^')
        return i;
    size_t j = i + 1;
    int sign = 1;
    while (at(sc, j) == '+' || at(sc, j) == '-') {
        if (at(sc, j) == '-')
            sign = -sign;
        j++;
        if (c != '^' && j > i + 2)
            return i;
    }
    double e = 0;
    int n = 0;
    size_t k = digit_run(sc, j, &e, &n);
    if (n == 0 || n > 3 || alpha_at(sc, k))
        return i;
    *m = c == '^' ? pow(*m, sign * e) : *m * pow(10, sign * e);
    return k;
}

/* A digit literal at i (a digit, or '.' and a digit). Fills v->v, v->start/end, plain/grouped/decimal. */
static size_t digit_literal(scan *sc, size_t i, val *v)
{
    double m = 0;
    int n = 0;
    size_t j = digit_run(sc, i, &m, &n);
    bool ok = false;
    v->start = i;
    v->ndig = n;
    int c = at(sc, j);
    if (c < 0x80 && c != ',' && c != '.' && c != 'e' && c != 'E' && c != '^' && (c != ' ' || !digit_at(sc, j + 1))) {
        v->grouped = false; /* most numbers: no group, decimal or exponent can follow (grouped() thrice cost more) */
        v->plain = !v->decimal;
        v->v = m;
        v->end = j;
        return j;
    }
    if (n >= 1 && n <= 3) {
        size_t k = grouped(sc, j, ',', &m, &ok);
        if (!ok && group_at(sc, j, '.', 3) && euro_text(sc))
            k = grouped(sc, j, '.', &m, &ok);
        if (!ok)
            k = grouped(sc, j, ' ', &m, &ok);
        j = k;
    }
    v->grouped = ok;
    char dec = (ok && sc->euro == 1 && at(sc, i + (size_t)n) == '.') ? ',' : '.';
    if (!ok && sc->euro == 1)
        dec = ',';
    if (at(sc, j) == dec && digit_at(sc, j + 1)) {
        j = decimals(sc, j + 1, &m);
        v->decimal = true;
    } else if (!ok && at(sc, j) == ',' && digit_at(sc, j + 1) && !digit_at(sc, j + 3) &&
               !(i >= 2 && sc->s[i - 1] == ',' && tally_is_digit((unsigned char)sc->s[i - 2])) &&
               !(at(sc, j + 2) == ',' || at(sc, j + 3) == ',') && !(digit_at(sc, j + 2) && at(sc, j + 3) == ',')) {
        j = decimals(sc, j + 1, &m); /* a decimal comma: 1,3 · 5,00 */
        v->decimal = true;
    } else if (at(sc, j) == '.' && digit_at(sc, j + 1)) {
        j = decimals(sc, j + 1, &m);
        v->decimal = true;
    }
    if (!ok) {
        size_t e = exponent(sc, j, &m);
        if (e != j)
            v->decimal = true;
        j = e;
    }
    v->plain = !ok && !v->decimal;
    v->v = m;
    v->end = j;
    return j;
}

/* ===== spelled numbers: an English cardinal grammar over words (and digits before scales) =====
 * State: total (closed by scales), group (below the next scale), tail (units/tens since the last hundred or
 * scale, for "two dozen"), last (the kind of the last atom), scale (the smallest scale used: scales descend),
 * hundred (the group has its hundreds). Each step takes one atom after spaces, a hyphen between tens and
 * units ("twenty-five", "fifty - two"), or "and" after a hundred or a scale; anything else ends the number. */

typedef struct card {
    double total, group, tail, scale;
    int last;
    bool hundred, tens_and; /* tens_and: the last tens came after "and" (one hundred and thirty fifths) */
    bool nested;            /* a look-ahead inside another cardinal: takes no "and" (bounds the recursion) */
    size_t end, last_start;
} card;

static double card_value(const card *c) { return c->total + c->group; }

/* Position after the joiner between two number words at i, or i when there is none: spaces, a hyphen with
 * optional spaces around it (*hy set), nothing else. */
static size_t joiner(const scan *sc, size_t i, bool *hy)
{
    size_t j = skip_sp(sc, i);
    size_t d = dash_at(sc, j);
    *hy = d > 0;
    if (d)
        j = skip_sp(sc, j + d);
    return j;
}

static bool small_atom(int t) { return t == W_UNIT || t == W_TEEN || t == W_TENS; }

/* Can an atom of type t follow the state? hy: joined by a hyphen; and: after "and". */
static bool card_accepts(const card *c, int t, bool hy, bool and)
{
    if (hy)
        return c->last == W_TENS && t == W_UNIT && !and;
    switch (t) {
    case W_UNIT: return c->last == W_NONE || c->last == W_TENS || c->last == W_HUNDRED || c->last == W_SCALE;
    case W_TEEN:
    case W_TENS: return c->last == W_NONE || c->last == W_HUNDRED || c->last == W_SCALE;
    case W_HUNDRED: return !and && !c->hundred && c->last != W_HUNDRED && c->last != W_SCALE && c->group < 100;
    case W_SCALE: return !and && c->last != W_NONE && c->last != W_SCALE;
    default: return false;
    }
}

/* Applies one atom (type t, value x) to the state. */
static void card_take(card *c, int t, double x)
{
    if (t == W_HUNDRED) {
        c->group = (c->group > 0 ? c->group : 1) * 100;
        c->hundred = true;
        c->tail = 0;
    } else if (t == W_SCALE) {
        double g = c->group > 0 ? c->group : (c->total > 0 ? 0 : 1);
        if (c->total + g < x)
            c->total = (c->total + g) * x;
        else
            c->total += g * x;
        c->group = c->tail = 0;
        c->hundred = false;
        c->scale = x;
    } else {
        c->group += x;
        c->tail += x;
    }
    c->last = t;
}

/* Word atom at i with its joiner check; fills *w. Returns the atom type, or W_NONE. */
static int atom_at(const scan *sc, size_t i, word *w)
{
    read_word(sc, i, w);
    if (w->end == w->start || !w->kw)
        return W_NONE;
    if (w->kw->type == W_SCALE && (w->kw->flags & F_ABBR))
        return W_NONE; /* "bn", "mln" only right after digits */
    return w->kw->type;
}

static size_t denominator(const scan *sc, size_t i, double *d, bool *plural);
static void card_run(const scan *sc, card *c);

/* After "and" at j: does what follows belong elsewhere? "3 hundred and 2 hundred" (a second number),
 * "one hundred and three quarters" and "two hundred and fifty-four hundredths" (a fraction part, 100 + 3/4),
 * "and a half". "one hundred and thirty fifths" stays one numerator (130/5), as Recognizers reads it. */
static bool and_breaks(const scan *sc, const card *c, size_t j)
{
    word w;
    int t = atom_at(sc, j, &w);
    if (t == W_A)
        return true;
    card c2 = {.end = j, .last = W_NONE, .nested = true};
    if (digit_at(sc, j)) {
        val d = val_zero;
        c2.end = digit_literal((scan *)sc, j, &d);
        c2.group = d.v;
        c2.last = W_UNIT;
        if (d.v == 0)
            return true;
    } else if (!small_atom(t)) {
        return false;
    }
    int first = t;
    card_run(sc, &c2);
    if (c2.hundred && c->hundred && c->scale == 0)
        return true;
    double d;
    bool plural, hy;
    size_t k = joiner(sc, c2.end, &hy);
    if (!denominator(sc, k, &d, &plural))
        return false;
    return (first == W_UNIT && c2.last == W_UNIT && c2.group < 10) || d >= 100;
}

/* Continues a cardinal from c->end. Stops at the first atom that does not fit. */
static void card_run(const scan *sc, card *c)
{
    for (int guard = 0; guard < 64; guard++) {
        bool hy, and = false;
        size_t j = joiner(sc, c->end, &hy);
        word w;
        int t = atom_at(sc, j, &w);
        if (t == W_AND && !hy && !c->nested && (c->last == W_HUNDRED || c->last == W_SCALE)) {
            j = skip_sp(sc, w.end);
            if (and_breaks(sc, c, j))
                return;
            t = atom_at(sc, j, &w);
            and = true;
        }
        if (t == W_NONE && and && digit_at(sc, j) && !alnum_at(sc, j - 1)) {
            val d = val_zero;
            size_t e = digit_literal((scan *)sc, j, &d);
            if (!d.plain || d.v >= 100 || alpha_at(sc, e))
                return;
            card_take(c, W_UNIT, d.v);
            c->last = W_TEEN;
            c->end = e;
            continue;
        }
        if (!small_atom(t) && t != W_HUNDRED && t != W_SCALE)
            return;
        bool grow = t == W_SCALE && c->last == W_SCALE && !and && w.kw->val > card_value(c); /* lakh crore */
        if (t == W_SCALE && c->scale > 0 && w.kw->val >= c->scale && !grow)
            return; /* scales descend: "two million three million" is two numbers */
        if (!grow && !card_accepts(c, t, hy, and))
            return;
        c->tens_and = (t == W_TENS) && and;
        c->last_start = j;
        card_take(c, t, w.kw->val);
        c->end = w.end;
    }
}

/* Digits after a scale word: "4 thousand 3 hundred". A bare number follows only when "hundred" follows it. */
static void card_digits(const scan *sc, card *c)
{
    for (int guard = 0; guard < 8 && c->last == W_SCALE; guard++) {
        size_t j = skip_sp(sc, c->end);
        if (!digit_at(sc, j) || j == c->end)
            return;
        val d = val_zero;
        size_t e = digit_literal((scan *)sc, j, &d);
        word w;
        next_word(sc, e, &w);
        if (!d.plain || d.v >= 10 * c->scale || d.v >= 1000 || wtype(&w) != W_HUNDRED)
            return;
        c->group = d.v;
        c->tail = d.v;
        c->last = W_UNIT;
        c->end = e;
        card_run(sc, c);
    }
}

/* ===== fractions, decimals spelled out, dozens ===== */

/* A denominator word at i: an ordinal other than first/second ("third", "fifths", "hundredths"), half or
 * quarter; or tens + ordinal unit ("twenty-fifth", "thirty fifths"). Returns the end, 0 when none. */
static size_t denominator(const scan *sc, size_t i, double *d, bool *plural)
{
    word w;
    int t = atom_at(sc, i, &w);
    if (t == W_TENS) {
        bool hy;
        word o;
        size_t j = joiner(sc, w.end, &hy);
        if (atom_at(sc, j, &o) == W_ORD && o.kw->val < 10) {
            *d = w.kw->val + o.kw->val;
            *plural = o.kw->flags & F_PLURAL;
            return o.end;
        }
        return 0;
    }
    if (t == W_HALF || t == W_QUARTER || (t == W_ORD && w.kw->val >= 3)) {
        *d = w.kw->val;
        *plural = w.kw->flags & F_PLURAL;
        return w.end;
    }
    return 0;
}

/* "point zero three", "point seventy-one": spelled decimals after a cardinal. Returns the end or i. */
static size_t spelled_decimals(const scan *sc, size_t i, double *v)
{
    word w;
    next_word(sc, i, &w);
    if (wtype(&w) != W_POINT)
        return i;
    double f = 0, scale = 1;
    size_t end = i, j = w.end;
    for (int n = 0; n < 16; n++) {
        bool hy;
        size_t k = joiner(sc, j, &hy);
        int t = atom_at(sc, k, &w);
        if (!small_atom(t) || (hy && t != W_UNIT))
            break;
        double x = w.kw->val;
        if (hy) { /* seventy-one: the unit replaces the tens' zero */
            f += x / scale;
        } else {
            int nd = x >= 10 ? 2 : 1;
            scale *= nd == 2 ? 100 : 10;
            f += x / scale;
        }
        end = j = w.end;
    }
    if (end == i)
        return i;
    *v += f;
    return end;
}

/* "of a million", "a million", "million" after a fraction: the scale it multiplies, or 0. */
static size_t fraction_scale(const scan *sc, size_t i, double *scale)
{
    word w;
    next_word(sc, i, &w);
    if (wis(sc, &w, "of"))
        next_word(sc, w.end, &w);
    if (wtype(&w) == W_A)
        next_word(sc, w.end, &w);
    if ((wtype(&w) == W_SCALE && !(w.kw->flags & F_ABBR)) || wtype(&w) == W_DOZEN) {
        *scale = w.kw->val;
        return w.end;
    }
    return 0;
}

/* A fraction after numerator n ending at i: "two thirds", "a half", "one twenty-fifth". Returns its end or 0;
 * *q is its value. The tens of a cardinal join the denominator when no "and" bound them to the numerator:
 * "one hundred thirty fifths" is 100/35 but "one hundred and thirty fifths" is 130/5 (Recognizers' reading). */
static size_t fraction_after(const scan *sc, const card *c, double *q)
{
    double d;
    bool plural;
    bool hy;
    size_t j = joiner(sc, c->end, &hy);
    size_t e = denominator(sc, j, &d, &plural);
    if (e && !plural && d >= 100 && card_value(c) > 1)
        return 0; /* "two millionth": an ordinal after a count, not a fraction */
    if (e) {
        if (c->last == W_TENS && d < 10 && card_value(c) <= c->tail && hy)
            return 0; /* "twenty-fifth" alone is an ordinal */
        if (c->last == W_TENS && !c->tens_and && d < 10 && card_value(c) > c->tail) {
            /* the card ended on tens: "one hundred thirty fifths" → 100 / 35 */
            *q = (card_value(c) - c->tail) / (c->tail + d);
            return e;
        }
        *q = card_value(c) / d;
        return e;
    }
    /* "one one hundred fifth": a second cardinal ending in an ordinal is the denominator */
    card c2 = {.end = j, .last = W_NONE, .nested = true};
    word w;
    int t = atom_at(sc, j, &w);
    if (!small_atom(t) || c->last == W_TENS)
        return 0;
    card_run(sc, &c2);
    if (c2.last != W_HUNDRED && c2.last != W_SCALE)
        return 0;
    j = joiner(sc, c2.end, &hy);
    word o;
    if (!hy && atom_at(sc, j, &o) == W_AND)
        j = skip_sp(sc, o.end);
    if (hy || atom_at(sc, j, &o) != W_ORD || o.kw->val >= 10)
        return 0;
    *q = card_value(c) / (card_value(&c2) + o.kw->val);
    return o.end;
}

/* "and a half", "and two thirds", "and three fifths" after a cardinal. Returns the end or 0; *q its value. */
static size_t and_fraction(const scan *sc, size_t i, double *q)
{
    word w;
    next_word(sc, i, &w);
    if (wtype(&w) != W_AND)
        return 0;
    card c = {.end = skip_sp(sc, w.end), .last = W_NONE, .nested = true};
    int t = atom_at(sc, c.end, &w);
    if (t == W_A) {
        c.group = 1;
        c.last = W_A;
        c.end = w.end;
    } else if (small_atom(t)) {
        card_run(sc, &c);
    } else {
        return 0;
    }
    return fraction_after(sc, &c, q);
}

/* ===== the value: digits or words ===== */

static bool count_noun_after(const scan *sc, size_t i);

/* A scale written after digits, attached or spaced: 2bn, 10k, $5m, 10 bln, 2.33 k, 1,674,200.5 M, 1MM.
 * Lower-case m is a million only after a currency or before a count noun ("1.2m people"; else metres). Returns
 * the end, or i when none. */
static size_t digit_scale(const scan *sc, size_t i, val *v)
{
    bool attached = alpha_at(sc, i);
    size_t j = attached ? i : skip_sp(sc, i);
    if (!attached && (j == i || j - i > 3))
        return i;
    word w;
    read_word(sc, j, &w);
    size_t n = w.end - w.start;
    const char *p = sc->s + w.start;
    double x = 0;
    if (n == 1 && (p[0] == 'k' || p[0] == 'K'))
        x = 1e3;
    else if (n == 1 && (p[0] == 'M' || (p[0] == 'm' && attached && (v->cur || count_noun_after(sc, w.end)))))
        x = 1e6; /* "$5m", "1.2m people" */
    else if (n == 1 && (p[0] == 'b' || p[0] == 'B') && attached)
        x = 1e9;
    else if (n == 2 && p[0] == 'M' && p[1] == 'M')
        x = 1e6;
    else if (w.kw && w.kw->type == W_SCALE && (w.kw->flags & F_ABBR))
        x = w.kw->val;
    if (x == 0 || at(sc, w.end) == '\'' || (at(sc, w.end) == '.' && alpha_at(sc, w.end + 1)))
        return i;
    v->v *= x;
    v->scaled = true;
    v->mult = x;
    return w.end;
}

/* "and a half", "and two thirds" after a cardinal: "3 million and a half" is 3.5 million, "five and a half
 * million" 5.5 million, "one billion and a half million" 1,000,500,000. */
static bool and_tail(const scan *sc, const card *c, val *v)
{
    double q, scale;
    size_t e = and_fraction(sc, c->end, &q);
    if (!e)
        return false;
    double base = card_value(c);
    size_t e2 = fraction_scale(sc, e, &scale);
    if (e2 && c->scale > scale)
        q *= scale, e = e2;
    else if (c->scale > 0)
        q *= c->scale;
    else if (e2)
        base *= scale, q *= scale, e = e2;
    v->v = base + q;
    v->end = e;
    v->decimal = true;
    return true;
}

/* Spelled scales after digits: "1.5 million", "322 hundred", "4 thousand 3 hundred and 21", "3 dozens". */
static size_t digit_words(const scan *sc, size_t i, val *v)
{
    word w;
    next_word(sc, i, &w);
    int t = wtype(&w);
    if (w.start == i && w.end > i)
        return i; /* attached letters are not spelled scales */
    if (t == W_DOZEN) {
        v->v *= 12;
        return w.end;
    }
    if (t != W_HUNDRED && !(t == W_SCALE && !(w.kw->flags & F_ABBR)))
        return i;
    card c = {.group = v->v, .tail = v->v, .last = W_UNIT, .end = i};
    if (t == W_HUNDRED) {
        c.group = v->v * 100;
        c.hundred = true;
        c.tail = 0;
        c.last = W_HUNDRED;
        c.end = w.end;
    }
    card_run(sc, &c);
    card_digits(sc, &c);
    v->v = card_value(&c);
    v->scaled = true;
    v->mult = c.scale > 0 ? c.scale : 100;
    v->end = c.end;
    and_tail(sc, &c, v);
    return v->end;
}

/* "2  1/4", "3/4", "-4/5": a slash fraction with a small denominator; dates (5/17/2018), 24/7 and 9/11 are
 * not fractions. Returns the end, 0 when the slash makes it no number at all, i when there is no slash. */
static size_t slash_fraction(const scan *sc, size_t i, val *v)
{
    size_t sl = at(sc, i) == '/' ? 1 : (at(sc, i) == 0xE2 && at(sc, i + 1) == 0x81 && at(sc, i + 2) == 0x84) ? 3 : 0;
    if (!sl) /* "/" or U+2044 FRACTION SLASH */
        return i;
    double d = 0;
    int n;
    size_t e = digit_run(sc, i + sl, &d, &n);
    if (n == 0 || n > 3 || at(sc, e) == '/' || alnum_at(sc, e) || (at(sc, e) == '.' && digit_at(sc, e + 1)))
        return 0;
    if (!v->plain || v->v >= d || d > 10 || v->ndig > 2)
        return 0;
    v->v = v->v / d;
    v->frac = true;
    v->plain = false;
    return e;
}

/* A mixed number "2  1/4" after plain digits ending at i. */
static size_t mixed_fraction(const scan *sc, size_t i, val *v)
{
    size_t j = skip_sp(sc, i);
    if (j == i || !digit_at(sc, j) || !v->plain)
        return i;
    val f = val_zero;
    size_t e = digit_literal((scan *)sc, j, &f);
    if (!f.plain || at(sc, e) != '/')
        return i;
    size_t k = slash_fraction(sc, e, &f);
    if (k == 0 || k == e)
        return i;
    v->v += f.v;
    v->plain = false;
    v->decimal = true;
    return k;
}

/* After digits: "st/nd/rd/th" make an ordinal, "s" a decade or plural (1990s): no number. Returns false when
 * the letters make it no number; *e moves past an ordinal suffix. */
static bool digit_suffix(const scan *sc, size_t *e, val *v)
{
    if (!alpha_at(sc, *e))
        return true;
    word w;
    read_word(sc, *e, &w);
    size_t n = w.end - w.start;
    const char *p = sc->s + w.start;
    if (n == 2 && v->plain &&
        (tally_ieq(p, 2, "st") || tally_ieq(p, 2, "nd") || tally_ieq(p, 2, "rd") || tally_ieq(p, 2, "th"))) {
        v->ordinal = true;
        *e = w.end;
        return true;
    }
    if (w.kw && (w.kw->type == W_MEAS || w.kw->type == W_CUR || w.kw->type == W_PCT || w.kw->type == W_CLOCK))
        return true;
    if ((at(sc, w.end) == '2' || at(sc, w.end) == '3') && !alnum_at(sc, w.end + 1) && n <= 2 &&
        (p[0] == 'm' || (w.kw && w.kw->type == W_MEAS)))
        return true; /* 32m2, 5km2 */
    if (n == 1 && strchr("mgWVAlLhtxpCF", p[0]) && !alnum_at(sc, w.end))
        return p[0] != 'x' || !digit_at(sc, w.end + 1);
    return false;
}

/* The digits path of value_at. */
/* "1.3x10^6", "6.23×10^-4": scientific notation with a times sign. */
static size_t times_ten(const scan *sc, size_t e, val *v)
{
    size_t k = at(sc, e) == 'x' ? e + 1 : (at(sc, e) == 0xC3 && at(sc, e + 1) == 0x97) ? e + 2 : e;
    if (k == e || at(sc, k) != '1' || at(sc, k + 1) != '0' || (at(sc, k + 2) != '^' && at(sc, k + 2) != 0xE2))
        return e;
    double ten = 10, ex = 0;
    size_t x = exponent(sc, k + 2, &ten);
    if (x == k + 2 && at(sc, k + 2) == 0xE2 && at(sc, k + 3) == 0x88 && at(sc, k + 4) == 0x92) {
        int nd; /* 1.99×10−30: a superscript lost in copying */
        x = digit_run(sc, k + 5, &ex, &nd);
        if (nd == 0 || nd > 3)
            return e;
        ten = pow(10, -ex);
    }
    if (x == k + 2)
        return e;
    v->v *= ten;
    v->plain = false;
    v->decimal = true;
    return x;
}

/* ¼ ½ ¾ ⅓ ⅔ …: the value of a vulgar fraction character at i (0 when none); *n its byte length. Its first byte
 * is tested inline (every value read asks, twice), the rest in vulgar_form. */
static double vulgar_form(const scan *sc, size_t i, size_t *n);
static inline double vulgar_at(const scan *sc, size_t i, size_t *n)
{
    return i < sc->len && (unsigned char)sc->s[i] >= 0xC2 ? vulgar_form(sc, i, n) : 0;
}

static double vulgar_form(const scan *sc, size_t i, size_t *n)
{
    static const double latin1[] = {0.25, 0.5, 0.75};
    static const double forms[] = {1.0 / 7, 1.0 / 9, 0.1, 1.0 / 3, 2.0 / 3, 0.2, 0.4, 0.6, 0.8, 1.0 / 6, 5.0 / 6,
                                   0.125, 0.375, 0.625, 0.875};
    if (at(sc, i) == 0xC2 && at(sc, i + 1) >= 0xBC && at(sc, i + 1) <= 0xBE) {
        *n = 2;
        return latin1[at(sc, i + 1) - 0xBC];
    }
    if (at(sc, i) == 0xE2 && at(sc, i + 1) == 0x85 && at(sc, i + 2) >= 0x90 && at(sc, i + 2) <= 0x9E) {
        *n = 3;
        return forms[at(sc, i + 2) - 0x90];
    }
    return 0;
}

static bool digits_value(scan *sc, size_t i, val *v)
{
    size_t e = digit_literal(sc, i, v);
    e = times_ten(sc, e, v);
    size_t vn;
    double vf = v->plain ? vulgar_at(sc, e, &vn) : 0;
    if (vf > 0) { /* 2½ */
        v->v += vf;
        v->plain = false;
        v->decimal = true;
        e += vn;
    }
    if (at(sc, e) == '.' && digit_at(sc, e + 1))
        return false; /* 192.168.1.2, 1.2.3: addresses and versions */
    if (at(sc, e) == ':' && digit_at(sc, e + 1))
        return false; /* 10:30 */
    size_t k = slash_fraction(sc, e, v);
    if (k == 0)
        return false;
    e = k;
    if (!v->frac) {
        e = mixed_fraction(sc, e, v);
        size_t s2 = digit_scale(sc, e, v);
        e = s2 != e ? s2 : digit_words(sc, e, v);
    }
    if (!digit_suffix(sc, &e, v))
        return false;
    v->end = e;
    return true;
}

/* Longest vague phrase (data/vague.tsv) starting at i. Returns its end (0 when none). */
static size_t vague_at(const scan *sc, size_t i, const vague_row **best)
{
    size_t best_end = 0;
    word first;
    read_word(sc, i, &first);
    for (size_t r = 0; r < sizeof vague_rows / sizeof vague_rows[0]; r++) {
        const vague_row *row = &vague_rows[r];
        if (!wis(sc, &first, row->w[0]))
            continue;
        size_t j = first.end;
        int k = 1;
        for (; k < row->n; k++) {
            word w;
            size_t p = skip_sp(sc, j);
            if (p == j)
                break;
            read_word(sc, p, &w);
            if (!wis(sc, &w, row->w[k]))
                break;
            j = w.end;
        }
        if (k == row->n && j > best_end) {
            best_end = j;
            *best = row;
        }
    }
    return best_end;
}

static bool vague_value(const scan *sc, size_t i, val *v)
{
    const vague_row *row = NULL;
    size_t e = vague_at(sc, i, &row);
    if (!e)
        return false;
    word w;
    next_word(sc, e, &w);
    if (wtype(&w) == W_SCALE || wtype(&w) == W_HUNDRED || wtype(&w) == W_DOZEN)
        return false; /* "several hundred" is its own row; "a couple million" is left alone */
    if (row->n == 1 && tally_ieq(row->w[0], 6, "scores") && !wis(sc, &w, "of"))
        return false; /* "he scores": a verb, unless "scores of" */
    v->vague = true;
    v->lo = row->low;
    v->hi = row->high;
    v->v = row->low;
    v->bound = row->bound;
    v->approx = true;
    v->end = e;
    return true;
}

/* Fractions, dozens and spelled decimals after a spelled cardinal c. */
static void card_tail(const scan *sc, card *c, val *v)
{
    double q, scale;
    size_t e;
    word w;
    next_word(sc, c->end, &w);
    if (wtype(&w) == W_DOZEN && (c->last == W_UNIT || c->last == W_TEEN || c->last == W_TENS || c->last == W_A)) {
        c->group += c->tail * 11;
        c->end = w.end;
    }
    v->v = card_value(c);
    v->end = c->end;
    /* "two people": no keyword after the cardinal, so no fraction, "and a half" or "point five" (most counts) */
    bool hy;
    word a;
    if (!v->frac && wtype(&w) == W_NONE && atom_at(sc, joiner(sc, c->end, &hy), &a) == W_NONE)
        return;
    if ((e = fraction_after(sc, c, &q)) != 0) {
        v->v = q;
        v->frac = true;
        v->end = e;
    } else if (!and_tail(sc, c, v)) {
        v->end = spelled_decimals(sc, c->end, &v->v);
    }
    if (v->frac && (e = fraction_scale(sc, v->end, &scale)) != 0) {
        v->v *= scale;
        v->frac = false;
        v->end = e;
    }
}

/* "twenty-first", "twenty first": a compound ordinal at a tens word. */
static bool compound_ordinal(const scan *sc, const word *w, val *v)
{
    bool hy;
    word o;
    size_t j = joiner(sc, w->end, &hy);
    if (atom_at(sc, j, &o) != W_ORD || o.kw->val >= 10 || (o.kw->flags & F_PLURAL))
        return false;
    v->v = w->kw->val + o.kw->val;
    v->ordinal = true;
    v->end = o.end;
    return true;
}

/* half / quarter at the start: "half a million", "quarter million", "half of". */
static bool half_value(const scan *sc, const word *w, val *v)
{
    double scale;
    size_t e = fraction_scale(sc, w->end, &scale);
    if (e) {
        v->v = scale / w->kw->val;
        v->end = e;
        return true;
    }
    if (w->kw->type != W_HALF || (w->kw->flags & F_PLURAL))
        return false;
    word n, p;
    next_word(sc, w->end, &n);
    prev_word(sc, w->start, sc->floor, &p);
    if (!(wis(sc, &n, "of") || wis(sc, &n, "the") || wis(sc, &p, "than") || wis(sc, &p, "nearly") ||
          wis(sc, &p, "almost") || wis(sc, &p, "about") || wis(sc, &p, "over") || wis(sc, &p, "roughly") ||
          wis(sc, &p, "around") || wis(sc, &p, "under")))
        return false;
    v->v = 0.5;
    v->frac = true;
    v->end = w->end;
    return true;
}

/* The words path of value_at: w is the keyword at i. */
static bool words_value(scan *sc, const word *w, val *v)
{
    int t = w->kw->type;
    v->words = true;
    v->end = w->end;
    card c = {.end = w->start, .last = W_NONE};
    if (t == W_A || t == W_VAGUE || (t == W_DOZEN && (w->kw->flags & F_PLURAL))) {
        if (vague_value(sc, w->start, v))
            return true;
        if (t != W_A)
            return false;
        word n;
        next_word(sc, w->end, &n);
        int nt = wtype(&n);
        if (nt != W_HUNDRED && nt != W_DOZEN && !(nt == W_SCALE && !(n.kw->flags & F_ABBR)) && nt != W_HALF &&
            nt != W_QUARTER && !(nt == W_ORD && n.kw->val >= 3) && nt != W_TENS)
            return false;
        if (nt == W_ORD && dash_at(sc, n.end) && alpha_at(sc, n.end + 1))
            return false; /* "a third-party tool", "a fifth-generation jet": an ordinal in a compound */
        c.group = c.tail = 1;
        c.last = W_A;
        c.end = w->end;
        if (nt == W_HUNDRED || nt == W_SCALE)
            card_run(sc, &c);
        card_tail(sc, &c, v);
        return v->end > w->end;
    }
    if (t == W_TENS && compound_ordinal(sc, w, v))
        return true;
    if (t == W_ORD) {
        v->v = w->kw->val;
        v->ordinal = !(w->kw->flags & F_PLURAL);
        return v->ordinal;
    }
    if (t == W_HALF || t == W_QUARTER)
        return half_value(sc, w, v);
    if (!small_atom(t) && t != W_HUNDRED)
        return false;
    card_run(sc, &c);
    card_tail(sc, &c, v);
    return true;
}

/* Ratios after a value: "one in three", "2 in 5", "one out of three", "1 over 3" (a share), or "2000 over 3"
 * (a quotient, at the end of a phrase only). Returns true when one was read. */
static bool ratio(scan *sc, val *v)
{
    size_t j0 = skip_sp(sc, v->end);
    if (j0 == v->end || (at(sc, j0) != 'i' && at(sc, j0) != 'o'))
        return false;
    word w;
    read_word(sc, j0, &w);
    bool over = wis(sc, &w, "over");
    if (!(wis(sc, &w, "in") || over || wis(sc, &w, "out")))
        return false;
    if (wis(sc, &w, "out")) {
        next_word(sc, w.end, &w);
        if (!wis(sc, &w, "of"))
            return false;
    }
    size_t j = skip_sp(sc, w.end);
    val d = val_zero;
    word n;
    read_word(sc, j, &n);
    bool ok = digit_at(sc, j) ? digits_value(sc, j, &d) : (n.kw && small_atom(n.kw->type) && words_value(sc, &n, &d));
    if (!ok || d.frac || d.ordinal || d.v <= 0 || v->frac || v->v < 0)
        return false;
    if (over) {
        word a;
        next_word(sc, d.end, &a);
        if (a.end > a.start || v->cur)
            return false;
    } else if (v->v >= d.v || (d.plain && d.ndig == 4) || v->decimal || d.decimal) {
        return false;
    }
    v->v = v->v / d.v;
    v->frac = !over || v->v < 1;
    v->end = d.end;
    return true;
}

/* ===== units after a value: share, money, measure; times and dates reject ===== */

/* Currency symbol ending at i (spaces skipped): "$", "US$", "US $", "A$", "£", "€", "¥", "₹", "₽", "₴", "Rs",
 * "USD". Returns its start, or i when none. */
/* A currency code written against the digits at i: USD10m, $US55,931,000, $A82,615,680, RM23.50, PS2.7m (a
 * mangled £). PS must precede a decimal, grouped or scaled number (else it is PS5, a product). Returns the
 * code's start, or i. */
static size_t currency_code(const scan *sc, size_t i)
{
    static const char *const codes[] = {"USD", "US", "EUR", "GBP", "RM", "Rs", "PS", "A", "C", "NZ", "HK", "S",
                                        "R", "Rp", "CHF", "JPY", "INR", "CNY", "RMB", "AUD", "CAD", "NZD", "SGD"};
    size_t st = i;
    while (st > sc->floor && tally_is_alpha((unsigned char)sc->s[st - 1]) && i - st < 4)
        st--;
    if (st == i || (st > sc->floor && alnum_at(sc, st - 1)))
        return i;
    for (size_t k = 0; k < sizeof codes / sizeof codes[0]; k++) {
        if (strlen(codes[k]) != i - st || memcmp(sc->s + st, codes[k], i - st) != 0)
            continue;
        if (k == 6 || ((k == 7 || k == 8 || k == 11 || k == 12) && !(st > sc->floor && sc->s[st - 1] == '$'))) {
            size_t j = i; /* PS, and the one-letter codes without a $, need a money-looking number */
            while (digit_at(sc, j))
                j++;
            if (!((at(sc, j) == '.' || at(sc, j) == ',') && digit_at(sc, j + 1)) && !alpha_at(sc, j))
                return i;
        }
        return st > sc->floor && sc->s[st - 1] == '$' ? st - 1 : st;
    }
    return i;
}

static size_t currency_before(const scan *sc, size_t i)
{
    size_t j = i;
    if (j > sc->floor && sc->s[j - 1] == ' ')
        j--;
    if (j > sc->floor && sc->s[j - 1] == '$') {
        size_t st = j - 1, k = st;
        if (k > sc->floor && sc->s[k - 1] == ' ')
            k--;
        size_t u = k;
        while (u > sc->floor && tally_is_upper((unsigned char)sc->s[u - 1]) && k - u < 3)
            u--;
        return (u < k && (u == sc->floor || !alnum_at(sc, u - 1))) ? u : st;
    }
    size_t code = i > sc->floor && tally_is_alpha((unsigned char)sc->s[i - 1]) ? currency_code(sc, i) : i;
    if (code < i) /* a code glued to the digits ("USD10"): none when no letter ends right before them */
        return code;
    int c = j > sc->floor ? (unsigned char)sc->s[j - 1] : 0;
    if (c < 0x80 && c != 's' && c != '.' && c != 'D' && c != 'R' && c != 'P' && c != '=')
        return i; /* no symbol ends with this byte: most numbers stop here */
#define SYM(x) {x, sizeof x - 1}
    static const struct {
        const char *s;
        size_t n;
    } sym[] = {SYM("\xC2\xA3"), SYM("\xE2\x82\xAC"), SYM("\xC2\xA5"), SYM("\xE2\x82\xB9"), SYM("\xE2\x82\xBD"),
               SYM("\xE2\x82\xB4"), SYM("Rs."), SYM("Rs"), SYM("USD"), SYM("EUR"), SYM("GBP"), SYM("Y=")};
#undef SYM
    for (size_t k = 0; k < sizeof sym / sizeof sym[0]; k++) {
        size_t n = sym[k].n;
        if ((unsigned char)sym[k].s[n - 1] != c) /* the last byte first: "was 14" tests no memcmp */
            continue;
        if (j >= sc->floor + n && memcmp(sc->s + j - n, sym[k].s, n) == 0 &&
            (!tally_is_alpha((unsigned char)sym[k].s[0]) || j == sc->floor + n || !alpha_at(sc, j - n - 1)))
            return j - n;
    }
    return i;
}

static void set_unit(val *v, tally_numkind k, size_t us, size_t ue)
{
    v->kind = k;
    if (v->ustart == v->uend)
        v->ustart = us;
    v->uend = ue;
}

/* "per cent", "percentage points", "%" after a value at i. Returns the end or i. */
static size_t share_unit(const scan *sc, size_t i, val *v)
{
    size_t j = skip_sp(sc, i);
    if (at(sc, j) == '%') {
        if (digit_at(sc, j + 1) && (digit_at(sc, j + 2) || (at(sc, j + 2) >= 'A' && at(sc, j + 2) <= 'F')))
            return 0; /* %25 %2D: a URL's escapes, not a share */
        set_unit(v, TALLY_NUM_SHARE, j, j + 1);
        return j + 1;
    }
    word w;
    read_word(sc, j, &w);
    if (wtype(&w) == W_PER) {
        word c;
        next_word(sc, w.end, &c);
        if (!wis(sc, &c, "cent"))
            return i;
        w.end = c.end;
    } else if (wtype(&w) != W_PCT && !(w.start == i && (wis(sc, &w, "pc") || wis(sc, &w, "pct")))) {
        return i;
    }
    size_t e = w.end;
    word p;
    next_word(sc, e, &p);
    if (wis(sc, &p, "points") || wis(sc, &p, "point"))
        e = p.end;
    set_unit(v, TALLY_NUM_SHARE, j, e);
    return e;
}

/* Compound measure tails: "km/h", "miles per hour", "$ per gram" stay in the unit span. */
static size_t unit_tail(const scan *sc, size_t e)
{
    if (at(sc, e) == '/' && alpha_at(sc, e + 1)) {
        word w;
        read_word(sc, e + 1, &w);
        if (w.end - w.start <= 4)
            return w.end;
    }
    word p, u;
    next_word(sc, e, &p);
    if (wis(sc, &p, "per")) {
        next_word(sc, p.end, &u);
        if (wtype(&u) == W_MEAS || wis(sc, &u, "barrel") || wis(sc, &u, "gallon") || wis(sc, &u, "share"))
            return u.end;
    }
    return e;
}

/* A currency or measure word after a value at i (attached, spaced, or after a hyphen: "50-year-old"). */
static size_t word_unit(const scan *sc, size_t i, val *v)
{
    size_t j = skip_sp(sc, i);
    size_t d = dash_at(sc, j);
    if (j == i && d)
        j += d;
    if (at(sc, j) == 0xC2 && at(sc, j + 1) == 0xB0) { /* 2°, 2 °C, 45°F */
        size_t e = j + 2 + ((at(sc, j + 2) == 'C' || at(sc, j + 2) == 'F') && !alnum_at(sc, j + 3));
        set_unit(v, TALLY_NUM_MEASURE, j, e);
        return e;
    }
    word w;
    read_word(sc, j, &w);
    size_t n = w.end - w.start;
    if (n == 0)
        return i;
    if (w.kw && w.kw->type == W_CUR && !(d && j > i)) {
        bool weight = (wis(sc, &w, "pounds") || wis(sc, &w, "pound")) && !v->scaled && !v->cur;
        set_unit(v, weight ? TALLY_NUM_MEASURE : TALLY_NUM_MONEY, w.start, w.end);
        return w.end;
    }
    if (j == i && n == 1 && sc->s[j] == 'p') { /* 180p: pence */
        set_unit(v, TALLY_NUM_MONEY, w.start, w.end);
        return w.end;
    }
    bool meas = w.kw && w.kw->type == W_MEAS;
    if (!meas && j == i && n == 1 && strchr("mgWVAlLhCF", sc->s[j]))
        meas = true;
    if (!meas && j == i && n <= 3 && (wis(sc, &w, "kW") || wis(sc, &w, "GW") || wis(sc, &w, "MW")))
        meas = true;
    if (!meas && tally_is_upper((unsigned char)sc->s[w.start]) && !(d && j > i)) {
        word c; /* "Australian dollars", "Danish crowns" */
        next_word(sc, w.end, &c);
        if (wtype(&c) == W_CUR && !wis(sc, &c, "cent") && !wis(sc, &c, "cents")) {
            set_unit(v, TALLY_NUM_MONEY, w.start, c.end);
            return c.end;
        }
    }
    if (!meas || (wis(sc, &w, "second") && !v->plain))
        return i;
    if ((wis(sc, &w, "sq") || wis(sc, &w, "square") || wis(sc, &w, "cubic"))) {
        word m;
        next_word(sc, w.end, &m);
        if (wtype(&m) == W_MEAS)
            w.end = m.end;
    }
    if (j == i && (at(sc, w.end) == '2' || at(sc, w.end) == '3') && !alnum_at(sc, w.end + 1))
        w.end++; /* m2, km3 */
    if (at(sc, w.end) == '-' && w.end + 4 <= sc->len && tally_ieq(sc->s + w.end + 1, 3, "old") && !alpha_at(sc, w.end + 4))
        w.end += 4; /* 21-year-old: an age */
    size_t e = unit_tail(sc, w.end);
    set_unit(v, TALLY_NUM_MEASURE, w.start, e);
    return e;
}

/* Is the value a time of day (5am, 10.45pm, 3 p.m., 18:00 GMT)? */
static bool clock_after(const scan *sc, const word *w)
{
    size_t j = w->start;
    if (wtype(w) == W_CLOCK && !wis(sc, w, "hrs"))
        return true;
    return w->end == w->start + 1 && (at(sc, j) == 'a' || at(sc, j) == 'p') && at(sc, j + 1) == '.' &&
           (at(sc, j + 2) == 'm' || at(sc, j + 2) == 'M');
}

/* Is a capitalised month name at word w (or "Dec." etc.)? */
static inline bool month_word(const scan *sc, const word *w)
{
    return wtype(w) == W_MONTH && upper_at(sc, w->start) &&
           (w->end - w->start > 3 || at(sc, w->end) == '.' || wis(sc, w, "may") || w->end - w->start == 3);
}

/* A month after the value: "14 December", "14th of December". */
static bool month_after(const scan *sc, const word *nw)
{
    word w = *nw;
    if (wis(sc, &w, "of"))
        next_word(sc, w.end, &w);
    return month_word(sc, &w);
}

/* The unit after the value: sets the kind, unit span and mention end. False when the value is no quantity
 * (a clock time, a date, a URL escape). */
static bool unit_after(const scan *sc, val *v)
{
    word nw;
    next_word(sc, v->end, &nw);
    if (month_after(sc, &nw))
        return false;
    if (v->ordinal)
        return true;
    if (clock_after(sc, &nw))
        return false;
    /* "14 people": a lower-case word that is no keyword, after a space, names no unit (share_unit and word_unit
     * read it to no avail) */
    bool plain = !nw.kw && nw.start > v->end && nw.end > nw.start && tally_is_lower((unsigned char)sc->s[nw.start]);
    size_t e = plain ? v->end : share_unit(sc, v->end, v);
    if (e == 0)
        return false;
    if (e == v->end && !plain)
        e = word_unit(sc, v->end, v);
    v->mend = e;
    if (v->frac && v->kind == TALLY_NUM_COUNT && v->v <= 1)
        v->kind = TALLY_NUM_SHARE; /* a third, two thirds: shares, in percent */
    return true;
}

/* ===== bound words ===== */



typedef struct pre {
    int bound;       /* a tally_bound, PRE_*, or PRE_NONE */
    size_t start;    /* where the bound words start */
    size_t from;     /* "between"/"from" before the bound words, else = start */
    bool neg;        /* minus / negative */
    size_t sign;     /* where the sign starts (the value's own span includes it) */
} pre;

#define LOOKBACK 6

/* Collects up to max words before i (only spaces between them), nearest first, on from the n in ws. */
static int words_before(const scan *sc, size_t i, word *ws, int n, int max)
{
    if (n > 0)
        i = ws[n - 1].start;
    while (n < max) {
        prev_word(sc, i, sc->floor, &ws[n]);
        if (ws[n].end == ws[n].start)
            break;
        i = ws[n].start;
        n++;
    }
    return n;
}

/* Can a bound phrase end with the word w? (Most words before a number cannot: one check, no look-back.) */
static bool may_end_phrase(const word *w)
{
    return w->kw && (w->kw->flags & F_BOUNDEND);
}

/* The longest phrase ending at words ws[k..]; returns its length, 0 when none. */
static int match_phrase(const scan *sc, const word *ws, int n, int k, int *bound)
{
    int best = 0;
    if (k >= n)
        return 0;
    /* the phrases whose last word starts with the word's first two letters (one bucket of its first letter
     * held 41 phrases, 28 of them ending with "than": callgrind, match_phrase 3.06 M -> 1.98 M) */
    unsigned char c = tally_lower((unsigned char)sc->s[ws[k].start]);
    unsigned char c1 = ws[k].end - ws[k].start > 1 ? tally_lower((unsigned char)sc->s[ws[k].start + 1]) : 'a' + 26;
    if (c < 'a' || c > 'z' || c1 < 'a' || c1 > 'a' + 26)
        return 0;
    unsigned b = (unsigned)(c - 'a') * 27 + (c1 - 'a');
    for (unsigned p = phrase_from[b]; p < phrase_from[b + 1]; p++) {
        const phrase *ph = &pre_phrases[p];
        if (ph->n <= best || ph->n > n - k)
            continue;
        int m = 0;
        while (m < ph->n && wis(sc, &ws[k + m], ph->w[ph->n - 1 - m]))
            m++;
        if (m == ph->n) {
            best = ph->n;
            *bound = ph->bound;
        }
    }
    return best;
}

/* Comparison signs right before i: > < >= <= "< =" ~ ≥ ≤. Returns the bound or PRE_NONE; *st its start. */
static int sign_before(const scan *sc, size_t i, size_t *st)
{
    size_t j = i;
    while (j > sc->floor && sc->s[j - 1] == ' ')
        j--;
    if (j >= sc->floor + 3 && (unsigned char)sc->s[j - 3] == 0xE2 && (unsigned char)sc->s[j - 2] == 0x89 &&
        ((unsigned char)sc->s[j - 1] == 0xA5 || (unsigned char)sc->s[j - 1] == 0xA4)) {
        *st = j - 3;
        return (unsigned char)sc->s[j - 1] == 0xA5 ? TALLY_BOUND_GE : TALLY_BOUND_LE;
    }
    if (j == sc->floor)
        return PRE_NONE;
    int c = sc->s[j - 1];
    if (c == '~') {
        *st = j - 1;
        return TALLY_BOUND_APPROX;
    }
    bool eq = c == '=';
    size_t k = j - 1;
    if (eq)
        while (k > sc->floor && sc->s[k - 1] == ' ')
            k--;
    int d = eq ? (k > sc->floor ? sc->s[k - 1] : 0) : c;
    if (d != '<' && d != '>')
        return PRE_NONE;
    size_t s0 = eq ? k - 1 : j - 1;
    if (s0 > sc->floor && strchr("<>=", sc->s[s0 - 1]))
        return -2; /* <>30, =>30: no reading */
    *st = s0;
    return d == '>' ? (eq ? TALLY_BOUND_GE : TALLY_BOUND_GT) : (eq ? TALLY_BOUND_LE : TALLY_BOUND_LT);
}

/* The bound words before the value starting at i. */
static pre pre_bound(const scan *sc, size_t i)
{
    pre p = {.bound = PRE_NONE, .start = i, .from = i};
    size_t st;
    int sb = sign_before(sc, i, &st);
    if (sb == -2) {
        p.bound = -2;
        return p;
    }
    if (sb != PRE_NONE) {
        p.bound = sb;
        p.start = p.from = st;
        i = st;
    }
    word ws[LOOKBACK];
    if (sb == PRE_NONE && i > sc->floor + 1 && sc->s[i - 1] == '-') {
        word m; /* minus-5 yards */
        prev_word(sc, i - 1, sc->floor, &m);
        if (m.end == i - 1 && wtype(&m) == W_MINUS) {
            p.neg = true;
            p.start = p.from = p.sign = m.start;
            i = m.start;
        }
    }
    int n = words_before(sc, i, ws, 0, 1), k = 0;
    if (n == 1 && wtype(&ws[0]) != W_MINUS && !may_end_phrase(&ws[0]))
        return p;
    int need = n == 1 && ws[0].kw ? (ws[0].kw->flags >> F_LENSHIFT) + 2 : LOOKBACK; /* + between/from, minus */
    n = n ? words_before(sc, i, ws, n, need < LOOKBACK ? need : LOOKBACK) : 0;
    if (sb == PRE_NONE && n > 0 && wtype(&ws[0]) == W_MINUS) {
        p.neg = true;
        p.start = p.from = p.sign = ws[0].start;
        k = 1;
    }
    int b = PRE_NONE;
    int m = sb == PRE_NONE ? match_phrase(sc, ws, n, k, &b) : 0;
    if (m) {
        p.bound = b;
        p.start = p.from = ws[k + m - 1].start;
        k += m;
    }
    int b2 = PRE_NONE;
    if (p.bound != PRE_BETWEEN && p.bound != PRE_FROM && match_phrase(sc, ws, n, k, &b2) == 1 &&
        (b2 == PRE_BETWEEN || b2 == PRE_FROM))
        p.from = ws[k].start;
    return p;
}

/* Bound words after the value: or more, -plus, +, or less, or so, -odd; "or equal (to)" after a strict sign.
 * Returns the end (i when none); *b is the bound. */
static size_t post_bound(const scan *sc, size_t i, int cur, int *b)
{
    if (at(sc, i) == '+' && !alnum_at(sc, i + 1)) {
        *b = TALLY_BOUND_GE;
        return i + 1;
    }
    size_t d = dash_at(sc, i);
    word w, x, y;
    read_word(sc, i + d, &w);
    if (d && (wis(sc, &w, "plus") || wis(sc, &w, "odd"))) {
        *b = wis(sc, &w, "plus") ? TALLY_BOUND_GE : TALLY_BOUND_APPROX;
        return w.end;
    }
    next_word(sc, i, &w);
    if (wis(sc, &w, "plus") && cur == PRE_NONE) {
        *b = TALLY_BOUND_GE;
        return w.end;
    }
    if (!wis(sc, &w, "or") && !wis(sc, &w, "and"))
        return i;
    next_word(sc, w.end, &x);
    next_word(sc, x.end, &y);
    bool lt = cur == TALLY_BOUND_LT, gt = cur == TALLY_BOUND_GT;
    if ((lt || gt) && wis(sc, &w, "or") && wis(sc, &x, "equal")) {
        size_t e = wis(sc, &y, "to") ? y.end : x.end;
        word z;
        next_word(sc, e, &z);
        if (digit_at(sc, z.start) || (z.kw && small_atom(z.kw->type)))
            return i; /* "more than 5000 or equal to 6000": two mentions */
        *b = lt ? TALLY_BOUND_LE : TALLY_BOUND_GE;
        return e;
    }
    if (cur != PRE_NONE && cur != TALLY_BOUND_APPROX && cur != TALLY_BOUND_EQ)
        return i;
    size_t e = x.end;
    bool than = wis(sc, &y, "than");
    if (than) {
        word z;
        next_word(sc, y.end, &z);
        if (digit_at(sc, z.start) || (z.kw && (small_atom(z.kw->type) || z.kw->type == W_A)))
            return i; /* "200 or greater than 190": the bound belongs to 190 */
        e = y.end;
    }
    if (wis(sc, &x, "more") || wis(sc, &x, "above") || wis(sc, &x, "greater") || wis(sc, &x, "higher") ||
        (wis(sc, &x, "over") && !digit_at(sc, y.start)) || (wis(sc, &w, "and") && wis(sc, &x, "up"))) {
        *b = TALLY_BOUND_GE;
        return e;
    }
    if (wis(sc, &x, "less") || wis(sc, &x, "fewer") || wis(sc, &x, "below") || wis(sc, &x, "lower") ||
        (wis(sc, &x, "under") && !digit_at(sc, y.start))) {
        *b = TALLY_BOUND_LE;
        return e;
    }
    if (wis(sc, &w, "or") && wis(sc, &x, "so")) {
        *b = TALLY_BOUND_APPROX;
        return x.end;
    }
    return i;
}

/* ===== one mention: value, unit, range, bounds, filters ===== */

static bool value_at(scan *sc, size_t i, val *v);

/* A sign right before a digit at i: "-1", "−5" (not a hyphen inside a word or a range). Returns its start. */
static inline size_t sign_start(const scan *sc, size_t i)
{
    size_t d = 0;
    if (i > sc->floor && sc->s[i - 1] == '-')
        d = 1;
    else if (i >= sc->floor + 3 && memcmp(sc->s + i - 3, "\xE2\x88\x92", 3) == 0)
        d = 3;
    if (!d) {
        size_t j = i; /* "- 10 k" at the start of a text or line */
        while (j > sc->floor && j + 2 > i && sc->s[j - 1] == ' ')
            j--;
        if (j < i && j > sc->floor && sc->s[j - 1] == '-' && (j - 1 == 0 || sc->s[j - 2] == '\n'))
            return j - 1;
        return i;
    }
    size_t j = i - d;
    if (j > 0 && (alnum_at(sc, j - 1) || sc->s[j - 1] == '-' || sc->s[j - 1] == '.' || sc->s[j - 1] == ','))
        return i;
    return j;
}

/* Is the short unit a[0..na) the initials of the words of b[0..nb)? "mpg" and "miles per gallon", "kph" and
 * "kilometres per hour". */
static bool initials(const char *a, size_t na, const char *b, size_t nb)
{
    size_t k = 0;
    for (size_t i = 0; i < nb; i++)
        if (tally_is_alpha((unsigned char)b[i]) && (i == 0 || b[i - 1] == ' ')) {
            if (k >= na || tally_lower((unsigned char)b[i]) != tally_lower((unsigned char)a[k]))
                return false;
            k++;
        }
    return k == na && na >= 2;
}

/* Same unit on both sides of a range? A second's unit carries to a first that has none ("5 to 7 per cent");
 * two different units ("19 cents to $58.24", "4 per cent to $13.60") make two numbers, not a range. */
static bool units_agree(const scan *sc, const val *a, const val *b)
{
    bool ua = a->uend > a->ustart || a->cur, ub = b->uend > b->ustart || b->cur;
    if (!ua || !ub)
        return true;
    if (a->kind != b->kind || (a->uend > a->ustart) != (b->uend > b->ustart))
        return false;
    size_t na = a->uend - a->ustart, nb = b->uend - b->ustart;
    const char *sa = sc->s + a->ustart, *sb = sc->s + b->ustart;
    if (a->kind == TALLY_NUM_MEASURE && (na < nb ? initials(sa, na, sb, nb) : initials(sb, nb, sa, na)))
        return true;
    if (na != nb)
        return a->kind == TALLY_NUM_SHARE;
    for (size_t k = 0; k < na; k++)
        if (tally_lower((unsigned char)sc->s[a->ustart + k]) != tally_lower((unsigned char)sc->s[b->ustart + k]))
            return a->kind == TALLY_NUM_SHARE;
    return true;
}

/* The joiner of a range after the first value: a dash, "to", "through", "and" (after between), "or" (two or
 * three). Returns the position of the second value, or 0. *kind: 1 dash, 2 word, 3 "or". */
static size_t range_joiner(const scan *sc, size_t i, bool between, int *kind)
{
    size_t j = skip_sp(sc, i);
    size_t d = dash_at(sc, j);
    if (d) {
        *kind = 1;
        size_t k = skip_sp(sc, j + d);
        if (at(sc, k) == '$' || digit_at(sc, k) || (at(sc, k) == '~'))
            return at(sc, k) == '~' ? k + 1 : k;
        return (k > j + d || j > i) ? k : 0; /* "twenty - thirty" */
    }
    if (at(sc, j) == '~' && digit_at(sc, j + 1)) {
        *kind = 1;
        return j + 1;
    }
    word w;
    read_word(sc, j, &w);
    bool and = wis(sc, &w, "and");
    if (!(wis(sc, &w, "to") || wis(sc, &w, "through") || wis(sc, &w, "or") || (and && between)))
        return 0;
    *kind = wis(sc, &w, "or") ? 3 : 2;
    if (wis(sc, &w, "to") && at(sc, w.end) == '-' && digit_at(sc, w.end + 1))
        return w.end + 1; /* "200,000 to-260,000 year-old": a stray hyphen */
    return skip_sp(sc, w.end);
}

/* Past the token at i: letters, digits and the punctuation that joins them in ids, dates and addresses. */
static size_t skip_token(const scan *sc, size_t i)
{
    size_t j = i;
    while (j < sc->len && (alnum_at(sc, j) || strchr(".,:/-+%_", sc->s[j]) != NULL) && sc->s[j] != '\0') {
        if ((sc->s[j] == '.' || sc->s[j] == ',') && !alnum_at(sc, j + 1))
            break;
        j++;
    }
    return j > i ? j : i + 1;
}

/* A word that states a change before its amount: "rose $1.20 to $70.50", "up 5% to 10%". */
static bool change_word(const scan *sc, const word *w)
{
    static const char *const verbs[] = {
        "up", "down", "rose", "fell", "gained", "lost", "added", "shed", "jumped", "climbed", "dropped", "declined",
        "slipped", "slid", "surged", "soared", "tumbled", "plunged", "rallied", "advanced", "eased", "edged",
        "sank", "dipped", "grew", "increased", "decreased", "rising", "falling", "gaining", "losing", "adding"};
    for (size_t k = 0; k < sizeof verbs / sizeof verbs[0]; k++)
        if (wis(sc, w, verbs[k]))
            return true;
    return false;
}

/* A clock time or a year inside a gap: "10.45pm", "5am", "2008". */
static bool gap_number(const scan *sc, size_t i, size_t e)
{
    size_t n = e - i;
    if (n == 4 && (sc->s[i] == '1' || sc->s[i] == '2') && digit_at(sc, i + 3))
        return true;
    if (memchr(sc->s + i, ':', n))
        return true;
    return n >= 3 && (tally_ieq(sc->s + e - 2, 2, "am") || tally_ieq(sc->s + e - 2, 2, "pm"));
}

/* "from 20 mpg in 2008 to 29", "from $75 U.S. per barrel to $45.88": after "from X", a few words (an
 * adjunct: a year, a time, a unit's tail) before "to". Returns the position after "to", or 0. Stops at
 * clause punctuation, at a conjunction and at any other number. */
static size_t gap_to(const scan *sc, size_t i)
{
    size_t j = i;
    for (int n = 0; n < 6; n++) {
        j = skip_sp(sc, j);
        if (digit_at(sc, j)) {
            size_t e = skip_token(sc, j);
            if (!gap_number(sc, j, e))
                return 0;
            j = e;
            continue;
        }
        word w;
        read_word(sc, j, &w);
        if (w.end == w.start || wis(sc, &w, "and") || wis(sc, &w, "or") || wis(sc, &w, "but") || wis(sc, &w, "from"))
            return 0;
        if (wis(sc, &w, "to"))
            return n > 0 ? w.end : 0;
        j = w.end;
        bool abbr = alpha_at(sc, j + 1) || (at(sc, j + 1) == ' ' && tally_is_lower((unsigned char)at(sc, j + 2)));
        if (at(sc, j) == '.' && abbr)
            j++; /* "U.S. per barrel" */
    }
    return 0;
}

/* "from" before the bound words: "from about 14 to 18". */
static bool from_before(const scan *sc, const pre *p)
{
    word w;
    read_word(sc, p->from, &w);
    return p->from < p->start && wis(sc, &w, "from");
}

static bool month_before(const scan *sc, size_t i);

/* Tries to read "X-Y", "X to Y", "between X and Y", "two or three" after the first value v; after "from"
 * (from), also "from X ... to Y" with a short adjunct between, and a fall ("from 208 to 193") as the
 * interval it spans. */
static bool range_after(scan *sc, val *v, bool between, bool from)
{
    int kind = 0;
    size_t j = range_joiner(sc, v->mend, between, &kind);
    if (!j && from && !v->vague && !v->ordinal && (j = gap_to(sc, v->mend)) != 0) {
        kind = 2;
        j = skip_sp(sc, j);
    }
    if (!j || v->vague || v->ordinal)
        return false;
    val b = val_zero;
    if (at(sc, j) == '$') {
        b.cur = true;
        j = skip_sp(sc, j + 1);
    }
    if (!value_at(sc, j, &b) || b.vague || b.ordinal || b.frac != v->frac || !unit_after(sc, &b))
        return false;
    if (kind == 1 && (at(sc, b.mend) == '-' || at(sc, b.mend) == '/') && digit_at(sc, b.mend + 1)) {
        v->reject = true; /* 222-2222-2222, 2024-12-19: phone numbers and dates */
        return false;
    }
    if (kind == 1 && b.plain && b.ndig >= 2 && sc->s[b.start] == '0')
        return false; /* 1995-01 */
    if (kind == 3 && (b.v > 100 || b.words != v->words || b.decimal || v->decimal))
        return false;
    if (kind == 2 && v->plain && v->ndig == 4 && v->v >= 1800 && v->v <= 2100 && !v->cur && v->ustart == v->uend &&
        b.v >= 100 * v->v)
        return false; /* a year, then a figure: "losses since February 2022 to 712,000" */
    if (kind == 2 && v->plain && v->ndig <= 2 && v->v <= 31 && b.v > 31 && !v->cur && v->ustart == v->uend &&
        month_before(sc, v->mstart))
        return false; /* a date's day, then a figure: "the dead since January 1 to 45" */
    word by;
    prev_word(sc, v->mstart, sc->floor, &by);
    bool change = wis(sc, &by, "by") || (!from && !between && change_word(sc, &by));
    if (kind == 2 && change && (v->cur || v->ustart < v->uend) && (b.cur || b.ustart < b.uend) && v->scaled == b.scaled)
        return false; /* "increased by $43.6 billion to $419.2 billion", "Brent rose $1.20 to $70.50": a change and
                       * a level */
    if (b.cur && b.kind == TALLY_NUM_COUNT)
        b.kind = TALLY_NUM_MONEY;
    if (kind == 2 && !between && !from && v->kind == TALLY_NUM_SHARE && v->ustart < v->uend &&
        b.kind == TALLY_NUM_COUNT && !b.scaled)
        return false; /* "rose 2.15% to 3.65": a change and a level (a share's unit is written on its ends) */
    if (!units_agree(sc, v, &b))
        return false;
    double lo = v->v, hi = b.v;
    if (b.mult > 1 && !v->scaled && !v->grouped && (v->v * b.mult <= b.v || (from && v->v * b.mult < b.v * 10)))
        lo = v->v * b.mult; /* "$89 to $93 billion", "from 5.2 to 4.8 billion" */
    if (from && kind == 2 && lo > hi) {
        hi = lo; /* a fall: the interval it spans */
        lo = b.v;
    }
    if (!(lo < hi)) {
        v->reject = kind == 1 && v->plain && b.plain && v->ustart == v->uend && b.ustart == b.uend && !v->cur;
        return false; /* 89-89, 2-0: a score */
    }
    v->lo = lo;
    v->hi = hi;
    v->vague = false;
    v->bound = TALLY_BOUND_RANGE;
    if (v->kind == TALLY_NUM_COUNT && b.kind != TALLY_NUM_COUNT) {
        v->kind = b.kind;
        v->ustart = b.ustart;
        v->uend = b.uend;
    }
    v->mend = b.mend;
    v->end = b.end;
    return true;
}

/* ===== filters: what is not a quantity ===== */

/* Is the word starting at i the first of a sentence (or of the text, a line, a quote, a parenthesis)? */
static bool sentence_start(const scan *sc, size_t i)
{
    size_t j = i;
    while (j > 0 && tally_is_ascii_space((unsigned char)sc->s[j - 1])) {
        if (sc->s[j - 1] == '\n')
            return true;
        j--;
    }
    if (j == 0)
        return true;
    unsigned char c = (unsigned char)sc->s[j - 1];
    return c >= 0x80 || strchr(".!?:;\"'(-[", c) != NULL;
}

static bool has_upper(const scan *sc, const word *w)
{
    for (size_t k = w->start; k < w->end; k++)
        if (tally_is_upper((unsigned char)sc->s[k]))
            return true;
    return false;
}

/* A model name or id: T-90, F-16, SCP-173, Boeing 787, iPhone 11, Fortune 100, #3. Only for a bare number. */
static bool weekday(const scan *sc, const word *w)
{
    return wis(sc, w, "monday") || wis(sc, w, "tuesday") || wis(sc, w, "wednesday") || wis(sc, w, "thursday") ||
           wis(sc, w, "friday") || wis(sc, w, "saturday") || wis(sc, w, "sunday");
}

static bool word_in(const scan *sc, const word *w, const char *const *list, size_t n);

/* Verbs a title-case headline puts before a count; no model is named by them. */
static const char *const headline_verbs[] = {"kills", "killed", "shoots", "shot", "injures", "injured", "wounds",
                                             "wounded", "hurts", "hurt", "leaves", "left", "claims", "sends"};
enum { HEADLINE_VERBS = sizeof headline_verbs / sizeof headline_verbs[0] };

static bool model_before(const scan *sc, size_t i)
{
    if (i == 0)
        return false;
    int c = sc->s[i - 1];
    if (c == '#' || c == '@' || c == '_')
        return true;
    if (c == '-' || c == '/') {
        word w;
        prev_word(sc, i - 1, 0, &w);
        return w.end > w.start && has_upper(sc, &w);
    }
    word w;
    prev_word(sc, i, sc->floor, &w);
    if (w.end == w.start || w.end == i || !has_upper(sc, &w) || w.kw || weekday(sc, &w))
        return false; /* "said on Monday 12 people died": a day, no model's name */
    if (word_in(sc, &w, headline_verbs, HEADLINE_VERBS))
        return false; /* a title-case headline's verb: "Gunman Kills 4 Boys" */
    return !sentence_start(sc, w.start);
}

/* "iPhone 11 Pro", "737 Max", "787 Dreamliner": a model name's number, told by the word after it. */
static bool model_after(const scan *sc, size_t i)
{
    static const char *const suffix[] = {"Pro", "Max", "MAX", "Mini", "Plus", "Ultra", "Lite", "XL", "Dreamliner",
                                         "Neo", "SE", "GT", "GTI"};
    size_t j = skip_sp(sc, i);
    if (j == i || !upper_at(sc, j))
        return false;
    word w;
    read_word(sc, j, &w);
    for (size_t k = 0; k < sizeof suffix / sizeof suffix[0]; k++)
        if (sc->s[w.start] == suffix[k][0] && w.end - w.start == strlen(suffix[k]) &&
            memcmp(sc->s + w.start, suffix[k], w.end - w.start) == 0)
            return true;
    return false;
}

/* "BBC One", "Formula One", "World War Two": a capitalised number word inside a name. */
static bool name_number(const scan *sc, const val *v)
{
    if (!v->words || !upper_at(sc, v->start) || sentence_start(sc, v->start))
        return false;
    word w;
    prev_word(sc, v->start, 0, &w);
    return w.end > w.start && has_upper(sc, &w);
}

/* A month before the value: "December 14", "Dec. 18", "on March 29". */
static bool month_before_at(const scan *sc, size_t i);
static bool month_before(const scan *sc, size_t i)
{
    wcache *c = sc->wc;
    if (c->month_at != i)
        c->month_at = i, c->month = month_before_at(sc, i);
    return c->month;
}

static bool month_before_at(const scan *sc, size_t i)
{
    size_t j = i;
    while (j > 0 && sc->s[j - 1] == ' ')
        j--;
    bool stop = j > 0 && sc->s[j - 1] == '.';
    if (stop)
        j--;
    unsigned char c = j > 0 ? (unsigned char)sc->s[j - 1] : 0;
    if (c < 0x80 && !tally_is_alpha(c) && !tally_is_ascii_space(c))
        return false; /* no word ends there ("(5", ", 25"): prev_word's answer, without it */
    word w, m;
    prev_word(sc, j, 0, &w);
    if (!month_word(sc, &w))
        return false;
    /* "Dec. 18" is a date; "in June. Two soldiers": a sentence ends, a full name takes no period */
    if (stop && (w.end - w.start > 4 || wis(sc, &w, "may") || wis(sc, &w, "june") || wis(sc, &w, "july") ||
                 (sc->s[i] >= 'A' && sc->s[i] <= 'Z')))
        return false;
    /* "in mid-January 30 died": a part of a month names no day, so the number is a count */
    size_t k = w.start > 0 && sc->s[w.start - 1] == '-' ? w.start - 1 : w.start;
    prev_word(sc, k, 0, &m);
    return !(wis(sc, &m, "mid") || wis(sc, &m, "early") || wis(sc, &m, "late"));
}

/* After a 4-digit number: a plural noun or "people" makes it a count ("1500 soldiers"), not a year. */
static bool count_noun_after(const scan *sc, size_t i)
{
    static const char *const notnoun[] = {"this", "thus", "plus", "less", "unless", "across", "always", "perhaps",
                                          "towards", "afterwards", "does", "goes", "series", "status", "whereas"};
    word w;
    next_word(sc, i, &w);
    size_t n = w.end - w.start;
    if (wis(sc, &w, "people"))
        return true;
    if (n < 4 || !tally_is_lower((unsigned char)sc->s[w.start]) || sc->s[w.end - 1] != 's' || w.kw)
        return false;
    for (size_t k = 0; k < sizeof notnoun / sizeof notnoun[0]; k++)
        if (wis(sc, &w, notnoun[k]))
            return false;
    return true;
}

static bool yearlike(const val *v)
{
    return v->plain && v->ndig == 4 && v->v >= 1500 && v->v < 2200 && !v->cur && !v->scaled &&
           v->kind == TALLY_NUM_COUNT;
}

/* "the one", "this one", "no one", "one another": pronoun uses of "one". */
static bool pronoun_one(const scan *sc, const val *v)
{
    static const char *const det[] = {"the", "this", "that", "which", "any", "every", "each", "no", "such", "a", "same",
                                      "another", "last", "little", "only", "big", "new", "right", "wrong"};
    if (!v->words || v->v != 1 || v->end - v->start != 3)
        return false;
    word p, n;
    prev_word(sc, v->start, 0, &p);
    next_word(sc, v->end, &n);
    if (wis(sc, &n, "another") || (at(sc, v->end) == '\'' && alpha_at(sc, v->end + 1)))
        return true;
    if (wis(sc, &p, "which")) {
        word q;
        prev_word(sc, p.start, 0, &q);
        if (wis(sc, &q, "in") || wis(sc, &q, "during") || wis(sc, &q, "at") || wis(sc, &q, "after"))
            return false; /* a relative clause's numeral: "a shooting in which one man died" */
    }
    for (size_t k = 0; k < sizeof det / sizeof det[0]; k++)
        if (wis(sc, &p, det[k]))
            return true;
    return false;
}

/* "Senard, 65, now": an age in commas after a name. */
static bool age_in_commas(const scan *sc, const val *v, size_t ms)
{
    size_t j = ms;
    while (j > 0 && sc->s[j - 1] == ' ')
        j--;
    word nx;
    next_word(sc, v->mend, &nx);
    bool closed = at(sc, v->mend) == ',' || (at(sc, v->mend) == '.' && !digit_at(sc, v->mend + 1)) ||
                  (wis(sc, &nx, "and") && nx.start == v->mend + 1 && upper_at(sc, skip_sp(sc, nx.end)));
    if (j < 2 || sc->s[j - 1] != ',' || !closed || v->v >= 130 || v->ndig > 3)
        return false;
    word w;
    prev_word(sc, j - 1, sc->floor, &w);
    return w.end == j - 1 && upper_at(sc, w.start);
}

/* Words of a headline that no street's name holds before its "Road" or "Drive". */
static const char *const not_street[] = {"shot", "killed", "kills", "dead", "hurt", "injured", "wounded", "during",
                                         "after", "in", "at", "on", "near", "and"};
enum { NOT_STREET = sizeof not_street / sizeof not_street[0] };

/* "49 Zorro Ranch Road", "575 Wilbraham Road": a street number. */
static bool street_number(const scan *sc, size_t i)
{
    static const char *const street[] = {"road", "rd", "street", "st", "avenue", "ave", "way", "lane", "ln", "drive",
                                         "dr", "boulevard", "blvd", "place", "square", "court", "ct", "highway", "hwy"};
    word w;
    next_word(sc, i, &w);
    if (wis(sc, &w, "block") && !upper_at(sc, w.start))
        return true; /* "the 400 block of West 89th Street" */
    for (int k = 0; k < 4; k++) {
        size_t j = skip_sp(sc, i), d = j;
        while (digit_at(sc, d))
            d++;
        if (d > j && d + 2 <= sc->len && !alnum_at(sc, d + 2) &&
            (tally_ieq(sc->s + d, 2, "st") || tally_ieq(sc->s + d, 2, "nd") || tally_ieq(sc->s + d, 2, "rd") ||
             tally_ieq(sc->s + d, 2, "th"))) {
            i = d + 2; /* "9 E 71st St" */
            continue;
        }
        next_word(sc, i, &w);
        if (w.end == w.start || !upper_at(sc, w.start) || word_in(sc, &w, not_street, NOT_STREET))
            return false; /* a title-case headline: "4 Shot During Drive-By Shooting" */
        for (size_t m = 0; m < sizeof street / sizeof street[0]; m++)
            if (wis(sc, &w, street[m]))
                return at(sc, w.end) != '-'; /* not "Drive-By" */
        i = w.end + (at(sc, w.end) == '.' && w.end - w.start <= 2); /* "6740 N. Clark St." */
    }
    return false;
}

static bool word_in(const scan *sc, const word *w, const char *const *list, size_t n)
{
    for (size_t k = 0; k < n; k++)
        if (wis(sc, w, list[k]))
            return true;
    return false;
}

/* A label before the number, not a quantity: "category 4 hurricane", "stage 3", "type 2 diabetes", "flight
 * 370", stock indexes ("S&P 500" written "sp 500", "FTSE 100", "Nikkei 225"), "a last-32 tie" (a round). */
static bool label_before(const scan *sc, size_t ms)
{
    static const char *const label[] = {
        "category", "level", "phase", "stage", "grade", "tier", "class", "type", "round", "chapter", "section",
        "article", "page", "episode", "season", "series", "route", "gate", "platform", "room", "channel", "flight",
        "exit", "pier", "terminal", "act", "verse", "clause", "paragraph", "version", "model", "number", "part",
        "sp", "ftse", "nikkei", "dax", "cac", "stoxx", "asx", "nifty", "sensex", "kospi", "ibex", "tsx", "msci",
        "russell", "fortune", "last"};
    word w;
    size_t j = ms;
    while (j > sc->floor && sc->s[j - 1] == ' ')
        j--;
    if (j > sc->floor + 2 && sc->s[j - 1] == '.') {
        prev_word(sc, j - 1, sc->floor, &w);
        return wis(sc, &w, "no") && w.end == j - 1; /* "No. 10", "the No. 1 seed" */
    }
    bool hy = ms > 0 && sc->s[ms - 1] == '-';
    prev_word(sc, hy ? ms - 1 : ms, sc->floor, &w);
    if (w.end == w.start || (hy ? w.end != ms - 1 : w.end == ms))
        return false;
    if (wis(sc, &w, "last"))
        return hy; /* "the last 16 months" is a count */
    if (wis(sc, &w, "p") && w.start > 1 && sc->s[w.start - 1] == '&')
        return true; /* "s&p 500" */
    static const char *const det[] = {"this", "that", "last", "next", "each", "every", "per", "same", "early",
                                      "late", "final", "first"};
    if (!word_in(sc, &w, label, sizeof label / sizeof label[0]))
        return false;
    word d;
    prev_word(sc, w.start, sc->floor, &d); /* "at this stage 40 people", "last season 12 players": a time */
    return d.end == d.start || !word_in(sc, &d, det, sizeof det / sizeof det[0]);
}

/* "the 90049 ZIP code", "ZIP code 90049", "area code 212": a code, not a quantity. */
static bool postal_code(const scan *sc, const val *v, size_t ms)
{
    static const char *const code[] = {"zip", "zipcode", "postcode", "postal", "area"};
    word a, b;
    next_word(sc, v->mend, &a);
    next_word(sc, a.end, &b);
    if (wis(sc, &a, "zip") || wis(sc, &a, "zipcode") || wis(sc, &a, "postcode") ||
        ((wis(sc, &a, "postal") || wis(sc, &a, "area")) && wis(sc, &b, "code")))
        return true;
    prev_word(sc, ms, sc->floor, &a);
    if (wis(sc, &a, "code"))
        prev_word(sc, a.start, sc->floor, &a);
    return a.end > a.start && word_in(sc, &a, code, sizeof code / sizeof code[0]);
}

/* "a five-year award", "a two-month contract": a duration used as an adjective ("50-year-old" stays). */
static bool duration_adjective(const scan *sc, const val *v)
{
    static const char *const units[] = {"year", "month", "week", "day", "hour", "minute"};
    if (v->kind != TALLY_NUM_MEASURE || v->ustart == 0 || sc->s[v->ustart - 1] != '-' || at(sc, v->mend) == '-')
        return false;
    for (size_t k = 0; k < sizeof units / sizeof units[0]; k++)
        if (tally_ieq(sc->s + v->ustart, v->uend - v->ustart, units[k]))
            return true;
    return false;
}

/* Is v, with the bound words p before it, something other than a quantity? */
static bool not_quantity(const scan *sc, const val *v, const pre *p, size_t ms)
{
    bool bounded = p->bound >= TALLY_BOUND_EQ && p->bound <= TALLY_BOUND_RANGE && p->bound != TALLY_BOUND_EQ;
    if (month_before(sc, ms))
        return true;
    if (v->ordinal)
        return false;
    if (pronoun_one(sc, v) || (v->words && v->v == 1 && v->end - v->start == 3 && digit_at(sc, skip_sp(sc, v->mend))))
        return true; /* "just one 52,000-barrel refinery": a determiner before the real number */
    bool bare = v->plain && !v->cur && v->kind == TALLY_NUM_COUNT && !v->scaled;
    if (bare && !bounded && v->bound != TALLY_BOUND_RANGE && (model_before(sc, ms) || model_after(sc, v->mend)))
        return true;
    if (!bounded && v->kind == TALLY_NUM_COUNT && name_number(sc, v))
        return true;
    if (yearlike(v) && !bounded && !count_noun_after(sc, v->mend))
        return true;
    if (bare && !bounded && (age_in_commas(sc, v, ms) || street_number(sc, v->mend)))
        return true;
    if (bare && !bounded && v->bound != TALLY_BOUND_RANGE && (label_before(sc, ms) || postal_code(sc, v, ms)))
        return true;
    return duration_adjective(sc, v);
}

/* ===== emitting ===== */

/* Two one-sided bounds joined by "and", "but" or a comma make one range: "more than 10 and less than 20". */
static bool merge_bounds(const scan *sc, tally_number *p, const tally_number *n)
{
    bool plow = p->bound == TALLY_BOUND_GT || p->bound == TALLY_BOUND_GE;
    bool phigh = p->bound == TALLY_BOUND_LT || p->bound == TALLY_BOUND_LE;
    bool nlow = n->bound == TALLY_BOUND_GT || n->bound == TALLY_BOUND_GE;
    bool nhigh = n->bound == TALLY_BOUND_LT || n->bound == TALLY_BOUND_LE;
    if (!((plow && nhigh) || (phigh && nlow)) || p->kind != n->kind || n->start < p->end)
        return false;
    size_t j = p->end;
    if (at(sc, j) == ',')
        j++;
    word w;
    next_word(sc, j, &w);
    if (wis(sc, &w, "and") || wis(sc, &w, "but"))
        j = w.end;
    if (skip_sp(sc, j) != n->start || j == p->end)
        return false;
    double lo = plow ? p->low : n->low, hi = plow ? n->high : p->high;
    if (!(lo < hi))
        return false;
    p->low = lo;
    p->high = hi;
    p->bound = TALLY_BOUND_RANGE;
    p->end = n->end;
    p->num_end = n->num_end;
    return true;
}

static int push(scan *sc, const tally_number *n)
{
    if ((isnan(n->low) && isnan(n->high)) || isinf(n->low) || isinf(n->high))
        return TALLY_OK; /* an overflowing product (10^300 trillion): no quantity */
    tally_numvec *o = sc->out;
    sc->floor = n->end;
    if (o->n > 0 && merge_bounds(sc, &o->v[o->n - 1], n))
        return TALLY_OK;
    return tally_vec_push(o, *n);
}

static bool value_at(scan *sc, size_t i, val *v)
{
    v->start = i;
    v->kind = TALLY_NUM_COUNT;
    v->bound = TALLY_BOUND_EQ;
    size_t vn;
    double vf = vulgar_at(sc, i, &vn);
    if (vf > 0) {
        v->v = vf;
        v->frac = true;
        v->end = i + vn;
    } else if (digit_at(sc, i) || (at(sc, i) == '.' && digit_at(sc, i + 1))) {
        if (!digits_value(sc, i, v))
            return false;
    } else {
        word w;
        read_word(sc, i, &w);
        if (!w.kw || !words_value(sc, &w, v))
            return false;
    }
    if (!v->ordinal && !v->vague)
        ratio(sc, v);
    v->mend = v->end;
    return isfinite(v->v); /* 1e999, 0E700: no quantity */
}

static bool real_bound(int b) { return b >= TALLY_BOUND_EQ && b <= TALLY_BOUND_LT; }

/* Sets low/high/bound of n from the value, the bound words before it (p) and after it (post). */
static void set_interval(tally_number *n, const val *v, const pre *p, int post, double x)
{
    n->low = n->high = x;
    n->bound = TALLY_BOUND_EQ;
    int b = post != PRE_NONE ? post : real_bound(p->bound) ? p->bound : PRE_NONE;
    if (v->bound == TALLY_BOUND_RANGE && !v->vague) {
        n->bound = TALLY_BOUND_RANGE;
        n->approx = p->bound == TALLY_BOUND_APPROX;
        return;
    }
    if (v->vague && (b == PRE_NONE || b == TALLY_BOUND_APPROX || b == TALLY_BOUND_EQ)) {
        n->bound = v->bound;
        n->approx = true;
        return;
    }
    if (b == PRE_NONE)
        return;
    n->bound = (tally_bound)b;
    n->approx = b == TALLY_BOUND_APPROX;
    if (b == TALLY_BOUND_GE || b == TALLY_BOUND_GT)
        n->high = NAN;
    if (b == TALLY_BOUND_LE || b == TALLY_BOUND_LT)
        n->low = NAN;
}

/* Builds and pushes the mention. ms: the value's start with its sign and currency. */
static int emit(scan *sc, val *v, const pre *p, size_t ms, size_t cur_end)
{
    int post = PRE_NONE;
    size_t pe = v->bound == TALLY_BOUND_RANGE || v->vague ? v->mend : post_bound(sc, v->mend, p->bound, &post);
    double scale = v->frac && v->kind == TALLY_NUM_SHARE && v->ustart == v->uend ? 100 : 1;
    double sign = p->neg ? -1 : 1;
    tally_number n = {.num_start = p->neg ? p->sign : v->start, .num_end = v->end, .end = pe, .kind = v->kind};
    if (v->ordinal)
        n.kind = TALLY_NUM_ORDINAL;
    set_interval(&n, v, p, post, sign * v->v * scale);
    if (v->bound == TALLY_BOUND_RANGE || v->vague) {
        double lo = sign * v->lo * scale, hi = v->hi * scale;
        n.low = isnan(n.low) ? n.low : lo;
        n.high = isnan(n.high) ? n.high : (n.bound == TALLY_BOUND_GE || n.bound == TALLY_BOUND_GT ? NAN : hi);
        if (n.bound == TALLY_BOUND_GE || n.bound == TALLY_BOUND_GT)
            n.low = lo;
    }
    bool bounded = real_bound(p->bound) && !(post != PRE_NONE && p->bound == TALLY_BOUND_APPROX);
    n.start = bounded ? p->start : p->neg ? p->start : ms;
    if (n.bound == TALLY_BOUND_RANGE && !v->vague && p->from < n.start)
        n.start = p->from;
    if (n.start > ms)
        n.start = ms;
    n.unit_start = v->ustart;
    n.unit_end = v->uend;
    if (v->cur && n.unit_start == n.unit_end) {
        n.unit_start = ms;
        n.unit_end = cur_end;
    }
    if (n.kind == TALLY_NUM_ORDINAL) {
        n.low = n.high = v->v;
        n.bound = TALLY_BOUND_EQ;
        n.start = ms;
    }
    return push(sc, &n);
}

/* Sign and currency before a digit value at i: sets v->cur; returns the mention's value start. */
static size_t value_prefix(const scan *sc, size_t i, val *v, size_t *cur_end, bool *neg)
{
    size_t ms = sign_start(sc, i);
    *neg = ms < i;
    *cur_end = ms;
    size_t c = currency_before(sc, ms);
    if (c < ms) {
        v->cur = true;
        *cur_end = ms;
        while (*cur_end > c && sc->s[*cur_end - 1] == ' ')
            (*cur_end)--;
        ms = c;
    }
    return ms;
}

/* Plain digits [ms, j) before " block" ("the 400 block of"): a street block, which not_quantity drops (its
 * street_number) unless bound words before make it a bound ("more than 400 block"), told before the value is
 * read: no value, scale, unit or range is read past digits before a lower-case word that is no keyword (a
 * tenth of the digit mentions of news of shootings). Returns j, or 0 when the full path must decide. */
static size_t block_drop(const scan *sc, size_t ms, size_t j)
{
    word w;
    next_word(sc, j, &w);
    if (w.end - w.start != 5 || !wis(sc, &w, "block") || upper_at(sc, w.start) || w.kw)
        return 0;
    pre p = pre_bound(sc, ms);
    return p.bound == PRE_NONE && p.from == p.start ? j : 0;
}

/* A clock time, which value_at turns away, or a date's day or year, or an age, that not_quantity drops, told
 * before the value is read (a fifth of the digit
 * mentions, ~1.5 k instructions each on the full path): plain digits at i, no sign or currency (ms == i), closed
 * by a mark that no reading of the value, its unit or a range goes past (, . ; ) before no digit), after a month
 * word ("December 14,", "June 2014."), year-like with no bound words before it ("in 2014,"), or an age between
 * commas after a name ("Smith, 25,": no bound words stand after a comma). Returns the digits' end (where the
 * full path resumes after such a drop), or 0 when the full path must decide. */
static size_t date_drop(const scan *sc, size_t i, size_t ms)
{
    size_t j = i;
    double x = 0;
    while (j < sc->len && tally_is_digit((unsigned char)sc->s[j]))
        x = x * 10 + (sc->s[j++] - '0');
    int c = at(sc, j);
    if (j > i && c == ':' && digit_at(sc, j + 1))
        return skip_token(sc, i); /* a clock time ("10:30 p.m."): value_at reads no value there */
    if (ms == i && j > i && c == ' ')
        return block_drop(sc, ms, j);
    if (ms != i || j == i || !(c == ',' || c == '.' || c == ';' || c == ')') || digit_at(sc, j + 1))
        return 0;
    if (month_before(sc, ms))
        return j;
    if (c == ',' && j - i <= 3 && x < 130) { /* an age in commas after a name ("Smith, 25,"): age_in_commas of */
        val a = val_zero;                    /* the value the full path would read, with no unit or bound */
        a.v = x, a.mend = j, a.ndig = (int)(j - i);
        return age_in_commas(sc, &a, ms) ? j : 0;
    }
    if (j - i != 4 || x < 1500 || x >= 2200) /* yearlike() of the value the full path would read */
        return 0;
    pre p = pre_bound(sc, ms);
    bool bounded = p.bound >= TALLY_BOUND_EQ && p.bound <= TALLY_BOUND_RANGE && p.bound != TALLY_BOUND_EQ;
    return p.bound == -2 || bounded ? 0 : j;
}

/* A mention whose value starts at i. Returns where scanning resumes; *rc is set on out of memory. */
static size_t mention(scan *sc, size_t i, size_t fallback, int *rc)
{
    val v = val_zero;
    size_t cur_end = i;
    bool neg = false;
    size_t ms = (digit_at(sc, i) || at(sc, i) == '.') ? value_prefix(sc, i, &v, &cur_end, &neg) : i;
    if (ms > 0 && sc->s[ms - 1] == '+' && (at(sc, skip_token(sc, i)) == '/' || dash_at(sc, i)))
        return skip_token(sc, i);
    size_t d = digit_at(sc, i) ? date_drop(sc, i, ms) : 0;
    if (d)
        return d > fallback ? d : fallback;
    if (!value_at(sc, i, &v))
        return digit_at(sc, i) ? skip_token(sc, i) : fallback;
    if (!unit_after(sc, &v))
        return v.end > fallback ? v.end : fallback;
    if (v.cur && v.kind == TALLY_NUM_COUNT)
        v.kind = TALLY_NUM_MONEY;
    v.mstart = ms;
    pre p = {.bound = PRE_NONE, .start = ms, .from = ms};
    if (!v.ordinal)
        p = pre_bound(sc, ms);
    if (p.bound == -2)
        return skip_token(sc, i);
    p.neg = p.neg || neg;
    if (neg)
        p.sign = sign_start(sc, i);
    if (neg && p.start > ms)
        p.start = p.from = ms;
    if (!v.ordinal && !v.vague)
        range_after(sc, &v, p.bound == PRE_BETWEEN, p.bound == PRE_FROM || from_before(sc, &p));
    if (v.reject)
        return skip_token(sc, i);
    if (not_quantity(sc, &v, &p, ms))
        return v.mend > fallback ? v.mend : fallback;
    *rc = emit(sc, &v, &p, ms, cur_end);
    return sc->floor > i ? sc->floor : fallback;
}

/* ===== the scan loop ===== */

static bool starts_number(const scan *sc, const word *w)
{
    int t = w->kw->type;
    if (t == W_A) {
        word n;
        next_word(sc, w->end, &n);
        int nt = wtype(&n);
        return nt == W_VAGUE || nt == W_HUNDRED || (nt == W_SCALE && !(n.kw->flags & F_ABBR)) || nt == W_DOZEN ||
               nt == W_HALF || nt == W_QUARTER || (nt == W_ORD && n.kw->val >= 3) || nt == W_TENS;
    }
    return t == W_UNIT || t == W_TEEN || t == W_TENS || t == W_HUNDRED || t == W_ORD || t == W_HALF ||
           t == W_QUARTER || t == W_VAGUE || (t == W_DOZEN && (w->kw->flags & F_PLURAL));
}

/* A URL (http://, https://, www.) is skipped whole: its digits are no quantities. */
static size_t url_end(const scan *sc, const word *w)
{
    bool url = ((wis(sc, w, "http") || wis(sc, w, "https")) && at(sc, w->end) == ':' && at(sc, w->end + 1) == '/') ||
               (wis(sc, w, "www") && at(sc, w->end) == '.');
    if (!url)
        return w->end;
    size_t j = w->end;
    while (j < sc->len && !tally_is_ascii_space((unsigned char)sc->s[j]))
        j++;
    return j;
}

/* "per cent of twenty-two", "percent of 10" closing a phrase: a share named before its number. */
static size_t percent_of(scan *sc, const word *w, int *rc)
{
    size_t e = w->end;
    word c, o;
    if (w->kw->type == W_PER) {
        next_word(sc, e, &c);
        if (!wis(sc, &c, "cent"))
            return e;
        e = c.end;
    }
    next_word(sc, e, &o);
    if (!wis(sc, &o, "of"))
        return e;
    val v = val_zero;
    size_t j = skip_sp(sc, o.end);
    if (!value_at(sc, j, &v) || v.vague || v.ordinal || v.frac || v.scaled || v.end >= sc->len + 1)
        return e;
    word a;
    next_word(sc, v.end, &a);
    if (a.end > a.start || digit_at(sc, skip_sp(sc, v.end)))
        return e;
    tally_number n = {.start = w->start, .end = v.end, .num_start = v.start, .num_end = v.end, .low = v.v,
                      .high = v.v, .bound = TALLY_BOUND_EQ, .kind = TALLY_NUM_SHARE, .unit_start = w->start,
                      .unit_end = e};
    *rc = push(sc, &n);
    return v.end;
}

static size_t keyword_at(scan *sc, size_t i, const word *w, int *rc);

static size_t at_word(scan *sc, size_t i, int *rc)
{
    word w;
    size_t e = read_word(sc, i, &w);
    if (!w.kw)
        return e - i <= 5 ? url_end(sc, &w) : e;
    return keyword_at(sc, i, &w, rc);
}

/* The trigger word [i, j) with its keyword kw, as word_step found it: no second reading. It goes into the word
 * cache as read_word would put it (the mention reads it again). Saves 4 % of the byte scan's instructions. */
static size_t at_trigger(scan *sc, size_t i, size_t j, const numkw *kw, int *rc)
{
    word w = {.start = i, .end = j, .kw = kw};
    sc->wc->w[i % WCACHE] = w;
    return keyword_at(sc, i, &w, rc);
}

/* A keyword w at i: a percent word or a word that starts a number starts work. */
static size_t keyword_at(scan *sc, size_t i, const word *w, int *rc)
{
    size_t e = w->end;
    if (i > 0 && (tally_is_digit((unsigned char)sc->s[i - 1]) || sc->s[i - 1] == '_'))
        return e; /* "3D", "2nd" reached mid-token */
    if (w->kw->type == W_PCT || w->kw->type == W_PER)
        return percent_of(sc, w, rc);
    if (!starts_number(sc, w))
        return e;
    return mention(sc, i, e, rc);
}

static size_t at_digit(scan *sc, size_t i, int *rc)
{
    if (i > 0 && tally_is_alpha((unsigned char)sc->s[i - 1]) && currency_code(sc, i) < i)
        return mention(sc, i, i + 1, rc);
    if (i > 1 && sc->s[i - 1] == ',' && tally_is_digit((unsigned char)sc->s[i - 2]) && sc->floor != i - 1)
        return skip_token(sc, i); /* the rest of "PS21,700" after an id was skipped */
    if (i >= 3 && memcmp(sc->s + i - 3, "\xE2\x81\x84", 3) == 0)
        return skip_token(sc, i); /* the denominator of "1⁄32" */
    if (i > 0) {
        int c = sc->s[i - 1];
        if (tally_is_alpha((unsigned char)c) || c == '_' || c == '%' || c == '/' || c == '.' ||
            tally_is_digit((unsigned char)c))
            return skip_token(sc, i);
    }
    return mention(sc, i, i + 1, rc);
}

/* A byte with the high bit: a vulgar fraction (½) starts a mention; anything else is skipped whole. */
static size_t at_high(scan *sc, size_t i, int *rc)
{
    size_t n;
    if (vulgar_at(sc, i, &n) > 0 && (i == 0 || !alnum_at(sc, i - 1)))
        return mention(sc, i, i + n, rc);
    int32_t cp;
    return i + tally_utf8_decode(sc->s, sc->len, i, &cp);
}

/* s[0..n) is a word url_end looks at: "http", "https", "www" (the other words before '.' or ':' go on to the
 * trigger test: at_word does nothing more with them; a sentence's last word is often short). */
static inline bool url_scheme(const char *s, size_t n)
{
    return (n == 3 && tally_ieq(s, n, "www")) || (n == 4 && tally_ieq(s, n, "http")) ||
           (n == 5 && tally_ieq(s, n, "https"));
}

/* The scan loop's word step: most words are no keyword and no URL, and cost one pass and one probe. Inlined
 * into both scan loops (a call per word cost the byte scan 10 %). */
static inline __attribute__((always_inline)) size_t word_step(scan *sc, size_t i, int *rc)
{
    size_t j = letters_end(sc, i + 1);
    unsigned char nc = j < sc->len ? (unsigned char)sc->s[j] : ' ';
    if (nc >= 0x80 || ((nc == ':' || nc == '.') && url_scheme(sc->s + i, j - i)))
        return at_word(sc, i, rc); /* a word running on into other letters, or a URL's scheme */
    /* only number words, "a"/"an" and percent words start work; units, months, bound words wait for a number.
     * The (first letter, length, last letter) shape test turns most words away before the hash (callgrind on
     * the 4 MB slice: 179.4 M -> 172.5 M instructions for the byte scan). */
    size_t n = j - i;
    unsigned f = ((unsigned char)sc->s[i] | 0x20) - 'a', l = ((unsigned char)sc->s[j - 1] | 0x20) - 'a';
    if (n > MAXKW || !(trigger_shape[f][n] >> l & 1))
        return j;
    const numkw *kw = kw_in(trigger_slots, 10, sc->s + i, n, sc->len - i);
    return kw ? at_trigger(sc, i, j, kw, rc) : j;
}

/* ".08": a number written without its leading zero. */
static size_t dot_step(scan *sc, size_t i, int *rc)
{
    if (!digit_at(sc, i + 1) || (i > 0 && alnum_at(sc, i - 1)))
        return i + 1;
    return mention(sc, i, i + 1, rc);
}

/* Token t is a word url_end looks at: "http", "https", "www". */
static inline bool url_word(const scan *sc, const tally_tok *t)
{
    return url_scheme(sc->s + t->start, t->end - t->start);
}

/* A plain word token k word_step steps over: no letters or URL punctuation after it, and no trigger word, or
 * "a"/"an" before a plain word the grammar does not know (starts_number asks for "a dozen", "a hundred"…;
 * only spaces lie between two tokens, as next_word skips). "a" is a sixth of the trigger words met. */
static inline bool plain_word(const scan *sc, const tally_tok *toks, size_t ntoks, const uint8_t *hint, size_t k)
{
    const tally_tok *t = &toks[k];
    if (!(hint[k] & LEXH_PLAIN))
        return false;
    unsigned char nc = t->end < sc->len ? (unsigned char)sc->s[t->end] : ' ';
    if (nc >= 0x80)
        return false;
    if ((nc == ':' || nc == '.') && t->end - t->start <= 5 && /* a URL's scheme? (at_word asks no more of a */
        ((hint[k] & (LEXH_NUM | LEXH_NUMKW)) || url_word(sc, t))) /* word that is no number keyword) */
        return false;
    if (!(hint[k] & LEXH_NUM))
        return true;
    size_t n = t->end - t->start;
    bool a = (sc->s[t->start] | 0x20) == 'a' && (n == 1 || (n == 2 && (sc->s[t->start + 1] | 0x20) == 'n'));
    return a && (k + 1 >= ntoks || (hint[k + 1] & (LEXH_PLAIN | LEXH_NUMKW)) == LEXH_PLAIN);
}

/* One step of the byte loop at i, a byte that may start work (scan_starts != 0): where scanning resumes. */
static inline __attribute__((always_inline)) size_t byte_step(scan *sc, size_t i, int *rc)
{
    unsigned c = scan_starts[(unsigned char)sc->s[i]]; /* tests by frequency (a switch: +3.6 M for the byte scan) */
    if (c == 2)
        return word_step(sc, i, rc);
    if (c == 1)
        return at_digit(sc, i, rc);
    return c == 3 ? dot_step(sc, i, rc) : at_high(sc, i, rc);
}

/* The byte loop from i up to end: returns where scanning resumes (end, or past it when a mention runs on). */
static inline __attribute__((always_inline)) size_t bytes_to(scan *sc, size_t i, size_t end, int *rc)
{
    while (i < end && *rc == TALLY_OK) {
        if (!scan_starts[(unsigned char)sc->s[i]]) {
            i++; /* spaces and punctuation: the common case, one table load a byte */
            continue;
        }
        size_t next = byte_step(sc, i, rc);
        i = next > i ? next : i + 1;
    }
    return i;
}

/* Token k-1, a word the tokenizer let the scan step over, is "www", "http" or "https" right before the '.' or
 * ':' of token k: the start of a URL, which the tokenizer could not tell and word_step reads (no other word
 * the tokenizer flags starts work there: no trigger word is flagged). */
static inline bool url_before(const scan *sc, const tally_tok *toks, size_t k, size_t i)
{
    const tally_tok *w = &toks[k - 1];
    unsigned char c = (unsigned char)(sc->s[toks[k].start - 1] | 0x20); /* www, http, https: most words end */
    return (c == 'w' || c == 'p' || c == 's') && w->end == toks[k].start && w->end - w->start - 3 <= 2 && /* else */
           w->start >= i && w->kind == TOK_WORD && (w->flags & TOKF_NUMSKIP) && url_word(sc, w);
}

/* Token t, not flagged by the tokenizer, at which the byte loop would start nothing: a '.' before no digit
 * or after a letter or digit (dot_step), a ':' (no scan start), a general punctuation mark of U+2000..U+203F
 * (quotes, dashes: at_high steps over them, no vulgar fraction). */
static inline bool idle_mark(const scan *sc, const tally_tok *t)
{
    const unsigned char *u = (const unsigned char *)sc->s + t->start;
    size_t n = t->end - t->start;
    if (n == 1)
        return u[0] == ':' ||
               (u[0] == '.' && (!digit_at(sc, t->start + 1) || (t->start > 0 && alnum_at(sc, t->start - 1))));
    return n == 3 && u[0] == 0xE2 && u[1] == 0x80 && (u[2] & 0xC0) == 0x80 && t->kind != TOK_WORD;
}

/* Past the tokens that end by i, reading on with the byte loop through any token i lies inside (the rest of a
 * token a mention ended in): the first token at or after i. */
static inline size_t catch_up(scan *sc, const tally_tok *toks, size_t ntoks, size_t k, size_t *i, int *rc)
{
    for (;;) {
        while (k < ntoks && toks[k].end <= *i)
            k++;
        if (k >= ntoks || toks[k].start >= *i)
            return k;
        *i = bytes_to(sc, *i, toks[k].end, rc);
        k++;
    }
}

/* The first token from k the tokenizer did not flag (TOKF_NUMSKIP), four a step: most tokens are flagged. */
static inline size_t next_unflagged(const tally_tok *toks, size_t ntoks, size_t k)
{
    for (; k + 4 <= ntoks; k += 4) {
        if (!(toks[k].flags & TOKF_NUMSKIP))
            return k;
        if (!(toks[k + 1].flags & TOKF_NUMSKIP))
            return k + 1;
        if (!(toks[k + 2].flags & TOKF_NUMSKIP))
            return k + 2;
        if (!(toks[k + 3].flags & TOKF_NUMSKIP))
            return k + 3;
    }
    while (k < ntoks && (toks[k].flags & TOKF_NUMSKIP))
        k++;
    return k;
}

/* The token scan: the tokens the tokenizer flagged (TOKF_NUMSKIP: a plain word that starts no number, a mark
 * the byte loop steps over) are stepped over whole, and so are the marks and plain words the byte loop would
 * start nothing at; the byte loop reads the others. Only spaces lie between tokens, where it starts nothing. */
static int token_loop(scan *sc, const tally_tok *toks, size_t ntoks, const uint8_t *hint)
{
    int rc = TALLY_OK;
    size_t i = 0, k = 0;
    while (rc == TALLY_OK && (k = next_unflagged(toks, ntoks, k)) < ntoks) {
        const tally_tok *t = &toks[k]; /* i <= t->start: catch_up saw to it */
        if (t->kind == TOK_WORD ? !plain_word(sc, toks, ntoks, hint, k) : !idle_mark(sc, t))
            i = bytes_to(sc, t->start, t->end, &rc);
        else if (t->kind != TOK_WORD && k > 0 && url_before(sc, toks, k, i)) /* "www." */
            i = bytes_to(sc, toks[k - 1].start, toks[k - 1].end, &rc);
        k++; /* past "a" before a plain word, which the tokenizer could not tell, and a mark that starts nothing */
        if (k < ntoks && toks[k].start < i)
            k = catch_up(sc, toks, ntoks, k, &i, &rc);
    }
    return rc;
}

/* The scanner's state for s[0..len), with its word cache wc. */
static inline void scan_start(scan *sc, wcache *wc, const char *s, size_t len, tally_numvec *out)
{
    for (unsigned e = 0; e < WCACHE; e++) /* only the starts need clearing: an entry is read only after it was */
        wc->w[e].start = SIZE_MAX;         /* written */
    wc->next_at = wc->month_at = wc->prev_at = SIZE_MAX;
    *sc = (scan){.s = s, .len = len, .euro = -1, .out = out, .wc = wc};
}

int tally_number_scan(const char *s, size_t len, tally_numvec *out)
{
    wcache wc;
    scan sc;
    scan_start(&sc, &wc, s, len, out);
    int rc = TALLY_OK;
    size_t i = 0;
    while (rc == TALLY_OK) { /* bytes_to, its tests as they were: bytes_to here cost the byte scan 3.4 M */
        while (i < len && !scan_starts[(unsigned char)s[i]])
            i++;
        if (i >= len)
            break;
        size_t next = byte_step(&sc, i, &rc);
        i = next > i ? next : i + 1;
    }
    return rc;
}

int tally_number_scan_toks(const char *s, size_t len, const tally_tok *toks, size_t ntoks, const uint8_t *hint,
                           tally_numvec *out)
{
    if (!toks)
        return tally_number_scan(s, len, out);
    wcache wc;
    scan sc;
    scan_start(&sc, &wc, s, len, out);
    return token_loop(&sc, toks, ntoks, hint);
}

const char *tally_number_keyword(size_t i)
{
    return i < sizeof numkws / sizeof *numkws ? numkws[i].w : NULL;
}

/* Keyword e's shape is in the table. */
static bool shaped(const uint32_t shape[26][16], const numkw *e)
{
    return e->len <= MAXKW && (shape[e->w[0] - 'a'][e->len] >> (e->w[e->len - 1] - 'a') & 1);
}

int tally_number_shape_misses(void)
{
    int miss = 0;
    for (size_t i = 0; i < TRIGGER_SLOTS; i++)
        miss += trigger_slots[i] && !shaped(trigger_shape, &numkws[trigger_slots[i] - 1]);
    for (size_t i = 0; i < sizeof numkws / sizeof *numkws; i++)
        miss += !shaped(numkw_shape, &numkws[i]);
    return miss;
}

const char *tally_number_trigger(size_t i)
{
    if (i >= TRIGGER_SLOTS)
        return NULL;
    return trigger_slots[i] ? numkws[trigger_slots[i] - 1].w : "";
}
