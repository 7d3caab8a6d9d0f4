/* test_store.c — schema creation, adding, idempotent re-ingest, replacement, refusal of foreign files. */
#include "tally.h"
#include "test.h"
#include <sqlite3.h>
#include <stdlib.h>
#include <unistd.h>

static char dir[] = "/tmp/tally-test-store-XXXXXX";

static const char *path(const char *name)
{
    static char p[128];
    snprintf(p, sizeof p, "%s/%s", dir, name);
    return p;
}

static tally_doc *extract(tally_ctx *ctx, const char *id, const char *text)
{
    tally_article a = {.id = id, .published = "2031-04-09", .text = text, .text_len = strlen(text)};
    tally_doc *d = NULL;
    CHECK(tally_doc_extract(ctx, &a, &d) == TALLY_OK);
    return d;
}

static int count(void *arg, const tally_article *a, const tally_claim *c)
{
    (void)a;
    (void)c;
    ++*(int *)arg;
    return TALLY_OK;
}

static int claims_in(tally_store *st)
{
    int n = 0;
    CHECK(tally_store_each_claim(st, count, &n) == TALLY_OK);
    return n;
}

static void add_then_add_again(void)
{
    tally_ctx *ctx = tally_ctx_new();
    tally_store *st = NULL;
    CHECK(tally_store_open(ctx, path("a.db"), &st) == TALLY_OK);
    tally_doc *d = extract(ctx, "a1", "At least 42 people were killed, the governor said.");
    bool added = false;
    CHECK(tally_store_begin(st) == TALLY_OK);
    CHECK(tally_store_add(st, d, &added) == TALLY_OK && added);
    CHECK(tally_store_commit(st) == TALLY_OK);
    CHECK(claims_in(st) == 1);
    CHECK(tally_store_begin(st) == TALLY_OK);
    CHECK(tally_store_add(st, d, &added) == TALLY_OK && !added);
    CHECK(tally_store_commit(st) == TALLY_OK);
    CHECK(claims_in(st) == 1);
    tally_doc_free(d);
    /* a new version of the same id replaces the old one */
    d = extract(ctx, "a1", "At least 50 people were killed and 9 injured, the governor said.");
    CHECK(tally_store_begin(st) == TALLY_OK);
    CHECK(tally_store_add(st, d, &added) == TALLY_OK && added);
    CHECK(tally_store_commit(st) == TALLY_OK);
    CHECK(claims_in(st) == 2);
    tally_doc_free(d);
    tally_store_close(st);
    /* reopening keeps everything and does not migrate again */
    CHECK(tally_store_open(ctx, path("a.db"), &st) == TALLY_OK);
    CHECK(claims_in(st) == 2);
    tally_store_close(st);
    tally_ctx_free(ctx);
}

/* What schema 6 added: entities' first and last key words. */
#define SINCE_SCHEMA_5                                                                                          \
    "DROP INDEX entities_first; DROP INDEX entities_last; ALTER TABLE entities DROP COLUMN first;"              \
    "ALTER TABLE entities DROP COLUMN last;"

/* What schemas 3 to 6 added: claims' parts and their wholes, the index of aliases by name, entities' words. */
#define SINCE_SCHEMA_2                                                                                          \
    "ALTER TABLE claims DROP COLUMN part; ALTER TABLE claims DROP COLUMN whole_start;"                          \
    "ALTER TABLE claims DROP COLUMN whole_end; ALTER TABLE claims DROP COLUMN parts;"                           \
    "DROP INDEX aliases_alias;" SINCE_SCHEMA_5

/* A store as an older tally left it (made now, then sql takes the newer schema away), opened again. */
static tally_store *older_store(tally_ctx *ctx, const char *name, const char *sql)
{
    tally_store *st = NULL;
    sqlite3 *db = NULL;
    CHECK(tally_store_open(ctx, path(name), &st) == TALLY_OK);
    tally_store_close(st);
    CHECK(sqlite3_open(path(name), &db) == SQLITE_OK);
    CHECK(sqlite3_exec(db, sql, NULL, NULL, NULL) == SQLITE_OK);
    sqlite3_close(db);
    st = NULL;
    CHECK(tally_store_open(ctx, path(name), &st) == TALLY_OK);
    return st;
}

