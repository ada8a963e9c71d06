#!/usr/bin/env bats
# news-tag --parse: dependency parses (docs/parsing.md, docs/man/news-tag.1).
#
# The parse comes from a trained model, so the tests assert structure
# everywhere (a tree a sentence: one root, heads inside the sentence, no
# cycle, a relation of Universal Dependencies) and the attachments only
# where any parser worth shipping agrees: the subject and the clausal
# complement of a plain reporting verb, an apposition after a name.
# Accuracy is measured by `make eval`; tests/eval.bats keeps its floors.

load test_helper

TAG=$NEWS_BIN/news-tag
PMODEL=$ROOT/data/parser.model

# parse_text TEXT [OPTION...]: split TEXT into sentence records and run
# news-tag --parse OPTION... on them, expecting status 0 and no message;
# the token records are in out.tsv.
parse_text() {
	local text=$1

	shift
	printf '%s' "$text" > in.txt
	"$SPLIT" in.txt > sents.tsv || fail "news-split failed"
	run -0 --separate-stderr timeout 120 "$TAG" --parse "$@" sents.tsv
	assert_stderr ''
	save_output out.tsv
}

# check_trees FILE: every sentence of the token records in FILE is a tree:
# heads are 0 or a token of the sentence, exactly one root (head 0, rel
# root), and following heads from any token reaches the root.
check_trees() {
	run -0 awk -F'\t' '
	function check(    i, h, steps, roots) {
		roots = 0
		for (i = 1; i <= n; i++) {
			if (head[i] !~ /^[0-9]+$/ || head[i] > n || head[i] == i)
				bad = bad sprintf("%s %s %d: head %s\n", d, s, i, head[i])
			if (head[i] == 0) {
				roots++
				if (rel[i] != "root")
					bad = bad sprintf("%s %s %d: root as %s\n", d, s, i, rel[i])
			} else if (rel[i] == "root" || rel[i] == "")
				bad = bad sprintf("%s %s %d: rel %s\n", d, s, i, rel[i])
			h = i
			for (steps = 0; h != 0 && steps <= n; steps++)
				h = head[h]
			if (h != 0)
				bad = bad sprintf("%s %s %d: a cycle\n", d, s, i)
		}
		if (n && roots != 1)
			bad = bad sprintf("%s %s: %d roots\n", d, s, roots)
		n = 0
	}
	NF != 13 { bad = bad sprintf("line %d: %d fields\n", NR, NF); next }
	$1 != d || $2 != s { check(); d = $1; s = $2 }
	{ n++; head[n] = $11; rel[n] = $12 }
	END { check(); printf "%s", bad }' "$1"
	assert_output ''
}

# head_of FORM: "HEAD-FORM REL" of the first token FORM in out.tsv.
head_of() {
	awk -F'\t' -v f="$1" '
	{ form[$3] = $6 }
	$6 == f && !done { h = $11; r = $12; done = 1 }
	END { print (h == 0 ? "ROOT" : form[h]) " " r }' out.tsv
}

@test "--parse: head and rel of every token; the subject and complement of 'said'" {
	parse_text $'The minister said the talks would resume next week.\n'
	check_trees out.tsv
	run -0 head_of minister
	assert_output 'said nsubj'
	run -0 head_of said
	assert_output 'ROOT root'
	run -0 head_of resume
	assert_output 'said ccomp'
	run -0 head_of talks
	assert_output 'resume nsubj'
}

@test "--parse: an apposition after a name, and its title's nouns" {
	parse_text $'Jane Roe, a lawyer with Smith LLP, said on Friday that the city had been warned.\n'
	check_trees out.tsv
	run -0 head_of lawyer
	assert_output 'Jane appos'
	run -0 head_of Jane
	assert_output 'said nsubj'
	run -0 head_of warned
	assert_output 'said ccomp'
}

@test "--parse: a wire dateline is a tree of its own under the story's root, and the story's clause is whole (not 'ABS-CBN')" {
	parse_text $'NAIROBI, Kenya (AP) _ Farmers in the west are still waiting for seed, the regional governor said Monday.\n'
	check_trees out.tsv
	run -0 head_of NAIROBI
	assert_output --regexp '^(said|waiting) parataxis$'
	run -0 head_of Farmers
	assert_output 'waiting nsubj'
	run -0 head_of AP
	assert_output 'NAIROBI appos'
	parse_text $'ABS-CBN CEO Carlo Katigbak said the network would appeal.\n'
	check_trees out.tsv
	run -0 head_of said
	assert_output 'ROOT root'
}

