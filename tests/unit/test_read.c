/* test_read.c — plain-text and JSON Lines readers, format guessing. */
#include "read.h"
#include "test.h"

typedef struct got {
    int n;
    char id[64], published[16], title[128];
    size_t line, text_len;
} got;

static int collect(void *arg, const tally_article *a, const tally_srcpos *pos)
{
    got *g = arg;
    g->n++;
    snprintf(g->id, sizeof g->id, "%s", a->id ? a->id : "");
    snprintf(g->published, sizeof g->published, "%s", a->published ? a->published : "");
    snprintf(g->title, sizeof g->title, "%s", a->title ? a->title : "");
    g->line = pos->line;
    g->text_len = a->text_len;
    return TALLY_OK;
}

static int stop_after_one(void *arg, const tally_article *a, const tally_srcpos *pos)
{
    collect(arg, a, pos);
    return TALLY_DONE;
}

static void text_with_date_header(void)
{
    tally_ctx *ctx = tally_ctx_new();
    const char *s = "date 2031-04-09\nFloods rise\nAt least 4 died.\n";
    got g = {0};
    CHECK(tally_read_txt(ctx, "dir/a.txt", s, strlen(s), "2000-01-01", collect, &g) == TALLY_OK);
    CHECK(g.n == 1);
    CHECK_STR(g.id, "a.txt");
    CHECK_STR(g.published, "2031-04-09");
    CHECK_STR(g.title, "Floods rise");
    CHECK(g.text_len == strlen(s)); /* offsets stay file offsets */
    tally_ctx_free(ctx);
}

static void text_without_header_takes_default_date(void)
{
    tally_ctx *ctx = tally_ctx_new();
    const char *s = "Floods rise\nAt least 4 died.\n";
    got g = {0};
    CHECK(tally_read_txt(ctx, "b.txt", s, strlen(s), "2000-01-01", collect, &g) == TALLY_OK);
    CHECK_STR(g.published, "2000-01-01");
    CHECK_STR(g.title, "Floods rise");
    /* a header run into the text, as flattened pages have it */
    s = " date 2024-12-19 At least 100 were killed.";
    CHECK(tally_read_txt(ctx, "c.txt", s, strlen(s), NULL, collect, &g) == TALLY_OK);
    CHECK_STR(g.published, "2024-12-19");
    tally_ctx_free(ctx);
}

static void jsonl_fields_and_errors(void)
{
    tally_ctx *ctx = tally_ctx_new();
    const char *s = "{\"id\": 7, \"published\": \"2031-04-10\", \"text\": \"Ten died.\"}\n\n"
                    "{\"text\": \"No id here.\"}\n"
                    "{\"id\": \"x\", \"text\": \"broken\n";
    got g = {0};
    CHECK(tally_read_jsonl(ctx, "w.jsonl", s, strlen(s), NULL, collect, &g) == TALLY_EINPUT);
    CHECK(g.n == 2);
    CHECK_STR(g.id, "w.jsonl#3");
    CHECK(g.line == 3);
    CHECK(strncmp(tally_errmsg(ctx), "w.jsonl:4:", 10) == 0);
    s = "[1, 2]\n";
    CHECK(tally_read_jsonl(ctx, "v.jsonl", s, strlen(s), NULL, collect, &g) == TALLY_EINPUT);
    CHECK_STR(tally_errmsg(ctx), "v.jsonl:1:1: not a JSON object");
    tally_ctx_free(ctx);
}

static void callback_can_stop(void)
{
    tally_ctx *ctx = tally_ctx_new();
    const char *s = "{\"text\": \"a\"}\n{\"text\": \"b\"}\n";
    got g = {0};
    CHECK(tally_read_jsonl(ctx, "s.jsonl", s, strlen(s), NULL, stop_after_one, &g) == TALLY_OK);
    CHECK(g.n == 1);
    tally_ctx_free(ctx);
}

static void formats_from_names(void)
{
    CHECK(tally_format_guess("a/b.jsonl") == TALLY_FMT_JSONL);
    CHECK(tally_format_guess("page.htm") == TALLY_FMT_HTML);
    CHECK(tally_format_guess("crawl.warc.gz") == TALLY_FMT_WARC);
    CHECK(tally_format_guess("notes") == TALLY_FMT_TXT);
    CHECK(tally_format_parse("html") == TALLY_FMT_HTML);
    CHECK(tally_format_parse("pdf") == -1);
}

int main(void)
{
    RUN(text_with_date_header);
    RUN(text_without_header_takes_default_date);
    RUN(jsonl_fields_and_errors);
    RUN(callback_can_stop);
    RUN(formats_from_names);
    TEST_END();
}
