/* doc.h — a document's insides: its copy of the article, tokens, sentences, mentions and claims, all
 * owned by the doc (strings in its arena, arrays in vectors). */
#ifndef TALLY_DOC_H
#define TALLY_DOC_H
#include "arena.h"
#include "lexicon.h"
#include "tally.h"
#include "text.h"
#include "token.h"
#include "vec.h"
#include <string.h>

/* An attribution found for a sentence: who holds the figures, who said them, who relayed them, when. */
typedef struct tally_attr {
    const char *source;       /* canonical name, arena-owned */
    tally_span source_span;
    const char *speaker;      /* when the figure is someone else's (Lee, citing the NIS) */
    const char *via[2];
    size_t nvia;
    int32_t said_first, said_last; /* days; TALLY_NODAY when the text gives no date */
    tally_gran said_gran;     /* the three read through tally_attrib_said */
    size_t said_si, said_cue; /* attrib.c: the cue's sentence + 1 and token while its date is unread; 0 after */
    size_t cue;               /* token index of the cue */
    bool person;              /* the source looks like a person (for he/she) */
} tally_attr;

/* A named entity in the text: its words, its canonical name and kind (person, organization, country,
 * place). */
typedef struct tally_mention {
    tally_span span;
    const char *name;
    const char *kind;
} tally_mention;

/* attrib.c: one cue's attribution as read, kept for the next read of the same cue (a cue is read for the
 * pronoun antecedents, again for each claim it governs and for the attribution a paragraph carries on).
 * The read is the same while the names met (nnames) and, if a pronoun took one, the antecedents are. */
typedef struct tally_cue_memo {
    size_t cue1;              /* the cue's token + 1; 0: empty */
    size_t gen;               /* the doc's memo_gen when kept: a reused doc's older entries are stale */
    size_t si, nnames, norgs;
    bool used_prev;           /* a pronoun read the antecedents: they key the entry too */
    const char *prev_source[2];
    size_t prev_start;        /* of the first antecedent's span (resolve_from compares it) */
    bool prev_person[2];
    tally_attr out;
} tally_cue_memo;
enum { TALLY_CUE_MEMO = 16 };

typedef TALLY_VEC(tally_claim) tally_claimvec;
typedef TALLY_VEC(tally_attr) tally_attrvec;

struct tally_doc {
    tally_arena arena;
    tally_article a;          /* strings in arena; text is a copy */
    const char *warning;
    int32_t dct;              /* publication day or TALLY_NODAY */
    char dct_day[11];         /* dct formatted (a claim's said-date when the text gives none), "" when none */
    tally_tokvec toks;
    void *words_block;        /* key, lex, cue and hint below, in one block of words_cap tokens */
    size_t words_cap;
    struct tally_docpool *pool; /* the context's spare doc (doc.c) */
    uint64_t *key;            /* each token's first 8 bytes, A-Z lowered, zero past its end (tally_key8) */
    const tally_lex **lex;    /* each token's lexicon entry (or NULL), looked up once */
    bool *cue;                /* each token is a report cue (tally_attrib_cue_word) */
    uint8_t *hint;            /* each token's LEXH_* bits (lexicon.h), for the number and date scanners */
    size_t title0;            /* no capitalised title word (LEX_T) before this token: tally_entity_prescan starts here */
    const struct tally_wordtab *words; /* the context's word table (borrowed) */
    tally_sentvec sents;
    tally_numvec nums;
    size_t num_last;          /* doc.c: tally_doc_num_at's last answer */
    tally_timexvec tx;        /* read through tally_doc_timex_in first: the dates are scanned as far as asked */
    uint8_t tx_state;         /* doc.c: the dates due, scanned, or their scan out of memory */
    struct tally_timex_cursor *tx_cur; /* doc.c: the date scan, paused (arena-owned) */
    size_t tx_to;             /* doc.c: every date starting before this offset is in tx */
    tally_claimvec claims;
    TALLY_VEC(tally_mention) mentions; /* filled by tally_doc_names on first use */
    bool named;               /* mentions found */
    const struct tally_gaz *gaz; /* the gazetteer (the doc pool's, borrowed), set by tally_doc_names */
    tally_spanvec evidence;   /* evidence arrays are carved from here after extraction */
    tally_attr lead;          /* the first attribution of a claim-bearing sentence */
    TALLY_VEC(struct tally_person { const char *name; size_t tok; }) persons; /* titled people, in order */
    const char *names[64];    /* full person names met so far, for short forms (Lee → Lee Seong-kweun) */
    uint32_t name_len[64], name_last[64]; /* entity.c: each name's length and the offset of its last word (0: one) */
    uint32_t name_at[64];     /* the token where each name was first met */
    const char *orgs[16];     /* organisations named in full so far, for "the ministry" (ring, norgs counts) */
    tally_cue_memo cue_memo[TALLY_CUE_MEMO]; /* attrib.c: recent cue reads, by cue token */
    size_t memo_gen;          /* bumped by doc_reset: the memo's entries of the doc's earlier articles are stale */
    size_t nnames, norgs;
    bool prev_read;           /* attrib.c: the cue being read resolved a pronoun from its antecedents */
    struct tally_track *track; /* claim.c: the cue reads for pronoun antecedents still due (arena-owned) */
    uint32_t *quotes;         /* attrib.c: the quote marks' token indexes, in order (arena-owned) … */
    size_t nquotes;
    bool quotes_ready;        /* … once the first attribution asked for them */
    size_t closing_si1, closing; /* attrib.c: sentence closing_si1 - 1 ends with report cue closing (or SIZE_MAX) */
};

