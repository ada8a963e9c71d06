#!/usr/bin/env bats
# scripts/quote-graph: people and quotations as a Graphviz DOT graph.
#
# The DOT text is checked line by line; when Graphviz is installed, dot must
# also read it (`make demo` installs Graphviz, `make test` does not need it).

load test_helper

QG=$ROOT/scripts/quote-graph
TAB=$'\t'

# people: doc a has Ann Lee (alias Lee) and Bob Ray (alias Ray); doc b has
# Ann Lee and Cy Dee.  quotes: records of news-extract-quotes.
make_input() {
	cat > people.tsv <<-EOF
	a${TAB}Ann Lee${TAB}Minister${TAB}${TAB}3${TAB}1${TAB}Lee
	a${TAB}Bob Ray${TAB}${TAB}${TAB}2${TAB}2${TAB}Ray
	b${TAB}Ann Lee${TAB}${TAB}${TAB}1${TAB}1${TAB}
	b${TAB}Cy Dee${TAB}${TAB}${TAB}1${TAB}3${TAB}Dee
	EOF
	cat > quotes.tsv <<-EOF
	a${TAB}1${TAB}0${TAB}9${TAB}direct${TAB}Ann Lee${TAB}Lee${TAB}say${TAB}We will talk to Ray soon.
	a${TAB}2${TAB}10${TAB}19${TAB}indirect${TAB}Ann Lee${TAB}she${TAB}add${TAB}Lee herself is not in Rayburn
	a${TAB}3${TAB}20${TAB}29${TAB}indirect${TAB}officials${TAB}officials${TAB}say${TAB}Ray and Ann Lee met
	a${TAB}4${TAB}30${TAB}39${TAB}indirect${TAB}${TAB}${TAB}say${TAB}nobody said it
	b${TAB}1${TAB}0${TAB}9${TAB}direct${TAB}Ann Lee${TAB}Ann Lee${TAB}say${TAB}Dee's plan works
	b${TAB}2${TAB}10${TAB}19${TAB}partial${TAB}An official${TAB}An official${TAB}say${TAB}fine
	b${TAB}3${TAB}20${TAB}29${TAB}partial${TAB}the official${TAB}the official${TAB}say${TAB}good
	EOF
}

# dot_reads FILE: Graphviz reads FILE as a graph (skipped without Graphviz)
dot_reads() {
	command -v dot >/dev/null || return 0
	run dot -Tsvg "$1"
	assert_success
	assert_output --partial '<svg'
}

