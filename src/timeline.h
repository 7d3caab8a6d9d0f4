/* timeline.h — claims merged across articles, quantities, timelines and consistency checks. */
#ifndef TALLY_TIMELINE_H
#define TALLY_TIMELINE_H
#include "arena.h"
#include "buf.h"
#include "ctx.h"
#include "vec.h"
#include "keyidx.h"

typedef struct tl_evidence {
    const char *doc;
    size_t article;            /* the article's place in load order: a claim's evidence is in that order */
    size_t start, end;
} tl_evidence;

/* One claim, merged over every article that states it. Strings live in the timeline's arena. */
typedef struct tl_claim {
    double low, high, share;
    tally_bound bound;
    const char *what, *who, *where, *source, *via, *said, *span;
    const char *country;       /* the country the place lies in, when the gazetteer knows the place */
    int64_t scope;             /* a generic source ("Police", "officials") is one teller only within one event:
                                * that event; 0 for a named source */
    int64_t event;             /* the event of the article that first gave it */
    bool people;               /* it counts persons (not containers, shells) */
    bool part;                 /* a part of a larger figure: listed, but not an estimate of the quantity */
    const char *period;        /* the time the count covers, as the claim gives it ("2024-12-14/2024-12-15") */
    bool increment;            /* a count of a few days beside running totals ("30 on December 14-15"): listed,
                                * but not an estimate of the total */
    const char *whole;         /* the whole's words when the article states them ("approximately 12 000") */
    const char *sum_of;        /* a casualty figure derived as killed + wounded: "300 killed + 2,700 wounded" */
    int32_t said_day;          /* the said-date as a day (a month's middle when only the month is known) */
    int32_t first_published;   /* earliest publication among its articles */
    const char *first_doc;     /* the article that reported it first */
    size_t narticles;
    TALLY_VEC(tl_evidence) ev;
} tl_claim;

/* A part or an increment: listed with its quantity, but no estimate of it (no spread, revision or order check). */
static inline bool tl_aside(const tl_claim *c) { return c->part || c->increment; }

typedef struct tl_quantity {
    const char *who, *what;
    const char *scope;         /* the place every member names, else their country; NULL when none known */
    const char *country;       /* for a bare group in a place the gazetteer does not know: that place */
    int64_t event;             /* a quantity of one event (people counted with no known place); 0 for any */
    bool places_differ;        /* in a quantity of one event: its members name different places */
    TALLY_VEC(size_t) members; /* indexes into claims, by said-date */
} tl_quantity;

typedef struct tl_check {
    bool ok;
    const char *kind;          /* parts, share, falls, bounds */
    const char *text;
} tl_check;

typedef struct tally_timeline {
    tally_arena arena;
    TALLY_VEC(tl_claim) claims;
    TALLY_VEC(tl_quantity) qty;
    TALLY_VEC(tl_check) checks;
    struct tally_gaz *gaz;     /* while loading: places to countries */
    const char *doc;           /* while loading: the article being loaded, and its place in load order */
    size_t narticles;
    tally_keyidx merged;       /* while loading: claims by what merging compares (see merge_key) */
    tally_keyidx qkeys, qcountries; /* while grouping: quantities by measure, group and country */
    tally_keyidx placed;       /* while grouping: claims with a country by event, measure and group */
    int64_t first_event;       /* the first event a quantity is scoped to, and whether another one is: */
    bool events_apart;         /* only then do the quantities' headers name their event */
} tally_timeline;

/* Loads every stored claim, merges repeats across articles, and groups the claims whose group, measure,
 * place or source contains query (all when NULL or "") into quantities with their checks. A quantity is
 * (group, measure, place scope): places roll up into their country (Kursk into Russia). A claim naming no
 * place the gazetteer knows joins its group and measure's only country, if there is one; but when it counts
 * a bare group ("people", "civilians"), it joins the country its own event gives those counts, else the
 * place it names, else a quantity of its event alone: the victims of two shootings are not two estimates of
 * one figure. */
int tally_timeline_build(tally_ctx *ctx, tally_store *st, const char *query, tally_timeline **out);
void tally_timeline_free(tally_timeline *t);

/* Two claims of one teller: the same source (case aside) in the same scope; the hash files claims so that
 * every claim of one teller shares it. */
bool tally_timeline_same_teller(const tl_claim *a, const tl_claim *b);
uint64_t tally_timeline_teller_hash(const tl_claim *c);

/* A claim's interval as a reader writes it: "≥100", "~1,000", "200–900", "≤12,000". */
void tally_timeline_estimate(const tl_claim *c, char *out, size_t cap);
/* 12000 → "12,000"; non-integers keep one decimal. */
void tally_timeline_number(double v, char *out, size_t cap);

/* The timeline for a terminal, and as JSON Lines (one quantity a line, then one check a line). */
void tally_timeline_text(const tally_timeline *t, tally_buf *b);
void tally_timeline_jsonl(const tally_timeline *t, tally_buf *b);
#endif
