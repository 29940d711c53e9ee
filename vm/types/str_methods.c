/* vm/types/str_methods.c: the methods of str and their table: join,
 * split, strip, searching, replace, character classes, encode here;
 * case mapping in str_case.c, splitting variants in str_split.c, padding
 * and translation in str_pad.c, formatting in str_format.c. */
#include <string.h>
#include <utf8proc.h>

#include "abstract.h"
#include "error.h"
#include "refcount.h"
#include "types.h"
#include "str_build.h"
#include "str_internal.h"
#include "vm.h"


#define METHOD(name)                                                               \
    static tpy_object *name(tpy_vm *vm, tpy_object *self, tpy_object *const *args, \
                            size_t nargs, tpy_object *kwnames)

/* The builder's result when every append succeeded; released either way. */
static tpy_object *finish(tpy_ubuf *b, bool ok)
{
    if (ok)
        return tpy_ubuf_finish(b);
    tpy_ubuf_free(b);
    return NULL;
}

/* str.isspace() and split()'s separator: Unicode White_Space as CPython
 * defines it (category Zs/Zl/Zp, bidi WS/B/S, plus U+001C..U+001F). */
bool tpy_unicode_is_space(uint32_t c)
{
    if (c < 128)
        return c == ' ' || (c >= '\t' && c <= '\r') || (c >= 0x1c && c <= 0x1f);
    if (c == 0x85 || c == 0xa0)
        return true;
    utf8proc_category_t k = utf8proc_category((utf8proc_int32_t)c);
    return k == UTF8PROC_CATEGORY_ZS || k == UTF8PROC_CATEGORY_ZL || k == UTF8PROC_CATEGORY_ZP;
}

/* `what` is the message up to the type name: "must be str, not". */
static int need_str(tpy_vm *vm, tpy_object *o, const char *what)
{
    if (tpy_str_check(o))
        return 0;
    tpy_err_format(vm, &tpy_exc_TypeError, "%s %s", what, tpy_type_of(o)->name);
    return -1;
}

/* ---- join, split, strip ------------------------------------------------------------------- */

METHOD(str_join)
{
    if (tpy_arg_one(vm, "str.join", nargs, kwnames) < 0)
        return NULL;
    tpy_object *x = args[0];
    /* an exact list or tuple is joined in place: copying it would touch
     * every item twice more (a reference taken and dropped) */
    if (tpy_type_of(x) == &tpy_list_type)
        return tpy_str_join_checked(vm, self, ((tpy_list *)x)->items, (size_t)tpy_list_len(x));
    if (tpy_type_of(x) == &tpy_tuple_type)
        return tpy_str_join_checked(vm, self, ((tpy_tuple *)x)->items, (size_t)tpy_tuple_len(x));
    if (!tpy_type_of(x)->iter)
        return tpy_err_set(vm, &tpy_exc_TypeError, "can only join an iterable"), NULL;
    tpy_object *seq = tpy_sequence_list(vm, x);
    if (!seq)
        return NULL;
    tpy_object *r = tpy_str_join_checked(vm, self, ((tpy_list *)seq)->items,
                                         (size_t)tpy_list_len(seq));
    tpy_decref(vm, seq);
    return r;
}

static int push_piece(tpy_vm *vm, tpy_object *list, tpy_object *s, intptr_t a, intptr_t b)
{
    tpy_object *piece = tpy_str_substr(vm, s, a, b);
    return piece ? tpy_list_append(vm, list, piece) : -1;
}

static int split_whitespace(tpy_vm *vm, tpy_object *list, tpy_object *s, intptr_t maxsplit)
{
    intptr_t n = tpy_str_len(s), i = 0;
    while (true) {
        while (i < n && tpy_unicode_is_space(tpy_str_at(s, i)))
            i++;
        if (i >= n)
            return 0;
        intptr_t j = i;
        if (maxsplit-- == 0)
            return push_piece(vm, list, s, i, n);   /* the rest, as it is */
        while (j < n && !tpy_unicode_is_space(tpy_str_at(s, j)))
            j++;
        if (push_piece(vm, list, s, i, j) < 0)
            return -1;
        i = j;
    }
}

