/* read.c — plain-text and JSON Lines readers, format guessing, and dispatch.
 * JSON Lines is parsed with jansson one line at a time, so a bad line is reported with its line and
 * column and the lines before it are already delivered. */
#include "read.h"
#include "ctx.h"
#include "text.h"
#include <jansson.h>
#include <string.h>

tally_format tally_format_guess(const char *name)
{
    const char *dot = strrchr(name, '.');
    if (!dot)
        return TALLY_FMT_TXT;
    if (strcmp(dot, ".jsonl") == 0 || strcmp(dot, ".ndjson") == 0 || strcmp(dot, ".json") == 0)
        return TALLY_FMT_JSONL;
    if (strcmp(dot, ".html") == 0 || strcmp(dot, ".htm") == 0)
        return TALLY_FMT_HTML;
    if (strcmp(dot, ".warc") == 0 || (strcmp(dot, ".gz") == 0 && dot - name >= 5 && strncmp(dot - 5, ".warc", 5) == 0))
        return TALLY_FMT_WARC;
    return TALLY_FMT_TXT;
}

int tally_format_parse(const char *s)
{
    static const char *const names[] = {"txt", "jsonl", "html", "warc"};
    for (int i = 0; i < 4; i++)
        if (strcmp(s, names[i]) == 0)
            return i;
    return -1;
}

static const char *base_name(const char *path)
{
    const char *slash = strrchr(path, '/');
    return slash ? slash + 1 : path;
}

/* Finds a leading "date YYYY-MM-DD" (after optional spaces); copies the date to day[11]. */
static bool date_header(const char *s, size_t len, char day[11])
{
    size_t i = tally_skip_space(s, len, 0);
    if (len - i < 15 || !tally_iprefix(s + i, len - i, "date ") )
        return false;
    i = tally_skip_space(s, len, i + 4);
    if (len - i < 10)
        return false;
    memcpy(day, s + i, 10);
    day[10] = '\0';
    return tally_day_parse(day) != TALLY_NODAY && (i + 10 == len || tally_space_at(s, len, i + 10));
}

/* The title is the first non-empty line after any date header, when the file has more than one line. */
static char *title_line(const char *s, size_t len, bool has_date, char *buf, size_t cap)
{
    size_t i = 0;
    if (has_date) {
        const char *nl = memchr(s, '\n', len);
        if (!nl)
            return NULL;
        i = (size_t)(nl - s) + 1;
    }
    i = tally_skip_space(s, len, i);
    const char *nl = memchr(s + i, '\n', len - i);
    if (!nl)
        return NULL;
    size_t n = (size_t)(nl - (s + i));
    while (n && tally_is_ascii_space((unsigned char)s[i + n - 1]))
        n--;
    if (n == 0 || n >= cap)
        return NULL;
    memcpy(buf, s + i, n);
    buf[n] = '\0';
    return buf;
}

int tally_read_txt(tally_ctx *ctx, const char *name, const char *s, size_t len, const char *published,
                   tally_article_fn fn, void *arg)
{
    char day[11], title[512];
    bool has_date = date_header(s, len, day);
    /* A date header on its own line ends there; one run into the text (a flattened page) does not. */
    bool date_line = has_date && memchr(s, '\n', len) && (size_t)((const char *)memchr(s, '\n', len) - s) < 32;
    tally_article a = {.id = base_name(name), .published = has_date ? day : published, .text = s, .text_len = len};
    a.title = title_line(s, len, date_line, title, sizeof title);
    tally_srcpos pos = {.name = name, .line = 1, .offset = 0};
    int rc = fn(arg, &a, &pos);
    return rc == TALLY_DONE ? TALLY_OK : rc;
}

static const char *json_field(json_t *obj, const char *key)
{
    json_t *v = json_object_get(obj, key);
    return json_is_string(v) ? json_string_value(v) : NULL;
}

/* Delivers one JSON Lines record, or fails with NAME:LINE:COL. */
static int jsonl_line(tally_ctx *ctx, const char *name, const char *s, size_t n, size_t lineno, size_t off,
                      const char *published, tally_article_fn fn, void *arg)
{
    json_error_t err;
    json_t *obj = json_loadb(s, n, JSON_REJECT_DUPLICATES | JSON_ALLOW_NUL, &err);
    if (!obj)
        return tally_fail(ctx, TALLY_EINPUT, "%s:%zu:%d: %s", name, lineno, err.column > 0 ? err.column : 1,
                          err.text);
    json_t *text = json_object_get(obj, "text");
    int rc = TALLY_OK;
    if (!json_is_object(obj)) {
        rc = tally_fail(ctx, TALLY_EINPUT, "%s:%zu:1: not a JSON object", name, lineno);
    } else if (!json_is_string(text)) {
        rc = tally_fail(ctx, TALLY_EINPUT, "%s:%zu:1: no \"text\" string field", name, lineno);
    } else {
        char idbuf[32];
        const char *id = json_field(obj, "id");
        json_t *idv = json_object_get(obj, "id");
        if (!id && json_is_integer(idv)) {
            snprintf(idbuf, sizeof idbuf, "%lld", (long long)json_integer_value(idv));
            id = idbuf;
        }
        if (!id) {
            snprintf(idbuf, sizeof idbuf, "%s#%zu", base_name(name), lineno);
            id = idbuf;
        }
        const char *pub = json_field(obj, "published");
        tally_article a = {.id = id, .url = json_field(obj, "url"), .outlet = json_field(obj, "outlet"),
                           .published = pub ? pub : published, .title = json_field(obj, "title"),
                           .text = json_string_value(text), .text_len = json_string_length(text)};
        tally_srcpos pos = {.name = name, .line = lineno, .offset = off};
        rc = fn(arg, &a, &pos);
    }
    json_decref(obj);
    return rc;
}

int tally_read_jsonl(tally_ctx *ctx, const char *name, const char *s, size_t len, const char *published,
                     tally_article_fn fn, void *arg)
{
    int rc = TALLY_OK;
    size_t lineno = 0;
    for (size_t i = 0; rc == TALLY_OK && i < len;) {
        const char *nl = memchr(s + i, '\n', len - i);
        size_t n = nl ? (size_t)(nl - (s + i)) : len - i;
        lineno++;
        size_t k = tally_skip_space(s, i + n, i);
        if (k < i + n)
            rc = jsonl_line(ctx, name, s + i, n, lineno, i, published, fn, arg);
        i += n + 1;
    }
    return rc == TALLY_DONE ? TALLY_OK : rc;
}

int tally_read(tally_ctx *ctx, tally_format fmt, const char *name, const char *s, size_t len,
               const char *published, tally_article_fn fn, void *arg)
{
    switch (fmt) {
    case TALLY_FMT_JSONL: return tally_read_jsonl(ctx, name, s, len, published, fn, arg);
    case TALLY_FMT_HTML: return tally_read_html(ctx, name, s, len, published, fn, arg);
    case TALLY_FMT_WARC: return tally_read_warc(ctx, name, s, len, published, fn, arg);
    default: return tally_read_txt(ctx, name, s, len, published, fn, arg);
    }
}
