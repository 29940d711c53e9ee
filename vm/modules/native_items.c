/* vm/modules/native_items.c: one item of a typed buffer in native byte
 * order and size (array.array's typecodes, memoryview's formats): read it
 * as a Python int or float, or store a Python number into it with the
 * range checks and messages CPython's array module gives. */
#include <inttypes.h>
#include <stdio.h>
#include <string.h>

#include "abstract.h"
#include "error.h"
#include "refcount.h"
#include "stdmod.h"
#include "types.h"

int tpy_native_size(char code)
{
    switch (code) {
    case 'b': case 'B': case 'c': case '?': return 1;
    case 'h': case 'H': return 2;
    case 'i': case 'I': case 'f': return 4;
    case 'l': case 'L': case 'q': case 'Q': case 'd': case 'n': case 'N': return 8;
    default: return 0;
    }
}

static tpy_object *from_u64(tpy_vm *vm, uint64_t v)
{
    if (v <= INT64_MAX)
        return tpy_int_from_i64(vm, (int64_t)v);
    char text[24];
    int n = snprintf(text, sizeof text, "%" PRIu64, v);
    return tpy_int_from_text(vm, text, (size_t)n, 10, NULL);
}

tpy_object *tpy_native_get(tpy_vm *vm, char code, const unsigned char *p)
{
    union {
        int8_t b; uint8_t B; int16_t h; uint16_t H; int32_t i; uint32_t I;
        int64_t q; uint64_t Q; float f; double d;
    } u;
    memcpy(&u, p, (size_t)tpy_native_size(code));
    switch (code) {
    case 'b': return tpy_int_from_i64(vm, u.b);
    case 'B': return tpy_int_from_i64(vm, u.B);
    case 'c': return tpy_bytes_from(vm, p, 1);
    case '?': return tpy_newref(tpy_bool(u.B != 0));
    case 'h': return tpy_int_from_i64(vm, u.h);
    case 'H': return tpy_int_from_i64(vm, u.H);
    case 'i': return tpy_int_from_i64(vm, u.i);
    case 'I': return tpy_int_from_i64(vm, u.I);
    case 'l': case 'q': case 'n': return tpy_int_from_i64(vm, u.q);
    case 'L': case 'Q': case 'N': return from_u64(vm, u.Q);
    case 'f': return tpy_float_from_double(vm, u.f);
    case 'd': return tpy_float_from_double(vm, u.d);
    default: return tpy_err_format(vm, &tpy_exc_NotImplementedError,
                                   "tierpy: item format '%c' is not supported", code);
    }
}

/* An int's value as a sign and a 64-bit magnitude: 0, or -1 when it
 * needs more than 64 bits. */
static int int_parts(tpy_object *o, bool *neg, uint64_t *mag)
{
    const tpy_int *i = (const tpy_int *)o;
    if (tpy_int_is_word(o)) {
        *neg = i->value < 0;
        *mag = *neg ? 0 - (uint64_t)i->value : (uint64_t)i->value;
        return 0;
    }
    if (i->ob.size > 1 || sizeof(mp_limb_t) < 8)
        return -1;
    *neg = i->value < 0;
    *mag = i->limbs[0];
    return 0;
}

typedef struct int_limits {
    char code;
    int64_t min;
    uint64_t max;
    const char *name;   /* "signed char is greater than maximum" */
} int_limits;

/* The checks CPython's setters make, in order: b is first parsed as a
 * short and H as an int, which word their own errors. */
static const int_limits limits[] = {
    {'b', INT16_MIN, INT16_MAX, "signed short integer"},
    {'b', INT8_MIN, INT8_MAX, "signed char"},
    {'H', INT32_MIN, INT32_MAX, "signed integer"},
    {'B', 0, UINT8_MAX, "unsigned byte integer"},
    {'h', INT16_MIN, INT16_MAX, "signed short integer"},
    {'H', 0, UINT16_MAX, "unsigned short"},
    {'i', INT32_MIN, INT32_MAX, "signed integer"},
    {'I', 0, UINT32_MAX, "unsigned int"},
};

