/* symtable_visit.c: pass 1 of the symbol table. Walk the AST in CPython's
 * order, open a block for every def, class, lambda and comprehension, and
 * record per block the raw facts about each name (TPY_DEF_*, TPY_USE).
 *
 * The order of the walk is observable: it decides the order of a block's
 * children and which of two errors is reported. It follows CPython 3.11's
 * symtable_visit_* functions: a def's defaults, then its annotations, then
 * its decorators, then its body; assignment targets before the value; a
 * try's else before its handlers; a dict display's keys before its values
 * and a dict comprehension's value before its key. */
#include "symtable_internal.h"

#include <string.h>

typedef tpy_st_builder builder;

static bool visit_stmt(builder *b, const tpy_stmt *s);
static bool visit_expr(builder *b, const tpy_expr *e);

static bool no_memory(builder *b)
{
    return tpy_st_no_memory(b->err);
}

static bool visit_stmts(builder *b, const tpy_seq *seq)
{
    for (int i = 0; i < TPY_SEQ_LEN(seq); i++)
        if (!visit_stmt(b, TPY_SEQ_GET(seq, i)))
            return false;
    return true;
}

/* Items may be NULL: a dict display's `**` key, a missing kw default. */
static bool visit_exprs(builder *b, const tpy_seq *seq)
{
    for (int i = 0; i < TPY_SEQ_LEN(seq); i++) {
        const tpy_expr *e = TPY_SEQ_GET(seq, i);
        if (e && !visit_expr(b, e))
            return false;
    }
    return true;
}

static bool visit_opt(builder *b, const tpy_expr *e)
{
    return !e || visit_expr(b, e);
}

static bool visit_keywords(builder *b, const tpy_seq *keywords)
{
    for (int i = 0; i < TPY_SEQ_LEN(keywords); i++)
        if (!visit_expr(b, ((const tpy_keyword *)TPY_SEQ_GET(keywords, i))->value))
            return false;
    return true;
}

/* ---- recording facts --------------------------------------------------- */

/* @p name as the current class stores it; NULL (error set) on no memory. */
static const char *mangle(builder *b, const char *name)
{
    const char *mangled = tpy_st_mangle(b->st->arena, b->private_name, name);
    if (!mangled)
        no_memory(b);
    return mangled;
}

/* A declaration binds in the module too: the module's entry for the name
 * gets the DEF_GLOBAL bit (CPython's st_global). */
static bool mark_global_in_module(builder *b, const char *mangled, unsigned flag)
{
    tpy_symbol *sym = tpy_st_symbol(b->st, b->st->top, mangled);
    if (!sym)
        return no_memory(b);
    sym->flags |= flag;
    return true;
}

/* Record @p flag for @p name in @p blk (CPython's symtable_add_def_helper). */
static bool add_def_in(builder *b, tpy_st_block *blk, const char *name, unsigned flag,
                       tpy_pos pos)
{
    const char *mangled = mangle(b, name);
    if (!mangled)
        return false;
    tpy_symbol *sym = tpy_st_symbol(b->st, blk, mangled);
    if (!sym)
        return no_memory(b);
    if ((flag & TPY_DEF_PARAM) && (sym->flags & TPY_DEF_PARAM))
        return tpy_st_fail(b, pos, "duplicate argument '%s' in function definition", name);
    unsigned val = sym->flags | flag;
    if (blk->comp_iter_target) {
        /* An iteration variable may not be a name a := already bound. */
        if (val & (TPY_DEF_GLOBAL | TPY_DEF_NONLOCAL))
            return tpy_st_fail(b, pos,
                               "comprehension inner loop cannot rebind assignment "
                               "expression target '%s'", name);
        val |= TPY_DEF_COMP_ITER;
    }
    sym->flags = val;
    if (flag & TPY_DEF_PARAM)
        return tpy_seq_append(b->st->arena, &blk->varnames, (void *)mangled) || no_memory(b);
    if (flag & TPY_DEF_GLOBAL)
        return mark_global_in_module(b, mangled, flag);
    return true;
}

static bool add_def(builder *b, const char *name, unsigned flag, tpy_pos pos)
{
    return add_def_in(b, b->cur, name, flag, pos);
}

