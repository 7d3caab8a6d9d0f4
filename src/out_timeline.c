/* out_timeline.c — a timeline as text for a terminal and as JSON Lines. */
#include "timeline.h"
#include "keyidx.h"
#include "timex.h"
#include <math.h>
#include <stdio.h>
#include <string.h>

void tally_timeline_number(double v, char *out, size_t cap)
{
    char raw[64];
    if (v != floor(v) || fabs(v) >= 1e15) {
        snprintf(out, cap, "%.1f", v);
        return;
    }
    snprintf(raw, sizeof raw, "%.0f", fabs(v));
    size_t n = strlen(raw), k = 0;
    if (v < 0 && k + 1 < cap)
        out[k++] = '-';
    for (size_t i = 0; i < n && k + 2 < cap; i++) {
        if (i && (n - i) % 3 == 0)
            out[k++] = ',';
        out[k++] = raw[i];
    }
    out[k] = '\0';
}

/* "≥100", "~1,000", "200–900", "≤12,000". */
void tally_timeline_estimate(const tl_claim *c, char *out, size_t cap)
{
    char lo[32] = "", hi[32] = "";
    if (!isnan(c->low))
        tally_timeline_number(c->low, lo, sizeof lo);
    if (!isnan(c->high))
        tally_timeline_number(c->high, hi, sizeof hi);
    switch (c->bound) {
    case TALLY_BOUND_APPROX: snprintf(out, cap, "~%s", lo); break;
    case TALLY_BOUND_GE: snprintf(out, cap, "\xE2\x89\xA5%s", lo); break;
    case TALLY_BOUND_GT: snprintf(out, cap, ">%s", lo); break;
    case TALLY_BOUND_LE: snprintf(out, cap, "\xE2\x89\xA4%s", hi); break;
    case TALLY_BOUND_LT: snprintf(out, cap, "<%s", hi); break;
    case TALLY_BOUND_RANGE: snprintf(out, cap, "%s\xE2\x80\x93%s", lo, hi); break;
    default: snprintf(out, cap, "%s", lo[0] ? lo : hi);
    }
}

static double anchor(const tl_claim *c)
{
    return isnan(c->low) ? c->high : c->low;
}

static void source_text(const tl_claim *c, char *out, size_t cap)
{
    if (c->via && c->source)
        snprintf(out, cap, "%s (via %s)", c->source, c->via);
    else
        snprintf(out, cap, "%s", c->source ? c->source : "(no source given)");
}

static void spread_text(const tally_timeline *t, const tl_quantity *q, tally_buf *b)
{
    const tl_claim *lo = NULL, *hi = NULL;
    for (size_t i = 0; i < q->members.n; i++) {
        const tl_claim *c = &t->claims.v[q->members.v[i]];
        if (isnan(anchor(c)) || tl_aside(c))
            continue;
        if (!lo || anchor(c) < anchor(lo))
            lo = c;
        if (!hi || anchor(c) > anchor(hi))
            hi = c;
    }
    if (!lo || lo == hi || anchor(lo) <= 0)
        return;
    char a[32], z[32];
    tally_timeline_number(anchor(lo), a, sizeof a);
    tally_timeline_number(anchor(hi), z, sizeof z);
    tally_buf_printf(b, "  spread: lowest %s (%s, %s), highest %s (%s, %s), ratio %.1f\n", a,
                     lo->source ? lo->source : "?", lo->said, z, hi->source ? hi->source : "?", hi->said,
                     anchor(hi) / anchor(lo));
    if (lo->source && hi->source && strcmp(lo->source, hi->source) != 0)
        tally_buf_printf(b, "  runs high: %s; runs low: %s\n", hi->source, lo->source);
}

/* The legend of the parts marked * in the table: what each is a part of. */
static void parts_text(const tally_timeline *t, const tl_quantity *q, tally_buf *b)
{
    bool any = false;
    for (size_t i = 0; i < q->members.n; i++) {
        const tl_claim *c = &t->claims.v[q->members.v[i]];
        if (!c->part)
            continue;
        tally_buf_adds(b, any ? "; " : "  * parts of a larger figure, left out of the spread: ");
        if (c->whole)
            tally_buf_printf(b, "%s of %s", c->span, c->whole);
        else if (c->where)
            tally_buf_printf(b, "%s in %s alone", c->span, c->where);
        else
            tally_buf_printf(b, "%s (alone)", c->span);
        any = true;
    }
    if (any)
        tally_buf_addc(b, '\n');
}

/* The legend of the increments marked †: counts of a few days beside running totals. */
static void increments_text(const tally_timeline *t, const tl_quantity *q, tally_buf *b)
{
    bool any = false;
    for (size_t i = 0; i < q->members.n; i++) {
        const tl_claim *c = &t->claims.v[q->members.v[i]];
        if (!c->increment)
            continue;
        tally_buf_adds(b, any ? "; " : "  \xE2\x80\xA0 counts of a few days, left out of the spread: ");
        tally_buf_printf(b, "%s (%s)", c->span, c->period);
        any = true;
    }
    if (any)
        tally_buf_addc(b, '\n');
}

