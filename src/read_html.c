/* read_html.c — HTML pages: main text and metadata out of a gumbo parse tree.
 *
 * A cheap scan of the tags first refuses pages that would cost gumbo minutes or gigabytes (see "nesting
 * guard"). Bytes that are not valid UTF-8 are repaired (a page declaring Latin-1/windows-1252 is decoded
 * as such, any other bad byte becomes U+FFFD), then gumbo builds the HTML5 tree. It is copied once,
 * iteratively, into a flat pre-order array (node, parent, end of subtree, inherited flags), so every
 * later pass is a linear loop with no recursion, whatever the nesting depth:
 *   1. flags: tags that never hold article text (script, nav, header, footer, aside, form, figure …) and
 *      hidden elements mark their subtree dropped; text under <a> is link text.
 *   2. scores: each subtree's count of visible non-link text bytes ("content") and link text ("noise").
 *      Elements whose class/id names boilerplate (related, comments, share, newsletter, cookie, ad …)
 *      are dropped too, unless they hold half the page's text (a wrapper with a misleading class).
 *   3. root: the element with the largest content − noise, narrowed into a child holding 85% of that;
 *      an <article> (or itemprop=articleBody) holding a quarter of its content is preferred, which keeps
 *      teaser cards out.
 *   4. text: a walk over the root emits blocks (p, h1-h6, li, blockquote, tr …) separated by "\n\n",
 *      <br> as "\n", whitespace collapsed. Each finished block is judged on its words: labels such as
 *      "Related stories" (with the link list that follows), "Leave a comment" (and all after it),
 *      "Edited by …", "Share this", cookie and copyright lines, link-only lines and repeated blocks go.
 * Metadata comes from meta tags, <link rel=canonical>, <title>, JSON-LD and <time>. The title opens the
 * text as its own paragraph, as it does in a plain-text article. gumbo frees its tree recursively, so the
 * tree is flattened (all nodes made children of the document) before gumbo_destroy_output. */
#include "html.h"
#include "ctx.h"
#include "read.h"
#include "text.h"
#include "timex.h"
#include <gumbo.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <xxhash.h>

/* MARK: sniffing and UTF-8 repair */

int tally_html_sniff(const char *s, size_t len)
{
    size_t n = len < 65536 ? len : 65536, ctl = 0, blank = 0;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c == 0)
            return TALLY_HTML_BINARY;
        if ((c < 0x20 && !tally_is_ascii_space(c)) || c == 0x7f)
            ctl++;
        blank += tally_is_ascii_space(c);
    }
    if (blank == len)
        return TALLY_HTML_EMPTY;
    return ctl * 50 > n ? TALLY_HTML_BINARY : TALLY_HTML_OK;
}

int tally_html_looks_like(const char *s, size_t len)
{
    static const char *const marks[] = {"<!doctype html", "<html", "<head", "<body",
                                        "<meta", "<title", "<p>", "<div"};
    size_t n = len < 1024 ? len : 1024;
    for (size_t i = 0; i < n; i++) {
        if (s[i] != '<')
            continue;
        for (size_t k = 0; k < sizeof marks / sizeof *marks; k++)
            if (tally_iprefix(s + i, n - i, marks[k]))
                return 1;
    }
    return 0;
}

/* windows-1252's 0x80-0x9F; ISO-8859-1 is the same for the rest (pages that say Latin-1 mean this). */
static const uint16_t cp1252[32] = {
    0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD, 0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178};

