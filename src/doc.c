/* doc.c — one article through the whole pipeline: copy, check UTF-8, tokens and sentences, numbers,
 * dates, claims. Everything the doc returns lives in its arena and vectors. */
#include "ctx.h"
#include "doc.h"
#include "gazetteer.h"
#include "number.h"
#include "timex.h"
#include <assert.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int32_t pool_day(struct tally_docpool *p, const char *published, char *day);

static int copy_article(tally_doc *d, const tally_article *a)
{
    tally_arena *ar = &d->arena;
    char *text = tally_arena_strndup(ar, a->text ? a->text : "", a->text ? a->text_len : 0);
    d->a = (tally_article){.id = tally_arena_strdup(ar, a->id ? a->id : ""), .url = tally_arena_strdup(ar, a->url),
                           .outlet = tally_arena_strdup(ar, a->outlet), .published = tally_arena_strdup(ar, a->published),
                           .title = tally_arena_strdup(ar, a->title), .text = text, .text_len = a->text ? a->text_len : 0};
    if (!text || !d->a.id || (a->url && !d->a.url) || (a->outlet && !d->a.outlet) ||
        (a->published && !d->a.published) || (a->title && !d->a.title))
        return TALLY_ENOMEM;
    d->dct = pool_day(d->pool, d->a.published, d->dct_day);
    return TALLY_OK;
}

/* Tokens and sentences, and every token's key, lexicon entry and scanner hints, read in the same pass (the
 * tokenizer probes the word table as it reads each word): the claim rules ask for the entries many times,
 * and the number and date scanners step over the words the hints rule out. */
static int tokenize(tally_doc *d)
{
    /* One block for the four arrays, kept when the doc is reused: the tokenizer grows it */
    tally_tokwords w = {.table = d->words, .block = d->words_block, .cap = d->words_cap};
    int rc = tally_tokenize_words(d->a.text, d->a.text_len, &d->toks, &d->sents, &w);
    d->words_block = w.block, d->words_cap = w.cap;
    size_t n = d->toks.n;
    d->key = n ? w.key : NULL;
    d->lex = n ? (const tally_lex **)w.lex : NULL;
    d->cue = n ? w.cue : NULL;
    d->hint = n ? w.hint : NULL;
    if (rc == TALLY_OK && w.nquotes != SIZE_MAX) { /* attrib.c's list of the quote marks, ready */
        d->quotes = w.nquotes ? tally_arena_alloc(&d->arena, w.nquotes * sizeof *d->quotes) : NULL;
        if (d->quotes)
            memcpy(d->quotes, w.quote, w.nquotes * sizeof *d->quotes);
        d->nquotes = w.nquotes;
        d->quotes_ready = d->quotes || !w.nquotes; /* out of memory: attrib.c tries again */
    }
    return rc;
}

enum { CLAIMS_NONE, CLAIMS_BY_COUNT, CLAIMS_BY_VICTIM };
static int claims_of(uint64_t any);

/* The rows of the titles and cues, which the tokenizer marked by the hint bit LEXH_TITLE_CUE: the first
 * capitalised title word, and which cue words are report cues (d->cue: the flags spare the scans over them
 * reading the entries). The marks are found eight at a time: a walk testing every token's hint was 2.5 % of the
 * bench's cycles, its branch mispredicted, and reading every row before that 5 %. The tokenizer leaves d->cue
 * alone (a store a token less). *by is claims_by's answer, from the same reads of the hints. */
