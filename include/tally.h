/*
 * tally.h — quantitative claims from news text: the whole public API.
 *
 * Memory ownership (one rule for every call):
 *   - The caller owns what it passes in; tally keeps nothing past a call unless documented.
 *   - Results (numbers, dates, claims and their strings) are owned by the object that produced them
 *     (a tally_ctx for the stage scanners, a tally_doc for claims) and stay valid until the next call
 *     on that object, or until it is freed.
 *   - Spans are byte offsets into the text exactly as given, end exclusive, never copies.
 *   - Every _new has a _free that accepts NULL.
 *
 * Errors: fallible calls return int (TALLY_OK = 0, else a TALLY_E* code); the message, with a byte position
 * for input errors, is kept in the context: tally_errmsg(ctx). Text is never an error: any article yields
 * zero or more claims. Statuses are for I/O, memory, options and the database.
 *
 * Threads: there is no global mutable state. A tally_ctx and everything made from it belong to one thread
 * at a time; separate contexts may run in separate threads.
 *
 * Example:
 *   tally_ctx *ctx = tally_ctx_new();
 *   tally_article a = {.id = "a1", .published = "2024-12-19", .text = s, .text_len = strlen(s)};
 *   tally_doc *doc = NULL;
 *   if (tally_doc_extract(ctx, &a, &doc) == TALLY_OK)
 *       for (size_t i = 0; i < tally_doc_nclaims(doc); i++)
 *           printf("%s %g\n", tally_doc_claim(doc, i)->what, tally_doc_claim(doc, i)->low);
 *   tally_doc_free(doc);
 *   tally_ctx_free(ctx);
 */
#ifndef TALLY_H
#define TALLY_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

#if defined(__GNUC__)
#define TALLY_API __attribute__((visibility("default")))
#else
#define TALLY_API
#endif

#define TALLY_VERSION "0.1.0"

/* Status codes. */
enum {
    TALLY_OK = 0,
    TALLY_ENOMEM,  /* out of memory */
    TALLY_EIO,     /* a file could not be read or written */
    TALLY_EINPUT,  /* input malformed beyond use (truncated JSON, not UTF-8 where required) */
    TALLY_EDB,     /* database locked, corrupt, or not a tally database */
    TALLY_EOPT,    /* a bad option or argument */
    TALLY_DONE     /* a callback asks to stop; mapped back to TALLY_OK by the caller */
};

/* How a number is bounded: "=", "~", ">=", ">", "<=", "<", "range". */
typedef enum {
    TALLY_BOUND_EQ,
    TALLY_BOUND_APPROX,
    TALLY_BOUND_GE,
    TALLY_BOUND_GT,
    TALLY_BOUND_LE,
    TALLY_BOUND_LT,
    TALLY_BOUND_RANGE
} tally_bound;

/* What a number is: a count of things, a share in percent, money, a physical measure, an ordinal. */
typedef enum {
    TALLY_NUM_COUNT,
    TALLY_NUM_SHARE,
    TALLY_NUM_MONEY,
    TALLY_NUM_MEASURE,
    TALLY_NUM_ORDINAL
} tally_numkind;

/* A number mention. An open end is NAN (isnan); for "=" and "~" low == high. */
typedef struct tally_number {
    size_t start, end;         /* the whole mention, bound words included ("at least 100") */
    size_t num_start, num_end; /* the value's own words or digits ("100") */
    double low, high;          /* the interval the words allow; NAN = open */
    tally_bound bound;
    tally_numkind kind;
    bool approx;               /* hedged: about, around, some, an estimated, several, dozens */
    size_t unit_start, unit_end; /* the unit words of a share/money/measure ("mm", "per cent"), else 0,0 */
} tally_number;

/* A time expression, TIMEX3 style. */
typedef enum { TALLY_TIMEX_DATE, TALLY_TIMEX_TIME, TALLY_TIMEX_DURATION, TALLY_TIMEX_SET } tally_timex_type;

/* Granularity of a DATE value. */
typedef enum {
    TALLY_GRAN_NONE, TALLY_GRAN_DAY, TALLY_GRAN_WEEK, TALLY_GRAN_MONTH, TALLY_GRAN_SEASON,
    TALLY_GRAN_QUARTER, TALLY_GRAN_HALF, TALLY_GRAN_YEAR, TALLY_GRAN_DECADE, TALLY_GRAN_CENTURY
} tally_gran;

