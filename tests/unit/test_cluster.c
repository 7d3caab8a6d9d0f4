/* test_cluster.c — feature blobs and incremental event clustering, on invented news items. */
#include "cluster.h"
#include "minhash.h"
#include "test.h"
#include <stdlib.h>
#include <xxhash.h>

/* Event A: a mine collapse in Norvania, told twice with different wording but the same names, figure, day. */
static const char a1[] =
    "Rescuers in Norvania were trying to reach 240 miners trapped underground on Tuesday after a tunnel "
    "collapsed at the Kelvarin copper mine near Ostrava Bay, Interior Minister Dalia Fenwick said.\n"
    "Fenwick told reporters in Ostrava Bay that air was being pumped into the shaft and that contact had been "
    "made with some of the men. The Kelvarin mine is run by the state company Norvacopper.\n"
    "Relatives gathered at the gates of the mine through the night, waiting for news.";
static const char a2[] =
    "Some 240 workers remain stuck deep inside the Kelvarin pit, Dalia Fenwick, Norvania's interior "
    "minister, announced on Tuesday.\n"
    "Speaking at Ostrava Bay, Fenwick said engineers had drilled a narrow hole to send down food and water. "
    "Norvacopper, which operates Kelvarin, has suspended work at its other sites.\n"
    "It is the country's worst mining accident in two decades.";
/* Event B: the same kind of happening elsewhere, with other names, place, figure and day. */
static const char b1[] =
    "A gallery gave way at the Brenmoor coal pit in Halvik province on Friday, leaving 35 miners cut off, "
    "regional governor Tomas Reyel said.\n"
    "Reyel said rescue crews from Sandvik and Lorne had been sent to Brenmoor and that the miners were "
    "believed to be alive. Halvik Coal, the owner, said ventilation was working.\n"
    "Families waited outside the pit as the rescue went on.";
/* An agency copy of a1: a sentence dropped, a figure changed, a line added. */
static const char a1_copy[] =
    "Rescuers in Norvania were trying to reach 241 miners trapped underground on Tuesday after a tunnel "
    "collapsed at the Kelvarin copper mine near Ostrava Bay, Interior Minister Dalia Fenwick said.\n"
    "Fenwick told reporters in Ostrava Bay that air was being pumped into the shaft and that contact had been "
    "made with some of the men. The Kelvarin mine is run by the state company Norvacopper.\n"
    "Follow our live coverage for updates.";
/* Unrelated items, so that idf has something to work with. */
static const char *const filler[] = {
    "The city council of Marlow approved a new budget for public libraries on Monday, adding funds for "
    "evening opening hours and a mobile library van for outlying villages.",
    "A violin maker from Aster Combe won the national craft prize for an instrument carved from a fallen "
    "walnut tree; judges praised its warm tone.",
    "Heavy rain flooded several streets in the old town of Kessel overnight, and the fire brigade pumped "
    "water out of basements until the morning.",
    "The football club Rovers United signed the striker Paolo Verdi on a three-year contract after his "
    "loan spell ended.",
};

typedef struct item {
    const char *title, *text;
    int32_t day;
} item;

static item items[8];
static size_t nitems;

static void setup(void)
{
    int32_t tue = tally_day_from_ymd(2031, 3, 11), fri = tally_day_from_ymd(2031, 5, 2);
    nitems = 0;
    for (size_t i = 0; i < 4; i++)
        items[nitems++] = (item){NULL, filler[i], tue - 3 + (int32_t)i};
    items[nitems++] = (item){"Miners trapped in Norvania", a1, tue};
    items[nitems++] = (item){NULL, b1, fri};
    items[nitems++] = (item){NULL, a2, tue + 1};
    items[nitems++] = (item){NULL, a1_copy, tue};
}

