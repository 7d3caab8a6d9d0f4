/* attrib.c — who says a figure, and when.
 *
 * For a number at token k, the governing cue is chosen first. Inside a quotation — from a quote mark to the
 * next one in its paragraph, across sentences, or on to the paragraph's end — it is the quotation's speech
 * verb: right after it ("…,” he said", "….” Trump said."), right before it ("X said: “…"), else the nearest
 * in the sentences opening or closing it, else the paragraph's last speaker. Outside quotations: a report
 * closing the sentence covers all of it (", according to X.", ", he said on Monday."); else the nearest cue
 * before k, raised to the outermost report verb of its clause ("The magazine said the poll predicted …");
 * else the nearest after k. With no cue, a speaker's label opening the paragraph ("WALLACE: …").
 *
 * The source is then read from the cue's syntax: subject before the verb ("X said", "X, head of Y, said",
 * "X, 21, a student, said", "X — after a pause — told", "X, citing Y, wrote", "a Z, who named", "the
 * department which reported", "X blasted Y and said", "…, saying"), subject after it ("said Zelenskyy",
 * "said a local official", "was stated by X"), "according to X", "citing X"; "X told Reuters" and "X
 * reported, citing Y" give the relay (via). Names are read over capitalised words, possessives, demonyms,
 * titles and source nouns; common noun phrases ("the bank", "hospital records") over plain words with a
 * plain head. Pronouns take the last source of their kind, else the person named last. The said-date is a
 * date next to the cue ("said on Monday", "In mid-January, X reported"). Every scan has a fixed reach
 * (CUE_REACH, QUOTE_MAX, PARA_REACH, OUTER_MAX), so the work is linear in the text. */
#include "doc.h"
#include <ctype.h>
#include <stdio.h>
#include <string.h>

enum {
    NP_MAX = 14,    /* longest source phrase, in tokens */
    CUE_REACH = 80, /* how far from a count its cue may stand */
    QUOTE_MAX = 300, /* longest quotation looked through */
    PARA_REACH = 40, /* sentences of a paragraph looked through */
    OUTER_MAX = 3,   /* report verbs looked back through for the outermost */
    PARA_CARRY = 3   /* paragraphs a quotation carried over paragraphs is followed back through */
};

static bool is_word(const tally_doc *d, size_t k) { return k < d->toks.n && d->toks.v[k].kind == TOK_WORD; }
static bool is_punct(const tally_doc *d, size_t k, char c) /* the key first, as claim.c's */
{
    return k < d->toks.n && d->key[k] == (unsigned char)c && d->toks.v[k].kind == TOK_PUNCT && tok_n(d, k) == 1;
}
static unsigned lex_cls(const tally_doc *d, size_t k)
{
    const tally_lex *lx = tok_lex(d, k);
    return lx ? lx->cls : 0;
}

/* A word in capitals amid words that are not ("the WHO said"; not a transcript's "HIS MOTHER WHO SAYS"). */
static bool acronym(const tally_doc *d, size_t k)
{
    const tally_tok *t = &d->toks.v[k];
    return t->kind == TOK_WORD && (t->flags & TOKF_ALLCAP) && tok_n(d, k) >= 2 && k > 0 &&
           !(d->toks.v[k - 1].flags & TOKF_ALLCAP) && !(k + 1 < d->toks.n && (d->toks.v[k + 1].flags & TOKF_ALLCAP));
}

/* Words that can head or fill a source phrase. */
static bool np_core(const tally_doc *d, size_t k)
{
    if (k >= d->toks.n)
        return false;
    const tally_tok *t = &d->toks.v[k];
    if (tok_function(d, k))
        return acronym(d, k); /* an acronym spelt as a function word is a name: "the WHO said" */
    if (t->kind == TOK_APOS_S)
        return true;
    if (t->kind != TOK_WORD)
        return false;
    unsigned c = lex_cls(d, k);
    if (c & (LEX_A | LEX_C | LEX_M)) /* a lexicon verb inside a name stays: "United States" */
        return ((c & (LEX_S | LEX_D | LEX_T)) && !(c & LEX_C)) || (tok_cap(d, k) && k > 0 && tok_cap(d, k - 1));
    return (tok_cap(d, k) && !tally_doc_in_timex(d, k)) || (c & (LEX_S | LEX_D | LEX_T));
}

static bool is_pronoun(const tally_doc *d, size_t k)
{
    /* literals, not a list walked: tok_is then compares the token's key with a constant */
    return tok_is(d, k, "he") || tok_is(d, k, "she") || tok_is(d, k, "they") || tok_is(d, k, "it") || tok_is(d, k, "we");
}

/* Glue tokens: a hyphen or period stuck to words ("Seong-kweun", "Gen.", "U.S."). */
static bool glued(const tally_doc *d, size_t k)
{
    const tally_tok *t = &d->toks.v[k];
    if (k == 0 || d->toks.v[k - 1].end != t->start)
        return false;
    if (t->kind == TOK_DASH)
        return k + 1 < d->toks.n && d->toks.v[k + 1].start == t->end;
    if (t->kind != TOK_PUNCT || tok_s(d, k)[0] != '.')
        return false;
    /* "Gen." "U.S." "St.": a title or a one- or two-letter capital before the period */
    /* a title's abbreviation is short: "spokesman." ends a sentence */
    return ((lex_cls(d, k - 1) & LEX_T) && tok_n(d, k - 1) <= 4) || (tok_cap(d, k - 1) && tok_n(d, k - 1) <= 2);
}

/* The apostrophe of a plural's possessive inside a name: "Sudan Doctors' Syndicate", "Veterans’ Affairs". */
static bool plural_apostrophe(const tally_doc *d, size_t k)
{
    const tally_tok *t = &d->toks.v[k];
    if (k == 0 || k + 1 >= d->toks.n || t->kind != TOK_PUNCT || d->toks.v[k - 1].end != t->start ||
        d->toks.v[k - 1].kind != TOK_WORD || !is_word(d, k + 1) || d->toks.v[k + 1].start == t->end ||
        (d->toks.v[k - 1].flags & TOKF_ALLCAP)) /* an acronym's: "WINS’ Al Jones" is the station's reporter */
        return false;
    const char *w = tok_s(d, k - 1);
    size_t n = tok_n(d, k - 1);
    bool apos = (tok_n(d, k) == 1 && tok_s(d, k)[0] == '\'') ||
                (tok_n(d, k) == 3 && memcmp(tok_s(d, k), "\xe2\x80\x99", 3) == 0);
    return apos && (w[n - 1] == 's' || w[n - 1] == 'S');
}

/* A hyphen glued on both sides ("al-Qudra", "pro-Russian"). */
static bool glued_dash(const tally_doc *d, size_t k)
{
    return k < d->toks.n && d->toks.v[k].kind == TOK_DASH && glued(d, k);
}

/* Token k, before a name's capitalised word at a, belongs to it: a particle ("da Silva", "al-Qudra") or a
 * hyphenated prefix ("pro-Russian"). */
static bool name_prefix(const tally_doc *d, size_t k, size_t a)
{
    if (glued_dash(d, a)) /* the word before a glued hyphen: "al" of "al-Qudra", "pro" of "pro-Russian" */
        return is_word(d, k) && a + 1 < d->toks.n && tok_cap(d, a + 1);
    if (!tally_name_particle(d, k) || !(tok_cap(d, a) || tally_name_particle(d, a)))
        return false;
    while (k > 0 && tally_name_particle(d, k - 1)) /* "von der Leyen" */
        k--;
    return k > 0 && tok_cap(d, k - 1) && !tok_function(d, k - 1); /* between two capitalised words */
}

/* The first token from a (before hi) that is not "the", "a" or "an". */
static size_t skip_determiners(const tally_doc *d, size_t a, size_t hi)
{
    while (a < hi && (tok_is(d, a, "the") || tok_is(d, a, "a") || tok_is(d, a, "an")))
        a++;
    return a;
}

/* Start of the phrase ending just before token end (exclusive), not before lo. */
static size_t np_back(const tally_doc *d, size_t end, size_t lo)
{
    size_t a = end;
    while (a > lo && end - a < NP_MAX) {
        size_t k = a - 1;
        bool take = np_core(d, k) || (glued(d, k) && a < end) || (plural_apostrophe(d, k) && a < end) ||
                    (is_word(d, k) && k > 0 && d->toks.v[k - 1].kind == TOK_DASH && d->toks.v[k - 1].end == d->toks.v[k].start);
        if (!take && a < end && name_prefix(d, k, a))
            take = true;
        if (!take && a < end && k > lo && np_core(d, k - 1)) {
            bool link = tok_is(d, k, "and") || tok_is(d, k, "of") || is_punct(d, k, ',');
            /* lists of capitalised words or demonyms: "American, South Korean and Ukrainian" */
            take = link && (tok_cap(d, a) || (lex_cls(d, a) & LEX_D)) && (tok_cap(d, k - 1) || (lex_cls(d, k - 1) & LEX_D));
            if (is_punct(d, k, ',') && !(lex_cls(d, k - 1) & LEX_D))
                take = false; /* a list's comma follows a demonym: not "in Kursk, Ukrainian officials said" */
            if (tok_is(d, k, "of") && tok_cap(d, a)) /* "the governor of Karsh province" */
                take = true;
            if (tok_is(d, k, "for") && tok_cap(d, k - 1) && (tok_cap(d, a) || (tok_is(d, a, "the") && tok_cap(d, a + 1))))
                take = true; /* "Observatory for Human Rights", "Institute for the Study of War" */
        }
        if (!take && a < end && is_word(d, k) && !tok_cap(d, k) && !lex_cls(d, k) && !tok_function(d, k) &&
            ((lex_cls(d, a) & (LEX_S | LEX_D)) || (end - a < 3 && (lex_cls(d, end - 1) & LEX_S) && !tok_cap(d, a) &&
                                                   !lex_cls(d, a)) ||
             (a == end - 1 && !tok_cap(d, a) && (lex_cls(d, a) & LEX_T)))) /* "the interior minister said" */
            take = true; /* adjectives before a source noun: "spy agency", "senior military official", "civil
                            protection agency" */
        if (!take && a == end && is_word(d, k) && !tok_cap(d, k) && !lex_cls(d, k) && k > lo && tok_cap(d, k - 1) &&
            !tok_function(d, k - 1))
            take = true; /* a place noun after its name: "governor of Karsh province" */
        if (!take && tok_is(d, k, "the") && k > lo &&
            (tok_is(d, k - 1, "of") || (tok_is(d, k - 1, "for") && k - 1 > lo && tok_cap(d, k - 2) && tok_cap(d, a))))
            take = true;
        if (!take)
            break;
        a = k;
    }
    while (a < end && (tok_is(d, a, "and") || tok_is(d, a, "of") || is_punct(d, a, ',') || d->toks.v[a].kind == TOK_APOS_S))
        a++;
    return a;
}

/* End (exclusive) of the phrase starting at a, not past hi. */
static size_t np_fwd(const tally_doc *d, size_t a, size_t hi)
{
    a = skip_determiners(d, a, hi);
    size_t b = a;
    while (b < hi && b - a < NP_MAX) {
        bool take = np_core(d, b) || (glued(d, b) && b > a) || (plural_apostrophe(d, b) && b > a) ||
                    (is_word(d, b) && b > a && d->toks.v[b - 1].kind == TOK_DASH && d->toks.v[b - 1].end == d->toks.v[b].start);
        if (!take && b > a && b + 1 < hi && tally_name_particle(d, b) && (tok_cap(d, b - 1) || tally_name_particle(d, b - 1)) &&
            (tok_cap(d, b + 1) || tally_name_particle(d, b + 1) || glued_dash(d, b + 1)))
            take = true; /* "Lula da Silva" */
        if (!take && is_word(d, b) && !tok_cap(d, b) && !lex_cls(d, b) && !tok_function(d, b) && b + 1 < hi &&
            (lex_cls(d, b + 1) & (LEX_S | LEX_D)))
            take = true;
        if (!take && b > a && b + 1 < hi && np_core(d, b - 1) &&
            (tok_is(d, b, "of") || tok_is(d, b, "and") || (tok_is(d, b, "for") && tok_cap(d, b - 1))) &&
            (tok_cap(d, b + 1) || tok_is(d, b + 1, "the")))
            take = true;
        if (!take && b > a && tok_is(d, b, "the") && (tok_is(d, b - 1, "of") || tok_is(d, b - 1, "for")) &&
            b + 1 < hi && tok_cap(d, b + 1))
            take = true;
        if (!take)
            break;
        b++;
    }
    while (b > a && (tok_is(d, b - 1, "and") || tok_is(d, b - 1, "of") || tok_is(d, b - 1, "the")))
        b--;
    return b;
}

/* A lowercase content word that can stand in a common noun phrase ("the bank", "several cast members",
 * "exit polls"): no function word, auxiliary, cue, measure ("fatalities"), number or time word. */
static bool plain_word(const tally_doc *d, size_t k)
{
    if (!is_word(d, k) || tok_cap(d, k) || tok_function(d, k) || (lex_cls(d, k) & (LEX_A | LEX_C | LEX_M)) ||
        tally_doc_in_timex(d, k))
        return false;
    if (tok_is(d, k, "would") || tok_is(d, k, "could") || tok_is(d, k, "should") || tok_is(d, k, "will") ||
        tok_is(d, k, "can") || tok_is(d, k, "may") || tok_is(d, k, "might") || tok_is(d, k, "must") ||
        tok_is(d, k, "did") || tok_is(d, k, "does") || tok_is(d, k, "do"))
        return false; /* a modal or auxiliary */
    size_t i = tally_doc_num_at(d, d->toks.v[k].start); /* "six", "dozens": a count, not a noun */
    return !(i < d->nums.n && d->nums.v[i].start <= d->toks.v[k].start);
}

/* A word before the head of a common noun phrase: a plain word or a number ("two senior officials"). */
static bool modifier_word(const tally_doc *d, size_t k)
{
    return plain_word(d, k) || (is_word(d, k) && !tok_cap(d, k) && !tok_function(d, k) && !lex_cls(d, k));
}

