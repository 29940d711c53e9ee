/* vm/types/dict.c: the dict type's table: CPython's compact, ordered
 * layout (methods and views: dict_methods.c, dict_views.c).
 *
 *   tpy_dict ─► keys block (tpy_obj_heap_malloc):
 *               [log2_size|ixbytes|usable|nentries]
 *               [indices: 2^log2_size slots of 1/2/4/8 bytes]   EMPTY -1, DUMMY -2, else entry #
 *               [entries: hash|key|value, in insertion order]
 *
 * A lookup probes the small index table (CPython's perturbed probing:
 * i = 5*i + perturb + 1, perturb >>= 5) and lands in the dense entries,
 * which iteration walks in insertion order. A deletion leaves a DUMMY index
 * and an entry with key NULL; both disappear at the next resize. */
#include <string.h>

#include "abstract.h"
#include "buf.h"
#include "error.h"
#include "gc.h"
#include "refcount.h"
#include "types.h"
#include "vm.h"

#define D(o) ((tpy_dict *)(o))
#define IX_EMPTY (-1)
#define IX_DUMMY (-2)
#define MIN_LOG2 3
#define PERTURB_SHIFT 5

/* Every mutation gives the dict a version no other dict of the VM has had,
 * so that an inline cache guarded by a version alone also proves which
 * dict it saw (the eval loop's global caches rely on it). */
static inline void dict_changed(tpy_vm *vm, tpy_dict *d)
{
    d->version = ++vm->dict_versions;
}

/* A key joined or left `k` (types.h: kversion). */
static inline void keys_changed(tpy_vm *vm, tpy_dict_keys *k)
{
    k->kversion = vm->dict_keys_versions == UINT32_MAX ? 0 : ++vm->dict_keys_versions;
}

/* struct tpy_dict_keys: types.h (the collector walks the entries inline). */

static size_t keys_size(const tpy_dict_keys *k)
{
    return (size_t)1 << k->log2_size;
}

static intptr_t usable_fraction(size_t size)
{
    return (intptr_t)((size << 1) / 3);
}

static tpy_dict_entry *entries(tpy_dict_keys *k)
{
    return (tpy_dict_entry *)(k->indices + (keys_size(k) * k->ixbytes));
}

static inline intptr_t get_index(const tpy_dict_keys *k, size_t i)
{
    switch (k->ixbytes) {
    case 1: return ((const int8_t *)k->indices)[i];
    case 2: return ((const int16_t *)k->indices)[i];
    case 4: return ((const int32_t *)k->indices)[i];
    default: return (intptr_t)((const int64_t *)k->indices)[i];
    }
}

static inline void set_index(tpy_dict_keys *k, size_t i, intptr_t ix)
{
    switch (k->ixbytes) {
    case 1: ((int8_t *)k->indices)[i] = (int8_t)ix; break;
    case 2: ((int16_t *)k->indices)[i] = (int16_t)ix; break;
    case 4: ((int32_t *)k->indices)[i] = (int32_t)ix; break;
    default: ((int64_t *)k->indices)[i] = ix; break;
    }
}

static tpy_dict_keys *keys_new(tpy_vm *vm, unsigned log2)
{
    size_t size = (size_t)1 << log2;
    unsigned ixbytes = log2 < 8 ? 1 : log2 < 16 ? 2 : log2 < 32 ? 4 : 8;
    intptr_t usable = usable_fraction(size);
    tpy_dict_keys *k = tpy_vm_malloc(vm, sizeof *k + size * ixbytes
                                             + (size_t)usable * sizeof(tpy_dict_entry));
    if (!k)
        return NULL;
    k->log2_size = (uint8_t)log2;
    k->ixbytes = (uint8_t)ixbytes;
    k->usable = usable;
    k->nentries = 0;
    keys_changed(vm, k);
    memset(k->indices, 0xff, size * ixbytes);   /* every slot IX_EMPTY */
    return k;
}

