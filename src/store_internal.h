/* store_internal.h — store calls that only the library's own stages use. */
#ifndef TALLY_STORE_INTERNAL_H
#define TALLY_STORE_INTERNAL_H
#include "tally.h"

/* The row id of the article the last tally_store_add stored (0 when it stored none). */
int64_t tally_store_last_article(const tally_store *st);
/* Every stored article's feature blob and event, in storage order (articles without features skipped). */
typedef int (*tally_features_fn)(void *arg, int64_t article, const void *blob, size_t n, int64_t event);
int tally_store_each_features(tally_store *st, tally_features_fn fn, void *arg);
int tally_store_set_event(tally_store *st, int64_t article, int64_t event, int64_t dup_of, const void *blob, size_t n);
/* Moves an article to another event (its features and duplicate stay). */
int tally_store_move_event(tally_store *st, int64_t article, int64_t event);
int tally_store_add_dup(tally_store *st, int64_t a, int64_t b, double similarity);
/* Every stored article's text, in storage order, for features computed again (title and published may be NULL). */
typedef int (*tally_article_text_fn)(void *arg, int64_t article, const char *title, const char *text, size_t len,
                                     const char *published);
int tally_store_each_article_text(tally_store *st, tally_article_text_fn fn, void *arg);
/* Forgets every article's event, duplicate and features, and every near-duplicate pair. */
int tally_store_clear_events(tally_store *st);

/* For `tally events`: every article with its event and duplicate (doc ids), in event then storage order. */
typedef int (*tally_event_row_fn)(void *arg, const char *doc, int64_t event, const char *duplicate_of,
                                  const char *published, const char *title);
int tally_store_each_event_row(tally_store *st, tally_event_row_fn fn, void *arg);
/* For `tally dups`: every near-duplicate pair, most similar first. */
typedef int (*tally_dup_row_fn)(void *arg, const char *a, const char *b, double similarity);
int tally_store_each_dup(tally_store *st, tally_dup_row_fn fn, void *arg);
#endif
