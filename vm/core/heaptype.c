/* vm/core/heaptype.c: classes made at run time (see heaptype.h): type(name,
 * bases, dict), the C3 MRO, instance layout and destruction, and
 * object.__getattribute__ / __setattr__ with instance dicts. */
#include "heaptype.h"

#include <string.h>

#include "abstract.h"
#include "error.h"
#include "gc.h"
#include "refcount.h"
#include "typecache.h"
#include "types.h"
#include "vm.h"

void tpy_dict_clear(tpy_vm *vm, tpy_object *dict);   /* vm/types/dict.c */

static tpy_heaptype *HT(tpy_type *t)
{
    return (tpy_heaptype *)t;
}

tpy_object *tpy_heaptype_qualname(tpy_type *t)
{
    return tpy_is_heaptype(t) ? HT(t)->qualname : NULL;
}

/* ---- instances ---------------------------------------------------------------------- */

tpy_object **tpy_instance_dict_ptr(tpy_object *o)
{
    tpy_type *t = tpy_type_of(o);
    if (t->flags & TPY_TF_VAR_DICT)
        return tpy_var_dict_ptr(o, HT(t)->solid);
    size_t off = t->dict_offset;
    return off ? (tpy_object **)((char *)o + off) : NULL;
}

/* The heap types between `t` and its solid base own the slot pointers and
 * the dict; the solid base's own hooks handle the rest. */
static tpy_type *solid_of(tpy_type *t)
{
    return tpy_is_heaptype(t) ? HT(t)->solid : t;
}

static size_t solid_size(tpy_type *t)
{
    return solid_of(t)->layout.basic_size;
}

/* The pointers a heap type adds after its solid base: slots, then dict. */
static void added_range(tpy_type *t, size_t *first, size_t *n)
{
    size_t start = solid_size(t), end = t->layout.basic_size;
    *first = start;   /* a byte offset into the instance */
    if (t->layout.item_size) {   /* var-size solids get no added fields */
        *n = 0;
        return;
    }
    *n = (end - start) / sizeof(tpy_object *);
}

static tpy_object **weaklist_of(tpy_object *o)
{
    size_t off = tpy_type_of(o)->weaklist_offset;
    return off ? (tpy_object **)((char *)o + off) : NULL;
}

int tpy_instance_traverse(tpy_object *o, tpy_obj_visit_fn visit, void *arg)
{
    tpy_type *t = tpy_type_of(o), *s = solid_of(t);
    if (s->layout.traverse) {
        int r = s->layout.traverse(o, visit, arg);
        if (r)
            return r;
    }
    return tpy_is_heaptype(t) ? tpy_instance_visit_fields(o, HT(t), visit, arg) : 0;
}

/* An owned dict (heaptype.h) stands for CPython 3.11's inline attribute
 * values, which are no collector object: it is taken out of generation
 * 0's allocation count when the instance makes it and put back just
 * before the instance drops it (its free then takes it out again), so
 * that instances trigger collections as often as in CPython. */
static void gen0_adjust(tpy_obj_heap *heap, intptr_t delta)
{
    tpy_gc_generation *g0 = &tpy_obj_heap_gc(heap)[0];
    if (g0->count + delta >= 0)
        g0->count += delta;
}

/* Drop the instance's reference to its dict `d` (may be NULL). */
static void drop_dict(tpy_obj_heap *heap, tpy_object *d)
{
    if (d && tpy_instance_dict_owned(d))
        gen0_adjust(heap, 1);
    tpy_xdecref_heap(heap, d);
}

/* Empty the __dict__ slot `dp`. */
static void clear_dict_slot(tpy_obj_heap *heap, tpy_object **dp)
{
    if (*dp && tpy_slot_is_values(*dp)) {
        tpy_values_clear(heap, dp);
        return;
    }
    tpy_object *d = *dp;
    *dp = NULL;
    drop_dict(heap, d);
}

static void clear_added(tpy_obj_heap *heap, tpy_object *o)
{
    tpy_object **dp = tpy_instance_dict_ptr(o);
    if (tpy_type_of(o)->flags & TPY_TF_VAR_DICT) {
        clear_dict_slot(heap, dp);
        return;
    }
    size_t first, n;
    added_range(tpy_type_of(o), &first, &n);
    tpy_object **p = (tpy_object **)((char *)o + first);
    tpy_object **weak = weaklist_of(o);
    for (size_t i = 0; i < n; i++) {
        if (&p[i] == weak)   /* the weakref type owns that list */
            continue;
        if (&p[i] == dp) {
            clear_dict_slot(heap, dp);
            continue;
        }
        tpy_object *v = p[i];
        p[i] = NULL;
        tpy_xdecref_heap(heap, v);
    }
}

static void inst_clear(tpy_obj_heap *heap, tpy_object *o)
{
    tpy_type *s = solid_of(tpy_type_of(o));
    clear_added(heap, o);
    if (s->layout.clear)
        s->layout.clear(heap, o);
}

bool tpy_instance_has_del(const tpy_type *t)
{
    return t->finalize && tpy_is_heaptype(t) && t->finalize != solid_of((tpy_type *)t)->finalize;
}

static void inst_destroy(tpy_obj_heap *heap, tpy_object *o)
{
    tpy_type *t = tpy_type_of(o), *s = solid_of(t);
    if (tpy_instance_has_del(t)) {
        /* __del__ (docs/gc.md): alive for the call, at most once; then,
         * as in CPython, its weak references are cleared (tpy_dealloc
         * left them working for __del__). */
        tpy_vm *vm = tpy_vm_of_heap(heap);
        o->refcnt = 1;
        tpy_gc_call_finalizer(vm, o);
        if (--o->refcnt > 0) {   /* resurrected */
            tpy_gc_track(vm, o);
            return;
        }
        tpy_object **weak = weaklist_of(o);
        if (weak && *weak)
            tpy_gc_weakrefs_dying(heap, o);
    }
    clear_added(heap, o);
    if (s->layout.destroy)
        s->layout.destroy(heap, o);
    else
        tpy_obj_free(heap, o);
    /* The type outlives its last instance's memory (tpy_alloc took it). */
    tpy_decref_heap(heap, &t->ob);
}

