/* store.c — SQLite persistence.
 *
 * One file, WAL journal, foreign keys on. The schema is versioned with PRAGMA user_version and migrated
 * step by step on open; PRAGMA application_id marks the file as tally's, so another program's database is
 * refused rather than written into. Articles are keyed by a 128-bit content hash (XXH3) of their text:
 * re-ingesting the same text changes nothing. Writes happen inside caller-held transactions (one per input
 * file in the CLI), so a failure leaves the database as it was. */
#include "ctx.h"
#include "doc.h"
#include "orgkey.h"
#include "store_internal.h"
#include <ctype.h>
#include <math.h>
#include <jansson.h>
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <xxhash.h>

#define TALLY_APP_ID 0x54414C59 /* "TALY" */

struct tally_store {
    tally_ctx *ctx;
    sqlite3 *db;
    char *path;
    int64_t last_article; /* row id stored by the last tally_store_add, 0 when none */
    /* Statements kept prepared, by the address of their SQL text: preparing them again for every row was
     * most of the time an ingest of short articles spent in SQLite (20,000 synthetic articles: 22.0 s of
     * CPU before, see README). */
    struct {
        const char *sql;
        sqlite3_stmt *q;
    } kept[24];
    size_t nkept;
};

/* Each entry moves the schema from version i to i + 1. */
static const char *const migrations[] = {
    "CREATE TABLE articles(id INTEGER PRIMARY KEY, doc TEXT NOT NULL, hash TEXT NOT NULL UNIQUE, url TEXT,"
    " outlet TEXT, published TEXT, title TEXT, text TEXT NOT NULL, ingested TEXT NOT NULL DEFAULT (datetime('now')),"
    " event INTEGER, duplicate_of INTEGER, features BLOB);"
    "CREATE INDEX articles_doc ON articles(doc);"
    "CREATE TABLE entities(id INTEGER PRIMARY KEY, name TEXT NOT NULL, key TEXT NOT NULL UNIQUE, kind TEXT);"
    "CREATE TABLE aliases(entity INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,"
    " alias TEXT NOT NULL, article INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,"
    " start INTEGER, end INTEGER);"
    "CREATE INDEX aliases_entity ON aliases(entity);"
    "CREATE TABLE claims(id INTEGER PRIMARY KEY, article INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,"
    " start INTEGER NOT NULL, end INTEGER NOT NULL, span TEXT, low REAL, high REAL, bound TEXT NOT NULL,"
    " unit TEXT, what TEXT NOT NULL, who TEXT, place TEXT, source INTEGER REFERENCES entities(id),"
    " source_name TEXT, source_start INTEGER, source_end INTEGER, speaker TEXT, via TEXT, said TEXT,"
    " period TEXT, rule TEXT, share REAL);"
    "CREATE INDEX claims_article ON claims(article);"
    "CREATE TABLE evidence(claim INTEGER NOT NULL REFERENCES claims(id) ON DELETE CASCADE,"
    " article INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE, start INTEGER NOT NULL, end INTEGER NOT NULL);"
    "CREATE INDEX evidence_claim ON evidence(claim);"
    "CREATE TABLE dups(a INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,"
    " b INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE, similarity REAL NOT NULL);",
    /* 2: evidence in a JSON Lines title (a headline read apart from the text): 1 = its offsets are the title's */
    "ALTER TABLE evidence ADD COLUMN in_title INTEGER NOT NULL DEFAULT 0;",
    /* 3: a part of a larger figure ("500 officers" of "12 000 soldiers"); whole_* its whole's span, if stated */
    ("ALTER TABLE claims ADD COLUMN part INTEGER NOT NULL DEFAULT 0;"
     "ALTER TABLE claims ADD COLUMN whole_start INTEGER; ALTER TABLE claims ADD COLUMN whole_end INTEGER;"),
    /* 4: the parts a total's article tells apart, JSON [{"start","end","low","high","what"}…]; NULL when none */
    "ALTER TABLE claims ADD COLUMN parts TEXT;",
    /* 5: an acronym is looked up by its alias for every article that writes it: without this index each
     * lookup read every alias row, a cost that grew with the store */
    "CREATE INDEX aliases_alias ON aliases(alias);",
    /* 6: a name's first and last key words, so that a surname alone finds its person through an index (rows
     * stored before keep NULL there: their surnames are matched from the next name on) */
    ("ALTER TABLE entities ADD COLUMN first TEXT; ALTER TABLE entities ADD COLUMN last TEXT;"
     "CREATE INDEX entities_first ON entities(first); CREATE INDEX entities_last ON entities(last);"),
};
enum { SCHEMA_VERSION = sizeof migrations / sizeof *migrations };

static int db_fail(tally_store *st, const char *what)
{
    return tally_fail(st->ctx, TALLY_EDB, "%s: %s: %s", st->path, what, sqlite3_errmsg(st->db));
}

static int exec(tally_store *st, const char *sql)
{
    char *err = NULL;
    if (sqlite3_exec(st->db, sql, NULL, NULL, &err) != SQLITE_OK) {
        int rc = tally_fail(st->ctx, TALLY_EDB, "%s: %s", st->path, err ? err : sqlite3_errmsg(st->db));
        sqlite3_free(err);
        return rc;
    }
    return TALLY_OK;
}

static int pragma_int(tally_store *st, const char *sql, int *out)
{
    sqlite3_stmt *q;
    if (sqlite3_prepare_v2(st->db, sql, -1, &q, NULL) != SQLITE_OK)
        return db_fail(st, "not a tally database");
    int rc = sqlite3_step(q);
    *out = rc == SQLITE_ROW ? sqlite3_column_int(q, 0) : 0;
    sqlite3_finalize(q);
    return rc == SQLITE_ROW || rc == SQLITE_DONE ? TALLY_OK : db_fail(st, "not a tally database");
}

