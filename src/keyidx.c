/* keyidx.c — chained hash index, doubled when it holds as many entries as buckets. */
#include "keyidx.h"
#include <string.h>
#include <xxhash.h>

static int grow(tally_keyidx *ix)
{
    size_t cap = ix->head ? 2 * (ix->mask + 1) : 64;
    size_t *head = calloc(cap, sizeof *head);
    if (!head)
        return TALLY_ENOMEM;
    for (size_t e = 0; e < ix->key.n; e++) { /* in entry order, so each chain stays newest first */
        size_t b = ix->key.v[e] & (cap - 1);
        ix->next.v[e] = head[b];
        head[b] = e + 1;
    }
    free(ix->head);
    ix->head = head;
    ix->mask = cap - 1;
    return TALLY_OK;
}

int tally_keyidx_add(tally_keyidx *ix, uint64_t key, size_t val)
{
    if ((!ix->head || ix->key.n > ix->mask) && grow(ix) != TALLY_OK)
        return TALLY_ENOMEM;
    size_t n = ix->key.n + 1, b = key & ix->mask;
    if (tally_vec_reserve((void **)&ix->key.v, &ix->key.cap, n, sizeof *ix->key.v) != TALLY_OK ||
        tally_vec_reserve((void **)&ix->next.v, &ix->next.cap, n, sizeof *ix->next.v) != TALLY_OK ||
        tally_vec_reserve((void **)&ix->val.v, &ix->val.cap, n, sizeof *ix->val.v) != TALLY_OK)
        return TALLY_ENOMEM; /* all three reserved first, so the entry goes in whole or not at all */
    ix->key.v[ix->key.n++] = key;
    ix->next.v[ix->next.n++] = ix->head[b];
    ix->val.v[ix->val.n++] = val;
    ix->head[b] = n;
    return TALLY_OK;
}

size_t tally_keyidx_next(const tally_keyidx *ix, uint64_t key, size_t e)
{
    if (!ix->head)
        return 0;
    for (e = e ? ix->next.v[e - 1] : ix->head[key & ix->mask]; e && ix->key.v[e - 1] != key;)
        e = ix->next.v[e - 1];
    return e;
}

void tally_keyidx_free(tally_keyidx *ix)
{
    free(ix->head);
    tally_vec_free(&ix->key);
    tally_vec_free(&ix->next);
    tally_vec_free(&ix->val);
    memset(ix, 0, sizeof *ix);
}

uint64_t tally_fold_hash(uint64_t h, const char *s)
{
    if (!s)
        return XXH3_64bits_withSeed("\0null", 5, h);
    char buf[64];
    size_t n = 0;
    do { /* in pieces, so a name of any length folds without allocating */
        n = 0;
        for (; *s && n < sizeof buf; s++)
            buf[n++] = (char)(*s >= 'A' && *s <= 'Z' ? *s + 32 : *s);
        h = XXH3_64bits_withSeed(buf, n, h);
    } while (*s);
    return h;
}

uint64_t tally_int_hash(uint64_t h, int64_t v)
{
    return XXH3_64bits_withSeed(&v, sizeof v, h);
}