/* Start of a common noun phrase ending just before end ("the bank", "Chinese military commentators"):
 * a plain head word with plain or name words before it. Returns end when there is none. */
static size_t np_back_plain(const tally_doc *d, size_t end, size_t lo)
{
    if (end <= lo || !plain_word(d, end - 1))
        return end;
    size_t a = end - 1, plain = 1;
    while (a > lo && end - a < NP_MAX) {
        size_t k = a - 1;
        if (modifier_word(d, k) && plain < 4)
            plain++;
        else if (!np_core(d, k) && !(glued(d, k) && k + 1 < end) && !(plural_apostrophe(d, k) && plain < 4))
            break;
        a = k;
    }
    while (a < end && d->toks.v[a].kind == TOK_APOS_S)
        a++;
    return a;
}

/* A plain word ending in "-ed" before a determiner or pronoun: a verb with its object ("denied the claim"). */
static bool past_verb(const tally_doc *d, size_t k)
{
    size_t n = tok_n(d, k);
    return plain_word(d, k) && n > 3 && tally_ieq(tok_s(d, k) + n - 2, 2, "ed") &&
           (tok_is(d, k + 1, "the") || tok_is(d, k + 1, "a") || tok_is(d, k + 1, "an") || tok_is(d, k + 1, "it") ||
            tok_is(d, k + 1, "this") || tok_is(d, k + 1, "that") || tok_is(d, k + 1, "his") ||
            tok_is(d, k + 1, "her") || tok_is(d, k + 1, "their") || tok_is(d, k + 1, "its"));
}

/* End of a common noun phrase from a ("the poll", "a count by The Associated Press", "the woman"),
 * determiners skipped; a "of/for/by/at" phrase after the head is kept. Returns a when there is none. */
static size_t np_fwd_plain(const tally_doc *d, size_t a, size_t hi)
{
    size_t b = skip_determiners(d, a, hi), head = b;
    while (b + 1 < hi && modifier_word(d, b) && !plain_word(d, b)) /* "one source", "two senior officials" */
        b++;
    while (b < hi && b - head < NP_MAX) {
        bool linker = b > head && (tok_is(d, b, "of") || tok_is(d, b, "for") || tok_is(d, b, "by") || tok_is(d, b, "at")) &&
                      b + 1 < hi && (tok_cap(d, b + 1) || plain_word(d, b + 1) || tok_is(d, b + 1, "the") || tok_is(d, b + 1, "a"));
        if (linker && (tok_is(d, b + 1, "the") || tok_is(d, b + 1, "a")))
            b++;
        else if (b > head && past_verb(d, b))
            break; /* "the army denied the claim and said" */
        else if (!(np_core(d, b) || plain_word(d, b) || linker || (glued(d, b) && b > head) ||
                   (d->toks.v[b].kind == TOK_APOS_S && b > head)))
            break;
        b++;
    }
    while (b > head && (tok_is(d, b - 1, "of") || tok_is(d, b - 1, "the") || tok_is(d, b - 1, "a")))
        b--;
    return b > head ? b : a;
}

static bool document_noun(const tally_doc *d, size_t k);

static void set_source(tally_doc *d, tally_attr *at, size_t a, size_t b)
{
    if (b >= a + 3 && document_noun(d, b - 1) && d->toks.v[b - 2].kind == TOK_APOS_S)
        b -= 2; /* "the ministry's statement said": the ministry holds it */
    bool person = false;
    const char *name = tally_entity_canon(d, a, b, &person);
    if (!name)
        return;
    at->source = name;
    at->person = person;
    at->source_span = (tally_span){d->toks.v[a].start, d->toks.v[b - 1].end};
}

static void add_via(tally_doc *d, tally_attr *at, size_t a, size_t b)
{
    bool person;
    const char *name = a < b ? tally_entity_canon(d, a, b, &person) : NULL;
    if (name && at->nvia < 2)
        at->via[at->nvia++] = name;
}

/* Pronouns take the last source of the fitting kind. */
static void set_source(tally_doc *d, tally_attr *at, size_t a, size_t b);

/* "Russia has not …, when it reported": "it" is the sentence's own capitalised subject when it has one. */
static bool subject_of_sentence(tally_doc *d, size_t k, tally_attr *at)
{
    size_t lo = k;
    while (lo > 0 && !(d->toks.v[lo].flags & TOKF_NEWLINE) && !is_punct(d, lo - 1, '.'))
        lo--;
    size_t b = lo;
    while (b < k && tok_cap(d, b) && !tok_function(d, b) && !tally_doc_in_timex(d, b))
        b++;
    if (b == lo || b >= k || !(lex_cls(d, b) & LEX_A))
        return false;
    set_source(d, at, lo, b);
    return at->source != NULL;
}

static bool resolve_from(tally_doc *d, size_t k, const tally_attr *prev, tally_attr *at)
{
    if (!prev)
        return false;
    d->prev_read = true;
    if ((tok_is(d, k, "it") || tok_is(d, k, "they")) && subject_of_sentence(d, k, at))
        return true;
    if (tok_is(d, k, "he") || tok_is(d, k, "she")) {
        /* the nearer of the last person quoted and the last titled person named */
        size_t lo = tally_entity_persons_before(d, k);
        const struct tally_person *p = lo ? &d->persons.v[lo - 1] : NULL;
        if (p && (!prev[0].source || d->toks.v[p->tok].start > prev[0].source_span.start)) {
            at->source = p->name;
            at->source_span = (tally_span){d->toks.v[k].start, d->toks.v[k].end};
            at->person = true;
            return true;
        }
        /* he/she: prev stays prev[0], the last person quoted */
    }
    else
        prev = prev[1].source ? &prev[1] : &prev[0];
    if (!prev->source)
        return false;
    at->source = prev->source;
    at->source_span = (tally_span){d->toks.v[k].start, d->toks.v[k].end}; /* the words naming it here */
    at->person = prev->person;
    return true;
}

/* he/she with no antecedent among the sources: the person named last before it. */
static bool resolve_pronoun(tally_doc *d, size_t k, const tally_attr *prev, tally_attr *at)
{
    if (resolve_from(d, k, prev, at))
        return true;
    if (!tok_is(d, k, "he") && !tok_is(d, k, "she"))
        return false;
    const char *name = tally_entity_person_before(d, k);
    if (!name)
        return false;
    at->source = name;
    at->source_span = (tally_span){d->toks.v[k].start, d->toks.v[k].end};
    at->person = true;
    return true;
}

/* Any other country the demonym rows name ("Bolivia said" → "Bolivian authorities"), but not one that is as
 * often a person's or a US state's name ("Jordan said", "Chad said", "Georgia said"). */
static const char *other_country_authorities(tally_doc *d, size_t k, const char *prefix)
{
    static const char *const people_too[] = {"jordan", "chad", "georgia"};
    /* the demonym's ending after the name, or after the name less its last one or two letters ("Bolivia" +
     * "n", "Ukrain" + "ian", "Chin" + "ese", "Turk" + "ish"): a few hash probes, not a walk of the lexicon for every
     * name before "said" (that walk was a quarter of the claims bench) */
    static const char *const endings[] = {"n", "an", "ian", "ese", "i", "ish"};
    size_t n = tok_n(d, k);
    char form[48], buf[96];
    if (prefix || n + 4 >= sizeof form || n < 4 || tally_ieq_any(tok_s(d, k), n, people_too, 3))
        return NULL;
    if (tok_lex(d, k) || !tok_cap(d, k))
        return NULL; /* "Police said": a word of the tables, no country */
    memcpy(form, tok_s(d, k), n);
    for (size_t cut = 0; cut <= 2; cut++)
        for (size_t e = 0; e < sizeof endings / sizeof *endings; e++) {
            size_t len = n - cut, el = strlen(endings[e]);
            memcpy(form + len, endings[e], el + 1);
            const tally_lex *lx = tally_lex_find(form, len + el);
            if (!lx || !(lx->cls & LEX_D) || !lx->country || strlen(lx->country) != n ||
                strncasecmp(lx->country, tok_s(d, k), n) != 0)
                continue;
            form[0] = (char)toupper((unsigned char)form[0]);
            snprintf(buf, sizeof buf, "%s authorities", form);
            return tally_arena_strdup(&d->arena, buf);
        }
    return NULL;
}

/* A country name speaking stands for its authorities: "South Korea said" → "South Korean authorities". */
static const char *country_authorities(tally_doc *d, size_t a, size_t b)
{
    size_t n = b - a;
    if (n == 0 || n > 2 || !tok_cap(d, b - 1))
        return NULL;
    const char *prefix = NULL;
    if (n == 2) {
        if (!tok_is(d, a, "north") && !tok_is(d, a, "south"))
            return NULL;
        prefix = tok_is(d, a, "north") ? "North " : "South ";
    }
    /* find the demonym whose country is this word */
    static const char *const pairs[][2] = {
        {"Korea", "Korean"}, {"Russia", "Russian"}, {"Ukraine", "Ukrainian"}, {"China", "Chinese"},
        {"Japan", "Japanese"}, {"Iran", "Iranian"}, {"Israel", "Israeli"}, {"Syria", "Syrian"},
        {"Turkey", "Turkish"}, {"France", "French"}, {"Germany", "German"}, {"Britain", "British"},
        {"Poland", "Polish"}, {"India", "Indian"}, {"Pakistan", "Pakistani"}, {"Iraq", "Iraqi"},
        {"Seoul", "South Korean"}, {"Pyongyang", "North Korean"}, {"Moscow", "Russian"}, {"Kyiv", "Ukrainian"},
        {"Kiev", "Ukrainian"}, {"Beijing", "Chinese"}, {"Tokyo", "Japanese"}, {"Washington", "US"},
    };
    for (size_t i = 0; i < sizeof pairs / sizeof *pairs; i++) {
        if (!tally_ieq(tok_s(d, b - 1), tok_n(d, b - 1), pairs[i][0]))
            continue;
        if (prefix && i >= 16) /* capitals (from Seoul on) take no North/South */
            return NULL;
        char buf[64];
        snprintf(buf, sizeof buf, "%s%s authorities", prefix ? prefix : "", pairs[i][1]);
        return tally_arena_strdup(&d->arena, buf);
    }
    return other_country_authorities(d, b - 1, prefix);
}

/* A noun of a document that holds figures: "estimate", "statement", "figures", "data" … */
static bool document_noun(const tally_doc *d, size_t k)
{
    return tok_is(d, k, "estimate") || tok_is(d, k, "estimates") || tok_is(d, k, "statement") ||
           tok_is(d, k, "report") || tok_is(d, k, "reports") || tok_is(d, k, "figures") || tok_is(d, k, "data") || tok_is(d, k, "count") ||
           tok_is(d, k, "tally") || tok_is(d, k, "survey") || tok_is(d, k, "study") || tok_is(d, k, "analysis") ||
           tok_is(d, k, "records") || tok_is(d, k, "statistics") || tok_is(d, k, "update") || tok_is(d, k, "bulletin") ||
           tok_is(d, k, "briefing") || tok_is(d, k, "assessment");
}

/* An adjective of a report or estimate: "the UN's new estimate", "its latest estimates". */
static bool document_adjective(const tally_doc *d, size_t k)
{
    return tok_is(d, k, "new") || tok_is(d, k, "latest") || tok_is(d, k, "revised") || tok_is(d, k, "updated") ||
           tok_is(d, k, "initial") || tok_is(d, k, "preliminary") || tok_is(d, k, "earlier") ||
           tok_is(d, k, "previous") || tok_is(d, k, "own") || tok_is(d, k, "official") || tok_is(d, k, "final") ||
           tok_is(d, k, "conservative") || tok_is(d, k, "daily") || tok_is(d, k, "weekly");
}

/* A document noun at b after a plain word that names no holder ("field reports"; not "police reports", "the
 * ministry's figures"): the phrase names the document. */
static bool plain_document_at(const tally_doc *d, size_t b, size_t hi)
{
    return b > 0 && b < hi && document_noun(d, b) && is_word(d, b - 1) && !tok_cap(d, b - 1) &&
           !(lex_cls(d, b - 1) & (LEX_S | LEX_D));
}

/* Words a to b hold the figure that the source read so far only relays ("citing Y", "according to Y" after a
 * speaker): Y becomes the source, the former source its relay. */
static void held_by(tally_doc *d, tally_attr *at, size_t a, size_t b)
{
    const char *relay = at->source;
    set_source(d, at, a, b);
    if (relay && at->source != relay && at->nvia < 2)
        at->via[at->nvia++] = relay;
}

/* An aside opening the sentence before its subject and cue c: "Citing hospital officials, state television
 * reported …" (the officials hold the figure, the television relays it); "In an interview with the BBC, X said"
 * (the BBC relays it). */
static void opening_aside(tally_doc *d, size_t lo, size_t c, tally_attr *at)
{
    if (!at->source || c < lo + 3)
        return;
    size_t comma = lo;
    while (comma < c && !is_punct(d, comma, ','))
        comma++;
    if (comma >= c || comma > lo + 10)
        return;
    if (tok_is(d, lo, "citing") && comma > lo + 1) {
        held_by(d, at, skip_determiners(d, lo + 1, comma), comma);
    } else if (tok_is(d, lo, "in") && tok_is(d, lo + 2, "interview") && tok_is(d, lo + 3, "with") && comma > lo + 4 &&
               tok_cap(d, comma - 1)) {
        add_via(d, at, skip_determiners(d, lo + 4, comma), comma);
    }
}

