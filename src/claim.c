/* claim.c — from counts to claims.
 *
 * A count (a number mention of kind count that is not part of a date) becomes a claim when something
 * says what it counts. The measure is looked for in this order, each bounded by the sentence and by the
 * next count, so the work stays linear:
 *   1. a measure verb right before the count, taking it as object ("killing four", "captured two");
 *   2. after the count and its unit phrase ("100 soldiers stationed in Russia were killed": casualty words
 *      win over deployment words, which are often participles of the unit);
 *   3. before the count ("the injured are approaching 1,000", "losses … exceeded 200");
 *   4. from a count just before it in the same sentence ("12 000 soldiers, including 500 officers and
 *      three generals"), or, for an anaphor ("the figure", "the number"), from the sentences before.
 * "killed and wounded" / "killed or wounded" as one figure is the compound measure casualties. A part and
 * its whole ("1,000 of the 11,000 troops deployed had been killed") take the main verb and the unit's
 * participle respectively. Counts no numeral states: one victim ("a 17-year-old was shot dead", "the victim
 * is in critical condition", "shot himself"), victims listed one by one ("two men and a woman were wounded":
 * 3), events named with their toll ("a fatal shooting": at least 1 killed, "a double homicide": 2), a
 * killer's own death after a count ("killed three before killing himself": 4). One victim after a stated
 * total, or a smaller count the text tells as its subset ("two of them"), is kept on it as a part, not
 * claimed on its own. Repeats of one claim in an article are merged into one with several
 * evidence spans. Attribution and dates come from attrib.c. */
#include "doc.h"
#include "gazetteer.h"
#include "timex.h"
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

enum { AFTER_UNIT = 9, AFTER_BARE = 2, BACK_MAX = 16, UNIT_GAP = 4 };

typedef struct cand {
    size_t ni;            /* index in d->nums */
    size_t t0, t1;        /* tokens of the mention */
    size_t unit_tok;      /* token of the unit noun, or SIZE_MAX */
    size_t demonym;       /* first demonym token in the unit phrase, or SIZE_MAX */
    const tally_lex *unit;
    const char *what;
    const char *rule;
    bool whole;           /* the Y of "X of the Y" */
    bool part;            /* the X of "X of the Y" */
} cand;

/* The key first: it is the mark's byte for a mark of one (a word's key never is), so most tokens fail on one
 * compare, without the token's offsets or text (with clause_break_at's kind test, callgrind 515.9 M -> 514.4 M). */
static bool is_punct(const tally_doc *d, size_t k, char c)
{
    return k < d->toks.n && d->key[k] == (unsigned char)c && d->toks.v[k].kind == TOK_PUNCT && tok_n(d, k) == 1;
}

/* Token k's key starts with one of letters (a mask of LETTER bits): a word list's first letters tested before
 * its words, the rules asking most tokens about a list none of them is in. */
#define LETTER(c) (1u << ((c) - 'a'))
static bool first_letter_in(const tally_doc *d, size_t k, uint32_t letters)
{
    unsigned c = k < d->toks.n ? (unsigned)(d->key[k] & 0xff) - 'a' : 26;
    return c < 26 && (letters >> c & 1);
}

static const tally_lex *measure_at(const tally_doc *d, size_t k)
{
    const tally_lex *lx = tok_lex(d, k);
    return lx && (lx->cls & LEX_M) ? lx : NULL;
}

static bool is_casualty(const char *what)
{
    return str_is(what, "killed") || str_is(what, "wounded") || str_is(what, "casualties") ||
           str_is(what, "missing") || str_is(what, "captured") || str_is(what, "shot");
}

static bool count_at(const tally_doc *d, size_t k, size_t self);

/* "killed and wounded", "killed or injured", "dead and wounded" read as one figure; "shot dead",
 * "shot and killed", "fatally shot" as killed. */
static const char *compound(const tally_doc *d, size_t k, const char *what)
{
    if (str_is(what, "shot")) {
        const tally_lex *m = measure_at(d, k + 1);
        size_t k2 = k + 2;
        if (tok_is(d, k + 1, "and") && (tok_is(d, k2, "later") || tok_is(d, k2, "eventually") || tok_is(d, k2, "then")))
            k2++; /* "was shot and later died" */
        const tally_lex *m2 = tok_is(d, k + 1, "and") ? measure_at(d, k2) : NULL;
        bool to_death = tok_is(d, k + 1, "to") && tok_is(d, k + 2, "death");
        if ((m && str_is(m->measure, "killed")) || (m2 && str_is(m2->measure, "killed")) || to_death ||
            (k > 0 && tok_is(d, k - 1, "fatally")))
            return "killed";
        return what;
    }
    if (str_is(what, "killed") && (tok_is(d, k + 1, "and") || tok_is(d, k + 1, "or"))) {
        const tally_lex *m = measure_at(d, k + 2), *h = measure_at(d, k);
        bool noun_then_verb = h && !(h->mflags & (LEXM_V | LEXM_P)) && m && (m->mflags & LEXM_V);
        bool own_object = m && (m->mflags & LEXM_V) && count_at(d, k + 3, SIZE_MAX);
        if (m && str_is(m->measure, "wounded") && !noun_then_verb && !own_object)
            return "casualties"; /* not "left two men dead and injured seven others" */
    }
    if (str_is(what, "wounded") && (tok_is(d, k + 1, "or") || tok_is(d, k + 1, "and"))) {
        const tally_lex *m = measure_at(d, k + 2), *w = measure_at(d, k);
        if (m && str_is(m->measure, "killed") && (m->mflags & LEXM_P) && w && (w->mflags & LEXM_P))
            return "casualties"; /* "have been wounded or killed this year" */
    }
    if (str_is(what, "wounded") && k >= 2 && (tok_is(d, k - 1, "and") || tok_is(d, k - 1, "or"))) {
        const tally_lex *m = measure_at(d, k - 2), *w = measure_at(d, k);
        bool noun_then_verb = m && !(m->mflags & (LEXM_V | LEXM_P)) && w && (w->mflags & LEXM_V);
        bool own_object = tok_is(d, k - 2, "dead") && w && (w->mflags & LEXM_V) && count_at(d, k + 1, SIZE_MAX);
        if (m && str_is(m->measure, "killed") && !noun_then_verb && !own_object)
            return "casualties"; /* not "claimed two lives and injured four", "left a girl dead and injured three" */
    }
    return what;
}

/* A count per time within a few words after its unit: "1,200 soldiers a day", "killed 40 per week" (not "a
 * day after", "a week earlier"). */
static bool a_rate(const tally_doc *d, const cand *c, size_t hi)
{
    size_t from = c->unit_tok != SIZE_MAX ? c->unit_tok + 1 : c->t1;
    for (size_t k = from; k + 1 < hi && k < from + 4; k++) {
        if (!(tok_is(d, k, "a") || tok_is(d, k, "per") || tok_is(d, k, "each") || tok_is(d, k, "every")))
            continue;
        if (tok_is(d, k, "per") && count_at(d, k + 1, c->ni))
            return true; /* "12 per 100,000 residents" */
        size_t u = k + 1;
        if (!(tok_is(d, u, "day") || tok_is(d, u, "week") || tok_is(d, u, "month") || tok_is(d, u, "year") ||
              tok_is(d, u, "hour") || tok_is(d, u, "night")))
            continue;
        return !(tok_is(d, u + 1, "after") || tok_is(d, u + 1, "before") || tok_is(d, u + 1, "later") ||
                 tok_is(d, u + 1, "earlier") || tok_is(d, u + 1, "ago") || tok_is(d, u + 1, "of") ||
                 tok_is(d, u + 1, "into"));
    }
    return false;
}

/* A value with a fraction counts no people nor things ("the magnitude 7.4 earthquake", "a 2.5 rating"); a
 * scale word makes it whole ("1.2 million"). */
static bool fractional(const tally_number *n)
{
    return n->low == n->high && isfinite(n->low) && n->low != floor(n->low);
}

/* Zeros written as a digit group ("000"): a thousands group cut off its number ("20, 000" in some corpora's
 * text), never a count of none. */
static bool zero_group(const tally_number *n)
{
    return n->low == 0 && n->high == 0 && n->num_end - n->num_start > 1;
}

/* Does token k hold (part of) another count mention? */
static bool count_at(const tally_doc *d, size_t k, size_t self)
{
    const tally_tok *t = &d->toks.v[k];
    for (size_t i = tally_doc_num_at(d, t->start); i < d->nums.n; i++) {
        const tally_number *n = &d->nums.v[i];
        if (i != self && n->kind == TALLY_NUM_COUNT && n->start < t->end && t->start < n->end && !fractional(n))
            return true; /* the overlap before the value: most numbers asked about are past the token */
        if (n->start >= t->end)
            break;
    }
    return false;
}

/* A word in -ing: "killing", "wounding". */
static bool gerund(const tally_doc *d, size_t k)
{
    return tok_n(d, k) > 4 && tally_ieq(tok_s(d, k) + tok_n(d, k) - 3, 3, "ing");
}

/* A filler that is no auxiliary: an adverb ("who reportedly shot her" is active). */
static bool adverb(const tally_doc *d, size_t k)
{
    return tok_n(d, k) > 4 && tally_ieq(tok_s(d, k) + tok_n(d, k) - 2, 2, "ly");
}

/* The unit phrase after the count: demonyms, capitalised words and fillers, then a unit noun. */
static inline __attribute__((always_inline)) size_t age_noun(const tally_doc *d, size_t k);

static void unit_after(const tally_doc *d, cand *c, size_t hi)
{
    c->unit_tok = c->demonym = SIZE_MAX;
    size_t k = c->t1;
    if (age_noun(d, k) != SIZE_MAX && age_noun(d, k) + 1 < hi)
        k = age_noun(d, k) + 1; /* "two 16-year-old boys" */
    for (size_t gap = 0; k < hi && gap <= UNIT_GAP; k++, gap++) {
        const tally_lex *lx = tok_lex(d, k);
        if (lx && (lx->cls & LEX_U)) {
            c->unit = lx;
            c->unit_tok = k;
            return;
        }
        if (c->demonym == SIZE_MAX && ((lx && (lx->cls & LEX_D)) ||
                                       (tok_cap(d, k) && !lx && !tally_doc_in_timex(d, k) && !adverb(d, k))))
            c->demonym = k; /* "North Korean soldiers", "Velmoran soldiers"; not a headline's "2 Critically Hurt" */
        bool filler = (lx && (lx->cls & (LEX_D | LEX_A))) || (tok_cap(d, k) && !(lx && (lx->cls & LEX_M))) ||
                      d->toks.v[k].kind == TOK_QUOTE || /* a title-case measure ends it: "2 Killed In South …" */
                      (tok_is(d, k, "shooting") && tok_lex(d, k + 1) && (tok_lex(d, k + 1)->cls & LEX_U)) ||
                      d->toks.v[k].kind == TOK_APOS_S || (d->toks.v[k].kind == TOK_DASH && !(d->toks.v[k].flags & TOKF_SPACE));
        if (!filler && d->toks.v[k].kind == TOK_WORD && (!lx || (lx->cls & LEX_S)) && gap < UNIT_GAP &&
            tok_lex(d, k + 1) && (tok_lex(d, k + 1)->cls & LEX_U))
            filler = true; /* an adjective or noun before the unit: "wounded civilians", "additional soldiers",
                              "service members", "intelligence officers", a person's word: "two male juveniles" */
        if (!filler)
            return;
    }
}

/* "shot at" fires at someone without saying anyone was hit. */
static bool shot_at(const tally_doc *d, size_t k)
{
    if (!(tok_is(d, k, "shot") || tok_is(d, k, "shooting")) || !tok_is(d, k + 1, "at"))
        return false;
    bool passive = tok_is(d, k, "shot") && k > 0 && (tok_is(d, k - 1, "was") || tok_is(d, k - 1, "were") || tok_is(d, k - 1, "been") ||
                             tok_is(d, k - 1, "being"));
    size_t j = k + 2; /* "were shot at a party", "was shot at 2 a.m.": a place or a time, so hit; "were
                       * shooting at crows" is no passive */
    size_t p = tok_is(d, j, "a") || tok_is(d, j, "an") || tok_is(d, j, "the") ? j + 1 : j;
    if (!passive && tok_is(d, k, "shot") && k > 0 && count_at(d, k - 1, SIZE_MAX) && p < d->toks.n &&
        d->toks.v[p].kind == TOK_WORD && !tok_lex(d, p) && !tok_is(d, p, "him") && !tok_is(d, p, "them") &&
        !tok_is(d, p, "her") && !tok_is(d, p, "us"))
        return false; /* a headline's "4 Shot at Party", not "two men shot at police" */
    return !passive || j >= d->toks.n || d->toks.v[j].kind == TOK_PUNCT || tok_is(d, j, "by") ||
           tok_is(d, j, "while") || tok_is(d, j, "but") || tok_is(d, j, "and") || tok_is(d, j, "when") ||
           tok_is(d, j, "from") || tok_is(d, j, "least") || tok_is(d, j, "multiple") || tok_is(d, j, "several");
}

/* Words of the courts and the police: a count before them counts suspects or charges. */
static bool legal_word(const tally_doc *d, size_t k)
{
    /* literals, not a list walked: tok_is then compares the token's key with a constant; the key's first letter
     * picks the few to compare (16 compares a token before: 2.5 M instructions of the claims bench) */
    if (k >= d->toks.n)
        return false;
    switch (d->key[k] & 0xff) {
    case 'a':
        return tok_is(d, k, "arrested") || tok_is(d, k, "accused");
    case 'b':
        return tok_is(d, k, "booked");
    case 'c':
        return tok_is(d, k, "charged") || tok_is(d, k, "convicted") || tok_is(d, k, "custody");
    case 'f':
        return tok_is(d, k, "face") || tok_is(d, k, "faces") || tok_is(d, k, "facing");
    case 'i':
        return tok_is(d, k, "indicted");
    case 'j':
        return tok_is(d, k, "jailed");
    case 'p':
        return tok_is(d, k, "pleaded");
    case 'q':
        return tok_is(d, k, "questioned");
    case 's':
        return tok_is(d, k, "suspected") || tok_is(d, k, "sentenced");
    case 'w':
        return tok_is(d, k, "wanted");
    default:
        return false;
    }
}

static bool takes_object(const tally_doc *d, size_t k, size_t hi);

/* After "hit" or "struck" at k - 1: "in the leg", "once in the neck", "seven times in the body", "in his left
 * arm" — a wound's place, no weapon after it ("hit in the head with a bat" is a blow). */
static const char *const fire_words[] = {"gunfire", "bullet", "bullets", "gunshot", "gunshots", "shots", "shotgun",
                                         "buckshot", "pellets", "round", "rounds"};

static bool hit_in_body(const tally_doc *d, size_t k)
{
    static const char *const parts[] = {"head", "face", "neck", "chest", "back", "arm", "arms", "leg", "legs",
                                        "shoulder", "stomach", "abdomen", "hand", "foot", "hip", "thigh", "buttocks",
                                        "torso", "side", "knee", "ankle", "wrist", "groin", "eye", "jaw", "elbow",
                                        "body", "extremities", "calf", "heel", "finger", "cheek", "spine", "pelvis"};
    if (tok_is(d, k, "once") || tok_is(d, k, "twice"))
        k++;
    else if (k + 1 < d->toks.n && tok_is(d, k + 1, "times"))
        k += 2; /* "seven times", "multiple times" */
    if (!tok_is(d, k, "in"))
        return false;
    size_t j = k + 1;
    if (tok_is(d, j, "the") || tok_is(d, j, "his") || tok_is(d, j, "her") || tok_is(d, j, "their") || tok_is(d, j, "a"))
        j++;
    if (tok_is(d, j, "left") || tok_is(d, j, "right") || tok_is(d, j, "lower") || tok_is(d, j, "upper"))
        j++;
    if (!(j + 1 < d->toks.n && tally_ieq_any(tok_s(d, j), tok_n(d, j), parts, sizeof parts / sizeof *parts)))
        return false;
    if (!tok_is(d, j + 1, "with") && !tok_is(d, j + 1, "by"))
        return true;
    for (size_t f = j + 2; f < j + 6 && f < d->toks.n; f++) /* "by a bullet", "with a stray round" */
        if (tally_ieq_any(tok_s(d, f), tok_n(d, f), fire_words, sizeof fire_words / sizeof *fire_words))
            return true;
    return false;
}

/* "hit by gunfire", "struck by a stray bullet": shot, said without the verb. */
static bool hit_by_gunfire(const tally_doc *d, size_t k)
{
    if (!(tok_is(d, k, "hit") || tok_is(d, k, "struck")))
        return false;
    if (!tok_is(d, k + 1, "by"))
        return hit_in_body(d, k + 1);
    for (size_t j = k + 2; j < k + 5 && j < d->toks.n; j++)
        if (tally_ieq_any(tok_s(d, j), tok_n(d, j), fire_words, sizeof fire_words / sizeof *fire_words))
            return true;
    return false;
}

/* "opened fire, hitting a bystander", "the bullet struck the child": a verb of hitting at k after a word of
 * gunfire earlier in its sentence (a blow is no shot: "he struck an officer with a skewer"). */
static bool gunfire_hit(const tally_doc *d, size_t k)
{
    static const char *const fire[] = {"gunfire", "bullet", "bullets", "shots", "round", "rounds", "fire", "fired",
                                       "pellets", "discharged"}; /* not "police shot him", "put the gun down and hit" */
    if (!(tok_is(d, k, "hitting") || tok_is(d, k, "striking") || tok_is(d, k, "struck") || tok_is(d, k, "hit")))
        return false;
    for (size_t j = k; j-- > 0 && j + 10 > k;) {
        if (is_punct(d, j, '.') || is_punct(d, j, ';') || is_punct(d, j, '?') || is_punct(d, j, '!'))
            return false;
        if (tally_ieq_any(tok_s(d, j), tok_n(d, j), fire, sizeof fire / sizeof *fire) ||
            (tok_is(d, j, "off") && j > 0 && tok_is(d, j - 1, "went"))) /* "the gun went off, hitting" */
            return true;
    }
    return false;
}

/* An appositive ", including one woman," at k: the token of its closing comma, else k. */
static size_t including_past(const tally_doc *d, size_t k, size_t hi)
{
    if (tok_is(d, k, "including")) /* no comma: "four people including a boy and a girl were shot" */
        for (size_t j = k + 1; j < hi && j < k + 24; j++) {
            if (tok_lex(d, j) && (tok_lex(d, j)->cls & LEX_A))
                return j - 1 > k ? j - 1 : k;
            if (measure_at(d, j) || d->toks.v[j].kind == TOK_PUNCT)
                break;
        }
    if (is_punct(d, k, ',') && k + 3 < hi && count_at(d, k + 1, SIZE_MAX) && is_punct(d, k + 3, ',') &&
        (tok_is(d, k + 2, "fatally") || tok_is(d, k + 2, "critically") || tok_is(d, k + 2, "seriously")))
        return k + 3; /* the fate of some between commas: "four teens, one fatally, were shot" */
    if (!is_punct(d, k, ',') || !tok_is(d, k + 1, "including"))
        return k;
    for (size_t j = k + 2; j < hi && j < k + 24; j++) { /* ", including a 12-year-old and an 8-year-old," */
        if (is_punct(d, j, ','))
            return j;
        if (measure_at(d, j) || is_punct(d, j, ';'))
            break;
    }
    return k;
}

/* "lost their homes", "fled their homes", "forced from their homes", "driven from home", "have fled the
 * fighting": displaced. */
static bool lost_homes(const tally_doc *d, size_t i, size_t hi)
{
    if (!first_letter_in(d, i, LETTER('f') | LETTER('l') | LETTER('d')))
        return false;
    bool fled = tok_is(d, i, "fled") || tok_is(d, i, "flee") || tok_is(d, i, "fleeing");
    if (!(fled || tok_is(d, i, "lost") || tok_is(d, i, "forced") || tok_is(d, i, "driven") || tok_is(d, i, "left")))
        return false; /* literals: tok_is compares keys */
    for (size_t j = i + 1; j < hi && j <= i + 3; j++)
        if (tok_is(d, j, "homes") || tok_is(d, j, "home") ||
            (fled && (tok_is(d, j, "fighting") || tok_is(d, j, "violence") || tok_is(d, j, "war") ||
                      tok_is(d, j, "conflict") || tok_is(d, j, "shelling") || tok_is(d, j, "bombing") ||
                      tok_is(d, j, "floods") || tok_is(d, j, "flooding") || tok_is(d, j, "fires"))))
            return true;
    return false;
}

static bool place_word(const tally_doc *d, size_t k);

/* "fled the country", "fled the region", "fled Sudan": a land left behind. */
static bool fled_land(const tally_doc *d, size_t k)
{
    static const char *const lands[] = {"country", "region", "city", "area", "province", "town", "capital", "island",
                                        "state", "territory", "enclave", "strip", "district", "districts", "villages",
                                        "areas", "towns", "cities", "regions", "zone", "border", "frontline"};
    if (k >= d->toks.n)
        return false;
    if (tok_is(d, k, "the")) { /* "the country", "the border districts" (one word before the land) */
        for (size_t j = k + 1; j < d->toks.n && j < k + 3 && d->toks.v[j].kind == TOK_WORD; j++)
            if (tally_ieq_any(tok_s(d, j), tok_n(d, j), lands, sizeof lands / sizeof *lands))
                return true;
        return false;
    }
    return place_word(d, k);
}

/* "Hundreds of thousands of people have fled", "40,000 fled to Chad", "1.2 million have fled the country": many
 * fleeing with no object or a land as object are displaced (not "two suspects fled"). */
static bool fled_many(const tally_doc *d, const cand *c, size_t i)
{
    if (!(tok_is(d, i, "fled") || tok_is(d, i, "fleeing")) || c->ni >= d->nums.n || !(d->nums.v[c->ni].low >= 100))
        return false;
    return i + 1 >= d->toks.n || d->toks.v[i + 1].kind == TOK_PUNCT || tok_is(d, i + 1, "to") || fled_land(d, i + 1) ||
           tok_is(d, i + 1, "into") || tok_is(d, i + 1, "abroad") ||
           (tok_is(d, i + 1, "across") && tok_is(d, i + 3, "border")); /* not "fled across Liberty Avenue" */
}

/* "forced 12,000 people to flee", "ordered 5,000 residents to evacuate": the verb after the count's "to"
 * (v the word before the count); "forced 40,000 from their homes". */
static const char *made_to_leave(const tally_doc *d, const cand *c, size_t v)
{
    if (!(tok_is(d, v, "forced") || tok_is(d, v, "forcing") || tok_is(d, v, "ordered") || tok_is(d, v, "ordering") ||
          tok_is(d, v, "forces") || tok_is(d, v, "orders") || tok_is(d, v, "force") || tok_is(d, v, "order")))
        return NULL;
    size_t to = c->unit_tok != SIZE_MAX ? c->unit_tok + 1 : c->t1;
    bool forced = tok_is(d, v, "forced") || tok_is(d, v, "forcing") || tok_is(d, v, "forces") || tok_is(d, v, "force");
    if (forced && (tok_is(d, to, "from") || tok_is(d, to, "out")) &&
        (tok_is(d, to + 1, "their") || tok_is(d, to + 2, "their")) &&
        (tok_is(d, to + 2, "homes") || tok_is(d, to + 3, "homes") || tok_is(d, to + 2, "home") || tok_is(d, to + 3, "home")))
        return "displaced"; /* "forced 40,000 people from their homes", "forced 3,000 out of their homes" */
    if (!tok_is(d, to, "to"))
        return NULL;
    if (tok_is(d, to + 1, "evacuate"))
        return "evacuated";
    return tok_is(d, to + 1, "flee") || tok_is(d, to + 1, "leave") ? "displaced" : NULL;
}

/* A hyphen joining the words either side ("six-shot"), not a dash between phrases ("4,000 — including"). */
static bool hyphen(const tally_doc *d, size_t k)
{
    return k < d->toks.n && d->toks.v[k].kind == TOK_DASH && tok_n(d, k) == 1 && tok_s(d, k)[0] == '-' &&
           !(d->toks.v[k].flags & TOKF_SPACE);
}

/* The "t" of a contracted "not": "weren't", "wasn’t" are tokens weren ' t. */
static bool contracted_not(const tally_doc *d, size_t k)
{
    if (k < 2 || !tok_is(d, k, "t") || d->toks.v[k - 1].kind != TOK_PUNCT || d->toks.v[k - 1].start != d->toks.v[k - 2].end ||
        d->toks.v[k].start != d->toks.v[k - 1].end)
        return false;
    char last = tok_s(d, k - 2)[tok_n(d, k - 2) - 1];
    return last == 'n' || last == 'N';
}

/* A word that denies or doubts what follows: "no injuries", "did not see anyone injured", "unclear whether". */
static bool negation(const tally_doc *d, size_t k)
{
    if (!first_letter_in(d, k, LETTER('t') | LETTER('n') | LETTER('w') | LETTER('u')))
        return false; /* contracted_not's "t" and the words below */
    return contracted_not(d, k) || tok_is(d, k, "no") || tok_is(d, k, "not") || tok_is(d, k, "n't") || tok_is(d, k, "never") ||
           tok_is(d, k, "none") || tok_is(d, k, "nobody") || tok_is(d, k, "neither") || tok_is(d, k, "whether") ||
           tok_is(d, k, "unclear");
}

/* A clause with a subject of its own opens at k: "after a boy was shot", "when she was shot" after a count of
 * many, not "after being shot" nor "after the shooting". */
static bool new_subject_clause(const tally_doc *d, size_t k, bool many)
{
    if (!(tok_is(d, k, "after") || tok_is(d, k, "before") || tok_is(d, k, "when") || tok_is(d, k, "because") ||
          tok_is(d, k, "until") || tok_is(d, k, "while")))
        return false;
    size_t j = k + 1;
    if (tok_is(d, j, "someone") || tok_is(d, j, "somebody") || ((tok_is(d, j, "he") || tok_is(d, j, "she")) && many))
        return true; /* not "they": mostly the count's own people ("six were taken … after they were hurt") */
    if (!(tok_is(d, j, "a") || tok_is(d, j, "an") || tok_is(d, j, "the") || tok_is(d, j, "his") || tok_is(d, j, "her")))
        return false;
    const tally_lex *lx = tok_lex(d, j + 1);
    return !(lx && (lx->cls & LEX_M)); /* "after the shooting" is the event */
}

/* A verb of saying at k and a name or pronoun after it opening what was said ("said Roe shot himself", "say
 * he was hit"): the clause said has a subject of its own. */
static bool said_named(const tally_doc *d, size_t k)
{
    if (!(tok_is(d, k, "said") || tok_is(d, k, "says") || tok_is(d, k, "say") || tok_is(d, k, "told")))
        return false;
    size_t j = k + 1;
    return tok_is(d, j, "he") || tok_is(d, j, "she") ||
           (j < d->toks.n && d->toks.v[j].kind == TOK_WORD && tok_cap(d, j) && !tok_cap(d, k) && !tok_lex(d, j) &&
            !tok_function(d, j) && !(d->toks.v[j].flags & TOKF_ALLCAP)); /* not a title-case headline's "Say" */
}

/* "in their early 20's", "in his 30s": the number at k is a decade of life. */
static bool decade_of_life(const tally_doc *d, size_t k)
{
    bool part = k >= 2 && (tok_is(d, k - 1, "early") || tok_is(d, k - 1, "mid") || tok_is(d, k - 1, "late"));
    size_t own = part ? k - 2 : k - 1;
    return k > 0 && k + 1 < d->toks.n && (tok_is(d, own, "their") || tok_is(d, own, "his") || tok_is(d, own, "her")) &&
           (d->toks.v[k + 1].kind == TOK_APOS_S || tok_is(d, k + 1, "s"));
}

static const char *wound_state(const tally_doc *d, size_t k, size_t hi);

/* The people's ages after a count's noun at k: ", 19 and 23,", ", ages 14, 15 and 17". Returns the token
 * after them (after their closing comma), else k. */
static size_t ages_after(const tally_doc *d, size_t k, size_t hi)
{
    bool comma = is_punct(d, k, ',');
    if (!comma && !tok_is(d, k, "ages") && !tok_is(d, k, "aged"))
        return k; /* ", 19 and 23", ", ages 19 and 23", or with no comma: "three males ages 17, 18 and 22" */
    size_t j = comma ? k + 1 : k;
    j += tok_is(d, j, "ages") || tok_is(d, j, "aged");
    size_t nums = 0;
    for (; j < hi && j < k + 14; j++) {
        if (d->toks.v[j].kind == TOK_NUM)
            nums++;
        else if (!is_punct(d, j, ',') && !tok_is(d, j, "and"))
            break;
    }
    if (nums < 2)
        return k;
    return d->toks.v[j - 1].kind != TOK_NUM || (tok_lex(d, j) && (tok_lex(d, j)->cls & LEX_A)) ? j : k; /* ", 19 and 23 were" */
}

/* "between the ages of 16-18", "under the age of 15" (age only when plural): the number at k is an age. */
static bool ages_of(const tally_doc *d, size_t k, bool age)
{
    return k > 1 && tok_is(d, k - 1, "of") && (tok_is(d, k - 2, "ages") || (age && tok_is(d, k - 2, "age")));
}

/* Is token k inside a number told as people's ages ("between the ages of 16-18")? */
static bool in_ages(const tally_doc *d, size_t k)
{
    size_t ni = tally_doc_num_at(d, d->toks.v[k].start);
    return ni < d->nums.n && d->nums.v[ni].start <= d->toks.v[k].start &&
           ages_of(d, tally_tok_at(d->toks.v, d->toks.n, d->nums.v[ni].start), false);
}

/* A measure within n tokens after k; casualty words win over others. */
/* A count of people coordinated after another's noun, at token i: "30 civilians", "30 Russian soldiers" in "120
 * soldiers and 30 civilians were killed". Returns the token after its noun, else SIZE_MAX. */
static size_t coordinated_people(const tally_doc *d, size_t i, size_t hi)
{
    size_t ni = tally_doc_num_at(d, d->toks.v[i].start);
    if (ni >= d->nums.n || d->nums.v[ni].start != d->toks.v[i].start)
        return SIZE_MAX;
    size_t j = tally_tok_at(d->toks.v, d->toks.n, d->nums.v[ni].end - 1) + 1;
    for (size_t m = 0; j < hi && m < 3; j++, m++) {
        const tally_lex *lx = tok_lex(d, j);
        if (lx && (lx->cls & LEX_U) && lx->unit && str_is(lx->unit, "person"))
            return j + 1;
        if (d->toks.v[j].kind != TOK_WORD || (lx && !(lx->cls & LEX_D)))
            return SIZE_MAX; /* only adjectives the tables lack or demonyms before the noun */
    }
    return SIZE_MAX;
}

static const char *measure_after(const tally_doc *d, const cand *c, size_t k, size_t hi, size_t n, size_t *at)
{
    const char *other = NULL;
    size_t other_at = 0;
    bool legal = c->t0 > 0 && legal_word(d, c->t0 - 1); /* "indicted two officers on murder charges" */
    bool aux = false;
    bool neg = false;
    /* the count is a verb's object: "striking one of them" */
    bool object = c->t0 > 0 && d->toks.v[c->t0 - 1].kind == TOK_WORD && !tok_cap(d, c->t0 - 1) && gerund(d, c->t0 - 1);
    if (c->t1 + 1 < hi && hyphen(d, c->t1) && measure_at(d, c->t1 + 1))
        return NULL; /* a compound adjective: "the six-shot revolver" */
    size_t ages = ages_after(d, k, hi);
    if (ages != k)
        n += ages - k, k = ages; /* "two men, 19 and 23, were wounded" */
    size_t joint = k; /* the token that may join another count of people to this one */
    for (size_t i = k; i < hi && i < k + n; i++) {
        if (c->whole && (i > k + 1 || (tok_lex(d, i) && (tok_lex(d, i)->cls & LEX_A)) || tok_is(d, i, "died") ||
                         tok_is(d, i, "dies")))
            break; /* the verb after a partitive's whole is the part's: "two of the four victims died" */
        size_t past = including_past(d, i, hi);
        if (past != i)
            n += past - i, i = past; /* "four others, including one woman, were injured" */
        size_t age = age_noun(d, i);
        bool another = age == SIZE_MAX && count_at(d, i, c->ni) && !decade_of_life(d, i) && !in_ages(d, i);
        size_t conj = another && c->unit_tok != SIZE_MAX && i == joint + 1 &&
                              (tok_is(d, joint, "and") || tok_is(d, joint, "or") || is_punct(d, joint, ','))
                          ? coordinated_people(d, i, hi)
                          : SIZE_MAX;
        if (conj != SIZE_MAX) { /* "120 soldiers and 30 civilians were killed": the predicate is both counts' */
            n += conj - i, joint = conj, i = conj - 1;
            continue;
        }
        if (another || is_punct(d, i, ';') || is_punct(d, i, ':'))
            break; /* another count, not an age ("four people, including an 11-year-old, were shot") */
        if (age != SIZE_MAX)
            n += age - i; /* the age's tokens do not use up the reach */
        if (d->toks.v[i].kind == TOK_NUM && in_ages(d, i))
            n += 2; /* nor do ages told as a range: "two boys between the ages of 12-14 were hurt" */
        legal |= legal_word(d, i);
        aux |= tok_lex(d, i) && (tok_lex(d, i)->cls & LEX_A) && !adverb(d, i);
        neg |= i > k && negation(d, i);
        if (hit_by_gunfire(d, i)) {
            *at = i;
            return "shot"; /* "four people had been hit by gunfire" */
        }
        if ((tok_is(d, i, "taken") || tok_is(d, i, "held")) && tok_is(d, i + 1, "hostage")) {
            *at = i;
            return "captured"; /* "251 were taken hostage", not "the female hostage wounded" */
        }
        if (lost_homes(d, i, hi) || fled_many(d, c, i)) {
            *at = i;
            return "displaced";
        }
        if (i > k && (tok_is(d, i, "that") || tok_is(d, i, "which") || tok_is(d, i, "who") || tok_is(d, i, "whose")))
            break; /* a relative clause of another noun: "arrested in the shooting that killed a teen" */
        if (i > k && is_punct(d, i, ',') && tok_is(d, i + 1, "and"))
            break; /* another clause: "found three men in the living room, and the woman deceased" */
        if (new_subject_clause(d, i, c->ni < d->nums.n && d->nums.v[c->ni].low > 1))
            break; /* "two suspects running away after a boy was shot": the clause has its own subject */
        if (i > k && said_named(d, i))
            break; /* the count's people tell of another: "two hostages came out and said Roe shot himself" */
        if (i > k && (tok_is(d, i, "he") || tok_is(d, i, "she")) && tok_lex(d, i + 1) && (tok_lex(d, i + 1)->cls & LEX_A) &&
            c->ni < d->nums.n && d->nums.v[c->ni].low > 1)
            break; /* a clause with a subject of its own: "his two sisters on the night he was killed" */
        if (i > k && object && (tok_is(d, i, "after") || tok_is(d, i, "before")) && tok_is(d, i + 1, "being"))
            break; /* the subject's fate, not the object's: "striking one of them, before being killed" */
        if (other && i > other_at && (tok_is(d, i, "after") || tok_is(d, i, "before") || tok_is(d, i, "when")))
            break; /* the count has its measure, the clause after it another: "3 teens arrested after teen shot" */
        if (tok_is(d, i, "sent") && aux && wound_state(d, i, hi)) {
            *at = i;
            return wound_state(d, i, hi); /* "were sent to the hospital", not troops sent */
        }
        const tally_lex *m = measure_at(d, i);
        if (!m)
            continue;
        if ((!(m->mflags & LEXM_P) && legal) || shot_at(d, i) || tok_is(d, i + 1, "charges") || tok_is(d, i + 1, "charge") ||
            tok_is(d, i + 1, "suspects") || tok_is(d, i + 1, "suspect"))
            continue; /* the charge's noun, not the count's: "two men were charged in the murder", "murder charges" */
        bool owned = tok_is(d, i - 1, "their") || tok_is(d, i - 1, "his") || tok_is(d, i - 1, "her");
        if ((neg && !owned) || (i > k && (tok_is(d, i - 1, "not") || tok_is(d, i - 1, "never") || contracted_not(d, i - 1))))
            return NULL; /* "two others were not hurt", "carried five juveniles, but no injuries were reported"; not "none of their injuries were
                          * life-threatening": the injuries are had */
        if (tok_is(d, i, "shooting") && !(i > 0 && tok_lex(d, i - 1) && (tok_lex(d, i - 1)->cls & LEX_A)))
            continue; /* the event's noun ("two men sought in a shooting"), a modifier ("1 shooting victim") */
        if (tok_is(d, i, "lives") && (tok_is(d, i - 1, "who") || tok_is(d, i - 1, "that") || tok_is(d, i - 1, "still") ||
                                      tok_is(d, i - 1, "also") || tok_is(d, i - 1, "she") || tok_is(d, i - 1, "he")))
            continue; /* the verb: "one woman who lives nearby" */
        if ((m->mflags & LEXM_N) && i > k && (tok_is(d, i - 1, "prior") || tok_is(d, i - 1, "previous")))
            return NULL; /* a record, not this event's: "who has three prior arrests" */
        if (i > k && !(m->mflags & LEXM_P) && (tok_is(d, i + 1, "to") || tok_is(d, i + 1, "of")) &&
            count_at(d, i + 2, c->ni))
            break; /* the noun of the next count: "the death of one man and injury to three others" */
        if (i > k && (m->mflags & LEXM_P) && tok_is(d, i - 1, "the") && (tok_is(d, i + 1, "at") || tok_is(d, i + 1, "to")) &&
            count_at(d, i + 2, c->ni))
            break; /* the next count's too: "put the number of dead at 56 and the injured at 320" */
        bool det = i > k && (tok_is(d, i - 1, "the") || tok_is(d, i - 1, "a") || tok_is(d, i - 1, "an") ||
                             (d->toks.v[i - 1].kind == TOK_APOS_S && i - 2 != c->unit_tok && i - 2 >= k &&
                              !(tok_lex(d, i)->cls & LEX_U)));
        /* "connected to the boy's death": his, not the count's ("two men's deaths") */
        bool prep = i > k && (tok_is(d, i - 1, "in") || tok_is(d, i - 1, "after"));
        if (!(m->mflags & LEXM_P) && (det || (prep && !(m->mflags & LEXM_V))))
            continue; /* "two suspects in the killing": the event, not the count's measure */
        if ((m->mflags & LEXM_V) && !aux && takes_object(d, i, hi))
            return NULL; /* the count is the agent: "two men shot him" */
        if (i > k && gerund(d, i) && count_at(d, i + 1, c->ni))
            break; /* the measure heads a count of its own: "struck 150 targets, killing at least 20 militants" */
        const char *what = compound(d, i, m->measure);
        if (is_casualty(what)) {
            *at = i;
            return what;
        }
        if (!other) {
            other = what;
            other_at = i;
        }
        if (c->whole)
            break; /* the whole takes the participle next to its unit */
    }
    *at = other_at;
    return other;
}

/* Words that open a clause: a measure before them belongs to another clause. */
static bool clause_start(const tally_doc *d, size_t k)
{
    if (first_letter_in(d, k, LETTER('a') | LETTER('b') | LETTER('w') | LETTER('s') | LETTER('u') | LETTER('i') |
                                  LETTER('t')) &&
        (tok_is(d, k, "after") || tok_is(d, k, "before") || tok_is(d, k, "when") || tok_is(d, k, "while") ||
         tok_is(d, k, "because") || tok_is(d, k, "as") || tok_is(d, k, "since") || tok_is(d, k, "until") ||
         tok_is(d, k, "who") || tok_is(d, k, "which") || tok_is(d, k, "where") || tok_is(d, k, "if") ||
         tok_is(d, k, "although") || tok_is(d, k, "though")))
        return true; /* literals: tok_is compares keys */
    const tally_lex *lx = tok_lex(d, k);
    return lx && (lx->cls & LEX_C);
}

/* Words that may stand between a measure and the count it heads: "losses in the Kursk region have
 * already exceeded 200", "the death toll rose to 214", "a casualty rate of 4,000". */
static bool links_measure(const tally_doc *d, size_t k)
{
    const tally_lex *lx = tok_lex(d, k);
    if ((lx && (lx->cls & (LEX_A | LEX_F | LEX_U | LEX_D))) || (tok_cap(d, k) && !tally_doc_in_timex(d, k)))
        return true;
    if (tok_is(d, k, "exceeded") || tok_is(d, k, "exceeds") || tok_is(d, k, "exceed") || tok_is(d, k, "rose") ||
        tok_is(d, k, "risen") || tok_is(d, k, "rises") || tok_is(d, k, "reached") || tok_is(d, k, "reaches") ||
        tok_is(d, k, "stands") || tok_is(d, k, "stood") || tok_is(d, k, "stand") || tok_is(d, k, "topped") ||
        tok_is(d, k, "tops") || tok_is(d, k, "climbed") || tok_is(d, k, "climbs") || tok_is(d, k, "passed") ||
        tok_is(d, k, "surpassed") || tok_is(d, k, "approaching") || tok_is(d, k, "approached") ||
        tok_is(d, k, "nearing") || tok_is(d, k, "hit") || tok_is(d, k, "at") || tok_is(d, k, "to") ||
        tok_is(d, k, "of") || tok_is(d, k, "in") || tok_is(d, k, "toll") || tok_is(d, k, "rate") ||
        tok_is(d, k, "number") || tok_is(d, k, "figure") || tok_is(d, k, "total") || tok_is(d, k, "count") ||
        tok_is(d, k, "tally") || tok_is(d, k, "estimate") || tok_is(d, k, "region") || tok_is(d, k, "put") ||
        tok_is(d, k, "puts") || tok_is(d, k, "reported") || tok_is(d, k, "said") || tok_is(d, k, "numbered") ||
        tok_is(d, k, "numbers") || tok_is(d, k, "numbering") || tok_is(d, k, "totaled") || tok_is(d, k, "totalled") ||
        tok_is(d, k, "totals")) /* "the wounded numbered roughly 1,300" */
        return true; /* literals, not a list walked: tok_is then compares keys */
    return d->toks.v[k].kind == TOK_APOS_S || is_punct(d, k, ',') || d->toks.v[k].kind == TOK_QUOTE;
}

/* "to" at k after a verb of aim or attempt ("tried to", "trying to", "plotted to", "threatened to"): the verb
 * after it tells what was aimed at, not done. */
static bool intent_to(const tally_doc *d, size_t k)
{
    static const char *const aims[] = {"try", "tried", "trying", "attempt", "attempted", "attempting", "threaten",
                                       "threatened", "threatening", "plan", "planned", "planning", "plot", "plotted",
                                       "plotting", "intended", "intending", "conspired", "conspiring", "wanted",
                                       "wanting", "vowed", "sought", "seeking", "hired", "plans", "intends",
                                       "aims", "wants", "promised", "pledged", "agreed", "expected", "preparing"};
    return k > 0 && tok_is(d, k, "to") && tally_ieq_any(tok_s(d, k - 1), tok_n(d, k - 1), aims, sizeof aims / sizeof *aims);
}

/* The measure at k before the count at t0 belongs to something else: a participle before a comma follows its
 * own count ("3 dead, 1 critical", "20 killed, 14 critical"; not "the injured, 200 of them") or is told a time
 * ("dead at 5"), a crime only attempted counts no victims ("25 counts of attempted murder, one for every
 * person"), and "who lives" is a verb. */
static bool measure_of_other(const tally_doc *d, size_t k, size_t t0)
{
    for (size_t j = k; j > 0 && k - j < 4; j--)
        if (tok_is(d, j - 1, "attempted") || tok_is(d, j - 1, "attempt") || tok_is(d, j - 1, "attempting"))
            return true; /* "attempted first-degree murder", "attempting to murder" */
    if (t0 == k + 1 && k > 1 && intent_to(d, k - 1) && (tok_lex(d, k)->mflags & LEXM_V))
        return true; /* an aim: "trying to hurt several" */
    if (tok_is(d, k, "lives") && k > 0 &&
        (tok_is(d, k - 1, "who") || tok_is(d, k - 1, "that") || tok_is(d, k - 1, "he") || tok_is(d, k - 1, "she")))
        return true; /* the verb: "the couple who lives there has two children" */
    const tally_lex *lx = tok_lex(d, k);
    if ((lx->mflags & LEXM_N) && k > 0 && count_at(d, k - 1, SIZE_MAX))
        return true; /* a noun with its own count: "we had one fatality, 10 treated with gunshot wounds" */
    if (!(lx->mflags & LEXM_P) || (lx->mflags & LEXM_N) || (k > 0 && (tok_is(d, k - 1, "the") || tok_is(d, k - 1, "those"))))
        return false;
    if (t0 == k + 2 && tok_is(d, k + 1, "at"))
        return true; /* a time: "pronounced dead at 5" */
    for (size_t i = k + 1; i < t0; i++)
        if (is_punct(d, i, ','))
            return true;
    return false;
}

/* A measure noun or participle before the count, back to the previous count or the sentence start; a
 * unit met on the way ("the total number of containers to 20,000") becomes the count's unit. */
static const char *measure_back(const tally_doc *d, cand *c, size_t lo)
{
    for (size_t i = c->t0; i > lo && c->t0 - i < BACK_MAX; i--) {
        size_t k = i - 1;
        if (count_at(d, k, c->ni) || is_punct(d, k, ';') || clause_start(d, k) || tok_is(d, k, "and") ||
            tok_is(d, k, "or") || tok_is(d, k, "including") || tok_is(d, k, "between"))
            return NULL; /* "killed and four others", "including one in critical condition": another clause; "Shot
                            in Gunbattle Between 2 Other Cars": the sides of a fight, not its victims */
        const tally_lex *lx = tok_lex(d, k);
        if (!c->unit && lx && (lx->cls & LEX_U) && !(lx->cls & LEX_M))
            c->unit = lx;
        if (lx && (lx->cls & LEX_M) && (lx->mflags & (LEXM_N | LEXM_P))) {
            if (measure_of_other(d, k, c->t0))
                return NULL;
            if (c->unit && c->unit_tok != SIZE_MAX && c->demonym == SIZE_MAX && k > lo + 1 && tok_lex(d, k - 1) &&
                (tok_lex(d, k - 1)->cls & LEX_D) && !tok_is(d, k - 2, "north") && !tok_is(d, k - 2, "south"))
                c->demonym = k - 1; /* "put Peruvian losses at 640 soldiers": Peruvian military */
            return compound(d, k, lx->measure);
        }
        if (!links_measure(d, k))
            return NULL;
    }
    return NULL;
}

/* "sent five people to the hospital", "put three women into the hospital", "lands four men in hospital": the
 * people a deed sent to hospital were hurt, not deployed. v is the verb's token before the count. */
static bool to_hospital(const tally_doc *d, const cand *c, size_t v)
{
    if (!(tok_is(d, v, "sent") || tok_is(d, v, "sends") || tok_is(d, v, "sending") || tok_is(d, v, "put") ||
          tok_is(d, v, "puts") || tok_is(d, v, "putting") || tok_is(d, v, "landed") || tok_is(d, v, "lands") ||
          tok_is(d, v, "landing")))
        return false;
    size_t k = c->unit_tok != SIZE_MAX ? c->unit_tok + 1 : c->t1;
    if (!(tok_is(d, k, "to") || tok_is(d, k, "into") || tok_is(d, k, "in")))
        return false;
    for (size_t j = k + 1; j < k + 4 && j < d->toks.n; j++)
        if (tok_is(d, j, "hospital") || tok_is(d, j, "hospitals"))
            return true;
    return false;
}

/* "the shooting of", "the fatal shooting of", "in the killing of": a deed named by its noun, the measure of
 * the count after "of", else NULL. */
static const char *nominal_measure(const tally_doc *d, size_t k)
{
    bool shooting = tok_is(d, k, "shooting") || tok_is(d, k, "shootings");
    bool killing = tok_is(d, k, "killing") || tok_is(d, k, "killings");
    if ((!shooting && !killing && !tok_is(d, k, "wounding")) || k == 0)
        return NULL;
    bool fatal = tok_is(d, k - 1, "fatal") || tok_is(d, k - 1, "deadly");
    if (!fatal && !tok_is(d, k - 1, "the") && !tok_is(d, k - 1, "in"))
        return NULL; /* not "a string of shootings of …" */
    return killing || fatal ? "killed" : shooting ? "shot" : "wounded";
}

/* Measure verb right before the count: "killing four people", "has sent more than 10,000 containers". */
static size_t nationality_at(const tally_doc *d, size_t k, char *out, size_t cap);
static bool military_word(const tally_doc *d, size_t k);

/* The subject of the verb at v is an army or a country ("Russia has lost", "the army lost"), an auxiliary
 * between. */
static bool army_subject(const tally_doc *d, size_t v, size_t lo)
{
    size_t k = v;
    while (k > lo && k + 2 > v && (tok_is(d, k - 1, "has") || tok_is(d, k - 1, "have") || tok_is(d, k - 1, "had")))
        k--;
    char adj[64];
    return k > lo && (military_word(d, k - 1) || nationality_at(d, k - 1, adj, sizeof adj));
}

/* Troops told to be in a named place: "are in Russia", "were believed to be in Kursk", "remain inside
 * Velmora" (a place's capital after "in"; not "are in danger", "were in March"). */
static bool present_in(const tally_doc *d, const cand *c, size_t hi)
{
    size_t k = c->unit_tok != SIZE_MAX ? c->unit_tok + 1 : c->t1;
    size_t be = c->t0 >= 1 && (tok_is(d, c->t0 - 1, "now") || tok_is(d, c->t0 - 1, "still")) ? c->t0 - 2 : c->t0 - 1;
    bool there = c->t0 >= 2 && be >= 1 && be < c->t0 && tok_is(d, be - 1, "there") && (tok_is(d, be, "are") || tok_is(d, be, "were"));
    /* "There are (now) 11,000 troops in Russia" */
    if (!there && !(tok_is(d, k, "are") || tok_is(d, k, "were") || tok_is(d, k, "remain") || tok_is(d, k, "remained")))
        return false;
    k += !there;
    if ((tok_is(d, k, "believed") || tok_is(d, k, "thought") || tok_is(d, k, "estimated") || tok_is(d, k, "said") ||
         tok_is(d, k, "reported")) && tok_is(d, k + 1, "to") && tok_is(d, k + 2, "be"))
        k += 3;
    if (tok_is(d, k, "now") || tok_is(d, k, "still") || tok_is(d, k, "already"))
        k++;
    return k + 1 < hi && (tok_is(d, k, "in") || tok_is(d, k, "inside")) && tok_cap(d, k + 1) &&
           d->toks.v[k + 1].kind == TOK_WORD && !tally_doc_in_timex(d, k + 1) && !tok_function(d, k + 1);
}

static const char *verb_before(const tally_doc *d, const cand *c, size_t lo)
{
    if (c->t0 <= lo)
        return NULL;
    size_t v = c->t0 - 1;
    if (v >= lo + 3 && tok_is(d, v, "of") && tok_is(d, v - 1, "total") && tok_is(d, v - 2, "a"))
        v -= 3; /* "killed a total of six" */
    if (v > lo && (tok_is(d, v, "wound") || tok_is(d, v, "injure")) && !intent_to(d, v - 1) &&
        (tok_is(d, v - 1, "and") || tok_is(d, v - 1, "to")))
        return "wounded"; /* the bare verb after another: "to shoot and kill one person and wound five others" */
    if (to_hospital(d, c, v))
        return "shot"; /* "sent five people to the hospital": hit, some may die there */
    const char *left = made_to_leave(d, c, v);
    if (left)
        return left;
    size_t past_unit = c->unit_tok != SIZE_MAX ? c->unit_tok + 1 : c->t1;
    if ((tok_is(d, v, "took") || tok_is(d, v, "taken") || tok_is(d, v, "taking") || tok_is(d, v, "held") ||
         tok_is(d, v, "holding")) && tok_is(d, past_unit, "hostage"))
        return "captured"; /* "took 240 people hostage" */
    if (v > lo && tok_is(d, v, "down") && measure_at(d, v - 1)) {
        v--; /* the verb's particle: "gunned down four friends" */
        if (str_is(measure_at(d, v)->measure, "shot") && !tok_is(d, v, "gunned") &&
            !(c->unit && (c->unit->cls & LEX_U) && str_is(c->unit->unit, "person")))
            return NULL; /* aircraft: "shot down 30 drones" */
    }
    const char *nominal = v >= lo + 2 && tok_is(d, v, "of") ? nominal_measure(d, v - 1) : NULL;
    if (nominal)
        return nominal; /* "the shooting of four people", "the wounding of three men" */
    if ((tok_is(d, v, "lost") || tok_is(d, v, "losing") || tok_is(d, v, "lose") || tok_is(d, v, "loses")) && c->unit &&
        ((c->unit->group && str_is(c->unit->group, "military")) ||
         (c->unit_tok != SIZE_MAX && tok_is(d, c->unit_tok, "men") && army_subject(d, v, lo))))
        return "casualties"; /* an army's losses: "has lost more than 600,000 troops", "Russia has lost 500,000 men" */
    const tally_lex *m = measure_at(d, v);
    if (m && c->t0 >= lo + 3 && intent_to(d, c->t0 - 2))
        return NULL; /* an aim, no deed: "tried to kill two"; not "managed to kill 49", "used it to kill nine" */
    if (m && (m->mflags & LEXM_P) && c->t0 >= lo + 2 && count_at(d, c->t0 - 2, c->ni))
        return NULL; /* the count before's participle: a headline's "1 killed 3 injured" */
    if (!m || !(m->mflags & LEXM_V))
        return NULL;
    const char *what = compound(d, v, m->measure); /* "fatally shooting four" */
    size_t after = c->unit_tok != SIZE_MAX ? c->unit_tok + 1 : c->t1;
    return str_is(what, "shot") && tok_is(d, after, "to") && tok_is(d, after + 1, "death") ? "killed" : what;
    /* "shooting three people to death" */
}

/* The token of "the figure", "the number", "the toll" … within `reach` words before the count, or SIZE_MAX. */
static size_t anaphor_at(const tally_doc *d, const cand *c, size_t lo, size_t reach)
{
    for (size_t i = c->t0; i > lo && c->t0 - i < reach; i--) /* literals: tok_is compares keys */
        if (first_letter_in(d, i - 1, LETTER('f') | LETTER('n') | LETTER('t') | LETTER('c')) &&
            (tok_is(d, i - 1, "figure") || tok_is(d, i - 1, "number") || tok_is(d, i - 1, "total") ||
             tok_is(d, i - 1, "toll") || tok_is(d, i - 1, "tally") || tok_is(d, i - 1, "count")))
            return i - 1;
    return SIZE_MAX;
}

static bool anaphor_before(const tally_doc *d, const cand *c, size_t lo)
{
    return anaphor_at(d, c, lo, 8) != SIZE_MAX;
}

/* Whether a count other than self stands in tokens [lo, hi). */
static bool count_between(const tally_doc *d, size_t lo, size_t hi, size_t self)
{
    for (size_t k = lo; k < hi; k++)
        if (count_at(d, k, self))
            return true;
    return false;
}

/* A verb of rising right before the count ("rose to 2,316", "has climbed past", "reached"): the count is its
 * subject's, however long the subject ("the death toll from the quake that struck … on Monday rose to"). */
static bool rising_verb(const tally_doc *d, size_t k)
{
    if (!first_letter_in(d, k, LETTER('r') | LETTER('c') | LETTER('j') | LETTER('s') | LETTER('t') | LETTER('i') |
                                   LETTER('g') | LETTER('p') | LETTER('e')))
        return false;
    return tok_is(d, k, "rose") || tok_is(d, k, "risen") || tok_is(d, k, "climbed") || tok_is(d, k, "jumped") ||
           tok_is(d, k, "soared") || tok_is(d, k, "reached") || tok_is(d, k, "topped") || tok_is(d, k, "surpassed") ||
           tok_is(d, k, "stood") || tok_is(d, k, "increased") || tok_is(d, k, "grew") || tok_is(d, k, "climbs") ||
           tok_is(d, k, "rises") || tok_is(d, k, "stands") || tok_is(d, k, "passed") || tok_is(d, k, "passes") ||
           tok_is(d, k, "exceeded") || tok_is(d, k, "exceeds") || tok_is(d, k, "reaches") || tok_is(d, k, "tops") ||
           tok_is(d, k, "crossed");
}

static bool risen_to(const tally_doc *d, size_t t0)
{
    size_t k = t0;
    if (rising_verb(d, k))
        return true; /* the count's bound words hold the verb: "has climbed past 800" */
    if (k > 0 && (tok_is(d, k - 1, "to") || tok_is(d, k - 1, "at") || tok_is(d, k - 1, "past")))
        k--;
    return k > 0 && rising_verb(d, k - 1);
}

/* The measure the anaphor itself names: "the number of dead … at 263", "its count of the dead had settled
 * at 268", "the death toll … 214", "the injury figure is nearly double the 587". */
static const char *anaphor_measure(const tally_doc *d, const cand *c, size_t lo)
{
    size_t k = anaphor_at(d, c, lo, 12); /* the phrase names its measure: "the number of people forced from … */
    if (k == SIZE_MAX && risen_to(d, c->t0)) {
        k = anaphor_at(d, c, lo, 32);
        if (k != SIZE_MAX && count_between(d, k, c->t0, c->ni))
            return NULL;
    }
    if (k == SIZE_MAX)
        return NULL;
    const tally_lex *m = k > lo ? measure_at(d, k - 1) : NULL;
    if (m && (m->mflags & LEXM_N))
        return m->measure; /* "death toll", "injury figure" */
    m = k + 1 < c->t0 ? measure_at(d, k + 1) : NULL;
    if (m && (m->mflags & LEXM_N))
        return m->measure; /* "its total losses since 2022 to 712,000" */
    if (tok_is(d, k, "toll"))
        return "killed"; /* a toll alone counts the dead: "put the toll in government-held areas at 1,347" */
    if (!tok_is(d, k + 1, "of"))
        return NULL;
    size_t j = k + 2 + tok_is(d, k + 2, "the");
    if (tok_lex(d, j) && (tok_lex(d, j)->cls & LEX_D) && j + 1 < c->t0)
        j++; /* "the number of Russian dead" */
    const tally_lex *u = tok_lex(d, j);
    if (u && (u->cls & LEX_U) && !(u->cls & LEX_M))
        j++; /* "the number of people killed" */
    if (j > k + 2 && (tok_is(d, j, "who") || tok_is(d, j, "that")))
        for (j++; j < c->t0 && tok_lex(d, j) && (tok_lex(d, j)->cls & LEX_A); j++) /* "the number of people who have died" */
            ;
    if (j < c->t0 && lost_homes(d, j, c->t0))
        return "displaced"; /* "the number of people forced from their homes could reach 15,000" */
    m = j < c->t0 ? measure_at(d, j) : NULL;
    return m && (m->mflags & (LEXM_N | LEXM_P)) ? compound(d, j, m->measure) : NULL;
}

/* A verb that carries a toll on to its running total: "bringing (raising, pushing, taking) the toll to". */
static bool running_verb(const tally_doc *d, size_t k)
{
    return tok_is(d, k, "bringing") || tok_is(d, k, "raising") || tok_is(d, k, "pushing") || tok_is(d, k, "taking");
}

/* A running total named after its count: "bringing to 112 the number of dead", "raising to 40 the death toll". */
static const char *total_named_after(const tally_doc *d, const cand *c, size_t hi)
{
    size_t k = c->t1;
    if (c->t0 < 2 || !tok_is(d, c->t0 - 1, "to") || k + 2 >= hi || !tok_is(d, k, "the") || !running_verb(d, c->t0 - 2))
        return NULL;
    const tally_lex *m = measure_at(d, k + 1);
    if (m && (m->mflags & LEXM_N) && (tok_is(d, k + 2, "toll") || tok_is(d, k + 2, "total")))
        return m->measure; /* "the death toll" */
    if (tok_is(d, k + 1, "toll"))
        return "killed";
    if (!(tok_is(d, k + 1, "number") || tok_is(d, k + 1, "total")) || !tok_is(d, k + 2, "of"))
        return NULL;
    size_t j = k + 3 + tok_is(d, k + 3, "the");
    if (j < hi && tok_lex(d, j) && (tok_lex(d, j)->cls & LEX_D))
        j++; /* "the number of Palestinian dead" */
    if (j < hi && tok_lex(d, j) && (tok_lex(d, j)->cls & LEX_U) && !(tok_lex(d, j)->cls & LEX_M))
        j++; /* "the number of people killed" */
    m = j < hi ? measure_at(d, j) : NULL;
    return m && (m->mflags & (LEXM_N | LEXM_P)) ? compound(d, j, m->measure) : NULL;
}

/* The measure of an anaphor borrowing `borrowed` from the counts before it: a toll counts the dead ("52 deaths
 * …, bringing its toll to 148"); any other anaphor of a casualty measure ("the number") is NULL, no claim (in
 * crime news it is mostly another figure: calls, arrests, years). */
/* A verb that gives a figure its value: "put the figure at", "estimated the number at". */
static bool estimate_verb(const tally_doc *d, size_t k)
{
    return first_letter_in(d, k, LETTER('p') | LETTER('e')) &&
           (tok_is(d, k, "put") || tok_is(d, k, "puts") || tok_is(d, k, "putting") || tok_is(d, k, "placed") ||
            tok_is(d, k, "places") || tok_is(d, k, "estimated") || tok_is(d, k, "estimates"));
}

static const char *anaphor_what(const tally_doc *d, const cand *c, size_t lo, const char *borrowed)
{
    size_t k = anaphor_at(d, c, lo, 12);
    if (tok_is(d, k, "toll"))
        return "killed";
    if (k != SIZE_MAX && k > lo + 1 && tok_is(d, k, "total") && tok_is(d, k - 1, "the") && tok_is(d, k + 1, "to") &&
        k + 2 == c->t0 && running_verb(d, k - 2))
        return borrowed; /* "61 were killed, bringing the total to 43,200": the running total of what was counted */
    if (k != SIZE_MAX && k > lo + 1 && tok_is(d, k + 1, "at") && k + 2 == c->t0 && tok_is(d, k - 1, "the") &&
        estimate_verb(d, k - 2))
        return borrowed; /* "9 people died, though the BBC put the figure at 11": another estimate of that count */
    return str_is(borrowed, "killed") || str_is(borrowed, "wounded") || str_is(borrowed, "shot") ? NULL : borrowed;
}

/* The group an anaphor names ("the civilian death toll", "the number of people killed"), set on c as its unit
 * would be (a nationality's, "the Palestinian death toll", is left to the claims naming it: inherit_groups). */
static void anaphor_group(const tally_doc *d, cand *c, size_t lo)
{
    size_t k = anaphor_at(d, c, lo, 12);
    if (k == SIZE_MAX || c->unit)
        return;
    size_t j = k > lo && measure_at(d, k - 1) ? k - 1 : k; /* before "death" of "death toll" */
    size_t at = k + 2 + tok_is(d, k + 2, "the");
    size_t dem = at + (tok_cap(d, at) && (tok_is(d, at, "north") || tok_is(d, at, "south"))); /* "North Korean" */
    const tally_lex *u = tok_is(d, k + 1, "of") ? tok_lex(d, dem) : NULL;
    if (u && (u->cls & LEX_D) && !(u->cls & LEX_M) && tok_lex(d, dem + 1) && (tok_lex(d, dem + 1)->cls & LEX_U)) {
        c->demonym = at; /* "the number of Ukrainian soldiers killed" */
        u = tok_lex(d, dem + 1);
    } else if (dem != at) {
        u = tok_is(d, k + 1, "of") ? tok_lex(d, at) : NULL;
    }
    if (u && (u->cls & LEX_U) && !(u->cls & LEX_M)) {
        c->unit = u;
        return;
    }
    if (j <= lo)
        return;
    const char *kind = tok_is(d, j - 1, "civilian") ? "civilians" : tok_is(d, j - 1, "military") ? "troops" : NULL;
    if (kind)
        c->unit = tally_lex_find(kind, strlen(kind));
}

/* The nearest measure word in the sentences before si (at most two back). */
static const char *measure_in_previous(const tally_doc *d, size_t si)
{
    for (size_t back = 1; back <= 2 && back <= si; back++) {
        const tally_sent *s = &d->sents.v[si - back];
        for (size_t k = s->last; k > s->first && s->last - k < 40; k--) {
            const tally_lex *m = measure_at(d, k - 1);
            if (m)
                return compound(d, k - 1, m->measure);
        }
    }
    return NULL;
}

/* Deployment verbs applied to goods mean shipments. */
static const char *fit_unit(const char *what, const tally_lex *unit)
{
    if (unit && !str_is(unit->unit, "person") && str_is(what, "deployed"))
        return "shipped";
    return what;
}

/* ---- counts that are not counts of people or things ----------------------------------------- */

static bool lx_plural_person(const tally_doc *d, size_t k);

/* More ages and sizes: "younger than 12", "the age of 18", "who was 59,", "28 and 31 years old", "20 y/o",
 * "8 yo", "3 yr old", "Two
 * children, 8 and 15, were shot", and calibres ("a 12-gauge shotgun"). */
static bool age_like(const tally_doc *d, const cand *c)
{
    size_t a = c->t0, k = c->t1;
    if (a >= 2 && tok_is(d, a - 1, "than") && (tok_is(d, a - 2, "younger") || tok_is(d, a - 2, "older")))
        return true;
    if (a >= 2 && (tok_is(d, a - 1, "was") || tok_is(d, a - 1, "is")) && tok_is(d, a - 2, "who") && is_punct(d, k, ','))
        return true;
    if (k + 1 < d->toks.n && d->toks.v[k].kind == TOK_DASH &&
        (tok_is(d, k + 1, "gauge") || tok_is(d, k + 1, "caliber") || tok_is(d, k + 1, "calibre")))
        return true;
    if (a >= 2 && tok_is(d, a - 1, "of") && tok_is(d, a - 2, "age"))
        return true; /* "over the age of 18" */
    if ((tok_is(d, k, "y") && is_punct(d, k + 1, '/') && tok_is(d, k + 2, "o")) || tok_is(d, k, "yo") ||
        ((tok_is(d, k, "yr") || tok_is(d, k, "yrs")) && tok_is(d, k + 1, "old")))
        return true;
    for (size_t j = k; j < k + 6 && j + 2 < d->toks.n; j++) { /* "28 and 31 years old" */
        if ((tok_is(d, j, "years") || tok_is(d, j, "year")) && tok_is(d, j + 1, "old"))
            return j > k;
        if (d->toks.v[j].kind != TOK_NUM && !is_punct(d, j, ',') && !tok_is(d, j, "and"))
            break;
    }
    if (a >= 4 && tok_is(d, a - 1, "and") && d->toks.v[a - 2].kind == TOK_NUM && is_punct(d, a - 3, ',') &&
        lx_plural_person(d, a - 4))
        return true; /* the last age of a list closed by no comma: "two men, 30 and 42 were shot" */
    if (a >= 2 && is_punct(d, a - 1, ',') && lx_plural_person(d, a - 2) && (tok_is(d, k, "and") || is_punct(d, k, ',')) &&
        k + 1 < d->toks.n && d->toks.v[k + 1].kind == TOK_NUM)
        return true; /* the first: "two men, 19 and 23," */
    if (!(k >= d->toks.n || d->toks.v[k].kind == TOK_PUNCT || tok_is(d, k, "and")))
        return false;
    for (size_t j = a; j > 1 && a - j < 6; j--) { /* "Two children, 8 and 15, were shot" */
        if (is_punct(d, j - 1, ',') && tok_lex(d, j - 2) && (tok_lex(d, j - 2)->cls & (LEX_U | LEX_P)) &&
            !(tok_lex(d, j - 2)->cls & LEX_M) && j < a)
            return true;
        if (d->toks.v[j - 1].kind != TOK_NUM && !tok_is(d, j - 1, "and"))
            break;
    }
    return false;
}

/* Ages are no counts: "17-year-old", "Dallas Bidwell, 19,", "aged 19", "19 years old". */
static bool is_age(const tally_doc *d, const cand *c)
{
    if (c->t0 >= 2 && tok_is(d, c->t0 - 1, "of") && tok_lex(d, c->t0 - 2) && (tok_lex(d, c->t0 - 2)->cls & LEX_P) &&
        !(tok_lex(d, c->t1) && (tok_lex(d, c->t1)->cls & LEX_U)))
        return true; /* no age, but no count of victims either: "a father of two" */
    size_t k = c->t1;
    if (k + 1 < d->toks.n && d->toks.v[k].kind == TOK_DASH && (tok_is(d, k + 1, "year") || tok_is(d, k + 1, "month")))
        return true;
    if ((tok_is(d, k, "years") || tok_is(d, k, "year")) && tok_is(d, k + 1, "old"))
        return true;
    if (c->t0 > 0 && (tok_is(d, c->t0 - 1, "aged") || tok_is(d, c->t0 - 1, "age")))
        return true;
    if (ages_of(d, c->t0, true))
        return true;
    if (decade_of_life(d, c->t0))
        return true;
    if (c->t0 >= 2 && tok_is(d, c->t0 - 1, "also") && is_punct(d, c->t0 - 2, ',') && c->t1 == c->t0 + 1 &&
        (c->t1 >= d->toks.n || d->toks.v[c->t1].kind == TOK_PUNCT))
        return true; /* a second person's age like the first's: "the death of Eric Summerfield, also 18." */
    if (c->t0 >= 2 && is_punct(d, c->t0 - 1, ',') && tok_cap(d, c->t0 - 2) && c->t1 == c->t0 + 1 &&
        tok_is(d, c->t1, "of") && tok_cap(d, c->t1 + 1) && !tok_lex(d, c->t1 + 1))
        return true; /* "Al Roe, 32 of Dunbar, was killed": an age and a home town */
    if (age_like(d, c))
        return true;
    for (size_t j = c->t0; j > 0 && c->t0 - j < 10; j--) { /* "two teens, ages 14 and 16" */
        if (tok_is(d, j - 1, "ages") || tok_is(d, j - 1, "aged"))
            return true;
        if (d->toks.v[j - 1].kind != TOK_NUM && !is_punct(d, j - 1, ',') && !tok_is(d, j - 1, "and"))
            break;
    }
    if (!(c->t0 >= 2 && is_punct(d, c->t0 - 1, ',') && c->t1 == c->t0 + 1))
        return false;
    const tally_lex *lx = tok_lex(d, c->t0 - 2);
    bool noun = (lx && (lx->cls & LEX_P)) || (tok_cap(d, c->t0 - 2) && !lx) ||
                (d->toks.v[c->t0 - 2].kind == TOK_APOS_S && c->t0 >= 3 && tok_cap(d, c->t0 - 3));
    /* a possessive name's age: "Al Roe's, 16, shooting death" */
    /* "Senard, 65,", "boy, 11, killed", "man, 18 Jose Estrada" */
    if (tok_is(d, c->t0 - 2, ".") && c->t0 >= 3 && (tok_is(d, c->t0 - 3, "jr") || tok_is(d, c->t0 - 3, "sr")))
        return true; /* "Price Jr., 11," */
    bool dash = c->t1 < d->toks.n && d->toks.v[c->t1].kind == TOK_DASH && (d->toks.v[c->t1].flags & TOKF_SPACE);
    return (noun || tok_cap(d, c->t0 - 2)) && (c->t1 >= d->toks.n || d->toks.v[c->t1].kind == TOK_PUNCT || dash ||
                                               (noun && tok_cap(d, c->t1) && !tok_lex(d, c->t1)));
    /* a dash closes an aside too: "two sons — Al Roe, 9, and Bo Roe, 8 — were" */
}

/* A lower-case unit noun: "people", not the "Police" opening a caption. */
static bool unit_noun(const tally_doc *d, size_t k)
{
    const tally_lex *lx = tok_lex(d, k);
    return lx && (lx->cls & LEX_U) && !tok_cap(d, k);
}

/* Gallery and page counters: "Image 1 of 44", "1 of / 2", "2 / 3", digits either side and no unit after. */
static bool is_counter(const tally_doc *d, const cand *c)
{
    size_t k = c->t1;
    if (d->toks.v[c->t0].kind != TOK_NUM)
        return false;
    bool of = tok_is(d, k, "of");
    if (of)
        k++;
    if (is_punct(d, k, '/'))
        k++;
    if (k > c->t1 && k < d->toks.n && d->toks.v[k].kind == TOK_NUM && !unit_noun(d, k + 1))
        return true;
    size_t j = c->t0;
    if (j >= 1 && is_punct(d, j - 1, '/'))
        j--;
    if (j >= 1 && tok_is(d, j - 1, "of"))
        j--;
    return j < c->t0 && j >= 1 && d->toks.v[j - 1].kind == TOK_NUM && !unit_noun(d, c->t1);
}

/* A broadcaster's channel: "WPXI 11 News", "KTLA 5 News" (a call sign in capitals before it, "News" after). */
static bool channel_number(const tally_doc *d, const cand *c)
{
    return c->t0 > 0 && d->toks.v[c->t0].kind == TOK_NUM && (d->toks.v[c->t0 - 1].flags & TOKF_ALLCAP) &&
           tok_n(d, c->t0 - 1) >= 3 && tok_is(d, c->t1, "news") && tok_cap(d, c->t1);
}

/* A street's last word ("Kaley Avenue", "Main St"). */
static bool street_word(const tally_doc *d, size_t k)
{
    if (!first_letter_in(d, k, LETTER('s') | LETTER('a') | LETTER('b') | LETTER('r') | LETTER('d') | LETTER('l') |
                                   LETTER('h') | LETTER('p') | LETTER('e') | LETTER('f') | LETTER('t')))
        return false;
    return tok_is(d, k, "street") || tok_is(d, k, "st") || tok_is(d, k, "avenue") || tok_is(d, k, "ave") ||
           tok_is(d, k, "boulevard") || tok_is(d, k, "blvd") || tok_is(d, k, "road") || tok_is(d, k, "rd") ||
           tok_is(d, k, "drive") || tok_is(d, k, "lane") || tok_is(d, k, "highway") || tok_is(d, k, "parkway") ||
           tok_is(d, k, "expressway") || tok_is(d, k, "freeway") || tok_is(d, k, "turnpike");
}

/* Street addresses: "the 4700 block of", "16400 Woodward Avenue". */
static bool is_address(const tally_doc *d, const cand *c)
{
    for (size_t k = c->t1; k < c->t1 + 5 && k < d->toks.n; k++) {
        if (measure_at(d, k) || tok_function(d, k))
            return false; /* a title-case headline: "4 Killed In Drive-By", "4 Shot During …" */
        if (street_word(d, k) && k + 1 < d->toks.n && d->toks.v[k + 1].kind == TOK_DASH &&
            !(d->toks.v[k + 1].flags & TOKF_SPACE))
            return false; /* "Drive-By" */
        if (street_word(d, k) || tok_is(d, k, "block") || tok_is(d, k, "dr") || tok_is(d, k, "ln") ||
            tok_is(d, k, "hwy") || tok_is(d, k, "way") || tok_is(d, k, "court") || tok_is(d, k, "ct") ||
            tok_is(d, k, "place") || tok_is(d, k, "blk"))
            return k == c->t1 || tok_cap(d, k); /* literals: tok_is compares keys */
        if (!tok_cap(d, k) && d->toks.v[k].kind != TOK_NUM && d->toks.v[k].kind != TOK_DASH &&
            !(k > c->t1 && d->toks.v[k - 1].kind == TOK_NUM)) /* "32-14 106th St." */
            return false;
    }
    return false;
}

/* "shot 3 times", "a few blocks away", "20 years": a plural noun after the count that is no unit of ours
 * says it counts something else. */
static bool counts_other_things(const tally_doc *d, const cand *c)
{
    size_t k = c->t1;
    if (c->unit_tok != SIZE_MAX || k >= d->toks.n || d->toks.v[k].kind != TOK_WORD || tok_cap(d, k))
        return false;
    size_t n = tok_n(d, k);
    const char *w = tok_s(d, k);
    return n > 3 && (w[n - 1] == 's' || w[n - 1] == 'S') && !tok_lex(d, k) && !(tally_ieq(w + n - 2, 2, "ss"));
}

/* "in two separate shootings", "in 3 overnight shooting incidents", "from one family": the count counts events
 * or households, not people (a unit of people after them would have been found first: "two shooting
 * victims"). Up to two modifiers may stand before the noun. */
static bool counts_events(const tally_doc *d, const cand *c)
{
    static const char *const nouns[] = {"shootings", "shooting", "incidents", "incident", "attacks", "attack",
                                        "families", "family", "locations", "scenes", "times"};
    if (c->unit_tok != SIZE_MAX)
        return false;
    for (size_t k = c->t1; k < c->t1 + 3 && k < d->toks.n && d->toks.v[k].kind == TOK_WORD; k++) {
        const tally_lex *lx = tok_lex(d, k), *next = tok_lex(d, k + 1);
        if (tally_ieq_any(tok_s(d, k), tok_n(d, k), nouns, sizeof nouns / sizeof *nouns)) {
            if (next && (next->cls & LEX_U))
                return false; /* a modifier of people: "two shooting victims" */
            size_t n = tok_n(d, k);
            bool plural = tok_s(d, k)[n - 1] == 's' || tok_s(d, k)[n - 1] == 'S';
            if (!plural && k + 1 < d->toks.n && d->toks.v[k + 1].kind == TOK_WORD && !next && !tok_cap(d, k + 1))
                continue; /* a modifier: "three family members", "shooting incidents"; not "shootings across" */
            return true;
        }
        if (lx && !(lx->cls & LEX_A) && !tok_is(d, k, "more"))
            return false; /* "one shooting", "three more times", "two separate shootings", "one family" */
    }
    return false;
}

/* "Two of the victims were killed": the measure follows the partitive phrase; "one of whom told" has none.
 * Returns the token after "of the victims", or SIZE_MAX when the count is no partitive. */
static size_t partitive_end(const tally_doc *d, const cand *c)
{
    if (!tok_is(d, c->t1, "of") || c->part)
        return SIZE_MAX;
    size_t k = c->t1 + 1;
    if (tok_is(d, k, "the") || tok_is(d, k, "those") || tok_is(d, k, "these") || tok_is(d, k, "his") ||
        tok_is(d, k, "her") || tok_is(d, k, "its") || tok_is(d, k, "their") || tok_is(d, k, "our"))
        k++;
    for (size_t j = k; j < k + 3 && j + 1 < d->toks.n && d->toks.v[j].kind == TOK_WORD; j++) {
        const tally_lex *lx = tok_lex(d, j); /* "of Palestinian civilians" */
        if (lx && (lx->cls & LEX_U)) {
            while (j + 2 < d->toks.n && tok_lex(d, j + 1) && (tok_lex(d, j + 1)->cls & LEX_U) && lx_plural_person(d, j + 1))
                j++; /* "of the police officers" */
            return j + 1;
        }
        if (!(lx && (lx->cls & LEX_D)) && !tok_cap(d, j))
            break;
    }
    return k + 1 < d->toks.n && tok_is(d, k, "them") ? k + 1 : k;
}

/* "left hundreds of civilians dead": the participle at the whole's end (pe) is what the verb before the count at
 * t0 left them, not a description of them. */
static bool left_as(const tally_doc *d, size_t t0, size_t at, size_t pe)
{
    return at == pe && t0 > 0 &&
           (tok_is(d, t0 - 1, "left") || tok_is(d, t0 - 1, "leaving") || tok_is(d, t0 - 1, "leaves") ||
            tok_is(d, t0 - 1, "leave"));
}

/* The unit of a partitive's whole ("thousands of civilians", "20,000 of his fighters") for the group. */
static void partitive_unit(const tally_doc *d, cand *c, size_t pe)
{
    const tally_lex *lx = pe > 0 ? tok_lex(d, pe - 1) : NULL;
    if (!lx || !(lx->cls & LEX_U) || (lx->cls & LEX_M))
        return;
    size_t u = pe - 1;
    while (u > 1 && tok_lex(d, u - 1) && (tok_lex(d, u - 1)->cls & LEX_U) && !(tok_lex(d, u - 1)->cls & LEX_M))
        u--; /* a compound's first noun, as unit_after reads it: "the police officers" */
    c->unit = tok_lex(d, u);
    c->unit_tok = u;
    const tally_lex *dm = u >= 1 ? tok_lex(d, u - 1) : NULL;
    if (u >= 1 && ((dm && (dm->cls & LEX_D)) || (tok_cap(d, u - 1) && !dm)))
        c->demonym = u - 1;
    while (c->demonym != SIZE_MAX && c->demonym > c->t1 + 1 && c->demonym + 2 > u && tok_cap(d, c->demonym - 1) &&
           !tok_function(d, c->demonym - 1))
        c->demonym--; /* its first word, as unit_after reads it: "hundreds of North Korean troops" */
}

/* Is there a coordinating word between two counts ("and", a comma, "including", "plus")? */
static bool coordinated(const tally_doc *d, size_t from, size_t to)
{
    for (size_t k = from; k < to; k++)
        if (tok_is(d, k, "and") || is_punct(d, k, ',') || tok_is(d, k, "including") || tok_is(d, k, "plus") ||
            tok_is(d, k, "while"))
            return true;
    return false;
}

/* Charges: "two counts of murder" count the killed, "one count of attempted murder" nothing. */
static bool charge_counts(const tally_doc *d, size_t hi, cand *c)
{
    for (size_t k = c->t1 + 1; k < hi && k < c->t1 + 6 && tok_is(d, c->t1 + 1, "of"); k++) {
        const tally_lex *m = measure_at(d, k);
        if (tok_is(d, k, "attempted") || tok_is(d, k, "attempt") || tok_is(d, k, "conspiracy") || is_punct(d, k, ','))
            return false; /* "counts of criminal attempt at murder", "conspiracy to commit murder" */
        if (m && str_is(m->measure, "killed")) {
            c->what = "killed";
            c->rule = "counts-of";
            return true;
        }
    }
    return false;
}

/* A word after the count's phrase says something of its own about it ("one dead and three others are in
 * custody", "two in critical condition", "3 dead, 1 survivor"), so it does not share the count before it;
 * a list goes on with a comma, "and", "or" or ends ("six children and two adults"). */
static bool own_predicate(const tally_doc *d, const cand *c)
{
    static const char *const words[] = {"in", "with", "from", "at", "remain", "remains", "remained", "critical",
                                        "survivor", "suffering", "suffered", "listed", "taken", "rushed", "hospitalized",
                                        "treated", "without", "still"};
    size_t k = c->unit_tok != SIZE_MAX ? c->unit_tok + 1 : c->t1;
    const tally_lex *lx = tok_lex(d, k);
    if (k < d->toks.n && d->toks.v[k].kind == TOK_DASH && (d->toks.v[k].flags & TOKF_SPACE))
        return true; /* an aside, then its own predicate: "three died and one — an adult woman — has been upgraded" */
    return k < d->toks.n && ((lx && (lx->cls & LEX_A) && tok_n(d, k) <= 5) ||
                             tally_ieq_any(tok_s(d, k), tok_n(d, k), words, sizeof words / sizeof *words));
}

static bool predicate_filler(const tally_doc *d, size_t k);

/* A measure word right beside the count that the measure rules did not take ("2 dead and 6 injured the night
 * before", "kills 1, wounds 12", "2 dead, 6 inj", "10 injuring others") says the count has its own: it does
 * not share the measure of the count before it. */
static bool measure_beside(const tally_doc *d, const cand *c)
{
    size_t k = c->unit_tok != SIZE_MAX ? c->unit_tok + 1 : c->t1;
    if (c->t0 > 0 && (measure_at(d, c->t0 - 1) || tok_is(d, c->t0 - 1, "wounds")))
        return true;
    return k < d->toks.n && (measure_at(d, k) || tok_is(d, k, "inj"));
}

/* The count before c opens its sentence as a whole fronted with "Of" and c follows its comma: "Of the 40 dead,
 * 12 were children". */
static bool fronted_whole(const tally_doc *d, const cand *last, const cand *c)
{
    if (last->t0 < 2)
        return false;
    size_t of = last->t0 - 1 - tok_is(d, last->t0 - 1, "the");
    return tok_is(d, of, "of") && tok_cap(d, of) && is_punct(d, c->t0 - 1, ',') &&
           !count_between(d, last->t1, c->t0, c->ni);
}

static bool care_verb(const tally_doc *d, size_t k);

/* Does a wound state open the predicate at k, past its auxiliaries ("are listed in critical condition", "are being
 * treated for wounds")? Not a measure word: "were wounded" counts the wounded, a state tells some of them apart. */
static bool state_at(const tally_doc *d, size_t k, size_t hi)
{
    for (size_t j = k; j < hi && j < k + 4 && predicate_filler(d, j) && !measure_at(d, j); j++)
        k = j + 1;
    const char *w = k < hi && !measure_at(d, k) ? wound_state(d, k, hi) : NULL;
    return w && str_is(w, "wounded");
}

/* The count before c is dead or in a wound state of its own ("one woman is dead, two people are in critical
 * condition and three are being treated"): a bare count after it has a state of its own too, not a part. */
static bool after_dead_or_state(const tally_doc *d, const cand *prev, size_t hi)
{
    return str_is(prev->what, "killed") ||
           (str_is(prev->rule, "own-state") && state_at(d, prev->unit_tok != SIZE_MAX ? prev->unit_tok + 1 : prev->t1, hi));
}

/* A count after another with its own wound state ("one dead and three others are in stable condition", "and
 * six others with gunshot wounds"): wounded when told beside the killed, else what the state says. */
static bool own_state(const tally_doc *d, cand *c, size_t hi, const char *prev_what)
{
    if (!prev_what || !is_casualty(prev_what) || !own_predicate(d, c))
        return false;
    size_t k = c->unit_tok != SIZE_MAX ? c->unit_tok + 1 : c->t1;
    if (k < hi && d->toks.v[k].kind == TOK_DASH) /* an aside: "one — an adult woman — has been upgraded" */
        for (size_t e = k + 1; e < hi && e < k + 8; e++)
            if (d->toks.v[e].kind == TOK_DASH) {
                k = e + 1;
                break;
            }
    for (size_t j = k; j < hi && j < k + 8 && d->toks.v[j].kind == TOK_WORD && !count_at(d, j, c->ni); j++) {
        const char *w = wound_state(d, j, hi);
        if (w) {
            c->what = str_is(prev_what, "killed") ? "wounded" : w;
            return true;
        }
    }
    return false;
}

/* The count counts what was fired, not people: "five rounds were shot", "three shots hit the car", "fired one shot". */
static bool counts_rounds(const tally_doc *d, const cand *c)
{
    static const char *const nouns[] = {"rounds", "round", "shots", "bullets", "bullet", "shells",
                                        "casings", "cartridges", "times", "volleys"};
    static const char *const fire_verbs[] = {"fired", "fire", "fires", "firing", "heard", "hear", "hears", "discharged"};
    static const char *const round_verbs[] = {"fired", "struck", "hit", "went", "traveled", "travelled", "rang", "entered",
                                              "pierced", "being"};
    size_t k = c->t1;
    if (c->unit_tok != SIZE_MAX || k >= d->toks.n)
        return false;
    if (tally_ieq_any(tok_s(d, k), tok_n(d, k), nouns, sizeof nouns / sizeof *nouns))
        return true;
    if (!tok_is(d, k, "shot"))
        return false; /* the noun "shot": "fired one shot", "one shot was fired", "at least one shot struck the car" */
    size_t v = k + 1 < d->toks.n && tok_is(d, k + 1, "was") ? k + 2 : k + 1;
    return (c->t0 > 0 && tally_ieq_any(tok_s(d, c->t0 - 1), tok_n(d, c->t0 - 1), fire_verbs,
                                       sizeof fire_verbs / sizeof *fire_verbs)) ||
           (v < d->toks.n && tally_ieq_any(tok_s(d, v), tok_n(d, v), round_verbs, sizeof round_verbs / sizeof *round_verbs));
}

/* "were taken to the hospital", "were treated": care that reaches farther for the injuries it was for. */
static bool care_verb(const tally_doc *d, size_t k)
{
    return tok_is(d, k, "taken") || tok_is(d, k, "transported") || tok_is(d, k, "rushed") || tok_is(d, k, "treated") ||
           tok_is(d, k, "hospitalized") || tok_is(d, k, "hospitalised") || tok_is(d, k, "airlifted");
}

/* People told with wounds and no measure word near them: "four people suffering from gunshot wounds" were
 * shot (some may have died of them); "four teens were taken to the hospital for non-life-threatening
 * injuries" were wounded: care reaches to the end of the clause for the injuries it was for. */
static const char *wounds_after(const tally_doc *d, const cand *c, size_t lo, size_t hi)
{
    bool bare = !c->unit && c->unit_tok == SIZE_MAX; /* "where three were treated for minor injuries" */
    if (bare && (!tok_lex(d, c->t1) || !(tok_lex(d, c->t1)->cls & LEX_A) ||
                 (c->t0 >= 2 && is_punct(d, c->t0 - 1, ',') && tok_cap(d, c->t0 - 2))))
        return NULL; /* the verb right after it, and no age ("Al Roe, 32 were all taken") */
    if (bare && count_between(d, lo, c->t0, c->ni))
        return NULL; /* "one is in critical condition and three are being treated": a part */
    if (!bare && (!c->unit || !(c->unit->cls & LEX_U) || !c->unit->unit || !str_is(c->unit->unit, "person")))
        return NULL;
    if (c->ni >= d->nums.n || d->nums.v[c->ni].low < 2)
        return NULL; /* one person: the single-victim rules read it */
    bool others = tok_is(d, c->t1, "other") || tok_is(d, c->t1, "others"); /* "three others were taken": a part */
    bool care = false;
    size_t from = bare ? c->t1 : c->unit_tok + 1;
    size_t end = from + (is_punct(d, from, ',') ? 4 : 1) * AFTER_UNIT; /* "victims, a 25-year-old …," */
    for (size_t k = from; k < hi && k < end; k++) {
        size_t age = age_noun(d, k);
        if (age != SIZE_MAX) {
            k = age;
            continue; /* "three victims, a 25-year-old man, …" */
        }
        /* "were found with gunshot wounds": a passive "found" is no report */
        bool found = tok_is(d, k, "found") && tok_lex(d, k - 1) && (tok_lex(d, k - 1)->cls & LEX_A);
        if (is_punct(d, k, ';') || is_punct(d, k, ':') || count_at(d, k, c->ni) || (clause_start(d, k) && !found) ||
            negation(d, k) || tok_is(d, k, "stab") || tok_is(d, k, "fatal") || measure_at(d, k))
            return care && !others && (tok_is(d, k, "injuries") || tok_is(d, k, "injury")) ? "wounded" : NULL;
        if (care_verb(d, k)) {
            care = true;
            end = k + 2 * AFTER_UNIT;
        } else if (!care && !bare) {
            const char *w = wound_state(d, k, hi);
            for (size_t j = k + 1; w && j < k + 7 && j < hi; j++)
                if (tok_is(d, j, "stab"))
                    w = NULL; /* "suffering from stab wounds" */
            if (w && str_is(w, "shot"))
                return w;
        }
    }
    return NULL;
}

static size_t victim_conjunct(const tally_doc *d, size_t k, size_t hi, double *n, bool later);

/* The token after a dash at k, "--" read as one ("three others -- two men and a woman -- were"). */
static size_t past_dash(const tally_doc *d, size_t k, size_t hi)
{
    k++;
    return k < hi && d->toks.v[k].kind == TOK_DASH && !(d->toks.v[k].flags & TOKF_SPACE) ? k + 1 : k;
}

/* After a count's unit at k, an aside listing its people one by one ("two victims, a 25-year-old man and a
 * 30-year-old man, died"): the token after its closing comma, where the count's predicate starts; else k. */
static size_t apposed_people(const tally_doc *d, const cand *c, size_t k, size_t hi)
{
    bool dash = k < hi && d->toks.v[k].kind == TOK_DASH && (d->toks.v[k].flags & TOKF_SPACE);
    if ((!is_punct(d, k, ',') && !dash) || c->ni >= d->nums.n)
        return k; /* ", a man and a woman," or " - three men and a woman - " */
    double sum = 0, n;
    size_t j = dash ? past_dash(d, k, hi) : k + 1, parts = 0;
    for (size_t end; parts < 8 && (end = victim_conjunct(d, j, hi, &n, parts > 0)) != SIZE_MAX;) {
        sum += n, j = end, parts++;
        if (is_punct(d, j, ',') && tok_is(d, j + 1, "and"))
            j += 2;
        else if (tok_is(d, j, "and") || (is_punct(d, j, ',') && (tok_is(d, j + 1, "a") || tok_is(d, j + 1, "an"))))
            j++;
        else
            break;
    }
    bool closed = dash ? j < hi && d->toks.v[j].kind == TOK_DASH : is_punct(d, j, ',');
    return parts >= 2 && sum == d->nums.v[c->ni].low && closed ? (dash ? past_dash(d, j, hi) : j + 1) : k;
}

/* An aside giving a share between dashes or commas ("1.7 million people — roughly 75% of the population —
 * have been displaced"): the token after it, else k. */
static size_t share_aside(const tally_doc *d, size_t k, size_t hi)
{
    bool dash = k < hi && d->toks.v[k].kind == TOK_DASH && (d->toks.v[k].flags & TOKF_SPACE);
    if (!dash && !is_punct(d, k, ','))
        return k;
    bool share = false;
    for (size_t j = k + 1; j < hi && j < k + 12; j++) {
        if (dash ? d->toks.v[j].kind == TOK_DASH : is_punct(d, j, ','))
            return share ? j + 1 : k;
        size_t i = tally_doc_num_at(d, d->toks.v[j].start);
        if (i < d->nums.n && d->nums.v[i].start <= d->toks.v[j].start) {
            if (d->nums.v[i].kind != TALLY_NUM_SHARE)
                return k; /* a count of its own */
            share = true;
        }
    }
    return k;
}

/* A plural demonym after the count is its people: "30,000 Palestinians have been killed". */
static bool demonym_plural(const tally_doc *d, size_t k)
{
    if (k >= d->toks.n || d->toks.v[k].kind != TOK_WORD || !tok_cap(d, k))
        return false; /* a count ending the text has no word after it */
    size_t n = tok_n(d, k);
    if (n < 4 || tok_s(d, k)[n - 1] != 's')
        return false;
    const tally_lex *lx = tally_lex_find(tok_s(d, k), n - 1);
    return lx && (lx->cls & LEX_D);
}

/* "a teen was shot along with three others": the others share the participle before "along with". */
static const char *along_with(const tally_doc *d, const cand *c, size_t lo)
{
    if (c->t0 < lo + 2 || !tok_is(d, c->t0 - 1, "with") ||
        !(tok_is(d, c->t1, "others") || (tok_is(d, c->t1, "other") && c->unit_tok != SIZE_MAX)))
        return NULL;
    size_t v = tok_is(d, c->t0 - 2, "along") ? c->t0 - 3 : c->t0 - 2; /* "who was killed with seven others" */
    const tally_lex *m = v >= lo ? measure_at(d, v) : NULL;
    return m && (m->mflags & LEXM_P) && is_casualty(m->measure) ? compound(d, v, m->measure) : NULL;
}

/* The noun a count counts: its unit, or the unit after a participle ("the four wounded victims"). */
static size_t people_noun(const tally_doc *d, const cand *c)
{
    if (c->unit_tok != SIZE_MAX)
        return c->unit_tok;
    const tally_lex *u = tok_lex(d, c->t1 + 1);
    return measure_at(d, c->t1) && u && (u->cls & LEX_U) ? c->t1 + 1 : SIZE_MAX;
}

/* "would have" or "could have" in [from, to): a past that did not happen ("could have killed 20", "three officers
 * would have died"); a guess at the past ("may have died") stays a claim. */
static bool counterfactual(const tally_doc *d, size_t from, size_t to)
{
    for (size_t k = from; k + 1 < to; k++) {
        char c0 = (char)(d->key[k] & 0xff);
        if ((c0 == 'w' || c0 == 'c') && (tok_is(d, k, "would") || tok_is(d, k, "could")) && tok_is(d, k + 1, "have"))
            return true; /* the first letter first: the words of most windows start otherwise */
    }
    return false;
}

/* Finds what the count counts; returns false when nothing does. Every measure comes from a word the word
 * table marks LEXH_MEASURE (doc.c skips docs with none): a new source belongs there too (lexicon.c). */
/* A sentence opened by "If" or "Unless" whose count meets its measure through a modal ("could be displaced"):
 * what would happen, not what did. */
static bool conditional(const tally_doc *d, const tally_sent *s, size_t from, size_t at)
{
    if (!(tok_is(d, s->first, "if") || tok_is(d, s->first, "unless")))
        return false;
    for (size_t k = from; k < at && k < s->last; k++)
        if (tok_is(d, k, "could") || tok_is(d, k, "would") || tok_is(d, k, "might") || tok_is(d, k, "may"))
            return true;
    return false;
}

/* A modal of what is to come between tokens from and to ("could be displaced", "the toll could rise to
 * 1,000", "will reach"): a projection, not a count. A modal with "have" guesses at the past ("may have died")
 * and counts; "May" capitalised is the month. */
static bool projected(const tally_doc *d, size_t from, size_t to)
{
    for (size_t k = from; k < to; k++) {
        if (d->toks.v[k].kind == TOK_PUNCT)
            return false; /* the modal of another clause */
        bool modal = tok_is(d, k, "could") || tok_is(d, k, "would") || tok_is(d, k, "might") || tok_is(d, k, "will") ||
                     (tok_is(d, k, "may") && !tok_cap(d, k));
        if (modal && !tok_is(d, k + 1, "have") && !(tok_is(d, k + 2, "have") && k + 2 < to) &&
            !(k > 0 && (tok_is(d, k - 1, "who") || tok_is(d, k - 1, "which") || tok_is(d, k - 1, "that"))))
            return true; /* not a relative clause's: "Twelve people who may be relatives were killed" */
    }
    return false;
}

/* Where a count's measure is looked for after it: past its unit (or plural demonym) and an aside listing its
 * people or giving its share. */
static size_t after_unit(const tally_doc *d, const cand *c, size_t hi)
{
    if (c->unit_tok != SIZE_MAX) {
        size_t k = apposed_people(d, c, c->unit_tok + 1, hi);
        return k == c->unit_tok + 1 ? share_aside(d, k, hi) : k;
    }
    return demonym_plural(d, c->t1) ? share_aside(d, c->t1 + 1, hi) : c->t1;
}

/* "the dead", "those killed", "the wounded": a casualty measure's people named by the word alone. */
static const char *toll_people(const tally_doc *d, size_t k)
{
    const tally_lex *m = measure_at(d, k);
    if (!m || !(m->mflags & LEXM_P) || !is_casualty(m->measure) || !(tok_is(d, k - 1, "the") || tok_is(d, k - 1, "those")))
        return NULL;
    const tally_lex *u = tok_lex(d, k + 1);
    return u && (u->cls & LEX_U) ? NULL : m->measure; /* not "the dead soldiers" */
}

static bool be_verb(const tally_doc *d, size_t k)
{
    return tok_is(d, k, "were") || tok_is(d, k, "was") || tok_is(d, k, "are") || tok_is(d, k, "is");
}

/* The token of the kind of people named after "were" at k ("were children", "were mostly Germans"), or
 * SIZE_MAX: what tells a part of a toll from any few of its people ("three of the injured were taken to …"). */
static size_t kind_after_be(const tally_doc *d, size_t k, size_t hi)
{
    if (k + 1 >= hi || !be_verb(d, k))
        return SIZE_MAX;
    k += 1 + (tok_is(d, k + 1, "mostly") || tok_is(d, k + 1, "all"));
    const tally_lex *u = k < hi ? tok_lex(d, k) : NULL;
    return u && (u->cls & (LEX_U | LEX_D)) && !(u->cls & LEX_M) ? k : SIZE_MAX;
}

/* A part of a toll's people told by their kind: "27 of the dead were children", "14 foreigners were among those
 * killed", "Among the dead were three Germans", "The wounded included 12 children". */
static const char *part_of_toll(const tally_doc *d, cand *c, size_t lo, size_t hi)
{
    size_t k = after_unit(d, c, hi);
    if (tok_is(d, c->t1, "of") && c->t1 + 2 < hi) { /* "27 of the dead were children" */
        size_t kind = kind_after_be(d, c->t1 + 3, hi);
        const tally_lex *u = kind != SIZE_MAX ? tok_lex(d, kind) : NULL;
        if (u && (u->cls & LEX_U))
            c->unit = u, c->unit_tok = kind;
        return kind != SIZE_MAX ? toll_people(d, c->t1 + 2) : NULL;
    }
    if (k + 3 < hi && be_verb(d, k) && tok_is(d, k + 1, "among"))
        return toll_people(d, k + 3); /* "were among those killed" */
    if (c->t0 < lo + 3)
        return NULL;
    size_t v = c->t0 - 1;
    if (tok_is(d, v, "included") || tok_is(d, v, "include") || tok_is(d, v, "includes"))
        return toll_people(d, v - 1); /* "The wounded included 12 children" */
    return c->t0 >= lo + 4 && be_verb(d, v) && tok_is(d, v - 3, "among") ? toll_people(d, v - 1) : NULL;
    /* "Among the dead were three Germans" */
}

static const char *arrival_wound(const tally_doc *d, size_t k, size_t hi);

static bool suffered(const tally_doc *d, size_t k);

/* A bare count's noun phrase of lower-case words the tables lack, ending in a plural ("two restaurant patrons",
 * "three young ushers"): the token after it, else SIZE_MAX. */
static size_t plain_plural_end(const tally_doc *d, const cand *c, size_t hi)
{
    for (size_t k = c->t1; k < hi && k < c->t1 + 3; k++) {
        size_t n = tok_n(d, k);
        if (d->toks.v[k].kind != TOK_WORD || tok_cap(d, k) || tok_lex(d, k) || tok_function(d, k) || n < 4)
            return SIZE_MAX;
        if (tok_s(d, k)[n - 1] == 's' && tok_s(d, k)[n - 2] != 's' && tok_s(d, k)[n - 2] != 'u')
            return k + 1; /* "patrons", not "class", "campus" */
    }
    return SIZE_MAX;
}

/* A bare count, a plain plural and a predicate only people take ("Two restaurant patrons sustained minor
 * injuries", "three ushers were treated for wounds", "two diners were hurt"): read as a unit's count is. Not
 * "two shots were fired", "two windows were hit by gunfire", "two dogs were killed": a wound or care told. */
static const char *people_by_predicate(const tally_doc *d, cand *c, size_t hi, size_t *at)
{
    if (c->unit_tok != SIZE_MAX || c->demonym != SIZE_MAX || c->ni >= d->nums.n || d->nums.v[c->ni].low < 2)
        return NULL;
    size_t e = plain_plural_end(d, c, hi), v = e;
    while (v < hi && v < e + 3 && predicate_filler(d, v))
        v++;
    if (v >= hi || !(suffered(d, v) || care_verb(d, v) || tok_is(d, v, "injured") || tok_is(d, v, "wounded") ||
                     tok_is(d, v, "hurt")))
        return NULL;
    const char *w = measure_after(d, c, e, hi, AFTER_UNIT, at);
    if (w && (str_is(w, "wounded") || (str_is(w, "shot") && suffered(d, v))))
        return w;
    w = wound_state(d, v, hi); /* "were taken to a hospital", "were treated for gunshot wounds" */
    *at = v;
    return w && !(str_is(w, "shot") && !suffered(d, v) && !care_verb(d, v)) ? w : NULL;
}

/* A phrase naming the count's measure between the count before (ending at token after) and it: "put the death
 * toll at 56 and the number of injured at 320". */
static bool own_anaphor(const tally_doc *d, const cand *c, size_t after, size_t lo)
{
    size_t k = anaphor_at(d, c, lo, 12);
    return k != SIZE_MAX && k > after && anaphor_measure(d, c, lo);
}

static bool find_measure(const tally_doc *d, size_t si, cand *c, const cand *prev_in_sentence)
{
    const tally_sent *s = &d->sents.v[si];
    size_t at;
    unit_after(d, c, s->last);
    if (c->t0 > s->first && d->toks.v[c->t0].kind == TOK_WORD && tok_cap(d, c->t0) && c->t1 < s->last &&
        c->unit_tok == SIZE_MAX && /* not "said Three Velmoran Soldiers Were Killed" */
        tok_cap(d, c->t1) && !tok_lex(d, c->t1) && d->toks.v[c->t0 - 1].kind == TOK_WORD && !tok_cap(d, c->t0 - 1))
        return false; /* a capitalised number inside a name, in running text: "at the Four Points Sheraton" */
    if (!tok_is(d, c->t1, "count") && !tok_is(d, c->t1, "counts") && c->unit_tok == SIZE_MAX &&
        (tok_is(d, c->t1 + 1, "count") || tok_is(d, c->t1 + 1, "counts")) && !tok_lex(d, c->t1))
        return false; /* "three felony counts of aggravated assault": charges, not the measure before them */
    if (tok_is(d, c->t1, "count") || tok_is(d, c->t1, "counts"))
        return !(prev_in_sentence && str_is(prev_in_sentence->rule, "counts-of")) && charge_counts(d, s->last, c);
        /* "three counts of murder, one count of capital murder": charges for the same dead */
    size_t pu = prev_in_sentence ? people_noun(d, prev_in_sentence) : SIZE_MAX;
    if (pu != SIZE_MAX && c->t0 > pu && c->t0 < apposed_people(d, prev_in_sentence, pu + 1, s->last))
        return false; /* inside the aside that lists a count's people: "eight others, five men and three women," */
    if ((c->what = verb_before(d, c, s->first))) {
        c->rule = "verb-before";
        if (str_is(c->what, "casualties") && c->unit_tok != SIZE_MAX && tok_is(d, c->unit_tok, "men"))
            c->unit = tally_lex_find("soldiers", 8); /* an army's men: "Russia has lost 500,000 men" */
    }
    else if (c->unit && c->unit->cls & LEX_M && !(c->unit->cls & LEX_U) && (c->what = c->unit->measure))
        c->rule = "measure-noun";
    else if (c->unit && c->unit->cls & LEX_M &&
             !(c->what = measure_after(d, c, apposed_people(d, c, c->unit_tok + 1, s->last), s->last, AFTER_UNIT, &at)) &&
             !(c->what = wounds_after(d, c, s->first, s->last)) && (c->what = c->unit->measure)) {
        c->rule = "measure-noun"; /* "two victims" are casualties unless "two victims were wounded" */
        if (str_is(c->what, "casualties") && c->unit_tok > c->t0 &&
            (tok_is(d, c->unit_tok - 1, "shooting") || tok_is(d, c->unit_tok - 1, "gunshot")))
            c->what = "shot"; /* "the four shooting victims": hit by gunfire, whatever became of them */
    }
    else if (c->what || (c->what = measure_after(d, c, after_unit(d, c, s->last), s->last,
                                                 c->unit_tok != SIZE_MAX || demonym_plural(d, c->t1) ? AFTER_UNIT
                                                                                                     : AFTER_BARE + 1,
                                                 &at))) {
        if (conditional(d, s, c->t1, at) || projected(d, c->t1, at))
            return false; /* "If the dam breaks, up to 50,000 people could be displaced" */
        c->rule = "measure-after";
        if (str_is(c->what, "deployed") && arrival_wound(d, at, s->last))
            c->what = arrival_wound(d, at, s->last); /* "two men arrived at a hospital with gunshot wounds" */
    }
    else if ((c->what = people_by_predicate(d, c, s->last, &at)))
        c->rule = "measure-after";
    else if ((c->what = along_with(d, c, s->first)))
        c->rule = "and-others"; /* before measure_back, which reads "was killed with seven others" as seven */
    else if ((c->what = measure_back(d, c, s->first))) {
        c->rule = "measure-before";
        anaphor_group(d, c, s->first); /* "the civilian death toll … at 97" */
    } else if (prev_in_sentence && c->t0 < prev_in_sentence->t1 + 8 &&
             (c->unit || !prev_in_sentence->unit || after_dead_or_state(d, prev_in_sentence, s->last)) &&
             coordinated(d, prev_in_sentence->t1, c->t0) && !tok_is(d, c->t0 - 1, "including") &&
             own_state(d, c, s->last, prev_in_sentence->what)) {
        if (str_is(prev_in_sentence->what, "shot") ||
            (str_is(prev_in_sentence->what, "wounded") && fronted_whole(d, prev_in_sentence, c)))
            return false; /* "8 shot, 1 in serious condition", "Of the five wounded, two were in critical condition":
                           * the state of some of those counted */
        c->rule = "own-state";
    } else if (prev_in_sentence && c->t0 < prev_in_sentence->t1 + 8 && (c->unit || !prev_in_sentence->unit) &&
               coordinated(d, prev_in_sentence->t1, c->t0) && !own_predicate(d, c) && !measure_beside(d, c) &&
               !own_anaphor(d, c, prev_in_sentence->t1, s->first) &&
               !(c->unit_tok != SIZE_MAX && c->unit_tok + 1 < s->last && d->toks.v[c->unit_tok + 1].kind == TOK_APOS_S) &&
               !(is_casualty(prev_in_sentence->what) && tok_is(d, c->t0 - 1, "including"))) {
        c->what = prev_in_sentence->what;
        c->rule = "coordinated";
        if (!c->unit) {
            c->unit = prev_in_sentence->unit;
            c->demonym = prev_in_sentence->demonym;
        }
    } else if ((c->what = total_named_after(d, c, s->last))) {
        c->rule = "anaphor-measure"; /* "bringing to 112 the number of dead" */
    } else if ((c->what = anaphor_measure(d, c, s->first))) {
        if (projected(d, c->t0 > s->first + 5 ? c->t0 - 5 : s->first, c->t0))
            return false; /* "the death toll could rise to 1,000" */
        c->rule = "anaphor-measure";
        anaphor_group(d, c, s->first);
    } else if (prev_in_sentence && anaphor_before(d, c, s->first)) {
        /* "18,000 had lost their homes … put the figure at 18,500" */
        if (!(c->what = anaphor_what(d, c, s->first, prev_in_sentence->what)))
            return false;
        c->rule = "anaphor";
    } else if (!prev_in_sentence && anaphor_before(d, c, s->first) &&
               !count_between(d, c->t0 > s->first + 40 ? c->t0 - 40 : s->first, c->t0, c->ni) &&
               (c->what = measure_in_previous(d, si))) {
        /* not "opened four more shelters, bringing the total to 26": the shelters' total */
        if (!(c->what = anaphor_what(d, c, s->first, c->what)))
            return false;
        c->rule = "anaphor";
    } else if (c->unit && c->unit->group && str_is(c->unit->group, "military") &&
             !(c->t0 >= s->first + 3 && intent_to(d, c->t0 - 2)) && /* not "plans to deploy 3,000 troops" */
             (c->what = measure_in_previous(d, si + 1)) && str_is(c->what, "deployed"))
        c->rule = "presence";
    else if (c->unit && c->unit->group && str_is(c->unit->group, "military") && present_in(d, c, s->last)) {
        c->what = "deployed"; /* "About 11,000 North Korean troops are in Russia" */
        c->rule = "presence";
    } else if ((c->what = wounds_after(d, c, s->first, s->last)))
        c->rule = "wounds-after";
    else if ((c->what = part_of_toll(d, c, s->first, s->last)))
        c->rule = "part-of-toll";
    else
        return false;
    if (str_is(c->what, "captured") && !c->unit && c->demonym == SIZE_MAX && plain_plural_end(d, c, s->last) != SIZE_MAX)
        return false; /* "captured 3 gold medals": things taken, as far as the tables tell (not "12 tanks", a unit) */
    bool nearby_measure = str_is(c->rule, "measure-after") || str_is(c->rule, "measure-noun");
    if (!nearby_measure && counts_other_things(d, c))
        return false; /* "shot 3 times": the verb's object is not our count */
    if (!str_is(c->rule, "measure-noun") && is_casualty(c->what) && counts_events(d, c))
        return false; /* "killed in two separate shootings" */
    if (is_casualty(c->what) && counts_rounds(d, c))
        return false; /* "five rounds were shot" */
    if (is_casualty(c->what) && c->unit_tok == SIZE_MAX && c->t1 + 1 < d->toks.n && hyphen(d, c->t1) &&
        d->toks.v[c->t1 + 1].kind == TOK_WORD)
        return false; /* a compound: "a three-pointer", "the two-story home" (not "4,000 — including …") */
    size_t from = c->t0 >= s->first + 3 ? c->t0 - 3 : s->first, to = str_is(c->rule, "measure-after") ? at : c->t0;
    if (is_casualty(c->what) && counterfactual(d, from, to))
        return false; /* what did not happen: "we would have had two other slain deputies" */
    c->what = fit_unit(c->what, c->unit);
    return true;
}

/* ---- group, place, dates --------------------------------------------------------------------------- */

/* Appends word to the n bytes of buf, after a space unless n is 0, cut as snprintf would cut it (snprintf
 * was most of group_of's time). */
static void append_word(char *buf, size_t cap, size_t n, const char *word)
{
    if (n + 1 >= cap)
        return; /* full: said where gcc can see it, or a profile-fed build finds cap - n - 1 may wrap */
    if (n)
        buf[n++] = ' ';
    size_t len = strlen(word);
    if (len > cap - n - 1)
        len = cap - n - 1;
    memcpy(buf + n, word, len);
    buf[n + len] = '\0';
}

/* "prisoners of war" (or "POWs") right after the count and its demonym: soldiers held. */
static bool prisoners_of_war(const tally_doc *d, const cand *c)
{
    for (size_t k = c->t1; k < d->toks.n && k < c->t1 + 4; k++) {
        if (tok_is(d, k, "pows"))
            return true;
        if (tok_is(d, k, "prisoners") || tok_is(d, k, "prisoner"))
            return tok_is(d, k + 1, "of") && tok_is(d, k + 2, "war");
    }
    return false;
}

static const char *group_of(tally_doc *d, const cand *c)
{
    char buf[96] = "";
    size_t n = 0;
    if (c->demonym != SIZE_MAX) { /* the capitalised words and demonyms from there to the unit */
        size_t end = c->unit_tok != SIZE_MAX ? c->unit_tok : c->demonym + 1;
        while (c->unit_tok == SIZE_MAX && end < d->toks.n && end < c->demonym + 3 && d->toks.v[end].kind == TOK_WORD &&
               tok_lex(d, end) && (tok_lex(d, end)->cls & LEX_D))
            end++; /* the demonym's second word: "4,000 North Korean casualties" */
        for (size_t k = c->demonym; k < end && n + 24 < sizeof buf; k++) {
            const tally_lex *lx = tok_lex(d, k);
            if (d->toks.v[k].kind == TOK_WORD && (tok_cap(d, k) || (lx && (lx->cls & LEX_D))) && !tok_function(d, k) &&
                tok_n(d, k) + 1 < sizeof buf - n) /* a word that does not fit would push n past buf */
                n += (size_t)snprintf(buf + n, sizeof buf - n, "%s%.*s", n ? " " : "", (int)tok_n(d, k), tok_s(d, k));
        }
    }
    const char *group = c->unit ? c->unit->group : NULL, *word = NULL;
    if (!group && prisoners_of_war(d, c))
        group = "military"; /* "8,000 Ukrainian prisoners of war" */
    if (group && str_is(group, "military"))
        word = "military";
    else if (group && str_is(group, "civilian"))
        word = "civilians";
    else if (group && str_is(group, "people"))
        word = "people";
    else if (!n)
        return NULL;
    if (word)
        append_word(buf, sizeof buf, n, word);
    return tally_arena_strdup(&d->arena, buf);
}

/* A word naming an area after its name ("Kursk region"); tok_is with a literal is one compare of the
 * token's key (a list walked with tally_ieq_any was 2 % of extraction). */
static bool area_word(const tally_doc *d, size_t k)
{
    if (!first_letter_in(d, k, LETTER('r') | LETTER('o') | LETTER('p') | LETTER('d') | LETTER('c') | LETTER('s') | LETTER('f')))
        return false;
    return tok_is(d, k, "region") || tok_is(d, k, "oblast") || tok_is(d, k, "province") || tok_is(d, k, "district") ||
           tok_is(d, k, "county") || tok_is(d, k, "state") || tok_is(d, k, "city") ||
           tok_is(d, k, "direction") || tok_is(d, k, "sector") || tok_is(d, k, "front"); /* "the Kursk direction" */
}

/* A lowercase compass word before a place name: "in eastern Pakistan", "in central Kharkiv". */
static bool compass(const tally_doc *d, size_t k)
{
    return !tok_cap(d, k) && (tok_is(d, k, "northern") || tok_is(d, k, "southern") || tok_is(d, k, "eastern") ||
                              tok_is(d, k, "western") || tok_is(d, k, "central") || tok_is(d, k, "northeastern") ||
                              tok_is(d, k, "northwestern") || tok_is(d, k, "southeastern") ||
                              tok_is(d, k, "southwestern"));
}

/* A compass point alone, as a street's first word ("in East", "N."). */
static bool compass_point(const tally_doc *d, size_t k)
{
    return tok_n(d, k) == 1 || tok_is(d, k, "east") || tok_is(d, k, "west") || tok_is(d, k, "north") ||
           tok_is(d, k, "south");
}

/* A capitalised place-name word: not a date's, not glued punctuation. */
static bool place_word(const tally_doc *d, size_t k)
{
    return d->toks.v[k].kind == TOK_WORD && tok_cap(d, k) && !tally_doc_in_timex(d, k);
}

/* Token k ends a name glued by a hyphen to a participle before a capitalised place: "Hamas-ruled Gaza",
 * "rebel-held Idlib", "Russian-occupied Crimea". */
static bool described_place(const tally_doc *d, size_t k)
{
    if (k + 3 >= d->toks.n || d->toks.v[k + 1].kind != TOK_DASH || d->toks.v[k + 1].start != d->toks.v[k].end ||
        d->toks.v[k + 2].start != d->toks.v[k + 1].end || !place_word(d, k + 3))
        return false;
    return tally_participle(d, k + 2);
}

/* Token v is a verb of striking whose subject, at most three words before, is a disaster: "the earthquake that
 * struck", "floods hit" (not "a bullet struck Jones": a person). */
static bool disaster_struck(const tally_doc *d, size_t v, size_t first)
{
    static const char *const disasters[] = {"earthquake", "quake", "storm", "hurricane", "typhoon", "cyclone", "floods",
                                            "flood", "tornado", "tsunami", "wildfire", "wildfires", "landslide",
                                            "avalanche", "blizzard", "heatwave", "drought", "tremor", "eruption"};
    if (!(tok_is(d, v, "struck") || tok_is(d, v, "hit") || tok_is(d, v, "hits") || tok_is(d, v, "strikes") ||
          tok_is(d, v, "rocked") || tok_is(d, v, "battered") || tok_is(d, v, "ravaged") || tok_is(d, v, "swept") ||
          tok_is(d, v, "tore") || tok_is(d, v, "ripped") || tok_is(d, v, "slammed") || tok_is(d, v, "lashed") ||
          tok_is(d, v, "pounded") || tok_is(d, v, "devastated")))
        return false;
    for (size_t j = v; j > first && v - j < 3; j--)
        if (tally_ieq_any(tok_s(d, j - 1), tok_n(d, j - 1), disasters, sizeof disasters / sizeof *disasters))
            return true;
    return false;
}

/* A day named with a possessive from k: "New Year's Eve", "Valentine's Day" (no place). */
static bool feast_day(const tally_doc *d, size_t k)
{
    for (size_t j = k + 1; j < d->toks.n && j < k + 4; j++)
        if (d->toks.v[j].kind == TOK_APOS_S)
            return tok_is(d, j + 1, "eve") || tok_is(d, j + 1, "day");
    return false;
}

/* A noun of an attack made on a place: "strikes on Gaza", "the assault on Bakhmut". */
static bool attack_noun(const tally_doc *d, size_t k)
{
    return first_letter_in(d, k, LETTER('s') | LETTER('a') | LETTER('r') | LETTER('b') | LETTER('o')) &&
           (tok_is(d, k, "strike") || tok_is(d, k, "strikes") || tok_is(d, k, "airstrike") ||
            tok_is(d, k, "airstrikes") || tok_is(d, k, "attack") || tok_is(d, k, "attacks") ||
            tok_is(d, k, "assault") || tok_is(d, k, "raid") || tok_is(d, k, "raids") || tok_is(d, k, "bombing") ||
            tok_is(d, k, "bombardment") || tok_is(d, k, "shelling") || tok_is(d, k, "offensive"));
}

/* The name at k stands beside "in the capital" ("city", "town", "village", "port"): "in the capital Orvada",
 * "in the capital, Orvada, …" — after a comma only where the name closes the phrase, not "in the capital, Dalia
 * Veret said". */
static bool capital_apposed(const tally_doc *d, size_t k, size_t first)
{
    size_t n = is_punct(d, k - 1, ',') ? k - 2 : k - 1;
    if (n < first + 2 || !tok_is(d, n - 1, "the") || !(tok_is(d, n - 2, "in") || tok_is(d, n - 2, "near")) ||
        !(tok_is(d, n, "capital") || tok_is(d, n, "city") || tok_is(d, n, "town") || tok_is(d, n, "village") ||
          tok_is(d, n, "port")))
        return false;
    if (n == k - 1)
        return true;
    size_t e = k;
    while (e < d->toks.n && e < k + 4 && place_word(d, e))
        e++;
    return e >= d->toks.n || is_punct(d, e, ',') || is_punct(d, e, '.') || is_punct(d, e, ';');
}

/* Words before a place name: "in", "near", "across", "off", either with a compass word ("in eastern Pakistan"), "the town
 * (city, village, coast, outskirts, province …) of"; "to" for a count sent there (sent). */
static bool before_place(const tally_doc *d, size_t k, size_t first, bool sent)
{
    if (tok_is(d, k - 1, "in") && k >= first + 2 &&
        (tok_is(d, k - 2, "based") || tok_is(d, k - 2, "headquartered") || tok_is(d, k - 2, "speaking")))
        return false; /* where a source sits or speaks: "a monitoring group based in Britain said" */
    if (tok_is(d, k - 1, "in") || tok_is(d, k - 1, "near") || tok_is(d, k - 1, "throughout") ||
        tok_is(d, k - 1, "off")) /* "drowned off Lampedusa" */
        return true;
    if (k >= first + 2 && (tok_is(d, k - 1, "around") || tok_is(d, k - 1, "outside")) &&
        (tok_is(d, k - 2, "fighting") || tok_is(d, k - 2, "battles") || tok_is(d, k - 2, "clashes") ||
         measure_at(d, k - 2) || tok_is(d, k - 2, "attack") || tok_is(d, k - 2, "strikes")))
        return true; /* "killed in fighting around Pokrovsk", "killed outside Kherson" */
    if (sent && tok_is(d, k - 1, "to") && !(k >= first + 2 && tok_is(d, k - 2, "according")))
        return true; /* where troops are sent: "sent 11,000 troops to Russia" (not "according to Reuters") */
    if (k <= first + 1)
        return false;
    if (tok_is(d, k - 1, "on") && attack_noun(d, k - 2) && !tally_doc_in_timex(d, k) && !feast_day(d, k))
        return true; /* "Israeli strikes on Gaza killed 40", "a drone attack on Velmora" */
    if (tok_is(d, k - 1, "across")) /* "across Chicago"; not "came across Ivanov" */
        return !(tok_is(d, k - 2, "came") || tok_is(d, k - 2, "come") || tok_is(d, k - 2, "comes") ||
                 tok_is(d, k - 2, "coming"));
    if (tok_is(d, k - 1, "of"))
        return tok_is(d, k - 2, "town") || tok_is(d, k - 2, "city") || tok_is(d, k - 2, "village") ||
               tok_is(d, k - 2, "coast") || tok_is(d, k - 2, "shores") || tok_is(d, k - 2, "outskirts") ||
               tok_is(d, k - 2, "suburbs") || tok_is(d, k - 2, "mountains") ||
               tok_is(d, k - 2, "province"); /* "off the coast of Libya", "the outskirts of Kabul" */
    if (capital_apposed(d, k, first))
        return true; /* "in the capital, Orvada", "in the port city Vell" */
    if (k >= first + 4 && described_place(d, k - 3)) /* "in rebel-held Idlib" */
        return tok_is(d, k - 4, "in") || tok_is(d, k - 4, "near");
    size_t v = compass(d, k - 1) ? k - 2 : k - 1;
    if (v > first + 1 && (tok_is(d, v, "through") || tok_is(d, v, "into")))
        v--; /* "the cyclone tore through Velmora", "slammed into the coast" */
    if (v > first && first_letter_in(d, v, LETTER('s') | LETTER('h') | LETTER('r') | LETTER('b') | LETTER('t') |
                                               LETTER('l') | LETTER('p') | LETTER('d')) &&
        disaster_struck(d, v, first))
        return true; /* "the earthquake that struck eastern Velmora" */
    return (tok_is(d, k - 2, "in") || tok_is(d, k - 2, "near")) && compass(d, k - 1);
}

/* A building or ground, not a town: near it is no place of the count ("near Edison High School"). */
static bool landmark_word(const tally_doc *d, size_t k)
{
    return tok_is(d, k, "school") || tok_is(d, k, "university") || tok_is(d, k, "park") || tok_is(d, k, "airport") ||
           tok_is(d, k, "department") || tok_is(d, k, "hospital") || tok_is(d, k, "church") ||
           tok_is(d, k, "station") || tok_is(d, k, "mall") || tok_is(d, k, "center") || tok_is(d, k, "centre") ||
           tok_is(d, k, "bridge") || tok_is(d, k, "building") || tok_is(d, k, "store") || tok_is(d, k, "broadway");
}

/* A count of soldiers deployed or of goods shipped: "to" names where they went ("sent 11,000 troops to Russia",
 * "shipped 1 million shells to Kessaria"; not "emails sent to Powell", "relating to Benghazi"). */
static bool troops_sent(const cand *c)
{
    return (str_is(c->what, "deployed") && c->unit && c->unit->group && str_is(c->unit->group, "military")) ||
           str_is(c->what, "shipped");
}

/* A part of soldiers whose whole was sent to the place at token k: "1,000 of the 11,000 troops sent to Russia
 * were killed" are placed in Russia as their whole is. */
static bool part_of_sent(const tally_doc *d, const cand *c, size_t k)
{
    const tally_lex *m = c->part && c->unit && c->unit->group && str_is(c->unit->group, "military") &&
                                 k >= 2 && tok_is(d, k - 1, "to")
                             ? measure_at(d, k - 2)
                             : NULL;
    return m && str_is(m->measure, "deployed");
}

/* The place at token k is the seat of the body that gives the count: inside the source's words, a capital (a
 * known country's by another name than its own) after "in" and a ministry, embassy, consulate, government or
 * parliament ("the Ministry of Defence in London said 3 soldiers died": London is no place of the deaths; "the
 * Health Ministry in Gaza" names its land, and "police in Dunmoor" their town). */
static bool seat_of_source(const tally_doc *d, size_t k, const tally_span *src)
{
    bool own = true;
    if (!src || src->end <= src->start || d->toks.v[k].start < src->start || k < 2 || !tok_is(d, k - 1, "in") ||
        (d->toks.v[k].end > src->end && d->toks.v[k - 2].end != src->end) || /* inside, or right after: "the British
                                                                               * Embassy in Moscow said" */
        !tally_gaz_builtin_place(tok_s(d, k), tok_n(d, k), &own) || own)
        return false;
    for (size_t j = k - 1; j > 0 && k - j < 6 && d->toks.v[j - 1].start >= src->start; j--)
        if (tok_is(d, j - 1, "ministry") || tok_is(d, j - 1, "embassy") || tok_is(d, j - 1, "consulate") ||
            tok_is(d, j - 1, "government") || tok_is(d, j - 1, "parliament"))
            return true;
    return false;
}

/* Where the displaced went or fled from at token k: "fled Velmora", "fled to (neighbouring) Chad", "crossed into
 * Chad". */
static bool fled_to(const tally_doc *d, size_t k)
{
    size_t j = k - 1;
    if (j > 0 && (tok_is(d, j, "neighbouring") || tok_is(d, j, "neighboring")))
        j--;
    if (j == k - 1 && tok_is(d, j, "fled"))
        return true;
    return j > 0 && (tok_is(d, j, "to") || tok_is(d, j, "into")) &&
           (tok_is(d, j - 1, "fled") || tok_is(d, j - 1, "crossed") || tok_is(d, j - 1, "escaped"));
}

/* Is the name at k where the speaker spoke ("Moran, speaking in the capital, Orvada, added")? An aside opened by
 * a participle of saying up to two commas and ten words before it. */
static bool where_spoken(const tally_doc *d, size_t k, size_t lo)
{
    for (size_t j = k, commas = 0; j > lo + 1 && k - j < 10 && commas < 2; j--) {
        if (!is_punct(d, j - 1, ','))
            continue;
        if (tok_is(d, j, "speaking") || tok_is(d, j, "talking") || tok_is(d, j, "writing"))
            return true;
        commas++;
    }
    return false;
}

/* The place: a capitalised name before "region"/"province"…, else one after "in". Nearest to the count. A
 * name runs over up to four capitalised words ("New York", "South Sudan", "Zaporizhzhia Nuclear Power
 * Plant"); one ending in a demonym before a lowercase word is an adjective ("in South Korean media"). */
static const char *place_of(tally_doc *d, size_t si, const cand *c, const tally_span *src)
{
    const tally_sent *s = &d->sents.v[si];
    size_t best = SIZE_MAX, best_end = 0, dist = SIZE_MAX;
    size_t from = c->t0 > s->first + 40 ? c->t0 - 40 : s->first + 1, to = c->t0 + 40 < s->last ? c->t0 + 40 : s->last;
    for (size_t k = from; k < to; k++) {
        const tally_tok *tv = d->toks.v; /* no name at or before k: most tokens, stepped over in a loop of their own
                                          * (callgrind: add_claim 63.3 M -> 62.1 M; the inner loop, -0.7 M) */
        while (k < to && !((tv[k - 1].flags | tv[k].flags) & TOKF_CAP))
            k++;
        if (k >= to)
            break;
        const tally_lex *before = tok_lex(d, k - 1);
        bool area = tok_cap(d, k - 1) && area_word(d, k) && !(before && (before->cls & LEX_D)); /* not "Russian state" */
        size_t name = SIZE_MAX, end = k;
        if (area && tok_cap(d, k - 1)) {
            for (name = k - 1; name > s->first + 1 && k - name < 4 && place_word(d, name - 1) && !tok_lex(d, name - 1);)
                name--; /* "the Lower Kuban region" */
        } else if (tok_cap(d, k) && !tok_lex(d, k) && !(d->toks.v[k].flags & TOKF_ALLCAP) &&
                   (before_place(d, k, s->first, troops_sent(c)) || part_of_sent(d, c, k) ||
                    (str_is(c->what, "displaced") && fled_to(d, k))) && /* "9,000 fled Velmora" */
                   !(tok_cap(d, k - 1) && k - 1 > s->first)) { /* not a title-case headline's "… Hurt In Bus Crash" */
            name = k;
            while (end + 1 < s->last && end + 1 - k < 4 && place_word(d, end + 1) && !tok_is(d, end + 1, "on") &&
                   !(tok_function(d, end + 1) && end + 2 < s->last && d->toks.v[end + 2].kind == TOK_WORD &&
                     !tok_cap(d, end + 2)))
                end++; /* not into a glued headline's next words: "Across Chicago At least 10" */
            const tally_lex *last = tok_lex(d, end);
            if (end > k && last && (last->cls & LEX_D) && end + 1 < s->last && d->toks.v[end + 1].kind == TOK_WORD &&
                !tok_cap(d, end + 1))
                continue; /* "in South Korean media" */
            if (described_place(d, end)) /* "in Hamas-ruled Gaza": Gaza, not Hamas */
                name = end + 3, end = end + 3;
            if (street_word(d, end) || (end == k && compass_point(d, k)) ||
                (landmark_word(d, end) && !tok_is(d, k - 1, "in")))
                continue; /* a street ("near Kaley Avenue", "in N. Main St") or a building near, no town */
            bool holds_area = false; /* "in Russia's western Kursk region": the region it holds is the place */
            for (size_t j = end + 2; end + 1 < s->last && d->toks.v[end + 1].kind == TOK_APOS_S && j < s->last &&
                                     j < end + 6 && !holds_area; j++)
                holds_area = area_word(d, j);
            if (holds_area)
                continue;
            end++;
        }
        if (name == SIZE_MAX || tally_doc_in_timex(d, name) || seat_of_source(d, name, src) ||
            where_spoken(d, name, s->first))
            continue;
        size_t t1 = c->t1 + tok_is(d, c->t1, "more"); /* "12 in Texas and 30 more in Louisiana": Louisiana's */
        size_t dd = name >= t1 ? name - t1 : name > c->t0 ? 0 : c->t0 - name; /* from the count's ends */
        if (dd < dist) {
            dist = dd;
            best = name;
            best_end = area ? k : end;
        }
    }
    if (best == SIZE_MAX)
        return NULL;
    return tally_arena_strndup(&d->arena, tok_s(d, best), d->toks.v[best_end - 1].end - d->toks.v[best].start);
}

/* An ISO date as precise as the interval allows: a day, a short span's middle day, a month, a year. */
static void iso_date(int32_t first, int32_t last, tally_gran gran, char *out, size_t cap)
{
    char day[11];
    if (gran == TALLY_GRAN_DAY || gran == TALLY_GRAN_NONE || last - first <= 10) {
        tally_day_format(first + (last - first) / 2, day);
        snprintf(out, cap, "%s", day);
    } else if (gran == TALLY_GRAN_MONTH) {
        tally_day_format(first, day);
        snprintf(out, cap, "%.7s", day);
    } else if (gran == TALLY_GRAN_YEAR) {
        tally_day_format(first, day);
        snprintf(out, cap, "%.4s", day);
    } else {
        tally_day_format(first, day);
        snprintf(out, cap, "%.7s", day);
    }
}

/* "the past 24 hours", "the last three months", "the past week" (a duration up to the said-date): its first day,
 * else NODAY. */
static int32_t past_duration_start(const tally_doc *d, const tally_timex *t, int32_t said)
{
    if (t->type == TALLY_TIMEX_DATE && t->gran != TALLY_GRAN_WEEK && t->gran != TALLY_GRAN_MONTH &&
        t->gran != TALLY_GRAN_YEAR)
        return TALLY_NODAY; /* most dates: no token search */
    size_t k = tally_tok_at(d->toks.v, d->toks.n, t->start);
    if (said == TALLY_NODAY || !(tok_is(d, k + 1, "past") || tok_is(d, k + 1, "last") || tok_is(d, k, "past")))
        return TALLY_NODAY;
    char unit = 0;
    int n = 0;
    if (t->type == TALLY_TIMEX_DATE) { /* "the past week" is dated as last calendar week; a count's is 7 days */
        unit = t->gran == TALLY_GRAN_WEEK ? 'W' : t->gran == TALLY_GRAN_MONTH ? 'M' : t->gran == TALLY_GRAN_YEAR ? 'Y' : 0;
        if (!unit || !tok_is(d, k, "the"))
            return TALLY_NODAY;
        n = 1;
    } else if (strlen(t->value) > 8) {
        return TALLY_NODAY; /* no duration of this shape is that long; sscanf's %d could overflow */
    } else if (sscanf(t->value, "PT%d%c", &n, &unit) == 2 && unit == 'H') {
        return n > 0 ? said - (n + 23) / 24 : TALLY_NODAY;
    } else if (sscanf(t->value, "P%d%c", &n, &unit) != 2 || n <= 0 || n > 1000) {
        return TALLY_NODAY;
    }
    int y, m, dd;
    tally_day_to_ymd(said, &y, &m, &dd);
    switch (unit) {
    case 'D':
        return said - n;
    case 'W':
        return said - 7 * n;
    case 'M':
        return tally_day_from_ymd(y - (n + 12 - m) / 12, (m - 1 - n % 12 + 12) % 12 + 1, 1) + dd - 1;
    case 'Y':
        return tally_day_from_ymd(y - n, m, 1) + dd - 1;
    default:
        return TALLY_NODAY;
    }
}

/* Two days or months joined as a range: "between Dec. 14 and Dec. 20", "from May 2 to May 9", "in January and
 * February", "on April 24 and 25". */
static bool day_range(const tally_doc *d, const tally_timex *a, const tally_timex *b)
{
    size_t ka = tally_tok_at(d->toks.v, d->toks.n, a->start), kb = tally_tok_at(d->toks.v, d->toks.n, b->start);
    size_t ea = tally_tok_at(d->toks.v, d->toks.n, a->end - 1) + 1;
    bool days = a->gran == TALLY_GRAN_DAY && b->gran == TALLY_GRAN_DAY;
    bool months = a->gran == TALLY_GRAN_MONTH && b->gran == TALLY_GRAN_MONTH;
    bool up_to_a_day = (a->gran == TALLY_GRAN_YEAR || a->gran == TALLY_GRAN_MONTH) && b->gran == TALLY_GRAN_DAY &&
                       b->first >= a->first && b->last <= a->last; /* "this year through July 20" */
    if (up_to_a_day && kb == ea + 1)
        return tok_is(d, ea, "through") || tok_is(d, ea, "until") || tok_is(d, ea, "to");
    if (!(days || months) || ka == 0 || kb != ea + 1 || b->first < a->last)
        return false;
    return ((tok_is(d, ka - 1, "between") && tok_is(d, ea, "and")) ||
            ((tok_is(d, ka - 1, "in") || tok_is(d, ka - 1, "on")) && tok_is(d, ea, "and") && b->first - a->last <= 31) ||
            (tok_is(d, ka - 1, "from") && (tok_is(d, ea, "to") || tok_is(d, ea, "through") || tok_is(d, ea, "until"))));
}

/* "2024-12-14/2024-12-15" into out. */
static void day_span(int32_t first, int32_t last, char *out, size_t cap)
{
    char a[11], b[11];
    tally_day_format(first, a);
    tally_day_format(last, b);
    snprintf(out, cap, "%s/%s", a, b);
}

/* "since the protests began on Sept. 16", "since the war started in 2022": the date before token a dates the
 * start of what "since" opens. */
static bool since_began(const tally_doc *d, size_t a)
{
    bool began = false;
    for (size_t k = a; k > 0 && a - k < 8; k--) {
        if (d->toks.v[k - 1].kind == TOK_PUNCT)
            return false;
        if (tok_is(d, k - 1, "since"))
            return began;
        began |= tok_is(d, k - 1, "began") || tok_is(d, k - 1, "started") || tok_is(d, k - 1, "erupted") ||
                 tok_is(d, k - 1, "broke");
    }
    return false;
}

/* "The war, which broke out on April 15, has killed 300": a relative clause dating its subject's start, from which
 * the count runs. a is the date's first token. */
static bool which_began(const tally_doc *d, size_t a)
{
    if (a < 4 || !(tok_is(d, a - 1, "on") || tok_is(d, a - 1, "in")))
        return false;
    size_t v = a - 2, rel = v - 1;
    if (tok_is(d, v, "out") && tok_is(d, v - 1, "broke"))
        rel = v - 2;
    else if (!(tok_is(d, v, "began") || tok_is(d, v, "started") || tok_is(d, v, "erupted")))
        return false;
    return tok_is(d, rel, "which") || tok_is(d, rel, "that");
}

/* A count's period opened by "since" or "so far" ("since August", "so far this year", "so far in 2016", "since
 * the protests began on Sept. 16"): up to the said-date. */
static bool open_period(const tally_doc *d, const tally_timex *t, int32_t said, char *out, size_t cap)
{
    if (t->type != TALLY_TIMEX_DATE || t->first == TALLY_NODAY || said == TALLY_NODAY || t->first >= said)
        return false;
    size_t a = tally_tok_at(d->toks.v, d->toks.n, t->start);
    size_t p = a > 0 && tok_is(d, a - 1, "in") ? a - 1 : a; /* "so far in 2016" */
    bool so_far = p >= 2 && tok_is(d, p - 1, "far") && tok_is(d, p - 2, "so");
    bool since = a > 0 && tok_is(d, a - 1, "since");
    bool began = !so_far && !since && (since_began(d, a) || which_began(d, a));
    if (!so_far && !since && !began)
        return false;
    day_span(t->first, t->last < said && !began ? t->last : said, out, cap);
    return true;
}

/* A past whole year the count is said of: after "in", "during" or "throughout", after the count or opening
 * its sentence ("310 died in 2023", "In 2023, 310 died"; not "met him in 1975" before it). */
static bool year_of_count(const tally_doc *d, const tally_sent *s, const tally_timex *t, size_t count, int32_t said)
{
    if (t->type != TALLY_TIMEX_DATE || t->gran != TALLY_GRAN_YEAR || t->first == TALLY_NODAY || t->last >= said)
        return false;
    size_t a = tally_tok_at(d->toks.v, d->toks.n, t->start);
    bool within = a > 0 && (tok_is(d, a - 1, "in") || tok_is(d, a - 1, "during") || tok_is(d, a - 1, "throughout"));
    within |= tok_is(d, a, "last"); /* "45 died last year" */
    return within && (t->start > count || a <= s->first + 1);
}

/* A date that begins after both the said-date and the publication date: no count of what happened covers it. */
static bool after_saying(const tally_doc *d, const tally_timex *t, int32_t said)
{
    int32_t latest = said == TALLY_NODAY || (d->dct != TALLY_NODAY && d->dct > said) ? d->dct : said;
    return t->type == TALLY_TIMEX_DATE && t->first != TALLY_NODAY && latest != TALLY_NODAY && t->first > latest;
}

/* A running total: "bringing (raising, pushing, taking) the toll to N", "taking the number of dead this year to
 * N": the verb within the clause, up to a dozen words before "to". */
static bool running_total(const tally_doc *d, size_t t0, size_t lo)
{
    if (t0 < lo + 3 || !tok_is(d, t0 - 1, "to"))
        return false;
    for (size_t k = t0 - 2; k > lo && t0 - k < 14 && d->toks.v[k].kind != TOK_PUNCT; k--)
        if (running_verb(d, k))
            return true;
    return false;
}

/* A running total's clause opens at token k before token a: "…, taking the number of dead since January to 45":
 * a date inside it (a) is the total's. */
static bool running_clause(const tally_doc *d, size_t k, size_t a, size_t hi)
{
    if (!running_verb(d, k))
        return false;
    for (size_t j = a; j < hi && j < k + 14 && d->toks.v[j].kind != TOK_PUNCT; j++)
        if (tok_is(d, j, "to") && j + 1 < hi && (d->toks.v[j + 1].kind == TOK_NUM || count_at(d, j + 1, SIZE_MAX)))
            return true; /* a bare digit too: a figure the number scan made no count of */
    return false;
}

/* Token k, after a count, shows its verb was left out: the clause ends, or a place or a time follows. */
static bool verb_left_out(const tally_doc *d, size_t k, size_t last)
{
    return k >= last || is_punct(d, k, '.') || is_punct(d, k, ',') || is_punct(d, k, ';') || tok_is(d, k, "in") ||
           tok_is(d, k, "on") || tok_is(d, k, "at") || tok_is(d, k, "near") || tally_doc_in_timex(d, k);
}

/* A count with its verb left out ("and another 30", "and 30 more") or a running total stands between the count
 * at offset count and the date t after it: "arrested 12 on Friday and another 30 on Saturday" gives Saturday to
 * the 30 only. */
static bool elided_count_between(const tally_doc *d, const cand *cd, const tally_timex *t)
{
    size_t self = SIZE_MAX, c = cd->t0; /* past the count's own tokens: any count met is another */
    size_t a = tally_tok_at(d->toks.v, d->toks.n, t->start);
    for (size_t k = cd->t1 > c ? cd->t1 : c + 1; k < a; k++) {
        if (tok_is(d, k, "another") && count_at(d, k, self)) {
            size_t e = k + 1;
            while (e < a && count_at(d, e, self))
                e++;
            if (verb_left_out(d, e, a + 1))
                return true;
        }
        if (tok_is(d, k, "more") && k > cd->t1 && count_at(d, k - 1, self) && verb_left_out(d, k + 1, a + 1))
            return true;
        if (tok_is(d, k, "to") && count_at(d, k + 1, self) && running_total(d, k + 1, c))
            return true; /* "recovered on Sunday, bringing to 112 the number of dead since Friday" */
        if (tok_is(d, k, "from") && (tok_is(d, k - 1, "up") || tok_is(d, k - 1, "down")) && count_at(d, k + 1, self))
            return true; /* "63 had died, up from 41 on Monday": the earlier figure's day */
        if (first_letter_in(d, k, LETTER('b') | LETTER('r') | LETTER('p') | LETTER('t')) && running_clause(d, k, a, d->toks.n))
            return true; /* "killed on Sunday, taking the number of dead since January to 45" */
    }
    return false;
}

/* A past date inside the count's own running-total clause, between its verb and "to": "taking the number of dead
 * this year to 45". */
static bool own_total_date(const tally_doc *d, const tally_sent *s, const cand *cd, const tally_timex *t, int32_t said)
{
    if (t->type != TALLY_TIMEX_DATE || t->first == TALLY_NODAY || said == TALLY_NODAY || t->first >= said ||
        t->end > d->toks.v[cd->t0].start)
        return false;
    size_t a = tally_tok_at(d->toks.v, d->toks.n, t->start);
    if (cd->t0 - a >= 14 || !running_total(d, cd->t0, s->first))
        return false;
    for (size_t k = a; k > s->first && cd->t0 - k < 14 && d->toks.v[k].kind != TOK_PUNCT; k--)
        if (running_verb(d, k))
            return true;
    return false;
}

/* "since 2019, when 12 people died", "in March, when 40 were killed": the "when" clause right after the date tells
 * what happened then, so a count at offset count inside it is of that date. */
static bool when_clause_of(const tally_doc *d, const tally_timex *t, size_t count)
{
    if (t->type != TALLY_TIMEX_DATE || t->first == TALLY_NODAY || t->end >= count)
        return false;
    size_t k = tally_tok_at(d->toks.v, d->toks.n, t->end); /* the token after the date */
    k += is_punct(d, k, ',');
    if (!tok_is(d, k, "when"))
        return false;
    for (size_t j = k + 1; j < d->toks.n && j < k + 12 && d->toks.v[j].start <= count; j++)
        if (d->toks.v[j].start == count)
            return true;
        else if (d->toks.v[j].kind == TOK_PUNCT && !is_punct(d, j, '-'))
            return false;
    return false;
}

/* The period of a "when" clause's date: its day, year or month alone ("since March 3" runs to the said-date,
 * the clause is of March 3; a month's period is told as its days), else its span (a quarter, a season). */
static void date_of_clause(const tally_timex *t, char *out, size_t cap)
{
    int y, m, day;
    tally_day_to_ymd(t->first, &y, &m, &day);
    if (t->gran == TALLY_GRAN_DAY || t->gran == TALLY_GRAN_YEAR)
        iso_date(t->first, t->gran == TALLY_GRAN_DAY ? t->first : t->last, t->gran, out, cap);
    else if (t->gran == TALLY_GRAN_MONTH)
        day_span(t->first, tally_day_from_ymd(y + (m == 12), m == 12 ? 1 : m + 1, 1) - 1, out, cap);
    else
        day_span(t->first, t->last, out, cap);
}

/* A break between two clauses at token k: ";", "and that", or ", and" (", but", ", while") before a clause with
 * an auxiliary of its own ("…, and 12 of them were wounded"; not a list, "Larry Lynch, 28, and a boy suffering
 * …", nor a second verb of one subject, "was shot Saturday, and died Sunday"). */
static bool clause_break_at(const tally_doc *d, size_t k)
{
    if (k >= d->toks.n)
        return false;
    if (d->toks.v[k].kind != TOK_PUNCT) /* a word: no mark to test */
        return tok_is(d, k, "and") && tok_is(d, k + 1, "that");
    if (is_punct(d, k, ';'))
        return true;
    if (!is_punct(d, k, ','))
        return tok_is(d, k, "and") && tok_is(d, k + 1, "that");
    if (!(tok_is(d, k + 1, "and") || tok_is(d, k + 1, "but") || tok_is(d, k + 1, "while")))
        return false;
    for (size_t j = k + 3; j < d->toks.n && j < k + 10 && d->toks.v[j].kind != TOK_PUNCT; j++)
        if (tok_lex(d, j) && (tok_lex(d, j)->cls & LEX_A) && !adverb(d, j))
            return true;
    return false;
}

/* Does a date of sentence s lie in the clause of the count at offset count? Then the count's period is looked for
 * there only: "… stationed there since the spring, and 12 of them were wounded last week" (last week's). The
 * clause's offsets go to *lo, *hi. */
static bool own_clause_dated(const tally_doc *d, const tally_sent *s, size_t count, size_t *lo, size_t *hi)
{
    enum { CLAUSE_REACH = 60 }; /* tokens either side: a claim's look stays bounded in a sentence of any length */
    size_t a = tally_tok_at(d->toks.v, d->toks.n, count), b = a, k0 = a;
    const tally_tok *tv = d->toks.v; /* a break is at a mark or "and": most tokens told so without a call (-4.6 M) */
    const uint64_t and = tally_key8("and", 3);
    while (a > s->first && k0 - a < CLAUSE_REACH &&
           !((tv[a - 1].kind == TOK_PUNCT || d->key[a - 1] == and) && clause_break_at(d, a - 1)))
        a--;
    while (b < s->last && b - k0 < CLAUSE_REACH &&
           !((tv[b].kind == TOK_PUNCT || d->key[b] == and) && clause_break_at(d, b)))
        b++;
    if (k0 - a >= CLAUSE_REACH)
        a = s->first; /* no break near: the clause is taken to run to the sentence's ends */
    if (b - k0 >= CLAUSE_REACH)
        b = s->last;
    *lo = d->toks.v[a].start;
    *hi = d->toks.v[b < s->last ? b : s->last - 1].end;
    if (a == s->first && b >= s->last)
        return false; /* one clause: every date is its own */
    for (size_t i = tally_doc_timex_in(d, *lo, *hi); i < d->tx.n && d->tx.v[i].start < *hi; i++)
        if (d->tx.v[i].start >= *lo && d->tx.v[i].end <= *hi)
            return true;
    return false;
}

enum { PERIOD_REACH = 600 }; /* bytes from the count to a date that may give its period */

/* The period a count covers: another date in the sentence ("on December 14-15"), two days joined as a range,
 * or a duration up to the said-date ("in the past 24 hours"). */
static void period_of(const tally_doc *d, size_t si, const cand *cd, size_t count, int32_t said_first, char *out,
                      size_t cap)
{
    const tally_sent *s = &d->sents.v[si];
    out[0] = '\0';
    size_t stop = d->toks.v[s->last - 1].end, clo = 0, chi = 0;
    bool own = own_clause_dated(d, s, count, &clo, &chi);
    /* bounded: each date's tests scan to the count, and a count reads only the dates near it, so a sentence of
     * any length stays linear (a 1 MB sentence of 32,000 dated counts took 3 s reading all its dates) */
    size_t first = d->toks.v[s->first].start, lo = count > first + PERIOD_REACH ? count - PERIOD_REACH : first;
    size_t w = tally_doc_timex_in(d, count, stop); /* the first date ending after the count */
    const tally_timex *before = w > 0 && w <= d->tx.n ? &d->tx.v[w - 1] : NULL;
    if (before && before->start >= first && !after_saying(d, before, said_first) && when_clause_of(d, before, count)) {
        date_of_clause(before, out, cap); /* "this year through July 20, up 8 % on the same period last year, when 62
                                           * were killed": the "when" clause's date over a range read before it */
        return;
    }
    for (size_t i = tally_doc_timex_in(d, lo, stop); i < d->tx.n && d->tx.v[i].start < stop; i++) {
        const tally_timex *t = &d->tx.v[i];
        if (t->start > count + PERIOD_REACH)
            break;
        if (t->start + PERIOD_REACH < count || (own && (t->start < clo || t->end > chi)))
            continue; /* far, or another clause's date */
        if (after_saying(d, t, said_first) || (t->start > count && elided_count_between(d, cd, t)))
            continue; /* "… deployed, and 300 more would arrive next week": a projection's date; another count's */
        int32_t from = (t->type == TALLY_TIMEX_DURATION || t->type == TALLY_TIMEX_DATE) && t->start >= d->toks.v[s->first].start
                           ? past_duration_start(d, t, said_first)
                           : TALLY_NODAY;
        if (from != TALLY_NODAY) {
            day_span(from, said_first, out, cap);
            return;
        }
        if (when_clause_of(d, t, count)) {
            date_of_clause(t, out, cap);
            return;
        }
        if (open_period(d, t, said_first, out, cap))
            return;
        if (own_total_date(d, s, cd, t, said_first)) { /* "taking the number of dead this year to 45" */
            day_span(t->first, t->last < said_first ? t->last : said_first, out, cap);
            return;
        }
        if (!out[0] && said_first != TALLY_NODAY && year_of_count(d, s, t, count, said_first))
            iso_date(t->first, t->last, t->gran, out, cap); /* unless a closer date follows */
        if (i + 1 < d->tx.n && d->tx.v[i + 1].end <= stop && day_range(d, t, &d->tx.v[i + 1])) {
            int32_t last = d->tx.v[i + 1].last; /* "between January and March", said on March 10: up to the 10th */
            day_span(t->first, said_first != TALLY_NODAY && t->first < said_first && said_first < last ? said_first : last,
                     out, cap);
            return;
        }
        if (t->type != TALLY_TIMEX_DATE || t->first == TALLY_NODAY || t->first == said_first)
            continue;
        if (t->start < d->toks.v[s->first].start || t->end > d->toks.v[s->last - 1].end)
            continue;
        if (t->first == t->last || t->last - t->first > 62) {
            if (t->gran == TALLY_GRAN_DAY)
                tally_day_format(t->first, out);
            continue;
        }
        /* "this month": up to the said-date */
        day_span(t->first, said_first != TALLY_NODAY && t->first < said_first && said_first < t->last ? said_first : t->last,
                 out, cap);
        return;
    }
}

/* ---- building claims ------------------------------------------------------------------------------- */

static bool in_date(const tally_doc *d, const tally_number *n)
{
    size_t i = tally_doc_timex_in(d, n->start, n->end);
    return i < d->tx.n && d->tx.v[i].start < n->end;
}

/* A share stated of the count later in its sentence, before any other count: "4,000 … represents 36% of
 * the deployed force". Within 400 bytes: a sentence of thousands of ages ("a 17-year-old was shot dead, a …")
 * read to its end for each count went quadratic. */
static double share_after(const tally_doc *d, size_t si, const tally_number *n)
{
    size_t end = d->toks.v[d->sents.v[si].last - 1].end;
    end = end - n->end > 400 ? n->end + 400 : end;
    for (size_t i = tally_doc_num_at(d, n->end); i < d->nums.n; i++) {
        const tally_number *m = &d->nums.v[i];
        if (m->start < n->end)
            continue;
        if (m->start >= end || m->kind == TALLY_NUM_COUNT)
            break;
        if (m->kind == TALLY_NUM_SHARE)
            return m->low;
    }
    return NAN;
}

/* "Two soldiers were killed and five others wounded": the others are of the group counted before them in the
 * sentence. */
static const char *others_group(const tally_doc *d, size_t si, const cand *c, const char *who)
{
    if (c->unit_tok == SIZE_MAX || !tok_is(d, c->unit_tok, "others") || !d->claims.n)
        return who;
    const tally_claim *p = &d->claims.v[d->claims.n - 1];
    bool same_sentence = p->span.start >= d->toks.v[d->sents.v[si].first].start;
    return same_sentence && p->who && str_is(p->unit, "person") ? p->who : who;
}

/* The value of a token of digits and thousands' commas ("1,204"), else NAN. */
static double digits_value(const tally_doc *d, size_t k)
{
    if (k >= d->toks.n || d->toks.v[k].kind != TOK_NUM)
        return NAN;
    double v = 0;
    for (size_t i = 0; i < tok_n(d, k); i++) {
        char ch = tok_s(d, k)[i];
        if (ch >= '0' && ch <= '9')
            v = v * 10 + (ch - '0');
        else if (ch != ',')
            return NAN;
    }
    return v;
}

/* "the toll rose from 41 to 63": a change, not a range; the figure it reached (63), else NAN. */
static double changed_to(const tally_doc *d, const tally_number *n)
{
    size_t k = tally_tok_at(d->toks.v, d->toks.n, n->start);
    if (k == 0 || !tok_is(d, k, "from"))
        return NAN;
    static const char *const change[] = {"rose", "risen", "climbed", "increased", "jumped", "grew", "soared",
                                         "fell", "dropped", "declined", "decreased", "surged"};
    if (!tally_ieq_any(tok_s(d, k - 1), tok_n(d, k - 1), change, sizeof change / sizeof *change))
        return NAN;
    for (size_t j = k + 1; j + 1 < d->toks.n && d->toks.v[j].end <= n->end; j++)
        if (tok_is(d, j, "to"))
            return digits_value(d, j + 1);
    return NAN;
}

/* "its own losses stood at 310", "their own troops": the count is the source's side, told just before it in its
 * clause. */
static bool own_side(const tally_doc *d, size_t lo, size_t t0)
{
    for (size_t k = t0; k > lo + 1 && t0 - k < 8; k--) {
        if (d->toks.v[k - 1].kind == TOK_PUNCT)
            return false;
        if (tok_is(d, k - 1, "own") && (tok_is(d, k - 2, "its") || tok_is(d, k - 2, "their")))
            return true;
    }
    return false;
}

/* The military of the nation a source's name opens with ("Bolivia's defence ministry", "Bolivian authorities",
 * "North Korean state media"), into out; false when it names none. */
static bool source_military(const char *source, char *out, size_t cap)
{
    char first[48], adj[48];
    size_t n = strcspn(source, " '\xe2"); /* the first word, before a space or a possessive */
    bool dir = (strncmp(source, "North ", 6) == 0 || strncmp(source, "South ", 6) == 0);
    if (dir)
        n = 6 + strcspn(source + 6, " '\xe2");
    if (n == 0 || n >= sizeof first)
        return false;
    memcpy(first, source, n);
    first[n] = '\0';
    const tally_lex *lx = tally_lex_find(dir ? first + 6 : first, dir ? n - 6 : n);
    if (lx && (lx->cls & LEX_D))
        snprintf(adj, sizeof adj, "%s", first); /* "Bolivian authorities" */
    else if (!tally_lex_adjective(first, adj, sizeof adj))
        return false;
    snprintf(out, cap, "%s military", adj);
    return true;
}

static int add_claim(tally_doc *d, size_t si, const tally_number *n, const cand *c, const tally_attr *at)
{
    tally_claim cl = {.span = {n->start, n->end}, .low = n->low, .high = n->high, .bound = n->bound,
                      .what = c->what, .rule = c->rule, .share = share_after(d, si, n)};
    double reached = changed_to(d, n);
    if (!isnan(reached))
        cl.low = cl.high = reached, cl.bound = TALLY_BOUND_EQ;
    cl.unit = c->unit ? c->unit->unit : "person";
    cl.who = others_group(d, si, c, group_of(d, c));
    char side[64];
    if (at && at->source && !at->person && c->demonym == SIZE_MAX && !str_is(c->rule, "verb-before") &&
        own_side(d, d->sents.v[si].first, c->t0) && /* not "its own forces killed 300": their victims */
        source_military(at->source, side, sizeof side))
        cl.who = tally_arena_strdup(&d->arena, side); /* "Bolivia's defence ministry … its own losses": Bolivian */
    cl.where = place_of(d, si, c, at && at->source ? &at->source_span : NULL);
    if (at && at->source) {
        cl.source = at->source;
        cl.source_span = at->source_span;
        if (at->nvia) {
            const char **via = tally_arena_alloc(&d->arena, sizeof *via * at->nvia);
            if (!via)
                return TALLY_ENOMEM;
            memcpy(via, at->via, sizeof *via * at->nvia);
            cl.via = via;
            cl.nvia = at->nvia;
        }
    }
    int32_t said_first = TALLY_NODAY, said_last = TALLY_NODAY;
    tally_gran said_gran = TALLY_GRAN_NONE;
    if (at)
        tally_attrib_said(d, at, &said_first, &said_last, &said_gran); /* read on this ask (attrib.c) */
    int32_t said = said_first != TALLY_NODAY ? said_first : d->dct;
    if (said_first != TALLY_NODAY)
        iso_date(said_first, said_last, said_gran, cl.said, sizeof cl.said);
    else if (d->dct != TALLY_NODAY)
        memcpy(cl.said, d->dct_day, sizeof d->dct_day); /* formatted once (doc.c) */
    period_of(d, si, c, n->start, said, cl.period, sizeof cl.period);
    if (strlen(cl.period) == 10 && (running_total(d, c->t0, d->sents.v[si].first) || risen_to(d, c->t0)))
        cl.period[0] = '\0'; /* "61 were killed on Monday, bringing the toll to 43,200": the day is the 61's; "the
                              * toll rose to 1,204 on Thursday": a total reached that day, not the day's deaths */
    return tally_vec_push(&d->claims, cl);
}

static void track_through(tally_doc *d, size_t si);

/* "This was stated by X" opening the next sentence attributes this one. */
static bool next_attributes_back(tally_doc *d, size_t si, const tally_attr prev[2], tally_attr *out)
{
    if (si + 1 >= d->sents.n)
        return false;
    const tally_sent *n = &d->sents.v[si + 1];
    size_t k = n->first;
    if (!(tok_is(d, k, "this") || tok_is(d, k, "that") || tok_is(d, k, "it")) ||
        !(tok_is(d, k + 1, "was") || tok_is(d, k + 1, "is")))
        return false;
    const tally_lex *lx = tok_lex(d, k + 2);
    if (!lx || !(lx->cls & LEX_C) || !tok_is(d, k + 3, "by"))
        return false;
    track_through(d, si); /* prev is the track's, read only when a cue is */
    tally_attrib_at_cue(d, si + 1, k + 2, prev, out);
    return out->source != NULL;
}

/* Reads every cue of the sentence to keep the pronoun antecedents current. */
static void track_sources(tally_doc *d, size_t si, tally_attr prev[2])
{
    size_t cues[16];
    size_t n = tally_attrib_cues(d, si, cues, 16);
    for (size_t i = 0; i < n; i++) {
        tally_attr at;
        tally_attrib_at_cue(d, si, cues[i], prev, &at);
        if (!at.source)
            continue;
        prev[at.person ? 0 : 1] = at;
    }
}


/* Every sentence's cues are read in order for the pronoun antecedents and the names met, which later reads
 * depend on; but most are never followed by a read that needs them (a paragraph with no claim), so they are
 * read when one follows (track_through), and the rest when the doc's names are asked for. The state lives
 * as long as the doc. */
struct tally_track {
    tally_attr prev[2];       /* the antecedents after the sentences before next */
    size_t next;
    size_t keep_si;           /* keep the antecedents as they stand after this sentence … */
    tally_attr *keep;         /* … here (the carried attribution's), unless NULL */
    size_t *due;              /* cue sentences whose carried attribution is still to be read, in order (flush_due) … */
    size_t ndue;
    tally_attr *carry;        /* … the read of sentence carry_si goes here (the paragraph's carried attribution) */
    size_t carry_si;
    size_t *vtok;             /* victims: the starts of a sentence's victim passes (victim_starts), … */
    uint8_t *vbits;           /* … room for toks.n, allocated on the first sentence with a victim word */
};

/* Reads the cues of the sentences up to si that are still due. */
static void track_through(tally_doc *d, size_t si)
{
    struct tally_track *t = d->track;
    for (; t && t->next <= si && t->next < d->sents.n; t->next++) {
        track_sources(d, t->next, t->prev);
        if (t->keep && t->keep_si == t->next) {
            t->keep[0] = t->prev[0], t->keep[1] = t->prev[1];
            t->keep = NULL;
        }
    }
}

/* The carried attributions due are read when the next read of a cue comes (or before the names pass): the
 * reads come in the order they would have come at once, so the names met and the antecedents are the same for
 * each, and a paragraph's carry that no claim borrows, most in an article's tail, is never read during
 * extraction. Each is read after its cue sentence C, whose cue-less next sentence made it due: the track through
 * C gives the antecedents after C. */
static void flush_due(tally_doc *d)
{
    struct tally_track *t = d->track;
    for (size_t i = 0; i < t->ndue; i++) {
        size_t c = t->due[i];
        tally_attr at;
        track_through(d, c);
        tally_attrib_find(d, c, d->sents.v[c].last, t->prev, &at);
        if (t->carry && c == t->carry_si)
            *t->carry = at;
    }
    t->ndue = 0;
}

void tally_claims_track_rest(tally_doc *d)
{
    if (d->track)
        flush_due(d);
    if (d->track && d->sents.n)
        track_through(d, d->sents.n - 1);
}

/* A quotation opened before k in sentence si and closed in a later sentence of the paragraph, with a cue
 * right after it ("“More than 300 are dead. We know their names,” she said"): that cue's attribution. */
static bool quote_closed_later(tally_doc *d, size_t si, size_t k, tally_attr prev[2], tally_attr *at)
{
    const tally_sent *s = &d->sents.v[si];
    bool open = false;
    for (size_t i = k > s->first + 300 ? k - 300 : s->first; i < k; i++)
        if (d->toks.v[i].kind == TOK_QUOTE)
            open = (d->toks.v[i].flags & TOKF_OPENQ) != 0;
    for (size_t i = k; open && i < s->last && i < k + 300; i++)
        if (d->toks.v[i].kind == TOK_QUOTE)
            return false; /* closed in this sentence: attrib.c reads it */
    for (size_t sj = si + 1; open && sj < d->sents.n && sj < si + 6 && d->sents.v[sj].para == s->para; sj++) {
        const tally_sent *n = &d->sents.v[sj];
        for (size_t i = n->first; i < n->last && i < n->first + 300; i++) {
            if (d->toks.v[i].kind != TOK_QUOTE)
                continue;
            for (size_t c = i + 1; c <= i + 4 && c < n->last; c++)
                if (tally_attrib_is_cue(d, c)) {
                    track_through(d, si); /* prev is the track's, read only when a cue is */
                    tally_attrib_at_cue(d, sj, c, prev, at);
                    return at->source != NULL;
                }
            return false;
        }
    }
    return false;
}

/* The attribution of token k: its sentence's cue; else "This was stated by X" next; else the one carried
 * through the paragraph; else the article's lead attribution (a report built on one source gives its
 * figures unattributed after the first sentence names it). */
static void attr_for(tally_doc *d, size_t si, size_t k, bool has_cue, tally_attr prev[2], const tally_attr *carry,
                     tally_attr *at)
{
    flush_due(d); /* carry is read */
    if (has_cue || tally_attrib_beyond(d, si, k)) {
        track_through(d, si); /* prev is the track's */
        tally_attrib_find(d, si, k, prev, at);
    } else if (!quote_closed_later(d, si, k, prev, at) && !next_attributes_back(d, si, prev, at))
        *at = carry->source ? *carry : d->lead;
}

/* A number word or numeral that can give an age: "17", "three". */
static __attribute__((noinline)) bool age_number(const tally_doc *d, size_t k)
{
    if (k >= d->toks.n)
        return false;
    if (d->toks.v[k].kind == TOK_NUM)
        return true; /* else a number word, each a literal: tok_is compares keys */
    return tok_is(d, k, "one") || tok_is(d, k, "two") || tok_is(d, k, "three") || tok_is(d, k, "four") ||
           tok_is(d, k, "five") || tok_is(d, k, "six") || tok_is(d, k, "seven") || tok_is(d, k, "eight") ||
           tok_is(d, k, "nine") || tok_is(d, k, "ten") || tok_is(d, k, "eleven") || tok_is(d, k, "twelve") ||
           tok_is(d, k, "thirteen") || tok_is(d, k, "fourteen") || tok_is(d, k, "fifteen") || tok_is(d, k, "sixteen") ||
           tok_is(d, k, "seventeen") || tok_is(d, k, "eighteen") || tok_is(d, k, "nineteen") || tok_is(d, k, "twenty");
}

/* Is token k the head of an age noun phrase: "17-year-old", "22-month-old", "11 year old", "three-year
 * old"? Returns its last token. */
static inline __attribute__((always_inline)) size_t age_noun(const tally_doc *d, size_t k)
{
    if (k >= d->toks.n || (d->toks.v[k].kind != TOK_NUM && d->toks.v[k].kind != TOK_WORD))
        return SIZE_MAX;
    size_t j = k + 1;
    if (j < d->toks.n && d->toks.v[j].kind == TOK_DASH)
        j++;
    const uint32_t first = 1u << ('y' - 'a') | 1u << ('m' - 'a') | 1u << ('w' - 'a') | 1u << ('d' - 'a');
    unsigned c = j < d->toks.n ? (unsigned)(d->key[j] & 0xff) - 'a' : 26; /* the unit's first letter first */
    if (c >= 26 || !(first >> c & 1) ||
        !(tok_is(d, j, "year") || tok_is(d, j, "month") || tok_is(d, j, "week") || tok_is(d, j, "day")) ||
        !age_number(d, k))
        return SIZE_MAX; /* the unit first: most tokens fail there, before the number words are compared */
    j++;
    if (j < d->toks.n && d->toks.v[j].kind == TOK_DASH)
        j++;
    return tok_is(d, j, "old") ? j : SIZE_MAX;
}

/* Words between a subject and its casualty predicate: "was", "has been", "fatally", "pronounced". */
static bool predicate_filler(const tally_doc *d, size_t k)
{
    if (k >= d->toks.n) /* "… shot and" at the text's end: no token to read */
        return false;
    const tally_lex *lx = tok_lex(d, k);
    size_t n = tok_n(d, k);
    if (lx && (lx->cls & LEX_A))
        return true;
    if (tok_is(d, k, "pronounced") || tok_is(d, k, "declared") || tok_is(d, k, "found") || tok_is(d, k, "later") ||
        tok_is(d, k, "then") || tok_is(d, k, "since") || tok_is(d, k, "also") || tok_is(d, k, "still") ||
        tok_is(d, k, "remained") || tok_is(d, k, "remains") || tok_is(d, k, "listed"))
        return true;
    return d->toks.v[k].kind == TOK_WORD && n > 3 && tally_ieq(tok_s(d, k) + n - 2, 2, "ly") && !lx;
}

/* After "taken to the hospital" at k: "for injuries he sustained", "with a gunshot injury" — the care was
 * for injuries, so the person was hurt (a death would be told with "died" or "fatal"). */
static bool care_for_injuries(const tally_doc *d, size_t k, size_t hi)
{
    if (!(tok_is(d, k, "for") || tok_is(d, k, "with")))
        return false;
    for (size_t j = k + 1; j < hi && j < k + 6; j++) {
        if (tok_is(d, j, "fatal") || tok_is(d, j, "died") || d->toks.v[j].kind == TOK_PUNCT)
            return false;
        if (tok_is(d, j, "injuries") || tok_is(d, j, "injury"))
            return true;
    }
    return false;
}

/* A word of gunfire within six words after k: "suffered a gunshot (bullet, graze) wound" was shot; "suffered
 * minor injuries" may be a crash's. */
static bool gunshot_after(const tally_doc *d, size_t k, size_t hi)
{
    for (size_t j = k + 1; j < hi && j <= k + 6; j++)
        if (tok_is(d, j, "gunshot") || tok_is(d, j, "gunshots") || tok_is(d, j, "bullet") || tok_is(d, j, "handgun") ||
            tok_is(d, j, "graze") || tok_is(d, j, "grazing") || (tok_is(d, j, "shot") && tok_is(d, j - 1, "being")))
            return true;
    return false;
}

static const char *wound_state(const tally_doc *d, size_t k, size_t hi);

static bool died_at(const tally_doc *d, size_t j);

/* After the hospital a person was taken to, ", where he remains in serious condition": alive there. */
static bool alive_there(const tally_doc *d, size_t k, size_t hi)
{
    size_t j = k;
    while (j < hi && j < k + 6 && !tok_is(d, j, "where") && d->toks.v[j].kind != TOK_PUNCT)
        j++; /* the hospital's place: "in Royal Oak" */
    if (is_punct(d, j, ','))
        j++;
    if (!tok_is(d, j, "where") || !(tok_is(d, j + 1, "he") || tok_is(d, j + 1, "she")))
        return false;
    size_t end = j + 2;
    while (end < hi && end < j + 16 && !(d->toks.v[end].kind == TOK_PUNCT && !is_punct(d, end, ',')))
        if (died_at(d, end) || tok_is(d, end++, "pronounced"))
            return false; /* "where he was in critical condition but later died" */
    for (size_t e = j + 2; e < end; e++) { /* "where she was treated for her wound and was listed in satisfactory
                                              condition" */
        const char *w = wound_state(d, e, end);
        if (w && str_is(w, "wounded"))
            return true;
    }
    return false;
}

/* "suffered", "sustained": a wound's verb, its subject the one hurt ("Ann Roe suffered a gunshot wound"). */
static bool suffered(const tally_doc *d, size_t k)
{
    return tok_is(d, k, "suffered") || tok_is(d, k, "sustained");
}

/* "taken", "transported", "rushed": a person carried to care ("was taken to a hospital"); start_words has no
 * slot left for "airlifted" or "flown". */
static bool carried(const tally_doc *d, size_t k)
{
    return tok_is(d, k, "taken") || tok_is(d, k, "transported") || tok_is(d, k, "rushed");
}

/* "treated for", "treated at a hospital for", "treated in Elm City for": the token of "for", else SIZE_MAX. */
static size_t treated_for(const tally_doc *d, size_t k, size_t hi)
{
    if (!tok_is(d, k, "treated"))
        return SIZE_MAX;
    size_t j = k + 1;
    if (tok_is(d, j, "at") || tok_is(d, j, "in"))
        while (j < hi && j < k + 8 && !tok_is(d, j, "for") && d->toks.v[j].kind != TOK_PUNCT)
            j++;
    return tok_is(d, j, "for") ? j : SIZE_MAX;
}

/* A predicate saying a person survived with wounds: "in critical condition", "is recovering", "suffered
 * non-life-threatening injuries", "with a gunshot wound". Returns the measure, or NULL. */
static const char *wound_state(const tally_doc *d, size_t k, size_t hi)
{
    if (!first_letter_in(d, k, LETTER('a') | LETTER('b') | LETTER('c') | LETTER('d') | LETTER('e') | LETTER('f') |
                                   LETTER('h') | LETTER('i') | LETTER('r') | LETTER('s') | LETTER('t') | LETTER('u') |
                                   LETTER('w')))
        return NULL; /* every branch below opens with one of k's words */
    if (tok_is(d, k, "recovering") || tok_is(d, k, "hospitalized") || tok_is(d, k, "hospitalised") ||
        (tok_is(d, k, "survived") && !count_at(d, k + 1, SIZE_MAX)))
        return "wounded"; /* "both victims survived" */
    if (tok_is(d, k, "as") && k + 1 < hi)
        k++; /* "listed as stable" */
    if ((tok_is(d, k, "stable") || tok_is(d, k, "critical") || tok_is(d, k, "serious")) &&
        (k + 1 >= hi || d->toks.v[k + 1].kind == TOK_PUNCT || tok_is(d, k + 1, "and") || tok_is(d, k + 1, "but")))
        return "wounded"; /* "is listed as stable", "remains critical." */
    if (tok_is(d, k, "expected") && tok_is(d, k + 1, "to") &&
        (tok_is(d, k + 2, "survive") || tok_is(d, k + 2, "recover") ||
         (tok_is(d, k + 2, "be") && (tok_is(d, k + 3, "ok") || tok_is(d, k + 3, "okay") || tok_is(d, k + 3, "fine")))))
        return "wounded"; /* "he is expected to survive", "is expected to be OK" */
    if (tok_is(d, k, "treated") && ((tok_is(d, k + 1, "and") && tok_is(d, k + 2, "released")) ||
                                    (k > 0 && tok_is(d, k - 1, "being") && tok_is(d, k + 1, "at"))))
        return "wounded"; /* "was treated and released", "is still being treated at a hospital" */
    size_t tf = treated_for(d, k, hi), from = tf != SIZE_MAX ? tf + 1 : k + 2;
    if (tf != SIZE_MAX ||
        (tok_is(d, k, "for") && tok_is(d, k + 1, "treatment") && (tok_is(d, k + 2, "of") || tok_is(d, k + 2, "for"))))
        for (size_t j = from; j < hi && j < from + 6 && !tok_is(d, j, "fatal") && d->toks.v[j].kind != TOK_PUNCT; j++)
            if (tok_is(d, j, "wound") || tok_is(d, j, "wounds") || tok_is(d, j, "injuries") || tok_is(d, j, "injury"))
                return "wounded"; /* "was treated for a gunshot wound", "went to a hospital for treatment of a gunshot
                                     wound": care given to the living */
    if (tok_is(d, k, "released") && tok_is(d, k + 1, "from"))
        for (size_t j = k + 2; j < hi && j < k + 6; j++)
            if (tok_is(d, j, "hospital"))
                return "wounded"; /* "was released from a local hospital" */
    if ((tok_is(d, k, "upgraded") || tok_is(d, k, "downgraded")) && tok_is(d, k + 1, "to"))
        k++; /* "has been upgraded to serious condition" */
    if (tok_is(d, k, "in") && k > 0 && (tok_is(d, k - 1, "remains") || tok_is(d, k - 1, "remained") || tok_is(d, k - 1, "still")) &&
        (tok_is(d, k + 1, "the") || tok_is(d, k + 1, "a")) && tok_is(d, k + 2, "hospital"))
        return "wounded"; /* "her mother remains in the hospital" */
    size_t in = tok_is(d, k, "still") ? k + 1 : k;
    if (tok_is(d, in, "in") && tok_is(d, in + 1, "hospital") && !(k > 0 && died_at(d, k - 1)))
        return "wounded"; /* "80 people are still in hospital", "with 80 in hospital": no article, a patient */
    if (tok_is(d, k, "in") || (tok_is(d, k, "to") && k > 0 && (tok_is(d, k - 1, "upgraded") || tok_is(d, k - 1, "downgraded")))) {
        if (tok_is(d, k + 1, "the") || tok_is(d, k + 1, "a"))
            return NULL; /* "in the hospital", "in a car": no state word next, the most common case first */
        for (size_t j = k + 1; j < hi && j < k + 6; j++) {
            if (tok_is(d, j, "condition"))
                return "wounded";
            bool state = tok_is(d, j, "critical") || tok_is(d, j, "serious") || tok_is(d, j, "stable") ||
                         tok_is(d, j, "fair") || tok_is(d, j, "grave") || tok_is(d, j, "good") ||
                         tok_is(d, j, "satisfactory") || tok_is(d, j, "guarded") ||
                         (tok_is(d, j, "non") && d->toks.v[j + 1].kind == TOK_DASH) || d->toks.v[j].kind == TOK_DASH ||
                         (j > k + 1 && tok_is(d, j, "but")); /* "in critical but stable condition", "in non-critical condition" */
            if (!state && !(d->toks.v[j].kind == TOK_WORD && tok_n(d, j) > 3 &&
                            tally_ieq(tok_s(d, j) + tok_n(d, j) - 2, 2, "ly")))
                return NULL;
        }
        return NULL;
    }
    if (tok_is(d, k, "taken") || tok_is(d, k, "transported") || tok_is(d, k, "rushed") || tok_is(d, k, "airlifted") ||
        tok_is(d, k, "flown") || tok_is(d, k, "sent") || tok_is(d, k, "conveyed")) { /* "was taken to a local hospital": shot, whether or not they died there */
        size_t to = k + 1;
        if (tok_is(d, to, "by") && !tok_lex(d, to + 1))
            for (size_t j = to + 2; j < hi && j < to + 5 && to == k + 1; j++)
                to = tok_is(d, j, "to") ? j : to; /* "taken by ambulance to", "by private vehicle to" */
        for (size_t j = to, reach = to + 5; j < hi && j < reach && tok_is(d, to, "to"); j++) {
            if (tok_is(d, j, "hospital") || tok_is(d, j, "hospitals") ||
                (tok_is(d, j, "center") && (tok_is(d, j - 1, "medical") || tok_is(d, j - 1, "trauma"))))
                return care_for_injuries(d, j + 1, hi) || alive_there(d, j + 1, hi) ? "wounded" : "shot";
            if (reach < k + 12 && (tok_cap(d, j) || d->toks.v[j].kind == TOK_APOS_S))
                reach++; /* a hospital's name: "to HSHS St. Anthony's Memorial Hospital" */
        }
        return NULL;
    }
    if (!(tok_is(d, k, "suffered") || tok_is(d, k, "sustained") || tok_is(d, k, "received") || tok_is(d, k, "with") ||
          tok_is(d, k, "suffering") || tok_is(d, k, "sustaining") || tok_is(d, k, "receiving") ||
          (tok_is(d, k, "bleeding") && tok_is(d, k + 1, "from")))) /* "bleeding from gunshot wounds" */
        return NULL;
    for (size_t j = k + 1; j < hi && j < k + 7; j++) {
        if (tok_is(d, j, "fatal") || count_at(d, j, SIZE_MAX))
            return NULL;
        if (tok_is(d, j, "wound") || tok_is(d, j, "wounds") || tok_is(d, j, "injuries") || tok_is(d, j, "injury"))
            return "shot";
    }
    return NULL;
}

/* Does the active verb at k take an object ("a man shot and killed his wife", "a gunman killed three")?
 * Then the person before it is the agent, not a victim. */
static bool takes_object(const tally_doc *d, size_t k, size_t hi)
{
    size_t j = k + 1;
    size_t adv = tok_is(d, j, "and") && predicate_filler(d, j + 1) && !tok_lex(d, j + 1) ? j + 2 : j + 1;
    if (tok_is(d, j, "and") && measure_at(d, adv))
        j = adv + 1; /* "shot and killed", "shot and critically injured" */
    if (tok_is(d, j, "down"))
        j++; /* "who gunned down four friends" */
    if (j >= hi)
        return false;
    if (tok_is(d, j, "a") || tok_is(d, j, "an") || tok_is(d, j, "another") || tok_is(d, j, "the") ||
        tok_is(d, j, "his") || tok_is(d, j, "her") || tok_is(d, j, "their") || tok_is(d, j, "him") ||
        tok_is(d, j, "them") || tok_is(d, j, "two") || tok_is(d, j, "three") || tok_is(d, j, "four") ||
        tok_is(d, j, "five") || tok_is(d, j, "six") || tok_is(d, j, "seven") || tok_is(d, j, "eight") ||
        tok_is(d, j, "nine") || tok_is(d, j, "ten") || tok_is(d, j, "one") || tok_is(d, j, "others"))
        return true; /* an object's first word */
    if (tok_lex(d, j) && (tok_lex(d, j)->cls & LEX_P) && (tok_cap(d, j) == tok_cap(d, k)))
        return true; /* a headline's "Man Accidentally Shoots Girl", "Woman kills husband, infant son" */
    return (d->toks.v[j].kind == TOK_NUM || (tok_cap(d, j) && !tok_lex(d, j))) && !tally_doc_in_timex(d, j);
}

/* "a teenager shot in the head on Friday has died": the person shot died later in the sentence. */
static bool died_at(const tally_doc *d, size_t j)
{
    return tok_is(d, j, "died") || tok_is(d, j, "dies");
}

static bool afterwards(const tally_doc *d, size_t j)
{
    return tok_is(d, j, "later") || tok_is(d, j, "then") || tok_is(d, j, "eventually") || tok_is(d, j, "subsequently") ||
           tok_is(d, j, "soon");
}

/* "a teenager shot in the head on Friday has died", "a boy who was shot … died over the weekend", "was
 * rushed to a hospital, but died": the person shot died later in the sentence. A conjunction opens another
 * clause ("a man was shot and a woman died") unless the verb follows it at once. */
static bool died_later(const tally_doc *d, size_t k, size_t hi)
{
    for (size_t j = k + 1; j < hi && j < k + 24; j++) {
        if (!first_letter_in(d, j, LETTER('a') | LETTER('b') | LETTER('w') | LETTER('d')) && !is_punct(d, j, ';') &&
            !tally_attrib_is_cue(d, j))
            continue; /* none of the words below: most tokens, each asked a dozen questions before */
        if (tok_is(d, j, "and") || tok_is(d, j, "but")) {
            size_t v = afterwards(d, j + 1) ? j + 2 : j + 1;
            /* "and was later pronounced dead" */
            size_t p = tok_is(d, v, "was") && afterwards(d, v + 1) ? v + 2 : v + 1;
            if (died_at(d, v) || (tok_is(d, v, "was") && tok_is(d, p, "pronounced") && tok_is(d, p + 1, "dead")))
                return true;
            bool verb = v < d->toks.n && d->toks.v[v].kind == TOK_WORD && !tok_cap(d, v) && tok_n(d, v) > 4 &&
                        (tally_ieq(tok_s(d, v) + tok_n(d, v) - 2, 2, "ed") || tok_is(d, v, "taken") || tok_is(d, v, "flown"));
            if (!verb)
                return false; /* "… and rushed to a hospital, but died": the same subject goes on */
            j = v;
        }
        if (tok_is(d, j, "where") && (tok_is(d, j + 1, "he") || tok_is(d, j + 1, "she"))) {
            size_t v = j + 2, p = tok_is(d, v, "was") && afterwards(d, v + 1) ? v + 2 : v + 1;
            return died_at(d, v) || (afterwards(d, v) && died_at(d, v + 1)) ||
                   (tok_is(d, v, "was") && tok_is(d, p, "pronounced") && tok_is(d, p + 1, "dead"));
        } /* "transported to a hospital where she was later pronounced dead" */
        if (is_punct(d, j, ';') || tok_is(d, j, "while") || tok_is(d, j, "who") || tok_is(d, j, "which") ||
            tok_is(d, j, "after") || tok_is(d, j, "when") || tally_attrib_is_cue(d, j))
            return false;
        if (died_at(d, j))
            return true;
    }
    return false;
}

/* The auxiliary ending a short place phrase that opens at k ("of the fleeing car is …"), else SIZE_MAX. */
static size_t aux_after(const tally_doc *d, size_t k, size_t hi)
{
    for (size_t j = k + 1; j < hi && j < k + 7; j++) {
        const tally_lex *lx = tok_lex(d, j);
        if (lx && (lx->cls & LEX_A))
            return j;
        if (d->toks.v[j].kind == TOK_PUNCT || tok_is(d, j, "and") || tok_is(d, j, "who") || tok_is(d, j, "where") ||
            (lx && (lx->cls & (LEX_M | LEX_C))))
            return SIZE_MAX;
    }
    return SIZE_MAX;
}

/* "non-life-threatening", "not life-threatening" at k: the person lives. */
static bool not_life_threatening(const tally_doc *d, size_t k)
{
    size_t j = d->toks.v[k + 1].kind == TOK_DASH ? k + 2 : k + 1;
    return (tok_is(d, k, "non") || tok_is(d, k, "not")) && tok_is(d, j, "life");
}

/* The rest of a clause after "and" at k tells a condition the living are in: "and is in stable condition",
 * "and taken in good condition to Mount Sinai Hospital", "and was treated and released", "and suffered
 * non-life-threatening injuries" (a death told later undoes it: "in critical condition, where he died"). */
static bool alive_after(const tally_doc *d, size_t k, size_t hi)
{
    bool cue = false; /* a condition's word ("condition", "stable", "treated", "survive", "life") or "ok" before
                         the clause's punctuation */
    for (size_t j = k + 1; j < hi && j < k + 16 && !cue && d->toks.v[j].kind != TOK_PUNCT; j++)
        cue = d->hint[j] & LEXH_VICTIM;
    if (!cue)
        return false;
    for (size_t j = k + 1; j + 1 < hi && j < k + 14; j++) {
        if (d->toks.v[j].kind == TOK_PUNCT || (clause_start(d, j) && !tok_is(d, j, "as")) || died_at(d, j))
            return false;
        if (carried(d, j) || tok_is(d, j, "airlifted") || tok_is(d, j, "flown"))
            continue; /* "taken to the hospital with life-threatening injuries" may still die */
        const char *w = not_life_threatening(d, j) ? "wounded" : wound_state(d, j, hi);
        if (w && str_is(w, "wounded"))
            return !died_later(d, j, hi);
    }
    return false;
}

/* "… but survived", "and survived", "and is in stable condition": the person shot lived. */
static bool survived_later(const tally_doc *d, size_t k, size_t hi)
{
    for (size_t j = k + 1; j + 1 < hi && j < k + 14; j++) {
        if (tok_is(d, j, "and") || tok_is(d, j, "but")) {
            return tok_is(d, j + 1, "survived") || alive_after(d, j, hi);
        } /* "… and survived", "… but is expected to survive" */
        if (is_punct(d, j, ',') && (tok_is(d, j + 1, "and") || tok_is(d, j + 1, "but")))
            continue; /* "was also shot, but survived" */
        if (d->toks.v[j].kind == TOK_PUNCT || clause_start(d, j))
            return false;
    }
    return false;
}

/* "arrived at a hospital with a gunshot wound": the wound later in the clause of the verb at k. */
static inline __attribute__((always_inline)) const char *wound_in_clause(const tally_doc *d, size_t k, size_t hi)
{
    for (size_t j = k + 1; j < hi && j < k + 8; j++) {
        if (d->toks.v[j].kind == TOK_PUNCT || tok_is(d, j, "and") || (tok_lex(d, j) && (tok_lex(d, j)->cls & LEX_C)) ||
            count_at(d, j, SIZE_MAX))
            return NULL; /* "stopped a car holding two men with gunshot wounds": the wounds are theirs */
        if (tok_is(d, j, "with") || tok_is(d, j, "suffering") || tok_is(d, j, "for"))
            /* "… in the hospital after suffering a gunshot wound", "went to a hospital for treatment of a wound" */
            return wound_state(d, j, hi);
    }
    return NULL;
}

static const char *with_wound(const tally_doc *d, size_t k, size_t hi)
{
    if (d->toks.v[k].kind != TOK_WORD || tok_cap(d, k) || tok_lex(d, k))
        return NULL; /* a verb of no class of ours */
    return wound_in_clause(d, k, hi);
}

/* "arrived at a hospital with a gunshot wound", "showed up at the hospital suffering from a gunshot wound":
 * verbs of ours for other things (troops "arrived" are deployed, a report "showed" a figure). */
static const char *arrival_wound(const tally_doc *d, size_t k, size_t hi)
{
    if (!tok_is(d, k, "arrived") && !(tok_is(d, k, "showed") && tok_is(d, k + 1, "up")))
        return NULL;
    return wound_in_clause(d, k, hi);
}

/* "to", "would", "could": the verb after token k (a word before it) tells of no deed. */
static bool irrealis(const tally_doc *d, size_t k)
{
    return tok_is(d, k, "to") || tok_is(d, k, "would") || tok_is(d, k, "will") || tok_is(d, k, "could") ||
           tok_is(d, k, "might") || tok_is(d, k, "may") || tok_is(d, k, "should") || tok_is(d, k, "threatened") ||
           tok_is(d, k, "nearly") || tok_is(d, k, "almost"); /* "the bullets that nearly killed him" */
}

/* "to death" at token k: "shot his wife to death" is killed. */
static bool to_death(const tally_doc *d, size_t k)
{
    return tok_is(d, k, "to") && tok_is(d, k + 1, "death");
}

/* The measure a single person's phrase [a, b) takes: "was fatally shot", "died", "who was killed", "is in
 * critical condition", or a verb before it ("killed a woman", "fatally wounding a man", "shot his wife to
 * death"). Skips an appositive name and age ("a man, John Doe, 23, was killed"). */

/* Past an aside between spaced dashes at k ("Another victim – Ann Roe, 14 – was taken"): the token after the
 * closing dash, else k. */
static size_t dash_aside_end(const tally_doc *d, size_t k, size_t hi)
{
    if (k >= hi || d->toks.v[k].kind != TOK_DASH || !(d->toks.v[k].flags & TOKF_SPACE))
        return k;
    for (size_t j = past_dash(d, k, hi); j < hi && j < k + 14; j++) {
        if (d->toks.v[j].kind == TOK_DASH && (d->toks.v[j].flags & TOKF_SPACE))
            return past_dash(d, j, hi);
        if (d->toks.v[j].kind == TOK_PUNCT && !is_punct(d, j, ','))
            return k;
    }
    return k;
}

/* Past a name in parentheses at k ("The victim (Al Roe Jr., 17) died"): the token after ')', else k. */
static size_t paren_aside_end(const tally_doc *d, size_t k, size_t hi)
{
    if (!is_punct(d, k, '(') || !tok_cap(d, k + 1))
        return k;
    for (size_t j = k + 2; j < hi && j < k + 10; j++) {
        if (is_punct(d, j, ')'))
            return j + 1;
        if (!tok_cap(d, j) && d->toks.v[j].kind != TOK_NUM && !is_punct(d, j, '.') && !is_punct(d, j, ','))
            return k;
    }
    return k;
}

/* An apposition left open ("a fourth victim, 24-year-old Ann Roe is being treated"): from its first word at k, an
 * age or a name, the auxiliary that ends it; else SIZE_MAX. */
static size_t open_apposition_end(const tally_doc *d, size_t k, size_t hi)
{
    size_t age = age_noun(d, k);
    if (age == SIZE_MAX && !(tok_cap(d, k) && !tok_lex(d, k)))
        return SIZE_MAX;
    for (size_t j = age == SIZE_MAX ? k : age + 1; j < hi && j < k + 10; j++) {
        const tally_lex *lx = tok_lex(d, j);
        if (lx && (lx->cls & LEX_A))
            return j;
        if (d->toks.v[j].kind == TOK_PUNCT || (!tok_cap(d, j) && d->toks.v[j].kind == TOK_WORD))
            return SIZE_MAX; /* a name's words are capitalised */
    }
    return SIZE_MAX;
}

static const char *single_measure(const tally_doc *d, size_t a, size_t b, size_t hi)
{
    if (a > 1 && gunfire_hit(d, a - 1))
        return tok_is(d, a - 2, "fatally") || died_later(d, b, hi) ? "killed" : "shot";
    if (a > 0) {
        const tally_lex *v = measure_at(d, a - 1);
        if (v && (v->mflags & LEXM_V)) {
            bool adverb = a >= 3 && tok_n(d, a - 2) > 3 && tally_ieq(tok_s(d, a - 2) + tok_n(d, a - 2) - 2, 2, "ly");
            if (irrealis(d, a - 2) || (adverb && irrealis(d, a - 3)))
                return NULL; /* "could (possibly) hurt himself" */
            bool self = tok_is(d, a, "himself") || tok_is(d, a, "herself");
            bool fatal = tok_is(d, a - 2, "fatally") || tok_is(d, a - 2, "mortally") || to_death(d, b) ||
                         (self && died_later(d, a, hi)); /* "shot himself in the chest and died" */
            const char *what = compound(d, a - 1, v->measure); /* "fatally wounding the man", "shot his wife to death" */
            return fatal && (str_is(what, "shot") || str_is(what, "wounded")) ? "killed" : what;
        }
    }
    size_t k = b;
    if (is_punct(d, k, ',')) { /* appositive: ", Name Name, 23," */
        size_t j = k + 1;
        while (j < hi && j < k + 12 && !is_punct(d, j, ','))
            j++;
        if (j < hi && is_punct(d, j, ',')) {
            k = j + 1;
            if (k < hi && d->toks.v[k].kind == TOK_NUM && is_punct(d, k + 1, ','))
                k += 2;
        } else {
            size_t v = open_apposition_end(d, k + 1, hi);
            k = v != SIZE_MAX ? v : k + 1; /* the comma closing the appositive we are in: "Ann Roe, a 23-year-old nurse, was shot" */
        }
    }
    k = paren_aside_end(d, dash_aside_end(d, k, hi), hi);
    if (k == b && k < hi && d->toks.v[k].kind == TOK_WORD && tok_n(d, k) > 4 &&
        tally_ieq(tok_s(d, k) + tok_n(d, k) - 3, 3, "ing") && !tok_cap(d, k) && !measure_at(d, k))
        for (size_t j = k + 1; j < hi && j < k + 6 && d->toks.v[j].kind == TOK_WORD && !measure_at(d, j); j++)
            if (tok_lex(d, j) && (tok_lex(d, j)->cls & LEX_A)) {
                k = j; /* "the man driving the car was struck": past the participle's phrase */
                break;
            }
    if (tok_is(d, k, "who") || tok_is(d, k, "that"))
        k++; /* "a 2-year-old girl who was killed" */
    bool aux = false, skipped = false;
    for (size_t n = 0; k < hi && n < 5; k++, n++) {
        const tally_lex *m = measure_at(d, k);
        if (tok_is(d, k, "fatally") && !aux && measure_at(d, k + 1))
            continue; /* the adverb of an active verb after it: "a woman fatally shot her husband" */
        if (tok_is(d, k, "sent") && aux && wound_state(d, k, hi))
            return wound_state(d, k, hi); /* "was sent to the hospital", not troops sent */
        if (tok_is(d, k, "arrived") || tok_is(d, k, "showed"))
            return arrival_wound(d, k, hi);
        if (m && (m->mflags & (LEXM_P | LEXM_V)) && !tok_is(d, k, "shooting") && !shot_at(d, k)) {
            if (!aux && (m->mflags & LEXM_V) && takes_object(d, k, hi))
                return NULL;
            const char *what = compound(d, k, m->measure);
            if (str_is(what, "shot") && (tok_is(d, k + 1, "himself") || tok_is(d, k + 1, "herself")) &&
                to_death(d, k + 2))
                return "killed"; /* "accidentally shot himself to death" */
            if (str_is(what, "shot") && survived_later(d, k, hi))
                return "wounded"; /* "was also shot in the chest but survived" */
            return !str_is(what, "killed") && died_later(d, k, hi) ? "killed" : what;
        }
        aux |= tok_lex(d, k) && (tok_lex(d, k)->cls & LEX_A) &&
               !(tok_is(d, k, "had") || tok_is(d, k, "has") || tok_is(d, k, "have")); /* "had shot his wife": active */
        const char *w = wound_state(d, k, hi);
        if (w && str_is(w, "shot") && survived_later(d, k, hi))
            return "wounded"; /* "who suffered a gunshot wound to the leg, but survived" */
        if (w)
            return !str_is(w, "killed") && died_later(d, k, hi) ? "killed" : w;
        if (tok_is(d, k, "survived") && !count_at(d, k + 1, SIZE_MAX))
            return "wounded";
        if (hit_by_gunfire(d, k)) /* "a girl was struck by a stray bullet" */
            return died_later(d, k, hi) ? "killed" : "shot";
        bool prep = tok_is(d, k, "in") || tok_is(d, k, "at") || tok_is(d, k, "from") || tok_is(d, k, "on") ||
                    tok_is(d, k, "of");
        size_t verb = prep && !aux && !skipped ? aux_after(d, k, hi) : SIZE_MAX;
        if (verb != SIZE_MAX) { /* "the driver of the fleeing car is in critical condition" */
            k = verb - 1, n = 0, skipped = true;
            continue;
        }
        if (!predicate_filler(d, k)) /* "was treated …, but died", "victim in Elm Road shooting dies" */
            return (aux || prep) && died_later(d, k, hi) ? "killed" : with_wound(d, k, hi);
    }
    return NULL;
}

/* "death", "killing", "murder", "slaying", or "fatal shooting": a noun naming one person's death. */
static bool death_noun(const tally_doc *d, size_t k)
{
    const tally_lex *m = measure_at(d, k);
    if (m && str_is(m->measure, "killed") && (m->mflags & LEXM_N) && !tok_is(d, k, "deaths"))
        return true;
    return tok_is(d, k, "shooting") && k > 0 && (tok_is(d, k - 1, "fatal") || tok_is(d, k - 1, "deadly"));
}

/* "second" … "tenth" at k: its number, else 0. */
/* An ordinal in digits at number token k ("an 8th teen", "a 3rd victim"): its value from 2 to 99, else 0. */
static __attribute__((noinline)) double digit_ordinal(const tally_doc *d, size_t k)
{
    size_t i = tally_doc_num_at(d, d->toks.v[k].start);
    bool nth = i < d->nums.n && d->nums.v[i].start == d->toks.v[k].start && d->nums.v[i].kind == TALLY_NUM_ORDINAL;
    return nth && d->nums.v[i].low >= 2 && d->nums.v[i].low <= 99 ? d->nums.v[i].low : 0;
}

static double ordinal(const tally_doc *d, size_t k)
{
    if (k < d->toks.n && d->toks.v[k].kind == TOK_NUM) {
        size_t end = d->toks.v[k].end;
        char c = end < d->a.text_len ? d->a.text[end] : 0;
        return c == 's' || c == 'n' || c == 'r' || c == 't' ? digit_ordinal(d, k) : 0; /* "8th", "21st", "3rd" */
    }
    if (k >= d->toks.n || tok_n(d, k) < 5 || tok_n(d, k) > 7)
        return 0; /* literals by first letter: tok_is compares keys */
    switch (d->key[k] & 0xff) {
    case 's':
        return tok_is(d, k, "second") ? 2 : tok_is(d, k, "sixth") ? 6 : tok_is(d, k, "seventh") ? 7 : 0;
    case 't':
        return tok_is(d, k, "third") ? 3 : tok_is(d, k, "tenth") ? 10 : 0;
    case 'f':
        return tok_is(d, k, "fourth") ? 4 : tok_is(d, k, "fifth") ? 5 : 0;
    case 'e':
        return tok_is(d, k, "eighth") ? 8 : 0;
    case 'n':
        return tok_is(d, k, "ninth") ? 9 : 0;
    default:
        return 0;
    }
}

/* Token k opens its sentence or follows a label's colon ("Police: Man killed"): a headline may start there. */
static bool opens_clause(const tally_doc *d, const tally_sent *s, size_t k)
{
    return k == s->first || (k > s->first && d->key[k - 1] == ':' && is_punct(d, k - 1, ':')); /* the key first */
}

/* "a fourth was wounded", "a second is in critical condition": an ordinal after an article stands for a person
 * of the group just counted when an auxiliary or a measure follows it. */
static bool elided_person(const tally_doc *d, const tally_sent *s, size_t k)
{
    if (k + 2 >= s->last || !(tok_is(d, k, "a") || tok_is(d, k, "the")) || !ordinal(d, k + 1))
        return false;
    const tally_lex *lx = tok_lex(d, k + 2);
    return lx && ((lx->cls & LEX_A) || ((lx->cls & LEX_M) && (lx->mflags & LEXM_P)));
}

/* A headline's place before its person ("Des Moines teen shot", "Chicago police officer hurt"): the person
 * word after up to three capitalised words of no class of ours at k, else k. */
static size_t after_place(const tally_doc *d, const tally_sent *s, size_t k)
{
    size_t j = k;
    while (j < s->last && j < k + 3 && d->toks.v[j].kind == TOK_WORD && tok_cap(d, j) &&
           !(tok_lex(d, j) && (tok_lex(d, j)->cls & (LEX_P | LEX_M | LEX_A | LEX_C | LEX_F))) && !tok_is(d, j, "my") &&
           !tok_is(d, j, "our") && !tok_is(d, j, "your") && !tok_is(d, j, "his") && !tok_is(d, j, "her") &&
           !tok_is(d, j, "their") && !tok_is(d, j, "its") && !count_at(d, j, SIZE_MAX)) /* the number search last */
        j++; /* not "My father died …": a possessive, no place */
    if (j > k && j + 1 < s->last && tok_is(d, j, "police") && tok_lex(d, j + 1) && (tok_lex(d, j + 1)->cls & LEX_P))
        j++; /* "Chicago police officer" */
    return j > k && j < s->last && tok_lex(d, j) && (tok_lex(d, j)->cls & LEX_P) ? j : k;
}

/* Where the victim passes may start in a sentence: one walk over its tokens (victim_starts) lists the tokens
 * any pass may start at, with a bit for each pass that may, and each pass reads only its own. The passes
 * read the same few words of every token (its key, entry, the entry before it): in one walk these are
 * loaded once, and the five passes skip the rest of the sentence. */
enum {
    VS_SINGLE = 1,   /* single_victims: person_start */
    VS_NAMED = 2,    /* named_victims: a participle measure, or "in", "recovering" after an auxiliary */
    VS_DEATH_OF = 4, /* death_of_name: a death noun before "of" */
    VS_LIST = 8,     /* victim_lists: a number, a headline's person or list_opener … */
    VS_NUM = 16,     /* … a number starts here */
    VS_HEADLINE = 32,/* … a headline's list may open here */
    VS_EVENT = 64,   /* named_events: toll_opener */
    VS_DET = 128     /* single_victims: the phrase opens with a determiner (person_det) */
};
typedef struct vstarts {
    const size_t *tok;    /* the tokens, in order … */
    const uint8_t *bits;  /* … and their VS_* bits */
    size_t n;
} vstarts;

/* "the", "a", "an", "another", "his", "her", "their": a determiner that may open one person's phrase. */
static bool person_det(const tally_doc *d, size_t k)
{
    char c0 = (char)(d->key[k] & 0xff); /* they start with t, a or h */
    return (c0 == 't' && (tok_is(d, k, "the") || tok_is(d, k, "their"))) ||
           (c0 == 'a' && (tok_is(d, k, "a") || tok_is(d, k, "an") || tok_is(d, k, "another"))) ||
           (c0 == 'h' && (tok_is(d, k, "his") || tok_is(d, k, "her")));
}

/* Can a single person's phrase open at k (victim_head)? It follows a measure verb, opens a clause or opens with
 * a determiner, and its first word is short but a person's ("Bystander shot"). */
static bool person_start(const tally_doc *d, const tally_sent *s, size_t k, const tally_lex *before)
{
    bool verb_before = before && (before->cls & LEX_M) && (before->mflags & LEXM_V);
    if (!verb_before && !person_det(d, k) && !opens_clause(d, s, k))
        return false;
    return d->toks.v[k].kind == TOK_NUM ||
           (d->toks.v[k].kind == TOK_WORD && (tok_n(d, k) <= 7 || (tok_lex(d, k) && (tok_lex(d, k)->cls & LEX_P)) ||
                                              (k + 1 < s->last && d->toks.v[k + 1].kind == TOK_APOS_S) ||
                                              (verb_before && tok_cap(d, k) && !tok_lex(d, k))));
}

/* A name as a measure verb's object at k ("opened fire, killing Lewis", "shot and killed Jeremy Mardis", "fatally
 * shot Kincaid-Hill, 57,"), the verb in lower case: its last token, else SIZE_MAX. Not a date ("killed Monday"), a
 * name's possessive ("shot Detroit's"), nor the first of a list ("killing Teryus and his friend": two). */
static size_t named_object(const tally_doc *d, const tally_sent *s, size_t k)
{
    size_t e = k;
    while (e < s->last && e < k + 4 && d->toks.v[e].kind == TOK_WORD && tok_cap(d, e) && !tok_lex(d, e) &&
           !tok_function(d, e) && !(d->toks.v[e].flags & TOKF_ALLCAP) && !tally_doc_in_timex(d, e))
        e += e + 2 < s->last && d->toks.v[e + 1].kind == TOK_DASH && d->toks.v[e + 1].start == d->toks.v[e].end &&
                     tok_cap(d, e + 2)
                 ? 2
                 : 1; /* "Kincaid-Hill", not "shot Scott - Brentley Vinson, who …" */
    if (e == k || tok_n(d, k) < 2 || tok_cap(d, k - 1) ||
        (e < s->last && (d->toks.v[e].kind == TOK_APOS_S || d->toks.v[e].kind == TOK_QUOTE ||
                         (tok_lex(d, e) && (tok_lex(d, e)->cls & LEX_P)) ||
                         (tok_cap(d, e) && d->toks.v[e].kind == TOK_WORD))))
        return SIZE_MAX; /* not a title-case headline's "Shot Outside Club" ("killed News Shooting in …"), nor a
                            modifier: "killing Elm City man", "killed Ann Roe's baby" */
    if (k < s->first + 3 || !(is_punct(d, k - 2, ',') || tok_is(d, k - 2, "fatally") ||
                              (tok_is(d, k - 2, "and") && tok_is(d, k - 3, "shot"))))
        return SIZE_MAX; /* a shooting's words: "opened fire, killing Lewis", "shot and killed Regula", "fatally shot
                            Hale"; not "the raid that killed Osama bin Laden", "long shot Lindsey Graham", "the July 4
                            shooting Downtown" (on PolNeAR a bare verb's name was another story's, its source wrong) */
    const tally_lex *v = measure_at(d, k - 1);
    if (!str_is(v->measure, "killed") && !str_is(v->measure, "wounded") && !str_is(v->measure, "shot"))
        return SIZE_MAX; /* not "cameras captured Torres' mother" */
    if (tok_is(d, e, "and") && (tok_cap(d, e + 1) || tok_lex(d, e + 1) || person_det(d, e + 1)))
        return SIZE_MAX;
    return e - 1;
}

/* "enjoys shooting himself in the foot", "keeps shooting itself in the foot": the idiom, in its present forms
 * (the past "shot himself in the foot" is mostly a wound). k is the reflexive pronoun. */
static bool foot_idiom(const tally_doc *d, size_t k)
{
    return k > 0 && (tok_is(d, k - 1, "shooting") || tok_is(d, k - 1, "shoot") || tok_is(d, k - 1, "shoots")) &&
           tok_is(d, k + 1, "in") && tok_is(d, k + 2, "the") && tok_is(d, k + 3, "foot");
}

/* Capitalised words from k up to a person noun ("Rockville High School student"): a modifier, not a name. */
static bool caps_then_person(const tally_doc *d, const tally_sent *s, size_t k)
{
    for (size_t j = k + 1; j < s->last && j < k + 5; j++) { /* k: a capitalised word of no measure */
        const tally_lex *lx = tok_lex(d, j);
        if (lx && (lx->cls & LEX_P))
            return !tok_cap(d, j);
        if (!tok_cap(d, j) || d->toks.v[j].kind != TOK_WORD || (lx && (lx->cls & (LEX_M | LEX_A | LEX_C))))
            return false;
    }
    return false;
}

/* The head of a single person's phrase opening at k ("a 17-year-old Florida boy", "the victim", "killed
 * 24-year-old Alex", "shot himself", "another injured"), else SIZE_MAX. *before gets a measure met before
 * the head ("the slain man"). k is a person_start; det: it is a person_det. */
/* A plain lower-case word in [a, b), no adverb: a noun the participle after it is the verb of, when a name
 * follows ("the subject shot Officer Roe"; not "an accidental gun shot victim"). */
static bool noun_between(const tally_doc *d, size_t a, size_t b)
{
    for (size_t j = a; j < b; j++)
        if (d->toks.v[j].kind == TOK_WORD && !tok_cap(d, j) && !tok_lex(d, j) && !adverb(d, j) &&
            age_noun(d, j) == SIZE_MAX)
            return true;
    return false;
}

static size_t victim_head(const tally_doc *d, const tally_sent *s, size_t k, bool det, const char **before)
{
    *before = NULL;
    bool verb_before = k > s->first && measure_at(d, k - 1) && (measure_at(d, k - 1)->mflags & LEXM_V);
    bool the = tok_is(d, k, "the"); /* det: person_det, known from the walk */
    bool opens = opens_clause(d, s, k);
    size_t head = SIZE_MAX;
    if (verb_before && age_noun(d, k) != SIZE_MAX) { /* "killed 24-year-old Alex Doe" */
        head = age_noun(d, k);
        return tok_lex(d, head + 1) && (tok_lex(d, head + 1)->cls & LEX_P) ? head + 1 : head;
    }
    if (verb_before && (tok_is(d, k, "himself") || tok_is(d, k, "herself")))
        return foot_idiom(d, k) ? SIZE_MAX : k; /* "accidentally shot himself" */
    if (verb_before && tok_cap(d, k) && !tok_lex(d, k))
        return named_object(d, s, k);
    if (verb_before && (tok_is(d, k, "own") || ((tok_is(d, k, "his") || tok_is(d, k, "her")) && tok_is(d, k + 1, "own"))))
        return tok_is(d, k, "own") ? k : k + 1; /* "shot his own hand", "shoots own leg" */
    if (tok_is(d, k, "another")) {
        size_t adv = k + 1 < s->last && predicate_filler(d, k + 1) && !tok_lex(d, k + 1) ? k + 2 : k + 1;
        if ((measure_at(d, adv) && (measure_at(d, adv)->mflags & LEXM_P)) ||
            (k + 1 < s->last && tok_lex(d, k + 1) && (tok_lex(d, k + 1)->cls & LEX_A)))
            return k; /* "one was killed and another injured", "another was in critical condition" */
    }
    if (opens && ordinal(d, k) && tok_lex(d, k + 1) && (tok_lex(d, k + 1)->cls & LEX_P))
        return k + 1; /* "Second victim dies" */
    if (opens && !det && k + 2 < s->last && d->toks.v[k + 1].kind == TOK_APOS_S && tok_cap(d, k) && !tok_lex(d, k) &&
        tok_lex(d, k + 2) && (tok_lex(d, k + 2)->cls & LEX_P)) { /* a name's person: "Shriver's wife was shot" */
        for (k += 2; k + 1 < s->last && tok_lex(d, k + 1) && (tok_lex(d, k + 1)->cls & LEX_P);)
            k++;
        return k;
    }
    if (opens && !det)
        k = after_place(d, s, k); /* "Des Moines teen shot", "Dayton boy, 7, hospitalized" */
    if (opens && (age_noun(d, k) != SIZE_MAX || (tok_lex(d, k) && (tok_lex(d, k)->cls & LEX_P)))) {
        head = age_noun(d, k) != SIZE_MAX ? age_noun(d, k) : k; /* a headline drops the article: "Man killed" */
        while (head + 1 < s->last && tok_lex(d, head + 1) && (tok_lex(d, head + 1)->cls & LEX_P))
            head++;
        return head;
    }
    if (!det)
        return SIZE_MAX;
    if (elided_person(d, s, k))
        return k + 1; /* "three were killed and a fourth was wounded" */
    if (verb_before && tok_is(d, k, "a") && ordinal(d, k + 1) &&
        (k + 2 >= s->last || d->toks.v[k + 2].kind == TOK_PUNCT || clause_start(d, k + 2) || tok_is(d, k + 2, "and")))
        return k + 1; /* the object: "shot three people to death and injured a fourth" */
    size_t aged = SIZE_MAX, owner = SIZE_MAX; /* "a 17-year-old" heads its phrase unless a noun follows */
    for (size_t j = k + 1; j < s->last && j < k + 12 && head == SIZE_MAX; j++) {
        const tally_lex *lx = tok_lex(d, j);
        size_t age;
        if (lx && (lx->cls & LEX_P) && !(j + 1 < s->last && d->toks.v[j + 1].kind == TOK_APOS_S))
            head = j; /* not "the woman's" before "boyfriend" */
        else if (lx && (lx->cls & LEX_P))
            owner = j; /* the head unless a person follows: "the girl's left arm" */
        else if (lx && (lx->cls & LEX_M) && (lx->mflags & LEXM_P) && !*before && !tok_is(d, j, "dead") &&
                 (!(lx->mflags & LEXM_V) || (tok_lex(d, j + 1) && (tok_lex(d, j + 1)->cls & LEX_P))) &&
                 !(tok_cap(d, j + 1) && noun_between(d, k + 1, j)))
            *before = lx->measure; /* "the slain man", "an injured woman"; not "the subject shot Officer Roe" */
        else if ((age = age_noun(d, j)) != SIZE_MAX) /* read only here: the branches before need no age */
            j = aged = age;
        else if (d->toks.v[j].kind == TOK_APOS_S || (lx && (lx->cls & (LEX_T | LEX_S)) && !(lx->cls & LEX_M)) ||
                 tok_is(d, j, "other") || tok_is(d, j, "second") || tok_is(d, j, "third") || tok_is(d, j, "fourth") ||
                 (d->toks.v[j].kind == TOK_NUM && ordinal(d, j)) || /* "an 8th teen" */
                 ((tok_is(d, j, "shooting") || tok_is(d, j, "gunshot")) && tok_is(d, j + 1, "victim")) ||
                 (d->toks.v[j].kind == TOK_DASH && d->toks.v[j].start == d->toks.v[j - 1].end &&
                  j + 1 < s->last && d->toks.v[j + 1].start == d->toks.v[j].end) || /* "an eighth-grader" */
                 (tok_cap(d, j) && d->toks.v[j].kind == TOK_WORD && !(lx && (lx->cls & LEX_M)) &&
                  (!the || caps_then_person(d, s, j))))
            continue; /* "a sheriff's deputy", "a Round Lake man": capitalised modifiers after an indefinite, or
                         before a person after "the" ("the Rockville High School student") */
        else if (d->toks.v[j].kind != TOK_WORD || (lx && !(lx->cls & LEX_D)) || (the && tok_cap(d, j)))
            break;
    }
    if (head == SIZE_MAX)
        head = aged != SIZE_MAX ? aged : owner;
    while (head != SIZE_MAX && head + 1 < s->last && tok_lex(d, head + 1) && (tok_lex(d, head + 1)->cls & LEX_P))
        head++; /* "a teen boy" */
    return head;
}

/* Exactly n people, named by the words of tokens [t0, t1) rather than a numeral ("a 17-year-old", "two men
 * and a woman"). */
static tally_number people(const tally_doc *d, size_t t0, size_t t1, double n)
{
    return (tally_number){.start = d->toks.v[t0].start, .end = d->toks.v[t1 - 1].end, .low = n, .high = n,
                          .bound = TALLY_BOUND_EQ, .kind = TALLY_NUM_COUNT};
}

/* A claim of the victim rules, attributed from its first token like any other. */
static int add_victim(tally_doc *d, size_t si, const tally_number *n, const cand *c, bool has_cue,
                      tally_attr prev[2], const tally_attr *carry)
{
    tally_attr at;
    attr_for(d, si, c->t0, has_cue, prev, carry, &at);
    return add_claim(d, si, n, c, &at);
}

/* Killed or wounded: what the victim rules count (a compound "casualties" needs a stated figure). */
static bool victim_measure(const char *what)
{
    return what && is_casualty(what) && !str_is(what, "casualties");
}

/* "took the life of", "claimed the lives of": token k is life or lives after such a verb. */
static bool life_taken(const tally_doc *d, size_t k)
{
    size_t v = k - 2;
    return (tok_is(d, k, "life") || tok_is(d, k, "lives")) && k >= 2 && tok_is(d, k - 1, "the") &&
           (tok_is(d, v, "took") || tok_is(d, v, "take") || tok_is(d, v, "takes") || tok_is(d, v, "taking") ||
            tok_is(d, v, "claimed") || tok_is(d, v, "claim") || tok_is(d, v, "claims") || tok_is(d, v, "claiming"));
}

/* The person phrase at k is denied or in doubt: "neither the driver nor the passenger was hurt", "unclear
 * if the officer was injured", "if the man dies". */
static bool denied_subject(const tally_doc *d, const tally_sent *s, size_t k)
{
    if (k <= s->first)
        return false;
    if (tok_is(d, k - 1, "neither") || tok_is(d, k - 1, "nor") || tok_is(d, k - 1, "if"))
        return true; /* not "whether": mostly "whether he was killed in the fire or escaped", a choice of fates */
    if (!tok_is(d, k - 1, "or"))
        return false;
    for (size_t j = k - 1; j > s->first && k - j < 8; j--)
        if (tok_is(d, j - 1, "neither"))
            return true;
    return false;
}

/* "A teen died", "a 17-year-old was shot dead", "killed a woman": one person, counted as 1. */
/* Has the article so far told people hurt and none killed? */
static bool hurt_before(const tally_doc *d)
{
    bool hurt = false;
    for (size_t i = 0; i < d->claims.n; i++) {
        if (str_is(d->claims.v[i].what, "killed"))
            return false;
        hurt |= str_is(d->claims.v[i].what, "wounded") || str_is(d->claims.v[i].what, "shot");
    }
    return hurt;
}

static size_t named_subject(const tally_doc *d, size_t lo, size_t end);

/* Is n the count of a wounded claim before (the people an ordinal death goes on from)? */
static bool wounded_before(const tally_doc *d, double n)
{
    for (size_t i = 0; i < d->claims.n; i++)
        if (str_is(d->claims.v[i].what, "wounded") && d->claims.v[i].low == n && d->claims.v[i].high == n)
            return true;
    return false;
}

/* After an ordinal victim's head at k, a span of time or place the rank runs over ("the fourth teenager killed
 * in 2017", "the third child murdered within a month", "this year", "in the past month"): a series, not one
 * shooting's dead. */
static bool series_rank(const tally_doc *d, const tally_sent *s, size_t k)
{
    for (size_t j = k + 1; j + 1 < s->last && j < k + 10; j++) {
        if (tok_is(d, j, "within") || tok_is(d, j, "since") || (tok_is(d, j, "this") && tok_is(d, j + 1, "year")) ||
            (tok_is(d, j, "in") && (tok_is(d, j + 1, "the") && tok_is(d, j + 2, "past"))) ||
            (tok_is(d, j, "so") && tok_is(d, j + 1, "far")))
            return true;
        if (tok_is(d, j, "in") && d->toks.v[j + 1].kind == TOK_NUM && tok_n(d, j + 1) == 4)
            return true; /* "in 2017" */
        if (d->toks.v[j].kind == TOK_PUNCT)
            return false;
    }
    return false;
}

static bool full_name_before(const tally_doc *d, const tally_sent *s, size_t end);

/* "Ann and Bo Roe": a first name alone before "and" at a, sharing the surname of the name after it. */
static bool first_name_and(const tally_doc *d, const tally_sent *s, size_t a)
{
    return a >= s->first + 2 && tok_is(d, a - 1, "and") && tok_cap(d, a - 2) && !tok_lex(d, a - 2) &&
           d->toks.v[a - 2].kind == TOK_WORD && (a - 2 == s->first || !tok_cap(d, a - 3)) && tok_cap(d, a + 1);
}

/* Named people and the one at k share a plural predicate ("Ann Roe and her grandfather were wounded", "Al
 * Roe, Bo Poe and their mother"): the first name's first token, else k; *n counts them all. */
static size_t named_before(const tally_doc *d, const tally_sent *s, size_t k, size_t head, double *n)
{
    *n = 1;
    if (k < s->first + 2 || !tok_is(d, k - 1, "and") || !(tok_is(d, head + 1, "were") || tok_is(d, head + 1, "are")) ||
        !(tok_is(d, k, "his") || tok_is(d, k, "her") || tok_is(d, k, "their")))
        return k;
    size_t a = named_subject(d, s->first, k - 1);
    if (!(a < k - 1 && tok_cap(d, a) && (a == s->first || !tok_cap(d, a - 1))))
        return k;
    *n = 2;
    for (size_t b; *n < 8;) {
        if (first_name_and(d, s, a))
            a -= 2, ++*n; /* "Ava and Bea Roe and their mom" */
        else if (a > s->first + 1 && is_punct(d, a - 1, ',') && full_name_before(d, s, a - 1) &&
                 (b = named_subject(d, s->first, a - 1)) < a - 1 && tok_cap(d, b))
            a = b, ++*n; /* "Al Roe, Bo Poe and their mom" */
        else
            break;
    }
    return a;
}

/* The person at k is the object of a verb in an adverbial clause ("a dog that was shot after attacking a county
 * officer is dead", "while holding a child"): the predicate after it is the clause's subject's, not theirs. */
static bool object_of_clause(const tally_doc *d, const tally_sent *s, size_t k)
{
    return k >= s->first + 2 && gerund(d, k - 1) && !measure_at(d, k - 1) && !tok_cap(d, k - 1) &&
           (tok_is(d, k - 2, "after") || tok_is(d, k - 2, "before") || tok_is(d, k - 2, "while") ||
            tok_is(d, k - 2, "by") || tok_is(d, k - 2, "when"));
}

/* A name and the place the person is from before the predicate at *e, no comma closing them ("Dwayne Curtis,
 * 27, of Trotwood was killed", "Al Roe of Elm City died"): the name's first token, *e moved to the name's end
 * (before its place); else *e. */
static size_t named_of_place(const tally_doc *d, const tally_sent *s, size_t *e)
{
    size_t o = *e;
    while (o > s->first && o + 3 > *e && tok_cap(d, o - 1) && d->toks.v[o - 1].kind == TOK_WORD &&
           !tok_function(d, o - 1))
        o--; /* the place's words: "Trotwood", "Warrensville Heights" */
    if (o == *e || o < s->first + 2 || !tok_is(d, o - 1, "of"))
        return *e;
    size_t end = is_punct(d, o - 2, ',') ? o - 2 : o - 1;
    size_t a = named_subject(d, s->first, end);
    if (a >= end || !tok_cap(d, a) || (a > s->first && tok_is(d, a - 1, "and")))
        return *e; /* not the last of a list: "Ann Roe of Glen Park and Bo Lee of Cedar Falls were killed" */
    *e = end;
    return a;
}

static int single_victims(tally_doc *d, size_t si, const vstarts *v, bool has_cue, tally_attr prev[2],
                          const tally_attr *carry)
{
    const tally_sent *s = &d->sents.v[si];
    int rc = TALLY_OK;
    for (size_t i = 0, from = s->first; rc == TALLY_OK && i < v->n; i++) {
        size_t k = v->tok[i];
        if (!(v->bits[i] & VS_SINGLE) || k < from)
            continue;
        const char *before;
        size_t head = victim_head(d, s, k, v->bits[i] & VS_DET, &before);
        cand sent = {.t0 = k, .t1 = head + 1, .unit_tok = head};
        const char *what = head == SIZE_MAX ? NULL
                           : k >= 1 && to_hospital(d, &sent, k - 1)
                               ? "shot" /* "a shooting that sent a teen to the hospital" */
                               : single_measure(d, k, head + 1, s->last);
        if (!what && head != SIZE_MAX && before)
            what = str_is(before, "wounded") && died_later(d, head + 1, s->last) ? "killed" : before;
            /* "took the injured teen to a hospital where he later died" */
        if (!what && head != SIZE_MAX && k >= 2 && tok_is(d, k - 1, "of") && (death_noun(d, k - 2) || life_taken(d, k - 2)))
            what = "killed";
        if (!what && head != SIZE_MAX && k >= 3 && tok_is(d, k - 1, "of"))
            what = nominal_measure(d, k - 2); /* "the shooting of a 3-year-old girl" */
        if (!victim_measure(what) || denied_subject(d, s, k) || object_of_clause(d, s, k))
            continue;
        double nn;
        size_t named = named_before(d, s, k, head, &nn);
        tally_number one = people(d, named, head + 1, nn);
        bool name = k > s->first && tok_cap(d, k) && !tok_lex(d, k) && measure_at(d, k - 1) &&
                    named_object(d, s, k) == head;
        cand c = {.t0 = named, .t1 = head + 1, .unit_tok = head, .demonym = SIZE_MAX, .what = what,
                  .rule = named < k ? "victim-list" : name ? "named-victim" : "single-victim"};
        double nth = 0;
        for (size_t j = k; j < head && str_is(what, "killed"); j++)
            nth = nth ? nth : ordinal(d, j);
        if (nth > 1 && tok_is(d, k, "the") && !measure_at(d, head + 1) && !tok_is(d, head + 1, "to") &&
            !((tok_is(d, head + 1, "has") || tok_is(d, head + 1, "had")) && tok_is(d, head + 2, "died")))
            nth = 0; /* "the fifth man was pronounced dead": one of a group told one by one, not the fifth death
                        ("the third man killed", "the fourth victim to die", "the fifth officer had died" are) */
        if (nth > 1 && wounded_before(d, nth - 1))
            nth = 0; /* "three were treated for injuries. The fourth man died": the fourth of them */
        if (nth > 1 && series_rank(d, s, head))
            nth = 0; /* "the fourth teenager killed in 2017": a rank among a year's deaths */
        if (nth > 1 && (hurt_before(d) || tok_is(d, head, "grader") || tok_is(d, head, "graders")))
            nth = 0; /* after two people hurt "a third person died" is the third victim, not the third death; an
                        "eighth grader" is a pupil */
        if (nth > 1) { /* "a third person has died": at least three dead */
            one.low = nth, one.high = NAN, one.bound = TALLY_BOUND_GE;
            c.rule = "nth-victim";
        }
        rc = add_victim(d, si, &one, &c, has_cue, prev, carry);
        from = head + 1;
    }
    return rc;
}

/* Is the capitalised word at k the last word of a full name elsewhere in the article ("James Banks" …
 * "Banks died")? */
static bool surname_known(const tally_doc *d, size_t k)
{
    if (tok_lex(d, k) || tok_function(d, k))
        return false;
    size_t lo = k > 3000 ? k - 3000 : 1, hi = k + 3000 < d->toks.n ? k + 3000 : d->toks.n;
    uint64_t key = d->key[k]; /* the keys first: most words differ in their first eight letters */
    for (size_t i = lo; i < hi; i++)
        if (d->key[i] == key && i != k && tok_cap(d, i - 1) && !tok_lex(d, i - 1) && tok_n(d, i) == tok_n(d, k) &&
            memcmp(tok_s(d, i), tok_s(d, k), tok_n(d, k)) == 0 && d->toks.v[i - 1].end < d->toks.v[i].start &&
            !(d->toks.v[i - 1].flags & TOKF_NEWLINE))
            return true;
    return false;
}

/* Start of a named person ending at token end (exclusive): capitalised words, a title before them, and
 * ", 22," after the name skipped. Returns end when there is none. */
static size_t named_subject(const tally_doc *d, size_t lo, size_t end)
{
    size_t b = end;
    if (b >= lo + 3 && is_punct(d, b - 1, ',') && d->toks.v[b - 2].kind == TOK_NUM && is_punct(d, b - 3, ','))
        b -= 3;
    else if (b >= lo + 2 && d->toks.v[b - 1].kind == TOK_NUM && is_punct(d, b - 2, ','))
        b -= 2; /* "Damon Roe, 16, of Elmwood, died": the age before the place */
    size_t a = b;
    while (a > lo && (tok_cap(d, a - 1) || (d->toks.v[a - 1].kind == TOK_DASH && a - 1 > lo && tok_cap(d, a - 2))) &&
           !tok_lex(d, a - 1) && b - a < 5)
        a--;
    bool title = a > lo && tok_lex(d, a - 1) && (tok_lex(d, a - 1)->cls & LEX_T);
    if (title)
        a--;
    if (a > lo && (tok_is(d, a - 1, "of") || tok_is(d, a - 1, "from")))
        return end; /* a home town: "Mary Roe of Battle Creek were killed" */
    if (b - a >= 2 && (a == lo || !tok_cap(d, a - 1)))
        return a;
    if (b - a == 1 && ((a == lo && end == b && !tally_doc_in_timex(d, a)) || surname_known(d, a)))
        return a; /* "Banks died" after "James Banks"; "Kaden was pronounced dead" opening a sentence */
    return end;
}

/* "the shooting death of Devin Anderson", "the death of Rodney Howard Jr., 19": one named person killed. */
static int death_of_name(tally_doc *d, size_t si, const vstarts *v, bool has_cue, tally_attr prev[2],
                         const tally_attr *carry)
{
    const tally_sent *s = &d->sents.v[si];
    int rc = TALLY_OK;
    for (size_t i = 0, from = s->first; rc == TALLY_OK && i < v->n; i++) {
        size_t k = v->tok[i];
        if (!(v->bits[i] & VS_DEATH_OF) || k < from)
            continue; /* a death noun before "of" */
        size_t a = k + 2;
        if (age_noun(d, a) != SIZE_MAX)
            a = age_noun(d, a) + 1;
        size_t b = a;
        while (b < s->last && b - a < 4 && tok_cap(d, b) && !tok_lex(d, b))
            b++;
        if (b - a < 2)
            continue;
        tally_number one = people(d, a, b, 1);
        cand c = {.t0 = a, .t1 = b, .unit_tok = SIZE_MAX, .demonym = SIZE_MAX, .what = "killed", .rule = "death-of"};
        rc = add_victim(d, si, &one, &c, has_cue, prev, carry);
        from = b + 1;
    }
    return rc;
}

/* Do two capitalised words end at end (before ", 22," if any)? A full name, read without looking the
 * article through for a lone surname (named_subject's surname_known). */
static bool full_name_before(const tally_doc *d, const tally_sent *s, size_t end)
{
    if (end >= s->first + 3 && is_punct(d, end - 1, ',') && d->toks.v[end - 2].kind == TOK_NUM && is_punct(d, end - 3, ','))
        end -= 3;
    else if (end >= s->first + 2 && d->toks.v[end - 1].kind == TOK_NUM && is_punct(d, end - 2, ','))
        end -= 2; /* "Al Roe, 37, Bo Poe": the age before the list's comma */
    return end >= s->first + 2 && tok_cap(d, end - 1) &&
           (tok_cap(d, end - 2) || (d->toks.v[end - 2].kind == TOK_DASH && end >= s->first + 3 && tok_cap(d, end - 3)));
}

/* Named people listed before the one starting at a ("Ann Roe and Bo Poe were wounded", "Al Roe, 51, Bo Poe
 * and Cy Doe"): the list's first token; *n counts them all. */
static size_t names_before(const tally_doc *d, const tally_sent *s, size_t a, double *n)
{
    *n = 1;
    size_t k = a;
    if (first_name_and(d, s, a)) {
        *n = 2;
        return a - 2; /* "John and Mary Smith were shot" */
    }
    if (!(k > s->first + 2 && tok_is(d, k - 1, "and")))
        return a;
    size_t end = is_punct(d, k - 2, ',') ? k - 2 : k - 1; /* "Bo Poe, 51, and": the age is the name's */
    if (is_punct(d, k - 2, ',') && k >= s->first + 4 && d->toks.v[k - 3].kind == TOK_NUM && is_punct(d, k - 4, ','))
        end = k - 1;
    for (size_t b; *n < 8 && full_name_before(d, s, end) && (b = named_subject(d, s->first, end)) < end && tok_cap(d, b);) {
        ++*n, k = b;
        if (!(k > s->first + 1 && is_punct(d, k - 1, ',')))
            break;
        end = k - 1;
    }
    return k;
}

/* "Tyshawn Lee, 9, was shot and killed", "Deputy Jason Hagen died", "the girl had died": one named or
 * already introduced person, counted as 1. */
static int named_victims(tally_doc *d, size_t si, const vstarts *v, bool has_cue, tally_attr prev[2],
                         const tally_attr *carry)
{
    const tally_sent *s = &d->sents.v[si];
    int rc = TALLY_OK;
    for (size_t i = 0, from = s->first + 1; rc == TALLY_OK && i < v->n; i++) {
        size_t m = v->tok[i];
        if (!(v->bits[i] & VS_NAMED) || m < from)
            continue;
        const tally_lex *lx = measure_at(d, m);
        bool hit = !lx && hit_by_gunfire(d, m);
        const char *ws = lx ? NULL : hit ? "shot" : wound_state(d, m, s->last);
        bool state = ws != NULL; /* "Ann Roe is in stable condition" (VS_NAMED: "in" or "recovering" after an
                                    auxiliary), "Ann Roe suffered a gunshot wound" (shot: she may die of it) */
        bool wound_verb = state && suffered(d, m);
        if (!state && (!lx || !(lx->mflags & LEXM_P)))
            continue;
        if (wound_verb && !gunshot_after(d, m, s->last))
            continue; /* "suffered minor injuries" in a crash: no gunfire told */
        const char *what = state ? (wound_verb || hit || carried(d, m) ? ws : "wounded")
                           : tok_is(d, m, "arrived") ? arrival_wound(d, m, s->last) /* "… arrived at Elm Hospital with a gunshot wound" */
                                                     : compound(d, m, lx->measure);
        if (!what || (!str_is(what, "killed") && !str_is(what, "wounded") && !str_is(what, "shot")))
            continue;
        if (str_is(what, "shot") && survived_later(d, m, s->last))
            what = "wounded";
        else if (!str_is(what, "killed") && died_later(d, m, s->last))
            what = "killed"; /* "Barnett was shot in the chest and was pronounced dead" */
        size_t e = m;
        while (e > s->first && predicate_filler(d, e - 1))
            e--;
        if (e == m && !tok_is(d, m, "died") && !tok_is(d, m, "dies") && !wound_verb)
            continue; /* "Tyshawn Lee killed …" is an agent, not a victim */
        bool aux = false;
        for (size_t j = e; j < m && !aux; j++)
            aux = tok_lex(d, j) && (tok_lex(d, j)->cls & LEX_A) &&
                  !(tok_is(d, j, "had") || tok_is(d, j, "has") || tok_is(d, j, "have")); /* "Al Roe had shot his wife" */
        if (!aux && lx && (lx->mflags & LEXM_V) && takes_object(d, m, s->last))
            continue; /* "he accidentally shot two children": the agent */
        bool all = e > s->first + 2 && (tok_is(d, e - 1, "all") || tok_is(d, e - 1, "both"));
        if (all)
            e--; /* "Ann Roe and Bo Poe both suffered …" */
        size_t a = named_subject(d, s->first, e);
        if (a == e && e >= s->first + 3 && is_punct(d, e - 1, ',')) { /* "Bo Lee, of the 4100 block of X, died" */
            size_t open = e - 2;
            while (open > s->first && open + 14 > e && !is_punct(d, open, ','))
                open--;
            size_t a2 = is_punct(d, open, ',') ? named_subject(d, s->first, open) : open;
            if (a2 < open) {
                a = a2;
                e = open;
            }
        }
        if (a == e)
            a = named_of_place(d, s, &e);
        if (a == e && e > s->first && (tok_is(d, e - 1, "he") || tok_is(d, e - 1, "she")))
            a = e - 1;
        if (a == e && e >= s->first + 3 && tok_is(d, e - 1, "who") && is_punct(d, e - 2, ',')) {
            size_t a2 = named_subject(d, s->first, e - 2);
            if (a2 < e - 2) {
                a = a2;
                e -= 2;
            }
        }
        if (a == e && e >= s->first + 2 && (tok_lex(d, e - 1) && (tok_lex(d, e - 1)->cls & LEX_P)) &&
            (tok_is(d, e - 2, "the") || (e >= s->first + 3 && tok_is(d, e - 3, "the"))))
            a = tok_is(d, e - 2, "the") ? e - 2 : e - 3;
        if (a == e || count_at(d, a, SIZE_MAX) || denied_subject(d, s, a))
            continue;
        if (wound_verb && !(tok_cap(d, a) && !tok_lex(d, a) && !tok_is(d, a, "he") && !tok_is(d, a, "she")))
            continue; /* "Ann Roe suffered …"; not "he", "the victim" (one already counted, or who died) */
        double n = 1;
        bool plural = all;
        for (size_t j = e; j < m && !plural; j++)
            plural = tok_is(d, j, "were") || tok_is(d, j, "are") || tok_is(d, j, "have");
        size_t list = (plural || wound_verb) && tok_cap(d, a) ? names_before(d, s, a, &n) : a;
        if (n > 1 && (plural || wound_verb) && !str_is(what, "killed"))
            a = list; /* "Ann Roe and Bo Poe were wounded": two (the dead so listed were mostly another
                         shooting's, recalled: measured, killed -1) */
        else if (all)
            continue; /* "both" with one name: a list read otherwise */
        else
            n = 1;
        tally_number one = people(d, a, e, n);
        cand c = {.t0 = a, .t1 = e, .unit_tok = SIZE_MAX, .demonym = SIZE_MAX, .what = what, .rule = "named-victim"};
        rc = add_victim(d, si, &one, &c, has_cue, prev, carry);
        from = m + 2;
    }
    return rc;
}

/* A plural noun of people at k: "sons", "children". */
static bool lx_plural_person(const tally_doc *d, size_t k)
{
    const tally_lex *lx = tok_lex(d, k);
    return lx && (lx->cls & LEX_U) && !(lx->cls & LEX_P) && lx->unit && str_is(lx->unit, "person");
}

/* ", ages 3 and 4", ", ages 14, 15 and 17" after a plural: as many people as ages. Returns the token after
 * the list (its closing comma), or SIZE_MAX. */
static size_t ages_listed(const tally_doc *d, size_t k, size_t hi, double *n)
{
    if (!is_punct(d, k, ',') || !tok_is(d, k + 1, "ages"))
        return SIZE_MAX;
    double ages = 0;
    size_t end = SIZE_MAX;
    for (size_t j = k + 2; j < hi && j < k + 14; j++) {
        if (d->toks.v[j].kind == TOK_NUM)
            ages++, end = j + 1;
        else if (!is_punct(d, j, ',') && !tok_is(d, j, "and"))
            break;
    }
    if (ages < 2)
        return SIZE_MAX;
    *n = ages;
    return end;
}

/* The last token of a person noun at k: "son-in-law" ends at "law". */
static size_t in_law(const tally_doc *d, size_t k, size_t hi)
{
    return k + 4 < hi && hyphen(d, k + 1) && tok_is(d, k + 2, "in") && hyphen(d, k + 3) && tok_is(d, k + 4, "law")
               ? k + 4
               : k;
}

/* One conjunct of a list of victims at token k: "two men", "a 27-year-old man from Pinetops", "a
 * 15-year-old". Sets its size and returns the token after its head, or SIZE_MAX. */
static size_t victim_conjunct(const tally_doc *d, size_t k, size_t hi, double *n, bool later)
{
    if (k >= hi)
        return SIZE_MAX; /* a list's comma ending the text: "1,000 men," */
    size_t j = k + 1;
    const tally_lex *bare = tok_lex(d, k);
    if (!later && (tok_is(d, k, "he") || tok_is(d, k, "she") || tok_is(d, k, "himself") || tok_is(d, k, "herself")) &&
        tok_is(d, k + 1, "and")) {
        *n = 1; /* "she and three others were shot", "shot himself and his two daughters" */
        return k + 1;
    }
    if (later && bare && (bare->cls & LEX_P)) {
        *n = 1; /* "a father and son", a headline's "Teen Boy, 3 Women Shot" */
        while (k + 1 < hi && tok_lex(d, k + 1) && (tok_lex(d, k + 1)->cls & LEX_P) && k < j + 2)
            k++;
        return in_law(d, k, hi) + 1;
    }
    if (later && !bare && d->toks.v[k].kind == TOK_WORD && !tok_cap(d, k) && tok_lex(d, k + 1) &&
        (tok_lex(d, k + 1)->cls & LEX_P) && !count_at(d, k, SIZE_MAX)) { /* not "two male juveniles" */
        *n = 1; /* "his mom and younger brother" */
        bool owner = k + 3 < hi && d->toks.v[k + 2].kind == TOK_APOS_S && tok_lex(d, k + 3) &&
                     (tok_lex(d, k + 3)->cls & LEX_P);
        return owner ? k + 4 : k + 2; /* "his brother's girlfriend" is one person */
    }
    if ((tok_is(d, k, "a") || tok_is(d, k, "an")) && k + 4 < hi && d->toks.v[k + 1].kind == TOK_NUM) {
        size_t a = hyphen(d, k + 2) ? k + 3 : k + 2; /* "a 16- and 17-year-old", "a 16 and 17-year-old" */
        size_t age = tok_is(d, a, "and") ? age_noun(d, a + 1) : SIZE_MAX;
        if (age != SIZE_MAX) {
            *n = 2;
            return tok_lex(d, age + 1) && (tok_lex(d, age + 1)->cls & LEX_P) ? age + 2 : age + 1;
        }
    }
    bool poss = tok_is(d, k, "his") || tok_is(d, k, "her") || tok_is(d, k, "their");
    size_t ni = poss && k + 1 < hi ? tally_doc_num_at(d, d->toks.v[k + 1].start) : d->nums.n;
    bool number = ni < d->nums.n && d->nums.v[ni].start == d->toks.v[k + 1].start;
    size_t counted = number ? victim_conjunct(d, k + 1, hi, n, false) : SIZE_MAX;
    if (counted != SIZE_MAX)
        return counted; /* "his two young children" */
    bool one_only = poss, plural = false; /* "his son", not "his children" */
    if (later && age_noun(d, k) != SIZE_MAX) {
        *n = 1; /* a headline's "5-year-old girl, woman shot" */
        j = k;
    } else if (tok_is(d, k, "a") || tok_is(d, k, "an") || tok_is(d, k, "another") || tok_is(d, k, "the") || poss) {
        *n = 1;
        one_only |= tok_is(d, k, "the"); /* "the mother and the baby", not "the children" */
    } else if (tok_is(d, k, "both")) {
        *n = 2;
        if (tok_lex(d, k + 1) && (tok_lex(d, k + 1)->cls & LEX_A) && k + 1 < hi)
            return k + 1; /* "both were injured" */
    } else {
        size_t i = tally_doc_num_at(d, d->toks.v[k].start);
        if (i >= d->nums.n || d->nums.v[i].start != d->toks.v[k].start || d->nums.v[i].kind != TALLY_NUM_COUNT ||
            isnan(d->nums.v[i].low) || d->nums.v[i].low != d->nums.v[i].high || d->nums.v[i].low > 50)
            return SIZE_MAX;
        *n = d->nums.v[i].low;
        j = tally_tok_at(d->toks.v, d->toks.n, d->nums.v[i].end - 1) + 1;
        plural = *n > 1; /* a numeral counts a plural: "Image 2 of 9 7-year-old girl and her mother" counts none */
    }
    for (size_t m = 0; j < hi && m < 8; j++, m++) {
        const tally_lex *lx = tok_lex(d, j);
        size_t age = age_noun(d, j);
        if (age != SIZE_MAX) {
            j = age;
            size_t w = j + 1; /* "a 25-year-old Milwaukee man" */
            while (w < hi && w < j + 3 && tok_cap(d, w) && !tok_lex(d, w))
                w++;
            if (w > j + 1 && tok_lex(d, w) && (tok_lex(d, w)->cls & LEX_P))
                j = w - 1;
            if (!(tok_lex(d, j + 1) && (tok_lex(d, j + 1)->cls & (LEX_P | LEX_U))))
                return j + 1; /* "a 15-year-old" */
            continue;
        }
        if (tok_is(d, j, "couple") && !tok_is(d, j + 1, "of") && *n == 1 && !poss) {
            *n = 2; /* "a young couple" */
            return j + 1;
        }
        if (tok_is(d, j, "twin") && *n == 1 && lx_plural_person(d, j + 1)) {
            *n = 2; /* "his twin daughters" */
            return j + 2;
        }
        if (one_only && lx_plural_person(d, j) && ages_listed(d, j + 1, hi, n) != SIZE_MAX)
            return ages_listed(d, j + 1, hi, n); /* "his sons, ages 3 and 4" */
        if (one_only && lx && !(lx->cls & LEX_P))
            return SIZE_MAX;
        if (plural && lx && (lx->cls & LEX_P) && !(lx->cls & LEX_U) && !lx_plural_person(d, j + 1))
            return SIZE_MAX; /* "2 … girl" counts no one; "two male juveniles" counts two */
        if (lx && ((lx->cls & LEX_P) || ((lx->cls & LEX_U) && lx->unit && str_is(lx->unit, "person")))) {
            while (j + 1 < hi && tok_lex(d, j + 1) && ((tok_lex(d, j + 1)->cls & LEX_P) || (plural && lx_plural_person(d, j + 1))))
                j++; /* "two police officers" */
            if (j + 2 < hi && d->toks.v[j + 1].kind == TOK_APOS_S && tok_lex(d, j + 2) && (tok_lex(d, j + 2)->cls & LEX_P))
                j += 2; /* "the baby's mother" is the mother */
            j = in_law(d, j, hi);
            if (tok_is(d, j + 1, "from") && tok_cap(d, j + 2)) { /* "a man from Pinetops" */
                j += 2;
                while (j + 1 < hi && tok_cap(d, j + 1) && j < k + 14)
                    j++;
            }
            return j + 1;
        }
        if (d->toks.v[j].kind != TOK_WORD || (lx && !(lx->cls & (LEX_D | LEX_A))) || tok_is(d, j, "and"))
            return SIZE_MAX;
    }
    return SIZE_MAX;
}

/* Removes this sentence's claims of measure what inside [a, b): the parts of a summed list. */
static void drop_parts_in(tally_doc *d, size_t a, size_t b, const char *what, size_t from)
{
    size_t out = from;
    for (size_t i = from; i < d->claims.n; i++) {
        const tally_claim *c = &d->claims.v[i];
        bool part = c->span.start >= a && c->span.end <= b &&
                    (strcmp(c->what, what) == 0 || str_is(c->what, "casualties") || str_is(c->what, "shot") ||
                     str_is(c->what, "wounded"));
        if (!part)
            d->claims.v[out++] = *c;
    }
    d->claims.n = out;
}

/* Removes this sentence's single victims before a list opened by "himself": the same person. */
static void drop_self(tally_doc *d, size_t before, size_t from)
{
    size_t out = from;
    for (size_t i = from; i < d->claims.n; i++) {
        const tally_claim *c = &d->claims.v[i];
        if (!(str_is(c->rule, "single-victim") && c->span.end <= before))
            d->claims.v[out++] = *c;
    }
    d->claims.n = out;
}

/* The measure of a summed list: a part's count may have read its predicate more closely than the list did
 * ("two women and a girl suffered injuries": the count "two" is wounded, where the list reads only shot). */
static const char *part_measure(const tally_doc *d, size_t a, size_t b, const char *what, size_t from)
{
    for (size_t i = from; str_is(what, "shot") && i < d->claims.n; i++) {
        const tally_claim *c = &d->claims.v[i];
        if (c->span.start >= a && c->span.end <= b && (str_is(c->what, "wounded") || str_is(c->what, "killed")))
            return c->what;
    }
    return what;
}

/* Where the predicate of a list of victims ending at k starts: after ", who were inside, ", "who", or a
 * short place phrase ("both men inside the car were killed"). */
static size_t list_predicate(const tally_doc *d, size_t k, size_t hi)
{
    if (is_punct(d, k, ',') && tok_is(d, k + 1, "who")) {
        for (size_t j = k + 2; j < hi && j < k + 16; j++)
            if (is_punct(d, j, ','))
                return j + 1;
        return k;
    }
    if (tok_is(d, k, "who") || tok_is(d, k, "that"))
        return k + 1;
    if (is_punct(d, k, ',') && tok_lex(d, k + 1) && (tok_lex(d, k + 1)->cls & LEX_A))
        return k + 1; /* "his sons, ages 3 and 4, were shot" */
    for (size_t j = k + 2; is_punct(d, k, ',') && j < hi && j < k + 8 && !measure_at(d, j - 1); j++)
        if (is_punct(d, j, ','))
            return tok_lex(d, j + 1) && (tok_lex(d, j + 1)->cls & LEX_A) ? j + 1 : k; /* ", all in their 20s, were" */
    if (k < hi && (tok_is(d, k, "in") || tok_is(d, k, "inside") || tok_is(d, k, "at") || tok_is(d, k, "near") ||
                   tok_is(d, k, "outside") || tok_is(d, k, "from") || tok_is(d, k, "on")))
        for (size_t j = k + 1; j < hi && j < k + 6; j++) {
            if (tok_is(d, j, "he") || tok_is(d, j, "she"))
                break; /* a clause of its own: "his two sisters on the night he was killed" */
            if (tok_lex(d, j) && (tok_lex(d, j)->cls & LEX_A))
                return j;
        }
    return k;
}

/* A word that may open a list of victims. "the" and the possessives only with a person noun next or one word
 * on ("the mother and the baby", "his young son"): they are common, and most open no list. */
static bool list_opener(const tally_doc *d, size_t k)
{
    const uint32_t first = 1u << ('a' - 'a') | 1u << ('b' - 'a') | 1u << ('t' - 'a') | 1u << ('h' - 'a') |
                           1u << ('s' - 'a');
    char c0 = (char)(d->key[k] & 0xff);
    unsigned c = (unsigned)(unsigned char)c0 - 'a';
    if (c >= 26 || !(first >> c & 1) || tok_n(d, k) > 7)
        return false; /* the openers below start with a, b, t, h or s: one bit test */
    if (c0 == 'a' || c0 == 'b') /* the words of each first letter only */
        return tok_is(d, k, "a") || tok_is(d, k, "an") || tok_is(d, k, "another") || tok_is(d, k, "both");
    if (c0 == 's' || (c0 == 'h' && !tok_is(d, k, "his") && !tok_is(d, k, "her")))
        return (tok_is(d, k, "he") || tok_is(d, k, "she") || tok_is(d, k, "himself") || tok_is(d, k, "herself")) &&
               tok_is(d, k + 1, "and"); /* "he and eight others": the subject's own person and the rest */
    bool the = tok_is(d, k, "the");
    if (!the && c0 == 't' && !tok_is(d, k, "their"))
        return false;
    for (size_t j = k + 1; j <= k + 2 && j < d->toks.n; j++)
        if ((tok_lex(d, j) && (tok_lex(d, j)->cls & (the ? LEX_P : LEX_P | LEX_U))) || d->toks.v[j].kind == TOK_NUM)
            return true;
    return false;
}

/* A list opened by "including" right after a count: "four people, including a boy and a girl". */
static bool included(const tally_doc *d, const tally_sent *s, size_t k)
{
    if (k < s->first + 2 || !tok_is(d, k - 1, "including"))
        return false;
    for (size_t j = k - 1; j > s->first && j + 6 > k; j--)
        if (count_at(d, j - 1, SIZE_MAX))
            return true;
    return false;
}

/* A group counted in wars at token k: soldiers, troops, fighters (not "officers", most often police). */
static bool war_group(const tally_doc *d, size_t k)
{
    const tally_lex *lx = tok_lex(d, k);
    return lx && (lx->cls & LEX_U) && lx->group && str_is(lx->group, "military") && !tok_is(d, k, "officers") &&
           !tok_is(d, k, "officer");
}

/* Is the list at k joined to a count of people before it ("120 soldiers, 30 civilians and 4 journalists")? */
static bool joined_to_count(const tally_doc *d, size_t k)
{
    if (k < 3 || !(is_punct(d, k - 1, ',') || tok_is(d, k - 1, "and")))
        return false;
    const tally_lex *lx = tok_lex(d, k - 2);
    return lx && (lx->cls & LEX_U) && lx->unit && str_is(lx->unit, "person") && d->toks.v[k - 3].kind == TOK_NUM;
}

/* The list of victims opening at *k, if any: one claim for its sum, the parts dropped; *k moves to its end.
 * num: a number starts at *k; headline: *k may open a headline's list. */
static int victim_list_at(tally_doc *d, size_t si, size_t *kp, bool num, bool headline, size_t first_claim,
                          bool has_cue, tally_attr prev[2], const tally_attr *carry)
{
    const tally_sent *s = &d->sents.v[si];
    size_t k = *kp;
    double sum = 0, n, first = 0;
    bool anded = false, det2 = false; /* "a man, a woman and a boy"; "one person, a man," is one */
    bool was_anded = false, definite = false; /* the last conjunct opened by "the", "his"… */
    size_t parts = 0, j = k, end = SIZE_MAX, comma = SIZE_MAX, first_end = SIZE_MAX, second = k, and_at = SIZE_MAX;
    bool counts_only = true, armed = false; /* "12 soldiers and three civilians": counts of groups, each its own */
    while ((end = victim_conjunct(d, j, s->last, &n, parts > 0 || headline)) != SIZE_MAX || comma != SIZE_MAX ||
           and_at != SIZE_MAX) {
        if (end == SIZE_MAX) { /* no conjunct after a lone comma or "and": the list ended there ("…, then shot
                                * himself", "both men and a woman and fatally shooting two others") */
            end = comma != SIZE_MAX ? comma : and_at;
            anded = comma != SIZE_MAX ? anded : was_anded;
            break;
        }
        and_at = SIZE_MAX;
        counts_only &= count_at(d, j, SIZE_MAX);
        armed |= war_group(d, end - 1);
        bool apposed_age = parts > 0 && comma == j - 1 && definite && j >= 2 && tok_lex(d, j - 2) &&
                           (tok_lex(d, j - 2)->cls & LEX_P) && (tok_is(d, j, "a") || tok_is(d, j, "an")) &&
                           age_noun(d, j + 1) != SIZE_MAX && age_noun(d, j + 1) + 1 == end && is_punct(d, end, ',');
        if (!apposed_age) /* "the man's father, a 39-year-old, and another man": the father's age */
            sum += n;
        definite = tok_is(d, j, "the") || tok_is(d, j, "his") || tok_is(d, j, "her") || tok_is(d, j, "their");
        if (parts == 1)
            det2 = tok_is(d, j, "a") || tok_is(d, j, "an") || tok_is(d, j, "the"), second = j;
        if (!parts++)
            first = n, first_end = end;
        j = end;
        comma = SIZE_MAX;
        size_t r = j + 2;
        bool relative = parts == 1 && is_punct(d, j, ',') && tok_is(d, j + 1, "who");
        while (relative && r < s->last && r < j + 20 && !is_punct(d, r, ','))
            r++;
        if (relative && is_punct(d, r, ',') && tok_is(d, r + 1, "and") && !tok_is(d, r + 2, "was") &&
            !tok_is(d, r + 2, "were")) {
            and_at = r + 1, was_anded = anded, j = r + 2, anded = true;
            continue; /* "a woman, who was getting ready for bed, and three men were hospitalized" */
        }
        if (is_punct(d, j, ',') && (tok_is(d, j + 1, "who") || (tok_lex(d, j + 1) && (tok_lex(d, j + 1)->cls & LEX_A))))
            break; /* "a man and a woman, who were inside, were shot", "his sons, ages 3 and 4, were" */
        if (is_punct(d, j, ',') && !tok_is(d, j + 1, "and"))
            comma = j++;
        else if (is_punct(d, j, ',') || tok_is(d, j, "and") || is_punct(d, j, '&')) /* a headline's "&" */
            and_at = j, was_anded = anded, j += is_punct(d, j, ',') ? 2 : 1, anded = true;
        else
            break;
    }
    /* "two teens, one female and one male": the parts of the first count */
    bool split = parts >= 3 && num && sum == 2 * first && is_punct(d, first_end, ',');
    bool aged2 = parts == 2 && !num && age_noun(d, second) != SIZE_MAX && tok_cap(d, end) && !headline;
    if ((parts >= 2 && !anded && (det2 || aged2)) || split)
        parts = 1, sum = first, end = first_end; /* an appositive ("his brother, 22-year-old Al Roe"), not a headline's "2 teens, man wounded" */
    if ((parts < 2 && !(parts == 1 && !num && sum >= 2)) || end == SIZE_MAX)
        return TALLY_OK; /* a list, or "both men", "a young couple", "his sons, ages 3 and 4" */
    if (parts >= 2 && counts_only && (armed || joined_to_count(d, k)))
        return TALLY_OK; /* a war's toll by group ("12 soldiers and three civilians were killed"): a claim each */
    if (parts == 2 && first == 1 && k > s->first && tok_is(d, k - 1, "including") && count_at(d, second, SIZE_MAX))
        return TALLY_OK; /* "two were killed, including the suspect, and six others were hurt": a part, then a count */

    size_t p = list_predicate(d, end, s->last);
    size_t from = p;
    while (p < s->last && p < from + 4 && predicate_filler(d, p))
        p++;
    if (p > from && tok_is(d, p, "among") && tok_is(d, p + 1, "the") && measure_at(d, p + 2))
        p += 2; /* "two teens and a man are among the dead" */
    const tally_lex *m = measure_at(d, p);
    const char *what = m && (m->mflags & LEXM_P) ? compound(d, p, m->measure) : wound_state(d, p, s->last);
    if (!what && p > from && hit_by_gunfire(d, p))
        what = "shot"; /* "the boy, his grandmother and a man were hit by gunfire" */
    if (!what && p > from && sum >= 2 && tok_is(d, p, "at") && alive_after(d, p, s->last))
        what = "wounded"; /* "Both are at an area hospital and are expected to be OK" */
    bool bare_participle = m && (m->mflags & LEXM_P) && !takes_object(d, p, s->last); /* "Mother, son killed" */
    if ((p == from && !wound_state(d, p, s->last) && !bare_participle) || !victim_measure(what))
        what = NULL; /* "were killed", "suffered gunshot wounds" */
    const tally_lex *v = k > s->first ? measure_at(d, k - 1) : NULL;
    if (!what && sum >= 2 && v && (v->mflags & LEXM_V) && !irrealis(d, k - 2))
        what = compound(d, k - 1, v->measure); /* "killed his wife and her mother" */
    const tally_lex *lead = k >= s->first + 2 && (tok_is(d, k - 1, "were") || tok_is(d, k - 1, "are")) &&
                                    opens_clause(d, s, k - 2) ? measure_at(d, k - 2) : NULL;
    if (!what && sum >= 2 && lead && (lead->mflags & LEXM_P))
        what = lead->measure; /* "Wounded were three women and a man" */
    if (!what && sum >= 2 && k >= s->first + 2 && tok_is(d, k - 1, "of") &&
        (death_noun(d, k - 2) || tok_is(d, k - 2, "deaths") || tok_is(d, k - 2, "bodies")))
        what = "killed"; /* "the murder of his wife and a 3-year-old girl", "the bodies of a woman and her son" */
    if (!victim_measure(what))
        return TALLY_OK;
    size_t named = k >= s->first + 2 && (is_punct(d, k - 1, ',') || tok_is(d, k - 1, "and")) &&
                           (tok_is(d, k, "his") || tok_is(d, k, "her") || tok_is(d, k, "their"))
                       ? named_subject(d, s->first, k - 1)
                       : k;
    if (named + 1 < k && named == s->first && tok_cap(d, named))
        k = named, sum++; /* "Al Roe, his wife and daughter were killed": the name opens the list */
    tally_number total = people(d, k, end, sum);
    what = part_measure(d, total.start, total.end, what, first_claim);
    drop_parts_in(d, total.start, total.end, what, first_claim);
    if (included(d, s, k))
        return TALLY_OK; /* "four people, including a 12-year-old and an 8-year-old, were hurt": a part of the count */
    if (tok_is(d, k, "himself") || tok_is(d, k, "herself"))
        drop_self(d, total.start, first_claim); /* "a father shot himself and his daughters": he is in the list */
    cand c = {.t0 = k, .t1 = end, .unit_tok = SIZE_MAX, .demonym = SIZE_MAX, .what = what, .rule = "victim-list"};
    *kp = end;
    return add_victim(d, si, &total, &c, has_cue, prev, carry);
}

/* Victims listed one by one: "two men and two women were wounded", "a 13-year-old and a 15-year-old were
 * shot", "a young boy and four adults were injured": one claim for the sum; the parts are dropped. */
static int victim_lists(tally_doc *d, size_t si, const vstarts *v, size_t first_claim, bool has_cue,
                        tally_attr prev[2], const tally_attr *carry)
{
    int rc = TALLY_OK;
    for (size_t i = 0, from = d->sents.v[si].first; rc == TALLY_OK && i < v->n; i++) {
        size_t k = v->tok[i];
        if (!(v->bits[i] & VS_LIST) || k < from)
            continue;
        rc = victim_list_at(d, si, &k, v->bits[i] & VS_NUM, v->bits[i] & VS_HEADLINE, first_claim, has_cue, prev,
                            carry);
        from = k + 1;
    }
    return rc;
}

/* Multiplier words naming how many a crime took: "double homicide", "triple shooting". */
static double multiplier(const tally_doc *d, size_t k)
{
    return tok_is(d, k, "double") ? 2 : tok_is(d, k, "triple") ? 3 : tok_is(d, k, "quadruple") ? 4 :
           tok_is(d, k, "quintuple") ? 5 : 0;
}

/* The toll an event noun at k names: "a fatal shooting" (at least one killed), "a double homicide" (two
 * killed), "a triple shooting" (three shot), "a shooting death" (one killed), "a murder-suicide" (the
 * victim and the killer: at least two). Sets the claim's tokens [k, *h] and interval; false if none. */
static const char *event_toll(const tally_doc *d, size_t k, size_t hi, size_t *h, tally_number *t)
{
    if (d->toks.v[k].kind != TOK_WORD || tok_n(d, k) < 5 || tok_n(d, k) > 9)
        return NULL; /* "fatal" … "quadruple": most tokens stop here */
    double n = multiplier(d, k);
    bool fatal = tok_is(d, k, "fatal") || tok_is(d, k, "deadly");
    if (!n && !fatal && !tok_is(d, k, "shooting") && !tok_is(d, k, "murder"))
        return NULL; /* every toll opens with one of these */
    size_t j = k + 1 < hi && d->toks.v[k + 1].kind == TOK_DASH ? k + 2 : k + 1;
    const char *what = NULL;
    t->low = n ? n : 1;
    t->high = n ? n : NAN;
    t->bound = n ? TALLY_BOUND_EQ : TALLY_BOUND_GE;
    if ((n || fatal) && tok_is(d, j, "shooting"))
        what = fatal ? "killed" : "shot";
    else if (n && (tok_is(d, j, "homicide") || tok_is(d, j, "murder") || tok_is(d, j, "killing") ||
                   tok_is(d, j, "slaying") || tok_is(d, j, "fatal")))
        what = "killed";
    else if (tok_is(d, k, "shooting") && tok_is(d, j, "death") && j == k + 1) {
        what = "killed";
        t->high = 1, t->bound = TALLY_BOUND_EQ;
    } else if (tok_is(d, k, "murder") && tok_is(d, j, "suicide")) {
        what = "killed";
        t->low = 2;
    }
    if (!what || (j + 1 < d->toks.n && d->toks.v[j + 1].kind == TOK_DASH))
        return NULL; /* "double-murder-suicide": the toll is not in the words read */
    if (k >= 2 && d->toks.v[k - 1].kind == TOK_DASH && (tok_is(d, k - 2, "non") || tok_is(d, k - 2, "near")))
        return NULL; /* "a non-fatal shooting" */
    if (k >= 1 && (tok_is(d, k - 1, "nonfatal") || tok_is(d, k - 1, "non") || tok_is(d, k - 1, "near")))
        return NULL;
    *h = j;
    t->start = d->toks.v[k].start, t->end = d->toks.v[j].end, t->kind = TALLY_NUM_COUNT;
    return what;
}

/* Can token k open a toll ("double", "triple", "quadruple", "quintuple", "fatal", "deadly", "shooting",
 * "murder": 5 to 9 letters, first d, t, q, f, s or m, and one of their first four letters)? A test of the key,
 * before event_toll is called. */
static bool toll_opener(const tally_doc *d, size_t k)
{
    const uint32_t first = 1u << ('d' - 'a') | 1u << ('t' - 'a') | 1u << ('q' - 'a') | 1u << ('f' - 'a') |
                           1u << ('s' - 'a') | 1u << ('m' - 'a');
    unsigned c = (unsigned)(d->key[k] & 0xff) - 'a';
    if (c >= 26 || !(first >> c & 1) || tok_n(d, k) < 5 || tok_n(d, k) > 9)
        return false;
    uint32_t p = (uint32_t)d->key[k]; /* then the first four letters: "said", "there", "time" stop here */
    return p == (uint32_t)tally_key8("doub", 4) || p == (uint32_t)tally_key8("trip", 4) ||
           p == (uint32_t)tally_key8("quad", 4) || p == (uint32_t)tally_key8("quin", 4) ||
           p == (uint32_t)tally_key8("fata", 4) || p == (uint32_t)tally_key8("dead", 4) ||
           p == (uint32_t)tally_key8("shoo", 4) || p == (uint32_t)tally_key8("murd", 4);
}

/* Events that carry their toll in their name; singular only ("fatal shootings" counts nothing). */
static int named_events(tally_doc *d, size_t si, const vstarts *v, bool has_cue, tally_attr prev[2],
                        const tally_attr *carry)
{
    const tally_sent *s = &d->sents.v[si];
    int rc = TALLY_OK;
    for (size_t i = 0, from = s->first; rc == TALLY_OK && i < v->n; i++) {
        size_t k = v->tok[i];
        if (!(v->bits[i] & VS_EVENT) || k < from)
            continue;
        size_t h;
        tally_number t = {0};
        const char *what = event_toll(d, k, s->last, &h, &t);
        if (!what)
            continue;
        cand c = {.t0 = k, .t1 = h + 1, .unit_tok = SIZE_MAX, .demonym = SIZE_MAX, .what = what, .rule = "named-event"};
        rc = add_victim(d, si, &t, &c, has_cue, prev, carry);
        from = h + 1;
    }
    return rc;
}

/* Gunfire counts: "four people were shot, one fatally" — those shot and not killed were wounded. When an
 * article states who was shot but not who was wounded, the wounded are the shot less the killed. */
/* "killed a couple and shot two others": people shot told as others than the killed are all wounded. */
static bool shot_others(const tally_doc *d, const tally_claim *c)
{
    if (c->ntitle || c->span.end == 0 || c->span.end > d->a.text_len)
        return false;
    size_t k = tally_tok_at(d->toks.v, d->toks.n, c->span.end - 1) + 1;
    if (k < d->toks.n && tok_is(d, k, "others"))
        return true;
    if (str_is(c->rule, "victim-list") &&
        (tok_is(d, tally_tok_at(d->toks.v, d->toks.n, c->span.start), "another") || tok_is(d, k, "also") ||
         (tok_lex(d, k) && (tok_lex(d, k)->cls & LEX_A) && tok_is(d, k + 1, "also"))))
        return true; /* "another deputy and a woman also shot", "a man and a woman were also shot" */
    bool other = tok_is(d, k, "other") || tok_is(d, k, "additional") || tok_is(d, k, "more");
    for (size_t j = k + 1; other && j < d->toks.n && j < k + 4; j++) /* "three other teenage boys", "three additional patients" */
        if (tok_lex(d, j) && (tok_lex(d, j)->cls & LEX_U))
            return true;
    return false;
}

/* The ordinal at k is a school grade: "a sixth-grade student", "an 8th-grader", "a seventh grader". */
static bool grade_after(const tally_doc *d, size_t k)
{
    size_t j = k + 1 < d->toks.n && d->toks.v[k + 1].kind == TOK_DASH ? k + 2 : k + 1;
    return tok_is(d, j, "grade") || tok_is(d, j, "grader") || tok_is(d, j, "graders");
}

/* "a second man was wounded", "a fourth victim was grazed": with no one killed in the article, the nth
 * person hurt says at least n were (with a death told, the ordinal may count the dead too). */
static void nth_hurt(tally_doc *d)
{
    for (size_t i = 0; i < d->claims.n; i++)
        if (str_is(d->claims.v[i].what, "killed"))
            return;
    for (size_t i = 0; i < d->claims.n; i++) {
        tally_claim *c = &d->claims.v[i];
        if (!str_is(c->rule, "single-victim") || c->ntitle || c->span.end == 0 || c->span.end > d->a.text_len ||
            (!str_is(c->what, "wounded") && !str_is(c->what, "shot")))
            continue;
        size_t t0 = tally_tok_at(d->toks.v, d->toks.n, c->span.start);
        size_t t1 = tally_tok_at(d->toks.v, d->toks.n, c->span.end - 1) + 1;
        double nth = 0;
        size_t at = t1;
        for (size_t k = t0 + 1; k < t1 && k < t0 + 3 && !nth; k++)
            nth = ordinal(d, at = k);
        if (nth < 2 || !(tok_is(d, t0, "a") || tok_is(d, t0, "an")) || grade_after(d, at))
            continue;
        c->what = "wounded", c->low = nth, c->high = NAN, c->bound = TALLY_BOUND_GE, c->rule = "nth-hurt";
    }
}

static bool inferred_single(const tally_claim *c);

/* The killer's own death ("before killing himself", "killed three and himself"): none of the people he shot. */
static bool killer_self(const tally_doc *d, const tally_claim *c)
{
    if (str_is(c->rule, "and-himself"))
        return true;
    if (c->ntitle || c->span.end == 0 || c->span.end > d->a.text_len || !inferred_single(c))
        return false;
    size_t t0 = tally_tok_at(d->toks.v, d->toks.n, c->span.start);
    size_t t1 = tally_tok_at(d->toks.v, d->toks.n, c->span.end - 1) + 1;
    return tok_is(d, t0, "himself") || tok_is(d, t0, "herself") ||
           (measure_at(d, t1) && (tok_is(d, t1 + 1, "self") || tok_is(d, t1 + 1, "himself") ||
                                  tok_is(d, t1 + 1, "herself"))); /* a headline's "Man kills self" */
}

static size_t sent_at(const tally_doc *d, size_t k);
static size_t sent_at_off(const tally_doc *d, size_t off);

/* Is a count of the killed told in body claim c's sentence ("left one dead and 11 others shot")? */
static bool killed_beside(const tally_doc *d, const tally_claim *c)
{
    if (c->ntitle || c->span.end > d->a.text_len)
        return false;
    size_t si = sent_at_off(d, c->span.start);
    for (size_t i = 0; i < d->claims.n; i++) {
        const tally_claim *e = &d->claims.v[i];
        if (str_is(e->what, "killed") && !e->ntitle && e->span.end <= d->a.text_len &&
            sent_at_off(d, e->span.start) == si)
            return true;
    }
    return false;
}

/* The last day of a claim's period ("2015-10-02", "2015-08-01/2015-08-31"), or TALLY_NODAY (a year alone
 * is too coarse, and may be a birth's or a meeting's the sentence recalls). */
static int32_t period_end(const char *p)
{
    const char *slash = strchr(p, '/');
    return tally_day_parse(slash ? slash + 1 : p);
}

/* The day before which a count of the dead is of an earlier shooting than claim s's people shot ("On Nov. 1,
 * an 11-year-old boy was fatally shot", "a vigil for a man killed last week"): s's period's first day, or,
 * when s has none, days before s was said (a follow-up dates the deed it reports); TALLY_NODAY for none. */
static int32_t deed_day(const tally_doc *d, const tally_claim *s)
{
    if (s->period[0])
        return tally_day_parse(s->period);
    int32_t said = tally_day_parse(s->said);
    if (said == TALLY_NODAY)
        said = d->dct;
    return said == TALLY_NODAY ? TALLY_NODAY : said - 3;
}

/* Were the dead of claim k killed before day (deed_day of s)? Only a period of k's own says so, and, for an
 * s without one, only told after s. */
static bool earlier_deed(const tally_claim *k, const tally_claim *s, int32_t day)
{
    int32_t end = k->period[0] && day != TALLY_NODAY ? period_end(k->period) : TALLY_NODAY;
    if (end == TALLY_NODAY || end >= day)
        return false;
    return s->period[0] || s->ntitle == s->nevidence || k->span.start > s->span.start;
}

/* The most killed (*victims: not counting the killer) the doc states, leaving out with s the dead of an
 * earlier shooting than s's. */
static void killed_for(const tally_doc *d, const tally_claim *s, double *killed, double *victims)
{
    *killed = *victims = 0;
    int32_t day = s && s->low >= 2 ? deed_day(d, s) : TALLY_NODAY; /* one person shot is mostly the one who
                                                                       died, told again */
    for (size_t j = 0; j < d->claims.n; j++) {
        const tally_claim *k = &d->claims.v[j];
        if (!str_is(k->what, "killed") || isnan(k->low) || (s && earlier_deed(k, s, day)))
            continue;
        *killed = k->low > *killed ? k->low : *killed;
        if (k->low > *victims && !killer_self(d, k))
            *victims = k->low;
    }
}

/* A period of a year or more ("in 2015", "since 2000"): a count over it is a statistic of many shootings or an
 * old one's, not the wounded of the shooting told. */
static bool yearlong(const char *p)
{
    if (strlen(p) == 4)
        return true;
    const char *slash = strchr(p, '/');
    int32_t a = tally_day_parse(p), b = slash ? tally_day_parse(slash + 1) : TALLY_NODAY;
    return a != TALLY_NODAY && b != TALLY_NODAY && b - a >= 364;
}

static int derive_wounded(tally_doc *d)
{
    double all_killed, all_victims, killed = 0, victims = 0; /* the most killed, and not counting the killer */
    bool wounded = false, dated = false; /* a count of the dead with a period: maybe an earlier shooting's */
    bool lone = true, none_killed = true;
    for (size_t i = 0; i < d->claims.n; i++) {
        bool w = str_is(d->claims.v[i].what, "wounded"), k = str_is(d->claims.v[i].what, "killed");
        wounded |= w;
        lone &= !w || inferred_single(&d->claims.v[i]);
        none_killed &= !k;
        dated |= k && d->claims.v[i].period[0];
    }
    /* "Both the girl and the man were taken to the hospital" after each was told alone: no one died, and the
     * people listed are the wounded */
    bool lone_only = wounded && lone && none_killed;
    killed_for(d, NULL, &all_killed, &all_victims);
    size_t most = SIZE_MAX; /* the first count of people shot: the lead's, where later ones tell of others */
    bool others = false;
    for (size_t i = 0; i < d->claims.n && most == SIZE_MAX; i++) {
        const tally_claim *c = &d->claims.v[i];
        if (!str_is(c->what, "shot") || yearlong(c->period))
            continue; /* "265 children shot themselves or others in 2015" tells of no one shooting's wounded */
        killed = all_killed, victims = all_victims;
        if (dated && c->low >= 2)
            killed_for(d, c, &killed, &victims);
    others = killed > 0 && shot_others(d, c);
        bool pair = lone_only && c->low >= 2 && str_is(c->rule, "victim-list");
        if (str_is(c->what, "shot") && !isnan(c->low) && (c->low > killed || others) &&
            (!wounded || pair || (others && killed_beside(d, c))))
            most = i;
    }
    if (most == SIZE_MAX)
        return TALLY_OK;
    tally_claim c = d->claims.v[most];
    if (c.low >= 2)
        killed = victims; /* "shot five people, killing two, then himself": 3; one shot may be the suicide himself */
    if (!others) {
        c.low -= killed;
        if (!isnan(c.high))
            c.high -= killed;
    }
    c.what = "wounded";
    c.rule = "shot-less-killed";
    c.parts = NULL, c.nparts = 0; /* they stay with the people shot */
    return tally_vec_push(&d->claims, c);
}

static bool same_figure(const tally_claim *c, const tally_claim *e);

/* The exact count at token k (its number starting there), else NAN. */
static double count_value(const tally_doc *d, size_t k)
{
    size_t i = k < d->toks.n ? tally_doc_num_at(d, d->toks.v[k].start) : d->nums.n;
    if (i >= d->nums.n || d->nums.v[i].start != d->toks.v[k].start || d->nums.v[i].kind != TALLY_NUM_COUNT ||
        d->nums.v[i].low != d->nums.v[i].high)
        return NAN;
    return d->nums.v[i].low;
}

/* The killed told right after a count of people shot, in its clause: "six people were shot — one fatally —",
 * "shot four people, killing one of them", "four were shot, one of whom died". Returns them, else 0. */
static double fatal_share(const tally_doc *d, const tally_claim *c)
{
    if (c->ntitle || c->span.end == 0 || c->span.end > d->a.text_len)
        return 0;
    size_t k = tally_tok_at(d->toks.v, d->toks.n, c->span.end - 1) + 1;
    size_t end = d->sents.v[sent_at(d, k - 1)].last;
    for (size_t j = k + 1; j < end && j < k + 8; j++) {
        if (is_punct(d, j, ';') || is_punct(d, j, '.'))
            return 0;
        double n = count_value(d, j);
        if (isnan(n))
            continue;
        bool after_break = is_punct(d, j - 1, ',') || d->toks.v[j - 1].kind == TOK_DASH || tok_is(d, j - 1, "and");
        size_t f = tok_is(d, j + 1, "of") && (tok_is(d, j + 2, "them") || tok_is(d, j + 2, "whom")) ? j + 3 : j + 1;
        bool fatal = tok_is(d, f, "fatally") || tok_is(d, f, "mortally") || (f == j + 3 && tok_is(d, f, "died"));
        bool killing = tok_is(d, j - 1, "killing") && k + 1 < j - 1 &&
                       (is_punct(d, j - 2, ',') || tok_is(d, j - 2, "and"));
        return (after_break && fatal) || killing ? n : 0;
    }
    return 0;
}

/* "six people were shot — one fatally": the rest of them were wounded, told so in the clause itself, whatever
 * other counts of the wounded the article gives (derive_wounded only fills in where it gives none). */
static int fatally_told(tally_doc *d)
{
    size_t n = d->claims.n;
    TALLY_VEC(size_t) wounded = {0}; /* the claims of the wounded, in order: only they can tell these */
    int rc = TALLY_OK;
    for (size_t j = 0; rc == TALLY_OK && j < n; j++)
        if (str_is(d->claims.v[j].what, "wounded"))
            rc = tally_vec_push(&wounded, j);
    for (size_t i = 0; rc == TALLY_OK && i < n; i++) {
        tally_claim c = d->claims.v[i];
        if (!str_is(c.what, "shot") || isnan(c.low) || c.low < 2 || c.low != c.high)
            continue;
        double k = fatal_share(d, &c);
        if (k <= 0 || k >= c.low)
            continue;
        c.low -= k, c.high -= k;
        c.what = "wounded";
        bool told = false;
        /* the last 256 only: an article of thousands of such counts stays linear (every claim read for each
         * took 29 s on 1.2 MB of "four people were shot, one fatally,") */
        for (size_t w = wounded.n > 256 ? wounded.n - 256 : 0; w < wounded.n && !told; w++) {
            tally_claim *e = &d->claims.v[wounded.v[w]];
            if (str_is(e->rule, "shot-less-killed") && e->span.start == c.span.start && !e->ntitle)
                e->low = c.low, e->high = c.high; /* the killed beside them, not the article's most */
            told = same_figure(&c, e);
        }
        c.rule = "shot-fatally";
        c.parts = NULL, c.nparts = 0; /* they stay with the people shot */
        if (!told && (rc = tally_vec_push(&wounded, d->claims.n)) == TALLY_OK)
            rc = tally_vec_push(&d->claims, c);
    }
    tally_vec_free(&wounded);
    return rc;
}

/* Police from k: "police", "officers", "a deputy", "other officers", "responding troopers". Returns the
 * token naming them, or SIZE_MAX. */
static size_t by_police(const tally_doc *d, size_t k)
{
    static const char *const words[] = {"police", "officers", "officer", "deputies", "deputy", "troopers", "trooper",
                                        "agents", "swat", "authorities"};
    for (size_t n = 0; n < 2 && (tok_is(d, k, "a") || tok_is(d, k, "an") || tok_is(d, k, "the") ||
                                 tok_is(d, k, "other") || tok_is(d, k, "responding"));
         n++)
        k++;
    return k < d->toks.n && tally_ieq_any(tok_s(d, k), tok_n(d, k), words, sizeof words / sizeof *words) ? k : SIZE_MAX;
}

/* "killed two people … before killing himself", "… then took his own life": the dead are one more. Returns
 * the last token of the reflexive phrase after the count, or SIZE_MAX. */
static size_t killer_too(const tally_doc *d, size_t from, size_t hi)
{
    for (size_t k = from; k < hi && k < from + 40; k++) {
        bool self = tok_is(d, k, "himself") || tok_is(d, k, "herself");
        bool own = tok_is(d, k, "own") && tok_is(d, k + 1, "life") && k >= 2 &&
                   (tok_is(d, k - 2, "took") || tok_is(d, k - 2, "taking") || tok_is(d, k - 2, "take"));
        if (tok_is(d, k, "by") && k > from && measure_at(d, k - 1) &&
            strcmp(compound(d, k - 1, measure_at(d, k - 1)->measure), "killed") == 0 && by_police(d, k + 1) != SIZE_MAX)
            return by_police(d, k + 1); /* "… before he was fatally shot by officers" */
        if (!self && !own)
            continue;
        if (self && (tok_is(d, k - 1, "including") || (tok_is(d, k - 1, "the") && tok_is(d, k - 2, "including"))))
            return SIZE_MAX; /* he is among the count: "four were killed, including himself" */
        if (self && k <= from + 2 && tok_is(d, k - 1, "and"))
            return k; /* the count's own conjunct: "killed three people and himself" */
        for (size_t j = k > from + 4 ? k - 4 : from; self && j < k; j++) {
            const tally_lex *m = measure_at(d, j);
            if ((m && (str_is(m->measure, "killed") || str_is(m->measure, "shot"))) || tok_is(d, j, "gun"))
                return k;
        }
        if (own)
            return k + 1;
    }
    return SIZE_MAX;
}

/* After a count of the killed, the killer's own death makes the toll one more: a second claim. */
static int with_killer(tally_doc *d, size_t si, const tally_number *n, const cand *c, const tally_attr *at)
{
    const tally_sent *s = &d->sents.v[si];
    if (!str_is(c->what, "killed") || isnan(n->low) || n->low != n->high)
        return TALLY_OK;
    size_t e = killer_too(d, c->t1, s->last);
    if (e == SIZE_MAX)
        return TALLY_OK;
    tally_number t = *n;
    t.low = t.high = n->low + 1;
    t.end = d->toks.v[e].end;
    cand k = *c;
    k.rule = "and-himself";
    return add_claim(d, si, &t, &k, at);
}

/* "One man is in critical condition and three others were hurt": the others are counted apart from the
 * first, so the wounded are both together. The two claims become one. */
/* "Three boys were wounded and a girl was critically injured": one more person after a count's own predicate
 * and "and", told with the same measure, is not among the count: they are summed (the sum replaces the count). */
static void and_one_more(tally_doc *d, size_t first_claim)
{
    for (size_t i = first_claim; i < d->claims.n; i++) {
        tally_claim *o = &d->claims.v[i];
        if (!str_is(o->rule, "single-victim") || o->ntitle || o->span.start == 0)
            continue;
        size_t t0 = tally_tok_at(d->toks.v, d->toks.n, o->span.start);
        if (t0 < 2 || !tok_is(d, t0 - 1, "and") || !(tok_is(d, t0, "a") || tok_is(d, t0, "an")) || !measure_at(d, t0 - 2))
            continue;
        for (size_t j = first_claim; j < d->claims.n; j++) {
            tally_claim *e = &d->claims.v[j];
            if (j == i || !str_is(e->rule, "measure-after") || !str_is(e->what, o->what) || e->span.end > o->span.start ||
                isnan(e->low) || e->low != e->high || !str_is(e->unit, "person"))
                continue;
            e->low += 1, e->high += 1, e->span.end = o->span.end, e->rule = "and-one-more";
            d->claims.v[i] = d->claims.v[--d->claims.n];
            return;
        }
    }
}

/* "Al Roe and seven others were killed", "Ann Roe and Bo Poe and two other people were wounded": the named are
 * among the victims, so the count the text gives for them is one more per name. A claim of the named alone
 * in the sentence becomes a part of the sum. */
static void names_and_others(tally_doc *d, size_t si, size_t first_claim)
{
    const tally_sent *s = &d->sents.v[si];
    for (size_t i = first_claim; i < d->claims.n; i++) {
        tally_claim *o = &d->claims.v[i];
        size_t e = o->span.end; /* the text's bytes first: few counts are followed by "other" */
        if (e + 6 > d->a.text_len || memcmp(d->a.text + e, " other", 6) != 0)
            continue;
        if (!(str_is(o->rule, "measure-after") || str_is(o->rule, "verb-before")) ||
            !(str_is(o->what, "killed") || str_is(o->what, "wounded")) || isnan(o->low) || o->low != o->high)
            continue;
        size_t t0 = tally_tok_at(d->toks.v, d->toks.n, o->span.start);
        size_t t1 = tally_tok_at(d->toks.v, d->toks.n, o->span.end - 1) + 1;
        if (t0 < s->first + 2 || !tok_is(d, t0 - 1, "and") || !(tok_is(d, t1, "others") || tok_is(d, t1, "other")))
            continue;
        size_t b = named_subject(d, s->first, t0 - 1);
        if (b >= t0 - 1 || !tok_cap(d, b))
            continue;
        double n;
        size_t a = names_before(d, s, b, &n);
        const char *what = o->what;
        o->low += n, o->high += n, o->span.start = d->toks.v[a].start, o->rule = "names-and-others";
        drop_parts_in(d, d->toks.v[a].start, d->toks.v[t0].start, what, first_claim);
        return;
    }
}

/* A count "along with" others after a singular auxiliary ("who was killed with seven others"): one subject
 * besides the count. */
static bool one_along(const tally_doc *d, const tally_claim *o)
{
    size_t t0 = tally_tok_at(d->toks.v, d->toks.n, o->span.start);
    size_t v = t0 >= 3 && tok_is(d, t0 - 2, "along") ? t0 - 3 : t0 - 2;
    return t0 >= 3 && v >= 1 && tok_is(d, t0 - 1, "with") && (tok_is(d, v - 1, "was") || tok_is(d, v - 1, "is"));
}

/* Counts in wound states told one after another ("two people are listed in critical condition and three are
 * being treated for wounds"): each state its own people, so the wounded are their sum. Claim o (an own-state count)
 * takes in the wounded count in a state told right before it in the sentence. */
static void sum_states(tally_doc *d, size_t first_claim)
{
    for (size_t i = first_claim; i < d->claims.n; i++) {
        tally_claim *o = &d->claims.v[i];
        if (!str_is(o->rule, "own-state") || !str_is(o->what, "wounded") || isnan(o->low) || o->low != o->high)
            continue;
        size_t e = SIZE_MAX; /* the claim ending last before o */
        for (size_t j = first_claim; j < d->claims.n; j++)
            if (d->claims.v[j].span.end <= o->span.start &&
                (e == SIZE_MAX || d->claims.v[j].span.end > d->claims.v[e].span.end))
                e = j;
        const tally_claim *p = e != SIZE_MAX ? &d->claims.v[e] : NULL;
        if (!p || !(str_is(p->what, "wounded") || str_is(p->what, "casualties")) || isnan(p->low) || p->low != p->high ||
            p->part)
            continue; /* "two victims are in critical condition, seven are in stable condition": victims in a state */
        bool dead_before = false; /* the fates of all: "one woman is dead, two are in critical condition and …" */
        for (size_t j = first_claim; j < d->claims.n && !dead_before; j++)
            dead_before = str_is(d->claims.v[j].what, "killed") && d->claims.v[j].span.end <= p->span.start;
        if (!dead_before)
            continue; /* else the states may tell some of a count given before ("Of the five, two are critical") */
        size_t t1 = tally_tok_at(d->toks.v, d->toks.n, p->span.end - 1) + 1;
        size_t k = t1 < d->toks.n && tok_lex(d, t1) && (tok_lex(d, t1)->cls & LEX_U) ? t1 + 1 : t1;
        size_t hi = tally_tok_at(d->toks.v, d->toks.n, o->span.start);
        if (!state_at(d, k, hi))
            continue;
        o->low += p->low, o->high += p->low, o->span.start = p->span.start, o->rule = "state-sum";
        memmove(&d->claims.v[e], &d->claims.v[e + 1], (d->claims.n - e - 1) * sizeof *d->claims.v);
        d->claims.n--;
        i = e < i ? i - 1 : i; /* o moved down with the rest */
    }
}

static void add_others(tally_doc *d, size_t si, size_t first_claim)
{
    sum_states(d, first_claim);
    and_one_more(d, first_claim);
    names_and_others(d, si, first_claim);
    for (size_t i = first_claim; i < d->claims.n; i++) {
        tally_claim *o = &d->claims.v[i];
        bool along = str_is(o->rule, "and-others"); /* "shot along with three others" */
        if (!(str_is(o->what, "wounded") || along))
            continue; /* asked first: most claims are of other measures, and their token need not be found */
        size_t t1 = tally_tok_at(d->toks.v, d->toks.n, o->span.end - 1) + 1;
        size_t u = t1 < d->toks.n && tok_lex(d, t1) && (tok_lex(d, t1)->cls & LEX_U) ? t1 + 1 : t1;
        if (u < d->toks.n && !tok_is(d, u, "also") && tok_lex(d, u) && (tok_lex(d, u)->cls & LEX_A))
            u++; /* "two men were also wounded" */
        bool also = tok_is(d, u, "also") && str_is(o->what, "wounded"); /* "Girl Hurt, 2 Men Also Wounded" */
        if (!(tok_is(d, t1, "others") || tok_is(d, t1, "other") || also) || isnan(o->low) || o->low != o->high ||
            str_is(o->rule, "names-and-others"))
            continue;
        for (size_t j = first_claim; j < d->claims.n; j++) {
            tally_claim *e = &d->claims.v[j];
            if (j == i || e->span.end > o->span.start ||
                !(str_is(e->what, o->what) || (also && str_is(e->what, "shot"))) || isnan(e->low) || e->low != e->high)
                continue; /* "a woman was shot, and three men were also wounded": she was wounded too */
            o->low += e->low, o->high += e->low, o->span.start = e->span.start, o->rule = "and-others";
            d->claims.v[j] = d->claims.v[--d->claims.n];
            return;
        }
        if (along && one_along(d, o)) {
            o->low += 1, o->high += 1; /* "Al Roe, who was killed with seven others": he is the one more */
            return;
        }
        size_t first = d->sents.v[si].first, at = tally_tok_at(d->toks.v, d->toks.n, o->span.start);
        for (size_t k = first; k < at && k < first + 8; k++) { /* "One man is in critical condition and three others" */
            size_t ni = tally_doc_num_at(d, d->toks.v[k].start);
            if (ni >= d->nums.n || d->nums.v[ni].start != d->toks.v[k].start || d->nums.v[ni].low != 1 ||
                d->nums.v[ni].high != 1)
                continue;
            for (size_t j = k + 1; j < at && j < k + 6; j++)
                if (wound_state(d, j, at) && str_is(wound_state(d, j, at), "wounded")) {
                    o->low += 1, o->high += 1, o->span.start = d->toks.v[k].start, o->rule = "and-others";
                    return;
                }
        }
    }
}

/* The words the victim rules find a measure in besides a casualty measure word: wound states, hospitals and
 * the events named with their toll (wound_state, event_toll). A rule keyed on a new word adds it here. */
static const char *const victim_words[] = {
    "recovering", "recover",   "condition",   "hospital",    "hospitals", "hospitalized", "hospitalised",
    "wound",      "wounds",    "injury",      "injuries",    "homicide",  "fatal",        "fatally",
    "pronounced", "survived",  "survive",     "survives",    "stable",    "serious",      "critical",
    "grave",      "suffered",  "sustained",   "airlifted",   "flown",     "transported",  "rushed",
    "dies",       "death",     "deadly",      "murder",      "slaying",   "killing",      "suicide",
    "double",     "triple",    "quadruple",   "quintuple",   "life",      "lives",        "gunfire",
    "struck",     "hit",       "suffering",   "sustaining",  "receiving",  "injure",       "treated",
    "hitting",    "striking",  "ok",          "okay"};

const char *tally_claims_victim_word(size_t i)
{
    return i < sizeof victim_words / sizeof *victim_words ? victim_words[i] : NULL;
}

bool tally_claims_victim_lex(const tally_lex *lx)
{
    return (lx->cls & LEX_M) && victim_measure(lx->measure);
}

/* Can a victim rule fire in sentence si? Each needs a casualty measure word (killed, wounded, shot, missing,
 * captured) or a victim word, read from two tokens before the sentence (a verb or "death of" just before it)
 * to two after it: the word table marks both (LEXH_VICTIM). Most sentences have none: the rules cost a fifth
 * of extraction when run on every one. */
static bool victim_cue(const tally_doc *d, size_t si)
{
    const tally_sent *s = &d->sents.v[si];
    size_t lo = s->first >= 2 ? s->first - 2 : 0, hi = s->last + 2 < d->toks.n ? s->last + 2 : d->toks.n;
    uint64_t any = 0, w;
    size_t k = lo;
    for (; k + 8 <= hi; k += 8) /* eight hints a step, ORed: most sentences have none */
        memcpy(&w, d->hint + k, 8), any |= w;
    for (; k < hi; k++)
        any |= d->hint[k];
    return any & LEXH_VICTIM * 0x0101010101010101u;
}

/* The passes that may start at a word, by its key (doc.h: its first eight letters, lowered), besides measures,
 * numbers and the places after a verb: the, their, a, an, another, his, her (single victims and lists); both,
 * he, she, himself, herself (lists); in, recovering (after an auxiliary), suffered, sustained (named victims); shooting (death of,
 * events); double, deadly, triple, quadruple, quintuple, fatal, murder (events); and those that may start at the
 * word after it (next): a colon's (a headline's single victim or list) and "leaves"/"left"'s. One probe of a
 * table of 128 slots (64 left "suffered" no slot of its own), each word's key in a slot of its own (a key hashed by a multiplier found for these words),
 * so the walk takes no branch on the word; a new word that collides fails the build (gcc -Woverride-init, clang
 * -Winitializer-overrides). */
#define WKEY(...) WKEY8(__VA_ARGS__, 0, 0, 0, 0, 0, 0, 0, 0)
#define WKEY8(a, b, c, d, e, f, g, h, ...)                                                                       \
    ((uint64_t)(a) | (uint64_t)(b) << 8 | (uint64_t)(c) << 16 | (uint64_t)(d) << 24 | (uint64_t)(e) << 32 |       \
     (uint64_t)(f) << 40 | (uint64_t)(g) << 48 | (uint64_t)(h) << 56)
#define WSLOT(key) ((key) * 0x1ba1621582283d15u >> 57)
#define W(bits, next, ...) [WSLOT(WKEY(__VA_ARGS__))] = {WKEY(__VA_ARGS__), bits, next}
static const struct start_word {
    uint64_t key;
    uint8_t bits, next;
} start_words[128] = {
    W(VS_SINGLE | VS_DET | VS_LIST, 0, 't', 'h', 'e'),
    W(VS_SINGLE | VS_DET | VS_LIST, 0, 't', 'h', 'e', 'i', 'r'),
    W(VS_SINGLE | VS_DET | VS_LIST, 0, 'a'),
    W(VS_SINGLE | VS_DET | VS_LIST, 0, 'a', 'n'),
    W(VS_SINGLE | VS_DET | VS_LIST, 0, 'a', 'n', 'o', 't', 'h', 'e', 'r'),
    W(VS_SINGLE | VS_DET | VS_LIST, 0, 'h', 'i', 's'),
    W(VS_SINGLE | VS_DET | VS_LIST, 0, 'h', 'e', 'r'),
    W(VS_LIST, 0, 'b', 'o', 't', 'h'),
    W(VS_LIST, 0, 'h', 'e'),
    W(VS_LIST, 0, 's', 'h', 'e'),
    W(VS_LIST, 0, 'h', 'i', 'm', 's', 'e', 'l', 'f'),
    W(VS_LIST, 0, 'h', 'e', 'r', 's', 'e', 'l', 'f'),
    W(VS_NAMED, 0, 'i', 'n'),
    W(VS_NAMED, 0, 'r', 'e', 'c', 'o', 'v', 'e', 'r', 'i'), /* recovering: a key holds eight letters */
    W(VS_NAMED, 0, 's', 'u', 'f', 'f', 'e', 'r', 'e', 'd'),
    W(VS_NAMED, 0, 's', 'u', 's', 't', 'a', 'i', 'n', 'e'), /* sustained */
    W(VS_NAMED, 0, 't', 'a', 'k', 'e', 'n'),
    W(VS_NAMED, 0, 't', 'r', 'a', 'n', 's', 'p', 'o', 'r'), /* transported */
    W(VS_NAMED, 0, 'r', 'u', 's', 'h', 'e', 'd'),
    W(VS_NAMED, 0, 't', 'r', 'e', 'a', 't', 'e', 'd'),
    W(VS_NAMED, 0, 'h', 'i', 't'),
    W(VS_NAMED, 0, 's', 't', 'r', 'u', 'c', 'k'),
    W(VS_DEATH_OF | VS_EVENT, 0, 's', 'h', 'o', 'o', 't', 'i', 'n', 'g'),
    W(VS_EVENT, 0, 'd', 'o', 'u', 'b', 'l', 'e'),
    W(VS_EVENT, 0, 'd', 'e', 'a', 'd', 'l', 'y'),
    W(VS_EVENT, 0, 't', 'r', 'i', 'p', 'l', 'e'),
    W(VS_EVENT, 0, 'q', 'u', 'a', 'd', 'r', 'u', 'p', 'l'),
    W(VS_EVENT, 0, 'q', 'u', 'i', 'n', 't', 'u', 'p', 'l'),
    W(VS_EVENT, 0, 'f', 'a', 't', 'a', 'l'),
    W(VS_EVENT, 0, 'm', 'u', 'r', 'd', 'e', 'r'),
    W(0, VS_SINGLE | VS_HEADLINE, ':'),
    W(0, VS_HEADLINE, 'l', 'e', 'a', 'v', 'e', 's'),
    W(0, VS_HEADLINE, 'l', 'e', 'f', 't'),
};
#undef W
#undef WKEY
#undef WKEY8

/* An auxiliary right before token k (its entry before), or before an adverb there: "is in", "is currently in",
 * "is still recovering". */
static bool aux_before(const tally_doc *d, const tally_sent *s, size_t k, const tally_lex *before)
{
    if (before)
        return before->cls & LEX_A;
    return k >= s->first + 2 && (adverb(d, k - 1) || tok_is(d, k - 1, "still")) && tok_lex(d, k - 2) &&
           (tok_lex(d, k - 2)->cls & LEX_A);
}

/* Of the passes in maybe, those that may start at token k (vstarts); before is the entry of the token before it
 * in the sentence, or NULL. Out of line: inlined, it left the walk's loop slower (callgrind). */
static __attribute__((noinline)) unsigned victim_start(const tally_doc *d, const tally_sent *s, size_t k,
                                                       const tally_lex *before, unsigned maybe)
{
    const tally_lex *lx = d->lex[k];
    unsigned b = maybe & VS_NUM ? VS_LIST | VS_NUM : 0;
    if ((maybe & VS_SINGLE) && ((maybe & VS_DET) || person_start(d, s, k, before)))
        b |= VS_SINGLE | (maybe & VS_DET); /* a determiner of start_words opens a person's phrase */
    if ((maybe & VS_NAMED) && k > s->first &&
        ((lx && (lx->cls & LEX_M) && (lx->mflags & LEXM_P)) ||
         (!(lx && (lx->cls & LEX_M)) && aux_before(d, s, k, before) &&
          (tok_is(d, k, "in") || tok_is(d, k, "recovering") || tok_is(d, k, "treated") ||
           (carried(d, k) && k >= 2 && tok_cap(d, k - 2)))) ||
         (!before && tok_is(d, k, "in") && (tok_is(d, k - 1, "remains") || tok_is(d, k - 1, "remained"))) ||
         suffered(d, k) || (!lx && hit_by_gunfire(d, k))))
        b |= VS_NAMED; /* "Ann Roe suffered a gunshot wound" needs no auxiliary */
    if ((maybe & VS_DEATH_OF) && k + 2 < s->last && tok_is(d, k + 1, "of") && death_noun(d, k))
        b |= VS_DEATH_OF;
    if ((maybe & VS_HEADLINE) && (opens_clause(d, s, k) || tok_is(d, k - 1, "leaves") || tok_is(d, k - 1, "left")) &&
        ((lx && (lx->cls & LEX_P)) || age_noun(d, k) != SIZE_MAX))
        b |= VS_LIST | VS_HEADLINE; /* "Mother, son killed", "leaves man, 2 teens hurt" */
    if ((maybe & VS_LIST) && !(b & VS_LIST) && list_opener(d, k))
        b |= VS_LIST;
    if ((maybe & VS_EVENT) && k + 1 < s->last && toll_opener(d, k))
        b |= VS_EVENT;
    return b;
}

/* The token of the next number mention of sentence s from d->nums[*ni] on that starts where a token does (a
 * number is a list's count), else SIZE_MAX; *ni moves past it. */
static size_t next_number(const tally_doc *d, const tally_sent *s, size_t *ni)
{
    size_t end = d->toks.v[s->last - 1].end;
    for (; *ni < d->nums.n && d->nums.v[*ni].start < end; (*ni)++) {
        size_t k = tally_tok_at(d->toks.v, d->toks.n, d->nums.v[*ni].start);
        if (k >= s->first && k < s->last && d->toks.v[k].start == d->nums.v[*ni].start)
            return (*ni)++, k;
    }
    return SIZE_MAX;
}

/* The tokens of sentence s where a victim pass may start (vstarts), into tok and bits; returns how many. Most
 * tokens are decided from their key and entry and those of the token before: only a measure, a number, a word
 * of start_words, the first token or one after a measure verb, a colon or "left"/"leaves" is read in full
 * (victim_start). */
static size_t victim_starts(const tally_doc *d, const tally_sent *s, size_t *tok, uint8_t *bits)
{
    size_t n = 0, ni = tally_doc_num_at(d, d->toks.v[s->first].start);
    size_t num = next_number(d, s, &ni); /* the numbers' tokens met in turn: no test of offsets per token */
    const tally_lex *before = NULL; /* the entry of the token before k in the sentence */
    unsigned after = VS_SINGLE | VS_HEADLINE; /* the passes the token before lets start at k */
    for (size_t k = s->first; k < s->last; k++) {
        const tally_lex *lx = d->lex[k];
        uint64_t key = d->key[k];
        const struct start_word *w = &start_words[WSLOT(key)];
        bool word = w->key == key;
        unsigned maybe = after | (word ? w->bits : 0);
        if (k == num)
            maybe |= VS_NUM, num = next_number(d, s, &ni);
        bool measure = lx && (lx->cls & LEX_M);
        if (measure)
            maybe |= VS_NAMED | VS_DEATH_OF;
        if (maybe) {
            unsigned b = victim_start(d, s, k, before, maybe);
            if (b)
                tok[n] = k, bits[n++] = (uint8_t)b;
        }
        after = (measure && (lx->mflags & LEXM_V) ? VS_SINGLE : 0) | (word ? w->next : 0);
        before = lx;
    }
    return n;
}
#undef WSLOT

/* Counts no numeral states: single and named victims, lists of victims, events named with their toll. */
static int victims(tally_doc *d, size_t si, size_t first_claim, bool has_cue, tally_attr prev[2],
                   const tally_attr *carry)
{
    if (!victim_cue(d, si)) {
        add_others(d, si, first_claim);
        return TALLY_OK;
    }
    struct tally_track *t = d->track;
    if (!t->vtok && (!(t->vtok = tally_arena_alloc(&d->arena, d->toks.n * sizeof *t->vtok)) ||
                     !(t->vbits = tally_arena_alloc(&d->arena, d->toks.n))))
        return TALLY_ENOMEM; /* room for any sentence's tokens, kept for the doc's next sentences */
    vstarts v = {.tok = t->vtok, .bits = t->vbits, .n = victim_starts(d, &d->sents.v[si], t->vtok, t->vbits)};
    int rc = single_victims(d, si, &v, has_cue, prev, carry);
    if (rc == TALLY_OK)
        rc = named_victims(d, si, &v, has_cue, prev, carry);
    if (rc == TALLY_OK)
        rc = death_of_name(d, si, &v, has_cue, prev, carry);
    if (rc == TALLY_OK)
        rc = victim_lists(d, si, &v, first_claim, has_cue, prev, carry);
    if (rc == TALLY_OK)
        rc = named_events(d, si, &v, has_cue, prev, carry);
    if (rc == TALLY_OK)
        add_others(d, si, first_claim);
    return rc;
}

/* "one of the two women wounded", "one of those killed", "one of the victims who died": a participle right after
 * a partitive's whole (or in a relative clause on it) describes the whole, so it is no count of the part.
 * The part's own predicate may follow, a finite verb ("one of the two men shot has died", "1,000 of the 8,000
 * troops deployed were killed"; not "played dead"): *what becomes that measure, else NULL. Returns whether the whole is described; k is the
 * token after the whole's noun phrase. */
static bool whole_described(const tally_doc *d, size_t k, size_t hi, size_t ni, const char **what)
{
    bool relative = tok_is(d, k, "who") || tok_is(d, k, "that");
    if (relative)
        for (k++; k < hi && tok_lex(d, k) && (tok_lex(d, k)->cls & LEX_A);)
            k++;
    const tally_lex *m = measure_at(d, k);
    if (k >= hi || !m || !(m->mflags & LEXM_P) || (!relative && (tok_is(d, k, "died") || tok_is(d, k, "dies"))) ||
        tok_is(d, k, "fatally") || tok_is(d, k - 1, "them") || tok_is(d, k - 1, "whom"))
        return false; /* the part's predicate: "two of the men died", "two of them fatally", "one of whom died" */
    *what = NULL;
    for (size_t j = k + 1; j < hi && j < k + 10; j++) {
        if (count_at(d, j, ni) || is_punct(d, j, ';') || tok_is(d, j, "and") || tok_is(d, j, "who") ||
            tok_is(d, j, "that"))
            break;
        const tally_lex *p = measure_at(d, j), *aux = tok_lex(d, j - 1);
        if (p && (tok_is(d, j, "died") || tok_is(d, j, "dies") || (aux && (aux->cls & LEX_A)))) {
            *what = compound(d, j, p->measure);
            break;
        }
    }
    return true;
}

/* "in Dunmoor alone", "in January alone", "last week alone" near the count, with no other count between:
 * the count is a part of a larger figure over more places or time. Bounded: 12 tokens either side. */
static bool told_alone(const tally_doc *d, const tally_sent *s, const cand *c)
{
    size_t lo = c->t0 > s->first + 12 ? c->t0 - 12 : s->first + 1, hi = c->t1 + 12 < s->last ? c->t1 + 12 : s->last;
    for (size_t k = lo; k < hi; k++) {
        if (!tok_is(d, k, "alone") || !(tok_cap(d, k - 1) || tally_doc_in_timex(d, k - 1)))
            continue;
        if (k < c->t0 ? !count_between(d, k + 1, c->t0, c->ni) : !count_between(d, c->t1, k, c->ni))
            return true;
    }
    return false;
}

/* "12 aid workers were among the wounded", "Among the dead were three aid workers": a part whose whole is not
 * stated here. */
static bool among_casualties(const tally_doc *d, const tally_sent *s, const cand *c)
{
    if (tok_is(d, s->first, "among") && tok_is(d, s->first + 1, "the") && measure_at(d, s->first + 2) &&
        c->t0 > s->first + 2 && c->t0 < s->first + 6)
        return true;
    size_t k = c->unit_tok != SIZE_MAX ? c->unit_tok + 1 : c->t1;
    if (tok_is(d, k, "were") || tok_is(d, k, "was") || tok_is(d, k, "are") || tok_is(d, k, "is"))
        k++;
    return tok_is(d, k, "among") && tok_is(d, k + 1, "the") && measure_at(d, k + 2);
}

/* A subgroup told after a count ("12 000 soldiers, including 500 officers and three generals"): the part's
 * whole is the count before "including", or the whole of the part it is listed with. */
static bool part_of_last(const tally_doc *d, const cand *c, const cand *last, bool last_part)
{
    if (!last)
        return false;
    if (tok_is(d, c->t0 - 1, "including") || (tok_is(d, c->t0 - 1, "them") && tok_is(d, c->t0 - 2, "among")))
        return true;
    if (fronted_whole(d, last, c))
        return true; /* "Of the 40 dead, 12 were children" */
    if (!last_part)
        return false;
    size_t k = last->unit_tok != SIZE_MAX ? last->unit_tok + 1 : last->t1;
    for (; k < c->t0; k++)
        if (!tok_is(d, k, "and") && !is_punct(d, k, ','))
            return false;
    return true; /* "… including 500 officers and three generals" */
}

/* Marks claim i as a part: of the count before it in the sentence (claim prev, or that claim's own whole when
 * it is a listed part itself), or "alone" (no whole stated). */
static void mark_part(tally_doc *d, const tally_sent *s, const cand *c, const cand *last, size_t i, size_t prev)
{
    tally_claim *cl = &d->claims.v[i];
    const tally_claim *p = prev != SIZE_MAX ? &d->claims.v[prev] : NULL;
    bool listed = p && p->part && p->whole.end > p->whole.start;
    if (p && part_of_last(d, c, last, listed)) {
        tally_span whole = listed ? p->whole : p->span;
        const tally_number *w = &d->nums.v[tally_doc_num_at(d, whole.start)];
        double wv = isnan(w->low) ? w->high : w->low, pv = isnan(cl->low) ? cl->high : cl->low;
        if (w->start == whole.start && pv < wv) {
            cl->part = true;
            cl->whole = whole;
            size_t pn = cl->who ? strlen(cl->who) : 0, wn = p->who ? strlen(p->who) : 0;
            if (pn && wn > pn + 1 && p->who[wn - pn - 1] == ' ' && strcmp(p->who + wn - pn, cl->who) == 0)
                cl->who = p->who; /* "9,000 Finnish troops, including 300 officers": Finnish military too */
            return;
        }
    }
    cl->part = told_alone(d, s, c) || str_is(c->rule, "part-of-toll") || among_casualties(d, s, c);
    /* "27 of the dead were children", "12 aid workers were among the wounded" */
}

/* ", two critically": the state of some of a count just given, not a count of its own. */
static bool condition_of_some(const tally_doc *d, const tally_sent *s, const cand *c, const cand *last)
{
    static const char *const states[] = {"critically", "seriously", "gravely", "severely", "badly"};
    if (c->t0 <= s->first || !is_punct(d, c->t0 - 1, ',') || c->t1 >= s->last)
        return false;
    bool after_shot = last && str_is(last->what, "shot"); /* "four shot, two critically injured": some of those shot */
    return tally_ieq_any(tok_s(d, c->t1), tok_n(d, c->t1), states, sizeof states / sizeof *states) &&
           (after_shot || !measure_at(d, c->t1 + 1)); /* "4 dead, 2 critically hurt" is a count of its own */
}

/* "17 were killed in Oruvia and another nine in Tesk", "and nine more on Tuesday": a count joined to the one
 * before with its verb left out takes that count's measure and unit. Only before a place, a time or the clause's
 * end, so that "and another nine are feared trapped" stays no claim. */
static bool elided_measure(const tally_doc *d, const tally_sent *s, cand *c, const cand *last)
{
    if (!last || !last->what || c->t0 < s->first + 2)
        return false;
    size_t k = c->t1;
    bool another = tok_is(d, c->t0, "another") && (tok_is(d, c->t0 - 1, "and") || is_punct(d, c->t0 - 1, ','));
    bool more = tok_is(d, k, "more") && (tok_is(d, c->t0 - 1, "and") || is_punct(d, c->t0 - 1, ','));
    if (!another && !more)
        return false;
    if (!verb_left_out(d, k + more, s->last))
        return false;
    c->what = last->what;
    c->unit = last->unit;
    c->rule = "elided-measure";
    return true;
}

static int sentence_claims(tally_doc *d, size_t si, bool has_cue, size_t *ni, tally_attr prev[2], tally_attr *carry)
{
    const tally_sent *s = &d->sents.v[si];
    size_t end = d->toks.v[s->last - 1].end;
    cand last = {0}, *lastp = NULL;
    int rc = TALLY_OK;
    size_t first_claim = d->claims.n, incl_end = SIZE_MAX;
    size_t last_claim = SIZE_MAX;
    for (; rc == TALLY_OK && *ni < d->nums.n && d->nums.v[*ni].start < end; (*ni)++) {
        const tally_number *n = &d->nums.v[*ni];
        if (n->kind != TALLY_NUM_COUNT || fractional(n) || zero_group(n))
            continue;
        cand c = {.ni = *ni, .t0 = tally_tok_at(d->toks.v, d->toks.n, n->start)};
        for (c.t1 = c.t0; c.t1 < d->toks.n && d->toks.v[c.t1].end <= n->end - 1;)
            c.t1++; /* tally_tok_at(…, n->end - 1): the count's few tokens walked, not searched again */
        c.t1++;
        if (c.t0 < s->first)
            continue;
        c.part = tok_is(d, c.t1, "of") && count_at(d, c.t1 + (tok_is(d, c.t1 + 1, "the") ? 2 : 1), *ni);
        c.whole = lastp && lastp->part && ((c.t0 >= 2 && tok_is(d, c.t0 - 1, "the") && tok_is(d, c.t0 - 2, "of")) ||
                                           (c.t0 >= 1 && tok_is(d, c.t0 - 1, "of")));
        if (is_age(d, &c) || is_address(d, &c) || is_counter(d, &c) || channel_number(d, &c) ||
            condition_of_some(d, s, &c, lastp))
            continue;
        size_t pe = partitive_end(d, &c);
        if (pe != SIZE_MAX)
            c.demonym = c.unit_tok = SIZE_MAX;
        const char *toll = pe != SIZE_MAX ? part_of_toll(d, &c, s->first, s->last) : NULL;
        if (toll) {
            c.what = toll;
            c.rule = "part-of-toll"; /* "27 of the dead were children" */
        } else if (pe != SIZE_MAX) {
            size_t at_tok;
            /* a part of a whole named before ("two of the men arrested") is a casualty's part only; a count of
             * a kind ("thousands of people were displaced") any measure's */
            size_t kt = c.t1 + 1 + (tok_cap(d, c.t1 + 1) && !tok_lex(d, c.t1 + 1)); /* "of South Korean workers" */
            bool kind = pe > kt && tok_lex(d, kt) && (tok_lex(d, kt)->cls & (LEX_U | LEX_D));
            if (!(c.what = measure_after(d, &c, pe, s->last, AFTER_BARE + 2, &at_tok)) ||
                !(is_casualty(c.what) || kind)) {
                partitive_unit(d, &c, pe);
                if (!kind || !(c.what = verb_before(d, &c, s->first)))
                    continue;
                c.rule = "verb-before"; /* "the strikes killed hundreds of people" */
            } else {
                const tally_lex *after = tok_lex(d, at_tok + 1);
                if (after && ((after->cls & (LEX_U | LEX_A)) || (after->cls & LEX_M)) && at_tok == pe)
                    continue; /* the participle describes the whole: "one of the men injured remains", "the slain victims" */
                if (!left_as(d, c.t0, at_tok, pe) && whole_described(d, pe, s->last, *ni, &c.what) && !c.what)
                    continue;
                partitive_unit(d, &c, pe);
                c.rule = "partitive";
            }
        } else if (c.part) {
            cand w = c; /* the part's unit and verb follow its whole: "1,000 of the 11,000 troops … killed" */
            w.t1 = tally_tok_at(d->toks.v, d->toks.n, d->nums.v[*ni + 1 < d->nums.n ? *ni + 1 : *ni].end - 1) + 1;
            if (!find_measure(d, si, &w, NULL))
                continue;
            c.what = w.what, c.unit = w.unit, c.demonym = w.demonym, c.unit_tok = w.unit_tok, c.rule = "part-of";
            if (!str_is(w.rule, "verb-before") && /* "lost 1,000 of the 11,000 troops sent": the verb is the part's */
                whole_described(d, w.unit_tok != SIZE_MAX ? w.unit_tok + 1 : w.t1, s->last, *ni, &c.what) && !c.what)
                continue;
        } else if (!find_measure(d, si, &c, lastp) && !elided_measure(d, s, &c, lastp)) {
            continue;
        }
        if (a_rate(d, &c, s->last))
            continue; /* "lost 1,200 soldiers a day": a rate, no count */
        if (in_date(d, n))
            continue; /* asked last: the rules before are pure, and most counts fail them before a date is read */
        bool after_including = tok_is(d, c.t0 - 1, "including") ||
                               (incl_end != SIZE_MAX && tok_is(d, c.t0 - 1, "and") && c.t0 <= incl_end + 1);
        if (after_including && *ni > 0 && d->nums.v[*ni - 1].start >= d->toks.v[s->first].start &&
            str_is(c.rule, "measure-after") && is_casualty(c.what)) {
            incl_end = c.t0 + 3; /* "Six were shot, including four children and two adults": parts */
            continue;
        }
        tally_attr at;
        attr_for(d, si, c.t0, has_cue, prev, carry, &at);
        rc = add_claim(d, si, n, &c, &at);
        if (rc == TALLY_OK)
            mark_part(d, s, &c, lastp, d->claims.n - 1, last_claim);
        last_claim = d->claims.n - 1;
        if (rc == TALLY_OK)
            rc = with_killer(d, si, n, &c, &at);
        last = c;
        lastp = &last;
    }
    return rc == TALLY_OK ? victims(d, si, first_claim, has_cue, prev, carry) : rc;
}

/* The number the text states: the closed end of an open interval, else the low end. */
static double anchor(const tally_claim *c)
{
    return isnan(c->low) ? c->high : c->low;
}

static bool same_num(double a, double b)
{
    return (isnan(a) && isnan(b)) || a == b;
}

/* The same measure and unit and the same stated number (within 1 %), whoever gives it (a headline names no
 * source). */
static bool same_figure(const tally_claim *c, const tally_claim *e)
{
    double a = anchor(c), b = anchor(e);
    return (c->what == e->what || strcmp(c->what, e->what) == 0) &&
           (c->unit == e->unit || strcmp(c->unit, e->unit) == 0) && /* mostly the same literals: no call */
           fabs(a - b) <= 0.01 * fmax(fabs(a), fabs(b));
}

/* A repeat: same measure and unit, the same stated number (within 1 %), compatible sources. The same
 * interval of the same group given by two sources in one article is one figure too: the article's
 * account of the toll ("police said two died … the two victims, the coroner said, …"). */
static bool same_claim(const tally_claim *c, const tally_claim *e)
{
    if (!same_figure(c, e))
        return false;
    if (!c->source || !e->source || strcasecmp(c->source, e->source) == 0)
        return true;
    return c->bound == e->bound && same_num(c->low, e->low) && same_num(c->high, e->high) &&
           (!c->who || !e->who || strcmp(c->who, e->who) == 0);
}

static int add_part(tally_doc *d, tally_claim *t, const tally_part *p);

/* Claim c kept on total as one of its parts (its span, interval and measure), not as a claim of its own. */
static int keep_as_part(tally_doc *d, tally_claim *total, const tally_claim *c)
{
    tally_part p = {.span = c->span, .low = c->low, .high = c->high, .what = c->what};
    return add_part(d, total, &p);
}

/* Does byte `at` lie in a plain text's headline: a first sentence alone on its line, with no full stop? */
static bool in_headline(const tally_doc *d, size_t at)
{
    if (d->sents.n < 2)
        return false;
    const tally_sent *h = &d->sents.v[0];
    return at < d->toks.v[h->last - 1].end && d->sents.v[1].para != h->para && !is_punct(d, h->last - 1, '.');
}

/* What a repeat says that the claim's first reading did not: a headline's "passes 30,000" restated as "30,000
 * Palestinians have been killed in Gaza since the war began" gains the group, place and period. */
typedef struct repeat_fill {
    size_t into;
    const char *who, *where;
    char period[48];
} repeat_fill;

/* Does period p ("2015", "2015-08-02", "2015-08-01/2015-08-31") end over a month before the day said? Then a
 * repeat dated so is an old event's figure: its period is not the claim's ("Last year, four men were wounded
 * on the same block" after the headline's "4 wounded"). */
static bool ended_before(const char *p, const char *said)
{
    int32_t day = tally_day_parse(said), end = strlen(p) == 4 ? tally_day_from_ymd(atoi(p), 12, 31) : period_end(p);
    return day != TALLY_NODAY && end != TALLY_NODAY && end + 31 < day;
}

static void fill_from_repeat(tally_claim *e, const repeat_fill *f)
{
    if (!e->who)
        e->who = f->who;
    if (!e->where)
        e->where = f->where;
    if (!e->period[0] && !ended_before(f->period, e->said))
        memcpy(e->period, f->period, sizeof e->period);
}

/* Merges repeats: same measure and unit, overlapping intervals, compatible sources. Evidence spans are
 * collected in d->evidence and handed out once the claim array is final. */
static int merge_repeats(tally_doc *d)
{
    size_t n = d->claims.n, out = 0;
    TALLY_VEC(size_t) owner = {0};
    TALLY_VEC(repeat_fill) fills = {0}; /* applied once merging is done: it compares groups as first read */
    int rc = TALLY_OK;
    for (size_t i = 0; rc == TALLY_OK && i < n; i++) {
        tally_claim *c = &d->claims.v[i];
        size_t into = SIZE_MAX;
        for (size_t j = out > 256 ? out - 256 : 0; j < out && into == SIZE_MAX; j++)
            if (same_claim(c, &d->claims.v[j]))
                into = j;
        bool merged = into != SIZE_MAX;
        if (into == SIZE_MAX) {
            into = out;
            d->claims.v[out++] = *c;
        } else {
            tally_claim *e = &d->claims.v[into];
            for (size_t p = 0; rc == TALLY_OK && p < c->nparts; p++)
                rc = add_part(d, e, &c->parts[p]); /* a repeat's parts are the figure's */
            bool same = c->bound == e->bound && same_num(c->low, e->low) && same_num(c->high, e->high);
            if (c->source && same && (!e->source || (in_headline(d, e->span.start) && !in_headline(d, c->span.start)))) {
                /* a headline's figure restated with its source: keep the attributed reading ("Wagner chief says
                 * …" … "Yevgeny Prigozhin said …": the body's) */
                e->source = c->source, e->source_span = c->source_span, e->via = c->via, e->nvia = c->nvia;
                memcpy(e->said, c->said, sizeof e->said);
            } else if (!e->source && c->source) {
                /* a rounded figure restated exactly with its source ("climbs past 2,300" … "rose to 2,316, the
                 * agency said"): the attributed figure is the claim, its span the first evidence */
                const tally_part *parts = e->parts;
                size_t nparts = e->nparts;
                *e = *c;
                e->parts = parts, e->nparts = nparts;
            }
        }
        if (rc == TALLY_OK && merged) {
            repeat_fill f = {.into = into, .who = c->who, .where = c->where};
            memcpy(f.period, c->period, sizeof f.period);
            rc = tally_vec_push(&fills, f);
        }
        if (rc == TALLY_OK)
            rc = tally_vec_push(&d->evidence, c->span);
        if (rc == TALLY_OK)
            rc = tally_vec_push(&owner, into);
    }
    d->claims.n = out;
    for (size_t f = 0; rc == TALLY_OK && f < fills.n; f++)
        fill_from_repeat(&d->claims.v[fills.v[f].into], &fills.v[f]);
    tally_vec_free(&fills);
    /* group evidence by owner, in order: a stable counting pass */
    tally_spanvec sorted = {0};
    for (size_t j = 0; rc == TALLY_OK && j < out; j++) {
        size_t first = sorted.n;
        const tally_span *own = &d->claims.v[j].span;
        rc = tally_vec_push(&sorted, *own); /* the claim's span first, then the rest in text order */
        for (size_t e = 0; rc == TALLY_OK && e < owner.n; e++)
            if (owner.v[e] == j && !(d->evidence.v[e].start == own->start && d->evidence.v[e].end == own->end))
                rc = tally_vec_push(&sorted, d->evidence.v[e]);
        d->claims.v[j].nevidence = sorted.n - first;
        d->claims.v[j].evidence = (const tally_span *)(uintptr_t)first; /* offset until the array is final */
    }
    tally_vec_free(&owner);
    tally_vec_free(&d->evidence);
    d->evidence = sorted;
    for (size_t j = 0; j < out; j++)
        d->claims.v[j].evidence = d->evidence.v + (uintptr_t)d->claims.v[j].evidence;
    return rc;
}

/* The sentence holding token k (0 when there is none). */
static size_t sent_at(const tally_doc *d, size_t k)
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

/* sent_at(d, tally_tok_at(…, off)) in one search: the last sentence whose tokens before it all end by off (its
 * first token is at or after the first token ending past off). */
static size_t sent_at_off(const tally_doc *d, size_t off)
{
    size_t lo = 0, hi = d->sents.n;
    while (lo + 1 < hi) {
        size_t mid = (lo + hi) / 2, first = d->sents.v[mid].first;
        if (first == 0 || d->toks.v[first - 1].end <= off)
            lo = mid;
        else
            hi = mid;
    }
    return lo;
}

/* The paragraph holding byte offset off. */
static uint32_t para_of(const tally_doc *d, size_t off)
{
    size_t si = sent_at_off(d, off);
    return d->sents.n ? d->sents.v[si].para : 0;
}

/* Does a nationality's adjective take an "s" to name its people ("Israelis"; not "Chinese", "Swiss", "British",
 * "Dutch")? */
static bool plural_s(const char *w)
{
    size_t n = strlen(w);
    return n > 2 && !(n > 3 && strcmp(w + n - 3, "ese") == 0) && strcmp(w + n - 2, "ss") != 0 &&
           strcmp(w + n - 2, "sh") != 0 && strcmp(w + n - 2, "ch") != 0;
}

/* A demonym shortly before the count ("the North Korean casualty rate of 4,000") names the group: the
 * article's group that holds it; with none, the army's for "Russian losses", the people's for "Palestinian
 * casualties". *named tells a nationality was named just before a measure word, so that no other group is lent
 * to the count. */
static const char *group_by_demonym(tally_doc *d, const tally_claim *c, bool *named)
{
    size_t k = tally_tok_at(d->toks.v, d->toks.n, c->span.start);
    *named = false;
    for (size_t back = 1; back <= 8 && back <= k; back++) {
        const tally_lex *lx = tok_lex(d, k - back);
        if (!lx || !(lx->cls & LEX_D))
            continue;
        const tally_lex *next = tok_lex(d, k - back + 1); /* "Ukrainian casualties", not "Israeli offensive" */
        *named = back <= 6 && next && (next->cls & LEX_M);
        char word[32];
        snprintf(word, sizeof word, "%.*s", (int)tok_n(d, k - back), tok_s(d, k - back));
        for (size_t i = 0; i < d->claims.n && i < 256; i++)
            if (d->claims.v[i].who && strstr(d->claims.v[i].who, word))
                return d->claims.v[i].who;
        if (!*named)
            return NULL;
        size_t at = k - back;
        const char *dir = at > 0 && tok_cap(d, at - 1) && tok_is(d, at - 1, "north")   ? "North "
                          : at > 0 && tok_cap(d, at - 1) && tok_is(d, at - 1, "south") ? "South "
                                                                                      : "";
        char group[64]; /* "put Russian losses at 700,000": an army's; "Palestinian casualties": Palestinians */
        if (tok_is(d, at + 1, "losses"))
            snprintf(group, sizeof group, "%s%s military", dir, word);
        else
            snprintf(group, sizeof group, "%s%s%s", dir, word, plural_s(word) ? "s" : "");
        return tally_arena_strdup(&d->arena, group);
    }
    return NULL;
}

/* The paragraph of claim i, found once (memo, UINT64_MAX while unknown; NULL: found on each ask). */
static uint32_t claim_para(const tally_doc *d, uint64_t *memo, size_t i)
{
    if (!memo)
        return para_of(d, d->claims.v[i].span.start);
    if (memo[i] == UINT64_MAX)
        memo[i] = para_of(d, d->claims.v[i].span.start);
    return (uint32_t)memo[i];
}

/* A count whose group its sentence does not name ("and another 1,000 wounded") is about the group in
 * focus: named by a demonym just before it, else that of the nearest claim about people before it in the
 * same paragraph, or else after it: a bare kind ("people") in the paragraph, a nationality's group in the
 * same sentence ("Russia and Ukraine swapped 95 prisoners. Kyiv said it captured two North Korean soldiers":
 * the prisoners are not North Korean). */
static void inherit_groups(tally_doc *d)
{
    uint64_t *memo = NULL; /* each claim's paragraph: neighbours are asked again for each claim near them */
    for (size_t i = 0; i < d->claims.n; i++) {
        tally_claim *c = &d->claims.v[i];
        if (c->who || !str_is(c->unit, "person"))
            continue;
        bool named;
        c->who = group_by_demonym(d, c, &named);
        if (named)
            continue; /* "Ukrainian casualties reached 500": not the paragraph's Peruvians */
        if (!memo && (memo = tally_arena_alloc(&d->arena, d->claims.n * sizeof *memo)))
            memset(memo, 0xff, d->claims.n * sizeof *memo);
        uint32_t para = claim_para(d, memo, i);
        for (size_t j = i; !c->who && j-- > 0 && i - j <= 64 && claim_para(d, memo, j) == para;)
            if (d->claims.v[j].who && str_is(d->claims.v[j].unit, "person"))
                c->who = d->claims.v[j].who;
        size_t si = SIZE_MAX;
        for (size_t j = i + 1; !c->who && j < d->claims.n && j - i <= 64 && claim_para(d, memo, j) == para; j++) {
            if (!d->claims.v[j].who || !str_is(d->claims.v[j].unit, "person"))
                continue;
            if (si == SIZE_MAX)
                si = sent_at_off(d, c->span.start);
            const char *who = d->claims.v[j].who;
            if (sent_at_off(d, d->claims.v[j].span.start) != si &&
                !str_is(who, "people") && !str_is(who, "civilians"))
                break;
            c->who = who;
        }
    }
}

/* A count naming no place is in the place of the claim before it in its paragraph ("35,418 people were killed
 * in Turkey. More than 105,000 were injured"), unless that claim counts people who fled: their place may be
 * where they went ("have fled to Tacna"), no scene of what follows. */
static void inherit_places(tally_doc *d)
{
    for (size_t i = 1; i < d->claims.n; i++) {
        tally_claim *c = &d->claims.v[i];
        const tally_claim *p = &d->claims.v[i - 1];
        if (!c->where && p->where && !str_is(p->what, "displaced") &&
            para_of(d, c->span.start) == para_of(d, p->span.start))
            c->where = p->where;
    }
}

/* The nationality token k gives, as an adjective into out ("Russian", "North Korean"): a demonym, or a
 * country named by the words the lexicon's demonyms point to ("Russia", "North Korea") or by a built-in
 * name ("DPRK", "Pyongyang"). A nationality heading a source phrase ("Ukrainian officials") is the
 * source's, not the group's. Returns its length, 0 when k gives none. */
static size_t nationality_at(const tally_doc *d, size_t k, char *out, size_t cap)
{
    const tally_lex *next = k + 1 < d->toks.n ? tok_lex(d, k + 1) : NULL;
    if (d->toks.v[k].kind != TOK_WORD || !tok_cap(d, k) || (next && (next->cls & LEX_S)))
        return 0;
    bool cap_before = k > 0 && tok_cap(d, k - 1);
    const char *dir = cap_before && tok_is(d, k - 1, "north")   ? "North "
                      : cap_before && tok_is(d, k - 1, "south") ? "South "
                                                                : "";
    char name[64]; /* the words as written, with their direction: "North Korean", "North Korea" */
    int n = snprintf(name, sizeof name, "%s%.*s", dir, (int)tok_n(d, k), tok_s(d, k));
    if (n < 0 || (size_t)n >= sizeof name)
        return 0;
    const tally_lex *lx = tok_lex(d, k);
    if (lx && (lx->cls & LEX_D) && lx->country && !str_is(lx->country, "West")) {
        if ((size_t)n >= cap)
            return 0;
        memcpy(out, name, (size_t)n + 1);
        return (size_t)n;
    }
    const char *country = tally_gaz_builtin_country(tok_s(d, k), tok_n(d, k));
    return tally_lex_adjective(country ? country : name, out, cap);
}

/* A military unit word ("soldiers", "troops"), or "army"/"military" naming one. */
static bool military_word(const tally_doc *d, size_t k)
{
    const tally_lex *lx = k < d->toks.n ? tok_lex(d, k) : NULL;
    return (lx && (lx->cls & LEX_U) && lx->group && str_is(lx->group, "military")) || tok_is(d, k, "army") ||
           tok_is(d, k, "military");
}

/* A deployment verb: "deploying", "sent", "dispatched". */
static bool deploying(const tally_doc *d, size_t k)
{
    const tally_lex *m = k < d->toks.n ? measure_at(d, k) : NULL;
    return m && (m->mflags & LEXM_V) && str_is(m->measure, "deployed");
}

/* The one nationality whose troops tokens [lo, hi) name ("North Korean soldiers", "the DPRK army", "soldiers
 * from the DPRK", "Russia has assembled"), into out; 0 when none or when two differ. */
static size_t troops_named(const tally_doc *d, size_t lo, size_t hi, char *out, size_t cap)
{
    size_t found = 0;
    char adj[64];
    for (size_t k = lo; k < hi; k++) {
        size_t n = 0, j = k + 1 + tok_is(d, k + 1, "the");
        if (military_word(d, k) && (tok_is(d, k + 1, "from") || tok_is(d, k + 1, "of")) && j + 1 < hi)
            n = nationality_at(d, j + tok_is(d, j, "the"), adj, sizeof adj); /* "soldiers from the DPRK" */
        else if (k + 2 < hi && d->toks.v[k + 1].kind == TOK_APOS_S && military_word(d, k + 2))
            n = nationality_at(d, k, adj, sizeof adj); /* "Ukraine's military has suffered" */
        else if (k + 1 < hi && (military_word(d, k + 1) || tok_is(d, k + 1, "has") || tok_is(d, k + 1, "have") ||
                                tok_is(d, k + 1, "had") || tok_is(d, k + 1, "lost") || suffered(d, k + 1) ||
                                deploying(d, k + 1 + tok_is(d, k + 1, "of"))))
            n = nationality_at(d, k, adj, sizeof adj); /* "the DPRK army", "Russia has assembled", "accused North
                                                          Korea of deploying" */
        if (!n)
            continue;
        if (found && strcmp(out, adj) != 0)
            return 0;
        if (!found && n < cap) {
            memcpy(out, adj, n + 1);
            found = n;
        }
    }
    return found;
}

/* "31,000 of its soldiers": a count of the troops of its sentence's subject. */
static bool own_troops(const tally_doc *d, const tally_claim *c)
{
    size_t e = tally_tok_at(d->toks.v, d->toks.n, c->span.end - 1) + 1;
    return e + 2 < d->toks.n && tok_is(d, e, "of") && (tok_is(d, e + 1, "its") || tok_is(d, e + 1, "their")) &&
           military_word(d, e + 2);
}

/* The count at token k is the object of a verb of harm done to others ("killed 40 militants", "captured 12
 * soldiers"): the troops its sentence names are the doers, not the counted ("lost", "sent" count one's own). */
static bool agent_object(const tally_doc *d, const tally_claim *c, size_t k)
{
    if (!str_is(c->rule, "verb-before"))
        return false;
    for (size_t j = k; j > 0 && k - j < 4; j--) {
        const tally_lex *m = measure_at(d, j - 1);
        if (m && (m->mflags & LEXM_V))
            return str_is(m->measure, "killed") || str_is(m->measure, "wounded") || str_is(m->measure, "captured") ||
                   str_is(m->measure, "shot");
    }
    return false;
}

/* A bare "military" group ("There are approximately 12 000 soldiers") takes the one nationality whose troops
 * its sentence names before the count, else the sentence before in the paragraph ("… the first soldiers from
 * the DPRK had already arrived …"). */
static void qualify_groups(tally_doc *d)
{
    for (size_t i = 0; i < d->claims.n; i++) {
        tally_claim *c = &d->claims.v[i];
        size_t k = tally_tok_at(d->toks.v, d->toks.n, c->span.start);
        bool suffered = !c->who && k > 0 && (tok_is(d, k - 1, "suffered") || tok_is(d, k - 1, "sustained"));
        if (!suffered && (!c->who || !str_is(c->who, "military")))
            continue; /* a bare "military", or losses an army "suffered" */
        if (agent_object(d, c, k))
            continue; /* "Israel's military said it killed 40 militants": the army named is the killer's */
        size_t si = sent_at(d, k);
        const tally_sent *s = &d->sents.v[si], *p = si > 0 ? &d->sents.v[si - 1] : NULL;
        char adj[64], who[80];
        enum { REACH = 60 }; /* tokens read back: bounded, so a huge sentence stays linear */
        size_t n = troops_named(d, k > s->first + REACH ? k - REACH : s->first, k, adj, sizeof adj);
        if (!n && p && p->para == s->para && k - s->first <= REACH)
            n = troops_named(d, p->last > p->first + REACH ? p->last - REACH : p->first, p->last, adj, sizeof adj);
        if (!n && !suffered && own_troops(d, c))
            n = nationality_at(d, s->first, adj, sizeof adj); /* "Ukraine says 31,000 of its soldiers …" */
        if (!n)
            continue;
        snprintf(who, sizeof who, "%s military", adj);
        c->who = tally_arena_strdup(&d->arena, who);
    }
}

static bool inferred_single(const tally_claim *c)
{
    return str_is(c->rule, "single-victim") || str_is(c->rule, "named-victim") ||
           str_is(c->rule, "death-of");
}

/* Adds part p to total t's parts (an arena array grown by doubling: its size is a power of two when full). */
static int add_part(tally_doc *d, tally_claim *t, const tally_part *p)
{
    size_t n = t->nparts;
    if ((n & (n - 1)) == 0) {
        tally_part *v = tally_arena_alloc(&d->arena, sizeof *v * (n ? 2 * n : 1));
        if (!v)
            return TALLY_ENOMEM;
        if (n)
            memcpy(v, t->parts, sizeof *v * n);
        t->parts = v;
    }
    ((tally_part *)(uintptr_t)t->parts)[n] = *p; /* the array is the doc's, const only to readers */
    t->nparts = n + 1;
    return TALLY_OK;
}

/* After "One woman was seriously injured, and the other …": the rest of a group already counted, told with
 * the same measure or none (1), or with another ("One man was killed and another wounded": -1); 0 when no
 * "another", "the other", "a second" follows. */
static int one_and_other(const tally_doc *d, const tally_claim *c, size_t t1, size_t hi)
{
    size_t k = t1;
    while (k < hi && !tok_is(d, k, "another") && !((tok_is(d, k, "other") || tok_is(d, k, "second")) &&
                                                   (tok_is(d, k - 1, "the") || tok_is(d, k - 1, "a"))))
        k++;
    for (size_t j = k; j < hi; j++) {
        const tally_lex *m = measure_at(d, j);
        if (m && strcmp(m->measure, c->what) != 0 && is_casualty(m->measure))
            return -1;
    }
    return k < hi;
}

/* "at the scene", "died later", "en route": one victim's fate told apart from the rest of a group. */
static bool fate_apart(const tally_doc *d, size_t t1, size_t hi)
{
    for (size_t k = t1 + 1; k < hi && k < t1 + 12; k++)
        if ((tok_is(d, k, "scene") && tok_is(d, k - 1, "the") && (tok_is(d, k - 2, "at") || tok_is(d, k - 2, "on"))) ||
            (tok_is(d, k, "later") && tok_is(d, k + 1, "died")) || (tok_is(d, k, "died") && tok_is(d, k + 1, "later")) ||
            (tok_is(d, k, "route") && tok_is(d, k - 1, "en")))
            return true;
    return false;
}

/* Does the text tell count c as a subset of people counted before, not as a count of its own? A partitive
 * ("two of them critically"), a definite count ("the three injured students"), a sentence opened by "One"
 * or "one … the other", a victim's own fate ("one was pronounced dead at the scene"). Never merely
 * because the number is smaller. */
/* The rest of the group told after the count in its sentence: "two victims remain hospitalized while the others
 * were treated and released" — the count is some of a group. */
static bool rest_told(const tally_doc *d, size_t t1, size_t hi)
{
    for (size_t k = t1 + 1; k + 1 < hi && k < t1 + 16; k++)
        if (tok_is(d, k, "the") && tok_is(d, k + 1, "others"))
            return true;
    return false;
}

static bool told_as_part(const tally_doc *d, const tally_claim *c)
{
    if (str_is(c->rule, "partitive"))
        return true;
    if (!str_is(c->rule, "measure-after") && !str_is(c->rule, "measure-before") &&
        !str_is(c->rule, "verb-before") && !str_is(c->rule, "own-state"))
        return false;
    size_t t0 = tally_tok_at(d->toks.v, d->toks.n, c->span.start);
    size_t t1 = tally_tok_at(d->toks.v, d->toks.n, c->span.end - 1) + 1;
    const tally_sent *s = &d->sents.v[sent_at(d, t0)];
    if (t0 > s->first && (tok_is(d, t0 - 1, "the") || tok_is(d, t0 - 1, "those") || tok_is(d, t0 - 1, "these")))
        return true;
    bool one = c->low == 1 && c->high == 1 && tok_is(d, t0, "one");
    int other = one ? one_and_other(d, c, t1, s->last) : 0;
    return (one && other >= 0 && (t0 == s->first || other > 0)) || fate_apart(d, t1, s->last) ||
           rest_told(d, t1, s->last);
}

/* A part of a total stated before it for the same measure (a wounded count may be part of the people shot)
 * is not a claim of its own but kept on the total: one victim after the total ("Three people were killed
 * … a 20-year-old man was killed"), anywhere after it; a smaller count the text tells as a subset
 * (told_as_part), within PART_REACH bytes of the total. Claims are in text order. */
enum { PART_REACH = 1000 };

/* People listed one by one ("a man and a boy were wounded") after a larger total in its paragraph: some of them. */
static bool listed_in_para(const tally_doc *d, const tally_claim *c, const tally_claim *total)
{
    return str_is(c->rule, "victim-list") && !total->ntitle && para_of(d, c->span.start) == para_of(d, total->span.start);
}

static int drop_parts_of_totals(tally_doc *d)
{
    size_t total_killed = SIZE_MAX, total_wounded = SIZE_MAX, out = 0; /* the last total, in d->claims.v[..out) */
    for (size_t i = 0; i < d->claims.n; i++) {
        const tally_claim *c = &d->claims.v[i];
        bool killed = str_is(c->what, "killed"), wounded = str_is(c->what, "wounded");
        size_t t = killed ? total_killed : wounded ? total_wounded : SIZE_MAX;
        tally_claim *tc = t != SIZE_MAX ? &d->claims.v[t] : NULL;
        bool part = tc && (inferred_single(c) ||
                           (!isnan(c->high) && tc->low > c->high && c->span.start < tc->span.start + PART_REACH &&
                            (told_as_part(d, c) || listed_in_para(d, c, tc))));
        if (part) {
            int rc = keep_as_part(d, tc, c);
            if (rc != TALLY_OK)
                return rc;
            continue;
        }
        if (!inferred_single(c) && !isnan(c->low) && c->low > 1 && str_is(c->unit, "person")) {
            if (killed)
                total_killed = out;
            if (wounded || str_is(c->what, "shot"))
                total_wounded = out; /* the wounded are among the shot */
        }
        d->claims.v[out++] = *c;
    }
    d->claims.n = out;
    return TALLY_OK;
}

/* ---- the article's victims, one by one ------------------------------------------------------------- */

enum { MAX_PERSONS = 32 };

/* One person the victim rules met, with what tells people apart. */
typedef struct person {
    char gender;          /* 'm', 'f', or 0 when unknown */
    double age;           /* 0 when unknown */
    const char *name;     /* the surname's bytes, or NULL */
    size_t name_n;
    int status;           /* 1 shot, 2 wounded, 3 killed */
    bool distinct;        /* told as someone else: "another", "was also shot" */
} person;

/* A mention of one person by a claim of the victim rules. */
typedef struct mention {
    person p;
    bool back;            /* refers back: "the victim", "he", a surname already met */
    bool distinct;        /* says it is someone else: "another", "a second", "the other", "was also shot" */
} mention;

static int status_of(const char *what)
{
    return str_is(what, "killed") ? 3 : str_is(what, "wounded") ? 2 : str_is(what, "shot") ? 1 : 0;
}

/* The gender a person word or pronoun names, or 0. */
static char gender_at(const tally_doc *d, size_t k)
{
    if (k >= d->toks.n)
        return 0;
    switch (d->key[k] & 0xff) { /* literals by first letter: tok_is compares keys */
    case 'a':
        return tok_is(d, k, "aunt") ? 'f' : 0;
    case 'b':
        return tok_is(d, k, "boy") || tok_is(d, k, "brother") || tok_is(d, k, "boyfriend") ? 'm' : 0;
    case 'd':
        return tok_is(d, k, "dad") ? 'm' : tok_is(d, k, "daughter") ? 'f' : 0;
    case 'f':
        return tok_is(d, k, "father") ? 'm' : tok_is(d, k, "female") ? 'f' : 0;
    case 'g':
        if (tok_is(d, k, "grandson") || tok_is(d, k, "grandfather") || tok_is(d, k, "gentleman"))
            return 'm';
        return tok_is(d, k, "girl") || tok_is(d, k, "girlfriend") || tok_is(d, k, "granddaughter") ||
                       tok_is(d, k, "grandmother")
                   ? 'f'
                   : 0;
    case 'h':
        if (tok_is(d, k, "he") || tok_is(d, k, "him") || tok_is(d, k, "himself") || tok_is(d, k, "husband"))
            return 'm';
        return tok_is(d, k, "herself") ? 'f' : 0;
    case 'l':
        return tok_is(d, k, "lady") ? 'f' : 0;
    case 'm':
        if (tok_is(d, k, "man") || tok_is(d, k, "male"))
            return 'm';
        return tok_is(d, k, "mother") || tok_is(d, k, "mom") ? 'f' : 0;
    case 'n':
        return tok_is(d, k, "nephew") ? 'm' : tok_is(d, k, "niece") ? 'f' : 0;
    case 's':
        if (tok_is(d, k, "son") || tok_is(d, k, "stepfather") || tok_is(d, k, "stepson"))
            return 'm';
        return tok_is(d, k, "she") || tok_is(d, k, "sister") || tok_is(d, k, "stepmother") ||
                       tok_is(d, k, "stepdaughter")
                   ? 'f'
                   : 0;
    case 'u':
        return tok_is(d, k, "uncle") ? 'm' : 0;
    case 'w':
        return tok_is(d, k, "woman") || tok_is(d, k, "wife") ? 'f' : 0;
    default:
        return 0;
    }
}

/* The value of an age's number token: "17", "three". */
static double age_value(const tally_doc *d, size_t k)
{
    size_t i = tally_doc_num_at(d, d->toks.v[k].start);
    if (i < d->nums.n && d->nums.v[i].start <= d->toks.v[k].start && d->toks.v[k].start < d->nums.v[i].end)
        return d->nums.v[i].low;
    return d->toks.v[k].kind == TOK_NUM ? strtod(tok_s(d, k), NULL) : 0;
}

/* Reads a claim's person: its age, gender and name, and whether its words introduce someone new. */
static mention read_mention(const tally_doc *d, const tally_claim *c)
{
    mention m = {.p = {.status = status_of(c->what)}};
    size_t t0 = tally_tok_at(d->toks.v, d->toks.n, c->span.start);
    size_t t1 = tally_tok_at(d->toks.v, d->toks.n, c->span.end - 1) + 1;
    bool object = t0 > 0 && measure_at(d, t0 - 1) && (measure_at(d, t0 - 1)->mflags & LEXM_V);
    /* names only where a rule read one: "a Tulsa mother" names a place */
    bool named = str_is(c->rule, "named-victim") || str_is(c->rule, "death-of");
    for (size_t k = t0; k < t1; k++) {
        if (age_noun(d, k) != SIZE_MAX) {
            bool years = tok_is(d, k + 1, "year") || tok_is(d, k + 2, "year");
            m.p.age = age_value(d, k) * (years ? 1 : 1000); /* a "9-month-old" is no 9-year-old */
            k = age_noun(d, k);
        } else if (d->toks.v[k].kind == TOK_NUM && k > t0 && is_punct(d, k - 1, ',')) {
            m.p.age = age_value(d, k); /* "John Doe, 24," */
        } else if (gender_at(d, k) && (k + 1 == t1 || !tok_is(d, k, "her"))) {
            m.p.gender = gender_at(d, k);
        } else if (tok_is(d, k, "another") || tok_is(d, k, "other") || ordinal(d, k)) {
            m.distinct = !object; /* not "shot another teen": another than the shooter */
        } else if (named && tok_cap(d, k) && !tok_lex(d, k) && !tok_function(d, k) && !gender_at(d, k)) {
            m.p.name = tok_s(d, k), m.p.name_n = tok_n(d, k); /* the last capitalised word: the surname */
        }
    }
    m.back = tok_is(d, t0, "the") || tok_is(d, t0, "he") || tok_is(d, t0, "she") || tok_is(d, t0, "himself") ||
             tok_is(d, t0, "herself") || tok_is(d, t0, "him");
    for (size_t k = t1; k < t1 + 4 && k < d->toks.n && !m.distinct; k++)
        m.distinct = tok_is(d, k, "also"); /* "a woman was also shot" */
    if (m.distinct)
        m.back = false;
    return m;
}

/* Can two mentions be one person? Not when their genders, ages or surnames differ. */
static bool same_person(const person *a, const person *b)
{
    if (a->gender && b->gender && a->gender != b->gender)
        return false;
    if (a->age && b->age && a->age != b->age)
        return false;
    return !a->name || !b->name || (a->name_n == b->name_n && strncasecmp(a->name, b->name, a->name_n) == 0);
}

/* The person a mention names: the latest one it may be (one it refers back to, or the same victim told
 * again), else a new one. Someone killed is not "wounded" again unless referred back to. */
static size_t person_of(person *ps, size_t *np, const mention *m)
{
    for (size_t j = *np; !m->distinct && j-- > 0;) {
        person *p = &ps[j];
        if (!same_person(p, &m->p) || (!m->back && m->p.status == 2 && p->status == 3))
            continue;
        p->gender = p->gender ? p->gender : m->p.gender;
        p->age = p->age ? p->age : m->p.age;
        p->status = p->status > m->p.status ? p->status : m->p.status;
        p->distinct |= m->distinct;
        return j;
    }
    if (*np == MAX_PERSONS)
        return SIZE_MAX;
    ps[*np] = m->p;
    ps[*np].distinct = m->distinct;
    return (*np)++;
}

/* A count of the measure the victim rules did not infer: it covers the victims told one by one. */
static bool stated_count(const tally_claim *c)
{
    return !inferred_single(c) && !str_is(c->rule, "victim-list") && (c->bound == TALLY_BOUND_EQ || c->low > 1);
}

/* The article's victims told one by one, as people: "the victim", "he" or the same description again is
 * the same person, one shot and later said to have died is killed, and people are told apart by age,
 * gender, surname and words like "another", "a second", "was also shot". When someone was killed and
 * exactly one other person is told as hurt ("Her mother was also shot, but survived", "another 16-year-old
 * boy who had been shot in the ankle") and no count of the wounded or shot is stated, that person is the
 * wounded: 1 (their "shot" claims become wounded ones). Summing two or more hurt or killed people this
 * way counted one person twice or other shootings of a round-up more often than it found the toll, so it
 * is not done. */
static void victim_tally(tally_doc *d)
{
    size_t n = d->claims.n < 256 ? d->claims.n : 256;
    bool told = false;
    for (size_t i = 0; i < n && !told; i++)
        told = inferred_single(&d->claims.v[i]) || str_is(d->claims.v[i].rule, "victim-list");
    if (!told)
        return; /* no victim told one by one: none is the wounded (and the arrays need no zeroing) */
    person ps[MAX_PERSONS] = {0}; /* zeroed for cppcheck, which cannot see that only ps[0..np) and pof[0..n) are read */
    size_t np = 0, pof[256] = {0};
    bool stated_k = false, stated_w = false;
    for (size_t i = 0; i < n; i++) {
        const tally_claim *c = &d->claims.v[i];
        pof[i] = SIZE_MAX;
        int st = status_of(c->what);
        if (!st || !str_is(c->unit, "person"))
            continue;
        if (!inferred_single(c) && !str_is(c->rule, "victim-list")) {
            stated_k |= st == 3 && stated_count(c);
            stated_w |= st < 3 && stated_count(c);
            continue;
        }
        const tally_claim *b = i > 0 ? &d->claims.v[i - 1] : NULL;
        if (b && b->span.start == c->span.start && b->span.end == c->span.end && status_of(b->what) == st) {
            pof[i] = pof[i - 1]; /* one phrase read by two rules ("The young girl": single and named) */
            continue;
        }
        mention m = read_mention(d, c);
        if (!str_is(c->rule, "victim-list")) {
            pof[i] = person_of(ps, &np, &m);
            continue;
        }
        if (m.back || isnan(c->low))
            continue; /* "the two men": told before */
        for (double k = 0; k < c->low && np < MAX_PERSONS; k++)
            ps[np++] = (person){.status = st};
        pof[i] = np - 1;
    }
    size_t nk = 0, nw = 0, hurt = SIZE_MAX;
    for (size_t j = 0; j < np; j++) {
        nk += ps[j].status == 3;
        if (ps[j].status == 2 || (ps[j].status == 1 && ps[j].distinct))
            nw++, hurt = j;
    }
    if (stated_w || nw != 1 || !(nk || stated_k))
        return;
    for (size_t i = 0; i < n; i++) {
        tally_claim *c = &d->claims.v[i];
        if (pof[i] != hurt)
            continue;
        c->what = "wounded";
        c->low = c->high = 1;
        c->bound = TALLY_BOUND_EQ;
        c->rule = "victim-tally";
    }
}

static int keep_as_part(tally_doc *d, tally_claim *total, const tally_claim *c);

/* A lone victim found wounded by the victim rules after the body's count of two or more wounded or shot is
 * one of them, kept in its parts like any part told after its total (drop_parts_of_totals ran before the
 * victim rules settled who was hurt). */
static int lone_after_count(tally_doc *d)
{
    size_t out = 0;
    tally_claim *total = NULL;
    for (size_t i = 0; i < d->claims.n; i++) {
        tally_claim *c = &d->claims.v[i];
        if (c->what[0] != 'w' && c->what[0] != 's') { /* wounded or shot: the first letter first */
            if (out != i)
                d->claims.v[out] = *c;
            out++;
            continue;
        }
        bool lone = inferred_single(c) || str_is(c->rule, "victim-tally");
        if (total && lone && !c->ntitle && str_is(c->what, "wounded")) {
            int rc = keep_as_part(d, total, c);
            if (rc != TALLY_OK)
                return rc;
            continue;
        }
        if (out != i)
            d->claims.v[out] = *c;
        out++;
        if (!c->ntitle && !lone && !isnan(c->low) && c->low > 1 &&
            (str_is(c->what, "wounded") || str_is(c->what, "shot")) && str_is(c->unit, "person"))
            total = &d->claims.v[out - 1];
    }
    d->claims.n = out;
    return TALLY_OK;
}

static int by_position(const void *a, const void *b)
{
    const tally_claim *x = a, *y = b;
    if (x->span.start != y->span.start)
        return x->span.start < y->span.start ? -1 : 1;
    return strcmp(x->what, y->what);
}

/* The paragraph's carried attribution is read when a later sentence may need it, not at every sentence
 * with a cue (most never lend it to a claim): the cue sentence and the pronoun antecedents of that
 * moment are kept, so the result is the same. */
typedef struct carry_state {
    tally_attr attr;
    bool pending;          /* attr is still to be read from sentence si with antecedents prev */
    size_t si;
    tally_attr prev[2];
} carry_state;

/* Reads the carried attribution, if due, at sentence si. */
static void carry_resolve(tally_doc *d, carry_state *c, size_t si)
{
    if (c->pending) {
        flush_due(d);
        track_through(d, si);
        tally_attrib_find(d, c->si, d->sents.v[c->si].last, c->prev, &c->attr);
    }
    c->pending = false;
}

/* The sentence after the carried attribution's cue sentence may borrow it (no cue of its own): it is read when
 * a claim asks (flush_due), or at once without room to list it. */
static void carry_due(tally_doc *d, carry_state *c)
{
    struct tally_track *t = d->track;
    if (!t->due && !(t->due = tally_arena_alloc(&d->arena, d->sents.n * sizeof *t->due))) {
        carry_resolve(d, c, c->si + 1);
        return;
    }
    t->due[t->ndue++] = c->si;
    t->carry_si = c->si;
    c->pending = false;
}

/* The carried attribution's antecedents: those after sentence si, now or once its cues are read. */
static void carry_keep(tally_doc *d, carry_state *c, size_t si)
{
    struct tally_track *t = d->track;
    c->si = si;
    if (t->next > si) {
        c->prev[0] = t->prev[0], c->prev[1] = t->prev[1];
        t->keep = NULL;
    } else {
        t->keep = c->prev, t->keep_si = si;
    }
}

/* Could a sentence make a claim that borrows the carried attribution? Any sentence without a cue of its own
 * may: the victim rules count people with no numeral and no measure word ("is in critical condition"). */
static bool may_borrow(bool has_cue)
{
    return !has_cue;
}

int tally_claims_extract(tally_doc *d)
{
    carry_state cs;
    if (!(d->track = tally_arena_alloc(&d->arena, sizeof *d->track)))
        return TALLY_ENOMEM;
    *d->track = (struct tally_track){.next = 0};
    tally_attr *prev = d->track->prev;
    memset(&cs, 0, sizeof cs);
    d->track->carry = &cs.attr, d->track->carry_si = SIZE_MAX;
    cs.attr.said_first = cs.attr.said_last = TALLY_NODAY;
    d->lead = cs.attr;
    tally_entity_prescan(d);
    size_t ni = 0;
    int rc = TALLY_OK;
    uint32_t para = UINT32_MAX;
    for (size_t si = 0; rc == TALLY_OK && si < d->sents.n; si++) {
        const tally_sent *s = &d->sents.v[si];
        if (s->para != para) {
            memset(&cs.attr, 0, sizeof cs.attr);
            cs.attr.said_first = cs.attr.said_last = TALLY_NODAY;
            cs.pending = false;
            d->track->carry_si = SIZE_MAX; /* a read still due is no longer this paragraph's carry */
            para = s->para;
        }
        bool has_cue = tally_attrib_has_cue(d, si); /* asked once a sentence */
        if (cs.pending && may_borrow(has_cue))
            carry_due(d, &cs);
        rc = sentence_claims(d, si, has_cue, &ni, prev, &cs.attr);
        if (has_cue) {
            cs.pending = true;
            carry_keep(d, &cs, si);
            if (!d->lead.source && d->claims.n)
                carry_resolve(d, &cs, si);
            if (!d->lead.source && cs.attr.source && d->claims.n) {
                d->lead = cs.attr;
                d->lead.said_first = d->lead.said_last = TALLY_NODAY; /* the lead's date is its own */
                d->lead.said_si = 0;
            }
        }
    }
    if (rc == TALLY_OK && d->claims.n) {
        qsort(d->claims.v, d->claims.n, sizeof *d->claims.v, by_position);
        rc = drop_parts_of_totals(d);
        victim_tally(d);
        if (rc == TALLY_OK)
            rc = lone_after_count(d);
        nth_hurt(d);
        size_t n = d->claims.n;
        if (rc == TALLY_OK)
            rc = derive_wounded(d); /* after the parts are gone: a total shot may be all the wounded we have */
        if (rc == TALLY_OK)
            rc = fatally_told(d);
        if (rc == TALLY_OK && d->claims.n != n)
            qsort(d->claims.v, d->claims.n, sizeof *d->claims.v, by_position);
    }
    d->track->keep = NULL, d->track->carry = NULL; /* cs is gone */
    if (rc == TALLY_OK) {
        inherit_groups(d);
        inherit_places(d);
    }
    if (rc == TALLY_OK)
        qualify_groups(d);
    return rc == TALLY_OK ? merge_repeats(d) : rc;
}

/* A headline claim's strings copied into d's arena (h is freed after the join). */
static int adopt(tally_doc *d, tally_claim *c)
{
    const char **s[] = {&c->who, &c->where, &c->source, &c->speaker};
    for (size_t i = 0; i < sizeof s / sizeof *s; i++)
        if (*s[i] && !(*s[i] = tally_arena_strdup(&d->arena, *s[i])))
            return TALLY_ENOMEM;
    if (c->nparts) {
        size_t cap = 1;
        while (cap < c->nparts)
            cap *= 2; /* add_part's doubling holds */
        tally_part *p = tally_arena_alloc(&d->arena, sizeof *p * cap);
        if (!p)
            return TALLY_ENOMEM;
        memcpy(p, c->parts, sizeof *p * c->nparts);
        c->parts = p; /* the headline's own parts, with offsets into the title like its span */
    }
    if (c->nvia) {
        const char **via = tally_arena_alloc(&d->arena, sizeof *via * c->nvia);
        if (!via)
            return TALLY_ENOMEM;
        for (size_t i = 0; i < c->nvia; i++)
            if (!(via[i] = tally_arena_strdup(&d->arena, c->via[i])))
                return TALLY_ENOMEM;
        c->via = via;
    }
    return TALLY_OK;
}

/* The largest count of the killed the doc states; with s, of those not killed before s's people were shot. */
static double killed_max(const tally_doc *d, const tally_claim *s)
{
    double k = 0;
    int32_t day = s && s->low >= 2 ? deed_day(d, s) : TALLY_NODAY;
    for (size_t i = 0; i < d->claims.n; i++)
        if (str_is(d->claims.v[i].what, "killed") && !isnan(d->claims.v[i].low) && d->claims.v[i].low > k &&
            !(s && earlier_deed(&d->claims.v[i], s, day)))
            k = d->claims.v[i].low;
    return k;
}

/* Does d state more than one person of measure what? */
static bool has_total(const tally_doc *d, const char *what)
{
    for (size_t i = 0; i < d->claims.n; i++) {
        const tally_claim *c = &d->claims.v[i];
        if (strcmp(c->what, what) == 0 && !isnan(c->low) && c->low > 1 && str_is(c->unit, "person"))
            return true;
    }
    return false;
}

/* A headline's total ("Two dead, 6 injured") told before the body: one victim of its measure the body tells
 * ("killing a man") is one of them, kept on the total as a part like one told after a total in the body
 * (drop_parts_of_totals). Only where the total has its own words in the body: a part's offsets are the
 * text's, and a headline-only claim's parts are the title's. */
static int fold_under_headline(tally_doc *d)
{
    size_t out = 0;
    for (size_t i = 0; i < d->claims.n; i++) {
        tally_claim *c = &d->claims.v[i];
        tally_claim *t = NULL;
        for (size_t j = 0; !c->ntitle && inferred_single(c) && j < d->claims.n && !t; j++) {
            tally_claim *e = &d->claims.v[j];
            if (e->ntitle && e->ntitle < e->nevidence && !inferred_single(e) && !isnan(e->low) && e->low > 1 &&
                str_is(e->unit, "person") && (str_is(e->what, c->what) || (str_is(c->what, "wounded") && str_is(e->what, "shot"))))
                t = e;
        }
        if (t) {
            int rc = keep_as_part(d, t, c);
            if (rc != TALLY_OK)
                return rc;
            continue;
        }
        d->claims.v[out++] = *c;
    }
    d->claims.n = out;
    return TALLY_OK;
}

/* Rebuilds d's evidence with the headline's spans: a body claim the headline repeats gets them last, a
 * claim only the headline gives is added with its spans into the title. */
int tally_claims_add_title(tally_doc *d, const tally_doc *h)
{
    size_t nbody = d->claims.n;
    TALLY_VEC(size_t) owner = {0}; /* for each headline claim, the claim it joins */
    int rc = TALLY_OK;
    for (size_t i = 0; rc == TALLY_OK && i < h->claims.n; i++) {
        tally_claim c = h->claims.v[i];
        size_t into = SIZE_MAX;
        if (inferred_single(&c) && has_total(d, c.what)) {
            rc = tally_vec_push(&owner, SIZE_MAX); /* "Man killed" over "two men were killed": one of them */
            continue;
        }
        if (str_is(c.rule, "shot-less-killed") && killed_max(d, &c) > killed_max(h, NULL)) {
            c.low -= killed_max(d, &c) - killed_max(h, NULL); /* the shot less the killed the body tells of */
            c.high = c.low;
            if (c.low <= 0) {
                rc = tally_vec_push(&owner, SIZE_MAX);
                continue;
            }
        }
        for (size_t j = 0; j < d->claims.n && into == SIZE_MAX; j++)
            if (same_figure(&c, &d->claims.v[j]))
                into = j;
        if (into == SIZE_MAX) {
            c.ntitle = c.nevidence;
            rc = adopt(d, &c);
            if (rc == TALLY_OK)
                rc = tally_vec_push(&d->claims, c);
            into = d->claims.n - 1;
        }
        if (rc == TALLY_OK)
            rc = tally_vec_push(&owner, into);
    }
    tally_spanvec ev = {0};
    for (size_t j = 0; rc == TALLY_OK && j < d->claims.n; j++) {
        tally_claim *c = &d->claims.v[j];
        size_t first = ev.n;
        for (size_t e = 0; j < nbody && rc == TALLY_OK && e < c->nevidence; e++)
            rc = tally_vec_push(&ev, c->evidence[e]);
        size_t body = ev.n - first;
        for (size_t i = 0; rc == TALLY_OK && i < owner.n; i++)
            for (size_t e = 0; owner.v[i] == j && rc == TALLY_OK && e < h->claims.v[i].nevidence; e++)
                rc = tally_vec_push(&ev, h->claims.v[i].evidence[e]);
        c->nevidence = ev.n - first;
        c->ntitle = c->nevidence - body;
        c->evidence = (const tally_span *)(uintptr_t)first; /* offset until the array is final */
    }
    tally_vec_free(&owner);
    if (rc != TALLY_OK) {
        tally_vec_free(&ev);
        return rc;
    }
    tally_vec_free(&d->evidence);
    d->evidence = ev;
    for (size_t j = 0; j < d->claims.n; j++)
        d->claims.v[j].evidence = d->evidence.v + (uintptr_t)d->claims.v[j].evidence;
    return fold_under_headline(d);
}