static int look_up_words(tally_doc *d, int *by)
{
    size_t n = d->toks.n;
    d->title0 = n;
    if (n)
        memset(d->cue, 0, n);
    const uint64_t ones = 0x0101010101010101u;
    uint64_t any = 0;
    for (size_t k0 = 0; k0 < n; k0 += 8) {
        uint64_t w = tally_load_le((const char *)d->hint + k0, n - k0 < 8 ? n - k0 : 8, n - k0);
        any |= w;
        for (uint64_t marks = w >> 7 & ones; marks; marks &= marks - 1) { /* one bit a mark */
            size_t k = k0 + (size_t)(__builtin_ctzll(marks) >> 3);
            const tally_lex *lx = d->lex[k];
            if (d->hint[k] == LEXH_TITLE_CUE) /* a word the table could not hold (table words are LEXH_PLAIN) */
                any |= d->hint[k] = (uint8_t)tally_lex_hint(lx);
            if ((lx->cls & LEX_T) && d->title0 == n && (d->toks.v[k].flags & TOKF_CAP))
                d->title0 = k; /* most paragraphs have none: the name prescan is spared its walk */
            if (lx->cls & LEX_C)
                d->cue[k] = tally_attrib_cue_word(d, k);
        }
    }
    *by = claims_of(any);
    return TALLY_OK;
}

/* Can the claim rules find anything in d? A victim rule needs a word they read (LEXH_VICTIM, on a word of
 * a sentence or next to it); a count needs a measure, which every rule of claim.c's find_measure and the
 * partitive reads from a word the table marks LEXH_MEASURE (a count's own, or one told of a count before it
 * in its sentence or the two before). Most paragraphs of news have neither: their numbers, dates and
 * attribution are then read only when the names pass asks (they were a third of the claims bench there). */
static int claims_of(uint64_t any) /* any: hints ORed, eight to a word */
{
    const uint64_t ones = 0x0101010101010101u;
    return (any & LEXH_VICTIM * ones) ? CLAIMS_BY_VICTIM : (any & LEXH_MEASURE * ones) ? CLAIMS_BY_COUNT : CLAIMS_NONE;
}

static int claims_by(const tally_doc *d)
{
    uint64_t any = 0, w;
    size_t k = 0, n = d->toks.n;
    for (; k + 8 <= n; k += 8) /* eight hints a step, ORed */
        memcpy(&w, d->hint + k, 8), any |= w;
    for (; k < n; k++)
        any |= d->hint[k];
    return claims_of(any);
}

static bool has_count(const tally_doc *d)
{
    for (size_t i = 0; i < d->nums.n; i++)
        if (d->nums.v[i].kind == TALLY_NUM_COUNT)
            return true;
    return false;
}

static int numbers(tally_doc *d)
{
    d->num_last = 0;
    return tally_number_scan_toks(d->a.text, d->a.text_len, d->toks.v, d->toks.n, d->hint, &d->nums);
}

/* The dates are scanned when first asked for (tally_doc_timex_in), and only as far as asked: a third of the
 * docs the claim rules read never ask (no count outside a date to test, no attribution to date), and the
 * text after the last sentence a rule reads is left (a tenth of the scan: the cue reads go on to the last
 * claim). The scan goes on from where it stopped, so its focus date (the anchor of "the day before") is the
 * one a whole scan carries there. */
enum { TX_DUE, TX_READY, TX_FAILED };

static void scan_dates(tally_doc *d, size_t hi)
{
    if (d->tx_state != TX_DUE || d->tx_to >= hi)
        return;
    if (!d->tx_cur) {
        d->tx_cur = tally_arena_alloc(&d->arena, tally_timex_cursor_size());
        if (!d->tx_cur) {
            d->tx_state = TX_FAILED;
            return;
        }
        tally_timex_cursor_init(d->tx_cur, d->a.text, d->a.text_len, d->dct, d->toks.v, d->toks.n, d->hint, &d->tx);
    }
    if (tally_timex_scan_to(d->tx_cur, hi, &d->tx) != TALLY_OK)
        d->tx_state = TX_FAILED;
    else if (tally_timex_cursor_done(d->tx_cur))
        d->tx_state = TX_READY;
    d->tx_to = hi;
}

/* The claims (they ask for the dates); d->track is set from then on. */
static int claims_due(tally_doc *d)
{
    int rc = tally_claims_extract(d);
    return rc == TALLY_OK && d->tx_state == TX_FAILED ? TALLY_ENOMEM : rc;
}

