/* codegen_flow.c: definite assignment. The code generator tracks, along
 * the code it emits, which locals are certainly bound; a read of any other
 * local gets a CHECKBOUND first, so that the eval loop's plain register
 * reads never meet an unbound (NULL) register.
 *
 * The analysis follows the statement structure: an `if` keeps what both
 * branches bind; a loop body starts from what was bound before the loop
 * less what the loop may delete (so a second iteration is covered too), and
 * after the loop only that remains; a handler or a `with` exit starts from
 * the state before the protected body less what the body may delete. Code
 * after return/raise/break/continue is unreachable and counts everything
 * bound. */
#include "codegen_internal.h"

#include <string.h>

#include <tierpy/mem.h>

bool cg_flow_init(tpy_cg *c)
{
    cg_unit *u = c->u;
    u->nwords = (u->nslots + 63) / 64 + 1;
    u->flow.bits = tpy_mem_calloc(u->nwords, sizeof *u->flow.bits);
    if (!u->flow.bits)
        return cg_nomem(c);
    for (uint32_t i = 0; i < u->nargs; i++)
        u->flow.bits[i / 64] |= 1ull << (i % 64);
    return true;
}

void cg_flow_fini(cg_unit *u)
{
    tpy_mem_free(u->flow.bits);
    u->flow.bits = NULL;
}

bool cg_flow_save(tpy_cg *c, cg_flow *out)
{
    cg_unit *u = c->u;
    out->unreachable = u->flow.unreachable;
    out->bits = tpy_mem_malloc(u->nwords * sizeof *out->bits);
    if (!out->bits)
        return cg_nomem(c);
    memcpy(out->bits, u->flow.bits, u->nwords * sizeof *out->bits);
    return true;
}

void cg_flow_restore(tpy_cg *c, cg_flow *saved)
{
    cg_unit *u = c->u;
    if (!saved->bits)
        return;
    memcpy(u->flow.bits, saved->bits, u->nwords * sizeof *saved->bits);
    u->flow.unreachable = saved->unreachable;
    cg_flow_drop(saved);
}

void cg_flow_load(tpy_cg *c, const cg_flow *src)
{
    cg_unit *u = c->u;
    if (!src->bits)
        return;
    memcpy(u->flow.bits, src->bits, u->nwords * sizeof *src->bits);
    u->flow.unreachable = src->unreachable;
}

void cg_flow_drop(cg_flow *saved)
{
    tpy_mem_free(saved->bits);
    saved->bits = NULL;
}

void cg_flow_meet(tpy_cg *c, const cg_flow *other)
{
    cg_unit *u = c->u;
    if (!other->bits || other->unreachable)
        return;
    if (u->flow.unreachable) {
        memcpy(u->flow.bits, other->bits, u->nwords * sizeof *other->bits);
        u->flow.unreachable = false;
        return;
    }
    for (uint32_t i = 0; i < u->nwords; i++)
        u->flow.bits[i] &= other->bits[i];
}

void cg_flow_set(tpy_cg *c, uint32_t slot)
{
    c->u->flow.bits[slot / 64] |= 1ull << (slot % 64);
}

void cg_flow_clear(tpy_cg *c, uint32_t slot)
{
    c->u->flow.bits[slot / 64] &= ~(1ull << (slot % 64));
}

bool cg_flow_bound(tpy_cg *c, uint32_t slot)
{
    cg_unit *u = c->u;
    return u->flow.unreachable || (u->flow.bits[slot / 64] >> (slot % 64)) & 1;
}

void cg_flow_dead(tpy_cg *c)
{
    c->u->flow.unreachable = true;
}

/* ---- walking the tree for names ---------------------------------------------- */

typedef void (*name_fn)(tpy_cg *c, const char *name);

static void forget_name(tpy_cg *c, const char *name)
{
    int s = cg_slot(c->u, cg_mangle(c, name));
    if (s >= 0)
        cg_flow_clear(c, (uint32_t)s);
}

static void forget_target(tpy_cg *c, const tpy_expr *t)
{
    if (!t)
        return;
    if (t->kind == TPY_EXPR_NAME)
        forget_name(c, t->v.name.id);
    else if (t->kind == TPY_EXPR_TUPLE || t->kind == TPY_EXPR_LIST)
        for (int i = 0; i < TPY_SEQ_LEN(t->v.tuple.elts); i++)
            forget_target(c, TPY_SEQ_GET(t->v.tuple.elts, i));
}

static void forget_in_stmt(tpy_cg *c, const tpy_stmt *s);

void cg_flow_forget_deleted(tpy_cg *c, const tpy_seq *body)
{
    if (c->u->flow.unreachable)
        return;
    for (int i = 0; i < TPY_SEQ_LEN(body); i++)
        forget_in_stmt(c, TPY_SEQ_GET(body, i));
}

