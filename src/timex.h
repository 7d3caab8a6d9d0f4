/* timex.h — the time-expression scanner (stage "dates"): finds dates, times, durations and sets and
 * normalises them against the publication date with news defaults. See timex.c. */
#ifndef TALLY_TIMEX_H
#define TALLY_TIMEX_H
#include "vec.h"

/* Appends every time expression in s[0..len) to out, in text order, non-overlapping. dct is the
 * publication day (TALLY_NODAY: relative expressions keep X placeholders, first/last TALLY_NODAY).
 * Returns TALLY_OK or TALLY_ENOMEM. Never reads outside s[0..len). */
int tally_timex_scan(const char *s, size_t len, int32_t dct, tally_timexvec *out);

/* Writes day as "YYYY-MM-DD" into buf (at least 11 bytes). */
void tally_day_format(int32_t day, char *buf);
#endif
