/* token.h — tokens with byte offsets and classes, and sentence boundaries, in one pass over the text. */
#ifndef TALLY_TOKEN_H
#define TALLY_TOKEN_H
#include "vec.h"
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
    TOKF_CLOSEQ = 64     /* a quote that closes */
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
/* Index of the first token whose end is > off (tokens are sorted); n when none. */
size_t tally_tok_at(const tally_tok *t, size_t n, size_t off);
#endif
