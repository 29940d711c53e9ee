/* vm/modules/unicodedatamodule.c: unicodedata over utf8proc's tables:
 * category, bidirectional, combining, mirrored, decimal/digit/numeric
 * (decimal digits only), normalize and is_normalized (NFC, NFD, NFKC,
 * NFKD), unidata_version. utf8proc has no character names, so name() and
 * lookup() are not provided; its Unicode version is the installed
 * library's, not necessarily CPython 3.11's 14.0.0. */
#include <string.h>

#include <utf8proc.h>

#include "abstract.h"
#include "error.h"
#include "eval.h"
#include "modules.h"
#include "refcount.h"
#include "types.h"
#include "vm.h"

#define FN(name)                                                                  \
    static tpy_object *name(tpy_vm *vm, tpy_object *self, tpy_object *const *args, \
                            size_t nargs, tpy_object *kwnames)

/* The one character of args[0] for function @p fname; -1 with TypeError
 * when it is not a str of length 1. Accepts 1..max_args arguments. */
static int32_t char_arg(tpy_vm *vm, const char *fname, tpy_object *const *args, size_t nargs,
                        tpy_object *kwnames, size_t max_args)
{
    if (tpy_arg_nokw(vm, fname, kwnames) < 0 || tpy_arg_count(vm, fname, nargs, 1, max_args) < 0)
        return -1;
    if (!tpy_str_check(args[0]) || tpy_str_len(args[0]) != 1) {
        tpy_err_format(vm, &tpy_exc_TypeError, "%s() argument must be a unicode character, not %s",
                       fname, tpy_type_of(args[0])->name);
        return -1;
    }
    return (int32_t)tpy_str_at(args[0], 0);
}

FN(u_category)
{
    (void)self;
    int32_t c = char_arg(vm, "category", args, nargs, kwnames, 1);
    if (c < 0)
        return NULL;
    return tpy_str_from_cstr(vm, utf8proc_category_string(c));
}

FN(u_bidirectional)
{
    (void)self;
    static const char *const names[] = {
        "", "L", "LRE", "LRO", "R", "AL", "RLE", "RLO", "PDF", "EN", "ES", "ET",
        "AN", "CS", "NSM", "BN", "B", "S", "WS", "ON", "LRI", "RLI", "FSI", "PDI"};
    int32_t c = char_arg(vm, "bidirectional", args, nargs, kwnames, 1);
    if (c < 0)
        return NULL;
    unsigned k = utf8proc_get_property(c)->bidi_class;
    return tpy_str_from_cstr(vm, k < sizeof names / sizeof names[0] ? names[k] : "");
}

FN(u_combining)
{
    (void)self;
    int32_t c = char_arg(vm, "combining", args, nargs, kwnames, 1);
    if (c < 0)
        return NULL;
    return tpy_int_from_i64(vm, utf8proc_get_property(c)->combining_class);
}

FN(u_mirrored)
{
    (void)self;
    int32_t c = char_arg(vm, "mirrored", args, nargs, kwnames, 1);
    if (c < 0)
        return NULL;
    return tpy_int_from_i64(vm, utf8proc_get_property(c)->bidi_mirrored ? 1 : 0);
}

/* The value of decimal digit @p c (category Nd), or -1. Unicode encodes
 * decimal digits in runs of ten, zero first, so the value is the
 * distance from the start of the run modulo ten. */
static int digit_value(int32_t c)
{
    if (utf8proc_category(c) != UTF8PROC_CATEGORY_ND)
        return -1;
    int32_t first = c;
    while (first > 0 && utf8proc_category(first - 1) == UTF8PROC_CATEGORY_ND)
        first--;
    return (int)((c - first) % 10);
}

/* decimal(), digit(), numeric(): the digit's value (a float for numeric),
 * the default when given, else ValueError(@p what). */
static tpy_object *digit_like(tpy_vm *vm, const char *fname, const char *what, bool as_float,
                              tpy_object *const *args, size_t nargs, tpy_object *kwnames)
{
    int32_t c = char_arg(vm, fname, args, nargs, kwnames, 2);
    if (c < 0)
        return NULL;
    int v = digit_value(c);
    if (v < 0) {
        if (nargs == 2)
            return tpy_newref(args[1]);
        return tpy_err_set(vm, &tpy_exc_ValueError, what), NULL;
    }
    return as_float ? tpy_float_from_double(vm, v) : tpy_int_from_i64(vm, v);
}

FN(u_decimal)
{
    (void)self;
    return digit_like(vm, "decimal", "not a decimal", false, args, nargs, kwnames);
}

FN(u_digit)
{
    (void)self;
    return digit_like(vm, "digit", "not a digit", false, args, nargs, kwnames);
}

FN(u_numeric)
{
    (void)self;
    return digit_like(vm, "numeric", "not a numeric character", true, args, nargs, kwnames);
}

