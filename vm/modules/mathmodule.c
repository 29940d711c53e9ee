/* vm/modules/mathmodule.c: the math module (CPython 3.11's functions on
 * floats and exact ints). Float functions convert their arguments with
 * float() semantics and report errno-style failures the way CPython does:
 * ValueError "math domain error" for an argument outside the domain,
 * OverflowError "math range error" for a finite argument whose result
 * overflows. Integer functions (factorial, gcd, comb, ...) compute exactly
 * with GMP. */
#include <errno.h>
#include <float.h>
#include <math.h>
#include <string.h>

#include "abstract.h"
#include "error.h"
#include "eval.h"   /* modules; its opnames.h renames TPY_OP_* (TPY_BINOP_* here) */
#include "modules.h"
#include "refcount.h"
#include "types.h"
#include "vm.h"

#define FN(name)                                                                  \
    static tpy_object *name(tpy_vm *vm, tpy_object *self, tpy_object *const *args, \
                            size_t nargs, tpy_object *kwnames)

static tpy_object *domain_error(tpy_vm *vm)
{
    return tpy_err_set(vm, &tpy_exc_ValueError, "math domain error"), NULL;
}

static tpy_object *range_error(tpy_vm *vm)
{
    return tpy_err_set(vm, &tpy_exc_OverflowError, "math range error"), NULL;
}

/* float(o) as a C double: ints exactly rounded, floats as they are. */
static int to_double(tpy_vm *vm, tpy_object *o, double *out)
{
    if (tpy_float_check(o)) {
        *out = tpy_float_value(o);
        return 0;
    }
    if (tpy_int_check(o))
        return tpy_int_to_double(vm, o, out);
    tpy_object *f = tpy_number_float(vm, o);
    if (!f) {
        if (tpy_err_matches(vm, &tpy_exc_TypeError)) {
            tpy_err_clear(vm);
            tpy_err_format(vm, &tpy_exc_TypeError, "must be real number, not %s",
                           tpy_type_of(o)->name);
        }
        return -1;
    }
    *out = tpy_float_value(f);
    tpy_decref(vm, f);
    return 0;
}

/* The result r of f(x): NaN from a non-NaN argument is a domain error, an
 * infinity from a finite argument a range error (when `overflow_can_happen`),
 * as CPython's math_1 decides. */
static tpy_object *checked(tpy_vm *vm, double x, double r, bool can_overflow)
{
    if (isnan(r) && !isnan(x))
        return domain_error(vm);
    if (isinf(r) && isfinite(x))
        return can_overflow ? range_error(vm) : domain_error(vm);
    return tpy_float_from_double(vm, r);
}

static tpy_object *unary(tpy_vm *vm, const char *fname, tpy_object *const *args, size_t nargs,
                         tpy_object *kwnames, double (*f)(double), bool can_overflow)
{
    double x;
    if (tpy_arg_nokw(vm, fname, kwnames) < 0 || tpy_arg_count(vm, fname, nargs, 1, 1) < 0 ||
        to_double(vm, args[0], &x) < 0)
        return NULL;
    return checked(vm, x, f(x), can_overflow);
}

