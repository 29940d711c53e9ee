/* vm/core/vm.h: one virtual machine, its heap and its per-VM state.
 *
 * There is no global interpreter state: a VM owns its layer3 heap (and
 * with it a layer2 pool, or its share of layer1), its current exception,
 * the dicts of the builtin types, its interned strings and its small
 * ints. Several VMs can live in one process and run in several threads
 * (one thread per VM at a time). Deleting a VM returns every object: the
 * live counts of every tier go back to what they were before it existed.
 */
#ifndef TIERPY_VM_VM_H
#define TIERPY_VM_VM_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "object.h"

/* How a VM is built. Fill with tpy_vm_config_init(). */
typedef struct tpy_vm_config {
    bool use_pool;            /* layer2 on (default) or objects straight from layer1 */
    bool freelists;           /* layer3 free lists (default on) */
    tpy_mem_allocator *mem;   /* layer1 allocator; NULL: the process default */
    int recursion_limit;      /* default 1000, as sys.getrecursionlimit() */
    const tpy_pool_config *pool; /* layer2's layout; NULL: tpy_pool_config_init()'s */
    long freelist_cap;        /* TPY_OBJ_CAP_PER_TYPE (default), or one capacity for all */
} tpy_vm_config;

/* Where print() and input() meet the outside world when no sys.stdout /
 * sys.stdin object stands in the way (vm/core/stdio.c). All NULL (the
 * calloc'd default): fwrite/fflush/fgets on the C streams. An embedder
 * fills it to capture or redirect a VM's output. */
typedef struct tpy_vm_stdio {
    void *ctx;
    /* Write n bytes to stream 1 (stdout) or 2 (stderr): 0, or -1 (errno). */
    int (*write)(void *ctx, int stream, const char *data, size_t n);
    int (*flush)(void *ctx, int stream);
    /* Read up to cap bytes of one line of stdin, stopping after '\n':
     * the count (0 at end of file), or -1 (errno). */
    long (*read_line)(void *ctx, char *buf, size_t cap);
} tpy_vm_stdio;

/* What the builtins need from the eval loop, which fills these when it
 * starts; builtins raise RuntimeError while one is NULL. Results follow
 * object.h's conventions. */
typedef struct tpy_vm_hooks {
    /* exec(source, globals, locals) / eval(...): globals and locals may
     * be NULL (the caller's); source is a str, bytes or code object. */
    tpy_object *(*exec)(tpy_vm *, tpy_object *source, tpy_object *globals, tpy_object *locals);
    tpy_object *(*eval)(tpy_vm *, tpy_object *source, tpy_object *globals, tpy_object *locals);
    /* The running frame's globals / locals mapping (new references). */
    tpy_object *(*globals)(tpy_vm *);
    tpy_object *(*locals)(tpy_vm *);
    /* sys.stdout (1), sys.stderr (2), sys.stdin (0) as objects (borrowed),
     * or NULL: use the stdio sink. */
    tpy_object *(*sys_stream)(tpy_vm *, int stream);
    /* super() without arguments: the running frame's __class__ cell and
     * first argument (-1 with RuntimeError when there are none). */
    int (*super_frame)(tpy_vm *, tpy_object **type, tpy_object **obj);
    /* A bound method of func to self (types.MethodType; func, self borrowed). */
    tpy_object *(*method_new)(tpy_vm *, tpy_object *func, tpy_object *self);
} tpy_vm_hooks;

/* The interned-string table: open addressing over str objects. */
typedef struct tpy_intern_table {
    tpy_object **slots;       /* owned references; NULL: empty */
    size_t mask;              /* capacity - 1 (a power of two), 0 when unallocated */
    size_t used;
} tpy_intern_table;

/* A node of the VM's list of live heap types (vm/core/subclasses.c). */
typedef struct tpy_type_link {
    struct tpy_type_link *prev, *next;
} tpy_type_link;

/* One remembered MRO lookup (vm/core/typecache.c): `name` along the
 * MRO of `type` as it was at `version` is `value` (borrowed, may be NULL). */
typedef struct tpy_type_cache_entry {
    const tpy_type *type;   /* NULL: empty entry */
    uint32_t version;
    tpy_object *name;       /* an interned str */
    tpy_object *value;
} tpy_type_cache_entry;
#define TPY_TYPE_CACHE_SIZE 2048
#define TPY_STATIC_NAMES 256

