/* vm/types/str_case.c: case mapping and the character-class methods that
 * need more than a category: upper, lower, title, capitalize, swapcase,
 * casefold, istitle, isidentifier, isprintable.
 *
 * utf8proc gives the one-to-one mappings; the one-to-many ones of
 * SpecialCasing.txt ('ß'.upper() is 'SS', 'ﬁ'.title() is 'Fi') are the
 * tables below, and Greek capital sigma lowers to 'ς' at the end of a
 * word, as CPython's lower_ucs4 does. The tables were generated from
 * CPython 3.11's unicodedata (Unicode 14): every code point whose
 * str.upper() / str.title() is longer than one character. */
#include <string.h>
#include <utf8proc.h>

#include "abstract.h"
#include "error.h"
#include "refcount.h"
#include "str_build.h"
#include "str_internal.h"
#include "types.h"
#include "vm.h"

typedef struct special_case {
    uint32_t c;
    uint32_t to[3];
} special_case;

static const special_case special_upper[] = {
    {0x00DF, {0x0053, 0x0053, 0x0000}}, {0x0149, {0x02BC, 0x004E, 0x0000}},
    {0x01F0, {0x004A, 0x030C, 0x0000}}, {0x0390, {0x0399, 0x0308, 0x0301}},
    {0x03B0, {0x03A5, 0x0308, 0x0301}}, {0x0587, {0x0535, 0x0552, 0x0000}},
    {0x1E96, {0x0048, 0x0331, 0x0000}}, {0x1E97, {0x0054, 0x0308, 0x0000}},
    {0x1E98, {0x0057, 0x030A, 0x0000}}, {0x1E99, {0x0059, 0x030A, 0x0000}},
    {0x1E9A, {0x0041, 0x02BE, 0x0000}}, {0x1F50, {0x03A5, 0x0313, 0x0000}},
    {0x1F52, {0x03A5, 0x0313, 0x0300}}, {0x1F54, {0x03A5, 0x0313, 0x0301}},
    {0x1F56, {0x03A5, 0x0313, 0x0342}}, {0x1F80, {0x1F08, 0x0399, 0x0000}},
    {0x1F81, {0x1F09, 0x0399, 0x0000}}, {0x1F82, {0x1F0A, 0x0399, 0x0000}},
    {0x1F83, {0x1F0B, 0x0399, 0x0000}}, {0x1F84, {0x1F0C, 0x0399, 0x0000}},
    {0x1F85, {0x1F0D, 0x0399, 0x0000}}, {0x1F86, {0x1F0E, 0x0399, 0x0000}},
    {0x1F87, {0x1F0F, 0x0399, 0x0000}}, {0x1F88, {0x1F08, 0x0399, 0x0000}},
    {0x1F89, {0x1F09, 0x0399, 0x0000}}, {0x1F8A, {0x1F0A, 0x0399, 0x0000}},
    {0x1F8B, {0x1F0B, 0x0399, 0x0000}}, {0x1F8C, {0x1F0C, 0x0399, 0x0000}},
    {0x1F8D, {0x1F0D, 0x0399, 0x0000}}, {0x1F8E, {0x1F0E, 0x0399, 0x0000}},
    {0x1F8F, {0x1F0F, 0x0399, 0x0000}}, {0x1F90, {0x1F28, 0x0399, 0x0000}},
    {0x1F91, {0x1F29, 0x0399, 0x0000}}, {0x1F92, {0x1F2A, 0x0399, 0x0000}},
    {0x1F93, {0x1F2B, 0x0399, 0x0000}}, {0x1F94, {0x1F2C, 0x0399, 0x0000}},
    {0x1F95, {0x1F2D, 0x0399, 0x0000}}, {0x1F96, {0x1F2E, 0x0399, 0x0000}},
    {0x1F97, {0x1F2F, 0x0399, 0x0000}}, {0x1F98, {0x1F28, 0x0399, 0x0000}},
    {0x1F99, {0x1F29, 0x0399, 0x0000}}, {0x1F9A, {0x1F2A, 0x0399, 0x0000}},
    {0x1F9B, {0x1F2B, 0x0399, 0x0000}}, {0x1F9C, {0x1F2C, 0x0399, 0x0000}},
    {0x1F9D, {0x1F2D, 0x0399, 0x0000}}, {0x1F9E, {0x1F2E, 0x0399, 0x0000}},
    {0x1F9F, {0x1F2F, 0x0399, 0x0000}}, {0x1FA0, {0x1F68, 0x0399, 0x0000}},
    {0x1FA1, {0x1F69, 0x0399, 0x0000}}, {0x1FA2, {0x1F6A, 0x0399, 0x0000}},
    {0x1FA3, {0x1F6B, 0x0399, 0x0000}}, {0x1FA4, {0x1F6C, 0x0399, 0x0000}},
    {0x1FA5, {0x1F6D, 0x0399, 0x0000}}, {0x1FA6, {0x1F6E, 0x0399, 0x0000}},
    {0x1FA7, {0x1F6F, 0x0399, 0x0000}}, {0x1FA8, {0x1F68, 0x0399, 0x0000}},
    {0x1FA9, {0x1F69, 0x0399, 0x0000}}, {0x1FAA, {0x1F6A, 0x0399, 0x0000}},
    {0x1FAB, {0x1F6B, 0x0399, 0x0000}}, {0x1FAC, {0x1F6C, 0x0399, 0x0000}},
    {0x1FAD, {0x1F6D, 0x0399, 0x0000}}, {0x1FAE, {0x1F6E, 0x0399, 0x0000}},
    {0x1FAF, {0x1F6F, 0x0399, 0x0000}}, {0x1FB2, {0x1FBA, 0x0399, 0x0000}},
    {0x1FB3, {0x0391, 0x0399, 0x0000}}, {0x1FB4, {0x0386, 0x0399, 0x0000}},
    {0x1FB6, {0x0391, 0x0342, 0x0000}}, {0x1FB7, {0x0391, 0x0342, 0x0399}},
    {0x1FBC, {0x0391, 0x0399, 0x0000}}, {0x1FC2, {0x1FCA, 0x0399, 0x0000}},
    {0x1FC3, {0x0397, 0x0399, 0x0000}}, {0x1FC4, {0x0389, 0x0399, 0x0000}},
    {0x1FC6, {0x0397, 0x0342, 0x0000}}, {0x1FC7, {0x0397, 0x0342, 0x0399}},
    {0x1FCC, {0x0397, 0x0399, 0x0000}}, {0x1FD2, {0x0399, 0x0308, 0x0300}},
    {0x1FD3, {0x0399, 0x0308, 0x0301}}, {0x1FD6, {0x0399, 0x0342, 0x0000}},
    {0x1FD7, {0x0399, 0x0308, 0x0342}}, {0x1FE2, {0x03A5, 0x0308, 0x0300}},
    {0x1FE3, {0x03A5, 0x0308, 0x0301}}, {0x1FE4, {0x03A1, 0x0313, 0x0000}},
    {0x1FE6, {0x03A5, 0x0342, 0x0000}}, {0x1FE7, {0x03A5, 0x0308, 0x0342}},
    {0x1FF2, {0x1FFA, 0x0399, 0x0000}}, {0x1FF3, {0x03A9, 0x0399, 0x0000}},
    {0x1FF4, {0x038F, 0x0399, 0x0000}}, {0x1FF6, {0x03A9, 0x0342, 0x0000}},
    {0x1FF7, {0x03A9, 0x0342, 0x0399}}, {0x1FFC, {0x03A9, 0x0399, 0x0000}},
    {0xFB00, {0x0046, 0x0046, 0x0000}}, {0xFB01, {0x0046, 0x0049, 0x0000}},
    {0xFB02, {0x0046, 0x004C, 0x0000}}, {0xFB03, {0x0046, 0x0046, 0x0049}},
    {0xFB04, {0x0046, 0x0046, 0x004C}}, {0xFB05, {0x0053, 0x0054, 0x0000}},
    {0xFB06, {0x0053, 0x0054, 0x0000}}, {0xFB13, {0x0544, 0x0546, 0x0000}},
    {0xFB14, {0x0544, 0x0535, 0x0000}}, {0xFB15, {0x0544, 0x053B, 0x0000}},
    {0xFB16, {0x054E, 0x0546, 0x0000}}, {0xFB17, {0x0544, 0x053D, 0x0000}},
};
static const special_case special_title[] = {
    {0x00DF, {0x0053, 0x0073, 0x0000}}, {0x0149, {0x02BC, 0x004E, 0x0000}},
    {0x01F0, {0x004A, 0x030C, 0x0000}}, {0x0390, {0x0399, 0x0308, 0x0301}},
    {0x03B0, {0x03A5, 0x0308, 0x0301}}, {0x0587, {0x0535, 0x0582, 0x0000}},
    {0x1E96, {0x0048, 0x0331, 0x0000}}, {0x1E97, {0x0054, 0x0308, 0x0000}},
    {0x1E98, {0x0057, 0x030A, 0x0000}}, {0x1E99, {0x0059, 0x030A, 0x0000}},
    {0x1E9A, {0x0041, 0x02BE, 0x0000}}, {0x1F50, {0x03A5, 0x0313, 0x0000}},
    {0x1F52, {0x03A5, 0x0313, 0x0300}}, {0x1F54, {0x03A5, 0x0313, 0x0301}},
    {0x1F56, {0x03A5, 0x0313, 0x0342}}, {0x1FB2, {0x1FBA, 0x0345, 0x0000}},
    {0x1FB4, {0x0386, 0x0345, 0x0000}}, {0x1FB6, {0x0391, 0x0342, 0x0000}},
    {0x1FB7, {0x0391, 0x0342, 0x0345}}, {0x1FC2, {0x1FCA, 0x0345, 0x0000}},
    {0x1FC4, {0x0389, 0x0345, 0x0000}}, {0x1FC6, {0x0397, 0x0342, 0x0000}},
    {0x1FC7, {0x0397, 0x0342, 0x0345}}, {0x1FD2, {0x0399, 0x0308, 0x0300}},
    {0x1FD3, {0x0399, 0x0308, 0x0301}}, {0x1FD6, {0x0399, 0x0342, 0x0000}},
    {0x1FD7, {0x0399, 0x0308, 0x0342}}, {0x1FE2, {0x03A5, 0x0308, 0x0300}},
    {0x1FE3, {0x03A5, 0x0308, 0x0301}}, {0x1FE4, {0x03A1, 0x0313, 0x0000}},
    {0x1FE6, {0x03A5, 0x0342, 0x0000}}, {0x1FE7, {0x03A5, 0x0308, 0x0342}},
    {0x1FF2, {0x1FFA, 0x0345, 0x0000}}, {0x1FF4, {0x038F, 0x0345, 0x0000}},
    {0x1FF6, {0x03A9, 0x0342, 0x0000}}, {0x1FF7, {0x03A9, 0x0342, 0x0345}},
    {0xFB00, {0x0046, 0x0066, 0x0000}}, {0xFB01, {0x0046, 0x0069, 0x0000}},
    {0xFB02, {0x0046, 0x006C, 0x0000}}, {0xFB03, {0x0046, 0x0066, 0x0069}},
    {0xFB04, {0x0046, 0x0066, 0x006C}}, {0xFB05, {0x0053, 0x0074, 0x0000}},
    {0xFB06, {0x0053, 0x0074, 0x0000}}, {0xFB13, {0x0544, 0x0576, 0x0000}},
    {0xFB14, {0x0544, 0x0565, 0x0000}}, {0xFB15, {0x0544, 0x056B, 0x0000}},
    {0xFB16, {0x054E, 0x0576, 0x0000}}, {0xFB17, {0x0544, 0x056D, 0x0000}},
};