/* ---- object.__getattribute__ ------------------------------------------------------------ */

tpy_object *tpy_object_getattribute_opt(tpy_vm *vm, tpy_object *o, tpy_object *name)
{
    tpy_type *t = tpy_type_of(o);
    tpy_object *descr = tpy_type_lookup_fast(vm, t, name);
    tpy_type *dt = descr ? tpy_type_of(descr) : NULL;
    if (descr)
        tpy_incref(descr);   /* a data descriptor's get may change the dict */
    if (dt && dt->descr_get && dt->descr_set) {
        tpy_object *r = dt->descr_get(vm, descr, o, &t->ob);
        tpy_decref(vm, descr);
        return r;
    }
    tpy_object **dp = tpy_instance_dict_ptr(o);
    if (dp && *dp && tpy_slot_is_values(*dp)) {
        tpy_object *v = tpy_type_of(name) == &tpy_str_type
                            ? tpy_values_lookup(&HT(t)->keys, tpy_slot_values(*dp), name)
                            : NULL;
        if (v) {
            tpy_incref(v);
            tpy_xdecref(vm, descr);
            return v;
        }
    } else if (dp && *dp) {
        tpy_object *v = NULL;
        if (tpy_dict_get_ref(vm, *dp, name, &v) < 0) {
            tpy_xdecref(vm, descr);
            return NULL;
        }
        if (v) {   /* borrowed from the dict */
            tpy_incref(v);
            tpy_xdecref(vm, descr);
            return v;
        }
    }
    if (descr) {
        tpy_object *r = dt->descr_get ? dt->descr_get(vm, descr, o, &t->ob) : tpy_newref(descr);
        tpy_decref(vm, descr);
        return r;
    }
    return NULL;
}

tpy_object *tpy_object_getattribute(tpy_vm *vm, tpy_object *o, tpy_object *name)
{
    tpy_object *r = tpy_object_getattribute_opt(vm, o, name);
    if (!r && !tpy_err_occurred(vm))
        tpy_err_format(vm, &tpy_exc_AttributeError, "'%s' object has no attribute '%U'",
                       tpy_type_of(o)->name, name);
    return r;
}

int tpy_object_setattribute(tpy_vm *vm, tpy_object *o, tpy_object *name, tpy_object *value)
{
    tpy_type *t = tpy_type_of(o);
    tpy_object *descr = tpy_type_lookup_fast(vm, t, name);
    if (descr && tpy_type_of(descr)->descr_set) {
        tpy_incref(descr);
        int r = tpy_type_of(descr)->descr_set(vm, descr, o, value);
        tpy_decref(vm, descr);
        return r;
    }
    tpy_object **dp = tpy_instance_dict_ptr(o);
    if (!dp) {
        if (descr)
            tpy_err_format(vm, &tpy_exc_AttributeError, "'%s' object attribute '%U' is read-only",
                           t->name, name);
        else
            tpy_err_format(vm, &tpy_exc_AttributeError, "'%s' object has no attribute '%U'",
                           t->name, name);
        return -1;
    }
    if (*dp && tpy_slot_is_values(*dp)) {
        tpy_shared_keys *k = &HT(t)->keys;
        if (!value) {
            if (tpy_type_of(name) == &tpy_str_type
                && tpy_values_del(vm, k, tpy_slot_values(*dp), name) == 0)
                return 0;
            tpy_err_format(vm, &tpy_exc_AttributeError, "'%s' object has no attribute '%U'",
                           t->name, name);
            return -1;
        }
        uint8_t known = k->n;
        int r = tpy_values_set(vm, k, dp, name, value);
        if (k->n != known)
            tpy_type_new_version(vm, t);   /* a new name may shadow a method: caches miss */
        if (r <= 0)
            return r;
        if (tpy_values_to_dict(vm, k, dp) < 0)   /* keys full, or an odd name */
            return -1;
        gen0_adjust(vm->heap, -1);   /* owned: see drop_dict */
    } else if (!*dp && value) {
        tpy_shared_keys *k = &HT(t)->keys;
        uint8_t known = k->n;
        int r = tpy_values_set(vm, k, dp, name, value);
        if (k->n != known)
            tpy_type_new_version(vm, t);
        if (r <= 0)
            return r;
    }
    if (!value) {
        if (!*dp || tpy_dict_del(vm, *dp, name) < 0) {
            if (*dp)
                tpy_err_clear(vm);
            tpy_err_format(vm, &tpy_exc_AttributeError, "'%s' object has no attribute '%U'",
                           t->name, name);
            return -1;
        }
        return 0;
    }
    if (!*dp) {
        if (!(*dp = tpy_dict_new(vm)))
            return -1;
        gen0_adjust(vm->heap, -1);   /* owned: see drop_dict */
    }
    tpy_object *d = *dp;
    bool owned = tpy_instance_dict_owned(d);
    int r = tpy_dict_set(vm, d, name, value);
    /* Storing a container tracked the dict; an owned one stays inside its
     * instance (heaptype.h). Re-checked: the old value's finalizer may
     * have replaced the dict. */
    if (owned && *dp == d && d->refcnt == 1)
        tpy_gc_untrack(d);
    return r;
}

/* ---- the C3 linearization ---------------------------------------------------------------- */

/* The MRO of a base as a tuple (builtins: the base chain). */
static tpy_object *mro_of(tpy_vm *vm, tpy_type *t)
{
    if (t->mro)
        return tpy_newref(t->mro);
    return tpy_getattr_c(vm, &t->ob, "__mro__");
}

/* `c` appears in the tail (after position head[i]) of some list. */
static bool in_tail(tpy_object **lists, size_t *head, size_t n, tpy_object *c)
{
    for (size_t i = 0; i < n; i++)
        for (intptr_t k = (intptr_t)head[i] + 1; k < tpy_tuple_len(lists[i]); k++)
            if (tpy_tuple_get(lists[i], k) == c)
                return true;
    return false;
}

