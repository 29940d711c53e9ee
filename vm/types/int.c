/* vm/types/int.c: the int type: storage, conversions, comparison, hash,
 * repr and construction. Arithmetic is in int_arith.c, methods in
 * int_methods.c.
 *
 *   word int  [refcnt|type|size=0|value      ]           |v| fits int64
 *   big int   [refcnt|type|size=n|sign ±1|limb0..limb n-1] magnitude in GMP limbs
 *
 * Invariant: a value that fits int64 is always a word int, so equal
 * values have equal representations and word-word is the only fast path. */
#include <math.h>
#include <string.h>

#include "abstract.h"
#include "error.h"
#include "numglue.h"
#include "refcount.h"
#include "types.h"
#include "bytearray.h"
#include "vm.h"

#define INT(o) ((tpy_int *)(o))

int tpy_num_raise(tpy_vm *vm, tpy_num_error *err)
{
    static tpy_type *const kinds[] = {
        [TPY_NUM_ERR_NONE] = &tpy_exc_SystemError, [TPY_NUM_ERR_VALUE] = &tpy_exc_ValueError,
        [TPY_NUM_ERR_OVERFLOW] = &tpy_exc_OverflowError,
        [TPY_NUM_ERR_ZERO_DIVISION] = &tpy_exc_ZeroDivisionError,
        [TPY_NUM_ERR_MEMORY] = &tpy_exc_MemoryError};
    if (err->kind == TPY_NUM_ERR_MEMORY)
        tpy_err_no_memory(vm);
    else
        tpy_err_set(vm, kinds[err->kind], tpy_num_error_text(err));
    tpy_num_error_clear(err);
    return -1;
}

tpy_object *tpy_num_buf_to_str(tpy_vm *vm, tpy_num_buf *b)
{
    tpy_object *s = tpy_str_from_utf8(vm, b->data ? b->data : "", b->len);
    tpy_num_buf_free(b);
    return s;
}

/* ---- making ints ------------------------------------------------------------------------------ */

tpy_object *tpy_int_from_i64(tpy_vm *vm, int64_t v)
{
    if (v >= TPY_OBJ_SMALL_INT_MIN && v <= TPY_OBJ_SMALL_INT_MAX)
        return tpy_obj_small_int_at(vm->small_ints, vm->small_int_stride, (long)v);
    tpy_int *i = (tpy_int *)tpy_alloc_var(vm, &tpy_int_type, 0);
    if (i)
        i->value = v;
    return (tpy_object *)i;
}

tpy_object *tpy_int_from_mpz(tpy_vm *vm, const mpz_t v)
{
    if (mpz_fits_slong_p(v))
        return tpy_int_from_i64(vm, mpz_get_si(v));
    size_t n = mpz_size(v);
    tpy_int *i = (tpy_int *)tpy_alloc_var(vm, &tpy_int_type, n);
    if (!i)
        return NULL;
    i->value = mpz_sgn(v);
    memcpy(i->limbs, mpz_limbs_read(v), n * sizeof(mp_limb_t));
    return (tpy_object *)i;
}

void tpy_int_view(const tpy_object *o, mpz_t view, mp_limb_t scratch[2])
{
    const tpy_int *i = (const tpy_int *)o;
    if (i->ob.size == 0) {
        uint64_t mag = i->value < 0 ? -(uint64_t)i->value : (uint64_t)i->value;
        scratch[0] = (mp_limb_t)mag;
        mp_size_t n = mag != 0;
        mpz_roinit_n(view, scratch, i->value < 0 ? -n : n);
        return;
    }
    mp_size_t n = (mp_size_t)i->ob.size;
    mpz_roinit_n(view, i->limbs, i->value < 0 ? -n : n);
}

int tpy_int_sign(const tpy_object *o)
{
    int64_t v = INT(o)->value;
    return v > 0 ? 1 : v < 0 ? -1 : 0;
}

int tpy_int_to_i64(tpy_vm *vm, tpy_object *o, int64_t *out)
{
    if (!tpy_int_is_word(o)) {
        tpy_err_set(vm, &tpy_exc_OverflowError, "Python int too large to convert to C long");
        return -1;
    }
    *out = INT(o)->value;
    return 0;
}

int tpy_int_to_double(tpy_vm *vm, tpy_object *o, double *out)
{
    if (tpy_int_is_word(o)) {
        *out = (double)INT(o)->value;   /* round-to-nearest-even: correct */
        return 0;
    }
    mpz_t v;
    mp_limb_t s[2];
    tpy_int_view(o, v, s);
    tpy_num_error err = TPY_NUM_ERROR_INIT;
    if (tpy_num_mpz_to_double(v, out, &err) != TPY_NUM_OK)
        return tpy_num_raise(vm, &err);
    return 0;
}

