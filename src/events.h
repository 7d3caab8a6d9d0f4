/* events.h — the clusterer (cluster.c) kept in step with the store: restored from the stored feature
 * blobs when a run starts, fed each new article, its assignments written back. */
#ifndef TALLY_EVENTS_H
#define TALLY_EVENTS_H
#include "tally.h"

typedef struct tally_events tally_events;

/* Restores the clusterer from every stored article, in the order they were stored. */
int tally_events_open(tally_ctx *ctx, tally_store *st, tally_events **out);
/* Assigns the article just stored (its row id) to an event, records near-duplicate pairs, and stores
 * the article's features, event and duplicate. Inside the caller's transaction. */
int tally_events_add(tally_events *ev, const tally_doc *doc, int64_t article);
/* At the end of a batch (before its commit): decides again the articles whose event was unsure, now that the
 * rest of the batch is in, and stores those that move. */
int tally_events_settle(tally_events *ev);
/* After a rolled-back transaction: forget what was added since, by restoring from the store again. */
int tally_events_reload(tally_events *ev);
void tally_events_close(tally_events *ev);
#endif
