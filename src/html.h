/* html.h — HTML main-text extraction shared by the HTML and WARC readers (read_html.c, read_warc.c).
 * A page goes in as bytes; out come the article's main text (paragraphs separated by "\n\n", valid UTF-8)
 * and what the page says about itself (title, canonical url, site name, publication date). */
#ifndef TALLY_HTML_H
#define TALLY_HTML_H
#include "buf.h"
#include <stddef.h>

/* A page larger than this is not an article (gumbo needs ~15 times a page's size); readers refuse it. */
enum { TALLY_HTML_MAX = 32 << 20 };

/* What tally_html_sniff finds in a buffer. */
enum { TALLY_HTML_OK, TALLY_HTML_EMPTY, TALLY_HTML_BINARY };

/* TALLY_HTML_EMPTY for no bytes (or only whitespace), TALLY_HTML_BINARY when the bytes hold a NUL or too
 * many control characters to be text, else TALLY_HTML_OK. Looks at most at the first 64 KiB. */
int tally_html_sniff(const char *s, size_t len);

/* True when the bytes look like an HTML document (a doctype or an <html>/<head>/<body>/<p> tag near the
 * start); used by the WARC reader for payloads without a Content-Type. */
int tally_html_looks_like(const char *s, size_t len);

/* The extracted page. Every string is NUL-terminated UTF-8 owned by the page ("" when unknown). */
typedef struct tally_html_page {
    tally_buf text;      /* title paragraph, then the main text */
    tally_buf title;     /* og:title, else <title> (site name suffix cut), else the article's <h1> */
    tally_buf url;       /* <link rel=canonical>, else og:url */
    tally_buf outlet;    /* og:site_name */
    char published[11];  /* YYYY-MM-DD from the page's metadata, "" when none */
} tally_html_page;

/* Parses s[0..len) (any bytes; invalid UTF-8 is repaired first) into *page, which the caller zeroes
 * before and frees with tally_html_page_free after, also on error. Returns TALLY_OK, TALLY_ENOMEM, or
 * TALLY_EINPUT for a page whose elements nest thousands deep (or pile up thousands of unclosed
 * formatting tags) so that parsing it would take minutes or gigabytes. Malformed HTML is not an error.
 * No shared state: separate pages may be parsed in parallel threads. */
int tally_html_extract(const char *s, size_t len, int latin1, tally_html_page *page);
/* True when a Content-Type value ctype[0..n) names a Latin-1 family charset: pass it as latin1 above
 * (a page that is not valid UTF-8 is then read as windows-1252; the page's own meta charset also counts). */
int tally_html_latin1(const char *ctype, size_t n);
void tally_html_page_free(tally_html_page *page);

/* Reduces a date string ("2024-12-19T08:00:00Z", "2024/12/19", "20241219") to "YYYY-MM-DD" in out[11].
 * Returns 1 when s[0..len) starts with a valid date, else 0 (out is then ""). */
int tally_html_date(const char *s, size_t len, char out[11]);
#endif
