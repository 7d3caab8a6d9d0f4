/* timeline.c — quantities and their timelines.
 *
 * All stored claims are loaded, and a claim repeated across articles (same measure and group, same
 * canonical source, the same stated number within 1 %, said-dates at most ten days apart) becomes one claim
 * with the evidence of every article and the earliest report noted. Killed + wounded from one source and day
 * also become a casualty estimate (marked as a sum). A quantity is (group, measure, place scope); its
 * timeline lists each distinct claim by said-date and source, the spread (lowest, highest, their ratio),
 * which sources run high or low, and revisions (a source changing its own figure). Checks a careful reader
 * makes by hand run over every quantity: parts against totals (killed + wounded against casualties), stated
 * shares against their bases (4,000 = 36 % of 11,000), a cumulative figure that falls for one source, and an
 * "at least" above a later "at most". Merging compares each claim with the merged ones of its measure:
 * quadratic in the claims of one quantity, which stay few (hundreds) even for a large story. */
#include "timeline.h"
#include "gazetteer.h"
#include "text.h"
#include "out.h"
#include "timex.h"
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum { SAID_WINDOW = 10, PARTS_WINDOW = 3 };

static double anchor(const tl_claim *c)
{
    return isnan(c->low) ? c->high : c->low;
}

static bool same_text(const char *a, const char *b)
{
    return (!a && !b) || (a && b && strcasecmp(a, b) == 0);
}

/* "people" names no group: "120 people were killed" and "120 were killed" count the same. */
static bool generic_group(const char *who)
{
    return !who || strcasecmp(who, "people") == 0;
}

static bool same_group(const char *a, const char *b)
{
    return (generic_group(a) && generic_group(b)) || same_text(a, b);
}

/* The same stated number: equal, or within 1 % when either side is hedged ("about 12,000", "12 000"). */
static bool same_number(const tl_claim *m, const tally_claim *c)
{
    double a = anchor(m), b = isnan(c->low) ? c->high : c->low;
    bool hedged = m->bound == TALLY_BOUND_APPROX || c->bound == TALLY_BOUND_APPROX ||
                  m->bound == TALLY_BOUND_RANGE || c->bound == TALLY_BOUND_RANGE;
    return a == b || (hedged && fabs(a - b) <= 0.01 * fmax(fabs(a), fabs(b)));
}

static int32_t said_day(const char *said, int32_t fallback)
{
    char buf[11];
    size_t n = said ? strlen(said) : 0;
    if (n >= 10)
        return tally_day_parse(said);
    if (n == 7) { /* YYYY-MM: the middle of the month */
        snprintf(buf, sizeof buf, "%.7s-15", said);
        return tally_day_parse(buf);
    }
    if (n == 4) {
        snprintf(buf, sizeof buf, "%.4s-07-01", said);
        return tally_day_parse(buf);
    }
    return fallback;
}

static char *dup(tally_timeline *t, const char *s)
{
    return s ? tally_arena_strdup(&t->arena, s) : NULL;
}

static bool mergeable(const tl_claim *m, const tally_claim *c, int32_t day)
{
    return m->part == c->part && strcmp(m->what, c->what) == 0 && same_group(m->who, c->who) && same_text(m->source, c->source) &&
           same_number(m, c) && abs(m->said_day - day) <= SAID_WINDOW;
}

static int add_evidence(tally_timeline *t, tl_claim *m, const tally_article *a, const tally_claim *c)
{
    bool new_article = true;
    for (size_t i = 0; i < m->ev.n; i++)
        new_article &= strcmp(m->ev.v[i].doc, a->id) != 0;
    m->narticles += new_article;
    int rc = TALLY_OK;
    const char *doc = new_article ? dup(t, a->id) : NULL;
    for (size_t i = 0; rc == TALLY_OK && i < m->ev.n && !doc; i++)
        if (strcmp(m->ev.v[i].doc, a->id) == 0)
            doc = m->ev.v[i].doc;
    for (size_t i = 0; rc == TALLY_OK && i < c->nevidence; i++)
        rc = tally_vec_push(&m->ev, ((tl_evidence){doc, c->evidence[i].start, c->evidence[i].end}));
    int32_t pub = tally_day_parse(a->published);
    if (pub != TALLY_NODAY && (m->first_published == TALLY_NODAY || pub < m->first_published)) {
        m->first_published = pub;
        m->first_doc = doc;
    }
    return doc ? rc : TALLY_ENOMEM;
}

