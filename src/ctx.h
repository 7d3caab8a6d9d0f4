/* ctx.h — the context's insides, shared by the library's files. */
#ifndef TALLY_CTX_H
#define TALLY_CTX_H
#include "tally.h"
#include "vec.h"

struct tally_ctx {
    char err[512];            /* last error message */
    tally_numvec nums;        /* results of tally_numbers */
    tally_timexvec timexes;   /* results of tally_dates */
    struct tally_wordtab *words; /* built on first use */
    struct tally_docpool *pool;  /* a freed doc kept for the next article (doc.c) */
};

/* The context's word table (lexicon.h), built on first use; NULL when out of memory. */
const struct tally_wordtab *tally_ctx_words(tally_ctx *ctx);

/* Stores a printf-style message in ctx and returns code (so: return tally_fail(ctx, TALLY_EIO, …)). */
int tally_fail(tally_ctx *ctx, int code, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
#endif
