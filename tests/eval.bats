#!/usr/bin/env bats
# Accuracy floors of news-split, news-tag (with --parse) and
# news-extract-quotes on the evaluation sets in eval/data/, scored by
# scripts/eval-split.sh, scripts/eval-tag.sh, scripts/eval-parse.sh and
# scripts/eval-quotes.sh, and checks of those scorers themselves.
#
# The floors hold the level reached; raise them when the programs get
# better.  `make eval` prints the full figures.

load test_helper

SCORE=$ROOT/scripts/eval-split.sh
TAGSCORE=$ROOT/scripts/eval-tag.sh
QSCORE=$ROOT/scripts/eval-quotes.sh
TAG=$NEWS_BIN/news-tag
TOKEN_EVAL=$BATS_TEST_DIRNAME/tools/token-eval
EVAL=$ROOT/eval/data

# split_to FILE ARG...: news-split ARG... > FILE, expecting status 0 and
# nothing on stderr.
split_to() {
	local file=$1 status=0

	shift
	"$SPLIT" "$@" >"$file" 2>err.txt || status=$?
	[ "$status" -eq 0 ] || fail "news-split $*: status $status: $(head -n 5 err.txt)"
	[ ! -s err.txt ] || fail "news-split $*: $(head -n 5 err.txt)"
}

# tag_to FILE ARG...: news-tag --input conllu ARG... > FILE, expecting
# status 0 and nothing on stderr.
tag_to() {
	local file=$1 status=0

	shift
	"$TAG" --input conllu "$@" >"$file" 2>err.txt || status=$?
	[ "$status" -eq 0 ] || fail "news-tag $*: status $status: $(head -n 5 err.txt)"
	[ ! -s err.txt ] || fail "news-tag $*: $(head -n 5 err.txt)"
}

# accuracies: "UPOS XPOS lemma" from eval-tag.sh's output in $output
accuracies() {
	printf '%s\n' "$output" |
		sed -n 's/^UPOS \([0-9.]*\)  XPOS \([0-9.]*\)  lemma \([0-9.]*\)$/\1 \2 \3/p'
}

# entity_f1 TYPE: the F1 of TYPE (or all) in eval-tag.sh -n's output
entity_f1() {
	printf '%s\n' "$output" | awk -v t="$1" '$1 == t { print $7 }'
}

# value LABEL: N or N/M from the scorer's last line "LABEL N" of the last run
value() {
	printf '%s\n' "$output" | sed -n "s/^$1 \([0-9][0-9.\/]*\)$/\1/p" | tail -n 1
}

# at_least WHAT GOT FLOOR: GOT >= FLOOR as decimal numbers
at_least() {
	awk -v got="$2" -v floor="$3" 'BEGIN { exit !(got != "" && got + 0 >= floor + 0) }' ||
		fail "$1 is ${2:-missing}, below the floor $3"
}

@test "scorer: boundary precision, recall, F1 and exact sentences" {
	printf '#doc\tsent\tpara\tsentence\n' >gold.tsv
	printf 'a.txt\t1\t1\tA b.\na.txt\t2\t1\tC d.\na.txt\t3\t2\tE f.\n' >>gold.tsv
	printf 'b.txt\t1\t1\tOnly one.\n' >>gold.tsv
	# a.txt: the first two sentences merged; b.txt is missing
	printf 'dir/a.txt\t1\t1\t0\t9\tA b. C d.\ndir/a.txt\t2\t2\t11\t15\tE f.\n' >pred.tsv
	run -0 "$SCORE" gold.tsv pred.tsv
	assert_output "docs 2 (missing from output: 1)
boundary precision 1.0000 recall 0.5000 F1 0.6667
sentences exact 1/4 = 0.2500
F1 0.6667"
}

@test "scorer: whitespace (ASCII and Unicode) and escapes do not count" {
	# gold and prediction differ only in whitespace: every boundary agrees
	printf '#doc\tsent\tpara\tsentence\n' >gold.tsv
	printf 'd\t1\t1\tT\303\274rkiye  \302\240\\tsaid.\nd\t2\t1\t\342\200\234Yes\\\\no.\342\200\235\n' >>gold.tsv
	printf 'd\t1\t1\t0\t1\tT\303\274rkiye said.\nd\t2\t1\t1\t2\t\342\200\234Yes\\\\no.\342\200\235\n' >pred.tsv
	run -0 "$SCORE" gold.tsv pred.tsv
	assert_line "boundary precision 1.0000 recall 1.0000 F1 1.0000"
	assert_line "sentences exact 2/2 = 1.0000"
	# one boundary moved by one character, the opening quote
	printf 'd\t1\t1\t0\t1\tT\303\274rkiye said. \342\200\234\nd\t2\t1\t1\t2\tYes\\\\no.\342\200\235\n' >pred.tsv
	run -0 "$SCORE" gold.tsv pred.tsv
	assert_line "boundary precision 0.5000 recall 0.5000 F1 0.5000"
	assert_line "sentences exact 0/2 = 0.0000"
}

