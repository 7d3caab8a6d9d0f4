/* test_doc.c — the doc's life: a freed doc serves the context's next article with nothing carried over, a doc
 * may be freed after its context, the victim rules are skipped only where they could find nothing, and cue
 * reads put off until needed run in their order, and a doc that can hold no claim leaves its dates and claim
 * walk to the names pass. */
#include "doc.h"
#include "tally.h"
#include "test.h"
#include "timex.h"

static tally_doc *extract(tally_ctx *ctx, const char *text)
{
    tally_article a = {.id = "t", .published = "2031-05-07", .text = text, .text_len = strlen(text)};
    tally_doc *d = NULL;
    CHECK(tally_doc_extract(ctx, &a, &d) == TALLY_OK);
    return d;
}

static void reused_doc_starts_clean(void)
{
    tally_ctx *ctx = tally_ctx_new();
    tally_doc *d = extract(ctx, "Colonel Ana Brek said 40 soldiers were killed near Dunmoor on Monday.");
    CHECK(d && tally_doc_nclaims(d) == 1);
    tally_doc_free(d);
    d = extract(ctx, "The weather was mild.");
    CHECK(d && tally_doc_nclaims(d) == 0 && d->nums.n == 0 && d->tx.n == 0 && d->nnames == 0);
    CHECK(d && d->lead.source == NULL);
    tally_doc_free(d);
    d = extract(ctx, "Officials said 12 people were wounded.");
    const tally_claim *c = d ? tally_doc_claim(d, 0) : NULL;
    CHECK(c && tally_doc_nclaims(d) == 1 && c->low == 12);
    if (c)
        CHECK_STR(c->what, "wounded");
    tally_doc_free(d);
    tally_ctx_free(ctx);
}

static void docs_may_outlive_their_context(void)
{
    tally_ctx *ctx = tally_ctx_new();
    tally_doc *a = extract(ctx, "Two men were shot on Friday, police said.");
    tally_doc *b = extract(ctx, "Nine soldiers were captured, the army said.");
    tally_doc_free(a); /* kept by the context as its spare */
    tally_ctx_free(ctx);
    CHECK(b && tally_doc_nclaims(b) == 1);
    tally_doc_free(b); /* after the context: frees the pool too (ASan would report a leak or a bad free) */
}

static void victim_rules_need_a_casualty_word(void)
{
    tally_ctx *ctx = tally_ctx_new();
    tally_doc *d = extract(ctx, "A woman from Velmora opened a bakery downtown.");
    CHECK(d && tally_doc_nclaims(d) == 0);
    tally_doc_free(d);
    /* no casualty measure, but a wound state the rules read: the gate lets it through */
    d = extract(ctx, "A 19-year-old man is in critical condition, police said.");
    const tally_claim *c = d && tally_doc_nclaims(d) ? tally_doc_claim(d, 0) : NULL;
    CHECK(c && c->low == 1);
    if (c)
        CHECK_STR(c->what, "wounded");
    tally_doc_free(d);
    d = extract(ctx, "Police are investigating a double homicide in Ardel.");
    c = d && tally_doc_nclaims(d) ? tally_doc_claim(d, 0) : NULL;
    CHECK(c && c->low == 2);
    if (c)
        CHECK_STR(c->what, "killed");
    tally_doc_free(d);
    tally_ctx_free(ctx);
}

/* The source of the doc's only claim ("" when it has none or no source). */
static const char *only_source(const tally_doc *d)
{
    const tally_claim *c = d && tally_doc_nclaims(d) == 1 ? tally_doc_claim(d, 0) : NULL;
    return c && c->source ? c->source : "";
}

/* A reused doc reads its own quote marks, closing cue and cue reads, never those kept from the article
 * before (the quote list, the closing cue and the cue memo are per article). */
