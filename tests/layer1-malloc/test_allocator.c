/* tests/layer1-malloc: the front end over each backend: edge cases,
 * statistics, selection by name and environment, injected faults. */
#include <criterion/criterion.h>
#include <criterion/parameterized.h>
#include <tierpy/mem.h>

#include <stdlib.h>
#include <string.h>

static const char *all_backends[] = {"libc", "mimalloc", "debug", "debug:libc", "debug:mimalloc"};
#define N_BACKENDS (sizeof all_backends / sizeof all_backends[0])

static tpy_mem_allocator *make(const char *name)
{
    char err[256] = "";
    tpy_mem_allocator *a = tpy_mem_allocator_new(name, err, sizeof err);
    cr_assert_not_null(a, "allocator '%s': %s", name, err);
    return a;
}

static tpy_mem_stats_t stats_of(tpy_mem_allocator *a)
{
    tpy_mem_stats_t s;
    tpy_mem_stats(a, &s);
    return s;
}

Test(backends, every_backend_allocates_resizes_and_frees_with_exact_counts)
{
    for (size_t b = 0; b < N_BACKENDS; b++) {
        tpy_mem_allocator *a = make(all_backends[b]);
        char *p = tpy_mem_malloc_in(a, TPY_MEM_API_RAW, 100);
        cr_assert_not_null(p);
        memset(p, 'x', 100);
        int *z = tpy_mem_calloc_in(a, TPY_MEM_API_RAW, 10, sizeof(int));
        for (int i = 0; i < 10; i++)
            cr_assert_eq(z[i], 0, "%s: calloc zeroes", all_backends[b]);
        p = tpy_mem_realloc_in(a, TPY_MEM_API_RAW, p, 5000);
        cr_assert_not_null(p);
        for (int i = 0; i < 100; i++)
            cr_assert_eq(p[i], 'x', "%s: realloc keeps the content", all_backends[b]);
        tpy_mem_stats_t s = stats_of(a);
        cr_assert_eq(s.malloc_calls, 1);
        cr_assert_eq(s.calloc_calls, 1);
        cr_assert_eq(s.realloc_calls, 1);
        cr_assert_eq(s.blocks_live, 2);
        cr_assert(s.bytes_tracked);
        cr_assert_geq(s.bytes_live, 5000 + 40);
        cr_assert_geq(s.bytes_peak, s.bytes_live);
        tpy_mem_free_in(a, TPY_MEM_API_RAW, p);
        tpy_mem_free_in(a, TPY_MEM_API_RAW, z);
        tpy_mem_free_in(a, TPY_MEM_API_RAW, NULL);
        s = stats_of(a);
        cr_assert_eq(s.free_calls, 2, "freeing NULL is not counted");
        cr_assert_eq(s.blocks_live, 0);
        cr_assert_eq(s.bytes_live, 0, "%s: every byte returned", all_backends[b]);
        cr_assert_eq(s.failures, 0);
        tpy_mem_allocator_delete(a);
    }
}

Test(edges, size_zero_gives_distinct_pointers)
{
    void *a = tpy_mem_malloc(0);
    void *b = tpy_mem_malloc(0);
    cr_assert_not_null(a);
    cr_assert_not_null(b);
    cr_assert_neq(a, b);
    tpy_mem_free(a);
    tpy_mem_free(b);
}

Test(edges, realloc_of_null_allocates)
{
    char *p = tpy_mem_realloc(NULL, 32);
    cr_assert_not_null(p);
    tpy_mem_stats_t s;
    tpy_mem_stats(NULL, &s);
    cr_assert_eq(s.malloc_calls, 1);
    tpy_mem_free(p);
}

Test(edges, calloc_multiplication_overflow_fails_cleanly)
{
    tpy_mem_stats_t s0, s1;
    tpy_mem_stats(NULL, &s0);
    cr_assert_null(tpy_mem_calloc(SIZE_MAX / 2, 3));
    cr_assert_null(tpy_mem_calloc((size_t)1 << 33, (size_t)1 << 33));
    tpy_mem_stats(NULL, &s1);
    cr_assert_eq(s1.failures, s0.failures + 2);
    cr_assert_eq(s1.blocks_live, s0.blocks_live);
}

Test(edges, a_failed_realloc_leaves_the_block_untouched)
{
    char *p = tpy_mem_malloc(16);
    strcpy(p, "still here");
    cr_assert_null(tpy_mem_realloc(p, SIZE_MAX - 64));
    cr_assert_str_eq(p, "still here");
    tpy_mem_free(p);
}

