/* cli_eval.c — `tally eval`: the stored claims scored against a gold file with the matching rule of
 * shared/gold/README.md (the same as shared/tools/score_claims.py): same article (first three characters
 * of the id), same measure after synonyms, intervals overlapping within 1 %. Gold lines marked repeat or
 * optional neither count as misses nor make a match a false positive. Source and said-date accuracy are
 * measured over matched claims. */
#include "cli.h"
#include "out.h"
#include "vec.h"
#include <ctype.h>
#include <getopt.h>
#include <jansson.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>


typedef struct gold {
    char doc[8], what[32], source[128], said[16], note[512];
    double low, high;
    bool optional, used;
} gold;

typedef struct alias {
    char key[128], canon[128];
    bool mention; /* listed among the mentions (not only the canonical column) */
} alias;

typedef struct eval {
    gold *g;
    size_t ng;
    alias *al;
    size_t nal;
    size_t tp, fp, src_ok, said_ok, matched, predicted;
    bool verbose;
} eval;

static const char *norm_what(const char *w)
{
    static const char *const syn[][2] = {
        {"dead", "killed"}, {"deaths", "killed"}, {"death", "killed"}, {"died", "killed"}, {"fatalities", "killed"},
        {"injured", "wounded"}, {"hurt", "wounded"}, {"injuries", "wounded"}, {"losses", "casualties"},
        {"sent", "deployed"}, {"stationed", "deployed"}, {"dispatched", "deployed"}, {"supplied", "shipped"}};
    for (size_t i = 0; i < sizeof syn / sizeof *syn; i++)
        if (strcmp(w, syn[i][0]) == 0)
            return syn[i][1];
    return w;
}

/* The scorer's key: lower case, ’ as ', anything but [a-z0-9 ] a space, spaces collapsed. */
static void key_of(const char *s, char *out, size_t cap)
{
    size_t n = 0;
    bool space = true;
    for (const unsigned char *p = (const unsigned char *)(s ? s : ""); *p && n + 1 < cap; p++) {
        int c = tolower(*p);
        bool keep = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
        if (keep) {
            out[n++] = (char)c;
            space = false;
        } else if (!space) {
            out[n++] = ' ';
            space = true;
        }
    }
    while (n && out[n - 1] == ' ')
        n--;
    out[n] = '\0';
}

/* Token-set Jaccard after dropping stop words, as the scorer measures name agreement. */
static double jaccard(const char *a, const char *b)
{
    static const char *const stop[] = {"the", "of", "a", "an", "and", "s", "us", "u"};
    char ta[32][32] = {{0}}, tb[32][32] = {{0}}; /* zeroed for cppcheck, which cannot follow t below */
    size_t na = 0, nb = 0;
    const char *srcs[2] = {a, b};
    for (int w = 0; w < 2; w++) {
        char buf[256];
        snprintf(buf, sizeof buf, "%s", srcs[w]);
        char *save = NULL;
        for (char *tok = strtok_r(buf, " ", &save); tok; tok = strtok_r(NULL, " ", &save)) {
            bool skip = false;
            for (size_t i = 0; i < sizeof stop / sizeof *stop; i++)
                skip |= strcmp(tok, stop[i]) == 0;
            char (*t)[32] = w ? tb : ta;
            size_t *n = w ? &nb : &na;
            for (size_t i = 0; i < *n && !skip; i++)
                skip |= strcmp(t[i], tok) == 0;
            if (!skip && *n < 32)
                snprintf(t[(*n)++], 32, "%s", tok);
        }
    }
    size_t inter = 0;
    for (size_t i = 0; i < na; i++)
        for (size_t j = 0; j < nb; j++)
            inter += strcmp(ta[i], tb[j]) == 0;
    size_t uni = na + nb - inter;
    return na && nb ? (double)inter / (double)uni : 0.0;
}

/* The alias group a name belongs to: the group listing it, else the name itself. This is the shared
 * scorer's rule (../shared/tools/score_claims.py) exactly, so both give the same figure on the same claims:
 * a gold source worded unlike every alias ("Ukrainian military intelligence") matches only a prediction
 * sharing half its words. */
static const char *canon_of(const eval *e, const char *key)
{
    for (size_t i = 0; i < e->nal; i++)
        if (strcmp(e->al[i].key, key) == 0)
            return e->al[i].canon;
    return key;
}