/* Counts the claims whose every evidence span is in the title, and their title spans. */
static int headline_only(void *arg, const tally_article *a, const tally_claim *c)
{
    if (c->nevidence && c->ntitle == c->nevidence) {
        CHECK(a->title && c->span.end <= strlen(a->title));
        ++*(int *)arg;
    }
    return TALLY_OK;
}

/* A store of schema 1 (before headline evidence) is brought up to date, and a figure only the headline gives
 * is kept with its title offsets. */
static void headline_claims_kept_after_migration(void)
{
    tally_ctx *ctx = tally_ctx_new();
    tally_store *st = older_store(ctx, "c.db", "ALTER TABLE evidence DROP COLUMN in_title;" SINCE_SCHEMA_2
                                               "PRAGMA user_version = 1");
    const char *text = "Police said two men were killed at the pier.";
    tally_article a = {.id = "c1", .published = "2031-04-09", .title = "2 dead, 4 hurt in pier shooting",
                       .text = text, .text_len = strlen(text)};
    tally_doc *d = NULL;
    bool added = false;
    CHECK(tally_doc_extract(ctx, &a, &d) == TALLY_OK);
    CHECK(tally_store_begin(st) == TALLY_OK);
    CHECK(tally_store_add(st, d, &added) == TALLY_OK && added);
    CHECK(tally_store_commit(st) == TALLY_OK);
    int n = 0;
    CHECK(tally_store_each_claim(st, headline_only, &n) == TALLY_OK);
    CHECK(n == 1); /* 4 hurt: the body repeats the 2 dead */
    CHECK(claims_in(st) == 2);
    tally_doc_free(d);
    tally_store_close(st);
    tally_ctx_free(ctx);
}

/* Each claim's part flag and whole, in text order: "P" part of a stated whole, "A" part alone, "-" none. */
static int parts_of(void *arg, const tally_article *a, const tally_claim *c)
{
    char *out = arg;
    size_t n = strlen(out);
    out[n] = !c->part ? '-' : c->whole.end > c->whole.start ? 'P' : 'A';
    if (c->part && c->whole.end > c->whole.start)
        CHECK(strncmp(a->text + c->whole.start, "12,000", 6) == 0);
    return TALLY_OK;
}

/* Counts the claims holding one part of 1 killed, its span "One". */
static int parts_held(void *arg, const tally_article *a, const tally_claim *c)
{
    if (c->nparts == 1 && c->parts[0].low == 1 && c->parts[0].high == 1 && c->parts[0].what &&
        strcmp(c->parts[0].what, "killed") == 0 && strncmp(a->text + c->parts[0].span.start, "One", 3) == 0)
        ++*(int *)arg;
    return TALLY_OK;
}

/* A part and its whole survive the store, and a store of schema 2 gains the columns. */
static void parts_are_stored(void)
{
    tally_ctx *ctx = tally_ctx_new();
    tally_store *st = older_store(ctx, "p.db", SINCE_SCHEMA_2 "PRAGMA user_version = 2");
    tally_doc *d = extract(ctx, "p1", "Officials said 12,000 troops were deployed, including 400 officers and two "
                                      "generals. Another 30 were killed in Lorvik alone, officials said. Three people "
                                      "were killed at the pier, police said. One of them died at the scene.");
    bool added = false;
    CHECK(tally_store_begin(st) == TALLY_OK);
    CHECK(tally_store_add(st, d, &added) == TALLY_OK && added);
    CHECK(tally_store_commit(st) == TALLY_OK);
    char got[8] = "";
    CHECK(tally_store_each_claim(st, parts_of, got) == TALLY_OK);
    CHECK_STR(got, "-PPA-");
    int held = 0;
    CHECK(tally_store_each_claim(st, parts_held, &held) == TALLY_OK);
    CHECK(held == 1); /* "One of them" kept on the three killed */
    tally_doc_free(d);
    tally_store_close(st);
    tally_ctx_free(ctx);
}

