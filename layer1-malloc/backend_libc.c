/* layer1-malloc/backend_libc.c: glibc's malloc family as a backend. */
#include "backend.h"

#include <malloc.h>
#include <stdlib.h>

static void *libc_malloc(void *ctx, size_t n, tpy_mem_api api)
{
    (void)ctx; (void)api;
    return malloc(n);
}

static void *libc_calloc(void *ctx, size_t nelem, size_t elsize, tpy_mem_api api)
{
    (void)ctx; (void)api;
    return calloc(nelem, elsize);
}

static void *libc_realloc(void *ctx, void *p, size_t n, tpy_mem_api api)
{
    (void)ctx; (void)api;
    return realloc(p, n);
}

static void libc_free(void *ctx, void *p, tpy_mem_api api)
{
    (void)ctx; (void)api;
    free(p);
}

static size_t libc_usable_size(void *ctx, void *p)
{
    (void)ctx;
    return malloc_usable_size(p);
}

const tpy_mem_backend tpy_mem_libc_backend = {
    "libc", libc_malloc, libc_calloc, libc_realloc, libc_free,
    libc_usable_size, NULL,
};
