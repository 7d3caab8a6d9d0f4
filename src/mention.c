/* mention.c — named entities of an article and the names they go by.
 *
 * Two passes over the tokens. The first registers people: a name after a title ("South Korean MP Lee
 * Seong-kweun", "Gen. Oleksandr Syrskyi"), and runs of two to four capitalised words that look like a
 * person. The second records every mention with its canonical name: people and their short forms ("Lee"),
 * descriptions that fit one titled person ("the Ukrainian president"), organisations and their acronyms
 * ("National Intelligence Service (NIS)", "the Joint Chiefs of Staff, or JCS"), countries and places from
 * the gazetteer (capitals and short names included: Pyongyang, DPRK), "the North" for the country in view,
 * and regions ("Russia's western Kursk region" → Kursk). Mentions are stored as entity and alias rows. */
#include "doc.h"
#include "gazetteer.h"
#include <stdio.h>
#include <string.h>

static const char *const org_heads[] = {
    "agency", "army", "bureau", "center", "centre", "chiefs", "command", "committee", "council", "department",
    "directorate", "force", "forces", "guard", "institute", "ministry", "office", "service", "staff", "alliance",
    "organization", "organisation", "association", "federation", "union", "party", "police", "court", "news",
    "times", "press", "post", "network", "television", "radio", "group", "corps",
};

static bool org_head(const tally_doc *d, size_t k)
{
    return k < d->toks.n && tally_ieq_any(tok_s(d, k), tok_n(d, k), org_heads, sizeof org_heads / sizeof *org_heads);
}

static bool name_word(const tally_doc *d, size_t k)
{
    return k < d->toks.n && d->toks.v[k].kind == TOK_WORD && tok_cap(d, k) && !tok_function(d, k);
}

/* End of a run of name words from k, with glued hyphens ("Seong-kweun") and "of (the)" between capitals. */
static size_t name_run(const tally_doc *d, size_t k, size_t hi, bool allow_of)
{
    size_t e = k;
    while (e < hi && e - k < 10 && (e == k || !(d->toks.v[e].flags & TOKF_NEWLINE))) {
        if (name_word(d, e) || (d->toks.v[e].kind == TOK_WORD && e > k && d->toks.v[e - 1].kind == TOK_DASH &&
                                d->toks.v[e - 1].end == d->toks.v[e].start)) {
            e++;
        } else if (d->toks.v[e].kind == TOK_DASH && e > k && d->toks.v[e].start == d->toks.v[e - 1].end &&
                   e + 1 < hi && d->toks.v[e + 1].start == d->toks.v[e].end) {
            e++;
        } else if (e > k && e + 1 < hi && tally_name_particle(d, e) &&
                   (name_word(d, e + 1) || tally_name_particle(d, e + 1) || d->toks.v[e + 1].kind == TOK_DASH)) {
            e++; /* "Lula da Silva", "Ashraf al-Qudra" */
        } else if (allow_of && e > k && (tok_is(d, e, "of") || tok_is(d, e, "for"))) {
            size_t n = e + 1 + (tok_is(d, e + 1, "the") ? 1 : 0);
            if (!name_word(d, n))
                break;
            e = n;
        } else {
            break;
        }
    }
    return e;
}

static int add(tally_doc *d, size_t a, size_t b, const char *name, const char *kind)
{
    if (!name || a >= b)
        return name ? TALLY_OK : TALLY_ENOMEM;
    tally_mention m = {.span = {d->toks.v[a].start, d->toks.v[b - 1].end}, .name = name, .kind = kind};
    return tally_vec_push(&d->mentions, m);
}

static const char *text_of(tally_doc *d, size_t a, size_t b)
{
    size_t start = d->toks.v[a].start, end = d->toks.v[b - 1].end;
    return tally_arena_strndup(&d->arena, d->a.text + start, end - start);
}

/* ---- people ---- */

typedef struct titled {
    const char *name;
    size_t demonym, title; /* token indexes in the registering mention */
} titled;

/* "South Korean MP Lee Seong-kweun": [a, t) modifiers, t the title, [n, e) the name. */
static int titled_person(tally_doc *d, size_t t, size_t hi, titled *reg, size_t *nreg, size_t *next)
{
    size_t n = t + 1 + (tok_is(d, t + 1, ".") ? 1 : 0);
    size_t e = name_run(d, n, hi, false);
    *next = t + 1;
    if (e == n || e - n > 4 || org_head(d, e - 1))
        return TALLY_OK;
    size_t a = t;
    while (a > 0 && t - a < 3 && ((tok_lex(d, a - 1) && (tok_lex(d, a - 1)->cls & LEX_D)) ||
                                  tok_is(d, a - 1, "north") || tok_is(d, a - 1, "south")))
        a--;
    const char *name = text_of(d, n, e);
    if (e - n == 1) {
        bool person;
        name = tally_entity_canon(d, n, e, &person);
    }
    int rc = add(d, a, e, name, "person");
    if (rc == TALLY_OK && a < t)
        rc = add(d, n, e, name, "person");
    if (rc == TALLY_OK && *nreg < 32)
        reg[(*nreg)++] = (titled){name, a < t ? t - 1 : SIZE_MAX, t};
    *next = e;
    return rc;
}

