/* codegen_func.c: code units of their own: functions, lambdas, classes and
 * comprehensions, and the closures that connect them to their parent. */
#include "codegen_internal.h"

#include <string.h>

/* MAKECELL for every cell, COPYFREE for the free variables: what a code
 * unit does first. */
bool cg_unit_prologue(tpy_cg *c)
{
    cg_unit *u = c->u;
    uint32_t nfree = 0;
    for (uint32_t i = 0; i < u->nslots; i++)
        nfree += !!(u->slotkinds[i] & TPY_SLOT_FREE);
    if (nfree)
        cg_emit(c, TPY_OP_COPYFREE, nfree, 0, 0, 0);
    for (uint32_t i = 0; i < u->nslots; i++)
        if (u->slotkinds[i] & TPY_SLOT_CELL)
            cg_emit(c, TPY_OP_MAKECELL, i, 0, 0, 0);
    return !c->failed;
}

/* The source text of @p e: the string a postponed annotation becomes. */
static void source_slice(tpy_cg *c, const tpy_expr *e, uint32_t dest)
{
    const char *p = c->src, *end = c->src + c->len;
    for (int line = 1; line < e->pos.line && p < end; p++)
        if (*p == '\n')
            line++;
    const char *start = p + e->pos.col;
    for (int line = e->pos.line; line < e->pos.end_line && p < end; p++)
        if (*p == '\n')
            line++;
    const char *stop = p + e->pos.end_col;
    if (start > end || stop > end || stop < start)
        start = stop = c->src;
    tpy_kval k = {.kind = TPY_K_STR, .len = (uint32_t)(stop - start),
                  .u.s = tpy_arena_strndup(c->out, start, (size_t)(stop - start))};
    if (!k.u.s) {
        cg_nomem(c);
        return;
    }
    uint32_t idx = cg_const(c, &k);
    cg_emit(c, TPY_OP_LOADK, dest, idx & 0xffff, idx >> 16, 0);
}

void cg_annotation_value(tpy_cg *c, const tpy_expr *ann, uint32_t dest)
{
    if (c->future_annotations)
        source_slice(c, ann, dest);
    else
        cg_expr_to(c, ann, dest);
}

/* The closure of @p child: its free variables' cells, from this unit's
 * registers, as a tuple in a new temporary. */
static uint32_t closure_tuple(tpy_cg *c, const tpy_code *child)
{
    uint32_t base = c->u->ra.free;
    for (uint32_t i = 0; i < child->nlocals; i++) {
        if (!(child->slotkinds[i] & TPY_SLOT_FREE))
            continue;
        int s = cg_slot(c->u, child->slotnames[i].s);
        if (s < 0 || !(c->u->slotkinds[s] & (TPY_SLOT_CELL | TPY_SLOT_FREE))) {
            cg_error(c, (tpy_pos){(int)c->u->loc.line, -1, 0, 0}, "internal error: no cell for a free variable");
            return base;
        }
        cg_emit(c, TPY_OP_MOVE, cg_alloc(c), (unsigned)s, 0, 0);
    }
    uint32_t n = c->u->ra.free - base;
    if (n == 0)
        cg_alloc(c);
    cg_emit(c, TPY_OP_BUILDTUPLE, base, n ? base : 0, n, 0);
    cg_free_to(c, base + 1);
    return base;
}

static uint32_t code_const(tpy_cg *c, const tpy_code *co)
{
    tpy_kval k = {.kind = TPY_K_CODE, .u.code = co};
    uint32_t idx = cg_const(c, &k);
    if (idx > 0xffff)
        cg_error(c, (tpy_pos){(int)c->u->loc.line, -1, 0, 0}, "too many constants in one code unit");
    return idx;
}

/* ---- parameters ------------------------------------------------------------ */

/* Defaults as a tuple in a new temporary. */
static void defaults_tuple(tpy_cg *c, const tpy_seq *defaults)
{
    uint32_t d = cg_alloc(c);
    tpy_expr fake = {.kind = TPY_EXPR_TUPLE};
    fake.v.tuple.elts = (tpy_seq *)defaults;
    fake.v.tuple.ctx = TPY_LOAD;
    cg_expr_to(c, &fake, d);
}

