/* minhash.c — MinHash signatures, LSH bands, and a capped multimap.
 *
 * A text becomes a set of shingles: runs of TALLY_MH_SHINGLE consecutive words, lower-cased, each number
 * replaced by one placeholder word. Each word is hashed once with XXH3; a shingle's hash combines its words'
 * hashes by rotation (so order matters) and a 64-bit finaliser. Instead of K independent hash functions the
 * signature uses one-permutation hashing (Li, Owen & Zhang 2012): the top 6 bits of a shingle's hash pick
 * one of 64 bins and the low 32 bits compete for that bin's minimum, so a text costs one hash per word and
 * one per shingle, whatever K is. Bins no shingle fell into are filled from the next filled bin to the right
 * with the distance mixed in (rotation densification, Shrivastava & Li 2014), which keeps the share of equal
 * bins an unbiased estimate of the Jaccard similarity for short texts too.
 *
 * Candidates come from LSH banding: the 64 bins form 16 bands of 4; two signatures equal on a whole band
 * are candidates. Each band's 4 values hash to one key in a multimap whose chains hold ids newest first and
 * are read at most TALLY_LSH_FANOUT deep, so a bucket swollen by boilerplate costs a bounded amount of work:
 * indexing and querying are linear in the number of documents, never all pairs.
 *
 * The multimap (tally_postings) is open addressing with linear probing over 64-bit keys that are already
 * hashes; each slot keeps the key's count and the head of a chain of blocks of ids (newest block first) in one
 * shared word array. */
#include "minhash.h"
#include "tally.h"
#include "text.h"
#include <stdlib.h>
#include <string.h>
#include <xxhash.h>

/* qsort that accepts an empty (possibly NULL) array. */
static void sort_n(void *v, size_t n, size_t size, int (*cmp)(const void *, const void *))
{
    if (n > 1)
        qsort(v, n, size, cmp);
}

/* MARK: signatures */

static uint64_t fmix64(uint64_t h)
{
    h ^= h >> 33;
    h *= 0xff51afd7ed558ccdULL;
    h ^= h >> 33;
    h *= 0xc4ceb9fe1a85ec53ULL;
    h ^= h >> 33;
    return h;
}

static uint64_t rotl(uint64_t x, int r) { return (x << r) | (x >> (64 - r)); }

/* End of the word at s[i] (ASCII letters and digits, or letters of any script), i when none. */
static size_t word_end(const char *s, size_t len, size_t i)
{
    while (i < len) {
        unsigned char c = (unsigned char)s[i];
        if (c < 0x80) {
            if (!(tally_cclass[c] & (TALLY_C_UPPER | TALLY_C_LOWER | TALLY_C_DIGIT)))
                break;
            i++;
        } else {
            if (!tally_letter_at(s, len, i))
                break;
            int32_t cp;
            i += tally_utf8_decode(s, len, i, &cp);
        }
    }
    return i;
}

/* Hash of one word, lower-cased; all-digit words hash alike. Words over 48 bytes are cut (no news word is). */
static uint64_t word_hash(const char *s, size_t n)
{
    char low[48];
    size_t m = n < sizeof low ? n : sizeof low;
    bool digits = true;
    for (size_t i = 0; i < m; i++) {
        low[i] = (char)tally_lower((unsigned char)s[i]);
        digits = digits && tally_is_digit((unsigned char)s[i]);
    }
    return digits ? 0x5bd1e9955bd1e995ULL : XXH3_64bits(low, m);
}

static void bin_add(tally_minhash *out, uint64_t h)
{
    h = fmix64(h);
    uint32_t bin = (uint32_t)(h >> 58), val = (uint32_t)h;
    if (val < out->v[bin])
        out->v[bin] = val;
}

/* Fills empty bins from the next filled one to the right; leaves everything empty when all are. */
static void densify(tally_minhash *out, const uint8_t *filled)
{
    for (int i = 0; i < TALLY_MH_K; i++) {
        if (filled[i])
            continue;
        for (int d = 1; d < TALLY_MH_K; d++) {
            int j = (i + d) % TALLY_MH_K;
            if (filled[j]) {
                out->v[i] = (uint32_t)fmix64(out->v[j] + (uint64_t)d * 0x9E3779B97F4A7C15ULL);
                break;
            }
        }
    }
}

