/* bench/harness/trace.h: the allocation trace format, version 1.
 *
 * `tierpy -X tracealloc=FILE` records one record per allocation, free and
 * reallocation its tiers serve; `tierpy-bench replay FILE` plays them back
 * against each allocator; `tierpy-bench gen-trace FILE` writes a synthetic
 * one. A trace is a header and fixed-size records, every integer
 * little-endian:
 *
 *     header, 32 bytes
 *       0  char[8]  magic "TPYTRACE"
 *       8  u32      version, 1
 *      12  u32      record size in bytes, 24 (a reader skips bytes past
 *                   the fields it knows, so later versions may grow it)
 *      16  u64      record count (0: unknown, read to the end of the file)
 *      24  u64      reserved, 0
 *
 *     record, 24 bytes
 *       0  u8   op: 1 alloc, 2 free, 3 realloc
 *       1  u8   tier that served the request: 1 layer1 (raw), 2 layer2
 *               (pool), 3 layer3 (object)
 *       2  u16  reserved, 0
 *       4  u32  size asked for (alloc; realloc: the new size; free: 0)
 *       8  u64  block id: given when the block is allocated, kept through
 *               its reallocations, never reused within a trace
 *      16  u64  time, in allocation counts: the number of alloc and realloc
 *               records before this one (a block's lifetime is the time
 *               of its free minus the time of its alloc)
 *
 * A well-formed trace allocates an id before using it, never allocates a
 * live id, and its times never decrease. A trace may end with blocks
 * still live (a program's leftovers at exit); replay frees them after
 * the timed part, so every allocator ends with nothing live. */
#ifndef TPY_BENCH_TRACE_H
#define TPY_BENCH_TRACE_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#define TRACE_MAGIC "TPYTRACE"
#define TRACE_VERSION 1
#define TRACE_HEADER_SIZE 32
#define TRACE_RECORD_SIZE 24

enum trace_op { TRACE_ALLOC = 1, TRACE_FREE = 2, TRACE_REALLOC = 3 };
enum trace_tier { TRACE_LAYER1 = 1, TRACE_LAYER2 = 2, TRACE_LAYER3 = 3 };

typedef struct trace_record {
    uint8_t op, tier;
    uint32_t size;
    uint64_t id, time;
} trace_record;

typedef struct trace {
    trace_record *recs;
    size_t n;
} trace;

/** Read and check a trace file; -1 with a message naming the record. */
int trace_read(const char *path, trace *t, char *err, size_t errsize);
void trace_free(trace *t);

/** Writes records, counting the time itself. */
typedef struct trace_writer {
    FILE *f;
    uint64_t n, allocs;
} trace_writer;

int trace_writer_open(trace_writer *w, const char *path);
int trace_write(trace_writer *w, enum trace_op op, enum trace_tier tier, uint32_t size,
                uint64_t id);
/** Fill in the record count and close; -1 if anything failed to write. */
int trace_writer_close(trace_writer *w);

#endif
