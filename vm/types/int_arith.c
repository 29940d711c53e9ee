/* vm/types/int_arith.c: int arithmetic. Both operands words: computed in
 * the machine word with overflow checks (__builtin_*_overflow, vm/num's
 * word primitives); on overflow, or with a big operand, GMP computes from
 * read-only views of the operands (no copy) into a temporary, and the
 * result becomes a new int (a word again when it fits). */
#include <math.h>

#include "abstract.h"
#include "error.h"
#include "numglue.h"
#include "refcount.h"
#include "types.h"
#include "vm.h"

#define INT(o) ((tpy_int *)(o))

/* The largest shift the VM tries: 2**40 bits is far past memory anyway. */
#define MAX_SHIFT ((uint64_t)1 << 40)

static tpy_object *float_pow_of_ints(tpy_vm *vm, tpy_object *a, tpy_object *b)
{
    double x, y, r;
    if (tpy_int_to_double(vm, a, &x) < 0 || tpy_int_to_double(vm, b, &y) < 0)
        return NULL;
    tpy_num_error err = TPY_NUM_ERROR_INIT;
    int st = tpy_num_double_pow(x, y, &r, &err);
    if (st == TPY_NUM_FAIL)
        return tpy_num_raise(vm, &err), NULL;
    return tpy_float_from_double(vm, r);
}

static tpy_object *pair(tpy_vm *vm, tpy_object *q, tpy_object *r)
{
    tpy_object *t = q && r ? tpy_tuple_pack(vm, 2, q, r) : NULL;
    tpy_xdecref(vm, q);
    tpy_xdecref(vm, r);
    return t;
}

/* ---- the GMP path ---------------------------------------------------------------------------- */

static tpy_object *big_shift(tpy_vm *vm, enum tpy_binop op, mpz_t r, const mpz_t x, const mpz_t y)
{
    if (mpz_sgn(y) < 0)
        return tpy_err_set(vm, &tpy_exc_ValueError, "negative shift count"), NULL;
    bool huge = !mpz_fits_ulong_p(y) || mpz_get_ui(y) > MAX_SHIFT;
    if (op == TPY_OP_LSHIFT) {
        if (mpz_sgn(x) == 0)
            return tpy_int_from_i64(vm, 0);
        if (huge)
            return tpy_err_set(vm, &tpy_exc_OverflowError, "too many digits in integer"), NULL;
        mpz_mul_2exp(r, x, mpz_get_ui(y));
    } else {
        if (huge)
            return tpy_int_from_i64(vm, mpz_sgn(x) < 0 ? -1 : 0);
        mpz_fdiv_q_2exp(r, x, mpz_get_ui(y));
    }
    return tpy_int_from_mpz(vm, r);
}

static tpy_object *big_pow(tpy_vm *vm, mpz_t r, const mpz_t x, const mpz_t y,
                           tpy_object *a, tpy_object *b)
{
    if (mpz_sgn(y) < 0)
        return float_pow_of_ints(vm, a, b);
    if (mpz_cmpabs_ui(x, 1) <= 0) {   /* 0, 1, -1: no size limit needed */
        if (mpz_sgn(x) >= 0)
            return tpy_int_from_i64(vm, mpz_sgn(y) == 0 ? 1 : mpz_get_si(x));
        return tpy_int_from_i64(vm, mpz_odd_p(y) ? -1 : 1);
    }
    if (!mpz_fits_ulong_p(y) || mpz_get_ui(y) > MAX_SHIFT)
        return tpy_err_no_memory(vm);
    mpz_pow_ui(r, x, mpz_get_ui(y));
    return tpy_int_from_mpz(vm, r);
}

static tpy_object *big_divide(tpy_vm *vm, enum tpy_binop op, mpz_t r, const mpz_t x, const mpz_t y)
{
    tpy_num_error err = TPY_NUM_ERROR_INIT;
    if (op == TPY_OP_TRUEDIV) {
        double d;
        if (tpy_num_mpz_truediv(x, y, &d, &err) != TPY_NUM_OK)
            return tpy_num_raise(vm, &err), NULL;
        return tpy_float_from_double(vm, d);
    }
    mpz_t q;
    mpz_init(q);
    tpy_object *res = NULL;
    if (tpy_num_mpz_divmod(op == TPY_OP_MOD ? NULL : q, op == TPY_OP_FLOORDIV ? NULL : r, x, y,
                           &err) != TPY_NUM_OK)
        tpy_num_raise(vm, &err);
    else if (op == TPY_OP_DIVMOD)
        res = pair(vm, tpy_int_from_mpz(vm, q), tpy_int_from_mpz(vm, r));
    else
        res = tpy_int_from_mpz(vm, op == TPY_OP_FLOORDIV ? q : r);
    mpz_clear(q);
    return res;
}

