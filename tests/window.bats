#!/usr/bin/env bats
# A very long sentence (issue 21): tagged and read a window of tokens at a
# time (common/annotate.h), so that memory stays bounded whatever its
# length, and every token comes out once, in order, where it is in the
# text.  The sentences of the other tests, all shorter than a window, are
# tagged whole, as before.

load test_helper

# longsent BYTES: long.tsv, one sentence record of BYTES bytes of news
# words (the bench corpus run together, without . ! ? or quotes: a page
# without punctuation), single spaces between them
longsent() {
	awk -F'\t' -v n="$1" '
		!/^#/ && NF >= 4 {
			t = $4; gsub(/\\[ntr]/, " ", t); gsub(/[.!?"]/, "", t)
			gsub(/[ \t]+/, " ", t); all = all " " t }
		END { while (length(s) < n + 1) s = s all
		      s = substr(s, 2, n); sub(/ +$/, "", s)
		      printf "long\t1\t1\t0\t%d\t%s\n", length(s), s }' \
	    "$ROOT/bench/wikinews.tsv" > long.tsv
	[ "$(cut -f5 long.tsv)" -gt $(($1 - 100)) ]
}

need_time() {
	[ -x /usr/bin/time ] ||
		skip "GNU time is not installed (scripts/install-deps.sh time)"
}

# peak MAXMB PROGRAM ARG...: PROGRAM exits 0, writing out.txt, at a peak
# of at most MAXMB MB; ASan's quarantine is kept small, as it would hold
# the memory the program gave back
peak() {
	local max=$1 p=$2 kb

	shift 2
	ASAN_OPTIONS=${ASAN_OPTIONS:+$ASAN_OPTIONS:}quarantine_size_mb=1 \
	    /usr/bin/time -f %M -o rss.txt "$NEWS_BIN/$p" "$@" > out.txt ||
		fail "$p: status $?"
	kb=$(tail -n 1 rss.txt)
	[ "$kb" -le $((max * 1024)) ] ||
		fail "$p: a peak of $((kb / 1024)) MB, more than $max MB"
}

@test "news-tag: a sentence of 8 MB, a window at a time: every token once, in order, memory bounded" {
	need_time
	longsent 8000000
	# whole, it took 474 MB (55 bytes a byte of text)
	peak 150 news-tag long.tsv
	# numbered 1, 2, 3, ..., each the bytes of the text at its offsets,
	# in order and apart
	cut -f6 long.tsv > text.txt
	run awk -F'\t' '
		NR == FNR { text = $0; next }
		$3 != ++n { print "token " n " numbered " $3; exit 1 }
		$4 < end { print "token " n " overlaps the one before"; exit 1 }
		substr(text, $4 + 1, $5 - $4) != $6 {
			print "token " n " is not the text at " $4; exit 1 }
		{ end = $5 }
		END { if (n < 1000000) { print "only " n " tokens"; exit 1 }
		      if (end != length(text)) { print "ends at " end; exit 1 } }
		' text.txt out.txt
	assert_success
}

@test "news-tag: a sentence of many windows is one CoNLL-U sentence" {
	longsent 200000
	"$NEWS_BIN/news-tag" --output conllu long.tsv > out.conllu 2> err.txt
	[ ! -s err.txt ] || fail "$(cat err.txt)"
	[ "$(grep -c '^# sent_id = ' out.conllu)" -eq 1 ]
	[ "$(grep -c '^# newdoc id = ' out.conllu)" -eq 1 ]
	# words 1..N, then one blank line
	run awk -F'\t' '/^#/ { next } /^$/ { blank++; next }
		$1 != ++n { print "word " n " numbered " $1; exit 1 }
		END { if (blank != 1 || n < 30000) { print n, blank; exit 1 } }' \
	    out.conllu
	assert_success
	run -0 "$NEWS_BIN/news-tag" long.tsv
	[ "${#lines[@]}" -eq "$(grep -vc '^#\|^$' out.conllu)" ]
}

@test "news-extract-people: a sentence of 8 MB, memory bounded" {
	need_time
	longsent 8000000
	# whole, it took 392 MB
	peak 150 news-extract-people long.tsv
	[ "$(wc -l < out.txt)" -gt 100 ]
	run -0 cut -f1 out.txt
	refute_line --regexp '^[^l]'
}

@test "news-extract-quotes: a sentence of 8 MB, memory bounded, records in order" {
	need_time
	longsent 8000000
	# whole, it took 441 MB; now one section of its 1.5 million words
	# (quotes.h), some 75 bytes a word
	peak 320 news-extract-quotes long.tsv
	[ "$(wc -l < out.txt)" -gt 100 ]
	run awk -F'\t' '$3 < last { print "record " NR " before the one above"; exit 1 }
		{ last = $3 }' out.txt
	assert_success
}

@test "news-summarize: a sentence of 8 MB, memory bounded" {
	need_time
	longsent 8000000
	peak 150 news-summarize long.tsv
	run -0 cut -f1-5 out.txt
	assert_output "long	1	1	0	$(cut -f5 long.tsv)"
}

@test "news-extract-quotes: a document of 1.2 million words in sections: every record, in order" {
	awk -v n=120000 -f "$ROOT/tests/tools/gendoc.awk" > doc.tsv
	run -0 --separate-stderr "$NEWS_BIN/news-extract-quotes" doc.tsv
	assert_stderr ''
	printf '%s\n' "$output" > out.txt
	# four events every six sentences, the last ones too
	[ "$(wc -l < out.txt)" -eq 80000 ]
	run awk -F'\t' '$3 < last { print "record " NR " out of order"; exit 1 }
		{ last = $3 }' out.txt
	assert_success
	run -0 tail -n 1 out.txt
	assert_output --regexp $'^doc\t120000\t'
}
