#include "utf8.h"

#include <string.h>

#include "buf.h"

int
utf8_decode(const unsigned char *s, size_t n, int32_t *cp)
{
	unsigned char c = s[0];
	int32_t v, min;
	int len, i;

	if (c < 0x80) {
		*cp = c;
		return 1;
	}
	if (c >= 0xC2 && c <= 0xDF) {
		len = 2; v = c & 0x1F; min = 0x80;
	} else if (c >= 0xE0 && c <= 0xEF) {
		len = 3; v = c & 0x0F; min = 0x800;
	} else if (c >= 0xF0 && c <= 0xF4) {
		len = 4; v = c & 0x07; min = 0x10000;
	} else {
		*cp = -1;
		return 1;
	}
	if ((size_t)len > n) {
		*cp = -1;
		return 1;
	}
	for (i = 1; i < len; i++) {
		if ((s[i] & 0xC0) != 0x80) {
			*cp = -1;
			return 1;
		}
		v = (v << 6) | (s[i] & 0x3F);
	}
	/* overlong forms, UTF-16 surrogates and values past U+10FFFF are invalid */
	if (v < min || (v >= 0xD800 && v <= 0xDFFF) || v > 0x10FFFF) {
		*cp = -1;
		return 1;
	}
	*cp = v;
	return len;
}

size_t
utf8_prev(const unsigned char *s, size_t i)
{
	size_t j = i;

	if (i == 0)
		return 0;
	j--;
	while (j > 0 && i - j < 4 && (s[j] & 0xC0) == 0x80)
		j--;
	return j;
}

size_t
utf8_scan(const char *s, size_t n, size_t *invalid, size_t *nul)
{
	const unsigned char *u = (const unsigned char *)s;
	size_t i = 0, first = n;
	int32_t cp;
	int len;

	*invalid = *nul = 0;
	while (i < n) {
		/* eight ASCII bytes, none of them NUL, at a time */
		while (i + 8 <= n) {
			uint64_t x;

			memcpy(&x, u + i, 8);
			if ((x & 0x8080808080808080ULL) ||
			    ((x - 0x0101010101010101ULL) & ~x &
			    0x8080808080808080ULL))
				break;
			i += 8;
		}
		if (i >= n)
			break;
		if (u[i] >= 0x01 && u[i] < 0x80) {
			i++;
			continue;
		}
		if (u[i] == 0) {
			(*nul)++;
			if (first == n)
				first = i;
			i++;
			continue;
		}
		len = utf8_decode(u + i, n - i, &cp);
		if (cp < 0) {
			(*invalid)++;
			if (first == n)
				first = i;
		}
		i += (size_t)len;
	}
	return first;
}

size_t
utf8_repair(struct buf *out, const char *s, size_t n)
{
	static const char repl[] = "\xEF\xBF\xBD";
	const unsigned char *u = (const unsigned char *)s;
	size_t i = 0, run = 0, bad = 0;
	int32_t cp;
	int len;

	while (i < n) {
		if (u[i] >= 0x01 && u[i] < 0x80) {
			i++;
			continue;
		}
		len = u[i] ? utf8_decode(u + i, n - i, &cp) : (cp = -1, 1);
		if (cp >= 0) {
			i += len;
			continue;
		}
		buf_add(out, s + run, i - run);
		buf_add(out, repl, 3);
		bad++;
		run = ++i;
	}
	buf_add(out, s + run, n - run);
	return bad;
}

int
u_isspace(int32_t cp)
{
	if (cp < 0x80)
		return cp == ' ' || (cp >= 0x09 && cp <= 0x0D) ||
		    (cp >= 0x1C && cp <= 0x1F);
	switch (cp) {
	case 0x85: case 0xA0: case 0x1680: case 0x2028: case 0x2029:
	case 0x202F: case 0x205F: case 0x3000: case 0xFEFF:
		return 1;
	}
	return cp >= 0x2000 && cp <= 0x200A;
}

/* Latin Extended-A pairs letters as upper/lower, mostly even/odd; these are
 * the ranges where the parity flips or a letter has no pair. */
static int
latin_ext_a_upper(int32_t cp)
{
	if (cp == 0x130)		/* İ */
		return 1;
	if (cp == 0x131 || cp == 0x138 || cp == 0x149 || cp == 0x17F)
		return 0;
	if ((cp >= 0x139 && cp <= 0x148) || (cp >= 0x179 && cp <= 0x17E))
		return cp & 1;
	if (cp == 0x178)
		return 1;
	return !(cp & 1);
}

