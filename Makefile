# tally — plain GNU make. New files under src/, tests/unit/ and fuzz/ need no edit here.
#   make            optimised build: build/tally (and ./tally, a link to it)
#   make demo       install what is missing, build, ingest examples/, print claims and the timeline
#   make check      install, build with ASan+UBSan under gcc and clang, run every test and evaluation
#   make release    build/release/tally, built by gcc with profile feedback (scripts/pgo.sh): the binary to run
#   make bench      throughput (MB/s) and peak RSS per stage of the release build, peers side by side
#   make fuzz       libFuzzer targets in fuzz/ (clang)
#   make tables     regenerate src/*.inc from data/*.tsv
# BUILD=dir puts objects elsewhere (several builds can run side by side); CC=clang switches compiler.

CC      ?= cc
BUILD   ?= build
SAN     ?=
PKGS    := sqlite3 libutf8proc jansson libxxhash gumbo libmicrohttpd zlib
PKG_CFLAGS := $(shell pkg-config --cflags $(PKGS) 2>/dev/null)
PKG_LIBS   := $(shell pkg-config --libs $(PKGS) 2>/dev/null)
OPT     ?= -O2
CFLAGS  ?= $(OPT) -g
WARN    := -std=c17 -Wall -Wextra -Werror -Wshadow -Wstrict-prototypes -Wno-unused-parameter
ALL_CFLAGS := $(WARN) $(CFLAGS) $(SAN) -D_POSIX_C_SOURCE=200809L -D_DEFAULT_SOURCE \
              -Iinclude -Isrc -fvisibility=hidden $(PKG_CFLAGS)
LDLIBS  := $(PKG_LIBS) -lm -lpthread

CLI_SRC  := src/main.c $(wildcard src/cli_*.c)
LIB_SRC  := $(filter-out $(CLI_SRC),$(wildcard src/*.c))
LIB_OBJ  := $(LIB_SRC:src/%.c=$(BUILD)/obj/%.o)
CLI_OBJ  := $(CLI_SRC:src/%.c=$(BUILD)/obj/%.o)
TEST_SRC := $(wildcard tests/unit/test_*.c)
TEST_BIN := $(TEST_SRC:tests/unit/%.c=$(BUILD)/tests/%)
EVAL_SRC := $(wildcard tests/eval/eval_*.c)
EVAL_BIN := $(EVAL_SRC:tests/eval/%.c=$(BUILD)/tests/%)
SANFLAGS := -fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer

.PHONY: all demo check test deps asan release bench fuzz tables format lint clean
all: $(BUILD)/tally $(TEST_BIN) $(EVAL_BIN)
	@[ "$(BUILD)" != build ] || ln -sf build/tally tally

deps:
	@sh scripts/deps.sh

$(BUILD)/obj/%.o: src/%.c $(wildcard src/*.h) include/tally.h $(wildcard src/*.inc) | $(BUILD)/obj
	@echo "CC $<"
	@$(CC) $(ALL_CFLAGS) -c $< -o $@

$(BUILD)/libtally.a: $(LIB_OBJ)
	@rm -f $@ && ar rcs $@ $^

$(BUILD)/tally: $(CLI_OBJ) $(BUILD)/libtally.a
	@echo "LD $@"
	@$(CC) $(ALL_CFLAGS) $^ $(LDLIBS) -o $@

$(BUILD)/tests/%: tests/unit/%.c tests/unit/test.h $(BUILD)/libtally.a | $(BUILD)/tests
	@echo "LD $@"
	@$(CC) $(ALL_CFLAGS) -Itests/unit $< $(BUILD)/libtally.a $(LDLIBS) -o $@

$(BUILD)/tests/eval_%: tests/eval/eval_%.c $(BUILD)/libtally.a | $(BUILD)/tests
	@echo "LD $@"
	@$(CC) $(ALL_CFLAGS) -Itests/unit $< $(BUILD)/libtally.a $(LDLIBS) -o $@

$(BUILD)/obj $(BUILD)/tests:
	mkdir -p $@

demo: deps
	@$(MAKE) --no-print-directory all
	@sh scripts/demo.sh ./build/tally

# Sanitizer builds for both compilers; evaluations run once, on the gcc build; the CLI tests also run on the
# release build, whose profile feedback must change nothing but speed.
check: deps
	@$(MAKE) --no-print-directory BUILD=build/gcc-san CC=gcc SAN="$(SANFLAGS)" OPT=-O1 all
	@$(MAKE) --no-print-directory BUILD=build/clang-san CC=clang SAN="$(SANFLAGS)" OPT=-O1 all
	@sh scripts/pgo.sh build/release
	@python3 scripts/run-tests.py build/gcc-san build/clang-san build/release

test: all
	@python3 scripts/run-tests.py $(BUILD)

asan:
	@$(MAKE) --no-print-directory BUILD=build/asan SAN="$(SANFLAGS)" OPT=-O1 all

release: deps
	@sh scripts/pgo.sh build/release

# The release build, and beside it a plain -O2 build for the claims stage's figure without the profile.
bench: deps
	@sh scripts/pgo.sh build/bench
	@$(MAKE) --no-print-directory BUILD=build/bench-o2 OPT="-O2 -DNDEBUG" build/bench-o2/libtally.a
	@sh bench/run.sh build/bench build/bench-o2

fuzz:
	@sh fuzz/run.sh

tables:
	@sh tools/tables.sh

format:
	clang-format -i include/*.h src/*.c src/*.h tests/unit/*.c tests/eval/*.c fuzz/*.c

# timex.c reads its token window through has(), which checks the index against the tokens read (at most
# WIN): cppcheck cannot follow it and takes t[WIN] as reachable (arrayIndexOutOfBoundsCond, not real).
lint:
	cppcheck --quiet --error-exitcode=1 --enable=warning,performance,portability \
	    --suppress=arrayIndexOutOfBoundsCond:src/timex.c -Iinclude -Isrc src

clean:
	rm -rf build tally