/* The first c in p[0..n), or end: a plain loop for the short runs of
 * split("x") on a field, where memchr's setup costs more than the scan. */
static const unsigned char *find_byte(const unsigned char *p, const unsigned char *end,
                                      unsigned char c)
{
    if (end - p < 32) {
        while (p < end && *p != c)
            p++;
        return p;
    }
    const unsigned char *q = memchr(p, c, (size_t)(end - p));
    return q ? q : end;
}

/* A short text (a field) has its cuts noted in one scan, so that its list
 * is made at its final size; a long one grows its list as pieces are
 * found. */
#define SPLIT_SHORT 64

/* split_char() of a text of at most SPLIT_SHORT bytes. */
static tpy_object *split_char_short(tpy_vm *vm, tpy_object *s, unsigned char c)
{
    const unsigned char *d = ((const tpy_strobj *)s)->data;
    size_t n = (size_t)tpy_str_len(s), pieces = 0;
    unsigned char cuts[SPLIT_SHORT + 1];   /* where each piece ends */
    for (size_t i = 0; i < n; i++)
        if (d[i] == c)
            cuts[pieces++] = (unsigned char)i;
    cuts[pieces++] = (unsigned char)n;
    tpy_object *items[SPLIT_SHORT + 1];
    size_t start = 0;
    for (size_t k = 0; k < pieces; k++) {
        if (!(items[k] = tpy_str_substr(vm, s, (intptr_t)start, cuts[k]))) {
            while (k > 0)
                tpy_decref(vm, items[--k]);
            return NULL;
        }
        start = (size_t)cuts[k] + 1;
    }
    return tpy_list_from_array(vm, items, pieces);
}

/* split(c) of a 1-byte str by a 1-byte, one-character separator with no
 * maxsplit. A long text is read once, each piece appended as its end is
 * found (a count pass would cost a second memchr per piece). NULL with
 * the exception set. */
static tpy_object *split_char(tpy_vm *vm, tpy_object *s, unsigned char c)
{
    if (tpy_str_len(s) <= SPLIT_SHORT)
        return split_char_short(vm, s, c);
    const unsigned char *d = ((const tpy_strobj *)s)->data, *end = d + tpy_str_len(s);
    tpy_object *list = tpy_list_new(vm, 0);
    if (!list)
        return NULL;
    for (const unsigned char *start = d;; start++) {
        const unsigned char *stop = find_byte(start, end, c);
        if (push_piece(vm, list, s, start - d, stop - d) < 0) {
            tpy_decref(vm, list);
            return NULL;
        }
        if (stop == end)
            return list;
        start = stop;
    }
}

static int split_sep(tpy_vm *vm, tpy_object *list, tpy_object *s, tpy_object *sep, intptr_t maxsplit)
{
    intptr_t n = tpy_str_len(s), m = tpy_str_len(sep), i = 0, j;
    while (maxsplit-- != 0 && (j = tpy_str_find_in(s, sep, i, n)) >= 0) {
        if (push_piece(vm, list, s, i, j) < 0)
            return -1;
        i = j + m;
    }
    return push_piece(vm, list, s, i, n);
}