#define COUNT(t) (sizeof(t) / sizeof((t)[0]))

/* The tables are sorted by code point. */
static const special_case *find_special(const special_case *t, size_t n, uint32_t c)
{
    size_t lo = 0, hi = n;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (t[mid].c == c)
            return &t[mid];
        if (t[mid].c < c)
            lo = mid + 1;
        else
            hi = mid;
    }
    return NULL;
}

static int copy_special(const special_case *s, uint32_t out[3])
{
    int n = 0;
    while (n < 3 && s->to[n])
        out[n] = s->to[n], n++;
    return n;
}

int tpy_unicode_upper_full(uint32_t c, uint32_t out[3])
{
    const special_case *s = find_special(special_upper, COUNT(special_upper), c);
    if (s)
        return copy_special(s, out);
    out[0] = (uint32_t)utf8proc_toupper((utf8proc_int32_t)c);
    return 1;
}

int tpy_unicode_lower_full(uint32_t c, uint32_t out[3])
{
    if (c == 0x130) {   /* the only one-to-many lowercase mapping: İ -> i + dot above */
        out[0] = 'i';
        out[1] = 0x307;
        return 2;
    }
    out[0] = (uint32_t)utf8proc_tolower((utf8proc_int32_t)c);
    return 1;
}

int tpy_unicode_title_full(uint32_t c, uint32_t out[3])
{
    const special_case *s = find_special(special_title, COUNT(special_title), c);
    if (s)
        return copy_special(s, out);
    out[0] = (uint32_t)utf8proc_totitle((utf8proc_int32_t)c);
    return 1;
}