/* "X, citing Y," or "…, citing Y" right after the cue: Y holds the figure, X relays it. */
static void citing_after(tally_doc *d, size_t cue, size_t hi, tally_attr *at)
{
    size_t acc = cue + 1 + tok_is(d, cue + 1, "that");
    acc += acc > cue + 1 && is_punct(d, acc, ',');
    if (acc > cue + 1 && acc + 2 < hi && tok_is(d, acc, "according") && tok_is(d, acc + 1, "to") && at->source) {
        size_t a = skip_determiners(d, acc + 2, hi), b = np_fwd(d, acc + 2, hi);
        if (b <= a)
            b = np_fwd_plain(d, acc + 2, hi);
        bool object = tok_is(d, a, "him") || tok_is(d, a, "her") || tok_is(d, a, "them") || tok_is(d, a, "us") ||
                      tok_is(d, a, "me");
        if (b > a && plain_document_at(d, b, hi))
            b++; /* "according to field reports": a document, no holder */
        if (b > a && !is_pronoun(d, a) && !object && !document_noun(d, b - 1) && !tok_is(d, b - 1, "transcript")) {
            held_by(d, at, a, b); /* "Lee said that according to the NIS, 100 were killed": the NIS's */
        }
        return;
    }
    for (size_t k = cue + 1; k < hi && k < cue + 6; k++) {
        const tally_lex *lx = tok_lex(d, k);
        if (lx && (lx->cls & LEX_C) && lx->cue && str_is(lx->cue, "cite")) {
            size_t b = np_fwd(d, k + 1, hi);
            if (b <= skip_determiners(d, k + 1, hi))
                b = np_fwd_plain(d, k + 1, hi); /* "citing witnesses", "citing hospital records" */
            if (b > k + 1 && at->source) {
                held_by(d, at, skip_determiners(d, k + 1, b), b);
            }
            return;
        }
    }
    for (size_t k = cue + 6; k + 1 < hi && k < cue + CUE_REACH; k++) { /* "X reported that …, citing Y." */
        const tally_lex *lx = tok_lex(d, k);
        if (!is_punct(d, k - 1, ',') || !lx || !(lx->cls & LEX_C) || !lx->cue || !str_is(lx->cue, "cite"))
            continue;
        size_t b = np_fwd(d, k + 1, hi);
        if (b <= skip_determiners(d, k + 1, hi))
            b = np_fwd_plain(d, k + 1, hi);
        if (b > k + 1 && at->source && (b >= hi || (b + 1 == hi && d->toks.v[b].kind == TOK_PUNCT)))
            held_by(d, at, skip_determiners(d, k + 1, b), b); /* the citing ends the sentence: its whole content's */
        return;
    }
}

/* An adverb between a subject and its verb: "then", "later", "repeatedly" (a lowercase -ly word). */
static bool adverb(const tally_doc *d, size_t k)
{
    if (!is_word(d, k) || tok_cap(d, k))
        return false;
    if (tok_is(d, k, "then") || tok_is(d, k, "later") || tok_is(d, k, "also") || tok_is(d, k, "again") ||
        tok_is(d, k, "never") || tok_is(d, k, "still") || tok_is(d, k, "just") || tok_is(d, k, "even") ||
        tok_is(d, k, "first") || tok_is(d, k, "once") || tok_is(d, k, "often") || tok_is(d, k, "now") ||
        tok_is(d, k, "already") || tok_is(d, k, "previously") || tok_is(d, k, "recently") ||
        tok_is(d, k, "repeatedly") || tok_is(d, k, "publicly") || tok_is(d, k, "earlier") || tok_is(d, k, "since"))
        return true;
    size_t n = tok_n(d, k);
    bool det = k > 0 && (tok_function(d, k - 1) || d->toks.v[k - 1].kind == TOK_APOS_S); /* "the family" */
    return n > 4 && !det && !lex_cls(d, k) && tally_ieq(tok_s(d, k) + n - 2, 2, "ly");
}

/* "Marley Tovan, 21, a student from Dunmoor, said": the name before a chain of appositives, read back
 * from the comma at e over at most four more. */
static void appositive_chain(tally_doc *d, size_t lo, size_t e, tally_attr *at)
{
    for (int n = 0; n < 4; n++) {
        size_t p = e;
        while (p > lo && !is_punct(d, p - 1, ','))
            p--;
        if (p <= lo)
            return;
        e = p - 1;
        size_t a = np_back(d, e, lo);
        if (a < e && tok_cap(d, a)) {
            set_source(d, at, a, e);
            return;
        }
    }
}

/* "a police spokeswoman, Dana Orr, said": a role before the commas, the person named between them speaks;
 * the name [a, e) replaces the role when it is a person's. */
static void role_then_name(tally_doc *d, size_t a, size_t e, tally_attr *at)
{
    if (a >= e || !tok_cap(d, a) || np_fwd(d, a, e) != e)
        return;
    tally_attr named = *at;
    set_source(d, &named, a, e);
    if (named.source != at->source && named.person)
        *at = named;
}

/* "and", "but", "while", "whereas", "though", "although": a word after a comma that opens a clause of its own
 * ("20 were killed, though the BBC put the toll at 26"). */
static bool contrast_or_and(const tally_doc *d, size_t k)
{
    return tok_is(d, k, "and") || tok_is(d, k, "but") || tok_is(d, k, "while") || tok_is(d, k, "whereas") ||
           tok_is(d, k, "though") || tok_is(d, k, "although");
}

/* The subject opening the clause that ends at end — after ", but", ", and", ", while", and after an
 * introductory phrase ("In a statement, Governor X blasted the council and said …"). */
static void clause_subject(tally_doc *d, size_t lo, size_t end, const tally_attr *prev, tally_attr *at)
{
    size_t p = lo;
    for (size_t i = end; i > lo + 1 && end - i < CUE_REACH; i--) /* the last clause: "…, but he talked …" */
        if (contrast_or_and(d, i - 1) && is_punct(d, i - 2, ',')) {
            p = i;
            break;
        }
    while (p < end && (d->toks.v[p].kind == TOK_QUOTE || d->toks.v[p].kind == TOK_DASH))
        p++;
    size_t n = p < end ? tok_n(d, p) : 0; /* "Essentially, X looked and found": a sentence adverb */
    bool ly = n > 4 && is_word(d, p) && tally_ieq(tok_s(d, p) + n - 2, 2, "ly") && is_punct(d, p + 1, ',');
    if (ly || (p < end && tok_function(d, p) && !is_pronoun(d, p) && !tok_is(d, p, "the") && !tok_is(d, p, "a")))
        for (size_t i = p; i < end && i < p + 12; i++)
            if (is_punct(d, i, ',')) {
                p = i + 1;
                break;
            }
    if (p < end && is_pronoun(d, p)) {
        resolve_pronoun(d, p, prev, at);
        return;
    }
    size_t a = skip_determiners(d, p, end), b = np_fwd(d, p, end);
    if (b <= a)
        b = np_fwd_plain(d, p, end);
    else if (b < end && d->toks.v[b - 1].kind == TOK_APOS_S && plain_word(d, b))
        b++; /* "Clinton's lawyers" */
    if (b > a)
        set_source(d, at, a, b);
}

/* A cue that only reports speech ("found", "told police" may be a deed of the sentence's subject). */
static bool says(const tally_doc *d, size_t k)
{
    return tok_is(d, k, "said") || tok_is(d, k, "says") || tok_is(d, k, "say") || tok_is(d, k, "reported") ||
           tok_is(d, k, "announced") || tok_is(d, k, "confirmed") || tok_is(d, k, "stated");
}

/* Where the verb phrase of a cue at cue begins: before auxiliaries and adverbs ("has also said"), a time
 * after a relative pronoun or "and" ("who last week said"), and a verb taking "to" ("X failed to mention"). */
static size_t verb_phrase_start(const tally_doc *d, size_t lo, size_t cue)
{
    size_t j = cue;
    while (j > lo && ((lex_cls(d, j - 1) & LEX_A) || adverb(d, j - 1)))
        j--;
    /* a time between a relative pronoun or "and" and the verb: "who last week said", "and on Wednesday put" */
    size_t t = j;
    while (t > lo && (tally_doc_in_timex(d, t - 1) ||
                      ((tok_is(d, t - 1, "on") || tok_is(d, t - 1, "in")) && tally_doc_in_timex(d, t))))
        t--;
    if (t < j && t > lo && (tok_is(d, t - 1, "who") || tok_is(d, t - 1, "which") || tok_is(d, t - 1, "and") ||
                            (says(d, cue) && (np_core(d, t - 1) || (t >= lo + 2 && plain_word(d, t - 1) &&
                                                                     tok_is(d, t - 2, "the") &&
                                                                     (t == lo + 2 || !tok_function(d, t - 3)))))))
        j = t; /* and after a speaker: "Authorities Saturday said", "The army on Monday said" (not "shot in
                  the head Saturday said") */
    if (j > lo + 2 && tok_is(d, j - 1, "to") && (plain_word(d, j - 2) || (lex_cls(d, j - 2) & LEX_C)))
        /* "X continued to call for", "X failed to mention" */
        for (j -= 2; j > lo && ((lex_cls(d, j - 1) & LEX_A) || adverb(d, j - 1));)
            j--;
    return j;
}

/* A noun that names a body by its kind alone, no name's word: "the group", "the organisation", "the charity". */
static bool generic_body(const tally_doc *d, size_t k)
{
    return tok_is(d, k, "group") || tok_is(d, k, "organization") || tok_is(d, k, "organisation") ||
           tok_is(d, k, "charity") || tok_is(d, k, "watchdog") || tok_is(d, k, "monitor");
}

/* "The monitor" at lo (its noun at lo + 1) after a name that ends in the same word, capitalised, within 300 words:
 * "the Varn Conflict Monitor … The monitor said". Sets at to that body, the span "The monitor". */
static bool body_named_before(tally_doc *d, size_t lo, tally_attr *at)
{
    size_t noun = lo + 1, n = tok_n(d, noun);
    for (size_t k = lo; k > 1 && lo - k < 300; k--) {
        size_t e = k - 1;
        if (!tok_cap(d, e) || tok_n(d, e) != n || strncasecmp(tok_s(d, e), tok_s(d, noun), n) != 0 || !tok_cap(d, e - 1))
            continue;
        tally_attr named = {.source = NULL};
        set_source(d, &named, np_back(d, e + 1, e > 8 ? e - 8 : 0), e + 1);
        if (!named.source || named.person)
            return false;
        at->source = named.source;
        at->source_span = (tally_span){d->toks.v[lo].start, d->toks.v[noun].end};
        at->person = false;
        return true;
    }
    return false;
}

/* A verb phrase at j that continues a clause before it: a pronoun subject, a participle after a comma or a
 * quotation ("…, saying", "…,” adding"), or "and"/"but" ("X blasted Y and said"). True when it was one. */
static bool continued_subject(tally_doc *d, size_t lo, size_t j, size_t cue, const tally_attr *prev, tally_attr *at)
{
    if (j > lo && is_pronoun(d, j - 1)) {
        resolve_pronoun(d, j - 1, prev, at);
        return true;
    }
    if (j == lo + 2 && tok_is(d, lo, "the") && generic_body(d, lo + 1) && body_named_before(d, lo, at))
        return true; /* "the Varn Conflict Monitor … The monitor said": the body its noun ends */
    if (j == lo + 2 && tok_is(d, lo, "the") && generic_body(d, lo + 1) && prev && prev[1].source) {
        d->prev_read = true; /* "The Red Crescent said … The group said": the body quoted last */
        at->source = prev[1].source;
        at->source_span = (tally_span){d->toks.v[lo].start, d->toks.v[lo + 1].end};
        at->person = false;
        return true;
    }
    size_t n = tok_n(d, cue);
    bool participle = n > 4 && tally_ieq(tok_s(d, cue) + n - 3, 3, "ing");
    if (participle && j > lo + 1 && is_punct(d, j - 1, ',')) { /* "X issued a statement, saying …" */
        clause_subject(d, lo, j - 1, prev, at);
        return true;
    }
    if (participle && j > lo + 2 && d->toks.v[j - 1].kind == TOK_QUOTE && is_punct(d, j - 2, ',')) {
        /* "X said, “…,” adding": the subject before the quotation */
        size_t q = j - 2;
        while (q > lo && j - q < QUOTE_MAX && !(d->toks.v[q].kind == TOK_QUOTE && (d->toks.v[q].flags & TOKF_OPENQ)))
            q--;
        clause_subject(d, lo, q, prev, at);
        return true;
    }
    if (j > lo + 1 && (tok_is(d, j - 1, "and") || tok_is(d, j - 1, "but"))) { /* "X blasted Y and said" */
        clause_subject(d, lo, j - 1, prev, at);
        return true;
    }
    return false;
}

/* A relative clause ("X, who said", "the Chicago Police Department which reported") or an aside between
 * dashes ("Dana Orr — after a pause — told reporters") before the verb at j. True when it was one. */
static bool relative_or_dash_subject(tally_doc *d, size_t lo, size_t j, tally_attr *at)
{
    bool relative = j > lo && (tok_is(d, j - 1, "who") || tok_is(d, j - 1, "which")) && !acronym(d, j - 1);
    if (relative && j - 1 > lo && is_punct(d, j - 2, ',')) {
        size_t a = np_back(d, j - 2, lo);
        if (a < j - 2) {
            set_source(d, at, a, j - 2);
            at->source_span.end = d->toks.v[j - 1].end; /* through the relative pronoun */
        }
        return true;
    }
    if (j > lo + 1 && (relative || tok_is(d, j - 1, "that"))) {
        size_t a = np_back(d, j - 1, lo);
        if (a >= j - 1)
            a = np_back_plain(d, j - 1, lo);
        if (a < j - 1) {
            set_source(d, at, a, j - 1);
            at->source_span.end = d->toks.v[j - 1].end;
        }
        return true;
    }
    if (j > lo + 2 && d->toks.v[j - 1].kind == TOK_DASH && (d->toks.v[j - 1].flags & TOKF_SPACE)) {
        size_t c = j - 1;
        while (c > lo && j - c < 20 && !(d->toks.v[c - 1].kind == TOK_DASH && (d->toks.v[c - 1].flags & TOKF_SPACE)))
            c--;
        size_t a = c > lo + 1 ? np_back(d, c - 1, lo) : c;
        if (a < c - 1 && c > lo + 1)
            set_source(d, at, a, c - 1);
        return true;
    }
    return false;
}

