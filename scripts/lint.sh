#!/bin/sh
# Static analysis of the project's C code (what `make lint` runs): cppcheck
# (warnings, portability, performance) and clang-tidy's clang-analyzer
# checks, on every file of common/ and cmd/.  Exit status 1 when either
# reports anything.
#
# The checks left out, and why: clang-tidy's DeprecatedOrUnsafeBufferHandling
# flags every memcpy and snprintf (Annex K advice, not a bug).  cppcheck is
# told that _Noreturn means noreturn, so that code after dief() is not
# taken for reachable.
set -eu

cd "$(dirname "$0")/.."
status=0
src=$(ls common/*.c cmd/*/main.c)

cppcheck --quiet --enable=warning,portability,performance --std=c11 \
    -D_GNU_SOURCE '-D_Noreturn=__attribute__((noreturn))' -Icommon \
    --error-exitcode=1 --template='{file}:{line}: {id}: {message}' \
    $src || status=1

for f in $src; do
	out=$(clang-tidy -quiet \
	    -checks='-*,clang-analyzer-*,-clang-analyzer-security.insecureAPI.DeprecatedOrUnsafeBufferHandling' \
	    "$f" -- -std=c11 -D_GNU_SOURCE -Icommon 2>/dev/null) || status=1
	if printf '%s' "$out" | grep -q 'warning:\|error:'; then
		printf '%s\n' "$out"
		status=1
	fi
done
[ "$status" -eq 0 ] && printf 'lint: cppcheck and clang-tidy found nothing\n'
exit "$status"