void tally_minhash_text(const char *s, size_t len, tally_minhash *out)
{
    uint64_t ring[TALLY_MH_SHINGLE] = {0};
    size_t nword = 0;
    for (int i = 0; i < TALLY_MH_K; i++)
        out->v[i] = UINT32_MAX;
    for (size_t i = 0; i < len;) {
        size_t e = word_end(s, len, i);
        if (e == i) {
            i++;
            continue;
        }
        ring[nword % TALLY_MH_SHINGLE] = word_hash(s + i, e - i);
        nword++;
        i = e;
        if (nword >= TALLY_MH_SHINGLE) {
            uint64_t h = 0;
            for (size_t k = 0; k < TALLY_MH_SHINGLE; k++) /* oldest word first */
                h ^= rotl(ring[(nword + k) % TALLY_MH_SHINGLE], (int)(k * 16 + 1));
            bin_add(out, h);
        }
    }
    if (nword > 0 && nword < TALLY_MH_SHINGLE) { /* a short text is one shingle */
        uint64_t h = 0;
        for (size_t k = 0; k < nword; k++)
            h ^= rotl(ring[k], (int)(k * 16 + 1));
        bin_add(out, h);
    }
    uint8_t filled[TALLY_MH_K];
    int nfilled = 0;
    for (int i = 0; i < TALLY_MH_K; i++)
        nfilled += filled[i] = out->v[i] != UINT32_MAX;
    if (nfilled > 0 && nfilled < TALLY_MH_K)
        densify(out, filled);
}

static bool sig_empty(const tally_minhash *a)
{
    for (int i = 0; i < TALLY_MH_K; i++)
        if (a->v[i] != UINT32_MAX)
            return false;
    return true;
}

double tally_minhash_jaccard(const tally_minhash *a, const tally_minhash *b)
{
    int eq = 0;
    for (int i = 0; i < TALLY_MH_K; i++)
        eq += a->v[i] == b->v[i];
    if (eq == TALLY_MH_K && sig_empty(a))
        return 0;
    return (double)eq / TALLY_MH_K;
}

/* MARK: multimap */

struct tally_pslot {
    uint64_t key;   /* 0 = free */
    uint32_t head;  /* 1 + word index of the newest block, 0 = none */
    uint32_t count;
};

/* A key's ids live in blocks of 1, 2, 4, 8, 16, then 32 ids (a block of n starts after n - 1 ids, up to 31),
 * each block one word linking to the older block and its ids oldest first, in one shared word array: a capped
 * read of the newest ids touches a few cache lines, not one per id, however large the map grows. */
#define BLOCK_MAX 32

/* The size of the block that starts after `before` ids. */
static uint32_t block_size(uint32_t before) { return before < BLOCK_MAX - 1 ? before + 1 : BLOCK_MAX; }

/* Where the block holding the id after `before` ids starts (in ids). */
static uint32_t block_start(uint32_t before)
{
    if (before >= BLOCK_MAX - 1)
        return before - (before - (BLOCK_MAX - 1)) % BLOCK_MAX;
    uint32_t start = 0;
    while (2 * start + 1 <= before)
        start = 2 * start + 1;
    return start;
}

void tally_postings_init(tally_postings *p) { memset(p, 0, sizeof *p); }

void tally_postings_free(tally_postings *p)
{
    free(p->slot);
    free(p->ent);
    memset(p, 0, sizeof *p);
}

static size_t slot_of(const tally_postings *p, uint64_t key)
{
    size_t mask = p->nslot - 1, i = (size_t)(fmix64(key) & mask);
    while (p->slot[i].key && p->slot[i].key != key)
        i = (i + 1) & mask;
    return i;
}

static int grow_slots(tally_postings *p)
{
    size_t n = p->nslot ? p->nslot * 2 : 1024;
    struct tally_pslot *old = p->slot;
    size_t nold = p->nslot;
    p->slot = calloc(n, sizeof *p->slot);
    if (!p->slot) {
        p->slot = old;
        return TALLY_ENOMEM;
    }
    p->nslot = n;
    for (size_t i = 0; i < nold; i++)
        if (old[i].key)
            p->slot[slot_of(p, old[i].key)] = old[i];
    free(old);
    return TALLY_OK;
}

/* Room for `need` more words. */
static int grow_words(tally_postings *p, size_t need)
{
    if (p->nent + need <= p->capent)
        return TALLY_OK;
    size_t n = p->capent ? p->capent * 2 : 4096;
    if (n > UINT32_MAX - 1)
        return TALLY_ENOMEM;
    uint32_t *w = realloc(p->ent, n * sizeof *w);
    if (!w)
        return TALLY_ENOMEM;
    p->ent = w;
    p->capent = n;
    return TALLY_OK;
}

