/* tests/vm-gc: the gc module's functions, called as a program calls them
 * (through a namespace filled by tpy_gc_module_fill). */
#include <criterion/criterion.h>

#include "gc_helpers.h"

static tpy_object *ns;

static void start(void)
{
    t_start();
    ns = t_keep(tpy_dict_new(vm));
    cr_assert_eq(tpy_gc_module_fill(vm, ns, TPY_NONE), 0, "%s", t_error());
}

TestSuite(module, .init = start, .fini = t_end);

/* gc.<name>(*args) -> repr, or "!Type: message". */
static const char *call(const char *name, tpy_object **args, size_t n)
{
    tpy_object *key = tpy_str_intern_c(vm, name);
    tpy_object *f = tpy_dict_get_str(vm, ns, key);
    tpy_decref(vm, key);
    cr_assert_not_null(f, "gc.%s missing", name);
    return t_repr(tpy_call(vm, f, args, n, NULL));
}

static tpy_object *attr(const char *name)
{
    tpy_object *key = tpy_str_intern_c(vm, name);
    tpy_object *v = tpy_dict_get_str(vm, ns, key);
    tpy_decref(vm, key);
    return v;
}

Test(module, functions_and_constants)
{
    cr_assert_str_eq(call("isenabled", NULL, 0), "True");
    cr_assert_str_eq(call("disable", NULL, 0), "None");
    cr_assert_str_eq(call("isenabled", NULL, 0), "False");
    cr_assert_str_eq(call("enable", NULL, 0), "None");
    cr_assert_str_eq(call("get_threshold", NULL, 0), "(700, 10, 10)");
    tpy_object *a[] = {t_int(500), t_int(5)};
    cr_assert_str_eq(call("set_threshold", a, 2), "None");
    cr_assert_str_eq(call("get_threshold", NULL, 0), "(500, 5, 10)");
    cr_assert_str_eq(call("get_debug", NULL, 0), "0");
    cr_assert_str_eq(t_repr(tpy_newref(attr("DEBUG_SAVEALL"))), "32");
    cr_assert_str_eq(t_repr(tpy_newref(attr("DEBUG_LEAK"))), "38");
    cr_assert_str_eq(t_repr(tpy_newref(attr("garbage"))), "[]");
    cr_assert_str_eq(call("get_freeze_count", NULL, 0), "0");
    cr_assert_str_eq(call("is_tracked", (tpy_object *[]){t_int(1)}, 1), "False");
    cr_assert_str_eq(call("is_tracked", (tpy_object *[]){ns}, 1), "True");
    cr_assert_str_eq(call("is_finalized", (tpy_object *[]){ns}, 1), "False");
    cr_assert_str_eq(call("get_referents", (tpy_object *[]){t_keep(tpy_tuple_pack(vm, 1, t_int(7)))}, 1),
                     "[7]");
}

Test(module, collect_returns_the_unreachable_count)
{
    tpy_object *l = tpy_list_new(vm, 0);
    tpy_list_append(vm, l, tpy_newref(l));
    tpy_decref(vm, l);
    cr_assert_str_eq(call("collect", NULL, 0), "1");
    cr_assert_str_eq(call("collect", (tpy_object *[]){t_int(0)}, 1), "0");
    cr_assert_str_eq(call("get_count", NULL, 0), "(0, 1, 0)");
    const char *stats = call("get_stats", NULL, 0);
    cr_assert_str_eq(stats, "[{'collections': 1, 'collected': 0, 'uncollectable': 0}, "
                            "{'collections': 0, 'collected': 0, 'uncollectable': 0}, "
                            "{'collections': 1, 'collected': 1, 'uncollectable': 0}]");
}

Test(module, argument_errors_are_worded_as_cpython)
{
    cr_assert_str_eq(call("collect", (tpy_object *[]){t_int(3)}, 1), "!ValueError: invalid generation");
    cr_assert_str_eq(call("collect", (tpy_object *[]){t_s("x")}, 1),
                     "!TypeError: 'str' object cannot be interpreted as an integer");
    cr_assert_str_eq(call("get_objects", (tpy_object *[]){t_int(-1)}, 1),
                     "!ValueError: generation parameter cannot be negative");
    cr_assert_str_eq(call("is_tracked", NULL, 0),
                     "!TypeError: is_tracked() takes exactly one argument (0 given)");
    cr_assert_str_eq(call("enable", (tpy_object *[]){t_int(1)}, 1),
                     "!TypeError: enable() takes no arguments (1 given)");
}

Test(module, get_objects_is_a_list_of_tracked_objects)
{
    const char *r = call("get_objects", (tpy_object *[]){TPY_NONE}, 1);
    cr_assert_eq(r[0], '[');
}
