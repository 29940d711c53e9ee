/* tests/vm-api/test_module.c: C functions exposed to Python through a
 * module definition, raising from C, and the statistics and GC events. */
#include <criterion/criterion.h>
#include <stdio.h>
#include <string.h>

#include "capture.h"

typedef struct probe_state {
    int calls;
    int64_t last;
} probe_state;

static int probe_count(tpy_vm *vm, void *ctx, const tpy_value *args, size_t nargs,
                       tpy_value *result)
{
    probe_state *s = ctx;
    if (nargs != 1 || args[0].kind != TPY_VALUE_INT)
        return tpy_raise(vm, "TypeError", "count() wants one int");
    s->calls++;
    s->last = args[0].u.i;
    *result = tpy_value_int(s->calls);
    return 0;
}

static int probe_greet(tpy_vm *vm, void *ctx, const tpy_value *args, size_t nargs,
                       tpy_value *result)
{
    (void)vm;
    (void)ctx;
    static char buf[64];
    snprintf(buf, sizeof buf, "hello %.*s", nargs ? (int)args[0].u.str.len : 0,
             nargs && args[0].kind == TPY_VALUE_STR ? args[0].u.str.data : "");
    *result = tpy_value_str(buf);
    return 0;
}

static int probe_fail(tpy_vm *vm, void *ctx, const tpy_value *args, size_t nargs,
                      tpy_value *result)
{
    (void)ctx;
    (void)args;
    (void)nargs;
    (void)result;
    return tpy_raise(vm, "ValueError", "probe failed on purpose");
}

static int probe_forgets(tpy_vm *vm, void *ctx, const tpy_value *args, size_t nargs,
                         tpy_value *result)
{
    (void)vm;
    (void)ctx;
    (void)args;
    (void)nargs;
    (void)result;
    return -1;   /* an error without tpy_raise: the VM must say so */
}

static const tpy_cfunction_def probe_functions[] = {
    {"count", probe_count, "count(n): count a call, return the total"},
    {"greet", probe_greet, NULL},
    {"fail", probe_fail, NULL},
    {"forgets", probe_forgets, NULL},
    {NULL, NULL, NULL},
};

Test(module, c_functions_called_from_python)
{
    capture c;
    tpy_config cfg;
    tpy_config_init(&cfg);
    tpy_vm *vm = capture_vm(&cfg, &c);
    probe_state st = {0};
    tpy_module_def def = {"probes", probe_functions, &st};
    cr_assert_eq(tpy_vm_add_module(vm, &def), 0);
    cr_assert_eq(tpy_vm_run_string(vm,
        "import probes\n"
        "for i in range(5): n = probes.count(i * 10)\n"
        "print(n, probes.greet('tiers'), probes.count.__doc__)\n"
        "try:\n"
        "    probes.fail()\n"
        "except ValueError as e:\n"
        "    print('caught', e)\n"
        "try:\n"
        "    probes.count('x')\n"
        "except TypeError as e:\n"
        "    print('caught', e)\n"
        "try:\n"
        "    probes.count(n=1)\n"
        "except TypeError as e:\n"
        "    print('caught', e)\n"
        "try:\n"
        "    probes.forgets()\n"
        "except SystemError as e:\n"
        "    print('caught SystemError')\n", "<probes>"), 0, "%s",
        tpy_vm_error(vm) ? tpy_vm_error(vm)->traceback : "");
    cr_assert_str_eq(c.out, "5 hello tiers count(n): count a call, return the total\n"
                            "caught probe failed on purpose\n"
                            "caught count() wants one int\n"
                            "caught count() takes no keyword arguments\n"
                            "caught SystemError\n");
    cr_assert_eq(st.calls, 5);
    cr_assert_eq(st.last, 40);
    delete_clean(vm);
}

Test(module, bad_definitions_are_refused)
{
    capture c;
    tpy_config cfg;
    tpy_config_init(&cfg);
    tpy_vm *vm = capture_vm(&cfg, &c);
    cr_assert_eq(tpy_vm_add_module(vm, NULL), -1);
    tpy_module_def noname = {NULL, probe_functions, NULL};
    cr_assert_eq(tpy_vm_add_module(vm, &noname), -1);
    static const tpy_cfunction_def nofn[] = {{"f", NULL, NULL}, {NULL, NULL, NULL}};
    tpy_module_def bad = {"bad", nofn, NULL};
    cr_assert_eq(tpy_vm_add_module(vm, &bad), -1);
    delete_clean(vm);
}

