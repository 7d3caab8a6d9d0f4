/* token.c — one pass over the bytes: each token is a word, a number, a possessive, a quote, a dash or a
 * punctuation character, with its byte span and flags (capitalised, space or line break before).
 * Sentences end at . ! ? (not after a known abbreviation, an initial, or a decimal point) when the next
 * token starts a sentence, and at every line break that is not a hard wrap inside a sentence. */
#include "token.h"
#include "doc.h"
#include "lexicon.h"
#include "text.h"
#include <string.h>
#include <utf8proc.h>

/* Abbreviations after which a period does not end a sentence. Lower case, sorted. */
static const char *const abbrevs[] = {
    "adm", "apr", "aug", "brig", "capt", "cmdr", "co", "col", "corp", "cpl", "dec", "dept", "dr", "est", "etc",
    "feb", "fig", "fla", "ft", "gen", "gov", "inc", "jan", "jr", "jul", "jun", "lt", "ltd", "maj", "mar", "mr",
    "mrs", "ms", "mt", "no", "nov", "oct", "pfc", "pres", "prof", "rep", "rev", "sen", "sep", "sept", "sgt",
    "sr", "st", "supt", "vs",
};

/* Bit l of abbrev_shape[f][n]: some abbreviation above starts with letter f, has n letters and ends with letter
 * l. Most words before a period are turned away by this one load (the search was 1.8 M instructions of the
 * claims bench's 4 MB slice); tally_tok_abbrev_misses checks it against the list. */
#define B(c) (1u << ((c) - 'a'))
static const uint32_t abbrev_shape[26][6] = {
    ['a' - 'a'] = {[3] = B('g') | B('m') | B('r')},
    ['b' - 'a'] = {[4] = B('g')},
    ['c' - 'a'] = {[2] = B('o'), [3] = B('l'), [4] = B('p') | B('r') | B('t')},
    ['d' - 'a'] = {[2] = B('r'), [3] = B('c'), [4] = B('t')},
    ['e' - 'a'] = {[3] = B('c') | B('t')},
    ['f' - 'a'] = {[2] = B('t'), [3] = B('a') | B('b') | B('g')},
    ['g' - 'a'] = {[3] = B('n') | B('v')},
    ['i' - 'a'] = {[3] = B('c')},
    ['j' - 'a'] = {[2] = B('r'), [3] = B('l') | B('n')},
    ['l' - 'a'] = {[2] = B('t'), [3] = B('d')},
    ['m' - 'a'] = {[2] = B('r') | B('s') | B('t'), [3] = B('j') | B('r') | B('s')},
    ['n' - 'a'] = {[2] = B('o'), [3] = B('v')},
    ['o' - 'a'] = {[3] = B('t')},
    ['p' - 'a'] = {[3] = B('c'), [4] = B('f') | B('s')},
    ['r' - 'a'] = {[3] = B('p') | B('v')},
    ['s' - 'a'] = {[2] = B('r') | B('t'), [3] = B('n') | B('p') | B('t'), [4] = B('t')},
    ['v' - 'a'] = {[2] = B('s')},
};
#undef B

/* The word s[0..n) may be an abbreviation: its shape is in abbrev_shape. */
static inline bool abbrev_shaped(const char *s, size_t n)
{
    unsigned f = ((unsigned char)s[0] | 0x20) - 'a', l = ((unsigned char)s[n - 1] | 0x20) - 'a';
    return n >= 2 && n <= 5 && f < 26 && l < 26 && (abbrev_shape[f][n] >> l & 1);
}

int tally_tok_abbrev_misses(void)
{
    int miss = 0;
    for (size_t i = 0; i < sizeof abbrevs / sizeof *abbrevs; i++)
        miss += !abbrev_shaped(abbrevs[i], strlen(abbrevs[i]));
    return miss;
}