/* The index slot where entry `ix` of hash `h` goes (an EMPTY one). */
static size_t find_empty_slot(tpy_dict_keys *k, tpy_hash_t h)
{
    size_t mask = keys_size(k) - 1, i = (size_t)h & mask, perturb = (size_t)h;
    while (get_index(k, i) != IX_EMPTY) {
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + perturb + 1) & mask;
    }
    return i;
}

/* Rebuild into the smallest table whose usable part holds `minsize`. */
static int dict_resize(tpy_vm *vm, tpy_dict *d, intptr_t minsize)
{
    unsigned log2 = MIN_LOG2;
    while (((size_t)1 << log2) < (size_t)minsize)   /* CPython: size >= 3 * used */
        log2++;
    tpy_dict_keys *nk = keys_new(vm, log2);
    if (!nk)
        return -1;
    tpy_dict_keys *ok = d->keys;
    if (ok) {
        tpy_dict_entry *src = entries(ok), *dst = entries(nk);
        intptr_t n = 0;
        for (intptr_t i = 0; i < ok->nentries; i++)
            if (src[i].key) {
                dst[n] = src[i];
                set_index(nk, find_empty_slot(nk, src[i].hash), n);
                n++;
            }
        nk->nentries = n;
        nk->usable -= n;
        tpy_vm_free(vm, ok);
    }
    d->keys = nk;
    return 0;
}

/* ---- lookup ------------------------------------------------------------------------------------- */

/* Find `key`: the entry index (>= 0), IX_EMPTY if absent, or -3 on error.
 * *slot receives the index-table position. Comparing keys may run code
 * that changes the dict; the lookup then starts again (as CPython). */
static __attribute__((noinline))
intptr_t lookup_probe(tpy_vm *vm, tpy_dict *d, tpy_object *key, tpy_hash_t h, size_t *slot)
{
restart:;
    tpy_dict_keys *k = d->keys;
    if (!k)
        return IX_EMPTY;
    size_t mask = keys_size(k) - 1, i = (size_t)h & mask, perturb = (size_t)h;
    bool str_key = tpy_type_of(key) == &tpy_str_type;
    for (;;) {
        intptr_t ix = get_index(k, i);
        if (ix == IX_EMPTY) {
            *slot = i;
            return IX_EMPTY;
        }
        if (ix >= 0) {
            tpy_dict_entry *e = &entries(k)[ix];
            if (e->key == key) {
                *slot = i;
                return ix;
            }
            if (e->hash == h) {
                tpy_object *start = e->key;
                int eq;
                if (str_key && tpy_type_of(start) == &tpy_str_type) {
                    eq = tpy_str_equal(start, key);
                } else if (tpy_type_of(key) == &tpy_int_type && tpy_type_of(start) == &tpy_int_type
                           && tpy_int_is_word(key) && tpy_int_is_word(start)) {
                    /* two word ints: equal values, no call */
                    eq = ((const tpy_int *)start)->value == ((const tpy_int *)key)->value;
                } else {
                    tpy_incref(start);
                    eq = tpy_richcompare_bool(vm, start, key, TPY_EQ);
                    tpy_decref(vm, start);
                    if (eq < 0)
                        return -3;
                    if (d->keys != k || e->key != start)
                        goto restart;
                }
                if (eq) {
                    *slot = i;
                    return ix;
                }
            }
        }
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + perturb + 1) & mask;
    }
}

/* lookup_probe() with its commonest outcomes inline: the first probe finds
 * an empty slot, the key itself, or an equal word int (no code can run, so
 * the answer is the one the full probe gives). Anything else: the full one. */
static inline __attribute__((always_inline))
intptr_t lookup(tpy_vm *vm, tpy_dict *d, tpy_object *key, tpy_hash_t h, size_t *slot)
{
    tpy_dict_keys *k = d->keys;
    if (__builtin_expect(k != NULL, 1)) {
        size_t i = (size_t)h & (keys_size(k) - 1);
        intptr_t ix = get_index(k, i);
        if (ix == IX_EMPTY) {
            *slot = i;
            return IX_EMPTY;
        }
        if (ix >= 0) {
            const tpy_dict_entry *e = &entries(k)[ix];
            const tpy_object *start = e->key;
            if (start == key
                || (e->hash == h && tpy_type_of(key) == &tpy_int_type
                    && tpy_type_of(start) == &tpy_int_type && tpy_int_is_word(key)
                    && tpy_int_is_word(start)
                    && ((const tpy_int *)start)->value == ((const tpy_int *)key)->value)) {
                *slot = i;
                return ix;
            }
        }
    }
    return lookup_probe(vm, d, key, h, slot);
}

