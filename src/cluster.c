/* cluster.c — events: articles about one happening, found incrementally.
 *
 * Features. One pass over title and text yields keys, each a 64-bit XXH3 hash of a normalised string with a
 * kind: a NAME is a capitalised word or acronym not at the start of a sentence nor in a title-case line
 * (a headline), a PHRASE is two adjacent names ("seong kweun"), a DATE is a month and day ("March 1", or a
 * weekday resolved against the publication date), a NUM is a figure ("#1000"), a WORD is any other content
 * word (lower-cased, a final s dropped, stop words skipped). A word seen both as a name and as a plain word
 * is a name. A capitalised word opening a sentence is also kept as an OPEN key (weightless), and so is each
 * capitalised mention of a name inside a sentence (another salt), so that a name's capitalised mentions can be
 * counted ("Williams said"). The blob keeps the keys (hash, kind, count) sorted by hash, the publication day and the MinHash
 * signature (minhash.c); weights are applied when clustering, so they can change without re-reading text.
 * Without a publication date, a dateline (a short line among the first three holding a full date) gives it;
 * without either, the latest year the text's first YEAR_BYTES name is kept (when it was written, roughly).
 *
 * Similarity. Two documents are compared by the cosine of their key vectors, each key weighted by its
 * kind's weight, by 1 + log(count) and by idf = log((N + n0) / (df + 1)) where df counts the documents
 * seen so far that hold the key (n0 pseudo-documents keep early idf sane). Names and dates weigh most: two
 * write-ups of one briefing share few words but the same people, places, figures and day, while two events of
 * the same type share the vocabulary and differ in exactly those. Publication dates further apart than a
 * window scale the similarity down by (window / days)^decay: a later story on the same people is mostly the
 * storyline's next event. Unless the two share a date key: a follow-up (an arrest, a trial, a funeral)
 * names the day of the happening it follows, a next event does not, so a shared date keeps the factor at
 * dated_floor or above. And each name the two share that few documents hold (a victim, a suspect, a street)
 * lifts the factor by 1 / rare_names, up to 1: a trial or a sentencing months later names the same people.
 * Without both publication dates, two documents each about someone (a central name: in the lead, written
 * often) whom the other's lead never names are two happenings of one type: the similarity is cut (conflict).
 * So is it between a dated document and an undated one whose start names only years well before the dated
 * one's (far_year): a story of an earlier happening of the same type.
 *
 * Assignment is single-pass: a new document is scored against the events of its candidate documents
 * (lambda * best member + (1 - lambda) * mean over all members, so a big event needs broad agreement) and
 * joins the best when the score reaches the threshold, else starts a new event. A near-duplicate (MinHash
 * Jaccard >= TALLY_DUP_JACCARD, found through LSH) always joins its original's event. Nothing assigned is
 * ever moved, so restore + add equals add-all.
 *
 * Candidates come from an inverted index key -> documents (newest first): only the document's topk heaviest
 * keys held by at most dfcap * N documents are looked up, each read at most fanout deep, and at most maxcand
 * candidates are scored exactly; every fan-out is capped, so adding a document costs a bounded amount of
 * work whatever the corpus size. */
#include "cluster.h"
#include "keyidx.h"
#include "minhash.h"
#include "text.h"
#include "timex.h"
#include "vec.h"
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <utf8proc.h>
#include <xxhash.h>

enum { K_NAME, K_PHRASE, K_DATE, K_NUM, K_WORD, K_OPEN }; /* lower wins when one hash comes with two kinds */
#define K_LEAD 0x80        /* flag: the key occurs in the title or the lead (where the happening is told) */
#define K_KIND 0x7f
#define LEAD_BYTES 400
#define DATELINE_LINES 3
#define DATELINE_BYTES 80

#define MAX_KEYS 1500      /* keys kept per document (a listing page has more; the most frequent stay) */
#define BLOB_MAGIC "TEV3"
#define BLOB_HEAD (4 + 4 + 4 + 4 + TALLY_MH_K * 4)
#define YEAR_BYTES 600   /* an undated text's years are read this far: where it tells when its happening was */
#define KEY_BYTES 10
#define OPEN_SALT 0x9e3779b97f4a7c15ull /* K_OPEN: the word's hash xor this, so it never meets the word's own key */
#define CAP_SALT 0xc2b2ae3d27d4eb4full  /* K_OPEN too: a name's capitalised mentions inside sentences */

typedef struct fkey {
    uint64_t h;
    uint8_t kind, tf;
} fkey;

typedef TALLY_VEC(fkey) fkeyvec;

/* qsort that accepts an empty (possibly NULL) array. */
static void sort_n(void *v, size_t n, size_t size, int (*cmp)(const void *, const void *))
{
    if (n > 1)
        qsort(v, n, size, cmp);
}

/* MARK: word lists */

/* Function words and news words too common to tell events apart; sorted for bsearch. */
static const char *const stop_words[] = {
    "a", "about", "after", "again", "against", "all", "also", "an", "and", "another", "any", "are", "as", "at",
    "be", "because", "been", "before", "being", "between", "both", "but", "by", "can", "could", "did", "do",
    "does", "during", "each", "for", "from", "further", "had", "has", "have", "having", "he", "her", "here",
    "hers", "herself", "him", "himself", "his", "how", "i", "if", "in", "into", "is", "it", "its", "itself",
    "just", "last", "like", "may", "me", "more", "most", "mr", "mrs", "ms", "my", "new", "no", "nor", "not",
    "now", "of", "off", "on", "once", "one", "only", "or", "other", "our", "ours", "out", "over", "own",
    "per", "said", "same", "says", "she", "should", "so", "some", "such", "than", "that", "the", "their",
    "theirs", "them", "then", "there", "these", "they", "this", "those", "through", "to", "too", "two",
    "under", "until", "up", "very", "was", "we", "were", "what", "when", "where", "which", "while", "who",
    "whom", "why", "will", "with", "would", "year", "years", "yesterday", "you", "your",
};

static const char *const months[] = {"january", "february", "march", "april", "may", "june", "july",
                                     "august", "september", "october", "november", "december"};
static const char *const weekdays[] = {"sunday", "monday", "tuesday", "wednesday", "thursday", "friday",
                                       "saturday"};

static int cmp_word(const void *key, const void *elem)
{
    return strcmp((const char *)key, *(const char *const *)elem);
}

static bool is_stop(const char *low)
{
    return bsearch(low, stop_words, sizeof stop_words / sizeof *stop_words, sizeof *stop_words, cmp_word) != NULL;
}

/* 1-12 for a month name or its abbreviation (Jan, Sept), else 0. */
static int month_of(const char *low, size_t n)
{
    for (int m = 0; m < 12; m++) {
        size_t full = strlen(months[m]);
        if ((n == full || (n >= 3 && n < full)) && strncmp(low, months[m], n) == 0)
            return (n == full || n == 3 || (m == 8 && n == 4)) ? m + 1 : 0;
    }
    return 0;
}

static int weekday_of(const char *low)
{
    for (int d = 0; d < 7; d++)
        if (strcmp(low, weekdays[d]) == 0)
            return d;
    return -1;
}

/* MARK: features */

/* The scanner's state over one text. */
typedef struct scan {
    const char *s;
    size_t len;
    int32_t published;
    fkeyvec *keys;
    bool start;       /* the next word begins a sentence */
    bool titleline;   /* the current line is a headline in title case */
    bool force_title; /* the whole input is a title */
    size_t prev_name_end; /* end of the previous word when it was a name, else SIZE_MAX */
    char prev_name[48];
    size_t prev_name_len;
    int err;          /* TALLY_ENOMEM once a key could not be stored */
    size_t cur;       /* where the current word starts */
} scan;

static void add_hash(scan *sc, uint64_t h, int kind)
{
    bool lead = sc->force_title || sc->cur < LEAD_BYTES;
    fkey k = {h, (uint8_t)(kind | (lead ? K_LEAD : 0)), 1};
    if (!sc->err && tally_vec_push(sc->keys, k) != TALLY_OK)
        sc->err = TALLY_ENOMEM;
}

static void add_key(scan *sc, const char *str, size_t n, int kind)
{
    add_hash(sc, XXH3_64bits(str, n), kind);
}

