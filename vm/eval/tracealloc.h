/* vm/eval/tracealloc.h: `tierpy -X tracealloc=FILE`, every allocation,
 * free and reallocation of a VM's heap written as an allocation trace
 * (the format of docs/benchmarks.md, version 1, that `tierpy-bench
 * replay` plays back). */
#ifndef TIERPY_VM_EVAL_TRACEALLOC_H
#define TIERPY_VM_EVAL_TRACEALLOC_H

#include <stddef.h>

#include <tierpy/obj.h>

typedef struct tpy_tracealloc tpy_tracealloc;

/** Create FILE and write the trace header: the tracer, or NULL with a
 *  message in err (the file could not be made, or out of memory). */
tpy_tracealloc *tpy_tracealloc_open(const char *path, char *err, size_t errsize);

/** The layer3 trace hook (tpy_obj_trace_fn) that records into `ctx`, a
 *  tpy_tracealloc: give both to tpy_obj_heap_set_trace(). */
void tpy_tracealloc_record(void *ctx, tpy_obj_trace_op op, int tier, const void *old_addr,
                           const void *new_addr, size_t size);

/** Write what is buffered, fill in the record count and close: 0, or -1
 *  when any write failed. Frees the tracer. */
int tpy_tracealloc_close(tpy_tracealloc *t);

#endif
