#!/bin/sh
# Score the recall of news-extract-people on gold persons, by last name.
# POSIX sh and awk only.
#
# usage: scripts/eval-people-recall.sh [-v] GOLD PRED
#
# GOLD is doc<TAB>name<TAB>..., such as eval/data/gum-news/person-entities.tsv
# (made by scripts/make-gum-persons.sh); PRED is news-extract-people output
# (doc name title affiliation mentions first aliases).  Both need at least
# two fields.  A gold person is found when a predicted person of the same
# document has the same last word: the names are folded (NFKD, combining
# marks dropped, casefold(), whitespace squeezed, with the tables of
# scripts/unicode-fold.tsv, as scripts/eval-people.sh folds them, whose
# functions are copied here) and split at spaces.  Documents are matched on
# their file name without directories; predictions for other documents are
# left out.  Every gold record counts, one given twice counts twice.
# Prints
#   persons N found K recall 0.0000
# and with -v, before it, the gold persons not found ("  missed  DOC  NAME").
# Blank lines and lines that start with # are skipped; CRLF line ends read
# as LF; fields are unescaped (\t \n \r \\).
#
# Exit status: 0 scored, 1 a line has too few fields or the tables are
# missing, 2 usage, or GOLD or PRED cannot be read.
set -eu

prog=eval-people-recall

usage() {
	printf 'usage: scripts/eval-people-recall.sh [-v] GOLD PRED\n' >&2
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

# ---- from scripts/eval-people.sh: Unicode tables, input, fold()

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


# ---- recall

# the records of path with at least 2 fields, unescaped, into
# record(which, fields)
function readrows(which, path,    file, rec, rc, nf, lineno, F, i) {
	file = path == "-" ? "/dev/stdin" : path
	lineno = 0
	while ((rc = (getline rec < file)) > 0) {
		lineno++
		sub(/\r$/, "", rec)
		if (rec == "" || rec ~ /^#/)
			continue
		nf = split(sanitize(rec), F, "\t")
		if (nf < 2)
			die(path ":" lineno ": expected at least 2 fields, got " nf)
		for (i = 1; i <= 2; i++)
			F[i] = unescape(F[i])
		record(which, F)
	}
	if (rc < 0)
		die(prog ": " path ": cannot read")
	if (path != "-")
		close(file)
}

# the file name without directories
function docid(s) {
	sub(/.*\//, "", s)
	return s
}

# the last word of fold(s), "" when it has none
function lastword(s,    W, n) {
	n = split(fold(s), W, " ")
	return n ? W[n] : ""
}

function record(which, F,    d, w) {
	d = docid(F[1])
	w = lastword(F[2])
	if (which == "g") {
		ng++
		gdoc[ng] = d
		gname[ng] = F[2]
		glast[ng] = w
	} else if (w != "")
		plast[d, w]
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
	loadtables(ARGV[1])
	readrows("g", ARGV[2])
	readrows("p", ARGV[3])
	found = 0
	for (i = 1; i <= ng; i++) {
		if (glast[i] != "" && (gdoc[i], glast[i]) in plast)
			found++
		else if (verbose)
			printf "  missed  %s  %s\n", gdoc[i], gname[i]
	}
	printf "persons %d found %d recall %.4f\n", ng, found,
	    ng ? found / ng : 0
	exit 0
}' "$tables" "$gold" "$pred"