/* "Ukraine, along with the United States and South Korea, has accused": both hold it. The aside opens at
 * inner and ends before the verb at j. */
static void joint_holders(tally_doc *d, size_t inner, size_t j, tally_attr *at)
{
    size_t s0 = inner + 2, b = np_fwd(d, s0, j - 1);
    if (b > s0 && at->source) {
        char buf[256];
        const tally_tok *t0 = &d->toks.v[s0], *t1 = &d->toks.v[b - 1];
        snprintf(buf, sizeof buf, "%s, %.*s", at->source, (int)(t1->end - t0->start), d->a.text + t0->start);
        at->source = tally_arena_strdup(&d->arena, buf);
        at->source_span.end = t1->end;
        at->person = false;
    }
}

/* An appositive or aside between commas before the verb at j: "X, head of Y, said" / "X, citing Y, wrote"
 * (Y holds it, X relays). True when there was one. */
static void relayed_by(tally_doc *d, size_t k, size_t hi, tally_attr *at);

/* A body before the place phrase that starts at a (p: a or its "the"): "police in Larkspur", "the ministry of
 * health in Gaza". Returns where the body starts, else a. */
static size_t body_in_place(const tally_doc *d, size_t lo, size_t a, size_t p)
{
    if (p >= lo + 2 && (tok_is(d, p - 1, "in") || tok_is(d, p - 1, "at")) && (lex_cls(d, p - 2) & LEX_S)) {
        size_t a2 = np_back(d, p - 1, lo);
        return a2 < p - 1 ? a2 : a;
    }
    if (p >= lo + 4 && (tok_is(d, p - 1, "in") || tok_is(d, p - 1, "at")) && is_word(d, p - 2) &&
        tok_is(d, p - 3, "of") && (lex_cls(d, p - 4) & LEX_S)) {
        size_t a2 = np_back(d, p - 3, lo); /* "the ministry of health in Gaza said" */
        return a2 < p - 3 ? a2 : a;
    }
    return a;
}

/* A role of the body named at a: "a spokesman for (the) X", "the head of X". */
static bool role_of_body(const tally_doc *d, size_t lo, size_t a)
{
    size_t k = a > lo && tok_is(d, a - 1, "the") ? a - 1 : a;
    return k >= lo + 2 && (tok_is(d, k - 1, "for") || tok_is(d, k - 1, "of")) && (lex_cls(d, k - 2) & (LEX_T | LEX_S)) &&
           !tok_cap(d, k - 2);
}

static void plain_subject(tally_doc *d, size_t lo, size_t j, tally_attr *at);
static bool speaking(const tally_doc *d, size_t lo, size_t a);

static bool comma_aside_subject(tally_doc *d, size_t lo, size_t j, tally_attr *at)
{
    if (!(j > lo && is_punct(d, j - 1, ',')))
        return false;
    size_t c = j - 1;
    while (c > lo && !is_punct(d, c - 1, ','))
        c--;
    if (c <= lo)
        return false;
    size_t open = c - 1; /* an aside of saying with an appositive inside: "Moran, speaking in the capital, Orvada, added" */
    while (open > lo && !is_punct(d, open - 1, ','))
        open--;
    if (open > lo && speaking(d, open, c - 1))
        c = open;
    size_t inner = c;
    const tally_lex *lx = tok_lex(d, inner);
    size_t a = np_back(d, c - 1, lo);
    if (a < c - 1)
        a = body_in_place(d, lo, a, a > lo && tok_is(d, a - 1, "the") ? a - 1 : a); /* "the ministry in X, which …," */
    bool relative = tok_is(d, inner, "who") || tok_is(d, inner, "which");
    if (a < c - 1)
        set_source(d, at, a, c - 1);
    else if (relative)
        plain_subject(d, lo, c - 1, at); /* "A doctor at the hospital, who asked not to be named, said" */
    else if (np_back_plain(d, c - 1, lo) < c - 1)
        role_then_name(d, c, j - 1, at); /* "Clinton's campaign manager, Robby Mook, said": a person only */
    else
        appositive_chain(d, lo, c - 1, at);
    if (a < c - 1 && (!tok_cap(d, a) || role_of_body(d, lo, a)))
        role_then_name(d, c, j - 1, at); /* "A spokesman for the Dornish army, Col. Mirek Tal, said": the person */
    if (a < c - 1 && (tok_is(d, inner, "along") || tok_is(d, inner, "together")) && tok_is(d, inner + 1, "with"))
        joint_holders(d, inner, j, at);
    relayed_by(d, inner, j - 1, at); /* "A Western official, quoted by Reuters, said" */
    if (lx && lx->cue && str_is(lx->cue, "cite")) {
        size_t b = np_fwd(d, inner + 1, j - 1);
        size_t s0 = skip_determiners(d, inner + 1, b);
        if (b > s0)
            held_by(d, at, s0, b);
    }
    return true;
}

/* A participle placing the noun before it: "based", "stationed", "operating", "speaking" (in, at, from …). */
static bool placing_participle(const tally_doc *d, size_t k)
{
    size_t n = tok_n(d, k);
    const char *w = tok_s(d, k);
    return is_word(d, k) && !tok_cap(d, k) && !lex_cls(d, k) &&
           ((n > 5 && memcmp(w + n - 3, "ing", 3) == 0) || tok_is(d, k, "based") || tok_is(d, k, "stationed") ||
            tok_is(d, k, "located") || tok_is(d, k, "headquartered"));
}

/* Tokens [a, b) are capitalised words of a name, none in capitals throughout (a shouted headline's words). */
static bool named_run(const tally_doc *d, size_t a, size_t b)
{
    for (size_t k = a; k < b; k++)
        if (!is_word(d, k) || !tok_cap(d, k) || (d->toks.v[k].flags & TOKF_ALLCAP))
            return false;
    return true;
}

/* The noun phrase right before the verb at j, with what qualifies it: brackets of the name ("the Ministry
 * of Emergency Situations (MES) said"), a place ("police in Larkspur said"), a relay ("military sources cited
 * in South Korean media estimate") or a country's authorities ("South Korea, where authorities said"). */
/* "Zelenskyy's estimate put …", "the ministry's Sunday statement said": the document's holder speaks. Returns
 * the "'s" before the document noun at j - 1 and at most two modifiers (a day, "new", "latest"), else j. */
static size_t document_holder(const tally_doc *d, size_t lo, size_t j)
{
    if (j < lo + 3 || !document_noun(d, j - 1))
        return j;
    for (size_t k = j - 2; k > lo && k + 4 >= j; k--) {
        if (d->toks.v[k].kind == TOK_APOS_S || plural_apostrophe(d, k))
            return k;
        if (!plain_word(d, k) && !tally_doc_in_timex(d, k))
            break;
    }
    return j;
}

static void plain_subject(tally_doc *d, size_t lo, size_t j, tally_attr *at)
{
    j = document_holder(d, lo, j);
    if (j >= lo + 4 && (tok_is(d, j - 1, "sides") || tok_is(d, j - 1, "side")) &&
        (tok_is(d, j - 2, "both") || tok_is(d, j - 2, "each") || tok_is(d, j - 2, "either")) && tok_is(d, j - 3, "on"))
        j -= 3; /* "officials on both sides said": the officials */
    if (j > lo + 2 && is_punct(d, j - 1, ')'))
        for (size_t i = j - 2; i > lo && j - i < 10 && (tok_cap(d, i) || !is_word(d, i)); i--)
            if (is_punct(d, i, '(')) {
                j = i;
                break;
            }
    size_t a = np_back(d, j, lo);
    if (a >= j)
        a = np_back_plain(d, j, lo); /* "the bank said", "Chinese military commentators have said" */
    if (a >= j)
        return;
    size_t p = a > lo && tok_is(d, a - 1, "the") ? a - 1 : a;
    a = body_in_place(d, lo, a, p);
    while (p > lo + 3 && a - p < 4 &&
           (tok_is(d, p - 1, "the") || glued_dash(d, p - 1) ||
            (is_word(d, p - 1) && (d->toks.v[p].kind == TOK_DASH || d->toks.v[p - 2].kind == TOK_DASH))))
        p--; /* back over "the rebel-held" to its "in" */
    if (p >= lo + 3 && (tok_is(d, p - 1, "in") || tok_is(d, p - 1, "at") || tok_is(d, p - 1, "from")) &&
        placing_participle(d, p - 2)) { /* "a monitoring group based in Britain said": the group */
        size_t a2 = np_back(d, p - 2, lo);
        if (a2 >= p - 2)
            a2 = np_back_plain(d, p - 2, lo);
        if (a2 < p - 2)
            a = a2, j = p - 2;
    }
    if (a == p + (p < a) && p >= lo + 2 && tok_is(d, p - 1, "in") && tok_cap(d, p - 2) && !tok_function(d, p - 2) &&
        !(lex_cls(d, p - 2) & LEX_S)) { /* "the British Embassy in Moscow said", "the Red Cross in Geneva said": the
                                         * body, not its seat (a source noun keeps its place: body_in_place) */
        size_t a2 = np_back(d, p - 1, lo);
        if (a2 + 1 < p - 1 && named_run(d, a2, p - 1) && !(a2 > lo && tok_cap(d, a2 - 1) && !tok_is(d, a2 - 1, "the")))
            a = a2, j = p - 1; /* not "Doctors Without Borders", whose name runs on before */
    }
    if (a >= lo + 2 && (tok_is(d, a - 1, "in") || tok_is(d, a - 1, "by")) &&
        (tok_is(d, a - 2, "cited") || tok_is(d, a - 2, "quoted"))) {
        size_t a2 = np_back(d, a - 2, lo);
        if (a2 < a - 2) {
            set_source(d, at, a2, a - 2);
            add_via(d, at, a, j);
            return;
        }
    }
    if (a >= lo + 2 && tok_is(d, a - 1, "where") && is_punct(d, a - 2, ',') && (lex_cls(d, a) & LEX_S)) {
        size_t a2 = np_back(d, a - 2, lo);
        const char *auth = a2 < a - 2 ? country_authorities(d, a2, a - 2) : NULL;
        if (auth) {
            at->source = auth;
            at->source_span = (tally_span){d->toks.v[a2].start, d->toks.v[j - 1].end};
            return;
        }
    }
    const char *auth = country_authorities(d, a, j);
    if (auth) {
        at->source = auth;
        at->source_span = (tally_span){d->toks.v[a].start, d->toks.v[j - 1].end};
    } else {
        set_source(d, at, a, j);
    }
}

/* The source of a say-type cue whose subject stands before it, in the sentence from lo. */
static void subject_before(tally_doc *d, size_t lo, size_t cue, const tally_attr *prev, tally_attr *at)
{
    size_t j = verb_phrase_start(d, lo, cue);
    if (!continued_subject(d, lo, j, cue, prev, at) && !relative_or_dash_subject(d, lo, j, at) &&
        !comma_aside_subject(d, lo, j, at))
        plain_subject(d, lo, j, at);
}

static bool issued(const tally_doc *d, size_t k)
{
    return tok_is(d, k, "released") || tok_is(d, k, "published") || tok_is(d, k, "compiled") || tok_is(d, k, "issued");
}

/* After a document noun at k ("an estimate by", "a statement from", "figures released by"), the token
 * opening its author's name, else 0. */
static size_t document_by(const tally_doc *d, size_t k, size_t hi)
{
    if (!document_noun(d, k))
        return 0;
    size_t i = k + 1;
    if (issued(d, i))
        i++;
    return i + 1 < hi && (tok_is(d, i, "by") || tok_is(d, i, "from")) ? i + 1 : 0;
}

/* "quoted by", "cited in" at k: a relay's name follows. */
static bool relay_at(const tally_doc *d, size_t k)
{
    return ((tok_is(d, k, "cited") || tok_is(d, k, "quoted")) && (tok_is(d, k + 1, "by") || tok_is(d, k + 1, "in"))) ||
           (tok_is(d, k, "reported") && tok_is(d, k + 1, "by")); /* "U.N. figures reported by Reuters" */
}

/* "quoted by Reuters", "cited in local media" at k, after a source: the relay added to at's via. */
static void relayed_by(tally_doc *d, size_t k, size_t hi, tally_attr *at)
{
    if (k + 2 >= hi || !relay_at(d, k))
        return;
    size_t b = np_fwd(d, k + 2, hi);
    if (b <= skip_determiners(d, k + 2, hi))
        b = np_fwd_plain(d, k + 2, hi);
    add_via(d, at, skip_determiners(d, k + 2, b), b);
}

/* A document at k after a possessive ("figures", "latest figures", "Sunday update", "morning update"): up to two
 * words before its noun, each a document's adjective, a capitalised day or a time of day. */
static bool possessed_document(const tally_doc *d, size_t k, size_t hi)
{
    for (size_t j = k; j < hi && j < k + 3; j++) {
        if (document_noun(d, j))
            return true;
        if (!(document_adjective(d, j) || tok_cap(d, j) || tok_is(d, j, "morning") || tok_is(d, j, "evening")))
            return false;
    }
    return false;
}

