/* test_number.c — the number scanner: every construction it reads, one small sentence each (our own), with
 * the mention's text, interval, bound and kind; and what it must not read (years, dates, ids, times). */
#include "number.h"
#include "tally.h"
#include "test.h"
#include <stdlib.h>

#define B_EQ TALLY_BOUND_EQ
#define B_AP TALLY_BOUND_APPROX
#define B_GE TALLY_BOUND_GE
#define B_GT TALLY_BOUND_GT
#define B_LE TALLY_BOUND_LE
#define B_LT TALLY_BOUND_LT
#define B_RG TALLY_BOUND_RANGE
#define COUNT TALLY_NUM_COUNT
#define SHARE TALLY_NUM_SHARE
#define MONEY TALLY_NUM_MONEY
#define MEAS TALLY_NUM_MEASURE
#define ORD TALLY_NUM_ORDINAL

static tally_numvec scan_text(const char *s)
{
    tally_numvec v = {0};
    if (tally_number_scan(s, strlen(s), &v) != TALLY_OK)
        test_failed_now = 1;
    return v;
}

static void show(const char *s, const tally_numvec *v)
{
    for (size_t k = 0; k < v->n; k++)
        fprintf(stderr, "    got \"%.*s\" [%g, %g] %s %s\n", (int)(v->v[k].end - v->v[k].start), s + v->v[k].start,
                v->v[k].low, v->v[k].high, tally_bound_str(v->v[k].bound), tally_numkind_str(v->v[k].kind));
}

static bool same(double a, double b) { return (isnan(a) && isnan(b)) || fabs(a - b) <= 1e-9 * (fabs(b) + 1); }

/* The mention whose text is `text` must exist in s with these low/high/bound/kind. */
static void expect(int line, const char *s, const char *text, double lo, double hi, tally_bound b, tally_numkind k)
{
    tally_numvec v = scan_text(s);
    const tally_number *m = NULL;
    for (size_t i = 0; i < v.n && !m; i++)
        if (v.v[i].end - v.v[i].start == strlen(text) && memcmp(s + v.v[i].start, text, strlen(text)) == 0)
            m = &v.v[i];
    if (!m || !same(m->low, lo) || !same(m->high, hi) || m->bound != b || m->kind != k) {
        test_failed_now = 1;
        fprintf(stderr, "  line %d: in \"%s\" want \"%s\" [%g, %g] %s %s\n", line, s, text, lo, hi, tally_bound_str(b),
                tally_numkind_str(k));
        show(s, &v);
    }
    tally_vec_free(&v);
}

/* s holds exactly n mentions (ordinals included). */
static void expect_n(int line, const char *s, size_t n)
{
    tally_numvec v = scan_text(s);
    if (v.n != n) {
        test_failed_now = 1;
        fprintf(stderr, "  line %d: \"%s\" has %zu mentions, want %zu\n", line, s, v.n, n);
        show(s, &v);
    }
    tally_vec_free(&v);
}

#define EXPECT(s, text, lo, hi, b, k) expect(__LINE__, s, text, lo, hi, b, k)
#define EQ(s, text, x, k) expect(__LINE__, s, text, x, x, B_EQ, k)
#define COUNT_IS(s, n) expect_n(__LINE__, s, n)

static void digits_and_grouping(void)
{
    EQ("They counted 1,000 votes.", "1,000", 1000, COUNT);
    EXPECT("About 12 000 people marched.", "About 12 000", 12000, 12000, B_AP, COUNT);
    EQ("a crowd of 12\xC2\xA0" "000 fans", "12\xC2\xA0" "000", 12000, COUNT);
    EQ("a crowd of 12\xE2\x80\xAF" "000 fans", "12\xE2\x80\xAF" "000", 12000, COUNT);
    EQ("The index rose to 3.75 points.", "3.75", 3.75, COUNT);
    EQ("a 20,000-strong force", "20,000", 20000, COUNT);
    EQ("the figure was 1,234,567 in all", "1,234,567", 1234567, COUNT);
    EQ("Indian style: 12,34,567 rupees", "12,34,567 rupees", 1234567, MONEY);
    EQ("only 4.800 were left", "4.800", 4.8, COUNT);
}