static void add_cp(tally_buf *b, uint32_t cp)
{
    char u[3];
    if (cp < 0x800) {
        u[0] = (char)(0xC0 | (cp >> 6));
        u[1] = (char)(0x80 | (cp & 0x3F));
        tally_buf_add(b, u, 2);
        return;
    }
    u[0] = (char)(0xE0 | (cp >> 12));
    u[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
    u[2] = (char)(0x80 | (cp & 0x3F));
    tally_buf_add(b, u, 3);
}

/* True when "charset=" in s[0..n) names the Latin-1 family. */
static int latin1_name(const char *s, size_t n)
{
    static const char *const names[] = {"iso-8859-1", "iso8859-1", "windows-1252", "cp1252", "latin1", "latin-1"};
    for (size_t i = 0; i + 8 < n; i++) {
        if (!tally_iprefix(s + i, n - i, "charset="))
            continue;
        size_t j = i + 8;
        while (j < n && (s[j] == '"' || s[j] == '\'' || s[j] == ' '))
            j++;
        for (size_t k = 0; k < sizeof names / sizeof *names; k++)
            if (tally_iprefix(s + j, n - j, names[k]))
                return 1;
        return 0;
    }
    return 0;
}

int tally_html_latin1(const char *ctype, size_t n)
{
    return ctype && latin1_name(ctype, n);
}

/* Valid UTF-8 copy of s into b: a Latin-1 page (so declared in its first 4 KiB, or by the caller) that
 * is not valid UTF-8 is decoded as windows-1252; otherwise bad bytes become U+FFFD. */
static void repair_utf8(tally_buf *b, const char *s, size_t len, int latin1)
{
    if (latin1 || latin1_name(s, len < 4096 ? len : 4096)) {
        for (size_t i = 0; i < len; i++) {
            unsigned char c = (unsigned char)s[i];
            if (c < 0x80)
                tally_buf_addc(b, (char)c);
            else
                add_cp(b, c < 0xA0 ? cp1252[c - 0x80] : c);
        }
        return;
    }
    size_t i = 0, bad;
    while (i < len && !tally_utf8_check(s + i, len - i, &bad)) {
        tally_buf_add(b, s + i, bad);
        add_cp(b, 0xFFFD);
        i += bad + 1;
    }
    tally_buf_add(b, s + i, len - i);
}

/* MARK: nesting guard */

/* gumbo looks down its stack of open elements at each start tag, so a page of 200,000 unclosed <div>s
 * costs it minutes; and it re-creates every open formatting element (<b id=1><b id=2>…) after each block
 * that closed them, so 37 KB of those cost 19 s and 1.7 GB. This scan estimates both before parsing: a
 * stack of open element names (void elements and those whose end tag is optional are not pushed; an end
 * tag pops to its name when the name is among the top 64) gives the depth summed at each start tag
 * (cost); formatting start tags not yet ended by their own end tag, summed at each tag, bound the
 * re-created elements (clones). Pages deeper than MAX_DEPTH or over either budget are refused; real pages
 * stay far below (a 1 MB news page: depth < 100, cost < 10^6, clones < 10^5). */
enum { MAX_DEPTH = 4096, MAX_COST = 200000000, MAX_CLONES = 4000000 };


static uint32_t tag_hash(const char *s, size_t n, size_t i, size_t *end)
{
    uint32_t h = 2166136261u;
    while (i < n && (tally_is_alpha((unsigned char)s[i]) || tally_is_digit((unsigned char)s[i]) || s[i] == '-'))
        h = (h ^ tally_lower((unsigned char)s[i++])) * 16777619u;
    *end = i;
    return h;
}

static uint32_t lit_hash(const char *name)
{
    size_t end;
    return tag_hash(name, strlen(name), 0, &end);
}

/* Elements never pushed (void, or their end tag is optional) and those whose content is raw text. */
static const char *const never_names[] = {
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr",
    "keygen", "p", "li", "dt", "dd", "option", "optgroup", "tr", "td", "th", "thead", "tbody", "tfoot",
    "colgroup", "rb", "rt", "rtc", "rp", "html", "head", "body", "image"};
static const char *const raw_names[] = {"script", "style", "textarea", "title", "xmp", "iframe", "noembed",
                                        "noframes", "plaintext"};
/* Formatting elements that can pile up in gumbo's list (<a> and <nobr> close their predecessor). */
static const char *const fmt_names[] = {"b", "big", "code", "em", "font", "i", "s", "small", "strike", "strong",
                                        "tt", "u"};
enum {
    NNEVER = sizeof never_names / sizeof *never_names,
    NRAW = sizeof raw_names / sizeof *raw_names,
    NFMT = sizeof fmt_names / sizeof *fmt_names
};

static int in_set(const uint32_t *set, size_t n, uint32_t h)
{
    for (size_t k = 0; k < n; k++)
        if (set[k] == h)
            return 1;
    return 0;
}

typedef struct nest {
    uint32_t names[MAX_DEPTH];
    uint32_t never[NNEVER], raw[NRAW], fmt[NFMT]; /* hashes of never_names, raw_names, fmt_names */
    size_t depth, open_fmt; /* open_fmt: formatting start tags not yet ended by their own end tag */
    uint64_t cost, clones;
} nest;

/* Index just past the '>' closing the tag whose name ends at i (quoted attribute values skipped). */
static size_t tag_close(const char *s, size_t n, size_t i)
{
    char q = 0, prev = 0;
    for (; i < n; i++) {
        if (q) {
            q = s[i] == q ? 0 : q;
        } else if ((s[i] == '"' || s[i] == '\'') && prev == '=') {
            q = s[i];
        } else if (s[i] == '>') {
            return i + 1;
        }
        if (!tally_is_ascii_space((unsigned char)s[i]))
            prev = s[i];
    }
    return n;
}

/* After a raw-text element's start tag: index of its end tag "</name". */
static size_t raw_end(const char *s, size_t n, size_t i, const char *name, size_t nlen)
{
    for (; i + 2 + nlen <= n; i++)
        if (s[i] == '<' && s[i + 1] == '/' && tally_iprefix(s + i + 2, n - i - 2, name))
            return i;
    return n;
}

static void end_tag(nest *t, uint32_t h)
{
    for (size_t k = t->depth; k > 0 && t->depth - k < 64; k--)
        if (t->names[k - 1] == h) {
            t->depth = k - 1;
            return;
        }
}

/* Handles the tag at s[i] == '<'; returns where scanning resumes. */
static size_t scan_tag(nest *t, const char *s, size_t n, size_t i)
{
    size_t end;
    if (i + 3 < n && s[i + 1] == '!' && s[i + 2] == '-' && s[i + 3] == '-') {
        for (i += 4; i + 2 < n && !(s[i] == '-' && s[i + 1] == '-' && s[i + 2] == '>'); i++)
            ;
        return i + 3;
    }
    if (i + 1 < n && s[i + 1] == '/') {
        uint32_t h = tag_hash(s, n, i + 2, &end);
        if (end > i + 2)
            end_tag(t, h);
        if (t->open_fmt && in_set(t->fmt, NFMT, h))
            t->open_fmt--;
        t->clones += t->open_fmt;
        return tag_close(s, n, end);
    }
    if (i + 1 >= n || !tally_is_alpha((unsigned char)s[i + 1]))
        return i + 1;
    uint32_t h = tag_hash(s, n, i + 1, &end);
    size_t name = i + 1, nlen = end - name;
    i = tag_close(s, n, end);
    if (in_set(t->raw, NRAW, h) && nlen < 16) {
        char lit[16];
        for (size_t k = 0; k < nlen; k++)
            lit[k] = (char)tally_lower((unsigned char)s[name + k]);
        lit[nlen] = 0;
        return raw_end(s, n, i, lit, nlen);
    }
    if (!in_set(t->never, NNEVER, h) && t->depth < MAX_DEPTH)
        t->names[t->depth++] = h;
    t->open_fmt += in_set(t->fmt, NFMT, h);
    t->cost += t->depth;
    t->clones += t->open_fmt;
    return i;
}

/* True when parsing s[0..n) would cost gumbo too much (see above). */
static int too_deep(const char *s, size_t n)
{
    nest *t = malloc(sizeof *t);
    if (!t)
        return 0;
    t->depth = t->open_fmt = 0;
    t->cost = t->clones = 0;
    for (size_t k = 0; k < NNEVER; k++)
        t->never[k] = lit_hash(never_names[k]);
    for (size_t k = 0; k < NRAW; k++)
        t->raw[k] = lit_hash(raw_names[k]);
    for (size_t k = 0; k < NFMT; k++)
        t->fmt[k] = lit_hash(fmt_names[k]);
    size_t i = 0;
    int deep = 0;
    while (i < n && !deep) {
        const char *lt = memchr(s + i, '<', n - i);
        if (!lt)
            break;
        i = scan_tag(t, s, n, (size_t)(lt - s));
        deep = t->depth >= MAX_DEPTH || t->cost > MAX_COST || t->clones > MAX_CLONES;
    }
    free(t);
    return deep;
}

/* MARK: the flat tree */

enum {
    F_DROP = 1,    /* inside an element that never holds article text */
    F_LINK = 2,    /* inside <a> */
    F_JUNK = 4,    /* inside an element whose class/id names boilerplate */
    F_CLASSY = 8,  /* this element's class/id names boilerplate */
    F_STRIP = 16,  /* inside script/style/head …: dropped even when nothing else is left */
};

typedef struct hnode {
    GumboNode *g;
    uint32_t parent, end, pos; /* parent index, one past the subtree, index among the parent's children */
    uint32_t flags;
    uint32_t own;              /* non-space text bytes of a text node */
    uint32_t raw;              /* content of the subtree, class/id ignored */
    uint32_t content, noise;   /* visible non-link and link text of the subtree, boilerplate dropped */
} hnode;

typedef struct htree {
    hnode *n;
    size_t count, cap;
} htree;

static const GumboVector *kids(const GumboNode *g)
{
    if (g->type == GUMBO_NODE_DOCUMENT)
        return &g->v.document.children;
    if (g->type == GUMBO_NODE_ELEMENT || g->type == GUMBO_NODE_TEMPLATE)
        return &g->v.element.children;
    return NULL;
}

static GumboTag tag_of(const GumboNode *g)
{
    return g->type == GUMBO_NODE_ELEMENT ? g->v.element.tag : GUMBO_TAG_UNKNOWN;
}

static const char *attr(const GumboNode *g, const char *name)
{
    if (g->type != GUMBO_NODE_ELEMENT)
        return NULL;
    const GumboAttribute *a = gumbo_get_attribute(&g->v.element.attributes, name);
    return a ? a->value : NULL;
}

/* Tags whose content is never article text; the second group is stripped even in the last fallback. */
static int strip_tag(GumboTag t)
{
    switch (t) {
    case GUMBO_TAG_SCRIPT: case GUMBO_TAG_STYLE: case GUMBO_TAG_NOSCRIPT: case GUMBO_TAG_TEMPLATE:
    case GUMBO_TAG_HEAD: case GUMBO_TAG_TITLE: case GUMBO_TAG_SVG: case GUMBO_TAG_MATH: case GUMBO_TAG_IFRAME:
    case GUMBO_TAG_OBJECT: case GUMBO_TAG_EMBED: case GUMBO_TAG_VIDEO: case GUMBO_TAG_AUDIO:
    case GUMBO_TAG_CANVAS: case GUMBO_TAG_SELECT: case GUMBO_TAG_TEXTAREA: case GUMBO_TAG_BUTTON:
    case GUMBO_TAG_NOFRAMES: case GUMBO_TAG_NOEMBED: case GUMBO_TAG_APPLET: case GUMBO_TAG_MAP:
    case GUMBO_TAG_RP:
        return 1;
    default:
        return 0;
    }
}

static int drop_tag(GumboTag t)
{
    switch (t) {
    case GUMBO_TAG_NAV: case GUMBO_TAG_HEADER: case GUMBO_TAG_FOOTER: case GUMBO_TAG_ASIDE:
    case GUMBO_TAG_FORM: case GUMBO_TAG_FIGURE: case GUMBO_TAG_FIGCAPTION: case GUMBO_TAG_MENU:
    case GUMBO_TAG_FIELDSET: case GUMBO_TAG_LEGEND: case GUMBO_TAG_LABEL: case GUMBO_TAG_INPUT:
    case GUMBO_TAG_DATALIST: case GUMBO_TAG_OPTION:
        return 1;
    default:
        return strip_tag(t);
    }
}

/* hidden, aria-hidden="true", style="display:none", and ARIA landmarks that are not the article. */
static int hidden(const GumboNode *g)
{
    static const char *const roles[] = {"navigation", "banner", "contentinfo", "complementary", "search",
                                        "dialog", "alertdialog", "menu", "menubar"};
    const char *v;
    if (attr(g, "hidden"))
        return 1;
    if ((v = attr(g, "aria-hidden")) && tally_ieq(v, strlen(v), "true"))
        return 1;
    if ((v = attr(g, "style")) && (strstr(v, "display:none") || strstr(v, "display: none")))
        return 1;
    if ((v = attr(g, "role")))
        for (size_t k = 0; k < sizeof roles / sizeof *roles; k++)
            if (tally_ieq(v, strlen(v), roles[k]))
                return 1;
    return 0;
}

/* One word of a class or id (lower-cased, split at anything not a letter or digit) names boilerplate. */
static int junk_word(const char *w, size_t n)
{
    static const char *const exact[] = {
        "nav", "menu", "ad", "ads", "adv", "adslot", "dfp", "banner", "popular", "modal", "popup",
        "paywall", "caption", "tags", "toolbar", "masthead", "widget", "widgets", "rail", "consent",
        "gdpr", "credit", "credits", "byline-social", "more-stories", "comment", "comments", "share",
        "sharing", "sharebar", "footer", "recirc", "print", "overlay"};
    static const char *const prefix[] = {
        "related", "newsletter", "advert", "outbrain", "taboola", "social", "promo", "cookie",
        "recommend", "breadcrumb", "sidebar", "navbar", "navigation", "mostread", "mostpopular",
        "trending", "subscri", "signup", "teaser", "disqus", "sponsor", "commentlist", "comments",
        "shareb", "sharing", "moreto", "morestories", "readmore", "readnext", "upnext"};
    for (size_t k = 0; k < sizeof exact / sizeof *exact; k++)
        if (tally_ieq(w, n, exact[k]))
            return 1;
    for (size_t k = 0; k < sizeof prefix / sizeof *prefix; k++)
        if (tally_iprefix(w, n, prefix[k]))
            return 1;
    return 0;
}

static int junk_names(const char *v)
{
    if (!v)
        return 0;
    size_t i = 0, len = strlen(v);
    while (i < len) {
        while (i < len && !tally_is_alpha((unsigned char)v[i]) && !tally_is_digit((unsigned char)v[i]))
            i++;
        size_t j = i;
        while (j < len && (tally_is_alpha((unsigned char)v[j]) || tally_is_digit((unsigned char)v[j])))
            j++;
        if (j > i && junk_word(v + i, j - i))
            return 1;
        i = j;
    }
    return 0;
}

static uint32_t nonspace(const char *s)
{
    uint32_t n = 0;
    for (; *s; s++)
        n += !tally_is_ascii_space((unsigned char)*s);
    return n;
}

/* Appends g (child number pos of parent) with the flags it inherits and its own. */
static int push_node(htree *t, GumboNode *g, uint32_t parent, uint32_t pos)
{
    if (t->count == t->cap) {
        size_t cap = t->cap ? t->cap * 2 : 1024;
        hnode *n = realloc(t->n, cap * sizeof *n);
        if (!n)
            return TALLY_ENOMEM;
        t->n = n;
        t->cap = cap;
    }
    hnode *h = &t->n[t->count];
    memset(h, 0, sizeof *h);
    h->g = g;
    h->parent = parent;
    h->pos = pos;
    if (parent != UINT32_MAX)
        h->flags = t->n[parent].flags & (F_DROP | F_LINK | F_STRIP);
    GumboTag tag = tag_of(g);
    if (g->type == GUMBO_NODE_TEMPLATE || strip_tag(tag))
        h->flags |= F_STRIP | F_DROP;
    if (drop_tag(tag) || (g->type == GUMBO_NODE_ELEMENT && hidden(g)))
        h->flags |= F_DROP;
    if (tag == GUMBO_TAG_A)
        h->flags |= F_LINK;
    if (g->type == GUMBO_NODE_ELEMENT && (junk_names(attr(g, "class")) || junk_names(attr(g, "id"))))
        h->flags |= F_CLASSY;
    if (g->type == GUMBO_NODE_TEXT || g->type == GUMBO_NODE_CDATA)
        h->own = nonspace(g->v.text.text);
    t->count++;
    return TALLY_OK;
}

/* Pre-order copy of the tree under doc, without recursion: descend to the first child, else move to the
 * next sibling of the nearest ancestor that has one, closing subtrees (end) on the way up. */
static int build_tree(htree *t, GumboNode *doc)
{
    int rc = push_node(t, doc, UINT32_MAX, 0);
    uint32_t cur = 0;
    while (rc == TALLY_OK) {
        const GumboVector *k = kids(t->n[cur].g);
        if (k && k->length > 0) {
            rc = push_node(t, k->data[0], cur, 0);
            cur = (uint32_t)t->count - 1;
            continue;
        }
        for (;;) {
            t->n[cur].end = (uint32_t)t->count;
            uint32_t p = t->n[cur].parent;
            if (p == UINT32_MAX)
                return TALLY_OK;
            uint32_t next = t->n[cur].pos + 1;
            if (next < kids(t->n[p].g)->length) {
                rc = push_node(t, kids(t->n[p].g)->data[next], p, next);
                cur = (uint32_t)t->count - 1;
                break;
            }
            cur = p;
        }
    }
    return rc;
}

/* Subtree sums in reverse pre-order (children come after their parent), then boilerplate by class/id
 * forward (parents first), then content and noise without the boilerplate. */
static void score_tree(htree *t)
{
    hnode *n = t->n;
    for (size_t i = t->count; i-- > 0;) {
        if (!(n[i].flags & (F_DROP | F_LINK)))
            n[i].raw += n[i].own;
        if (i > 0 && !(n[i].flags & F_DROP))
            n[n[i].parent].raw += n[i].raw;
    }
    for (size_t i = 1; i < t->count; i++) {
        n[i].flags |= n[n[i].parent].flags & F_JUNK;
        if ((n[i].flags & F_CLASSY) && (uint64_t)n[i].raw * 2 < n[0].raw)
            n[i].flags |= F_JUNK;
    }
    for (size_t i = t->count; i-- > 0;) {
        if (n[i].flags & (F_DROP | F_JUNK))
            continue;
        if (n[i].flags & F_LINK)
            n[i].noise += n[i].own;
        else
            n[i].content += n[i].own;
        if (i > 0) {
            n[n[i].parent].content += n[i].content;
            n[n[i].parent].noise += n[i].noise;
        }
    }
}

static int is_article(const hnode *h)
{
    const char *ip = attr(h->g, "itemprop");
    return tag_of(h->g) == GUMBO_TAG_ARTICLE || (ip && tally_ieq(ip, strlen(ip), "articleBody"));
}

static int64_t score(const hnode *h)
{
    return (int64_t)h->content - h->noise;
}

/* From the best-scoring element down into a child that holds nearly all of it (a wrapper's wrapper), so
 * a page's footer line or a stray caption outside the article's own box does not widen the root. */
static uint32_t narrow(const htree *t, uint32_t best)
{
    const hnode *n = t->n;
    for (int moved = 1; moved;) {
        moved = 0;
        for (uint32_t c = best + 1; c < n[best].end; c = n[c].end) {
            if (n[c].g->type == GUMBO_NODE_ELEMENT && !(n[c].flags & (F_DROP | F_JUNK)) &&
                score(&n[c]) * 100 >= score(&n[best]) * 85) {
                best = c;
                moved = 1;
                break;
            }
        }
    }
    return best;
}

/* The element holding the article (see the file comment); 0 (the document) when nothing has text. */
static uint32_t choose_root(const htree *t)
{
    const hnode *n = t->n;
    uint32_t best = 0, art = 0;
    int64_t best_score = 0;
    for (uint32_t i = 1; i < t->count; i++) {
        if (n[i].g->type != GUMBO_NODE_ELEMENT || (n[i].flags & (F_DROP | F_JUNK)))
            continue;
        int64_t sc = score(&n[i]);
        if (sc > 0 && sc >= best_score) {
            best = i;
            best_score = sc;
        }
        if (is_article(&n[i]) && n[i].content > 0 && (!art || n[i].content > n[art].content))
            art = i;
    }
    if (art && (uint64_t)n[art].content * 4 >= n[best].content)
        return art;
    return narrow(t, best);
}

/* gumbo_destroy_output recurses once per level of nesting; make every node a child of the document so
 * the recursion is one level deep. Each element keeps its (now empty) children array for gumbo to free. */
static void flatten(htree *t)
{
    GumboNode *doc = t->n[0].g;
    void **all = malloc((t->count ? t->count : 1) * sizeof *all);
    if (!all)
        return; /* gumbo then frees recursively: fine unless the page is also thousands deep */
    for (size_t i = 1; i < t->count; i++) {
        all[i - 1] = t->n[i].g;
        GumboVector *k = (GumboVector *)kids(t->n[i].g);
        if (k)
            k->length = 0;
    }
    free(doc->v.document.children.data);
    doc->v.document.children.data = all;
    doc->v.document.children.length = (unsigned)(t->count - 1);
    doc->v.document.children.capacity = (unsigned)(t->count ? t->count : 1);
}

/* MARK: metadata */

int tally_html_date(const char *s, size_t len, char out[11])
{
    out[0] = 0;
    size_t i = 0;
    while (i < len && tally_is_ascii_space((unsigned char)s[i]))
        i++;
    s += i;
    len -= i;
    char d[11];
    if (len >= 10 && (s[4] == '-' || s[4] == '/') && s[7] == s[4]) {
        memcpy(d, s, 10);
    } else if (len >= 8) {
        for (i = 0; i < 8; i++)
            if (!tally_is_digit((unsigned char)s[i]))
                return 0;
        if (len > 8 && tally_is_digit((unsigned char)s[8]))
            return 0;
        memcpy(d, s, 4);
        memcpy(d + 5, s + 4, 2);
        memcpy(d + 8, s + 6, 2);
    } else {
        return 0;
    }
    d[4] = d[7] = '-';
    d[10] = 0;
    for (i = 0; i < 10; i++)
        if (i != 4 && i != 7 && !tally_is_digit((unsigned char)d[i]))
            return 0;
    if (tally_day_parse(d) == TALLY_NODAY)
        return 0;
    memcpy(out, d, 11);
    return 1;
}

typedef struct meta {
    const char *og_title, *og_url, *canonical, *site;
    const GumboNode *title_el, *h1;
    int h1_rank;  /* 0: in the article's root, 1: elsewhere in the text, 2: in a dropped block; 9 = none */
    int pub_rank; /* lower is better; 99 = none yet */
} meta;

/* Keeps the date from s when it parses and ranks better than what was found before. */
static void offer_date(meta *m, tally_html_page *p, const char *s, int rank)
{
    char d[11];
    if (s && rank < m->pub_rank && tally_html_date(s, strlen(s), d)) {
        memcpy(p->published, d, 11);
        m->pub_rank = rank;
    }
}

/* The rank of a meta name/property/itemprop that carries a publication date; 0 when it carries none. */
static int date_key_rank(const char *k)
{
    static const char *const first[] = {"article:published_time", "og:published_time", "og:article:published_time",
                                        "datepublished", "article.published", "published_time"};
    static const char *const second[] = {"pubdate", "publishdate", "publish-date", "publish_date", "publication_date",
                                         "dc.date.issued", "dc.date", "dcterms.created", "dcterms.date",
                                         "sailthru.date", "parsely-pub-date", "date", "og:pubdate"};
    size_t n = strlen(k);
    for (size_t i = 0; i < sizeof first / sizeof *first; i++)
        if (tally_ieq(k, n, first[i]))
            return 1;
    for (size_t i = 0; i < sizeof second / sizeof *second; i++)
        if (tally_ieq(k, n, second[i]))
            return 3;
    return 0;
}

static void meta_tag(meta *m, tally_html_page *p, const GumboNode *g)
{
    const char *content = attr(g, "content");
    const char *keys[3] = {attr(g, "property"), attr(g, "name"), attr(g, "itemprop")};
    for (int k = 0; k < 3 && content; k++) {
        const char *key = keys[k];
        if (!key)
            continue;
        size_t n = strlen(key);
        if (tally_ieq(key, n, "og:title") && !m->og_title)
            m->og_title = content;
        else if (tally_ieq(key, n, "og:url") && !m->og_url)
            m->og_url = content;
        else if (tally_ieq(key, n, "og:site_name") && !m->site)
            m->site = content;
        else if (date_key_rank(key))
            offer_date(m, p, content, date_key_rank(key));
    }
}

/* "datePublished": "2024-12-19…" in a JSON-LD script, found by scanning (such scripts are often invalid). */
static void json_ld(meta *m, tally_html_page *p, const GumboNode *script)
{
    const char *ty = attr(script, "type");
    if (!ty || !strstr(ty, "ld+json") || script->v.element.children.length == 0)
        return;
    const GumboNode *c = script->v.element.children.data[0];
    if (c->type != GUMBO_NODE_TEXT)
        return;
    const char *s = strstr(c->v.text.text, "\"datePublished\"");
    if (!s)
        return;
    s += strlen("\"datePublished\"");
    while (*s == ' ' || *s == ':' || *s == '\t' || *s == '\n' || *s == '\r')
        s++;
    if (*s == '"')
        offer_date(m, p, s + 1, 2);
}

static void meta_node(meta *m, tally_html_page *p, const hnode *h, int in_root)
{
    const GumboNode *g = h->g;
    const char *rel, *ip;
    switch (tag_of(g)) {
    case GUMBO_TAG_META: meta_tag(m, p, g); break;
    case GUMBO_TAG_LINK:
        if ((rel = attr(g, "rel")) && tally_ieq(rel, strlen(rel), "canonical") && !m->canonical)
            m->canonical = attr(g, "href");
        break;
    case GUMBO_TAG_TITLE:
        if (!m->title_el && g->v.element.tag_namespace == GUMBO_NAMESPACE_HTML)
            m->title_el = g;
        break;
    case GUMBO_TAG_H1: {
        int rank = in_root ? 0 : (h->flags & (F_DROP | F_JUNK)) ? 2 : 1;
        if (rank < m->h1_rank) {
            m->h1 = g;
            m->h1_rank = rank;
        }
        break;
    }
    case GUMBO_TAG_SCRIPT: json_ld(m, p, g); break;
    case GUMBO_TAG_TIME:
        offer_date(m, p, attr(g, "datetime"), attr(g, "pubdate") ? 2 : in_root ? 4 : 5);
        break;
    default: break;
    }
    if ((ip = attr(g, "itemprop")) && tally_ieq(ip, strlen(ip), "datePublished"))
        offer_date(m, p, attr(g, "datetime") ? attr(g, "datetime") : attr(g, "content"), 2);
}

/* Text under node i, whitespace collapsed, appended to b. */
static void node_text(const htree *t, const GumboNode *g, tally_buf *b)
{
    uint32_t i = 0;
    while (i < t->count && t->n[i].g != g)
        i++;
    int space = 0;
    for (uint32_t k = i; k < t->count && k < t->n[i].end; k++) {
        const GumboNode *c = t->n[k].g;
        if (c->type != GUMBO_NODE_TEXT && c->type != GUMBO_NODE_WHITESPACE && c->type != GUMBO_NODE_CDATA)
            continue;
        for (const char *s = c->v.text.text; *s; s++) {
            if (tally_is_ascii_space((unsigned char)*s)) {
                space = 1;
                continue;
            }
            if (space && b->len)
                tally_buf_addc(b, ' ');
            space = 0;
            tally_buf_addc(b, *s);
        }
    }
}

static void add_trimmed(tally_buf *b, const char *s)
{
    size_t n = strlen(s);
    while (n && tally_is_ascii_space((unsigned char)s[n - 1]))
        n--;
    while (n && tally_is_ascii_space((unsigned char)*s))
        s++, n--;
    int space = 0;
    for (size_t i = 0; i < n; i++) {
        if (tally_is_ascii_space((unsigned char)s[i])) {
            space = 1;
            continue;
        }
        if (space)
            tally_buf_addc(b, ' ');
        space = 0;
        tally_buf_addc(b, s[i]);
    }
}

/* Cuts a " | Site name" or " - Site name" tail from a <title> when it names the site. */
static void cut_site(tally_buf *b, const char *site)
{
    static const char *const seps[] = {" | ", " - ", " \xE2\x80\x93 ", " \xE2\x80\x94 ", " :: ", " \xC2\xB7 "};
    if (!site || !*site || !b->len)
        return;
    for (size_t k = 0; k < sizeof seps / sizeof *seps; k++) {
        const char *p = NULL, *q = b->s;
        while ((q = strstr(q, seps[k])))
            p = q++;
        if (p && p > b->s && tally_iprefix(p + strlen(seps[k]), strlen(p + strlen(seps[k])), site)) {
            b->len = (size_t)(p - b->s);
            b->s[b->len] = 0;
            return;
        }
    }
}

static void set_title(const htree *t, const meta *m, tally_html_page *p)
{
    tally_buf h1 = {0};
    if (m->h1)
        node_text(t, m->h1, &h1);
    if (m->og_title && *m->og_title) {
        add_trimmed(&p->title, m->og_title);
    } else if (m->title_el) {
        node_text(t, m->title_el, &p->title);
        if (h1.len && p->title.len > h1.len && tally_iprefix(p->title.s, p->title.len, h1.s)) {
            p->title.len = h1.len;
            p->title.s[h1.len] = 0;
        }
        cut_site(&p->title, m->site);
    }
    if (!p->title.len && h1.len)
        tally_buf_add(&p->title, h1.s, h1.len);
    if (h1.err)
        p->title.err = h1.err;
    tally_buf_free(&h1);
}

static void read_meta(const htree *t, uint32_t root, tally_html_page *p)
{
    meta m = {.pub_rank = 99, .h1_rank = 9};
    for (uint32_t i = 0; i < t->count; i++)
        meta_node(&m, p, &t->n[i], i >= root && i < t->n[root].end);
    set_title(t, &m, p);
    const char *url = m.canonical && *m.canonical ? m.canonical : m.og_url;
    if (url)
        add_trimmed(&p->url, url);
    if (m.site)
        add_trimmed(&p->outlet, m.site);
}

/* MARK: boilerplate blocks */

/* What a block's words make of it. */
enum { B_KEEP, B_DROP, B_LIST, B_STOP };

typedef struct label {
    const char *words; /* the block starts with these (ASCII case ignored), then not a letter, - or ' */
    unsigned short max; /* only blocks up to this many bytes */
    unsigned char what; /* B_DROP, B_LIST (drop the link list that follows too), B_STOP (drop the rest) */
    unsigned char stamp; /* 1: only when a time stamp follows (":", a digit, "on", "at", "by", a month) */
} label;

static const label labels[] = {
    {"related", 30, B_LIST, 0}, {"related:", 200, B_LIST, 0}, {"more stories", 60, B_LIST, 0},
    {"more from", 40, B_LIST, 0}, {"more on this", 60, B_LIST, 0}, {"more news", 40, B_LIST, 0},
    {"read more", 200, B_LIST, 0}, {"read also", 200, B_LIST, 0}, {"also read", 200, B_LIST, 0},
    {"see also", 200, B_LIST, 0}, {"recommended", 25, B_LIST, 0}, {"you may also like", 60, B_LIST, 0},
    {"you might also like", 60, B_LIST, 0}, {"you may like", 60, B_LIST, 0}, {"most read", 60, B_LIST, 0},
    {"most popular", 60, B_LIST, 0}, {"most viewed", 60, B_LIST, 0}, {"popular stories", 60, B_LIST, 0},
    {"trending", 40, B_LIST, 0}, {"top stories", 60, B_LIST, 0}, {"latest news", 60, B_LIST, 0},
    {"latest stories", 60, B_LIST, 0}, {"further reading", 60, B_LIST, 0}, {"editor's picks", 60, B_LIST, 0},
    {"editors' picks", 60, B_LIST, 0}, {"recent posts", 40, B_LIST, 0},
    {"leave a comment", 80, B_STOP, 0}, {"leave a reply", 80, B_STOP, 0}, {"post a comment", 80, B_STOP, 0},
    {"add a comment", 80, B_STOP, 0}, {"comments", 20, B_STOP, 0}, {"join the discussion", 80, B_STOP, 0},
    {"show comments", 40, B_STOP, 0}, {"view comments", 40, B_STOP, 0},
    {"advertisement", 20, B_DROP, 0}, {"advertising", 20, B_DROP, 0}, {"sponsored", 40, B_DROP, 0},
    {"share this", 120, B_DROP, 0}, {"share on", 80, B_DROP, 0}, {"share", 12, B_DROP, 0},
    {"tweet", 10, B_DROP, 0}, {"email", 10, B_DROP, 0}, {"print", 10, B_DROP, 0}, {"facebook", 12, B_DROP, 0},
    {"twitter", 12, B_DROP, 0}, {"pinterest", 12, B_DROP, 0}, {"whatsapp", 12, B_DROP, 0},
    {"linkedin", 12, B_DROP, 0}, {"reddit", 10, B_DROP, 0}, {"google", 10, B_DROP, 0}, {"more", 8, B_DROP, 0},
    {"sign up", 200, B_DROP, 0}, {"subscribe", 200, B_DROP, 0}, {"newsletter", 200, B_DROP, 0},
    {"follow us", 200, B_DROP, 0}, {"follow", 120, B_DROP, 0}, {"join the conversation", 200, B_DROP, 0},
    {"we use cookies", 400, B_DROP, 0}, {"this site uses cookies", 400, B_DROP, 0},
    {"this website uses cookies", 400, B_DROP, 0}, {"by continuing to", 300, B_DROP, 0},
    {"by using this", 300, B_DROP, 0}, {"accept cookies", 100, B_DROP, 0}, {"cookies", 300, B_DROP, 0},
    {"cookie policy", 300, B_DROP, 0}, {"cookie settings", 300, B_DROP, 0}, {"copyright", 300, B_DROP, 0},
    {"\xC2\xA9", 300, B_DROP, 0}, {"(\xC2\xA9", 300, B_DROP, 0}, {"please enable javascript", 200, B_DROP, 0},
    {"javascript is", 200, B_DROP, 0}, {"click here", 150, B_DROP, 0}, {"read or share this story", 200, B_DROP, 0},
    {"scroll down for video", 60, B_DROP, 0}, {"hide transcript", 60, B_DROP, 0},
    {"show transcript", 60, B_DROP, 0}, {"copy link", 40, B_DROP, 0}, {"like this:", 60, B_DROP, 0},
    {"loading...", 20, B_DROP, 0}, {"skip to", 60, B_DROP, 0}, {"watch this story", 60, B_DROP, 0},
    {"watch video", 60, B_DROP, 0}, {"video:", 120, B_DROP, 0}, {"photo:", 200, B_DROP, 0},
    {"photos:", 200, B_DROP, 0}, {"image:", 200, B_DROP, 0}, {"file photo", 200, B_DROP, 0},
    {"getty images", 80, B_DROP, 0}, {"edited by", 200, B_DROP, 0}, {"editing by", 200, B_DROP, 0},
    {"(editing by", 200, B_DROP, 0}, {"(reporting by", 300, B_DROP, 0}, {"writing by", 200, B_DROP, 0},
    {"this material may not be", 200, B_DROP, 0}, {"all rights reserved", 200, B_DROP, 0},
    {"updated", 80, B_DROP, 1}, {"last updated", 80, B_DROP, 1}, {"published", 80, B_DROP, 1},
    {"first published", 80, B_DROP, 1}, {"posted", 80, B_DROP, 1},
};

/* After a "Posted"/"Updated" label: is s[0..n) a time stamp (":", a digit, "on", "at", "by", a month)? */
static int stamp_follows(const char *s, size_t n)
{
    static const char *const words[] = {"on ", "at ", "by ", "jan", "feb", "mar", "apr", "may", "jun",
                                        "jul", "aug", "sep", "oct", "nov", "dec"};
    size_t i = 0;
    while (i < n && s[i] == ' ')
        i++;
    if (i < n && (s[i] == ':' || tally_is_digit((unsigned char)s[i])))
        return 1;
    for (size_t k = 0; k < sizeof words / sizeof *words; k++)
        if (tally_iprefix(s + i, n - i, words[k]))
            return 1;
    return 0;
}

/* Does the block s[0..n) start with the label, followed by a non-letter? */
static int starts_with_words(const char *s, size_t n, const char *w)
{
    size_t k = strlen(w);
    if (!tally_iprefix(s, n, w))
        return 0;
    return k == n || !tally_is_alpha((unsigned char)w[k - 1]) ||
           !(tally_is_alpha((unsigned char)s[k]) || s[k] == '-' || s[k] == '\'');
}

static int judge_words(const char *s, size_t n)
{
    for (size_t k = 0; k < sizeof labels / sizeof *labels; k++) {
        const label *l = &labels[k];
        size_t w = strlen(l->words);
        if (n <= l->max && starts_with_words(s, n, l->words) && (!l->stamp || stamp_follows(s + w, n - w)))
            return l->what;
    }
    if (n <= 300) {
        for (size_t i = 0; i + 19 <= n; i++)
            if (tally_iprefix(s + i, n - i, "all rights reserved"))
                return B_DROP;
    }
    return B_KEEP;
}

/* MARK: the text */

enum { NSEEN = 512 }; /* repeated blocks are looked for among the last NSEEN */

typedef struct emit {
    tally_buf *out;
    size_t block;    /* where the current block starts in out (before its "\n\n") */
    size_t text0;    /* where its text starts */
    size_t links;    /* visible bytes of link text in it */
    size_t chars;    /* visible bytes in it */
    int open;        /* a block has text */
    int brk;         /* <br> seen: 1 = a line break before the next text */
    int space;       /* whitespace seen: a space before the next text */
    int cell;        /* a table cell began: " | " before the next text */
    int skip_list;   /* after "Related stories": link-heavy blocks that follow go too */
    int stop;        /* after "Leave a comment": nothing more */
    const char *title; /* the title paragraph (a block equal to it is dropped), or NULL */
    uint64_t seen[NSEEN];
    size_t nseen;
} emit;

static int link_heavy(const emit *e, int percent)
{
    return e->links * 100 >= e->chars * (size_t)percent;
}

static int repeated(emit *e, const char *s, size_t n)
{
    if (n < 40)
        return 0;
    uint64_t h = XXH64(s, n, 0);
    size_t k = e->nseen < NSEEN ? e->nseen : NSEEN;
    for (size_t i = 0; i < k; i++)
        if (e->seen[i] == h)
            return 1;
    e->seen[e->nseen++ % NSEEN] = h;
    return 0;
}

static int keep_block(emit *e, const char *s, size_t n)
{
    if (e->stop)
        return 0;
    if (e->title && n == strlen(e->title) && tally_iprefix(s, n, e->title))
        return 0;
    int what = judge_words(s, n);
    if (what == B_STOP && !link_heavy(e, 50) && e->text0 >= 200)
        e->stop = 1;
    if (what == B_LIST)
        e->skip_list = 1;
    if (what != B_KEEP)
        return 0;
    if (link_heavy(e, e->skip_list ? 50 : 80) && n < 300)
        return 0;
    e->skip_list = 0;
    return !repeated(e, s, n);
}

/* Ends the current block: keeps it, or cuts it off the output when it is boilerplate. */
static void boundary(emit *e)
{
    if (e->open && !keep_block(e, e->out->s + e->text0, e->out->len - e->text0) && !e->out->err) {
        e->out->len = e->block;
        if (e->out->s)
            e->out->s[e->block] = 0;
    }
    e->open = e->brk = e->space = e->cell = 0;
    e->links = e->chars = 0;
}

/* Before the first byte of visible text: the block separator, a line break, " | " or a space. */
static void before_text(emit *e)
{
    if (!e->open) {
        e->block = e->out->len;
        if (e->out->len)
            tally_buf_add(e->out, "\n\n", 2);
        e->text0 = e->out->len;
        e->open = 1;
    } else if (e->brk) {
        tally_buf_addc(e->out, '\n');
    } else if (e->cell) {
        tally_buf_add(e->out, " | ", 3);
    } else if (e->space) {
        tally_buf_addc(e->out, ' ');
    }
    e->brk = e->space = e->cell = 0;
}

/* Width of an invisible or space-like character at s: NBSP and thin spaces count as space (1 is
 * returned with *sp set), soft hyphen, zero-width space and BOM vanish (*sp = 0). */
static size_t invisible(const char *s, int *sp)
{
    const unsigned char *u = (const unsigned char *)s;
    *sp = 1;
    if (tally_is_ascii_space(u[0]))
        return 1;
    if (u[0] == 0xC2 && u[1] == 0xA0)
        return 2;
    *sp = 0;
    if (u[0] == 0xC2 && u[1] == 0xAD)
        return 2;
    if (u[0] == 0xE2 && u[1] == 0x80 && (u[2] == 0x8B || u[2] == 0x8C || u[2] == 0x8D))
        return 3;
    if (u[0] == 0xEF && u[1] == 0xBB && u[2] == 0xBF)
        return 3;
    return 0;
}

/* Emits a text node: runs of visible bytes copied whole, space collapsed. */
static void emit_text(emit *e, const char *s, int link)
{
    while (*s) {
        int sp;
        size_t w = invisible(s, &sp);
        if (w) {
            e->space |= sp;
            s += w;
            continue;
        }
        size_t run = 1;
        while (s[run] && (unsigned char)s[run] != 0xC2 && (unsigned char)s[run] != 0xE2 &&
               (unsigned char)s[run] != 0xEF && !tally_is_ascii_space((unsigned char)s[run]))
            run++;
        before_text(e);
        tally_buf_add(e->out, s, run);
        e->chars += run;
        if (link)
            e->links += run;
        s += run;
    }
}

static int inline_tag(GumboTag t)
{
    switch (t) {
    case GUMBO_TAG_A: case GUMBO_TAG_ABBR: case GUMBO_TAG_B: case GUMBO_TAG_BDI: case GUMBO_TAG_BDO:
    case GUMBO_TAG_CITE: case GUMBO_TAG_CODE: case GUMBO_TAG_DATA: case GUMBO_TAG_DFN: case GUMBO_TAG_EM:
    case GUMBO_TAG_FONT: case GUMBO_TAG_I: case GUMBO_TAG_KBD: case GUMBO_TAG_MARK: case GUMBO_TAG_Q:
    case GUMBO_TAG_S: case GUMBO_TAG_SAMP: case GUMBO_TAG_SMALL: case GUMBO_TAG_SPAN: case GUMBO_TAG_STRONG:
    case GUMBO_TAG_SUB: case GUMBO_TAG_SUP: case GUMBO_TAG_TIME: case GUMBO_TAG_TT: case GUMBO_TAG_U:
    case GUMBO_TAG_VAR: case GUMBO_TAG_BIG: case GUMBO_TAG_STRIKE: case GUMBO_TAG_DEL: case GUMBO_TAG_INS:
    case GUMBO_TAG_NOBR: case GUMBO_TAG_WBR: case GUMBO_TAG_ACRONYM: case GUMBO_TAG_IMG: case GUMBO_TAG_IMAGE:
    case GUMBO_TAG_UNKNOWN: case GUMBO_TAG_BLINK: case GUMBO_TAG_RUBY: case GUMBO_TAG_RT: case GUMBO_TAG_RB:
    case GUMBO_TAG_RTC: case GUMBO_TAG_BASEFONT: case GUMBO_TAG_SPACER: case GUMBO_TAG_MARQUEE:
        return 1;
    default:
        return 0;
    }
}

/* An element opens or closes: block elements end the block, <br> breaks the line (two end the block),
 * a table cell puts " | " between cells of one row. */
static void element_edge(emit *e, GumboTag t, int opening)
{
    if (t == GUMBO_TAG_BR) {
        if (!opening)
            return;
        if (e->brk)
            boundary(e);
        else if (e->open)
            e->brk = 1;
    } else if (t == GUMBO_TAG_TD || t == GUMBO_TAG_TH) {
        if (opening && e->open)
            e->cell = 1;
    } else if (!inline_tag(t)) {
        boundary(e);
    }
}

/* Walks the subtree of root in pre-order; a stack of open elements gives the closing edges. Nodes with a
 * flag in skip (and their subtrees) are left out. */
static int walk(const htree *t, uint32_t root, uint32_t skip, emit *e)
{
    uint32_t *stack = malloc((t->count + 1) * sizeof *stack);
    if (!stack)
        return TALLY_ENOMEM;
    size_t depth = 0;
    for (uint32_t i = root; i < t->n[root].end;) {
        while (depth && t->n[stack[depth - 1]].end <= i)
            element_edge(e, tag_of(t->n[stack[--depth]].g), 0);
        const hnode *h = &t->n[i];
        if ((h->flags & skip) && i != root) {
            i = h->end;
            continue;
        }
        if (h->g->type == GUMBO_NODE_ELEMENT) {
            element_edge(e, h->g->v.element.tag, 1);
            stack[depth++] = i;
        } else if (h->g->type == GUMBO_NODE_TEXT || h->g->type == GUMBO_NODE_CDATA ||
                   h->g->type == GUMBO_NODE_WHITESPACE) {
            emit_text(e, h->g->v.text.text, (h->flags & F_LINK) != 0);
        }
        i++;
    }
    while (depth)
        element_edge(e, tag_of(t->n[stack[--depth]].g), 0);
    boundary(e);
    free(stack);
    return e->out->err;
}

/* The title paragraph, then the root's blocks; when nothing survives, again with fewer blocks dropped
 * (boilerplate classes kept, then everything but scripts and styles, from the whole document). */
static int write_text(const htree *t, uint32_t root, tally_html_page *p)
{
    static const uint32_t skips[] = {F_DROP | F_JUNK, F_DROP, F_STRIP};
    int rc = TALLY_OK;
    for (size_t k = 0; rc == TALLY_OK && k < sizeof skips / sizeof *skips; k++) {
        emit *e = calloc(1, sizeof *e);
        if (!e)
            return TALLY_ENOMEM;
        e->out = &p->text;
        tally_buf_reset(&p->text);
        if (p->title.len) {
            tally_buf_add(&p->text, p->title.s, p->title.len);
            e->title = p->title.s;
        }
        rc = walk(t, k == 0 ? root : 0, skips[k], e);
        free(e);
        if (p->text.len > p->title.len)
            break;
    }
    return rc;
}

/* MARK: entry points */

void tally_html_page_free(tally_html_page *page)
{
    if (!page)
        return;
    tally_buf_free(&page->text);
    tally_buf_free(&page->title);
    tally_buf_free(&page->url);
    tally_buf_free(&page->outlet);
}

static int page_err(const tally_html_page *p)
{
    return p->text.err | p->title.err | p->url.err | p->outlet.err ? TALLY_ENOMEM : TALLY_OK;
}

int tally_html_extract(const char *s, size_t len, int latin1, tally_html_page *page)
{
    if (too_deep(s, len))
        return TALLY_EINPUT;
    tally_buf clean = {0};
    if (!tally_utf8_check(s, len, NULL)) {
        repair_utf8(&clean, s, len, latin1);
        if (clean.err) {
            tally_buf_free(&clean);
            return TALLY_ENOMEM;
        }
        s = clean.s ? clean.s : "";
        len = clean.len;
    }
    GumboOptions opt = kGumboDefaultOptions;
    opt.max_errors = 0; /* errors are not used; recording them costs memory on junk pages */
    GumboOutput *out = gumbo_parse_with_options(&opt, s, len);
    htree t = {0};
    int rc = out ? build_tree(&t, out->document) : TALLY_ENOMEM, built = rc == TALLY_OK;
    if (built) {
        score_tree(&t);
        uint32_t root = choose_root(&t);
        read_meta(&t, root, page);
        rc = write_text(&t, root, page);
        flatten(&t); /* only a complete copy may stand in for the tree: else nodes would leak */
    }
    if (out)
        gumbo_destroy_output(&opt, out);
    free(t.n);
    tally_buf_free(&clean);
    return rc ? rc : page_err(page);
}

static const char *or_null(const tally_buf *b)
{
    return b->len ? b->s : NULL;
}

int tally_read_html(tally_ctx *ctx, const char *name, const char *s, size_t len, const char *published,
                    tally_article_fn fn, void *arg)
{
    int kind = tally_html_sniff(s, len);
    if (kind == TALLY_HTML_EMPTY)
        return tally_fail(ctx, TALLY_EINPUT, "%s: empty file", name);
    if (kind == TALLY_HTML_BINARY)
        return tally_fail(ctx, TALLY_EINPUT, "%s: not an HTML document", name);
    if (len > TALLY_HTML_MAX)
        return tally_fail(ctx, TALLY_EINPUT, "%s: HTML page larger than %d MiB", name, TALLY_HTML_MAX >> 20);
    tally_html_page p = {0};
    int rc = tally_html_extract(s, len, 0, &p);
    if (rc == TALLY_OK) {
        tally_article a = {.id = p.url.len ? p.url.s : name, .url = or_null(&p.url), .outlet = or_null(&p.outlet),
                           .published = p.published[0] ? p.published : published, .title = or_null(&p.title),
                           .text = p.text.len ? p.text.s : "", .text_len = p.text.len};
        tally_srcpos pos = {.name = name, .line = 1, .offset = 0};
        rc = fn(arg, &a, &pos);
        rc = rc == TALLY_DONE ? TALLY_OK : rc;
    } else if (rc == TALLY_EINPUT) {
        rc = tally_fail(ctx, rc, "%s: elements nested too deeply (over %d levels, or too costly to parse)", name,
                        MAX_DEPTH);
    } else {
        rc = tally_fail(ctx, rc, "%s: out of memory", name);
    }
    tally_html_page_free(&p);
    return rc;
}