/* Checks the file is ours (or empty) and brings its schema up to date. */
static int migrate(tally_store *st)
{
    int version, app, tables;
    int rc = pragma_int(st, "PRAGMA user_version", &version);
    if (rc == TALLY_OK)
        rc = pragma_int(st, "PRAGMA application_id", &app);
    if (rc == TALLY_OK)
        rc = pragma_int(st, "SELECT count(*) FROM sqlite_master", &tables);
    if (rc != TALLY_OK)
        return rc;
    if (app != TALLY_APP_ID && tables > 0)
        return tally_fail(st->ctx, TALLY_EDB, "%s: not a tally database (it holds other tables)", st->path);
    if (version > SCHEMA_VERSION)
        return tally_fail(st->ctx, TALLY_EDB, "%s: made by a newer tally (schema %d, this one knows %d)", st->path,
                          version, SCHEMA_VERSION);
    if (version == SCHEMA_VERSION)
        return TALLY_OK;
    rc = exec(st, "BEGIN IMMEDIATE");
    for (int v = version; rc == TALLY_OK && v < SCHEMA_VERSION; v++)
        rc = exec(st, migrations[v]);
    if (rc == TALLY_OK) {
        char sql[96];
        snprintf(sql, sizeof sql, "PRAGMA user_version = %d; PRAGMA application_id = %d", SCHEMA_VERSION, TALLY_APP_ID);
        rc = exec(st, sql);
    }
    if (rc == TALLY_OK)
        rc = exec(st, "COMMIT");
    else
        sqlite3_exec(st->db, "ROLLBACK", NULL, NULL, NULL);
    return rc;
}

int tally_store_open(tally_ctx *ctx, const char *path, tally_store **out)
{
    *out = NULL;
    tally_store *st = calloc(1, sizeof *st);
    if (!st || !(st->path = strdup(path))) {
        free(st);
        return tally_fail(ctx, TALLY_ENOMEM, "out of memory");
    }
    st->ctx = ctx;
    int rc = TALLY_OK;
    if (sqlite3_open_v2(path, &st->db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, NULL) != SQLITE_OK)
        rc = st->db ? db_fail(st, "cannot open") : tally_fail(ctx, TALLY_ENOMEM, "out of memory");
    if (rc == TALLY_OK) {
        sqlite3_busy_timeout(st->db, 3000);
        sqlite3_extended_result_codes(st->db, 1);
        rc = migrate(st);
    }
    if (rc == TALLY_OK) /* a 64 MiB page cache: with the default 2 MiB, ingest re-reads a large store's index pages */
        rc = exec(st, "PRAGMA foreign_keys = ON; PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA cache_size = -65536");
    if (rc != TALLY_OK) {
        tally_store_close(st);
        return rc;
    }
    *out = st;
    return TALLY_OK;
}

void tally_store_close(tally_store *st)
{
    if (!st)
        return;
    for (size_t i = 0; i < st->nkept; i++)
        sqlite3_finalize(st->kept[i].q);
    sqlite3_close(st->db);
    free(st->path);
    free(st);
}

int tally_store_begin(tally_store *st) { return exec(st, "BEGIN IMMEDIATE"); }
int tally_store_commit(tally_store *st) { return exec(st, "COMMIT"); }
void tally_store_rollback(tally_store *st) { sqlite3_exec(st->db, "ROLLBACK", NULL, NULL, NULL); }

/* ---- writing ------------------------------------------------------------------------------------- */

static void bind_text(sqlite3_stmt *q, int i, const char *s)
{
    if (s)
        sqlite3_bind_text(q, i, s, -1, SQLITE_TRANSIENT);
    else
        sqlite3_bind_null(q, i);
}

static void bind_num(sqlite3_stmt *q, int i, double v)
{
    if (isnan(v))
        sqlite3_bind_null(q, i);
    else
        sqlite3_bind_double(q, i, v);
}

/* The statement for sql: the one kept from an earlier call when it is idle, else a new one, kept when there
 * is room. A statement still stepping (a caller's loop reached this one again) is never handed out twice. */
static int prepare(tally_store *st, const char *sql, sqlite3_stmt **q)
{
    size_t i = 0;
    for (; i < st->nkept && st->kept[i].sql != sql; i++)
        ;
    if (i < st->nkept && !sqlite3_stmt_busy(st->kept[i].q)) {
        *q = st->kept[i].q;
        return TALLY_OK;
    }
    bool keep = i == st->nkept && st->nkept < sizeof st->kept / sizeof *st->kept;
    if (sqlite3_prepare_v3(st->db, sql, -1, keep ? SQLITE_PREPARE_PERSISTENT : 0, q, NULL) != SQLITE_OK)
        return db_fail(st, "prepare");
    if (keep)
        st->kept[st->nkept].sql = sql, st->kept[st->nkept++].q = *q;
    return TALLY_OK;
}

/* Done with q: a kept statement is reset for its next use, any other finalized. */
static void release(tally_store *st, sqlite3_stmt *q)
{
    for (size_t i = 0; i < st->nkept; i++)
        if (st->kept[i].q == q) {
            sqlite3_reset(q);
            sqlite3_clear_bindings(q);
            return;
        }
    sqlite3_finalize(q);
}

/* Runs a prepared statement to completion and releases it. */
static int step_done(tally_store *st, sqlite3_stmt *q, const char *what)
{
    int step = sqlite3_step(q);
    int rc = step == SQLITE_DONE || step == SQLITE_ROW ? TALLY_OK : db_fail(st, what);
    release(st, q);
    return rc;
}

