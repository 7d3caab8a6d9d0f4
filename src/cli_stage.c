/* cli_stage.c — `tally numbers` and `tally dates`: one stage over plain text, mentions out as JSON Lines
 * (the contracts in ARCHITECTURE.md). */
#include "buf.h"
#include "cli.h"
#include "timex.h"
#include <getopt.h>
#include <stdlib.h>
#include <string.h>

static void number_json(tally_buf *b, const char *s, const tally_number *n)
{
    tally_buf_printf(b, "{\"start\":%zu,\"end\":%zu,\"text\":", n->start, n->end);
    tally_buf_json_str(b, s + n->start, n->end - n->start);
    tally_buf_printf(b, ",\"kind\":\"%s\",\"low\":", tally_numkind_str(n->kind));
    tally_buf_json_num(b, n->low);
    tally_buf_adds(b, ",\"high\":");
    tally_buf_json_num(b, n->high);
    tally_buf_printf(b, ",\"bound\":\"%s\",\"approx\":%s,\"num_start\":%zu,\"num_end\":%zu", tally_bound_str(n->bound),
                     n->approx ? "true" : "false", n->num_start, n->num_end);
    if (n->unit_end > n->unit_start) {
        tally_buf_adds(b, ",\"unit\":");
        tally_buf_json_str(b, s + n->unit_start, n->unit_end - n->unit_start);
    }
    tally_buf_adds(b, "}\n");
}

static void day_json(tally_buf *b, int32_t day)
{
    if (day == TALLY_NODAY) {
        tally_buf_adds(b, "null");
        return;
    }
    char iso[11];
    tally_day_format(day, iso);
    tally_buf_printf(b, "\"%s\"", iso);
}

static void timex_json(tally_buf *b, const char *s, const tally_timex *t)
{
    tally_buf_printf(b, "{\"start\":%zu,\"end\":%zu,\"text\":", t->start, t->end);
    tally_buf_json_str(b, s + t->start, t->end - t->start);
    tally_buf_printf(b, ",\"type\":\"%s\",\"value\":", tally_timex_type_str(t->type));
    tally_buf_json_str(b, t->value, strlen(t->value));
    tally_buf_adds(b, ",\"first\":");
    day_json(b, t->first);
    tally_buf_adds(b, ",\"last\":");
    day_json(b, t->last);
    tally_buf_adds(b, "}\n");
}

/* Runs one stage over each file (stdin when none) and prints its mentions. */
static int run_stage(int argc, char **argv, int first, const char *published, int dates)
{
    tally_ctx *ctx = tally_ctx_new();
    tally_buf b = {0};
    int status = 0;
    int nfiles = argc - first;
    for (int i = 0; i < (nfiles ? nfiles : 1) && ctx; i++) {
        const char *path = nfiles ? argv[first + i] : "-";
        size_t len = 0;
        char *s = cli_slurp(path, &len);
        if (!s) {
            status = 1;
            continue;
        }
        size_t bad;
        if (!tally_utf8_check(s, len, &bad))
            cli_err("%s: byte %zu: invalid UTF-8 (read as single bytes)", path, bad);
        int rc;
        tally_buf_reset(&b);
        if (dates) {
            const tally_timex *t;
            size_t n;
            rc = tally_dates(ctx, s, len, published, &t, &n);
            for (size_t k = 0; rc == TALLY_OK && k < n; k++)
                timex_json(&b, s, &t[k]);
        } else {
            const tally_number *t;
            size_t n;
            rc = tally_numbers(ctx, s, len, &t, &n);
            for (size_t k = 0; rc == TALLY_OK && k < n; k++)
                number_json(&b, s, &t[k]);
        }
        if (rc != TALLY_OK || b.err) {
            cli_err("%s: %s", path, rc ? tally_errmsg(ctx) : "out of memory");
            status = 1;
        } else if (b.len) {
            fwrite(b.s, 1, b.len, stdout);
        }
        free(s);
    }
    if (!ctx) {
        cli_err("out of memory");
        status = 1;
    }
    tally_buf_free(&b);
    tally_ctx_free(ctx);
    return status;
}

int cmd_numbers(int argc, char **argv)
{
    static const struct option opts[] = {{"format", required_argument, 0, 'f'}, {0, 0, 0, 0}};
    int c;
    while ((c = getopt_long(argc, argv, "f:", opts, NULL)) != -1) {
        if (c != 'f' || strcmp(optarg, "jsonl") != 0) {
            cli_err("numbers: only --format jsonl is supported (see tally numbers --help)");
            return 2;
        }
    }
    return run_stage(argc, argv, optind, NULL, 0);
}

int cmd_dates(int argc, char **argv)
{
    static const struct option opts[] = {{"published", required_argument, 0, 'p'}, {0, 0, 0, 0}};
    const char *published = NULL;
    int c;
    while ((c = getopt_long(argc, argv, "p:", opts, NULL)) != -1) {
        if (c != 'p') {
            cli_err("dates: see tally dates --help");
            return 2;
        }
        published = optarg;
    }
    if (published && tally_day_parse(published) == TALLY_NODAY) {
        cli_err("dates: --published '%s' is not a date (YYYY-MM-DD)", published);
        return 2;
    }
    return run_stage(argc, argv, optind, published, 1);
}
