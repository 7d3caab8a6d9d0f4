/* read_warc.c — WARC 1.0/1.1 files, plain or gzip-compressed, each HTML response one article.
 *
 * A record is "WARC/1.x" and header lines up to a blank line, then Content-Length bytes of block, then
 * "\r\n\r\n". Records are cut from a window of bytes: for a plain file the window is the file itself; for
 * gzip (magic 1f 8b) the members (Common Crawl compresses each record as its own member) are inflated one
 * chunk at a time into a buffer, whole records are taken off its front as they complete, and the rest is
 * moved down, so memory holds one record at a time, never the file. A record that would need more than
 * MAX_RECORD bytes is an error, which also bounds what a gzip bomb can cost.
 * A response (or resource) record whose payload is HTML — by its HTTP Content-Type, else by a look at
 * its bytes — goes to the HTML extractor (html.h) after the HTTP status line and headers are cut off and
 * a chunked transfer encoding or a gzip/deflate content encoding is undone. Non-2xx responses, requests,
 * metadata and warcinfo records are skipped. Errors name the record's number and its byte offset in the
 * (inflated) stream; articles delivered before an error stay delivered. */
#include "ctx.h"
#include "html.h"
#include "read.h"
#include "text.h"
#include <ctype.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <zlib.h>

enum {
    MAX_RECORD = 1 << 30,   /* bytes of one record, or of one inflated payload */
    MAX_HEADER = 64 << 10,  /* bytes of a record's header block */
    CHUNK = 256 << 10       /* inflate output per step */
};

typedef struct warc {
    tally_ctx *ctx;
    const char *name;
    const char *published; /* the caller's default date */
    tally_article_fn fn;
    void *arg;
    size_t base;   /* stream offset of the window's first byte */
    size_t nrec;   /* records seen so far */
} warc;

/* The fields of a WARC or HTTP header block that matter here; each points into the input. */
typedef struct hdr {
    const char *type, *uri, *date, *ctype, *cenc, *tenc;
    size_t type_n, uri_n, date_n, ctype_n, cenc_n, tenc_n;
    long long clen; /* -1 when absent or bad */
} hdr;

static int bad_record(warc *w, size_t off, const char *what)
{
    return tally_fail(w->ctx, TALLY_EINPUT, "%s: record %zu at byte %zu: %s", w->name, w->nrec, w->base + off, what);
}

/* Where the header block s[0..n) ends (just past its blank line), or 0 when it does not end in n bytes. */
static size_t header_end(const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        if (s[i] != '\n')
            continue;
        if (i + 1 < n && s[i + 1] == '\n')
            return i + 2;
        if (i + 2 < n && s[i + 1] == '\r' && s[i + 2] == '\n')
            return i + 3;
    }
    return 0;
}

static long long parse_len(const char *s, size_t n)
{
    long long v = 0;
    size_t i = 0;
    while (i < n && s[i] == ' ')
        i++;
    if (i == n || !tally_is_digit((unsigned char)s[i]))
        return -1;
    for (; i < n && tally_is_digit((unsigned char)s[i]); i++) {
        if (v > (1LL << 50))
            return -1;
        v = v * 10 + (s[i] - '0');
    }
    return v;
}

static void field(const char *name, size_t nn, const char *v, size_t vn, hdr *h)
{
    if (tally_ieq(name, nn, "WARC-Type"))
        h->type = v, h->type_n = vn;
    else if (tally_ieq(name, nn, "WARC-Target-URI"))
        h->uri = v, h->uri_n = vn;
    else if (tally_ieq(name, nn, "WARC-Date"))
        h->date = v, h->date_n = vn;
    else if (tally_ieq(name, nn, "Content-Type"))
        h->ctype = v, h->ctype_n = vn;
    else if (tally_ieq(name, nn, "Content-Encoding"))
        h->cenc = v, h->cenc_n = vn;
    else if (tally_ieq(name, nn, "Transfer-Encoding"))
        h->tenc = v, h->tenc_n = vn;
    else if (tally_ieq(name, nn, "Content-Length"))
        h->clen = parse_len(v, vn);
}