static bool upper_at(const char *s, size_t len, size_t i)
{
    unsigned char c = (unsigned char)s[i];
    if (c < 0x80)
        return tally_is_upper(c);
    int32_t cp;
    tally_utf8_decode(s, len, i, &cp);
    return utf8proc_category(cp) == UTF8PROC_CATEGORY_LU;
}

/* A line is a headline when most of its words of 4+ letters are capitalised. */
static bool title_case_line(const char *s, size_t len, size_t i)
{
    int cap = 0, low = 0;
    while (i < len && s[i] != '\n') {
        size_t e = tally_word_end(s, len, i);
        if (e == i) {
            i++;
            continue;
        }
        if (e - i >= 4 && !tally_is_digit((unsigned char)s[i]))
            upper_at(s, len, i) ? cap++ : low++;
        i = e;
    }
    return cap >= 3 && cap * 3 >= (cap + low) * 2;
}

static void add_date(scan *sc, int month, int day)
{
    char b[16];
    int n = 0;
    b[n++] = '@';
    b[n++] = (char)('a' + month);
    b[n++] = (char)('0' + day / 10);
    b[n++] = (char)('0' + day % 10);
    add_key(sc, b, (size_t)n, K_DATE);
}

/* Day of month written right after position i ("March 1", "Dec. 18"), else 0. */
static int day_after(const char *s, size_t len, size_t i)
{
    if (i < len && s[i] == '.')
        i++;
    size_t j = tally_skip_space(s, len, i);
    if (j == i || j >= len || !tally_is_digit((unsigned char)s[j]))
        return 0;
    int d = 0;
    size_t k = j;
    for (; k < len && k < j + 3 && tally_is_digit((unsigned char)s[k]); k++)
        d = d * 10 + (s[k] - '0');
    if (k < len && tally_is_digit((unsigned char)s[k]))
        return 0;
    return d >= 1 && d <= 31 ? d : 0;
}

/* A weekday is the latest such day on or before publication ("Sunday" in Monday's paper: yesterday). */
static void add_weekday(scan *sc, int wd)
{
    if (sc->published == TALLY_NODAY)
        return;
    int pub_wd = (int)(((int64_t)sc->published + 4) % 7 + 7) % 7;
    int32_t day = sc->published - (pub_wd - wd + 7) % 7;
    int y, m, d;
    tally_day_to_ymd(day, &y, &m, &d);
    add_date(sc, m, d);
}

/* Whether s[j..] reads "-year-old", " year old", " years old" (an age after a figure). */
static bool is_age(const char *s, size_t len, size_t j)
{
    if (j >= len || (s[j] != '-' && s[j] != ' '))
        return false;
    size_t e = tally_word_end(s, len, j + 1);
    if (!((e - j - 1 == 4 && strncasecmp(s + j + 1, "year", 4) == 0) ||
          (e - j - 1 == 5 && strncasecmp(s + j + 1, "years", 5) == 0)))
        return false;
    return e + 4 <= len && (s[e] == '-' || s[e] == ' ') && strncasecmp(s + e + 1, "old", 3) == 0;
}

/* A figure from s[i] (digits with comma groups and a decimal part); returns its end. */
static size_t number_at(scan *sc, size_t i)
{
    const char *s = sc->s;
    size_t len = sc->len, j = i;
    char b[24];
    size_t n = 0;
    b[n++] = '#';
    for (; j < len; j++) {
        unsigned char c = (unsigned char)s[j];
        if (tally_is_digit(c)) {
            if (n < sizeof b)
                b[n++] = (char)c;
        } else if (c == ',' && j + 3 < len && tally_is_digit((unsigned char)s[j + 1]) &&
                   tally_is_digit((unsigned char)s[j + 2]) && tally_is_digit((unsigned char)s[j + 3])) {
            continue;
        } else if (c == '.' && j + 1 < len && tally_is_digit((unsigned char)s[j + 1])) {
            if (n < sizeof b)
                b[n++] = '.';
        } else {
            break;
        }
    }
    if (n < sizeof b)
        add_key(sc, b, n, K_NUM);
    if (n < sizeof b - 1 && is_age(s, len, j)) { /* "6-year-old": an age tells victims apart, a bare 6 does not */
        b[n] = 'y';
        add_key(sc, b, n + 1, K_NUM);
    }
    if (n == 2 || n == 3) { /* "1 March" */
        int d = 0;
        for (size_t q = 1; q < n; q++)
            d = d * 10 + (b[q] - '0');
        size_t k = tally_skip_space(s, len, j), e = tally_word_end(s, len, k);
        char low[16];
        size_t m = e - k < sizeof low - 1 ? e - k : 0;
        for (size_t q = 0; q < m; q++)
            low[q] = (char)tally_lower((unsigned char)s[k + q]);
        low[m] = 0;
        int mon = m ? month_of(low, m) : 0;
        if (mon && d >= 1 && d <= 31 && k > j)
            add_date(sc, mon, d);
    }
    return tally_word_end(s, len, j); /* skips "th", "mm" */
}

static bool all_upper(const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (!tally_is_upper((unsigned char)s[i]))
            return false;
    return n >= 2;
}

/* A pair of adjacent names ("Lee Seong", "Seong kweun"): separated by one space or hyphen. */
static void add_phrase(scan *sc, size_t i, const char *low, size_t n)
{
    if (sc->prev_name_end != SIZE_MAX && i == sc->prev_name_end + 1 &&
        (sc->s[sc->prev_name_end] == ' ' || sc->s[sc->prev_name_end] == '-')) {
        char b[100];
        memcpy(b, sc->prev_name, sc->prev_name_len);
        b[sc->prev_name_len] = ' ';
        memcpy(b + sc->prev_name_len + 1, low, n);
        add_key(sc, b, sc->prev_name_len + 1 + n, K_PHRASE);
    }
    memcpy(sc->prev_name, low, n);
    sc->prev_name_len = n;
}

/* One word s[i..e): a name, a date, a content word, or nothing. */
static void word_at(scan *sc, size_t i, size_t e)
{
    const char *s = sc->s;
    char low[48];
    size_t n = e - i;
    if (n >= sizeof low)
        return;
    for (size_t q = 0; q < n; q++)
        low[q] = (char)tally_lower((unsigned char)s[i + q]);
    low[n] = 0;
    bool cap = upper_at(s, sc->len, i), title = sc->titleline || sc->force_title;
    int mon = cap ? month_of(low, n) : 0, wd = cap ? weekday_of(low) : -1, d;
    if (mon && (d = day_after(s, sc->len, e)) > 0)
        add_date(sc, mon, d);
    if (wd >= 0)
        add_weekday(sc, wd);
    if (mon || wd >= 0 || is_stop(low))
        return;
    if (cap && !title && sc->start && !all_upper(s + i, n)) /* "Williams said": a name's mention all the same */
        add_hash(sc, XXH3_64bits(low, n) ^ OPEN_SALT, K_OPEN);
    if (cap && !title && (!sc->start || all_upper(s + i, n))) {
        add_key(sc, low, n, K_NAME);
        add_hash(sc, XXH3_64bits(low, n) ^ CAP_SALT, K_OPEN);
        add_phrase(sc, i, low, n);
        sc->prev_name_end = e;
        return;
    }
    if (n < 3)
        return;
    if (n > 4 && low[n - 1] == 's' && low[n - 2] != 's')
        n--;
    add_key(sc, low, n, K_WORD);
}

static void scan_text(scan *sc)
{
    const char *s = sc->s;
    size_t len = sc->len;
    sc->start = true;
    sc->titleline = title_case_line(s, len, 0);
    sc->prev_name_end = SIZE_MAX;
    for (size_t i = 0; i < len;) {
        unsigned char c = (unsigned char)s[i];
        size_t e = tally_word_end(s, len, i);
        if (e == i) {
            if (c == '\n') {
                sc->start = true;
                sc->titleline = title_case_line(s, len, i + 1);
            } else if (c == '.' || c == '!' || c == '?') {
                sc->start = true;
            }
            i++;
            continue;
        }
        size_t keep = sc->prev_name_end;
        sc->cur = i;
        if (tally_is_digit(c))
            e = number_at(sc, i);
        else
            word_at(sc, i, e);
        if (sc->prev_name_end == keep) /* this word was no name: the run of names ends */
            sc->prev_name_end = SIZE_MAX;
        sc->start = false;
        i = e;
    }
}

