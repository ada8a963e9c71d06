/* Unit tests for common/utf8.c: decoding, scanning, squeezing, classes. */
#include <string.h>

#include "buf.h"
#include "utf8.h"
#include "unit.h"

#define U(s) ((const unsigned char *)(s))

/* utf8_decode of the n bytes at s gives length len and code point cp. */
#define CHECK_DECODE(str, n, wlen, wcp) do { \
	int32_t cp_ = -2; \
	CHECK_INT_EQ(utf8_decode(U(str), (n), &cp_), (wlen)); \
	CHECK_INT_EQ(cp_, (wcp)); \
} while (0)

static void
test_decode_valid(void)
{
	CHECK_DECODE("A", 1, 1, 0x41);
	CHECK_DECODE("\0", 1, 1, 0);
	CHECK_DECODE("\x7F", 1, 1, 0x7F);
	CHECK_DECODE("\xC2\x80", 2, 2, 0x80);		/* smallest 2-byte */
	CHECK_DECODE("\xC3\xB6", 2, 2, 0xF6);		/* ö */
	CHECK_DECODE("\xC4\xB1x", 3, 2, 0x131);		/* ı, more bytes after */
	CHECK_DECODE("\xDF\xBF", 2, 2, 0x7FF);
	CHECK_DECODE("\xE0\xA0\x80", 3, 3, 0x800);	/* smallest 3-byte */
	CHECK_DECODE("\xE2\x82\xAC", 3, 3, 0x20AC);	/* € */
	CHECK_DECODE("\xED\x9F\xBF", 3, 3, 0xD7FF);	/* just below surrogates */
	CHECK_DECODE("\xEE\x80\x80", 3, 3, 0xE000);	/* just above */
	CHECK_DECODE("\xEF\xBB\xBF", 3, 3, 0xFEFF);	/* BOM */
	CHECK_DECODE("\xEF\xBF\xBD", 3, 3, 0xFFFD);
	CHECK_DECODE("\xF0\x90\x80\x80", 4, 4, 0x10000);	/* smallest 4-byte */
	CHECK_DECODE("\xF0\x9F\x98\x80", 4, 4, 0x1F600);	/* emoji */
	CHECK_DECODE("\xF4\x8F\xBF\xBF", 4, 4, 0x10FFFF);	/* largest */
}

static void
test_decode_invalid(void)
{
	/* overlong forms */
	CHECK_DECODE("\xC0\x80", 2, 1, -1);
	CHECK_DECODE("\xC1\xBF", 2, 1, -1);
	CHECK_DECODE("\xE0\x80\x80", 3, 1, -1);
	CHECK_DECODE("\xE0\x9F\xBF", 3, 1, -1);
	CHECK_DECODE("\xF0\x80\x80\x80", 4, 1, -1);
	CHECK_DECODE("\xF0\x8F\xBF\xBF", 4, 1, -1);
	/* UTF-16 surrogates */
	CHECK_DECODE("\xED\xA0\x80", 3, 1, -1);		/* U+D800 */
	CHECK_DECODE("\xED\xBF\xBF", 3, 1, -1);		/* U+DFFF */
	/* truncated: the buffer ends, or a continuation byte is missing */
	CHECK_DECODE("\xC3", 1, 1, -1);
	CHECK_DECODE("\xE2\x82", 2, 1, -1);
	CHECK_DECODE("\xE2\x82\xAC", 2, 1, -1);		/* n cuts it short */
	CHECK_DECODE("\xF0\x9F\x98", 3, 1, -1);
	CHECK_DECODE("\xC3x", 2, 1, -1);
	CHECK_DECODE("\xE2\x82x", 3, 1, -1);
	CHECK_DECODE("\xF0\x9F\x98 ", 4, 1, -1);
	CHECK_DECODE("\xC3\xC3\xB6", 3, 1, -1);
	/* past U+10FFFF, and bytes that never start a character */
	CHECK_DECODE("\xF4\x90\x80\x80", 4, 1, -1);
	CHECK_DECODE("\xF5\x80\x80\x80", 4, 1, -1);
	CHECK_DECODE("\xF7\xBF\xBF\xBF", 4, 1, -1);
	CHECK_DECODE("\xF8\x88\x80\x80\x80", 5, 1, -1);
	CHECK_DECODE("\xFF", 1, 1, -1);
	CHECK_DECODE("\xFE", 1, 1, -1);
	CHECK_DECODE("\x80", 1, 1, -1);			/* lone continuation */
	CHECK_DECODE("\xBF\xBF", 2, 1, -1);
	CHECK_DECODE("\xE9 opens", 7, 1, -1);		/* Latin-1 é */
}

