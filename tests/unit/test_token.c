/* test_token.c — tokens, their flags, and sentence boundaries. */
#include "test.h"
#include "token.h"

static tally_tokvec toks;
static tally_sentvec sents;

static void tokenize(const char *s)
{
    toks.n = sents.n = 0;
    CHECK(tally_tokenize(s, strlen(s), &toks, &sents) == TALLY_OK);
}

static void tokens_keep_byte_offsets(void)
{
    const char *s = "Russia’s 1,000 troops—said Lee.";
    tokenize(s);
    CHECK(toks.n == 8);
    CHECK(toks.v[0].start == 0 && toks.v[0].end == 6 && (toks.v[0].flags & TOKF_CAP));
    CHECK(toks.v[1].kind == TOK_APOS_S && toks.v[1].end == 10);
    CHECK(toks.v[2].kind == TOK_NUM && toks.v[2].start == 11 && toks.v[2].end == 16);
    CHECK(toks.v[4].kind == TOK_DASH);
    CHECK(toks.v[7].kind == TOK_PUNCT && s[toks.v[7].start] == '.');
}

static void sentences_skip_abbreviations(void)
{
    tokenize("Gen. Oleksandr Syrskyi met U.S. officials on Dec. 18. They said 30 were hurt. \"We lost 12.\" Then…");
    CHECK(sents.n == 4);
    CHECK(toks.v[sents.v[1].first].start == 54); /* "They" */
}

/* The abbreviations' shape filter lets every one through, in any case, and a word of the same shape but not
 * in the list ("Mrt.") still ends its sentence: "Mrt." is a sentence of its own, "Bo left." the next. */
static void abbreviations_pass_their_shape_test(void)
{
    CHECK(tally_tok_abbrev_misses() == 0);
    tokenize("Talks with SUPT. Hale and Sgt. Ray went on. Mrt. Bo left. Capt. Vo spoke to Fla. crews.");
    CHECK(sents.n == 4);
    CHECK(toks.v[sents.v[1].first].start == 44 && toks.v[sents.v[2].first].start == 49); /* "Mrt.", "Bo" */
}

static void line_breaks_end_sentences_but_not_hard_wraps(void)
{
    tokenize("A headline without a period\nThe first sentence runs\nacross two lines. Next one.\n\nNew paragraph");
    CHECK(sents.n == 4);
    CHECK(sents.v[0].para == 0 && sents.v[1].para == 1 && sents.v[3].para == 2);
    /* a line break after the last token: the last sentence ends there, once, in its paragraph */
    tokenize("First line here\nSecond line ends (so)\n\n");
    CHECK(sents.n == 2 && sents.v[1].first == 3 && sents.v[1].last == toks.n && sents.v[1].para == 1);
}

static void quotes_open_and_close(void)
{
    tokenize("“We lost 12,” he said. He said \"no\" twice.");
    CHECK(toks.v[0].flags & TOKF_OPENQ);
    CHECK(toks.v[5].flags & TOKF_CLOSEQ);
    size_t k = 6;
    while (k < toks.n && toks.v[k].kind != TOK_QUOTE)
        k++;
    CHECK(k < toks.n && (toks.v[k].flags & TOKF_OPENQ));
}

static void tok_at_finds_the_token(void)
{
    tokenize("one two three");
    CHECK(tally_tok_at(toks.v, toks.n, 0) == 0);
    CHECK(tally_tok_at(toks.v, toks.n, 4) == 1);
    CHECK(tally_tok_at(toks.v, toks.n, 3) == 1); /* the space belongs to no token: next one */
    CHECK(tally_tok_at(toks.v, toks.n, 99) == 3);
}

/* Word ends are found eight bytes at a time: every length, each kind of end, and the case flags. */
/* The interpolated search finds what a walk finds, on tokens spread unevenly (long and short runs, gaps), at
 * every offset, and on texts of fewer tokens than it interpolates over. */
static void tok_at_matches_a_walk(void)
{
    enum { N = 600 };
    tally_tok t[N];
    uint32_t at = 3;
    for (size_t k = 0; k < N; k++) {
        uint32_t len = k < 200 ? 1 + (uint32_t)(k % 3) : k < 400 ? 40 + (uint32_t)(k % 17) : 2;
        t[k] = (tally_tok){.start = at, .end = at + len, .kind = TOK_WORD};
        at += len + (k % 5 == 0 ? 9 : 1);
    }
    for (size_t n = 0; n <= N; n += n < 70 ? 1 : 53)
        for (size_t off = 0; off <= at + 2; off++) {
            size_t want = 0;
            while (want < n && t[want].end <= off)
                want++;
            if (tally_tok_at(t, n, off) != want) {
                CHECK(tally_tok_at(t, n, off) == want);
                return;
            }
        }
}