static bool is_abbrev(const char *s, size_t n)
{
    if (n == 0 || n > 5 || !abbrev_shaped(s, n))
        return false;
    size_t lo = 0, hi = sizeof abbrevs / sizeof *abbrevs;
    char w[8];
    for (size_t i = 0; i < n; i++)
        w[i] = (char)tally_lower((unsigned char)s[i]);
    w[n] = '\0';
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        const unsigned char *a = (const unsigned char *)w, *b = (const unsigned char *)abbrevs[mid];
        while (*a && *a == *b) /* strcmp inline: a call per probe cost more than these few bytes */
            a++, b++;
        int c = (int)*a - (int)*b;
        if (c == 0)
            return true;
        if (c < 0)
            hi = mid;
        else
            lo = mid + 1;
    }
    return false;
}

static uint8_t case_flags(const char *s, size_t start, size_t end)
{
    int32_t cp;
    tally_utf8_decode(s, end, start, &cp);
    if (!utf8proc_isupper(cp))
        return 0;
    uint8_t f = TOKF_CAP;
    bool all = end - start >= 2;
    for (size_t i = start; i < end && all; i++)
        all = !tally_is_lower((unsigned char)s[i]);
    return all ? f | TOKF_ALLCAP : f;
}

/* Length of a number token at i: digits with inner , or . followed by a digit. */
static size_t number_len(const char *s, size_t len, size_t i)
{
    size_t j = i;
    while (j < len) {
        if (tally_is_digit((unsigned char)s[j]))
            j++;
        else if ((s[j] == ',' || s[j] == '.') && j + 1 < len && tally_is_digit((unsigned char)s[j + 1]))
            j++;
        else
            break;
    }
    return j - i;
}

/* The token at an apostrophe of n bytes at i: '' (a double quote in typewriter text), the possessive 's, or
 * a punctuation mark. */
static size_t apos_token(const char *s, size_t len, size_t i, size_t n, uint8_t *kind)
{
    if (s[i] == '\'' && i + 1 < len && s[i + 1] == '\'') {
        *kind = TOK_QUOTE;
        return 2;
    }
    if (i + n < len && (s[i + n] == 's' || s[i + n] == 'S') && tally_word_end(s, len, i + n) == i + n + 1) {
        *kind = TOK_APOS_S;
        return n + 1;
    }
    *kind = TOK_PUNCT;
    return n;
}

/* Length of the token starting at i and its kind. A character is decoded once, then classed (the tests one
 * kind after another decoded it up to four times). */
static size_t next_token(const char *s, size_t len, size_t i, uint8_t *kind)
{
    unsigned char c = (unsigned char)s[i];
    if (tally_is_digit(c)) {
        *kind = TOK_NUM;
        return number_len(s, len, i);
    }
    if (c < 0x80) { /* a letter or a space never comes here: tokens() reads them */
        *kind = c == '"' ? TOK_QUOTE : c == '-' ? TOK_DASH : TOK_PUNCT;
        return c == '\'' ? apos_token(s, len, i, 1, kind) : 1;
    }
    int32_t cp;
    size_t n = tally_utf8_decode(s, len, i, &cp);
    if (cp == 0x2019 || cp == 0x02BC || cp == 0x2018) /* as tally_apos_at */
        return apos_token(s, len, i, n, kind);
    if (cp == 0x201C || cp == 0x201D || cp == 0xAB || cp == 0xBB || cp == 0x201E) { /* tally_quote_at */
        *kind = TOK_QUOTE;
        return n;
    }
    if ((cp >= 0x2010 && cp <= 0x2015) || cp == 0x2212) { /* tally_dash_at */
        *kind = TOK_DASH;
        return n;
    }
    size_t e = tally_word_end(s, len, i);
    *kind = e > i ? TOK_WORD : TOK_PUNCT;
    return e > i ? e - i : n;
}

/* Does a period ending at token k (the '.') close the sentence? */
static bool period_ends(const char *s, const tally_tok *t, size_t k)
{
    if (k == 0)
        return true;
    const tally_tok *w = &t[k - 1];
    if (w->end != t[k].start)
        return true;
    size_t n = w->end - w->start;
    if (w->kind == TOK_WORD && (is_abbrev(s + w->start, n) || (n == 1 && (w->flags & TOKF_CAP))))
        return false;
    /* U.S. / a.m.: a one-letter word glued to a period before it */
    if (w->kind == TOK_WORD && n == 1 && k >= 2 && t[k - 2].end == w->start && s[t[k - 2].start] == '.')
        return false;
    return true;
}