static void content_hash(const tally_article *a, char hex[33])
{
    XXH128_hash_t h = XXH3_128bits(a->text, a->text_len);
    snprintf(hex, 33, "%016llx%016llx", (unsigned long long)h.high64, (unsigned long long)h.low64);
}

/* The id in the first row of sql run with ?1 = a and ?2 = b (when given) into *id, left 0 when none. */
static int first_id(tally_store *st, const char *sql, const char *a, const char *b, sqlite3_int64 *id)
{
    sqlite3_stmt *q;
    int rc = prepare(st, sql, &q);
    if (rc != TALLY_OK)
        return rc;
    bind_text(q, 1, a);
    if (b)
        bind_text(q, 2, b);
    if (sqlite3_step(q) == SQLITE_ROW)
        *id = sqlite3_column_int64(q, 0);
    release(st, q);
    return TALLY_OK;
}

/* "desc:South Korea:intelligence" (South Korea's spy agency): the organisation whose name holds the keyword
 * and one of whose aliases names the country ("National Intelligence Service of South Korea"). */
static int described_entity(tally_store *st, const char *name, sqlite3_int64 *id)
{
    char country[96], key[32];
    *id = 0;
    if (sscanf(name, "desc:%95[^:]:%31s", country, key) != 2)
        return TALLY_OK;
    return first_id(st,
                    "SELECT e.id FROM entities e JOIN aliases a ON a.entity = e.id WHERE e.kind = 'organization'"
                    " AND e.name NOT LIKE 'desc:%' AND instr(lower(e.name), ?2) > 0 AND instr(a.alias, ?1) > 0"
                    " LIMIT 1",
                    country, key, id);
}

/* An acronym alone ("NIS") is the entity an earlier article spelt out with it. */
static int acronym_entity(tally_store *st, const char *name, sqlite3_int64 *id)
{
    size_t n = strlen(name);
    bool acronym = n >= 2 && n <= 8;
    for (size_t i = 0; i < n && acronym; i++)
        acronym = name[i] >= 'A' && name[i] <= 'Z';
    *id = 0;
    if (!acronym)
        return TALLY_OK;
    return first_id(st, "SELECT a.entity FROM aliases a JOIN entities e ON e.id = a.entity"
                        " WHERE a.alias = ?1 AND e.name <> ?1 LIMIT 1",
                    name, NULL, id);
}

/* A surname alone ("Zelenskyy", "Mr. Shoygu") is the one person stored whose name ends with it, spelt alike
 * (key); none when two people could be meant, or a name begins with it ("Kim" of "Kim Jong Un"). */
static int surname_entity(tally_store *st, const char *name, const char *kind, const char *key, sqlite3_int64 *id)
{
    *id = 0;
    if (strchr(name, ' ') || strchr(key, ' ') || !key[0] || (kind && strcmp(kind, "person") != 0))
        return TALLY_OK;
    sqlite3_stmt *q;
    int rc = prepare(st, "SELECT id, last = ?1 FROM entities WHERE kind = 'person' AND (last = ?1 OR first = ?1) LIMIT 2",
                     &q);
    if (rc != TALLY_OK)
        return rc;
    bind_text(q, 1, key);
    sqlite3_int64 found = 0;
    int rows = 0, ends = 0;
    while (sqlite3_step(q) == SQLITE_ROW) {
        rows++;
        found = sqlite3_column_int64(q, 0);
        ends = sqlite3_column_int(q, 1);
    }
    release(st, q);
    if (rows == 1 && ends)
        *id = found;
    return TALLY_OK;
}

/* An organisation's description without its head noun ("Ukraine's military intelligence") is the entity named
 * with it before ("Ukraine's military intelligence agency (HUR)"). */
static int headless_entity(tally_store *st, const char *name, const char *kind, const char *key, sqlite3_int64 *id)
{
    *id = 0;
    if ((kind && strcmp(kind, "organization") != 0) || !strchr(name, ' '))
        return TALLY_OK;
    /* a spelling of its own stored is that entity's */
    return first_id(st, "SELECT entity FROM aliases WHERE alias IN (?1 || ' agency', ?1 || ' service', ?1 || "
                        "' directorate') AND NOT EXISTS (SELECT 1 FROM entities WHERE key = ?2) LIMIT 1",
                    name, key, id);
}

/* A key's first and last words into columns col and col + 1 (for surname_entity); left NULL for one word. */
static void bind_key_words(sqlite3_stmt *q, int col, const char *key)
{
    const char *sp = strchr(key, ' '), *last = strrchr(key, ' ');
    if (!sp)
        return;
    sqlite3_bind_text(q, col, key, (int)(sp - key), SQLITE_TRANSIENT);
    bind_text(q, col + 1, last + 1);
}

/* A person's full name met after their surname alone was stored ("Zelenskyy" first, "Volodymyr Zelenskyy"
 * later): the surname's row becomes the full name's, when no other stored person has that surname and the full
 * name has no row of its own. */
static int name_surname_row(tally_store *st, const char *kind, const char *key, sqlite3_int64 *id)
{
    const char *last = strrchr(key, ' ');
    *id = 0;
    if (!last || !last[1] || !kind || strcmp(kind, "person") != 0)
        return TALLY_OK;
    int rc = first_id(st, "SELECT id FROM entities WHERE key = ?1 AND (kind IS NULL OR kind = 'person') AND NOT EXISTS"
                          " (SELECT 1 FROM entities WHERE key = ?2 OR (kind = 'person' AND (last = ?1 OR first = ?1)))",
                      last + 1, key, id);
    if (rc != TALLY_OK || !*id)
        return rc;
    sqlite3_stmt *q;
    if ((rc = prepare(st, "UPDATE entities SET key = ?2, kind = 'person', first = ?3, last = ?4 WHERE id = ?1", &q)) !=
        TALLY_OK)
        return rc;
    sqlite3_bind_int64(q, 1, *id);
    bind_text(q, 2, key);
    bind_key_words(q, 3, key);
    return step_done(st, q, "entity");
}

