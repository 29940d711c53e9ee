/* vm/core/refcount.h: the VM's reference counting.
 *
 * Immortal objects (the static builtin types and singletons, the small
 * ints, the VM's empty tuple) are never written: the test comes before the
 * store, so static objects shared by VMs running in several threads stay
 * read-only memory as far as counting goes. A mortal count that reaches
 * zero goes to tpy_dealloc (vm/gc), then layer3's dealloc, which runs the
 * type's destroy hook (release what the object owns, then tpy_obj_free()).
 *
 * Destroy hooks receive the heap, not the VM; they drop the references
 * the object owns with tpy_decref_heap(), which is the same operation.
 */
#ifndef TIERPY_VM_REFCOUNT_H
#define TIERPY_VM_REFCOUNT_H

#include "object.h"
#include "vm.h"

static inline bool tpy_is_immortal(const tpy_object *o)
{
    return tpy_obj_is_immortal(o);
}

static inline void tpy_incref(tpy_object *o)
{
    if (!tpy_obj_is_immortal(o))
        o->refcnt++;
}

/* A new reference to `o` (CPython's Py_NewRef). */
static inline tpy_object *tpy_newref(tpy_object *o)
{
    tpy_incref(o);
    return o;
}

static inline void tpy_xincref(tpy_object *o)
{
    if (o)
        tpy_incref(o);
}

/* What a count reaching zero does (vm/gc/trashcan.c): layer3's dealloc
 * (the type's destroy hook), with a container first untracked and its
 * destruction deferred when destroys nest too deep, so that freeing a
 * million nested lists needs no million C frames. */
void tpy_dealloc(tpy_obj_heap *heap, tpy_object *o);

static inline void tpy_decref_heap(tpy_obj_heap *heap, tpy_object *o)
{
    if (tpy_obj_is_immortal(o))
        return;
    if (--o->refcnt == 0)
        tpy_dealloc(heap, o);
}

static inline void tpy_xdecref_heap(tpy_obj_heap *heap, tpy_object *o)
{
    if (o)
        tpy_decref_heap(heap, o);
}

static inline void tpy_decref(tpy_vm *vm, tpy_object *o)
{
    tpy_decref_heap(tpy_vm_heap(vm), o);
}

static inline void tpy_xdecref(tpy_vm *vm, tpy_object *o)
{
    if (o)
        tpy_decref(vm, o);
}

/* Drop the reference held in *slot and set it to NULL before the decref,
 * so that a destructor that looks at the owner sees a consistent object. */
#define TPY_CLEAR(vm, slot)                  \
    do {                                     \
        tpy_object *tpy_tmp_ = (tpy_object *)(slot); \
        if (tpy_tmp_) {                      \
            (slot) = NULL;                   \
            tpy_decref((vm), tpy_tmp_);      \
        }                                    \
    } while (0)

/* Replace the reference in *slot by `value` (a reference the caller
 * gives away), dropping the old one after the store. */
#define TPY_SETREF(vm, slot, value)          \
    do {                                     \
        tpy_object *tpy_old_ = (tpy_object *)(slot); \
        (slot) = (value);                    \
        tpy_xdecref((vm), tpy_old_);         \
    } while (0)

#define TPY_XDECREF(vm, o) tpy_xdecref((vm), (tpy_object *)(o))
#define TPY_DECREF(vm, o) tpy_decref((vm), (tpy_object *)(o))
#define TPY_INCREF(o) tpy_incref((tpy_object *)(o))

#endif