static int overflow(tpy_vm *vm, const char *msg)
{
    tpy_err_set(vm, &tpy_exc_OverflowError, msg);
    return -1;
}

/* The checks of the C conversions array's setters chain. */
static int int_value(tpy_vm *vm, char code, tpy_object *v, uint64_t *out)
{
    tpy_object *i = tpy_index(vm, v);
    if (!i)
        return -1;
    bool neg = false;
    uint64_t mag = 0;
    int wide = int_parts(i, &neg, &mag);
    tpy_decref(vm, i);
    bool unsigned_code = code == 'I' || code == 'L' || code == 'Q' || code == 'N';
    bool small = code == 'b' || code == 'B' || code == 'h' || code == 'H' || code == 'i';
    if (unsigned_code && neg)
        return overflow(vm, code == 'Q' || code == 'N' ? "can't convert negative int to unsigned"
                                                      : "can't convert negative value to unsigned int");
    if (wide < 0 || (!unsigned_code && mag > (neg ? (uint64_t)INT64_MAX + 1 : (uint64_t)INT64_MAX)))
        return overflow(vm, code == 'q' || code == 'Q' || code == 'n' || code == 'N'
                                ? "int too big to convert"
                            : unsigned_code ? "Python int too large to convert to C unsigned long"
                                            : "Python int too large to convert to C long");
    int64_t sv = neg ? (int64_t)(0 - mag) : (int64_t)mag;
    for (size_t k = 0; k < sizeof limits / sizeof limits[0]; k++)
        if (limits[k].code == code) {
            bool over = !neg && mag > limits[k].max && limits[k].max <= INT64_MAX
                        ? sv > (int64_t)limits[k].max
                        : !neg && mag > limits[k].max;
            bool under = neg && sv < limits[k].min;
            if (over || under) {
                tpy_err_format(vm, &tpy_exc_OverflowError, "%s is %s", limits[k].name,
                               over ? "greater than maximum" : "less than minimum");
                return -1;
            }
        }
    (void)small;
    *out = neg ? (uint64_t)sv : mag;
    return 0;
}

int tpy_native_set(tpy_vm *vm, char code, tpy_object *v, unsigned char *p)
{
    if (code == 'f' || code == 'd') {
        double d;
        if (tpy_float_check(v))
            d = tpy_float_value(v);
        else if (tpy_int_check(v)) {
            if (tpy_int_to_double(vm, v, &d) < 0)
                return -1;
        } else {
            tpy_object *f = tpy_number_float(vm, v);
            if (!f) {
                tpy_err_clear(vm);
                tpy_err_format(vm, &tpy_exc_TypeError, "must be real number, not %s",
                               tpy_type_of(v)->name);
                return -1;
            }
            d = tpy_float_value(f);
            tpy_decref(vm, f);
        }
        if (code == 'f') {
            float x = (float)d;
            memcpy(p, &x, sizeof x);
        } else {
            memcpy(p, &d, sizeof d);
        }
        return 0;
    }
    if (!tpy_has_index(v)) {
        tpy_err_format(vm, &tpy_exc_TypeError, "'%s' object cannot be interpreted as an integer",
                       tpy_type_of(v)->name);
        return -1;
    }
    uint64_t u;
    if (int_value(vm, code, v, &u) < 0)
        return -1;
    union {
        uint8_t b; uint16_t h; uint32_t i; uint64_t q;
    } x;
    switch (tpy_native_size(code)) {
    case 1: x.b = (uint8_t)u; break;
    case 2: x.h = (uint16_t)u; break;
    case 4: x.i = (uint32_t)u; break;
    default: x.q = u; break;
    }
    memcpy(p, &x, (size_t)tpy_native_size(code));
    return 0;
}