tpy_object *tpy_int_from_double(tpy_vm *vm, double x)
{
    if (x > -9.2e18 && x < 9.2e18)
        return tpy_int_from_i64(vm, (int64_t)x);
    tpy_obj_heap *g = tpy_gmp_enter(vm);
    tpy_num_error err = TPY_NUM_ERROR_INIT;
    int64_t word;
    mpz_t big;
    mpz_init(big);
    int st = tpy_num_double_to_int(x, &word, big, &err);
    tpy_object *r = NULL;
    if (st == TPY_NUM_OK)
        r = tpy_int_from_i64(vm, word);
    else if (st == TPY_NUM_BIG)
        r = tpy_int_from_mpz(vm, big);
    else
        tpy_num_raise(vm, &err);
    mpz_clear(big);
    tpy_gmp_leave(g);
    return r;
}

/* ---- comparison and hash ------------------------------------------------------------------------- */

int tpy_int_compare(const tpy_object *a, const tpy_object *b)
{
    if (tpy_int_is_word(a) && tpy_int_is_word(b)) {
        int64_t x = INT(a)->value, y = INT(b)->value;
        return (x > y) - (x < y);
    }
    mpz_t x, y;
    mp_limb_t sx[2], sy[2];
    tpy_int_view(a, x, sx);
    tpy_int_view(b, y, sy);
    int c = mpz_cmp(x, y);
    return (c > 0) - (c < 0);
}

/* An int against a float, exactly (CPython's float_richcompare): compare
 * with floor(x), then let the fractional part break a tie. */
int tpy_int_compare_double(tpy_vm *vm, tpy_object *i, double x)
{
    if (isnan(x))
        return 2;
    if (isinf(x))
        return x > 0 ? -1 : 1;
    if (tpy_int_is_word(i) && INT(i)->value > -(1LL << 53) && INT(i)->value < (1LL << 53)) {
        double d = (double)INT(i)->value;
        return (d > x) - (d < x);
    }
    double fl = floor(x), frac = x - fl;
    tpy_obj_heap *g = tpy_gmp_enter(vm);
    mpz_t f, v;
    mp_limb_t s[2];
    mpz_init_set_d(f, fl);
    tpy_int_view(i, v, s);
    int c = mpz_cmp(v, f);
    mpz_clear(f);
    tpy_gmp_leave(g);
    if (c < 0)
        return -1;
    if (c > 0)
        return 1;
    return frac > 0 ? -1 : 0;
}

tpy_hash_t tpy_int_hash(tpy_vm *vm, tpy_object *o)
{
    (void)vm;
    if (tpy_int_is_word(o)) {
        int64_t v = INT(o)->value;
        /* the commonest case without a call: 0 <= v < P is its own hash */
        if (v >= 0 && v < TPY_NUM_HASH_MODULUS)
            return v;
        return tpy_num_hash_int64(v);
    }
    mpz_t v;
    mp_limb_t s[2];
    tpy_int_view(o, v, s);
    return tpy_num_hash_mpz(v);
}

static tpy_object *int_richcompare(tpy_vm *vm, tpy_object *a, tpy_object *b, enum tpy_cmp op)
{
    (void)vm;
    if (!tpy_int_check(b))
        return TPY_NOT_IMPLEMENTED;
    int c = tpy_int_compare(a, b);
    bool r;
    switch (op) {
    case TPY_LT: r = c < 0; break;
    case TPY_LE: r = c <= 0; break;
    case TPY_EQ: r = c == 0; break;
    case TPY_NE: r = c != 0; break;
    case TPY_GT: r = c > 0; break;
    default: r = c >= 0; break;
    }
    return tpy_bool(r);
}

/* ---- text --------------------------------------------------------------------------------------------- */

/* "00" "01" ... "99": two decimal digits per division in word_digits(). */
static const char digit_pairs[201] =
    "0001020304050607080910111213141516171819"
    "2021222324252627282930313233343536373839"
    "4041424344454647484950515253545556575859"
    "6061626364656667686970717273747576777879"
    "8081828384858687888990919293949596979899";

/* The decimal text of a word int, written backwards from the end of a
 * 24-byte buffer (printf's machinery costs more than the conversion),
 * two digits at a time; returns where it starts. */
