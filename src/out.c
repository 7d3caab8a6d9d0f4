/* out.c — the claim record in its three textual forms. JSON follows the contract field order; the table
 * keeps every cell on one line and measures widths in code points so UTF-8 names align. */
#include "out.h"
#include "text.h"
#include "vec.h"
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void json_opt_str(tally_buf *b, const char *key, const char *s)
{
    tally_buf_printf(b, ",\"%s\":", key);
    if (s && *s)
        tally_buf_json_str(b, s, strlen(s));
    else
        tally_buf_adds(b, "null");
}

/* A claim only the headline gives has its span in the title. */
static bool title_only(const tally_claim *c)
{
    return c->nevidence && c->ntitle == c->nevidence;
}

/* The bytes of span [start, end) in the text, or in the title; NULL when it lies outside. */
static const char *span_bytes(const tally_article *a, bool title, size_t start, size_t end)
{
    const char *s = title ? a->title : a->text;
    size_t len = title ? (s ? strlen(s) : 0) : a->text_len;
    return s && start <= end && end <= len ? s + start : NULL;
}

static void json_span_text(tally_buf *b, const tally_article *a, bool title, size_t start, size_t end)
{
    const char *s = span_bytes(a, title, start, end);
    if (s)
        tally_buf_json_str(b, s, end - start);
    else
        tally_buf_adds(b, "null");
}

const char *tally_out_span(const tally_article *a, const tally_claim *c, size_t *n)
{
    const char *s = span_bytes(a, title_only(c), c->span.start, c->span.end);
    *n = s ? c->span.end - c->span.start : 0;
    return s;
}

/* "part_of": the whole's number when the article states it, else nulls ("40 in Dunmoor alone"). */
static void json_part_of(tally_buf *b, const tally_article *a, const tally_claim *c)
{
    if (c->whole.end <= c->whole.start) {
        tally_buf_adds(b, ",\"part_of\":{\"start\":null,\"end\":null,\"span\":null}");
        return;
    }
    tally_buf_printf(b, ",\"part_of\":{\"start\":%zu,\"end\":%zu,\"span\":", c->whole.start, c->whole.end);
    json_span_text(b, a, title_only(c), c->whole.start, c->whole.end);
    tally_buf_addc(b, '}');
}

/* The parts of a total, told apart in the article: "parts":[{"start","end","span","low","high","what"}…]. */
static void json_parts(tally_buf *b, const tally_article *a, const tally_claim *c)
{
    tally_buf_adds(b, ",\"parts\":[");
    for (size_t i = 0; i < c->nparts; i++) {
        const tally_part *p = &c->parts[i];
        tally_buf_printf(b, "%s{\"start\":%zu,\"end\":%zu,\"span\":", i ? "," : "", p->span.start, p->span.end);
        json_span_text(b, a, title_only(c), p->span.start, p->span.end);
        tally_buf_adds(b, ",\"low\":");
        tally_buf_json_num(b, p->low);
        tally_buf_adds(b, ",\"high\":");
        tally_buf_json_num(b, p->high);
        json_opt_str(b, "what", p->what);
        tally_buf_addc(b, '}');
    }
    tally_buf_addc(b, ']');
}

char *tally_out_text(const tally_article *a, const tally_claim *c, tally_span sp, char *out, size_t cap)
{
    const char *s = sp.end > sp.start ? span_bytes(a, title_only(c), sp.start, sp.end) : NULL;
    size_t n = s ? sp.end - sp.start : 0;
    n = n < cap - 1 ? n : cap - 1;
    if (n)
        memcpy(out, s, n);
    out[n] = '\0';
    return out;
}

