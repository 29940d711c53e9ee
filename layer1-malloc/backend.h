/* Private to layer1-malloc: the built-in backends and the allocator record. */
#ifndef TIERPY_MEM_BACKEND_H
#define TIERPY_MEM_BACKEND_H

#include <tierpy/mem.h>

/* backend_libc.c, backend_mimalloc.c: stateless tables (ctx is NULL). */
extern const tpy_mem_backend tpy_mem_libc_backend;
extern const tpy_mem_backend tpy_mem_mimalloc_backend;

/* backend_mimalloc.c: load libmimalloc if not yet done; false (and the
 * reason in *why) when it cannot be loaded. */
bool tpy_mem_mimalloc_available(const char **why);

/* backend_debug.c: a debug backend wrapping `inner`. Its state, guarded
 * blocks and registry all live in memory of the inner backend. Returns
 * false when that memory cannot be had. */
bool tpy_mem_debug_backend_init(tpy_mem_backend *out, const tpy_mem_backend *inner);
void tpy_mem_debug_backend_fini(tpy_mem_backend *debug);

/* select.c: fill `out` with the backend a name stands for. */
int tpy_mem_backend_by_name(const char *name, tpy_mem_backend *out,
                            char *err, size_t errsize);

struct tpy_mem_allocator {
    tpy_mem_backend backend;
    char name[32];
    bool is_debug;
    uint64_t calls[4];            /* malloc, calloc, realloc, free */
    uint64_t failures;
    size_t blocks_live, bytes_live, bytes_peak;
    uint64_t fail_countdown;      /* 0: no fault pending */
    bool fail_every;
    tpy_mem_faults *faults;       /* a shared plan, or NULL */
};

#endif
