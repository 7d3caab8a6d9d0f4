/* test_orgkey.c — a country's body keyed alike in every order of its name; other countries' bodies and bodies
 * with no country apart. */
#include "orgkey.h"
#include "test.h"

static const char *key(const char *name)
{
    static char out[256]; /* one test thread: the last key only is read */
    return tally_org_key(name, out, sizeof out) ? out : "(none)";
}

static void orders_of_one_name(void)
{
    CHECK_STR(key("Russia's Defence Ministry"), "Russia:defence ministry");
    CHECK_STR(key("Russian Defence Ministry"), "Russia:defence ministry");
    CHECK_STR(key("Russian Ministry of Defense"), "Russia:defence ministry");
    CHECK_STR(key("Defence Ministry in Moscow"), "Russia:defence ministry");
    CHECK_STR(key("Russia\xe2\x80\x99s defense ministry"), "Russia:defence ministry");
    CHECK_STR(key("Gaza's health ministry"), "Gaza:health ministry");
    CHECK_STR(key("health ministry in Gaza"), "Gaza:health ministry");
    CHECK_STR(key("Gaza Health Ministry"), "Gaza:health ministry");
    CHECK_STR(key("Ministry of Health in Gaza"), "Gaza:health ministry");
    CHECK_STR(key("ministry of health in Gaza"), "Gaza:health ministry");
    CHECK_STR(key("Health Ministry in Hamas-ruled Gaza"), "Gaza:health ministry");
    CHECK_STR(key("South Korean military"), "South Korea:military");
    CHECK_STR(key("Beijing's foreign ministry"), "China:foreign ministry"); /* a capital after: its country */
    CHECK_STR(key("Ministry of Defence of Ukraine"), "Ukraine:defence ministry");
}

static void other_bodies_apart(void)
{
    CHECK_STR(key("Ukrainian Defence Ministry"), "Ukraine:defence ministry");
    CHECK_STR(key("Defence Ministry"), "(none)");           /* no country: whose is unknown */
    CHECK_STR(key("Palestinian Health Ministry"), "Palestine:health ministry"); /* not Gaza's */
    CHECK_STR(key("Moscow police"), "(none)");              /* a capital first: the city's own body */
    CHECK_STR(key("North Korean"), "(none)");
    CHECK_STR(key("Hamas-run health ministry"), "(none)");
    CHECK_STR(key("Russia's Vladimir Putin"), "(none)");    /* a person, no body word */
    CHECK_STR(key("Ministry of Defence"), "(none)");        /* "of" a word that is no place */
    CHECK_STR(key("Hamas's military wing"), "(none)");      /* no country */
    CHECK_STR(key(""), "(none)");
    char small[8];
    CHECK(!tally_org_key("Russian Defence Ministry", small, sizeof small)); /* does not fit */
}

int main(void)
{
    RUN(orders_of_one_name);
    RUN(other_bodies_apart);
    TEST_END();
}