/* The quote tokens as the token loop meets them: their indexes while they fit in k[cap], else n is SIZE_MAX
 * and quote_sides walks the tokens from the first. */
typedef struct quotes {
    uint32_t *k;
    size_t n, cap, first;
} quotes;

/* Marks quote token k as opening or closing: a quote after a space or at a line start opens. */
static void quote_side(const char *s, tally_tokvec *toks, size_t k)
{
    tally_tok *t = &toks->v[k];
    unsigned char c1 = (unsigned char)s[t->start + 1 < t->end ? t->start + 2 : t->start];
    if (t->end - t->start == 3 && c1 == 0x9C) /* U+201C */
        t->flags |= TOKF_OPENQ;
    else if (t->end - t->start == 3 && c1 == 0x9D) /* U+201D */
        t->flags |= TOKF_CLOSEQ;
    else if (k == 0 || (t->flags & (TOKF_SPACE | TOKF_NEWLINE)) || toks->v[k - 1].kind == TOK_PUNCT)
        t->flags |= (k + 1 < toks->n && !(toks->v[k + 1].flags & TOKF_SPACE)) ? TOKF_OPENQ : TOKF_CLOSEQ;
    else
        t->flags |= TOKF_CLOSEQ;
}

/* Marks the quotes of q opening or closing. */
static void quote_sides(const char *s, tally_tokvec *toks, const quotes *q)
{
    for (size_t i = 0; q->n != SIZE_MAX && i < q->n; i++)
        quote_side(s, toks, q->k[i]);
    for (size_t k = q->first; q->n == SIZE_MAX && k < toks->n; k++)
        if (toks->v[k].kind == TOK_QUOTE)
            quote_side(s, toks, k);
}

/* The ASCII letters and digits among eight bytes: the high bit of each such byte set (SWAR range tests;
 * no byte's sum carries into the next because the high bits are cleared first). */
static inline uint64_t alnum_bytes(uint64_t x)
{
    const uint64_t ones = 0x0101010101010101u, high = 0x8080808080808080u;
    uint64_t y = x & ~high, l = y | 0x20 * ones;
    uint64_t alpha = (l + (0x80 - 'a') * ones) & ~(l + (0x7F - 'z') * ones);
    uint64_t digit = (y + (0x80 - '0') * ones) & ~(y + (0x7F - '9') * ones);
    return (alpha | digit) & ~x & high;
}

/* End of the run of ASCII letters and digits from e, eight bytes a step: the byte loop's exit branch
 * mispredicted once a word (the tokenizer was the largest item of the claims bench). */
static size_t alnum_end(const char *s, size_t len, size_t e)
{
    while (e + 8 <= len) {
        uint64_t x;
        memcpy(&x, s + e, 8);
        uint64_t stop = ~alnum_bytes(x) & 0x8080808080808080u;
        if (stop) /* the first byte in memory is the low one on little-endian machines */
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
            return e + (size_t)(__builtin_clzll(stop) >> 3);
#else
            return e + (size_t)(__builtin_ctzll(stop) >> 3);
#endif
        e += 8;
    }
    while (e < len && (tally_cclass[(unsigned char)s[e]] & (TALLY_C_UPPER | TALLY_C_LOWER | TALLY_C_DIGIT)))
        e++;
    return e;
}

/* The tokens that may end a sentence, as the token loop meets them: a . ! ? and a token before a line break.
 * The sentence splitter visits only these (a walk over every token was a tenth of the tokenizer); past
 * ENDS_MAX of them, or when tokens were there before, it walks every token. */
enum { ENDS_MAX = 256 };
typedef struct ends {
    uint32_t k[ENDS_MAX];
    size_t n;
    bool all;
} ends;

static inline void may_end(ends *e, size_t k)
{
    if (e->n && e->k[e->n - 1] == k)
        return;
    if (e->n == ENDS_MAX)
        e->all = true;
    else
        e->k[e->n++] = (uint32_t)k;
}

