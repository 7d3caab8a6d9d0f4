/* orgkey.c — one key for a country's body however a text orders its name: "Russia's Defence Ministry", "the
 * Russian Defence Ministry", "Russian Ministry of Defense", "the Defence Ministry in Moscow" are all
 * "Russia:defence ministry". Two countries' ministries keep two keys; a body with no country named keeps none
 * (the caller then keys its name as written). */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include "gazetteer.h"
#include "lexicon.h"
#include "orgkey.h"

enum { MAX_WORDS = 16 };

typedef struct words {
    char buf[256];
    const char *w[MAX_WORDS];
    size_t n;
} words;

/* Splits name at spaces into ws (false when it does not fit). */
static bool split(const char *name, words *ws)
{
    size_t len = strlen(name);
    if (len >= sizeof ws->buf)
        return false;
    memcpy(ws->buf, name, len + 1);
    ws->n = 0;
    for (char *s = ws->buf; *s;) {
        while (*s == ' ')
            *s++ = '\0';
        if (!*s)
            break;
        if (ws->n == MAX_WORDS)
            return false;
        ws->w[ws->n++] = s;
        while (*s && *s != ' ')
            s++;
    }
    return ws->n > 0;
}

/* The place the words [a, b) name, written into cty: a country, by its name, a demonym ("Russian", "South
 * Korean") or, when not the name's first words (lead), a capital ("in Moscow" → Russia); or a place of the
 * built-in list by its own name ("Gaza"). A capital leading the name is a city's body ("Moscow police"). */
static bool country_of(const words *ws, size_t a, size_t b, bool lead, char *cty, size_t cap)
{
    char text[128];
    size_t n = 0;
    for (size_t i = a; i < b; i++) {
        int m = snprintf(text + n, sizeof text - n, "%s%s", i > a ? " " : "", ws->w[i]);
        if (m < 0 || (size_t)m >= sizeof text - n)
            return false;
        n += (size_t)m;
    }
    if (!n || !isupper((unsigned char)text[0]))
        return false;
    bool compass = b - a == 2 && (strcmp(ws->w[a], "North") == 0 || strcmp(ws->w[a], "South") == 0);
    const tally_lex *lx = tally_lex_find(compass ? ws->w[a + 1] : text, compass ? strlen(ws->w[a + 1]) : n);
    if (lx && (lx->cls & LEX_D) && lx->country) /* "South Korean": the compass word, then Korea */
        return (size_t)snprintf(cty, cap, "%s%s%s", compass ? ws->w[a] : "", compass ? " " : "", lx->country) < cap;
    bool own = false;
    const char *c = tally_gaz_builtin_place(text, n, &own);
    char adj[64];
    if (!c && tally_lex_adjective(text, adj, sizeof adj))
        c = text, own = true; /* a country the lexicon has a demonym for */
    return c && (own || !lead) && (size_t)snprintf(cty, cap, "%s", c) < cap;
}

/* A word of an organisation's head: a body, not a person or a place. */
static bool body_word(const char *w)
{
    static const char *const heads[] = {"agency",     "army",        "command",  "committee", "council",
                                        "department", "directorate", "force",    "forces",    "guard",
                                        "intelligence", "military",  "ministry", "office",    "police",
                                        "service"};
    for (size_t i = 0; i < sizeof heads / sizeof *heads; i++)
        if (strcasecmp(w, heads[i]) == 0)
            return true;
    return false;
}

/* A word that orders the name but names nothing ("the", "of"), or a hyphened description of the place
 * ("Hamas-ruled", "Kremlin-backed"). */
static bool filler(const char *w)
{
    const char *dash = strchr(w, '-');
    if (dash && islower((unsigned char)dash[1]))
        return true;
    return strcasecmp(w, "the") == 0 || strcasecmp(w, "of") == 0 || strcasecmp(w, "for") == 0 ||
           strcasecmp(w, "and") == 0 || strcasecmp(w, "in") == 0;
}

/* British and American spellings of one word, written the British way. */
static const char *spelling(const char *w)
{
    if (strcasecmp(w, "defense") == 0)
        return "defence";
    if (strcasecmp(w, "organization") == 0)
        return "organisation";
    if (strcasecmp(w, "center") == 0)
        return "centre";
    return w;
}

static int by_text(const void *a, const void *b) { return strcmp(*(const char *const *)a, *(const char *const *)b); }

/* The words of the name left once its place [pa, pb) is taken out, lower-cased, British-spelt and sorted, after
 * "country:" into out. False when no body word remains. */
static bool write_key(const words *ws, size_t pa, size_t pb, const char *country, char *out, size_t cap)
{
    char low[MAX_WORDS][64];
    const char *rest[MAX_WORDS];
    size_t n = 0;
    bool body = false;
    for (size_t i = 0; i < ws->n; i++) {
        if ((i >= pa && i < pb) || filler(ws->w[i]))
            continue;
        const char *w = spelling(ws->w[i]);
        size_t len = strlen(w);
        if (len >= sizeof low[0])
            return false;
        for (size_t j = 0; j <= len; j++)
            low[n][j] = (char)tolower((unsigned char)w[j]);
        body |= body_word(low[n]);
        rest[n] = low[n];
        n++;
    }
    if (!body)
        return false;
    qsort(rest, n, sizeof *rest, by_text);
    size_t used = (size_t)snprintf(out, cap, "%s:", country);
    for (size_t i = 0; i < n && used < cap; i++)
        used += (size_t)snprintf(out + used, cap - used, "%s%s", i ? " " : "", rest[i]);
    return used < cap;
}

/* Where the place sits: a possessive before the name ("Russia's …"), "in"/"of" and a country after it, or a
 * demonym or place first ("Russian …", "Gaza …"). Sets [*pa, *pb) and its country in cty; false when none. */
static bool find_place(words *ws, size_t *pa, size_t *pb, char *cty, size_t cap)
{
    for (size_t i = 0; i < ws->n && i < 3; i++) {
        char *w = (char *)ws->w[i];
        size_t len = strlen(w);
        size_t cut = len > 2 && strcmp(w + len - 2, "'s") == 0 ? 2 : len > 4 && strcmp(w + len - 4, "\xe2\x80\x99s") == 0 ? 4 : 0;
        if (cut) {
            w[len - cut] = '\0'; /* "Russia's" → "Russia" */
            *pa = 0, *pb = i + 1;
            return country_of(ws, 0, i + 1, false, cty, cap);
        }
    }
    for (size_t i = ws->n; i-- > 1;) {
        if (strcmp(ws->w[i - 1], "in") != 0 && strcmp(ws->w[i - 1], "of") != 0)
            continue;
        size_t a = i;
        while (a < ws->n && filler(ws->w[a]))
            a++;
        if (a < ws->n && country_of(ws, a, ws->n, false, cty, cap)) {
            *pa = a, *pb = ws->n;
            return true;
        }
        break; /* only the last "in"/"of": "Ministry of Defence of Ukraine" */
    }
    for (size_t b = ws->n < 3 ? ws->n : 3; b > 0; b--) {
        if (b < ws->n && country_of(ws, 0, b, true, cty, cap)) {
            *pa = 0, *pb = b;
            return true;
        }
    }
    return false;
}

bool tally_org_key(const char *name, char *out, size_t cap)
{
    words ws;
    size_t pa = 0, pb = 0;
    char country[96];
    if (!name || !cap || !split(name, &ws) || !find_place(&ws, &pa, &pb, country, sizeof country))
        return false;
    return write_key(&ws, pa, pb, country, out, cap);
}
