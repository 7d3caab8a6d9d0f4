/* read_stub.c — temporary: HTML and WARC readers arrive in read_html.c / read_warc.c. */
#include "ctx.h"
#include "read.h"

__attribute__((weak)) int tally_read_html(tally_ctx *ctx, const char *name, const char *s, size_t len,
                                          const char *published, tally_article_fn fn, void *arg)
{
    return tally_fail(ctx, TALLY_EOPT, "%s: HTML input is not supported in this build", name);
}

__attribute__((weak)) int tally_read_warc(tally_ctx *ctx, const char *name, const char *s, size_t len,
                                          const char *published, tally_article_fn fn, void *arg)
{
    return tally_fail(ctx, TALLY_EOPT, "%s: WARC input is not supported in this build", name);
}
