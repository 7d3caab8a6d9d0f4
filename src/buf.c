/* buf.c — growable buffer and the JSON/CSV escaping every output uses. */
#include "buf.h"
#include "tally.h"
#include "text.h"
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int grow(tally_buf *b, size_t extra)
{
    if (b->err)
        return 0;
    if (b->len + extra + 1 <= b->cap)
        return 1;
    size_t cap = b->cap ? b->cap : 256;
    while (cap < b->len + extra + 1) {
        if (cap > SIZE_MAX / 2) {
            b->err = TALLY_ENOMEM;
            return 0;
        }
        cap *= 2;
    }
    char *p = realloc(b->s, cap);
    if (!p) {
        b->err = TALLY_ENOMEM;
        return 0;
    }
    b->s = p;
    b->cap = cap;
    return 1;
}

void tally_buf_add(tally_buf *b, const char *s, size_t n)
{
    if (!grow(b, n))
        return;
    if (n)
        memcpy(b->s + b->len, s, n);
    b->len += n;
    b->s[b->len] = '\0';
}

void tally_buf_adds(tally_buf *b, const char *s)
{
    tally_buf_add(b, s, strlen(s));
}

void tally_buf_addc(tally_buf *b, char c)
{
    tally_buf_add(b, &c, 1);
}

void tally_buf_printf(tally_buf *b, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(NULL, 0, fmt, ap);
    va_end(ap);
    if (n < 0 || !grow(b, (size_t)n))
        return;
    va_start(ap, fmt);
    vsnprintf(b->s + b->len, (size_t)n + 1, fmt, ap);
    va_end(ap);
    b->len += (size_t)n;
}

void tally_buf_json_str(tally_buf *b, const char *s, size_t n)
{
    static const char hex[] = "0123456789abcdef";
    tally_buf_addc(b, '"');
    size_t i = 0;
    while (i < n) {
        unsigned char c = (unsigned char)s[i];
        if (c >= 0x80) {
            int32_t cp;
            size_t m = tally_utf8_decode(s, n, i, &cp);
            if (m == 1) /* a lone byte: not UTF-8 */
                tally_buf_adds(b, "\xEF\xBF\xBD");
            else
                tally_buf_add(b, s + i, m);
            i += m;
            continue;
        }
        i++;
        if (c == '"' || c == '\\') {
            tally_buf_addc(b, '\\');
            tally_buf_addc(b, (char)c);
        } else if (c == '\n') {
            tally_buf_adds(b, "\\n");
        } else if (c == '\t') {
            tally_buf_adds(b, "\\t");
        } else if (c == '\r') {
            tally_buf_adds(b, "\\r");
        } else if (c < 0x20 || c == 0x7f) {
            char e[7] = {'\\', 'u', '0', '0', hex[c >> 4], hex[c & 15], 0};
            tally_buf_adds(b, e);
        } else {
            tally_buf_addc(b, (char)c);
        }
    }
    tally_buf_addc(b, '"');
}

void tally_buf_json_num(tally_buf *b, double v)
{
    if (isnan(v) || isinf(v))
        tally_buf_adds(b, "null");
    else if (v == floor(v) && fabs(v) < 1e15)
        tally_buf_printf(b, "%.0f", v);
    else
        tally_buf_printf(b, "%.10g", v);
}

void tally_buf_csv(tally_buf *b, const char *s)
{
    if (!s)
        return;
    if (!strpbrk(s, ",\"\n\r")) {
        tally_buf_adds(b, s);
        return;
    }
    tally_buf_addc(b, '"');
    for (; *s; s++) {
        if (*s == '"')
            tally_buf_addc(b, '"');
        tally_buf_addc(b, *s);
    }
    tally_buf_addc(b, '"');
}

void tally_buf_reset(tally_buf *b)
{
    b->len = 0;
    if (b->s)
        b->s[0] = '\0';
    b->err = 0;
}

void tally_buf_free(tally_buf *b)
{
    free(b->s);
    b->s = NULL;
    b->len = b->cap = 0;
}