/* Reads the source of cue token c in sentence [lo, hi). */
static void read_cue(tally_doc *d, size_t lo, size_t hi, size_t c, const tally_attr *prev, tally_attr *at)
{
    const tally_lex *lx = tok_lex(d, c);
    at->cue = c;
    if (str_is(lx->cue, "acc")) {
        if (tok_is(d, c + 1, "to")) {
            size_t b = np_fwd(d, c + 2, hi);
            if (b <= skip_determiners(d, c + 2, hi))
                b = np_fwd_plain(d, c + 2, hi); /* "according to the poll", "according to FEC records" */
            size_t a = c + 2;
            a = skip_determiners(d, a, b);
            while (a + 1 < b && !tok_cap(d, a) && document_adjective(d, a) && tok_cap(d, a + 1))
                a++; /* "according to previous Herald reports": the Herald (not "New Roads police") */
            size_t doc = skip_determiners(d, c + 2, hi), by = document_by(d, doc, hi);
            if (!by && document_noun(d, doc) && issued(d, doc + 1))
                return; /* "according to a statement issued late Friday": a document, its author unnamed */
            if (by) { /* "according to an estimate by the health ministry": the ministry holds it */
                a = skip_determiners(d, by, hi);
                b = np_fwd(d, by, hi);
                if (b <= a)
                    b = np_fwd_plain(d, by, hi);
            }
            if (b > a + 1 && b < hi && d->toks.v[b - 1].kind == TOK_APOS_S && possessed_document(d, b, hi))
                b--; /* "according to the agency's figures (latest figures, Sunday update)": the agency holds them */
            else if (b > a && b < hi && d->toks.v[b - 1].kind == TOK_APOS_S && plain_word(d, b))
                b = np_fwd_plain(d, b, hi); /* "according to the governor's press office" */
            if (a < b && plain_document_at(d, b, hi))
                b++; /* "according to field reports": the plain word is the document's, not its holder */
            size_t relay = SIZE_MAX;
            for (size_t k = a + 1; k + 2 < b && relay == SIZE_MAX; k++)
                if (relay_at(d, k))
                    relay = k; /* the noun phrase ran on over its relay: "a Western official cited by Reuters" */
            if (relay != SIZE_MAX)
                b = relay;
            if (a < b && is_pronoun(d, a))
                resolve_pronoun(d, a, prev, at);
            else if (a < b)
                set_source(d, at, a, b);
            size_t e = b < hi && is_punct(d, b, ',') ? np_fwd(d, b + 1, hi) : b;
            if (a < b && e > b + 1 && (e >= hi || d->toks.v[e].kind == TOK_PUNCT))
                role_then_name(d, b + 1, e, at); /* "according to the county sheriff, Tom Reyes." */
            else if (a < b && relay == SIZE_MAX && b + 1 < hi && document_noun(d, b) && relay_at(d, b + 1))
                relayed_by(d, b + 1, hi, at); /* "according to Western intelligence estimates cited by The Times" */
            else if (a < b)
                relayed_by(d, relay != SIZE_MAX ? relay : b, hi, at); /* "according to officials quoted by Reuters" */
        }
        return;
    }
    if (str_is(lx->cue, "cite")) {
        size_t b = np_fwd(d, c + 1, hi);
        if (b <= skip_determiners(d, c + 1, hi))
            b = np_fwd_plain(d, c + 1, hi);
        size_t a = c + 1;
        a = skip_determiners(d, a, b);
        if (a < b)
            set_source(d, at, a, b);
        return;
    }
    /* passive: "was stated by X", not "X said by telephone" */
    bool subject = c > lo && (np_core(d, c - 1) || is_pronoun(d, c - 1)) && !(lex_cls(d, c - 1) & LEX_A);
    if (subject && relay_at(d, c)) {
        subject_before(d, lo, c, prev, at); /* "(according to) Western officials cited by Reuters": a relay */
        relayed_by(d, c, hi, at);
        return;
    }
    if ((tok_is(d, c + 1, "by") || (tok_is(d, c + 1, "from") && document_noun(d, c))) && !subject) {
        /* "estimates from the General Staff put …" too */
        size_t b = np_fwd(d, c + 2, hi);
        if (b <= skip_determiners(d, c + 2, hi))
            b = np_fwd_plain(d, c + 2, hi);
        if (b > c + 2) {
            size_t a = c + 2;
            a = skip_determiners(d, a, b);
            set_source(d, at, a, b);
            return;
        }
    }
    /* inverted after a quote or comma: "…,” said Zelenskyy" (", he said" is read as subject-before) */
    bool invertible = tok_is(d, c, "said") || tok_is(d, c, "says") || tok_is(d, c, "added") ||
                      tok_is(d, c, "wrote") || tok_is(d, c, "stated") || tok_is(d, c, "explained");
    bool after_quote = c > lo && (d->toks.v[c - 1].kind == TOK_QUOTE || is_punct(d, c - 1, ','));
    if (invertible && after_quote) {
        size_t b = np_fwd(d, c + 1, hi);
        bool clause = b < hi && (lex_cls(d, b) & LEX_A); /* "…, quoted by Reuters, said Russia has lost" */
        if (b > skip_determiners(d, c + 1, b) && !clause &&
            (tok_cap(d, c + 1) || tok_is(d, c + 1, "the") || is_pronoun(d, c + 1))) { /* not "said the army has" */
            const char *auth = is_pronoun(d, c + 1) ? NULL : country_authorities(d, c + 1, b);
            if (is_pronoun(d, c + 1))
                resolve_pronoun(d, c + 1, prev, at);
            else if (auth) { /* "…, says Seoul": South Korean authorities */
                at->source = auth;
                at->source_span = (tally_span){d->toks.v[c + 1].start, d->toks.v[b - 1].end};
            } else
                set_source(d, at, c + 1, b);
            return;
        }
        /* "…,” said a New Hampshire Republican", "…, said former governor Ed Rendell, who …": after a
         * comma alone the phrase must end the clause ("X, a senator, said the report was wrong" is no
         * inversion) */
        b = np_fwd_plain(d, c + 1, hi);
        bool quoted = d->toks.v[c - 1].kind == TOK_QUOTE || (c >= lo + 2 && d->toks.v[c - 2].kind == TOK_QUOTE);
        bool ends = b >= hi || d->toks.v[b].kind == TOK_PUNCT || d->toks.v[b].kind == TOK_QUOTE;
        if (b > c + 1 && (quoted || ends)) {
            set_source(d, at, skip_determiners(d, c + 1, b), b);
            return;
        }
    }
    subject_before(d, lo, c, prev, at);
    if (tok_is(d, c, "told") && at->source) {
        size_t b = np_fwd(d, c + 1, hi);
        if (b > c + 1 && tok_cap(d, b - 1))
            add_via(d, at, c + 1, b);
    }
    citing_after(d, c, hi, at);
    opening_aside(d, lo, c, at);
}

/* A capitalised word after a capitalised word in running text is part of a name ("the United States
 * Special Operations Command"): running text has a lowercase word shortly before; a title-case headline
 * ("Officials Say …") has none. */
static bool in_name(const tally_doc *d, size_t k)
{
    if (!tok_cap(d, k) || k == 0 || !is_word(d, k - 1) || !tok_cap(d, k - 1) || (d->toks.v[k].flags & TOKF_NEWLINE))
        return false;
    for (size_t i = k - 1; i > 0 && k - i < 5 && !(d->toks.v[i].flags & TOKF_NEWLINE); i--)
        if (is_word(d, i - 1) && !tok_cap(d, i - 1))
            return true;
    return false;
}

/* A form of "be": a passive follows ("is thought", "was called"). */
static bool be_form(const tally_doc *d, size_t k)
{
    return tok_is(d, k, "is") || tok_is(d, k, "was") || tok_is(d, k, "are") || tok_is(d, k, "were") ||
           tok_is(d, k, "be") || tok_is(d, k, "been") || tok_is(d, k, "being");
}

/* A cue's past participle: "reported", "confirmed", "told", "said" (a passive after a form of "be"). */
static bool passive_participle(const tally_doc *d, size_t k)
{
    size_t n = tok_n(d, k);
    return (n > 3 && tally_ieq(tok_s(d, k) + n - 2, 2, "ed")) || tok_is(d, k, "told") || tok_is(d, k, "said") ||
           tok_is(d, k, "shown") || tok_is(d, k, "written");
}

/* A quotation closes right before the words ending at token k: "…,” Ilse Marquand continued". */
static bool quote_closes_before(const tally_doc *d, size_t k)
{
    for (size_t i = k; i > 0 && k - i < 5; i--) {
        if (d->toks.v[i - 1].kind == TOK_QUOTE)
            return true;
        if (!is_word(d, i - 1) && !glued(d, i - 1))
            return false;
    }
    return false;
}

/* A quotation opens within a few words after token k, in its sentence: "called the attack “an outrage”". */
static bool quote_follows(const tally_doc *d, size_t k)
{
    for (size_t i = k + 1; i < d->toks.n && i < k + 16 && !is_punct(d, i, '.'); i++)
        if (d->toks.v[i].kind == TOK_QUOTE)
            return (d->toks.v[i].flags & TOKF_OPENQ) != 0;
    return false;
}

/* The word w follows token k within reach words, in its sentence. */
static bool word_follows(const tally_doc *d, size_t k, const char *w, size_t reach)
{
    for (size_t i = k + 1; i < d->toks.n && i <= k + reach && !is_punct(d, i, '.'); i++)
        if (tok_is(d, i, w))
            return true;
    return false;
}

/* Whether token k is a report cue, from its words alone; doc.c keeps the answers in d->cue as it looks
 * the words up (the rules ask about the same tokens many times: 5 % of the claims bench). */
bool tally_attrib_cue_word(const tally_doc *d, size_t k)
{
    const tally_lex *lx = tok_lex(d, k);
    if (!lx || !(lx->cls & LEX_C) || !lx->cue)
        return false;
    if (lx->cue[0] == 'a') /* "according to" */
        return tok_is(d, k + 1, "to");
    if (lx->cue[0] == 'f') /* "called for", "called on people to", "called the attack “an outrage”" (not
                              "so-called “…”", "what was called “…”") */
        return tok_is(d, k + 1, "for") || tok_is(d, k + 1, "on") ||
               (k > 0 && !glued(d, k - 1) && !be_form(d, k - 1) && quote_follows(d, k));
    if (tok_is(d, k, "posted") && tok_cap(d, k) && k + 1 < d->toks.n && d->toks.v[k + 1].kind == TOK_PUNCT &&
        tok_s(d, k + 1)[0] == ':')
        return false; /* a page's label: "Posted: Monday, January 26" */
    if (tok_is(d, k, "paid")) /* "paid tribute to" */
        return tok_is(d, k + 1, "tribute") || tok_is(d, k + 1, "homage");
    if (tok_is(d, k, "held")) /* "held X responsible for" */
        return word_follows(d, k, "responsible", 12);
    if (tok_is(d, k, "saw") || tok_is(d, k, "sees")) /* "X saw Y as a sign of Z", not "a night that saw five shot" */
        return word_follows(d, k, "as", 25);
    if (tok_is(d, k, "find")) /* "did the inquiry find …", "studies find", not "to find out", "and find" */
        return k > 0 && is_word(d, k - 1) && !tok_function(d, k - 1) && !(lex_cls(d, k - 1) & (LEX_A | LEX_C)) &&
               !tok_is(d, k - 1, "to") && !tok_is(d, k + 1, "out");
    if (str_is(lx->cue, "think") && k > 0 && be_form(d, k - 1))
        return false; /* "is thought to have": a passive names no holder before it */
    if (k > 0 && be_form(d, k - 1) && passive_participle(d, k) && !tok_is(d, k + 1, "by"))
        return false; /* "Two others were confirmed dead": its subject is what is told, not who tells */
    if ((tok_is(d, k, "claimed") || tok_is(d, k, "claims") || tok_is(d, k, "claim") || tok_is(d, k, "claiming")) &&
        (word_follows(d, k, "lives", 6) || word_follows(d, k, "life", 4) || tok_is(d, k + 1, "responsibility") ||
         tok_is(d, k + 1, "credit")))
        return false; /* "The virus has claimed 1,234 lives": a toll; "claimed responsibility": a deed owned */
    if (tok_is(d, k, "states") && k > 0 && (d->toks.v[k - 1].kind == TOK_NUM || (d->hint[k - 1] & LEXH_NUM)))
        return false; /* "in three states", "50 states": a noun (read before the numbers are) */
    if (tok_is(d, k, "charged")) /* "critics charged that", not "charged with" */
        return tok_is(d, k + 1, "that");
    if (tok_is(d, k, "continued") || tok_is(d, k, "continues")) /* "…,” she continued": speech only at a quote */
        return quote_closes_before(d, k) || (k + 1 < d->toks.n && d->toks.v[k + 1].kind == TOK_QUOTE);
    if (in_name(d, k))
        return false;
    if (tok_is(d, k, "raised") || tok_is(d, k, "raises") || tok_is(d, k, "increased") || tok_is(d, k, "increases") ||
        tok_is(d, k, "revised") || tok_is(d, k, "lowered")) { /* only a figure changed reports: "raised the toll" */
        for (size_t j = k + 1; j < k + 5 && j < d->toks.n; j++)
            if (tok_is(d, j, "toll") || tok_is(d, j, "figure") || tok_is(d, j, "number") || tok_is(d, j, "count") ||
                tok_is(d, j, "tally") || tok_is(d, j, "estimate"))
                return true;
        return false;
    }
    if (tok_is(d, k, "put") || tok_is(d, k, "puts")) { /* only "put the toll at …" reports */
        bool figure = false; /* "put the toll in government-held areas at 1,347": a figure word, then "at" */
        for (size_t j = k + 1; j < k + 11 && j < d->toks.n && d->toks.v[j].kind != TOK_PUNCT; j++) {
            if (tok_is(d, j, "at"))
                return j < k + 6 || figure;
            figure |= tok_is(d, j, "toll") || tok_is(d, j, "figure") || tok_is(d, j, "number") || tok_is(d, j, "count");
        }
        return false;
    }
    /* "the total estimated rate", "a reported 40": an adjective, not a report; "Zelenskyy's estimate": a noun
     * (but "the Prosecutor's said": a name's elliptic possessive before a verb) */
    size_t j = k - 1;
    bool noun_form = tok_is(d, k, "estimate") || tok_is(d, k, "estimates") || tok_is(d, k, "claims") ||
                     tok_is(d, k, "reports") || tok_is(d, k, "calls") || tok_is(d, k, "call") ||
                     tok_is(d, k, "shows") || tok_is(d, k, "show") || tok_is(d, k, "finds");
    if (noun_form && k >= 2 && document_adjective(d, j))
        j--; /* "the UN's new estimate", "its latest estimates" (read with the words: no dates yet) */
    for (size_t t = k; noun_form && t > 1 && k - t < 4; t--)
        if (tok_is(d, t - 1, "to") && tok_is(d, t - 2, "according"))
            return false; /* "according to field reports": the document named */
    return k == 0 || !((noun_form && (d->toks.v[j].kind == TOK_APOS_S || plural_apostrophe(d, j))) || tok_is(d, j, "the") || tok_is(d, j, "a") || tok_is(d, j, "an") || tok_is(d, j, "its") ||
                       tok_is(d, j, "their") || tok_is(d, j, "his") || tok_is(d, j, "her") || tok_is(d, j, "total") ||
                       tok_is(d, j, "this"));
}

