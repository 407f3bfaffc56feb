# parallax — plain GNU make.  `make run` to try it, `make check` to test it.

.DEFAULT_GOAL := all

PREFIX	?= /usr/local
BINDIR	?= $(PREFIX)/bin
MANDIR	?= $(PREFIX)/share/man
DATADIR	?= $(PREFIX)/share/parallax
CC	?= cc
CFLAGS	?= -O2 -g
VERSION	:= 0.1.0

ifeq ($(SANITIZE),1)
BUILD	?= build/asan
CFLAGS	:= -O1 -g
override CFLAGS += -fsanitize=address,undefined -fno-omit-frame-pointer \
	-fno-sanitize-recover=all
override LDFLAGS += -fsanitize=address,undefined
else
BUILD	?= build
endif

WARNINGS := -std=c11 -Wall -Wextra -Wpedantic -Wshadow -Wstrict-prototypes \
	-Wmissing-prototypes -Wold-style-definition -Wpointer-arith \
	-Wcast-qual -Wwrite-strings -Wformat=2 -Wundef -Wvla \
	-Wimplicit-fallthrough
ifeq ($(WERROR),1)
WARNINGS += -Werror
endif

# Library flags come from pkg-config, after tests/deps.sh has made sure the
# packages are there; build/config.mk caches them (make re-reads it).
ifeq ($(filter clean deps format,$(MAKECMDGOALS)),)
-include build/config.mk
endif

build/config.mk: tests/deps.sh
	@sh tests/deps.sh
	@mkdir -p build
	@panel=panelw; pkg-config --exists panelw || panel=panel; \
	{ echo "PKG_CFLAGS := $$(pkg-config --cflags ncursesw $$panel sqlite3 \
		libxml-2.0 libcurl jansson | sed 's/-D_XOPEN_SOURCE=600//')"; \
	  echo "PKG_LIBS := $$(pkg-config --libs ncursesw $$panel sqlite3 \
		libxml-2.0 libcurl jansson) -lunistring -lstemmer -lm"; \
	  echo "CMOCKA_LIBS := $$(pkg-config --libs cmocka)"; } > $@

override CPPFLAGS += -Iinclude -D_DEFAULT_SOURCE -D_POSIX_C_SOURCE=200809L \
	-DNCURSES_WIDECHAR=1 -DPARALLAX_VERSION='"$(VERSION)"' \
	-DPARALLAX_DATADIR='"$(DATADIR)"'
ALL_CFLAGS = $(WARNINGS) $(CPPFLAGS) $(PKG_CFLAGS) $(CFLAGS) -MMD -MP

ifeq ($(V),1)
Q :=
else
Q := @
endif

