#!/usr/bin/env bats
# news-summarize: behaviour tests (docs/man/news-summarize.1).
#
# Inputs are the sample articles through news-split, records built with
# printf, and the GUM news and interview documents of eval/data/gum-news/
# with their human summaries, scored by tests/tools/rouge for the
# regression floors.  Every run is under `timeout` so that a hang fails.

load test_helper

SUM=$NEWS_BIN/news-summarize
ROUGE=$BATS_TEST_DIRNAME/tools/rouge
SEED3=examples/seeds/003_50b5cfec8762dd72.txt

# sum_to [-N] FILE ARG...: run news-summarize with its stdout in FILE, byte
# for byte; -N is the exit status expected, and a wrong one shows stderr.
sum_to() {
	local want='' f

	case $1 in -[0-9]*) want=${1#-}; shift ;; esac
	f=$1
	shift
	run --separate-stderr bash -c 'f=$1; shift; exec "$@" > "$f"' \
		_ "$f" timeout 120 "$SUM" "$@"
	if [ -n "$want" ] && [ "$status" -ne "$want" ]; then
		fail "news-summarize $*: exit status $status, expected $want; stderr:
$stderr"
	fi
}

# seeds: the sentence records of the four sample articles in $T/seeds.tsv
seeds() {
	(cd "$ROOT" && "$SPLIT" examples/seeds/*.txt) > "$T/seeds.tsv"
}

# is_subset OUT IN: every line of OUT is a line of IN, in the same order
is_subset() {
	run -0 awk 'NR == FNR { pos[$0] = FNR; next }
		!($0 in pos) { print "not in the input: " $0; bad = 1 }
		pos[$0] <= last { print "out of order: " $0; bad = 1 }
		{ last = pos[$0] }
		END { exit bad }' "$2" "$1"
}

# records N: N sentence records of document d, sentence i saying "Fact i"
records() {
	awk -v n="$1" 'BEGIN { for (i = 1; i <= n; i++)
		printf "d\t%d\t%d\t%d\t%d\tThe council approved fact number %d about the bridge.\n",
		    i, i, i * 100, i * 100 + 50, i }'
}

# --- length ------------------------------------------------------------------

@test "by default three sentences a document, in input order, as they were" {
	seeds
	sum_to -0 out.tsv seeds.tsv
	assert_stderr ''
	run -0 cut -f1 out.tsv
	assert_equal "$(cut -f1 out.tsv | uniq -c | awk '{ print $1 }' | sort -u)" 3
	assert_equal "$(cut -f1 out.tsv | uniq | wc -l)" 4
	is_subset out.tsv seeds.tsv
	run -0 awk -F'\t' 'NF != 6' out.tsv
	assert_output ''
}

@test "-n gives at most N sentences, never more than the document has" {
	seeds
	sum_to -0 one.tsv -n 1 seeds.tsv
	assert_equal "$(wc -l < one.tsv)" 4
	is_subset one.tsv seeds.tsv
	sum_to -0 all.tsv -n 1000 seeds.tsv
	is_subset all.tsv seeds.tsv
	[ "$(wc -l < all.tsv)" -le "$(wc -l < seeds.tsv)" ]
	[ "$(wc -l < all.tsv)" -gt 40 ]
}

@test "-r takes a share of the sentences, rounded up" {
	seeds
	sum_to -0 out.tsv -r 0.5 seeds.tsv
	is_subset out.tsv seeds.tsv
	# 003 has 16 sentences: a headline and a byline, 14 others
	assert_equal "$(grep -c '^examples/seeds/003' out.tsv)" 7
	sum_to -0 small.tsv -r 0.01 seeds.tsv
	assert_equal "$(wc -l < small.tsv)" 4
}

@test "-w keeps each summary within the word budget" {
	seeds
	sum_to -0 out.tsv -w 60 seeds.tsv
	is_subset out.tsv seeds.tsv
	run -0 awk -F'\t' '{ w[$1] += split($6, x, " ") }
		END { for (d in w) if (w[d] > 60) print d, w[d] }' out.tsv
	assert_output ''
	[ "$(wc -l < out.tsv)" -ge 4 ]
}

@test "-w smaller than any sentence still gives one sentence a document" {
	seeds
	sum_to -0 out.tsv -w 1 seeds.tsv
	assert_equal "$(wc -l < out.tsv)" 4
}

@test "several length options all apply" {
	seeds
	sum_to -0 out.tsv -n 5 -w 40 seeds.tsv
	run -0 awk -F'\t' '{ n[$1]++; w[$1] += split($6, x, " ") }
		END { for (d in w) if (n[d] > 5 || (w[d] > 40 && n[d] > 1)) print d }' out.tsv
	assert_output ''
}

# --- what is chosen ------------------------------------------------------------

@test "headlines and bylines are not summary sentences" {
	cd "$ROOT"
	"$SPLIT" "$SEED3" > "$T/in.tsv"
	sum_to -0 "$T/out.tsv" -n 15 "$T/in.tsv"
	run -0 cut -f2 "$T/out.tsv"
	refute_line 1
	refute_line 16
	assert_equal "${#lines[@]}" 14
}

@test "short summaries give the lede, the first body sentence" {
	seeds
	# 000, 001 and 002 start with their lede, 003 with a headline
	sum_to -0 one.tsv -n 1 seeds.tsv
	run -0 cut -f2 one.tsv
	assert_output $'1\n1\n1\n2'
	for n in 2 3; do
		sum_to -0 out.tsv -n "$n" seeds.tsv
		run -0 awk -F'\t' '$1 != d { d = $1; print $2 }' out.tsv
		assert_output $'1\n1\n1\n2'
	done
}

@test "in a short summary the lede scores above the other sentences" {
	seeds
	for n in 1 2 3; do
		sum_to -0 out.tsv -n "$n" --scores seeds.tsv
		run -0 awk -F'\t' '$1 != d { d = $1; first = $7; next }
			$7 >= first { print "not the lede first: " $0 }' out.tsv
		assert_output ''
	done
}

@test "a caption with a picture credit, a dateline, a fragment are not the lede" {
	{
		printf 'Ministers meet in Washington\n\n'
		printf 'Tuesday, September 1, 2015.\n\n'
		printf 'The minister at the State Department in 2019. Image: Jane Doe.\n\n'
		printf 'delegates at the summit in 2018.\n\n'
		printf 'The foreign ministers of both countries met on Tuesday in Washington to discuss trade, security and the war.\n\n'
		printf 'The talks on trade lasted four hours, officials said after the meeting ended.\n\n'
		printf 'Security was the second subject of the talks, with the war in the region.\n'
	} > in.txt
	"$SPLIT" in.txt > in.tsv
	sum_to -0 out.tsv -n 1 in.tsv
	run -0 cut -f6 out.tsv
	assert_output 'The foreign ministers of both countries met on Tuesday in Washington to discuss trade, security and the war.'
	sum_to -0 all.tsv -n 10 in.tsv
	run -0 cut -f6 all.tsv
	refute_line --partial 'Image: Jane Doe'
	refute_line --partial 'The minister at the State Department'
	refute_line --partial 'Tuesday, September 1'
}

@test "short summaries take the lead paragraph before later sentences that repeat its words" {
	{
		printf 'City council approves school budget\n\n'
		printf 'The city council approved a new budget for schools on Monday. '
		printf 'The plan adds money for teachers and buses across the district.\n\n'
		printf 'Mayor Ann Lee said the vote was close and that the council would meet again in June.\n\n'
		printf 'Council members, school officials, teachers and parents debated the budget for schools, teachers, buses and the district for hours before the council vote.\n\n'
		printf 'The district has 40 schools and 2,000 teachers, and its buses carry 15,000 pupils.\n\n'
		printf 'Parents said the schools budget left out music teachers.\n'
	} > in.txt
	"$SPLIT" in.txt > in.tsv
	sum_to -0 out.tsv -n 2 in.tsv
	run -0 cut -f2 out.tsv
	assert_output $'2\n3'
	# a question in the lead paragraph is not the story
	sed 's/The plan adds money for/What will the plan change for/; s/the district\./the district?/' in.txt > q.txt
	"$SPLIT" q.txt > q.tsv
	sum_to -0 out.tsv -n 2 q.tsv
	run -0 cut -f2 out.tsv
	assert_output $'2\n5'
}

@test "a one-sentence document gives that sentence" {
	printf 'Only one sentence here.\n' > in.txt
	"$SPLIT" in.txt > in.tsv
	sum_to -0 out.tsv in.tsv
	run -0 cat out.tsv
	assert_output "$(cat in.tsv)"
}

@test "a document of a headline only gives the headline" {
	printf 'Talks in Washington\n' | "$SPLIT" > in.tsv
	sum_to -0 out.tsv in.tsv
	run -0 cat out.tsv
	assert_output "$(cat in.tsv)"
}

@test "identical sentences are given once" {
	for i in 1 2 3 4 5 6; do
		printf 'd\t%d\t%d\t0\t10\tThe minister met his counterpart in Washington.\n' "$i" "$i"
	done > in.tsv
	sum_to -0 out.tsv -n 3 in.tsv
	assert_equal "$(wc -l < out.tsv)" 1
	run -0 cut -f2 out.tsv
	assert_output 1
}

@test "sentences without words give one of them, and no crash" {
	printf 'd\t1\t1\t0\t3\t***\nd\t2\t2\t4\t5\t-\nd\t3\t3\t6\t9\t...\n' > in.tsv
	sum_to -0 out.tsv in.tsv
	assert_stderr ''
	[ "$(wc -l < out.tsv)" -ge 1 ]
	is_subset out.tsv in.tsv
}

@test "a document of 100000 sentences is summarized in bounded time" {
	records 100000 > in.tsv
	sum_to -0 out.tsv -n 3 in.tsv
	assert_equal "$(wc -l < out.tsv)" 3
	is_subset out.tsv in.tsv
	sum_to -0 ratio.tsv -r 0.1 in.tsv
	[ "$(wc -l < ratio.tsv)" -ge 1 ]
	is_subset ratio.tsv in.tsv
}

@test "a long summary of a long document" {
	records 3000 > in.tsv
	sum_to -0 out.tsv -n 2000 in.tsv
	is_subset out.tsv in.tsv
	[ "$(wc -l < out.tsv)" -ge 1 ]
}

@test "empty input gives no output" {
	sum_to -0 out.tsv /dev/null
	[ ! -s out.tsv ]
	printf '# only a comment\n\n' > in.tsv
	sum_to -0 out.tsv in.tsv
	[ ! -s out.tsv ]
}

# --- clusters ------------------------------------------------------------------

@test "--cluster summarizes all input together, ordered by document then position" {
	seeds
	sum_to -0 out.tsv --cluster -n 4 seeds.tsv
	assert_equal "$(wc -l < out.tsv)" 4
	is_subset out.tsv seeds.tsv
	[ "$(cut -f1 out.tsv | sort -u | wc -l)" -ge 2 ]
}

@test "--cluster removes repeats across articles" {
	seeds
	awk -F'\t' -v OFS='\t' '{ print; $1 = "copy-" $1; print > "copy.tsv" }' seeds.tsv > orig.tsv
	cat orig.tsv copy.tsv > both.tsv
	sum_to -0 out.tsv --cluster -n 6 both.tsv
	assert_equal "$(wc -l < out.tsv)" 6
	# no sentence text twice
	assert_equal "$(cut -f6 out.tsv | sort | uniq -d)" ''
}

@test "--cluster -w 100 keeps the cluster's summary within 100 words" {
	seeds
	sum_to -0 out.tsv --cluster -w 100 seeds.tsv
	run -0 awk -F'\t' '{ w += split($6, x, " ") } END { print (w <= 100) }' out.tsv
	assert_output 1
}

@test "--cluster-sep: documents that share the part before the separator are one cluster" {
	seeds
	awk -F'\t' -v OFS='\t' '{ c = ($1 ~ /00[01]_/) ? "a" : "b"; $1 = c "/" $1; print }' \
		seeds.tsv > in.tsv
	sum_to -0 out.tsv --cluster-sep / -n 2 in.tsv
	assert_equal "$(wc -l < out.tsv)" 4
	assert_equal "$(cut -d/ -f1 out.tsv | uniq -c | awk '{ print $1 }' | sort -u)" 2
	is_subset out.tsv in.tsv
}

# --- output ----------------------------------------------------------------------

@test "--scores adds a seventh column with a number" {
	seeds
	sum_to -0 out.tsv --scores seeds.tsv
	run -0 awk -F'\t' 'NF != 7 || $7 !~ /^-?[0-9]+\.[0-9][0-9][0-9][0-9]$/' out.tsv
	assert_output ''
	cut -f1-6 out.tsv > six.tsv
	sum_to -0 plain.tsv seeds.tsv
	run -0 cmp six.tsv plain.tsv
}

@test "-H writes the header line" {
	seeds
	sum_to -0 out.tsv -H seeds.tsv
	run -0 head -n 1 out.tsv
	assert_output $'#doc\tsent\tpara\tstart\tend\ttext'
	sum_to -0 out.tsv -H --scores seeds.tsv
	run -0 head -n 1 out.tsv
	assert_output $'#doc\tsent\tpara\tstart\tend\ttext\tscore'
}

@test "the output is deterministic" {
	seeds
	sum_to -0 one.tsv --scores seeds.tsv
	sum_to -0 two.tsv --scores seeds.tsv
	run -0 cmp one.tsv two.tsv
	sum_to -0 one.tsv --cluster -w 100 seeds.tsv
	sum_to -0 two.tsv --cluster -w 100 seeds.tsv
	run -0 cmp one.tsv two.tsv
}

@test "a summary of a summary is the same summary" {
	seeds
	sum_to -0 one.tsv seeds.tsv
	sum_to -0 two.tsv one.tsv
	run -0 cmp one.tsv two.tsv
}

@test "reads standard input and several files" {
	seeds
	head -n 20 seeds.tsv > a.tsv
	tail -n +21 seeds.tsv > b.tsv
	sum_to -0 files.tsv a.tsv b.tsv
	run --separate-stderr bash -c '"$0" < seeds.tsv > stdin.tsv' "$SUM"
	assert_success
	run -0 cmp files.tsv stdin.tsv
}

@test "escaped text and extra columns are written back as they were" {
	printf 'd\\tx\t1\t1\t0\t20\tA back\\\\slash in the text is kept.\textra\n' > in.tsv
	sum_to -0 out.tsv in.tsv
	run -0 cmp in.tsv out.tsv
}

@test "the sample articles' summaries are the golden ones" {
	cd "$ROOT"
	"$SPLIT" examples/seeds/*.txt > "$T/seeds.tsv"
	sum_to -0 "$T/out.tsv" --scores "$T/seeds.tsv"
	run diff -u tests/data/summarize/seeds.expected.tsv "$T/out.tsv"
	assert_success
	sum_to -0 "$T/out.tsv" --cluster -w 100 "$T/seeds.tsv"
	run diff -u tests/data/summarize/seeds-cluster.expected.tsv "$T/out.tsv"
	assert_success
}

# --- regression floor on GUM (eval/data/gum-news) ----------------------------------

# rouge_f FILE: ROUGE-1, -2 and -L F of a tests/tools/rouge report
rouge_f() {
	sed -n 's/^ROUGE-1 F \([0-9.]*\) R [0-9.]* | ROUGE-2 F \([0-9.]*\) R [0-9.]* | ROUGE-L F \([0-9.]*\) R .*/\1 \2 \3/p' "$1"
}

@test "GUM news and interviews, -n 1: ROUGE floors, and above LEAD-1" {
	[ -x "$ROUGE" ] || fail "$ROUGE is missing: run 'make tests/tools/rouge'"
	cd "$ROOT"
	"$SPLIT" --docs eval/data/gum-news/news-interview.docs.tsv > "$T/in.tsv"
	sum_to -0 "$T/sum.tsv" -n 1 "$T/in.tsv"
	sum_to -0 "$T/lead.tsv" -n 1 --lead "$T/in.tsv"
	"$ROUGE" eval/data/gum-news/summaries.tsv "$T/sum.tsv" > "$T/sum.score"
	"$ROUGE" eval/data/gum-news/summaries.tsv "$T/lead.tsv" > "$T/lead.score"
	# 0.3541 0.1719 0.2691, LEAD-1 0.3353 0.1654 0.2623 when written
	run -0 awk -v s="$(rouge_f "$T/sum.score")" -v l="$(rouge_f "$T/lead.score")" 'BEGIN {
		split(s, a, " "); split(l, b, " "); print s " | LEAD-1 " l
		exit !(a[1] >= 0.35 && a[2] >= 0.17 && a[3] >= 0.265 &&
		    a[1] > b[1] && a[2] > b[2] && a[3] > b[3]) }'
}

