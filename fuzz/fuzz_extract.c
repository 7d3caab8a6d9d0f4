/* fuzz_extract.c — libFuzzer target for the whole pipeline as `tally ingest` runs it: tally_doc_extract, then
 * tally_doc_names (the store's entity pass), on up to three articles of ONE context, so a freed doc's buffers
 * serve the next article (doc pool). The first byte drives the run: the article count, the publication date,
 * the order the docs are freed in, and whether one doc outlives its context. The rest holds the articles,
 * separated by form feeds; in each, the first line is the JSON Lines title (read as its own text) and the
 * rest is the text. Each text is a private copy of exactly its bytes, so ASan sees a read past its end.
 * The context loads the small iso-codes files in fuzz/iso-codes/ (set TALLY_ISO_CODES to use others).
 * Checks: every claim's spans and evidence inside its text (or title, for headline evidence), low <= high,
 * the measure named, said/period NUL-terminated, and the same claims when an article is extracted again;
 * sources unified over the run's articles as `tally extract` does (tally_names), the same name each time. */
#include "doc.h"
#include "fuzz_iso.h"
#include "tally.h"
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

enum { MAX_DOCS = 3 };

typedef struct piece {
    char *title; /* NUL-terminated, NULL when the article has none */
    char *text;  /* exactly len bytes, not terminated */
    size_t len;
} piece;

static void span_in(tally_span s, size_t len)
{
    if (s.start > s.end || s.end > len)
        abort();
}

static void check_claim(const tally_claim *c, size_t text_len, size_t title_len)
{
    size_t body = c->nevidence - c->ntitle;
    if (c->ntitle > c->nevidence || c->nevidence == 0)
        abort();
    for (size_t e = 0; e < c->nevidence; e++)
        span_in(c->evidence[e], e < body ? text_len : title_len);
    span_in(c->span, body ? text_len : title_len);
    span_in(c->source_span, text_len > title_len ? text_len : title_len);
    if (!isnan(c->low) && !isnan(c->high) && c->low > c->high)
        abort();
    if (!c->what || !c->rule || (unsigned)c->bound > TALLY_BOUND_RANGE)
        abort();
    if (!memchr(c->said, 0, sizeof c->said) || !memchr(c->period, 0, sizeof c->period))
        abort();
    for (size_t v = 0; v < c->nvia; v++)
        if (!c->via[v] || strlen(c->via[v]) > text_len + title_len)
            abort();
    if ((c->source && !*c->source && c->source_span.end) || (c->who && strlen(c->who) > text_len + title_len))
        abort();
}

static void check_doc(const tally_doc *d, const piece *p)
{
    size_t title_len = p->title ? strlen(p->title) : 0;
    for (size_t i = 0; i < tally_doc_nclaims(d); i++)
        check_claim(tally_doc_claim(d, i), p->len, title_len);
    if (tally_doc_names(d) != TALLY_OK)
        abort(); /* only out of memory may fail */
    for (size_t i = 0; i < d->mentions.n; i++) {
        span_in(d->mentions.v[i].span, p->len);
        if (!d->mentions.v[i].name || !d->mentions.v[i].kind)
            abort();
    }
}

/* Each source through the run's names, as `tally extract` writes it: a name unifies to itself again. */
static void unify_sources(tally_names *names, const tally_doc *d)
{
    for (size_t i = 0; i < tally_doc_nclaims(d); i++) {
        const char *src = tally_doc_claim(d, i)->source, *u = NULL, *again = NULL;
        if (tally_names_unify(names, src, &u) != TALLY_OK || (src && !u) ||
            tally_names_unify(names, u, &again) != TALLY_OK || again != u)
            abort();
    }
}

static tally_doc *extract(tally_ctx *ctx, tally_names *names, const piece *p, const char *published)
{
    tally_article a = {.id = "fuzz", .published = published, .title = p->title, .text = p->text, .text_len = p->len};
    tally_doc *d = NULL;
    if (tally_doc_extract(ctx, &a, &d) != TALLY_OK || !d)
        abort(); /* text is never an error */
    check_doc(d, p);
    unify_sources(names, d);
    return d;
}

