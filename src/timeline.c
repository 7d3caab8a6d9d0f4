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
 * "at least" above a later "at most". Claims are found through hash indexes on what is compared (teller,
 * group, measure, ten-day window), never by scanning all of them, so a store of any size builds in time
 * about linear in its claims, and the checks name each claim at most once per kind. */
#include "timeline.h"
#include "gazetteer.h"
#include "text.h"
#include "out.h"
#include "timex.h"
#include "keyidx.h"
#include "lexicon.h"
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

/* A source that names no one in particular: its words are source nouns ("police", "officials", "authorities")
 * and at most a determiner or "local". "Police" in one shooting and in another are two tellers; "South
 * Korean authorities" or "Western officials" name one. */
static bool generic_source(const char *name)
{
    static const char *const fillers[] = {"the", "a", "an", "local", "unnamed", "senior", "top"};
    bool noun = false;
    for (const char *p = name; p && *p;) {
        size_t n = strcspn(p, " ");
        const tally_lex *lx = n ? tally_lex_find(p, n) : NULL;
        bool filler = n && tally_ieq_any(p, n, fillers, sizeof fillers / sizeof *fillers);
        if (n && !filler && !(lx && (lx->cls & LEX_S)))
            return false;
        noun |= !filler && n;
        p += n + (p[n] == ' ');
    }
    return noun;
}

bool tally_timeline_same_teller(const tl_claim *a, const tl_claim *b)
{
    return same_text(a->source, b->source) && a->scope == b->scope;
}

uint64_t tally_timeline_teller_hash(const tl_claim *c)
{
    return tally_int_hash(tally_fold_hash(0, c->source), c->scope);
}

/* Persons of no one in particular: no group, or a bare kind ("civilians", "military") with no nationality
 * or place before it. Counts of such persons from two happenings are not one figure (containers shipped
 * with no group named are still one). */