/* The ASCII lower-case letters among eight bytes: the high bit of each such byte set. */
static inline uint64_t lower_bytes(uint64_t x)
{
    const uint64_t ones = 0x0101010101010101u, high = 0x8080808080808080u;
    uint64_t y = x & ~high;
    return (y + (0x80 - 'a') * ones) & ~(y + (0x7F - 'z') * ones) & ~x & high;
}

/* Up to 8 bytes from s[i], little-endian, zero past len. */
static inline uint64_t load_at(const char *s, size_t len, size_t i)
{
    size_t avail = len - i;
    return avail >= 8 ? tally_load8_le(s + i) : tally_load_le(s + i, avail, avail);
}

/* Lays w's block out for w->cap tokens. */
static void words_layout(tally_tokwords *w)
{
    w->key = w->block;
    w->lex = (const struct tally_lex **)(w->key + w->cap);
    w->cue = (bool *)(w->lex + w->cap);
    w->hint = (uint8_t *)(w->cue + w->cap);
}

/* Makes room in w for need tokens, keeping the facts of the first n. */
static int words_reserve(tally_tokwords *w, size_t n, size_t need)
{
    if (need <= w->cap) {
        if (w->block)
            words_layout(w);
        return TALLY_OK;
    }
    size_t cap = w->cap ? w->cap : 64, per = sizeof *w->key + sizeof *w->lex + sizeof *w->cue + sizeof *w->hint;
    while (cap < need)
        cap *= 2;
    void *b = cap <= SIZE_MAX / per ? malloc(cap * per) : NULL;
    if (!b)
        return TALLY_ENOMEM;
    tally_tokwords old = *w;
    w->block = b, w->cap = cap;
    words_layout(w);
    if (n) {
        memcpy(w->key, old.key, n * sizeof *w->key);
        memcpy(w->lex, old.lex, n * sizeof *w->lex);
        memcpy(w->hint, old.hint, n * sizeof *w->hint);
        memcpy(w->cue, old.cue, n * sizeof *w->cue);
    }
    free(old.block);
    return TALLY_OK;
}

/* The token loop's output, held in locals while it runs: stores through the byte arrays (hint, cue) may alias
 * any memory, so a field read through toks or w was read again after each such store. */
typedef struct sink {
    tally_tok *v;
    size_t n, cap; /* toks->n and toks->cap */
    uint64_t *key;
    const tally_lex **lex;
    bool *cue;
    uint8_t *hint;
} sink;

static inline sink sink_of(const tally_tokvec *toks, const tally_tokwords *w)
{
    return (sink){.v = toks->v, .n = toks->n, .cap = toks->cap, .key = w ? w->key : NULL, .lex = w ? w->lex : NULL,
                  .cue = w ? w->cue : NULL, .hint = w ? w->hint : NULL};
}

/* Room for one more token in toks and in w, whose room tally_tokenize_words keeps at least toks's: o written
 * back, then read again (its v NULL when out of memory). By value: o's address taken would keep it in memory. */
static __attribute__((noinline)) sink grow(sink o, tally_tokvec *toks, tally_tokwords *w)
{
    toks->n = o.n;
    int rc = tally_vec_reserve((void **)&toks->v, &toks->cap, toks->n + 1, sizeof *toks->v);
    if (rc == TALLY_OK && w)
        rc = words_reserve(w, toks->n, toks->cap);
    o = sink_of(toks, w);
    if (rc != TALLY_OK)
        o.v = NULL;
    return o;
}

/* The hint of word s[i..i+n), x its first bytes (load_at), and its lexicon entry in *lx: probed in the word
 * table, with tally_lex_find for one the table cannot hold, as tally_wordtab_tokens does. */
static unsigned word_facts(const tally_wordtab *t, const char *s, size_t i, size_t n, uint64_t x,
                           const tally_lex **lx)
{
    *lx = NULL;
    unsigned h = tally_wordtab_probe(t, x & tally_low_bytes(n < 8 ? n : 8), s + i, n, lx);
    if (!h)
        *lx = tally_lex_find(s + i, n);
    return h;
}

/* Writes token k's facts into o: its key, and for a word its entry and hint (for other tokens NULL and 0; a
 * word the table cannot hold that the lexicon has is marked by the hint LEXH_TITLE_CUE alone). */
