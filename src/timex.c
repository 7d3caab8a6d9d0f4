/* timex.c — placeholder scanner: ISO dates only (replaced by the full scanner). */
#include "timex.h"
#include "text.h"
#include <string.h>

int tally_timex_scan(const char *s, size_t len, int32_t dct, tally_timexvec *out)
{
    (void)dct;
    for (size_t i = 0; i + 10 <= len; i++) {
        if (i > 0 && tally_is_digit((unsigned char)s[i - 1]))
            continue;
        char tmp[11];
        memcpy(tmp, s + i, 10);
        tmp[10] = 0;
        int32_t day = tally_day_parse(tmp);
        if (day == TALLY_NODAY)
            continue;
        tally_timex t = {.start = i, .end = i + 10, .type = TALLY_TIMEX_DATE, .gran = TALLY_GRAN_DAY,
                         .first = day, .last = day};
        memcpy(t.value, tmp, 11);
        if (tally_vec_push(out, t) != TALLY_OK)
            return TALLY_ENOMEM;
        i += 9;
    }
    return TALLY_OK;
}
