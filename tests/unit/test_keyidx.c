/* test_keyidx.c — the hash index behind the timeline: every value filed under a key is found again, newest
 * first, after the table has grown, and keys sharing a bucket stay apart; names hash case-blind. */
#include "keyidx.h"
#include "test.h"

static void values_found_again_after_growth(void)
{
    enum { N = 5000 };
    tally_keyidx ix = {0};
    for (size_t i = 0; i < N; i++)
        CHECK(tally_keyidx_add(&ix, i % 7 == 0 ? 42 : tally_int_hash(0, (int64_t)i), i) == TALLY_OK);
    size_t n = 0, last = SIZE_MAX;
    for (size_t e = tally_keyidx_next(&ix, 42, 0); e; e = tally_keyidx_next(&ix, 42, e), n++) {
        CHECK(ix.val.v[e - 1] % 7 == 0 && ix.val.v[e - 1] < last); /* newest first */
        last = ix.val.v[e - 1];
    }
    CHECK(n == (N + 6) / 7);
    size_t e = tally_keyidx_next(&ix, tally_int_hash(0, 4999), 0);
    CHECK(e && ix.val.v[e - 1] == 4999 && !tally_keyidx_next(&ix, tally_int_hash(0, 4999), e));
    CHECK(!tally_keyidx_next(&ix, 43, 0));
    tally_keyidx_free(&ix);
    CHECK(!tally_keyidx_next(&ix, 42, 0));
}

static void keys_of_one_bucket_stay_apart(void)
{
    tally_keyidx ix = {0};
    CHECK(tally_keyidx_add(&ix, 1, 10) == TALLY_OK);
    CHECK(tally_keyidx_add(&ix, 1 + 64 * 1024, 20) == TALLY_OK); /* the same bucket at any table size */
    size_t e = tally_keyidx_next(&ix, 1, 0);
    CHECK(e && ix.val.v[e - 1] == 10 && !tally_keyidx_next(&ix, 1, e));
    tally_keyidx_free(&ix);
}

static void names_hash_case_blind(void)
{
    CHECK(tally_fold_hash(0, "Health Ministry") == tally_fold_hash(0, "health MINISTRY"));
    CHECK(tally_fold_hash(0, "Health Ministry") != tally_fold_hash(0, "Health Ministry 2"));
    CHECK(tally_fold_hash(0, NULL) != tally_fold_hash(0, ""));
    CHECK(tally_fold_hash(1, "a") != tally_fold_hash(2, "a"));
    const char *long_name = "The Ministry of Internal Affairs and Communications of the Federal Republic, Annex";
    CHECK(tally_fold_hash(0, long_name) != tally_fold_hash(0, "The Ministry of Internal Affairs and Communications"));
}

int main(void)
{
    RUN(values_found_again_after_growth);
    RUN(keys_of_one_bucket_stay_apart);
    RUN(names_hash_case_blind);
    TEST_END();
}