static inline __attribute__((always_inline)) void put_facts(sink *o, size_t k, uint64_t key, const tally_lex *lx,
                                                            unsigned h)
{
    o->key[k] = key;
    o->lex[k] = lx;
    o->hint[k] = (uint8_t)(h ? h : lx ? LEXH_TITLE_CUE : 0);
}

/* The entry of key past a slot j that holds another word: the rest of the linear probe, else the miss's. */
static __attribute__((noinline)) const tally_wt_entry *probe_on(const tally_wordtab *t, uint32_t j, size_t n,
                                                                 uint64_t key)
{
    for (j = (j + 1) & ((1u << TALLY_WT_BITS) - 1); t->slot[j]; j = (j + 1) & ((1u << TALLY_WT_BITS) - 1)) {
        const tally_wt_entry *e = &t->e[t->slot[j] - 1];
        if (e->key == key && e->len == n)
            return e;
    }
    return t->e - 1;
}

/* The hint of a word of n ≤ 8 ASCII letters, key its packed letters, and its entry in *lx:
 * tally_wordtab_probe's answer without its checks, which the tokenizer's byte masks settled (the table's probe
 * was most of a second pass). */
static inline __attribute__((always_inline)) unsigned short_word_facts(const tally_wordtab *t, size_t n,
                                                                       uint64_t key, const tally_lex **lx,
                                                                       uint8_t *tokf)
{
    /* The home slot decides nearly every word: empty (its 0 reads e[-1], the miss's entry: no key is 0) or
     * holding it; read without a branch on which (61 % of short words hit: the branch went either way, perf);
     * only another word there probes on. */
    uint32_t j = tally_wt_hash(key, n);
    unsigned sl = t->slot[j];
    const tally_wt_entry *e = t->e + ((ptrdiff_t)sl - 1);
    if (__builtin_expect(((e->key ^ key) | (e->len ^ n)) & -(uint64_t)(sl != 0), 0))
        e = probe_on(t, j, n, key);
    *lx = e->lex;
    *tokf = e->tokf;
    return e->hint;
}

/* The end of a word read on from e: its ASCII letters and digits, then letters of any script. */
static size_t word_rest(const char *s, size_t len, size_t e)
{
    e = alnum_end(s, len, e);
    return e < len && (unsigned char)s[e] >= 0x80 ? tally_word_end(s, len, e) : e;
}

/* An ASCII word at i, x its first bytes (load_at): appends it to o with its flags (pending and case; with
 * the word table t, TOKF_NUMSKIP) and, with t, its facts; returns its length. The first eight bytes decide most words' end, case
 * and letters by SWAR on x: the word ends at the first byte that is no letter unless that is a digit (or a
 * ninth letter), then alnum_end reads on and, from the first non-ASCII byte, tally_word_end (testing that one
 * byte spared the digit mask of every word: callgrind, the tokenizer 130.9 M -> 121.5 M on the 4 MB slice). */
