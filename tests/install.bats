#!/usr/bin/env bats
# make install / make uninstall: into a temporary PREFIX, and staged with
# DESTDIR.  The installed programs run the whole pipeline from a directory
# outside the repository, with only the installed bin/ on PATH, and give the
# same records as the build tree's; uninstall leaves no file behind.

load test_helper

PROGS=("${PROGRAMS[@]}")

# mk TARGET VAR=VALUE...: make TARGET in the repository, free of the flags
# and variables of a make that runs the tests (make check)
mk() {
	run --separate-stderr env -u MAKEFLAGS -u MFLAGS -u MAKELEVEL -u DESTDIR \
	    -u PREFIX make -C "$ROOT" --no-print-directory "$@"
	if [ "$status" -ne 0 ]; then
		fail "make $*: status $status
$stderr"
	fi
}

# files DIR: the files and links under DIR, relative, sorted
files() {
	(cd "$1" && find . \( -type f -o -type l \) | sed 's|^\./||' | LC_ALL=C sort)
}

# assert_installed DIR: DIR (a PREFIX) holds the programs, data, man pages
# and completions, and nothing else
assert_installed() {
	local dir=$1 p f want

	want=$(
		for p in "${PROGS[@]}"; do
			echo "bin/$p"
			echo "share/bash-completion/completions/$p"
		done
		for f in "$ROOT"/data/*; do
			[ -f "$f" ] && echo "share/newsfilters/${f##*/}"
		done
		for f in "$ROOT"/docs/man/*.1; do echo "share/man/man1/${f##*/}"; done
		echo share/man/man7/newsfilters.7
	)
	run files "$dir"
	for f in $want; do
		assert_line "$f"
	done
	# besides those, only the gazetteers the programs read
	for f in "${lines[@]}"; do
		case $f in
		share/newsfilters/gazetteers/*)
			[ -f "$ROOT/data/gazetteers/${f##*/}" ] || fail "unknown $f" ;;
		*)
			printf '%s\n' "$want" | grep -qxF "$f" || fail "unexpected $f" ;;
		esac
	done
	assert [ -x "$dir/bin/news-split" ]
	cmp "$ROOT/completions/newsfilters.bash" "$dir/share/bash-completion/completions/news-tag"
	cmp "$ROOT/docs/man/newsfilters.7" "$dir/share/man/man7/newsfilters.7"
	cmp "$ROOT/data/tagger.model" "$dir/share/newsfilters/tagger.model"
}

# assert_empty_tree DIR: no file or link is left under DIR, only empty
# directories
assert_empty_tree() {
	run files "$1"
	assert_output ''
}

