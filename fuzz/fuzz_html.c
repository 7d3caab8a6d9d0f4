/* fuzz_html.c — libFuzzer target for the HTML and WARC readers. The first byte chooses the reader (even:
 * HTML, odd: WARC, gzip-compressed when the rest starts with 1f 8b) and whether the callback stops after
 * the first article; the rest is the input. Checks that every article's text is valid UTF-8, that its
 * strings are readable, and that a refusal comes with a message naming the input. */
#include "html.h"
#include "read.h"
#include "tally.h"
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

static int look(void *arg, const tally_article *a, const tally_srcpos *pos)
{
    int *stop = arg;
    if (!tally_utf8_check(a->text, a->text_len, NULL))
        abort();
    size_t sum = strlen(a->id) + pos->offset;
    if (a->title)
        sum += strlen(a->title);
    if (a->url)
        sum += strlen(a->url);
    if (a->outlet)
        sum += strlen(a->outlet);
    if (a->published && strlen(a->published) < 10)
        abort();
    (void)sum;
    return *stop ? TALLY_DONE : TALLY_OK;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    int mode = data[0], stop = (mode >> 1) & 1;
    tally_ctx *ctx = tally_ctx_new();
    if (!ctx)
        return 0;
    const char *s = (const char *)data + 1;
    int rc = mode & 1 ? tally_read_warc(ctx, "fuzz.warc", s, size - 1, "2024-01-01", look, &stop)
                      : tally_read_html(ctx, "fuzz.html", s, size - 1, NULL, look, &stop);
    if (rc != TALLY_OK && strncmp(tally_errmsg(ctx), mode & 1 ? "fuzz.warc:" : "fuzz.html:", 10) != 0)
        abort();
    tally_ctx_free(ctx);
    return 0;
}