METHOD(str_split)
{
    static const char *const names[] = {"sep", "maxsplit", NULL};
    tpy_object *a[2] = {nargs ? args[0] : NULL, NULL};
    /* s.split(sep), the common call, needs no parsing */
    if ((nargs > 1 || kwnames) && tpy_arg_parse(vm, "split", args, nargs, kwnames, names, 0, 0, a) < 0)
        return NULL;
    intptr_t maxsplit = -1;
    if (a[1] && (maxsplit = tpy_index_ssize(vm, a[1], NULL)) == -1 && tpy_err_occurred(vm))
        return NULL;
    tpy_object *sep = a[0] && a[0] != TPY_NONE ? a[0] : NULL;
    if (sep && !tpy_str_check(sep))
        return tpy_err_format(vm, &tpy_exc_TypeError, "must be str or None, not %s",
                              tpy_type_of(sep)->name);
    if (sep && tpy_str_len(sep) == 0)
        return tpy_err_set(vm, &tpy_exc_ValueError, "empty separator"), NULL;
    if (sep && maxsplit < 0 && tpy_str_len(sep) == 1 && ((tpy_strobj *)sep)->kind == 1
        && ((tpy_strobj *)self)->kind == 1)
        return split_char(vm, self, ((tpy_strobj *)sep)->data[0]);
    tpy_object *list = tpy_list_new(vm, 0);
    if (list && (sep ? split_sep(vm, list, self, sep, maxsplit)
                     : split_whitespace(vm, list, self, maxsplit)) < 0)
        TPY_CLEAR(vm, list);
    return list;
}

static bool in_chars(tpy_object *chars, uint32_t c)
{
    if (!chars)
        return tpy_unicode_is_space(c);
    for (intptr_t i = 0; i < tpy_str_len(chars); i++)
        if (tpy_str_at(chars, i) == c)
            return true;
    return false;
}

static tpy_object *do_strip(tpy_vm *vm, tpy_object *self, tpy_object *const *args, size_t nargs,
                            tpy_object *kwnames, const char *fname, bool left, bool right)
{
    if (tpy_arg_nokw(vm, fname, kwnames) < 0 || tpy_arg_count(vm, fname, nargs, 0, 1) < 0)
        return NULL;
    tpy_object *chars = nargs && args[0] != TPY_NONE ? args[0] : NULL;
    if (chars && !tpy_str_check(chars))
        return tpy_err_format(vm, &tpy_exc_TypeError, "%s arg must be None or str", fname);
    intptr_t i = 0, j = tpy_str_len(self);
    while (left && i < j && in_chars(chars, tpy_str_at(self, i)))
        i++;
    while (right && j > i && in_chars(chars, tpy_str_at(self, j - 1)))
        j--;
    return tpy_str_substr(vm, self, i, j);
}

METHOD(str_strip) { return do_strip(vm, self, args, nargs, kwnames, "strip", true, true); }
METHOD(str_lstrip) { return do_strip(vm, self, args, nargs, kwnames, "lstrip", true, false); }
METHOD(str_rstrip) { return do_strip(vm, self, args, nargs, kwnames, "rstrip", false, true); }

/* ---- searching ------------------------------------------------------------------------------------- */

/* Parse (sub[, start[, end]]) and clamp start/end as slice bounds. */
static int find_args(tpy_vm *vm, const char *fname, tpy_object *self, tpy_object *const *args,
                     size_t nargs, tpy_object *kwnames, intptr_t *start, intptr_t *end)
{
    if (nargs == 1 && !kwnames) {   /* the common call: no bounds */
        *start = 0;
        *end = tpy_str_len(self);
        return 0;
    }
    if (tpy_arg_nokw(vm, fname, kwnames) < 0)
        return -1;
    if (nargs == 0) {   /* CPython parses these with the older "O|OO:name" wording */
        tpy_err_format(vm, &tpy_exc_TypeError, "%s() takes at least 1 argument (0 given)", fname);
        return -1;
    }
    if (tpy_arg_count(vm, fname, nargs, 1, 3) < 0)
        return -1;
    intptr_t n = tpy_str_len(self);
    *start = 0;
    *end = n;
    for (size_t k = 1; k < nargs; k++) {
        if (args[k] == TPY_NONE)
            continue;
        if (!tpy_has_index(args[k])) {
            tpy_err_set(vm, &tpy_exc_TypeError,
                        "slice indices must be integers or None or have an __index__ method");
            return -1;
        }
        intptr_t v = tpy_index_ssize(vm, args[k], NULL);
        if (v == -1 && tpy_err_occurred(vm))
            return -1;
        if (v < 0 && (v += n) < 0)
            v = 0;
        if (k == 2 && v > n)   /* a start past the end stays there: nothing is found */
            v = n;
        *(k == 1 ? start : end) = v;
    }
    return 0;
}