/* The legend of the sums marked Σ: killed + wounded from one source, read as its casualties. */
static void sums_text(const tally_timeline *t, const tl_quantity *q, tally_buf *b)
{
    bool any = false;
    for (size_t i = 0; i < q->members.n; i++) {
        const tl_claim *c = &t->claims.v[q->members.v[i]];
        if (!c->sum_of)
            continue;
        char est[48];
        tally_timeline_estimate(c, est, sizeof est);
        tally_buf_adds(b, any ? "; " : "  \xCE\xA3 killed + wounded as one source gave them: ");
        tally_buf_printf(b, "%s = %s", est, c->sum_of);
        any = true;
    }
    if (any)
        tally_buf_addc(b, '\n');
}

/* The entry after e on key's chain whose claim has first's teller (1 + its index; 0 when none). A generic
 * source is one teller per event. */
static size_t next_of_source(const tally_timeline *t, const tl_quantity *q, const tally_keyidx *ix, uint64_t key,
                             const tl_claim *first, size_t e)
{
    const tl_claim *c;
    while ((e = tally_keyidx_next(ix, key, e)) && (c = &t->claims.v[q->members.v[ix->val.v[e - 1]]]) &&
           !tally_timeline_same_teller(c, first))
        ;
    return e;
}

/* A source whose own figure changes over time: from its first figure, each later one that differs. The
 * members are filed by source, so a quantity of many claims and sources costs time in proportion. */
static void revisions_text(const tally_timeline *t, const tl_quantity *q, tally_buf *b)
{
    tally_keyidx by_source = {0};
    for (size_t i = q->members.n; i-- > 0 && !b->err;) { /* from the end, so each chain runs forward */
        const tl_claim *c = &t->claims.v[q->members.v[i]];
        if (!tl_aside(c) && c->source && tally_keyidx_add(&by_source, tally_timeline_teller_hash(c), i) != TALLY_OK)
            b->err = TALLY_ENOMEM;
    }
    for (size_t i = 0; i < q->members.n && !b->err; i++) {
        const tl_claim *first = &t->claims.v[q->members.v[i]];
        if (tl_aside(first) || !first->source)
            continue;
        uint64_t key = tally_timeline_teller_hash(first);
        size_t e = next_of_source(t, q, &by_source, key, first, 0);
        if (!e || by_source.val.v[e - 1] != i)
            continue; /* not the source's first figure */
        tally_buf chain = {0};
        char est[48];
        bool any = false;
        tally_timeline_estimate(first, est, sizeof est);
        tally_buf_printf(&chain, "  revision: %s %s (%s)", first->source, est, first->said);
        while ((e = next_of_source(t, q, &by_source, key, first, e))) {
            const tl_claim *c = &t->claims.v[q->members.v[by_source.val.v[e - 1]]];
            if (anchor(c) == anchor(first))
                continue;
            tally_timeline_estimate(c, est, sizeof est);
            tally_buf_printf(&chain, " \xE2\x86\x92 %s (%s)", est, c->said);
            any = true;
        }
        if (any && chain.s) {
            tally_buf_adds(b, chain.s);
            tally_buf_addc(b, '\n');
        }
        b->err = b->err ? b->err : chain.err;
        tally_buf_free(&chain);
    }
    tally_keyidx_free(&by_source);
}

/* s padded with spaces to width code points (cut when longer). */
static void cell(tally_buf *b, const char *s, size_t width)
{
    size_t cps = 0, i = 0;
    for (; s[i] && cps < width; i++)
        if (((unsigned char)s[i] & 0xC0) != 0x80)
            cps++;
    while (s[i] && ((unsigned char)s[i] & 0xC0) == 0x80)
        i++;
    if (s[i]) /* cut: drop the last code point for an ellipsis */
        while (i > 0 && ((unsigned char)s[--i] & 0xC0) == 0x80)
            ;
    tally_buf_add(b, s, i);
    if (s[i]) {
        tally_buf_adds(b, "\xE2\x80\xA6");
        return;
    }
    for (; cps < width; cps++)
        tally_buf_addc(b, ' ');
}

