/* cli.h — the command-line front end: one function per command, shared option helpers. */
#ifndef TALLY_CLI_H
#define TALLY_CLI_H
#include "tally.h"
#include <stdio.h>

typedef struct cli_cmd {
    const char *name;
    int (*run)(int argc, char **argv);
    const char *summary;
    const char *help; /* full --help text */
} cli_cmd;

/* Reads a whole file ("-" = stdin) into a malloc'd buffer with a NUL after it. Prints
 * "tally: FILE: why" and returns NULL on failure (missing, a directory, unreadable). */
char *cli_slurp(const char *path, size_t *len);
/* Prints "tally: " + message to stderr. */
void cli_err(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
/* Prints the command's help to stdout when argv asks for it; returns 1 if it did. */
int cli_want_help(const cli_cmd *cmd, int argc, char **argv);
const cli_cmd *cli_find(const char *name);
/* The database path: --db, else $TALLY_DB, else tally.db. */
const char *cli_db_path(const char *opt);
/* Opens the store, printing "tally: …" and returning 3 on failure, 0 on success. cli_open_store is for
 * reading commands: a path holding no file is an error there; cli_create_store (ingest) creates it. */
int cli_open_store(tally_ctx *ctx, const char *path, tally_store **st);
int cli_create_store(tally_ctx *ctx, const char *path, tally_store **st);

int cmd_numbers(int argc, char **argv);
int cmd_dates(int argc, char **argv);
int cmd_extract(int argc, char **argv);
int cmd_ingest(int argc, char **argv);
int cmd_claims(int argc, char **argv);
int cmd_eval(int argc, char **argv);
int cmd_timeline(int argc, char **argv);
int cmd_entities(int argc, char **argv);
int cmd_events(int argc, char **argv);
int cmd_dups(int argc, char **argv);
#endif
