/* tests/vm-builtins: print() and input() through the VM's stdio sink, the
 * eval-loop hooks, and the builtins whose results the vectors cannot
 * state (identity, iterator state, registration). */
#include <criterion/criterion.h>
#include <stdio.h>
#include <string.h>

#include "builtins.h"
#include "expr.h"

static tpy_object *builtins;

/* ---- a capturing sink ------------------------------------------------------------------------------- */

typedef struct capture {
    char out[4096], err[4096];
    size_t nout, nerr;
    int flushes;
    const char *input;       /* what stdin holds */
    size_t input_pos;
    bool fail_writes;
} capture;

static int cap_write(void *ctx, int stream, const char *data, size_t n)
{
    capture *c = ctx;
    if (c->fail_writes)
        return -1;
    char *dst = stream == 2 ? c->err : c->out;
    size_t *len = stream == 2 ? &c->nerr : &c->nout;
    cr_assert_lt(*len + n, sizeof c->out);
    memcpy(dst + *len, data, n);
    *len += n;
    dst[*len] = 0;
    return 0;
}

static int cap_flush(void *ctx, int stream)
{
    (void)stream;
    ((capture *)ctx)->flushes++;
    return 0;
}

/* Lines come out in pieces of at most `cap` bytes, as fgets gives them. */
static long cap_read_line(void *ctx, char *buf, size_t cap)
{
    capture *c = ctx;
    size_t n = 0;
    while (n + 1 < cap && c->input[c->input_pos]) {
        char ch = c->input[c->input_pos++];
        buf[n++] = ch;
        if (ch == '\n')
            break;
    }
    return (long)n;
}

static capture cap;

static void start(void)
{
    t_start();
    memset(&cap, 0, sizeof cap);
    cap.input = "";
    vm->stdio = (tpy_vm_stdio){.ctx = &cap, .write = cap_write, .flush = cap_flush,
                               .read_line = cap_read_line};
    builtins = t_keep(tpy_dict_new(vm));
    cr_assert_eq(tpy_builtins_init(vm, builtins), 0, "%s", t_error());
}

static const char *run(const char *expr)
{
    return t_repr(t_eval(builtins, expr));
}

/* ---- print -------------------------------------------------------------------------------------------- */

Test(print, writes_its_arguments_with_sep_and_end)
{
    start();
    cr_expect_str_eq(run("print(1, 'a', [2.5, None])"), "None");
    cr_expect_str_eq(run("print()"), "None");
    cr_expect_str_eq(run("print('x', 'y', sep='-', end='!')"), "None");
    cr_expect_str_eq(run("print('p', 'q', sep=None, end=None)"), "None");
    cr_expect_str_eq(run("print('\\u20ac', '\\U0001f600')"), "None");
    cr_expect_str_eq(cap.out, "1 a [2.5, None]\n\nx-y!p q\n\xe2\x82\xac \xf0\x9f\x98\x80\n");
    cr_expect_eq(cap.flushes, 0);
    cr_expect_str_eq(run("print(flush=True)"), "None");
    cr_expect_eq(cap.flushes, 1);
    t_end();
}

Test(print, rejects_bad_keywords_as_cpython_does)
{
    start();
    cr_expect_str_eq(run("print(1, x=2)"), "!TypeError: 'x' is an invalid keyword argument for print()");
    cr_expect_str_eq(run("print(sep=1)"), "!TypeError: sep must be None or a string, not int");
    cr_expect_str_eq(run("print(end=[])"), "!TypeError: end must be None or a string, not list");
    cr_expect_str_eq(run("print('a', file=1)"), "!AttributeError: 'int' object has no attribute 'write'");
    cr_expect_str_eq(cap.out, "");
    t_end();
}

Test(print, a_failing_sink_raises_oserror)
{
    start();
    cap.fail_writes = true;
    const char *r = run("print('lost')");
    cr_expect(strncmp(r, "!OSError: [Errno", 16) == 0, "got %s", r);
    t_end();
}

static tpy_object *stdout_is_none(tpy_vm *v, int stream)
{
    (void)v;
    return stream == 1 ? TPY_NONE : NULL;
}

Test(print, does_nothing_when_sys_stdout_is_none)
{
    start();
    vm->hooks.sys_stream = stdout_is_none;
    cr_expect_str_eq(run("print('gone', flush=True)"), "None");
    cr_expect_str_eq(cap.out, "");
    t_end();
}

