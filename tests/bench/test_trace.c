/* tests/bench/test_trace.c: the allocation trace format (bench/harness/
 * trace.h): what is written reads back, and a malformed trace is refused
 * with the record that breaks it. */
#include <criterion/criterion.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "trace.h"

static char path[64];

static void make_path(void)
{
    snprintf(path, sizeof path, "/tmp/tierpy-trace-test-%d", (int)getpid());
}

static void drop_path(void)
{
    remove(path);
}

TestSuite(trace, .init = make_path, .fini = drop_path);

typedef struct rec {
    enum trace_op op;
    enum trace_tier tier;
    uint32_t size;
    uint64_t id;
} rec;

static void write_all(const rec *r, size_t n)
{
    trace_writer w;
    cr_assert_eq(trace_writer_open(&w, path), 0);
    for (size_t i = 0; i < n; i++)
        cr_assert_eq(trace_write(&w, r[i].op, r[i].tier, r[i].size, r[i].id), 0);
    cr_assert_eq(trace_writer_close(&w), 0);
}

static const char *refusal(const rec *r, size_t n)
{
    static char err[200];
    trace t;
    write_all(r, n);
    if (trace_read(path, &t, err, sizeof err) == 0) {
        trace_free(&t);
        return NULL;
    }
    return err;
}

Test(trace, records_read_back_with_times_in_allocation_counts)
{
    rec r[] = {{TRACE_ALLOC, TRACE_LAYER3, 32, 7}, {TRACE_ALLOC, TRACE_LAYER1, 1000, 9},
               {TRACE_REALLOC, TRACE_LAYER3, 48, 7}, {TRACE_FREE, TRACE_LAYER1, 0, 9},
               {TRACE_FREE, TRACE_LAYER3, 0, 7}};
    write_all(r, 5);
    trace t;
    char err[200];
    cr_assert_eq(trace_read(path, &t, err, sizeof err), 0, "%s", err);
    cr_assert_eq(t.n, 5);
    uint64_t times[] = {0, 1, 2, 3, 3};
    for (size_t i = 0; i < 5; i++) {
        cr_assert_eq(t.recs[i].op, r[i].op);
        cr_assert_eq(t.recs[i].tier, r[i].tier);
        cr_assert_eq(t.recs[i].size, r[i].size);
        cr_assert_eq(t.recs[i].id, r[i].id);
        cr_assert_eq(t.recs[i].time, times[i], "record %zu", i);
    }
    trace_free(&t);
}

Test(trace, the_file_is_little_endian_with_a_32_byte_header)
{
    rec r[] = {{TRACE_ALLOC, TRACE_LAYER2, 0x01020304, 0x0A0B}};
    write_all(r, 1);
    unsigned char b[TRACE_HEADER_SIZE + TRACE_RECORD_SIZE + 1];
    FILE *f = fopen(path, "rb");
    size_t n = fread(b, 1, sizeof b, f);
    fclose(f);
    cr_assert_eq(n, TRACE_HEADER_SIZE + TRACE_RECORD_SIZE);
    cr_assert(memcmp(b, "TPYTRACE", 8) == 0);
    cr_assert(b[8] == 1 && b[12] == 24 && b[16] == 1);
    const unsigned char *p = b + TRACE_HEADER_SIZE;
    cr_assert(p[0] == 1 && p[1] == 2 && p[4] == 4 && p[5] == 3 && p[6] == 2 && p[7] == 1);
    cr_assert(p[8] == 0x0B && p[9] == 0x0A);
}

Test(trace, a_free_of_an_id_never_allocated_is_refused)
{
    rec r[] = {{TRACE_ALLOC, TRACE_LAYER2, 16, 1}, {TRACE_FREE, TRACE_LAYER2, 0, 2}};
    const char *err = refusal(r, 2);
    cr_assert(err && strstr(err, "record 1") && strstr(err, "not live"), "%s", err);
}

Test(trace, a_double_free_is_refused)
{
    rec r[] = {{TRACE_ALLOC, TRACE_LAYER2, 16, 1}, {TRACE_FREE, TRACE_LAYER2, 0, 1},
               {TRACE_FREE, TRACE_LAYER2, 0, 1}};
    const char *err = refusal(r, 3);
    cr_assert(err && strstr(err, "record 2"), "%s", err);
}

Test(trace, allocating_a_live_id_is_refused)
{
    rec r[] = {{TRACE_ALLOC, TRACE_LAYER2, 16, 1}, {TRACE_ALLOC, TRACE_LAYER2, 16, 1}};
    const char *err = refusal(r, 2);
    cr_assert(err && strstr(err, "live block id"), "%s", err);
}

Test(trace, ids_freed_in_any_order_stay_consistent)
{
    enum { N = 5000 };
    rec *r = malloc(2 * N * sizeof *r);
    for (size_t i = 0; i < N; i++)
        r[i] = (rec){TRACE_ALLOC, TRACE_LAYER2, 16, i * 977};
    for (size_t i = 0; i < N; i++)   /* a fixed permutation of the ids */
        r[N + i] = (rec){TRACE_FREE, TRACE_LAYER2, 0, ((i * 7919) % N) * 977};
    cr_assert_null(refusal(r, 2 * N));
    free(r);
}

Test(trace, a_file_without_the_header_is_refused)
{
    FILE *f = fopen(path, "wb");
    fputs("not a trace at all, just some text here", f);
    fclose(f);
    trace t;
    char err[200];
    cr_assert_eq(trace_read(path, &t, err, sizeof err), -1);
    cr_assert(strstr(err, "TPYTRACE") != NULL, "%s", err);
}

Test(trace, a_file_cut_short_is_refused)
{
    rec r[] = {{TRACE_ALLOC, TRACE_LAYER2, 16, 1}, {TRACE_FREE, TRACE_LAYER2, 0, 1}};
    write_all(r, 2);
    cr_assert_eq(truncate(path, TRACE_HEADER_SIZE + TRACE_RECORD_SIZE + 10), 0);
    trace t;
    char err[200];
    cr_assert_eq(trace_read(path, &t, err, sizeof err), -1);
    cr_assert(strstr(err, "cut short") != NULL, "%s", err);
}
