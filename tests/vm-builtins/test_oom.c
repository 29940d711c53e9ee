/* tests/vm-builtins: an allocation failure at any step of a builtin call,
 * a format or a str method raises MemoryError, leaks nothing (t_end
 * counts the live objects of every tier) and leaves the VM usable. */
#include <criterion/criterion.h>
#include <string.h>

#include <tierpy/mem.h>

#include "builtins.h"
#include "expr.h"

/* A callable (an expression) and its arguments (an expression giving a
 * tuple); a NULL callable means `args[0] % args[1]`. */
typedef struct oom_case {
    const char *callable, *args;
} oom_case;

static const oom_case cases[] = {
    {"format", "(2**100, '>40,')"},
    {"format", "(3.14159, '*^20.3e')"},
    {"format", "('\\u20ac', '=<9')"},
    {"str.format", "('{0[a]!r:>{1}} {2} {0}', {'a': 'x\\xe9'}, 9, [1, 2])"},
    {"str.format_map", "('{a:{w}}|{a!a}', {'a': '\\U0001f600', 'w': 5})"},
    {NULL, "('%(k)s|%(n)05d', {'k': 'v', 'n': 7})"},
    {NULL, "('%s|%5.2f|%x|%c|%r', ('a', 2.5, 2**70, 0x20ac, ['b']))"},
    {NULL, "(b'%s|%d|%a', (b'x', -5, '\\xe9'))"},
    {"sorted", "(['b', 'a', 'c', 'B'],)"},
    {"sum", "([2**64, 2**64, 1.5],)"},
    {"min", "([3, 1, 2],)"},
    {"list", "(zip([1, 2], 'ab', (3, 4)),)"},
    {"list", "(enumerate('abc', 9223372036854775806),)"},
    {"list", "(map(pow, [2, 3], [100, 70]),)"},
    {"list", "(reversed('abcd'),)"},
    {"hex", "(-2**90,)"},
    {"ascii", "(['\\xe9', '\\U0001f600'],)"},
    {"str.title", "('\\u03a3\\u03a3 \\xdf\\ufb01 hello',)"},
    {"str.casefold", "('Stra\\xdfe',)"},
    {"str.center", "('abc', 21, '\\u20ac')"},
    {"str.splitlines", "('a\\nb\\r\\nc\\u2028d', True)"},
    {"str.rsplit", "('a b  c d', None, 2)"},
    {"str.translate", "('abcabc', {97: 'xy', 98: None, 99: 0x20ac})"},
    {"str.maketrans", "('abc', 'xyz', 'q')"},
    {"str.expandtabs", "('a\\tbc\\td', 4)"},
    {"bytes.decode", "(b'a\\xe9\\xff\\xe2\\x82b', 'utf-8', 'backslashreplace')"},
    {"bytes.split", "(b'a,b,,c', b',')"},
    {"bytes.hex", "(b'abcdef', ':', 2)"},
    {"print", "(1, 'two', [3.0])"},
};

static int discard(void *ctx, int stream, const char *data, size_t n)
{
    (void)ctx;
    (void)stream;
    (void)data;
    (void)n;
    return 0;
}

/* Run one case with layer1 failing at its nth allocation: true when the
 * call failed (GMP's scratch space falls back to layer1's default
 * allocator instead of failing, so a success does not always mean the
 * call made fewer than nth allocations). */
static bool run_case(const oom_case *c, uint64_t nth)
{
    t_start_mode(false, nth % 2);
    vm->stdio.write = discard;
    tpy_object *builtins = t_keep(tpy_dict_new(vm));
    cr_assert_eq(tpy_builtins_init(vm, builtins), 0);
    tpy_object *fn = c->callable ? t_keep(t_eval(builtins, c->callable)) : NULL;
    tpy_object *args = t_keep(t_eval(builtins, c->args));
    size_t n = (size_t)tpy_tuple_len(args);
    tpy_mem_fail_at(t_mem(), nth, false);
    tpy_object *r = fn ? tpy_call(vm, fn, ((tpy_tuple *)args)->items, n, NULL)
                       : tpy_binary_op(vm, TPY_OP_MOD, tpy_tuple_get(args, 0), tpy_tuple_get(args, 1));
    tpy_mem_fail_at(t_mem(), 0, false);
    bool failed = r == NULL;
    if (failed) {
        cr_assert(tpy_err_matches(vm, &tpy_exc_MemoryError), "%s%s at allocation %llu: %s",
                  c->callable ? c->callable : "%", c->args, (unsigned long long)nth, t_error());
        tpy_err_clear(vm);
    }
    tpy_xdecref(vm, r);
    /* still usable */
    tpy_object *again = fn ? tpy_call(vm, fn, ((tpy_tuple *)args)->items, n, NULL)
                           : tpy_binary_op(vm, TPY_OP_MOD, tpy_tuple_get(args, 0),
                                           tpy_tuple_get(args, 1));
    cr_assert_not_null(again, "not usable after a MemoryError: %s", t_error());
    tpy_decref(vm, again);
    t_end();
    return failed;
}

Test(oom, builtins_and_formatting_raise_memory_error_and_leak_nothing)
{
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        int failures = 0, successes_in_a_row = 0;
        for (uint64_t nth = 1; nth < 400 && successes_in_a_row < 4; nth++) {
            bool failed = run_case(&cases[i], nth);
            failures += failed;
            successes_in_a_row = failed ? 0 : successes_in_a_row + 1;
        }
        cr_expect_gt(failures, 0, "case %zu never allocated", i);
        cr_log_info("%s%s: MemoryError at %d allocations", cases[i].callable ? cases[i].callable : "%",
                    cases[i].args, failures);
    }
}
