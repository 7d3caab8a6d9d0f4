/* read.h — readers: bytes of one input file in, articles out through a callback.
 * Each reader calls fn once per article, in file order; the article's strings are valid only during the
 * call. A reader that meets input it cannot use returns TALLY_EINPUT with the message
 * "NAME:LINE:COL: what is wrong" (or "NAME: …") in ctx; articles already delivered stay delivered.
 * fn returns TALLY_OK to go on, TALLY_DONE to stop (the reader then returns TALLY_OK), or an error,
 * which the reader returns as is. */
#ifndef TALLY_READ_H
#define TALLY_READ_H
#include "tally.h"

typedef struct tally_srcpos {
    const char *name; /* the input's name (file path, "-" for stdin) */
    size_t line;      /* 1-based line where the article starts (JSON Lines), else 1 */
    size_t offset;    /* byte offset in the input where the article starts */
} tally_srcpos;

typedef int (*tally_article_fn)(void *arg, const tally_article *a, const tally_srcpos *pos);

/* Input formats; tally_format_guess picks one from a file name's extension (txt when unknown). */
typedef enum { TALLY_FMT_TXT, TALLY_FMT_JSONL, TALLY_FMT_HTML, TALLY_FMT_WARC } tally_format;
tally_format tally_format_guess(const char *name);
/* Parses "txt", "jsonl", "html", "warc"; -1 when unknown. */
int tally_format_parse(const char *s);

/* Plain text: an optional first line "date YYYY-MM-DD", then the title line, then the body. The article's
 * text is the whole file (offsets stay file offsets); published comes from the date line, else from the
 * caller's default. id = the file's base name. */
int tally_read_txt(tally_ctx *ctx, const char *name, const char *s, size_t len, const char *published,
                   tally_article_fn fn, void *arg);
/* JSON Lines, one article per line: {"id","url","outlet","published","title","text"}; only text required. */
int tally_read_jsonl(tally_ctx *ctx, const char *name, const char *s, size_t len, const char *published,
                     tally_article_fn fn, void *arg);
/* HTML page: main text extracted (boilerplate dropped), title, canonical url, site name, published date
 * from meta tags when present. The article's text is the extracted text. */
int tally_read_html(tally_ctx *ctx, const char *name, const char *s, size_t len, const char *published,
                    tally_article_fn fn, void *arg);
/* WARC or gzip-compressed WARC (detected by magic bytes): each HTML response record is one article;
 * url from WARC-Target-URI, published from the page, else WARC-Date. */
int tally_read_warc(tally_ctx *ctx, const char *name, const char *s, size_t len, const char *published,
                    tally_article_fn fn, void *arg);
/* Dispatches on fmt. */
int tally_read(tally_ctx *ctx, tally_format fmt, const char *name, const char *s, size_t len,
               const char *published, tally_article_fn fn, void *arg);
#endif