@test "scorer: cases exactly right, and the --docs form of a cases file" {
	printf 'id\tname\ttext\n1\tOne\tA b. C d.\n2\tTwo\tLine\\none.\n' >in.tsv
	run -0 "$SCORE" -d in.tsv
	assert_output "$(printf '1\tA b. C d.\n2\tLine\\none.')"
	printf 'id\tsent_no\tsentence\n1\t1\tA b.\n1\t2\tC d.\n2\t1\tLine one.\n' >gold.tsv
	printf '1\t1\t1\t0\t4\tA b.\n1\t2\t1\t5\t9\tC d.\n2\t1\t1\t0\t9\tLine\n2\t2\t2\t10\t14\tone.\n' >pred.tsv
	run -0 "$SCORE" -c gold.tsv pred.tsv
	assert_line "cases exact 1/2 = 0.5000"
	assert_line "cases 1/2"
	run -2 "$SCORE" -c gold.tsv
	run -1 "$SCORE" pred.tsv gold.tsv
	assert_output --partial "expected at least 6 fields"
}

@test "seeds: all 86 sentences of the sample articles exactly right" {
	split_to pred.tsv "$ROOT"/examples/seeds/*.txt
	run -0 "$SCORE" "$EVAL/seeds/sentences.tsv" pred.tsv
	assert_line "docs 4 (missing from output: 0)"
	assert_line "sentences exact 86/86 = 1.0000"
}

@test "Golden Rules: all 52 cases exactly right" {
	"$SCORE" -d "$EVAL/golden-rules/golden_rules_en_pragmatic.input.tsv" >docs.tsv
	split_to pred.tsv --docs docs.tsv
	run -0 "$SCORE" -c -v "$EVAL/golden-rules/golden_rules_en_pragmatic.gold.tsv" pred.tsv
	local cases
	cases=$(value cases)
	[ "${cases#*/}" = 52 ] || fail "expected 52 cases, got $cases"
	at_least "Golden Rules cases right" "${cases%/*}" 52
}

@test "GUM news and interviews: boundary F1 at least 0.981" {
	split_to pred.tsv --docs "$EVAL/gum-news/news-interview.docs.tsv"
	run -0 "$SCORE" "$EVAL/gum-news/news-interview.sentences.tsv" pred.tsv
	assert_line "docs 39 (missing from output: 0)"
	at_least "GUM boundary F1" "$(value F1)" 0.981
}

@test "UD EWT dev: boundary F1 at least 0.955" {
	split_to pred.tsv --docs "$EVAL/ewt-dev/dev.docs.tsv"
	run -0 "$SCORE" "$EVAL/ewt-dev/dev.sentences.tsv" pred.tsv
	assert_line "docs 318 (missing from output: 0)"
	at_least "EWT boundary F1" "$(value F1)" 0.955
}

# ---- news-tag ----

# gold.conllu: two sentences, with a multi-word token, an empty node and
# comments; pred.conllu: the same words, with one UPOS, two XPOS and one
# lemma wrong, and one lemma that differs only in case (not wrong).
write_tag_pair() {
	printf '# sent_id = 1\n# text = Don'\''t go\n' >gold.conllu
	printf '1-2\tDon'\''t\t_\t_\t_\t_\t_\t_\t_\t_\n' >>gold.conllu
	printf '1\tDo\tdo\tAUX\tVBP\t_\t3\taux\t_\t_\n' >>gold.conllu
	printf '2\tn'\''t\tnot\tPART\tRB\t_\t3\tadvmod\t_\t_\n' >>gold.conllu
	printf '3\tgo\tgo\tVERB\tVB\t_\t0\troot\t_\t_\n' >>gold.conllu
	printf '3.1\tgo\tgo\tVERB\tVB\t_\t_\t_\t_\t_\n\n' >>gold.conllu
	printf '# sent_id = 2\n1\t\303\211mile\t\303\211mile\tPROPN\tNNP\t_\t0\troot\t_\t_\n\n' >>gold.conllu
	printf '# sent_id = 1\n1-2\tDon'\''t\t_\t_\t_\t_\t_\t_\t_\t_\n' >pred.conllu
	printf '1\tDo\tdo\tAUX\tVBP\t_\t_\t_\t_\tNER=O\n' >>pred.conllu
	printf '2\tn'\''t\tn'\''t\tPART\tRB\t_\t_\t_\t_\tNER=O\n' >>pred.conllu
	printf '3\tgo\tgo\tVERB\tVBP\t_\t_\t_\t_\tNER=O\n' >>pred.conllu
	printf '3.1\tx\tx\tX\tX\t_\t_\t_\t_\t_\n\n' >>pred.conllu
	printf '1\t\303\211mile\t\303\251mile\tNOUN\tNN\t_\t_\t_\t_\tNER=B-PER\n\n' >>pred.conllu
}

