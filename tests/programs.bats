#!/usr/bin/env bats
# One list of the programs: every cmd/NAME/main.c is a program news-NAME
# (test_helper.bash's PROGRAMS, as the Makefile builds them), and the
# completion, the man pages, the README, the overview and the record
# format name each of them, so that adding a program cannot leave one out.

load test_helper

@test "every program is built, has a man page, and is named by the completion and the docs" {
	local p missing=''

	[ "${#PROGRAMS[@]}" -ge 5 ] || fail "programs: ${PROGRAMS[*]}"
	for p in "${PROGRAMS[@]}"; do
		[ -x "$NEWS_BIN/$p" ] || missing+=" $p:not-built"
		[ -f "$ROOT/docs/man/$p.1" ] || missing+=" $p:man-page"
		grep -q "[[:space:]]$p\\b" "$ROOT/completions/newsfilters.bash" ||
			missing+=" $p:completion"
		grep -q "$p" "$ROOT/README.md" || missing+=" $p:README"
		# roff writes a hyphen as \-
		grep -qF -e "$p" -e "${p//-/\\-}" "$ROOT/docs/man/newsfilters.7" ||
			missing+=" $p:newsfilters.7"
		grep -q "\`$p\`" "$ROOT/docs/format.md" || missing+=" $p:format.md"
		grep -q "$p" "$ROOT/docs/design.md" || missing+=" $p:design.md"
	done
	[ -z "$missing" ] || fail "missing:$missing"
}

@test "every program answers --help and --version with its own name" {
	local p

	for p in "${PROGRAMS[@]}"; do
		run -0 "$NEWS_BIN/$p" --help
		assert_line -n 0 --regexp "^usage: $p "
		run -0 "$NEWS_BIN/$p" --version
		assert_output --regexp "^$p \\(newsfilters\\) "
	done
}