static int cmp_fkey_h(const void *a, const void *b)
{
    const fkey *x = a, *y = b;
    if (x->h != y->h)
        return (x->h > y->h) - (x->h < y->h);
    return (int)x->kind - (int)y->kind;
}

static int cmp_fkey_tf(const void *a, const void *b)
{
    const fkey *x = a, *y = b;
    if (x->tf != y->tf)
        return (int)y->tf - (int)x->tf;
    return (int)x->kind - (int)y->kind;
}

/* Sorts by hash and merges repeats: count in tf (saturating), the strongest kind kept. */
static void merge_keys(fkeyvec *k)
{
    sort_n(k->v, k->n, sizeof *k->v, cmp_fkey_h);
    size_t m = 0;
    for (size_t i = 0; i < k->n; i++) {
        if (m > 0 && k->v[m - 1].h == k->v[i].h) {
            fkey *a = &k->v[m - 1];
            int kind = (a->kind & K_KIND) < (k->v[i].kind & K_KIND) ? a->kind & K_KIND : k->v[i].kind & K_KIND;
            a->kind = (uint8_t)(kind | ((a->kind | k->v[i].kind) & K_LEAD));
            if (a->tf < 255)
                a->tf++;
        } else {
            k->v[m++] = k->v[i];
        }
    }
    k->n = m;
    if (k->n > MAX_KEYS) {
        sort_n(k->v, k->n, sizeof *k->v, cmp_fkey_tf);
        k->n = MAX_KEYS;
        sort_n(k->v, k->n, sizeof *k->v, cmp_fkey_h);
    }
}

static void put_u32(tally_buf *b, uint32_t v)
{
    char x[4] = {(char)(v & 255), (char)((v >> 8) & 255), (char)((v >> 16) & 255), (char)(v >> 24)};
    tally_buf_add(b, x, 4);
}

static void put_u64(tally_buf *b, uint64_t v)
{
    put_u32(b, (uint32_t)v);
    put_u32(b, (uint32_t)(v >> 32));
}

/* The day of a dateline ("May 03, 2013", "Published on Friday, 27 September 2013"): a short line among the
 * first three of the text that holds a full date. TALLY_NODAY when there is none (or out of memory). */
static int32_t dateline_day(const char *s, size_t len)
{
    tally_timexvec tx = {0};
    int32_t day = TALLY_NODAY;
    size_t i = 0;
    for (int line = 0; line < DATELINE_LINES && i < len && day == TALLY_NODAY; line++) {
        const char *nl = memchr(s + i, '\n', len - i);
        size_t e = nl ? (size_t)(nl - s) : len;
        tx.n = 0;
        if (e - i <= DATELINE_BYTES && tally_timex_scan(s + i, e - i, TALLY_NODAY, &tx) == TALLY_OK)
            for (size_t k = 0; k < tx.n && day == TALLY_NODAY; k++)
                if (tx.v[k].type == TALLY_TIMEX_DATE && tx.v[k].gran == TALLY_GRAN_DAY && tx.v[k].first != TALLY_NODAY)
                    day = tx.v[k].first;
        i = e + 1;
    }
    tally_vec_free(&tx);
    return day;
}

/* A title less the site's name after it ("Two hurt in crash - WXYZ Channel 7 | Springfield"): the length up to
 * the first separator with at least 20 bytes before it and at most 80 after. */
static size_t headline_len(const char *title)
{
    static const char *const seps[] = {" - ", " | ", " :: ", " \xc2\xab ", " \xe2\x80\x93 "};
    size_t len = strlen(title), cut = len;
    for (size_t k = 0; k < sizeof seps / sizeof *seps; k++) {
        const char *at = strstr(title, seps[k]);
        while (at && (size_t)(at - title) < 20)
            at = strstr(at + 1, seps[k]);
        if (at && len - (size_t)(at - title) <= 80 && (size_t)(at - title) < cut)
            cut = (size_t)(at - title);
    }
    return cut;
}

/* Whether the year timex x names is a name's number ("Windows 2000", "Euro 2012"): a capitalised word that is
 * no month nor a stop word ("In 2010") comes right before it. */
static bool named_year(const char *s, const tally_timex *x)
{
    size_t e = x->start;
    if (e < 2 || s[e - 1] != ' ' || !tally_is_alpha((unsigned char)s[e - 2]))
        return false;
    size_t b = tally_word_start(s, e - 1), n = e - 1 - b;
    char low[16];
    if (n >= sizeof low || !tally_is_upper((unsigned char)s[b]))
        return false;
    for (size_t q = 0; q < n; q++)
        low[q] = (char)tally_lower((unsigned char)s[b + q]);
    low[n] = 0;
    return !month_of(low, n) && !is_stop(low);
}

/* The latest year an undated text names near its start (0 when none): "… until the end of 2009", "in 2010" tell
 * roughly when it was written. Decades and centuries, and years after a name ("Server 2008"), do not count. */
static int lead_year(const char *s, size_t len)
{
    size_t cut = len;
    if (cut > YEAR_BYTES) {
        cut = YEAR_BYTES;
        while (cut > 0 && s[cut] != ' ' && s[cut] != '\n')
            cut--;
    }
    tally_timexvec tx = {0};
    int year = 0;
    if (tally_timex_scan(s, cut, TALLY_NODAY, &tx) == TALLY_OK)
        for (size_t k = 0; k < tx.n; k++) {
            const tally_timex *x = &tx.v[k];
            int y, m, d;
            if (x->type != TALLY_TIMEX_DATE || x->first == TALLY_NODAY || x->gran > TALLY_GRAN_YEAR ||
                named_year(s, x))
                continue;
            tally_day_to_ymd(x->first, &y, &m, &d);
            year = y > year ? y : year;
        }
    tally_vec_free(&tx);
    return year;
}

int tally_event_features(const char *title, const char *text, size_t len, int32_t published, tally_buf *blob)
{
    fkeyvec keys = {0};
    if (published == TALLY_NODAY)
        published = dateline_day(text, len);
    int year = published == TALLY_NODAY ? lead_year(text, len) : 0;
    scan sc = {.published = published, .keys = &keys};
    if (title) {
        sc.s = title;
        sc.len = headline_len(title);
        sc.force_title = true;
        scan_text(&sc);
        sc.force_title = false;
    }
    sc.s = text;
    sc.len = len;
    scan_text(&sc);
    if (sc.err) {
        tally_vec_free(&keys);
        blob->err = TALLY_ENOMEM;
        return TALLY_ENOMEM;
    }
    merge_keys(&keys);
    tally_minhash sig;
    tally_minhash_text(text, len, &sig);
    tally_buf_add(blob, BLOB_MAGIC, 4);
    put_u32(blob, (uint32_t)published);
    put_u32(blob, (uint32_t)keys.n);
    put_u32(blob, (uint32_t)year);
    for (int i = 0; i < TALLY_MH_K; i++)
        put_u32(blob, sig.v[i]);
    for (size_t i = 0; i < keys.n; i++) {
        put_u64(blob, keys.v[i].h);
        tally_buf_addc(blob, (char)keys.v[i].kind);
        tally_buf_addc(blob, (char)keys.v[i].tf);
    }
    tally_vec_free(&keys);
    return blob->err ? TALLY_ENOMEM : TALLY_OK;
}

/* MARK: clusterer */

#define NONE UINT32_MAX /* no document */
#define IDF_MEMO 4096 /* entries of the idf memo (a power of 2) */

typedef struct idf_entry {
    uint32_t df, gen; /* gen: the document being scored when it was computed (0: never) */
    double val;
} idf_entry;

typedef struct cdoc {
    int64_t docno, event;
    int32_t published;
    int32_t year; /* without a publication date: the latest year its start names, else 0 */
    uint32_t key0, nkeys; /* its keys: c->keys.v[key0 .. key0 + nkeys), sorted by hash */
    bool marked;          /* in c->pending */
    bool fixed;           /* a near-duplicate, or the original of one: never moved (copies share an event) */
    float near;           /* its highest similarity to another document so far, either one being scored */
    uint32_t prev, next;  /* the other members of its event (NONE at the ends) */
} cdoc;