static void thousands_with_dots_only_when_the_text_does(void)
{
    EQ("Es waren 1.000 Soldaten und 2.500.000 Euro.", "1.000", 1000, COUNT);
    EQ("Es waren 1.000 Soldaten und 2.500.000 Euro.", "2.500.000 Euro", 2500000, MONEY);
    EQ("Der Wert lag bei 1.234,5 Punkten und 1.000 mehr.", "1.000", 1000, COUNT);
}

static void scales(void)
{
    EQ("Aid worth 1.5 million was sent.", "1.5 million", 1.5e6, COUNT);
    EQ("a 2bn deal", "2bn", 2e9, COUNT);
    EXPECT("some 10k runners", "some 10k", 10000, 10000, B_AP, COUNT);
    EQ("They paid $2 million for it.", "$2 million", 2e6, MONEY);
    EQ("a £5m loan", "\xC2\xA3" "5m", 5e6, MONEY);
    EQ("costs of \xE2\x82\xAC" "3.2bn", "\xE2\x82\xAC" "3.2bn", 3.2e9, MONEY);
    EQ("worth US$1.1 million", "US$1.1 million", 1.1e6, MONEY);
    EQ("priced at USD10m", "USD10m", 1e7, MONEY);
    EQ("the fund held 10 bln in bonds", "10 bln", 1e10, COUNT);
}

static void spelled_numbers(void)
{
    EQ("three men were detained", "three", 3, COUNT);
    EQ("twenty-five houses burned", "twenty-five", 25, COUNT);
    EQ("a hundred volunteers came", "a hundred", 100, COUNT);
    EQ("two thousand five hundred tents", "two thousand five hundred", 2500, COUNT);
    EQ("one hundred and six boats", "one hundred and six", 106, COUNT);
    EQ("Twenty-six soldiers were hurt.", "Twenty-six", 26, COUNT);
    EQ("a dozen eggs", "a dozen", 12, COUNT);
    EQ("two dozen eggs", "two dozen", 24, COUNT);
    EQ("half a million people", "half a million", 500000, COUNT);
    EQ("half a dozen cars", "half a dozen", 6, COUNT);
    EQ("five and a half million fish", "five and a half million", 5.5e6, COUNT);
    EQ("one and a half hours", "one and a half hours", 1.5, MEAS);
    EXPECT("a couple of days later", "a couple", 2, 2, B_AP, COUNT);
    EQ("nine point five", "nine point five", 9.5, COUNT);
}

static void ordinals_are_not_counts(void)
{
    EQ("the third convoy", "third", 3, ORD);
    EQ("for the 21st time", "21st", 21, ORD);
    EQ("the twenty-first day", "twenty-first", 21, ORD);
}

static void vague_quantities(void)
{
    EXPECT("several hundred protesters", "several hundred", 200, 900, B_RG, COUNT);
    EXPECT("hundreds of homes", "hundreds", 100, 1000, B_RG, COUNT);
    EXPECT("Dozens were hurt", "Dozens", 12, 120, B_RG, COUNT);
    EXPECT("scores of villagers", "scores", 40, 100, B_RG, COUNT);
    EXPECT("thousands of refugees", "thousands", 1000, 10000, B_RG, COUNT);
    EXPECT("tens of thousands of refugees", "tens of thousands", 10000, 100000, B_RG, COUNT);
    EXPECT("a few soldiers", "a few", 2, 5, B_RG, COUNT);
    EXPECT("several tanks", "several", 3, 9, B_RG, COUNT);
    EXPECT("a handful of cases", "a handful", 2, 5, B_RG, COUNT);
    EXPECT("a couple of hundred protesters", "a couple of hundred", 200, 200, B_AP, COUNT);
    EXPECT("a couple thousand troops", "a couple thousand", 2000, 2000, B_AP, COUNT);
    COUNT_IS("He scores again.", 0); /* a verb */
    EXPECT("a crash in which one man died", "one", 1, 1, B_EQ, COUNT); /* a relative clause's numeral */
    COUNT_IS("He asked which one of them fired.", 0);                 /* a pronoun */
}