void tally_timeline_text(const tally_timeline *t, tally_buf *b)
{
    for (size_t k = 0; k < t->qty.n; k++) {
        const tl_quantity *q = &t->qty.v[k];
        tally_buf_printf(b, "%s \xE2\x80\x94 %s", q->who ? q->who : "(group not named)", q->what);
        if (q->scope)
            tally_buf_printf(b, " \xE2\x80\x94 %s", q->scope);
        if (q->event && t->events_apart)
            tally_buf_printf(b, " \xE2\x80\x94 event %lld", (long long)q->event);
        tally_buf_addc(b, '\n');
        tally_buf_printf(b, "  %-10s  %-12s  %-48s  %-8s  %s\n", "said", "estimate", "source", "articles",
                         "first reported");
        for (size_t i = 0; i < q->members.n; i++) {
            const tl_claim *c = &t->claims.v[q->members.v[i]];
            char est[48], src[160], first[64] = "";
            tally_timeline_estimate(c, est, sizeof est);
            if (c->part || c->sum_of || c->increment) /* *, Σ, † */
                strncat(est, c->part ? "*" : c->sum_of ? "\xCE\xA3" : "\xE2\x80\xA0", sizeof est - strlen(est) - 1);
            source_text(c, src, sizeof src);
            if (c->first_doc) {
                char day[11] = "";
                if (c->first_published != TALLY_NODAY)
                    tally_day_format(c->first_published, day);
                snprintf(first, sizeof first, "%s %s", c->first_doc, day);
            }
            char n[24];
            snprintf(n, sizeof n, "%zu", c->narticles);
            tally_buf_adds(b, "  ");
            cell(b, c->said[0] ? c->said : "?", 10);
            tally_buf_adds(b, "  ");
            cell(b, est, 12);
            tally_buf_adds(b, "  ");
            cell(b, src, 48);
            tally_buf_adds(b, "  ");
            cell(b, n, 8);
            tally_buf_printf(b, "  %s\n", first);
        }
        parts_text(t, q, b);
        increments_text(t, q, b);
        sums_text(t, q, b);
        spread_text(t, q, b);
        revisions_text(t, q, b);
        tally_buf_addc(b, '\n');
    }
    if (t->checks.n)
        tally_buf_adds(b, "checks\n");
    for (size_t i = 0; i < t->checks.n; i++)
        tally_buf_printf(b, "  %s %s: %s\n", t->checks.v[i].ok ? "ok  " : "FLAG", t->checks.v[i].kind,
                         t->checks.v[i].text);
}

static void json_str(tally_buf *b, const char *s)
{
    if (s)
        tally_buf_json_str(b, s, strlen(s));
    else
        tally_buf_adds(b, "null");
}

void tally_timeline_jsonl(const tally_timeline *t, tally_buf *b)
{
    for (size_t k = 0; k < t->qty.n; k++) {
        const tl_quantity *q = &t->qty.v[k];
        tally_buf_adds(b, "{\"quantity\":{\"who\":");
        json_str(b, q->who);
        tally_buf_adds(b, ",\"what\":");
        json_str(b, q->what);
        tally_buf_adds(b, ",\"where\":");
        json_str(b, q->scope);
        if (q->event)
            tally_buf_printf(b, ",\"event\":%lld", (long long)q->event);
        tally_buf_adds(b, "},\"estimates\":[");
        for (size_t i = 0; i < q->members.n; i++) {
            const tl_claim *c = &t->claims.v[q->members.v[i]];
            tally_buf_adds(b, i ? ",{\"said\":" : "{\"said\":");
            json_str(b, c->said);
            tally_buf_adds(b, ",\"low\":");
            tally_buf_json_num(b, c->low);
            tally_buf_adds(b, ",\"high\":");
            tally_buf_json_num(b, c->high);
            tally_buf_printf(b, ",\"bound\":\"%s\",\"span\":", tally_bound_str(c->bound));
            json_str(b, c->span);
            tally_buf_adds(b, ",\"source\":");
            json_str(b, c->source);
            tally_buf_adds(b, ",\"via\":");
            json_str(b, c->via);
            tally_buf_adds(b, ",\"where\":");
            json_str(b, c->where);
            if (c->part) {
                tally_buf_adds(b, ",\"part_of\":");
                json_str(b, c->whole);
            }
            if (c->sum_of) {
                tally_buf_adds(b, ",\"sum_of\":");
                json_str(b, c->sum_of);
            }
            if (c->period) {
                tally_buf_adds(b, ",\"period\":");
                json_str(b, c->period);
            }
            if (c->increment)
                tally_buf_adds(b, ",\"increment\":true");
            tally_buf_printf(b, ",\"articles\":%zu,\"first_reported\":", c->narticles);
            json_str(b, c->first_doc);
            tally_buf_adds(b, ",\"evidence\":[");
            for (size_t e = 0; e < c->ev.n; e++) {
                tally_buf_adds(b, e ? ",{\"doc\":" : "{\"doc\":");
                json_str(b, c->ev.v[e].doc);
                tally_buf_printf(b, ",\"start\":%zu,\"end\":%zu}", c->ev.v[e].start, c->ev.v[e].end);
            }
            tally_buf_adds(b, "]}");
        }
        tally_buf_adds(b, "]}\n");
    }
    for (size_t i = 0; i < t->checks.n; i++) {
        tally_buf_printf(b, "{\"check\":\"%s\",\"ok\":%s,\"text\":", t->checks.v[i].kind,
                         t->checks.v[i].ok ? "true" : "false");
        json_str(b, t->checks.v[i].text);
        tally_buf_adds(b, "}\n");
    }
}
