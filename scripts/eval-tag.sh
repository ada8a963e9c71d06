#!/bin/sh
# Score news-tag's tags, lemmas and entities against gold data with gold
# tokens.  POSIX sh and awk only.
#
# usage: scripts/eval-tag.sh GOLD.conllu PRED.conllu
#        scripts/eval-tag.sh -n GOLD.iob2 PRED.conllu
#        scripts/eval-tag.sh -c GOLD.iob2
#
# Tagging mode (the default) computes what ../shared/eval/tagging.py
# computes, and prints it in the same form, byte for byte:
#   words N
#   UPOS 0.0000  XPOS 0.0000  lemma 0.0000
#   UPOS 0.0000
# PRED is `news-tag --input conllu GOLD.conllu`.  A sentence is the word
# lines between blank lines; a word line has ten TAB-separated fields and an
# ID of digits only, so comments, multi-word token ranges (1-2), empty nodes
# (1.1) and lines of another field count are skipped.  GOLD and PRED must
# have as many sentences, and each sentence the same FORMs.  UPOS (column 4)
# and XPOS (column 5) are compared exactly, LEMMA (column 3) without regard
# to case (see below).
#
# -n scores entities as ../shared/eval/ner.py does, in its form:
#   TYPE precision 0.0000 recall 0.0000 F1 0.0000 (gold N)   (a line a type)
#   all  precision 0.0000 recall 0.0000 F1 0.0000
#   F1 0.0000
# GOLD is a Universal NER file (comment lines, then idx<TAB>token<TAB>BIO
# lines, a blank line between sentences; a missing or non-BIO tag is O);
# PRED is CoNLL-U whose MISC holds NER=LABEL (the last one counts; none, or
# a label that is not B-/I-, is O).  Entities are exact spans with their
# type.  As in ner.py's spans(), an entity starts at a B- and at an I- that
# follows O or an entity of another type, and runs over the I- of its type
# that follow.  Types are listed in byte order.
#
# -c prints GOLD (a Universal NER file) as CoNLL-U, the input news-tag is
# run on, exactly as `ner.py --conllu GOLD` does: each sentence's comment
# lines, then ID<TAB>FORM and eight _ fields for each token, then a blank
# line.
#
# Lines are read as Python reads text files: CRLF and a lone CR end a line
# as LF does.  Lemmas are compared after lower-casing ASCII, Latin-1 and
# Latin Extended-A letters (A-Z, À-Þ, Ā-ž, İ to i and U+0307) as Python's
# str.lower(), which tagging.py uses, does; the two differ only for lemmas
# that differ in the case of another letter (Greek, Cyrillic, ǅ ...), of
# which the evaluation sets have none.  An ID of non-ASCII digits, which Python's
# isdigit() accepts, is not a word line here.
#
# Exit status: 0 scored, 1 the files do not match (sentence counts or
# tokens) or a line is malformed, 2 usage.
set -eu

prog=eval-tag

usage() {
	sed -n '2,/^$/s/^# \{0,1\}//p' "$0" | sed -n '/^usage:/,/^$/p' >&2
	exit 2
}

mode=tag
while [ $# -gt 0 ]; do
	case $1 in
	-n) mode=ner ;;
	-c) mode=conv ;;
	-h | --help) sed -n '2,/^$/s/^# \{0,1\}//p' "$0"; exit 0 ;;
	--) shift; break ;;
	-?*) printf '%s: unknown option: %s\n' "$prog" "$1" >&2; usage ;;
	*) break ;;
	esac
	shift
done
if [ "$mode" = conv ]; then
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

# Bytes, not characters, and byte order for sorting.
LC_ALL=C
export LC_ALL

exec awk -v mode="$mode" -v prog="$prog" '
function die(msg) {
	printf "%s: %s\n", prog, msg > "/dev/stderr"
	failed = 1
	exit 1
}

BEGIN {
	for (i = 128; i < 256; i++)
		ord[sprintf("%c", i)] = i
}

# Lower case as str.lower() makes it for ASCII, Latin-1 Supplement and
# Latin Extended-A: the letters of European and Turkish names.
function fold(s,    out, i, n, c, b, cp) {
	s = tolower(s)
	if (s !~ /[\303-\305]/)
		return s
	out = ""
	n = length(s)
	for (i = 1; i <= n; i++) {
		c = substr(s, i, 1)
		if (c !~ /[\303-\305]/ || i == n ||
		    substr(s, i + 1, 1) !~ /[\200-\277]/) {
			out = out c
			continue
		}
		cp = (ord[c] - 192) * 64 + ord[substr(s, ++i, 1)] - 128
		if (cp >= 192 && cp <= 222 && cp != 215)
			cp += 32
		else if (cp >= 256 && cp <= 311 && cp != 304 && cp % 2 == 0)
			cp++
		else if (cp >= 313 && cp <= 328 && cp % 2 == 1)
			cp++
		else if (cp >= 330 && cp <= 375 && cp % 2 == 0)
			cp++
		else if (cp == 376)
			cp = 255
		else if (cp == 304) {		# İ: i and a combining dot
			out = out "i\314\207"
			continue
		}
		else if (cp >= 377 && cp <= 382 && cp % 2 == 1)
			cp++
		b = int(cp / 64)
		out = out sprintf("%c%c", 192 + b, 128 + cp - b * 64)
	}
	return out
}

# The label as ner.py keeps it: B-... or I-..., anything else O.
function bio(t) {
	return (substr(t, 1, 2) == "B-" || substr(t, 1, 2) == "I-") ? t : "O"
}

# Close side w sentence s: keep it when it has words (or tokens).
function endsent(w) {
	if (cur[w] > 0) {
		len[w, ++ns[w]] = cur[w]
		if (mode == "conv")
			putsent()
	}
	cur[w] = 0
	ncom = 0
}

