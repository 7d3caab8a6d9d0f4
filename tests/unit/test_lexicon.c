/* test_lexicon.c — the word table (one probe per token: lexicon entry and scanner hints) and the number and
 * date scanners driven by it, which must find exactly what the byte scanners find. */
#include "lexicon.h"
#include "number.h"
#include "test.h"
#include "timex.h"
#include "token.h"
#include <stdlib.h>

static tally_wordtab *tab;

/* The hints of the word w (read from a buffer holding only it, so no byte past it is readable). */
static unsigned hint_of(const char *w, const tally_lex **lex)
{
    *lex = NULL;
    return tally_wordtab_find(tab, w, strlen(w), strlen(w), lex);
}

static void table_gives_the_lexicon_entry(void)
{
    static const char *const words[] = {"killed", "Said", "SOLDIERS", "the", "Ukrainian", "according", "house"};
    for (size_t i = 0; i < sizeof words / sizeof *words; i++) {
        const tally_lex *lx;
        CHECK(hint_of(words[i], &lx) & LEXH_PLAIN);
        CHECK(lx == tally_lex_find(words[i], strlen(words[i])));
    }
    const tally_lex *lx;
    CHECK(hint_of("killed", &lx) && lx && (lx->cls & LEX_M));
    CHECK(hint_of("zxqv", &lx) == LEXH_PLAIN && lx == NULL);
}

static void table_marks_scanner_starts(void)
{
    const tally_lex *lx;
    CHECK(hint_of("twelve", &lx) & LEXH_NUM);
    CHECK(hint_of("Dozens", &lx) & LEXH_NUM);
    CHECK(hint_of("Monday", &lx) & LEXH_DATE);
    CHECK(hint_of("yesterday", &lx) & LEXH_DATE);
    CHECK(hint_of("house", &lx) == LEXH_PLAIN);
    CHECK((hint_of("million", &lx) & (LEXH_NUM | LEXH_NUMKW)) == LEXH_NUMKW); /* only after "a" or a number */
    CHECK(hint_of("a", &lx) & LEXH_NUM);
    CHECK(hint_of("Killed", &lx) & LEXH_VICTIM);   /* a casualty measure */
    CHECK(hint_of("hospital", &lx) & LEXH_VICTIM); /* a word the victim rules read */
    CHECK(!(hint_of("deployed", &lx) & LEXH_VICTIM));
    CHECK(hint_of("ago", &lx) == (LEXH_PLAIN | LEXH_TXW)); /* "ago" only continues an expression */
    CHECK(hint_of("Monday", &lx) & LEXH_TXW);
    CHECK(!(hint_of("meeting", &lx) & LEXH_TXW));
    CHECK(hint_of("deployed", &lx) & LEXH_MEASURE); /* words that can tell what a count counts */
    CHECK(hint_of("Homes", &lx) & LEXH_MEASURE);    /* "fled their homes" */
    CHECK(hint_of("struck", &lx) & LEXH_MEASURE);   /* "struck by gunfire" */
    CHECK(!(hint_of("house", &lx) & LEXH_MEASURE) && !(hint_of("council", &lx) & LEXH_MEASURE));
    CHECK(hint_of("said", &lx) & LEXH_TITLE_CUE);      /* a report cue */
    CHECK(hint_of("President", &lx) & LEXH_TITLE_CUE); /* a title */
    CHECK(!(hint_of("killed", &lx) & LEXH_TITLE_CUE) && !(hint_of("house", &lx) & LEXH_TITLE_CUE));
    CHECK(hint_of("A320", &lx) == 0);         /* not letters only: the scanners read it themselves */
    CHECK(hint_of("café", &lx) == 0);
    CHECK(hint_of("", &lx) == 0);
}