static bool record_directive(builder *b, const char *name, tpy_pos pos)
{
    tpy_arena *a = b->st->arena;
    const char *mangled = mangle(b, name);
    if (!mangled)
        return false;
    tpy_st_directive *d = tpy_arena_alloc(a, sizeof *d);
    if (!d)
        return no_memory(b);
    d->name = mangled;
    d->pos = pos;
    return tpy_seq_append(a, &b->cur->directives, d) || no_memory(b);
}

/* ---- blocks ------------------------------------------------------------ */

static tpy_st_block *enter(builder *b, tpy_block_kind kind, const char *name,
                           const void *node, tpy_pos pos)
{
    tpy_st_block *blk = tpy_st_enter(b, kind, name, node, pos.line, pos);
    if (!blk)
        no_memory(b);
    return blk;
}

/* ---- parameters and annotations ---------------------------------------- */

static bool visit_params(builder *b, const tpy_seq *args)
{
    for (int i = 0; i < TPY_SEQ_LEN(args); i++) {
        const tpy_arg *a = TPY_SEQ_GET(args, i);
        if (!add_def(b, a->arg, TPY_DEF_PARAM, a->pos))
            return false;
    }
    return true;
}

/* The parameters, in the function's own block (defaults were visited
 * outside it). */
static bool visit_arguments(builder *b, const tpy_arguments *a)
{
    if (!visit_params(b, a->posonlyargs) || !visit_params(b, a->args) ||
        !visit_params(b, a->kwonlyargs))
        return false;
    if (a->vararg) {
        if (!add_def(b, a->vararg->arg, TPY_DEF_PARAM, a->vararg->pos))
            return false;
        b->cur->varargs = true;
    }
    if (a->kwarg) {
        if (!add_def(b, a->kwarg->arg, TPY_DEF_PARAM, a->kwarg->pos))
            return false;
        b->cur->varkeywords = true;
    }
    return true;
}

/* Under `from __future__ import annotations` an annotation is a string at
 * run time: its names go to a block of its own that nothing sees, and only
 * its errors remain. Otherwise it runs in the current block. */
static bool enter_annotation(builder *b, const void *node, tpy_pos pos)
{
    return !b->st->future.annotations || enter(b, TPY_BLOCK_ANNOTATION, "_annotation", node, pos);
}

static void leave_annotation(builder *b)
{
    if (b->st->future.annotations)
        tpy_st_leave(b);
}

static bool visit_annotation(builder *b, const tpy_expr *annotation)
{
    if (!enter_annotation(b, annotation, annotation->pos))
        return false;
    bool ok = visit_expr(b, annotation);
    leave_annotation(b);
    return ok;
}

static bool visit_arg_annotations(builder *b, const tpy_seq *args)
{
    for (int i = 0; i < TPY_SEQ_LEN(args); i++)
        if (!visit_opt(b, ((const tpy_arg *)TPY_SEQ_GET(args, i))->annotation))
            return false;
    return true;
}

/* A def's parameter annotations share one block; its return annotation
 * gets another. */
static bool visit_def_annotations(builder *b, const tpy_stmt *s)
{
    const tpy_arguments *a = s->v.funcdef.args;
    if (!enter_annotation(b, s, s->pos))
        return false;
    bool ok = visit_arg_annotations(b, a->posonlyargs) && visit_arg_annotations(b, a->args) &&
              (!a->vararg || visit_opt(b, a->vararg->annotation)) &&
              (!a->kwarg || visit_opt(b, a->kwarg->annotation)) &&
              visit_arg_annotations(b, a->kwonlyargs);
    leave_annotation(b);
    return ok && (!s->v.funcdef.returns || visit_annotation(b, s->v.funcdef.returns));
}

/* ---- statements -------------------------------------------------------- */

static bool visit_funcdef(builder *b, const tpy_stmt *s)
{
    const tpy_arguments *a = s->v.funcdef.args;
    if (!add_def(b, s->v.funcdef.name, TPY_DEF_LOCAL, s->pos) || !visit_exprs(b, a->defaults) ||
        !visit_exprs(b, a->kw_defaults) || !visit_def_annotations(b, s) ||
        !visit_exprs(b, s->v.funcdef.decorator_list))
        return false;
    tpy_st_block *fn = enter(b, TPY_BLOCK_FUNCTION, s->v.funcdef.name, s, s->pos);
    if (!fn)
        return false;
    fn->is_async = fn->coroutine = s->kind == TPY_STMT_ASYNCFUNCTIONDEF;
    bool ok = visit_arguments(b, a) && visit_stmts(b, s->v.funcdef.body);
    tpy_st_leave(b);
    return ok;
}

