#!/usr/bin/env bats
# The bad-input matrix (issue 7): the same cases for every program that
# reads sentence records (news-tag, news-extract-people,
# news-extract-quotes, news-summarize), and news-split on its own inputs
# (plain text, --docs, --csv).
#
# For each case: the message (PROGRAM: FILE:LINE: what is wrong, or
# PROGRAM: FILE: what is wrong), the exit status of docs/format.md and the
# man pages (0 all processed, 1 some input bad and the rest processed, 2
# usage error or a missing or damaged data file), the good records before
# and after the bad one still processed, and no hang: every program runs
# under `timeout 60`, whose status 124 fails the test.
#
# Each test runs in its own temporary directory (see test_helper.bash).

load test_helper

MODEL=$ROOT/data/tagger.model

# Two good documents, a and b, that every program has output for: tokens,
# a person with a title, a quotation and reported speech, a summary.
A_TEXT='"We will win," said Foreign Minister Hakan Fidan.'
B_TEXT='President Donald Trump told reporters that the talks in Washington went well.'

good_a() {
	printf 'a\t1\t1\t0\t%d\t%s\n' "${#A_TEXT}" "$A_TEXT"
}

good_b() {
	printf 'b\t1\t1\t0\t%d\t%s\n' "${#B_TEXT}" "$B_TEXT"
}

# prog P [ARG...]: run news-P under `timeout 60`, stdout to out.txt byte for
# byte, stderr in $stderr, the status in $status.
prog() {
	local p=$1

	shift
	P=news-$p
	run --separate-stderr bash -c 'exec timeout 60 "$@" > out.txt' _ \
		"$NEWS_BIN/news-$p" "$@"
}

# expect_status N: the last prog exited with N (else fail, showing stderr).
expect_status() {
	[ "$status" -eq "$1" ] ||
		fail "$P: exit status $status, expected $1; stderr: $stderr"
}

# has_doc ID...: out.txt has records of each document ID (first column).
has_doc() {
	local id

	for id in "$@"; do
		cut -f1 out.txt | grep -qxF -- "$id" ||
			fail "$P: no output for document '$id': $(head -c 500 out.txt)"
	done
}

# no_doc ID: out.txt has no record of document ID.
no_doc() {
	! cut -f1 out.txt | grep -qxF -- "$1" ||
		fail "$P: output for document '$1', which should be skipped"
}

# records LINE: in.tsv is good document a, LINE (printf %b: \t \n \xHH
# \0NNN, and \\ for one backslash), then good document b.
records() {
	{ good_a; printf '%b' "$1"; good_b; } > in.tsv
}

# bad_record P LINE MESSAGE: LINE, the second line of in.tsv between two
# good documents, is reported as "news-P: in.tsv:2: MESSAGE" and skipped;
# the rest is processed; status 1.
bad_record() {
	records "$2"
	prog "$1" in.tsv
	expect_status 1
	assert_stderr "news-$1: in.tsv:2: $3"
	has_doc a b
	no_doc c
}

# odd_record P LINE: LINE, a document c between the good ones, is a valid
# record whose text is odd; it is processed like the others: status 0, no
# message, all three documents in the output.
odd_record() {
	records "$2"
	prog "$1" in.tsv
	expect_status 0
	assert_stderr ''
	has_doc a b
}

# fixed_record P LINE MESSAGE: LINE, document c between the good ones, has
# bytes that are not UTF-8 or are NUL; it is reported as "news-P:
# in.tsv:2: MESSAGE", read with them replaced by U+FFFD as news-split
# replaces them, and processed; status 1; the output is valid UTF-8
# (news-tag, which writes every record, writes c's too).
fixed_record() {
	records "$2"
	prog "$1" in.tsv
	expect_status 1
	assert_stderr "news-$1: in.tsv:2: $3"
	has_doc a b
	[ "$1" != tag ] || cut -f1 out.txt | grep -q '^c' ||
		fail "$P: no output for the repaired document"
	iconv -f UTF-8 -t UTF-8 out.txt > /dev/null ||
		fail "$P: output is not valid UTF-8"
	! grep -qaP '\x00' out.txt || fail "$P: a NUL in the output"
}

# --- the cases, each a function of the program -----------------------------

fields_few() {
	bad_record "$1" 'c\t1\t1\t0\t3\n' 'expected 6 fields, got 5'
}

fields_one() {
	bad_record "$1" 'just some text\n' 'expected 6 fields, got 1'
}

offset_text() {
	bad_record "$1" 'c\t1\t1\tx\t3\tabc\n' "field 4 (start) is not a number: 'x'"
}

offset_negative() {
	bad_record "$1" 'c\t1\t1\t0\t-3\tabc\n' "field 5 (end) is not a number: '-3'"
}

offset_sign_space() {
	bad_record "$1" 'c\t1\t1\t+0\t3\tabc\n' "field 4 (start) is not a number: '+0'"
	bad_record "$1" 'c\t1\t1\t0\t3 \tabc\n' "field 5 (end) is not a number: '3 '"
}

offset_huge() {
	# 20 digits: past any size_t
	bad_record "$1" 'c\t1\t1\t99999999999999999999\t99999999999999999999\tabc\n' \
		"field 4 (start) is not a number: '99999999999999999999'"
}

offset_order() {
	bad_record "$1" 'c\t1\t1\t5\t3\tabc\n' 'start is after end'
}