typedef struct cand {
    uint32_t doc;
    double score; /* partial score while collecting, similarity once scored */
} cand;

typedef struct evstat {
    int64_t id;
    uint32_t size;  /* documents */
    uint32_t nlink; /* documents that joined it after the first */
    double cohesion; /* sum over those of their mean similarity to the members then */
    uint32_t first;  /* its latest member (NONE when it has none left) */
} evstat;

typedef struct evpair {
    int64_t a, b;
} evpair;

typedef struct escore {
    int64_t event;
    double sim;
    uint32_t doc;
} escore;

/* Mean similarity of the new document to the members of each candidate event, and the event score. */
typedef struct evscore {
    int64_t event;
    double mean, score;
} evscore;

struct tally_clusterer {
    tally_cluster_params p;
    TALLY_VEC(cdoc) docs;
    fkeyvec keys;
    TALLY_VEC(tally_minhash) sigs;
    tally_postings inv;    /* key -> documents; count = document frequency */
    tally_postings evmap;  /* event id -> its index in ev */
    TALLY_VEC(evstat) ev;
    tally_lsh lsh;
    int64_t max_event;
    double link_mean;      /* the new document's mean similarity to the event it joins */
    TALLY_VEC(uint32_t) pending; /* documents added since the last settle, to decide again */
    evscore top1, top2;    /* the new document's two best events (best_event); event -1 when none */
    TALLY_VEC(evpair) tried; /* merges turned down in this settle, */
    tally_keyidx tried_ix;   /* filed by pair_key: a settle asks once per document decided again */
    size_t budget;         /* documents a settle may still score for merges (as many as it decides again) */
    uint32_t skip;         /* the document being decided again: not its own candidate (else NONE) */
    uint32_t skip2;        /* the document that ties two events, left out of their merge vote (else NONE) */
    uint32_t batch0;       /* the first document added since the last settle */
    /* scratch for one add */
    fkeyvec nkeys;
    int32_t nyear;         /* the new document's year (cdoc.year) */
    double near;           /* the new document's highest similarity to a candidate */
    TALLY_VEC(double) w;   /* the new document's key weights (idf included) */
    TALLY_VEC(bool) central; /* which of the new document's keys are central names */
    TALLY_VEC(double) w2;  /* a stored document's weights, then a scratch copy for selection */
    TALLY_VEC(cand) cands;
    TALLY_VEC(cand) hits;  /* candidates before the cut, one per document */
    TALLY_VEC(uint32_t) slots; /* hits' open-addressing index (all 0 between documents) */
    TALLY_VEC(escore) evs;
    TALLY_VEC(uint32_t) ids;
    uint32_t gen;          /* documents scored so far: idf_memo entries of this generation are current */
    idf_entry idf_memo[IDF_MEMO]; /* idf by document frequency, for the corpus size of the current document */
};

static const tally_cluster_params default_params = {
    .w_name = 4.0, .w_phrase = 3.0, .w_word = 1.0, .w_num = 2.0, .w_date = 3.0, .w_lead = 1.0,
    .n0 = 200, .threshold = 0.25, .rare_df = 3, .rare_frac = 0.01, .rare_names = 4, .lambda = 0.5, .second = 0.25, .beta = 0, .window = 2,
    .floor = 0.05, .dated_floor = 0.8, .near_boost = 1.67, .decay = 2,
    .conflict = 0.25, .central_tf = 5, .central_df = 0.1, .year_gap = 3, .far_year = 0.25,
    .unsure = 0.05, .recheck = 0.25, .merge_min = 0.25, .merge_sample = 8, .merge_ratio = 0.5,
    .lone_margin = 0.04, .lone_lead = 0.65,
    .salient = 0, .topk = 24, .fanout = 64, .maxcand = 96, .dfcap = 0.05,
};

tally_clusterer *tally_clusterer_new(void)
{
    tally_clusterer *c = calloc(1, sizeof *c);
    if (!c)
        return NULL;
    c->p = default_params;
    c->skip = c->skip2 = NONE;
    tally_postings_init(&c->inv);
    tally_postings_init(&c->evmap);
    tally_lsh_init(&c->lsh);
    return c;
}

void tally_clusterer_free(tally_clusterer *c)
{
    if (!c)
        return;
    tally_vec_free(&c->docs);
    tally_vec_free(&c->keys);
    tally_vec_free(&c->sigs);
    tally_postings_free(&c->inv);
    tally_postings_free(&c->evmap);
    tally_vec_free(&c->ev);
    tally_lsh_free(&c->lsh);
    tally_vec_free(&c->nkeys);
    tally_vec_free(&c->w);
    tally_vec_free(&c->central);
    tally_vec_free(&c->w2);
    tally_vec_free(&c->cands);
    tally_vec_free(&c->hits);
    tally_vec_free(&c->slots);
    tally_vec_free(&c->evs);
    tally_vec_free(&c->ids);
    tally_vec_free(&c->pending);
    tally_vec_free(&c->tried);
    tally_keyidx_free(&c->tried_ix);
    free(c);
}

tally_cluster_params *tally_clusterer_params(tally_clusterer *c) { return &c->p; }
size_t tally_clusterer_size(const tally_clusterer *c) { return c->docs.n; }

static uint32_t get_u32(const unsigned char *p)
{
    return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24;
}

/* Reads a blob into c->nkeys, *sig and *published. */
static int parse_blob(tally_clusterer *c, const void *blob, size_t n, tally_minhash *sig, int32_t *published)
{
    const unsigned char *p = blob;
    if (!p || n < BLOB_HEAD || memcmp(p, BLOB_MAGIC, 4) != 0)
        return TALLY_EINPUT;
    *published = (int32_t)get_u32(p + 4);
    size_t nk = get_u32(p + 8);
    if (nk > MAX_KEYS || n != BLOB_HEAD + nk * KEY_BYTES)
        return TALLY_EINPUT;
    for (int i = 0; i < TALLY_MH_K; i++)
        sig->v[i] = get_u32(p + 16 + 4 * i);
    c->nyear = (int32_t)get_u32(p + 12);
    c->nkeys.n = 0;
    if (tally_vec_reserve((void **)&c->nkeys.v, &c->nkeys.cap, nk, sizeof *c->nkeys.v) != TALLY_OK)
        return TALLY_ENOMEM;
    for (size_t i = 0; i < nk; i++) {
        const unsigned char *q = p + BLOB_HEAD + i * KEY_BYTES;
        fkey k = {(uint64_t)get_u32(q) | (uint64_t)get_u32(q + 4) << 32, q[8], q[9]};
        if ((k.kind & K_KIND) > K_OPEN || k.tf == 0)
            return TALLY_EINPUT;
        c->nkeys.v[c->nkeys.n++] = k;
    }
    return TALLY_OK;
}

/* Events are keyed by a hash of their id (the multimap reserves key 0). */
static uint64_t event_key(int64_t event) { return XXH3_64bits(&event, sizeof event); }

static evstat *find_event(const tally_clusterer *c, int64_t event)
{
    uint32_t i;
    return tally_postings_get(&c->evmap, event_key(event), &i, 1) ? &c->ev.v[i] : NULL;
}

/* Counts document idx in event, with c->link_mean its mean similarity to the members. */
static int join_event(tally_clusterer *c, int64_t event, uint32_t idx)
{
    cdoc *d = &c->docs.v[idx];
    d->event = event;
    d->prev = NONE;
    evstat *e = find_event(c, event);
    if (e) {
        e->size++;
        e->nlink++;
        e->cohesion += c->link_mean;
        d->next = e->first;
        if (e->first != NONE)
            c->docs.v[e->first].prev = idx;
        e->first = idx;
        return TALLY_OK;
    }
    d->next = NONE;
    int rc = tally_postings_add(&c->evmap, event_key(event), (uint32_t)c->ev.n);
    return rc == TALLY_OK ? tally_vec_push(&c->ev, ((evstat){event, 1, 0, 0, idx})) : rc;
}