static inline __attribute__((always_inline)) size_t ascii_word(const char *s, size_t len, size_t i, uint64_t x,
                                                               sink *o, const tally_wordtab *t, uint8_t pending)
{
    uint64_t stop = ~tally_letter_bits(x) & 0x8080808080808080u; /* load_at's zeros stop at len */
    size_t e = stop ? i + (size_t)(__builtin_ctzll(stop) >> 3) : i + 8;
    unsigned char nc = e < len ? (unsigned char)s[e] : 0;
    /* ASCII letters only, at most eight, and the word ends at e: nothing after them reads on */
    bool letters = !(tally_cclass[nc] & (TALLY_C_UPPER | TALLY_C_LOWER | TALLY_C_DIGIT | TALLY_C_HIGH));
    if (!letters)
        e = word_rest(s, len, e);
    size_t n = e - i;
    /* the word's first bytes: those below the first stop when the letters end there (all eight when none) */
    uint64_t mask = tally_low_bytes(n < 8 ? n : 8), xm = x & mask;
    uint8_t flags = pending;
    if (tally_is_upper((unsigned char)s[i])) {
        bool lower = lower_bytes(xm) != 0;
        for (size_t j = i + 8; j < e && !lower; j++) /* long words: the bytes past the first eight */
            lower = tally_is_lower((unsigned char)s[j]);
        flags |= (n >= 2 && !lower) ? TOKF_CAP | TOKF_ALLCAP : TOKF_CAP;
    }
    size_t k = o->n++;
    const tally_lex *lx;
    if (t && letters) {
        uint64_t key = (x | 0x2020202020202020ull) & mask;
        uint8_t tokf;
        unsigned h = short_word_facts(t, n, key, &lx, &tokf);
        o->key[k] = key;
        o->lex[k] = lx;
        o->hint[k] = (uint8_t)h;
        flags |= tokf;
    } else if (t) {
        unsigned h = word_facts(t, s, i, n, x, &lx);
        put_facts(o, k, tally_lower8(xm), lx, h);
        if ((h & (LEXH_PLAIN | LEXH_NUM)) == LEXH_PLAIN) /* a plain word runs into no letter after it */
            flags |= TOKF_NUMSKIP;
    }
    o->v[k] = (tally_tok){.start = (uint32_t)i, .end = (uint32_t)e, .kind = TOK_WORD, .flags = flags};
    return n;
}

/* Appends the tokens of s, with their facts in w unless it is NULL, and lists the quote tokens in q, so that
 * quote_sides need not walk the tokens. */
static int tokens(const char *s, size_t len, tally_tokvec *toks, quotes *q, ends *e, tally_tokwords *w)
{
    uint8_t pending = 0;
    const tally_wordtab *t = w ? w->table : NULL;
    sink o = sink_of(toks, w);
    for (size_t i = 0; i < len;) {
        unsigned char c = (unsigned char)s[i];
        if (tally_is_alpha(c)) {
            if (o.n == o.cap && !(o = grow(o, toks, w)).v)
                return TALLY_ENOMEM;
            size_t n = ascii_word(s, len, i, load_at(s, len, i), &o, t, pending);
            pending = 0;
            i += n;
            if (i < len && s[i] == ' ') { /* the usual single space between words */
                pending = TOKF_SPACE;
                i++;
            }
            continue;
        }
        if (t && (tally_cclass[c] & TALLY_C_PUNCT) && c != '"' && c != '-' && c != '\'') {
            /* a mark of one byte, no quote, dash or apostrophe: what the path below makes of it, without its
             * tests of kinds (callgrind, the claims bench's 4 MB slice: 516.5 M -> 514.4 M) */
            if (o.n == o.cap && !(o = grow(o, toks, w)).v)
                return TALLY_ENOMEM;
            put_facts(&o, o.n, c, NULL, 0);
            uint8_t f = c != '.' && c != ':' ? pending | TOKF_NUMSKIP : pending; /* the number scan skips it */
            o.v[o.n++] = (tally_tok){.start = (uint32_t)i, .end = (uint32_t)(i + 1), .kind = TOK_PUNCT, .flags = f};
            if (c == '.' || c == '!' || c == '?')
                may_end(e, o.n - 1);
            pending = 0;
            i++;
            if (i < len && s[i] == ' ') { /* as after a word */
                pending = TOKF_SPACE;
                i++;
            }
            continue;
        }
        size_t sp = c < 0x80 ? tally_is_ascii_space(c) : tally_space_at(s, len, i);
        if (sp) { /* a second line break since the last token makes a paragraph */
            pending |= TOKF_SPACE;
            if (s[i] == '\n') {
                pending |= (pending & TOKF_NEWLINE) ? TOKF_NEWLINE | TOKF_PARA : TOKF_NEWLINE;
                if (o.n) /* the token before a line break may end a sentence: told here, not at every token */
                    may_end(e, o.n - 1);
            }
            i += sp;
            continue;
        }
        uint8_t kind;
        size_t n = next_token(s, len, i, &kind);
        tally_tok tk = {.start = (uint32_t)i, .end = (uint32_t)(i + n), .kind = kind, .flags = pending};
        if (kind == TOK_WORD)
            tk.flags |= case_flags(s, i, i + n);
        if (kind == TOK_QUOTE) {
            q->first = q->first == SIZE_MAX ? o.n : q->first;
            if (q->n < q->cap)
                q->k[q->n++] = (uint32_t)o.n;
            else
                q->n = SIZE_MAX;
        }
        if (o.n == o.cap && !(o = grow(o, toks, w)).v)
            return TALLY_ENOMEM;
        if (t && n == 1 && c < 0x80 && kind != TOK_NUM) { /* a mark of one byte, no letter: its key is the byte */
            put_facts(&o, o.n, c, NULL, 0);
            if (c != '.' && c != ':') /* a mark the number scan skips */
                tk.flags |= TOKF_NUMSKIP;
        } else if (t && kind == TOK_NUM) { /* digits, commas and dots: no letter to lower */
            put_facts(&o, o.n, load_at(s, len, i) & tally_low_bytes(n < 8 ? n : 8), NULL, 0);
        } else if (t) {
            uint64_t x = load_at(s, len, i);
            const tally_lex *lx = NULL;
            unsigned h = kind == TOK_WORD ? word_facts(t, s, i, n, x, &lx) : 0;
            put_facts(&o, o.n, tally_lower8(x & tally_low_bytes(n < 8 ? n : 8)), lx, h);
        }
        o.v[o.n++] = tk;
        if (kind == TOK_PUNCT && n == 1 && (c == '.' || c == '!' || c == '?'))
            may_end(e, o.n - 1);
        pending = 0;
        i += n;
    }
    toks->n = o.n;
    return TALLY_OK;
}