static void reused_doc_reads_its_own_attribution(void)
{
    tally_ctx *ctx = tally_ctx_new();
    tally_doc *d = extract(ctx, "“Five people were killed in the blast,” Dana Orr said.");
    CHECK_STR(only_source(d), "Dana Orr");
    tally_doc_free(d);
    d = extract(ctx, "Nine soldiers were captured near Ardel, the army said.");
    CHECK_STR(only_source(d), "army");
    tally_doc_free(d);
    d = extract(ctx, "Six soldiers were wounded near Varn on Friday.");
    CHECK_STR(only_source(d), "");
    tally_doc_free(d);
    d = extract(ctx, "Officials met on Tuesday.\n\n“Two men were wounded at the depot,” Ilse Marn said.");
    CHECK_STR(only_source(d), "Ilse Marn");
    tally_doc_free(d);
    tally_ctx_free(ctx);
}

/* The cues of sentences with no claim are read when a later claim's attribution needs them (a pronoun's
 * antecedent), and the rest when the names are asked for: the names met are those of every cue. */
static void cue_reads_left_due_run_in_order(void)
{
    tally_ctx *ctx = tally_ctx_new();
    tally_doc *d = extract(ctx, "Marta Velkov said the bridge in Varn would reopen soon.\n\n"
                                "She said four people were injured in the flood.");
    const tally_claim *c = d && tally_doc_nclaims(d) == 1 ? tally_doc_claim(d, 0) : NULL;
    CHECK(c && c->low == 4 && c->source && strcmp(c->source, "Marta Velkov") == 0);
    if (c)
        CHECK(c->source_span.end - c->source_span.start == 3); /* "She" */
    tally_doc_free(d);
    d = extract(ctx, "Four people were injured in the flood, police said.\n\n"
                     "Tomas Ferrin said the bridge would reopen.");
    CHECK_STR(only_source(d), "police");
    CHECK(d && d->nnames == 0);         /* the last cue is left unread by extraction … */
    CHECK(d && tally_doc_names(d) == TALLY_OK);
    bool met = false;                   /* … and read before the names pass */
    for (size_t i = 0; d && i < d->nnames; i++)
        met |= strcmp(d->names[i], "Tomas Ferrin") == 0;
    CHECK(met);
    tally_doc_free(d);
    tally_ctx_free(ctx);
}

/* tok_is by the token keys agrees with a byte compare, for literals (constant keys) and runtime words, words
 * of every length around the eight bytes of a key, any case, punctuation, and at the text's end. */
static bool bytes_is(const tally_doc *d, size_t k, const char *w)
{
    return k < d->toks.n && tally_ieq(tok_s(d, k), tok_n(d, k), w);
}

static void tok_is_by_key(void)
{
    tally_ctx *ctx = tally_ctx_new();
    tally_doc *d = extract(ctx, "The HOSPITALIZED man, Officials SAID: according to a Police report, 3 shot. a");
    static const char *const words[] = {"the", "hospitalized", "hospital", "man", ",", "officials", "said", ":",
                                        "according", "accordin", "to", "a", "police", "report", "3", "shot", "."};
    for (size_t k = 0; d && k <= d->toks.n; k++) {
        for (size_t i = 0; i < sizeof words / sizeof *words; i++)
            CHECK(tok_is(d, k, words[i]) == bytes_is(d, k, words[i]));
        CHECK(tok_is(d, k, "hospitalized") == bytes_is(d, k, "hospitalized"));
        CHECK(tok_is(d, k, "according") == bytes_is(d, k, "according"));
        CHECK(tok_is(d, k, "officials") == bytes_is(d, k, "officials"));
        CHECK(tok_is(d, k, "said") == bytes_is(d, k, "said"));
        CHECK(tok_is(d, k, "a") == bytes_is(d, k, "a"));
        CHECK(tok_is(d, k, ",") == bytes_is(d, k, ","));
        CHECK(!tok_is(d, k, "The")); /* a literal is written in lower case */
    }
    CHECK(d && tok_is(d, 0, "the") && tok_is(d, 1, "hospitalized") && !tok_is(d, 1, "hospitalize"));
    CHECK(d && tok_is(d, d->toks.n - 1, "a") && !tok_is(d, d->toks.n, "a"));
    tally_doc_free(d);
    tally_ctx_free(ctx);
}

/* A doc with no count and no casualty word can hold no claim: its dates and cue reads wait for the names pass,
 * which then finds what it would have found (a date is no name; the speaker is met), and a headline's claim
 * with its evidence is left as it was. */
