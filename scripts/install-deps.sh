#!/usr/bin/env bash
# Install the Debian packages newsfilters needs to build and test, if missing.
#
# usage: scripts/install-deps.sh [PACKAGE ...]
#
# Checks the base set (and any PACKAGE given: `make fuzz` adds clang, `make
# check-valgrind` valgrind; `make test` needs neither) with dpkg-query and
# runs apt-get only when something is missing, so it is quiet and quick
# when everything is present.  Runs apt-get as root: directly when already
# root, through sudo otherwise.  Exits 1 when it cannot install, 2 on a usage
# error.
set -euo pipefail

prog=install-deps
# sqlite3: tests/cookbook.bats loads records into SQLite; parallel (GNU
# parallel): tests/scaling.bats; strace: tests/sandbox.bats
base=(build-essential pkg-config libpcre2-dev libcsv-dev bats bats-support bats-assert sqlite3
	parallel strace)

die() {
	printf '%s: %s\n' "$prog" "$*" >&2
	exit 1
}

usage() {
	printf 'usage: %s [PACKAGE ...]\n' "${0##*/}"
	printf 'Install missing Debian packages: %s and any PACKAGE given.\n' "${base[*]}"
}

# A package counts as present when dpkg reports it installed ("install ok
# installed", or "hold ok installed").  One line per architecture, hence \n.
installed() {
	dpkg-query -W -f='${Status}\n' "$1" 2>/dev/null | grep -q ' installed$'
}

for arg in "$@"; do
	case $arg in
	-h | --help)
		usage
		exit 0
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
done

wanted=("${base[@]}" "$@")
for tool in dpkg-query apt-get; do
	command -v "$tool" >/dev/null 2>&1 ||
		die "$tool not found: this script needs Debian or a derivative; install by hand: ${wanted[*]}"
done

missing=()
for pkg in "${wanted[@]}"; do
	installed "$pkg" || missing+=("$pkg")
done
[ ${#missing[@]} -eq 0 ] && exit 0

if [ "$EUID" -eq 0 ]; then
	as_root=()
elif command -v sudo >/dev/null 2>&1; then
	as_root=(sudo)
else
	die "not root and sudo not found; as root, run: apt-get install ${missing[*]}"
fi

printf '%s: installing: %s\n' "$prog" "${missing[*]}" >&2
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
