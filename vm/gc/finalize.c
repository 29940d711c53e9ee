/* vm/gc/finalize.c: what happens to garbage before its cycles are broken:
 * weak references to it are cleared (and their callbacks run), then each
 * object's finalizer runs, once in the object's life (PEP 442).
 *
 * Order matters, as in CPython: weak references first, so that no
 * callback and no finalizer can reach a half-cleared object through a
 * weak reference; finalizers before any clear hook, so that __del__ sees
 * its object whole. */
#include "abstract.h"
#include "error.h"
#include "gc_internal.h"
#include "refcount.h"
#include "types.h"

/* ---- unraisable exceptions ---------------------------------------------------------------- */

void tpy_gc_write_unraisable(tpy_vm *vm, const char *where, tpy_object *obj)
{
    tpy_object *exc = tpy_err_fetch(vm);
    if (!exc)
        return;
    tpy_object *msg = obj ? tpy_str_format(vm, "Exception ignored in: %R\n%T: %S\n", obj, exc, exc)
                          : tpy_str_format(vm, "Exception ignored in: %s\n%T: %S\n", where, exc, exc);
    if (msg) {
        size_t n;
        const char *s = tpy_str_utf8(vm, msg, &n);
        if (s)
            tpy_vm_write_stderr(vm, s, n);
        tpy_decref(vm, msg);
    }
    tpy_err_clear(vm);   /* whatever the report itself raised */
    tpy_decref(vm, exc);
}

/* ---- finalizers ----------------------------------------------------------------------------- */

void tpy_gc_call_finalizer(tpy_vm *vm, tpy_object *o)
{
    tpy_type *t = tpy_type_of(o);
    if (!t->finalize)
        return;
    tpy_gc_head *g = tpy_gc_head_of(o);
    if (g) {
        if (g->prev & TPY_GC_PREV_FINALIZED)
            return;
        /* (I3): set before the call, so that an object the finalizer
         * resurrects and drops again is not finalized a second time. */
        g->prev |= TPY_GC_PREV_FINALIZED;
    }
    tpy_object *saved = tpy_err_fetch(vm);
    t->finalize(vm, o);
    if (tpy_err_occurred(vm))
        tpy_gc_write_unraisable(vm, NULL, o);
    tpy_err_restore(vm, saved);
}

/* Each object moves to `seen` before its finalizer runs, so the loop
 * always takes the first object left: a finalizer may free other members
 * (they unlink themselves) or untrack them, and the loop stays valid. The
 * object itself is held during the call. */
size_t tpy_gc_finalize_garbage(tpy_vm *vm, tpy_gc_head *garbage)
{
    size_t called = 0;
    tpy_gc_head seen;
    tpy_gc_list_init(&seen);
    while (!tpy_gc_list_is_empty(garbage)) {
        tpy_gc_head *g = tpy_gc_next(garbage);
        tpy_object *o = TPY_GC_OBJ(g);
        tpy_gc_list_move(g, &seen);
        if (tpy_type_of(o)->finalize && !(g->prev & TPY_GC_PREV_FINALIZED)) {
            tpy_incref(o);
            tpy_gc_call_finalizer(vm, o);
            tpy_decref(vm, o);
            called++;
        }
    }
    tpy_gc_list_merge(&seen, garbage);
    return called;
}

/* ---- weak references -------------------------------------------------------------------------- */

/* Set once by the weakref type before the first VM; NULL until it exists,
 * and then no object can be weakly referenced. */
static const tpy_gc_weakref_ops *weakref_ops;

void tpy_gc_set_weakref_ops(const tpy_gc_weakref_ops *ops)
{
    weakref_ops = ops;
}

bool tpy_gc_in_collected_set(const tpy_object *o)
{
    const tpy_gc_head *g = tpy_gc_head_of(o);
    return g && tpy_gc_is_collecting(g);   /* only garbage has it outside steps 1-3 ((I2)) */
}

static tpy_object *weaklist_of(tpy_object *o)
{
    size_t off = tpy_type_of(o)->weaklist_offset;
    return off ? *(tpy_object **)((char *)o + off) : NULL;
}

/* Clear every weak reference to the garbage, while the garbage is still
 * marked COLLECTING (so clear_refs can skip the callbacks of weak
 * references that are garbage themselves); callbacks wait in `pending`.
 * The same pass ends the UNREACHABLE bits ((I1)) and notes whether any
 * finalizer is left to run. */
static tpy_object *clear_weakrefs(tpy_vm *vm, tpy_gc_head *garbage, bool *finalizers)
{
    tpy_object *pending = NULL;
    garbage->next &= ~TPY_GC_NEXT_UNREACHABLE;
    for (tpy_gc_head *g = tpy_gc_next(garbage); g != garbage; g = tpy_gc_next(g)) {
        g->next &= ~TPY_GC_NEXT_UNREACHABLE;
        tpy_object *o = TPY_GC_OBJ(g);
        if (tpy_type_of(o)->finalize && !(g->prev & TPY_GC_PREV_FINALIZED))
            *finalizers = true;
        if (!weaklist_of(o) || !weakref_ops)
            continue;
        if (!pending && !(pending = tpy_list_new(vm, 0)))
            tpy_err_clear(vm);   /* no memory: references cleared, callbacks lost */
        if (weakref_ops->clear_refs(vm, o, pending) < 0)
            tpy_gc_write_unraisable(vm, "weak reference clearing", NULL);
    }
    return pending;
}

static void call_weakref_callbacks(tpy_vm *vm, tpy_object *pending)
{
    tpy_object *saved = tpy_err_fetch(vm);
    for (intptr_t i = 0; i < tpy_list_len(pending); i++)
        weakref_ops->call_callback(vm, tpy_list_get(pending, i));
    tpy_err_restore(vm, saved);
    tpy_decref(vm, pending);
}

/* Called with the garbage still COLLECTING (and UNREACHABLE); returns
 * with both bits gone from every member ((I1) restored but for the lists
 * it sits on). */
void tpy_gc_handle_weakrefs(tpy_vm *vm, tpy_gc_head *garbage, tpy_gc_garbage_info *info)
{
    info->finalizers = false;
    tpy_object *pending = clear_weakrefs(vm, garbage, &info->finalizers);
    info->size = tpy_gc_clear_collecting(garbage);
    info->callbacks_ran = pending && tpy_list_len(pending) > 0;
    if (pending)
        call_weakref_callbacks(vm, pending);
}

/* Reference counting's side: `o` (count zero, about to be destroyed) has
 * weak references. They are all cleared before any callback runs, so no
 * callback can reach `o`. The VM comes from the heap's owner pointer. */
void tpy_gc_weakrefs_dying(tpy_obj_heap *heap, tpy_object *o)
{
    tpy_vm *vm = tpy_vm_of_heap(heap);
    if (!weakref_ops || !vm)
        return;
    tpy_object *saved = tpy_err_fetch(vm);
    tpy_object *pending = tpy_list_new(vm, 0);
    if (!pending)
        tpy_err_clear(vm);   /* no memory: references cleared, callbacks lost */
    if (weakref_ops->clear_refs(vm, o, pending) < 0)
        tpy_gc_write_unraisable(vm, "weak reference clearing", NULL);
    tpy_err_restore(vm, saved);
    if (pending)
        call_weakref_callbacks(vm, pending);
}