/* Takes document idx out of its event's members. */
static void leave_event(tally_clusterer *c, uint32_t idx)
{
    cdoc *d = &c->docs.v[idx];
    evstat *e = find_event(c, d->event);
    e->size--;
    if (d->prev != NONE)
        c->docs.v[d->prev].next = d->next;
    else
        e->first = d->next;
    if (d->next != NONE)
        c->docs.v[d->next].prev = d->prev;
}

/* Stores the parsed document (c->nkeys) with its event and indexes it. */
static int insert(tally_clusterer *c, const tally_minhash *sig, int32_t published, int64_t docno, int64_t event)
{
    uint32_t idx = (uint32_t)c->docs.n;
    cdoc d = {docno, event, published, c->nyear, (uint32_t)c->keys.n, (uint32_t)c->nkeys.n, false, false, (float)c->near, NONE, NONE};
    int rc = tally_vec_reserve((void **)&c->keys.v, &c->keys.cap, c->keys.n + c->nkeys.n, sizeof *c->keys.v);
    if (rc == TALLY_OK)
        rc = tally_vec_push(&c->docs, d);
    if (rc == TALLY_OK)
        rc = tally_vec_push(&c->sigs, *sig);
    if (rc != TALLY_OK)
        return rc;
    if (c->nkeys.n > 0)
        memcpy(c->keys.v + c->keys.n, c->nkeys.v, c->nkeys.n * sizeof *c->keys.v);
    c->keys.n += c->nkeys.n;
    for (size_t i = 0; rc == TALLY_OK && i < c->nkeys.n; i++)
        if ((c->nkeys.v[i].kind & K_KIND) != K_OPEN) /* read from the document itself, never looked up */
            rc = tally_postings_add(&c->inv, c->nkeys.v[i].h, idx);
    if (rc == TALLY_OK)
        rc = tally_lsh_add(&c->lsh, sig, idx);
    if (rc == TALLY_OK)
        rc = join_event(c, event, idx);
    if (event > c->max_event)
        c->max_event = event;
    return rc;
}


/* MARK: scoring */

static double kind_weight(const tally_cluster_params *p, int kind)
{
    switch (kind) {
    case K_NAME: return p->w_name;
    case K_PHRASE: return p->w_phrase;
    case K_DATE: return p->w_date;
    case K_NUM: return p->w_num;
    case K_OPEN: return 0; /* only counts a name's mentions (central) */
    default: return p->w_word;
    }
}

/* idf = log((N + n0) / (df + 1)), memoised per document scored (direct-mapped by df): its candidates' keys
 * repeat few df values. */
static double idf_df(tally_clusterer *c, uint32_t df)
{
    idf_entry *e = &c->idf_memo[df & (IDF_MEMO - 1)];
    if (e->gen != c->gen || e->df != df)
        *e = (idf_entry){df, c->gen, log(((double)c->docs.n + c->p.n0) / (df + 1.0))};
    return e->val;
}

static double idf(tally_clusterer *c, uint64_t h)
{
    return idf_df(c, tally_postings_count(&c->inv, h));
}

static double key_weight(const tally_clusterer *c, const fkey *k)
{
    return kind_weight(&c->p, k->kind & K_KIND) * (1.0 + log(k->tf)) * (k->kind & K_LEAD ? c->p.w_lead : 1);
}

static int cmp_desc(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return (x < y) - (x > y);
}

/* Keeps a document's salient keys: weights below the top-th largest become 0. Returns the norm. */
static double keep_salient(double *w, size_t n, int top, double *scratch)
{
    if (top > 0 && n > (size_t)top) {
        memcpy(scratch, w, n * sizeof *w);
        sort_n(scratch, n, sizeof *scratch, cmp_desc);
        double cut = scratch[top - 1];
        for (size_t i = 0; i < n; i++)
            if (w[i] < cut)
                w[i] = 0;
    }
    double norm = 0;
    for (size_t i = 0; i < n; i++)
        norm += w[i] * w[i];
    return sqrt(norm);
}

/* The new document's weights into c->w (salient keys only); returns its norm, or -1 out of memory. */
static double weigh_new(tally_clusterer *c)
{
    c->w.n = 0;
    if (tally_vec_reserve((void **)&c->w.v, &c->w.cap, c->nkeys.n, sizeof *c->w.v) != TALLY_OK ||
        tally_vec_reserve((void **)&c->w2.v, &c->w2.cap, MAX_KEYS * 2, sizeof *c->w2.v) != TALLY_OK)
        return -1;
    for (size_t i = 0; i < c->nkeys.n; i++)
        c->w.v[c->w.n++] = (c->nkeys.v[i].kind & K_KIND) == K_OPEN ? 0 : key_weight(c, &c->nkeys.v[i]) * idf(c, c->nkeys.v[i].h);
    return keep_salient(c->w.v, c->w.n, c->p.salient, c->w2.v + MAX_KEYS);
}

/* A name held by few documents besides the `own` other members of the candidate's event (a victim's name is in
 * every write-up of the shooting), in absolute terms and relative to the corpus (in a small one nothing is rare). */
static bool is_rare(const tally_clusterer *c, uint32_t df, uint32_t own)
{
    double d = df > own + 1 ? (double)(df - own) : 1;
    return d <= c->p.rare_df && d <= c->p.rare_frac * (double)c->docs.n;
}

static int cmp_hash_fkey(const void *key, const void *elem)
{
    uint64_t h = *(const uint64_t *)key, e = ((const fkey *)elem)->h;
    return (h > e) - (h < e);
}

/* The count of the weightless key h ^ salt among keys (sorted by hash), 0 when absent. */
static int salted_tf(uint64_t h, uint64_t salt, const fkey *keys, size_t n)
{
    h ^= salt;
    const fkey *k = bsearch(&h, keys, n, sizeof *keys, cmp_hash_fkey);
    return k && (k->kind & K_KIND) == K_OPEN ? k->tf : 0;
}

/* A document's subject: a name in its title or lead that it writes capitalised at least central_tf times
 * (inside sentences or opening them; a common word that is sometimes part of a name, "the Harbour Street
 * Church", mostly is not) and that at most central_df of the corpus holds (not a wire service). keys: all the
 * document's keys, sorted by hash. */
static bool central(const tally_clusterer *c, const fkey *k, const fkey *keys, size_t n)
{
    if ((k->kind & K_KIND) != K_NAME || !(k->kind & K_LEAD))
        return false;
    int tf = salted_tf(k->h, CAP_SALT, keys, n) + salted_tf(k->h, OPEN_SALT, keys, n);
    return tf >= c->p.central_tf && tally_postings_count(&c->inv, k->h) <= c->p.central_df * (double)c->docs.n + 1;
}

/* Cosine of the new document (c->nkeys, weights c->w, norm) with stored document j; *shared_date: they
 * have a date key in common; *conflict (unless NULL): each is about someone the other's lead never names
 * ("Klitschko stops Thompson" against "Klitschko stops Rahman": one type of event, two happenings). The new
 * document's central names are in c->central. */
static double cosine(tally_clusterer *c, uint32_t j, double norm, int *rare, bool *shared_date, bool *conflict)
{
    const cdoc *d = &c->docs.v[j];
    const fkey *k = c->keys.v + d->key0;
    double *wj = c->w2.v, dot = 0;
    for (size_t b = 0; b < d->nkeys; b++)
        wj[b] = (k[b].kind & K_KIND) == K_OPEN ? 0 : key_weight(c, &k[b]) * idf(c, k[b].h);
    double nj = keep_salient(wj, d->nkeys, c->p.salient, c->w2.v + MAX_KEYS);
    size_t a = 0;
    const evstat *e = find_event(c, d->event);
    uint32_t own = e ? e->size - 1 : 0; /* members besides d itself may hold the name too */
    const fkey *kn = c->nkeys.v;
    size_t nn = c->nkeys.n;
    const bool *cen = c->central.v, check = conflict != NULL;
    bool own_new = false, own_old = false; /* a central name of the new / the stored one the other's lead lacks */
    *rare = 0;
    *shared_date = false;
    for (size_t b = 0; b < d->nkeys; b++) {
        for (; a < nn && kn[a].h < k[b].h; a++)
            own_new |= check && cen[a];
        if (a < nn && kn[a].h == k[b].h) {
            dot += c->w.v[a] * wj[b];
            *shared_date |= (k[b].kind & K_KIND) == K_DATE;
            if ((k[b].kind & K_KIND) == K_NAME && is_rare(c, tally_postings_count(&c->inv, k[b].h), own))
                ++*rare;
            own_new |= check && cen[a] && !(k[b].kind & K_LEAD);
            own_old = own_old || (check && !(kn[a].kind & K_LEAD) && central(c, &k[b], k, d->nkeys));
            a++;
        } else {
            own_old = own_old || (check && central(c, &k[b], k, d->nkeys));
        }
    }
    for (; check && a < nn; a++)
        own_new |= cen[a];
    if (check)
        *conflict = own_new && own_old;
    return norm > 0 && nj > 0 ? dot / (norm * nj) : 0;
}