/* ---- character properties ------------------------------------------------------------------- */

typedef struct cp_range {
    uint32_t lo, hi;
} cp_range;

static bool in_ranges(const cp_range *r, size_t n, uint32_t c)
{
    for (size_t i = 0; i < n; i++)
        if (c >= r[i].lo && c <= r[i].hi)
            return true;
    return false;
}

/* Other_Lowercase / Other_Uppercase (Unicode 14): lowercase and uppercase
 * characters outside categories Ll and Lu (ª, modifier letters, Roman
 * numerals, circled letters). */
static const cp_range other_lower[] = {
    {0xAA, 0xAA}, {0xBA, 0xBA}, {0x2B0, 0x2B8}, {0x2C0, 0x2C1}, {0x2E0, 0x2E4}, {0x345, 0x345},
    {0x37A, 0x37A}, {0x1D2C, 0x1D6A}, {0x1D78, 0x1D78}, {0x1D9B, 0x1DBF}, {0x2071, 0x2071},
    {0x207F, 0x207F}, {0x2090, 0x209C}, {0x2170, 0x217F}, {0x24D0, 0x24E9}, {0x2C7C, 0x2C7D},
    {0xA69C, 0xA69D}, {0xA770, 0xA770}, {0xA7F8, 0xA7F9}, {0xAB5C, 0xAB5F}, {0x10780, 0x10780},
    {0x10783, 0x10785}, {0x10787, 0x107B0}, {0x107B2, 0x107BA},
};
static const cp_range other_upper[] = {
    {0x2160, 0x216F}, {0x24B6, 0x24CF}, {0x1F130, 0x1F149}, {0x1F150, 0x1F169}, {0x1F170, 0x1F189},
};