@test "tag scorer: UPOS, XPOS and lemma accuracy; ranges, empty nodes and comments skipped" {
	write_tag_pair
	run -0 "$TAGSCORE" gold.conllu pred.conllu
	assert_output "words 4
UPOS 0.7500  XPOS 0.5000  lemma 0.7500
UPOS 0.7500"
	# CRLF line ends read as LF
	sed 's/$/\r/' pred.conllu >crlf.conllu
	run -0 "$TAGSCORE" gold.conllu crlf.conllu
	assert_line "UPOS 0.7500  XPOS 0.5000  lemma 0.7500"
}

@test "tag scorer: other sentences or other tokens are errors" {
	write_tag_pair
	sed '/mile/d' pred.conllu >short.conllu
	run -1 "$TAGSCORE" gold.conllu short.conllu
	assert_output "eval-tag: 2 gold sentences but 1 predicted"
	sed 's/^3\tgo\t/3\tgone\t/' pred.conllu >other.conllu
	run -1 "$TAGSCORE" gold.conllu other.conllu
	assert_output "eval-tag: sentence 1: the predicted tokens differ from the gold tokens"
	run -2 "$TAGSCORE" gold.conllu
	run -2 "$TAGSCORE" gold.conllu missing.conllu
}

@test "entity scorer: exact spans by type; an I- after O or another type starts an entity" {
	printf '# sent_id = a\n# text = Ann Lee visited New York\n' >gold.iob2
	printf '1\tAnn\tB-PER\n2\tLee\tI-PER\n3\tvisited\tO\n4\tNew\tB-LOC\n5\tYork\tI-LOC\n\n' >>gold.iob2
	printf '1\tthe\tO\n2\tUN\tI-ORG\n3\tsaid\tO\n\n' >>gold.iob2
	printf '1\tBank\tB-ORG\n2\tof\tI-ORG\n3\tParis\tI-LOC\n\n' >>gold.iob2
	run -0 "$TAGSCORE" -c gold.iob2
	assert_output "# sent_id = a
# text = Ann Lee visited New York
$(printf '1\tAnn\t_\t_\t_\t_\t_\t_\t_\t_')
$(printf '2\tLee\t_\t_\t_\t_\t_\t_\t_\t_')
$(printf '3\tvisited\t_\t_\t_\t_\t_\t_\t_\t_')
$(printf '4\tNew\t_\t_\t_\t_\t_\t_\t_\t_')
$(printf '5\tYork\t_\t_\t_\t_\t_\t_\t_\t_')

$(printf '1\tthe\t_\t_\t_\t_\t_\t_\t_\t_')
$(printf '2\tUN\t_\t_\t_\t_\t_\t_\t_\t_')
$(printf '3\tsaid\t_\t_\t_\t_\t_\t_\t_\t_')

$(printf '1\tBank\t_\t_\t_\t_\t_\t_\t_\t_')
$(printf '2\tof\t_\t_\t_\t_\t_\t_\t_\t_')
$(printf '3\tParis\t_\t_\t_\t_\t_\t_\t_\t_')"
	# the second New York starts at an I-; Bank of Paris is one ORG, not
	# an ORG and a LOC
	"$TAGSCORE" -c gold.iob2 | awk -F'\t' -v OFS='\t' '
	$2 == "Ann" { $10 = "NER=B-PER" } $2 == "Lee" { $10 = "NER=I-PER" }
	$2 == "New" { $10 = "NER=I-LOC" } $2 == "York" { $10 = "SpaceAfter=No|NER=I-LOC" }
	$2 == "UN" { $10 = "NER=O|NER=B-ORG" } $2 == "the" { $10 = "NER=O" }
	$2 == "Bank" { $10 = "NER=B-ORG" } $2 == "of" || $2 == "Paris" { $10 = "NER=I-ORG" }
	{ print }' >pred.conllu
	run -0 "$TAGSCORE" -n gold.iob2 pred.conllu
	assert_output "LOC  precision 1.0000 recall 0.5000 F1 0.6667 (gold 2)
ORG  precision 0.5000 recall 0.5000 F1 0.5000 (gold 2)
PER  precision 1.0000 recall 1.0000 F1 1.0000 (gold 1)
all  precision 0.7500 recall 0.6000 F1 0.6667
F1 0.6667"
}