/* A body described by its place in any of three orders ("Gaza's health ministry", "the health ministry in
 * Gaza", "the Gaza health ministry") written one way, "Gaza health ministry", into out; else name as it is.
 * The description is the lower-case words; the place capitalised words (one to three). */
static const char *place_first(const char *name, char *out, size_t cap)
{
    const char *in = strstr(name, " in "), *sp = strchr(name, ' ');
    size_t n = strlen(name);
    if (!sp || n + 2 > cap)
        return name;
    if (in && in > name && !isupper((unsigned char)name[0]) && isupper((unsigned char)in[4])) {
        snprintf(out, cap, "%s %.*s", in + 4, (int)(in - name), name); /* "health ministry in Gaza" */
        return out;
    }
    size_t w = (size_t)(sp - name), apos = 0;
    if (w > 2 && name[w - 2] == '\'' && name[w - 1] == 's')
        apos = 2;
    else if (w > 4 && memcmp(name + w - 4, "\xe2\x80\x99s", 4) == 0)
        apos = 4; /* ’s */
    if (apos && isupper((unsigned char)name[0]) && islower((unsigned char)sp[1])) {
        snprintf(out, cap, "%.*s%s", (int)(w - apos), name, sp); /* "Gaza's health ministry" */
        return out;
    }
    return name;
}

/* "South Korea's National Intelligence Service": a place's possessive before a capitalised name of two words or
 * more is that name's entity when it has an acronym of its own stored ("NIS"), which makes it one body; a name
 * with none ("Russia's Defence Ministry") keeps its place, as two countries' ministries are two bodies. */
static int possessed_entity(tally_store *st, const char *name, const char *kind, sqlite3_int64 *id)
{
    *id = 0;
    const char *ap = strstr(name, "'s "), *rest = ap ? ap + 3 : NULL;
    if (!ap && (ap = strstr(name, "\xe2\x80\x99s ")) != NULL)
        rest = ap + 5; /* ’s */
    if (!rest || !isupper((unsigned char)rest[0]) || !strchr(rest, ' ') || (kind && strcmp(kind, "organization") != 0))
        return TALLY_OK;
    char key[256];
    tally_entity_key(rest, key, sizeof key);
    return first_id(st, "SELECT e.id FROM entities e WHERE e.key = ?1 AND EXISTS (SELECT 1 FROM aliases a WHERE"
                        " a.entity = e.id AND length(a.alias) BETWEEN 2 AND 8 AND a.alias GLOB '[A-Z][A-Z]*'"
                        " AND a.alias = upper(a.alias) AND instr(a.alias, ' ') = 0) LIMIT 1",
                    key, NULL, id);
}

/* The entity row for a name: an acronym's spelt-out entity, a surname's one person, else found by its
 * spelling-insensitive key, else a description's without its head, else (a surname's row named in full, or)
 * created. The row keeps the longest spelling as its name. */
static int entity_id(tally_store *st, const char *name, const char *kind, sqlite3_int64 *id)
{
    int rc = acronym_entity(st, name, id);
    if (rc != TALLY_OK || *id)
        return rc;
    if ((rc = possessed_entity(st, name, kind, id)) != TALLY_OK || *id)
        return rc;
    char key[256], placed[256];
    bool org = !kind || strcmp(kind, "organization") == 0;
    const char *keyed = !org                                            ? name
                        : tally_org_key(name, placed, sizeof placed) ? placed /* "Russian Ministry of Defence": "Russia:…" */
                                                                        : place_first(name, placed, sizeof placed);
    tally_entity_key(keyed, key, sizeof key);
    rc = surname_entity(st, name, kind, key, id);
    if (rc != TALLY_OK || *id)
        return rc;
    rc = headless_entity(st, name, kind, key, id);
    if (rc != TALLY_OK || *id)
        return rc;
    rc = name_surname_row(st, kind, key, id);
    if (rc != TALLY_OK)
        return rc;
    sqlite3_stmt *q; /* the surname's row, now keyed by the full name, takes the longer spelling here */
    rc = prepare(st, "INSERT INTO entities(name, key, kind, first, last) VALUES(?1, ?2, ?3, ?4, ?5) ON CONFLICT(key) DO"
                     " UPDATE SET name = CASE WHEN length(excluded.name) > length(name) THEN excluded.name ELSE name END,"
                     " kind = coalesce(kind, excluded.kind) RETURNING id", &q);
    if (rc != TALLY_OK)
        return rc;
    bind_text(q, 1, name);
    bind_text(q, 2, key);
    bind_text(q, 3, kind);
    bind_key_words(q, 4, key);
    if (sqlite3_step(q) == SQLITE_ROW)
        *id = sqlite3_column_int64(q, 0);
    else
        rc = db_fail(st, "entity");
    release(st, q);
    return rc;
}

static json_t *num_or_null(double v)
{
    return isnan(v) ? json_null() : json_real(v);
}

/* The parts of a total as JSON text (malloc'd), NULL when it has none. */
static char *parts_json(const tally_claim *c)
{
    json_t *a = c->nparts ? json_array() : NULL;
    for (size_t i = 0; a && i < c->nparts; i++) {
        const tally_part *p = &c->parts[i];
        json_array_append_new(a, json_pack("{s:I,s:I,s:o,s:o,s:s?}", "start", (json_int_t)p->span.start, "end",
                                           (json_int_t)p->span.end, "low", num_or_null(p->low), "high",
                                           num_or_null(p->high), "what", p->what));
    }
    char *s = a ? json_dumps(a, JSON_COMPACT) : NULL;
    json_decref(a);
    return s;
}

