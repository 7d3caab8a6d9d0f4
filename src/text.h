/* text.h — byte-level helpers shared by every scanner: a 256-entry class table (ASCII fast path), UTF-8
 * decoding only on a high bit, and the few non-ASCII characters news text uses for spaces, dashes,
 * apostrophes and quotes. All positions are byte offsets; nothing here allocates. */
#ifndef TALLY_TEXT_H
#define TALLY_TEXT_H
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

enum {
    TALLY_C_SPACE = 1,  /* space, tab, CR, LF, FF, VT */
    TALLY_C_DIGIT = 2,
    TALLY_C_UPPER = 4,
    TALLY_C_LOWER = 8,
    TALLY_C_PUNCT = 16, /* ASCII punctuation */
    TALLY_C_HIGH = 32   /* a byte of a multi-byte UTF-8 sequence */
};
extern const unsigned char tally_cclass[256];
extern const unsigned char tally_lower_tab[256]; /* ASCII A-Z to a-z, every other byte itself */

static inline bool tally_is_digit(unsigned char c) { return tally_cclass[c] & TALLY_C_DIGIT; }
static inline bool tally_is_alpha(unsigned char c) { return tally_cclass[c] & (TALLY_C_UPPER | TALLY_C_LOWER); }
static inline bool tally_is_upper(unsigned char c) { return tally_cclass[c] & TALLY_C_UPPER; }
static inline bool tally_is_lower(unsigned char c) { return tally_cclass[c] & TALLY_C_LOWER; }
static inline bool tally_is_ascii_space(unsigned char c) { return tally_cclass[c] & TALLY_C_SPACE; }
/* One load: a test and a conditional add cost more in the word loops that call it per byte. */
static inline unsigned char tally_lower(unsigned char c) { return tally_lower_tab[c]; }

/* Decodes the code point at s[i]; returns its length in bytes (1 with *cp = 0xFFFD for a bad byte). */
size_t tally_utf8_decode(const char *s, size_t len, size_t i, int32_t *cp);
/* Length of the code point that ends just before s[i] (0 at i == 0). */
size_t tally_utf8_back(const char *s, size_t i);

/* Each returns the byte length of the character at s[i] when it is of the kind, else 0. */
size_t tally_space_at(const char *s, size_t len, size_t i);  /* ASCII space or U+00A0 U+2009 U+202F U+2002-200A */
size_t tally_group_space_at(const char *s, size_t len, size_t i); /* space used between digit groups: ' ', U+00A0, U+2009, U+202F */
size_t tally_dash_at(const char *s, size_t len, size_t i);   /* - U+2010-2015 U+2212 */
size_t tally_apos_at(const char *s, size_t len, size_t i);   /* ' U+2019 U+02BC U+2018 */
size_t tally_quote_at(const char *s, size_t len, size_t i);  /* " U+201C U+201D U+00AB U+00BB U+201E */
/* True when the code point at s[i] is a letter (any script). */
bool tally_letter_at(const char *s, size_t len, size_t i);

/* ASCII case-insensitive: s[0..n) equals the NUL-terminated lit. Inline: the claim and name rules call
 * it with literals hundreds of times per sentence and nearly every call fails on the first byte (out of
 * line it was 8 % of the claims bench). */
/* The 8 bytes at s as a little-endian word (s must have 8 readable bytes). */
static inline uint64_t tally_load8_le(const char *s)
{
    uint64_t x;
    memcpy(&x, s, 8);
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
    x = __builtin_bswap64(x);
#endif
    return x;
}

/* A mask of the low m bytes of a word (m ≤ 8); a table, as the keyword hashes ask for it per word. */
static inline uint64_t tally_low_bytes(size_t m)
{
    static const uint64_t mask[9] = {0, 0xFF, 0xFFFF, 0xFFFFFF, 0xFFFFFFFF, 0xFFFFFFFFFFull, 0xFFFFFFFFFFFFull,
                                     0xFFFFFFFFFFFFFFull, ~0ull};
    return mask[m];
}

/* Up to 8 bytes of s little-endian: one 8-byte load when avail (bytes readable from s) allows, else the first
 * m bytes one by one (mask with tally_low_bytes(m) for exactly m). */
static inline uint64_t tally_load_le(const char *s, size_t m, size_t avail)
{
    if (avail >= 8)
        return tally_load8_le(s);
    uint64_t x = 0;
    for (size_t k = 0; k < m; k++)
        x |= (uint64_t)(unsigned char)s[k] << (8 * k);
    return x;
}

static inline bool tally_ieq(const char *s, size_t n, const char *lit)
{
    size_t i = 0;
    for (; i < n; i++)
        if (!lit[i] || tally_lower((unsigned char)s[i]) != tally_lower((unsigned char)lit[i]))
            return false;
    return lit[i] == '\0';
}
/* s[0..n) is one of the count words of list (lower case; s ASCII case-insensitive). Compares first bytes before
 * anything else: the name rules test every capitalised word against lists of dozens of words. */
bool tally_ieq_any(const char *s, size_t n, const char *const *list, size_t count);
/* ASCII case-insensitive prefix test: lit is a prefix of s[0..n). */
bool tally_iprefix(const char *s, size_t n, const char *lit);

/* Skips spaces (tally_space_at) from i; returns the new position. */
size_t tally_skip_space(const char *s, size_t len, size_t i);
/* End of the word starting at i: letters (any script), digits, and inner apostrophes/hyphens are not
 * included — a word is letters and digits only. Returns i when no word starts there. */
size_t tally_word_end(const char *s, size_t len, size_t i);
/* Start of the word ending at i (exclusive end), or i when none. */
size_t tally_word_start(const char *s, size_t i);
#endif
