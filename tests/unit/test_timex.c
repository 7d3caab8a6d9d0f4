/* test_timex.c — the time-expression scanner: span, type, value and first/last for each construction,
 * on sentences written for these tests, with a publication day. */
#include "test.h"
#include "lexicon.h"
#include "timex.h"
#include "token.h"
#include <stdlib.h>

/* Scans s published on dct ("YYYY-MM-DD" or NULL) and returns the mention whose text is exactly want;
 * a zeroed timex with value "(none)" when there is none. */
static tally_timex find(const char *s, const char *dct, const char *want)
{
    tally_timexvec v = {0};
    tally_timex none = {0};
    strcpy(none.value, "(none)");
    none.first = none.last = TALLY_NODAY;
    tally_timex_scan(s, strlen(s), dct ? tally_day_parse(dct) : TALLY_NODAY, &v);
    tally_timex got = none;
    for (size_t i = 0; i < v.n; i++)
        if (v.v[i].end - v.v[i].start == strlen(want) && memcmp(s + v.v[i].start, want, strlen(want)) == 0)
            got = v.v[i];
    tally_vec_free(&v);
    return got;
}

static const char *day(int32_t d, char *buf)
{
    if (d == TALLY_NODAY)
        return "null";
    tally_day_format(d, buf);
    return buf;
}

/* One check: the mention want in s has this type, value, first and last ("null" for none). */
#define EXPECT(s, dct, want, type_, value_, first_, last_)                 \
    do {                                                                   \
        tally_timex t_ = find(s, dct, want);                               \
        char b1_[11], b2_[11];                                             \
        CHECK_STR(t_.value, value_);                                       \
        CHECK(t_.type == type_);                                           \
        CHECK_STR(day(t_.first, b1_), first_);                             \
        CHECK_STR(day(t_.last, b2_), last_);                               \
    } while (0)

#define D TALLY_TIMEX_DATE
#define DUR TALLY_TIMEX_DURATION
#define PUB "2024-12-19" /* a Thursday */

static void absolute_dates(void)
{
    EXPECT("The vote was held on December 18.", PUB, "December 18", D, "2024-12-18", "2024-12-18", "2024-12-18");
    EXPECT("Talks began Dec. 18, 2023, in Geneva.", PUB, "Dec. 18, 2023", D, "2023-12-18", "2023-12-18", "2023-12-18");
    EXPECT("It opened on 18 December 2022.", PUB, "18 December 2022", D, "2022-12-18", "2022-12-18", "2022-12-18");
    EXPECT("The filing is dated 2024-12-19.", PUB, "2024-12-19", D, "2024-12-19", "2024-12-19", "2024-12-19");
    EXPECT("The letter was dated 12/19/2024 in the file.", PUB, "12/19/2024", D, "2024-12-19", "2024-12-19", "2024-12-19");
    EXPECT("A form dated 25/11/2024 was found.", PUB, "25/11/2024", D, "2024-11-25", "2024-11-25", "2024-11-25");
    EXPECT("Prices peaked in February 2022 and fell.", PUB, "February 2022", D, "2022-02", "2022-02-01", "2022-02-28");
    EXPECT("The treaty was signed in 1945 by both.", PUB, "1945", D, "1945", "1945-01-01", "1945-12-31");
    EXPECT("Rents doubled in the 1990s across town.", PUB, "the 1990s", D, "199", "1990-01-01", "1999-12-31");
    EXPECT("Sales rose in the third quarter of 2023.", PUB, "the third quarter of 2023", D, "2023-Q3", "2023-07-01", "2023-09-30");
    EXPECT("Revenue in Q3 2024 beat forecasts.", PUB, "Q3 2024", D, "2024-Q3", "2024-07-01", "2024-09-30");
    EXPECT("The company reported fiscal 2023 results.", PUB, "fiscal 2023", D, "2023", "2023-01-01", "2023-12-31");
    EXPECT("It was written in the 20th century.", PUB, "the 20th century", D, "19", "1900-01-01", "1999-12-31");
    EXPECT("The meeting is set for Saturday, Dec. 21, officials said.", PUB, "Saturday, Dec. 21", D, "2024-12-21", "2024-12-21", "2024-12-21");
}

static void relative_to_publication(void)
{
    EXPECT("Officials said today that roads are closed.", PUB, "today", D, "2024-12-19", "2024-12-19", "2024-12-19");
    EXPECT("Two people were hurt yesterday in the blast.", PUB, "yesterday", D, "2024-12-18", "2024-12-18", "2024-12-18");
    EXPECT("The court rules tomorrow on the appeal.", PUB, "tomorrow", D, "2024-12-20", "2024-12-20", "2024-12-20");
    EXPECT("Rebels attacked the town on Monday.", PUB, "Monday", D, "2024-12-16", "2024-12-16", "2024-12-16");
    EXPECT("The rally on Monday night drew crowds.", PUB, "Monday night", D, "2024-12-16", "2024-12-16", "2024-12-16");
    EXPECT("The vigil on Monday evening drew crowds.", PUB, "Monday evening", D, "2024-12-16TEV", "2024-12-16", "2024-12-16");
    EXPECT("The talks will resume on Monday in Oslo.", PUB, "Monday", D, "2024-12-23", "2024-12-23", "2024-12-23");
    EXPECT("The father could arrive as soon as Tuesday.", PUB, "Tuesday", D, "2024-12-24", "2024-12-24", "2024-12-24");
    EXPECT("Aides said the envoy would fly to Paris Thursday.", "2024-12-17", "Thursday", D, "2024-12-19", "2024-12-19", "2024-12-19");
    EXPECT("They said they would fight Wednesday's ruling.", PUB, "Wednesday", D, "2024-12-18", "2024-12-18", "2024-12-18");
    EXPECT("They would appeal the decision, announced Wednesday by the court.", PUB, "Wednesday", D, "2024-12-18", "2024-12-18", "2024-12-18");
    EXPECT("He was shot by his would-be victim Monday, police said.", PUB, "Monday", D, "2024-12-16", "2024-12-16", "2024-12-16");
    EXPECT("It would never happen, the senator said Monday.", PUB, "Monday", D, "2024-12-16", "2024-12-16", "2024-12-16");
    EXPECT("She would not have been at school Friday, her aunt said.", PUB, "Friday", D, "2024-12-13", "2024-12-13", "2024-12-13");
    EXPECT("He would win if Tuesday\u2019s vote held.", PUB, "Tuesday", D, "2024-12-17", "2024-12-17", "2024-12-17");
    EXPECT("Officials gave them until 9 a.m. Tuesday to sign.", PUB, "9 a.m. Tuesday", TALLY_TIMEX_TIME, "2024-12-24T09:00", "null", "null");
    EXPECT("Until Tuesday, police had not named him.", PUB, "Tuesday", D, "2024-12-17", "2024-12-17", "2024-12-17");
    EXPECT("The talks are supposed to conclude by March.", PUB, "March", D, "2025-03", "2025-03-01", "2025-03-31");
    EXPECT("The offer had been scheduled to expire Friday.", PUB, "Friday", D, "2024-12-13", "2024-12-13", "2024-12-13");
    EXPECT("Shelling intensified last week near the river.", PUB, "last week", D, "2024-W50", "2024-12-09", "2024-12-15");
    EXPECT("Aid arrived this week by truck.", PUB, "this week", D, "2024-W51", "2024-12-16", "2024-12-22");
    EXPECT("Prices rose earlier this month in the city.", PUB, "earlier this month", D, "2024-12", "2024-12-01", "2024-12-19");
    EXPECT("Exports fell last month by a tenth.", PUB, "last month", D, "2024-11", "2024-11-01", "2024-11-30");
    EXPECT("Output shrank last year for the first time.", PUB, "last year", D, "2023", "2023-01-01", "2023-12-31");
    EXPECT("The plant closed last fall after a strike.", PUB, "last fall", D, "2024-FA", "2024-09-01", "2024-11-30");
    EXPECT("The plant closed last autumn after a strike.", "2025-02-10", "last autumn", D, "2024-FA", "2024-09-01", "2024-11-30");
    EXPECT("Elections are due next year in the region.", PUB, "next year", D, "2025", "2025-01-01", "2025-12-31");
    EXPECT("The bridge collapsed four months ago, engineers said.", PUB, "four months ago", D, "2024-08", "2024-08-01", "2024-08-31");
    EXPECT("At least 12 people died in the past 24 hours, officials said.", PUB, "the past 24 hours", DUR, "PT24H", "null", "null");
    EXPECT("The mayor is now under pressure.", PUB, "now", D, "PRESENT_REF", "null", "null");
    EXPECT("The firm recently cut jobs.", PUB, "recently", D, "PAST_REF", "null", "null");
    EXPECT("A school reopened in March, the ministry said.", PUB, "March", D, "2024-03", "2024-03-01", "2024-03-31");
    EXPECT("Elections are planned in January, officials said.", PUB, "January", D, "2025-01", "2025-01-01", "2025-01-31");
    EXPECT("Floods hit in August, residents recalled.", PUB, "August", D, "2024-08", "2024-08-01", "2024-08-31");
    EXPECT("He was fired this morning by the board.", PUB, "this morning", TALLY_TIMEX_TIME, "2024-12-19TMO", "2024-12-19", "2024-12-19");
}