/* Names a statement may unbind: del targets and `except ... as` names
 * (deleted when the handler ends), in nested statements too. */
static void forget_in_stmt(tpy_cg *c, const tpy_stmt *s)
{
    switch (s->kind) {
    case TPY_STMT_DELETE:
        for (int i = 0; i < TPY_SEQ_LEN(s->v.del.targets); i++)
            forget_target(c, TPY_SEQ_GET(s->v.del.targets, i));
        break;
    case TPY_STMT_FOR: case TPY_STMT_ASYNCFOR:
        cg_flow_forget_deleted(c, s->v.forloop.body);
        cg_flow_forget_deleted(c, s->v.forloop.orelse);
        break;
    case TPY_STMT_WHILE: case TPY_STMT_IF:
        cg_flow_forget_deleted(c, s->v.cond.body);
        cg_flow_forget_deleted(c, s->v.cond.orelse);
        break;
    case TPY_STMT_WITH: case TPY_STMT_ASYNCWITH:
        cg_flow_forget_deleted(c, s->v.with.body);
        break;
    case TPY_STMT_TRY:
        cg_flow_forget_deleted(c, s->v.try.body);
        cg_flow_forget_deleted(c, s->v.try.orelse);
        cg_flow_forget_deleted(c, s->v.try.finalbody);
        for (int i = 0; i < TPY_SEQ_LEN(s->v.try.handlers); i++) {
            const tpy_excepthandler *h = TPY_SEQ_GET(s->v.try.handlers, i);
            if (h->name)
                forget_name(c, h->name);
            cg_flow_forget_deleted(c, h->body);
        }
        break;
    default:
        break;
    }
}

/* ---- := targets ------------------------------------------------------------------- */

static bool walk_expr(tpy_cg *c, const tpy_expr *e, name_fn fn);

static bool walk_exprs(tpy_cg *c, const tpy_seq *s, name_fn fn)
{
    for (int i = 0; i < TPY_SEQ_LEN(s); i++)
        if (!walk_expr(c, TPY_SEQ_GET(s, i), fn))
            return false;
    return true;
}

/* Calls @p fn for the target of every := in @p e, not looking into lambdas
 * and comprehensions (their := targets are cells of this function, which
 * are read through their cell anyway). */
static bool walk_expr(tpy_cg *c, const tpy_expr *e, name_fn fn)
{
    if (!e)
        return true;
    if (!cg_enter(c))
        return false;
    bool ok = true;
    switch (e->kind) {
    case TPY_EXPR_NAMEDEXPR:
        fn(c, e->v.namedexpr.target->v.name.id);
        ok = walk_expr(c, e->v.namedexpr.value, fn);
        break;
    case TPY_EXPR_BOOLOP: ok = walk_exprs(c, e->v.boolop.values, fn); break;
    case TPY_EXPR_BINOP:
        ok = walk_expr(c, e->v.binop.left, fn) && walk_expr(c, e->v.binop.right, fn);
        break;
    case TPY_EXPR_UNARYOP: ok = walk_expr(c, e->v.unaryop.operand, fn); break;
    case TPY_EXPR_IFEXP:
        ok = walk_expr(c, e->v.ifexp.test, fn) && walk_expr(c, e->v.ifexp.body, fn) &&
             walk_expr(c, e->v.ifexp.orelse, fn);
        break;
    case TPY_EXPR_DICT:
        ok = walk_exprs(c, e->v.dict.keys, fn) && walk_exprs(c, e->v.dict.values, fn);
        break;
    case TPY_EXPR_SET: ok = walk_exprs(c, e->v.set.elts, fn); break;
    case TPY_EXPR_AWAIT: case TPY_EXPR_YIELD: case TPY_EXPR_YIELDFROM:
    case TPY_EXPR_STARRED:
        ok = walk_expr(c, e->v.await.value, fn);
        break;
    case TPY_EXPR_COMPARE:
        ok = walk_expr(c, e->v.compare.left, fn) && walk_exprs(c, e->v.compare.comparators, fn);
        break;
    case TPY_EXPR_CALL:
        ok = walk_expr(c, e->v.call.func, fn) && walk_exprs(c, e->v.call.args, fn);
        for (int i = 0; ok && i < TPY_SEQ_LEN(e->v.call.keywords); i++)
            ok = walk_expr(c, ((tpy_keyword *)TPY_SEQ_GET(e->v.call.keywords, i))->value, fn);
        break;
    case TPY_EXPR_FORMATTEDVALUE:
        ok = walk_expr(c, e->v.formattedvalue.value, fn) &&
             walk_expr(c, e->v.formattedvalue.format_spec, fn);
        break;
    case TPY_EXPR_JOINEDSTR: ok = walk_exprs(c, e->v.joinedstr.values, fn); break;
    case TPY_EXPR_ATTRIBUTE: ok = walk_expr(c, e->v.attribute.value, fn); break;
    case TPY_EXPR_SUBSCRIPT:
        ok = walk_expr(c, e->v.subscript.value, fn) && walk_expr(c, e->v.subscript.slice, fn);
        break;
    case TPY_EXPR_LIST: case TPY_EXPR_TUPLE: ok = walk_exprs(c, e->v.tuple.elts, fn); break;
    case TPY_EXPR_SLICE:
        ok = walk_expr(c, e->v.slice.lower, fn) && walk_expr(c, e->v.slice.upper, fn) &&
             walk_expr(c, e->v.slice.step, fn);
        break;
    default:
        break;
    }
    cg_leave(c);
    return ok;
}

