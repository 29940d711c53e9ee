/* layer1-malloc/select.c: backends by name, and the TIERPY_MALLOC variable. */
#include "backend.h"

#include <stdio.h>
#include <string.h>

static const char valid_names[] = "libc, mimalloc, debug, debug:libc, debug:mimalloc";

const char *tpy_mem_backend_names(void) { return valid_names; }

static bool is_plain(const char *name)
{
    return strcmp(name, "libc") == 0 || strcmp(name, "mimalloc") == 0;
}

/* The backend a plain name stands for; NULL (and a message) when it cannot
 * be loaded. */
static const tpy_mem_backend *plain_backend(const char *name, char *err, size_t errsize)
{
    if (strcmp(name, "libc") == 0)
        return &tpy_mem_libc_backend;
    const char *why = "";
    if (tpy_mem_mimalloc_available(&why))
        return &tpy_mem_mimalloc_backend;
    if (err != NULL && errsize > 0)
        snprintf(err, errsize, "allocator 'mimalloc' is unavailable: %s", why);
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
    if (is_plain(name)) {
        const tpy_mem_backend *plain = plain_backend(name, err, errsize);
        if (plain == NULL)
            return -1;
        *out = *plain;
        return 0;
    }
    const char *inner_name = NULL;
    if (strcmp(name, "debug") == 0)
        inner_name = "libc";
    else if (strncmp(name, "debug:", 6) == 0)
        inner_name = name + 6;
    if (inner_name == NULL || !is_plain(inner_name))
        return unknown(name, err, errsize);
    const tpy_mem_backend *inner = plain_backend(inner_name, err, errsize);
    if (inner == NULL)
        return -1;
    if (!tpy_mem_debug_backend_init(out, inner)) {
        if (err != NULL && errsize > 0)
            snprintf(err, errsize, "out of memory setting up allocator '%s'", name);
        return -1;
    }
    return 0;
}
