/* arena.h — bump allocator for per-document results: many small allocations, one free. */
#ifndef TALLY_ARENA_H
#define TALLY_ARENA_H
#include <stddef.h>

typedef struct tally_arena_block tally_arena_block;
typedef struct tally_arena {
    tally_arena_block *head; /* newest block first */
} tally_arena;

/* 16-byte aligned memory valid until tally_arena_free; NULL when out of memory. */
void *tally_arena_alloc(tally_arena *a, size_t size);
/* A NUL-terminated copy of s[0..len). */
char *tally_arena_strndup(tally_arena *a, const char *s, size_t len);
char *tally_arena_strdup(tally_arena *a, const char *s);
void tally_arena_free(tally_arena *a);
/* Frees everything allocated, keeping the newest block (when at most keep bytes) for the next allocations. */
void tally_arena_reset(tally_arena *a, size_t keep);
#endif