static tpy_object *big_binary(tpy_vm *vm, enum tpy_binop op, tpy_object *a, tpy_object *b)
{
    mpz_t x, y, r;
    mp_limb_t sx[2], sy[2];
    tpy_int_view(a, x, sx);
    tpy_int_view(b, y, sy);
    tpy_obj_heap *g = tpy_gmp_enter(vm);
    mpz_init(r);
    tpy_object *res = NULL;
    switch (op) {
    case TPY_OP_ADD: mpz_add(r, x, y); res = tpy_int_from_mpz(vm, r); break;
    case TPY_OP_SUB: mpz_sub(r, x, y); res = tpy_int_from_mpz(vm, r); break;
    case TPY_OP_MUL: mpz_mul(r, x, y); res = tpy_int_from_mpz(vm, r); break;
    case TPY_OP_AND: mpz_and(r, x, y); res = tpy_int_from_mpz(vm, r); break;
    case TPY_OP_OR: mpz_ior(r, x, y); res = tpy_int_from_mpz(vm, r); break;
    case TPY_OP_XOR: mpz_xor(r, x, y); res = tpy_int_from_mpz(vm, r); break;
    case TPY_OP_LSHIFT: case TPY_OP_RSHIFT: res = big_shift(vm, op, r, x, y); break;
    case TPY_OP_POW: res = big_pow(vm, r, x, y, a, b); break;
    case TPY_OP_FLOORDIV: case TPY_OP_MOD: case TPY_OP_DIVMOD: case TPY_OP_TRUEDIV:
        res = big_divide(vm, op, r, x, y);
        break;
    default: res = TPY_NOT_IMPLEMENTED; break;
    }
    mpz_clear(r);
    tpy_gmp_leave(g);
    return res;
}

/* ---- the word path: NULL result with no error means "redo in GMP" ------------------------------ */

static tpy_object *word_shift(tpy_vm *vm, enum tpy_binop op, int64_t x, int64_t y, bool *big)
{
    if (y < 0)
        return tpy_err_set(vm, &tpy_exc_ValueError, "negative shift count"), NULL;
    if (op == TPY_OP_RSHIFT)
        return tpy_int_from_i64(vm, y >= 63 ? (x < 0 ? -1 : 0) : x >> y);
    if (x == 0)
        return tpy_int_from_i64(vm, 0);
    if (y < 63) {
        int64_t r = (int64_t)((uint64_t)x << y);
        if ((r >> y) == x)
            return tpy_int_from_i64(vm, r);
    }
    *big = true;
    return NULL;
}

static tpy_object *word_divide(tpy_vm *vm, enum tpy_binop op, int64_t x, int64_t y, bool *big)
{
    tpy_num_error err = TPY_NUM_ERROR_INIT;
    int64_t q, r;
    double d;
    int st;
    switch (op) {
    case TPY_OP_TRUEDIV:
        if (tpy_num_int64_truediv(x, y, &d, &err) != TPY_NUM_OK)
            return tpy_num_raise(vm, &err), NULL;
        return tpy_float_from_double(vm, d);
    case TPY_OP_FLOORDIV: st = tpy_num_int64_floordiv(x, y, &q, &err); break;
    case TPY_OP_MOD: st = tpy_num_int64_mod(x, y, &r, &err); break;
    default: st = tpy_num_int64_divmod(x, y, &q, &r, &err); break;
    }
    if (st == TPY_NUM_FAIL)
        return tpy_num_raise(vm, &err), NULL;
    if (st == TPY_NUM_BIG) {
        *big = true;
        return NULL;
    }
    if (op == TPY_OP_DIVMOD)
        return pair(vm, tpy_int_from_i64(vm, q), tpy_int_from_i64(vm, r));
    return tpy_int_from_i64(vm, op == TPY_OP_MOD ? r : q);
}

