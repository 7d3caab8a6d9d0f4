/* text.c — byte classes and the handful of Unicode characters news text uses in place of ASCII ones.
 * ASCII is classified by table; a byte with the high bit set is decoded with utf8proc only then. */
#include "text.h"
#include "tally.h"
#include <string.h>
#include <utf8proc.h>

#define S TALLY_C_SPACE
#define D TALLY_C_DIGIT
#define U TALLY_C_UPPER
#define L TALLY_C_LOWER
#define P TALLY_C_PUNCT
#define H TALLY_C_HIGH
const unsigned char tally_cclass[256] = {
    0, 0, 0, 0, 0, 0, 0, 0, 0, S, S, S, S, S, 0, 0,  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    S, P, P, P, P, P, P, P, P, P, P, P, P, P, P, P,  D, D, D, D, D, D, D, D, D, D, P, P, P, P, P, P,
    P, U, U, U, U, U, U, U, U, U, U, U, U, U, U, U,  U, U, U, U, U, U, U, U, U, U, U, P, P, P, P, P,
    P, L, L, L, L, L, L, L, L, L, L, L, L, L, L, L,  L, L, L, L, L, L, L, L, L, L, L, P, P, P, P, 0,
    H, H, H, H, H, H, H, H, H, H, H, H, H, H, H, H,  H, H, H, H, H, H, H, H, H, H, H, H, H, H, H, H,
    H, H, H, H, H, H, H, H, H, H, H, H, H, H, H, H,  H, H, H, H, H, H, H, H, H, H, H, H, H, H, H, H,
    H, H, H, H, H, H, H, H, H, H, H, H, H, H, H, H,  H, H, H, H, H, H, H, H, H, H, H, H, H, H, H, H,
    H, H, H, H, H, H, H, H, H, H, H, H, H, H, H, H,  H, H, H, H, H, H, H, H, H, H, H, H, H, H, H, H,
};
#undef S
#undef D
#undef U
#undef L
#undef P
#undef H

const unsigned char tally_lower_tab[256] = {
    0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15,
    16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31,
    32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42, 43, 44, 45, 46, 47,
    48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 58, 59, 60, 61, 62, 63,
    64, 97, 98, 99, 100, 101, 102, 103, 104, 105, 106, 107, 108, 109, 110, 111,
    112, 113, 114, 115, 116, 117, 118, 119, 120, 121, 122, 91, 92, 93, 94, 95,
    96, 97, 98, 99, 100, 101, 102, 103, 104, 105, 106, 107, 108, 109, 110, 111,
    112, 113, 114, 115, 116, 117, 118, 119, 120, 121, 122, 123, 124, 125, 126, 127,
    128, 129, 130, 131, 132, 133, 134, 135, 136, 137, 138, 139, 140, 141, 142, 143,
    144, 145, 146, 147, 148, 149, 150, 151, 152, 153, 154, 155, 156, 157, 158, 159,
    160, 161, 162, 163, 164, 165, 166, 167, 168, 169, 170, 171, 172, 173, 174, 175,
    176, 177, 178, 179, 180, 181, 182, 183, 184, 185, 186, 187, 188, 189, 190, 191,
    192, 193, 194, 195, 196, 197, 198, 199, 200, 201, 202, 203, 204, 205, 206, 207,
    208, 209, 210, 211, 212, 213, 214, 215, 216, 217, 218, 219, 220, 221, 222, 223,
    224, 225, 226, 227, 228, 229, 230, 231, 232, 233, 234, 235, 236, 237, 238, 239,
    240, 241, 242, 243, 244, 245, 246, 247, 248, 249, 250, 251, 252, 253, 254, 255,
};

size_t tally_utf8_decode(const char *s, size_t len, size_t i, int32_t *cp)
{
    unsigned char c = (unsigned char)s[i];
    if (c < 0x80) {
        *cp = c;
        return 1;
    }
    utf8proc_int32_t out;
    utf8proc_ssize_t n = utf8proc_iterate((const utf8proc_uint8_t *)s + i, (utf8proc_ssize_t)(len - i), &out);
    if (n <= 0) {
        *cp = 0xFFFD;
        return 1;
    }
    *cp = out;
    return (size_t)n;
}

size_t tally_utf8_back(const char *s, size_t i)
{
    size_t n = 0;
    while (i > 0 && n < 4) {
        i--;
        n++;
        if (((unsigned char)s[i] & 0xC0) != 0x80)
            break;
    }
    return n;
}

bool tally_utf8_check(const char *s, size_t len, size_t *bad)
{
    size_t i = 0;
    const uint64_t high = 0x8080808080808080u;
    while (i < len) {
        uint64_t w;
        if (i + 32 <= len) {
            uint64_t q0 = tally_load8_le(s + i) & high, q1 = tally_load8_le(s + i + 8) & high,
                     q2 = tally_load8_le(s + i + 16) & high, q3 = tally_load8_le(s + i + 24) & high;
            if (!(q0 | q1 | q2 | q3)) {
                i += 32; /* 32 ASCII bytes a step, as news text runs: half the instructions of 8 */
                continue;
            }
            /* on to the first high byte among them (a curly quote in most windows that have one: the loops
             * below read the bytes before it one by one, a byte an instruction over the claims bench's text) */
            i += q0 ? (size_t)(__builtin_ctzll(q0) >> 3)
                 : q1 ? 8 + (size_t)(__builtin_ctzll(q1) >> 3)
                 : q2 ? 16 + (size_t)(__builtin_ctzll(q2) >> 3) : 24 + (size_t)(__builtin_ctzll(q3) >> 3);
        }
        if (i + 8 <= len && (memcpy(&w, s + i, 8), !(w & high))) {
            i += 8; /* eight ASCII bytes at once: a third of the time of byte by byte */
            continue;
        }
        if ((unsigned char)s[i] < 0x80) {
            i++;
            continue;
        }
        utf8proc_int32_t cp;
        utf8proc_ssize_t n = utf8proc_iterate((const utf8proc_uint8_t *)s + i, (utf8proc_ssize_t)(len - i), &cp);
        if (n <= 0) {
            if (bad)
                *bad = i;
            return false;
        }
        i += (size_t)n;
    }
    return true;
}

