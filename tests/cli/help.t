for c in ingest extract claims eval numbers dates; do $TALLY $c --help | grep -c '^example' ; done; $TALLY --help | head -1
--- stdout
1
1
1
1
1
1
usage: tally COMMAND [OPTIONS] [FILE…]
--- exit 0
