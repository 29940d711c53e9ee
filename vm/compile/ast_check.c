/* ast_check.c: the SyntaxErrors CPython's compiler raises while it turns
 * the tree into code, found here ahead of code generation. They come
 * after every error of the symbol table (CPython builds the table first),
 * and in the order the compiler meets them: a def's decorators, defaults
 * and annotations before its body, a class's body before its bases, an
 * assignment's value before its targets, a comprehension's body before
 * its first iterable (which runs outside it).
 *
 * Each check needs to know the code object being compiled: a *unit*,
 * named by its symbol table block, and whether a loop is open in it. The
 * recursion is bounded like the symbol table's, which has already walked
 * the same tree under TPY_ST_MAX_DEPTH. */
#include "ast_check.h"

#include <string.h>

typedef struct checker {
    const char *src;
    size_t len;
    tpy_syntax_error *err;
    const tpy_symtable *st;
} checker;

typedef struct unit {
    const tpy_st_block *blk;
    bool in_loop;   /* a loop body (not its else) is open in this unit */
} unit;

/* Columns as the compiler gives them: the byte column + 1. */
static bool fail(checker *c, tpy_pos pos, const char *msg)
{
    tpy_syntax_error_at_offsets(c->err, TPY_ERR_SYNTAX, c->src, c->len, pos.line, pos.col + 1,
                                pos.end_line, pos.end_col + 1, "%s", msg);
    return false;
}

static bool check_stmt(checker *c, const tpy_stmt *s, unit u);
static bool check_expr(checker *c, const tpy_expr *e, unit u);

static bool check_stmts(checker *c, const tpy_seq *seq, unit u)
{
    for (int i = 0; i < TPY_SEQ_LEN(seq); i++)
        if (!check_stmt(c, TPY_SEQ_GET(seq, i), u))
            return false;
    return true;
}

/* Items may be NULL (a `**` dict key, a missing kw default). */
static bool check_exprs(checker *c, const tpy_seq *seq, unit u)
{
    for (int i = 0; i < TPY_SEQ_LEN(seq); i++) {
        const tpy_expr *e = TPY_SEQ_GET(seq, i);
        if (e && !check_expr(c, e, u))
            return false;
    }
    return true;
}

static bool check_opt(checker *c, const tpy_expr *e, unit u)
{
    return !e || check_expr(c, e, u);
}

static bool check_keywords(checker *c, const tpy_seq *keywords, unit u)
{
    for (int i = 0; i < TPY_SEQ_LEN(keywords); i++)
        if (!check_expr(c, ((const tpy_keyword *)TPY_SEQ_GET(keywords, i))->value, u))
            return false;
    return true;
}

/* The unit of the code object compiled for @p node. Every def, class,
 * lambda and comprehension the checks descend into has a block: only
 * those inside lazy annotations have none, and no check looks there. */
static unit unit_of(checker *c, const void *node)
{
    unit inner = {tpy_symtable_lookup(c->st, node), false};
    return inner;
}

static bool is_function(unit u)
{
    return u.blk->kind == TPY_BLOCK_FUNCTION;
}

/* An async def: where `async for/with` may appear, `await` too (and in
 * comprehensions), and `yield from` may not. */
static bool is_async_function(unit u)
{
    return u.blk->is_async;
}

/* ---- defs and classes -------------------------------------------------- */

static bool check_arg_annotations(checker *c, const tpy_seq *args, unit u)
{
    for (int i = 0; i < TPY_SEQ_LEN(args); i++)
        if (!check_opt(c, ((const tpy_arg *)TPY_SEQ_GET(args, i))->annotation, u))
            return false;
    return true;
}

/* Annotations are evaluated at definition time, in the defining unit,
 * unless `from __future__ import annotations` makes them strings. */
static bool check_def_annotations(checker *c, const tpy_stmt *s, unit u)
{
    const tpy_arguments *a = s->v.funcdef.args;
    if (c->st->future.annotations)
        return true;
    return check_arg_annotations(c, a->args, u) && check_arg_annotations(c, a->posonlyargs, u) &&
           (!a->vararg || check_opt(c, a->vararg->annotation, u)) &&
           check_arg_annotations(c, a->kwonlyargs, u) &&
           (!a->kwarg || check_opt(c, a->kwarg->annotation, u)) &&
           check_opt(c, s->v.funcdef.returns, u);
}