static char *word_digits(int64_t v, char *end)
{
    uint64_t m = v < 0 ? 0 - (uint64_t)v : (uint64_t)v;
    char *p = end;
    while (m >= 100) {
        p -= 2;
        memcpy(p, digit_pairs + 2 * (m % 100), 2);
        m /= 100;
    }
    if (m >= 10) {
        p -= 2;
        memcpy(p, digit_pairs + 2 * m, 2);
    } else {
        *--p = (char)('0' + m);
    }
    if (v < 0)
        *--p = '-';
    return p;
}

tpy_object *tpy_int_repr(tpy_vm *vm, tpy_object *o)
{
    if (tpy_int_is_word(o)) {
        char buf[24];
        char *p = word_digits(INT(o)->value, buf + sizeof buf);
        size_t n = (size_t)(buf + sizeof buf - p);
        if (n == 1)
            return tpy_str_from_utf8(vm, p, 1);   /* the shared one-character str */
        tpy_object *s = tpy_str_new_ascii(vm, n);
        if (s)
            memcpy(((tpy_strobj *)s)->data, p, n);
        return s;
    }
    tpy_obj_heap *g = tpy_gmp_enter(vm);
    mpz_t v;
    mp_limb_t s[2];
    tpy_int_view(o, v, s);
    tpy_num_buf b = TPY_NUM_BUF_INIT;
    tpy_num_error err = TPY_NUM_ERROR_INIT;
    tpy_object *r = NULL;
    if (tpy_num_mpz_to_text(&b, v, 10, false, vm->max_str_digits, &err) != TPY_NUM_OK) {
        tpy_num_buf_free(&b);
        tpy_num_raise(vm, &err);
    } else {
        r = tpy_num_buf_to_str(vm, &b);
    }
    tpy_gmp_leave(g);
    return r;
}

tpy_object *tpy_int_from_text(tpy_vm *vm, const char *s, size_t n, int base,
                              tpy_object *repr_source)
{
    (void)repr_source;   /* vm/num quotes the text itself */
    tpy_obj_heap *g = tpy_gmp_enter(vm);
    tpy_num_error err = TPY_NUM_ERROR_INIT;
    int64_t word;
    mpz_t big;
    mpz_init(big);
    int st = tpy_num_int_parse(s, n, base, vm->max_str_digits, &word, big, &err);
    tpy_object *r = NULL;
    if (st == TPY_NUM_OK)
        r = tpy_int_from_i64(vm, word);
    else if (st == TPY_NUM_BIG)
        r = tpy_int_from_mpz(vm, big);
    else
        tpy_num_raise(vm, &err);
    mpz_clear(big);
    tpy_gmp_leave(g);
    return r;
}

/* ---- int(x), int(x, base) ------------------------------------------------------------------------------ */

/* int(s) for the common text: an optional '-' and 1 to 18 ASCII decimal
 * digits, nothing else (no sign '+', spaces or underscores); false for
 * anything the full parser must see. */
static bool plain_decimal(const tpy_object *x, int64_t *out)
{
    const tpy_strobj *s = (const tpy_strobj *)x;
    intptr_t n = s->length, i = 0;
    if (s->kind != 1 || n == 0 || n > 19)
        return false;
    bool neg = s->data[0] == '-';
    i = neg;
    if (n - i == 0 || n - i > 18)
        return false;
    int64_t v = 0;
    for (; i < n; i++) {
        unsigned d = (unsigned)s->data[i] - '0';
        if (d > 9)
            return false;
        v = v * 10 + (int64_t)d;
    }
    *out = neg ? -v : v;
    return true;
}

static tpy_object *int_from_text_object(tpy_vm *vm, tpy_object *x, int base)
{
    int64_t v;
    if (base == 10 && tpy_str_check(x) && plain_decimal(x, &v))
        return tpy_int_from_i64(vm, v);
    if (tpy_str_check(x)) {
        size_t n;
        const char *s = tpy_str_utf8(vm, x, &n);
        return s ? tpy_int_from_text(vm, s, n, base, x) : NULL;
    }
    const unsigned char *p;
    intptr_t n;
    (void)tpy_bytes_like(x, &p, &n);   /* bytes or bytearray */
    return tpy_int_from_text(vm, (const char *)p, (size_t)n, base, x);
}

