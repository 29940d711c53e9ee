/* tests/layer3-objects: shared types and heap set-up (see helpers.h). */
#include "helpers.h"

#include <criterion/criterion.h>

tpy_obj_type float_type = {
    .name = "float", .basic_size = sizeof(t_float),
    .freelist_cap = TPY_OBJ_FREELIST_FLOAT,
};
tpy_obj_type tuple_type = {
    .name = "tuple", .basic_size = sizeof(t_tuple), .item_size = sizeof(tpy_object *),
    .flags = TPY_OBJ_CONTAINER, .freelist_cap = TPY_OBJ_FREELIST_TUPLE,
};
tpy_obj_type list_type = {
    .name = "list", .basic_size = sizeof(t_list),
    .flags = TPY_OBJ_CONTAINER, .freelist_cap = TPY_OBJ_FREELIST_LIST,
};
tpy_obj_type int_type = {
    .name = "int", .basic_size = sizeof(t_int), .item_size = sizeof(unsigned),
};
tpy_obj_type big_type = {
    .name = "big", .basic_size = 600, .freelist_cap = 4,
};
tpy_obj_type cap3_type = {
    .name = "cap3", .basic_size = sizeof(t_float), .freelist_cap = 3,
};
tpy_obj_type bare_type = {
    .name = "bare", .basic_size = sizeof(t_float),
};

const char *mode_name(int mode)
{
    static const char *names[N_MODES] = {
        "layer1, no free lists", "layer2, no free lists",
        "layer1, free lists", "layer2, free lists",
    };
    return names[mode];
}

test_heap heap_in_mode(int mode)
{
    test_heap t;
    char err[128] = "";
    t.mem = tpy_mem_allocator_new("debug", err, sizeof err);
    cr_assert_not_null(t.mem, "%s", err);
    tpy_obj_heap_config cfg;
    tpy_obj_heap_config_init(&cfg);
    cfg.use_pool = (mode & MODE_POOL) != 0;
    cfg.freelists = (mode & MODE_FREELISTS) != 0;
    cfg.mem = t.mem;
    t.heap = tpy_obj_heap_new(&cfg);
    cr_assert_not_null(t.heap, "heap in mode %s", mode_name(mode));
    return t;
}

size_t mem_blocks_live(tpy_mem_allocator *a)
{
    tpy_mem_stats_t s;
    tpy_mem_stats(a, &s);
    return s.blocks_live;
}

void heap_done(test_heap *t)
{
    tpy_obj_heap_delete(t->heap);
    cr_assert_eq(mem_blocks_live(t->mem), 0, "layer1 blocks left after the heap's deletion");
    tpy_mem_allocator_delete(t->mem);
    t->heap = NULL;
    t->mem = NULL;
}

tpy_obj_type_stats_t type_stats(tpy_obj_heap *h, const tpy_obj_type *t)
{
    tpy_obj_type_stats_t s;
    tpy_obj_type_stats(h, t, &s);
    return s;
}

tpy_obj_stats_t heap_totals(tpy_obj_heap *h)
{
    tpy_obj_stats_t s;
    tpy_obj_stats(h, &s, NULL, 0);
    return s;
}
