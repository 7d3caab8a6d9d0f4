/* cli_claims.c — `tally ingest`, `tally extract` and `tally claims`. */
#include "buf.h"
#include "cli_input.h"
#include "events.h"
#include "out.h"
#include "store_internal.h"
#include <getopt.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* --db PATH, else $TALLY_DB, else tally.db */
const char *cli_db_path(const char *opt)
{
    const char *env = getenv("TALLY_DB");
    return opt ? opt : env && *env ? env : "tally.db";
}

int cli_create_store(tally_ctx *ctx, const char *path, tally_store **st)
{
    if (tally_store_open(ctx, path, st) != TALLY_OK) {
        cli_err("%s", tally_errmsg(ctx));
        return 3;
    }
    return 0;
}

/* A reading command on a mistyped path would otherwise create an empty database and print nothing. */
int cli_open_store(tally_ctx *ctx, const char *path, tally_store **st)
{
    if (access(path, F_OK) != 0) {
        cli_err("%s: no such database (tally ingest --db %s FILE... creates it)", path, path);
        return 3;
    }
    return cli_create_store(ctx, path, st);
}

static int parse_outfmt(const char *s, tally_outfmt *out)
{
    if (strcmp(s, "jsonl") == 0 || strcmp(s, "json") == 0)
        *out = TALLY_OUT_JSONL;
    else if (strcmp(s, "csv") == 0)
        *out = TALLY_OUT_CSV;
    else if (strcmp(s, "table") == 0)
        *out = TALLY_OUT_TABLE;
    else {
        cli_err("--format '%s': expected table, jsonl or csv", s);
        return 2;
    }
    return 0;
}

/* ---- printing claims in any format ---- */

typedef struct printer {
    tally_outfmt fmt;
    bool explain;
    tally_buf b;
    tally_table *table;
    size_t n;
} printer;

static int print_claim(void *arg, const tally_article *a, const tally_claim *c)
{
    printer *p = arg;
    p->n++;
    if (p->fmt == TALLY_OUT_TABLE)
        return tally_table_add(p->table, a, c);
    tally_buf_reset(&p->b);
    if (p->fmt == TALLY_OUT_JSONL)
        tally_out_claim_json(&p->b, a, c, p->explain);
    else
        tally_out_claim_csv(&p->b, a, c);
    if (p->b.err)
        return TALLY_ENOMEM;
    fwrite(p->b.s, 1, p->b.len, stdout);
    return TALLY_OK;
}

static int printer_init(printer *p, tally_outfmt fmt, bool explain)
{
    memset(p, 0, sizeof *p);
    p->fmt = fmt;
    p->explain = explain;
    if (fmt == TALLY_OUT_TABLE && !(p->table = tally_table_new()))
        return TALLY_ENOMEM;
    if (fmt == TALLY_OUT_CSV) {
        tally_out_csv_header(&p->b);
        fwrite(p->b.s, 1, p->b.len, stdout);
    }
    return TALLY_OK;
}

/* Prints the table (render: what was read is worth showing) and frees the printer. */
static void printer_finish(printer *p, bool render)
{
    if (p->fmt == TALLY_OUT_TABLE && !render) {
        tally_table_free(p->table);
    } else if (p->fmt == TALLY_OUT_TABLE) {
        tally_buf_reset(&p->b);
        tally_table_render(p->table, &p->b);
        fwrite(p->b.s, 1, p->b.len, stdout);
        tally_table_free(p->table);
    }
    tally_buf_free(&p->b);
}

/* ---- extract: articles in, claims out, no database ---- */

typedef struct extract_job {
    printer out;
    const char *path;
    tally_ctx *ctx;
    tally_names *names; /* one spelling per name across the run's articles */
} extract_job;

/* c with its source and speaker named as the run named them first (Zelenskyy for a later Zelensky). */
static int unify_names(tally_names *names, const tally_claim *c, tally_claim *out)
{
    *out = *c;
    int rc = tally_names_unify(names, c->source, &out->source);
    return rc == TALLY_OK ? tally_names_unify(names, c->speaker, &out->speaker) : rc;
}

static int extract_article(void *arg, const tally_article *a, const tally_srcpos *pos)
{
    extract_job *job = arg;
    tally_doc *doc;
    int rc = tally_doc_extract(job->ctx, a, &doc);
    if (rc != TALLY_OK)
        return rc;
    tally_claim c;
    for (size_t i = 0; rc == TALLY_OK && i < tally_doc_nclaims(doc); i++)
        if ((rc = unify_names(job->names, tally_doc_claim(doc, i), &c)) == TALLY_OK)
            rc = print_claim(&job->out, tally_doc_article(doc), &c);
    tally_doc_free(doc);
    (void)pos;
    return rc;
}

static int extract_file(void *arg, tally_ctx *ctx, tally_format fmt, const char *path, const char *s, size_t len,
                        const char *published)
{
    extract_job *job = arg;
    job->ctx = ctx;
    int rc = tally_read(ctx, fmt, path, s, len, published, extract_article, job);
    if (rc != TALLY_OK) {
        cli_err("%s", tally_errmsg(ctx));
        return 1;
    }
    return 0;
}