static void relative_to_focus(void)
{
    EXPECT("The fire started on March 3, 2021. The day before, alarms failed.", PUB, "The day before", D, "2021-03-02", "2021-03-02", "2021-03-02");
    EXPECT("Troops left on June 1, 2020. Two weeks later, fighting resumed.", PUB, "Two weeks later", D, "2020-06-15", "2020-06-15", "2020-06-15");
    EXPECT("The deal closed in May 2019 and the following month shares fell.", PUB, "the following month", D, "2019-06", "2019-06-01", "2019-06-30");
    EXPECT("Profit rose in the third quarter, up from $3 million a year earlier.", "2024-10-30", "a year earlier", D, "2023-Q3", "2023-07-01", "2023-09-30");
    EXPECT("Profit rose in the third quarter; for the quarter a year ago it fell.", "2024-10-30", "the quarter a year ago", D, "2023-Q3", "2023-07-01", "2023-09-30");
    EXPECT("Net rose in the third quarter. After a weak second quarter, sales beat the year-earlier period.", "2024-10-30",
           "the year-earlier period", D, "2023-Q3", "2023-07-01", "2023-09-30");
    EXPECT("Net for the year-earlier nine months was lower.", "2024-10-30", "the year-earlier nine months", DUR, "P9M", "null", "null");
    EXPECT("Net fell from $2 million in the corresponding period last year.", "2024-10-30", "the corresponding period last year", D, "2023-Q3", "2023-07-01", "2023-09-30");
    EXPECT("Earnings fall in the last half of 2023.", PUB, "the last half of 2023", D, "2023-H2", "2023-07-01", "2023-12-31");
    EXPECT("Weakness lasts through the first two quarters of 2025.", PUB, "the first two quarters of 2025", D, "2025-H1", "2025-01-01", "2025-06-30");
    EXPECT("Without a date in focus, two weeks later it rained.", PUB, "two weeks later", D, "2025-01-02", "2025-01-02", "2025-01-02");
    /* a count of days before "later"/"earlier" is the duration alone, as TimeBank marks it */
    EXPECT("Troops left on June 1, 2020. Three days later, fighting resumed.", PUB, "Three days", DUR, "P3D", "null", "null");
    EXPECT("A day earlier, the talks had stalled.", PUB, "A day", DUR, "P1D", "null", "null");
    EXPECT("A few days later, the firm said sales fell.", PUB, "few days", DUR, "PXD", "null", "null");
    EXPECT("The ship docks 2 days hence.", PUB, "2 days hence", D, "2024-12-21", "2024-12-21", "2024-12-21");
    EXPECT("Rebels struck on Monday. The next day, aid arrived.", PUB, "The next day", D, "2024-12-17", "2024-12-17", "2024-12-17");
    EXPECT("In London at mid-afternoon yesterday, shares rose.", PUB, "mid-afternoon yesterday", TALLY_TIMEX_TIME, "2024-12-18TAF", "2024-12-18", "2024-12-18");
    EXPECT("Investors pressed the board in March. The following month, it put itself up for sale.", "2024-10-27",
           "The following month", D, "2024-04", "2024-04-01", "2024-04-30");
    EXPECT("The blast on Dec. 13 came at 10:35 a.m. near the square.", PUB, "10:35 a.m.", TALLY_TIMEX_TIME, "2024-12-13T10:35", "null", "null");
    EXPECT("Shares fell on Friday, down 4% from the previous Friday.", "2024-12-23", "the previous Friday", D, "2024-12-13", "2024-12-13", "2024-12-13");
}

static void modified(void)
{
    EXPECT("Fighting eased in mid-January, monitors said.", "2024-03-02", "mid-January", D, "2024-01", "2024-01-11", "2024-01-21");
    EXPECT("In mid-January 30 died in the shelling.", "2024-03-02", "mid-January", D, "2024-01", "2024-01-11", "2024-01-21");
    EXPECT("In late December 25 bodies were found.", "2024-03-02", "late December", D, "2023-12", "2023-12-22", "2023-12-31");
    EXPECT("Rain is forecast for early February across the north.", "2024-03-02", "early February", D, "2024-02", "2024-02-01", "2024-02-09");
    EXPECT("Costs climbed late last year in most regions.", PUB, "late last year", D, "2023", "2023-09-02", "2023-12-31");
    EXPECT("The fund runs out by the end of 2024 at this rate.", "2024-06-01", "the end of 2024", D, "2024", "2024-09-01", "2024-12-31");
    EXPECT("Imports grew in the first half of 2023 overall.", PUB, "the first half of 2023", D, "2023-H1", "2023-01-01", "2023-06-30");
    EXPECT("Since October, 300 homes were rebuilt.", PUB, "October", D, "2024-10", "2024-10-01", "2024-12-19");
}

static void periods_and_durations(void)
{
    EXPECT("Strikes on December 14-15 killed nine.", PUB, "December 14-15", D, "(2024-12-14,2024-12-15,P1D)", "2024-12-14", "2024-12-15");
    EXPECT("Polls open between 10 and 12 March next spring.", "2025-01-05", "10 and 12 March", D, "(2025-03-10,2025-03-12,P2D)", "2025-03-10", "2025-03-12");
    EXPECT("Exports fell October-December in the south.", PUB, "October-December", D, "(2024-10,2024-12,P2M)", "2024-10-01", "2024-12-31");
    EXPECT("The siege lasted for three months in all.", PUB, "three months", DUR, "P3M", "null", "null");
    EXPECT("A ceasefire is expected within the next two months, envoys said.", PUB, "the next two months", DUR, "P2M", "null", "null");
    EXPECT("The strike, a two-year dispute, ended.", PUB, "two-year", DUR, "P2Y", "null", "null");
    EXPECT("It took nearly forty years to finish.", PUB, "nearly forty years", DUR, "P40Y", "null", "null");
    EXPECT("Sales over the first nine months rose.", PUB, "the first nine months", DUR, "P9M", "null", "null");
    EXPECT("The outage lasted 2 1/2 hours.", PUB, "2 1/2 hours", DUR, "PT2H30M", "null", "null");
    EXPECT("The camps stood for 2 1/2 years.", PUB, "2 1/2 years", DUR, "P2Y6M", "null", "null");
    EXPECT("Growth should slow in coming months.", PUB, "coming months", D, "FUTURE_REF", "null", "null");
    EXPECT("She hopes she will one day fly.", PUB, "one day", D, "FUTURE_REF", "null", "null");
    EXPECT("Funds in recent weeks and months sold bonds.", PUB, "recent weeks and months", D, "PAST_REF", "null", "null");
    EXPECT("He died within weeks of his capture.", PUB, "weeks", DUR, "PXW", "null", "null");
    EXPECT("Rates have fallen in the last few months.", PUB, "the last few months", D, "PAST_REF", "null", "null");
    EXPECT("Talks go on for the next few days.", PUB, "the next few days", DUR, "PXD", "null", "null");
    EXPECT("Net rose 5% for the year ended Sept. 30.", PUB, "the year", DUR, "P1Y", "null", "null");
    EXPECT("Sales rose in the fiscal year ended Jan. 31.", "2024-10-31", "Jan. 31", D, "2024-01-31", "2024-01-31", "2024-01-31");
    EXPECT("Aid would help victims of the Aug. 7 blasts.", "2024-08-18", "Aug. 7", D, "2024-08-07", "2024-08-07", "2024-08-07");
    /* after "since" or a start told in the past, a month and day is never ahead: the last one */
    EXPECT("300 were killed since April 15.", "2026-03-10", "April 15", D, "2025-04-15", "2025-04-15", "2026-03-10");
    EXPECT("Many fled since the war began on April 15.", "2026-03-10", "April 15", D, "2025-04-15", "2025-04-15",
           "2025-04-15");
    EXPECT("The talks resume on April 15.", "2026-03-10", "April 15", D, "2026-04-15", "2026-04-15", "2026-04-15");
    EXPECT("Shares hit a high for the year in June.", PUB, "the year", D, "2024", "2024-01-01", "2024-12-31");
    EXPECT("Fears grew as the year two thousand neared.", PUB, "the year two thousand", D, "2000", "2000-01-01", "2000-12-31");
    EXPECT("For the week, the index fell 3%.", PUB, "the week", D, "2024-WXX", "null", "null");
    EXPECT("A hearing is set for the week of March 6.", "2000-02-24", "the week of March 6", D, "2000-W10", "2000-03-06", "2000-03-12");
    EXPECT("Traders sold ahead of the weekend.", "2024-12-16", "the weekend", D, "2024-W51-WE", "2024-12-21", "2024-12-22");
    EXPECT("It will not change for a couple of years.", PUB, "a couple of years", DUR, "P2Y", "null", "null");
    EXPECT("Talks resume on Saturday, April 25: the agenda is set.", "1998-04-24", "Saturday, April 25", D, "1998-04-25", "1998-04-25", "1998-04-25");
}

