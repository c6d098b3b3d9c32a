# rekindle - interactive stories in the terminal.
#
#   make play     build (installing what is missing) and play the default story
#   make test     build and run every test, then all of them again under
#                 AddressSanitizer + UndefinedBehaviorSanitizer, built by
#                 clang when it is there (SAN_CC=gcc for gcc)
#   make oom      the out-of-memory loop: a full scripted play again with
#                 its k-th allocation failing, for every k, under ASan
#                 (tests/oom/run.sh; the last result in tests/oom/RESULTS.md)
#   make bench    rekindle beside inkjs and plain Lua on a synthetic story of
#                 up to 100,000 scenes: tests/bench/RESULTS.md
#   make fuzz     the libFuzzer harnesses of tests/fuzz/ (story, play loop,
#                 saves, answers, wrapping), FUZZ_SECONDS each (default 60),
#                 built by clang in build-fuzz/; fails on a crash, keeping its
#                 input (tests/fuzz/README.md). FUZZ="play save" for some
#   make fuzz-replay   every kept fuzz input through gcc's and clang's
#                 sanitizer builds (make test replays the regressions)
#   make lint     luacheck on every story of the source tree (.luacheckrc)
#   make transcripts   record the bundled stories' transcript tests again
#                 (tests/transcripts/make.sh), after a story or its paths change
#   make          build ./rekindle
#   make SANITIZER=address   a sanitizer build in build-address/ (address-gcc:
#                 the same by gcc in build-address-gcc/, for make oom and
#                 make fuzz-replay; fuzzer: build-fuzz/)
#   CPPFLAGS, CFLAGS, LDFLAGS are honoured; WERROR= turns -Werror off
#   make install  after `make`: ./rekindle, the stories, the story language's
#                 type definitions for editors and the manual page under $(DESTDIR)$(PREFIX), PREFIX=/usr/local; `make uninstall`

CC ?= cc
PKGS := lua5.4 readline libutf8proc
VERSION := 0.1.0

# The sanitizer build uses clang when it is there (SAN_CC), so that `make
# test` runs every test built by two compilers: they differ in what C leaves
# open, such as the order of a side effect and a call.
SAN_CC ?= $(if $(shell command -v clang 2>/dev/null),clang,$(CC))
SANITIZER ?=
ifeq ($(SANITIZER),)
  BUILD := build
  SANFLAGS :=
  BUILD_CC := $(CC)
else ifeq ($(SANITIZER),address)
  BUILD := build-address
  SANFLAGS := -fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer
  BUILD_CC := $(SAN_CC)
else ifeq ($(SANITIZER),address-gcc)
  # The same by gcc whatever SAN_CC says: libFuzzer is clang's, so make
  # fuzz-replay runs the fuzzers' inputs through this build too; and gcc's
  # ASan runtime is a shared library, so the out-of-memory loop's preloaded
  # failalloc.so comes before it (clang links its runtime into the program).
  BUILD := build-address-gcc
  SANFLAGS := -fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer
  BUILD_CC := gcc
else ifeq ($(SANITIZER),fuzzer)
  # make fuzz: the engine instrumented for libFuzzer, which only clang has.
  BUILD := build-fuzz
  SANFLAGS := -fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer
  BUILD_CC := clang
else
  $(error SANITIZER must be empty, 'address', 'address-gcc' or 'fuzzer', not '$(SANITIZER)')
endif

# Warnings are errors in the project's own builds; a packager may say WERROR=.
WERROR ?= -Werror
WARNINGS := -Wall -Wextra $(WERROR) -Wmissing-prototypes -Wstrict-prototypes -Wshadow \
            -Wformat=2 -Wno-format-nonliteral
# DWARF 4: valgrind 3.19 cannot read clang's default DWARF 5.
CFLAGS ?= -O2 -g -gdwarf-4
# CPPFLAGS and LDFLAGS are the builder's (a distribution's hardening flags).
ALL_CPPFLAGS = -Iengine -I$(BUILD)/gen -D_POSIX_C_SOURCE=200809L -D_XOPEN_SOURCE=700 -D_DEFAULT_SOURCE \
               -DREKINDLE_VERSION='"$(VERSION)"' $(CPPFLAGS)
ALL_CFLAGS = -std=c11 $(WARNINGS) $(CFLAGS) $(SANFLAGS) \
             $(filter-out -D%,$(shell pkg-config --cflags $(PKGS) 2>/dev/null))
ALL_LDFLAGS = $(SANFLAGS) $(LDFLAGS)
LDLIBS = $(shell pkg-config --libs $(PKGS) 2>/dev/null) -lm
TEST_LDLIBS = $(LDLIBS) $(shell pkg-config --libs cmocka 2>/dev/null)

