# rekindle - interactive stories in the terminal.
#
#   make play     build (installing what is missing) and play the default story
#   make test     build and run every test, then all of them again under
#                 AddressSanitizer + UndefinedBehaviorSanitizer, built by
#                 clang when it is there (SAN_CC=gcc for gcc)
#   make oom      the out-of-memory loop: a full scripted play again with
#                 its k-th allocation failing, for every k, under ASan
#                 (tests/oom/run.sh; the last result in tests/oom/RESULTS.md)
#   make bench    randomtest's speed beside bare Lua, quicktest on the stories
#   make lint     luacheck on every story of the source tree (.luacheckrc)
#   make transcripts   record the bundled stories' transcript tests again
#                 (tests/transcripts/make.sh), after a story or its paths change
#   make          build ./rekindle
#   make SANITIZER=address   a sanitizer build in build-address/
#   make SANITIZER=oom       the same by gcc in build-oom/, for make oom
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
else ifeq ($(SANITIZER),oom)
  # The out-of-memory loop's build (tests/oom/): the same sanitizers, built by
  # gcc, whose ASan runtime is a shared library, so that the preloaded
  # failalloc.so comes before it (clang links its runtime into the program).
  BUILD := build-oom
  SANFLAGS := -fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer
  BUILD_CC := gcc
else
  $(error SANITIZER must be empty, 'address' or 'oom', not '$(SANITIZER)')
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

# Debian packages: to build and play, and what the tests need on top.
PLAY_DEBS := gcc make pkg-config liblua5.4-dev libreadline-dev libutf8proc-dev
TEST_DEBS := $(PLAY_DEBS) libcmocka-dev tmux valgrind man-db groff-base clang libclang-rt-dev graphviz \
             lua-check

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
	@$(MAKE) --no-print-directory SANITIZER=oom all
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
	@$(MAKE) --no-print-directory SANITIZER=oom all
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
	$(call ensure_debs,$(PLAY_DEBS) lua5.4 time)

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

-include $(ENGINE_OBJ:.o=.d) $(BUILD)/main.d $(UNIT_BIN:=.d)

clean:
	rm -rf build build-address build-oom rekindle

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
