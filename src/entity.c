/* entity.c — names as a reader would write them once: a source phrase loses its determiner and the titles
 * and demonyms before a person's name ("South Korean MP Lee Seong-kweun" → "Lee Seong-kweun"), a short form
 * takes the full name met in the same article ("Lee" → "Lee Seong-kweun"), and a spelling-insensitive key
 * (consonant skeleton) lets the store unify names across articles (Zelenskyy/Zelensky). */
#include "doc.h"
#include <utf8proc.h>
#include "text.h"
#include <string.h>
#include <strings.h>

/* Words that make a capitalised phrase an organisation rather than a person: agency, army, … Grouped by
 * their first letter, each tested by key (tok_is with a literal; the list walked with tally_ieq_any was
 * 300 instructions a word, half of naming a source). */
static bool is_org_word(const tally_doc *d, size_t k)
{
    switch (d->key[k] & 0xff) {
    case 'a':
        return tok_is(d, k, "agency") || tok_is(d, k, "army") || tok_is(d, k, "association") || tok_is(d, k, "ap") ||
               tok_is(d, k, "afp") || tok_is(d, k, "assembly");
    case 'b':
        return tok_is(d, k, "bureau") || tok_is(d, k, "bbc");
    case 'c':
        return tok_is(d, k, "center") || tok_is(d, k, "centre") || tok_is(d, k, "channel") || tok_is(d, k, "command") ||
               tok_is(d, k, "committee") || tok_is(d, k, "council") || tok_is(d, k, "court") || tok_is(d, k, "cnn");
    case 'd':
        return tok_is(d, k, "department") || tok_is(d, k, "directorate");
    case 'f':
        return tok_is(d, k, "forces");
    case 'g':
        return tok_is(d, k, "government") || tok_is(d, k, "guard");
    case 'h':
        return tok_is(d, k, "hospital"); /* "Dunmoor General Hospital": no General named Hospital */
    case 'i':
        return tok_is(d, k, "institute") || tok_is(d, k, "intelligence");
    case 'j':
        return tok_is(d, k, "journal");
    case 'k':
        return tok_is(d, k, "kcna");
    case 'm':
        return tok_is(d, k, "ministry");
    case 'n':
        return tok_is(d, k, "news") || tok_is(d, k, "network") || tok_is(d, k, "nis");
    case 'o':
        return tok_is(d, k, "office");
    case 'p':
        return tok_is(d, k, "party") || tok_is(d, k, "police") || tok_is(d, k, "post") || tok_is(d, k, "press");
    case 'r':
        return tok_is(d, k, "reuters");
    case 's':
        return tok_is(d, k, "service") || tok_is(d, k, "staff");
    case 't':
        return tok_is(d, k, "times") || tok_is(d, k, "tass");
    case 'u':
        return tok_is(d, k, "union") || tok_is(d, k, "university");
    default:
        return false;
    }
}

static bool is_determiner(const tally_doc *d, size_t k)
{
    return tok_is(d, k, "the") || tok_is(d, k, "a") || tok_is(d, k, "an");
}

/* Copies the text of tokens [a, b) with single spaces where the text had any. */
static const char *span_text(tally_doc *d, size_t a, size_t b)
{
    if (a >= b)
        return NULL;
    size_t start = d->toks.v[a].start, end = d->toks.v[b - 1].end;
    char *out = tally_arena_alloc(&d->arena, end - start + 1);
    if (!out)
        return NULL;
    size_t n = 0;
    for (size_t k = a; k < b; k++) {
        if (k > a && (d->toks.v[k].flags & TOKF_SPACE))
            out[n++] = ' ';
        memcpy(out + n, tok_s(d, k), tok_n(d, k));
        n += tok_n(d, k);
    }
    out[n] = '\0';
    return out;
}