static void
test_prev(void)
{
	const unsigned char *s = U("a\xC3\xB6\xE2\x82\xAC\xF0\x9F\x98\x80z");

	CHECK_INT_EQ(utf8_prev(s, 0), 0);
	CHECK_INT_EQ(utf8_prev(s, 1), 0);
	CHECK_INT_EQ(utf8_prev(s, 3), 1);
	CHECK_INT_EQ(utf8_prev(s, 6), 3);
	CHECK_INT_EQ(utf8_prev(s, 10), 6);
	CHECK_INT_EQ(utf8_prev(s, 11), 10);
}

static void
test_scan(void)
{
	size_t inv = 99, nul = 99;

	CHECK_INT_EQ(utf8_scan("plain ASCII.", 12, &inv, &nul), 12);
	CHECK_INT_EQ(inv, 0);
	CHECK_INT_EQ(nul, 0);
	CHECK_INT_EQ(utf8_scan("", 0, &inv, &nul), 0);
	CHECK_INT_EQ(inv, 0);
	CHECK_INT_EQ(nul, 0);
	CHECK_INT_EQ(utf8_scan("Erdo\xC4\x9F" "an, \xE2\x80\x9CT\xC3\xBCrkiye\xE2\x80\x9D",
	    24, &inv, &nul), 24);
	CHECK_INT_EQ(inv, 0);
	CHECK_INT_EQ(nul, 0);
	/* one invalid byte, a NUL, a truncated sequence at the end */
	CHECK_INT_EQ(utf8_scan("a\xFF" "b\0c\xC3", 6, &inv, &nul), 1);
	CHECK_INT_EQ(inv, 2);
	CHECK_INT_EQ(nul, 1);
	CHECK_INT_EQ(utf8_scan("\xC3\xB6\0\0", 4, &inv, &nul), 2);
	CHECK_INT_EQ(inv, 0);
	CHECK_INT_EQ(nul, 2);
	/* a surrogate is three invalid bytes, one count each */
	CHECK_INT_EQ(utf8_scan("x\xED\xA0\x80", 4, &inv, &nul), 1);
	CHECK_INT_EQ(inv, 3);
	CHECK_INT_EQ(nul, 0);
	CHECK_INT_EQ(utf8_scan("Caf\xE9 opens.", 11, &inv, &nul), 3);
	CHECK_INT_EQ(inv, 1);
}

/* utf8_squeeze of s[0..n) into a fresh buffer gives want, nbad replaced. */
#define CHECK_SQUEEZE(str, n, want, nbad) do { \
	struct buf o_ = BUF_INIT; \
	CHECK_INT_EQ(utf8_squeeze(&o_, (str), (n)), (nbad)); \
	CHECK_MEM_EQ(o_.s, o_.l, (want)); \
	buf_free(&o_); \
} while (0)