number_zero() {
	bad_record "$1" 'c\t0\t1\t0\t3\tabc\n' 'sentence and paragraph numbers start at 1'
	bad_record "$1" 'c\t1\t0\t0\t3\tabc\n' 'sentence and paragraph numbers start at 1'
}

number_fraction() {
	bad_record "$1" 'c\t1.5\t1\t0\t3\tabc\n' "field 2 (sent) is not a number: '1.5'"
}

escape_x() {
	bad_record "$1" 'c\t1\t1\t0\t3\ta\\xb\n' 'bad escape (only \t \n \r \\ are allowed)'
}

escape_trailing() {
	bad_record "$1" 'c\t1\t1\t0\t3\tab\\\n' 'bad escape (only \t \n \r \\ are allowed)'
	# in the document id, not the last field
	bad_record "$1" 'c\\\t1\t1\t0\t3\tabc\n' 'bad escape (only \t \n \r \\ are allowed)'
}

# The encoding of the text is not checked (news-tag(1)): bytes that are
# not UTF-8 go through as they are.
invalid_utf8() {
	fixed_record "$1" 'c\t1\t1\t0\t12\tCaf\xe9 \xff\xfe opens.\n' \
	    'invalid UTF-8 (3 bytes replaced by U+FFFD)'
}

nul_bytes() {
	fixed_record "$1" 'c\t1\t1\t0\t9\tNUL\0here.\n' \
	    'NUL bytes (1 bytes replaced by U+FFFD)'
	# a NUL in the document id
	fixed_record "$1" 'c\0d\t1\t1\t0\t3\tabc\n' \
	    'NUL bytes (1 bytes replaced by U+FFFD)'
}

escaped_controls() {
	# \t \n \r in the text are undone; the text then holds them
	odd_record "$1" 'c\t1\t1\t0\t20\tOne\\ttwo\\nthree\\r four.\n'
}

# A raw CR (issue 21): never a line end inside a record, always an error;
# in the text, in the document id, before a CRLF line end.
raw_cr() {
	local msg='carriage return inside the record (escape it as \r)'

	bad_record "$1" 'c\t1\t1\t0\t7\tabc\rdef\n' "$msg"
	bad_record "$1" 'c\rx\t1\t1\t0\t3\tabc\n' "$msg"
	bad_record "$1" 'c\t1\t1\t0\t3\tabc\r\r\n' "$msg"
}

# A document whose records come back after other documents (issue 21):
# reported at the first record of the second run, which is skipped with
# the rest of it; the first run's output is what it is alone.
doc_again() {
	{ good_a; good_b; } > ab.tsv
	prog "$1" ab.tsv
	expect_status 0
	mv out.txt ab.out
	{ good_a; good_b; good_a; good_a; good_b; } > in.tsv
	prog "$1" in.tsv
	expect_status 1
	assert_stderr "news-$1: in.tsv:3: document 'a' again after other documents: a document's records must come together; these are skipped
news-$1: in.tsv:5: document 'b' again after other documents: a document's records must come together; these are skipped"
	sed 's/ab\.tsv/in.tsv/' ab.out | cmp - out.txt ||
		fail "$P: other output than for the first runs alone"
	# across files too
	good_a > a.tsv
	good_b > b.tsv
	prog "$1" a.tsv b.tsv a.tsv
	expect_status 1
	assert_stderr "news-$1: a.tsv:1: document 'a' again after other documents: a document's records must come together; these are skipped"
}

# CRLF line ends: the same output as LF.
crlf() {
	{ good_a; good_b; } > lf.tsv
	prog "$1" lf.tsv
	expect_status 0
	mv out.txt lf.out
	sed 's/$/\r/' lf.tsv > crlf.tsv
	prog "$1" crlf.tsv
	expect_status 0
	assert_stderr ''
	sed 's/lf\.tsv/crlf.tsv/' lf.out | cmp - out.txt ||
		fail "$P: CRLF input gives other output than LF input"
}

# A byte-order mark at the start: skipped, not part of the first document
# id; the same output as without it.
bom() {
	{ good_a; good_b; } > plain.tsv
	prog "$1" plain.tsv
	expect_status 0
	mv out.txt plain.out
	{ printf '\xef\xbb\xbf'; cat plain.tsv; } > bom.tsv
	prog "$1" bom.tsv
	expect_status 0
	assert_stderr ''
	cmp plain.out out.txt || fail "$P: a byte-order mark changes the output"
	# before a header line, which stays a comment
	{ printf '\xef\xbb\xbf#doc\tsent\tpara\tstart\tend\ttext\n'; cat plain.tsv; } > bomh.tsv
	prog "$1" bomh.tsv
	expect_status 0
	assert_stderr ''
	cmp plain.out out.txt || fail "$P: a byte-order mark changes the output"
}

# A 10 MB line (one 10 MB word) between the good documents.
long_line() {
	{
		good_a
		printf 'c\t1\t1\t0\t10000000\t'
		head -c 10000000 /dev/zero | tr '\0' x
		printf '\n'
		good_b
	} > in.tsv
	prog "$1" in.tsv
	expect_status 0
	assert_stderr ''
	has_doc a b
}

empty_input() {
	: > empty.tsv
	prog "$1" empty.tsv
	expect_status 0
	assert_stderr ''
	[ ! -s out.txt ] || fail "$P: output for empty input"
	# comments and blank lines only
	printf '#doc\tsent\tpara\tstart\tend\ttext\n\n\r\n# x\n' > blank.tsv
	prog "$1" blank.tsv
	expect_status 0
	assert_stderr ''
	[ ! -s out.txt ] || fail "$P: output for comments and blank lines"
	prog "$1" < /dev/null
	expect_status 0
	assert_stderr ''
}