bool tally_name_particle(const tally_doc *d, size_t k)
{
    if (k >= d->toks.n || d->toks.v[k].kind != TOK_WORD || tok_cap(d, k) || tok_n(d, k) > 4)
        return false;
    return tok_is(d, k, "al") || tok_is(d, k, "el") || tok_is(d, k, "bin") || tok_is(d, k, "ibn") ||
           tok_is(d, k, "van") || tok_is(d, k, "von") || tok_is(d, k, "der") || tok_is(d, k, "den") ||
           tok_is(d, k, "de") || tok_is(d, k, "del") || tok_is(d, k, "da") || tok_is(d, k, "di") ||
           tok_is(d, k, "dos") || tok_is(d, k, "das") || tok_is(d, k, "du") || tok_is(d, k, "la") ||
           tok_is(d, k, "le");
}

bool tally_participle(const tally_doc *d, size_t k)
{
    size_t n = tok_n(d, k);
    const char *s = tok_s(d, k);
    return !tok_cap(d, k) && ((n > 3 && s[n - 2] == 'e' && s[n - 1] == 'd') || tok_is(d, k, "run") ||
                              tok_is(d, k, "held") || tok_is(d, k, "led"));
}

/* A run of capitalised name words [a, b) that looks like a person: 2-4 words, no organisation word,
 * no lexicon word (demonym, title, source noun). Hyphen-joined parts count with their word. */
static bool looks_like_person(const tally_doc *d, size_t a, size_t b)
{
    size_t words = 0;
    if (a > 0 && tok_is(d, a - 1, "the"))
        return false; /* "the Red Crescent", "the White Helmets": a body; a person's name takes no article */
    for (size_t k = a; k < b; k++) {
        if (d->toks.v[k].kind == TOK_WORD && k > a && d->toks.v[k - 1].kind == TOK_DASH && tally_participle(d, k))
            return false; /* "Hamas-ruled Gaza", "Kremlin-backed": a description, not a name */
        if (d->toks.v[k].kind == TOK_DASH || (d->toks.v[k].kind == TOK_WORD && k > a && d->toks.v[k - 1].kind == TOK_DASH))
            continue;
        if (k > a && k + 1 < b && tally_name_particle(d, k)) { /* "Lula da Silva"; "al-Qudra" is one word */
            words += d->toks.v[k + 1].kind == TOK_DASH;
            continue;
        }
        if (d->toks.v[k].kind != TOK_WORD || !tok_cap(d, k) || (d->toks.v[k].flags & TOKF_ALLCAP))
            return false;
        if (tok_lex(d, k) || is_org_word(d, k))
            return false;
        words++;
    }
    return words >= 2 && words <= 4;
}

static void remember_name(tally_doc *d, const char *name, size_t at)
{
    for (size_t i = 0; i < d->nnames; i++)
        if (strcmp(d->names[i], name) == 0) {
            if (at < d->name_at[i])
                d->name_at[i] = (uint32_t)at; /* met earlier than first read */
            return;
        }
    size_t len = strlen(name);
    const char *sp = strrchr(name, ' ');
    if (d->nnames < sizeof d->names / sizeof *d->names && len <= UINT32_MAX) {
        d->name_len[d->nnames] = (uint32_t)len, d->name_last[d->nnames] = sp ? (uint32_t)(sp + 1 - name) : 0;
        d->name_at[d->nnames] = (uint32_t)at;
        d->names[d->nnames++] = name;
    }
}

/* An organisation's full name (two words or more, capitalised at both ends, one an organisation word:
 * "Ministry of Emergency Situations"), kept so that "the ministry" later in the article can take it. */
static void remember_org(tally_doc *d, size_t a, size_t b, const char *name)
{
    bool org = false;
    for (size_t k = a; k < b && !org; k++)
        org = is_org_word(d, k);
    bool named = tok_cap(d, a) && tok_cap(d, b - 1), described = !tok_cap(d, b - 1) && is_org_word(d, b - 1);
    if (!org || b - a < 2 || !(named || described)) /* "Ministry of Emergency Situations", "disaster agency" */
        return;
    for (size_t i = 0; i < d->norgs && i < sizeof d->orgs / sizeof *d->orgs; i++)
        if (strcmp(d->orgs[i], name) == 0)
            return;
    d->orgs[d->norgs++ % (sizeof d->orgs / sizeof *d->orgs)] = name;
}

