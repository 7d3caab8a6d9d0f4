/* test_text.c — byte classes, UTF-8 helpers, dates as day numbers. */
#include "tally.h"
#include "test.h"
#include "text.h"
#include "timex.h"

static void utf8_check_finds_first_bad_byte(void)
{
    size_t bad = 99;
    CHECK(tally_utf8_check("abc \xE2\x80\x99 ok", 10, &bad));
    CHECK(!tally_utf8_check("ab\xFF" "cd", 5, &bad));
    CHECK(bad == 2);
    CHECK(!tally_utf8_check("ab\xE2\x80", 4, &bad)); /* truncated sequence */
    CHECK(bad == 2);
}

static void special_characters_are_recognised(void)
{
    const char *s = "12\xC2\xA0" "000 \xE2\x80\x93 \xE2\x80\x99 \xE2\x80\x9C";
    size_t len = strlen(s);
    CHECK(tally_group_space_at(s, len, 2) == 2);
    CHECK(tally_dash_at(s, len, 8) == 3);
    CHECK(tally_apos_at(s, len, 12) == 3);
    CHECK(tally_quote_at(s, len, 16) == 3);
    CHECK(tally_dash_at(s, len, 0) == 0);
}

static void words_and_case(void)
{
    const char *s = "Zelenskyy’s 12 men";
    CHECK(tally_word_end(s, strlen(s), 0) == 9);
    CHECK(tally_word_start(s, 9) == 0);
    CHECK(tally_ieq("KILLED", 6, "killed"));
    CHECK(!tally_ieq("kill", 4, "killed"));
    CHECK(tally_iprefix("Killed", 6, "kill"));
}

static void word_lists_and_lower_case(void)
{
    static const char *const heads[] = {"agency", "army", "ministry", "staff"};
    CHECK(tally_ieq_any("Ministry", 8, heads, 4));
    CHECK(tally_ieq_any("ARMY", 4, heads, 4));
    CHECK(!tally_ieq_any("Armies", 6, heads, 4));
    CHECK(!tally_ieq_any("arm", 3, heads, 4));
    CHECK(!tally_ieq_any("", 0, heads, 4));
    CHECK(tally_lower('Q') == 'q' && tally_lower('q') == 'q' && tally_lower('@') == '@' && tally_lower(0xC3) == 0xC3);
    size_t bad = 99; /* the eight-byte ASCII skip must still stop at a bad byte after it */
    CHECK(!tally_utf8_check("twelve bytes\xFF ok", 16, &bad));
    CHECK(bad == 12);
    CHECK(tally_utf8_check("sixteen ascii by", 16, &bad));
    /* the 32-byte skip too: a bad byte in its last word, and valid text of every kind after it */
    const char *long_text = "thirty-two bytes of plain ascii a quote \xE2\x80\x9C and more words after it to the end";
    CHECK(tally_utf8_check(long_text, strlen(long_text), &bad));
    char buf[128];
    size_t n = strlen(long_text);
    for (size_t at = 0; at < n; at++) {
        if (at == 41 || at == 42)
            continue; /* the quote's continuation bytes: its lead byte is then the bad one */
        memcpy(buf, long_text, n + 1);
        buf[at] = (char)0xFF;
        bad = 99;
        CHECK(!tally_utf8_check(buf, n, &bad) && bad == at);
    }
}

static void day_numbers_round_trip(void)
{
    CHECK(tally_day_from_ymd(1970, 1, 1) == 0);
    CHECK(tally_day_parse("2024-12-19") == tally_day_from_ymd(2024, 12, 19));
    CHECK(tally_day_parse("2023-02-29") == TALLY_NODAY);
    CHECK(tally_day_parse("2024-02-29") != TALLY_NODAY);
    CHECK(tally_day_parse("20x4-01-01") == TALLY_NODAY);
    char buf[11];
    tally_day_format(tally_day_from_ymd(1998, 8, 7), buf);
    CHECK_STR(buf, "1998-08-07");
    tally_day_format(tally_day_from_ymd(2031, 12, 31), buf);
    CHECK_STR(buf, "2031-12-31");
    tally_day_format(tally_day_from_ymd(905, 10, 10), buf); /* years of fewer digits are padded */
    CHECK_STR(buf, "0905-10-10");
    tally_day_format(tally_day_from_ymd(12024, 1, 9), buf); /* kept to four digits */
    CHECK_STR(buf, "2024-01-09");
    tally_day_format(tally_day_from_ymd(-3, 6, 1), buf);
    CHECK_STR(buf, "0000-06-01");
    for (int32_t day = tally_day_from_ymd(0, 1, 1); day <= tally_day_from_ymd(9999, 12, 31); day += 997) {
        /* the format parses back over its four-digit years */
        tally_day_format(day, buf);
        CHECK(tally_day_parse(buf) == day);
    }
    int y, m, d;
    tally_day_to_ymd(tally_day_from_ymd(2000, 2, 29) + 1, &y, &m, &d);
    CHECK(y == 2000 && m == 3 && d == 1);
}

int main(void)
{
    RUN(utf8_check_finds_first_bad_byte);
    RUN(special_characters_are_recognised);
    RUN(words_and_case);
    RUN(word_lists_and_lower_case);
    RUN(day_numbers_round_trip);
    TEST_END();
}