tpy_object *tpy_dict_get_str(tpy_vm *vm, tpy_object *d, tpy_object *key)
{
    size_t slot;
    intptr_t ix = lookup(vm, D(d), key, tpy_str_hash(vm, key), &slot);
    return ix >= 0 ? entries(D(d)->keys)[ix].value : NULL;
}

intptr_t tpy_dict_index_str(tpy_vm *vm, tpy_object *d, tpy_object *key)
{
    size_t slot;
    intptr_t ix = lookup(vm, D(d), key, tpy_str_hash(vm, key), &slot);
    return ix >= 0 ? ix : -1;
}

int tpy_dict_get_ref(tpy_vm *vm, tpy_object *d, tpy_object *key, tpy_object **value)
{
    *value = NULL;
    tpy_hash_t h = tpy_hash(vm, key);
    if (h == -1)
        return -1;
    size_t slot;
    intptr_t ix = lookup(vm, D(d), key, h, &slot);
    if (ix == -3)
        return -1;
    if (ix >= 0)
        *value = entries(D(d)->keys)[ix].value;
    return ix >= 0;
}

/* ---- insert and delete -------------------------------------------------------------------------------- */

/* Lazy tracking (vm/gc/untrack.c): an untracked dict joins the
 * collector's lists once it holds something that may be tracked. The
 * type-flag test first keeps the common store of an int or str cheap. */
static inline void maintain_tracking(tpy_vm *vm, tpy_object *d, tpy_object *key,
                                     tpy_object *value)
{
    if (((key->type->flags | value->type->flags) & TPY_OBJ_CONTAINER) && !tpy_gc_is_tracked(d) &&
        (tpy_gc_may_be_tracked(key) || tpy_gc_may_be_tracked(value)))
        tpy_gc_track(vm, d);
}

/* Set d[key] = value with the hash known; takes new references. */
int tpy_dict_set_hashed(tpy_vm *vm, tpy_object *dict, tpy_object *key, tpy_hash_t h,
                        tpy_object *value);
int tpy_dict_set_hashed(tpy_vm *vm, tpy_object *dict, tpy_object *key, tpy_hash_t h,
                        tpy_object *value)
{
    tpy_dict *d = D(dict);
    size_t slot;
    intptr_t ix = lookup(vm, d, key, h, &slot);
    if (ix == -3)
        return -1;
    if (ix >= 0) {
        tpy_dict_entry *e = &entries(d->keys)[ix];
        tpy_object *old = e->value;
        e->value = tpy_newref(value);
        dict_changed(vm, d);
        maintain_tracking(vm, dict, key, value);
        tpy_decref(vm, old);
        return 0;
    }
    if ((!d->keys || d->keys->usable <= 0) && dict_resize(vm, d, d->used * 3) < 0)
        return -1;
    tpy_dict_keys *k = d->keys;
    intptr_t n = k->nentries;
    tpy_dict_entry *e = &entries(k)[n];
    e->hash = h;
    e->key = tpy_newref(key);
    e->value = tpy_newref(value);
    set_index(k, find_empty_slot(k, h), n);
    k->nentries = n + 1;
    k->usable--;
    d->used++;
    keys_changed(vm, k);
    dict_changed(vm, d);
    maintain_tracking(vm, dict, key, value);
    return 0;
}

int tpy_dict_set(tpy_vm *vm, tpy_object *d, tpy_object *key, tpy_object *value)
{
    tpy_hash_t h = tpy_hash(vm, key);
    return h == -1 ? -1 : tpy_dict_set_hashed(vm, d, key, h, value);
}

