#!/usr/bin/env bats
# The data directory (issue 21): chosen once, as a whole, and every data
# file read from it; a file missing from it is an error that names it there,
# never taken from another directory, which may hold another version's
# files; with no data directory, the message names the first place
# searched.  Every data file of data/ ends with its #end line.

load test_helper

# the data files the programs read (Makefile: SEALED)
DATAFILES=(abbreviations.txt sentence-starters.txt tlds.txt quote-verbs.tsv
	idf.tsv gazetteers/titles.txt gazetteers/title-modifiers.tsv
	gazetteers/honorifics.txt gazetteers/countries.tsv gazetteers/parties.tsv
	gazetteers/state-titles.txt gazetteers/not-people.txt gazetteers/thing-nouns.txt
	gazetteers/first-names-gender.tsv)

# tree DIR PROGRAM: a copy of PROGRAM (under test) in DIR/bin, as an
# installed program stands
tree() {
	mkdir -p "$1/bin"
	cp "$NEWS_BIN/$2" "$1/bin/"
}

# data_in DIR [FILE...]: DIR a data directory (links to data/), less FILEs
data_in() {
	local d=$1 f

	shift
	mkdir -p "$(dirname "$d")"
	cp -rs "$ROOT/data" "$d"
	for f in "$@"; do
		rm -f "$d/$f"
	done
}

@test "every data file ends with its #end line, with its count" {
	run -0 "$ROOT/scripts/seal-data.sh" -c "${DATAFILES[@]/#/$ROOT/data/}"
	local f
	for f in "${DATAFILES[@]}"; do
		run -0 tail -n 1 "$ROOT/data/$f"
		assert_output --regexp $'^#end\t[0-9]+$'
	done
}

@test "a file missing from the data directory is not taken from another" {
	printf 'a\t1\t1\t0\t4\tOne.\n' > a.tsv
	tree x news-summarize
	# ../share/newsfilters, the first beside the program, lacks idf.tsv;
	# ../data, the second, has it: not read
	data_in x/share/newsfilters idf.tsv
	data_in x/data
	run -2 --separate-stderr x/bin/news-summarize a.tsv
	assert_output ''
	assert_stderr "news-summarize: $T/x/share/newsfilters/idf.tsv: cannot open data file: No such file or directory (the data directory: beside the program)"
	# nor from NEWSFILTERS_DATA's when --data-dir is given
	data_in y/data idf.tsv
	NEWSFILTERS_DATA=$T/x/data run -2 --separate-stderr \
	    x/bin/news-summarize --data-dir y/data a.tsv
	assert_stderr "news-summarize: y/data/idf.tsv: cannot open data file: No such file or directory (the data directory: --data-dir)"
}

@test "the data directory beside the program is used whole" {
	printf 'a\t1\t1\t0\t4\tOne.\n' > a.tsv
	tree x news-summarize
	data_in x/data
	run -0 --separate-stderr x/bin/news-summarize a.tsv
	assert_stderr ''
	assert_output $'a\t1\t1\t0\t4\tOne.'
}

@test "with no data directory, a missing model names the first place searched" {
	[ ! -e /usr/local/share/newsfilters ] ||
		skip "/usr/local/share/newsfilters, the one compiled in, exists here"
	printf 'a\t1\t1\t0\t4\tOne.\n' > a.tsv
	tree x news-tag
	run -2 --separate-stderr x/bin/news-tag a.tsv
	assert_output ''
	assert_stderr "news-tag: $T/x/bin/../share/newsfilters/tagger.model: cannot open data file: No such file or directory (the data directory: none found; the first place searched, beside the program)"
}

@test "every program says a missing data file in the same words" {
	local p f

	printf 'a\t1\t1\t0\t4\tOne.\n' > a.tsv
	printf 'One.\n' > a.txt
	for p in "${PROGRAMS[@]#news-}"; do
		rm -rf d
		mkdir d
		if [ $p = split ]; then f=a.txt; else f=a.tsv; fi
		run -2 --separate-stderr "$NEWS_BIN/news-$p" --data-dir d "$f"
		assert_stderr_regex "^news-$p: d/[a-z/.-]+: cannot open data file: No such file or directory \\(the data directory: --data-dir\\)\$"
	done
}
