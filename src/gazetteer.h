/* gazetteer.h — country and subdivision names from Debian's iso-codes data, plus data/places.tsv (capitals
 * and short names the ISO lists lack, compiled in), looked up by lower-case phrase. */
#ifndef TALLY_GAZETTEER_H
#define TALLY_GAZETTEER_H
#include <stdbool.h>
#include <stddef.h>

typedef struct tally_gaz tally_gaz;

typedef struct tally_place {
    const char *name;    /* canonical: "North Korea", "California" */
    const char *kind;    /* "country" or "place" */
    const char *country; /* for a subdivision or capital: its country's canonical name, else NULL */
} tally_place;

/* Loads the built-in rows (data/places.tsv) and the iso-codes lists from dir (NULL:
 * /usr/share/iso-codes/json). Missing files leave only the built-in rows; NULL only when out of memory. */
tally_gaz *tally_gaz_load(const char *dir);
void tally_gaz_free(tally_gaz *g);
/* The country a built-in row (data/places.tsv) names by the exact word s[0..n) ("DPRK", "Pyongyang",
 * "Moscow" → its country), without loading anything; NULL when none does. */
const char *tally_gaz_builtin_country(const char *s, size_t n);
/* The built-in row named by the exact words s[0..n): a country's canonical name ("Moscow" → "Russia"), or a
 * place's own name ("Gaza"); own_name says the words are the name itself, not a capital or short form of it.
 * NULL when no row has those words. */
const char *tally_gaz_builtin_place(const char *s, size_t n, bool *own_name);
/* The place named s[0..n) (case-insensitive, spaces collapsed), or NULL. */
const tally_place *tally_gaz_find(const tally_gaz *g, const char *s, size_t n);
#endif
