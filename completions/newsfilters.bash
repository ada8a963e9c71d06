# bash completion for the newsfilters programs: news-split, news-tag,
# news-extract-people, news-extract-quotes and news-summarize.
#
# `make install` copies this file to
# $(PREFIX)/share/bash-completion/completions/ under each program's name, where
# the bash-completion package loads it the first time a program is completed.
# Without that package, source it from ~/.bashrc:
#
#     . /usr/local/share/bash-completion/completions/news-split
#
# The options come from each program's own --help, read once a shell and
# program, so the completion follows the program it completes: an option
# named in --help as `-x, --long ARG` completes, and ARG says what follows it
# (FILE: a file name, DIR: a directory; --input and --output complete their
# formats; other arguments, such as N or COL, complete nothing).  Words that
# do not start with - complete to file names, as the programs read files.

# _newsfilters_opts PROG: print the options of PROG's --help, one a line, as
# OPTION or OPTION<TAB>ARG
_newsfilters_opts() {
	LC_ALL=C command "$1" --help 2>/dev/null | LC_ALL=C awk '
	/^ +-/ {	# "  -a, --abbrev FILE   more ...": -a and --abbrev take FILE
		n = split($0, w, " ")
		k = 0; arg = ""
		for (i = 1; i <= n; i++) {
			if (w[i] ~ /^-/) {
				o[++k] = w[i]
				sub(/,$/, "", o[k])
			} else {
				if (w[i] ~ /^[A-Z][A-Z_]*$/)
					arg = w[i]
				break
			}
		}
		for (i = 1; i <= k; i++)
			print (arg == "" ? o[i] : o[i] "\t" arg)
	}'
}

_newsfilters() {
	local cmd=$1 cur=${COMP_WORDS[COMP_CWORD]} prev='' key line o a arg=''
	local -a opts=()

	((COMP_CWORD > 0)) && prev=${COMP_WORDS[COMP_CWORD - 1]}
	COMPREPLY=()

	# the options of this program, cached by the command as typed
	declare -gA _newsfilters_cache 2>/dev/null || return 0
	key=$cmd
	if [[ -z ${_newsfilters_cache[$key]+set} ]]; then
		_newsfilters_cache[$key]=$(_newsfilters_opts "$cmd")
	fi
	while IFS= read -r line; do
		[[ -n $line ]] || continue
		o=${line%%$'\t'*}
		a=
		[[ $line == *$'\t'* ]] && a=${line#*$'\t'}
		opts+=("$o")
		[[ $o == "$prev" ]] && arg=$a
	done <<<"${_newsfilters_cache[$key]}"

	# the argument of the option before the cursor
	if [[ -n $arg ]]; then
		case $prev:$arg in
		--input:*)
			mapfile -t COMPREPLY < <(compgen -W 'records conllu' -- "$cur") ;;
		--output:*)
			mapfile -t COMPREPLY < <(compgen -W 'tokens conllu' -- "$cur") ;;
		*:DIR)
			compopt -o filenames 2>/dev/null
			mapfile -t COMPREPLY < <(compgen -d -- "$cur") ;;
		*:FILE)
			compopt -o filenames 2>/dev/null
			mapfile -t COMPREPLY < <(compgen -f -- "$cur") ;;
		esac
		return 0
	fi

	if [[ $cur == -* ]]; then
		mapfile -t COMPREPLY < <(compgen -W "${opts[*]}" -- "$cur")
	else
		compopt -o filenames 2>/dev/null
		mapfile -t COMPREPLY < <(compgen -f -- "$cur")
	fi
	return 0
}

complete -F _newsfilters news-split news-tag news-extract-people \
	news-extract-quotes news-summarize
