/* test_names.c — a stream's names unified without a database: later spellings take the first one met, other
 * people and one-word names stay as written, and the spellings outlive the names passed in. */
#include "tally.h"
#include "test.h"

static const char *unify(tally_names *n, const char *name)
{
    const char *out = "(unset)";
    CHECK(tally_names_unify(n, name, &out) == TALLY_OK);
    return out;
}

static void later_spellings_take_the_first(void)
{
    tally_names *n = tally_names_new();
    char first[] = "Volodymyr Zelenskyy";
    CHECK_STR(unify(n, first), "Volodymyr Zelenskyy");
    first[0] = 'X'; /* the caller's buffer changes: the registry kept its own copy */
    CHECK_STR(unify(n, "Volodymyr Zelensky"), "Volodymyr Zelenskyy");
    CHECK_STR(unify(n, "VOLODYMYR ZELENSKYY"), "Volodymyr Zelenskyy");
    CHECK_STR(unify(n, "Lee Seong Kwon"), "Lee Seong Kwon");
    CHECK_STR(unify(n, "Lee Seong-kweun"), "Lee Seong Kwon");
    CHECK_STR(unify(n, "Russia's Defence Ministry"), "Russia's Defence Ministry");
    CHECK_STR(unify(n, "Russian Ministry of Defense"), "Russia's Defence Ministry"); /* one body, other order */
    CHECK_STR(unify(n, "Ukrainian Defence Ministry"), "Ukrainian Defence Ministry");
    tally_names_free(n);
}

static void other_names_stay_as_written(void)
{
    tally_names *n = tally_names_new();
    CHECK_STR(unify(n, "Kim Jong Un"), "Kim Jong Un");
    CHECK_STR(unify(n, "Kim Yo Jong"), "Kim Yo Jong");    /* a surname shared is no match */
    CHECK_STR(unify(n, "Olena Zelenska"), "Olena Zelenska"); /* nor a surname's other form */
    CHECK_STR(unify(n, "Iran"), "Iran");
    CHECK_STR(unify(n, "Iron"), "Iron"); /* one word alike is too short a key */
    CHECK(unify(n, NULL) == NULL);
    tally_names_free(n);
    tally_names_free(NULL);
}

int main(void)
{
    RUN(later_spellings_take_the_first);
    RUN(other_names_stay_as_written);
    TEST_END();
}