static tpy_object *int_new(tpy_vm *vm, tpy_type *t, tpy_object *const *args, size_t nargs,
                           tpy_object *kwnames)
{
    static const char *const names[] = {"", "base", NULL};
    tpy_object *a[2] = {nargs ? args[0] : NULL, NULL};
    if (t != &tpy_int_type)   /* a subclass: the value first, then its block */
        return tpy_subtype_from_exact(vm, t, int_new(vm, &tpy_int_type, args, nargs, kwnames));
    /* int(x), the common call, needs no parsing */
    if ((nargs > 1 || kwnames) && tpy_arg_parse(vm, "int", args, nargs, kwnames, names, 1, 0, a) < 0)
        return NULL;
    if (!a[0]) {
        if (a[1])
            return tpy_err_set(vm, &tpy_exc_TypeError, "int() missing string argument"), NULL;
        return tpy_int_from_i64(vm, 0);
    }
    if (!a[1]) {
        if (tpy_str_check(a[0]) || tpy_bytes_check(a[0]) || tpy_bytearray_check(a[0]))
            return int_from_text_object(vm, a[0], 10);
        tpy_object *r = tpy_number_int(vm, a[0]);
        if (r && tpy_type_of(r) != &tpy_int_type) {   /* int(True) is 1 */
            tpy_object *exact = tpy_int_from_i64(vm, INT(r)->value);
            tpy_decref(vm, r);
            r = exact;
        }
        return r;
    }
    intptr_t base = tpy_index_ssize(vm, a[1], NULL);
    if (base == -1 && tpy_err_occurred(vm))
        return NULL;
    if (base != 0 && (base < 2 || base > 36))
        return tpy_err_set(vm, &tpy_exc_ValueError, "int() base must be >= 2 and <= 36, or 0"),
               NULL;
    if (!tpy_str_check(a[0]) && !tpy_bytes_check(a[0]) && !tpy_bytearray_check(a[0]))
        return tpy_err_set(vm, &tpy_exc_TypeError, "int() can't convert non-string with explicit base"),
               NULL;
    return int_from_text_object(vm, a[0], (int)base);
}

static int int_bool(tpy_vm *vm, tpy_object *o)
{
    (void)vm;
    return INT(o)->value != 0;
}

/* ---- the types ------------------------------------------------------------------------------------------ */

extern const tpy_method_def tpy_int_methods[];
extern const tpy_getset_def tpy_int_getsets[];
extern const tpy_number_slots tpy_bool_number;

tpy_type tpy_int_type = {
    .ob = TPY_STATIC_HEAD(tpy_type_type),
    .layout = {.name = "int", .basic_size = sizeof(tpy_int), .item_size = sizeof(mp_limb_t),
               .freelist_cap = TPY_OBJ_FREELIST_FLOAT},
    .name = "int",
    .flags = TPY_TF_BASETYPE | TPY_TF_IMMUTABLE | TPY_TF_INT_SUBCLASS,
    .repr = tpy_int_repr,
    .str = tpy_int_repr,
    .hash = tpy_int_hash,
    .richcompare = int_richcompare,
    .new_ = int_new,
    .number = &tpy_int_number,
    .methods = tpy_int_methods,
    .getsets = tpy_int_getsets,
};

static tpy_object *bool_repr(tpy_vm *vm, tpy_object *o)
{
    return tpy_str_from_cstr(vm, INT(o)->value ? "True" : "False");
}

static tpy_object *bool_new(tpy_vm *vm, tpy_type *t, tpy_object *const *args, size_t nargs,
                            tpy_object *kwnames)
{
    (void)t;
    if (tpy_arg_nokw(vm, "bool", kwnames) < 0 || tpy_arg_count(vm, "bool", nargs, 0, 1) < 0)
        return NULL;
    int r = nargs ? tpy_is_true(vm, args[0]) : 0;
    return r < 0 ? NULL : tpy_bool(r);
}

tpy_type tpy_bool_type = {
    .ob = TPY_STATIC_HEAD(tpy_type_type),
    .layout = {.name = "bool", .basic_size = sizeof(tpy_int), .item_size = sizeof(mp_limb_t)},
    .name = "bool",
    .flags = TPY_TF_IMMUTABLE,
    .base = &tpy_int_type,
    .repr = bool_repr,
    .str = bool_repr,
    .new_ = bool_new,
    .number = &tpy_bool_number,
};

tpy_int tpy_true_obj = {.ob = {.base = TPY_STATIC_HEAD(tpy_bool_type), .size = 0}, .value = 1};
tpy_int tpy_false_obj = {.ob = {.base = TPY_STATIC_HEAD(tpy_bool_type), .size = 0}, .value = 0};

int tpy_int_bool_slot(tpy_vm *vm, tpy_object *o);
int tpy_int_bool_slot(tpy_vm *vm, tpy_object *o)
{
    return int_bool(vm, o);
}
