/* vm/gc/gcstate.c: the collector's state and schedule: when a collection
 * runs and of which generation, the callbacks around it, thresholds,
 * enable/disable, the permanent generation. */
#include "abstract.h"
#include "error.h"
#include "gc_internal.h"
#include "refcount.h"
#include "types.h"

static tpy_gc_generation *gens_of(tpy_vm *vm)
{
    return tpy_obj_heap_gc(vm->heap);
}

/* ---- life ------------------------------------------------------------------------------------ */

int tpy_gc_init(tpy_vm *vm)
{
    struct tpy_gc *gc = tpy_obj_heap_calloc(vm->heap, 1, sizeof *gc);
    if (!gc)
        return -1;
    vm->gc = gc;
    gc->enabled = true;
    gc->threshold[0] = 700;
    gc->threshold[1] = 10;
    gc->threshold[2] = 10;
    gc->trigger.count0 = &gens_of(vm)[0].count;
    tpy_gc_update_trigger(vm);
    tpy_gc_list_init(&gc->permanent);
    gc->garbage = tpy_list_new(vm, 0);
    gc->callbacks = tpy_list_new(vm, 0);
    if (!gc->garbage || !gc->callbacks) {
        tpy_err_clear(vm);
        return -1;
    }
    return 0;
}

void tpy_gc_fini(tpy_vm *vm)
{
    struct tpy_gc *gc = vm->gc;
    if (!gc)
        return;
    gc->debug = 0;   /* no SAVEALL, no printing: this collection frees */
    tpy_gc_unfreeze(vm);
    TPY_CLEAR(vm, gc->callbacks);
    TPY_CLEAR(vm, gc->garbage);
    if (!gc->collecting) {
        gc->collecting = true;
        tpy_gc_collect_main(vm, TPY_GC_GENERATIONS - 1);
        tpy_err_clear(vm);
    }
    vm->gc = NULL;
    tpy_obj_heap_free(vm->heap, gc);
}

/* ---- callbacks ---------------------------------------------------------------------------- */

static tpy_object *callback_info(tpy_vm *vm, int generation, intptr_t collected,
                                 intptr_t uncollectable)
{
    tpy_object *info = tpy_dict_new(vm);
    const char *keys[] = {"generation", "collected", "uncollectable"};
    intptr_t values[] = {generation, collected, uncollectable};
    for (size_t i = 0; info && i < 3; i++) {
        tpy_object *v = tpy_int_from_i64(vm, values[i]);
        int r = v ? tpy_dict_set_c(vm, info, keys[i], v) : -1;
        tpy_xdecref(vm, v);
        if (r < 0)
            TPY_CLEAR(vm, info);
    }
    return info;
}

/* Each callback in gc.callbacks, called as callback(phase, info); the
 * list may change under the calls, so the index is re-checked. */
static void call_each(tpy_vm *vm, tpy_object *phase, tpy_object *info)
{
    tpy_object *cbs = vm->gc->callbacks;
    for (intptr_t i = 0; cbs && i < tpy_list_len(cbs); i++) {
        tpy_object *cb = tpy_newref(tpy_list_get(cbs, i));
        tpy_object *args[2] = {phase, info};
        tpy_object *r = tpy_call(vm, cb, args, 2, NULL);
        if (r)
            tpy_decref(vm, r);
        else
            tpy_gc_write_unraisable(vm, NULL, cb);
        tpy_decref(vm, cb);
    }
}

static void invoke_callbacks(tpy_vm *vm, const char *phase, int generation, intptr_t collected,
                             intptr_t uncollectable)
{
    if (!vm->gc->callbacks || tpy_list_len(vm->gc->callbacks) == 0)
        return;
    tpy_object *saved = tpy_err_fetch(vm);
    tpy_object *p = tpy_str_from_cstr(vm, phase);
    tpy_object *info = p ? callback_info(vm, generation, collected, uncollectable) : NULL;
    if (info)
        call_each(vm, p, info);
    else
        tpy_gc_write_unraisable(vm, "gc callbacks", NULL);
    tpy_xdecref(vm, info);
    tpy_xdecref(vm, p);
    tpy_err_restore(vm, saved);
}

/* ---- collecting --------------------------------------------------------------------------------- */

/* `collecting` is set around the callbacks too: what they allocate
 * cannot start another collection. */
static intptr_t collect_with_callbacks(tpy_vm *vm, int generation)
{
    struct tpy_gc *gc = vm->gc;
    gc->collecting = true;
    invoke_callbacks(vm, "start", generation, 0, 0);
    if (gc->observer)
        gc->observer(gc->observer_ctx, 0, generation, 0, 0);
    uint64_t t0 = gc->observer ? tpy_gc_now_ns() : 0;
    intptr_t n = tpy_gc_collect_main(vm, generation);
    if (gc->observer)
        gc->observer(gc->observer_ctx, 1, generation, n, tpy_gc_now_ns() - t0);
    invoke_callbacks(vm, "stop", generation, n, 0);
    gc->collecting = false;
    return n;
}

