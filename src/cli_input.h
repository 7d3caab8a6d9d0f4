/* cli_input.h — input options and file walking shared by ingest and extract. */
#ifndef TALLY_CLI_INPUT_H
#define TALLY_CLI_INPUT_H
#include "cli.h"
#include "read.h"

enum { CLI_MANIFEST_MAX = 65536 };

typedef struct cli_inputs {
    int format;               /* tally_format, or -1 to guess from each file's extension */
    const char *published;    /* --published default */
    char *manifest_text;      /* the manifest file, split in place */
    const char *(*manifest)[2];
    size_t nmanifest;
} cli_inputs;

/* Handles --as (a), --published (p), --manifest (m): 0 done, 2 bad value (message printed), -1 not ours. */
int cli_input_option(cli_inputs *in, int opt, const char *arg);
/* The publication date for path: its manifest row, else --published, else NULL. */
const char *cli_manifest_date(const cli_inputs *in, const char *path);

/* Called once per readable input file; returns an exit status (0 fine, 1 input problem, 3 database). */
typedef int (*cli_file_fn)(void *arg, tally_ctx *ctx, tally_format fmt, const char *path, const char *s,
                           size_t len, const char *published);
/* Reads each file (stdin when nfiles == 0), checks it and calls fn; returns the worst status. */
int cli_each_file(tally_ctx *ctx, const cli_inputs *in, int nfiles, char **files, cli_file_fn fn, void *arg);
void cli_inputs_free(cli_inputs *in);

#define CLI_INPUT_LONGOPTS \
    {"as", required_argument, 0, 'a'}, {"published", required_argument, 0, 'p'}, {"manifest", required_argument, 0, 'm'}
#endif