static int run_pipeline(tally_doc *d)
{
    const char *s = d->a.text;
    size_t len = d->a.text_len, bad;
    if (!tally_utf8_check(s, len, &bad)) {
        char msg[64];
        snprintf(msg, sizeof msg, "invalid UTF-8 at byte %zu", bad);
        d->warning = tally_arena_strdup(&d->arena, msg);
    }
    int rc = tokenize(d), by = CLAIMS_NONE;
    if (rc == TALLY_OK)
        rc = look_up_words(d, &by);
    if (by != CLAIMS_NONE)
        rc = numbers(d);
    if (rc == TALLY_OK && (by == CLAIMS_BY_VICTIM || (by == CLAIMS_BY_COUNT && has_count(d))))
        rc = claims_due(d);
    return rc;
}

static const struct tally_gaz *pool_gaz(struct tally_docpool *p);

/* The named entities are found on first use: claims need none of them (the mention pass runs after the
 * claims and reads nothing they wrote), only the store does, and `tally extract` saves the pass (a
 * sixth of the claims bench) and the gazetteer's load (a tenth of a second's work per process). The doc is a
 * cache here, hence the cast: the caller owns it. */
int tally_doc_names(const tally_doc *doc)
{
    tally_doc *d = (tally_doc *)doc;
    if (d->named)
        return TALLY_OK;
    if (!d->gaz && !(d->gaz = pool_gaz(d->pool)))
        return TALLY_ENOMEM;
    d->mentions.n = 0;
    if (!d->track) { /* a doc claims_by ruled out: its numbers, dates and cue reads, which find no claim; */
        tally_claimvec claims = d->claims; /* the headline's claims stay out of their way */
        tally_spanvec evidence = d->evidence;
        d->claims = (tally_claimvec){0}, d->evidence = (tally_spanvec){0};
        int rc = claims_by(d) == CLAIMS_NONE ? numbers(d) : TALLY_OK;
        if (rc == TALLY_OK)
            rc = claims_due(d);
        assert(rc != TALLY_OK || d->claims.n == 0);
        tally_vec_free(&d->claims);
        tally_vec_free(&d->evidence);
        d->claims = claims, d->evidence = evidence;
        if (rc != TALLY_OK)
            return rc;
    }
    tally_claims_track_rest(d); /* the names its reads meet, as if extraction had run them */
    int rc = tally_mentions_find(d, d->gaz);
    if (rc == TALLY_OK && d->tx_state == TX_FAILED)
        rc = TALLY_ENOMEM;
    d->named = rc == TALLY_OK;
    return rc;
}

/* A headline given apart from the text (JSON Lines "title") is read as a text of its own; its claims join the
 * body's (claim.c). A title the text opens with (plain text, HTML) is read there already. */
enum { TITLE_MAX = 1024 };

static int title_claims(tally_ctx *ctx, tally_doc *d)
{
    const char *t = d->a.title;
    size_t n = t ? strlen(t) : 0, head = d->a.text_len < n + 256 ? d->a.text_len : n + 256;
    if (!n || n > TITLE_MAX)
        return TALLY_OK; /* no headline (and the search below stays bounded) */
    for (size_t i = 0; i + n <= head; i++)
        if (memcmp(d->a.text + i, t, n) == 0)
            return TALLY_OK; /* in the text's first lines, after a date line or a dateline */
    tally_doc *h = NULL;
    tally_article ha = {.id = d->a.id, .published = d->a.published, .text = t, .text_len = n};
    int rc = tally_doc_extract(ctx, &ha, &h);
    if (rc == TALLY_OK)
        rc = tally_claims_add_title(d, h);
    tally_doc_free(h);
    return rc;
}

/* A context keeps one freed doc for its next article: the doc's vectors, word arrays and newest arena block
 * serve again (malloc and free were 6 % of the claims bench, cut into paragraphs). The pool is shared by the
 * context and its docs and freed by the last of them, so a doc may still be freed after its context. */
struct tally_docpool {
    tally_doc *spare;
    size_t refs; /* the context (until closed) and each doc made from it */
    bool closed;
    struct tally_gaz *gaz; /* loaded when a doc first asks for its names; lives as long as the docs */
    bool day_kept;         /* the last publication date parsed, its day and the day formatted (pool_day) */
    char published[24];
    int32_t day;
    char day_text[11];
};

