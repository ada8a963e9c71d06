# gendoc.awk: a long document of sentence records (news-split output),
# for the tests of how work grows with a document's length.
#
#   awk -v n=N [-v kind=live|he] -f tests/tools/gendoc.awk
#
# live (the default): a live blog of N sentences, three a paragraph, with
# a new person every six sentences, named in full once and by surname
# after, quoted, reported and referred to as "he"; so the people of the
# document and the names to resolve grow with it.
# he: N sentences "He said ..." in one paragraph, no one named.
BEGIN {
	split("ka lo mi ren dor vas tel bri no su zan pel gor hal mur " \
	    "den sor vin bal tor fen dra kel mar nis rov lun tas ber gal", syl)
	split("Anna Peter Maria James Elena Omar Sofia David Laura Ivan", first)
	split("Paris Berlin Ankara Madrid Cairo Lima Oslo Delhi", city)
	OFS = "\t"
	off = 0
	for (i = 0; i < n; i++) {
		if (kind == "he") {
			s = "He said the two countries would sign a new agreement."
			para = 1
		} else {
			s = live(i)
			para = int(i / 3) + 1
		}
		print "doc", i + 1, para, off, off + length(s), s
		off += length(s) + 1
	}
}

function live(i,    k, sur, t) {
	k = int(i / 6)
	sur = surname(k)
	t = i % 6
	if (t == 0)
		return "Foreign Minister " first[k % 10 + 1] " " sur \
		    " met officials in " city[k % 8 + 1] " on Tuesday."
	if (t == 1)
		return "\"We will continue the talks with our partners,\" " \
		    sur " said."
	if (t == 2)
		return "He said the two countries would sign a new agreement next year."
	if (t == 3)
		return sur " told reporters that the meeting had gone well."
	if (t == 4)
		return "The ministry did not comment on the report."
	return "According to " sur ", the deal will be signed soon."
}

# the k-th surname: three syllables and an ending, capitalised
function surname(k,    w) {
	w = syl[k % 30 + 1] syl[int(k / 30) % 30 + 1] syl[int(k / 900) % 30 + 1] "ek"
	return toupper(substr(w, 1, 1)) substr(w, 2)
}
