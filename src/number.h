/* number.h — the number scanner (stage "numbers"): counts, shares, money, measures and ordinals with
 * their bound words, as typed intervals. See number.c for the grammar. */
#ifndef TALLY_NUMBER_H
#define TALLY_NUMBER_H
#include "token.h"
#include "vec.h"

/* Appends every number mention in s[0..len) to out, in text order, non-overlapping.
 * Years, dates, clock times, phone numbers and model names (T-90) are not reported.
 * Returns TALLY_OK or TALLY_ENOMEM. Never reads outside s[0..len); s need not be NUL-terminated. */
int tally_number_scan(const char *s, size_t len, tally_numvec *out);
/* The same, given s's tokens and their lexicon hints (LEXH_* of lexicon.h, one per token): plain words that
 * start no number are stepped over whole. The result is tally_number_scan's. */
int tally_number_scan_toks(const char *s, size_t len, const tally_tok *toks, size_t ntoks, const uint8_t *hint,
                           tally_numvec *out);
/* The i-th slot of the words that may start a number: the word, "" when the slot is empty, NULL past the
 * last (for the lexicon's word table). */
const char *tally_number_trigger(size_t i);
/* How many keywords the shape tests (of the trigger words, of every keyword) would turn away: 0 (for the tests). */
int tally_number_shape_misses(void);
/* The i-th keyword of the number grammar, NULL past the last. */
const char *tally_number_keyword(size_t i);
#endif
