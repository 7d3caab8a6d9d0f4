/* lexicon.c — binary search over the generated, sorted word table (about 250 words: eight probes). */
#include "lexicon.h"
#include "text.h"
#include <string.h>

static const tally_lex lexicon[] = {
#include "lexicon.inc"
};

const tally_lex *tally_lex_find(const char *s, size_t n)
{
    char w[24];
    if (n == 0 || n >= sizeof w)
        return NULL;
    for (size_t i = 0; i < n; i++)
        w[i] = (char)tally_lower((unsigned char)s[i]);
    w[n] = '\0';
    size_t lo = 0, hi = sizeof lexicon / sizeof *lexicon;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        int c = strcmp(w, lexicon[mid].word);
        if (c == 0)
            return &lexicon[mid];
        if (c < 0)
            hi = mid;
        else
            lo = mid + 1;
    }
    return NULL;
}