bool tally_attrib_has_cue(const tally_doc *d, size_t si)
{
    const tally_sent *s = &d->sents.v[si];
    return memchr(d->cue + s->first, 1, s->last - s->first) != NULL;
}

/* The sentence holding token k. */
static size_t sent_of(const tally_doc *d, size_t k)
{
    size_t lo = 0, hi = d->sents.n;
    while (lo + 1 < hi) {
        size_t mid = (lo + hi) / 2;
        if (d->sents.v[mid].first <= k)
            lo = mid;
        else
            hi = mid;
    }
    return lo;
}

/* Token bounds [*pa, *pb) of the paragraph holding sentence si, at most PARA_REACH sentences either way. */
static void para_bounds(const tally_doc *d, size_t si, size_t *pa, size_t *pb)
{
    size_t a = si, b = si + 1;
    while (a > 0 && si - a < PARA_REACH && d->sents.v[a - 1].para == d->sents.v[si].para)
        a--;
    while (b < d->sents.n && b - si < PARA_REACH && d->sents.v[b].para == d->sents.v[si].para)
        b++;
    *pa = d->sents.v[a].first;
    *pb = d->sents.v[b - 1].last;
}

/* Is token k of sentence si inside a quotation? A quotation opens at a quote mark and closes at the next
 * one in its paragraph, or runs to the paragraph's end (a quote carried into the next paragraph); it may
 * span sentences. Scare quotes around a few words ("several hundred") are no quotation. Sets [*qa, *qb)
 * to the quote marks (*qb the paragraph end when unclosed). */
static bool in_quote(const tally_doc *d, size_t si, size_t k, size_t *qa, size_t *qb)
{
    /* the quote marks either side of k, from the doc's list of them (see quotes_index) */
    size_t lo = 0, hi = d->nquotes;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (d->quotes[mid] < k)
            lo = mid + 1;
        else
            hi = mid;
    }
    if (lo == 0)
        return false;
    size_t pa, pb, open = d->quotes[lo - 1];
    para_bounds(d, si, &pa, &pb);
    if (open < pa || open + QUOTE_MAX < k || !(d->toks.v[open].flags & TOKF_OPENQ))
        return false;
    size_t close = lo < d->nquotes && d->quotes[lo] < pb && d->quotes[lo] < k + QUOTE_MAX ? d->quotes[lo] : pb;
    if (close - open < 6)
        return false;
    *qa = open;
    *qb = close;
    return true;
}

/* The nearest cue before token k (after lo), or after it (before hi), that is not inside a quotation. */
static size_t cue_before(const tally_doc *d, size_t lo, size_t k)
{
    size_t qa, qb;
    for (size_t i = k; i > lo && k - i < CUE_REACH; i--)
        if (d->cue[i - 1] && !in_quote(d, sent_of(d, i - 1), i - 1, &qa, &qb)) /* i - 1 < k <= toks.n */
            return i - 1;
    return SIZE_MAX;
}
static size_t cue_after(const tally_doc *d, size_t k, size_t hi)
{
    size_t qa, qb;
    if (hi > d->toks.n)
        hi = d->toks.n;
    for (size_t i = k; i < hi && i - k < CUE_REACH; i++)
        if (d->cue[i] && !in_quote(d, sent_of(d, i), i, &qa, &qb))
            return i;
    return SIZE_MAX;
}

/* A quotation opening the paragraph at token pa with no cue of its own goes on from the paragraphs before
 * (a long quotation reopens each paragraph with a quote mark): the last cue of the paragraph that
 * introduced it, through at most PARA_CARRY paragraphs that open with a quote mark too. */
static size_t carried_quote_cue(const tally_doc *d, size_t pa)
{
    for (int n = 0; n < PARA_CARRY && pa > 0; n++) {
        size_t xa, xb, c;
        para_bounds(d, sent_of(d, pa - 1), &xa, &xb);
        if ((c = cue_before(d, xa, xb)) != SIZE_MAX)
            return c;
        if (d->toks.v[xa].kind != TOK_QUOTE)
            return SIZE_MAX;
        pa = xa;
    }
    return SIZE_MAX;
}

/* The cue of the quotation [qa, qb): a speech verb right after it ("…,” he said", "….” Trump said"),
 * right before it ("X said: “…"), else the nearest outside quotations in the sentence that opens it
 * ("X said the approach remained “one of …”") or that closes it. */
static size_t quote_cue(const tally_doc *d, size_t qa, size_t qb)
{
    size_t pa, pb;
    para_bounds(d, sent_of(d, qa), &pa, &pb);
    for (size_t i = qb + 1; i < pb && i <= qb + 5 && d->toks.v[i].kind != TOK_QUOTE; i++)
        if (tally_attrib_is_cue(d, i))
            return i;
    for (size_t i = qa; i > pa && i + 5 > qa && d->toks.v[i - 1].kind != TOK_QUOTE; i--)
        if (tally_attrib_is_cue(d, i - 1))
            return i - 1;
    size_t c = cue_before(d, d->sents.v[sent_of(d, qa)].first, qa);
    if (c == SIZE_MAX && qb < pb)
        c = cue_after(d, qb + 1, d->sents.v[sent_of(d, qb)].last);
    if (c == SIZE_MAX) /* a quotation with no verb of its own goes on with the paragraph's last speaker */
        c = cue_before(d, pa, qa);
    if (c == SIZE_MAX && qa == pa)
        c = carried_quote_cue(d, pa);
    return c;
}

/* A clause boundary between tokens a and b: a semicolon, or a comma before and, but, while, which, who. */
static bool clause_break(const tally_doc *d, size_t a, size_t b)
{
    for (size_t i = a; i < b; i++)
        if (is_punct(d, i, ';') || (is_punct(d, i, ',') && (contrast_or_and(d, i + 1) || tok_is(d, i + 1, "which") ||
                                                           tok_is(d, i + 1, "who"))))
            return true;
    return false;
}

/* The outermost report verb of the clause holding cue c: "The magazine said the poll has predicted …" and
 * "Lee said that according to intelligence …" report what the magazine and Lee said. */
/* Cue e opens a relative clause on the phrase before it: "X, who earlier this week said …, told …". */
static bool in_relative(const tally_doc *d, size_t lo, size_t e)
{
    for (size_t i = e; i > lo + 1 && e - i < 6 && !is_punct(d, i - 1, ','); i--)
        if ((tok_is(d, i - 1, "who") || tok_is(d, i - 1, "which")) && is_punct(d, i - 2, ','))
            return true;
    return false;
}

static size_t outer_cue(const tally_doc *d, size_t lo, size_t c)
{
    size_t c0 = c, steps = 0; /* at most OUTER_MAX verbs back, within CUE_REACH: linear on any input */
    if (c0 > lo + CUE_REACH)
        lo = c0 - CUE_REACH;
    for (size_t e = cue_before(d, lo, c); e != SIZE_MAX && steps++ < OUTER_MAX && !clause_break(d, e, c);
         e = cue_before(d, lo, e)) {
        const tally_lex *lx = tok_lex(d, e);
        bool in_name = tok_cap(d, e) && e > lo && tok_cap(d, e - 1); /* "the United States" */
        if ((str_is(lx->cue, "say") || (str_is(lx->cue, "acc") && relay_at(d, c0))) && !in_name && !in_relative(d, lo, e))
            c = e; /* and "according to X cited by Y": the relay is inside the "according to" */
    }
    return c;
}

/* Words that may stand between a comma and a closing report verb: its subject ("he", "officials", "the
 * footage", "Mayor Dorn"), with auxiliaries and adverbs. */
static bool closing_subject(const tally_doc *d, size_t a, size_t c)
{
    if (a >= c)
        return false;
    for (size_t k = a; k < c; k++)
        if (!(is_pronoun(d, k) || np_core(d, k) || modifier_word(d, k) || glued(d, k) || tok_is(d, k, "the") ||
              tok_is(d, k, "a") || (lex_cls(d, k) & LEX_A) || adverb(d, k)) ||
            tok_is(d, k, "and") || tok_is(d, k, "but"))
            return false;
    return !(lex_cls(d, a) & LEX_A);
}

/* A word that may trail a report verb: a function word or a date's ("said on Tuesday"). */
static bool tail_word(const tally_doc *d, size_t k)
{
    return tok_function(d, k) || tally_doc_in_timex(d, k);
}

/* The comma ending the clause of cue c over tail words alone ("said on Tuesday,"), within 8 tokens, before
 * hi; SIZE_MAX when another word comes first. */
static size_t tail_comma(const tally_doc *d, size_t c, size_t hi)
{
    size_t comma = c + 1;
    while (comma < hi && comma <= c + 8 && !is_punct(d, comma, ','))
        comma++;
    if (comma >= hi || comma > c + 8)
        return SIZE_MAX; /* the comma first: most cues have none, and a tail word may ask for the dates */
    for (size_t k = c + 1; k < comma; k++)
        if (!tail_word(d, k))
            return SIZE_MAX;
    return comma;
}

/* A report closing its sentence covers all of it: "…, according to attorneys for the family.", "…, he
 * said in an interview on Saturday.", "…, said a spokesman." The verb is followed by nothing but a short
 * tail (a date, a phrase after a preposition) or, right after the comma, by its subject. */
static size_t closing_cue(const tally_doc *d, size_t lo, size_t hi)
{
    size_t end = hi;
    while (end > lo && (d->toks.v[end - 1].kind == TOK_PUNCT || d->toks.v[end - 1].kind == TOK_QUOTE))
        end--;
    for (size_t i = end; i > lo + 1 && end - i < 10; i--) {
        size_t c = i - 1;
        if (is_punct(d, c, ',') || d->toks.v[c].kind == TOK_QUOTE)
            return SIZE_MAX;
        if (!tally_attrib_is_cue(d, c))
            continue;
        if (tok_is(d, c, "according"))
            return is_punct(d, c - 1, ',') && np_fwd_plain(d, c + 2, end) >= end ? c : SIZE_MAX;
        if (!str_is(tok_lex(d, c)->cue, "say"))
            return SIZE_MAX;
        if (is_punct(d, c - 1, ',')) /* ", said a spokesman." */
            return np_fwd_plain(d, c + 1, end) > c + 1 ? c : SIZE_MAX;
        bool tail = c + 1 == end || tail_word(d, c + 1);
        size_t a = c;
        while (a > lo && c - a < 6 && !is_punct(d, a - 1, ','))
            a--;
        return tail && a > lo && closing_subject(d, a, c) ? c : SIZE_MAX;
    }
    return SIZE_MAX;
}

/* A report closing the sentence after another: "…, the ministry said on Tuesday, Meridian News Agency
 * reported." The inner report (after token k, before the comma that opens the closing one's subject)
 * holds the figure; relay_after makes the outer one its relay. SIZE_MAX when there is none. */
static size_t inner_closing(const tally_doc *d, size_t k, size_t z)
{
    size_t comma = z;
    while (comma > k && z - comma < 8 && !is_punct(d, comma - 1, ','))
        comma--;
    if (comma <= k + 1 || !is_punct(d, comma - 1, ','))
        return SIZE_MAX;
    size_t c = tok_is(d, z, "according") ? SIZE_MAX : cue_after(d, k, comma - 1);
    if (c == SIZE_MAX || !str_is(tok_lex(d, c)->cue, "say"))
        return SIZE_MAX;
    return tail_comma(d, c, comma) == comma - 1 ? c : SIZE_MAX; /* it ends its clause: "said on Tuesday," */
}

/* "…, X said on Tuesday, Meridian News Agency reported.": the report closing the sentence after cue c
 * relays X's figure. */
static void relay_after(tally_doc *d, size_t hi, size_t c, tally_attr *at)
{
    if (!at->source || !str_is(tok_lex(d, c)->cue, "say"))
        return;
    size_t k = tail_comma(d, c, hi);
    if (k == SIZE_MAX)
        return;
    size_t a = skip_determiners(d, k + 1, hi), b = np_fwd(d, a, hi);
    if (b <= a || b >= hi || !tally_attrib_is_cue(d, b) || !str_is(tok_lex(d, b)->cue, "say") ||
        (b + 1 < hi && d->toks.v[b + 1].kind != TOK_PUNCT))
        return;
    add_via(d, at, a, b);
}

/* The cue for token k of sentence si: its quotation's if it is quoted, else the nearest before k in the
 * sentence, else the nearest after. May lie in another sentence of the paragraph. */
static size_t choose_cue(tally_doc *d, size_t si, size_t k)
{
    size_t qa, qb;
    if (in_quote(d, si, k, &qa, &qb))
        return quote_cue(d, qa, qb);
    const tally_sent *s = &d->sents.v[si];
    size_t c = cue_before(d, s->first, k), f = cue_after(d, k, s->last);
    if (d->closing_si1 != si + 1) { /* the sentence's, kept for its other claims and the attribution it carries */
        d->closing = closing_cue(d, s->first, s->last);
        d->closing_si1 = si + 1;
    }
    size_t z = d->closing;
    bool relative = false; /* "…, which he said were at his side, the footage showed": the inner report */
    for (size_t i = c; c != SIZE_MAX && i > s->first && c - i < 3; i--)
        relative |= tok_is(d, i - 1, "which") || tok_is(d, i - 1, "who");
    if (z != SIZE_MAX && z > k && !relative) {
        size_t in = inner_closing(d, k, z);
        return in != SIZE_MAX ? in : z;
    }
    /* "The inquiry found that X took the gun, which he thought …": a report before a belief holds it */
    size_t steps = 0;
    for (size_t e = c; e != SIZE_MAX && steps++ < OUTER_MAX && str_is(tok_lex(d, e)->cue, "think");)
        if ((e = cue_before(d, s->first, e)) != SIZE_MAX && !str_is(tok_lex(d, e)->cue, "think"))
            c = e;
    return c != SIZE_MAX ? outer_cue(d, s->first, c) : f;
}

