/* lexicon.h — the word classes claims are built from (data/lexicon.tsv → src/lexicon.inc). */
#ifndef TALLY_LEXICON_H
#define TALLY_LEXICON_H
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
#endif
