/* vm/types/float.c: the float type. Objects come from layer3's float
 * free list (CPython's capacity, 100); text, rounding, division and hash
 * are vm/num's, so they match CPython to the bit. */
#include <math.h>

#include "abstract.h"
#include "error.h"
#include "numglue.h"
#include "refcount.h"
#include "types.h"
#include "complex.h"
#include "vm.h"

#define FV(o) (((tpy_float *)(o))->value)

tpy_object *tpy_float_from_double(tpy_vm *vm, double v)
{
    /* straight to layer3: float is a static type, so tpy_alloc's class
     * reference is never needed on this hot path */
    tpy_float *f = (tpy_float *)tpy_obj_new(vm->heap, &tpy_float_type.layout);
    if (!f)
        return tpy_err_no_memory(vm);
    f->value = v;
    return (tpy_object *)f;
}

static tpy_object *float_repr(tpy_vm *vm, tpy_object *o)
{
    char buf[TPY_NUM_REPR_MAX];
    size_t n = tpy_num_double_repr(FV(o), buf);
    return tpy_str_from_utf8(vm, buf, n);
}

tpy_hash_t tpy_float_hash_value(tpy_object *o, double v)
{
    if (isnan(v))
        return tpy_hash_pointer(o);   /* NaN hashes by identity (3.10+) */
    return tpy_num_hash_double(v);
}

static tpy_hash_t float_hash(tpy_vm *vm, tpy_object *o)
{
    (void)vm;
    return tpy_float_hash_value(o, FV(o));
}

/* An operand as a double: 1 converted, 0 not a number we handle, -1 error. */
static int as_double(tpy_vm *vm, tpy_object *o, double *out)
{
    if (tpy_float_check(o)) {
        *out = FV(o);
        return 1;
    }
    if (tpy_int_check(o))
        return tpy_int_to_double(vm, o, out) < 0 ? -1 : 1;
    return 0;
}

static bool cmp_result(int c, enum tpy_cmp op)
{
    switch (op) {
    case TPY_LT: return c < 0;
    case TPY_LE: return c <= 0;
    case TPY_EQ: return c == 0;
    case TPY_NE: return c != 0;
    case TPY_GT: return c > 0;
    default: return c >= 0;
    }
}

static tpy_object *float_richcompare(tpy_vm *vm, tpy_object *a, tpy_object *b, enum tpy_cmp op)
{
    double x = FV(a);
    if (tpy_float_check(b)) {
        double y = FV(b);
        if (isnan(x) || isnan(y))
            return tpy_bool(op == TPY_NE);
        return tpy_bool(cmp_result((x > y) - (x < y), op));
    }
    if (!tpy_int_check(b))
        return TPY_NOT_IMPLEMENTED;
    int c = tpy_int_compare_double(vm, b, x);   /* int vs float: flip the sign */
    if (c == 2)
        return tpy_bool(op == TPY_NE);
    return tpy_bool(cmp_result(-c, op));
}

static tpy_object *float_result(tpy_vm *vm, int st, double r, tpy_num_error *err)
{
    if (st == TPY_NUM_FAIL)
        return tpy_num_raise(vm, err), NULL;
    if (st == TPY_NUM_COMPLEX)
        return tpy_err_set(vm, &tpy_exc_ValueError,
                           "complex results (negative number to a fractional power)"), NULL;
    return tpy_float_from_double(vm, r);
}

