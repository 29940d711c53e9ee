/* vm/types/complex.c: complex numbers as CPython 3.11 shows and computes
 * them: a pair of doubles; repr "(1+2j)", "1j", "(-0-0j)"; arithmetic with
 * ints and floats on either side; Smith's division; exact integer powers
 * by repeated squaring and the polar form otherwise; equality only. */
#include <errno.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "abstract.h"
#include "buf.h"
#include "complex.h"
#include "error.h"
#include "num.h"
#include "refcount.h"
#include "types.h"
#include "vm.h"

#define C(o) ((tpy_complex *)(o))

typedef struct cval {
    double re, im;
} cval;

tpy_object *tpy_complex_from(tpy_vm *vm, double real, double imag)
{
    tpy_complex *c = (tpy_complex *)tpy_alloc(vm, &tpy_complex_type);
    if (!c)
        return NULL;
    c->real = real;
    c->imag = imag;
    return &c->ob;
}

/* ---- repr ------------------------------------------------------------------------------------ */

/* A part as complex's repr writes it: float repr without a trailing ".0". */
static int put_part(tpy_buf *b, double x, bool sign)
{
    char s[TPY_NUM_REPR_MAX];
    size_t n = tpy_num_double_repr(x, s);
    if (n >= 2 && s[n - 2] == '.' && s[n - 1] == '0')
        n -= 2;
    if (sign && s[0] != '-' && tpy_buf_putc(b, '+') < 0)
        return -1;
    return tpy_buf_append(b, s, n);
}

static tpy_object *complex_repr(tpy_vm *vm, tpy_object *o)
{
    double re = C(o)->real, im = C(o)->imag;
    tpy_buf b;
    tpy_buf_init(&b, vm);
    int r;
    if (re == 0 && !signbit(re)) {
        r = put_part(&b, im, false);
        r = r ? r : tpy_buf_putc(&b, 'j');
    } else {
        r = tpy_buf_putc(&b, '(');
        r = r ? r : put_part(&b, re, false);
        r = r ? r : put_part(&b, im, true);
        r = r ? r : tpy_buf_puts(&b, "j)");
    }
    if (r < 0) {
        tpy_buf_free(&b);
        return NULL;
    }
    return tpy_buf_finish(&b);
}

/* ---- hash, comparison, truth ------------------------------------------------------------------- */

static tpy_hash_t complex_hash(tpy_vm *vm, tpy_object *o)
{
    (void)vm;
    /* CPython: hash(real) + 1000003 * hash(imag), in unsigned arithmetic. */
    uint64_t h = (uint64_t)tpy_num_hash_double(C(o)->real) +
                 1000003u * (uint64_t)tpy_num_hash_double(C(o)->imag);
    tpy_hash_t r = (tpy_hash_t)h;
    return r == -1 ? -2 : r;
}

static tpy_object *complex_richcompare(tpy_vm *vm, tpy_object *a, tpy_object *b, enum tpy_cmp op)
{
    if (op != TPY_EQ && op != TPY_NE)
        return TPY_NOT_IMPLEMENTED;
    double re = C(a)->real, im = C(a)->imag;
    bool eq;
    if (tpy_complex_check(b)) {
        eq = re == C(b)->real && im == C(b)->imag;
    } else if (tpy_float_check(b)) {
        eq = im == 0 && re == tpy_float_value(b);
    } else if (tpy_int_check(b)) {
        /* Exact: 2**53 + 1 is not equal to complex(2**53). */
        eq = im == 0 && tpy_int_compare_double(vm, b, re) == 0;
    } else {
        return TPY_NOT_IMPLEMENTED;
    }
    return tpy_bool(op == TPY_EQ ? eq : !eq);
}

static int complex_bool(tpy_vm *vm, tpy_object *o)
{
    (void)vm;
    return C(o)->real != 0 || C(o)->imag != 0;
}

/* ---- arithmetic ----------------------------------------------------------------------------------- */

/* An operand as a complex value: 1 converted, 0 not a number, -1 error. */
static int as_cval(tpy_vm *vm, tpy_object *o, cval *out)
{
    out->im = 0;
    if (tpy_complex_check(o)) {
        out->re = C(o)->real;
        out->im = C(o)->imag;
        return 1;
    }
    if (tpy_float_check(o)) {
        out->re = tpy_float_value(o);
        return 1;
    }
    if (tpy_int_check(o))
        return tpy_int_to_double(vm, o, &out->re) < 0 ? -1 : 1;
    return 0;
}

static cval c_mul(cval a, cval b)
{
    return (cval){a.re * b.re - a.im * b.im, a.re * b.im + a.im * b.re};
}

/* a / b by Smith's method (scale by the larger part of b so that the
 * intermediate products do not overflow); b is not zero. */