# The files given: a.tsv (document a), X, b.tsv (document b).
two_files() {
	good_a > a.tsv
	good_b > b.tsv
}

missing_file() {
	two_files
	prog "$1" a.tsv nosuch.tsv b.tsv
	expect_status 1
	assert_stderr "news-$1: nosuch.tsv: No such file or directory"
	has_doc a b
}

unreadable_file() {
	[ "$(id -u)" -ne 0 ] || skip "running as root, who may read any file"
	two_files
	printf 'c\t1\t1\t0\t3\tabc\n' > secret.tsv
	chmod 000 secret.tsv
	prog "$1" a.tsv secret.tsv b.tsv
	expect_status 1
	assert_stderr "news-$1: secret.tsv: Permission denied"
	has_doc a b
}

directory() {
	two_files
	mkdir dir
	prog "$1" a.tsv dir b.tsv
	expect_status 1
	assert_stderr "news-$1: dir: Is a directory"
	has_doc a b
}

# --model FILE damaged: status 2, a message naming the file, no output.
bad_model() {
	local f

	good_a > a.tsv
	head -c 1000 "$MODEL" > trunc.model
	head -c $(($(stat -c %s "$MODEL") - 1)) "$MODEL" > short.model
	: > empty.model
	for f in trunc short empty; do
		prog "$1" --model "$f.model" a.tsv
		expect_status 2
		assert_stderr "news-$1: $f.model: truncated or damaged model file"
		[ ! -s out.txt ] || fail "$P: output with a damaged model"
	done
	# the right length, the wrong bytes
	head -c 8192 /dev/zero | tr '\0' 'N' > junk.model
	prog "$1" --model junk.model a.tsv
	expect_status 2
	assert_stderr "news-$1: junk.model: not a newsfilters model file"
	# a section directory that points outside the file
	cp "$MODEL" damaged.model
	printf '\xff\xff\xff\xff\xff\xff\xff\x7f' |
		dd of=damaged.model bs=1 seek=40 conv=notrunc 2> /dev/null
	prog "$1" --model damaged.model a.tsv
	expect_status 2
	assert_regex "$stderr" "^news-$1: damaged\\.model: (damaged|truncated)"
	mkdir dir.model
	prog "$1" --model dir.model a.tsv
	expect_status 2
	assert_stderr "news-$1: dir.model: not a regular file"
	prog "$1" --model nosuch.model a.tsv
	expect_status 2
	assert_stderr "news-$1: nosuch.model: cannot open data file: No such file or directory"
}

# news-summarize has no model: its data file is --idf.
bad_idf() {
	good_a > a.tsv
	printf '@docs\t10\nthe\tmany\n' > bad.idf
	prog summarize --idf bad.idf a.tsv
	expect_status 2
	assert_stderr_regex '^news-summarize: bad\.idf:2: '
	[ ! -s out.txt ] || fail "$P: output with a damaged idf file"
	head -c 1000 "$MODEL" > binary.idf
	prog summarize --idf binary.idf a.tsv
	expect_status 2
	assert_stderr_regex '^news-summarize: binary\.idf:[0-9]+: '
	prog summarize --idf nosuch.idf a.tsv
	expect_status 2
	assert_stderr 'news-summarize: nosuch.idf: cannot open data file: No such file or directory'
	mkdir dir.idf
	prog summarize --idf dir.idf a.tsv
	expect_status 2
	assert_stderr_regex '^news-summarize: dir\.idf: '
}

# datadir_with FILE COMMAND: d/, the data directory (links to data/), with
# FILE replaced by the output of COMMAND on data/FILE (a shell command
# reading standard input), or missing when COMMAND is "rm".
datadir_with() {
	rm -rf d
	cp -rs "$ROOT/data" d
	rm -f "d/$1"
	[ "$2" = rm ] || bash -c "$2" < "$ROOT/data/$1" > "d/$1"
}

# entries FILE: the entries of data/FILE (common/datafile.h)
entries() {
	awk '!/^#/ && /[^ \t]/ { n++ } END { print n + 0 }' "$ROOT/data/$1"
}

# bad_datafile P FILE ARG...: data file FILE (issue 21) cut short, with an
# entry lost, missing: news-P --data-dir d ARG... exits 2 with a message
# naming the file in its data directory, and writes nothing.
bad_datafile() {
	local p=$1 f=$2 n

	shift 2
	n=$(entries "$f")
	# the end line and the last entry gone
	datadir_with "$f" 'head -n -2'
	prog "$p" --data-dir d "$@"
	expect_status 2
	assert_stderr_regex "^news-$p: d/$f:[0-9]+: data file cut short: no #end line after its $((n - 1)) entries\$"
	[ ! -s out.txt ] || fail "$P: output with $f cut short"
	# the first entry gone
	datadir_with "$f" "awk '!done && !/^#/ && /[^ \\t]/ { done = 1; next } 1'"
	prog "$p" --data-dir d "$@"
	expect_status 2
	assert_stderr_regex "^news-$p: d/$f:[0-9]+: damaged data file: $((n - 1)) entries, but its #end line says $n\$"
	[ ! -s out.txt ] || fail "$P: output with an entry of $f lost"
	datadir_with "$f" rm
	prog "$p" --data-dir d "$@"
	expect_status 2
	assert_stderr "news-$p: d/$f: cannot open data file: No such file or directory (the data directory: --data-dir)"
	[ ! -s out.txt ] || fail "$P: output with $f missing"
}

