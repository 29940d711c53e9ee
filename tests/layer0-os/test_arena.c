/* tests/layer0-os: the page source hands out size-aligned arenas, counts
 * exactly what it does, honours its cap and injected faults, and gives
 * released memory back to the kernel. */
#include <criterion/criterion.h>
#include <tierpy/os.h>

#include <stdbool.h>
#include <stdio.h>
#include <string.h>

static tpy_os_stats_t snap(void)
{
    tpy_os_stats_t s;
    tpy_os_stats(&s);
    return s;
}

Test(arena, is_aligned_to_its_size_for_several_sizes)
{
    size_t page = tpy_os_page_size();
    for (size_t size = page; size <= ((size_t)4 << 20); size *= 2) {
        void *a = tpy_os_arena_alloc(size);
        cr_assert_not_null(a, "arena of %zu bytes", size);
        cr_assert_eq((uintptr_t)a & (size - 1), 0, "arena of %zu bytes at %p", size, a);
        memset(a, 0xAB, size);   /* every byte is usable */
        tpy_os_arena_free(a, size);
    }
}

Test(arena, comes_back_zero_filled)
{
    size_t size = 256 * 1024;
    unsigned char *a = tpy_os_arena_alloc(size);
    cr_assert_not_null(a);
    for (size_t i = 0; i < size; i += 4093)
        cr_assert_eq(a[i], 0);
    tpy_os_arena_free(a, size);
}

Test(arena, rejects_sizes_that_are_not_powers_of_two_or_below_a_page)
{
    tpy_os_stats_t before = snap();
    cr_assert_null(tpy_os_arena_alloc(0));
    cr_assert_null(tpy_os_arena_alloc(3 * tpy_os_page_size()));
    cr_assert_null(tpy_os_arena_alloc(tpy_os_page_size() / 2));
    cr_assert_eq(snap().failures, before.failures + 3);
}

Test(stats, count_exactly_what_happens)
{
    tpy_os_stats_t s0 = snap();
    size_t size = 64 * 1024;
    void *a = tpy_os_arena_alloc(size);
    void *b = tpy_os_arena_alloc(size * 2);
    tpy_os_stats_t s1 = snap();
    cr_assert_eq(s1.arenas_live, s0.arenas_live + 2);
    cr_assert_eq(s1.bytes_live, s0.bytes_live + 3 * size);
    cr_assert_geq(s1.bytes_peak, s1.bytes_live);
    cr_assert_geq(s1.arenas_peak, s1.arenas_live);
    cr_assert_eq(s1.alloc_calls, s0.alloc_calls + 2);
    cr_assert_eq(tpy_os_decommit(b, size * 2), 0);
    tpy_os_arena_free(a, size);
    tpy_os_arena_free(b, size * 2);
    tpy_os_arena_free(NULL, size);   /* ignored, not counted */
    tpy_os_stats_t s2 = snap();
    cr_assert_eq(s2.arenas_live, s0.arenas_live);
    cr_assert_eq(s2.bytes_live, s0.bytes_live);
    cr_assert_eq(s2.free_calls, s0.free_calls + 2);
    cr_assert_eq(s2.decommit_calls, s0.decommit_calls + 1);
    cr_assert_eq(s2.bytes_decommitted, s0.bytes_decommitted + size * 2);
    cr_assert_eq(s2.failures, s0.failures);
}

Test(stats, json_names_every_counter)
{
    char buf[512];
    int n = tpy_os_stats_json(buf, sizeof buf);
    cr_assert_lt(n, (int)sizeof buf);
    const char *keys[] = {"arenas_live", "arenas_peak", "bytes_live", "bytes_peak",
                          "alloc_calls", "free_calls", "decommit_calls",
                          "bytes_decommitted", "failures", "cap"};
    for (size_t i = 0; i < sizeof keys / sizeof keys[0]; i++)
        cr_assert_not_null(strstr(buf, keys[i]), "%s missing from %s", keys[i], buf);
    cr_assert_eq(buf[0], '{');
    cr_assert_eq(buf[n - 1], '}');
}

Test(cap, refuses_an_arena_past_it_and_counts_a_failure)
{
    size_t size = 64 * 1024;
    tpy_os_stats_t s0 = snap();
    tpy_os_set_cap(s0.bytes_live + 2 * size);
    void *a = tpy_os_arena_alloc(size);
    void *b = tpy_os_arena_alloc(size);
    void *c = tpy_os_arena_alloc(size);
    cr_assert_not_null(a);
    cr_assert_not_null(b);
    cr_assert_null(c, "third arena passes the cap");
    cr_assert_eq(snap().failures, s0.failures + 1);
    tpy_os_arena_free(b, size);
    c = tpy_os_arena_alloc(size);            /* room again */
    cr_assert_not_null(c);
    tpy_os_set_cap(0);
    tpy_os_arena_free(a, size);
    tpy_os_arena_free(c, size);
    cr_assert_eq(snap().cap, 0);
}

