/* cli_util.c — helpers every command uses: reading files whole, error lines, --help. */
#include "cli.h"
#include <errno.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

void cli_err(const char *fmt, ...)
{
    va_list ap;
    fputs("tally: ", stderr);
    va_start(ap, fmt);
    vfprintf(stderr, fmt, ap);
    va_end(ap);
    fputc('\n', stderr);
}

static char *slurp_stream(FILE *f, size_t *len)
{
    size_t cap = 1 << 16, n = 0;
    char *p = malloc(cap);
    if (!p)
        return NULL;
    for (;;) {
        if (cap - n < 2) {
            char *q = cap > SIZE_MAX / 2 ? NULL : realloc(p, cap * 2);
            if (!q) {
                free(p);
                return NULL;
            }
            p = q;
            cap *= 2;
        }
        size_t got = fread(p + n, 1, cap - n - 1, f);
        n += got;
        if (got == 0)
            break;
    }
    if (ferror(f)) {
        free(p);
        return NULL;
    }
    p[n] = '\0';
    *len = n;
    return p;
}

char *cli_slurp(const char *path, size_t *len)
{
    if (strcmp(path, "-") == 0) {
        char *p = slurp_stream(stdin, len);
        if (!p)
            cli_err("-: cannot read standard input: %s", strerror(errno));
        return p;
    }
    struct stat st;
    if (stat(path, &st) != 0) {
        cli_err("%s: %s", path, strerror(errno));
        return NULL;
    }
    if (S_ISDIR(st.st_mode)) {
        cli_err("%s: is a directory", path);
        return NULL;
    }
    FILE *f = fopen(path, "rb");
    if (!f) {
        cli_err("%s: %s", path, strerror(errno));
        return NULL;
    }
    char *p = slurp_stream(f, len);
    if (!p)
        cli_err("%s: cannot read: %s", path, errno ? strerror(errno) : "out of memory");
    fclose(f);
    return p;
}

int cli_want_help(const cli_cmd *cmd, int argc, char **argv)
{
    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "--") == 0)
            break;
        if (strcmp(argv[i], "--help") == 0 || strcmp(argv[i], "-h") == 0) {
            fputs(cmd->help, stdout);
            return 1;
        }
    }
    return 0;
}
