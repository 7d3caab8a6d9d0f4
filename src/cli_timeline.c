/* cli_timeline.c — `tally timeline [QUERY]`: per quantity, every estimate by date and source, the spread,
 * revisions, and the consistency checks. */
#include "cli.h"
#include "timeline.h"
#include <getopt.h>
#include <string.h>


int cmd_timeline(int argc, char **argv)
{
    static const struct option opts[] = {{"db", required_argument, 0, 'd'}, {"format", required_argument, 0, 'f'},
                                         {0, 0, 0, 0}};
    const char *db = NULL;
    bool jsonl = false;
    int c;
    while ((c = getopt_long(argc, argv, "d:f:", opts, NULL)) != -1) {
        if (c == 'd') {
            db = optarg;
        } else if (c == 'f' && (strcmp(optarg, "text") == 0 || strcmp(optarg, "jsonl") == 0)) {
            jsonl = strcmp(optarg, "jsonl") == 0;
        } else {
            cli_err("timeline: --format takes text or jsonl (see tally timeline --help)");
            return 2;
        }
    }
    const char *query = optind < argc ? argv[optind] : NULL;
    tally_ctx *ctx = tally_ctx_new();
    tally_store *st = NULL;
    tally_timeline *t = NULL;
    int status = ctx ? cli_open_store(ctx, cli_db_path(db), &st) : 1;
    if (status == 0 && tally_timeline_build(ctx, st, query, &t) != TALLY_OK) {
        cli_err("%s", tally_errmsg(ctx));
        status = 3;
    }
    if (status == 0) {
        tally_buf b = {0};
        if (jsonl)
            tally_timeline_jsonl(t, &b);
        else
            tally_timeline_text(t, &b);
        if (b.len)
            fwrite(b.s, 1, b.len, stdout);
        else if (!jsonl)
            printf("no claims%s%s%s\n", query ? " match '" : "", query ? query : "", query ? "'" : "");
        tally_buf_free(&b);
    }
    tally_timeline_free(t);
    tally_store_close(st);
    tally_ctx_free(ctx);
    return status;
}