static void
test_squeeze(void)
{
	struct buf o = BUF_INIT;

	CHECK_SQUEEZE("plain", 5, "plain", 0);
	CHECK_SQUEEZE("", 0, "", 0);
	CHECK_SQUEEZE("   ", 3, "", 0);
	CHECK_SQUEEZE(" \n\t\r\n\v\f ", 8, "", 0);
	CHECK_SQUEEZE("  a  b\n\nc\t ", 11, "a b c", 0);
	CHECK_SQUEEZE("line\r\nbreak", 11, "line break", 0);
	/* non-ASCII spaces: NBSP, NEL, em space, narrow NBSP, ideographic
	 * space, and a byte-order mark */
	CHECK_SQUEEZE("a\xC2\xA0\xC2\xA0" "b", 6, "a b", 0);
	CHECK_SQUEEZE("a\xC2\x85" "b", 4, "a b", 0);
	CHECK_SQUEEZE("a \xE2\x80\x83 b", 7, "a b", 0);
	CHECK_SQUEEZE("10\xE2\x80\xAFkm", 7, "10 km", 0);
	CHECK_SQUEEZE("\xE3\x80\x80x\xE3\x80\x80", 7, "x", 0);
	CHECK_SQUEEZE("\xEF\xBB\xBFHello.", 9, "Hello.", 0);
	CHECK_SQUEEZE("\xC2\xA0\n\xC2\xA0", 5, "", 0);
	/* the information separators 0x1C-0x1F are spaces, other controls
	 * are not */
	CHECK_SQUEEZE("a\x1F" "b\x1C", 4, "a b", 0);
	CHECK_SQUEEZE("a\x01" "b", 3, "a\x01" "b", 0);
	/* zero-width space U+200B is not whitespace */
	CHECK_SQUEEZE("a\xE2\x80\x8B" "b", 5, "a\xE2\x80\x8B" "b", 0);
	/* letters and punctuation pass unchanged */
	CHECK_SQUEEZE("T\xC3\xBCrkiye  ve\n\xE2\x80\x9CYes\xE2\x80\x9D", 22,
	    "T\xC3\xBCrkiye ve \xE2\x80\x9CYes\xE2\x80\x9D", 0);
	/* invalid bytes and NULs: one U+FFFD each */
	CHECK_SQUEEZE("Caf\xE9 opens.", 11, "Caf\xEF\xBF\xBD opens.", 1);
	CHECK_SQUEEZE("a\0b", 3, "a\xEF\xBF\xBD" "b", 1);
	CHECK_SQUEEZE("\0", 1, "\xEF\xBF\xBD", 1);
	CHECK_SQUEEZE("\xED\xA0\x80", 3, "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD",
	    3);
	CHECK_SQUEEZE(" \xFF \xC3", 4, "\xEF\xBF\xBD \xEF\xBF\xBD", 2);

	/* appending: nothing before the first word, whatever out holds */
	buf_adds(&o, "X\t");
	CHECK_INT_EQ(utf8_squeeze(&o, "  y  z ", 7), 0);
	CHECK_MEM_EQ(o.s, o.l, "X\ty z");
	buf_free(&o);
}

static void
test_repair(void)
{
	struct buf o = BUF_INIT;

	CHECK_INT_EQ(utf8_repair(&o, "a\xFF" "b\0 \xC3\xB6", 7), 2);
	CHECK_MEM_EQ(o.s, o.l, "a\xEF\xBF\xBD" "b\xEF\xBF\xBD \xC3\xB6");
	buf_reset(&o);
	CHECK_INT_EQ(utf8_repair(&o, "  keep  spaces ", 15), 0);
	CHECK_MEM_EQ(o.s, o.l, "  keep  spaces ");
	buf_free(&o);
}

static void
test_space(void)
{
	CHECK(u_isspace(' '));
	CHECK(u_isspace('\t'));
	CHECK(u_isspace('\n'));
	CHECK(u_isspace('\r'));
	CHECK(u_isspace(0x0B));
	CHECK(u_isspace(0x0C));
	CHECK(u_isspace(0x1C));
	CHECK(u_isspace(0x1F));
	CHECK(u_isspace(0x85));
	CHECK(u_isspace(0xA0));
	CHECK(u_isspace(0x1680));
	CHECK(u_isspace(0x2000));
	CHECK(u_isspace(0x200A));
	CHECK(u_isspace(0x2028));
	CHECK(u_isspace(0x2029));
	CHECK(u_isspace(0x202F));
	CHECK(u_isspace(0x205F));
	CHECK(u_isspace(0x3000));
	CHECK(u_isspace(0xFEFF));
	CHECK(!u_isspace(0));
	CHECK(!u_isspace('a'));
	CHECK(!u_isspace(0x1B));
	CHECK(!u_isspace(0x200B));
	CHECK(!u_isspace(-1));

	CHECK_INT_EQ(utf8_space_len(U(" x"), 2), 1);
	CHECK_INT_EQ(utf8_space_len(U("x "), 2), 0);
	CHECK_INT_EQ(utf8_space_len(U("\xC2\xA0x"), 3), 2);
	CHECK_INT_EQ(utf8_space_len(U("\xE3\x80\x80"), 3), 3);
	CHECK_INT_EQ(utf8_space_len(U("\xEF\xBB\xBF"), 3), 3);
	CHECK_INT_EQ(utf8_space_len(U("\xC2\xA9"), 2), 0);	/* © */
	CHECK_INT_EQ(utf8_space_len(U("\xC2"), 1), 0);	/* truncated */
	CHECK_INT_EQ(utf8_space_len(U("\xE2\x80\x8B"), 3), 0);	/* ZWSP */
}

