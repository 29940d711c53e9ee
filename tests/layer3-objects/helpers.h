/* tests/layer3-objects: types shaped like the VM's, and heaps in each of
 * the four configurations (layer2 on/off × free lists on/off), each on its
 * own debug allocator so that layer1's counts belong to the heap alone and
 * a block released under the wrong API family aborts the test. */
#ifndef TIERPY_TEST_L3_HELPERS_H
#define TIERPY_TEST_L3_HELPERS_H

#include <tierpy/obj.h>

#include <stdbool.h>
#include <stddef.h>

typedef struct t_float {
    tpy_object ob;
    double value;
} t_float;

typedef struct t_tuple {
    tpy_var_object ob;
    tpy_object *items[];
} t_tuple;

typedef struct t_list {
    tpy_object ob;
    tpy_object **items;
    size_t n, allocated;
} t_list;

typedef struct t_int {
    tpy_var_object ob;
    unsigned digits[];
} t_int;

extern tpy_obj_type float_type;   /* fixed, cap TPY_OBJ_FREELIST_FLOAT */
extern tpy_obj_type tuple_type;   /* container, variable, cap TPY_OBJ_FREELIST_TUPLE */
extern tpy_obj_type list_type;    /* container, fixed, cap TPY_OBJ_FREELIST_LIST */
extern tpy_obj_type int_type;     /* variable, no free list */
extern tpy_obj_type big_type;     /* 600 bytes: above layer2's threshold, cap 4 */
extern tpy_obj_type cap3_type;    /* fixed, cap 3 */
extern tpy_obj_type bare_type;    /* fixed, no free list */

/* One of the four configurations: bit 0 = layer2 on, bit 1 = free lists on. */
#define MODE_POOL 1
#define MODE_FREELISTS 2
#define N_MODES 4

typedef struct test_heap {
    tpy_obj_heap *heap;
    tpy_mem_allocator *mem;   /* the heap's own debug allocator */
} test_heap;

test_heap heap_in_mode(int mode);
/* Delete the heap and assert layer1 holds nothing of it any more. */
void heap_done(test_heap *t);
const char *mode_name(int mode);

tpy_obj_type_stats_t type_stats(tpy_obj_heap *h, const tpy_obj_type *t);
tpy_obj_stats_t heap_totals(tpy_obj_heap *h);
size_t mem_blocks_live(tpy_mem_allocator *a);

#endif
