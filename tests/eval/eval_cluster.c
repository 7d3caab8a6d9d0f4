/* eval_cluster.c — event clustering against gold labels, scored as ../shared/tools/score_events.py does.
 *
 * usage: eval_cluster FILE.jsonl ecbplus|gva|story [NAME=VALUE…]
 *   ecbplus: fields doc, text, cluster (only text is given to tally: doc names and urls leak the answer);
 *            topic is read to count hard negatives (same topic, other event) that were merged
 *   gva:     fields doc_id, dct, title, text, incident_id (dct is the publication date)
 *   story:   fields id, published, title, text, incident_id
 * Every document is turned into a feature blob and added through tally_clusterer_add in file order; then
 * pairwise P/R/F1 over all unordered pairs and B-cubed P/R/F1 (Bagga & Baldwin) are printed. NAME=VALUE
 * overrides a clusterer parameter (w_name=3 threshold=0.25 …) for tuning. Last line:
 * "pairwise F1 x bcubed F1 y", as the scorer prints it. */
#include "buf.h"
#include "cluster.h"
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

typedef struct doc {
    char *gold;    /* gold cluster label */
    int64_t pred;  /* event from the clusterer */
    int64_t topic; /* ecbplus topic, else -1 */
    int64_t dup;
} doc;

static const char *str_field(json_t *o, const char *name)
{
    json_t *v = json_object_get(o, name);
    return json_is_string(v) ? json_string_value(v) : NULL;
}