/* Reads "Name: value" lines of s[0..n) after the first line; values trimmed. */
static void parse_fields(const char *s, size_t n, hdr *h)
{
    memset(h, 0, sizeof *h);
    h->clen = -1;
    const char *line = memchr(s, '\n', n);
    while (line && (size_t)(line - s) + 1 < n) {
        const char *b = line + 1, *e = memchr(b, '\n', n - (size_t)(b - s));
        e = e ? e : s + n;
        const char *colon = memchr(b, ':', (size_t)(e - b));
        if (colon) {
            const char *v = colon + 1, *ve = e;
            while (v < ve && (*v == ' ' || *v == '\t'))
                v++;
            while (ve > v && tally_is_ascii_space((unsigned char)ve[-1]))
                ve--;
            field(b, (size_t)(colon - b), v, (size_t)(ve - v), h);
        }
        line = e < s + n ? e : NULL;
    }
}

static int contains(const char *s, size_t n, const char *lit)
{
    size_t k = strlen(lit);
    for (size_t i = 0; i + k <= n; i++)
        if (tally_iprefix(s + i, n - i, lit))
            return 1;
    return 0;
}

/* MARK: payload decoding */

/* Undoes "Transfer-Encoding: chunked" into out; 0 when the chunks are malformed. */
static int dechunk(const char *s, size_t n, tally_buf *out)
{
    size_t i = 0;
    while (i < n) {
        size_t size = 0, j = i;
        for (; j < n && isxdigit((unsigned char)s[j]); j++) {
            if (size > (size_t)MAX_RECORD)
                return 0;
            size = size * 16 + (size_t)(tally_is_digit((unsigned char)s[j]) ? s[j] - '0' : (s[j] | 32) - 'a' + 10);
        }
        const char *eol = j > i ? memchr(s + j, '\n', n - j) : NULL;
        if (!eol)
            return 0;
        i = (size_t)(eol - s) + 1;
        if (size == 0)
            return 1;
        if (size > n - i)
            size = n - i; /* a cut-off last chunk: keep what there is */
        tally_buf_add(out, s + i, size);
        i += size;
        while (i < n && (s[i] == '\r' || s[i] == '\n'))
            i++;
    }
    return 1;
}

/* Inflates a gzip or zlib payload into out, at most MAX_RECORD bytes; 0 when it is not such data. */
static int gunzip(const char *s, size_t n, tally_buf *out)
{
    z_stream z = {0};
    if (inflateInit2(&z, 32 + MAX_WBITS) != Z_OK)
        return 0;
    z.next_in = (Bytef *)(uintptr_t)s;
    z.avail_in = (uInt)(n < UINT32_MAX ? n : UINT32_MAX);
    int r = Z_OK;
    while (r == Z_OK && !out->err && out->len < (size_t)MAX_RECORD) {
        char tmp[16384];
        z.next_out = (Bytef *)tmp;
        z.avail_out = sizeof tmp;
        r = inflate(&z, Z_NO_FLUSH);
        tally_buf_add(out, tmp, sizeof tmp - z.avail_out);
        if (r == Z_BUF_ERROR && z.avail_out == sizeof tmp)
            break;
    }
    inflateEnd(&z);
    return out->len > 0;
}

/* The HTTP response in block[0..n): its headers into *h, the body into *body (decoded into tmp when it
 * was chunked or compressed). Returns 0 when the record is not a 2xx response. */
static int http_body(const char *block, size_t n, hdr *h, tally_buf *tmp, const char **body, size_t *blen)
{
    if (n < 12 || memcmp(block, "HTTP/", 5) != 0)
        return 0;
    const char *sp = memchr(block, ' ', 12);
    if (!sp || sp[1] != '2')
        return 0;
    size_t e = header_end(block, n < MAX_HEADER ? n : MAX_HEADER);
    if (!e)
        return 0;
    parse_fields(block, e, h);
    *body = block + e;
    *blen = n - e;
    if (h->tenc && contains(h->tenc, h->tenc_n, "chunked") && dechunk(*body, *blen, tmp)) {
        *body = tmp->s ? tmp->s : "";
        *blen = tmp->len;
    }
    if (h->cenc && (contains(h->cenc, h->cenc_n, "gzip") || contains(h->cenc, h->cenc_n, "deflate"))) {
        tally_buf z = {0};
        if (gunzip(*body, *blen, &z) && !z.err) {
            tally_buf_reset(tmp);
            tally_buf_add(tmp, z.s, z.len);
            *body = tmp->s ? tmp->s : "";
            *blen = tmp->len;
        }
        tally_buf_free(&z);
    }
    return 1;
}

