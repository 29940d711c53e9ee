/* codegen_stmt.c: statements, and storing into and deleting targets. */
#include "codegen_internal.h"

#include <string.h>

/* ---- storing ---------------------------------------------------------------- */

void cg_store_name(tpy_cg *c, const char *name, uint32_t reg, bool release)
{
    const char *m = cg_mangle(c, name);
    uint32_t slot;
    unsigned relb = release ? cg_rel(c, reg, TPY_F_REL_B) : 0;
    unsigned rela = release ? cg_rel(c, reg, TPY_F_REL_A) : 0;
    switch (cg_access_of(c, m, &slot)) {
    case CG_FAST:
        if (reg != slot)
            cg_emit(c, TPY_OP_MOVE, slot, reg, 0, relb);
        cg_flow_set(c, slot);
        return;
    case CG_DEREF:
        cg_emit(c, TPY_OP_SETDEREF, slot, reg, 0, relb);
        return;
    case CG_GLOBAL:
        cg_emit(c, TPY_OP_SETGLOBAL, reg, cg_name(c, m), 0, rela);
        return;
    default:
        cg_emit(c, TPY_OP_SETNAME, reg, cg_name(c, m), 0, rela);
        return;
    }
}

/* The first of n consecutive local slots that targets `elts` name in
 * order (x, y, z = ... with x, y, z fast locals made in that order), or
 * -1. Unpacking straight into them stores the same values in the same
 * order: UNPACK takes every item before it writes a register. */
static int64_t consecutive_locals(tpy_cg *c, const tpy_seq *elts, int n)
{
    uint32_t first = 0;
    for (int i = 0; i < n; i++) {
        const tpy_expr *t = TPY_SEQ_GET(elts, i);
        uint32_t slot;
        if (t->kind != TPY_EXPR_NAME
            || cg_access_of(c, cg_mangle(c, t->v.name.id), &slot) != CG_FAST)
            return -1;
        if (i == 0)
            first = slot;
        else if (slot != first + (uint32_t)i)
            return -1;
    }
    return n > 0 ? (int64_t)first : -1;
}

/* a, *b, c = r[reg]: UNPACK or UNPACKEX into new temporaries, then each
 * target in order. */
static void store_unpack(tpy_cg *c, const tpy_expr *target, uint32_t reg, bool release)
{
    const tpy_seq *elts = target->v.tuple.elts;
    int n = TPY_SEQ_LEN(elts), star = -1;
    int64_t locals = consecutive_locals(c, elts, n);
    if (locals >= 0) {
        cg_emit(c, TPY_OP_UNPACK, (uint32_t)locals, reg, (unsigned)n,
                release ? cg_rel(c, reg, TPY_F_REL_B) : 0);
        for (int i = 0; i < n; i++)
            cg_flow_set(c, (uint32_t)locals + (uint32_t)i);
        return;
    }
    for (int i = 0; i < n; i++) {
        if (((tpy_expr *)TPY_SEQ_GET(elts, i))->kind != TPY_EXPR_STARRED)
            continue;
        if (star >= 0) {
            cg_error(c, ((tpy_expr *)TPY_SEQ_GET(elts, i))->pos,
                     "multiple starred expressions in assignment");
            return;
        }
        star = i;
    }
    /* `() = x` unpacks into no register, but A must still name one. */
    uint32_t base = cg_alloc_n(c, n ? (uint32_t)n : 1);
    unsigned rel = release ? cg_rel(c, reg, TPY_F_REL_B) : 0;
    if (star < 0) {
        cg_emit(c, TPY_OP_UNPACK, base, reg, (unsigned)n, rel);
    } else {
        int after = n - star - 1;
        if (star > 255 || after > 255) {
            cg_error(c, target->pos, "too many expressions in star-unpacking assignment");
            return;
        }
        cg_emit(c, TPY_OP_UNPACKEX, base, reg, (unsigned)(star | after << 8), rel);
    }
    for (int i = 0; i < n; i++) {
        const tpy_expr *t = TPY_SEQ_GET(elts, i);
        cg_store(c, t->kind == TPY_EXPR_STARRED ? t->v.starred.value : t, base + (uint32_t)i, true);
    }
    cg_free_to(c, base);
}