@test "--parse: every sentence of the sample articles is a tree" {
	"$SPLIT" "$ROOT"/examples/seeds/*.txt > sents.tsv
	run -0 --separate-stderr "$TAG" --parse sents.tsv
	assert_stderr ''
	save_output out.tsv
	check_trees out.tsv
	[ "$(wc -l < out.tsv)" -gt 1000 ] || fail "too few tokens"
}

@test "without --parse the head and rel columns are empty" {
	printf 'd\t1\t1\t0\t10\tFidan met.\n' > s.tsv
	run -0 "$TAG" s.tsv
	run -0 cut -f11,12 <<< "$output"
	assert_output $'\t\n\t\n\t'
}

@test "--parse -H: the header names head and rel" {
	printf 'd\t1\t1\t0\t3\tHi.\n' > s.tsv
	run -0 "$TAG" --parse -H s.tsv
	assert_line -n 0 $'#doc\tsent\ttok\tstart\tend\tform\tlemma\tupos\txpos\tner\thead\trel\tpara'
}

@test "--parse --json and --csv carry head and rel" {
	printf 'd\t1\t1\t0\t9\tFidan met\n' > s.tsv
	run -0 "$TAG" --parse --json s.tsv
	assert_line -n 0 --regexp '"head":2,"rel":"nsubj","para":1\}$'
	run -0 "$TAG" --parse --csv s.tsv
	assert_line -n 0 --regexp ',2,"nsubj",1$'
}

@test "--output conllu --parse fills HEAD and DEPREL, DEPS stays empty" {
	printf 'd\t1\t1\t0\t22\tThe envoy left Ankara.\n' > s.tsv
	run -0 "$TAG" --parse --output conllu s.tsv
	run -0 awk -F'\t' 'NF == 10 { print $2, $7, $8, $9 }' <<< "$output"
	assert_output "$(printf '%s\n' 'The 2 det _' 'envoy 3 nsubj _' \
		'left 0 root _' 'Ankara 3 obj _' '. 3 punct _')"
}

@test "--input conllu --parse parses the words and never passes input heads through" {
	printf '%s\n' '# text = The envoy left Ankara.' \
		$'1\tThe\tthe\tDET\tDT\t_\t4\tnsubj\t4:nsubj\t_' \
		$'2\tenvoy\t_\t_\t_\t_\t1\tobj\t_\t_' \
		$'3\tleft\t_\t_\t_\t_\t0\troot\t_\t_' \
		$'4\tAnkara\t_\t_\t_\t_\t2\tamod\t_\tSpaceAfter=No' \
		$'5\t.\t_\t_\t_\t_\t2\tpunct\t_\t_' '' > in.conllu
	run -0 "$TAG" --input conllu --parse in.conllu
	run -0 awk -F'\t' 'NF == 10 { print $2, $7, $8, $9 }' <<< "$output"
	assert_output "$(printf '%s\n' 'The 2 det _' 'envoy 3 nsubj _' \
		'left 0 root _' 'Ankara 3 obj _' '. 3 punct _')"
}

@test "--input conllu without --parse keeps the input's heads" {
	printf '%s\n' $'1\tHi\t_\t_\t_\t_\t0\troot\t_\t_' \
		$'2\t!\t_\t_\t_\t_\t1\tpunct\t_\t_' '' > in.conllu
	run -0 "$TAG" --input conllu in.conllu
	run -0 awk -F'\t' 'NF == 10 { print $7, $8 }' <<< "$output"
	assert_output $'0 root\n1 punct'
}

@test "--input conllu --parse: multi-word tokens and empty nodes are kept, words parsed" {
	printf '%s\n' $'1-2\tdon\'t\t_\t_\t_\t_\t_\t_\t_\t_' \
		$'1\tdo\t_\t_\t_\t_\t_\t_\t_\t_' \
		$'2\tn\'t\t_\t_\t_\t_\t_\t_\t_\t_' \
		$'3\tgo\t_\t_\t_\t_\t_\t_\t_\t_' \
		$'3.1\tgo\t_\t_\t_\t_\t_\t_\t_\t_' \
		$'4\t!\t_\t_\t_\t_\t_\t_\t_\t_' '' > in.conllu
	run -0 "$TAG" --input conllu --parse in.conllu
	assert_line -n 0 --regexp $'^1-2\tdon\'t\t_'
	assert_line -n 4 --regexp $'^3\\.1\tgo\t'
	run -0 awk -F'\t' '$1 ~ /^[0-9]+$/ && $7 == 0 { n++ } END { print n }' <<< "$output"
	assert_output 1
}

@test "--parse: one-token and punctuation-only sentences are trees" {
	printf 'd\t1\t1\t0\t5\tHello\nd\t2\t1\t6\t9\t...\nd\t3\t1\t10\t15\t!?!?!\n' > s.tsv
	printf 'd\t4\t1\t16\t21\t- - -\n' >> s.tsv
	run -0 --separate-stderr "$TAG" --parse s.tsv
	assert_stderr ''
	save_output out.tsv
	check_trees out.tsv
	run -0 awk -F'\t' '$2 == 1 { print $11, $12 }' out.tsv
	assert_output '0 root'
}

@test "--parse: a sentence of 100,000 tokens is parsed, every token, as one tree" {
	awk 'BEGIN { s = ""; for (i = 0; i < 50000; i++) s = s "word and "
	    printf "d\t1\t1\t0\t%d\t%s\n", length(s) - 1, substr(s, 1, length(s) - 1) }' > s.tsv
	run -0 --separate-stderr timeout 300 "$TAG" --parse s.tsv
	assert_stderr ''
	save_output out.tsv
	[ "$(wc -l < out.tsv)" -eq 100000 ] || fail "$(wc -l < out.tsv) tokens"
	check_trees out.tsv
}

@test "--parse: the same input gives the same bytes" {
	"$SPLIT" "$ROOT"/examples/seeds/*.txt > sents.tsv
	"$TAG" --parse sents.tsv > a.tsv
	"$TAG" --parse sents.tsv > b.tsv
	cmp a.tsv b.tsv
}

@test "--parse: a damaged parser model is refused with status 2" {
	head -c 100000 "$PMODEL" > cut.model
	run -2 --separate-stderr "$TAG" --parse --parser-model cut.model /dev/null
	assert_stderr 'news-tag: cut.model: truncated or damaged model file'
	cp "$ROOT/data/tagger.model" tagger.model
	run -2 --separate-stderr "$TAG" --parse --parser-model tagger.model /dev/null
	assert_stderr 'news-tag: tagger.model: no parsing model'
	run -2 --separate-stderr "$TAG" --parse --parser-model missing.model /dev/null
	assert_stderr 'news-tag: missing.model: cannot open data file: No such file or directory'
}

@test "--parse with --data-dir missing the parser's model says so, status 2" {
	mkdir d
	cp "$ROOT"/data/tagger.model "$ROOT"/data/abbreviations.txt d/
	run -2 --separate-stderr "$TAG" --parse --data-dir d /dev/null
	assert_stderr 'news-tag: d/parser.model: cannot open data file: No such file or directory (the data directory: --data-dir)'
}

@test "--parse: the words of a person's name the entity model found are one name to the parser, whatever part of speech the tagger gave them ('Jeremy Dear', Dear tagged ADJ), and the POS column still says what the tagger said" {
	printf 'd\t1\t1\t0\t62\tThe plan was criticised by Jeremy Dear, NUJ General Secretary.\n' > s.tsv
	run -0 "$TAG" --parse --beam 4 s.tsv
	# Dear: an adjective to the tagger, a part of the name to the parser
	assert_line --regexp $'^d\t1\t7\t[0-9]+\t[0-9]+\tDear\tdear\tADJ\tJJ\tI-PER\t6\tflat\t'
	# and the title is the name's apposition
	assert_line --regexp $'^d\t1\t11\t[0-9]+\t[0-9]+\tSecretary\t[^\t]*\tPROPN\tNNP\tO\t6\tappos\t'
}