# The layers, bottom up: base, core, then play and tools beside each other,
# then main.c. tests/layers.sh checks that no file includes from above.
ENGINE_SRC := $(wildcard engine/base/*.c engine/core/*.c engine/play/*.c engine/tools/*.c)
ENGINE_OBJ := $(ENGINE_SRC:engine/%.c=$(BUILD)/%.o)
UNIT_SRC := $(wildcard tests/unit/test_*.c)
UNIT_BIN := $(UNIT_SRC:tests/unit/%.c=$(BUILD)/tests/%)
BIN := $(if $(SANITIZER),$(BUILD)/rekindle,rekindle)

# Debian packages: to build and play, and what the tests need on top (clang
# and libclang-rt-dev, its runtimes, for the sanitizer build and make fuzz:
# libFuzzer is in libclang-rt-14-dev on Debian 12).
PLAY_DEBS := gcc make pkg-config liblua5.4-dev libreadline-dev libutf8proc-dev
TEST_DEBS := $(PLAY_DEBS) libcmocka-dev tmux valgrind man-db groff-base clang libclang-rt-dev graphviz \
             lua-check lua5.4

# Where `make install` puts things. The program finds its stories in
# ../share/rekindle/stories beside itself, so any PREFIX works.
PREFIX ?= /usr/local
DESTDIR ?=
INSTALL ?= install
BINDIR = $(DESTDIR)$(PREFIX)/bin
STORYDIR = $(DESTDIR)$(PREFIX)/share/rekindle/stories
# The editors' type definitions: a folder of their own (see the file).
METADIR = $(DESTDIR)$(PREFIX)/share/rekindle/meta
MAN1DIR = $(DESTDIR)$(PREFIX)/share/man/man1
STORY_FILES := $(wildcard stories/*.lua) stories/README.md

.PHONY: all play test oom unit bench lint transcripts deps test-deps bench-deps lint-deps clean install uninstall
all: $(BIN)

play: deps
	@$(MAKE) --no-print-directory all
	./rekindle

test: test-deps
	@$(MAKE) --no-print-directory all unit $(FAILALLOC)
	@$(MAKE) --no-print-directory SANITIZER=address all unit
	@$(MAKE) --no-print-directory SANITIZER=address-gcc all
	@tests/run.sh

# The out-of-memory loop: a full scripted play of Small Promises run again
# with its k-th allocation failing, for every k, then with every allocation
# failing from every 10th k on; then a small play that loads a save, both
# ways for every k (tests/oom/run.sh; OOM_FROM, OOM_TO, OOM_STEP, OOM_JOBS
# choose the runs). The summaries go to tests/oom/RESULTS.md. failalloc.so
# is a test-only allocator, preloaded, never linked into rekindle.
OOM_MINI := OOM_STORY=tests/stories/mini.lua OOM_SEED=7 OOM_ANSWERS='Robin|1|1|save|1|save two|saves|load two|2' 
FAILALLOC := build/failalloc.so
OOM_RESULTS ?= tests/oom/RESULTS.md
oom: test-deps
	@$(MAKE) --no-print-directory all $(FAILALLOC)
	@$(MAKE) --no-print-directory SANITIZER=address-gcc all
	@rm -f $(OOM_RESULTS)
	@OOM_RESULTS=$(OOM_RESULTS) OOM_MODE=once tests/oom/run.sh
	@OOM_RESULTS=$(OOM_RESULTS) OOM_MODE=after OOM_STEP=$${OOM_AFTER_STEP:-10} tests/oom/run.sh
	@OOM_RESULTS=$(OOM_RESULTS) OOM_MODE=once $(OOM_MINI) tests/oom/run.sh
	@OOM_RESULTS=$(OOM_RESULTS) OOM_MODE=after $(OOM_MINI) tests/oom/run.sh

# Not instrumented: it sits in front of the sanitizers' allocator.
$(FAILALLOC): tests/oom/failalloc.c
	@mkdir -p $(@D)
	@echo "  CC      $@"
	@$(CC) -std=c11 -Wall -Wextra $(WERROR) -O1 -g -fno-omit-frame-pointer -shared -fPIC $< -o $@ -ldl

unit: $(UNIT_BIN)

bench: bench-deps
	@$(MAKE) --no-print-directory all
	@tests/bench/run.sh

# The stories of the source tree: the bundled ones, the tests' own and the
# ink port. luacheck reads the story language from .luacheckrc; it prints
# FILE:LINE:COL: (CODE) message for each finding, and fails if there is one.
LINT_FILES := $(wildcard stories/*.lua tests/stories/*.lua tests/ink/*.lua)
lint: lint-deps
	@luacheck --config .luacheckrc --formatter plain --codes $(LINT_FILES)
	@echo "luacheck: $(words $(LINT_FILES)) stories, no warnings"

transcripts: deps
	@$(MAKE) --no-print-directory all
	@tests/transcripts/make.sh

# Installs missing Debian packages when root; otherwise says how, and stops.
define ensure_debs
	@missing=""; \
	for p in $(1); do \
	  dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q "ok installed" || missing="$$missing $$p"; \
	done; \
	if [ -n "$$missing" ]; then \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
	    echo "Installing Debian packages:$$missing"; \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing >/dev/null \
	      || { echo "rekindle: installing$$missing failed"; exit 1; }; \
	  else \
	    echo "rekindle needs these Debian packages:$$missing"; \
	    echo "Install them with:  sudo apt-get install$$missing"; \
	    exit 1; \
	  fi; \
	fi
endef

deps:
	$(call ensure_debs,$(PLAY_DEBS))

test-deps:
	$(call ensure_debs,$(TEST_DEBS))

bench-deps:
	$(call ensure_debs,$(PLAY_DEBS) lua5.4)

lint-deps:
	$(call ensure_debs,lua-check)

# A build remembers its compiler and flags: when they change, it starts over.
FLAGS_NOW := $(BUILD_CC) $(ALL_CPPFLAGS) $(ALL_CFLAGS) $(ALL_LDFLAGS) $(LDLIBS)
ifneq ($(FLAGS_NOW),$(file <$(BUILD)/.flags))
  $(shell mkdir -p $(BUILD))
  $(file >$(BUILD)/.flags,$(FLAGS_NOW))
endif

# -MMD -MP: each object depends on the headers it includes, nothing more.
$(BUILD)/%.o: engine/%.c $(BUILD)/.flags
	@mkdir -p $(@D)
	@echo "  CC      $@"
	@$(BUILD_CC) $(ALL_CPPFLAGS) $(ALL_CFLAGS) -MMD -MP -c $< -o $@

# `rekindle new` writes the source tree's .luacheckrc beside a new story:
# the build makes it a C string (every line quoted; '?' escaped, so that no
# '??' is read as a trigraph), so there is one copy to keep.
$(BUILD)/gen/tools/luacheckrc.inc: .luacheckrc
	@mkdir -p $(@D)
	@echo "  GEN     $@"
	@sed -e 's/\\/\\\\/g' -e 's/"/\\"/g' -e 's/?/\\?/g' -e 's/^/    "/' -e 's/$$/\\n"/' $< >$@
$(BUILD)/tools/new.o: $(BUILD)/gen/tools/luacheckrc.inc

$(BIN): $(ENGINE_OBJ) $(BUILD)/main.o
	@echo "  LINK    $@"
	@$(BUILD_CC) $(ALL_CFLAGS) $(ALL_LDFLAGS) $(filter %.o,$^) -o $@ $(LDLIBS)

$(BUILD)/tests/%: tests/unit/%.c $(ENGINE_OBJ)
	@mkdir -p $(@D)
	@echo "  CC      $@"
	@$(BUILD_CC) $(ALL_CPPFLAGS) $(ALL_CFLAGS) -MMD -MP $(shell pkg-config --cflags cmocka) $< $(ENGINE_OBJ) \
	    -o $@ $(ALL_LDFLAGS) $(TEST_LDLIBS)

# Probes: unit binaries that must fail (a test that exits midway, a signed
# overflow, a leak...), to show that tests/run.sh reports each failure. Built
# with the unit tests, never run with them: `make test-harness` runs them
# through the harness and must end red; tests/suites/harness.sh checks it.
PROBE_BIN := $(patsubst tests/probes/%.c,$(BUILD)/probes/%,$(wildcard tests/probes/probe_*.c))
.PHONY: probes test-harness
unit: probes
probes: $(PROBE_BIN)
$(BUILD)/probes/%: tests/probes/%.c
	@mkdir -p $(@D)
	@echo "  CC      $@"
	@$(BUILD_CC) $(ALL_CPPFLAGS) $(ALL_CFLAGS) $(shell pkg-config --cflags cmocka) $< -o $@ $(ALL_LDFLAGS) \
	    $(shell pkg-config --libs cmocka 2>/dev/null)
test-harness: test-deps
	@$(MAKE) --no-print-directory probes
	@$(MAKE) --no-print-directory SANITIZER=address probes
	@tests/run.sh --probes

# Fuzzing (tests/fuzz/README.md). Each tests/fuzz/fuzz_NAME.c defines
# LLVMFuzzerTestOneInput: linked with libFuzzer in build-fuzz/ (clang only),
# and with replay.c, a main that runs saved inputs through it, in every
# build, so that `make test` replays the kept crashes through gcc's and
# clang's builds (tests/suites/fuzz.sh).
FUZZ_NAMES := $(patsubst tests/fuzz/fuzz_%.c,%,$(wildcard tests/fuzz/fuzz_*.c))
FUZZ_BIN := $(FUZZ_NAMES:%=$(BUILD)/fuzz/fuzz_%)
REPLAY_BIN := $(FUZZ_NAMES:%=$(BUILD)/fuzz/replay_%)
FUZZ_COMMON := $(BUILD)/fuzz/common.o
FUZZ_SECONDS ?= 60
.PHONY: fuzz fuzz-bins fuzz-replay replay-bins
unit: replay-bins
replay-bins: $(REPLAY_BIN)
fuzz-bins: $(FUZZ_BIN) $(REPLAY_BIN)

# make fuzz: each harness for FUZZ_SECONDS (tests/fuzz/run.sh; FUZZ=NAME... for some).
fuzz: test-deps
	@$(MAKE) --no-print-directory SANITIZER=fuzzer fuzz-bins
	@FUZZ_SECONDS=$(FUZZ_SECONDS) tests/fuzz/run.sh $(FUZZ)

# make fuzz-replay: every kept input (seeds, regressions, what make fuzz
# found) through the sanitizer builds of clang and gcc.
fuzz-replay: test-deps
	@$(MAKE) --no-print-directory SANITIZER=address replay-bins
	@$(MAKE) --no-print-directory SANITIZER=address-gcc replay-bins
	@tests/fuzz/replay.sh build-address build-address-gcc

# The play, save and answer harnesses play tests/stories/features.lua (and
# the file it includes), built in as C strings (as the .luacheckrc above).
$(BUILD)/gen/fuzz/%.inc: tests/stories/%.lua
	@mkdir -p $(@D)
	@echo "  GEN     $@"
	@sed -e 's/\\/\\\\/g' -e 's/"/\\"/g' -e 's/?/\\?/g' -e 's/^/    "/' -e 's/$$/\\n"/' $< >$@
$(FUZZ_COMMON): $(BUILD)/gen/fuzz/features.inc $(BUILD)/gen/fuzz/features-evening.inc
$(BUILD)/fuzz/%.o: tests/fuzz/%.c $(BUILD)/.flags
	@mkdir -p $(@D)
	@echo "  CC      $@"
	@$(BUILD_CC) $(ALL_CPPFLAGS) -Itests/fuzz $(ALL_CFLAGS) -MMD -MP -c $< -o $@
$(BUILD)/fuzz/fuzz_%: $(BUILD)/fuzz/fuzz_%.o $(FUZZ_COMMON) $(ENGINE_OBJ)
	@echo "  LINK    $@"
	@$(BUILD_CC) $(ALL_CFLAGS) $^ -o $@ $(ALL_LDFLAGS) -fsanitize=fuzzer $(LDLIBS)
$(BUILD)/fuzz/replay_%: $(BUILD)/fuzz/fuzz_%.o $(BUILD)/fuzz/replay.o $(FUZZ_COMMON) $(ENGINE_OBJ)
	@echo "  LINK    $@"
	@$(BUILD_CC) $(ALL_CFLAGS) $^ -o $@ $(ALL_LDFLAGS) $(LDLIBS)
.PRECIOUS: $(BUILD)/fuzz/%.o

-include $(ENGINE_OBJ:.o=.d) $(BUILD)/main.d $(UNIT_BIN:=.d) $(wildcard $(BUILD)/fuzz/*.d)

clean:
	rm -rf build build-address build-address-gcc build-fuzz rekindle

# Installs what `make` built and nothing else: it never compiles, so it can
# run as root after a build as a user, or beside a running test.
install:
	@test -x rekindle || { echo "make install: ./rekindle is not built: run 'make' first" >&2; exit 1; }
	$(INSTALL) -d $(BINDIR) $(STORYDIR) $(METADIR) $(MAN1DIR)
	$(INSTALL) -m 755 rekindle $(BINDIR)/rekindle
	$(INSTALL) -m 644 $(STORY_FILES) $(STORYDIR)/
	$(INSTALL) -m 644 docs/meta/rekindle.lua $(METADIR)/rekindle.lua
	$(INSTALL) -m 644 docs/rekindle.1 $(MAN1DIR)/rekindle.1

# Removes exactly what install put there, and the three folders of our own
# once empty; bin and man1 are shared and stay.
uninstall:
	rm -f $(BINDIR)/rekindle $(MAN1DIR)/rekindle.1 $(METADIR)/rekindle.lua
	rm -f $(addprefix $(STORYDIR)/,$(notdir $(STORY_FILES)))
	rmdir $(STORYDIR) $(METADIR) $(DESTDIR)$(PREFIX)/share/rekindle 2>/dev/null || true