static void claimless_doc_waits_for_names(void)
{
    tally_ctx *ctx = tally_ctx_new();
    tally_doc *d = extract(ctx, "Mayor Ilse Varga said on Tuesday that the Orlen bridge would reopen.");
    CHECK(d && tally_doc_nclaims(d) == 0 && d->tx.n == 0 && d->track == NULL);
    CHECK(d && tally_doc_names(d) == TALLY_OK && d->tx.n == 1 && d->track != NULL);
    bool met = false, tuesday = false;
    for (size_t i = 0; d && i < d->nnames; i++)
        met |= strcmp(d->names[i], "Ilse Varga") == 0;
    for (size_t i = 0; d && i < d->mentions.n; i++)
        tuesday |= strstr(d->mentions.v[i].name, "Tuesday") != NULL;
    CHECK(met && !tuesday);
    tally_doc_free(d);
    const char *text = "The Orlen bridge will reopen next week, the mayor said.";
    tally_article a = {.id = "h", .published = "2031-05-07", .title = "Three hurt as Orlen bridge fails",
                       .text = text, .text_len = strlen(text)};
    CHECK(tally_doc_extract(ctx, &a, &d) == TALLY_OK);
    const tally_claim *c = d && tally_doc_nclaims(d) == 1 ? tally_doc_claim(d, 0) : NULL;
    CHECK(c && c->low == 3 && c->nevidence == 1 && c->ntitle == 1);
    CHECK(d && tally_doc_names(d) == TALLY_OK);
    c = d && tally_doc_nclaims(d) == 1 ? tally_doc_claim(d, 0) : NULL;
    CHECK(c && c->low == 3 && c->nevidence == 1 && c->evidence[0].start == 0 && c->evidence[0].end == 5);
    tally_doc_free(d);
    tally_ctx_free(ctx);
}

/* Numbers and counts are put off only when no word could tell what a count counts: a measure word, or a
 * phrase claim.c reads as one ("fled their homes" with no measure word is displaced). */
static void counts_wait_only_without_a_measure(void)
{
    tally_ctx *ctx = tally_ctx_new();
    tally_doc *d = extract(ctx, "The 12 members of the council met on Tuesday.");
    CHECK(d && tally_doc_nclaims(d) == 0 && d->nums.n == 0 && d->track == NULL); /* not even the numbers */
    CHECK(d && tally_doc_names(d) == TALLY_OK && d->nums.n == 1 && d->tx.n == 1 && d->track != NULL);
    tally_doc_free(d);
    d = extract(ctx, "Twelve soldiers were injured on Tuesday.");
    CHECK(d && tally_doc_nclaims(d) == 1 && d->nums.n == 1 && d->tx.n == 1);
    tally_doc_free(d);
    d = extract(ctx, "About 18,000 residents fled their homes after the flood.");
    const tally_claim *c = d && tally_doc_nclaims(d) == 1 ? tally_doc_claim(d, 0) : NULL;
    CHECK(c && c->low == 18000);
    if (c)
        CHECK_STR(c->what, "displaced");
    tally_doc_free(d);
    d = extract(ctx, "Officials said 40 soldiers were deployed. The 40 arrived on Monday.");
    CHECK(d && tally_doc_nclaims(d) >= 1 && d->track != NULL);
    tally_doc_free(d);
    tally_ctx_free(ctx);
}

/* The dates are scanned on the first ask: a doc whose rules never ask has none yet, and the first ask finds
 * them all. */
static void dates_wait_for_the_first_ask(void)
{
    tally_ctx *ctx = tally_ctx_new();
    tally_doc *d = extract(ctx, "The hospital reopened its wards on Monday.");
    CHECK(d && tally_doc_nclaims(d) == 0 && d->track != NULL && d->tx.n == 0);
    CHECK(d && d->toks.n == 8 && tally_doc_in_timex(d, 6) && !tally_doc_in_timex(d, 5) && d->tx.n == 1);
    tally_doc_free(d);
    tally_ctx_free(ctx);
}

/* A word the date grammar never holds is in no date without a scan; the words it reads by their spelling and
 * the lexicon's are asked of the scan ("the foreseeable future", "Monday"). */