@test "GUM news and interviews, -n 3: ROUGE floors, and above LEAD-3" {
	[ -x "$ROUGE" ] || fail "$ROUGE is missing: run 'make tests/tools/rouge'"
	cd "$ROOT"
	"$SPLIT" --docs eval/data/gum-news/news-interview.docs.tsv > "$T/in.tsv"
	sum_to -0 "$T/sum.tsv" -n 3 "$T/in.tsv"
	sum_to -0 "$T/lead.tsv" -n 3 --lead "$T/in.tsv"
	"$ROUGE" eval/data/gum-news/summaries.tsv "$T/sum.tsv" > "$T/sum.score"
	"$ROUGE" eval/data/gum-news/summaries.tsv "$T/lead.tsv" > "$T/lead.score"
	# 0.3918 0.1825 0.2790, LEAD-3 0.3806 0.1743 0.2706 when written
	run -0 awk -v s="$(rouge_f "$T/sum.score")" -v l="$(rouge_f "$T/lead.score")" 'BEGIN {
		split(s, a, " "); split(l, b, " "); print s " | LEAD-3 " l
		exit !(a[1] >= 0.388 && a[2] >= 0.18 && a[3] >= 0.275 &&
		    a[1] > b[1] && a[2] > b[2] && a[3] > b[3]) }'
}