/* {name: default} of the keyword-only parameters that have one. */
static void kwdefaults_dict(tpy_cg *c, const tpy_arguments *args)
{
    uint32_t d = cg_alloc(c);
    cg_emit(c, TPY_OP_BUILDMAP, d, 0, 0, 0);
    for (int i = 0; i < TPY_SEQ_LEN(args->kwonlyargs); i++) {
        const tpy_expr *def = TPY_SEQ_GET(args->kw_defaults, i);
        if (!def)
            continue;
        const tpy_arg *a = TPY_SEQ_GET(args->kwonlyargs, i);
        uint32_t k = cg_alloc(c);
        uint32_t idx = cg_const_str(c, cg_mangle(c, a->arg));
        cg_emit(c, TPY_OP_LOADK, k, idx & 0xffff, idx >> 16, 0);
        uint32_t v = cg_expr(c, def);
        cg_emit(c, TPY_OP_MAPADD, d, k, v, TPY_F_REL_B | cg_rel(c, v, TPY_F_REL_C));
        cg_free(c, v);
        cg_free(c, k);
    }
}

static bool has_kwdefaults(const tpy_arguments *args)
{
    for (int i = 0; i < TPY_SEQ_LEN(args->kw_defaults); i++)
        if (TPY_SEQ_GET(args->kw_defaults, i))
            return true;
    return false;
}

static void annotation_pair(tpy_cg *c, const char *name, const tpy_expr *ann, uint32_t *n)
{
    if (!ann)
        return;
    uint32_t k = cg_alloc(c);
    uint32_t idx = cg_const_str(c, cg_mangle(c, name));
    cg_emit(c, TPY_OP_LOADK, k, idx & 0xffff, idx >> 16, 0);
    cg_annotation_value(c, ann, cg_alloc(c));
    *n += 2;
}

static void annotation_args(tpy_cg *c, const tpy_seq *args, uint32_t *n)
{
    for (int i = 0; i < TPY_SEQ_LEN(args); i++) {
        const tpy_arg *a = TPY_SEQ_GET(args, i);
        annotation_pair(c, a->arg, a->annotation, n);
    }
}

/* (name, value, name, value, ...) of a def's annotations, as 3.11's
 * MAKE_FUNCTION takes them; false (nothing emitted) when there are none. */
static bool annotations_tuple(tpy_cg *c, const tpy_arguments *args, const tpy_expr *returns)
{
    uint32_t base = c->u->ra.free, n = 0;
    annotation_args(c, args->posonlyargs, &n);
    annotation_args(c, args->args, &n);
    if (args->vararg)
        annotation_pair(c, args->vararg->arg, args->vararg->annotation, &n);
    annotation_args(c, args->kwonlyargs, &n);
    if (args->kwarg)
        annotation_pair(c, args->kwarg->arg, args->kwarg->annotation, &n);
    annotation_pair(c, "return", returns, &n);
    if (n == 0)
        return false;
    cg_emit(c, TPY_OP_BUILDTUPLE, base, base, n, 0);
    cg_free_to(c, base + 1);
    return true;
}

/* MAKEFUNCTION into new temporary f, its extras evaluated in CPython's
 * order: defaults, keyword defaults, annotations, then the closure. */
static uint32_t make_function(tpy_cg *c, const tpy_code *co, const tpy_arguments *args,
                              const tpy_expr *returns)
{
    uint32_t f = cg_alloc(c);
    unsigned flags = 0;
    if (args && TPY_SEQ_LEN(args->defaults)) {
        defaults_tuple(c, args->defaults);
        flags |= TPY_MF_DEFAULTS;
    }
    if (args && has_kwdefaults(args)) {
        kwdefaults_dict(c, args);
        flags |= TPY_MF_KWDEFAULTS;
    }
    if (args && annotations_tuple(c, args, returns))
        flags |= TPY_MF_ANNOTATIONS;
    if (co && co->nfree) {
        closure_tuple(c, co);
        flags |= TPY_MF_CLOSURE;
    }
    cg_emit(c, TPY_OP_MAKEFUNCTION, f, co ? code_const(c, co) : 0, 0, flags);
    cg_free_to(c, f + 1);
    return f;
}

