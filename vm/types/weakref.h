/* vm/types/weakref.h: weak references (weakref.ref and weakref.proxy).
 *
 * A type whose instances can be weakly referenced sets `weaklist_offset`
 * (object.h) to the offset of a `tpy_object *` field, zeroed at
 * allocation. That field heads a doubly linked list of the weak references
 * to the object; the weakref type owns the list:
 *
 *   referent ─ weaklist ─► wr1 ⇄ wr2 ⇄ wr3        each wr->referent: borrowed
 *
 * A weak reference does not keep its referent alive. When the referent
 * dies, by reference counting (tpy_dealloc asks tpy_gc_weakrefs_dying) or
 * in a collection (the collector's clear_refs hook), every reference in
 * its list is cleared and the callbacks run, as in CPython. Classes whose
 * instances should be weakly referenceable (user classes: every class
 * without __slots__) need such a field and the offset set; nothing else. */
#ifndef TIERPY_VM_TYPES_WEAKREF_H
#define TIERPY_VM_TYPES_WEAKREF_H

#include "object.h"

typedef struct tpy_weakref {
    tpy_object ob;
    tpy_object *referent;          /* borrowed; NULL once the referent died */
    tpy_object *callback;          /* owned; NULL: none (or already called) */
    tpy_hash_t hash;               /* -1 until computed (kept after death) */
    struct tpy_weakref *prev, *next; /* the referent's list */
} tpy_weakref;

extern tpy_type tpy_weakref_type, tpy_weakproxy_type, tpy_weakcallableproxy_type;

/* Register the types and the collector's hooks (process-wide, once, before
 * the first VM). */
void tpy_weakref_process_init(void);

/* weakref.ref(o, callback) / weakref.proxy(o, callback): callback may be
 * NULL or None. TypeError for an object that cannot be weakly referenced. */
tpy_object *tpy_weakref_new(tpy_vm *vm, tpy_object *o, tpy_object *callback);
tpy_object *tpy_weakproxy_new(tpy_vm *vm, tpy_object *o, tpy_object *callback);
/* The referent (borrowed), or NULL when it died. */
tpy_object *tpy_weakref_get(tpy_object *wr);
/* getweakrefcount(o) and getweakrefs(o) (a new list). */
intptr_t tpy_weakref_count(tpy_object *o);
tpy_object *tpy_weakref_list(tpy_vm *vm, tpy_object *o);

/* Fill the namespace of the _weakref / weakref module. */
int tpy_weakref_module_fill(tpy_vm *vm, tpy_object *dict);

#endif
