/* lexicon.h — the word classes claims are built from (data/lexicon.tsv → src/lexicon.inc). */
#ifndef TALLY_LEXICON_H
#define TALLY_LEXICON_H
#include "text.h"
#include "token.h"
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

enum { LEX_M = 1, LEX_U = 2, LEX_C = 4, LEX_T = 8, LEX_D = 16, LEX_S = 32, LEX_A = 64, LEX_P = 128, LEX_F = 256 };
enum { LEXM_V = 1, LEXM_N = 2, LEXM_P = 4 };

typedef struct tally_lex {
    const char *word;
    unsigned cls;         /* LEX_* bits */
    unsigned mflags;      /* LEXM_* bits, for measure words */
    const char *measure;  /* canonical measure (killed, wounded …) */
    const char *unit;     /* person, container … */
    const char *group;    /* military, civilian, people */
    const char *cue;      /* say, acc, cite */
    const char *country;  /* for demonyms */
} tally_lex;

/* The entry for the word s[0..n) (ASCII case-insensitive), or NULL. */
const tally_lex *tally_lex_find(const char *s, size_t n);
/* The adjective of a country from the demonym rows ("Russia" → "Russian", "North Korea" → "North Korean")
 * into out; its length, or 0 when the lexicon has none. */
size_t tally_lex_adjective(const char *country, char *out, size_t cap);

/* One table for the words of the lexicon, the number scanner's triggers and the date scanner's starters:
 * one probe per token gives its lexicon entry and whether a scanner may start at it, so that the scanners
 * can step over the other words without reading them again. Built once per context. */
typedef struct tally_wordtab tally_wordtab;
/* ASCII letters only; may start a number; may start a date; a word the number grammar knows (a, dozen…); a
 * word the victim rules of claim.c need (a casualty measure, "hospital"…); a word of the date lexicon; a word
 * that can tell what a count counts (a measure of the lexicon, or a word of a phrase claim.c reads as one) */
enum { LEXH_PLAIN = 1, LEXH_NUM = 2, LEXH_DATE = 4, LEXH_NUMKW = 8, LEXH_VICTIM = 16, LEXH_TXW = 32, LEXH_MEASURE = 64 };
/* and one for doc.c: the word's lexicon row is a title or a report cue (LEX_T, LEX_C), which it reads on */
enum { LEXH_TITLE_CUE = 128 };
tally_wordtab *tally_wordtab_new(void); /* NULL when out of memory */
void tally_wordtab_free(tally_wordtab *t);
/* The hint bits of the word s[0..n) (avail bytes readable from s) and its lexicon entry in *lex: 0 when the
 * word is not ASCII letters only (then *lex is unset: ask tally_lex_find), else LEXH_PLAIN and the bits of
 * the scanners that may start at it. */
unsigned tally_wordtab_find(const tally_wordtab *t, const char *s, size_t n, size_t avail, const tally_lex **lex);
/* The hint bits of the lexicon row lx's word beyond LEXH_PLAIN (LEXH_VICTIM, LEXH_MEASURE, LEXH_TITLE_CUE):
 * for a word the table cannot hold (not ASCII letters only), found by tally_lex_find. */
unsigned tally_lex_hint(const tally_lex *lx);
/* The same for every word token of s[0..len): lex[k] and hint[k] (for other tokens they are left alone; hint
 * LEXH_TITLE_CUE alone for a word not ASCII letters only that the lexicon has, as the tokenizer marks it); and
 * for every token its key[k] (tally_key8 in doc.h, for tok_is). */
void tally_wordtab_tokens(const tally_wordtab *t, const char *s, size_t len, const tally_tok *toks, size_t n,
                          uint64_t *key, const tally_lex **lex, uint8_t *hint);

/* The table's insides, here so that the tokenizer probes it inline as it reads each word (token.c): 8192 slots
 * for ~1,000 words (at most 4,095: tally_wordtab_new fails past that, and test_lexicon with it), so a miss, the
 * usual case, stops at the first slot. Words are at most 23 letters, as tally_lex_find reads. */
enum { TALLY_WT_BITS = 13, TALLY_WT_MAX = 23 };
typedef struct tally_wt_entry {
    uint64_t key; /* the first 8 letters, lower case, packed little-endian */
    const char *w;
    const tally_lex *lex;
    uint8_t len, hint;
    uint8_t tokf; /* the token flags the word gives (TOKF_NUMSKIP for a plain word that starts no number) */
} tally_wt_entry;
struct tally_wordtab {
    uint16_t slot[1u << TALLY_WT_BITS]; /* entry index + 1, 0 when empty */
    size_t n, cap;
    tally_wt_entry *e; /* e[-1] is a miss's entry (key 0, LEXH_PLAIN): slot 0 reads it (token.c) */
};

/* The high bit of each byte of x that is an ASCII letter (SWAR: lower-cased by OR 0x20, then a range test
 * on seven bits; bytes with the high bit set are not letters). */
static inline uint64_t tally_letter_bits(uint64_t x)
{
    const uint64_t high = 0x8080808080808080ull;
    uint64_t y = (x | 0x2020202020202020ull) & ~high;
    return (y + 0x1F1F1F1F1F1F1F1Full) & ~(y + 0x0505050505050505ull) & ~x & high;
}

/* The length added, not multiplied in: a word of up to eight letters has it in its key already (zero bytes past
 * it), a longer one differs from its first eight by it (a multiply less a word the tokenizer reads). */
static inline uint32_t tally_wt_hash(uint64_t key, size_t n)
{
    return (uint32_t)(((key + n) * 0x9E3779B97F4A7C15ull) >> (64 - TALLY_WT_BITS));
}

/* The packed key of s[0..n) when it is ASCII letters only (*ok), letters beyond the eighth checked too; x is
 * load8 of its first m = min(n, 8) bytes, masked to them. */
static inline uint64_t tally_wt_key_of(uint64_t x, const char *s, size_t n, bool *ok)
{
    size_t m = n < 8 ? n : 8;
    uint64_t mask = tally_low_bytes(m), high = mask & 0x8080808080808080ull;
    *ok = (tally_letter_bits(x) & high) == high;
    for (size_t k = 8; k < n && *ok; k++)
        *ok = tally_is_alpha((unsigned char)s[k]);
    return (x | 0x2020202020202020ull) & mask;
}

static inline bool tally_wt_same(const tally_wt_entry *e, uint64_t key, const char *s, size_t n)
{
    if (e->key != key || e->len != n)
        return false;
    for (size_t k = 8; k < n; k++)
        if (((unsigned char)s[k] | 0x20) != (unsigned char)e->w[k])
            return false;
    return true;
}

/* tally_wordtab_find's answer for s[0..n), x its first min(n, 8) bytes as tally_wt_key_of takes them. */
static inline unsigned tally_wordtab_probe(const tally_wordtab *t, uint64_t x, const char *s, size_t n,
                                           const tally_lex **lex)
{
    bool ok;
    if (n == 0 || n > TALLY_WT_MAX)
        return 0;
    uint64_t key = tally_wt_key_of(x, s, n, &ok);
    if (!ok)
        return 0;
    *lex = NULL;
    for (uint32_t k = tally_wt_hash(key, n); t->slot[k]; k = (k + 1) & ((1u << TALLY_WT_BITS) - 1)) {
        const tally_wt_entry *e = &t->e[t->slot[k] - 1];
        if (tally_wt_same(e, key, s, n)) {
            *lex = e->lex;
            return e->hint;
        }
    }
    return LEXH_PLAIN;
}
#endif
