/* vm/modules/builtins_num.c: the numeric builtins: abs, divmod, pow,
 * round, sum, min, max, hex, oct, bin, chr, ord. The arithmetic itself is
 * the number protocol's (vm/core/number.c); these check arguments with
 * CPython's wording and pick the protocol call. */
#include "abstract.h"
#include "builtins_internal.h"
#include "error.h"
#include "numglue.h"
#include "refcount.h"
#include "types.h"
#include "bytearray.h"
#include "vm.h"

TPY_BUILTIN(builtin_abs)
{
    (void)self;
    return tpy_arg_one(vm, "abs", nargs, kwnames) < 0 ? NULL : tpy_abs(vm, args[0]);
}

TPY_BUILTIN(builtin_divmod)
{
    (void)self;
    if (tpy_arg_nokw(vm, "divmod", kwnames) < 0 || tpy_arg_count(vm, "divmod", nargs, 2, 2) < 0)
        return NULL;
    return tpy_binary_op(vm, TPY_OP_DIVMOD, args[0], args[1]);
}

TPY_BUILTIN(builtin_pow)
{
    (void)self;
    static const char *const names[] = {"base", "exp", "mod", NULL};
    tpy_object *a[3];
    if (tpy_arg_parse(vm, "pow", args, nargs, kwnames, names, 0, 2, a) < 0)
        return NULL;
    return tpy_power(vm, a[0], a[1], a[2]);
}

/* round(number[, ndigits]): type(number).__round__. */
TPY_BUILTIN(builtin_round)
{
    (void)self;
    static const char *const names[] = {"number", "ndigits", NULL};
    tpy_object *a[2];
    if (tpy_arg_parse(vm, "round", args, nargs, kwnames, names, 0, 1, a) < 0)
        return NULL;
    tpy_object *meth = tpy_lookup_special(vm, a[0], "__round__");
    if (!meth)
        return tpy_err_occurred(vm) ? NULL
                                    : tpy_err_format(vm, &tpy_exc_TypeError,
                                                     "type %s doesn't define __round__ method",
                                                     tpy_type_of(a[0])->name);
    bool with_digits = a[1] && a[1] != TPY_NONE;
    tpy_object *r = tpy_call(vm, meth, with_digits ? &a[1] : NULL, with_digits ? 1 : 0, NULL);
    tpy_decref(vm, meth);
    return r;
}

/* ---- sum, min, max ----------------------------------------------------------------------------------- */

static tpy_object *sum_refuse(tpy_vm *vm, tpy_object *start)
{
    if (tpy_str_check(start))
        return tpy_err_set(vm, &tpy_exc_TypeError,
                           "sum() can't sum strings [use ''.join(seq) instead]"), NULL;
    return tpy_err_set(vm, &tpy_exc_TypeError,
                       "sum() can't sum bytes [use b''.join(seq) instead]"), NULL;
}

/* An exact int held in one word (sum()'s fast path). */
static bool sum_word_int(const tpy_object *o)
{
    return tpy_type_of(o) == &tpy_int_type && ((const tpy_var_object *)o)->size == 0;
}

TPY_BUILTIN(builtin_sum)
{
    (void)self;
    static const char *const names[] = {"iterable", "start", NULL};
    tpy_object *a[2];
    if (tpy_arg_parse(vm, "sum", args, nargs, kwnames, names, 1, 1, a) < 0)
        return NULL;
    tpy_object *it = tpy_iter(vm, a[0]);
    if (!it)
        return NULL;
    if (a[1] && (tpy_str_check(a[1]) || tpy_bytes_check(a[1]))) {
        tpy_decref(vm, it);
        return sum_refuse(vm, a[1]);
    }
    /* Repeated `+`: the same arithmetic as CPython's int and float fast
     * paths, which only skip the object allocations. */
    tpy_object *acc = a[1] ? tpy_newref(a[1]) : tpy_int_from_i64(vm, 0), *item;
    /* While acc and the items are exact word ints no hook can run: the
     * total stays in @c words and acc is made from it when that ends. */
    bool in_words = acc && sum_word_int(acc);
    int64_t words = in_words ? ((tpy_int *)acc)->value : 0;
    while (acc && (item = tpy_next(vm, it))) {
        int64_t next;
        if (in_words && sum_word_int(item)
            && !__builtin_add_overflow(words, ((tpy_int *)item)->value, &next)) {
            words = next;
            tpy_decref(vm, item);
            continue;
        }
        if (in_words) {
            in_words = false;
            TPY_SETREF(vm, acc, tpy_int_from_i64(vm, words));
            if (!acc) {
                tpy_decref(vm, item);
                break;
            }
        }
        TPY_SETREF(vm, acc, tpy_binary_op(vm, TPY_OP_ADD, acc, item));
        tpy_decref(vm, item);
        if (acc && sum_word_int(acc)) {
            in_words = true;
            words = ((tpy_int *)acc)->value;
        }
    }
    if (in_words && acc)
        TPY_SETREF(vm, acc, tpy_int_from_i64(vm, words));
    tpy_decref(vm, it);
    if (acc && tpy_err_occurred(vm))
        TPY_CLEAR(vm, acc);
    return acc;
}

