/* test_events_settle.c — settling a batch: documents whose event was unsure are decided again once the rest of
 * the batch is in (cluster.c, tally_clusterer_settle). Invented news items. */
#include "cluster.h"
#include "test.h"
#include <stdlib.h>
#include <string.h>

/* Three write-ups of one flood, the third close to both others. */
static const char f1[] =
    "The Tarrow river burst its banks at Millbeck on Sunday, forcing 400 families from their homes, "
    "county officer Anja Holdsworth said.\n"
    "Holdsworth said the Millbeck bridge was closed and that boats from Dunmere were taking people to a school "
    "gym. The Tarrow rose by three metres overnight.";
static const char f2[] =
    "About 400 households left Millbeck after the Tarrow flooded the lower town on Sunday, said Anja "
    "Holdsworth, who runs the county's emergency office.\n"
    "Rescue boats sent from Dunmere worked through the night; the Millbeck bridge stays shut.";
static const char f3[] =
    "Anja Holdsworth said on Sunday that 400 families had fled Millbeck when the Tarrow burst its banks, and that "
    "boats from Dunmere were ferrying people to a school gym.\n"
    "The Millbeck bridge was closed after the Tarrow rose three metres overnight.";
static const char f4[] =
    "Boats from Dunmere ferried people out of Millbeck on Sunday after the Tarrow flooded the town; Anja "
    "Holdsworth of the county emergency office said 400 families had left.\n"
    "The Millbeck bridge is closed and a school gym has become a shelter.";
static const char f5[] =
    "In Millbeck, 400 families spent Sunday night in a school gym after the Tarrow burst its banks, Anja "
    "Holdsworth said.\n"
    "The river rose three metres overnight and the Millbeck bridge was shut; boats came from Dunmere.";
/* Another happening, to keep apart. */
static const char g1[] =
    "A fire destroyed a grain store at Quenby farm near Ashgrove on Thursday; firefighter Colm Baird said "
    "nobody was hurt and 90 tonnes of barley were lost.";
static const char g2[] =
    "Firefighter Colm Baird said 90 tonnes of barley were lost when fire swept through a grain store at Quenby "
    "farm outside Ashgrove on Thursday. No one was injured.";
static const char h1[] =
    "A barn full of hay burned down at Ellerby farm near Corsham on Tuesday, and fire officer Nina Pryce said "
    "twelve calves were led out of the next shed in time.";
static const char h2[] =
    "Nina Pryce, the fire officer at Corsham, said a hay barn at Ellerby farm was lost on Tuesday but that "
    "twelve calves had been saved from the shed beside it.";
static const char both[] =
    "Two farm fires in one week: a hay barn burned at Ellerby farm near Corsham on Tuesday, where twelve calves "
    "were saved, and on Thursday a grain store at Quenby farm near Ashgrove was destroyed with 90 tonnes of "
    "barley, fire officers Nina Pryce and Colm Baird said.";
/* Short tellings of the flood, without its names: one close to both write-ups, one close to only the first. */
static const char f_both[] =
    "400 families left their homes when the river burst its banks, flooded the lower town and rose three metres; "
    "rescue boats worked through the night, taking people to a school gym, and the bridge stays shut.";
static const char f_one[] =
    "The river burst its banks and rose three metres overnight, forcing 400 families from their homes; the bridge "
    "was closed and rescue boats took people to a school gym.";
static const char *const filler[] = {
    "The city council of Marlow approved a new budget for public libraries, adding funds for evening opening "
    "hours and a mobile library van for outlying villages.",
    "A violin maker from Aster Combe won the national craft prize for an instrument carved from a fallen "
    "walnut tree; judges praised its warm tone.",
    "The football club Rovers United signed the striker Paolo Verdi on a three-year contract after his loan "
    "spell ended.",
};

static int64_t moved_doc = -1, moved_to = -1;
static int nmoves;
static void on_move(void *arg, int64_t docno, int64_t event)
{
    (void)arg;
    nmoves++;
    moved_doc = docno;
    moved_to = event;
}

static int64_t add(tally_clusterer *c, const char *text, int64_t docno)
{
    tally_buf blob = {0};
    int64_t ev = -1, dup = -1;
    CHECK(tally_event_features(NULL, text, strlen(text), TALLY_NODAY, &blob) == TALLY_OK);
    CHECK(tally_clusterer_add(c, blob.s, blob.len, docno, &ev, &dup, NULL, NULL) == TALLY_OK);
    tally_buf_free(&blob);
    return ev;
}

static void restore(tally_clusterer *c, const char *text, int64_t docno, int64_t event)
{
    tally_buf blob = {0};
    CHECK(tally_event_features(NULL, text, strlen(text), TALLY_NODAY, &blob) == TALLY_OK);
    CHECK(tally_clusterer_restore(c, blob.s, blob.len, docno, event) == TALLY_OK);
    tally_buf_free(&blob);
}

/* A clusterer holding the three unrelated filler articles an earlier run stored, each its own event. */
static tally_clusterer *with_fillers(void)
{
    tally_clusterer *c = tally_clusterer_new();
    for (int i = 0; i < 3; i++)
        restore(c, filler[i], i, i);
    return c;
}

/* The fillers and two fires of one week, each told twice (events 3 and 5). */
static tally_clusterer *two_fires(void)
{
    tally_clusterer *c = with_fillers();
    restore(c, g1, 3, 3);
    restore(c, g2, 4, 3);
    restore(c, h1, 5, 5);
    restore(c, h2, 6, 5);
    return c;
}