intptr_t tpy_str_rfind_in(tpy_object *hay, tpy_object *needle, intptr_t start, intptr_t end)
{
    intptr_t m = tpy_str_len(needle);
    for (intptr_t i = end - m; i >= start; i--) {
        intptr_t k = 0;
        while (k < m && tpy_str_at(hay, i + k) == tpy_str_at(needle, k))
            k++;
        if (k == m)
            return i;
    }
    return -1;
}

static tpy_object *do_find(tpy_vm *vm, tpy_object *self, tpy_object *const *args, size_t nargs,
                           tpy_object *kwnames, const char *fname, bool reverse, bool raise)
{
    intptr_t start, end;
    if (find_args(vm, fname, self, args, nargs, kwnames, &start, &end) < 0
        || need_str(vm, args[0], "must be str, not") < 0)
        return NULL;
    intptr_t r = -1;
    if (start <= end || tpy_str_len(args[0]) == 0)
        r = start > end ? -1 : reverse ? tpy_str_rfind_in(self, args[0], start, end)
                                       : tpy_str_find_in(self, args[0], start, end);
    if (r < 0 && raise)
        return tpy_err_set(vm, &tpy_exc_ValueError, "substring not found"), NULL;
    return tpy_int_from_i64(vm, r);
}

METHOD(str_find) { return do_find(vm, self, args, nargs, kwnames, "find", false, false); }
METHOD(str_rfind) { return do_find(vm, self, args, nargs, kwnames, "rfind", true, false); }
METHOD(str_index) { return do_find(vm, self, args, nargs, kwnames, "index", false, true); }
METHOD(str_rindex) { return do_find(vm, self, args, nargs, kwnames, "rindex", true, true); }

METHOD(str_count)
{
    intptr_t start, end;
    if (find_args(vm, "count", self, args, nargs, kwnames, &start, &end) < 0
        || need_str(vm, args[0], "must be str, not") < 0)
        return NULL;
    intptr_t m = tpy_str_len(args[0]), count = 0;
    if (start > end)
        return tpy_int_from_i64(vm, 0);
    if (m == 0)
        return tpy_int_from_i64(vm, end - start + 1);
    for (intptr_t i = start; (i = tpy_str_find_in(self, args[0], i, end)) >= 0; i += m)
        count++;
    return tpy_int_from_i64(vm, count);
}

/* startswith/endswith: a str or a tuple of strs. */
static int affix_at(tpy_object *s, tpy_object *affix, intptr_t start, intptr_t end, bool tail)
{
    intptr_t m = tpy_str_len(affix);
    if (end - start < m)
        return 0;
    intptr_t at = tail ? end - m : start;
    const tpy_strobj *x = (const tpy_strobj *)s, *y = (const tpy_strobj *)affix;
    if (x->kind == y->kind)   /* same width: the code points compare as bytes */
        return memcmp(x->data + (size_t)at * x->kind, y->data, (size_t)m * x->kind) == 0;
    for (intptr_t k = 0; k < m; k++)
        if (tpy_str_at(s, at + k) != tpy_str_at(affix, k))
            return 0;
    return 1;
}

