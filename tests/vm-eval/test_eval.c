/* tests/vm-eval: the runtime driven from C: programs run with
 * tpy_run_string, their results read back from the globals, the errors
 * CPython 3.11 raises, and a VM that leaks nothing once torn down. */
#include <criterion/criterion.h>
#include <string.h>

#include "abstract.h"
#include "error.h"
#include "eval.h"
#include "refcount.h"
#include "types.h"
#include "vm.h"

void tpy_dict_clear(tpy_vm *vm, tpy_object *dict);   /* dict.c, not in types.h */

static tpy_vm *vm;
static tpy_object *globals;

static void setup(void)
{
    tpy_runtime_process_init();
    vm = tpy_vm_create(NULL);
    cr_assert_not_null(vm);
    char *argv[] = {(char *)"test"};
    cr_assert_eq(tpy_runtime_init(vm, 1, argv), 0);
    globals = tpy_dict_new(vm);
}

static void teardown(void)
{
    tpy_err_clear(vm);
    tpy_dict_clear(vm, globals);   /* globals -> functions -> globals */
    tpy_decref(vm, globals);
    tpy_runtime_fini(vm);
    cr_assert_eq(tpy_vm_destroy_report(vm), 0, "objects leaked");
}

TestSuite(vm_eval, .init = setup, .fini = teardown);

/* Run @p src; NULL result means an exception is set. */
static bool run(const char *src)
{
    tpy_object *r = tpy_run_string(vm, src, "<test>", TPY_RUN_EXEC, globals, NULL);
    tpy_xdecref(vm, r);
    return r != NULL;
}

static int64_t global_int(const char *name)
{
    tpy_object *k = tpy_str_intern_c(vm, name);
    tpy_object *v = tpy_dict_get_str(vm, globals, k);
    tpy_decref(vm, k);
    cr_assert_not_null(v, "no global %s", name);
    int64_t out;
    cr_assert_eq(tpy_int_to_i64(vm, v, &out), 0);
    return out;
}

/* The message of the pending exception, which must be of @p type. */
static void expect_error(tpy_type *type, const char *msg)
{
    tpy_object *e = tpy_err_occurred(vm);
    cr_assert_not_null(e);
    cr_assert(tpy_isinstance(e, type), "got %s", tpy_type_of(e)->name);
    tpy_object *s = tpy_str(vm, e);
    cr_assert_str_eq(tpy_str_utf8(vm, s, NULL), msg);
    tpy_decref(vm, s);
    tpy_err_clear(vm);
}

Test(vm_eval, recursion_runs_in_one_c_loop)
{
    cr_assert(run("def fib(n):\n    return n if n < 2 else fib(n - 1) + fib(n - 2)\nx = fib(20)\n"));
    cr_assert_eq(global_int("x"), 6765);
}

Test(vm_eval, closures_share_cells)
{
    cr_assert(run("def counter():\n    n = 0\n    def inc():\n        nonlocal n\n        n += 1\n"
                  "        return n\n    return inc\nc = counter()\nc(); c()\nx = c()\n"));
    cr_assert_eq(global_int("x"), 3);
}

Test(vm_eval, defaults_keywords_and_star_args)
{
    cr_assert(run("def f(a, b=2, *args, c, d=4, **kw):\n    return a + b + sum(args) + c + d + len(kw)\n"
                  "x = f(1, c=3) * 100 + f(1, 2, 3, 4, c=5, e=6, g=7)\n"));
    cr_assert_eq(global_int("x"), 1000 + 21);
}

Test(vm_eval, missing_argument_message)
{
    cr_assert_not(run("def f(a, b):\n    pass\nf(1)\n"));
    expect_error(&tpy_exc_TypeError, "f() missing 1 required positional argument: 'b'");
}

Test(vm_eval, too_many_positional_message)
{
    cr_assert_not(run("def f(a, b):\n    pass\nf(1, 2, 3)\n"));
    expect_error(&tpy_exc_TypeError, "f() takes 2 positional arguments but 3 were given");
}

Test(vm_eval, unexpected_and_duplicate_keywords)
{
    cr_assert_not(run("def f(a):\n    pass\nf(x=1)\n"));
    expect_error(&tpy_exc_TypeError, "f() got an unexpected keyword argument 'x'");
    cr_assert_not(run("def f(a):\n    pass\nf(1, a=1)\n"));
    expect_error(&tpy_exc_TypeError, "f() got multiple values for argument 'a'");
}

Test(vm_eval, keyword_only_missing)
{
    cr_assert_not(run("def f(*, k):\n    pass\nf()\n"));
    expect_error(&tpy_exc_TypeError, "f() missing 1 required keyword-only argument: 'k'");
}

Test(vm_eval, recursion_limit_raises_not_crashes)
{
    cr_assert_not(run("def f():\n    return f()\nf()\n"));
    expect_error(&tpy_exc_RecursionError, "maximum recursion depth exceeded");
    cr_assert(run("x = 1\n"), "the VM is usable afterwards");
}

Test(vm_eval, handler_catches_and_chains_context)
{
    cr_assert(run("try:\n    try:\n        1/0\n    except ZeroDivisionError:\n        {}['k']\n"
                  "except KeyError as e:\n    x = type(e.__context__) is ZeroDivisionError\n"));
    cr_assert_eq(global_int("x"), 1);
}

Test(vm_eval, raise_from_sets_cause)
{
    cr_assert(run("try:\n    raise ValueError('a') from KeyError('b')\nexcept ValueError as e:\n"
                  "    x = isinstance(e.__cause__, KeyError) + e.__suppress_context__\n"));
    cr_assert_eq(global_int("x"), 2);
}

Test(vm_eval, traceback_is_recorded)
{
    cr_assert(run("def g():\n    1/0\ntry:\n    g()\nexcept ZeroDivisionError as e:\n"
                  "    x = e.__traceback__.tb_next.tb_lineno\n"));
    cr_assert_eq(global_int("x"), 2);
}

Test(vm_eval, generators_yield_and_send)
{
    cr_assert(run("def g():\n    y = yield 1\n    yield y * 10\nit = g()\na = next(it)\nb = it.send(4)\n"
                  "x = a + b + sum(i for i in range(5))\n"));
    cr_assert_eq(global_int("x"), 1 + 40 + 10);
}

Test(vm_eval, specialized_int_add_overflows_to_big)
{
    cr_assert(run("x = 0\nfor i in range(100):\n    x = x + 9223372036854775807\ny = x // 100\n"));
    cr_assert_eq(global_int("y"), INT64_MAX);
}

Test(vm_eval, global_cache_sees_rebinding)
{
    cr_assert(run("k = 1\ndef f():\n    return k\ns = 0\nfor i in range(50):\n    s += f()\n"
                  "k = 100\nx = s + f()\n"));
    cr_assert_eq(global_int("x"), 150);
}

Test(vm_eval, class_statement_makes_a_class)
{
    cr_assert(run("class C:\n    x = 41\n    def get(self):\n        return self.x + 1\n"
                  "y = C().get()\n"));
    cr_assert_eq(global_int("y"), 42);
}
