/* fuzz_jsonl.c — libFuzzer target for the article readers `tally ingest` and `tally extract` use on text
 * input: JSON Lines (jansson, one record a line) and plain text (date line, title line). The first byte
 * chooses: bit 0 the reader (JSON Lines or plain text), bit 1 stop after the first article, bit 2 run each
 * article through tally_doc_extract and tally_doc_names as the CLI does (JSON strings may hold NUL bytes and
 * titles of any length), bit 3 no default publication date. The rest is the file, a private copy of exactly
 * its bytes. Checks: articles come in file order with their line and offset inside the input, the text is
 * readable to its length, a refusal names the input with a line and column, and extraction never fails. */
#include "doc.h"
#include "read.h"
#include "fuzz_iso.h"
#include "tally.h"
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

typedef struct run {
    tally_ctx *ctx;
    size_t len;         /* the input's size */
    size_t line, offset; /* where the last article started */
    int stop, extract;
} run;

static int look(void *arg, const tally_article *a, const tally_srcpos *pos)
{
    run *r = arg;
    if (!a->id || !a->text || pos->offset > r->len || pos->line < 1 || strcmp(pos->name, "fuzz.jsonl") != 0)
        abort();
    if (pos->line < r->line || (pos->line > r->line && r->line && pos->offset <= r->offset))
        abort();
    r->line = pos->line, r->offset = pos->offset;
    size_t sum = strlen(a->id) + (a->title ? strlen(a->title) : 0) + (a->url ? strlen(a->url) : 0) +
                 (a->outlet ? strlen(a->outlet) : 0) + (a->published ? strlen(a->published) : 0);
    for (size_t i = 0; i < a->text_len; i++) /* readable to its length (ASan checks) */
        sum += (unsigned char)a->text[i];
    (void)sum;
    if (r->extract) {
        tally_doc *d = NULL;
        if (tally_doc_extract(r->ctx, a, &d) != TALLY_OK || tally_doc_names(d) != TALLY_OK)
            abort();
        for (size_t i = 0; i < tally_doc_nclaims(d); i++) {
            const tally_claim *c = tally_doc_claim(d, i);
            if (c->ntitle == 0 && c->span.end > a->text_len)
                abort();
        }
        tally_doc_free(d);
    }
    return r->stop ? TALLY_DONE : TALLY_OK;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    unsigned mode = data[0];
    size_t len = size - 1;
    char *s = malloc(len ? len : 1);
    tally_ctx *ctx = tally_ctx_new();
    if (!s || !ctx) {
        free(s);
        tally_ctx_free(ctx);
        return 0;
    }
    memcpy(s, data + 1, len);
    run r = {.ctx = ctx, .len = len, .stop = mode & 2, .extract = mode & 4};
    const char *published = mode & 8 ? NULL : "2024-12-19";
    int rc = mode & 1 ? tally_read_txt(ctx, "fuzz.jsonl", s, len, published, look, &r)
                      : tally_read_jsonl(ctx, "fuzz.jsonl", s, len, published, look, &r);
    if (rc != TALLY_OK) {
        /* "fuzz.jsonl:LINE:COL: what" */
        const char *m = tally_errmsg(ctx), *p = m + strlen("fuzz.jsonl:");
        char *end;
        if (rc != TALLY_EINPUT || strncmp(m, "fuzz.jsonl:", 11) != 0 || strtoul(p, &end, 10) < 1 || *end != ':' ||
            strtoul(end + 1, &end, 10) < 1 || strncmp(end, ": ", 2) != 0)
            abort();
    }
    tally_ctx_free(ctx);
    free(s);
    return 0;
}