@test "news-tag, UD EWT dev, gold tokens: UPOS >= 0.950, XPOS >= 0.945, lemma >= 0.97" {
	local gold=$EVAL/ewt-dev/en_ewt-ud-dev.conllu u x l

	tag_to pred.conllu "$gold"
	run -0 "$TAGSCORE" "$gold" pred.conllu
	assert_line "words 25147"
	read -r u x l <<<"$(accuracies)"
	at_least "EWT dev UPOS" "$u" 0.950
	at_least "EWT dev XPOS" "$x" 0.945
	at_least "EWT dev lemma" "$l" 0.97
}

@test "news-tag, GUM dev news and interviews, gold tokens: UPOS >= 0.95" {
	cat "$EVAL"/gum-dev/*.conllu >gold.conllu
	tag_to pred.conllu "$EVAL"/gum-dev/*.conllu
	run -0 "$TAGSCORE" gold.conllu pred.conllu
	assert_line "words 3302"
	at_least "GUM dev UPOS" "$(value UPOS)" 0.95
}

# ---- news-tag --parse ----

PARSESCORE=$ROOT/scripts/eval-parse.sh

# uas_las: "UAS LAS" from eval-parse.sh's output in $output
uas_las() {
	printf '%s\n' "$output" |
		sed -n 's/^UAS \([0-9.]*\)  LAS \([0-9.]*\)  .*/\1 \2/p'
}

@test "parse scorer: UAS, LAS and LAS-full; ranges, empty nodes and comments skipped" {
	printf '%s\n' '# text = a b c' $'1-2\tab\t_\t_\t_\t_\t_\t_\t_\t_' \
		$'1\ta\t_\t_\t_\t_\t2\tnsubj:pass\t_\t_' \
		$'2\tb\t_\t_\t_\t_\t0\troot\t_\t_' \
		$'2.1\tx\t_\t_\t_\t_\t_\t_\t_\t_' \
		$'3\tc\t_\t_\t_\t_\t2\tobj\t_\tSpaceAfter=No' '' > gold.conllu
	printf '%s\n' $'1\ta\t_\t_\t_\t_\t2\tnsubj\t_\t_' \
		$'2\tb\t_\t_\t_\t_\t0\troot\t_\t_' \
		$'3\tc\t_\t_\t_\t_\t1\tobj\t_\t_' '' > pred.conllu
	run -0 "$PARSESCORE" gold.conllu pred.conllu
	assert_output "words 3
UAS 0.6667  LAS 0.6667  LAS-full 0.3333
LAS 0.6667"
	run -0 "$PARSESCORE" -b gold.conllu
	assert_line -n 2 $'1\ta\t_\t_\t_\t_\t_\t_\t_\t_'
	assert_line -n 5 $'3\tc\t_\t_\t_\t_\t_\t_\t_\tSpaceAfter=No'
	printf '%s\n' $'1\ta\t_\t_\t_\t_\t2\tnsubj\t_\t_' '' > short.conllu
	run -1 "$PARSESCORE" gold.conllu short.conllu
	assert_output "eval-parse: sentence 1: the predicted tokens differ from the gold tokens"
}

# parse_score GOLD: news-tag --input conllu --parse on GOLD's words only,
# scored into $output
parse_score() {
	"$PARSESCORE" -b "$1" > in.conllu
	tag_to pred.conllu --parse in.conllu
	run -0 "$PARSESCORE" "$1" pred.conllu
}

@test "news-tag --parse, UD EWT dev, words only: UAS >= 0.865, LAS >= 0.835" {
	local u l

	parse_score "$EVAL/ewt-dev/en_ewt-ud-dev.conllu"
	assert_line "words 25147"
	read -r u l <<<"$(uas_las)"
	at_least "EWT dev UAS" "$u" 0.865
	at_least "EWT dev LAS" "$l" 0.835
}