static cval c_div(cval a, cval b)
{
    double abs_br = fabs(b.re), abs_bi = fabs(b.im);
    if (abs_br >= abs_bi) {
        double ratio = b.im / b.re, denom = b.re + b.im * ratio;
        return (cval){(a.re + a.im * ratio) / denom, (a.im - a.re * ratio) / denom};
    }
    if (abs_bi >= abs_br) {
        double ratio = b.re / b.im, denom = b.re * ratio + b.im;
        return (cval){(a.re * ratio + a.im) / denom, (a.im * ratio - a.re) / denom};
    }
    return (cval){NAN, NAN};   /* a NaN in b */
}

/* a ** b: 0 on success, -1 ZeroDivisionError, -2 overflow. */
static int c_pow(cval a, cval b, cval *out)
{
    if (b.re == 0 && b.im == 0) {
        *out = (cval){1, 0};
        return 0;
    }
    if (a.re == 0 && a.im == 0) {
        if (b.im != 0 || b.re < 0)
            return -1;
        *out = (cval){0, 0};
        return 0;
    }
    /* Small integral exponents: repeated squaring, as CPython's c_powi. */
    if (b.im == 0 && b.re == floor(b.re) && fabs(b.re) <= 100) {
        long n = (long)b.re;
        cval r = {1, 0}, p = a;
        for (long m = labs(n); m; m >>= 1) {
            if (m & 1)
                r = c_mul(r, p);
            p = c_mul(p, p);
        }
        *out = n < 0 ? c_div((cval){1, 0}, r) : r;
    } else {
        double vabs = hypot(a.re, a.im);
        double len = pow(vabs, b.re), at = atan2(a.im, a.re), phase = at * b.re;
        if (b.im != 0) {
            len /= exp(at * b.im);
            phase += b.im * log(vabs);
        }
        *out = (cval){len * cos(phase), len * sin(phase)};
    }
    if ((isinf(out->re) || isinf(out->im)) && isfinite(a.re) && isfinite(a.im) &&
        isfinite(b.re) && isfinite(b.im))
        return -2;
    return 0;
}

static tpy_object *pow_result(tpy_vm *vm, cval a, cval b)
{
    cval r;
    int st = c_pow(a, b, &r);
    if (st == -1)
        return tpy_err_format(vm, &tpy_exc_ZeroDivisionError,
                              "0.0 to a negative or complex power");
    if (st == -2)
        return tpy_err_format(vm, &tpy_exc_OverflowError, "complex exponentiation");
    return tpy_complex_from(vm, r.re, r.im);
}

tpy_object *tpy_complex_pow_real(tpy_vm *vm, double x, double y)
{
    return pow_result(vm, (cval){x, 0}, (cval){y, 0});
}

static tpy_object *complex_binary(tpy_vm *vm, enum tpy_binop op, tpy_object *a, tpy_object *b)
{
    cval x, y;
    int ca = as_cval(vm, a, &x);
    if (ca <= 0)
        return ca < 0 ? NULL : TPY_NOT_IMPLEMENTED;
    int cb = as_cval(vm, b, &y);
    if (cb <= 0)
        return cb < 0 ? NULL : TPY_NOT_IMPLEMENTED;
    switch (op) {
    case TPY_OP_ADD: return tpy_complex_from(vm, x.re + y.re, x.im + y.im);
    case TPY_OP_SUB: return tpy_complex_from(vm, x.re - y.re, x.im - y.im);
    case TPY_OP_MUL: {
        cval r = c_mul(x, y);
        return tpy_complex_from(vm, r.re, r.im);
    }
    case TPY_OP_TRUEDIV: {
        if (y.re == 0 && y.im == 0)
            return tpy_err_format(vm, &tpy_exc_ZeroDivisionError, "complex division by zero");
        cval r = c_div(x, y);
        return tpy_complex_from(vm, r.re, r.im);
    }
    case TPY_OP_POW: return pow_result(vm, x, y);
    /* //, % and divmod are not defined: the generic "unsupported operand". */
    default: return TPY_NOT_IMPLEMENTED;
    }
}

#define BINARY(name, op)                                                  \
    static tpy_object *name(tpy_vm *vm, tpy_object *a, tpy_object *b)     \
    {                                                                     \
        return complex_binary(vm, op, a, b);                              \
    }
BINARY(complex_add, TPY_OP_ADD)
BINARY(complex_sub, TPY_OP_SUB)
BINARY(complex_mul, TPY_OP_MUL)
BINARY(complex_div, TPY_OP_TRUEDIV)
BINARY(complex_pow2, TPY_OP_POW)

static tpy_object *complex_ternary_pow(tpy_vm *vm, tpy_object *a, tpy_object *b, tpy_object *m)
{
    if (m && m != TPY_NONE)
        return tpy_err_format(vm, &tpy_exc_ValueError, "complex modulo");
    return complex_binary(vm, TPY_OP_POW, a, b);
}