# --- bad input -------------------------------------------------------------------

@test "a record with the wrong number of fields is reported with file and line" {
	printf 'd\t1\t1\t0\t10\tThe first sentence is fine.\nd\t2\t1\t11\nd\t3\t1\t12\t30\tThe third one is fine too.\n' > in.tsv
	sum_to -1 out.tsv in.tsv
	assert_stderr 'news-summarize: in.tsv:2: expected 6 fields, got 4'
	assert_equal "$(cut -f2 out.tsv | tr '\n' ' ')" '1 3 '
}

@test "a bad number and a bad escape are reported, the rest is summarized" {
	printf 'd\tx\t1\t0\t10\tBad.\nd\t2\t1\t0\t10\tBad \\q escape.\nd\t3\t1\t12\t30\tThe third one is fine.\n' > in.tsv
	sum_to -1 out.tsv in.tsv
	assert_stderr_regex "^news-summarize: in.tsv:1: field 2 \(sent\) is not a number: 'x'"$'\n'"news-summarize: in.tsv:2: bad escape"
	run -0 cut -f2 out.tsv
	assert_output 3
}

@test "standard input is named <stdin> in messages" {
	run --separate-stderr bash -c 'printf "a\tb\n" | "$0"' "$SUM"
	[ "$status" -eq 1 ]
	assert_stderr 'news-summarize: <stdin>:1: expected 6 fields, got 2'
}