Test(faults, fail_exactly_the_nth_call)
{
    size_t size = 16 * 1024;
    tpy_os_fail_at(3, false);
    void *a = tpy_os_arena_alloc(size);
    void *b = tpy_os_arena_alloc(size);
    void *c = tpy_os_arena_alloc(size);
    void *d = tpy_os_arena_alloc(size);
    cr_assert_not_null(a);
    cr_assert_not_null(b);
    cr_assert_null(c, "the third call fails");
    cr_assert_not_null(d, "only the third call fails");
    tpy_os_arena_free(a, size);
    tpy_os_arena_free(b, size);
    tpy_os_arena_free(d, size);
}

Test(faults, fail_every_call_from_the_nth_on_until_turned_off)
{
    size_t size = 16 * 1024;
    tpy_os_fail_at(2, true);
    void *a = tpy_os_arena_alloc(size);
    cr_assert_not_null(a);
    for (int i = 0; i < 5; i++)
        cr_assert_null(tpy_os_arena_alloc(size));
    tpy_os_fail_at(0, false);
    void *b = tpy_os_arena_alloc(size);
    cr_assert_not_null(b);
    tpy_os_arena_free(a, size);
    tpy_os_arena_free(b, size);
}

/* RSS moves in pages the whole process touches, so compare with slack:
 * 32 MiB touched must show up, and must be gone after release. */
Test(rss, released_and_decommitted_arenas_leave_the_process)
{
    size_t size = (size_t)32 << 20;
    size_t base = tpy_os_rss();
    cr_assert_gt(base, 0);
    char *a = tpy_os_arena_alloc(size);
    cr_assert_not_null(a);
    memset(a, 1, size);
    size_t touched = tpy_os_rss();
    cr_assert_geq(touched, base + size - ((size_t)4 << 20), "rss %zu -> %zu", base, touched);
    cr_assert_eq(tpy_os_decommit(a, size), 0);
    size_t decommitted = tpy_os_rss();
    cr_assert_leq(decommitted, base + ((size_t)4 << 20), "decommit left rss at %zu", decommitted);
    cr_assert_eq(a[12345], 0, "decommitted pages read as zero");
    memset(a, 2, size);
    tpy_os_arena_free(a, size);
    size_t released = tpy_os_rss();
    cr_assert_leq(released, base + ((size_t)4 << 20), "munmap left rss at %zu", released);
}

/* The THPeligible value of the /proc/self/smaps mapping that holds addr,
 * or -1 when none is found. */
static int thp_eligible(const void *addr)
{
    FILE *f = fopen("/proc/self/smaps", "r");
    if (f == NULL)
        return -1;
    char line[512];
    bool inside = false;
    int found = -1;
    while (found < 0 && fgets(line, sizeof line, f) != NULL) {
        unsigned long lo, hi;
        int v;
        if (sscanf(line, "%lx-%lx ", &lo, &hi) == 2)
            inside = (uintptr_t)addr >= lo && (uintptr_t)addr < hi;
        else if (inside && sscanf(line, "THPeligible: %d", &v) == 1)
            found = v;
    }
    fclose(f);
    return found;
}

/* Whether the kernel's transparent huge pages are on ("always" or "madvise"). */
static bool thp_available(void)
{
    FILE *f = fopen("/sys/kernel/mm/transparent_hugepage/enabled", "r");
    if (f == NULL)
        return false;
    char mode[128] = "";
    bool on = fgets(mode, sizeof mode, f) != NULL && strstr(mode, "[never]") == NULL;
    fclose(f);
    return on;
}

Test(arena, of_whole_huge_pages_is_advised_for_transparent_huge_pages)
{
    if (!thp_available())
        cr_skip_test("transparent huge pages are off on this system");
    size_t size = TPY_OS_HUGE_PAGE_SIZE * 2;
    char *a = tpy_os_arena_alloc(size);
    cr_assert_not_null(a);
    memset(a, 1, size);
    cr_assert_eq(thp_eligible(a), 1, "a %zu-byte arena is eligible for huge pages", size);
    cr_assert_eq(thp_eligible(a + size - 1), 1);
    tpy_os_arena_free(a, size);
}