static void sets_and_times(void)
{
    EXPECT("The paper is printed daily in two cities.", PUB, "daily", TALLY_TIMEX_SET, "P1D", "null", "null");
    EXPECT("The council meets every Thursday at noon.", PUB, "every Thursday", TALLY_TIMEX_SET, "XXXX-WXX-4", "null", "null");
    EXPECT("Shots were heard at 7:15 p.m. EST near the port.", PUB, "7:15 p.m. EST", TALLY_TIMEX_TIME, "2024-12-19T19:15", "null", "null");
    EXPECT("The convoy leaves at 4 in the morning, aides said.", PUB, "4 in the morning", TALLY_TIMEX_TIME, "2024-12-19T04:00", "null", "null");
    EXPECT("They met at eight in the evening near the port.", PUB, "eight in the evening", TALLY_TIMEX_TIME, "2024-12-19T20:00", "null", "null");
    EXPECT("It was 3:45 in the afternoon in broad daylight.", PUB, "3:45 in the afternoon", TALLY_TIMEX_TIME, "2024-12-19T15:45", "null", "null");
    EXPECT("The blast came at 11 at night, police said.", PUB, "11 at night", TALLY_TIMEX_TIME, "2024-12-19T23:00", "null", "null");
    EXPECT("Police held 4 in the morning raid downtown.", PUB, "4 in the morning", D, "(none)", "null", "null");
}

static void unanchored(void)
{
    EXPECT("The rally is on Friday.", NULL, "Friday", D, "XXXX-WXX-5", "null", "null");
    EXPECT("The rally was on Oct. 2 in the capital.", NULL, "Oct. 2", D, "XXXX-10-02", "null", "null");
    EXPECT("It happened in 1999, they said.", NULL, "1999", D, "1999", "1999-01-01", "1999-12-31");
}

static void more_forms(void)
{
    EXPECT("The boy was found on Thanksgiving Day off the coast.", "2000-01-07", "Thanksgiving Day", D, "1999-11-25", "1999-11-25", "1999-11-25");
    EXPECT("Shops close on Christmas Eve 2023 at noon.", PUB, "Christmas Eve 2023", D, "2023-12-24", "2023-12-24", "2023-12-24");
    EXPECT("The fair is this Sunday, Dec. 22, downtown.", PUB, "this Sunday, Dec. 22", D, "2024-12-22", "2024-12-22", "2024-12-22");
    EXPECT("The fair is next Sunday, Dec. 22, downtown.", PUB, "Dec. 22", D, "2024-12-22", "2024-12-22", "2024-12-22");
    EXPECT("Turnout on Election Day was high in the county.", PUB, "Election Day", D, "2024-11-05", "2024-11-05", "2024-11-05");
    EXPECT("Polls stay open from now to Election Day, aides say.", "2024-10-20", "Election Day", D, "2024-11-05", "2024-11-05", "2024-11-05");
    EXPECT("The Election was close in the county.", PUB, "Election", D, "(none)", "null", "null");
    EXPECT("Churches filled on Easter Sunday in the town.", PUB, "Easter Sunday", D, "2024-03-31", "2024-03-31", "2024-03-31");
    EXPECT("Pilgrims gathered as Easter week began.", "2025-04-15", "Easter week", D, "2025-W16", "2025-04-14", "2025-04-20");
    EXPECT("The shop reopened on Easter Monday 2019 at noon.", PUB, "Easter Monday 2019", D, "2019-04-22", "2019-04-22", "2019-04-22");
    EXPECT("She was killed on Easter Sunday, April 8, 2012, police said.", PUB, "Easter Sunday, April 8, 2012", D, "2012-04-08", "2012-04-08", "2012-04-08");
    EXPECT("Shots rang out on Easter Avenue overnight.", PUB, "Easter", D, "(none)", "null", "null");
    EXPECT("A Halloween-like mood filled the bar.", PUB, "Halloween", D, "(none)", "null", "null");
    EXPECT("The fair opens the first Friday of July each year.", PUB, "the first Friday of July", D, "2024-07-05", "2024-07-05", "2024-07-05");
    EXPECT("The envoy arrives next week on Friday.", PUB, "next week on Friday", D, "2024-12-27", "2024-12-27", "2024-12-27");
    EXPECT("The club meets Tuesday nights downtown.", PUB, "Tuesday nights", TALLY_TIMEX_SET, "XXXX-WXX-2TNI", "null", "null");
    EXPECT("Prices soared in the 70s and fell.", PUB, "the 70s", D, "197", "1970-01-01", "1979-12-31");
    EXPECT("the deadline was 1-jan in the memo.", PUB, "1-jan", D, "2025-01-01", "2025-01-01", "2025-01-01");
    EXPECT("Rain fell through the month of May across the plain.", PUB, "the month of May", D, "2024-05", "2024-05-01", "2024-05-31");
    EXPECT("Profit rose in this year's third quarter.", PUB, "this year's third quarter", D, "2024-Q3", "2024-07-01", "2024-09-30");
    EXPECT("Sales beat the year-ago quarter by far.", "2024-10-30", "the year-ago quarter", D, "2023-Q3", "2023-07-01", "2023-09-30");
    EXPECT("Results are due three weeks from tomorrow.", PUB, "three weeks from tomorrow", D, "2025-01-10", "2025-01-10", "2025-01-10");
    EXPECT("He left the day before yesterday.", PUB, "the day before yesterday", D, "2024-12-17", "2024-12-17", "2024-12-17");
    EXPECT("The day before last Tuesday's hearing, he fled.", PUB, "The day before last Tuesday", D, "2024-12-16", "2024-12-16", "2024-12-16");
    EXPECT("Talks resumed the day after Dec. 3 in Oslo.", PUB, "the day after Dec. 3", D, "2024-12-04", "2024-12-04", "2024-12-04");
    EXPECT("Under current rules, aid is capped.", PUB, "current", D, "PRESENT_REF", "null", "null");
    EXPECT("Floods return each July in the valley.", PUB, "each July", TALLY_TIMEX_SET, "XXXX-07", "null", "null");
    EXPECT("Output peaked in the 1988 period and in fiscal 1989.", PUB, "fiscal 1989", D, "1989", "1989-01-01", "1989-12-31");
    EXPECT("Tickets went on sale June 3 and ran out.", PUB, "June 3", D, "2024-06-03", "2024-06-03", "2024-06-03");
    EXPECT("The strike ended by the end of March, unions said.", "2025-01-10", "the end of March", D, "2024-03", "2024-03-22", "2024-03-31");
    EXPECT("Revenue in H2 2016 fell.", PUB, "H2 2016", D, "2016-H2", "2016-07-01", "2016-12-31");
    EXPECT("The plan was drafted in FY2023.", PUB, "FY2023", D, "2023", "2023-01-01", "2023-12-31");
    EXPECT("Talks resume in the third week of March, envoys said.", PUB, "the third week of March", D, "2024-W12", "2024-03-18", "2024-03-24");
    EXPECT("Exports slowed in the last week of 2020.", PUB, "the last week of 2020", D, "2020-W53", "2020-12-28", "2021-01-03");
    EXPECT("Tests start the first week of next month.", PUB, "the first week of next month", D, "2025-W01", "2024-12-30", "2025-01-05");
    EXPECT("The vote comes the week after next.", PUB, "the week after next", D, "2025-W01", "2024-12-30", "2025-01-05");
    EXPECT("The plant opens the year after next.", PUB, "the year after next", D, "2026", "2026-01-01", "2026-12-31");
    EXPECT("He vanished two years and three months ago.", PUB, "two years and three months ago", D, "2022-09", "2022-09-01", "2022-09-30");
    EXPECT("The ship sank 1 month, 10 days ago.", PUB, "1 month, 10 days ago", D, "2024-11-09", "2024-11-09", "2024-11-09");
    EXPECT("Strikes are planned for the week beginning March 3.", PUB, "the week beginning March 3", D, "2025-W10", "2025-03-03", "2025-03-09");
    EXPECT("Disco peaked in the nineteen-seventies.", PUB, "the nineteen-seventies", D, "197", "1970-01-01", "1979-12-31");
    EXPECT("The president is to visit Paris on Tuesday, aides said.", PUB, "Tuesday", D, "2024-12-24", "2024-12-24", "2024-12-24");
    EXPECT("Rates may rise in the near term, he said.", PUB, "the near term", D, "FUTURE_REF", "null", "null");
    EXPECT("The board will rule at a later date.", PUB, "a later date", D, "FUTURE_REF", "null", "null");
    EXPECT("Over the years, the town shrank.", PUB, "the years", DUR, "PXY", "null", "null");
    EXPECT("Troops will stay two more weeks in the city.", PUB, "two more weeks", DUR, "P2W", "null", "null");
    EXPECT("After a day-long meeting, talks broke off.", PUB, "a day-long", DUR, "P1D", "null", "null");
    EXPECT("The hour-long show ended.", PUB, "hour-long", DUR, "PT1H", "null", "null");
    EXPECT("He was shot last Oct. 23 at his home.", PUB, "last Oct. 23", D, "2024-10-23", "2024-10-23", "2024-10-23");
    EXPECT("The plant closed last Dec. 30 for good.", PUB, "last Dec. 30", D, "2023-12-30", "2023-12-30", "2023-12-30");
    EXPECT("Voting starts next March 4 in the north.", PUB, "next March 4", D, "2025-03-04", "2025-03-04", "2025-03-04");
    EXPECT("Now the talks resume, and right now, nobody knows.", PUB, "Now", D, "PRESENT_REF", "null", "null");
    EXPECT("Now the talks resume, and right now, nobody knows.", PUB, "now", D, "PRESENT_REF", "null", "null");
    EXPECT("Markets fell. Today, traders are wary.", PUB, "Today", D, "2024-12-19", "2024-12-19", "2024-12-19");
    EXPECT("This Week the council votes again.", PUB, "This Week", D, "2024-W51", "2024-12-16", "2024-12-22");
    EXPECT("THE BOY WAS IN COURT TODAY, POLICE SAID.", PUB, "TODAY", D, "2024-12-19", "2024-12-19", "2024-12-19");
}