@test "news-tag --parse, GUM dev news and interviews, words only: UAS >= 0.86, LAS >= 0.83" {
	local u l

	cat "$EVAL"/gum-dev/*.conllu >gold.conllu
	parse_score gold.conllu
	assert_line "words 3302"
	read -r u l <<<"$(uas_las)"
	at_least "GUM dev UAS" "$u" 0.86
	at_least "GUM dev LAS" "$l" 0.83
}

@test "news-tag, UNER EWT dev, gold tokens: entity F1 >= 0.75, PER >= 0.83, ORG >= 0.61, LOC >= 0.75" {
	local gold=$EVAL/uner-dev/en_ewt-ud-dev.iob2

	"$TAGSCORE" -c "$gold" >in.conllu
	tag_to pred.conllu in.conllu
	run -0 "$TAGSCORE" -n "$gold" pred.conllu
	assert_line --regexp '^PER  precision .* \(gold 343\)$'
	at_least "UNER dev entity F1" "$(value F1)" 0.75
	at_least "UNER dev PER F1" "$(entity_f1 PER)" 0.83
	at_least "UNER dev ORG F1" "$(entity_f1 ORG)" 0.61
	at_least "UNER dev LOC F1" "$(entity_f1 LOC)" 0.75
}

@test "news-tag's tokenizer, UD EWT dev: token F1 >= 0.99" {
	[ -x "$TOKEN_EVAL" ] ||
		fail "$TOKEN_EVAL is missing: run 'make tests/tools/token-eval'"
	run -0 "$TOKEN_EVAL" -a "$ROOT/data/abbreviations.txt" \
		"$EVAL/ewt-dev/en_ewt-ud-dev.conllu"
	assert_line --partial "sentences 2001 "
	at_least "EWT dev token F1" \
		"$(printf '%s\n' "$output" | sed -n 's/^precision .* F1 \([0-9.]*\)$/\1/p')" 0.99
}

# ---- news-extract-quotes ----

# quotes_to FILE ARG...: news-split ARG... | news-extract-quotes > FILE,
# expecting status 0 and nothing on stderr from either.
quotes_to() {
	local file=$1 status=0

	shift
	split_to sentences.tsv "$@"
	"$NEWS_BIN/news-extract-quotes" sentences.tsv >"$file" 2>err.txt || status=$?
	[ "$status" -eq 0 ] || fail "news-extract-quotes: status $status: $(head -n 5 err.txt)"
	[ ! -s err.txt ] || fail "news-extract-quotes: $(head -n 5 err.txt)"
}

# quotes_f1 KIND: the F1 of KIND (quoted, indirect or all) in
# eval-quotes.sh's output
quotes_f1() {
	printf '%s\n' "$output" | awk -v k="$1" '$1 == k { print $7 }'
}

# speaker_accuracy: speakers right among the matched quotes, as a decimal
speaker_accuracy() {
	printf '%s\n' "$output" |
		awk '$1 == "all" { split($10, n, "/"); if (n[2] > 0) print n[1] / n[2] }'
}

@test "quotes scorer: overlap matching, documents by file name, kinds and speakers" {
	printf '#doc\tsent\tkind\tspeakers\tcue\tquote\n' >gold.tsv
	printf 'd.txt\t1\tdirect\tAnn Lee\tsay\tWe will win the vote tomorrow\n' >>gold.tsv
	printf 'd.txt\t2\tindirect\tthe minister|Y\304\261lmaz\tsay\ttaxes would rise next year\n' >>gold.tsv
	printf 'd.txt\t3\tpartial\tthe Bank\tcall\ta great day\n' >>gold.tsv
	# 1: 4 of 6 words, curly quotes, same last name; 2: fewer words, case,
	# Yilmaz is Yılmaz folded; 3: "the Bank" is not a personal name;
	# 4: matches nothing (an extra indirect); other.txt is not in the gold
	printf 'dir/d.txt\t1\t0\t9\tdirect\tLee\tshe\tsay\t\342\200\234We will win the vote\342\200\235\n' >pred.tsv
	printf 'dir/d.txt\t2\t10\t20\tindirect\tMehmet Yilmaz\the\tsay\tTaxes would rise\n' >>pred.tsv
	printf 'dir/d.txt\t3\t21\t30\tdirect\tWorld Bank\tit\tcall\ta day\n' >>pred.tsv
	printf 'dir/d.txt\t4\t31\t40\tindirect\tX\tX\tsay\tsomething else entirely\n' >>pred.tsv
	printf 'other.txt\t1\t0\t5\tdirect\tX\tX\tsay\tWe will win the vote\n' >>pred.tsv
	run -0 "$QSCORE" -v gold.tsv pred.tsv
	assert_output "  speaker d.txt:3 got 'World Bank'/'it', want 'the Bank'
  extra   d.txt:4 indirect: something else entirely
quoted   precision 1.0000 recall 1.0000 F1 1.0000  speaker right 1/2
indirect precision 0.5000 recall 1.0000 F1 0.6667  speaker right 1/1
all      precision 0.7500 recall 1.0000 F1 0.8571  speaker right 2/3
F1 0.8571 attribution 0.6667"
	# CRLF line ends read as LF
	sed 's/$/\r/' pred.tsv >crlf.tsv
	run -0 "$QSCORE" gold.tsv crlf.tsv
	assert_line "all      precision 0.7500 recall 1.0000 F1 0.8571  speaker right 2/3"
	run -1 "$QSCORE" pred.tsv gold.tsv
	assert_output "gold.tsv:2: expected at least 9 fields, got 6"
	run -2 "$QSCORE" gold.tsv
}

@test "quotes scorer: equal overlaps go to the later gold quote, as quotes.py sorts them" {
	printf 'd.txt\t1\tdirect\tAnn\tsay\tYes we can\nd.txt\t1\tdirect\tBob\tsay\tYes we can\n' >gold.tsv
	printf 'd.txt\t1\t0\t9\tdirect\tBob\tBob\tsay\tYes, we can.\n' >pred.tsv
	run -0 "$QSCORE" -v gold.tsv pred.tsv
	assert_output "  missed  d.txt:1 quoted: Yes we can
quoted   precision 1.0000 recall 0.5000 F1 0.6667  speaker right 1/1
indirect precision 0.0000 recall 0.0000 F1 0.0000  speaker right 0/0
all      precision 1.0000 recall 0.5000 F1 0.6667  speaker right 1/1
F1 0.6667 attribution 0.5000"
}

@test "news-extract-quotes, seeds: quoted F1 >= 0.95, indirect F1 >= 0.90, speakers >= 0.90" {
	quotes_to pred.tsv "$ROOT"/examples/seeds/*.txt
	run -0 "$QSCORE" "$EVAL/seeds/quotes.tsv" pred.tsv
	at_least "seeds quoted F1" "$(quotes_f1 quoted)" 0.95
	at_least "seeds indirect F1" "$(quotes_f1 indirect)" 0.90
	at_least "seeds speakers right" "$(speaker_accuracy)" 0.90
}

@test "news-extract-quotes, quotes-wikinews: quoted F1 >= 0.95, indirect F1 >= 0.82, speakers >= 0.92" {
	quotes_to pred.tsv --docs "$EVAL/quotes-wikinews/docs.tsv"
	run -0 "$QSCORE" "$EVAL/quotes-wikinews/quotes.tsv" pred.tsv
	at_least "quotes-wikinews quoted F1" "$(quotes_f1 quoted)" 0.95
	# 0.7967 with the learned model (issue 16) and issue 17's entities,
	# 0.8485 with the patterns before it on the same gold: recall fell
	# (0.80 to 0.70) where precision rose, the price of PolNeAR dev's
	# indirect 0.68 to 0.79; 0.8065 with two reports in one sentence
	# ("claimed A, insisting B"), 0.8160 with the lead after a headline
	# told from a later paragraph's first sentence, 0.8281 with "said A and
	# that B" as two events (speakers 125 of 134, 0.933)
	at_least "quotes-wikinews indirect F1" "$(quotes_f1 indirect)" 0.82
	at_least "quotes-wikinews speakers right" "$(speaker_accuracy)" 0.92
}

@test "news-extract-quotes, quotes-wikinews2: quoted F1 >= 0.93, indirect F1 >= 0.82, speakers >= 0.87" {
	quotes_to pred.tsv --docs "$EVAL/quotes-wikinews2/docs.tsv"
	run -0 "$QSCORE" "$EVAL/quotes-wikinews2/quotes.tsv" pred.tsv
	# 0.9355, 0.8171 and 110 of 125 when it was made (2026-12-07);
	# 0.8242 and 111 of 126 with "CLAUSE, say scientists"
	at_least "quotes-wikinews2 quoted F1" "$(quotes_f1 quoted)" 0.93
	at_least "quotes-wikinews2 indirect F1" "$(quotes_f1 indirect)" 0.82
	at_least "quotes-wikinews2 speakers right" "$(speaker_accuracy)" 0.87
}

# ---- news-extract-people ----

PSCORE=$ROOT/scripts/eval-people.sh

# people_to FILE ARG...: news-split ARG... | news-extract-people $POPTS >
# FILE, expecting status 0 and nothing on stderr from either.
POPTS=
people_to() {
	local file=$1 status=0

	shift
	split_to sentences.tsv "$@"
	# shellcheck disable=SC2086 # one option word, or none
	"$NEWS_BIN/news-extract-people" $POPTS sentences.tsv >"$file" 2>err.txt || status=$?
	[ "$status" -eq 0 ] || fail "news-extract-people: status $status: $(head -n 5 err.txt)"
	[ ! -s err.txt ] || fail "news-extract-people: $(head -n 5 err.txt)"
}

# people_right WHAT: the number of titles or affiliations right in
# eval-people.sh's output
people_right() {
	printf '%s\n' "$output" |
		sed -n "s/.*$1 right \([0-9]*\)\/.*/\1/p" | head -n 1
}