/* Adds items[from..to) to c; events into ev, near-duplicate links into dup. */
static void add_items(tally_clusterer *c, size_t from, size_t to, int64_t *ev, int64_t *dup)
{
    tally_buf blob = {0};
    for (size_t i = from; i < to; i++) {
        blob.len = 0;
        CHECK(tally_event_features(items[i].title, items[i].text, strlen(items[i].text), items[i].day, &blob) ==
              TALLY_OK);
        CHECK(tally_clusterer_add(c, blob.s, blob.len, (int64_t)i, &ev[i], &dup[i], NULL, NULL) == TALLY_OK);
    }
    tally_buf_free(&blob);
}

static void same_event_other_wording(void)
{
    setup();
    int64_t ev[8], dup[8];
    tally_clusterer *c = tally_clusterer_new();
    add_items(c, 0, nitems, ev, dup);
    CHECK(ev[6] == ev[4]);  /* a2 joins a1 */
    CHECK(dup[6] == -1);    /* without being a copy */
    CHECK(ev[5] != ev[4]);  /* b1: same kind of happening, other event */
    for (size_t i = 0; i < 4; i++)
        CHECK(ev[i] != ev[4] && ev[i] != ev[5]);
    tally_clusterer_free(c);
}

static int ndups;
static void count_dup(void *arg, int64_t other, double sim)
{
    (void)arg;
    ndups += other == 4 && sim >= 0.5;
}

static void copy_is_duplicate(void)
{
    setup();
    int64_t ev[8], dup[8];
    tally_clusterer *c = tally_clusterer_new();
    add_items(c, 0, nitems - 1, ev, dup);
    tally_buf blob = {0};
    size_t i = nitems - 1;
    CHECK(tally_event_features(NULL, items[i].text, strlen(items[i].text), items[i].day, &blob) == TALLY_OK);
    ndups = 0;
    CHECK(tally_clusterer_add(c, blob.s, blob.len, 99, &ev[i], &dup[i], count_dup, NULL) == TALLY_OK);
    CHECK(dup[i] == 4);
    CHECK(ndups == 1);
    CHECK(ev[i] == ev[4]);
    tally_buf_free(&blob);
    tally_clusterer_free(c);
}

/* A store keeps blobs and events; a later run restores them and adds the rest. */
static void restore_then_add_equals_add_all(void)
{
    setup();
    int64_t all[8], dup[8], later[8], dup2[8];
    tally_clusterer *c = tally_clusterer_new();
    add_items(c, 0, nitems, all, dup);
    tally_clusterer_free(c);

    c = tally_clusterer_new();
    tally_buf blob = {0};
    for (size_t i = 0; i < 5; i++) {
        blob.len = 0;
        tally_event_features(items[i].title, items[i].text, strlen(items[i].text), items[i].day, &blob);
        CHECK(tally_clusterer_restore(c, blob.s, blob.len, (int64_t)i, all[i]) == TALLY_OK);
    }
    add_items(c, 5, nitems, later, dup2);
    for (size_t i = 5; i < nitems; i++) {
        CHECK(later[i] == all[i]);
        CHECK(dup2[i] == dup[i]);
    }
    CHECK(tally_clusterer_size(c) == nitems);
    tally_buf_free(&blob);
    tally_clusterer_free(c);
}

static void new_ids_are_larger(void)
{
    tally_clusterer *c = tally_clusterer_new();
    tally_buf blob = {0};
    tally_event_features(NULL, b1, strlen(b1), TALLY_NODAY, &blob);
    CHECK(tally_clusterer_restore(c, blob.s, blob.len, 1, 41) == TALLY_OK);
    blob.len = 0;
    tally_event_features(NULL, filler[0], strlen(filler[0]), TALLY_NODAY, &blob);
    int64_t ev, dup;
    CHECK(tally_clusterer_add(c, blob.s, blob.len, 2, &ev, &dup, NULL, NULL) == TALLY_OK);
    CHECK(ev == 42 && dup == -1);
    tally_buf_free(&blob);
    tally_clusterer_free(c);
}

