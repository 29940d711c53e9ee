/* tests/vm-api/test_run.c: running strings and files, calling functions
 * with values across the boundary, and errors coming back to C. */
#include <criterion/criterion.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "capture.h"

static tpy_vm *new_vm(capture *c)
{
    tpy_config cfg;
    tpy_config_init(&cfg);
    return capture_vm(&cfg, c);
}

Test(run, prints_through_the_output_callbacks)
{
    capture c;
    tpy_vm *vm = new_vm(&c);
    cr_assert_eq(tpy_vm_run_string(vm, "import sys\nprint('out', 6 * 7)\n"
                                       "print('err', file=sys.stderr)\n", "<t>"), 0);
    cr_assert_str_eq(c.out, "out 42\n");
    cr_assert_str_eq(c.err, "err\n");
    cr_assert_null(tpy_vm_error(vm));
    delete_clean(vm);
}

Test(run, names_persist_in_main_between_runs)
{
    capture c;
    tpy_vm *vm = new_vm(&c);
    cr_assert_eq(tpy_vm_run_string(vm, "x = [1, 2, 3]\n", "<a>"), 0);
    cr_assert_eq(tpy_vm_run_string(vm, "x.append(4)\nprint(__name__, x)\n", "<b>"), 0);
    cr_assert_str_eq(c.out, "__main__ [1, 2, 3, 4]\n");
    delete_clean(vm);
}

Test(run, syntax_error_comes_back_and_the_vm_stays_usable)
{
    capture c;
    tpy_vm *vm = new_vm(&c);
    cr_assert_eq(tpy_vm_run_string(vm, "x = (1,\n", "<bad>"), -1);
    const tpy_error *e = tpy_vm_error(vm);
    cr_assert_not_null(e);
    cr_assert_str_eq(e->type, "SyntaxError");
    cr_assert(strstr(e->message, "never closed"), "message: %s", e->message);
    cr_assert(strstr(e->traceback, "SyntaxError"), "traceback: %s", e->traceback);
    cr_assert_eq(c.nerr, 0, "nothing printed: the error is the caller's");
    cr_assert_eq(tpy_vm_run_string(vm, "print('still fine')\n", "<ok>"), 0);
    cr_assert_null(tpy_vm_error(vm));
    cr_assert_str_eq(c.out, "still fine\n");
    delete_clean(vm);
}

Test(run, exception_has_type_message_and_traceback)
{
    capture c;
    tpy_vm *vm = new_vm(&c);
    cr_assert_eq(tpy_vm_run_string(vm, "def f(d):\n    return d['k']\nf({})\n", "exp.py"), -1);
    const tpy_error *e = tpy_vm_error(vm);
    cr_assert_str_eq(e->type, "KeyError");
    cr_assert_str_eq(e->message, "'k'");
    cr_assert(strstr(e->traceback, "Traceback (most recent call last):"), "%s", e->traceback);
    cr_assert(strstr(e->traceback, "line 2, in f"), "%s", e->traceback);
    cr_assert(strstr(e->traceback, "KeyError: 'k'"), "%s", e->traceback);
    delete_clean(vm);
}

Test(run, system_exit_does_not_end_the_process)
{
    capture c;
    tpy_vm *vm = new_vm(&c);
    cr_assert_eq(tpy_vm_run_string(vm, "import sys\nsys.exit(3)\n", "<exit>"), -1);
    cr_assert_str_eq(tpy_vm_error(vm)->type, "SystemExit");
    cr_assert_str_eq(tpy_vm_error(vm)->message, "3");
    delete_clean(vm);
}

Test(run, file_and_missing_file)
{
    capture c;
    tpy_vm *vm = new_vm(&c);
    char path[] = "/tmp/tierpy-api-XXXXXX";
    int fd = mkstemp(path);
    cr_assert(fd >= 0);
    const char src[] = "print('from a file', __name__)\n";
    cr_assert_eq(write(fd, src, sizeof src - 1), (ssize_t)(sizeof src - 1));
    close(fd);
    cr_assert_eq(tpy_vm_run_file(vm, path), 0);
    unlink(path);
    cr_assert_str_eq(c.out, "from a file __main__\n");
    cr_assert_eq(tpy_vm_run_file(vm, path), -1);
    cr_assert_str_eq(tpy_vm_error(vm)->type, "FileNotFoundError");
    cr_assert(strstr(tpy_vm_error(vm)->message, "No such file"), "%s", tpy_vm_error(vm)->message);
    delete_clean(vm);
}

Test(call, values_cross_both_ways)
{
    capture c;
    tpy_vm *vm = new_vm(&c);
    cr_assert_eq(tpy_vm_run_string(vm,
        "def add(a, b): return a + b\n"
        "def kind(x): return type(x).__name__\n"
        "def nothing(): pass\n"
        "def yes(): return 3 > 2\n", "<defs>"), 0);
    tpy_value args[2] = {tpy_value_int(40), tpy_value_int(2)}, r;
    cr_assert_eq(tpy_vm_call(vm, "add", args, 2, &r), 0);
    cr_assert_eq(r.kind, TPY_VALUE_INT);
    cr_assert_eq(r.u.i, 42);
    args[0] = tpy_value_float(1.5);
    args[1] = tpy_value_float(0.25);
    cr_assert_eq(tpy_vm_call(vm, "add", args, 2, &r), 0);
    cr_assert_eq(r.kind, TPY_VALUE_FLOAT);
    cr_assert_float_eq(r.u.f, 1.75, 1e-12);
    args[0] = tpy_value_str("tier");
    args[1] = tpy_value_str("py \xc3\xa9");
    cr_assert_eq(tpy_vm_call(vm, "add", args, 2, &r), 0);
    cr_assert_eq(r.kind, TPY_VALUE_STR);
    cr_assert_str_eq(r.u.str.data, "tierpy \xc3\xa9");
    cr_assert_eq(r.u.str.len, 9);
    tpy_value_clear(&r);
    cr_assert_eq(r.kind, TPY_VALUE_NONE);
    args[0] = tpy_value_none();
    cr_assert_eq(tpy_vm_call(vm, "kind", args, 1, &r), 0);
    cr_assert_str_eq(r.u.str.data, "NoneType");
    tpy_value_clear(&r);
    cr_assert_eq(tpy_vm_call(vm, "nothing", NULL, 0, &r), 0);
    cr_assert_eq(r.kind, TPY_VALUE_NONE);
    cr_assert_eq(tpy_vm_call(vm, "yes", NULL, 0, &r), 0);
    cr_assert_eq(r.kind, TPY_VALUE_BOOL);
    cr_assert_eq(r.u.i, 1);
    delete_clean(vm);
}