/* The country c's place lies in (or is), when the gazetteer knows the place. */
static const char *country_of(const tally_gaz *g, const char *where)
{
    const tally_place *p = g && where ? tally_gaz_find(g, where, strlen(where)) : NULL;
    if (!p)
        return NULL;
    return p->country ? p->country : strcmp(p->kind, "country") == 0 ? p->name : NULL;
}

static int load_claim(void *arg, const tally_article *a, const tally_claim *c)
{
    tally_timeline *t = arg;
    int32_t day = said_day(c->said, tally_day_parse(a->published));
    for (size_t i = 0; i < t->claims.n; i++)
        if (mergeable(&t->claims.v[i], c, day))
            return add_evidence(t, &t->claims.v[i], a, c);
    char span[160], whole[160] = "";
    tally_out_text(a, c, c->span, span, sizeof span);
    if (c->part)
        tally_out_text(a, c, c->whole, whole, sizeof whole);
    tl_claim m = {.low = c->low, .high = c->high, .share = c->share, .bound = c->bound, .what = dup(t, c->what),
                  .who = dup(t, c->who), .where = dup(t, c->where), .source = dup(t, c->source),
                  .via = c->nvia ? dup(t, c->via[c->nvia - 1]) : NULL, .said = dup(t, c->said),
                  .span = dup(t, span), .said_day = day, .first_published = TALLY_NODAY,
                  .country = dup(t, country_of(t->gaz, c->where)), .part = c->part,
                  .whole = whole[0] ? dup(t, whole) : NULL};
    int rc = tally_vec_push(&t->claims, m);
    return rc == TALLY_OK ? add_evidence(t, &t->claims.v[t->claims.n - 1], a, c) : rc;
}

/* ---- killed and wounded rolled up into casualties ---- */

/* The interval of a + b and its bound; false when neither end is known. */
static bool sum_interval(const tl_claim *a, const tl_claim *b, tl_claim *out)
{
    out->low = a->low + b->low; /* NAN when either end is open */
    out->high = a->high + b->high;
    bool approx = a->bound == TALLY_BOUND_APPROX || b->bound == TALLY_BOUND_APPROX;
    if (isnan(out->low) && isnan(out->high))
        return false;
    if (out->low == out->high)
        out->bound = approx ? TALLY_BOUND_APPROX : TALLY_BOUND_EQ;
    else if (isnan(out->high))
        out->bound = a->bound == TALLY_BOUND_GT && b->bound == TALLY_BOUND_GT ? TALLY_BOUND_GT : TALLY_BOUND_GE;
    else if (isnan(out->low))
        out->bound = a->bound == TALLY_BOUND_LT && b->bound == TALLY_BOUND_LT ? TALLY_BOUND_LT : TALLY_BOUND_LE;
    else
        out->bound = TALLY_BOUND_RANGE;
    return true;
}

/* A casualty figure the same source gives for the same group and day that holds the sum (within 5 %). */
static bool stated_casualties(const tally_timeline *t, size_t n, const tl_claim *k, double sum)
{
    for (size_t c = 0; c < n; c++) {
        const tl_claim *v = &t->claims.v[c];
        if (strcmp(v->what, "casualties") == 0 && !v->part && same_text(v->source, k->source) &&
            same_group(v->who, k->who) && v->said_day == k->said_day && !isnan(anchor(v)) &&
            fabs(anchor(v) - sum) <= 0.05 * sum)
            return true;
    }
    return false;
}

/* killed + wounded given by one source for one group on one day is also an estimate of its casualties
 * ("300 killed and 2,700 wounded": 3,000 casualties), unless the source states that total itself. */