/* ---- function bodies ------------------------------------------------------------ */

static void set_argcounts(tpy_cg *c, const tpy_arguments *args)
{
    tpy_code *co = c->u->co;
    co->posonlyargcount = (uint32_t)TPY_SEQ_LEN(args->posonlyargs);
    co->argcount = co->posonlyargcount + (uint32_t)TPY_SEQ_LEN(args->args);
    co->kwonlyargcount = (uint32_t)TPY_SEQ_LEN(args->kwonlyargs);
}

/* The code unit of a def or lambda (@p body or @p expr). consts[0] is the
 * docstring or None, as in CPython 3.11. */
static tpy_code *function_unit(tpy_cg *c, const void *node, const char *name, int line,
                               const tpy_arguments *args, const tpy_seq *body,
                               const tpy_expr *expr)
{
    const tpy_st_block *ste = tpy_symtable_lookup(c->st, node);
    if (!ste) {
        cg_error(c, (tpy_pos){line, -1, 0, 0}, "internal error: no symbol table block");
        return NULL;
    }
    if (!cg_unit_enter(c, ste, name, (uint32_t)line)) {
        if (c->u && c->u->ste == ste)
            cg_unit_abandon(c);
        return NULL;
    }
    set_argcounts(c, args);
    tpy_kval doc = {.kind = TPY_K_NONE};
    if (body && cg_is_docstring(body)) {
        const tpy_stmt *s = TPY_SEQ_GET(body, 0);
        cg_const_of(c, s->v.expr.value, &doc);
    }
    cg_const(c, &doc);
    cg_collect_walrus(c, body, expr);
    cg_unit_prologue(c);
    if (expr) {
        cg_set_loc(c, expr->pos);
        uint32_t r = cg_expr(c, expr);
        if (c->u->ste->generator)
            cg_emit(c, TPY_OP_RETURNNONE, 0, 0, 0, 0);
        else
            cg_emit(c, TPY_OP_RETURN, r, 0, 0, 0);
        cg_free(c, r);
    } else {
        cg_body(c, body);
        cg_final_return(c);
    }
    return cg_unit_leave(c);
}

/* Decorators into consecutive temporaries; returns the first. */
static uint32_t decorators(tpy_cg *c, const tpy_seq *decos)
{
    uint32_t base = c->u->ra.free;
    for (int i = 0; i < TPY_SEQ_LEN(decos); i++)
        cg_expr_to(c, TPY_SEQ_GET(decos, i), cg_alloc(c));
    return base;
}

/* Apply the decorators, innermost first: each call's result lands in the
 * decorator's own register, right below the next one out. */
static uint32_t apply_decorators(tpy_cg *c, const tpy_seq *decos, uint32_t base, uint32_t f)
{
    for (int i = TPY_SEQ_LEN(decos); i-- > 0;) {
        cg_set_loc(c, ((tpy_expr *)TPY_SEQ_GET(decos, i))->pos);
        cg_emit(c, TPY_OP_CALL, base + (uint32_t)i, 1, 0, 0);
        cg_free_to(c, base + (uint32_t)i + 1);
        f = base + (uint32_t)i;
    }
    return f;
}

void cg_funcdef(tpy_cg *c, const tpy_stmt *s)
{
    int line = s->pos.line;
    const tpy_seq *decos = s->v.funcdef.decorator_list;
    if (TPY_SEQ_LEN(decos))
        line = ((tpy_expr *)TPY_SEQ_GET(decos, 0))->pos.line;
    tpy_code *co = function_unit(c, s, s->v.funcdef.name, line, s->v.funcdef.args,
                                 s->v.funcdef.body, NULL);
    if (!co)
        return;
    cg_set_line(c, line);
    uint32_t base = decorators(c, decos);
    cg_set_loc(c, s->pos);
    uint32_t f = make_function(c, co, s->v.funcdef.args, s->v.funcdef.returns);
    f = apply_decorators(c, decos, base, f);
    cg_store_name(c, s->v.funcdef.name, f, true);
    cg_free_to(c, base);
}

