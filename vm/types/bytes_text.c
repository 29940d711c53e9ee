/* vm/types/bytes_text.c: bytes' ASCII text methods: splitlines, padding
 * (center, ljust, rjust, zfill), case (title, capitalize, swapcase,
 * istitle) and expandtabs. `self` is bytes (bytearray forwards here with
 * a bytes copy); results are new bytes. */
#include <string.h>

#include "abstract.h"
#include "bytearray.h"
#include "bytes_text.h"
#include "error.h"
#include "refcount.h"
#include "types.h"
#include "vm.h"

static const unsigned char *bdata(tpy_object *o)
{
    return ((tpy_bytes *)o)->data;
}

static bool is_lower(unsigned char c) { return c >= 'a' && c <= 'z'; }
static bool is_upper(unsigned char c) { return c >= 'A' && c <= 'Z'; }
static unsigned char to_upper(unsigned char c) { return is_lower(c) ? (unsigned char)(c - 32) : c; }
static unsigned char to_lower(unsigned char c) { return is_upper(c) ? (unsigned char)(c + 32) : c; }

TPY_BYTES_TEXT_METHOD(tpy_bytes_splitlines)
{
    static const char *const names[] = {"keepends", NULL};
    tpy_object *a[1] = {NULL};
    if (tpy_arg_parse(vm, "splitlines", args, nargs, kwnames, names, 0, 0, a) < 0)
        return NULL;
    int keep = a[0] ? tpy_is_true(vm, a[0]) : 0;
    if (keep < 0)
        return NULL;
    const unsigned char *s = bdata(self);
    intptr_t n = tpy_bytes_len(self), i = 0;
    tpy_object *l = tpy_list_new(vm, 0);
    while (l && i < n) {
        intptr_t j = i;
        while (j < n && s[j] != '\n' && s[j] != '\r')
            j++;
        intptr_t eol = j;
        if (j < n)
            j += (s[j] == '\r' && j + 1 < n && s[j + 1] == '\n') ? 2 : 1;
        tpy_object *line = tpy_bytes_from(vm, s + i, (size_t)((keep ? j : eol) - i));
        if (!line || tpy_list_append(vm, l, line) < 0)
            TPY_CLEAR(vm, l);
        i = j;
    }
    return l;
}

/* width and fill byte of center/ljust/rjust. */
static int pad_args(tpy_vm *vm, const char *fname, tpy_object *const *args, size_t nargs,
                    tpy_object *kwnames, intptr_t *width, unsigned char *fill)
{
    if (tpy_arg_nokw(vm, fname, kwnames) < 0 || tpy_arg_count(vm, fname, nargs, 1, 2) < 0)
        return -1;
    *width = tpy_index_ssize(vm, args[0], NULL);
    if (*width == -1 && tpy_err_occurred(vm))
        return -1;
    *fill = ' ';
    if (nargs == 2) {
        const unsigned char *p;
        intptr_t n;
        if (!tpy_bytes_like(args[1], &p, &n) || n != 1) {
            tpy_err_format(vm, &tpy_exc_TypeError,
                           "%s() argument 2 must be a byte string of length 1, not %s", fname,
                           tpy_type_of(args[1])->name);
            return -1;
        }
        *fill = p[0];
    }
    return 0;
}

/* self with `left` and `right` fill bytes around it. */
static tpy_object *padded(tpy_vm *vm, tpy_object *self, intptr_t left, intptr_t right,
                          unsigned char fill)
{
    intptr_t n = tpy_bytes_len(self);
    if (left <= 0 && right <= 0)
        return tpy_newref(self);
    tpy_object *r = tpy_bytes_from(vm, NULL, (size_t)(left + n + right));
    if (!r)
        return NULL;
    unsigned char *d = ((tpy_bytes *)r)->data;
    memset(d, fill, (size_t)left);
    memcpy(d + left, bdata(self), (size_t)n);
    memset(d + left + n, fill, (size_t)right);
    return r;
}

TPY_BYTES_TEXT_METHOD(tpy_bytes_center)
{
    intptr_t w;
    unsigned char fill;
    if (pad_args(vm, "center", args, nargs, kwnames, &w, &fill) < 0)
        return NULL;
    intptr_t extra = w - tpy_bytes_len(self);
    if (extra <= 0)
        return tpy_newref(self);
    /* CPython's rounding: the odd byte goes left when the width is odd. */
    intptr_t left = extra / 2 + (extra & w & 1);
    return padded(vm, self, left, extra - left, fill);
}

TPY_BYTES_TEXT_METHOD(tpy_bytes_ljust)
{
    intptr_t w;
    unsigned char fill;
    if (pad_args(vm, "ljust", args, nargs, kwnames, &w, &fill) < 0)
        return NULL;
    return padded(vm, self, 0, w - tpy_bytes_len(self), fill);
}

TPY_BYTES_TEXT_METHOD(tpy_bytes_rjust)
{
    intptr_t w;
    unsigned char fill;
    if (pad_args(vm, "rjust", args, nargs, kwnames, &w, &fill) < 0)
        return NULL;
    return padded(vm, self, w - tpy_bytes_len(self), 0, fill);
}