static int derive_casualties(tally_timeline *t)
{
    size_t n = t->claims.n;
    int rc = TALLY_OK;
    for (size_t k = 0; rc == TALLY_OK && k < n; k++) {
        for (size_t w = 0; rc == TALLY_OK && w < n; w++) {
            const tl_claim *a = &t->claims.v[k], *b = &t->claims.v[w];
            tl_claim m = {0};
            if (strcmp(a->what, "killed") != 0 || strcmp(b->what, "wounded") != 0 || a->part || b->part ||
                !same_text(a->source, b->source) || !same_group(a->who, b->who) || a->said_day != b->said_day ||
                !sum_interval(a, b, &m) || stated_casualties(t, n, a, anchor(&m)))
                continue;
            char text[200], ka[48], wb[48];
            tally_timeline_estimate(a, ka, sizeof ka); /* the figures, not the words: a derived wounded */
            tally_timeline_estimate(b, wb, sizeof wb); /* count's span is the count of the shot */
            snprintf(text, sizeof text, "%s killed + %s wounded", ka, wb);
            m.share = NAN;
            m.what = "casualties";
            m.who = generic_group(a->who) ? b->who : a->who;
            m.where = a->where ? a->where : b->where;
            m.country = a->country ? a->country : b->country;
            m.source = a->source, m.via = a->via, m.said = a->said, m.said_day = a->said_day;
            m.span = m.sum_of = dup(t, text);
            m.first_published = a->first_published, m.first_doc = a->first_doc, m.narticles = a->narticles;
            for (size_t i = 0; rc == TALLY_OK && i < a->ev.n; i++)
                rc = tally_vec_push(&m.ev, a->ev.v[i]);
            for (size_t i = 0; rc == TALLY_OK && i < b->ev.n; i++)
                rc = tally_vec_push(&m.ev, b->ev.v[i]);
            if (rc == TALLY_OK && m.sum_of)
                rc = tally_vec_push(&t->claims, m);
            else
                tally_vec_free(&m.ev);
            if (rc == TALLY_OK && !m.sum_of)
                rc = TALLY_ENOMEM;
        }
    }
    return rc;
}

/* ---- quantities ---- */

/* ASCII case-insensitive substring test. */
static bool has_ci(const char *s, const char *sub)
{
    size_t n = strlen(sub);
    for (; *s; s++)
        if (tally_iprefix(s, strlen(s), sub))
            return true;
    return n == 0;
}

static bool matches(const tl_claim *c, const char *query)
{
    if (!query || !*query)
        return true;
    const char *fields[] = {c->who, c->what, c->where, c->source};
    for (size_t i = 0; i < 4; i++)
        if (fields[i] && has_ci(fields[i], query))
            return true;
    return false;
}

static int by_said(const void *a, const void *b)
{
    const tl_claim *x = a, *y = b;
    if (x->said_day != y->said_day)
        return x->said_day < y->said_day ? -1 : 1;
    return anchor(x) < anchor(y) ? -1 : anchor(x) > anchor(y);
}

static tl_quantity *find_quantity(tally_timeline *t, const tl_claim *c, const char *country)
{
    for (size_t k = 0; k < t->qty.n; k++)
        if (strcmp(t->qty.v[k].what, c->what) == 0 && same_group(t->qty.v[k].who, c->who) &&
            same_text(t->qty.v[k].country, country))
            return &t->qty.v[k];
    return NULL;
}

/* The quantity of claim i in country (found or made); scope is set from its members' places. */
static int join_quantity(tally_timeline *t, size_t i, const char *country)
{
    const tl_claim *c = &t->claims.v[i];
    tl_quantity *q = find_quantity(t, c, country);
    if (!q) {
        int rc = tally_vec_push(&t->qty, ((tl_quantity){.who = c->who, .what = c->what, .country = country}));
        if (rc != TALLY_OK)
            return rc;
        q = &t->qty.v[t->qty.n - 1];
    }
    if (generic_group(q->who) && c->who)
        q->who = c->who; /* "people" rather than no name */
    if (c->country)
        q->scope = !q->scope || strcmp(q->scope, c->where) == 0 ? c->where : country;
    return tally_vec_push(&q->members, i);
}

/* How many countries the claims of c's group and measure fall in so far; *only is the last seen. */
static size_t countries_of(const tally_timeline *t, const tl_claim *c, const char **only)
{
    size_t n = 0;
    for (size_t k = 0; k < t->qty.n; k++)
        if (strcmp(t->qty.v[k].what, c->what) == 0 && same_group(t->qty.v[k].who, c->who) && t->qty.v[k].country) {
            *only = t->qty.v[k].country;
            n++;
        }
    return n;
}

static int cmp_index(const void *a, const void *b)
{
    size_t x = *(const size_t *)a, y = *(const size_t *)b;
    return (x > y) - (x < y);
}

static int cmp_first(const void *a, const void *b)
{
    const tl_quantity *x = a, *y = b;
    return cmp_index(x->members.v, y->members.v);
}

/* Claims with a known country first; then the rest join their group and measure's only country, else
 * a quantity of their own. Members stay in said-date order (the claims' order). */