/* CPython's set_mro_error: the classes still at the heads, each once. */
static void mro_error(tpy_vm *vm, tpy_object **lists, size_t *head, size_t n)
{
    tpy_object *names = tpy_str_from_cstr(vm, "");
    tpy_object *seen[64];
    size_t nseen = 0;
    for (size_t i = 0; names && i < n; i++) {
        if ((intptr_t)head[i] >= tpy_tuple_len(lists[i]))
            continue;
        tpy_object *c = tpy_tuple_get(lists[i], (intptr_t)head[i]);
        bool dup = false;
        for (size_t k = 0; k < nseen; k++)
            dup = dup || seen[k] == c;
        if (dup || nseen == 64)
            continue;
        seen[nseen++] = c;
        tpy_object *next = tpy_str_format(vm, nseen == 1 ? "%U%s" : "%U, %s", names,
                                          ((tpy_type *)c)->name);
        tpy_decref(vm, names);
        names = next;
    }
    if (names)
        tpy_err_format(vm, &tpy_exc_TypeError,
                       "Cannot create a consistent method resolution\norder (MRO) for bases %U",
                       names);
    tpy_xdecref(vm, names);
}

/* C3 over the bases' MROs and the bases themselves (the last list). */
static tpy_object *c3_merge(tpy_vm *vm, tpy_type *t, tpy_object **lists, size_t n)
{
    size_t head[64] = {0}, total = 1;
    for (size_t i = 0; i < n; i++)
        total += (size_t)tpy_tuple_len(lists[i]);
    tpy_object *out = tpy_list_new(vm, 0);
    if (!out || tpy_list_append(vm, out, tpy_newref(&t->ob)) < 0)
        goto fail;
    for (;;) {
        tpy_object *pick = NULL;
        bool left = false;
        for (size_t i = 0; i < n && !pick; i++) {
            if ((intptr_t)head[i] >= tpy_tuple_len(lists[i]))
                continue;
            left = true;
            tpy_object *c = tpy_tuple_get(lists[i], (intptr_t)head[i]);
            if (!in_tail(lists, head, n, c))
                pick = c;
        }
        if (!left)
            break;
        if (!pick) {
            mro_error(vm, lists, head, n);
            goto fail;
        }
        if (tpy_list_append(vm, out, tpy_newref(pick)) < 0)
            goto fail;
        for (size_t i = 0; i < n; i++)
            if ((intptr_t)head[i] < tpy_tuple_len(lists[i])
                && tpy_tuple_get(lists[i], (intptr_t)head[i]) == pick)
                head[i]++;
    }
    (void)total;
    tpy_object *tup = tpy_sequence_tuple(vm, out);
    tpy_decref(vm, out);
    return tup;
fail:
    tpy_xdecref(vm, out);
    return NULL;
}

static tpy_object *compute_mro(tpy_vm *vm, tpy_type *t, tpy_object *bases)
{
    size_t nb = (size_t)tpy_tuple_len(bases);
    if (nb > 62)
        return tpy_err_format(vm, &tpy_exc_TypeError, "too many bases");
    for (size_t i = 0; i < nb; i++)
        for (size_t k = 0; k < i; k++)
            if (tpy_tuple_get(bases, (intptr_t)i) == tpy_tuple_get(bases, (intptr_t)k))
                return tpy_err_format(vm, &tpy_exc_TypeError, "duplicate base class %s",
                                      ((tpy_type *)tpy_tuple_get(bases, (intptr_t)i))->name);
    tpy_object *lists[64];
    size_t n = 0;
    tpy_object *r = NULL;
    for (size_t i = 0; i < nb; i++) {
        if (!(lists[n] = mro_of(vm, (tpy_type *)tpy_tuple_get(bases, (intptr_t)i))))
            goto done;
        n++;
    }
    lists[n++] = tpy_newref(bases);
    r = c3_merge(vm, t, lists, n);
done:
    for (size_t i = 0; i < n; i++)
        tpy_decref(vm, lists[i]);
    return r;
}

/* ---- type(name, bases, dict) --------------------------------------------------------------- */

/* The base whose layout instances extend: the one with the most derived
 * solid base (CPython's best_base), or a layout conflict. */
static tpy_type *best_base(tpy_vm *vm, tpy_object *bases)
{
    tpy_type *best = NULL, *best_solid = NULL;
    for (intptr_t i = 0; i < tpy_tuple_len(bases); i++) {
        tpy_object *b = tpy_tuple_get(bases, i);
        if (!tpy_is_type(b)) {
            tpy_err_format(vm, &tpy_exc_TypeError, "bases must be types");
            return NULL;
        }
        tpy_type *bt = (tpy_type *)b;
        if (!(bt->flags & TPY_TF_BASETYPE)) {
            tpy_err_format(vm, &tpy_exc_TypeError, "type '%s' is not an acceptable base type",
                           bt->name);
            return NULL;
        }
        tpy_type *s = solid_of(bt);
        if (!best || tpy_type_is_subtype(s, best_solid)) {
            if (!best || s != best_solid || bt->layout.basic_size > best->layout.basic_size) {
                if (!best || s != best_solid)
                    best = bt, best_solid = s;
            }
        } else if (!tpy_type_is_subtype(best_solid, s)) {
            tpy_err_set(vm, &tpy_exc_TypeError, "multiple bases have instance lay-out conflict");
            return NULL;
        }
    }
    return best;
}

static tpy_object *get_str_key(tpy_vm *vm, tpy_object *d, const char *key)
{
    tpy_object *k = tpy_str_intern_c(vm, key);
    if (!k)
        return NULL;
    tpy_object *v = tpy_dict_get_str(vm, d, k);
    tpy_decref(vm, k);
    return v;
}

static int del_str_key(tpy_vm *vm, tpy_object *d, const char *key)
{
    tpy_object *k = tpy_str_intern_c(vm, key);
    if (!k)
        return -1;
    int r = tpy_dict_get_str(vm, d, k) ? tpy_dict_del(vm, d, k) : 0;
    tpy_decref(vm, k);
    return r;
}

/* Wrap a plain function stored under `key` in staticmethod/classmethod,
 * as type_new does for __new__, __init_subclass__, __class_getitem__. */