/* utf8proc's options for normalization form @p form, or 0 with ValueError. */
static utf8proc_option_t form_options(tpy_vm *vm, const char *fname, tpy_object *form)
{
    if (!tpy_str_check(form)) {
        tpy_err_format(vm, &tpy_exc_TypeError, "%s() argument 1 must be str, not %s", fname,
                       tpy_type_of(form)->name);
        return 0;
    }
    utf8proc_option_t base = UTF8PROC_STABLE;
    if (tpy_str_equal_c(form, "NFC"))
        return base | UTF8PROC_COMPOSE;
    if (tpy_str_equal_c(form, "NFD"))
        return base | UTF8PROC_DECOMPOSE;
    if (tpy_str_equal_c(form, "NFKC"))
        return base | UTF8PROC_COMPOSE | UTF8PROC_COMPAT;
    if (tpy_str_equal_c(form, "NFKD"))
        return base | UTF8PROC_DECOMPOSE | UTF8PROC_COMPAT;
    tpy_err_set(vm, &tpy_exc_ValueError, "invalid normalization form");
    return 0;
}

/* @p s in the normalization form of @p opts, a new str. */
static tpy_object *normalized(tpy_vm *vm, tpy_object *s, utf8proc_option_t opts)
{
    size_t len;
    const char *u = tpy_str_utf8(vm, s, &len);
    if (!u)
        return NULL;
    const utf8proc_uint8_t *src = (const utf8proc_uint8_t *)u;
    utf8proc_ssize_t need = utf8proc_decompose(src, (utf8proc_ssize_t)len, NULL, 0, opts);
    if (need < 0)
        return tpy_err_format(vm, &tpy_exc_ValueError, "normalize(): %s", utf8proc_errmsg(need));
    utf8proc_int32_t *buf = tpy_vm_malloc(vm, ((size_t)need + 1) * sizeof *buf);
    if (!buf)
        return NULL;
    utf8proc_ssize_t n = utf8proc_decompose(src, (utf8proc_ssize_t)len, buf, need, opts);
    if (n >= 0 && (opts & UTF8PROC_COMPOSE))
        n = utf8proc_normalize_utf32(buf, n, opts);
    tpy_object *r = n < 0 ? tpy_err_format(vm, &tpy_exc_ValueError, "normalize(): %s",
                                           utf8proc_errmsg(n))
                          : tpy_str_from_ucs4(vm, (const uint32_t *)buf, (size_t)n);
    tpy_vm_free(vm, buf);
    return r;
}

/* normalize(form, unistr) and is_normalized(form, unistr). */
static tpy_object *normalize_like(tpy_vm *vm, const char *fname, tpy_object *const *args,
                                  size_t nargs, tpy_object *kwnames, bool test)
{
    if (tpy_arg_nokw(vm, fname, kwnames) < 0 || tpy_arg_count(vm, fname, nargs, 2, 2) < 0)
        return NULL;
    utf8proc_option_t opts = form_options(vm, fname, args[0]);
    if (!opts)
        return NULL;
    if (!tpy_str_check(args[1]))
        return tpy_err_format(vm, &tpy_exc_TypeError, "%s() argument 2 must be str, not %s",
                              fname, tpy_type_of(args[1])->name);
    tpy_object *r = normalized(vm, args[1], opts);
    if (!r || !test)
        return r;
    int eq = tpy_str_len(r) == tpy_str_len(args[1]);
    for (intptr_t i = 0; eq && i < tpy_str_len(r); i++)
        eq = tpy_str_at(r, i) == tpy_str_at(args[1], i);
    tpy_decref(vm, r);
    return tpy_bool(eq);
}

FN(u_normalize)
{
    (void)self;
    return normalize_like(vm, "normalize", args, nargs, kwnames, false);
}

FN(u_is_normalized)
{
    (void)self;
    return normalize_like(vm, "is_normalized", args, nargs, kwnames, true);
}

static const tpy_method_def unicodedata_functions[] = {
    {"category", u_category, 0, NULL},
    {"bidirectional", u_bidirectional, 0, NULL},
    {"combining", u_combining, 0, NULL},
    {"mirrored", u_mirrored, 0, NULL},
    {"decimal", u_decimal, 0, NULL},
    {"digit", u_digit, 0, NULL},
    {"numeric", u_numeric, 0, NULL},
    {"normalize", u_normalize, 0, NULL},
    {"is_normalized", u_is_normalized, 0, NULL},
    {NULL, NULL, 0, NULL},
};

tpy_object *tpy_unicodedata_module_new(tpy_vm *vm)
{
    tpy_object *m = tpy_module_new(vm, "unicodedata");
    if (!m)
        return NULL;
    tpy_object *version = tpy_str_from_cstr(vm, utf8proc_unicode_version());
    if (!version || tpy_module_add_functions(vm, m, unicodedata_functions) < 0
        || tpy_dict_set_c(vm, tpy_module_dict(m), "unidata_version", version) < 0)
        TPY_CLEAR(vm, m);
    tpy_xdecref(vm, version);
    return m;
}
