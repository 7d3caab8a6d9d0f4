/* timex.c — the time-expression scanner: finds dates, times, durations and sets in news text and
 * normalises them (TIMEX3 values, first/last day) against the publication day with news defaults.
 *
 * Algorithm. One pass over the bytes. A 256-entry table skips to digits and letters; a run of letters is
 * measured eight bytes at a time, tested against a (first letter, length, last letter) shape table of the
 * words that can begin an expression, and only then hashed (its first 8 bytes lower-cased, one multiply) into
 * the static lexicon of src/timex_words.inc (months, weekdays, units, number words, modifiers…, generated from
 * data/timex_words.tsv). A modifier ("the", "two", "last") must be followed by a word or number that can
 * continue an expression, a count by a time word. Only then does the scanner open a window of tokens (at
 * most WIN, read lazily) and run the grammar: hand-written recognisers (month-day, numeric dates,
 * relative units, "N units ago", durations, quarters, seasons, holidays, modifiers…), chosen by the
 * first token's kind, each returning how many tokens it consumed; the longest match wins. The window
 * bounds the work per start position, so the scan is linear in the text.
 *
 * Resolution follows TimeBank's conventions and the news defaults: a weekday, month or season without a
 * year is the most recent one at or before the publication day unless the words or the tense say future
 * ("will", "scheduled", a deadline such as "by May" or "until Tuesday" in a sentence not in the past);
 * a month just ahead of the publication month is the coming one; a month and day without a year is the
 * nearest such day, days ahead weighing double (days behind, when the sentence looks ahead); "the day
 * before", "the following month", "a year earlier" are anchored on the date in focus (the last date
 * named with its own year, or the last day or month resolved, else the publication day). In an earnings
 * report (a quarter was named) "the quarter", "a year ago", "the 1988 period" refer to the report's
 * quarter: the last one named once it has ended, else the last quarter ended before publication. */
#include "timex.h"
#include "lexicon.h"
#include "text.h"
#include <assert.h>
#include <stdio.h>
#include <string.h>

/* MARK: lexicon */

enum {
    LX_NONE, LX_MONTH, LX_WDAY, LX_WDAYS, LX_SEASON, LX_UNIT, LX_UNITS, LX_WEEKEND, LX_NUMW, LX_ORDW,
    LX_DECW, LX_FEW, LX_REL, LX_POS, LX_DEIC, LX_TONIGHT, LX_REF, LX_FUTURE, LX_RECENT, LX_SETW, LX_EVERY,
    LX_AGO, LX_LATER, LX_EARLIER, LX_BEFORE, LX_AFTER, LX_THE, LX_A, LX_OF, LX_FISCAL, LX_DAYPART,
    LX_NOON, LX_FROM, LX_TO, LX_AND, LX_OR, LX_APPROX, LX_THAN, LX_HALF, LX_THESE, LX_AHEAD, LX_TZ,
    LX_AMPM, LX_QLETTER, LX_HLETTER, LX_PERIOD, LX_HOLIDAY, LX_EVE, LX_DAYPARTS,
    LX_COUNT /* the number of kinds: sizes the tables indexed by kind */
};
/* Units (LX_UNIT values). */
enum { U_DAY = 1, U_WEEK, U_MONTH, U_QUARTER, U_YEAR, U_DECADE, U_CENTURY, U_FORTNIGHT, U_HOUR, U_MINUTE };
/* Relative words (LX_REL values). */
enum { R_LAST = 1, R_PAST, R_NEXT, R_THIS, R_COMING, R_PREV, R_FOLLOWING, R_CURRENT, R_SAME, R_THAT, R_LATEST };
/* Position modifiers (LX_POS values) and what they narrow a period to. */
enum { P_EARLY = 1, P_MID, P_LATE, P_END, P_BEGIN };
/* Approximators (LX_APPROX values). */
enum { A_ABOUT = 1, A_SOME, A_MORE, A_LESS, A_OVER, A_LEAST, A_EXTRA /* between a count and its unit */ };

struct lexword {
    char w[14];
    unsigned char kind;
    signed char val;
    unsigned char cap; /* only when capitalised (May, Sun, Mar…) */
};
#include "timex_words.inc"
_Static_assert(TIMEX_WORDS_SIZE == 1024, "probe() takes 10 bits");

/* MARK: tokens */

enum { K_WORD, K_NUM, K_PUNCT };
enum { SUF_NONE, SUF_ORD, SUF_S };
#define WIN 24    /* tokens in a window: the longest pattern needs ~14 */
#define NUMCAP 99999999

typedef struct tok {
    size_t s, e;
    unsigned char kind, lx, cap, sp; /* sp: space before */
    unsigned char weak;              /* a lower-case month abbreviation ("jan"): only beside a day */
    unsigned char nd, suf;           /* numbers: digit count, suffix */
    int val;                         /* lexicon value, number, or punctuation byte */
} tok;

/* The state of one scan: text, publication day, the window, and the discourse context. */
typedef struct scan {
    const char *s;
    size_t len;
    int32_t dct;
    tok t[WIN];
    int n;         /* tokens read into t */
    size_t pos;    /* byte after the last token read */
    int32_t focus;     /* first day of the last absolute date, else dct */
    size_t fend;       /* the byte after the mention that set the focus */
    tally_gran fgran;  /* its granularity */
    int32_t rquarter;  /* the first day of the last quarter named, else TALLY_NODAY: an earnings report */
    int32_t lquarter;  /* the first day of the last quarter mentioned, for "that quarter"; else TALLY_NODAY */
    size_t out0;       /* mentions in the output before this scan */
} scan;

/* A candidate result: the timex and the number of tokens it spans. */
typedef struct res {
    tally_timex x;
    int ntok;
    int absolute; /* names its own year: becomes the focus */
} res;
/* An empty result. Results are cleared by copying it: GCC clears a res with memset or {0} by "rep stosq",
 * whose start-up cost was a tenth of the grammar's time (24 clears in basic_at); a copy is eight vector moves. */
static const res res_zero;
static int basic(scan *sc, int p, res *r); /* the grammar, for recognisers that read a date inside theirs */

/* The lexicon word w (zero-padded to 14 bytes) is the ASCII word s[0..n) whose first bytes, lower-cased and
 * packed, are key: one 8-byte compare for words of up to 8 letters (the byte loop it replaces mispredicted). */
static inline bool same_word(uint64_t key, const char *s, size_t n, const char *w)
{
    if (tally_load8_le(w) != key)
        return false;
    for (size_t i = 8; i < n; i++)
        if (((unsigned char)s[i] | 0x20) != (unsigned char)w[i])
            return false;
    return n < 8 || w[n] == 0;
}

/* The lexicon entry for the ASCII word s[0..n) (1 to 13 letters) without the shape test; avail: bytes
 * readable from s. */
static const struct lexword *probe(const char *s, size_t n, size_t avail)
{
    size_t m = n < 8 ? n : 8;
    uint64_t key = (tally_load_le(s, m, avail) | 0x2020202020202020ull) & tally_low_bytes(m);
    /* the slot tools/gen_timex.py places the word in: one multiply of the key, where a byte loop (FNV-1a) was
     * before (callgrind 175.4 M -> 167.5 M for the date scan) */
    uint32_t i = (uint32_t)(((key ^ (n * 0x9E37u)) * 0x9E3779B97F4A7C15ull) >> (64 - 10));
    for (;; i = (i + 1) & (TIMEX_WORDS_SIZE - 1)) {
        const struct lexword *w = &timex_words[i];
        if (!w->w[0])
            return NULL;
        if (same_word(key, s, n, w->w))
            return w;
    }
}

/* The lexicon entry for the ASCII word s[0..n), or NULL. A shape test (first letter, length, last letter)
 * turns most words away before any hashing. */
static inline const struct lexword *lookup(const char *s, size_t n, size_t avail)
{
    if (n == 0 || n > 13)
        return NULL;
    unsigned f = ((unsigned char)s[0] | 0x20) - 'a', l = ((unsigned char)s[n - 1] | 0x20) - 'a';
    if (f >= 26 || l >= 26 || !(timex_shape[f][n] >> l & 1))
        return NULL;
    return probe(s, n, avail);
}

static bool is_ascii_letter(unsigned char c) { return tally_is_alpha(c); }

/* The end of a run of ASCII letters from j. Eight bytes at a time (the hot loop of the scan): a byte is a
 * letter when, lower-cased by OR 0x20, it lies in 'a'..'z'; bytes with the high bit set stop the fast path.
 * Inlined in the scan loop, lex_word and peek_ok (byte loops there before: the date bench 160.7 -> 167.4 MB/s,
 * best of 5 side by side; a call instead cost 4 % more instructions). */
static inline __attribute__((always_inline)) size_t letters_end(const char *s, size_t len, size_t j)
{
    const uint64_t hi = 0x8080808080808080ull, ones = 0x0101010101010101ull;
    while (j + 8 <= len) {
        uint64_t v;
        memcpy(&v, s + j, 8);
        if (v & hi)
            break;
        uint64_t t = v | 0x20 * ones;
        uint64_t ge_a = t + (0x80 - 'a') * ones; /* high bit set when t >= 'a' */
        uint64_t gt_z = t + (0x80 - 'z' - 1) * ones; /* high bit set when t > 'z' */
        uint64_t letter = ge_a & ~gt_z & hi;
        if (letter != hi) {
            uint64_t stop = ~letter & hi; /* little-endian: the lowest set byte is the first stop */
            return j + (size_t)(__builtin_ctzll(stop) >> 3);
        }
        j += 8;
    }
    while (j < len && tally_is_alpha((unsigned char)s[j]))
        j++;
    return j;
}

/* Skips spaces from j (ASCII inline, the Unicode ones through text.c); *sp tells whether there were any. */
static size_t skip_spaces(const char *s, size_t len, size_t j, unsigned char *sp)
{
    for (;;) {
        size_t k = 0;
        if (j < len && tally_is_ascii_space((unsigned char)s[j]))
            k = 1;
        else if (j < len && (unsigned char)s[j] >= 0x80)
            k = tally_space_at(s, len, j);
        if (!k)
            return j;
        j += k;
        *sp = 1;
    }
}

/* A run of digits at j, with a glued ordinal suffix ("18th") or plural ("1990s", "1970's"). */
static size_t lex_number(const char *s, size_t len, size_t j, tok *t)
{
    long v = 0;
    size_t d = j, k;
    while (d < len && tally_is_digit((unsigned char)s[d])) {
        if (v <= NUMCAP)
            v = v * 10 + (s[d] - '0');
        d++;
    }
    t->kind = K_NUM;
    t->nd = (unsigned char)(d - j > 255 ? 255 : d - j);
    t->val = v > NUMCAP ? NUMCAP : (int)v;
    size_t w = d;
    while (w < len && w - d < 4 && is_ascii_letter((unsigned char)s[w]))
        w++;
    bool endw = w >= len || !is_ascii_letter((unsigned char)s[w]);
    if (endw && w - d == 2 &&
        (tally_ieq(s + d, 2, "st") || tally_ieq(s + d, 2, "nd") || tally_ieq(s + d, 2, "rd") || tally_ieq(s + d, 2, "th"))) {
        t->suf = SUF_ORD;
        d = w;
    } else if (endw && w - d == 1 && (s[d] == 's' || s[d] == 'S')) {
        t->suf = SUF_S;
        d = w;
    } else if (d < len && (s[d] == '\'' || (unsigned char)s[d] >= 0x80) && (k = tally_apos_at(s, len, d)) > 0 &&
               d + k < len && s[d + k] == 's' &&
               (d + k + 1 >= len || !is_ascii_letter((unsigned char)s[d + k + 1]))) {
        t->suf = SUF_S;
        d += k + 1;
    }
    return t->e = d;
}

/* A word at j: ASCII letters looked up in the lexicon; a word with other letters is never a time word. */
static size_t lex_word(const char *s, size_t len, size_t j, tok *t)
{
    size_t w = letters_end(s, len, j);
    t->kind = K_WORD;
    t->cap = tally_is_upper((unsigned char)s[j]);
    if (w == j || (w < len && (unsigned char)s[w] >= 0x80 && tally_letter_at(s, len, w))) {
        size_t e = tally_word_end(s, len, j);
        return t->e = e > w ? e : w > j ? w : j + 1;
    }
    const struct lexword *lw = lookup(s + j, w - j, len - j);
    if (lw && (!lw->cap || t->cap || lw->kind == LX_MONTH)) {
        t->lx = lw->kind;
        t->val = lw->val;
        t->weak = lw->cap && !t->cap;
    }
    return t->e = w;
}

/* One punctuation mark at j; dashes and apostrophes of every kind are folded to '-' and '\''. */
static size_t lex_punct(const char *s, size_t len, size_t j, tok *t)
{
    size_t k;
    t->kind = K_PUNCT;
    unsigned char c = (unsigned char)s[j];
    if (c < 0x80 && c != '-' && c != '\'') { /* most marks: no dash or apostrophe to look up */
        t->val = c;
        return t->e = j + 1;
    }
    if ((k = tally_dash_at(s, len, j)) > 0)
        t->val = '-';
    else if ((k = tally_apos_at(s, len, j)) > 0)
        t->val = '\'';
    else if ((unsigned char)s[j] >= 0x80) {
        int32_t cp;
        k = tally_utf8_decode(s, len, j, &cp);
    } else {
        k = 1;
        t->val = (unsigned char)s[j];
    }
    return t->e = j + k;
}

/* Reads the token at or after i into *t; returns the position after it (len when none). */
static size_t lex(const char *s, size_t len, size_t i, tok *t)
{
    t->sp = 0;
    size_t j = skip_spaces(s, len, i, &t->sp);
    if (j >= len) {
        t->s = t->e = len; /* no token: only spaces were left */
        return len;
    }
    unsigned char c = (unsigned char)s[j];
    t->s = j;
    t->lx = LX_NONE;
    t->cap = t->weak = t->nd = 0;
    t->suf = SUF_NONE;
    t->val = 0;
    if (tally_is_digit(c))
        return lex_number(s, len, j, t);
    if (is_ascii_letter(c) || (c >= 0x80 && tally_letter_at(s, len, j)))
        return lex_word(s, len, j, t);
    return lex_punct(s, len, j, t);
}

/* Starts a window at byte i; tokens are read lazily, as the recognisers ask for them. The tokens the last
 * window read from i on serve again (a token depends only on where it starts): candidates a few words apart
 * share most of their tokens. */
static void window(scan *sc, size_t i)
{
    int m = 0;
    while (m < sc->n && sc->t[m].s < i)
        m++;
    if (m == sc->n || sc->t[m].s != i) {
        sc->n = 0;
        sc->pos = i;
        return;
    }
    if (m > 0)
        memmove(sc->t, sc->t + m, (size_t)(sc->n - m) * sizeof *sc->t);
    sc->n -= m;
    sc->t[0].sp = 0; /* read from i, no space before it */
}

/* Reads tokens until token p exists or the window or text ends. */
static bool more(scan *sc, int p)
{
    while (sc->n <= p && sc->n < WIN && sc->pos < sc->len) {
        size_t next = lex(sc->s, sc->len, sc->pos, &sc->t[sc->n]);
        if (next >= sc->len && sc->t[sc->n].s >= sc->len) {
            sc->pos = sc->len;
            break;
        }
        sc->pos = next;
        sc->n++;
    }
    return p < sc->n;
}

/* True when token p exists, reading tokens up to it on demand (the fast path inline: most tests ask for a
 * token already read). */
static inline __attribute__((always_inline)) bool has(scan *sc, int p) { return p < sc->n || more(sc, p); }

/* MARK: token tests (inline: the grammar asks them a hundred thousand times on the claims bench's 4 MB slice) */

static inline __attribute__((always_inline)) bool W(scan *sc, int p, int lx)
{
    return has(sc, p) && sc->t[p].kind == K_WORD && sc->t[p].lx == lx;
}
static inline bool WV(scan *sc, int p, int lx, int v) { return W(sc, p, lx) && sc->t[p].val == v; }
static inline bool PU(scan *sc, int p, int ch) { return has(sc, p) && sc->t[p].kind == K_PUNCT && sc->t[p].val == ch; }
static inline bool NUM(scan *sc, int p) { return has(sc, p) && sc->t[p].kind == K_NUM; }
static inline bool PLAIN(scan *sc, int p) { return NUM(sc, p) && sc->t[p].suf == SUF_NONE; }
/* Token p+1 touches token p (no space between). */
static bool TIGHT(scan *sc, int p) { return has(sc, p + 1) && !sc->t[p + 1].sp; }
#ifndef NDEBUG
static bool may_hold(const char *w);
#endif
static inline bool WORDIS(scan *sc, int p, const char *lit)
{
    assert(may_hold(lit)); /* a word an expression holds is one tally_timex_word lists: doc.c relies on it */
    return has(sc, p) && sc->t[p].kind == K_WORD && tally_lower((unsigned char)sc->s[sc->t[p].s]) == (unsigned char)lit[0] &&
           tally_ieq(sc->s + sc->t[p].s, sc->t[p].e - sc->t[p].s, lit);
}
/* Skips an optional '.' right after an abbreviation. */
static int dot(scan *sc, int p) { return PU(sc, p, '.') && !sc->t[p].sp ? p + 1 : p; }
/* Skips the '.' of a month abbreviation ("Sept.") at p; after a full name it ends the sentence ("in
 * October. 2 people died"), unless a number touches it ("September.15th"). */
static int mdot(scan *sc, int p)
{
    static const unsigned char full[13] = {0, 7, 8, 5, 5, 3, 4, 4, 6, 9, 7, 8, 8};
    const tok *m = &sc->t[p - 1];
    if (m->val >= 1 && m->val <= 12 && m->e - m->s == full[m->val] && !(NUM(sc, p + 1) && TIGHT(sc, p)))
        return p;
    return dot(sc, p);
}
/* Skips an optional comma. */
static int comma(scan *sc, int p) { return PU(sc, p, ',') ? p + 1 : p; }

/* MARK: calendar helpers */

