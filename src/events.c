/* events.c — glue between the clusterer and the store. The clusterer lives in memory for one run; the
 * store keeps each article's feature blob, event and duplicate, so the next run restores the index
 * without re-reading or re-clustering articles, and new ones join the events already there. */
#include "events.h"
#include "buf.h"
#include "cluster.h"
#include "ctx.h"
#include "doc.h"
#include "store_internal.h"
#include <stdlib.h>

struct tally_events {
    tally_ctx *ctx;
    tally_store *st;
    tally_clusterer *c;
    tally_buf blob;
};

static int restore_one(void *arg, int64_t article, const void *blob, size_t n, int64_t event)
{
    tally_events *ev = arg;
    return tally_clusterer_restore(ev->c, blob, n, article, event);
}

static int fresh_clusterer(tally_events *ev)
{
    tally_clusterer_free(ev->c);
    ev->c = tally_clusterer_new();
    return ev->c ? TALLY_OK : tally_fail(ev->ctx, TALLY_ENOMEM, "events: out of memory");
}

static int add_features(tally_events *ev, int64_t article, const char *title, const char *text, size_t len,
                        int32_t dct);

static int rebuild_one(void *arg, int64_t article, const char *title, const char *text, size_t len,
                       const char *published)
{
    return add_features(arg, article, title, text ? text : "", len, tally_day_parse(published));
}

/* Feature blobs written by another version of tally: every stored article's features are computed again from
 * its stored text and the events rebuilt in storage order, in one transaction, so a store upgrades once and
 * a failure leaves it as it was. */
static int rebuild(tally_events *ev)
{
    int rc = fresh_clusterer(ev);
    if (rc == TALLY_OK)
        rc = tally_store_begin(ev->st);
    if (rc != TALLY_OK)
        return rc;
    rc = tally_store_clear_events(ev->st);
    if (rc == TALLY_OK)
        rc = tally_store_each_article_text(ev->st, rebuild_one, ev);
    if (rc == TALLY_OK)
        rc = tally_events_settle(ev);
    if (rc == TALLY_OK)
        rc = tally_store_commit(ev->st);
    if (rc != TALLY_OK)
        tally_store_rollback(ev->st);
    return rc;
}

int tally_events_reload(tally_events *ev)
{
    int rc = fresh_clusterer(ev);
    if (rc == TALLY_OK)
        rc = tally_store_each_features(ev->st, restore_one, ev);
    return rc == TALLY_EINPUT ? rebuild(ev) : rc;
}

int tally_events_open(tally_ctx *ctx, tally_store *st, tally_events **out)
{
    tally_events *ev = calloc(1, sizeof *ev);
    *out = NULL;
    if (!ev)
        return tally_fail(ctx, TALLY_ENOMEM, "events: out of memory");
    ev->ctx = ctx;
    ev->st = st;
    int rc = tally_events_reload(ev);
    if (rc != TALLY_OK) {
        tally_events_close(ev);
        return rc;
    }
    *out = ev;
    return TALLY_OK;
}

typedef struct dup_sink {
    tally_store *st;
    int64_t article;
    int rc;
} dup_sink;

static void on_dup(void *arg, int64_t other, double similarity)
{
    dup_sink *s = arg;
    if (s->rc == TALLY_OK)
        s->rc = tally_store_add_dup(s->st, other, s->article, similarity);
}

int tally_events_add(tally_events *ev, const tally_doc *doc, int64_t article)
{
    const tally_article *a = tally_doc_article(doc);
    return add_features(ev, article, a->title, a->text, a->text_len, doc->dct);
}

/* Computes an article's features, joins it to an event (noting its near-duplicates) and stores both. */
static int add_features(tally_events *ev, int64_t article, const char *title, const char *text, size_t len,
                        int32_t dct)
{
    tally_buf_reset(&ev->blob);
    int rc = tally_event_features(title, text, len, dct, &ev->blob);
    int64_t event = -1, dup = -1;
    dup_sink sink = {ev->st, article, TALLY_OK};
    if (rc == TALLY_OK)
        rc = tally_clusterer_add(ev->c, ev->blob.s, ev->blob.len, article, &event, &dup, on_dup, &sink);
    if (rc == TALLY_OK)
        rc = sink.rc;
    if (rc == TALLY_OK)
        rc = tally_store_set_event(ev->st, article, event, dup, ev->blob.s, ev->blob.len);
    return rc == TALLY_ENOMEM ? tally_fail(ev->ctx, rc, "events: out of memory") : rc;
}

typedef struct move_sink {
    tally_store *st;
    int rc;
} move_sink;

static void on_move(void *arg, int64_t article, int64_t event)
{
    move_sink *s = arg;
    if (s->rc == TALLY_OK)
        s->rc = tally_store_move_event(s->st, article, event);
}

int tally_events_settle(tally_events *ev)
{
    move_sink sink = {ev->st, TALLY_OK};
    int rc = tally_clusterer_settle(ev->c, on_move, &sink);
    if (rc == TALLY_OK)
        rc = sink.rc;
    return rc == TALLY_ENOMEM ? tally_fail(ev->ctx, rc, "events: out of memory") : rc;
}

void tally_events_close(tally_events *ev)
{
    if (!ev)
        return;
    tally_clusterer_free(ev->c);
    tally_buf_free(&ev->blob);
    free(ev);
}