/* Names in a class body (and in everything nested in it) starting with
 * two underscores are mangled with the class's name. */
static bool visit_classdef(builder *b, const tpy_stmt *s)
{
    if (!add_def(b, s->v.classdef.name, TPY_DEF_LOCAL, s->pos) ||
        !visit_exprs(b, s->v.classdef.bases) || !visit_keywords(b, s->v.classdef.keywords) ||
        !visit_exprs(b, s->v.classdef.decorator_list))
        return false;
    if (!enter(b, TPY_BLOCK_CLASS, s->v.classdef.name, s, s->pos))
        return false;
    const char *outer_private = b->private_name;
    b->private_name = s->v.classdef.name;
    bool ok = visit_stmts(b, s->v.classdef.body);
    b->private_name = outer_private;
    tpy_st_leave(b);
    return ok;
}

/* `x: T = v`: a plain name is annotated (and local); `(x): T = v` only
 * binds x when there is a value; other targets are just evaluated. */
static bool visit_annassign(builder *b, const tpy_stmt *s)
{
    const tpy_expr *target = s->v.annassign.target;
    bool simple = s->v.annassign.simple;
    if (target->kind != TPY_EXPR_NAME) {
        if (!visit_expr(b, target))
            return false;
    } else {
        const char *name = target->v.name.id, *mangled = mangle(b, name);
        if (!mangled)
            return false;
        const tpy_symbol *sym = tpy_st_block_symbol(b->cur, mangled);
        unsigned cur = sym ? sym->flags : 0;
        if ((cur & (TPY_DEF_GLOBAL | TPY_DEF_NONLOCAL)) && b->cur != b->st->top && simple)
            return tpy_st_fail(b, s->pos,
                               cur & TPY_DEF_GLOBAL ? "annotated name '%s' can't be global"
                                                    : "annotated name '%s' can't be nonlocal",
                               name);
        if (simple ? !add_def(b, name, TPY_DEF_ANNOT | TPY_DEF_LOCAL, target->pos)
                   : s->v.annassign.value && !add_def(b, name, TPY_DEF_LOCAL, target->pos))
            return false;
    }
    return visit_annotation(b, s->v.annassign.annotation) && visit_opt(b, s->v.annassign.value);
}

/* What a name must not already be when it is declared global/nonlocal,
 * and the message, in CPython's order of precedence. */
static const char *declaration_error(unsigned flags, bool global)
{
    if (flags & TPY_DEF_PARAM)
        return global ? "name '%s' is parameter and global" : "name '%s' is parameter and nonlocal";
    if (flags & TPY_USE)
        return global ? "name '%s' is used prior to global declaration"
                      : "name '%s' is used prior to nonlocal declaration";
    if (flags & TPY_DEF_ANNOT)
        return global ? "annotated name '%s' can't be global" : "annotated name '%s' can't be nonlocal";
    if (flags & TPY_DEF_LOCAL)
        return global ? "name '%s' is assigned to before global declaration"
                      : "name '%s' is assigned to before nonlocal declaration";
    return NULL;
}

static bool visit_declaration(builder *b, const tpy_stmt *s)
{
    bool global = s->kind == TPY_STMT_GLOBAL;
    const tpy_seq *names = global ? s->v.global.names : s->v.nonlocal.names;
    for (int i = 0; i < TPY_SEQ_LEN(names); i++) {
        const char *name = TPY_SEQ_GET(names, i), *mangled = mangle(b, name);
        if (!mangled)
            return false;
        const tpy_symbol *sym = tpy_st_block_symbol(b->cur, mangled);
        const char *msg = declaration_error(sym ? sym->flags : 0, global);
        if (msg)
            return tpy_st_fail(b, s->pos, msg, name);
        if (!add_def(b, name, global ? TPY_DEF_GLOBAL : TPY_DEF_NONLOCAL, s->pos) ||
            !record_directive(b, name, s->pos))
            return false;
    }
    return true;
}

