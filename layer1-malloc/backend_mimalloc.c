/* layer1-malloc/backend_mimalloc.c: mimalloc as a backend. */
#include "backend.h"

#include <mimalloc.h>

static void *mi_backend_malloc(void *ctx, size_t n, tpy_mem_api api)
{
    (void)ctx; (void)api;
    return mi_malloc(n);
}

static void *mi_backend_calloc(void *ctx, size_t nelem, size_t elsize, tpy_mem_api api)
{
    (void)ctx; (void)api;
    return mi_calloc(nelem, elsize);
}

static void *mi_backend_realloc(void *ctx, void *p, size_t n, tpy_mem_api api)
{
    (void)ctx; (void)api;
    return mi_realloc(p, n);
}

static void mi_backend_free(void *ctx, void *p, tpy_mem_api api)
{
    (void)ctx; (void)api;
    mi_free(p);
}

static size_t mi_backend_usable_size(void *ctx, void *p)
{
    (void)ctx;
    return mi_usable_size(p);
}

const tpy_mem_backend tpy_mem_mimalloc_backend = {
    "mimalloc", mi_backend_malloc, mi_backend_calloc, mi_backend_realloc,
    mi_backend_free, mi_backend_usable_size, NULL,
};
