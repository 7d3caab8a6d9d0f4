/* test_read_html.c — the HTML reader: main text, boilerplate, metadata, bad input, callbacks. Pages are
 * written here or in tests/data/ (run from the repository root). */
#include "html.h"
#include "read.h"
#include "test.h"
#include <stdlib.h>

/* What the callback saw: copies of the first article's fields, and how many articles came. */
typedef struct seen {
    int n;
    int stop_with; /* the callback's return value */
    char id[256], url[256], outlet[128], published[32], title[256];
    char *text;
    size_t text_len;
} seen;

static void copy(char *dst, size_t cap, const char *s)
{
    snprintf(dst, cap, "%s", s ? s : "(null)");
}

static int grab(void *arg, const tally_article *a, const tally_srcpos *pos)
{
    seen *w = arg;
    if (w->n++ == 0) {
        copy(w->id, sizeof w->id, a->id);
        copy(w->url, sizeof w->url, a->url);
        copy(w->outlet, sizeof w->outlet, a->outlet);
        copy(w->published, sizeof w->published, a->published);
        copy(w->title, sizeof w->title, a->title);
        w->text = malloc(a->text_len + 1);
        memcpy(w->text, a->text, a->text_len);
        w->text[a->text_len] = 0;
        w->text_len = a->text_len;
    }
    CHECK(pos->offset == 0 && pos->line == 1);
    return w->stop_with;
}

static int read_str(tally_ctx *ctx, const char *name, const char *html, seen *w)
{
    memset(w, 0, sizeof *w);
    return tally_read_html(ctx, name, html, strlen(html), "2001-02-03", grab, w);
}

static char *slurp(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    fseek(f, 0, SEEK_END);
    long n = ftell(f);
    fseek(f, 0, SEEK_SET);
    char *s = malloc((size_t)n + 1);
    *len = fread(s, 1, (size_t)n, f);
    s[*len] = 0;
    fclose(f);
    return s;
}

static int has(const seen *w, const char *needle)
{
    return w->text && strstr(w->text, needle) != NULL;
}

static int read_file(tally_ctx *ctx, const char *path, seen *w)
{
    size_t len = 0;
    char *s = slurp(path, &len);
    memset(w, 0, sizeof *w);
    if (!s)
        return -1;
    int rc = tally_read_html(ctx, path, s, len, NULL, grab, w);
    free(s);
    return rc;
}

static void test_example_page(void)
{
    tally_ctx *ctx = tally_ctx_new();
    seen w;
    CHECK(read_file(ctx, "examples/05-aid-group-homes.html", &w) == TALLY_OK);
    CHECK(w.n == 1);
    CHECK_STR(w.title, "Aid group says 40% of homes in Brevik destroyed");
    CHECK_STR(w.url, "https://northern-ledger.example/world/2025/03/14/brevik-homes-destroyed");
    CHECK_STR(w.id, w.url);
    CHECK_STR(w.outlet, "The Northern Ledger");
    CHECK_STR(w.published, "2025-03-14");
    const char *start = "Aid group says 40% of homes in Brevik destroyed\n\nAround 40% of the 2,000 homes";
    CHECK(strncmp(w.text, start, strlen(start)) == 0);
    CHECK(has(&w, "HRA spokesperson Lena Ostrova-Baird said"));
    CHECK(has(&w, "\xE2\x80\x9CWinter has not finished")); /* &ldquo; decoded */
    CHECK(has(&w, "raised the death toll to 247 on Thursday"));
    CHECK(has(&w, "four days after the quake."));
    static const char *const gone[] = {"cookies", "Politics", "Share on", "Photo:", "Residents walk past",
                                       "Advertisement", "RELATED", "Related", "Edited by", "Earthquakes",
                                       "Sign up", "Leave A Comment", "ValleyReader", "Most read", "Central bank",
                                       "All rights reserved", "Martin Kerr", "dataLayer", "position:fixed"};
    for (size_t i = 0; i < sizeof gone / sizeof *gone; i++)
        if (has(&w, gone[i])) {
            fprintf(stderr, "  boilerplate kept: %s\n", gone[i]);
            CHECK(!has(&w, gone[i]));
        }
    CHECK(strstr(w.text, "\n\n\n") == NULL && w.text[w.text_len - 1] != '\n');
    free(w.text);
    tally_ctx_free(ctx);
}

