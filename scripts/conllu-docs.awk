# conllu-docs.awk: CoNLL-U files to documents, one a line: ID<TAB>TEXT,
# escaped as the record protocol says (docs/format.md).  A document starts
# at "# newdoc id = ID" (or a new file); its sentences are the "# text ="
# lines, joined by a space within a paragraph and by a blank line ("\n\n")
# between paragraphs ("# newpar").
#
# usage: awk -f scripts/conllu-docs.awk FILE.conllu ...

function flush() {
	if (id != "" && text != "")
		print id "\t" text
	text = ""
	sep = ""
}

function esc(s) {
	gsub(/\\/, "\\\\", s)
	gsub(/\t/, "\\t", s)
	gsub(/\r/, "\\r", s)
	return s
}

FNR == 1 {
	flush()
	id = FILENAME
	sub(/.*\//, "", id)
	sub(/\.conllu$/, "", id)
}

/^# newdoc id = / {
	flush()
	id = substr($0, 15)
	next
}

/^# newpar/ {
	if (text != "")
		sep = "\\n\\n"
	next
}

/^# text = / {
	text = text sep esc(substr($0, 10))
	sep = " "
}

END { flush() }
