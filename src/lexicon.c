/* lexicon.c — the generated word table (data/lexicon.tsv via tools/gen_lexicon.py) and its generated
 * open-addressing index: FNV-1a over the lower-cased word, linear probing, load under one quarter. The
 * lookup runs for every token of every article; the index made claim extraction about four times faster
 * than the binary search it replaced (bench corpus, -O2). */
#include "doc.h"
#include "lexicon.h"
#include "number.h"
#include "text.h"
#include "timex.h"
#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

static const tally_lex lexicon[] = {
#define LEXICON_ROWS
#include "lexicon.inc"
#undef LEXICON_ROWS
};

static const int16_t slots[] = {
#include "lexicon.inc"
};

size_t tally_lex_adjective(const char *country, char *out, size_t cap)
{
    for (size_t i = 0; i < sizeof lexicon / sizeof *lexicon; i++) {
        const tally_lex *lx = &lexicon[i];
        if (!(lx->cls & LEX_D) || !lx->country) /* the demonym rows only: the word tests below walked them all */
            continue;
        size_t n = strlen(lx->word);
        bool word = n >= 4 && strspn(lx->word, "abcdefghijklmnopqrstuvwxyz") == n; /* "russian", not "us", "u.s" */
        if (word && strcasecmp(lx->country, country) == 0 && n < cap) {
            memcpy(out, lx->word, n + 1);
            out[0] = (char)(out[0] - 'a' + 'A');
            return n;
        }
    }
    /* "North Korea": the direction, then the adjective of the rest ("Korea" → "Korean") */
    static const char *const dirs[] = {"North ", "South ", "East ", "West "};
    for (size_t d = 0; d < sizeof dirs / sizeof *dirs; d++) {
        size_t k = strlen(dirs[d]);
        if (strncmp(country, dirs[d], k) == 0 && cap > k) {
            size_t n = tally_lex_adjective(country + k, out + k, cap - k);
            if (n) {
                memcpy(out, dirs[d], k);
                return k + n;
            }
        }
    }
    return 0;
}

const tally_lex *tally_lex_find(const char *s, size_t n)
{
    char w[24];
    if (n == 0 || n >= sizeof w)
        return NULL;
    uint32_t h = 2166136261u;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = tally_lower((unsigned char)s[i]); /* kept in a register: w aliases s for the compiler */
        w[i] = (char)c;
        h = (h ^ c) * 16777619u;
    }
    w[n] = '\0';
    /* Compared inline (strcmp's call cost more than the short words): a probe that misses nearly always
     * fails on the first byte; the entry's NUL stops the loop when it is the shorter. */
    for (uint32_t k = h & (LEXICON_SLOTS - 1); slots[k] >= 0; k = (k + 1) & (LEXICON_SLOTS - 1)) {
        const char *e = lexicon[slots[k]].word;
        size_t i = 0;
        while (i <= n && e[i] == w[i])
            i++;
        if (i > n)
            return &lexicon[slots[k]];
    }
    return NULL;
}

/* ===== the word table: lexicon, number triggers and date starters, one probe per token ===== */

enum { WT_BITS = TALLY_WT_BITS, WT_MAX = TALLY_WT_MAX };
typedef tally_wt_entry wt_entry;

static inline uint64_t wt_key(const char *s, size_t n, size_t avail, bool *ok)
{
    size_t m = n < 8 ? n : 8;
    return tally_wt_key_of(tally_load_le(s, m, avail) & tally_low_bytes(m), s, n, ok);
}

/* Adds the lower-case word w (or its bits to it); words that no plain token can spell are left out. */
static bool wt_add(tally_wordtab *t, const char *w, const tally_lex *lex, unsigned hint)
{
    size_t n = strlen(w);
    bool ok;
    uint64_t key = n && n <= WT_MAX ? wt_key(w, n, n + 1, &ok) : 0;
    for (size_t k = 0; n && n <= WT_MAX && ok && k < n; k++)
        ok = w[k] >= 'a' && w[k] <= 'z';
    if (!n || n > WT_MAX || !ok)
        return true;
    uint32_t k = tally_wt_hash(key, n);
    for (; t->slot[k]; k = (k + 1) & ((1u << WT_BITS) - 1)) {
        wt_entry *e = &t->e[t->slot[k] - 1];
        if (tally_wt_same(e, key, w, n)) {
            e->hint |= (uint8_t)hint;
            e->tokf = (e->hint & (LEXH_PLAIN | LEXH_NUM)) == LEXH_PLAIN ? TOKF_NUMSKIP : 0;
            e->lex = e->lex ? e->lex : lex; /* a repeated lexicon word keeps its first row */
            return true;
        }
    }
    if (t->n + 1 >= (1u << WT_BITS) / 2) /* keep the load under a half */
        return false;
    if (t->n == t->cap) {
        size_t cap = t->cap ? 2 * t->cap : 1024;
        wt_entry *e = realloc(t->e ? t->e - 1 : NULL, (cap + 1) * sizeof *e);
        if (!e)
            return false;
        e[0] = (wt_entry){.hint = LEXH_PLAIN, .tokf = TOKF_NUMSKIP}; /* e[-1], a miss: what an empty slot gives */
        t->e = e + 1, t->cap = cap;
    }
    uint8_t h = (uint8_t)(LEXH_PLAIN | hint);
    t->e[t->n] = (wt_entry){.key = key, .w = w, .lex = lex, .len = (uint8_t)n, .hint = h,
                            .tokf = (h & (LEXH_PLAIN | LEXH_NUM)) == LEXH_PLAIN ? TOKF_NUMSKIP : 0};
    t->slot[k] = (uint16_t)++t->n;
    return true;
}