/* Tense cues of 2026-11-24: "set" is the past verb unless "to"/"for" follows; a weekday opening its sentence
 * takes the tense of the clause after it; "then current" looks back. */
static void tense_cues(void)
{
    EXPECT("The court set Friday as the deadline for the appeal.", PUB, "Friday", D, "2024-12-13", "2024-12-13", "2024-12-13");
    EXPECT("The talks, set to resume Monday, were delayed.", PUB, "Monday", D, "2024-12-23", "2024-12-23", "2024-12-23");
    EXPECT("The hearing is set for Monday in the capital.", PUB, "Monday", D, "2024-12-23", "2024-12-23", "2024-12-23");
    EXPECT("On Tuesday, the union plans to hold a rally.", PUB, "Tuesday", D, "2024-12-24", "2024-12-24", "2024-12-24");
    EXPECT("On Tuesday, the union will hold a rally.", PUB, "Tuesday", D, "2024-12-24", "2024-12-24", "2024-12-24");
    EXPECT("On Tuesday, the union planned to hold a rally.", PUB, "Tuesday", D, "2024-12-17", "2024-12-17", "2024-12-17");
    EXPECT("On Tuesday, when the mayor set aside his plans to travel, aides met.", PUB, "Tuesday", D, "2024-12-17",
           "2024-12-17", "2024-12-17");
    EXPECT("The mayor on Tuesday said he will resign.", PUB, "Tuesday", D, "2024-12-17", "2024-12-17", "2024-12-17");
    EXPECT("Holders may buy shares at the then current price.", PUB, "current", D, "PAST_REF", "null", "null");
    /* a month ahead after a present "is"/"are" is the coming one; after a past verb the last one */
    EXPECT("He stays if the case is heard in March by the court.", PUB, "March", D, "2025-03", "2025-03-01", "2025-03-31");
    EXPECT("The case was heard in March by the court.", PUB, "March", D, "2024-03", "2024-03-01", "2024-03-31");
    EXPECT("The firm is profitable, having reported in March a gain.", PUB, "March", D, "2024-03", "2024-03-01", "2024-03-31");
    EXPECT("The plant is idle since it closed in August.", PUB, "August", D, "2024-08", "2024-08-01", "2024-08-31");
}

/* A year after a capitalised word that is no time word belongs to a name. */
static void year_in_name(void)
{
    EXPECT("He set up a firm called Orion 1980, making parts.", PUB, "1980", D, "(none)", "null", "null");
    EXPECT("Talks on Vision 2030 stalled.", PUB, "2030", D, "(none)", "null", "null");
    EXPECT("In 1988, profit rose.", PUB, "1988", D, "1988", "1988-01-01", "1988-12-31");
    EXPECT("The 1994 Clinic Act and the war of 1991 passed.", PUB, "1994", D, "1994", "1994-01-01", "1994-12-31");
    EXPECT("Sales rose since 1991 at the firm.", PUB, "1991", D, "1991", "1991-01-01", "2024-12-19");
    EXPECT("It peaked in March 1991 at last.", PUB, "March 1991", D, "1991-03", "1991-03-01", "1991-03-31");
}

/* Rates are no durations: a unit after a counted noun ("four buses a week") and the count of hours or days
 * before "a"/"per" unit ("24 hours a day"). */
static void rates(void)
{
    const char *s = "The line runs four buses a week, adding 300 seats a week; guards stay 24 hours a day, "
                    "three days per week, and the trip takes two days.";
    EXPECT(s, PUB, "a week", D, "(none)", "null", "null");
    EXPECT(s, PUB, "24 hours", D, "(none)", "null", "null");
    EXPECT(s, PUB, "three days", D, "(none)", "null", "null");
    EXPECT(s, PUB, "two days", DUR, "P2D", "null", "null");
    EXPECT("Agents did hundreds of interviews a day.", PUB, "a day", DUR, "P1D", "null", "null");
}

/* Words that look like dates but are not: verbs, names, counts, money, ages. */
static void not_dates(void)
{
    const char *s = "Protesters march to the square. She may leave. 2,000 people and $1990 in cash; "
                    "a 6-year-old boy; the Sun reported; the fall in prices; Jan said so; 15% of 1,990 votes. "
                    "Ministers Jan Kavan and May met; prices began to fall; 200 people; a score of 4-2; the 27th floor. "
                    "The pilot, 41 years old, flew; it saves $3 million a year; rent is 400 dollars a week; "
                    "it imports about three-quarters of its grain and a quarter of the fuel. "
                    "Now, he says, it is over. He reads USA Today; she was on \"This Week\" and saw High Noon. "
                    "He spoke on NBC's Today show and to the Daily Mail. The long term jobless; the term of office; "
                    "the date was set. "
                    "The quarter-to-quarter gain and year-over-year growth held.";
    tally_timexvec v = {0};
    tally_timex_scan(s, strlen(s), tally_day_parse(PUB), &v);
    for (size_t i = 0; i < v.n; i++)
        fprintf(stderr, "  unexpected: %.*s\n", (int)(v.v[i].end - v.v[i].start), s + v.v[i].start);
    CHECK(v.n == 0);
    tally_vec_free(&v);
}

