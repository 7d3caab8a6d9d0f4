/* arena.c — blocks chained newest-first, each twice the last from 1 KiB up to 16 KiB; an allocation larger
 * than a block gets a block of its own. Nothing is freed until the whole arena is. Small first blocks: a
 * short article needs little, and malloc serves small blocks from its per-thread cache (a 16 KiB block
 * per article cost 4 % of the claims bench, cut into paragraphs). */
#include "arena.h"
#include <stdlib.h>
#include <string.h>

/* Under AddressSanitizer every allocation is followed by a poisoned gap and the unused rest of a block is
 * poisoned, so a read past a copied text or string is reported as it would be past a malloc'd one. */
#if defined(__has_feature)
#if __has_feature(address_sanitizer)
#define ARENA_ASAN 1
#endif
#endif
#if defined(__SANITIZE_ADDRESS__) && !defined(ARENA_ASAN)
#define ARENA_ASAN 1
#endif
#ifdef ARENA_ASAN
#include <sanitizer/asan_interface.h>
enum { REDZONE = 16 };
#define POISON(p, n) ASAN_POISON_MEMORY_REGION(p, n)
#define UNPOISON(p, n) ASAN_UNPOISON_MEMORY_REGION(p, n)
#else
enum { REDZONE = 0 };
#define POISON(p, n) ((void)(p), (void)(n))
#define UNPOISON(p, n) ((void)(p), (void)(n))
#endif

struct tally_arena_block {
    tally_arena_block *next;
    size_t used, cap;
    _Alignas(16) unsigned char data[];
};

enum { BLOCK_FIRST = 1024 - 64, BLOCK_MAX = 16 * 1024 };

void *tally_arena_alloc(tally_arena *a, size_t size)
{
    size_t want = size;
    size = (size + 15 + REDZONE) & ~(size_t)15;
    tally_arena_block *b = a->head;
    if (!b || b->cap - b->used < size) {
        size_t grow = b ? (b->cap < BLOCK_MAX / 2 ? 2 * b->cap : BLOCK_MAX) : BLOCK_FIRST;
        size_t cap = size > grow ? size : grow;
        b = malloc(sizeof *b + cap);
        if (!b)
            return NULL;
        b->used = 0;
        b->cap = cap;
        b->next = a->head;
        a->head = b;
        POISON(b->data, cap);
    }
    void *p = b->data + b->used;
    b->used += size;
    UNPOISON(p, want);
    return p;
}

char *tally_arena_strndup(tally_arena *a, const char *s, size_t len)
{
    char *p = tally_arena_alloc(a, len + 1);
    if (p) {
        if (len)
            memcpy(p, s, len);
        p[len] = '\0';
    }
    return p;
}

char *tally_arena_strdup(tally_arena *a, const char *s)
{
    return s ? tally_arena_strndup(a, s, strlen(s)) : NULL;
}

void tally_arena_free(tally_arena *a)
{
    tally_arena_block *b = a->head;
    while (b) {
        tally_arena_block *next = b->next;
        free(b);
        b = next;
    }
    a->head = NULL;
}

void tally_arena_reset(tally_arena *a, size_t keep)
{
    tally_arena_block *b = a->head;
    if (!b || b->cap > keep) {
        tally_arena_free(a);
        return;
    }
    a->head = b->next;
    tally_arena_free(a);
    b->next = NULL;
    b->used = 0;
    POISON(b->data, b->cap);
    a->head = b;
}