void tally_out_claim_json(tally_buf *b, const tally_article *a, const tally_claim *c, bool explain)
{
    tally_buf_adds(b, "{\"doc\":");
    tally_buf_json_str(b, a->id, strlen(a->id));
    tally_buf_printf(b, ",\"start\":%zu,\"end\":%zu,\"span\":", c->span.start, c->span.end);
    json_span_text(b, a, title_only(c), c->span.start, c->span.end);
    tally_buf_adds(b, ",\"low\":");
    tally_buf_json_num(b, c->low);
    tally_buf_adds(b, ",\"high\":");
    tally_buf_json_num(b, c->high);
    tally_buf_printf(b, ",\"bound\":\"%s\"", tally_bound_str(c->bound));
    json_opt_str(b, "unit", c->unit);
    json_opt_str(b, "what", c->what);
    json_opt_str(b, "who", c->who);
    json_opt_str(b, "where", c->where);
    json_opt_str(b, "source", c->source);
    if (c->source && c->source_span.end > c->source_span.start)
        tally_buf_printf(b, ",\"source_start\":%zu,\"source_end\":%zu", c->source_span.start, c->source_span.end);
    else
        tally_buf_adds(b, ",\"source_start\":null,\"source_end\":null");
    tally_buf_adds(b, ",\"via\":[");
    for (size_t i = 0; i < c->nvia; i++) {
        if (i)
            tally_buf_addc(b, ',');
        tally_buf_json_str(b, c->via[i], strlen(c->via[i]));
    }
    tally_buf_addc(b, ']');
    json_opt_str(b, "said", c->said);
    json_opt_str(b, "period", c->period);
    tally_buf_adds(b, ",\"evidence\":[");
    for (size_t i = 0; i < c->nevidence; i++) {
        tally_buf_adds(b, i ? ",{\"doc\":" : "{\"doc\":");
        tally_buf_json_str(b, a->id, strlen(a->id));
        tally_buf_printf(b, ",\"start\":%zu,\"end\":%zu%s}", c->evidence[i].start, c->evidence[i].end,
                         i + c->ntitle >= c->nevidence ? ",\"field\":\"title\"" : "");
    }
    tally_buf_addc(b, ']');
    if (title_only(c))
        tally_buf_adds(b, ",\"field\":\"title\"");
    if (c->nparts)
        json_parts(b, a, c);
    if (c->speaker)
        json_opt_str(b, "speaker", c->speaker);
    if (!isnan(c->share)) {
        tally_buf_adds(b, ",\"share\":");
        tally_buf_json_num(b, c->share);
    }
    if (c->part)
        json_part_of(b, a, c);
    if (explain)
        json_opt_str(b, "rule", c->rule);
    tally_buf_adds(b, "}\n");
}

void tally_out_csv_header(tally_buf *b)
{
    tally_buf_adds(b, "doc,start,end,span,low,high,bound,unit,what,who,where,source,via,said,period,evidence,part_of\n");
}

static void csv_num(tally_buf *b, double v)
{
    if (!isnan(v))
        tally_buf_json_num(b, v);
}

void tally_out_claim_csv(tally_buf *b, const tally_article *a, const tally_claim *c)
{
    char span[256];
    tally_out_text(a, c, c->span, span, sizeof span);
    tally_buf_csv(b, a->id);
    tally_buf_printf(b, ",%zu,%zu,", c->span.start, c->span.end);
    tally_buf_csv(b, span);
    tally_buf_addc(b, ',');
    csv_num(b, c->low);
    tally_buf_addc(b, ',');
    csv_num(b, c->high);
    const char *fields[] = {tally_bound_str(c->bound), c->unit, c->what, c->who, c->where, c->source};
    for (size_t i = 0; i < sizeof fields / sizeof *fields; i++) {
        tally_buf_addc(b, ',');
        tally_buf_csv(b, fields[i]);
    }
    tally_buf_addc(b, ',');
    tally_buf via = {0};
    for (size_t i = 0; i < c->nvia; i++) {
        if (i)
            tally_buf_adds(&via, "; ");
        tally_buf_adds(&via, c->via[i]);
    }
    tally_buf_csv(b, via.s ? via.s : "");
    tally_buf_free(&via);
    tally_buf_addc(b, ',');
    tally_buf_csv(b, c->said);
    tally_buf_addc(b, ',');
    tally_buf_csv(b, c->period);
    tally_buf_printf(b, ",%zu,", c->nevidence);
    /* part_of: the whole's words, "alone" when the article gives no whole, empty for no part */
    char whole[160];
    if (c->part)
        tally_buf_csv(b, *tally_out_text(a, c, c->whole, whole, sizeof whole) ? whole : "alone");
    tally_buf_addc(b, '\n');
}