/* Days are counted from 1970-01-01 (day 0), proleptic Gregorian; TALLY_NODAY means none. */
#define TALLY_NODAY INT32_MIN

typedef struct tally_timex {
    size_t start, end;
    tally_timex_type type;
    tally_gran gran;
    char value[48];            /* TIMEX3 value: 2024-12-16, 2024-12, 2024-W51, 2024-FA, P2M, PAST_REF … */
    int32_t first, last;       /* for a DATE: the first and last day it covers; else TALLY_NODAY */
} tally_timex;

typedef struct tally_span {
    size_t start, end;
} tally_span;

/* A part of a claim's total the article tells of the same incident and measure ("two of them critically
 * wounded", "one woman was hurt and the other …"): kept with the total as evidence, not a claim of its own. */
typedef struct tally_part {
    tally_span span;           /* the part's count; in the title when its claim is the headline's alone */
    double low, high;
    const char *what;          /* its measure: "wounded" may be part of a total "shot" */
} tally_part;

/* A quantitative claim. Strings are owned by the tally_doc; NULL where unknown. */
typedef struct tally_claim {
    tally_span span;           /* the number with its bound words */
    double low, high;          /* NAN = open */
    tally_bound bound;
    const char *unit;          /* what one counts: "person", "container" … */
    const char *what;          /* canonical measure: killed, wounded, casualties, missing, captured, deployed … */
    const char *who;           /* the group counted: "North Korean military" */
    const char *where;         /* the place: "Kursk" */
    const char *source;        /* canonical name of who holds the figure */
    tally_span source_span;    /* the words naming the source in this text; 0,0 when none */
    const char *speaker;       /* who said it, when not the source (Lee for "Lee said, citing the NIS") */
    const char *const *via;    /* relays, innermost first (agency, then outlet) */
    size_t nvia;
    char said[24];             /* ISO date as precise as the text allows, "" when unknown */
    char period[48];           /* the time the count covers: "2024-12-14/2024-12-15", "" when none */
    const tally_span *evidence; /* every place this claim is stated in the article (span first) */
    size_t nevidence;
    const tally_part *parts;   /* parts of this total told apart in the article, in text order */
    size_t nparts;
    const char *rule;          /* the rule that made the claim (for --explain) */
    double share;              /* a share in percent stated with the count ("36% of the force"); NAN if none */
    size_t ntitle;             /* the last ntitle evidence spans are offsets into the article's title, not its
                                  text; when all are, so is span (a figure only the headline gives) */
    bool part;                 /* a part of a larger figure: a subgroup after "including" ("500 officers" of
                                  "12 000 soldiers"), a place or time "alone"; not an estimate of the whole */
    tally_span whole;          /* the whole's number, when the article states it; 0,0 otherwise */
} tally_claim;

/* An article as given to tally. Only text is required; published is "YYYY-MM-DD…" or NULL. */
typedef struct tally_article {
    const char *id;
    const char *url;
    const char *outlet;
    const char *published;
    const char *title;
    const char *text;
    size_t text_len;
    int64_t event;      /* set by tally_store_each_claim: the stored article's event (never 0); else unused */
} tally_article;

typedef struct tally_ctx tally_ctx;
typedef struct tally_doc tally_doc;

/* Context: holds error messages and scratch memory. Returns NULL only when out of memory. */
TALLY_API tally_ctx *tally_ctx_new(void);
TALLY_API void tally_ctx_free(tally_ctx *ctx);
/* The last error's message; "" when none. Valid until the next call on ctx. */
TALLY_API const char *tally_errmsg(const tally_ctx *ctx);
/* A static description of a status code. */
TALLY_API const char *tally_errstr(int code);
/* "=", "~", ">=", ">", "<=", "<", "range". */
TALLY_API const char *tally_bound_str(tally_bound b);
TALLY_API const char *tally_numkind_str(tally_numkind k);
TALLY_API const char *tally_timex_type_str(tally_timex_type t);

/* Stage: numbers in text. *out is owned by ctx, valid until the next call on ctx. */
TALLY_API int tally_numbers(tally_ctx *ctx, const char *s, size_t len, const tally_number **out, size_t *count);