int tally_postings_add(tally_postings *p, uint64_t key, uint32_t id)
{
    key = key ? key : 1;
    if ((p->nkey + 1) * 2 > p->nslot && grow_slots(p) != TALLY_OK)
        return TALLY_ENOMEM;
    if (grow_words(p, 1 + BLOCK_MAX) != TALLY_OK)
        return TALLY_ENOMEM;
    struct tally_pslot *sl = &p->slot[slot_of(p, key)];
    if (!sl->key) {
        sl->key = key;
        p->nkey++;
    }
    uint32_t at = sl->count - block_start(sl->count); /* the new id's place in its block */
    if (at == 0) {
        p->ent[p->nent] = sl->head;
        sl->head = (uint32_t)++p->nent;
        p->nent += block_size(sl->count);
    }
    p->ent[sl->head + at] = id;
    sl->count++;
    return TALLY_OK;
}

static const struct tally_pslot *find(const tally_postings *p, uint64_t key)
{
    if (!p->nslot)
        return NULL;
    const struct tally_pslot *sl = &p->slot[slot_of(p, key ? key : 1)];
    return sl->key ? sl : NULL;
}

uint32_t tally_postings_count(const tally_postings *p, uint64_t key)
{
    const struct tally_pslot *sl = find(p, key);
    return sl ? sl->count : 0;
}

size_t tally_postings_get(const tally_postings *p, uint64_t key, uint32_t *out, size_t cap)
{
    const struct tally_pslot *sl = find(p, key);
    size_t n = 0;
    uint32_t end = sl ? sl->count : 0, b = sl ? sl->head : 0; /* ids before end; b: the block holding id end - 1 */
    while (b && n < cap) {
        uint32_t start = block_start(end - 1);
        for (uint32_t i = end; i > start && n < cap; i--)
            out[n++] = p->ent[b + i - 1 - start];
        end = start;
        b = p->ent[b - 1];
    }
    return n;
}

/* MARK: LSH bands */

void tally_lsh_init(tally_lsh *l) { tally_postings_init(&l->bands); }
void tally_lsh_free(tally_lsh *l) { tally_postings_free(&l->bands); }

static uint64_t band_key(const tally_minhash *sig, int b)
{
    return XXH3_64bits_withSeed(&sig->v[b * TALLY_LSH_ROWS], TALLY_LSH_ROWS * sizeof(uint32_t), (uint64_t)b);
}

int tally_lsh_add(tally_lsh *l, const tally_minhash *sig, uint32_t id)
{
    int rc = TALLY_OK;
    if (sig_empty(sig))
        return rc;
    for (int b = 0; rc == TALLY_OK && b < TALLY_LSH_BANDS; b++)
        rc = tally_postings_add(&l->bands, band_key(sig, b), id);
    return rc;
}

static int cmp_u32(const void *a, const void *b)
{
    uint32_t x = *(const uint32_t *)a, y = *(const uint32_t *)b;
    return (x > y) - (x < y);
}

/* Drops repeated ids from v[0..n) (order kept) through a hash table; returns how many are left. */
static size_t drop_repeats(uint32_t *v, size_t n)
{
    enum { NSLOT = 4 * TALLY_LSH_BANDS * TALLY_LSH_FANOUT };
    uint32_t slot[NSLOT]; /* 1 + index into v of a distinct id, 0 = free */
    size_t m = 0;
    memset(slot, 0, sizeof slot);
    for (size_t i = 0; i < n; i++) {
        size_t h = (size_t)(v[i] * 0x9e3779b1u) & (NSLOT - 1);
        while (slot[h] && v[slot[h] - 1] != v[i])
            h = (h + 1) & (NSLOT - 1);
        if (!slot[h]) {
            v[m] = v[i];
            slot[h] = (uint32_t)++m;
        }
    }
    return m;
}

size_t tally_lsh_query(const tally_lsh *l, const tally_minhash *sig, uint32_t *out, size_t cap)
{
    uint32_t all[TALLY_LSH_BANDS * TALLY_LSH_FANOUT];
    size_t n = 0, m = 0;
    if (sig_empty(sig))
        return 0;
    for (int b = 0; b < TALLY_LSH_BANDS; b++)
        n += tally_postings_get(&l->bands, band_key(sig, b), all + n, TALLY_LSH_FANOUT);
    if (n > 4 * TALLY_LSH_BANDS) /* many ids, mostly repeats (a story's rewrites): the sort sees each once */
        n = drop_repeats(all, n);
    sort_n(all, n, sizeof *all, cmp_u32);
    for (size_t i = 0; i < n && m < cap; i++)
        if (i == 0 || all[i] != all[i - 1])
            out[m++] = all[i];
    return m;
}