void cg_store(tpy_cg *c, const tpy_expr *target, uint32_t reg, bool release)
{
    if (c->failed || !cg_enter(c))
        return;
    tpy_position saved = cg_loc_enter(c, target->pos);
    switch (target->kind) {
    case TPY_EXPR_NAME:
        cg_store_name(c, target->v.name.id, reg, release);
        break;
    case TPY_EXPR_ATTRIBUTE: {
        uint32_t o = cg_expr(c, target->v.attribute.value);
        unsigned name = cg_name(c, cg_mangle(c, target->v.attribute.attr));
        cg_set_loc_attr(c, target->pos, target);
        cg_emit(c, TPY_OP_SETATTR, o, name, reg,
                cg_rel(c, o, TPY_F_REL_A) | (release ? cg_rel(c, reg, TPY_F_REL_C) : 0));
        cg_free(c, o);
        break;
    }
    case TPY_EXPR_SUBSCRIPT: {
        uint32_t o = cg_expr(c, target->v.subscript.value);
        uint32_t k = cg_subscript_key(c, target->v.subscript.slice);
        cg_emit(c, TPY_OP_SETITEM, o, k, reg,
                cg_rel(c, o, TPY_F_REL_A) | cg_rel(c, k, TPY_F_REL_B) |
                (release ? cg_rel(c, reg, TPY_F_REL_C) : 0));
        cg_free(c, k);
        cg_free(c, o);
        break;
    }
    case TPY_EXPR_TUPLE: case TPY_EXPR_LIST:
        store_unpack(c, target, reg, release);
        break;
    case TPY_EXPR_STARRED:
        cg_error(c, target->pos, "starred assignment target must be in a list or tuple");
        break;
    default:
        cg_error(c, target->pos, "cannot assign to expression");
        break;
    }
    cg_loc_restore(c, saved);
    cg_leave(c);
}

/* ---- deleting ------------------------------------------------------------------ */

void cg_delete_name(tpy_cg *c, const char *name)
{
    const char *m = cg_mangle(c, name);
    uint32_t slot;
    switch (cg_access_of(c, m, &slot)) {
    case CG_FAST:
        cg_emit(c, TPY_OP_DELFAST, slot, 0, 0, 0);
        cg_flow_clear(c, slot);
        return;
    case CG_DEREF:
        cg_emit(c, TPY_OP_DELDEREF, slot, 0, 0, 0);
        return;
    case CG_GLOBAL:
        cg_emit(c, TPY_OP_DELGLOBAL, cg_name(c, m), 0, 0, 0);
        return;
    default:
        cg_emit(c, TPY_OP_DELNAME, cg_name(c, m), 0, 0, 0);
        return;
    }
}

static void delete_target(tpy_cg *c, const tpy_expr *t)
{
    if (c->failed || !cg_enter(c))
        return;
    cg_set_loc(c, t->pos);
    switch (t->kind) {
    case TPY_EXPR_NAME:
        cg_delete_name(c, t->v.name.id);
        break;
    case TPY_EXPR_ATTRIBUTE: {
        uint32_t o = cg_expr(c, t->v.attribute.value);
        cg_set_loc_attr(c, t->pos, t);
        cg_emit(c, TPY_OP_DELATTR, o, cg_name(c, cg_mangle(c, t->v.attribute.attr)), 0,
                cg_rel(c, o, TPY_F_REL_A));
        cg_free(c, o);
        break;
    }
    case TPY_EXPR_SUBSCRIPT: {
        uint32_t o = cg_expr(c, t->v.subscript.value);
        uint32_t k = cg_subscript_key(c, t->v.subscript.slice);
        cg_emit(c, TPY_OP_DELITEM, o, k, 0, cg_rel(c, o, TPY_F_REL_A) | cg_rel(c, k, TPY_F_REL_B));
        cg_free(c, k);
        cg_free(c, o);
        break;
    }
    case TPY_EXPR_TUPLE: case TPY_EXPR_LIST:
        for (int i = 0; i < TPY_SEQ_LEN(t->v.tuple.elts); i++)
            delete_target(c, TPY_SEQ_GET(t->v.tuple.elts, i));
        break;
    default:
        cg_error(c, t->pos, "cannot delete expression");
        break;
    }
    cg_leave(c);
}

/* ---- assignment ---------------------------------------------------------------- */

static bool is_fast_name(tpy_cg *c, const tpy_expr *t, uint32_t *slot)
{
    return t->kind == TPY_EXPR_NAME &&
           cg_access_of(c, cg_mangle(c, t->v.name.id), slot) == CG_FAST;
}