static void names_are_in_no_date_unscanned(void)
{
    tally_ctx *ctx = tally_ctx_new();
    tally_doc *d = extract(ctx, "Dara Molk of Varn expects calm in the foreseeable future and rain on Monday.");
    /* Dara(0) Molk(1) of(2) Varn(3) expects(4) calm(5) in(6) the(7) foreseeable(8) future(9) and(10) rain(11)
     * on(12) Monday(13) .(14) */
    CHECK(d && d->toks.n == 15 && d->tx.n == 0);
    CHECK(d && !tally_doc_in_timex(d, 3) && !tally_doc_in_timex(d, 0) && !tally_doc_in_timex(d, 11));
    CHECK(d && d->tx.n == 0 && d->tx_to == 0); /* no scan asked */
    CHECK(d && tally_doc_in_timex(d, 8) && d->tx.n == 1 && !tally_doc_in_timex(d, 10));
    CHECK(d && tally_doc_in_timex(d, 13) && !tally_doc_in_timex(d, 12) && d->tx.n == 2);
    tally_doc_free(d);
    d = extract(ctx, "In the 1990s Varn grew.");
    CHECK(d && !tally_doc_in_timex(d, 4) && d->tx_to == 0); /* Varn */
    tally_doc_free(d);
    /* a mark after such a word is in no date either; after a date's word it is asked */
    d = extract(ctx, "Molk said. Varn paid on Dec. 5, officials said, and.");
    /* Molk(0) said(1) .(2) Varn(3) paid(4) on(5) Dec(6) .(7) 5(8) ,(9) officials(10) said(11) ,(12) and(13) .(14) */
    CHECK(d && d->toks.n == 15 && !tally_doc_in_timex(d, 2) && !tally_doc_in_timex(d, 12) && d->tx_to == 0);
    CHECK(d && tally_doc_in_timex(d, 7) && !tally_doc_in_timex(d, 9) && !tally_doc_in_timex(d, 14) && d->tx.n == 1);
    tally_doc_free(d);
    tally_ctx_free(ctx);
}

/* tally_doc_num_at keeps its last answer: asked in any order, it answers as a search would (the first number
 * ending after the offset). */
static void num_at_in_any_order(void)
{
    tally_ctx *ctx = tally_ctx_new();
    tally_doc *d = extract(ctx, "Police said 12 people were killed, 40 were hurt and 3 of 7 buses burned in Varn.");
    CHECK(d && d->nums.n >= 4);
    size_t len = d ? d->a.text_len : 0, seed = 7;
    for (size_t q = 0; d && q < 400; q++) {
        seed = seed * 1103515245 + 12345;
        size_t off = q < 200 ? (seed >> 8) % (len + 2) : q - 200 < len ? q - 200 : len; /* random, then in turn */
        size_t want = 0;
        while (want < d->nums.n && d->nums.v[want].end <= off)
            want++;
        CHECK(tally_doc_num_at(d, off) == want);
    }
    tally_doc_free(d);
    tally_ctx_free(ctx);
}

/* A cue's date of saying is read when a claim asks for it, and is the date a read on the spot gives. */
static void said_date_read_when_asked(void)
{
    tally_ctx *ctx = tally_ctx_new();
    tally_doc *d = extract(ctx, "Police said on Monday that four people were killed in Varn.");
    const tally_claim *c = d && tally_doc_nclaims(d) == 1 ? tally_doc_claim(d, 0) : NULL;
    CHECK_STR(c ? c->said : NULL, "2031-05-05");
    tally_attr at;
    CHECK(d && tally_attrib_at_cue(d, 0, 1, NULL, &at) == TALLY_OK);
    CHECK(at.said_si == 1 && at.said_cue == 1 && at.said_first == TALLY_NODAY);
    int32_t first, last;
    tally_gran gran;
    tally_attrib_said(d, &at, &first, &last, &gran);
    char day[11];
    tally_day_format(first, day);
    CHECK_STR(day, "2031-05-05");
    CHECK(first == last && gran == TALLY_GRAN_DAY);
    tally_doc_free(d);
    d = extract(ctx, "Police said four people were killed in Varn.");
    c = d && tally_doc_nclaims(d) == 1 ? tally_doc_claim(d, 0) : NULL;
    CHECK_STR(c ? c->said : NULL, "2031-05-07"); /* none in the sentence: the publication day */
    tally_doc_free(d);
    tally_ctx_free(ctx);
}