static void test_div_soup(void)
{
    tally_ctx *ctx = tally_ctx_new();
    seen w;
    CHECK(read_file(ctx, "tests/data/page-divsoup.html", &w) == TALLY_OK);
    CHECK_STR(w.title, "Warehouse fire in Portvale injures 14");
    CHECK_STR(w.id, "tests/data/page-divsoup.html");
    CHECK_STR(w.url, "(null)");
    CHECK_STR(w.published, "2023-06-07");
    CHECK(has(&w, "\n\nFourteen workers were hurt early on Tuesday"));
    CHECK(has(&w, "Dock Road, the Portvale fire service said.\n\nThree of them"));
    CHECK(has(&w, "The cause of the fire is being investigated."));
    CHECK(!has(&w, "Edited by") && !has(&w, "RELATED") && !has(&w, "Second fire at"));
    CHECK(!has(&w, "dockworker") && !has(&w, "Home") && !has(&w, "Copyright") && !has(&w, "Posted:"));
    free(w.text);
    tally_ctx_free(ctx);
}

/* A blog-engine layout: share and like widgets, related posts, reply form, sidebar widgets. */
static void test_wordpress(void)
{
    tally_ctx *ctx = tally_ctx_new();
    seen w;
    CHECK(read_file(ctx, "tests/data/page-wordpress.html", &w) == TALLY_OK);
    CHECK_STR(w.title, "Two hurt in crash on Route 9");
    CHECK_STR(w.url, "https://millbrook-courier.example/2016/04/11/two-hurt-route-9/");
    CHECK_STR(w.outlet, "Millbrook Courier");
    CHECK_STR(w.published, "2016-04-11");
    CHECK_STR(w.text, "Two hurt in crash on Route 9\n\n"
                      "Two drivers were taken to hospital on Sunday night after their cars collided on Route 9 near "
                      "the Elm Street bridge, state police said.\n\n"
                      "One of them, a 34-year-old man from Carver, was flown to a trauma centre in serious "
                      "condition. The other driver had minor injuries.\n\n"
                      "The road was closed for about three hours while investigators examined the scene.");
    free(w.text);
    tally_ctx_free(ctx);
}

static void test_malformed(void)
{
    tally_ctx *ctx = tally_ctx_new();
    seen w;
    /* no html/head/body, unclosed p and b, a stray end tag, an unquoted attribute, a bare ampersand */
    CHECK(read_str(ctx, "bad.html",
                   "<title>Gale  warning\n</title><p class=x>Winds of up to 90 km/h hit the coast &amp; <b>two "
                   "piers</div> closed.<p>About 30 boats stayed in port & crews waited", &w) == TALLY_OK);
    CHECK(w.n == 1);
    CHECK_STR(w.title, "Gale warning");
    CHECK_STR(w.published, "2001-02-03");
    CHECK_STR(w.text, "Gale warning\n\nWinds of up to 90 km/h hit the coast & two piers closed.\n\n"
                      "About 30 boats stayed in port & crews waited");
    free(w.text);
    /* line breaks, collapsed space, non-breaking and invisible characters, a data table */
    CHECK(read_str(ctx, "br.html",
                   "<body><div>First\xC2\xA0 line<br>second   line<br><br>new\xC2\xAD para\xE2\x80\x8Bgraph</div>"
                   "<table><tr><td>Killed</td><td>41</td></tr><tr><th>Injured</th><td>160</td></tr></table></body>",
                   &w) == TALLY_OK);
    CHECK_STR(w.text, "First line\nsecond line\n\nnew paragraph\n\nKilled | 41\n\nInjured | 160");
    free(w.text);
    tally_ctx_free(ctx);
}

/* Sentences that begin like boilerplate labels stay; labels, stamps and link lists go. */
static void test_labels(void)
{
    tally_ctx *ctx = tally_ctx_new();
    seen w;
    CHECK(read_str(ctx, "labels.html",
                   "<body><div><p>Posted on April 3, 2024</p><p>Updated 10:32 AM</p>"
                   "<p>Related charges were filed against 3 men on Friday, prosecutors said.</p>"
                   "<p>Recommended evacuations affected 2,000 people in the valley.</p>"
                   "<p>Follow-up inspections found 12 cracks in the dam wall.</p>"
                   "<p>Published figures show 120 dead.</p><p>Cookie sales raised 1,200 dollars.</p>"
                   "<h2>Related stories</h2><p><a href=/a>Dam inspections ordered</a></p>"
                   "<p><a href=/b>Valley roads reopen</a></p>"
                   "<p>Share this</p><p>Advertisement</p><p>Edited by Ana Ruiz</p>"
                   "<p>The final report is due in 6 weeks, the agency said.</p>"
                   "<p>The final report is due in 6 weeks, the agency said.</p>"
                   "<p>(Reporting by Ana Ruiz; Editing by Tom Lee)</p></div></body>", &w) == TALLY_OK);
    CHECK_STR(w.text, "Related charges were filed against 3 men on Friday, prosecutors said.\n\n"
                      "Recommended evacuations affected 2,000 people in the valley.\n\n"
                      "Follow-up inspections found 12 cracks in the dam wall.\n\n"
                      "Published figures show 120 dead.\n\nCookie sales raised 1,200 dollars.\n\n"
                      "The final report is due in 6 weeks, the agency said.");
    free(w.text);
    tally_ctx_free(ctx);
}