/* MARK: records */

/* Extracts one HTML payload and hands the article to the caller's function. */
static int deliver(warc *w, const hdr *rec, const hdr *http, const char *body, size_t n, size_t off)
{
    if (n > TALLY_HTML_MAX || tally_html_sniff(body, n) != TALLY_HTML_OK)
        return TALLY_OK; /* a page too large to be an article, or not text */
    tally_html_page p = {0};
    tally_buf uri = {0};
    tally_buf_add(&uri, rec->uri ? rec->uri : "", rec->uri_n);
    char wdate[11] = "";
    if (rec->date)
        tally_html_date(rec->date, rec->date_n, wdate);
    int rc = tally_html_extract(body, n, tally_html_latin1(http->ctype, http->ctype_n), &p);
    if (rc == TALLY_EINPUT) {
        rc = TALLY_OK; /* a page nested too deep to parse: skipped like any other unusable payload */
    } else if (rc == TALLY_OK && !uri.err) {
        const char *url = uri.len ? uri.s : p.url.len ? p.url.s : NULL;
        char id[48];
        snprintf(id, sizeof id, "%s#%zu", w->name, w->nrec);
        tally_article a = {.id = url ? url : id, .url = url, .outlet = p.outlet.len ? p.outlet.s : NULL,
                           .published = p.published[0] ? p.published : wdate[0] ? wdate : w->published,
                           .title = p.title.len ? p.title.s : NULL, .text = p.text.len ? p.text.s : "",
                           .text_len = p.text.len};
        tally_srcpos pos = {.name = w->name, .line = 1, .offset = w->base + off};
        rc = w->fn(w->arg, &a, &pos);
    } else {
        rc = tally_fail(w->ctx, TALLY_ENOMEM, "%s: record %zu: out of memory", w->name, w->nrec);
    }
    tally_buf_free(&uri);
    tally_html_page_free(&p);
    return rc;
}

/* A whole record: its header fields and its block. Pages go on to deliver; the rest is skipped. */
static int take(warc *w, const hdr *rec, const char *block, size_t n, size_t off)
{
    int response = rec->type && tally_ieq(rec->type, rec->type_n, "response");
    int resource = rec->type && tally_ieq(rec->type, rec->type_n, "resource");
    if (!response && !resource)
        return TALLY_OK;
    hdr http = {0};
    tally_buf tmp = {0};
    const char *body = block;
    size_t blen = n;
    int rc = TALLY_OK, page = 0;
    if (response && http_body(block, n, &http, &tmp, &body, &blen))
        page = http.ctype ? contains(http.ctype, http.ctype_n, "html") : tally_html_looks_like(body, blen);
    else if (resource)
        page = rec->ctype ? contains(rec->ctype, rec->ctype_n, "html") : tally_html_looks_like(body, blen);
    if (resource)
        http = *rec; /* the record's own Content-Type carries the charset */
    if (tmp.err)
        rc = tally_fail(w->ctx, TALLY_ENOMEM, "%s: record %zu: out of memory", w->name, w->nrec);
    else if (page)
        rc = deliver(w, rec, &http, body, blen, off);
    tally_buf_free(&tmp);
    return rc;
}

/* Takes the complete records off the front of s[0..n); *used = bytes consumed. When eof is false, an
 * incomplete record waits for more bytes; when true, it is an error. */