/* Stored parts back into *out (malloc'd; strings live in *json until it is released). */
static size_t parts_load(const char *text, json_t **json, tally_part **out)
{
    *out = NULL;
    *json = text ? json_loads(text, 0, NULL) : NULL;
    size_t n = json_is_array(*json) ? json_array_size(*json) : 0;
    tally_part *v = n ? calloc(n, sizeof *v) : NULL;
    for (size_t i = 0; v && i < n; i++) {
        json_t *p = json_array_get(*json, i), *lo = json_object_get(p, "low"), *hi = json_object_get(p, "high");
        v[i].span = (tally_span){(size_t)json_integer_value(json_object_get(p, "start")),
                                 (size_t)json_integer_value(json_object_get(p, "end"))};
        v[i].low = json_is_number(lo) ? json_number_value(lo) : NAN;
        v[i].high = json_is_number(hi) ? json_number_value(hi) : NAN;
        v[i].what = json_string_value(json_object_get(p, "what"));
    }
    *out = v;
    return v ? n : 0;
}

static char *via_json(const tally_claim *c)
{
    size_t cap = 3;
    for (size_t i = 0; i < c->nvia; i++)
        cap += strlen(c->via[i]) * 2 + 4;
    char *s = malloc(cap), *p = s;
    if (!s)
        return NULL;
    *p++ = '[';
    for (size_t i = 0; i < c->nvia; i++) {
        if (i)
            *p++ = ',';
        *p++ = '"';
        for (const char *v = c->via[i]; *v; v++) {
            if (*v == '"' || *v == '\\')
                *p++ = '\\';
            *p++ = *v;
        }
        *p++ = '"';
    }
    *p++ = ']';
    *p = '\0';
    return s;
}

static int add_evidence(tally_store *st, sqlite3_int64 claim, sqlite3_int64 article, const tally_claim *c)
{
    int rc = TALLY_OK;
    for (size_t i = 0; rc == TALLY_OK && i < c->nevidence; i++) {
        sqlite3_stmt *q;
        rc = prepare(st, "INSERT INTO evidence(claim, article, start, end, in_title) VALUES(?1, ?2, ?3, ?4, ?5)", &q);
        if (rc != TALLY_OK)
            break;
        sqlite3_bind_int64(q, 1, claim);
        sqlite3_bind_int64(q, 2, article);
        sqlite3_bind_int64(q, 3, (sqlite3_int64)c->evidence[i].start);
        sqlite3_bind_int64(q, 4, (sqlite3_int64)c->evidence[i].end);
        sqlite3_bind_int(q, 5, i + c->ntitle >= c->nevidence);
        rc = step_done(st, q, "evidence");
    }
    return rc;
}

/* One alias row: the words at span naming entity in article (pronouns are no aliases). */
static int add_alias(tally_store *st, sqlite3_int64 entity, sqlite3_int64 article, const tally_doc *d, tally_span sp)
{
    static const char *const pronouns[] = {"he", "she", "it", "they", "we", "He", "She", "It", "They", "We"};
    size_t n = sp.end - sp.start;
    for (size_t i = 0; i < sizeof pronouns / sizeof *pronouns; i++)
        if (strlen(pronouns[i]) == n && strncmp(d->a.text + sp.start, pronouns[i], n) == 0)
            return TALLY_OK;
    sqlite3_stmt *q;
    int rc = prepare(st, "INSERT INTO aliases(entity, alias, article, start, end) VALUES(?1, ?2, ?3, ?4, ?5)", &q);
    if (rc != TALLY_OK)
        return rc;
    sqlite3_bind_int64(q, 1, entity);
    sqlite3_bind_text(q, 2, d->a.text + sp.start, (int)n, SQLITE_TRANSIENT);
    sqlite3_bind_int64(q, 3, article);
    sqlite3_bind_int64(q, 4, (sqlite3_int64)sp.start);
    sqlite3_bind_int64(q, 5, (sqlite3_int64)sp.end);
    return step_done(st, q, "alias");
}

/* Descriptions ("desc:…") go last, so that the bodies they describe are stored first. */
static int add_mentions(tally_store *st, sqlite3_int64 article, const tally_doc *d)
{
    int rc = TALLY_OK;
    for (size_t i = 0; rc == TALLY_OK && i < 2 * d->mentions.n; i++) {
        const tally_mention *m = &d->mentions.v[i % d->mentions.n];
        if ((strncmp(m->name, "desc:", 5) == 0) != (i >= d->mentions.n))
            continue;
        sqlite3_int64 id = 0;
        if (strncmp(m->name, "desc:", 5) == 0) {
            rc = described_entity(st, m->name, &id);
            char surface[256];
            snprintf(surface, sizeof surface, "%.*s", (int)(m->span.end - m->span.start), d->a.text + m->span.start);
            if (rc == TALLY_OK && !id) /* nothing it describes is stored: it stands for itself */
                rc = entity_id(st, surface, m->kind, &id);
        } else {
            rc = entity_id(st, m->name, m->kind, &id);
        }
        if (rc == TALLY_OK)
            rc = add_alias(st, id, article, d, m->span);
    }
    return rc;
}