Test(select, an_unknown_name_is_refused_with_the_valid_names)
{
    char err[256] = "";
    cr_assert_null(tpy_mem_allocator_new("jemalloc", err, sizeof err));
    cr_assert_not_null(strstr(err, "unknown allocator 'jemalloc'"), "%s", err);
    cr_assert_not_null(strstr(err, "libc, mimalloc, debug"), "%s", err);
    cr_assert_null(tpy_mem_allocator_new("debug:nothing", err, sizeof err));
    cr_assert_neq(tpy_mem_select("bogus", err, sizeof err), 0);
}

Test(select, choosing_before_first_use_sets_the_default)
{
    char err[256] = "";
    cr_assert_eq(tpy_mem_select("mimalloc", err, sizeof err), 0, "%s", err);
    tpy_mem_stats_t s;
    tpy_mem_stats(NULL, &s);
    cr_assert_str_eq(s.backend, "mimalloc");
    cr_assert_neq(tpy_mem_select("libc", err, sizeof err), 0, "only before first use");
    cr_assert_not_null(strstr(err, "already in use"), "%s", err);
}

Test(select, environment_variable_chooses_the_default)
{
    setenv("TIERPY_MALLOC", "debug:mimalloc", 1);
    char err[256] = "";
    cr_assert_eq(tpy_mem_init_from_env(err, sizeof err), 0, "%s", err);
    tpy_mem_stats_t s;
    tpy_mem_stats(NULL, &s);
    cr_assert_str_eq(s.backend, "debug:mimalloc");
}

Test(select, a_bad_environment_value_is_a_clear_error)
{
    setenv("TIERPY_MALLOC", "tcmalloc", 1);
    char err[256] = "";
    cr_assert_neq(tpy_mem_init_from_env(err, sizeof err), 0);
    cr_assert_not_null(strstr(err, "TIERPY_MALLOC"), "%s", err);
    cr_assert_not_null(strstr(err, "'tcmalloc'"), "%s", err);
    cr_assert_not_null(strstr(err, "valid:"), "%s", err);
}

Test(faults, the_nth_request_fails_and_later_ones_succeed)
{
    tpy_mem_allocator *a = make("libc");
    tpy_mem_fail_at(a, 2, false);
    void *p = tpy_mem_malloc_in(a, TPY_MEM_API_RAW, 8);
    void *q = tpy_mem_calloc_in(a, TPY_MEM_API_RAW, 1, 8);
    void *r = tpy_mem_malloc_in(a, TPY_MEM_API_RAW, 8);
    cr_assert_not_null(p);
    cr_assert_null(q);
    cr_assert_not_null(r);
    tpy_mem_stats_t s = stats_of(a);
    cr_assert_eq(s.failures, 1);
    cr_assert_eq(s.blocks_live, 2);
    tpy_mem_free_in(a, TPY_MEM_API_RAW, p);
    tpy_mem_free_in(a, TPY_MEM_API_RAW, r);
    tpy_mem_allocator_delete(a);
}

Test(faults, every_request_from_the_nth_on_fails_but_frees_work)
{
    tpy_mem_allocator *a = make("mimalloc");
    void *p = tpy_mem_malloc_in(a, TPY_MEM_API_RAW, 8);
    tpy_mem_fail_at(a, 1, true);
    for (int i = 0; i < 4; i++)
        cr_assert_null(tpy_mem_malloc_in(a, TPY_MEM_API_RAW, 8));
    cr_assert_null(tpy_mem_realloc_in(a, TPY_MEM_API_RAW, p, 64));
    tpy_mem_free_in(a, TPY_MEM_API_RAW, p);
    cr_assert_eq(stats_of(a).blocks_live, 0);
    tpy_mem_fail_at(a, 0, false);
    p = tpy_mem_malloc_in(a, TPY_MEM_API_RAW, 8);
    cr_assert_not_null(p);
    tpy_mem_free_in(a, TPY_MEM_API_RAW, p);
    tpy_mem_allocator_delete(a);
}