TPY_BYTES_TEXT_METHOD(tpy_bytes_zfill)
{
    if (tpy_arg_nokw(vm, "zfill", kwnames) < 0 || tpy_arg_count(vm, "zfill", nargs, 1, 1) < 0)
        return NULL;
    intptr_t w = tpy_index_ssize(vm, args[0], NULL);
    if (w == -1 && tpy_err_occurred(vm))
        return NULL;
    intptr_t n = tpy_bytes_len(self);
    if (w <= n)
        return tpy_newref(self);
    tpy_object *r = padded(vm, self, w - n, 0, '0');
    if (!r)
        return NULL;
    unsigned char *d = ((tpy_bytes *)r)->data;
    if (n && (d[w - n] == '+' || d[w - n] == '-')) {   /* the sign moves to the front */
        d[0] = d[w - n];
        d[w - n] = '0';
    }
    return r;
}

/* A copy of self with each byte mapped; `mode` picks the case rule. */
enum case_mode { TITLE, CAPITALIZE, SWAPCASE };

static tpy_object *recase(tpy_vm *vm, const char *fname, tpy_object *self, size_t nargs,
                          tpy_object *kwnames, enum case_mode mode)
{
    if (tpy_arg_none(vm, fname, nargs, kwnames) < 0)
        return NULL;
    intptr_t n = tpy_bytes_len(self);
    tpy_object *r = tpy_bytes_from(vm, bdata(self), (size_t)n);
    if (!r || n == 0)
        return r;
    unsigned char *d = ((tpy_bytes *)r)->data;
    bool prev_cased = false;
    for (intptr_t i = 0; i < n; i++) {
        unsigned char c = d[i];
        switch (mode) {
        case TITLE:
            d[i] = prev_cased ? to_lower(c) : to_upper(c);
            prev_cased = is_lower(c) || is_upper(c);
            break;
        case CAPITALIZE: d[i] = i == 0 ? to_upper(c) : to_lower(c); break;
        case SWAPCASE: d[i] = is_upper(c) ? to_lower(c) : to_upper(c); break;
        }
    }
    return r;
}

TPY_BYTES_TEXT_METHOD(tpy_bytes_title)
{
    (void)args;
    return recase(vm, "title", self, nargs, kwnames, TITLE);
}

TPY_BYTES_TEXT_METHOD(tpy_bytes_capitalize)
{
    (void)args;
    return recase(vm, "capitalize", self, nargs, kwnames, CAPITALIZE);
}

TPY_BYTES_TEXT_METHOD(tpy_bytes_swapcase)
{
    (void)args;
    return recase(vm, "swapcase", self, nargs, kwnames, SWAPCASE);
}

TPY_BYTES_TEXT_METHOD(tpy_bytes_istitle)
{
    (void)args;
    if (tpy_arg_none(vm, "istitle", nargs, kwnames) < 0)
        return NULL;
    const unsigned char *s = bdata(self);
    bool cased = false, prev_cased = false;
    for (intptr_t i = 0; i < tpy_bytes_len(self); i++) {
        if (is_upper(s[i])) {
            if (prev_cased)
                return tpy_newref(TPY_FALSE);
            prev_cased = cased = true;
        } else if (is_lower(s[i])) {
            if (!prev_cased)
                return tpy_newref(TPY_FALSE);
            prev_cased = cased = true;
        } else {
            prev_cased = false;
        }
    }
    return tpy_newref(tpy_bool(cased));
}

TPY_BYTES_TEXT_METHOD(tpy_bytes_expandtabs)
{
    static const char *const names[] = {"tabsize", NULL};
    tpy_object *a[1] = {NULL};
    if (tpy_arg_parse(vm, "expandtabs", args, nargs, kwnames, names, 0, 0, a) < 0)
        return NULL;
    intptr_t tab = 8;
    if (a[0] && (tab = tpy_index_ssize(vm, a[0], NULL)) == -1 && tpy_err_occurred(vm))
        return NULL;
    const unsigned char *s = bdata(self);
    intptr_t n = tpy_bytes_len(self), out = 0, col = 0;
    for (intptr_t i = 0; i < n; i++) {   /* first the length */
        if (s[i] == '\t') {
            intptr_t k = tab > 0 ? tab - col % tab : 0;
            out += k;
            col += k;
        } else {
            out++;
            col = (s[i] == '\n' || s[i] == '\r') ? 0 : col + 1;
        }
    }
    tpy_object *r = tpy_bytes_from(vm, NULL, (size_t)out);
    if (!r)
        return NULL;
    unsigned char *d = ((tpy_bytes *)r)->data;
    col = 0;
    for (intptr_t i = 0, o = 0; i < n; i++) {
        if (s[i] == '\t') {
            intptr_t k = tab > 0 ? tab - col % tab : 0;
            memset(d + o, ' ', (size_t)k);
            o += k;
            col += k;
        } else {
            d[o++] = s[i];
            col = (s[i] == '\n' || s[i] == '\r') ? 0 : col + 1;
        }
    }
    return r;
}