static tpy_object *word_binary(tpy_vm *vm, enum tpy_binop op, tpy_object *a, tpy_object *b,
                               bool *big)
{
    int64_t x = INT(a)->value, y = INT(b)->value, r;
    switch (op) {
    case TPY_OP_ADD:
        if (__builtin_add_overflow(x, y, &r))
            break;
        return tpy_int_from_i64(vm, r);
    case TPY_OP_SUB:
        if (__builtin_sub_overflow(x, y, &r))
            break;
        return tpy_int_from_i64(vm, r);
    case TPY_OP_MUL:
        if (__builtin_mul_overflow(x, y, &r))
            break;
        return tpy_int_from_i64(vm, r);
    case TPY_OP_AND: return tpy_int_from_i64(vm, x & y);
    case TPY_OP_OR: return tpy_int_from_i64(vm, x | y);
    case TPY_OP_XOR: return tpy_int_from_i64(vm, x ^ y);
    case TPY_OP_LSHIFT: case TPY_OP_RSHIFT: return word_shift(vm, op, x, y, big);
    case TPY_OP_POW: {
        int st = tpy_num_int64_pow(x, y, &r);
        if (st == TPY_NUM_NEG_EXPONENT)
            return float_pow_of_ints(vm, a, b);
        if (st == TPY_NUM_OK)
            return tpy_int_from_i64(vm, r);
        break;
    }
    case TPY_OP_FLOORDIV: case TPY_OP_MOD: case TPY_OP_DIVMOD: case TPY_OP_TRUEDIV:
        return word_divide(vm, op, x, y, big);
    default:
        return TPY_NOT_IMPLEMENTED;
    }
    *big = true;
    return NULL;
}

tpy_object *tpy_int_binary(tpy_vm *vm, enum tpy_binop op, tpy_object *a, tpy_object *b)
{
    if (!tpy_int_check(a) || !tpy_int_check(b))
        return TPY_NOT_IMPLEMENTED;
    if (tpy_int_is_word(a) && tpy_int_is_word(b)) {
        bool big = false;
        tpy_object *r = word_binary(vm, op, a, b, &big);
        if (!big)
            return r;
    }
    return big_binary(vm, op, a, b);
}

/* ---- pow(a, b, m) --------------------------------------------------------------------------------- */

static tpy_object *int_ternary_pow(tpy_vm *vm, tpy_object *a, tpy_object *b, tpy_object *m)
{
    if (!tpy_int_check(a) || !tpy_int_check(b) || !tpy_int_check(m))
        return TPY_NOT_IMPLEMENTED;
    if (tpy_int_sign(m) == 0)
        return tpy_err_set(vm, &tpy_exc_ValueError, "pow() 3rd argument cannot be 0"), NULL;
    mpz_t x, y, n, r, absn;
    mp_limb_t sx[2], sy[2], sn[2];
    tpy_int_view(a, x, sx);
    tpy_int_view(b, y, sy);
    tpy_int_view(m, n, sn);
    tpy_obj_heap *g = tpy_gmp_enter(vm);
    mpz_inits(r, absn, NULL);
    mpz_abs(absn, n);
    tpy_object *res = NULL;
    if (mpz_sgn(y) < 0 && !mpz_invert(r, x, absn)) {
        tpy_err_set(vm, &tpy_exc_ValueError, "base is not invertible for the given modulus");
    } else {
        mpz_powm(r, x, y, absn);   /* GMP inverts for a negative exponent */
        if (mpz_sgn(n) < 0 && mpz_sgn(r) != 0)
            mpz_add(r, r, n);      /* the result takes the modulus's sign */
        res = tpy_int_from_mpz(vm, r);
    }
    mpz_clears(r, absn, NULL);
    tpy_gmp_leave(g);
    return res;
}

/* ---- unary ------------------------------------------------------------------------------------------ */

static tpy_object *int_neg(tpy_vm *vm, tpy_object *o)
{
    if (tpy_int_is_word(o) && INT(o)->value != INT64_MIN)
        return tpy_int_from_i64(vm, -INT(o)->value);
    mpz_t x, r;
    mp_limb_t s[2];
    tpy_int_view(o, x, s);
    tpy_obj_heap *g = tpy_gmp_enter(vm);
    mpz_init(r);
    mpz_neg(r, x);
    tpy_object *res = tpy_int_from_mpz(vm, r);
    mpz_clear(r);
    tpy_gmp_leave(g);
    return res;
}

