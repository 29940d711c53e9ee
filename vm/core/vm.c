/* vm/core/vm.c: making and deleting a VM; allocation that raises
 * MemoryError; the recursion guard; GMP's memory routed into the tiers. */
#include "vm.h"

#include <gmp.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <tierpy/os.h>

#include "error.h"
#include "gc.h"
#include "heaptype.h"
#include "refcount.h"
#include "types.h"

void tpy_vm_config_init(tpy_vm_config *cfg)
{
    cfg->use_pool = true;
    cfg->freelists = true;
    cfg->mem = NULL;
    cfg->recursion_limit = 1000;
    cfg->pool = NULL;
    cfg->freelist_cap = TPY_OBJ_CAP_PER_TYPE;
}

/* ---- GMP's memory ------------------------------------------------------------ */

/* Every GMP block carries a 16-byte tag saying where it came from, because
 * GMP cannot report a failed allocation: when the VM's heap refuses (out of
 * memory, or fault injection), the block comes from layer1's default
 * allocator instead, and free must know which one to give it back to. */
enum { GMP_FROM_HEAP = 1, GMP_FROM_MEM = 2 };
typedef struct gmp_tag {
    tpy_obj_heap *heap;   /* NULL: layer1's default allocator */
    size_t size;
} gmp_tag;

static _Thread_local tpy_obj_heap *gmp_current_heap;

static void *gmp_alloc(size_t n)
{
    gmp_tag *t = NULL;
    tpy_obj_heap *h = gmp_current_heap;
    if (h)
        t = tpy_obj_heap_malloc(h, sizeof *t + n);
    if (!t) {
        /* An injected fault (-X failalloc) must not become GMP's abort.
         * The plan is lifted on the allocator this thread's tpy_mem_malloc
         * uses (an embedded VM's own), never on one other threads share. */
        h = NULL;
        tpy_mem_allocator *a = tpy_mem_current();
        tpy_mem_faults *plan = tpy_mem_set_faults(a, NULL);
        t = tpy_mem_malloc(sizeof *t + n);
        tpy_mem_set_faults(a, plan);
    }
    if (!t)
        abort();   /* GMP has no failure path; layer1's default is out too */
    t->heap = h;
    t->size = n;
    return t + 1;
}

static void gmp_free(void *p, size_t n)
{
    (void)n;
    gmp_tag *t = (gmp_tag *)p - 1;
    if (t->heap)
        tpy_obj_heap_free(t->heap, t);
    else
        tpy_mem_free(t);
}

static void *gmp_realloc(void *p, size_t old, size_t n)
{
    void *q = gmp_alloc(n);
    memcpy(q, p, old < n ? old : n);
    gmp_free(p, old);
    return q;
}

tpy_obj_heap *tpy_gmp_enter(tpy_vm *vm)
{
    tpy_obj_heap *prev = gmp_current_heap;
    gmp_current_heap = vm->heap;
    return prev;
}

void tpy_gmp_leave(tpy_obj_heap *previous)
{
    gmp_current_heap = previous;
}

static pthread_once_t process_once = PTHREAD_ONCE_INIT;

static void process_init(void)
{
    mp_set_memory_functions(gmp_alloc, gmp_realloc, gmp_free);
    tpy_types_ready();
}

/* ---- allocation ------------------------------------------------------------------ */

tpy_object *tpy_alloc(tpy_vm *vm, tpy_type *type)
{
    tpy_object *o = tpy_obj_new(vm->heap, &type->layout);
    if (!o)
        tpy_err_no_memory(vm);
    else if (type->flags & TPY_TF_HEAPTYPE)
        tpy_incref(&type->ob);   /* a class lives as long as its instances */
    return o;
}

tpy_object *tpy_alloc_var(tpy_vm *vm, tpy_type *type, size_t n)
{
    tpy_object *o = tpy_obj_new_var(vm->heap, &type->layout, n);
    if (!o)
        tpy_err_no_memory(vm);
    return o;
}

void *tpy_vm_malloc(tpy_vm *vm, size_t n)
{
    void *p = tpy_obj_heap_malloc(vm->heap, n ? n : 1);
    if (!p)
        tpy_err_no_memory(vm);
    return p;
}

void *tpy_vm_realloc(tpy_vm *vm, void *p, size_t n)
{
    void *q = tpy_obj_heap_realloc(vm->heap, p, n ? n : 1);
    if (!q)
        tpy_err_no_memory(vm);
    return q;
}

void tpy_vm_free(tpy_vm *vm, void *p)
{
    tpy_obj_heap_free(vm->heap, p);
}

int tpy_enter_recursive(tpy_vm *vm, const char *where)
{
    if (vm->depth >= vm->recursion_limit || tpy_cstack_low()) {
        tpy_err_format(vm, &tpy_exc_RecursionError, "maximum recursion depth exceeded%s", where);
        return -1;
    }
    vm->depth++;
    return 0;
}

/* ---- start-up and shut-down ----------------------------------------------------------- */

