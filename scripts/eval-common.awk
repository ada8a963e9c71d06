# eval-common.awk: what the awk scorers (scripts/eval-quotes.sh,
# eval-people.sh, eval-people-recall.sh) share: reading lines and fields as
# the official Python scorers read them (UTF-8 decoded by hand, invalid
# bytes as U+FFFD), and the Unicode tables behind fold(), words() and
# isupper() (scripts/unicode-fold.tsv, loaded by loadtables()).  Each
# script puts these functions before its own program (run under LC_ALL=C).

function die(msg) {
	printf "%s\n", msg > "/dev/stderr"
	exit 1
}

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
		} else if (f[1] == "u") {
			UL[++nu] = lo
			UH[nu] = hi
		} else if (f[1] == "n") {
			NL[++nn] = lo
			NH[nn] = hi
		}
	}
	if (n < 0 || nw == 0 || nu == 0 || nn == 0)
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

# docid(): the file name without directories
function docid(s) {
	sub(/.*\//, "", s)
	return s
}
