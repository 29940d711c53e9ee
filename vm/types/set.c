/* vm/types/set.c: set and frozenset tables, CPython's design: open
 * addressing over (key, hash) entries, each probe scanning up to 9
 * neighbouring slots before a perturbed jump, so that sets of small ints
 * iterate in the order CPython prints them. Tables of 8 entries live inside
 * the object (smalltable); larger ones come from the VM's heap. A table is
 * refilled when fill*5 >= mask*3 (active + dummy entries), to 4x the active
 * count (2x above 50000). Operations: set_ops.c. */
#include <string.h>

#include "abstract.h"
#include "buf.h"
#include "error.h"
#include "refcount.h"
#include "types.h"
#include "vm.h"

#define SET(o) ((tpy_set *)(o))
#define LINEAR_PROBES 9
#define PERTURB_SHIFT 5

/* The marker of a deleted entry (its hash is -1). Never compared. */
static tpy_object set_dummy = TPY_STATIC_HEAD(tpy_none_type);
#define DUMMY (&set_dummy)

tpy_object *tpy_set_make(tpy_vm *vm, tpy_type *type);
tpy_object *tpy_set_make(tpy_vm *vm, tpy_type *type)
{
    tpy_set *s = (tpy_set *)tpy_alloc(vm, type);   /* container: zeroed */
    if (!s)
        return NULL;
    s->mask = TPY_SET_SMALL - 1;
    s->table = s->smalltable;
    s->hash = -1;
    return (tpy_object *)s;
}

/* Place an entry known to be absent into a table with no dummies. */
static void insert_clean(tpy_set_entry *table, size_t mask, tpy_object *key, tpy_hash_t hash)
{
    size_t perturb = (size_t)hash, i = (size_t)hash & mask;
    tpy_set_entry *e;
    for (;;) {
        e = &table[i];
        if (!e->key)
            goto found;
        if (i + LINEAR_PROBES <= mask)
            for (int j = 0; j < LINEAR_PROBES; j++) {
                e++;
                if (!e->key)
                    goto found;
            }
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & mask;
    }
found:
    e->key = key;
    e->hash = hash;
}

static int set_table_resize(tpy_vm *vm, tpy_set *s, intptr_t minused)
{
    size_t newsize = TPY_SET_SMALL;
    while (newsize <= (size_t)minused)
        newsize <<= 1;
    tpy_set_entry *old = s->table;
    size_t oldsize = (size_t)s->mask + 1;
    tpy_set_entry small_copy[TPY_SET_SMALL];
    if (old == s->smalltable) {
        memcpy(small_copy, old, sizeof small_copy);
        old = small_copy;
    }
    tpy_set_entry *table = newsize == TPY_SET_SMALL
                               ? s->smalltable
                               : tpy_obj_heap_calloc(vm->heap, newsize, sizeof *table);
    if (!table) {
        tpy_err_no_memory(vm);
        return -1;
    }
    if (table == s->smalltable)
        memset(table, 0, sizeof s->smalltable);
    for (size_t i = 0; i < oldsize; i++)
        if (old[i].key && old[i].key != DUMMY)
            insert_clean(table, newsize - 1, old[i].key, old[i].hash);
    if (old != small_copy)
        tpy_vm_free(vm, old);
    s->table = table;
    s->mask = (intptr_t)newsize - 1;
    s->fill = s->used;
    return 0;
}

/* Compare an entry's key with `key` (same hash): 1, 0, -1 error, 2 restart. */
static int entry_matches(tpy_vm *vm, tpy_set *s, tpy_set_entry *e, tpy_object *key)
{
    tpy_object *start = e->key;
    if (start == key)
        return 1;
    if (tpy_type_of(start) == &tpy_str_type && tpy_type_of(key) == &tpy_str_type)
        return tpy_str_equal(start, key);
    tpy_set_entry *table = s->table;
    tpy_incref(start);
    int eq = tpy_richcompare_bool(vm, start, key, TPY_EQ);
    tpy_decref(vm, start);
    if (eq < 0)
        return -1;
    if (table != s->table || e->key != start)
        return 2;
    return eq;
}

