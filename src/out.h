/* out.h — claims as JSON Lines, CSV and an aligned terminal table. */
#ifndef TALLY_OUT_H
#define TALLY_OUT_H
#include "buf.h"
#include "tally.h"

typedef enum { TALLY_OUT_JSONL, TALLY_OUT_CSV, TALLY_OUT_TABLE } tally_outfmt;

/* One claim as a JSON object and a newline (the contract in ARCHITECTURE.md); explain adds "rule". */
void tally_out_claim_json(tally_buf *b, const tally_article *a, const tally_claim *c, bool explain);
/* The bytes of c's span (in the text, or in the title for a figure only the headline gives) and their length
 * in *n; NULL when the span lies outside them. */
const char *tally_out_span(const tally_article *a, const tally_claim *c, size_t *n);
/* The words of span sp of c's article (its title when c is the headline's alone) into out, cut to fit; ""
 * when sp is empty or lies outside. Returns out. */
char *tally_out_text(const tally_article *a, const tally_claim *c, tally_span sp, char *out, size_t cap);
/* The CSV header line, and one claim as a CSV row. */
void tally_out_csv_header(tally_buf *b);
void tally_out_claim_csv(tally_buf *b, const tally_article *a, const tally_claim *c);

/* A table: rows are added, then printed with columns sized to their widest cell (capped). */
typedef struct tally_table tally_table;
tally_table *tally_table_new(void);
int tally_table_add(tally_table *t, const tally_article *a, const tally_claim *c);
void tally_table_render(const tally_table *t, tally_buf *b);
void tally_table_free(tally_table *t);
#endif