Test(call, function_in_a_module)
{
    capture c;
    tpy_vm *vm = new_vm(&c);
    tpy_value a = tpy_value_float(2.25), r;
    cr_assert_eq(tpy_vm_call(vm, "math.sqrt", &a, 1, &r), 0, "%s",
                 tpy_vm_error(vm) ? tpy_vm_error(vm)->traceback : "");
    cr_assert_float_eq(r.u.f, 1.5, 1e-12);
    cr_assert_eq(tpy_vm_call(vm, "nosuchmodule.f", NULL, 0, &r), -1);
    cr_assert_str_eq(tpy_vm_error(vm)->type, "ModuleNotFoundError");
    delete_clean(vm);
}

Test(call, errors_escaping_a_call)
{
    capture c;
    tpy_vm *vm = new_vm(&c);
    cr_assert_eq(tpy_vm_run_string(vm, "def div(a, b):\n    return a // b\n"
                                       "def many(): return [1]\n", "calc.py"), 0);
    tpy_value args[2] = {tpy_value_int(1), tpy_value_int(0)}, r;
    cr_assert_eq(tpy_vm_call(vm, "div", args, 2, &r), -1);
    const tpy_error *e = tpy_vm_error(vm);
    cr_assert_str_eq(e->type, "ZeroDivisionError");
    cr_assert_str_eq(e->message, "integer division or modulo by zero");
    cr_assert(strstr(e->traceback, "File \"calc.py\", line 2, in div"), "%s", e->traceback);
    cr_assert_eq(r.kind, TPY_VALUE_NONE);
    cr_assert_eq(tpy_vm_call(vm, "missing", NULL, 0, &r), -1);
    cr_assert_str_eq(tpy_vm_error(vm)->type, "NameError");
    cr_assert_eq(tpy_vm_call(vm, "many", NULL, 0, &r), -1);
    cr_assert_str_eq(tpy_vm_error(vm)->type, "TypeError");
    cr_assert(strstr(tpy_vm_error(vm)->message, "'list'"), "%s", tpy_vm_error(vm)->message);
    cr_assert_eq(tpy_vm_call(vm, "div", args, 1, &r), -1);
    cr_assert_str_eq(tpy_vm_error(vm)->type, "TypeError");
    args[1] = tpy_value_int(7);
    cr_assert_eq(tpy_vm_call(vm, "div", args, 2, NULL), 0, "usable after errors");
    cr_assert_null(tpy_vm_error(vm));
    delete_clean(vm);
}

Test(call, int_result_beyond_64_bits)
{
    capture c;
    tpy_vm *vm = new_vm(&c);
    cr_assert_eq(tpy_vm_run_string(vm, "def big(): return 2 ** 70\n", "<big>"), 0);
    tpy_value r;
    cr_assert_eq(tpy_vm_call(vm, "big", NULL, 0, &r), -1);
    cr_assert_str_eq(tpy_vm_error(vm)->type, "OverflowError");
    delete_clean(vm);
}

Test(config_effects, argv_path_and_recursion_limit)
{
    capture c;
    tpy_config cfg;
    tpy_config_init(&cfg);
    const char *argv[2] = {"experiment", "--fast"};
    const char *path[2] = {"/opt/probes", "/opt/more"};
    cfg.argv = argv;
    cfg.argc = 2;
    cfg.path = path;
    cfg.path_len = 2;
    cfg.recursion_limit = 321;
    tpy_vm *vm = capture_vm(&cfg, &c);
    cr_assert_eq(tpy_vm_run_string(vm, "import sys\nprint(sys.argv, sys.path[:2], "
                                       "sys.getrecursionlimit())\n", "<cfg>"), 0);
    cr_assert_str_eq(c.out, "['experiment', '--fast'] ['/opt/probes', '/opt/more'] 321\n");
    cr_assert_eq(tpy_vm_run_string(vm, "def r(n): return r(n + 1)\nr(0)\n", "<deep>"), -1);
    cr_assert_str_eq(tpy_vm_error(vm)->type, "RecursionError");
    delete_clean(vm);
}

Test(config_effects, gc_off_and_thresholds)
{
    capture c;
    tpy_config cfg;
    tpy_config_init(&cfg);
    cfg.gc = false;
    cfg.gc_threshold[0] = 123;
    tpy_vm *vm = capture_vm(&cfg, &c);
    cr_assert_eq(tpy_vm_run_string(vm, "import gc\nprint(gc.isenabled(), gc.get_threshold())\n",
                                   "<gc>"), 0);
    cr_assert_str_eq(c.out, "False (123, 10, 10)\n");
    delete_clean(vm);
}
