/* vm/types/int_methods.c: the methods and attributes of int. */
#include <string.h>

#include "abstract.h"
#include "error.h"
#include "numglue.h"
#include "refcount.h"
#include "types.h"
#include "vm.h"

#define INT(o) ((tpy_int *)(o))

/* A method taking no arguments whose result is self as an exact int
 * (conjugate, __index__, __trunc__, __floor__, __ceil__, numerator, real). */
static tpy_object *exact(tpy_vm *vm, tpy_object *self)
{
    return tpy_int_number.pos(vm, self);
}

#define NOARGS(name, pyname, ...)                                                 \
    static tpy_object *name(tpy_vm *vm, tpy_object *self, tpy_object *const *args, \
                            size_t nargs, tpy_object *kwnames)                     \
    {                                                                              \
        (void)args;                                                                \
        if (tpy_arg_none(vm, pyname, nargs, kwnames) < 0)                          \
            return NULL;                                                           \
        __VA_ARGS__                                                                       \
    }

NOARGS(int_conjugate, "int.conjugate", return exact(vm, self);)
NOARGS(int_index_m, "__index__", return exact(vm, self);)
NOARGS(int_trunc, "int.__trunc__", return exact(vm, self);)
NOARGS(int_floor, "int.__floor__", return exact(vm, self);)
NOARGS(int_ceil, "int.__ceil__", return exact(vm, self);)

NOARGS(int_bit_length, "int.bit_length", {
    if (tpy_int_is_word(self))
        return tpy_int_from_i64(vm, tpy_num_int64_bit_length(INT(self)->value));
    mpz_t v;
    mp_limb_t s[2];
    tpy_int_view(self, v, s);
    return tpy_int_from_i64(vm, (int64_t)tpy_num_mpz_bit_length(v));
})

NOARGS(int_bit_count, "int.bit_count", {
    if (tpy_int_is_word(self)) {
        int64_t v = INT(self)->value;
        return tpy_int_from_i64(vm, __builtin_popcountll(v < 0 ? -(uint64_t)v : (uint64_t)v));
    }
    int64_t n = 0;
    for (intptr_t i = 0; i < INT(self)->ob.size; i++)
        n += __builtin_popcountll(INT(self)->limbs[i]);
    return tpy_int_from_i64(vm, n);
})

NOARGS(int_as_integer_ratio, "int.as_integer_ratio", {
    tpy_object *n = exact(vm, self);
    tpy_object *one = tpy_int_from_i64(vm, 1);
    tpy_object *t = n ? tpy_tuple_pack(vm, 2, n, one) : NULL;
    tpy_xdecref(vm, n);
    return t;
})

static tpy_object *int_round(tpy_vm *vm, tpy_object *self, tpy_object *const *args, size_t nargs,
                             tpy_object *kwnames)
{
    if (tpy_arg_nokw(vm, "__round__", kwnames) < 0
        || tpy_arg_count(vm, "__round__", nargs, 0, 1) < 0)
        return NULL;
    if (nargs == 0 || args[0] == TPY_NONE)
        return exact(vm, self);
    intptr_t nd = tpy_index_ssize(vm, args[0], NULL);
    if (nd == -1 && tpy_err_occurred(vm))
        return NULL;
    if (nd >= 0)
        return exact(vm, self);
    int64_t r;
    if (tpy_int_is_word(self) && tpy_num_int64_round(INT(self)->value, nd, &r) == TPY_NUM_OK)
        return tpy_int_from_i64(vm, r);
    tpy_obj_heap *g = tpy_gmp_enter(vm);
    mpz_t v, out;
    mp_limb_t s[2];
    tpy_int_view(self, v, s);
    mpz_init(out);
    tpy_num_mpz_round(out, v, nd);
    tpy_object *res = tpy_int_from_mpz(vm, out);
    mpz_clear(out);
    tpy_gmp_leave(g);
    return res;
}

/* ---- to_bytes / from_bytes ---------------------------------------------------------------------- */

static int parse_byteorder(tpy_vm *vm, tpy_object *o, bool *little)
{
    if (!o) {
        *little = false;
        return 0;
    }
    if (!tpy_str_check(o)) {
        tpy_err_format(vm, &tpy_exc_TypeError, "to_bytes() argument 'byteorder' must be str, not %s",
                       tpy_type_of(o)->name);
        return -1;
    }
    if (tpy_str_equal_c(o, "little") || tpy_str_equal_c(o, "big")) {
        *little = tpy_str_equal_c(o, "little");
        return 0;
    }
    tpy_err_set(vm, &tpy_exc_ValueError, "byteorder must be either 'little' or 'big'");
    return -1;
}

/* Two's complement of v in `len` bytes into out (big-endian first). */
static int int_bytes(tpy_vm *vm, const mpz_t v, size_t len, bool is_signed, unsigned char *out)
{
    mpz_t t, lim;
    mpz_inits(t, lim, NULL);
    mpz_set(t, v);
    mpz_ui_pow_ui(lim, 2, 8 * len - (is_signed ? 1 : 0));
    int r = 0;
    if (!is_signed && mpz_sgn(v) < 0) {
        tpy_err_set(vm, &tpy_exc_OverflowError, "can't convert negative int to unsigned");
        r = -1;
    } else if (mpz_cmp(v, lim) >= 0 || (is_signed && mpz_cmpabs(v, lim) > 0 && mpz_sgn(v) < 0)) {
        tpy_err_set(vm, &tpy_exc_OverflowError, "int too big to convert");
        r = -1;
    } else {
        if (mpz_sgn(t) < 0) {
            mpz_ui_pow_ui(lim, 2, 8 * len);
            mpz_add(t, t, lim);
        }
        size_t count;
        memset(out, 0, len);
        size_t need = (mpz_sizeinbase(t, 2) + 7) / 8;
        if (mpz_sgn(t) != 0)
            mpz_export(out + (len - need), &count, 1, 1, 1, 0, t);
    }
    mpz_clears(t, lim, NULL);
    return r;
}