static void
test_case(void)
{
	/* ASCII */
	CHECK(u_isupper('A'));
	CHECK(u_isupper('Z'));
	CHECK(!u_islower('A'));
	CHECK(u_islower('a'));
	CHECK(u_islower('z'));
	CHECK(!u_isupper('z'));
	CHECK(!u_isupper('1') && !u_islower('1'));
	CHECK(!u_isupper('.') && !u_islower('.'));
	CHECK(!u_isupper('@') && !u_islower('['));
	/* Latin-1: Ö ö, and × ÷ are not letters; ß and ÿ have no upper case */
	CHECK(u_isupper(0xD6));
	CHECK(!u_islower(0xD6));
	CHECK(u_islower(0xF6));
	CHECK(!u_isupper(0xF6));
	CHECK(u_isupper(0xC0) && u_isupper(0xDE));
	CHECK(!u_isupper(0xD7) && !u_islower(0xD7));
	CHECK(!u_isupper(0xF7) && !u_islower(0xF7));
	CHECK(u_islower(0xDF) && !u_isupper(0xDF));
	CHECK(u_islower(0xFF) && !u_isupper(0xFF));
	/* Turkish: İ ı Ğ ğ Ş ş */
	CHECK(u_isupper(0x130));
	CHECK(!u_islower(0x130));
	CHECK(u_islower(0x131));
	CHECK(!u_isupper(0x131));
	CHECK(u_isupper(0x11E));
	CHECK(!u_islower(0x11E));
	CHECK(u_islower(0x11F));
	CHECK(!u_isupper(0x11F));
	CHECK(u_isupper(0x15E) && u_islower(0x15F));
	/* where Latin Extended-A flips parity: Ł ł, Ž ž, Ÿ */
	CHECK(u_isupper(0x141) && u_islower(0x142));
	CHECK(u_isupper(0x17D) && u_islower(0x17E));
	CHECK(u_isupper(0x178));
	/* Greek: Α Σ Ω, α σ ς ω */
	CHECK(u_isupper(0x391) && u_isupper(0x3A3) && u_isupper(0x3A9));
	CHECK(!u_islower(0x3A3));
	CHECK(u_islower(0x3B1) && u_islower(0x3C3) && u_islower(0x3C2));
	CHECK(u_islower(0x3C9));
	CHECK(!u_isupper(0x3C3));
	/* Cyrillic: А Д Я Ё, а д я ё */
	CHECK(u_isupper(0x410) && u_isupper(0x414) && u_isupper(0x42F));
	CHECK(u_isupper(0x401));
	CHECK(!u_islower(0x414));
	CHECK(u_islower(0x430) && u_islower(0x434) && u_islower(0x44F));
	CHECK(u_islower(0x451));
	CHECK(!u_isupper(0x434));
	/* Vietnamese Ạ ạ (Latin Extended Additional) */
	CHECK(u_isupper(0x1EA0) && u_islower(0x1EA1));
	/* caseless: CJK, Arabic, digits, U+FFFD, invalid */
	CHECK(!u_isupper(0x4E2D) && !u_islower(0x4E2D) && u_isalpha(0x4E2D));
	CHECK(!u_isupper(0x627) && !u_islower(0x627) && u_isalpha(0x627));
	CHECK(!u_isupper(0xFFFD) && !u_islower(0xFFFD) && !u_isalpha(0xFFFD));
	CHECK(!u_isupper(-1) && !u_islower(-1) && !u_isalpha(-1));

	CHECK(u_isalpha('q') && u_isalpha('Q') && u_isalpha(0xF6));
	CHECK(!u_isalpha('5') && !u_isalpha('-'));
	CHECK(u_isdigit('0') && u_isdigit('9'));
	CHECK(!u_isdigit('a') && !u_isdigit(0x663));	/* Arabic-Indic 3 */
}

int
main(void)
{
	test_decode_valid();
	test_decode_invalid();
	test_prev();
	test_scan();
	test_squeeze();
	test_repair();
	test_space();
	test_case();
	return unit_summary();
}
