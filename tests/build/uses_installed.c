/* Compiled against an installed libtierpy by install_and_link.sh. */
#include <tierpy/mem.h>
#include <tierpy/os.h>

#include <stdio.h>

int main(void)
{
    void *arena = tpy_os_arena_alloc(1 << 16);
    void *block = tpy_mem_malloc(100);
    int ok = arena != NULL && block != NULL && ((unsigned long)arena & 0xFFFF) == 0;
    tpy_mem_free(block);
    tpy_os_arena_free(arena, 1 << 16);
    tpy_mem_stats_t s;
    tpy_mem_stats(NULL, &s);
    ok = ok && s.blocks_live == 0 && s.malloc_calls == 1;
    puts(ok ? "installed tierpy works" : "installed tierpy is broken");
    return ok ? 0 : 1;
}