static int add_claim(tally_store *st, sqlite3_int64 article, const tally_doc *d, const tally_claim *c)
{
    sqlite3_int64 source = 0;
    bool headline = c->nevidence && c->ntitle == c->nevidence; /* span and source span are the title's */
    int rc = c->source ? entity_id(st, c->source, NULL, &source) : TALLY_OK;
    if (rc == TALLY_OK && c->source && c->source_span.end > c->source_span.start && !headline)
        rc = add_alias(st, source, article, d, c->source_span); /* alias rows hold text offsets */
    sqlite3_stmt *q;
    if (rc == TALLY_OK)
        rc = prepare(st, "INSERT INTO claims(article, start, end, span, low, high, bound, unit, what, who, place,"
                         " source, source_name, source_start, source_end, speaker, via, said, period, rule, share, part,"
                         " whole_start, whole_end, parts) VALUES(?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11,?12,?13,?14,?15,?16,"
                         "?17,?18,?19,?20,?21,?22,?23,?24,?25)", &q);
    if (rc != TALLY_OK)
        return rc;
    char *via = via_json(c);
    sqlite3_bind_int64(q, 1, article);
    sqlite3_bind_int64(q, 2, (sqlite3_int64)c->span.start);
    sqlite3_bind_int64(q, 3, (sqlite3_int64)c->span.end);
    sqlite3_bind_text(q, 4, (headline ? d->a.title : d->a.text) + c->span.start, (int)(c->span.end - c->span.start),
                      SQLITE_TRANSIENT);
    bind_num(q, 5, c->low);
    bind_num(q, 6, c->high);
    bind_text(q, 7, tally_bound_str(c->bound));
    bind_text(q, 8, c->unit);
    bind_text(q, 9, c->what);
    bind_text(q, 10, c->who);
    bind_text(q, 11, c->where);
    if (c->source)
        sqlite3_bind_int64(q, 12, source);
    bind_text(q, 13, c->source);
    if (c->source) {
        sqlite3_bind_int64(q, 14, (sqlite3_int64)c->source_span.start);
        sqlite3_bind_int64(q, 15, (sqlite3_int64)c->source_span.end);
    }
    bind_text(q, 16, c->speaker);
    bind_text(q, 17, via);
    bind_text(q, 18, c->said[0] ? c->said : NULL);
    bind_text(q, 19, c->period[0] ? c->period : NULL);
    bind_text(q, 20, c->rule);
    bind_num(q, 21, c->share);
    sqlite3_bind_int(q, 22, c->part);
    if (c->whole.end > c->whole.start) {
        sqlite3_bind_int64(q, 23, (sqlite3_int64)c->whole.start);
        sqlite3_bind_int64(q, 24, (sqlite3_int64)c->whole.end);
    }
    char *parts = parts_json(c);
    if (parts)
        sqlite3_bind_text(q, 25, parts, -1, free);
    free(via);
    rc = step_done(st, q, "claim");
    if (rc == TALLY_OK)
        rc = add_evidence(st, sqlite3_last_insert_rowid(st->db), article, c);
    return rc;
}

/* Is this exact text stored already? Drops an older version of the same id. */
static int known(tally_store *st, const tally_article *a, const char *hash, bool *seen)
{
    sqlite3_stmt *q;
    int rc = prepare(st, "SELECT 1 FROM articles WHERE hash = ?1", &q);
    if (rc != TALLY_OK)
        return rc;
    bind_text(q, 1, hash);
    int step = sqlite3_step(q);
    release(st, q);
    if (step != SQLITE_ROW && step != SQLITE_DONE)
        return db_fail(st, "lookup");
    *seen = step == SQLITE_ROW;
    if (*seen)
        return TALLY_OK;
    rc = prepare(st, "DELETE FROM articles WHERE doc = ?1", &q);
    if (rc != TALLY_OK)
        return rc;
    bind_text(q, 1, a->id);
    return step_done(st, q, "replace");
}

int tally_store_add(tally_store *st, const tally_doc *d, bool *added)
{
    char hash[33];
    bool seen = false;
    *added = false;
    st->last_article = 0;
    content_hash(&d->a, hash);
    int rc = known(st, &d->a, hash, &seen);
    if (rc != TALLY_OK || seen)
        return rc;
    sqlite3_stmt *q;
    rc = prepare(st, "INSERT INTO articles(doc, hash, url, outlet, published, title, text)"
                     " VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7)", &q);
    if (rc != TALLY_OK)
        return rc;
    bind_text(q, 1, d->a.id);
    bind_text(q, 2, hash);
    bind_text(q, 3, d->a.url);
    bind_text(q, 4, d->a.outlet);
    bind_text(q, 5, d->a.published);
    bind_text(q, 6, d->a.title);
    sqlite3_bind_text(q, 7, d->a.text, (int)d->a.text_len, SQLITE_TRANSIENT);
    rc = step_done(st, q, "article");
    sqlite3_int64 article = sqlite3_last_insert_rowid(st->db);
    st->last_article = rc == TALLY_OK ? article : 0;
    if (rc == TALLY_OK)
        rc = tally_doc_names(d);
    if (rc == TALLY_OK)
        rc = add_mentions(st, article, d);
    for (size_t i = 0; rc == TALLY_OK && i < d->claims.n; i++)
        rc = add_claim(st, article, d, &d->claims.v[i]);
    *added = rc == TALLY_OK;
    return rc;
}

/* ---- reading ------------------------------------------------------------------------------------- */

static double col_num(sqlite3_stmt *q, int i)
{
    return sqlite3_column_type(q, i) == SQLITE_NULL ? NAN : sqlite3_column_double(q, i);
}

static const char *col_text(sqlite3_stmt *q, int i)
{
    return (const char *)sqlite3_column_text(q, i);
}

static tally_bound bound_parse(const char *s)
{
    for (int b = TALLY_BOUND_EQ; b <= TALLY_BOUND_RANGE; b++)
        if (s && strcmp(s, tally_bound_str((tally_bound)b)) == 0)
            return (tally_bound)b;
    return TALLY_BOUND_EQ;
}

