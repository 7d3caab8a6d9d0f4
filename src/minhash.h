/* minhash.h — near-duplicate detection: MinHash signatures over word shingles, an LSH band index for
 * candidates, and the capped multimap (key -> newest-first chain of ids) both the band index and the event
 * clusterer's inverted index are built on. See minhash.c for the algorithm.
 *
 * Threads: tally_minhash_text is pure (any number of threads); a tally_postings or tally_lsh belongs to
 * one thread at a time. */
#ifndef TALLY_MINHASH_H
#define TALLY_MINHASH_H
#include <stddef.h>
#include <stdint.h>

#define TALLY_MH_K 64       /* signature length: one-permutation hashing, 64 bins */
#define TALLY_MH_SHINGLE 4  /* words per shingle */
#define TALLY_LSH_BANDS 16  /* 16 bands x 4 rows: a pair at Jaccard 0.5 shares a band with p = 0.64, */
#define TALLY_LSH_ROWS 4    /* at 0.7 with p = 0.98, at 0.3 with p = 0.12 */
#define TALLY_LSH_FANOUT 48 /* ids read per band bucket (newest first): bounds work on boilerplate */
/* Estimated Jaccard at or above which two texts are near-duplicates. Edited copies (a fifth of the
 * sentences dropped, some reordered, numbers changed, a boilerplate line added) measure 0.55-0.8; unrelated
 * news on the same story measures below 0.15. */
#define TALLY_DUP_JACCARD 0.5

typedef struct tally_minhash {
    uint32_t v[TALLY_MH_K]; /* the minimum of each bin; all UINT32_MAX for a text without words */
} tally_minhash;

/* Signature of s[0..len): lower-cased words, every number counted as one word "0" (so a copy with changed
 * figures stays a copy), shingles of TALLY_MH_SHINGLE words (the whole text when shorter). */
void tally_minhash_text(const char *s, size_t len, tally_minhash *out);
/* Estimated Jaccard similarity of the two shingle sets: the share of equal bins; 0 when either is empty. */
double tally_minhash_jaccard(const tally_minhash *a, const tally_minhash *b);

/* A multimap from 64-bit keys to 32-bit ids: each key keeps a count (its document frequency when ids are
 * added once per document) and a chain of ids, newest first, so that a capped walk reads the latest. */
typedef struct tally_postings {
    struct tally_pslot *slot; /* open addressing, linear probing; key 0 is stored as 1 */
    size_t nslot, nkey;
    uint32_t *ent; /* blocks of ids, each after a link to the older block */
    size_t nent, capent;
} tally_postings;

void tally_postings_init(tally_postings *p);
void tally_postings_free(tally_postings *p);
/* Adds id under key (and counts it). TALLY_OK or TALLY_ENOMEM. */
int tally_postings_add(tally_postings *p, uint64_t key, uint32_t id);
/* How many ids were added under key. */
uint32_t tally_postings_count(const tally_postings *p, uint64_t key);
/* Copies up to cap ids under key, newest first, into out; returns how many. */
size_t tally_postings_get(const tally_postings *p, uint64_t key, uint32_t *out, size_t cap);

/* The LSH band index over signatures. */
typedef struct tally_lsh {
    tally_postings bands;
} tally_lsh;

void tally_lsh_init(tally_lsh *l);
void tally_lsh_free(tally_lsh *l);
int tally_lsh_add(tally_lsh *l, const tally_minhash *sig, uint32_t id);
/* Ids sharing at least one band with sig (at most TALLY_LSH_FANOUT per band), sorted, without repeats,
 * at most cap of them; returns how many. An empty signature has no candidates. */
size_t tally_lsh_query(const tally_lsh *l, const tally_minhash *sig, uint32_t *out, size_t cap);
#endif