static int group_quantities(tally_timeline *t, const char *query)
{
    int rc = TALLY_OK;
    for (size_t i = 0; rc == TALLY_OK && i < t->claims.n; i++)
        if (matches(&t->claims.v[i], query) && t->claims.v[i].country)
            rc = join_quantity(t, i, t->claims.v[i].country);
    for (size_t i = 0; rc == TALLY_OK && i < t->claims.n; i++) {
        const tl_claim *c = &t->claims.v[i];
        const char *only = NULL;
        if (matches(c, query) && !c->country)
            rc = join_quantity(t, i, countries_of(t, c, &only) == 1 ? only : NULL);
    }
    for (size_t k = 0; k < t->qty.n; k++)
        qsort(t->qty.v[k].members.v, t->qty.v[k].members.n, sizeof(size_t), cmp_index);
    if (t->qty.n)
        qsort(t->qty.v, t->qty.n, sizeof *t->qty.v, cmp_first); /* by their earliest claim */
    return rc;
}

/* ---- checks ---- */

static int add_check(tally_timeline *t, bool ok, const char *kind, const char *text)
{
    tl_check ch = {.ok = ok, .kind = kind, .text = dup(t, text)};
    return ch.text ? tally_vec_push(&t->checks, ch) : TALLY_ENOMEM;
}

static bool contains(const tl_claim *c, double v, double slack)
{
    double lo = isnan(c->low) ? -INFINITY : c->low * (1 - slack);
    double hi = isnan(c->high) ? INFINITY : c->high * (1 + slack);
    return v >= lo && v <= hi;
}

/* killed + wounded from one source against a casualty total said within two weeks. */
static int check_parts(tally_timeline *t)
{
    int rc = TALLY_OK;
    tl_claim *v = t->claims.v;
    for (size_t k = 0; rc == TALLY_OK && k < t->claims.n; k++) {
        if (strcmp(v[k].what, "killed") != 0 || isnan(anchor(&v[k])) || v[k].part)
            continue;
        for (size_t w = 0; rc == TALLY_OK && w < t->claims.n; w++) {
            if (strcmp(v[w].what, "wounded") != 0 || v[w].part || !same_text(v[w].source, v[k].source) ||
                !same_group(v[w].who, v[k].who) || v[w].said_day != v[k].said_day)
                continue;
            double sum = anchor(&v[k]) + anchor(&v[w]); /* the sum itself is a Σ row of the casualties */
            char text[512];
            for (size_t c = 0; rc == TALLY_OK && c < t->claims.n; c++) {
                bool same_teller = (v[c].source && same_text(v[c].source, v[k].source)) ||
                                   (v[c].first_doc && v[c].first_doc == v[k].first_doc);
                if (strcmp(v[c].what, "casualties") != 0 || v[c].part || v[c].sum_of ||
                    !same_group(v[c].who, v[k].who) || !same_teller || abs(v[c].said_day - v[k].said_day) > PARTS_WINDOW)
                    continue;
                bool ok = contains(&v[c], sum, 0.05);
                snprintf(text, sizeof text, "%s killed + %s wounded = %.0f (%s, %s) against %s casualties (%s, %s): %s",
                         v[k].span, v[w].span, sum, v[k].source ? v[k].source : "?", v[k].said, v[c].span,
                         v[c].source ? v[c].source : "?", v[c].said, ok ? "consistent" : "inconsistent");
                rc = add_check(t, ok, "parts", text);
            }
        }
    }
    return rc;
}

/* A share stated with a count against the bases the store holds for that group. */
static int check_shares(tally_timeline *t)
{
    int rc = TALLY_OK;
    tl_claim *v = t->claims.v;
    for (size_t i = 0; rc == TALLY_OK && i < t->claims.n; i++) {
        if (isnan(v[i].share) || v[i].share <= 0)
            continue;
        size_t best = SIZE_MAX;
        double best_pct = 0;
        for (size_t b = 0; b < t->claims.n; b++) {
            if (strcmp(v[b].what, "deployed") != 0 || !same_group(v[b].who, v[i].who) || isnan(anchor(&v[b])) ||
                anchor(&v[b]) <= 0)
                continue;
            double pct = 100 * anchor(&v[i]) / anchor(&v[b]);
            if (best == SIZE_MAX || fabs(pct - v[i].share) < fabs(best_pct - v[i].share)) {
                best = b;
                best_pct = pct;
            }
        }
        if (best == SIZE_MAX)
            continue;
        bool ok = fabs(best_pct - v[i].share) <= fmax(1.5, 0.05 * v[i].share);
        char text[512];
        snprintf(text, sizeof text, "%s %s stated as %g%% of the deployed force; %s / %s deployed (%s, %s) = %.1f%%: %s",
                 v[i].span, v[i].what, v[i].share, v[i].span, v[best].span, v[best].source ? v[best].source : "?",
                 v[best].said, best_pct, ok ? "consistent" : "inconsistent");
        rc = add_check(t, ok, "share", text);
    }
    return rc;
}

