/* ast_check.c: statement-placement errors found after parsing. CPython
 * finds these in two later passes, and reports the symbol table's before
 * the compiler's; tierpy keeps that order with two walks. */
#include "ast_check.h"

#include <string.h>

typedef struct checker {
    const char *src;
    size_t len;
    tpy_syntax_error *err;
    bool failed;
} checker;

/* Where a statement sits: the innermost enclosing function and loop. */
typedef struct scope {
    bool in_function;
    bool in_loop;     /* a loop body (not its else), since the last def */
    bool at_module;   /* not inside any def or class */
} scope;

static bool fail(checker *c, tpy_pos pos, const char *fmt, const char *arg)
{
    if (!c->failed)
        tpy_syntax_error_at(c->err, TPY_ERR_SYNTAX, c->src, c->len, pos.line, pos.col,
                            pos.end_line, pos.end_col, fmt, arg);
    c->failed = true;
    return false;
}

typedef bool (*stmt_check)(checker *c, const tpy_stmt *s, scope sc);

static bool walk_body(checker *c, const tpy_seq *body, scope sc, stmt_check check);

/* The nested bodies of a statement, each with the scope it runs in. */
static bool walk_children(checker *c, const tpy_stmt *s, scope sc, stmt_check check)
{
    scope loop = sc, fn = {.in_function = true}, cls = {.in_function = false};
    loop.in_loop = true;
    switch (s->kind) {
    case TPY_STMT_FUNCTIONDEF: case TPY_STMT_ASYNCFUNCTIONDEF:
        return walk_body(c, s->v.funcdef.body, fn, check);
    case TPY_STMT_CLASSDEF:
        return walk_body(c, s->v.classdef.body, cls, check);
    case TPY_STMT_FOR: case TPY_STMT_ASYNCFOR:
        return walk_body(c, s->v.forloop.body, loop, check) &&
               walk_body(c, s->v.forloop.orelse, sc, check);
    case TPY_STMT_WHILE:
        return walk_body(c, s->v.cond.body, loop, check) &&
               walk_body(c, s->v.cond.orelse, sc, check);
    case TPY_STMT_IF:
        return walk_body(c, s->v.cond.body, sc, check) &&
               walk_body(c, s->v.cond.orelse, sc, check);
    case TPY_STMT_WITH: case TPY_STMT_ASYNCWITH:
        return walk_body(c, s->v.with.body, sc, check);
    case TPY_STMT_TRY:
        if (!walk_body(c, s->v.try.body, sc, check))
            return false;
        for (int i = 0; i < TPY_SEQ_LEN(s->v.try.handlers); i++) {
            const tpy_excepthandler *h = TPY_SEQ_GET(s->v.try.handlers, i);
            if (!walk_body(c, h->body, sc, check))
                return false;
        }
        return walk_body(c, s->v.try.orelse, sc, check) &&
               walk_body(c, s->v.try.finalbody, sc, check);
    default:
        return true;
    }
}

static bool walk_body(checker *c, const tpy_seq *body, scope sc, stmt_check check)
{
    for (int i = 0; i < TPY_SEQ_LEN(body); i++) {
        const tpy_stmt *s = TPY_SEQ_GET(body, i);
        if (!check(c, s, sc) || !walk_children(c, s, sc, check))
            return false;
    }
    return true;
}

/* ---- the symbol table's checks --------------------------------------- */

/* The error points at the second parameter of the name. */
static bool duplicate_in(checker *c, const tpy_seq *seq, const char *name, int *seen)
{
    for (int i = 0; i < TPY_SEQ_LEN(seq); i++) {
        const tpy_arg *a = TPY_SEQ_GET(seq, i);
        if (strcmp(a->arg, name) == 0 && ++*seen > 1)
            return fail(c, a->pos, "duplicate argument '%s' in function definition", name);
    }
    return true;
}

/* Each parameter name once: count its uses over every parameter list. */
static bool unique_parameters(checker *c, const tpy_arguments *a,
                              const char *name)
{
    int seen = 0;
    const tpy_arg *singles[] = {a->vararg, a->kwarg};
    if (!duplicate_in(c, a->posonlyargs, name, &seen) || !duplicate_in(c, a->args, name, &seen) ||
        !duplicate_in(c, a->kwonlyargs, name, &seen))
        return false;
    for (int i = 0; i < 2; i++)
        if (singles[i] && strcmp(singles[i]->arg, name) == 0 && ++seen > 1)
            return fail(c, singles[i]->pos, "duplicate argument '%s' in function definition", name);
    return true;
}

static bool check_parameters(checker *c, const tpy_arguments *a)
{
    const tpy_seq *lists[] = {a->posonlyargs, a->args, a->kwonlyargs};
    for (int l = 0; l < 3; l++)
        for (int i = 0; i < TPY_SEQ_LEN(lists[l]); i++)
            if (!unique_parameters(c, a, ((const tpy_arg *)TPY_SEQ_GET(lists[l], i))->arg))
                return false;
    if (a->vararg && !unique_parameters(c, a, a->vararg->arg))
        return false;
    return !a->kwarg || unique_parameters(c, a, a->kwarg->arg);
}

static bool symtable_check(checker *c, const tpy_stmt *s, scope sc)
{
    if (s->kind == TPY_STMT_NONLOCAL && sc.at_module)
        return fail(c, s->pos, "nonlocal declaration not allowed at module level%s", "");
    if (s->kind == TPY_STMT_FUNCTIONDEF || s->kind == TPY_STMT_ASYNCFUNCTIONDEF)
        return check_parameters(c, s->v.funcdef.args);
    return true;
}

/* ---- the compiler's checks ------------------------------------------- */

static bool compiler_check(checker *c, const tpy_stmt *s, scope sc)
{
    switch (s->kind) {
    case TPY_STMT_RETURN:
        return sc.in_function || fail(c, s->pos, "'return' outside function%s", "");
    case TPY_STMT_BREAK:
        return sc.in_loop || fail(c, s->pos, "'break' outside loop%s", "");
    case TPY_STMT_CONTINUE:
        return sc.in_loop || fail(c, s->pos, "'continue' not properly in loop%s", "");
    default:
        return true;
    }
}

bool tpy_ast_check(const tpy_mod *mod, const char *src, size_t len, tpy_syntax_error *err)
{
    checker c = {src, len, err, false};
    scope module = {.at_module = true};
    if (mod->kind != TPY_MOD_MODULE)
        return true;
    return walk_body(&c, mod->body, module, symtable_check) &&
           walk_body(&c, mod->body, module, compiler_check);
}
