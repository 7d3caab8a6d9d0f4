/* claim.c — from counts to claims.
 *
 * A count (a number mention of kind count that is not part of a date) becomes a claim when something
 * says what it counts. The measure is looked for in this order, each bounded by the sentence and by the
 * next count, so the work stays linear:
 *   1. a measure verb right before the count, taking it as object ("killing four", "captured two");
 *   2. after the count and its unit phrase ("100 soldiers stationed in Russia were killed": casualty words
 *      win over deployment words, which are often participles of the unit);
 *   3. before the count ("the injured are approaching 1,000", "losses … exceeded 200");
 *   4. from a count just before it in the same sentence ("12 000 soldiers, including 500 officers and
 *      three generals"), or, for an anaphor ("the figure", "the number"), from the sentences before.
 * "killed and wounded" / "killed or wounded" as one figure is the compound measure casualties. A part and
 * its whole ("1,000 of the 11,000 troops deployed had been killed") take the main verb and the unit's
 * participle respectively. Repeats of one claim in an article are merged into one with several evidence
 * spans. Attribution and dates come from attrib.c. */
#include "doc.h"
#include "timex.h"
#include <math.h>
#include <stdio.h>
#include <string.h>

enum { AFTER_UNIT = 9, AFTER_BARE = 2, BACK_MAX = 16, UNIT_GAP = 4 };

typedef struct cand {
    size_t ni;            /* index in d->nums */
    size_t t0, t1;        /* tokens of the mention */
    size_t unit_tok;      /* token of the unit noun, or SIZE_MAX */
    size_t demonym;       /* first demonym token in the unit phrase, or SIZE_MAX */
    const tally_lex *unit;
    const char *what;
    const char *rule;
    bool whole;           /* the Y of "X of the Y" */
    bool part;            /* the X of "X of the Y" */
} cand;

static bool is_punct(const tally_doc *d, size_t k, char c)
{
    return k < d->toks.n && d->toks.v[k].kind == TOK_PUNCT && tok_n(d, k) == 1 && tok_s(d, k)[0] == c;
}

static const tally_lex *measure_at(const tally_doc *d, size_t k)
{
    const tally_lex *lx = tok_lex(d, k);
    return lx && (lx->cls & LEX_M) ? lx : NULL;
}

static bool is_casualty(const char *what)
{
    return strcmp(what, "killed") == 0 || strcmp(what, "wounded") == 0 || strcmp(what, "casualties") == 0 ||
           strcmp(what, "missing") == 0 || strcmp(what, "captured") == 0;
}

/* "killed and wounded", "killed or injured", "dead and wounded" read as one figure. */
static const char *compound(const tally_doc *d, size_t k, const char *what)
{
    if (strcmp(what, "killed") == 0 && (tok_is(d, k + 1, "and") || tok_is(d, k + 1, "or"))) {
        const tally_lex *m = measure_at(d, k + 2);
        if (m && strcmp(m->measure, "wounded") == 0)
            return "casualties";
    }
    if (strcmp(what, "wounded") == 0 && k >= 2 && (tok_is(d, k - 1, "and") || tok_is(d, k - 1, "or"))) {
        const tally_lex *m = measure_at(d, k - 2);
        if (m && strcmp(m->measure, "killed") == 0)
            return "casualties";
    }
    return what;
}

/* Does token k hold (part of) another count mention? */
static bool count_at(const tally_doc *d, size_t k, size_t self)
{
    const tally_tok *t = &d->toks.v[k];
    for (size_t i = 0; i < d->nums.n; i++) {
        const tally_number *n = &d->nums.v[i];
        if (i != self && n->kind == TALLY_NUM_COUNT && n->start < t->end && t->start < n->end)
            return true;
        if (n->start >= t->end)
            break;
    }
    return false;
}

/* The unit phrase after the count: demonyms, capitalised words and fillers, then a unit noun. */
static void unit_after(const tally_doc *d, cand *c, size_t hi)
{
    c->unit_tok = c->demonym = SIZE_MAX;
    size_t k = c->t1;
    for (size_t gap = 0; k < hi && gap <= UNIT_GAP; k++, gap++) {
        const tally_lex *lx = tok_lex(d, k);
        if (lx && (lx->cls & LEX_U)) {
            c->unit = lx;
            c->unit_tok = k;
            return;
        }
        if (lx && (lx->cls & LEX_D) && c->demonym == SIZE_MAX)
            c->demonym = k;
        bool filler = (lx && (lx->cls & (LEX_D | LEX_A))) || tok_cap(d, k) || d->toks.v[k].kind == TOK_QUOTE ||
                      d->toks.v[k].kind == TOK_APOS_S || (d->toks.v[k].kind == TOK_DASH && !(d->toks.v[k].flags & TOKF_SPACE));
        if (!filler && d->toks.v[k].kind == TOK_WORD && !lx && gap < UNIT_GAP && tok_lex(d, k + 1) &&
            (tok_lex(d, k + 1)->cls & LEX_U))
            filler = true; /* an adjective before the unit: "wounded civilians", "additional soldiers" */
        if (!filler)
            return;
    }
}