@test "quote-graph: nodes and weighted edges, speaker -> document" {
	make_input
	run -0 --separate-stderr "$QG" people.tsv quotes.tsv
	assert_stderr ''
	save_output g.dot
	assert_line --index 0 'digraph quotes {'
	assert_line --index $((${#lines[@]} - 1)) '}'
	# a box for each document of PEOPLE, one node for Ann Lee in both
	assert_line '	"d:a" [shape=box, fillcolor="#dbe7f4", label="a"];'
	assert_line '	"d:b" [shape=box, fillcolor="#dbe7f4", label="b"];'
	assert_equal "$(grep -c '^	"p:Ann Lee" \[' g.dot)" 1
	# two quotations of Ann Lee in a, one in b
	assert_line '	"p:Ann Lee" -> "d:a" [weight=2, penwidth=1.5, label="2"];'
	assert_line '	"p:Ann Lee" -> "d:b" [weight=1, penwidth=1.0, label="1"];'
	# an unnamed speaker is a node of its document; "An official" and "the
	# official" are one; a quotation without a speaker is left out
	assert_line '	"u:a|officials" [shape=ellipse, style="filled,dashed", fillcolor="#eeeeee", label="officials"];'
	assert_line '	"u:b|official" -> "d:b" [weight=2, penwidth=1.5, label="2"];'
	refute_output --partial 'nobody'
	dot_reads g.dot
}

@test "quote-graph: speaker -> person when a quotation names a person of the document" {
	make_input
	run -0 "$QG" people.tsv quotes.tsv
	# "talk to Ray": Ann Lee names Bob Ray (by his alias), once
	assert_line '	"p:Ann Lee" -> "p:Bob Ray" [style=dashed, color="#c0392b", fontcolor="#c0392b", label="1"];'
	# officials name both Ray and Ann Lee
	assert_line --partial '"u:a|officials" -> "p:Bob Ray" [style=dashed'
	assert_line --partial '"u:a|officials" -> "p:Ann Lee" [style=dashed'
	# Dee's: the alias before 's counts; Cy Dee is only named, so white
	assert_line --partial '"p:Ann Lee" -> "p:Cy Dee" [style=dashed'
	assert_line '	"p:Cy Dee" [shape=ellipse, fillcolor="#ffffff", label="Cy Dee"];'
	# no edge to oneself ("Lee herself"), no match inside a word (Rayburn)
	refute_line --partial '"p:Ann Lee" -> "p:Ann Lee"'
	assert_equal "$(printf '%s\n' "$output" | grep -c '"p:Ann Lee" -> "p:Bob Ray"')" 1
	# a person quoted is orange even when also named
	assert_line '	"p:Ann Lee" [shape=ellipse, fillcolor="#fbd9b0", label="Ann Lee"];'
}

@test "quote-graph: -p leaves out the speakers that are not people" {
	make_input
	run -0 "$QG" -p people.tsv quotes.tsv
	refute_output --partial '"u:'
	assert_line '	"p:Ann Lee" -> "d:a" [weight=2, penwidth=1.5, label="2"];'
}

@test "quote-graph: -s labels each document with its first sentence, wrapped" {
	make_input
	printf 'a\t2\t1\t0\t5\tLater.\na\t1\t1\t0\t80\tA long headline about the talks between the two ministers in the capital city today\nb\t1\t1\t0\t5\tShort one\n' > sents.tsv
	run -0 "$QG" -s sents.tsv people.tsv quotes.tsv
	assert_line '	"d:a" [shape=box, fillcolor="#dbe7f4", label="a\nA long headline about the\ntalks between the two\nministers in the capital city ..."];'
	assert_line '	"d:b" [shape=box, fillcolor="#dbe7f4", label="b\nShort one"];'
}

@test "quote-graph: document labels drop the directory and extension, long ids are cut" {
	long=The_quite_long_identifier_of_a_Wikinews_article_about_things
	printf 'examples/seeds/x.txt\tAnn Lee\t\t\t1\t1\t\n%s\tAnn Lee\t\t\t1\t1\t\n' "$long" > people.tsv
	: > quotes.tsv
	run -0 "$QG" people.tsv quotes.tsv
	assert_line '	"d:examples/seeds/x.txt" [shape=box, fillcolor="#dbe7f4", label="x"];'
	assert_line "	\"d:$long\" [shape=box, fillcolor=\"#dbe7f4\", label=\"The_quite_long_identifier_of_a...\"];"
}

@test "quote-graph: double quotes and backslashes in names are valid DOT" {
	printf 'd\tJo "Big" Ko\t\t\t1\t1\t\n' > people.tsv
	printf 'd\t1\t0\t1\tdirect\tJo "Big" Ko\tJo\tsay\tyes\nd\t2\t0\t1\tdirect\ta\\\\b "c"\tx\tsay\tno\n' > quotes.tsv
	run -0 "$QG" people.tsv quotes.tsv
	save_output g.dot
	assert_line '	"p:Jo \"Big\" Ko" [shape=ellipse, fillcolor="#fbd9b0", label="Jo \"Big\" Ko"];'
	assert_line '	"u:d|a\\b \"c\"" [shape=ellipse, style="filled,dashed", fillcolor="#eeeeee", label="a\\b \"c\""];'
	dot_reads g.dot
}

@test "quote-graph: either input may be standard input; comments and empty lines are skipped" {
	make_input
	run -0 "$QG" people.tsv quotes.tsv
	want=$output
	run -0 bash -c "{ printf '#doc\tname\n\n'; cat people.tsv; } | '$QG' - quotes.tsv"
	assert_output "$want"
	run -0 bash -c "'$QG' people.tsv - < quotes.tsv"
	assert_output "$want"
}

@test "quote-graph: no input gives an empty graph that dot reads" {
	: > people.tsv
	: > quotes.tsv
	run -0 --separate-stderr "$QG" people.tsv quotes.tsv
	assert_stderr ''
	assert_line --index 0 'digraph quotes {'
	refute_output --partial '" -> "'
	save_output g.dot
	dot_reads g.dot
}

@test "quote-graph: a short record is reported with FILE:LINE and skipped, status 1" {
	make_input
	printf 'a\t9\tAnn Lee\n' >> quotes.tsv
	printf 'a\tBob Ray\n' >> people.tsv
	run -1 --separate-stderr "$QG" people.tsv quotes.tsv
	assert_line '	"p:Ann Lee" -> "d:a" [weight=2, penwidth=1.5, label="2"];'
	assert_stderr "quote-graph: people.tsv:5: expected 7 fields (news-extract-people records)
quote-graph: quotes.tsv:8: expected 9 fields (news-extract-quotes records)"
}

@test "quote-graph: usage errors exit 2, -h shows the usage" {
	make_input
	run -2 --separate-stderr "$QG"
	assert_stderr_regex 'expected two files'
	run -2 --separate-stderr "$QG" people.tsv
	run -2 --separate-stderr "$QG" - -
	assert_stderr_regex 'only one'
	run -2 --separate-stderr "$QG" people.tsv missing.tsv
	assert_stderr 'quote-graph: cannot read missing.tsv'
	run -2 --separate-stderr "$QG" -x people.tsv quotes.tsv
	assert_stderr_regex 'unknown option: -x'
	run -2 --separate-stderr "$QG" -s
	run -0 "$QG" -h
	assert_line --index 0 'usage: quote-graph [-p] [-s SENTENCES] PEOPLE QUOTES > graph.dot'
}

@test "quote-graph: a file name with = is a file, not an awk assignment" {
	make_input
	cp quotes.tsv 'part=3'
	run -0 "$QG" people.tsv 'part=3'
	assert_line '	"p:Ann Lee" -> "d:a" [weight=2, penwidth=1.5, label="2"];'
}

@test "quote-graph: the sample articles, through the programs, the same graph each run" {
	cd "$ROOT"
	"$SPLIT" examples/seeds/*.txt > "$T/sents.tsv"
	"$NEWS_BIN/news-extract-people" "$T/sents.tsv" > "$T/people.tsv"
	"$NEWS_BIN/news-extract-quotes" "$T/sents.tsv" > "$T/quotes.tsv"
	cd "$T"
	run -0 --separate-stderr "$QG" -s sents.tsv people.tsv quotes.tsv
	assert_stderr ''
	save_output g1.dot
	"$QG" -s sents.tsv people.tsv quotes.tsv > g2.dot
	cmp g1.dot g2.dot
	# a speaker -> document edge for each speaker and document of the quotes
	n=$(awk -F'\t' '$6 != "" { print $1 "\t" tolower($6) }' quotes.tsv |
		sed 's/\t\(a\|an\|the\) /\t/' | sort -u | wc -l)
	assert_equal "$(grep -c -- '-> "d:' g1.dot)" "$n"
	dot_reads g1.dot
}