static tpy_object *float_binary(tpy_vm *vm, enum tpy_binop op, tpy_object *a, tpy_object *b)
{
    double x, y, r = 0, q;
    int ca = as_double(vm, a, &x);
    if (ca <= 0)
        return ca < 0 ? NULL : TPY_NOT_IMPLEMENTED;
    int cb = as_double(vm, b, &y);
    if (cb <= 0)
        return cb < 0 ? NULL : TPY_NOT_IMPLEMENTED;
    tpy_num_error err = TPY_NUM_ERROR_INIT;
    int st = TPY_NUM_OK;
    switch (op) {
    case TPY_OP_ADD: r = x + y; break;
    case TPY_OP_SUB: r = x - y; break;
    case TPY_OP_MUL: r = x * y; break;
    case TPY_OP_TRUEDIV: st = tpy_num_double_div(x, y, &r, &err); break;
    case TPY_OP_FLOORDIV: st = tpy_num_double_floordiv(x, y, &r, &err); break;
    case TPY_OP_MOD: st = tpy_num_double_mod(x, y, &r, &err); break;
    case TPY_OP_POW:
        st = tpy_num_double_pow(x, y, &r, &err);
        if (st == TPY_NUM_COMPLEX)   /* (-8.0) ** (1/3): a complex result, as CPython */
            return tpy_complex_pow_real(vm, x, y);
        break;
    case TPY_OP_DIVMOD: {
        if (tpy_num_double_divmod(x, y, &q, &r, &err) != TPY_NUM_OK)
            return tpy_num_raise(vm, &err), NULL;
        tpy_object *fq = tpy_float_from_double(vm, q), *fr = tpy_float_from_double(vm, r);
        tpy_object *t = fq && fr ? tpy_tuple_pack(vm, 2, fq, fr) : NULL;
        tpy_xdecref(vm, fq);
        tpy_xdecref(vm, fr);
        return t;
    }
    default: return TPY_NOT_IMPLEMENTED;
    }
    return float_result(vm, st, r, &err);
}

#define BINARY(name, op)                                                   \
    static tpy_object *name(tpy_vm *vm, tpy_object *a, tpy_object *b)      \
    {                                                                      \
        return float_binary(vm, op, a, b);                                 \
    }
BINARY(float_add, TPY_OP_ADD)
BINARY(float_sub, TPY_OP_SUB)
BINARY(float_mul, TPY_OP_MUL)
BINARY(float_truediv, TPY_OP_TRUEDIV)
BINARY(float_floordiv, TPY_OP_FLOORDIV)
BINARY(float_mod, TPY_OP_MOD)
BINARY(float_divmod, TPY_OP_DIVMOD)
BINARY(float_pow, TPY_OP_POW)

static tpy_object *float_ternary_pow(tpy_vm *vm, tpy_object *a, tpy_object *b, tpy_object *m)
{
    (void)a;
    (void)b;
    (void)m;
    return tpy_err_set(vm, &tpy_exc_TypeError,
                       "pow() 3rd argument not allowed unless all arguments are integers"), NULL;
}

static tpy_object *float_neg(tpy_vm *vm, tpy_object *o) { return tpy_float_from_double(vm, -FV(o)); }
static tpy_object *float_abs(tpy_vm *vm, tpy_object *o) { return tpy_float_from_double(vm, fabs(FV(o))); }
static tpy_object *float_pos(tpy_vm *vm, tpy_object *o)
{
    return tpy_type_of(o) == &tpy_float_type ? tpy_newref(o) : tpy_float_from_double(vm, FV(o));
}
static int float_bool(tpy_vm *vm, tpy_object *o)
{
    (void)vm;
    return FV(o) != 0.0;
}
static tpy_object *float_to_int(tpy_vm *vm, tpy_object *o) { return tpy_int_from_double(vm, FV(o)); }

static const tpy_number_slots float_number = {
    .binary = {[TPY_OP_ADD] = float_add, [TPY_OP_SUB] = float_sub, [TPY_OP_MUL] = float_mul,
               [TPY_OP_TRUEDIV] = float_truediv, [TPY_OP_FLOORDIV] = float_floordiv,
               [TPY_OP_MOD] = float_mod, [TPY_OP_DIVMOD] = float_divmod,
               [TPY_OP_POW] = float_pow},
    .ternary_pow = float_ternary_pow,
    .neg = float_neg, .pos = float_pos, .abs = float_abs,
    .to_int = float_to_int, .to_float = float_pos, .to_bool = float_bool,
};

