/* tests/vm-core: allocation failures injected at every step of a workload
 * raise MemoryError, leak nothing, and leave the VM usable. */
#include <criterion/criterion.h>
#include <string.h>

#include <tierpy/pool.h>

#include "helpers.h"

/* A bit of everything: ints past a word, strs, a dict, a sorted list, a
 * set, a repr. Returns the repr or NULL with an exception set. */
static tpy_object *workload(void)
{
    tpy_object *l = tpy_list_new(vm, 0), *d = NULL, *s = NULL, *r = NULL;
    if (!l)
        return NULL;
    /* big doubles each round, through a GMP product and quotient */
    tpy_object *big = tpy_int_from_i64(vm, INT64_MAX);
    for (int i = 0; big && i < 12; i++) {
        tpy_object *k = tpy_str_format(vm, "key%d", i);
        tpy_object *sq = NULL;
        if (k) {
            tpy_object *prod = tpy_binary_op(vm, TPY_OP_MUL, big, big);
            sq = prod ? tpy_binary_op(vm, TPY_OP_FLOORDIV, prod, big) : NULL;   /* big again, via GMP */
            tpy_xdecref(vm, prod);
            if (sq) {
                tpy_object *inc = tpy_binary_op(vm, TPY_OP_ADD, sq, big);
                tpy_decref(vm, sq);
                sq = inc;
            }
        }
        if (!sq || tpy_list_append(vm, l, k) < 0) {
            tpy_xdecref(vm, sq);
            if (!sq)
                tpy_xdecref(vm, k);
            goto out;
        }
        TPY_SETREF(vm, big, sq);
    }
    if (!big || tpy_list_sort(vm, l, NULL, true) < 0)
        goto out;
    if (!(d = tpy_dict_new(vm)))
        goto out;
    for (intptr_t i = 0; i < tpy_list_len(l); i++)
        if (tpy_dict_set(vm, d, tpy_list_get(l, i), big) < 0)
            goto out;
    if (!(s = tpy_set_new(vm, l)))
        goto out;
    r = tpy_repr(vm, d);
out:
    tpy_xdecref(vm, big);
    tpy_xdecref(vm, s);
    tpy_xdecref(vm, d);
    tpy_decref(vm, l);
    return r;
}

static void still_usable(void)
{
    tpy_object *r = workload();
    cr_assert_not_null(r, "the VM is not usable after a MemoryError: %s", t_error());
    tpy_decref(vm, r);
}

Test(oom, layer1_failures_raise_memory_error_and_leak_nothing)
{
    int failures = 0;
    for (uint64_t nth = 1; nth < 400; nth += 3) {
        t_start_mode(false, nth % 2);
        tpy_mem_fail_at(t_mem(), nth, false);
        tpy_object *r = workload();
        tpy_mem_fail_at(t_mem(), 0, false);
        if (!r) {
            failures++;
            cr_assert(tpy_err_matches(vm, &tpy_exc_MemoryError), "nth %llu: %s",
                      (unsigned long long)nth, t_error());
            tpy_err_clear(vm);
        } else {
            tpy_decref(vm, r);
        }
        still_usable();
        t_end();
    }
    /* Enough runs must hit the workload for the test to mean anything; free
     * lists (ints, floats, tuples) serve many requests without layer1. */
    cr_expect_gt(failures, 20, "only %d runs failed", failures);
}

Test(oom, layer2_failures_raise_memory_error_and_leak_nothing)
{
    int failures = 0;
    for (uint64_t nth = 1; nth < 300; nth += 2) {
        t_start_mode(true, false);
        tpy_pool *p = tpy_obj_heap_pool(vm->heap);
        tpy_pool_fail_at(p, nth, true);   /* every request from the nth on */
        tpy_object *r = workload();
        tpy_pool_fail_at(p, 0, false);
        if (!r) {
            failures++;
            cr_assert(tpy_err_matches(vm, &tpy_exc_MemoryError), "%s", t_error());
            tpy_err_clear(vm);
        } else {
            tpy_decref(vm, r);
        }
        still_usable();
        t_end();
    }
    cr_expect_gt(failures, 30, "only %d runs failed", failures);
}

Test(oom, vm_creation_failing_at_any_step_leaves_nothing)
{
    for (uint64_t nth = 1; nth < 200; nth++) {
        char err[128];
        tpy_mem_allocator *mem = tpy_mem_allocator_new("debug", err, sizeof err);
        tpy_vm_config cfg;
        tpy_vm_config_init(&cfg);
        cfg.use_pool = false;
        cfg.mem = mem;
        tpy_mem_fail_at(mem, nth, false);
        tpy_vm *v = tpy_vm_create(&cfg);
        tpy_mem_fail_at(mem, 0, false);
        tpy_vm_destroy(v);
        tpy_mem_stats_t s;
        tpy_mem_stats(mem, &s);
        cr_assert_eq(s.blocks_live, 0, "nth %llu: %zu blocks left", (unsigned long long)nth,
                     s.blocks_live);
        tpy_mem_allocator_delete(mem);
    }
}