static void rollback_leaves_nothing(void)
{
    tally_ctx *ctx = tally_ctx_new();
    tally_store *st = NULL;
    CHECK(tally_store_open(ctx, path("b.db"), &st) == TALLY_OK);
    tally_doc *d = extract(ctx, "b1", "Rescuers said 12 people were missing.");
    bool added;
    CHECK(tally_store_begin(st) == TALLY_OK);
    CHECK(tally_store_add(st, d, &added) == TALLY_OK);
    tally_store_rollback(st);
    CHECK(claims_in(st) == 0);
    tally_doc_free(d);
    tally_store_close(st);
    tally_ctx_free(ctx);
}

static void foreign_files_are_refused(void)
{
    tally_ctx *ctx = tally_ctx_new();
    tally_store *st = NULL;
    FILE *f = fopen(path("junk.db"), "w");
    fputs("not a database at all, just some text that is long enough to have a header", f);
    fclose(f);
    CHECK(tally_store_open(ctx, path("junk.db"), &st) == TALLY_EDB);
    CHECK(st == NULL);
    CHECK(strstr(tally_errmsg(ctx), "junk.db") != NULL);
    CHECK(tally_store_open(ctx, "/nonexistent-dir/x.db", &st) == TALLY_EDB);
    tally_ctx_free(ctx);
}

/* Whether the store file at name has an index called index. */
static bool has_index(const char *name, const char *index)
{
    sqlite3 *db = NULL;
    sqlite3_stmt *q = NULL;
    bool found = false;
    CHECK(sqlite3_open(path(name), &db) == SQLITE_OK);
    CHECK(sqlite3_prepare_v2(db, "SELECT 1 FROM sqlite_master WHERE type = 'index' AND name = ?1", -1, &q, NULL) ==
          SQLITE_OK);
    sqlite3_bind_text(q, 1, index, -1, SQLITE_STATIC);
    found = sqlite3_step(q) == SQLITE_ROW;
    sqlite3_finalize(q);
    sqlite3_close(db);
    return found;
}

/* A store of schema 4 gains the index that finds an acronym's entity without reading every alias. */
static void aliases_indexed_after_migration(void)
{
    tally_ctx *ctx = tally_ctx_new();
    tally_store *st = older_store(ctx, "i.db", "DROP INDEX aliases_alias;" SINCE_SCHEMA_5 "PRAGMA user_version = 4");
    tally_store_close(st);
    CHECK(has_index("i.db", "aliases_alias") && has_index("i.db", "entities_last"));
    tally_ctx_free(ctx);
}

/* A read inside a read of the same rows: the outer loop's statement is busy, so the inner one gets its own. */
static int count_inner(void *arg, const tally_article *a, const tally_claim *c)
{
    (void)c;
    tally_store *st = *(tally_store **)arg;
    int n = claims_in(st);
    CHECK(n == 2 && a->id != NULL);
    return TALLY_OK;
}

static void nested_reads_keep_their_places(void)
{
    tally_ctx *ctx = tally_ctx_new();
    tally_store *st = NULL;
    CHECK(tally_store_open(ctx, path("n.db"), &st) == TALLY_OK);
    for (int i = 0; i < 3; i++) { /* the kept statements serve one transaction after another */
        char id[16];
        snprintf(id, sizeof id, "n%d", i);
        tally_doc *d = extract(ctx, id, i == 2 ? "At least 42 people were killed, the governor said."
                                               : i ? "Officials said 9 people were injured." : "No figures today.");
        bool added = false;
        CHECK(tally_store_begin(st) == TALLY_OK);
        CHECK(tally_store_add(st, d, &added) == TALLY_OK && added);
        CHECK(tally_store_commit(st) == TALLY_OK);
        tally_doc_free(d);
    }
    int outer = 0;
    CHECK(tally_store_each_claim(st, count, &outer) == TALLY_OK && outer == 2);
    CHECK(tally_store_each_claim(st, count_inner, &st) == TALLY_OK);
    CHECK(claims_in(st) == 2);
    tally_store_close(st);
    tally_ctx_free(ctx);
}