static bool check_funcdef(checker *c, const tpy_stmt *s, unit u)
{
    const tpy_arguments *a = s->v.funcdef.args;
    return check_exprs(c, s->v.funcdef.decorator_list, u) && check_exprs(c, a->defaults, u) &&
           check_exprs(c, a->kw_defaults, u) && check_def_annotations(c, s, u) &&
           check_stmts(c, s->v.funcdef.body, unit_of(c, s));
}

static bool check_classdef(checker *c, const tpy_stmt *s, unit u)
{
    return check_exprs(c, s->v.classdef.decorator_list, u) &&
           check_stmts(c, s->v.classdef.body, unit_of(c, s)) &&
           check_exprs(c, s->v.classdef.bases, u) && check_keywords(c, s->v.classdef.keywords, u);
}

/* ---- statements -------------------------------------------------------- */

static bool check_return(checker *c, const tpy_stmt *s, unit u)
{
    if (!is_function(u))
        return fail(c, s->pos, "'return' outside function");
    if (s->v.ret.value && u.blk->coroutine && u.blk->generator)
        return fail(c, s->pos, "'return' with value in async generator");
    return check_opt(c, s->v.ret.value, u);
}

/* A late `from __future__` (the future pass saw the head of the module). */
static bool check_importfrom(checker *c, const tpy_stmt *s)
{
    const char *module = s->v.importfrom.module;
    if (module && strcmp(module, "__future__") == 0 && s->pos.line > c->st->future.lineno)
        return fail(c, s->pos, "from __future__ imports must occur at the beginning of the file");
    return true;
}

/* Only a simple name's annotation in a module or class body is evaluated
 * (and none under the annotations future). */
static bool check_annassign(checker *c, const tpy_stmt *s, unit u)
{
    bool evaluated = !c->st->future.annotations && !is_function(u);
    return check_opt(c, s->v.annassign.value, u) && check_expr(c, s->v.annassign.target, u) &&
           (!evaluated || check_expr(c, s->v.annassign.annotation, u));
}

static bool check_for(checker *c, const tpy_stmt *s, unit u)
{
    unit loop = u;
    loop.in_loop = true;
    if (s->kind == TPY_STMT_ASYNCFOR && !is_async_function(u))
        return fail(c, s->pos, "'async for' outside async function");
    return check_expr(c, s->v.forloop.iter, u) && check_expr(c, s->v.forloop.target, u) &&
           check_stmts(c, s->v.forloop.body, loop) && check_stmts(c, s->v.forloop.orelse, u);
}

static bool check_while(checker *c, const tpy_stmt *s, unit u)
{
    unit loop = u;
    loop.in_loop = true;
    return check_expr(c, s->v.cond.test, u) && check_stmts(c, s->v.cond.body, loop) &&
           check_stmts(c, s->v.cond.orelse, u);
}

static bool check_with(checker *c, const tpy_stmt *s, unit u)
{
    if (s->kind == TPY_STMT_ASYNCWITH && !is_async_function(u))
        return fail(c, s->pos, "'async with' outside async function");
    for (int i = 0; i < TPY_SEQ_LEN(s->v.with.items); i++) {
        const tpy_withitem *item = TPY_SEQ_GET(s->v.with.items, i);
        if (!check_expr(c, item->context_expr, u) || !check_opt(c, item->optional_vars, u))
            return false;
    }
    return check_stmts(c, s->v.with.body, u);
}

static bool check_try(checker *c, const tpy_stmt *s, unit u)
{
    if (!check_stmts(c, s->v.try.body, u))
        return false;
    for (int i = 0; i < TPY_SEQ_LEN(s->v.try.handlers); i++) {
        const tpy_excepthandler *h = TPY_SEQ_GET(s->v.try.handlers, i);
        if (!check_opt(c, h->type, u) || !check_stmts(c, h->body, u))
            return false;
    }
    return check_stmts(c, s->v.try.orelse, u) && check_stmts(c, s->v.try.finalbody, u);
}