/* Token helpers over the doc's text. */
static inline const char *tok_s(const tally_doc *d, size_t k) { return d->a.text + d->toks.v[k].start; }
static inline size_t tok_n(const tally_doc *d, size_t k) { return d->toks.v[k].end - d->toks.v[k].start; }
/* x with its bytes A-Z lowered, as tally_lower does (SWAR: bytes with the high bit set are left alone). */
static inline __attribute__((always_inline)) uint64_t tally_lower8(uint64_t x)
{
    const uint64_t ones = 0x0101010101010101u, high = 0x8080808080808080u;
    uint64_t y = x & ~high; /* seven bits a byte: the sums below carry into no other byte */
    uint64_t upper = (y + (0x80 - 'A') * ones) & ~(y + (0x80 - 'Z' - 1) * ones) & ~x & high;
    return x | upper >> 2;
}
/* The first min(n, 8) bytes of s packed little-endian, A-Z lowered, the rest zero: a token's key (doc.c). Of
 * a literal it is a constant: short words are spelt out term by term, which the compilers fold (a loop of
 * seven they leave alone). */
static inline __attribute__((always_inline)) uint64_t tally_key8(const char *s, size_t n)
{
    uint64_t x = 0;
    if (n >= 8) {
        x = tally_load8_le(s);
    } else {
        x = (n > 0 ? (uint64_t)(unsigned char)s[0] : 0) | (n > 1 ? (uint64_t)(unsigned char)s[1] << 8 : 0) |
            (n > 2 ? (uint64_t)(unsigned char)s[2] << 16 : 0) | (n > 3 ? (uint64_t)(unsigned char)s[3] << 24 : 0) |
            (n > 4 ? (uint64_t)(unsigned char)s[4] << 32 : 0) | (n > 5 ? (uint64_t)(unsigned char)s[5] << 40 : 0) |
            (n > 6 ? (uint64_t)(unsigned char)s[6] << 48 : 0);
    }
    return tally_lower8(x);
}
/* a is the literal lit: the same pointer first (a measure set from a literal is mostly compared with that
 * literal, merged by the linker: 2.9 M of the claims bench's 513 M instructions), its first byte compared inline
 * (the measure and cue words compared mostly differ there), strcmp for the rest (a call per compare was 1.4 %). */
static inline bool str_is(const char *a, const char *lit)
{
    return a == lit || (a[0] == lit[0] && strcmp(a, lit) == 0);
}

/* Token k is the word w (ASCII case-insensitive; w in lower case, as the callers write it). For a literal,
 * one compare of the token's key with the literal's constant key decides nearly every call (the byte
 * compare was a tenth of the claims bench); a word known only at run time is compared byte by byte. */
