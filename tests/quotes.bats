#!/usr/bin/env bats
# news-extract-quotes: quotations and reported speech, with speaker and cue.

load test_helper

QUOTES=$NEWS_BIN/news-extract-quotes
QDATA=$BATS_TEST_DIRNAME/data/quotes

# quotes TEXT: split TEXT (a file in.txt) and extract; fields
# kind|speaker|mention|cue|quote of each record, one a line
quotes() {
	printf '%s\n' "$1" > in.txt
	"$SPLIT" in.txt > s.tsv
	"$QUOTES" s.tsv > q.tsv
	cut -f5-9 q.tsv | tr '\t' '|'
}

# speakers TEXT: each record's speaker and mention, a tab between
speakers() {
	printf '%s\n' "$1" > in.txt
	"$SPLIT" in.txt > s.tsv
	"$QUOTES" s.tsv | cut -f6,7
}

@test "the sample articles: the records of the golden file" {
	cd "$ROOT"
	"$SPLIT" examples/seeds/*.txt > "$T/sents.tsv"
	run -0 --separate-stderr "$QUOTES" "$T/sents.tsv"
	assert_stderr ''
	save_output "$T/out.tsv"
	cmp "$T/out.tsv" "$QDATA/seeds.expected.tsv"
}

@test "'\"Q,\" SPEAKER VERB': a direct quotation, the speaker after it" {
	run quotes '"We will not give up," the minister said on Tuesday.'
	assert_output 'direct|the minister|the minister|say|We will not give up'
}

@test "'\"Q,\" VERB SPEAKER': the inverted order" {
	run quotes '"The talks were useful," said Foreign Secretary David Lammy.'
	assert_output 'direct|David Lammy|Foreign Secretary David Lammy|say|The talks were useful'
}

@test "'\"Q,\" VERB SPEAKER': a name inside the quotation that the parse makes the verb's subject is not the speaker; a quotation that ends no clause is not '\"Q\" said X'" {
	run quotes '"I am very happy to see you all, members of the athletics family, respond positively to the call," said Diack.'
	assert_output 'direct|Diack|Diack|say|I am very happy to see you all, members of the athletics family, respond positively to the call'
	# a subject in scare quotes is the subject, marks and all, and no
	# quotation said by what follows the verb
	run speakers 'The so-called "experts" said the bridge was safe.'
	assert_output "$(printf 'The so-called "experts"\tThe so-called "experts"')"
}

@test "'\"Q,\" SPEAKER (PARTY-STATE) VERB': the name before the brackets, the mention with them, though the parse put the name in the quotation" {
	run speakers '"Mitt Romney did not spend the entire debate talking about himself instead of the American people," Sen. Claire McCaskill (D-Mo.) said.'
	assert_output "$(printf 'Claire McCaskill\tSen. Claire McCaskill (D-Mo.)')"
}

@test "'\"Q\" ― NAME': a quotation signed with a dash and a name, on its line or the next" {
	printf '%s\n\n%s\n%s\n' '"Trump must stop portraying Latinos as dangerous gangsters."― Carla Sanchez.' '"He can'"'"'t even answer a question without scaring people about something else first. And wow."' '― Esther Tapia'> in.txt
	"$SPLIT" in.txt > s.tsv
	"$QUOTES" s.tsv | cut -f5,6,9 > out.tsv
	run cat out.tsv
	assert_line -n 0 "$(printf 'direct\tCarla Sanchez\tTrump must stop portraying Latinos as dangerous gangsters.')"
	assert_line -n 1 --regexp "$(printf '^direct\tEsther Tapia\tHe can')"
}

@test "'PARTICIPLE CLAUSE, SPEAKER VERB: \"Q\"': the noun phrase after the comma, not the clause the parse made the subject" {
	run speakers 'Writing his Christmas message in the Northern Echo, the Bishop said: "Conspiracy theories are always fun - fun to invent, fun to read, fun to fantasise about."'
	assert_output "$(printf 'the Bishop\tthe Bishop')"
}

@test "'SPEAKER VERB: \"Q\"' and 'SPEAKER VERB, \"Q\"'" {
	run quotes 'The prime minister told MPs: "This is a day of shame." Later the mayor said, "We need more money for buses."'
	assert_line -n 0 'direct|The prime minister|The prime minister|tell|This is a day of shame.'
	assert_line -n 1 'direct|the mayor|the mayor|say|We need more money for buses.'
}

@test "a quotation over two sentences is one record; each part of one its attribution interrupts is its own record, of one event" {
	run quotes '"We have done our part. Now it is up to them," Smith said.'
	assert_output 'direct|Smith|Smith|say|We have done our part. Now it is up to them'
	run quotes '"We have done our part. Now it is up to them," Smith said. "They know what to do."'
	assert_line -n 0 'direct|Smith|Smith|say|We have done our part. Now it is up to them'
	assert_line -n 1 'direct|Smith|Smith|say|They know what to do.'
	run quotes '"The vote," the leader said, "is a test of trust." Then the vote began.'
	assert_line -n 0 'direct|the leader|the leader|say|The vote'
	assert_line -n 1 'direct|the leader|the leader|say|is a test of trust.'
}

@test "interrupted quotation: exact offsets of each part, one event number, the mention's offsets" {
	printf '%s\n' '"A deal is close," Ms. Lee said on Monday. "We will sign it soon." Later she left.' > in.txt
	"$SPLIT" in.txt > s.tsv
	run -0 "$QUOTES" s.tsv
	assert_line -n 0 "$(printf 'in.txt\t1\t1\t16\tdirect\tLee\tMs. Lee\tsay\tA deal is close\t19\t26\t1')"
	assert_line -n 1 "$(printf 'in.txt\t2\t44\t65\tdirect\tLee\tMs. Lee\tsay\tWe will sign it soon.\t19\t26\t1')"
	# the offsets cut out the content and the mention (cut counts from 1)
	[ "$(cut -c2-16 in.txt | head -n 1)" = "A deal is close" ]
	[ "$(cut -c20-26 in.txt | head -n 1)" = "Ms. Lee" ]
	[ "$(cut -c45-65 in.txt | head -n 1)" = "We will sign it soon." ]
}

@test "events are numbered in their document in order; a record without a mention has empty offsets" {
	printf '%s\n' 'The minister said taxes would rise. "We must act," the chancellor said.' > in.txt
	"$SPLIT" in.txt > s.tsv
	run -0 "$QUOTES" s.tsv
	assert_line -n 0 "$(printf 'in.txt\t1\t18\t34\tindirect\tThe minister\tThe minister\tsay\ttaxes would rise\t0\t12\t1')"
	assert_line -n 1 "$(printf 'in.txt\t2\t37\t48\tdirect\tthe chancellor\tthe chancellor\tsay\tWe must act\t51\t65\t2')"
	printf '%s\n\n%s\n' 'The storm hit the coast on Monday.' '"Nobody here knows what will happen to the town after this winter."' > in.txt
	"$SPLIT" in.txt > s.tsv
	run -0 "$QUOTES" s.tsv
	assert_output "$(printf 'in.txt\t2\t37\t102\tdirect\t\t\t\tNobody here knows what will happen to the town after this winter.\t\t\t1')"
}

@test "'adding: \"Q2\"': the speaker of the verb before the participle" {
	run quotes '"The deal is done," the spokeswoman said, adding: "Both sides signed it."'
	assert_line -n 0 'direct|the spokeswoman|the spokeswoman|say|The deal is done'
	assert_line -n 1 'direct|the spokeswoman|the spokeswoman|add|Both sides signed it.'
}

@test "a paragraph that leaves a quotation open continues in the next one that opens one" {
	printf '%s\n\n%s\n' '"The first part of what she said goes here.' '"And the second part ends here," Jones said.' > in.txt
	"$SPLIT" in.txt > s.tsv
	run -0 "$QUOTES" s.tsv
	assert_output "$(printf 'in.txt\t1\t1\t75\tdirect\tJones\tJones\tsay\tThe first part of what she said goes here. And the second part ends here\t78\t83\t1')"
}

@test "a quotation-only paragraph right after the speaker's direct quotation goes on with it: the speaker's, and the same event" {
	printf '%s\n\n%s\n' 'Angela Rayner told the conference: "We will build the homes this country needs."' '"And we will start this year."' > in.txt
	"$SPLIT" in.txt > s.tsv
	"$QUOTES" s.tsv | cut -f5-8,12 > out.tsv
	run cat out.tsv
	assert_line -n 0 "$(printf 'direct\tAngela Rayner\tAngela Rayner\ttell\t1')"
	assert_line -n 1 "$(printf 'direct\tAngela Rayner\tAngela Rayner\ttell\t1')"
}

@test "a quotation-only paragraph is a new event of the same speaker after indirect speech, or when the paragraph of the quotation before goes on past it" {
	printf '%s\n\n%s\n\n%s\n\n%s\n' 'Angela Rayner said the government would build the homes the country needed.' '"We will start this year and we will not stop."' '"The homes will be built," she said. Critics doubt it.' '"We have the money and we have the land."' > in.txt
	"$SPLIT" in.txt > s.tsv
	"$QUOTES" s.tsv | cut -f5,6,12 > out.tsv
	run cat out.tsv
	assert_line -n 0 "$(printf 'indirect\tAngela Rayner\t1')"
	assert_line -n 1 "$(printf 'direct\tAngela Rayner\t2')"
	assert_line -n 2 "$(printf 'direct\tAngela Rayner\t3')"
	assert_line -n 3 "$(printf 'direct\tAngela Rayner\t4')"
}

@test "a quotation left open runs through every sentence of the paragraphs that go on with it, to its closing mark: one record, no sentence lost" {
	printf '%s\n\n%s\n\n%s\n' 'Asked about her party, she said: "There is no revolt.' '"I have had a good meeting with my officers. I will meet my full team tomorrow.' '"So there is no problem at all."' > in.txt
	"$SPLIT" in.txt > s.tsv
	run -0 "$QUOTES" s.tsv
	assert_line --regexp $'^in.txt\t1\t[0-9]+\t[0-9]+\tdirect\tshe\tshe\tsay\tThere is no revolt. I have had a good meeting with my officers. I will meet my full team tomorrow. So there is no problem at all.\t'
	assert_equal "${#lines[@]}" 1
}

@test "two reports side by side ('X said A, while Y said B'): the first's content ends before the second, which is a record of its own; a report inside a report stays in it" {
	run quotes 'One nurse said they were "looking forward to some change", while another said they had seen "one crisis after another" since the pandemic.'
	assert_line -n 0 'partial|One nurse|One nurse|say|they were "looking forward to some change"'
	assert_line -n 1 --partial '|say|they had seen "one crisis after another" since the pandemic'
	run quotes 'Lynch said the demands of government work erase the barriers that women face, though she noted clients are beginning to demand diverse teams.'
	assert_line -n 0 'indirect|Lynch|Lynch|say|the demands of government work erase the barriers that women face'
	assert_line -n 1 'indirect|Lynch|she|note|clients are beginning to demand diverse teams'
	run quotes 'Officials said police told them the man had fled the city.'
	assert_line -n 0 'indirect|Officials|Officials|say|police told them the man had fled the city'
}

@test "'A, while X warned B': the clause before 'while' is not X's, and X is the words after 'while'" {
	run quotes 'Talks between the unions and the minister were branded "bitterly disappointing", while teaching unions warned the minister it was "now or never" to prevent strikes.'
	assert_output 'partial|teaching unions|teaching unions|warn|it was "now or never"'
}

@test "a speech to come is reported speech when a person is to give it ('Ms Reeves will tell the conference that', 'is set to say'), not 'time will tell', 'the media will tell you'" {
	run quotes 'Ms Reeves will tell the conference that the economy has turned a corner.'
	assert_output 'indirect|Reeves|Ms Reeves|tell|the economy has turned a corner'
	run quotes 'The First Minister is set to say the economy has turned a corner at last.'
	assert_output 'indirect|The First Minister|The First Minister|say|the economy has turned a corner at last'
	run quotes 'Only time will tell if the plan works for the city.'
	assert_output ''
	run quotes 'The minister could say that taxes will rise, or she might tell voters that the plan works.'
	assert_output ''
	run quotes 'His campaign and much of the media will tell you that this means he was the real winner.'
	assert_output ''
}

@test "'warned that A, telling the BBC: \"B, so if C, D\"': a clause the parse hangs on 'warned' from inside the quotation is no content of it; the quotation is the second cue's, its own event" {
	printf '%s\n' 'But the commission president warned that there would be no more talks if MPs vote down the agreement, telling the BBC: "This is the best deal for Britain and the only deal possible, so if the House says no, we would have no deal."' > in.txt
	"$SPLIT" in.txt > s.tsv
	run -0 "$QUOTES" s.tsv
	assert_line -n 0 --regexp $'\tindirect\tthe commission president\tthe commission president\twarn\tthere would be no more talks if MPs vote down the agreement\t[0-9]+\t[0-9]+\t1$'
	assert_line -n 1 --regexp $'\tdirect\tthe commission president\tthe commission president\ttell\tThis is the best deal for Britain and the only deal possible, so if the House says no, we would have no deal.\t[0-9]+\t[0-9]+\t2$'
}

@test "a name alone between the last comma and 'said' is the source, however the parse hangs 'said' on a noun before it ('appeal to voters for their backing, Mrs May said')" {
	run quotes 'In a sign that she aims to go over fractious MPs'"'"' heads and appeal directly to voters for their backing, Mrs May said parliamentarians had a "duty" to listen to their constituents.'
	assert_output 'partial|Mrs May|Mrs May|say|parliamentarians had a "duty" to listen to their constituents'
}

@test "a quotation paragraph after 'X was asked about Y.' is X's answer: X the speaker, no cue" {
	printf 'Doug Ford said the province would reopen.\n\nFord was also asked about his thoughts on a possible trucker rally at the legislature.\n\n"I just hope it is always a peaceful protest, we live in a democracy. I understand their frustration."\n' > in.txt
	"$SPLIT" in.txt > s.tsv
	run -0 "$QUOTES" s.tsv
	assert_line -n 1 --regexp $'\tdirect\tDoug Ford\tFord\t\tI just hope it is always a peaceful protest, we live in a democracy. I understand their frustration.\t'
}

@test "a quoted fragment before an attribution after it takes the clause it heads ('The mood at practice was \"not good,\" said coach Nick Nurse')" {
	run quotes 'The mood at practice was "not good," said coach Nick Nurse.'
	assert_output --regexp '^partial\|Nick Nurse\|coach Nick Nurse\|say\|The mood at practice was "not good'
}

@test "partial quotations: the quoted words with what they are said of, with the speaker of the verb" {
	run quotes 'The senator described the bill as "a disgrace" on Monday.'
	assert_output 'partial|The senator|The senator|describe|the bill as "a disgrace"'
}

@test "a quotation after indirect speech in a sentence of its own is a new event, not more of the quotation before" {
	printf '%s\n' '"We will act," Ms Hewitt said. She said new mothers were already entitled to leave. "We have made a firm commitment."' > in.txt
	"$SPLIT" in.txt > s.tsv
	"$QUOTES" s.tsv | cut -f5,7,9,12 > out.tsv
	run cat out.tsv
	assert_line -n 0 "$(printf 'direct\tMs Hewitt\tWe will act\t1')"
	assert_line -n 1 "$(printf 'indirect\tShe\tnew mothers were already entitled to leave\t2')"
	assert_line -n 2 "$(printf 'direct\tShe\tWe have made a firm commitment.\t3')"
}

@test "'said A and that B': two reported clauses, two events" {
	printf '%s\n' 'The minister said the vote was fair and that she would not resign.' > in.txt
	"$SPLIT" in.txt > s.tsv
	"$QUOTES" s.tsv | cut -f5,9,12 > out.tsv
	run cat out.tsv
	assert_line -n 0 "$(printf 'indirect\tthe vote was fair\t1')"
	assert_line -n 1 "$(printf 'indirect\tshe would not resign\t2')"
}

@test "mixed quotation: indirect speech with a quoted fragment is partial, its content the reported clause" {
	run quotes 'She said she wanted to "emphasize" the risk to the public.'
	assert_output 'partial|She|She|say|she wanted to "emphasize" the risk to the public'
	run quotes 'Jane Roe, a lawyer with Smith LLP who advised the city, said disputes would follow.'
	assert_output 'indirect|Jane Roe|Jane Roe, a lawyer with Smith LLP who advised the city,|say|disputes would follow'
	run quotes 'He said in an interview that the plan would fail.'
	assert_output 'indirect|He|He|say|the plan would fail'
	# ", adding: ..." is a report of its own, not more of the clause
	quotes 'He said Mr Blair had spoken with "such sincerity", adding: "He went beyond what we thought he would."' > out.txt
	run cat out.txt
	assert_line -n 0 'partial|He|He|say|Mr Blair had spoken with "such sincerity"'
	# "according to X, who said S": two reports, each with its own content
	quotes 'The shooting began at 10:39 a.m. local time, according to police, who said officers arrived at the store six minutes later.' > out.txt
	run cat out.txt
	assert_line -n 0 'indirect|police|police|according to|The shooting began at 10:39 a.m. local time'
	assert_line -n 1 'indirect|police|who|say|officers arrived at the store six minutes later'
	refute_line --partial 'according to|who said'
	# "who said": the pronoun is the mention, the noun it stands for the speaker
	run quotes 'The plan was praised by David Kamin, who said it would raise taxes on the rich.'
	assert_output 'indirect|David Kamin|who|say|it would raise taxes on the rich'
	# "said" tagged as a participle hanging on the title before the name
	run quotes 'The chief inspector of schools, David Bell, also said recently that GCSEs and A-levels should go.'
	assert_output 'indirect|David Bell|The chief inspector of schools, David Bell,|say|GCSEs and A-levels should go'
	# a fragment in a clause coordinated after the reported one: that clause
	quotes 'Mr Clarke says the party is improving and it is "conceivable" it could win the next election.' > out.txt
	run cat out.txt
	assert_line 'indirect|Clarke|Mr Clarke|say|the party is improving'
	assert_line 'partial|Clarke|Mr Clarke|say|it is "conceivable" it could win the next election'
	# the verb parsed as hanging on the name before it, with an aside
	run quotes "Former Downing Street communications chief Alastair Campbell, now working on Labour's election campaign, says a \"touchy-feely\" image does not fit Mr Howard."
	assert_output "partial|Alastair Campbell|Former Downing Street communications chief Alastair Campbell, now working on Labour's election campaign,|say|a \"touchy-feely\" image does not fit Mr Howard"
}

@test "pronouns: 'she' and 'he' resolved by gender (first names, Mr and Ms), never to the object or a byline" {
	printf '%s\n\n%s\n\n%s\n' 'By Robert Smith' 'Mary Jones met John Brown in Leeds on Friday.' 'He told her that the talks had failed. She said the plan would change.' > in.txt
	"$SPLIT" in.txt > s.tsv
	"$QUOTES" s.tsv | cut -f6,7,9 > out.tsv
	run cat out.tsv
	assert_line -n 0 "$(printf 'John Brown\tHe\tthe talks had failed')"
	assert_line -n 1 "$(printf 'Mary Jones\tShe\tthe plan would change')"
	run speakers 'Mr. Patel met Ms. Okafor on Friday. She said the vote was fair. He said it was not.'
	assert_line -n 0 "$(printf 'Okafor\tShe')"
	assert_line -n 1 "$(printf 'Patel\tHe')"
}

@test "pronouns: the subject of the sentence before, not the last name in it; a known gender before an unknown one" {
	run speakers 'Tom Walsh, who left the Treasury last year, had argued that Mr Grant would keep his rules. He said he hoped more would be done.'
	assert_line "$(printf 'Tom Walsh\tHe')"
	# a name after an honorific that the tagger left out of any entity
	run speakers 'Ed Balls, a former adviser, said there would be no spree. Mr Balls, who stepped down from his post, had suggested that Mr Brown would meet his rule. He said he hoped more would be done.'
	assert_line -n 1 "$(printf 'Ed Balls\tMr Balls, who stepped down from his post,')"
	assert_line -n 2 "$(printf 'Ed Balls\tHe')"
	# a subject after a title with a preposition in it is no object
	run speakers 'Theresa May said the Conservatives would act. Liberal Democrat spokeswoman for women Sandra Gidley said the money was misdirected. She said her party would boost maternity pay.'
	assert_line -n 2 "$(printf 'Sandra Gidley\tShe')"
	# a title with no name, the subject of the sentence just before
	run speakers 'Documentary maker Tom Reed filmed Mr Grant for a year. The Labour leader was asked about his parents. He replies: "What is the inference of that?"'
	assert_output "$(printf 'The Labour leader\tHe')"
	# a gender an honorific gives elsewhere in the document
	run speakers 'Ms Alder, a lawyer, arrived first. Mr Page came later. Xoch Alder then met reporters. He said the talks had failed.'
	assert_output "$(printf 'Page\tHe')"
	run speakers 'Mrs Okafor was the relative with whom Xoch planned to stay. She said a weight had been lifted.'
	assert_line "$(printf 'Okafor\tShe')"
}

@test "'it': the source of the report before that is no person and not plural ('The Ugandan Media Council said ... It said')" {
	run speakers 'The Ugandan Media Council said the play would not be put on. It said the production could go ahead if cut.'
	assert_line -n 1 "$(printf 'The Ugandan Media Council\tIt')"
	run speakers 'John Smith said the play would not be put on. It said the production could go ahead if cut.'
	assert_line -n 1 "$(printf 'It\tIt')"
	run speakers 'Officials said the road was closed. It said the bridge was safe.'
	assert_line -n 1 "$(printf 'It\tIt')"
}

@test "pronouns: never resolved to a photo credit ('(Photo: Jane Roe/Reuters)')" {
	printf '%s\n\n%s\n\n%s\n' 'Floods hit the valley on Friday.' '(Photo: Jane Roe/Reuters)' 'She said the water was rising.' > in.txt
	"$SPLIT" in.txt > s.tsv
	"$QUOTES" s.tsv | cut -f6,7,9 > out.tsv
	run cat out.tsv
	assert_output "$(printf 'She\tShe\tthe water was rising')"
}

@test "link lines and titles of works in quotation marks are not quotations" {
	printf '%s\n\n%s\n\n%s\n' 'WATCH: "This is the moment we changed history," the senator says' 'READ MORE: Officials say the plan will fail' 'She reviewed the film "A Long Way Home" and Springsteen'"'"'s "American Skin" on Sunday.' > in.txt
	"$SPLIT" in.txt > s.tsv
	run -0 "$QUOTES" s.tsv
	assert_output ''
}

@test "scare quotes and names in quotation marks are not quotations" {
	run quotes 'The so-called "peace plan" was shelved. Operation "Iron Wall" began in January.'
	assert_output ''
}

@test "indirect speech: 'SPEAKER VERB that CLAUSE' and without 'that'" {
	run quotes 'The Treasury said that borrowing would fall next year. Officials say the plan will cost billions.'
	assert_line -n 0 'indirect|The Treasury|The Treasury|say|borrowing would fall next year'
	assert_line -n 1 'indirect|Officials|Officials|say|the plan will cost billions'
}

@test "indirect speech: the attribution after the clause, and 'according to'" {
	run quotes 'The two countries want to remove obstacles to trade, a ministry source said on Wednesday. According to the statement, the talks will resume in May.'
	assert_line -n 0 'indirect|a ministry source|a ministry source|say|The two countries want to remove obstacles to trade'
	assert_line -n 1 'indirect|the statement|the statement|according to|the talks will resume in May'
}

@test "'SPEAKER told OBJECT ... that CLAUSE'; an aside between subject and verb: the speaker its head, the mention all of it" {
	run quotes 'A Turkish official, requesting anonymity, told Reuters ahead of the visit that Ankara wanted a deal.'
	assert_output 'indirect|A Turkish official|A Turkish official, requesting anonymity,|tell|Ankara wanted a deal'
}

@test "a clause cut before ', and VERB': what was said, not what was done" {
	run quotes 'Ankara says its removal is unjust, and has demanded to rejoin the program.'
	assert_output 'indirect|Ankara|Ankara|say|its removal is unjust'
}

@test "speakers resolved: a surname to the full name, 'he' to the person last named" {
	run quotes 'Chancellor Rachel Reeves spoke in London. "Growth is our mission," Reeves said. He said the plan was sound. Later, she said the budget was fair.'
	assert_line -n 0 'direct|Rachel Reeves|Reeves|say|Growth is our mission'
	assert_line -n 2 'indirect|Rachel Reeves|she|say|the budget was fair'
}

@test "the apposition's name is the speaker; the mention is all of it" {
	run quotes '"It was a great conversation," Trump'"'"'s special envoy for the Middle East, Steve Witkoff, said.'
	assert_output "direct|Steve Witkoff|Trump's special envoy for the Middle East, Steve Witkoff,|say|It was a great conversation"
}

@test "curly, straight and single quotation marks; a headline in single quotes" {
	run quotes "$(printf '%s\n\n%s' "Starmer: 'We will fix the NHS'" 'Keir Starmer spoke in Leeds. “It is broken,” he said.')"
	assert_line -n 0 'direct|Keir Starmer|Starmer|say|We will fix the NHS'
	assert_line -n 1 'direct|Keir Starmer|he|say|It is broken'
}

@test "a headline's name before a colon and a quotation is the speaker, tagged a person or not" {
	# the entity model leaves a lone surname of a headline outside any
	# entity; the proper nouns before the colon still name the speaker
	run quotes "Starmer: 'We will fix the NHS'"
	assert_output 'direct|Starmer|Starmer|say|We will fix the NHS'
	run quotes "BREAKING: 'We will fix the NHS'"
	refute_output --partial 'BREAKING|'
}

@test "a closing mark that never opened: the quotation is the clause before it" {
	run quotes 'The envoy praised the talks as a new start, calling for closer ties between our two nations in trade and energy."'
	assert_output 'partial|The envoy|The envoy|praise|calling for closer ties between our two nations in trade and energy.'
}

@test "offsets: start and end cut the quoted content out of the document" {
	printf 'Intro line.\n\n"We will win," she said.\n' > in.txt
	"$SPLIT" in.txt > s.tsv
	run -0 "$QUOTES" s.tsv
	start=$(cut -f3 <<<"$output"); end=$(cut -f4 <<<"$output")
	[ "$(head -c "$end" in.txt | tail -c "$((end - start))")" = "We will win," ] ||
	[ "$(head -c "$end" in.txt | tail -c "$((end - start))")" = "We will win" ]
}

@test "unbalanced, stray and mixed quotation marks: no crash, no hang, the rest kept" {
	printf '%s\n\n%s\n\n%s\n' 'He said "this never closes and goes on.' 'A stray ” mark and a ‘ lone one and " another.' '"Later," the aide said, "all was well."' > in.txt
	"$SPLIT" in.txt > s.tsv
	run -0 --separate-stderr "$QUOTES" s.tsv
	assert_stderr ''
	assert_line --partial 'all was well.'
}

@test "the same input gives the same bytes; documents are independent" {
	cd "$ROOT"
	"$SPLIT" examples/seeds/*.txt > "$T/all.tsv"
	"$QUOTES" "$T/all.tsv" > "$T/a.tsv"
	"$QUOTES" "$T/all.tsv" > "$T/b.tsv"
	cmp "$T/a.tsv" "$T/b.tsv"
	for f in examples/seeds/*.txt; do "$SPLIT" "$f" | "$QUOTES"; done > "$T/c.tsv"
	cmp "$T/a.tsv" "$T/c.tsv"
}

@test "-H prints the header" {
	run -0 "$QUOTES" -H /dev/null
	assert_output "$(printf '#doc\tsent\tstart\tend\tkind\tspeaker\tmention\tcue\tquote\tmstart\tmend\tevent')"
}

@test "a malformed record: message with file and line, status 1, the rest processed" {
	printf 'd\t1\t1\t0\t31\t"We won," the coach said.\nbad record\n' > s.tsv
	run -1 --separate-stderr "$QUOTES" s.tsv
	assert_stderr 'news-extract-quotes: s.tsv:2: expected 6 fields, got 1'
	assert_output "$(printf 'd\t1\t1\t7\tdirect\tthe coach\tthe coach\tsay\tWe won\t10\t19\t1')"
}

@test "empty input, missing file, usage, a verbs file that is not there" {
	run -0 "$QUOTES" /dev/null
	assert_output ''
	run -1 --separate-stderr "$QUOTES" no-such-file
	assert_stderr_regex '^news-extract-quotes: no-such-file: '
	run -2 "$QUOTES" --no-such-option
	run -2 --separate-stderr "$QUOTES" --verbs no-such-list /dev/null
	assert_stderr_regex 'no-such-list'
	run -2 --separate-stderr "$QUOTES" --quotes-model no-such-model /dev/null
	assert_stderr_regex '^news-extract-quotes: no-such-model: '
	run -2 --separate-stderr "$QUOTES" --quotes-model "$ROOT/data/tagger.model" /dev/null
	assert_stderr_regex 'not a model of news-extract-quotes'
	run -2 --separate-stderr "$QUOTES" --beam 0 /dev/null
	assert_stderr_regex -- '--beam'
}

@test "--verbs: a user's list of reporting verbs replaces the default" {
	printf 'Officials say the plan will work. Officials reckon the plan will fail.\n' > in.txt
	"$SPLIT" in.txt > s.tsv
	printf 'reckon\tspeech\n' > verbs.tsv
	run -0 "$QUOTES" --verbs verbs.tsv s.tsv
	assert_output --partial 'the plan will fail'
	refute_output --partial 'the plan will work'
}

@test "invalid UTF-8, NUL-free binary noise, CRLF and a huge sentence: records or nothing, never a crash" {
	printf '"Caf\xe9 \xff\xfe is open," the owner said.\r\n' > in.txt
	"$SPLIT" in.txt > s.tsv 2> /dev/null || true
	run -0 --separate-stderr "$QUOTES" s.tsv
	assert_stderr ''
	assert_output --partial 'the owner'
	{ printf '"'; for i in $(seq 1 20000); do printf 'word%d, ' "$i"; done; printf 'end," she said.\n'; } > big.txt
	"$SPLIT" big.txt > big.tsv
	run -0 "$QUOTES" big.tsv
	assert_output --partial 'word19999'
}

@test "two reports in one sentence: 'claimed A, insisting \"B\"' gives both, A ending before the second cue" {
	run quotes 'Anna Berg claimed she took the decision alone, insisting she was "never pressured by anyone" in the ministry.'
	assert_line --index 0 'indirect|Anna Berg|Anna Berg|claim|she took the decision alone'
	assert_line --index 1 'partial|Anna Berg|Anna Berg|insist|she was "never pressured by anyone" in the ministry'
}

@test "'he' after a name past a title with 'of' in it ('Office of Emergency Management director Carla Ruiz said'), or named by 'according to', is that person" {
	run speakers 'Nine bridges were closed, Office of Emergency Management director Carla Ruiz said. Two more will close on Monday, she said.'
	assert_line $'Carla Ruiz\tshe'
	run speakers 'The pilots refused the checks, according to Port Authority Director Tomas Brandt. "We will not allow flights," he told reporters.'
	assert_line --index 1 $'Tomas Brandt\the'
	run speakers 'The list was sent to Secretary of State Ann Lee by Paul Grant. "It is complete," he said.'
	refute_line --index 1 $'Ann Lee\the'
}

@test "speaker: a US lawmaker's party and state are no name ('Rep. Christopher Shays, R-Conn., said'); a relative clause's name is not the speaker" {
	run speakers 'Rep. Martin Olsen, R-Conn., said the vote would be close.'
	assert_output $'Martin Olsen\tRep. Martin Olsen, R-Conn.,'
	run speakers 'David Ortiz, of Austin, Texas, whose brother, Luis Ortiz, died in the crash, said the airline had not called.'
	assert_line --regexp $'^David Ortiz\t'
}

@test "'..., according to X.' at the end of a sentence reports the whole sentence, not the last clause before it ('sailors ..., most of whom worked for the Authority, according to the director')" {
	run quotes 'Dock workers refused to allow customs officers to check the papers of sailors who arrived on a Maltese tanker Tuesday night, most of whom worked for the Maltese Harbour Authority, according to Port Authority Director Daniel Cohen.'
	assert_output 'indirect|Daniel Cohen|Port Authority Director Daniel Cohen|according to|Dock workers refused to allow customs officers to check the papers of sailors who arrived on a Maltese tanker Tuesday night, most of whom worked for the Maltese Harbour Authority'
}

@test "a transcript's line: a quotation that opens its paragraph with a name in capitals and a colon is that speaker's ('\"WALLACE: ...'), the label no part of what was said" {
	printf 'Partial transcript as follows:\n\n"WALLACE: Let us start with the news on the debate and the guests who will sit in the front row."\n\nThe interview ran for ten minutes.\n' > in.txt
	"$SPLIT" in.txt > s.tsv
	run -0 "$QUOTES" s.tsv
	assert_line --regexp $'\tdirect\tWALLACE\tWALLACE\t:\tLet us start with the news'
	refute_output --partial 'WALLACE: Let'
}

@test "speaker: a time the parse took for the subject is none ('... bus said Saturday he was sad'); the noun a misparsed verb hangs on is" {
	run speakers 'JERUSALEM (AP) _ The father of one of the gunmen who died in the attack on a busy Jerusalem bus said Saturday he was sad about his son'"'"'s death but proud of him.'
	assert_line --regexp $'^The father of one of the gunmen'
	refute_output --regexp $'^Saturday\t'
}

@test "speaker: a source that names no person is its words before what describes it ('Steve Peers of the University of Essex, speaking to the BBC, said'); the mention keeps them all" {
	run speakers 'Steve Peers of the University of Essex, speaking to the BBC, said the plan was legal.'
	assert_output $'Steve Peers of the University of Essex\tSteve Peers of the University of Essex, speaking to the BBC,'
}

@test "speaker: nor what a relative clause adds ('The mother of one of the students who died in the fire said')" {
	run speakers 'The mother of one of the students who died in the fire at the school said the inquiry had taken too long.'
	assert_output $'The mother of one of the students\tThe mother of one of the students who died in the fire at the school'
}

@test "speaker: a verb the parse coordinated with one inside a quotation has the speaker of the reporting verb before it (we will respect it, Dlamini said, but added: in wire quotation marks) " {
	run speakers "\`\`Clearly we will respect the decision of the judges,'' Dlamini said, but added he would \`\`regret'' any further delay."
	assert_line --index 0 $'Dlamini\tDlamini'
	assert_line --index 1 $'Dlamini\tDlamini'
}

@test "'they' is the plural source of the report in the three sentences before ('Diplomats said ... They said', 'Arab and Western diplomats'); with none, it stays 'they'" {
	run speakers 'Western diplomats said the talks had stalled. They said the sanctions would stay for now.'
	assert_line --index 1 $'Western diplomats\tThey'
	run speakers 'The talks stalled. They said the sanctions would stay for now.'
	assert_output $'They\tThey'
	run speakers 'Arab and Western diplomats said the talks had stalled. They said the sanctions would stay for now.'
	assert_line --index 1 $'Arab and Western diplomats\tThey'
}

@test "speaker: not a time after the source ('The Times on Saturday reported')" {
	run speakers 'The Times on Saturday reported that the talks had failed.'
	assert_output $'The Times\tThe Times'
}

@test "speaker: a definite title with no name is the one person of the story who holds it ('the president said' after 'President Carlos Mendes'), and 'he' after it is that person; the mention keeps the title" {
	run speakers $'LISBON _ President Carlos Mendes on Friday condemned the attack on the port.\n\n``We will find those who did this,\'\' the president said at a news conference.\n\n``Nobody is above the law,\'\' he said.'
	assert_line --index 0 $'Carlos Mendes\tthe president'
	assert_line --index 1 $'Carlos Mendes\the'
}

@test "speaker: a definite title that two people of the story hold stays the title ('the minister' with a foreign and a defence minister)" {
	run speakers $'Foreign Minister Ana Silva met Defence Minister Rui Costa on Monday.\n\nThe minister said the talks had gone well.'
	assert_output $'The minister\tThe minister'
}

@test "a wire dateline is no part of the content nor of the speaker ('NAIROBI, Kenya (AP) _ Farmers ..., the regional governor said'; 'CAIRO, Egypt (AP) _ Libya has denied')" {
	printf '%s\n' 'NAIROBI, Kenya (AP) _ Farmers in the west are still waiting for seed from the government, the regional governor said Monday.' > in.txt
	"$SPLIT" in.txt > s.tsv
	run -0 "$QUOTES" s.tsv
	assert_output $'in.txt\t1\t22\t88\tindirect\tthe regional governor\tthe regional governor\tsay\tFarmers in the west are still waiting for seed from the government\t90\t111\t1'
	run speakers 'CAIRO, Egypt (AP) _ Libya has denied allegations that it is delaying the hand-over of the two men.'
	assert_output $'Libya\tLibya'
}

@test "speaker: not a relative clause the parse took for the source; the noun before it ('But Jones, who last spring was resisting advice that ..., insisted that')" {
	run speakers 'But Jones, who last spring was resisting advice that he become far more involved in managing the crisis, insisted that it was not too late to act.'
	assert_output --regexp $'^Jones\tJones'
}

@test "speaker: the one a news agency quoted ('\`\`...,'' the Tass news agency quoted President Boris Petrov as saying'), not the agency" {
	run speakers $'The talks ended without a deal on Sunday.\n\n``We will not give up our claim to the islands,\'\' the Tass news agency quoted President Boris Petrov as saying Sunday.'
	assert_output $'Boris Petrov\tPresident Boris Petrov'
}

@test "speaker: not when or where it was said, nor an emphasis ('said one farmer during a meeting', 'a Western diplomat here', 'officials themselves')" {
	run speakers $'``We cannot sell below cost,\'\' said one farmer during a meeting with the minister in the capital.'
	assert_output $'one farmer\tone farmer'
	run speakers 'A Western diplomat here said the talks would resume next week.'
	assert_output $'A Western diplomat\tA Western diplomat'
	run speakers 'Commission officials themselves said they were frustrated by the delays.'
	assert_output $'Commission officials\tCommission officials'
}

@test "a dateline-led clause, then ', the games' organizers said Monday': the content starts after the dateline and the speaker is the noun phrase before the verb" {
	run speakers "BANGKOK, Thailand (AP) _ Thailand expects 39 countries to send teams to the games, the games' organizers said Monday."
	assert_output $'the games\' organizers\tthe games\' organizers'
	printf '%s\n' "BANGKOK, Thailand (AP) _ Thailand expects 39 countries to send teams to the games, the games' organizers said Monday." > in.txt
	"$SPLIT" in.txt > s.tsv
	run -0 "$QUOTES" s.tsv
	assert_output --regexp $'\tThailand expects 39 countries to send teams to the games\t'
}

@test "an accusation is reported speech, its content the accused and what they are accused of ('The union accused the minister of misleading parliament')" {
	printf '%s\n' 'The union accused the minister of misleading parliament about the cuts.' > in.txt
	"$SPLIT" in.txt > s.tsv
	run -0 "$QUOTES" s.tsv
	assert_output --regexp $'\tindirect\tThe union\tThe union\taccuse\tthe minister of misleading parliament about the cuts\t'
}

@test "speaker: the one quoted in the passive ('\`\`...,'' Ali Hassan was quoted as saying by the newspaper')" {
	run speakers $'The fire spread through the hall within minutes.\n\n``We could have saved more young people if only police had not stopped us,\'\' Ali Hassan was quoted as saying by the newspaper Expressen.'
	assert_output $'Ali Hassan\tAli Hassan'
}

@test "shouted, yelled, screamed and chanted quotations have their speaker ('A small crowd of protesters shouted, \`\`Death to the traitors!'')" {
	run speakers "A small crowd of protesters shouted, \`\`Death to the traitors! Out with the government!''"
	assert_output $'A small crowd of protesters\tA small crowd of protesters'
}

@test "speaker: never an adjunct alone, but the subject before it ('Ankara has in the past accused Athens of ...': Ankara, not 'in the past')" {
	printf '%s\n' 'Ankara has in the past accused Athens of harboring and training rebels who have been fighting in the southeast since 1984.' > in.txt
	"$SPLIT" in.txt > s.tsv
	run -0 "$QUOTES" s.tsv
	assert_output --regexp $'\tindirect\tAnkara\tAnkara\taccuse\tAthens of harboring'
}

@test "'he' after a sentence that reports no speech but an interview with a person is that person ('The show included an interview with Augusto Pinochet Hiriart'); not the interviewer of 'X said in an interview with CNN's Y'" {
	run speakers $'President Fidel Castro of Cuba was shown on television reacting to the arrest.\n\nThe same show included an interview with Augusto Pinochet Hiriart, the general\'s son.\n\n``Countries have lost wars and committed real genocide,\'\' he said, ``but that is not what happened here.\'\''
	assert_line --index 0 $'Augusto Pinochet Hiriart\the'
	run speakers $'David Axelrod said in an interview with CNN\'s Wolf Blitzer that the tweet was outrageous.\n\n``He should apologize,\'\' he said.'
	assert_line --index 1 $'David Axelrod\the'
}

@test "an attribution between commas after the clause's subject: the clause less it is the content, in two parts of one event ('The plan, the minister said, is \"a disgrace\" and must be dropped')" {
	printf 'The plan, the minister said, is "a disgrace" and must be dropped.\n' > in.txt
	"$SPLIT" in.txt > s.tsv
	run -0 "$QUOTES" s.tsv
	assert_line --regexp $'^in.txt\t1\t0\t8\tindirect\tthe minister\tthe minister\tsay\tThe plan\t10\t22\t1$'
	assert_line --regexp $'^in.txt\t1\t29\t[0-9]+\tpartial\tthe minister\tthe minister\tsay\tis "a disgrace" and must be dropped\t10\t22\t1$'
}

@test "a finite clause before a sentence-final attribution is reported speech whatever the model weighs ('The fish will defend the reefs against warming, scientists say.')" {
	printf 'The talks ended.\n\nThe talks will resume next week, the minister said.\n\nThe fish will defend the reefs against warming, scientists say.\n' > in.txt
	"$SPLIT" in.txt > s.tsv
	run -0 "$QUOTES" s.tsv
	assert_line --regexp $'^in.txt\t3\t[0-9]+\t[0-9]+\tindirect\tscientists\tscientists\tsay\tThe fish will defend the reefs against warming\t'
}

@test "'CLAUSE, say scientists' with 'say' tagged a base form is reported speech; not 'cannot have visitors, write letters, or receive mail'" {
	printf 'Voracious fish defend coral reefs against warming, say scientists\n\nThe lawyers added that the defendants cannot have visitors, write letters, or receive mail or books.\n' > in.txt
	"$SPLIT" in.txt > s.tsv
	run -0 "$QUOTES" s.tsv
	assert_line --regexp $'^in.txt\t1\t[0-9]+\t[0-9]+\tindirect\tscientists\tscientists\tsay\tVoracious fish defend coral reefs against warming\t'
	refute_line --regexp $'\tletters\t'
}

@test "two subjects the parse put side by side are one source, the second its head ('Very early yesterday morning, the United States President Donald Trump reported ...')" {
	printf 'The disease spread.\n\nVery early yesterday morning, the United States President Donald Trump reported he and his wife tested positive for COVID-19.\n' > in.txt
	"$SPLIT" in.txt > s.tsv
	run -0 "$QUOTES" s.tsv
	assert_line --regexp $'^in.txt\t2\t[0-9]+\t[0-9]+\tindirect\tDonald Trump\tthe United States President Donald Trump\treport\the and his wife tested positive for COVID-19\t'
}

@test "an organisation in capitals the tagger took for 'who' is the source, not the word before it ('the WHO noted ...: \"...\"')" {
	printf 'On Wednesday, the World Health Organization (WHO) declared a pandemic.\n\nAlthough the word "pandemic" only refers to how widely a disease has spread, not how dangerous specific cases are, the WHO noted the need to drive governments to action: "All countries can still change the course of this pandemic."\n' > in.txt
	"$SPLIT" in.txt > s.tsv
	run -0 "$QUOTES" s.tsv
	assert_line --regexp $'^in.txt\t2\t[0-9]+\t[0-9]+\t(direct|partial)\tWHO\tWHO\tnote\t'
	refute_line --regexp $'\tthe\tWHO\t'
}

@test "'According to X, CLAUSE' opening a sentence is reported speech whatever the model weighs, the whole clause with its quoted word ('According to Tom Frieden, the pandemic is \"unprecedented.\"')" {
	printf 'The WHO declared a pandemic.\n\nAccording to Tom Frieden, the pandemic is "unprecedented."\n' > in.txt
	"$SPLIT" in.txt > s.tsv
	run -0 "$QUOTES" s.tsv
	assert_line --regexp $'^in.txt\t2\t[0-9]+\t[0-9]+\tpartial\tTom Frieden\tTom Frieden\taccording to\tthe pandemic is "unprecedented."\t'
}

@test "a name hung on the verb before the apposition the parse made the subject is the source's head ('But Mr Balls, a prospective Labour MP, said ...')" {
	printf 'But Mr Balls, a prospective Labour MP, said he was confident.\n' > in.txt
	"$SPLIT" in.txt > s.tsv
	run -0 "$QUOTES" s.tsv
	assert_line --regexp $'^in.txt\t1\t[0-9]+\t[0-9]+\tindirect\tMr Balls\tMr Balls, a prospective Labour MP,\tsay\the was confident\t'
}

@test "the speaker after the closing mark reads over a compound adjective ('\"Q,\" said Moscow-based US lawyer Jamie Firestone'), not its first part" {
	printf '"Pay real money," said Moscow-based US lawyer Jamie Firestone, who is not connected to the case.\n' > in.txt
	"$SPLIT" in.txt > s.tsv
	run -0 "$QUOTES" s.tsv
	assert_line --regexp $'^in.txt\t1\t[0-9]+\t[0-9]+\tdirect\tJamie Firestone\tMoscow-based US lawyer Jamie Firestone'
}

@test "after a quotation that opens the sentence, the words after the verb are its speaker, not reported speech, however the parse reads a verb into them ('\"Q,\" said the chairman of the Commons education select committee, ...')" {
	printf '"It will be a tragedy if the government comes through with a half-hearted response," said the chairman of the Commons education select committee, Labour MP Barry Sheerman.\n\nThe British government, in a statement condemning the "repugnant murders," said it was awaiting final confirmation.\n' > in.txt
	"$SPLIT" in.txt > s.tsv
	run -0 "$QUOTES" s.tsv
	refute_line --regexp $'\tindirect\t[^\t]*\t[^\t]*\tsay\tthe chairman of'
	assert_line --regexp $'\tsay\tit was awaiting final confirmation'
}

@test "a name and its apposition the parse made a clause before the verb, its closing comma left out, are the source, not reported speech ('\"Q\", Rabbi Marvin Hier, founder of Jewish human rights group the Simon Wiesenthal Center said.')" {
	printf 'Prince Harry should see for himself "the results of the hated symbol he so foolishly and brazenly chose to wear", Rabbi Marvin Hier, founder of Jewish human rights group the Simon Wiesenthal Center said.\n' > in.txt
	"$SPLIT" in.txt > s.tsv
	run -0 "$QUOTES" s.tsv
	assert_line --regexp $'^in.txt\t1\t[0-9]+\t[0-9]+\tpartial\tMarvin Hier\tRabbi Marvin Hier, founder of Jewish human rights group the Simon Wiesenthal Center\tsay\t'
	refute_line --regexp $'\tindirect\t'
}

@test "the speaker of 'CLAUSE, according to X (Y).' is X, without 'according to'" {
	printf 'Women in full-time work earn 19%% less than men, according to the Equal Opportunities Commission (EOC).\n' > in.txt
	"$SPLIT" in.txt > s.tsv
	run -0 "$QUOTES" s.tsv
	assert_line --regexp $'^in.txt\t1\t[0-9]+\t[0-9]+\tindirect\tthe Equal Opportunities Commission\tthe Equal Opportunities Commission \\(EOC\\)\taccording to\tWomen in full-time work earn 19% less than men\t'
}

@test "the subject before a relative clause whose closing comma is left out is the speaker, not the clause's object ('Ms Robinson, who presents The Weakest Link tells Cockerell that ...')" {
	printf 'Anne Robinson hosts a quiz.\n\nMs Robinson, who presents The Weakest Link tells Cockerell that she despaired at his hardline image.\n' > in.txt
	"$SPLIT" in.txt > s.tsv
	run -0 "$QUOTES" s.tsv
	assert_line --regexp $'^in.txt\t2\t[0-9]+\t[0-9]+\tindirect\tAnne Robinson\tMs Robinson, who presents The Weakest Link\ttell\tshe despaired at his hardline image\t'
	refute_line --regexp $'\tThe Weakest Link\tThe Weakest Link\t'
}

@test "the object of 'told' after a comma is whom the quotation was told to, never its speaker ('..., told researchers: \"Q\"')" {
	printf 'Barbara Follet, one of the so-called "Blair Babes" elected in 1997, told researchers: "I remember some Conservatives."\n' > in.txt
	"$SPLIT" in.txt > s.tsv
	run -0 "$QUOTES" s.tsv
	assert_line --regexp $'\tdirect\t[^\t]*\t[^\t]*\ttell\tI remember some Conservatives.\t'
	refute_line --regexp $'\tresearchers\t'
}

@test "the object of a naming verb starts the content of a quoted predicate ('called the new tax \"a disaster.\"': a small clause)" {
	printf 'On Twitter, Former Florida Gov. Bob Graham called the new tax “a disaster.”\n' > in.txt
	"$SPLIT" in.txt > s.tsv
	run -0 "$QUOTES" s.tsv
	assert_line --regexp $'\tpartial\tBob Graham\t[^\t]*\tcall\tthe new tax “a disaster\\.”\t'
}

@test "a phrase between an auxiliary and the verb is no speaker ('has in the past called', 'has in recent weeks said')" {
	printf 'The governor has in the past called the plan "a disaster."\n\nThe minister has in recent weeks said the economy is turning a corner.\n\nThe mayor has on several occasions described the deal as "a bad bargain for taxpayers."\n' > in.txt
	"$SPLIT" in.txt > s.tsv
	run -0 "$QUOTES" s.tsv
	assert_line --regexp $'\tpartial\tThe governor\tThe governor\tcall\tthe plan "a disaster\\."\t'
	assert_line --regexp $'\tindirect\tThe minister\tThe minister\tsay\tthe economy is turning a corner\t'
	assert_line --regexp $'\tpartial\tThe mayor\tThe mayor\tdescribe\tthe deal as "a bad bargain for taxpayers\\."\t'
	refute_line --regexp $'\t(the past|recent weeks|several occasions)\t'
}

@test "the reported clause of a quoted fragment runs from its subject, whatever the parse hung the final stop on, and holds the closing mark ('said that the plan \"is a disaster.\"')" {
	printf 'She has in the past said that the plan "is a disaster."\n\nThe rebel group said, however, that foreign visitors "have nothing to fear from us."\n' > in.txt
	"$SPLIT" in.txt > s.tsv
	run -0 "$QUOTES" s.tsv
	assert_line --regexp $'\tpartial\tShe\tShe\tsay\tthe plan "is a disaster\\."\t'
	assert_line --regexp $'\tpartial\tThe rebel group\t[^\t]*\tsay\tforeign visitors "have nothing to fear from us\\."\t'
}

@test "a place's state or country after a comma stays in the apposition of a speaker's mention ('a delegate from Houston, Texas,')" {
	printf 'Christopher Harvey, a delegate from Houston, Texas, said the speech "was a disaster."\n\nMike Smith, president of the union, which represents teachers, said the deal "is dead."\n' > in.txt
	"$SPLIT" in.txt > s.tsv
	run -0 "$QUOTES" s.tsv
	assert_line --regexp $'\tChristopher Harvey\tChristopher Harvey, a delegate from Houston, Texas,\tsay\t'
	assert_line --regexp $'\tMike Smith\tMike Smith, president of the union,\tsay\t'
}

@test "reported speech the parse gives no subject takes the noun phrase right before its verb, never a preposition's ('In a call with analysts Monday, Pfizer chief executive Ian Read said ...')" {
	printf 'In a call with analysts Monday, Pfizer chief executive Ian Read said company leaders had paid attention to the political debate.\n\nA report to Congress suggested the agency had overstated its savings.\n\nA group opposed to the new dam in the valley said it was ready to go to court.\n' > in.txt
	"$SPLIT" in.txt > s.tsv
	run -0 "$QUOTES" s.tsv
	assert_line --regexp $'\tindirect\tPfizer chief executive Ian Read\tPfizer chief executive Ian Read\tsay\tcompany leaders had paid attention'
	assert_line --regexp $'\tindirect\tA report to Congress\tA report to Congress\tsuggest\t'
	assert_line --regexp $'\tindirect\tA group\tA group opposed to the new dam in the valley\tsay\t'
}

@test "a source starts after a sentence's 'But', ends with its '%', and a verb coordinated with a passive main verb shares its subject, not its agent" {
	printf 'But research to be released this week by four economists suggests that the damage was heavy.\n\nThere is less consensus on terrorism: 47%% say the United States should commit troops.\n\nFBI officials were angered by the deal and predicted it would affect other cases.\n\nThe mayor said she thinks the video should be released but said "the question is the timing."\n' > in.txt
	"$SPLIT" in.txt > s.tsv
	run -0 "$QUOTES" s.tsv
	assert_line --regexp $'\tindirect\tresearch to be released this week by four economists\t[^\t]*\tsuggest\t'
	assert_line --regexp $'\tindirect\t47%\t47%\tsay\t'
	assert_line --regexp $'\tindirect\tFBI officials\tFBI officials\tpredict\t'
	refute_line --regexp $'\tthe video\t'
}

@test "a source is no focus adverb's ('even a top GOP strategist said') and keeps how near its count is, however the parse hung the adverb ('Almost half said')" {
	printf 'Alongside calls for action, even a top GOP strategist said Clinton will have to choose.\n\nAlmost half said they wanted a nominee from outside the political establishment.\n' > in.txt
	"$SPLIT" in.txt > s.tsv
	run -0 "$QUOTES" s.tsv
	assert_line --regexp $'\tindirect\ta top GOP strategist\ta top GOP strategist\tsay\t'
	assert_line --regexp $'\tindirect\t[^\t]*\tAlmost half\tsay\t'
}

@test "reported speech does not start with the sentence's link to the one before ('Meanwhile, Rory McIlroy will defend his title ..., tournament officials said')" {
	printf 'Meanwhile, Rory McIlroy will defend his title at the Canadian Open in June, tournament officials said.\n' > in.txt
	"$SPLIT" in.txt > s.tsv
	run -0 "$QUOTES" s.tsv
	assert_line --regexp $'\tindirect\ttournament officials\ttournament officials\tsay\tRory McIlroy will defend his title at the Canadian Open in June\t'
}

@test "speaker: a person named only as the object or possessor in the source's phrase is not who spoke ('A spokesman for Prime Minister Justin Trudeau said', 'Pagliano's lawyer said'); two titles joined by 'and' before the name are its ('chairman and chief executive Richard Parsons said')" {
	printf 'A spokesman for Prime Minister Justin Trudeau said the meeting went well.\n\nBryan Pagliano testified on Monday. Pagliano'"'"'s lawyer said his client would cooperate.\n\n"Our performance was strong," chairman and chief executive Richard Parsons said.\n' > in.txt
	"$SPLIT" in.txt > s.tsv
	run -0 "$QUOTES" s.tsv
	assert_line --regexp $'\tindirect\tA spokesman for Prime Minister Justin Trudeau\tA spokesman for Prime Minister Justin Trudeau\tsay\t'
	assert_line --regexp $'\tindirect\tPagliano.s lawyer\tPagliano.s lawyer\tsay\t'
	assert_line --regexp $'\tdirect\tRichard Parsons\tchairman and chief executive Richard Parsons\tsay\t'
}

@test "indirect: a clause opening with a gerund before 'NAME said' that says more after is the speaker's doing, not a second report ('Answering questions from X, who asked ..., NAME said it is likely')" {
	printf 'Answering questions from Pointe-Claire MNA Jane Roe, who asked at a committee of the legislature if he intends to continue with the policy in the event of a new wave, Smith said it is likely.\n' > in.txt
	"$NEWS_BIN/news-split" in.txt > s.tsv
	run -0 "$QUOTES" s.tsv
	assert_output --regexp $'^in.txt\t1\t[0-9]+\t[0-9]+\tindirect\tSmith\tSmith\tsay\tit is likely\t'
	refute_output --partial 'Answering'
}

@test "speakers: 'he' is a person the main clause of the sentence before names before one a clause opening it names ('While the Liberal candidate, Tom Baker, declined to speak, incumbent Mark Green wants ...  He said')" {
	printf 'While the Liberal candidate, Tom Baker, declined to speak to reporters, incumbent Mark Green wants to keep his seat.\n\nHe said there is much work left to do.\n' > in.txt
	"$NEWS_BIN/news-split" in.txt > s.tsv
	run -0 "$QUOTES" s.tsv
	assert_output --regexp $'^in.txt\t2\t[0-9]+\t[0-9]+\tindirect\tMark Green\tHe\tsay\tthere is much work left to do\t'
}

@test "indirect: a clause joined to the reported one by 'and' with a subject of its own is reported too ('said the talks went well and it was hard to say when'), not one of the speaker's own doing ('and he left the room')" {
	printf 'He said the talks went well and it was hard to say when a deal would come.\n\nHe said the plan was good and he left the room.\n' > in.txt
	"$NEWS_BIN/news-split" in.txt > s.tsv
	run -0 "$QUOTES" s.tsv
	assert_line --regexp $'^in.txt\t1\t[0-9]+\t[0-9]+\tindirect\tHe\tHe\tsay\tthe talks went well and it was hard to say when a deal would come\t'
	assert_line --regexp $'^in.txt\t2\t[0-9]+\t[0-9]+\tindirect\tHe\tHe\tsay\tthe plan was good\t'
}

@test "speakers: one who issues a statement, a letter or a post 'saying' something says it ('The company released a statement saying it would cut jobs')" {
	printf 'White House physician Jane Roe issued a statement saying the president was well.\n\nThe company released a statement saying it would cut jobs.\n' > in.txt
	"$NEWS_BIN/news-split" in.txt > s.tsv
	run -0 "$QUOTES" s.tsv
	assert_line --regexp $'^in.txt\t1\t[0-9]+\t[0-9]+\tindirect\tJane Roe\tWhite House physician Jane Roe\tsay\tthe president was well\t'
	assert_line --regexp $'^in.txt\t2\t[0-9]+\t[0-9]+\tindirect\tThe company\tThe company\tsay\tit would cut jobs\t'
}

@test "direct: in a story that quotes with single marks only, a quotation runs across sentences and on into paragraphs that open with a mark, one record; an apostrophe opens none ('the '90s')" {
	printf "Speaking of the result, Jane Roe said: 'The party put everything into this seat and got nothing out of it. Not only are they marginalised, they are going nowhere.\n\n'The Government must heed the warning that its supporters are sending.\n\n'The Liberal Democrats are the only party gaining momentum.'\n\nIn the '90s it was different, Roe said.\n" > in.txt
	"$NEWS_BIN/news-split" in.txt > s.tsv
	run -0 "$QUOTES" s.tsv
	assert_line --regexp $'^in.txt\t1\t[0-9]+\t[0-9]+\tdirect\tJane Roe\tJane Roe\tsay\tThe party put everything into this seat and got nothing out of it. Not only are they marginalised, they are going nowhere. The Government must heed the warning that its supporters are sending. The Liberal Democrats are the only party gaining momentum.\t'
	assert_line --regexp $'^in.txt\t5\t[0-9]+\t[0-9]+\tindirect\tJane Roe\tRoe\tsay\tIn the \'90s it was different\t'
	assert_equal "$(printf '%s\n' "$output" | wc -l)" 2
}

@test "speakers: 'she' stands for whom an earlier 'she' of a report stood for, when the name is paragraphs back ('she said she felt \"relief\" ...  \"...,\" she said')" {
	cat > in.txt <<'TXT'
Veteran councillor Anne Hale to leave the council

Veteran councillor Anne Hale has said that she will not stand again at the elections in May.

Ms Hale left the cabinet in June after a row over the budget.

She has held her ward for twenty years.

But, speaking to the local paper, she said she felt "relief" at the decision.

And the long-serving member also said she would meet party officials next week.

"I met the leader last week and we had a good talk. I am very happy with where things stand," she said.
TXT
	"$NEWS_BIN/news-split" in.txt > s.tsv
	run -0 "$QUOTES" s.tsv
	assert_line --regexp $'^in.txt\t5\t[0-9]+\t[0-9]+\tpartial\tAnne Hale\tshe\t'
	assert_line --regexp $'^in.txt\t7\t[0-9]+\t[0-9]+\tdirect\tAnne Hale\tshe\tsay\tI met the leader'
}