static bool plain_tuple(const tpy_expr *e)
{
    if (e->kind != TPY_EXPR_TUPLE && e->kind != TPY_EXPR_LIST)
        return false;
    for (int i = 0; i < TPY_SEQ_LEN(e->v.tuple.elts); i++)
        if (((tpy_expr *)TPY_SEQ_GET(e->v.tuple.elts, i))->kind == TPY_EXPR_STARRED)
            return false;
    return true;
}

/* a, b = b, a: every value into a temporary, then the stores in order,
 * with no tuple built. */
static bool assign_parallel(tpy_cg *c, const tpy_expr *target, const tpy_expr *value)
{
    int n = TPY_SEQ_LEN(target->v.tuple.elts);
    if (!plain_tuple(target) || value->kind != TPY_EXPR_TUPLE || !plain_tuple(value) ||
        TPY_SEQ_LEN(value->v.tuple.elts) != n || n > CG_CHUNK)
        return false;
    uint32_t base = c->u->ra.free;
    for (int i = 0; i < n; i++)
        cg_expr_to(c, TPY_SEQ_GET(value->v.tuple.elts, i), cg_alloc(c));
    for (int i = 0; i < n; i++)
        cg_store(c, TPY_SEQ_GET(target->v.tuple.elts, i), base + (uint32_t)i, true);
    cg_free_to(c, base);
    return true;
}

static void assign(tpy_cg *c, const tpy_seq *targets, const tpy_expr *value)
{
    int n = TPY_SEQ_LEN(targets);
    uint32_t slot;
    const tpy_expr *first = TPY_SEQ_GET(targets, 0);
    if (n == 1 && is_fast_name(c, first, &slot)) {
        cg_expr_to(c, value, slot);
        cg_flow_set(c, slot);
        return;
    }
    if (n == 1 && assign_parallel(c, first, value))
        return;
    uint32_t v = cg_expr(c, value);
    for (int i = 0; i < n; i++)
        cg_store(c, TPY_SEQ_GET(targets, i), v, i == n - 1);
    cg_free(c, v);
}

/* Positions as CPython 3.11's compiler_augassign(): reading and writing the
 * target at the target, the in-place operator at the whole statement. */
static void augassign(tpy_cg *c, const tpy_stmt *s)
{
    const tpy_expr *t = s->v.augassign.target;
    tpy_operator op = s->v.augassign.op;
    const tpy_expr *value = s->v.augassign.value;
    uint32_t slot;
    tpy_position stmt = cg_loc_enter(c, t->pos);
    if (is_fast_name(c, t, &slot)) {
        uint32_t l = cg_load_name(c, t->v.name.id, CG_NOREG);
        cg_loc_restore(c, stmt);
        cg_binop_regs(c, op, l, value, slot, TPY_F_INPLACE);
        cg_flow_set(c, slot);
    } else if (t->kind == TPY_EXPR_NAME) {
        uint32_t l = cg_load_name(c, t->v.name.id, CG_NOREG);
        cg_loc_restore(c, stmt);
        uint32_t d = cg_binop_regs(c, op, l, value, CG_NOREG, TPY_F_INPLACE);
        cg_set_loc(c, t->pos);
        cg_store_name(c, t->v.name.id, d, true);
        cg_free(c, d);
    } else if (t->kind == TPY_EXPR_ATTRIBUTE) {
        uint32_t o = cg_expr(c, t->v.attribute.value);
        unsigned name = cg_name(c, cg_mangle(c, t->v.attribute.attr));
        uint32_t cur = cg_alloc(c);
        cg_set_loc_attr(c, t->pos, t);
        cg_emit(c, TPY_OP_GETATTR, cur, o, name, 0);
        cg_loc_restore(c, stmt);
        uint32_t d = cg_binop_regs(c, op, cur, value, CG_NOREG, TPY_F_INPLACE);
        cg_set_loc_attr(c, t->pos, t);
        cg_emit(c, TPY_OP_SETATTR, o, name, d, cg_rel(c, o, TPY_F_REL_A) | TPY_F_REL_C);
        cg_free(c, d);
        cg_free(c, o);
    } else if (t->kind == TPY_EXPR_SUBSCRIPT) {
        uint32_t o = cg_expr(c, t->v.subscript.value);
        uint32_t k = cg_subscript_key(c, t->v.subscript.slice);
        uint32_t cur = cg_alloc(c);
        cg_emit(c, TPY_OP_GETITEM, cur, o, k, 0);
        cg_loc_restore(c, stmt);
        uint32_t d = cg_binop_regs(c, op, cur, value, CG_NOREG, TPY_F_INPLACE);
        cg_set_loc(c, t->pos);
        cg_emit(c, TPY_OP_SETITEM, o, k, d,
                cg_rel(c, o, TPY_F_REL_A) | cg_rel(c, k, TPY_F_REL_B) | TPY_F_REL_C);
        cg_free(c, d);
        cg_free(c, k);
        cg_free(c, o);
    } else {
        cg_error(c, t->pos, "illegal expression for augmented assignment");
    }
    cg_loc_restore(c, stmt);
}