/* min() and max(): over one iterable or over the arguments, with key=
 * and (for one iterable) default=. */
static tpy_object *min_max(tpy_vm *vm, tpy_object *const *args, size_t nargs,
                           tpy_object *kwnames, const char *name, enum tpy_cmp op)
{
    static const char *const names[] = {"key", "default", NULL};
    tpy_object *kw[2];
    if (nargs == 0)
        return tpy_err_format(vm, &tpy_exc_TypeError, "%s expected at least 1 argument, got 0",
                              name);
    if (tpy_builtin_keywords(vm, name, args, nargs, kwnames, names, kw) < 0)
        return NULL;
    tpy_object *key = kw[0] == TPY_NONE ? NULL : kw[0], *dflt = kw[1];
    if (nargs > 1 && dflt)
        return tpy_err_format(vm, &tpy_exc_TypeError,
                              "Cannot specify a default for %s() with multiple positional "
                              "arguments", name);
    tpy_object *tuple = nargs > 1 ? tpy_tuple_from_array(vm, args, nargs) : NULL;
    tpy_object *it = tpy_iter(vm, tuple ? tuple : args[0]);
    tpy_xdecref(vm, tuple);
    if (!it)
        return NULL;
    tpy_object *best = NULL, *best_val = NULL, *item;
    bool failed = false;
    while (!failed && (item = tpy_next(vm, it))) {
        tpy_object *val = key ? tpy_call(vm, key, &item, 1, NULL) : tpy_newref(item);
        int better = !val ? -1 : !best ? 1 : tpy_richcompare_bool(vm, val, best_val, op);
        if (better > 0) {
            TPY_SETREF(vm, best, item);
            TPY_SETREF(vm, best_val, val);
        } else {
            tpy_decref(vm, item);
            tpy_xdecref(vm, val);
        }
        failed = better < 0;
    }
    tpy_decref(vm, it);
    tpy_xdecref(vm, best_val);
    if (failed || tpy_err_occurred(vm)) {
        tpy_xdecref(vm, best);
        return NULL;
    }
    if (best)
        return best;
    if (dflt)
        return tpy_newref(dflt);
    return tpy_err_format(vm, &tpy_exc_ValueError, "%s() arg is an empty sequence", name);
}

TPY_BUILTIN(builtin_min)
{
    (void)self;
    return min_max(vm, args, nargs, kwnames, "min", TPY_LT);
}

TPY_BUILTIN(builtin_max)
{
    (void)self;
    return min_max(vm, args, nargs, kwnames, "max", TPY_GT);
}

/* ---- hex, oct, bin ------------------------------------------------------------------------------------- */

