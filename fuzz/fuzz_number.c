/* fuzz_number.c — libFuzzer target for the number scanner. The input is the text itself (any bytes, not
 * NUL-terminated: libFuzzer's buffer is exactly size bytes, so ASan catches a read past the end). Checks the
 * invariants tally_number_scan promises: spans inside [0, size), start <= num_start < num_end <= end, mentions in
 * text order and not overlapping, low <= high when both ends are set, a known bound and kind. */
#include "number.h"
#include <math.h>
#include <stdint.h>
#include <stdlib.h>

static void check(const tally_number *n, size_t size, size_t prev_end)
{
    if (!(n->start <= n->num_start && n->num_start < n->num_end && n->num_end <= n->end && n->end <= size))
        abort();
    if (n->start < prev_end)
        abort();
    if (!isnan(n->low) && !isnan(n->high) && n->low > n->high)
        abort();
    if (isnan(n->low) && isnan(n->high))
        abort();
    if ((unsigned)n->bound > TALLY_BOUND_RANGE || (unsigned)n->kind > TALLY_NUM_ORDINAL)
        abort();
    if (n->unit_end < n->unit_start || n->unit_end > size)
        abort();
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    tally_numvec v = {0};
    if (tally_number_scan((const char *)data, size, &v) != TALLY_OK)
        abort(); /* only out of memory may fail */
    size_t prev_end = 0;
    for (size_t k = 0; k < v.n; k++) {
        check(&v.v[k], size, prev_end);
        prev_end = v.v[k].end;
    }
    tally_vec_free(&v);
    return 0;
}