static bool check_stmt(checker *c, const tpy_stmt *s, unit u)
{
    switch (s->kind) {
    case TPY_STMT_FUNCTIONDEF: case TPY_STMT_ASYNCFUNCTIONDEF: return check_funcdef(c, s, u);
    case TPY_STMT_CLASSDEF: return check_classdef(c, s, u);
    case TPY_STMT_RETURN: return check_return(c, s, u);
    case TPY_STMT_DELETE: return check_exprs(c, s->v.del.targets, u);
    case TPY_STMT_ASSIGN:
        return check_expr(c, s->v.assign.value, u) && check_exprs(c, s->v.assign.targets, u);
    case TPY_STMT_AUGASSIGN:
        return check_expr(c, s->v.augassign.target, u) && check_expr(c, s->v.augassign.value, u);
    case TPY_STMT_ANNASSIGN: return check_annassign(c, s, u);
    case TPY_STMT_FOR: case TPY_STMT_ASYNCFOR: return check_for(c, s, u);
    case TPY_STMT_WHILE: return check_while(c, s, u);
    case TPY_STMT_IF:
        return check_expr(c, s->v.cond.test, u) && check_stmts(c, s->v.cond.body, u) &&
               check_stmts(c, s->v.cond.orelse, u);
    case TPY_STMT_WITH: case TPY_STMT_ASYNCWITH: return check_with(c, s, u);
    case TPY_STMT_RAISE: return check_opt(c, s->v.raise.exc, u) && check_opt(c, s->v.raise.cause, u);
    case TPY_STMT_TRY: return check_try(c, s, u);
    case TPY_STMT_ASSERT: return check_expr(c, s->v.assert.test, u) && check_opt(c, s->v.assert.msg, u);
    case TPY_STMT_IMPORTFROM: return check_importfrom(c, s);
    case TPY_STMT_EXPR: return check_expr(c, s->v.expr.value, u);
    case TPY_STMT_BREAK: return u.in_loop || fail(c, s->pos, "'break' outside loop");
    case TPY_STMT_CONTINUE: return u.in_loop || fail(c, s->pos, "'continue' not properly in loop");
    case TPY_STMT_IMPORT: case TPY_STMT_GLOBAL: case TPY_STMT_NONLOCAL: case TPY_STMT_PASS:
        return true;
    }
    return true;
}

/* ---- expressions ------------------------------------------------------- */

static bool check_yield(checker *c, const tpy_expr *e, unit u)
{
    if (!is_function(u))
        return fail(c, e->pos, "'yield' outside function");
    if (e->kind == TPY_EXPR_YIELDFROM && is_async_function(u))
        return fail(c, e->pos, "'yield from' inside async function");
    return check_opt(c, e->kind == TPY_EXPR_YIELD ? e->v.yield.value : e->v.yieldfrom.value, u);
}

static bool check_await(checker *c, const tpy_expr *e, unit u)
{
    if (!is_function(u))
        return fail(c, e->pos, "'await' outside function");
    if (!is_async_function(u) && !u.blk->comprehension)
        return fail(c, e->pos, "'await' outside async function");
    return check_expr(c, e->v.await.value, u);
}

static bool check_lambda(checker *c, const tpy_expr *e, unit u)
{
    const tpy_arguments *a = e->v.lambda.args;
    return check_exprs(c, a->defaults, u) && check_exprs(c, a->kw_defaults, u) &&
           check_expr(c, e->v.lambda.body, unit_of(c, e));
}

/* Everything of a comprehension but its first iterable, in its own unit. */
static bool check_comp_body(checker *c, const tpy_expr *e, unit comp)
{
    const tpy_seq *gens = e->v.comp.generators;
    for (int i = 0; i < TPY_SEQ_LEN(gens); i++) {
        const tpy_comprehension *g = TPY_SEQ_GET(gens, i);
        if ((i > 0 && !check_expr(c, g->iter, comp)) || !check_expr(c, g->target, comp) ||
            !check_exprs(c, g->ifs, comp))
            return false;
    }
    return check_expr(c, e->v.comp.elt, comp) && check_opt(c, e->v.comp.value, comp);
}

/* An async list/set/dict comprehension is awaited where it stands, which
 * must be an async def or another comprehension; an async generator
 * expression is only created there. */
static bool check_comprehension(checker *c, const tpy_expr *e, unit u)
{
    unit comp = unit_of(c, e);
    if (comp.blk->coroutine && e->kind != TPY_EXPR_GENERATOREXP && !is_async_function(u) &&
        !u.blk->comprehension)
        return fail(c, e->pos, "asynchronous comprehension outside of an asynchronous function");
    const tpy_comprehension *first = TPY_SEQ_GET(e->v.comp.generators, 0);
    return check_comp_body(c, e, comp) && check_expr(c, first->iter, u);
}