/* A text of one paragraph with no full stop at its end: a headline read on its own. */
static bool headline(const tally_doc *d)
{
    return d->sents.n && d->toks.n && d->sents.v[d->sents.n - 1].para == d->sents.v[0].para &&
           !is_punct(d, d->toks.n - 1, '.');
}

/* A page's section word before a colon ("Watch:", "Opinion:"), no speaker. */
static bool furniture(const tally_doc *d, size_t k)
{
    static const char *const words[] = {"watch", "video", "update", "updated", "photos", "breaking", "exclusive",
                                        "opinion", "analysis", "live", "explainer", "factbox", "timeline",
                                        "correction", "editorial", "review", "podcast", "graphic", "poll", "quiz"};
    return tally_ieq_any(tok_s(d, k), tok_n(d, k), words, sizeof words / sizeof *words);
}

/* The words [*a, *b) before a colon opening the paragraph from token pa: capitalised words, "of", brackets. */
static bool label_words(const tally_doc *d, size_t pa, size_t pb, size_t *a, size_t *b)
{
    size_t k = pa;
    if (k < pb && d->toks.v[k].kind == TOK_QUOTE)
        k++;
    if (k >= pb || !tok_cap(d, k) || tally_doc_in_timex(d, k))
        return false;
    for (size_t i = k + 1; i < pb && i < k + 8; i++) {
        const tally_tok *t = &d->toks.v[i];
        if (is_punct(d, i, ':'))
            return (*a = k, *b = i, i + 1 < pb && (d->toks.v[i + 1].kind != TOK_NUM || headline(d)));
        if (t->flags & TOKF_NEWLINE)
            return false;
        bool name = (t->kind == TOK_WORD && (tok_cap(d, i) || tok_is(d, i, "of"))) || t->kind == TOK_DASH ||
                    is_punct(d, i, '.') || is_punct(d, i, '(') || is_punct(d, i, ')');
        if (!name)
            return false;
    }
    return false;
}

/* A speaker's label opening the paragraph of sentence si gives the paragraph its source: a label followed by a
 * quotation ("Dana Orr: “…"), naming a person or a source ("Rep. Dana Orr (D-Vt.):", "Police:"), or one of
 * a transcript's labels (the paragraph before or after opens with one too: "WALLACE: …" "PENCE: …"). Web
 * page furniture ("UPDATE:", "Photo:") is none of these. Sets [*a, *b) to the label's words. */
static bool speaker_label(const tally_doc *d, size_t si, size_t *a, size_t *b)
{
    size_t pa, pb, x, y;
    para_bounds(d, si, &pa, &pb);
    if (!label_words(d, pa, pb, a, b))
        return false;
    if (d->toks.v[*b + 1].kind == TOK_QUOTE || (d->toks.v[*b + 1].flags & TOKF_NEWLINE))
        return true;
    bool person = false, page = false;
    for (size_t k = *a; k < *b; k++) {
        person |= (lex_cls(d, k) & (LEX_S | LEX_T)) != 0;
        page |= furniture(d, k);
    }
    if (page)
        return false; /* "Watch:", "Breaking News:" */
    bool count_next = d->toks.v[*b + 1].kind == TOK_NUM; /* a headline's: label_words allows it there only */
    if (person || (!count_next && *b - *a >= 2 && *b - *a <= 4 && !(d->toks.v[*a].flags & TOKF_ALLCAP) &&
                   tok_cap(d, *b - 1)))
        return true;
    if (*b - *a == 1 && !(d->toks.v[*a].flags & TOKF_ALLCAP) && !tok_lex(d, *a) && headline(d))
        return true; /* a headline's "Zelensky: 3,000 North Korean soldiers killed" */
    size_t ps = sent_of(d, pa), pe = sent_of(d, pb - 1);
    return (ps > 0 && (para_bounds(d, ps - 1, &x, &y), label_words(d, x, y, &x, &y))) ||
           (pe + 1 < d->sents.n && (para_bounds(d, pe + 1, &x, &y), label_words(d, x, y, &x, &y)));
}

/* Lists the doc's quote marks once, for in_quote: a binary search instead of a walk over up to QUOTE_MAX
 * tokens each way, several times per claim. Returns false when out of memory. */
static bool quotes_index(tally_doc *d)
{
    if (d->quotes_ready)
        return true;
    size_t n = 0;
    for (size_t k = 0; k < d->toks.n; k++)
        n += d->toks.v[k].kind == TOK_QUOTE;
    if (n && !(d->quotes = tally_arena_alloc(&d->arena, n * sizeof *d->quotes)))
        return false;
    for (size_t k = 0, i = 0; i < n; k++)
        if (d->toks.v[k].kind == TOK_QUOTE)
            d->quotes[i++] = (uint32_t)k;
    d->nquotes = n;
    d->quotes_ready = true;
    return true;
}

bool tally_attrib_beyond(tally_doc *d, size_t si, size_t k)
{
    size_t qa, qb;
    if (!quotes_index(d))
        return false;
    return (in_quote(d, si, k, &qa, &qb) && quote_cue(d, qa, qb) != SIZE_MAX) || speaker_label(d, si, &qa, &qb);
}

/* Tokens [a, b) are the manner of saying, a phrase of words opened by a preposition: "said in a statement
 * (late Tuesday)", "wrote on Telegram". */
static bool manner_between(const tally_doc *d, size_t a, size_t b)
{
    if (!(tok_is(d, a, "in") || tok_is(d, a, "on")) ||
        !(tok_is(d, a + 1, "a") || tok_is(d, a + 1, "an") || tok_is(d, a + 1, "his") || tok_is(d, a + 1, "her") ||
          tok_is(d, a + 1, "its") || tok_is(d, a + 1, "their") || tok_cap(d, a + 1)))
        return false;
    for (size_t k = a + 1; k < b; k++)
        if (!is_word(d, k) || tok_is(d, k, "that") || d->cue[k])
            return false;
    return true;
}

/* "told a news conference on Thursday", "told reporters Monday": the words between "told" and a date at a
 * name its listeners. */
static bool told_whom(const tally_doc *d, size_t cue, size_t a)
{
    if (!tok_is(d, cue, "told"))
        return false;
    for (size_t k = cue + 1; k < a; k++)
        if (!(is_word(d, k) || d->toks.v[k].kind == TOK_APOS_S) || tok_is(d, k, "that") || d->cue[k])
            return false;
    return true;
}

/* A cue whose object can be the counts themselves ("reported 30 deaths"); "said" takes a clause. */
static bool reports_counts(const tally_doc *d, size_t cue)
{
    return tok_is(d, cue, "reported") || tok_is(d, cue, "reports") || tok_is(d, cue, "recorded") ||
           tok_is(d, cue, "records") || tok_is(d, cue, "confirmed") || tok_is(d, cue, "confirms") ||
           tok_is(d, cue, "announced") || tok_is(d, cue, "announces") || tok_is(d, cue, "registered");
}

/* Tokens [a, b) are the cue's object, a noun phrase with counts and no verb: "reported 1,500 new cases and 30
 * deaths (on Saturday)" — the date is the report's; "said 30 people died on Saturday" has a verb. */
static bool object_between(const tally_doc *d, size_t a, size_t b)
{
    bool count = false;
    for (size_t k = a; k < b; k++) {
        const tally_lex *lx = tok_lex(d, k);
        if (d->toks.v[k].kind == TOK_NUM) {
            count = true;
            continue;
        }
        if (!is_word(d, k) || d->cue[k] || tok_is(d, k, "that") || (lx && (lx->cls & LEX_A)) ||
            (lx && (lx->cls & LEX_M) && (lx->mflags & (LEXM_V | LEXM_P))))
            return false;
        if (tok_is(d, k, "on") && k + 1 != b)
            return false;
    }
    return count;
}

static bool comma_in(const tally_doc *d, size_t a, size_t b)
{
    for (size_t k = a; k < b; k++)
        if (is_punct(d, k, ','))
            return true;
    return false;
}

/* A count (not a year or a share) in tokens [a, b). */
static bool count_in(const tally_doc *d, size_t a, size_t b)
{
    if (a >= b)
        return false;
    for (size_t i = tally_doc_num_at(d, d->toks.v[a].start); i < d->nums.n && d->nums.v[i].start < d->toks.v[b].start; i++)
        if (d->nums.v[i].kind == TALLY_NUM_COUNT && !tally_doc_in_timex(d, tally_tok_at(d->toks.v, d->toks.n, d->nums.v[i].start)))
            return true;
    return false;
}

/* "Speaking to reporters", "Writing on Telegram": a participle of saying opening the sentence, words to a. */
static bool speaking(const tally_doc *d, size_t lo, size_t a)
{
    if (!(tok_is(d, lo, "speaking") || tok_is(d, lo, "talking") || tok_is(d, lo, "writing")))
        return false;
    for (size_t k = lo + 1; k < a; k++)
        if (!is_word(d, k) || tok_is(d, k, "that"))
            return false;
    return true;
}

/* An aside of manner opened by a comma in [lo, a) and running to a: ", in a report published", ", speaking to
 * reporters" (not ", who died"). */
static bool manner_aside(const tally_doc *d, size_t lo, size_t a)
{
    size_t c = a;
    while (c > lo && !is_punct(d, c - 1, ','))
        c--;
    if (c == lo || count_in(d, c, a))
        return false;
    return manner_between(d, c, a) || speaking(d, c, a);
}

/* A date right after a source named after its cue ("according to figures released by the ministry on Monday"):
 * a at most one word past the source's end (byte offset src_end; 0 when there is none). */
static bool after_source(const tally_doc *d, size_t cue, size_t src_end, size_t a)
{
    if (!src_end)
        return false;
    size_t e = tally_tok_at(d->toks.v, d->toks.n, src_end - 1) + 1;
    return e > cue && a >= e && a <= e + 1;
}

/* A date attached to the cue: right after it ("said on Monday", "reported Wednesday", "said in a statement
 * on Monday", "told a news conference on Thursday"), after a source named after it, just before it (not across
 * a comma ending the content it dates: "310 died in 2023, the agency said"), ending an aside of manner before
 * it ("The UN, in a report published Thursday, said"), or opening the sentence before a comma ("In mid-January,
 * South Korea reported", "In a Telegram post on Sunday,"; not when a count stands between: "In 2023, 310
 * migrants died …, the agency said" dates the deaths). */
static const tally_timex *said_date(const tally_doc *d, size_t lo, size_t hi, size_t cue, size_t src_end)
{
    const tally_timex *best = NULL;
    /* the dates that may date the saying lie in the sentence's opening or near the cue and the source: a sentence
     * of thousands of cues and year-like counts read every date for each (quadratic) */
    size_t e = src_end ? tally_tok_at(d->toks.v, d->toks.n, src_end - 1) + 1 : 0;
    size_t near = cue > lo + 12 ? cue - 12 : lo, far = cue + 13 > e + 2 ? cue + 13 : e + 2;
    if (e && e + 2 < cue && e > lo + 12)
        near = near < e - 12 ? near : e - 12;
    for (size_t i = tally_doc_timex_in(d, d->toks.v[lo].start, d->toks.v[hi - 1].end); i < d->tx.n && d->tx.v[i].start < d->toks.v[hi - 1].end; i++) {
        const tally_timex *t = &d->tx.v[i];
        size_t a = tally_tok_at(d->toks.v, d->toks.n, t->start);
        if (a > far)
            break;
        if (a > lo + 8 && a < near) { /* past the opening: on to the dates near the cue */
            size_t j = tally_doc_timex_in(d, d->toks.v[near].start, d->toks.v[hi - 1].end);
            i = j > i ? j - 1 : i;
            continue;
        }
        if (t->type != TALLY_TIMEX_DATE || t->first == TALLY_NODAY)
            continue;
        size_t b = tally_tok_at(d->toks.v, d->toks.n, t->end - 1) + 1;
        if (a < lo || b > hi)
            continue;
        bool point = t->last - t->first <= 366;
        bool when_clause = b + 1 < hi && is_punct(d, b, ',') && tok_is(d, b + 1, "when");
        bool open_start = a > lo && (tok_is(d, a - 1, "since") || tok_is(d, a - 1, "from") || tok_is(d, a - 1, "until"));
        bool spanned = a > lo && (tok_is(d, a - 1, "over") || tok_is(d, a - 1, "during") || tok_is(d, a - 1, "throughout") ||
                                  tok_is(d, a - 1, "within"));
        if (((!point || open_start) && !when_clause) || spanned || (tok_is(d, a, "the") && tok_is(d, a + 1, "past")))
            continue; /* "since 2018", "over the past week" are no date of saying */
        bool after = a > cue && (a <= cue + 3 || (a <= cue + 7 && manner_between(d, cue + 1, a)) ||
                                 (a <= cue + 6 && told_whom(d, cue, a)) ||
                                 (a <= cue + 12 && reports_counts(d, cue) && object_between(d, cue + 1, a)) ||
                                 after_source(d, cue, src_end, a));
        bool aside = a >= lo + 1 && (is_punct(d, a - 1, ',') || (a >= lo + 2 && is_punct(d, a - 2, ','))); /* ", on Tuesday," */
        bool before = (b <= cue && b + 4 >= cue && (aside || when_clause || !comma_in(d, b, cue))) ||
                      (b + 1 == cue && is_punct(d, b, ',') && manner_aside(d, a > lo + 7 ? a - 7 : lo, a));
        bool opening = (a <= lo + 1 || (a == lo + 2 && (tok_is(d, lo, "earlier") || tok_is(d, lo, "later"))) ||
                        (a <= lo + 7 && (manner_between(d, lo, a) || speaking(d, lo, a)))) &&
                       b < hi && is_punct(d, b, ',') && b < cue && !count_in(d, b, cue);
        if (after || before || opening) {
            best = t;
            if (after)
                break;
        }
    }
    return best;
}