uint32_t cg_lambda(tpy_cg *c, const tpy_expr *e, uint32_t want)
{
    tpy_code *co = function_unit(c, e, "<lambda>", e->pos.line, e->v.lambda.args, NULL,
                                 e->v.lambda.body);
    uint32_t f = make_function(c, co, e->v.lambda.args, NULL);
    if (want != CG_NOREG && want != f) {
        cg_emit(c, TPY_OP_MOVE, want, f, 0, TPY_F_REL_B);
        cg_free(c, f);
        return want;
    }
    return f;
}

/* ---- classes ---------------------------------------------------------------------- */

/* Whether a class body has annotated names (CPython's find_ann: nested
 * blocks count, nested defs and classes do not). */
static bool has_annotations(const tpy_seq *body)
{
    for (int i = 0; i < TPY_SEQ_LEN(body); i++) {
        const tpy_stmt *s = TPY_SEQ_GET(body, i);
        switch (s->kind) {
        case TPY_STMT_ANNASSIGN: return true;
        case TPY_STMT_FOR: case TPY_STMT_ASYNCFOR:
            if (has_annotations(s->v.forloop.body) || has_annotations(s->v.forloop.orelse))
                return true;
            break;
        case TPY_STMT_WHILE: case TPY_STMT_IF:
            if (has_annotations(s->v.cond.body) || has_annotations(s->v.cond.orelse))
                return true;
            break;
        case TPY_STMT_WITH: case TPY_STMT_ASYNCWITH:
            if (has_annotations(s->v.with.body))
                return true;
            break;
        case TPY_STMT_TRY:
            if (has_annotations(s->v.try.body) || has_annotations(s->v.try.orelse) ||
                has_annotations(s->v.try.finalbody))
                return true;
            for (int j = 0; j < TPY_SEQ_LEN(s->v.try.handlers); j++)
                if (has_annotations(((tpy_excepthandler *)TPY_SEQ_GET(s->v.try.handlers, j))->body))
                    return true;
            break;
        default:
            break;
        }
    }
    return false;
}

bool cg_module_annotations(const tpy_seq *body)
{
    return has_annotations(body);
}

static void set_name_const(tpy_cg *c, const char *name, uint32_t kidx)
{
    uint32_t t = cg_alloc(c);
    cg_emit(c, TPY_OP_LOADK, t, kidx & 0xffff, kidx >> 16, 0);
    cg_emit(c, TPY_OP_SETNAME, t, cg_name(c, name), 0, TPY_F_REL_A);
    cg_free(c, t);
}

/* The class body: __module__, __qualname__, __doc__, the statements, and
 * the __class__ cell handed back through __classcell__. */
static tpy_code *class_unit(tpy_cg *c, const tpy_stmt *s, int line)
{
    const tpy_st_block *ste = tpy_symtable_lookup(c->st, s);
    if (!ste) {
        cg_error(c, s->pos, "internal error: no symbol table block");
        return NULL;
    }
    if (!cg_unit_enter(c, ste, s->v.classdef.name, (uint32_t)line)) {
        if (c->u && c->u->ste == ste)
            cg_unit_abandon(c);
        return NULL;
    }
    const char *saved_private = c->private_name;
    c->private_name = s->v.classdef.name;
    cg_unit_prologue(c);
    uint32_t t = cg_alloc(c);
    cg_emit(c, TPY_OP_GETNAME, t, cg_name(c, "__name__"), 0, 0);
    cg_emit(c, TPY_OP_SETNAME, t, cg_name(c, "__module__"), 0, TPY_F_REL_A);
    cg_free(c, t);
    set_name_const(c, "__qualname__", cg_const_str(c, c->u->qualname));
    const tpy_seq *body = s->v.classdef.body;
    if (cg_is_docstring(body)) {
        tpy_kval doc;
        const tpy_stmt *d = TPY_SEQ_GET(body, 0);
        cg_set_loc(c, d->pos);
        if (cg_const_of(c, d->v.expr.value, &doc))
            set_name_const(c, "__doc__", cg_const(c, &doc));
    }
    if (has_annotations(body))
        cg_emit(c, TPY_OP_SETUPANNOTATIONS, 0, 0, 0, 0);
    cg_body(c, body);
    int cell = cg_slot(c->u, "__class__");
    if (ste->needs_class_closure && cell >= 0) {
        cg_emit(c, TPY_OP_SETNAME, (unsigned)cell, cg_name(c, "__classcell__"), 0, 0);
        cg_emit(c, TPY_OP_RETURN, (unsigned)cell, 0, 0, 0);
    } else {
        cg_emit(c, TPY_OP_RETURNNONE, 0, 0, 0, 0);
    }
    c->private_name = saved_private;
    return cg_unit_leave(c);
}

