/* vm/types/str_pad.c: padding (center, ljust, rjust, zfill, expandtabs),
 * affix removal, and translate / maketrans. */
#include <stdio.h>

#include "abstract.h"
#include "error.h"
#include "refcount.h"
#include "str_build.h"
#include "str_internal.h"
#include "types.h"
#include "vm.h"

/* ---- padding ------------------------------------------------------------------------------------------ */

/* `self` with `left` and `right` fill characters around it. */
static tpy_object *pad(tpy_vm *vm, tpy_object *self, intptr_t left, intptr_t right, uint32_t fill)
{
    if (left <= 0 && right <= 0 && tpy_type_of(self) == &tpy_str_type)
        return tpy_newref(self);
    tpy_ubuf b;
    tpy_ubuf_init(&b, vm);
    if (tpy_ubuf_put_repeat(&b, fill, left > 0 ? (size_t)left : 0) < 0
        || tpy_ubuf_put_str(&b, self) < 0
        || tpy_ubuf_put_repeat(&b, fill, right > 0 ? (size_t)right : 0) < 0) {
        tpy_ubuf_free(&b);
        return NULL;
    }
    return tpy_ubuf_finish(&b);
}

/* (width[, fillchar]) of center/ljust/rjust; -1 on error. */
static int pad_args(tpy_vm *vm, const char *fname, tpy_object *const *args, size_t nargs,
                    tpy_object *kwnames, intptr_t *width, uint32_t *fill)
{
    if (tpy_arg_nokw(vm, fname, kwnames) < 0 || tpy_arg_count(vm, fname, nargs, 1, 2) < 0)
        return -1;
    *width = tpy_index_ssize(vm, args[0], &tpy_exc_OverflowError);
    if (*width == -1 && tpy_err_occurred(vm))
        return -1;
    *fill = ' ';
    if (nargs < 2)
        return 0;
    if (!tpy_str_check(args[1])) {
        tpy_err_format(vm, &tpy_exc_TypeError,
                       "The fill character must be a unicode character, not %s",
                       tpy_type_of(args[1])->name);
        return -1;
    }
    if (tpy_str_len(args[1]) != 1) {
        tpy_err_set(vm, &tpy_exc_TypeError, "The fill character must be exactly one character long");
        return -1;
    }
    *fill = tpy_str_at(args[1], 0);
    return 0;
}

TPY_STR_METHOD(tpy_str_center)
{
    intptr_t width;
    uint32_t fill;
    if (pad_args(vm, "center", args, nargs, kwnames, &width, &fill) < 0)
        return NULL;
    intptr_t marg = width - tpy_str_len(self);
    if (marg <= 0)
        return pad(vm, self, 0, 0, fill);
    /* CPython's rounding: the odd cell goes left when the width is odd. */
    intptr_t left = marg / 2 + (marg & width & 1);
    return pad(vm, self, left, marg - left, fill);
}

TPY_STR_METHOD(tpy_str_ljust)
{
    intptr_t width;
    uint32_t fill;
    if (pad_args(vm, "ljust", args, nargs, kwnames, &width, &fill) < 0)
        return NULL;
    return pad(vm, self, 0, width - tpy_str_len(self), fill);
}

TPY_STR_METHOD(tpy_str_rjust)
{
    intptr_t width;
    uint32_t fill;
    if (pad_args(vm, "rjust", args, nargs, kwnames, &width, &fill) < 0)
        return NULL;
    return pad(vm, self, width - tpy_str_len(self), 0, fill);
}

/* Zeros on the left, after a leading sign. */
TPY_STR_METHOD(tpy_str_zfill)
{
    if (tpy_arg_one(vm, "str.zfill", nargs, kwnames) < 0)
        return NULL;
    intptr_t width = tpy_index_ssize(vm, args[0], &tpy_exc_OverflowError);
    if (width == -1 && tpy_err_occurred(vm))
        return NULL;
    intptr_t n = tpy_str_len(self), fill = width - n;
    if (fill <= 0)
        return pad(vm, self, 0, 0, '0');
    tpy_ubuf b;
    tpy_ubuf_init(&b, vm);
    bool sign = n > 0 && (tpy_str_at(self, 0) == '+' || tpy_str_at(self, 0) == '-');
    if ((sign && tpy_ubuf_put(&b, tpy_str_at(self, 0)) < 0)
        || tpy_ubuf_put_repeat(&b, '0', (size_t)fill) < 0
        || tpy_ubuf_put_sub(&b, self, sign ? 1 : 0, n) < 0) {
        tpy_ubuf_free(&b);
        return NULL;
    }
    return tpy_ubuf_finish(&b);
}