/* Every mention is in order, inside the text and non-overlapping, whatever the bytes. */
static void robust(void)
{
    char buf[4096];
    unsigned x = 12345;
    for (int round = 0; round < 200; round++) {
        size_t n = (size_t)(round * 20 % 4096);
        for (size_t i = 0; i < n; i++) {
            x = x * 1103515245u + 12345u;
            static const char alpha[] = "0123456789 -/.,'Dec May Friday last week ago the of 2024 Q3 \xe2\x80\x94\xc3";
            buf[i] = (x >> 16) % 3 ? alpha[(x >> 8) % (sizeof alpha - 1)] : (char)(x >> 16);
        }
        tally_timexvec v = {0};
        CHECK(tally_timex_scan(buf, n, round % 2 ? tally_day_parse(PUB) : TALLY_NODAY, &v) == TALLY_OK);
        size_t prev = 0;
        for (size_t i = 0; i < v.n; i++) {
            CHECK(v.v[i].start >= prev && v.v[i].start < v.v[i].end && v.v[i].end <= n);
            CHECK(memchr(v.v[i].value, 0, sizeof v.v[i].value) != NULL);
            CHECK(v.v[i].first == TALLY_NODAY || v.v[i].first <= v.v[i].last);
            prev = v.v[i].end;
        }
        tally_vec_free(&v);
    }
    /* A long run of trigger words stays linear and ends. */
    size_t n = 0;
    while (n + 5 < sizeof buf) {
        memcpy(buf + n, "last ", 5);
        n += 5;
    }
    tally_timexvec v = {0};
    CHECK(tally_timex_scan(buf, n, tally_day_parse(PUB), &v) == TALLY_OK);
    tally_vec_free(&v);
}

/* The values written by hand (no snprintf): zero padding, halves, two-digit hours and minutes. */
static void value_formats(void)
{
    const char *s = "Polls closed at 9:05 a.m. and the count took three and a half days; a loan for 12 years.";
    EXPECT(s, PUB, "9:05 a.m.", TALLY_TIMEX_TIME, "2024-12-19T09:05", "null", "null");
    EXPECT(s, PUB, "three and a half days", DUR, "P3.5D", "null", "null");
    EXPECT(s, PUB, "12 years", DUR, "P12Y", "null", "null");
    EXPECT("The shelter opened in March 2007.", PUB, "March 2007", D, "2007-03", "2007-03-01", "2007-03-31");
    CHECK(tally_timex_tense_misses() == 0);
    EXPECT("The mill closed in the first half of 2009.", PUB, "the first half of 2009", D, "2009-H1", "2009-01-01",
           "2009-06-30");
}

/* A unit before a dash opens a window only before a time word or "long" ("23-year-old" opens none). */
static void unit_dash(void)
{
    const char *s = "Sales beat year-earlier results; a 23-year-old and a boy were hurt in day-long strikes.";
    EXPECT(s, PUB, "year-earlier", D, "2023", "2023-01-01", "2023-12-31");
    EXPECT(s, PUB, "day-long", DUR, "P1D", "null", "null");
    EXPECT(s, PUB, "year", D, "(none)", "null", "null");
    EXPECT(s, PUB, "year-old", D, "(none)", "null", "null");
    /* a number before "-unit-old" opens no window either; "-olds" and other words after the unit still do */
    const char *t = "A 15-year-old and a 3-DAY-OLD foal waited out a 2-week delay.";
    EXPECT(t, PUB, "15-year", D, "(none)", "null", "null");
    EXPECT(t, PUB, "15", D, "(none)", "null", "null");
    EXPECT(t, PUB, "3-DAY", D, "(none)", "null", "null");
    EXPECT(t, PUB, "2-week", DUR, "P2W", "null", "null");
    EXPECT(t, PUB, "A 15-year", D, "(none)", "null", "null");
    const char *u = "The 9-month-old and the 1500-year-old temple, built in the year 1500.";
    EXPECT(u, PUB, "The 9-month", D, "(none)", "null", "null");
    EXPECT(u, PUB, "the year 1500", D, "1500", "1500-01-01", "1500-12-31");
}

/* The scan run in steps (tally_timex_scan_to, as docs run it) gives the whole scan's mentions, whatever the
 * limits: the focus date carries over a pause ("the day before" after March 3, 2021), and a day restated
 * after a comma still joins the mention before it ("this coming Sunday, December 22"). */
static void in_steps(void)
{
    const char *s = "On March 3, 2021 the mayor spoke; the day before, crews left. We meet this coming Sunday, December 22, "
                    "and two days later the office closes for a week.";
    size_t n = strlen(s);
    int32_t dct = tally_day_parse(PUB);
    tally_timexvec whole = {0};
    CHECK(tally_timex_scan(s, n, dct, &whole) == TALLY_OK);
    CHECK(whole.n >= 4);
    tally_timex_cursor *c = malloc(tally_timex_cursor_size());
    for (size_t step = 1; step < 40; step += 3) {
        tally_timexvec v = {0};
        tally_timex_cursor_init(c, s, n, dct, NULL, 0, NULL, &v);
        for (size_t lim = step; !tally_timex_cursor_done(c); lim += step) {
            CHECK(tally_timex_scan_to(c, lim, &v) == TALLY_OK);
            for (size_t i = 0; i < v.n && i < whole.n; i++) /* every mention starting before lim is final */
                if (v.v[i].start < lim)
                    CHECK(v.v[i].end == whole.v[i].end);
        }
        CHECK(v.n == whole.n);
        for (size_t i = 0; i < v.n && i < whole.n; i++)
            CHECK(v.v[i].start == whole.v[i].start && v.v[i].end == whole.v[i].end && v.v[i].first == whole.v[i].first &&
                  strcmp(v.v[i].value, whole.v[i].value) == 0);
        tally_vec_free(&v);
    }
    free(c);
    tally_vec_free(&whole);
}

/* Idioms and measures that name no time: the word before decides ("average daily", "a matter of", "high
 * noon"), or the word after "today's" names an era's people or world. */
static void idioms(void)
{
    const char *s = "Its average daily output fell, though trucks leave daily; repairs are a matter of weeks.";
    EXPECT(s, PUB, "daily", TALLY_TIMEX_SET, "P1D", "null", "null"); /* the second one, a recurrence */
    EXPECT("The average daily output fell.", PUB, "daily", D, "(none)", "null", "null");
    EXPECT(s, PUB, "weeks", D, "(none)", "null", "null");
    EXPECT("Talks went on for weeks.", PUB, "weeks", DUR, "PXW", "null", "null");
    EXPECT("For the mayor, high noon came at the council.", PUB, "noon", D, "(none)", "null", "null");
    EXPECT("The council met at noon.", PUB, "noon", TALLY_TIMEX_TIME, "2024-12-19T12:00", "null", "null");
    EXPECT("In today's world, farmers need phones.", PUB, "today", D, "(none)", "null", "null");
    EXPECT("Today\u2019s youth read less, a teacher said.", PUB, "Today", D, "(none)", "null", "null");
    EXPECT("The plan is in today's edition of the paper.", PUB, "today", D, "2024-12-19", "2024-12-19", "2024-12-19");
    EXPECT("She wants to train the engineers of tomorrow.", PUB, "tomorrow", D, "(none)", "null", "null");
    EXPECT("The storm hit in the early hours of Monday, police said.", PUB, "hours", D, "(none)", "null", "null");
    EXPECT("The storm hit in the early hours of Monday, police said.", PUB, "Monday", D, "2024-12-16", "2024-12-16", "2024-12-16");
    EXPECT("The storm raged for hours, police said.", PUB, "hours", DUR, "PTXH", "null", "null");
    EXPECT("They will have to live without power for a while.", PUB, "a while", DUR, "PXX", "null", "null");
    EXPECT("A while ago, rents rose.", PUB, "A while", D, "(none)", "null", "null");
    EXPECT("Prices held while wages fell.", PUB, "while", D, "(none)", "null", "null");
    EXPECT("The fee is waived as of tomorrow, the bank said.", PUB, "tomorrow", D, "2024-12-20", "2024-12-20", "2024-12-20");
    EXPECT("Most of tomorrow's games were called off.", PUB, "tomorrow", D, "2024-12-20", "2024-12-20", "2024-12-20");
    EXPECT("Workers fear for the future of the mill.", PUB, "the future", D, "(none)", "null", "null");
    EXPECT("In the future, the mill may close.", PUB, "the future", D, "FUTURE_REF", "null", "null");
    EXPECT("Troops will stay for the foreseeable future.", PUB, "the foreseeable future", D, "(none)", "null", "null");
    EXPECT("Rates may fall in the foreseeable future.", PUB, "the foreseeable future", D, "FUTURE_REF", "null", "null");
}

