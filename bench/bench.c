/* bench.c — throughput of one stage on one core: MB/s over a text file, and the process's peak RSS.
 * usage: bench STAGE FILE   (STAGE: numbers | dates | claims | names)
 * claims is `tally extract` per article (tokens, numbers, dates, claims and their attribution); names adds
 * the named-entity pass the store runs before it writes (`tally ingest` without SQLite).
 * The file is cut into articles at form-feed lines ("\f"), as corpus.py writes whole articles, paragraphs
 * and all; a file without one is cut at blank lines. Cutting the corpus at blank lines cut articles into
 * paragraphs, which flattered the claims stage once it set aside texts without a claim word (48 MB/s per
 * paragraph against 36 per article on 2026-11-23). */
#include "tally.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <time.h>

int tally_doc_names(const tally_doc *d); /* src/doc.h: the mention pass, run on first use by the store */

/* MB/s is taken over the process's CPU time: the program runs on one core, and on a machine shared with
 * other jobs the wall clock counts their time too. The wall time is printed beside it. */
static double now(clockid_t clock)
{
    struct timespec ts;
    clock_gettime(clock, &ts);
    return ts.tv_sec + ts.tv_nsec / 1e9;
}

static char *slurp(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    fseek(f, 0, SEEK_END);
    long n = ftell(f);
    fseek(f, 0, SEEK_SET);
    char *p = n >= 0 ? malloc((size_t)n + 1) : NULL;
    if (p && fread(p, 1, (size_t)n, f) != (size_t)n) {
        free(p);
        p = NULL;
    }
    fclose(f);
    if (p) {
        p[n] = 0;
        *len = (size_t)n;
    }
    return p;
}

/* Runs the stage over one article; returns how many results it gave. */
static size_t run_one(tally_ctx *ctx, const char *stage, const char *s, size_t n)
{
    size_t count = 0;
    if (strcmp(stage, "numbers") == 0) {
        const tally_number *v;
        tally_numbers(ctx, s, n, &v, &count);
    } else if (strcmp(stage, "dates") == 0) {
        const tally_timex *v;
        tally_dates(ctx, s, n, "2020-06-15", &v, &count);
    } else {
        tally_article a = {.id = "bench", .published = "2020-06-15", .text = s, .text_len = n};
        tally_doc *doc = NULL;
        if (tally_doc_extract(ctx, &a, &doc) == TALLY_OK)
            count = tally_doc_nclaims(doc);
        if (doc && strcmp(stage, "names") == 0 && tally_doc_names(doc) != TALLY_OK)
            count = 0;
        tally_doc_free(doc);
    }
    return count;
}

/* One article of the corpus: its text, up to and with its last newline. */
typedef struct article {
    const char *s;
    size_t n;
} article;

/* The first sep in s[0..len), or NULL. */
static const char *find(const char *s, size_t len, const char *sep, size_t seplen)
{
    for (const char *p = s, *end = s + len; (p = memchr(p, sep[0], (size_t)(end - p))) != NULL; p++)
        if ((size_t)(end - p) >= seplen && memcmp(p, sep, seplen) == 0)
            return p;
    return NULL;
}

/* Cuts s into articles before the timer starts: cutting is the harness's work, not the stage's (a strstr per
 * article had been 3 % of the claims stage's CPU time and 11 % of the dates stage's, perf on 2026-11-24). */
static article *cut(const char *s, size_t len, size_t *narts)
{
    const char *sep = memchr(s, '\f', len) ? "\n\f\n" : "\n\n";
    size_t seplen = strlen(sep), cap = 1024, n = 0;
    article *v = malloc(cap * sizeof *v);
    for (size_t i = 0; v && i < len;) {
        const char *end = find(s + i, len - i, sep, seplen);
        size_t m = end ? (size_t)(end - (s + i)) + 1 : len - i; /* the article ends with its newline */
        if (n == cap) {
            article *w = realloc(v, (cap *= 2) * sizeof *v);
            if (!w)
                free(v);
            v = w;
            if (!v)
                break;
        }
        v[n++] = (article){s + i, m};
        i += end ? m + seplen - 1 : m;
    }
    *narts = n;
    return v;
}

int main(int argc, char **argv)
{
    if (argc < 3) {
        fprintf(stderr, "usage: bench numbers|dates|claims|names FILE\n");
        return 2;
    }
    size_t len = 0;
    char *s = slurp(argv[2], &len);
    if (!s) {
        fprintf(stderr, "bench: cannot read %s\n", argv[2]);
        return 1;
    }
    size_t narts = 0;
    article *arts = cut(s, len, &narts);
    if (!arts) {
        fprintf(stderr, "bench: out of memory\n");
        return 1;
    }
    tally_ctx *ctx = tally_ctx_new();
    size_t found = 0;
    double t0 = now(CLOCK_PROCESS_CPUTIME_ID), w0 = now(CLOCK_MONOTONIC);
    for (size_t i = 0; i < narts; i++)
        found += run_one(ctx, argv[1], arts[i].s, arts[i].n);
    double dt = now(CLOCK_PROCESS_CPUTIME_ID) - t0, wall = now(CLOCK_MONOTONIC) - w0;
    struct rusage ru;
    getrusage(RUSAGE_SELF, &ru);
    printf("%-8s %8.1f MB/s  %9zu found  %6.1f MB in %.2f s CPU (%.2f s wall)  peak RSS %.1f MiB\n", argv[1],
           len / 1e6 / dt, found, len / 1e6, dt, wall, ru.ru_maxrss / 1024.0);
    tally_ctx_free(ctx);
    free(arts);
    free(s);
    return 0;
}