/* Tabs to the next multiple of tabsize; \n and \r restart the column. */
TPY_STR_METHOD(tpy_str_expandtabs)
{
    static const char *const names[] = {"tabsize", NULL};
    tpy_object *a[1];
    if (tpy_arg_parse(vm, "expandtabs", args, nargs, kwnames, names, 0, 0, a) < 0)
        return NULL;
    intptr_t tabsize = 8;
    if (a[0] && (tabsize = tpy_index_ssize(vm, a[0], &tpy_exc_OverflowError)) == -1
        && tpy_err_occurred(vm))
        return NULL;
    tpy_ubuf b;
    tpy_ubuf_init(&b, vm);
    intptr_t col = 0;
    for (intptr_t i = 0; i < tpy_str_len(self); i++) {
        uint32_t c = tpy_str_at(self, i);
        int rc;
        if (c == '\t') {
            intptr_t spaces = tabsize > 0 ? tabsize - col % tabsize : 0;
            col += spaces;
            rc = tpy_ubuf_put_repeat(&b, ' ', (size_t)spaces);
        } else {
            col = c == '\n' || c == '\r' ? 0 : col + 1;
            rc = tpy_ubuf_put(&b, c);
        }
        if (rc < 0) {
            tpy_ubuf_free(&b);
            return NULL;
        }
    }
    return tpy_ubuf_finish(&b);
}

/* ---- removeprefix, removesuffix ---------------------------------------------------------------------------- */

static tpy_object *remove_affix(tpy_vm *vm, tpy_object *self, tpy_object *const *args,
                                size_t nargs, tpy_object *kwnames, const char *fname, bool suffix)
{
    char qual[32];
    snprintf(qual, sizeof qual, "str.%s", fname);
    if (tpy_arg_one(vm, qual, nargs, kwnames) < 0)
        return NULL;
    tpy_object *affix = args[0];
    if (!tpy_str_check(affix))
        return tpy_err_format(vm, &tpy_exc_TypeError, "%s() argument must be str, not %s", fname,
                              tpy_type_of(affix)->name);
    intptr_t n = tpy_str_len(self), m = tpy_str_len(affix);
    intptr_t at = suffix ? n - m : 0;
    bool match = m > 0 && m <= n;
    for (intptr_t k = 0; match && k < m; k++)
        match = tpy_str_at(self, at + k) == tpy_str_at(affix, k);
    if (!match)
        return tpy_str_substr(vm, self, 0, n);
    return suffix ? tpy_str_substr(vm, self, 0, n - m) : tpy_str_substr(vm, self, m, n);
}

TPY_STR_METHOD(tpy_str_removeprefix)
{
    return remove_affix(vm, self, args, nargs, kwnames, "removeprefix", false);
}

TPY_STR_METHOD(tpy_str_removesuffix)
{
    return remove_affix(vm, self, args, nargs, kwnames, "removesuffix", true);
}

/* ---- translate ------------------------------------------------------------------------------------------------- */

/* Append what table[c] says: a lookup error keeps c, None drops it, an
 * int is a code point, a str is inserted. */
static int translate_char(tpy_vm *vm, tpy_object *table, uint32_t c, tpy_ubuf *b)
{
    tpy_object *key = tpy_int_from_i64(vm, c);
    if (!key)
        return -1;
    tpy_object *v = tpy_getitem(vm, table, key);
    tpy_decref(vm, key);
    if (!v) {
        if (!tpy_err_matches(vm, &tpy_exc_LookupError))
            return -1;
        tpy_err_clear(vm);
        return tpy_ubuf_put(b, c);
    }
    int rc = 0;
    if (tpy_int_check(v)) {
        int64_t cp;
        if (tpy_int_to_i64(vm, v, &cp) < 0 || cp < 0 || cp > 0x10FFFF) {
            tpy_err_clear(vm);
            tpy_err_set(vm, &tpy_exc_ValueError, "character mapping must be in range(0x110000)");
            rc = -1;
        } else {
            rc = tpy_ubuf_put(b, (uint32_t)cp);
        }
    } else if (tpy_str_check(v)) {
        rc = tpy_ubuf_put_str(b, v);
    } else if (v != TPY_NONE) {
        tpy_err_set(vm, &tpy_exc_TypeError, "character mapping must return integer, None or str");
        rc = -1;
    }
    tpy_decref(vm, v);
    return rc;
}