static bool same_source(const eval *e, const char *p, const gold *g)
{
    if (!g->source[0])
        return !p || !*p;
    if (!p || !*p)
        return strstr(g->note, "null is also accepted") != NULL;
    char kp[128], kg[128];
    key_of(p, kp, sizeof kp);
    key_of(g->source, kg, sizeof kg);
    const char *cp = canon_of(e, kp), *cg = canon_of(e, kg);
    return strcmp(cp, cg) == 0 || jaccard(cp, cg) >= 0.5;
}

static bool overlap(double pl, double ph, double gl, double gh)
{
    double v[4] = {pl, ph, gl, gh}, tol = 0;
    for (int i = 0; i < 4; i++)
        if (!isnan(v[i]) && fabs(v[i]) * 0.01 > tol)
            tol = fabs(v[i]) * 0.01;
    double lo = fmax(isnan(pl) ? -INFINITY : pl, isnan(gl) ? -INFINITY : gl);
    double hi = fmin(isnan(ph) ? INFINITY : ph, isnan(gh) ? INFINITY : gh);
    return lo <= hi + tol;
}

static bool said_match(const char *p, const gold *g)
{
    if (!p || !*p)
        return false;
    const char *range = strstr(g->note, "..");
    if (range && range - g->note >= 10) {
        int32_t a = tally_day_parse(range - 10), b = tally_day_parse(range + 2), d = tally_day_parse(p);
        if (a != TALLY_NODAY && b != TALLY_NODAY && d != TALLY_NODAY && a <= d && d <= b)
            return true;
    }
    char alt[16] = "";
    const char *so = strstr(g->note, "so ");
    if (so && strstr(so, " is also accepted"))
        sscanf(so + 3, "%15[0-9-]", alt);
    const char *ok[2] = {g->said, alt};
    size_t plen = strcspn(p, "/");
    for (int i = 0; i < 2; i++) {
        size_t n = strlen(ok[i]);
        if (n && ((plen == n && strncmp(p, ok[i], n) == 0) || (n < plen && strncmp(p, ok[i], n) == 0)))
            return true;
    }
    return false;
}

static int score_claim(void *arg, const tally_article *a, const tally_claim *c)
{
    eval *e = arg;
    e->predicted++;
    const char *what = norm_what(c->what ? c->what : "");
    gold *hit = NULL;
    bool dup = false;
    for (size_t i = 0; i < e->ng; i++) {
        gold *g = &e->g[i];
        if (strncmp(g->doc, a->id, 3) != 0 || strlen(a->id) < 3 || strcmp(norm_what(g->what), what) != 0 ||
            !overlap(c->low, c->high, g->low, g->high))
            continue;
        dup = true;
        if (!g->used) {
            hit = g;
            break;
        }
    }
    if (!hit) {
        e->fp += !dup;
        size_t n;
        const char *s = tally_out_span(a, c, &n);
        if (e->verbose && !dup)
            printf("extra:  %s %.*s %s\n", a->id, (int)n, s ? s : "", c->what);
        return TALLY_OK;
    }
    hit->used = true;
    e->tp += !hit->optional;
    e->matched++;
    bool src = same_source(e, c->source, hit), said = said_match(c->said, hit);
    e->src_ok += src;
    e->said_ok += said;
    if (e->verbose && !src)
        printf("source: %s %s: %s, gold %s\n", hit->doc, c->what, c->source ? c->source : "(none)", hit->source);
    if (e->verbose && !said)
        printf("said:   %s %s: %s, gold %s\n", hit->doc, c->what, c->said, hit->said);
    return TALLY_OK;
}

static double num_or_nan(json_t *v)
{
    return json_is_number(v) ? json_number_value(v) : NAN;
}

