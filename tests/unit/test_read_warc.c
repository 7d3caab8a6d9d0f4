/* test_read_warc.c — the WARC reader: plain and gzip (one member per record, and one member for the whole
 * file), record types that are skipped, truncation and bad headers, stopping early. The plain file is
 * tests/data/two-pages.warc (run from the repository root); gzip variants are made here with zlib. */
#include "read.h"
#include "test.h"
#include <stdlib.h>
#include <zlib.h>

typedef struct seen {
    int n, stop_after;
    char url[4][128], title[4][128], published[4][16], outlet[4][64];
    size_t offset[4];
    int ok_text[4]; /* the text is valid UTF-8 and holds no boilerplate */
} seen;

static int grab(void *arg, const tally_article *a, const tally_srcpos *pos)
{
    seen *w = arg;
    int i = w->n++;
    if (i < 4) {
        snprintf(w->url[i], sizeof w->url[i], "%s", a->url ? a->url : "(null)");
        snprintf(w->title[i], sizeof w->title[i], "%s", a->title ? a->title : "(null)");
        snprintf(w->published[i], sizeof w->published[i], "%s", a->published ? a->published : "(null)");
        snprintf(w->outlet[i], sizeof w->outlet[i], "%s", a->outlet ? a->outlet : "(null)");
        w->offset[i] = pos->offset;
        w->ok_text[i] = tally_utf8_check(a->text, a->text_len, NULL) && !strstr(a->text, "Related") &&
                        !strstr(a->text, "\xEF\xBF\xBD") &&
                        !strstr(a->text, "Share") && !strstr(a->text, "Home") && a->text_len > 40;
    }
    return w->stop_after && w->n >= w->stop_after ? TALLY_DONE : TALLY_OK;
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
    fclose(f);
    return s;
}

/* Appends s[0..n) to out[*len..] as one gzip member. */
static void gzip_member(const char *s, size_t n, unsigned char *out, size_t *len, size_t cap)
{
    z_stream z = {0};
    deflateInit2(&z, 6, Z_DEFLATED, 16 + MAX_WBITS, 8, Z_DEFAULT_STRATEGY);
    z.next_in = (Bytef *)(uintptr_t)s;
    z.avail_in = (uInt)n;
    z.next_out = out + *len;
    z.avail_out = (uInt)(cap - *len);
    CHECK(deflate(&z, Z_FINISH) == Z_STREAM_END);
    *len += z.total_out;
    deflateEnd(&z);
}

/* Compresses the WARC in s, one member per record (records start with "WARC/1." after a blank line). */
static unsigned char *gzip_records(const char *s, size_t n, size_t *len)
{
    size_t cap = n + 4096;
    unsigned char *out = malloc(cap);
    *len = 0;
    size_t start = 0;
    for (size_t i = 1; i + 11 <= n; i++) {
        if (memcmp(s + i, "\r\n\r\nWARC/1.", 11) == 0) {
            gzip_member(s + start, i + 4 - start, out, len, cap);
            start = i + 4;
        }
    }
    gzip_member(s + start, n - start, out, len, cap);
    return out;
}

static void check_two_pages(const seen *w, size_t ferry_offset)
{
    CHECK(w->n == 2);
    CHECK_STR(w->url[0], "https://harbour-post.example/news/ferry");
    CHECK_STR(w->title[0], "Ferry runs aground off Skellan Point");
    CHECK_STR(w->published[0], "2024-08-02"); /* the page's own date beats WARC-Date */
    CHECK_STR(w->outlet[0], "Harbour Post");
    CHECK(w->ok_text[0]);
    CHECK(w->offset[0] == ferry_offset);
    CHECK_STR(w->url[1], "https://council-news.example/bridge");
    CHECK_STR(w->title[1], "Bridge repairs to take six weeks");
    CHECK_STR(w->published[1], "2024-08-04"); /* no date in the page: WARC-Date */
    CHECK_STR(w->outlet[1], "(null)");
    CHECK(w->ok_text[1]);
}

