/* test.h — the unit-test harness: each TEST is a function; RUN prints "PASS name" or "FAIL name" with the
 * failing checks on stderr; main returns non-zero when any failed. scripts/run-tests.py counts the lines. */
#ifndef TALLY_TEST_H
#define TALLY_TEST_H
#include <math.h>
#include <stdio.h>
#include <string.h>

static int test_failed_now, test_npass, test_nfail;

#define CHECK(cond)                                                              \
    do {                                                                         \
        if (!(cond)) {                                                           \
            test_failed_now = 1;                                                 \
            fprintf(stderr, "  %s:%d: CHECK(%s)\n", __FILE__, __LINE__, #cond);  \
        }                                                                        \
    } while (0)

#define CHECK_STR(a, b)                                                                              \
    do {                                                                                             \
        const char *a_ = (a), *b_ = (b);                                                             \
        if (!a_ || !b_ || strcmp(a_, b_) != 0) {                                                     \
            test_failed_now = 1;                                                                     \
            fprintf(stderr, "  %s:%d: %s is \"%s\", want \"%s\"\n", __FILE__, __LINE__, #a,          \
                    a_ ? a_ : "(null)", b_ ? b_ : "(null)");                                         \
        }                                                                                            \
    } while (0)

/* Numbers compare equal when both are NAN (an open end) or both are the same value. */
#define CHECK_NUM(a, b)                                                                              \
    do {                                                                                             \
        double a_ = (a), b_ = (b);                                                                   \
        if (!((isnan(a_) && isnan(b_)) || a_ == b_)) {                                               \
            test_failed_now = 1;                                                                     \
            fprintf(stderr, "  %s:%d: %s is %g, want %g\n", __FILE__, __LINE__, #a, a_, b_);        \
        }                                                                                            \
    } while (0)

#define RUN(fn)                                                                  \
    do {                                                                         \
        test_failed_now = 0;                                                     \
        fn();                                                                    \
        printf("%s %s\n", test_failed_now ? "FAIL" : "PASS", #fn);               \
        if (test_failed_now)                                                     \
            test_nfail++;                                                        \
        else                                                                     \
            test_npass++;                                                        \
    } while (0)

#define TEST_END() return test_nfail ? 1 : 0
#endif
