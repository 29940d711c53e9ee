/* vm/core/instvalues.h: instance attributes without a dict per instance
 * (CPython 3.11's "inline values" with a class's shared keys).
 *
 *   class C (tpy_heaptype)                 instance of C
 *   ┌───────────────────────────┐          ┌─────────────────────────┐
 *   │ keys.n = 3                │          │ GC head, refcnt, type   │
 *   │ keys.names: x │ y │ z │…  │          │ __dict__ slot ──────────┼─┐
 *   └───────────────────────────┘          │ weak reference list     │ │
 *          index  0   1   2                └─────────────────────────┘ │
 *                                                       (pointer | 1)  │
 *   tpy_inst_values ◄──────────────────────────────────────────────────┘
 *   ┌──────────┬──────────┬──────────┬──────────┬─────────────────────┐
 *   │ cap=4 n=2│ values[0]│ values[1]│ values[2]│ values[3] │ order:1 0│
 *   └──────────┴──────────┴──────────┴──────────┴─────────────────────┘
 *
 * Instances of one class almost always get the same attributes, set in
 * the same order by __init__. The class keeps the names once (shared
 * keys, append-only, at most TPY_SHARED_KEYS_MAX); an instance keeps only
 * a small block of values indexed like the names (NULL: not set) and the
 * order in which it set them (what __dict__ shows). The instance's
 * __dict__ slot holds either NULL, a real dict, or the values block
 * tagged with its low bit. A real dict replaces the block (for good) when
 * __dict__ itself is asked for, when the class's keys are full, or when
 * a name is not an exact str; vm/core/heaptype.c decides, this file does
 * the block's work.
 *
 * Why: an instance then costs two allocations and about 100 bytes
 * instead of three and about 250 (instance, dict, keys table), and the
 * collector reaches its attributes with one less pointer to chase. */
#ifndef TIERPY_VM_INSTVALUES_H
#define TIERPY_VM_INSTVALUES_H

#include <stdbool.h>
#include <stdint.h>

#include "object.h"
#include "types.h"

/* Why 30: CPython's limit for shared keys; few classes come close. */
#define TPY_SHARED_KEYS_MAX 30

/* A class's attribute names, in the order instances first set them,
 * with a small hash index over them (slot: index + 1, 0 empty; linear
 * probing; at most 30 of 64 slots used). */
#define TPY_SHARED_KEYS_TABLE 64
typedef struct tpy_shared_keys {
    uint8_t n;
    uint8_t table[TPY_SHARED_KEYS_TABLE];
    tpy_object *names[TPY_SHARED_KEYS_MAX];   /* interned exact strs, owned */
} tpy_shared_keys;

/* One instance's values; the order bytes follow values[cap]. */
typedef struct tpy_inst_values {
    uint8_t cap;   /* value slots */
    uint8_t n;     /* values set: the first n order bytes are their indices */
    tpy_object *values[];
} tpy_inst_values;

#define TPY_VALUES_TAG ((uintptr_t)1)

/* The __dict__ slot holds a values block (else NULL or a dict). */
static inline bool tpy_slot_is_values(const tpy_object *slot)
{
    return ((uintptr_t)slot & TPY_VALUES_TAG) != 0;
}

static inline tpy_inst_values *tpy_slot_values(tpy_object *slot)
{
    return (tpy_inst_values *)((uintptr_t)slot & ~TPY_VALUES_TAG);
}

static inline tpy_object *tpy_values_slot(tpy_inst_values *v)
{
    return (tpy_object *)((uintptr_t)v | TPY_VALUES_TAG);
}

static inline uint8_t *tpy_values_order(tpy_inst_values *v)
{
    return (uint8_t *)&v->values[v->cap];
}

/* The index of `name` (an exact str) among `k`'s names, or -1. */
int tpy_shared_keys_index(const tpy_shared_keys *k, tpy_object *name);

/* The index of an interned exact str `name` whose hash is cached (every
 * code object's names): the common case, inline. */
static inline int tpy_shared_keys_index_interned(const tpy_shared_keys *k, tpy_object *name,
                                                 tpy_hash_t h)
{
    for (size_t j = (size_t)(h ^ (h >> 7)) & (TPY_SHARED_KEYS_TABLE - 1);;
         j = (j + 1) & (TPY_SHARED_KEYS_TABLE - 1)) {
        unsigned e = k->table[j];
        if (!e || k->names[e - 1] == name)
            return (int)e - 1;
    }
}

/* The value of `name` in the block (borrowed), or NULL. */
tpy_object *tpy_values_get(const tpy_shared_keys *k, tpy_inst_values *v, tpy_object *name);

/* tpy_values_get() with an interned name's lookup inline (the names of
 * code objects: interned, hash computed). */
static inline tpy_object *tpy_values_lookup(const tpy_shared_keys *k, tpy_inst_values *v,
                                            tpy_object *name)
{
    const tpy_strobj *s = (const tpy_strobj *)name;
    if (!s->interned || s->hash == -1)
        return tpy_values_get(k, v, name);
    int ix = tpy_shared_keys_index_interned(k, name, s->hash);
    return ix >= 0 && ix < v->cap ? v->values[ix] : NULL;
}

/* Store `value` (a new reference is taken) under `name` in the values
 * block of `*slot` (NULL: a block is made). 0 done, -1 error (set), 1:
 * not storable here (the keys are full or `name` is no exact str) — the
 * caller makes a dict. */
int tpy_values_set(tpy_vm *vm, tpy_shared_keys *k, tpy_object **slot, tpy_object *name,
                   tpy_object *value);

/* `*slot` is NULL: make a block sized for the class's keys and store
 * `value` at `ix` (an index of `k`). 0, or -1 with MemoryError. */
int tpy_values_set_new(tpy_vm *vm, const tpy_shared_keys *k, tpy_object **slot, unsigned ix,
                       tpy_object *value);

/* Store at a known index (< cap): the specialized SETATTR's path. */
void tpy_values_store(tpy_vm *vm, tpy_inst_values *v, unsigned ix, tpy_object *value);

/* Remove `name`: 0 removed, 1 not there. */
int tpy_values_del(tpy_vm *vm, const tpy_shared_keys *k, tpy_inst_values *v, tpy_object *name);

/* Replace the block in `*slot` by a dict holding the same items in the
 * same order (and free the block). 0, or -1 with the block kept. */
int tpy_values_to_dict(tpy_vm *vm, const tpy_shared_keys *k, tpy_object **slot);

/* Release every value and the block; `*slot` becomes NULL. */
void tpy_values_clear(tpy_obj_heap *heap, tpy_object **slot);

/* Visit every value (the collector's traverse). */
static inline int tpy_values_visit(tpy_inst_values *v, tpy_obj_visit_fn visit, void *arg)
{
    for (unsigned i = 0; i < v->cap; i++)
        if (v->values[i]) {
            int r = visit(v->values[i], arg);
            if (r)
                return r;
        }
    return 0;
}

/* Drop the class's names (its destroy hook). */
void tpy_shared_keys_clear(tpy_obj_heap *heap, tpy_shared_keys *k);

#endif /* TIERPY_VM_INSTVALUES_H */