#define UNARY(pyname, cfn, ovf)                                  \
    FN(m_##pyname)                                               \
    {                                                            \
        (void)self;                                              \
        return unary(vm, #pyname, args, nargs, kwnames, cfn, ovf); \
    }
UNARY(sin, sin, false)
UNARY(cos, cos, false)
UNARY(tan, tan, false)
UNARY(asin, asin, false)
UNARY(acos, acos, false)
UNARY(atan, atan, false)
UNARY(sinh, sinh, true)
UNARY(cosh, cosh, true)
UNARY(tanh, tanh, false)
UNARY(asinh, asinh, false)
UNARY(acosh, acosh, false)
UNARY(atanh, atanh, false)
UNARY(exp, exp, true)
UNARY(expm1, expm1, true)
UNARY(log1p, log1p, false)
UNARY(fabs, fabs, false)
UNARY(erf, erf, false)
UNARY(erfc, erfc, false)
UNARY(cbrt, cbrt, false)
UNARY(exp2, exp2, true)

/* gamma(x) and lgamma(x) (libm's tgamma and lgamma; gamma of the
 * integers 1..23 exact): poles at zero and the negative integers are
 * domain errors, an infinite result from a finite argument a range error;
 * gamma(-inf) is a domain error. CPython computes other values with its
 * own Lanczos sum, so their last digit can differ from libm's. */
static tpy_object *gamma_like(tpy_vm *vm, const char *fname, tpy_object *const *args,
                              size_t nargs, tpy_object *kwnames, bool log_form)
{
    double x;
    if (tpy_arg_nokw(vm, fname, kwnames) < 0 || tpy_arg_count(vm, fname, nargs, 1, 1) < 0 ||
        to_double(vm, args[0], &x) < 0)
        return NULL;
    if (isnan(x))
        return tpy_float_from_double(vm, x);
    if (isinf(x)) {
        if (x < 0 && !log_form)
            return domain_error(vm);
        return tpy_float_from_double(vm, INFINITY);
    }
    if (x <= 0 && x == floor(x))
        return domain_error(vm);
    if (!log_form && x == floor(x) && x <= 23) {
        /* (x-1)! exactly: every factorial up to 22! is a double. */
        double r = 1.0;
        for (double k = 2; k < x; k++)
            r *= k;
        return tpy_float_from_double(vm, r);
    }
    double r = log_form ? lgamma(x) : tgamma(x);
    if (isinf(r))
        return range_error(vm);
    return tpy_float_from_double(vm, r);
}

FN(m_gamma)
{
    (void)self;
    return gamma_like(vm, "gamma", args, nargs, kwnames, false);
}

FN(m_lgamma)
{
    (void)self;
    return gamma_like(vm, "lgamma", args, nargs, kwnames, true);
}

static double deg(double x) { return x * (180.0 / M_PI); }
static double rad(double x) { return x * (M_PI / 180.0); }
UNARY(degrees, deg, true)
UNARY(radians, rad, false)

FN(m_sqrt)
{
    (void)self;
    double x;
    if (tpy_arg_nokw(vm, "sqrt", kwnames) < 0 || tpy_arg_count(vm, "sqrt", nargs, 1, 1) < 0 ||
        to_double(vm, args[0], &x) < 0)
        return NULL;
    if (x < 0)
        return domain_error(vm);
    return tpy_float_from_double(vm, sqrt(x));
}

/* log of a positive int too big for a double: log(m) + e*log(2) from its
 * top bits, as CPython's loghelper does. */
static int int_log(tpy_vm *vm, tpy_object *o, double *out)
{
    if (tpy_int_sign(o) <= 0) {
        domain_error(vm);
        return -1;
    }
    tpy_obj_heap *g = tpy_gmp_enter(vm);
    mpz_t v;
    mp_limb_t s[2];
    tpy_int_view(o, v, s);
    signed long e;
    double m = mpz_get_d_2exp(&e, v);
    tpy_gmp_leave(g);
    *out = log(m) + (double)e * M_LN2;
    return 0;
}

/* Natural log of a number: ints of any size, floats; domain errors for <= 0. */
static int log_of(tpy_vm *vm, tpy_object *o, double *out)
{
    if (tpy_int_check(o))
        return int_log(vm, o, out);
    double x;
    if (to_double(vm, o, &x) < 0)
        return -1;
    if (isnan(x) || (isinf(x) && x > 0)) {
        *out = x;
        return 0;
    }
    if (x <= 0) {
        domain_error(vm);
        return -1;
    }
    *out = log(x);
    return 0;
}

FN(m_log)
{
    (void)self;
    double a, b;
    if (tpy_arg_nokw(vm, "log", kwnames) < 0 || tpy_arg_count(vm, "log", nargs, 1, 2) < 0 ||
        log_of(vm, args[0], &a) < 0)
        return NULL;
    if (nargs == 2) {
        if (log_of(vm, args[1], &b) < 0)
            return NULL;
        if (b == 0)
            return tpy_err_set(vm, &tpy_exc_ZeroDivisionError, "float division by zero"), NULL;
        a /= b;
    }
    return tpy_float_from_double(vm, a);
}

static tpy_object *log_base(tpy_vm *vm, const char *fname, tpy_object *const *args, size_t nargs,
                            tpy_object *kwnames, double base)
{
    double a;
    if (tpy_arg_nokw(vm, fname, kwnames) < 0 || tpy_arg_count(vm, fname, nargs, 1, 1) < 0)
        return NULL;
    /* Exact powers of the base stay exact: log2(8) is 3.0, log10(1000) 3.0. */
    if (!tpy_int_check(args[0])) {
        double x;
        if (to_double(vm, args[0], &x) < 0)
            return NULL;
        if (x <= 0)
            return domain_error(vm);
        return tpy_float_from_double(vm, base == 2 ? log2(x) : log10(x));
    }
    double x;
    if (tpy_int_to_double(vm, args[0], &x) == 0 && isfinite(x) && x > 0)
        return tpy_float_from_double(vm, base == 2 ? log2(x) : log10(x));
    tpy_err_clear(vm);
    if (int_log(vm, args[0], &a) < 0)
        return NULL;
    return tpy_float_from_double(vm, a / log(base));
}

FN(m_log2)
{
    (void)self;
    return log_base(vm, "log2", args, nargs, kwnames, 2);
}

FN(m_log10)
{
    (void)self;
    return log_base(vm, "log10", args, nargs, kwnames, 10);
}

static int two_doubles(tpy_vm *vm, const char *fname, tpy_object *const *args, size_t nargs,
                       tpy_object *kwnames, double *x, double *y)
{
    if (tpy_arg_nokw(vm, fname, kwnames) < 0 || tpy_arg_count(vm, fname, nargs, 2, 2) < 0 ||
        to_double(vm, args[0], x) < 0 || to_double(vm, args[1], y) < 0)
        return -1;
    return 0;
}

FN(m_pow)
{
    (void)self;
    double x, y, r;
    if (two_doubles(vm, "pow", args, nargs, kwnames, &x, &y) < 0)
        return NULL;
    if (x == 0 && y < 0 && isfinite(y))
        return domain_error(vm);
    if (x < 0 && isfinite(x) && isfinite(y) && y != floor(y))
        return domain_error(vm);
    r = pow(x, y);
    if (isinf(r) && isfinite(x) && isfinite(y))
        return range_error(vm);
    return tpy_float_from_double(vm, r);
}

FN(m_fmod)
{
    (void)self;
    double x, y;
    if (two_doubles(vm, "fmod", args, nargs, kwnames, &x, &y) < 0)
        return NULL;
    if (isinf(y) && isfinite(x))
        return tpy_float_from_double(vm, x);
    if ((y == 0 || isinf(x)) && !isnan(y) && !isnan(x))
        return domain_error(vm);
    return tpy_float_from_double(vm, fmod(x, y));
}

FN(m_atan2)
{
    (void)self;
    double x, y;
    if (two_doubles(vm, "atan2", args, nargs, kwnames, &y, &x) < 0)
        return NULL;
    return tpy_float_from_double(vm, atan2(y, x));
}

FN(m_copysign)
{
    (void)self;
    double x, y;
    if (two_doubles(vm, "copysign", args, nargs, kwnames, &x, &y) < 0)
        return NULL;
    return tpy_float_from_double(vm, copysign(x, y));
}

FN(m_nextafter)
{
    (void)self;
    double x, y;
    if (two_doubles(vm, "nextafter", args, nargs, kwnames, &x, &y) < 0)
        return NULL;
    return tpy_float_from_double(vm, nextafter(x, y));
}

/* The gap from |x| to the next float away from zero (below it at the top). */
FN(m_ulp)
{
    (void)self;
    double x;
    if (tpy_arg_one(vm, "ulp", nargs, kwnames) < 0 || to_double(vm, args[0], &x) < 0)
        return NULL;
    if (isnan(x) || isinf(x))
        return tpy_float_from_double(vm, fabs(x));
    x = fabs(x);
    double up = nextafter(x, INFINITY);
    if (isinf(up))
        return tpy_float_from_double(vm, x - nextafter(x, -INFINITY));
    return tpy_float_from_double(vm, up - x);
}

FN(m_remainder)
{
    (void)self;
    double x, y;
    if (two_doubles(vm, "remainder", args, nargs, kwnames, &x, &y) < 0)
        return NULL;
    if ((y == 0 || isinf(x)) && !isnan(x) && !isnan(y))
        return domain_error(vm);
    return tpy_float_from_double(vm, remainder(x, y));
}

/* floor/ceil/trunc: ints (big ones for big floats); other types through
 * their __floor__ / __ceil__ / __trunc__. */
static tpy_object *rounding(tpy_vm *vm, const char *fname, const char *dunder,
                            tpy_object *const *args, size_t nargs, tpy_object *kwnames,
                            double (*f)(double))
{
    if (tpy_arg_nokw(vm, fname, kwnames) < 0 || tpy_arg_count(vm, fname, nargs, 1, 1) < 0)
        return NULL;
    tpy_object *x = args[0];
    if (tpy_int_check(x))
        return tpy_number_int(vm, x);
    if (!tpy_float_check(x)) {
        tpy_object *r = tpy_call_method(vm, x, dunder, NULL, 0);
        if (r || !tpy_err_matches(vm, &tpy_exc_AttributeError))
            return r;
        tpy_err_clear(vm);
        if (strcmp(fname, "trunc") == 0)
            return tpy_err_format(vm, &tpy_exc_TypeError,
                                  "type %s doesn't define __trunc__ method",
                                  tpy_type_of(x)->name);
        double d;
        if (to_double(vm, x, &d) < 0)
            return NULL;
        return tpy_int_from_double(vm, f(d));
    }
    return tpy_int_from_double(vm, f(tpy_float_value(x)));
}

FN(m_floor)
{
    (void)self;
    return rounding(vm, "floor", "__floor__", args, nargs, kwnames, floor);
}

FN(m_ceil)
{
    (void)self;
    return rounding(vm, "ceil", "__ceil__", args, nargs, kwnames, ceil);
}

FN(m_trunc)
{
    (void)self;
    return rounding(vm, "trunc", "__trunc__", args, nargs, kwnames, trunc);
}

static tpy_object *predicate(tpy_vm *vm, const char *fname, tpy_object *const *args, size_t nargs,
                             tpy_object *kwnames, int which)
{
    double x;
    if (tpy_arg_nokw(vm, fname, kwnames) < 0 || tpy_arg_count(vm, fname, nargs, 1, 1) < 0 ||
        to_double(vm, args[0], &x) < 0)
        return NULL;
    bool r = which == 0 ? isfinite(x) : which == 1 ? isinf(x) : isnan(x);
    return tpy_bool(r);
}

FN(m_isfinite)
{
    (void)self;
    return predicate(vm, "isfinite", args, nargs, kwnames, 0);
}

FN(m_isinf)
{
    (void)self;
    return predicate(vm, "isinf", args, nargs, kwnames, 1);
}

FN(m_isnan)
{
    (void)self;
    return predicate(vm, "isnan", args, nargs, kwnames, 2);
}

FN(m_isclose)
{
    (void)self;
    static const char *const names[] = {"a", "b", "rel_tol", "abs_tol", NULL};
    tpy_object *o[4] = {NULL, NULL, NULL, NULL};
    double a, b, rel = 1e-9, abst = 0;
    if (tpy_arg_parse(vm, "isclose", args, nargs, kwnames, names, 2, 2, o) < 0 ||
        to_double(vm, o[0], &a) < 0 || to_double(vm, o[1], &b) < 0 ||
        (o[2] && to_double(vm, o[2], &rel) < 0) || (o[3] && to_double(vm, o[3], &abst) < 0))
        return NULL;
    if (rel < 0 || abst < 0)
        return tpy_err_set(vm, &tpy_exc_ValueError, "tolerances must be non-negative"), NULL;
    if (a == b)
        return tpy_bool(true);
    if (isinf(a) || isinf(b))
        return tpy_bool(false);
    double diff = fabs(b - a);
    return tpy_bool((diff <= fabs(rel * b)) || (diff <= fabs(rel * a)) || diff <= abst);
}

FN(m_frexp)
{
    (void)self;
    double x;
    if (tpy_arg_nokw(vm, "frexp", kwnames) < 0 || tpy_arg_count(vm, "frexp", nargs, 1, 1) < 0 ||
        to_double(vm, args[0], &x) < 0)
        return NULL;
    int e = 0;
    double m = isfinite(x) ? frexp(x, &e) : x;
    tpy_object *mf = tpy_float_from_double(vm, m);
    tpy_object *ei = mf ? tpy_int_from_i64(vm, e) : NULL;
    tpy_object *r = ei ? tpy_tuple_pack(vm, 2, mf, ei) : NULL;
    if (mf)
        tpy_decref(vm, mf);
    if (ei)
        tpy_decref(vm, ei);
    return r;
}

FN(m_ldexp)
{
    (void)self;
    double x;
    if (tpy_arg_nokw(vm, "ldexp", kwnames) < 0 || tpy_arg_count(vm, "ldexp", nargs, 2, 2) < 0 ||
        to_double(vm, args[0], &x) < 0)
        return NULL;
    if (!tpy_int_check(args[1]))
        return tpy_err_set(vm, &tpy_exc_TypeError, "Expected an int as second argument to ldexp."),
               NULL;
    int64_t e;
    if (tpy_int_to_i64(vm, args[1], &e) < 0) {
        tpy_err_clear(vm);
        e = tpy_int_sign(args[1]) > 0 ? INT32_MAX : INT32_MIN;
    }
    if (e > INT32_MAX)
        e = INT32_MAX;
    if (e < INT32_MIN)
        e = INT32_MIN;
    double r = (x == 0 || !isfinite(x)) ? x : ldexp(x, (int)e);
    if (isinf(r) && isfinite(x))
        return range_error(vm);
    return tpy_float_from_double(vm, r);
}

FN(m_modf)
{
    (void)self;
    double x, ip;
    if (tpy_arg_nokw(vm, "modf", kwnames) < 0 || tpy_arg_count(vm, "modf", nargs, 1, 1) < 0 ||
        to_double(vm, args[0], &x) < 0)
        return NULL;
    double fp = isinf(x) ? copysign(0.0, x) : modf(x, &ip);
    if (isinf(x))
        ip = x;
    tpy_object *a = tpy_float_from_double(vm, fp);
    tpy_object *b = a ? tpy_float_from_double(vm, ip) : NULL;
    tpy_object *r = b ? tpy_tuple_pack(vm, 2, a, b) : NULL;
    if (a)
        tpy_decref(vm, a);
    if (b)
        tpy_decref(vm, b);
    return r;
}

/* ---- n-ary float functions ------------------------------------------------------------------- */

/* sqrt of the sum of squares, correctly rounded in nearly all cases (as
 * CPython 3.11's vector_norm): scale by a power of two near the largest
 * magnitude so nothing overflows, sum the squares with their exact low
 * parts (fma) and compensated addition, then correct the root by one
 * Newton step computed in the same extended precision. */
static double vector_norm(double *v, size_t n, double max, bool found_nan)
{
    if (isinf(max))
        return max;
    if (found_nan)
        return NAN;
    if (max == 0 || n <= 1)
        return max;
    int max_e;
    frexp(max, &max_e);
    if (max_e < -1023) {   /* ldexp(1, -max_e) would overflow: go up first */
        for (size_t i = 0; i < n; i++)
            v[i] /= DBL_MIN;
        return DBL_MIN * vector_norm(v, n, max / DBL_MIN, found_nan);
    }
    double scale = ldexp(1.0, -max_e), csum = 1.0, frac1 = 0.0, frac2 = 0.0;
    for (size_t i = 0; i < n; i++) {
        double x = v[i] * scale;
        double sq = x * x, sq_lo = fma(x, x, -sq);
        double hi = csum + sq, lo = (csum - hi) + sq;
        csum = hi;
        frac1 += sq_lo;
        frac2 += lo;
    }
    double h = sqrt(csum - 1.0 + (frac1 + frac2));
    double sq = -h * h, sq_lo = fma(-h, h, -sq);
    double hi = csum + sq, lo = (csum - hi) + sq;
    csum = hi;
    frac1 += sq_lo;
    frac2 += lo;
    double x = csum - 1.0 + (frac1 + frac2);
    h += x / (2.0 * h);
    return h / scale;
}

FN(m_hypot)
{
    (void)self;
    if (tpy_arg_nokw(vm, "hypot", kwnames) < 0)
        return NULL;
    double *v = nargs ? tpy_vm_malloc(vm, nargs * sizeof *v) : NULL;
    if (nargs && !v)
        return NULL;
    double max = 0;
    bool nan_seen = false;
    for (size_t i = 0; i < nargs; i++) {
        if (to_double(vm, args[i], &v[i]) < 0) {
            tpy_vm_free(vm, v);
            return NULL;
        }
        v[i] = fabs(v[i]);
        nan_seen |= isnan(v[i]);
        if (v[i] > max)
            max = v[i];
    }
    double r = vector_norm(v, nargs, max, nan_seen);
    tpy_vm_free(vm, v);
    return tpy_float_from_double(vm, r);
}

FN(m_dist)
{
    (void)self;
    if (tpy_arg_nokw(vm, "dist", kwnames) < 0 || tpy_arg_count(vm, "dist", nargs, 2, 2) < 0)
        return NULL;
    tpy_object *p = tpy_sequence_tuple(vm, args[0]);
    tpy_object *q = p ? tpy_sequence_tuple(vm, args[1]) : NULL;
    tpy_object *r = NULL;
    if (!q)
        goto done;
    intptr_t n = tpy_tuple_len(p);
    if (n != tpy_tuple_len(q)) {
        tpy_err_set(vm, &tpy_exc_ValueError, "both points must have the same number of dimensions");
        goto done;
    }
    double *v = n ? tpy_vm_malloc(vm, (size_t)n * sizeof *v) : NULL;
    if (n && !v)
        goto done;
    double max = 0;
    bool nan_seen = false;
    for (intptr_t i = 0; i < n; i++) {
        double a, b;
        if (to_double(vm, tpy_tuple_get(p, i), &a) < 0 ||
            to_double(vm, tpy_tuple_get(q, i), &b) < 0) {
            tpy_vm_free(vm, v);
            goto done;
        }
        v[i] = fabs(a - b);
        nan_seen |= isnan(v[i]);
        if (v[i] > max)
            max = v[i];
    }
    r = tpy_float_from_double(vm, vector_norm(v, (size_t)n, max, nan_seen));
    tpy_vm_free(vm, v);
done:
    if (p)
        tpy_decref(vm, p);
    if (q)
        tpy_decref(vm, q);
    return r;
}

/* fsum: Shewchuk's exact partial sums, then a correctly rounded total
 * (the half-way correction of CPython's msum). */
static int fsum_add(tpy_vm *vm, double **parts, size_t *n, size_t *cap, double x)
{
    size_t j = 0;
    for (size_t i = 0; i < *n; i++) {
        double y = (*parts)[i];
        if (fabs(x) < fabs(y)) {
            double t = x;
            x = y;
            y = t;
        }
        double hi = x + y, lo = y - (hi - x);
        if (lo != 0)
            (*parts)[j++] = lo;
        x = hi;
    }
    *n = j;
    if (*n == *cap) {
        size_t nc = *cap ? *cap * 2 : 32;
        double *np = tpy_vm_malloc(vm, nc * sizeof *np);
        if (!np)
            return -1;
        if (*n)
            memcpy(np, *parts, *n * sizeof *np);
        tpy_vm_free(vm, *parts);
        *parts = np;
        *cap = nc;
    }
    (*parts)[(*n)++] = x;
    return 0;
}

static double fsum_total(const double *p, size_t n)
{
    if (n == 0)
        return 0.0;
    double hi = p[--n], lo = 0;
    while (n > 0) {
        double x = hi, y = p[--n];
        hi = x + y;
        lo = y - (hi - x);
        if (lo != 0)
            break;
    }
    if (n > 0 && ((lo < 0 && p[n - 1] < 0) || (lo > 0 && p[n - 1] > 0))) {
        double y = lo * 2, x = hi + y;
        if (y == x - hi)
            hi = x;
    }
    return hi;
}

FN(m_fsum)
{
    (void)self;
    if (tpy_arg_nokw(vm, "fsum", kwnames) < 0 || tpy_arg_count(vm, "fsum", nargs, 1, 1) < 0)
        return NULL;
    tpy_object *it = tpy_iter(vm, args[0]);
    if (!it)
        return NULL;
    double *parts = NULL, special = 0, inf_sum = 0;
    size_t n = 0, cap = 0;
    bool ok = true, overflow = false;
    tpy_object *item;
    while ((item = tpy_next(vm, it))) {
        double x;
        int r = to_double(vm, item, &x);
        tpy_decref(vm, item);
        if (r < 0) {
            ok = false;
            break;
        }
        if (!isfinite(x)) {
            /* Infinities and NaNs bypass the partials: inf + -inf is NaN. */
            if (isinf(x))
                inf_sum += x;
            special += x;
            continue;
        }
        if (fsum_add(vm, &parts, &n, &cap, x) < 0) {
            ok = false;
            break;
        }
        if (isinf(parts[n - 1]))
            overflow = true;
    }
    tpy_decref(vm, it);
    if (!ok || tpy_err_occurred(vm)) {
        tpy_vm_free(vm, parts);
        return NULL;
    }
    tpy_object *r;
    if (special != 0 || isnan(special)) {
        if (isnan(inf_sum))
            r = tpy_err_format(vm, &tpy_exc_ValueError, "-inf + inf in fsum");
        else
            r = tpy_float_from_double(vm, special);
    } else if (overflow) {
        r = tpy_err_format(vm, &tpy_exc_OverflowError, "intermediate overflow in fsum");
    } else {
        r = tpy_float_from_double(vm, fsum_total(parts, n));
    }
    tpy_vm_free(vm, parts);
    return r;
}

/* ---- integer functions ------------------------------------------------------------------------- */

static int need_int(tpy_vm *vm, tpy_object *o, tpy_object **out)
{
    if (tpy_float_check(o)) {
        tpy_err_set(vm, &tpy_exc_TypeError, "'float' object cannot be interpreted as an integer");
        return -1;
    }
    *out = tpy_index(vm, o);
    return *out ? 0 : -1;
}

FN(m_factorial)
{
    (void)self;
    tpy_object *x;
    if (tpy_arg_nokw(vm, "factorial", kwnames) < 0 ||
        tpy_arg_count(vm, "factorial", nargs, 1, 1) < 0 || need_int(vm, args[0], &x) < 0)
        return NULL;
    int64_t n;
    int r = tpy_int_to_i64(vm, x, &n);
    tpy_decref(vm, x);
    if (r < 0) {
        tpy_err_clear(vm);
        return tpy_err_set(vm, &tpy_exc_OverflowError,
                           "factorial() argument should not exceed 9223372036854775807"), NULL;
    }
    if (n < 0)
        return tpy_err_set(vm, &tpy_exc_ValueError,
                           "factorial() not defined for negative values"), NULL;
    tpy_obj_heap *g = tpy_gmp_enter(vm);
    mpz_t f;
    mpz_init(f);
    mpz_fac_ui(f, (unsigned long)n);
    tpy_object *res = tpy_int_from_mpz(vm, f);
    mpz_clear(f);
    tpy_gmp_leave(g);
    return res;
}

/* gcd (lcm when `lcm`) of any number of ints. */
static tpy_object *gcd_lcm(tpy_vm *vm, const char *fname, tpy_object *const *args, size_t nargs,
                           tpy_object *kwnames, bool lcm)
{
    if (tpy_arg_nokw(vm, fname, kwnames) < 0)
        return NULL;
    tpy_obj_heap *g = tpy_gmp_enter(vm);
    mpz_t acc;
    mpz_init_set_ui(acc, lcm ? 1 : 0);
    tpy_object *res = NULL;
    for (size_t i = 0; i < nargs; i++) {
        tpy_object *x;
        if (need_int(vm, args[i], &x) < 0)
            goto done;
        mpz_t v;
        mp_limb_t s[2];
        tpy_int_view(x, v, s);
        if (lcm)
            mpz_lcm(acc, acc, v);
        else
            mpz_gcd(acc, acc, v);
        tpy_decref(vm, x);
    }
    res = tpy_int_from_mpz(vm, acc);
done:
    mpz_clear(acc);
    tpy_gmp_leave(g);
    return res;
}

FN(m_gcd)
{
    (void)self;
    return gcd_lcm(vm, "gcd", args, nargs, kwnames, false);
}

FN(m_lcm)
{
    (void)self;
    return gcd_lcm(vm, "lcm", args, nargs, kwnames, true);
}

FN(m_isqrt)
{
    (void)self;
    tpy_object *x;
    if (tpy_arg_nokw(vm, "isqrt", kwnames) < 0 || tpy_arg_count(vm, "isqrt", nargs, 1, 1) < 0 ||
        need_int(vm, args[0], &x) < 0)
        return NULL;
    if (tpy_int_sign(x) < 0) {
        tpy_decref(vm, x);
        return tpy_err_set(vm, &tpy_exc_ValueError,
                           "isqrt() argument must be nonnegative"), NULL;
    }
    tpy_obj_heap *g = tpy_gmp_enter(vm);
    mpz_t v, r;
    mp_limb_t s[2];
    tpy_int_view(x, v, s);
    mpz_init(r);
    mpz_sqrt(r, v);
    tpy_object *res = tpy_int_from_mpz(vm, r);
    mpz_clear(r);
    tpy_gmp_leave(g);
    tpy_decref(vm, x);
    return res;
}

/* comb(n, k) (perm when `perm`; k NULL: perm(n) = n!). */
static tpy_object *comb_perm(tpy_vm *vm, const char *fname, tpy_object *const *args, size_t nargs,
                             tpy_object *kwnames, bool perm)
{
    if (tpy_arg_nokw(vm, fname, kwnames) < 0 ||
        tpy_arg_count(vm, fname, nargs, perm ? 1 : 2, 2) < 0)
        return NULL;
    tpy_object *n = NULL, *k = NULL, *res = NULL;
    if (need_int(vm, args[0], &n) < 0)
        return NULL;
    if (nargs == 2 && need_int(vm, args[1], &k) < 0)
        goto done;
    if (!k)
        k = tpy_newref(n);
    if (tpy_int_sign(n) < 0 || tpy_int_sign(k) < 0) {
        tpy_err_format(vm, &tpy_exc_ValueError, "%s must be a non-negative integer",
                       tpy_int_sign(n) < 0 ? "n" : "k");
        goto done;
    }
    int64_t kk;
    if (tpy_int_to_i64(vm, k, &kk) < 0) {
        tpy_err_clear(vm);
        if (tpy_int_compare(k, n) > 0)
            res = tpy_int_from_i64(vm, 0);
        else
            tpy_err_set(vm, &tpy_exc_OverflowError, "k must not exceed 9223372036854775807");
        goto done;
    }
    tpy_obj_heap *g = tpy_gmp_enter(vm);
    mpz_t nv, acc, t;
    mp_limb_t s[2];
    tpy_int_view(n, nv, s);
    mpz_init(acc);
    mpz_init(t);
    if (mpz_cmp_si(nv, kk) < 0) {
        mpz_set_ui(acc, 0);
    } else if (perm) {
        /* n * (n-1) * ... * (n-k+1) */
        mpz_set_ui(acc, 1);
        for (int64_t i = 0; i < kk; i++) {
            mpz_sub_ui(t, nv, (unsigned long)i);
            mpz_mul(acc, acc, t);
        }
    } else {
        mpz_bin_ui(acc, nv, (unsigned long)kk);
    }
    res = tpy_int_from_mpz(vm, acc);
    mpz_clear(acc);
    mpz_clear(t);
    tpy_gmp_leave(g);
done:
    if (n)
        tpy_decref(vm, n);
    if (k)
        tpy_decref(vm, k);
    return res;
}

FN(m_comb)
{
    (void)self;
    return comb_perm(vm, "comb", args, nargs, kwnames, false);
}

FN(m_perm)
{
    (void)self;
    return comb_perm(vm, "perm", args, nargs, kwnames, true);
}

FN(m_prod)
{
    (void)self;
    static const char *const names[] = {"", "start", NULL};
    tpy_object *o[2] = {NULL, NULL};
    if (tpy_arg_parse(vm, "prod", args, nargs, kwnames, names, 1, 1, o) < 0)
        return NULL;
    tpy_object *it = tpy_iter(vm, o[0]);
    if (!it)
        return NULL;
    tpy_object *acc = o[1] ? tpy_newref(o[1]) : tpy_int_from_i64(vm, 1), *item;
    while (acc && (item = tpy_next(vm, it))) {
        tpy_object *r = tpy_binary_op(vm, (enum tpy_binop)TPY_BINOP_MUL, acc, item);
        tpy_decref(vm, item);
        tpy_decref(vm, acc);
        acc = r;
    }
    tpy_decref(vm, it);
    if (acc && tpy_err_occurred(vm))
        TPY_CLEAR(vm, acc);
    return acc;
}

static const tpy_method_def math_functions[] = {
    {"sin", m_sin, 0, NULL}, {"cos", m_cos, 0, NULL}, {"tan", m_tan, 0, NULL},
    {"asin", m_asin, 0, NULL}, {"acos", m_acos, 0, NULL}, {"atan", m_atan, 0, NULL},
    {"atan2", m_atan2, 0, NULL}, {"sinh", m_sinh, 0, NULL}, {"cosh", m_cosh, 0, NULL},
    {"tanh", m_tanh, 0, NULL}, {"asinh", m_asinh, 0, NULL}, {"acosh", m_acosh, 0, NULL},
    {"atanh", m_atanh, 0, NULL}, {"exp", m_exp, 0, NULL}, {"expm1", m_expm1, 0, NULL},
    {"log", m_log, 0, NULL}, {"log2", m_log2, 0, NULL}, {"log10", m_log10, 0, NULL},
    {"log1p", m_log1p, 0, NULL}, {"sqrt", m_sqrt, 0, NULL}, {"cbrt", m_cbrt, 0, NULL},
    {"pow", m_pow, 0, NULL}, {"fabs", m_fabs, 0, NULL}, {"fmod", m_fmod, 0, NULL},
    {"remainder", m_remainder, 0, NULL}, {"copysign", m_copysign, 0, NULL},
    {"erf", m_erf, 0, NULL}, {"erfc", m_erfc, 0, NULL},
    {"gamma", m_gamma, 0, NULL}, {"lgamma", m_lgamma, 0, NULL}, {"exp2", m_exp2, 0, NULL},
    {"degrees", m_degrees, 0, NULL}, {"radians", m_radians, 0, NULL},
    {"floor", m_floor, 0, NULL}, {"ceil", m_ceil, 0, NULL}, {"trunc", m_trunc, 0, NULL},
    {"isfinite", m_isfinite, 0, NULL}, {"isinf", m_isinf, 0, NULL},
    {"isnan", m_isnan, 0, NULL}, {"isclose", m_isclose, 0, NULL},
    {"frexp", m_frexp, 0, NULL}, {"ldexp", m_ldexp, 0, NULL}, {"modf", m_modf, 0, NULL},
    {"hypot", m_hypot, 0, NULL}, {"dist", m_dist, 0, NULL}, {"fsum", m_fsum, 0, NULL},
    {"factorial", m_factorial, 0, NULL}, {"gcd", m_gcd, 0, NULL}, {"lcm", m_lcm, 0, NULL},
    {"isqrt", m_isqrt, 0, NULL}, {"comb", m_comb, 0, NULL}, {"perm", m_perm, 0, NULL},
    {"prod", m_prod, 0, NULL}, {"nextafter", m_nextafter, 0, NULL}, {"ulp", m_ulp, 0, NULL},
    {NULL, NULL, 0, NULL},
};

static int add_constant(tpy_vm *vm, tpy_object *m, const char *name, double v)
{
    tpy_object *f = tpy_float_from_double(vm, v);
    if (!f)
        return -1;
    int r = tpy_dict_set_c(vm, tpy_module_dict(m), name, f);
    tpy_decref(vm, f);
    return r;
}

tpy_object *tpy_math_module_new(tpy_vm *vm)
{
    tpy_object *m = tpy_module_new(vm, "math");
    if (!m)
        return NULL;
    if (tpy_module_add_functions(vm, m, math_functions) < 0 || add_constant(vm, m, "pi", M_PI) < 0 ||
        add_constant(vm, m, "e", M_E) < 0 || add_constant(vm, m, "tau", 2 * M_PI) < 0 ||
        add_constant(vm, m, "inf", INFINITY) < 0 || add_constant(vm, m, "nan", NAN) < 0) {
        tpy_decref(vm, m);
        return NULL;
    }
    return m;
}