static int wrap_implicit(tpy_vm *vm, tpy_object *d, const char *key, tpy_type *wrapper)
{
    tpy_object *f = get_str_key(vm, d, key);
    if (!f && tpy_err_occurred(vm))
        return -1;   /* NULL is "absent" only without an exception */
    if (!f || tpy_is_type(f) || tpy_type_of(f)->descr_get == NULL
        || tpy_type_of(f) == wrapper || !tpy_type_of(f)->call)
        return 0;
    tpy_object *w = tpy_call(vm, &wrapper->ob, &f, 1, NULL);
    int r = w ? tpy_dict_set_c(vm, d, key, w) : -1;
    tpy_xdecref(vm, w);
    return r;
}

/* __slots__: a str or an iterable of strs; member descriptors for each
 * name; returns the number of slots or -1. `add_dict`: '__dict__' named. */
static intptr_t make_slots(tpy_vm *vm, tpy_type *t, tpy_object *dict, tpy_object *spec,
                           size_t offset, bool *add_dict, bool *add_weak)
{
    tpy_object *names = tpy_str_check(spec) ? tpy_tuple_pack(vm, 1, spec)
                                              : tpy_sequence_tuple(vm, spec);
    if (!names)
        return -1;
    intptr_t n = 0;
    for (intptr_t i = 0; i < tpy_tuple_len(names); i++) {
        tpy_object *nm = tpy_tuple_get(names, i);
        if (!tpy_str_check(nm)) {
            tpy_err_format(vm, &tpy_exc_TypeError,
                           "__slots__ items must be strings, not '%s'", tpy_type_of(nm)->name);
            goto fail;
        }
        if (tpy_str_equal_c(nm, "__dict__")) {
            if (t->dict_offset || *add_dict) {
                tpy_err_set(vm, &tpy_exc_TypeError, "__dict__ slot disallowed: we already got one");
                goto fail;
            }
            *add_dict = true;
            continue;
        }
        if (tpy_str_equal_c(nm, "__weakref__")) {
            if (t->weaklist_offset || *add_weak) {
                tpy_err_set(vm, &tpy_exc_TypeError, "__weakref__ slot disallowed: either we already "
                                                    "got one, or __itemsize__ != 0");
                goto fail;
            }
            *add_weak = true;
            continue;
        }
        tpy_object *d = tpy_member_descr_new(vm, t, nm, offset + (size_t)n * sizeof(tpy_object *));
        int r = d ? tpy_dict_set(vm, dict, nm, d) : -1;
        tpy_xdecref(vm, d);
        if (r < 0)
            goto fail;
        n++;
    }
    tpy_decref(vm, names);
    return n;
fail:
    tpy_decref(vm, names);
    return -1;
}

int tpy_instance_materialize(tpy_vm *vm, tpy_object *o)
{
    tpy_object **dp = tpy_instance_dict_ptr(o);
    if (!dp || !*dp || !tpy_slot_is_values(*dp))
        return 0;
    if (tpy_values_to_dict(vm, &HT(tpy_type_of(o))->keys, dp) < 0)
        return -1;
    gen0_adjust(vm->heap, -1);   /* owned: see drop_dict */
    return 0;
}

static tpy_object *dict_get(tpy_vm *vm, tpy_object *o)
{
    tpy_object **dp = tpy_instance_dict_ptr(o);
    if (!dp)
        return tpy_err_format(vm, &tpy_exc_AttributeError, "This object has no __dict__");
    if (tpy_instance_materialize(vm, o) < 0)
        return NULL;
    if (!*dp && !(*dp = tpy_dict_new(vm)))
        return NULL;
    tpy_dict_track_if_needed(vm, *dp);   /* handed out: no longer the instance's alone */
    return tpy_newref(*dp);
}

static int dict_set(tpy_vm *vm, tpy_object *o, tpy_object *value)
{
    tpy_object **dp = tpy_instance_dict_ptr(o);
    if (!value || !tpy_dict_check(value)) {
        tpy_err_format(vm, &tpy_exc_TypeError, "__dict__ must be set to a dictionary, not a '%s'",
                       value ? tpy_type_of(value)->name : "NoneType");
        return -1;
    }
    tpy_object *old = *dp;
    if (old && tpy_slot_is_values(old)) {
        tpy_object *slot = old;
        *dp = tpy_newref(value);
        tpy_values_clear(vm->heap, &slot);
        return 0;
    }
    *dp = tpy_newref(value);
    drop_dict(vm->heap, old);
    return 0;
}

static const tpy_getset_def dict_getset = {"__dict__", dict_get, dict_set};

/* __weakref__: the first weak reference to the object, or None (as
 * CPython's subtype_getweakref). */
static tpy_object *weakref_get(tpy_vm *vm, tpy_object *o)
{
    tpy_object **weak = weaklist_of(o);
    (void)vm;
    return tpy_newref(weak && *weak ? *weak : TPY_NONE);
}

static const tpy_getset_def weakref_getset = {"__weakref__", weakref_get, NULL};

/* The class introduces a weak-reference list: its __weakref__ attribute. */
static int add_weakref_getset(tpy_vm *vm, tpy_type *t, tpy_object *dict)
{
    tpy_object *d = tpy_getset_descr_new(vm, t, &weakref_getset);
    int r = d ? tpy_dict_set_c(vm, dict, "__weakref__", d) : -1;
    tpy_xdecref(vm, d);
    return r;
}

/* The variable-size builtins whose subclass instances get a __dict__
 * after their items (their size never changes once made: subtype.c). */
static bool var_dict_solid(const tpy_type *s)
{
    return s == &tpy_int_type || s == &tpy_str_type || s == &tpy_bytes_type
           || s == &tpy_tuple_type;
}

/* `__slots__ = ()`: a variable-size base accepts it (namedtuple's). */
static bool empty_sequence(tpy_object *spec)
{
    return (tpy_tuple_check(spec) && tpy_tuple_len(spec) == 0)
           || (tpy_list_check(spec) && tpy_list_len(spec) == 0);
}

