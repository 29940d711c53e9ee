/* vm/modules/randommodule.c: `_random`, the C core of random.py: the
 * Mersenne Twister MT19937 seeded exactly as CPython 3.11 seeds it (an
 * int's absolute value as 32-bit words through init_by_array; None from
 * the OS's random bytes; any other object through its hash), random()
 * with 53 bits, getrandbits(k), getstate/setstate. lib/random.py builds
 * CPython's distributions on top, so seeded sequences match python3. */
#include <errno.h>
#include <string.h>
#include <sys/random.h>

#include "abstract.h"
#include "error.h"
#include "eval.h"
#include "modules.h"
#include "refcount.h"
#include "stdmod.h"
#include "types.h"
#include "vm.h"

#define N 624
#define M 397

typedef struct tpy_random {
    tpy_object ob;
    int index;
    uint32_t mt[N];
} tpy_random;

extern tpy_type tpy_random_type;

#define R(o) ((tpy_random *)(o))
#define METHOD(name)                                                              \
    static tpy_object *name(tpy_vm *vm, tpy_object *self, tpy_object *const *args, \
                            size_t nargs, tpy_object *kwnames)

/* ---- the generator ---------------------------------------------------------------------------- */

static void init_genrand(tpy_random *r, uint32_t s)
{
    r->mt[0] = s;
    for (int i = 1; i < N; i++)
        r->mt[i] = 1812433253u * (r->mt[i - 1] ^ (r->mt[i - 1] >> 30)) + (uint32_t)i;
    r->index = N;
}

static void init_by_array(tpy_random *r, const uint32_t *key, size_t len)
{
    init_genrand(r, 19650218u);
    size_t i = 1, j = 0;
    for (size_t k = N > len ? N : len; k; k--) {
        r->mt[i] = (r->mt[i] ^ ((r->mt[i - 1] ^ (r->mt[i - 1] >> 30)) * 1664525u)) + key[j] +
                   (uint32_t)j;
        i++;
        j++;
        if (i >= N) {
            r->mt[0] = r->mt[N - 1];
            i = 1;
        }
        if (j >= len)
            j = 0;
    }
    for (size_t k = N - 1; k; k--) {
        r->mt[i] = (r->mt[i] ^ ((r->mt[i - 1] ^ (r->mt[i - 1] >> 30)) * 1566083941u)) - (uint32_t)i;
        i++;
        if (i >= N) {
            r->mt[0] = r->mt[N - 1];
            i = 1;
        }
    }
    r->mt[0] = 0x80000000u;
    r->index = N;
}

/* Regenerate the N words of state. */
static void twist(tpy_random *r)
{
    static const uint32_t mag01[2] = {0, 0x9908b0dfu};
    int k;
    uint32_t y;
    for (k = 0; k < N - M; k++) {
        y = (r->mt[k] & 0x80000000u) | (r->mt[k + 1] & 0x7fffffffu);
        r->mt[k] = r->mt[k + M] ^ (y >> 1) ^ mag01[y & 1];
    }
    for (; k < N - 1; k++) {
        y = (r->mt[k] & 0x80000000u) | (r->mt[k + 1] & 0x7fffffffu);
        r->mt[k] = r->mt[k + (M - N)] ^ (y >> 1) ^ mag01[y & 1];
    }
    y = (r->mt[N - 1] & 0x80000000u) | (r->mt[0] & 0x7fffffffu);
    r->mt[N - 1] = r->mt[M - 1] ^ (y >> 1) ^ mag01[y & 1];
    r->index = 0;
}

static uint32_t genrand(tpy_random *r)
{
    if (r->index >= N)
        twist(r);
    uint32_t y = r->mt[r->index++];
    y ^= y >> 11;
    y ^= (y << 7) & 0x9d2c5680u;
    y ^= (y << 15) & 0xefc60000u;
    y ^= y >> 18;
    return y;
}

/* ---- seeding ------------------------------------------------------------------------------------- */

static int seed_from_os(tpy_vm *vm, tpy_random *r)
{
    uint32_t key[N];
    unsigned char *p = (unsigned char *)key;
    for (size_t got = 0; got < sizeof key;) {
        ssize_t n = getrandom(p + got, sizeof key - got, 0);
        if (n < 0 && errno != EINTR) {
            tpy_err_from_errno(vm, errno, NULL);
            return -1;
        }
        got += n > 0 ? (size_t)n : 0;
    }
    init_by_array(r, key, N);
    return 0;
}

/* Seed with the 32-bit words of a non-negative int (least significant
 * first; at least one word). */
