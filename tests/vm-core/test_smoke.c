/* tests/vm-core: a VM comes and goes and leaves every tier as it found it. */
#include <criterion/criterion.h>

#include <string.h>

#include "helpers.h"

Test(vm_life, deleting_a_vm_returns_every_tier_to_its_counts_in_all_configs)
{
    for (int mode = 0; mode < 4; mode++) {
        t_start_mode(mode & 1, mode & 2);
        tpy_object *l = tpy_list_new(vm, 0);
        for (int i = 0; i < 1000; i++)
            tpy_list_append(vm, l, tpy_float_from_double(vm, i));
        tpy_object *d = tpy_dict_new(vm);
        cr_assert_eq(tpy_dict_set(vm, d, t_s("key"), l), 0);
        tpy_decref(vm, l);
        tpy_decref(vm, d);
        t_end();
    }
}

Test(vm_life, small_ints_are_shared_immortals)
{
    t_start();
    tpy_object *a = tpy_int_from_i64(vm, 256), *b = tpy_int_from_i64(vm, 256);
    cr_assert_eq(a, b);
    cr_assert(tpy_is_immortal(a));
    cr_assert_neq(t_int(257), t_int(257));
    cr_assert_str_eq(t_repr(tpy_int_from_i64(vm, -5)), "-5");
    t_end();
}

#include <pthread.h>

/* Each thread runs its own VM over the shared static types; returns the
 * number of mismatches. */
static void *vm_thread(void *arg)
{
    (void)arg;
    intptr_t bad = 0;
    tpy_vm *v = tpy_vm_create(NULL);
    if (!v)
        return (void *)1;
    for (int round = 0; round < 200; round++) {
        tpy_object *l = tpy_list_new(v, 0);
        for (int i = 0; i < 50; i++)
            tpy_list_append(v, l, tpy_int_from_i64(v, (i * 7919) % 50 - 25));
        if (tpy_list_sort(v, l, NULL, false) < 0)
            bad++;
        tpy_object *r = tpy_repr(v, l);
        size_t n;
        const char *s = r ? tpy_str_utf8(v, r, &n) : NULL;
        if (!s || strncmp(s, "[-25, -24", 9) != 0)
            bad++;
        tpy_xdecref(v, r);
        tpy_decref(v, l);
    }
    bad += (intptr_t)tpy_vm_destroy_report(v);
    return (void *)bad;
}

Test(vm_life, vms_in_several_threads_share_the_static_types)
{
    pthread_t th[4];
    for (int i = 0; i < 4; i++)
        cr_assert_eq(pthread_create(&th[i], NULL, vm_thread, NULL), 0);
    for (int i = 0; i < 4; i++) {
        void *bad;
        pthread_join(th[i], &bad);
        cr_expect_eq((intptr_t)bad, 0, "thread %d saw %zd problems", i, (intptr_t)bad);
    }
}