int cmd_extract(int argc, char **argv)
{
    static const struct option opts[] = {CLI_INPUT_LONGOPTS, {"format", required_argument, 0, 'f'},
                                         {"explain", no_argument, 0, 'x'}, {0, 0, 0, 0}};
    cli_inputs in = {.format = -1};
    tally_outfmt fmt = TALLY_OUT_JSONL;
    bool explain = false;
    int c, status = 0;
    while (status == 0 && (c = getopt_long(argc, argv, "a:p:m:f:x", opts, NULL)) != -1) {
        if (c == 'f')
            status = parse_outfmt(optarg, &fmt);
        else if (c == 'x')
            explain = true;
        else if ((status = cli_input_option(&in, c, optarg)) < 0)
            status = 2;
    }
    extract_job job = {.names = tally_names_new()};
    tally_ctx *ctx = tally_ctx_new();
    if (status == 0 && (!ctx || !job.names || printer_init(&job.out, fmt, explain) != TALLY_OK)) {
        cli_err("out of memory");
        status = 1;
    } else if (status == 0) {
        status = cli_each_file(ctx, &in, argc - optind, argv + optind, extract_file, &job);
        printer_finish(&job.out, true); /* the files read before a bad one */
    }
    tally_ctx_free(ctx);
    tally_names_free(job.names);
    cli_inputs_free(&in);
    return status;
}

/* ---- ingest: articles in, stored, one transaction per file ---- */

typedef struct ingest_job {
    tally_store *st;
    tally_events *events;
    tally_ctx *ctx;
    size_t articles, added, claims;
    bool progress;
} ingest_job;

static int ingest_article(void *arg, const tally_article *a, const tally_srcpos *pos)
{
    ingest_job *job = arg;
    tally_doc *doc;
    int rc = tally_doc_extract(job->ctx, a, &doc);
    bool added = false;
    if (rc == TALLY_OK)
        rc = tally_store_add(job->st, doc, &added);
    if (rc == TALLY_OK && added)
        rc = tally_events_add(job->events, doc, tally_store_last_article(job->st));
    job->articles++;
    job->added += added;
    job->claims += added ? tally_doc_nclaims(doc) : 0;
    tally_doc_free(doc);
    if (job->progress && job->articles % 1000 == 0)
        fprintf(stderr, "\r%zu articles, %zu claims…", job->articles, job->claims);
    (void)pos;
    return rc;
}

static int ingest_file(void *arg, tally_ctx *ctx, tally_format fmt, const char *path, const char *s, size_t len,
                       const char *published)
{
    ingest_job *job = arg;
    ingest_job before = *job;
    job->ctx = ctx;
    if (tally_store_begin(job->st) != TALLY_OK) {
        cli_err("%s", tally_errmsg(ctx));
        return 3;
    }
    int rc = tally_read(ctx, fmt, path, s, len, published, ingest_article, job);
    if (rc == TALLY_OK)
        rc = tally_events_settle(job->events);
    if (rc == TALLY_OK)
        rc = tally_store_commit(job->st);
    if (rc == TALLY_OK)
        return 0;
    cli_err("%s (nothing stored from this file)", tally_errmsg(ctx));
    tally_store_rollback(job->st);
    if (tally_events_reload(job->events) != TALLY_OK)
        return 3;
    job->articles = before.articles;
    job->added = before.added;
    job->claims = before.claims;
    return rc == TALLY_EDB ? 3 : 1;
}

int cmd_ingest(int argc, char **argv)
{
    static const struct option opts[] = {CLI_INPUT_LONGOPTS, {"db", required_argument, 0, 'd'},
                                         {"quiet", no_argument, 0, 'q'}, {0, 0, 0, 0}};
    cli_inputs in = {.format = -1};
    const char *db = NULL;
    bool quiet = false;
    int c, status = 0;
    while (status == 0 && (c = getopt_long(argc, argv, "a:p:m:d:q", opts, NULL)) != -1) {
        if (c == 'd')
            db = optarg;
        else if (c == 'q')
            quiet = true;
        else if ((status = cli_input_option(&in, c, optarg)) < 0)
            status = 2;
    }
    if (status == 0 && optind == argc && isatty(0)) {
        cli_err("ingest: no input files (give FILE… or - for standard input; see tally ingest --help)");
        status = 2;
    }
    tally_ctx *ctx = status == 0 ? tally_ctx_new() : NULL;
    ingest_job job = {.progress = isatty(2) && !quiet};
    if (status == 0 && !ctx) {
        cli_err("out of memory");
        status = 1;
    }
    if (status == 0)
        status = cli_create_store(ctx, cli_db_path(db), &job.st);
    if (status == 0 && tally_events_open(ctx, job.st, &job.events) != TALLY_OK) {
        /* the store's own messages name the file already */
        const char *m = tally_errmsg(ctx), *path = cli_db_path(db);
        if (strncmp(m, path, strlen(path)) == 0 && m[strlen(path)] == ':')
            cli_err("%s", m);
        else
            cli_err("%s: %s", path, m);
        status = 3;
    }
    if (status == 0) {
        status = cli_each_file(ctx, &in, argc - optind, argv + optind, ingest_file, &job);
        if (!quiet)
            fprintf(stderr, "%s%s: articles: %zu read, %zu new, %zu unchanged; claims: %zu stored\n",
                    job.progress ? "\r" : "", cli_db_path(db), job.articles, job.added, job.articles - job.added,
                    job.claims);
    }
    tally_events_close(job.events);
    tally_store_close(job.st);
    tally_ctx_free(ctx);
    cli_inputs_free(&in);
    return status;
}