static void ranges(void)
{
    EXPECT("between 200 and 300 people", "between 200 and 300", 200, 300, B_RG, COUNT);
    EXPECT("some 200 to 300 people", "some 200 to 300", 200, 300, B_RG, COUNT);
    EXPECT("from 5 to 7 per cent", "from 5 to 7 per cent", 5, 7, B_RG, SHARE);
    EXPECT("it took 200-300 men", "200-300", 200, 300, B_RG, COUNT);
    EXPECT("it took 200\xE2\x80\x93" "300 men", "200\xE2\x80\x93" "300", 200, 300, B_RG, COUNT);
    EXPECT("two or three trucks", "two or three", 2, 3, B_RG, COUNT);
    EXPECT("$89 to $93 billion", "$89 to $93 billion", 89e9, 93e9, B_RG, MONEY);
    EXPECT("between 500 and 1.2 million", "between 500 and 1.2 million", 500, 1.2e6, B_RG, COUNT);
    COUNT_IS("up 4 per cent to $13.60", 2); /* two units: a change and a level, not a range */
    COUNT_IS("rose 19 cents to $58.24", 2);
    COUNT_IS("the stock rose 2.5% to 41.20", 2);
    COUNT_IS("Brent rose $1.20 to $70.50", 2);
    EXPECT("prices rose 5 to 7 per cent", "5 to 7 per cent", 5, 7, B_RG, SHARE);
    COUNT_IS("The score was 89-89.", 0);
}

/* "from X to Y": an adjunct may stand between the ends, and a fall is the interval it spans. */
static void from_to(void)
{
    EXPECT("output rose from 12 tonnes in 2019 to 15 tonnes", "from 12 tonnes in 2019 to 15 tonnes", 12, 15, B_RG,
           MEAS);
    EXPECT("the fare went from $3 at 9am to $4.50", "from $3 at 9am to $4.50", 3, 4.5, B_RG, MONEY);
    EXPECT("sales fell from 410 units to 388", "from 410 units to 388", 388, 410, B_RG, COUNT);
    EXPECT("the index slid from 5.1 to 4.9 percent", "from 5.1 to 4.9 percent", 4.9, 5.1, B_RG, SHARE);
    EXPECT("it shrank from 7.5 to 6.2 billion euros", "from 7.5 to 6.2 billion euros", 6.2e9, 7.5e9, B_RG, MONEY);
    EXPECT("from 31 mpg in town to 40 miles per gallon", "from 31 mpg in town to 40 miles per gallon", 31, 40, B_RG,
           MEAS);
    EXPECT("a 150,000 to-180,000 year-old tooth", "150,000 to-180,000 year-old", 150000, 180000, B_RG, MEAS);
    COUNT_IS("from 12 tonnes, and later to 15 tonnes", 2); /* a clause break: two values */
    COUNT_IS("from 12 with 40 villages to 15", 3);           /* another quantity in between */
    COUNT_IS("went 9 to 5", 2);                              /* no "from": a fall is two values */
}

static void lower_bounds(void)
{
    EXPECT("At least 100 soldiers died.", "At least 100", 100, NAN, B_GE, COUNT);
    EXPECT("no fewer than 40 tanks", "no fewer than 40", 40, NAN, B_GE, COUNT);
    EXPECT("more than 50 drones", "more than 50", 50, NAN, B_GT, COUNT);
    EXPECT("over 60 villages", "over 60", 60, NAN, B_GT, COUNT);
    EXPECT("above 1,000 metres", "above 1,000 metres", 1000, NAN, B_GT, MEAS);
    EXPECT("losses have exceeded 200 troops", "exceeded 200", 200, NAN, B_GT, COUNT);
    EXPECT("in excess of 5,000 rounds", "in excess of 5,000", 5000, NAN, B_GT, COUNT);
    EXPECT("upwards of 300 people", "upwards of 300", 300, NAN, B_GT, COUNT);
    EXPECT("the toll climbed past 2,300", "climbed past 2,300", 2300, NAN, B_GT, COUNT);
    EXPECT("deaths passed 900 on Friday", "passed 900", 900, NAN, B_GT, COUNT);
    EXPECT("the count crossed 40,000", "crossed 40,000", 40000, NAN, B_GT, COUNT);
    EXPECT("500 or more shells", "500 or more", 500, NAN, B_GE, COUNT);
    EXPECT("a 30-plus convoy", "30-plus", 30, NAN, B_GE, COUNT);
    EXPECT("not less than 10 days", "not less than 10 days", 10, NAN, B_GE, MEAS);
}

