/* cluster.h — near-duplicates and events (stage "events"). See cluster.c for the algorithm.
 *
 * A document's features (a MinHash signature over word shingles plus its salient keys: names, places,
 * numbers, dates) are computed once into a byte blob the store keeps, so that a later run can rebuild the
 * clusterer's index from the store without re-reading articles (tally_clusterer_restore) and assign new
 * articles incrementally (tally_clusterer_add) without re-clustering what is there.
 *
 * Restoring documents in the order they were added, then adding more, gives exactly the events that adding
 * all of them would have given. tally_clusterer_settle, called at the end of a batch, decides again the
 * documents whose event was unsure and may move them, merge two events, or join a document still alone to an
 * event it nearly reaches (reported through its callback): the result then depends on where batches end, not
 * on the order within the store before them.
 *
 * Threads: tally_event_features is pure (any number of threads at once); a clusterer belongs to one
 * thread at a time.
 *
 * Example:
 *   tally_buf blob = {0};
 *   tally_clusterer *c = tally_clusterer_new();
 *   for each article i:
 *       blob.len = 0;
 *       tally_event_features(title, text, len, published_day, &blob);
 *       int64_t ev, dup;
 *       tally_clusterer_add(c, blob.s, blob.len, i, &ev, &dup, NULL, NULL);   // store blob, ev, dup
 *   tally_clusterer_free(c);
 *   tally_buf_free(&blob); */
#ifndef TALLY_CLUSTER_H
#define TALLY_CLUSTER_H
#include "buf.h"
#include "tally.h"

/* Appends doc's feature blob to blob (title may be NULL; published TALLY_NODAY when unknown).
 * Returns TALLY_OK, or TALLY_ENOMEM (blob->err is then set too). */
int tally_event_features(const char *title, const char *text, size_t len, int32_t published, tally_buf *blob);

typedef struct tally_clusterer tally_clusterer;
/* NULL only when out of memory. */
tally_clusterer *tally_clusterer_new(void);
/* Accepts NULL. */
void tally_clusterer_free(tally_clusterer *c);

/* Adds a document whose event is already known (from the store). docno: caller's id, unique.
 * TALLY_OK, TALLY_EINPUT (not a feature blob of this version) or TALLY_ENOMEM. */
int tally_clusterer_restore(tally_clusterer *c, const void *blob, size_t n, int64_t docno, int64_t event);

/* Called for each earlier document that is a near-duplicate of the one being added. */
typedef void (*tally_dup_fn)(void *arg, int64_t other_docno, double similarity);

/* Adds a new document: *event is an existing event's id or a new one (new ids are larger than any seen);
 * *dup_of is the docno of its closest near-duplicate or -1. on_dup may be NULL.
 * TALLY_OK, TALLY_EINPUT or TALLY_ENOMEM. */
int tally_clusterer_add(tally_clusterer *c, const void *blob, size_t n, int64_t docno, int64_t *event,
                        int64_t *dup_of, tally_dup_fn on_dup, void *arg);

/* Called for each document that tally_clusterer_settle moved to another event. */
typedef void (*tally_move_fn)(void *arg, int64_t docno, int64_t event);

/* At the end of a batch: decides again the documents added since the last settle, now that the rest of the
 * batch is in; on_move (may be NULL) reports each that moves. TALLY_OK or TALLY_ENOMEM. */
int tally_clusterer_settle(tally_clusterer *c, tally_move_fn on_move, void *arg);

/* The knobs of event assignment, with their defaults (chosen on ECB+ and GVA dev; see the README section on near-duplicates and events).
 * Changing them between calls is allowed but breaks the restore+add == add-all guarantee. */
typedef struct tally_cluster_params {
    double w_name, w_phrase, w_word, w_num, w_date; /* weight of each kind of key */
    double w_lead;    /* factor for keys in the title or the first 400 bytes */
    double n0;        /* pseudo-documents added to the corpus size in idf = log((N + n0) / (df + 1)) */
    double threshold; /* a document joins the best event when its score reaches this, else starts one */
    double lambda;    /* event score = lambda * best member similarity + (1 - lambda) * mean over members, */
    double second;    /* ... the best member's similarity taken as (1 - second) * best + second * second best (2+ members) */
    double beta;      /* ... and its mean similarity reaches beta * the event's cohesion (0 = off) */
    double near_boost; /* similarity factor for publication dates at most window days apart */
    double window;    /* days: publication dates further apart than this lower the similarity ... */
    double decay;     /* ... by the factor (window / days)^decay, */
    double floor;     /* ... never below floor, */
    double dated_floor; /* ... or dated_floor when they share a date (follow-ups name the happening's day), */
    int rare_df, rare_names; /* each shared name held by at most rare_df documents ... */
    double rare_frac; /* ... and at most rare_frac * N keeps the factor at 1 / rare_names more, up to 1 */
    double conflict;  /* similarity factor, unless publication dates are known for both, when each has a ... */
    int central_tf;   /* ... central name (in the title or lead, written central_tf times or more, ... */
    double central_df; /* ... held by at most central_df * N documents) that the other's lead does not name */
    int year_gap;     /* an undated document naming at its start only years this far before a dated one's ... */
    double far_year;  /* ... is another happening: similarity factor */
    double unsure;    /* a document whose best event score was this near the threshold or the next event's, ... */
    double recheck;   /* ... or that a later document of another event is this similar to, is decided again at settle */
    double merge_min; /* at settle, a document scoring this for a second event (0 = off) may merge the two, ... */
    int merge_sample; /* ... when of this many members of the smaller, most would join the larger ... */
    double merge_ratio; /* ... scoring the threshold and this share of their score for their own */
    double lone_margin; /* at settle's end, a document of the batch still alone joins its best event scoring this
                         * near below the threshold ... */
    double lone_lead;   /* ... when the second-best scores at most this share of the best */
    int salient;      /* only a document's salient keys count: its `salient` heaviest (0 = all) */
    int topk;         /* the document's keys (by weight) used to find candidates */
    int fanout;       /* documents read per key, newest first */
    int maxcand;      /* candidates scored exactly */
    double dfcap;     /* keys in more than dfcap * N documents (and over 50) are not used to find candidates */
} tally_cluster_params;

/* The clusterer's parameters, to read or change. Never NULL for a clusterer. */
tally_cluster_params *tally_clusterer_params(tally_clusterer *c);
/* How many documents the clusterer holds. */
size_t tally_clusterer_size(const tally_clusterer *c);
#endif