/* `import a.b.c` binds `a`; `import a.b as c` binds `c`; `from m import *`
 * binds nothing, and only a module may do it. */
static bool visit_alias(builder *b, const tpy_alias *a)
{
    const char *name = a->asname ? a->asname : a->name;
    if (strcmp(name, "*") == 0)
        return b->cur->kind == TPY_BLOCK_MODULE ||
               tpy_st_fail(b, a->pos, "%s", "import * only allowed at module level");
    const char *dot = strchr(name, '.');
    const char *store = dot ? tpy_arena_strndup(b->st->arena, name, (size_t)(dot - name)) : name;
    if (!store)
        return no_memory(b);
    return add_def(b, store, TPY_DEF_IMPORT, a->pos);
}

static bool visit_aliases(builder *b, const tpy_seq *names)
{
    for (int i = 0; i < TPY_SEQ_LEN(names); i++)
        if (!visit_alias(b, TPY_SEQ_GET(names, i)))
            return false;
    return true;
}

static bool visit_handlers(builder *b, const tpy_seq *handlers)
{
    for (int i = 0; i < TPY_SEQ_LEN(handlers); i++) {
        const tpy_excepthandler *h = TPY_SEQ_GET(handlers, i);
        if (!visit_opt(b, h->type) ||
            (h->name && !add_def(b, h->name, TPY_DEF_LOCAL, h->pos)) ||
            !visit_stmts(b, h->body))
            return false;
    }
    return true;
}

static bool visit_with(builder *b, const tpy_stmt *s)
{
    for (int i = 0; i < TPY_SEQ_LEN(s->v.with.items); i++) {
        const tpy_withitem *item = TPY_SEQ_GET(s->v.with.items, i);
        if (!visit_expr(b, item->context_expr) || !visit_opt(b, item->optional_vars))
            return false;
    }
    return visit_stmts(b, s->v.with.body);
}

static bool visit_stmt_kind(builder *b, const tpy_stmt *s)
{
    switch (s->kind) {
    case TPY_STMT_FUNCTIONDEF: case TPY_STMT_ASYNCFUNCTIONDEF:
        return visit_funcdef(b, s);
    case TPY_STMT_CLASSDEF:
        return visit_classdef(b, s);
    case TPY_STMT_RETURN:
        if (s->v.ret.value) {
            if (!visit_expr(b, s->v.ret.value))
                return false;
            b->cur->returns_value = true;
        }
        return true;
    case TPY_STMT_DELETE:
        return visit_exprs(b, s->v.del.targets);
    case TPY_STMT_ASSIGN:
        return visit_exprs(b, s->v.assign.targets) && visit_expr(b, s->v.assign.value);
    case TPY_STMT_AUGASSIGN:
        return visit_expr(b, s->v.augassign.target) && visit_expr(b, s->v.augassign.value);
    case TPY_STMT_ANNASSIGN:
        return visit_annassign(b, s);
    case TPY_STMT_FOR: case TPY_STMT_ASYNCFOR:
        return visit_expr(b, s->v.forloop.target) && visit_expr(b, s->v.forloop.iter) &&
               visit_stmts(b, s->v.forloop.body) && visit_stmts(b, s->v.forloop.orelse);
    case TPY_STMT_WHILE: case TPY_STMT_IF:
        return visit_expr(b, s->v.cond.test) && visit_stmts(b, s->v.cond.body) &&
               visit_stmts(b, s->v.cond.orelse);
    case TPY_STMT_WITH: case TPY_STMT_ASYNCWITH:
        return visit_with(b, s);
    case TPY_STMT_RAISE:
        return visit_opt(b, s->v.raise.exc) && visit_opt(b, s->v.raise.cause);
    case TPY_STMT_TRY:
        return visit_stmts(b, s->v.try.body) && visit_stmts(b, s->v.try.orelse) &&
               visit_handlers(b, s->v.try.handlers) && visit_stmts(b, s->v.try.finalbody);
    case TPY_STMT_ASSERT:
        return visit_expr(b, s->v.assert.test) && visit_opt(b, s->v.assert.msg);
    case TPY_STMT_IMPORT:
        return visit_aliases(b, s->v.import.names);
    case TPY_STMT_IMPORTFROM:
        return visit_aliases(b, s->v.importfrom.names);
    case TPY_STMT_GLOBAL: case TPY_STMT_NONLOCAL:
        return visit_declaration(b, s);
    case TPY_STMT_EXPR:
        return visit_expr(b, s->v.expr.value);
    case TPY_STMT_PASS: case TPY_STMT_BREAK: case TPY_STMT_CONTINUE:
        return true;
    }
    return true;
}