static int32_t cp_at(const char *s, size_t len, size_t i, size_t *n)
{
    int32_t cp;
    *n = tally_utf8_decode(s, len, i, &cp);
    return cp;
}

size_t tally_space_at(const char *s, size_t len, size_t i)
{
    if (i >= len)
        return 0;
    unsigned char c = (unsigned char)s[i];
    if (c < 0x80)
        return tally_is_ascii_space(c) ? 1 : 0;
    size_t n;
    int32_t cp = cp_at(s, len, i, &n);
    return (cp == 0xA0 || (cp >= 0x2002 && cp <= 0x200A) || cp == 0x202F || cp == 0x3000) ? n : 0;
}

size_t tally_group_space_at(const char *s, size_t len, size_t i)
{
    if (i >= len)
        return 0;
    if (s[i] == ' ')
        return 1;
    if ((unsigned char)s[i] < 0x80)
        return 0;
    size_t n;
    int32_t cp = cp_at(s, len, i, &n);
    return (cp == 0xA0 || cp == 0x2009 || cp == 0x202F) ? n : 0;
}

size_t tally_dash_at(const char *s, size_t len, size_t i)
{
    if (i >= len)
        return 0;
    if (s[i] == '-')
        return 1;
    if ((unsigned char)s[i] < 0x80)
        return 0;
    size_t n;
    int32_t cp = cp_at(s, len, i, &n);
    return ((cp >= 0x2010 && cp <= 0x2015) || cp == 0x2212) ? n : 0;
}

size_t tally_apos_at(const char *s, size_t len, size_t i)
{
    if (i >= len)
        return 0;
    if (s[i] == '\'')
        return 1;
    if ((unsigned char)s[i] < 0x80)
        return 0;
    size_t n;
    int32_t cp = cp_at(s, len, i, &n);
    return (cp == 0x2019 || cp == 0x02BC || cp == 0x2018) ? n : 0;
}

size_t tally_quote_at(const char *s, size_t len, size_t i)
{
    if (i >= len)
        return 0;
    if (s[i] == '"')
        return 1;
    if ((unsigned char)s[i] < 0x80)
        return 0;
    size_t n;
    int32_t cp = cp_at(s, len, i, &n);
    return (cp == 0x201C || cp == 0x201D || cp == 0xAB || cp == 0xBB || cp == 0x201E) ? n : 0;
}

bool tally_letter_at(const char *s, size_t len, size_t i)
{
    if (i >= len)
        return false;
    unsigned char c = (unsigned char)s[i];
    if (c < 0x80)
        return tally_is_alpha(c);
    size_t n;
    int32_t cp = cp_at(s, len, i, &n);
    utf8proc_category_t cat = utf8proc_category(cp);
    return cat >= UTF8PROC_CATEGORY_LU && cat <= UTF8PROC_CATEGORY_LO;
}

bool tally_ieq_any(const char *s, size_t n, const char *const *list, size_t count)
{
    if (n == 0)
        return false;
    unsigned char c0 = tally_lower((unsigned char)s[0]);
    for (size_t i = 0; i < count; i++)
        if ((unsigned char)list[i][0] == c0 && tally_ieq(s, n, list[i]))
            return true;
    return false;
}

bool tally_iprefix(const char *s, size_t n, const char *lit)
{
    size_t i = 0;
    for (; lit[i]; i++)
        if (i >= n || tally_lower((unsigned char)s[i]) != tally_lower((unsigned char)lit[i]))
            return false;
    return true;
}

size_t tally_skip_space(const char *s, size_t len, size_t i)
{
    size_t n;
    while (i < len && (n = tally_space_at(s, len, i)) > 0)
        i += n;
    return i;
}

size_t tally_word_end(const char *s, size_t len, size_t i)
{
    while (i < len) {
        unsigned char c = (unsigned char)s[i];
        if (c < 0x80) {
            if (!tally_is_alpha(c) && !tally_is_digit(c))
                break;
            i++;
            continue;
        }
        if (!tally_letter_at(s, len, i) || tally_apos_at(s, len, i))
            break;
        int32_t cp;
        i += tally_utf8_decode(s, len, i, &cp);
    }
    return i;
}

size_t tally_word_start(const char *s, size_t i)
{
    while (i > 0) {
        size_t n = tally_utf8_back(s, i);
        unsigned char c = (unsigned char)s[i - n];
        if (c < 0x80 ? !(tally_is_alpha(c) || tally_is_digit(c)) : !tally_letter_at(s, i, i - n))
            break;
        i -= n;
    }
    return i;
}