void cg_classdef(tpy_cg *c, const tpy_stmt *s)
{
    int line = s->pos.line;
    const tpy_seq *decos = s->v.classdef.decorator_list;
    if (TPY_SEQ_LEN(decos))
        line = ((tpy_expr *)TPY_SEQ_GET(decos, 0))->pos.line;
    tpy_code *co = class_unit(c, s, line);
    if (!co)
        return;
    cg_set_line(c, line);
    uint32_t base = decorators(c, decos);
    cg_set_loc(c, s->pos);
    uint32_t b = cg_alloc(c);
    cg_emit(c, TPY_OP_LOADBUILDCLASS, b, 0, 0, 0);
    make_function(c, co, NULL, NULL);
    uint32_t nm = cg_alloc(c);
    uint32_t idx = cg_const_str(c, s->v.classdef.name);
    cg_emit(c, TPY_OP_LOADK, nm, idx & 0xffff, idx >> 16, 0);
    cg_call_helper(c, b, 2, s->v.classdef.bases, s->v.classdef.keywords, TPY_OP_CALL);
    uint32_t f = apply_decorators(c, decos, base, b);
    cg_store_name(c, s->v.classdef.name, f, true);
    cg_free_to(c, base);
}

/* ---- comprehensions ------------------------------------------------------------------- */

/* The innermost element: added to the result, or yielded. */
static void comp_element(tpy_cg *c, const tpy_expr *e, uint32_t result)
{
    switch (e->kind) {
    case TPY_EXPR_LISTCOMP: case TPY_EXPR_SETCOMP: {
        uint32_t v = cg_expr(c, e->v.comp.elt);
        cg_emit(c, e->kind == TPY_EXPR_LISTCOMP ? TPY_OP_LISTAPPEND : TPY_OP_SETADD, result, v, 0,
                cg_rel(c, v, TPY_F_REL_B));
        cg_free(c, v);
        break;
    }
    case TPY_EXPR_DICTCOMP: {
        uint32_t k = cg_expr(c, e->v.comp.elt);
        uint32_t v = cg_expr(c, e->v.comp.value);
        cg_emit(c, TPY_OP_MAPADD, result, k, v, cg_rel(c, k, TPY_F_REL_B) | cg_rel(c, v, TPY_F_REL_C));
        cg_free(c, v);
        cg_free(c, k);
        break;
    }
    default: {
        uint32_t v = cg_expr_temp(c, e->v.comp.elt);
        cg_emit(c, TPY_OP_YIELD, v, 0, 0, 0);
        cg_emit(c, TPY_OP_CLEAR, v, 0, 0, 0);
        cg_free(c, v);
        break;
    }
    }
}

/* One `for ... in ... if ...` level; the first level's iterator is the
 * parameter .0 (r[0]). */
