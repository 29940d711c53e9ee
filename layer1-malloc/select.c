/* layer1-malloc/select.c: backends by name, and the TIERPY_MALLOC variable. */
#include "backend.h"

#include <stdio.h>
#include <string.h>

static const char valid_names[] = "libc, mimalloc, debug, debug:libc, debug:mimalloc";

const char *tpy_mem_backend_names(void) { return valid_names; }

static const tpy_mem_backend *plain_backend(const char *name)
{
    if (strcmp(name, "libc") == 0)
        return &tpy_mem_libc_backend;
    if (strcmp(name, "mimalloc") == 0)
        return &tpy_mem_mimalloc_backend;
    return NULL;
}

static int unknown(const char *name, char *err, size_t errsize)
{
    if (err != NULL && errsize > 0)
        snprintf(err, errsize, "unknown allocator '%s' (valid: %s)", name, valid_names);
    return -1;
}

int tpy_mem_backend_by_name(const char *name, tpy_mem_backend *out,
                            char *err, size_t errsize)
{
    if (name == NULL)
        return unknown("(null)", err, errsize);
    const tpy_mem_backend *plain = plain_backend(name);
    if (plain != NULL) {
        *out = *plain;
        return 0;
    }
    const char *inner_name = NULL;
    if (strcmp(name, "debug") == 0)
        inner_name = "libc";
    else if (strncmp(name, "debug:", 6) == 0)
        inner_name = name + 6;
    const tpy_mem_backend *inner = inner_name ? plain_backend(inner_name) : NULL;
    if (inner == NULL)
        return unknown(name, err, errsize);
    if (!tpy_mem_debug_backend_init(out, inner)) {
        if (err != NULL && errsize > 0)
            snprintf(err, errsize, "out of memory setting up allocator '%s'", name);
        return -1;
    }
    return 0;
}