static tpy_object *to_base(tpy_vm *vm, const char *fname, tpy_object *const *args, size_t nargs,
                           tpy_object *kwnames, int base)
{
    if (tpy_arg_one(vm, fname, nargs, kwnames) < 0)
        return NULL;
    tpy_object *i = tpy_index(vm, args[0]);
    if (!i)
        return NULL;
    tpy_num_buf b = TPY_NUM_BUF_INIT;
    tpy_num_error err = TPY_NUM_ERROR_INIT;
    int rc;
    if (tpy_int_is_word(i)) {
        rc = tpy_num_int64_to_text(&b, ((tpy_int *)i)->value, base, true) < 0 ? TPY_NUM_FAIL
                                                                               : TPY_NUM_OK;
        if (rc != TPY_NUM_OK)
            err.kind = TPY_NUM_ERR_MEMORY;
    } else {
        mpz_t view;
        mp_limb_t scratch[2];
        tpy_int_view(i, view, scratch);
        tpy_obj_heap *prev = tpy_gmp_enter(vm);
        rc = tpy_num_mpz_to_text(&b, view, base, true, 0, &err);
        tpy_gmp_leave(prev);
    }
    tpy_decref(vm, i);
    if (rc != TPY_NUM_OK) {
        tpy_num_buf_free(&b);
        tpy_num_raise(vm, &err);
        return NULL;
    }
    return tpy_num_buf_to_str(vm, &b);
}

TPY_BUILTIN(builtin_hex)
{
    (void)self;
    return to_base(vm, "hex", args, nargs, kwnames, 16);
}

TPY_BUILTIN(builtin_oct)
{
    (void)self;
    return to_base(vm, "oct", args, nargs, kwnames, 8);
}

TPY_BUILTIN(builtin_bin)
{
    (void)self;
    return to_base(vm, "bin", args, nargs, kwnames, 2);
}

/* ---- chr, ord ------------------------------------------------------------------------------------------------ */

TPY_BUILTIN(builtin_chr)
{
    (void)self;
    if (tpy_arg_one(vm, "chr", nargs, kwnames) < 0)
        return NULL;
    tpy_object *i = tpy_index(vm, args[0]);
    if (!i)
        return NULL;
    int64_t v;
    bool fits = tpy_int_to_i64(vm, i, &v) == 0 && v >= INT32_MIN && v <= INT32_MAX;
    tpy_decref(vm, i);
    if (!fits) {   /* CPython reads a C int first */
        tpy_err_clear(vm);
        return tpy_err_set(vm, &tpy_exc_OverflowError, "Python int too large to convert to C int"),
               NULL;
    }
    if (v < 0 || v > 0x10FFFF)
        return tpy_err_set(vm, &tpy_exc_ValueError, "chr() arg not in range(0x110000)"), NULL;
    uint32_t c = (uint32_t)v;
    return tpy_str_from_ucs4(vm, &c, 1);
}

TPY_BUILTIN(builtin_ord)
{
    (void)self;
    if (tpy_arg_one(vm, "ord", nargs, kwnames) < 0)
        return NULL;
    tpy_object *c = args[0];
    intptr_t len;
    if (tpy_str_check(c)) {
        if ((len = tpy_str_len(c)) == 1)
            return tpy_int_from_i64(vm, tpy_str_at(c, 0));
    } else if (tpy_bytes_check(c) || tpy_bytearray_check(c)) {
        const unsigned char *p;
        (void)tpy_bytes_like(c, &p, &len);
        if (len == 1)
            return tpy_int_from_i64(vm, p[0]);
    } else {
        return tpy_err_format(vm, &tpy_exc_TypeError,
                              "ord() expected string of length 1, but %s found",
                              tpy_type_of(c)->name);
    }
    return tpy_err_format(vm, &tpy_exc_TypeError,
                          "ord() expected a character, but string of length %zd found", len);
}

const tpy_method_def tpy_builtins_num[] = {
    {"abs", builtin_abs, TPY_METH_FUNCTION, NULL},
    {"divmod", builtin_divmod, TPY_METH_FUNCTION, NULL},
    {"pow", builtin_pow, TPY_METH_FUNCTION, NULL},
    {"round", builtin_round, TPY_METH_FUNCTION, NULL},
    {"sum", builtin_sum, TPY_METH_FUNCTION, NULL},
    {"min", builtin_min, TPY_METH_FUNCTION, NULL},
    {"max", builtin_max, TPY_METH_FUNCTION, NULL},
    {"hex", builtin_hex, TPY_METH_FUNCTION, NULL},
    {"oct", builtin_oct, TPY_METH_FUNCTION, NULL},
    {"bin", builtin_bin, TPY_METH_FUNCTION, NULL},
    {"chr", builtin_chr, TPY_METH_FUNCTION, NULL},
    {"ord", builtin_ord, TPY_METH_FUNCTION, NULL},
    {NULL, NULL, 0, NULL},
};
