/* tests/layer2-pool: statistics. Calls, failures, bytes asked for against
 * bytes handed out, pools and blocks per class and arenas are counted
 * exactly; the dump reads like sys._debugmallocstats(); the JSON names
 * every counter and is written as snprintf writes. */
#include "helpers.h"

#include <stdio.h>
#include <string.h>

Test(stats, count_calls_and_bytes_exactly)
{
    tpy_pool *h = heap_with(layout(256, 16, 4096, 262144));
    void *a = tpy_pool_malloc(h, 1), *b = tpy_pool_malloc(h, 17), *c = tpy_pool_malloc(h, 33);
    void *d = tpy_pool_calloc(h, 2, 8);
    void *big = tpy_pool_malloc(h, 300);
    a = tpy_pool_realloc(h, a, 2);     /* in place: asked 2 more, handed 16 more */
    tpy_pool_free(h, a);
    tpy_pool_free(h, b);
    tpy_pool_free(h, NULL);
    tpy_pool_stats_t s = pool_snap(h);
    cr_assert_eq(s.malloc_calls, 4);
    cr_assert_eq(s.calloc_calls, 1);
    cr_assert_eq(s.realloc_calls, 1);
    cr_assert_eq(s.free_calls, 2);
    cr_assert_eq(s.failures, 0);
    cr_assert_eq(s.bytes_requested, 1 + 17 + 33 + 16 + 2);
    cr_assert_eq(s.bytes_handed, 16 + 32 + 48 + 16 + 16);
    cr_assert_eq(s.classes[0].allocations, 3);
    cr_assert_eq(s.small_blocks_live, 2);
    cr_assert_eq(s.large_blocks_live, 1);
    tpy_pool_free(h, c);
    tpy_pool_free(h, d);
    tpy_pool_free(h, big);
    tpy_pool_delete(h);
}

Test(stats, pools_and_blocks_per_class_add_up)
{
    tpy_pool *h = heap_with(layout(256, 16, 4096, 262144));
    void *p[300];
    for (int i = 0; i < 300; i++)
        p[i] = tpy_pool_malloc(h, 16);
    tpy_pool_stats_t s = pool_snap(h);
    size_t per_pool = s.classes[0].blocks_used + s.classes[0].blocks_free;
    cr_assert_eq(s.classes[0].blocks_used, 300);
    cr_assert_eq(s.classes[0].pools, 2);
    cr_assert_eq(per_pool, 2 * ((4096 - 48) / 16));
    for (int i = 0; i < 300; i++)
        tpy_pool_free(h, p[i]);
    s = pool_snap(h);
    cr_assert_eq(s.classes[0].pools, 0);
    cr_assert_eq(s.classes[0].blocks_used, 0);
    cr_assert_eq(s.classes[0].blocks_free, 0);
    tpy_pool_delete(h);
}

static char *dump_of(const tpy_pool *h)
{
    char *text = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&text, &len);
    tpy_pool_dump(h, f);
    fclose(f);
    return text;
}

Test(stats, dump_reads_like_debugmallocstats)
{
    tpy_pool *h = heap_with(layout(256, 16, 4096, 262144));
    void *p = tpy_pool_malloc(h, 30);
    char *text = dump_of(h);
    cr_assert(strstr(text, "Small block threshold = 256, in 16 size classes") != NULL, "%s", text);
    cr_assert(strstr(text, "blocks in use") != NULL);
    cr_assert(strstr(text, "    1     32           1               1") != NULL,
              "a row for class 1 with one pool and one block:\n%s", text);
    cr_assert(strstr(text, "# arenas allocated current") != NULL);
    cr_assert(strstr(text, "Total") != NULL);
    cr_assert(strstr(text, "1 arenas * 262144 bytes/arena") != NULL);
    free(text);
    tpy_pool_free(h, p);
    tpy_pool_delete(h);
}

Test(stats, json_names_every_counter_and_truncates_as_snprintf)
{
    tpy_pool *h = heap_with(layout(256, 16, 4096, 262144));
    void *p = tpy_pool_malloc(h, 30);
    char buf[8192];
    int n = tpy_pool_stats_json(h, buf, sizeof buf);
    cr_assert_lt(n, (int)sizeof buf);
    cr_assert_eq((size_t)n, strlen(buf));
    const char *keys[] = {"threshold", "step", "pool_size", "arena_size", "arenas_live",
                          "arenas_peak", "arenas_allocated", "arenas_returned",
                          "arenas_cached", "pools_empty", "malloc_calls", "calloc_calls",
                          "realloc_calls", "free_calls", "failures", "bytes_requested",
                          "bytes_handed", "small_blocks_live", "large_blocks_live",
                          "classes", "block_size", "blocks_used", "blocks_free",
                          "allocations"};
    for (size_t i = 0; i < sizeof keys / sizeof keys[0]; i++) {
        char quoted[64];
        snprintf(quoted, sizeof quoted, "\"%s\":", keys[i]);
        cr_assert(strstr(buf, quoted) != NULL, "key %s in %s", keys[i], buf);
    }
    cr_assert_eq(buf[0], '{');
    cr_assert_eq(buf[n - 1], '}');
    char small[40];
    cr_assert_eq(tpy_pool_stats_json(h, small, sizeof small), n);
    cr_assert_eq(strlen(small), sizeof small - 1);
    cr_assert_eq(strncmp(small, buf, sizeof small - 1), 0);
    cr_assert_eq(tpy_pool_stats_json(h, NULL, 0), n);
    tpy_pool_free(h, p);
    tpy_pool_delete(h);
}
