/* vm/core/heaptype.h: classes made at run time (`class` statements and
 * type(name, bases, dict)): their layout, attribute lookup on instances,
 * and the slot table that dispatches the core's C slots to dunder methods.
 *
 * A heap type is a tpy_type followed by what a static type keeps in
 * static data: its name objects and its own copies of the number and
 * container slot tables (so that assigning C.__add__ later can patch one
 * entry). Instances of a class whose solid base is `object` (or a builtin
 * container whose layout ends at a fixed size: list, dict, exceptions)
 * extend the base's layout with the __slots__ pointers and then a
 * __dict__ pointer (dict_offset). Instances reference their type. */
#ifndef TIERPY_VM_HEAPTYPE_H
#define TIERPY_VM_HEAPTYPE_H

#include "instvalues.h"
#include "object.h"
#include "types.h"
#include "vm.h"

typedef struct tpy_heaptype {
    tpy_type type;
    tpy_object *name_obj;        /* str, owned: type.name is its UTF-8 */
    tpy_object *qualname;        /* str, owned */
    tpy_number_slots number;     /* type.number points here */
    tpy_container_slots container; /* type.container points here */
    tpy_type *solid;             /* the builtin type whose layout instances extend */
    size_t slots_offset;         /* first __slots__ pointer (0: none) */
    size_t nslots;
    tpy_object *weaklist;        /* weak references to the class (the weakref type's) */
    tpy_type_link link;          /* in vm->heap_types; not a reference (subclasses.c) */
    bool has_subclasses;         /* some class has this one in its mro (typecache.c) */
    tpy_shared_keys keys;        /* instances' attribute names (instvalues.h) */
} tpy_heaptype;

static inline bool tpy_is_heaptype(const tpy_type *t)
{
    return (t->flags & TPY_TF_HEAPTYPE) != 0;
}

/* The collector's view of an instance's __dict__ (docs/gc.md, "Instance
 * dicts"): a dict that is untracked and referenced by its instance alone
 * belongs to the instance, as CPython 3.11's inline attribute values do.
 * The instance's traverse visits the dict's contents instead of the dict,
 * so the dict never sits on a generation list. Setting an attribute keeps
 * it so; reading __dict__ from Python hands it out and tracks it. */
static inline bool tpy_instance_dict_owned(const tpy_object *d)
{
    return d->refcnt == 1 && TPY_GC_HEAD(d)->next == 0;
}

/* Visit what an instance's __dict__ slot holds: a values block's values,
 * an owned dict's contents, or the dict. */
__attribute__((always_inline))
static inline int tpy_instance_visit_dict_slot(tpy_object *d, tpy_obj_visit_fn visit, void *arg)
{
    if (!d)
        return 0;
    if (tpy_slot_is_values(d))
        return tpy_values_visit(tpy_slot_values(d), visit, arg);
    return tpy_instance_dict_owned(d) ? tpy_dict_visit_entries(d, visit, arg) : visit(d, arg);
}

/* The __dict__ slot of an instance of a TPY_TF_VAR_DICT class: the first
 * pointer-aligned word after its items (the class's layout has room). */
static inline tpy_object **tpy_var_dict_ptr(tpy_object *o, const tpy_type *solid)
{
    size_t end = solid->layout.basic_size
                 + (size_t)((tpy_var_object *)o)->size * solid->layout.item_size;
    end = (end + sizeof(tpy_object *) - 1) & ~(sizeof(tpy_object *) - 1);
    return (tpy_object **)((char *)o + end);
}

/* Visit the fields an instance of heap type `t` has beyond its solid
 * base (slots, the dict or an owned dict's contents; never the weak
 * reference list, which the weakref type owns), then its class. Inline
 * so that the collector can specialise it to its own visit functions. */
__attribute__((always_inline))
static inline int tpy_instance_visit_fields(tpy_object *o, const tpy_heaptype *h,
                                            tpy_obj_visit_fn visit, void *arg)
{
    const tpy_type *t = &h->type;
    if (!t->layout.item_size) {   /* var-size solids get no added fields */
        size_t start = h->solid->layout.basic_size;
        tpy_object **p = (tpy_object **)((char *)o + start);
        size_t n = (t->layout.basic_size - start) / sizeof *p;
        tpy_object **weak =
            t->weaklist_offset ? (tpy_object **)((char *)o + t->weaklist_offset) : NULL;
        tpy_object **dict = t->dict_offset ? (tpy_object **)((char *)o + t->dict_offset) : NULL;
        if (n == 2 && dict == p && weak == p + 1) {   /* the usual class: no __slots__ */
            int r = tpy_instance_visit_dict_slot(*dict, visit, arg);
            return r ? r : visit((tpy_object *)&t->ob, arg);
        }
        for (size_t i = 0; i < n; i++) {
            if (!p[i] || &p[i] == weak)
                continue;
            int r = &p[i] == dict ? tpy_instance_visit_dict_slot(p[i], visit, arg)
                                  : visit(p[i], arg);
            if (r)
                return r;
        }
    } else if (t->flags & TPY_TF_VAR_DICT) {
        int r = tpy_instance_visit_dict_slot(*tpy_var_dict_ptr(o, h->solid), visit, arg);
        if (r)
            return r;
    }
    /* An instance owns a reference to its class (tpy_alloc took it,
     * the destroy hook drops it): a class in a cycle through its instances
     * (C.singleton = C()) must be seen as referenced from inside. */
    return visit((tpy_object *)&t->ob, arg);
}
/* The class defines __del__ (its finalize slot is not its solid base's):
 * its instances run it before their weak references are cleared. */