dev_full() {
	{ good_a; good_b; } > in.tsv
	run --separate-stderr bash -c 'exec timeout 60 "$0" in.tsv > /dev/full' \
		"$NEWS_BIN/news-$1"
	P=news-$1
	expect_status 1
	assert_stderr "news-$1: write error on <stdout>: No space left on device"
}

# Enough output to fill the pipe: 5000 documents, each a person quoted.
closed_pipe() {
	local i

	for ((i = 0; i < 5000; i++)); do
		printf 'd%d\t1\t1\t0\t%d\t%s\n' "$i" "${#A_TEXT}" "$A_TEXT"
	done > big.tsv
	env --default-signal=PIPE timeout 60 "$NEWS_BIN/news-$1" big.tsv 2> err.txt |
		head -c 1 > first.txt
	status=${PIPESTATUS[0]}
	[ ! -s err.txt ] || fail "news-$1: stderr: $(cat err.txt)"
	# killed by SIGPIPE (128 + 13), or a quiet exit
	[ "$status" -eq 141 ] || [ "$status" -eq 0 ] ||
		fail "news-$1: status $status"
	[ "$(cat first.txt)" = d ] || fail "news-$1: first byte '$(cat first.txt)'"
	# the same when the caller ignores SIGPIPE
	env --ignore-signal=PIPE timeout 60 "$NEWS_BIN/news-$1" big.tsv 2> err.txt |
		head -c 1 > first.txt
	[ ! -s err.txt ] || fail "news-$1: stderr with SIGPIPE ignored: $(cat err.txt)"
}

# --- news-tag ----------------------------------------------------------------

@test "news-tag: wrong number of fields" { fields_few tag; fields_one tag; }
@test "news-tag: non-numeric offset" { offset_text tag; }
@test "news-tag: negative offset" { offset_negative tag; }
@test "news-tag: offset with a sign or a space" { offset_sign_space tag; }
@test "news-tag: out-of-range offset" { offset_huge tag; }
@test "news-tag: start after end" { offset_order tag; }
@test "news-tag: sentence or paragraph number 0" { number_zero tag; }
@test "news-tag: fractional sentence number" { number_fraction tag; }
@test "news-tag: bad escape \\x" { escape_x tag; }
@test "news-tag: trailing backslash" { escape_trailing tag; }
@test "news-tag: invalid UTF-8" { invalid_utf8 tag; }
@test "news-tag: NUL bytes" { nul_bytes tag; }
@test "news-tag: escaped TAB, LF and CR in the text" { escaped_controls tag; }
@test "news-tag: CRLF" { crlf tag; }
@test "news-tag: a raw carriage return" { raw_cr tag; }
@test "news-tag: a document in two runs" { doc_again tag; }
@test "news-tag: byte-order mark" { bom tag; }
@test "news-tag: 10 MB line" { long_line tag; }
@test "news-tag: empty input" { empty_input tag; }
@test "news-tag: missing file" { missing_file tag; }
@test "news-tag: unreadable file" { unreadable_file tag; }
@test "news-tag: directory" { directory tag; }
@test "news-tag: damaged or truncated model" { bad_model tag; }
@test "news-tag: output to /dev/full" { dev_full tag; }
@test "news-tag: a data file cut short, damaged or missing" {
	good_a > a.tsv
	bad_datafile tag abbreviations.txt a.tsv
	datadir_with tagger.model rm
	prog tag --data-dir d a.tsv
	expect_status 2
	assert_stderr "news-tag: d/tagger.model: cannot open data file: No such file or directory (the data directory: --data-dir)"
}
@test "news-tag: closed pipe" { closed_pipe tag; }

@test "news-tag: 10 MB line, the token in the output" {
	long_line tag
	run awk -F'\t' '$1 == "c" { print $3, $4, $5, length($6) }' out.txt
	assert_output '1 0 10000000 10000000'
}

@test "news-tag: --input conllu: a bad row, CRLF, a byte-order mark" {
	printf '1\tWe\t_\t_\t_\t_\t_\t_\t_\t_\n\n1\tbad\trow\n2\tx\t_\t_\t_\t_\t_\t_\t_\t_\n\n1\tThey\t_\t_\t_\t_\t_\t_\t_\t_\n' > in.conllu
	prog tag --input conllu in.conllu
	expect_status 1
	assert_stderr 'news-tag: in.conllu:3: expected 10 fields'
	run cut -f2 out.txt
	assert_output $'We\n\nThey'
	{ printf '\xef\xbb\xbf'; sed 's/$/\r/' in.conllu; } > crlf.conllu
	prog tag --input conllu crlf.conllu
	expect_status 1
	assert_stderr 'news-tag: crlf.conllu:3: expected 10 fields'
	run cut -f2 out.txt
	assert_output $'We\n\nThey'
	mkdir dir
	prog tag --input conllu dir
	expect_status 1
	assert_stderr 'news-tag: dir: Is a directory'
}

# --- news-extract-people -------------------------------------------------------