/* The entry holding `key`, or the first never-used slot with *found 0. */
static tpy_set_entry *set_lookup(tpy_vm *vm, tpy_set *s, tpy_object *key, tpy_hash_t hash,
                                 int *found)
{
restart:;
    size_t mask = (size_t)s->mask, perturb = (size_t)hash, i = (size_t)hash & mask;
    for (;;) {
        tpy_set_entry *e = &s->table[i];
        int probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
        do {
            if (!e->key) {
                *found = 0;
                return e;
            }
            if (e->hash == hash && e->key != DUMMY) {
                int m = entry_matches(vm, s, e, key);
                if (m == 2)
                    goto restart;
                if (m) {
                    *found = m;
                    return m < 0 ? NULL : e;
                }
            }
            e++;
        } while (probes--);
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & mask;
    }
}

/* CPython's set_add_entry: the first dummy on the probe path is reused. */
static int set_add_entry(tpy_vm *vm, tpy_set *s, tpy_object *key, tpy_hash_t hash)
{
restart:;
    size_t mask = (size_t)s->mask, perturb = (size_t)hash, i = (size_t)hash & mask;
    tpy_set_entry *freeslot = NULL;
    for (;;) {
        tpy_set_entry *e = &s->table[i];
        int probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
        do {
            if (!e->key) {
                if (freeslot) {
                    freeslot->key = tpy_newref(key);
                    freeslot->hash = hash;
                    s->used++;
                    return 0;
                }
                e->key = tpy_newref(key);
                e->hash = hash;
                s->fill++;
                s->used++;
                if ((size_t)s->fill * 5 < mask * 3)
                    return 0;
                return set_table_resize(vm, s, s->used > 50000 ? s->used * 2 : s->used * 4);
            }
            if (e->key == DUMMY) {
                if (!freeslot)
                    freeslot = e;
            } else if (e->hash == hash) {
                int m = entry_matches(vm, s, e, key);
                if (m == 2)
                    goto restart;
                if (m)
                    return m < 0 ? -1 : 0;
            }
            e++;
        } while (probes--);
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & mask;
    }
}

int tpy_set_add(tpy_vm *vm, tpy_object *set, tpy_object *key)
{
    tpy_hash_t h = tpy_hash(vm, key);
    return h == -1 ? -1 : set_add_entry(vm, SET(set), key, h);
}

int tpy_set_contains(tpy_vm *vm, tpy_object *set, tpy_object *key)
{
    tpy_hash_t h = tpy_hash(vm, key);
    if (h == -1)
        return -1;
    int found;
    return set_lookup(vm, SET(set), key, h, &found) ? found : -1;
}

int tpy_set_discard(tpy_vm *vm, tpy_object *set, tpy_object *key)
{
    tpy_hash_t h = tpy_hash(vm, key);
    if (h == -1)
        return -1;
    int found;
    tpy_set_entry *e = set_lookup(vm, SET(set), key, h, &found);
    if (!e)
        return -1;
    if (!found)
        return 0;
    tpy_object *old = e->key;
    e->key = DUMMY;
    e->hash = -1;
    SET(set)->used--;
    tpy_decref(vm, old);
    return 1;
}

int tpy_set_next(tpy_object *set, intptr_t *pos, tpy_object **key)
{
    tpy_set *s = SET(set);
    for (intptr_t i = *pos; i <= s->mask; i++)
        if (s->table[i].key && s->table[i].key != DUMMY) {
            *pos = i + 1;
            *key = s->table[i].key;
            return 1;
        }
    *pos = s->mask + 1;
    return 0;
}

/* pop(): CPython's finger walk from where the last pop stopped. */
tpy_object *tpy_set_pop(tpy_vm *vm, tpy_object *set);
tpy_object *tpy_set_pop(tpy_vm *vm, tpy_object *set)
{
    tpy_set *s = SET(set);
    if (s->used == 0)
        return tpy_err_set(vm, &tpy_exc_KeyError, "pop from an empty set"), NULL;
    tpy_set_entry *e = s->table + (s->finger & s->mask);
    while (!e->key || e->key == DUMMY) {
        e++;
        if (e > s->table + s->mask)
            e = s->table;
    }
    tpy_object *key = e->key;
    e->key = DUMMY;
    e->hash = -1;
    s->used--;
    s->finger = (e - s->table) + 1;
    return key;
}

