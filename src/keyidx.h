/* keyidx.h — a growable hash index from 64-bit keys to values (claim or quantity indexes), so the timeline
 * finds the claims of one teller, group or measure without scanning all of them. Keys are hashes: callers
 * still compare the fields themselves, a collision costs only time. */
#ifndef TALLY_KEYIDX_H
#define TALLY_KEYIDX_H
#include <stddef.h>
#include <stdint.h>
#include "vec.h"

typedef struct tally_keyidx {
    size_t *head;               /* per bucket: 1 + its newest entry, 0 when empty */
    size_t mask;
    TALLY_VEC(uint64_t) key;    /* per entry */
    TALLY_VEC(size_t) next;     /* per entry: 1 + the entry added before it to its bucket */
    TALLY_VEC(size_t) val;      /* per entry */
} tally_keyidx;

/* Files val under key; entries of one key are visited newest first. */
int tally_keyidx_add(tally_keyidx *ix, uint64_t key, size_t val);

/* The entry after e (1 + index; 0 starts) on key's chain, as 1 + its index; 0 when none is left. */
size_t tally_keyidx_next(const tally_keyidx *ix, uint64_t key, size_t e);

void tally_keyidx_free(tally_keyidx *ix);

/* Hash of s lower-cased (ASCII), chained onto h; NULL hashes apart from "". */
uint64_t tally_fold_hash(uint64_t h, const char *s);

/* Hash of an integer chained onto h. */
uint64_t tally_int_hash(uint64_t h, int64_t v);

#endif
