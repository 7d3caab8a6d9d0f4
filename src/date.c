/* date.c — civil dates as day numbers (days since 1970-01-01), by the era arithmetic of the proleptic
 * Gregorian calendar: a 400-year era has 146097 days, and starting years in March puts the leap day last. */
#include "tally.h"
#include "text.h"
#include "timex.h"
#include <string.h>

int32_t tally_day_from_ymd(int y, int m, int d)
{
    y -= m <= 2;
    int era = (y >= 0 ? y : y - 399) / 400;
    int yoe = y - era * 400;
    int doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

void tally_day_to_ymd(int32_t day, int *y, int *m, int *d)
{
    int z = day + 719468;
    int era = (z >= 0 ? z : z - 146096) / 146097;
    int doe = z - era * 146097;
    int yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    int doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    int mp = (5 * doy + 2) / 153;
    *d = doy - (153 * mp + 2) / 5 + 1;
    *m = mp < 10 ? mp + 3 : mp - 9;
    *y = yoe + era * 400 + (*m <= 2);
}

static int digits(const char *s, int n)
{
    int v = 0;
    for (int i = 0; i < n; i++) {
        if (!tally_is_digit((unsigned char)s[i]))
            return -1;
        v = v * 10 + (s[i] - '0');
    }
    return v;
}

int32_t tally_day_parse(const char *s)
{
    if (!s)
        return TALLY_NODAY;
    int y = digits(s, 4);
    if (y < 0 || s[4] != '-')
        return TALLY_NODAY;
    int m = digits(s + 5, 2);
    if (m < 1 || m > 12 || s[7] != '-')
        return TALLY_NODAY;
    int d = digits(s + 8, 2);
    static const int mdays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (d < 1 || d > mdays[m - 1])
        return TALLY_NODAY;
    if (m == 2 && d == 29 && !((y % 4 == 0 && y % 100 != 0) || y % 400 == 0))
        return TALLY_NODAY;
    return tally_day_from_ymd(y, m, d);
}

/* The decimal digits of 0..99, two a number: each part of a date is copied, not divided digit by digit (a
 * claim formats its dates of saying and periods; the loop of divisions was 0.5 % of the claims bench). */
static const char two_digits[201] = "00010203040506070809101112131415161718192021222324"
                                    "25262728293031323334353637383940414243444546474849"
                                    "50515253545556575859606162636465666768697071727374"
                                    "75767778798081828384858687888990919293949596979899";

void tally_day_format(int32_t day, char *buf)
{
    int y, m, d;
    tally_day_to_ymd(day, &y, &m, &d);
    y = y < 0 ? 0 : y % 10000;
    memcpy(buf, two_digits + 2 * (y / 100), 2);
    memcpy(buf + 2, two_digits + 2 * (y % 100), 2);
    buf[4] = '-';
    memcpy(buf + 5, two_digits + 2 * m, 2);
    buf[7] = '-';
    memcpy(buf + 8, two_digits + 2 * d, 2);
    buf[10] = '\0';
}