/* Publication dates close together are evidence for one event (near_boost); far apart, against it. */
static double time_factor(const tally_cluster_params *p, int32_t a, int32_t b, bool shared_date)
{
    if (a == TALLY_NODAY || b == TALLY_NODAY)
        return 1;
    double days = fabs((double)a - (double)b);
    if (days <= p->window)
        return p->near_boost;
    double f = pow(p->window / days, p->decay);
    double floor = shared_date ? p->dated_floor : p->floor;
    return p->near_boost * (f > floor ? f : floor);
}

/* Whether one document is dated and the other, undated, names at its start only years at least year_gap before
 * the dated one's: a story of an earlier happening of the same type. */
static bool years_far(const tally_cluster_params *p, int32_t pub_a, int year_a, int32_t pub_b, int year_b)
{
    if ((pub_a == TALLY_NODAY) == (pub_b == TALLY_NODAY))
        return false;
    int y, m, d, year = pub_a == TALLY_NODAY ? year_a : year_b;
    tally_day_to_ymd(pub_a == TALLY_NODAY ? pub_b : pub_a, &y, &m, &d);
    return year > 0 && year <= y - p->year_gap;
}

static int cmp_cand_score(const void *a, const void *b)
{
    const cand *x = a, *y = b;
    if (x->score != y->score)
        return x->score < y->score ? 1 : -1;
    return (x->doc > y->doc) - (x->doc < y->doc);
}

/* Whether candidate x ranks below y (lower partial score, or equal and a later document): cmp_cand_score's order. */
static bool cand_below(const cand *x, const cand *y)
{
    return x->score != y->score ? x->score < y->score : x->doc > y->doc;
}

/* Restores the min-heap (the lowest-ranked candidate on top) below position i. */
static void heap_down(cand *h, size_t n, size_t i)
{
    for (;;) {
        size_t l = 2 * i + 1, m = i;
        if (l < n && cand_below(&h[l], &h[m]))
            m = l;
        if (l + 1 < n && cand_below(&h[l + 1], &h[m]))
            m = l + 1;
        if (m == i)
            return;
        cand t = h[i];
        h[i] = h[m];
        h[m] = t;
        i = m;
    }
}

/* Keeps the best `keep` of v[0..n) in v[0..), best first; returns how many. A heap of `keep`, so that the cost
 * does not follow how many documents the keys reached. */
static size_t best_cands(cand *v, size_t n, size_t keep)
{
    size_t m = 0;
    for (size_t i = 0; i < n && keep > 0; i++) {
        if (m < keep) {
            v[m++] = v[i];
            for (size_t j = m - 1; j > 0 && cand_below(&v[j], &v[(j - 1) / 2]); j = (j - 1) / 2) {
                cand t = v[j];
                v[j] = v[(j - 1) / 2];
                v[(j - 1) / 2] = t;
            }
        } else if (cand_below(&v[0], &v[i])) {
            v[0] = v[i];
            heap_down(v, m, 0);
        }
    }
    sort_n(v, m, sizeof *v, cmp_cand_score);
    return m;
}

/* Indexes of the new document's keys, heaviest first, that may find candidates. */
static int pick_keys(tally_clusterer *c, cand *order, size_t *n)
{
    double cap = c->p.dfcap * (double)c->docs.n;
    if (cap < 50)
        cap = 50;
    *n = 0;
    for (size_t i = 0; i < c->nkeys.n; i++) {
        uint32_t df = tally_postings_count(&c->inv, c->nkeys.v[i].h);
        if (df >= 1 && df <= cap)
            order[(*n)++] = (cand){(uint32_t)i, c->w.v[i]};
    }
    *n = best_cands(order, *n, c->p.topk > 0 ? (size_t)c->p.topk : 0);
    return TALLY_OK;
}

/* Adds each hit's partial score to its document's entry in c->hits (one per document, in order of first
 * hit, so each sum adds in the order the keys were read). c->slots: an open-addressing table of
 * 1 + index into c->hits, all 0 on entry and on return. */
static int add_hit(tally_clusterer *c, uint32_t doc, double score)
{
    size_t mask = c->slots.n - 1, i = (size_t)(doc * 0x9e3779b1u) & mask;
    for (; c->slots.v[i]; i = (i + 1) & mask)
        if (c->hits.v[c->slots.v[i] - 1].doc == doc) {
            c->hits.v[c->slots.v[i] - 1].score += score;
            return TALLY_OK;
        }
    c->slots.v[i] = (uint32_t)c->hits.n + 1;
    return tally_vec_push(&c->hits, ((cand){doc, score}));
}

/* Candidate documents into c->cands (doc, partial score), at most maxcand, best first. */
static int collect(tally_clusterer *c)
{
    size_t nk = 0, fan = (size_t)c->p.fanout, nslot = 64;
    c->cands.n = 0;
    c->hits.n = 0;
    if (tally_vec_reserve((void **)&c->cands.v, &c->cands.cap, c->nkeys.n + 1, sizeof *c->cands.v) != TALLY_OK ||
        tally_vec_reserve((void **)&c->ids.v, &c->ids.cap, fan, sizeof *c->ids.v) != TALLY_OK)
        return TALLY_ENOMEM;
    cand *order = c->cands.v; /* the keys to read; the candidates go to c->hits */
    pick_keys(c, order, &nk);
    while (nslot < 2 * nk * fan)
        nslot *= 2;
    if (c->slots.n < nslot) {
        if (tally_vec_reserve((void **)&c->slots.v, &c->slots.cap, nslot, sizeof *c->slots.v) != TALLY_OK)
            return TALLY_ENOMEM;
        memset(c->slots.v, 0, nslot * sizeof *c->slots.v);
        c->slots.n = nslot;
    }
    int rc = TALLY_OK;
    for (size_t i = 0; rc == TALLY_OK && i < nk; i++) {
        size_t m = tally_postings_get(&c->inv, c->nkeys.v[order[i].doc].h, c->ids.v, fan);
        for (size_t j = 0; rc == TALLY_OK && j < m; j++)
            rc = add_hit(c, c->ids.v[j], order[i].score);
    }
    memset(c->slots.v, 0, c->slots.n * sizeof *c->slots.v); /* cleared for the next document */
    if (rc != TALLY_OK)
        return rc;
    size_t m = best_cands(c->hits.v, c->hits.n, c->p.maxcand > 0 ? (size_t)c->p.maxcand : 0);
    rc = tally_vec_reserve((void **)&c->cands.v, &c->cands.cap, m, sizeof *c->cands.v);
    if (rc == TALLY_OK && m > 0) {
        memcpy(c->cands.v, c->hits.v, m * sizeof *c->hits.v);
        c->cands.n = m;
    }
    return rc;
}

static int cmp_escore(const void *a, const void *b)
{
    const escore *x = a, *y = b;
    return (x->event > y->event) - (x->event < y->event);
}

static evscore next_event(tally_clusterer *c, size_t *i)
{
    size_t j = *i;
    double mx = 0, mx2 = 0, sum = 0;
    for (; j < c->evs.n && c->evs.v[j].event == c->evs.v[*i].event; j++) {
        double s = c->evs.v[j].sim;
        sum += s;
        mx2 = s > mx ? mx : s > mx2 ? s : mx2;
        mx = s > mx ? s : mx;
    }
    const evstat *e = find_event(c, c->evs.v[*i].event);
    double mean = sum / (e && e->size > 0 ? e->size : 1);
    if (e && e->size >= 2) /* one close member alone is weaker evidence than two */
        mx = (1 - c->p.second) * mx + c->p.second * mx2;
    evscore r = {c->evs.v[*i].event, mean, c->p.lambda * mx + (1 - c->p.lambda) * mean};
    *i = j;
    return r;
}