static bool bare_group(const tl_claim *c)
{
    const char *who = c->who;
    return c->people && (generic_group(who) || (!strchr(who, ' ') && !(*who >= 'A' && *who <= 'Z')));
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

/* Days between two said-days, without overflow: TALLY_NODAY lies far from every day but itself. */
static int64_t day_gap(int32_t a, int32_t b)
{
    return a > b ? (int64_t)a - b : (int64_t)b - a;
}

static uint64_t group_hash(uint64_t h, const char *who)
{
    return tally_fold_hash(h, generic_group(who) ? NULL : who);
}

/* One source's claims about one group on one day. */
static uint64_t teller_key(const tl_claim *c)
{
    return tally_int_hash(group_hash(tally_timeline_teller_hash(c), c->who), c->said_day);
}

/* Claims [0, n) filed by key, each chain visiting them in index order. */
static int index_claims(const tally_timeline *t, size_t n, uint64_t (*key)(const tl_claim *), tally_keyidx *ix)
{
    for (size_t i = n; i-- > 0;)
        if (tally_keyidx_add(ix, key(&t->claims.v[i]), i) != TALLY_OK)
            return TALLY_ENOMEM;
    return TALLY_OK;
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

static bool mergeable(const tl_claim *m, const tally_claim *c, int32_t day, int64_t scope)
{
    return m->part == c->part && strcmp(m->what, c->what) == 0 && same_group(m->who, c->who) &&
           same_text(m->source, c->source) && m->scope == scope && same_number(m, c) &&
           day_gap(m->said_day, day) <= SAID_WINDOW;
}

/* What mergeable compares exactly, and the window of SAID_WINDOW + 1 days the said-day falls in: a claim
 * merges only with claims of its own window or the two beside it. */
static uint64_t merge_key(const char *what, const char *source, const char *who, bool part, int64_t scope,
                          int64_t window)
{
    uint64_t h = group_hash(tally_fold_hash(tally_fold_hash(part, what), source), who);
    return tally_int_hash(tally_int_hash(h, scope), window);
}

static int64_t window_of(int32_t day)
{
    int64_t w = SAID_WINDOW + 1;
    return day >= 0 ? day / w : -((-(int64_t)day + w - 1) / w);
}

/* The first claim loaded that c merges into, else SIZE_MAX. */
static size_t merge_target(const tally_timeline *t, const tally_claim *c, int32_t day, int64_t scope)
{
    size_t best = SIZE_MAX;
    for (int64_t w = window_of(day) - 1; w <= window_of(day) + 1; w++) {
        uint64_t key = merge_key(c->what, c->source, c->who, c->part, scope, w);
        for (size_t e = tally_keyidx_next(&t->merged, key, 0); e; e = tally_keyidx_next(&t->merged, key, e)) {
            size_t i = t->merged.val.v[e - 1];
            if (i < best && mergeable(&t->claims.v[i], c, day, scope))
                best = i;
        }
    }
    return best;
}

/* The store hands claims over article by article, so a claim that already has evidence from this article
 * has it last: no scan of its evidence, which an echoed wire story makes long. */
static int add_evidence(tally_timeline *t, tl_claim *m, const tally_article *a, const tally_claim *c)
{
    bool new_article = !m->ev.n || m->ev.v[m->ev.n - 1].article != t->narticles;
    m->narticles += new_article;
    int rc = TALLY_OK;
    for (size_t i = 0; rc == TALLY_OK && i < c->nevidence; i++)
        rc = tally_vec_push(&m->ev, ((tl_evidence){t->doc, t->narticles, c->evidence[i].start, c->evidence[i].end}));
    int32_t pub = tally_day_parse(a->published);
    if (pub != TALLY_NODAY && (m->first_published == TALLY_NODAY || pub < m->first_published)) {
        m->first_published = pub;
        m->first_doc = t->doc;
    }
    return rc;
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
    if (!t->doc || strcmp(t->doc, a->id) != 0) {
        t->doc = dup(t, a->id);
        t->narticles++;
        if (!t->doc)
            return TALLY_ENOMEM;
    }
    int32_t day = said_day(c->said, tally_day_parse(a->published));
    int64_t scope = c->source && generic_source(c->source) ? a->event : 0;
    size_t into = merge_target(t, c, day, scope);
    if (into != SIZE_MAX)
        return add_evidence(t, &t->claims.v[into], a, c);
    char span[160], whole[160] = "";
    tally_out_text(a, c, c->span, span, sizeof span);
    if (c->part)
        tally_out_text(a, c, c->whole, whole, sizeof whole);
    tl_claim m = {.low = c->low, .high = c->high, .share = c->share, .bound = c->bound, .what = dup(t, c->what),
                  .who = dup(t, c->who), .where = dup(t, c->where), .source = dup(t, c->source),
                  .via = c->nvia ? dup(t, c->via[c->nvia - 1]) : NULL, .said = dup(t, c->said),
                  .span = dup(t, span), .said_day = day, .first_published = TALLY_NODAY,
                  .country = dup(t, country_of(t->gaz, c->where)), .part = c->part, .scope = scope,
                  .event = a->event, .people = !c->unit || strcmp(c->unit, "person") == 0,
                  .whole = whole[0] ? dup(t, whole) : NULL, .period = dup(t, c->period)};
    int rc = tally_vec_push(&t->claims, m);
    if (rc == TALLY_OK)
        rc = tally_keyidx_add(&t->merged, merge_key(c->what, c->source, c->who, c->part, scope, window_of(day)),
                              t->claims.n - 1);
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

/* Whether a and b have an article in common: killed and wounded are summed only where stated together, not
 * across every article of one source and day. */
static bool share_article(const tl_claim *a, const tl_claim *b)
{
    for (size_t i = 0, j = 0; i < a->ev.n && j < b->ev.n;) { /* both in load order: one merge */
        if (a->ev.v[i].article == b->ev.v[j].article)
            return true;
        a->ev.v[i].article < b->ev.v[j].article ? i++ : j++;
    }
    return false;
}

/* A casualty figure the same source gives for the same group and day that holds the sum (within 5 %). */
static bool stated_casualties(const tally_timeline *t, const tally_keyidx *by_teller, const tl_claim *k, double sum)
{
    uint64_t key = teller_key(k);
    for (size_t e = tally_keyidx_next(by_teller, key, 0); e; e = tally_keyidx_next(by_teller, key, e)) {
        const tl_claim *v = &t->claims.v[by_teller->val.v[e - 1]];
        if (strcmp(v->what, "casualties") == 0 && !v->part && tally_timeline_same_teller(v, k) &&
            same_group(v->who, k->who) && v->said_day == k->said_day && !isnan(anchor(v)) &&
            fabs(anchor(v) - sum) <= 0.05 * sum)
            return true;
    }
    return false;
}

/* Killed claim k + wounded claim w as one casualty estimate, appended to the claims, when they sum. */
static int derive_sum(tally_timeline *t, const tally_keyidx *by_teller, size_t k, size_t w)
{
    const tl_claim *a = &t->claims.v[k], *b = &t->claims.v[w];
    tl_claim m = {0};
    if (strcmp(b->what, "wounded") != 0 || b->part || !tally_timeline_same_teller(a, b) ||
        !same_group(a->who, b->who) || a->said_day != b->said_day || !share_article(a, b) ||
        !sum_interval(a, b, &m) || stated_casualties(t, by_teller, a, anchor(&m)))
        return TALLY_OK;
    char text[200], ka[48], wb[48];
    tally_timeline_estimate(a, ka, sizeof ka); /* the figures, not the words: a derived wounded */
    tally_timeline_estimate(b, wb, sizeof wb); /* count's span is the count of the shot */
    snprintf(text, sizeof text, "%s killed + %s wounded", ka, wb);
    m.share = NAN;
    m.what = "casualties";
    m.who = generic_group(a->who) ? b->who : a->who;
    m.where = a->where ? a->where : b->where;
    m.country = a->country ? a->country : b->country;
    m.source = a->source, m.via = a->via, m.said = a->said, m.said_day = a->said_day, m.scope = a->scope;
    m.event = a->event, m.people = a->people;
    m.span = m.sum_of = dup(t, text);
    m.first_published = a->first_published, m.first_doc = a->first_doc, m.narticles = a->narticles;
    int rc = m.sum_of ? TALLY_OK : TALLY_ENOMEM;
    for (size_t i = 0; rc == TALLY_OK && i < a->ev.n; i++)
        rc = tally_vec_push(&m.ev, a->ev.v[i]);
    for (size_t i = 0; rc == TALLY_OK && i < b->ev.n; i++)
        rc = tally_vec_push(&m.ev, b->ev.v[i]);
    if (rc == TALLY_OK)
        rc = tally_vec_push(&t->claims, m); /* a and b may move: not used after this */
    if (rc != TALLY_OK)
        tally_vec_free(&m.ev);
    return rc;
}

/* killed + wounded given by one source for one group on one day is also an estimate of its casualties
 * ("300 killed and 2,700 wounded": 3,000 casualties), unless the source states that total itself. */
static int derive_casualties(tally_timeline *t)
{
    size_t n = t->claims.n;
    tally_keyidx by_teller = {0};
    int rc = index_claims(t, n, teller_key, &by_teller);
    for (size_t k = 0; rc == TALLY_OK && k < n; k++) {
        if (strcmp(t->claims.v[k].what, "killed") != 0 || t->claims.v[k].part)
            continue;
        uint64_t key = teller_key(&t->claims.v[k]);
        for (size_t e = tally_keyidx_next(&by_teller, key, 0); rc == TALLY_OK && e;
             e = tally_keyidx_next(&by_teller, key, e))
            rc = derive_sum(t, &by_teller, k, by_teller.val.v[e - 1]);
    }
    tally_keyidx_free(&by_teller);
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

/* A quantity is (measure, group, country, event); qcountries files those with a country by measure and
 * group. */
static uint64_t quantity_key(const char *what, const char *who, const char *country, int64_t event)
{
    return tally_int_hash(tally_fold_hash(group_hash(tally_fold_hash(0, what), who), country), event);
}

static uint64_t measure_key(const char *what, const char *who)
{
    return group_hash(tally_fold_hash(1, what), who);
}

static bool same_quantity(const tl_quantity *q, const tl_claim *c)
{
    return strcmp(q->what, c->what) == 0 && same_group(q->who, c->who);
}

static tl_quantity *find_quantity(tally_timeline *t, const tl_claim *c, const char *country, int64_t event)
{
    uint64_t key = quantity_key(c->what, c->who, country, event);
    for (size_t e = tally_keyidx_next(&t->qkeys, key, 0); e; e = tally_keyidx_next(&t->qkeys, key, e)) {
        tl_quantity *q = &t->qty.v[t->qkeys.val.v[e - 1]];
        if (same_quantity(q, c) && same_text(q->country, country) && q->event == event)
            return q;
    }
    return NULL;
}

static int new_quantity(tally_timeline *t, const tl_claim *c, const char *country, int64_t event)
{
    size_t k = t->qty.n;
    int rc = tally_vec_push(&t->qty, ((tl_quantity){.who = c->who, .what = c->what, .country = country,
                                                    .event = event}));
    if (rc == TALLY_OK)
        rc = tally_keyidx_add(&t->qkeys, quantity_key(c->what, c->who, country, event), k);
    if (rc == TALLY_OK && country)
        rc = tally_keyidx_add(&t->qcountries, measure_key(c->what, c->who), k);
    return rc;
}

/* The quantity of claim i in country, or of one event (found or made); scope is set from its members'
 * places: the place they all name, else the country; in a quantity of one event, the place they all name. */
static int join_quantity(tally_timeline *t, size_t i, const char *country, int64_t event)
{
    const tl_claim *c = &t->claims.v[i];
    tl_quantity *q = find_quantity(t, c, country, event);
    if (!q) {
        int rc = new_quantity(t, c, country, event);
        if (rc != TALLY_OK)
            return rc;
        q = &t->qty.v[t->qty.n - 1];
    }
    if (generic_group(q->who) && c->who)
        q->who = c->who; /* "people" rather than no name */
    const char *place = c->country || (country && same_text(country, c->where)) ? c->where : NULL;
    if (place)
        q->scope = !q->scope || strcmp(q->scope, place) == 0 ? place : country;
    else if (event && c->where && !q->places_differ) {
        q->places_differ = q->scope && strcmp(q->scope, c->where) != 0;
        q->scope = q->places_differ ? NULL : c->where;
    }
    if (event && !t->first_event)
        t->first_event = event;
    t->events_apart |= event && event != t->first_event;
    return tally_vec_push(&q->members, i);
}

/* How many countries the claims of c's group and measure fall in so far; *only is the last seen. */
static size_t countries_of(const tally_timeline *t, const tl_claim *c, const char **only)
{
    size_t n = 0;
    uint64_t key = measure_key(c->what, c->who);
    for (size_t e = tally_keyidx_next(&t->qcountries, key, 0); e; e = tally_keyidx_next(&t->qcountries, key, e)) {
        const tl_quantity *q = &t->qty.v[t->qcountries.val.v[e - 1]];
        if (same_quantity(q, c)) {
            if (!n)
                *only = q->country; /* the chain runs newest first */
            n++;
        }
    }
    return n;
}

static uint64_t placed_key(const tl_claim *c)
{
    return tally_int_hash(measure_key(c->what, c->who), c->event);
}

/* The country (town: a place the gazetteer does not know) the claims of c's event, measure and group name
 * (the first filed), else NULL. */
static const char *event_place(const tally_timeline *t, const tl_claim *c, bool town)
{
    uint64_t key = placed_key(c);
    for (size_t e = tally_keyidx_next(&t->placed, key, 0); e; e = tally_keyidx_next(&t->placed, key, e)) {
        const tl_claim *p = &t->claims.v[t->placed.val.v[e - 1]];
        if (p->event == c->event && strcmp(p->what, c->what) == 0 && same_group(p->who, c->who) &&
            (town ? !p->country : p->country != NULL))
            return town ? p->where : p->country;
    }
    return NULL;
}

/* Where a claim with no known country goes: a named group ("North Korean troops") joins its measure's only
 * country; a bare group ("people", "civilians"), the country its event gives that count, else the place it
 * names (one the gazetteer does not know: a town), else the town its event gives that count ("the toll rose
 * to 2,316" beside "3,104 killed in Tarvik"), else its event alone. */
static int join_unplaced(tally_timeline *t, size_t i)
{
    const tl_claim *c = &t->claims.v[i];
    const char *only = NULL;
    if (!bare_group(c))
        return join_quantity(t, i, countries_of(t, c, &only) == 1 ? only : NULL, 0);
    if ((only = event_place(t, c, false)) || (only = c->where) || (only = event_place(t, c, true)))
        return join_quantity(t, i, only, 0);
    return join_quantity(t, i, NULL, c->event);
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

/* Claims with a known country first; then the rest (join_unplaced). Members stay in said-date order (the
 * claims' order). */
static int group_quantities(tally_timeline *t, const char *query)
{
    TALLY_VEC(size_t) hit = {0}; /* the claims query matches, in order */
    int rc = TALLY_OK;
    for (size_t i = 0; rc == TALLY_OK && i < t->claims.n; i++)
        if (matches(&t->claims.v[i], query))
            rc = tally_vec_push(&hit, i);
    for (size_t h = hit.n; rc == TALLY_OK && h-- > 0;) { /* from the end: each chain runs forward */
        const tl_claim *c = &t->claims.v[hit.v[h]];
        if ((c->country || c->where) && bare_group(c))
            rc = tally_keyidx_add(&t->placed, placed_key(c), hit.v[h]);
    }
    for (size_t h = 0; rc == TALLY_OK && h < hit.n; h++)
        if (t->claims.v[hit.v[h]].country)
            rc = join_quantity(t, hit.v[h], t->claims.v[hit.v[h]].country, 0);
    for (size_t h = 0; rc == TALLY_OK && h < hit.n; h++)
        if (!t->claims.v[hit.v[h]].country)
            rc = join_unplaced(t, hit.v[h]);
    tally_vec_free(&hit);
    tally_keyidx_free(&t->qkeys); /* quantities move in the sort below */
    tally_keyidx_free(&t->qcountries);
    tally_keyidx_free(&t->placed);
    for (size_t k = 0; k < t->qty.n; k++)
        qsort(t->qty.v[k].members.v, t->qty.v[k].members.n, sizeof(size_t), cmp_index);
    if (t->qty.n)
        qsort(t->qty.v, t->qty.n, sizeof *t->qty.v, cmp_first); /* by their earliest claim */
    return rc;
}

/* ---- counts of a few days ---- */

enum { INCREMENT_DAYS = 4 }; /* a period this short counts what a day or two added, not the total */

/* The claim counts over an interval of at most INCREMENT_DAYS days ("in the past 24 hours", "on December
 * 14-15"). A single day is no such sign: "killed 57 on Saturday" is often the whole toll of that day's
 * disaster; nor is a week: "the toll of last week's quake has reached 262" is its whole toll. */
static bool short_period(const tl_claim *c)
{
    const char *slash = c->period ? strchr(c->period, '/') : NULL;
    if (!slash || slash == c->period)
        return false;
    int32_t a = tally_day_parse(c->period), b = tally_day_parse(slash + 1);
    return a != TALLY_NODAY && b != TALLY_NODAY && b >= a && b - a < INCREMENT_DAYS;
}

/* In a quantity that also holds running totals (no period, or a long one), a count of a short period is an
 * increment: listed, but left out of the spread and the order checks. */
static void mark_increments(tally_timeline *t)
{
    for (size_t k = 0; k < t->qty.n; k++) {
        const tl_quantity *q = &t->qty.v[k];
        bool totals = false;
        for (size_t i = 0; i < q->members.n && !totals; i++) {
            const tl_claim *c = &t->claims.v[q->members.v[i]];
            totals = !c->part && !short_period(c);
        }
        for (size_t i = 0; i < q->members.n && totals; i++) {
            tl_claim *c = &t->claims.v[q->members.v[i]];
            c->increment = !c->part && short_period(c);
        }
    }
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

/* A claim's group and measure, for the checks' indexes. */
static uint64_t group_measure_key(const tl_claim *c)
{
    return measure_key(c->what, c->who);
}

/* Stated casualty totals (no parts, no sums) of one group, in said-date order: cas[i] = {key, day, claim}. */
typedef struct tl_dated {
    uint64_t key;
    int32_t day;
    size_t claim;
} tl_dated;
typedef TALLY_VEC(tl_dated) tl_datedvec;

static int cmp_dated(const void *a, const void *b)
{
    const tl_dated *x = a, *y = b;
    if (x->key != y->key)
        return x->key < y->key ? -1 : 1;
    return (x->claim > y->claim) - (x->claim < y->claim); /* claims are in said-date order */
}

/* The first of cas[0, n) at or after (key, day). */
static size_t dated_lower(const tl_dated *cas, size_t n, uint64_t key, int64_t day)
{
    size_t lo = 0, hi = n;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (cas[mid].key < key || (cas[mid].key == key && cas[mid].day < day))
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

static int casualty_totals(const tally_timeline *t, tl_datedvec *cas)
{
    for (size_t c = 0; c < t->claims.n; c++) {
        const tl_claim *v = &t->claims.v[c];
        if (strcmp(v->what, "casualties") == 0 && !v->part && !v->sum_of &&
            tally_vec_push(cas, ((tl_dated){group_measure_key(v), v->said_day, c})) != TALLY_OK)
            return TALLY_ENOMEM;
    }
    if (cas->n)
        qsort(cas->v, cas->n, sizeof *cas->v, cmp_dated);
    return TALLY_OK;
}

/* Killed claim k + wounded claim w against the casualty totals of their group that are the same statement:
 * the same teller on the same day, or the same article (its dates at most PARTS_WINDOW days apart). */
static int check_sum(tally_timeline *t, const tl_dated *cas, size_t ncas, size_t k, size_t w)
{
    tl_claim *v = t->claims.v;
    if (strcmp(v[w].what, "wounded") != 0 || v[w].part || !tally_timeline_same_teller(&v[w], &v[k]) ||
        !same_group(v[w].who, v[k].who) || v[w].said_day != v[k].said_day || !share_article(&v[k], &v[w]))
        return TALLY_OK;
    double sum = anchor(&v[k]) + anchor(&v[w]); /* the sum itself is a Σ row of the casualties */
    uint64_t key = measure_key("casualties", v[k].who);
    int rc = TALLY_OK;
    for (size_t j = dated_lower(cas, ncas, key, (int64_t)v[k].said_day - PARTS_WINDOW);
         rc == TALLY_OK && j < ncas && cas[j].key == key && cas[j].day <= (int64_t)v[k].said_day + PARTS_WINDOW; j++) {
        size_t c = cas[j].claim;
        /* the same statement: one teller on one day, or one article (whose dates may differ by a few days) */
        bool told = v[c].source && tally_timeline_same_teller(&v[c], &v[k]) && v[c].said_day == v[k].said_day;
        told = told || ((!v[c].source || tally_timeline_same_teller(&v[c], &v[k])) && share_article(&v[c], &v[k]));
        if (!same_group(v[c].who, v[k].who) || !told)
            continue;
        bool ok = contains(&v[c], sum, 0.05);
        char text[512], total[32];
        tally_timeline_number(sum, total, sizeof total);
        snprintf(text, sizeof text, "%s killed + %s wounded = %s (%s, %s) against %s casualties (%s, %s): %s",
                 v[k].span, v[w].span, total, v[k].source ? v[k].source : "?", v[k].said, v[c].span,
                 v[c].source ? v[c].source : "?", v[c].said, ok ? "consistent" : "inconsistent");
        rc = add_check(t, ok, "parts", text);
    }
    return rc;
}

/* killed + wounded from one source against a casualty total of the same statement. */
static int check_parts(tally_timeline *t)
{
    tl_datedvec cas = {0};
    tally_keyidx by_teller = {0};
    int rc = casualty_totals(t, &cas);
    if (rc == TALLY_OK)
        rc = index_claims(t, t->claims.n, teller_key, &by_teller);
    for (size_t k = 0; rc == TALLY_OK && k < t->claims.n; k++) {
        const tl_claim *c = &t->claims.v[k];
        if (strcmp(c->what, "killed") != 0 || isnan(anchor(c)) || c->part)
            continue;
        uint64_t key = teller_key(c);
        for (size_t e = tally_keyidx_next(&by_teller, key, 0); rc == TALLY_OK && e;
             e = tally_keyidx_next(&by_teller, key, e))
            rc = check_sum(t, cas.v, cas.n, k, by_teller.val.v[e - 1]);
    }
    tally_vec_free(&cas);
    tally_keyidx_free(&by_teller);
    return rc;
}

/* A share stated with a count against the bases the store holds for that group. */
static int check_shares(tally_timeline *t)
{
    tally_keyidx bases = {0};
    int rc = index_claims(t, t->claims.n, group_measure_key, &bases);
    tl_claim *v = t->claims.v;
    for (size_t i = 0; rc == TALLY_OK && i < t->claims.n; i++) {
        if (isnan(v[i].share) || v[i].share <= 0)
            continue;
        size_t best = SIZE_MAX;
        double best_pct = 0;
        uint64_t key = measure_key("deployed", v[i].who);
        for (size_t e = tally_keyidx_next(&bases, key, 0); e; e = tally_keyidx_next(&bases, key, e)) {
            size_t b = bases.val.v[e - 1];
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
    tally_keyidx_free(&bases);
    return rc;
}

/* ---- checks over time, within one quantity ---- */

/* A check found by the sweep: member positions x (the earlier claim) and y, and its kind. */
typedef struct tl_order {
    size_t x, y;
    bool bounds;
} tl_order;

static int cmp_order(const void *a, const void *b)
{
    const tl_order *p = a, *q = b;
    if (p->x != q->x)
        return p->x < q->x ? -1 : 1;
    if (p->y != q->y)
        return p->y < q->y ? -1 : 1;
    return p->bounds - q->bounds;
}

typedef struct tl_sweep {
    const tally_timeline *t;
    const tl_quantity *q;
    tally_keyidx highest;  /* per source: the member position of its highest earlier figure */
    size_t floor;          /* 1 + the position of the highest earlier "at least", 0 when none */
    TALLY_VEC(tl_order) found;
} tl_sweep;

static const tl_claim *member(const tl_sweep *s, size_t pos)
{
    return &s->t->claims.v[s->q->members.v[pos]];
}

static bool point_estimate(const tl_claim *c)
{
    return c->bound != TALLY_BOUND_RANGE && c->bound != TALLY_BOUND_LE && c->bound != TALLY_BOUND_LT;
}

/* Member pos joins the earlier figures: its source's highest, and the highest "at least". */
static int sweep_commit(tl_sweep *s, size_t pos, bool cumulative)
{
    const tl_claim *x = member(s, pos);
    if (tl_aside(x))
        return TALLY_OK;
    if ((x->bound == TALLY_BOUND_GE || x->bound == TALLY_BOUND_GT) &&
        (!s->floor || x->low > member(s, s->floor - 1)->low))
        s->floor = pos + 1;
    if (!cumulative || !x->source || x->bound == TALLY_BOUND_RANGE || isnan(x->low))
        return TALLY_OK;
    uint64_t key = tally_int_hash(tally_fold_hash(0, x->source), x->scope);
    for (size_t e = tally_keyidx_next(&s->highest, key, 0); e; e = tally_keyidx_next(&s->highest, key, e))
        if (tally_timeline_same_teller(member(s, s->highest.val.v[e - 1]), x)) {
            if (x->low > member(s, s->highest.val.v[e - 1])->low)
                s->highest.val.v[e - 1] = pos;
            return TALLY_OK;
        }
    return tally_keyidx_add(&s->highest, key, pos);
}

/* Member pos against the earlier figures: below its source's highest, or under the highest "at least". */
static int sweep_test(tl_sweep *s, size_t pos, bool cumulative)
{
    const tl_claim *y = member(s, pos);
    int rc = TALLY_OK;
    if (tl_aside(y))
        return TALLY_OK;
    if (cumulative && point_estimate(y) && y->source) {
        uint64_t key = tally_int_hash(tally_fold_hash(0, y->source), y->scope);
        for (size_t e = tally_keyidx_next(&s->highest, key, 0); rc == TALLY_OK && e;
             e = tally_keyidx_next(&s->highest, key, e)) {
            size_t x = s->highest.val.v[e - 1];
            if (tally_timeline_same_teller(member(s, x), y) && anchor(y) < member(s, x)->low * 0.95)
                rc = tally_vec_push(&s->found, ((tl_order){x, pos, false}));
        }
    }
    if (rc == TALLY_OK && s->floor && (y->bound == TALLY_BOUND_LE || y->bound == TALLY_BOUND_LT) &&
        member(s, s->floor - 1)->low > y->high)
        rc = tally_vec_push(&s->found, ((tl_order){s->floor - 1, pos, true}));
    return rc;
}

static int order_check(tally_timeline *t, const tl_sweep *s, const tl_order *o)
{
    const tl_claim *x = member(s, o->x), *y = member(s, o->y);
    char text[512];
    if (!o->bounds) {
        snprintf(text, sizeof text, "%s: %s %s (%s) falls to %s (%s)", x->source, s->q->what, x->span, x->said,
                 y->span, y->said);
        return add_check(t, false, "falls", text);
    }
    snprintf(text, sizeof text, "%s: \"%s\" (%s, %s) is above the later \"%s\" (%s, %s)", s->q->what, x->span,
             x->source ? x->source : "?", x->said, y->span, y->source ? y->source : "?", y->said);
    return add_check(t, false, "bounds", text);
}

/* Within one quantity, in said-date order: a source's cumulative count that falls below the highest it
 * gave before (once per falling figure, against that highest), and an "at most" below the highest earlier
 * "at least". Parts and increments are no estimate of the whole: neither fall nor bound. One sweep, so a quantity of
 * many claims costs time and checks in proportion to them. */
static int check_order(tally_timeline *t, const tl_quantity *q)
{
    bool cumulative = strcmp(q->what, "killed") == 0 || strcmp(q->what, "wounded") == 0 ||
                      strcmp(q->what, "casualties") == 0;
    tl_sweep s = {.t = t, .q = q};
    int rc = TALLY_OK;
    size_t day_start = 0; /* the first member of the current said-day: earlier days are committed */
    for (size_t pos = 0; rc == TALLY_OK && pos < q->members.n; pos++) {
        if (member(&s, pos)->said_day != member(&s, day_start)->said_day) {
            for (; rc == TALLY_OK && day_start < pos; day_start++)
                rc = sweep_commit(&s, day_start, cumulative);
        }
        if (rc == TALLY_OK)
            rc = sweep_test(&s, pos, cumulative);
    }
    if (s.found.n)
        qsort(s.found.v, s.found.n, sizeof *s.found.v, cmp_order);
    for (size_t i = 0; rc == TALLY_OK && i < s.found.n; i++)
        rc = order_check(t, &s, &s.found.v[i]);
    tally_keyidx_free(&s.highest);
    tally_vec_free(&s.found);
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
        mark_increments(t);
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
    tally_keyidx_free(&t->merged);
    tally_keyidx_free(&t->qkeys);
    tally_keyidx_free(&t->qcountries);
    tally_keyidx_free(&t->placed);
    tally_arena_free(&t->arena);
    free(t);
}