static void upper_bounds(void)
{
    EXPECT("up to 700 workers", "up to 700", NAN, 700, B_LE, COUNT);
    EXPECT("as many as 14 players", "as many as 14", NAN, 14, B_LE, COUNT);
    EXPECT("at most 9 boats", "at most 9", NAN, 9, B_LE, COUNT);
    EXPECT("no more than 30 guests", "no more than 30", NAN, 30, B_LE, COUNT);
    EXPECT("not more than 30 guests", "not more than 30", NAN, 30, B_LE, COUNT);
    EXPECT("fewer than 20 staff", "fewer than 20", NAN, 20, B_LT, COUNT);
    EXPECT("less than 5%", "less than 5%", NAN, 5, B_LT, SHARE);
    EXPECT("under 170 cm", "under 170 cm", NAN, 170, B_LT, MEAS);
    EXPECT("below 3 degrees", "below 3 degrees", NAN, 3, B_LT, MEAS);
    EXPECT("the injured are approaching 1,000", "approaching 1,000", NAN, 1000, B_LT, COUNT);
    EXPECT("nearly 57 people", "nearly 57", NAN, 57, B_LT, COUNT);
    EXPECT("almost 90 flights", "almost 90", NAN, 90, B_LT, COUNT);
    EXPECT("just under 20 percent", "just under 20 percent", NAN, 20, B_LT, SHARE);
    EXPECT("30 or fewer seats", "30 or fewer", NAN, 30, B_LE, COUNT);
}

static void approximate_and_equal(void)
{
    EXPECT("about 19 per cent", "about 19 per cent", 19, 19, B_AP, SHARE);
    EXPECT("around 600 people", "around 600", 600, 600, B_AP, COUNT);
    EXPECT("approximately 300 songs", "approximately 300", 300, 300, B_AP, COUNT);
    EXPECT("some 40 trucks", "some 40", 40, 40, B_AP, COUNT);
    EXPECT("roughly 8 billion people", "roughly 8 billion", 8e9, 8e9, B_AP, COUNT);
    EXPECT("an estimated 2,000 fighters", "an estimated 2,000", 2000, 2000, B_AP, COUNT);
    EXPECT("a figure of ~45 units", "~45", 45, 45, B_AP, COUNT);
    EXPECT("100 killed and another 1,000 wounded", "another 1,000", 1000, 1000, B_EQ, COUNT);
    EXPECT("100 killed and another thousand wounded", "another thousand", 1000, 1000, B_EQ, COUNT); /* as "a" */
    EXPECT("another dozen were hurt", "another dozen", 12, 12, B_EQ, COUNT);
    EXPECT("x>10 and y<20", ">10", 10, NAN, B_GT, COUNT);
    EXPECT("x is larger than 10 and smaller than 20.", "larger than 10 and smaller than 20", 10, 20, B_RG, COUNT);
}

static void shares_money_measures(void)
{
    EQ("warming of 1.5C", "1.5C", 1.5, MEAS);
    EQ("it was 38 \xC2\xB0" "C", "38 \xC2\xB0" "C", 38, MEAS);
    EQ("a cut of 50bps", "50bps", 50, MEAS);
    EQ("36% of voters", "36%", 36, SHARE);
    EQ("36 per cent of voters", "36 per cent", 36, SHARE);
    EQ("a rate of 1.38pc", "1.38pc", 1.38, SHARE);
    EXPECT("one in three adults", "one in three", 100.0 / 3, 100.0 / 3, B_EQ, SHARE);
    EXPECT("a third of the budget", "a third", 100.0 / 3, 100.0 / 3, B_EQ, SHARE);
    EXPECT("two thirds of it", "two thirds", 200.0 / 3, 200.0 / 3, B_EQ, SHARE);
    EXPECT("more than half of them", "more than half", 50, NAN, B_GT, SHARE);
    EQ("170 mm shells", "170 mm", 170, MEAS);
    EQ("a 240 millimeter gun", "240 millimeter", 240, MEAS);
    EQ("a 5 km march", "5 km", 5, MEAS);
    EQ("2 tonnes of aid", "2 tonnes", 2, MEAS);
    EQ("at 87 mph on the road", "87 mph", 87, MEAS);
    EQ("shares at 118.5p", "118.5p", 118.5, MONEY);
    EQ("10.5 million Australian dollars", "10.5 million Australian dollars", 10.5e6, MONEY);
}

