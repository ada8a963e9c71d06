#!/usr/bin/env bats
# The examples of README.md print what the README says they print (issue
# 21: the README had drifted from the programs).  Each example is an
# indented line "$ COMMAND" and the indented lines after it, up to a blank
# line, its output; it runs in the top of the repository with the programs
# under test in place of bin/.

load test_helper

# examples: README.md's examples, as files cmd-N and want-N in the current
# directory; prints N
examples() {
	awk -v dir="$PWD" '
		/^    \$ / { n++; out = 1
			f = dir "/cmd-" n; print substr($0, 7) > f; close(f)
			printf "" > (dir "/want-" n); next }
		out && /^    / { f = dir "/want-" n; print substr($0, 5) >> f
			close(f); next }
		{ out = 0 }
		END { print n + 0 }' "$ROOT/README.md"
}

@test "README.md: every example prints what the README says" {
	local n i cmd

	n=$(examples)
	[ "$n" -ge 6 ] || fail "only $n examples found in README.md"
	for ((i = 1; i <= n; i++)); do
		cmd=$(sed "s|bin/news-|$NEWS_BIN/news-|g" "cmd-$i")
		(cd "$ROOT" && bash -c "$cmd") > "got-$i" 2> "err-$i" ||
			fail "README example $i failed: $(cat "cmd-$i"): $(cat "err-$i")"
		cmp -s "want-$i" "got-$i" ||
			fail "README example $i: $(cat "cmd-$i")
$(diff "want-$i" "got-$i")"
	done
}