/* ---- claims: what the database holds ---- */

int cmd_claims(int argc, char **argv)
{
    static const struct option opts[] = {{"db", required_argument, 0, 'd'}, {"format", required_argument, 0, 'f'},
                                         {"explain", no_argument, 0, 'x'}, {0, 0, 0, 0}};
    const char *db = NULL;
    tally_outfmt fmt = TALLY_OUT_TABLE;
    bool explain = false;
    int c, status = 0;
    while (status == 0 && (c = getopt_long(argc, argv, "d:f:x", opts, NULL)) != -1) {
        if (c == 'd')
            db = optarg;
        else if (c == 'f')
            status = parse_outfmt(optarg, &fmt);
        else if (c == 'x')
            explain = true;
        else
            status = 2;
    }
    tally_ctx *ctx = status == 0 ? tally_ctx_new() : NULL;
    tally_store *st = NULL;
    printer p;
    if (status == 0)
        status = ctx ? cli_open_store(ctx, cli_db_path(db), &st) : 1;
    if (status == 0 && printer_init(&p, fmt, explain) == TALLY_OK) {
        if (tally_store_each_claim(st, print_claim, &p) != TALLY_OK) {
            cli_err("%s", tally_errmsg(ctx));
            status = 3;
        }
        printer_finish(&p, status == 0); /* no header over an error line */
    }
    tally_store_close(st);
    tally_ctx_free(ctx);
    return status;
}

/* ---- entities: who and what the articles name, with every spelling ---- */

static int print_entity(void *arg, const char *name, const char *kind, size_t mentions, const char *aliases)
{
    tally_buf *b = arg;
    tally_buf_reset(b);
    tally_buf_adds(b, "{\"entity\":");
    tally_buf_json_str(b, name, strlen(name));
    tally_buf_adds(b, ",\"kind\":");
    if (kind)
        tally_buf_json_str(b, kind, strlen(kind));
    else
        tally_buf_adds(b, "null");
    tally_buf_printf(b, ",\"mentions\":%zu,\"aliases\":[", mentions);
    const char *a = aliases ? aliases : "";
    for (bool first = true; *a; first = false) {
        size_t n = strcspn(a, "|");
        if (!first)
            tally_buf_addc(b, ',');
        tally_buf_json_str(b, a, n);
        a += n + (a[n] == '|');
    }
    tally_buf_adds(b, "]}\n");
    fwrite(b->s, 1, b->len, stdout);
    return b->err ? TALLY_ENOMEM : TALLY_OK;
}

static void entity_header(void) { printf("%-40s  %-12s  %8s  %s\n", "entity", "kind", "mentions", "aliases"); }

/* arg: whether the header is out (printed over the first row, so that a failing store prints none) */
static int print_entity_row(void *arg, const char *name, const char *kind, size_t mentions, const char *aliases)
{
    bool *header = arg;
    if (!*header)
        entity_header();
    *header = true;
    printf("%-40.40s  %-12s  %8zu  %s\n", name, kind ? kind : "-", mentions, aliases ? aliases : "");
    return TALLY_OK;
}

int cmd_entities(int argc, char **argv)
{
    static const struct option opts[] = {{"db", required_argument, 0, 'd'}, {"format", required_argument, 0, 'f'},
                                         {0, 0, 0, 0}};
    const char *db = NULL;
    bool jsonl = false;
    int c;
    while ((c = getopt_long(argc, argv, "d:f:", opts, NULL)) != -1) {
        if (c == 'd')
            db = optarg;
        else if (c == 'f' && (strcmp(optarg, "table") == 0 || strcmp(optarg, "jsonl") == 0))
            jsonl = strcmp(optarg, "jsonl") == 0;
        else {
            cli_err("entities: --format takes table or jsonl (see tally entities --help)");
            return 2;
        }
    }
    tally_ctx *ctx = tally_ctx_new();
    tally_store *st = NULL;
    int status = ctx ? cli_open_store(ctx, cli_db_path(db), &st) : 1;
    tally_buf b = {0};
    bool header = false;
    if (status == 0 && tally_store_each_entity(st, jsonl ? print_entity : print_entity_row,
                                               jsonl ? (void *)&b : (void *)&header) != TALLY_OK) {
        cli_err("%s", tally_errmsg(ctx));
        status = 3;
    }
    if (status == 0 && !jsonl && !header)
        entity_header(); /* an empty store: the header alone */
    tally_buf_free(&b);
    tally_store_close(st);
    tally_ctx_free(ctx);
    return status;
}
