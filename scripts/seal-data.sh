#!/bin/sh
# Write the end line of data files: "#end<TAB>N", N the number of entries
# (lines that are neither comments nor blank), which the programs check at
# load, so that a file cut short or damaged is refused as a whole
# (common/datafile.h).  Run it after editing a word list by hand:
#
#     scripts/seal-data.sh data/abbreviations.txt
#     make seal            # every data file the programs read
#
# An end line the file has already is replaced; the rest is kept byte for
# byte.  With -c, nothing is written: each FILE whose end line is missing
# or wrong is named, and the status is 1 if there is one.
#
# usage: scripts/seal-data.sh [-c] FILE...
set -eu

prog=seal-data
check=0
if [ "${1-}" = -c ]; then
	check=1
	shift
fi
if [ $# -eq 0 ]; then
	printf 'usage: scripts/seal-data.sh [-c] FILE...\n' >&2
	exit 2
fi
ret=0
for f in "$@"; do
	tmp=$f.seal.$$
	# the entries as datafile.c counts them: a line that does not start
	# with '#' and holds a byte other than space and TAB (a CR ends a
	# CRLF line and does not count)
	LC_ALL=C awk '
		/^#end\t/ { next }
		{ print; sub(/\r$/, "") }
		!/^#/ && /[^ \t]/ { n++ }
		END { printf "#end\t%d\n", n }' "$f" > "$tmp" || {
		rm -f "$tmp"
		printf '%s: %s: cannot read\n' "$prog" "$f" >&2
		exit 1
	}
	if cmp -s "$f" "$tmp"; then
		rm -f "$tmp"
	elif [ $check -eq 1 ]; then
		rm -f "$tmp"
		printf '%s: %s: no end line, or a wrong one\n' "$prog" "$f" >&2
		ret=1
	else
		cat "$tmp" > "$f"
		rm -f "$tmp"
	fi
done
exit $ret