@test "news-extract-people: wrong number of fields" { fields_few extract-people; fields_one extract-people; }
@test "news-extract-people: non-numeric offset" { offset_text extract-people; }
@test "news-extract-people: negative offset" { offset_negative extract-people; }
@test "news-extract-people: offset with a sign or a space" { offset_sign_space extract-people; }
@test "news-extract-people: out-of-range offset" { offset_huge extract-people; }
@test "news-extract-people: start after end" { offset_order extract-people; }
@test "news-extract-people: sentence or paragraph number 0" { number_zero extract-people; }
@test "news-extract-people: fractional sentence number" { number_fraction extract-people; }
@test "news-extract-people: bad escape \\x" { escape_x extract-people; }
@test "news-extract-people: trailing backslash" { escape_trailing extract-people; }
@test "news-extract-people: invalid UTF-8" { invalid_utf8 extract-people; }
@test "news-extract-people: NUL bytes" { nul_bytes extract-people; }
@test "news-extract-people: escaped TAB, LF and CR in the text" { escaped_controls extract-people; }
@test "news-extract-people: CRLF" { crlf extract-people; }
@test "news-extract-people: a raw carriage return" { raw_cr extract-people; }
@test "news-extract-people: a document in two runs" { doc_again extract-people; }
@test "news-extract-people: byte-order mark" { bom extract-people; }
@test "news-extract-people: 10 MB line" { long_line extract-people; }
@test "news-extract-people: empty input" { empty_input extract-people; }
@test "news-extract-people: missing file" { missing_file extract-people; }
@test "news-extract-people: unreadable file" { unreadable_file extract-people; }
@test "news-extract-people: directory" { directory extract-people; }
@test "news-extract-people: damaged or truncated model" { bad_model extract-people; }
@test "news-extract-people: output to /dev/full" { dev_full extract-people; }
@test "news-extract-people: a data file cut short, damaged or missing" {
	local f

	good_a > a.tsv
	for f in titles.txt title-modifiers.tsv honorifics.txt countries.tsv \
	    parties.tsv state-titles.txt not-people.txt thing-nouns.txt; do
		bad_datafile extract-people "gazetteers/$f" a.tsv
	done
}
@test "news-extract-people: closed pipe" { closed_pipe extract-people; }

@test "news-extract-people: --corpus: a bad record among good ones" {
	records 'c\t1\t1\tx\t3\tabc\n'
	prog extract-people --corpus in.tsv
	expect_status 1
	assert_stderr "news-extract-people: in.tsv:2: field 4 (start) is not a number: 'x'"
	run cut -f1 out.txt
	assert_output $'Donald Trump\nHakan Fidan'
}

@test "news-extract-people: --corpus: a document in two runs counts once" {
	{
		printf 'a\t1\t1\t0\t%d\t%s\n' "${#A_TEXT}" "$A_TEXT"
		good_b
		printf 'a\t2\t1\t60\t90\tFidan met Rubio on Tuesday.\n'
	} > in.tsv
	prog extract-people --corpus in.tsv
	expect_status 1
	assert_stderr "news-extract-people: in.tsv:3: document 'a' again after other documents: a document's records must come together; these are skipped"
	run cut -f1,4 out.txt
	assert_output $'Donald Trump\t1\nHakan Fidan\t1'
}

# --- news-extract-quotes -------------------------------------------------------

@test "news-extract-quotes: wrong number of fields" { fields_few extract-quotes; fields_one extract-quotes; }
@test "news-extract-quotes: non-numeric offset" { offset_text extract-quotes; }
@test "news-extract-quotes: negative offset" { offset_negative extract-quotes; }
@test "news-extract-quotes: offset with a sign or a space" { offset_sign_space extract-quotes; }
@test "news-extract-quotes: out-of-range offset" { offset_huge extract-quotes; }
@test "news-extract-quotes: start after end" { offset_order extract-quotes; }
@test "news-extract-quotes: sentence or paragraph number 0" { number_zero extract-quotes; }
@test "news-extract-quotes: fractional sentence number" { number_fraction extract-quotes; }
@test "news-extract-quotes: bad escape \\x" { escape_x extract-quotes; }
@test "news-extract-quotes: trailing backslash" { escape_trailing extract-quotes; }
@test "news-extract-quotes: invalid UTF-8" { invalid_utf8 extract-quotes; }
@test "news-extract-quotes: NUL bytes" { nul_bytes extract-quotes; }
@test "news-extract-quotes: escaped TAB, LF and CR in the text" { escaped_controls extract-quotes; }
@test "news-extract-quotes: CRLF" { crlf extract-quotes; }
@test "news-extract-quotes: a raw carriage return" { raw_cr extract-quotes; }
@test "news-extract-quotes: a document in two runs" { doc_again extract-quotes; }
@test "news-extract-quotes: byte-order mark" { bom extract-quotes; }
@test "news-extract-quotes: 10 MB line" { long_line extract-quotes; }
@test "news-extract-quotes: empty input" { empty_input extract-quotes; }
@test "news-extract-quotes: missing file" { missing_file extract-quotes; }
@test "news-extract-quotes: unreadable file" { unreadable_file extract-quotes; }
@test "news-extract-quotes: directory" { directory extract-quotes; }
@test "news-extract-quotes: damaged or truncated model" { bad_model extract-quotes; }
@test "news-extract-quotes: output to /dev/full" { dev_full extract-quotes; }
@test "news-extract-quotes: a data file cut short, damaged or missing" {
	good_a > a.tsv
	bad_datafile extract-quotes quote-verbs.tsv a.tsv
	bad_datafile extract-quotes gazetteers/first-names-gender.tsv a.tsv
	bad_datafile extract-quotes gazetteers/titles.txt a.tsv
}
@test "news-extract-quotes: closed pipe" { closed_pipe extract-quotes; }

# --- news-summarize ------------------------------------------------------------