int
u_isupper(int32_t cp)
{
	if (cp < 0x80)
		return cp >= 'A' && cp <= 'Z';
	if (cp >= 0xC0 && cp <= 0xDE)
		return cp != 0xD7;
	if (cp >= 0x100 && cp <= 0x17F)
		return latin_ext_a_upper(cp);
	if (cp >= 0x391 && cp <= 0x3A9)
		return 1;
	if (cp >= 0x400 && cp <= 0x42F)
		return 1;
	if (cp >= 0x1E00 && cp <= 0x1EFF)	/* Latin Extended Additional */
		return !(cp & 1);
	return 0;
}

int
u_islower(int32_t cp)
{
	if (cp < 0x80)
		return cp >= 'a' && cp <= 'z';
	if (cp >= 0xDF && cp <= 0xFF)
		return cp != 0xF7;
	if (cp >= 0x100 && cp <= 0x17F)
		return !latin_ext_a_upper(cp);
	if (cp >= 0x3B1 && cp <= 0x3C9)
		return 1;
	if (cp >= 0x430 && cp <= 0x45F)
		return 1;
	if (cp >= 0x1E00 && cp <= 0x1EFF)
		return cp & 1;
	return 0;
}

int
u_isalpha(int32_t cp)
{
	if (cp < 0x80)
		return (cp | 0x20) >= 'a' && (cp | 0x20) <= 'z';
	if (u_isupper(cp) || u_islower(cp))
		return 1;
	if (cp == 0xAA || cp == 0xBA)
		return 1;
	/* Latin Extended-B, IPA, Arabic, Hebrew, CJK and the rest: letters
	 * without a case signal we rely on */
	return (cp >= 0x180 && cp <= 0x24F) || (cp >= 0x5D0 && cp <= 0x6FF) ||
	    (cp >= 0x3040 && cp <= 0x9FFF) || (cp >= 0xAC00 && cp <= 0xD7A3);
}

int
u_isclosing(int32_t cp)
{
	switch (cp) {
	case '"': case '\'': case ')': case ']': case '}':
	case 0x201D: case 0x2019: case 0xBB: case 0x203A:
		return 1;
	}
	return 0;
}

int
u_isdigit(int32_t cp)
{
	return cp >= '0' && cp <= '9';
}

/* ASCII whitespace as u_isspace() has it: \t-\r, 0x1C-0x1F and space */
#define S U8_SPACE
#define L U8_SPACELEAD
const unsigned char utf8_byteclass[256] = {
	[0x09] = S, [0x0A] = S, [0x0B] = S, [0x0C] = S, [0x0D] = S,
	[0x1C] = S, [0x1D] = S, [0x1E] = S, [0x1F] = S, [0x20] = S,
	[0xC2] = L, [0xE1] = L, [0xE2] = L, [0xE3] = L, [0xEF] = L
};
#undef S
#undef L

int
utf8_space_len_slow(const unsigned char *s, size_t n)
{
	int32_t cp;
	int len;

	len = utf8_decode(s, n, &cp);
	return cp >= 0 && u_isspace(cp) ? len : 0;
}

size_t
utf8_squeeze(struct buf *out, const char *s, size_t n)
{
	const unsigned char *u = (const unsigned char *)s;
	unsigned char *w, *w0;
	size_t i = 0, bad = 0;
	int pending = 0, sl, len, k;
	int32_t cp;

	/* an invalid byte grows to three: reserve the worst case once and
	 * write through a pointer, the hot loop of every writer */
	if (n > (SIZE_MAX - out->l - 1) / 3 || buf_reserve(out, 3 * n) < 0)
		return 0;
	w = w0 = (unsigned char *)out->s + out->l;
	while (i < n) {
		if (u[i] > ' ' && u[i] < 0x7F) {
			if (pending) {
				*w++ = ' ';
				pending = 0;
			}
			*w++ = u[i++];
			continue;
		}
		if ((sl = utf8_space_len(u + i, n - i)) > 0) {
			pending = w > w0;
			i += (size_t)sl;
			continue;
		}
		if (pending)
			*w++ = ' ';
		pending = 0;
		len = u[i] ? utf8_decode(u + i, n - i, &cp) : (cp = -1, 1);
		if (cp < 0) {
			*w++ = 0xEF;
			*w++ = 0xBF;
			*w++ = 0xBD;
			bad++;
		} else {
			for (k = 0; k < len; k++)
				*w++ = u[i + (size_t)k];
		}
		i += (size_t)len;
	}
	out->l += (size_t)(w - w0);
	out->s[out->l] = '\0';
	return bad;
}