/* Loads the evidence of claim id into a caller-freed array. */
/* A claim's evidence as tally_claim holds it: text spans first, then *ntitle spans in the title. */
static int load_evidence(tally_store *st, sqlite3_int64 id, tally_span **ev, size_t *n, size_t *ntitle)
{
    sqlite3_stmt *q;
    TALLY_VEC(tally_span) v = {0};
    int rc = prepare(st, "SELECT start, end, in_title FROM evidence WHERE claim = ?1 ORDER BY in_title, rowid", &q);
    if (rc != TALLY_OK)
        return rc;
    sqlite3_bind_int64(q, 1, id);
    *ntitle = 0;
    while (rc == TALLY_OK && sqlite3_step(q) == SQLITE_ROW) {
        *ntitle += sqlite3_column_int(q, 2) != 0;
        rc = tally_vec_push(&v, ((tally_span){(size_t)sqlite3_column_int64(q, 0), (size_t)sqlite3_column_int64(q, 1)}));
    }
    release(st, q);
    *ev = v.v;
    *n = v.n;
    return rc;
}

/* Splits the stored via JSON array (written by via_json) into at most 4 names in buf. */
static size_t parse_via(const char *json, char *buf, size_t cap, const char *out[4])
{
    size_t n = 0, len = 0;
    bool in = false;
    for (const char *p = json; p && *p && len + 1 < cap; p++) {
        if (*p == '"' && !in) {
            in = true;
            if (n < 4)
                out[n] = buf + len;
        } else if (*p == '"') {
            in = false;
            buf[len++] = '\0';
            n += n < 4;
        } else if (in) {
            if (*p == '\\' && p[1])
                p++;
            buf[len++] = *p;
        }
    }
    return n;
}

int tally_store_each_claim(tally_store *st, tally_claim_fn fn, void *arg)
{
    sqlite3_stmt *q;
    int rc = prepare(st, "SELECT c.id, a.doc, c.start, c.end, c.low, c.high, c.bound, c.unit, c.what, c.who, c.place,"
                         " coalesce(e.name, c.source_name), c.source_start, c.source_end, c.speaker, c.via, c.said,"
                         " c.period, c.rule, a.text, a.published, a.url, a.outlet, a.title, c.share, a.id, coalesce(a.event, -a.id), c.part,"
                         " coalesce(c.whole_start, 0), coalesce(c.whole_end, 0), c.parts FROM claims c JOIN articles a ON a.id = c.article"
                         " LEFT JOIN entities e ON e.id = c.source ORDER BY a.id, c.start", &q);
    int step = SQLITE_DONE;
    while (rc == TALLY_OK && (step = sqlite3_step(q)) == SQLITE_ROW) {
        tally_claim c = {.span = {(size_t)sqlite3_column_int64(q, 2), (size_t)sqlite3_column_int64(q, 3)},
                         .low = col_num(q, 4), .high = col_num(q, 5), .bound = bound_parse(col_text(q, 6)),
                         .unit = col_text(q, 7), .what = col_text(q, 8), .who = col_text(q, 9),
                         .where = col_text(q, 10), .source = col_text(q, 11),
                         .source_span = {(size_t)sqlite3_column_int64(q, 12), (size_t)sqlite3_column_int64(q, 13)},
                         .speaker = col_text(q, 14), .rule = col_text(q, 18), .share = col_num(q, 24),
                         .part = sqlite3_column_int(q, 27) != 0,
                         .whole = {(size_t)sqlite3_column_int64(q, 28), (size_t)sqlite3_column_int64(q, 29)}};
        char vbuf[1024];
        const char *via[4];
        c.nvia = parse_via(col_text(q, 15), vbuf, sizeof vbuf, via);
        c.via = via;
        snprintf(c.said, sizeof c.said, "%s", col_text(q, 16) ? col_text(q, 16) : "");
        snprintf(c.period, sizeof c.period, "%s", col_text(q, 17) ? col_text(q, 17) : "");
        tally_span *ev = NULL;
        rc = load_evidence(st, sqlite3_column_int64(q, 0), &ev, &c.nevidence, &c.ntitle);
        c.evidence = ev;
        json_t *pj = NULL;
        tally_part *parts = NULL;
        c.nparts = parts_load(col_text(q, 30), &pj, &parts);
        c.parts = parts;
        tally_article a = {.id = col_text(q, 1), .text = (const char *)sqlite3_column_blob(q, 19),
                           .text_len = (size_t)sqlite3_column_bytes(q, 19), .published = col_text(q, 20),
                           .url = col_text(q, 21), .outlet = col_text(q, 22), .title = col_text(q, 23),
                           .event = sqlite3_column_int64(q, 26)};
        if (rc == TALLY_OK)
            rc = fn(arg, &a, &c);
        free(ev);
        free(parts);
        json_decref(pj);
    }
    if (rc == TALLY_OK && step != SQLITE_DONE)
        rc = db_fail(st, "reading claims");
    release(st, q);
    return rc == TALLY_DONE ? TALLY_OK : rc;
}

int tally_store_each_entity(tally_store *st, tally_entity_fn fn, void *arg)
{
    sqlite3_stmt *q;
    int rc = prepare(st, "SELECT e.name, e.kind, (SELECT count(*) FROM aliases WHERE entity = e.id) AS n,"
                         " (SELECT group_concat(alias, '|') FROM (SELECT DISTINCT alias FROM aliases WHERE entity = e.id))"
                         " FROM entities e WHERE n > 0 ORDER BY n DESC, e.name", &q);
    int step = SQLITE_DONE;
    while (rc == TALLY_OK && (step = sqlite3_step(q)) == SQLITE_ROW)
        rc = fn(arg, col_text(q, 0), col_text(q, 1), (size_t)sqlite3_column_int64(q, 2), col_text(q, 3));
    if (rc == TALLY_OK && step != SQLITE_DONE)
        rc = db_fail(st, "reading entities");
    release(st, q);
    return rc == TALLY_DONE ? TALLY_OK : rc;
}