intptr_t tpy_gc_collect(tpy_vm *vm, int generation)
{
    if (generation < 0 || generation >= TPY_GC_GENERATIONS) {
        tpy_err_set(vm, &tpy_exc_ValueError, "invalid generation");
        return -1;
    }
    if (!vm->gc || vm->gc->collecting)
        return 0;   /* a nested request, or the VM is being deleted */
    return collect_with_callbacks(vm, generation);
}

/* CPython's collect_generations: the oldest generation whose count passed
 * its threshold; the oldest one only when enough objects wait for it
 * (long_lived_pending > long_lived_total / 4), which keeps full
 * collections from making a growing heap quadratic. */
static int pick_generation(tpy_vm *vm)
{
    struct tpy_gc *gc = vm->gc;
    tpy_gc_generation *gens = gens_of(vm);
    for (int i = TPY_GC_GENERATIONS - 1; i >= 0; i--) {
        if (gens[i].count <= gc->threshold[i])
            continue;
        if (i == TPY_GC_GENERATIONS - 1 && gc->long_lived_pending < gc->long_lived_total / 4)
            continue;
        return i;
    }
    return -1;
}

intptr_t tpy_gc_maybe_collect(tpy_vm *vm)
{
    struct tpy_gc *gc = vm->gc;
    if (!gc || !gc->enabled || gc->collecting || gc->threshold[0] == 0 ||
        gens_of(vm)[0].count <= gc->threshold[0] || vm->exc)
        return 0;
    int generation = pick_generation(vm);
    return generation < 0 ? 0 : collect_with_callbacks(vm, generation);
}

void tpy_gc_set_observer(tpy_vm *vm, tpy_gc_observer fn, void *ctx)
{
    vm->gc->observer = fn;
    vm->gc->observer_ctx = ctx;
}

/* ---- settings ------------------------------------------------------------------------------ */

void tpy_gc_update_trigger(tpy_vm *vm)
{
    struct tpy_gc *gc = vm->gc;
    gc->trigger.limit = gc->enabled && gc->threshold[0] > 0 ? gc->threshold[0] : INTPTR_MAX;
}

void tpy_gc_enable(tpy_vm *vm)
{
    vm->gc->enabled = true;
    tpy_gc_update_trigger(vm);
}

void tpy_gc_disable(tpy_vm *vm)
{
    vm->gc->enabled = false;
    tpy_gc_update_trigger(vm);
}

bool tpy_gc_isenabled(tpy_vm *vm) { return vm->gc->enabled; }
bool tpy_gc_collecting(tpy_vm *vm) { return vm->gc->collecting; }
unsigned tpy_gc_get_debug(tpy_vm *vm) { return vm->gc->debug; }
void tpy_gc_set_debug(tpy_vm *vm, unsigned flags) { vm->gc->debug = flags; }
tpy_object *tpy_gc_garbage(tpy_vm *vm) { return vm->gc->garbage; }
tpy_object *tpy_gc_callbacks(tpy_vm *vm) { return vm->gc->callbacks; }

void tpy_gc_get_count(tpy_vm *vm, intptr_t count[TPY_GC_GENERATIONS])
{
    for (int i = 0; i < TPY_GC_GENERATIONS; i++)
        count[i] = gens_of(vm)[i].count;
}

void tpy_gc_get_threshold(tpy_vm *vm, int threshold[TPY_GC_GENERATIONS])
{
    for (int i = 0; i < TPY_GC_GENERATIONS; i++)
        threshold[i] = vm->gc->threshold[i];
}

void tpy_gc_set_threshold(tpy_vm *vm, int t0, int t1, int t2)
{
    int t[TPY_GC_GENERATIONS] = {t0, t1, t2};
    for (int i = 0; i < TPY_GC_GENERATIONS; i++)
        if (t[i] >= 0)
            vm->gc->threshold[i] = t[i];
    tpy_gc_update_trigger(vm);
}

/* ---- the permanent generation -------------------------------------------------------------- */

void tpy_gc_freeze(tpy_vm *vm)
{
    tpy_gc_generation *gens = gens_of(vm);
    for (int i = 0; i < TPY_GC_GENERATIONS; i++) {
        tpy_gc_list_merge(&gens[i].head, &vm->gc->permanent);
        gens[i].count = 0;
    }
}

void tpy_gc_unfreeze(tpy_vm *vm)
{
    tpy_gc_list_merge(&vm->gc->permanent, &gens_of(vm)[TPY_GC_GENERATIONS - 1].head);
}

size_t tpy_gc_get_freeze_count(tpy_vm *vm)
{
    return tpy_gc_list_size(&vm->gc->permanent);
}

/* ---- single objects -------------------------------------------------------------------------- */

bool tpy_gc_object_tracked(const tpy_object *o)
{
    const tpy_gc_head *g = tpy_gc_head_of(o);
    return g && g->next != 0;
}

bool tpy_gc_object_finalized(const tpy_object *o)
{
    const tpy_gc_head *g = tpy_gc_head_of(o);
    return g && (g->prev & TPY_GC_PREV_FINALIZED);
}

void tpy_gc_untrack(tpy_object *o)
{
    if (tpy_gc_head_of(o))
        tpy_obj_gc_untrack(o);
}

void tpy_gc_track(tpy_vm *vm, tpy_object *o)
{
    tpy_obj_gc_track(vm->heap, o);
}