@test "news-summarize: wrong number of fields" { fields_few summarize; fields_one summarize; }
@test "news-summarize: non-numeric offset" { offset_text summarize; }
@test "news-summarize: negative offset" { offset_negative summarize; }
@test "news-summarize: offset with a sign or a space" { offset_sign_space summarize; }
@test "news-summarize: out-of-range offset" { offset_huge summarize; }
@test "news-summarize: start after end" { offset_order summarize; }
@test "news-summarize: sentence or paragraph number 0" { number_zero summarize; }
@test "news-summarize: fractional sentence number" { number_fraction summarize; }
@test "news-summarize: bad escape \\x" { escape_x summarize; }
@test "news-summarize: trailing backslash" { escape_trailing summarize; }
@test "news-summarize: invalid UTF-8" { invalid_utf8 summarize; }
@test "news-summarize: NUL bytes" { nul_bytes summarize; }
@test "news-summarize: escaped TAB, LF and CR in the text" { escaped_controls summarize; }
@test "news-summarize: CRLF" { crlf summarize; }
@test "news-summarize: a raw carriage return" { raw_cr summarize; }
@test "news-summarize: a document in two runs" { doc_again summarize; }
@test "news-summarize: byte-order mark" { bom summarize; }
@test "news-summarize: 10 MB line" { long_line summarize; }
@test "news-summarize: empty input" { empty_input summarize; }
@test "news-summarize: missing file" { missing_file summarize; }
@test "news-summarize: unreadable file" { unreadable_file summarize; }
@test "news-summarize: directory" { directory summarize; }
@test "news-summarize: damaged idf file (its data file)" { bad_idf; }
@test "news-summarize: output to /dev/full" { dev_full summarize; }
@test "news-summarize: a data file cut short, damaged or missing" {
	good_a > a.tsv
	bad_datafile summarize idf.tsv a.tsv
	# as the issue found it: cut to 128 of its lines
	datadir_with idf.tsv 'head -n 128'
	prog summarize --data-dir d a.tsv
	expect_status 2
	assert_stderr "news-summarize: d/idf.tsv:128: data file cut short: no #end line after its 126 entries"
}
@test "news-summarize: closed pipe" { closed_pipe summarize; }

@test "news-summarize: a bad record does not split its document" {
	{
		printf 'a\t1\t1\t0\t5\tOne a.\n'
		printf 'a\t2\t1\t6\tx\tTwo a.\n'
		printf 'a\t3\t1\t12\t18\tThree a.\n'
	} > in.tsv
	prog summarize -n 5 in.tsv
	expect_status 1
	assert_stderr "news-summarize: in.tsv:2: field 5 (end) is not a number: 'x'"
	run cut -f2 out.txt
	assert_output $'1\n3'
}

@test "news-summarize: --cluster-sep: a cluster in two runs" {
	{
		printf 's1/a\t1\t1\t0\t%d\t%s\n' "${#A_TEXT}" "$A_TEXT"
		printf 's2/b\t1\t1\t0\t%d\t%s\n' "${#B_TEXT}" "$B_TEXT"
		printf 's1/c\t1\t1\t0\t%d\t%s\n' "${#B_TEXT}" "$B_TEXT"
	} > in.tsv
	prog summarize --cluster-sep / in.tsv
	expect_status 1
	assert_stderr "news-summarize: in.tsv:3: cluster 's1' again after other clusters: a cluster's documents must come together; these are skipped"
	run cut -f1 out.txt
	assert_output $'s1/a\ns2/b'
}

# --- news-split: plain text ----------------------------------------------------

SPLIT_TEXT=$'The talks went on.\n\nBoth sides met again.\n'

@test "news-split: invalid UTF-8" {
	printf 'One.\n\nCaf\xe9 two.\n\nThree.\n' > in.txt
	prog split in.txt
	expect_status 1
	assert_stderr 'news-split: in.txt:3: invalid UTF-8 (1 bytes replaced by U+FFFD)'
	run cut -f2,4,5,6 out.txt
	assert_output $'1\t0\t4\tOne.\n2\t6\t15\tCaf\xef\xbf\xbd two.\n3\t17\t23\tThree.'
}

@test "news-split: NUL bytes" {
	printf 'One.\n\nA\0b two.\n\nThree.\n' > in.txt
	prog split in.txt
	expect_status 1
	assert_stderr 'news-split: in.txt:3: NUL bytes (1 bytes replaced by U+FFFD)'
	run cut -f2,6 out.txt
	assert_output $'1\tOne.\n2\tA\xef\xbf\xbdb two.\n3\tThree.'
}

@test "news-split: CRLF" {
	printf '%s' "$SPLIT_TEXT" > lf.txt
	sed 's/$/\r/' lf.txt > crlf.txt
	prog split crlf.txt
	expect_status 0
	assert_stderr ''
	run cut -f2,3,4,5,6 out.txt
	assert_output $'1\t1\t0\t18\tThe talks went on.\n2\t2\t22\t43\tBoth sides met again.'
}

@test "news-split: byte-order mark" {
	{ printf '\xef\xbb\xbf'; printf '%s' "$SPLIT_TEXT"; } > in.txt
	prog split in.txt
	expect_status 0
	assert_stderr ''
	# it belongs to no sentence, and offsets count its three bytes
	run cut -f2,4,5,6 out.txt
	assert_output $'1\t3\t21\tThe talks went on.\n2\t23\t44\tBoth sides met again.'
}