/* The scanners given tokens and hints find what they find alone. */
static void same_as_byte_scan(const char *s)
{
    size_t len = strlen(s);
    tally_tokvec toks = {0}, wtoks = {0};
    tally_sentvec sents = {0}, wsents = {0};
    tally_tokwords w = {.table = tab};
    CHECK(tally_tokenize(s, len, &toks, &sents) == TALLY_OK);
    CHECK(tally_tokenize_words(s, len, &wtoks, &wsents, &w) == TALLY_OK);
    uint8_t *hint = calloc(toks.n + 1, 1);
    for (size_t k = 0; hint && k < toks.n; k++) {
        const tally_lex *lx;
        if (toks.v[k].kind == TOK_WORD)
            hint[k] = (uint8_t)tally_wordtab_find(tab, s + toks.v[k].start, toks.v[k].end - toks.v[k].start,
                                                  len - toks.v[k].start, &lx);
    }
    tally_numvec n1 = {0}, n2 = {0}, n3 = {0};
    /* and the tokens as claim extraction has them, the ones the number scan steps over flagged */
    CHECK(tally_number_scan_toks(s, len, wtoks.v, wtoks.n, w.hint, &n3) == TALLY_OK);
    tally_timexvec t1 = {0}, t2 = {0};
    int32_t dct = 20000;
    CHECK(tally_number_scan(s, len, &n1) == TALLY_OK);
    CHECK(tally_number_scan_toks(s, len, toks.v, toks.n, hint, &n2) == TALLY_OK);
    CHECK(tally_timex_scan(s, len, dct, &t1) == TALLY_OK);
    CHECK(tally_timex_scan_toks(s, len, dct, toks.v, toks.n, hint, &t2) == TALLY_OK);
    CHECK(n1.n == n2.n && n1.n == n3.n && t1.n == t2.n);
    for (size_t i = 0; i < n1.n && i < n2.n && i < n3.n; i++) {
        CHECK(n1.v[i].start == n2.v[i].start && n1.v[i].end == n2.v[i].end && n1.v[i].bound == n2.v[i].bound);
        CHECK(n1.v[i].start == n3.v[i].start && n1.v[i].end == n3.v[i].end && n1.v[i].bound == n3.v[i].bound);
        CHECK_NUM(n1.v[i].low, n2.v[i].low);
        CHECK_NUM(n1.v[i].high, n2.v[i].high);
        CHECK_NUM(n1.v[i].low, n3.v[i].low);
        CHECK_NUM(n1.v[i].high, n3.v[i].high);
    }
    for (size_t i = 0; i < t1.n && i < t2.n; i++) {
        CHECK(t1.v[i].start == t2.v[i].start && t1.v[i].end == t2.v[i].end);
        CHECK_STR(t1.v[i].value, t2.v[i].value);
    }
    free(hint);
    free(w.block);
    tally_vec_free(&toks);
    tally_vec_free(&sents);
    tally_vec_free(&wtoks);
    tally_vec_free(&wsents);
    tally_vec_free(&n1);
    tally_vec_free(&n2);
    tally_vec_free(&n3);
    tally_vec_free(&t1);
    tally_vec_free(&t2);
}

