#!/bin/sh
# make tables: regenerate every committed src/*.inc from data/ by running each tools/gen_*.py.
set -eu
cd "$(dirname "$0")/.."
for g in tools/gen_*.py; do
    [ -e "$g" ] || continue
    echo "tables: $g"
    python3 "$g"
done
