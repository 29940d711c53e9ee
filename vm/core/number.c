/* vm/core/number.c: binary, in-place and unary operators, __index__,
 * int() and float() of any object. */
#include <stdint.h>

#include "abstract.h"
#include "error.h"
#include "refcount.h"
#include "types.h"
#include "vm.h"

const char *tpy_binop_symbol(enum tpy_binop op)
{
    static const char *const s[TPY_OP_COUNT] = {
        "+", "&", "//", "<<", "@", "*", "%", "|", "** or pow()", ">>", "-", "/", "^",
        "divmod()"};
    return s[op];
}

static const char *inplace_symbol(enum tpy_binop op)
{
    static const char *const s[TPY_OP_COUNT] = {
        "+=", "&=", "//=", "<<=", "@=", "*=", "%=", "|=", "**=", ">>=", "-=", "/=", "^=",
        "divmod()"};
    return s[op];
}

static tpy_binaryfn binary_slot(tpy_type *t, enum tpy_binop op)
{
    return t->number ? t->number->binary[op] : NULL;
}

/* CPython's binary_op1: the left operand's slot, then the right's; the
 * right goes first when its type is a proper subclass of the left's. */
static tpy_object *binary_op1(tpy_vm *vm, enum tpy_binop op, tpy_object *a, tpy_object *b)
{
    tpy_type *ta = tpy_type_of(a), *tb = tpy_type_of(b);
    tpy_binaryfn sa = binary_slot(ta, op);
    tpy_binaryfn sb = ta != tb ? binary_slot(tb, op) : NULL;
    if (sb == sa)
        sb = NULL;
    if (sa) {
        if (sb && tpy_type_is_subtype(tb, ta)) {
            tpy_object *r = sb(vm, a, b);
            if (r != TPY_NOT_IMPLEMENTED)
                return r;
            sb = NULL;
        }
        tpy_object *r = sa(vm, a, b);
        if (r != TPY_NOT_IMPLEMENTED)
            return r;
    }
    return sb ? sb(vm, a, b) : TPY_NOT_IMPLEMENTED;
}

static tpy_object *binop_type_error(tpy_vm *vm, const char *sym, tpy_object *a, tpy_object *b)
{
    return tpy_err_format(vm, &tpy_exc_TypeError, "unsupported operand type(s) for %s: '%s' and '%s'",
                          sym, tpy_type_of(a)->name, tpy_type_of(b)->name);
}

/* seq * n or n * seq, after the number slots declined. */
static tpy_object *sequence_repeat(tpy_vm *vm, tpy_object *seq, tpy_object *n, bool inplace)
{
    const tpy_container_slots *c = tpy_type_of(seq)->container;
    if (!tpy_has_index(n))
        return tpy_err_format(vm, &tpy_exc_TypeError, "can't multiply sequence by non-int of type '%s'",
                              tpy_type_of(n)->name);
    intptr_t count = tpy_index_ssize(vm, n, &tpy_exc_OverflowError);
    if (count == -1 && tpy_err_occurred(vm))
        return NULL;
    if (inplace && c->inplace_repeat)
        return c->inplace_repeat(vm, seq, count);
    return c->repeat(vm, seq, count);
}

static bool has_repeat(tpy_object *o)
{
    const tpy_container_slots *c = tpy_type_of(o)->container;
    return c && c->repeat;
}

static tpy_object *sequence_fallback(tpy_vm *vm, enum tpy_binop op, tpy_object *a, tpy_object *b,
                                     bool inplace)
{
    const tpy_container_slots *c = tpy_type_of(a)->container;
    if (op == TPY_OP_ADD && c && (c->concat || (inplace && c->inplace_concat))) {
        if (inplace && c->inplace_concat)
            return c->inplace_concat(vm, a, b);
        return c->concat(vm, a, b);
    }
    if (op == TPY_OP_MUL && has_repeat(a))
        return sequence_repeat(vm, a, b, inplace);
    if (op == TPY_OP_MUL && has_repeat(b))
        return sequence_repeat(vm, b, a, false);
    return TPY_NOT_IMPLEMENTED;
}

tpy_object *tpy_binary_op(tpy_vm *vm, enum tpy_binop op, tpy_object *a, tpy_object *b)
{
    tpy_object *r = binary_op1(vm, op, a, b);
    if (r != TPY_NOT_IMPLEMENTED)
        return r;
    r = sequence_fallback(vm, op, a, b, false);
    if (r != TPY_NOT_IMPLEMENTED)
        return r;
    return binop_type_error(vm, tpy_binop_symbol(op), a, b);
}

tpy_object *tpy_inplace_op(tpy_vm *vm, enum tpy_binop op, tpy_object *a, tpy_object *b)
{
    tpy_type *ta = tpy_type_of(a);
    tpy_binaryfn f = ta->number ? ta->number->inplace[op] : NULL;
    if (f) {
        tpy_object *r = f(vm, a, b);
        if (r != TPY_NOT_IMPLEMENTED)
            return r;
    }
    tpy_object *r = binary_op1(vm, op, a, b);
    if (r != TPY_NOT_IMPLEMENTED)
        return r;
    r = sequence_fallback(vm, op, a, b, true);
    if (r != TPY_NOT_IMPLEMENTED)
        return r;
    return binop_type_error(vm, inplace_symbol(op), a, b);
}