# pipeline BINDIR OUT: the five programs of BINDIR on the sample articles in
# the current directory, with only BINDIR and the system on PATH; the records
# go to OUT.*
pipeline() {
	local bin=$1 out=$2

	env -i PATH="$bin:/usr/bin:/bin" LC_ALL=C HOME="$T" sh -ec '
		out=$1
		news-split seeds/*.txt > "$out.sents"
		news-tag "$out.sents" > "$out.tokens"
		news-tag --spans "$out.sents" > "$out.spans"
		news-extract-people "$out.sents" > "$out.people"
		news-extract-people --corpus "$out.sents" > "$out.corpus"
		news-extract-quotes "$out.sents" > "$out.quotes"
		news-summarize -n 2 "$out.sents" > "$out.summary"
		news-split seeds/*.txt | news-tag --spans | cut -f5,6 |
			sort | uniq -c | sort -rn > "$out.counts"
	' sh "$out"
}

@test "install: make install PREFIX, the pipeline from elsewhere, make uninstall" {
	local prefix=$T/prefix

	mk install PREFIX="$prefix"
	assert_installed "$prefix"

	# the pipeline in a directory outside the repository
	mkdir -p elsewhere/seeds
	cp "$ROOT"/examples/seeds/*.txt elsewhere/seeds/
	cd elsewhere
	run -0 --separate-stderr pipeline "$prefix/bin" inst
	assert_stderr ''
	for f in sents tokens spans people corpus quotes summary counts; do
		[ -s "inst.$f" ] || fail "inst.$f is empty"
	done
	assert_equal "$(wc -l < inst.sents)" 86
	run cut -f1 inst.corpus
	assert_line 'Hakan Fidan'
	# the same records as the programs under test (the build tree's)
	pipeline "$NEWS_BIN" tree
	for f in sents tokens spans people corpus quotes summary counts; do
		cmp "inst.$f" "tree.$f"
	done
	# the installed programs read the installed data, not the build tree's:
	# without it they stop with status 2 (unless another installation sits
	# in the directory compiled in)
	if [ ! -e /usr/local/share/newsfilters/idf.tsv ]; then
		mv "$prefix/share/newsfilters/idf.tsv" "$T/idf.tsv"
		run -2 --separate-stderr env -i PATH="$prefix/bin:/usr/bin:/bin" news-summarize inst.sents
		mv "$T/idf.tsv" "$prefix/share/newsfilters/idf.tsv"
	fi
	# and NEWSFILTERS_DATA still points them elsewhere
	run -0 env -i PATH="$prefix/bin:/usr/bin:/bin" NEWSFILTERS_DATA="$ROOT/data" news-summarize -n 1 inst.sents
	assert_equal "${#lines[@]}" 4
	# --version works from there
	run -0 env -i PATH="$prefix/bin:/usr/bin:/bin" news-split --version
	assert_output --partial 'news-split'

	# the man pages are found by man
	if command -v man >/dev/null; then
		run -0 env MANPATH="$prefix/share/man" man -w 7 newsfilters
		assert_output "$prefix/share/man/man7/newsfilters.7"
		run -0 env MANPATH="$prefix/share/man" man -w news-split
		assert_output "$prefix/share/man/man1/news-split.1"
	fi

	# the completion, as bash-completion loads it
	run -0 env -i PATH="$prefix/bin:/usr/bin:/bin" bash --norc -c '
		. "$1/share/bash-completion/completions/news-summarize"
		complete -p news-summarize
		COMP_WORDS=(news-summarize --cl); COMP_CWORD=1
		_newsfilters news-summarize --cl news-summarize
		printf "%s\n" "${COMPREPLY[@]}"' bash "$prefix"
	assert_line 'complete -F _newsfilters news-summarize'
	assert_line -- '--cluster'
	assert_line -- '--cluster-sep'

	cd "$T"
	mk uninstall PREFIX="$prefix"
	assert_empty_tree "$prefix"
	[ ! -e "$prefix/share/newsfilters" ] || fail "share/newsfilters is left"
}

@test "install: DESTDIR stages the same files under DESTDIR/PREFIX" {
	local stage=$T/stage prefix=/opt/newsfilters-test

	mk install PREFIX="$T/plain"
	mk install DESTDIR="$stage" PREFIX="$prefix"
	# nothing outside DESTDIR/PREFIX, and the same files as without DESTDIR
	run ls "$stage"
	assert_output opt
	assert [ ! -e "$prefix" ]
	assert_equal "$(files "$stage$prefix")" "$(files "$T/plain")"
	assert_installed "$stage$prefix"

	# the staged programs run where they are: they find their data beside
	# themselves
	mkdir -p elsewhere/seeds
	cp "$ROOT"/examples/seeds/*.txt elsewhere/seeds/
	cd elsewhere
	run -0 --separate-stderr pipeline "$stage$prefix/bin" staged
	assert_stderr ''
	pipeline "$NEWS_BIN" tree
	cmp staged.quotes tree.quotes
	cmp staged.summary tree.summary

	cd "$T"
	mk uninstall DESTDIR="$stage" PREFIX="$prefix"
	assert_empty_tree "$stage"
	mk uninstall PREFIX="$T/plain"
	assert_empty_tree "$T/plain"
}

@test "install: make uninstall removes only the files it installed" {
	local prefix=$T/prefix

	mk install PREFIX="$prefix"
	echo mine > "$prefix/bin/other-tool"
	echo mine > "$prefix/share/man/man1/other-tool.1"
	echo mine > "$prefix/share/bash-completion/completions/other-tool"
	mk uninstall PREFIX="$prefix"
	run files "$prefix"
	assert_output "bin/other-tool
share/bash-completion/completions/other-tool
share/man/man1/other-tool.1"
}