/* Words of the phrases claim.c reads as a count's measure without a measure word: "hit/struck by gunfire"
 * (shot), "fled/lost their homes", "fled the fighting" (displaced), "lost 600 troops" (casualties), "the toll
 * rose to 52" (killed), "taken hostage" (captured). With the lexicon's measures
 * they make LEXH_MEASURE, by which doc.c skips the docs that can hold no claim: a new such phrase belongs
 * here. */
static const char *const measure_phrase_words[] = {"hit", "struck", "home", "homes", "lost", "losing", "lose", "loses",
                                                    "fled", "flee", "fleeing", "toll", "hostage"};

/* The hint bits a lexicon row gives its word. A military unit marks a measure too: claim.c reads troops told
 * to be in a place as deployed there ("11,000 North Korean troops are in Russia") with no measure word. */
unsigned tally_lex_hint(const tally_lex *lx)
{
    bool military = (lx->cls & LEX_U) && lx->group && strcmp(lx->group, "military") == 0;
    return (tally_claims_victim_lex(lx) ? LEXH_VICTIM : 0) | ((lx->cls & LEX_M) || military ? LEXH_MEASURE : 0) |
           ((lx->cls & (LEX_T | LEX_C)) ? LEXH_TITLE_CUE : 0);
}

tally_wordtab *tally_wordtab_new(void)
{
    tally_wordtab *t = calloc(1, sizeof *t);
    bool ok = t != NULL;
    for (size_t i = 0; ok && i < sizeof lexicon / sizeof *lexicon; i++)
        ok = wt_add(t, lexicon[i].word, &lexicon[i], tally_lex_hint(&lexicon[i]));
    for (size_t i = 0; ok && i < sizeof measure_phrase_words / sizeof *measure_phrase_words; i++)
        ok = wt_add(t, measure_phrase_words[i], NULL, LEXH_MEASURE);
    const char *w;
    for (size_t i = 0; ok && (w = tally_number_trigger(i)) != NULL; i++)
        ok = wt_add(t, w, NULL, LEXH_NUM);
    for (size_t i = 0; ok && (w = tally_number_keyword(i)) != NULL; i++)
        ok = wt_add(t, w, NULL, LEXH_NUMKW);
    for (size_t i = 0; ok && (w = tally_timex_starter(i)) != NULL; i++)
        ok = wt_add(t, w, NULL, LEXH_DATE);
    for (size_t i = 0; ok && (w = tally_timex_word(i)) != NULL; i++)
        ok = wt_add(t, w, NULL, LEXH_TXW);
    for (size_t i = 0; ok && (w = tally_claims_victim_word(i)) != NULL; i++)
        ok = wt_add(t, w, NULL, LEXH_VICTIM);
    if (!ok)
        tally_wordtab_free(t);
    return ok ? t : NULL;
}

void tally_wordtab_free(tally_wordtab *t)
{
    if (t && t->e)
        free(t->e - 1);
    free(t);
}

unsigned tally_wordtab_find(const tally_wordtab *t, const char *s, size_t n, size_t avail, const tally_lex **lex)
{
    size_t m = n < 8 ? n : 8;
    return tally_wordtab_probe(t, tally_load_le(s, m, avail) & tally_low_bytes(m), s, n, lex);
}

void tally_wordtab_tokens(const tally_wordtab *t, const char *s, size_t len, const tally_tok *toks, size_t n,
                          uint64_t *key, const tally_lex **lex, uint8_t *hint)
{
    for (size_t k = 0; k < n; k++) {
        const char *w = s + toks[k].start;
        size_t wn = toks[k].end - toks[k].start, m = wn < 8 ? wn : 8;
        uint64_t x = tally_load_le(w, m, len - toks[k].start) & tally_low_bytes(m);
        key[k] = tally_lower8(x); /* tally_key8 of the token, from the same load */
        if (toks[k].kind != TOK_WORD)
            continue;
        hint[k] = (uint8_t)tally_wordtab_probe(t, x, w, wn, &lex[k]);
        if (!hint[k]) { /* not ASCII letters only: a row of the lexicon is marked, as the tokenizer does */
            lex[k] = tally_lex_find(w, wn);
            hint[k] = lex[k] ? LEXH_TITLE_CUE : 0;
        }
    }
}