/* x: T = v. Module and class bodies record simple names' annotations in
 * __annotations__ (as strings under `from __future__ import annotations`);
 * functions do not evaluate them. */
static void annassign(tpy_cg *c, const tpy_stmt *s)
{
    const tpy_expr *t = s->v.annassign.target;
    if (s->v.annassign.value) {
        tpy_seq one = {1, 1, (void **)&t};
        assign(c, &one, s->v.annassign.value);
    }
    if (c->u->optimized)
        return;
    if (t->kind == TPY_EXPR_NAME && s->v.annassign.simple) {
        uint32_t a = cg_alloc(c);
        cg_annotation_value(c, s->v.annassign.annotation, a);
        uint32_t d = cg_alloc(c);
        cg_emit(c, TPY_OP_GETNAME, d, cg_name(c, "__annotations__"), 0, 0);
        uint32_t k = cg_alloc(c);
        uint32_t idx = cg_const_str(c, cg_mangle(c, t->v.name.id));
        cg_emit(c, TPY_OP_LOADK, k, idx & 0xffff, idx >> 16, 0);
        cg_emit(c, TPY_OP_SETITEM, d, k, a, TPY_F_REL_A | TPY_F_REL_B | TPY_F_REL_C);
        cg_free_to(c, a);
    } else if (!c->future_annotations) {
        uint32_t a = cg_expr(c, s->v.annassign.annotation);
        if (cg_is_temp(c, a))
            cg_emit(c, TPY_OP_CLEAR, a, 0, 0, 0);
        cg_free(c, a);
    }
}

/* ---- control flow -------------------------------------------------------------------- */

static void if_stmt(tpy_cg *c, const tpy_stmt *s)
{
    uint32_t orelse = cg_label(c), end = cg_label(c);
    bool has_else = TPY_SEQ_LEN(s->v.cond.orelse) > 0;
    cg_jump_if(c, s->v.cond.test, false, has_else ? orelse : end);
    cg_flow before = {0}, after_body = {0};
    cg_flow_save(c, &before);
    cg_body(c, s->v.cond.body);
    if (has_else) {
        if (!c->u->flow.unreachable)
            cg_emit_jump(c, TPY_OP_JUMP, 0, end, 0);
        cg_flow_save(c, &after_body);
        cg_flow_restore(c, &before);
        cg_place(c, orelse);
        cg_body(c, s->v.cond.orelse);
        cg_flow_meet(c, &after_body);
        cg_flow_drop(&after_body);
    } else {
        cg_flow_meet(c, &before);
        cg_flow_drop(&before);
    }
    cg_place(c, end);
}

/* The loop bottom re-tests the condition, so each iteration runs one
 * conditional jump (CPython 3.11's layout). */
static void while_stmt(tpy_cg *c, const tpy_stmt *s)
{
    uint32_t top = cg_label(c), orelse = cg_label(c), brk = cg_label(c), cont = cg_label(c);
    cg_flow_forget_deleted(c, s->v.cond.body);
    cg_jump_if(c, s->v.cond.test, false, orelse);
    cg_flow entry = {0};
    cg_flow_save(c, &entry);
    cg_place(c, top);
    cg_fblock *fb = cg_fblock_push(c, FB_WHILE);
    fb->brk = brk;
    fb->cont = cont;
    fb->stmt = s;
    cg_body(c, s->v.cond.body);
    cg_fblock_pop(c);
    cg_place(c, cont);
    cg_set_loc(c, s->pos);
    cg_flow_load(c, &entry);
    cg_jump_if(c, s->v.cond.test, true, top);
    cg_flow_load(c, &entry);
    cg_place(c, orelse);
    cg_body(c, s->v.cond.orelse);
    cg_place(c, brk);
    cg_flow_load(c, &entry);
    cg_flow_drop(&entry);
}

