#!/bin/sh
# make fuzz: builds each fuzz/fuzz_NAME.c as a libFuzzer target with ASan+UBSan (clang) and runs it for
# FUZZ_TIME seconds (default 60) on fuzz/corpus/NAME (seeds) with fuzz/NAME.dict when present.
# FUZZ=NAME runs one target only; FUZZ_ARGS passes more libFuzzer options (-len_control=0 …).
# Findings are written as crash-*/leak-*/timeout-* in build/fuzz/.
set -eu
cd "$(dirname "$0")/.."
T=${FUZZ_TIME:-60}
mkdir -p build/fuzz
LIB=$(ls src/*.c | grep -v -e 'src/main.c' -e 'src/cli_')
PKG=$(pkg-config --cflags --libs sqlite3 libutf8proc jansson libxxhash gumbo libmicrohttpd zlib)
for f in fuzz/fuzz_*.c; do
    [ -e "$f" ] || continue
    name=$(basename "$f" .c); name=${name#fuzz_}
    [ -z "${FUZZ:-}" ] || [ "$FUZZ" = "$name" ] || continue
    bin=build/fuzz/fuzz_$name
    # shellcheck disable=SC2086
    clang -std=c17 -g -O1 -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=all -D_DEFAULT_SOURCE \
        -Iinclude -Isrc "$f" $LIB $PKG -lm -lpthread -o "$bin"
    mkdir -p "build/fuzz/corpus-$name"
    seeds=""; [ -d "fuzz/corpus/$name" ] && seeds="fuzz/corpus/$name"
    dict=""; [ -f "fuzz/$name.dict" ] && dict="-dict=../../fuzz/$name.dict"
    echo "fuzz: $name for $T s"
    # shellcheck disable=SC2086
    (cd build/fuzz && "./fuzz_$name" -max_total_time="$T" -max_len=4096 -timeout=10 $dict ${FUZZ_ARGS:-} "corpus-$name" ${seeds:+"../../$seeds"})
done