void tpy_set_clear_all(tpy_obj_heap *heap, tpy_object *set);
void tpy_set_clear_all(tpy_obj_heap *heap, tpy_object *set)
{
    tpy_set *s = SET(set);
    tpy_set_entry *table = s->table;
    size_t n = (size_t)s->mask + 1;
    tpy_set_entry small_copy[TPY_SET_SMALL];
    if (table == s->smalltable) {
        memcpy(small_copy, table, sizeof small_copy);
        table = small_copy;
    }
    memset(s->smalltable, 0, sizeof s->smalltable);
    s->table = s->smalltable;
    s->mask = TPY_SET_SMALL - 1;
    s->fill = s->used = 0;
    for (size_t i = 0; i < n; i++)
        if (table[i].key && table[i].key != DUMMY)
            tpy_decref_heap(heap, table[i].key);
    if (table != small_copy)
        tpy_obj_heap_free(heap, table);
}

static int set_traverse(tpy_object *o, tpy_obj_visit_fn visit, void *arg)
{
    tpy_set *s = SET(o);
    for (intptr_t i = 0; s->table && i <= s->mask; i++)
        if (s->table[i].key && s->table[i].key != DUMMY) {
            int r = visit(s->table[i].key, arg);
            if (r)
                return r;
        }
    return 0;
}

static void set_clear_hook(tpy_obj_heap *heap, tpy_object *o)
{
    if (SET(o)->table)
        tpy_set_clear_all(heap, o);
}

static void set_destroy(tpy_obj_heap *heap, tpy_object *o)
{
    set_clear_hook(heap, o);
    tpy_obj_free(heap, o);
}

/* ---- repr and hash ---------------------------------------------------------------------------- */

static tpy_object *set_repr(tpy_vm *vm, tpy_object *o)
{
    /* set is bare {...}; frozenset and every subclass name the type. */
    bool named = tpy_type_of(o) != &tpy_set_type;
    if (SET(o)->used == 0)
        return tpy_str_format(vm, "%s()", tpy_type_of(o)->name);
    int guard = tpy_repr_enter(vm, o);
    if (guard != 0)
        return guard < 0 ? NULL : tpy_str_format(vm, "%s(...)", tpy_type_of(o)->name);
    tpy_buf b;
    tpy_buf_init(&b, vm);
    int r = named ? tpy_buf_puts(&b, tpy_type_of(o)->name) : 0;
    if (r == 0)
        r = tpy_buf_puts(&b, named ? "({" : "{");
    intptr_t pos = 0;
    tpy_object *k;
    bool first = true;
    while (r == 0 && tpy_set_next(o, &pos, &k)) {
        if (!first)
            r = tpy_buf_puts(&b, ", ");
        first = false;
        tpy_incref(k);
        if (r == 0)
            r = tpy_buf_put_repr(&b, k);
        tpy_decref(vm, k);
    }
    if (r == 0)
        r = tpy_buf_puts(&b, named ? "})" : "}");
    tpy_repr_leave(vm, o);
    if (r < 0) {
        tpy_buf_free(&b);
        return NULL;
    }
    return tpy_buf_finish(&b);
}

static uint64_t shuffle_bits(uint64_t h)
{
    return ((h ^ 89869747ull) ^ (h << 16)) * 3644798167ull;
}

/* CPython's frozenset_hash: an order-independent mix of the entry hashes
 * over the whole table, corrected for the empty and dummy slots. */
static tpy_hash_t frozenset_hash(tpy_vm *vm, tpy_object *o)
{
    (void)vm;
    tpy_set *s = SET(o);
    if (s->hash != -1)
        return s->hash;
    uint64_t h = 0;
    for (intptr_t i = 0; i <= s->mask; i++)
        h ^= shuffle_bits((uint64_t)s->table[i].hash);
    if (((uint64_t)s->mask + 1 - (uint64_t)s->fill) & 1)
        h ^= shuffle_bits(0);
    if (((uint64_t)s->fill - (uint64_t)s->used) & 1)
        h ^= shuffle_bits((uint64_t)-1);
    h ^= ((uint64_t)s->used + 1) * 1927868237ull;
    h ^= (h >> 11) ^ (h >> 25);
    h = h * 69069u + 907133923ull;
    if (h == (uint64_t)-1)
        h = 590923713ull;
    s->hash = (tpy_hash_t)h;
    return s->hash;
}