static void for_stmt(tpy_cg *c, const tpy_stmt *s)
{
    uint32_t top = cg_label(c), orelse = cg_label(c), brk = cg_label(c);
    uint32_t it = cg_alloc(c);
    uint32_t v = cg_expr(c, s->v.forloop.iter);
    cg_free(c, v);
    cg_emit(c, TPY_OP_GETITER, it, v, 0, v != it ? cg_rel(c, v, TPY_F_REL_B) : 0);
    cg_flow_forget_deleted(c, s->v.forloop.body);
    cg_flow entry = {0};
    cg_flow_save(c, &entry);
    cg_place(c, top);
    const tpy_expr *target = s->v.forloop.target;
    uint32_t slot, dest = is_fast_name(c, target, &slot) ? slot : cg_alloc(c);
    cg_emit(c, TPY_OP_FORITER, it, dest, 0, 0);
    cg_emit_jump(c, TPY_OP_JUMP, 0, orelse, 0);
    if (dest == slot && !cg_is_temp(c, dest)) {
        cg_flow_set(c, slot);
    } else {
        cg_store(c, target, dest, true);
        cg_free(c, dest);
    }
    cg_fblock *fb = cg_fblock_push(c, FB_FOR);
    fb->brk = brk;
    fb->cont = top;
    fb->reg = it;
    fb->stmt = s;
    cg_body(c, s->v.forloop.body);
    cg_fblock_pop(c);
    cg_set_loc(c, s->pos);
    if (!c->u->flow.unreachable)
        cg_emit_jump(c, TPY_OP_JUMP, 0, top, 0);
    cg_flow_restore(c, &entry);
    cg_flow_save(c, &entry);
    cg_place(c, orelse);
    cg_body(c, s->v.forloop.orelse);
    cg_place(c, brk);
    cg_flow_restore(c, &entry);
    cg_free(c, it);
}

static void raise_stmt(tpy_cg *c, const tpy_stmt *s)
{
    unsigned f = 0;
    uint32_t a = 0, b = 0;
    if (s->v.raise.exc) {
        a = cg_expr_temp(c, s->v.raise.exc);
        f |= TPY_RAISE_EXC;
        if (s->v.raise.cause) {
            b = cg_expr_temp(c, s->v.raise.cause);
            f |= TPY_RAISE_CAUSE;
        }
    }
    cg_emit(c, TPY_OP_RAISE, a, b, 0, f);
    if (f & TPY_RAISE_CAUSE)
        cg_free(c, b);
    if (f)
        cg_free(c, a);
    cg_flow_dead(c);
}

/* CPython 3.11 leaves the position of the last comparison its jump-if
 * visits (through not, and/or and conditional expressions, in order) as
 * the current one: an assert's failure then points at `n > 0` in
 * `assert n > 0 and n`, but at the whole statement in `assert n`. */
static bool last_compare(const tpy_expr *e, tpy_pos *pos)
{
    switch (e->kind) {
    case TPY_EXPR_COMPARE:
        *pos = e->pos;
        return true;
    case TPY_EXPR_UNARYOP:
        return e->v.unaryop.op == TPY_NOT && last_compare(e->v.unaryop.operand, pos);
    case TPY_EXPR_BOOLOP: {
        bool found = false;
        for (int i = 0; i < TPY_SEQ_LEN(e->v.boolop.values); i++)
            found |= last_compare(TPY_SEQ_GET(e->v.boolop.values, i), pos);
        return found;
    }
    case TPY_EXPR_IFEXP: {
        bool found = last_compare(e->v.ifexp.test, pos);
        found |= last_compare(e->v.ifexp.body, pos);
        return last_compare(e->v.ifexp.orelse, pos) || found;
    }
    default:
        return false;
    }
}

static void assert_stmt(tpy_cg *c, const tpy_stmt *s)
{
    uint32_t end = cg_label(c);
    cg_jump_if(c, s->v.assert.test, true, end);
    tpy_pos at;
    if (last_compare(s->v.assert.test, &at))
        cg_set_loc(c, at);
    cg_flow after = {0};
    cg_flow_save(c, &after);
    uint32_t t = cg_alloc(c);
    cg_emit(c, TPY_OP_LOADASSERT, t, 0, 0, 0);
    if (s->v.assert.msg) {
        cg_expr_to(c, s->v.assert.msg, cg_alloc(c));
        cg_emit(c, TPY_OP_CALL, t, 1, 0, 0);
        cg_free_to(c, t + 1);
    }
    cg_emit(c, TPY_OP_RAISE, t, 0, 0, TPY_RAISE_EXC);
    cg_free(c, t);
    cg_place(c, end);
    cg_flow_restore(c, &after);
}