Test(stats, every_tier_reports_and_json_has_each_member)
{
    capture c;
    tpy_config cfg;
    tpy_config_init(&cfg);
    tpy_vm *vm = capture_vm(&cfg, &c);
    cr_assert_eq(tpy_vm_run_string(vm, "keep = [str(i) for i in range(5000)]\n", "<s>"), 0);
    tpy_vm_stats st;
    cr_assert_eq(tpy_vm_get_stats(vm, &st), 0);
    cr_assert(st.pool_on);
    cr_assert_geq(st.obj.live, 5000);
    cr_assert_gt(st.pool.small_blocks_live, 5000);
    cr_assert_gt(st.mem.malloc_calls + st.mem.calloc_calls, 0);
    cr_assert_gt(st.os.arenas_live, 0);
    static char json[1 << 20];
    int n = tpy_vm_stats_json(vm, json, sizeof json);
    cr_assert(n > 0 && (size_t)n < sizeof json);
    cr_assert_eq(json[0], '{');
    cr_assert_eq(json[n - 1], '}');
    const char *members[] = {"\"os\": {", "\"mem\": {", "\"pool\": {", "\"obj\": {", "\"gc\": {"};
    for (int i = 0; i < 5; i++)
        cr_assert(strstr(json, members[i]), "no %s in the JSON", members[i]);
    char tiny[8];
    cr_assert_eq(tpy_vm_stats_json(vm, tiny, sizeof tiny), n, "snprintf's length when cut");
    delete_clean(vm);
}

Test(stats, pool_off_reports_no_pool)
{
    capture c;
    tpy_config cfg;
    tpy_config_init(&cfg);
    cfg.pool = false;
    cfg.freelists = false;
    tpy_vm *vm = capture_vm(&cfg, &c);
    cr_assert_eq(tpy_vm_run_string(vm, "x = [[i] for i in range(100)]\n", "<s>"), 0);
    tpy_vm_stats st;
    cr_assert_eq(tpy_vm_get_stats(vm, &st), 0);
    cr_assert_not(st.pool_on);
    cr_assert_not(st.obj.freelists);
    cr_assert_eq(st.obj.freelist_hits, 0);
    cr_assert_geq(st.mem.blocks_live, 100);
    delete_clean(vm);
}

typedef struct events {
    int starts, stops;
    int64_t collected;
    uint64_t pause;
    int last_generation;
} events;

static void on_gc(void *ctx, const tpy_gc_event *ev)
{
    events *e = ctx;
    if (ev->phase == TPY_GC_START) {
        e->starts++;
        e->last_generation = ev->generation;
    } else {
        e->stops++;
        e->collected += ev->collected;
        e->pause += ev->pause_ns;
    }
}

Test(stats, gc_events_reach_c)
{
    capture c;
    events ev = {0};
    tpy_config cfg;
    tpy_config_init(&cfg);
    cfg.gc_event = on_gc;
    cfg.gc_event_ctx = &ev;
    tpy_vm *vm = capture_vm(&cfg, &c);
    cr_assert_eq(tpy_vm_run_string(vm,
        "import gc\n"
        "gc.disable()\n"
        "for i in range(100):\n"
        "    a = []; b = [a]; a.append(b)\n"
        "del a, b\n"
        "print(gc.collect())\n", "<gc>"), 0);
    cr_assert_str_eq(c.out, "200\n");
    cr_assert_eq(ev.starts, 1);
    cr_assert_eq(ev.stops, 1);
    cr_assert_eq(ev.last_generation, 2);
    cr_assert_eq(ev.collected, 200);
    cr_assert_gt(ev.pause, 0);
    tpy_vm_stats st;
    tpy_vm_get_stats(vm, &st);
    cr_assert_eq(st.gc.collections[2], 1);
    cr_assert_eq(st.gc.collected[2], 200);
    delete_clean(vm);
}