static void test_plain(void)
{
    size_t len;
    char *s = slurp("tests/data/two-pages.warc", &len);
    CHECK(s != NULL);
    if (!s)
        return;
    tally_ctx *ctx = tally_ctx_new();
    seen w = {0};
    CHECK(tally_read_warc(ctx, "two-pages.warc", s, len, "1999-01-01", grab, &w) == TALLY_OK);
    const char *third = strstr(s, "WARC-Type: response");
    check_two_pages(&w, third ? (size_t)(third - s) - strlen("WARC/1.0\r\n") : 0);
    tally_ctx_free(ctx);
    free(s);
}

static void test_gzip(void)
{
    size_t len, glen;
    char *s = slurp("tests/data/two-pages.warc", &len);
    if (!s)
        return;
    tally_ctx *ctx = tally_ctx_new();
    unsigned char *gz = gzip_records(s, len, &glen);
    seen w = {0};
    CHECK(tally_read_warc(ctx, "two-pages.warc.gz", (char *)gz, glen, NULL, grab, &w) == TALLY_OK);
    const char *third = strstr(s, "WARC-Type: response");
    size_t ferry = (size_t)(third - s) - strlen("WARC/1.0\r\n");
    check_two_pages(&w, ferry);
    /* the whole file as a single gzip member reads the same */
    size_t one = 0;
    unsigned char *gz1 = malloc(len + 4096);
    gzip_member(s, len, gz1, &one, len + 4096);
    memset(&w, 0, sizeof w);
    CHECK(tally_read_warc(ctx, "one-member.warc.gz", (char *)gz1, one, NULL, grab, &w) == TALLY_OK);
    check_two_pages(&w, ferry);
    /* cut inside the last member: the first page stands, the error names the record */
    memset(&w, 0, sizeof w);
    CHECK(tally_read_warc(ctx, "cut.warc.gz", (char *)gz, glen - 40, NULL, grab, &w) == TALLY_EINPUT);
    CHECK(w.n == 1);
    CHECK(strncmp(tally_errmsg(ctx), "cut.warc.gz: record 7 at byte ", 30) == 0);
    /* garbage after a member */
    memcpy(gz1 + one, "\x1f\x8bXXXXXXXXXXXXXXXX", 18);
    memset(&w, 0, sizeof w);
    CHECK(tally_read_warc(ctx, "junk.warc.gz", (char *)gz1, one + 18, NULL, grab, &w) == TALLY_EINPUT);
    CHECK(w.n == 2);
    CHECK(strstr(tally_errmsg(ctx), "corrupt gzip data") != NULL);
    free(gz1);
    free(gz);
    free(s);
    tally_ctx_free(ctx);
}

static void test_truncated(void)
{
    size_t len;
    char *s = slurp("tests/data/two-pages.warc", &len);
    if (!s)
        return;
    tally_ctx *ctx = tally_ctx_new();
    seen w = {0};
    CHECK(tally_read_warc(ctx, "cut.warc", s, len - 100, NULL, grab, &w) == TALLY_EINPUT);
    CHECK(w.n == 1);
    const char *last = strstr(s, "WARC-Target-URI: https://council-news.example/bridge");
    char want[160];
    snprintf(want, sizeof want, "cut.warc: record 7 at byte %zu: truncated: Content-Length",
             (size_t)(last - s) - strlen("WARC/1.0\r\nWARC-Type: response\r\n"));
    CHECK(strncmp(tally_errmsg(ctx), want, strlen(want)) == 0);
    if (strncmp(tally_errmsg(ctx), want, strlen(want)) != 0)
        fprintf(stderr, "  got \"%s\"\n  want \"%s…\"\n", tally_errmsg(ctx), want);
    /* cut inside a header */
    const char *hdr = strstr(s, "WARC-Type: metadata");
    memset(&w, 0, sizeof w);
    CHECK(tally_read_warc(ctx, "cut2.warc", s, (size_t)(hdr - s) + 5, NULL, grab, &w) == TALLY_EINPUT);
    CHECK(w.n == 1);
    CHECK(strstr(tally_errmsg(ctx), "record 4 at byte") && strstr(tally_errmsg(ctx), "truncated header"));
    tally_ctx_free(ctx);
    free(s);
}