struct tpy_vm {
    tpy_obj_heap *heap;
    tpy_object *small_ints;       /* layer3's block: -5..256, immortal ints */
    size_t small_int_stride;
    tpy_object *exc;              /* the current exception (owned) or NULL */
    tpy_object *memory_error;     /* preallocated MemoryError instance */
    int depth;                    /* C-level recursion depth of the protocol */
    int recursion_limit;
    int max_str_digits;           /* sys.set_int_max_str_digits(), 4300 */
    uint64_t dict_versions;       /* the last version given to a dict (unique per VM) */
    uint32_t dict_keys_versions;  /* the last key-set version given to a keys block */
    struct tpy_eval *eval;        /* the runtime's state (vm/eval), NULL without it */
    struct tpy_gc *gc;            /* the cycle collector's state (vm/gc) */
    tpy_object **builtin_dicts;   /* [tpy_builtin_count()], indexed by builtin_index */
    tpy_intern_table interned;
    tpy_object *empty_tuple;      /* immortal, per VM */
    tpy_object *empty_str;        /* immortal, per VM */
    tpy_object *empty_bytes;      /* immortal, per VM */
    tpy_object *latin1[256];      /* one-character strs, immortal, made on start */
    /* Objects whose repr is being computed (Py_ReprEnter's list). */
    tpy_object **repr_stack;
    size_t repr_depth, repr_cap;
    tpy_vm_stdio stdio;           /* print()'s sink; zero: the C streams */
    tpy_vm_hooks hooks;           /* filled by the eval loop */
    struct tpy_embed *embed;      /* the embedding API's state (vm/api), NULL without it */
    tpy_type_link heap_types;     /* live heap types in creation order (__subclasses__) */
    uint32_t type_versions;       /* the last version given to a type (typecache.c) */
    bool type_cache_on;           /* builtin dicts complete: lookups may be cached */
    tpy_type_cache_entry type_cache[TPY_TYPE_CACHE_SIZE];
    /* tpy_str_intern_static's memo: a C string literal's address and its
     * interned str (borrowed from the intern table). */
    struct { const char *cstr; tpy_object *str; } static_names[TPY_STATIC_NAMES];
};

void tpy_vm_config_init(tpy_vm_config *cfg);

/* What every VM of the process shares, made once (GMP's memory functions,
 * the builtin types readied); tpy_vm_create() calls it too. */
void tpy_vm_process_init(void);

/* Make a VM; NULL if out of memory (nothing is left allocated then). */
tpy_vm *tpy_vm_create(const tpy_vm_config *cfg);

/* Release the VM and every object it still holds through its containers
 * of state. Objects the caller still owns must be released first. */
void tpy_vm_destroy(tpy_vm *vm);
/* tpy_vm_destroy() that returns how many objects were still live after the
 * VM released its own references (objects leaked by their owners); the
 * tests assert it is 0. */
size_t tpy_vm_destroy_report(tpy_vm *vm);

static inline tpy_obj_heap *tpy_vm_heap(tpy_vm *vm)
{
    return vm->heap;
}

/* The VM that owns `heap` (set by tpy_vm_create): what a destroy hook, which
 * receives only the heap, uses to run finalizers and weakref callbacks. */
static inline tpy_vm *tpy_vm_of_heap(tpy_obj_heap *heap)
{
    return (tpy_vm *)tpy_obj_heap_user(heap);
}

/* Recursion guard of the C-level protocol (repr, compare, call):
 * raises RecursionError "maximum recursion depth exceeded<where>". */
int tpy_enter_recursive(tpy_vm *vm, const char *where);
/* True when the running thread's C stack is nearly spent (cstack.c): the
 * recursion guards then raise RecursionError whatever the limit says.
 * Inline: every call and every recursive C path asks. */
extern _Thread_local uintptr_t tpy_cstack_floor;   /* 0: not known yet */
bool tpy_cstack_low_first(void);                   /* learns it, then answers */
static inline bool tpy_cstack_low(void)
{
    uintptr_t floor = tpy_cstack_floor;
    if (__builtin_expect(floor == 0, 0))
        return tpy_cstack_low_first();
    return (uintptr_t)__builtin_frame_address(0) < floor;
}
static inline void tpy_leave_recursive(tpy_vm *vm)
{
    vm->depth--;
}

/* Allocation helpers that raise MemoryError on failure. */
tpy_object *tpy_alloc(tpy_vm *vm, tpy_type *type);
tpy_object *tpy_alloc_var(tpy_vm *vm, tpy_type *type, size_t n);
void *tpy_vm_malloc(tpy_vm *vm, size_t n);
void *tpy_vm_realloc(tpy_vm *vm, void *p, size_t n);
void tpy_vm_free(tpy_vm *vm, void *p);

/* The stdio sink (vm/core/stdio.c): write UTF-8 to stdout (1) or stderr
 * (2), flush, read a line of stdin. -1 with OSError on failure. */
int tpy_vm_write(tpy_vm *vm, int stream, const char *utf8, size_t len);
int tpy_vm_write_stdout(tpy_vm *vm, const char *utf8, size_t len);
int tpy_vm_write_stderr(tpy_vm *vm, const char *utf8, size_t len);
int tpy_vm_flush(tpy_vm *vm, int stream);
/* One line of stdin, '\n' kept, as a str (empty at end of file). */
tpy_object *tpy_vm_read_line(tpy_vm *vm);
/* The same line as bytes, undecoded (sys.stdin.buffer). */
tpy_object *tpy_vm_read_line_bytes(tpy_vm *vm);

/* GMP's memory: mp_set_memory_functions is process-global, so GMP
 * allocates from a thread-local "current heap", set while a VM computes
 * with GMP (tpy_gmp_enter/leave bracket every GMP scope) and falling back
 * to layer1's default allocator outside. */
tpy_obj_heap *tpy_gmp_enter(tpy_vm *vm);
void tpy_gmp_leave(tpy_obj_heap *previous);

#endif