/* Fill the layout: the solid base's, then slots, then the dict. */
static int layout_type(tpy_vm *vm, tpy_heaptype *h, tpy_type *base, tpy_object *dict)
{
    tpy_type *t = &h->type;
    h->solid = solid_of(base);
    t->layout = base->layout;
    t->layout.name = t->name;
    t->layout.freelist_cap = 0;
    t->layout.id = 0;
    t->layout.flags |= TPY_OBJ_CONTAINER;
    t->layout.destroy = inst_destroy;
    t->layout.traverse = tpy_instance_traverse;
    t->layout.clear = inst_clear;
    t->dict_offset = base->dict_offset;
    t->weaklist_offset = base->weaklist_offset;
    bool var = base->layout.item_size != 0;
    t->flags |= base->flags & TPY_TF_VAR_DICT;
    /* A metaclass's instances are types: they have their own dict. */
    bool add_dict = !t->dict_offset && !(t->flags & TPY_TF_VAR_DICT)
                    && !tpy_type_is_subtype(h->solid, &tpy_type_type)
                    && (!var || var_dict_solid(h->solid));
    tpy_object *spec = get_str_key(vm, dict, "__slots__");
    if (!spec && tpy_err_occurred(vm))
        return -1;
    bool add_weak = !spec;   /* without __slots__, or with '__weakref__' named */
    if (spec && !var) {
        add_dict = false;
        size_t off = t->layout.basic_size;
        intptr_t n = make_slots(vm, t, dict, spec, off, &add_dict, &add_weak);
        if (n < 0)
            return -1;
        h->slots_offset = n ? off : 0;
        h->nslots = (size_t)n;
        t->layout.basic_size += (size_t)n * sizeof(tpy_object *);
        if (t->dict_offset)
            add_dict = false;
        if (add_weak && !t->weaklist_offset && !add_dict) {
            /* '__weakref__' named: a weak-reference list after the slots */
            t->weaklist_offset = t->layout.basic_size;
            t->layout.basic_size += sizeof(tpy_object *);
            if (add_weakref_getset(vm, t, dict) < 0)
                return -1;
        }
    } else if (spec && !empty_sequence(spec)) {
        tpy_err_format(vm, &tpy_exc_TypeError, "nonempty __slots__ not supported for subtype of '%s'",
                       h->solid->name);
        return -1;
    } else if (spec) {
        add_dict = false;   /* __slots__ = (): no __dict__ (namedtuple) */
    }
    if (add_dict && var) {
        /* After the items: one word, and up to one more to align it. */
        t->flags |= TPY_TF_VAR_DICT;
        t->layout.basic_size += 2 * sizeof(tpy_object *);
        tpy_object *d = tpy_getset_descr_new(vm, t, &dict_getset);
        int r = d ? tpy_dict_set_c(vm, dict, "__dict__", d) : -1;
        tpy_xdecref(vm, d);
        return r;
    }
    if (add_dict) {
        t->dict_offset = t->layout.basic_size;
        t->layout.basic_size += sizeof(tpy_object *);
        bool new_weak = !t->weaklist_offset && add_weak;
        if (new_weak) {   /* instances can be weakly referenced */
            t->weaklist_offset = t->layout.basic_size;
            t->layout.basic_size += sizeof(tpy_object *);
        }
        tpy_object *d = tpy_getset_descr_new(vm, t, &dict_getset);
        int r = d ? tpy_dict_set_c(vm, dict, "__dict__", d) : -1;
        tpy_xdecref(vm, d);
        if (r < 0 || (new_weak && add_weakref_getset(vm, t, dict) < 0))
            return -1;
    }
    return 0;
}

/* Slots and flags from the best base; the dunder trampolines after. */
static void inherit_from(tpy_heaptype *h, tpy_type *base)
{
    tpy_type *t = &h->type;
    t->repr = base->repr;
    t->str = base->str;
    t->hash = base->hash;
    t->richcompare = base->richcompare;
    /* Instances get dicts, so the generic lookup becomes the dict-aware
     * one; a special lookup (type's, for metaclasses) is kept. */
    t->getattr = base->getattr == tpy_generic_getattr ? tpy_object_getattribute : base->getattr;
    t->setattr = base->setattr == tpy_generic_setattr ? tpy_object_setattribute : base->setattr;
    t->call = base->call;
    t->iter = base->iter;
    t->next = base->next;
    t->descr_get = base->descr_get;
    t->descr_set = base->descr_set;
    t->new_ = base->new_;
    t->init = base->init;
    t->finalize = base->finalize;
    t->methods = NULL;
    t->getsets = NULL;
    if (base->number)
        h->number = *base->number;
    if (base->container)
        h->container = *base->container;
    t->number = &h->number;
    t->container = &h->container;
    t->flags |= base->flags & (TPY_TF_INT_SUBCLASS | TPY_TF_STR_SUBCLASS | TPY_TF_TUPLE_SUBCLASS
                               | TPY_TF_LIST_SUBCLASS | TPY_TF_DICT_SUBCLASS
                               | TPY_TF_TYPE_SUBCLASS | TPY_TF_EXC_SUBCLASS);
}

/* A builtin base that allocates only its exact type (list, dict): a
 * subclass instance is the zeroed container, a valid empty one. */
static tpy_object *zeroed_new(tpy_vm *vm, tpy_type *t, tpy_object *const *args, size_t nargs,
                              tpy_object *kwnames)
{
    (void)args, (void)nargs, (void)kwnames;
    tpy_object *o = tpy_alloc(vm, t);
    if (o)
        memset((char *)o + sizeof(tpy_object), 0, t->layout.basic_size - sizeof(tpy_object));
    return o;
}

