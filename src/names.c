/* names.c — a stream's names unified without a database: the first spelling met of each spelling-insensitive
 * key (a country's body by its country and words, orgkey.h) stands for the later ones (tally_names_unify in
 * tally.h). */
#include <string.h>
#include "arena.h"
#include "doc.h"
#include "keyidx.h"
#include "orgkey.h"

/* Bounds the memory of an endless stream (about 100 MB of names); later new names pass as they are. */
enum { MAX_NAMES = 1 << 20 };

typedef struct name_entry {
    const char *key, *name;
} name_entry;

struct tally_names {
    tally_keyidx ix; /* hash of key → entry */
    TALLY_VEC(name_entry) entry;
    tally_arena mem; /* the keys and names */
};

tally_names *tally_names_new(void)
{
    return calloc(1, sizeof(tally_names));
}

void tally_names_free(tally_names *n)
{
    if (!n)
        return;
    tally_keyidx_free(&n->ix);
    tally_vec_free(&n->entry);
    tally_arena_free(&n->mem);
    free(n);
}

/* The entry filed under key, NULL when none. */
static const name_entry *find(const tally_names *n, const char *key, uint64_t h)
{
    for (size_t e = tally_keyidx_next(&n->ix, h, 0); e; e = tally_keyidx_next(&n->ix, h, e))
        if (strcmp(n->entry.v[n->ix.val.v[e - 1]].key, key) == 0)
            return &n->entry.v[n->ix.val.v[e - 1]];
    return NULL;
}

int tally_names_unify(tally_names *n, const char *name, const char **out)
{
    *out = name;
    char key[256], body[256];
    if (!name || !strchr(name, ' '))
        return TALLY_OK; /* one word ("Iran", "Iron") is too short a key to join on */
    tally_entity_key(tally_org_key(name, body, sizeof body) ? body : name, key, sizeof key); /* as the store keys */
    uint64_t h = tally_fold_hash(0, key);
    const name_entry *e = find(n, key, h);
    if (e) {
        *out = e->name;
        return TALLY_OK;
    }
    if (n->entry.n >= MAX_NAMES)
        return TALLY_OK;
    name_entry add = {tally_arena_strdup(&n->mem, key), tally_arena_strdup(&n->mem, name)};
    if (!add.key || !add.name || tally_vec_push(&n->entry, add) != TALLY_OK)
        return TALLY_ENOMEM;
    if (tally_keyidx_add(&n->ix, h, n->entry.n - 1) != TALLY_OK) {
        n->entry.n--;
        return TALLY_ENOMEM;
    }
    *out = add.name;
    return TALLY_OK;
}