static void hinted_scans_match_the_byte_scans(void)
{
    same_as_byte_scan("Some 2,500 villagers fled on Monday, and a dozen were hurt late last week.");
    same_as_byte_scan("See www.example.org/x12 or http://example.net: a hundred and twelve boats, 3½ miles.");
    same_as_byte_scan("In the ’90s, about forty per cent of the café’s 1.2 million guests came in March 2019.");
    same_as_byte_scan("Mr. Doe said: twenty-one died, another 3 were wounded two days ago, the mayor said.");
    same_as_byte_scan("A320s flew 12km\u00a0north; the USD10m deal, 4-5 weeks, Q3 FY2020, the 1980s ended.");
    same_as_byte_scan("several dozen; a few hundred; an estimated 40 percent; tens of thousands; half a year");
    same_as_byte_scan("a man, a dozen men, an hour, a\u00a0million, A third of them, an estimated 9, a 12-hour day, a");
    same_as_byte_scan("An a. a: an\u2009hundred a\nfew, a”quote, a café, a Quarter");
    /* marks between plain words, stepped over with them, before numbers and number words */
    same_as_byte_scan("Then, \"a dozen\" (ten), 'eleven' - 12; villagers, soldiers, police: 13, a, a 14.5 -3 'a' \"a\" .5");
    /* the word after a modifier, from its hints or read again */
    same_as_byte_scan("the near future; later in the day; at 10 p.m. the  Monday, the\nMonday and the May vote");
    same_as_byte_scan("a few weeks, the past year, the report ago, the-week, the café, last  month, the p.m. show");
    same_as_byte_scan("the");
    /* short words before '.' or ':' (a URL's scheme is read on, any other word stepped over) */
    same_as_byte_scan("He said no. See WWW.example.org, HTTPS://x.net or http: 3 of them. Then: two. A. one: 4");
    /* words the tokenizer flags for the number scan, before '.', ':' and non-ASCII bytes */
    same_as_byte_scan("The www. 5 and Http: 6 or ftp: 7, villages\u00a0eight, towns\u2019 9. Www.x.org 10 wwwx: 11");
    /* runs of plain words go on past a '.' that starts no ".08" */
    same_as_byte_scan("Men left..5 percent. Towns.6 or .7, men. .8 a.9 then. Then.\n.25 of it. End.");
    /* and past a non-ASCII mark that is no vulgar fraction */
    same_as_byte_scan("“Men’s” — towns’ ½ and the company’s 3½ men, ‘a’ hundred, x½ or ⅓ of them, a’ dozen, one’s");
    /* the date scan steps over "the", "a", "an" before a plain word and "year" before no dash, with the marks */
    same_as_byte_scan("The year ended; a year-earlier gain, the year\u2019s end, a year-long war, the  town, the\ttown.");
    same_as_byte_scan("An hour, a man, the men; an ''old'' year, the '90s, the near end, a.m. or the p.m. year");
    same_as_byte_scan("the year, a year. Year\u00a0two; the\u00a0men; a\u2019s year-ago; the, town: an\nowl year");
    same_as_byte_scan("Two men, about ten towns, this town, the day after, a month of rain, later in the day, for years, "
                      "at least men, one week, current men, this week, around noon, early trains, last men, may men");
    /* the token scan: marks of U+2000..U+203F stepped over, the rest of a token a mention ended inside read on */
    same_as_byte_scan("Some 5–7 men, 10‰ of “12” towns… •3 cars, 5′10″ tall, 3D films, "
                      "10km runs, the 2nd-place 40%, www.x.org/9. http: 8 and 1⁄4 of 9½.");
    same_as_byte_scan("");
}

/* The tokens the number scan steps over are flagged as the tokenizer reads them: plain words that start no
 * number (the scan reads a short one before '.' or ':' again: a URL's scheme) and one-byte marks; not numbers,
 * number words, "a", '.', ':', nor a word of non-ASCII letters. */
static void tokens_flag_what_the_number_scan_skips(void)
{
    const char *s = "Police said, \"twelve men and a boy\" fled 3 towns. Read: www.example.org, villages’ café.";
    size_t len = strlen(s);
    tally_tokvec toks = {0};
    tally_sentvec sents = {0};
    tally_tokwords w = {.table = tab};
    CHECK(tally_tokenize_words(s, len, &toks, &sents, &w) == TALLY_OK);
    const char *want = "Police said , \" men and boy \" fled towns Read www example org , villages";
    char got[128] = "";
    for (size_t k = 0; k < toks.n; k++)
        if (toks.v[k].flags & TOKF_NUMSKIP) {
            size_t n = strlen(got);
            snprintf(got + n, sizeof got - n, "%s%.*s", n ? " " : "", (int)(toks.v[k].end - toks.v[k].start),
                     s + toks.v[k].start);
        }
    CHECK_STR(got, want);
    tally_tokvec plain = {0};
    tally_sentvec psents = {0};
    CHECK(tally_tokenize(s, len, &plain, &psents) == TALLY_OK); /* without the word table: no flags */
    for (size_t k = 0; k < plain.n; k++)
        CHECK(!(plain.v[k].flags & TOKF_NUMSKIP));
    free(w.block);
    tally_vec_free(&toks);
    tally_vec_free(&sents);
    tally_vec_free(&plain);
    tally_vec_free(&psents);
}

/* Date windows opened a few words apart read the same tokens once (timex.c keeps the last window's): each
 * expression still gets its own start, as without the reuse. */