SRCS	:= $(wildcard src/*.c)
OBJS	:= $(SRCS:src/%.c=$(BUILD)/obj/%.o)
LIBOBJS	:= $(filter-out $(BUILD)/obj/main.o,$(OBJS))
UNIT	:= $(wildcard tests/unit/test-*.c)
UNITBIN	:= $(UNIT:tests/unit/%.c=$(BUILD)/tests/%)
TOOLS	:= $(wildcard tests/tools/*.c)
TOOLBIN	:= $(TOOLS:tests/tools/%.c=$(BUILD)/tools/%)
HEADERS	:= $(wildcard include/parallax/*.h)
BIN	:= $(BUILD)/parallax

.PHONY: all check test run bench eval install uninstall deps clean format \
	fuzz fuzz-replay

all: $(BIN)

$(BIN): $(OBJS)
	@echo "  LD      $@"
	$(Q)$(CC) $(CFLAGS) $(LDFLAGS) -o $@ $(OBJS) $(PKG_LIBS)
ifeq ($(SANITIZE),1)
	@ln -sf asan/parallax build/parallax-asan
endif

$(BUILD)/obj/%.o: src/%.c build/config.mk
	@mkdir -p $(@D)
	@echo "  CC      $<"
	$(Q)$(CC) $(ALL_CFLAGS) -c -o $@ $<

$(BUILD)/tests/%: tests/unit/%.c $(LIBOBJS) build/config.mk
	@mkdir -p $(@D)
	@echo "  CC      $<"
	$(Q)$(CC) $(ALL_CFLAGS) $(LDFLAGS) -o $@ $< $(LIBOBJS) $(PKG_LIBS) \
		$(CMOCKA_LIBS)

$(BUILD)/tools/%: tests/tools/%.c $(LIBOBJS) build/config.mk
	@mkdir -p $(@D)
	@echo "  CC      $<"
	$(Q)$(CC) $(ALL_CFLAGS) $(LDFLAGS) -o $@ $< $(LIBOBJS) $(PKG_LIBS)

# Every header compiles on its own.
$(BUILD)/hdr/%.ok: include/parallax/%.h build/config.mk
	@mkdir -p $(@D)
	$(Q)printf '#include "parallax/%s.h"\n' $* | \
		$(CC) $(filter-out -MMD -MP,$(ALL_CFLAGS)) -x c -fsyntax-only -
	@touch $@

-include $(OBJS:.o=.d) $(UNITBIN:=.d)

test: $(BIN) $(UNITBIN) $(TOOLBIN) \
		$(HEADERS:include/parallax/%.h=$(BUILD)/hdr/%.ok)
	@BUILD=$(BUILD) sh tests/run.sh

check: build/config.mk
	$(Q)$(MAKE) --no-print-directory test

run: $(BIN)
	@rm -rf build/run && mkdir -p build/run
	@$(BIN) --db build/run/store.db add tests/fixtures/stories >/dev/null || true
	@XDG_CONFIG_HOME=build/run/config $(BIN) --db build/run/store.db

bench: $(BIN) $(TOOLBIN)
	@BUILD=$(BUILD) sh tests/bench/run.sh

eval: $(BIN) $(TOOLBIN)
	@BUILD=$(BUILD) sh tests/eval/run.sh

install: $(BIN)
	install -d $(DESTDIR)$(BINDIR) $(DESTDIR)$(MANDIR)/man1 \
		$(DESTDIR)$(MANDIR)/man5 $(DESTDIR)$(DATADIR)/themes
	install -m 755 $(BIN) $(DESTDIR)$(BINDIR)/parallax
	install -m 644 man/parallax.1 $(DESTDIR)$(MANDIR)/man1/parallax.1
	install -m 644 man/parallax.5 $(DESTDIR)$(MANDIR)/man5/parallax.5
	for t in themes/*.theme; do [ -f "$$t" ] || continue; \
		install -m 644 "$$t" $(DESTDIR)$(DATADIR)/themes/; done

uninstall:
	rm -f $(DESTDIR)$(BINDIR)/parallax $(DESTDIR)$(MANDIR)/man1/parallax.1 \
		$(DESTDIR)$(MANDIR)/man5/parallax.5
	rm -rf $(DESTDIR)$(DATADIR)

deps:
	@sh tests/deps.sh

clean:
	rm -rf build

format:
	clang-format -i src/*.c include/parallax/*.h tests/unit/*.c

# Fuzzing.  tests/fuzz/fuzz-<target>.c are libFuzzer harnesses and
# tests/fuzz/corpus/<target>/ their committed seeds and regressions.
# `make fuzz FUZZ_SECONDS=N` runs each harness for N seconds with clang's
# libFuzzer and sanitizers (objects in build/libfuzzer, new inputs in
# build/libfuzzer/corpus, crashes saved as build/libfuzzer/crash-*);
# `make fuzz-replay` builds each harness with a plain main
# (tests/fuzz/replay.c, any compiler, the sanitizers under SANITIZE=1) and
# runs every corpus file through it.
FUZZ_CC		?= clang
FUZZ_SECONDS	?= 60
FUZZ_DIR	:= build/libfuzzer
FUZZ_SAN	:= -fsanitize=address,undefined -fno-sanitize-recover=all \
	-fno-omit-frame-pointer
FUZZ_SRCS	:= $(wildcard tests/fuzz/fuzz-*.c)
FUZZ_TARGETS	:= $(FUZZ_SRCS:tests/fuzz/fuzz-%.c=%)
FUZZ_OBJS	:= $(LIBOBJS:$(BUILD)/obj/%=$(FUZZ_DIR)/obj/%)
FUZZ_BINS	:= $(FUZZ_TARGETS:%=$(FUZZ_DIR)/fuzz-%)
REPLAY_BINS	:= $(FUZZ_TARGETS:%=$(BUILD)/fuzz/replay-%)
FUZZ_CFLAGS	= $(WARNINGS) $(CPPFLAGS) $(PKG_CFLAGS) -O1 -g $(FUZZ_SAN) \
	-MMD -MP

$(FUZZ_DIR)/obj/%.o: src/%.c build/config.mk
	@mkdir -p $(@D)
	@echo "  FUZZCC  $<"
	$(Q)$(FUZZ_CC) $(FUZZ_CFLAGS) -fsanitize=fuzzer-no-link -c -o $@ $<

$(FUZZ_DIR)/fuzz-%: tests/fuzz/fuzz-%.c $(FUZZ_OBJS) build/config.mk
	@mkdir -p $(@D)
	@echo "  FUZZCC  $<"
	$(Q)$(FUZZ_CC) $(FUZZ_CFLAGS) -fsanitize=fuzzer -o $@ $< \
		$(FUZZ_OBJS) $(PKG_LIBS)

$(BUILD)/fuzz/replay.o: tests/fuzz/replay.c build/config.mk
	@mkdir -p $(@D)
	@echo "  CC      $<"
	$(Q)$(CC) $(ALL_CFLAGS) -c -o $@ $<

$(BUILD)/fuzz/replay-%: tests/fuzz/fuzz-%.c $(BUILD)/fuzz/replay.o \
		$(LIBOBJS) build/config.mk
	@mkdir -p $(@D)
	@echo "  CC      $<"
	$(Q)$(CC) $(ALL_CFLAGS) $(LDFLAGS) -o $@ $< $(BUILD)/fuzz/replay.o \
		$(LIBOBJS) $(PKG_LIBS)

-include $(FUZZ_OBJS:.o=.d) $(FUZZ_BINS:=.d) $(REPLAY_BINS:=.d) \
	$(BUILD)/fuzz/replay.d
.SECONDARY: $(FUZZ_OBJS) $(BUILD)/fuzz/replay.o

fuzz: $(FUZZ_BINS)
	@for t in $(FUZZ_TARGETS); do \
		mkdir -p $(FUZZ_DIR)/corpus/$$t; \
		echo "  FUZZ    $$t ($(FUZZ_SECONDS) s)"; \
		$(FUZZ_DIR)/fuzz-$$t -max_total_time=$(FUZZ_SECONDS) \
		    -timeout=10 -print_final_stats=1 \
		    -artifact_prefix=$(FUZZ_DIR)/crash-$$t- \
		    $(FUZZ_DIR)/corpus/$$t tests/fuzz/corpus/$$t \
		    > $(FUZZ_DIR)/$$t.log 2>&1 || \
		{ tail -60 $(FUZZ_DIR)/$$t.log; exit 1; }; \
		sed -n -e 's/^stat::number_of_executed_units: */    runs /p' \
		    -e 's/^stat::new_units_added: */    new inputs /p' \
		    $(FUZZ_DIR)/$$t.log; \
	done

fuzz-replay: $(REPLAY_BINS)
	@BUILD=$(BUILD) sh tests/fuzz/replay.sh $(FUZZ_TARGETS)

# make check replays every corpus (as regression tests).
test: $(REPLAY_BINS)