/* ---- expressions that are errors in some blocks ------------------------ */

/* yield, await and := have no meaning in an annotation that is never
 * evaluated. */
static bool check_not_annotation(builder *b, const tpy_expr *e, const char *what)
{
    return b->cur->kind != TPY_BLOCK_ANNOTATION ||
           tpy_st_fail(b, e->pos, "'%s' can not be used within an annotation", what);
}

static const char *yield_in_comprehension(tpy_comp_kind kind)
{
    switch (kind) {
    case TPY_COMP_LIST: return "'yield' inside list comprehension";
    case TPY_COMP_SET: return "'yield' inside set comprehension";
    case TPY_COMP_DICT: return "'yield' inside dict comprehension";
    default: return "'yield' inside generator expression";
    }
}

/* yield and yield from make the block a generator; a comprehension may
 * not contain one (its value would be lost). */
static bool visit_yield(builder *b, const tpy_expr *e, const tpy_expr *value)
{
    if (!check_not_annotation(b, e, "yield expression") || !visit_opt(b, value))
        return false;
    b->cur->generator = true;
    if (b->cur->comprehension)
        return tpy_st_fail(b, e->pos, "%s", yield_in_comprehension(b->cur->comprehension));
    return true;
}

/* ---- assignment expressions -------------------------------------------- */

/* A := in a comprehension binds in the nearest enclosing function or
 * module, through any comprehensions in between: declared nonlocal (or
 * global) in the comprehension, bound in the target block. */
static bool bind_in_enclosing(builder *b, const tpy_expr *target, tpy_st_block *blk)
{
    const char *name = target->v.name.id;
    unsigned decl = TPY_DEF_GLOBAL, there = TPY_DEF_GLOBAL;
    if (blk->kind == TPY_BLOCK_FUNCTION) {
        const tpy_symbol *sym = tpy_st_block_symbol(blk, name);
        decl = sym && (sym->flags & TPY_DEF_GLOBAL) ? TPY_DEF_GLOBAL : TPY_DEF_NONLOCAL;
        there = TPY_DEF_LOCAL;
    }
    return add_def(b, name, decl, target->pos) && record_directive(b, name, target->pos) &&
           add_def_in(b, blk, name, there, target->pos);
}

static bool extend_namedexpr_scope(builder *b, const tpy_expr *target)
{
    const char *name = target->v.name.id;
    for (tpy_st_block *blk = b->cur; blk; blk = blk->parent) {
        if (blk->comprehension) {
            const tpy_symbol *sym = tpy_st_block_symbol(blk, name);
            if (sym && (sym->flags & TPY_DEF_COMP_ITER))
                return tpy_st_fail(b, target->pos,
                                   "assignment expression cannot rebind comprehension "
                                   "iteration variable '%s'", name);
            continue;
        }
        if (blk->kind == TPY_BLOCK_FUNCTION || blk->kind == TPY_BLOCK_MODULE)
            return bind_in_enclosing(b, target, blk);
        if (blk->kind == TPY_BLOCK_CLASS)
            return tpy_st_fail(b, target->pos, "%s",
                               "assignment expression within a comprehension cannot be "
                               "used in a class body");
    }
    return true;  /* unreachable: the module block ends every chain */
}

static bool visit_namedexpr(builder *b, const tpy_expr *e)
{
    if (!check_not_annotation(b, e, "named expression"))
        return false;
    if (b->cur->comp_iter_expr > 0)
        return tpy_st_fail(b, e->pos, "%s",
                           "assignment expression cannot be used in a comprehension "
                           "iterable expression");
    if (b->cur->comprehension && !extend_namedexpr_scope(b, e->v.namedexpr.target))
        return false;
    return visit_expr(b, e->v.namedexpr.value) && visit_expr(b, e->v.namedexpr.target);
}