static void bad_blob(void)
{
    tally_clusterer *c = tally_clusterer_new();
    int64_t ev, dup;
    CHECK(tally_clusterer_add(c, "TEV0xxxx", 8, 1, &ev, &dup, NULL, NULL) == TALLY_EINPUT);
    CHECK(tally_clusterer_restore(c, NULL, 0, 1, 1) == TALLY_EINPUT);
    tally_buf blob = {0};
    tally_event_features(NULL, a1, strlen(a1), TALLY_NODAY, &blob);
    CHECK(tally_clusterer_add(c, blob.s, blob.len - 1, 1, &ev, &dup, NULL, NULL) == TALLY_EINPUT);
    CHECK(tally_clusterer_size(c) == 0);
    tally_buf_free(&blob);
    tally_clusterer_free(c);
}

static void empty_and_odd_text(void)
{
    tally_buf blob = {0};
    CHECK(tally_event_features(NULL, "", 0, TALLY_NODAY, &blob) == TALLY_OK);
    tally_clusterer *c = tally_clusterer_new();
    int64_t ev, dup;
    CHECK(tally_clusterer_add(c, blob.s, blob.len, 1, &ev, &dup, NULL, NULL) == TALLY_OK);
    blob.len = 0;
    static const char odd[] = "\xff\xfe 12,000,000,000,000,000,000,000 March 99 Monday \xe2\x80\x99 A-B-C-D-E";
    CHECK(tally_event_features("ALL CAPS TITLE", odd, sizeof odd - 1, 0, &blob) == TALLY_OK);
    CHECK(tally_clusterer_add(c, blob.s, blob.len, 2, &ev, &dup, NULL, NULL) == TALLY_OK);
    tally_buf_free(&blob);
    tally_clusterer_free(c);
}

/* Pathological: thousands of documents sharing every key; each add still reads a capped number of them. */
static void many_alike(void)
{
    tally_clusterer *c = tally_clusterer_new();
    tally_buf blob = {0};
    char text[200];
    int64_t ev, dup;
    int ok = 1;
    for (int i = 0; i < 3000; i++) {
        snprintf(text, sizeof text, "Mayor Ada Quill opened the Linden Bridge in Corvale; item %d of the series.", i);
        blob.len = 0;
        tally_event_features(NULL, text, strlen(text), 20000 + i, &blob);
        ok &= tally_clusterer_add(c, blob.s, blob.len, i, &ev, &dup, NULL, NULL) == TALLY_OK;
    }
    CHECK(ok);
    CHECK(tally_clusterer_size(c) == 3000);
    tally_buf_free(&blob);
    tally_clusterer_free(c);
}

/* Two months after a1, a follow-up that names the day of the collapse stays in its event; a month later, a
 * story on the same mine and people without that day is the storyline's next event. */
static const char a_trial[] =
    "The manager of the Kelvarin copper mine went on trial in Ostrava Bay over the collapse of March 11, "
    "in which 240 miners were trapped underground.\n"
    "Prosecutors said Norvacopper ignored warnings; Interior Minister Dalia Fenwick is to testify.";
static const char a_next[] =
    "Norvacopper reopened the Kelvarin copper mine near Ostrava Bay, Interior Minister Dalia Fenwick said, "
    "after inspectors approved new supports in the tunnels.\n"
    "Fenwick told reporters in Ostrava Bay that the miners would return in shifts.";

static void later_story_needs_the_day(void)
{
    setup();
    int64_t ev[8], dup[8], e_trial, e_next, d;
    tally_clusterer *c = tally_clusterer_new();
    add_items(c, 0, nitems, ev, dup);
    tally_buf blob = {0};
    int32_t later = items[4].day + 60;
    CHECK(tally_event_features(NULL, a_trial, strlen(a_trial), later, &blob) == TALLY_OK);
    CHECK(tally_clusterer_add(c, blob.s, blob.len, 100, &e_trial, &d, NULL, NULL) == TALLY_OK);
    blob.len = 0;
    CHECK(tally_event_features(NULL, a_next, strlen(a_next), later + 30, &blob) == TALLY_OK);
    CHECK(tally_clusterer_add(c, blob.s, blob.len, 101, &e_next, &d, NULL, NULL) == TALLY_OK);
    CHECK(e_trial == ev[4]);
    CHECK(e_next != ev[4]);
    tally_buf_free(&blob);
    tally_clusterer_free(c);
}

