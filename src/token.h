/* token.h — tokens with byte offsets and classes, and sentence boundaries, in one pass over the text. */
#ifndef TALLY_TOKEN_H
#define TALLY_TOKEN_H
#include "vec.h"
#include <stdbool.h>
#include <stdint.h>

typedef enum {
    TOK_WORD,   /* letters (any script) and digits, starting with a letter */
    TOK_NUM,    /* starts with a digit: 100, 1,000, 12.5, 17-year-old is WORD-free NUM "17" */
    TOK_APOS_S, /* the possessive 's / ’s / ʼs, or a lone ’ after a plural */
    TOK_QUOTE,  /* " “ ” « » */
    TOK_DASH,   /* - – — */
    TOK_PUNCT   /* any other single character */
} tally_tokkind;

enum {
    TOKF_CAP = 1,        /* first letter upper case */
    TOKF_ALLCAP = 2,     /* two or more letters, all upper case */
    TOKF_SPACE = 4,      /* white space before it */
    TOKF_NEWLINE = 8,    /* a line break before it */
    TOKF_PARA = 16,      /* a blank line (or a line break in a text of one-line paragraphs) before it */
    TOKF_OPENQ = 32,     /* a quote that opens */
    TOKF_CLOSEQ = 64,    /* a quote that closes */
    /* tally_tokenize_words only: the number scan steps over it, a plain word that starts no number, or a
     * one-byte mark other than '.' and ':' (after which the word before is read again: "www." and "http:"
     * start URLs). tally_number_scan_toks tests the other tokens itself. */
    TOKF_NUMSKIP = 128
};

typedef struct tally_tok {
    uint32_t start, end;
    uint8_t kind;
    uint8_t flags;
} tally_tok;

typedef struct tally_sent {
    uint32_t first, last; /* token indexes, last exclusive */
    uint32_t para;        /* paragraph number, from 0 */
} tally_sent;

typedef TALLY_VEC(tally_tok) tally_tokvec;
typedef TALLY_VEC(tally_sent) tally_sentvec;

/* Tokenises s[0..len) and splits it into sentences. Returns TALLY_OK or TALLY_ENOMEM. */
int tally_tokenize(const char *s, size_t len, tally_tokvec *toks, tally_sentvec *sents);

/* Each token's word-table facts, written as the tokenizer reads the token (a second pass over the tokens cost
 * as much as a third of the tokenizer): key[k], tally_key8 of the token (doc.h); for a word, lex[k] and hint[k]
 * as tally_wordtab_find gives them (tally_lex_find's entry, and hint 0 when it is not ASCII letters only, or
 * LEXH_TITLE_CUE alone when the lexicon has it); for other tokens NULL and 0. The hint bit LEXH_TITLE_CUE thus
 * marks the words whose lexicon row the caller reads on: a title or report cue, or a word the table cannot hold
 * that the lexicon has. cue[k] is left to the caller (doc.c). The four arrays share one block of cap tokens,
 * which tally_tokenize_words grows (and frees when it cannot) and the caller frees. */
struct tally_wordtab;
struct tally_lex;
enum { TALLY_TOK_QUOTES = 256 };
typedef struct tally_tokwords {
    const struct tally_wordtab *table;
    void *block;
    size_t cap;
    uint64_t *key;
    const struct tally_lex **lex;
    bool *cue;
    uint8_t *hint;
    uint32_t quote[TALLY_TOK_QUOTES]; /* the quote tokens' indexes in order (attrib.c reads quotations by them) */
    size_t nquotes;                   /* how many: SIZE_MAX when there were more than TALLY_TOK_QUOTES */
} tally_tokwords;
int tally_tokenize_words(const char *s, size_t len, tally_tokvec *toks, tally_sentvec *sents, tally_tokwords *w);
/* How many abbreviations the shape filter of the sentence splitter would turn away: 0 (for the tests). */
int tally_tok_abbrev_misses(void);
/* Index of the first token whose end is > off (tokens are sorted); n when none. */
size_t tally_tok_at(const tally_tok *t, size_t n, size_t off);
#endif