static utf8proc_category_t category(uint32_t c)
{
    return utf8proc_category((utf8proc_int32_t)c);
}

static bool is_lower(uint32_t c)
{
    return category(c) == UTF8PROC_CATEGORY_LL || in_ranges(other_lower, COUNT(other_lower), c);
}

static bool is_upper(uint32_t c)
{
    return category(c) == UTF8PROC_CATEGORY_LU || in_ranges(other_upper, COUNT(other_upper), c);
}

static bool is_title(uint32_t c)
{
    return category(c) == UTF8PROC_CATEGORY_LT;
}

bool tpy_unicode_is_cased(uint32_t c)
{
    return is_lower(c) || is_upper(c) || is_title(c);
}

/* Case_Ignorable: marks, format characters, modifiers, and the
 * apostrophes and periods that may sit inside a word. */
static bool is_case_ignorable(uint32_t c)
{
    switch (category(c)) {
    case UTF8PROC_CATEGORY_MN: case UTF8PROC_CATEGORY_ME: case UTF8PROC_CATEGORY_CF:
    case UTF8PROC_CATEGORY_LM: case UTF8PROC_CATEGORY_SK:
        return true;
    default:
        break;
    }
    static const uint32_t mid[] = {'\'', '.', ':', 0xB7, 0x387, 0x55F, 0x5F4, 0x2018, 0x2019,
                                   0x2024, 0x2027, 0xFE13, 0xFE52, 0xFE55, 0xFF07, 0xFF0E, 0xFF1A};
    for (size_t i = 0; i < COUNT(mid); i++)
        if (mid[i] == c)
            return true;
    return false;
}

