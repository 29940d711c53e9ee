/* fuzz_vm.c: libFuzzer target for the whole VM.
 *
 * Bytes are a short program, run as `tierpy -c` runs one: compiled, run
 * as __main__ under an evaluation budget (every loop iteration and call
 * spends one unit; see TPY_EVAL_BUDGET in vm/eval/ceval.c) and with the
 * VM's large blocks capped, so that any program ends quickly. It must end
 * in a normal exit or an exception report, never a crash, a sanitizer
 * report or a hang; and once the VM is deleted no object and no layer1
 * block may be left (a leak on an error path is a finding too).
 *
 * The program cannot reach the file system: open, __import__ (so every
 * import statement), input and breakpoint are taken out of builtins
 * before it runs. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <tierpy/mem.h>

#include "abstract.h"
#include "error.h"
#include "eval.h"
#include "refcount.h"
#include "types.h"
#include "vm.h"

enum {
    MAX_SOURCE = 8192,
    BUDGET = 200000,              /* loop iterations and calls per input */
    CAP_BYTES = 256u << 20,       /* the VM's layer1 memory, at most */
};

/* A libc backend with a byte cap: a huge list or string is a MemoryError,
 * not an out-of-memory kill. */
static size_t capped_live;

static size_t capped_usable(void *ctx, void *p);

static void *capped_malloc(void *ctx, size_t n, tpy_mem_api api)
{
    (void)ctx, (void)api;
    if (n > CAP_BYTES - capped_live)
        return NULL;
    void *p = malloc(n);
    capped_live += p ? capped_usable(NULL, p) : 0;
    return p;
}

static void *capped_calloc(void *ctx, size_t nelem, size_t elsize, tpy_mem_api api)
{
    (void)ctx, (void)api;
    if (elsize && nelem > (CAP_BYTES - capped_live) / elsize)
        return NULL;
    void *p = calloc(nelem, elsize);
    capped_live += p ? capped_usable(NULL, p) : 0;
    return p;
}

static void *capped_realloc(void *ctx, void *p, size_t n, tpy_mem_api api)
{
    (void)ctx, (void)api;
    size_t old = p ? capped_usable(NULL, p) : 0;
    if (n > old && n - old > CAP_BYTES - capped_live)
        return NULL;
    void *q = realloc(p, n);
    if (q)
        capped_live = capped_live - old + capped_usable(NULL, q);
    return q;
}

static void capped_free(void *ctx, void *p, tpy_mem_api api)
{
    (void)ctx, (void)api;
    if (p)
        capped_live -= capped_usable(NULL, p);
    free(p);
}

#include <malloc.h>
static size_t capped_usable(void *ctx, void *p)
{
    (void)ctx;
    return malloc_usable_size(p);
}

static const tpy_mem_backend capped = {
    "capped-libc", capped_malloc, capped_calloc, capped_realloc, capped_free, capped_usable, NULL,
};

static void require(int ok, const char *what, size_t n)
{
    if (!ok) {
        fprintf(stderr, "fuzz_vm: %s (%zu)\n", what, n);
        abort();
    }
}

/* Take out of builtins what would let a program touch files or block. */
static void sandbox(tpy_vm *vm)
{
    static const char *const names[] = {"open", "__import__", "input", "breakpoint", "help"};
    tpy_object *d = tpy_module_dict(tpy_runtime_builtins(vm));
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++) {
        tpy_object *k = tpy_str_from_cstr(vm, names[i]);
        if (k && tpy_dict_get_str(vm, d, k))
            tpy_dict_del(vm, d, k);
        tpy_xdecref(vm, k);
        tpy_err_clear(vm);
    }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > MAX_SOURCE)
        return 0;
    static char src[MAX_SOURCE + 1];
    memcpy(src, data, size);
    src[size] = 0;
    tpy_runtime_process_init();
    tpy_mem_allocator *mem = tpy_mem_allocator_new_custom(&capped);
    require(mem != NULL, "no allocator", 0);
    tpy_vm_config cfg;
    tpy_vm_config_init(&cfg);
    cfg.mem = mem;
    tpy_vm *vm = tpy_vm_create(&cfg);
    require(vm != NULL, "no VM", 0);
    static char *argv[] = {(char *)"-c", NULL};
    require(tpy_runtime_init(vm, 1, argv) == 0, "the runtime did not start", 0);
    sandbox(vm);
    tpy_eval_budget = BUDGET;
    tpy_run_command(vm, src);
    tpy_eval_budget = INT64_MAX;
    tpy_vm_flush(vm, 1);
    tpy_vm_flush(vm, 2);
    tpy_err_clear(vm);
    tpy_runtime_fini(vm);
    size_t leaked = tpy_vm_destroy_report(vm);
    require(leaked == 0, "objects still live after the VM was deleted", leaked);
    tpy_mem_stats_t st;
    tpy_mem_stats(mem, &st);
    require(st.blocks_live == 0, "layer1 blocks still live after the VM was deleted",
            st.blocks_live);
    tpy_mem_allocator_delete(mem);
    return 0;
}
