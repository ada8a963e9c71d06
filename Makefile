# newsfilters: small, fast Unix filters for English news text.
# `make` builds bin/news-*; `make test` installs what is missing and runs
# every test, also under ASan/UBSan; `make demo` runs the sample pipeline.

VERSION = 0.1.0

PREFIX = /usr/local
BINDIR = $(PREFIX)/bin
DATADIR = $(PREFIX)/share/newsfilters
MANDIR = $(PREFIX)/share/man
COMPDIR = $(PREFIX)/share/bash-completion/completions

CC = cc
CFLAGS = -std=c11 -O2 -g -Wall -Wextra -Wshadow -Wformat=2 \
	-fstack-protector-strong
# warnings are errors in `make test` and CI, not in a user's build, where a
# newer compiler may warn about something new; exported, so that a make the
# tests run builds with the flags of the make that runs them
WERROR ?=
export WERROR
ALLCFLAGS = $(CFLAGS) $(WERROR)
CPPFLAGS = -D_GNU_SOURCE -D_FORTIFY_SOURCE=2 -Icommon \
	-DVERSION=\"$(VERSION)\" -DDATADIR=\"$(DATADIR)\"
LDFLAGS =
LDLIBS = -lcsv -lpcre2-8 -lm

SANFLAGS = -fsanitize=address,undefined -fno-omit-frame-pointer \
	-fno-sanitize-recover=all