static void date_windows_share_tokens(void)
{
    const char *s = "He said the last two weeks of May were calm, and three weeks later, on the second Monday of "
                    "June 2020, talks resumed.";
    tally_timexvec t = {0};
    CHECK(tally_timex_scan(s, strlen(s), tally_day_parse("2020-06-15"), &t) == TALLY_OK);
    CHECK(t.n == 3);
    if (t.n == 3) {
        CHECK(t.v[0].start == 8 && t.v[0].end == 26);
        CHECK_STR(t.v[0].value, "P2W");
        CHECK(t.v[1].start == 49 && t.v[1].end == 66);
        CHECK_STR(t.v[1].value, "2020-07-06");
        CHECK(t.v[2].start == 71 && t.v[2].end == 101);
        CHECK_STR(t.v[2].value, "2020-06-08");
    }
    tally_vec_free(&t);
}

/* A country's adjective from the demonym rows, with a direction kept ("North Korea" → "North Korean"). */
/* The tokenizer's facts (tally_tokenize_words) are the word table's (tally_wordtab_tokens) and its tokens those
 * of tally_tokenize, for each text read from a buffer holding only it (no byte past it readable). */
static void same_facts_as_table(const char *text)
{
    size_t len = strlen(text);
    char *s = malloc(len ? len : 1);
    CHECK(s != NULL);
    if (!s)
        return;
    memcpy(s, text, len);
    tally_tokvec t1 = {0}, t2 = {0};
    tally_sentvec s1 = {0}, s2 = {0};
    tally_tokwords w = {.table = tab};
    CHECK(tally_tokenize(s, len, &t1, &s1) == TALLY_OK);
    CHECK(tally_tokenize_words(s, len, &t2, &s2, &w) == TALLY_OK);
    CHECK(t1.n == t2.n && s1.n == s2.n && w.cap >= t2.n);
    uint64_t *key = calloc(t1.n + 1, sizeof *key);
    const tally_lex **lex = calloc(t1.n + 1, sizeof *lex);
    uint8_t *hint = calloc(t1.n + 1, 1);
    CHECK(key && lex && hint);
    if (key && lex && hint)
        tally_wordtab_tokens(tab, s, len, t1.v, t1.n, key, lex, hint);
    for (size_t k = 0; key && lex && hint && k < t1.n && k < t2.n; k++) {
        CHECK(t1.v[k].start == t2.v[k].start && t1.v[k].end == t2.v[k].end);
        CHECK(t1.v[k].kind == t2.v[k].kind && t1.v[k].flags == (t2.v[k].flags & ~TOKF_NUMSKIP));
        CHECK(key[k] == w.key[k] && lex[k] == (const tally_lex *)w.lex[k] && hint[k] == w.hint[k]);
        CHECK((hint[k] == LEXH_TITLE_CUE) == (!(hint[k] & LEXH_PLAIN) && lex[k])); /* a row read on, not in the table */
    }
    for (size_t i = 0; i < s1.n && i < s2.n; i++)
        CHECK(s1.v[i].first == s2.v[i].first && s1.v[i].last == s2.v[i].last && s1.v[i].para == s2.v[i].para);
    size_t nq = 0; /* the quote tokens listed, unless there are too many */
    for (size_t k = 0; k < t2.n; k++)
        if (t2.v[k].kind == TOK_QUOTE) {
            CHECK(w.nquotes == SIZE_MAX || (nq < w.nquotes && w.quote[nq] == k));
            nq++;
        }
    CHECK(w.nquotes == SIZE_MAX ? nq > TALLY_TOK_QUOTES : nq == w.nquotes);
    free(key);
    free(lex);
    free(hint);
    free(w.block);
    free(s);
    tally_vec_free(&t1);
    tally_vec_free(&t2);
    tally_vec_free(&s1);
    tally_vec_free(&s2);
}