/* A measure within n tokens after k; casualty words win over others. */
static const char *measure_after(const tally_doc *d, const cand *c, size_t k, size_t hi, size_t n, size_t *at)
{
    const char *other = NULL;
    size_t other_at = 0;
    for (size_t i = k; i < hi && i < k + n; i++) {
        if (count_at(d, i, c->ni) || is_punct(d, i, ';') || is_punct(d, i, ':'))
            break;
        const tally_lex *m = measure_at(d, i);
        if (!m)
            continue;
        const char *what = compound(d, i, m->measure);
        if (is_casualty(what)) {
            *at = i;
            return what;
        }
        if (!other) {
            other = what;
            other_at = i;
        }
        if (c->whole)
            break; /* the whole takes the participle next to its unit */
    }
    *at = other_at;
    return other;
}

/* A measure noun or participle before the count, back to the previous count or the sentence start; a
 * unit met on the way ("the total number of containers to 20,000") becomes the count's unit. */
static const char *measure_back(const tally_doc *d, cand *c, size_t lo)
{
    for (size_t i = c->t0; i > lo && c->t0 - i < BACK_MAX; i--) {
        size_t k = i - 1;
        if (count_at(d, k, c->ni) || is_punct(d, k, ';'))
            return NULL;
        const tally_lex *lx = tok_lex(d, k);
        if (!c->unit && lx && (lx->cls & LEX_U) && !(lx->cls & LEX_M))
            c->unit = lx;
        if (lx && (lx->cls & LEX_M) && (lx->mflags & (LEXM_N | LEXM_P)))
            return compound(d, k, lx->measure);
    }
    return NULL;
}

/* Measure verb right before the count: "killing four people", "has sent more than 10,000 containers". */
static const char *verb_before(const tally_doc *d, const cand *c, size_t lo)
{
    if (c->t0 <= lo)
        return NULL;
    const tally_lex *m = measure_at(d, c->t0 - 1);
    return m && (m->mflags & LEXM_V) ? m->measure : NULL;
}

static bool anaphor_before(const tally_doc *d, const cand *c, size_t lo)
{
    static const char *const words[] = {"figure", "number", "total", "toll", "tally", "count"};
    for (size_t i = c->t0; i > lo && c->t0 - i < 8; i--)
        for (size_t w = 0; w < sizeof words / sizeof *words; w++)
            if (tok_is(d, i - 1, words[w]))
                return true;
    return false;
}

/* The nearest measure word in the sentences before si (at most two back). */
static const char *measure_in_previous(const tally_doc *d, size_t si)
{
    for (size_t back = 1; back <= 2 && back <= si; back++) {
        const tally_sent *s = &d->sents.v[si - back];
        for (size_t k = s->last; k > s->first; k--) {
            const tally_lex *m = measure_at(d, k - 1);
            if (m)
                return compound(d, k - 1, m->measure);
        }
    }
    return NULL;
}

/* Deployment verbs applied to goods mean shipments. */
static const char *fit_unit(const char *what, const tally_lex *unit)
{
    if (unit && strcmp(unit->unit, "person") != 0 && strcmp(what, "deployed") == 0)
        return "shipped";
    return what;
}

/* Finds what the count counts; returns false when nothing does. */
static bool find_measure(const tally_doc *d, size_t si, cand *c, const cand *prev_in_sentence)
{
    const tally_sent *s = &d->sents.v[si];
    size_t at;
    unit_after(d, c, s->last);
    if ((c->what = verb_before(d, c, s->first)))
        c->rule = "verb-before";
    else if (c->unit && c->unit->cls & LEX_M && (c->what = c->unit->measure))
        c->rule = "measure-noun";
    else if ((c->what = measure_after(d, c, c->unit_tok != SIZE_MAX ? c->unit_tok + 1 : c->t1, s->last,
                                      c->unit_tok != SIZE_MAX ? AFTER_UNIT : AFTER_BARE + 1, &at)))
        c->rule = "measure-after";
    else if ((c->what = measure_back(d, c, s->first)))
        c->rule = "measure-before";
    else if (prev_in_sentence && c->t0 < prev_in_sentence->t1 + 8 && (c->unit || !prev_in_sentence->unit)) {
        c->what = prev_in_sentence->what;
        c->rule = "coordinated";
    } else if (anaphor_before(d, c, s->first) && (c->what = measure_in_previous(d, si)))
        c->rule = "anaphor";
    else if (c->unit && c->unit->group && strcmp(c->unit->group, "military") == 0 &&
             (c->what = measure_in_previous(d, si + 1)) && strcmp(c->what, "deployed") == 0)
        c->rule = "presence";
    else
        return false;
    c->what = fit_unit(c->what, c->unit);
    return true;
}