/* ---- imports ------------------------------------------------------------------------------ */

static unsigned import_spec(tpy_cg *c, int level, const tpy_seq *names)
{
    tpy_kval *items = tpy_arena_alloc(c->out, 2 * sizeof *items);
    if (!items) {
        cg_nomem(c);
        return 0;
    }
    items[0] = (tpy_kval){.kind = TPY_K_INT, .u.i = level};
    items[1] = (tpy_kval){.kind = TPY_K_NONE};
    int n = TPY_SEQ_LEN(names);
    if (n) {
        tpy_kval *from = tpy_arena_alloc(c->out, (size_t)n * sizeof *from);
        if (!from) {
            cg_nomem(c);
            return 0;
        }
        for (int i = 0; i < n; i++) {
            const char *nm = ((tpy_alias *)TPY_SEQ_GET(names, i))->name;
            from[i] = (tpy_kval){.kind = TPY_K_STR, .len = (uint32_t)strlen(nm), .u.s = cg_strdup(c, nm)};
        }
        items[1] = (tpy_kval){.kind = TPY_K_TUPLE, .len = (uint32_t)n, .u.items = from};
    }
    tpy_kval k = {.kind = TPY_K_TUPLE, .len = 2, .u.items = items};
    uint32_t idx = cg_const(c, &k);
    if (idx > 0xffff)
        cg_error(c, (tpy_pos){(int)c->u->loc.line, -1, 0, 0}, "too many constants in one code unit");
    return idx;
}

static void import_stmt(tpy_cg *c, const tpy_stmt *s)
{
    for (int i = 0; i < TPY_SEQ_LEN(s->v.import.names); i++) {
        const tpy_alias *al = TPY_SEQ_GET(s->v.import.names, i);
        cg_set_loc(c, s->pos);   /* CPython 3.11: the whole statement */
        uint32_t t = cg_alloc(c);
        cg_emit(c, TPY_OP_IMPORTNAME, t, cg_name(c, al->name), import_spec(c, 0, NULL), 0);
        const char *dot = strchr(al->name, '.');
        if (al->asname) {
            /* import a.b.c as d: d is the submodule, reached attribute by
             * attribute from the top package. */
            while (dot) {
                const char *next = strchr(dot + 1, '.');
                size_t n = next ? (size_t)(next - dot - 1) : strlen(dot + 1);
                char *part = tpy_arena_strndup(c->out, dot + 1, n);
                cg_emit(c, TPY_OP_IMPORTFROM, t, t, cg_name(c, part ? part : ""), 0);
                dot = next;
            }
            cg_store_name(c, al->asname, t, true);
        } else if (dot) {
            char *top = tpy_arena_strndup(c->out, al->name, (size_t)(dot - al->name));
            cg_store_name(c, top ? top : al->name, t, true);
        } else {
            cg_store_name(c, al->name, t, true);
        }
        cg_free(c, t);
    }
}

static void importfrom_stmt(tpy_cg *c, const tpy_stmt *s)
{
    const tpy_seq *names = s->v.importfrom.names;
    const char *module = s->v.importfrom.module ? s->v.importfrom.module : "";
    uint32_t t = cg_alloc(c);
    cg_emit(c, TPY_OP_IMPORTNAME, t, cg_name(c, module),
            import_spec(c, s->v.importfrom.level, names), 0);
    const tpy_alias *first = TPY_SEQ_GET(names, 0);
    if (strcmp(first->name, "*") == 0) {
        cg_emit(c, TPY_OP_IMPORTSTAR, t, 0, 0, TPY_F_REL_A);
        cg_free(c, t);
        return;
    }
    for (int i = 0; i < TPY_SEQ_LEN(names); i++) {
        const tpy_alias *al = TPY_SEQ_GET(names, i);
        uint32_t v = cg_alloc(c);
        cg_emit(c, TPY_OP_IMPORTFROM, v, t, cg_name(c, al->name), 0);
        cg_store_name(c, al->asname ? al->asname : al->name, v, true);
        cg_free(c, v);
    }
    cg_emit(c, TPY_OP_CLEAR, t, 0, 0, 0);
    cg_free(c, t);
}