int tpy_dict_set_c(tpy_vm *vm, tpy_object *d, const char *key, tpy_object *value)
{
    tpy_object *k = tpy_str_intern_c(vm, key);
    if (!k)
        return -1;
    int r = tpy_dict_set(vm, d, k, value);
    tpy_decref(vm, k);
    return r;
}

/* Remove entry `ix` found at index slot `slot`; the caller owns key and value now. */
static void remove_entry(tpy_vm *vm, tpy_dict *d, size_t slot, intptr_t ix, tpy_object **key, tpy_object **value)
{
    tpy_dict_entry *e = &entries(d->keys)[ix];
    set_index(d->keys, slot, IX_DUMMY);
    *key = e->key;
    *value = e->value;
    e->key = NULL;
    e->value = NULL;
    d->used--;
    keys_changed(vm, d->keys);
    dict_changed(vm, d);
}

/* Pop d[key]: 1 with *value (owned), 0 absent, -1 error. */
int tpy_dict_pop_item(tpy_vm *vm, tpy_object *dict, tpy_object *key, tpy_object **value);
int tpy_dict_pop_item(tpy_vm *vm, tpy_object *dict, tpy_object *key, tpy_object **value)
{
    tpy_hash_t h = tpy_hash(vm, key);
    if (h == -1)
        return -1;
    size_t slot;
    intptr_t ix = lookup(vm, D(dict), key, h, &slot);
    if (ix < 0)
        return ix == -3 ? -1 : 0;
    tpy_object *k;
    remove_entry(vm, D(dict), slot, ix, &k, value);
    tpy_decref(vm, k);
    return 1;
}

int tpy_dict_del(tpy_vm *vm, tpy_object *d, tpy_object *key)
{
    tpy_object *v;
    int r = tpy_dict_pop_item(vm, d, key, &v);
    if (r == 0)
        tpy_err_set_object(vm, &tpy_exc_KeyError, key);
    if (r <= 0)
        return -1;
    tpy_decref(vm, v);
    return 0;
}

/* Remove and return the last entry (popitem): 0 when empty. */
int tpy_dict_pop_last(tpy_vm *vm, tpy_object *dict, tpy_object **key, tpy_object **value);
int tpy_dict_pop_last(tpy_vm *vm, tpy_object *dict, tpy_object **key, tpy_object **value)
{
    (void)vm;
    tpy_dict *d = D(dict);
    if (d->used == 0)
        return 0;
    tpy_dict_keys *k = d->keys;
    intptr_t ix = k->nentries - 1;
    while (!entries(k)[ix].key)
        ix--;
    tpy_dict_entry *e = &entries(k)[ix];
    size_t mask = keys_size(k) - 1, i = (size_t)e->hash & mask, perturb = (size_t)e->hash;
    while (get_index(k, i) != ix) {
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + perturb + 1) & mask;
    }
    remove_entry(vm, d, i, ix, key, value);
    k->nentries = ix;   /* the tail entries are all deleted: reuse them */
    k->usable = usable_fraction(keys_size(k)) - ix;
    return 1;
}

void tpy_dict_clear(tpy_vm *vm, tpy_object *dict);
void tpy_dict_clear(tpy_vm *vm, tpy_object *dict)
{
    tpy_dict *d = D(dict);
    tpy_dict_keys *k = d->keys;
    d->keys = NULL;
    d->used = 0;
    dict_changed(vm, d);
    if (!k)
        return;
    for (intptr_t i = 0; i < k->nentries; i++) {
        tpy_xdecref(vm, entries(k)[i].key);
        tpy_xdecref(vm, entries(k)[i].value);
    }
    tpy_vm_free(vm, k);
}

int tpy_dict_next(tpy_object *dict, intptr_t *pos, tpy_object **key, tpy_object **value)
{
    tpy_dict_keys *k = D(dict)->keys;
    if (!k)
        return 0;
    for (intptr_t i = *pos; i < k->nentries; i++)
        if (entries(k)[i].key) {
            *pos = i + 1;
            if (key)
                *key = entries(k)[i].key;
            if (value)
                *value = entries(k)[i].value;
            return 1;
        }
    *pos = k->nentries;
    return 0;
}