/* Counts entities and remembers the aliases of the one named in arg's first field. */
struct entity_probe {
    const char *name;
    int entities;
    char aliases[256];
    char kind[32];
};

static int probe_entity(void *arg, const char *name, const char *kind, size_t mentions, const char *aliases)
{
    (void)mentions;
    struct entity_probe *p = arg;
    p->entities++;
    if (strcmp(name, p->name) == 0) {
        snprintf(p->aliases, sizeof p->aliases, "%s", aliases ? aliases : "");
        snprintf(p->kind, sizeof p->kind, "%s", kind ? kind : "");
    }
    return TALLY_OK;
}

/* A surname alone in a later article is the one stored person it ends; not when a name begins with it; one
 * stored first is named in full by its person's name when it comes. An agency's description without its head
 * noun is the agency. */
/* Each text as an article of its own (ids t0, t1 …), stored in one transaction. */
static void add_texts(tally_ctx *ctx, tally_store *st, const char **texts, size_t n)
{
    CHECK(tally_store_begin(st) == TALLY_OK);
    for (size_t i = 0; i < n; i++) {
        char id[32];
        snprintf(id, sizeof id, "t%zu", i);
        tally_doc *d = extract(ctx, id, texts[i]);
        bool added = false;
        CHECK(tally_store_add(st, d, &added) == TALLY_OK && added);
        tally_doc_free(d);
    }
    CHECK(tally_store_commit(st) == TALLY_OK);
}

/* A new store at name holding each text as an article (ctx stays the caller's). */
static tally_store *stored(tally_ctx *ctx, const char *name, const char **texts, size_t n)
{
    tally_store *st = NULL;
    CHECK(tally_store_open(ctx, path(name), &st) == TALLY_OK);
    if (st)
        add_texts(ctx, st, texts, n);
    return st;
}

/* The stored entity called name: its aliases and kind (empty when there is none). */
static struct entity_probe entity(tally_store *st, const char *name)
{
    struct entity_probe p = {.name = name};
    CHECK(st && tally_store_each_entity(st, probe_entity, &p) == TALLY_OK);
    return p;
}

static void a_surname_alone_joins_its_person(void)
{
    tally_ctx *ctx = tally_ctx_new();
    const char *texts[] = {"Mr. Dask said 20 soldiers were killed.", "President Tomas Verhoeff said 30 soldiers were killed.",
                           "Mr. Verhoef said 40 soldiers were killed.", "Defence Minister Ivo Kim said 5 soldiers died.",
                           "Kim Sung Ho said 4 soldiers died.", "Kim said 12 soldiers were hurt.",
                           "Velmora's military intelligence agency said 9 soldiers died.",
                           "Velmora's military intelligence said 7 soldiers died.",
                           "Army chief Ivan Dask said 12 soldiers were killed.",
                           "Nine people died, Orlen's health ministry said.",
                           "Ten people died, the health ministry in Orlen said.",
                           "Eleven people died, the Orlen health ministry said.",
                           "Two people died, Varn's health ministry said."};
    tally_store *st = stored(ctx, "s.db", texts, sizeof texts / sizeof *texts);
    struct entity_probe p = entity(st, "Tomas Verhoeff");
    CHECK(strstr(p.aliases, "Mr. Verhoef") != NULL);
    struct entity_probe k = entity(st, "Kim");
    CHECK(strcmp(k.aliases, "Kim") == 0); /* Ivo Kim or Kim Sung Ho: neither */
    /* a surname stored first becomes its person's row when the full name comes */
    struct entity_probe dask = entity(st, "Ivan Dask");
    CHECK(strstr(dask.aliases, "Mr. Dask") != NULL);
    /* a body described by its place, in any order, is one; another place's is another */
    struct entity_probe h = entity(st, "health ministry in Orlen");
    CHECK(strstr(h.aliases, "Orlen's health ministry") && strstr(h.aliases, "Orlen health ministry") &&
          !strstr(h.aliases, "Varn"));
    /* a description without its head noun is the agency's */
    struct entity_probe a = entity(st, "Velmora's military intelligence agency");
    CHECK(strstr(a.aliases, "|Velmora's military intelligence") || strstr(a.aliases, "intelligence|"));
    tally_store_close(st);
    tally_ctx_free(ctx);
}

