/* layer1-malloc/backend_mimalloc.c: mimalloc as a backend.
 *
 * Debian builds libmimalloc to *override* malloc: a program linked against
 * it gets mimalloc behind every malloc call, glibc's included, which would
 * make our "libc" backend mimalloc in disguise and would replace the
 * allocator of every program that links libtierpy. So the library is not
 * linked at all: the first use loads it with dlopen(RTLD_LOCAL), which keeps
 * its symbols out of the global scope, and calls it through the pointers
 * looked up in that handle. */
#include "backend.h"

#include <dlfcn.h>
#include <pthread.h>
#include <stdio.h>
#include <string.h>

#ifndef TPY_MIMALLOC_SONAME
#define TPY_MIMALLOC_SONAME "libmimalloc.so.2"
#endif

static struct {
    void *(*malloc)(size_t);
    void *(*calloc)(size_t, size_t);
    void *(*realloc)(void *, size_t);
    void (*free)(void *);
    size_t (*usable_size)(const void *);
    char error[200];
} mi;

static pthread_once_t mi_once = PTHREAD_ONCE_INIT;

/* dlsym returns void *; converting it to a function pointer is what POSIX
 * requires to work, but ISO C does not define it, so go through memcpy. */
static bool lookup(void *handle, const char *name, void *fnptr, size_t size)
{
    void *sym = dlsym(handle, name);
    if (sym == NULL)
        return false;
    memcpy(fnptr, &sym, size);
    return true;
}

static void mi_load(void)
{
    void *h = dlopen(TPY_MIMALLOC_SONAME, RTLD_NOW | RTLD_LOCAL);
    if (h == NULL) {
        snprintf(mi.error, sizeof mi.error, "%s", dlerror());
        return;
    }
    bool ok = lookup(h, "mi_malloc", &mi.malloc, sizeof mi.malloc) &&
              lookup(h, "mi_calloc", &mi.calloc, sizeof mi.calloc) &&
              lookup(h, "mi_realloc", &mi.realloc, sizeof mi.realloc) &&
              lookup(h, "mi_free", &mi.free, sizeof mi.free) &&
              lookup(h, "mi_usable_size", &mi.usable_size, sizeof mi.usable_size);
    if (!ok) {
        snprintf(mi.error, sizeof mi.error, "%s lacks the mi_* functions", TPY_MIMALLOC_SONAME);
        mi.malloc = NULL;
    }
}

bool tpy_mem_mimalloc_available(const char **why)
{
    pthread_once(&mi_once, mi_load);
    if (why != NULL)
        *why = mi.error;
    return mi.malloc != NULL;
}

static void *mi_backend_malloc(void *ctx, size_t n, tpy_mem_api api)
{
    (void)ctx; (void)api;
    return mi.malloc(n);
}

static void *mi_backend_calloc(void *ctx, size_t nelem, size_t elsize, tpy_mem_api api)
{
    (void)ctx; (void)api;
    return mi.calloc(nelem, elsize);
}

static void *mi_backend_realloc(void *ctx, void *p, size_t n, tpy_mem_api api)
{
    (void)ctx; (void)api;
    return mi.realloc(p, n);
}

static void mi_backend_free(void *ctx, void *p, tpy_mem_api api)
{
    (void)ctx; (void)api;
    mi.free(p);
}

static size_t mi_backend_usable_size(void *ctx, void *p)
{
    (void)ctx;
    return mi.usable_size(p);
}

const tpy_mem_backend tpy_mem_mimalloc_backend = {
    "mimalloc", mi_backend_malloc, mi_backend_calloc, mi_backend_realloc,
    mi_backend_free, mi_backend_usable_size, NULL,
};
