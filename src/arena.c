/* arena.c — blocks of at least 16 KiB chained newest-first; an allocation larger than a block gets a
 * block of its own. Nothing is freed until the whole arena is. */
#include "arena.h"
#include <stdlib.h>
#include <string.h>

struct tally_arena_block {
    tally_arena_block *next;
    size_t used, cap;
    _Alignas(16) unsigned char data[];
};

enum { BLOCK_MIN = 16 * 1024 };

void *tally_arena_alloc(tally_arena *a, size_t size)
{
    size = (size + 15) & ~(size_t)15;
    tally_arena_block *b = a->head;
    if (!b || b->cap - b->used < size) {
        size_t cap = size > BLOCK_MIN ? size : BLOCK_MIN;
        b = malloc(sizeof *b + cap);
        if (!b)
            return NULL;
        b->used = 0;
        b->cap = cap;
        b->next = a->head;
        a->head = b;
    }
    void *p = b->data + b->used;
    b->used += size;
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
