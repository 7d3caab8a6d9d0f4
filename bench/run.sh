#!/bin/sh
# make bench: stage throughput on one core (MB/s, peak RSS) over a corpus assembled from ../shared/data,
# of the release build B (scripts/pgo.sh) and, for the claims stage, of a plain -O2 library O2 beside it,
# then `tally ingest` and `tally timeline` on a generated story corpus (bench/store.py), then the peers (npm
# packages from bench/npm-packages.txt, each driven by bench/peer_*.js) on the same sample, with the ratio.
# Extra programs bench/bench_*.c are built and run as: PROG SHARED_DATA BUILD.
set -eu
cd "$(dirname "$0")/.."
B=${1:-build/bench}
O2=${2:-}
DATA=../shared/data
[ -d "$DATA" ] || { echo "bench: $DATA not found" >&2; exit 1; }
python3 bench/corpus.py "$DATA" "$B/corpus"
PKG=$(pkg-config --cflags --libs sqlite3 libutf8proc jansson libxxhash gumbo libmicrohttpd zlib)
# shellcheck disable=SC2086
cc -std=c17 -O2 -D_POSIX_C_SOURCE=200809L -Iinclude bench/bench.c "$B/libtally.a" $PKG -lm -lpthread -o "$B/bench"
echo "== tally, one core, $(uname -m), $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')"
for stage in numbers dates claims names; do
    "$B/bench" "$stage" "$B/corpus/corpus.txt"
done
if [ -n "$O2" ]; then
    # shellcheck disable=SC2086
    cc -std=c17 -O2 -D_POSIX_C_SOURCE=200809L -Iinclude bench/bench.c "$O2/libtally.a" $PKG -lm -lpthread -o "$O2/bench"
    printf '%s  (plain -O2, no profile)\n' "$("$O2/bench" claims "$B/corpus/corpus.txt")"
fi
for prog in bench/bench_*.c; do
    [ -e "$prog" ] || continue
    name=$(basename "$prog" .c)
    # shellcheck disable=SC2086
    cc -std=c17 -O2 -D_POSIX_C_SOURCE=200809L -D_DEFAULT_SOURCE -Iinclude -Isrc "$prog" "$B/libtally.a" $PKG -lm -lpthread -o "$B/$name"
    echo "== $name"
    "$B/$name" "$DATA" "$B"
done
# The store: ingest and timeline over a generated story corpus (bench/store.py).
echo "== store"
python3 bench/store.py "$B/tally" "$B/store"
# Peers on the ~1 MB sample, beside tally on the same sample.
if command -v node >/dev/null 2>&1 && [ -s bench/npm-packages.txt ]; then
    if [ ! -d "$B/npm/node_modules" ]; then
        # shellcheck disable=SC2046
        npm install --silent --no-audit --no-fund --prefix "$B/npm" $(cat bench/npm-packages.txt) >/dev/null 2>&1 ||
            echo "bench: npm install failed; peers skipped"
    fi
    for peer in bench/peer_*.js; do
        [ -e "$peer" ] || continue
        [ -d "$B/npm/node_modules" ] || break
        stage=$(sed -n 's/^\/\/ stage: *//p' "$peer" | head -n 1)
        mine=$("$B/bench" "$stage" "$B/corpus/sample.txt" | awk '{print $2}')
        theirs=$(NODE_PATH="$B/npm/node_modules" node "$peer" "$B/corpus/sample.txt" | awk '/^MBPS/ {print $2}')
        echo "peer $(basename "$peer" .js) ($stage, sample): ${theirs:-?} MB/s; tally ${mine} MB/s; ratio $(awk -v a="$mine" -v b="${theirs:-0}" 'BEGIN { if (b > 0) printf "%.0fx", a / b; else print "?" }')"
    done
fi