/* ---- group, place, dates --------------------------------------------------------------------------- */

static const char *group_of(tally_doc *d, const cand *c)
{
    char buf[96] = "";
    size_t n = 0;
    if (c->demonym != SIZE_MAX) {
        size_t k = c->demonym;
        if (k > c->t1 && (tok_is(d, k - 1, "north") || tok_is(d, k - 1, "south")))
            k--;
        for (; k <= c->demonym && n + 24 < sizeof buf; k++)
            n += (size_t)snprintf(buf + n, sizeof buf - n, "%s%.*s", n ? " " : "", (int)tok_n(d, k), tok_s(d, k));
    }
    const char *group = c->unit ? c->unit->group : NULL;
    if (group && strcmp(group, "military") == 0)
        snprintf(buf + n, sizeof buf - n, "%smilitary", n ? " " : "");
    else if (group && strcmp(group, "civilian") == 0)
        snprintf(buf + n, sizeof buf - n, "%scivilians", n ? " " : "");
    else if (!n)
        return NULL;
    return tally_arena_strdup(&d->arena, buf);
}

static bool in_timex_tok(const tally_doc *d, size_t k)
{
    const tally_tok *t = &d->toks.v[k];
    for (size_t i = 0; i < d->tx.n; i++)
        if (d->tx.v[i].start < t->end && t->start < d->tx.v[i].end)
            return true;
    return false;
}

/* The place: a capitalised name before "region"/"province"…, else one after "in". Nearest to the count. */
static const char *place_of(tally_doc *d, size_t si, const cand *c)
{
    static const char *const areas[] = {"region", "oblast", "province", "district", "county", "state", "city"};
    const tally_sent *s = &d->sents.v[si];
    size_t best = SIZE_MAX, dist = SIZE_MAX;
    for (size_t k = s->first + 1; k < s->last; k++) {
        bool area = false;
        for (size_t a = 0; a < sizeof areas / sizeof *areas; a++)
            area |= tok_is(d, k, areas[a]);
        size_t name = SIZE_MAX;
        if (area && tok_cap(d, k - 1))
            name = k - 1;
        else if (tok_is(d, k - 1, "in") && tok_cap(d, k) && !tok_lex(d, k) && !(d->toks.v[k].flags & TOKF_ALLCAP))
            name = k;
        if (name == SIZE_MAX || in_timex_tok(d, name))
            continue;
        size_t dd = name > c->t0 ? name - c->t0 : c->t0 - name;
        if (dd < dist) {
            dist = dd;
            best = name;
        }
    }
    return best == SIZE_MAX ? NULL : tally_arena_strndup(&d->arena, tok_s(d, best), tok_n(d, best));
}

/* An ISO date as precise as the interval allows: a day, a short span's middle day, a month, a year. */
static void iso_date(int32_t first, int32_t last, tally_gran gran, char *out, size_t cap)
{
    char day[11];
    if (gran == TALLY_GRAN_DAY || gran == TALLY_GRAN_NONE || last - first <= 10) {
        tally_day_format(first + (last - first) / 2, day);
        snprintf(out, cap, "%s", day);
    } else if (gran == TALLY_GRAN_MONTH) {
        tally_day_format(first, day);
        snprintf(out, cap, "%.7s", day);
    } else if (gran == TALLY_GRAN_YEAR) {
        tally_day_format(first, day);
        snprintf(out, cap, "%.4s", day);
    } else {
        tally_day_format(first, day);
        snprintf(out, cap, "%.7s", day);
    }
}