/* A title heading an organisation's name ("the General Staff", "Chief Medical Examiner's Office"), not a
 * person's. */
static bool title_of_org(const tally_doc *d, size_t t)
{
    size_t n = t + 1 + (tok_is(d, t + 1, ".") ? 1 : 0), e = name_run(d, n, d->toks.n, false);
    return e > n && org_head(d, e - 1);
}

/* A dateline's place in capitals opening a paragraph ("ARICA (Wire) -", "KHARTOUM, April 17"): no acronym. */
static bool dateline(const tally_doc *d, size_t k, size_t e)
{
    bool opens = k == 0 || (d->toks.v[k].flags & TOKF_NEWLINE);
    return opens && e < d->toks.n && (tok_is(d, e, "(") || tok_is(d, e, ",") || d->toks.v[e].kind == TOK_DASH);
}

/* "The Ukrainian president": the titled person registered with that demonym and title. */
static const char *description(const tally_doc *d, size_t k, const titled *reg, size_t nreg)
{
    if (!tok_is(d, k, "the") || k + 2 >= d->toks.n)
        return NULL;
    for (size_t i = 0; i < nreg; i++) {
        const titled *r = &reg[i];
        if (r->demonym == SIZE_MAX || tok_n(d, k + 1) != tok_n(d, r->demonym) || tok_n(d, k + 2) != tok_n(d, r->title))
            continue;
        char dem[32], tit[32];
        snprintf(dem, sizeof dem, "%.*s", (int)tok_n(d, r->demonym), tok_s(d, r->demonym));
        snprintf(tit, sizeof tit, "%.*s", (int)tok_n(d, r->title), tok_s(d, r->title));
        if (!tally_ieq(tok_s(d, k + 1), tok_n(d, k + 1), dem) || !tally_ieq(tok_s(d, k + 2), tok_n(d, k + 2), tit))
            continue;
        return r->name;
    }
    return NULL;
}

/* ---- organisations, places ---- */

/* "(NIS)" or ", or JCS," right after an organisation: the acronym's token, else SIZE_MAX. */
static size_t acronym_after(const tally_doc *d, size_t e)
{
    if (e + 2 < d->toks.n && tok_is(d, e, "(") && (d->toks.v[e + 1].flags & TOKF_ALLCAP) && tok_is(d, e + 2, ")"))
        return e + 1;
    if (e + 2 < d->toks.n && tok_is(d, e, ",") && tok_is(d, e + 1, "or") && (d->toks.v[e + 2].flags & TOKF_ALLCAP))
        return e + 2;
    return SIZE_MAX;
}

/* What follows a possessive at k ("'s"): a lower-case body ("spy agency", "Russian service") ending at
 * *end. Returns the descriptor keyword (intelligence, military) or "" for another body, NULL for none. */
static const char *owned_body(const tally_doc *d, size_t k, size_t *end)
{
    static const char *const heads[] = {"agency", "service", "military", "ministry", "channel", "desk", "unit"};
    const char *key = "";
    for (size_t j = k + 1; j < d->toks.n && j < k + 5; j++) {
        bool body_word = tok_is(d, j, "intelligence") || tok_is(d, j, "spy") || tok_is(d, j, "agency") ||
                         tok_is(d, j, "service") || (tok_lex(d, j) && (tok_lex(d, j)->cls & LEX_D));
        if (d->toks.v[j].kind != TOK_WORD || (tok_cap(d, j) && !body_word))
            return NULL;
        if (tok_is(d, j, "intelligence") || tok_is(d, j, "spy"))
            key = "intelligence";
        if (tok_is(d, j, "military") && (tok_is(d, j + 1, "intelligence") || tok_is(d, j + 1, "spy")))
            continue; /* "Ukraine's military intelligence agency": the agency */
        for (size_t h = 0; h < sizeof heads / sizeof *heads; h++)
            if (tok_is(d, j, heads[h])) {
                if (!*key && strcmp(heads[h], "military") == 0)
                    key = "military";
                *end = j + 1;
                return key;
            }
    }
    return NULL;
}

/* A body described by its country: "South Korea's spy agency", "Ukrainian intelligence". The store links
 * "desc:COUNTRY:KEYWORD" to the organisation with that keyword in its name and that country in an alias. */