/* ---- lambdas and comprehensions ---------------------------------------- */

static bool visit_lambda(builder *b, const tpy_expr *e)
{
    const tpy_arguments *a = e->v.lambda.args;
    if (!visit_exprs(b, a->defaults) || !visit_exprs(b, a->kw_defaults))
        return false;
    if (!enter(b, TPY_BLOCK_FUNCTION, "lambda", e, e->pos))
        return false;
    bool ok = visit_arguments(b, a) && visit_expr(b, e->v.lambda.body);
    tpy_st_leave(b);
    return ok;
}

/* A for-target of a comprehension: its names are iteration variables. */
static bool visit_comp_target(builder *b, const tpy_expr *target)
{
    b->cur->comp_iter_target = true;
    bool ok = visit_expr(b, target);
    b->cur->comp_iter_target = false;
    return ok;
}

/* An iterable other than the first, evaluated inside the comprehension. */
static bool visit_comp_iter(builder *b, const tpy_expr *iter)
{
    b->cur->comp_iter_expr++;
    bool ok = visit_expr(b, iter);
    b->cur->comp_iter_expr--;
    return ok;
}

/* The `for ... in ... if ...` clauses after the first. */
static bool visit_inner_generators(builder *b, const tpy_seq *generators)
{
    for (int i = 1; i < TPY_SEQ_LEN(generators); i++) {
        const tpy_comprehension *g = TPY_SEQ_GET(generators, i);
        if (!visit_comp_target(b, g->target) || !visit_comp_iter(b, g->iter) ||
            !visit_exprs(b, g->ifs))
            return false;
        if (g->is_async)
            b->cur->coroutine = true;
    }
    return true;
}

/* The body of a comprehension, in its own block: the first iterable comes
 * in as the implicit parameter ".0". */
static bool visit_comp_body(builder *b, const tpy_expr *e, const tpy_comprehension *first)
{
    return add_def(b, ".0", TPY_DEF_PARAM, e->pos) && visit_comp_target(b, first->target) &&
           visit_exprs(b, first->ifs) && visit_inner_generators(b, e->v.comp.generators) &&
           visit_opt(b, e->v.comp.value) && visit_expr(b, e->v.comp.elt);
}

/* The first iterable is evaluated in the enclosing block, the rest in the
 * comprehension's own. An async comprehension other than a generator
 * expression is awaited where it stands, so its block becomes a coroutine
 * too. */
static bool visit_comprehension(builder *b, const tpy_expr *e, const char *name,
                                tpy_comp_kind kind)
{
    const tpy_comprehension *first = TPY_SEQ_GET(e->v.comp.generators, 0);
    b->cur->comp_iter_expr++;
    bool ok = visit_expr(b, first->iter);
    b->cur->comp_iter_expr--;
    if (!ok)
        return false;
    tpy_st_block *comp = enter(b, TPY_BLOCK_FUNCTION, name, e, e->pos);
    if (!comp)
        return false;
    comp->comprehension = kind;
    comp->coroutine = first->is_async;
    ok = visit_comp_body(b, e, first);
    comp->generator = kind == TPY_COMP_GENEXP;
    tpy_st_leave(b);
    if (ok && comp->coroutine && kind != TPY_COMP_GENEXP)
        b->cur->coroutine = true;
    return ok;
}

/* ---- expressions ------------------------------------------------------- */

static bool visit_name(builder *b, const tpy_expr *e)
{
    const char *id = e->v.name.id;
    bool load = e->v.name.ctx == TPY_LOAD;
    if (!add_def(b, id, load ? TPY_USE : TPY_DEF_LOCAL, e->pos))
        return false;
    /* super() finds its class through the implicit __class__ cell. */
    if (load && b->cur->kind == TPY_BLOCK_FUNCTION && strcmp(id, "super") == 0)
        return add_def(b, "__class__", TPY_USE, e->pos);
    return true;
}