static void comp_level(tpy_cg *c, const tpy_expr *e, int i, uint32_t result)
{
    if (c->failed || !cg_enter(c))
        return;
    const tpy_comprehension *gen = TPY_SEQ_GET(e->v.comp.generators, i);
    uint32_t it = 0, top = cg_label(c), end = cg_label(c);
    if (i > 0) {
        it = cg_alloc(c);
        uint32_t v = cg_expr(c, gen->iter);
        cg_free(c, v);
        cg_emit(c, gen->is_async ? TPY_OP_GETAITER : TPY_OP_GETITER, it, v, 0,
                v != it ? cg_rel(c, v, TPY_F_REL_B) : 0);
    }
    cg_place(c, top);
    if (gen->is_async) {
        cg_async_next(c, it, gen->target, end);
    } else {
        uint32_t v = cg_alloc(c);
        cg_emit(c, TPY_OP_FORITER, it, v, 0, 0);
        cg_emit_jump(c, TPY_OP_JUMP, 0, end, 0);
        cg_store(c, gen->target, v, true);
        cg_free(c, v);
    }
    for (int k = 0; k < TPY_SEQ_LEN(gen->ifs); k++)
        cg_jump_if(c, TPY_SEQ_GET(gen->ifs, k), false, top);
    if (i + 1 < TPY_SEQ_LEN(e->v.comp.generators))
        comp_level(c, e, i + 1, result);
    else
        comp_element(c, e, result);
    cg_emit_jump(c, TPY_OP_JUMP, 0, top, 0);
    cg_place(c, end);
    if (gen->is_async)
        cg_async_end(c, it);
    if (i > 0)
        cg_free(c, it);
    cg_leave(c);
}

static const char *comp_name(tpy_expr_kind kind)
{
    switch (kind) {
    case TPY_EXPR_LISTCOMP: return "<listcomp>";
    case TPY_EXPR_SETCOMP: return "<setcomp>";
    case TPY_EXPR_DICTCOMP: return "<dictcomp>";
    default: return "<genexpr>";
    }
}

static tpy_code *comp_unit(tpy_cg *c, const tpy_expr *e)
{
    const tpy_st_block *ste = tpy_symtable_lookup(c->st, e);
    if (!ste) {
        cg_error(c, e->pos, "internal error: no symbol table block");
        return NULL;
    }
    if (!cg_unit_enter(c, ste, comp_name(e->kind), (uint32_t)e->pos.line)) {
        if (c->u && c->u->ste == ste)
            cg_unit_abandon(c);
        return NULL;
    }
    c->u->co->argcount = 1;
    cg_unit_prologue(c);
    uint32_t result = 0;
    if (e->kind != TPY_EXPR_GENERATOREXP) {
        result = cg_alloc(c);
        unsigned op = e->kind == TPY_EXPR_LISTCOMP ? TPY_OP_BUILDLIST
                    : e->kind == TPY_EXPR_SETCOMP ? TPY_OP_BUILDSET : TPY_OP_BUILDMAP;
        cg_emit(c, op, result, 0, 0, 0);
    }
    comp_level(c, e, 0, result);
    if (e->kind == TPY_EXPR_GENERATOREXP)
        cg_emit(c, TPY_OP_RETURNNONE, 0, 0, 0, 0);
    else
        cg_emit(c, TPY_OP_RETURN, result, 0, 0, 0);
    return cg_unit_leave(c);
}

/* make the function, call it on iter(outermost iterable), and await the
 * result of an asynchronous list/set/dict comprehension. */
uint32_t cg_comprehension(tpy_cg *c, const tpy_expr *e, uint32_t want)
{
    const tpy_st_block *ste = tpy_symtable_lookup(c->st, e);
    tpy_code *co = comp_unit(c, e);
    if (!co)
        return want != CG_NOREG ? want : cg_alloc(c);
    uint32_t f = make_function(c, co, NULL, NULL);
    const tpy_comprehension *outer = TPY_SEQ_GET(e->v.comp.generators, 0);
    uint32_t it = cg_alloc(c);
    uint32_t v = cg_expr(c, outer->iter);
    cg_free(c, v);
    cg_emit(c, outer->is_async ? TPY_OP_GETAITER : TPY_OP_GETITER, it, v, 0,
            v != it ? cg_rel(c, v, TPY_F_REL_B) : 0);
    cg_emit(c, TPY_OP_CALL, f, 1, 0, 0);
    cg_free(c, it);
    if (ste && ste->coroutine && e->kind != TPY_EXPR_GENERATOREXP) {
        uint32_t a = f;
        cg_emit(c, TPY_OP_GETAWAITABLE, a, a, 0, 0);
        cg_await_reg(c, a);
    }
    if (want != CG_NOREG && want != f) {
        cg_emit(c, TPY_OP_MOVE, want, f, 0, TPY_F_REL_B);
        cg_free(c, f);
        return want;
    }
    return f;
}