static int described_body(tally_doc *d, size_t a, size_t b, const char *country, const char *key)
{
    char buf[128];
    snprintf(buf, sizeof buf, "desc:%s:%s", country, key);
    return add(d, a, b, tally_arena_strdup(&d->arena, buf), "organization");
}

/* An organisation run [k, e): canonical name is the run less a trailing "of <country>". */
static int organisation(tally_doc *d, const tally_gaz *g, size_t k, size_t e)
{
    size_t head_end = e;
    for (size_t i = k + 1; i < e; i++)
        if (tok_is(d, i, "of")) {
            size_t c = i + 1 + (tok_is(d, i + 1, "the") ? 1 : 0);
            const tally_place *p = c < e ? tally_gaz_find(g, tok_s(d, c), d->toks.v[e - 1].end - d->toks.v[c].start) : NULL;
            if (p && strcmp(p->kind, "country") == 0 && org_head(d, i - 1))
                head_end = i;
        }
    const char *name = text_of(d, k, head_end);
    int rc = add(d, k, e, name, "organization");
    size_t end;
    if (rc == TALLY_OK && e < d->toks.n && d->toks.v[e].kind == TOK_APOS_S && owned_body(d, e, &end))
        rc = add(d, k, end, name, "organization"); /* "the BBC's Russian service" */
    if (rc == TALLY_OK && k >= 2 && d->toks.v[k - 1].kind == TOK_APOS_S && tally_gaz_find(g, tok_s(d, k - 2), tok_n(d, k - 2)))
        rc = add(d, k - 2, e, name, "organization"); /* "Ukraine's Special Operations Forces" */
    size_t acr = acronym_after(d, e);
    if (rc == TALLY_OK && acr != SIZE_MAX)
        rc = add(d, acr, acr + 1, name, "organization");
    return rc;
}

static bool is_area(const tally_doc *d, size_t k)
{
    static const char *const areas[] = {"region", "oblast", "province", "district", "county", "governorate"};
    return k < d->toks.n && tally_ieq_any(tok_s(d, k), tok_n(d, k), areas, sizeof areas / sizeof *areas);
}

/* "Kursk region", "Russia's western Kursk region", "the southwestern Kursk region" → Kursk. */
static int region(tally_doc *d, size_t k, size_t *next)
{
    size_t r = k + 1;
    size_t a = k;
    if (a > 0 && d->toks.v[a - 1].kind == TOK_WORD && !tok_cap(d, a - 1) && !tok_function(d, a - 1) &&
        tally_iprefix(tok_s(d, a - 1) + (tok_n(d, a - 1) > 4 ? tok_n(d, a - 1) - 4 : 0), 4, "tern"))
        a--; /* western, southwestern */
    if (a > 1 && d->toks.v[a - 1].kind == TOK_APOS_S && tok_cap(d, a - 2))
        a -= 2; /* Russia's */
    else if (a > 0 && tok_is(d, a - 1, "the"))
        a--;
    const char *name = text_of(d, k, k + 1);
    int rc = add(d, a, r + 1, name, "place");
    if (rc == TALLY_OK && a != k)
        rc = add(d, k, r + 1, name, "place");
    *next = r + 1;
    return rc;
}

/* Countries and places by the longest gazetteer match starting at k. */
static size_t place_at(tally_doc *d, const tally_gaz *g, size_t k, size_t hi, int *rc)
{
    for (size_t e = hi < k + 5 ? hi : k + 5; e > k; e--) {
        const tally_place *p = tally_gaz_find(g, tok_s(d, k), d->toks.v[e - 1].end - d->toks.v[k].start);
        if (!p)
            continue;
        *rc = add(d, k, e, p->name, p->kind);
        size_t end;
        const char *key;
        if (*rc == TALLY_OK && strcmp(p->kind, "country") == 0 && e < d->toks.n &&
            d->toks.v[e].kind == TOK_APOS_S && (key = owned_body(d, e, &end)) && *key) {
            size_t acr = acronym_after(d, end);
            if (acr == SIZE_MAX) {
                *rc = described_body(d, k, end, p->name, key);
            } else { /* "Ukraine's military intelligence agency (GUR)": the acronym names the body */
                const char *name = text_of(d, acr, acr + 1); /* the acronym itself is met as a name */
                *rc = name ? add(d, k, end, name, "organization") : TALLY_ENOMEM;
            }
        }
        return e;
    }
    return k;
}

