#!/bin/sh
# Score news-extract-people against gold people.  POSIX sh and awk only.
#
# usage: scripts/eval-people.sh [-v] GOLD PRED
#
# Computes what ../shared/eval/people.py computes, and prints it in the
# same form, byte for byte (with -v too):
#   people precision 0.0000 recall 0.0000 F1 0.0000 (N of M gold, K predicted)
#   titles right N/T, affiliations right N/T
#   F1 0.0000
# GOLD is doc<TAB>name<TAB>title<TAB>affiliation<TAB>aliases (the
# affiliation's alternatives separated by |; an empty alternative: leaving
# it empty is right too), PRED news-extract-people output (doc name title
# affiliation mentions first aliases); both need at least two fields, the
# missing ones are empty.  Documents are matched on their file name without
# directories; predictions for documents GOLD lacks are left out.  People
# are matched on their folded full name within a document: a gold person
# given twice keeps its first place and its last fields, a predicted one
# its first record.  Among the people matched, a title is right when the
# words of the two titles overlap with F1 >= 0.5 (both empty counts), an
# affiliation when it names the same country as a gold alternative, after
# people.py's table of aliases (u.s., us, america, washington: united
# states; turkey, turkish, ankara: turkiye; ...).
#
# Text is compared as people.py's fold() and words() compare it, with the
# tables of scripts/unicode-fold.tsv (made by scripts/make-unicode-fold.sh
# for scripts/eval-quotes.sh, whose Unicode and input functions are copied
# here): fold is NFKD, combining marks dropped (ı and İ to i and I first),
# curly quotes and en and em dashes made ASCII, whitespace squeezed to one
# space and trimmed, then str.casefold(); words are the runs of \w in the
# folded text.  Files are read as Python reads text files: CRLF and a lone
# CR end a line as LF does, and a byte sequence that is not UTF-8 becomes
# U+FFFD (one for each maximal invalid subpart); standard input (-) is
# split at LF only, as Python's sys.stdin is.  Blank lines and lines that
# start with # are skipped; fields are unescaped (\t \n \r \\; other
# backslashes stay).
#
# -v also lists, before the figures, the people missed, with a wrong title
# or affiliation (as Python's repr() shows them) and the extra ones, as
# people.py -v does.
#
# Exit status: 0 scored, 1 a line has too few fields (the message is
# people.py's) or the tables are missing, 2 usage, or GOLD or PRED cannot
# be read.
set -eu

prog=eval-people

