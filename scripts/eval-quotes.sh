#!/bin/sh
# Score news-extract-quotes against gold quotes.  POSIX sh and awk only.
#
# usage: scripts/eval-quotes.sh [-v] GOLD PRED
#
# Computes what ../shared/eval/quotes.py computes, and prints it in the
# same form, byte for byte (with -v too):
#   quoted   precision 0.0000 recall 0.0000 F1 0.0000  speaker right N/M
#   indirect precision 0.0000 recall 0.0000 F1 0.0000  speaker right N/M
#   all      precision 0.0000 recall 0.0000 F1 0.0000  speaker right N/M
#   F1 0.0000 attribution 0.0000
# GOLD is doc<TAB>sent<TAB>kind<TAB>speakers<TAB>cue<TAB>quote (kind
# direct, partial or indirect; speakers are the acceptable speakers,
# separated by |), PRED news-extract-quotes output (doc sent start end
# kind speaker mention cue quote [mstart mend event]): the records of a
# document with the same event (column 12, the parts of one interrupted
# quotation) are one quote, their texts joined in order with a space.  Documents are matched on their file
# name without directories; predictions for documents GOLD lacks are left
# out.  A predicted quote matches a gold quote of the same document when
# their words overlap with F1 >= 0.5, each used once, best overlap first
# (ties: the later gold quote, then the later prediction, first).  Quoted
# speech is direct and partial, scored apart from indirect speech; an
# unmatched prediction counts against the kind it claims.  A matched
# quote's speaker is right when the predicted speaker or mention, folded,
# equals a folded gold alternative, or when the predicted speaker and an
# alternative both start with an upper-case letter, end in the same word
# and the alternative does not start with "the " or "a " (folded).
#
# Text is compared as quotes.py's fold() and words() compare it: fold is
# NFKD, combining marks dropped (ı and İ to i and I first), curly quotes
# and en and em dashes made ASCII, whitespace squeezed to one space and
# trimmed, then str.casefold(); words are the runs of \w (str.isalnum() or
# _) in the folded text.  The Unicode part comes from
# scripts/unicode-fold.tsv, tables taken from Python's unicodedata by
# scripts/make-unicode-fold.sh; the Hangul syllables are decomposed here.
# Lines are read as Python reads text files: CRLF and a lone CR end a line
# as LF does, and a byte sequence that is not UTF-8 becomes U+FFFD (one for
# each maximal invalid subpart).  Blank lines and lines that start with #
# are skipped; fields are unescaped (\t \n \r \\; other backslashes stay).
# A NUL byte, which no record holds, is not read as Python reads it (mawk
# stops strings there).  Checked against quotes.py on every code point and
# on invalid UTF-8 (fold, words, isupper, repr), and on whole files.
#
# -v also lists, before the figures, the quotes with a wrong speaker, the
# gold quotes missed and the extra predictions, as quotes.py -v does.
#
# Exit status: 0 scored, 1 a line has too few fields (the message is
# quotes.py's) or the tables are missing, 2 usage.
set -eu

prog=eval-quotes

usage() {
	printf 'usage: scripts/eval-quotes.sh [-v] GOLD PRED\n' >&2
	exit 2
}

verbose=0
gold=
pred=
n=0
for arg in "$@"; do
	case $arg in
	-v) verbose=1; continue ;;
	-h | --help) sed -n '2,/^$/s/^# \{0,1\}//p' "$0"; exit 0 ;;
	-?*) printf '%s: unknown option: %s\n' "$prog" "$arg" >&2; usage ;;
	esac
	n=$((n + 1))
	case $n in
	1) gold=$arg ;;
	2) pred=$arg ;;
	esac
done
[ "$n" -eq 2 ] || usage
for f in "$gold" "$pred"; do
	if [ "$f" != - ] && [ ! -r "$f" ]; then
		printf '%s: %s: cannot read\n' "$prog" "$f" >&2
		exit 2
	fi
done
tables=$(dirname "$0")/unicode-fold.tsv
if [ ! -r "$tables" ]; then
	printf '%s: %s: cannot read\n' "$prog" "$tables" >&2
	exit 1
fi

# Bytes, not characters: the UTF-8 is decoded here.
LC_ALL=C
export LC_ALL

# the functions the scorers share, then this one's program
lib=$(cat "$(dirname "$0")/eval-common.awk") || exit 2
exec awk -v verbose="$verbose" -v prog="$prog" "$lib
"'
# str.isupper() of the first character of s
function upper1(s,    c) {
	c = substr(s, 1, 1)
	if (ord[c] < 128)
		return c ~ /^[A-Z]$/
	return inranges(cpof(substr(s, 1, clen(c))), UL, UH, nu)
}