/* ---- float(x) --------------------------------------------------------------------------------- */

tpy_object *tpy_float_from_text(tpy_vm *vm, const char *s, size_t n, tpy_object *repr_source)
{
    (void)repr_source;
    double d;
    tpy_num_error err = TPY_NUM_ERROR_INIT;
    if (tpy_num_double_parse(s, n, &d, &err) != TPY_NUM_OK)
        return tpy_num_raise(vm, &err), NULL;
    return tpy_float_from_double(vm, d);
}

static tpy_object *float_new(tpy_vm *vm, tpy_type *t, tpy_object *const *args, size_t nargs,
                             tpy_object *kwnames)
{
    if (t != &tpy_float_type)   /* a subclass: the value first, then its block */
        return tpy_subtype_from_exact(vm, t, float_new(vm, &tpy_float_type, args, nargs, kwnames));
    if (tpy_arg_nokw(vm, "float", kwnames) < 0 || tpy_arg_count(vm, "float", nargs, 0, 1) < 0)
        return NULL;
    if (nargs == 0)
        return tpy_float_from_double(vm, 0.0);
    tpy_object *x = args[0];
    if (tpy_str_check(x)) {
        size_t n;
        const char *s = tpy_str_utf8(vm, x, &n);
        return s ? tpy_float_from_text(vm, s, n, x) : NULL;
    }
    if (tpy_bytes_check(x))
        return tpy_float_from_text(vm, (const char *)((tpy_bytes *)x)->data,
                                   (size_t)tpy_bytes_len(x), x);
    tpy_object *r = tpy_number_float(vm, x);
    if (r && tpy_type_of(r) != &tpy_float_type) {
        tpy_object *exact = tpy_float_from_double(vm, FV(r));
        tpy_decref(vm, r);
        r = exact;
    }
    return r;
}

/* ---- methods ------------------------------------------------------------------------------------ */

#define NOARGS(name, pyname, ...)                                                 \
    static tpy_object *name(tpy_vm *vm, tpy_object *self, tpy_object *const *args, \
                            size_t nargs, tpy_object *kwnames)                     \
    {                                                                              \
        (void)args;                                                                \
        if (tpy_arg_none(vm, pyname, nargs, kwnames) < 0)                          \
            return NULL;                                                           \
        __VA_ARGS__                                                                       \
    }

NOARGS(float_is_integer, "is_integer", return tpy_bool(tpy_num_double_is_integer(FV(self)));)
NOARGS(float_conjugate, "conjugate", return float_pos(vm, self);)
NOARGS(float_trunc, "__trunc__", return tpy_int_from_double(vm, FV(self));)
NOARGS(float_floor, "__floor__", return tpy_int_from_double(vm, floor(FV(self)));)
NOARGS(float_ceil, "__ceil__", return tpy_int_from_double(vm, ceil(FV(self)));)
NOARGS(float_hex, "hex", {
    char buf[TPY_NUM_HEX_MAX];
    size_t n = tpy_num_double_hex(FV(self), buf);
    return tpy_str_from_utf8(vm, buf, n);
})
NOARGS(float_as_integer_ratio, "as_integer_ratio", {
    tpy_obj_heap *g = tpy_gmp_enter(vm);
    mpz_t num, den;
    mpz_inits(num, den, NULL);
    tpy_num_error err = TPY_NUM_ERROR_INIT;
    tpy_object *res = NULL;
    if (tpy_num_double_as_integer_ratio(FV(self), num, den, &err) != TPY_NUM_OK) {
        tpy_num_raise(vm, &err);
    } else {
        tpy_object *n = tpy_int_from_mpz(vm, num), *d = tpy_int_from_mpz(vm, den);
        res = n && d ? tpy_tuple_pack(vm, 2, n, d) : NULL;
        tpy_xdecref(vm, n);
        tpy_xdecref(vm, d);
    }
    mpz_clears(num, den, NULL);
    tpy_gmp_leave(g);
    return res;
})