Test(faults, a_shared_plan_counts_the_requests_of_every_allocator_once)
{
    tpy_mem_allocator *a = make("libc"), *b = make("libc");
    tpy_mem_faults plan = {.nth = 3};
    cr_assert_null(tpy_mem_set_faults(a, &plan));
    tpy_mem_set_faults(b, &plan);
    void *p = tpy_mem_malloc_in(a, TPY_MEM_API_RAW, 8);
    void *q = tpy_mem_calloc_in(b, TPY_MEM_API_RAW, 2, 8);
    cr_assert_null(tpy_mem_malloc_in(a, TPY_MEM_API_RAW, 8), "the third request of the two");
    void *r = tpy_mem_realloc_in(b, TPY_MEM_API_RAW, q, 64);
    cr_assert_not_null(p);
    cr_assert_not_null(r, "only the third");
    cr_assert_eq(plan.requests, 4);
    cr_assert_eq(plan.injected, 1);
    tpy_mem_free_in(a, TPY_MEM_API_RAW, p);
    tpy_mem_free_in(b, TPY_MEM_API_RAW, r);
    cr_assert_eq(plan.requests, 4, "frees are not requests");
    cr_assert_eq(tpy_mem_set_faults(a, NULL), &plan, "the plan attached before is returned");
    tpy_mem_set_faults(b, NULL);
    tpy_mem_allocator_delete(a);
    tpy_mem_allocator_delete(b);
}

Test(faults, a_shared_plan_with_every_fails_from_the_nth_on)
{
    tpy_mem_allocator *a = make("libc");
    tpy_mem_faults plan = {.nth = 2, .every = true};
    tpy_mem_set_faults(a, &plan);
    void *p = tpy_mem_malloc_in(a, TPY_MEM_API_RAW, 8);
    cr_assert_not_null(p);
    for (int i = 0; i < 5; i++)
        cr_assert_null(tpy_mem_malloc_in(a, TPY_MEM_API_RAW, 8));
    cr_assert_eq(plan.injected, 5);
    cr_assert_eq(stats_of(a).failures, 5);
    tpy_mem_set_faults(a, NULL);
    void *q = tpy_mem_malloc_in(a, TPY_MEM_API_RAW, 8);
    cr_assert_not_null(q, "detached: requests succeed again");
    cr_assert_eq(plan.requests, 6, "and are no longer counted");
    tpy_mem_free_in(a, TPY_MEM_API_RAW, p);
    tpy_mem_free_in(a, TPY_MEM_API_RAW, q);
    tpy_mem_allocator_delete(a);
}

static void *count_malloc(void *ctx, size_t n, tpy_mem_api api) { (void)api; ++*(int *)ctx; return malloc(n); }
static void *count_calloc(void *ctx, size_t m, size_t n, tpy_mem_api api) { (void)api; ++*(int *)ctx; return calloc(m, n); }
static void *count_realloc(void *ctx, void *p, size_t n, tpy_mem_api api) { (void)api; ++*(int *)ctx; return realloc(p, n); }
static void count_free(void *ctx, void *p, tpy_mem_api api) { (void)api; ++*(int *)ctx; free(p); }

Test(custom, a_caller_supplied_table_receives_every_call_and_its_context)
{
    int calls = 0;
    tpy_mem_backend b = {"counting", count_malloc, count_calloc, count_realloc,
                         count_free, NULL, &calls};
    tpy_mem_allocator *a = tpy_mem_allocator_new_custom(&b);
    cr_assert_not_null(a);
    void *p = tpy_mem_malloc_in(a, TPY_MEM_API_RAW, 10);
    p = tpy_mem_realloc_in(a, TPY_MEM_API_RAW, p, 20);
    tpy_mem_free_in(a, TPY_MEM_API_RAW, p);
    cr_assert_eq(calls, 3);
    tpy_mem_stats_t s = stats_of(a);
    cr_assert_str_eq(s.backend, "counting");
    cr_assert(!s.bytes_tracked);
    cr_assert_eq(s.blocks_live, 0);
    tpy_mem_allocator_delete(a);
    b.free = NULL;
    cr_assert_null(tpy_mem_allocator_new_custom(&b), "an incomplete table is refused");
}

Test(stats, json_has_every_counter)
{
    char buf[512];
    void *p = tpy_mem_malloc(10);
    int n = tpy_mem_stats_json(NULL, buf, sizeof buf);
    tpy_mem_free(p);
    cr_assert_lt(n, (int)sizeof buf);
    cr_assert_not_null(strstr(buf, "\"backend\": \""));
    cr_assert_not_null(strstr(buf, "\"malloc_calls\": 1"), "%s", buf);
    cr_assert_not_null(strstr(buf, "\"bytes_peak\""));
}