size_t tally_attrib_cues(const tally_doc *d, size_t si, size_t *out, size_t cap)
{
    const tally_sent *s = &d->sents.v[si];
    size_t n = 0;
    const bool *p = d->cue + s->first, *end = d->cue + s->last; /* memchr skips the many cue-less words */
    while (n < cap && p < end && (p = memchr(p, 1, (size_t)(end - p))) != NULL)
        out[n++] = (size_t)(p++ - d->cue);
    return n;
}

int tally_attrib_find(tally_doc *d, size_t si, size_t k, const tally_attr prev[2], tally_attr *out)
{
    size_t c = quotes_index(d) ? choose_cue(d, si, k) : SIZE_MAX, a, b; /* out of memory: no attribution */
    /* a belief or stance ("X hoped", "Y blamed") holds its own sentence only: asked for the attribution a
     * sentence carries on (k its end), it gives none */
    if (c != SIZE_MAX && k >= d->sents.v[si].last && str_is(tok_lex(d, c)->cue, "think"))
        c = SIZE_MAX;
    if (c == SIZE_MAX) {
        memset(out, 0, sizeof *out);
        out->said_first = out->said_last = TALLY_NODAY;
        if (speaker_label(d, si, &a, &b))
            set_source(d, out, a, b);
        return TALLY_OK;
    }
    return tally_attrib_at_cue(d, sent_of(d, c), c, prev, out);
}

/* A qualified source phrase: a demonym or name before a source noun ("American officials", "Pentagon
 * sources"), read from the span of attribution t. */
static bool qualified_source(const tally_doc *d, const tally_attr *t)
{
    if (!t->source)
        return false;
    size_t a = tally_tok_at(d->toks.v, d->toks.n, t->source_span.start);
    size_t b = tally_tok_at(d->toks.v, d->toks.n, t->source_span.end - 1);
    return b > a && b - a < 4 && (lex_cls(d, b) & LEX_S) && ((lex_cls(d, a) & LEX_D) || tok_cap(d, a));
}

/* A bare "sources" is a label, not a holder: "According to sources in the newspaper X, … . …, American
 * officials say." What follows "in/at/from" is the relay (via X), and a qualified source reporting in the
 * next sentences of the paragraph names the holder; the span stays on this sentence's words. */
static void vague_source(tally_doc *d, size_t si, const tally_attr prev[2], tally_attr *at)
{
    size_t a = at->source ? tally_tok_at(d->toks.v, d->toks.n, at->source_span.start) : 0;
    if (!at->source || d->toks.v[a].end != at->source_span.end || !(tok_is(d, a, "sources") || tok_is(d, a, "source")))
        return;
    size_t hi = d->sents.v[si].last, q = a + 2;
    if (tok_is(d, a + 1, "in") || tok_is(d, a + 1, "at") || tok_is(d, a + 1, "from")) {
        /* "the American newspaper The New York Times": the name after the description */
        size_t n = skip_determiners(d, q, hi), name = n;
        while ((name = skip_determiners(d, name, hi)) < hi && name < n + 6 &&
               ((lex_cls(d, name) & LEX_D) || (modifier_word(d, name) && !tok_cap(d, name)) ||
                (tok_cap(d, name) && modifier_word(d, name + 1) && !tok_cap(d, name + 1))))
            name++;
        q = np_fwd(d, name, hi) > name ? name : n;
        add_via(d, at, q, np_fwd(d, q, hi));
    }
    for (size_t sj = si + 1; sj < d->sents.n && sj <= si + 2 && d->sents.v[sj].para == d->sents.v[si].para; sj++) {
        size_t cues[8], n = tally_attrib_cues(d, sj, cues, 8);
        for (size_t i = 0; i < n; i++) {
            tally_attr t;
            memset(&t, 0, sizeof t);
            if (!str_is(tok_lex(d, cues[i])->cue, "say"))
                continue;
            read_cue(d, d->sents.v[sj].first, d->sents.v[sj].last, cues[i], prev, &t);
            if (qualified_source(d, &t)) {
                at->source = t.source;
                at->person = false;
                return;
            }
        }
    }
}

/* Does memo m hold the read of cue c of sentence si with these antecedents? */
static bool memo_holds(const tally_doc *d, const tally_cue_memo *m, size_t si, size_t c, const tally_attr prev[2])
{
    if (m->cue1 != c + 1 || m->gen != d->memo_gen || m->si != si || m->nnames != d->nnames || m->norgs != d->norgs)
        return false;
    return !m->used_prev || (prev && m->prev_source[0] == prev[0].source && m->prev_source[1] == prev[1].source &&
                             m->prev_start == prev[0].source_span.start && m->prev_person[0] == prev[0].person &&
                             m->prev_person[1] == prev[1].person);
}

static void memo_keep(tally_doc *d, size_t si, size_t c, size_t nnames, size_t norgs, const tally_attr prev[2],
                      const tally_attr *out)
{
    tally_cue_memo *m = &d->cue_memo[c % TALLY_CUE_MEMO];
    *m = (tally_cue_memo){.cue1 = c + 1, .gen = d->memo_gen, .si = si, .nnames = nnames, .norgs = norgs,
                          .used_prev = d->prev_read, .out = *out};
    if (d->prev_read && prev) {
        m->prev_source[0] = prev[0].source, m->prev_source[1] = prev[1].source;
        m->prev_start = prev[0].source_span.start;
        m->prev_person[0] = prev[0].person, m->prev_person[1] = prev[1].person;
    }
}

/* "Ruiz said on Monday that 14 had died. She added that 30 were missing": what a speaker added was said when
 * she spoke before, unless its own sentence dates it (out's said-date is the fallback tally_attrib_said keeps). */
static void added_on_that_day(const tally_doc *d, size_t c, const tally_attr prev[2], tally_attr *out)
{
    if (!out->source || !(tok_is(d, c, "added") || tok_is(d, c, "adds")))
        return;
    for (int i = 0; i < 2; i++)
        if (prev[i].source && strcmp(prev[i].source, out->source) == 0) {
            tally_attrib_said(d, &prev[i], &out->said_first, &out->said_last, &out->said_gran);
            return;
        }
}

int tally_attrib_at_cue(tally_doc *d, size_t si, size_t c, const tally_attr prev[2], tally_attr *out)
{
    const tally_cue_memo *m = &d->cue_memo[c % TALLY_CUE_MEMO];
    if (memo_holds(d, m, si, c, prev)) {
        *out = m->out;
        return TALLY_OK;
    }
    size_t nnames = d->nnames, norgs = d->norgs; /* names are only added: the same count is the same names */
    d->prev_read = false;
    const tally_sent *s = &d->sents.v[si];
    memset(out, 0, sizeof *out);
    out->said_first = out->said_last = TALLY_NODAY;
    read_cue(d, s->first, s->last, c, prev, out);
    relay_after(d, s->last, c, out);
    vague_source(d, si, prev, out);
    added_on_that_day(d, c, prev, out);
    out->said_si = si + 1, out->said_cue = c; /* read on the first ask: most reads never get to a claim */
    memo_keep(d, si, c, nnames, norgs, prev, out);
    return TALLY_OK;
}

/* Days a duration of days or weeks spans ("two days", "a week"), else 0. */
static int32_t duration_days(const tally_timex *t)
{
    int n = 0;
    char unit = 0;
    if (t->type != TALLY_TIMEX_DURATION || strlen(t->value) > 6 || sscanf(t->value, "P%d%c", &n, &unit) != 2 || n <= 0)
        return 0;
    return unit == 'D' ? n : unit == 'W' ? 7 * n : 0;
}

/* "Two days later, the army said", "A day earlier, the minister said", "the minister said a day earlier": a span
 * of days opening the sentence or right after its cue, counted from the last day named before it (the date in
 * focus). NODAY otherwise. */
/* "the day before", "the previous day", "the next day", "the following day" at k, ending a phrase (a comma,
 * "that" or the sentence's end after it): -1 or 1 days, else 0. */
static int day_phrase(const tally_doc *d, size_t k, size_t hi)
{
    if (k + 3 > hi || !tok_is(d, k, "the"))
        return 0;
    if (k + 3 < hi && !tok_is(d, k + 3, "that") && d->toks.v[k + 3].kind != TOK_PUNCT)
        return 0; /* not "the day before the attack" */
    bool day_first = tok_is(d, k + 1, "day");
    if ((day_first && (tok_is(d, k + 2, "before") || tok_is(d, k + 2, "earlier"))) ||
        (tok_is(d, k + 1, "previous") && tok_is(d, k + 2, "day")))
        return -1;
    if ((day_first && tok_is(d, k + 2, "after")) ||
        ((tok_is(d, k + 1, "next") || tok_is(d, k + 1, "following")) && tok_is(d, k + 2, "day")))
        return 1;
    return 0;
}

/* Does the date at token k date a saying: a report cue up to two words before it ("said on Tuesday", "told
 * reporters Monday")? */
static bool dates_a_saying(const tally_doc *d, size_t k)
{
    for (size_t j = k; j > 0 && k - j < 3; j--)
        if (lex_cls(d, j - 1) & LEX_C)
            return true;
    return false;
}

/* The day a span of days before date index i counts from: the last day named before it (a fixed reach); by_saying,
 * the last day a saying was dated, else the last day named that is no event's. NULL when none. */
static const tally_timex *focus_day(const tally_doc *d, size_t i, bool by_saying)
{
    const tally_timex *last = NULL;
    for (size_t j = i; j-- > 0 && i - j <= 64;) {
        const tally_timex *f = &d->tx.v[j];
        if (f->type != TALLY_TIMEX_DATE || f->gran != TALLY_GRAN_DAY || f->first == TALLY_NODAY)
            continue;
        if (!by_saying)
            return f;
        size_t after = tally_tok_at(d->toks.v, d->toks.n, f->end);
        if (after < d->toks.n && d->toks.v[after].kind == TOK_APOS_S)
            continue; /* an event's day, not the story's: "said on Wednesday … in Sunday's earthquake" */
        if (dates_a_saying(d, tally_tok_at(d->toks.v, d->toks.n, f->start)))
            return f; /* "said on Tuesday … since the offensive began on March 3 … the day before": Tuesday's */
        last = last ? last : f;
    }
    return last;
}

/* The focus's day moved by shift days; NODAY without a focus or after publication. */
static int32_t moved_day(const tally_doc *d, const tally_timex *focus, int32_t shift)
{
    int32_t day = focus ? focus->first + shift : TALLY_NODAY;
    return focus && !(d->dct != TALLY_NODAY && day > d->dct) ? day : TALLY_NODAY;
}

/* The day a day phrase opening the sentence or after its cue (and the cue's object: "told state television the
 * day before") names, from the last day named before it; NODAY when there is none. */
static int32_t day_phrase_said(const tally_doc *d, size_t lo, size_t hi, size_t cue)
{
    size_t k = cue + 1;
    bool told = tok_is(d, cue, "told");
    while (told && k < hi && k < cue + 4 && is_word(d, k) && !tok_is(d, k, "the"))
        k++; /* the object of "told" */
    int shift = day_phrase(d, k, hi);
    if (!shift && is_punct(d, lo + 3, ','))
        shift = day_phrase(d, k = lo, hi); /* "The day before, X said" */
    if (!shift)
        return TALLY_NODAY;
    size_t i = tally_doc_timex_in(d, d->toks.v[k].start, d->toks.v[k].start);
    return moved_day(d, focus_day(d, i, true), shift);
}

static int32_t shifted_day(const tally_doc *d, size_t lo, size_t hi, size_t cue)
{
    size_t i = tally_doc_timex_in(d, d->toks.v[lo].start, d->toks.v[hi - 1].end);
    if (i >= d->tx.n)
        return TALLY_NODAY;
    size_t a = tally_tok_at(d->toks.v, d->toks.n, d->tx.v[i].start);
    while (a > lo + 1 && a <= cue && i + 1 < d->tx.n && d->tx.v[i + 1].start < d->toks.v[hi - 1].end)
        a = tally_tok_at(d->toks.v, d->toks.n, d->tx.v[++i].start); /* past dates between the opening and the cue */
    bool opening = a <= lo + 1, after_cue = a == cue + 1; /* "A day earlier, X said"; "X said a day earlier" */
    if (!opening && !after_cue)
        return TALLY_NODAY;
    int32_t n = duration_days(&d->tx.v[i]);
    size_t b = tally_tok_at(d->toks.v, d->toks.n, d->tx.v[i].end - 1) + 1;
    bool later = tok_is(d, b, "later") || tok_is(d, b, "after");
    if (!n || !(later || tok_is(d, b, "earlier") || tok_is(d, b, "before")) ||
        (opening && (!is_punct(d, b + 1, ',') || b + 1 >= cue)))
        return TALLY_NODAY;
    return moved_day(d, focus_day(d, i, false), later ? n : -n);
}

void tally_attrib_said(const tally_doc *d, const tally_attr *at, int32_t *first, int32_t *last, tally_gran *gran)
{
    const tally_timex *t = NULL;
    if (at->said_si) {
        const tally_sent *s = &d->sents.v[at->said_si - 1];
        size_t src_end = at->source && at->source_span.end > at->source_span.start ? at->source_span.end : 0;
        t = said_date(d, s->first, s->last, at->said_cue, src_end); /* its token found only when a date asks */
        int32_t day = day_phrase_said(d, s->first, s->last, at->said_cue); /* over the date scan's own focus */
        if (day == TALLY_NODAY && !t)
            day = shifted_day(d, s->first, s->last, at->said_cue);
        if (day != TALLY_NODAY) {
            *first = *last = day;
            *gran = TALLY_GRAN_DAY;
            return;
        }
    }
    *first = t ? t->first : at->said_first;
    *last = t ? t->last : at->said_last;
    *gran = t ? t->gran : at->said_gran;
}
