/* vec.h — growable arrays: a struct {T *v; size_t n, cap;} grown by doubling with realloc.
 * Push returns TALLY_OK or TALLY_ENOMEM and leaves the vector intact on failure. */
#ifndef TALLY_VEC_H
#define TALLY_VEC_H
#include <stdlib.h>
#include "tally.h"

#define TALLY_VEC(T) struct { T *v; size_t n, cap; }

/* Makes room for need elements of size bytes at *v (capacity *cap). */
static inline int tally_vec_reserve(void **v, size_t *cap, size_t need, size_t size)
{
    if (need <= *cap)
        return TALLY_OK;
    size_t ncap = *cap ? *cap : 8;
    while (ncap < need)
        ncap *= 2;
    if (ncap > SIZE_MAX / size)
        return TALLY_ENOMEM;
    void *p = realloc(*v, ncap * size);
    if (!p)
        return TALLY_ENOMEM;
    *v = p;
    *cap = ncap;
    return TALLY_OK;
}

#define tally_vec_push(vec, item)                                                                   \
    (tally_vec_reserve((void **)&(vec)->v, &(vec)->cap, (vec)->n + 1, sizeof *(vec)->v) == TALLY_OK \
         ? ((vec)->v[(vec)->n++] = (item), TALLY_OK)                                                \
         : TALLY_ENOMEM)

#define tally_vec_free(vec) (free((vec)->v), (vec)->v = NULL, (vec)->n = (vec)->cap = 0)

typedef TALLY_VEC(tally_number) tally_numvec;
typedef TALLY_VEC(tally_timex) tally_timexvec;
typedef TALLY_VEC(tally_span) tally_spanvec;

#endif