tpy_object *tpy_power(tpy_vm *vm, tpy_object *a, tpy_object *b, tpy_object *mod)
{
    if (!mod || mod == TPY_NONE)
        return tpy_binary_op(vm, TPY_OP_POW, a, b);
    tpy_object *const ops[3] = {a, b, mod};
    for (int i = 0; i < 3; i++) {
        const tpy_number_slots *n = tpy_type_of(ops[i])->number;
        if (n && n->ternary_pow) {
            tpy_object *r = n->ternary_pow(vm, a, b, mod);
            if (r != TPY_NOT_IMPLEMENTED)
                return r;
        }
    }
    return tpy_err_format(vm, &tpy_exc_TypeError,
                          "unsupported operand type(s) for ** or pow(): '%s', '%s', '%s'",
                          tpy_type_of(a)->name, tpy_type_of(b)->name, tpy_type_of(mod)->name);
}

/* ---- unary ---------------------------------------------------------------------------------------- */

#define UNARY(fname, slot, fmt)                                                     \
    tpy_object *fname(tpy_vm *vm, tpy_object *o)                                    \
    {                                                                               \
        const tpy_number_slots *n = tpy_type_of(o)->number;                         \
        if (n && n->slot)                                                           \
            return n->slot(vm, o);                                                  \
        return tpy_err_format(vm, &tpy_exc_TypeError, fmt, tpy_type_of(o)->name);   \
    }
UNARY(tpy_neg, neg, "bad operand type for unary -: '%s'")
UNARY(tpy_pos, pos, "bad operand type for unary +: '%s'")
UNARY(tpy_invert, invert, "bad operand type for unary ~: '%s'")
UNARY(tpy_abs, abs, "bad operand type for abs(): '%s'")

/* ---- __index__, int(), float() ---------------------------------------------------------------------- */

bool tpy_has_index(tpy_object *o)
{
    const tpy_number_slots *n = tpy_type_of(o)->number;
    return tpy_int_check(o) || (n && n->index);
}

tpy_object *tpy_index(tpy_vm *vm, tpy_object *o)
{
    if (tpy_int_check(o))
        return tpy_newref(o);
    const tpy_number_slots *n = tpy_type_of(o)->number;
    if (!n || !n->index)
        return tpy_err_format(vm, &tpy_exc_TypeError, "'%s' object cannot be interpreted as an integer",
                              tpy_type_of(o)->name);
    tpy_object *r = n->index(vm, o);
    if (r && !tpy_int_check(r)) {
        tpy_err_format(vm, &tpy_exc_TypeError, "__index__ returned non-int (type %s)",
                       tpy_type_of(r)->name);
        tpy_decref(vm, r);
        return NULL;
    }
    return r;
}

intptr_t tpy_index_ssize(tpy_vm *vm, tpy_object *o, tpy_type *overflow_type)
{
    tpy_object *i = tpy_index(vm, o);
    if (!i)
        return -1;
    intptr_t r;
    if (tpy_int_is_word(i)) {
        r = (intptr_t)((tpy_int *)i)->value;
    } else if (overflow_type) {
        tpy_decref(vm, i);
        tpy_err_format(vm, overflow_type, "cannot fit '%s' into an index-sized integer",
                       tpy_type_of(o)->name);
        return -1;
    } else {
        r = tpy_int_sign(i) < 0 ? INTPTR_MIN : INTPTR_MAX;
    }
    tpy_decref(vm, i);
    return r;
}

tpy_object *tpy_number_int(tpy_vm *vm, tpy_object *o)
{
    const tpy_number_slots *n = tpy_type_of(o)->number;
    if (n && n->to_int)
        return n->to_int(vm, o);
    if (n && n->index)
        return tpy_index(vm, o);
    return tpy_err_format(vm, &tpy_exc_TypeError,
                          "int() argument must be a string, a bytes-like object or a real number, "
                          "not '%s'", tpy_type_of(o)->name);
}

tpy_object *tpy_number_float(tpy_vm *vm, tpy_object *o)
{
    const tpy_number_slots *n = tpy_type_of(o)->number;
    if (n && n->to_float)
        return n->to_float(vm, o);
    if (n && n->index) {
        tpy_object *i = tpy_index(vm, o);
        if (!i)
            return NULL;
        double d;
        int r = tpy_int_to_double(vm, i, &d);
        tpy_decref(vm, i);
        return r < 0 ? NULL : tpy_float_from_double(vm, d);
    }
    return tpy_err_format(vm, &tpy_exc_TypeError,
                          "float() argument must be a string or a real number, not '%s'",
                          tpy_type_of(o)->name);
}
