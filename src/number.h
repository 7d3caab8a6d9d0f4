/* number.h — the number scanner (stage "numbers"): counts, shares, money, measures and ordinals with
 * their bound words, as typed intervals. See number.c for the grammar. */
#ifndef TALLY_NUMBER_H
#define TALLY_NUMBER_H
#include "vec.h"

/* Appends every number mention in s[0..len) to out, in text order, non-overlapping.
 * Years, dates, clock times, phone numbers and model names (T-90) are not reported.
 * Returns TALLY_OK or TALLY_ENOMEM. Never reads outside s[0..len); s need not be NUL-terminated. */
int tally_number_scan(const char *s, size_t len, tally_numvec *out);
#endif
