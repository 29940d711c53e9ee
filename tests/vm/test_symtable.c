/* The symbol table: scope rules pinned one by one. The whole table is
 * compared with CPython's own by tests/vm/symtable_diff.py; these tests
 * name the rules and reach what CPython's symtable module does not show
 * (generators, coroutines, the class cell, the node lookup). */
#include <criterion/criterion.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include <tierpy/mem.h>

#include "parser.h"
#include "symtable.h"

/* One compiled source: its arena, tree and table, freed by done(). */
typedef struct compiled {
    tpy_arena *arena;
    tpy_mod *mod;
    tpy_symtable *st;
    tpy_syntax_error err;
} compiled;

static compiled compile_src(const char *src)
{
    compiled c = {.arena = tpy_arena_new()};
    tpy_syntax_error_init(&c.err, "t.py");
    c.mod = tpy_parse_module_scoped(c.arena, src, strlen(src), &c.st, &c.err);
    return c;
}

static void done(compiled *c)
{
    tpy_symtable_free(c->st);
    tpy_syntax_error_clear(&c->err);
    tpy_arena_delete(c->arena);
}

static compiled ok(const char *src)
{
    compiled c = compile_src(src);
    cr_assert(c.mod && c.st, "rejected: %s (line %d)\n%s", c.err.msg, c.err.line, src);
    return c;
}

/* The block reached from the module by child indices, ending with -1. */
static tpy_st_block *block(const compiled *c, ...)
{
    va_list ap;
    va_start(ap, c);
    tpy_st_block *b = c->st->top;
    for (int i = va_arg(ap, int); i >= 0; i = va_arg(ap, int)) {
        cr_assert(i < TPY_SEQ_LEN(b->children), "block %s has no child %d", b->name, i);
        b = TPY_SEQ_GET(b->children, i);
    }
    va_end(ap);
    return b;
}

static void expect_scope(const tpy_st_block *b, const char *name, tpy_scope scope)
{
    const tpy_symbol *sym = tpy_st_block_symbol(b, name);
    cr_assert(sym, "no symbol %s in block %s", name, b->name);
    cr_expect_eq(sym->scope, scope, "%s in %s: %s, expected %s", name, b->name,
                 tpy_st_scope_name(sym->scope), tpy_st_scope_name(scope));
}

static void expect_error(const char *src, const char *msg, int line, int offset)
{
    compiled c = compile_src(src);
    cr_assert(!c.mod, "accepted:\n%s", src);
    cr_expect_str_eq(c.err.msg, msg);
    cr_expect_eq(c.err.line, line, "line %d, expected %d", c.err.line, line);
    cr_expect_eq(c.err.offset, offset, "offset %d, expected %d", c.err.offset, offset);
    done(&c);
}

Test(symtable, a_closure_is_a_cell_in_its_definer_and_free_in_between)
{
    compiled c = ok("def outer():\n"
                    "    x = 1\n"
                    "    def middle():\n"
                    "        def inner():\n"
                    "            return x\n"
                    "        return inner\n"
                    "    return middle\n");
    expect_scope(block(&c, 0, -1), "x", TPY_SCOPE_CELL);
    expect_scope(block(&c, 0, 0, -1), "x", TPY_SCOPE_FREE);
    expect_scope(block(&c, 0, 0, 0, -1), "x", TPY_SCOPE_FREE);
    cr_expect(block(&c, 0, 0, -1)->child_free);
    cr_expect_eq(tpy_st_block_symbol(block(&c, 0, 0, -1), "x")->flags, 0,
                 "middle only passes x through");
    done(&c);
}

Test(symtable, a_class_body_is_not_an_enclosing_scope_of_its_methods)
{
    compiled c = ok("def f():\n"
                    "    x = 1\n"
                    "    class C:\n"
                    "        x = 2\n"
                    "        def m(self):\n"
                    "            return x\n");
    tpy_st_block *cls = block(&c, 0, 0, -1);
    expect_scope(block(&c, 0, -1), "x", TPY_SCOPE_CELL);
    expect_scope(cls, "x", TPY_SCOPE_LOCAL);
    cr_expect(tpy_st_block_symbol(cls, "x")->flags & TPY_DEF_FREE_CLASS);
    expect_scope(block(&c, 0, 0, 0, -1), "x", TPY_SCOPE_FREE);
    done(&c);
}

Test(symtable, super_gives_the_class_an_implicit_class_cell)
{
    compiled c = ok("class A:\n"
                    "    def f(self):\n"
                    "        return super().f()\n"
                    "class B:\n"
                    "    def g(self):\n"
                    "        return 1\n");
    cr_expect(block(&c, 0, -1)->needs_class_closure);
    cr_expect_not(block(&c, 1, -1)->needs_class_closure);
    expect_scope(block(&c, 0, 0, -1), "__class__", TPY_SCOPE_FREE);
    cr_expect_null(tpy_st_block_symbol(block(&c, 0, -1), "__class__"),
                   "the cell is not a symbol of the class block");
    done(&c);
}