/* Whether the new document may join: its score reaches the threshold, and its mean similarity is not
 * far below how similar the event's members were to each other when they joined (an event of one type
 * but another happening shares the vocabulary, and so scores well in absolute terms, but less than the
 * event's own write-ups score among themselves). */
static bool may_join(const tally_clusterer *c, const evscore *s)
{
    const evstat *e = find_event(c, s->event);
    if (s->score < c->p.threshold)
        return false;
    return !e || e->nlink == 0 || s->mean >= c->p.beta * e->cohesion / e->nlink;
}

/* The best event among the scored candidates (c->evs), or -1 when none may be joined. */
static int64_t best_event(tally_clusterer *c)
{
    int64_t best = -1;
    double best_score = -1;
    c->top1 = c->top2 = (evscore){.event = -1};
    for (size_t i = 0; i < c->evs.n;) {
        evscore s = next_event(c, &i);
        if (s.score > c->top1.score) {
            c->top2 = c->top1;
            c->top1 = s;
        } else if (s.score > c->top2.score) {
            c->top2 = s;
        }
        if (may_join(c, &s) && s.score > best_score) {
            best_score = s.score;
            best = s.event;
        }
    }
    return best;
}

/* The scored document's mean similarity and score for event (zeros when none of its members is a candidate,
 * as for a new event). */
static evscore scores_for(tally_clusterer *c, int64_t event)
{
    for (size_t i = 0; i < c->evs.n;) {
        evscore s = next_event(c, &i);
        if (s.event == event)
            return s;
    }
    return (evscore){.event = event};
}

/* Near-duplicates of the new document: reports each, returns the closest's index or -1. */
static int64_t find_dups(tally_clusterer *c, const tally_minhash *sig, tally_dup_fn on_dup, void *arg)
{
    uint32_t ids[TALLY_LSH_BANDS * TALLY_LSH_FANOUT];
    size_t n = tally_lsh_query(&c->lsh, sig, ids, sizeof ids / sizeof *ids);
    int64_t best = -1;
    double best_j = 0;
    for (size_t i = 0; i < n; i++) {
        double j = tally_minhash_jaccard(sig, &c->sigs.v[ids[i]]);
        if (j < TALLY_DUP_JACCARD)
            continue;
        if (on_dup)
            on_dup(arg, c->docs.v[ids[i]].docno, j);
        if (j > best_j) {
            best_j = j;
            best = ids[i];
        }
    }
    return best;
}

/* Scores the new document against its candidates into c->evs (sorted by event). */
static int score_candidates(tally_clusterer *c, int32_t published)
{
    if (++c->gen == 0) { /* wrapped: no memo entry may look current */
        memset(c->idf_memo, 0, sizeof c->idf_memo);
        c->gen = 1;
    }
    double norm = weigh_new(c);
    int rc = norm < 0 ? TALLY_ENOMEM : collect(c);
    c->central.n = 0;
    if (rc == TALLY_OK)
        rc = tally_vec_reserve((void **)&c->central.v, &c->central.cap, c->nkeys.n, sizeof *c->central.v);
    for (size_t i = 0; rc == TALLY_OK && i < c->nkeys.n; i++)
        c->central.v[c->central.n++] = central(c, &c->nkeys.v[i], c->nkeys.v, c->nkeys.n);
    c->evs.n = 0;
    c->near = 0;
    for (size_t i = 0; rc == TALLY_OK && i < c->cands.n; i++) {
        cdoc *d = &c->docs.v[c->cands.v[i].doc];
        if (c->cands.v[i].doc == c->skip || c->cands.v[i].doc == c->skip2)
            continue;
        int rare;
        bool shared_date, conflict = false, undated = published == TALLY_NODAY || d->published == TALLY_NODAY;
        double sim = cosine(c, c->cands.v[i].doc, norm, &rare, &shared_date, undated ? &conflict : NULL);
        if (conflict) /* only without both publication dates: a follow-up's lead names the suspect, not the victim */
            sim *= c->p.conflict;
        if (years_far(&c->p, published, c->nyear, d->published, d->year))
            sim *= c->p.far_year;
        double tf = time_factor(&c->p, published, d->published, shared_date);
        double fr = rare >= c->p.rare_names ? 1 : (double)rare / c->p.rare_names;
        sim *= tf < fr ? fr : tf; /* the same people: the same story, however late */
        c->near = sim > c->near ? sim : c->near;
        d->near = sim > d->near ? (float)sim : d->near;
        rc = tally_vec_push(&c->evs, ((escore){d->event, sim, c->cands.v[i].doc}));
    }
    sort_n(c->evs.v, c->evs.n, sizeof *c->evs.v, cmp_escore);
    return rc;
}

int tally_clusterer_restore(tally_clusterer *c, const void *blob, size_t n, int64_t docno, int64_t event)
{
    tally_minhash sig;
    int32_t published;
    int rc = parse_blob(c, blob, n, &sig, &published);
    if (rc == TALLY_OK) /* scored as when it was added, so that event cohesion comes out the same */
        rc = score_candidates(c, published);
    if (rc == TALLY_OK) {
        c->link_mean = scores_for(c, event).mean;
        rc = insert(c, &sig, published, docno, event);
    }
    c->batch0 = (uint32_t)c->docs.n;
    return rc;
}

static int mark(tally_clusterer *c, uint32_t idx)
{
    if (c->docs.v[idx].marked || c->docs.v[idx].fixed)
        return TALLY_OK;
    c->docs.v[idx].marked = true;
    return tally_vec_push(&c->pending, idx);
}

/* Marks the documents whose event may be wrong now that document idx is in: idx itself when its best score
 * was near the threshold or near the next event's, and each candidate of another event that it is close to
 * (that one's partner arrived late). */
static int mark_unsure(tally_clusterer *c, uint32_t idx)
{
    int64_t event = c->docs.v[idx].event;
    double m = c->p.unsure, t = c->p.threshold;
    int rc = TALLY_OK;
    double top1 = c->top1.score, top2 = c->top2.score;
    if (fabs(top1 - t) < m || (top2 >= t - m && top1 - top2 < m))
        rc = mark(c, idx);
    for (size_t i = 0; rc == TALLY_OK && i < c->evs.n; i++)
        if (c->evs.v[i].event != event && c->evs.v[i].sim >= c->p.recheck)
            rc = mark(c, c->evs.v[i].doc);
    return rc;
}

int tally_clusterer_add(tally_clusterer *c, const void *blob, size_t n, int64_t docno, int64_t *event,
                        int64_t *dup_of, tally_dup_fn on_dup, void *arg)
{
    tally_minhash sig;
    int32_t published;
    int rc = parse_blob(c, blob, n, &sig, &published);
    if (rc == TALLY_OK)
        rc = score_candidates(c, published);
    if (rc != TALLY_OK)
        return rc;
    int64_t dup = find_dups(c, &sig, on_dup, arg), best = best_event(c);
    *dup_of = dup >= 0 ? c->docs.v[dup].docno : -1;
    *event = dup >= 0 ? c->docs.v[dup].event : best >= 0 ? best : c->max_event + 1;
    c->link_mean = scores_for(c, *event).mean;
    uint32_t idx = (uint32_t)c->docs.n;
    rc = insert(c, &sig, published, docno, *event);
    if (rc == TALLY_OK && dup >= 0)
        c->docs.v[idx].fixed = c->docs.v[dup].fixed = true;
    return rc == TALLY_OK ? mark_unsure(c, idx) : rc;
}

/* Scores stored document idx against the others as if it arrived now (into c->evs), as an outsider to its own
 * event, whose size is left one less: the caller restores it. */