/* ---- expression statements ------------------------------------------------------------------ */

static void expr_stmt(tpy_cg *c, const tpy_expr *e)
{
    if (e->kind == TPY_EXPR_CONSTANT)
        return;  /* no effect (docstrings, `...`): CPython emits nothing */
    uint32_t r = cg_expr(c, e);
    if (!cg_is_temp(c, r)) {
        cg_free(c, r);
        return;
    }
    /* The value is dropped at once, as POP_TOP would: a call that is the
     * last instruction (no jump lands after it) discards its own result,
     * anything else is cleared. */
    cg_unit *u = c->u;
    tpy_instr *last = u->b.ncode ? &u->b.code[u->last] : NULL;
    unsigned op = last ? TPY_I_OP(*last) : 0;
    bool is_call = last && u->label_at != u->b.ncode && TPY_I_A(*last) == r &&
                   (op == TPY_OP_CALL || op == TPY_OP_CALLMETHOD || op == TPY_OP_CALLEX);
    if (is_call)
        *last |= (tpy_instr)TPY_F_REL_A << 56;
    else
        cg_emit(c, TPY_OP_CLEAR, r, 0, 0, 0);
    cg_free(c, r);
}

/* ---- dispatch ---------------------------------------------------------------------------------- */

bool cg_is_docstring(const tpy_seq *body)
{
    if (TPY_SEQ_LEN(body) == 0)
        return false;
    const tpy_stmt *s = TPY_SEQ_GET(body, 0);
    return s->kind == TPY_STMT_EXPR && s->v.expr.value->kind == TPY_EXPR_CONSTANT &&
           s->v.expr.value->v.constant.value.kind == TPY_CONST_STR;
}

void cg_stmt(tpy_cg *c, const tpy_stmt *s)
{
    if (c->failed || !cg_enter(c))
        return;
    cg_set_loc(c, s->pos);
    uint32_t level = c->u->ra.free;
    switch (s->kind) {
    case TPY_STMT_FUNCTIONDEF: case TPY_STMT_ASYNCFUNCTIONDEF: cg_funcdef(c, s); break;
    case TPY_STMT_CLASSDEF: cg_classdef(c, s); break;
    case TPY_STMT_RETURN: cg_return(c, s); break;
    case TPY_STMT_DELETE:
        for (int i = 0; i < TPY_SEQ_LEN(s->v.del.targets); i++)
            delete_target(c, TPY_SEQ_GET(s->v.del.targets, i));
        break;
    case TPY_STMT_ASSIGN: assign(c, s->v.assign.targets, s->v.assign.value); break;
    case TPY_STMT_AUGASSIGN: augassign(c, s); break;
    case TPY_STMT_ANNASSIGN: annassign(c, s); break;
    case TPY_STMT_FOR: for_stmt(c, s); break;
    case TPY_STMT_ASYNCFOR: cg_async_for(c, s); break;
    case TPY_STMT_WHILE: while_stmt(c, s); break;
    case TPY_STMT_IF: if_stmt(c, s); break;
    case TPY_STMT_WITH: cg_with(c, s, 0, false); break;
    case TPY_STMT_ASYNCWITH: cg_with(c, s, 0, true); break;
    case TPY_STMT_RAISE: raise_stmt(c, s); break;
    case TPY_STMT_TRY: cg_try(c, s); break;
    case TPY_STMT_ASSERT: assert_stmt(c, s); break;
    case TPY_STMT_IMPORT: import_stmt(c, s); break;
    case TPY_STMT_IMPORTFROM: importfrom_stmt(c, s); break;
    case TPY_STMT_EXPR: expr_stmt(c, s->v.expr.value); break;
    case TPY_STMT_BREAK: cg_break_continue(c, s, true); break;
    case TPY_STMT_CONTINUE: cg_break_continue(c, s, false); break;
    case TPY_STMT_GLOBAL: case TPY_STMT_NONLOCAL: case TPY_STMT_PASS: break;
    }
    if (!c->failed && c->u->ra.free != level)
        cg_error(c, s->pos, "internal error: registers leaked by a statement");
    cg_leave(c);
}

void cg_body(tpy_cg *c, const tpy_seq *body)
{
    for (int i = 0; i < TPY_SEQ_LEN(body) && !c->failed; i++)
        cg_stmt(c, TPY_SEQ_GET(body, i));
}
