#!/usr/bin/env bats
# completions/newsfilters.bash: bash completion of the five programs, whose
# options it reads from their --help.

load test_helper

COMPLETION=$ROOT/completions/newsfilters.bash
PROGS=("${PROGRAMS[@]}")

# complete WORD...: COMPREPLY, one a line, for the command line WORD...
# with the cursor at the end of the last word
complete_words() {
	run -0 --separate-stderr env PATH="$NEWS_BIN:$PATH" bash --norc -c '
		. "$1"; shift
		COMP_WORDS=("$@"); COMP_CWORD=$(($# - 1))
		prev=
		[ $# -gt 1 ] && prev=${COMP_WORDS[COMP_CWORD - 1]}
		_newsfilters "$1" "${COMP_WORDS[COMP_CWORD]}" "$prev"
		[ ${#COMPREPLY[@]} -eq 0 ] || printf "%s\n" "${COMPREPLY[@]}"' \
	    bash "$COMPLETION" "$@"
	assert_stderr ''
}

@test "completion: the five programs are registered" {
	run -0 bash --norc -c '. "$1"; complete -p' bash "$COMPLETION"
	for p in "${PROGS[@]}"; do
		assert_line "complete -F _newsfilters $p"
	done
}

@test "completion: every option of each program's --help completes after -" {
	local p opt

	for p in "${PROGS[@]}"; do
		complete_words "$p" -
		got=$output
		# the options --help lists: the words before the description
		for opt in $("$NEWS_BIN/$p" --help | grep -oE '^ +-[^ ]+(, --[^ ]+)?' | tr -d ','); do
			printf '%s\n' "$got" | grep -qxF -- "$opt" || fail "$p: $opt does not complete"
		done
		printf '%s\n' "$got" | grep -qxF -- --help || fail "$p: no --help"
		printf '%s\n' "$got" | grep -qxF -- --version || fail "$p: no --version"
	done
}

@test "completion: a prefix completes to the options it starts" {
	complete_words news-split --d
	assert_output "--docs
--data-dir"
	complete_words news-summarize --cl
	assert_output "--cluster
--cluster-sep"
	complete_words news-extract-people --co
	assert_output "--corpus"
}

@test "completion: option arguments: files, directories, formats, nothing" {
	mkdir -p somedir
	touch somefile.tsv
	complete_words news-tag --model so
	assert_output "somedir
somefile.tsv"
	complete_words news-tag --data-dir so
	assert_output "somedir"
	complete_words news-split -a some
	assert_output "somedir
somefile.tsv"
	complete_words news-tag --input ""
	assert_output "records
conllu"
	complete_words news-tag --output c
	assert_output "conllu"
	# a number or a column name: no guess
	complete_words news-summarize -n ""
	assert_output ""
	complete_words news-split --id-col ""
	assert_output ""
}

@test "completion: other words complete to file names" {
	touch article.txt
	complete_words news-split -H art
	assert_output "article.txt"
}

@test "completion: a program that is not there completes files, quietly" {
	touch article.txt
	complete_words ./no-such-news-program art
	assert_output "article.txt"
	complete_words ./no-such-news-program --
	assert_output ""
}