static int init_small_ints(tpy_vm *vm)
{
    vm->small_ints = tpy_obj_small_ints(vm->heap, &tpy_int_type.layout);
    if (!vm->small_ints)
        return -1;
    vm->small_int_stride = tpy_obj_small_int_stride(&tpy_int_type.layout);
    for (long v = TPY_OBJ_SMALL_INT_MIN; v <= TPY_OBJ_SMALL_INT_MAX; v++) {
        tpy_int *i = (tpy_int *)tpy_obj_small_int_at(vm->small_ints, vm->small_int_stride, v);
        /* layer3 sizes the block for one item; the small ints are word ints
         * (no limbs). The block is released as a whole with the heap, so
         * layer3 never reads this count back. */
        i->ob.size = 0;
        i->value = v;
    }
    return 0;
}

/* Immortal empty tuple, str and bytes: one per VM, never counted. */
static int init_empties(tpy_vm *vm)
{
    vm->empty_tuple = tpy_obj_new_immortal(vm->heap, &tpy_tuple_type.layout, 0);
    vm->empty_str = tpy_obj_new_immortal(vm->heap, &tpy_str_type.layout, 1);
    vm->empty_bytes = tpy_obj_new_immortal(vm->heap, &tpy_bytes_type.layout, 1);
    if (!vm->empty_tuple || !vm->empty_str || !vm->empty_bytes)
        return -1;
    tpy_strobj *s = (tpy_strobj *)vm->empty_str;
    s->length = 0;
    s->kind = 1;
    s->ascii = 1;
    s->hash = -1;
    s->data[0] = 0;
    tpy_bytes *b = (tpy_bytes *)vm->empty_bytes;
    b->hash = -1;
    b->data[0] = 0;
    return 0;
}

static int init_memory_error(tpy_vm *vm)
{
    vm->memory_error = tpy_exc_new(vm, &tpy_exc_MemoryError, NULL, 0);
    return vm->memory_error ? 0 : -1;
}

void tpy_vm_process_init(void)
{
    pthread_once(&process_once, process_init);
}

tpy_vm *tpy_vm_create(const tpy_vm_config *cfg)
{
    tpy_vm_process_init();
    tpy_vm_config defaults;
    if (!cfg) {
        tpy_vm_config_init(&defaults);
        cfg = &defaults;
    }
    tpy_obj_heap_config hcfg;
    tpy_obj_heap_config_init(&hcfg);
    hcfg.use_pool = cfg->use_pool;
    hcfg.freelists = cfg->freelists;
    hcfg.mem = cfg->mem;
    if (cfg->pool)
        hcfg.pool = *cfg->pool;
    else   /* one transparent huge page an arena: a page fault per 2 MiB of objects, not per 4 KiB */
        hcfg.pool.arena_size = TPY_OS_HUGE_PAGE_SIZE;
    hcfg.freelist_cap = cfg->freelist_cap;
    tpy_obj_heap *heap = tpy_obj_heap_new(&hcfg);
    if (!heap)
        return NULL;
    tpy_vm *vm = tpy_obj_heap_calloc(heap, 1, sizeof *vm);
    if (!vm) {
        tpy_obj_heap_delete(heap);
        return NULL;
    }
    vm->heap = heap;
    tpy_obj_heap_set_user(heap, vm);   /* destroy hooks get the heap; finalizers need the VM */
    vm->recursion_limit = cfg->recursion_limit > 0 ? cfg->recursion_limit : 1000;
    vm->max_str_digits = 4300;
    if (init_small_ints(vm) < 0 || init_empties(vm) < 0 || init_memory_error(vm) < 0
        || tpy_types_init_vm(vm) < 0 || tpy_gc_init(vm) < 0) {
        tpy_vm_destroy(vm);
        return NULL;
    }
    return vm;
}

void tpy_vm_destroy(tpy_vm *vm)
{
    tpy_vm_destroy_report(vm);
}

/* The VM's MemoryError keeps the traceback of its last raise: dropped
 * before the last collection, so that the frames' cycles are collected. */
static void drop_memory_error_links(tpy_vm *vm)
{
    tpy_exc *e = (tpy_exc *)vm->memory_error;
    if (!e)
        return;
    TPY_CLEAR(vm, e->traceback);
    TPY_CLEAR(vm, e->context);
    TPY_CLEAR(vm, e->cause);
}

size_t tpy_vm_destroy_report(tpy_vm *vm)
{
    if (!vm)
        return 0;
    tpy_err_clear(vm);
    drop_memory_error_links(vm);   /* its last traceback's frames go to the last collection */
    tpy_gc_fini(vm);   /* a last collection while the VM is whole */
    tpy_types_fini_vm(vm);
    TPY_CLEAR(vm, vm->memory_error);
    for (int i = 0; i < 256; i++)
        TPY_CLEAR(vm, vm->latin1[i]);
    tpy_intern_clear(vm);
    tpy_err_clear(vm);   /* a destructor above may have raised */
    tpy_obj_heap_free(vm->heap, vm->repr_stack);
    tpy_subclasses_fini(vm);   /* leaked classes must not point into the freed VM */
    tpy_obj_heap *heap = vm->heap;
    tpy_obj_heap_free(heap, vm);
    /* What is still live now, the VM no longer references: leaked by
     * someone (the heap's deletion releases the memory all the same). */
    tpy_obj_stats_t st;
    tpy_obj_stats(heap, &st, NULL, 0);
    tpy_obj_heap_delete(heap);
    return st.live;
}