@test "news-split: 10 MB line" {
	{
		printf 'Before.\n\n'
		head -c 10000000 /dev/zero | tr '\0' x
		printf '\n\nAfter.\n'
	} > in.txt
	prog split in.txt
	expect_status 0
	assert_stderr ''
	run awk -F'\t' '{ print $2, $4, $5, length($6) }' out.txt
	assert_output $'1 0 7 7\n2 9 10000009 10000000\n3 10000011 10000017 6'
}

@test "news-split: empty input" {
	: > empty.txt
	prog split empty.txt
	expect_status 0
	assert_stderr ''
	[ ! -s out.txt ]
	printf ' \n\n\t\n' > blank.txt
	prog split blank.txt
	expect_status 0
	assert_stderr ''
	[ ! -s out.txt ]
}

@test "news-split: missing file" {
	printf 'One.\n' > a.txt
	printf 'Two.\n' > b.txt
	prog split a.txt nosuch.txt b.txt
	expect_status 1
	assert_stderr 'news-split: nosuch.txt: No such file or directory'
	has_doc a.txt b.txt
}

@test "news-split: unreadable file" {
	[ "$(id -u)" -ne 0 ] || skip "running as root, who may read any file"
	printf 'One.\n' > a.txt
	printf 'Two.\n' > b.txt
	printf 'Secret.\n' > secret.txt
	chmod 000 secret.txt
	prog split a.txt secret.txt b.txt
	expect_status 1
	assert_stderr 'news-split: secret.txt: Permission denied'
	has_doc a.txt b.txt
}

@test "news-split: directory" {
	printf 'One.\n' > a.txt
	printf 'Two.\n' > b.txt
	mkdir dir
	prog split a.txt dir b.txt
	expect_status 1
	assert_stderr 'news-split: dir: Is a directory'
	has_doc a.txt b.txt
	prog split --docs dir
	expect_status 1
	assert_stderr 'news-split: dir: Is a directory'
	prog split --csv dir
	expect_status 1
	assert_stderr 'news-split: dir: Is a directory'
}

@test "news-split: a damaged or missing word list (its data files)" {
	printf 'One.\n' > a.txt
	head -c 300 /dev/zero | tr '\0' a > long.txt
	prog split -a long.txt a.txt
	expect_status 2
	assert_stderr_regex '^news-split: long\.txt:1: '
	[ ! -s out.txt ]
	printf 'Mr\tbogus\n' > kind.txt
	prog split -a kind.txt a.txt
	expect_status 2
	assert_stderr "news-split: kind.txt:1: unknown kind 'bogus'"
	prog split --starters nosuch.txt a.txt
	expect_status 2
	assert_stderr 'news-split: nosuch.txt: cannot open data file: No such file or directory'
	mkdir data
	prog split --data-dir data a.txt
	expect_status 2
	assert_stderr_regex '^news-split: data/[a-z-]+\.txt: cannot open data file: No such file or directory \(the data directory: --data-dir\)$'
}

@test "news-split: a data file cut short, damaged or missing" {
	printf 'One.\n' > a.txt
	bad_datafile split abbreviations.txt a.txt
	bad_datafile split sentence-starters.txt a.txt
	bad_datafile split tlds.txt a.txt
}

@test "news-split: output to /dev/full" {
	printf '%s' "$SPLIT_TEXT" > in.txt
	run --separate-stderr bash -c 'exec timeout 60 "$0" in.txt > /dev/full' "$SPLIT"
	P=news-split
	expect_status 1
	assert_stderr 'news-split: write error on <stdout>: No space left on device'
}

@test "news-split: closed pipe" {
	yes 'The talks went on. Both sides said they would meet again.' |
		head -n 50000 > big.txt
	env --default-signal=PIPE timeout 60 "$SPLIT" big.txt 2> err.txt | head -c 1 > first.txt
	status=${PIPESTATUS[0]}
	[ ! -s err.txt ] || fail "stderr: $(cat err.txt)"
	[ "$status" -eq 141 ] || [ "$status" -eq 0 ] || fail "status $status"
	[ "$(cat first.txt)" = b ]
	env --ignore-signal=PIPE timeout 60 "$SPLIT" --docs < /dev/null 2> err.txt | head -c 1
	[ ! -s err.txt ] || fail "stderr: $(cat err.txt)"
}

# --- news-split --docs -----------------------------------------------------------

# docs LINE: d.tsv is document a, LINE (printf %b), document b.
docs() {
	{ printf 'a\tOne.\n'; printf '%b' "$1"; printf 'b\tTwo.\n'; } > d.tsv
}

# bad_doc LINE MESSAGE: reported as "news-split: d.tsv:2: MESSAGE", skipped,
# status 1, documents a and b split.
bad_doc() {
	docs "$1"
	prog split --docs d.tsv
	expect_status 1
	assert_stderr "news-split: d.tsv:2: $2"
	has_doc a b
	no_doc c
}

@test "news-split --docs: wrong number of fields" {
	bad_doc 'c only an id and no tab\n' 'expected 2 fields (ID<TAB>TEXT), got 1'
	bad_doc 'c\tOne.\tTwo.\n' 'expected 2 fields (ID<TAB>TEXT), got 3'
}

@test "news-split --docs: bad escape \\x" {
	bad_doc 'c\tBad \\x escape.\n' 'bad escape (only \t \n \r \\ are allowed)'
}

@test "news-split --docs: trailing backslash" {
	bad_doc 'c\tTrailing\\\n' 'bad escape (only \t \n \r \\ are allowed)'
	bad_doc 'c\\\tText.\n' 'bad escape (only \t \n \r \\ are allowed)'
}

