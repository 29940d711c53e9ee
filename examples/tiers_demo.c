/* examples/tiers_demo.c: drive each memory tier from a plain C program and
 * print what each one counted. Run it with `./x run`; choose the layer1
 * backend with TIERPY_MALLOC=libc|mimalloc|debug|debug:mimalloc. */
#include <tierpy/mem.h>
#include <tierpy/obj.h>
#include <tierpy/os.h>
#include <tierpy/pool.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define N_BLOCKS 10000

static void print_os(const char *when)
{
    tpy_os_stats_t s;
    tpy_os_stats(&s);
    printf("layer0-os   %-18s arenas live %zu (peak %zu), bytes live %zu (peak %zu), "
           "calls %llu alloc / %llu free, failures %llu\n",
           when, s.arenas_live, s.arenas_peak, s.bytes_live, s.bytes_peak,
           (unsigned long long)s.alloc_calls, (unsigned long long)s.free_calls,
           (unsigned long long)s.failures);
}

static void print_mem(const char *when)
{
    tpy_mem_stats_t s;
    tpy_mem_stats(NULL, &s);
    printf("layer1-mem  %-18s backend %s, malloc %llu, calloc %llu, realloc %llu, free %llu, "
           "blocks live %zu, bytes live %zu (peak %zu)\n",
           when, s.backend, (unsigned long long)s.malloc_calls,
           (unsigned long long)s.calloc_calls, (unsigned long long)s.realloc_calls,
           (unsigned long long)s.free_calls, s.blocks_live, s.bytes_live, s.bytes_peak);
}

/* layer0: map arenas of 256 KiB, touch them, give half back. */
static void drive_layer0(void)
{
    enum { N = 8, SIZE = 256 * 1024 };
    void *arenas[N];
    for (int i = 0; i < N; i++) {
        arenas[i] = tpy_os_arena_alloc(SIZE);
        if (arenas[i] != NULL)
            memset(arenas[i], i, SIZE);
    }
    print_os("8 arenas mapped");
    for (int i = 0; i < N; i++)
        tpy_os_arena_free(arenas[i], SIZE);
    print_os("all released");
}

/* layer1: allocate blocks shaped like Python objects, grow some, free all. */
static void drive_layer1(void)
{
    static void *blocks[N_BLOCKS];
    for (int i = 0; i < N_BLOCKS; i++)
        blocks[i] = (i % 3) ? tpy_mem_malloc(16 + (size_t)(i % 16) * 16)
                            : tpy_mem_calloc(4, 16);
    for (int i = 0; i < N_BLOCKS; i += 10)
        blocks[i] = tpy_mem_realloc(blocks[i], 1024);
    print_mem("10000 blocks live");
    for (int i = 0; i < N_BLOCKS; i++)
        tpy_mem_free(blocks[i]);
    print_mem("all freed");
}

/* layer2: small blocks shaped like Python objects in one pool heap. */
static void drive_layer2(void)
{
    tpy_pool *heap = tpy_pool_new(NULL);
    if (heap == NULL)
        return;
    static void *blocks[N_BLOCKS];
    for (int i = 0; i < N_BLOCKS; i++)
        blocks[i] = tpy_pool_malloc(heap, 16 + (size_t)(i % 15) * 16);
    printf("\nlayer2-pool with %d blocks live:\n", N_BLOCKS);
    tpy_pool_dump(heap, stdout);
    for (int i = 0; i < N_BLOCKS; i++)
        tpy_pool_free(heap, blocks[i]);
    tpy_pool_delete(heap);
    print_os("pool heap deleted");
}

/* layer3: a float-like and a tuple-like type through a heap with free lists. */
static tpy_obj_type demo_float = {.name = "float", .basic_size = 24,
                                  .freelist_cap = TPY_OBJ_FREELIST_FLOAT};
static tpy_obj_type demo_tuple = {.name = "tuple", .basic_size = 24, .item_size = 8,
                                  .flags = TPY_OBJ_CONTAINER,
                                  .freelist_cap = TPY_OBJ_FREELIST_TUPLE};

static void drive_layer3(void)
{
    tpy_obj_heap *heap = tpy_obj_heap_new(NULL);
    if (heap == NULL)
        return;
    for (int round = 0; round < 3; round++) {
        tpy_object *objs[1000];
        for (int i = 0; i < 1000; i++)
            objs[i] = (i % 2) ? tpy_obj_new(heap, &demo_float)
                              : tpy_obj_new_var(heap, &demo_tuple, (size_t)(i % 4));
        for (int i = 0; i < 1000; i++)
            if (objs[i] != NULL)
                tpy_obj_decref(heap, objs[i]);
    }
    printf("\nlayer3-objects after three rounds of 1000 objects:\n");
    tpy_obj_dump(heap, stdout);
    tpy_obj_heap_delete(heap);
    print_os("object heap deleted");
}

int main(void)
{
    char err[256];
    if (tpy_mem_init_from_env(err, sizeof err) != 0) {
        fprintf(stderr, "tiers_demo: %s\n", err);
        return 2;
    }
    drive_layer0();
    drive_layer1();
    drive_layer2();
    drive_layer3();
    return 0;
}