static void test_metadata(void)
{
    tally_ctx *ctx = tally_ctx_new();
    seen w;
    CHECK(read_str(ctx, "m.html",
                   "<html><head><title>Dam repairs finished - Lowland Gazette</title>"
                   "<meta property=og:site_name content='Lowland Gazette'>"
                   "<meta property=og:url content=' https://g.example/dam '>"
                   "<script type=application/ld+json>{\"datePublished\" : \"2022-11-30T18:00:00Z\"}</script>"
                   "</head><body><p>Work on the dam ended after 18 months, engineers said.</p></body></html>",
                   &w) == TALLY_OK);
    CHECK_STR(w.title, "Dam repairs finished");
    CHECK_STR(w.url, "https://g.example/dam");
    CHECK_STR(w.outlet, "Lowland Gazette");
    CHECK_STR(w.published, "2022-11-30");
    free(w.text);
    CHECK(read_str(ctx, "t.html",
                   "<body><h1>Pier  reopens</h1><time datetime='2021-05-06'>May 6</time>"
                   "<p>The pier reopened after 3 years.</p></body>", &w) == TALLY_OK);
    CHECK_STR(w.title, "Pier reopens");
    CHECK_STR(w.published, "2021-05-06");
    CHECK_STR(w.text, "Pier reopens\n\nMay 6\n\nThe pier reopened after 3 years.");
    free(w.text);
    char d[11];
    CHECK(tally_html_date("2024/12/19", 10, d) && strcmp(d, "2024-12-19") == 0);
    CHECK(tally_html_date("20241219T08", 11, d) && strcmp(d, "2024-12-19") == 0);
    CHECK(!tally_html_date("2024-02-30", 10, d) && d[0] == 0);
    CHECK(!tally_html_date("Dec 19", 6, d));
    tally_ctx_free(ctx);
}

static void test_encodings(void)
{
    tally_ctx *ctx = tally_ctx_new();
    seen w;
    /* Latin-1 declared: bytes decoded; undeclared invalid bytes become U+FFFD */
    CHECK(read_str(ctx, "l1.html", "<meta charset=iso-8859-1><p>Caf\xe9 owners lost \x80 5,000 \x96 more.</p>", &w) ==
          TALLY_OK);
    CHECK_STR(w.text, "Caf\xC3\xA9 owners lost \xE2\x82\xAC 5,000 \xE2\x80\x93 more.");
    free(w.text);
    CHECK(read_str(ctx, "bad-utf8.html", "<p>Bad \xff\xfe bytes \xC3 here</p>", &w) == TALLY_OK);
    CHECK_STR(w.text, "Bad \xEF\xBF\xBD\xEF\xBF\xBD bytes \xEF\xBF\xBD here");
    CHECK(tally_utf8_check(w.text, w.text_len, NULL));
    free(w.text);
    tally_ctx_free(ctx);
}

static void test_bad_input(void)
{
    tally_ctx *ctx = tally_ctx_new();
    seen w = {0};
    CHECK(tally_read_html(ctx, "nothing.html", "", 0, NULL, grab, &w) == TALLY_EINPUT);
    CHECK_STR(tally_errmsg(ctx), "nothing.html: empty file");
    CHECK(tally_read_html(ctx, "blank.html", " \n\t ", 4, NULL, grab, &w) == TALLY_EINPUT);
    CHECK_STR(tally_errmsg(ctx), "blank.html: empty file");
    static const char junk[] = "\x7f" "ELF\x02\x01\x01\0\0\0\0\0\0\0\0\0\x03\0>\0<p>x</p>";
    CHECK(tally_read_html(ctx, "a.out", junk, sizeof junk - 1, NULL, grab, &w) == TALLY_EINPUT);
    CHECK_STR(tally_errmsg(ctx), "a.out: not an HTML document");
    char noise[600];
    for (size_t i = 0; i < sizeof noise; i++)
        noise[i] = (char)(1 + (i * 7) % 31); /* control characters, no NUL */
    CHECK(tally_read_html(ctx, "noise.bin", noise, sizeof noise, NULL, grab, &w) == TALLY_EINPUT);
    CHECK_STR(tally_errmsg(ctx), "noise.bin: not an HTML document");
    CHECK(w.n == 0);
    tally_ctx_free(ctx);
}