/* In an earnings report "a year earlier" is the report's quarter a year back, unless its sentence counts
 * months: a comparison of the year to date is with last year. */
static void year_to_date(void)
{
    const char *s = "Profit rose in the third quarter to $5 million from $4 million a year earlier. For the nine "
                    "months, net was $9 million, up from $7 million a year earlier.";
    tally_timexvec v = {0};
    tally_timex_scan(s, strlen(s), tally_day_parse(PUB), &v);
    CHECK(v.n == 4);
    if (v.n == 4) {
        CHECK_STR(v.v[1].value, "2023-Q3");
        CHECK_STR(v.v[3].value, "2023");
    }
    tally_vec_free(&v);
    /* "the 2023 period" is the report's quarter of that year, or that year beside a count of months */
    s = "Profit rose in the third quarter to $5 million from $4 million in the 2023 period. In the first nine "
        "months, net was $9 million, against $7 million in the 2023 period.";
    tally_timex_scan(s, strlen(s), tally_day_parse("2024-10-30"), &v);
    CHECK(v.n == 4);
    if (v.n == 4) {
        CHECK_STR(v.v[1].value, "2023-Q3");
        CHECK_STR(v.v[3].value, "2023");
    }
    tally_vec_free(&v);
    /* "the year-earlier period" after a sentence counting months is those months, as "the year-earlier nine months" */
    EXPECT("For the six months, net rose. In the year-earlier period, it fell.", "2024-10-30", "the year-earlier period", DUR,
           "P6M", "null", "null");
    EXPECT("Profit rose in the third quarter. In the year-earlier period, it fell.", "2024-10-30", "the year-earlier period",
           D, "2023-Q3", "2023-07-01", "2023-09-30");
    EXPECT("Profit rose in the third quarter. Two months ago it cut jobs. In the year-earlier period, it fell.", "2024-10-30",
           "the year-earlier period", D, "2023-Q3", "2023-07-01", "2023-09-30");
    /* so are "the year-ago results" (the year), after it as in it; after the quarter alone, the quarter */
    EXPECT("For the first nine months, net rose. The year-ago results included a charge.", "2024-10-30", "The year-ago", D,
           "2023", "2023-01-01", "2023-12-31");
    EXPECT("Net rose in the third quarter. The year-ago results included a charge.", "2024-10-30", "The year-ago", D,
           "2023-Q3", "2023-07-01", "2023-09-30");
}

/* Dates said as they are read aloud: years and days in words, "the" before an ordinal day. */
static void spoken_dates(void)
{
    EXPECT("The bridge opened on May 5, nineteen oh five, to crowds.", PUB, "May 5, nineteen oh five", D, "1905-05-05", "1905-05-05", "1905-05-05");
    EXPECT("He was born on the ninth of June, two thousand and three.", PUB, "the ninth of June, two thousand and three", D, "2003-06-09", "2003-06-09", "2003-06-09");
    EXPECT("Profit fell in the second quarter of two thousand and ten.", PUB, "the second quarter of two thousand and ten", D, "2010-Q2", "2010-04-01", "2010-06-30");
    EXPECT("Aid reached two thousand homes by night.", PUB, "two thousand", D, "(none)", "null", "null");
    EXPECT("On May 5, two thousand troops arrived.", PUB, "May 5", D, "2024-05-05", "2024-05-05", "2024-05-05");
    EXPECT("In May two thousand people marched.", PUB, "May", D, "2024-05", "2024-05-01", "2024-05-31");
    EXPECT("The truce began on November the second, officials said.", PUB, "November the second", D, "2024-11-02", "2024-11-02", "2024-11-02");
    EXPECT("In March the third convoy was attacked.", PUB, "March the third", D, "(none)", "null", "null");
    EXPECT("The ceremony was held on April twenty-two, 2019.", PUB, "April twenty-two, 2019", D, "2019-04-22", "2019-04-22", "2019-04-22");
    EXPECT("The deal was signed on June twenty one.", PUB, "June twenty one", D, "2024-06-21", "2024-06-21", "2024-06-21");
    EXPECT("In June twenty-one soldiers were hurt.", PUB, "June twenty-one", D, "(none)", "null", "null");
    EXPECT("The fire broke out on Friday the thirteen.", PUB, "Friday the thirteen", D, "2024-12-13", "2024-12-13", "2024-12-13");
}

/* Decades of this century in words, dates in ISO order with a month name, weekdays before numeric dates. */
static void decades_and_numeric(void)
{
    EXPECT("Phones changed in the twenty-tens, he wrote.", PUB, "the twenty-tens", D, "201", "2010-01-01", "2019-12-31");
    EXPECT("Prices rose through the two thousands.", PUB, "the two thousands", D, "200", "2000-01-01", "2009-12-31");
    EXPECT("Prices rose through the noughties.", PUB, "the noughties", D, "200", "2000-01-01", "2009-12-31");
    EXPECT("Police met the two thousands of marchers.", PUB, "the two thousands", D, "(none)", "null", "null");
    EXPECT("The memo is dated 2021-Mar-04 in the file.", PUB, "2021-Mar-04", D, "2021-03-04", "2021-03-04", "2021-03-04");
    EXPECT("The raid came on Tuesday, 2023-05-16, at dawn.", PUB, "Tuesday, 2023-05-16", D, "2023-05-16", "2023-05-16", "2023-05-16");
    EXPECT("Debt stood at 4,210.31 March 2022 levels.", PUB, "March 2022", D, "2022-03", "2022-03-01", "2022-03-31");
}

/* TimeBank's ways with vague decades and centuries, "this century" and "the next morning". */
static void timebank_units(void)
{
    EXPECT("The feud has gone on for decades, elders say.", PUB, "decades", DUR, "PXY", "null", "null");
    EXPECT("The walls stood for centuries before the war.", PUB, "centuries", DUR, "PXC", "null", "null");
    EXPECT("It was the worst flood of this century, he said.", PUB, "this century", DUR, "P100Y", "null", "null");
    EXPECT("Rents have doubled over the past decade.", PUB, "the past decade", DUR, "P10Y", "null", "null");
    EXPECT("It was the worst flood of the past century.", PUB, "the past century", DUR, "P100Y", "null", "null");
    EXPECT("The strike ended at midnight Friday, unions said.", PUB, "midnight Friday", TALLY_TIMEX_TIME, "2024-12-13T24", "null", "null");
    EXPECT("Officials did not plan to close the border on Monday, he said.", PUB, "Monday", D, "2024-12-23", "2024-12-23", "2024-12-23");
    EXPECT("The plan was approved on Monday, he said.", PUB, "Monday", D, "2024-12-16", "2024-12-16", "2024-12-16");
    EXPECT("Shares fell for three straight days on the news.", PUB, "three straight days", DUR, "P3D", "null", "null");
    EXPECT("The bonds settle in five business days, traders said.", PUB, "five business days", DUR, "P5D", "null", "null");
    EXPECT("The lease runs for an additional year after that.", PUB, "an additional year", DUR, "P1Y", "null", "null");
    EXPECT("Working hours were cut at the plant.", PUB, "Working", D, "(none)", "null", "null");
    EXPECT("He was arrested on Dec. 9 and freed the next morning.", PUB, "the next morning", D, "2024-12-10", "2024-12-10", "2024-12-10");
    EXPECT("Troops left on Dec. 9; rebels came back the previous night, he said.", PUB, "the previous night", D, "2024-12-08", "2024-12-08", "2024-12-08");
}

/* A month's day, without the month, named by its week. */
static void week_of_day(void)
{
    EXPECT("Fighting eased in the week of the 9th, envoys said.", PUB, "the week of the 9th", D, "2024-W50", "2024-12-09", "2024-12-15");
    EXPECT("The blockade began the week of the 23rd.", PUB, "the week of the 23rd", D, "2024-W47", "2024-11-18", "2024-11-24");
    EXPECT("Talks will resume the week of the 23rd.", PUB, "the week of the 23rd", D, "2024-W52", "2024-12-23", "2024-12-29");
    EXPECT("Talks ended in October. 2 people died later.", PUB, "October", D, "2024-10", "2024-10-01", "2024-10-31");
    EXPECT("Rain fell for the whole month of September.", PUB, "month of September", D, "2024-09", "2024-09-01", "2024-09-30");
}