static bool walk_stmts(tpy_cg *c, const tpy_seq *body, name_fn fn);

static bool walk_stmt(tpy_cg *c, const tpy_stmt *s, name_fn fn)
{
    switch (s->kind) {
    case TPY_STMT_RETURN: return walk_expr(c, s->v.ret.value, fn);
    case TPY_STMT_ASSIGN:
        return walk_exprs(c, s->v.assign.targets, fn) && walk_expr(c, s->v.assign.value, fn);
    case TPY_STMT_AUGASSIGN:
        return walk_expr(c, s->v.augassign.target, fn) && walk_expr(c, s->v.augassign.value, fn);
    case TPY_STMT_ANNASSIGN:
        return walk_expr(c, s->v.annassign.target, fn) && walk_expr(c, s->v.annassign.value, fn);
    case TPY_STMT_FOR: case TPY_STMT_ASYNCFOR:
        return walk_expr(c, s->v.forloop.iter, fn) && walk_stmts(c, s->v.forloop.body, fn) &&
               walk_stmts(c, s->v.forloop.orelse, fn);
    case TPY_STMT_WHILE: case TPY_STMT_IF:
        return walk_expr(c, s->v.cond.test, fn) && walk_stmts(c, s->v.cond.body, fn) &&
               walk_stmts(c, s->v.cond.orelse, fn);
    case TPY_STMT_WITH: case TPY_STMT_ASYNCWITH:
        for (int i = 0; i < TPY_SEQ_LEN(s->v.with.items); i++) {
            const tpy_withitem *w = TPY_SEQ_GET(s->v.with.items, i);
            if (!walk_expr(c, w->context_expr, fn))
                return false;
        }
        return walk_stmts(c, s->v.with.body, fn);
    case TPY_STMT_RAISE:
        return walk_expr(c, s->v.raise.exc, fn) && walk_expr(c, s->v.raise.cause, fn);
    case TPY_STMT_TRY:
        for (int i = 0; i < TPY_SEQ_LEN(s->v.try.handlers); i++) {
            const tpy_excepthandler *h = TPY_SEQ_GET(s->v.try.handlers, i);
            if (!walk_expr(c, h->type, fn) || !walk_stmts(c, h->body, fn))
                return false;
        }
        return walk_stmts(c, s->v.try.body, fn) && walk_stmts(c, s->v.try.orelse, fn) &&
               walk_stmts(c, s->v.try.finalbody, fn);
    case TPY_STMT_ASSERT:
        return walk_expr(c, s->v.assert.test, fn) && walk_expr(c, s->v.assert.msg, fn);
    case TPY_STMT_EXPR: return walk_expr(c, s->v.expr.value, fn);
    default: return true;
    }
}

static bool walk_stmts(tpy_cg *c, const tpy_seq *body, name_fn fn)
{
    for (int i = 0; i < TPY_SEQ_LEN(body); i++) {
        if (!cg_enter(c))
            return false;
        bool ok = walk_stmt(c, TPY_SEQ_GET(body, i), fn);
        cg_leave(c);
        if (!ok)
            return false;
    }
    return true;
}

static void note_walrus(tpy_cg *c, const char *name)
{
    cg_unit *u = c->u;
    if (cg_is_walrus(c, name))
        return;
    if (u->nwalrus == u->capwalrus) {
        uint32_t cap = u->capwalrus ? u->capwalrus * 2 : 8;
        const char **w = tpy_mem_realloc(u->walrus, cap * sizeof *w);
        if (!w) {
            cg_nomem(c);
            return;
        }
        u->walrus = w;
        u->capwalrus = cap;
    }
    u->walrus[u->nwalrus++] = name;
}

bool cg_collect_walrus(tpy_cg *c, const tpy_seq *body, const tpy_expr *expr)
{
    return walk_stmts(c, body, note_walrus) && walk_expr(c, expr, note_walrus);
}

bool cg_is_walrus(tpy_cg *c, const char *name)
{
    cg_unit *u = c->u;
    for (uint32_t i = 0; i < u->nwalrus; i++)
        if (strcmp(u->walrus[i], name) == 0)
            return true;
    return false;
}
