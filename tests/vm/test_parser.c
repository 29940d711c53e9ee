/* The parser: a few trees, the errors that need no CPython to check, and
 * inputs built to break a recursive descent parser. */
#include <criterion/criterion.h>
#include <stdlib.h>
#include <string.h>

#include <tierpy/mem.h>

#include "ast_dump.h"
#include "parser.h"

/* The ast.dump text of src, or "Kind: message (line L, offset O)". The
 * result is owned by layer1: release it with tpy_mem_free. */
static char *parse(const char *src, size_t len)
{
    tpy_arena *arena = tpy_arena_new();
    tpy_syntax_error err;
    tpy_syntax_error_init(&err, "t.py");
    tpy_mod *mod = tpy_parse_module(arena, src, len, &err);
    char *out;
    if (mod) {
        out = tpy_ast_dump(mod);
    } else {
        out = tpy_mem_malloc(sizeof err.msg + 64);
        snprintf(out, sizeof err.msg + 64, "%s: %s (line %d, offset %d)",
                 tpy_syntax_error_name(err.kind), err.msg, err.line, err.offset);
    }
    tpy_syntax_error_clear(&err);
    tpy_arena_delete(arena);
    return out;
}

static void expect(const char *src, const char *dump)
{
    char *got = parse(src, strlen(src));
    cr_assert_str_eq(got, dump, "for %s", src);
    tpy_mem_free(got);
}

/* src fails with a message that starts with msg */
static void expect_error(const char *src, size_t len, const char *msg)
{
    char *got = parse(src, len);
    cr_assert(strncmp(got, msg, strlen(msg)) == 0, "for input of %zu bytes: got %.300s", len, got);
    tpy_mem_free(got);
}

Test(parser, precedence_of_arithmetic)
{
    expect("x = 1 + 2 * -3 ** 4\n",
           "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=BinOp(left=Constant(value=1), "
           "op=Add(), right=BinOp(left=Constant(value=2), op=Mult(), right=UnaryOp(op=USub(), "
           "operand=BinOp(left=Constant(value=3), op=Pow(), right=Constant(value=4))))))], type_ignores=[])");
}

Test(parser, comparisons_chain_into_one_node)
{
    expect("a < b not in c is not d\n",
           "Module(body=[Expr(value=Compare(left=Name(id='a', ctx=Load()), ops=[Lt(), NotIn(), IsNot()], "
           "comparators=[Name(id='b', ctx=Load()), Name(id='c', ctx=Load()), Name(id='d', ctx=Load())]))], "
           "type_ignores=[])");
}

Test(parser, fstring_splits_into_literals_and_fields)
{
    expect("f'a{x!r:>{w}}b{y=}'\n",
           "Module(body=[Expr(value=JoinedStr(values=[Constant(value='a'), FormattedValue(value=Name(id='x', "
           "ctx=Load()), conversion=114, format_spec=JoinedStr(values=[Constant(value='>'), "
           "FormattedValue(value=Name(id='w', ctx=Load()), conversion=-1)])), Constant(value='by='), "
           "FormattedValue(value=Name(id='y', ctx=Load()), conversion=114)]))], type_ignores=[])");
}

Test(parser, constants_print_as_python_repr)
{
    expect("1e16, 1e-05, 0.1, 2.0, 1j, 0x10, 'it\\'s', b'\\x00\"'\n",
           "Module(body=[Expr(value=Tuple(elts=[Constant(value=1e+16), Constant(value=1e-05), "
           "Constant(value=0.1), Constant(value=2.0), Constant(value=1j), Constant(value=16), "
           "Constant(value=\"it's\"), Constant(value=b'\\x00\"')], ctx=Load()))], type_ignores=[])");
}

Test(parser, match_is_an_ordinary_name_outside_a_match_statement)
{
    expect("match = 3\n",
           "Module(body=[Assign(targets=[Name(id='match', ctx=Store())], value=Constant(value=3))], "
           "type_ignores=[])");
    expect("match(x)\n",
           "Module(body=[Expr(value=Call(func=Name(id='match', ctx=Load()), args=[Name(id='x', "
           "ctx=Load())], keywords=[]))], type_ignores=[])");
}

