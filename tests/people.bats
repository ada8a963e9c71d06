#!/usr/bin/env bats
# news-extract-people: the people of each article.

load test_helper

PEOPLE=$NEWS_BIN/news-extract-people
PDATA=$BATS_TEST_DIRNAME/data/people

@test "the sample articles: the people, titles and affiliations of the golden file (its byline's author with --bylines)" {
	cd "$ROOT"
	"$SPLIT" examples/seeds/*.txt > "$T/sents.tsv"
	run -0 --separate-stderr "$PEOPLE" --bylines "$T/sents.tsv"
	assert_stderr ''
	save_output "$T/out.tsv"
	cmp "$T/out.tsv" "$PDATA/seeds.expected.tsv"
}

@test "mentions merge: a surname joins the full name, diacritics folded" {
	printf 'Deputy Minister Nuh Yılmaz spoke on Monday. Later, Yilmaz met the press.\n' > in.txt
	"$SPLIT" in.txt > s.tsv
	run -0 "$PEOPLE" s.tsv
	assert_output "$(printf 'in.txt\tNuh Yılmaz\tDeputy Minister\t\t2\t1\tYilmaz')"
}

@test "titles: before the name, with a complement, and the country before them" {
	printf 'U.S. Ambassador to Türkiye Thomas Barrack was present.\n' > in.txt
	"$SPLIT" in.txt > s.tsv
	run -0 "$PEOPLE" s.tsv
	assert_output "$(printf 'in.txt\tThomas Barrack\tAmbassador to Türkiye\tUnited States\t1\t1\t')"
}

@test "a byline is no person of the story; --bylines lists it with the title author" {
	printf 'Talks go on\n\nThe talks went on for a day.\n\nBy Vafa Guliyeva\n' > in.txt
	"$SPLIT" in.txt > s.tsv
	run -0 "$PEOPLE" s.tsv
	assert_output ''
	run -0 "$PEOPLE" --bylines s.tsv
	assert_output "$(printf 'in.txt\tVafa Guliyeva\tauthor\t\t1\t3\t')"
}

@test "bylines, photo credits and contact lines: left out, --bylines gives their roles" {
	printf 'Talks go on\n\nThe talks went on for a day, Anna Berg said.\n\nPhoto: Carl Vik\n\n(Dana Holm/AFP)\n\nContact Eve Lund at eve@example.com.\n\nBy Ruth Dahl and Tom Ek, Reuters\n' > in.txt
	"$SPLIT" in.txt > s.tsv
	run -0 "$PEOPLE" s.tsv
	assert_output "$(printf 'in.txt\tAnna Berg\t\t\t1\t2\t')"
	run -0 "$PEOPLE" --bylines s.tsv
	assert_line "$(printf 'in.txt\tCarl Vik\tphotographer\t\t1\t3\t')"
	assert_line "$(printf 'in.txt\tDana Holm\tphotographer\tAFP\t1\t4\t')"
	assert_line "$(printf 'in.txt\tEve Lund\tcontact\t\t1\t5\t')"
	assert_line "$(printf 'in.txt\tRuth Dahl\tauthor\t\t1\t6\t')"
	assert_line "$(printf 'in.txt\tTom Ek\tauthor\t\t1\t6\t')"
}

@test "a byline's person named in the story is a person of the story, without the role" {
	printf 'By Ruth Dahl\n\nRuth Dahl, a lawyer, said the talks went on.\n' > in.txt
	"$SPLIT" in.txt > s.tsv
	run -0 "$PEOPLE" s.tsv
	assert_output "$(printf 'in.txt\tRuth Dahl\tlawyer\t\t2\t1\t')"
}

@test "an article with no people gives no records" {
	printf 'The weather was fine and the talks went on.\n' > in.txt
	"$SPLIT" in.txt > s.tsv
	run -0 "$PEOPLE" s.tsv
	assert_output ''
}

@test "-H prints the header" {
	run -0 "$PEOPLE" -H /dev/null
	assert_output "$(printf '#doc\tname\ttitle\taffiliation\tmentions\tfirst\taliases')"
}

@test "a malformed record: message with file and line, status 1, the rest processed" {
	printf 'd\t1\t1\t0\t20\tPresident Joe Biden spoke.\nbad record\n' > s.tsv
	run -1 --separate-stderr "$PEOPLE" s.tsv
	assert_stderr 'news-extract-people: s.tsv:2: expected 6 fields, got 1'
	assert_output "$(printf 'd\tJoe Biden\tPresident\t\t1\t1\t')"
}

@test "empty input, missing file, usage" {
	run -0 "$PEOPLE" /dev/null
	assert_output ''
	run -1 --separate-stderr "$PEOPLE" /nonexistent
	assert_stderr_regex '^news-extract-people: /nonexistent: No such file'
	run -2 --separate-stderr "$PEOPLE" --bogus
	run -0 "$PEOPLE" --help
	assert_line --index 0 --regexp '^usage: news-extract-people'
}

@test "deterministic" {
	cd "$ROOT"
	"$SPLIT" examples/seeds/*.txt > "$T/s.tsv"
	"$PEOPLE" "$T/s.tsv" > "$T/a"
	"$PEOPLE" "$T/s.tsv" > "$T/b"
	cmp "$T/a" "$T/b"
}

@test "installed under a PREFIX, it finds its model and word lists" {
	make -C "$ROOT" -s install DESTDIR="$T/stage" PREFIX=/opt/nf >/dev/null
	[ -f "$T/stage/opt/nf/share/newsfilters/gazetteers/titles.txt" ]
	printf 'Deputy Minister Nuh Yilmaz spoke.\n' > in.txt
	"$SPLIT" in.txt > s.tsv
	cd /
	run -0 "$T/stage/opt/nf/bin/news-extract-people" "$T/s.tsv"
	assert_output --partial 'Nuh Yilmaz'
	make -C "$ROOT" -s uninstall DESTDIR="$T/stage" PREFIX=/opt/nf >/dev/null
	[ ! -e "$T/stage/opt/nf/share/newsfilters" ]
}

@test "--corpus: one record a person across the documents, the most complete spelling winning" {
	cd "$ROOT"
	"$SPLIT" examples/seeds/*.txt > "$T/s.tsv"
	run -0 "$PEOPLE" --corpus "$T/s.tsv"
	save_output "$T/c.tsv"
	cmp "$T/c.tsv" "$PDATA/seeds.corpus.tsv"
	assert_line "$(printf 'Nuh Yılmaz\tDeputy Foreign Minister\tTürkiye\t2\t3\tNuh Yilmaz,Yilmaz')"
	run -0 "$PEOPLE" --corpus -H /dev/null
	assert_output "$(printf '#name\ttitle\taffiliation\tdocs\tmentions\taliases')"
}

@test "--corpus merges per-shard results: shard, map, merge equals a single run" {
	cd "$ROOT"
	"$SPLIT" examples/seeds/*.txt > "$T/s.tsv"
	awk -F'\t' -v d="$T" '{ print > (d "/shard" (($1 ~ /00[02]_/) ? 1 : 2) ".tsv") }' "$T/s.tsv"
	"$PEOPLE" "$T/shard1.tsv" > "$T/m1.tsv"
	"$PEOPLE" "$T/shard2.tsv" > "$T/m2.tsv"
	cat "$T/m1.tsv" "$T/m2.tsv" | "$PEOPLE" --corpus > "$T/reduced.tsv"
	"$PEOPLE" --corpus "$T/s.tsv" > "$T/single.tsv"
	cmp "$T/reduced.tsv" "$T/single.tsv"
}

@test "UK politics: party affiliations, titles in appositions, an organisation after the name" {
	printf 'Liberal Democrat spokeswoman Susan Kramer said the plan was wrong. Tory MP John Redwood agreed. Oliver Letwin, the shadow chancellor, said nothing. Simon Sweetman, from the Federation of Small Businesses, said rates must fall.\n' > in.txt
	"$SPLIT" in.txt > s.tsv
	run -0 "$PEOPLE" s.tsv
	assert_line "$(printf 'in.txt\tSusan Kramer\tspokeswoman\tLiberal Democrats\t1\t1\t')"
	assert_line "$(printf 'in.txt\tJohn Redwood\tMP\tConservative\t1\t2\t')"
	assert_line "$(printf 'in.txt\tOliver Letwin\tshadow chancellor\t\t1\t3\t')"
	assert_line "$(printf 'in.txt\tSimon Sweetman\t\tFederation of Small Businesses\t1\t4\t')"
}

@test "a title from a later mention: 'the chancellor' after 'Gordon Brown', not over a title the text gave" {
	printf 'Gordon Brown spoke in London on Monday.\n\nThe chancellor said taxes would rise. Oliver Letwin, the shadow chancellor, disagreed. The minister left.\n' > in.txt
	"$SPLIT" in.txt > s.tsv
	run -0 "$PEOPLE" s.tsv
	assert_line -n 0 "$(printf 'in.txt\tGordon Brown\tchancellor\t\t1\t1\t')"
	assert_line -n 1 "$(printf 'in.txt\tOliver Letwin\tshadow chancellor\t\t1\t3\t')"
}

@test "an apposition's title is its longest head: 'the U.S. secretary of state'" {
	printf 'Marco Rubio, the U.S. secretary of state, met reporters.\n' > in.txt
	"$SPLIT" in.txt > s.tsv
	run -0 "$PEOPLE" s.tsv
	assert_output "$(printf 'in.txt\tMarco Rubio\tsecretary of state\tUnited States\t1\t1\t')"
}

@test "a party the tagger takes for a person is no person: 'Lib Dem', 'Tory'" {
	printf 'The Lib Dem spokeswoman spoke. Tory MPs agreed with Lib Dem members.\n' > in.txt
	"$SPLIT" in.txt > s.tsv
	run -0 "$PEOPLE" s.tsv
	refute_output --partial 'Lib Dem'
	refute_output --partial 'Tory'
}

@test "names are spaced as the text spaces them, whatever the record's offsets say" {
	# records from elsewhere: an end short of the text, every offset 0
	printf 'd\t1\t1\t0\t10\tIn an interview with Terry Gross, Stephen Colbert said so.\n' > s.tsv
	printf 'e\t1\t1\t0\t0\tThe Secretary-General, António Guterres, spoke.\n' >> s.tsv
	run -0 "$PEOPLE" s.tsv
	assert_line --index 0 --regexp "^d	Stephen Colbert	"
	assert_line --index 1 --regexp "^e	António Guterres	Secretary-General	"
	refute_output --partial 'StephenColbert'
}

@test "a title the lists know only the head of stays out of the name: 'Editorial Manager Chet Clem'" {
	printf 'The paper was founded in 1988, said Editorial Manager Chet Clem.\n' > in.txt
	printf 'He was a friend of Martin Luther King Jr. Day and night he worked.\n' >> in.txt
	"$SPLIT" in.txt > s.tsv
	run -0 "$PEOPLE" s.tsv
	assert_line --index 0 --regexp "^in.txt	Chet Clem	Manager	"
	refute_output --partial 'Editorial Manager Chet'
	refute_output --regexp '	Jr\.'
}

@test "news sites are not people: 'Znak.com', 'Meduza.io', but 'J.R. Smith' is" {
	printf 'Znak.com said that five died. Meduza.io wrote that Putin came. J.R. Smith agreed.\n' > in.txt
	"$SPLIT" in.txt > s.tsv
	run -0 "$PEOPLE" s.tsv
	refute_output --partial 'Znak'
	refute_output --partial 'Meduza'
	assert_line --regexp "^in.txt	J\.R\. Smith	"
	assert_line --regexp "^in.txt	Putin	"
}

@test "events, trophies and teams are not people: 'Canadian Open', 'Stanley Cup', 'Maple Leafs'" {
	printf 'Rory McIlroy won the RBC Canadian Open on Sunday. The Toronto Maple Leafs lost the Stanley Cup final to the Florida Panthers, coach Craig Berube said. She has Alzheimer'"'"'s disease.\n' > in.txt
	"$SPLIT" in.txt > s.tsv
	run -0 "$PEOPLE" s.tsv
	refute_output --partial 'Open'
	refute_output --partial 'Cup'
	refute_output --partial 'Leafs'
	refute_output --partial 'Panthers'
	refute_output --partial 'Alzheimer'
	assert_line --regexp "^in.txt	Rory McIlroy	"
	assert_line --regexp "^in.txt	Craig Berube	"
}

@test "storms and firms are not people: 'Hurricane Dorian', then 'Dorian'; 'Smith Jones LLP'" {
	printf 'Hurricane Dorian hit the Bahamas on Sunday, Prime Minister Hubert Minnis said. Dorian then turned north. Smith Jones LLP represented the family, lawyer Anne Smith said.\n' > in.txt
	"$SPLIT" in.txt > s.tsv
	run -0 "$PEOPLE" s.tsv
	refute_output --partial 'Dorian'
	refute_output --partial 'LLP'
	assert_line --regexp "^in.txt	Hubert Minnis	Prime Minister	"
	assert_line --regexp "^in.txt	Anne Smith	lawyer	"
}

@test "a storm the tagger did not label whole is no person either: 'Hurricane Georges hit ... As soon as Georges passed'" {
	printf 'Hurricane Georges hit the island on Monday.\n\nAs soon as Georges passed, crews began to restore power, said Mayor Ana Lopez.\n' > in.txt
	"$SPLIT" in.txt > s.tsv
	run -0 "$PEOPLE" s.tsv
	refute_output --partial 'Georges'
	assert_line --regexp "^in.txt	Ana Lopez	Mayor	"
}

@test "a person the tagger ran into a place: 'Ambassador to Türkiye Thomas Barrack' as one place; not 'US Park Police'" {
	printf 'British Ambassador to Mexico Helen Carter and U.S. Ambassador to Türkiye Thomas Barrack were present. The US Park Police arrived.\n' > in.txt
	"$SPLIT" in.txt > s.tsv
	run -0 "$PEOPLE" s.tsv
	assert_line "$(printf 'in.txt\tHelen Carter\tAmbassador to Mexico\tUnited Kingdom\t1\t1\t')"
	assert_line "$(printf 'in.txt\tThomas Barrack\tAmbassador to Türkiye\tUnited States\t1\t1\t')"
	refute_output --partial 'Police'
}

@test "the parse: an apposition with the organisation after at or with" {
	printf 'Karen Holt, a politics professor at the University of Kent, said the vote was close. Peter Vance, a lawyer with Smith LLP, declined to comment.\n' > in.txt
	"$SPLIT" in.txt > s.tsv
	run -0 "$PEOPLE" s.tsv
	assert_line "$(printf 'in.txt\tKaren Holt\tpolitics professor\tUniversity of Kent\t1\t1\t')"
	assert_line "$(printf 'in.txt\tPeter Vance\tlawyer\tSmith LLP\t1\t2\t')"
}

@test "the parse: a title that holds its affiliation is split: 'chief financial officer of China's Huawei Technologies'" {
	printf 'Meng Wanzhou, chief financial officer of China'"'"'s Huawei Technologies, was arrested in Vancouver.\n' > in.txt
	"$SPLIT" in.txt > s.tsv
	run -0 "$PEOPLE" s.tsv
	assert_output "$(printf 'in.txt\tMeng Wanzhou\tchief financial officer\tHuawei Technologies\t1\t1\t')"
}

@test "the parse: a copula, 'X is the chief executive of Y'; 'X became prime minister', 'X was elected president'" {
	printf 'Mary Smith is the chief executive of Acme Corp.\n' > in.txt
	"$SPLIT" in.txt > s.tsv
	run -0 "$PEOPLE" s.tsv
	assert_output "$(printf 'in.txt\tMary Smith\tchief executive\tAcme Corp\t1\t1\t')"
	printf 'Anna Berg was elected president in 2019. Tom Ek became prime minister.\n' > in.txt
	"$SPLIT" in.txt > s.tsv
	run -0 "$PEOPLE" s.tsv
	assert_line "$(printf 'in.txt\tAnna Berg\tpresident\t\t1\t1\t')"
	assert_line "$(printf 'in.txt\tTom Ek\tprime minister\t\t1\t2\t')"
}

@test "titles held with 'as': 'to continue as first minister', 'NAME's confirmation as Conservative Party leader' (the party the affiliation, not a word of the title), 'to succeed NAME as leader', a headline's 'Elected As'" {
	printf 'Plaid agreed a deal that allowed Carwyn Jones to continue as first minister.\n\nPriti Patel resigned after Liz Truss\xe2\x80\x99 confirmation as Conservative Party leader.\n' > in.txt
	"$SPLIT" in.txt > s.tsv
	run -0 "$PEOPLE" s.tsv
	assert_line "$(printf 'in.txt\tCarwyn Jones\tfirst minister\t\t1\t1\t')"
	assert_line --regexp $'^in.txt\tLiz Truss\tleader\tConservative\t'
	printf 'The race to succeed Theresa May as leader of the Conservative Party has begun. The club replaced Jose Mourinho as manager in December.\n' > in.txt
	"$SPLIT" in.txt > s.tsv
	run -0 "$PEOPLE" s.tsv
	assert_line --regexp $'^in.txt\tTheresa May\tleader\tConservative\t'
	assert_line --regexp $'^in.txt\tJose Mourinho\tmanager\t'
	printf 'Rishi Sunak Elected As Conservative Party Leader\n' > in.txt
	"$SPLIT" in.txt > s.tsv
	run -0 "$PEOPLE" s.tsv
	assert_line --regexp $'^in.txt\tRishi Sunak\tLeader\tConservative\t'
}

@test "titles: the members of the Welsh, Irish and Scottish parliaments ('Lib Dem AM Kirsty Williams', 'TD Jim Murphy'), but not a time ('at 9 AM John Smith')" {
	printf 'Lib Dem AM Kirsty Williams joined Labour. Independent TD Jim Murphy agreed. The vote opens at 9 AM John Smith said.\n' > in.txt
	"$SPLIT" in.txt > s.tsv
	run -0 "$PEOPLE" s.tsv
	assert_line --regexp $'^in.txt\tKirsty Williams\tAM\tLiberal Democrats\t'
	assert_line --regexp $'^in.txt\tJim Murphy\tTD\t'
	assert_line --regexp $'^in.txt\tJohn Smith\t\t\t'
}

@test "the parse: 'respectively' matches names and titles in order" {
	printf 'Alice Brown and Bob Green, a businessman and a former diplomat respectively, were detained on Monday.\n' > in.txt
	"$SPLIT" in.txt > s.tsv
	run -0 "$PEOPLE" s.tsv
	assert_line "$(printf 'in.txt\tAlice Brown\tbusinessman\t\t1\t1\t')"
	assert_line "$(printf 'in.txt\tBob Green\tformer diplomat\t\t1\t1\t')"
}

@test "merging: first and last name with a middle name or initial the other lacks; the form spelled out wins" {
	printf 'Richard K. Guy died on Monday. Richard Kenneth Guy was a mathematician. Robert Gabriel Mugabe ruled for decades. Robert Mugabe died in Singapore.\n' > in.txt
	"$SPLIT" in.txt > s.tsv
	run -0 "$PEOPLE" s.tsv
	assert_line "$(printf 'in.txt\tRichard Kenneth Guy\tmathematician\t\t2\t1\tRichard K. Guy')"
	assert_line "$(printf 'in.txt\tRobert Gabriel Mugabe\t\t\t2\t3\tRobert Mugabe')"
}

@test "names: initials, 'He' as a given name, a hyphenated given name, 'Jr.', a country's name as a given name" {
	printf 'Chinese President Xi Jinping met Vice Premier Liu He in Beijing on Monday.\n\nT.J. Brodie scored twice for the Flames.\n\nStudy co-author Tak-Sing Wong said it works.\n\nThe pardon went to Edward J. DeBartolo Jr. on Tuesday. DeBartolo thanked him.\n\nJordan Lee, a politics professor at the University of Kent, said the vote was close.\n' > in.txt
	"$SPLIT" in.txt > s.tsv
	run -0 "$PEOPLE" s.tsv
	assert_line "$(printf 'in.txt\tXi Jinping\tPresident\tChina\t1\t1\t')"
	assert_line "$(printf 'in.txt\tLiu He\tVice Premier\t\t1\t1\t')"
	assert_line --regexp "^in.txt	T\.J\. Brodie	"
	assert_line --regexp "^in.txt	Tak-Sing Wong	"
	assert_line --regexp "^in.txt	Edward J\. DeBartolo Jr\.	.*	2	4	DeBartolo$"
	assert_line "$(printf 'in.txt\tJordan Lee\tpolitics professor\tUniversity of Kent\t1\t6\t')"
}

@test "names: family name first with a hyphenated given name after a title or before an apposition with one, which the tagger may miss" {
	printf 'South Korean President Moon Jae-in arrived later. Seoul Mayor Park Won-soon met him.\n' > in.txt
	"$SPLIT" in.txt > s.tsv
	run -0 "$PEOPLE" s.tsv
	assert_line "$(printf 'in.txt\tMoon Jae-in\tPresident\tSouth Korea\t1\t1\t')"
	assert_line "$(printf 'in.txt\tPark Won-soon\tMayor\tSeoul\t1\t2\t')"
	# or before an apposition with a title, at the start of a sentence
	printf 'Ban Ki-moon, the secretary general of the United Nations, vowed not to repeat that mistake. Mr. Ban left.\n' > in.txt
	"$SPLIT" in.txt > s.tsv
	run -0 "$PEOPLE" s.tsv
	assert_line --regexp $'^in.txt\tBan Ki-moon\tsecretary general\tUnited Nations\t[12]\t1\t'
}

@test "merging keeps apart a one-word name in apposition to a person's relation: 'Smith's father, Joseph,'" {
	printf 'Joseph Smith won the race on Sunday. Smith'"'"'s father, Joseph, said he was proud. Joseph Smith then left.\n' > in.txt
	"$SPLIT" in.txt > s.tsv
	run -0 "$PEOPLE" s.tsv
	assert_line "$(printf 'in.txt\tJoseph Smith\t\t\t3\t1\tSmith')"
	assert_line "$(printf 'in.txt\tJoseph\t\t\t1\t2\t')"
}

@test "affiliations: 'TITLE of COUNTRY' split, 'NAME of ORG', an organisation or place before the title" {
	printf 'Prime Minister of India Narendra Modi spoke first. Mike Ryan of the World Health Organization agreed. Acme Corp chief executive Jane Roe left early.\n' > in.txt
	"$SPLIT" in.txt > s.tsv
	run -0 "$PEOPLE" s.tsv
	assert_line "$(printf 'in.txt\tNarendra Modi\tPrime Minister\tIndia\t1\t1\t')"
	assert_line "$(printf 'in.txt\tMike Ryan\t\tWorld Health Organization\t1\t2\t')"
	assert_line "$(printf 'in.txt\tJane Roe\tchief executive\tAcme Corp\t1\t3\t')"
}

@test "the parse: 'X resigned as the governor of Y'; 'Dr.' alone gives doctor" {
	printf 'On Friday, Ana Ruiz resigned as the governor of Puerto Rico. Dr. Paul Lind treated her.\n' > in.txt
	"$SPLIT" in.txt > s.tsv
	run -0 "$PEOPLE" s.tsv
	assert_line "$(printf 'in.txt\tAna Ruiz\tgovernor\tPuerto Rico\t1\t1\t')"
	assert_line "$(printf 'in.txt\tPaul Lind\tdoctor\t\t1\t2\t')"
}

@test "merging: a first surname of two, either way round; a birth name; a given name before 'and' and a full name shares its surname" {
	printf 'Governor Ortiz resigns\n\nOn Friday, Ana Ortiz Lugo resigned as governor. Ginger Holt, born Peter Edward Holt, played drums. The film is by Tomasz and Marek Nowak.\n' > in.txt
	"$SPLIT" in.txt > s.tsv
	run -0 "$PEOPLE" s.tsv
	assert_line --regexp "^in.txt	Ana Ortiz Lugo	Governor		2	1	Ortiz$"
	assert_line --regexp "^in.txt	Ginger Holt	.*	2	3	Peter Edward Holt$"
	assert_line --regexp "^in.txt	Tomasz Nowak	"
	assert_line --regexp "^in.txt	Marek Nowak	"
	refute_line --regexp "^in.txt	Tomasz	"
}

@test "an organisation named for a person is no person: 'the Bill and Melinda Gates Foundation', 'Breitbart News Daily' (and 'Breitbart' after it)" {
	printf 'Carl Hensman of the Bill and Melinda Gates Foundation spoke.\n' > in.txt
	"$SPLIT" in.txt > s.tsv
	run -0 "$PEOPLE" s.tsv
	refute_output --partial 'Bill'
	assert_line --regexp "^in.txt	Carl Hensman	"
	printf 'Pat Caddell told Breitbart News Daily host Alex Marlow on Thursday that he was surprised. Breitbart airs on SiriusXM.\n' > in.txt
	"$SPLIT" in.txt > s.tsv
	run -0 "$PEOPLE" s.tsv
	assert_line --regexp $'^in.txt\tAlex Marlow\thost\tBreitbart News Daily\t'
	refute_line --regexp $'^in.txt\tBreitbart\t'
}

@test "an affiliation the article gives elsewhere: 'Kenya's president' with no name is the one president without one" {
	printf 'President Uhuru Kenyatta spoke on Monday. Later, Kenya'"'"'s president met the press.\n' > in.txt
	"$SPLIT" in.txt > s.tsv
	run -0 "$PEOPLE" s.tsv
	assert_output "$(printf 'in.txt\tUhuru Kenyatta\tPresident\tKenya\t1\t1\t')"
	printf 'President Uhuru Kenyatta met President Joe Biden. Kenya'"'"'s president spoke first.\n' > in.txt
	"$SPLIT" in.txt > s.tsv
	run -0 "$PEOPLE" s.tsv
	assert_line "$(printf 'in.txt\tUhuru Kenyatta\tPresident\t\t1\t1\t')"
}

@test "an affiliation the story implies: a state's title takes the country the headline names alone and the story names most" {
	printf 'Chilean police arrest twelve at protest\n\nInterior Minister Ana Soto said on Monday that twelve people were held in Santiago, Chile. President Luis Vera praised the police. Spokesman Pedro Rojas said more arrests were likely.\n' > in.txt
	"$SPLIT" in.txt > s.tsv
	run -0 "$PEOPLE" s.tsv
	assert_line --regexp $'^in.txt\tAna Soto\tInterior Minister\tChile\t'
	assert_line --regexp $'^in.txt\tLuis Vera\tPresident\tChile\t'
	# a spokesman may speak for anyone: no state's title
	assert_line --regexp $'^in.txt\tPedro Rojas\tspokesman\t\t'
	# a headline that names two countries
	printf 'Chile and Peru sign a trade deal\n\nInterior Minister Ana Soto said on Monday that the deal was signed in Santiago, Chile.\n' > in.txt
	"$SPLIT" in.txt > s.tsv
	run -0 "$PEOPLE" s.tsv
	assert_line --regexp $'^in.txt\tAna Soto\tInterior Minister\t\t'
	# a diplomatic story: the headline's country is not the one the story
	# names most
	printf 'Talks held in Chile\n\nForeign Minister Ana Soto of Peru said Peru wanted a deal. Peruvian officials said Peru would wait. Prime Minister Luis Vera said Peru was ready.\n' > in.txt
	"$SPLIT" in.txt > s.tsv
	run -0 "$PEOPLE" s.tsv
	assert_line --regexp $'^in.txt\tLuis Vera\tPrime Minister\t\t'
}

@test "names: a surname the tagger cut off at its particle ('Abdel Fattah' 'el-Sisi') is joined, and 'Sisi' merges into it; God is no person" {
	printf 'At the summit, the chairperson, President Abdel Fattah el-Sisi of Egypt, said the deal was done. Opposition leader Hassan al-Turabi disagreed. "God bless our country," Sisi said. Only God knows, said Omar bin Laden.\n' > in.txt
	"$SPLIT" in.txt > s.tsv
	run -0 "$PEOPLE" s.tsv
	assert_line "$(printf 'in.txt\tAbdel Fattah el-Sisi\tPresident\tEgypt\t2\t1\tSisi')"
	assert_line --regexp $'^in.txt\tHassan al-Turabi\t'
	refute_line --regexp $'^in.txt\t(Abdel Fattah|Sisi|God)\t'
}

@test "titles and organisations: 'NAME, formerly the ORG's TITLE', a long organisation before ', NAME', one the tagger left unlabelled, 'New' before a country, 'at ORG'" {
	printf 'Trump pardoned Mark Halvey, formerly the General Services Administration'"'"'s chief of staff, on Monday. Dana Ruiz, then the deputy executive director of the Port Authority of New York and New Jersey, was convicted. The president of the Malawian League for the Defence of Civil Liberties, Peter Banda, said no.\n\nPolice spokesman Jan Kowal said a badge was used. New Mexico Governor Ana Lobo agreed, said Tom Rice, director of Youth Forum Zimbabwe. Chemistry major at University of Texas Arlington Lina Haddad wrote to him.\n' > in.txt
	"$SPLIT" in.txt > s.tsv
	run -0 "$PEOPLE" s.tsv
	assert_line "$(printf 'in.txt\tMark Halvey\tchief of staff\tGeneral Services Administration\t1\t1\t')"
	assert_line --regexp $'^in.txt\tDana Ruiz\tdeputy executive director\t'
	assert_line "$(printf 'in.txt\tPeter Banda\tpresident\tMalawian League for the Defence of Civil Liberties\t1\t3\t')"
	assert_line "$(printf 'in.txt\tJan Kowal\tspokesman\tPolice\t1\t4\t')"
	assert_line "$(printf 'in.txt\tAna Lobo\tGovernor\tNew Mexico\t1\t5\t')"
	assert_line "$(printf 'in.txt\tTom Rice\tdirector\tYouth Forum Zimbabwe\t1\t5\t')"
	assert_line "$(printf 'in.txt\tLina Haddad\tmajor\tUniversity of Texas Arlington\t1\t6\t')"
}

@test "titles: 'member of X' keeps X, titles joined by 'and', 'then-' before an apposition, a person's possessive is no affiliation, a plural before a comma only before a list" {
	printf 'Officials pressured him, including Republican members of the House of Representatives Dan Lowe and Mike Bost. Vijay Kumar, a member of the Rajya Sabha, said it was sad. He had three children, including computer scientist and mathematician Michael J. T. Guy.\n\nKelly, then-New Jersey Governor Chris Christie'"'"'s deputy chief of staff, was convicted. Carl Rojas, also an Ithaca undergrad, tested the glue. The plan hurt him with young senators, Lindsey Graham said.\n' > in.txt
	"$SPLIT" in.txt > s.tsv
	run -0 "$PEOPLE" s.tsv
	assert_line --regexp $'^in.txt\tDan Lowe\tmember of the House of Representatives\t'
	assert_line --regexp $'^in.txt\tMike Bost\tmember of the House of Representatives\t'
	assert_line "$(printf 'in.txt\tVijay Kumar\tmember of the Rajya Sabha\tRajya Sabha\t1\t2\t')"
	assert_line --regexp $'^in.txt\tMichael J\\. T\\. Guy\tscientist and mathematician\t'
	assert_line "$(printf 'in.txt\tKelly\tdeputy chief of staff\t\t1\t4\t')"
	assert_line "$(printf 'in.txt\tChris Christie\tGovernor\tNew Jersey\t1\t4\t')"
	assert_line --regexp $'^in.txt\tCarl Rojas\t[A-Za-z ]*undergrad\t'
	assert_line "$(printf 'in.txt\tLindsey Graham\t\t\t1\t6\t')"
}

@test "titles: not the last word of another name before a comma, 'was elected president', a title in title case with 'In', not a relation after it ('lawyer for the victim')" {
	printf 'Tributes came from Jeremy Renner, Winston Duke, Mark Ruffalo and others. The seat opened after Obama was elected president. Professor Greg Barton, Chair In Global Islamic Politics at Deakin University, said it was planned.\n\nSophie Obadia, another lawyer for the victim, told reporters it was over.\n' > in.txt
	"$SPLIT" in.txt > s.tsv
	run -0 "$PEOPLE" s.tsv
	assert_line "$(printf 'in.txt\tMark Ruffalo\t\t\t1\t1\t')"
	assert_line "$(printf 'in.txt\tObama\tpresident\t\t1\t2\t')"
	assert_line --regexp $'^in.txt\tGreg Barton\tChair In Global Islamic Politics\t'
	assert_line --regexp $'^in.txt\tSophie Obadia\tlawyer\t'
}

@test "US news: abbreviated titles ('Sen.', 'Rep.', 'Lt. Gov.') and a party and state after a name ('(D-Nev.)', 'R-Wis.') give the party, and the state is no person" {
	printf 'Senate Minority Leader Harry Reid (D-Nev.), in particular, has been angry. House Speaker Paul Ryan, R-Wis., disagreed. Rep. Stephen Lynch (D-Mass.) and Sen. Joe Manchin (D-W.Va.) spoke. Florida Rep. Debbie Wasserman Schultz left. Democratic presidential candidate Sen. Bernie Sanders and Lt. Gov. Ralph Northam came.\n' > in.txt
	"$SPLIT" in.txt > s.tsv
	run -0 "$PEOPLE" s.tsv
	assert_line "$(printf 'in.txt\tHarry Reid\tMinority Leader\tDemocrat\t1\t1\t')"
	assert_line "$(printf 'in.txt\tPaul Ryan\tSpeaker\tRepublican\t1\t2\t')"
	assert_line "$(printf 'in.txt\tStephen Lynch\tRepresentative\tDemocrat\t1\t3\t')"
	assert_line "$(printf 'in.txt\tJoe Manchin\tSenator\tDemocrat\t1\t3\t')"
	assert_line --regexp $'^in.txt\tDebbie Wasserman Schultz\tRepresentative\t'
	assert_line --regexp $'^in.txt\tBernie Sanders\tSenator\t'
	assert_line --regexp $'^in.txt\tRalph Northam\tLieutenant Governor\t'
	refute_line --regexp $'^in.txt\t(Nev|Wis|W.Va|Mass)\t'
}

@test "no person: a state after a city ('Eau Claire, Wis.'), 'Jr.' alone, a lower-case word, a title the tagger took for a name ('The Vice President, Mike Pence'); no title joined across 'for president and'" {
	printf 'The tip comes from Kevin McKinley, a financial adviser in Eau Claire, Wis.\n\nThe Vice President, Mike Pence, said on Friday it was a crisis. Joe Smith, Jr. said no.\n\n"To be frank, the city will never go back to normal," said the Rev. Peter Wherry.\n\nThe party nominated activist Jo Myers for president and professor Tia Lusk for vice president.\n' > in.txt
	"$SPLIT" in.txt > s.tsv
	run -0 "$PEOPLE" s.tsv
	assert_line --regexp $'^in.txt\tKevin McKinley\tfinancial adviser\t'
	assert_line --regexp $'^in.txt\tMike Pence\tVice President\t'
	assert_line --regexp $'^in.txt\tTia Lusk\tprofessor\t'
	refute_line --regexp $'^in.txt\t(Wis|Jr\\.|frank|President|The Vice President)\t'
}

@test "affiliations: a party right before a name with no title ('Libertarian Gary Johnson'), not a country that ends a title ('Ambassador to the U.S. NAME'); 'Obamacare' is no person" {
	printf 'Trump received 38 percent, Libertarian Gary Johnson 3 percent. Turkish Ambassador to the U.S. Sedat Onal came. He would repeal Obamacare, said Democrat Jane Roe.\n' > in.txt
	"$SPLIT" in.txt > s.tsv
	run -0 "$PEOPLE" s.tsv
	assert_line --regexp $'^in.txt\tGary Johnson\t\tLibertarian Party\t'
	assert_line --regexp $'^in.txt\tSedat Onal\tAmbassador to the U.S.\tT'
	assert_line --regexp $'^in.txt\tJane Roe\t\tDemocrat\t'
	refute_line --regexp $'^in.txt\tObamacare\t'
}

@test "no person: a name and a hyphen before a lower-case word ('Trump-loving'), two names the story gives ('the Biden-Harris ticket'); a double-barrelled name and 'al-Assad' are" {
	printf 'Joe Biden chose Kamala Harris. The Biden-Harris ticket won over Trump-loving voters. Ana Gallego-Lazo, a student, agreed. President Bashar al-Assad spoke; al-Assad left.\n' > in.txt
	"$SPLIT" in.txt > s.tsv
	run -0 "$PEOPLE" s.tsv
	assert_line --regexp $'^in.txt\tJoe Biden\t'
	assert_line --regexp $'^in.txt\tAna Gallego-Lazo\t'
	assert_line --regexp $'^in.txt\tBashar al-Assad\tPresident\t\t2\t'
	refute_line --regexp $'^in.txt\t(Biden-Harris|Trump-loving|Trump)\t'
}

@test "no person: a name inside a hyphenated phrase ('the paint-Trump-as-a-plutocrat strategy', 'pro-Trump'), a headline's 'Clinton-Supporting'; 'Prayuth Chan-o-cha' is one" {
	printf 'Clinton-Supporting Super PACs Target Latino Voters\n\nThe paint-Trump-as-a-plutocrat strategy was pushed at a pro-Trump rally. Prime Minister Prayuth Chan-o-cha spoke.\n' > in.txt
	"$SPLIT" in.txt > s.tsv
	run -0 "$PEOPLE" s.tsv
	assert_line --regexp $'^in.txt\tPrayuth Chan-o-cha\tPrime Minister\t'
	refute_line --regexp $'^in.txt\t[^\t]*(Trump|Clinton)'
}

@test "names: a double-barrelled surname whose first part is a title word is the name's ('Dick King-Smith', not 'King' and '-Smith')" {
	printf 'Previous winners have included Jacqueline Wilson and Dick King-Smith.\n' > in.txt
	"$SPLIT" in.txt > s.tsv
	run -0 "$PEOPLE" s.tsv
	assert_line $'in.txt\tDick King-Smith\t\t\t1\t1\t'
	refute_line --regexp $'^in.txt\t-'
}

@test "a body named in lower case after the title's 'of' is the affiliation ('chairman of the Commons public accounts committee'); 'member of' keeps it" {
	printf 'Edward Leigh, chairman of the Commons public accounts committee, said the plan was flawed. Cindy Ferrer, head of a regional civil defense office, said roads were closed.\n' > in.txt
	"$SPLIT" in.txt > s.tsv
	run -0 "$PEOPLE" s.tsv
	assert_line "$(printf 'in.txt\tEdward Leigh\tchairman\tCommons public accounts committee\t1\t1\t')"
	assert_line "$(printf 'in.txt\tCindy Ferrer\thead\tregional civil defense office\t1\t2\t')"
}

@test "a portfolio of two words before the title ('home affairs spokesman', 'Homeland Security Secretary', 'political editor')" {
	printf 'Lib Dem home affairs spokesman Mark Oaten said no. Homeland Security Secretary Jeh Johnson agreed. The Scotsman political editor Hamish MacDonell wrote it.\n' > in.txt
	"$SPLIT" in.txt > s.tsv
	run -0 "$PEOPLE" s.tsv
	assert_line --regexp $'^in.txt\tMark Oaten\thome affairs spokesman\tLiberal Democrats\t'
	assert_line --regexp $'^in.txt\tJeh Johnson\tHomeland Security Secretary\t'
	assert_line --regexp $'^in.txt\tHamish MacDonell\tpolitical editor\t'
}

@test "'boss' and 'documentary maker' are titles ('Trevor Beattie, TBWA's boss', 'Manchester United boss Alex Ferguson')" {
	printf "They should get Trevor Beattie, TBWA's boss, to issue a statement. Manchester United boss Alex Ferguson was angry. Documentary maker Michael Cockerell was given access.\n" > in.txt
	"$SPLIT" in.txt > s.tsv
	run -0 "$PEOPLE" s.tsv
	assert_line --regexp $'^in.txt\tTrevor Beattie\tboss\tTBWA\t'
	assert_line --regexp $'^in.txt\tAlex Ferguson\tboss\tManchester United\t'
	assert_line --regexp $'^in.txt\tMichael Cockerell\tDocumentary maker\t'
}

@test "no person: a place or body named for a person ('Walter Reed Hospital', 'Karl Marx Avenue'); a given name and a surname that ends place names is one ('Darrell Castle')" {
	printf 'He was taken to Walter Reed Hospital on Friday. The march went down Karl Marx Avenue. Darrell Castle of the Constitution Party spoke.\n' > in.txt
	"$SPLIT" in.txt > s.tsv
	run -0 "$PEOPLE" s.tsv
	assert_line --regexp $'^in.txt\tDarrell Castle\t'
	refute_line --regexp $'^in.txt\t(Walter Reed|Karl Marx)'
}

@test "UK news: 'co-chairman', 'its chairman, Sir NAME', 'spokeswoman for women NAME', 'NAME MP', an organisation after 'of' split from the title but 'Speaker of the House' whole, no 'co-author Professor'" {
	printf 'Tory co-chairman Liam Fox said so. Its chairman, Sir Anthony Greener, agreed. Liberal Democrat spokeswoman for women Sandra Gidley said no. David Frost, director general of the British Chambers of Commerce, said no. Labour backbencher Margaret Moran MP said it was hard. Study co-author Professor Carl Lipo spoke. Nancy Pelosi, the Speaker of the House, left.\n' > in.txt
	"$SPLIT" in.txt > s.tsv
	run -0 "$PEOPLE" s.tsv
	assert_line "$(printf 'in.txt\tLiam Fox\tco-chairman\tConservative\t1\t1\t')"
	assert_line "$(printf 'in.txt\tAnthony Greener\tchairman\t\t1\t2\t')"
	assert_line "$(printf 'in.txt\tSandra Gidley\tspokeswoman for women\tLiberal Democrats\t1\t3\t')"
	assert_line "$(printf 'in.txt\tDavid Frost\tdirector general\tBritish Chambers of Commerce\t1\t4\t')"
	assert_line "$(printf 'in.txt\tMargaret Moran\tMP\t\t1\t5\t')"
	assert_line "$(printf 'in.txt\tCarl Lipo\tProfessor\t\t1\t6\t')"
	assert_line "$(printf 'in.txt\tNancy Pelosi\tSpeaker of the House\t\t1\t7\t')"
}

@test "affiliations: 'NAME of FIRM' when the tagger took the firm for a person, an organisation after the title's own complement ('head of currency strategy at Bank of America'), an organisation before a place" {
	printf 'Yet aviation analyst Mike Powell of Dresdner Kleinwort Wasserstein says so. "I think so," said Robert Sinche, head of currency strategy at Bank of America in New York. The suspect is Patrick Crusius of Allen, Texas.\n' > in.txt
	"$SPLIT" in.txt > s.tsv
	run -0 "$PEOPLE" s.tsv
	assert_line "$(printf 'in.txt\tMike Powell\tanalyst\tDresdner Kleinwort Wasserstein\t1\t1\t')"
	assert_line --regexp $'^in.txt\tRobert Sinche\thead( of currency strategy)?\tBank of America\t'
	refute_line --regexp $'^in.txt\tDresdner'
	refute_line --regexp $'^in.txt\tPatrick Crusius\t[^\t]*\tAllen\t'
}

@test "no person: an initial alone ('Mr P.')" {
	printf 'Alastair Campbell wrote to Jeremy Paxman: "You share the same sense of humour as your star presenter Mr P." Then he left.\n' > in.txt
	"$SPLIT" in.txt > s.tsv
	run -0 "$PEOPLE" s.tsv
	assert_line --regexp $'^in.txt\tJeremy Paxman\t'
	refute_line --regexp $'^in.txt\tP\\.\t'
}

@test "no person: one word that the document's organisations hold, with no title or other name ('Ford' of 'Ford Motor Company', 'Walter' of 'Walter Energy')" {
	printf 'He took over reclamation obligations from Walter Energy, another mining company. He later picked up more viable mines from Walter.\n\nFord Motor Company announced a recall. Ford said in a filing that it would pay. Walter Scott, its chairman, agreed.\n' > in.txt
	"$SPLIT" in.txt > s.tsv
	run -0 "$PEOPLE" s.tsv
	assert_line --regexp $'^in.txt\tWalter Scott\tchairman\t'
	refute_line --regexp $'^in.txt\t(Walter|Ford)\t'
}

@test "titles: abbreviations spelled out ('Sen.', 'Lt. Gov.', 'Cllr'); 'spokeswoman' as the text writes it" {
	printf 'Sen. Claire McCaskill met Lt. Gov. Ralph Northam. Cllr Ann Hale spoke. Police spokeswoman Jo Ray said no more.\n' > in.txt
	"$SPLIT" in.txt > s.tsv
	run -0 "$PEOPLE" s.tsv
	assert_line --regexp $'^in.txt\tClaire McCaskill\tSenator\t'
	assert_line --regexp $'^in.txt\tRalph Northam\tLieutenant Governor\t'
	assert_line --regexp $'^in.txt\tAnn Hale\tCouncillor\t'
	assert_line --regexp $'^in.txt\tJo Ray\tspokeswoman\tPolice\t'
}

@test "titles: roles of sport, the arts and campaigns ('triple jumper', 'sculptor', 'Republican presidential nominee'); no title from 'front-runner' or a likeness ('was like a sprinter')" {
	printf 'Triple jumper Ashia Hansen was hurt. Sculptor Richard Wentworth spoke. Republican presidential nominee Donald Trump met pollster Pat Caddell.\n\nIt came from a supposed front-runner, Jane Roe. Tom Doe was like a sprinter in a marathon.\n' > in.txt
	"$SPLIT" in.txt > s.tsv
	run -0 "$PEOPLE" s.tsv
	assert_line --regexp $'^in.txt\tAshia Hansen\t([Tt]riple )?jumper\t'
	assert_line --regexp $'^in.txt\tRichard Wentworth\t[Ss]culptor\t'
	assert_line --regexp $'^in.txt\tDonald Trump\tpresidential nominee\tRepublican\t'
	assert_line --regexp $'^in.txt\tPat Caddell\tpollster\t'
	assert_line --regexp $'^in.txt\tJane Roe\t\t'
	assert_line --regexp $'^in.txt\tTom Doe\t\t'
}

@test "reporting credits are bylines: '(Reporting by A; Additional reporting by B; Editing by C)', 'A and B contributed reporting', 'Follow A on Twitter'" {
	printf 'Ann Lee met Tom Hale in Paris.\n\n(Reporting by Valerie Volcovici; Additional reporting by Lawrence Hurley; Editing by Will Dunham.)\n\nBryant Rousseau and Caryn Wilson contributed reporting. Jo Bee contributed to this report.\n\n"Follow Pam Key on Twitter @pamkeyNEN."\n' > in.txt
	"$SPLIT" in.txt > s.tsv
	run -0 "$PEOPLE" s.tsv
	assert_output "$(printf 'in.txt\tAnn Lee\t\t\t1\t1\t\nin.txt\tTom Hale\t\t\t1\t1\t')"
	run -0 "$PEOPLE" --bylines s.tsv
	assert_line "$(printf 'in.txt\tWill Dunham\tauthor\t\t1\t2\t')"
	assert_line "$(printf 'in.txt\tCaryn Wilson\tauthor\t\t1\t3\t')"
	assert_line "$(printf 'in.txt\tPam Key\tcontact\t\t1\t5\t')"
	# following someone on her travels is no contact line
	printf 'Activists follow Greta Thunberg on her travels.\n' > in.txt
	"$SPLIT" in.txt > s.tsv
	run -0 "$PEOPLE" s.tsv
	assert_output $'in.txt\tGreta Thunberg\t\t\t1\t1\t'
}

@test "no person: a work's title after a noun that names the work ('the film Mary Poppins', then 'Mary Poppins' alone; 'the sitcom Kim's Convenience'); 'to film Tom Hale' names him, and so does 'will film Ann Bell'" {
	printf "The stage adaptation of children's film Mary Poppins opened in London. Technical hitches had prevented Mary Poppins' flight, said Cameron Mackintosh. The cast of the sitcom Kim's Convenience had a panel. The crew came to film Tom Hale at home. Crews will film Ann Bell tomorrow.\n" > in.txt
	"$SPLIT" in.txt > s.tsv
	run -0 "$PEOPLE" s.tsv
	assert_line --regexp $'^in.txt\tCameron Mackintosh\t'
	assert_line --regexp $'^in.txt\tTom Hale\t'
	assert_line --regexp $'^in.txt\tAnn Bell\t'
	refute_line --regexp $'^in.txt\t(Mary Poppins|Poppins|Kim)\t'
}

@test "no person: a family named in the plural after 'the' ('the Clintons'); 'Hillary Clinton' is one" {
	printf 'Black voters have been loyal to the Democrats and the Clintons over the years, Hillary Clinton said.\n' > in.txt
	"$SPLIT" in.txt > s.tsv
	run -0 "$PEOPLE" s.tsv
	assert_output $'in.txt\tHillary Clinton\t\t\t1\t1\t'
}

@test "names: a surname the tagger left outside a given name's entity ('Hayley Yelling'), not a common word or a headline's ('Greta Again', 'Clinton Plan for Taxes Is Expansive')" {
	printf 'British team member Hayley Yelling said the team would understand.\n\nClinton Plan for Taxes Is Expansive\n\nTime names Greta Again as its choice.\n' > in.txt
	"$SPLIT" in.txt > s.tsv
	run -0 "$PEOPLE" s.tsv
	assert_line --regexp $'^in.txt\tHayley Yelling\tmember\t'
	refute_line --regexp $'^in.txt\t(Clinton Plan|Greta Again)\t'
}

@test "a person the tagger took for a place after a country's possessive ('Sweden's Carolina Kluft'); not 'America's Virginia Beach'" {
	printf "Sweden's Carolina Kluft, the Olympic heptathlon champion, won. Kluft took the long jump. America's Virginia Beach was full.\n" > in.txt
	"$SPLIT" in.txt > s.tsv
	run -0 "$PEOPLE" s.tsv
	assert_line --regexp $'^in.txt\tCarolina Kluft\tOlympic heptathlon champion\t.*\t2\t1\tKluft$'
	refute_line --regexp $'^in.txt\tVirginia'
}

@test "titles: an abbreviation's plural before a list ('Sens. Jon Tester (D-Mont.) and David Vitter (R-La.)'); 'Editor-in-chief' whole" {
	printf 'Sens. Jon Tester (D-Mont.) and David Vitter (R-La.) spoke.\n' > in.txt
	"$SPLIT" in.txt > s.tsv
	run -0 "$PEOPLE" s.tsv
	assert_line $'in.txt\tJon Tester\tSenator\tDemocrat\t1\t1\t'
	assert_line $'in.txt\tDavid Vitter\tSenator\tRepublican\t1\t1\t'
	# a title of five words as the tokenizer cuts it
	printf 'Editor-in-chief John Smith spoke. Commander-in-chief Jane Doe agreed.\n' > in.txt
	"$SPLIT" in.txt > s.tsv
	run -0 "$PEOPLE" s.tsv
	assert_line $'in.txt\tJohn Smith\tEditor-in-chief\t\t1\t1\t'
	assert_line $'in.txt\tJane Doe\tCommander-in-chief\t\t1\t2\t'
}

@test "titles of sport whole: 'Olympic 100m champion', 'world indoor champion', 'former world record holder', 'Olympic relay gold medallist'; a city before 'Olympic' names the Games" {
	printf 'Sydney Olympic 100m champion Maurice Greene won. Britain'"'"'s world indoor champion Jason Gardener was second. Former world record holder Eamonn Coghlan watched, with Olympic relay gold medallist Mark Lewis-Francis.\n' > in.txt
	"$SPLIT" in.txt > s.tsv
	run -0 "$PEOPLE" s.tsv
	assert_line $'in.txt\tMaurice Greene\tOlympic 100m champion\t\t1\t1\t'
	assert_line $'in.txt\tJason Gardener\tworld indoor champion\tUnited Kingdom\t1\t2\t'
	assert_line --regexp $'^in.txt\tEamonn Coghlan\t[Ff]ormer world record holder\t'
	assert_line --regexp $'^in.txt\tMark Lewis-Francis\tOlympic relay gold medallist\t'
}

@test "no person: a part an actor plays ('Richard Griffiths as teacher Hector', 'Halle Berry as Catwoman'); 'Thomas Eagleton as George McGovern's running mate' names McGovern" {
	printf 'The play won a prize for star Richard Griffiths as teacher Hector. The film starred Halle Berry as Catwoman in 2004. Sargent Shriver replaced Thomas Eagleton as George McGovern'"'"'s running mate.\n' > in.txt
	"$SPLIT" in.txt > s.tsv
	run -0 "$PEOPLE" s.tsv
	assert_line --regexp $'^in.txt\tRichard Griffiths\t'
	assert_line --regexp $'^in.txt\tGeorge McGovern\t'
	refute_line --regexp $'^in.txt\t(Hector|Catwoman)\t'
	# "as" for "while", before a verb: a person, in every mention
	printf 'Fans cheered Ann Lee as Tom Hale looked on. Tom Hale later said he was proud. Hale left.\n' > in.txt
	"$SPLIT" in.txt > s.tsv
	run -0 "$PEOPLE" s.tsv
	assert_line $'in.txt\tTom Hale\t\t\t3\t1\tHale'
}

@test "no person: one word no list knows, named only before 's ('at Sotheby's', 'Waterstone's fiction buyer Suzie Doore'); 'Kenteris's lawyer' after 'Costas Kenteris' is his" {
	printf "The auction, at Sotheby's, will feature 45 paintings. Waterstone's fiction buyer Suzie Doore said it was great. Costas Kenteris was banned. Kenteris's lawyer spoke.\n" > in.txt
	"$SPLIT" in.txt > s.tsv
	run -0 "$PEOPLE" s.tsv
	assert_line --regexp $'^in.txt\tSuzie Doore\t'
	assert_line $'in.txt\tCostas Kenteris\t\t\t2\t3\tKenteris'
	refute_line --regexp $'^in.txt\t(Sotheby|Waterstone)\t'
}

@test "merging: a given name alone before the full name is that person ('Richard and Judy choose books' ... 'Richard Madeley and Judy Finnigan'); not when two people share it" {
	printf 'Richard and Judy choose top books\n\nThe award, on Richard Madeley and Judy Finnigan'"'"'s show, is new. Tom said yes. Tom Hale and Tom Reed disagreed.\n' > in.txt
	"$SPLIT" in.txt > s.tsv
	run -0 "$PEOPLE" s.tsv
	assert_line $'in.txt\tRichard Madeley\t\t\t2\t1\tRichard'
	assert_line $'in.txt\tJudy Finnigan\t\t\t2\t1\tJudy'
	assert_line --regexp $'^in.txt\tTom\t'
	refute_line --regexp $'^in.txt\t(Richard|Judy)\t'
}

@test "titles: occupations and roles in appositions and before names ('dictator Ante Pavelic', 'a farmer', 'Saudi dissident Osama Bin Laden')" {
	printf 'The regime of dictator Ante Pavelic fell in 1945. Jean Baptiste, a farmer, lost his crops. Saudi dissident Osama Bin Laden is wanted. Emma Cole, a meteorologist, saw the storm.\n' > in.txt
	"$SPLIT" in.txt > s.tsv
	run -0 "$PEOPLE" s.tsv
	assert_line --regexp $'^in.txt\tAnte Pavelic\tdictator\t'
	assert_line --regexp $'^in.txt\tJean Baptiste\tfarmer\t'
	assert_line --regexp $'^in.txt\tOsama Bin Laden\tdissident\tSaudi Arabia\t'
	assert_line --regexp $'^in.txt\tEmma Cole\tmeteorologist\t'
}

@test "names: a plural abbreviated title the tagger took into the name ('Sens. Lisa Murkowski and Susan Collins'); a wire dateline in capitals is a place ('MARIA ZELL, Austria (AP) _')" {
	printf 'Centrist Republicans like Sens. Lisa Murkowski and Susan Collins of Maine voted no.\n' > in.txt
	"$SPLIT" in.txt > s.tsv
	run -0 "$PEOPLE" s.tsv
	assert_line --regexp $'^in.txt\tLisa Murkowski\tSenator\t'
	refute_line --regexp $'^in.txt\tSens'
	printf 'MARIA ZELL, Austria (AP) _ Thousands of pilgrims gathered on Sunday.\n\nJOHN SMITH, the chief executive, said yes.\n' > in.txt
	"$SPLIT" in.txt > s.tsv
	run -0 "$PEOPLE" s.tsv
	refute_line --regexp $'^in.txt\tMARIA'
	assert_line --regexp $'^in.txt\tJOHN SMITH\t'
}

@test "affiliations: a US party's member is a Democrat or a Republican ('Sen. Max Baucus, D-Mont.', 'GOP leader'); a party named whole stays whole ('of the Democratic Party')" {
	printf 'Sen. Max Baucus, D-Mont., objected. GOP leader Dick Armey agreed. Wu Chi-wai of the Democratic Party was elected.\n' > in.txt
	"$SPLIT" in.txt > s.tsv
	run -0 "$PEOPLE" s.tsv
	assert_line --regexp $'^in.txt\tMax Baucus\tSenator\tDemocrat\t'
	assert_line --regexp $'^in.txt\tDick Armey\tleader\tRepublican\t'
	assert_line --regexp $'^in.txt\tWu Chi-wai\t\tDemocratic Party\t'
}

@test "titles: the side a leader stands for is part of the title, and a demonym before it the affiliation ('East Timorese rebel leader', 'Russian opposition leader')" {
	printf 'East Timorese rebel leader Xanana Gusmao was jailed. Russian opposition leader Alexei Navalny spoke.\n' > in.txt
	"$SPLIT" in.txt > s.tsv
	run -0 "$PEOPLE" s.tsv
	assert_line --regexp $'^in.txt\tXanana Gusmao\trebel leader\tEast Timor\t'
	assert_line --regexp $'^in.txt\tAlexei Navalny\topposition leader\tRussia\t'
}

@test "affiliations: a list after a word in the plural shares its affiliation ('Libyans A and B', 'Britons A, B, and C'); a list after a plural title keeps each its own ('Sens. A (D-Mont.) and B (R-La.)')" {
	printf 'The US accused Libyans Omar Saleh and Ali Hamza of the bombing. They named Britons Peter Kent, Darren Hale, and Rudolf Pecht. Sens. Jon Tester (D-Mont.) and David Vitter (R-La.) spoke.\n' > in.txt
	"$SPLIT" in.txt > s.tsv
	run -0 "$PEOPLE" s.tsv
	assert_line --regexp $'^in.txt\tAli Hamza\t\tLibya\t'
	assert_line --regexp $'^in.txt\tDarren Hale\t\tUnited Kingdom\t'
	assert_line --regexp $'^in.txt\tRudolf Pecht\t\tUnited Kingdom\t'
	assert_line --regexp $'^in.txt\tDavid Vitter\tSenator\tRepublican\t'
}

@test "titles: a name that is also a title's word, alone after a comma, is no title ('Unlike Pelosi, Boxer has rarely won'); 'a Senator from Colorado' is" {
	printf 'Barbara Boxer and Nancy Pelosi spoke. Unlike Pelosi, Boxer has rarely won over rural voters. Michael Bennet, a Senator from Colorado, withdrew.\n' > in.txt
	"$SPLIT" in.txt > s.tsv
	run -0 "$PEOPLE" s.tsv
	assert_line --regexp $'^in.txt\tNancy Pelosi\t\t'
	assert_line --regexp $'^in.txt\tMichael Bennet\tSenator\t'
}

@test "affiliations: an organisation the tagger left unnamed after 'at' or 'with' a title ('strategist at Kestrel Securities'), and one after the title's own complement ('director for satellite engineering at Orbitel'); not a portfolio after 'for'" {
	printf 'Greg Smythe, a strategist at Kestrel Securities, said the markets would calm. And Mark Holt, director for network engineering at Orbitel, the satellite consortium, said nothing. John Jok, the minister for East African Affairs, died.\n' > in.txt
	"$SPLIT" in.txt > s.tsv
	run -0 "$PEOPLE" s.tsv
	assert_line --regexp $'^in.txt\tGreg Smythe\tstrategist\tKestrel Securities\t'
	assert_line --regexp $'^in.txt\tMark Holt\tdirector for network engineering\tOrbitel\t'
	refute_line --regexp $'^in.txt\tJohn Jok\t[^\t]*\tEast African Affairs\t'
}

@test "titles: 'FBI Agent Ken Maxwell', 'Skipper Dhanraj Pillay'; not the next name's title in a list ('Mr. P. W. Botha, Gen. Magnus Malan'), nor the source's after 'according to' ('according to his agent, Hunter had')" {
	printf 'FBI Agent Ken Maxwell read a statement. Skipper Dhanraj Pillay scored twice. It named Mr. Pieter Botha, Gen. Magnus Malan and others. His family gave no cause, but, according to his agent, Robert Hunter had undergone surgery.\n' > in.txt
	"$SPLIT" in.txt > s.tsv
	run -0 "$PEOPLE" s.tsv
	assert_line --regexp $'^in.txt\tKen Maxwell\tAgent\tFBI\t'
	assert_line --regexp $'^in.txt\tDhanraj Pillay\tSkipper\t'
	assert_line --regexp $'^in.txt\tPieter Botha\t\t'
	assert_line --regexp $'^in.txt\tMagnus Malan\tGeneral\t'
	assert_line --regexp $'^in.txt\tRobert Hunter\t\t'
}

@test "titles and affiliations: past a person's age ('Luiz Silveira, 34, a horse trainer'); a list after a count and a demonym ('Two Libyans, A and B,'); 'Republican incumbent NAME'; not 'the United States, A and B'" {
	printf 'Two Libyans, Omar Saleh and Ali Hamza, are accused of the bombing. Luiz Silveira, 34, a horse trainer who voted in Rocinha, said yes. Eliot Spitzer accused Republican incumbent Dennis Vacco of ignoring the threat. In the history of the United States, Bill Clinton and Andrew Johnson were impeached.\n' > in.txt
	"$SPLIT" in.txt > s.tsv
	run -0 "$PEOPLE" s.tsv
	assert_line --regexp $'^in.txt\tAli Hamza\t\tLibya\t'
	assert_line --regexp $'^in.txt\tLuiz Silveira\thorse trainer\t'
	assert_line --regexp $'^in.txt\tDennis Vacco\tincumbent\tRepublican\t'
	assert_line --regexp $'^in.txt\tAndrew Johnson\t\t\t'
}

@test "no person: a place named for one, its kind in lower case ('at Leonardo da Vinci airport', 'Kennedy airport'); the person elsewhere is" {
	printf 'Ocalan was picked up on arrival Thursday night at Leonardo da Vinci airport in Rome. Flights left Kennedy airport late, and Ben Gurion International airport early. Leonardo da Vinci painted the Mona Lisa.\n' > in.txt
	"$SPLIT" in.txt > s.tsv
	run -0 "$PEOPLE" s.tsv
	assert_line --regexp $'^in.txt\tLeonardo da Vinci\t\t\t1\t3\t'
	refute_line --regexp $'^in.txt\t(Kennedy|Ben Gurion)\t'
}

@test "titles: 'Del.' is a delegate's title ('Del. Stacey Plaskett'), no sentence end before a name" {
	printf 'Del. Stacey Plaskett said the vote was unfair.\n' > in.txt
	"$SPLIT" in.txt > s.tsv
	run -0 "$PEOPLE" s.tsv
	assert_line --regexp $'^in.txt\tStacey Plaskett\tDelegate\t'
}

@test "a hyphenated surname the tagger cut is one name: 'David Bar-Illan', then 'Bar-Illan said' is the same person, not 'Illan'" {
	printf 'Netanyahu adviser David Bar-Illan said the vote would come soon.\n\nBar-Illan said construction would be authorized.\n' > in.txt
	"$SPLIT" in.txt > s.tsv
	run -0 "$PEOPLE" s.tsv
	assert_line --regexp "^in.txt	David Bar-Illan	adviser	.*	2	1	Bar-Illan$"
	refute_line --regexp "	Illan	"
}

@test "affiliations: the country of a descriptive title before a rank ('former Chilean strongman Gen. NAME'); an organisation after what it is ('of the human rights group Amnesty International')" {
	printf 'LONDON _ Eight years after his regime ended, former Chilean strongman Gen. Augusto Pinochet is being called to account. Richard Bunting of the human rights group Amnesty International welcomed the arrest.\n' > in.txt
	"$SPLIT" in.txt > s.tsv
	run -0 "$PEOPLE" s.tsv
	assert_line --regexp $'^in.txt\tAugusto Pinochet\tGeneral\tChile\t'
	assert_line --regexp $'^in.txt\tRichard Bunting\t\tAmnesty International\t'
}

@test "a surname alone before 'and' and a full name with it are two people ('President Clinton ... with Clinton and Hillary Rodham Clinton')" {
	printf 'President Clinton spoke on Monday.\n\nPoshard has scheduled fund-raisers with Mayor Richard Daley of Chicago, Clinton and Hillary Rodham Clinton.\n' > in.txt
	"$SPLIT" in.txt > s.tsv
	run -0 "$PEOPLE" s.tsv
	assert_line --regexp $'^in.txt\tClinton\tPresident\t'
	assert_line --regexp $'^in.txt\tHillary Rodham Clinton\t\t'
	refute_line --regexp $'\tClinton Clinton\t'
}

@test "a name after what its bearer is, a firm, a vehicle, a newspaper, is no person ('the Greek daily Kathimerini', 'Iranian airline Mahan Air')" {
	printf 'The Greek daily Kathimerini reported that the minister would resign. Iranian airline Mahan Air said flights would resume.\n' > in.txt
	"$SPLIT" in.txt > s.tsv
	run -0 "$PEOPLE" s.tsv
	assert_output ''
}

@test "titles in appositions past an owner no entity names and a compound adjective ('the commission's vice president', 'an up-and-coming former finance minister'); a country's possessive before the organisation of a title ('head of Tanzania's Criminal Investigation Division')" {
	printf 'Marzuki Darusman, the commission'"'"'s vice president, said a member would investigate. Ciro Gomes, an up-and-coming former finance minister from the state of Ceara, took 11 percent.\n\nThe head of Tanzania'"'"'s Criminal Investigation Division, Adadi Rajabu, read a statement. Mariela Belski, director of Argentina'"'"'s Amnesty International, welcomed the bill.\n' > in.txt
	"$SPLIT" in.txt > s.tsv
	run -0 "$PEOPLE" s.tsv
	assert_line --regexp $'^in.txt\tMarzuki Darusman\tvice president\t'
	assert_line --regexp $'^in.txt\tCiro Gomes\tformer finance minister\t'
	assert_line --regexp $'^in.txt\tAdadi Rajabu\thead\tCriminal Investigation Division\t'
	assert_line --regexp $'^in.txt\tMariela Belski\tdirector\tAmnesty International\t'
	printf 'Brian Fallon, the campaign\xe2\x80\x99s press secretary, noted the lead.\n' > in.txt
	"$SPLIT" in.txt > s.tsv
	run -0 "$PEOPLE" s.tsv
	assert_line --regexp $'^in.txt\tBrian Fallon\tpress secretary\t'
}

@test "a title before the name with 'the' and its organisation named before ('said a spokesman for the committee, Mike Russell' is spokesman); 'administrator'" {
	printf 'The vote was delayed in Wisconsin, said a spokesman for the committee, Mike Russell.\n\nJane Garvey, the administrator of the FAA, said the agency would act.\n' > in.txt
	"$SPLIT" in.txt > s.tsv
	run -0 "$PEOPLE" s.tsv
	assert_line --regexp $'^in.txt\tMike Russell\tspokesman\t\t'
	assert_line --regexp $'^in.txt\tJane Garvey\tadministrator\tFAA\t'
}

@test "names: 'Sheik' is a title, not part of the name ('Sheik Ahmed Yassin'); the family name 'He' after 'and' is no pronoun ('Le Jingyi and He Cihong')" {
	printf 'Sheik Ahmed Yassin, the founder of Hamas, said the attack was justified.\n\nFellow world record holders Le Jingyi and He Cihong were left off the team.\n' > in.txt
	"$SPLIT" in.txt > s.tsv
	run -0 "$PEOPLE" s.tsv
	assert_line --regexp $'^in.txt\tAhmed Yassin\t'
	assert_line --regexp $'^in.txt\tHe Cihong\t'
}

@test "a place the tagger took for a person: after 'in' and before a comma and a country ('in Marija Bistrica, Croatia's leading shrine'); not a country's title after the comma" {
	printf 'The pope beatified him in Marija Bistrica, Croatia'"'"'s leading shrine. The council placed its trust in Ana Kovac, Croatia'"'"'s foreign minister.\n' > in.txt
	"$SPLIT" in.txt > s.tsv
	run -0 "$PEOPLE" s.tsv
	refute_output --partial 'Bistrica'
	assert_line --regexp $'^in.txt\tAna Kovac\tforeign minister\tCroatia\t'
}

@test "titles: 'Former' opening a sentence is written 'former', as everywhere else ('Former Archbishop Desmond Tutu')" {
	printf 'Former Archbishop Desmond Tutu said the report was fair.\n' > in.txt
	"$SPLIT" in.txt > s.tsv
	run -0 "$PEOPLE" s.tsv
	assert_line --regexp $'^in.txt\tDesmond Tutu\tformer Archbishop\t'
}

@test "a name the document already has, before 'and' and a full name, is that person, not a given name borrowing the surname ('If Clinton and Monica Lewinsky are called', after 'President Clinton')" {
	printf 'President Clinton spoke on Monday.\n\nIf Clinton and Monica Lewinsky are called as witnesses, the hearings will be long.\n' > in.txt
	"$SPLIT" in.txt > s.tsv
	run -0 "$PEOPLE" s.tsv
	assert_line --regexp $'^in.txt\tClinton\tPresident\t\t2\t'
	assert_line --regexp $'^in.txt\tMonica Lewinsky\t'
	refute_line --regexp $'\tClinton Lewinsky\t'
}

@test "affiliations: an organisation the tagger left unlabelled before a title goes on over a possessive glued to a capitalised word ('leftist Worker's Party candidate NAME')" {
	printf "He defeated his opponent, leftist Worker's Party candidate Luiz Inacio da Silva, in the first round.\n" > in.txt
	"$SPLIT" in.txt > s.tsv
	run -0 "$PEOPLE" s.tsv
	assert_line --regexp $'^in.txt\tLuiz Inacio da Silva\tcandidate\tWorker\'s Party\t'
}

@test "titles in appositions after a party ('NAME, a Democratic congressman from downstate Illinois'), not another's title before a possessive ('NAME, the Republican presidential nominee's eldest daughter')" {
	printf 'In the race to replace Gov. Jim Edgar, a Republican who is retiring, Glenn Poshard, a Democratic congressman from downstate Illinois, trails. Ivanka Trump, the Republican presidential nominee'"'"'s eldest daughter, noted the rule.\n' > in.txt
	"$SPLIT" in.txt > s.tsv
	run -0 "$PEOPLE" s.tsv
	assert_line --regexp $'^in.txt\tGlenn Poshard\tcongressman\tDemocrat\t'
	refute_line --regexp $'^in.txt\tIvanka Trump\tpresidential nominee\t'
}

@test "firms after what they are, in a list ('Australian store chains Maxwells and Corbin'), in an apposition ('Vostok, the Russian space agency,') and before a person's possessive ('Ernst and Young's NAME') are no people, nor later alone" {
	printf 'Australian store chains Maxwells and Corbin cut their limits on Sunday. Corbin said demand was high. Vostok, the Russian space agency, announced the death of cosmonaut Pavel Orlov. "Demand could rise," added Ernst and Young'"'"'s Sanjay Mehta.\n' > in.txt
	"$SPLIT" in.txt > s.tsv
	run -0 "$PEOPLE" s.tsv
	assert_line --regexp $'^in.txt\tPavel Orlov\tcosmonaut\t'
	assert_line --regexp $'^in.txt\tSanjay Mehta\t'
	refute_line --regexp $'\t(Corbin|Vostok|Ernst|Young)\t'
}

@test "no people in 'Tropical Storm NAME' (later alone too) and in two surnames joined by a dash before a noun ('the Saffir–Simpson scale'), but 'Bar-Illan said' is one" {
	printf 'Tropical Storm Barry neared the coast on Friday. Barry was expected to strengthen, forecaster Lisa Bucci said. On the Saffir\342\200\223Simpson scale it is a category 1 storm, and the Saffir-Simpson scale is old. Bar-Illan said the talks would go on.\n' > in.txt
	"$SPLIT" in.txt > s.tsv
	run -0 "$PEOPLE" s.tsv
	assert_line --regexp $'^in.txt\tLisa Bucci\t'
	assert_line --regexp $'^in.txt\tBar-Illan\t'
	refute_line --regexp $'\t(Barry|Simpson|Saffir-Simpson|Saffir)\t'
}

@test "titles: a plural title before 'including' or 'such as' names each of the list ('artists including A and B'); an honorific in a list keeps it ('actors A and Sir B'); where a title is held is no part of it ('The BBC's correspondent in Jakarta, NAME,')" {
	printf "Postcards by artists including Damien Hirst and Tracey Emin have sold. It launched playwrights such as Martin Lynch. Other ambassadors include actors Harvey Keitel and Sir Roger Moore. The BBC's correspondent in Jakarta, Rachel Harvey, said prices would rise.\n" > in.txt
	"$SPLIT" in.txt > s.tsv
	run -0 "$PEOPLE" s.tsv
	assert_line --regexp $'^in.txt\tDamien Hirst\tartist\t'
	assert_line --regexp $'^in.txt\tTracey Emin\tartist\t'
	assert_line --regexp $'^in.txt\tMartin Lynch\tplaywright\t'
	assert_line --regexp $'^in.txt\tRoger Moore\tactor\t'
	assert_line --regexp $'^in.txt\tRachel Harvey\tcorrespondent\tBBC\t'
}

@test "names: a surname after a particle that no entity holds joins the name the tagger cut off before it ('Nick Van' + 'den Brul')" {
	printf 'Aviation analyst Nick Van den Brul of BNP Paribas described the results as modest.\n' > in.txt
	"$SPLIT" in.txt > s.tsv
	run -0 "$PEOPLE" s.tsv
	assert_line --regexp $'^in.txt\tNick Van den Brul\tanalyst\tBNP Paribas\t'
}

@test "no people in what is named for one ('The Milton Shulman Award', after 'the' or a possessive) or in one word after 'the' before punctuation ('visitors to the Tate.'), nor that word alone elsewhere; but 'CNN's Anderson Cooper and Fox News' Chris Wallace' are two" {
	printf "A tree was unveiled at London's Tate Britain gallery, curator Ann Lowe said. It was sent by visitors to the Tate. The Milton Shulman Award will go to Dominic Cooper. The panel chose CNN's Anderson Cooper and Fox News' Chris Wallace.\n" > in.txt
	"$SPLIT" in.txt > s.tsv
	run -0 "$PEOPLE" s.tsv
	assert_line --regexp $'^in.txt\tAnn Lowe\tcurator\t'
	assert_line --regexp $'^in.txt\tDominic Cooper\t'
	assert_line --regexp $'^in.txt\tAnderson Cooper\t'
	assert_line --regexp $'^in.txt\tChris Wallace\t'
	refute_line --regexp $'\t(Tate|Milton Shulman)\t'
}

@test "no people in a firm after a title and 'at' ('lawyers at Osler, Hoskin and Harcourt', 'a lawyer at Bailey & Glasser'), but one in an apposition after it ('A spokesman at The Hague, Jim Landale,')" {
	printf 'Lawyers at Osler, Hoskin and Harcourt filed the claim. "It was a dump," said Kevin Barrett, a lawyer at Bailey & Glasser. A spokesman at The Hague, Jim Landale, said he had no information.\n' > in.txt
	"$SPLIT" in.txt > s.tsv
	run -0 "$PEOPLE" s.tsv
	assert_line --regexp $'^in.txt\tKevin Barrett\tlawyer\t'
	assert_line --regexp $'^in.txt\tJim Landale\tspokesman\t'
	refute_line --regexp $'\t(Osler|Hoskin|Harcourt|Bailey)\t'
}

@test "titles: Canadian and Scottish legislators and ranks before a name ('Liberal MPP A', 'NDP MLA B', 'Coun. C', 'Supt D')" {
	printf 'Liberal MPP John Fraser disagreed. NDP MLA Jinny Sims spoke. Coun. Josh Matlow voted no. Supt Jane Roe agreed.\n' > in.txt
	"$SPLIT" in.txt > s.tsv
	run -0 "$PEOPLE" s.tsv
	assert_line --regexp $'^in.txt\tJohn Fraser\tMPP\t'
	assert_line --regexp $'^in.txt\tJinny Sims\tMLA\t'
	assert_line --regexp $'^in.txt\tJosh Matlow\tCouncillor\t'
	assert_line --regexp $'^in.txt\tJane Roe\tSuperintendent\t'
}

@test "titles of the sciences and of US legislatures before a name ('Immunologist A', 'Assemblywoman B'); a surname with an elided particle ('Giscard d'Estaing'); a show named for a person is none ('The Bernie Show')" {
	printf "Immunologist Kristian Andersen said it spreads. Assemblywoman Selena Torres voted. Former president Val\303\251ry Giscard d'Estaing attended. He hosted The Bernie Show for years.\n" > in.txt
	"$SPLIT" in.txt > s.tsv
	run -0 "$PEOPLE" s.tsv
	assert_line --regexp $'^in.txt\tKristian Andersen\tImmunologist\t'
	assert_line --regexp $'^in.txt\tSelena Torres\tAssemblywoman\t'
	assert_line --regexp $'^in.txt\tVal\303\251ry Giscard d\'Estaing\tformer president\t'
	refute_line --regexp $'\tBernie'
}

@test "a name refused once for a thing's is still a person named before ('the Biden-Trump debate' in the headline, 'Trump' after 'President Donald Trump'; 'Trump's Special Presidential Envoy'; 'rock band Van Halen' after 'Eddie Van Halen'); 'a major Warhol donor program' gives no title" {
	printf 'Second Biden-Trump debate cancelled\n\nPresident Donald Trump refused to debate. Trump said it was unfair. Brett McGurk, who was Trump'"'"'s Special Presidential Envoy, criticized the decision. Trump later spoke again.\n\nEdward "Eddie" Van Halen, lead guitarist of US rock band Van Halen, died. Van Halen was a native of the Netherlands. The school got a major Warhol donor program.\n' > in.txt
	"$SPLIT" in.txt > s.tsv
	run -0 "$PEOPLE" s.tsv
	assert_line --regexp $'^in.txt\tDonald Trump\tPresident\t[^\t]*\t4\t'
	assert_line --regexp $'^in.txt\tEdward "Eddie" Van Halen\t[^\t]*\t[^\t]*\t2\t'
	refute_line --regexp $'\tmajor\t'
}

@test "names: a surname with an elided particle that the tagger left outside the name joins it ('President Valéry Giscard' + 'd'Estaing')" {
	printf "From 1967 to 1995 he was a member of the French Parliament during which he twice served as prime minister, first under President Val\303\251ry Giscard d'Estaing in the seventies.\n" > in.txt
	"$SPLIT" in.txt > s.tsv
	run -0 "$PEOPLE" s.tsv
	assert_line --regexp $'^in.txt\tVal\303\251ry Giscard d\'Estaing\tPresident\tFrance\t'
}

@test "a word of capitals alone, with no title and no name a list knows, is an organisation's initials, no person ('ALDI announced')" {
	printf 'Supermarkets cut limits on rice on Monday.\n\nALDI also brought in a one-bag limit, on Monday. The chain said stock would return.\n\nOn Tuesday, ALDI announced that some stores would close early, while ALDI staff in a Facebook post called the demand "unexpected".\n' > in.txt
	"$SPLIT" in.txt > s.tsv
	run -0 "$PEOPLE" s.tsv
	refute_output --partial 'ALDI'
}

@test "bylines: a line of nothing but a name before the story's first statement, and 'With files from', give authors, no people of the story; 'she' is never an author" {
	printf 'Hospital wait times to be capped\n\nAllison Jones\nThe Canadian Press\n\nTORONTO -- The province will cap emergency room wait times, Premier Doug Ford said Tuesday.\n\n"It is a promise we will keep," she said.\n\nWith files from CTV News Toronto'"'"'s Colin D'"'"'Mello.\n' > in.txt
	"$SPLIT" in.txt > s.tsv
	run -0 "$PEOPLE" s.tsv
	assert_line --regexp $'\tDoug Ford\tPremier\t'
	refute_output --partial 'Allison Jones'
	refute_output --partial 'Mello'
	run -0 "$PEOPLE" --bylines s.tsv
	assert_line --regexp $'\tAllison Jones\tauthor\t'
	assert_line --regexp $'\tColin D.Mello\tauthor\t'
	run -0 "$NEWS_BIN/news-extract-quotes" s.tsv
	refute_output --partial 'Allison Jones'
}

@test "names: a given name the tagger left out before a surname the lists know is the person's ('Auston Matthews scored'), not a word a sentence capitalised ('After Trump') nor in a headline; a state abbreviated is no name ('FAIRVIEW, W.Va. -')" {
	printf 'Leafs rally past Habs as Matthews scores twice\n\nKristina Rutherford · CBC Sports · Posted: Jan 18, 2020 10:55 PM ET\n\nAuston Matthews scored twice as the Toronto Maple Leafs beat the Montreal Canadiens 4-2 on Saturday night.\n\nAfter Matthews scored, the crowd roared.\n\nFAIRVIEW, W.Va. - The coal was piled high.\n' > in.txt
	"$SPLIT" in.txt > s.tsv
	run -0 "$PEOPLE" s.tsv
	assert_line --regexp $'\tAuston Matthews\t\t\t3\t1\tMatthews$'
	refute_output --partial 'After'
	refute_output --partial 'Rutherford'
	refute_output --partial 'Va.'
	run -0 "$PEOPLE" --bylines s.tsv
	assert_line --regexp $'\tKristina Rutherford\tauthor\t'
}

@test "titles: a hyphenated 'vice-' or 'co-' that the tokenizer cuts stays on the title ('senior vice-president at Royal Bank of Canada'), not another word before a hyphen ('The now-former governor')" {
	printf 'Jane Smith, senior vice-president at Royal Bank of Canada, said rates will fall.\n\nThe now-former governor Pedro Pierluisi left office on Monday.\n' > in.txt
	"$SPLIT" in.txt > s.tsv
	run -0 "$PEOPLE" s.tsv
	assert_line --regexp $'\tJane Smith\tsenior vice-president\tRoyal Bank of Canada\t'
	refute_output --partial $'\t-'
}

@test "titles: a portfolio after 'of' is the title's, not an affiliation ('Ontario's Minister of Education Stephen Lecce', 'Minister of Foreign Affairs Melanie Joly')" {
	printf "Ontario's Minister of Education Stephen Lecce said the plan is safe.\n\nMinister of Foreign Affairs Melanie Joly said the talks went well.\n" > in.txt
	"$SPLIT" in.txt > s.tsv
	run -0 "$PEOPLE" s.tsv
	assert_line --regexp $'\tStephen Lecce\tMinister of Education\tOntario\t'
	assert_line --regexp $'\tMelanie Joly\tMinister of Foreign Affairs\t'
}

@test "affiliations: an organisation no entity names after a title's 'of the' comes before a place inside its name ('president of the Elementary Teachers' Federation of Ontario'), not one capitalised word ('leader of the Jews of Croatia')" {
	printf "Sam Hammond, president of the Elementary Teachers' Federation of Ontario, said teachers feel abandoned.\n" > in.txt
	"$SPLIT" in.txt > s.tsv
	run -0 "$PEOPLE" s.tsv
	assert_line --regexp $'\tSam Hammond\tpresident\tElementary Teachers\' Federation of Ontario\t'
}

@test "names: 'Jr.' after a comma is the name's ('Cyrus R. Vance, Jr.'), and the surname alone later is the same person" {
	printf 'Manhattan District Attorney Cyrus R. Vance, Jr. said the records were sought.\n\nVance said more.\n' > in.txt
	"$SPLIT" in.txt > s.tsv
	run -0 "$PEOPLE" s.tsv
	assert_output $'in.txt\tCyrus R. Vance, Jr.\tDistrict Attorney\t\t2\t1\tVance'
	run -0 "$NEWS_BIN/news-extract-quotes" s.tsv
	refute_output --partial $'\tJr.\t'
}

@test "titles: an apposition whose organisation comes first, an entity's or an acronym no entity holds, gives title and affiliation even where the parse has none ('John Thune, the Republican Senate Majority Whip,', 'Sam Dear, RMT General Secretary.'); 'general secretary' is one title" {
	printf 'John Thune, the Republican Senate Majority Whip, said the vote was set.\n\nThe motion was opposed by Sam Dear, RMT General Secretary.\n\n"We will not accept it," said Lucy Dear, general secretary of the EIS.\n' > in.txt
	"$SPLIT" in.txt > s.tsv
	run -0 "$PEOPLE" s.tsv
	assert_line --regexp $'\tJohn Thune\tMajority Whip\tRepublican Senate\t'
	assert_line --regexp $'\tSam Dear\tGeneral Secretary\tRMT\t'
	assert_line --regexp $'\tLucy Dear\tgeneral secretary\tEIS\t'
}

@test "affiliations: a language is not the country a story is about ('English-speaking residents', 'in English.'), so a premier does not take England; a country's own name after 'in' still counts ('in Burma.')" {
	printf 'OTTAWA — Premier Jane Roe says she did more than the law asked to reach English-speaking residents during the crisis.\n\nRoe said the briefings were also held in English.\n' > in.txt
	"$SPLIT" in.txt > s.tsv
	run -0 "$PEOPLE" s.tsv
	assert_output $'in.txt\tJane Roe\tPremier\t\t2\t1\tRoe'
	printf 'Elections were held in Burma.\n\nPresident Htin Kyaw spoke on Monday.\n' > in.txt
	"$SPLIT" in.txt > s.tsv
	run -0 "$PEOPLE" s.tsv
	assert_line --regexp $'\tHtin Kyaw\tPresident\tMyanmar\t'
}

@test "titles: sports positions ('Oilers defenceman Evan Bouchard') and the portfolios of Commonwealth cabinets ('Public Safety Minister', 'Minister of Natural Resources', 'will become Minister of Indigenous Services') are the title's, not an organisation" {
	printf '"We have to be better," Oilers defenceman Evan Bouchard said after the game.\n\nPublic Safety Minister Marco Mendicino said the bill would pass.\n\nJonathan Wilkinson, Canada'"'"'s Minister of Natural Resources, spoke on Monday.\n\nThe prime minister said former health minister Mary Stone will become Minister of Indigenous Services in the new cabinet.\n' > in.txt
	"$SPLIT" in.txt > s.tsv
	run -0 "$PEOPLE" s.tsv
	assert_line --regexp $'\tEvan Bouchard\tdefenceman\t'
	assert_line --regexp $'\tMarco Mendicino\tPublic Safety Minister\t'
	assert_line --regexp $'\tJonathan Wilkinson\tMinister of Natural Resources\tCanada\t'
	assert_line --regexp $'\tMary Stone\tMinister of Indigenous Services\t'
	# the title after "will become", where the parse gives none
	printf 'On Monday, the prime minister announced that Ann Roe will become Minister of Finance and former health minister Mary Stone will become Minister of Indigenous Services.\n' > in.txt
	"$SPLIT" in.txt > s.tsv
	run -0 "$PEOPLE" s.tsv
	assert_line --regexp $'\tMary Stone\tMinister of Indigenous Services\t'
}

@test "not people: a theatre named for a person ('Broadway's Helen Hayes Theater') and a work's title before 'by' and its author ('Wolf Hall by Hilary Mantel'); the person a portrait is 'of' stays ('A portrait of Winston Churchill by Graham Sutherland')" {
	printf 'Previews begin at the Lyceum Theatre tonight, and later at Broadway'"'"'s Helen Hayes Theater.\n\nThe shortlist included Wolf Hall by Hilary Mantel.\n\nA portrait of Winston Churchill by Graham Sutherland was destroyed.\n' > in.txt
	"$SPLIT" in.txt > s.tsv
	run -0 "$PEOPLE" s.tsv
	refute_output --partial 'Helen Hayes'
	refute_output --partial 'Wolf Hall'
	assert_line --regexp $'\tHilary Mantel\t'
	assert_line --regexp $'\tWinston Churchill\t'
	assert_line --regexp $'\tGraham Sutherland\t'
}

@test "not people: a place the entity model took for a person, before a comma and another place ('in Karol Bagh, New Delhi') or before 'area', 'district', 'village' ('the Karol Bagh area')" {
	printf 'Fire kills 17 in Karol Bagh, New Delhi\n\nFirefighters said the blaze started early on Tuesday.\n' > in.txt
	"$SPLIT" in.txt > s.tsv
	run -0 "$PEOPLE" s.tsv
	refute_output --partial 'Karol Bagh'
	printf 'Firefighters said the blaze started early on Tuesday.\n\nResidents of the Karol Bagh area were moved.\n' > in.txt
	"$SPLIT" in.txt > s.tsv
	run -0 "$PEOPLE" s.tsv
	refute_output --partial 'Karol Bagh'
}

@test "titles: a title's abbreviation in brackets between it and the name ('Member of Parliament (MP) Jane Roe')" {
	printf 'Member of Parliament (MP) Jane Roe said the bill was wrong.\n' > in.txt
	"$SPLIT" in.txt > s.tsv
	run -0 "$PEOPLE" s.tsv
	assert_line --regexp $'\tJane Roe\tMember of Parliament\t'
}

@test "titles: an apposition's title after a compound that starts with a name ('a Harvard-educated economist') or after an owner of two lower-case words ('the national team's head coach'), and occupations such as 'specialist'; a surname that is a trade stays a name ('Ginger Baker' ... 'Baker said')" {
	printf 'Mark Ellis, a specialist in infectious diseases, said the risk was low.\n\nAnna Berg, a Harvard-educated economist who runs a consultancy, said rates would fall.\n\n"We must improve," the paper quoted Li Wei, the national team'"'"'s head coach, as saying.\n\nDrummer Ginger Baker played with Jack Bruce.\n\nBaker said he was proud.\n' > in.txt
	"$SPLIT" in.txt > s.tsv
	run -0 "$PEOPLE" s.tsv
	assert_line --regexp $'\tMark Ellis\tspecialist\t'
	assert_line --regexp $'\tAnna Berg\teconomist\t'
	assert_line --regexp $'\tLi Wei\thead coach\t'
	assert_line --regexp $'\tGinger Baker\tDrummer\t\t2\t'
}

@test "not people: names joined by '&' are a firm's ('Pratt & Whitney', 'Moore & Van Allen'); names joined by 'and' stay people" {
	printf 'The engines were built by Pratt & Whitney in Connecticut.\n\nThe firm hired Moore & Van Allen to handle the case.\n\nJane Roe and John Smith met on Monday.\n' > in.txt
	"$SPLIT" in.txt > s.tsv
	run -0 "$PEOPLE" s.tsv
	refute_output --partial 'Pratt'
	refute_output --partial 'Moore'
	refute_output --partial 'Van Allen'
	assert_line --regexp $'\tJane Roe\t'
	assert_line --regexp $'\tJohn Smith\t'
}

@test "not people: weather patterns named like people ('El Nino', 'El Niño')" {
	printf 'Forecasters said El Nino would bring heavy rain.\n\nThe rains came as El Niño faded, said Jane Roe.\n' > in.txt
	"$SPLIT" in.txt > s.tsv
	run -0 "$PEOPLE" s.tsv
	refute_output --partial 'El Ni'
	assert_line --regexp $'\tJane Roe\t'
}

@test "titles: a definite title after 'But' or 'And' names the one person the sentence before named ('Jane Roe has told ...  But the Prime Minister was barracked'), none where that sentence named another first ('Tom Hale had been expected ..., following Mrs Lee's resignation.  And the health secretary'); a party after a title's status ('a former DUP economy minister')" {
	printf 'Jane Roe has told the House of Commons that she has secured a deal.\n\nBut the Prime Minister was loudly barracked by MPs.\n' > in.txt
	"$SPLIT" in.txt > s.tsv
	run -0 "$PEOPLE" s.tsv
	assert_line --regexp $'\tJane Roe\tPrime Minister\t'
	printf 'Suffolk MP Tom Hale had been expected to run, following Mrs Lee'"'"'s resignation on Friday.\n\nAnd the health secretary confirmed he was entering the race.\n\nMr Kerr, a former DUP economy minister, told the BBC the plan was wrong.\n' > in.txt
	"$SPLIT" in.txt > s.tsv
	run -0 "$PEOPLE" s.tsv
	assert_line --regexp $'\tLee\t\t'
	assert_line --regexp $'\tKerr\tformer DUP economy minister\tDUP\t'
}

@test "titles: a title before the name whose complement names a place joined by a hyphen ('the Liberal candidate for Kitchener-Conestoga, Ann Roe,')" {
	printf 'The Liberal candidate for Kitchener-Conestoga, Ann Roe, said no.\n' > in.txt
	"$SPLIT" in.txt > s.tsv
	run -0 "$PEOPLE" s.tsv
	assert_line --regexp $'\tAnn Roe\tcandidate for Kitchener-Conestoga\tLiberal Party\t'
}