/* Fill __classcell__ with the new class; __set_name__ on attributes. */
static int finish_namespace(tpy_vm *vm, tpy_type *t)
{
    tpy_object *cell = get_str_key(vm, t->dict, "__classcell__");
    if (!cell && tpy_err_occurred(vm))
        return -1;   /* the key could not even be made: MemoryError, not "absent" */
    if (cell) {
        /* A cell object: {header, ref} (vm/eval/cell.c). */
        struct { tpy_object ob; tpy_object *ref; } *c = (void *)cell;
        tpy_object *old = c->ref;
        c->ref = tpy_newref(&t->ob);
        tpy_xdecref(vm, old);
        if (del_str_key(vm, t->dict, "__classcell__") < 0)
            return -1;
    }
    tpy_object *items = tpy_dict_copy(vm, t->dict);
    if (!items)
        return -1;
    intptr_t pos = 0;
    tpy_object *k, *v;
    int rc = 0;
    while (rc == 0 && tpy_dict_next(items, &pos, &k, &v)) {
        tpy_type *vt = tpy_type_of(v);
        tpy_object *sn = tpy_str_intern_c(vm, "__set_name__");
        tpy_object *m = sn ? tpy_type_lookup(vm, vt, sn) : NULL;
        tpy_xdecref(vm, sn);
        if (!m)
            continue;
        tpy_object *args[2] = {&t->ob, k};
        bool missing;
        tpy_object *r = tpy_call_special(vm, v, "__set_name__", args, 2, &missing);
        if (!r)
            rc = -1;
        tpy_xdecref(vm, r);
    }
    tpy_decref(vm, items);
    return rc;
}

/* super(C, C).__init_subclass__(**kwds). */
static int init_subclass(tpy_vm *vm, tpy_type *t, tpy_object *kw)
{
    tpy_object *name = tpy_str_intern_c(vm, "__init_subclass__");
    if (!name)
        return -1;
    tpy_object *found = NULL;
    for (intptr_t i = 1; i < tpy_tuple_len(t->mro) && !found; i++) {
        tpy_type *b = (tpy_type *)tpy_tuple_get(t->mro, i);
        tpy_object *d = tpy_type_dict(vm, b);
        found = d ? tpy_dict_get_str(vm, d, name) : NULL;
    }
    tpy_decref(vm, name);
    size_t nkw = kw ? (size_t)tpy_dict_len(kw) : 0;
    if (!found) {
        if (nkw) {
            tpy_err_format(vm, &tpy_exc_TypeError,
                           "%s.__init_subclass__() takes no keyword arguments", t->name);
            return -1;
        }
        return 0;
    }
    tpy_object *bound = tpy_type_of(found)->descr_get
                            ? tpy_type_of(found)->descr_get(vm, found, NULL, &t->ob)
                            : tpy_newref(found);
    if (!bound)
        return -1;
    tpy_object *vals[64], *names = nkw ? tpy_tuple_new(vm, nkw) : NULL;
    intptr_t pos = 0;
    size_t i = 0;
    tpy_object *k, *v;
    while (nkw && i < 64 && names && tpy_dict_next(kw, &pos, &k, &v)) {
        ((tpy_tuple *)names)->items[i] = tpy_newref(k);
        vals[i++] = v;
    }
    tpy_object *r = (!nkw || names) ? tpy_call(vm, bound, vals, 0, names) : NULL;
    (void)vals;
    tpy_xdecref(vm, names);
    tpy_decref(vm, bound);
    tpy_xdecref(vm, r);
    return r ? 0 : -1;
}

tpy_object *tpy_heaptype_new(tpy_vm *vm, tpy_type *meta, tpy_object *name, tpy_object *bases,
                             tpy_object *ns, tpy_object *kw)
{
    if (!tpy_str_check(name) || !tpy_tuple_check(bases) || !tpy_dict_check(ns))
        return tpy_err_format(vm, &tpy_exc_TypeError,
                              "type.__new__() argument 1 must be str, not %s",
                              tpy_type_of(name)->name);
    tpy_object *own_bases = tpy_tuple_len(bases) ? tpy_newref(bases)
                                                  : tpy_tuple_pack(vm, 1, &tpy_object_type.ob);
    if (!own_bases)
        return NULL;
    tpy_type *base = best_base(vm, own_bases);
    if (!base) {
        tpy_decref(vm, own_bases);
        return NULL;
    }
    tpy_heaptype *h = (tpy_heaptype *)tpy_alloc(vm, meta);
    if (!h) {
        tpy_decref(vm, own_bases);
        return NULL;
    }
    memset((char *)h + sizeof(tpy_object), 0, sizeof *h - sizeof(tpy_object));
    tpy_type *t = &h->type;
    t->flags = TPY_TF_HEAPTYPE | TPY_TF_BASETYPE | TPY_TF_READY;
    tpy_type_new_version(vm, t);
    t->bases = own_bases;
    t->base = base;
    tpy_incref(&base->ob);
    h->name_obj = tpy_newref(name);
    t->name = tpy_str_utf8(vm, name, NULL);
    if (!t->name || !(t->dict = tpy_dict_copy(vm, ns)))
        goto fail;
    tpy_object *qn = get_str_key(vm, t->dict, "__qualname__");
    if (!qn && tpy_err_occurred(vm))
        goto fail;
    h->qualname = tpy_newref(qn ? qn : name);
    if (qn && del_str_key(vm, t->dict, "__qualname__") < 0)
        goto fail;
    if (!get_str_key(vm, t->dict, "__module__")) {
        tpy_object *g = vm->hooks.globals ? vm->hooks.globals(vm) : NULL;
        tpy_object *mn = g ? get_str_key(vm, g, "__name__") : NULL;
        if (mn && tpy_dict_set_c(vm, t->dict, "__module__", mn) < 0) {
            tpy_xdecref(vm, g);
            goto fail;
        }
        tpy_xdecref(vm, g);
        tpy_err_clear(vm);
    }
    if (!get_str_key(vm, t->dict, "__doc__") && tpy_dict_set_c(vm, t->dict, "__doc__", TPY_NONE) < 0)
        goto fail;
    if (get_str_key(vm, t->dict, "__eq__") && !get_str_key(vm, t->dict, "__hash__")
        && tpy_dict_set_c(vm, t->dict, "__hash__", TPY_NONE) < 0)
        goto fail;
    if (tpy_err_occurred(vm))
        goto fail;   /* a lookup above could not make its key */
    if (wrap_implicit(vm, t->dict, "__new__", &tpy_staticmethod_type) < 0
        || wrap_implicit(vm, t->dict, "__init_subclass__", &tpy_classmethod_type) < 0
        || wrap_implicit(vm, t->dict, "__class_getitem__", &tpy_classmethod_type) < 0)
        goto fail;
    inherit_from(h, base);
    if (layout_type(vm, h, base, t->dict) < 0)
        goto fail;
    if (h->solid == &tpy_list_type || h->solid == &tpy_dict_type)
        t->new_ = zeroed_new;
    if (!(t->mro = compute_mro(vm, t, own_bases)))
        goto fail;
    /* mro[0] is the class itself: a borrowed entry, so that a class is not
     * its own cycle and reference counting alone can free it. The tuple is
     * never shared (__mro__ returns a copy) and is untracked: the class's
     * traverse visits its other items (tpy_heaptype_traverse). */
    tpy_decref(vm, &t->ob);
    tpy_gc_untrack(t->mro);
    for (intptr_t i = 1; i < tpy_tuple_len(t->mro); i++) {
        tpy_type *b = (tpy_type *)tpy_tuple_get(t->mro, i);
        if (tpy_is_heaptype(b))
            HT(b)->has_subclasses = true;   /* its changes must reach this class's caches */
    }
    tpy_type_new_version(vm, t);   /* whatever was looked up before the mro existed */
    tpy_slots_update(vm, t, NULL);
    tpy_subclasses_register(vm, h);   /* __init_subclass__ already sees it listed */
    if (finish_namespace(vm, t) < 0 || init_subclass(vm, t, kw) < 0)
        goto fail;
    return &t->ob;
fail:
    tpy_decref(vm, &t->ob);
    return NULL;
}