/* ---- object ------------------------------------------------------------------------------------------------ */

tpy_object *tpy_dict_new(tpy_vm *vm)
{
    tpy_dict *d = (tpy_dict *)tpy_alloc(vm, &tpy_dict_type);
    if (!d)
        return NULL;
    d->used = 0;
    dict_changed(vm, d);
    d->keys = NULL;
    tpy_gc_untrack((tpy_object *)d);   /* born untracked: nothing in it can form a cycle */
    return (tpy_object *)d;
}

static int dict_traverse(tpy_object *o, tpy_obj_visit_fn visit, void *arg)
{
    tpy_dict_keys *k = D(o)->keys;
    for (intptr_t i = 0; k && i < k->nentries; i++) {
        tpy_dict_entry *e = &entries(k)[i];
        int r = e->key ? visit(e->key, arg) : 0;
        if (!r && e->value)
            r = visit(e->value, arg);
        if (r)
            return r;
    }
    return 0;
}

static void dict_clear_hook(tpy_obj_heap *heap, tpy_object *o)
{
    tpy_dict *d = D(o);
    tpy_dict_keys *k = d->keys;
    d->keys = NULL;
    d->used = 0;
    for (intptr_t i = 0; k && i < k->nentries; i++) {
        tpy_xdecref_heap(heap, entries(k)[i].key);
        tpy_xdecref_heap(heap, entries(k)[i].value);
    }
    tpy_obj_heap_free(heap, k);
}

static void dict_destroy(tpy_obj_heap *heap, tpy_object *o)
{
    dict_clear_hook(heap, o);
    tpy_obj_free(heap, o);
}

static tpy_object *dict_repr(tpy_vm *vm, tpy_object *o)
{
    if (D(o)->used == 0)
        return tpy_str_from_cstr(vm, "{}");
    int guard = tpy_repr_enter(vm, o);
    if (guard != 0)
        return guard < 0 ? NULL : tpy_str_from_cstr(vm, "{...}");
    tpy_buf b;
    tpy_buf_init(&b, vm);
    int r = tpy_buf_putc(&b, '{');
    intptr_t pos = 0;
    tpy_object *k, *v;
    bool first = true;
    while (r == 0 && tpy_dict_next(o, &pos, &k, &v)) {
        tpy_incref(k);
        tpy_incref(v);
        if (!first)
            r = tpy_buf_puts(&b, ", ");
        first = false;
        if (r == 0)
            r = tpy_buf_put_repr(&b, k);
        if (r == 0)
            r = tpy_buf_puts(&b, ": ");
        if (r == 0)
            r = tpy_buf_put_repr(&b, v);
        tpy_decref(vm, k);
        tpy_decref(vm, v);
    }
    if (r == 0)
        r = tpy_buf_putc(&b, '}');
    tpy_repr_leave(vm, o);
    if (r < 0) {
        tpy_buf_free(&b);
        return NULL;
    }
    return tpy_buf_finish(&b);
}

/* d1 == d2: same length and every key of d1 maps to an equal value in d2. */
static int dict_equal(tpy_vm *vm, tpy_object *a, tpy_object *b)
{
    if (D(a)->used != D(b)->used)
        return 0;
    intptr_t pos = 0;
    tpy_object *k, *v;
    while (tpy_dict_next(a, &pos, &k, &v)) {
        tpy_incref(k);
        tpy_incref(v);
        tpy_object *w;
        int r = tpy_dict_get_ref(vm, b, k, &w);
        if (r > 0) {
            tpy_incref(w);
            r = tpy_richcompare_bool(vm, v, w, TPY_EQ);
            tpy_decref(vm, w);
        }
        tpy_decref(vm, k);
        tpy_decref(vm, v);
        if (r <= 0)
            return r;
    }
    return 1;
}

