/* bench_dups.c — near-duplicate detection at scale: 1,000,000 generated articles through MinHash + LSH.
 *
 * usage: bench_dups SHARED_DATA [BUILD]     (BENCH_DUPS_N=number of articles, default 1000000)
 *
 * The generator reads every "text" field of the JSON Lines files under SHARED_DATA into one pool of
 * sentences and one list of article lengths. Articles come in families: an original (sentences drawn at
 * random from the pool until a length drawn from the real lengths is reached) and 0-4 edited copies, as
 * agencies and aggregators make them: sentences dropped (p = 0.1) or swapped with the next (p = 0.05), the
 * figures of some sentences changed (p = 0.3), a boilerplate line put before or after (p = 0.5 each). The
 * truth (which family each article belongs to) stays in memory; two articles of one family are a true
 * duplicate pair. Nothing is written to disk.
 *
 * Signatures are computed by 2 threads (families split by parity); then one pass in article order queries
 * the LSH index for earlier candidates, keeps those with estimated Jaccard >= TALLY_DUP_JACCARD, and adds
 * the article: the whole run is linear in the number of articles. Printed: time, articles/s, peak RSS,
 * and precision and recall of the duplicate pairs found against the generator's truth. */
#include "minhash.h"
#include "tally.h"
#include <dirent.h>
#include <jansson.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#define MAX_COPIES 4

typedef struct span {
    uint32_t off, len;
} span;

typedef struct pool {
    char *text;      /* all texts, one after another */
    size_t len, cap;
    span *sent;      /* sentences */
    size_t nsent, capsent;
    uint32_t *lens;  /* article lengths */
    size_t nlens, caplens;
} pool;

typedef struct family {
    uint32_t first; /* its first article */
    uint8_t size;   /* original + copies */
} family;

typedef struct job {
    const pool *p;
    const family *fam;
    size_t nfam;
    int part, nparts;
    tally_minhash *sigs;
    uint64_t bytes;
} job;

