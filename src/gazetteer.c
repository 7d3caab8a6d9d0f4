/* gazetteer.c — an open-addressing hash table (XXH3 of the lower-cased phrase, linear probing, load under
 * one half) from names to places. Filled once per context from iso-codes JSON (jansson) and a small TSV. */
#include "gazetteer.h"
#include "arena.h"
#include "text.h"
#include <jansson.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <xxhash.h>

typedef struct slot {
    const char *key; /* lower case */
    tally_place place;
} slot;

typedef struct country_code {
    char alpha2[3];
    const char *canon;
} country_code;

struct tally_gaz {
    tally_arena arena;
    slot *slots;
    size_t cap, n;
    country_code *codes; /* ISO 3166-1 alpha-2 -> canonical name, so subdivisions know their country */
    size_t ncodes;
};

/* Lower-cases s[0..n) into out with runs of spaces collapsed; returns the length. */
static size_t fold(const char *s, size_t n, char *out, size_t cap)
{
    size_t k = 0;
    for (size_t i = 0; i < n && k + 1 < cap; i++) {
        char c = (char)tally_lower((unsigned char)s[i]);
        if (c == ' ' && (k == 0 || out[k - 1] == ' '))
            continue;
        out[k++] = c;
    }
    while (k && out[k - 1] == ' ')
        k--;
    out[k] = '\0';
    return k;
}

static int grow(tally_gaz *g)
{
    size_t cap = g->cap ? g->cap * 2 : 1024;
    slot *s = calloc(cap, sizeof *s);
    if (!s)
        return -1;
    for (size_t i = 0; i < g->cap; i++) {
        if (!g->slots[i].key)
            continue;
        size_t h = XXH3_64bits(g->slots[i].key, strlen(g->slots[i].key)) & (cap - 1);
        while (s[h].key)
            h = (h + 1) & (cap - 1);
        s[h] = g->slots[i];
    }
    free(g->slots);
    g->slots = s;
    g->cap = cap;
    return 0;
}

static int put(tally_gaz *g, const char *name, const char *canon, const char *kind, const char *country)
{
    char key[256];
    size_t n = fold(name, strlen(name), key, sizeof key);
    if (n == 0 || tally_gaz_find(g, key, n))
        return 0;
    if ((g->n + 1) * 2 > g->cap && grow(g) != 0)
        return -1;
    size_t h = XXH3_64bits(key, n) & (g->cap - 1);
    while (g->slots[h].key)
        h = (h + 1) & (g->cap - 1);
    slot *s = &g->slots[h];
    s->key = tally_arena_strndup(&g->arena, key, n);
    s->place.name = tally_arena_strdup(&g->arena, canon);
    s->place.kind = kind;
    s->place.country = country ? tally_arena_strdup(&g->arena, country) : NULL;
    if (!s->key || !s->place.name)
        return -1;
    g->n++;
    return 0;
}

static const char *jstr(json_t *o, const char *k)
{
    return json_string_value(json_object_get(o, k));
}

/* Remembers a country's alpha-2 code; its canonical name is the one the table gives the country's name. */
static int add_code(tally_gaz *g, const char *alpha2, const char *canon)
{
    if (!alpha2 || strlen(alpha2) != 2 || !canon)
        return 0;
    char key[256];
    size_t n = fold(canon, strlen(canon), key, sizeof key);
    const tally_place *p = tally_gaz_find(g, key, n);
    country_code *cc = &g->codes[g->ncodes++];
    memcpy(cc->alpha2, alpha2, 3);
    cc->canon = p ? p->name : tally_arena_strdup(&g->arena, canon);
    return cc->canon ? 0 : -1;
}

/* The canonical name of the country a subdivision code ("RU-KRS") belongs to, or NULL. */
static const char *country_of_code(const tally_gaz *g, const char *code)
{
    for (size_t i = 0; code && strlen(code) > 2 && i < g->ncodes; i++)
        if (strncmp(g->codes[i].alpha2, code, 2) == 0)
            return g->codes[i].canon;
    return NULL;
}

/* Countries: canonical is the common name where ISO gives one ("North Korea"), else the name. */
static int load_countries(tally_gaz *g, const char *path)
{
    json_t *root = json_load_file(path, 0, NULL);
    json_t *list = json_object_get(root, "3166-1");
    size_t i;
    json_t *c;
    int rc = 0;
    g->codes = calloc(json_array_size(list) + 1, sizeof *g->codes);
    if (!g->codes && json_array_size(list))
        rc = -1;
    json_array_foreach(list, i, c) {
        const char *canon = jstr(c, "common_name") ? jstr(c, "common_name") : jstr(c, "name");
        const char *names[] = {jstr(c, "common_name"), jstr(c, "name"), jstr(c, "official_name")};
        for (size_t k = 0; k < 3 && rc == 0; k++)
            if (names[k] && canon)
                rc = put(g, names[k], canon, "country", NULL);
        rc = rc == 0 ? add_code(g, jstr(c, "alpha_2"), canon) : rc;
    }
    json_decref(root);
    return rc;
}