/* Without a publication date, a dateline among the first lines stands for it (the blob keeps the day as a
 * little-endian int32 after the 4-byte magic). */
static void dateline_is_publication_day(void)
{
    static const char text[] = "Miners trapped in Norvania\nMarch 12, 2031 | 8:20 am\nRescuers were trying to "
                               "reach 240 miners, Dalia Fenwick said on Tuesday.";
    tally_buf blob = {0};
    CHECK(tally_event_features(NULL, text, strlen(text), TALLY_NODAY, &blob) == TALLY_OK);
    CHECK(blob.len > 8);
    const unsigned char *p = (const unsigned char *)blob.s;
    int32_t day = (int32_t)((uint32_t)p[4] | (uint32_t)p[5] << 8 | (uint32_t)p[6] << 16 | (uint32_t)p[7] << 24);
    CHECK(day == tally_day_from_ymd(2031, 3, 12));
    blob.len = 0; /* a date deep in the text is no dateline */
    static const char late[] = "Miners trapped\nRescuers were working.\nStill working.\nOn March 12, 2031 more came.";
    CHECK(tally_event_features(NULL, late, strlen(late), TALLY_NODAY, &blob) == TALLY_OK);
    p = (const unsigned char *)blob.s;
    day = (int32_t)((uint32_t)p[4] | (uint32_t)p[5] << 8 | (uint32_t)p[6] << 16 | (uint32_t)p[7] << 24);
    CHECK(day == TALLY_NODAY);
    tally_buf_free(&blob);
}

/* Months later, a story that shares four rare names (victim, suspect, town, detective) with a shooting is a
 * follow-up of it even without naming its day; in a corpus of a handful of documents nothing is rare. */
static const char s1[] =
    "Marla Quenby, 34, was shot dead outside a bakery in Harrowgate on Sunday night, police said.\n"
    "Detective Ines Caraway said a man, Dorian Velt, was arrested nearby with a handgun.";
static const char s2[] =
    "Harrowgate police charged Dorian Velt with murder after the shooting of Marla Quenby.\n"
    "Caraway told reporters the two had argued earlier in the evening.";
static const char s_later[] =
    "A jury found Velt guilty of killing Quenby outside the Harrowgate bakery.\n"
    "Caraway, who led the inquiry, said the verdict brought the family some peace.";

/* Adds n filler documents with their own invented names; returns the next docno. */
static int64_t add_fillers(tally_clusterer *c, int n, int32_t day)
{
    tally_buf blob = {0};
    char text[200];
    int64_t ev, dup;
    for (int i = 0; i < n; i++) {
        snprintf(text, sizeof text, "Councillor Ab%c%c opened the %c%cley library in Mor%c%cton after repairs to "
                 "its roof and heating.", 'a' + i % 26, 'a' + i / 26 % 26, 'a' + i % 26, 'a' + i / 26 % 26,
                 'a' + i / 26 % 26, 'a' + i % 26);
        blob.len = 0;
        tally_event_features(NULL, text, strlen(text), day + i % 30, &blob);
        tally_clusterer_add(c, blob.s, blob.len, i, &ev, &dup, NULL, NULL);
    }
    tally_buf_free(&blob);
    return n;
}

static int64_t add_text(tally_clusterer *c, const char *text, int32_t day, int64_t docno)
{
    tally_buf blob = {0};
    int64_t ev = -1, dup;
    tally_event_features(NULL, text, strlen(text), day, &blob);
    CHECK(tally_clusterer_add(c, blob.s, blob.len, docno, &ev, &dup, NULL, NULL) == TALLY_OK);
    tally_buf_free(&blob);
    return ev;
}