static tpy_object *do_affix(tpy_vm *vm, tpy_object *self, tpy_object *const *args, size_t nargs,
                            tpy_object *kwnames, const char *fname, bool tail)
{
    intptr_t start, end;
    if (find_args(vm, fname, self, args, nargs, kwnames, &start, &end) < 0)
        return NULL;
    tpy_object *a = args[0];
    if (start > end)
        return tpy_bool(false);
    if (tpy_str_check(a))
        return tpy_bool(affix_at(self, a, start, end, tail));
    if (!tpy_tuple_check(a))
        return tpy_err_format(vm, &tpy_exc_TypeError,
                              "%s first arg must be str or a tuple of str, not %s", fname,
                              tpy_type_of(a)->name);
    for (intptr_t i = 0; i < tpy_tuple_len(a); i++) {
        tpy_object *x = tpy_tuple_get(a, i);
        if (!tpy_str_check(x))
            return tpy_err_format(vm, &tpy_exc_TypeError,
                                  "tuple for %s must only contain str, not %s", fname,
                                  tpy_type_of(x)->name);
        if (affix_at(self, x, start, end, tail))
            return tpy_bool(true);
    }
    return tpy_bool(false);
}

METHOD(str_startswith) { return do_affix(vm, self, args, nargs, kwnames, "startswith", false); }
METHOD(str_endswith) { return do_affix(vm, self, args, nargs, kwnames, "endswith", true); }

/* replace() when self, old and new are all 1-byte strs (old not empty):
 * count the matches, allocate the result once, copy the runs into it. */
static tpy_object *replace_narrow(tpy_vm *vm, tpy_object *self, tpy_object *old,
                                  tpy_object *new_, intptr_t count)
{
    intptr_t n = tpy_str_len(self), m = tpy_str_len(old), k = tpy_str_len(new_), hits = 0;
    for (intptr_t i = 0, j; hits != count && (j = tpy_str_find_in(self, old, i, n)) >= 0; i = j + m)
        hits++;
    if (hits == 0 && tpy_type_of(self) == &tpy_str_type)
        return tpy_newref(self);
    if (k > m && hits > (INTPTR_MAX - n) / (k - m))
        return tpy_err_set(vm, &tpy_exc_OverflowError, "replace string is too long"), NULL;
    size_t len = (size_t)(n + hits * (k - m));
    const tpy_strobj *so = (const tpy_strobj *)self, *no = (const tpy_strobj *)new_;
    bool ascii = so->ascii && (hits == 0 || no->ascii);
    tpy_object *r = tpy_str_new_raw(vm, len, 1, ascii);
    if (!r || len == 0)
        return r;
    unsigned char *d = ((tpy_strobj *)r)->data;
    size_t at = 0;
    intptr_t i = 0;
    for (intptr_t left = hits, j; left-- > 0; i = j + m) {
        j = tpy_str_find_in(self, old, i, n);
        memcpy(d + at, so->data + i, (size_t)(j - i));
        at += (size_t)(j - i);
        memcpy(d + at, no->data, (size_t)k);
        at += (size_t)k;
    }
    memcpy(d + at, so->data + i, (size_t)(n - i));
    if (len == 1) {   /* the VM's shared one-character str */
        uint32_t c = d[0];
        tpy_decref(vm, r);
        return tpy_str_from_ucs4(vm, &c, 1);
    }
    if (!ascii) {   /* the replacements may have removed every non-ASCII character */
        unsigned char acc = 0;
        for (size_t q = 0; q < len; q++)
            acc |= d[q];
        if (acc < 128) {
            tpy_strobj *ro = (tpy_strobj *)r;
            ro->ascii = 1;   /* its (empty) UTF-8 slot is now unused */
        }
    }
    return r;
}