# the library every program links, one module a job: every common/*.c;
# every cmd/<program>/main.c is a program bin/news-<program>
LIBSRC = $(sort $(wildcard common/*.c))
LIBHDR = $(sort $(wildcard common/*.h))
PROGS = $(sort $(patsubst cmd/%/main.c,%,$(wildcard cmd/*/main.c)))
BIN = $(PROGS:%=bin/news-%)
# data files the programs read at run time: every file directly in data/
# (word lists, models and their licences) and the gazetteers named here
DATA = $(sort $(filter-out data/gazetteers,$(wildcard data/*)))
MAN1 = $(sort $(wildcard docs/man/*.1))
MAN7 = $(sort $(wildcard docs/man/*.7))
GAZ = data/gazetteers/titles.txt data/gazetteers/title-modifiers.tsv \
	data/gazetteers/honorifics.txt data/gazetteers/countries.tsv \
	data/gazetteers/state-titles.txt data/gazetteers/not-people.txt \
	data/gazetteers/thing-nouns.txt \
	data/gazetteers/title-forms.tsv \
	data/gazetteers/parties.tsv data/gazetteers/first-names-gender.tsv
# the data files the programs read, each ending in "#end<TAB>N"
# (common/datafile.h; `make seal` writes the line after an edit)
SEALED = data/abbreviations.txt data/sentence-starters.txt data/tlds.txt \
	data/quote-verbs.tsv data/idf.tsv $(GAZ)
UNIT = tests/unit/test_tsv tests/unit/test_utf8 tests/unit/test_split tests/unit/test_token \
	tests/unit/test_depstate tests/unit/test_corpus
TOOLS = tests/tools/offsets-check tests/tools/token-eval tests/tools/tokens-check \
	tests/tools/rouge

LIB = build/libnewsfilters.a
LIBOBJ = $(LIBSRC:common/%.c=build/%.o)
ASANDIR = build/asan
ASANLIB = $(ASANDIR)/libnewsfilters.a
ASANOBJ = $(LIBSRC:common/%.c=$(ASANDIR)/%.o)
ASANBIN = $(PROGS:%=$(ASANDIR)/bin/news-%)

TRAINSRC = train/main.c train/corpus.c train/resources.c train/postrain.c
TRAINHDR = train/corpus.h train/resources.h train/postrain.h
TRAIN = build/news-train build/news-train-parser build/news-train-quotes \
	build/news-clusters build/news-tokens build/news-embclust

all: $(BIN)

# the compiler and flags of the last build, rewritten when they change, so
# that everything is built again with them (make test adds -Werror)
FLAGS = $(CC) $(CPPFLAGS) $(ALLCFLAGS) $(SANFLAGS) $(LDFLAGS) $(LDLIBS)
build/flags: FORCE
	@mkdir -p build
	@echo '$(FLAGS)' | cmp -s - $@ || echo '$(FLAGS)' > $@

build/news-train: $(TRAINSRC) $(TRAINHDR) $(LIB) $(LIBHDR)
	$(CC) $(CPPFLAGS) -Itrain $(ALLCFLAGS) $(LDFLAGS) -o $@ $(TRAINSRC) $(LIB) $(LDLIBS)

PARSERTRAINSRC = train/parser.c train/corpus.c train/postrain.c
build/news-train-parser: $(PARSERTRAINSRC) $(TRAINHDR) $(LIB) $(LIBHDR)
	$(CC) $(CPPFLAGS) -Itrain $(ALLCFLAGS) $(LDFLAGS) -pthread -o $@ $(PARSERTRAINSRC) $(LIB) $(LDLIBS)

build/news-train-quotes: train/quotes.c $(LIB) $(LIBHDR)
	$(CC) $(CPPFLAGS) $(ALLCFLAGS) $(LDFLAGS) -o $@ train/quotes.c $(LIB) $(LDLIBS)

build/news-%: train/%.c $(LIB) $(LIBHDR)
	$(CC) $(CPPFLAGS) $(ALLCFLAGS) $(LDFLAGS) -o $@ $< $(LIB) $(LDLIBS)

# what the build needs; `make test` adds what the tests need
deps:
	@scripts/install-deps.sh --build

build/%.o: common/%.c $(LIBHDR) build/flags
	@mkdir -p build
	$(CC) $(CPPFLAGS) $(ALLCFLAGS) -c -o $@ $<

$(LIB): $(LIBOBJ)
	$(AR) rcs $@ $(LIBOBJ)

bin/news-%: cmd/%/main.c $(LIB) $(LIBHDR) build/flags
	@mkdir -p bin
	$(CC) $(CPPFLAGS) $(ALLCFLAGS) $(LDFLAGS) -o $@ $< $(LIB) $(LDLIBS)

# the same programs under AddressSanitizer and UBSan, for `make test`
$(ASANDIR)/%.o: common/%.c $(LIBHDR) build/flags
	@mkdir -p $(ASANDIR)
	$(CC) $(CPPFLAGS) $(ALLCFLAGS) $(SANFLAGS) -c -o $@ $<

$(ASANLIB): $(ASANOBJ)
	$(AR) rcs $@ $(ASANOBJ)

$(ASANDIR)/bin/news-%: cmd/%/main.c $(ASANLIB) $(LIBHDR) build/flags
	@mkdir -p $(ASANDIR)/bin
	@ln -sfn ../../data $(ASANDIR)/data
	$(CC) $(CPPFLAGS) $(ALLCFLAGS) $(SANFLAGS) $(LDFLAGS) -o $@ $< $(ASANLIB) $(LDLIBS)

asan: $(ASANBIN)

# the trainer's reading of GUM's mentions (train/corpus.c)
tests/unit/test_corpus: tests/unit/test_corpus.c tests/unit/unit.h train/corpus.c \
	    train/corpus.h $(ASANLIB) $(LIBHDR) build/flags
	$(CC) $(CPPFLAGS) -Itrain $(ALLCFLAGS) $(SANFLAGS) -o $@ $< train/corpus.c \
	    $(ASANLIB) $(LDLIBS)

tests/unit/%: tests/unit/%.c tests/unit/unit.h $(ASANLIB) $(LIBHDR) build/flags
	$(CC) $(CPPFLAGS) $(ALLCFLAGS) $(SANFLAGS) -o $@ $< $(ASANLIB) $(LDLIBS)

tests/tools/%: tests/tools/%.c $(LIB) $(LIBHDR) build/flags
	$(CC) $(CPPFLAGS) $(ALLCFLAGS) -o $@ $< $(LIB) $(LDLIBS)

# each bats run ends with its totals (tests/bats-run.sh)
check: all asan $(UNIT) $(TOOLS)
	@for t in $(UNIT); do ./$$t || exit 1; done
	@tests/bats-run.sh "bats, bin/" tests/*.bats
	@NEWS_BIN=$(ASANDIR)/bin tests/bats-run.sh "bats, $(ASANDIR)/bin/ (ASan, UBSan)" \
	    tests/*.bats

# what the build and the tests need, then every test, warnings as errors
test:
	@scripts/install-deps.sh
	@$(MAKE) --no-print-directory check WERROR=-Werror

demo:
	@scripts/install-deps.sh --build graphviz
	@$(MAKE) --no-print-directory all
	@scripts/demo.sh

eval: all tests/tools/token-eval tests/tools/rouge
	@scripts/eval.sh

bench: all
	@scripts/bench.sh

# newsfilters beside wc -l, NLTK Punkt and wink-nlp; installs python3-nltk
# and, into build/peers/, the npm packages (never part of `make test`)
bench-peers: all
	@scripts/bench-peers.sh

# rebuild news-tag's models from ../shared/data, then news-extract-quotes'
# (not needed to build or test: the repository carries data/*.model)
model: all $(TRAIN)
	@scripts/train-model.sh
	@scripts/train-quotes.sh

# news-extract-quotes' model alone, from PolNeAR in ../shared/data/polnear
quotes-model: all build/news-train-quotes
	@scripts/train-quotes.sh

install: all
	mkdir -p $(DESTDIR)$(BINDIR) $(DESTDIR)$(DATADIR) $(DESTDIR)$(MANDIR)/man1
	cp -f $(BIN) $(DESTDIR)$(BINDIR)/
	cp -f $(DATA) $(DESTDIR)$(DATADIR)/
	mkdir -p $(DESTDIR)$(DATADIR)/gazetteers
	cp -f $(GAZ) $(DESTDIR)$(DATADIR)/gazetteers/
	cp -f $(MAN1) $(DESTDIR)$(MANDIR)/man1/
	mkdir -p $(DESTDIR)$(MANDIR)/man7 $(DESTDIR)$(COMPDIR)
	cp -f $(MAN7) $(DESTDIR)$(MANDIR)/man7/
	for p in $(BIN:bin/%=%); do \
		cp -f completions/newsfilters.bash $(DESTDIR)$(COMPDIR)/$$p || exit 1; \
	done

uninstall:
	cd $(DESTDIR)$(BINDIR) && rm -f $(BIN:bin/%=%)
	cd $(DESTDIR)$(DATADIR) && rm -f $(DATA:data/%=%) $(GAZ:data/%=%)
	-rmdir $(DESTDIR)$(DATADIR)/gazetteers
	-rmdir $(DESTDIR)$(DATADIR)
	cd $(DESTDIR)$(MANDIR)/man1 && rm -f $(MAN1:docs/man/%=%)
	cd $(DESTDIR)$(MANDIR)/man7 && rm -f $(MAN7:docs/man/%=%)
	cd $(DESTDIR)$(COMPDIR) && rm -f $(BIN:bin/%=%)

clean:
	rm -rf build bin $(UNIT) $(TOOLS)

# libFuzzer targets, tests/fuzz/fuzz_*.c, on the library built by clang
# with -fsanitize=fuzzer,address,undefined (tests/fuzz/README.md);
# `make fuzz FUZZTIME=SECONDS` runs each in turn (60 s each by default)
FUZZCC = clang
FUZZTIME = 60
FUZZDIR = build/fuzz
FUZZFLAGS = -std=c11 -O1 -g -Wall -Wextra -fno-omit-frame-pointer \
	-fsanitize=fuzzer,address,undefined -fno-sanitize-recover=all \
	-DTSV_RBUF_SIZE=61 -DWINDOW_TOKENS=12 -DWINDOW_CONTEXT=4 \
	-DWINDOW_PART=37 -DQDOC_SECTION_WORDS=40 -DFUZZ_DATADIR=\"$(CURDIR)/data\"
FUZZ = $(sort $(patsubst tests/fuzz/fuzz_%.c,%,$(wildcard tests/fuzz/fuzz_*.c)))
FUZZOBJ = $(LIBSRC:common/%.c=$(FUZZDIR)/%.o)

$(FUZZDIR)/%.o: common/%.c $(LIBHDR)
	@mkdir -p $(FUZZDIR)
	$(FUZZCC) -D_GNU_SOURCE -Icommon $(FUZZFLAGS) -c -o $@ $<

$(FUZZDIR)/libnewsfilters.a: $(FUZZOBJ)
	$(AR) rcs $@ $(FUZZOBJ)

$(FUZZDIR)/fuzz_%: tests/fuzz/fuzz_%.c tests/fuzz/fuzz.h tests/fuzz/stage.h \
    $(FUZZDIR)/libnewsfilters.a $(LIBHDR)
	$(FUZZCC) -D_GNU_SOURCE -Icommon $(FUZZFLAGS) -o $@ $< \
	    $(FUZZDIR)/libnewsfilters.a $(LDLIBS)

# the end lines of the data files, after an edit by hand
seal:
	@scripts/seal-data.sh $(SEALED)

# cppcheck and clang-tidy on common/ and cmd/ (scripts/lint.sh)
lint:
	@scripts/install-deps.sh --build cppcheck clang-tidy
	@scripts/lint.sh

# the pipeline on the sample articles under Valgrind memcheck
check-valgrind: all
	@scripts/install-deps.sh --build valgrind
	@tests/valgrind/run.sh

fuzz:
	@scripts/install-deps.sh --build clang
	@$(MAKE) --no-print-directory $(FUZZ:%=$(FUZZDIR)/fuzz_%)
	@tests/fuzz/run.sh $(FUZZTIME) $(FUZZ)

.PHONY: all deps asan check test demo eval bench bench-peers model quotes-model install \
	uninstall clean \
	check-valgrind fuzz lint seal FORCE
.PRECIOUS: $(LIBOBJ) $(ASANOBJ) $(FUZZOBJ)