static void rare_names_outlast_time(void)
{
    int32_t day = tally_day_from_ymd(2031, 6, 1);
    for (int big = 0; big < 2; big++) {
        tally_clusterer *c = tally_clusterer_new();
        int64_t n = add_fillers(c, big ? 400 : 3, day - 40);
        int64_t e1 = add_text(c, s1, day, n), e2 = add_text(c, s2, day + 1, n + 1);
        int64_t e3 = add_text(c, s_later, day + 120, n + 2);
        CHECK(e1 == e2);
        CHECK(big ? e3 == e1 : e3 != e1);
        tally_clusterer_free(c);
    }
}

/* Whether a feature blob holds the key for str (blob: magic, day, count, signature, then 10-byte keys). */
static bool blob_has(const tally_buf *blob, const char *str)
{
    uint64_t h = XXH3_64bits(str, strlen(str));
    size_t head = 16 + TALLY_MH_K * 4; /* magic, day, key count, year, signature */
    for (size_t at = head; at + 10 <= blob->len; at += 10) {
        uint64_t k = 0;
        for (int b = 7; b >= 0; b--)
            k = k << 8 | (unsigned char)blob->s[at + (size_t)b];
        if (k == h)
            return true;
    }
    return false;
}

/* "6-year-old" and "6 years old" give an age key besides the figure; "6 years" alone does not. */
static void ages_are_keys(void)
{
    tally_buf blob = {0};
    CHECK(tally_event_features(NULL, "A 6-year-old boy was hurt.", 26, TALLY_NODAY, &blob) == TALLY_OK);
    CHECK(blob_has(&blob, "#6y") && blob_has(&blob, "#6"));
    blob.len = 0;
    static const char t2[] = "The victim, 34 years old, and a man aged 6 years later.";
    CHECK(tally_event_features(NULL, t2, strlen(t2), TALLY_NODAY, &blob) == TALLY_OK);
    CHECK(blob_has(&blob, "#34y") && !blob_has(&blob, "#6y"));
    tally_buf_free(&blob);
}

/* A title's site name after a separator is no part of the story; a short title keeps its dash. */
static void title_drops_site_name(void)
{
    tally_buf blob = {0};
    CHECK(tally_event_features("Two hurt in Corvale bridge crash - WXQZ Channel 7 | Corvale", "Two were hurt.", 14,
                               TALLY_NODAY, &blob) == TALLY_OK);
    CHECK(blob_has(&blob, "crash") && !blob_has(&blob, "wxqz") && !blob_has(&blob, "channel"));
    blob.len = 0;
    CHECK(tally_event_features("Fire - Update", "Smoke rose.", 11, TALLY_NODAY, &blob) == TALLY_OK);
    CHECK(blob_has(&blob, "update"));
    tally_buf_free(&blob);
}

/* A victim named in many write-ups of one shooting is still rare for that shooting: only the documents outside
 * its event count. */
static void rare_outside_the_event(void)
{
    int32_t day = tally_day_from_ymd(2031, 6, 1);
    tally_clusterer *c = tally_clusterer_new();
    int64_t n = add_fillers(c, 400, day - 40), e1 = add_text(c, s1, day, n), ok = 1;
    static const char *const more[] = {"Neighbours said they heard four shots.", "A vigil is planned for Friday.",
                                       "The bakery stayed closed on Monday.", "Flowers were left at the door.",
                                       "The city council asked for calm.", "Schools nearby kept pupils inside."};
    char text[400];
    for (int i = 0; i < 6; i++) {
        snprintf(text, sizeof text, "%s\n%s", s2, more[i]);
        ok &= add_text(c, text, day + 1, n + 1 + i) == e1;
    }
    CHECK(ok);
    CHECK(add_text(c, s_later, day + 120, n + 10) == e1);
    tally_clusterer_free(c);
}

/* Two title fights of one champion, told without publication dates: each write-up is about its challenger,
 * whom the other fight's lead never names, so the second fight is another event, while a second write-up of
 * the first joins it. The challenger of the second mostly opens sentences, and is counted all the same.
 * With both publication dates known (and the same) the rule does not apply. */
