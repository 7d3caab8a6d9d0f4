/* lexicon.h — the word classes claims are built from (data/lexicon.tsv → src/lexicon.inc). */
#ifndef TALLY_LEXICON_H
#define TALLY_LEXICON_H
#include "token.h"
#include <stddef.h>

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
/* The same for every word token of s[0..len): lex[k] and hint[k] (for other tokens they are left alone); and
 * for every token its key[k] (tally_key8 in doc.h, for tok_is). */
void tally_wordtab_tokens(const tally_wordtab *t, const char *s, size_t len, const tally_tok *toks, size_t n,
                          uint64_t *key, const tally_lex **lex, uint8_t *hint);
#endif