@test "a missing file is reported, the others are read" {
	seeds
	sum_to -1 out.tsv nothere.tsv seeds.tsv
	assert_stderr_regex '^news-summarize: nothere.tsv: No such file'
	[ -s out.tsv ]
}

@test "a write error gives status 1" {
	seeds
	run -1 --separate-stderr bash -c '"$0" seeds.tsv > /dev/full' "$SUM"
	assert_stderr_regex 'write error'
}

# --- usage and data --------------------------------------------------------------

@test "bad lengths are usage errors" {
	for a in '-n 0' '-n x' '-n -3' '-r 0' '-r 1.5' '-r x' '-w 0' '--cluster-sep='; do
		# shellcheck disable=SC2086
		run -2 --separate-stderr "$SUM" $a /dev/null
		assert_stderr_regex '^news-summarize: '
	done
	run -2 --separate-stderr "$SUM" --nope
	assert_stderr_regex 'usage: news-summarize '
}

@test "--help prints the usage on standard output" {
	run -0 --separate-stderr "$SUM" --help
	assert_line --index 0 --regexp '^usage: news-summarize '
	assert_stderr ''
}

@test "a missing or damaged IDF file is an error of status 2" {
	run -2 --separate-stderr "$SUM" --idf nothere.tsv /dev/null
	assert_stderr 'news-summarize: nothere.tsv: cannot open data file: No such file or directory'
	printf 'word\tmany\n' > bad.tsv
	run -2 --separate-stderr "$SUM" --idf bad.tsv /dev/null
	assert_stderr 'news-summarize: bad.tsv:1: expected STEM<TAB>COUNT'
	run -2 --separate-stderr "$SUM" --data-dir "$T" /dev/null
	assert_stderr "news-summarize: $T/idf.tsv: cannot open data file: No such file or directory (the data directory: --data-dir)"
}