static void test_callback_status(void)
{
    tally_ctx *ctx = tally_ctx_new();
    seen w = {0};
    const char *page = "<p>One paragraph about 5 boats.</p>";
    w.stop_with = TALLY_DONE;
    CHECK(tally_read_html(ctx, "p.html", page, strlen(page), NULL, grab, &w) == TALLY_OK);
    CHECK(w.n == 1);
    free(w.text);
    memset(&w, 0, sizeof w);
    w.stop_with = TALLY_EDB;
    CHECK(tally_read_html(ctx, "p.html", page, strlen(page), NULL, grab, &w) == TALLY_EDB);
    free(w.text);
    tally_ctx_free(ctx);
}

/* n elements opened (alternating tags), then text; the caller frees. */
static char *nested(int n, size_t *len)
{
    char *s = malloc((size_t)n * 5 + 64);
    size_t k = 0;
    for (int i = 0; i < n; i++)
        memcpy(s + k, i % 2 ? "<div>" : "<sub>", 5), k += 5;
    k += (size_t)sprintf(s + k, "Deep text with 7 words in it");
    *len = k;
    return s;
}

/* 3,000 levels parse (no recursion in the reader, none left in gumbo's free); 200,000 levels, 4,000
 * levels followed by many siblings, or a pile of formatting elements would take gumbo minutes (or
 * gigabytes) and are refused at once. */
static void test_deep_nesting(void)
{
    tally_ctx *ctx = tally_ctx_new();
    size_t n;
    char *s = nested(3000, &n);
    seen w = {0};
    CHECK(tally_read_html(ctx, "deep.html", s, n, NULL, grab, &w) == TALLY_OK);
    CHECK(has(&w, "Deep text with 7 words in it"));
    free(w.text);
    free(s);
    s = nested(200000, &n);
    memset(&w, 0, sizeof w);
    CHECK(tally_read_html(ctx, "deeper.html", s, n, NULL, grab, &w) == TALLY_EINPUT);
    CHECK(strncmp(tally_errmsg(ctx), "deeper.html: elements nested too deeply", 39) == 0);
    CHECK(w.n == 0);
    free(s);
    s = malloc(4000 * 5 + 100000 * 11 + 1);
    n = 0;
    for (int i = 0; i < 4000; i++)
        memcpy(s + n, "<div>", 5), n += 5;
    for (int i = 0; i < 100000; i++)
        memcpy(s + n, "<div></div>", 11), n += 11;
    CHECK(tally_read_html(ctx, "wide.html", s, n, NULL, grab, &w) == TALLY_EINPUT);
    free(s);
    /* 2,000 distinct open <b>s, then 2,000 paragraphs that close them: gumbo would re-create all 2,000
     * in each paragraph (19 s, 1.7 GB for these 37 KB) */
    s = malloc(2000 * 16 + 2000 * 8 + 16);
    n = (size_t)sprintf(s, "<p>");
    for (int i = 0; i < 2000; i++)
        n += (size_t)sprintf(s + n, "<b id=%d>", i);
    n += (size_t)sprintf(s + n, "x</p>");
    for (int i = 0; i < 2000; i++)
        n += (size_t)sprintf(s + n, "<p>x</p>");
    CHECK(tally_read_html(ctx, "bold.html", s, n, NULL, grab, &w) == TALLY_EINPUT);
    free(s);
    tally_ctx_free(ctx);
}

/* Nothing that looks like an article: the fallbacks still return the page's text. */
static void test_fallback(void)
{
    tally_ctx *ctx = tally_ctx_new();
    seen w;
    CHECK(read_str(ctx, "nav.html", "<nav><p>Only navigation text here</p></nav>", &w) == TALLY_OK);
    CHECK_STR(w.text, "Only navigation text here");
    free(w.text);
    CHECK(read_str(ctx, "script.html", "<script>var x = 1;</script>", &w) == TALLY_OK);
    CHECK(w.n == 1 && w.text_len == 0);
    free(w.text);
    tally_ctx_free(ctx);
}

int main(void)
{
    RUN(test_example_page);
    RUN(test_div_soup);
    RUN(test_wordpress);
    RUN(test_malformed);
    RUN(test_labels);
    RUN(test_metadata);
    RUN(test_encodings);
    RUN(test_bad_input);
    RUN(test_callback_status);
    RUN(test_deep_nesting);
    RUN(test_fallback);
    TEST_END();
}