METHOD(str_replace)
{
    if (tpy_arg_nokw(vm, "replace", kwnames) < 0 || tpy_arg_count(vm, "replace", nargs, 2, 3) < 0)
        return NULL;
    if (need_str(vm, args[0], "replace() argument 1 must be str, not") < 0
        || need_str(vm, args[1], "replace() argument 2 must be str, not") < 0)
        return NULL;
    intptr_t count = -1;
    if (nargs == 3 && (count = tpy_index_ssize(vm, args[2], NULL)) == -1 && tpy_err_occurred(vm))
        return NULL;
    tpy_object *old = args[0], *new_ = args[1];
    intptr_t n = tpy_str_len(self), m = tpy_str_len(old), i = 0;
    if (m != 0 && ((tpy_strobj *)self)->kind == 1 && ((tpy_strobj *)old)->kind == 1
        && ((tpy_strobj *)new_)->kind == 1)
        return replace_narrow(vm, self, old, new_, count);
    tpy_ubuf b;
    tpy_ubuf_init(&b, vm);
    bool ok = true;
    if (m == 0) {   /* insert `new` between every character, count times */
        for (intptr_t k = 0; ok && k <= n; k++) {
            if (count != 0) {
                ok = tpy_ubuf_put_str(&b, new_) == 0;
                count--;
            }
            if (ok && k < n)
                ok = tpy_ubuf_put(&b, tpy_str_at(self, k)) == 0;
        }
        return finish(&b, ok);
    }
    intptr_t j;
    while (ok && count != 0 && (j = tpy_str_find_in(self, old, i, n)) >= 0) {
        ok = tpy_ubuf_put_sub(&b, self, i, j) == 0 && tpy_ubuf_put_str(&b, new_) == 0;
        i = j + m;
        count--;
    }
    ok = ok && tpy_ubuf_put_sub(&b, self, i, n) == 0;
    return finish(&b, ok);
}

/* ---- case and classes ---------------------------------------------------------------------------- */

static bool is_alpha(uint32_t c)
{
    utf8proc_category_t k = utf8proc_category((utf8proc_int32_t)c);
    return k >= UTF8PROC_CATEGORY_LU && k <= UTF8PROC_CATEGORY_LO;
}
static bool is_decimal(uint32_t c)
{
    return utf8proc_category((utf8proc_int32_t)c) == UTF8PROC_CATEGORY_ND;
}
/* Numeric_Type Decimal or Digit: the decimal digits, and the other
 * numbers whose compatibility form is one decimal digit (², ①, ₃). */
static bool is_digit(uint32_t c)
{
    if (is_decimal(c))
        return true;
    if (utf8proc_category((utf8proc_int32_t)c) != UTF8PROC_CATEGORY_NO)
        return false;
    utf8proc_int32_t buf[4];
    int boundclass = 0;
    utf8proc_ssize_t n = utf8proc_decompose_char((utf8proc_int32_t)c, buf, 4,
                                                 UTF8PROC_COMPAT | UTF8PROC_DECOMPOSE, &boundclass);
    return n == 1 && is_decimal((uint32_t)buf[0]);
}

static bool is_numeric(uint32_t c)
{
    utf8proc_category_t k = utf8proc_category((utf8proc_int32_t)c);
    return k >= UTF8PROC_CATEGORY_ND && k <= UTF8PROC_CATEGORY_NO;
}
static bool is_alnum(uint32_t c) { return is_alpha(c) || is_numeric(c); }
static bool is_ascii(uint32_t c) { return c < 128; }

/* All characters satisfy the class, and there is at least one (isascii:
 * empty is true). */
#define CLASS_METHOD(name, pyname, pred, empty)                                     \
    METHOD(name)                                                                    \
    {                                                                               \
        (void)args;                                                                 \
        if (tpy_arg_none(vm, pyname, nargs, kwnames) < 0)                           \
            return NULL;                                                            \
        intptr_t n = tpy_str_len(self);                                             \
        for (intptr_t i = 0; i < n; i++)                                            \
            if (!pred(tpy_str_at(self, i)))                                         \
                return tpy_bool(false);                                             \
        return tpy_bool(n > 0 || empty);                                            \
    }
CLASS_METHOD(str_isspace, "isspace", tpy_unicode_is_space, false)
CLASS_METHOD(str_isalpha, "isalpha", is_alpha, false)
CLASS_METHOD(str_isdigit, "isdigit", is_digit, false)
CLASS_METHOD(str_isdecimal, "isdecimal", is_decimal, false)
CLASS_METHOD(str_isnumeric, "isnumeric", is_numeric, false)
CLASS_METHOD(str_isalnum, "isalnum", is_alnum, false)
CLASS_METHOD(str_isascii, "isascii", is_ascii, true)

