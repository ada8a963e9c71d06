#!/usr/bin/env bats
# The set-up (issue 21): scripts/install-deps.sh installs what README.md
# says, names each package with what it is for; `make deps` installs what
# the build needs, `make test` also what the tests need; the default build
# does not make warnings errors, `make test` does; a bats run ends with its
# totals.

load test_helper

# deps ARG...: what scripts/install-deps.sh -n would install on a machine
# that has nothing (a dpkg-query that knows no package), one package a
# line; its whole message in deps.err
deps() {
	mkdir -p fake
	printf '#!/bin/sh\nexit 1\n' > fake/dpkg-query
	chmod +x fake/dpkg-query
	env PATH="$PWD/fake:$PATH" "$ROOT/scripts/install-deps.sh" -n "$@" \
	    2> deps.err || return 1
	awk 'NR > 1 { print $1 }' deps.err
}

# readme_deps TARGET: the packages README.md's table says TARGET installs
readme_deps() {
	awk -F'|' -v t="\`make $1\`" '
		/^\| package \| for \| installed by \|/ { table = 1; next }
		table && !/^\|/ { exit }
		table && index($4, t) { n = split($2, p, ","); for (i = 1; i <= n; i++) {
			gsub(/ /, "", p[i]); if (p[i] != "" && p[i] !~ /^-+$/) print p[i] } }
		' "$ROOT/README.md"
}

@test "install-deps: make test installs what README.md says, each with why" {
	run -0 deps
	[ -n "$output" ]
	assert_equal "$(sort <<< "$output")" "$(readme_deps test | sort)"
	# every package named with what it is for
	awk 'NR > 1 && NF < 3 { exit 1 }' deps.err ||
		fail "a package without a reason: $(cat deps.err)"
	! grep -q 'asked for' deps.err ||
		fail "a package without a reason: $(cat deps.err)"
	run head -n 1 deps.err
	assert_output --regexp '^install-deps: would install [0-9]+ package\(s\):$'
}

@test "install-deps: make deps installs what the build needs, as README.md says" {
	run -0 deps --build
	assert_equal "$(sort <<< "$output")" "$(readme_deps deps | sort)"
	assert_equal "$(sort <<< "$output")" $'build-essential\nlibcsv-dev\nlibpcre2-dev'
	run -0 deps --build graphviz
	assert_equal "$(sort <<< "$output")" "$(readme_deps demo | sort)"
}

@test "install-deps: nothing calls pkg-config, and it is not installed" {
	run -0 deps
	refute_line pkg-config
	run grep -rl --exclude=install-deps.sh pkg-config "$ROOT/Makefile" \
	    "$ROOT/scripts" "$ROOT/tests/fuzz/run.sh"
	assert_failure
}

@test "make: warnings are errors in make test, not in the default build" {
	run -0 env -u MAKEFLAGS -u MFLAGS -u MAKELEVEL -u WERROR make -C "$ROOT" -pn all
	assert_line --regexp '^CFLAGS = '
	refute_line --regexp '^CFLAGS = .*-Werror'
	refute_line --regexp '^WERROR [?:]?= *-Werror'
	run -0 env -u MAKEFLAGS -u MFLAGS -u MAKELEVEL -u WERROR make -C "$ROOT" -n test
	assert_line --regexp 'check WERROR=-Werror$'
}

@test "bats-run.sh: a run ends with its totals and the status of bats" {
	local path

	# printf, not a here-document: bats would take its @test lines for
	# tests of this file
	printf '@%s\n' 'test "passes" { true; }' 'test "fails" { false; }' \
	    'test "is skipped" { skip "not here"; }' > t.bats
	# a bats of its own: free of this one's variables, its libexec
	# directory on PATH and its descriptor 3
	path=$(tr : '\n' <<< "$PATH" | grep -v bats-core | paste -sd :)
	run env -i PATH="$path" HOME="$HOME" "$ROOT/tests/bats-run.sh" \
	    "demo run" t.bats 3>&-
	assert_failure
	assert_line --index 0 '1..3'
	assert_line 'demo run: 1 passed, 1 failed, 1 skipped'
	assert_equal "${lines[-1]}" 'demo run: 1 passed, 1 failed, 1 skipped'
	printf '@%s\n' 'test "passes" { true; }' > ok.bats
	run -0 env -i PATH="$path" HOME="$HOME" "$ROOT/tests/bats-run.sh" \
	    "ok run" ok.bats 3>&-
	assert_equal "${lines[-1]}" 'ok run: 1 passed, 0 failed, 0 skipped'
}
