/* vm/api/embed_internal.h: what the embedding API keeps for each VM.
 *
 *   tpy_vm (vm/core) ──embed──▶ tpy_embed
 *                                ├─ mem        the VM's own layer1 allocator
 *                                ├─ backend    the caller's table (custom backends)
 *                                ├─ out, err   output callbacks
 *                                ├─ main       the __main__ module runs happen in
 *                                ├─ error      the last failure as text
 *                                └─ cfuncs     the C functions of added modules
 *
 * The record itself lives in C's malloc, beside the tiers: it is the
 * embedder's bookkeeping, and it must outlive the allocator it points to.
 */
#ifndef TIERPY_VM_API_EMBED_INTERNAL_H
#define TIERPY_VM_API_EMBED_INTERNAL_H

#include <tierpy/tierpy.h>

#include "object.h"
#include "vm.h"

/* One C function registered with tpy_vm_add_module. */
typedef struct tpy_embed_cfunc {
    const tpy_cfunction_def *def;
    void *ctx;
} tpy_embed_cfunc;

/* A block of method definitions made for one added module. */
typedef struct tpy_embed_methods {
    struct tpy_embed_methods *next;
    tpy_method_def defs[];   /* NULL-name terminated */
} tpy_embed_methods;

struct tpy_embed {
    tpy_mem_allocator *mem;
    tpy_backend backend;       /* a copy of the caller's, when custom */
    char backend_name[32];
    tpy_output_fn out, err;
    void *output_ctx;
    tpy_gc_event_fn gc_event;
    void *gc_event_ctx;
    tpy_object *main;          /* __main__ (owned) */
    bool failed;               /* the last run or call failed: error is set */
    tpy_error error;           /* its strings are malloc'd */
    tpy_embed_cfunc *cfuncs;
    size_t ncfuncs, cfuncs_cap;
    tpy_embed_methods *methods;
};

/* An API call's scope: this thread's raw allocations go to the VM's
 * allocator while it runs (see tpy_mem_set_thread_allocator). */
typedef struct tpy_embed_scope {
    tpy_mem_allocator *previous;
} tpy_embed_scope;

static inline void tpy_embed_enter(tpy_vm *vm, tpy_embed_scope *s)
{
    s->previous = tpy_mem_set_thread_allocator(vm->embed->mem);
}

static inline void tpy_embed_leave(tpy_embed_scope *s)
{
    tpy_mem_set_thread_allocator(s->previous);
}

/* embed.c: forget the last error; take the VM's pending exception as the
 * last error (type, message, traceback text) and clear it. Returns -1. */
void tpy_embed_clear_error(tpy_vm *vm);
int tpy_embed_capture_error(tpy_vm *vm);

/* value.c: a value as a new object (NULL with MemoryError); an object as a
 * value (str text copied with malloc when `copy`, else borrowed from the
 * object); -1 with TypeError for other types or an int over 64 bits. */
tpy_object *tpy_embed_value_to_object(tpy_vm *vm, const tpy_value *v);
int tpy_embed_object_to_value(tpy_vm *vm, tpy_object *o, tpy_value *out, bool copy);

/* cmodule.c: release the tables of the added modules (after the runtime's
 * teardown, when no function object refers to them any more). */
void tpy_embed_free_modules(struct tpy_embed *e);

#endif