/* Dict displays evaluate key, value, key, value... */
static bool check_dict(checker *c, const tpy_expr *e, unit u)
{
    for (int i = 0; i < TPY_SEQ_LEN(e->v.dict.values); i++)
        if (!check_opt(c, TPY_SEQ_GET(e->v.dict.keys, i), u) ||
            !check_expr(c, TPY_SEQ_GET(e->v.dict.values, i), u))
            return false;
    return true;
}

static bool check_expr(checker *c, const tpy_expr *e, unit u)
{
    switch (e->kind) {
    case TPY_EXPR_BOOLOP: return check_exprs(c, e->v.boolop.values, u);
    case TPY_EXPR_NAMEDEXPR:
        return check_expr(c, e->v.namedexpr.value, u) && check_expr(c, e->v.namedexpr.target, u);
    case TPY_EXPR_BINOP: return check_expr(c, e->v.binop.left, u) && check_expr(c, e->v.binop.right, u);
    case TPY_EXPR_UNARYOP: return check_expr(c, e->v.unaryop.operand, u);
    case TPY_EXPR_LAMBDA: return check_lambda(c, e, u);
    case TPY_EXPR_IFEXP:
        return check_expr(c, e->v.ifexp.test, u) && check_expr(c, e->v.ifexp.body, u) &&
               check_expr(c, e->v.ifexp.orelse, u);
    case TPY_EXPR_DICT: return check_dict(c, e, u);
    case TPY_EXPR_SET: return check_exprs(c, e->v.set.elts, u);
    case TPY_EXPR_LISTCOMP: case TPY_EXPR_SETCOMP: case TPY_EXPR_DICTCOMP:
    case TPY_EXPR_GENERATOREXP:
        return check_comprehension(c, e, u);
    case TPY_EXPR_AWAIT: return check_await(c, e, u);
    case TPY_EXPR_YIELD: case TPY_EXPR_YIELDFROM: return check_yield(c, e, u);
    case TPY_EXPR_COMPARE:
        return check_expr(c, e->v.compare.left, u) && check_exprs(c, e->v.compare.comparators, u);
    case TPY_EXPR_CALL:
        return check_expr(c, e->v.call.func, u) && check_exprs(c, e->v.call.args, u) &&
               check_keywords(c, e->v.call.keywords, u);
    case TPY_EXPR_FORMATTEDVALUE:
        return check_expr(c, e->v.formattedvalue.value, u) &&
               check_opt(c, e->v.formattedvalue.format_spec, u);
    case TPY_EXPR_JOINEDSTR: return check_exprs(c, e->v.joinedstr.values, u);
    case TPY_EXPR_ATTRIBUTE: return check_expr(c, e->v.attribute.value, u);
    case TPY_EXPR_SUBSCRIPT:
        return check_expr(c, e->v.subscript.value, u) && check_expr(c, e->v.subscript.slice, u);
    case TPY_EXPR_STARRED: return check_expr(c, e->v.starred.value, u);
    case TPY_EXPR_LIST: return check_exprs(c, e->v.list.elts, u);
    case TPY_EXPR_TUPLE: return check_exprs(c, e->v.tuple.elts, u);
    case TPY_EXPR_SLICE:
        return check_opt(c, e->v.slice.lower, u) && check_opt(c, e->v.slice.upper, u) &&
               check_opt(c, e->v.slice.step, u);
    case TPY_EXPR_CONSTANT: case TPY_EXPR_NAME:
        return true;
    }
    return true;
}

bool tpy_ast_check_scoped(const tpy_mod *mod, const tpy_symtable *st, const char *src,
                          size_t len, tpy_syntax_error *err)
{
    checker c = {src, len, err, st};
    unit module = {st->top, false};
    if (mod->kind != TPY_MOD_MODULE)
        return check_expr(&c, mod->expr, module);
    return check_stmts(&c, mod->body, module);
}

bool tpy_ast_check(const tpy_mod *mod, const char *src, size_t len, tpy_syntax_error *err)
{
    tpy_symtable *st = tpy_symtable_build(mod, src, len, err);
    bool ok = st && tpy_ast_check_scoped(mod, st, src, len, err);
    tpy_symtable_free(st);
    return ok;
}
