#!/bin/sh
# Rebuild scripts/unicode-fold.tsv, the Unicode tables of
# scripts/eval-quotes.sh.
#
# usage: scripts/make-unicode-fold.sh [-o FILE]
#
# eval-quotes.sh scores quotes as ../shared/eval/quotes.py does, and that
# compares text through _common.fold() and words(): NFKD, combining marks
# dropped, quotes and dashes unified, whitespace squeezed, casefold(), and
# words as runs of \w.  These depend on the Unicode database of the Python
# that runs the scorer, so the tables are taken from Python itself
# (python3's unicodedata and str methods), once, here: this maintenance
# script is the only part that needs python3; the scorer reads the file.
# Rerun it when the official scorer moves to a Python with another Unicode
# version (the file's header names the one it was made with).
#
# Exit status: 0 done, 1 python3 failed, 2 usage.
set -eu

prog=make-unicode-fold
out=scripts/unicode-fold.tsv
case ${1-} in
-o) out=$2; shift 2 ;;
-h | --help) sed -n '2,/^$/s/^# \{0,1\}//p' "$0"; exit 0 ;;
esac
if [ $# -ne 0 ]; then
	printf 'usage: scripts/make-unicode-fold.sh [-o FILE]\n' >&2
	exit 2
fi
cd "$(dirname "$0")/.."
command -v python3 >/dev/null 2>&1 || {
	printf '%s: python3 not found\n' "$prog" >&2
	exit 1
}

python3 - >"$out.tmp" <<'EOF' || { rm -f "$out.tmp"; printf '%s: python3 failed\n' "$prog" >&2; exit 1; }
import re
import sys
import unicodedata


def fold1(c):
    """_common.fold() of one character, whitespace left alone."""
    s = c.replace('\u0131', 'i').replace('\u0130', 'I')
    s = unicodedata.normalize('NFKD', s)
    s = ''.join(x for x in s if not unicodedata.combining(x))
    s = s.replace('\u2019', "'").replace('\u2018', "'")
    s = s.replace('\u201c', '"').replace('\u201d', '"')
    s = s.replace('\u2013', '-').replace('\u2014', '-')
    return s.casefold()


def ranges(pred):
    out, lo = [], None
    for cp in range(0x80, 0x110001):
        v = cp <= 0x10FFFF and pred(chr(cp))
        if v and lo is None:
            lo = cp
        elif not v and lo is not None:
            out.append((lo, cp - 1))
            lo = None
    return out


def hangul(cp):
    return 0xAC00 <= cp <= 0xD7A3


print('# Unicode tables of scripts/eval-quotes.sh, made by '
      'scripts/make-unicode-fold.sh; do not edit.')
print('# Python %s, unicodedata %s.' % (sys.version.split()[0],
                                        unicodedata.unidata_version))
print('# f LO HI OUT: code points LO..HI (hex) fold to OUT (hex code points,')
print('#   space-separated; empty: dropped); when OUT is one code point, LO+k')
print('#   folds to OUT+k.  Whitespace folds to 20.  Code points not listed')
print('#   (and ASCII) fold to themselves, but A-Z to a-z and the Hangul')
print('#   syllables AC00..D7A3 to their jamo (computed).')
print('# w LO HI: \\w characters (str.isalnum() or _) above ASCII.')
print('# u LO HI: str.isupper() characters above ASCII.')
print('# n LO HI: characters above ASCII that str.isprintable() rejects.')

runs = []
for cp in range(0x80, 0x110000):
    if 0xD800 <= cp <= 0xDFFF or hangul(cp):
        continue
    c = chr(cp)
    m = ' ' if c.isspace() else fold1(c)
    if m == c:
        continue
    o = [ord(x) for x in m]
    if runs:
        lo, hi, prev = runs[-1]
        if hi == cp - 1 and ((not prev and not o) or
                             (len(prev) == 1 and len(o) == 1 and
                              o[0] == prev[0] + cp - lo)):
            runs[-1] = (lo, cp, prev)
            continue
    runs.append((cp, cp, o))
for lo, hi, o in runs:
    print('f\t%X\t%X\t%s' % (lo, hi, ' '.join('%X' % x for x in o)))
for tag, pred in (('w', lambda c: c.isalnum() or c == '_'),
                  ('u', lambda c: c.isupper()),
                  ('n', lambda c: not c.isprintable())):
    for lo, hi in ranges(pred):
        print('%s\t%X\t%X' % (tag, lo, hi))

# The scorer relies on these: check them here.
for cp in range(0x110000):
    c = chr(cp)
    assert bool(re.match(r'\w', c)) == (c.isalnum() or c == '_'), cp
    assert bool(re.match(r'\s', c)) == c.isspace(), cp
    if cp < 0x80:
        assert (c.isalnum() or c == '_') == bool(re.match('[A-Za-z0-9_]', c))
        assert c.isspace() == (c in ' \t\n\v\f\r\x1c\x1d\x1e\x1f')
        assert c.isupper() == ('A' <= c <= 'Z')
        assert fold1(c) == c.lower()
        assert c.isprintable() == (' ' <= c <= '~')
    if hangul(cp):
        assert fold1(c) == unicodedata.normalize('NFD', c)
    if not c.isspace() and any(x.isspace() for x in fold1(c)):
        # squeezing before or after casefold() is the same
        assert all(x == ' ' or not x.isspace() for x in fold1(c)), cp
EOF
mv "$out.tmp" "$out"