/* A place's possessive before a name with an acronym of its own is that body ("Velmora's State Security Bureau"
 * after "the State Security Bureau (SSB)"); before a name with none, two places' bodies stay two. */
static void a_possessive_before_a_named_body(void)
{
    tally_ctx *ctx = tally_ctx_new();
    const char *texts[] = {"The State Security Bureau (SSB) said 20 soldiers were killed.",
                           "Velmora's State Security Bureau said 30 soldiers were killed.",
                           "The Defence Ministry said 9 soldiers died.",
                           "Orlen's Defence Ministry said 7 soldiers died."};
    tally_store *st = stored(ctx, "o.db", texts, sizeof texts / sizeof *texts);
    struct entity_probe b = entity(st, "State Security Bureau");
    CHECK(strstr(b.aliases, "Velmora's State Security Bureau") != NULL);
    struct entity_probe m = entity(st, "Defence Ministry");
    CHECK(strstr(m.aliases, "Orlen") == NULL);
    tally_store_close(st);
    tally_ctx_free(ctx);
}

/* A country's body is one entity in every order of its name ("Russia's Defence Ministry", "the Russian Ministry of
 * Defense", "the Defence Ministry in Moscow"); another country's stays apart; a hyphened description before
 * a place ("Hamas-ruled Gaza") and two capitalised words after "the" ("the Green Crescent") are no person. */
static void a_country_body_in_any_order(void)
{
    tally_ctx *ctx = tally_ctx_new();
    const char *texts[] = {"Russia's Defence Ministry said 20 soldiers were killed.",
                           "The Russian Ministry of Defense said 30 soldiers were killed.",
                           "The Defence Ministry in Moscow said 40 soldiers were killed.",
                           "Ukraine's Defence Ministry said 9 soldiers died.",
                           "Ten people died, the Health Ministry in Hamas-ruled Gaza said.",
                           "The Green Crescent said 12 people died."};
    tally_store *st = stored(ctx, "bodies.db", texts, sizeof texts / sizeof *texts);
    struct entity_probe m = entity(st, "Russian Ministry of Defense");
    CHECK(strstr(m.aliases, "Russia's Defence Ministry") && strstr(m.aliases, "Defence Ministry in Moscow") &&
          !strstr(m.aliases, "Ukraine"));
    struct entity_probe g = entity(st, "Hamas-ruled Gaza");
    CHECK(g.aliases[0] == '\0'); /* no entity of that name */
    struct entity_probe c = entity(st, "Green Crescent");
    CHECK(c.aliases[0] && strcmp(c.kind, "person") != 0); /* "the" before it: a body, no person */
    tally_store_close(st);
    tally_ctx_free(ctx);
}

int main(void)
{
    if (!mkdtemp(dir))
        return 1;
    RUN(add_then_add_again);
    RUN(rollback_leaves_nothing);
    RUN(headline_claims_kept_after_migration);
    RUN(parts_are_stored);
    RUN(foreign_files_are_refused);
    RUN(aliases_indexed_after_migration);
    RUN(nested_reads_keep_their_places);
    RUN(a_surname_alone_joins_its_person);
    RUN(a_possessive_before_a_named_body);
    RUN(a_country_body_in_any_order);
    const char *names[] = {"a.db", "a.db-wal", "a.db-shm", "b.db", "b.db-wal", "b.db-shm", "c.db", "c.db-wal", "c.db-shm", "junk.db",
                           "i.db", "i.db-wal", "i.db-shm", "p.db", "p.db-wal", "p.db-shm",
                           "n.db", "n.db-wal", "n.db-shm", "s.db", "s.db-wal", "s.db-shm", "o.db", "o.db-wal", "o.db-shm"};
    for (size_t i = 0; i < sizeof names / sizeof *names; i++)
        unlink(path(names[i]));
    rmdir(dir);
    TEST_END();
}
