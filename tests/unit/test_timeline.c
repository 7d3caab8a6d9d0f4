/* test_timeline.c — claims from a store become timelines: echoes merge into one claim with every article,
 * killed + wounded are summed only where one article states both, and a falling figure is flagged once,
 * against the highest its source gave before. */
#include "tally.h"
#include "test.h"
#include "timeline.h"
#include <stdlib.h>
#include <unistd.h>

static char dir[] = "/tmp/tally-test-timeline-XXXXXX";

typedef struct article {
    const char *id, *published, *text;
} article;

/* A new store at dir/name holding the articles. */
static tally_store *store_of(tally_ctx *ctx, const char *name, const article *arts, size_t n)
{
    char p[128];
    snprintf(p, sizeof p, "%s/%s", dir, name);
    tally_store *st = NULL;
    CHECK(tally_store_open(ctx, p, &st) == TALLY_OK);
    CHECK(st && tally_store_begin(st) == TALLY_OK);
    for (size_t i = 0; st && i < n; i++) {
        tally_article a = {.id = arts[i].id, .published = arts[i].published, .text = arts[i].text,
                           .text_len = strlen(arts[i].text)};
        tally_doc *d = NULL;
        bool added = false;
        CHECK(tally_doc_extract(ctx, &a, &d) == TALLY_OK);
        CHECK(d && tally_store_add(st, d, &added) == TALLY_OK && added);
        tally_doc_free(d);
    }
    CHECK(st && tally_store_commit(st) == TALLY_OK);
    return st;
}

/* The timeline of a new store holding the articles; tl_done releases all three. */
typedef struct tl_run {
    tally_ctx *ctx;
    tally_store *st;
    tally_timeline *t;
} tl_run;

static tl_run tl_build(const char *name, const article *arts, size_t n)
{
    tl_run r = {.ctx = tally_ctx_new()};
    r.st = store_of(r.ctx, name, arts, n);
    CHECK(r.st && tally_timeline_build(r.ctx, r.st, NULL, &r.t) == TALLY_OK);
    return r;
}

static void tl_done(tl_run *r)
{
    tally_timeline_free(r->t);
    tally_store_close(r->st);
    tally_ctx_free(r->ctx);
}

static size_t checks_of(const tally_timeline *t, const char *kind)
{
    size_t n = 0;
    for (size_t i = 0; i < t->checks.n; i++)
        n += strcmp(t->checks.v[i].kind, kind) == 0;
    return n;
}

static size_t claims_of(const tally_timeline *t, const char *what)
{
    size_t n = 0;
    for (size_t i = 0; i < t->claims.n; i++)
        n += strcmp(t->claims.v[i].what, what) == 0;
    return n;
}

static void falls_are_flagged_once_against_the_highest(void)
{
    const article arts[] = {
        {"f1", "2031-03-01", "300 people were killed in Varnholm, the health ministry said."},
        {"f2", "2031-03-05", "200 people were killed in Varnholm, the health ministry said."},
        {"f3", "2031-03-09", "100 people were killed in Varnholm, the health ministry said."},
    };
    tl_run r = tl_build("falls.db", arts, 3);
    const tally_timeline *t = r.t;
    CHECK(t && claims_of(t, "killed") == 3);
    CHECK(t && checks_of(t, "falls") == 2); /* 300 to 200 and 300 to 100; 200 to 100 adds nothing */
    for (size_t i = 0; t && i < t->checks.n; i++)
        CHECK(strstr(t->checks.v[i].text, "killed 300 (2031-03-01) falls to") != NULL);
    tl_done(&r);
}

static void killed_and_wounded_are_summed_within_one_article(void)
{
    const article arts[] = {
        {"s1", "2031-03-01", "12 people were killed and 30 wounded in Varnholm, the health ministry said."},
        {"s2", "2031-03-01", "7 people were killed in Varnholm, the health ministry said."},
        {"s3", "2031-03-01", "19 people were wounded in Varnholm, the health ministry said."},
    };
    tl_run r = tl_build("sums.db", arts, 3);
    const tally_timeline *t = r.t;
    CHECK(t && claims_of(t, "casualties") == 1); /* not 7 + 30, 12 + 19 or 7 + 19 */
    for (size_t i = 0; t && i < t->claims.n; i++)
        if (strcmp(t->claims.v[i].what, "casualties") == 0) {
            CHECK_NUM(t->claims.v[i].low, 42);
            CHECK(t->claims.v[i].sum_of != NULL);
        }
    tl_done(&r);
}

/* Two hundred outlets print one wire sentence: one claim with two hundred articles behind it. */
static void echoes_merge_into_one_claim(void)
{
    enum { N = 200 };
    article arts[N];
    char ids[N][8], texts[N][160]; /* the store takes one copy of a text: each outlet adds its own line */
    for (size_t i = 0; i < N; i++) {
        snprintf(ids[i], sizeof ids[i], "e%zu", i);
        snprintf(texts[i], sizeof texts[i], "Outlet %zu.\n\nAt least 64 soldiers were killed in Varnholm, the "
                 "defence ministry said on Monday.", i);
        arts[i] = (article){ids[i], i % 2 ? "2031-03-05" : "2031-03-04", texts[i]};
    }
    tl_run r = tl_build("echo.db", arts, N);
    const tally_timeline *t = r.t;
    CHECK(t && t->claims.n == 1);
    CHECK(t && t->claims.n && t->claims.v[0].narticles == N && t->claims.v[0].ev.n == N);
    CHECK(t && t->claims.n && strcmp(t->claims.v[0].first_doc, "e0") == 0);
    tl_done(&r);
}