/* "the ministry", "the agency": the organisation named last whose first or last word it is, or NULL. */
static const char *org_short_form(const tally_doc *d, size_t k)
{
    size_t cap = sizeof d->orgs / sizeof *d->orgs, n = d->norgs < cap ? d->norgs : cap;
    for (size_t i = 0; i < n; i++) {
        const char *name = d->orgs[(d->norgs - 1 - i) % cap], *sp = strrchr(name, ' ');
        size_t w = tok_n(d, k);
        if ((strncasecmp(name, tok_s(d, k), w) == 0 && name[w] == ' ') ||
            (sp && strlen(sp + 1) == w && strncasecmp(sp + 1, tok_s(d, k), w) == 0))
            return name;
    }
    return NULL;
}

/* The full name whose first or last word is the single word s[0..n) (n ≥ 1), or NULL. The names' last words
 * were found when they were kept, and a first byte is compared before the bytes (a search and two compares per
 * name kept were 3 % of the names bench). */
static const char *full_name(const tally_doc *d, const char *s, size_t n, size_t at)
{
    char c = s[0];
    const char *after = NULL; /* a name met only later: a short form used before its full name's sentence */
    size_t best_at = 0;
    const char *best = NULL;
    for (size_t i = d->nnames; i-- > 0;) {
        const char *name = d->names[i];
        size_t last = d->name_last[i];
        if ((name[0] == c && strncmp(name, s, n) == 0 && (name[n] == ' ' || name[n] == '-')) ||
            (last && d->name_len[i] - last == n && (name[last] | 0x20) == (c | 0x20) && /* "Al-Qidra" of "al-Qidra" */
             strncmp(name + last + 1, s + 1, n - 1) == 0)) {
            if (d->name_at[i] < at && (!best || d->name_at[i] > best_at))
                best = name, best_at = d->name_at[i]; /* the one met last before it: "MP Lee … Lee said" */
            else if (d->name_at[i] >= at && !after)
                after = name;
        }
    }
    return best ? best : after;
}

/* A description before a name names the name: "Turkey's disaster agency AFAD", "the news agency Reuters",
 * "the monitoring group Syrian Observatory for Human Rights". Returns where the name starts, else b. */
static size_t named_after_description(const tally_doc *d, size_t a, size_t b)
{
    size_t run = b;
    while (run > a && d->toks.v[run - 1].kind == TOK_WORD && !tally_doc_in_timex(d, run - 1) &&
           (tok_cap(d, run - 1) ||
            (run - 1 > a && run < b && tok_cap(d, run - 2) &&
             (tok_is(d, run - 1, "of") || tok_is(d, run - 1, "for") || tok_is(d, run - 1, "and")))))
        run--;
    if (run == b || run == a || tok_cap(d, run - 1))
        return b;
    const tally_lex *lx = tok_lex(d, run - 1);
    bool noun = (lx && (lx->cls & LEX_S)) || is_org_word(d, run - 1) || tok_is(d, run - 1, "group") ||
                tok_is(d, run - 1, "newspaper") || tok_is(d, run - 1, "broadcaster") || tok_is(d, run - 1, "daily") ||
                tok_is(d, run - 1, "monitor");
    return noun ? run : b;
}

