/* fuzz_timex.c — libFuzzer target for the time-expression scanner. The first two bytes choose the
 * publication day (none, or one of 65535 days around 2000), the rest is the text. Checks the scanner's
 * promises: mentions in text order, non-overlapping, inside [0, len), values NUL-terminated, first <= last,
 * and a DATE without days only when its value is a reference or has X placeholders. */
#include "timex.h"
#include <stdlib.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size);

int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size)
{
    if (size < 2)
        return 0;
    unsigned sel = data[0] | (unsigned)data[1] << 8;
    int32_t dct = sel == 0 ? TALLY_NODAY : tally_day_from_ymd(1970, 1, 1) + (int32_t)sel - 8000;
    size_t len = size - 2;
    /* A private copy of exactly len bytes, so ASan sees any read past the end. */
    char *s = malloc(len ? len : 1);
    if (!s)
        return 0;
    memcpy(s, data + 2, len);
    tally_timexvec v = {0};
    if (tally_timex_scan(s, len, dct, &v) == TALLY_OK) {
        size_t prev = 0;
        for (size_t i = 0; i < v.n; i++) {
            const tally_timex *t = &v.v[i];
            if (t->start < prev || t->start >= t->end || t->end > len)
                abort();
            if (!memchr(t->value, 0, sizeof t->value) || !t->value[0])
                abort();
            if ((t->first == TALLY_NODAY) != (t->last == TALLY_NODAY))
                abort();
            if (t->first != TALLY_NODAY && t->first > t->last)
                abort();
            if (t->type == TALLY_TIMEX_DATE && t->first == TALLY_NODAY && !strchr(t->value, 'X') &&
                !strstr(t->value, "_REF"))
                abort(); /* a DATE without days must say why: a reference or X placeholders */
            prev = t->end;
        }
    }
    tally_vec_free(&v);
    free(s);
    return 0;
}