usage() {
	printf 'usage: scripts/eval-people.sh [-v] GOLD PRED\n' >&2
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

exec awk -v verbose="$verbose" -v prog="$prog" '
function die(msg) {
	printf "%s\n", msg > "/dev/stderr"
	exit 1
}

# ---- from scripts/eval-quotes.sh: Unicode tables, fold(), words(), repr()

function hexval(s,    v, i) {
	v = 0
	for (i = 1; i <= length(s); i++)
		v = v * 16 + index("0123456789ABCDEF", substr(s, i, 1)) - 1
	return v
}

function utf8(cp) {
	if (cp < 128)
		return sprintf("%c", cp)
	if (cp < 2048)
		return sprintf("%c%c", 192 + int(cp / 64), 128 + cp % 64)
	if (cp < 65536)
		return sprintf("%c%c%c", 224 + int(cp / 4096),
		    128 + int(cp / 64) % 64, 128 + cp % 64)
	return sprintf("%c%c%c%c", 240 + int(cp / 262144),
	    128 + int(cp / 4096) % 64, 128 + int(cp / 64) % 64, 128 + cp % 64)
}

# The code point of the (valid) UTF-8 character c.
function cpof(c,    b) {
	b = ord[substr(c, 1, 1)]
	if (b < 128)
		return b
	if (b < 224)
		return (b - 192) * 64 + ord[substr(c, 2, 1)] - 128
	if (b < 240)
		return (b - 224) * 4096 + (ord[substr(c, 2, 1)] - 128) * 64 \
		    + ord[substr(c, 3, 1)] - 128
	return (b - 240) * 262144 + (ord[substr(c, 2, 1)] - 128) * 4096 \
	    + (ord[substr(c, 3, 1)] - 128) * 64 + ord[substr(c, 4, 1)] - 128
}

# The length in bytes of the (valid) UTF-8 character that starts with c.
function clen(c,    b) {
	b = ord[c]
	return b < 128 ? 1 : b < 224 ? 2 : b < 240 ? 3 : 4
}

function loadtables(path,    rec, f, n, o, lo, hi, cp, k, out) {
	while ((n = (getline rec < path)) > 0) {
		if (rec ~ /^#/)
			continue
		split(rec, f, "\t")
		lo = hexval(f[2])
		hi = hexval(f[3])
		if (f[1] == "f") {
			n = split(f[4], o, " ")
			if (n == 1) {
				for (cp = lo; cp <= hi; cp++)
					FOLD[utf8(cp)] = utf8(hexval(o[1]) + cp - lo)
			} else {
				out = ""
				for (k = 1; k <= n; k++)
					out = out utf8(hexval(o[k]))
				for (cp = lo; cp <= hi; cp++)
					FOLD[utf8(cp)] = out
			}
		} else if (f[1] == "w") {
			WL[++nw] = lo
			WH[nw] = hi
		} else if (f[1] == "n") {
			NL[++nn] = lo
			NH[nn] = hi
		}
	}
	if (n < 0 || nw == 0 || nn == 0)
		die(prog ": " path ": cannot read the tables")
	close(path)
}

# Whether code point cp is in the ranges L[1..n]..H[1..n] (sorted).
function inranges(cp, L, H, n,    lo, hi, mid) {
	lo = 1
	hi = n
	while (lo < hi) {
		mid = int((lo + hi + 1) / 2)
		if (L[mid] <= cp)
			lo = mid
		else
			hi = mid - 1
	}
	return n > 0 && L[lo] <= cp && cp <= H[lo]
}

function isword(c) {
	if (!(c in WORD))
		WORD[c] = length(c) == 1 ? c ~ /^[A-Za-z0-9_]$/ : \
		    inranges(cpof(c), WL, WH, nw)
	return WORD[c]
}

# s with every maximal invalid UTF-8 subpart replaced by U+FFFD, as
# Python decodes with errors="replace".
function sanitize(s,    out, i, n, b, need, lo, hi, k, m, c) {
	if (s !~ /[\200-\377]/ || s ~ VALID)
		return s
	out = ""
	n = length(s)
	i = 1
	while (i <= n) {
		b = ord[substr(s, i, 1)]
		if (b < 128) {
			out = out substr(s, i, 1)
			i++
			continue
		}
		lo = 128
		hi = 191
		if (b >= 194 && b <= 223)
			need = 1
		else if (b >= 224 && b <= 239)
			need = 2
		else if (b >= 240 && b <= 244)
			need = 3
		else {
			out = out REPL
			i++
			continue
		}
		if (b == 224)
			lo = 160
		else if (b == 237)
			hi = 159
		else if (b == 240)
			lo = 144
		else if (b == 244)
			hi = 143
		k = i + 1
		for (m = 1; m <= need && k <= n; m++) {
			c = ord[substr(s, k, 1)]
			if (m == 1 ? c < lo || c > hi : c < 128 || c > 191)
				break
			k++
		}
		out = out (m > need ? substr(s, i, k - i) : REPL)
		i = k
	}
	return out
}

function unescape(s,    out, i, c) {
	if (index(s, "\\") == 0)
		return s
	out = ""
	while ((i = index(s, "\\")) > 0) {
		out = out substr(s, 1, i - 1)
		c = substr(s, i + 1, 1)
		if (c == "t")
			out = out "\t"
		else if (c == "n")
			out = out "\n"
		else if (c == "r")
			out = out "\r"
		else if (c == "\\")
			out = out "\\"
		else
			out = out "\\" c
		s = substr(s, i + 2)
	}
	return out s
}

# tolower(s), NUL bytes and all (the tolower() of mawk stops at the first)
function lower(s,    n, P, i, out) {
	if (!index(s, NUL))
		return tolower(s)
	n = split(s, P, NUL)
	out = tolower(P[1])
	for (i = 2; i <= n; i++)
		out = out NUL tolower(P[i])
	return out
}

# _common.fold()
function fold(s,    out, n, i, c, l, cp) {
	s = lower(s)
	if (s ~ /[\200-\377]/) {
		out = ""
		n = length(s)
		for (i = 1; i <= n; i += l) {
			c = substr(s, i, 1)
			if (ord[c] < 128) {
				out = out c
				l = 1
				continue
			}
			l = clen(c)
			c = substr(s, i, l)
			if (c in FOLD)
				out = out FOLD[c]
			else if (l == 3 && (cp = cpof(c)) >= 44032 && cp <= 55203) {
				cp -= 44032		# a Hangul syllable: its jamo
				out = out utf8(4352 + int(cp / 588)) \
				    utf8(4449 + int((cp % 588) / 28))
				if (cp % 28)
					out = out utf8(4519 + cp % 28)
			} else
				out = out c
		}
		s = out
	}
	gsub(/[\011-\015\034-\037 ]+/, " ", s)
	sub(/^ /, "", s)
	sub(/ $/, "", s)
	return s
}

# _common.words(): the \w runs of fold(s) into W[1..n]; returns n
function words(s, W,    n, i, l, c, cur, len, T) {
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

# Python repr() of s
function repr(s,    q, out, i, l, c, cp, len) {
	q = index(s, "\047") && !index(s, "\"") ? "\"" : "\047"
	out = q
	len = length(s)
	for (i = 1; i <= len; i += l) {
		c = substr(s, i, 1)
		l = clen(c)
		if (l == 1) {
			if (c == q || c == "\\")
				out = out "\\" c
			else if (c == "\t")
				out = out "\\t"
			else if (c == "\n")
				out = out "\\n"
			else if (c == "\r")
				out = out "\\r"
			else if (ord[c] < 32 || ord[c] == 127)
				out = out sprintf("\\x%02x", ord[c])
			else
				out = out c
			continue
		}
		c = substr(s, i, l)
		cp = cpof(c)
		if (!inranges(cp, NL, NH, nn))
			out = out c
		else if (cp < 256)
			out = out sprintf("\\x%02x", cp)
		else if (cp < 65536)
			out = out sprintf("\\u%04x", cp)
		else
			out = out sprintf("\\U%08x", cp)
	}
	return out q
}

# ---- people.py

# rows(): the records of path with at least min fields, unescaped, into
# record(which, fields, count)
function readrows(which, path, min,    file, rec, rc, n, k, lineno, nf, F, i) {
	file = path == "-" ? "/dev/stdin" : path
	lineno = 0
	while ((rc = (getline rec < file)) > 0) {
		if (path != "-") {
			sub(/\r$/, "", rec)
			n = split(rec, P, "\r")
		}
		if (path == "-" || n == 0) {
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

# docid(): the file name without directories
function docid(s) {
	sub(/.*\//, "", s)
	return s
}

# a gold person (a name given again keeps its first place and takes the
# fields of the later record) or a predicted one (the first record of a
# name stands)
function record(which, F, nf,    d, key, i) {
	for (i = nf + 1; i <= 4; i++)
		F[i] = ""
	d = docid(F[1])
	key = fold(F[2])
	if (which == "g") {
		if (!(d in ng)) {
			docs[++ndocs] = d
			ng[d] = np[d] = 0
		}
		if ((d, key) in gat)
			i = gat[d, key]
		else {
			i = gat[d, key] = ++ng[d]
			gkey[d, i] = key
		}
		gname[d, i] = F[2]
		gtitle[d, i] = F[3]
		gaff[d, i] = F[4]
	} else if ((d in ng) && !((d, key) in pat)) {
		i = pat[d, key] = ++np[d]
		pkey[d, i] = key
		pname[d, i] = F[2]
		ptitle[d, i] = F[3]
		paff[d, i] = F[4]
	}
}

# people.py overlap_f1(a, b): the F1 of the overlap of their words
function overlap(a, b,    A, B, na, nb, CA, CB, i, w, common, p, r) {
	na = words(a, A)
	nb = words(b, B)
	if (!na || !nb)
		return na == nb ? 1 : 0
	for (i = 1; i <= na; i++)
		CA[A[i]]++
	for (i = 1; i <= nb; i++)
		CB[B[i]]++
	common = 0
	for (w in CA)
		if (w in CB)
			common += CA[w] < CB[w] ? CA[w] : CB[w]
	if (!common)
		return 0
	p = common / na
	r = common / nb
	return 2 * p * r / (p + r)
}

# people.py country()
function country(s) {
	s = fold(s)
	return s in COUNTRY ? COUNTRY[s] : s
}

# whether affiliation a names the country of one of the alternatives alts
function affiliation_ok(a, alts,    A, n, k) {
	a = country(a)
	n = split(alts, A, "|")
	if (n == 0)
		A[n = 1] = ""	# "".split("|") is [""]
	for (k = 1; k <= n; k++)
		if (a == country(A[k]))
			return 1
	return 0
}

function score(d,    i, j) {
	npred += np[d]
	ngold += ng[d]
	for (i = 1; i <= ng[d]; i++) {
		if (!((d, gkey[d, i]) in pat)) {
			if (verbose)
				printf "  missed  %s  %s\n", d, gname[d, i]
			continue
		}
		j = pat[d, gkey[d, i]]
		tp++
		if (overlap(ptitle[d, j], gtitle[d, i]) >= 0.5)
			titles++
		else if (verbose)
			printf "  title   %s  %s: got %s, want %s\n", d, gname[d, i],
			    repr(ptitle[d, j]), repr(gtitle[d, i])
		if (affiliation_ok(paff[d, j], gaff[d, i]))
			affs++
		else if (verbose)
			printf "  affil   %s  %s: got %s, want %s\n", d, gname[d, i],
			    repr(paff[d, j]), repr(gaff[d, i])
	}
	if (verbose)
		for (j = 1; j <= np[d]; j++)
			if (!((d, pkey[d, j]) in gat))
				printf "  extra   %s  %s\n", d, pname[d, j]
}

BEGIN {
	for (i = 1; i < 256; i++)
		ord[sprintf("%c", i)] = i
	REPL = "\357\277\275"
	NUL = sprintf("%c", 0)
	VALID = "^([\001-\177]|[\302-\337][\200-\277]|\340[\240-\277][\200-\277]|" \
	    "[\341-\354\356\357][\200-\277][\200-\277]|\355[\200-\237][\200-\277]|" \
	    "\360[\220-\277][\200-\277][\200-\277]|" \
	    "[\361-\363][\200-\277][\200-\277][\200-\277]|" \
	    "\364[\200-\217][\200-\277][\200-\277])*$"
	n = split("us:united states|u.s.:united states|usa:united states|" \
	    "u.s.a.:united states|america:united states|" \
	    "american:united states|washington:united states|" \
	    "turkey:turkiye|turkish:turkiye|ankara:turkiye|syrian:syria|" \
	    "saudi:saudi arabia|russian:russia|israeli:israel|" \
	    "british:united kingdom|uk:united kingdom|u.k.:united kingdom",
	    A, "|")
	for (i = 1; i <= n; i++) {
		split(A[i], B, ":")
		COUNTRY[B[1]] = B[2]
	}
	loadtables(ARGV[1])
	readrows("g", ARGV[2], 2)
	readrows("p", ARGV[3], 2)
	for (k = 1; k <= ndocs; k++)
		score(docs[k])
	p = npred ? tp / npred : 0
	r = ngold ? tp / ngold : 0
	f = p + r ? 2 * p * r / (p + r) : 0
	printf "people precision %.4f recall %.4f F1 %.4f (%d of %d gold, %d predicted)\n",
	    p, r, f, tp, ngold, npred
	printf "titles right %d/%d, affiliations right %d/%d\n", titles, tp,
	    affs, tp
	printf "F1 %.4f\n", f
	exit 0
}' "$tables" "$gold" "$pred"