static bool leap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }
static int mdays(int y, int m)
{
    static const int d[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return m == 2 && leap(y) ? 29 : d[m - 1];
}
static int year_of(int32_t day)
{
    int y, m, d;
    tally_day_to_ymd(day, &y, &m, &d);
    return y;
}
static int month_of(int32_t day)
{
    int y, m, d;
    tally_day_to_ymd(day, &y, &m, &d);
    return m;
}
/* 1 = Monday … 7 = Sunday (1970-01-01 was a Thursday). */
static int weekday(int32_t day)
{
    int r = (int)(((int64_t)day + 3) % 7);
    return (r < 0 ? r + 7 : r) + 1;
}
/* Division rounding down, for negative years. */
static int floordiv(int a, int b) { return a >= 0 ? a / b : -((-a + b - 1) / b); }

/* Adds n months to a day, clamping the day of month. */
static int32_t add_months(int32_t day, int n)
{
    int y, m, d;
    tally_day_to_ymd(day, &y, &m, &d);
    int mi = y * 12 + (m - 1) + n;
    y = floordiv(mi, 12);
    m = mi - 12 * y + 1;
    if (d > mdays(y, m))
        d = mdays(y, m);
    return tally_day_from_ymd(y, m, d);
}

/* MARK: results */

/* Writes v in decimal at p, zero-padded to w characters as printf's "%0*d" does; returns the end. The value
 * writers below format by hand: snprintf was 4.6 % of the date scan's instructions (callgrind, 4 MB). */
static char *cat_int(char *p, int v, int w)
{
    char d[12];
    int n = 0;
    unsigned u = v < 0 ? 0u - (unsigned)v : (unsigned)v;
    do
        d[n++] = (char)('0' + u % 10);
    while (u /= 10);
    if (v < 0) {
        *p++ = '-';
        w--;
    }
    for (; w > n; w--)
        *p++ = '0';
    while (n)
        *p++ = d[--n];
    return p;
}

/* Copies the string v at p; returns the end (not terminated). */
static char *cat_str(char *p, const char *v)
{
    while (*v)
        *p++ = *v++;
    return p;
}

/* Writes "YYYY" + sep + number (w digits, none when w is 0) + tail into the value: the shape of most values. */
static void put_value(res *r, int y, const char *sep, int v, int w, const char *tail)
{
    char *p = cat_int(r->x.value, y, 4);
    p = cat_str(p, sep);
    if (w)
        p = cat_int(p, v, w);
    *cat_str(p, tail) = '\0';
}

static void put_range(res *r, tally_gran g, int32_t first, int32_t last)
{
    r->x.type = TALLY_TIMEX_DATE;
    r->x.gran = g;
    r->x.first = first;
    r->x.last = last;
}
static void put_day(res *r, int32_t day)
{
    put_range(r, TALLY_GRAN_DAY, day, day);
    tally_day_format(day, r->x.value);
}
static void put_month(res *r, int y, int m)
{
    put_range(r, TALLY_GRAN_MONTH, tally_day_from_ymd(y, m, 1), tally_day_from_ymd(y, m, mdays(y, m)));
    put_value(r, y, "-", m, 2, "");
}
static void put_year(res *r, int y)
{
    put_range(r, TALLY_GRAN_YEAR, tally_day_from_ymd(y, 1, 1), tally_day_from_ymd(y, 12, 31));
    put_value(r, y, "", 0, 0, "");
}
static void put_quarter(res *r, int y, int q)
{
    int m = 3 * q - 2;
    put_range(r, TALLY_GRAN_QUARTER, tally_day_from_ymd(y, m, 1), tally_day_from_ymd(y, m + 2, mdays(y, m + 2)));
    put_value(r, y, "-Q", q, 1, "");
}
static void put_half(res *r, int y, int h)
{
    put_range(r, TALLY_GRAN_HALF, tally_day_from_ymd(y, h == 1 ? 1 : 7, 1), tally_day_from_ymd(y, h == 1 ? 6 : 12, h == 1 ? 30 : 31));
    put_value(r, y, "-H", h, 1, "");
}
/* Seasons: 1 spring (Mar-May), 2 summer (Jun-Aug), 3 fall (Sep-Nov), 4 winter (Dec-Feb of the next year). */
static void put_season(res *r, int y, int se)
{
    static const char *code[] = {"SP", "SU", "FA", "WI"};
    int m = 3 * se;
    int32_t first = tally_day_from_ymd(y, m, 1);
    put_range(r, TALLY_GRAN_SEASON, first, add_months(first, 3) - 1);
    put_value(r, y, "-", 0, 0, code[se - 1]);
}
/* The ISO week holding day. */
static void put_week(res *r, int32_t day)
{
    int32_t mon = day - (weekday(day) - 1);
    int32_t thu = mon + 3;
    int y = year_of(thu);
    int w = (thu - tally_day_from_ymd(y, 1, 1)) / 7 + 1;
    put_range(r, TALLY_GRAN_WEEK, mon, mon + 6);
    put_value(r, y, "-W", w, 2, "");
}
static void put_weekend(res *r, int32_t day)
{
    put_week(r, day);
    r->x.first += 5;
    strcat(r->x.value, "-WE");
}
/* dec is a year / 10 (199 = the 1990s). */
static void put_decade(res *r, int dec)
{
    put_range(r, TALLY_GRAN_DECADE, tally_day_from_ymd(dec * 10, 1, 1), tally_day_from_ymd(dec * 10 + 9, 12, 31));
    *cat_int(r->x.value, dec, 3) = '\0';
}
/* c is a year / 100 (19 = the 20th century). */
static void put_century(res *r, int c)
{
    put_range(r, TALLY_GRAN_CENTURY, tally_day_from_ymd(c * 100, 1, 1), tally_day_from_ymd(c * 100 + 99, 12, 31));
    *cat_int(r->x.value, c, 2) = '\0';
}
static void put_ref(res *r, const char *v)
{
    put_range(r, TALLY_GRAN_NONE, TALLY_NODAY, TALLY_NODAY);
    *cat_str(r->x.value, v) = '\0';
}
/* An unanchored value (no publication day): X placeholders, no days. */
static void put_x(res *r, tally_gran g, const char *v)
{
    put_range(r, g, TALLY_NODAY, TALLY_NODAY);
    *cat_str(r->x.value, v) = '\0';
}
/* A duration of n units (n < 0: unknown, "X"; half = add one half). */
static void put_dur(res *r, int n, int half, int unit)
{
    static const char code[] = "?DWMQY??WHM";
    r->x.type = TALLY_TIMEX_DURATION;
    r->x.gran = TALLY_GRAN_NONE;
    r->x.first = r->x.last = TALLY_NODAY;
    if (unit == U_QUARTER && n >= 0) {
        n *= 3; /* TimeBank writes quarters as months: "the next three quarters" = P9M */
        unit = U_MONTH;
    }
    if (unit == U_DECADE || unit == U_CENTURY || unit == U_FORTNIGHT) {
        int mul = unit == U_DECADE ? 10 : unit == U_CENTURY ? 100 : 2;
        if (n >= 0)
            n *= mul;
        if (n < 0 && unit != U_FORTNIGHT) { /* TimeBank: "decades-long" PXY, "centuries" PXC */
            snprintf(r->x.value, sizeof r->x.value, "PX%s", unit == U_DECADE ? "Y" : "C");
            return;
        }
        unit = unit == U_FORTNIGHT ? U_WEEK : U_YEAR;
    }
    char *v = cat_str(r->x.value, unit == U_HOUR || unit == U_MINUTE ? "PT" : "P");
    if (n < 0) {
        *v++ = 'X';
    } else {
        v = cat_int(v, n, 1);
        if (half && (unit == U_YEAR || unit == U_HOUR || unit == U_MINUTE)) { /* TimeBank: P2Y6M, PT5H30M */
            *v++ = code[unit];
            v = cat_int(v, unit == U_YEAR ? 6 : 30, 1);
            *v++ = unit == U_YEAR ? 'M' : unit == U_HOUR ? 'M' : 'S';
            *v = '\0';
            return;
        }
        if (half)
            v = cat_str(v, ".5");
    }
    *v++ = code[unit];
    *v = '\0';
}
static void put_set(res *r, const char *v)
{
    r->x.type = TALLY_TIMEX_SET;
    r->x.gran = TALLY_GRAN_NONE;
    r->x.first = r->x.last = TALLY_NODAY;
    *cat_str(r->x.value, v) = '\0';
}
/* Narrows a DATE to its early / middle / late third (or its end / beginning); the value keeps the
 * TIMEX3 of the whole period, as TimeBank does (the modifier goes to its mod attribute). */
static void narrow(res *r, int pos)
{
    if (r->x.type != TALLY_TIMEX_DATE || r->x.first == TALLY_NODAY || r->x.last - r->x.first < 2)
        return; /* a day or two has no thirds */
    int32_t n = r->x.last - r->x.first + 1, third = n / 3 ? n / 3 : 1;
    if (pos == P_EARLY || pos == P_BEGIN)
        r->x.last = r->x.first + third - 1;
    else if (pos == P_MID)
        r->x.first += third, r->x.last = r->x.first + (n - 2 * third) - 1;
    else if (pos == P_LATE || pos == P_END)
        r->x.first = r->x.last - third + 1;
}

/* MARK: context cues */

/* The word that ends before byte i (skipping spaces), as [*ws, *we); false when none. Inlined into the tense
 * look-back, which reads most of its words (two thirds of the calls). */
static inline __attribute__((always_inline)) bool word_before_in(const char *s, size_t i, size_t *ws, size_t *we)
{
    while (i > 0 && tally_is_ascii_space((unsigned char)s[i - 1]))
        i--;
    size_t e = i;
    while (i >= 8) { /* 8 bytes at a time, as letters_end (date bench +1.5 %: the tense look-back reads words) */
        uint64_t x = tally_load8_le(s + i - 8);
        uint64_t y = (x | 0x2020202020202020ull) & 0x7F7F7F7F7F7F7F7Full;
        uint64_t ge_a = y + 0x1F1F1F1F1F1F1F1Full, gt_z = y + 0x0505050505050505ull;
        uint64_t stop = ~(ge_a & ~gt_z & ~x) & 0x8080808080808080ull;
        if (stop) { /* the highest such byte is the last non-letter before i */
            i = i - 8 + (size_t)((63 - __builtin_clzll(stop)) >> 3) + 1;
            break;
        }
        i -= 8;
    }
    while (i > 0 && tally_is_alpha((unsigned char)s[i - 1]))
        i--;
    *ws = i;
    *we = e;
    return e > i;
}

static bool word_before(const char *s, size_t i, size_t *ws, size_t *we) { return word_before_in(s, i, ws, we); }

static bool in_list(const char *s, size_t n, const char *const *list)
{
    if (n == 0)
        return false;
    unsigned char c = tally_lower((unsigned char)s[0]);
    for (; *list; list++)
        if ((unsigned char)(*list)[0] == c && tally_ieq(s, n, *list))
            return true;
    return false;
}

/* Words before a bare month or season that make it a date ("in May", "last fall"). The strong cues alone
 * admit words that are also names or verbs ("and May", "to fall"). */
static bool strong_cue_before(const scan *sc, size_t i)
{
    static const char *const cues[] = {"in", "since", "by", "until", "till", "during", "from", "through",
                                       "throughout", "last", "next", "this", "early", "late", "mid", "end",
                                       "past", "coming", "before", "after", NULL};
    static const char *const parts[] = {"end", "beginning", "middle", "start", "half", "part", "month", NULL};
    size_t ws, we;
    if (i > 0 && (sc->s[i - 1] == '-'))
        i--;
    if (!word_before(sc->s, i, &ws, &we))
        return false;
    if (tally_ieq(sc->s + ws, we - ws, "the") && word_before(sc->s, ws, &ws, &we))
        return in_list(sc->s + ws, we - ws, cues);
    if (tally_ieq(sc->s + ws, we - ws, "of") && word_before(sc->s, ws, &ws, &we))
        return in_list(sc->s + ws, we - ws, parts); /* "the end of March", "the month of May" */
    return in_list(sc->s + ws, we - ws, cues);
}

static bool date_cue_before(const scan *sc, size_t i)
{
    static const char *const cues[] = {"in", "since", "by", "until", "till", "during", "of", "from", "through",
                                       "to", "between", "before", "after", "and", "or", "early", "late", "mid",
                                       "this", "last", "next", "end", "last", "until", "for", "each", "every",
                                       "throughout", "past", "coming", "on", "within", NULL};
    size_t ws, we;
    if (i > 0 && (sc->s[i - 1] == '-'))
        i--; /* "mid-May" */
    if (!word_before(sc->s, i, &ws, &we))
        return false;
    if (tally_ieq(sc->s + ws, we - ws, "the") && word_before(sc->s, ws, &ws, &we))
        return in_list(sc->s + ws, we - ws, cues); /* "in the summer" */
    return in_list(sc->s + ws, we - ws, cues);
}

/* The word before byte i is lit. */
static bool word_before_is(const scan *sc, size_t i, const char *lit)
{
    size_t ws, we;
    return word_before(sc->s, i, &ws, &we) && tally_ieq(sc->s + ws, we - ws, lit);
}

/* The tense of the sentence before byte start: 1 future (2 when the marker is "would"), -1 past, 0 unknown. The nearest marker before
 * the expression (back to the sentence start) decides: "will", "'ll", "scheduled", "plans", "expected"…
 * say future unless "had" or "been" stands right before them ("had been scheduled"); "was",
 * "ago", "last"… say past. Reported speech ("said … will") still counts: news announces schedules that
 * way. Weekdays (strict) look only a short way back at strong markers: in TimeBank a bare weekday is past
 * nineteen times in twenty. */
static const char *const tense_fut[] = {"will", "ll", "shall", "wo", "scheduled", "planned", "plans", "planning",
                                        "plan", "would", "soon", "tomorrow", "upcoming", "next", "expected", "due",
                                        NULL};
static const char *const tense_strong[] = {"will", "ll", "shall", "would", "scheduled", "planned", "plans", "planning",
                                           "plan", "set", NULL};
static const char *const tense_past[] = {"was", "were", "had", "did", "ago", "last", "yesterday", "earlier", NULL};
/* Bit n of row c: some word above (or "to") starts with letter c and has n letters. tense_before tests a word
 * against its lists only when its shape is here: most words are turned away by one load (the lists were 4 %
 * of the date scan's instructions). tally_timex_tense_misses checks it against the lists. */
static const uint16_t tense_shape[26] = {
    ['a' - 'a'] = 1 << 3, ['d' - 'a'] = 1 << 3, ['e' - 'a'] = 1 << 7 | 1 << 8, ['h' - 'a'] = 1 << 3,
    ['l' - 'a'] = 1 << 2 | 1 << 4, ['n' - 'a'] = 1 << 4, ['p' - 'a'] = 1 << 4 | 1 << 5 | 1 << 7 | 1 << 8,
    ['s' - 'a'] = 1 << 3 | 1 << 4 | 1 << 5 | 1 << 9, ['t' - 'a'] = 1 << 2 | 1 << 8, ['u' - 'a'] = 1 << 8,
    ['w' - 'a'] = 1 << 2 | 1 << 3 | 1 << 4 | 1 << 5, ['y' - 'a'] = 1 << 9,
};

/* The ASCII word s[0..n) may be a tense word: its shape is in tense_shape. */
static inline bool tense_shaped(const char *s, size_t n)
{
    unsigned f = ((unsigned char)s[0] | 0x20) - 'a';
    return n < 16 && f < 26 && (tense_shape[f] >> n & 1);
}

int tally_timex_tense_misses(void)
{
    const char *const *lists[] = {tense_fut, tense_strong, tense_past};
    int miss = !tense_shaped("to", 2);
    for (size_t k = 0; k < sizeof lists / sizeof *lists; k++)
        for (const char *const *w = lists[k]; *w; w++)
            miss += !tense_shaped(*w, strlen(*w));
    return miss;
}

/* "set" at s[ws..we) is the past verb ("set Friday as the deadline") unless "to" or "for" follows ("set to
 * resume Monday", "set for Friday"). */
static bool set_verb(const char *s, size_t len, size_t ws, size_t we)
{
    if (tally_ieq(s + ws, we - ws, "plan")) /* "did not plan to remove him Thursday"; "the plan" is a noun */
        return !(we + 3 < len && tally_ieq(s + we, 4, " to "));
    if (!tally_ieq(s + ws, we - ws, "set"))
        return false;
    return !((we + 3 < len && tally_ieq(s + we, 4, " to ")) || (we + 4 < len && tally_ieq(s + we, 5, " for ")));
}

static int tense_before(const scan *sc, size_t start, bool strict)
{
    static const char *const undo[] = {"had", "been", NULL};
    static const char *const be[] = {"is", "are", "am", NULL};
    const char *s = sc->s;
    size_t back = strict ? 60 : 160;
    size_t lo = start > back ? start - back : 0, i = start;
    while (i > lo) {
        size_t ws, we, ps, pe;
        if (s[i - 1] == '.' || s[i - 1] == '!' || s[i - 1] == '?' || s[i - 1] == '\n')
            break;
        if (!word_before_in(s, i, &ws, &we)) {
            i--;
            continue;
        }
        if (tense_shaped(s + ws, we - ws) && s[we] != '-') { /* "would-be", "set-up": no tense */
            if (in_list(s + ws, we - ws, strict ? tense_strong : tense_fut) && !set_verb(s, sc->len, ws, we)) {
                bool would = tally_ieq(s + ws, we - ws, "would");
                if (would && strict && ((we + 5 <= sc->len && tally_ieq(s + we, 5, " have")) ||
                                        (we + 9 <= sc->len && tally_ieq(s + we, 9, " not have"))))
                    return 0; /* "would have been at school Friday": a counterfactual, past or not */
                return word_before(s, ws, &ps, &pe) && in_list(s + ps, pe - ps, undo) ? -1 : would ? 2 : 1;
            }
            if (tally_ieq(s + ws, we - ws, "to") && word_before(s, ws, &ps, &pe) && in_list(s + ps, pe - ps, be))
                return 1; /* "is to resume talks Tuesday": a schedule */
            if (in_list(s + ws, we - ws, tense_past))
                return -1;
        }
        i = ws;
    }
    return 0;
}

static bool future_cue(const scan *sc, size_t start, bool strict) { return tense_before(sc, start, strict) > 0; }

/* "since the war began on April 15", "broke out on": a start told in the past, never a day ahead. */
static bool began_on(const scan *sc, size_t start)
{
    static const char *const verbs[] = {"began", "started", "erupted", "out", NULL};
    size_t ws, we, vs, ve;
    return word_before(sc->s, start, &ws, &we) && tally_ieq(sc->s + ws, we - ws, "on") &&
           word_before(sc->s, ws, &vs, &ve) && in_list(sc->s + vs, ve - vs, verbs);
}

/* The tense md_day weighs a month and day by: past after "ended" ("the quarter ended Jan. 31") and "since"
 * ("killed since April 15": never a day ahead), else the sentence's tense when it looks ahead. */
static int md_tense(const scan *sc, size_t start)
{
    if (word_before_is(sc, start, "ended") || word_before_is(sc, start, "since") || began_on(sc, start))
        return -1;
    return future_cue(sc, start, false) ? 1 : 0;
}

/* A deadline ("by May", "until January", "through February") up to half a year ahead is the coming month
 * unless the sentence is in the past. */
static bool deadline_before(const scan *sc, size_t start, int m)
{
    static const char *const cues[] = {"by", "until", "till", "through", NULL};
    size_t ws, we;
    int ahead = (m - month_of(sc->dct) + 12) % 12;
    return ahead >= 1 && ahead <= 6 && word_before(sc->s, start, &ws, &we) && in_list(sc->s + ws, we - ws, cues) &&
           tense_before(sc, ws, false) >= 0;
}

/* A month up to half a year ahead in a sentence whose nearest verb before it is "is"/"are" ("when the case
 * is heard in May") is the coming one: news writes scheduled events in the present. */
static bool present_ahead(const scan *sc, size_t start, int m)
{
    static const char *const present[] = {"is", "are", NULL};
    int ahead = (m - month_of(sc->dct) + 12) % 12;
    size_t i = start, lo = start > 100 ? start - 100 : 0, ws, we;
    if (ahead < 1 || ahead > 6)
        return false;
    while (i > lo && sc->s[i - 1] != '.' && sc->s[i - 1] != '!' && sc->s[i - 1] != '?' && sc->s[i - 1] != '\n') {
        if (!word_before(sc->s, i, &ws, &we)) {
            i--;
            continue;
        }
        size_t n = we - ws;
        if (n <= 3 && in_list(sc->s + ws, n, present))
            return true;
        if ((tense_shaped(sc->s + ws, n) && in_list(sc->s + ws, n, tense_past)) ||
            (n > 3 && tally_ieq(sc->s + we - 2, 2, "ed") && !word_before_is(sc, ws, "is") && !word_before_is(sc, ws, "are")))
            return false;
        i = ws;
    }
    return false;
}

/* MARK: number and calendar atoms */

/* A four-digit year 1000-2199 that is not part of a longer number ("1,990", "2000.5"). */
static int year_at(scan *sc, int p, int *y)
{
    if (!PLAIN(sc, p) || sc->t[p].nd != 4 || sc->t[p].val < 1000 || sc->t[p].val > 2199)
        return 0;
    if ((PU(sc, p + 1, ',') || PU(sc, p + 1, '.')) && !sc->t[p + 1].sp && NUM(sc, p + 2) && !sc->t[p + 2].sp)
        return 0;
    *y = sc->t[p].val;
    return p + 1;
}

/* A spelled year: "nineteen ninety-six", "nineteen seventy nine". */
static int spelled_year(scan *sc, int p, int *y)
{
    if (!W(sc, p, LX_NUMW) || (sc->t[p].val != 19 && sc->t[p].val != 20) || !W(sc, p + 1, LX_NUMW) ||
        sc->t[p + 1].val < 10 || sc->t[p + 1].val > 90)
        return 0;
    int v = sc->t[p].val * 100 + sc->t[p + 1].val, q = p + 2;
    if (sc->t[p + 1].val % 10 == 0 && sc->t[p + 1].val >= 20) {
        int r = PU(sc, q, '-') ? q + 1 : q;
        if (W(sc, r, LX_NUMW) && sc->t[r].val >= 1 && sc->t[r].val <= 9) {
            v += sc->t[r].val;
            q = r + 1;
        }
    }
    *y = v;
    return q;
}

/* A spelled number 1-99 at p: "seven", "twenty-seven", "twenty seven"; 0 when none. */
static int small_numw(scan *sc, int p, int *v)
{
    if (!W(sc, p, LX_NUMW) || sc->t[p].val < 1 || sc->t[p].val > 90)
        return 0;
    *v = sc->t[p].val;
    int r = PU(sc, p + 1, '-') ? p + 2 : p + 1;
    if (*v >= 20 && *v % 10 == 0 && W(sc, r, LX_NUMW) && sc->t[r].val >= 1 && sc->t[r].val <= 9) {
        *v += sc->t[r].val;
        return r + 1;
    }
    return p + 1;
}

/* A year said the way it is read aloud, which only a date before it tells from a count: "two thousand",
 * "two thousand and eighteen", "nineteen oh one" ("two thousand homes" alone is a count: see any_year). */
static int spoken_year(scan *sc, int p, int *y)
{
    int v, e;
    if (!W(sc, p, LX_NUMW))
        return 0;
    if (WV(sc, p, LX_NUMW, 2) && WORDIS(sc, p + 1, "thousand") && p > 0) {
        int q = W(sc, p + 2, LX_AND) ? p + 3 : p + 2;
        e = small_numw(sc, q, &v);
        *y = 2000 + (e ? v : 0);
        e = e ? e : p + 2;
        if (WV(sc, p - 1, LX_UNIT, U_YEAR))
            return e; /* "the year two thousand" */
        /* ending the clause: "May 5, two thousand troops" counts */
        int c = has(sc, e) && sc->t[e].kind == K_PUNCT ? sc->t[e].val : has(sc, e) ? 'w' : '.';
        return c && strchr(".,;!?)", c) ? e : 0;
    }
    if ((WV(sc, p, LX_NUMW, 19) || WV(sc, p, LX_NUMW, 20)) && (WV(sc, p + 1, LX_NUMW, 0) || WORDIS(sc, p + 1, "oh")) &&
        W(sc, p + 2, LX_NUMW) && sc->t[p + 2].val >= 1 && sc->t[p + 2].val <= 9) {
        *y = sc->t[p].val * 100 + sc->t[p + 2].val;
        return p + 3;
    }
    return 0;
}

/* A decade of this century said aloud: "two thousands" (200), "twenty-tens", "two thousand and tens" (201). */
static int spoken_decade(scan *sc, int p, int *dec)
{
    if (WV(sc, p, LX_NUMW, 2) && WORDIS(sc, p + 1, "thousands")) {
        *dec = 200;
        return p + 2;
    }
    int q = WV(sc, p, LX_NUMW, 20) ? p + 1 : 0;
    if (WV(sc, p, LX_NUMW, 2) && WORDIS(sc, p + 1, "thousand") && W(sc, p + 2, LX_AND))
        q = p + 3;
    if (q == p + 1 && PU(sc, q, '-') && TIGHT(sc, q))
        q++;
    if (!q || !WORDIS(sc, q, "tens"))
        return 0;
    *dec = 201;
    return q + 1;
}

/* Any year after a date or "of": digits, spelled or spoken. */
static int any_year(scan *sc, int p, int *y)
{
    int q = year_at(sc, p, y);
    if (!q)
        q = spoken_year(sc, p, y);
    return q ? q : spelled_year(sc, p, y);
}

/* A day of month: "18", "18th", "eighteenth", "twenty-first". */
static int day_at(scan *sc, int p, int *d)
{
    if (NUM(sc, p) && sc->t[p].nd <= 2 && sc->t[p].suf != SUF_S && sc->t[p].val >= 1 && sc->t[p].val <= 31) {
        *d = sc->t[p].val;
        return p + 1;
    }
    if (W(sc, p, LX_ORDW) && sc->t[p].val <= 31) {
        *d = sc->t[p].val;
        return p + 1;
    }
    if (W(sc, p, LX_NUMW) && (sc->t[p].val == 20 || sc->t[p].val == 30)) {
        int r = PU(sc, p + 1, '-') ? p + 2 : p + 1;
        if (W(sc, r, LX_ORDW) && sc->t[r].val <= 9 && sc->t[p].val + sc->t[r].val <= 31) {
            *d = sc->t[p].val + sc->t[r].val;
            return r + 1;
        }
    }
    return 0;
}

/* A year, a clause end or the text's end at p: what may follow a day said in words. */
static bool day_ends(scan *sc, int p)
{
    int y;
    if (!has(sc, p) || any_year(sc, comma(sc, p), &y))
        return true;
    int c = sc->t[p].kind == K_PUNCT ? sc->t[p].val : 0;
    return c == '.' || c == ',' || c == ';' || c == '!' || c == '?' || c == ')';
}

/* A day said as a cardinal word, "May twenty one", "Friday the fifteen": only with a year or a clause end
 * after it, since "in March twenty-two people died" counts people. */
static int word_day(scan *sc, int p, int *d)
{
    int e = small_numw(sc, p, d);
    return e && *d <= 31 && day_ends(sc, e) ? e : 0;
}

/* An ordinal 1-n: "third", "3rd". */
static inline int ord_at(scan *sc, int p, int max, int *v)
{
    if (W(sc, p, LX_ORDW) && sc->t[p].val >= 1 && sc->t[p].val <= max) {
        *v = sc->t[p].val;
        return p + 1;
    }
    if (NUM(sc, p) && sc->t[p].suf == SUF_ORD && sc->t[p].val >= 1 && sc->t[p].val <= max) {
        *v = sc->t[p].val;
        return p + 1;
    }
    return 0;
}

/* A count: "3", "three", "twenty-four", "a", "a few", "several", "a couple of", "2 1/2", "one and a half".
 * *n = -1 for a vague count; *half when a half is added. */
static int quant_at(scan *sc, int p, int *n, int *half)
{
    *half = 0;
    if (PLAIN(sc, p) && sc->t[p].nd <= 6) {
        *n = sc->t[p].val;
        int q = p + 1;
        if ((PU(sc, q, '.') || PU(sc, q, ',')) && !sc->t[q].sp && PLAIN(sc, q + 1) && !sc->t[q + 1].sp) {
            if (!PU(sc, q, '.') || sc->t[q + 1].val != 5 || sc->t[q + 1].nd != 1)
                return 0; /* "1,000" is a count, not a time; only "2.5" style halves */
            *half = 1;
            return q + 2;
        }
        if (PLAIN(sc, q) && sc->t[q].val == 1 && PU(sc, q + 1, '/') && PLAIN(sc, q + 2) && sc->t[q + 2].val == 2) {
            *half = 1;
            return q + 3;
        }
        return q;
    }
    if (W(sc, p, LX_NUMW) && sc->t[p].val >= 1) {
        int v = sc->t[p].val, q = p + 1;
        if (v >= 20 && v <= 90 && v % 10 == 0) {
            int r = PU(sc, q, '-') ? q + 1 : q;
            if (W(sc, r, LX_NUMW) && sc->t[r].val >= 1 && sc->t[r].val <= 9) {
                v += sc->t[r].val;
                q = r + 1;
            }
        }
        if (W(sc, q, LX_NUMW) && sc->t[q].val == 100) {
            v *= 100;
            q++;
        }
        *n = v;
        if (W(sc, q, LX_AND) && W(sc, q + 1, LX_A) && W(sc, q + 2, LX_HALF)) {
            *half = 1;
            q += 3;
        }
        return q;
    }
    if (W(sc, p, LX_A)) {
        if (W(sc, p + 1, LX_FEW) && (sc->t[p + 1].val == 1 || sc->t[p + 1].val == 3)) {
            *n = sc->t[p + 1].val == 3 ? 2 : -1; /* TimeBank counts "a couple of years" as two */
            return W(sc, p + 2, LX_OF) ? p + 3 : p + 2;
        }
        if (W(sc, p + 1, LX_NUMW) && sc->t[p + 1].val == 100) {
            *n = 100;
            return p + 2;
        }
        *n = 1;
        return p + 1;
    }
    if (W(sc, p, LX_FEW) && sc->t[p].val == 3 && W(sc, p + 1, LX_OF)) {
        *n = 2; /* "the next couple of years" */
        return p + 2;
    }
    if (W(sc, p, LX_FEW) && sc->t[p].val != 3) {
        *n = -1;
        return p + 1;
    }
    return 0;
}

/* Approximation words before a count, kept in the span as TimeBank does: "about", "nearly", "more than",
 * "less than", "at least", "up to", "over". */
static inline int approx_at(scan *sc, int p)
{
    if (W(sc, p, LX_APPROX)) {
        int v = sc->t[p].val;
        if (v == A_MORE || v == A_LESS)
            return W(sc, p + 1, LX_THAN) ? p + 2 : p;
        if (v == A_LEAST || v == A_EXTRA)
            return p;
        return p + 1;
    }
    if (!has(sc, p) || sc->t[p].kind != K_WORD || sc->t[p].lx != LX_NONE || sc->t[p].e - sc->t[p].s != 2)
        return p;
    if (WORDIS(sc, p, "at") && WV(sc, p + 1, LX_APPROX, A_LEAST))
        return p + 2;
    if (WORDIS(sc, p, "up") && WV(sc, p + 1, LX_TO, 1))
        return p + 2;
    return p;
}

/* A unit word, singular or plural; *plural set. */
static int unit_at(scan *sc, int p, int *u, int *plural)
{
    if (W(sc, p, LX_UNIT) || W(sc, p, LX_UNITS)) {
        *u = sc->t[p].val;
        *plural = sc->t[p].lx == LX_UNITS;
        return p + 1;
    }
    return 0;
}

/* MARK: resolution against the publication day */

/* A bare month up to this many months ahead of the publication month is the coming one (TimeBank: "in
 * January" written in late October). Further ahead, the most recent one. */
#define TIMEX_AHEAD 1
/* The year of a month with no year: the most recent at or before dct (dir 0), the next after (dir 1),
 * strictly before (dir -1), or dct's own year (dir 2). */
static int month_year(const scan *sc, int m, int dir)
{
    int y = year_of(sc->dct), dm = month_of(sc->dct);
    if (dir == 2)
        return y;
    if (dir > 0)
        return m >= dm ? y : y + 1; /* "by the end of November", written in November: this one */
    if (dir < 0)
        return m < dm ? y : y - 1;
    if ((m - dm + 12) % 12 >= 1 && (m - dm + 12) % 12 <= TIMEX_AHEAD)
        return m > dm ? y : y + 1; /* a month just ahead is the coming one ("in November", late October) */
    return m <= dm ? y : y - 1;
}

/* The day of a weekday with no date: most recent at or before dct (dir 0), strictly before (-1),
 * strictly after (1), this week's (2). */
static int32_t wday_day(const scan *sc, int wd, int dir)
{
    int cur = weekday(sc->dct);
    if (dir == 0)
        return sc->dct - ((cur - wd + 7) % 7);
    if (dir < 0)
        return sc->dct - ((cur - wd + 6) % 7 + 1);
    if (dir == 2)
        return sc->dct + (wd - cur);
    return sc->dct + ((wd - cur + 6) % 7 + 1);
}

/* Days ahead of the publication day weigh this much more than days behind when a month and day without
 * a year picks its year (news mostly reports what happened). */
#define TIMEX_FUTW 2
/* A month and day with no year: the nearest such day to dct, days ahead weighing double (tense 0), days
 * behind weighing double (tense 1: the sentence looks ahead), or the most recent (tense -1: "the quarter
 * ended Jan. 31"). */
static int32_t md_day(const scan *sc, int m, int d, int tense)
{
    int y = year_of(sc->dct);
    int32_t best = TALLY_NODAY;
    for (int yy = y - 1; yy <= y + 1; yy++) {
        if (d > mdays(yy, m))
            continue;
        int32_t day = tally_day_from_ymd(yy, m, d);
        if (tense < 0 && day > sc->dct)
            continue;
        int64_t dist = (int64_t)day - sc->dct, bd = (int64_t)best - sc->dct;
        int64_t wa = tense > 0 ? 1 : TIMEX_FUTW, wb = tense > 0 ? TIMEX_FUTW : 1;
        dist = dist < 0 ? -dist * wb : dist * wa; /* the past is likelier in news: weigh days ahead */
        bd = bd < 0 ? -bd * wb : bd * wa;
        if (best == TALLY_NODAY || dist < bd)
            best = day;
    }
    return best;
}

/* A day of the month with no month ("the week of the 18th"): this month's, unless that one lies ahead (the
 * last month's) or, when the sentence looks ahead, behind (the next month's). */
static int32_t month_day(const scan *sc, int d, bool ahead)
{
    int32_t best = TALLY_NODAY;
    for (int i = 0; i <= 2 && best == TALLY_NODAY; i++) {
        int32_t m = add_months(sc->dct, ahead ? i : -i);
        int y = year_of(m), mo = month_of(m);
        int32_t day = d <= mdays(y, mo) ? tally_day_from_ymd(y, mo, d) : TALLY_NODAY;
        if (day != TALLY_NODAY && (ahead ? day >= sc->dct : day <= sc->dct))
            best = day;
    }
    return best;
}

/* Which quarter day falls in. */
static int quarter_of(int32_t day) { return (month_of(day) - 1) / 3 + 1; }

/* A quarter with no year: the most recent one starting at or before dct. */
static int quarter_year(const scan *sc, int q) { return q <= quarter_of(sc->dct) ? year_of(sc->dct) : year_of(sc->dct) - 1; }

/* Puts the period of unit u holding day, shifted by k units. */
static void put_unit(res *r, int u, int32_t day, int k)
{
    int y = year_of(day), m = month_of(day);
    switch (u) {
    case U_DAY: put_day(r, day + k); break;
    case U_WEEK: put_week(r, day + 7 * k); break;
    case U_FORTNIGHT: put_week(r, day + 14 * k); break;
    case U_MONTH: { int32_t d = add_months(day, k); put_month(r, year_of(d), month_of(d)); break; }
    case U_QUARTER: { int qi = y * 4 + (m - 1) / 3 + k; put_quarter(r, floordiv(qi, 4), qi - 4 * floordiv(qi, 4) + 1); break; }
    case U_YEAR: put_year(r, y + k); break;
    case U_DECADE: put_decade(r, y / 10 + k); break;
    case U_CENTURY: put_century(r, y / 100 + k); break;
    default: put_day(r, day + k); break;
    }
}

/* Puts the date n units before (sign -1) or after (sign 1) day, at the granularity TimeBank uses for
 * "N units ago": days and weeks to the day, months to the month, years to the year. */
static void put_shift(res *r, int u, int n, int sign, int32_t day)
{
    switch (u) {
    case U_DAY: put_day(r, day + sign * n); break;
    case U_WEEK: put_day(r, day + sign * 7 * n); break;
    case U_FORTNIGHT: put_day(r, day + sign * 14 * n); break;
    case U_MONTH: { int32_t d = add_months(day, sign * n); put_month(r, year_of(d), month_of(d)); break; }
    case U_QUARTER: put_unit(r, U_QUARTER, day, sign * n); break;
    case U_YEAR: put_year(r, year_of(day) + sign * n); break;
    case U_DECADE: put_year(r, year_of(day) + sign * 10 * n); break;
    case U_CENTURY: put_year(r, year_of(day) + sign * 100 * n); break;
    default: put_day(r, day); break;
    }
}

/* The anchor for "the day before", "a year earlier": the date in focus. */
static int32_t focus_day(const scan *sc) { return sc->focus != TALLY_NODAY ? sc->focus : sc->dct; }

/* A day of the quarter an earnings report is about: the quarter in focus once it has ended, else the last
 * quarter ended before publication ("fourth quarter ended Sept. 30" is a fiscal name: the latest quarter
 * is still the calendar quarter just ended). */
static int32_t report_day(const scan *sc)
{
    int32_t last_ended = tally_day_from_ymd(year_of(sc->dct), 3 * quarter_of(sc->dct) - 2, 1) - 1;
    int32_t q = sc->rquarter;
    if (q != TALLY_NODAY && add_months(tally_day_from_ymd(year_of(q), 3 * quarter_of(q) - 2, 1), 3) <= sc->dct)
        return q;
    return last_ended;
}

/* The sentence before byte i counts months ("in the first nine months, … a year earlier"): a comparison of
 * the year to date, whose "a year earlier" is last year, not the report's quarter. Looks back at most 160
 * bytes, to a full stop after a word in lower case or a digit ("Sept." and "Corp." end no sentence). */
static bool months_in_sentence(const scan *sc, size_t i)
{
    const char *s = sc->s;
    size_t stop = i > 160 ? i - 160 : 0;
    while (i-- > stop) {
        if (s[i] == '.' && i + 2 < sc->len && s[i + 1] == ' ' && tally_is_upper((unsigned char)s[i + 2])) {
            size_t k = i;
            while (k > 0 && tally_is_alpha((unsigned char)s[k - 1]))
                k--;
            if (k == i || !tally_is_upper((unsigned char)s[k]))
                return false;
        }
        if (i + 6 <= sc->len && tally_ieq(s + i, 6, "months") && (i == 0 || !tally_is_alpha((unsigned char)s[i - 1])) &&
            (i + 6 == sc->len || !tally_is_alpha((unsigned char)s[i + 6])))
            return true;
    }
    return false;
}

/* The count of "the nine months" in the sentence before byte i or the one before it ("For the nine months, net
 * was … In the year-earlier period, …"): 1 to 11, else 0. Looks back at most 320 bytes. */
static int months_counted(const scan *sc, size_t i)
{
    const char *s = sc->s;
    size_t stop = i > 320 ? i - 320 : 0, ws, we;
    int ends = 0;
    while (i-- > stop) {
        if (s[i] == '.' && i + 2 < sc->len && s[i + 1] == ' ' && tally_is_upper((unsigned char)s[i + 2])) {
            size_t k = i;
            while (k > 0 && tally_is_alpha((unsigned char)s[k - 1]))
                k--;
            if ((k == i || !tally_is_upper((unsigned char)s[k])) && ++ends > 1)
                return 0;
        }
        if (i + 6 > sc->len || !tally_ieq(s + i, 6, "months") || (i > 0 && tally_is_alpha((unsigned char)s[i - 1])) ||
            (i + 6 < sc->len && tally_is_alpha((unsigned char)s[i + 6])) || !word_before(s, i, &ws, &we))
            continue;
        const struct lexword *x = lookup(s + ws, we - ws, sc->len - ws);
        size_t ts, te;
        if (!x || x->kind != LX_NUMW || x->val < 1 || x->val > 11 || !word_before(s, ws, &ts, &te))
            continue;
        if (tally_ieq(s + ts, te - ts, "first") && !word_before(s, ts, &ts, &te))
            continue;
        if (tally_ieq(s + ts, te - ts, "the")) /* "the (first) nine months", not "two months ago" */
            return x->val;
    }
    return 0;
}

/* An unanchored placeholder for unit u ("XXXX-WXX"…) when there is no publication day. */
static void put_xunit(res *r, int u)
{
    put_x(r, TALLY_GRAN_NONE, u == U_DAY ? "XXXX-XX-XX" : u == U_WEEK ? "XXXX-WXX" : u == U_MONTH ? "XXXX-XX"
                             : u == U_QUARTER ? "XXXX-QX" : u == U_DECADE ? "XXX" : u == U_CENTURY ? "XX" : "XXXX");
}

/* MARK: recognisers — each returns the token index after its match, or 0 */

/* The Monday of week n (-1: the last) of a month, counting the weeks whose Thursday falls in it (as ISO
 * 8601 counts the weeks of a year); TALLY_NODAY when the month has no such week. */
static int32_t month_week(int y, int m, int n)
{
    int32_t first = tally_day_from_ymd(y, m, 1), last = tally_day_from_ymd(y, m, mdays(y, m));
    if (n < 0)
        return last - (weekday(last) - 4 + 7) % 7 - 3;
    int32_t mon = first + (4 - weekday(first) + 7) % 7 - 3 + 7 * (n - 1);
    return mon + 3 <= last ? mon : TALLY_NODAY;
}

/* The Monday of ISO week n (-1: the last) of year y. */
static int32_t year_week(int y, int n)
{
    int32_t jan4 = tally_day_from_ymd(y, 1, 4), dec28 = tally_day_from_ymd(y, 12, 28);
    if (n < 0)
        return dec28 - (weekday(dec28) - 1);
    int32_t mon = jan4 - (weekday(jan4) - 1) + 7 * (n - 1);
    return mon <= dec28 ? mon : TALLY_NODAY;
}


static int rel_dir(int rel);

static bool anchored(const scan *sc) { return sc->dct != TALLY_NODAY; }

/* "(v1,v2,PnU)": the value of a period between two dates, as Recognizers-Text writes it. */
static void put_between(res *r, const res *a, const res *b)
{
    char v[48];
    int32_t n = b->x.first - a->x.first;
    tally_gran g = a->x.gran;
    if (g == TALLY_GRAN_MONTH || g == TALLY_GRAN_YEAR) {
        int ma = year_of(a->x.first) * 12 + month_of(a->x.first), mb = year_of(b->x.first) * 12 + month_of(b->x.first);
        if (g == TALLY_GRAN_YEAR)
            snprintf(v, sizeof v, "(%.10s,%.10s,P%dY)", a->x.value, b->x.value, (mb - ma) / 12);
        else
            snprintf(v, sizeof v, "(%.10s,%.10s,P%dM)", a->x.value, b->x.value, mb - ma);
    } else {
        snprintf(v, sizeof v, "(%.10s,%.10s,P%dD)", a->x.value, b->x.value, (int)n);
    }
    int32_t first = a->x.first, last = b->x.last;
    put_range(r, g, first, last);
    memcpy(r->x.value, v, sizeof v);
}

/* Resolves a month and day (d2: the end of "14-15", else 0) with year y (0: none). */
static bool resolve_md(scan *sc, res *r, int m, int d, int d2, int y, size_t start, int wd)
{
    if (y && d > mdays(y, m))
        return false;
    if (!y && d > 29 + (m != 2) * 2 - (m == 4 || m == 6 || m == 9 || m == 11))
        return false;
    if (!y && !anchored(sc)) {
        put_x(r, TALLY_GRAN_DAY, "");
        snprintf(r->x.value, sizeof r->x.value, "XXXX-%02d-%02d", m, d);
        return true;
    }
    int32_t day = y ? tally_day_from_ymd(y, m, d)
                    : md_day(sc, m, d, md_tense(sc, start));
    for (int k = -1; !y && wd && day != TALLY_NODAY && weekday(day) != wd && k <= 1; k += 2) {
        int yy = year_of(day) + k; /* "Saturday, April 25": the year whose April 25 is a Saturday */
        if (d <= mdays(yy, m) && weekday(tally_day_from_ymd(yy, m, d)) == wd)
            day = tally_day_from_ymd(yy, m, d);
    }
    if (day == TALLY_NODAY)
        return false;
    put_day(r, day);
    r->absolute = 1;
    if (d2 > d) {
        res b = *r;
        int yy = year_of(day);
        if (d2 > mdays(yy, m))
            return false;
        put_day(&b, tally_day_from_ymd(yy, m, d2));
        put_between(r, r, &b);
    }
    return true;
}

/* An optional weekday before a date: "Saturday, April 25". */
static int opt_wday(scan *sc, int p)
{
    if (W(sc, p, LX_WDAY))
        return comma(sc, dot(sc, p + 1));
    return p;
}

/* A day range tail: "-15", " to 15", " and 15", " through 15". */
static int day_tail(scan *sc, int q, int d, int *d2)
{
    int e;
    if ((PU(sc, q, '-') || W(sc, q, LX_TO) || W(sc, q, LX_AND)) && (e = day_at(sc, q + 1, d2)) && *d2 > d)
        return e;
    *d2 = 0;
    return q;
}

/* Month day [, year]: "Dec. 18, 2024", "December 14-15", "Saturday, April 25", "Oct-2"; "April 24 and 25" is read as
 * two dates ("between April 24 and 25" as one period). */
static int pat_md(scan *sc, int p, res *r)
{
    int q = opt_wday(sc, p), m, d, d2, y = 0, e;
    if (!W(sc, q, LX_MONTH))
        return 0;
    m = sc->t[q].val;
    q = mdot(sc, q + 1);
    if (PU(sc, q, '-') && !sc->t[q].sp && TIGHT(sc, q))
        q++;
    else if (W(sc, q, LX_THE) && (W(sc, q + 1, LX_ORDW) || (NUM(sc, q + 1) && sc->t[q + 1].suf == SUF_ORD) ||
                                  W(sc, q + 1, LX_NUMW)))
        q++; /* "May the fourth", "September the twenty-first" (not "in March the third attempt") */
    if (!(e = day_at(sc, q, &d)) && !(e = word_day(sc, q, &d)))
        return 0;
    if (W(sc, q - 1, LX_THE) && !day_ends(sc, e))
        return 0;
    if (PU(sc, e, ':') && TIGHT(sc, e) && NUM(sc, e + 1))
        return 0; /* "May 5:30" is a clock time; "April 25:" ends a dateline */
    int first = e;
    q = day_tail(sc, e, d, &d2);
    if (W(sc, q, LX_OF) && year_at(sc, q + 1, &y))
        q++; /* "January 12 of 2016" */
    if ((e = any_year(sc, comma(sc, q), &y)))
        q = e;
    else
        y = 0;
    if (d2 && W(sc, first, LX_AND) && !word_before_is(sc, sc->t[p].s, "between"))
        d2 = 0, q = first; /* "April 24 and 25": two dates, as TimeBank marks them (pat_and_day reads the second) */
    return resolve_md(sc, r, m, d, d2, y, sc->t[p].s, W(sc, p, LX_WDAY) ? sc->t[p].val : 0) ? q : 0;
}

static bool next_word_in(const scan *sc, size_t i, const char *const *list);

/* A day number at byte i completes the day just named, after "and": the "25" of "April 24 and 25". The day named
 * ends in its number: after "on Friday and 30 more" the 30 is a count. */
static bool and_day_due(const scan *sc, size_t i)
{
    size_t ws, we;
    if (sc->fgran != TALLY_GRAN_DAY || sc->focus == TALLY_NODAY || i < sc->fend || i - sc->fend > 8 ||
        !tally_is_digit((unsigned char)sc->s[sc->fend - 1]) || !word_before(sc->s, i, &ws, &we) ||
        !tally_ieq(sc->s + ws, we - ws, "and"))
        return false;
    while (ws > 0 && sc->s[ws - 1] == ' ')
        ws--;
    if (ws != sc->fend)
        return false;
    static const char *const counted[] = {"more", "others", "other", NULL};
    size_t e = i;
    while (e < sc->len && tally_is_digit((unsigned char)sc->s[e]))
        e++;
    return !next_word_in(sc, e, counted); /* "on March 3 and 30 more on March 4": a count */
}

/* The second day of "April 24 and 25", in the month (and year) of the first; ", 1999" after it joins it. */
static int pat_and_day(scan *sc, int p, res *r)
{
    int d, e, y;
    if (!PLAIN(sc, p) || !and_day_due(sc, sc->t[p].s) || !(e = day_at(sc, p, &d)))
        return 0;
    int fy, fm, fd;
    tally_day_to_ymd(sc->focus, &fy, &fm, &fd);
    if (d <= fd || d > mdays(fy, fm))
        return 0;
    int f = any_year(sc, comma(sc, e), &y);
    if (f && y == fy)
        e = f;
    put_day(r, tally_day_from_ymd(fy, fm, d));
    return e;
}

/* Day month [year]: "18 December 2024", "the 18th of December", "10 and 12 March", "4-22 January, 1995". */
static int pat_dm(scan *sc, int p, res *r)
{
    int q = opt_wday(sc, p), m, d, d2, y = 0, e;
    if (W(sc, q, LX_THE))
        q++;
    if (!(e = day_at(sc, q, &d)))
        return 0;
    size_t b = sc->t[q].s;
    if (b >= 2 && (sc->s[b - 1] == '.' || sc->s[b - 1] == ',') && tally_is_digit((unsigned char)sc->s[b - 2]))
        return 0; /* "6,107.31 August 2019": the decimals of an amount */
    q = day_tail(sc, e, d, &d2);
    if (PU(sc, q, '.') && NUM(sc, q - 1) && !sc->t[q].sp)
        q++; /* "16. Nov." */
    if (W(sc, q, LX_OF) || (PU(sc, q, '-') && !sc->t[q].sp && TIGHT(sc, q)))
        q++;
    if (W(sc, q, LX_REL) && WV(sc, q + 1, LX_UNIT, U_MONTH) && anchored(sc) && rel_dir(sc->t[q].val) <= 1) {
        int32_t mday = add_months(sc->dct, rel_dir(sc->t[q].val)); /* "the 20th of next month" */
        return resolve_md(sc, r, month_of(mday), d, d2, year_of(mday), sc->t[p].s, 0) ? q + 2 : 0;
    }
    if (!W(sc, q, LX_MONTH))
        return 0;
    m = sc->t[q].val;
    q = mdot(sc, q + 1);
    if (W(sc, q, LX_OF) && year_at(sc, q + 1, &y))
        q++; /* "26th June of 2020" */
    if ((e = any_year(sc, comma(sc, q), &y)))
        q = e;
    else
        y = 0;
    return resolve_md(sc, r, m, d, d2, y, sc->t[p].s, W(sc, p, LX_WDAY) ? sc->t[p].val : 0) ? q : 0;
}

/* True for month words that are also common words or abbreviations (May, March, Jan…). */
static bool ambiguous_month(const scan *sc, int p)
{
    size_t n = sc->t[p].e - sc->t[p].s;
    const char *w = sc->s + sc->t[p].s;
    return (n <= 4 && !tally_ieq(w, n, "june") && !tally_ieq(w, n, "july")) || tally_ieq(w, n, "march");
}

/* Month words that are also verbs or modals in lower case: "may", "march", "mar". */
static bool ambiguous_verb(const scan *sc, int p)
{
    size_t n = sc->t[p].e - sc->t[p].s;
    const char *w = sc->s + sc->t[p].s;
    return tally_ieq(w, n, "may") || tally_ieq(w, n, "march") || tally_ieq(w, n, "mar");
}

/* A determiner before "March" at p and a common noun after it (token q): "the March accession" names the
 * month as "the October slaying" does ("the March for Life" does not). Not "May", a surname too ("the May
 * government"), nor the abbreviations ("the Jan family"). */
static bool month_modifies(scan *sc, int p, int q)
{
    static const char *const det[] = {"the", "a", "an", "its", "his", "her", "their", "our", NULL};
    static const char *const func[] = {"of", "for", "on", "to", "in", "at", "by", "from", "with", "against",
                                       "and", "or", "but", "into", "through", "toward", "towards", "is", "was",
                                       "are", "were", "has", "had", "have", "will", "would", "said", "says",
                                       "who", "which", "that", NULL};
    size_t ws, we;
    if (!WORDIS(sc, p, "march") || !has(sc, q) || sc->t[q].kind != K_WORD ||
        !word_before(sc->s, sc->t[p].s, &ws, &we) || !in_list(sc->s + ws, we - ws, det))
        return false;
    const char *w = sc->s + sc->t[q].s;
    size_t n = sc->t[q].e - sc->t[q].s;
    return *w >= 'a' && *w <= 'z' && !in_list(w, n, func);
}

/* "the month of May": the month, with its head noun. */
static int pat_month_of(scan *sc, int p, res *r)
{
    if (!WV(sc, p, LX_UNIT, U_MONTH) || !W(sc, p + 1, LX_OF) || !W(sc, p + 2, LX_MONTH) || sc->t[p + 2].weak)
        return 0;
    int m = sc->t[p + 2].val, q = mdot(sc, p + 3), y, e;
    if ((e = any_year(sc, comma(sc, q), &y))) {
        put_month(r, y, m);
        r->absolute = 1;
        return e;
    }
    if (!anchored(sc))
        return 0;
    put_month(r, month_year(sc, m, future_cue(sc, sc->t[p].s, false) ? 1 : 0), m);
    return q;
}

/* A month at byte i joined to the month just named ends a period or a list: the "March" of "between January and
 * March", "from January to March", "in April or May" (alone such a month may be a verb or a name). */
static bool joined_month(const scan *sc, size_t i)
{
    static const char *const joins[] = {"and", "or", "to", "through", NULL};
    size_t ws, we;
    if (sc->fgran != TALLY_GRAN_MONTH || sc->focus == TALLY_NODAY || i < sc->fend || i - sc->fend > 10 ||
        !word_before(sc->s, i, &ws, &we) || !in_list(sc->s + ws, we - ws, joins))
        return false;
    while (ws > 0 && sc->s[ws - 1] == ' ')
        ws--;
    return ws == sc->fend;
}

/* A month with its year after a joining word at q ("… and August 2029", "… to December 2024"): that month, its year
 * in *y; else 0. */
static int month_then_year(scan *sc, int q, int *y)
{
    if (!(W(sc, q, LX_AND) || (W(sc, q, LX_TO) && sc->t[q].val <= 2)) || !W(sc, q + 1, LX_MONTH) || sc->t[q + 1].weak)
        return 0;
    int r = mdot(sc, q + 2);
    return any_year(sc, W(sc, r, LX_OF) || PU(sc, r, ',') ? r + 1 : r, y) ? sc->t[q + 1].val : 0;
}

/* Month [of] year, month last/this/next year, or a bare month: "February 2022", "June last year", "in May".
 * beat: the end of a match in hand, which a bare month must pass to count. */
static int pat_month(scan *sc, int p, res *r, int beat)
{
    if (!W(sc, p, LX_MONTH))
        return 0;
    int m = sc->t[p].val, q = mdot(sc, p + 1), y, e;
    int yq = W(sc, q, LX_OF) || PU(sc, q, ',') || (PU(sc, q, '-') && TIGHT(sc, q)) ? q + 1 : q;
    if ((e = any_year(sc, yq, &y))) {
        put_month(r, y, m);
        r->absolute = 1;
        return e;
    }
    if (sc->t[p].weak)
        return 0; /* "may", "mar" in lower case: only with a day or a year */
    if (W(sc, q, LX_REL) && (W(sc, q + 1, LX_UNIT) && sc->t[q + 1].val == U_YEAR) && anchored(sc)) {
        int rel = sc->t[q].val, yy = year_of(sc->dct);
        yy += rel == R_LAST || rel == R_PAST || rel == R_PREV ? -1 : rel == R_NEXT || rel == R_COMING ? 1 : 0;
        put_month(r, yy, m);
        return q + 2;
    }
    if (q <= beat)
        return 0; /* "March 5": the bare month's tense look-back would lose to the day */
    /* "between May and July" opens a period; "between May and Juncker" names two people */
    if (ambiguous_month(sc, p) &&
        ((!strong_cue_before(sc, sc->t[p].s) && !month_modifies(sc, p, q) && !joined_month(sc, sc->t[p].s) &&
          !(W(sc, q, LX_AND) && W(sc, q + 1, LX_MONTH) && word_before_is(sc, sc->t[p].s, "between"))) ||
         PU(sc, q, '\'')))
        return 0; /* "May", "Jan" need a cue ("in May"); "Jan's" is a name */
    if (!anchored(sc)) {
        put_x(r, TALLY_GRAN_MONTH, "");
        snprintf(r->x.value, sizeof r->x.value, "XXXX-%02d", m);
        return q;
    }
    int m2, y2 = 0;
    if (joined_month(sc, sc->t[p].s)) /* the period runs on from the month before: "between November and March" */
        put_month(r, year_of(sc->focus) + (m <= month_of(sc->focus)), m);
    else if ((m2 = month_then_year(sc, q, &y2)))
        put_month(r, y2 - (m > m2), m); /* "from October to December 2024": October 2024 */
    else
        put_month(r, month_year(sc, m, future_cue(sc, sc->t[p].s, false) || deadline_before(sc, sc->t[p].s, m) ||
                                       present_ahead(sc, sc->t[p].s, m) ? 1 : 0), m);
    return p + 1;
}

/* Numeric dates: 2024-12-19, 2024/12/19, 12/19/2024, 19/12/2024, 05/05/89, 3/2015. Slashed day-month
 * order is read US-style (month first) unless the first number cannot be a month. */
static int pat_numeric(scan *sc, int p, res *r)
{
    if (!PLAIN(sc, p) || !has(sc, p + 2))
        return 0;
    const tok *t = sc->t;
    int sep = PU(sc, p + 1, '-') ? '-' : PU(sc, p + 1, '/') ? '/' : PU(sc, p + 1, '.') ? '.' : 0;
    if (!sep || t[p + 1].sp || t[p + 2].sp)
        return 0;
    int yy, dd;
    if (sep != '.' && W(sc, p + 2, LX_MONTH) && year_at(sc, p, &yy) && PU(sc, p + 3, sep) && !t[p + 3].sp &&
        PLAIN(sc, p + 4) && !t[p + 4].sp && t[p + 4].nd <= 2 && (dd = t[p + 4].val) >= 1 &&
        dd <= mdays(yy, t[p + 2].val)) {
        put_day(r, tally_day_from_ymd(yy, t[p + 2].val, dd)); /* "2019-Sep-01" */
        r->absolute = 1;
        return p + 5;
    }
    if (!PLAIN(sc, p + 2))
        return 0;
    bool third = PU(sc, p + 3, sep) && !t[p + 3].sp && PLAIN(sc, p + 4) && !t[p + 4].sp;
    int a = t[p].val, b = t[p + 2].val, y, m, d;
    if (!third && sep == '/' && t[p].nd == 4 && t[p + 2].nd <= 2 && b >= 1 && b <= 12 && a >= 1900 && a <= 2199) {
        put_month(r, a, b); /* "2016/11" */
        r->absolute = 1;
        return p + 3;
    }
    if (!third) {
        if (sep != '/' || t[p].nd > 2 || t[p + 2].nd != 4 || a < 1 || a > 12 || b < 1900 || b > 2199)
            return 0;
        put_month(r, b, a);
        r->absolute = 1;
        return p + 3;
    }
    int c = t[p + 4].val;
    if (NUM(sc, p + 5) || (PU(sc, p + 5, sep) && NUM(sc, p + 6) && !t[p + 6].sp))
        return 0; /* a longer run of numbers: a code, not a date */
    if (t[p].nd == 4) {
        y = a, m = b, d = c;
        if (t[p + 4].nd > 2)
            return 0;
    } else if (t[p + 4].nd == 4 || t[p + 4].nd == 2) {
        if (t[p].nd > 2 || t[p + 2].nd > 2 || (sep == '.' && t[p + 4].nd != 4))
            return 0;
        if (sep == '.' && a <= 12)
            return 0; /* dotted dates are day first: "13.5.2015"; "1.2.2024" may be a version */
        y = t[p + 4].nd == 4 ? c : (c < 50 ? 2000 + c : 1900 + c);
        if (a > 12)
            m = b, d = a;
        else
            m = a, d = b;
    } else {
        return 0;
    }
    if (y < 1000 || m < 1 || m > 12 || d < 1 || d > mdays(y, m))
        return 0;
    put_day(r, tally_day_from_ymd(y, m, d));
    r->absolute = 1;
    return p + 5;
}

/* Reject a bare number as a year when money, a percentage or a count says otherwise. */
static bool sentence_start(const char *s, size_t i);

/* A capitalised word that is no time word nor a date cue ends right before byte i, inside a sentence: the
 * number after it belongs to a name ("Orion 1980", "Vision 2030"). */
static bool name_before(const scan *sc, size_t i)
{
    size_t ws, we;
    if (!word_before(sc->s, i, &ws, &we) || we - ws < 2 || !tally_is_upper((unsigned char)sc->s[ws]) ||
        !tally_is_lower((unsigned char)sc->s[we - 1]) || sentence_start(sc->s, ws))
        return false;
    return !lookup(sc->s + ws, we - ws, sc->len - ws) && !date_cue_before(sc, we);
}

static bool bare_year_ok(scan *sc, int p, int y)
{
    size_t i = sc->t[p].s;
    while (i > 0 && sc->s[i - 1] == ' ')
        i--;
    if (i > 0 && (sc->s[i - 1] == '$' || sc->s[i - 1] == '#' || (unsigned char)sc->s[i - 1] >= 0x80))
        return false;
    if (PU(sc, p + 1, '%') || WORDIS(sc, p + 1, "percent") || WORDIS(sc, p + 1, "per"))
        return false;
    if (name_before(sc, sc->t[p].s))
        return false; /* part of a name: "a venture called Orion 1980" */
    int cur = anchored(sc) ? year_of(sc->dct) : 2000;
    if (y < 1900 || y > cur + 30)
        return date_cue_before(sc, sc->t[p].s);
    return true;
}

/* A year, a decade or a spelled year: "1945", "1990s", "'90s", "the nineties", "nineteen ninety-six". */
static int pat_year(scan *sc, int p, res *r)
{
    int y, e;
    if (NUM(sc, p) && sc->t[p].suf == SUF_S && sc->t[p].nd == 4 && sc->t[p].val >= 1000 && sc->t[p].val % 10 == 0) {
        put_decade(r, sc->t[p].val / 10);
        r->absolute = 1;
        return p + 1;
    }
    if (PU(sc, p, '\'') && NUM(sc, p + 1) && sc->t[p + 1].suf == SUF_S && sc->t[p + 1].nd == 2 && sc->t[p + 1].val % 10 == 0) {
        put_decade(r, (sc->t[p + 1].val < 30 ? 200 : 190) + sc->t[p + 1].val / 10);
        return p + 2;
    }
    if (W(sc, p, LX_DECW)) {
        put_decade(r, 190 + sc->t[p].val);
        return p + 1;
    }
    if (p > 0 && W(sc, p, LX_NUMW) && W(sc, p - 1, LX_THE) && (e = spoken_decade(sc, p, &y)) && !W(sc, e, LX_OF)) {
        put_decade(r, y); /* "the two thousands", "the twenty-tens" (after "the"; "the two thousands of" counts) */
        r->absolute = 1;
        return e;
    }
    int d = PU(sc, p + 1, '-') ? p + 2 : p + 1;
    if (WV(sc, p, LX_NUMW, 19) && W(sc, d, LX_DECW)) {
        put_decade(r, 190 + sc->t[d].val); /* "the nineteen-seventies" */
        r->absolute = 1;
        return d + 1;
    }
    if (NUM(sc, p) && sc->t[p].suf == SUF_S && sc->t[p].nd == 2 && sc->t[p].val % 10 == 0 && p > 0 &&
        W(sc, p - 1, LX_THE)) { /* "the 70s" (only after "the": "in their 70s" is an age) */
        put_decade(r, (sc->t[p].val < 30 ? 200 : 190) + sc->t[p].val / 10);
        return p + 1;
    }
    if ((e = year_at(sc, p, &y))) {
        if (!bare_year_ok(sc, p, y))
            return 0;
        put_year(r, y);
        r->absolute = 1;
        if (W(sc, e, LX_PERIOD) || WV(sc, e, LX_UNIT, U_QUARTER)) {
            /* "in the first nine months, … in the 1988 period": the same months of that year, named by it */
            bool ytd = W(sc, e, LX_PERIOD) && months_in_sentence(sc, sc->t[p].s);
            if (!ytd && (sc->fgran == TALLY_GRAN_QUARTER || sc->rquarter != TALLY_NODAY)) {
                /* "the 1988 period" in an earnings report: the report's quarter of that year, a comparison
                 * that leaves the report on its own quarter */
                put_quarter(r, y, anchored(sc) ? quarter_of(report_day(sc)) : quarter_of(sc->focus));
                r->absolute = 0;
            } else if (W(sc, e, LX_UNIT)) {
                return 0;
            }
            e++;
        }
        return e;
    }
    if ((e = spelled_year(sc, p, &y)) && (y < 2000 || date_cue_before(sc, sc->t[p].s))) {
        put_year(r, y);
        r->absolute = 1;
        return e;
    }
    return 0;
}

/* "ended" or "ending" at p: "the year ended Sept. 30" names a stretch of a year, not a calendar year. */
static bool ended_after(scan *sc, int p) { return WORDIS(sc, p, "ended") || WORDIS(sc, p, "ending"); }

/* Fiscal years: "fiscal 1989", "fiscal year 2024", "FY2024", "FY24", "the current fiscal year". */
static int pat_fiscal(scan *sc, int p, res *r)
{
    int q = p, y, e;
    bool cur = false;
    if (WV(sc, q, LX_REL, R_CURRENT) || WV(sc, q, LX_REL, R_THIS)) {
        cur = true;
        q++;
    }
    if (!W(sc, q, LX_FISCAL))
        return 0;
    int fy = sc->t[q].val == 2;
    q++;
    if (W(sc, q, LX_UNIT) && sc->t[q].val == U_YEAR) {
        if ((e = year_at(sc, q + 1, &y))) {
            put_year(r, y);
            r->absolute = 1;
            return e;
        }
        if (!anchored(sc) || (!cur && (p == 0 || !W(sc, p - 1, LX_THE))))
            return 0; /* a bare "fiscal year" is a kind of period; "the (current) fiscal year" is this one */
        if (!cur && ended_after(sc, q + 1))
            put_dur(r, 1, 0, U_YEAR); /* "the fiscal year ended Jan. 31": a stretch of a year */
        else
            put_year(r, year_of(sc->dct));
        return q + 1;
    }
    if (PLAIN(sc, q) && (sc->t[q].nd == 4 || (fy && sc->t[q].nd == 2))) {
        y = sc->t[q].val;
        if (sc->t[q].nd == 2)
            y += y < 50 ? 2000 : 1900;
        if (y < 1900 || y > 2199)
            return 0;
        put_year(r, y);
        r->absolute = 1;
        return q + 1;
    }
    return 0;
}

/* Centuries: "the 20th century", "the eleventh century". */
static int pat_century(scan *sc, int p, res *r)
{
    int c, e = ord_at(sc, p, 30, &c);
    if (!e || !WV(sc, e, LX_UNIT, U_CENTURY))
        return 0;
    put_century(r, c - 1);
    r->absolute = 1;
    return e + 1;
}

/* The season of year y that starts last at or before day (dir 0), ends before day (-1), starts after
 * day (1), or belongs to day's year (2). */
static int season_year(int32_t day, int se, int dir)
{
    int y = year_of(day);
    if (dir == 2)
        return se == 4 && month_of(day) <= 2 ? y - 1 : y;
    for (int yy = y + 1; dir <= 0 && yy >= y - 2; yy--) {
        int32_t start = tally_day_from_ymd(yy, 3 * se, 1);
        int32_t end = add_months(start, 3) - 1;
        if ((dir == 0 && start <= day) || (dir < 0 && end < day))
            return yy;
    }
    for (int yy = y - 1; yy <= y + 1; yy++)
        if (tally_day_from_ymd(yy, 3 * se, 1) > day)
            return yy;
    return y;
}

/* Direction of a relative word: -1 past, 0 this, 1 next; 9 when anchored on the focus. */
static int rel_dir(int rel)
{
    switch (rel) {
    case R_LAST: case R_PAST: case R_PREV: return -1;
    case R_NEXT: case R_COMING: return 1;
    case R_FOLLOWING: return 8;
    case R_SAME: case R_THAT: return 9;
    default: return 0;
    }
}

static void put_daypart(res *r, int32_t day, int part)
{
    static const char *code[] = {"", "TMO", "TAF", "TEV", "TNI", "TNI"};
    put_day(r, day);
    strcat(r->x.value, code[part]);
}

/* A part of a day at token q ("afternoon" of "mid-afternoon", "the morning"), with "yesterday",
 * "today" or "tomorrow" after it; else the day in focus, else the publication day. A TIME. */
static int daypart_time(scan *sc, int q, res *r)
{
    if (!anchored(sc) || !W(sc, q, LX_DAYPART) || sc->t[q].val < 1 || sc->t[q].val > 3)
        return 0;
    int32_t day = sc->fgran == TALLY_GRAN_DAY && sc->focus != TALLY_NODAY ? sc->focus : sc->dct;
    int e = q + 1;
    if (W(sc, e, LX_DEIC)) {
        day = sc->dct + sc->t[e].val; /* "mid-afternoon yesterday" */
        e++;
    }
    put_daypart(r, day, sc->t[q].val);
    r->x.type = TALLY_TIMEX_TIME;
    return e;
}

/* Relative word + unit or name: "last week", "this month", "next year", "last fall", "this Friday",
 * "last April", "this morning", "last night", "the following day", "this past spring". */
/* A relative word + unit: "last week", "this quarter", "the next day", "next week on Friday". k is the
 * shift in units from base. */
static int rel_unit(scan *sc, int q, res *r, int rel, bool the, int32_t base, int k)
{
    int u = sc->t[q].val, dir = rel_dir(rel);
    if (u == U_WEEK && dir <= 1) {
        int e = WORDIS(sc, q + 1, "on") ? q + 2 : q + 1;
        if (W(sc, e, LX_WDAY) && sc->t[e].e - sc->t[e].s >= 6) { /* "next week on Friday" */
            put_day(r, base + 7 * k - (weekday(base) - 1) + sc->t[e].val - 1);
            return e + 1;
        }
    }
    if (u == U_HOUR || u == U_MINUTE || (u == U_DAY && dir == 0) || (rel == R_LATEST && u != U_QUARTER))
        return 0;
    if (u == U_CENTURY && rel == R_THIS) {
        put_dur(r, 100, 0, U_YEAR); /* TimeBank writes "this century" as its stretch, P100Y (2 of 2) */
        return q + 1;
    }
    if ((u == U_DECADE || u == U_CENTURY) && rel == R_PAST) {
        put_dur(r, u == U_DECADE ? 10 : 100, 0, U_YEAR); /* "over the past decade": the ten years to now */
        return q + 1;
    }
    if (u == U_QUARTER && rel == R_THAT && sc->lquarter != TALLY_NODAY) {
        put_unit(r, U_QUARTER, sc->lquarter, 0); /* "results for that quarter": the quarter just mentioned */
        return q + 1;
    }
    if (u == U_QUARTER && (rel == R_LATEST || (the && dir == 0 && rel != R_CURRENT))) {
        base = report_day(sc), k = 0; /* "the latest quarter": the one the report is about */
    }
    put_unit(r, u, base, k);
    return q + 1;
}

/* A relative word + a name: "last April", "this past spring", "next Sunday", "the previous Friday". */
static int rel_name(scan *sc, int q, res *r, int rel, int32_t base)
{
    int dir = rel_dir(rel);
    if (dir > 1)
        return 0;
    if (W(sc, q, LX_MONTH) && (!sc->t[q].weak || !ambiguous_verb(sc, q))) {
        int m = sc->t[q].val, d, e;
        if (dir != 0 && (e = day_at(sc, dot(sc, q + 1), &d)) && d <= mdays(year_of(sc->dct), m)) {
            int y = year_of(sc->dct); /* "last Oct. 23": the latest Oct. 23 before publication */
            int32_t day = tally_day_from_ymd(y, m, d);
            if ((dir < 0 && day >= sc->dct) || (dir > 0 && day <= sc->dct))
                y += dir < 0 ? -1 : 1;
            put_day(r, tally_day_from_ymd(y, m, d <= mdays(y, m) ? d : mdays(y, m)));
            return e;
        }
        put_month(r, month_year(sc, m, dir == 0 ? 2 : dir), m);
        return q + 1;
    }
    if (W(sc, q, LX_SEASON)) {
        int se = sc->t[q].val;
        put_season(r, season_year(sc->dct, se, dir == 0 ? 2 : dir), se);
        return q + 1;
    }
    if (W(sc, q, LX_WDAY)) {
        int wd = sc->t[q].val, cur = weekday(base);
        if (rel == R_NEXT) /* "next Sunday": the Sunday of next week */
            put_day(r, base - (cur - 1) + 7 + wd - 1);
        else if (dir < 0)
            put_day(r, base - ((cur - wd + 6) % 7 + 1));
        else
            put_day(r, wday_day(sc, wd, dir == 0 ? 2 : dir));
        return q + 1;
    }
    return 0;
}

/* "last" or "next" at p standing for the unit of "this year" right before its "than", "as", "and" or "or",
 * the noun left out: "twice as high this year as last", "this year and next". It ends its phrase (a mark or
 * the text end follows); *u gets the unit. */
static bool elliptic_rel(const scan *sc, int p, int *u)
{
    static const char *const joins[] = {"than", "as", "and", "or", NULL};
    const char *s = sc->s;
    size_t e = sc->t[p].e, ws, we, i;
    if (e < sc->len && (s[e] == 0 || !strchr(",.;:)!?", s[e])))
        return false;
    if (!word_before(s, sc->t[p].s, &ws, &we) || !in_list(s + ws, we - ws, joins) || !word_before(s, ws, &ws, &we))
        return false;
    const struct lexword *x = lookup(s + ws, we - ws, sc->len - ws);
    if (!x || x->kind != LX_UNIT || x->val < U_WEEK || x->val > U_YEAR || !word_before(s, ws, &i, &e) ||
        !tally_ieq(s + i, e - i, "this"))
        return false;
    *u = x->val;
    return true;
}

/* Relative word + unit or name: "last week", "this month", "next year", "last fall", "this Friday",
 * "last April", "this morning", "last night", "the following day", "this past spring". */
static int pat_rel(scan *sc, int p, res *r, bool the)
{
    if (!W(sc, p, LX_REL))
        return 0;
    int rel = sc->t[p].val, q = p + 1;
    if (rel == R_THIS && WV(sc, q, LX_REL, R_PAST)) {
        rel = R_PAST;
        q++;
    }
    int dir = rel_dir(rel);
    if (!anchored(sc) && (W(sc, q, LX_UNIT) || W(sc, q, LX_WEEKEND))) {
        put_xunit(r, W(sc, q, LX_UNIT) ? sc->t[q].val : U_WEEK);
        return q + 1;
    }
    if (!anchored(sc))
        return 0;
    int32_t base = dir >= 8 ? focus_day(sc) : sc->dct;
    int k = dir == 8 ? 1 : dir == 9 ? 0 : dir;
    if (the && (rel == R_NEXT || rel == R_PREV))
        base = focus_day(sc); /* "the next day", "the previous Friday": from the date in focus */
    if (dir == 9 && WV(sc, q, LX_UNIT, U_DAY) && sc->fgran != TALLY_GRAN_DAY &&
        !(p > 0 && (W(sc, p - 1, LX_LATER) || W(sc, p - 1, LX_EARLIER))))
        return 0; /* "trades made that day", "crossed out that same day": the day of an event the text never dated */
    if (base != sc->dct && (WV(sc, q, LX_UNIT, U_DAY) || WV(sc, q, LX_UNIT, U_WEEK) || W(sc, q, LX_WDAY)) &&
        sc->fgran != TALLY_GRAN_DAY)
        base = sc->dct; /* "later that day" after "in September": no day in focus */
    int eu;
    if ((rel == R_LAST || rel == R_NEXT) && !the && elliptic_rel(sc, p, &eu)) {
        put_unit(r, eu, sc->dct, k); /* "this year as last": last year */
        return q;
    }
    if (W(sc, q, LX_UNIT))
        return rel_unit(sc, q, r, rel, the, base, k);
    if (W(sc, q, LX_WEEKEND)) {
        put_weekend(r, base + 7 * k);
        return q + 1;
    }
    if (the && W(sc, q, LX_DAYPART) && (rel == R_NEXT || rel == R_FOLLOWING || rel == R_PREV)) {
        put_day(r, (sc->fgran == TALLY_GRAN_DAY ? base : sc->dct) + k); /* "the next morning": TimeBank gives the day */
        return q + 1;
    }
    if (W(sc, q, LX_DAYPART) && (rel == R_THIS || (rel == R_LAST && sc->t[q].val == 4))) {
        put_daypart(r, sc->dct - (rel == R_LAST), sc->t[q].val);
        r->x.type = TALLY_TIMEX_TIME;
        return q + 1;
    }
    return rel_name(sc, q, r, rel, base);
}

/* Today, yesterday, tomorrow, tonight [morning…]: "yesterday afternoon". */
static int pat_deic(scan *sc, int p, res *r)
{
    if (W(sc, p, LX_TONIGHT)) {
        if (!anchored(sc)) {
            put_x(r, TALLY_GRAN_DAY, "XXXX-XX-XXTNI");
            r->x.type = TALLY_TIMEX_TIME;
            return p + 1;
        }
        put_daypart(r, sc->dct, 4);
        r->x.type = TALLY_TIMEX_TIME;
        return p + 1;
    }
    if (!W(sc, p, LX_DEIC))
        return 0;
    if (!anchored(sc)) {
        put_x(r, TALLY_GRAN_DAY, "XXXX-XX-XX");
        return p + 1;
    }
    int32_t day = sc->dct + sc->t[p].val;
    if (W(sc, p + 1, LX_DAYPART)) {
        put_daypart(r, day, sc->t[p + 1].val);
        r->x.type = TALLY_TIMEX_TIME;
        return p + 2;
    }
    put_day(r, day);
    return p + 1;
}

/* True when "had", "was", "were" or "did" follows within the sentence after byte i ("Until Thursday, they
 * had not named him"). */
static bool past_after(const scan *sc, size_t i)
{
    static const char *const past[] = {"had", "was", "were", "did", NULL};
    size_t hi = i + 80 < sc->len ? i + 80 : sc->len;
    while (i < hi && sc->s[i] != '.' && sc->s[i] != '!' && sc->s[i] != '?' && sc->s[i] != '\n') {
        size_t e = i;
        while (e < sc->len && tally_is_alpha((unsigned char)sc->s[e]))
            e++;
        if (e > i && in_list(sc->s + i, e - i, past))
            return true;
        i = e > i ? e : i + 1;
    }
    return false;
}

/* "ahead of" right before byte start: "ahead of the weekend", "ahead of Friday's vote". */
static bool ahead_of(const scan *sc, size_t start)
{
    size_t ws, we;
    return word_before(sc->s, start, &ws, &we) && tally_ieq(sc->s + ws, we - ws, "of") &&
           word_before(sc->s, ws, &ws, &we) && tally_ieq(sc->s + ws, we - ws, "ahead");
}

/* The weekday at byte start dates an event named beside it: a possessive ("Wednesday's ruling"), after a
 * participle ("the decision, announced Wednesday") or "said" ("Rubio said Monday night"). "would" (reported
 * future) does not reach it. */
static bool wday_event(const scan *sc, size_t start)
{
    size_t e = start, ws, we;
    while (e < sc->len && tally_is_alpha((unsigned char)sc->s[e]))
        e++;
    if (e + 1 < sc->len && sc->s[e] == '\'' && (sc->s[e + 1] == 's' || sc->s[e + 1] == 'S'))
        return true;
    if (e + 3 < sc->len && memcmp(sc->s + e, "\xe2\x80\x99", 3) == 0 && (sc->s[e + 3] == 's' || sc->s[e + 3] == 'S'))
        return true; /* "Tuesday’s vote" */
    if (word_before(sc->s, start, &ws, &we) && tally_ieq(sc->s + ws, we - ws, "on"))
        start = ws;
    return word_before(sc->s, start, &ws, &we) &&
           ((we - ws > 3 && tally_ieq(sc->s + we - 2, 2, "ed")) || tally_ieq(sc->s + ws, we - ws, "said"));
}

/* A weekday opening its sentence ("On Tuesday, the league plans to…") takes the tense of the clause after it:
 * true when "will", "shall" or "plans to" comes before any past verb ("was", "had", "said", a word in -ed) or
 * a subordinate clause ("when", "after"…), whose verb may not be the main one. */
static bool opening_ahead(const scan *sc, size_t start)
{
    static const char *const fut[] = {"will", "shall", "ll", NULL};
    static const char *const past[] = {"was", "were", "had", "did", "said", "when", "while", "after", "as", NULL};
    size_t ws, we, i = start;
    if (word_before(sc->s, start, &ws, &we) && tally_ieq(sc->s + ws, we - ws, "on"))
        start = ws;
    if (!sentence_start(sc->s, start))
        return false;
    while (i < sc->len && tally_is_alpha((unsigned char)sc->s[i]))
        i++;
    for (size_t hi = i + 100 < sc->len ? i + 100 : sc->len; i < hi;) {
        char c = sc->s[i];
        if (c == '.' || c == '!' || c == '?' || c == '\n')
            return false;
        size_t e = i;
        while (e < sc->len && tally_is_alpha((unsigned char)sc->s[e]))
            e++;
        if (e == i) {
            i++;
            continue;
        }
        size_t n = e - i; /* the listed words have 2 to 5 letters */
        if (n > 3 && tally_ieq(sc->s + e - 2, 2, "ed"))
            return false;
        if (n <= 5 && (in_list(sc->s + i, n, fut) ||
                       (tally_ieq(sc->s + i, n, "plans") && e + 3 < sc->len && tally_ieq(sc->s + e, 4, " to "))))
            return true;
        if (n <= 5 && in_list(sc->s + i, n, past))
            return false;
        i = e;
    }
    return false;
}

/* A verb of a timetable in the present right before the weekday at byte start (an adverb or "on" between):
 * "Arafat and Netanyahu meet separately Monday", "the court opens Tuesday" announce what is to come. */
static bool schedule_verb_before(const scan *sc, size_t start)
{
    static const char *const verbs[] = {"meet", "meets", "begin", "begins", "resume", "resumes", "convene", "convenes",
                                        "arrive", "arrives", "expire", "expires", "opens", NULL};
    static const char *const between[] = {"on", "again", "separately", "jointly", NULL};
    size_t ws, we;
    if (!word_before(sc->s, start, &ws, &we))
        return false;
    if (in_list(sc->s + ws, we - ws, between) && !word_before(sc->s, ws, &ws, &we))
        return false;
    if (!in_list(sc->s + ws, we - ws, verbs))
        return false;
    /* "to meet Monday", "did not meet Monday": the words before say the tense; "the meet Monday" is a noun */
    static const char *const not_subject[] = {"to", "not", "a", "an", "the", "its", "their", "his", "her", NULL};
    size_t ps, pe;
    return !(word_before(sc->s, ws, &ps, &pe) && in_list(sc->s + ps, pe - ps, not_subject));
}

/* Whether a weekday at byte start is the coming one: a strong future word shortly before it, or a
 * deadline ("until Tuesday", "as soon as Tuesday", "as early as Tuesday") in a sentence not in the past. */
static bool wday_ahead(const scan *sc, size_t start)
{
    size_t ws, we, ps, pe;
    int t = tense_before(sc, start, true);
    if (t == 1 || (t == 2 && !wday_event(sc, start)) || ahead_of(sc, start) ||
        (t == 0 && (opening_ahead(sc, start) || schedule_verb_before(sc, start))))
        return true;
    if (!word_before(sc->s, start, &ws, &we))
        return false;
    if (tally_ieq(sc->s + ws, we - ws, "on") && !word_before(sc->s, ws, &ws, &we))
        return false;
    bool until = tally_ieq(sc->s + ws, we - ws, "until") || tally_ieq(sc->s + ws, we - ws, "till");
    bool as = tally_ieq(sc->s + ws, we - ws, "as") && word_before(sc->s, ws, &ps, &pe) &&
              (tally_ieq(sc->s + ps, pe - ps, "soon") || tally_ieq(sc->s + ps, pe - ps, "early"));
    return (until || as) && tense_before(sc, ws, false) >= 0 && !past_after(sc, start);
}

/* A weekday, alone or with a time of day: "Friday", "Monday night", "Fri.", "Friday the 13th". beat: the end
 * of a match in hand, which the weekday alone must pass to count. */
static int pat_wday(scan *sc, int p, res *r, int beat)
{
    if (!W(sc, p, LX_WDAY))
        return 0;
    int wd = sc->t[p].val, q = p + 1;
    if (sc->t[p].e - sc->t[p].s < 6)
        return 0; /* an abbreviation stands only before a date: "Sun" may be a newspaper */
    if (W(sc, q, LX_AND) && W(sc, q + 1, LX_WDAY) && W(sc, q + 2, LX_DAYPARTS))
        return 0; /* "Monday and Tuesday nights": a set (pat_set) */
    if (!anchored(sc)) {
        put_x(r, TALLY_GRAN_DAY, "");
        snprintf(r->x.value, sizeof r->x.value, "XXXX-WXX-%d", wd);
        return q;
    }
    int d, e;
    if (W(sc, q, LX_THE) && ((e = day_at(sc, q + 1, &d)) || (e = word_day(sc, q + 1, &d)))) {
        /* the nearest month whose day d falls on this weekday */
        for (int k = 0; k <= 12; k++) {
            for (int sgn = -1; sgn <= 1; sgn += 2) {
                int32_t m0 = add_months(sc->dct, sgn * k);
                int y = year_of(m0), m = month_of(m0);
                if (d <= mdays(y, m) && weekday(tally_day_from_ymd(y, m, d)) == wd) {
                    put_day(r, tally_day_from_ymd(y, m, d));
                    return e;
                }
            }
        }
    }
    int c = comma(sc, q);
    res n;
    if (PLAIN(sc, c) && TIGHT(sc, c) && (n = res_zero, e = pat_numeric(sc, c, &n)) && n.x.gran == TALLY_GRAN_DAY &&
        weekday(n.x.first) == wd) {
        *r = n; /* "Friday 2018-07-06" */
        return e;
    }
    e = W(sc, q, LX_OF) ? q + 1 : q;
    if (W(sc, e, LX_REL) && WV(sc, e + 1, LX_UNIT, U_WEEK) && rel_dir(sc->t[e].val) <= 1) {
        int32_t mon = sc->dct - (weekday(sc->dct) - 1) + 7 * rel_dir(sc->t[e].val); /* "Friday of next week" */
        put_day(r, mon + wd - 1);
        return e + 2;
    }
    if (q + 1 <= beat)
        return 0; /* "Friday, March 5": the look-back for the tense would lose to the date */
    int32_t day = wday_day(sc, wd, wday_ahead(sc, sc->t[p].s) ? 1 : 0);
    if (W(sc, q, LX_DAYPART)) {
        if (sc->t[q].val == 4)
            put_day(r, day); /* TimeBank writes "Friday night" mostly as the day alone, often leaving "night" out */
        else
            put_daypart(r, day, sc->t[q].val);
        return q + 1;
    }
    put_day(r, day);
    return q;
}

/* "the third week of March", "the first week of 2015", "the last week of this month", "the second week
 * next year": a calendar week of a month or a year (weeks belong to the month of their Thursday). */
static int pat_nth_week(scan *sc, int p, res *r)
{
    int n, e = ord_at(sc, p, 5, &n), y, m = 0;
    if (!e && WV(sc, p, LX_REL, R_LAST))
        n = -1, e = p + 1;
    if (!e || !WV(sc, e, LX_UNIT, U_WEEK))
        return 0;
    int q = W(sc, e + 1, LX_OF) ? e + 2 : e + 1, f;
    if (q == e + 2 && (f = any_year(sc, q, &y))) {
        q = f;
    } else if (q == e + 2 && W(sc, q, LX_MONTH) && !sc->t[q].weak && anchored(sc)) {
        m = sc->t[q].val;
        y = month_year(sc, m, future_cue(sc, sc->t[p].s, false) ? 1 : 0);
        q = mdot(sc, q + 1);
        if ((f = any_year(sc, comma(sc, q), &y)))
            q = f;
    } else if (W(sc, q, LX_REL) && rel_dir(sc->t[q].val) <= 1 && anchored(sc) &&
               (WV(sc, q + 1, LX_UNIT, U_MONTH) || WV(sc, q + 1, LX_UNIT, U_YEAR))) {
        int32_t d = WV(sc, q + 1, LX_UNIT, U_MONTH) ? add_months(sc->dct, rel_dir(sc->t[q].val))
                                                     : add_months(sc->dct, 12 * rel_dir(sc->t[q].val));
        y = year_of(d);
        m = WV(sc, q + 1, LX_UNIT, U_MONTH) ? month_of(d) : 0;
        q += 2;
    } else {
        return 0;
    }
    int32_t mon = m ? month_week(y, m, n) : year_week(y, n);
    if (mon == TALLY_NODAY)
        return 0;
    put_week(r, mon);
    return q;
}

/* "the week after next", "the year after the next", "the weekend after next": two units ahead. */
static int pat_after_next(scan *sc, int p, res *r)
{
    if (!W(sc, p, LX_THE) || !anchored(sc) || !(W(sc, p + 1, LX_UNIT) || WV(sc, p + 1, LX_WEEKEND, 1)) ||
        !W(sc, p + 2, LX_AFTER))
        return 0;
    int q = W(sc, p + 3, LX_THE) ? p + 4 : p + 3;
    if (!WV(sc, q, LX_REL, R_NEXT) || (W(sc, q + 1, LX_UNIT) || W(sc, q + 1, LX_WEEKEND)))
        return 0;
    if (W(sc, p + 1, LX_WEEKEND))
        put_weekend(r, sc->dct + 14);
    else if (sc->t[p + 1].val == U_HOUR || sc->t[p + 1].val == U_MINUTE)
        return 0;
    else
        put_unit(r, sc->t[p + 1].val, sc->dct, 2);
    return q + 1;
}

/* True when a word or number follows at p ("two days before the vote": a duration, not a date). */
static bool followed(scan *sc, int p)
{
    return has(sc, p) && (sc->t[p].kind == K_WORD || sc->t[p].kind == K_NUM) && !W(sc, p, LX_DEIC);
}

/* Easter Sunday of year y (the Gregorian computus, Meeus/Jones/Butcher). */
static int32_t easter_day(int y)
{
    int a = y % 19, b = y / 100, c = y % 100, d = b / 4, e = b % 4, f = (b + 8) / 25, g = (b - f + 1) / 3;
    int h = (19 * a + b - d - g + 15) % 30, i = c / 4, k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7;
    int m = (a + 11 * h + 22 * l) / 451, n = h + l - 7 * m + 114;
    return tally_day_from_ymd(y, n / 31, n % 31 + 1);
}

/* The day of holiday h (1 Thanksgiving, 2 Christmas, 3 Halloween, 4 (US) Election Day, 5 Easter; eve: the
 * day before) in year y. */
static int32_t holiday_day(int h, int y, bool eve)
{
    int32_t d, nov1 = tally_day_from_ymd(y, 11, 1);
    if (h == 1)
        d = nov1 + (4 - weekday(nov1) + 7) % 7 + 21; /* the fourth Thursday of November */
    else if (h == 4)
        d = nov1 + 1 + (2 - weekday(nov1 + 1) + 7) % 7; /* the Tuesday after the first Monday of November */
    else if (h == 5)
        d = easter_day(y);
    else
        d = h == 2 ? tally_day_from_ymd(y, 12, 25) : tally_day_from_ymd(y, 10, 31);
    return eve ? d - 1 : d;
}

/* A deadline before a holiday ("until Christmas", "from now to Election Day") in a sentence not in the past:
 * the coming one. */
static bool holiday_deadline(const scan *sc, size_t start)
{
    static const char *const cues[] = {"until", "till", "by", "to", NULL};
    size_t ws, we;
    return word_before(sc->s, start, &ws, &we) && in_list(sc->s + ws, we - ws, cues) && tense_before(sc, ws, false) >= 0;
}

static void put_holiday(res *r, int32_t d, bool week)
{
    if (week)
        put_week(r, d);
    else
        put_day(r, d);
}

/* Holidays: "Thanksgiving Day", "last Christmas", "Christmas Eve 2023". The most recent one at or before
 * publication unless the sentence looks ahead. */
static int pat_holiday(scan *sc, int p, res *r)
{
    int q = p, dir = 0, y, e;
    if (W(sc, q, LX_REL) && rel_dir(sc->t[q].val) <= 1) {
        dir = rel_dir(sc->t[q].val);
        q++;
    }
    if (!W(sc, q, LX_HOLIDAY) || !sc->t[q].cap)
        return 0;
    int h = sc->t[q].val;
    q++;
    bool eve = W(sc, q, LX_EVE), week = h == 5 && WV(sc, q, LX_UNIT, U_WEEK);
    if (h == 4 && !WV(sc, q, LX_UNIT, U_DAY))
        return 0; /* "Election" alone names no day */
    int after = h == 5 && WV(sc, q, LX_WDAY, 1); /* "Easter Monday" */
    if (eve || week || after || WV(sc, q, LX_UNIT, U_DAY) || (h == 5 && WV(sc, q, LX_WDAY, 7)))
        q++; /* "Christmas Day", "Easter Sunday"; "Easter week" is the week Easter ends */
    if (has(sc, q) && sc->t[q].kind == K_WORD && sc->t[q].cap && sc->t[q].lx != LX_MONTH && sc->t[q].lx != LX_WDAY)
        return 0; /* a name: "Easter Avenue", "Christmas Island" */
    if (PU(sc, q, '-') && !sc->t[q].sp && TIGHT(sc, q))
        return 0; /* an adjective: "a Halloween-like atmosphere" */
    int c = comma(sc, q);
    if (c > q && W(sc, c, LX_MONTH)) { /* "Easter Sunday, April 8, 2012": the date written out decides */
        res d = res_zero;
        int g = basic(sc, c, &d);
        if (g && d.x.type == TALLY_TIMEX_DATE && d.x.gran == TALLY_GRAN_DAY && d.x.first != TALLY_NODAY) {
            *r = d;
            return g;
        }
    }
    if ((e = year_at(sc, comma(sc, q), &y))) {
        put_holiday(r, holiday_day(h, y, eve) + after, week);
        r->absolute = 1;
        return e;
    }
    if (!anchored(sc))
        return 0;
    int cy = year_of(sc->dct);
    if (dir == 0 && (future_cue(sc, sc->t[p].s, false) || holiday_deadline(sc, sc->t[p].s)))
        dir = 1;
    int lead = week ? 6 : 0; /* a week has begun by its Monday */
    int32_t d = holiday_day(h, cy, eve);
    if (dir < 0 && d - lead >= sc->dct)
        d = holiday_day(h, cy - 1, eve);
    else if (dir > 0 && d <= sc->dct)
        d = holiday_day(h, cy + 1, eve);
    else if (dir == 0 && d - lead > sc->dct)
        d = holiday_day(h, cy - 1, eve);
    put_holiday(r, d + after, week);
    return q;
}

/* The n-th weekday of a month: "the first Friday of July", "the third Wednesday of next month". */
static int pat_nth_wday(scan *sc, int p, res *r)
{
    int n, e = ord_at(sc, p, 5, &n), m, y;
    if (!e || !W(sc, e, LX_WDAY) || !anchored(sc))
        return 0;
    int wd = sc->t[e].val, q = e + 1;
    if ((W(sc, q, LX_OF) || WORDIS(sc, q, "in")) && W(sc, q + 1, LX_MONTH) && !sc->t[q + 1].weak) {
        m = sc->t[q + 1].val;
        y = month_year(sc, m, future_cue(sc, sc->t[p].s, false) ? 1 : 0);
        q += 2;
        int yy, ye = year_at(sc, q, &yy);
        if (ye) {
            y = yy;
            q = ye;
        }
    } else if ((W(sc, q, LX_OF) || WORDIS(sc, q, "in")) && W(sc, q + 1, LX_REL) && WV(sc, q + 2, LX_UNIT, U_MONTH) &&
               rel_dir(sc->t[q + 1].val) <= 1) {
        int32_t md = add_months(sc->dct, rel_dir(sc->t[q + 1].val));
        y = year_of(md), m = month_of(md);
        q += 3;
    } else {
        return 0;
    }
    int32_t first = tally_day_from_ymd(y, m, 1);
    int32_t day = first + (wd - weekday(first) + 7) % 7 + 7 * (n - 1);
    if (month_of(day) != m)
        return 0;
    put_day(r, day);
    return q;
}

/* "N units ago / earlier / later / before / after", "a year earlier", "year-ago", "two days from now",
 * "the day before (yesterday)". "Ago" counts from the publication day, the others from the focus; in an
 * earnings report whose focus is a quarter, "a year ago" is the same quarter a year before. */
static int pat_ago(scan *sc, int p, res *r)
{
    int q = approx_at(sc, p), n = 1, half, u, pl, e;
    bool the = false;
    if ((e = quant_at(sc, q, &n, &half)))
        q = e;
    else if (W(sc, q, LX_THE)) {
        the = true;
        q++;
    } else if (!(WV(sc, q, LX_UNIT, U_YEAR) && PU(sc, q + 1, '-')))
        return 0;
    if (!(e = unit_at(sc, q, &u, &pl)) || u == U_HOUR || u == U_MINUTE || (the && pl))
        return 0;
    q = e;
    /* smaller parts: "two years, three months and ten days ago" (months m2, days d2; lead: the smallest unit) */
    int m2 = 0, d2 = 0, lead = u, n2, u2, f;
    while (!the && !half && n >= 0 && (lead == U_YEAR || lead == U_MONTH || lead == U_WEEK)) {
        int c = comma(sc, q);
        c = W(sc, c, LX_AND) ? c + 1 : c;
        if (!(f = quant_at(sc, c, &n2, &half)) || half || n2 < 0 || !(f = unit_at(sc, f, &u2, &pl)) || u2 >= lead ||
            (u2 != U_DAY && u2 != U_WEEK && u2 != U_MONTH))
            break;
        m2 += u2 == U_MONTH ? n2 : 0;
        d2 += u2 == U_WEEK ? 7 * n2 : u2 == U_DAY ? n2 : 0;
        lead = u2;
        q = f;
    }
    bool dash = PU(sc, q, '-') && !sc->t[q].sp && TIGHT(sc, q);
    if (dash)
        q++; /* "year-earlier", "year-ago" */
    if (WORDIS(sc, q, "or") && WORDIS(sc, q + 1, "so"))
        q += 2; /* "a week or so ago" */
    int sign, kind;
    if (the && u == U_DAY && (W(sc, q, LX_BEFORE) || W(sc, q, LX_AFTER)) && followed(sc, q + 1)) {
        res d = res_zero;
        int g = basic(sc, q + 1, &d); /* "the day before last Tuesday's hearing": that day, shifted */
        if (g && d.x.type == TALLY_TIMEX_DATE && d.x.gran == TALLY_GRAN_DAY && d.x.first != TALLY_NODAY) {
            put_shift(r, U_DAY, 1, W(sc, q, LX_BEFORE) ? -1 : 1, d.x.first);
            return g;
        }
    }
    if (W(sc, q, LX_AGO))
        sign = -1, kind = 0;
    else if (W(sc, q, LX_EARLIER) || (W(sc, q, LX_BEFORE) && !followed(sc, q + 1)))
        sign = -1, kind = 1;
    else if (W(sc, q, LX_LATER) || (W(sc, q, LX_AFTER) && !followed(sc, q + 1)))
        sign = 1, kind = 1;
    else if (W(sc, q, LX_FROM) && sc->t[q].val == 1 && (WV(sc, q + 1, LX_REF, 1) || W(sc, q + 1, LX_DEIC)))
        sign = 1, kind = 2;
    else
        return 0;
    if (!the && e == p + 1 && !(WV(sc, p, LX_UNIT, U_YEAR) && PU(sc, p + 1, '-')))
        return 0;
    if (kind == 2 && W(sc, q + 1, LX_DEIC) && anchored(sc)) { /* "three weeks from tomorrow" */
        put_shift(r, u, n, sign, sc->dct + sc->t[q + 1].val);
        return q + 2;
    }
    if (kind == 1 && !the && !half && lead == u && u == U_DAY && (WORDIS(sc, q, "later") || WORDIS(sc, q, "earlier")) &&
        !W(sc, q + 1, LX_DEIC))
        return 0; /* "three days later": TimeBank marks the duration, "later" is a signal (3 of 3 on its dev
                   * documents); "two weeks later", "a year earlier", "2 days hence" stay dates */
    q += kind == 2 ? 2 : 1;
    if (kind == 1 && W(sc, q, LX_DEIC) && anchored(sc) && !W(sc, q - 1, LX_EARLIER) && !W(sc, q - 1, LX_LATER)) {
        put_shift(r, u, the ? 1 : n, sign, sc->dct + sc->t[q].val); /* "the day before yesterday" */
        return q + 1;
    }
    if (n < 0) {
        put_ref(r, sign < 0 ? "PAST_REF" : "FUTURE_REF");
        return q;
    }
    if (n > 5000)
        return 0; /* beyond any calendar the day arithmetic should see */
    if (!anchored(sc) && kind != 1) {
        put_xunit(r, u);
        return q;
    }
    if (!anchored(sc) && sc->focus == TALLY_NODAY) {
        put_xunit(r, u);
        return q;
    }
    int32_t base = kind == 1 ? focus_day(sc) : sc->dct;
    if (kind == 1 && (u == U_DAY || u == U_WEEK) && sc->fgran != TALLY_GRAN_DAY)
        base = sc->dct; /* "three days later" after "the third quarter": no day in focus */
    if (base == TALLY_NODAY) {
        put_xunit(r, u);
        return q;
    }
    if (lead != u) {
        int32_t d = u == U_WEEK ? base + sign * 7 * n : add_months(base, sign * n * (u == U_YEAR ? 12 : 1));
        d = add_months(d, sign * m2) + sign * d2;
        if (lead == U_MONTH)
            put_month(r, year_of(d), month_of(d));
        else
            put_day(r, d);
    } else if (u == U_YEAR && ((sc->fgran == TALLY_GRAN_QUARTER && sc->focus != TALLY_NODAY) || sc->rquarter != TALLY_NODAY) &&
        !half && anchored(sc) && !months_in_sentence(sc, sc->t[p].s) &&
        !(dash && months_counted(sc, sc->t[p].s))) /* "the year-ago results" after the nine months: the year */
        put_unit(r, U_QUARTER, report_day(sc), sign * 4 * n);
    else
        put_shift(r, u, n, sign, base);
    return q;
}

/* What ends right before byte i, spaces aside: 'd' digits, 'w' a word (its bytes in *ws, *we and its
 * lexicon row in *w, NULL when unlisted), 0 nothing. */
static int ends_before(const scan *sc, size_t i, size_t *ws, size_t *we, const struct lexword **w)
{
    while (i > 0 && tally_is_ascii_space((unsigned char)sc->s[i - 1]))
        i--;
    if (i > 0 && tally_is_digit((unsigned char)sc->s[i - 1]))
        return 'd';
    if (!word_before(sc->s, i, ws, we))
        return 0;
    *w = lookup(sc->s + *ws, *we - *ws, sc->len - *ws);
    return 'w';
}

/* A count ends right before byte i: digits ("700") or a number word ("four"). */
static bool count_before(const scan *sc, size_t i)
{
    size_t ws, we;
    const struct lexword *w = NULL;
    int e = ends_before(sc, i, &ws, &we, &w);
    return e == 'd' || (e == 'w' && w && w->kind == LX_NUMW);
}

/* True when an amount or a count ends right before byte i: digits, a number word, "million", a plural
 * unit ("hours a day") or a counted plural noun. A unit after it with "a" is then a rate. */
static bool amount_before(const scan *sc, size_t i)
{
    static const char *const amounts[] = {"million", "billion", "thousand", "hundred", "dozen", "cents", "dollars",
                                          "percent", "times", NULL};
    size_t ws, we;
    const struct lexword *w = NULL;
    int e = ends_before(sc, i, &ws, &we, &w);
    if (e != 'w')
        return e == 'd';
    if ((w && (w->kind == LX_NUMW || w->kind == LX_UNITS)) || in_list(sc->s + ws, we - ws, amounts))
        return true;
    /* a counted plural noun: "four flights a week", "700 seats a week" */
    return we - ws > 3 && sc->s[we - 1] == 's' && sc->s[we - 2] != 's' && tally_is_lower((unsigned char)sc->s[ws]) &&
           count_before(sc, ws);
}

/* Durations: "three days", "the past three months", "for 24 hours", "two-year", "nearly forty years",
 * "the first nine months", "the next few days", "weeks or months", "recent years". */
static int pat_dur(scan *sc, int p, res *r)
{
    if (W(sc, p, LX_UNIT) || W(sc, p, LX_UNITS)) {
        if (PU(sc, p + 1, '-') && !sc->t[p + 1].sp && TIGHT(sc, p + 1) && WORDIS(sc, p + 2, "long")) {
            put_dur(r, W(sc, p, LX_UNITS) ? -1 : 1, 0, sc->t[p].val); /* "a day-long meeting", "decades-long" */
            return p + 3;
        }
        if (W(sc, p, LX_UNIT))
            return 0;
    }
    int q = approx_at(sc, p), n, half, u, pl, e;
    bool the = false, rel = false, back = false;
    if (W(sc, q, LX_THE)) {
        the = true;
        q++;
    }
    if ((W(sc, q, LX_REL) && rel_dir(sc->t[q].val) != 0 && rel_dir(sc->t[q].val) != 9) ||
        (W(sc, q, LX_ORDW) && sc->t[q].val == 1)) {
        rel = true;
        back = WV(sc, q, LX_REL, R_PAST) || WV(sc, q, LX_REL, R_LAST);
        q++;
    }
    if (W(sc, q, LX_RECENT) && (e = unit_at(sc, q + 1, &u, &pl)) && pl && u != U_HOUR && u != U_MINUTE) {
        bool both = (W(sc, e, LX_AND) || W(sc, e, LX_OR)) && W(sc, e + 1, LX_UNITS);
        if (u == U_YEAR || u == U_DECADE || both)
            put_ref(r, "PAST_REF"); /* "recent years", "recent weeks and months" */
        else
            put_dur(r, -1, 0, u);
        return both ? e + 2 : e;
    }
    if (rel && !the && q == p + 1 && W(sc, q, LX_UNITS) && sc->t[q].val != U_HOUR && sc->t[q].val != U_MINUTE &&
        sc->t[q].val != U_WEEK && sc->t[q].val != U_DAY && (WV(sc, p, LX_REL, R_COMING) || WV(sc, p, LX_REL, R_PAST)) &&
        !word_before_is(sc, sc->t[p].s, "the")) {
        put_ref(r, WV(sc, p, LX_REL, R_COMING) ? "FUTURE_REF" : "PAST_REF"); /* "in coming months", "in past years" */
        return q + 1;
    }
    if (the && !rel && q == p + 1 && W(sc, q, LX_UNITS) && sc->t[q].val != U_QUARTER && !W(sc, q + 1, LX_OF) &&
        (word_before_is(sc, sc->t[p].s, "over") || word_before_is(sc, sc->t[p].s, "through"))) {
        put_dur(r, -1, 0, sc->t[q].val); /* "over the years", "through the decades" */
        return q + 1;
    }
    if (!(e = quant_at(sc, q, &n, &half))) {
        /* bare plural units after "for", "over", "in": "for years", "weeks or months" */
        if (the || rel || !W(sc, q, LX_UNITS) || !date_cue_before(sc, sc->t[q].s) || sc->t[q].val == U_QUARTER)
            return 0;
        put_dur(r, -1, 0, sc->t[q].val);
        q++;
        if (W(sc, q, LX_OR) && W(sc, q + 1, LX_UNITS))
            q += 2;
        return q;
    }
    bool a = W(sc, q, LX_A);
    if (NUM(sc, q) && sc->t[q].nd >= 4)
        return 0; /* "the 1988 quarter": a year, not a count */
    q = e;
    if ((W(sc, q, LX_TO) || W(sc, q, LX_OR) || PU(sc, q, '-')) && quant_at(sc, q + 1, &pl, &half) &&
        (unit_at(sc, quant_at(sc, q + 1, &pl, &half), &u, &pl)))
        q = quant_at(sc, q + 1, &pl, &half); /* "two to three weeks": the lower count */
    if ((WV(sc, q, LX_APPROX, A_MORE) || WV(sc, q, LX_APPROX, A_EXTRA)) &&
        (W(sc, q + 1, LX_UNIT) || W(sc, q + 1, LX_UNITS)))
        q++; /* "two more weeks", "three straight days", "eight trading days", "an additional year" */
    bool hyph = PU(sc, q, '-') && !sc->t[q].sp && TIGHT(sc, q);
    if (hyph)
        q++;
    if (!(e = unit_at(sc, q, &u, &pl)))
        return 0;
    if (a && pl && n != 2)
        return 0; /* "a days" is no count; "a couple of days" is */
    if (PU(sc, e, '-') && !sc->t[e].sp && TIGHT(sc, e) && WORDIS(sc, e + 1, "long"))
        e += 2; /* "a day-long meeting", "a two-week-long strike" */
    if ((rel || the) && !pl && !hyph && n != 1)
        return 0;
    if (rel && !the && !pl && n == 1)
        return 0; /* "last one year" is odd; "next one day" rarer still */
    q = e;
    if ((hyph && PU(sc, q, '-') && WORDIS(sc, q + 1, "old")) || (!hyph && WORDIS(sc, q, "old")))
        return 0; /* ages ("a 6-year-old", "52 years old") are not time expressions in TimeBank */
    if (u == U_QUARTER && W(sc, q, LX_OF) && !year_at(sc, q + 1, &pl) &&
        ((a && !pl) || hyph || (n >= 1 && n <= 3 && (W(sc, q + 1, LX_THE) || WORDIS(sc, q + 1, "its") || WORDIS(sc, q + 1, "their")))))
        return 0; /* "three-quarters of its food", "a quarter of the market": fractions */
    if (a && !pl && amount_before(sc, sc->t[p].s))
        return 0; /* a rate: "$2 million a year", "24 hours a day" */
    if (pl && !the && !rel && (W(sc, q, LX_A) || WORDIS(sc, q, "per")) && W(sc, q + 1, LX_UNIT))
        return 0; /* the amount of a rate: "24 hours a day", "three days per week" */
    if (WORDIS(sc, q, "and") && W(sc, q + 1, LX_A) && W(sc, q + 2, LX_HALF))
        q += 3, half = 1;
    static const char *const modals[] = {"will", "would", "could", "might", "may", "can", "shall", NULL};
    size_t ws, we;
    if (n == 1 && u == U_DAY && !pl && !the && !rel && WV(sc, p, LX_NUMW, 1) && word_before(sc->s, sc->t[p].s, &ws, &we) &&
        in_list(sc->s + ws, we - ws, modals)) {
        put_ref(r, "FUTURE_REF"); /* "Islam will one day be…" */
        return q;
    }
    if (n < 0 && the && back && pl &&
        (u == U_MONTH || u == U_QUARTER || u == U_YEAR))
        put_ref(r, "PAST_REF"); /* "the past several quarters", "the last few months" */
    else
        put_dur(r, n, half, u);
    return q;
}

/* Quarters and halves: "the third quarter", "third-quarter", "Q3 2024", "2016 Q3", "the fiscal first
 * quarter", "the 1988 second quarter", "this year's third quarter", "the first half of 2023", "H2 2016". */
static int pat_quarter(scan *sc, int p, res *r)
{
    int q = p, y = 0, yrel = 99, ord = 0, e, half = 0, yy;
    if ((e = year_at(sc, q, &y)))
        q = e;
    else if (W(sc, q, LX_REL) && WV(sc, q + 1, LX_UNIT, U_YEAR) && PU(sc, q + 2, '\'') && WORDIS(sc, q + 3, "s")) {
        yrel = rel_dir(sc->t[q].val);
        q += 4;
    }
    if (W(sc, q, LX_FISCAL))
        q++;
    if ((W(sc, q, LX_QLETTER) || W(sc, q, LX_HLETTER)) && TIGHT(sc, q) && PLAIN(sc, q + 1) && sc->t[q + 1].nd == 1) {
        half = W(sc, q, LX_HLETTER);
        ord = sc->t[q + 1].val;
        q += 2;
    } else if ((e = ord_at(sc, q, 4, &ord))) {
        q = e;
        if (PU(sc, q, '-') && TIGHT(sc, q))
            q++;
        if (W(sc, q, LX_HALF))
            half = 1;
        else if (ord == 1 && WV(sc, q, LX_NUMW, 2) && WV(sc, q + 1, LX_UNITS, U_QUARTER) && W(sc, q + 2, LX_OF) &&
                 year_at(sc, q + 3, &yy))
            half = 1, q++; /* "the first two quarters of 1990": the first half */
        else if (!WV(sc, q, LX_UNIT, U_QUARTER))
            return 0;
        q++;
    } else if (WV(sc, q, LX_REL, R_LAST) && W(sc, q + 1, LX_HALF) && W(sc, q + 2, LX_OF) && year_at(sc, q + 3, &yy)) {
        ord = 2, half = 1; /* "the last half of 1989" */
        q += 2;
    } else if (yrel != 99 && WV(sc, q, LX_UNIT, U_QUARTER) && sc->fgran == TALLY_GRAN_QUARTER) {
        ord = quarter_of(sc->focus); /* "last year's quarter" */
        q++;
    } else {
        return 0;
    }
    if (ord < 1 || ord > (half ? 2 : 4))
        return 0;
    int yq = W(sc, q, LX_OF) ? q + 1 : q;
    if (W(sc, yq, LX_FISCAL))
        yq++;
    if (!y && (e = yq > q ? any_year(sc, yq, &y) : year_at(sc, yq, &y)))
        q = e;
    else if (!y && W(sc, yq, LX_THE) && WV(sc, yq + 1, LX_UNIT, U_YEAR) && W(sc, yq, LX_THE))
        q = yq + 2; /* "of the year": the year of the publication */
    else if (!y && W(sc, yq, LX_REL) && WV(sc, yq + 1, LX_UNIT, U_YEAR)) {
        yrel = rel_dir(sc->t[yq].val);
        q = yq + 2;
    }
    if (!y && !anchored(sc)) {
        put_x(r, half ? TALLY_GRAN_HALF : TALLY_GRAN_QUARTER, "");
        snprintf(r->x.value, sizeof r->x.value, "XXXX-%c%d", half ? 'H' : 'Q', ord);
        return q;
    }
    if (!y && yrel != 99)
        y = year_of(sc->dct) + (yrel > 1 ? 0 : yrel);
    res d = res_zero;
    if (!y && !half && ended_after(sc, q) && pat_md(sc, q + 1, &d) && d.x.gran == TALLY_GRAN_DAY &&
        d.x.first != TALLY_NODAY && year_of(d.x.first) < quarter_year(sc, ord))
        y = year_of(d.x.first); /* "the second quarter ended Oct. 31" (last year's): the year it ended in */
    if (!y)
        y = half ? (ord == 1 || month_of(sc->dct) >= 7 ? year_of(sc->dct) : year_of(sc->dct) - 1) : quarter_year(sc, ord);
    if (half)
        put_half(r, y, ord);
    else
        put_quarter(r, y, ord);
    r->absolute = 1;
    return q;
}

/* Seasons: "summer 2024", "the winter of 1994", "in the fall". A bare season needs a cue before it
 * ("fall" and "spring" are common words). */
static int pat_season(scan *sc, int p, res *r)
{
    if (!W(sc, p, LX_SEASON))
        return 0;
    int se = sc->t[p].val, q = p + 1, y, e;
    int yq = W(sc, q, LX_OF) || PU(sc, q, ',') ? q + 1 : q;
    if ((e = any_year(sc, yq, &y))) {
        put_season(r, y, se);
        r->absolute = 1;
        return e;
    }
    if ((!strong_cue_before(sc, sc->t[p].s) && (se == 3 || !word_before_is(sc, sc->t[p].s, "the"))) || W(sc, q, LX_OF))
        return 0;
    if (!anchored(sc)) {
        static const char *code[] = {"SP", "SU", "FA", "WI"};
        put_x(r, TALLY_GRAN_SEASON, "");
        snprintf(r->x.value, sizeof r->x.value, "XXXX-%s", code[se - 1]);
        return q;
    }
    put_season(r, season_year(sc->dct, se, future_cue(sc, sc->t[p].s, false) ? 1 : 0), se);
    return q;
}

/* "a.m." / "p.m." / "am" / "pm": 0 or 12 added to the hour, -1 when absent. */
static int ampm_at(scan *sc, int p, int *add)
{
    if (W(sc, p, LX_AMPM)) {
        *add = sc->t[p].val;
        return dot(sc, p + 1);
    }
    if ((WORDIS(sc, p, "a") || WORDIS(sc, p, "p")) && PU(sc, p + 1, '.') && TIGHT(sc, p) && WORDIS(sc, p + 2, "m") &&
        TIGHT(sc, p + 1)) {
        *add = WORDIS(sc, p, "p") ? 12 : 0;
        return dot(sc, p + 3);
    }
    *add = -1;
    return p;
}

/* "4 in the morning", "at 8 in the evening", "at 11 at night" after a time preposition (a bare hour needs
 * one; "3:45 in the afternoon" does not): the half of the day in *add (0 or 12); the token after the phrase,
 * else 0. */
static int daypart_hour(scan *sc, int p, int q, int *add)
{
    static const char *const preps[] = {"at", "around", "about", "until", "till", "by", "before", "after", "from",
                                        "to", "since", NULL};
    size_t ws, we;
    int h = sc->t[p].val, e, a;
    if (h < 1 || h > 12)
        return 0;
    if (WORDIS(sc, q, "in") && W(sc, q + 1, LX_THE) && W(sc, q + 2, LX_DAYPART) && sc->t[q + 2].val <= 3)
        e = q + 3, a = sc->t[q + 2].val == 1 ? 0 : 12; /* "7 in the evening" is 19:00 */
    else if (WORDIS(sc, q, "at") && WV(sc, q + 1, LX_DAYPART, 4))
        e = q + 2, a = h >= 6 ? 12 : 0; /* "11 at night" is 23:00, "2 at night" 02:00 */
    else
        return 0;
    if (q == p + 1 && (!word_before(sc->s, sc->t[p].s, &ws, &we) || !in_list(sc->s + ws, we - ws, preps)))
        return 0;
    *add = a;
    return e;
}

/* Clock times: "10 p.m.", "7:15 p.m. EST", "noon Saturday", "5 p.m. Nov. 9". The date is the one that
 * follows, else the publication day. */
static int pat_time(scan *sc, int p, res *r)
{
    int h, mi = 0, add, q = p;
    if (W(sc, p, LX_NOON)) {
        h = sc->t[p].val;
        q = p + 1;
    } else if (PLAIN(sc, p) && sc->t[p].nd <= 2 && sc->t[p].val <= 24) {
        h = sc->t[p].val;
        q = p + 1;
        if (PU(sc, q, ':') && !sc->t[q].sp && PLAIN(sc, q + 1) && sc->t[q + 1].nd == 2 && !sc->t[q + 1].sp) {
            mi = sc->t[q + 1].val;
            q += 2;
            if (mi > 59)
                return 0;
        } else if (PU(sc, q, ':') || PU(sc, q, '.')) {
            return 0;
        }
        int e = ampm_at(sc, q, &add), e2;
        if (add < 0 && (e2 = daypart_hour(sc, p, q, &add)))
            e = e2;
        else if (add < 0 && q == p + 1)
            return 0;
        if (add >= 0) {
            if (h < 1 || h > 12)
                return 0;
            h = h % 12 + add;
        }
        q = e;
    } else if (W(sc, p, LX_NUMW) && (q = daypart_hour(sc, p, p + 1, &add))) {
        h = sc->t[p].val % 12 + add; /* "at four in the morning" */
    } else {
        return 0;
    }
    if (W(sc, q, LX_TZ))
        q++;
    int32_t day = sc->fgran == TALLY_GRAN_DAY && sc->focus != TALLY_NODAY ? sc->focus : sc->dct; /* the day in focus */
    res d = res_zero;
    int e = comma(sc, q);
    if (WORDIS(sc, e, "on"))
        e++;
    int got = pat_md(sc, e, &d);
    if (!got)
        got = pat_wday(sc, e, &d, 0);
    if (!got)
        got = pat_deic(sc, e, &d);
    if (got && d.x.first != TALLY_NODAY && d.x.gran == TALLY_GRAN_DAY && strlen(d.x.value) == 10) {
        day = d.x.first;
        if (W(sc, e, LX_WDAY) && got == e + 1 && wday_ahead(sc, sc->t[p].s))
            day = wday_day(sc, sc->t[e].val, 1); /* "until 9 a.m. Tuesday": the cue stands before the time */
        q = got;
    }
    r->x.type = TALLY_TIMEX_TIME;
    r->x.gran = TALLY_GRAN_NONE;
    r->x.first = r->x.last = TALLY_NODAY;
    char dv[11] = "XXXX-XX-XX";
    if (day != TALLY_NODAY)
        tally_day_format(day, dv);
    char *v = cat_str(r->x.value, dv);
    *v++ = 'T';
    v = cat_int(v, h, 2);
    if (h == 24 && W(sc, p, LX_NOON)) {
        *v = '\0'; /* TimeBank writes "midnight" as T24 */
        return q;
    }
    *v++ = ':';
    *cat_int(v, mi, 2) = '\0';
    return q;
}

/* Sets: "daily", "every day", "each Thursday", "every two years", "Tuesday nights". */
static int pat_set(scan *sc, int p, res *r)
{
    static const char *per[] = {"", "P1D", "P1W", "P1M", "P1Q", "P1Y", "", "", "", "PT1H"};
    static const char unit[] = "?DWMQY??WHM";
    if (W(sc, p, LX_SETW)) {
        put_set(r, per[sc->t[p].val]);
        return p + 1;
    }
    /* "Tuesday nights": every Tuesday night; "Monday and Tuesday nights": every Monday night too */
    int pn = W(sc, p + 1, LX_AND) && W(sc, p + 2, LX_WDAY) && W(sc, p + 3, LX_DAYPARTS) ? p + 3 : p + 1;
    if (W(sc, p, LX_WDAY) && W(sc, pn, LX_DAYPARTS) && sc->t[p].e - sc->t[p].s >= 6) {
        static const char *code[] = {"", "TMO", "TAF", "TEV", "TNI"};
        put_set(r, "");
        snprintf(r->x.value, sizeof r->x.value, "XXXX-WXX-%d%s", sc->t[p].val, code[sc->t[pn].val]);
        return pn == p + 1 ? p + 2 : p + 1;
    }
    if (W(sc, p, LX_WDAYS)) {
        put_set(r, "");
        snprintf(r->x.value, sizeof r->x.value, "XXXX-WXX-%d%s", sc->t[p].val, W(sc, p + 1, LX_DAYPART) ? "TNI" : "");
        if (W(sc, p + 1, LX_DAYPART))
            memcpy(r->x.value + 10, sc->t[p + 1].val == 1 ? "TMO" : sc->t[p + 1].val == 2 ? "TAF" : sc->t[p + 1].val == 3 ? "TEV" : "TNI", 4);
        return W(sc, p + 1, LX_DAYPART) ? p + 2 : p + 1;
    }
    if (!W(sc, p, LX_EVERY))
        return 0;
    int q = p + 1, n, half, u, pl, e;
    if (W(sc, q, LX_WDAY)) {
        put_set(r, "");
        snprintf(r->x.value, sizeof r->x.value, "XXXX-WXX-%d", sc->t[q].val);
        return q + 1;
    }
    if (W(sc, q, LX_MONTH) && !sc->t[q].weak && !ambiguous_month(sc, q)) {
        put_set(r, "");
        snprintf(r->x.value, sizeof r->x.value, "XXXX-%02d", sc->t[q].val);
        return q + 1;
    }
    if ((e = quant_at(sc, q, &n, &half)) && n > 0 && unit_at(sc, e, &u, &pl) && u != U_DECADE && u != U_CENTURY) {
        put_set(r, "");
        snprintf(r->x.value, sizeof r->x.value, "P%s%d%c", u == U_HOUR || u == U_MINUTE ? "T" : "", u == U_FORTNIGHT ? 2 * n : n, unit[u]);
        return e + 1;
    }
    if ((e = unit_at(sc, q, &u, &pl)) && !pl && u != U_DECADE && u != U_CENTURY) {
        put_set(r, "");
        snprintf(r->x.value, sizeof r->x.value, "P%s%d%c", u == U_HOUR || u == U_MINUTE ? "T" : "", u == U_FORTNIGHT ? 2 : 1, unit[u]);
        return e;
    }
    return 0;
}

/* The word starting at byte i (after spaces) is one of list. */
static bool next_word_in(const scan *sc, size_t i, const char *const *list)
{
    while (i < sc->len && sc->s[i] == ' ')
        i++;
    size_t e = i;
    while (e < sc->len && tally_is_alpha((unsigned char)sc->s[e]))
        e++;
    return in_list(sc->s + i, e - i, list);
}

/* "soon" at token p looks ahead from the publication day (TimeML FUTURE_REF) when a modal or "to" stands
 * before it ("may soon seek", "to soon grow"), "will" after it ("soon will begin") or the sentence is in
 * the future ("expects it will be ready soon"). Not "as soon as", "soon after the attack", "too soon",
 * nor a past narrative ("he was soon released", "soon became a flood"): no time of its own. */
static bool soon_ahead(scan *sc, int p)
{
    static const char *const modal[] = {"will", "ll", "shall", "may", "might", "could", "would", "should",
                                        "can", "must", "to", NULL};
    static const char *const degree[] = {"as", "so", "too", "how", NULL};
    static const char *const after[] = {"as", "after", "afterward", "afterwards", "thereafter", NULL};
    static const char *const will[] = {"will", "shall", NULL};
    size_t s = sc->t[p].s, e = sc->t[p].e, ws, we;
    bool before = word_before(sc->s, s, &ws, &we);
    if ((before && in_list(sc->s + ws, we - ws, degree)) || next_word_in(sc, e, after) ||
        (e < sc->len && sc->s[e] == '-'))
        return false;
    return (before && in_list(sc->s + ws, we - ws, modal)) || next_word_in(sc, e, will) ||
           tense_before(sc, s, false) > 0;
}

/* Vague references: "now", "currently", "recently", "soon", "the future", "the past", "these days", "for a
 * while". */
static int pat_ref(scan *sc, int p, res *r)
{
    static const char *refs[] = {"", "PRESENT_REF", "PAST_REF", "FUTURE_REF"};
    if (W(sc, p, LX_REF)) {
        if (sc->t[p].val == 3 && !soon_ahead(sc, p))
            return 0;
        put_ref(r, refs[sc->t[p].val]);
        return p + 1;
    }
    if (WV(sc, p, LX_REL, R_CURRENT) && !W(sc, p + 1, LX_UNIT) && !W(sc, p + 1, LX_FISCAL) && !W(sc, p + 1, LX_WEEKEND) &&
        !W(sc, p + 1, LX_SEASON) && !W(sc, p + 1, LX_REL)) {
        /* "current market conditions"; "the then current price" looks back */
        put_ref(r, word_before_is(sc, sc->t[p].s, "then") ? "PAST_REF" : "PRESENT_REF");
        return p + 1;
    }
    if (W(sc, p, LX_A) && WV(sc, p + 1, LX_FUTURE, 6) &&
        (word_before_is(sc, sc->t[p].s, "for") || word_before_is(sc, sc->t[p].s, "after"))) {
        put_ref(r, "PXX"); /* "for a while": a length of time unsaid ("while" alone is a conjunction) */
        r->x.type = TALLY_TIMEX_DURATION;
        return p + 2;
    }
    if (W(sc, p, LX_THESE) && WV(sc, p + 1, LX_UNITS, U_DAY)) {
        put_ref(r, "PRESENT_REF");
        return p + 2;
    }
    if ((W(sc, p, LX_A) || W(sc, p, LX_THE)) && (W(sc, p + 1, LX_LATER) || W(sc, p + 1, LX_EARLIER)) &&
        WV(sc, p + 2, LX_FUTURE, 5)) {
        put_ref(r, W(sc, p + 1, LX_LATER) ? "FUTURE_REF" : "PAST_REF"); /* "at a later date" */
        return p + 3;
    }
    if (W(sc, p, LX_THE)) {
        int q = p + 1;
        bool term = WORDIS(sc, q, "near") || WORDIS(sc, q, "short") || WORDIS(sc, q, "long");
        if (WORDIS(sc, q, "foreseeable") && word_before_is(sc, sc->t[p].s, "for"))
            return 0; /* "for the foreseeable future": indefinitely, no time named */
        if (WORDIS(sc, q, "near") || WORDIS(sc, q, "distant") || WORDIS(sc, q, "foreseeable"))
            q++;
        if (WV(sc, q, LX_FUTURE, 3) && !WORDIS(sc, q + 1, "of")) { /* "the future of the firm" is its fate */
            put_ref(r, "FUTURE_REF");
            return q + 1;
        }
        if (term && WV(sc, p + 2, LX_FUTURE, 4) && !(has(sc, p + 3) && sc->t[p + 3].kind == K_WORD) &&
            !PU(sc, p + 3, '-')) {
            put_ref(r, "FUTURE_REF"); /* "in the near term", "in the long term" (not "the long term jobless") */
            return p + 3;
        }
        if (q == p + 1 && WV(sc, q, LX_REL, R_PAST) && !W(sc, q + 1, LX_UNIT) && !W(sc, q + 1, LX_UNITS) &&
            !NUM(sc, q + 1) && !W(sc, q + 1, LX_NUMW) && !W(sc, q + 1, LX_FEW) && !W(sc, q + 1, LX_A) &&
            !W(sc, q + 1, LX_WEEKEND) && !W(sc, q + 1, LX_SEASON) && !W(sc, q + 1, LX_MONTH) && !W(sc, q + 1, LX_WDAY)) {
            put_ref(r, "PAST_REF");
            return q + 1;
        }
    }
    return 0;
}

/* The day just named ends at the comma before byte i: "Oct. 12, the day before the crash" restates it. */
static bool day_apposition(const scan *sc, size_t i)
{
    while (i > 0 && sc->s[i - 1] == ' ')
        i--;
    return i > 0 && sc->s[i - 1] == ',' && sc->focus != TALLY_NODAY && sc->fgran == TALLY_GRAN_DAY && sc->fend == i - 1;
}

/* A period of the calendar at p ("March", "spring", "the month", "this year"): "the first day of the month" is
 * its first day, not a count of days. */
static bool calendar_at(scan *sc, int p)
{
    if (W(sc, p, LX_THE) || W(sc, p, LX_REL))
        p++;
    return W(sc, p, LX_UNIT) || W(sc, p, LX_MONTH) || W(sc, p, LX_SEASON) || NUM(sc, p);
}

/* "today is", "it's", "this is", "today marks" right before byte i: the day the phrase after it names is the
 * present one ("today is the eighth day of the blockade", "It's the second day of an offensive"); "it was"
 * tells of a day gone by, which the text does not date. */
static bool today_is_before(const scan *sc, size_t i)
{
    static const char *const subject[] = {"it", "today", "this", NULL};
    const char *s = sc->s;
    size_t ws, we;
    if (!word_before(s, i, &ws, &we))
        return false;
    if (we - ws == 1 && (s[ws] == 's' || s[ws] == 'S')) { /* "it's", "It’s" */
        if (ws >= 1 && s[ws - 1] == '\'')
            ws -= 1;
        else if (ws >= 3 && memcmp(s + ws - 3, "\xe2\x80\x99", 3) == 0)
            ws -= 3;
        else
            return false;
    } else if (!tally_ieq(s + ws, we - ws, "is") && !tally_ieq(s + ws, we - ws, "marks")) {
        return false;
    }
    return word_before(s, ws, &ws, &we) && in_list(s + ws, we - ws, subject);
}

/* Bare "the weekend", "the quarter", "the latest period", "the year-ago quarter": anchored on the quarter
 * in focus (earnings news) or the publication day. */
static int pat_the(scan *sc, int p, res *r)
{
    if (!W(sc, p, LX_THE) || !anchored(sc))
        return 0;
    int q = p + 1;
    if (W(sc, q, LX_DAYPART) && !W(sc, q + 1, LX_OF))
        return daypart_time(sc, q, r); /* "in the morning": of the day in focus */
    int nth;
    if (ord_at(sc, q, 999, &nth) && WV(sc, q + 1, LX_UNIT, U_DAY) && W(sc, q + 2, LX_OF) && !calendar_at(sc, q + 3) &&
        today_is_before(sc, sc->t[p].s)) {
        put_day(r, sc->dct); /* "today is the eighth day of the siege": a count of days that ends today */
        return q + 2;
    }
    if (WV(sc, q, LX_UNIT, U_DAY) && (W(sc, q + 1, LX_BEFORE) || W(sc, q + 1, LX_AFTER) || W(sc, q + 1, LX_OF)) &&
        day_apposition(sc, sc->t[p].s)) {
        put_day(r, sc->focus); /* "Oct. 12, the day before the crash": that day (a date after it reads on) */
        return q + 1;
    }
    if (WORDIS(sc, q, "corresponding") || WORDIS(sc, q, "comparable") || WV(sc, q, LX_REL, R_SAME)) {
        /* "the corresponding period last year", "the same quarter a year earlier": the report's quarter a
         * year before; "the comparable year-ago quarter" reads on as "the year-ago quarter" */
        int u = q + 1;
        if ((WV(sc, u, LX_UNIT, U_QUARTER) || W(sc, u, LX_PERIOD)) &&
            ((WV(sc, u + 1, LX_REL, R_LAST) && WV(sc, u + 2, LX_UNIT, U_YEAR)) ||
             (W(sc, u + 1, LX_A) && WV(sc, u + 2, LX_UNIT, U_YEAR) && (W(sc, u + 3, LX_AGO) || W(sc, u + 3, LX_EARLIER))))) {
            put_unit(r, U_QUARTER, report_day(sc), -4);
            return W(sc, u + 1, LX_A) ? u + 4 : u + 3;
        }
        if (!(WV(sc, u, LX_UNIT, U_YEAR) && PU(sc, u + 1, '-')))
            return 0;
        q++;
    }
    if (W(sc, q, LX_WEEKEND) && sc->t[q].val == 1) {
        int32_t d = sc->dct;
        if (future_cue(sc, sc->t[p].s, true) || ahead_of(sc, sc->t[p].s))
            put_weekend(r, d);
        else
            put_weekend(r, weekday(d) >= 6 ? d : d - 7);
        return q + 1;
    }
    int y, e;
    if (WV(sc, q, LX_UNIT, U_WEEK) && !PU(sc, q + 1, '-')) {
        res d;
        d = res_zero;
        if (W(sc, q + 1, LX_OF) && ((e = pat_md(sc, q + 2, &d)) || (e = pat_dm(sc, q + 2, &d))) &&
            d.x.gran == TALLY_GRAN_DAY && d.x.first != TALLY_NODAY) {
            put_week(r, d.x.first); /* "the week of March 6" */
            r->absolute = d.absolute;
            return e;
        }
        int dd;
        if (W(sc, q + 1, LX_OF) && W(sc, q + 2, LX_THE) && (e = day_at(sc, q + 3, &dd)) &&
            !(NUM(sc, q + 3) && sc->t[q + 3].suf != SUF_ORD) && month_day(sc, dd, false) != TALLY_NODAY) {
            put_week(r, month_day(sc, dd, future_cue(sc, sc->t[p].s, false))); /* "the week of the 18th" */
            return e;
        }
        int b = WORDIS(sc, q + 1, "beginning") || WORDIS(sc, q + 1, "starting") || WORDIS(sc, q + 1, "commencing")
                    ? (WORDIS(sc, q + 2, "on") ? q + 3 : q + 2) : 0;
        if (b && ((e = pat_md(sc, b, &d)) || (e = pat_dm(sc, b, &d))) && d.x.gran == TALLY_GRAN_DAY &&
            d.x.first != TALLY_NODAY) {
            put_week(r, d.x.first); /* "the week beginning March 6": the calendar week of that day */
            r->absolute = d.absolute;
            return e;
        }
        /* "for the week", "the week's busiest session": a week the text has in mind, not one we can name */
        put_x(r, TALLY_GRAN_WEEK, "XXXX-WXX");
        if (anchored(sc))
            snprintf(r->x.value, sizeof r->x.value, "%04d-WXX", year_of(sc->dct));
        return q + 1;
    }
    if (WV(sc, q, LX_UNIT, U_YEAR) && (e = any_year(sc, q + 1, &y))) {
        put_year(r, y); /* "the year 1999", "the year nineteen ninety-nine", "the year two thousand" */
        r->absolute = 1;
        return e;
    }
    if (WV(sc, q, LX_UNIT, U_YEAR) && !PU(sc, q + 1, '-') && !PU(sc, q + 1, '\'') &&
        (!W(sc, q + 1, LX_OF) || PU(sc, q + 2, '$') || (NUM(sc, q + 2) && !year_at(sc, q + 2, &y))) && !NUM(sc, q + 1) &&
        !W(sc, q + 1, LX_NUMW)) {
        /* "the year of the flood" is another year; "a high for the year of $42" is this one's amount */
        if (ended_after(sc, q + 1))
            put_dur(r, 1, 0, U_YEAR); /* "for the year ended Sept. 30": a stretch of a year */
        else
            put_year(r, year_of(sc->dct)); /* "a high for the year": the current one */
        return q + 1;
    }
    if (WORDIS(sc, q, "full") && WV(sc, q + 1, LX_UNIT, U_YEAR)) {
        put_year(r, year_of(sc->dct)); /* "the full year": the publication year */
        return q + 2;
    }
    bool latest = WV(sc, q, LX_REL, R_LATEST);
    if (latest)
        q++;
    if (WV(sc, q, LX_UNIT, U_QUARTER) || (latest && W(sc, q, LX_PERIOD))) {
        if (W(sc, q + 1, LX_A) && WV(sc, q + 2, LX_UNIT, U_YEAR) && (W(sc, q + 3, LX_AGO) || W(sc, q + 3, LX_EARLIER))) {
            put_unit(r, U_QUARTER, report_day(sc), -4); /* "the quarter a year ago" */
            return q + 4;
        }
        res d = res_zero;
        if (WV(sc, q, LX_UNIT, U_QUARTER) && ended_after(sc, q + 1) && pat_md(sc, q + 2, &d) && d.x.gran == TALLY_GRAN_DAY &&
            d.x.first != TALLY_NODAY) {
            put_unit(r, U_QUARTER, add_months(d.x.first, -1), 0); /* "the quarter ended July 31": May to July, mostly Q2 */
            return q + 1;
        }
        put_unit(r, U_QUARTER, report_day(sc), 0);
        return q + 1;
    }
    /* "the year-earlier quarter / period", "the year-ago third quarter" */
    if (WV(sc, q, LX_UNIT, U_YEAR) && PU(sc, q + 1, '-') && (W(sc, q + 2, LX_AGO) || W(sc, q + 2, LX_EARLIER))) {
        int ord, n, half, u, pl, f;
        e = q + 3;
        if ((f = quant_at(sc, e, &n, &half)) && n > 0 && unit_at(sc, f, &u, &pl)) {
            put_dur(r, n, half, u); /* "the year-earlier nine months": a stretch */
            return f + 1;
        }
        int o = ord_at(sc, e, 4, &ord);
        if (o && WV(sc, o, LX_UNIT, U_QUARTER)) {
            put_quarter(r, quarter_year(sc, ord) - 1, ord);
            return o + 1;
        }
        int m;
        if (W(sc, e, LX_PERIOD) && (m = months_counted(sc, sc->t[p].s)) > 0) {
            put_dur(r, m, 0, U_MONTH); /* after "For the nine months, …": those months a year back, a stretch */
            return e + 1;
        }
        if (WV(sc, e, LX_UNIT, U_QUARTER) || W(sc, e, LX_PERIOD)) {
            if (sc->fgran == TALLY_GRAN_QUARTER || sc->rquarter != TALLY_NODAY || W(sc, e, LX_UNIT))
                put_unit(r, U_QUARTER, report_day(sc), -4);
            else
                put_year(r, year_of(sc->dct) - 1);
            return e + 1;
        }
    }
    return 0;
}

/* Every recogniser at p, longest match wins; "the" before a match joins it ("the 1990s"). */
static int basic(scan *sc, int p, res *r);
static int modded(scan *sc, int p, res *r);

static void take(res *best, int *bn, const res *r, int n)
{
    if (n > *bn) {
        *best = *r;
        *bn = n;
    }
}

/* Which recognisers can match at a token, by its lexicon kind (numbers and punctuation after the kinds):
 * basic_at runs only those, so a window opened on "the" or "a" tries four recognisers, not twenty. */
enum {
    B_MD = 1 << 0, B_DM = 1 << 1, B_MONTH = 1 << 2, B_MONTH_OF = 1 << 3, B_NUMERIC = 1 << 4, B_YEAR = 1 << 5,
    B_FISCAL = 1 << 6, B_CENTURY = 1 << 7, B_REL = 1 << 8, B_DEIC = 1 << 9, B_WDAY = 1 << 10, B_NTH = 1 << 11,
    B_HOLIDAY = 1 << 12, B_AGO = 1 << 13, B_DUR = 1 << 14, B_QUARTER = 1 << 15, B_SEASON = 1 << 16,
    B_TIME = 1 << 17, B_SET = 1 << 18, B_REF = 1 << 19, B_THE = 1 << 20
};
#define KX_NUM LX_COUNT
#define KX_PUNCT (LX_COUNT + 1)
static const uint32_t may_start[LX_COUNT + 2] = {
    [LX_NONE] = B_AGO | B_DUR,
    [LX_MONTH] = B_MD | B_MONTH,
    [LX_WDAY] = B_MD | B_DM | B_WDAY | B_SET,
    [LX_WDAYS] = B_SET,
    [LX_SEASON] = B_SEASON,
    [LX_UNIT] = B_MONTH_OF | B_AGO | B_DUR,
    [LX_UNITS] = B_DUR,
    [LX_NUMW] = B_DM | B_YEAR | B_AGO | B_DUR | B_TIME,
    [LX_ORDW] = B_DM | B_CENTURY | B_NTH | B_DUR | B_QUARTER,
    [LX_DECW] = B_YEAR,
    [LX_FEW] = B_AGO | B_DUR,
    [LX_REL] = B_FISCAL | B_REL | B_HOLIDAY | B_DUR | B_QUARTER | B_REF | B_NTH,
    [LX_DEIC] = B_DEIC,
    [LX_TONIGHT] = B_DEIC,
    [LX_REF] = B_REF,
    [LX_RECENT] = B_DUR,
    [LX_SETW] = B_SET,
    [LX_EVERY] = B_SET,
    [LX_THE] = B_DM | B_AGO | B_DUR | B_REF | B_THE,
    [LX_A] = B_AGO | B_DUR | B_REF,
    [LX_FISCAL] = B_FISCAL | B_QUARTER,
    [LX_NOON] = B_TIME,
    [LX_APPROX] = B_AGO | B_DUR,
    [LX_THESE] = B_REF,
    [LX_QLETTER] = B_QUARTER,
    [LX_HLETTER] = B_QUARTER,
    [LX_HOLIDAY] = B_HOLIDAY,
    [KX_NUM] = B_DM | B_NUMERIC | B_YEAR | B_CENTURY | B_NTH | B_AGO | B_DUR | B_QUARTER | B_TIME,
    [KX_PUNCT] = B_YEAR,
};

static int basic_at(scan *sc, int p, res *best, bool the)
{
    if (!has(sc, p))
        return 0;
    const tok *t0 = &sc->t[p];
    uint32_t mask = may_start[t0->kind == K_NUM ? KX_NUM : t0->kind == K_PUNCT ? KX_PUNCT : t0->lx];
    int bn = 0, n;
    res r;
#define TRY(bit, call)                                                                                       \
    do {                                                                                                     \
        if (mask & (bit)) {                                                                                  \
            r = res_zero;                                                                                    \
            n = (call);                                                                                      \
            take(best, &bn, &r, n);                                                                          \
        }                                                                                                    \
    } while (0)
    TRY(B_MD, pat_md(sc, p, &r));
    TRY(B_DM, pat_dm(sc, p, &r));
    TRY(B_DM, pat_and_day(sc, p, &r));
    TRY(B_MONTH, pat_month(sc, p, &r, bn));
    TRY(B_MONTH_OF, pat_month_of(sc, p, &r));
    TRY(B_NUMERIC, pat_numeric(sc, p, &r));
    TRY(B_YEAR, pat_year(sc, p, &r));
    TRY(B_FISCAL, pat_fiscal(sc, p, &r));
    TRY(B_CENTURY, pat_century(sc, p, &r));
    TRY(B_REL, pat_rel(sc, p, &r, the));
    TRY(B_DEIC, pat_deic(sc, p, &r));
    TRY(B_WDAY, pat_wday(sc, p, &r, bn));
    TRY(B_NTH, pat_nth_wday(sc, p, &r));
    TRY(B_NTH, pat_nth_week(sc, p, &r));
    TRY(B_HOLIDAY, pat_holiday(sc, p, &r));
    TRY(B_AGO, pat_ago(sc, p, &r));
    TRY(B_DUR, pat_dur(sc, p, &r));
    TRY(B_QUARTER, pat_quarter(sc, p, &r));
    TRY(B_SEASON, pat_season(sc, p, &r));
    TRY(B_TIME, pat_time(sc, p, &r));
    TRY(B_SET, pat_set(sc, p, &r));
    TRY(B_REF, pat_ref(sc, p, &r));
    TRY(B_THE, pat_the(sc, p, &r));
    TRY(B_THE, pat_after_next(sc, p, &r));
#undef TRY
    return bn;
}

/* Whether "the" belongs to the expression of n tokens after it. TimeBank keeps it for periods named by a
 * phrase ("the third quarter", "the 1990s", "the past three months", "the weekend") and leaves it out
 * before calendar dates and adjectives ("the Oct. 23 meeting", "the 1987 law", "the two-week trip",
 * "the third-quarter loss", "the current rules"). */
static bool joins_the(scan *sc, int q, const res *r, int n)
{
    const tok *t = &sc->t[q];
    if (strcmp(r->x.value, "PRESENT_REF") == 0 || t->lx == LX_MONTH || t->lx == LX_WDAY || t->lx == LX_UNITS ||
        t->lx == LX_HOLIDAY)
        return false;
    if (t->kind == K_NUM && t->nd == 4 && t->suf == SUF_NONE)
        return false;
    if (r->x.type == TALLY_TIMEX_DURATION && WORDIS(sc, n - 1, "long"))
        return false; /* "the hour-long show": an adjective */
    for (int k = q; k + 1 < q + n; k++) /* a hyphenated adjective: "two-week", "third-quarter" */
        if (PU(sc, k + 1, '-') && !sc->t[k + 1].sp && (W(sc, k + 2, LX_UNIT) || W(sc, k + 2, LX_UNITS)) &&
            (r->x.type == TALLY_TIMEX_DURATION || r->x.gran == TALLY_GRAN_QUARTER))
            return false;
    return true;
}

static int basic(scan *sc, int p, res *r)
{
    int n = basic_at(sc, p, r, false);
    if (W(sc, p, LX_THE) && !W(sc, p + 1, LX_REF) && !W(sc, p + 1, LX_SETW) && !WV(sc, p + 1, LX_REL, R_THIS) &&
        !WV(sc, p + 1, LX_REL, R_THAT)) {
        res r2;
        r2 = res_zero;
        int n2 = basic_at(sc, p + 1, &r2, true);
        if (n2 > n && joins_the(sc, p + 1, &r2, n2)) {
            *r = r2;
            n = n2;
        }
    }
    return n;
}

/* Modified dates: "mid-January", "early next year", "late yesterday", "the end of 2024", "the beginning
 * of the month", "earlier this month", "later this year". The value stays that of the whole period
 * (TimeBank puts the modifier in mod); first/last narrow to the part meant. */
static int pat_mod(scan *sc, int p, res *r)
{
    int q = p, pos = 0, e;
    bool the = W(sc, q, LX_THE);
    if (the)
        q++;
    if (W(sc, q, LX_POS)) {
        pos = sc->t[q].val;
        q++;
        if (pos == P_END || pos == P_BEGIN || (pos == P_MID && !PU(sc, q, '-') && W(sc, q, LX_OF))) {
            if (!W(sc, q, LX_OF))
                return 0;
            q++;
        } else if (the) {
            if (!(W(sc, q, LX_NUMW) || NUM(sc, q) || W(sc, q, LX_DECW)))
                return 0; /* "the late 1970s", "the early nineties" */
        }
        if (PU(sc, q, '-'))
            q++;
        if (!the && pos == P_MID && W(sc, q, LX_DAYPART))
            return daypart_time(sc, q, r); /* "mid-afternoon", "by mid afternoon" */
    } else if (!the && (W(sc, q, LX_EARLIER) || W(sc, q, LX_LATER))) {
        pos = W(sc, q, LX_EARLIER) ? -1 : -2;
        q++;
        if (WORDIS(sc, q, "in") && W(sc, q + 1, LX_THE) && W(sc, q + 2, LX_UNIT) && anchored(sc)) {
            put_unit(r, sc->t[q + 2].val, sc->dct, 0);
            e = q + 3;
            goto narrowed;
        }
    } else {
        return 0;
    }
    if (pos == P_END || pos == P_BEGIN || pos == P_MID) {
        if (W(sc, q, LX_THE) && W(sc, q + 1, LX_UNIT) && anchored(sc)) {
            int u = sc->t[q + 1].val;
            if (u == U_DAY || u == U_HOUR || u == U_MINUTE)
                return 0;
            if (sc->focus != TALLY_NODAY && sc->fgran == (u == U_YEAR ? TALLY_GRAN_YEAR : u == U_MONTH ? TALLY_GRAN_MONTH : TALLY_GRAN_NONE))
                put_unit(r, u, sc->focus, 0);
            else
                put_unit(r, u, sc->dct, 0);
            e = q + 2;
            goto narrowed;
        }
    }
    *r = res_zero;
    if (!(e = basic(sc, q, r)) || r->x.type != TALLY_TIMEX_DATE || r->x.first == TALLY_NODAY)
        return 0;
    if (pos > 0 && r->x.gran == TALLY_GRAN_DAY && W(sc, q, LX_MONTH)) {
        /* A part of a month narrows the month, never a day: in "mid-January 30 died" the number is a count. */
        *r = res_zero;
        if (!(e = pat_month(sc, q, r, 0)) || r->x.first == TALLY_NODAY)
            return 0;
    }
narrowed:
    if (pos > 0)
        narrow(r, pos);
    else if (anchored(sc) && sc->dct >= r->x.first && sc->dct <= r->x.last) {
        if (pos == -1)
            r->x.last = sc->dct;
        else
            r->x.first = sc->dct;
    }
    return e;
}

/* Shifts an unanchored end of a period a year on when it falls before the start ("from October to
 * February"). */
static void order_ends(res *a, res *b)
{
    if (b->absolute && !a->absolute && a->x.first > b->x.first && a->x.gran == TALLY_GRAN_MONTH) {
        int y = year_of(a->x.first), m = month_of(a->x.first);
        put_month(a, y - 1, m);
    }
    if (b->x.last < a->x.first && !b->absolute && b->x.gran == TALLY_GRAN_MONTH) {
        int y = year_of(b->x.first), m = month_of(b->x.first);
        put_month(b, y + 1, m);
    }
}

/* Periods written as one word: "October-December". TimeBank marks "from X to Y" and "between X and Y"
 * as two dates, so those stay two mentions; day tails ("December 14-15") are read by pat_md/pat_dm. a and e:
 * modded's match at p, which the caller has (the grammar is a function of the window: a month's second run
 * was a tenth of the grammar's instructions). */
static int pat_range(scan *sc, int p, res *r, const res *m, int e)
{
    res a, b;
    if (!W(sc, p, LX_MONTH) || sc->t[p].weak)
        return 0;
    if (!e || m->x.gran != TALLY_GRAN_MONTH || m->x.first == TALLY_NODAY || !PU(sc, e, '-') || sc->t[e].sp || !TIGHT(sc, e))
        return 0;
    a = *m;
    b = res_zero;
    int e2 = modded(sc, e + 1, &b);
    if (!e2 || b.x.gran != TALLY_GRAN_MONTH || b.x.first == TALLY_NODAY)
        return 0;
    order_ends(&a, &b);
    if (b.x.last < a.x.first)
        return 0;
    put_between(r, &a, &b);
    r->absolute = a.absolute || b.absolute;
    return e2;
}

static int modded(scan *sc, int p, res *r)
{
    res m;
    m = res_zero;
    int n = basic(sc, p, r), n2 = pat_mod(sc, p, &m);
    if (n2 > n) {
        *r = m;
        n = n2;
    }
    return n;
}

/* MARK: the scan */

/* Lexicon kinds that can carry a time expression by themselves (the rest only modify one). */
static const unsigned char head_kind[LX_COUNT] = {
    [LX_MONTH] = 1, [LX_WDAY] = 1, [LX_WDAYS] = 1, [LX_SEASON] = 1, [LX_UNIT] = 1, [LX_UNITS] = 1,
    [LX_WEEKEND] = 1, [LX_DECW] = 1, [LX_DEIC] = 1, [LX_TONIGHT] = 1, [LX_REF] = 1, [LX_FUTURE] = 1,
    [LX_SETW] = 1, [LX_FISCAL] = 1, [LX_NOON] = 1, [LX_QLETTER] = 1, [LX_HLETTER] = 1, [LX_AMPM] = 1,
    [LX_PERIOD] = 1, [LX_DAYPART] = 1, [LX_HALF] = 1, [LX_TZ] = 0, [LX_NUMW] = 0, [LX_HOLIDAY] = 1,
};

/* The words allowed between "the" and a time word: "the near future". */
static bool free_after_the(const char *s, size_t n)
{
    return (n == 4 && (tally_ieq(s, n, "near") || tally_ieq(s, n, "full") || tally_ieq(s, n, "long"))) ||
           (n == 5 && tally_ieq(s, n, "short")) ||
           (n == 11 && tally_ieq(s, n, "foreseeable")) || (n == 7 && tally_ieq(s, n, "distant")) ||
           (n == 13 && tally_ieq(s, n, "corresponding")) || (n == 10 && tally_ieq(s, n, "comparable"));
}

/* An age follows the number ending at j: "-year-old" (any unit, "-OLD" too). No recogniser matches a number of
 * up to three digits there: pat_dur and pat_ago stop at the age, the others need a month, a second number, an
 * ordinal or a clock word. A tenth of the windows of the date bench, all failing. */
static bool age_after(const char *s, size_t len, size_t j)
{
    size_t a = j + 1, b = a;
    while (b < len && tally_is_alpha((unsigned char)s[b]))
        b++;
    if (b == a || b + 4 > len || s[b] != '-' || !tally_ieq(s + b + 1, 3, "old") ||
        (b + 4 < len && (tally_is_alpha((unsigned char)s[b + 4]) || (unsigned char)s[b + 4] >= 0x80)))
        return false;
    const struct lexword *w = lookup(s + a, b - a, len - a);
    return w && (w->kind == LX_UNIT || w->kind == LX_UNITS);
}

/* "in the" or "at night" at s[j..): a number word before it may be an hour ("four in the morning"). Out of
 * line: inlined, it cost peek_word registers on every call. */
static __attribute__((noinline)) bool clock_words(const char *s, size_t len, size_t j, size_t k)
{
    return (tally_ieq(s + j, 2, "in") && k + 5 <= len && tally_ieq(s + k, 5, " the ")) ||
           (tally_ieq(s + j, 2, "at") && k + 6 <= len && tally_ieq(s + k, 6, " night"));
}

/* peek_ok's answer for the next word s[j..k) (ASCII letters) and its lexicon entry w. */
static bool peek_word(const char *s, size_t len, size_t j, size_t k, int kind, const struct lexword *w)
{
    unsigned char c = (unsigned char)s[j];
    if (k - j == 1 && (c == 'a' || c == 'p') && k < len && s[k] == '.')
        return true; /* "10 p.m." */
    if (w)
        return !w->cap || tally_is_upper(c) || w->kind == LX_MONTH;
    if (kind == LX_EARLIER || kind == LX_LATER)
        return k - j == 2 && tally_ieq(s + j, 2, "in"); /* "later in the day" */
    if (kind == LX_NUMW && k - j == 2)
        return clock_words(s, len, j, k);
    return kind == LX_THE && free_after_the(s + j, k - j);
}

/* After a modifier word ("the", "a", "of", "two"…) ending at j: can a time expression go on? Reads just
 * the next word, so common words are turned away without a token window. */
static bool peek_ok(const char *s, size_t len, size_t j, int kind)
{
    while (j < len && s[j] == ' ')
        j++;
    if (j >= len)
        return false;
    if (!tally_is_alpha((unsigned char)s[j])) {
        size_t k = j;
        while (k < len && k - j <= 3 && tally_is_digit((unsigned char)s[k]))
            k++;
        if ((kind == LX_A || kind == LX_THE) && k > j && k - j <= 3 && k < len && s[k] == '-' && age_after(s, len, k))
            return false; /* "a 15-year-old": as after the number itself, no recogniser matches */
        return true; /* digits, punctuation, other scripts: the grammar decides */
    }
    size_t k = letters_end(s, len, j + 1);
    return peek_word(s, len, j, k, kind, lookup(s + j, k - j, len - j));
}

/* peek_ok for the word token k ending at j, from the hints when the next token is a plain word after spaces
 * and in no date lexicon entry ("the" before most nouns): no probe of the lexicon. */
static inline __attribute__((always_inline)) bool peek_hinted(const char *s, size_t len, size_t j, int kind,
                                                              const tally_tok *toks, size_t ntoks,
                                                              const uint8_t *hint, size_t k)
{
    if (hint && k < ntoks && k + 1 < ntoks && toks[k].end == j && (hint[k + 1] & (LEXH_PLAIN | LEXH_TXW)) == LEXH_PLAIN) {
        size_t a = toks[k + 1].start, b = j;
        while (b < a && s[b] == ' ')
            b++;
        if (b == a) /* a plain token is the whole run of letters peek_ok reads */
            return peek_word(s, len, a, toks[k + 1].end, kind, NULL);
    }
    return peek_ok(s, len, j, kind);
}

/* Words that can begin a time expression; joining words ("of", "to", "and", "ago") only continue one. */
static inline __attribute__((always_inline)) bool starter(const struct lexword *w)
{
    switch (w->kind) {
    case LX_AGO: case LX_BEFORE: case LX_AFTER: case LX_OF: case LX_FROM: case LX_TO: case LX_AND: case LX_OR:
    case LX_THAN: case LX_AHEAD: case LX_TZ: case LX_AMPM: case LX_DAYPART: case LX_PERIOD: case LX_FUTURE:
    case LX_DAYPARTS: case LX_EVE: /* keep in step with NOT_STARTERS in tools/gen_timex.py */
        return false;
    case LX_APPROX:
        return w->val != A_LEAST;
    default:
        return true;
    }
}

/* An hour and a part of the day follow at p: "4 in the morning", "11 at night". */
static inline bool hour_daypart(scan *sc, int p)
{
    size_t e = sc->t[p].e; /* the bytes " in " or " at " first: no token is read for other numbers */
    if (e + 4 > sc->len || sc->s[e] != ' ' || sc->s[e + 3] != ' ')
        return false;
    unsigned a = (unsigned char)sc->s[e + 1] | 0x20, b = (unsigned char)sc->s[e + 2] | 0x20;
    if (a == 'i' && b == 'n')
        return W(sc, p + 2, LX_THE) && W(sc, p + 3, LX_DAYPART);
    return a == 'a' && b == 't' && WV(sc, p + 2, LX_DAYPART, 4);
}

/* A cheap test before the grammar: within the next few tokens of modifiers, numbers and joining
 * punctuation there must be a head word, a year-like number or a clock/date shape. Most trigger words
 * ("the", "a", "of", counts) fail here after a token or two. */
static bool plausible(scan *sc)
{
    for (int p = 0; p < 8 && has(sc, p); p++) {
        const tok *t = &sc->t[p];
        if (t->kind == K_WORD) {
            if (t->e - t->s == 1 && (sc->s[t->s] == 'p' || sc->s[t->s] == 'a') && PU(sc, p + 1, '.'))
                return true; /* "a.m.", "p.m." */
            if (t->lx == LX_NONE) {
                /* one free word after "the" ("the near future") or "later" ("later in the day") */
                if (p == 0 || !((W(sc, p - 1, LX_THE) && free_after_the(sc->s + t->s, t->e - t->s)) ||
                                W(sc, p - 1, LX_EARLIER) || W(sc, p - 1, LX_LATER)))
                    return false;
                continue;
            }
            if (head_kind[t->lx] || (t->lx == LX_REL && t->val == R_PAST && p > 0 && W(sc, p - 1, LX_THE)) ||
                (t->lx == LX_REL && t->val == R_CURRENT))
                return true;
            int eu;
            if (p == 0 && t->lx == LX_REL && (t->val == R_LAST || t->val == R_NEXT) && elliptic_rel(sc, 0, &eu))
                return true; /* "this year as last" */
            if (t->lx == LX_NUMW && (t->val == 19 || t->val == 20) && W(sc, p + 1, LX_NUMW))
                return true; /* "nineteen ninety-six" */
            int dec;
            if (t->lx == LX_NUMW && (t->val == 2 || t->val == 20) && p > 0 && spoken_decade(sc, p, &dec))
                return true; /* "the twenty-tens" */
            if (t->lx == LX_NUMW && hour_daypart(sc, p))
                return true;
        } else if (t->kind == K_NUM) {
            if ((t->nd == 4 && t->val >= 1000 && t->val <= 2199) || t->suf != SUF_NONE)
                return true; /* a year (year_at's range; other four digits count only in a numeric date, below) */
            if ((PU(sc, p + 1, '/') || PU(sc, p + 1, '-') || PU(sc, p + 1, '.')) && !sc->t[p + 1].sp &&
                NUM(sc, p + 2) && !sc->t[p + 2].sp && PU(sc, p + 3, sc->t[p + 1].val) && NUM(sc, p + 4))
                return true; /* "21/04/16", "9-18-15" */
            if (hour_daypart(sc, p) || (p == 0 && and_day_due(sc, t->s)))
                return true;
        } else if (t->val != '-' && t->val != '/' && t->val != ':' && t->val != '.' && t->val != ',' && t->val != '\'') {
            return false;
        }
    }
    return false;
}

/* Byte i starts a sentence: only spaces and opening quotes or brackets stand between it and the text start,
 * a line break or a full stop. */
static bool sentence_start(const char *s, size_t i)
{
    while (i > 0 && (tally_is_ascii_space((unsigned char)s[i - 1]) || s[i - 1] == '"' || s[i - 1] == '`' ||
                     s[i - 1] == '\'' || s[i - 1] == '('))
        if (s[--i] == '\n')
            return true;
    return i == 0 || s[i - 1] == '.' || s[i - 1] == '!' || s[i - 1] == '?' || s[i - 1] == ':';
}

/* A one-word match read otherwise because of the word before it: "average daily volume" is a measure, no
 * recurrence; "a matter of days" means soon, no length; "high noon" is a showdown, no clock time; "the
 * leaders of tomorrow" is the future, no day ("as of tomorrow", "of tomorrow's vote" stay the day); "the
 * early hours" are a part of the night. */
static bool idiom_word_before(scan *sc, int n)
{
    const tok *a = &sc->t[0];
    size_t ws, we;
    if (n != 1 || a->kind != K_WORD || !word_before(sc->s, a->s, &ws, &we))
        return false;
    const char *w = sc->s + ws;
    size_t k = we - ws;
    if (a->lx == LX_SETW)
        return tally_ieq(w, k, "average");
    if (a->lx == LX_NOON)
        return tally_ieq(w, k, "high");
    if (a->lx == LX_DEIC && a->val == 1 && tally_ieq(w, k, "of") && !word_before_is(sc, ws, "as"))
        return a->e >= sc->len || (sc->s[a->e] != '\'' && (unsigned char)sc->s[a->e] != 0xE2); /* not "of tomorrow's" */
    if (a->lx == LX_UNITS && a->val == U_HOUR && (tally_ieq(w, k, "early") || tally_ieq(w, k, "small") || tally_ieq(w, k, "wee")))
        return true; /* "the early hours of Monday": a part of the night, no length */
    return a->lx == LX_UNITS && tally_ieq(w, k, "of") && word_before_is(sc, ws, "matter");
}

/* "today's" before a word for people or the world of the day ("in today's world", "today's youth") is the
 * present era, which TimeBank leaves unmarked; "today's editions", "today's vote" stay the day. */
static bool generic_today(scan *sc, const tok *a)
{
    static const char *const era[] = {"world", "society", "youth", "generation", "young", "children", "kids",
                                      "teenagers", "families", NULL};
    const char *s = sc->s;
    size_t i = a->e;
    const unsigned char *u = (const unsigned char *)s;
    bool curly = i + 4 < sc->len && u[i] == 0xE2 && u[i + 1] == 0x80 && u[i + 2] == 0x99; /* U+2019 */
    if (i + 2 >= sc->len || (s[i] != '\'' && !curly))
        return false;
    i += curly ? 3 : 1;
    if (i >= sc->len || (s[i] != 's' && s[i] != 'S') || i + 1 >= sc->len || s[i + 1] != ' ')
        return false;
    size_t b = i + 1;
    while (b < sc->len && s[b] == ' ')
        b++;
    size_t e = b;
    while (e < sc->len && tally_is_alpha((unsigned char)s[e]))
        e++;
    return in_list(s + b, e - b, era);
}

/* Matches that are no time expression, by their shape in the text (n tokens from the window start):
 * - "Now," opening a sentence is a discourse marker ("Now, he says…"), not the present;
 * - a unit or "today", "noon", "tonight" written with a capital inside a sentence, after a capitalised
 *   word or in a capitalised phrase, is part of a name or title ("USA Today", "This Week", "High Noon");
 * - a unit joined by "-to-" or "-over-" to another unit is an adjective ("quarter-to-quarter comparison");
 * - an idiom or a measure that names no time (idiom_word_before, generic_today). */
static bool not_a_timex(scan *sc, int n)
{
    const tok *a = &sc->t[0], *z = &sc->t[n - 1];
    const char *s = sc->s;
    bool opens = sentence_start(s, a->s);
    if (n == 1 && a->kind == K_WORD && tally_ieq(s + a->s, a->e - a->s, "now"))
        return opens && PU(sc, 1, ',');
    if (z->kind == K_WORD && tally_is_upper((unsigned char)s[z->s]) && z->e - z->s > 1 &&
        !tally_is_upper((unsigned char)s[z->s + 1]) && !opens) { /* Title case; capitals say nothing */
        size_t ws, we;
        if (z->lx == LX_SETW)
            return true; /* "the Daily Mail", "the Weekly Standard" */
        if (z->lx != LX_UNIT && z->lx != LX_DEIC && z->lx != LX_TONIGHT && z->lx != LX_NOON)
            return false;
        if (a->lx == LX_HOLIDAY || (n > 1 && sc->t[n - 2].lx == LX_HOLIDAY))
            return false; /* "Thanksgiving Day", "Christmas Day" */
        if (n > 1 && tally_is_upper((unsigned char)s[a->s]))
            return true;
        bool w = word_before(s, a->s, &ws, &we);
        if (w && we - ws == 1 && (s[ws] == 's' || s[ws] == 'S') && ws > 0 && s[ws - 1] == '\'')
            w = word_before(s, ws - 1, &ws, &we); /* "NBC's Today" */
        if (w && tally_is_upper((unsigned char)s[ws]) && !sentence_start(s, ws))
            return true;
    }
    if (idiom_word_before(sc, n) || (n == 1 && a->lx == LX_DEIC && generic_today(sc, a)))
        return true;
    if (z->kind == K_WORD && (z->lx == LX_UNIT) && PU(sc, n, '-') && !sc->t[n].sp && has(sc, n + 2) &&
        !sc->t[n + 1].sp && (WORDIS(sc, n + 1, "to") || WORDIS(sc, n + 1, "over")) && PU(sc, n + 2, '-') &&
        !sc->t[n + 2].sp && W(sc, n + 3, LX_UNIT))
        return true;
    return false;
}

/* b restates the day a names, after a comma: "this coming Sunday, March eighth" is one mention, as
 * "Saturday, April 25" is. */
static bool same_day_apposition(const scan *sc, const tally_timex *a, const tally_timex *b)
{
    if (a->type != TALLY_TIMEX_DATE || b->type != TALLY_TIMEX_DATE || a->gran != TALLY_GRAN_DAY ||
        a->first == TALLY_NODAY || a->first != b->first || a->last != b->last || strcmp(a->value, b->value) != 0)
        return false;
    size_t i = a->end;
    if (i >= b->start || sc->s[i] != ',' || (b->end - b->start == 7 && tally_ieq(sc->s + b->start, 7, "the day")))
        return false; /* "Oct. 12, the day before the crash": two mentions, as TimeBank marks them */
    for (i++; i < b->start; i++)
        if (sc->s[i] != ' ')
            return false;
    return true;
}

/* Runs the grammar at byte i; on a match appends it and returns the byte after it, else 0. */
static size_t match_at(scan *sc, size_t i, tally_timexvec *out, int *rc)
{
    window(sc, i);
    if (!plausible(sc))
        return 0;
    res r, best;
    best = res_zero;
    int n = modded(sc, 0, &best);
    r = res_zero;
    int n2 = pat_range(sc, 0, &r, &best, n);
    if (n2 > n) {
        best = r;
        n = n2;
    }
    if (n <= 0 || n > sc->n || not_a_timex(sc, n))
        return 0;
    best.x.start = sc->t[0].s;
    best.x.end = sc->t[n - 1].e;
    size_t ws, we;
    if (best.x.type == TALLY_TIMEX_DATE && best.x.first != TALLY_NODAY && anchored(sc) && best.x.first <= sc->dct &&
        word_before(sc->s, best.x.start, &ws, &we) && tally_ieq(sc->s + ws, we - ws, "since"))
        best.x.last = sc->dct > best.x.last ? sc->dct : best.x.last; /* "since October": up to publication */
    if ((best.absolute || ((best.x.gran == TALLY_GRAN_DAY || best.x.gran == TALLY_GRAN_MONTH) && best.x.type == TALLY_TIMEX_DATE)) &&
        best.x.first != TALLY_NODAY && !and_day_due(sc, best.x.start)) { /* "April 24 and 25": the focus stays on the 24th */
        sc->focus = best.x.first;
        sc->fend = best.x.end;
        sc->fgran = best.x.gran;
        if (best.x.gran == TALLY_GRAN_QUARTER && (sc->rquarter == TALLY_NODAY || best.x.first > sc->rquarter ||
                                                  add_months(sc->rquarter, 3) > sc->dct))
            sc->rquarter = best.x.first; /* the report is about the latest quarter named ("after a flat second quarter") */
    }
    if (best.x.gran == TALLY_GRAN_QUARTER && best.x.type == TALLY_TIMEX_DATE && best.x.first != TALLY_NODAY)
        sc->lquarter = best.x.first;
    if (out->n > sc->out0 && same_day_apposition(sc, &out->v[out->n - 1], &best.x))
        out->v[out->n - 1].end = best.x.end;
    else if (tally_vec_push(out, best.x) != TALLY_OK)
        *rc = TALLY_ENOMEM;
    return best.x.end;
}

/* A digit comes next, after an optional '.', '-' or spaces: "jan 5", "nov.16", "sep-1". */
static bool digit_follows(const char *s, size_t len, size_t j)
{
    if (j < len && (s[j] == '.' || s[j] == '-' || s[j] == '/'))
        j++;
    while (j < len && s[j] == ' ')
        j++;
    return j < len && tally_is_digit((unsigned char)s[j]);
}

/* Bytes that can start a time expression: digits, ASCII letters, and the apostrophe of "'90s". */
static const unsigned char starts[256] = {
    ['0'] = 1, ['1'] = 1, ['2'] = 1, ['3'] = 1, ['4'] = 1, ['5'] = 1, ['6'] = 1, ['7'] = 1, ['8'] = 1, ['9'] = 1,
    ['A'] = 2, ['B'] = 2, ['C'] = 2, ['D'] = 2, ['E'] = 2, ['F'] = 2, ['G'] = 2, ['H'] = 2, ['I'] = 2, ['J'] = 2,
    ['K'] = 2, ['L'] = 2, ['M'] = 2, ['N'] = 2, ['O'] = 2, ['P'] = 2, ['Q'] = 2, ['R'] = 2, ['S'] = 2, ['T'] = 2,
    ['U'] = 2, ['V'] = 2, ['W'] = 2, ['X'] = 2, ['Y'] = 2, ['Z'] = 2,
    ['a'] = 2, ['b'] = 2, ['c'] = 2, ['d'] = 2, ['e'] = 2, ['f'] = 2, ['g'] = 2, ['h'] = 2, ['i'] = 2, ['j'] = 2,
    ['k'] = 2, ['l'] = 2, ['m'] = 2, ['n'] = 2, ['o'] = 2, ['p'] = 2, ['q'] = 2, ['r'] = 2, ['s'] = 2, ['t'] = 2,
    ['u'] = 2, ['v'] = 2, ['w'] = 2, ['x'] = 2, ['y'] = 2, ['z'] = 2, ['\''] = 3,
};


/* A singular unit before a dash opens an expression only when a time word ("year-earlier", "year-ago") or
 * "long" follows the dash: pat_dur and pat_ago read nothing else there, and pat_month_of needs "of". So when a
 * word of ASCII letters outside the lexicon starts at k ("23-year-old"), no window is opened: a tenth of the
 * windows of the date bench, all failing. */
static bool plain_after_dash(const scan *sc, size_t k)
{
    size_t e = k;
    while (e < sc->len && tally_is_alpha((unsigned char)sc->s[e]))
        e++;
    return e > k && !tally_ieq(sc->s + k, e - k, "long") && !lookup(sc->s + k, e - k, sc->len - k);
}

/* A unit word [i, j) opens an expression only as "year-earlier", "month of May" or, in the plural, after a
 * cue ("for years"); the usual "the year", "five days" start elsewhere. Spares most windows on "year". */
static inline __attribute__((always_inline)) bool unit_may_start(const scan *sc, const struct lexword *w,
                                                                  size_t i, size_t j)
{
    if (j < sc->len && sc->s[j] == '-')
        return w->kind != LX_UNIT || !plain_after_dash(sc, j + 1);
    if (j < sc->len && (unsigned char)sc->s[j] >= 0x80)
        return true;
    if (w->kind == LX_UNITS)
        return date_cue_before(sc, i);
    return w->val == U_MONTH && j + 3 < sc->len && sc->s[j] == ' ' && tally_ieq(sc->s + j + 1, 2, "of");
}

/* Token t (hints h) is one the byte loop would step over: a plain word in no date lexicon entry, or a mark
 * whose bytes start nothing (not an apostrophe: "'90s", "''"; a character of other scripts is all high bytes). */
static inline __attribute__((always_inline)) bool stepped_tok(const char *s, const tally_tok *t, uint8_t h)
{
    if (h & LEXH_PLAIN)
        return !(h & LEXH_DATE);
    if (t->kind == TOK_WORD || t->kind == TOK_NUM || t->kind == TOK_APOS_S)
        return false;
    unsigned char b = (unsigned char)s[t->start];
    return b >= 0x80 || (t->end - t->start == 1 && !starts[b]);
}

/* Starter token j of the plain words (hints DATE) opens no window, as the loop below decides for them after a
 * probe (a fifth of the words it reads): "year" before a byte that is no dash and no high byte (unit_may_start),
 * and before a plain word outside the date words after spaces, any starter that heads no expression by itself
 * (peek_hinted: no free word after "the", none at all after "a" or a number word) or a singular unit ("the day
 * after", "a month of" need a date word next). "the", "a" and "an" are told without a probe. */
static inline bool starter_stepped(const char *s, size_t len, const tally_tok *toks, size_t ntoks,
                                   const uint8_t *hint, size_t j)
{
    const char *w = s + toks[j].start;
    size_t n = toks[j].end - toks[j].start, e = toks[j].end;
    if (n == 4 && tally_ieq(w, 4, "year"))
        return e < len && s[e] != '-' && (unsigned char)s[e] < 0x80;
    if (n > 13 || j + 1 >= ntoks || (hint[j + 1] & (LEXH_PLAIN | LEXH_TXW)) != LEXH_PLAIN)
        return false;
    for (; e < toks[j + 1].start; e++)
        if (s[e] != ' ')
            return false;
    if (n <= 3 && (n == 3 ? tally_ieq(w, 3, "the") : (w[0] | 0x20) == 'a' && (n == 1 || (w[1] | 0x20) == 'n')))
        return true;
    const struct lexword *x = probe(w, n, len - toks[j].start);
    return !x || x->kind == LX_UNIT ||
           (!head_kind[x->kind] && x->kind != LX_UNITS && !(x->kind == LX_REL && x->val == R_CURRENT));
}

/* Token k follows token k - 1 after spaces only (so the scanner's token k is the tokenizer's). */
static inline bool spaced_after(const char *s, const tally_tok *toks, size_t k)
{
    size_t e = toks[k - 1].end;
    if (e >= toks[k].start)
        return false;
    for (; e < toks[k].start; e++)
        if (s[e] != ' ')
            return false;
    return true;
}

/* Token k is one plausible() reads on past without deciding, wherever it stands: a word of a kind that heads
 * nothing and is none of its special cases (after "the", "past" heads a period; "current" does anywhere; a
 * number word may be an hour or part of a year), or a bare number of up to three digits ("the 300 block"; a
 * space after it, so no date shape and no suffix). */
static bool plausible_passes(const char *s, size_t len, const tally_tok *t, uint8_t h)
{
    size_t n = t->end - t->start;
    if (t->end >= len || s[t->end] != ' ')
        return false;
    if (t->kind == TOK_NUM) {
        for (size_t i = t->start; i < t->end; i++)
            if (!tally_is_digit((unsigned char)s[i]))
                return false;
        return n <= 3;
    }
    if ((h & (LEXH_PLAIN | LEXH_TXW)) != (LEXH_PLAIN | LEXH_TXW) || n > 13)
        return false;
    const struct lexword *x = probe(s + t->start, n, len - t->start);
    if (!x || x->cap)
        return false;
    switch (x->kind) {
    case LX_THE: case LX_A: case LX_OF: case LX_APPROX: case LX_FEW: case LX_ORDW:
        return true;
    case LX_REL:
        return x->val != R_PAST && x->val != R_CURRENT;
    default:
        return false;
    }
}

/* Starter token j (a word plausible() passes at the window's start: heads nothing, no "current") is followed,
 * after spaces, by tokens it passes and then a plain word in no date lexicon entry, on which it fails ("one of
 * the victims", "that the shooting", "about a block"): the number of tokens before that word, else 0. Every
 * window from j to there fails the same way, so the scan steps over them all (a third of the windows the
 * pre-test turned away on the claims bench). */
static size_t chain_fails(const char *s, size_t len, const tally_tok *toks, size_t ntoks, const uint8_t *hint,
                          size_t j)
{
    size_t k = j + 1;
    while (k < ntoks && k < j + 6 && spaced_after(s, toks, k) && (hint[k] & (LEXH_PLAIN | LEXH_TXW)) != LEXH_PLAIN &&
           plausible_passes(s, len, &toks[k], hint[k]))
        k++;
    /* right after j, "later" would read on ("later that day") */
    if (k == j + 1 || k >= ntoks || k >= j + 6 || !spaced_after(s, toks, k) ||
        (hint[k] & (LEXH_PLAIN | LEXH_TXW)) != LEXH_PLAIN)
        return 0;
    size_t n = toks[j].end - toks[j].start;
    const struct lexword *x = n <= 13 ? probe(s + toks[j].start, n, len - toks[j].start) : NULL;
    if (x && (!x->cap || tally_is_upper((unsigned char)s[toks[j].start]) || x->kind == LX_MONTH) &&
        (head_kind[x->kind] || (x->kind == LX_REL && x->val == R_CURRENT)))
        return 0; /* plausible() says yes at once (without its entry the word is no time word: it says no) */
    return k - j;
}

/* When a token starts at i: past the run of plain word tokens from it that start no expression (not starter
 * words, or starter_stepped ones) and the marks between them (leaving the run at each comma cost a return to
 * the byte loop and a new search for the token), to the next token's start (only spaces lie between tokens);
 * else i. *k is a cursor into the tokens. */
static inline size_t plain_skip(const char *s, size_t len, size_t i, const tally_tok *toks, size_t ntoks,
                                const uint8_t *hint, size_t *k)
{
    while (*k < ntoks && toks[*k].start < i)
        (*k)++;
    if (*k >= ntoks || toks[*k].start != i)
        return i;
    size_t j = *k, c;
    while (j < ntoks) {
        if ((hint[j] & (LEXH_PLAIN | LEXH_DATE)) == LEXH_PLAIN)
            j++; /* a plain word in no date entry, most tokens: stepped_tok's first test, no token read (-1.2 M) */
        else if (stepped_tok(s, &toks[j], hint[j]))
            j++;
        else if ((hint[j] & (LEXH_PLAIN | LEXH_DATE)) != (LEXH_PLAIN | LEXH_DATE))
            break;
        else if (starter_stepped(s, len, toks, ntoks, hint, j))
            j += 1 + (j + 1 < ntoks && (hint[j + 1] & (LEXH_PLAIN | LEXH_TXW)) == LEXH_PLAIN); /* and the plain word */
        else if ((c = chain_fails(s, len, toks, ntoks, hint, j)) > 0)
            j += c;
        else
            break;
    }
    if (j == *k)
        return i;
    *k = j;
    return j < ntoks ? toks[j].start : toks[j - 1].end;
}

/* A scan paused between windows: the scan state, the next byte to read and the token cursor. */
struct tally_timex_cursor {
    scan sc;
    size_t i, tk;
    const tally_tok *toks;
    size_t ntoks;
    const uint8_t *hint;
};

size_t tally_timex_cursor_size(void) { return sizeof(tally_timex_cursor); }

void tally_timex_cursor_init(tally_timex_cursor *c, const char *s, size_t len, int32_t dct, const tally_tok *toks,
                             size_t ntoks, const uint8_t *hint, const tally_timexvec *out)
{
    c->sc.s = s;
    c->sc.len = len;
    c->sc.dct = dct;
    c->sc.focus = TALLY_NODAY;
    c->sc.fend = 0;
    c->sc.fgran = TALLY_GRAN_NONE;
    c->sc.rquarter = TALLY_NODAY;
    c->sc.lquarter = TALLY_NODAY;
    c->sc.out0 = out->n;
    c->sc.n = 0;
    c->sc.pos = 0;
    c->i = c->tk = 0;
    c->toks = toks;
    c->ntoks = hint ? ntoks : 0; /* no hints, no tokens read */
    c->hint = hint;
}

/* A match at i may still lengthen the last mention (same_day_apposition): i is the first byte after its
 * comma and spaces. */
static bool apposition_due(const scan *sc, const tally_timexvec *out, size_t i)
{
    if (out->n <= sc->out0)
        return false;
    size_t j = out->v[out->n - 1].end;
    if (j >= sc->len || sc->s[j] != ',')
        return false;
    for (j++; j < sc->len && sc->s[j] == ' '; j++)
        ;
    return i <= j;
}

bool tally_timex_cursor_done(const tally_timex_cursor *c) { return c->i >= c->sc.len; }

/* The scan loop, inlined into its two callers with with_toks and limited constant: the plain scan (the date
 * bench: no tokens, to the end) has neither test in its loop (they cost it 4 % of its instructions). */
static inline __attribute__((always_inline)) int drive(tally_timex_cursor *cur, size_t limit, tally_timexvec *out,
                                                       const bool with_toks, const bool limited)
{
    scan *scp = &cur->sc;
    const char *s = scp->s;
    size_t len = scp->len, ntoks = cur->ntoks;
    const tally_tok *toks = with_toks ? cur->toks : NULL;
    const uint8_t *hint = with_toks ? cur->hint : NULL;
    int rc = TALLY_OK;
    size_t i = cur->i, tk = cur->tk;
    while (rc == TALLY_OK) {
        while (i < len && !starts[(unsigned char)s[i]])
            i++; /* spaces and punctuation: one table load a byte */
        if (i >= len || (limited && i >= limit && !apposition_due(scp, out, i)))
            break;
        unsigned char c = (unsigned char)s[i], k = starts[c];
        size_t j = i + 1;
        /* a word starts at i; asked of words only after their shape test, which most fail */
        bool boundary = k == 2 || i == 0 || !(starts[(unsigned char)s[i - 1]] & 3) ||
                        (k == 3 && i + 1 < len && tally_is_digit((unsigned char)s[i + 1])); /* "'90s" */
        if (k == 1) {
            while (j < len && starts[(unsigned char)s[j]] == 1)
                j++;
            unsigned char d = j < len ? (unsigned char)s[j] : 0;
            if (boundary && j - i != 4 && !tally_is_alpha(d) && d != '/' && d != ':' && d != '-' && d != '.' &&
                d != ',' && d != '\'' && d < 0x80 && !peek_ok(s, len, j, LX_NUMW) && !and_day_due(scp, i))
                boundary = false; /* a count: "200 people" (not the "25" of "April 24 and 25 in Oslo") */
            else if (boundary && d == '-' && j - i <= 3 && age_after(s, len, j))
                boundary = false;
        } else if (k == 2) {
            size_t e = with_toks ? plain_skip(s, len, i, toks, ntoks, hint, &tk) : i;
            if (e > i) { /* with tokens, the plain words are stepped over by their hints: most of the text */
                i = e;
                continue;
            }
            j = letters_end(s, len, j);
            size_t n = j - i;
            /* the shape test inline: most words end here without a call */
            if (n > 13 || !(timex_start_shape[(c | 0x20) - 'a'][n] >> (((unsigned char)s[j - 1] | 0x20) - 'a') & 1) ||
                (i > 0 && starts[(unsigned char)s[i - 1]])) {
                i = j;
                continue;
            }
            const struct lexword *w = probe(s + i, n, len - i); /* the start shape passed */
            if (!w || (w->cap && !tally_is_upper(c) && !(w->kind == LX_MONTH && digit_follows(s, len, j))))
                boundary = false;
            else if ((w->kind == LX_UNIT || w->kind == LX_UNITS) && !unit_may_start(scp, w, i, j))
                boundary = false;
            else if (!starter(w) || (!head_kind[w->kind] && !(w->kind == LX_REL && w->val == R_CURRENT) &&
                                     !peek_hinted(s, len, j, w->kind, toks, ntoks, hint,
                                                  with_toks && tk < ntoks && toks[tk].start == i ? tk : SIZE_MAX)))
                boundary = false;
        }
        if (boundary) {
            size_t e = match_at(scp, i, out, &rc);
            if (e > i) {
                i = e;
                continue;
            }
        }
        i = j;
    }
    cur->i = i;
    cur->tk = tk;
    return rc;
}

int tally_timex_scan_to(tally_timex_cursor *cur, size_t limit, tally_timexvec *out)
{
    return drive(cur, limit, out, true, true);
}

int tally_timex_scan(const char *s, size_t len, int32_t dct, tally_timexvec *out)
{
    tally_timex_cursor c;
    tally_timex_cursor_init(&c, s, len, dct, NULL, 0, NULL, out);
    return drive(&c, SIZE_MAX, out, false, false);
}

int tally_timex_scan_toks(const char *s, size_t len, int32_t dct, const tally_tok *toks, size_t ntoks,
                          const uint8_t *hint, tally_timexvec *out)
{
    tally_timex_cursor c;
    tally_timex_cursor_init(&c, s, len, dct, toks, ntoks, hint, out);
    return tally_timex_scan_to(&c, SIZE_MAX, out);
}

/* The words outside the lexicon that the grammar reads by their spelling as part of an expression (WORDIS,
 * free_after_the, not_a_timex): "the foreseeable future", "fiscal year ended", "at least". With the lexicon they
 * are every word a time expression can hold, which doc.c relies on to answer "is this word in a date?" without
 * the scan: a new such literal belongs here (words read only before or after an expression need not). */
static const char *const spelled_words[] = {
    "at", "commencing", "comparable", "corresponding", "distant", "ended", "ending", "foreseeable", "full", "in",
    "its", "long", "m", "near", "now", "oh", "old", "on", "over", "p", "per", "percent", "s", "short", "so", "starting",
    "tens", "their", "thousand", "thousands", "up"};

#ifndef NDEBUG
/* w is in the lexicon or in spelled_words. */
static bool may_hold(const char *w)
{
    size_t n = strlen(w);
    if (lookup(w, n, n + 1))
        return true;
    for (size_t i = 0; i < sizeof spelled_words / sizeof *spelled_words; i++)
        if (strcmp(spelled_words[i], w) == 0)
            return true;
    return false;
}
#endif

const char *tally_timex_word(size_t i)
{
    if (i < TIMEX_WORDS_SIZE)
        return timex_words[i].w;
    i -= TIMEX_WORDS_SIZE;
    return i < sizeof spelled_words / sizeof *spelled_words ? spelled_words[i] : NULL;
}

const char *tally_timex_starter(size_t i)
{
    if (i >= TIMEX_WORDS_SIZE)
        return NULL;
    return timex_words[i].w[0] && starter(&timex_words[i]) ? timex_words[i].w : "";
}
