/* test_minhash.c — MinHash signatures, the LSH band index and the capped multimap. */
#include "minhash.h"
#include "tally.h"
#include "test.h"
#include <stdlib.h>

static const char story[] =
    "The harbour authority of Port Wendell closed the northern pier on Thursday after a crane collapsed "
    "onto a cargo ship during a storm. Two dock workers were treated for minor injuries, a spokesman said. "
    "Engineers will inspect the remaining cranes before the pier reopens, which could take 12 days. "
    "Shipping companies were told to divert vessels to the southern terminal in the meantime. "
    "The crane, built in 1987, was due to be replaced next spring under a modernisation plan. "
    "Local fishermen said the wind had been the strongest they could remember in years.";

/* The same story edited as agencies do: a sentence dropped, two swapped, a figure changed, a line added. */
static const char edited[] =
    "The harbour authority of Port Wendell closed the northern pier on Thursday after a crane collapsed "
    "onto a cargo ship during a storm. Two dock workers were treated for minor injuries, a spokesman said. "
    "Shipping companies were told to divert vessels to the southern terminal in the meantime. "
    "Engineers will inspect the remaining cranes before the pier reopens, which could take 14 days. "
    "The crane, built in 1987, was due to be replaced next spring under a modernisation plan. "
    "Local fishermen said the wind had been the strongest they could remember in years. "
    "Sign up for our newsletter to get the morning headlines.";

static const char other[] =
    "A violin maker from the hill village of Aster Combe has won the national craft prize for an instrument "
    "carved from a fallen walnut tree. Judges praised its warm tone and careful varnish, and a concert "
    "violinist is expected to play it at the spring festival.";

static void identical_is_one(void)
{
    tally_minhash a, b;
    tally_minhash_text(story, sizeof story - 1, &a);
    tally_minhash_text(story, sizeof story - 1, &b);
    CHECK_NUM(tally_minhash_jaccard(&a, &b), 1);
}

static void disjoint_is_near_zero(void)
{
    tally_minhash a, b;
    tally_minhash_text(story, sizeof story - 1, &a);
    tally_minhash_text(other, sizeof other - 1, &b);
    CHECK(tally_minhash_jaccard(&a, &b) < 0.1);
}

static void empty_text(void)
{
    tally_minhash a, b;
    tally_minhash_text("", 0, &a);
    tally_minhash_text(" ... ", 5, &b);
    CHECK_NUM(tally_minhash_jaccard(&a, &b), 0);
    tally_lsh l;
    tally_lsh_init(&l);
    CHECK(tally_lsh_add(&l, &a, 1) == TALLY_OK);
    uint32_t out[8];
    CHECK(tally_lsh_query(&l, &b, out, 8) == 0);
    tally_lsh_free(&l);
}

static void short_text_is_one_shingle(void)
{
    tally_minhash a, b, c;
    tally_minhash_text("Storm closes pier", 17, &a);
    tally_minhash_text("storm closes  pier!", 19, &b);
    tally_minhash_text("Storm closes port", 17, &c);
    CHECK_NUM(tally_minhash_jaccard(&a, &b), 1);
    CHECK(tally_minhash_jaccard(&a, &c) < 0.1);
}

static void edited_copy_found(void)
{
    tally_minhash a, b, c;
    tally_minhash_text(story, sizeof story - 1, &a);
    tally_minhash_text(edited, sizeof edited - 1, &b);
    tally_minhash_text(other, sizeof other - 1, &c);
    CHECK(tally_minhash_jaccard(&a, &b) >= TALLY_DUP_JACCARD);
    tally_lsh l;
    tally_lsh_init(&l);
    CHECK(tally_lsh_add(&l, &a, 7) == TALLY_OK);
    CHECK(tally_lsh_add(&l, &c, 9) == TALLY_OK);
    uint32_t out[16];
    size_t n = tally_lsh_query(&l, &b, out, 16);
    CHECK(n == 1 && out[0] == 7);
    tally_lsh_free(&l);
}

static void postings_newest_first(void)
{
    tally_postings p;
    tally_postings_init(&p);
    for (uint32_t i = 0; i < 5000; i++)
        CHECK(tally_postings_add(&p, i % 3 == 0 ? 0 : 1000 + (uint64_t)i, i) == TALLY_OK); /* key 0 is a valid key */
    uint32_t out[4];
    CHECK(tally_postings_count(&p, 0) == 1667);
    CHECK(tally_postings_get(&p, 0, out, 4) == 4);
    CHECK(out[0] == 4998 && out[1] == 4995);
    CHECK(tally_postings_count(&p, 12345) == 0);
    CHECK(tally_postings_get(&p, 12345, out, 4) == 0);
    tally_postings_free(&p);
}

/* Every count, read to every depth, gives the newest ids in order, across the blocks that hold them. */
static void postings_every_depth(void)
{
    tally_postings p;
    tally_postings_init(&p);
    uint32_t out[200];
    bool ok = true;
    for (uint32_t i = 0; i < 150; i++) {
        CHECK(tally_postings_add(&p, 7, 1000 + i) == TALLY_OK);
        CHECK(tally_postings_add(&p, 8 + i, i) == TALLY_OK); /* other keys interleave their blocks */
        for (size_t cap = 0; cap <= i + 2; cap++) {
            size_t n = tally_postings_get(&p, 7, out, cap);
            ok = ok && n == (cap < i + 1 ? cap : i + 1);
            for (size_t k = 0; k < n; k++)
                ok = ok && out[k] == 1000 + i - k;
        }
    }
    CHECK(ok);
    CHECK(tally_postings_count(&p, 7) == 150 && tally_postings_count(&p, 9) == 1);
    tally_postings_free(&p);
}

/* Pathological: 20,000 copies of one text fill the same buckets; a query still reads a bounded number. */
static void capped_fanout(void)
{
    tally_minhash a;
    tally_minhash_text(story, sizeof story - 1, &a);
    tally_lsh l;
    tally_lsh_init(&l);
    for (uint32_t i = 0; i < 20000; i++)
        CHECK(tally_lsh_add(&l, &a, i) == TALLY_OK);
    uint32_t out[TALLY_LSH_BANDS * TALLY_LSH_FANOUT];
    size_t n = tally_lsh_query(&l, &a, out, sizeof out / sizeof *out);
    CHECK(n == TALLY_LSH_FANOUT && out[n - 1] == 19999);
    tally_lsh_free(&l);
}

int main(void)
{
    RUN(identical_is_one);
    RUN(postings_every_depth);
    RUN(disjoint_is_near_zero);
    RUN(empty_text);
    RUN(short_text_is_one_shingle);
    RUN(edited_copy_found);
    RUN(postings_newest_first);
    RUN(capped_fanout);
    TEST_END();
}
