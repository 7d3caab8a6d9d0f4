/* cli_events.c — `tally events` (articles grouped by the happening they report) and `tally dups`
 * (near-duplicate pairs with their estimated similarity). */
#include "buf.h"
#include "cli.h"
#include "store_internal.h"
#include <getopt.h>
#include <string.h>


typedef struct listing {
    bool jsonl;
    int64_t last_event;
    size_t events;
    tally_buf b;
} listing;

static int event_row(void *arg, const char *doc, int64_t event, const char *dup, const char *published,
                     const char *title)
{
    listing *l = arg;
    if (l->jsonl) {
        tally_buf_reset(&l->b);
        tally_buf_adds(&l->b, "{\"doc\":");
        tally_buf_json_str(&l->b, doc, strlen(doc));
        tally_buf_printf(&l->b, ",\"event\":%lld,\"duplicate_of\":", (long long)event);
        if (dup)
            tally_buf_json_str(&l->b, dup, strlen(dup));
        else
            tally_buf_adds(&l->b, "null");
        tally_buf_adds(&l->b, "}\n");
        fwrite(l->b.s, 1, l->b.len, stdout);
        return l->b.err ? TALLY_ENOMEM : TALLY_OK;
    }
    if (l->events == 0 || event != l->last_event)
        printf("%sevent %lld\n", l->events++ ? "\n" : "", (long long)event);
    l->last_event = event;
    printf("  %-10.10s  %-40.40s  %.60s", published ? published : "", doc, title ? title : "");
    if (dup)
        printf("  (duplicate of %s)", dup);
    putchar('\n');
    return TALLY_OK;
}

static int dup_row(void *arg, const char *a, const char *b, double similarity)
{
    listing *l = arg;
    if (l->jsonl) {
        tally_buf_reset(&l->b);
        tally_buf_adds(&l->b, "{\"a\":");
        tally_buf_json_str(&l->b, a, strlen(a));
        tally_buf_adds(&l->b, ",\"b\":");
        tally_buf_json_str(&l->b, b, strlen(b));
        tally_buf_printf(&l->b, ",\"similarity\":%.3f}\n", similarity);
        fwrite(l->b.s, 1, l->b.len, stdout);
        return l->b.err ? TALLY_ENOMEM : TALLY_OK;
    }
    printf("%.3f  %s  %s\n", similarity, a, b);
    l->events++;
    return TALLY_OK;
}

static int run_listing(int argc, char **argv, bool events)
{
    static const struct option opts[] = {{"db", required_argument, 0, 'd'}, {"format", required_argument, 0, 'f'},
                                         {0, 0, 0, 0}};
    const char *db = NULL;
    listing l = {0};
    int c;
    while ((c = getopt_long(argc, argv, "d:f:", opts, NULL)) != -1) {
        if (c == 'd') {
            db = optarg;
        } else if (c == 'f' && (strcmp(optarg, "table") == 0 || strcmp(optarg, "jsonl") == 0)) {
            l.jsonl = strcmp(optarg, "jsonl") == 0;
        } else {
            cli_err("%s: --format takes table or jsonl", events ? "events" : "dups");
            return 2;
        }
    }
    tally_ctx *ctx = tally_ctx_new();
    tally_store *st = NULL;
    int status = ctx ? cli_open_store(ctx, cli_db_path(db), &st) : 1;
    int rc = TALLY_OK;
    if (status == 0)
        rc = events ? tally_store_each_event_row(st, event_row, &l) : tally_store_each_dup(st, dup_row, &l);
    if (status == 0 && rc != TALLY_OK) {
        cli_err("%s", tally_errmsg(ctx));
        status = 3;
    }
    if (status == 0 && !events && !l.jsonl && l.events == 0)
        puts("no near-duplicates");
    tally_buf_free(&l.b);
    tally_store_close(st);
    tally_ctx_free(ctx);
    return status;
}

int cmd_events(int argc, char **argv)
{
    return run_listing(argc, argv, true);
}

int cmd_dups(int argc, char **argv)
{
    return run_listing(argc, argv, false);
}