/* isupper/islower: at least one cased character and none of the other case. */
static tpy_object *case_test(tpy_vm *vm, tpy_object *self, size_t nargs, tpy_object *kwnames,
                             const char *fname, bool upper)
{
    if (tpy_arg_none(vm, fname, nargs, kwnames) < 0)
        return NULL;
    bool cased = false;
    for (intptr_t i = 0; i < tpy_str_len(self); i++) {
        utf8proc_int32_t c = (utf8proc_int32_t)tpy_str_at(self, i);
        bool is_up = utf8proc_tolower(c) != c, is_low = utf8proc_toupper(c) != c;
        if (upper ? is_low : is_up)
            return tpy_bool(false);
        cased = cased || (upper ? is_up : is_low);
    }
    return tpy_bool(cased);
}

METHOD(str_isupper)
{
    (void)args;
    return case_test(vm, self, nargs, kwnames, "isupper", true);
}
METHOD(str_islower)
{
    (void)args;
    return case_test(vm, self, nargs, kwnames, "islower", false);
}

const tpy_method_def tpy_str_methods[] = {
    {"join", str_join, 0, NULL},         {"split", str_split, 0, NULL},
    {"strip", str_strip, 0, NULL},       {"lstrip", str_lstrip, 0, NULL},
    {"rstrip", str_rstrip, 0, NULL},     {"find", str_find, 0, NULL},
    {"rfind", str_rfind, 0, NULL},       {"index", str_index, 0, NULL},
    {"rindex", str_rindex, 0, NULL},     {"count", str_count, 0, NULL},
    {"startswith", str_startswith, 0, NULL}, {"endswith", str_endswith, 0, NULL},
    {"replace", str_replace, 0, NULL},   {"upper", tpy_str_upper_m, 0, NULL},
    {"lower", tpy_str_lower_m, 0, NULL}, {"isspace", str_isspace, 0, NULL},
    {"isalpha", str_isalpha, 0, NULL},   {"isdigit", str_isdigit, 0, NULL},
    {"isdecimal", str_isdecimal, 0, NULL}, {"isnumeric", str_isnumeric, 0, NULL},
    {"isalnum", str_isalnum, 0, NULL},   {"isascii", str_isascii, 0, NULL},
    {"isupper", str_isupper, 0, NULL},   {"islower", str_islower, 0, NULL},
    {"encode", tpy_str_encode_m, 0, NULL},
    {"rsplit", tpy_str_rsplit, 0, NULL}, {"splitlines", tpy_str_splitlines, 0, NULL},
    {"partition", tpy_str_partition, 0, NULL}, {"rpartition", tpy_str_rpartition, 0, NULL},
    {"title", tpy_str_title, 0, NULL},   {"capitalize", tpy_str_capitalize, 0, NULL},
    {"swapcase", tpy_str_swapcase, 0, NULL}, {"casefold", tpy_str_casefold, 0, NULL},
    {"istitle", tpy_str_istitle, 0, NULL}, {"isidentifier", tpy_str_isidentifier, 0, NULL},
    {"isprintable", tpy_str_isprintable, 0, NULL}, {"center", tpy_str_center, 0, NULL},
    {"ljust", tpy_str_ljust, 0, NULL},   {"rjust", tpy_str_rjust, 0, NULL},
    {"zfill", tpy_str_zfill, 0, NULL},   {"expandtabs", tpy_str_expandtabs, 0, NULL},
    {"removeprefix", tpy_str_removeprefix, 0, NULL},
    {"removesuffix", tpy_str_removesuffix, 0, NULL},
    {"translate", tpy_str_translate, 0, NULL},
    {"maketrans", tpy_str_maketrans, TPY_METH_CLASS, NULL},
    {"format", tpy_str_format_m, 0, NULL}, {"format_map", tpy_str_format_map_m, 0, NULL},
    {"__format__", tpy_str_format_method, 0, NULL},
    {NULL, NULL, 0, NULL},
};
