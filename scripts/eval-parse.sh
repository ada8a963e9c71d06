#!/bin/sh
# Score news-tag's dependency parses against gold CoNLL-U with gold tokens.
# POSIX sh and awk only.
#
# usage: scripts/eval-parse.sh GOLD.conllu PRED.conllu
#        scripts/eval-parse.sh -b GOLD.conllu
#
# Computes what ../shared/eval/parsing.py computes and prints it in the
# same form, byte for byte:
#   words N
#   UAS 0.0000  LAS 0.0000  LAS-full 0.0000
#   LAS 0.0000
# PRED is `news-tag --input conllu --parse` of GOLD with every field but
# ID, FORM and SpaceAfter blanked (-b prints GOLD so).  A sentence is the
# word lines between blank lines; a word line has ten TAB-separated fields
# and an ID of digits only, so comments, multi-word token ranges (1-2) and
# empty nodes (1.1) are skipped.  Every word counts, punctuation included
# (CoNLL 2018).  UAS: the HEAD is right; LAS: HEAD and the relation before
# any ':' subtype; LAS-full: HEAD and the whole DEPREL.  GOLD and PRED must
# have as many sentences, and each sentence the same FORMs.
#
# -b prints GOLD with LEMMA, UPOS, XPOS, FEATS, HEAD, DEPREL and DEPS as _
# and MISC as SpaceAfter=No where it had that, else _: the words only, as
# the held-out measure feeds them.  Comments and other lines stay.
#
# Lines are read as Python reads text files: CRLF and a lone CR end a line.
#
# Exit status: 0 scored, 1 the files do not match (sentence counts or
# tokens), 2 usage.
set -eu

prog=eval-parse

usage() {
	sed -n '2,/^$/s/^# \{0,1\}//p' "$0" | sed -n '/^usage:/,/^$/p' >&2
	exit 2
}

mode=score
case ${1-} in
-b) mode=blank; shift ;;
-h | --help) sed -n '2,/^$/s/^# \{0,1\}//p' "$0"; exit 0 ;;
-?*) printf '%s: unknown option: %s\n' "$prog" "$1" >&2; usage ;;
esac
if [ "$mode" = blank ]; then
	[ $# -eq 1 ] || usage
else
	[ $# -eq 2 ] || usage
fi
for f in "$@"; do
	if [ "$f" != - ] && [ ! -r "$f" ]; then
		printf '%s: %s: cannot read\n' "$prog" "$f" >&2
		exit 2
	fi
done

LC_ALL=C
export LC_ALL

if [ "$mode" = blank ]; then
	exec awk 'BEGIN { RS = "\r\n|\r|\n"; FS = OFS = "\t" }
	NF == 10 && $1 !~ /^#/ {
		m = $10 ~ /(^|\|)SpaceAfter=No(\||$)/ ? "SpaceAfter=No" : "_"
		print $1, $2, "_", "_", "_", "_", "_", "_", "_", m
		next
	}
	{ print }' "$1"
fi

exec awk -v prog="$prog" '
BEGIN { RS = "\r\n|\r|\n"; FS = "\t" }
function die(msg) {
	printf "%s: %s\n", prog, msg > "/dev/stderr"
	failed = 1
	exit 1
}
function endsent(w) {
	if (cur[w] > 0)
		len[w, ++ns[w]] = cur[w]
	cur[w] = 0
}
$0 == "" { endsent(which); next }
/^#/ { next }
NF != 10 || $1 !~ /^[0-9]+$/ { next }
{
	k = ++cur[which]
	i = ns[which] + 1
	form[which, i, k] = $2
	head[which, i, k] = $7
	rel[which, i, k] = $8
}
END {
	if (failed)
		exit 1
	endsent("g")
	endsent("p")
	if (ns["g"] != ns["p"])
		die(sprintf("%d gold sentences but %d predicted", ns["g"], ns["p"]))
	for (i = 1; i <= ns["g"]; i++) {
		if (len["g", i] != len["p", i])
			die(sprintf("sentence %d: the predicted tokens differ from the gold tokens", i))
		for (k = 1; k <= len["g", i]; k++)
			if (form["g", i, k] != form["p", i, k])
				die(sprintf("sentence %d: the predicted tokens differ from the gold tokens", i))
		for (k = 1; k <= len["g", i]; k++) {
			n++
			if (head["g", i, k] != head["p", i, k])
				continue
			uas++
			g = rel["g", i, k]; p = rel["p", i, k]
			full += g == p
			sub(/:.*/, "", g); sub(/:.*/, "", p)
			las += g == p
		}
	}
	if (n == 0)
		die("no words")
	printf "words %d\n", n
	printf "UAS %.4f  LAS %.4f  LAS-full %.4f\n", uas / n, las / n, full / n
	printf "LAS %.4f\n", las / n
}' which=g "$1" which=p "$2"