static bool visit_expr_kind(builder *b, const tpy_expr *e)
{
    switch (e->kind) {
    case TPY_EXPR_BOOLOP: return visit_exprs(b, e->v.boolop.values);
    case TPY_EXPR_NAMEDEXPR: return visit_namedexpr(b, e);
    case TPY_EXPR_BINOP: return visit_expr(b, e->v.binop.left) && visit_expr(b, e->v.binop.right);
    case TPY_EXPR_UNARYOP: return visit_expr(b, e->v.unaryop.operand);
    case TPY_EXPR_LAMBDA: return visit_lambda(b, e);
    case TPY_EXPR_IFEXP:
        return visit_expr(b, e->v.ifexp.test) && visit_expr(b, e->v.ifexp.body) &&
               visit_expr(b, e->v.ifexp.orelse);
    case TPY_EXPR_DICT: return visit_exprs(b, e->v.dict.keys) && visit_exprs(b, e->v.dict.values);
    case TPY_EXPR_SET: return visit_exprs(b, e->v.set.elts);
    case TPY_EXPR_LISTCOMP: return visit_comprehension(b, e, "listcomp", TPY_COMP_LIST);
    case TPY_EXPR_SETCOMP: return visit_comprehension(b, e, "setcomp", TPY_COMP_SET);
    case TPY_EXPR_DICTCOMP: return visit_comprehension(b, e, "dictcomp", TPY_COMP_DICT);
    case TPY_EXPR_GENERATOREXP: return visit_comprehension(b, e, "genexpr", TPY_COMP_GENEXP);
    case TPY_EXPR_AWAIT:
        if (!check_not_annotation(b, e, "await expression") || !visit_expr(b, e->v.await.value))
            return false;
        b->cur->coroutine = true;
        return true;
    case TPY_EXPR_YIELD: return visit_yield(b, e, e->v.yield.value);
    case TPY_EXPR_YIELDFROM: return visit_yield(b, e, e->v.yieldfrom.value);
    case TPY_EXPR_COMPARE:
        return visit_expr(b, e->v.compare.left) && visit_exprs(b, e->v.compare.comparators);
    case TPY_EXPR_CALL:
        return visit_expr(b, e->v.call.func) && visit_exprs(b, e->v.call.args) &&
               visit_keywords(b, e->v.call.keywords);
    case TPY_EXPR_FORMATTEDVALUE:
        return visit_expr(b, e->v.formattedvalue.value) &&
               visit_opt(b, e->v.formattedvalue.format_spec);
    case TPY_EXPR_JOINEDSTR: return visit_exprs(b, e->v.joinedstr.values);
    case TPY_EXPR_CONSTANT: return true;
    case TPY_EXPR_ATTRIBUTE: return visit_expr(b, e->v.attribute.value);
    case TPY_EXPR_SUBSCRIPT:
        return visit_expr(b, e->v.subscript.value) && visit_expr(b, e->v.subscript.slice);
    case TPY_EXPR_STARRED: return visit_expr(b, e->v.starred.value);
    case TPY_EXPR_NAME: return visit_name(b, e);
    case TPY_EXPR_LIST: return visit_exprs(b, e->v.list.elts);
    case TPY_EXPR_TUPLE: return visit_exprs(b, e->v.tuple.elts);
    case TPY_EXPR_SLICE:
        return visit_opt(b, e->v.slice.lower) && visit_opt(b, e->v.slice.upper) &&
               visit_opt(b, e->v.slice.step);
    }
    return true;
}

/* Every recursion of the pass goes through these two, which count the
 * levels open: the parser's limits keep a real tree far below the bound. */
static bool too_deep(builder *b)
{
    if (++b->depth <= TPY_ST_MAX_DEPTH)
        return false;
    tpy_syntax_error_plain(b->err, "maximum recursion depth exceeded during compilation");
    return true;
}

static bool visit_expr(builder *b, const tpy_expr *e)
{
    bool ok = !too_deep(b) && visit_expr_kind(b, e);
    b->depth--;
    return ok;
}

static bool visit_stmt(builder *b, const tpy_stmt *s)
{
    bool ok = !too_deep(b) && visit_stmt_kind(b, s);
    b->depth--;
    return ok;
}

bool tpy_st_visit_module(builder *b, const tpy_mod *mod)
{
    bool ok = mod->kind == TPY_MOD_MODULE ? visit_stmts(b, mod->body) : visit_expr(b, mod->expr);
    tpy_st_leave(b);
    return ok;
}
