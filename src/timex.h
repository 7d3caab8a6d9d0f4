/* timex.h — the time-expression scanner (stage "dates"): finds dates, times, durations and sets and
 * normalises them against the publication date with news defaults. See timex.c. */
#ifndef TALLY_TIMEX_H
#define TALLY_TIMEX_H
#include "token.h"
#include "vec.h"

/* Appends every time expression in s[0..len) to out, in text order, non-overlapping. dct is the
 * publication day (TALLY_NODAY: relative expressions keep X placeholders, first/last TALLY_NODAY).
 * Returns TALLY_OK or TALLY_ENOMEM. Never reads outside s[0..len). */
int tally_timex_scan(const char *s, size_t len, int32_t dct, tally_timexvec *out);
/* The same, given s's tokens and their lexicon hints (LEXH_* of lexicon.h, one per token): plain words that
 * start no time expression are stepped over whole. The result is tally_timex_scan's. */
int tally_timex_scan_toks(const char *s, size_t len, int32_t dct, const tally_tok *toks, size_t ntoks,
                          const uint8_t *hint, tally_timexvec *out);
/* The same scan run in steps (the claim rules ask for the dates up to the last sentence they read):
 * tally_timex_scan_to resumes it and stops before the first expression starting at or after limit, unless
 * that one may still lengthen the last mention found; the mentions starting before limit are then out's, as
 * tally_timex_scan_toks gives them. The cursor (tally_timex_cursor_size bytes, any 16-byte aligned memory)
 * borrows s, toks and hint. */
typedef struct tally_timex_cursor tally_timex_cursor;
size_t tally_timex_cursor_size(void);
void tally_timex_cursor_init(tally_timex_cursor *c, const char *s, size_t len, int32_t dct, const tally_tok *toks,
                             size_t ntoks, const uint8_t *hint, const tally_timexvec *out);
int tally_timex_scan_to(tally_timex_cursor *c, size_t limit, tally_timexvec *out);
bool tally_timex_cursor_done(const tally_timex_cursor *c); /* the text's end reached */
/* The i-th slot of the words that may start a time expression: the word, "" when the slot is empty or holds
 * a word that starts none, NULL past the last (for the lexicon's word table). */
const char *tally_timex_starter(size_t i);
/* The same for every word of the date lexicon, starter or not, then the words the grammar reads by their
 * spelling: no word outside these is ever part of a time expression. */
const char *tally_timex_word(size_t i);

/* How many words of the tense lists the shape filter of tense_before would turn away: 0 (for the tests). */
int tally_timex_tense_misses(void);

/* Writes day as "YYYY-MM-DD" into buf (at least 11 bytes). */
void tally_day_format(int32_t day, char *buf);
#endif
