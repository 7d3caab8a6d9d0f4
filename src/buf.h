/* buf.h — growable byte buffer with a sticky error: appends after a failed one do nothing, and the
 * caller checks b->err once at the end (SQLite's StrAccum, FTS5's sticky rc). */
#ifndef TALLY_BUF_H
#define TALLY_BUF_H
#include <stdarg.h>
#include <stddef.h>

typedef struct tally_buf {
    char *s;   /* NUL-terminated when len > 0 */
    size_t len, cap;
    int err;   /* TALLY_OK or TALLY_ENOMEM */
} tally_buf;

void tally_buf_add(tally_buf *b, const char *s, size_t n);
void tally_buf_adds(tally_buf *b, const char *s);
void tally_buf_addc(tally_buf *b, char c);
void tally_buf_printf(tally_buf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* A JSON string literal with quotes; invalid UTF-8 bytes become U+FFFD. */
void tally_buf_json_str(tally_buf *b, const char *s, size_t n);
/* A JSON number, or null for NAN; integers print without a fraction. */
void tally_buf_json_num(tally_buf *b, double v);
/* A CSV field, quoted when it holds a comma, quote or newline. */
void tally_buf_csv(tally_buf *b, const char *s);
void tally_buf_reset(tally_buf *b);
void tally_buf_free(tally_buf *b);
#endif