/* The day of date published, else TALLY_NODAY, and it formatted in day[11] ("" when none). Articles in a row
 * mostly share their date (a headline always shares its article's), so the last one is kept (parsing and
 * formatting were 0.7 % of the bench on paragraph-sized docs). */
static int32_t pool_day(struct tally_docpool *p, const char *published, char *day)
{
    if (!p || !published || strlen(published) >= sizeof p->published) {
        int32_t v = tally_day_parse(published);
        day[0] = '\0';
        if (v != TALLY_NODAY)
            tally_day_format(v, day);
        return v;
    }
    if (!p->day_kept || strcmp(p->published, published) != 0) {
        memcpy(p->published, published, strlen(published) + 1);
        p->day = tally_day_parse(published);
        p->day_text[0] = '\0';
        if (p->day != TALLY_NODAY)
            tally_day_format(p->day, p->day_text);
        p->day_kept = true;
    }
    memcpy(day, p->day_text, sizeof p->day_text);
    return p->day;
}

static const struct tally_gaz *pool_gaz(struct tally_docpool *p)
{
    if (p && !p->gaz)
        p->gaz = tally_gaz_load(getenv("TALLY_ISO_CODES"));
    return p ? p->gaz : NULL;
}

/* Drops one reference to p; the last frees it. */
static void pool_unref(struct tally_docpool *p)
{
    if (p && --p->refs == 0) {
        tally_gaz_free(p->gaz);
        free(p);
    }
}

enum { REUSE_MAX = 64 * 1024 }; /* a longer article's buffers are freed, not kept */

static tally_doc *doc_new(tally_ctx *ctx)
{
    struct tally_docpool *p = ctx->pool;
    if (!p && (p = ctx->pool = calloc(1, sizeof *p)) != NULL)
        p->refs = 1;
    if (p && p->spare) {
        tally_doc *d = p->spare;
        p->spare = NULL;
        return d;
    }
    tally_doc *d = calloc(1, sizeof *d);
    if (d && p) {
        d->pool = p;
        p->refs++;
    }
    return d;
}

/* Empties d for another article, keeping its buffers. The names array is left as it is (nnames says how much
 * of it is in use), and the cue memo's entries are made stale by a new generation: copying and clearing the
 * whole doc for paragraph-long articles cost 1 % of the bench. */
static void doc_reset(tally_doc *d)
{
    tally_arena arena = d->arena;
    tally_arena_reset(&arena, REUSE_MAX);
    void *words_block = d->words_block;
    size_t words_cap = d->words_cap;
    struct tally_docpool *pool = d->pool;
    tally_tokvec toks = d->toks;
    tally_sentvec sents = d->sents;
    tally_numvec nums = d->nums;
    tally_timexvec tx = d->tx;
    tally_claimvec claims = d->claims;
    tally_spanvec evidence = d->evidence;
    void *mentions = d->mentions.v, *persons = d->persons.v;
    size_t mentions_cap = d->mentions.cap, persons_cap = d->persons.cap;
    memset(d, 0, offsetof(tally_doc, names));
    memset((char *)d + offsetof(tally_doc, nnames), 0, sizeof *d - offsetof(tally_doc, nnames));
    d->memo_gen++;
    d->arena = arena;
    d->words_block = words_block, d->words_cap = words_cap;
    d->pool = pool;
    d->toks = toks, d->sents = sents, d->nums = nums, d->tx = tx, d->claims = claims, d->evidence = evidence;
    d->mentions.v = mentions, d->mentions.cap = mentions_cap;
    d->persons.v = persons, d->persons.cap = persons_cap;
    d->toks.n = d->sents.n = d->nums.n = d->tx.n = d->claims.n = d->evidence.n = 0;
}

