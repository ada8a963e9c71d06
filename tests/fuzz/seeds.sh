#!/usr/bin/env bash
# Make the seed corpora of the fuzz targets from the test fixtures
# (tests/data/**) and the sample articles (examples/seeds/).
#
# usage: tests/fuzz/seeds.sh OUTDIR
#
# OUTDIR/TARGET/ gets the seeds of each target (see tests/fuzz/README.md
# for what each target reads).  Run from the top of the repository; needs
# only awk, split and printf.
set -euo pipefail

out=${1:?usage: seeds.sh OUTDIR}
rm -rf "$out"
mkdir -p "$out"
data=tests/data
arts=(examples/seeds/*.txt)
sents=$data/split/seeds.expected.tsv

# chunk TARGET PREFIX FILE...: each FILE cut at line ends into pieces of at
# most 4000 bytes, each seed PREFIX + piece
chunk() {
	local t=$1 pre=$2 f n=0 p
	shift 2
	mkdir -p "$out/$t"
	for f in "$@"; do
		split -C 4000 -d -a 3 "$f" "$out/$t/.piece-"
		for p in "$out/$t"/.piece-*; do
			{ printf '%b' "$pre"; cat "$p"; } > "$out/$t/$(basename "$f")-$n"
			n=$((n + 1))
			rm -f "$p"
		done
	done
}

# tsv: a byte for the longest line (>= 32: the default), then records
chunk tsv 'x' "$data"/*/*.tsv
printf 'x' > "$out/tsv/empty"
printf 'xa\t1\t1\t0\t3\tOne\nb\t1\t1\t0\t3\tT\\wo\nc\t1\t1\t0\t3\tTrail\\\n' > "$out/tsv/bad-escapes"
printf '\x05a\t1\t1\t0\t3\tOne\r\nlonger line\t1\t1\t0\t3\tTwo\n' > "$out/tsv/short-maxline"
printf 'xa\t1\t1\t0\t3\tOne\nb\t1\t1\t0\t3\tTwo\na\t2\t1\t0\t3\tThree\na\t3\t1\t0\t3\tF\rour\nb\t2\t1\t0\t3\tFive\r\n' > "$out/tsv/again"

# docs: ID<TAB>TEXT lines, the articles escaped
mkdir -p "$out/docs"
for f in "${arts[@]}"; do
	awk -v id="$f" 'BEGIN { ORS = "" } {
		gsub(/\\/, "\\\\"); gsub(/\t/, "\\t"); gsub(/\r/, "\\r")
		t = t (NR > 1 ? "\\n" : "") $0 }
		END { print id "\t" t "\n" }' "$f" > "$out/docs/$(basename "$f")"