/* "the North": the country in view whose name starts with North (or South). */
static const char *the_compass(const tally_doc *d, size_t k)
{
    if (!tok_is(d, k, "the") || !(tok_is(d, k + 1, "north") || tok_is(d, k + 1, "south")) || !tok_cap(d, k + 1))
        return NULL;
    if (name_word(d, k + 2))
        return NULL;
    for (size_t i = d->mentions.n; i-- > 0 && d->mentions.n - i <= 256;)
        if (strcmp(d->mentions.v[i].kind, "country") == 0 &&
            strncmp(d->mentions.v[i].name, tok_s(d, k + 1), tok_n(d, k + 1)) == 0)
            return d->mentions.v[i].name;
    return NULL;
}

/* The one name of a run of capitalised words starting at k: person short form, organisation, place,
 * or person. Returns the token after what it consumed. */
static size_t run_at(tally_doc *d, const tally_gaz *g, size_t k, titled *reg, size_t *nreg, int *rc)
{
    size_t e = name_run(d, k, d->toks.n, true);
    for (size_t t = k; t < e && t < k + 4; t++) { /* "Ukrainian President Volodymyr Zelenskyy" */
        const tally_lex *lx = tok_lex(d, t);
        if (lx && (lx->cls & LEX_T) && name_word(d, t + 1 + (tok_is(d, t + 1, ".") ? 1 : 0)) && !title_of_org(d, t)) {
            size_t next;
            *rc = titled_person(d, t, d->toks.n, reg, nreg, &next);
            return next;
        }
        if (!lx || !(lx->cls & LEX_D))
            if (!tok_is(d, t, "north") && !tok_is(d, t, "south"))
                break;
    }
    if (e == k)
        return k + 1;
    for (size_t i = k; i < e; i++)
        if (tally_doc_in_timex(d, i))
            return e; /* "Last August", "Monday" */
    bool org = false;
    for (size_t i = k; i < e; i++)
        org |= org_head(d, i);
    if (org) {
        *rc = organisation(d, g, k, e);
        return e;
    }
    size_t after = place_at(d, g, k, e, rc);
    if (after > k || *rc != TALLY_OK)
        return after;
    size_t pe = name_run(d, k, d->toks.n, false);
    bool person = false;
    const char *name = tally_entity_canon(d, k, pe, &person);
    if (person)
        *rc = add(d, k, pe, name, "person");
    else if (pe == k + 1 && (d->toks.v[k].flags & TOKF_ALLCAP) && !dateline(d, k, pe)) {
        const char *acr = text_of(d, k, pe); /* an acronym: linked by the store */
        size_t end;
        *rc = add(d, k, pe, acr, "organization");
        if (*rc == TALLY_OK && pe < d->toks.n && d->toks.v[pe].kind == TOK_APOS_S && owned_body(d, pe, &end))
            *rc = add(d, k, end, acr, "organization"); /* "the BBC's Russian service" */
    }
    return pe;
}

/* "Ukrainian intelligence": the country of a demonym before "intelligence". */
static const char *demonym_body(tally_doc *d, size_t k)
{
    const tally_lex *lx = tok_lex(d, k);
    if (!lx || !(lx->cls & LEX_D) || !lx->country || !tok_is(d, k + 1, "intelligence"))
        return NULL;
    if (k > 0 && (tok_is(d, k - 1, "north") || tok_is(d, k - 1, "south"))) {
        char buf[64];
        snprintf(buf, sizeof buf, "%.*s %s", (int)tok_n(d, k - 1), tok_s(d, k - 1), lx->country);
        return tally_arena_strdup(&d->arena, buf);
    }
    return lx->country;
}

int tally_mentions_find(tally_doc *d, const tally_gaz *g)
{
    titled reg[32];
    size_t nreg = 0;
    int rc = TALLY_OK;
    for (size_t k = 0; rc == TALLY_OK && k < d->toks.n;) {
        const tally_lex *lx = tok_lex(d, k);
        const char *who;
        size_t next = k + 1;
        if (lx && (lx->cls & LEX_T) && !tok_function(d, k) && !title_of_org(d, k))
            rc = titled_person(d, k, d->toks.n, reg, &nreg, &next);
        else if ((who = description(d, k, reg, nreg)))
            rc = add(d, k, k + 3, who, "person"), next = k + 3;
        else if ((who = the_compass(d, k)))
            rc = add(d, k, k + 2, who, "country"), next = k + 2;
        else if ((who = demonym_body(d, k)))
            rc = described_body(d, k, k + 2, who, "intelligence"), next = k + 2;
        else if (name_word(d, k) && is_area(d, k + 1))
            rc = region(d, k, &next);
        else if (name_word(d, k) || ((d->toks.v[k].flags & TOKF_ALLCAP) && d->toks.v[k].kind == TOK_WORD))
            next = run_at(d, g, k, reg, &nreg, &rc);
        k = next > k ? next : k + 1;
    }
    return rc;
}