/* A class is a collector container (docs/gc.md): a method using super()
 * refers to its class through the __class__ cell (class -> dict ->
 * function -> cell -> class). The mro tuple is private to the class and
 * untracked (its item 0 is borrowed), so its other items are visited
 * here, as if the class held them directly. The metaclass reference of a
 * class whose metaclass is a heap type is visited by tpy_instance_traverse, the
 * metaclass instances' hook, which calls this one first. */
int tpy_heaptype_traverse(tpy_object *o, tpy_obj_visit_fn visit, void *arg)
{
    tpy_type *t = (tpy_type *)o;
    if (!tpy_is_heaptype(t))   /* being built, or a failed allocation */
        return 0;
    int r;
    if (t->dict && (r = visit(t->dict, arg)))
        return r;
    if (t->bases && (r = visit(t->bases, arg)))
        return r;
    if (t->base && (r = visit(&t->base->ob, arg)))
        return r;
    if (t->mro)
        for (intptr_t i = 1; i < tpy_tuple_len(t->mro); i++) {
            tpy_object *c = tpy_tuple_get(t->mro, i);
            if (c && (r = visit(c, arg)))
                return r;
        }
    tpy_heaptype *h = HT(t);
    if (h->name_obj && (r = visit(h->name_obj, arg)))
        return r;
    if (h->qualname && (r = visit(h->qualname, arg)))
        return r;
    return 0;
}

/* Breaks every cycle through a class: the dict's contents go (the dict,
 * bases, mro and base stay, so that a cleared class can still be printed,
 * looked up in (finding nothing) and destroyed). Cycles through bases,
 * mro or the metaclass alone cannot exist: those only point at classes
 * made earlier. */
void tpy_heaptype_clear(tpy_obj_heap *heap, tpy_object *o)
{
    tpy_type *t = (tpy_type *)o;
    if (!tpy_is_heaptype(t) || !t->dict)
        return;
    tpy_vm *vm = tpy_vm_of_heap(heap);
    tpy_type_modified(vm, t);   /* caches keyed on the class's version must miss */
    tpy_dict_clear(vm, t->dict);
    tpy_type_modified(vm, t);
}

void tpy_heaptype_destroy(tpy_obj_heap *heap, tpy_object *o)
{
    tpy_type *t = (tpy_type *)o;
    if (!tpy_is_heaptype(t)) {   /* a failed allocation path: nothing owned */
        tpy_obj_free(heap, o);
        return;
    }
    tpy_heaptype *h = HT(t);
    tpy_subclasses_unregister(h);
    tpy_xdecref_heap(heap, t->dict);
    if (t->mro)
        ((tpy_tuple *)t->mro)->items[0] = NULL;   /* borrowed (see tpy_heaptype_new) */
    tpy_xdecref_heap(heap, t->mro);
    tpy_xdecref_heap(heap, t->bases);
    if (t->base)
        tpy_decref_heap(heap, &t->base->ob);
    tpy_xdecref_heap(heap, h->qualname);
    tpy_xdecref_heap(heap, h->name_obj);
    tpy_shared_keys_clear(heap, &h->keys);
    tpy_obj_type_retire(heap, &t->layout);   /* layer3's slot must not keep a dangling pointer */
    /* A heap metaclass is released by inst_destroy, its instances' hook. */
    tpy_obj_free(heap, o);
}

int tpy_heaptype_setattr(tpy_vm *vm, tpy_object *type, tpy_object *name, tpy_object *value)
{
    tpy_type *t = (tpy_type *)type, *meta = tpy_type_of(type);
    tpy_object *md = tpy_type_lookup(vm, meta, name);
    if (md && tpy_type_of(md)->descr_set)
        return tpy_type_of(md)->descr_set(vm, md, type, value);
    int r;
    tpy_type_modified(vm, t);   /* before: a finalizer run by the change must not see stale caches */
    if (value) {
        r = tpy_dict_set(vm, t->dict, name, value);
    } else if (!tpy_dict_get_str(vm, t->dict, name)) {
        tpy_err_format(vm, &tpy_exc_AttributeError, "type object '%s' has no attribute '%U'",
                       t->name, name);
        return -1;
    } else {
        r = tpy_dict_del(vm, t->dict, name);
    }
    if (r == 0) {
        tpy_type_modified(vm, t);
        tpy_slots_update(vm, t, name);
    }
    return r;
}