static const char fight_a1[] =
    "Title holder Arvo Lindqvist kept his heavyweight belts by stopping Dario Montell in the seventh round "
    "at the Brenna Hall in Vessen on Saturday.\n"
    "Lindqvist floored Montell twice with left hooks before the referee ended the bout, and Montell did not "
    "protest. Montell, a former champion, had stepped in as a late replacement.\n"
    "Lindqvist improved his record to 40 wins and two losses; Montell lost for the ninth time.";
static const char fight_a2[] =
    "Dario Montell lasted into the seventh round against Arvo Lindqvist in Vessen before the referee waved the "
    "fight off on Saturday.\n"
    "Montell had hoped to regain the heavyweight title he lost years ago, but Lindqvist was faster and taller. "
    "Montell was down in the sixth round as well.\n"
    "Lindqvist said he wanted a unification fight next; Montell said he would think about retiring.";
static const char fight_b[] =
    "Arvo Lindqvist stopped challenger Kemal Ostrander in the sixth round to keep his heavyweight title belts "
    "on Saturday night.\n"
    "Ostrander was floored by a right hand late in the fifth round. Ostrander got up, but the champion hurt "
    "him again in the sixth. Ostrander took a standing count before the referee stopped the fight.\n"
    "Ostrander, the mandatory challenger, had lost to Lindqvist once before. Lindqvist praised his courage.";

static void other_challenger_other_event(void)
{
    tally_clusterer *c = tally_clusterer_new();
    int64_t n = add_fillers(c, 40, tally_day_from_ymd(2031, 6, 1));
    int64_t ea1 = add_text(c, fight_a1, TALLY_NODAY, n), eb = add_text(c, fight_b, TALLY_NODAY, n + 1);
    int64_t ea2 = add_text(c, fight_a2, TALLY_NODAY, n + 2);
    CHECK(ea1 != eb);
    CHECK(ea2 == ea1);
    tally_clusterer_free(c);
    c = tally_clusterer_new(); /* published the same day, the rule stands aside: the dates agree */
    int32_t day = tally_day_from_ymd(2031, 6, 7);
    n = add_fillers(c, 40, tally_day_from_ymd(2031, 6, 1));
    CHECK(add_text(c, fight_a1, day, n) == add_text(c, fight_b, day, n + 1));
    tally_clusterer_free(c);
    c = tally_clusterer_new(); /* without the rule the two fights are one event: the vocabulary is the same */
    tally_clusterer_params(c)->conflict = 1;
    n = add_fillers(c, 40, tally_day_from_ymd(2031, 6, 1));
    CHECK(add_text(c, fight_a1, TALLY_NODAY, n) == add_text(c, fight_b, TALLY_NODAY, n + 1));
    tally_clusterer_free(c);
}

/* One vote told twice: a dated write-up, and an undated one that names only years long before the other's
 * publication at its start, which makes it a story of an earlier vote of the same kind. A year that is a name's
 * number ("Agenda 2027") says nothing of when the text was written. */
static const char vote_dated[] =
    "Voters in Kessland elected a new parliament on Sunday, the electoral commission in Marrow said, with "
    "turnout at 71 percent.\n"
    "President Ilse Dunmore called the vote a step towards reform, while observers from the Hallen League "
    "said opposition candidates had been kept off the ballot in several districts.";
static const char vote_undated[] =
    "Kessland voted for a new parliament on Sunday in an election that President Ilse Dunmore called a step "
    "towards reform; the electoral commission in Marrow put turnout at 71 percent.\n"
    "Hallen League observers said opposition candidates were kept off the ballot in several districts.\n"
    "%s";