/* Subdivision names that are everyday words ("North", "Western", "Central"): never places alone. */
static bool generic(const char *name)
{
    static const char *const words[] = {"North", "South", "East", "West", "Northern", "Southern", "Eastern",
                                        "Western", "Central", "Center", "Centre", "Capital", "Coast", "Islands",
                                        "Island", "Lakes", "Valley", "Upper", "Lower", "Middle", "Interior",
                                        "Southeast", "Southwest", "Northeast", "Northwest", "Federal", "Metropolitan"};
    for (size_t i = 0; i < sizeof words / sizeof *words; i++)
        if (strcmp(name, words[i]) == 0)
            return true;
    return false;
}

/* A region named after its city by an adjective the ISO list transliterates: Russian "Kurskaja oblast'"
 * and Ukrainian "Donetska oblast" are the Kursk and Donetsk regions. Only the city names in -sk are
 * recovered ("Belgorodskaja" could be Belgorod or a -sk city); others give no short name. */
static size_t region_city(const char *name, char *out, size_t cap)
{
    static const char *const ends[] = {"skaja oblast'", "skaya oblast'", "ska oblast"};
    size_t n = strlen(name);
    for (size_t k = 0; k < 3; k++) {
        size_t e = strlen(ends[k]);
        if (n > e + 1 && n - e + 2 < cap && strcmp(name + n - e, ends[k]) == 0 && !memchr(name, '\'', n - e)) {
            memcpy(out, name, n - e + 2); /* keeps "sk" */
            out[n - e + 2] = '\0';
            return n - e + 2;
        }
    }
    return 0;
}

/* Subdivisions whose ISO name is plain English-usable (no apostrophes or transliteration marks), with the
 * country they lie in. */
static int load_subdivisions(tally_gaz *g, const char *path)
{
    json_t *root = json_load_file(path, 0, NULL);
    json_t *list = json_object_get(root, "3166-2");
    size_t i;
    json_t *c;
    int rc = 0;
    json_array_foreach(list, i, c) {
        const char *name = jstr(c, "name"), *country = country_of_code(g, jstr(c, "code"));
        char city[64];
        if (rc == 0 && name && !strpbrk(name, "'(),") && strlen(name) > 3 && !generic(name))
            rc = put(g, name, name, "place", country);
        if (rc == 0 && name && region_city(name, city, sizeof city))
            rc = put(g, city, city, "place", country);
    }
    json_decref(root);
    return rc;
}

/* Rows of data/places.tsv: name, canonical, kind, country. */
static const char *const builtin[][4] = {
#include "places.inc"
};

const char *tally_gaz_builtin_country(const char *s, size_t n)
{
    for (size_t i = 0; i < sizeof builtin / sizeof *builtin; i++)
        if (strcmp(builtin[i][2], "country") == 0 && strlen(builtin[i][0]) == n && memcmp(builtin[i][0], s, n) == 0)
            return builtin[i][1];
    return NULL;
}

const char *tally_gaz_builtin_place(const char *s, size_t n, bool *own_name)
{
    for (size_t i = 0; i < sizeof builtin / sizeof *builtin; i++) {
        const char *const *row = builtin[i];
        if (strlen(row[0]) != n || memcmp(row[0], s, n) != 0)
            continue;
        bool country = strcmp(row[2], "country") == 0;
        *own_name = !country || strcmp(row[0], row[1]) == 0;
        return country ? row[1] : row[0];
    }
    return NULL;
}

static int load_builtin(tally_gaz *g)
{
    int rc = 0;
    for (size_t i = 0; rc == 0 && i < sizeof builtin / sizeof *builtin; i++)
        rc = put(g, builtin[i][0], builtin[i][1], strcmp(builtin[i][2], "country") == 0 ? "country" : "place",
                 builtin[i][3]);
    return rc;
}

tally_gaz *tally_gaz_load(const char *dir)
{
    tally_gaz *g = calloc(1, sizeof *g);
    if (!g || grow(g) != 0) {
        free(g);
        return NULL;
    }
    char path[512];
    dir = dir ? dir : "/usr/share/iso-codes/json";
    int rc = load_builtin(g); /* first: its canonical names win */
    snprintf(path, sizeof path, "%s/iso_3166-1.json", dir);
    if (rc == 0)
        rc = load_countries(g, path);
    snprintf(path, sizeof path, "%s/iso_3166-2.json", dir);
    if (rc == 0)
        rc = load_subdivisions(g, path);
    if (rc != 0) {
        tally_gaz_free(g);
        return NULL;
    }
    return g;
}

void tally_gaz_free(tally_gaz *g)
{
    if (!g)
        return;
    free(g->slots);
    free(g->codes);
    tally_arena_free(&g->arena);
    free(g);
}

const tally_place *tally_gaz_find(const tally_gaz *g, const char *s, size_t n)
{
    char key[256];
    if (!g || n >= sizeof key)
        return NULL;
    n = fold(s, n, key, sizeof key);
    size_t h = XXH3_64bits(key, n) & (g->cap - 1);
    for (; g->slots[h].key; h = (h + 1) & (g->cap - 1))
        if (strcmp(g->slots[h].key, key) == 0)
            return &g->slots[h].place;
    return NULL;
}