/* ---- iteration ------------------------------------------------------------------------------------- */

/* Laid out as tpy_seqiter (position, then the owned set), so that the
 * seqiter hooks release it. */
typedef struct set_iter {
    tpy_object ob;
    intptr_t pos;
    tpy_object *set;     /* owned; NULL when exhausted */
    intptr_t used;
} set_iter;

static tpy_object *set_iter_new(tpy_vm *vm, tpy_object *o)
{
    set_iter *it = (set_iter *)tpy_alloc(vm, &tpy_set_iter_type);
    if (!it)
        return NULL;
    it->set = tpy_newref(o);
    it->pos = 0;
    it->used = SET(o)->used;
    return (tpy_object *)it;
}

static tpy_object *set_iter_next(tpy_vm *vm, tpy_object *o)
{
    set_iter *it = (set_iter *)o;
    if (!it->set)
        return NULL;
    if (SET(it->set)->used != it->used) {
        tpy_err_set(vm, &tpy_exc_RuntimeError, "Set changed size during iteration");
        it->used = -1;
        return NULL;
    }
    tpy_object *k;
    if (tpy_set_next(it->set, &it->pos, &k))
        return tpy_newref(k);
    TPY_CLEAR(vm, it->set);
    return NULL;
}

tpy_type tpy_set_iter_type = {
    .ob = TPY_STATIC_HEAD(tpy_type_type),
    .layout = {.name = "set_iterator", .basic_size = sizeof(set_iter),
               .flags = TPY_OBJ_CONTAINER, .destroy = tpy_seqiter_destroy,
               .traverse = tpy_seqiter_traverse, .clear = tpy_seqiter_clear},
    .name = "set_iterator",
    .iter = tpy_iter_self,
    .next = set_iter_next,
};

/* ---- the types ------------------------------------------------------------------------------------------ */

extern const tpy_method_def tpy_set_methods[], tpy_frozenset_methods[];
extern const tpy_number_slots tpy_set_number, tpy_frozenset_number;
extern const tpy_container_slots tpy_set_container;
tpy_object *tpy_set_richcompare(tpy_vm *vm, tpy_object *a, tpy_object *b, enum tpy_cmp op);
tpy_object *tpy_set_new_(tpy_vm *vm, tpy_type *t, tpy_object *const *args, size_t nargs,
                         tpy_object *kwnames);

#define SET_LAYOUT(n)                                                             \
    {.name = n, .basic_size = sizeof(tpy_set), .flags = TPY_OBJ_CONTAINER,        \
     .destroy = set_destroy, .traverse = set_traverse, .clear = set_clear_hook}

tpy_type tpy_set_type = {
    .ob = TPY_STATIC_HEAD(tpy_type_type),
    .layout = SET_LAYOUT("set"),
    .name = "set",
    .weaklist_offset = offsetof(tpy_set, weaklist),
    .flags = TPY_TF_BASETYPE | TPY_TF_IMMUTABLE,
    .repr = set_repr,
    .hash = tpy_hash_unhashable,
    .richcompare = tpy_set_richcompare,
    .iter = set_iter_new,
    .new_ = tpy_set_new_,
    .number = &tpy_set_number,
    .container = &tpy_set_container,
    .methods = tpy_set_methods,
};

tpy_type tpy_frozenset_type = {
    .ob = TPY_STATIC_HEAD(tpy_type_type),
    .layout = SET_LAYOUT("frozenset"),
    .name = "frozenset",
    .weaklist_offset = offsetof(tpy_set, weaklist),
    .flags = TPY_TF_BASETYPE | TPY_TF_IMMUTABLE,
    .repr = set_repr,
    .hash = frozenset_hash,
    .richcompare = tpy_set_richcompare,
    .iter = set_iter_new,
    .new_ = tpy_set_new_,
    .number = &tpy_frozenset_number,
    .container = &tpy_set_container,
    .methods = tpy_frozenset_methods,
};