/* The period a count covers: another date in the sentence ("on December 14-15"). */
static void period_of(const tally_doc *d, size_t si, int32_t said_first, char *out, size_t cap)
{
    const tally_sent *s = &d->sents.v[si];
    out[0] = '\0';
    for (size_t i = 0; i < d->tx.n; i++) {
        const tally_timex *t = &d->tx.v[i];
        if (t->type != TALLY_TIMEX_DATE || t->first == TALLY_NODAY || t->first == said_first)
            continue;
        if (t->start < d->toks.v[s->first].start || t->end > d->toks.v[s->last - 1].end)
            continue;
        if (t->first == t->last || t->last - t->first > 62) {
            if (t->gran == TALLY_GRAN_DAY)
                tally_day_format(t->first, out);
            continue;
        }
        char a[11], b[11];
        tally_day_format(t->first, a);
        tally_day_format(t->last, b);
        snprintf(out, cap, "%s/%s", a, b);
        return;
    }
}

/* ---- building claims ------------------------------------------------------------------------------- */

static bool in_date(const tally_doc *d, const tally_number *n)
{
    for (size_t i = 0; i < d->tx.n; i++) {
        const tally_timex *t = &d->tx.v[i];
        if (t->start < n->end && n->start < t->end)
            return true;
        if (t->start >= n->end)
            break;
    }
    return false;
}

static int add_claim(tally_doc *d, size_t si, const cand *c, const tally_attr *at)
{
    const tally_number *n = &d->nums.v[c->ni];
    tally_claim cl = {.span = {n->start, n->end}, .low = n->low, .high = n->high, .bound = n->bound,
                      .what = c->what, .rule = c->rule};
    cl.unit = c->unit ? c->unit->unit : "person";
    cl.who = group_of(d, c);
    cl.where = place_of(d, si, c);
    if (at && at->source) {
        cl.source = at->source;
        cl.source_span = at->source_span;
        if (at->nvia) {
            const char **via = tally_arena_alloc(&d->arena, sizeof *via * at->nvia);
            if (!via)
                return TALLY_ENOMEM;
            memcpy(via, at->via, sizeof *via * at->nvia);
            cl.via = via;
            cl.nvia = at->nvia;
        }
    }
    int32_t said = at && at->said_first != TALLY_NODAY ? at->said_first : d->dct;
    if (at && at->said_first != TALLY_NODAY)
        iso_date(at->said_first, at->said_last, at->said_gran, cl.said, sizeof cl.said);
    else if (d->dct != TALLY_NODAY)
        tally_day_format(d->dct, cl.said);
    period_of(d, si, said, cl.period, sizeof cl.period);
    return tally_vec_push(&d->claims, cl);
}

/* "This was stated by X" opening the next sentence attributes this one. */
static bool next_attributes_back(tally_doc *d, size_t si, const tally_attr prev[2], tally_attr *out)
{
    if (si + 1 >= d->sents.n)
        return false;
    const tally_sent *n = &d->sents.v[si + 1];
    size_t k = n->first;
    if (!(tok_is(d, k, "this") || tok_is(d, k, "that") || tok_is(d, k, "it")) ||
        !(tok_is(d, k + 1, "was") || tok_is(d, k + 1, "is")))
        return false;
    const tally_lex *lx = tok_lex(d, k + 2);
    if (!lx || !(lx->cls & LEX_C) || !tok_is(d, k + 3, "by"))
        return false;
    tally_attrib_at_cue(d, si + 1, k + 2, prev, out);
    return out->source != NULL;
}

/* Reads every cue of the sentence to keep the pronoun antecedents current. */
static void track_sources(tally_doc *d, size_t si, tally_attr prev[2])
{
    size_t cues[16];
    size_t n = tally_attrib_cues(d, si, cues, 16);
    for (size_t i = 0; i < n; i++) {
        tally_attr at;
        tally_attrib_at_cue(d, si, cues[i], prev, &at);
        if (!at.source)
            continue;
        prev[at.person ? 0 : 1] = at;
    }
}