Test(symtable, a_comprehension_has_its_own_scope_but_not_its_first_iterable)
{
    compiled c = ok("def f(data):\n"
                    "    return [x for x in data if x]\n");
    tpy_st_block *comp = block(&c, 0, 0, -1);
    cr_expect_str_eq(comp->name, "listcomp");
    cr_expect_eq(comp->comprehension, TPY_COMP_LIST);
    expect_scope(comp, "x", TPY_SCOPE_LOCAL);
    cr_expect(tpy_st_block_symbol(comp, "x")->flags & TPY_DEF_COMP_ITER);
    expect_scope(comp, ".0", TPY_SCOPE_LOCAL);
    cr_expect_null(tpy_st_block_symbol(comp, "data"), "data is read by f, not by the listcomp");
    cr_expect_null(tpy_st_block_symbol(block(&c, 0, -1), "x"));
    done(&c);
}

Test(symtable, an_assignment_expression_binds_in_the_enclosing_function)
{
    compiled c = ok("def f(items):\n"
                    "    [last := i for i in items]\n"
                    "    return last\n");
    tpy_st_block *comp = block(&c, 0, 0, -1);
    expect_scope(block(&c, 0, -1), "last", TPY_SCOPE_CELL);
    expect_scope(comp, "last", TPY_SCOPE_FREE);
    cr_expect(tpy_st_block_symbol(comp, "last")->flags & TPY_DEF_NONLOCAL);
    done(&c);
}

Test(symtable, an_assignment_expression_at_module_level_is_global)
{
    compiled c = ok("[last := i for i in range(3)]\n");
    expect_scope(c.st->top, "last", TPY_SCOPE_GLOBAL_EXPLICIT);
    expect_scope(block(&c, 0, -1), "last", TPY_SCOPE_GLOBAL_EXPLICIT);
    done(&c);
}

Test(symtable, generators_and_coroutines_are_told_apart)
{
    compiled c = ok("def gen():\n    yield 1\n"
                    "async def coro():\n    await x\n"
                    "async def agen():\n    yield 1\n"
                    "async def comp():\n    return [await y for y in z]\n"
                    "g = (v for v in w)\n");
    tpy_st_block *gen = block(&c, 0, -1), *coro = block(&c, 1, -1), *agen = block(&c, 2, -1);
    cr_expect(gen->generator && !gen->coroutine);
    cr_expect(coro->coroutine && !coro->generator && coro->is_async);
    cr_expect(agen->coroutine && agen->generator);
    cr_expect(block(&c, 3, 0, -1)->coroutine, "a comprehension with await is async");
    cr_expect(block(&c, 4, -1)->generator, "a generator expression is a generator");
    done(&c);
}

/* A nested block reading a name its parent declared global sees it as an
 * implicit global, as CPython 3.11 does: no closure for it either way. */
Test(symtable, a_global_declaration_hides_the_name_from_nested_blocks)
{
    compiled c = ok("def f():\n"
                    "    global g\n"
                    "    g = 1\n"
                    "    def h():\n"
                    "        return g\n");
    expect_scope(block(&c, 0, -1), "g", TPY_SCOPE_GLOBAL_EXPLICIT);
    expect_scope(block(&c, 0, 0, -1), "g", TPY_SCOPE_GLOBAL_IMPLICIT);
    cr_expect(tpy_st_block_symbol(c.st->top, "g")->flags & TPY_DEF_GLOBAL,
              "the module learns of the declaration");
    done(&c);
}

Test(symtable, names_in_a_class_are_mangled)
{
    compiled c = ok("class C:\n"
                    "    __x = 1\n"
                    "    __y__ = 2\n"
                    "    def m(self, __p):\n"
                    "        return __p\n");
    cr_expect_not_null(tpy_st_block_symbol(block(&c, 0, -1), "_C__x"));
    cr_expect_not_null(tpy_st_block_symbol(block(&c, 0, -1), "__y__"));
    cr_expect_str_eq(TPY_SEQ_GET(block(&c, 0, 0, -1)->varnames, 1), "_C__p");
    done(&c);
}

Test(symtable, lazy_annotations_bind_nothing)
{
    compiled c = ok("from __future__ import annotations\n"
                    "def f(a: Lazy) -> Ret:\n"
                    "    pass\n"
                    "x: Hidden = 1\n");
    cr_expect(c.st->future.annotations);
    cr_expect_null(tpy_st_block_symbol(c.st->top, "Lazy"));
    cr_expect_null(tpy_st_block_symbol(c.st->top, "Ret"));
    cr_expect_null(tpy_st_block_symbol(c.st->top, "Hidden"));
    cr_expect_eq(TPY_SEQ_LEN(c.st->top->children), 1, "no annotation block is listed");
    done(&c);
}