static uint64_t splitmix(uint64_t *s)
{
    uint64_t z = (*s += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}

static double unit(uint64_t *s) { return (double)(splitmix(s) >> 11) / 9007199254740992.0; }

static void *grow(void *v, size_t *cap, size_t need, size_t size)
{
    if (need <= *cap)
        return v;
    size_t n = *cap ? *cap : 1024;
    while (n < need)
        n *= 2;
    v = realloc(v, n * size);
    if (!v) {
        fprintf(stderr, "bench_dups: out of memory\n");
        exit(1);
    }
    *cap = n;
    return v;
}

/* MARK: loading */

/* Splits one text into sentences (at a newline, or after . ! ? and a space) of 20+ bytes. */
static void add_text(pool *p, const char *s, size_t n)
{
    p->text = grow(p->text, &p->cap, p->len + n, 1);
    memcpy(p->text + p->len, s, n);
    size_t start = 0;
    for (size_t i = 0; i <= n; i++) {
        int end = i == n || s[i] == '\n' ||
                  ((s[i] == '.' || s[i] == '!' || s[i] == '?') && i + 1 < n && s[i + 1] == ' ');
        if (!end)
            continue;
        size_t e = i < n && s[i] != '\n' ? i + 1 : i;
        while (start < e && (s[start] == ' ' || s[start] == '\n'))
            start++;
        if (e > start + 20) {
            p->sent = grow(p->sent, &p->capsent, p->nsent + 1, sizeof *p->sent);
            p->sent[p->nsent++] = (span){(uint32_t)(p->len + start), (uint32_t)(e - start)};
        }
        start = e;
    }
    p->len += n;
    if (n >= 100) {
        p->lens = grow(p->lens, &p->caplens, p->nlens + 1, sizeof *p->lens);
        p->lens[p->nlens++] = (uint32_t)(n < 20000 ? n : 20000);
    }
}

static void load_file(pool *p, const char *path)
{
    FILE *f = fopen(path, "r");
    if (!f)
        return;
    char *line = NULL;
    size_t cap = 0;
    while (getline(&line, &cap, f) > 0) {
        json_t *o = json_loads(line, 0, NULL);
        json_t *t = o ? json_object_get(o, "text") : NULL;
        if (json_is_string(t))
            add_text(p, json_string_value(t), json_string_length(t));
        json_decref(o);
    }
    free(line);
    fclose(f);
}

/* Every *.jsonl one level below dir. */
static void load_pool(pool *p, const char *dir)
{
    DIR *d = opendir(dir);
    struct dirent *e;
    char path[4096];
    while (d && (e = readdir(d)) != NULL) {
        if (e->d_name[0] == '.')
            continue;
        snprintf(path, sizeof path, "%s/%s", dir, e->d_name);
        DIR *sub = opendir(path);
        struct dirent *f;
        while (sub && (f = readdir(sub)) != NULL) {
            size_t n = strlen(f->d_name);
            if (n > 6 && strcmp(f->d_name + n - 6, ".jsonl") == 0) {
                char file[8192];
                snprintf(file, sizeof file, "%s/%s", path, f->d_name);
                load_file(p, file);
            }
        }
        if (sub)
            closedir(sub);
    }
    if (d)
        closedir(d);
}

/* MARK: generation */

static const char *const boilerplate[] = {
    "Sign up for our morning newsletter to get the day's headlines in your inbox.",
    "Copyright 2025 Example Media Group. All rights reserved. This material may not be redistributed.",
    "Follow us on social media for the latest updates on this story.",
    "This article was updated with additional information from officials.",
    "Have a news tip? Contact our newsroom by email or phone, day or night.",
};

/* Sentences of family f's original: indices into the pool. */
static size_t original(const pool *p, uint32_t f, uint32_t *out, size_t cap)
{
    uint64_t s = 0x5eed0000ULL + f;
    size_t target = p->lens[splitmix(&s) % p->nlens], len = 0, n = 0;
    while (len < target && n < cap) {
        out[n] = (uint32_t)(splitmix(&s) % p->nsent);
        len += p->sent[out[n]].len + 1;
        n++;
    }
    return n;
}

static void put(char **buf, size_t *len, size_t *cap, const char *s, size_t n)
{
    *buf = grow(*buf, cap, *len + n + 1, 1);
    memcpy(*buf + *len, s, n);
    *len += n;
    (*buf)[(*len)++] = ' ';
}

/* Copy m of an original (m = 0: the original itself) rendered into *buf. */
static size_t render(const pool *p, const uint32_t *sent, size_t n, uint32_t f, int m, char **buf, size_t *cap)
{
    uint64_t s = ((uint64_t)f << 8) + (uint64_t)m;
    uint32_t order[512];
    size_t k = 0, len = 0;
    for (size_t i = 0; i < n; i++)
        if (m == 0 || n < 4 || unit(&s) >= 0.1)
            order[k++] = sent[i];
    for (size_t i = 0; m > 0 && i + 1 < k; i++)
        if (unit(&s) < 0.05) {
            uint32_t t = order[i];
            order[i] = order[i + 1];
            order[i + 1] = t;
        }
    const char *bp = boilerplate[splitmix(&s) % 5];
    if (m > 0 && unit(&s) < 0.5)
        put(buf, &len, cap, bp, strlen(bp));
    for (size_t i = 0; i < k; i++) {
        const span *sp = &p->sent[order[i]];
        size_t at = len;
        put(buf, &len, cap, p->text + sp->off, sp->len);
        if (m > 0 && unit(&s) < 0.3) /* other figures */
            for (size_t j = at; j < len; j++)
                if ((*buf)[j] >= '0' && (*buf)[j] <= '9')
                    (*buf)[j] = (char)('0' + ((*buf)[j] - '0' + 3) % 10);
    }
    if (m > 0 && unit(&s) < 0.5)
        put(buf, &len, cap, bp, strlen(bp));
    return len;
}

static void *sign_part(void *arg)
{
    job *j = arg;
    char *buf = NULL;
    size_t cap = 0;
    uint32_t sent[512];
    for (size_t f = (size_t)j->part; f < j->nfam; f += (size_t)j->nparts) {
        size_t n = original(j->p, (uint32_t)f, sent, 512);
        for (int m = 0; m < j->fam[f].size; m++) {
            size_t len = render(j->p, sent, n, (uint32_t)f, m, &buf, &cap);
            tally_minhash_text(buf, len, &j->sigs[j->fam[f].first + (uint32_t)m]);
            j->bytes += len;
        }
    }
    free(buf);
    return NULL;
}

/* MARK: main */

static double now(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

static long peak_rss_kib(void)
{
    FILE *f = fopen("/proc/self/status", "r");
    char line[256];
    long kib = -1;
    while (f && fgets(line, sizeof line, f))
        if (strncmp(line, "VmHWM:", 6) == 0)
            kib = atol(line + 6);
    if (f)
        fclose(f);
    return kib;
}

/* Family sizes: 55% alone, then 1-4 copies. */
static family *families(size_t n, size_t *nfam, uint32_t **fam_of)
{
    family *fam = malloc(n * sizeof *fam);
    *fam_of = malloc(n * sizeof **fam_of);
    uint64_t s = 42;
    size_t at = 0, nf = 0;
    while (at < n) {
        double u = unit(&s);
        size_t size = u < 0.55 ? 1 : u < 0.8 ? 2 : u < 0.92 ? 3 : u < 0.97 ? 4 : 1 + MAX_COPIES;
        if (size > n - at)
            size = n - at;
        fam[nf] = (family){(uint32_t)at, (uint8_t)size};
        for (size_t i = 0; i < size; i++)
            (*fam_of)[at + i] = (uint32_t)nf;
        at += size;
        nf++;
    }
    *nfam = nf;
    return fam;
}

int main(int argc, char **argv)
{
    const char *dir = argc > 1 ? argv[1] : "../shared/data";
    size_t n = getenv("BENCH_DUPS_N") ? (size_t)atol(getenv("BENCH_DUPS_N")) : 1000000;
    pool p = {0};
    double t0 = now();
    load_pool(&p, dir);
    if (p.nsent < 1000 || p.nlens == 0) {
        fprintf(stderr, "bench_dups: no texts under %s\n", dir);
        return 1;
    }
    double t1 = now();
    size_t nfam;
    uint32_t *fam_of;
    family *fam = families(n, &nfam, &fam_of);
    tally_minhash *sigs = malloc(n * sizeof *sigs);
    job jobs[2];
    pthread_t th[2];
    for (int t = 0; t < 2; t++) {
        jobs[t] = (job){&p, fam, nfam, t, 2, sigs, 0};
        pthread_create(&th[t], NULL, sign_part, &jobs[t]);
    }
    for (int t = 0; t < 2; t++)
        pthread_join(th[t], NULL);
    double t2 = now();
    tally_lsh lsh;
    tally_lsh_init(&lsh);
    uint32_t cand[TALLY_LSH_BANDS * TALLY_LSH_FANOUT];
    double truth = 0, found = 0, tp = 0, cands = 0;
    for (size_t i = 0; i < nfam; i++)
        truth += (double)fam[i].size * (fam[i].size - 1) / 2;
    for (size_t i = 0; i < n; i++) {
        size_t m = tally_lsh_query(&lsh, &sigs[i], cand, sizeof cand / sizeof *cand);
        cands += (double)m;
        for (size_t k = 0; k < m; k++)
            if (tally_minhash_jaccard(&sigs[i], &sigs[cand[k]]) >= TALLY_DUP_JACCARD) {
                found++;
                tp += fam_of[cand[k]] == fam_of[i];
            }
        if (tally_lsh_add(&lsh, &sigs[i], (uint32_t)i) != TALLY_OK) {
            fprintf(stderr, "bench_dups: out of memory\n");
            return 1;
        }
    }
    double t3 = now();
    double mb = (double)(jobs[0].bytes + jobs[1].bytes) / 1e6;
    printf("pool: %zu sentences, %zu article lengths, loaded in %.1f s (not timed below)\n", p.nsent, p.nlens,
           t1 - t0);
    printf("%zu articles (%.0f MB generated), %zu families: %.1f s = signatures %.1f s (2 threads) + LSH "
           "index and query %.1f s (1 thread)\n", n, mb, nfam, t3 - t1, t2 - t1, t3 - t2);
    printf("throughput %.0f articles/s, %.1f MB/s; candidates per article %.2f\n", (double)n / (t3 - t1),
           mb / (t3 - t1), cands / (double)n);
    printf("peak RSS %.0f MiB\n", (double)peak_rss_kib() / 1024);
    printf("duplicate pairs: truth %.0f found %.0f correct %.0f precision %.4f recall %.4f\n", truth, found, tp,
           found > 0 ? tp / found : 0, truth > 0 ? tp / truth : 0);
    tally_lsh_free(&lsh);
    free(sigs);
    free(fam);
    free(fam_of);
    free(p.text);
    free(p.sent);
    free(p.lens);
    return 0;
}