static void not_quantities(void)
{
    COUNT_IS("It happened in 2022.", 0);
    COUNT_IS("He was born in 1945 in Kyiv.", 0);
    COUNT_IS("Fighting on December 14-15 and Dec. 18 was heavy.", 0);
    COUNT_IS("It rained in June. Two soldiers died. Fighting began in December. 14 died.", 2); /* sentences end */
    COUNT_IS("The talks ended at 10:30 and resumed at 5pm.", 0);
    COUNT_IS("Call 555-123-4567 now.", 0);
    COUNT_IS("The T-90 and F-16 are aircraft and tanks.", 0);
    COUNT_IS("He bought an iPhone 11 Pro.", 0);
    COUNT_IS("See http://example.com/page?id=123&x=45 for details.", 0);
    COUNT_IS("The one you mentioned is here.", 0);
    COUNT_IS("192.168.1.2 is an address", 0);
    COUNT_IS("Officers went to the 400 block of Main Street.", 0);
    COUNT_IS("The shop at 6740 N. Clark St. closed.", 0);
    COUNT_IS("49 Zorro Ranch Road and 575 Wilbraham Road", 0);
    EQ("4 Shot During Drive-By Shooting", "4", 4, COUNT); /* a title-case headline, no street */
    COUNT_IS("Her brother, Ali Khan, 21, was hurt.", 0); /* an age in commas after a name */
    COUNT_IS("She watched BBC One and the Boeing 787 Dreamliner.", 0);
    COUNT_IS("The Su-34 and MiG-29 flew.", 0);
    EQ("a 21-year-old man", "21-year-old", 21, MEAS);
    COUNT_IS("a five-year contract", 0); /* a duration used as an adjective */
    EXPECT("1600 soldiers were moved", "1600", 1600, 1600, B_EQ, COUNT); /* a count noun: not a year */
    EXPECT("more than 2000 people", "more than 2000", 2000, NAN, B_GT, COUNT);
    COUNT_IS("A category 3 storm and a stage 2 trial; type 1 diabetes.", 0); /* labels */
    COUNT_IS("Flight 302 left from Gate 12.", 0);
    COUNT_IS("Last season 12 players left; at this stage 40 remain.", 2); /* a time, then the count */
    COUNT_IS("the ftse 100 and the s&p 500 and the Nikkei 225 rose", 0); /* stock indexes */
    COUNT_IS("homes in the 20815 ZIP code and area code 301", 0);
    COUNT_IS("The flat at 12 W 54th St was sold.", 1); /* the street's ordinal only */
    COUNT_IS("a last-16 tie", 0); /* a round of a cup */
    COUNT_IS("the No. 1 seed lives at No. 10", 0);
    COUNT_IS("a third-party audit", 1);  /* an ordinal in a compound, not a share */
    EQ("in the last 16 months", "16 months", 16, MEAS);
    /* a year, then a figure: no range */
    EXPECT("its losses since February 2022 to 712,000", "712,000", 712000, 712000, B_EQ, COUNT);
    EXPECT("the dead since January 1 to 45", "45", 45, 45, B_EQ, COUNT); /* a date's day, then a figure */
    EXPECT("from 3 to 5 people", "from 3 to 5", 3, 5, B_RG, COUNT); /* not after a month */
    EXPECT("from 2000 to 3000 people", "from 2000 to 3000", 2000, 3000, B_RG, COUNT);
}

/* The short cuts (a date's day or a year closed by a mark, digits with no group after them, a plain word after
 * the value, a cardinal with no keyword after it, a currency symbol's last byte) give the full reading's
 * mentions: each on both sides of its edge. */
