/* main.c — tally's command line: a table of commands, each a thin function over the library. */
#include "cli.h"
#include <stdlib.h>
#include <string.h>

static const cli_cmd commands[] = {
    {"numbers", cmd_numbers, "numbers in text, with bounds, as JSON Lines",
     "usage: tally numbers [FILE…]\n"
     "Reads plain text (standard input when no FILE, or -) and prints one JSON object per number mention:\n"
     "  {\"start\",\"end\",\"text\",\"kind\":count|share|money|measure|ordinal,\"low\",\"high\",\"bound\",\"approx\"}\n"
     "start/end are byte offsets into the text as given (end exclusive); an open end is null;\n"
     "bound is one of = ~ >= > <= < range; a share is in percent (36 for 36 %).\n"
     "example:\n  echo 'at least 1,500 people and several hundred soldiers' | tally numbers\n"},
    {"dates", cmd_dates, "time expressions, resolved against a publication date, as JSON Lines",
     "usage: tally dates --published YYYY-MM-DD [FILE…]\n"
     "Reads plain text and prints one JSON object per time expression:\n"
     "  {\"start\",\"end\",\"text\",\"type\":DATE|TIME|DURATION|SET,\"value\",\"first\",\"last\"}\n"
     "value is a TIMEX3 value (2024-12-16, 2024-12, 2024-W51, P2M, PAST_REF…); first/last are the days a\n"
     "DATE covers (null otherwise). Without --published, relative dates keep X placeholders.\n"
     "example:\n  echo 'He said on Monday that in mid-January…' | tally dates --published 2024-12-23\n"},
};

static void usage(FILE *f)
{
    fputs("usage: tally COMMAND [OPTIONS] [FILE…]\n"
          "tally reads news articles and extracts quantitative claims: the number with its bound, what is\n"
          "counted, the group and place, who said it and when; it unifies names, merges repeated claims and\n"
          "builds a timeline per quantity.\n\ncommands:\n",
          f);
    for (size_t i = 0; i < sizeof commands / sizeof *commands; i++)
        fprintf(f, "  %-10s %s\n", commands[i].name, commands[i].summary);
    fputs("\n`tally COMMAND --help` explains a command, with an example.\n", f);
}

const cli_cmd *cli_find(const char *name)
{
    for (size_t i = 0; i < sizeof commands / sizeof *commands; i++)
        if (strcmp(commands[i].name, name) == 0)
            return &commands[i];
    return NULL;
}

int main(int argc, char **argv)
{
    if (argc < 2) {
        usage(stderr);
        return 2;
    }
    if (strcmp(argv[1], "--help") == 0 || strcmp(argv[1], "-h") == 0 || strcmp(argv[1], "help") == 0) {
        usage(stdout);
        return 0;
    }
    if (strcmp(argv[1], "--version") == 0) {
        puts("tally " TALLY_VERSION);
        return 0;
    }
    const cli_cmd *cmd = cli_find(argv[1]);
    if (!cmd) {
        cli_err("unknown command '%s' (see tally --help)", argv[1]);
        return 2;
    }
    if (cli_want_help(cmd, argc - 1, argv + 1))
        return 0;
    return cmd->run(argc - 1, argv + 1);
}