static void words_of_every_length(void)
{
    const char *letters = "abcDEfghij0123456789KLMnopqrstu";
    const char *ends[] = {" x", ",x", "\xE2\x80\x99s", "-x", "", "\xC3\xA9x y"};
    for (size_t n = 1; n <= 30; n++)
        for (size_t e = 0; e < sizeof ends / sizeof *ends; e++) {
            char s[64];
            snprintf(s, sizeof s, "%.*s%s", (int)n, letters, ends[e]);
            tokenize(s);
            size_t want = e == 5 ? n + 3 : n; /* an accented letter continues the word */
            CHECK(toks.n >= 1 && toks.v[0].kind == TOK_WORD && toks.v[0].end == want && toks.v[0].flags == 0);
        }
    /* digits after 1 to 11 letters belong to the word, and so do letters after them */
    for (size_t n = 1; n <= 11; n++)
        for (size_t d = 1; d <= 3; d++) {
            char s[64];
            snprintf(s, sizeof s, "%.*s%.*sxy, z", (int)n, "killedabcde", (int)d, "907");
            tokenize(s);
            CHECK(toks.n == 3 && toks.v[0].kind == TOK_WORD && toks.v[0].end == n + d + 2);
        }
    tokenize("NATO Nato ABCDEFGHIJKLMNOPQR Abcdefghijklmnopqrstuvwxyz A ÉCOLE");
    CHECK(toks.n == 6);
    CHECK(toks.v[0].flags == (TOKF_CAP | TOKF_ALLCAP) && toks.v[1].flags == (TOKF_CAP | TOKF_SPACE));
    CHECK(toks.v[2].flags == (TOKF_CAP | TOKF_ALLCAP | TOKF_SPACE) && toks.v[2].end - toks.v[2].start == 18);
    CHECK(toks.v[3].flags == (TOKF_CAP | TOKF_SPACE) && toks.v[3].end - toks.v[3].start == 26);
    CHECK(toks.v[4].flags == (TOKF_CAP | TOKF_SPACE));
    CHECK((toks.v[5].flags & TOKF_ALLCAP) && toks.v[5].end - toks.v[5].start == 6);
}

static void junk_is_not_an_error(void)
{
    const char junk[] = "\xff\xfe\x00\x80 12\xe2\x80";
    toks.n = sents.n = 0;
    CHECK(tally_tokenize(junk, sizeof junk - 1, &toks, &sents) == TALLY_OK);
    CHECK(toks.n > 0);
    tokenize("");
    CHECK(toks.n == 0 && sents.n == 0);
}

/* Past 256 tokens that may end a sentence the splitter walks every token: the same sentences either way,
 * closing quotes and brackets kept with their sentence, a line break ending one. */
static void many_sentences_split_alike(void)
{
    static char text[8192];
    size_t n = 0;
    static const char *const kinds[] = {"He said \"Go.\" ", "It ended (at 5.) ", "Dr. Lo came\n"};
    for (int i = 0; i < 300; i++)
        n += (size_t)snprintf(text + n, sizeof text - n, "%s", kinds[i % 3]);
    tokenize(text);
    CHECK(sents.n == 300);
    for (size_t i = 0; i < sents.n && i < 300; i++) {
        const tally_tok *last = &toks.v[sents.v[i].last - 1];
        char c = text[last->start];
        CHECK(i % 3 == 0 ? c == '"' : i % 3 == 1 ? c == ')' : c == 'c'); /* "came" */
        CHECK(sents.v[i].para == i / 3);
    }
    tokenize("He said \"Go.\" It ended (at 5.) Dr. Lo came\nNext");
    CHECK(sents.n == 4 && text[0] == 'H');
}

int main(void)
{
    RUN(tokens_keep_byte_offsets);
    RUN(sentences_skip_abbreviations);
    RUN(abbreviations_pass_their_shape_test);
    RUN(line_breaks_end_sentences_but_not_hard_wraps);
    RUN(quotes_open_and_close);
    RUN(tok_at_finds_the_token);
    RUN(tok_at_matches_a_walk);
    RUN(words_of_every_length);
    RUN(junk_is_not_an_error);
    RUN(many_sentences_split_alike);
    tally_vec_free(&toks);
    tally_vec_free(&sents);
    TEST_END();
}