/* ---- events ---- */

int64_t tally_store_last_article(const tally_store *st)
{
    return st->last_article;
}

int tally_store_each_features(tally_store *st, tally_features_fn fn, void *arg)
{
    sqlite3_stmt *q;
    int rc = prepare(st, "SELECT id, features, event FROM articles WHERE features IS NOT NULL ORDER BY id", &q);
    int step = SQLITE_DONE;
    while (rc == TALLY_OK && (step = sqlite3_step(q)) == SQLITE_ROW)
        rc = fn(arg, sqlite3_column_int64(q, 0), sqlite3_column_blob(q, 1), (size_t)sqlite3_column_bytes(q, 1),
                sqlite3_column_int64(q, 2));
    if (rc == TALLY_OK && step != SQLITE_DONE)
        rc = db_fail(st, "reading features");
    release(st, q);
    return rc;
}

int tally_store_each_article_text(tally_store *st, tally_article_text_fn fn, void *arg)
{
    sqlite3_stmt *q;
    int rc = prepare(st, "SELECT id, title, text, published FROM articles ORDER BY id", &q);
    int step = SQLITE_DONE;
    while (rc == TALLY_OK && (step = sqlite3_step(q)) == SQLITE_ROW)
        rc = fn(arg, sqlite3_column_int64(q, 0), col_text(q, 1), (const char *)sqlite3_column_blob(q, 2),
                (size_t)sqlite3_column_bytes(q, 2), col_text(q, 3));
    if (rc == TALLY_OK && step != SQLITE_DONE)
        rc = db_fail(st, "reading articles");
    release(st, q);
    return rc;
}

int tally_store_clear_events(tally_store *st)
{
    return exec(st, "DELETE FROM dups; UPDATE articles SET event = NULL, duplicate_of = NULL, features = NULL;");
}

int tally_store_set_event(tally_store *st, int64_t article, int64_t event, int64_t dup_of, const void *blob, size_t n)
{
    sqlite3_stmt *q;
    int rc = prepare(st, "UPDATE articles SET event = ?2, duplicate_of = ?3, features = ?4 WHERE id = ?1", &q);
    if (rc != TALLY_OK)
        return rc;
    sqlite3_bind_int64(q, 1, article);
    sqlite3_bind_int64(q, 2, event);
    if (dup_of >= 0)
        sqlite3_bind_int64(q, 3, dup_of);
    sqlite3_bind_blob(q, 4, blob, (int)n, SQLITE_TRANSIENT);
    return step_done(st, q, "event");
}

int tally_store_move_event(tally_store *st, int64_t article, int64_t event)
{
    sqlite3_stmt *q;
    int rc = prepare(st, "UPDATE articles SET event = ?2 WHERE id = ?1", &q);
    if (rc != TALLY_OK)
        return rc;
    sqlite3_bind_int64(q, 1, article);
    sqlite3_bind_int64(q, 2, event);
    return step_done(st, q, "event");
}

int tally_store_add_dup(tally_store *st, int64_t a, int64_t b, double similarity)
{
    sqlite3_stmt *q;
    int rc = prepare(st, "INSERT INTO dups(a, b, similarity) VALUES(?1, ?2, ?3)", &q);
    if (rc != TALLY_OK)
        return rc;
    sqlite3_bind_int64(q, 1, a);
    sqlite3_bind_int64(q, 2, b);
    sqlite3_bind_double(q, 3, similarity);
    return step_done(st, q, "duplicate");
}

int tally_store_each_event_row(tally_store *st, tally_event_row_fn fn, void *arg)
{
    sqlite3_stmt *q;
    int rc = prepare(st, "SELECT a.doc, coalesce(a.event, -a.id), d.doc, a.published, a.title FROM articles a"
                         " LEFT JOIN articles d ON d.id = a.duplicate_of ORDER BY coalesce(a.event, -a.id), a.id", &q);
    int step = SQLITE_DONE;
    while (rc == TALLY_OK && (step = sqlite3_step(q)) == SQLITE_ROW)
        rc = fn(arg, col_text(q, 0), sqlite3_column_int64(q, 1), col_text(q, 2), col_text(q, 3), col_text(q, 4));
    if (rc == TALLY_OK && step != SQLITE_DONE)
        rc = db_fail(st, "reading events");
    release(st, q);
    return rc == TALLY_DONE ? TALLY_OK : rc;
}

int tally_store_each_dup(tally_store *st, tally_dup_row_fn fn, void *arg)
{
    sqlite3_stmt *q;
    int rc = prepare(st, "SELECT x.doc, y.doc, p.similarity FROM dups p JOIN articles x ON x.id = p.a"
                         " JOIN articles y ON y.id = p.b ORDER BY p.similarity DESC, x.id, y.id", &q);
    int step = SQLITE_DONE;
    while (rc == TALLY_OK && (step = sqlite3_step(q)) == SQLITE_ROW)
        rc = fn(arg, col_text(q, 0), col_text(q, 1), sqlite3_column_double(q, 2));
    if (rc == TALLY_OK && step != SQLITE_DONE)
        rc = db_fail(st, "reading duplicates");
    release(st, q);
    return rc == TALLY_DONE ? TALLY_OK : rc;
}
