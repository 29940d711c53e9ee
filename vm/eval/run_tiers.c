/* vm/eval/run_tiers.c: what the harness's -X switches do to one run. The
 * trace and the pause log outlive the VM (its teardown still allocates,
 * frees and collects), so they are this file's, closed after the delete. */
#include "run_tiers.h"

#include <stdio.h>

#include "gc.h"
#include "tracealloc.h"

static tpy_tracealloc *tracer;
static FILE *pause_log;
static const char *tracer_path;

void tpy_main_tiers_config(const tpy_main_options *o, tpy_vm_config *cfg)
{
    if (o->no_pool)
        cfg->use_pool = false;
    if (o->no_freelists)
        cfg->freelists = false;
}

/* The collector's observer for -X gcpauses: one line per collection. */
static void log_pause(void *ctx, int phase, int generation, intptr_t collected, uint64_t ns)
{
    if (phase == 1)
        fprintf(ctx, "%d %llu %lld\n", generation, (unsigned long long)ns, (long long)collected);
}

int tpy_main_tiers_start(tpy_vm *vm, const tpy_main_options *o)
{
    if (o->gc_off)
        tpy_gc_disable(vm);
    if (o->gc_threshold_set)
        tpy_gc_set_threshold(vm, o->gc_threshold[0], o->gc_threshold[1], o->gc_threshold[2]);
    if (o->gcpauses) {
        if (!(pause_log = fopen(o->gcpauses, "w"))) {
            perror("tierpy: -X gcpauses");
            return -1;
        }
        tpy_gc_set_observer(vm, log_pause, pause_log);
    }
    if (o->tracealloc) {
        char err[256];
        if (!(tracer = tpy_tracealloc_open(o->tracealloc, err, sizeof err))) {
            fprintf(stderr, "tierpy: -X tracealloc=%s: %s\n", o->tracealloc, err);
            return -1;
        }
        tracer_path = o->tracealloc;
        tpy_obj_heap_set_trace(vm->heap, tpy_tracealloc_record, tracer);
    }
    return 0;
}

void tpy_main_tiers_program_done(tpy_vm *vm)
{
    if (pause_log)
        tpy_gc_set_observer(vm, NULL, NULL);
}

int tpy_main_tiers_finish(void)
{
    int rc = 0;
    if (tracer && tpy_tracealloc_close(tracer) < 0) {
        fprintf(stderr, "tierpy: -X tracealloc=%s: the trace could not be written\n",
                tracer_path);
        rc = -1;
    }
    if (pause_log && fclose(pause_log) != 0) {
        perror("tierpy: -X gcpauses");
        rc = -1;
    }
    tracer = NULL;
    pause_log = NULL;
    return rc;
}