@test "people scorer: full names folded, documents by file name, titles by word overlap, affiliations by country" {
	printf '#doc\tname\ttitle\taffiliation\taliases\n' >gold.tsv
	printf 'd.txt\tHakan Fidan\tForeign Minister\tT\303\274rkiye|\tFidan\n' >>gold.tsv
	printf 'd.txt\tNuh Y\304\261lmaz\tDeputy Foreign Minister\tT\303\274rkiye\t\n' >>gold.tsv
	printf 'd.txt\tAnn Lee\tauthor\t\t\n' >>gold.tsv
	printf 'd.txt\tMarco Rubio\tSecretary of State\tUnited States\tRubio\n' >>gold.tsv
	printf 'e.txt\tJoe Biden\tformer President\tUnited States|\tBiden\n' >>gold.tsv
	# Fidan: an empty affiliation is one of the gold alternatives; Yilmaz
	# is Yılmaz folded, "Minister" shares half the title's words, Turkey
	# is Türkiye; a bare "Rubio" is not Marco Rubio; Ann Lee: the wrong
	# title and an affiliation the text does not state, and her second
	# record is not counted; USA is the United States; other.txt is not in
	# the gold
	printf 'dir/d.txt\tHakan Fidan\tForeign Minister\t\t9\t1\tFidan\n' >pred.tsv
	printf 'dir/d.txt\tNuh Yilmaz\tMinister\tTurkey\t1\t2\t\n' >>pred.tsv
	printf 'dir/d.txt\tRubio\tSecretary of State\tU.S.\t2\t3\t\n' >>pred.tsv
	printf 'dir/d.txt\tAnn Lee\twriter\tReuters\t1\t4\t\n' >>pred.tsv
	printf 'dir/d.txt\tANN LEE\tauthor\t\t1\t5\t\n' >>pred.tsv
	printf 'e.txt\tJoe Biden\tPresident\tUSA\t4\t1\tBiden\n' >>pred.tsv
	printf 'other.txt\tSomeone\tPresident\tUS\t1\t1\t\n' >>pred.tsv
	run -0 "$PSCORE" -v gold.tsv pred.tsv
	assert_output "  title   d.txt  Ann Lee: got 'writer', want 'author'
  affil   d.txt  Ann Lee: got 'Reuters', want ''
  missed  d.txt  Marco Rubio
  extra   d.txt  Rubio
people precision 0.8000 recall 0.8000 F1 0.8000 (4 of 5 gold, 5 predicted)
titles right 3/4, affiliations right 3/4
F1 0.8000"
	# CRLF line ends read as LF
	sed 's/$/\r/' pred.tsv >crlf.tsv
	run -0 "$PSCORE" gold.tsv crlf.tsv
	assert_line "titles right 3/4, affiliations right 3/4"
	printf 'd.txt\n' >bad.tsv
	run -1 "$PSCORE" gold.tsv bad.tsv
	assert_output "bad.tsv:1: expected at least 2 fields, got 1"
	run -2 "$PSCORE" gold.tsv
}