Test(print, the_c_entry_point_takes_objects)
{
    start();
    tpy_object *args[2] = {t_int(1), t_s("two")};
    cr_expect_eq(tpy_print(vm, args, 2, t_s(", "), NULL, NULL), 0);
    cr_expect_str_eq(cap.out, "1, two\n");
    t_end();
}

/* ---- input ------------------------------------------------------------------------------------------------ */

Test(input, reads_a_line_without_its_newline_after_the_prompt)
{
    start();
    cap.input = "first line\nsecond\nlast without newline";
    cr_expect_str_eq(run("input('> ')"), "'first line'");
    cr_expect_str_eq(run("input()"), "'second'");
    cr_expect_str_eq(run("input(42)"), "'last without newline'");
    cr_expect_str_eq(run("input()"), "!EOFError: EOF when reading a line");
    cr_expect_str_eq(cap.out, "> 42");
    cr_expect_geq(cap.flushes, 3);
    cr_expect_str_eq(run("input(1, 2)"), "!TypeError: input expected at most 1 argument, got 2");
    t_end();
}

Test(input, reads_lines_longer_than_one_buffer)
{
    start();
    static char long_line[3000];
    memset(long_line, 'x', sizeof long_line - 2);
    long_line[sizeof long_line - 2] = '\n';
    cap.input = long_line;
    cr_expect_str_eq(run("len(input())"), "2998");
    t_end();
}

/* ---- the eval-loop hooks ------------------------------------------------------------------------------------ */

Test(hooks, builtins_that_need_the_eval_loop_say_so)
{
    start();
    cr_expect_str_eq(run("globals()"), "!RuntimeError: globals() requires the eval loop");
    cr_expect_str_eq(run("locals()"), "!RuntimeError: locals() requires the eval loop");
    cr_expect_str_eq(run("vars()"), "!RuntimeError: vars() requires the eval loop");
    cr_expect_str_eq(run("dir()"), "!RuntimeError: dir() requires the eval loop");
    cr_expect_str_eq(run("exec('x = 1')"), "!RuntimeError: exec requires the eval loop");
    cr_expect_str_eq(run("eval('1')"), "!RuntimeError: eval requires the eval loop");
    t_end();
}

/* What the hook saw (the objects themselves die with the expression). */
static bool seen_str_source, seen_globals;

static tpy_object *fake_eval(tpy_vm *v, tpy_object *source, tpy_object *globals, tpy_object *locals)
{
    (void)locals;
    seen_str_source = tpy_str_check(source);
    seen_globals = globals != NULL;
    return tpy_int_from_i64(v, 42);
}

static tpy_object *fake_globals(tpy_vm *v)
{
    tpy_object *d = tpy_dict_new(v);
    tpy_dict_set_c(v, d, "answer", TPY_TRUE);
    return d;
}

Test(hooks, exec_eval_globals_and_locals_go_through_the_hooks)
{
    start();
    vm->hooks.eval = fake_eval;
    vm->hooks.exec = fake_eval;
    vm->hooks.globals = fake_globals;
    vm->hooks.locals = fake_globals;
    cr_expect_str_eq(run("eval('6 * 7')"), "42");
    cr_expect_not(seen_globals);
    cr_expect_str_eq(run("exec('pass', {})"), "42");
    cr_expect(seen_globals);
    cr_expect(seen_str_source);
    cr_expect_str_eq(run("globals()"), "{'answer': True}");
    cr_expect_str_eq(run("vars()"), "{'answer': True}");
    cr_expect_str_eq(run("dir()"), "['answer']");
    t_end();
}

/* ---- what the vectors cannot say ---------------------------------------------------------------------------- */