tpy_object *tpy_type_new_call(tpy_vm *vm, tpy_type *meta, tpy_object *const *args, size_t nargs,
                              tpy_object *kwnames)
{
    size_t nkw = kwnames ? (size_t)tpy_tuple_len(kwnames) : 0;
    if (meta == &tpy_type_type && nargs == 1 && !nkw)
        return tpy_newref(&tpy_type_of(args[0])->ob);
    if (nargs != 3)
        return tpy_err_format(vm, &tpy_exc_TypeError,
                              "type() takes 1 or 3 arguments");
    tpy_object *kw = NULL;
    if (nkw) {
        if (!(kw = tpy_dict_new(vm)))
            return NULL;
        for (size_t i = 0; i < nkw; i++)
            if (tpy_dict_set(vm, kw, tpy_tuple_get(kwnames, (intptr_t)i), args[nargs + i]) < 0) {
                tpy_decref(vm, kw);
                return NULL;
            }
    }
    /* The most derived metaclass of the bases wins (CPython's rule). */
    if (tpy_tuple_check(args[1]))
        for (intptr_t i = 0; i < tpy_tuple_len(args[1]); i++) {
            tpy_type *bm = tpy_type_of(tpy_tuple_get(args[1], i));
            if (tpy_type_is_subtype(bm, meta))
                meta = bm;
            else if (!tpy_type_is_subtype(meta, bm)) {
                tpy_xdecref(vm, kw);
                return tpy_err_format(vm, &tpy_exc_TypeError,
                                      "metaclass conflict: the metaclass of a derived class must "
                                      "be a (non-strict) subclass of the metaclasses of all its "
                                      "bases");
            }
        }
    tpy_object *r = tpy_heaptype_new(vm, meta, args[0], args[1], args[2], kw);
    tpy_xdecref(vm, kw);
    return r;
}

/* ---- __new__ and __init__ of builtin types, for super() and explicit calls ---------- */

/* T.__new__(S, ...): S must be a subtype of T; a heap subclass of list or
 * dict gets the zeroed container its own new_ would make. */
static tpy_object *new_wrapper(tpy_vm *vm, tpy_object *self, tpy_object *const *args,
                               size_t nargs, tpy_object *kwnames)
{
    tpy_type *owner = (tpy_type *)self;
    if (nargs == 0)
        return tpy_err_format(vm, &tpy_exc_TypeError, "%s.__new__(): not enough arguments",
                              owner->name);
    if (!tpy_is_type(args[0]))
        return tpy_err_format(vm, &tpy_exc_TypeError, "%s.__new__(X): X is not a type object (%s)",
                              owner->name, tpy_type_of(args[0])->name);
    tpy_type *sub = (tpy_type *)args[0];
    if (!tpy_type_is_subtype(sub, owner))
        return tpy_err_format(vm, &tpy_exc_TypeError,
                              "%s.__new__(%s): %s is not a subtype of %s", owner->name, sub->name,
                              sub->name, owner->name);
    if (tpy_is_heaptype(sub) && (owner == &tpy_list_type || owner == &tpy_dict_type))
        return zeroed_new(vm, sub, args + 1, nargs - 1, kwnames);
    if (owner == &tpy_object_type && tpy_is_heaptype(sub)) {
        /* object.__new__(C, ...) from a Python __new__: arguments are the
         * overriding __new__'s business (CPython's excess-args rule). */
        tpy_object *o = tpy_alloc(vm, sub);
        if (o)
            memset((char *)o + sizeof(tpy_object), 0, sub->layout.basic_size - sizeof(tpy_object));
        return o;
    }
    return owner->new_(vm, sub, args + 1, nargs - 1, kwnames);
}

static const tpy_method_def new_def = {"__new__", new_wrapper, 0, NULL};

#define INIT_WRAPPER(fname, T)                                                            \
    static tpy_object *fname(tpy_vm *vm, tpy_object *self, tpy_object *const *args,        \
                             size_t nargs, tpy_object *kwnames)                           \
    {                                                                                     \
        return (T).init(vm, self, args, nargs, kwnames) < 0 ? NULL : tpy_newref(TPY_NONE); \
    }
/* BaseException.__init__(*args) stores args again (a subclass's __init__
 * may pass different ones to super().__init__). */
static tpy_object *exc_init_wrapper(tpy_vm *vm, tpy_object *self, tpy_object *const *args,
                                    size_t nargs, tpy_object *kwnames)
{
    if (tpy_exc_BaseException.init(vm, self, args, nargs, kwnames) < 0)
        return NULL;
    tpy_object *t = tpy_tuple_new(vm, nargs);
    if (!t)
        return NULL;
    for (size_t i = 0; i < nargs; i++)
        ((tpy_tuple *)t)->items[i] = tpy_newref(args[i]);
    tpy_object *name = tpy_str_intern_c(vm, "args");
    int r = name ? tpy_setattr(vm, self, name, t) : -1;
    tpy_xdecref(vm, name);
    tpy_decref(vm, t);
    return r < 0 ? NULL : tpy_newref(TPY_NONE);
}
INIT_WRAPPER(list_init_wrapper, tpy_list_type)
INIT_WRAPPER(dict_init_wrapper, tpy_dict_type)

static const tpy_method_def exc_init_def = {"__init__", exc_init_wrapper, 0, NULL};
static const tpy_method_def list_init_def = {"__init__", list_init_wrapper, 0, NULL};
static const tpy_method_def dict_init_def = {"__init__", dict_init_wrapper, 0, NULL};

static int set_new(tpy_vm *vm, tpy_object *dict, const char *name, tpy_object *v)
{
    int r = v ? tpy_dict_set_c(vm, dict, name, v) : -1;
    tpy_xdecref(vm, v);
    return r;
}

int tpy_heaptype_builtin_wrappers(tpy_vm *vm, tpy_type *t, tpy_object *dict)
{
    if (t->new_ && set_new(vm, dict, "__new__",
                           tpy_builtin_method_new(vm, tpy_newref(&t->ob), &new_def)) < 0)
        return -1;
    const tpy_method_def *init = t == &tpy_exc_BaseException ? &exc_init_def
                                 : t == &tpy_list_type       ? &list_init_def
                                 : t == &tpy_dict_type       ? &dict_init_def
                                                             : NULL;
    if (init && set_new(vm, dict, "__init__", tpy_method_descr_new(vm, t, init)) < 0)
        return -1;
    return 0;
}