static tpy_object *dict_richcompare(tpy_vm *vm, tpy_object *a, tpy_object *b, enum tpy_cmp op)
{
    if (!tpy_dict_check(b) || (op != TPY_EQ && op != TPY_NE))
        return TPY_NOT_IMPLEMENTED;
    int eq = dict_equal(vm, a, b);
    return eq < 0 ? NULL : tpy_bool((op == TPY_EQ) == (eq == 1));
}

/* ---- mapping protocol ------------------------------------------------------------------------------------------ */

static intptr_t dict_len(tpy_vm *vm, tpy_object *o)
{
    (void)vm;
    return D(o)->used;
}

static tpy_object *dict_getitem(tpy_vm *vm, tpy_object *o, tpy_object *key)
{
    tpy_object *v;
    int r = tpy_dict_get_ref(vm, o, key, &v);
    if (r == 0)
        tpy_err_set_object(vm, &tpy_exc_KeyError, key);
    return r > 0 ? tpy_newref(v) : NULL;
}

static int dict_setitem(tpy_vm *vm, tpy_object *o, tpy_object *key, tpy_object *value)
{
    return value ? tpy_dict_set(vm, o, key, value) : tpy_dict_del(vm, o, key);
}

static int dict_contains(tpy_vm *vm, tpy_object *o, tpy_object *key)
{
    tpy_object *v;
    return tpy_dict_get_ref(vm, o, key, &v);
}

tpy_object *tpy_dict_copy(tpy_vm *vm, tpy_object *d)
{
    tpy_object *r = tpy_dict_new(vm);
    if (r && tpy_dict_update(vm, r, d) < 0) {
        tpy_decref(vm, r);
        return NULL;
    }
    return r;
}

static tpy_object *dict_or(tpy_vm *vm, tpy_object *a, tpy_object *b)
{
    if (!tpy_dict_check(a) || !tpy_dict_check(b))
        return TPY_NOT_IMPLEMENTED;
    tpy_object *r = tpy_dict_copy(vm, a);
    if (r && tpy_dict_update(vm, r, b) < 0) {
        tpy_decref(vm, r);
        return NULL;
    }
    return r;
}

static tpy_object *dict_ior(tpy_vm *vm, tpy_object *a, tpy_object *b)
{
    if (tpy_dict_update(vm, a, b) < 0)
        return NULL;
    return tpy_newref(a);
}

static const tpy_number_slots dict_number = {
    .binary = {[TPY_OP_OR] = dict_or},
    .inplace = {[TPY_OP_OR] = dict_ior},
};

static const tpy_container_slots dict_container = {
    .len = dict_len, .getitem = dict_getitem, .setitem = dict_setitem,
    .contains = dict_contains,
};

extern const tpy_method_def tpy_dict_methods[];
tpy_object *tpy_dict_iter(tpy_vm *vm, tpy_object *o);
tpy_object *tpy_dict_new_(tpy_vm *vm, tpy_type *t, tpy_object *const *args, size_t nargs,
                          tpy_object *kwnames);
int tpy_dict_init(tpy_vm *vm, tpy_object *self, tpy_object *const *args, size_t nargs,
                  tpy_object *kwnames);

tpy_type tpy_dict_type = {
    .ob = TPY_STATIC_HEAD(tpy_type_type),
    .layout = {.name = "dict", .basic_size = sizeof(tpy_dict), .flags = TPY_OBJ_CONTAINER,
               .freelist_cap = TPY_OBJ_FREELIST_DICT, .destroy = dict_destroy,
               .traverse = dict_traverse, .clear = dict_clear_hook},
    .name = "dict",
    .flags = TPY_TF_BASETYPE | TPY_TF_IMMUTABLE | TPY_TF_DICT_SUBCLASS,
    .repr = dict_repr,
    .hash = tpy_hash_unhashable,
    .richcompare = dict_richcompare,
    .iter = tpy_dict_iter,
    .new_ = tpy_dict_new_,
    .init = tpy_dict_init,
    .number = &dict_number,
    .container = &dict_container,
    .methods = tpy_dict_methods,
};