TPY_STR_METHOD(tpy_str_translate)
{
    if (tpy_arg_one(vm, "str.translate", nargs, kwnames) < 0)
        return NULL;
    tpy_ubuf b;
    tpy_ubuf_init(&b, vm);
    for (intptr_t i = 0; i < tpy_str_len(self); i++)
        if (translate_char(vm, args[0], tpy_str_at(self, i), &b) < 0) {
            tpy_ubuf_free(&b);
            return NULL;
        }
    return tpy_ubuf_finish(&b);
}

/* maketrans({...}): str keys of length 1 become their code points. */
static int maketrans_dict(tpy_vm *vm, tpy_object *table, tpy_object *src)
{
    intptr_t pos = 0;
    tpy_object *k, *v;
    while (tpy_dict_next(src, &pos, &k, &v)) {
        tpy_object *key;
        if (tpy_str_check(k)) {
            if (tpy_str_len(k) != 1) {
                tpy_err_set(vm, &tpy_exc_ValueError, "string keys in translate table must be of length 1");
                return -1;
            }
            key = tpy_int_from_i64(vm, tpy_str_at(k, 0));
        } else if (tpy_int_check(k)) {
            key = tpy_newref(k);
        } else {
            tpy_err_set(vm, &tpy_exc_TypeError, "keys in translate table must be strings or integers");
            return -1;
        }
        int rc = key ? tpy_dict_set(vm, table, key, v) : -1;
        tpy_xdecref(vm, key);
        if (rc < 0)
            return -1;
    }
    return 0;
}

static int map_code_point(tpy_vm *vm, tpy_object *table, uint32_t from, tpy_object *to)
{
    tpy_object *key = tpy_int_from_i64(vm, from);
    int rc = key && to ? tpy_dict_set(vm, table, key, to) : -1;
    tpy_xdecref(vm, key);
    return rc;
}

/* maketrans(x, y[, z]): x[i] -> y[i], and every character of z -> None. */
static int maketrans_strs(tpy_vm *vm, tpy_object *table, tpy_object *const *args, size_t nargs)
{
    if (!tpy_str_check(args[0])) {
        tpy_err_set(vm, &tpy_exc_TypeError,
                    "first maketrans argument must be a string if there is a second argument");
        return -1;
    }
    for (size_t k = 1; k < nargs; k++)
        if (!tpy_str_check(args[k])) {
            tpy_err_format(vm, &tpy_exc_TypeError, "maketrans() argument %zu must be str, not %s",
                           k + 1, tpy_type_of(args[k])->name);
            return -1;
        }
    if (tpy_str_len(args[0]) != tpy_str_len(args[1])) {
        tpy_err_set(vm, &tpy_exc_ValueError, "the first two maketrans arguments must have equal length");
        return -1;
    }
    for (intptr_t i = 0; i < tpy_str_len(args[0]); i++) {
        tpy_object *to = tpy_int_from_i64(vm, tpy_str_at(args[1], i));
        int rc = map_code_point(vm, table, tpy_str_at(args[0], i), to);
        tpy_xdecref(vm, to);
        if (rc < 0)
            return -1;
    }
    for (intptr_t i = 0; nargs == 3 && i < tpy_str_len(args[2]); i++)
        if (map_code_point(vm, table, tpy_str_at(args[2], i), TPY_NONE) < 0)
            return -1;
    return 0;
}

/* A static method: `self` is the type the class-method binding passes. */
TPY_STR_METHOD(tpy_str_maketrans)
{
    (void)self;
    if (tpy_arg_nokw(vm, "maketrans", kwnames) < 0
        || tpy_arg_count(vm, "maketrans", nargs, 1, 3) < 0)
        return NULL;
    if (nargs == 1 && !tpy_dict_check(args[0]))
        return tpy_err_set(vm, &tpy_exc_TypeError,
                           "if you give only one argument to maketrans it must be a dict"), NULL;
    tpy_object *table = tpy_dict_new(vm);
    if (table && (nargs == 1 ? maketrans_dict(vm, table, args[0])
                             : maketrans_strs(vm, table, args, nargs)) < 0)
        TPY_CLEAR(vm, table);
    return table;
}