@test "news-extract-people --bylines, seeds (the gold lists a byline's author): F1 >= 0.99, titles >= 21/21, affiliations >= 19/21" {
	POPTS=--bylines
	people_to pred.tsv "$ROOT"/examples/seeds/*.txt
	run -0 "$PSCORE" "$EVAL/seeds/people.tsv" pred.tsv
	assert_line --partial "of 21 gold,"
	at_least "seeds people F1" "$(value F1)" 0.99
	at_least "seeds titles right (of 21)" "$(people_right titles)" 21
	at_least "seeds affiliations right (of 21)" "$(people_right affiliations)" 19
}

@test "news-extract-people, seeds: the byline's author left out, every other person right" {
	people_to pred.tsv "$ROOT"/examples/seeds/*.txt
	run -0 "$PSCORE" "$EVAL/seeds/people.tsv" pred.tsv
	assert_line --partial "people precision 1.0000 recall 0.9524"
}

@test "news-extract-people, Wikinews people dev: F1 >= 0.95, titles >= 183, affiliations >= 163 of 207" {
	people_to pred.tsv --docs "$EVAL/people-wikinews/docs.tsv"
	run -0 "$PSCORE" "$EVAL/people-wikinews/people.tsv" pred.tsv
	assert_line --partial "of 207 gold,"
	# 0.9553, 183 and 164 (2026-12-07 at 979ef6e); 184 and 165 with
	# titles spelled out ('spokesperson') and 'Ban Ki-moon, the ...'; 184
	# with 'spokesman' as the text writes it (2026-12-07)
	at_least "Wikinews people F1" "$(value F1)" 0.95
	at_least "Wikinews titles right" "$(people_right titles)" 183
	at_least "Wikinews affiliations right" "$(people_right affiliations)" 163
}

@test "news-extract-people, Wikinews people dev 2: F1 >= 0.87, titles >= 123, affiliations >= 117 of 165" {
	people_to pred.tsv --docs "$EVAL/people-wikinews2/docs.tsv"
	run -0 "$PSCORE" "$EVAL/people-wikinews2/people.tsv" pred.tsv
	assert_line --partial "of 165 gold,"
	# 0.8612, 121 and 117 when it was made (2026-12-07); 0.8800, 125
	# and 119 with firms, storms and titles of the sciences
	at_least "Wikinews 2 people F1" "$(value F1)" 0.87
	at_least "Wikinews 2 titles right" "$(people_right titles)" 123
	at_least "Wikinews 2 affiliations right" "$(people_right affiliations)" 117
}

PRSCORE=$ROOT/scripts/eval-people-recall.sh

# persons_recall: the recall in eval-people-recall.sh's output
persons_recall() {
	printf '%s\n' "$output" | awk '$1 == "persons" { print $6 }'
}

@test "people recall scorer: last names folded, documents by file name, every gold record counts" {
	printf '#doc_id\tname\tentity_id\n' >gold.tsv
	printf 'd\tNabil Ma\303\242loul\t1\n' >>gold.tsv
	printf 'd\tHarry Kane\t2\nd\tHarry Kane\t3\n' >>gold.tsv
	printf 'd\tKim Min-woo\t4\n' >>gold.tsv
	printf 'e\tAnn Lee\t5\n' >>gold.tsv
	# Maâloul is MAALOUL folded; Kane by his last name only; Kim Min-Woo
	# by case; Ann Lee is in another document of the prediction, and
	# other.txt is not in the gold
	printf 'dir/d\tMAALOUL\t\t\t1\t1\t\n' >pred.tsv
	printf 'dir/d\tKane\tcaptain\tEngland\t2\t2\t\n' >>pred.tsv
	printf 'd\tKim Min-Woo\t\t\t1\t3\t\n' >>pred.tsv
	printf 'd\tAnn Lee\t\t\t1\t4\t\n' >>pred.tsv
	printf 'other.txt\tLee\t\t\t1\t1\t\n' >>pred.tsv
	run -0 "$PRSCORE" -v gold.tsv pred.tsv
	assert_output "  missed  e  Ann Lee
persons 5 found 4 recall 0.8000"
	# CRLF line ends read as LF
	sed 's/$/\r/' pred.tsv >crlf.tsv
	run -0 "$PRSCORE" gold.tsv crlf.tsv
	assert_output "persons 5 found 4 recall 0.8000"
	printf 'd\n' >bad.tsv
	run -1 "$PRSCORE" gold.tsv bad.tsv
	assert_output "bad.tsv:1: expected at least 2 fields, got 1"
	run -2 "$PRSCORE" gold.tsv
}

@test "news-extract-people --bylines, GUM news and interviews (the gold counts photo credits): persons recall >= 0.83" {
	POPTS=--bylines
	people_to pred.tsv --docs "$EVAL/gum-news/news-interview.docs.tsv"
	run -0 "$PRSCORE" "$EVAL/gum-news/person-entities.tsv" pred.tsv
	assert_line --regexp '^persons 197 found [0-9]+ recall [0-9.]+$'
	# 0.8274 (163 of 197) with the entity model of issue 17, 0.8325 before;
	# 0.8376 (165) with a surname the tagger left out ('Nabil Maaloul')
	at_least "GUM persons recall" "$(persons_recall)" 0.83
}
