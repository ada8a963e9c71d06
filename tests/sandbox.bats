#!/usr/bin/env bats
# The programs open no network connection and run no other program: they
# read their input and data files and write records, nothing else (strace).

load test_helper

setup_file() {
	command -v strace > /dev/null || skip "strace is not installed"
	# a container may forbid ptrace
	strace -qq -o /dev/null true 2> /dev/null || skip "strace cannot trace here"
}

# traced PROGRAM ARGS...: run under strace, the calls that matter in
# $T/trace
traced() {
	# LeakSanitizer cannot run under ptrace; the ASan run checks leaks
	# elsewhere
	ASAN_OPTIONS=${ASAN_OPTIONS:+$ASAN_OPTIONS:}detect_leaks=0 strace -f -qq -o "$T/trace" -e trace=execve,socket,connect,bind,fork,vfork,clone3 \
	    "$@" > "$T/out" 2> "$T/err" < "$T/in"
}

@test "no program connects anywhere or starts another program" {
	cd "$ROOT"
	"$SPLIT" examples/seeds/*.txt > "$T/in"
	for p in "${PROGRAMS[@]}"; do
		if [ "$p" = news-split ]; then
			cp examples/seeds/000_335cacaebf01be3e.txt "$T/in"
		fi
		traced "$NEWS_BIN/$p"
		[ -s "$T/out" ] || fail "$p wrote nothing"
		# one execve: the program itself; no socket, no other process
		run grep -c 'execve(' "$T/trace"
		assert_output 1
		run grep -E 'socket\(|connect\(|bind\(|fork\(|clone3\(' "$T/trace"
		assert_output ''
		"$SPLIT" examples/seeds/*.txt > "$T/in"
	done
}