/* An earlier run left two write-ups of the flood apart (their link was too weak then); a third close to both
 * joins one, and at settle the other moves to it. The fire stays alone. */
static void late_partner_moves_the_stranded_one(void)
{
    tally_clusterer *c = with_fillers();
    restore(c, f1, 3, 3);
    restore(c, f2, 4, 4);
    restore(c, g1, 5, 5);
    int64_t ev = add(c, f3, 6);
    CHECK(ev == 3 || ev == 4);
    nmoves = 0;
    CHECK(tally_clusterer_settle(c, on_move, NULL) == TALLY_OK);
    CHECK(nmoves == 1);
    CHECK(moved_doc == (ev == 3 ? 4 : 3));
    CHECK(moved_to == ev);
    nmoves = 0; /* a second settle has nothing left to decide */
    CHECK(tally_clusterer_settle(c, on_move, NULL) == TALLY_OK);
    CHECK(nmoves == 0);
    tally_clusterer_free(c);
}

/* An earlier run left the flood in two events of two write-ups each; a fifth write-up close to all of them
 * joins one, and at settle every member of the other would join it too: the two merge. The fire stays. */
static void two_halves_merge(void)
{
    tally_clusterer *c = with_fillers();
    restore(c, f1, 3, 3);
    restore(c, f2, 4, 3);
    restore(c, f4, 5, 5);
    restore(c, f5, 6, 5);
    restore(c, g1, 7, 7);
    int64_t ev = add(c, f3, 8);
    CHECK(ev == 3 || ev == 5);
    nmoves = 0;
    CHECK(tally_clusterer_settle(c, on_move, NULL) == TALLY_OK);
    CHECK(nmoves == 2);
    CHECK(moved_to == ev);
    tally_clusterer_free(c);
}

/* Two fires of one week, each told twice, and a round-up that names both: the round-up may join either, but
 * the write-ups of one fire would not join the other's, so the two stay apart. */
static void round_up_does_not_merge(void)
{
    tally_clusterer *c = two_fires();
    add(c, both, 7);
    nmoves = 0;
    CHECK(tally_clusterer_settle(c, on_move, NULL) == TALLY_OK);
    CHECK(nmoves == 0);
    tally_clusterer_free(c);
}

/* Added in one batch, the three write-ups are one event at once and settle moves nothing. */
static void settled_batch_stays(void)
{
    tally_clusterer *c = tally_clusterer_new();
    for (int i = 0; i < 3; i++)
        add(c, filler[i], i);
    int64_t e1 = add(c, f1, 3), e2 = add(c, f2, 4), e3 = add(c, f3, 5), e4 = add(c, g1, 6);
    nmoves = 0;
    CHECK(tally_clusterer_settle(c, on_move, NULL) == TALLY_OK);
    CHECK(nmoves == 0);
    CHECK(e1 == e2 && e2 == e3 && e4 != e1);
    tally_clusterer_free(c);
}

static int64_t final_event[8];
static void track(void *arg, int64_t docno, int64_t event)
{
    (void)arg;
    final_event[docno] = event;
}

/* The flood told twice (restored), the fire, and a short telling added: its event once the batch is settled. */
static int64_t settled_short(const char *text, double lone_margin)
{
    tally_clusterer *c = with_fillers();
    tally_clusterer_params(c)->lone_margin = lone_margin;
    restore(c, f1, 3, 3);
    restore(c, f2, 4, 3);
    restore(c, g1, 5, 5);
    final_event[6] = add(c, text, 6);
    CHECK(tally_clusterer_settle(c, track, NULL) == TALLY_OK);
    tally_clusterer_free(c);
    return final_event[6];
}

/* A short telling that scores the flood a little under the threshold, close to both its write-ups and to nothing
 * else, ends in it; with lone_margin 0 it ends alone. One close to only one of the two (the storyline's next
 * happening recalls one write-up) stays alone. */
static void lone_near_miss_joins(void)
{
    CHECK(settled_short(f_both, 0.04) == 3);
    int64_t ev = settled_short(f_both, 0);
    CHECK(ev != 3 && ev != 5);
    ev = settled_short(f_one, 0.04);
    CHECK(ev != 3 && ev != 5);
}

/* A lone write-up near two events alike (the round-up of both fires, each fire told twice) joins neither. */
static void lone_between_two_stays(void)
{
    tally_clusterer *c = two_fires();
    tally_clusterer_params(c)->lone_margin = 0.2; /* whatever its score, the two are too close to choose */
    tally_clusterer_params(c)->threshold = 0.9; /* the round-up stays alone when added */
    add(c, both, 7);
    tally_clusterer_params(c)->threshold = 0.25;
    tally_clusterer_params(c)->merge_min = 0;
    nmoves = 0;
    CHECK(tally_clusterer_settle(c, on_move, NULL) == TALLY_OK);
    CHECK(nmoves == 0);
    tally_clusterer_free(c);
}

int main(void)
{
    RUN(late_partner_moves_the_stranded_one);
    RUN(two_halves_merge);
    RUN(round_up_does_not_merge);
    RUN(settled_batch_stays);
    RUN(lone_near_miss_joins);
    RUN(lone_between_two_stays);
    TEST_END();
}