Test(builtins, every_name_is_registered)
{
    start();
    static const char *const names[] = {
        "print", "input", "len", "abs", "divmod", "pow", "round", "sum", "min", "max", "hex", "oct",
        "bin", "chr", "ord", "isinstance", "issubclass", "getattr", "hasattr", "setattr",
        "delattr", "id", "hash", "repr", "ascii", "callable", "format", "vars", "dir", "globals",
        "locals", "exec", "eval", "iter", "next", "sorted", "all", "any", "int", "float", "str",
        "bytes", "bool", "list", "tuple", "dict", "set", "frozenset", "range", "slice", "object",
        "type", "enumerate", "zip", "map", "filter", "reversed", "None", "True", "False",
        "Ellipsis", "NotImplemented", "__debug__", "BaseException", "Exception", "ValueError",
        "KeyError", "StopIteration", "EncodingWarning", NULL};
    for (const char *const *n = names; *n; n++) {
        tpy_object *key = tpy_str_intern_c(vm, *n);
        cr_expect_not_null(tpy_dict_get_str(vm, builtins, key), "builtins lacks %s", *n);
        tpy_decref(vm, key);
    }
    cr_expect_str_eq(run("type(len)"), "<class 'builtin_function_or_method'>");
    cr_expect_str_eq(run("len.__name__"), "'len'");
    cr_expect_str_eq(run("enumerate"), "<class 'enumerate'>");
    cr_expect_str_eq(run("type(iter(len, 1))"), "<class 'callable_iterator'>");
    t_end();
}

Test(builtins, id_is_identity)
{
    start();
    tpy_object *a = t_eval(builtins, "id(None)"), *b = t_eval(builtins, "id(None)");
    cr_expect_eq(tpy_richcompare_bool(vm, a, b, TPY_EQ), 1);
    tpy_decref(vm, a);
    tpy_decref(vm, b);
    t_end();
}

Test(builtins, iter_with_a_sentinel_calls_until_it_appears)
{
    start();
    cr_expect_str_eq(run("list(iter([3, 2, 1].pop, 2))"), "[1]");
    cr_expect_str_eq(run("list(iter([5, 4].pop, 0))"), "!IndexError: pop from empty list");
    tpy_object *it = t_keep(t_eval(builtins, "iter([2, 9].pop, 2)"));
    cr_expect_str_eq(t_repr(tpy_next(vm, it)), "9");
    cr_expect_null(tpy_next(vm, it));
    cr_expect_null(tpy_err_occurred(vm));
    cr_expect_null(tpy_next(vm, it), "an exhausted callable_iterator stays exhausted");
    t_end();
}

Test(builtins, iterators_drop_their_sources_when_exhausted)
{
    start();
    static const char *const exprs[] = {"enumerate([1])", "zip([1], 'a')", "map(abs, [1])",
                                        "filter(None, [1])", "reversed([1])", "reversed('a')"};
    for (size_t i = 0; i < sizeof exprs / sizeof exprs[0]; i++) {
        tpy_object *it = t_eval(builtins, exprs[i]);
        cr_assert_not_null(it, "%s: %s", exprs[i], t_error());
        tpy_object *x = tpy_next(vm, it);
        cr_expect_not_null(x, "%s", exprs[i]);
        tpy_xdecref(vm, x);
        cr_expect_null(tpy_next(vm, it), "%s", exprs[i]);
        cr_expect_null(tpy_err_occurred(vm));
        cr_expect_null(tpy_next(vm, it), "%s keeps ending", exprs[i]);
        tpy_decref(vm, it);
    }
    t_end();
}

Test(builtins, format_entry_points_for_the_eval_loop)
{
    start();
    cr_expect_str_eq(t_repr(tpy_format(vm, t_int(255), t_s("#06x"))), "'0x00ff'");
    cr_expect_str_eq(t_repr(tpy_format(vm, t_float(2.5), NULL)), "'2.5'");
    cr_expect_str_eq(t_repr(tpy_format(vm, TPY_NONE, NULL)), "'None'");
    cr_expect_str_eq(t_repr(tpy_str_format_conversion(vm, t_s("\xc3\xa9"), 'a')), "\"'\\\\xe9'\"");
    cr_expect_str_eq(t_repr(tpy_str_format_conversion(vm, t_s("x"), 'r')), "\"'x'\"");
    cr_expect_str_eq(t_repr(tpy_str_format_conversion(vm, t_int(3), 's')), "'3'");
    cr_expect_str_eq(t_repr(tpy_str_format_conversion(vm, t_int(3), 0)), "3");
    cr_expect_str_eq(t_repr(tpy_str_format_conversion(vm, t_int(3), 'q')),
                     "!ValueError: Unknown conversion specifier q");
    t_end();
}
