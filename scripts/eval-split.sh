#!/bin/sh
# Score news-split's sentences against a gold split.  POSIX sh and awk only.
#
# usage: scripts/eval-split.sh [-v] GOLD PRED
#        scripts/eval-split.sh -c [-v] GOLD PRED
#        scripts/eval-split.sh -d INPUT
#
# Boundary mode (the default) computes what ../shared/eval/split.py computes,
# and prints it in the same form:
#   GOLD: doc<TAB>sent<TAB>para<TAB>text   (a '#' line names the columns)
#   PRED: news-split output: doc sent para start end text
# A boundary is the number of non-whitespace characters (UTF-8 characters,
# not bytes) from the start of the document to the end of a sentence.  It
# prints boundary precision, recall and F1 over the documents of GOLD, and how
# many gold sentences are reproduced exactly: both ends are predicted
# boundaries and no predicted boundary falls between them.  Documents are
# matched on the last component of their id (doc/a.txt matches a.txt).
#
# -c scores cases, as for the Golden Rules: GOLD is id<TAB>sent_no<TAB>sentence
# with a header row, and a case is right when the list of its sentences in
# PRED equals the list in GOLD exactly.
#
# -d prints the --docs form (id<TAB>text) of a cases input file, which is
# id<TAB>name<TAB>text with a header row.
#
# -v also lists, before the totals, each document or case that is not right.
#
# Whitespace is what Python's str.isspace() accepts, as in split.py: ASCII
# \t \n \v \f \r, space, 0x1C-0x1F, and U+0085, U+00A0, U+1680, U+2000-U+200A,
# U+2028, U+2029, U+202F, U+205F, U+3000.  Fields are unescaped as split.py
# does (\t \n \r \\; any other backslash pair is kept as it is).  Input is
# expected to be valid UTF-8; news-split output always is.
#
# Exit status: 0 scored, 1 bad input (a line with too few fields), 2 usage.
set -eu

prog=eval-split

usage() {
	sed -n '2,/^$/s/^# \{0,1\}//p' "$0" | sed -n '/^usage:/,/^$/p' >&2
	exit 2
}

mode=bound
verbose=0
while [ $# -gt 0 ]; do
	case $1 in
	-c) mode=cases ;;
	-d) mode=docs ;;
	-v) verbose=1 ;;
	-h | --help) sed -n '2,/^$/s/^# \{0,1\}//p' "$0"; exit 0 ;;
	--) shift; break ;;
	-?*) printf '%s: unknown option: %s\n' "$prog" "$1" >&2; usage ;;
	*) break ;;
	esac
	shift
done
if [ "$mode" = docs ]; then
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

# Bytes, not characters: the program counts UTF-8 characters itself.
LC_ALL=C
export LC_ALL

if [ "$mode" = docs ]; then
	exec awk -F '\t' '
	/^#/ || $0 == "" { next }
	!header++ { next }
	{
		sub(/\r$/, "")
		print $1 "\t" $3
	}' "$1"
fi

exec awk -v mode="$mode" -v verbose="$verbose" -v prog="$prog" '
# Undo the escapes of a field like split.py: \t \n \r \\, any other pair kept.
function unesc(s,    out, i, n, c) {
	if (index(s, "\\") == 0)
		return s
	out = ""
	n = length(s)
	for (i = 1; i <= n; i++) {
		c = substr(s, i, 1)
		if (c == "\\" && i < n) {
			c = substr(s, ++i, 1)
			if (c == "t") c = "\t"
			else if (c == "n") c = "\n"
			else if (c == "r") c = "\r"
			else if (c != "\\") c = "\\" c
		}
		out = out c
	}
	return out
}

# Characters of s that are not whitespace.
function nchars(s,    n) {
	gsub(/[\t\n\v\f\r \034-\037]/, "", s)
	if (s !~ /[\200-\377]/)
		return length(s)
	gsub(/\302[\205\240]|\341\232\200|\342\200[\200-\212\250\251\257]|\342\201\237|\343\200\200/, "", s)
	n = length(s)
	return n - gsub(/[\200-\277]/, "", s)
}

