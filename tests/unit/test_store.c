/* test_store.c — schema creation, adding, idempotent re-ingest, replacement, refusal of foreign files. */
#include "tally.h"
#include "test.h"
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

int main(void)
{
    if (!mkdtemp(dir))
        return 1;
    RUN(add_then_add_again);
    RUN(rollback_leaves_nothing);
    RUN(foreign_files_are_refused);
    const char *names[] = {"a.db", "a.db-wal", "a.db-shm", "b.db", "b.db-wal", "b.db-shm", "junk.db"};
    for (size_t i = 0; i < sizeof names / sizeof *names; i++)
        unlink(path(names[i]));
    rmdir(dir);
    TEST_END();
}