done
cat "$out"/docs/* > "$out/docs/all"
printf 'a\tOne.\nb\tBad \\x escape.\nc\tTrailing\\\nd\tLast.\n#c\tx\n\ne\n' > "$out/docs/bad"

# csv: a byte for the columns (0x10: id, text, title by name), then CSV
mkdir -p "$out/csv"
for f in "${arts[@]}"; do
	{
		printf '\x10id,title,text\r\n'
		awk -v id="$(basename "$f" .txt)" '
			NR == 1 { title = $0; next }
			{ gsub(/"/, "\"\""); t = t (t == "" ? "" : "\n") $0 }
			END { gsub(/"/, "\"\"", title)
			      printf "%s,\"%s\",\"%s\"\r\n", id, title, t }' "$f"
	} > "$out/csv/$(basename "$f")"
done
printf '\x00id,text\nd1,"Fidan met Rubio."\nd2,"unclosed\n' > "$out/csv/unclosed"
printf '\x05text,id\n"a ""quoted"" one",x\nshort\n' > "$out/csv/numbers"

# recread: a byte for the kinds taken (0: all), then sentence records,
# token records or CoNLL-U, with and without a header
chunk recread '\x00' "$sents" "$data"/tag/sample.conllu examples/conllu/interview.conllu
printf '\x02#doc\tsent\ttok\tstart\tend\tform\tlemma\tupos\txpos\tner\thead\trel\tpara\na\t1\t1\t0\t4\tJane\tJane\tPROPN\tNNP\tB-PER\t2\tnsubj\t1\na\t1\t2\t5\t9\tsaid\tsay\tVERB\tVBD\tO\t0\troot\t1\na\t1\t3\t9\t10\t.\t.\tPUNCT\t.\tO\t2\tpunct\t1\n' > "$out/recread/tokens"
printf '\x01a\t1\t1\t0\t10\tJane said.\n' > "$out/recread/sentences"

# conllu
chunk conllu '' "$data"/tag/sample.conllu
printf '1\tA\ta\tDET\tDT\t_\t0\troot\t_\t_\n1-2\tx\n\n1.1\t_\t_\t_\t_\t_\t_\t_\t_\t_\n' > "$out/conllu/bad"

# split: documents as they come
chunk split '' "${arts[@]}" "$data"/split/layout-*.txt

# token: one sentence a seed (the text column of the split fixtures)
mkdir -p "$out/token"
awk -F'\t' -v d="$out/token" '!/^#/ && NF >= 6 {
	f = sprintf("%s/s%03d", d, n++); printf "%s", $6 > f; close(f) }' \
	"$sents" "$data"/split/layout.expected.tsv

# the stages: a document's sentences a line, paragraphs apart, "%%"
# between documents (tests/fuzz/fuzz.h)
stage_text() {	# RECORDS: sentence records to stage input
	awk -F'\t' '!/^#/ && NF >= 6 {
		if (NR > 1 && $1 != doc) print "%%"
		else if (NR > 1 && $3 != para) print ""
		doc = $1; para = $3; print $6 }' "$@"
}
for t in tagger people quotes summary; do
	mkdir -p "$out/$t"
	awk -F'\t' '!/^#/ { print $1 }' "$sents" | uniq | while read -r doc; do
		awk -F'\t' -v d="$doc" '$1 == d' "$sents" > "$out/$t/.recs"
		stage_text "$out/$t/.recs" > "$out/$t/$(basename "$doc")"
	done
	rm -f "$out/$t/.recs"
	stage_text "$sents" > "$out/$t/all"
	stage_text "$data"/tag/people.tsv > "$out/$t/people"
done
for m in 1 2 3 4 8 16 48 112 304 1024; do
	{ printf '%%%d\n' "$m"; cat "$out/summary/all"; } > "$out/summary/mode-$m"
done
printf '%%3\n"We will win," said Erdo\xc4\x9fan.\n\nHe added: "We are ready.\n\n"And more," he said.\n' > "$out/quotes/open-quote"

# rules: a rule file, a NUL, a sentence
mkdir -p "$out/rules"
printf '# products\n\nPRODUCT\t\\bF-\\d+\\b\n\0Ankara wants F-35 and F-16 jets.' > "$out/rules/products"
printf 'QUOTE\tFidan said\nTITLE\tHakan\n' > "$out/rules/overlap"
printf 'A\tRecep Tayyip Erdo\xc4\x9fan\nB\tErdo\xc4\x9fan\n\0Recep Tayyip Erdo\xc4\x9fan spoke.' > "$out/rules/cut"
printf 'CITY\t\\b\\p{Lu}\\w+ya\\b\n\0They flew to \xc3\x9csk\xc3\xbcya.' > "$out/rules/unicode"
printf 'X\t(a+)+$\n\0aaaaaaaaaaaaaaaaaaaaaaaaaaaaab' > "$out/rules/catastrophic"
printf 'ORG\tfoo(bar\n' > "$out/rules/bad-pattern"
printf 'E\t\\b\nF\t(?=a)\n\0a b c' > "$out/rules/empty-match"

# names: a byte skipped, then lines of +S, =KS, ?S and !S
# (tests/fuzz/fuzz_names.c): the names of the sample articles' people
mkdir -p "$out/names"
{
	printf '\x01'
	for w in 'hakan fidan' 'recep tayyip erdogan' 'donald trump' \
	    'nuh yilmaz' 'christopher landau'; do
		printf '+%s\n' "$w"
	done
	printf '?fidan\n!hakan\n?erdogan\n!nuh\n?landau\n=1tayyip erdogan\n?erdogan\n'
} > "$out/names/seeds"
printf '\x01+fidan\n?hakan fidan\n=0hakan fidan\n?fidan\n!hakan\n+recep tayyip erdogan\n?tayyip erdogan\n!recep\n+\n? \n' > "$out/names/ends"
printf '\x01+a b\n+b\n+a\n?a\n!a\n?b\n=1c a b\n?a b\n!c\n?x a b\n' > "$out/names/order"

# datafile: a byte (bit 0: of the data directory; bits 1-2: the reader),
# then a data file (tests/fuzz/fuzz_datafile.c)
mkdir -p "$out/datafile"
for f in data/abbreviations.txt data/quote-verbs.tsv data/gazetteers/honorifics.txt; do
	for b in 00 01 02 03 04 05; do
		{ printf "\\x$b"; cat "$f"; } > "$out/datafile/$(basename "$f")-$b"
	done
done
{ printf '\x07'; head -n 300 data/idf.tsv; printf '#end\t298\n'; } > "$out/datafile/idf-07"
{ printf '\x06'; head -n 300 data/idf.tsv; } > "$out/datafile/idf-06"
printf '\x01a\nb\n#end\t2\nc\n' > "$out/datafile/after-end"
printf '\x01a\r\nb\rc\n#end\t2\n' > "$out/datafile/cr"
printf '\x01a\n#end\t1\n#end\t1\n' > "$out/datafile/two-ends"