static void test_stop_early(void)
{
    size_t len;
    char *s = slurp("tests/data/two-pages.warc", &len);
    if (!s)
        return;
    tally_ctx *ctx = tally_ctx_new();
    seen w = {.stop_after = 1};
    CHECK(tally_read_warc(ctx, "two-pages.warc", s, len, NULL, grab, &w) == TALLY_OK);
    CHECK(w.n == 1);
    tally_ctx_free(ctx);
    free(s);
}

static void test_bad_headers(void)
{
    tally_ctx *ctx = tally_ctx_new();
    seen w = {0};
    CHECK(tally_read_warc(ctx, "e.warc", "", 0, NULL, grab, &w) == TALLY_EINPUT);
    CHECK_STR(tally_errmsg(ctx), "e.warc: empty file");
    const char *notwarc = "GET / HTTP/1.1\r\nHost: x\r\n\r\n";
    CHECK(tally_read_warc(ctx, "x.warc", notwarc, strlen(notwarc), NULL, grab, &w) == TALLY_EINPUT);
    CHECK_STR(tally_errmsg(ctx), "x.warc: record 1 at byte 0: not a WARC record (no \"WARC/\" version line)");
    const char *nolen = "WARC/1.1\r\nWARC-Type: response\r\n\r\nHTTP/1.1 200 OK\r\n\r\n";
    CHECK(tally_read_warc(ctx, "n.warc", nolen, strlen(nolen), NULL, grab, &w) == TALLY_EINPUT);
    CHECK_STR(tally_errmsg(ctx), "n.warc: record 1 at byte 0: no valid Content-Length");
    /* a resource record holding HTML is a page too; leading blank lines are fine */
    char rec[512];
    const char *html = "<p>Nine new buses entered service on the coast road, the operator said.</p>";
    int n = snprintf(rec, sizeof rec,
                     "\r\nWARC/1.1\r\nWARC-Type: resource\r\nWARC-Target-URI: file:///bus.html\r\n"
                     "Content-Type: text/html\r\nContent-Length: %zu\r\n\r\n%s\r\n\r\n",
                     strlen(html), html);
    CHECK(tally_read_warc(ctx, "r.warc", rec, (size_t)n, "2020-01-02", grab, &w) == TALLY_OK);
    CHECK(w.n == 1);
    CHECK_STR(w.url[0], "file:///bus.html");
    CHECK_STR(w.published[0], "2020-01-02");
    CHECK(w.offset[0] == 2);
    tally_ctx_free(ctx);
}

/* The HTTP header's charset decides how a page that is not UTF-8 reads. */
static void test_http_charset(void)
{
    tally_ctx *ctx = tally_ctx_new();
    const char *http = "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=ISO-8859-1\r\n\r\n"
                       "<p>Caf\xe9 owners in Lorne said 14 shops had closed.</p>";
    char rec[512];
    int n = snprintf(rec, sizeof rec,
                     "WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: http://l.example/\r\n"
                     "WARC-Date: 2019-07-08T10:00:00Z\r\nContent-Length: %zu\r\n\r\n%s\r\n\r\n",
                     strlen(http), http);
    seen w = {0};
    CHECK(tally_read_warc(ctx, "l.warc", rec, (size_t)n, NULL, grab, &w) == TALLY_OK);
    CHECK(w.n == 1);
    CHECK(w.ok_text[0]);
    CHECK_STR(w.published[0], "2019-07-08");
    CHECK_STR(w.title[0], "(null)");
    tally_ctx_free(ctx);
}

int main(void)
{
    RUN(test_http_charset);
    RUN(test_plain);
    RUN(test_gzip);
    RUN(test_truncated);
    RUN(test_stop_early);
    RUN(test_bad_headers);
    TEST_END();
}
