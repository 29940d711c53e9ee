/* vm/api/config.c: the embedding API's configuration: its defaults, and
 * the checks that reject a bad value with a message naming it (nothing is
 * clamped behind the caller's back). */
#include <stdarg.h>
#include <stdio.h>

#include <tierpy/tierpy.h>

#define MAX_RECURSION_LIMIT 1000000
#define MAX_FREELIST_CAP 1000000L

void tpy_config_init(tpy_config *cfg)
{
    *cfg = (tpy_config){0};
    cfg->pool = true;
    tpy_pool_config_init(&cfg->pool_config);
    cfg->freelists = true;
    cfg->freelist_capacity = TPY_OBJ_CAP_PER_TYPE;
    cfg->gc = true;
    cfg->gc_threshold[0] = 700;
    cfg->gc_threshold[1] = 10;
    cfg->gc_threshold[2] = 10;
    cfg->recursion_limit = 1000;
}

static int reject(char *err, size_t errsize, const char *fmt, ...)
{
    if (err && errsize) {
        va_list ap;
        va_start(ap, fmt);
        vsnprintf(err, errsize, fmt, ap);
        va_end(ap);
    }
    return -1;
}

static int check_memory(const tpy_config *cfg, char *err, size_t errsize)
{
    const tpy_backend *b = cfg->backend;
    if (b && (!b->malloc || !b->calloc || !b->realloc || !b->free))
        return reject(err, errsize, "backend: malloc, calloc, realloc and free are all required");
    if (!b && cfg->malloc_name) {
        char why[256];
        tpy_mem_allocator *a = tpy_mem_allocator_new(cfg->malloc_name, why, sizeof why);
        if (!a)
            return reject(err, errsize, "malloc_name: %s", why);
        tpy_mem_allocator_delete(a);
    }
    if (cfg->pool) {
        char why[256];
        if (cfg->pool_config.mem)
            return reject(err, errsize, "pool_config.mem must be NULL (the pool uses the VM's allocator)");
        if (tpy_pool_config_check(&cfg->pool_config, why, sizeof why) != 0)
            return reject(err, errsize, "pool_config: %s", why);
    }
    if (cfg->freelist_capacity != TPY_OBJ_CAP_PER_TYPE
        && (cfg->freelist_capacity < 0 || cfg->freelist_capacity > MAX_FREELIST_CAP))
        return reject(err, errsize, "freelist_capacity: %ld is not TPY_OBJ_CAP_PER_TYPE or 0..%ld",
                      cfg->freelist_capacity, MAX_FREELIST_CAP);
    return 0;
}

static int check_strings(const char *field, const char *const *v, size_t n, char *err,
                         size_t errsize)
{
    if (n && !v)
        return reject(err, errsize, "%s: NULL with %zu entries", field, n);
    for (size_t i = 0; i < n; i++)
        if (!v[i])
            return reject(err, errsize, "%s[%zu] is NULL", field, i);
    return 0;
}

int tpy_config_check(const tpy_config *cfg, char *err, size_t errsize)
{
    if (!cfg)
        return reject(err, errsize, "no configuration");
    if (check_memory(cfg, err, errsize) < 0)
        return -1;
    for (int i = 0; i < 3; i++)
        if (cfg->gc_threshold[i] < 0)
            return reject(err, errsize, "gc_threshold[%d]: %d is negative", i, cfg->gc_threshold[i]);
    if (cfg->recursion_limit < 1 || cfg->recursion_limit > MAX_RECURSION_LIMIT)
        return reject(err, errsize, "recursion_limit: %d is not in 1..%d", cfg->recursion_limit,
                      MAX_RECURSION_LIMIT);
    if (cfg->argc < 0)
        return reject(err, errsize, "argc: %d is negative", cfg->argc);
    if (check_strings("path", cfg->path, cfg->path_len, err, errsize) < 0
        || check_strings("argv", cfg->argv, (size_t)cfg->argc, err, errsize) < 0)
        return -1;
    return 0;
}