/* "police" in one shooting and "police" in another are two tellers: no merge, no fall between them; a named
 * force ("Varnholm police") is one teller wherever it speaks. Without the events stage each article is its
 * own event. */
static void generic_sources_speak_per_event(void)
{
    const article arts[] = {
        {"g1", "2031-03-01", "At the fair.\n\nFour people were killed in the shooting, police said."},
        {"g2", "2031-03-02", "At the mall.\n\nFour people were killed in the shooting, police said."},
        {"g3", "2031-03-09", "At the port.\n\nTwo people were killed in the shooting, police said."},
        {"n1", "2031-03-01", "On the bridge.\n\nFour people were killed in the crash, Varnholm police said."},
        {"n2", "2031-03-02", "On the road.\n\nFour people were killed in the crash, Varnholm police said."},
    };
    tl_run r = tl_build("generic.db", arts, 5);
    const tally_timeline *t = r.t;
    CHECK(t && claims_of(t, "killed") == 4); /* g1, g2, g3 apart; n1 and n2 one claim */
    CHECK(t && checks_of(t, "falls") == 0);
    for (size_t i = 0; t && i < t->claims.n; i++)
        CHECK(t->claims.v[i].narticles == (strcmp(t->claims.v[i].source, "Varnholm police") == 0 ? 2u : 1u));
    tl_done(&r);
}

/* Parts are checked against a total of the same statement: the same source that day, or the same article. */
static void parts_checked_against_the_same_statement(void)
{
    const article arts[] = {
        {"p1", "2031-03-01", "12 people were killed and 30 wounded in Varnholm, the health ministry said."},
        {"p2", "2031-03-01", "In all, 45 people were killed or injured in Varnholm, the health ministry said."},
        {"p3", "2031-03-03", "In all, 60 people were killed or injured in Varnholm, the health ministry said."},
    };
    tl_run r = tl_build("parts.db", arts, 3);
    const tally_timeline *t = r.t;
    CHECK(t && checks_of(t, "parts") == 1); /* 42 against 45 that day; the 60 two days on is a new figure */
    for (size_t i = 0; t && i < t->checks.n; i++)
        CHECK(strstr(t->checks.v[i].text, "against 45 casualties") != NULL && !t->checks.v[i].ok);
    tl_done(&r);
}

/* The timeline of r as text (empty when it was not built); the caller frees it. */
static tally_buf text_of(const tl_run *r)
{
    tally_buf b = {0};
    if (r->t)
        tally_timeline_text(r->t, &b);
    return b;
}

static bool has_line(const char *text, const char *line)
{
    return text && strstr(text, line) != NULL;
}

/* A source's revisions chain its own figures; "police" of one shooting does not revise "police" of another
 * (here each article is its own event). */
static void revisions_follow_one_teller(void)
{
    const article arts[] = {
        {"r1", "2031-03-01", "At the fair.\n\nFour people were killed in the shooting, police said."},
        {"r2", "2031-03-02", "At the mall.\n\nSix people were killed in the shooting, police said."},
        {"r3", "2031-03-01", "300 people were killed in Varnholm, the health ministry said."},
        {"r4", "2031-03-05", "320 people were killed in Varnholm, the health ministry said."},
    };
    tl_run r = tl_build("revisions.db", arts, 4);
    tally_buf b = text_of(&r);
    CHECK(has_line(b.s, "revision: health ministry 300 (2031-03-01) \xE2\x86\x92 320 (2031-03-05)\n"));
    CHECK(b.s && !strstr(b.s, "revision: police") && !strstr(b.s, "revision: Police"));
    tally_buf_free(&b);
    tl_done(&r);
}

static const tl_quantity *quantity_at(const tally_timeline *t, const char *where, const char *who)
{
    for (size_t k = 0; t && k < t->qty.n; k++)
        if (t->qty.v[k].scope && strcmp(t->qty.v[k].scope, where) == 0 && t->qty.v[k].who &&
            strcmp(t->qty.v[k].who, who) == 0)
            return &t->qty.v[k];
    return NULL;
}

/* People counted with no place are a quantity of their event (here each article is one); a town the
 * gazetteer does not know still gathers its counts; a named group, and things counted, span events. */