static int seed_from_int(tpy_vm *vm, tpy_random *r, tpy_object *n)
{
    const tpy_int *i = (const tpy_int *)n;
    size_t nlimbs = tpy_int_is_word(n) ? 1 : (size_t)i->ob.size;
    uint32_t *key = tpy_vm_malloc(vm, nlimbs * 2 * sizeof *key);
    if (!key)
        return -1;
    size_t len = 0;
    for (size_t k = 0; k < nlimbs; k++) {
        uint64_t limb = tpy_int_is_word(n) ? (uint64_t)i->value : (uint64_t)i->limbs[k];
        key[len++] = (uint32_t)limb;
        key[len++] = (uint32_t)(limb >> 32);
    }
    while (len > 1 && key[len - 1] == 0)
        len--;
    init_by_array(r, key, len);
    tpy_vm_free(vm, key);
    return 0;
}

static int seed(tpy_vm *vm, tpy_random *r, tpy_object *arg)
{
    if (!arg || arg == TPY_NONE)
        return seed_from_os(vm, r);
    tpy_object *n;
    if (tpy_int_check(arg)) {
        n = tpy_abs(vm, arg);
    } else {
        tpy_hash_t h = tpy_hash(vm, arg);
        if (h == -1 && tpy_err_occurred(vm))
            return -1;
        /* the hash as an unsigned word, as CPython's (size_t) cast */
        unsigned char le[8];
        uint64_t u = (uint64_t)h;
        memcpy(le, &u, 8);
        n = tpy_native_get(vm, 'Q', le);
    }
    if (!n)
        return -1;
    int rc = seed_from_int(vm, r, n);
    tpy_decref(vm, n);
    return rc;
}

/* ---- methods -------------------------------------------------------------------------------------- */

METHOD(r_seed)
{
    if (tpy_arg_nokw(vm, "seed", kwnames) < 0 || tpy_arg_count(vm, "seed", nargs, 0, 1) < 0 ||
        seed(vm, R(self), nargs ? args[0] : NULL) < 0)
        return NULL;
    return tpy_newref(TPY_NONE);
}

METHOD(r_random)
{
    (void)args;
    if (tpy_arg_none(vm, "random", nargs, kwnames) < 0)
        return NULL;
    uint32_t a = genrand(R(self)) >> 5, b = genrand(R(self)) >> 6;
    return tpy_float_from_double(vm, (a * 67108864.0 + b) * (1.0 / 9007199254740992.0));
}

/* An int from little-endian 32-bit words. */
static tpy_object *int_from_words(tpy_vm *vm, const uint32_t *w, size_t n)
{
    if (n <= 2) {
        uint64_t v = w[0] | (n == 2 ? (uint64_t)w[1] << 32 : 0);
        unsigned char le[8];
        memcpy(le, &v, 8);
        return tpy_native_get(vm, 'Q', le);
    }
    tpy_obj_heap *prev = tpy_gmp_enter(vm);
    mpz_t z;
    mpz_init(z);
    mpz_import(z, n, -1, sizeof w[0], 0, 0, w);
    tpy_object *r = tpy_int_from_mpz(vm, z);
    mpz_clear(z);
    tpy_gmp_leave(prev);
    return r;
}

METHOD(r_getrandbits)
{
    if (tpy_arg_nokw(vm, "getrandbits", kwnames) < 0 ||
        tpy_arg_count(vm, "getrandbits", nargs, 1, 1) < 0)
        return NULL;
    intptr_t k = tpy_index_ssize(vm, args[0], &tpy_exc_OverflowError);
    if (k == -1 && tpy_err_occurred(vm))
        return NULL;
    if (k < 0)
        return tpy_err_format(vm, &tpy_exc_ValueError, "number of bits must be non-negative");
    if (k == 0)
        return tpy_int_from_i64(vm, 0);
    if (k <= 32)
        return tpy_int_from_i64(vm, genrand(R(self)) >> (32 - k));
    size_t n = (size_t)(k - 1) / 32 + 1;
    uint32_t *w = tpy_vm_malloc(vm, n * sizeof *w);
    if (!w)
        return NULL;
    for (size_t i = 0; i < n; i++, k -= 32) {
        uint32_t x = genrand(R(self));
        w[i] = k < 32 ? x >> (32 - k) : x;
    }
    tpy_object *r = int_from_words(vm, w, n);
    tpy_vm_free(vm, w);
    return r;
}