static int take_records(warc *w, const char *s, size_t n, int eof, size_t *used)
{
    size_t i = 0;
    int rc = TALLY_OK;
    while (rc == TALLY_OK) {
        while (i < n && tally_is_ascii_space((unsigned char)s[i]))
            i++;
        *used = i;
        if (i == n)
            break;
        size_t avail = n - i, he = header_end(s + i, avail < MAX_HEADER ? avail : MAX_HEADER);
        if (!he && !eof && avail < MAX_HEADER)
            break;
        w->nrec++;
        if (avail < 5 || memcmp(s + i, "WARC/", 5) != 0)
            return bad_record(w, i, "not a WARC record (no \"WARC/\" version line)");
        if (!he)
            return bad_record(w, i, eof ? "truncated header" : "header longer than 64 KiB");
        hdr rec;
        parse_fields(s + i, he, &rec);
        if (rec.clen < 0)
            return bad_record(w, i, "no valid Content-Length");
        if (rec.clen > MAX_RECORD)
            return bad_record(w, i, "record larger than 1 GiB");
        if ((size_t)rec.clen > avail - he) {
            if (!eof) {
                w->nrec--;
                break;
            }
            char what[96];
            snprintf(what, sizeof what, "truncated: Content-Length %lld, %zu bytes left", rec.clen, avail - he);
            return bad_record(w, i, what);
        }
        rc = take(w, &rec, s + i + he, (size_t)rec.clen, i);
        i += he + (size_t)rec.clen;
        *used = i;
    }
    return rc;
}

/* MARK: gzip stream */

/* Inflates member after member, taking records off the buffer as they complete. */
static int read_gzip(warc *w, const char *s, size_t len)
{
    z_stream z = {0};
    if (inflateInit2(&z, 16 + MAX_WBITS) != Z_OK)
        return tally_fail(w->ctx, TALLY_ENOMEM, "%s: out of memory", w->name);
    tally_buf b = {0};
    char *tmp = malloc(CHUNK);
    size_t in = 0;
    int rc = tmp ? TALLY_OK : tally_fail(w->ctx, TALLY_ENOMEM, "%s: out of memory", w->name), eof = 0;
    while (rc == TALLY_OK && !eof) {
        size_t step = len - in < (1u << 30) ? len - in : (1u << 30);
        z.next_in = (Bytef *)(uintptr_t)(s + in);
        z.avail_in = (uInt)step;
        z.next_out = (Bytef *)tmp;
        z.avail_out = CHUNK;
        int r = inflate(&z, Z_NO_FLUSH);
        tally_buf_add(&b, tmp, CHUNK - z.avail_out);
        in += step - z.avail_in;
        if (r == Z_STREAM_END) {
            while (in < len && s[in] == 0)
                in++; /* zero padding after the last member */
            eof = in == len;
            if (!eof)
                inflateReset(&z);
        } else if (r == Z_BUF_ERROR) {
            eof = 1; /* cut off inside a member: the records read so far stand, the rest is truncated */
        } else if (r != Z_OK && r != Z_BUF_ERROR) {
            rc = tally_fail(w->ctx, TALLY_EINPUT, "%s: record %zu at byte %zu: corrupt gzip data (%s)", w->name,
                            w->nrec + 1, w->base + b.len, z.msg ? z.msg : "inflate failed");
            break;
        }
        if (b.err) {
            rc = tally_fail(w->ctx, TALLY_ENOMEM, "%s: out of memory", w->name);
            break;
        }
        size_t used = 0;
        rc = take_records(w, b.s ? b.s : "", b.len, eof, &used);
        if (rc == TALLY_OK && !eof && b.len - used > (size_t)MAX_RECORD + MAX_HEADER)
            rc = bad_record(w, used, "record larger than 1 GiB");
        if (used) {
            memmove(b.s, b.s + used, b.len - used);
            b.len -= used;
            w->base += used;
        }
    }
    inflateEnd(&z);
    free(tmp);
    tally_buf_free(&b);
    return rc;
}

int tally_read_warc(tally_ctx *ctx, const char *name, const char *s, size_t len, const char *published,
                    tally_article_fn fn, void *arg)
{
    if (len == 0)
        return tally_fail(ctx, TALLY_EINPUT, "%s: empty file", name);
    warc w = {.ctx = ctx, .name = name, .published = published, .fn = fn, .arg = arg};
    int rc;
    if (len >= 2 && (unsigned char)s[0] == 0x1f && (unsigned char)s[1] == 0x8b) {
        rc = read_gzip(&w, s, len);
    } else {
        size_t used = 0;
        rc = take_records(&w, s, len, 1, &used);
    }
    return rc == TALLY_DONE ? TALLY_OK : rc;
}