static void bare_groups_stay_in_their_event(void)
{
    const article arts[] = {
        {"b1", "2031-03-01", "Four people were killed in the shooting, police said."},
        {"b2", "2031-03-02", "Six people were killed in the shooting, police said."},
        {"b3", "2031-03-03", "Nine people were killed in Tarvik, the mayor said."},
        {"b4", "2031-03-04", "Eleven people were killed in Tarvik, the mayor said."},
        {"k1", "2031-03-05", "The ministry said 40 Velmoran soldiers were killed."},
        {"k2", "2031-03-06", "The ministry said 55 Velmoran soldiers were killed."},
        {"c1", "2031-03-07", "About 7,000 containers of shells were shipped, officials said."},
        {"c2", "2031-03-08", "Some 9,000 containers of shells have been shipped, officials said."},
    };
    tl_run r = tl_build("bare.db", arts, 8);
    const tally_timeline *t = r.t;
    CHECK(t && t->qty.n == 5); /* the containers, counted with no group, are one quantity across events */
    const tl_quantity *town = quantity_at(t, "Tarvik", "people");
    CHECK(town && town->members.n == 2 && town->event == 0);
    size_t per_event = 0, named = 0;
    for (size_t k = 0; t && k < t->qty.n; k++) {
        per_event += t->qty.v[k].event != 0 && t->qty.v[k].members.n == 1;
        named += t->qty.v[k].event == 0 && t->qty.v[k].members.n == 2 && t->qty.v[k].who &&
                 strstr(t->qty.v[k].who, "Velmoran") != NULL;
    }
    CHECK(per_event == 2 && named == 1);
    tl_done(&r);
}

/* A count naming no place joins the town its event gives the same count: one quake, one quantity. */
static void unplaced_counts_take_their_event_town(void)
{
    const article arts[] = {
        {"t1", "2031-03-01", "The death toll rose to 120 on Monday, the agency said.\n\n"
                             "Later, 150 people were killed in Tarvik, the agency said."},
        {"t2", "2031-03-02", "At the fair.\n\nFour people were killed in the shooting, police said."},
    };
    tl_run r = tl_build("town.db", arts, 2);
    const tally_timeline *t = r.t;
    const tl_quantity *town = quantity_at(t, "Tarvik", "people");
    CHECK(town && town->members.n == 2);
    CHECK(t && t->qty.n == 2); /* the shooting's four stay in their own event */
    tl_done(&r);
}

/* A count of a few days beside running totals is marked and left out of the spread and the order checks; a
 * count of one day, or a quantity with no running total, stays an estimate. */
static void counts_of_a_few_days_are_increments(void)
{
    const article arts[] = {
        {"i1", "2031-03-10", "More than 3,000 people have been killed in Varnholm since the war began, the health "
                             "ministry said."},
        {"i2", "2031-03-12", "The health ministry said 45 people were killed in Varnholm in the past 24 hours."},
        {"i3", "2031-03-12", "3,200 people have been killed in Varnholm, the health ministry said."},
    };
    tl_run r = tl_build("increments.db", arts, 3);
    tally_buf b = text_of(&r);
    CHECK(has_line(b.s, "45\xE2\x80\xA0"));
    CHECK(has_line(b.s, "\xE2\x80\xA0 counts of a few days, left out of the spread: 45 (2031-03-11/2031-03-12)\n"));
    CHECK(has_line(b.s, "spread: lowest 3,000"));
    CHECK(r.t && checks_of(r.t, "falls") == 0); /* 45 after 3,000 is no fall */
    tally_buf_free(&b);
    tl_done(&r);
    const article week[] = {
        {"w1", "2031-03-10", "More than 3,000 people have been killed in Varnholm, the health ministry said."},
        {"w2", "2031-03-12", "The health ministry said 3,100 people were killed in Varnholm last week."},
    };
    r = tl_build("increments-week.db", week, 2);
    b = text_of(&r);
    CHECK(b.s && !strstr(b.s, "\xE2\x80\xA0") && has_line(b.s, "highest 3,100")); /* a week is no increment */
    tally_buf_free(&b);
    tl_done(&r);
    const article alone[] = {
        {"j1", "2031-03-12", "The health ministry said 45 people were killed in Varnholm in the past 24 hours."},
        {"j2", "2031-03-12", "Police said 40 people were killed in Varnholm in the past 24 hours."},
    };
    r = tl_build("increments-alone.db", alone, 2);
    b = text_of(&r);
    CHECK(b.s && !strstr(b.s, "\xE2\x80\xA0") && has_line(b.s, "spread: lowest 40"));
    tally_buf_free(&b);
    tl_done(&r);
}

int main(void)
{
    if (!mkdtemp(dir))
        return 1;
    RUN(falls_are_flagged_once_against_the_highest);
    RUN(killed_and_wounded_are_summed_within_one_article);
    RUN(echoes_merge_into_one_claim);
    RUN(generic_sources_speak_per_event);
    RUN(parts_checked_against_the_same_statement);
    RUN(revisions_follow_one_teller);
    RUN(bare_groups_stay_in_their_event);
    RUN(unplaced_counts_take_their_event_town);
    RUN(counts_of_a_few_days_are_increments);
    char cmd[160];
    snprintf(cmd, sizeof cmd, "rm -rf %s", dir);
    if (system(cmd) != 0)
        fprintf(stderr, "could not remove %s\n", dir);
    TEST_END();
}