static inline __attribute__((always_inline)) bool tok_is(const tally_doc *d, size_t k, const char *w)
{
    if (__builtin_constant_p(strlen(w))) {
        size_t n = strlen(w);
        if (k >= d->toks.n || (w[0] >= 'A' && w[0] <= 'Z') || d->key[k] != tally_key8(w, n) || tok_n(d, k) != n)
            return false;
        return n <= 8 || tally_ieq(tok_s(d, k) + 8, n - 8, w + 8);
    }
    return k < d->toks.n && tally_lower((unsigned char)*tok_s(d, k)) == (unsigned char)w[0] &&
           tally_ieq(tok_s(d, k), tok_n(d, k), w); /* no strlen: tally_ieq stops at the shorter */
}
static inline const tally_lex *tok_lex(const tally_doc *d, size_t k)
{
    return k < d->toks.n ? d->lex[k] : NULL;
}
/* A function word or sentence adverb (the, of, while, however…), whatever its case. */
static inline bool tok_function(const tally_doc *d, size_t k)
{
    const tally_lex *lx = tok_lex(d, k);
    return lx && (lx->cls & LEX_F);
}
static inline bool tok_cap(const tally_doc *d, size_t k)
{
    return k < d->toks.n && (d->toks.v[k].flags & TOKF_CAP);
}

/* doc.c: binary searches over the doc's sorted, non-overlapping mentions. */
size_t tally_doc_num_search(const tally_doc *d, size_t off);
/* The first number whose end is > off. The last answer is tried first, inline: the rules ask about the words
 * around a count in turn, and mostly get the same number (the search was 1.3 % of the claims bench, the call
 * to test the last answer 0.9 %). */
static inline size_t tally_doc_num_at(const tally_doc *d, size_t off)
{
    size_t i = d->num_last, n = d->nums.n;
    if (i <= n && (i == n || d->nums.v[i].end > off) && (i == 0 || d->nums.v[i - 1].end <= off))
        return i;
    return tally_doc_num_search(d, off);
}
/* The first time expression whose end is > lo, once every one starting before hi is in d->tx: the caller
 * reads d->tx only up to hi. */
size_t tally_doc_timex_in(const tally_doc *d, size_t lo, size_t hi);
bool tally_doc_in_timex_scan(const tally_doc *d, size_t k); /* tally_doc_in_timex past its test below */
/* Token t is a word the date scanner reads as a word of its own (ASCII letters between bytes that are no letter,
 * digit, apostrophe or part of a multi-byte character) and in none of the words a time expression can hold
 * (LEXH_TXW: timex.c's lexicon and the words its grammar reads by their spelling): it lies in no date. */
static inline __attribute__((always_inline)) bool tally_plain_non_date(const tally_doc *d, size_t k, const tally_tok *t)
{
    if ((d->hint[k] & (LEXH_PLAIN | LEXH_TXW)) != LEXH_PLAIN)
        return false;
    const unsigned char *s = (const unsigned char *)d->a.text;
    unsigned char b = t->start ? s[t->start - 1] : ' ', a = t->end < d->a.text_len ? s[t->end] : ' ';
    return b < 0x80 && !tally_is_alpha(b) && !tally_is_digit(b) && b != '\'' && a < 0x80 && !tally_is_alpha(a);
}

/* Token k lies in no date, and the answer needs no scan. Most words asked about (capitalised words of names and
 * sources, the words after a report verb) are plain_non_date; the cue reads ask about them through to the
 * article's end, where the claims need their dates only as far as the sentences of their counts and cues. A
 * mark of punctuation (not an apostrophe: "'90s") starts no date, so it lies in one only with the token before
 * it: "said." is in none. */
static inline bool tally_never_in_timex(const tally_doc *d, size_t k, const tally_tok *t)
{
    if (t->kind == TOK_WORD)
        return tally_plain_non_date(d, k, t);
    if (t->kind != TOK_PUNCT && t->kind != TOK_QUOTE && t->kind != TOK_DASH)
        return false;
    return d->a.text[t->start] != '\'' && (k == 0 || tally_plain_non_date(d, k - 1, t - 1));
}

/* Token k lies in a time expression: the test that needs no scan inline (a call for each of the claim rules'
 * 75,000 questions on the bench's 4 MB slice, 0.7 M instructions). */
static inline bool tally_doc_in_timex(const tally_doc *d, size_t k)
{
    return !tally_never_in_timex(d, k, &d->toks.v[k]) && tally_doc_in_timex_scan(d, k);
}

/* attrib.c: the attribution that governs token k of sentence si (none: source NULL). prev, for
 * pronouns, is NULL or two attributions: the last with a person as source, and the last of any kind. */
