#!/bin/sh
# Rebuild eval/data/gum-news/person-entities.tsv, the gold persons of the
# "GUM persons recall" row of news-extract-people in `make eval`.
#
# usage: scripts/make-gum-persons.sh [-o FILE] [ENTITIES [DOCS]]
#
# ENTITIES is GUM's table of person entities, by default
# ../shared/data/gum/derived/person-entities.tsv (or under
# $NEWSFILTERS_SHARED): doc_id entity_id wikipedia_identity n_mentions
# longest_capitalised_mention distinct_mentions.  DOCS is a `doc text` file
# (news-split --docs input), by default
# eval/data/gum-news/news-interview.docs.tsv: only its documents are kept.
#
# Keeps the entities that have a Wikipedia identity, and makes a name of
# it: %XX escapes decoded (%28 is "(", %2D is "-"), _ made a space, a
# trailing parenthesised disambiguation dropped ("Michael_Skinner_%28
# magician%29" is "Michael Skinner"); names of fewer than two words are
# left out.  An identity that two entities of a document share stays twice,
# as GUM has it.  Writes, in the order of ENTITIES, with a header line:
#   doc_id name entity_id wikipedia_identity n_mentions
#   longest_capitalised_mention distinct_mentions
# to FILE (by default eval/data/gum-news/person-entities.tsv; - is standard
# output).  GUM's annotations are CC BY 4.0 (eval/data/gum-news/LICENSE.txt).
#
# Exit status: 0 done, 1 an input is missing or awk failed, 2 usage.
set -eu

prog=make-gum-persons
usage() {
	printf 'usage: scripts/make-gum-persons.sh [-o FILE] [ENTITIES [DOCS]]\n' >&2
	exit 2
}
# paths given are taken from where the script was started
here=$(pwd)
abs() {
	case $1 in
	/* | -) printf '%s\n' "$1" ;;
	*) printf '%s/%s\n' "$here" "$1" ;;
	esac
}
out=
case ${1-} in
-o) [ $# -ge 2 ] || usage; out=$(abs "$2"); shift 2 ;;
-h | --help) sed -n '2,/^$/s/^# \{0,1\}//p' "$0"; exit 0 ;;
-?*) printf '%s: unknown option: %s\n' "$prog" "$1" >&2; usage ;;
esac
[ $# -le 2 ] || usage
entities=
docs=
[ $# -lt 1 ] || entities=$(abs "$1")
[ $# -lt 2 ] || docs=$(abs "$2")
cd "$(dirname "$0")/.."
: "${out:=eval/data/gum-news/person-entities.tsv}"
: "${entities:=${NEWSFILTERS_SHARED:-../shared}/data/gum/derived/person-entities.tsv}"
: "${docs:=eval/data/gum-news/news-interview.docs.tsv}"

die() {
	printf '%s: %s\n' "$prog" "$*" >&2
	exit 1
}

for f in "$entities" "$docs"; do
	[ -r "$f" ] || die "$f: cannot read"
done

# Bytes, not characters: a %XX escape is one byte of the UTF-8 name.
LC_ALL=C
export LC_ALL

persons() {
	awk -F '\t' -v OFS='\t' '
	function unhex(s,    i, v) {
		v = 0
		s = toupper(s)
		for (i = 1; i <= length(s); i++)
			v = v * 16 + index("0123456789ABCDEF", substr(s, i, 1)) - 1
		return v
	}
	# s with its %XX escapes decoded, as urllib.parse.unquote() does
	function unquote(s,    out) {
		out = ""
		while (match(s, /%[0-9A-Fa-f][0-9A-Fa-f]/)) {
			out = out substr(s, 1, RSTART - 1) \
			    sprintf("%c", unhex(substr(s, RSTART + 1, 2)))
			s = substr(s, RSTART + 3)
		}
		return out s
	}
	FNR == 1 { file++ }
	/^#/ { next }
	file == 1 { sub(/\r$/, ""); keep[$1]; next }
	!($1 in keep) || $3 == "" { next }
	{
		sub(/\r$/, "")
		name = unquote($3)
		gsub(/_/, " ", name)
		sub(/[ \t]*\(.*\)$/, "", name)
		if (split(name, w, " ") < 2)
			next
		print $1, name, $2, $3, $4, $5, $6
	}' "$docs" "$entities"
}

header() {
	printf '#doc_id\tname\tentity_id\twikipedia_identity\tn_mentions\tlongest_capitalised_mention\tdistinct_mentions\n'
}
if [ "$out" = - ]; then
	header
	persons || die "awk failed"
else
	{ header && persons; } >"$out.tmp" ||
		{ rm -f "$out.tmp"; die "awk failed"; }
	mv "$out.tmp" "$out"
fi
