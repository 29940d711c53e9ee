/* tests/vm-api/test_config.c: tpy_config's defaults and the rejection of
 * every kind of invalid value, with a message that names it. */
#include <criterion/criterion.h>
#include <string.h>

#include <tierpy/tierpy.h>

static void expect_rejected(const tpy_config *cfg, const char *needle)
{
    char err[256] = "";
    cr_assert_eq(tpy_config_check(cfg, err, sizeof err), -1, "accepted, expected '%s'", needle);
    cr_assert(strstr(err, needle), "message '%s' lacks '%s'", err, needle);
    cr_assert_null(tpy_vm_new(cfg), "tpy_vm_new accepted an invalid configuration");
    cr_assert(strstr(tpy_last_error(), needle), "tpy_last_error '%s' lacks '%s'",
              tpy_last_error(), needle);
}

Test(config, defaults_are_valid_and_documented)
{
    tpy_config cfg;
    memset(&cfg, 0xab, sizeof cfg);
    tpy_config_init(&cfg);
    cr_assert(cfg.pool && cfg.freelists && cfg.gc);
    cr_assert_eq(cfg.gc_threshold[0], 700);
    cr_assert_eq(cfg.gc_threshold[1], 10);
    cr_assert_eq(cfg.gc_threshold[2], 10);
    cr_assert_eq(cfg.recursion_limit, 1000);
    cr_assert_null(cfg.malloc_name);
    cr_assert_null(cfg.backend);
    cr_assert_null(cfg.out);
    cr_assert_eq(cfg.freelist_capacity, TPY_OBJ_CAP_PER_TYPE);
    char err[64];
    cr_assert_eq(tpy_config_check(&cfg, err, sizeof err), 0);
}

Test(config, unknown_backend_name)
{
    tpy_config cfg;
    tpy_config_init(&cfg);
    cfg.malloc_name = "bogus";
    expect_rejected(&cfg, "malloc_name");
}

Test(config, backend_table_missing_a_function)
{
    tpy_config cfg;
    tpy_config_init(&cfg);
    tpy_backend b = {0};
    cfg.backend = &b;
    expect_rejected(&cfg, "backend");
}

Test(config, recursion_limit_out_of_range)
{
    tpy_config cfg;
    tpy_config_init(&cfg);
    cfg.recursion_limit = 0;
    expect_rejected(&cfg, "recursion_limit: 0");
    cfg.recursion_limit = 2000000;
    expect_rejected(&cfg, "recursion_limit: 2000000");
}

Test(config, negative_gc_threshold)
{
    tpy_config cfg;
    tpy_config_init(&cfg);
    cfg.gc_threshold[1] = -3;
    expect_rejected(&cfg, "gc_threshold[1]");
}

Test(config, bad_pool_layout)
{
    tpy_config cfg;
    tpy_config_init(&cfg);
    cfg.pool_config.pool_size = 3000;   /* not a power of two */
    expect_rejected(&cfg, "pool_config");
}

Test(config, bad_pool_layout_ignored_when_pool_is_off)
{
    tpy_config cfg;
    tpy_config_init(&cfg);
    cfg.pool_config.pool_size = 3000;
    cfg.pool = false;
    cr_assert_eq(tpy_config_check(&cfg, NULL, 0), 0);
}

Test(config, freelist_capacity_out_of_range)
{
    tpy_config cfg;
    tpy_config_init(&cfg);
    cfg.freelist_capacity = -7;
    expect_rejected(&cfg, "freelist_capacity");
}

Test(config, null_path_entry)
{
    tpy_config cfg;
    tpy_config_init(&cfg);
    const char *path[2] = {"/tmp", NULL};
    cfg.path = path;
    cfg.path_len = 2;
    expect_rejected(&cfg, "path[1]");
}

Test(config, negative_argc)
{
    tpy_config cfg;
    tpy_config_init(&cfg);
    cfg.argc = -1;
    expect_rejected(&cfg, "argc");
}
