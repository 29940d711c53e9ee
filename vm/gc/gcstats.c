/* vm/gc/gcstats.c: what the collector counts (gc.get_stats, -X gcstats)
 * and what DEBUG_STATS / DEBUG_COLLECTABLE print. */
#include <stdarg.h>
#include <string.h>
#include <time.h>

#include "error.h"
#include "gc_internal.h"
#include "refcount.h"
#include "types.h"

uint64_t tpy_gc_now_ns(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (uint64_t)ts.tv_sec * 1000000000u + (uint64_t)ts.tv_nsec;
}

/* Bucket 0: under 1 µs; bucket b: [2^(b-1), 2^b) µs. */
static int pause_bucket(uint64_t ns)
{
    uint64_t us = ns / 1000;
    int b = 0;
    while (us && b < TPY_GC_PAUSE_BUCKETS - 1) {
        us >>= 1;
        b++;
    }
    return b;
}

void tpy_gc_record_pause(tpy_gc_gen_stats *s, uint64_t ns)
{
    s->pause_total_ns += ns;
    if (ns > s->pause_max_ns)
        s->pause_max_ns = ns;
    s->pause_hist[pause_bucket(ns)]++;
}

void tpy_gc_get_stats(tpy_vm *vm, tpy_gc_stats *out)
{
    memcpy(out->gen, vm->gc->stats, sizeof out->gen);
}

/* ---- debug output (stderr through the VM's sink) ------------------------------------------ */

static void debug_print(tpy_vm *vm, const char *fmt, ...)
{
    char line[256];
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(line, sizeof line, fmt, ap);
    va_end(ap);
    if (n < 0)
        return;
    tpy_object *saved = tpy_err_fetch(vm);
    if (tpy_vm_write_stderr(vm, line, (size_t)n < sizeof line ? (size_t)n : sizeof line - 1) < 0)
        tpy_err_clear(vm);
    tpy_err_restore(vm, saved);
}

void tpy_gc_debug_start(tpy_vm *vm, int generation)
{
    tpy_gc_generation *gens = tpy_obj_heap_gc(vm->heap);
    debug_print(vm, "gc: collecting generation %d...\n", generation);
    debug_print(vm, "gc: objects in each generation: %zu %zu %zu\n",
                tpy_gc_list_size(&gens[0].head), tpy_gc_list_size(&gens[1].head),
                tpy_gc_list_size(&gens[2].head));
    debug_print(vm, "gc: objects in permanent generation: %zu\n", tpy_gc_get_freeze_count(vm));
}

void tpy_gc_debug_done(tpy_vm *vm, intptr_t collected, uint64_t ns)
{
    debug_print(vm, "gc: done, %zd unreachable, 0 uncollectable, %.4fs elapsed\n", collected,
                (double)ns / 1e9);
}

void tpy_gc_debug_object(tpy_vm *vm, const char *what, tpy_object *o)
{
    debug_print(vm, "gc: %s <%s %p>\n", what, tpy_type_of(o)->name, (void *)o);
}

/* ---- -X gcstats: table and JSON ------------------------------------------------------------- */

void tpy_gc_stats_dump(tpy_vm *vm, FILE *out)
{
    fprintf(out, "gc statistics\n%-4s %12s %14s %12s %14s %14s %12s\n", "gen", "collections",
            "examined", "collected", "uncollectable", "pause total", "pause max");
    for (int i = 0; i < TPY_GC_GENERATIONS; i++) {
        const tpy_gc_gen_stats *s = &vm->gc->stats[i];
        fprintf(out, "%-4d %12llu %14llu %12llu %14llu %12.3fms %10.3fms\n", i,
                (unsigned long long)s->collections, (unsigned long long)s->examined,
                (unsigned long long)s->collected, (unsigned long long)s->uncollectable,
                (double)s->pause_total_ns / 1e6, (double)s->pause_max_ns / 1e6);
    }
    fprintf(out, "pause histogram (µs)\n%-12s %10s %10s %10s\n", "pause", "gen 0", "gen 1",
            "gen 2");
    for (int b = 0; b < TPY_GC_PAUSE_BUCKETS; b++) {
        const tpy_gc_gen_stats *s = vm->gc->stats;
        if (!s[0].pause_hist[b] && !s[1].pause_hist[b] && !s[2].pause_hist[b])
            continue;
        char range[32];
        if (b == 0)
            snprintf(range, sizeof range, "< 1");
        else
            snprintf(range, sizeof range, "%llu-%llu", 1ull << (b - 1), (1ull << b) - 1);
        fprintf(out, "%-12s %10llu %10llu %10llu\n", range,
                (unsigned long long)s[0].pause_hist[b], (unsigned long long)s[1].pause_hist[b],
                (unsigned long long)s[2].pause_hist[b]);
    }
}

/* snprintf into what is left of the buffer; `len` counts the full length. */
typedef struct jbuf {
    char *buf;
    size_t size;
    int len;
} jbuf;

static void jput(jbuf *j, const char *fmt, ...)
{
    size_t used = (size_t)j->len < j->size ? (size_t)j->len : j->size;
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(j->buf ? j->buf + used : NULL, j->buf ? j->size - used : 0, fmt, ap);
    va_end(ap);
    if (n > 0)
        j->len += n;
}

static void json_gen(jbuf *j, const tpy_gc_gen_stats *s)
{
    jput(j, "{\"collections\":%llu,\"examined\":%llu,\"collected\":%llu,\"uncollectable\":%llu,"
            "\"pause_total_ns\":%llu,\"pause_max_ns\":%llu,\"pause_hist_us_log2\":[",
         (unsigned long long)s->collections, (unsigned long long)s->examined,
         (unsigned long long)s->collected, (unsigned long long)s->uncollectable,
         (unsigned long long)s->pause_total_ns, (unsigned long long)s->pause_max_ns);
    for (int b = 0; b < TPY_GC_PAUSE_BUCKETS; b++)
        jput(j, b ? ",%llu" : "%llu", (unsigned long long)s->pause_hist[b]);
    jput(j, "]}");
}

int tpy_gc_stats_json(tpy_vm *vm, char *buf, size_t bufsize)
{
    jbuf j = {bufsize ? buf : NULL, bufsize, 0};
    if (bufsize)
        buf[0] = '\0';
    jput(&j, "{\"generations\":[");
    for (int i = 0; i < TPY_GC_GENERATIONS; i++) {
        if (i)
            jput(&j, ",");
        json_gen(&j, &vm->gc->stats[i]);
    }
    int t[TPY_GC_GENERATIONS];
    tpy_gc_get_threshold(vm, t);
    jput(&j, "],\"threshold\":[%d,%d,%d],\"enabled\":%s}", t[0], t[1], t[2],
         vm->gc->enabled ? "true" : "false");
    return j.len;
}
