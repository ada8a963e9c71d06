#!/usr/bin/env bats
# docs/cookbook.md: every recipe marked tested runs here, taken from the
# cookbook itself (the fenced block after its <!-- test: NAME --> line), and
# its output is checked against what the records say.  The outputs shown in
# the cookbook are not compared: they are "at the time of writing", and the
# extractors change; the checks here are the properties that must hold.
#
# The recipes run as a reader runs them: from a directory that has the
# repository's examples/, bench/ and scripts/, with the programs on PATH
# ($NEWS_BIN).  The "setup" recipe runs once (setup_file) and each test gets
# its output files.

load test_helper

COOKBOOK=${COOKBOOK:-$ROOT/docs/cookbook.md}
export PATH="$NEWS_BIN:$PATH"

# recipe NAME: the commands of the cookbook's recipe NAME
recipe() {
	local code

	code=$(awk -v name="$1" '
		$0 == "<!-- test: " name " -->" { found = 1; next }
		found == 1 && /^```/ { found = 2; next }
		found == 2 && /^```/ { exit }
		found == 2 { print }
	' "$COOKBOOK")
	[ -n "$code" ] || fail "docs/cookbook.md has no recipe '$1'"
	printf '%s\n' "$code"
}

# link_repo DIR: DIR gets the parts of the repository the recipes read
link_repo() {
	ln -s "$ROOT/examples" "$ROOT/bench" "$ROOT/scripts" "$1"/
}

setup_file() {
	WORK=$BATS_FILE_TMPDIR/work
	mkdir -p "$WORK"
	link_repo "$WORK"
	(cd "$WORK" && bash -e -c "$(recipe setup)" > setup.out 2> setup.err) ||
		{ cat "$WORK/setup.err" >&2; return 1; }
}

setup() {
	WORK=$BATS_FILE_TMPDIR/work
	T=$(mktemp -d "${BATS_TMPDIR:-/tmp}/newsfilters-test.XXXXXX")
	cd "$T"
	link_repo "$T"
	ln -s "$WORK"/*.sents "$WORK"/*.people "$WORK"/*.quotes "$WORK"/*.spans .
}

# run_recipe NAME...: run the recipes NAME... one after the other in one
# shell, as a reader pastes them; expect status 0 and nothing on stderr
run_recipe() {
	local code='' name

	for name in "$@"; do
		code+="$(recipe "$name")"$'\n'
	done
	run --separate-stderr bash -e -c "$code"
	if [ "$status" -ne 0 ] || [ -n "$stderr" ]; then
		fail "recipe $*: status $status, stderr:
$stderr"
	fi
}

# descending: the first number of each line of $output never goes up
assert_descending() {
	printf '%s\n' "$output" | awk '{ n = $1 + 0 } NR > 1 && n > last { bad = 1 } { last = n } END { exit bad }' ||
		fail "counts are not in descending order:
$output"
}

# quotes_of_people PEOPLE QUOTES: the number of quotations whose speaker is
# a person of the same document
quotes_of_people() {
	awk -F'\t' 'NR == FNR { p[$1 "\t" $2]; next } ($1 "\t" $6) in p { n++ } END { print n + 0 }' "$@"
}

@test "cookbook: setup writes the records of the samples and of Wikinews" {
	cd "$WORK"
	[ ! -s setup.err ] || fail "stderr: $(cat setup.err)"
	run cat setup.out
	assert_line --regexp '^ *86 seeds.sents$'
	# every Wikinews article became a document
	run bash -c "cut -f1 wikinews.sents | uniq | wc -l"
	assert_output "$(($(wc -l < bench/wikinews.tsv) - 1))"
	# the records have the columns of their programs
	for f in seeds.sents:6 wikinews.sents:6 seeds.people:7 wikinews.people:7 \
	    seeds.quotes:12 wikinews.quotes:12 wikinews.spans:6; do
		[ -s "${f%:*}" ] || fail "${f%:*} is empty"
		run awk -F'\t' -v n="${f#*:}" 'NF != n { print FILENAME ": " FNR ": " NF " fields"; exit 1 }' "${f%:*}"
		assert_success
	done
	# the seeds' people include the foreign ministers of the first article
	run cut -f2 seeds.people
	assert_line 'Hakan Fidan'
	assert_line 'Marco Rubio'
}

@test "cookbook: the people mentioned most" {
	run_recipe people-most
	assert_equal "${#lines[@]}" 5
	assert_line --index 0 --regexp $'^Donald Trump\tPresident\t[0-9]+$'
	assert_line 'Hakan Fidan	Foreign Minister	12'
	# the merged per-document records agree with --corpus on the sentences
	want=$(news-extract-people --corpus seeds.sents | sort -t "$(printf '\t')" -k5,5nr -k1,1 |
		head -n 5 | cut -f1,2,5)
	assert_output "$want"
	output=$(printf '%s\n' "$output" | cut -f3)
	assert_descending
}

@test "cookbook: the people mentioned most this week" {
	run_recipe people-week
	assert_equal "${#lines[@]}" 5
	assert_line --index 0 --regexp $'^Donald Trump\t2\t[0-9]+$'
	# every person comes from an article dated in the week, and no more
	# articles are counted than the week has
	awk -F'\t' '$2 >= "2019-10-07" && $2 <= "2019-10-13" { print $1 }' bench/wikinews.tsv > week.ids
	awk -F'\t' 'NR == FNR { w[$1]; next } $1 in w { print $2 }' week.ids wikinews.people | sort -u > week.names
	for line in "${lines[@]}"; do
		name=${line%%$'\t'*}
		grep -qxF "$name" week.names || fail "$name is not in an article of the week"
		docs=$(printf '%s\n' "$line" | cut -f2)
		[ "$docs" -le "$(wc -l < week.ids)" ] || fail "$line: more articles than the week has"
	done
	output=$(printf '%s\n' "$output" | cut -f3)
	assert_descending
}

@test "cookbook: every quote by one person" {
	run_recipe quotes-by
	[ "${#lines[@]}" -ge 1 ] || fail "no quotations"
	# as many as the records give the speaker, each with a kind
	n=$(awk -F'\t' '$6 == "Recep Tayyip Erdoğan"' seeds.quotes | wc -l)
	assert_equal "${#lines[@]}" "$n"
	for line in "${lines[@]}"; do
		[[ $line =~ ^(direct|partial|indirect)$'\t'. ]] || fail "bad line: $line"
	done
	assert_line --regexp $'^direct\tI believe that we should and will achieve this'
}

@test "cookbook: every direct quote by one person in the Wikinews articles" {
	run_recipe quotes-by-wikinews
	[ "${#lines[@]}" -ge 3 ] || fail "fewer than 3 quotations: $output"
	# each line is an article of the feed and a direct quotation of it
	awk -F'\t' '$6 == "Boris Johnson" && $5 == "direct" { print $1 ": " $9 }' wikinews.quotes > want
	assert_output "$(cat want)"
	for line in "${lines[@]}"; do
		doc=${line%%: *}
		grep -q "^$doc"$'\t' bench/wikinews.tsv || fail "no article $doc"
	done
	assert_line --partial 'We stand ready'
}

@test "cookbook: quotes from anonymous sources" {
	run_recipe anonymous
	[ "${#lines[@]}" -ge 5 ] || fail "too few: $output"
	# no named person, no statement, no pronoun, no place
	for line in "${lines[@]}"; do
		s=${line%%$'\t'*}
		if grep -qxF "$s" <(cut -f2 seeds.people); then fail "a person: $s"; fi
		printf '%s\n' "$s" | grep -qiE 'source|official|aide|diplomat|spokes|person' ||
			fail "not an anonymous source: $s"
	done
	assert_line --regexp $'^the source\t'
	assert_line --regexp $'^Turkish officials\t'
	assert_line --regexp $'^a source familiar with the discussions\t'
	refute_line --regexp $'^(it|Ankara|the statement|Recep Tayyip Erdoğan)\t'
	# each line is a quotation of the records
	for line in "${lines[@]}"; do
		grep -qF "$line" <(cut -f6,9 seeds.quotes) || fail "not a quotation: $line"
	done
}

@test "cookbook: the most frequent anonymous sources of Wikinews" {
	run_recipe anonymous-count
	assert_equal "${#lines[@]}" 5
	assert_line --index 0 --regexp '^ +[0-9]+ officials$'
	for line in "${lines[@]}"; do
		[[ $line =~ ^\ +[0-9]+\ [a-z] ]] || fail "bad line: $line"
	done
	assert_descending
	# the count of "officials" is that of the records
	n=$(awk -F'\t' 'tolower($6) == "officials"' wikinews.quotes | wc -l)
	assert_line --index 0 --regexp "^ +$n officials\$"
}

@test "cookbook: joining quotes with people" {
	run_recipe join
	# one line for each quotation whose speaker is a person of its document
	assert_equal "${#lines[@]}" "$(quotes_of_people seeds.people seeds.quotes)"
	assert_line --regexp '^Recep Tayyip Erdoğan \(President\): I believe that we should'
	assert_line --regexp '^Steve Witkoff \(special envoy for the Middle East\): The president had a great conversation'
	refute_line --regexp '^(the source|it) '
	for line in "${lines[@]}"; do
		[[ $line =~ ^[^:]+\ \([^\)]*\):\ . ]] || fail "bad line: $line"
	done
}

@test "cookbook: the quotations join finds no person for" {
	run_recipe join join-unmatched
	# the join output comes first; the last four lines are the counts
	tail=$(printf '%s\n' "${lines[@]: -4}")
	run printf '%s\n' "$tail"
	assert_equal "${#lines[@]}" 4
	assert_line --index 0 --regexp '^ +4 the statement$'
	assert_line --index 1 --regexp '^ +3 the source$'
	refute_line --partial 'Recep Tayyip Erdoğan'
	assert_descending
}

@test "cookbook: counting entities" {
	run_recipe entities
	assert_equal "${#lines[@]}" 5
	news-tag --spans seeds.sents > spans
	for line in "${lines[@]}"; do
		[[ $line =~ ^\ +([0-9]+)\ (PER|ORG|LOC)$'\t'(.+)$ ]] || fail "bad line: $line"
		n=$(awk -F'\t' -v t="${BASH_REMATCH[2]}" -v x="${BASH_REMATCH[3]}" '$5 == t && $6 == x' spans | wc -l)
		assert_equal "${BASH_REMATCH[1]}" "$n"
	done
	assert_line --regexp $'^ +[0-9]+ LOC\tSyria$'
	assert_descending
}

@test "cookbook: the organisations and the entity types of Wikinews" {
	run_recipe entities-org
	assert_equal "${#lines[@]}" 8
	for i in 0 1 2 3 4; do
		[[ ${lines[i]} =~ ^\ +[0-9]+\ .+ ]] || fail "bad line: ${lines[i]}"
	done
	assert_line --regexp '^ +[0-9]+ Wikinews$'
	# the types add up to all the entities
	[[ ${lines[5]} =~ ^\ +[0-9]+\ LOC$ ]] || fail "bad line: ${lines[5]}"
	[[ ${lines[6]} =~ ^\ +[0-9]+\ ORG$ ]] || fail "bad line: ${lines[6]}"
	[[ ${lines[7]} =~ ^\ +[0-9]+\ PER$ ]] || fail "bad line: ${lines[7]}"
	sum=$(printf '%s\n' "${lines[@]:5}" | awk '{ s += $1 } END { print s }')
	assert_equal "$sum" "$(wc -l < wikinews.spans)"
}

# digest_checks DAY FILE: FILE is the digest of the three Wikinews articles
# of 2019-10-10, dated DAY in the feed
digest_checks() {
	local day=$1 file=$2 title

	run cat "$file"
	assert_line --index 0 "News digest for $day: 3 articles"
	awk -F'\t' '$2 == "2019-10-10" { print $3 }' "$ROOT/bench/wikinews.tsv" > titles
	assert_equal "$(wc -l < titles)" 3
	while IFS= read -r title; do
		assert_line "== $title"
	done < titles
	assert_line 'People of the day (mentions):'
	assert_line --regexp '^ +[0-9]+  Donald Trump \(President'
	assert_line 'Most quoted (quotations):'
}

@test "cookbook: the daily digest of a day of Wikinews" {
	run_recipe digest
	save_output digest.txt
	digest_checks 2019-10-10 digest.txt
	# each summary line is a sentence of its article, two an article
	awk -F'\t' '{ print $6 }' wikinews.sents > sentences
	n=0
	for line in "${lines[@]}"; do
		case $line in
		'  - '*) ;;
		'  '[A-Z]*)
			grep -qxF "${line#  }" sentences || fail "not a sentence: $line"
			n=$((n + 1)) ;;
		esac
	done
	assert_equal "$n" 6
	# -q 1: one quotation an article at most, a direct one of the records
	run grep -c '^  - ' digest.txt
	[ "$output" -le 3 ] && [ "$output" -ge 1 ] || fail "$output quotations"
	assert_equal "$(grep '^  - Donald Trump: "The Radical Left Democrats' digest.txt | wc -l)" 1
}

@test "cookbook: the daily digest of a day without articles" {
	run -0 --separate-stderr "$ROOT/examples/daily-digest" -d 1999-01-01 bench/wikinews.tsv
	assert_output 'News digest for 1999-01-01: no articles'
	run -2 --separate-stderr "$ROOT/examples/daily-digest" -d yesterday bench/wikinews.tsv
	assert_stderr_regex 'not a date'
}

@test "cookbook: the crontab line, run as cron runs it" {
	local line cmd yesterday

	recipe crontab > crontab.txt
	# PATH=... and one schedule line: five time fields and the command
	run grep -c '^PATH=/usr/local/bin:' crontab.txt
	assert_output 1
	line=$(grep -v '^PATH=' crontab.txt)
	[[ $line =~ ^([0-9*,/-]+\ ){5}(.+)$ ]] || fail "not a crontab line: $line"
	cmd=${BASH_REMATCH[2]}
	# cron turns an unescaped % into a newline: there must be none
	[[ ${cmd//\\%/} != *%* ]] || fail "unescaped % in: $cmd"
	cmd=${cmd//\\%/%}

	# a home with the repository and a feed of yesterday's articles
	yesterday=$(date -d yesterday +%F)
	mkdir -p home/news
	ln -s "$ROOT" home/newsfilters
	awk -F'\t' -v OFS='\t' -v d="$yesterday" '$2 == "2019-10-10" { $2 = d; print }' \
	    "$ROOT/bench/wikinews.tsv" > home/news/feed.tsv
	# cron runs the command with sh, in HOME, with the crontab's PATH; the
	# programs stand in for /usr/local/bin
	run --separate-stderr env -i HOME="$T/home" PATH="$NEWS_BIN:/usr/bin:/bin" \
	    LC_ALL=C sh -c "cd && $cmd"
	assert_success
	assert_stderr ''
	assert_output ''
	[ -s "home/news/digest-$yesterday.txt" ] || fail "no digest-$yesterday.txt"
	digest_checks "$yesterday" "home/news/digest-$yesterday.txt"
}

@test "cookbook: loading the records into SQLite" {
	command -v sqlite3 >/dev/null ||
		fail "sqlite3 is missing: run scripts/install-deps.sh"
	run_recipe sqlite
	assert_equal "${#lines[@]}" 5
	assert_line --index 0 --regexp $'^Donald Trump\t[0-9]+\t[0-9]+$'
	output=$(printf '%s\n' "$output" | cut -f3)
	assert_descending
	# the tables hold every record, field for field
	assert_equal "$(sqlite3 news.db 'SELECT count(*) FROM quotes')" "$(wc -l < wikinews.quotes)"
	assert_equal "$(sqlite3 news.db 'SELECT count(*) FROM people')" "$(wc -l < wikinews.people)"
	assert_equal "$(sqlite3 news.db "SELECT count(*) FROM quotes WHERE quote LIKE '%\"%'")" \
	    "$(cut -f9 wikinews.quotes | grep -c '"')"
	assert_equal "$(sqlite3 news.db 'SELECT typeof(sent) FROM quotes LIMIT 1')" integer
	sqlite3 -separator "$(printf '\t')" news.db 'SELECT * FROM quotes' > back.tsv
	cmp back.tsv wikinews.quotes
	# Donald Trump's count is that of the records
	n=$(awk -F'\t' 'NR == FNR { p[$1 "\t" $2]; next } $6 == "Donald Trump" && ($1 "\t" $6) in p' \
	    wikinews.people wikinews.quotes | wc -l)
	assert_line --index 0 --regexp $'\t'"$n\$"
}

# dot_or_stub: the shell code that runs before a recipe that calls dot: none
# with Graphviz installed; without it a stub, so that the DOT text is still
# checked (the rendering is not)
dot_or_stub() {
	command -v dot >/dev/null || echo 'dot() { cat > /dev/null; }'
}

@test "cookbook: the quote graph of the sample articles" {
	run --separate-stderr bash -e -c "$(dot_or_stub)"$'\n'"$(recipe quote-graph)"
	assert_success
	assert_stderr ''
	assert_output "$(grep -c '^	".*" -> "' seeds.dot)"
	assert_equal "$(head -n 1 seeds.dot)" 'digraph quotes {'
	assert_equal "$(tail -n 1 seeds.dot)" '}'
	# a box for each article with a quotation, labelled with its first sentence
	for doc in $(cut -f1 seeds.quotes | sort -u); do
		grep -q "^	\"d:$doc\" \\[shape=box" seeds.dot || fail "no node for $doc"
	done
	grep -q 'label="003_50b5cfec8762dd72\\nAnkara, Washington to discuss' seeds.dot
	# Erdoğan's edge to the first article carries his number of quotations
	n=$(awk -F'\t' '$6 == "Recep Tayyip Erdoğan" && $1 ~ /000_/' seeds.quotes | wc -l)
	grep -qF "\"p:Recep Tayyip Erdoğan\" -> \"d:examples/seeds/000_335cacaebf01be3e.txt\" [weight=$n," seeds.dot
	# Steve Witkoff names Erdoğan
	grep -qF '"p:Steve Witkoff" -> "p:Recep Tayyip Erdoğan" [style=dashed' seeds.dot
	if command -v dot >/dev/null; then
		grep -q '<svg' seeds.svg
		assert_equal "$(grep -c 'class="node"' seeds.svg)" \
		    "$(grep -c '^	"[dpu]:.*\[shape=' seeds.dot)"
	fi
}

@test "cookbook: the quote graph of one person's articles" {
	run --separate-stderr bash -e -c "$(dot_or_stub)"$'\n'"$(recipe quote-graph-person)"
	assert_success
	assert_stderr ''
	n=$(awk -F'\t' '$6 == "Boris Johnson" { print $1 }' wikinews.quotes | sort -u | wc -l)
	assert_output "$n"
	# -p: people only, one box for each article
	run grep -c 'shape=box' johnson.dot
	assert_output "$n"
	run grep -c '^	"u:' johnson.dot
	assert_output 0
	grep -q '^	"p:Boris Johnson" -> "d:' johnson.dot
	if command -v dot >/dev/null; then
		[ "$(head -c 8 johnson.png | od -An -tx1 | tr -d ' \n')" = 89504e470d0a1a0a ] ||
			fail "johnson.png is not a PNG"
	fi
}

@test "cookbook: tag once, fan out: the people and quotes of the sentence records" {
	run_recipe fan-out
	cmp fan.quotes wikinews.quotes
	cmp fan.people wikinews.people
	# the same sentences as the summaries of the sentence records
	diff <(cut -f1-3,6 fan.summaries) <(news-summarize -n 2 wikinews.sents | cut -f1-3,6)
	[ "$(cut -f1 fan.summaries | uniq | wc -l)" -eq "$(cut -f1 wikinews.sents | uniq | wc -l)" ]
}

@test "cookbook: articles from JSON Lines, through jq's @tsv" {
	run_recipe json-lines
	assert_output 20
	# the text went through whole: its first sentence is the article's
	run -0 bash -c "head -n 1 json.sents | cut -f6"
	[ -n "$output" ]
	run -0 bash -c "jq -r '.text' articles.jsonl | grep -c ."
	[ "$output" -gt 20 ]
}

@test "cookbook: CoNLL-U from another tool, without entities" {
	run_recipe conllu
	assert_equal "${#lines[@]}" 3
	[ -s conllu.quotes ] || fail "no quotes from the interview"
	run -0 cut -f1 conllu.quotes
	assert_line GUM_interview_gaming
}