static int load_gold(eval *e, const char *path)
{
    json_error_t err;
    FILE *f = fopen(path, "r");
    if (!f) {
        cli_err("%s: cannot open", path);
        return 1;
    }
    char line[8192];
    size_t lineno = 0;
    int status = 0;
    while (status == 0 && fgets(line, sizeof line, f)) {
        lineno++;
        if (!strchr(line, '{'))
            continue;
        json_t *o = json_loads(line, 0, &err);
        gold *g = realloc(e->g, (e->ng + 1) * sizeof *g);
        if (!o || !g) {
            cli_err("%s:%zu:%d: %s", path, lineno, err.column, o ? "out of memory" : err.text);
            status = 1;
            json_decref(o);
            if (g)
                e->g = g;
            break;
        }
        e->g = g;
        g = &e->g[e->ng++];
        memset(g, 0, sizeof *g);
        snprintf(g->doc, sizeof g->doc, "%s", json_string_value(json_object_get(o, "doc")) ?: "");
        snprintf(g->what, sizeof g->what, "%s", json_string_value(json_object_get(o, "what")) ?: "");
        snprintf(g->source, sizeof g->source, "%s", json_string_value(json_object_get(o, "source")) ?: "");
        snprintf(g->said, sizeof g->said, "%s", json_string_value(json_object_get(o, "said")) ?: "");
        snprintf(g->note, sizeof g->note, "%s", json_string_value(json_object_get(o, "note")) ?: "");
        g->low = num_or_nan(json_object_get(o, "low"));
        g->high = num_or_nan(json_object_get(o, "high"));
        g->optional = json_is_true(json_object_get(o, "repeat")) || json_is_true(json_object_get(o, "optional"));
        json_decref(o);
    }
    fclose(f);
    return status;
}

/* canonical<TAB>kind<TAB>m1|m2|…, header first. */
static int load_aliases(eval *e, const char *path)
{
    FILE *f = fopen(path, "r");
    if (!f) {
        cli_err("%s: cannot open", path);
        return 1;
    }
    char line[4096];
    for (size_t lineno = 0; fgets(line, sizeof line, f); lineno++) {
        char *t1 = strchr(line, '\t'), *t2 = t1 ? strchr(t1 + 1, '\t') : NULL;
        if (lineno == 0 || !t2)
            continue;
        *t1 = '\0';
        line[strcspn(t2, "\r\n") + (size_t)(t2 - line)] = '\0';
        char canon[128];
        key_of(line, canon, sizeof canon);
        for (char *m = t2 + 1; m; ) {
            char *bar = strchr(m, '|');
            if (bar)
                *bar = '\0';
            alias *al = realloc(e->al, (e->nal + 2) * sizeof *al);
            if (!al) {
                fclose(f);
                return 1;
            }
            e->al = al;
            key_of(m, e->al[e->nal].key, sizeof e->al[e->nal].key);
            e->al[e->nal].mention = true;
            snprintf(e->al[e->nal++].canon, 128, "%s", canon);
            m = bar ? bar + 1 : NULL;
        }
        snprintf(e->al[e->nal].key, 128, "%s", canon);
        e->al[e->nal].mention = false;
        snprintf(e->al[e->nal++].canon, 128, "%s", canon);
    }
    fclose(f);
    return 0;
}

/* ---- aliases: pairwise over the gold mention strings ---- */

typedef struct surface {
    char key[128];
    size_t entity;   /* our entity: index in the listing order */
    size_t mentions; /* how often that entity has this surface */
} surface;

typedef struct alias_eval {
    TALLY_VEC(surface) s;
    size_t n;
} alias_eval;

static int collect_entity(void *arg, const char *name, const char *kind, size_t mentions, const char *aliases)
{
    alias_eval *ae = arg;
    char buf[4096];
    snprintf(buf, sizeof buf, "%s|%s", name, aliases ? aliases : "");
    for (char *m = strtok(buf, "|"); m; m = strtok(NULL, "|")) {
        surface s = {.entity = ae->n, .mentions = mentions};
        key_of(m, s.key, sizeof s.key);
        bool dup = false;
        for (size_t i = 0; i < ae->s.n && !dup; i++)
            if (strcmp(ae->s.v[i].key, s.key) == 0) {
                dup = true;
                if (mentions > ae->s.v[i].mentions) /* a surface goes to its most mentioned entity */
                    ae->s.v[i] = s;
            }
        if (!dup && tally_vec_push(&ae->s, s) != TALLY_OK)
            return TALLY_ENOMEM;
    }
    ae->n++;
    (void)kind;
    return TALLY_OK;
}

static size_t entity_of(const alias_eval *ae, const char *key)
{
    for (size_t i = 0; i < ae->s.n; i++)
        if (strcmp(ae->s.v[i].key, key) == 0)
            return ae->s.v[i].entity;
    return SIZE_MAX;
}