/* Within one quantity and source: a cumulative count that falls, an "at least" above a later "at most". */
static int check_order(tally_timeline *t, const tl_quantity *q)
{
    bool cumulative = strcmp(q->what, "killed") == 0 || strcmp(q->what, "wounded") == 0 ||
                      strcmp(q->what, "casualties") == 0;
    int rc = TALLY_OK;
    for (size_t a = 0; rc == TALLY_OK && a < q->members.n; a++) {
        const tl_claim *x = &t->claims.v[q->members.v[a]];
        for (size_t b = a + 1; rc == TALLY_OK && b < q->members.n; b++) {
            const tl_claim *y = &t->claims.v[q->members.v[b]];
            char text[512];
            if (y->said_day <= x->said_day || x->part || y->part)
                continue; /* a part is no estimate of the whole: not a fall, not a bound */
            bool points = x->bound != TALLY_BOUND_RANGE && y->bound != TALLY_BOUND_RANGE &&
                          y->bound != TALLY_BOUND_LE && y->bound != TALLY_BOUND_LT;
            if (cumulative && points && same_text(x->source, y->source) && x->source && !isnan(x->low) &&
                anchor(y) < x->low * 0.95) {
                snprintf(text, sizeof text, "%s: %s %s (%s) falls to %s (%s)", x->source, q->what, x->span, x->said,
                         y->span, y->said);
                rc = add_check(t, false, "falls", text);
            }
            if ((x->bound == TALLY_BOUND_GE || x->bound == TALLY_BOUND_GT) &&
                (y->bound == TALLY_BOUND_LE || y->bound == TALLY_BOUND_LT) && x->low > y->high) {
                snprintf(text, sizeof text, "%s: \"%s\" (%s, %s) is above the later \"%s\" (%s, %s)", q->what,
                         x->span, x->source ? x->source : "?", x->said, y->span, y->source ? y->source : "?", y->said);
                rc = add_check(t, false, "bounds", text);
            }
        }
    }
    return rc;
}

int tally_timeline_build(tally_ctx *ctx, tally_store *st, const char *query, tally_timeline **out)
{
    tally_timeline *t = calloc(1, sizeof *t);
    *out = NULL;
    if (!t)
        return TALLY_ENOMEM;
    t->gaz = tally_gaz_load(getenv("TALLY_ISO_CODES"));
    int rc = t->gaz ? tally_store_each_claim(st, load_claim, t) : TALLY_ENOMEM;
    tally_gaz_free(t->gaz);
    t->gaz = NULL;
    if (rc == TALLY_OK)
        rc = derive_casualties(t);
    if (rc == TALLY_OK) {
        if (t->claims.n)
            qsort(t->claims.v, t->claims.n, sizeof *t->claims.v, by_said);
        rc = group_quantities(t, query);
    }
    if (rc == TALLY_OK)
        rc = check_parts(t);
    if (rc == TALLY_OK)
        rc = check_shares(t);
    for (size_t k = 0; rc == TALLY_OK && k < t->qty.n; k++)
        rc = check_order(t, &t->qty.v[k]);
    if (rc != TALLY_OK) {
        tally_timeline_free(t);
        return rc == TALLY_ENOMEM ? tally_fail(ctx, rc, "timeline: out of memory") : rc;
    }
    *out = t;
    return TALLY_OK;
}

void tally_timeline_free(tally_timeline *t)
{
    if (!t)
        return;
    for (size_t i = 0; i < t->claims.n; i++)
        tally_vec_free(&t->claims.v[i].ev);
    for (size_t k = 0; k < t->qty.n; k++)
        tally_vec_free(&t->qty.v[k].members);
    tally_vec_free(&t->claims);
    tally_vec_free(&t->qty);
    tally_vec_free(&t->checks);
    tally_arena_free(&t->arena);
    free(t);
}