@test "news-split --docs: invalid UTF-8" {
	docs 'c\tCaf\xe9 opens.\n'
	prog split --docs d.tsv
	expect_status 1
	assert_stderr 'news-split: d.tsv:2: invalid UTF-8 (1 bytes replaced by U+FFFD)'
	has_doc a b c
}

@test "news-split --docs: NUL bytes" {
	docs 'c\tA\0b.\n'
	prog split --docs d.tsv
	expect_status 1
	assert_stderr 'news-split: d.tsv:2: NUL bytes (1 bytes replaced by U+FFFD)'
	has_doc a b c
}

@test "news-split --docs: a document id that starts with #" {
	docs '#c\tText.\n'
	prog split --docs d.tsv
	# a comment line, skipped without a message
	expect_status 0
	assert_stderr ''
	has_doc a b
	docs 'c\\\\#\tText.\n'
	prog split --docs d.tsv
	expect_status 0
	has_doc 'c\\#'
}

@test "news-split --docs: a raw carriage return" {
	bad_doc 'c\tOne\rtwo.\n' 'carriage return inside the record (escape it as \r)'
	bad_doc 'c\tOne.\r\r\n' 'carriage return inside the record (escape it as \r)'
}

@test "news-split: an id given before" {
	docs 'a\tThree.\n'
	prog split --docs d.tsv
	expect_status 1
	assert_stderr "news-split: d.tsv:2: document id 'a' given before: each document needs an id of its own; skipped"
	run cut -f1,6 out.txt
	assert_output $'a\tOne.\nb\tTwo.'
	printf 'One.\n' > x.txt
	prog split x.txt x.txt
	expect_status 1
	assert_stderr "news-split: x.txt:1: document id 'x.txt' given before: each document needs an id of its own; skipped"
	run cut -f1 out.txt
	assert_output x.txt
	printf 'id,text\nd1,One.\nd2,Two.\nd1,Three.\n' > in.csv
	prog split --csv in.csv
	expect_status 1
	assert_stderr "news-split: in.csv:4: document id 'd1' given before: each document needs an id of its own; skipped"
	run cut -f1,6 out.txt
	assert_output $'d1\tOne.\nd2\tTwo.'
}

@test "news-split --docs: CRLF and a byte-order mark" {
	printf 'a\tOne.\nb\tTwo. Three.\n' > lf.tsv
	prog split --docs lf.tsv
	expect_status 0
	mv out.txt lf.out
	{ printf '\xef\xbb\xbf'; sed 's/$/\r/' lf.tsv; } > crlf.tsv
	prog split --docs crlf.tsv
	expect_status 0
	assert_stderr ''
	cmp lf.out out.txt || fail "CRLF or a byte-order mark changes the output"
}

@test "news-split --docs: 10 MB line" {
	{
		printf 'a\tOne.\nc\t'
		head -c 10000000 /dev/zero | tr '\0' x
		printf '\nb\tTwo.\n'
	} > d.tsv
	prog split --docs d.tsv
	expect_status 0
	assert_stderr ''
	has_doc a b c
}

@test "news-split --docs: empty input" {
	: > d.tsv
	prog split --docs d.tsv
	expect_status 0
	assert_stderr ''
	[ ! -s out.txt ]
}

# --- news-split --csv ------------------------------------------------------------

@test "news-split --csv: too few fields" {
	printf 'id,text\na,"One."\nc\nb,"Two."\n' > c.csv
	prog split --csv c.csv
	expect_status 1
	assert_stderr 'news-split: c.csv:3: expected at least 2 fields, got 1'
	has_doc a b
}

@test "news-split --csv: a column missing from the header" {
	printf 'x,text\na,"One."\n' > c.csv
	prog split --csv c.csv
	expect_status 1
	assert_stderr "news-split: c.csv:1: no column 'id' in the CSV header"
	[ ! -s out.txt ]
}

@test "news-split --csv: an unclosed quote" {
	printf 'id,text\na,"One."\nb,"Two."\nc,"open\nand on\n' > c.csv
	prog split --csv c.csv
	expect_status 1
	assert_stderr 'news-split: c.csv:4: unclosed quote in the CSV record that starts here'
	has_doc a b
	no_doc c
}

@test "news-split --csv: invalid UTF-8 and NUL bytes" {
	printf 'id,text\na,"One."\nc,"Caf\xe9 opens."\nd,"A\0b."\nb,"Two."\n' > c.csv
	prog split --csv c.csv
	expect_status 1
	assert_stderr $'news-split: c.csv:3: invalid UTF-8 (1 bytes replaced by U+FFFD)\nnews-split: c.csv:4: NUL bytes (1 bytes replaced by U+FFFD)'
	has_doc a b c d
}

@test "news-split --csv: CRLF and a byte-order mark" {
	printf 'id,text\na,"One."\nb,"Two."\n' > lf.csv
	prog split --csv lf.csv
	expect_status 0
	mv out.txt lf.out
	{ printf '\xef\xbb\xbf'; sed 's/$/\r/' lf.csv; } > crlf.csv
	prog split --csv crlf.csv
	expect_status 0
	assert_stderr ''
	cmp lf.out out.txt || fail "CRLF or a byte-order mark changes the output"
}

@test "news-split --csv: empty input" {
	: > c.csv
	prog split --csv c.csv
	expect_status 0
	assert_stderr ''
	[ ! -s out.txt ]
}