function basename(s) {
	sub(/.*\//, "", s)
	return s
}

function die(msg) {
	printf "%s: %s\n", prog, msg > "/dev/stderr"
	failed = 1
	exit 1
}

# One line as Python reads it: split at TABs, unescaped, comments skipped.
function record(line,    nf, f, need, d, i, text) {
	lineno[FILENAME]++
	if (line == "" || substr(line, 1, 1) == "#")
		return
	nf = split(line, f, "\t")
	if (mode == "cases" && which == "g" && !header++)
		return
	need = which == "p" ? 6 : (mode == "cases" ? 3 : 4)
	if (nf < need)
		die(sprintf("%s:%d: expected at least %d fields, got %d",
		    FILENAME, lineno[FILENAME], need, nf))
	d = basename(unesc(f[1]))
	text = unesc(which == "p" ? f[6] : (mode == "cases" ? f[3] : f[4]))
	if (!((which, d) in n)) {
		n[which, d] = 0
		if (which == "g")
			order[++ndoc] = d
	}
	i = ++n[which, d]
	num[which, d, i] = f[2] + 0
	txt[which, d, i] = text
	if (mode == "bound")
		cnt[which, d, i] = nchars(text)
}

{
	# Python reads a lone CR as a line end, and CRLF as LF
	if (index($0, "\r")) {
		k = split($0, part, "\r")
		for (j = 1; j <= k; j++)
			record(part[j])
	} else {
		record($0)
	}
}

# idx[1..m]: the sentences of doc d in side w, in the order of Python
# sorted() on (number, text).  Insertion sort: the input is mostly in order.
function sorted(w, d, idx,    m, i, j, x) {
	m = ((w, d) in n) ? n[w, d] : 0
	for (i = 1; i <= m; i++) {
		x = i
		for (j = i - 1; j >= 1 && after(w, d, idx[j], x); j--)
			idx[j + 1] = idx[j]
		idx[j + 1] = x
	}
	return m
}

function after(w, d, a, b) {
	if (num[w, d, a] != num[w, d, b])
		return num[w, d, a] > num[w, d, b]
	return txt[w, d, a] > txt[w, d, b]
}

# The sorted distinct boundaries of doc d in side w, in b[1..]; their count.
function bounds(w, d, b,    idx, m, i, k, pos) {
	m = sorted(w, d, idx)
	k = 0
	pos = 0
	for (i = 1; i <= m; i++) {
		pos += cnt[w, d, idx[i]]
		if (k == 0 || b[k] != pos)
			b[++k] = pos
	}
	return k
}

function score_doc(d,    gb, pb, ng, np, i, j, s, e, ok, isp, tp, ex, lost, extra) {
	ng = bounds("g", d, gb)
	np = bounds("p", d, pb)
	if (!(("p", d) in n))
		missing++
	split("", isp)
	for (j = 1; j <= np; j++)
		isp[pb[j]] = 1
	tp = 0
	for (i = 1; i <= ng; i++)
		if (gb[i] in isp)
			tp++
	ex = 0
	j = 1
	for (i = 1; i <= ng; i++) {
		s = i == 1 ? 0 : gb[i - 1]
		e = gb[i]
		while (j <= np && pb[j] <= s)
			j++
		ok = (s == 0 || s in isp) && (e == 0 || e in isp)
		if (ok && !(j <= np && pb[j] < e))
			ex++
	}
	TP += tp
	NPRED += np
	NGOLD += ng
	EXACT += ex
	TOTAL += n["g", d]
	if (verbose && (tp < ng || tp < np))
		printf "%s: missed %d, spurious %d, exact %d/%d\n", d,
		    ng - tp, np - tp, ex, n["g", d]
}

function case_right(d,    gi, pi, m, i) {
	m = sorted("g", d, gi)
	if (sorted("p", d, pi) != m)
		return 0
	for (i = 1; i <= m; i++)
		if (txt["g", d, gi[i]] != txt["p", d, pi[i]])
			return 0
	return 1
}

function show_case(d,    idx, m, i) {
	printf "case %s:\n", d
	m = sorted("g", d, idx)
	for (i = 1; i <= m; i++)
		printf "  gold %d\t%s\n", i, txt["g", d, idx[i]]
	m = sorted("p", d, idx)
	for (i = 1; i <= m; i++)
		printf "  pred %d\t%s\n", i, txt["p", d, idx[i]]
}

END {
	if (failed)
		exit 1
	if (mode == "cases") {
		right = 0
		for (i = 1; i <= ndoc; i++) {
			if (case_right(order[i]))
				right++
			else if (verbose)
				show_case(order[i])
		}
		printf "cases exact %d/%d = %.4f\n", right, ndoc,
		    right / (ndoc > 0 ? ndoc : 1)
		printf "cases %d/%d\n", right, ndoc
		exit 0
	}
	for (i = 1; i <= ndoc; i++)
		score_doc(order[i])
	p = NPRED ? TP / NPRED : 0
	r = NGOLD ? TP / NGOLD : 0
	f = p + r ? 2 * p * r / (p + r) : 0
	printf "docs %d (missing from output: %d)\n", ndoc, missing
	printf "boundary precision %.4f recall %.4f F1 %.4f\n", p, r, f
	printf "sentences exact %d/%d = %.4f\n", EXACT, TOTAL,
	    EXACT / (TOTAL > 0 ? TOTAL : 1)
	printf "F1 %.4f\n", f
}' which=g "$1" which=p "$2"