size_t tally_entity_persons_before(const tally_doc *d, size_t k)
{
    size_t lo = 0, hi = d->persons.n;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (d->persons.v[mid].tok < k)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

/* "the minister", "the Ukrainian president": the person named last before a after that title (and, given
 * one, that nationality's word before the title: "Ukrainian President X"), else NULL. */
static const char *titled_person(const tally_doc *d, size_t a, size_t b)
{
    const tally_lex *t = tok_lex(d, b - 1), *dem = b - a == 2 ? tok_lex(d, a) : NULL;
    if (b - a > 2 || a == 0 || !tok_is(d, a - 1, "the") || tok_cap(d, b - 1) || !t || !(t->cls & LEX_T) ||
        (b - a == 2 && !(dem && (dem->cls & LEX_D))))
        return NULL;
    size_t lo = tally_entity_persons_before(d, a);
    for (size_t i = lo; i-- > 0 && lo - i <= 256;) { /* a fixed reach back: linear work */
        size_t k = d->persons.v[i].tok;
        if (tok_lex(d, k) != t)
            continue;
        if (b - a == 2 && !(k > 0 && tok_lex(d, k - 1) == dem))
            continue;
        return d->persons.v[i].name;
    }
    return NULL;
}

const char *tally_entity_canon(tally_doc *d, size_t a, size_t b, bool *person)
{
    *person = false;
    while (a < b && (is_determiner(d, a) || d->toks.v[a].kind == TOK_PUNCT || d->toks.v[a].kind == TOK_QUOTE))
        a++;
    while (b > a && (d->toks.v[b - 1].kind == TOK_PUNCT || d->toks.v[b - 1].kind == TOK_QUOTE) &&
           !(b - 1 > a && tok_n(d, b - 1) == 1 && tok_s(d, b - 1)[0] == '.' && d->toks.v[b - 2].end == d->toks.v[b - 1].start))
        b--;
    if (a >= b)
        return NULL;
    /* Titles and demonyms before a name: the name is the capitalised run after the last title. */
    size_t last_title = b;
    for (size_t k = a; k < b; k++) {
        const tally_lex *lx = tok_lex(d, k);
        if (lx && (lx->cls & LEX_T))
            last_title = k;
    }
    if (last_title < b) {
        size_t n0 = last_title + 1;
        while (n0 < b && d->toks.v[n0].kind == TOK_PUNCT)
            n0++;
        size_t e = n0;
        while (e < b && tok_cap(d, e) && !is_org_word(d, e))
            e++;
        if (n0 < e && (e == b || !tok_cap(d, e))) { /* not "the General Staff" */
            *person = true;
            const char *name = span_text(d, n0, b);
            if (name && n0 + 1 < b)
                remember_name(d, name, n0);
            if (n0 + 1 == b) {
                const char *full = full_name(d, tok_s(d, n0), tok_n(d, n0), n0);
                return full ? full : name;
            }
            return name;
        }
    }
    const char *titled = titled_person(d, a, b);
    if (titled) {
        *person = true;
        return titled;
    }
    if (b - a == 1 && a > 0 && tok_is(d, a - 1, "the") && !tok_cap(d, a) && is_org_word(d, a)) {
        const char *full = org_short_form(d, a);
        if (full)
            return full;
    }
    if (b - a == 1 && tok_cap(d, a) && !(d->toks.v[a].flags & TOKF_ALLCAP)) {
        const char *full = full_name(d, tok_s(d, a), tok_n(d, a), a);
        if (full) {
            *person = true;
            return full;
        }
    }
    if (b - a == 3 && d->toks.v[a + 1].kind == TOK_DASH && d->toks.v[a + 1].start == d->toks.v[a].end &&
        d->toks.v[a + 2].start == d->toks.v[a + 1].end) { /* a hyphenated surname alone: "Al-Qidra said" */
        const char *full = full_name(d, tok_s(d, a), d->toks.v[a + 2].end - d->toks.v[a].start, a);
        if (full) {
            *person = true;
            return full;
        }
    }
    size_t run = named_after_description(d, a, b);
    if (run != b)
        return tally_entity_canon(d, run, b, person);
    if (looks_like_person(d, a, b)) {
        *person = true;
        const char *name = span_text(d, a, b);
        if (name)
            remember_name(d, name, a);
        return name;
    }
    const char *name = span_text(d, a, b);
    if (name)
        remember_org(d, a, b, name);
    return name;
}

/* The person named last before token k, within PERSON_REACH tokens: a run of two to four capitalised name
 * words, or one word that is part of a full name met before. NULL when there is none. */
const char *tally_entity_person_before(tally_doc *d, size_t k)
{
    enum { PERSON_REACH = 400 };
    size_t lo = k > PERSON_REACH ? k - PERSON_REACH : 0;
    for (size_t b = k; b > lo;) {
        if (d->toks.v[b - 1].kind != TOK_WORD || !tok_cap(d, b - 1) || tok_lex(d, b - 1)) {
            b--;
            continue;
        }
        size_t a = b - 1;
        while (a > lo && b - a < 7 && !(d->toks.v[a].flags & TOKF_NEWLINE) &&
               ((d->toks.v[a - 1].kind == TOK_WORD && tok_cap(d, a - 1) && !tok_lex(d, a - 1)) ||
                (a >= 2 && d->toks.v[a - 1].kind == TOK_DASH && d->toks.v[a - 1].start == d->toks.v[a - 2].end)))
            a--;
        if (looks_like_person(d, a, b)) {
            const char *name = span_text(d, a, b);
            if (name)
                remember_name(d, name, a);
            return name;
        }
        if (b - a == 1) {
            const char *full = full_name(d, tok_s(d, a), tok_n(d, a), a);
            if (full)
                return full;
        }
        b = a;
    }
    return NULL;
}

/* Registers the names that follow a title anywhere in the doc, so that a short form used before the
 * full name's own sentence still resolves. */
/* The full name after title token k, if any, is remembered (and the person with it). */
static void after_title(tally_doc *d, size_t k)
{
    const tally_lex *lx;
    /* a role in lower case names the person between commas after it: "the defence minister, Lidia Oranth," */
    bool apposed = !tok_cap(d, k) && k + 1 < d->toks.n && d->toks.v[k + 1].kind == TOK_PUNCT &&
                   tok_s(d, k + 1)[0] == ',';
    if (!(tok_cap(d, k) || apposed) || !(lx = tok_lex(d, k)) || !(lx->cls & LEX_T))
        return;
    size_t a = k + 1 + apposed;
    if (a < d->toks.n && tok_is(d, a, "."))
        a++;
    size_t b = a;
    while (b < d->toks.n && b - a < 6 &&
           ((d->toks.v[b].kind == TOK_WORD && tok_cap(d, b) && !tok_lex(d, b)) ||
            (d->toks.v[b].kind == TOK_DASH && !(d->toks.v[b].flags & TOKF_SPACE)) ||
            (d->toks.v[b].kind == TOK_WORD && b > a && d->toks.v[b - 1].kind == TOK_DASH)))
        b++;
    if (apposed && !(b < d->toks.n && d->toks.v[b].kind == TOK_PUNCT && tok_s(d, b)[0] == ','))
        return; /* the aside closes after the name */
    if (b - a >= 2 && looks_like_person(d, a, b)) {
        const char *name = span_text(d, a, b);
        if (name)
            remember_name(d, name, a);
        if (name) /* an antecedent for he/she; on failure the pronoun just stays unresolved */
            (void)tally_vec_push(&d->persons, ((struct tally_person){name, k}));
    }
}

/* A title's row has LEXH_TITLE_CUE among its hints (doc.c sets them for the words the table cannot hold too),
 * the hints' high bit: the tokens are visited by it, eight hints a step (a test of every token's capital was
 * 1 % of the claims bench). */
void tally_entity_prescan(tally_doc *d)
{
    _Static_assert(LEXH_TITLE_CUE == 0x80, "the title hint is the high bit of a hint byte");
    size_t n = d->toks.n;
    for (size_t k0 = d->title0; k0 + 2 < n; k0 += 8) { /* no title before title0 (doc.c) */
        uint64_t m = tally_load_le((const char *)d->hint + k0, n - k0 < 8 ? n - k0 : 8, n - k0);
        for (m &= 0x8080808080808080ull; m; m &= m - 1) {
            size_t k = k0 + (size_t)(__builtin_ctzll(m) >> 3);
            if (k + 2 >= n)
                break;
            after_title(d, k);
        }
    }
}

/* How a code point enters the key: 'l' an ASCII letter (skeleton rules), 'a' kept whole (digits, letters
 * outside ASCII), ' ' a word break (spaces, dashes), 0 dropped (apostrophes ’ ‘ ʼ, other punctuation, a
 * stray byte). */
static int key_class(utf8proc_int32_t cp)
{
    if (cp < 0x80)
        return cp < 0 ? 0 : tally_is_alpha((unsigned char)cp) ? 'l' : cp >= '0' && cp <= '9' ? 'a'
                                : cp == ' ' || cp == '-' ? ' ' : 0;
    switch (utf8proc_category(cp)) {
    case UTF8PROC_CATEGORY_ZS: case UTF8PROC_CATEGORY_ZL: case UTF8PROC_CATEGORY_ZP: case UTF8PROC_CATEGORY_PD:
        return ' ';
    case UTF8PROC_CATEGORY_LU: case UTF8PROC_CATEGORY_LL: case UTF8PROC_CATEGORY_LT: case UTF8PROC_CATEGORY_LM:
    case UTF8PROC_CATEGORY_LO: case UTF8PROC_CATEGORY_ND: case UTF8PROC_CATEGORY_NL: case UTF8PROC_CATEGORY_NO:
        return 'a';
    default:
        return 0;
    }
}

/* The skeleton of s, already folded: ASCII letters lose vowels after a word's first letter and doubled
 * letters; digits and other letters stay whole. */
static void key_of_folded(const char *s, char *key, size_t cap)
{
    size_t n = 0;
    char prev = 0;
    bool word_start = true;
    for (size_t i = 0, len = strlen(s); i < len && n + 1 < cap;) {
        utf8proc_int32_t cp = (unsigned char)s[i];
        utf8proc_ssize_t w = cp < 0x80 ? 1 : utf8proc_iterate((const utf8proc_uint8_t *)s + i, (utf8proc_ssize_t)(len - i), &cp);
        w = w > 0 ? w : 1; /* a stray byte (cp -1) is one byte, dropped */
        int cls = key_class(cp);
        if (cls == ' ' && n && key[n - 1] != ' ')
            key[n++] = ' ';
        if (cls == 'a' && n + (size_t)w < cap) /* kept whole: Unit 731 is not Unit 7, nor Иван Пётр */
            for (utf8proc_ssize_t k = 0; k < w; k++)
                key[n++] = s[i + (size_t)k];
        char l = cls == 'l' ? (char)tally_lower((unsigned char)cp) : 0;
        if (l && (!strchr("aeiouy", l) || word_start) && l != prev)
            key[n++] = l;
        prev = l;
        word_start = cls == ' ';
        i += (size_t)w;
    }
    while (n && key[n - 1] == ' ')
        n--;
    key[n] = '\0';
}

void tally_entity_key(const char *name, char *key, size_t cap)
{
    utf8proc_uint8_t *folded = NULL; /* José Álvarez as jose alvarez; Sheriff’s as sheriff’s */
    utf8proc_ssize_t n = utf8proc_map((const utf8proc_uint8_t *)name, 0, &folded,
                                      UTF8PROC_NULLTERM | UTF8PROC_STABLE | UTF8PROC_COMPOSE | UTF8PROC_STRIPMARK |
                                          UTF8PROC_CASEFOLD);
    key_of_folded(n >= 0 && folded ? (const char *)folded : name, key, cap);
    free(folded);
}
