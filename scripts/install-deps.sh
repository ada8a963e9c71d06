#!/usr/bin/env bash
# Install the Debian packages newsfilters needs, if missing, saying which
# and why.
#
# usage: scripts/install-deps.sh [-n] [--build] [PACKAGE ...]
#
# Checks the packages to build (with --build: `make deps`, `make demo`), or
# to build and test (the default: `make test`), and any PACKAGE given
# (`make fuzz` adds clang, `make check-valgrind` valgrind), with dpkg-query,
# and runs apt-get only when something is missing: quiet and quick when
# everything is there.  What it installs it names on stderr, each package
# with what it is for (-n: only that, nothing installed).  Runs apt-get as root: directly when already root,
# through sudo otherwise.  Exits 1 when it cannot install, 2 on a usage
# error.
set -euo pipefail

prog=install-deps
# to build: the compiler and make, PCRE2 (news-tag --rules), libcsv
# (news-split --csv); nothing calls pkg-config, the Makefile names the
# libraries
build=(build-essential libpcre2-dev libcsv-dev)
# to test: bats and its helpers; sqlite3 and jq for tests/cookbook.bats,
# GNU parallel for tests/scaling.bats, strace for tests/sandbox.bats, GNU
# time for tests/window.bats
tests=(bats bats-support bats-assert sqlite3 jq parallel strace time)

# what a package is for, in the list of what is installed
why() {
	case $1 in
	build-essential) echo "gcc and make, to build the programs" ;;
	libpcre2-dev) echo "PCRE2, for news-tag --rules" ;;
	libcsv-dev) echo "libcsv, for news-split --csv" ;;
	bats) echo "the test runner of make test" ;;
	bats-support | bats-assert) echo "the assertions of the bats tests" ;;
	sqlite3) echo "tests/cookbook.bats loads records into SQLite" ;;
	jq) echo "tests/cookbook.bats makes records of JSON Lines" ;;
	parallel) echo "tests/scaling.bats runs the programs under GNU parallel" ;;
	strace) echo "tests/sandbox.bats traces what the programs do" ;;
	graphviz) echo "make demo draws the quote graph" ;;
	clang) echo "make fuzz builds the libFuzzer targets" ;;
	valgrind) echo "make check-valgrind" ;;
	cppcheck | clang-tidy) echo "make lint" ;;
	time) echo "GNU time: the peak memory of tests/window.bats, make bench" ;;
	*) echo "asked for" ;;
	esac
}

die() {
	printf '%s: %s\n' "$prog" "$*" >&2
	exit 1
}

usage() {
	printf 'usage: %s [-n] [--build] [PACKAGE ...]\n' "${0##*/}"
	printf 'Install missing Debian packages: %s, with --build alone; else\n' "${build[*]}"
	printf 'also %s; and any PACKAGE given.\n' "${tests[*]}"
	printf '  -n  say what would be installed and why, install nothing\n'
}

# A package counts as present when dpkg reports it installed ("install ok
# installed", or "hold ok installed").  One line per architecture, hence \n.
installed() {
	dpkg-query -W -f='${Status}\n' "$1" 2>/dev/null | grep -q ' installed$'
}

base=("${build[@]}" "${tests[@]}")
extra=()
dry=0
for arg in "$@"; do
	case $arg in
	-h | --help)
		usage
		exit 0
		;;
	--build)
		base=("${build[@]}")
		continue
		;;
	-n)
		dry=1
		continue
		;;
	-*)
		printf '%s: unknown option: %s\n' "$prog" "$arg" >&2
		usage >&2
		exit 2
		;;
	esac
	# Debian package names, optionally with an architecture (libfoo-dev:amd64).
	[[ $arg =~ ^[a-z0-9][a-z0-9+.-]+(:[a-z0-9-]+)?$ ]] ||
		{ printf '%s: not a package name: %s\n' "$prog" "$arg" >&2; exit 2; }
	extra+=("$arg")
done

wanted=("${base[@]}" ${extra[@]+"${extra[@]}"})
for tool in dpkg-query apt-get; do
	command -v "$tool" >/dev/null 2>&1 ||
		die "$tool not found: this script needs Debian or a derivative; install by hand: ${wanted[*]}"
done

missing=()
for pkg in "${wanted[@]}"; do
	installed "$pkg" || missing+=("$pkg")
done
[ ${#missing[@]} -eq 0 ] && exit 0

printf '%s: %s %d package(s):\n' "$prog" \
	"$([ $dry -eq 1 ] && echo 'would install' || echo installing)" "${#missing[@]}" >&2
for pkg in "${missing[@]}"; do
	printf '  %-16s %s\n' "$pkg" "$(why "$pkg")" >&2
done
[ $dry -eq 0 ] || exit 0

if [ "$EUID" -eq 0 ]; then
	as_root=()
elif command -v sudo >/dev/null 2>&1; then
	as_root=(sudo)
else
	die "not root and sudo not found; as root, run: apt-get install ${missing[*]}"
fi

# env, not an assignment: sudo drops the caller's environment.
apt=("${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get -q -o DPkg::Lock::Timeout=300)
# apt-get writes its progress to stdout; keep stdout for the caller's data.
"${apt[@]}" update >&2 ||
	die "apt-get update failed"
"${apt[@]}" install -y --no-install-recommends "${missing[@]}" >&2 ||
	die "apt-get install failed for: ${missing[*]}"

still=()
for pkg in "${missing[@]}"; do
	installed "$pkg" || still+=("$pkg")
done
[ ${#still[@]} -eq 0 ] || die "still not installed: ${still[*]}"