Test(parser, rejects_match_and_except_star_clearly)
{
    const char *m = "match x:\n    case 1:\n        pass\n";
    expect_error(m, strlen(m), "SyntaxError: tierpy does not support the 'match' statement (line 1");
    const char *e = "try:\n    pass\nexcept* E:\n    pass\n";
    expect_error(e, strlen(e), "SyntaxError: tierpy does not support 'except*'");
}

Test(parser, checks_statements_after_parsing)
{
    expect_error("return 1\n", 9, "SyntaxError: 'return' outside function (line 1, offset 1)");
    expect_error("while x:\n    def f():\n        break\n", 35, "SyntaxError: 'break' outside loop (line 3");
    expect_error("nonlocal x\n", 11, "SyntaxError: nonlocal declaration not allowed at module level");
}

Test(parser, deep_parentheses_are_an_error_not_a_crash)
{
    size_t n = 100000;
    char *src = malloc(2 * n + 2);
    memset(src, '(', n);
    memset(src + n, ')', n);
    strcpy(src + 2 * n, "\n");
    expect_error(src, 2 * n + 1, "SyntaxError: too many nested parentheses");
    free(src);
}

Test(parser, deep_unary_and_not_chains_are_an_error_not_a_crash)
{
    const char *ops[] = {"-", "not ", "lambda: ", "await ", "1 if 1 else "};
    for (size_t k = 0; k < sizeof ops / sizeof ops[0]; k++) {
        size_t n = 100000, w = strlen(ops[k]);
        char *src = malloc(n * w + 3);
        for (size_t i = 0; i < n; i++)
            memcpy(src + i * w, ops[k], w);
        strcpy(src + n * w, "1\n");
        char *got = parse(src, n * w + 2);
        cr_assert(strncmp(got, "SyntaxError: ", 13) == 0, "for %s: %.200s", ops[k], got);
        tpy_mem_free(got);
        free(src);
    }
}

Test(parser, long_operator_chains_are_bounded)
{
    size_t n = 100000;
    char *src = malloc(2 * n + 3);
    src[0] = 'a';
    for (size_t i = 0; i < n; i++)
        memcpy(src + 1 + 2 * i, ".b", 2);
    strcpy(src + 1 + 2 * n, "\n");
    expect_error(src, 2 * n + 2, "SyntaxError: expression too long");
    free(src);
}

Test(parser, hex_literals_of_any_size_become_decimal)
{
    expect("0xffffffffffffffffffffffffffffffff\n",
           "Module(body=[Expr(value=Constant(value=340282366920938463463374607431768211455))], "
           "type_ignores=[])");
}

Test(parser, survives_every_prefix_of_a_program)
{
    /* Every truncation of a program is parsed without crashing or leaking
     * (ASan checks the second part in the sanitizer build). */
    const char *prog = "@d\nasync def f(a, /, b=1, *c, d, **e) -> 'r':\n"
                       "    x = [y async for y in z if y] + {k: v for k, v in w}\n"
                       "    with (a as b, c):\n        return f'{x!r:>{n}}' b'\\x00'\n"
                       "try:\n    pass\nexcept E as e:\n    raise X from e\n";
    size_t len = strlen(prog);
    for (size_t i = 0; i <= len; i++) {
        char *got = parse(prog, i);
        cr_assert_not_null(got);
        tpy_mem_free(got);
    }
}

Test(parser, survives_random_bytes)
{
    /* A fixed seed: the same inputs every run. */
    srand(12345);
    char buf[256];
    const char alphabet[] = "()[]{}:;,.=+-*/\\'\"\n\t fxbr0123456789abcdeif if else lambda not #@%~<>!";
    for (int round = 0; round < 3000; round++) {
        size_t n = (size_t)(rand() % 200);
        for (size_t i = 0; i < n; i++)
            buf[i] = round % 3 ? alphabet[rand() % (int)(sizeof alphabet - 1)] : (char)(rand() % 256);
        char *got = parse(buf, n);
        cr_assert_not_null(got);
        tpy_mem_free(got);
    }
}