@test "the IDF file can be given with --idf" {
	seeds
	printf '@docs\t10\nwashington\t9\n' > idf.tsv
	sum_to -0 out.tsv --idf idf.tsv seeds.tsv
	is_subset out.tsv seeds.tsv
}

# The limits of one document (issue 21): the message says what the limit is
# and what was counted.  135 records of a million bytes of text: the 135th
# takes the records held (each as read, and its text and id once more) over
# 256 MiB; the sentence text is then 128 MiB, which the message says.
@test "a document over the memory limit: the message says what was counted" {
	run --separate-stderr bash -c 'awk "BEGIN {
		t = \"word \"; while (length(t) < 1000000) t = t t
		t = substr(t, 1, 999999) \".\"
		for (i = 1; i <= 140; i++)
			printf \"a\\t%d\\t1\\t0\\t1000000\\t%s\\n\", i, t
		}" | "$0"' "$NEWS_BIN/news-summarize"
	assert_equal "$status" 1
	assert_output ''
	assert_stderr "news-summarize: <stdin>:135: document 'a' is over the limit of 256 MiB of records held in memory (each record as read, with its text and document id once more): 257 MiB with this record, of which 128 MiB sentence text; skipped"
}

@test "a document over the limit of sentences" {
	run --separate-stderr bash -c 'awk "BEGIN {
		for (i = 1; i <= 1000002; i++)
			printf \"a\\t%d\\t1\\t0\\t2\\tOk\\n\", i
		print \"b\\t1\\t1\\t0\\t9\\tThe rest.\"
		}" | "$0"' "$NEWS_BIN/news-summarize"
	assert_equal "$status" 1
	assert_output $'b\t1\t1\t0\t9\tThe rest.'
	assert_stderr "news-summarize: <stdin>:1000001: document 'a' is over the limit of 1000000 sentences; skipped"
}