/* Spellings of one name share a key; names apart in digits or in letters outside ASCII do not. */
static void entity_keys_tell_numbers_and_scripts_apart(void)
{
    static const struct {
        const char *x, *y;
        bool same;
    } pairs[] = {
        {"Volodymyr Zelenskyy", "Volodymyr Zelensky", true},
        {"Lee Seong-kweun", "Lee Seong Kwon", true},
        {"Harris County Sheriff’s Office", "Harris County Sheriff's Office", true},
        {"José Álvarez—Ruiz", "Jose Alvarez-Ruiz", true},
        {"Brigade 33", "Brigade 231", false},
        {"Brigade 11", "Brigade 1", false},
        {"Иван Петров", "Пётр Сидоров", false},
    };
    char a[64], b[64];
    for (size_t i = 0; i < sizeof pairs / sizeof *pairs; i++) {
        tally_entity_key(pairs[i].x, a, sizeof a);
        tally_entity_key(pairs[i].y, b, sizeof b);
        CHECK(a[0] && (strcmp(a, b) == 0) == pairs[i].same);
    }
    tally_entity_key("Agency12345678901234567890", a, 8); /* cut to the buffer, still ended */
    CHECK(strlen(a) == 7);
}

/* A country's body described in lower case and named by the acronym after it goes by the acronym;
 * "military intelligence" reads through to the agency. */
static void described_body_named_by_its_acronym(void)
{
    tally_ctx *ctx = tally_ctx_new();
    tally_doc *d = extract(ctx, "Ukraine's military intelligence agency (GUR) said the bridge was hit. The GUR "
                                "gave no figure.");
    CHECK(d && tally_doc_names(d) == TALLY_OK);
    size_t gur = 0, military = 0;
    for (size_t i = 0; d && i < d->mentions.n; i++) {
        gur += strcmp(d->mentions.v[i].name, "GUR") == 0;
        military += strstr(d->mentions.v[i].name, "military") != NULL;
    }
    CHECK(gur == 3 && military == 0); /* the description, the acronym, the later mention */
    tally_doc_free(d);
    tally_ctx_free(ctx);
}

/* A title heading an organisation's name names no person; a dateline's capitals are no acronym. */
static void titled_bodies_and_datelines(void)
{
    tally_ctx *ctx = tally_ctx_new();
    tally_doc *d = extract(ctx, "ARICA (Wire) - The General Staff said the bridge was hit. NATO gave no figure.");
    CHECK(d && tally_doc_names(d) == TALLY_OK);
    size_t staff = 0, arica = 0, nato = 0;
    for (size_t i = 0; d && i < d->mentions.n; i++) {
        staff += strcmp(d->mentions.v[i].name, "General Staff") == 0;
        staff += 10 * (strcmp(d->mentions.v[i].name, "Staff") == 0);
        arica += strcmp(d->mentions.v[i].name, "ARICA") == 0;
        nato += strcmp(d->mentions.v[i].name, "NATO") == 0;
    }
    CHECK(staff == 1 && arica == 0 && nato == 1);
    tally_doc_free(d);
    tally_ctx_free(ctx);
}

int main(void)
{
    RUN(reused_doc_starts_clean);
    RUN(docs_may_outlive_their_context);
    RUN(victim_rules_need_a_casualty_word);
    RUN(tok_is_by_key);
    RUN(reused_doc_reads_its_own_attribution);
    RUN(cue_reads_left_due_run_in_order);
    RUN(claimless_doc_waits_for_names);
    RUN(counts_wait_only_without_a_measure);
    RUN(dates_wait_for_the_first_ask);
    RUN(names_are_in_no_date_unscanned);
    RUN(said_date_read_when_asked);
    RUN(num_at_in_any_order);
    RUN(entity_keys_tell_numbers_and_scripts_apart);
    RUN(described_body_named_by_its_acronym);
    RUN(titled_bodies_and_datelines);
    TEST_END();
}