static int rescore(tally_clusterer *c, uint32_t idx)
{
    const cdoc *d = &c->docs.v[idx];
    c->nkeys.n = 0;
    int rc = tally_vec_reserve((void **)&c->nkeys.v, &c->nkeys.cap, d->nkeys, sizeof *c->nkeys.v);
    if (rc != TALLY_OK)
        return rc;
    memcpy(c->nkeys.v, c->keys.v + d->key0, d->nkeys * sizeof *c->nkeys.v);
    c->nkeys.n = d->nkeys;
    c->nyear = d->year;
    find_event(c, d->event)->size--;
    c->skip = idx;
    rc = score_candidates(c, d->published);
    c->skip = NONE;
    if (c->near > c->docs.v[idx].near)
        c->docs.v[idx].near = (float)c->near;
    return rc;
}

static int move_doc(tally_clusterer *c, uint32_t idx, int64_t to, tally_move_fn on_move, void *arg)
{
    leave_event(c, idx);
    int rc = join_event(c, to, idx);
    if (to > c->max_event)
        c->max_event = to;
    if (rc == TALLY_OK && on_move)
        on_move(arg, c->docs.v[idx].docno, to);
    return rc;
}

/* Whether the members of event `from` (a sample), each decided again on its own, would all join `to`: two
 * events that document `bridge` ties are one only when their write-ups agree with each other, not just with
 * it, so it is left out of the vote (a round-up of two fires joins either; neither fire's write-ups join the
 * other's). */
static int would_merge(tally_clusterer *c, int64_t from, int64_t to, uint32_t bridge, bool *yes)
{
    int votes = 0, n = 0, rc = TALLY_OK;
    find_event(c, c->docs.v[bridge].event)->size--;
    c->skip2 = bridge;
    for (uint32_t i = find_event(c, from)->first; rc == TALLY_OK && i != NONE && n < c->p.merge_sample &&
                                                  c->budget > 0;
         i = c->docs.v[i].next) {
        if (i == bridge)
            continue;
        c->budget--;
        rc = rescore(c, i);
        find_event(c, from)->size++;
        if (rc != TALLY_OK)
            break;
        double st = scores_for(c, to).score, sf = scores_for(c, from).score;
        votes += st >= c->p.threshold && st >= c->p.merge_ratio * sf;
        n++;
    }
    c->skip2 = NONE;
    find_event(c, c->docs.v[bridge].event)->size++;
    *yes = n > 0 && votes == n;
    return rc;
}

static int merge_events(tally_clusterer *c, int64_t from, int64_t to, tally_move_fn on_move, void *arg)
{
    int rc = TALLY_OK;
    c->link_mean = 0;
    for (uint32_t i = find_event(c, from)->first, next; rc == TALLY_OK && i != NONE; i = next) {
        next = c->docs.v[i].next;
        rc = move_doc(c, i, to, on_move, arg);
    }
    return rc;
}

static uint64_t pair_key(int64_t a, int64_t b)
{
    return tally_int_hash(tally_int_hash(0, a), b);
}

static bool turned_down(const tally_clusterer *c, int64_t a, int64_t b)
{
    for (size_t e = tally_keyidx_next(&c->tried_ix, pair_key(a, b), 0); e;
         e = tally_keyidx_next(&c->tried_ix, pair_key(a, b), e)) {
        const evpair *p = &c->tried.v[c->tried_ix.val.v[e - 1]];
        if (p->a == a && p->b == b)
            return true;
    }
    return false;
}

static int turn_down(tally_clusterer *c, int64_t a, int64_t b)
{
    int rc = tally_vec_push(&c->tried, ((evpair){a, b}));
    return rc == TALLY_OK ? tally_keyidx_add(&c->tried_ix, pair_key(a, b), c->tried.n - 1) : rc;
}

/* Document idx, decided again into event best, scored top2 for event second too: the two are merged when
 * the smaller's members would all join the larger (would_merge); a pair turned down in this settle stays
 * apart. */
static int try_merge(tally_clusterer *c, uint32_t idx, int64_t best, int64_t second, double top2,
                     tally_move_fn on_move, void *arg)
{
    if (c->p.merge_min <= 0 || best < 0 || second < 0 || second == best || top2 < c->p.merge_min)
        return TALLY_OK;
    const evstat *a = find_event(c, best), *b = find_event(c, second);
    if (!a || !b || a->size == 0 || b->size == 0)
        return TALLY_OK;
    int64_t small = a->size < b->size ? best : second, large = small == best ? second : best;
    if (turned_down(c, small, large))
        return TALLY_OK;
    bool yes = false;
    int rc = would_merge(c, small, large, idx, &yes);
    if (rc == TALLY_OK && !yes)
        rc = turn_down(c, small, large);
    return rc == TALLY_OK && yes ? merge_events(c, small, large, on_move, arg) : rc;
}

/* Decides stored document idx again, as if it arrived now (every later article is in, and the df are
 * current); moves it when another event is now its best, or it is best alone. */
static int redecide(tally_clusterer *c, uint32_t idx, tally_move_fn on_move, void *arg)
{
    if (c->docs.v[idx].fixed)
        return TALLY_OK;
    int rc = rescore(c, idx);
    int64_t from = c->docs.v[idx].event, best = rc == TALLY_OK ? best_event(c) : from;
    evstat *old = find_event(c, from);
    int64_t second = c->top2.event;
    double top2 = c->top2.score;
    if (best < 0 && old->size == 0)
        best = from; /* alone: keeps its id */
    old->size++;
    if (best != from && rc == TALLY_OK) {
        if (best < 0)
            best = c->max_event + 1;
        c->link_mean = scores_for(c, best).mean;
        rc = move_doc(c, idx, best, on_move, arg);
    }
    return rc == TALLY_OK ? try_merge(c, idx, best, second, top2, on_move, arg) : rc;
}

/* How many members of event the scored document (c->evs) is at least min similar to. */
static uint32_t members_near(const tally_clusterer *c, int64_t event, double min)
{
    uint32_t n = 0;
    for (size_t i = 0; i < c->evs.n; i++)
        n += c->evs.v[i].event == event && c->evs.v[i].sim >= min;
    return n;
}

/* Document idx of the batch, still alone once its batch is settled: joins its best event when that scores
 * lone_margin or less below the threshold and well ahead of the next (a lone write-up is more often a short
 * version of a story told than a story of its own). Under the threshold, an event of two or more must have two
 * members that close: a story told several times is retold like more than one of its write-ups, while the
 * storyline's next happening recalls one of them. */
static int join_lone(tally_clusterer *c, uint32_t idx, tally_move_fn on_move, void *arg)
{
    const cdoc *d = &c->docs.v[idx];
    if (d->fixed || find_event(c, d->event)->size != 1 || d->near < c->p.threshold - c->p.lone_margin)
        return TALLY_OK; /* an event scores at most its best member's similarity */
    int rc = rescore(c, idx);
    find_event(c, c->docs.v[idx].event)->size++;
    if (rc == TALLY_OK)
        best_event(c); /* for its two best events, whether or not one may be joined */
    evscore top1 = c->top1, top2 = c->top2;
    double bar = c->p.threshold - c->p.lone_margin;
    if (rc != TALLY_OK || top1.event < 0 || top1.score < bar || top2.score > c->p.lone_lead * top1.score)
        return rc;
    uint32_t size = find_event(c, top1.event)->size;
    if (top1.score < c->p.threshold && members_near(c, top1.event, bar) < (size < 2 ? size : 2))
        return TALLY_OK;
    c->link_mean = top1.mean;
    return move_doc(c, idx, top1.event, on_move, arg);
}

int tally_clusterer_settle(tally_clusterer *c, tally_move_fn on_move, void *arg)
{
    int rc = TALLY_OK;
    c->budget = c->pending.n;
    for (size_t i = 0; rc == TALLY_OK && i < c->pending.n; i++)
        rc = redecide(c, c->pending.v[i], on_move, arg);
    for (uint32_t i = c->batch0; rc == TALLY_OK && c->p.lone_margin > 0 && i < c->docs.n; i++)
        rc = join_lone(c, i, on_move, arg);
    c->batch0 = (uint32_t)c->docs.n;
    for (size_t i = 0; i < c->pending.n; i++)
        c->docs.v[c->pending.v[i]].marked = false;
    c->pending.n = 0;
    c->tried.n = 0;
    tally_keyidx_free(&c->tried_ix);
    return rc;
}
