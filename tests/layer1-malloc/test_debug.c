/* tests/layer1-malloc: the debug backend catches each kind of misuse,
 * reports it and aborts; correct use passes its checks silently. */
#include <criterion/criterion.h>
#include <tierpy/mem.h>

#include <signal.h>
#include <string.h>

static tpy_mem_allocator *debug_allocator(void)
{
    char err[256];
    tpy_mem_allocator *a = tpy_mem_allocator_new("debug", err, sizeof err);
    cr_assert_not_null(a, "%s", err);
    return a;
}

Test(debug, fresh_memory_is_filled_and_freed_memory_recycles_cleanly)
{
    tpy_mem_allocator *a = debug_allocator();
    unsigned char *p = tpy_mem_malloc_in(a, TPY_MEM_API_RAW, 24);
    for (int i = 0; i < 24; i++)
        cr_assert_eq(p[i], 0xCD, "fresh memory carries the fresh pattern");
    unsigned char *z = tpy_mem_calloc_in(a, TPY_MEM_API_RAW, 3, 8);
    for (int i = 0; i < 24; i++)
        cr_assert_eq(z[i], 0);
    tpy_mem_free_in(a, TPY_MEM_API_RAW, p);
    tpy_mem_free_in(a, TPY_MEM_API_RAW, z);
    /* Push enough blocks through the quarantine that the first ones leave it. */
    for (int i = 0; i < 5000; i++)
        tpy_mem_free_in(a, TPY_MEM_API_POOL, tpy_mem_malloc_in(a, TPY_MEM_API_POOL, 1 + i % 300));
    tpy_mem_stats_t s;
    tpy_mem_stats(a, &s);
    cr_assert_eq(s.blocks_live, 0);
    cr_assert_eq(s.bytes_live, 0);
    cr_assert_str_eq(s.backend, "debug:libc");
    tpy_mem_allocator_delete(a);
}

Test(debug, realloc_moves_and_keeps_content)
{
    tpy_mem_allocator *a = debug_allocator();
    char *p = tpy_mem_malloc_in(a, TPY_MEM_API_RAW, 8);
    memcpy(p, "abcdefg", 8);
    char *q = tpy_mem_realloc_in(a, TPY_MEM_API_RAW, p, 4);
    cr_assert_neq(p, q);
    cr_assert_eq(memcmp(q, "abcd", 4), 0);
    tpy_mem_free_in(a, TPY_MEM_API_RAW, q);
    tpy_mem_allocator_delete(a);
}

Test(debug, catches_an_overrun, .signal = SIGABRT)
{
    tpy_mem_allocator *a = debug_allocator();
    char *p = tpy_mem_malloc_in(a, TPY_MEM_API_RAW, 10);
    p[10] = 0;   /* one byte past the end */
    tpy_mem_free_in(a, TPY_MEM_API_RAW, p);
}

Test(debug, catches_an_underrun, .signal = SIGABRT)
{
    tpy_mem_allocator *a = debug_allocator();
    char *p = tpy_mem_malloc_in(a, TPY_MEM_API_RAW, 10);
    p[-1] = 0;
    tpy_mem_free_in(a, TPY_MEM_API_RAW, p);
}

Test(debug, catches_a_double_free, .signal = SIGABRT)
{
    tpy_mem_allocator *a = debug_allocator();
    char *p = tpy_mem_malloc_in(a, TPY_MEM_API_RAW, 10);
    tpy_mem_free_in(a, TPY_MEM_API_RAW, p);
    tpy_mem_free_in(a, TPY_MEM_API_RAW, p);
}

Test(debug, catches_a_foreign_pointer, .signal = SIGABRT)
{
    tpy_mem_allocator *a = debug_allocator();
    static char not_ours[64];
    tpy_mem_free_in(a, TPY_MEM_API_RAW, not_ours + 32);
}

Test(debug, catches_a_mismatched_api, .signal = SIGABRT)
{
    tpy_mem_allocator *a = debug_allocator();
    void *p = tpy_mem_malloc_in(a, TPY_MEM_API_POOL, 10);
    tpy_mem_free_in(a, TPY_MEM_API_RAW, p);
}

Test(debug, catches_a_write_after_free, .signal = SIGABRT)
{
    tpy_mem_allocator *a = debug_allocator();
    char *p = tpy_mem_malloc_in(a, TPY_MEM_API_RAW, 10);
    tpy_mem_free_in(a, TPY_MEM_API_RAW, p);
    p[3] = 'x';          /* still in quarantine: checked when it leaves */
    for (int i = 0; i < 2000; i++)
        tpy_mem_free_in(a, TPY_MEM_API_RAW, tpy_mem_malloc_in(a, TPY_MEM_API_RAW, 10));
}

Test(debug, catches_realloc_of_a_freed_block, .signal = SIGABRT)
{
    tpy_mem_allocator *a = debug_allocator();
    char *p = tpy_mem_malloc_in(a, TPY_MEM_API_RAW, 10);
    tpy_mem_free_in(a, TPY_MEM_API_RAW, p);
    tpy_mem_realloc_in(a, TPY_MEM_API_RAW, p, 20);
}