static int set_param(tally_cluster_params *p, const char *arg)
{
    const char *eq = strchr(arg, '=');
    if (!eq)
        return -1;
    double v = atof(eq + 1);
    size_t n = (size_t)(eq - arg);
#define P(f)                                             \
    if (n == strlen(#f) && strncmp(arg, #f, n) == 0) {   \
        p->f = (__typeof__(p->f))v;                      \
        return 0;                                        \
    }
    P(w_name) P(w_phrase) P(w_word) P(w_num) P(w_date) P(w_lead) P(n0) P(threshold) P(lambda) P(second) P(beta) P(window) P(floor) P(dated_floor) P(decay) P(near_boost) P(rare_df) P(rare_names) P(rare_frac) P(conflict) P(central_tf) P(central_df) P(year_gap) P(far_year) P(unsure) P(recheck) P(merge_min) P(merge_sample) P(merge_ratio) P(lone_margin) P(lone_lead)
    P(salient) P(topk) P(fanout) P(maxcand) P(dfcap)
#undef P
    return -1;
}

/* Features of one JSON line, added to the clusterer; fills d. Returns 0, or -1 on a bad line. */
static int add_line(tally_clusterer *c, const char *kind, const char *line, int64_t docno, doc *d, tally_buf *blob)
{
    json_error_t err;
    json_t *o = json_loads(line, 0, &err);
    if (!o)
        return -1;
    int ecb = strcmp(kind, "ecbplus") == 0, gva = strcmp(kind, "gva") == 0;
    const char *text = str_field(o, "text");
    const char *title = ecb ? NULL : str_field(o, "title");
    const char *pub = ecb ? NULL : str_field(o, gva ? "dct" : "published");
    json_t *g = json_object_get(o, ecb ? "cluster" : "incident_id");
    char gbuf[32];
    const char *gold = json_is_string(g) ? json_string_value(g) : NULL;
    if (json_is_integer(g)) {
        snprintf(gbuf, sizeof gbuf, "%lld", (long long)json_integer_value(g));
        gold = gbuf;
    }
    if (!text || !gold) {
        json_decref(o);
        return -1;
    }
    json_t *t = json_object_get(o, "topic");
    d->topic = ecb && json_is_integer(t) ? (int64_t)json_integer_value(t) : -1;
    d->gold = strdup(gold);
    blob->len = 0;
    int rc = tally_event_features(title, text, strlen(text), pub ? tally_day_parse(pub) : TALLY_NODAY, blob);
    if (rc == TALLY_OK)
        rc = tally_clusterer_add(c, blob->s, blob->len, docno, &d->pred, &d->dup, NULL, NULL);
    json_decref(o);
    return rc == TALLY_OK && d->gold ? 0 : -1;
}

/* A document that tally_clusterer_settle moved: its new event (docno is the index into docs). */
static void on_move(void *arg, int64_t docno, int64_t event) { ((doc *)arg)[docno].pred = event; }

static int cmp_str(const void *a, const void *b) { return strcmp(*(char *const *)a, *(char *const *)b); }

/* Dense ids for the gold labels. */
static void gold_ids(doc *d, size_t n, int64_t *gid)
{
    char **s = malloc(n * sizeof *s);
    for (size_t i = 0; i < n; i++)
        s[i] = d[i].gold;
    qsort(s, n, sizeof *s, cmp_str);
    for (size_t i = 0; i < n; i++) {
        char **f = bsearch(&d[i].gold, s, n, sizeof *s, cmp_str);
        while (f > s && strcmp(f[-1], *f) == 0)
            f--;
        gid[i] = f - s;
    }
    free(s);
}

static double f1(double p, double r) { return p + r > 0 ? 2 * p * r / (p + r) : 0; }

/* Pairwise and B-cubed scores; O(n^2) pairs over a few thousand documents is fine for an evaluation. */
static void score(doc *d, size_t n)
{
    int64_t *gid = malloc(n * sizeof *gid);
    gold_ids(d, n, gid);
    double tp = 0, fp = 0, fn = 0, hard = 0, hard_fp = 0, bp = 0, br = 0, dups = 0;
    for (size_t i = 0; i < n; i++) {
        double both = 0, pc = 0, gc = 0;
        for (size_t j = 0; j < n; j++) {
            int s = d[i].pred == d[j].pred, g = gid[i] == gid[j];
            both += s && g;
            pc += s;
            gc += g;
            if (j > i) {
                tp += s && g;
                fp += s && !g;
                fn += g && !s;
                if (d[i].topic >= 0 && d[i].topic == d[j].topic && !g) {
                    hard++;
                    hard_fp += s;
                }
            }
        }
        bp += both / pc;
        br += both / gc;
        dups += d[i].dup >= 0;
    }
    double P = tp + fp > 0 ? tp / (tp + fp) : 0, R = tp + fn > 0 ? tp / (tp + fn) : 0;
    bp /= (double)n;
    br /= (double)n;
    printf("near-duplicates found %.0f\n", dups);
    if (hard > 0)
        printf("hard negatives merged %.0f of %.0f (%.3f)\n", hard_fp, hard, hard_fp / hard);
    printf("docs %zu pairwise P %.3f R %.3f  bcubed P %.3f R %.3f\n", n, P, R, bp, br);
    printf("pairwise F1 %.3f bcubed F1 %.3f\n", f1(P, R), f1(bp, br));
    free(gid);
}

int main(int argc, char **argv)
{
    if (argc < 3) {
        fprintf(stderr, "usage: eval_cluster FILE.jsonl ecbplus|gva|story [NAME=VALUE…]\n");
        return 2;
    }
    FILE *f = fopen(argv[1], "r");
    tally_clusterer *c = tally_clusterer_new();
    if (!f || !c) {
        fprintf(stderr, "eval_cluster: cannot open %s\n", argv[1]);
        return 2;
    }
    for (int i = 3; i < argc; i++)
        if (set_param(tally_clusterer_params(c), argv[i]) != 0) {
            fprintf(stderr, "eval_cluster: unknown parameter %s\n", argv[i]);
            return 2;
        }
    doc *docs = NULL;
    size_t n = 0, cap = 0, linecap = 0;
    char *line = NULL;
    tally_buf blob = {0};
    clock_t t0 = clock();
    while (getline(&line, &linecap, f) > 0) {
        if (line[0] != '{')
            continue;
        if (n == cap) {
            cap = cap ? cap * 2 : 1024;
            docs = realloc(docs, cap * sizeof *docs);
        }
        if (add_line(c, argv[2], line, (int64_t)n, &docs[n], &blob) != 0) {
            fprintf(stderr, "eval_cluster: line %zu: bad document\n", n + 1);
            return 2;
        }
        n++;
    }
    int passes = getenv("EVAL_SETTLE") ? atoi(getenv("EVAL_SETTLE")) : 1;
    for (int i = 0; i < passes; i++)
        if (tally_clusterer_settle(c, on_move, docs) != TALLY_OK) {
            fprintf(stderr, "eval_cluster: settle failed\n");
            return 2;
        }
    double secs = (double)(clock() - t0) / CLOCKS_PER_SEC;
    if (getenv("EVAL_DUMP")) /* one line a document: gold label, event, near-duplicate of */
        for (size_t i = 0; i < n; i++)
            fprintf(stderr, "%zu\t%s\t%lld\t%lld\n", i, docs[i].gold, (long long)docs[i].pred, (long long)docs[i].dup);
    printf("clustered %zu documents in %.2f s\n", n, secs);
    if (n > 0)
        score(docs, n);
    for (size_t i = 0; i < n; i++)
        free(docs[i].gold);
    free(docs);
    free(line);
    tally_buf_free(&blob);
    tally_clusterer_free(c);
    fclose(f);
    return 0;
}