/* A line break ends a sentence unless the line was hard-wrapped mid-sentence (next word lower case
 * after a word or comma). */
static bool newline_ends(const tally_tok *prev, const tally_tok *next)
{
    if (next->flags & TOKF_PARA)
        return true;
    bool prev_open = prev->kind == TOK_WORD || (prev->kind == TOK_PUNCT && prev->end - prev->start == 1);
    bool next_lower = next->kind == TOK_WORD && !(next->flags & TOKF_CAP);
    return !(prev_open && next_lower);
}

static bool starts_sentence(const tally_tok *t)
{
    return (t->kind == TOK_WORD && (t->flags & TOKF_CAP)) || t->kind == TOK_NUM || t->kind == TOK_QUOTE ||
           t->kind == TOK_DASH || t->kind == TOK_PUNCT;
}

/* Does token *k end a sentence? A sentence ending after it in closing quotes or brackets moves *k to the
 * last of them. */
static bool ends_at(const char *s, const tally_tok *t, size_t n, size_t *k)
{
    size_t i = *k;
    if (i + 1 < n && (t[i + 1].flags & TOKF_NEWLINE))
        return newline_ends(&t[i], &t[i + 1]);
    if (!(t[i].kind == TOK_PUNCT && t[i].end - t[i].start == 1 &&
          (s[t[i].start] == '.' || s[t[i].start] == '!' || s[t[i].start] == '?')))
        return false;
    size_t j = i + 1;
    while (j < n && (t[j].kind == TOK_QUOTE || (t[j].kind == TOK_PUNCT && strchr(".)", s[t[j].start]))) &&
           !(t[j].flags & TOKF_SPACE))
        j++;
    bool end = (j == n || ((t[j].flags & TOKF_SPACE) && starts_sentence(&t[j]))) &&
               (s[t[i].start] != '.' || period_ends(s, t, i));
    if (end)
        *k = j - 1;
    return end;
}