bool tpy_instance_has_del(const tpy_type *t);
/* The traverse hook of every heap type's instances (the solid base's own
 * hook, then tpy_instance_visit_fields). */
int tpy_instance_traverse(tpy_object *o, tpy_obj_visit_fn visit, void *arg);

/* type(name, bases, dict) with metatype `meta` (type or a subclass). */
tpy_object *tpy_heaptype_new(tpy_vm *vm, tpy_type *meta, tpy_object *name, tpy_object *bases,
                             tpy_object *dict, tpy_object *kwnames_dict);
/* type.__new__ from Python: type(o) with one argument, else the above. */
tpy_object *tpy_type_new_call(tpy_vm *vm, tpy_type *meta, tpy_object *const *args,
                              size_t nargs, tpy_object *kwnames);
void tpy_heaptype_destroy(tpy_obj_heap *heap, tpy_object *o);
/* type's collector hooks (docs/gc.md): classes are containers. */
int tpy_heaptype_traverse(tpy_object *o, tpy_obj_visit_fn visit, void *arg);
void tpy_heaptype_clear(tpy_obj_heap *heap, tpy_object *o);
/* Attribute assignment on a heap type: updates the dict and re-derives
 * the slot of a dunder name. */
int tpy_heaptype_setattr(tpy_vm *vm, tpy_object *type, tpy_object *name, tpy_object *value);
/* __new__ (and a few __init__) of a builtin type, added to its per-VM dict. */
int tpy_heaptype_builtin_wrappers(tpy_vm *vm, tpy_type *t, tpy_object *dict);
tpy_object *tpy_heaptype_qualname(tpy_type *t);   /* borrowed, NULL for builtins */

/** Appends the new class `h` to the VM's creation-ordered list of live heap
 *  types (vm/core/subclasses.c); the list holds no reference. */
void tpy_subclasses_register(tpy_vm *vm, tpy_heaptype *h);
/** Removes `h` from that list (its destroy hook); a no-op if never added. */
void tpy_subclasses_unregister(tpy_heaptype *h);
/** Detaches every class still listed: the VM is going away before them. */
void tpy_subclasses_fini(tpy_vm *vm);
/** type.__subclasses__(): a new list of the live classes that have `t`
 *  among their __bases__, in the order they were made. */
tpy_object *tpy_type_subclasses(tpy_vm *vm, tpy_type *t);
/** object.__class__'s setter (vm/core/classassign.c): TypeError unless both
 *  classes are heap types with the same instance layout. */
int tpy_object_set_class(tpy_vm *vm, tpy_object *self, tpy_object *value);

/* object.__getattribute__ / __setattr__ with instance dicts (CPython's
 * PyObject_GenericGetAttr). */
tpy_object *tpy_object_getattribute(tpy_vm *vm, tpy_object *o, tpy_object *name);
/* The same, returning NULL without an exception when merely missing. */
tpy_object *tpy_object_getattribute_opt(tpy_vm *vm, tpy_object *o, tpy_object *name);
int tpy_object_setattribute(tpy_vm *vm, tpy_object *o, tpy_object *name, tpy_object *value);
/* The instance dict slot of `o`, or NULL when its type has none. The
 * slot holds NULL, a dict, or a tagged values block (instvalues.h). */
tpy_object **tpy_instance_dict_ptr(tpy_object *o);
/* Give `o` a real dict in place of its values block, if it has one (its
 * class is about to change, or __dict__ is handed out). 0 or -1. */
int tpy_instance_materialize(tpy_vm *vm, tpy_object *o);

/* slotdefs.c: point the type's C slots at the trampolines for each dunder
 * method its MRO defines in Python; `name` non-NULL: that name only. */
void tpy_slots_update(tpy_vm *vm, tpy_type *t, tpy_object *name);
/* Call type(o).<name>(o, *args) looked up on the type, binding as a
 * method; NULL with AttributeError if missing (`missing` set true). */
tpy_object *tpy_call_special(tpy_vm *vm, tpy_object *o, const char *name,
                             tpy_object *const *args, size_t nargs, bool *missing);

/* descrobject.c */
extern tpy_type tpy_property_type, tpy_staticmethod_type, tpy_classmethod_type, tpy_super_type,
    tpy_member_descr_type, tpy_getitem_iter_type;
/* iter(o) for a class with __getitem__ but no __iter__. */
tpy_object *tpy_getitem_iter_new(tpy_vm *vm, tpy_object *seq);
tpy_object *tpy_member_descr_new(tpy_vm *vm, tpy_type *owner, tpy_object *name, size_t offset);

#endif