static tpy_object *int_to_bytes(tpy_vm *vm, tpy_object *self, tpy_object *const *args,
                                size_t nargs, tpy_object *kwnames)
{
    static const char *const names[] = {"length", "byteorder", "signed", NULL};
    tpy_object *a[3];
    bool little;
    int is_signed = 0;
    if (tpy_arg_parse(vm, "to_bytes", args, nargs, kwnames, names, 0, 0, a) < 0
        || parse_byteorder(vm, a[1], &little) < 0
        || (a[2] && (is_signed = tpy_is_true(vm, a[2])) < 0))
        return NULL;
    intptr_t len = a[0] ? tpy_index_ssize(vm, a[0], &tpy_exc_OverflowError) : 1;
    if (len == -1 && tpy_err_occurred(vm))
        return NULL;
    if (len < 0)
        return tpy_err_set(vm, &tpy_exc_ValueError, "length argument must be non-negative"), NULL;
    unsigned char *buf = tpy_vm_malloc(vm, (size_t)len + 1);
    if (!buf)
        return NULL;
    tpy_obj_heap *g = tpy_gmp_enter(vm);
    mpz_t v;
    mp_limb_t s[2];
    tpy_int_view(self, v, s);
    int r = int_bytes(vm, v, (size_t)len, is_signed, buf);
    tpy_gmp_leave(g);
    if (r == 0 && little)
        for (intptr_t i = 0; i < len / 2; i++) {
            unsigned char c = buf[i];
            buf[i] = buf[len - 1 - i];
            buf[len - 1 - i] = c;
        }
    tpy_object *res = r == 0 ? tpy_bytes_from(vm, buf, (size_t)len) : NULL;
    tpy_vm_free(vm, buf);
    return res;
}

static tpy_object *int_from_bytes(tpy_vm *vm, tpy_object *type, tpy_object *const *args,
                                  size_t nargs, tpy_object *kwnames)
{
    static const char *const names[] = {"bytes", "byteorder", "signed", NULL};
    tpy_object *a[3];
    bool little;
    int is_signed = 0;
    (void)type;
    if (tpy_arg_parse(vm, "from_bytes", args, nargs, kwnames, names, 0, 1, a) < 0
        || parse_byteorder(vm, a[1], &little) < 0
        || (a[2] && (is_signed = tpy_is_true(vm, a[2])) < 0))
        return NULL;
    /* bytearray, memoryview, a list of ints...: whatever bytes() takes */
    tpy_object *raw = tpy_bytes_check(a[0]) ? tpy_newref(a[0])
                                            : tpy_call(vm, &tpy_bytes_type.ob, &a[0], 1, NULL);
    if (!raw)
        return NULL;
    size_t n = (size_t)tpy_bytes_len(raw);
    const unsigned char *p = ((tpy_bytes *)raw)->data;
    tpy_obj_heap *g = tpy_gmp_enter(vm);
    mpz_t v;
    mpz_init(v);
    if (n)
        mpz_import(v, n, little ? -1 : 1, 1, 1, 0, p);
    if (is_signed && n && (p[little ? n - 1 : 0] & 0x80)) {
        mpz_t lim;
        mpz_init(lim);
        mpz_ui_pow_ui(lim, 2, 8 * n);
        mpz_sub(v, v, lim);
        mpz_clear(lim);
    }
    tpy_object *res = tpy_int_from_mpz(vm, v);
    mpz_clear(v);
    tpy_gmp_leave(g);
    tpy_decref(vm, raw);
    return res;
}

const tpy_method_def tpy_int_methods[] = {
    {"conjugate", int_conjugate, 0, NULL},
    {"bit_length", int_bit_length, 0, NULL},
    {"bit_count", int_bit_count, 0, NULL},
    {"to_bytes", int_to_bytes, 0, NULL},
    {"from_bytes", int_from_bytes, TPY_METH_CLASS, NULL},
    {"as_integer_ratio", int_as_integer_ratio, 0, NULL},
    {"__index__", int_index_m, 0, NULL},
    {"__trunc__", int_trunc, 0, NULL},
    {"__floor__", int_floor, 0, NULL},
    {"__ceil__", int_ceil, 0, NULL},
    {"__round__", int_round, 0, NULL},
    {"__format__", tpy_int_format_method, 0, NULL},
    {NULL, NULL, 0, NULL},
};

static tpy_object *get_zero(tpy_vm *vm, tpy_object *self)
{
    (void)self;
    return tpy_int_from_i64(vm, 0);
}

static tpy_object *get_one(tpy_vm *vm, tpy_object *self)
{
    (void)self;
    return tpy_int_from_i64(vm, 1);
}

const tpy_getset_def tpy_int_getsets[] = {
    {"real", exact, NULL},
    {"imag", get_zero, NULL},
    {"numerator", exact, NULL},
    {"denominator", get_one, NULL},
    {NULL, NULL, NULL},
};