static void years_long_before_another_event(void)
{
    static const char *const tails[] = {"The next vote is due in 2027.", "The next vote is due under Agenda 2027.",
                                        "The next vote is due in 2030.", ""};
    static const bool apart[] = {true, false, false, false};
    char text[800];
    for (int i = 0; i < 4; i++) {
        tally_clusterer *c = tally_clusterer_new();
        int64_t n = add_fillers(c, 40, tally_day_from_ymd(2031, 6, 1));
        snprintf(text, sizeof text, vote_undated, tails[i]);
        int64_t e1 = add_text(c, vote_dated, tally_day_from_ymd(2031, 6, 2), n), e2 = add_text(c, text, TALLY_NODAY, n + 1);
        CHECK((e1 != e2) == apart[i]);
        tally_clusterer_free(c);
    }
}

/* Two undated write-ups of one council vote: the second is about a residents' leader whom the first never
 * names, the first writes "council" often but capitalised only once ("the Dunmere Town Council"): a common
 * word, no one the story is about, so the two are not two happenings. */
static const char pool_a[] =
    "The Dunmere Town Council voted on Monday to close the Westgate swimming pool at the end of the summer, "
    "Mayor Ines Fold said.\n"
    "The council said the pool needs repairs it cannot pay for. The council will sell the site, and the "
    "council has promised a new pool within five years. Swimmers said the council had not listened to them, "
    "and a petition to the council drew 3,000 names.";
static const char pool_b[] =
    "Residents of Dunmere vowed to fight the closure of the Westgate swimming pool after councillors backed "
    "the plan on Monday, residents' leader Tam Greer said.\n"
    "Greer said the pool is the only one in the town. Mayor Ines Fold said the repairs would cost too much. "
    "Greer said a petition drew 3,000 names. Greer asked swimmers to write to the mayor, and Greer will hold a "
    "meeting at the pool on Friday.";

static void capitalised_once_is_no_subject(void)
{
    tally_clusterer *c = tally_clusterer_new();
    int64_t n = add_fillers(c, 40, tally_day_from_ymd(2031, 6, 1));
    CHECK(add_text(c, pool_a, TALLY_NODAY, n) == add_text(c, pool_b, TALLY_NODAY, n + 1));
    tally_clusterer_free(c);
}

/* A mill fire told twice, then another happening (the owner opens a bakery) that shares the owner and the mill's
 * past with the first write-up only: one close member is weaker evidence than two, so it starts an event of
 * its own; scored on its best member alone (second = 0) it would join the fire. */
static const char mill_fire[] =
    "Crews fought a fire at the Korvath Mill in Dunmere overnight. Owner Elsa Brandt said the mill had stood "
    "since the war and would be rebuilt.";
static const char mill_fire2[] = "The Korvath Mill in Dunmere burned overnight as crews fought the flames until dawn.";
static const char bakery[] = "Elsa Brandt opened a bakery on Harrow Street. Brandt said the mill had stood empty since the war.";

static void one_close_member_is_not_enough(void)
{
    for (int second = 0; second < 2; second++) {
        tally_clusterer *c = tally_clusterer_new();
        if (!second)
            tally_clusterer_params(c)->second = 0;
        int64_t e0 = add_text(c, mill_fire, TALLY_NODAY, 0), e1 = add_text(c, mill_fire2, TALLY_NODAY, 1);
        int64_t e2 = add_text(c, bakery, TALLY_NODAY, 2);
        CHECK(e0 == e1);
        CHECK((e2 == e0) == !second);
        tally_clusterer_free(c);
    }
}

int main(void)
{
    RUN(same_event_other_wording);
    RUN(copy_is_duplicate);
    RUN(restore_then_add_equals_add_all);
    RUN(new_ids_are_larger);
    RUN(bad_blob);
    RUN(empty_and_odd_text);
    RUN(many_alike);
    RUN(later_story_needs_the_day);
    RUN(dateline_is_publication_day);
    RUN(rare_names_outlast_time);
    RUN(ages_are_keys);
    RUN(title_drops_site_name);
    RUN(rare_outside_the_event);
    RUN(other_challenger_other_event);
    RUN(years_long_before_another_event);
    RUN(capitalised_once_is_no_subject);
    RUN(one_close_member_is_not_enough);
    TEST_END();
}
