/* cli_input.c — what `ingest` and `extract` share: the input options, the manifest of publication dates,
 * and the walk over input files that checks each one (exists, not a directory, not empty, text, UTF-8)
 * before a reader turns it into articles. Problems are reported as "tally: FILE[:LINE:COL]: what". */
#include "cli_input.h"
#include "read.h"
#include <getopt.h>
#include <stdlib.h>
#include <string.h>

static const char *base_name(const char *path)
{
    const char *slash = strrchr(path, '/');
    return slash ? slash + 1 : path;
}

/* Reads "file<TAB>published" rows (a header row is skipped: its date does not parse). */
static int load_manifest(cli_inputs *in, const char *path)
{
    size_t len;
    char *s = cli_slurp(path, &len);
    if (!s)
        return 1;
    free(in->manifest_text);
    free(in->manifest);
    in->manifest_text = s;
    in->nmanifest = 0;
    in->manifest = calloc(CLI_MANIFEST_MAX, sizeof *in->manifest);
    if (!in->manifest) {
        cli_err("%s: out of memory", path);
        return 1;
    }
    size_t line = 0;
    for (char *p = s; p && *p; line++) {
        char *nl = strchr(p, '\n');
        if (nl)
            *nl = '\0';
        char *tab = strchr(p, '\t');
        if (tab) {
            *tab = '\0';
            char *date = tab + 1;
            char *tab2 = strchr(date, '\t');
            if (tab2)
                *tab2 = '\0';
            if (tally_day_parse(date) != TALLY_NODAY && in->nmanifest < CLI_MANIFEST_MAX) {
                in->manifest[in->nmanifest][0] = p;
                in->manifest[in->nmanifest][1] = date;
                in->nmanifest++;
            } else if (line > 0 && tally_day_parse(date) == TALLY_NODAY) {
                cli_err("%s:%zu:%zu: '%s' is not a date (YYYY-MM-DD)", path, line + 1, (size_t)(date - p) + 1, date);
                return 1;
            }
        }
        p = nl ? nl + 1 : NULL;
    }
    return 0;
}

int cli_input_option(cli_inputs *in, int opt, const char *arg)
{
    switch (opt) {
    case 'a':
        in->format = tally_format_parse(arg);
        if (in->format < 0) {
            cli_err("--as '%s': expected txt, jsonl, html or warc", arg);
            return 2;
        }
        return 0;
    case 'p':
        if (tally_day_parse(arg) == TALLY_NODAY) {
            cli_err("--published '%s' is not a date (YYYY-MM-DD)", arg);
            return 2;
        }
        in->published = arg;
        return 0;
    case 'm':
        return load_manifest(in, arg) ? 2 : 0;
    default:
        return -1;
    }
}

const char *cli_manifest_date(const cli_inputs *in, const char *path)
{
    const char *b = base_name(path);
    for (size_t i = 0; i < in->nmanifest; i++)
        if (strcmp(in->manifest[i][0], b) == 0 || strcmp(in->manifest[i][0], path) == 0)
            return in->manifest[i][1];
    return in->published;
}

/* The format from the name's extension; for standard input or a name without one, from the first bytes. */
static tally_format guess(const char *path, const char *s, size_t len)
{
    tally_format fmt = tally_format_guess(path);
    if (fmt != TALLY_FMT_TXT || (strcmp(path, "-") != 0 && strchr(base_name(path), '.')))
        return fmt;
    size_t i = 0;
    while (i < len && (s[i] == ' ' || s[i] == '\n' || s[i] == '\r' || s[i] == '\t'))
        i++;
    if (len >= 2 && (unsigned char)s[0] == 0x1f && (unsigned char)s[1] == 0x8b)
        return TALLY_FMT_WARC;
    if (len - i >= 5 && strncmp(s + i, "WARC/", 5) == 0)
        return TALLY_FMT_WARC;
    if (i < len && s[i] == '{')
        return TALLY_FMT_JSONL;
    if (i < len && s[i] == '<')
        return TALLY_FMT_HTML;
    return TALLY_FMT_TXT;
}

/* Line and column (1-based, column in bytes) of offset off. */
static void line_col(const char *s, size_t off, size_t *line, size_t *col)
{
    *line = 1;
    size_t start = 0;
    for (size_t i = 0; i < off; i++)
        if (s[i] == '\n') {
            (*line)++;
            start = i + 1;
        }
    *col = off - start + 1;
}

/* Text formats must be text: no NUL bytes, valid UTF-8. */
static int check_text(const char *path, const char *s, size_t len)
{
    const char *nul = memchr(s, '\0', len);
    size_t bad, line, col;
    if (nul) {
        line_col(s, (size_t)(nul - s), &line, &col);
        cli_err("%s:%zu:%zu: binary data (a NUL byte), not a text article", path, line, col);
        return 1;
    }
    if (!tally_utf8_check(s, len, &bad)) {
        line_col(s, bad, &line, &col);
        cli_err("%s:%zu:%zu: invalid UTF-8 (byte 0x%02X)", path, line, col, (unsigned char)s[bad]);
        return 1;
    }
    return 0;
}

int cli_each_file(tally_ctx *ctx, const cli_inputs *in, int nfiles, char **files, cli_file_fn fn, void *arg)
{
    int status = 0;
    for (int i = 0; i < (nfiles ? nfiles : 1); i++) {
        const char *path = nfiles ? files[i] : "-";
        size_t len;
        char *s = cli_slurp(path, &len);
        if (!s) {
            status = 1;
            continue;
        }
        tally_format fmt = in->format >= 0 ? (tally_format)in->format : guess(path, s, len);
        size_t blank = 0;
        while (blank < len && (s[blank] == ' ' || s[blank] == '\n' || s[blank] == '\r' || s[blank] == '\t'))
            blank++;
        if (blank == len) {
            cli_err("%s: empty file, no article in it", path);
            status = 1;
        } else if ((fmt == TALLY_FMT_TXT || fmt == TALLY_FMT_JSONL) && check_text(path, s, len)) {
            status = 1;
        } else {
            int rc = fn(arg, ctx, fmt, path, s, len, cli_manifest_date(in, path));
            if (rc > status)
                status = rc;
        }
        free(s);
    }
    return status;
}

void cli_inputs_free(cli_inputs *in)
{
    free(in->manifest_text);
    free(in->manifest);
}