static int sentence_claims(tally_doc *d, size_t si, size_t *ni, tally_attr prev[2], tally_attr *carry)
{
    const tally_sent *s = &d->sents.v[si];
    size_t end = d->toks.v[s->last - 1].end;
    bool has_cue = tally_attrib_has_cue(d, si);
    cand last = {0}, *lastp = NULL;
    int rc = TALLY_OK;
    for (; rc == TALLY_OK && *ni < d->nums.n && d->nums.v[*ni].start < end; (*ni)++) {
        const tally_number *n = &d->nums.v[*ni];
        if (n->kind != TALLY_NUM_COUNT || in_date(d, n))
            continue;
        cand c = {.ni = *ni, .t0 = tally_tok_at(d->toks.v, d->toks.n, n->start),
                  .t1 = tally_tok_at(d->toks.v, d->toks.n, n->end - 1) + 1};
        if (c.t0 < s->first)
            continue;
        c.part = tok_is(d, c.t1, "of") && count_at(d, c.t1 + (tok_is(d, c.t1 + 1, "the") ? 2 : 1), *ni);
        c.whole = c.t0 >= 2 && tok_is(d, c.t0 - 1, "the") && tok_is(d, c.t0 - 2, "of") && lastp && lastp->part;
        if (c.part) {
            cand w = c; /* the part's unit and verb follow its whole: "1,000 of the 11,000 troops … killed" */
            w.t1 = tally_tok_at(d->toks.v, d->toks.n, d->nums.v[*ni + 1 < d->nums.n ? *ni + 1 : *ni].end - 1) + 1;
            if (!find_measure(d, si, &w, NULL))
                continue;
            c.what = w.what, c.unit = w.unit, c.demonym = w.demonym, c.unit_tok = w.unit_tok, c.rule = "part-of";
        } else if (!find_measure(d, si, &c, lastp)) {
            continue;
        }
        tally_attr at;
        if (has_cue)
            tally_attrib_find(d, si, c.t0, prev, &at);
        else if (!next_attributes_back(d, si, prev, &at))
            at = *carry;
        rc = add_claim(d, si, &c, &at);
        last = c;
        lastp = &last;
    }
    return rc;
}

/* Merges repeats: same measure and unit, overlapping intervals, compatible sources. Evidence spans are
 * collected in d->evidence and handed out once the claim array is final. */
static int merge_repeats(tally_doc *d)
{
    size_t n = d->claims.n, out = 0;
    TALLY_VEC(size_t) owner = {0};
    int rc = TALLY_OK;
    for (size_t i = 0; rc == TALLY_OK && i < n; i++) {
        tally_claim *c = &d->claims.v[i];
        size_t into = SIZE_MAX;
        for (size_t j = 0; j < out && into == SIZE_MAX; j++) {
            tally_claim *e = &d->claims.v[j];
            double lo = fmax(isnan(c->low) ? -INFINITY : c->low, isnan(e->low) ? -INFINITY : e->low);
            double hi = fmin(isnan(c->high) ? INFINITY : c->high, isnan(e->high) ? INFINITY : e->high);
            bool same_src = !c->source || !e->source || strcmp(c->source, e->source) == 0;
            if (strcmp(c->what, e->what) == 0 && strcmp(c->unit, e->unit) == 0 && lo <= hi && same_src)
                into = j;
        }
        if (into == SIZE_MAX) {
            into = out;
            d->claims.v[out++] = *c;
        }
        rc = tally_vec_push(&d->evidence, c->span);
        if (rc == TALLY_OK)
            rc = tally_vec_push(&owner, into);
    }
    d->claims.n = out;
    /* group evidence by owner, in order: a stable counting pass */
    tally_spanvec sorted = {0};
    for (size_t j = 0; rc == TALLY_OK && j < out; j++) {
        size_t first = sorted.n;
        for (size_t e = 0; rc == TALLY_OK && e < owner.n; e++)
            if (owner.v[e] == j)
                rc = tally_vec_push(&sorted, d->evidence.v[e]);
        d->claims.v[j].nevidence = sorted.n - first;
        d->claims.v[j].evidence = (const tally_span *)(uintptr_t)first; /* offset until the array is final */
    }
    tally_vec_free(&owner);
    tally_vec_free(&d->evidence);
    d->evidence = sorted;
    for (size_t j = 0; j < out; j++)
        d->claims.v[j].evidence = d->evidence.v + (uintptr_t)d->claims.v[j].evidence;
    return rc;
}

int tally_claims_extract(tally_doc *d)
{
    tally_attr prev[2], carry;
    memset(prev, 0, sizeof prev);
    memset(&carry, 0, sizeof carry);
    carry.said_first = carry.said_last = TALLY_NODAY;
    tally_entity_prescan(d);
    size_t ni = 0;
    int rc = TALLY_OK;
    uint32_t para = UINT32_MAX;
    for (size_t si = 0; rc == TALLY_OK && si < d->sents.n; si++) {
        const tally_sent *s = &d->sents.v[si];
        if (s->para != para) {
            memset(&carry, 0, sizeof carry);
            carry.said_first = carry.said_last = TALLY_NODAY;
            para = s->para;
        }
        track_sources(d, si, prev);
        rc = sentence_claims(d, si, &ni, prev, &carry);
        if (tally_attrib_has_cue(d, si))
            tally_attrib_find(d, si, s->last, prev, &carry);
    }
    return rc == TALLY_OK ? merge_repeats(d) : rc;
}
