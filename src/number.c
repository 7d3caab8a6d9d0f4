/* number.c — placeholder scanner: plain digit groups only (replaced by the full scanner). */
#include "number.h"
#include "text.h"
#include <math.h>
#include <stdlib.h>

int tally_number_scan(const char *s, size_t len, tally_numvec *out)
{
    size_t i = 0;
    while (i < len) {
        if (!tally_is_digit((unsigned char)s[i]) || (i > 0 && tally_is_alpha((unsigned char)s[i - 1]))) {
            i++;
            continue;
        }
        size_t st = i;
        double v = 0;
        while (i < len && (tally_is_digit((unsigned char)s[i]) ||
                           (s[i] == ',' && i + 3 < len + 0 && tally_is_digit((unsigned char)s[i + 1])))) {
            if (s[i] != ',')
                v = v * 10 + (s[i] - '0');
            i++;
        }
        tally_number n = {.start = st, .end = i, .num_start = st, .num_end = i, .low = v, .high = v,
                          .bound = TALLY_BOUND_EQ, .kind = TALLY_NUM_COUNT};
        if (tally_vec_push(out, n) != TALLY_OK)
            return TALLY_ENOMEM;
    }
    return TALLY_OK;
}
