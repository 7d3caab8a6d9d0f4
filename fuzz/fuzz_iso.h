/* fuzz_iso.h — the initializer the whole-pipeline targets share: a small iso-codes directory of our own,
 * because every run makes a new context and loading Debian's 500 KB of subdivisions under ASan would take most
 * of the run (run.sh starts the targets in build/fuzz). */
#ifndef TALLY_FUZZ_ISO_H
#define TALLY_FUZZ_ISO_H
#include <stdlib.h>

int LLVMFuzzerInitialize(int *argc, char ***argv);

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    (void)argc, (void)argv;
    if (!getenv("TALLY_ISO_CODES"))
        setenv("TALLY_ISO_CODES", "../../fuzz/iso-codes", 0);
    return 0;
}
#endif