static tpy_object *complex_neg(tpy_vm *vm, tpy_object *o)
{
    return tpy_complex_from(vm, -C(o)->real, -C(o)->imag);
}

static tpy_object *complex_pos(tpy_vm *vm, tpy_object *o)
{
    return tpy_complex_from(vm, C(o)->real, C(o)->imag);
}

static tpy_object *complex_abs(tpy_vm *vm, tpy_object *o)
{
    double re = C(o)->real, im = C(o)->imag;
    double r = hypot(re, im);
    if (isinf(r) && isfinite(re) && isfinite(im))
        return tpy_err_format(vm, &tpy_exc_OverflowError, "absolute value too large");
    return tpy_float_from_double(vm, r);
}

static const tpy_number_slots complex_number = {
    .binary = {[TPY_OP_ADD] = complex_add, [TPY_OP_SUB] = complex_sub,
               [TPY_OP_MUL] = complex_mul, [TPY_OP_TRUEDIV] = complex_div,
               [TPY_OP_POW] = complex_pow2},
    .ternary_pow = complex_ternary_pow,
    .neg = complex_neg,
    .pos = complex_pos,
    .abs = complex_abs,
    .to_bool = complex_bool,
};

/* ---- construction -------------------------------------------------------------------------------- */

static bool is_space(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

/* One real number at *p (no sign handling beyond strtod's, which the
 * caller relies on): the end, or NULL. */
static const char *parse_real(const char *p, double *out)
{
    char *end;
    errno = 0;
    if (!(*p == '+' || *p == '-' || *p == '.' || (*p >= '0' && *p <= '9') || *p == 'i' ||
          *p == 'I' || *p == 'n' || *p == 'N'))
        return NULL;
    if ((p[0] == '0' && (p[1] == 'x' || p[1] == 'X')) ||
        ((p[0] == '+' || p[0] == '-') && p[1] == '0' && (p[2] == 'x' || p[2] == 'X')))
        return NULL;   /* strtod's hex floats are not Python syntax */
    *out = strtod(p, &end);
    return end == p ? NULL : end;
}

/* complex(s): "1", "2j", "1+2j", "-j", "(1-2.5e3j)", with spaces around. */
static int parse_complex(const char *s, cval *out)
{
    const char *p = s, *e = s + strlen(s);
    while (p < e && is_space(*p))
        p++;
    while (e > p && is_space(e[-1]))
        e--;
    if (p < e && *p == '(') {
        if (e[-1] != ')')
            return -1;
        p++, e--;
        while (p < e && is_space(*p))
            p++;
        while (e > p && is_space(e[-1]))
            e--;
    }
    if (p == e)
        return -1;
    char *t = strndup(p, (size_t)(e - p));
    if (!t)
        return -1;
    double a = 0, b = 0;
    const char *q = t, *r = parse_real(q, &a);
    int ok = -1;
    if (r && *r == '\0') {
        *out = (cval){a, 0};
        ok = 0;
    } else if (r && (*r == 'j' || *r == 'J') && r[1] == '\0') {
        *out = (cval){0, a};
        ok = 0;
    } else if (r && (*r == '+' || *r == '-')) {
        /* real part, then the imaginary part: "+2j", "-j" */
        const char *im = r;
        const char *r2 = parse_real(im, &b);
        if (!r2 && (im[1] == 'j' || im[1] == 'J')) {
            b = *im == '-' ? -1 : 1;
            r2 = im + 1;
        }
        if (r2 && (*r2 == 'j' || *r2 == 'J') && r2[1] == '\0') {
            *out = (cval){a, b};
            ok = 0;
        }
    } else if (!r && (*q == '+' || *q == '-' || *q == 'j' || *q == 'J')) {
        /* "j", "+j", "-j" */
        const char *k = (*q == '+' || *q == '-') ? q + 1 : q;
        if ((*k == 'j' || *k == 'J') && k[1] == '\0') {
            *out = (cval){0, *q == '-' ? -1 : 1};
            ok = 0;
        }
    }
    free(t);
    return ok;
}

static tpy_object *from_string(tpy_vm *vm, tpy_object *s)
{
    size_t n;
    const char *u = tpy_str_utf8(vm, s, &n);
    if (!u)
        return NULL;
    cval v;
    if (strlen(u) != n || parse_complex(u, &v) < 0)
        return tpy_err_format(vm, &tpy_exc_ValueError, "complex() arg is a malformed string");
    return tpy_complex_from(vm, v.re, v.im);
}

/* A constructor argument as a complex value (real numbers and complex,
 * or anything with __float__). */
static int arg_value(tpy_vm *vm, tpy_object *o, const char *which, cval *out)
{
    int c = as_cval(vm, o, out);
    if (c != 0)
        return c < 0 ? -1 : 0;
    tpy_object *f = tpy_number_float(vm, o);
    if (!f) {
        if (tpy_err_matches(vm, &tpy_exc_TypeError)) {
            tpy_err_clear(vm);
            tpy_err_format(vm, &tpy_exc_TypeError,
                           "complex() %s must be %s, not '%s'", which,
                           strcmp(which, "first argument") == 0 ? "a string or a number" : "a number",
                           tpy_type_of(o)->name);
        }
        return -1;
    }
    *out = (cval){tpy_float_value(f), 0};
    tpy_decref(vm, f);
    return 0;
}

static tpy_object *complex_new(tpy_vm *vm, tpy_type *t, tpy_object *const *args, size_t nargs,
                               tpy_object *kwnames)
{
    (void)t;
    static const char *const names[] = {"real", "imag", NULL};
    tpy_object *o[2] = {NULL, NULL};
    if (tpy_arg_parse(vm, "complex", args, nargs, kwnames, names, 0, 0, o) < 0)
        return NULL;
    if (!o[0] && !o[1])
        return tpy_complex_from(vm, 0, 0);
    if (o[0] && tpy_str_check(o[0])) {
        if (o[1])
            return tpy_err_format(vm, &tpy_exc_TypeError,
                                  "complex() can't take second arg if first is a string");
        return from_string(vm, o[0]);
    }
    if (o[1] && tpy_str_check(o[1]))
        return tpy_err_format(vm, &tpy_exc_TypeError,
                              "complex() second arg can't be a string");
    if (o[0] && !o[1] && tpy_complex_check(o[0]))
        return tpy_newref(o[0]);
    cval a = {0, 0}, b = {0, 0};
    if ((o[0] && arg_value(vm, o[0], "first argument", &a) < 0) ||
        (o[1] && arg_value(vm, o[1], "second argument", &b) < 0))
        return NULL;
    /* real + imag * 1j, as CPython forms it: the parts of a complex
     * argument join in, a real one keeps its sign (complex(1, -0.0)). */
    bool a_complex = o[0] && tpy_complex_check(o[0]), b_complex = o[1] && tpy_complex_check(o[1]);
    double re = b_complex ? a.re - b.im : a.re;
    double im = a_complex && o[1] ? b.re + a.im : b.re;
    return tpy_complex_from(vm, re, im);
}

static tpy_object *complex_get_real(tpy_vm *vm, tpy_object *o)
{
    return tpy_float_from_double(vm, C(o)->real);
}

static tpy_object *complex_get_imag(tpy_vm *vm, tpy_object *o)
{
    return tpy_float_from_double(vm, C(o)->imag);
}

static tpy_object *complex_conjugate(tpy_vm *vm, tpy_object *self, tpy_object *const *args,
                                     size_t nargs, tpy_object *kwnames)
{
    (void)args;
    if (tpy_arg_none(vm, "conjugate", nargs, kwnames) < 0)
        return NULL;
    return tpy_complex_from(vm, C(self)->real, -C(self)->imag);
}

static tpy_object *complex_getnewargs(tpy_vm *vm, tpy_object *self, tpy_object *const *args,
                                      size_t nargs, tpy_object *kwnames)
{
    (void)args;
    if (tpy_arg_none(vm, "__getnewargs__", nargs, kwnames) < 0)
        return NULL;
    tpy_object *re = tpy_float_from_double(vm, C(self)->real);
    tpy_object *im = re ? tpy_float_from_double(vm, C(self)->imag) : NULL;
    tpy_object *r = im ? tpy_tuple_pack(vm, 2, re, im) : NULL;
    tpy_xdecref(vm, re);
    tpy_xdecref(vm, im);
    return r;
}

static const tpy_method_def complex_methods[] = {
    {"conjugate", complex_conjugate, 0, NULL},
    {"__getnewargs__", complex_getnewargs, 0, NULL},
    {"__format__", tpy_complex_format_method, 0, NULL},
    {NULL, NULL, 0, NULL},
};

static const tpy_getset_def complex_getsets[] = {
    {"real", complex_get_real, NULL},
    {"imag", complex_get_imag, NULL},
    {NULL, NULL, NULL},
};

tpy_type tpy_complex_type = {
    .ob = TPY_STATIC_HEAD(tpy_type_type),
    .layout = {.name = "complex", .basic_size = sizeof(tpy_complex)},
    .name = "complex",
    .flags = TPY_TF_BASETYPE | TPY_TF_IMMUTABLE,
    .repr = complex_repr,
    .str = complex_repr,
    .hash = complex_hash,
    .richcompare = complex_richcompare,
    .new_ = complex_new,
    .number = &complex_number,
    .methods = complex_methods,
    .getsets = complex_getsets,
};