/* +x and int(x): an exact int (True becomes 1). */
static tpy_object *int_pos(tpy_vm *vm, tpy_object *o)
{
    if (tpy_type_of(o) == &tpy_int_type)
        return tpy_newref(o);
    return tpy_int_from_i64(vm, INT(o)->value);   /* bool: always a word */
}

static tpy_object *int_abs(tpy_vm *vm, tpy_object *o)
{
    return tpy_int_sign(o) < 0 ? int_neg(vm, o) : int_pos(vm, o);
}

static tpy_object *int_invert(tpy_vm *vm, tpy_object *o)
{
    if (tpy_int_is_word(o))
        return tpy_int_from_i64(vm, ~INT(o)->value);
    mpz_t x, r;
    mp_limb_t s[2];
    tpy_int_view(o, x, s);
    tpy_obj_heap *g = tpy_gmp_enter(vm);
    mpz_init(r);
    mpz_com(r, x);
    tpy_object *res = tpy_int_from_mpz(vm, r);
    mpz_clear(r);
    tpy_gmp_leave(g);
    return res;
}

static tpy_object *int_to_float(tpy_vm *vm, tpy_object *o)
{
    double d;
    return tpy_int_to_double(vm, o, &d) < 0 ? NULL : tpy_float_from_double(vm, d);
}

int tpy_int_bool_slot(tpy_vm *vm, tpy_object *o);

#define BINARY(name, op)                                                        \
    static tpy_object *name(tpy_vm *vm, tpy_object *a, tpy_object *b)           \
    {                                                                           \
        return tpy_int_binary(vm, op, a, b);                                    \
    }
BINARY(int_add, TPY_OP_ADD)
BINARY(int_sub, TPY_OP_SUB)
BINARY(int_mul, TPY_OP_MUL)
BINARY(int_floordiv, TPY_OP_FLOORDIV)
BINARY(int_truediv, TPY_OP_TRUEDIV)
BINARY(int_mod, TPY_OP_MOD)
BINARY(int_divmod, TPY_OP_DIVMOD)
BINARY(int_pow, TPY_OP_POW)
BINARY(int_lshift, TPY_OP_LSHIFT)
BINARY(int_rshift, TPY_OP_RSHIFT)
BINARY(int_and, TPY_OP_AND)
BINARY(int_or, TPY_OP_OR)
BINARY(int_xor, TPY_OP_XOR)

/* bool & | ^ bool is a bool; with any other int, an int. */
#define BOOL_BINARY(name, op, expr)                                              \
    static tpy_object *name(tpy_vm *vm, tpy_object *a, tpy_object *b)            \
    {                                                                            \
        if (tpy_type_of(a) == &tpy_bool_type && tpy_type_of(b) == &tpy_bool_type) { \
            bool x = INT(a)->value, y = INT(b)->value;                           \
            return tpy_bool(expr);                                               \
        }                                                                        \
        return tpy_int_binary(vm, op, a, b);                                     \
    }
BOOL_BINARY(bool_and, TPY_OP_AND, x & y)
BOOL_BINARY(bool_or, TPY_OP_OR, x | y)
BOOL_BINARY(bool_xor, TPY_OP_XOR, x ^ y)

#define INT_NUMBER(AND, OR, XOR)                                                 \
    {                                                                            \
        .binary = {[TPY_OP_ADD] = int_add, [TPY_OP_SUB] = int_sub,               \
                   [TPY_OP_MUL] = int_mul, [TPY_OP_FLOORDIV] = int_floordiv,     \
                   [TPY_OP_TRUEDIV] = int_truediv, [TPY_OP_MOD] = int_mod,       \
                   [TPY_OP_DIVMOD] = int_divmod, [TPY_OP_POW] = int_pow,         \
                   [TPY_OP_LSHIFT] = int_lshift, [TPY_OP_RSHIFT] = int_rshift,   \
                   [TPY_OP_AND] = AND, [TPY_OP_OR] = OR, [TPY_OP_XOR] = XOR},    \
        .ternary_pow = int_ternary_pow, .neg = int_neg, .pos = int_pos,          \
        .invert = int_invert, .abs = int_abs, .to_int = int_pos,                 \
        .to_float = int_to_float, .index = int_pos, .to_bool = tpy_int_bool_slot \
    }

const tpy_number_slots tpy_int_number = INT_NUMBER(int_and, int_or, int_xor);
const tpy_number_slots tpy_bool_number = INT_NUMBER(bool_and, bool_or, bool_xor);
