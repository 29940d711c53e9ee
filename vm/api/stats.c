/* vm/api/stats.c: every tier's statistics for one VM, as C structs and as
 * one JSON object. layer0's are process-wide (the page source is shared by
 * every VM); the other tiers are the VM's own. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "embed_internal.h"

#include "gc.h"

static void gc_totals(tpy_vm *vm, tpy_gc_totals *out)
{
    tpy_gc_stats st;
    tpy_gc_get_stats(vm, &st);
    *out = (tpy_gc_totals){{0}, {0}, 0, 0, 0};
    for (int g = 0; g < 3 && g < TPY_GC_GENERATIONS; g++) {
        out->collections[g] = st.gen[g].collections;
        out->collected[g] = st.gen[g].collected;
        out->examined += st.gen[g].examined;
        out->pause_total_ns += st.gen[g].pause_total_ns;
        if (st.gen[g].pause_max_ns > out->pause_max_ns)
            out->pause_max_ns = st.gen[g].pause_max_ns;
    }
}

int tpy_vm_get_stats(tpy_vm *vm, tpy_vm_stats *out)
{
    if (!vm || !out)
        return -1;
    memset(out, 0, sizeof *out);
    tpy_os_stats(&out->os);
    tpy_mem_stats(vm->embed->mem, &out->mem);
    tpy_pool *p = tpy_obj_heap_pool(vm->heap);
    out->pool_on = p != NULL;
    if (p)
        tpy_pool_stats(p, &out->pool);
    tpy_obj_stats(vm->heap, &out->obj, NULL, 0);
    gc_totals(vm, &out->gc);
    return 0;
}

/* One tier's JSON, whatever its length, in C's malloc (NULL: no memory). */
typedef int (*json_fn)(tpy_vm *vm, char *buf, size_t n);

static char *json_of(tpy_vm *vm, json_fn fn)
{
    size_t cap = 4096;
    for (;;) {
        char *buf = malloc(cap);
        if (!buf)
            return NULL;
        int n = fn(vm, buf, cap);
        if (n < 0) {
            free(buf);
            return NULL;
        }
        if ((size_t)n < cap)
            return buf;
        free(buf);
        cap = (size_t)n + 1;
    }
}

static int os_json(tpy_vm *vm, char *b, size_t n) { (void)vm; return tpy_os_stats_json(b, n); }
static int mem_json(tpy_vm *vm, char *b, size_t n) { return tpy_mem_stats_json(vm->embed->mem, b, n); }
static int obj_json(tpy_vm *vm, char *b, size_t n) { return tpy_obj_stats_json(vm->heap, b, n); }
static int gc_json(tpy_vm *vm, char *b, size_t n) { return tpy_gc_stats_json(vm, b, n); }

static int pool_json(tpy_vm *vm, char *b, size_t n)
{
    tpy_pool *p = tpy_obj_heap_pool(vm->heap);
    return p ? tpy_pool_stats_json(p, b, n) : snprintf(b, n, "null");
}

int tpy_vm_stats_json(tpy_vm *vm, char *buf, size_t bufsize)
{
    if (!vm)
        return -1;
    json_fn fns[5] = {os_json, mem_json, pool_json, obj_json, gc_json};
    char *parts[5] = {0};
    int r = 0;
    for (int i = 0; i < 5 && r == 0; i++)
        if (!(parts[i] = json_of(vm, fns[i])))
            r = -1;
    if (r == 0)
        r = snprintf(buf, bufsize, "{\"os\": %s, \"mem\": %s, \"pool\": %s, \"obj\": %s, \"gc\": %s}",
                     parts[0], parts[1], parts[2], parts[3], parts[4]);
    for (int i = 0; i < 5; i++)
        free(parts[i]);
    return r;
}