/* Σ at s[i] ends a word when a cased letter precedes it and none follows
 * (case-ignorable characters skipped both ways). */
static bool final_sigma(tpy_object *s, intptr_t i)
{
    intptr_t j = i - 1, n = tpy_str_len(s);
    while (j >= 0 && is_case_ignorable(tpy_str_at(s, j)))
        j--;
    if (j < 0 || !tpy_unicode_is_cased(tpy_str_at(s, j)))
        return false;
    for (j = i + 1; j < n && is_case_ignorable(tpy_str_at(s, j)); j++)
        ;
    return j == n || !tpy_unicode_is_cased(tpy_str_at(s, j));
}

/* s[i] lowered in its context. */
static int lower_at(tpy_object *s, intptr_t i, uint32_t out[3])
{
    uint32_t c = tpy_str_at(s, i);
    if (c == 0x3A3) {
        out[0] = final_sigma(s, i) ? 0x3C2 : 0x3C3;
        return 1;
    }
    return tpy_unicode_lower_full(c, out);
}

/* ---- the mapping methods ----------------------------------------------------------------------- */

enum case_op { CASE_UPPER, CASE_LOWER, CASE_TITLE, CASE_CAPITALIZE, CASE_SWAP, CASE_FOLD };

static int casefold_char(uint32_t c, uint32_t out[3])
{
    utf8proc_int32_t buf[4];
    int boundclass = 0;
    utf8proc_ssize_t n = utf8proc_decompose_char((utf8proc_int32_t)c, buf, 4, UTF8PROC_CASEFOLD,
                                                 &boundclass);
    if (n < 1 || n > 3) {
        out[0] = c;
        return 1;
    }
    for (utf8proc_ssize_t k = 0; k < n; k++)
        out[k] = (uint32_t)buf[k];
    return (int)n;
}

/* The mapping of s[i] under `op`; *cased_before carries title()'s state. */
static int map_at(enum case_op op, tpy_object *s, intptr_t i, bool *cased_before, uint32_t out[3])
{
    uint32_t c = tpy_str_at(s, i);
    switch (op) {
    case CASE_UPPER: return tpy_unicode_upper_full(c, out);
    case CASE_LOWER: return lower_at(s, i, out);
    case CASE_FOLD: return casefold_char(c, out);
    case CASE_CAPITALIZE: return i == 0 ? tpy_unicode_title_full(c, out) : lower_at(s, i, out);
    case CASE_SWAP:
        if (is_upper(c))
            return lower_at(s, i, out);
        if (is_lower(c))
            return tpy_unicode_upper_full(c, out);
        out[0] = c;
        return 1;
    case CASE_TITLE: {
        int n = *cased_before ? lower_at(s, i, out) : tpy_unicode_title_full(c, out);
        *cased_before = tpy_unicode_is_cased(c);
        return n;
    }
    }
    return 0;
}