static void short_cuts_read_as_before(void)
{
    COUNT_IS("On December 14, 2014, 12 people died.", 1);
    EQ("On December 14, 2014, 12 people died.", "12", 12, COUNT);
    COUNT_IS("Fighting resumed on Dec. 3; 40 died.", 1);
    COUNT_IS("It rained in June 2014. Two soldiers died.", 1);
    COUNT_IS("By 2014, 300 homes were built.", 1);
    EXPECT("It grew to more than 2014, a bound.", "more than 2014", 2014, NAN, B_GT, COUNT); /* bounded: no year */
    COUNT_IS("Prices rose from 2014; no range.", 0);
    COUNT_IS("Figures for 1499, then 2200.", 2); /* not year-like */
    EQ("The fee was $2014, paid late.", "$2014", 2014, MONEY);
    COUNT_IS("In March 29, 1500 soldiers and 2001 soldiers.", 2);
    EXPECT("Some 14 people came.", "Some 14", 14, 14, B_AP, COUNT);
    EQ("a walk of 14 km", "14 km", 14, MEAS);
    EQ("up 14 percent", "14 percent", 14, SHARE);
    EQ("Paid 14 Australian dollars", "14 Australian dollars", 14, MONEY);
    COUNT_IS("They met at 14 a.m. today.", 0);
    EQ("He sold 7e3 tonnes.", "7e3 tonnes", 7000, MEAS);
    EQ("Two people came", "Two", 2, COUNT);
    EQ("two and a half hours", "two and a half hours", 2.5, MEAS);
    EQ("two point five", "two point five", 2.5, COUNT);
    EQ("two dozen eggs", "two dozen", 24, COUNT);
    EQ("She has Rs 14 left.", "Rs 14", 14, MONEY);
    EQ("He paid Rs. 500 then.", "Rs. 500", 500, MONEY);
    EQ("It was 14; he has 20) left and kills 30.", "20", 20, COUNT);
    EQ("She was 14 and 1 500 came.", "1 500", 1500, COUNT);
    COUNT_IS("Jose Ruiz, 25, and Ann Lee, 31, were shot.", 0); /* ages in commas, dropped before the value */
    COUNT_IS("In all, 12, not 30, were hurt; Ward 7, 40, voted; Lee , 130, left.", 5); /* no name, or no age */
    COUNT_IS("Lee, 25,000 came; Lee, -25, left; Lee, $25, paid.", 2); /* a sign: the full path (an age too) */
    COUNT_IS("Shots in the 400 block of Elm; from 100 block to 300 block.", 0); /* street blocks */
    EXPECT("About 400 block.", "About 400", 400, 400, B_AP, COUNT); /* bound words: the full path decides */
    COUNT_IS("The 400 Block party; 400 blocks away.", 2);
    COUNT_IS("At 10:30 p.m., 3 died; $10:30 and +10:30 and -5:2, 1:30 hours, 3:1 odds.", 1); /* clock shapes */
    EQ("Police said on Monday 12 people died.", "12", 12, COUNT); /* a weekday names no model */
    EXPECT("Some 1.2m people fled.", "Some 1.2m", 1.2e6, 1.2e6, B_AP, COUNT); /* m before a count noun: a million */
    EQ("The wall is 1.5m tall.", "1.5m", 1.5, MEAS);
}

static void negatives_and_fractions(void)
{
    EQ("it fell to -5 degrees", "-5 degrees", -5, MEAS);
    EQ("minus 5 degrees", "minus 5 degrees", -5, MEAS);
    EXPECT("3/4 of the vote", "3/4", 75, 75, B_EQ, SHARE);
    EQ("scored 1.3x10^6 points", "1.3x10^6", 1.3e6, COUNT);
}