/* The same article read twice on one context (the second time from a reused doc) gives the same claims. */
static void same_claims(const tally_doc *a, const tally_doc *b)
{
    if (tally_doc_nclaims(a) != tally_doc_nclaims(b))
        abort();
    for (size_t i = 0; i < tally_doc_nclaims(a); i++) {
        const tally_claim *x = tally_doc_claim(a, i), *y = tally_doc_claim(b, i);
        if (x->span.start != y->span.start || x->span.end != y->span.end || strcmp(x->what, y->what) != 0 ||
            x->nevidence != y->nevidence || strcmp(x->said, y->said) != 0)
            abort();
    }
}

/* Cuts the input into pieces at form feeds; each piece's title is its first line, when it has one. */
static size_t cut(const uint8_t *data, size_t size, piece *out)
{
    size_t n = 0;
    for (size_t i = 0; n < MAX_DOCS && i <= size;) {
        const uint8_t *ff = memchr(data + i, '\f', size - i);
        size_t end = ff ? (size_t)(ff - data) : size;
        const uint8_t *nl = memchr(data + i, '\n', end - i);
        size_t ts = i;
        if (nl && end > i) {
            size_t tn = (size_t)(nl - (data + i));
            out[n].title = malloc(tn + 1);
            if (out[n].title) {
                memcpy(out[n].title, data + i, tn);
                out[n].title[tn] = '\0';
            }
            ts = tn + i + 1;
        }
        out[n].len = end - ts;
        out[n].text = malloc(out[n].len ? out[n].len : 1);
        if (out[n].text)
            memcpy(out[n].text, data + ts, out[n].len);
        n++;
        i = end + 1;
    }
    return n;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const char *const dates[] = {"2024-12-19", NULL, "2000-02-29", "1970-01-01",
                                        "9999-12-31", "2024-13-45", "", "0001-01-01"};
    if (size < 1)
        return 0;
    unsigned ctl = data[0];
    piece p[MAX_DOCS] = {0};
    size_t n = cut(data + 1, size - 1, p);
    for (size_t i = 0; i < n; i++)
        if (!p[i].text)
            goto out;
    tally_ctx *ctx = tally_ctx_new();
    tally_names *names = tally_names_new();
    if (!ctx || !names) {
        tally_ctx_free(ctx);
        tally_names_free(names);
        goto out;
    }
    const char *published = dates[ctl & 7];
    tally_doc *d[MAX_DOCS + 1] = {0};
    for (size_t i = 0; i < n; i++)
        d[i] = extract(ctx, names, &p[i], published);
    /* The first article again, after the others freed theirs into the pool (or not). */
    if (ctl & 8) {
        tally_doc_free(d[n - 1]);
        d[n - 1] = NULL;
    }
    d[MAX_DOCS] = extract(ctx, names, &p[0], published);
    same_claims(d[0] ? d[0] : d[MAX_DOCS], d[MAX_DOCS]);
    /* Free in an order the control byte picks; bit 7 keeps one doc until after the context. */
    unsigned order = (ctl >> 4) & 7;
    size_t keep = ctl & 0x80 ? (size_t)(ctl >> 4) % (MAX_DOCS + 1) : SIZE_MAX;
    for (size_t k = 0; k <= MAX_DOCS; k++) {
        size_t i = (k + order) % (MAX_DOCS + 1);
        if (order & 1)
            i = MAX_DOCS - i;
        if (i != keep) {
            tally_doc_free(d[i]);
            d[i] = NULL;
        }
    }
    tally_ctx_free(ctx);
    tally_names_free(names);
    if (keep != SIZE_MAX && d[keep]) { /* its claims are still readable */
        const piece *q = &p[keep == MAX_DOCS ? 0 : keep];
        for (size_t i = 0; i < tally_doc_nclaims(d[keep]); i++)
            check_claim(tally_doc_claim(d[keep], i), q->len, q->title ? strlen(q->title) : 0);
        tally_doc_free(d[keep]);
    }
out:
    for (size_t i = 0; i < n; i++) {
        free(p[i].title);
        free(p[i].text);
    }
    return 0;
}
