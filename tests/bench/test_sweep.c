/* tests/bench/test_sweep.c: the tier matrix (bench/harness/sweep.c). */
#include <criterion/criterion.h>

#include <string.h>

#include "sweep.h"

Test(sweep, the_full_sweep_is_eight_configurations_named_by_tier)
{
    sweep s = {0};
    sweep_all(&s);
    tier_config c[SWEEP_MAX_CONFIGS];
    cr_assert_eq(sweep_configs(&s, c), 8);
    cr_assert_str_eq(c[0].name, "libc/layer2+fl");
    cr_assert_str_eq(c[3].name, "libc/layer1");
    cr_assert_str_eq(c[7].name, "mimalloc/layer1");
}

Test(sweep, one_backend_is_left_out_of_the_names)
{
    sweep s = {0};
    char err[200];
    cr_assert_eq(sweep_parse(&s, SWEEP_LAYER2, "on,off", err, sizeof err), 0);
    cr_assert_eq(sweep_parse(&s, SWEEP_BACKEND, "mimalloc", err, sizeof err), 0);
    sweep_defaults(&s);
    tier_config c[SWEEP_MAX_CONFIGS];
    cr_assert_eq(sweep_configs(&s, c), 2);
    cr_assert_str_eq(c[0].name, "layer2+fl");
    cr_assert_str_eq(c[1].name, "layer1+fl");
    cr_assert_str_eq(c[1].backend, "mimalloc");
}

Test(sweep, bad_values_are_refused_by_name)
{
    sweep s = {0};
    char err[200];
    cr_assert_eq(sweep_parse(&s, SWEEP_BACKEND, "libc,jemalloc", err, sizeof err), -1);
    cr_assert(strstr(err, "jemalloc") != NULL, "%s", err);
    cr_assert_eq(sweep_parse(&s, SWEEP_FREELISTS, "maybe", err, sizeof err), -1);
}

Test(sweep, flipping_an_axis_finds_the_configuration_that_differs_only_there)
{
    sweep s = {0};
    sweep_all(&s);
    tier_config c[SWEEP_MAX_CONFIGS];
    size_t n = sweep_configs(&s, c);
    const tier_config *f = sweep_flip(c, n, &c[0], SWEEP_FREELISTS);
    cr_assert_str_eq(f->name, "libc/layer2");
    f = sweep_flip(c, n, &c[0], SWEEP_BACKEND);
    cr_assert_str_eq(f->name, "mimalloc/layer2+fl");
    cr_assert_null(sweep_flip(c, 1, &c[0], SWEEP_LAYER2));
}