int tally_attrib_find(tally_doc *d, size_t si, size_t k, const tally_attr prev[2], tally_attr *out);
/* Token indexes of the report cues of sentence si, in order; returns how many (at most cap). */
size_t tally_attrib_cues(const tally_doc *d, size_t si, size_t *out, size_t cap);
/* The attribution read from cue token c of sentence si. Its date of saying is read when asked
 * (tally_attrib_said): only the claims' attributions need it, and it needs the dates of the cue's sentence. */
int tally_attrib_at_cue(tally_doc *d, size_t si, size_t c, const tally_attr prev[2], tally_attr *out);
/* The date of saying of attribution at: first and last day (TALLY_NODAY when the text gives none) and grain. */
void tally_attrib_said(const tally_doc *d, const tally_attr *at, int32_t *first, int32_t *last, tally_gran *gran);
/* True when token k is a report cue. Inline: the claim rules ask it of each token they walk (74,000 calls on the
 * claims bench's 4 MB slice). */
static inline bool tally_attrib_is_cue(const tally_doc *d, size_t k)
{
    return k < d->toks.n && d->cue[k];
}
/* Whether token k is a report cue, decided from the words (needs d->lex[k]; doc.c fills d->cue with it). */
bool tally_attrib_cue_word(const tally_doc *d, size_t k);
/* True when the attribution of token k of sentence si stands outside its sentence: a quotation whose speech
 * verb is found in another sentence of the paragraph, or a speaker's label opening the paragraph
 * ("WALLACE: …"). tally_attrib_find then reads it. */
bool tally_attrib_beyond(tally_doc *d, size_t si, size_t k);
/* True when sentence si holds a report cue. */
bool tally_attrib_has_cue(const tally_doc *d, size_t si);

/* entity.c: canonical name for the source words in tokens [a, b): titles and determiners stripped,
 * short forms resolved to a full name seen in the doc, a country speaking read as its authorities. */
const char *tally_entity_canon(tally_doc *d, size_t a, size_t b, bool *person);
/* A lower-case participle ("ruled", "run", "held", "led"): after a hyphen it makes a description of the word
 * before ("Hamas-ruled Gaza", "rebel-held Idlib"), not a name. */
bool tally_participle(const tally_doc *d, size_t k);
/* A lowercase particle of a personal name ("da" in "Lula da Silva", "al" in "Ashraf al-Qudra", "von der"). */
bool tally_name_particle(const tally_doc *d, size_t k);
/* A spelling-insensitive key for cross-document matching (Zelenskyy/Zelensky, Seong-kweun/Seong Kwon):
 * lower case, vowels after the first letter and doubled letters dropped; digits and non-ASCII bytes kept. */
void tally_entity_key(const char *name, char *key, size_t cap);
/* The person named last before token k (a capitalised name of two to four words, or a short form of a
 * full name met before); NULL when none is near. */
const char *tally_entity_person_before(tally_doc *d, size_t k);
/* How many titled people (d->persons, in text order) are named before token k. */
size_t tally_entity_persons_before(const tally_doc *d, size_t k);
/* Registers the full names that follow titles anywhere in the doc. */
void tally_entity_prescan(tally_doc *d);

/* doc.c: the context's end: its spare doc is freed, and the pool with the last doc out. */
void tally_docpool_close(struct tally_docpool *p);
/* doc.c: finds the doc's named entities (d->mentions) unless done already; TALLY_OK or TALLY_ENOMEM. */
int tally_doc_names(const tally_doc *d);
/* mention.c: the doc's named entities with canonical names. */
int tally_mentions_find(tally_doc *d, const struct tally_gaz *g);

/* claim.c: claims from the doc's numbers. */
int tally_claims_extract(tally_doc *d);
/* claim.c: the claims of headline doc h joined to d's: one the body repeats (same measure and figure) becomes
 * its last evidence, one only the headline states is added with its offsets into the title. */
int tally_claims_add_title(tally_doc *d, const tally_doc *h);
/* claim.c: the cue reads extraction left due (they change only the names met): run before the names pass. */
void tally_claims_track_rest(tally_doc *d);
/* claim.c: for the word table (LEXH_VICTIM): the i-th word the victim rules read besides casualty measures
 * (NULL past the last), and whether entry lx is a casualty measure they count. */
const char *tally_claims_victim_word(size_t i);
bool tally_claims_victim_lex(const tally_lex *lx);
#endif