/* The scan given the tokens and hints of claim extraction (which steps over words that start no expression)
 * finds what the byte scan finds: n mentions, the last one want with value. */
static void toks_scan(const char *s, size_t n, const char *want, const char *value)
{
    size_t len = strlen(s);
    int32_t dct = tally_day_parse(PUB);
    tally_wordtab *tab = tally_wordtab_new();
    tally_tokvec toks = {0};
    tally_sentvec sents = {0};
    tally_tokwords w = {.table = tab};
    tally_timexvec a = {0}, b = {0};
    CHECK(tab && tally_tokenize_words(s, len, &toks, &sents, &w) == TALLY_OK);
    CHECK(tally_timex_scan(s, len, dct, &a) == TALLY_OK);
    CHECK(tally_timex_scan_toks(s, len, dct, toks.v, toks.n, w.hint, &b) == TALLY_OK);
    CHECK_NUM(a.n, n);
    CHECK_NUM(b.n, n);
    for (size_t i = 0; i < a.n && i < b.n; i++)
        CHECK(a.v[i].start == b.v[i].start && a.v[i].end == b.v[i].end && strcmp(a.v[i].value, b.v[i].value) == 0);
    if (b.n > 0 && b.n == n) {
        CHECK_NUM(b.v[n - 1].end - b.v[n - 1].start, strlen(want));
        CHECK(memcmp(s + b.v[n - 1].start, want, strlen(want)) == 0);
        CHECK_STR(b.v[n - 1].value, value);
    }
    free(w.block);
    tally_wordtab_free(tab);
    tally_vec_free(&toks);
    tally_vec_free(&sents);
    tally_vec_free(&a);
    tally_vec_free(&b);
}

/* Windows that cannot match are turned away before the grammar, and matches the grammar would beat are not
 * resolved: the mentions stay those of the whole grammar. */
static void cheap_refusals(void)
{
    /* modifiers and counts up to a plain word: "one of the", "that the", "about a", "the 300 block" */
    toks_scan("One of the victims said that the shooting began about a block away, in the 300 block, on Friday.", 1,
              "Friday", "2024-12-13");
    toks_scan("A few of the same men came back later that day.", 1, "later that day", "2024-12-19");
    toks_scan("Some of the first reports came in the past three days.", 1, "the past three days", "P3D");
    toks_scan("About a third of the first officers were hurt over the past week.", 1, "the past week", "2024-W50");
    /* four digits outside a year's range name no date, unless written as one */
    toks_scan("Shots were fired in the 5400 block of Elm Street, the 1500 block too.", 0, "", "");
    EXPECT("The 5400 block was closed.", PUB, "5400", D, "(none)", "null", "null");
    EXPECT("The stone reads 2100-03-04.", PUB, "2100-03-04", D, "2100-03-04", "2100-03-04", "2100-03-04");
    /* a bare month or weekday loses to the date it begins */
    toks_scan("Talks end March 5 and resume Friday, March 7, 2025.", 2, "Friday, March 7, 2025", "2025-03-07");
    EXPECT("Talks end March 5 in Oslo.", PUB, "March 5", D, "2025-03-05", "2025-03-05", "2025-03-05"); /* days ahead weigh double */
    EXPECT("Prices rose from October-December.", PUB, "October-December", D, "(2024-10,2024-12,P2M)", "2024-10-01",
           "2024-12-31");
}

/* A day named by what it is: a count of days that ends today, a date restated by its event, a year's amount. */
static void days_by_event(void)
{
    EXPECT("In the capital, today is the ninth day of the blockade.", PUB, "the ninth day", D, "2024-12-19",
           "2024-12-19", "2024-12-19");
    EXPECT("It's the third day of a strike by the dockers.", PUB, "the third day", D, "2024-12-19", "2024-12-19", "2024-12-19");
    EXPECT("Today marks the 40th day of the siege.", PUB, "the 40th day", D, "2024-12-19", "2024-12-19", "2024-12-19");
    EXPECT("It was the fourth day of the siege when help came.", PUB, "the fourth day", D, "(none)", "null", "null");
    EXPECT("It is the first day of the month, so rents are due.", PUB, "the first day", D, "(none)", "null", "null");
    EXPECT("On the second day of the talks, they agreed.", PUB, "the second day", D, "(none)", "null", "null");
    EXPECT("Shares fell on Dec. 2, the day before the vote, traders said.", PUB, "the day", D, "2024-12-02", "2024-12-02",
           "2024-12-02");
    EXPECT("Shares fell on Dec. 2, the day before the vote, traders said.", PUB, "Dec. 2", D, "2024-12-02", "2024-12-02",
           "2024-12-02");
    EXPECT("Shares fell the day before the vote.", PUB, "the day", D, "(none)", "null", "null");
    EXPECT("Shares hit a high for the year of $42 in June.", PUB, "the year", D, "2024", "2024-01-01", "2024-12-31");
    EXPECT("It was the year of the great flood.", PUB, "the year", D, "(none)", "null", "null");
    EXPECT("It was the year of 1999 and its crash.", PUB, "the year", D, "(none)", "null", "null");
    toks_scan("A man said today is the ninth day of the strike at the mill.", 2, "the ninth day", "2024-12-19");
    toks_scan("Prices fell on Dec. 2, the day after the vote, and rose again.", 2, "the day", "2024-12-02");
    /* days joined by "and" after a month are two dates, as TimeBank marks them; "between" keeps one period */
    EXPECT("Leaders will meet on April 24 and 25 in Oslo.", PUB, "April 24", D, "2025-04-24", "2025-04-24", "2025-04-24");
    EXPECT("Leaders will meet on April 24 and 25 in Oslo.", PUB, "25", D, "2025-04-25", "2025-04-25", "2025-04-25");
    EXPECT("Votes on May 3 and 4, 2021 were close.", PUB, "May 3", D, "2021-05-03", "2021-05-03", "2021-05-03");
    EXPECT("Votes on May 3 and 4, 2021 were close.", PUB, "4, 2021", D, "2021-05-04", "2021-05-04", "2021-05-04");
    EXPECT("Polls will open between May 3 and 5, aides said.", PUB, "May 3 and 5", D, "(2025-05-03,2025-05-05,P2D)", "2025-05-03",
           "2025-05-05");
    EXPECT("Shots were fired on June 2 and 300 people fled.", PUB, "June 2", D, "2024-06-02", "2024-06-02", "2024-06-02");
    /* a month joined to the month just named is a month, verb-like or not, in the year that keeps the order */
    EXPECT("Prices rose between February and March, aides said.", PUB, "March", D, "2024-03", "2024-03-01", "2024-03-31");
    EXPECT("Prices rose from November to March, aides said.", PUB, "March", D, "2025-03", "2025-03-01", "2025-03-31");
    EXPECT("Prices rose from November to March, aides said.", PUB, "November", D, "2024-11", "2024-11-01", "2024-11-30");
    EXPECT("Prices rose in April or May, aides said.", PUB, "May", D, "2024-05", "2024-05-01", "2024-05-31");
    EXPECT("Prices rose in January 2019 and March.", PUB, "March", D, "2019-03", "2019-03-01", "2019-03-31");
    EXPECT("Prices rose in January and march on.", PUB, "march", D, "(none)", "null", "null");
    EXPECT("Doctors and March organisers met.", PUB, "March", D, "(none)", "null", "null");
    EXPECT("Prices rose between May and July, aides said.", PUB, "May", D, "2024-05", "2024-05-01", "2024-05-31");
    EXPECT("Prices rose between March and May, aides said.", PUB, "March", D, "2024-03", "2024-03-01", "2024-03-31");
    EXPECT("Talks between May and Juncker failed.", PUB, "May", D, "(none)", "null", "null");
    /* a month before a joined month with its year takes that year */
    EXPECT("Prices rose from October to December 2022.", PUB, "October", D, "2022-10", "2022-10-01", "2022-10-31");
    EXPECT("Prices rose from November to March 2022.", PUB, "November", D, "2021-11", "2021-11-01", "2021-11-30");
    /* only after a day's number: "on Friday and 30" is a weekday and a count; nor a count of "more", "others" */
    EXPECT("Nine died on Friday and 30 more on Monday.", PUB, "30", D, "(none)", "null", "null");
    EXPECT("Nine died on June 2 and 30 others on June 3.", PUB, "30", D, "(none)", "null", "null");
    EXPECT("Nine died on June 2 and 3, aides said.", PUB, "3", D, "2024-06-03", "2024-06-03", "2024-06-03");
    toks_scan("Leaders will meet on April 24 and 25 in Oslo, aides said.", 2, "25", "2025-04-25");
    /* "that day" points at a day named before; with none it is an event's day the text never dated */
    EXPECT("Funds see strong redemptions that day, traders say.", PUB, "that day", D, "(none)", "null", "null");
    EXPECT("His name was crossed out that same day.", PUB, "same day", D, "(none)", "null", "null");
    EXPECT("On Monday they met; that day was cold.", PUB, "that day", D, "2024-12-16", "2024-12-16", "2024-12-16");
    EXPECT("The men came back later that day.", PUB, "later that day", D, "2024-12-19", "2024-12-19", "2024-12-19");
    /* a plural part of the day after two weekdays makes both a set */
    EXPECT("Two flights leave on Monday and Tuesday nights from March.", PUB, "Monday", TALLY_TIMEX_SET, "XXXX-WXX-1TNI", "null",
           "null");
    EXPECT("Two flights leave on Monday and Tuesday nights from March.", PUB, "Tuesday nights", TALLY_TIMEX_SET, "XXXX-WXX-2TNI",
           "null", "null");
    EXPECT("They left on Monday and Tuesday.", PUB, "Monday", D, "2024-12-16", "2024-12-16", "2024-12-16");
    toks_scan("Two of the flights leave on Monday and Tuesday nights, an aide said.", 2, "Tuesday nights", "XXXX-WXX-2TNI");
    /* a timetable's verb in the present before a weekday announces it */
    EXPECT("He and the envoy meet separately Monday with aides.", PUB, "Monday", D, "2024-12-23", "2024-12-23", "2024-12-23");
    EXPECT("The court opens Tuesday, clerks said.", PUB, "Tuesday", D, "2024-12-24", "2024-12-24", "2024-12-24");
    EXPECT("The envoys met Monday with aides.", PUB, "Monday", D, "2024-12-16", "2024-12-16", "2024-12-16");
    EXPECT("Talks failed to resume Monday after the raid.", PUB, "Monday", D, "2024-12-16", "2024-12-16", "2024-12-16");
    EXPECT("The convention got off to a rocky start Monday, delegates said.", PUB, "Monday", D, "2024-12-16", "2024-12-16",
           "2024-12-16");
    EXPECT("The burglaries came on June 21 and 22. The next day, police made an arrest.", PUB, "The next day", D, "2024-06-22",
           "2024-06-22", "2024-06-22");
    /* "the quarter ended <day>": the calendar quarter holding most of the three months that end then */
    EXPECT("In the quarter ended July 31, the firm lost money.", PUB, "the quarter", D, "2024-Q2", "2024-04-01", "2024-06-30");
    EXPECT("For the quarter ended Sept. 30, net rose.", PUB, "the quarter", D, "2024-Q3", "2024-07-01", "2024-09-30");
    EXPECT("For the quarter ended Sept. 30, net rose.", PUB, "Sept. 30", D, "2024-09-30", "2024-09-30", "2024-09-30");
}