# _common.words(): the \w runs of fold(s) into W[1..n]; returns n
function words(s, W,    n, i, l, c, cur, len) {
	s = fold(s)
	n = 0
	if (s !~ /[\200-\377]/) {
		len = split(s, T, /[^a-z0-9_]+/)
		for (i = 1; i <= len; i++)
			if (T[i] != "")
				W[++n] = T[i]
		return n
	}
	cur = ""
	len = length(s)
	for (i = 1; i <= len; i += l) {
		l = clen(substr(s, i, 1))
		c = substr(s, i, l)
		if (isword(c))
			cur = cur c
		else if (cur != "") {
			W[++n] = cur
			cur = ""
		}
	}
	if (cur != "")
		W[++n] = cur
	return n
}

# the first n characters of s
function head(s, n,    i, k, len) {
	len = length(s)
	for (i = 1; i <= len && k < n; k++)
		i += clen(substr(s, i, 1))
	return substr(s, 1, i - 1)
}

# rows(): the records of path with at least min fields, unescaped, into
# record(which, fields)
function readrows(which, path, min,    file, rec, rc, n, k, lineno, nf, F, i) {
	file = path == "-" ? "/dev/stdin" : path
	lineno = 0
	while ((rc = (getline rec < file)) > 0) {
		sub(/\r$/, "", rec)
		if (index(rec, "\r"))
			n = split(rec, P, "\r")
		else {
			n = 1
			P[1] = rec
		}
		for (k = 1; k <= n; k++) {
			lineno++
			if (P[k] == "" || P[k] ~ /^#/)
				continue
			nf = split(sanitize(P[k]), F, "\t")
			if (nf < min)
				die(path ":" lineno ": expected at least " min \
				    " fields, got " nf)
			for (i = 1; i <= nf; i++)
				F[i] = unescape(F[i])
			record(which, F, nf)
		}
	}
	if (rc < 0)
		die(prog ": " path ": cannot read")
	if (path != "-")
		close(file)	# (mawk dies closing /dev/stdin)
}

# countwords(KEY, text): the words of text as counts C[KEY, word], the
# distinct ones in D[KEY, 1..], their number ND[KEY] and all NW[KEY]
function countwords(key, s,    W, n, i, w) {
	n = words(s, W)
	NW[key] = n
	ND[key] = 0
	for (i = 1; i <= n; i++) {
		w = W[i]
		if ((key, w) in C)
			C[key, w]++
		else {
			C[key, w] = 1
			D[key, ++ND[key]] = w
		}
	}
}

function record(which, F, nf,    d, i) {
	d = docid(F[1])
	if (which == "g") {
		if (!(d in ng)) {
			docs[++ndocs] = d
			ng[d] = np[d] = 0
		}
		i = ng[d]++
		gsent[d, i] = F[2]
		gkind[d, i] = F[3]
		galts[d, i] = F[4]
		gquote[d, i] = F[6]
		countwords("g" SUBSEP d SUBSEP i, F[6])
	} else if (d in ng) {
		# the parts of one event (column 12) are one quote, their
		# texts joined in order
		if (nf >= 12 && F[12] != "" && ((d, F[12]) in pevent)) {
			i = pevent[d, F[12]]
			pquote[d, i] = pquote[d, i] " " F[9]
			uncount("p" SUBSEP d SUBSEP i)
			countwords("p" SUBSEP d SUBSEP i, pquote[d, i])
			return
		}
		i = np[d]++
		if (nf >= 12 && F[12] != "")
			pevent[d, F[12]] = i
		psent[d, i] = F[2]
		pkind[d, i] = F[5]
		pspk[d, i] = F[6]
		pment[d, i] = F[7]
		pquote[d, i] = F[9]
		countwords("p" SUBSEP d SUBSEP i, F[9])
	}
}

# forget the word counts of KEY
function uncount(key,    k) {
	for (k = 1; k <= ND[key]; k++)
		delete C[key, D[key, k]]
	ND[key] = NW[key] = 0
}

# overlap_f1() of gold quote i and predicted quote j of document d
function overlap(d, i, j,    a, b, k, w, common, p, r) {
	a = "g" SUBSEP d SUBSEP i
	b = "p" SUBSEP d SUBSEP j
	if (!NW[a] || !NW[b])
		return 0
	common = 0
	for (k = 1; k <= ND[a]; k++) {
		w = D[a, k]
		if ((b, w) in C)
			common += C[a, w] < C[b, w] ? C[a, w] : C[b, w]
	}
	if (!common)
		return 0
	p = common / NW[a]
	r = common / NW[b]
	return 2 * p * r / (p + r)
}

function speaker_ok(ps, pm, alts,    cand, A, na, k, a, WS, WA, ns, nx) {
	if (ps != "")
		cand[fold(ps)] = 1
	if (pm != "")
		cand[fold(pm)] = 1
	na = split(alts, A, "|")
	for (k = 1; k <= na; k++)
		if (A[k] != "" && (fold(A[k]) in cand))
			return 1
	if (ps == "" || !upper1(ps) || !(ns = words(ps, WS)))
		return 0
	for (k = 1; k <= na; k++) {
		a = A[k]
		if (a != "" && upper1(a) && (nx = words(a, WA)) &&
		    WS[ns] == WA[nx] && fold(a) !~ /^(the|a) /)
			return 1
	}
	return 0
}

function kindof(k) {
	return k == "indirect" ? "indirect" : "quoted"
}

function score(d,    i, j, k, n, x, xi, xj, b, cs, ci, cj, gi, pj, pg) {
	n = 0
	for (i = ng[d] - 1; i >= 0; i--)
		for (j = np[d] - 1; j >= 0; j--)
			if ((x = overlap(d, i, j)) >= 0.5) {
				cs[++n] = x
				ci[n] = i
				cj[n] = j
			}
	# sorted(..., reverse=True) on (score, i, j): the candidates are in
	# descending (i, j) order; a stable sort on the score keeps it
	for (k = 2; k <= n; k++) {
		x = cs[k]
		xi = ci[k]
		xj = cj[k]
		for (b = k; b > 1 && cs[b - 1] < x; b--) {
			cs[b] = cs[b - 1]
			ci[b] = ci[b - 1]
			cj[b] = cj[b - 1]
		}
		cs[b] = x
		ci[b] = xi
		cj[b] = xj
	}
	for (b = 1; b <= n; b++) {
		i = ci[b]
		j = cj[b]
		if ((i in gi) || (j in pj))
			continue
		gi[i] = j
		pj[j] = 1
		pg[j] = i
	}
	for (i = 0; i < ng[d]; i++) {
		k = kindof(gkind[d, i])
		ngold[k]++
		if (i in gi) {
			j = gi[i]
			tp[k]++
			if (speaker_ok(pspk[d, j], pment[d, j], galts[d, i]))
				spk[k]++
			else if (verbose)
				printf "  speaker %s:%s got %s/%s, want %s\n", d,
				    gsent[d, i], repr(pspk[d, j]), repr(pment[d, j]),
				    repr(galts[d, i])
		} else if (verbose)
			printf "  missed  %s:%s %s: %s\n", d, gsent[d, i], k,
			    head(gquote[d, i], 70)
	}
	for (j = 0; j < np[d]; j++) {
		if (j in pj)
			npred[kindof(gkind[d, pg[j]])]++
		else {
			npred[kindof(pkind[d, j])]++
			if (verbose)
				printf "  extra   %s:%s %s: %s\n", d, psent[d, j],
				    pkind[d, j], head(pquote[d, j], 70)
		}
	}
}

function figures(label, t, g, pr, s,    p, r, f) {
	p = pr ? t / pr : 0
	r = g ? t / g : 0
	f = p + r ? 2 * p * r / (p + r) : 0
	printf "%-8s precision %.4f recall %.4f F1 %.4f  speaker right %d/%d\n",
	    label, p, r, f, s, t
	return f
}

BEGIN {
	for (i = 1; i < 256; i++)
		ord[sprintf("%c", i)] = i
	REPL = "\357\277\275"
	VALID = "^([\001-\177]|[\302-\337][\200-\277]|\340[\240-\277][\200-\277]|" \
	    "[\341-\354\356\357][\200-\277][\200-\277]|\355[\200-\237][\200-\277]|" \
	    "\360[\220-\277][\200-\277][\200-\277]|" \
	    "[\361-\363][\200-\277][\200-\277][\200-\277]|" \
	    "\364[\200-\217][\200-\277][\200-\277])*$"
	loadtables(ARGV[1])
	readrows("g", ARGV[2], 6)
	readrows("p", ARGV[3], 9)
	for (k = 1; k <= ndocs; k++)
		score(docs[k])
	figures("quoted", tp["quoted"], ngold["quoted"], npred["quoted"],
	    spk["quoted"])
	figures("indirect", tp["indirect"], ngold["indirect"],
	    npred["indirect"], spk["indirect"])
	t = tp["quoted"] + tp["indirect"]
	g = ngold["quoted"] + ngold["indirect"]
	s = spk["quoted"] + spk["indirect"]
	f = figures("all", t, g, npred["quoted"] + npred["indirect"], s)
	printf "F1 %.4f attribution %.4f\n", f, s / (g > 1 ? g : 1)
	exit 0
}' "$tables" "$gold" "$pred"