/* Stage: time expressions, resolved against published ("YYYY-MM-DD"; NULL = undated, relative ones stay
 * unresolved). *out is owned by ctx, valid until the next call on ctx. */
TALLY_API int tally_dates(tally_ctx *ctx, const char *s, size_t len, const char *published,
                          const tally_timex **out, size_t *count);

/* Day number <-> calendar date. */
TALLY_API int32_t tally_day_from_ymd(int y, int m, int d);
TALLY_API void tally_day_to_ymd(int32_t day, int *y, int *m, int *d);
/* Parses "YYYY-MM-DD" (more may follow); TALLY_NODAY when it is not a date. */
TALLY_API int32_t tally_day_parse(const char *s);

/* The whole pipeline over one article: claims with attribution and dates. On success *out is a new doc
 * the caller frees with tally_doc_free. Text is never an error; invalid UTF-8 is read as Latin-1 bytes and
 * reported by tally_doc_warning. */
TALLY_API int tally_doc_extract(tally_ctx *ctx, const tally_article *a, tally_doc **out);
TALLY_API void tally_doc_free(tally_doc *doc);
TALLY_API size_t tally_doc_nclaims(const tally_doc *doc);
TALLY_API const tally_claim *tally_doc_claim(const tally_doc *doc, size_t i);
/* The article as copied into the doc (its text and metadata). */
TALLY_API const tally_article *tally_doc_article(const tally_doc *doc);
/* A note about the input ("invalid UTF-8 at byte 123"), or NULL. */
TALLY_API const char *tally_doc_warning(const tally_doc *doc);

/* Names unified across the articles of one stream, without a database (what `tally extract` does): a name of
 * two words or more stands for every later name spelt alike under tally's spelling-insensitive key
 * (Zelenskyy, then Zelensky), so one run names one person one way. The first spelling met wins, because what
 * was written out cannot change; the store instead keeps an entity's longest spelling. At most 1,048,576
 * names are kept; later new ones pass as they are. */
typedef struct tally_names tally_names;
/* NULL only when out of memory. */
TALLY_API tally_names *tally_names_new(void);
TALLY_API void tally_names_free(tally_names *n);
/* *out = the spelling met first of name (valid while n lives), or name itself when it is new, of one word or
 * NULL. TALLY_OK, or TALLY_ENOMEM with *out = name. */
TALLY_API int tally_names_unify(tally_names *n, const char *name, const char **out);

/* The store: one SQLite file holding articles, claims with their evidence, entities and aliases, events.
 * Opening creates or migrates the schema; a file that is not a tally database is refused (TALLY_EDB). */
typedef struct tally_store tally_store;
TALLY_API int tally_store_open(tally_ctx *ctx, const char *path, tally_store **out);
TALLY_API void tally_store_close(tally_store *st);
/* Transactions: everything added between begin and commit lands together or not at all. */
TALLY_API int tally_store_begin(tally_store *st);
TALLY_API int tally_store_commit(tally_store *st);
TALLY_API void tally_store_rollback(tally_store *st);
/* Adds an extracted article. An article whose text was stored before (same content hash) changes nothing
 * and sets *added = false; a new version of a stored id replaces the old one. */
TALLY_API int tally_store_add(tally_store *st, const tally_doc *doc, bool *added);
/* Calls fn for every stored claim, in article order, with its article (id, text, metadata). fn returns
 * TALLY_OK to go on, TALLY_DONE to stop. Both are valid during the call only. */
typedef int (*tally_claim_fn)(void *arg, const tally_article *a, const tally_claim *c);
TALLY_API int tally_store_each_claim(tally_store *st, tally_claim_fn fn, void *arg);

/* Calls fn for every entity (person, organization, country, place, or a source as named) with its
 * mention count and distinct surface forms ("a|b|c"). Valid during the call only. */
typedef int (*tally_entity_fn)(void *arg, const char *name, const char *kind, size_t mentions, const char *aliases);
TALLY_API int tally_store_each_entity(tally_store *st, tally_entity_fn fn, void *arg);

/* Checks that s is valid UTF-8. Returns true, or false with *bad set to the first bad byte's offset. */
TALLY_API bool tally_utf8_check(const char *s, size_t len, size_t *bad);

#ifdef __cplusplus
}
#endif
#endif