/* Splits the tokens into sentences, visiting the tokens of e (all when e->all). */
static int sentences(const char *s, const tally_tokvec *toks, tally_sentvec *sents, const ends *e)
{
    const tally_tok *t = toks->v;
    size_t n = toks->n, first = 0, next = 0;
    uint32_t para = 0;
    for (size_t c = 0; e->all ? next < n : c < e->n; c++) {
        size_t k = e->all ? next : e->k[c];
        if (e->all) /* to the next token that may end a sentence: a punctuation mark or one before a line break */
            while (k + 1 < n && !(t[k + 1].flags & TOKF_NEWLINE) && t[k].kind != TOK_PUNCT)
                k++;
        if (k < next)
            continue; /* inside the closing quotes of a sentence just ended */
        bool end = ends_at(s, t, n, &k);
        next = k + 1;
        if (end || k + 1 == n) {
            tally_sent st = {(uint32_t)first, (uint32_t)(k + 1), para};
            if (tally_vec_push(sents, st) != TALLY_OK)
                return TALLY_ENOMEM;
            first = k + 1;
            if (k + 1 < n && (t[k + 1].flags & TOKF_NEWLINE))
                para++;
        }
    }
    if (first < n) { /* the last sentence, when no candidate closed it */
        tally_sent st = {(uint32_t)first, (uint32_t)n, para};
        if (tally_vec_push(sents, st) != TALLY_OK)
            return TALLY_ENOMEM;
    }
    return TALLY_OK;
}

int tally_tokenize_words(const char *s, size_t len, tally_tokvec *toks, tally_sentvec *sents, tally_tokwords *w)
{
    if (len > UINT32_MAX)
        len = UINT32_MAX; /* offsets are 32-bit; a 4 GiB article is read up to there */
    /* News text runs 5-6 bytes a token and over 100 a sentence: room for that up front saves the
     * doubling reallocs (2 % of the claims bench). */
    if (tally_vec_reserve((void **)&toks->v, &toks->cap, toks->n + len / 5 + 16, sizeof *toks->v) != TALLY_OK ||
        tally_vec_reserve((void **)&sents->v, &sents->cap, sents->n + len / 100 + 4, sizeof *sents->v) != TALLY_OK ||
        (w && words_reserve(w, toks->n, toks->cap) != TALLY_OK))
        return TALLY_ENOMEM;
    uint32_t none[1];
    quotes q = {.k = w ? w->quote : none, .n = 0, .cap = w ? TALLY_TOK_QUOTES : 0, .first = SIZE_MAX};
    ends e;
    e.n = 0;
    e.all = toks->n > 0; /* the candidates' walk starts at the first token */
    int rc = tokens(s, len, toks, &q, &e, w);
    if (w)
        w->nquotes = q.n;
    if (rc == TALLY_OK) {
        quote_sides(s, toks, &q);
        rc = sentences(s, toks, sents, &e);
    }
    return rc;
}

int tally_tokenize(const char *s, size_t len, tally_tokvec *toks, tally_sentvec *sents)
{
    return tally_tokenize_words(s, len, toks, sents, NULL);
}

/* Branch-free halving over t[0..n): the first token whose end is > off, n when none (the taken-or-not branch
 * of the usual binary search was mispredicted every other step). */
static size_t halving(const tally_tok *t, size_t n, size_t off)
{
    if (n == 0)
        return 0;
    const tally_tok *b = t;
    while (n > 1) {
        size_t half = n / 2;
        b = b[half].end <= off ? b + half : b;
        n -= half;
    }
    return (size_t)(b - t) + (b->end <= off);
}

/* The claim rules search tokens by offset a hundred thousand times an article set. Tokens lie about evenly
 * over the text, so the search starts where off's share of the text puts it, gallops out to a window that
 * holds the answer (lo: none before it ends past off; hi: it ends past off, or is n) and halves that
 * (callgrind on the 4 MB slice: 12.8 M -> 8.6 M instructions; guessing again in the window, 10.2 M). */
size_t tally_tok_at(const tally_tok *t, size_t n, size_t off)
{
    if (n < 64)
        return halving(t, n, off);
    uint32_t last = t[n - 1].end;
    if (off >= last)
        return n;
    size_t g = (size_t)((uint64_t)off * n / last), lo = 0, hi = n, step = 4;
    if (t[g].end > off) {
        for (hi = g;; step *= 2) {
            size_t c = hi > step ? hi - step : 0;
            if (c == 0 || t[c - 1].end <= off) {
                lo = c;
                break;
            }
            hi = c - 1;
        }
    } else {
        for (lo = g + 1;; step *= 2) {
            size_t c = lo + step;
            if (c >= n || t[c].end > off) {
                hi = c < n ? c : n;
                break;
            }
            lo = c + 1;
        }
    }
    return lo + halving(t + lo, hi - lo, off);
}