METHOD(r_getstate)
{
    (void)args;
    if (tpy_arg_none(vm, "getstate", nargs, kwnames) < 0)
        return NULL;
    tpy_object *t = tpy_tuple_new(vm, N + 1);
    for (int i = 0; t && i <= N; i++) {
        tpy_object *v = tpy_int_from_i64(vm, i < N ? (int64_t)R(self)->mt[i] : (int64_t)R(self)->index);
        if (!v)
            TPY_CLEAR(vm, t);
        else
            ((tpy_tuple *)t)->items[i] = v;
    }
    return t;
}

METHOD(r_setstate)
{
    if (tpy_arg_nokw(vm, "setstate", kwnames) < 0 || tpy_arg_count(vm, "setstate", nargs, 1, 1) < 0)
        return NULL;
    tpy_object *st = args[0];
    if (!tpy_tuple_check(st))
        return tpy_err_format(vm, &tpy_exc_TypeError, "state vector must be a tuple");
    if (tpy_tuple_len(st) != N + 1)
        return tpy_err_format(vm, &tpy_exc_ValueError, "state vector is the wrong size");
    uint32_t mt[N];
    int64_t v;
    for (int i = 0; i <= N; i++) {
        tpy_object *x = tpy_tuple_get(st, i);
        if (!tpy_int_check(x))
            return tpy_err_format(vm, &tpy_exc_TypeError, "an integer is required (got type %s)",
                                  tpy_type_of(x)->name);
        if (tpy_int_to_i64(vm, x, &v) < 0)
            return NULL;
        if (i < N)
            mt[i] = (uint32_t)v;
    }
    if (v < 0 || v > N)
        return tpy_err_format(vm, &tpy_exc_ValueError, "invalid state");
    memcpy(R(self)->mt, mt, sizeof mt);
    R(self)->index = (int)v;
    return tpy_newref(TPY_NONE);
}

static tpy_object *random_new(tpy_vm *vm, tpy_type *t, tpy_object *const *args, size_t nargs,
                              tpy_object *kwnames)
{
    if (t == &tpy_random_type && kwnames && tpy_tuple_len(kwnames))
        return tpy_err_format(vm, &tpy_exc_TypeError, "Random() takes no keyword arguments");
    if (nargs > 1)
        return tpy_err_format(vm, &tpy_exc_TypeError, "Random() requires 0 or 1 argument");
    tpy_object *o = tpy_alloc(vm, t);
    if (o && seed(vm, R(o), nargs ? args[0] : NULL) < 0)
        TPY_CLEAR(vm, o);
    return o;
}

static const tpy_method_def random_methods[] = {
    {"seed", r_seed, 0, NULL}, {"random", r_random, 0, NULL},
    {"getrandbits", r_getrandbits, 0, NULL}, {"getstate", r_getstate, 0, NULL},
    {"setstate", r_setstate, 0, NULL},
    {NULL, NULL, 0, NULL},
};

tpy_type tpy_random_type = {
    .ob = TPY_STATIC_HEAD(tpy_type_type),
    .layout = {.name = "_random.Random", .basic_size = sizeof(tpy_random)},
    .name = "_random.Random",
    .flags = TPY_TF_BASETYPE,
    .new_ = random_new,
    .methods = random_methods,
};

/* _random._sha512(data): the SHA-512 digest random.seed uses for str and
 * bytes seeds (CPython takes it from hashlib). */
static tpy_object *m_sha512(tpy_vm *vm, tpy_object *self, tpy_object *const *args, size_t nargs,
                            tpy_object *kwnames)
{
    (void)self;
    tpy_bufview v;
    if (tpy_arg_one(vm, "_sha512", nargs, kwnames) < 0)
        return NULL;
    int got = tpy_get_buffer(vm, args[0], &v);
    if (got <= 0)
        return got < 0 ? NULL
                       : tpy_err_format(vm, &tpy_exc_TypeError,
                                        "object supporting the buffer API required");
    unsigned char digest[64];
    tpy_sha512(v.data, (size_t)v.len, digest);
    return tpy_bytes_from(vm, digest, sizeof digest);
}

static const tpy_method_def random_functions[] = {
    {"_sha512", m_sha512, 0, NULL},
    {NULL, NULL, 0, NULL},
};

tpy_object *tpy__random_module_new(tpy_vm *vm)
{
    tpy_object *m = tpy_module_new(vm, "_random");
    if (!m)
        return NULL;
    if (tpy_module_add_functions(vm, m, random_functions) < 0 ||
        tpy_dict_set_c(vm, tpy_module_dict(m), "Random", &tpy_random_type.ob) < 0)
        TPY_CLEAR(vm, m);
    return m;
}