/* Pairs of gold mentions: same gold entity vs same entity of ours (a mention we lack is in no pair). */
static void alias_report(const eval *e, const alias_eval *ae)
{
    size_t tp = 0, fp = 0, fn = 0;
    for (size_t i = 0; i < e->nal; i++)
        for (size_t j = i + 1; j < e->nal; j++) {
            if (!e->al[i].mention || !e->al[j].mention || strcmp(e->al[i].key, e->al[j].key) == 0)
                continue;
            size_t a = entity_of(ae, e->al[i].key), b = entity_of(ae, e->al[j].key);
            bool same = strcmp(e->al[i].canon, e->al[j].canon) == 0, ours = a != SIZE_MAX && a == b;
            tp += same && ours;
            fp += !same && ours;
            fn += same && !ours;
            if (e->verbose && same != ours)
                printf("alias %s: %s ~ %s\n", same ? "split" : "merged", e->al[i].key, e->al[j].key);
        }
    double p = tp + fp ? (double)tp / (double)(tp + fp) : 0, r = tp + fn ? (double)tp / (double)(tp + fn) : 0;
    printf("aliases: pairs tp %zu fp %zu fn %zu  P %.3f R %.3f F1 %.3f\n", tp, fp, fn, p, r,
           p + r > 0 ? 2 * p * r / (p + r) : 0);
}

static void report(const eval *e)
{
    size_t need = 0, fn = 0;
    for (size_t i = 0; i < e->ng; i++) {
        need += !e->g[i].optional;
        fn += !e->g[i].optional && !e->g[i].used;
        if (e->verbose && !e->g[i].optional && !e->g[i].used)
            printf("missed: %s %g..%g %s\n", e->g[i].doc, e->g[i].low, e->g[i].high, e->g[i].what);
    }
    double p = e->tp + e->fp ? (double)e->tp / (double)(e->tp + e->fp) : 0;
    double r = need ? (double)(need - fn) / (double)need : 0;
    double f1 = p + r > 0 ? 2 * p * r / (p + r) : 0;
    size_t m = e->matched ? e->matched : 1;
    printf("claims: predicted %zu tp %zu fp %zu fn %zu  P %.3f R %.3f\n", e->predicted, e->tp, e->fp, fn, p, r);
    printf("F1 %.3f source %.3f said %.3f\n", f1, (double)e->src_ok / (double)m, (double)e->said_ok / (double)m);
}

int cmd_eval(int argc, char **argv)
{
    static const struct option opts[] = {{"db", required_argument, 0, 'd'}, {"gold", required_argument, 0, 'g'},
                                         {"aliases", required_argument, 0, 'a'}, {"verbose", no_argument, 0, 'v'},
                                         {0, 0, 0, 0}};
    const char *db = NULL, *goldp = NULL, *aliasp = NULL;
    eval e = {0};
    int c, status = 0;
    while ((c = getopt_long(argc, argv, "d:g:a:v", opts, NULL)) != -1) {
        if (c == 'd')
            db = optarg;
        else if (c == 'g')
            goldp = optarg;
        else if (c == 'a')
            aliasp = optarg;
        else if (c == 'v')
            e.verbose = true;
        else
            return 2;
    }
    if (!goldp) {
        cli_err("eval: --gold FILE is required (see tally eval --help)");
        return 2;
    }
    status = load_gold(&e, goldp);
    if (status == 0 && aliasp)
        status = load_aliases(&e, aliasp);
    tally_ctx *ctx = tally_ctx_new();
    tally_store *st = NULL;
    if (status == 0)
        status = ctx ? cli_open_store(ctx, cli_db_path(db), &st) : 1;
    if (status == 0 && tally_store_each_claim(st, score_claim, &e) != TALLY_OK) {
        cli_err("%s", tally_errmsg(ctx));
        status = 3;
    }
    if (status == 0 && aliasp) {
        alias_eval ae = {0};
        if (tally_store_each_entity(st, collect_entity, &ae) == TALLY_OK)
            alias_report(&e, &ae);
        tally_vec_free(&ae.s);
    }
    if (status == 0)
        report(&e);
    tally_store_close(st);
    tally_ctx_free(ctx);
    free(e.g);
    free(e.al);
    return status;
}