# -c: the sentence just read, as ner.py --conllu prints it.
function putsent(    i, k) {
	for (i = 1; i <= ncom; i++)
		print com[i]
	k = ns["g"]
	for (i = 1; i <= len["g", k]; i++)
		print i "\t" form["g", k, i] "\t_\t_\t_\t_\t_\t_\t_\t_"
	print ""
}

# One line as Python reads it (without its line end).
function line(l,    nf, f, k, kv, i, j, t) {
	lineno++
	if (l == "") {
		endsent(which)
		return
	}
	if (which == "g" && mode != "tag") {	# a Universal NER file
		if (substr(l, 1, 1) == "#") {
			com[++ncom] = l
			return
		}
		nf = split(l, f, "\t")
		if (nf < 2)
			die(sprintf("%s:%d: expected at least 2 fields, got %d",
			    FILENAME, lineno, nf))
		k = ++cur["g"]
		form["g", ns["g"] + 1, k] = f[2]
		tag["g", ns["g"] + 1, k] = nf > 2 ? bio(f[3]) : "O"
		return
	}
	if (substr(l, 1, 1) == "#")
		return
	nf = split(l, f, "\t")
	if (nf != 10 || f[1] !~ /^[0-9]+$/)
		return
	k = ++cur[which]
	i = ns[which] + 1
	form[which, i, k] = f[2]
	if (mode == "tag") {
		lemma[which, i, k] = f[3]
		upos[which, i, k] = f[4]
		xpos[which, i, k] = f[5]
	} else {
		t = "O"
		nf = split(f[10], kv, "|")
		for (j = 1; j <= nf; j++)
			if (substr(kv[j], 1, 4) == "NER=")
				t = substr(kv[j], 5)
		tag[which, i, k] = bio(t)
	}
}

FNR == 1 {
	if (prev != "")
		endsent(prev)
	prev = which
	lineno = 0
}

{
	sub(/\r$/, "")
	if (index($0, "\r")) {
		n = split($0, part, "\r")
		for (j = 1; j <= n; j++)
			line(part[j])
	} else {
		line($0)
	}
}

# The entities of sentence k of side w, as ner.py spans() finds them, into
# the set span[w, k, start, end, type] and the counts per type.
function spans(w, k,    i, m, t, start, typ) {
	m = len[w, k]
	start = 0
	for (i = 1; i <= m + 1; i++) {
		t = i <= m ? tag[w, k, i] : "O"
		if (start && (t == "O" || substr(t, 1, 2) == "B-" ||
		    substr(t, 3) != typ)) {
			span[w, k, start, i, typ] = 1
			cnt[w, typ]++
			if (!(typ in seen)) {
				seen[typ] = 1
				types[++ntypes] = typ
			}
			start = 0
		}
		if (substr(t, 1, 2) == "B-" || (substr(t, 1, 2) == "I-" && !start)) {
			start = i
			typ = substr(t, 3)
		}
	}
}

function prf(t, g, p, what,    P, R, F) {
	P = p ? t / p : 0
	R = g ? t / g : 0
	F = P + R ? 2 * P * R / (P + R) : 0
	if (what == "all")
		printf "all  precision %.4f recall %.4f F1 %.4f\n", P, R, F
	else
		printf "%-4s precision %.4f recall %.4f F1 %.4f (gold %d)\n",
		    what, P, R, F, g
	return F
}

END {
	if (failed)
		exit 1
	if (prev != "")
		endsent(prev)
	if (mode == "conv")
		exit 0
	if (ns["g"] != ns["p"])
		die(sprintf("%d gold sentences but %d predicted", ns["g"], ns["p"]))
	for (k = 1; k <= ns["g"]; k++) {
		bad = len["g", k] != len["p", k]
		for (i = 1; !bad && i <= len["g", k]; i++)
			bad = form["g", k, i] != form["p", k, i]
		if (bad)
			die(sprintf("sentence %d: the predicted tokens differ from the gold tokens", k))
	}
	if (mode == "tag") {
		n = u = x = l = 0
		for (k = 1; k <= ns["g"]; k++)
			for (i = 1; i <= len["g", k]; i++) {
				n++
				u += upos["g", k, i] == upos["p", k, i]
				x += xpos["g", k, i] == xpos["p", k, i]
				l += lemma["g", k, i] == lemma["p", k, i] ||
				    fold(lemma["g", k, i]) == fold(lemma["p", k, i])
			}
		if (n == 0)
			die("no words to score")
		printf "words %d\n", n
		printf "UPOS %.4f  XPOS %.4f  lemma %.4f\n", u / n, x / n, l / n
		printf "UPOS %.4f\n", u / n
		exit 0
	}
	for (k = 1; k <= ns["g"]; k++) {
		spans("g", k)
		spans("p", k)
	}
	for (key in span) {
		split(key, f, SUBSEP)
		if (f[1] == "p" && (("g", f[2], f[3], f[4], f[5]) in span))
			tp[f[5]]++
	}
	# types in byte order, as Python sorted() puts them
	for (i = 2; i <= ntypes; i++) {
		t = types[i]
		for (j = i - 1; j >= 1 && types[j] > t; j--)
			types[j + 1] = types[j]
		types[j + 1] = t
	}
	T = G = P = 0
	for (i = 1; i <= ntypes; i++) {
		t = types[i]
		prf(tp[t] + 0, cnt["g", t] + 0, cnt["p", t] + 0, t)
		T += tp[t]
		G += cnt["g", t]
		P += cnt["p", t]
	}
	printf "F1 %.4f\n", prf(T, G, P, "all")
}' which=g "$1" ${2+which=p} ${2+"$2"}