static void doc_release(tally_doc *doc)
{
    tally_vec_free(&doc->toks);
    free(doc->words_block); /* d->lex, d->cue and d->hint */
    tally_vec_free(&doc->sents);
    tally_vec_free(&doc->nums);
    tally_vec_free(&doc->tx);
    tally_vec_free(&doc->claims);
    tally_vec_free(&doc->mentions);
    tally_vec_free(&doc->persons);
    tally_vec_free(&doc->evidence);
    tally_arena_free(&doc->arena);
    free(doc);
}

void tally_docpool_close(struct tally_docpool *p)
{
    if (!p)
        return;
    p->closed = true;
    if (p->spare) {
        doc_release(p->spare);
        p->spare = NULL;
        p->refs--;
    }
    pool_unref(p);
}

int tally_doc_extract(tally_ctx *ctx, const tally_article *a, tally_doc **out)
{
    *out = NULL;
    tally_doc *d = doc_new(ctx);
    if (!d)
        return tally_fail(ctx, TALLY_ENOMEM, "out of memory");
    d->words = tally_ctx_words(ctx);
    int rc = d->words ? copy_article(d, a) : TALLY_ENOMEM;
    if (rc == TALLY_OK)
        rc = run_pipeline(d);
    if (rc == TALLY_OK)
        rc = title_claims(ctx, d);
    if (rc != TALLY_OK) {
        tally_doc_free(d);
        return tally_fail(ctx, rc, "%s: %s", a->id ? a->id : "article", tally_errstr(rc));
    }
    *out = d;
    return TALLY_OK;
}

void tally_doc_free(tally_doc *doc)
{
    if (!doc)
        return;
    struct tally_docpool *p = doc->pool;
    if (p && !p->closed && !p->spare && doc->a.text_len <= REUSE_MAX) {
        doc_reset(doc);
        p->spare = doc;
        return;
    }
    doc_release(doc);
    pool_unref(p);
}

size_t tally_doc_nclaims(const tally_doc *doc)
{
    return doc ? doc->claims.n : 0;
}

const tally_claim *tally_doc_claim(const tally_doc *doc, size_t i)
{
    return doc && i < doc->claims.n ? &doc->claims.v[i] : NULL;
}

const tally_article *tally_doc_article(const tally_doc *doc)
{
    return &doc->a;
}

const char *tally_doc_warning(const tally_doc *doc)
{
    return doc->warning;
}

/* The first of n spans v[] (sorted, apart) whose end is > off: branch-free halving, as tally_tok_at. */
#define FIRST_END_AFTER(v, n, off)                               \
    do {                                                         \
        if ((n) == 0)                                            \
            return 0;                                            \
        size_t m_ = (n), b_ = 0;                                 \
        while (m_ > 1) {                                         \
            size_t half_ = m_ / 2;                               \
            b_ = (v)[b_ + half_].end <= (off) ? b_ + half_ : b_; \
            m_ -= half_;                                         \
        }                                                        \
        return b_ + ((v)[b_].end <= (off));                      \
    } while (0)

static size_t num_search(const tally_doc *d, size_t off)
{
    FIRST_END_AFTER(d->nums.v, d->nums.n, off);
}

size_t tally_doc_num_search(const tally_doc *doc, size_t off)
{
    /* The next one after the last answer (a walk over the words past it), else a search. A cache: the caller
     * owns the doc. */
    tally_doc *d = (tally_doc *)doc;
    size_t i = d->num_last, n = d->nums.n;
    if (i < n && d->nums.v[i].end <= off && (i + 1 == n || d->nums.v[i + 1].end > off))
        return d->num_last = i + 1;
    return d->num_last = num_search(d, off);
}

size_t tally_doc_timex_in(const tally_doc *doc, size_t lo, size_t hi)
{
    tally_doc *d = (tally_doc *)doc; /* the dates are a cache, read on first ask: the caller owns the doc */
    scan_dates(d, hi);
    FIRST_END_AFTER(d->tx.v, d->tx.n, lo);
}

bool tally_doc_in_timex_scan(const tally_doc *d, size_t k)
{
    const tally_tok *t = &d->toks.v[k];
    size_t i = tally_doc_timex_in(d, t->start, t->end);
    return i < d->tx.n && d->tx.v[i].start < t->end;
}