static void tokenizer_reads_the_table(void)
{
    same_facts_as_table("President Doe said: Mr Roe, the café’s owner, told reporters, according to police.");
    same_facts_as_table("Police SAID twelve soldiers were Killed and 3 wounded near Kharkiv on Monday.");
    same_facts_as_table("The INTERNATIONALLY known Reconstruction committee counted ABCDEFGHIJ and abcdefghij.");
    same_facts_as_table("A café, Zoë's CAFÉ, the naïve A320 pilot, G7 talks, X, I, a\u00a0b, USD10m, 9mm.");
    same_facts_as_table("“Quoted,” he said — after ’90s rows… of 1,200 (or more) — and ‘scare’ quotes.\n\nNew.");
    same_facts_as_table("Extraordinarily");    /* a word at the very end: fewer than 8 bytes readable */
    same_facts_as_table("a b c d e f g h");     /* short words near the end */
    /* a word's letters end at a digit or a ninth letter and read on, or at a non-ASCII letter (the word ends
     * at the first byte that is no letter unless it is a digit, eight bytes or fewer) */
    same_facts_as_table("Soldiers killed abcdefgh abcdefg1 abcdefgh9 A1b2c3 Covid19 killed19 FY2020s Moscow’s Kyïv.");
    same_facts_as_table("killed1");
    same_facts_as_table("Soldiers");
    same_facts_as_table("");
    /* the one-byte marks (their own path in the token loop), before a space, glued, and a line break last */
    same_facts_as_table("Rain fell; roads (and bridges) shut! Why? Ask: #1 @ $5 & 6% [sic] {x} a/b a\\b a|b ~ ^ _ `+` "
                        "= <> *,.;:!?\nTail line\n");
    char many[4000]; /* more tokens than bytes / 5: the block grows as the tokens do, cue marks and all */
    for (size_t i = 0; i + 1 < sizeof many; i++)
        many[i] = "Mr a said, b."[i % 13];
    many[sizeof many - 1] = '\0';
    same_facts_as_table(many);
    for (size_t i = 0; i + 1 < sizeof many; i++) /* more quotes than the list holds: their sides all the same */
        many[i] = "\"a\" \u201cb\u201d ''c'' "[i % 17];
    same_facts_as_table(many);
}

/* Every word of the table, tokenized alone and in lower, title and upper case, gets its entry: the words not
 * in their home slot (another word hashed there first) are found by the probe's slow path (token.c). */
static void tokenizer_finds_every_table_word(void)
{
    size_t away = 0;
    for (size_t i = 0; i < tab->n; i++) {
        const tally_wt_entry *e = &tab->e[i];
        away += e->len <= 8 && tab->slot[tally_wt_hash(e->key, e->len)] != i + 1; /* the tokenizer's probe */
        for (int form = 0; form < 3; form++) {
            char w[TALLY_WT_MAX + 1];
            for (size_t k = 0; k < e->len; k++)
                w[k] = (char)(form == 2 || (form == 1 && k == 0) ? e->w[k] - 'a' + 'A' : e->w[k]);
            w[e->len] = '\0';
            tally_tokvec t = {0};
            tally_sentvec st = {0};
            tally_tokwords tw = {.table = tab};
            CHECK(tally_tokenize_words(w, e->len, &t, &st, &tw) == TALLY_OK && t.n == 1);
            CHECK(t.n == 1 && tw.hint[0] == e->hint && tw.lex[0] == e->lex);
            free(t.v);
            free(st.v);
            free(tw.block);
        }
    }
    CHECK(away > 0); /* the short words' slow path (probe_on) is tested */
}

static void adjectives_of_countries(void)
{
    char out[32];
    CHECK(tally_lex_adjective("Russia", out, sizeof out) == 7);
    CHECK_STR(out, "Russian");
    CHECK(tally_lex_adjective("United States", out, sizeof out) == 8);
    CHECK_STR(out, "American");
    CHECK(tally_lex_adjective("North Korea", out, sizeof out) == 12);
    CHECK_STR(out, "North Korean");
    CHECK(tally_lex_adjective("Atlantis", out, sizeof out) == 0);
    CHECK(tally_lex_adjective("North Korea", out, 8) == 0); /* no room */
}

int main(void)
{
    tab = tally_wordtab_new();
    CHECK(tab != NULL);
    if (!tab)
        return 1;
    RUN(table_gives_the_lexicon_entry);
    RUN(table_marks_scanner_starts);
    RUN(hinted_scans_match_the_byte_scans);
    RUN(tokens_flag_what_the_number_scan_skips);
    RUN(tokenizer_reads_the_table);
    RUN(date_windows_share_tokens);
    RUN(tokenizer_finds_every_table_word);
    RUN(adjectives_of_countries);
    tally_wordtab_free(tab);
    TEST_END();
}