/* ASCII case mapping eight bytes at a time. Every byte of an ASCII str is
 * below 0x80, so adding a constant below 0x80 to each byte of a word never
 * carries into the next byte, and each sum's top bit tells whether its
 * byte reached a bound. The case bit is 0x20 (the top bit shifted by 2). */
#define ASCII_BYTES(c) (UINT64_C(0x0101010101010101) * (uint8_t)(c))

/* 0x20 in each byte of `w` (all bytes below 0x80) in [lo, hi], else 0. */
static inline uint64_t ascii_in_range(uint64_t w, unsigned lo, unsigned hi)
{
    uint64_t ge_lo = w + ASCII_BYTES(0x80 - lo);
    uint64_t gt_hi = w + ASCII_BYTES(0x7f - hi);
    return (ge_lo & ~gt_hi & ASCII_BYTES(0x80)) >> 2;
}

/* Eight ASCII bytes mapped by `op` (CASE_UPPER, CASE_SWAP, else lower). */
static inline uint64_t ascii_case_word(uint64_t w, enum case_op op)
{
    if (op == CASE_UPPER)
        return w ^ ascii_in_range(w, 'a', 'z');
    if (op == CASE_SWAP)
        return w ^ ascii_in_range(w | ASCII_BYTES(0x20), 'a', 'z');
    return w | ascii_in_range(w, 'A', 'Z');
}

/* d[0..n) = src[0..n) (ASCII) mapped by `op`; the last partial word is
 * mapped zero-padded (a zero byte is in no range) and only n bytes kept. */
static inline void ascii_map_case(unsigned char *d, const unsigned char *src, size_t n,
                                  enum case_op op)
{
    uint64_t w;
    size_t i = 0;
    for (; i + 8 <= n; i += 8) {
        memcpy(&w, src + i, 8);
        w = ascii_case_word(w, op);
        memcpy(d + i, &w, 8);
    }
    if (i < n) {
        w = 0;
        memcpy(&w, src + i, n - i);
        w = ascii_case_word(w, op);
        memcpy(d + i, &w, n - i);
    }
}

static tpy_object *map_case(tpy_vm *vm, tpy_object *self, size_t nargs, tpy_object *kwnames,
                            const char *fname, enum case_op op)
{
    if (tpy_arg_none(vm, fname, nargs, kwnames) < 0)
        return NULL;
    const tpy_strobj *so = (const tpy_strobj *)self;
    if (so->ascii && so->kind == 1 && so->length > 0
        && (op == CASE_UPPER || op == CASE_LOWER || op == CASE_FOLD || op == CASE_SWAP)) {
        /* ASCII maps to ASCII one for one: no tables, no buffer */
        tpy_object *r = tpy_str_new_raw(vm, (size_t)so->length, 1, true);
        if (!r)
            return NULL;
        unsigned char *d = ((tpy_strobj *)r)->data;
        const unsigned char *src = so->data;
        size_t n = (size_t)so->length;
        if (op == CASE_UPPER)
            ascii_map_case(d, src, n, CASE_UPPER);
        else if (op == CASE_SWAP)
            ascii_map_case(d, src, n, CASE_SWAP);
        else
            ascii_map_case(d, src, n, CASE_LOWER);
        return r;
    }
    tpy_ubuf b;
    tpy_ubuf_init(&b, vm);
    bool cased_before = false;
    for (intptr_t i = 0; i < tpy_str_len(self); i++) {
        uint32_t out[3];
        int n = map_at(op, self, i, &cased_before, out);
        for (int k = 0; k < n; k++)
            if (tpy_ubuf_put(&b, out[k]) < 0) {
                tpy_ubuf_free(&b);
                return NULL;
            }
    }
    return tpy_ubuf_finish(&b);
}

TPY_STR_METHOD(tpy_str_upper_m)
{
    (void)args;
    return map_case(vm, self, nargs, kwnames, "str.upper", CASE_UPPER);
}