/* ---- table --------------------------------------------------------------------------------------- */

enum { COLS = 8, CELL_MAX = 40 };
static const char *const headers[COLS] = {"doc", "claim", "what", "who", "where", "source", "said", "ev"};

struct tally_table {
    TALLY_VEC(char *) cells; /* COLS per row */
    bool parts;              /* a claim cell is marked * (a part of a larger figure): the legend follows */
};

tally_table *tally_table_new(void)
{
    return calloc(1, sizeof(tally_table));
}

/* Width in code points. */
static size_t width(const char *s)
{
    size_t n = 0;
    for (; *s; s++)
        n += ((unsigned char)*s & 0xC0) != 0x80;
    return n;
}

/* A copy cut to CELL_MAX code points (with "…"), newlines made spaces. */
static char *cell(const char *s)
{
    if (!s)
        s = "";
    size_t len = strlen(s), cut = len, cps = 0;
    for (size_t i = 0; i < len; i++) {
        if (((unsigned char)s[i] & 0xC0) != 0x80 && ++cps > CELL_MAX - 1) {
            cut = i;
            break;
        }
    }
    char *out = malloc(cut + 4);
    if (!out)
        return NULL;
    memcpy(out, s, cut);
    strcpy(out + cut, cut < len ? "\xE2\x80\xA6" : "");
    for (char *p = out; *p; p++)
        if (*p == '\n' || *p == '\t' || *p == '\r')
            *p = ' ';
    return out;
}

int tally_table_add(tally_table *t, const tally_article *a, const tally_claim *c)
{
    tally_buf claim = {0};
    const char *bytes = span_bytes(a, title_only(c), c->span.start, c->span.end);
    if (bytes)
        tally_buf_add(&claim, bytes, c->span.end - c->span.start);
    if (c->part)
        tally_buf_addc(&claim, '*');
    t->parts |= c->part;
    char ev[24];
    snprintf(ev, sizeof ev, "%zu", c->nevidence);
    const char *v[COLS] = {a->id, claim.s, c->what, c->who, c->where, c->source, c->said, ev};
    int rc = TALLY_OK;
    for (int i = 0; i < COLS && rc == TALLY_OK; i++) {
        char *s = cell(v[i]);
        rc = s ? tally_vec_push(&t->cells, s) : TALLY_ENOMEM;
        if (rc != TALLY_OK)
            free(s);
    }
    tally_buf_free(&claim);
    return rc;
}

void tally_table_render(const tally_table *t, tally_buf *b)
{
    size_t w[COLS];
    for (int i = 0; i < COLS; i++)
        w[i] = width(headers[i]);
    for (size_t k = 0; k < t->cells.n; k++)
        if (width(t->cells.v[k]) > w[k % COLS])
            w[k % COLS] = width(t->cells.v[k]);
    for (size_t k = 0; k < t->cells.n + COLS; k++) {
        const char *s = k < COLS ? headers[k] : t->cells.v[k - COLS];
        int col = (int)(k % COLS);
        tally_buf_adds(b, s);
        if (col == COLS - 1) {
            tally_buf_addc(b, '\n');
            continue;
        }
        for (size_t pad = width(s); pad < w[col] + 2; pad++)
            tally_buf_addc(b, ' ');
    }
    if (t->parts)
        tally_buf_adds(b, "* a part of a larger figure (\"including 500 officers\", \"in Dunmoor alone\"): "
                          "--format jsonl gives its whole\n");
}

void tally_table_free(tally_table *t)
{
    if (!t)
        return;
    for (size_t k = 0; k < t->cells.n; k++)
        free(t->cells.v[k]);
    tally_vec_free(&t->cells);
    free(t);
}
