/* ctx.c — contexts, status strings, and the stage entry points of the public API. */
#include "ctx.h"
#include "doc.h"
#include "lexicon.h"
#include "number.h"
#include "timex.h"
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>

tally_ctx *tally_ctx_new(void)
{
    return calloc(1, sizeof(tally_ctx));
}

void tally_ctx_free(tally_ctx *ctx)
{
    if (!ctx)
        return;
    tally_vec_free(&ctx->nums);
    tally_vec_free(&ctx->timexes);
    tally_wordtab_free(ctx->words);
    tally_docpool_close(ctx->pool);
    free(ctx);
}

const struct tally_wordtab *tally_ctx_words(tally_ctx *ctx)
{
    if (!ctx->words)
        ctx->words = tally_wordtab_new();
    return ctx->words;
}

const char *tally_errmsg(const tally_ctx *ctx)
{
    return ctx ? ctx->err : "no context";
}

int tally_fail(tally_ctx *ctx, int code, const char *fmt, ...)
{
    if (ctx) {
        va_list ap;
        va_start(ap, fmt);
        vsnprintf(ctx->err, sizeof ctx->err, fmt, ap);
        va_end(ap);
    }
    return code;
}

const char *tally_errstr(int code)
{
    switch (code) {
    case TALLY_OK: return "success";
    case TALLY_ENOMEM: return "out of memory";
    case TALLY_EIO: return "input/output error";
    case TALLY_EINPUT: return "malformed input";
    case TALLY_EDB: return "database error";
    case TALLY_EOPT: return "bad option or argument";
    case TALLY_DONE: return "stopped";
    default: return "unknown status";
    }
}

const char *tally_bound_str(tally_bound b)
{
    static const char *const names[] = {"=", "~", ">=", ">", "<=", "<", "range"};
    return (unsigned)b < sizeof names / sizeof *names ? names[b] : "?";
}

const char *tally_numkind_str(tally_numkind k)
{
    static const char *const names[] = {"count", "share", "money", "measure", "ordinal"};
    return (unsigned)k < sizeof names / sizeof *names ? names[k] : "?";
}

const char *tally_timex_type_str(tally_timex_type t)
{
    static const char *const names[] = {"DATE", "TIME", "DURATION", "SET"};
    return (unsigned)t < sizeof names / sizeof *names ? names[t] : "?";
}

int tally_numbers(tally_ctx *ctx, const char *s, size_t len, const tally_number **out, size_t *count)
{
    ctx->nums.n = 0;
    int rc = tally_number_scan(s, len, &ctx->nums);
    if (rc != TALLY_OK)
        return tally_fail(ctx, rc, "numbers: %s", tally_errstr(rc));
    *out = ctx->nums.v;
    *count = ctx->nums.n;
    return TALLY_OK;
}

int tally_dates(tally_ctx *ctx, const char *s, size_t len, const char *published, const tally_timex **out,
                size_t *count)
{
    int32_t dct = published ? tally_day_parse(published) : TALLY_NODAY;
    if (published && dct == TALLY_NODAY)
        return tally_fail(ctx, TALLY_EOPT, "published date '%s' is not YYYY-MM-DD", published);
    ctx->timexes.n = 0;
    int rc = tally_timex_scan(s, len, dct, &ctx->timexes);
    if (rc != TALLY_OK)
        return tally_fail(ctx, rc, "dates: %s", tally_errstr(rc));
    *out = ctx->timexes.v;
    *count = ctx->timexes.n;
    return TALLY_OK;
}