TPY_STR_METHOD(tpy_str_lower_m)
{
    (void)args;
    return map_case(vm, self, nargs, kwnames, "str.lower", CASE_LOWER);
}

TPY_STR_METHOD(tpy_str_title)
{
    (void)args;
    return map_case(vm, self, nargs, kwnames, "str.title", CASE_TITLE);
}

TPY_STR_METHOD(tpy_str_capitalize)
{
    (void)args;
    return map_case(vm, self, nargs, kwnames, "str.capitalize", CASE_CAPITALIZE);
}

TPY_STR_METHOD(tpy_str_swapcase)
{
    (void)args;
    return map_case(vm, self, nargs, kwnames, "str.swapcase", CASE_SWAP);
}

TPY_STR_METHOD(tpy_str_casefold)
{
    (void)args;
    return map_case(vm, self, nargs, kwnames, "str.casefold", CASE_FOLD);
}

/* ---- tests ----------------------------------------------------------------------------------------- */

/* Uppercase and titlecase letters only after uncased characters,
 * lowercase ones only after cased ones; at least one cased. */
TPY_STR_METHOD(tpy_str_istitle)
{
    (void)args;
    if (tpy_arg_none(vm, "str.istitle", nargs, kwnames) < 0)
        return NULL;
    bool cased = false, previous_cased = false;
    for (intptr_t i = 0; i < tpy_str_len(self); i++) {
        uint32_t c = tpy_str_at(self, i);
        if (is_upper(c) || is_title(c)) {
            if (previous_cased)
                return tpy_bool(false);
            previous_cased = cased = true;
        } else if (is_lower(c)) {
            if (!previous_cased)
                return tpy_bool(false);
            previous_cased = cased = true;
        } else {
            previous_cased = false;
        }
    }
    return tpy_bool(cased);
}

/* XID_Start / XID_Continue, as the lexer reads identifiers (the same
 * rule as vm/compile/lexer.c's tpy_lex_is_id_char; the compiler is a
 * separate library, so the few lines are repeated here). */
static bool is_id_char(uint32_t c, bool start)
{
    if (c < 128)
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_'
               || (!start && c >= '0' && c <= '9');
    if (c == 0x2118 || c == 0x212E || c == 0x309B || c == 0x309C || c == 0x1885 || c == 0x1886)
        return true;
    if (!start && (c == 0xB7 || c == 0x387 || (c >= 0x1369 && c <= 0x1371) || c == 0x19DA))
        return true;
    switch (category(c)) {
    case UTF8PROC_CATEGORY_LU: case UTF8PROC_CATEGORY_LL: case UTF8PROC_CATEGORY_LT:
    case UTF8PROC_CATEGORY_LM: case UTF8PROC_CATEGORY_LO: case UTF8PROC_CATEGORY_NL:
        return true;
    case UTF8PROC_CATEGORY_MN: case UTF8PROC_CATEGORY_MC: case UTF8PROC_CATEGORY_ND:
    case UTF8PROC_CATEGORY_PC:
        return !start;
    default:
        return false;
    }
}

TPY_STR_METHOD(tpy_str_isidentifier)
{
    (void)args;
    if (tpy_arg_none(vm, "str.isidentifier", nargs, kwnames) < 0)
        return NULL;
    intptr_t n = tpy_str_len(self);
    if (n == 0 || !is_id_char(tpy_str_at(self, 0), true))
        return tpy_bool(false);
    for (intptr_t i = 1; i < n; i++)
        if (!is_id_char(tpy_str_at(self, i), false))
            return tpy_bool(false);
    return tpy_bool(true);
}

TPY_STR_METHOD(tpy_str_isprintable)
{
    (void)args;
    if (tpy_arg_none(vm, "str.isprintable", nargs, kwnames) < 0)
        return NULL;
    for (intptr_t i = 0; i < tpy_str_len(self); i++)
        if (!tpy_unicode_is_printable(tpy_str_at(self, i)))
            return tpy_bool(false);
    return tpy_bool(true);
}
