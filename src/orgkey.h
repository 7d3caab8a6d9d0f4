/* orgkey.h — one key for a country's body however its name is ordered (orgkey.c). */
#ifndef TALLY_ORGKEY_H
#define TALLY_ORGKEY_H
#include <stdbool.h>
#include <stddef.h>

/* "Russia's Defence Ministry", "Russian Ministry of Defense" and "the Defence Ministry in Moscow" all give
 * "Russia:defence ministry" in out. False (out unspecified) when the name holds no country or no body word
 * ("agency", "ministry", "forces" …), or does not fit. */
bool tally_org_key(const char *name, char *out, size_t cap);
#endif
