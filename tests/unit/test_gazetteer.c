/* test_gazetteer.c — places from iso-codes and data/places.tsv, with the country that holds them. */
#include "gazetteer.h"
#include "test.h"
#include <stdlib.h>
#include <string.h>

static const tally_place *find(const tally_gaz *g, const char *name)
{
    return tally_gaz_find(g, name, strlen(name));
}

static tally_gaz *load(void)
{
    return tally_gaz_load(getenv("TALLY_ISO_CODES"));
}

static void countries_have_no_country(void)
{
    tally_gaz *g = load();
    const tally_place *p = find(g, "north korea");
    CHECK(p && strcmp(p->kind, "country") == 0 && !p->country);
    CHECK_STR(p ? p->name : NULL, "North Korea");
    tally_gaz_free(g);
}

static void subdivisions_know_their_country(void)
{
    tally_gaz *g = load();
    const tally_place *p = find(g, "Texas");
    CHECK(p && strcmp(p->kind, "place") == 0);
    CHECK_STR(p ? p->country : NULL, "United States");
    p = find(g, "Donetska oblast");
    CHECK_STR(p ? p->country : NULL, "Ukraine");
    tally_gaz_free(g);
}

/* "Kurskaja oblast'" is the Kursk region; "Belgorodskaja" gives no city, since -sk may belong to it. */
static void regions_named_by_adjective_give_their_city(void)
{
    tally_gaz *g = load();
    const tally_place *p = find(g, "Kursk");
    CHECK_STR(p ? p->name : NULL, "Kursk");
    CHECK_STR(p ? p->country : NULL, "Russia");
    p = find(g, "Luhansk");
    CHECK_STR(p ? p->country : NULL, "Ukraine");
    CHECK(!find(g, "Belgorod"));
    CHECK(!find(g, "Kur"));
    tally_gaz_free(g);
}

static void builtin_rows_win(void)
{
    tally_gaz *g = load();
    const tally_place *p = find(g, "DPRK");
    CHECK_STR(p ? p->name : NULL, "North Korea");
    p = find(g, "Gaza");
    CHECK_STR(p ? p->country : NULL, "Palestine");
    tally_gaz_free(g);
}

static void missing_iso_files_leave_builtin_rows(void)
{
    tally_gaz *g = tally_gaz_load("/nonexistent");
    CHECK(g && find(g, "Pyongyang") && !find(g, "Texas"));
    tally_gaz_free(g);
}

/* The built-in names of countries, without loading anything: exact words only. */
static void builtin_country_words(void)
{
    const char *c = tally_gaz_builtin_country("DPRK", 4);
    CHECK_STR(c, "North Korea");
    c = tally_gaz_builtin_country("Moscow", 6);
    CHECK_STR(c, "Russia");
    CHECK(!tally_gaz_builtin_country("dprk", 4));
    CHECK(!tally_gaz_builtin_country("Gaza", 4)); /* a place, not a country */
}

int main(void)
{
    RUN(countries_have_no_country);
    RUN(subdivisions_know_their_country);
    RUN(regions_named_by_adjective_give_their_city);
    RUN(builtin_rows_win);
    RUN(missing_iso_files_leave_builtin_rows);
    RUN(builtin_country_words);
    TEST_END();
}