Test(symtable, every_block_is_found_from_its_node)
{
    compiled c = ok("def f():\n    return lambda: [i for i in x]\nclass C:\n    pass\n");
    cr_expect_eq(tpy_symtable_lookup(c.st, c.mod), c.st->top);
    const tpy_stmt *def = TPY_SEQ_GET(c.mod->body, 0), *cls = TPY_SEQ_GET(c.mod->body, 1);
    const tpy_stmt *ret = TPY_SEQ_GET(def->v.funcdef.body, 0);
    cr_expect_eq(tpy_symtable_lookup(c.st, def), block(&c, 0, -1));
    cr_expect_eq(tpy_symtable_lookup(c.st, cls), block(&c, 1, -1));
    cr_expect_eq(tpy_symtable_lookup(c.st, ret->v.ret.value), block(&c, 0, 0, -1));
    cr_expect_eq(tpy_symtable_lookup(c.st, ret->v.ret.value->v.lambda.body), block(&c, 0, 0, 0, -1));
    done(&c);
}

Test(symtable, errors_carry_cpython_messages_and_positions)
{
    expect_error("def f():\n    x = 1\n    global x\n",
                 "name 'x' is assigned to before global declaration", 3, 5);
    expect_error("def f():\n    nonlocal x\n", "no binding for nonlocal 'x' found", 2, 5);
    expect_error("nonlocal x\n", "nonlocal declaration not allowed at module level", 1, 1);
    expect_error("class C:\n    [y := 0 for i in x]\n",
                 "assignment expression within a comprehension cannot be used in a class body",
                 2, 6);
    expect_error("def f():\n    from os import *\n", "import * only allowed at module level", 2, 20);
    expect_error("yield 1\n", "'yield' outside function", 1, 1);
    expect_error("await x\n", "'await' outside function", 1, 1);
    expect_error("def f():\n    [(yield) for x in y]\n", "'yield' inside list comprehension", 2, 7);
}

Test(symtable, symbol_table_errors_come_before_the_compilers)
{
    expect_error("return 1\ndef f(a, a):\n    pass\n",
                 "duplicate argument 'a' in function definition", 2, 10);
}

/* Nesting up to the parser's limits: the passes must not run out of C
 * stack, and free names must travel through every level. */
Test(symtable, deep_nesting_stays_within_the_stack)
{
    enum { LAMBDAS = 180 };
    size_t n = strlen("def f(x):\n    return ") + LAMBDAS * strlen("lambda: ") + 4;
    char *src = malloc(n);
    strcpy(src, "def f(x):\n    return ");
    for (int i = 0; i < LAMBDAS; i++)
        strcat(src, "lambda: ");
    strcat(src, "x\n");
    compiled c = ok(src);
    tpy_st_block *b = block(&c, 0, -1);
    expect_scope(b, "x", TPY_SCOPE_CELL);
    for (int depth = 0; depth < LAMBDAS; depth++) {
        b = TPY_SEQ_GET(b->children, 0);
        expect_scope(b, "x", TPY_SCOPE_FREE);
    }
    done(&c);
    free(src);
}

Test(symtable, long_chains_stay_within_the_stack)
{
    enum { TERMS = 1500 };
    char *src = malloc(TERMS * 4 + 32);
    strcpy(src, "def f(a):\n    return a");
    for (int i = 1; i < TERMS; i++)
        strcat(src, "+a");
    strcat(src, "\n");
    compiled c = ok(src);
    expect_scope(block(&c, 0, -1), "a", TPY_SCOPE_LOCAL);
    done(&c);
    free(src);
}

/* Every allocation the table makes may fail: the build then reports "out
 * of memory", frees what it took, and a later build still works. */
Test(symtable, running_out_of_memory_anywhere_is_reported_and_leaks_nothing)
{
    const char *src = "import os\n"
                      "[(z := w) for w in range(3)]\n"
                      "class C:\n"
                      "    __x = [y for y in range(3)] if 0 else 1\n"
                      "    def m(self, a, *b, **c):\n"
                      "        def inner():\n"
                      "            nonlocal a\n"
                      "            return super(), a, b, __x, os\n"
                      "        return inner\n";
    tpy_arena *arena = tpy_arena_new();
    tpy_syntax_error err;
    tpy_syntax_error_init(&err, "t.py");
    tpy_mod *mod = tpy_parse_module_ast(arena, src, strlen(src), &err);
    cr_assert(mod);
    int failures = 0;
    for (uint64_t nth = 1;; nth++) {
        tpy_mem_fail_at(NULL, nth, false);
        tpy_symtable *st = tpy_symtable_build(mod, src, strlen(src), &err);
        tpy_mem_fail_at(NULL, 0, false);
        if (st) {
            const tpy_st_block *cls = TPY_SEQ_GET(st->top->children, 1);
            expect_scope(TPY_SEQ_GET(cls->children, 1), "a", TPY_SCOPE_CELL);
            tpy_symtable_free(st);
            break;
        }
        cr_assert_str_eq(err.msg, "out of memory", "allocation %lu", (unsigned long)nth);
        tpy_syntax_error_clear(&err);
        failures++;
    }
    cr_expect_gt(failures, 10, "every allocation site was reached");
    tpy_syntax_error_clear(&err);
    tpy_arena_delete(arena);
}