static void offsets_and_order(void)
{
    const char *s = "At least 100 died, and about 20% fled.";
    tally_numvec v = scan_text(s);
    CHECK(v.n == 2);
    if (v.n == 2) {
        CHECK(v.v[0].start == 0 && v.v[0].end == 12 && v.v[0].num_start == 9 && v.v[0].num_end == 12);
        CHECK(v.v[1].start == 23 && v.v[1].end == 32 && v.v[1].num_start == 29 && v.v[1].num_end == 31);
        CHECK(v.v[1].unit_start == 31 && v.v[1].unit_end == 32);
        CHECK(v.v[0].end <= v.v[1].start);
    }
    tally_vec_free(&v);
}

/* Robustness: invalid UTF-8, NUL bytes, truncated input, long runs: nothing read outside [0, len). */
static void any_bytes(void)
{
    static const char junk[] = "12\xFF\xFE 3\x80 \xE2\x82 4\xC2 5,\x00" "6 \xE2\x80\x93";
    for (size_t n = 0; n <= sizeof junk - 1; n++) {
        char *p = malloc(n ? n : 1); /* exact size: ASan catches any read past the end */
        memcpy(p, junk, n);
        tally_numvec v = {0};
        CHECK(tally_number_scan(p, n, &v) == TALLY_OK);
        for (size_t k = 0; k < v.n; k++)
            CHECK(v.v[k].start <= v.v[k].num_start && v.v[k].num_end <= v.v[k].end && v.v[k].end <= n);
        tally_vec_free(&v);
        free(p);
    }
    size_t n = 1 << 20;
    char *big = malloc(n);
    for (size_t k = 0; k < n; k++)
        big[k] = "1,0 and- a"[k % 10];
    tally_numvec v = {0};
    CHECK(tally_number_scan(big, n, &v) == TALLY_OK);
    tally_vec_free(&v);
    free(big);
}

/* Long runs of the grammar's own words: bounded look-aheads, no deep recursion, linear time. */
static void pathological_runs(void)
{
    static const char *const unit[] = {"one hundred and ", "thousand million billion ", "a a hundred a few ",
                                       "one one hundred and fifth ", "between 1 and 2 or 3 to 4 - ", "1,000 ",
                                       "twenty twenty ", "minus -", "1.000.", "half a "};
    size_t n = 1 << 20;
    char *p = malloc(n);
    for (size_t u = 0; u < sizeof unit / sizeof unit[0]; u++) {
        size_t m = strlen(unit[u]);
        for (size_t k = 0; k < n; k++)
            p[k] = unit[u][k % m];
        tally_numvec v = {0};
        CHECK(tally_number_scan(p, n, &v) == TALLY_OK);
        for (size_t k = 1; k < v.n; k++)
            CHECK(v.v[k - 1].end <= v.v[k].start);
        tally_vec_free(&v);
    }
    free(p);
}

/* Every keyword passes the shape tests (the trigger words the scan loop's, all read_word's); a few start numbers. */
static void trigger_shapes(void)
{
    CHECK(tally_number_shape_misses() == 0);
    tally_numvec v = {0};
    const char *s = "Several hundred marched; twenty-one were held and dozens hurt, a third of them.";
    CHECK(tally_number_scan(s, strlen(s), &v) == TALLY_OK);
    CHECK(v.n == 4);
    tally_vec_free(&v);
    /* short words before '.' or ':' are URL schemes only when they are one */
    s = "The toll rose to ten. See http://x.org/2021/5 and www.k9.com: one.";
    v = (tally_numvec){0};
    CHECK(tally_number_scan(s, strlen(s), &v) == TALLY_OK);
    CHECK(v.n == 2 && v.v[0].start == 17 && v.v[1].start == 62);
    tally_vec_free(&v);
}

int main(void)
{
    RUN(digits_and_grouping);
    RUN(thousands_with_dots_only_when_the_text_does);
    RUN(scales);
    RUN(spelled_numbers);
    RUN(ordinals_are_not_counts);
    RUN(vague_quantities);
    RUN(ranges);
    RUN(from_to);
    RUN(lower_bounds);
    RUN(upper_bounds);
    RUN(approximate_and_equal);
    RUN(shares_money_measures);
    RUN(not_quantities);
    RUN(short_cuts_read_as_before);
    RUN(negatives_and_fractions);
    RUN(offsets_and_order);
    RUN(any_bytes);
    RUN(pathological_runs);
    RUN(trigger_shapes);
    TEST_END();
}