static tpy_object *float_round(tpy_vm *vm, tpy_object *self, tpy_object *const *args,
                               size_t nargs, tpy_object *kwnames)
{
    if (tpy_arg_nokw(vm, "__round__", kwnames) < 0
        || tpy_arg_count(vm, "__round__", nargs, 0, 1) < 0)
        return NULL;
    tpy_num_error err = TPY_NUM_ERROR_INIT;
    if (nargs == 0 || args[0] == TPY_NONE) {
        tpy_obj_heap *g = tpy_gmp_enter(vm);
        int64_t word;
        mpz_t big;
        mpz_init(big);
        int st = tpy_num_double_round_to_int(FV(self), &word, big, &err);
        tpy_object *r = st == TPY_NUM_OK    ? tpy_int_from_i64(vm, word)
                        : st == TPY_NUM_BIG ? tpy_int_from_mpz(vm, big)
                                            : (tpy_num_raise(vm, &err), NULL);
        mpz_clear(big);
        tpy_gmp_leave(g);
        return r;
    }
    intptr_t nd = tpy_index_ssize(vm, args[0], NULL);
    if (nd == -1 && tpy_err_occurred(vm))
        return NULL;
    double r = 0;
    int st = tpy_num_double_round(FV(self), nd, &r, &err);
    return float_result(vm, st, r, &err);
}

static tpy_object *float_fromhex(tpy_vm *vm, tpy_object *type, tpy_object *const *args,
                                 size_t nargs, tpy_object *kwnames)
{
    (void)type;
    if (tpy_arg_one(vm, "fromhex", nargs, kwnames) < 0)
        return NULL;
    if (!tpy_str_check(args[0]))
        return tpy_err_format(vm, &tpy_exc_TypeError, "fromhex() argument must be str, not %s",
                              tpy_type_of(args[0])->name);
    size_t n;
    const char *s = tpy_str_utf8(vm, args[0], &n);
    double d = 0;
    tpy_num_error err = TPY_NUM_ERROR_INIT;
    if (!s)
        return NULL;
    int st = tpy_num_double_fromhex(s, n, &d, &err);
    return float_result(vm, st, d, &err);
}

static const tpy_method_def float_methods[] = {
    {"is_integer", float_is_integer, 0, NULL},
    {"as_integer_ratio", float_as_integer_ratio, 0, NULL},
    {"hex", float_hex, 0, NULL},
    {"fromhex", float_fromhex, TPY_METH_CLASS, NULL},
    {"conjugate", float_conjugate, 0, NULL},
    {"__trunc__", float_trunc, 0, NULL},
    {"__floor__", float_floor, 0, NULL},
    {"__ceil__", float_ceil, 0, NULL},
    {"__round__", float_round, 0, NULL},
    {"__format__", tpy_float_format_method, 0, NULL},
    {NULL, NULL, 0, NULL},
};

static tpy_object *get_real(tpy_vm *vm, tpy_object *self) { return float_pos(vm, self); }
static tpy_object *get_imag(tpy_vm *vm, tpy_object *self)
{
    (void)self;
    return tpy_float_from_double(vm, 0.0);
}

static const tpy_getset_def float_getsets[] = {
    {"real", get_real, NULL},
    {"imag", get_imag, NULL},
    {NULL, NULL, NULL},
};

tpy_type tpy_float_type = {
    .ob = TPY_STATIC_HEAD(tpy_type_type),
    .layout = {.name = "float", .basic_size = sizeof(tpy_float),
               .freelist_cap = TPY_OBJ_FREELIST_FLOAT},
    .name = "float",
    .flags = TPY_TF_BASETYPE | TPY_TF_IMMUTABLE,
    .repr = float_repr,
    .str = float_repr,
    .hash = float_hash,
    .richcompare = float_richcompare,
    .new_ = float_new,
    .number = &float_number,
    .methods = float_methods,
    .getsets = float_getsets,
};