/* "soon" looking ahead is the future (FUTURE_REF); told of the past, or in "as soon as", it names no time. */
static void soon_future(void)
{
    EXPECT("Prosecutors may soon seek an indictment.", PUB, "soon", D, "FUTURE_REF", "null", "null");
    EXPECT("The maker soon will begin selling cheaper boxes.", PUB, "soon", D, "FUTURE_REF", "null", "null");
    EXPECT("The firm expects its exports to soon double.", PUB, "soon", D, "FUTURE_REF", "null", "null");
    EXPECT("Analysts think it will be profitable soon, he said.", PUB, "soon", D, "FUTURE_REF", "null", "null");
    EXPECT("He was soon released from the clinic.", PUB, "soon", D, "(none)", "null", "null");
    EXPECT("Cash flowed in, and the trickle soon became a flood.", PUB, "soon", D, "(none)", "null", "null");
    EXPECT("The guards left as soon as the shift ended.", PUB, "soon", D, "(none)", "null", "null");
    EXPECT("They will leave as soon as possible.", PUB, "soon", D, "(none)", "null", "null");
    EXPECT("Two men died soon after the blast.", PUB, "soon", D, "(none)", "null", "null");
    EXPECT("It will be too soon to tell.", PUB, "soon", D, "(none)", "null", "null");
    EXPECT("She is a soon-to-be partner.", PUB, "soon", D, "(none)", "null", "null");
    toks_scan("One of the firms may soon sell the plant.", 1, "soon", "FUTURE_REF");
}

/* "March" between a determiner and a noun is the month, as any month is there; not in a name, nor "May". */
static void march_modifier(void)
{
    EXPECT("The March accession lets both states vote.", "2025-02-10", "March", D, "2025-03", "2025-03-01",
           "2025-03-31");
    EXPECT("Sales fell after the March storms.", PUB, "March", D, "2024-03", "2024-03-01", "2024-03-31");
    EXPECT("Crowds joined the March for Life.", PUB, "March", D, "(none)", "null", "null");
    EXPECT("They backed the May government.", PUB, "May", D, "(none)", "null", "null");
    EXPECT("Crowds saw March lead the parade.", PUB, "March", D, "(none)", "null", "null");
    EXPECT("It was a March-style rally.", PUB, "March", D, "(none)", "null", "null");
    toks_scan("One of the stores closed after the March floods.", 1, "March", "2024-03");
}

/* "last" or "next" ending a phrase after "than", "as", "and", "or" stands for the unit of "this year" before it. */
static void elliptic_units(void)
{
    EXPECT("Profit may be twice as high this year as last.", PUB, "last", D, "2023", "2023-01-01", "2023-12-31");
    EXPECT("Prices will rise this year and next, the bank said.", PUB, "next", D, "2025", "2025-01-01", "2025-12-31");
    EXPECT("Sales fell more this quarter than last.", PUB, "last", D, "2024-Q3", "2024-07-01", "2024-09-30");
    EXPECT("This year the horse came in last, then left.", PUB, "last", D, "(none)", "null", "null");
    EXPECT("This week he ran first and last.", PUB, "last", D, "(none)", "null", "null");
    EXPECT("Rents rose more than last year.", PUB, "last year", D, "2023", "2023-01-01", "2023-12-31");
    toks_scan("The dividend will be twice as high this year as last.", 2, "last", "2023");
}

/* A quarter named by its number and the day it ended is of the year of that day; "that quarter" is the last one
 * mentioned. */
static void quarter_ended(void)
{
    EXPECT("The firm lost money in the third quarter ended Sept. 30.", PUB, "the third quarter", D, "2024-Q3", "2024-07-01",
           "2024-09-30");
    EXPECT("In the year-ago quarter, the second quarter ended Oct. 31, it lost money.", "2024-10-30", "the second quarter",
           D, "2023-Q2", "2023-04-01", "2023-06-30");
    EXPECT("It lost money in the second quarter.", "2024-10-30", "the second quarter", D, "2024-Q2", "2024-04-01",
           "2024-06-30");
    EXPECT("The retailer lost money in the fourth quarter ended Jan. 31.", "2024-03-10", "the fourth quarter", D, "2023-Q4",
           "2023-10-01", "2023-12-31");
    /* "that quarter" is the quarter just mentioned, not the quarter of the day named after it */
    EXPECT("In the second quarter ended Oct. 31, 2023, sales fell; results for that quarter included a charge.", "2024-10-30",
           "that quarter", D, "2023-Q2", "2023-04-01", "2023-06-30");
}

int main(void)
{
    RUN(absolute_dates);
    RUN(relative_to_publication);
    RUN(relative_to_focus);
    RUN(modified);
    RUN(periods_and_durations);
    RUN(sets_and_times);
    RUN(unanchored);
    RUN(more_forms);
    RUN(not_dates);
    RUN(robust);
    RUN(value_formats);
    RUN(unit_dash);
    RUN(tense_cues);
    RUN(rates);
    RUN(year_in_name);
    RUN(in_steps);
    RUN(idioms);
    RUN(year_to_date);
    RUN(spoken_dates);
    RUN(week_of_day);
    RUN(decades_and_numeric);
    RUN(timebank_units);
    RUN(cheap_refusals);
    RUN(days_by_event);
    RUN(soon_future);
    RUN(march_modifier);
    RUN(elliptic_units);
    RUN(quarter_ended);
    TEST_END();
}
