/* main.c — tally's command line: a table of commands, each a thin function over the library. */
#include "cli.h"
#include <stdlib.h>
#include <string.h>

#define INPUT_HELP                                                                                         \
    "input: FILE… (- or none: standard input); the format is guessed from the extension (.txt, .jsonl,\n"  \
    "  .html, .warc, .warc.gz) or set with --as txt|jsonl|html|warc.\n"                                     \
    "  A plain-text file's first line is its title; a first line 'date YYYY-MM-DD' gives its date.\n"      \
    "  JSON Lines: {\"id\",\"url\",\"outlet\",\"published\",\"title\",\"text\"} per line; only text is required.\n" \
    "  --published DATE     publication date for articles that carry none\n"                               \
    "  --manifest FILE      rows 'file<TAB>YYYY-MM-DD' giving each file's publication date\n"

static const cli_cmd commands[] = {
    {"ingest", cmd_ingest, "read articles, extract claims, store them in the database",
     "usage: tally ingest [--db PATH] [--manifest FILE] [--published DATE] [--as FORMAT] FILE…\n"
     "Extracts every claim from the articles and stores articles, claims, evidence and sources in an\n"
     "SQLite database (--db, else $TALLY_DB, else ./tally.db). Each input file is one transaction: a file\n"
     "with a bad record stores nothing and is reported as 'tally: FILE:LINE:COL: what is wrong'.\n"
     "Re-ingesting an article with the same text changes nothing.\n" INPUT_HELP
     "  --quiet              no summary line\n"
     "exit: 0 all stored; 1 some input rejected (the rest stored); 2 usage; 3 database error.\n"
     "example:\n  tally ingest --manifest ../shared/seeds/manifest.tsv ../shared/seeds/*.txt\n"},
    {"extract", cmd_extract, "articles in, claims out as JSON Lines (streaming, no database)",
     "usage: tally extract [--format jsonl|csv|table] [--explain] [--manifest FILE] [--published DATE] [FILE…]\n"
     "The streaming mode: reads articles and writes one claim per line, nothing stored — fit for Spark\n"
     "RDD.pipe, Hadoop Streaming or a Dask bag. Each claim:\n"
     "  {\"doc\",\"start\",\"end\",\"span\",\"low\",\"high\",\"bound\",\"unit\",\"what\",\"who\",\"where\",\"source\",\n"
     "   \"source_start\",\"source_end\",\"via\":[…],\"said\",\"period\",\"evidence\":[{\"doc\",\"start\",\"end\"}…]}\n"
     "Offsets are bytes into the article's text as given; an open end of the interval is null.\n"
     "Names of two words or more are written as the run first spelt them (Zelenskyy for a later Zelensky;\n"
     "a country's body, however ordered: Russia's Defence Ministry for a later Russian Ministry of Defense).\n"
     INPUT_HELP
     "  --explain            add \"rule\": which rule made each claim\n"
     "example:\n  tally extract --published 2024-12-19 article.txt\n"
     "  cat articles.jsonl | tally extract > claims.jsonl\n"},
    {"claims", cmd_claims, "list the stored claims (table, JSON Lines or CSV)",
     "usage: tally claims [--db PATH] [--format table|jsonl|csv] [--explain]\n"
     "Prints every claim in the database, article by article: an aligned table (default), JSON Lines\n"
     "(the same records as tally extract) or CSV with a header row.\n"
     "example:\n  tally claims --format csv > claims.csv\n"},
    {"timeline", cmd_timeline, "per quantity: every estimate by date and source, spread, checks",
     "usage: tally timeline [--db PATH] [--format text|jsonl] [QUERY]\n"
     "Merges claims repeated across articles (same source, measure, group and number, said within ten days)\n"
     "and prints, for each quantity (group, measure and place scope; a place rolls up into its country)\n"
     "whose group, measure, place or source contains QUERY: every distinct estimate by said-date and\n"
     "source with how many articles carry it and which reported it first; the spread (lowest, highest,\n"
     "ratio); which sources run high or low; revisions (a source changing its own figure); then the\n"
     "consistency checks: killed + wounded against casualty totals, stated shares against their bases, a\n"
     "cumulative figure that falls for one source, and an 'at least' above a later 'at most'.\n"
     "Killed + wounded from one source and day also appear as casualties (marked Σ). Parts of a larger\n"
     "figure ('including 500 officers', 'in Dunmoor alone') are marked * and left out of the spread,\n"
     "revisions and checks; so are counts of a few days beside running totals ('79 in the past 24 hours',\n"
     "marked \xE2\x80\xA0). People counted with no group and no known place ('14 people were killed')\n"
     "form a quantity of their own event, or of the town they name: two shootings are not two estimates.\n"
     "example:\n  tally timeline \"North Korean\"\n"},
    {"events", cmd_events, "articles grouped by the happening they report",
     "usage: tally events [--db PATH] [--format table|jsonl]\n"
     "Lists the stored articles by event: articles reporting the same happening (a briefing, an attack),\n"
     "grouped as they were ingested from their shared names, places, numbers and dates within a time\n"
     "window, and by near-duplicate text. New articles join the events already stored. With --format\n"
     "jsonl, one article a line: {\"doc\",\"event\",\"duplicate_of\": doc|null}.\n"
     "example:\n  tally events --format jsonl\n"},
    {"dups", cmd_dups, "near-duplicate article pairs with their similarity",
     "usage: tally dups [--db PATH] [--format table|jsonl]\n"
     "Lists pairs of stored articles whose texts are near-duplicates (one wire story rewritten), most\n"
     "similar first, with the Jaccard similarity of their word shingles as MinHash estimates it.\n"
     "example:\n  tally dups\n"},
    {"entities", cmd_entities, "people, bodies, countries and places named, with every spelling",
     "usage: tally entities [--db PATH] [--format table|jsonl]\n"
     "Lists every entity the stored articles name — people (titles dropped: \"South Korean MP Lee\n"
     "Seong-kweun\" is Lee Seong-kweun), organisations with their acronyms, countries and capitals,\n"
     "regions, and sources as the text names them — with how often each is mentioned and every surface\n"
     "form met. Names are unified across articles by a spelling-insensitive key (Zelenskyy/Zelensky);\n"
     "an acronym alone joins the body an article spelt out with it; \"South Korea's spy agency\" joins the\n"
     "intelligence body an alias ties to South Korea; a country's body is one in every order of its name\n"
     "(\"Russia's Defence Ministry\", \"the Russian Ministry of Defense\", \"the Defence Ministry in Moscow\").\n"
     "example:\n  tally entities --format jsonl | head\n"},
    {"eval", cmd_eval, "score the stored claims against a gold file (P/R/F1, source, said-date)",
     "usage: tally eval --gold FILE [--aliases FILE] [--db PATH] [--verbose]\n"
     "Matches stored claims to gold claims (JSON Lines in the format of shared/gold/seed-claims.jsonl) by\n"
     "article, measure and overlapping interval, and prints precision, recall and F1, then the share of\n"
     "matched claims whose source and said-date are right. --aliases reads 'canonical<TAB>kind<TAB>a|b|c'\n"
     "rows so that different names of one source count as the same. --verbose lists misses.\n"
     "example:\n  tally eval --gold ../shared/gold/seed-claims.jsonl --aliases ../shared/gold/seed-aliases.tsv\n"},
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
