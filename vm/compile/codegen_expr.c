/* codegen_expr.c: expressions into registers.
 *
 * expr_into(c, e, want) compiles @p e and returns the register holding its
 * value. With want == CG_NOREG the value may stay where it is (a local's
 * own register) or land in a new temporary on top; otherwise it lands in
 * want. Operands are compiled first and freed before the destination is
 * allocated, so the destination reuses the first operand's temporary
 * (Lua's discipline) and only the final instruction writes it. */
#include "codegen_internal.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

static uint32_t expr_into(tpy_cg *c, const tpy_expr *e, uint32_t want);

/* The destination for a value: @p want, or a new temporary. */
static uint32_t dest_for(tpy_cg *c, uint32_t want)
{
    return want != CG_NOREG ? want : cg_alloc(c);
}

/* Whether @p reg is the top temporary, so a construct may build there. */
static bool is_top(tpy_cg *c, uint32_t reg)
{
    return reg != CG_NOREG && cg_is_temp(c, reg) && reg + 1 == c->u->ra.free;
}

uint32_t cg_expr(tpy_cg *c, const tpy_expr *e)
{
    return expr_into(c, e, CG_NOREG);
}

uint32_t cg_expr_temp(tpy_cg *c, const tpy_expr *e)
{
    uint32_t r = cg_alloc(c);
    cg_expr_to(c, e, r);
    return r;
}

/* Constructs whose only write of the destination is their last
 * instruction, so a named slot can be their destination directly. */
static bool writes_once(const tpy_expr *e)
{
    switch (e->kind) {
    case TPY_EXPR_BINOP: case TPY_EXPR_UNARYOP: case TPY_EXPR_ATTRIBUTE:
    case TPY_EXPR_SUBSCRIPT: case TPY_EXPR_CONSTANT: case TPY_EXPR_NAME:
        return true;
    case TPY_EXPR_COMPARE:
        return TPY_SEQ_LEN(e->v.compare.comparators) == 1;
    default:
        return false;
    }
}

void cg_expr_to(tpy_cg *c, const tpy_expr *e, uint32_t dest)
{
    if (cg_is_temp(c, dest) || writes_once(e)) {
        expr_into(c, e, dest);
        return;
    }
    uint32_t t = cg_expr_temp(c, e);
    cg_emit(c, TPY_OP_MOVE, dest, t, 0, TPY_F_REL_B);
    cg_free(c, t);
}

/* ---- constants ------------------------------------------------------------ */

/* An int literal's digits as an int64 or as text. */
static void int_const(tpy_cg *c, const char *digits, size_t n, bool negative, tpy_kval *out)
{
    char buf[32];
    if (n < 19) {
        memcpy(buf, digits, n);
        buf[n] = 0;
        long long v = strtoll(buf, NULL, 10);
        out->kind = TPY_K_INT;
        out->u.i = negative ? -v : v;
        return;
    }
    char *text = tpy_arena_alloc(c->out, n + 2);
    if (!text) {
        cg_nomem(c);
        out->kind = TPY_K_NONE;
        return;
    }
    size_t at = 0;
    if (negative)
        text[at++] = '-';
    memcpy(text + at, digits, n);
    text[at + n] = 0;
    out->kind = TPY_K_BIGINT;
    out->u.s = text;
    out->len = (uint32_t)(at + n);
}

static bool literal_const(tpy_cg *c, const tpy_const *v, bool negative, tpy_kval *out)
{
    memset(out, 0, sizeof *out);
    switch (v->kind) {
    case TPY_CONST_NONE: out->kind = TPY_K_NONE; return !negative;
    case TPY_CONST_TRUE: out->kind = TPY_K_TRUE; return !negative;
    case TPY_CONST_FALSE: out->kind = TPY_K_FALSE; return !negative;
    case TPY_CONST_ELLIPSIS: out->kind = TPY_K_ELLIPSIS; return !negative;
    case TPY_CONST_INT: int_const(c, v->data, v->len, negative, out); return true;
    case TPY_CONST_FLOAT:
        out->kind = TPY_K_FLOAT;
        out->u.f = negative ? -v->num : v->num;
        return true;
    case TPY_CONST_COMPLEX:
        out->kind = TPY_K_COMPLEX;
        out->u.c.re = negative ? -0.0 : 0.0;
        out->u.c.im = negative ? -v->num : v->num;
        return true;
    case TPY_CONST_STR: case TPY_CONST_BYTES:
        if (negative)
            return false;
        out->kind = v->kind == TPY_CONST_STR ? TPY_K_STR : TPY_K_BYTES;
        out->u.s = tpy_arena_strndup(c->out, v->data, v->len);
        out->len = (uint32_t)v->len;
        if (!out->u.s)
            cg_nomem(c);
        return out->u.s != NULL;
    }
    return false;
}

/* A tuple display whose items are all constants. */
static bool tuple_const(tpy_cg *c, const tpy_expr *e, tpy_kval *out)
{
    int n = TPY_SEQ_LEN(e->v.tuple.elts);
    tpy_kval *items = tpy_arena_alloc(c->out, (size_t)n * sizeof *items + 1);
    if (!items)
        return cg_nomem(c);
    for (int i = 0; i < n; i++)
        if (!cg_const_of(c, TPY_SEQ_GET(e->v.tuple.elts, i), &items[i]))
            return false;
    memset(out, 0, sizeof *out);
    out->kind = TPY_K_TUPLE;
    out->len = (uint32_t)n;
    out->u.items = items;
    return true;
}

bool cg_const_of(tpy_cg *c, const tpy_expr *e, tpy_kval *out)
{
    if (e->kind == TPY_EXPR_CONSTANT)
        return literal_const(c, &e->v.constant.value, false, out);
    if (e->kind == TPY_EXPR_UNARYOP && e->v.unaryop.op == TPY_USUB &&
        e->v.unaryop.operand->kind == TPY_EXPR_CONSTANT) {
        const tpy_const *v = &e->v.unaryop.operand->v.constant.value;
        if (v->kind == TPY_CONST_INT || v->kind == TPY_CONST_FLOAT || v->kind == TPY_CONST_COMPLEX)
            return literal_const(c, v, true, out);
    }
    if (e->kind == TPY_EXPR_TUPLE && e->v.tuple.ctx == TPY_LOAD)
        return tuple_const(c, e, out);
    return false;
}

static void load_kval(tpy_cg *c, const tpy_kval *k, uint32_t d)
{
    switch (k->kind) {
    case TPY_K_NONE: cg_emit(c, TPY_OP_LOADNONE, d, 0, 0, 0); return;
    case TPY_K_TRUE: cg_emit(c, TPY_OP_LOADBOOL, d, 1, 0, 0); return;
    case TPY_K_FALSE: cg_emit(c, TPY_OP_LOADBOOL, d, 0, 0, 0); return;
    case TPY_K_INT:
        if (k->u.i >= -32768 && k->u.i <= 32767) {
            cg_emit(c, TPY_OP_LOADINT, d, (unsigned)(k->u.i & 0xffff), 0, 0);
            return;
        }
        break;
    default:
        break;
    }
    uint32_t idx = cg_const(c, k);
    cg_emit(c, TPY_OP_LOADK, d, idx & 0xffff, idx >> 16, 0);
}

/* ---- names ----------------------------------------------------------------- */

uint32_t cg_load_name(tpy_cg *c, const char *name, uint32_t want)
{
    const char *m = cg_mangle(c, name);
    uint32_t slot, d;
    switch (cg_access_of(c, m, &slot)) {
    case CG_FAST:
        if (!cg_flow_bound(c, slot)) {
            cg_emit(c, TPY_OP_CHECKBOUND, slot, 0, 0, 0);
            cg_flow_set(c, slot);
        }
        /* A local that a later := may reassign is copied, so that the
         * operand keeps the value it had when it was evaluated. */
        if (want == CG_NOREG && !cg_is_walrus(c, name))
            return slot;
        d = dest_for(c, want);
        if (d != slot)
            cg_emit(c, TPY_OP_MOVE, d, slot, 0, 0);
        return d;
    case CG_DEREF:
        d = dest_for(c, want);
        cg_emit(c, TPY_OP_GETDEREF, d, slot, 0, 0);
        return d;
    case CG_CLASSDEREF:
        d = dest_for(c, want);
        cg_emit(c, TPY_OP_GETCLASSDEREF, d, slot, cg_name(c, m), 0);
        return d;
    case CG_GLOBAL:
        d = dest_for(c, want);
        cg_emit(c, TPY_OP_GETGLOBAL, d, cg_name(c, m), 0, 0);
        return d;
    case CG_NAME:
    default:
        d = dest_for(c, want);
        cg_emit(c, TPY_OP_GETNAME, d, cg_name(c, m), 0, 0);
        return d;
    }
}

/* ---- operators --------------------------------------------------------------- */

static unsigned binop_opcode(tpy_operator op)
{
    switch (op) {
    case TPY_ADD: return TPY_OP_ADD;
    case TPY_SUB: return TPY_OP_SUB;
    case TPY_MULT: return TPY_OP_MUL;
    case TPY_MATMULT: return TPY_OP_MATMUL;
    case TPY_DIV: return TPY_OP_TRUEDIV;
    case TPY_MOD: return TPY_OP_MOD;
    case TPY_POW: return TPY_OP_POW;
    case TPY_LSHIFT: return TPY_OP_LSHIFT;
    case TPY_RSHIFT: return TPY_OP_RSHIFT;
    case TPY_BITOR: return TPY_OP_BOR;
    case TPY_BITXOR: return TPY_OP_BXOR;
    case TPY_BITAND: return TPY_OP_BAND;
    case TPY_FLOORDIV: return TPY_OP_FLOORDIV;
    }
    return TPY_OP_ADD;
}

/* The constant index of a numeric literal usable as a K operand, or -1. */
static int numeric_k(tpy_cg *c, const tpy_expr *e)
{
    tpy_kval k;
    if (e->kind != TPY_EXPR_CONSTANT)
        return -1;
    tpy_const_kind kind = e->v.constant.value.kind;
    if (kind != TPY_CONST_INT && kind != TPY_CONST_FLOAT)
        return -1;
    if (!cg_const_of(c, e, &k))
        return -1;
    uint32_t idx = cg_const(c, &k);
    return idx <= 0xffff ? (int)idx : -1;
}

/* dest = l OP r for registers already holding both operands. */
static uint32_t emit_binary(tpy_cg *c, unsigned op, uint32_t l, uint32_t r, uint32_t want,
                            unsigned extra)
{
    cg_free(c, r);
    cg_free(c, l);
    uint32_t d = dest_for(c, want);
    unsigned f = extra | (l != d ? cg_rel(c, l, TPY_F_REL_B) : 0) |
                 (r != d && r != l ? cg_rel(c, r, TPY_F_REL_C) : 0);
    cg_emit(c, op, d, l, r, f);
    return d;
}

/* l OP right, with the ADDK/SUBK form for a numeric literal. */
uint32_t cg_binop_regs(tpy_cg *c, tpy_operator op, uint32_t l, const tpy_expr *right,
                       uint32_t want, unsigned extra)
{
    int k = (op == TPY_ADD || op == TPY_SUB) ? numeric_k(c, right) : -1;
    if (k >= 0) {
        cg_free(c, l);
        uint32_t d = dest_for(c, want);
        unsigned f = extra | (l != d ? cg_rel(c, l, TPY_F_REL_B) : 0);
        cg_emit(c, op == TPY_ADD ? TPY_OP_ADDK : TPY_OP_SUBK, d, l, (unsigned)k, f);
        return d;
    }
    uint32_t r = cg_expr(c, right);
    return emit_binary(c, binop_opcode(op), l, r, want, extra);
}

static uint32_t binop(tpy_cg *c, const tpy_expr *e, uint32_t want)
{
    uint32_t l = cg_expr(c, e->v.binop.left);
    return cg_binop_regs(c, e->v.binop.op, l, e->v.binop.right, want, 0);
}

static uint32_t unaryop(tpy_cg *c, const tpy_expr *e, uint32_t want)
{
    tpy_kval k;
    if (e->v.unaryop.op == TPY_USUB && cg_const_of(c, e, &k)) {
        uint32_t d = dest_for(c, want);
        load_kval(c, &k, d);
        return d;
    }
    static const unsigned ops[] = {0, TPY_OP_INVERT, TPY_OP_NOT, TPY_OP_POS, TPY_OP_NEG};
    uint32_t v = cg_expr(c, e->v.unaryop.operand);
    cg_free(c, v);
    uint32_t d = dest_for(c, want);
    cg_emit(c, ops[e->v.unaryop.op], d, v, 0, v != d ? cg_rel(c, v, TPY_F_REL_B) : 0);
    return d;
}

/* The opcode and F of one comparison operator. */
static unsigned compare_op(tpy_cmpop op, unsigned *f)
{
    switch (op) {
    case TPY_EQ: *f = TPY_F_SELECT(TPY_CMP_EQ); return TPY_OP_COMPARE;
    case TPY_NOTEQ: *f = TPY_F_SELECT(TPY_CMP_NE); return TPY_OP_COMPARE;
    case TPY_LT: *f = TPY_F_SELECT(TPY_CMP_LT); return TPY_OP_COMPARE;
    case TPY_LTE: *f = TPY_F_SELECT(TPY_CMP_LE); return TPY_OP_COMPARE;
    case TPY_GT: *f = TPY_F_SELECT(TPY_CMP_GT); return TPY_OP_COMPARE;
    case TPY_GTE: *f = TPY_F_SELECT(TPY_CMP_GE); return TPY_OP_COMPARE;
    case TPY_IS: *f = 0; return TPY_OP_IS;
    case TPY_ISNOT: *f = TPY_F_NEG; return TPY_OP_IS;
    case TPY_IN: *f = 0; return TPY_OP_CONTAINS;
    case TPY_NOTIN: *f = TPY_F_NEG; return TPY_OP_CONTAINS;
    }
    *f = 0;
    return TPY_OP_COMPARE;
}

static uint32_t compare_one(tpy_cg *c, tpy_cmpop op, uint32_t l, const tpy_expr *right,
                            uint32_t want)
{
    unsigned f, opc = compare_op(op, &f);
    int k = opc == TPY_OP_COMPARE ? numeric_k(c, right) : -1;
    if (k >= 0) {
        cg_free(c, l);
        uint32_t d = dest_for(c, want);
        cg_emit(c, TPY_OP_COMPAREK, d, l, (unsigned)k, f | (l != d ? cg_rel(c, l, TPY_F_REL_B) : 0));
        return d;
    }
    uint32_t r = cg_expr(c, right);
    return emit_binary(c, opc, l, r, want, f);
}

/* a < b < c: each middle operand is kept for the next comparison; a false
 * result short-circuits, and the stub at the end releases what is live. */
static uint32_t compare_chain(tpy_cg *c, const tpy_expr *e, uint32_t want)
{
    int n = TPY_SEQ_LEN(e->v.compare.comparators);
    if (n == 1)
        return compare_one(c, e->v.compare.ops[0], cg_expr(c, e->v.compare.left),
                           TPY_SEQ_GET(e->v.compare.comparators, 0), want);
    uint32_t d = is_top(c, want) ? want : cg_alloc(c);
    uint32_t level = c->u->ra.free;
    uint32_t cleanup = cg_label(c), end = cg_label(c);
    uint32_t left = cg_expr(c, e->v.compare.left);
    if (!cg_is_temp(c, left) || left < level) {
        uint32_t t = cg_alloc(c);
        cg_emit(c, TPY_OP_MOVE, t, left, 0, 0);
        left = t;
    }
    for (int i = 0; i < n; i++) {
        uint32_t right = cg_expr_temp(c, TPY_SEQ_GET(e->v.compare.comparators, i));
        unsigned f, opc = compare_op(e->v.compare.ops[i], &f);
        bool last = i == n - 1;
        f |= TPY_F_REL_B | (last ? TPY_F_REL_C : 0);
        cg_emit(c, opc, d, left, right, f);
        if (!last)
            cg_emit_jump(c, TPY_OP_JUMPIFFALSE, d, cleanup, 0);
        left = right;
    }
    cg_emit_jump(c, TPY_OP_JUMP, 0, end, 0);
    cg_place(c, cleanup);
    for (uint32_t r = level; r < c->u->ra.free; r++)
        cg_emit(c, TPY_OP_CLEAR, r, 0, 0, 0);
    cg_place(c, end);
    cg_free_to(c, level);
    if (want != CG_NOREG && want != d) {
        cg_emit(c, TPY_OP_MOVE, want, d, 0, TPY_F_REL_B);
        cg_free(c, d);
        return want;
    }
    return d;
}

static uint32_t boolop(tpy_cg *c, const tpy_expr *e, uint32_t want)
{
    uint32_t d = dest_for(c, want), end = cg_label(c);
    int n = TPY_SEQ_LEN(e->v.boolop.values);
    unsigned jump = e->v.boolop.op == TPY_AND ? TPY_OP_JUMPIFFALSE : TPY_OP_JUMPIFTRUE;
    cg_flow save = {0};
    for (int i = 0; i < n; i++) {
        cg_expr_to(c, TPY_SEQ_GET(e->v.boolop.values, i), d);
        if (i == 0)
            cg_flow_save(c, &save);  /* later operands may not run */
        if (i < n - 1)
            cg_emit_jump(c, jump, d, end, 0);
    }
    cg_place(c, end);
    cg_flow_meet(c, &save);
    cg_flow_drop(&save);
    return d;
}

static uint32_t ifexp(tpy_cg *c, const tpy_expr *e, uint32_t want)
{
    uint32_t d = dest_for(c, want), orelse = cg_label(c), end = cg_label(c);
    cg_jump_if(c, e->v.ifexp.test, false, orelse);
    cg_flow before = {0}, after_body = {0};
    cg_flow_save(c, &before);
    cg_expr_to(c, e->v.ifexp.body, d);
    cg_emit_jump(c, TPY_OP_JUMP, 0, end, 0);
    cg_flow_save(c, &after_body);
    cg_flow_restore(c, &before);
    cg_place(c, orelse);
    cg_expr_to(c, e->v.ifexp.orelse, d);
    cg_place(c, end);
    cg_flow_meet(c, &after_body);
    cg_flow_drop(&after_body);
    return d;
}

/* ---- attribute, subscript ---------------------------------------------------------- */

static uint32_t attribute(tpy_cg *c, const tpy_expr *e, uint32_t want)
{
    uint32_t o = cg_expr(c, e->v.attribute.value);
    unsigned name = cg_name(c, cg_mangle(c, e->v.attribute.attr));
    cg_free(c, o);
    uint32_t d = dest_for(c, want);
    cg_set_loc_attr(c, e->pos, e);
    cg_emit(c, TPY_OP_GETATTR, d, o, name, o != d ? cg_rel(c, o, TPY_F_REL_B) : 0);
    return d;
}

/* A slice object from lower:upper[:step] into a new temporary. */
static uint32_t build_slice(tpy_cg *c, const tpy_expr *s)
{
    uint32_t base = c->u->ra.free;
    const tpy_expr *parts[3] = {s->v.slice.lower, s->v.slice.upper, s->v.slice.step};
    int n = parts[2] ? 3 : 2;
    for (int i = 0; i < n; i++) {
        uint32_t r = cg_alloc(c);
        if (parts[i])
            cg_expr_to(c, parts[i], r);
        else
            cg_emit(c, TPY_OP_LOADNONE, r, 0, 0, 0);
    }
    cg_emit(c, TPY_OP_BUILDSLICE, base, base, (unsigned)n, 0);
    cg_free_to(c, base + 1);
    return base;
}

uint32_t cg_subscript_key(tpy_cg *c, const tpy_expr *slice)
{
    return slice->kind == TPY_EXPR_SLICE ? build_slice(c, slice) : cg_expr(c, slice);
}

static uint32_t subscript(tpy_cg *c, const tpy_expr *e, uint32_t want)
{
    uint32_t o = cg_expr(c, e->v.subscript.value);
    uint32_t k = cg_subscript_key(c, e->v.subscript.slice);
    return emit_binary(c, TPY_OP_GETITEM, o, k, want, 0);
}

/* ---- displays ------------------------------------------------------------------------ */

static bool has_starred(const tpy_seq *elts)
{
    for (int i = 0; i < TPY_SEQ_LEN(elts); i++)
        if (((tpy_expr *)TPY_SEQ_GET(elts, i))->kind == TPY_EXPR_STARRED)
            return true;
    return false;
}

/* Items [0, n) of @p elts into consecutive new temporaries from d. */
static void items_run(tpy_cg *c, const tpy_seq *elts, int n, uint32_t d)
{
    for (int i = 0; i < n; i++) {
        uint32_t r = i == 0 ? d : cg_alloc(c);
        cg_expr_to(c, TPY_SEQ_GET(elts, i), r);
    }
}

/* Items [from, n) of @p elts appended to (or spread into) the list or
 * set in r[d]. */
static void append_items(tpy_cg *c, const tpy_seq *elts, int from, uint32_t d, bool set)
{
    for (int i = from; i < TPY_SEQ_LEN(elts); i++) {
        const tpy_expr *x = TPY_SEQ_GET(elts, i);
        bool star = x->kind == TPY_EXPR_STARRED;
        uint32_t v = cg_expr(c, star ? x->v.starred.value : x);
        unsigned op = star ? (set ? TPY_OP_SETUPDATE : TPY_OP_LISTEXTEND)
                           : (set ? TPY_OP_SETADD : TPY_OP_LISTAPPEND);
        cg_emit(c, op, d, v, 0, cg_rel(c, v, TPY_F_REL_B));
        cg_free(c, v);
    }
}

/* A list, set or tuple display into d (the top temporary): the first run
 * of plain items in one BUILD, the rest appended one by one or spread. */
static void sequence_into(tpy_cg *c, const tpy_seq *elts, tpy_expr_kind kind, uint32_t d)
{
    int n = TPY_SEQ_LEN(elts), run = 0;
    bool set = kind == TPY_EXPR_SET;
    while (run < n && run < CG_CHUNK &&
           ((tpy_expr *)TPY_SEQ_GET(elts, run))->kind != TPY_EXPR_STARRED)
        run++;
    if (run == n && kind == TPY_EXPR_TUPLE) {
        items_run(c, elts, n, d);
        cg_emit(c, TPY_OP_BUILDTUPLE, d, n ? d : 0, (unsigned)n, 0);
        cg_free_to(c, d + 1);
        return;
    }
    items_run(c, elts, run, d);
    cg_emit(c, set ? TPY_OP_BUILDSET : TPY_OP_BUILDLIST, d, run ? d : 0, (unsigned)run, 0);
    cg_free_to(c, d + 1);
    append_items(c, elts, run, d, set);
    if (kind == TPY_EXPR_TUPLE)
        cg_emit(c, TPY_OP_LISTTOTUPLE, d, d, 0, 0);
}

static uint32_t sequence(tpy_cg *c, const tpy_expr *e, uint32_t want)
{
    tpy_kval k;
    if (e->kind == TPY_EXPR_TUPLE && !has_starred(e->v.tuple.elts) && cg_const_of(c, e, &k)) {
        uint32_t d = dest_for(c, want);
        load_kval(c, &k, d);
        return d;
    }
    const tpy_seq *elts = e->kind == TPY_EXPR_SET ? e->v.set.elts : e->v.tuple.elts;
    uint32_t d = is_top(c, want) ? want : cg_alloc(c);
    sequence_into(c, elts, e->kind, d);
    if (want != CG_NOREG && want != d) {
        cg_emit(c, TPY_OP_MOVE, want, d, 0, TPY_F_REL_B);
        cg_free(c, d);
        return want;
    }
    return d;
}

/* {k: v, **m}: runs of pairs in BUILDMAP, then MAPADD / DICTUPDATE. */
static void dict_into(tpy_cg *c, const tpy_expr *e, uint32_t d)
{
    int n = TPY_SEQ_LEN(e->v.dict.keys), run = 0;
    while (run < n && run < CG_CHUNK / 2 && TPY_SEQ_GET(e->v.dict.keys, run))
        run++;
    for (int i = 0; i < run; i++) {
        cg_expr_to(c, TPY_SEQ_GET(e->v.dict.keys, i), i == 0 ? d : cg_alloc(c));
        cg_expr_to(c, TPY_SEQ_GET(e->v.dict.values, i), cg_alloc(c));
    }
    cg_emit(c, TPY_OP_BUILDMAP, d, run ? d : 0, (unsigned)run, 0);
    cg_free_to(c, d + 1);
    for (int i = run; i < n; i++) {
        const tpy_expr *key = TPY_SEQ_GET(e->v.dict.keys, i);
        if (!key) {
            uint32_t v = cg_expr(c, TPY_SEQ_GET(e->v.dict.values, i));
            cg_emit(c, TPY_OP_DICTUPDATE, d, v, 0, cg_rel(c, v, TPY_F_REL_B));
            cg_free(c, v);
            continue;
        }
        uint32_t kr = cg_expr(c, key);
        uint32_t vr = cg_expr(c, TPY_SEQ_GET(e->v.dict.values, i));
        cg_emit(c, TPY_OP_MAPADD, d, kr, vr, cg_rel(c, kr, TPY_F_REL_B) | cg_rel(c, vr, TPY_F_REL_C));
        cg_free(c, vr);
        cg_free(c, kr);
    }
}

static uint32_t dict(tpy_cg *c, const tpy_expr *e, uint32_t want)
{
    uint32_t d = is_top(c, want) ? want : cg_alloc(c);
    dict_into(c, e, d);
    if (want != CG_NOREG && want != d) {
        cg_emit(c, TPY_OP_MOVE, want, d, 0, TPY_F_REL_B);
        cg_free(c, d);
        return want;
    }
    return d;
}

/* ---- calls ---------------------------------------------------------------------------------- */

static bool needs_callex(const tpy_seq *args, const tpy_seq *keywords)
{
    if (has_starred(args) || TPY_SEQ_LEN(args) + TPY_SEQ_LEN(keywords) > CG_CHUNK)
        return true;
    for (int i = 0; i < TPY_SEQ_LEN(keywords); i++)
        if (!((tpy_keyword *)TPY_SEQ_GET(keywords, i))->arg)
            return true;
    return false;
}

/* The constant tuple of keyword names, as CALL's C operand (index + 1). */
static unsigned kwnames(tpy_cg *c, const tpy_seq *keywords)
{
    int n = TPY_SEQ_LEN(keywords);
    if (n == 0)
        return 0;
    tpy_kval *items = tpy_arena_alloc(c->out, (size_t)n * sizeof *items);
    if (!items) {
        cg_nomem(c);
        return 0;
    }
    for (int i = 0; i < n; i++) {
        const char *arg = ((tpy_keyword *)TPY_SEQ_GET(keywords, i))->arg;
        items[i] = (tpy_kval){.kind = TPY_K_STR, .len = (uint32_t)strlen(arg), .u.s = cg_strdup(c, arg)};
    }
    tpy_kval k = {.kind = TPY_K_TUPLE, .len = (uint32_t)n, .u.items = items};
    uint32_t idx = cg_const(c, &k);
    if (idx >= 0xffff)
        cg_error(c, (tpy_pos){(int)c->u->loc.line, -1, 0, 0}, "too many constants in one code unit");
    return idx + 1;
}

/* DICTMERGE of the dict in r[from] into r[into]; a key already there is
 * TypeError naming the callee r[callee]. Frees r[from]. */
static void merge_dict(tpy_cg *c, uint32_t into, uint32_t from, uint32_t callee)
{
    cg_emit(c, TPY_OP_DICTMERGE, into, from, callee, cg_rel(c, from, TPY_F_REL_B));
    cg_free(c, from);
}

/* The keyword arguments of a call with `**` as a dict in the register
 * after the tuple's (r[base+2]). As CPython: the named keywords before the
 * first `**` start the dict; each run of named keywords after one is a dict
 * of its own, merged when the run ends, so that `f(**m, a=1)` with "a" in
 * m is "multiple values for keyword argument" at that point. */
static void keywords_dict(tpy_cg *c, uint32_t base, const tpy_seq *keywords)
{
    uint32_t m = cg_alloc(c), run = CG_NOREG;
    bool after_star = false;
    cg_emit(c, TPY_OP_BUILDMAP, m, 0, 0, 0);
    for (int i = 0; i < TPY_SEQ_LEN(keywords); i++) {
        const tpy_keyword *kw = TPY_SEQ_GET(keywords, i);
        if (!kw->arg) {
            if (run != CG_NOREG)
                merge_dict(c, m, run, base);
            run = CG_NOREG;
            merge_dict(c, m, cg_expr(c, kw->value), base);
            after_star = true;
            continue;
        }
        if (after_star && run == CG_NOREG) {
            run = cg_alloc(c);
            cg_emit(c, TPY_OP_BUILDMAP, run, 0, 0, 0);
        }
        uint32_t kr = cg_alloc(c);
        uint32_t idx = cg_const_str(c, kw->arg);
        cg_emit(c, TPY_OP_LOADK, kr, idx & 0xffff, idx >> 16, 0);
        uint32_t vr = cg_expr(c, kw->value);
        cg_emit(c, TPY_OP_MAPADD, run != CG_NOREG ? run : m, kr, vr,
                TPY_F_REL_B | cg_rel(c, vr, TPY_F_REL_C));
        cg_free(c, vr);
        cg_free(c, kr);
    }
    if (run != CG_NOREG)
        merge_dict(c, m, run, base);
}

/* f(*args, **kwargs) and very long calls: the callee in r[base], a tuple
 * in r[base+1], a dict in r[base+2]. */
static void call_ex(tpy_cg *c, uint32_t base, uint32_t nfixed, const tpy_seq *args,
                    const tpy_seq *keywords)
{
    uint32_t t = base + 1;
    if (nfixed) {
        /* The registers already holding fixed arguments start the tuple. */
        cg_emit(c, TPY_OP_BUILDLIST, t, t, nfixed, 0);
        cg_free_to(c, t + 1);
        append_items(c, args, 0, t, false);
        cg_emit(c, TPY_OP_LISTTOTUPLE, t, t, 0, 0);
    } else {
        cg_alloc(c);
        sequence_into(c, args, TPY_EXPR_TUPLE, t);
    }
    int nk = TPY_SEQ_LEN(keywords);
    if (nk)
        keywords_dict(c, base, keywords);
    cg_emit(c, TPY_OP_CALLEX, base, 0, 0, nk ? TPY_CALLEX_KW : 0);
    cg_free_to(c, base + 1);
}

/* Arguments after @p nfixed registers from base, then the call. */
void cg_call_helper(tpy_cg *c, uint32_t base, uint32_t nfixed, const tpy_seq *args,
                    const tpy_seq *keywords, unsigned op)
{
    if (needs_callex(args, keywords)) {
        call_ex(c, base, nfixed, args, keywords);
        return;
    }
    int na = TPY_SEQ_LEN(args), nk = TPY_SEQ_LEN(keywords);
    for (int i = 0; i < na; i++)
        cg_expr_to(c, TPY_SEQ_GET(args, i), cg_alloc(c));
    for (int i = 0; i < nk; i++)
        cg_expr_to(c, ((tpy_keyword *)TPY_SEQ_GET(keywords, i))->value, cg_alloc(c));
    unsigned names = kwnames(c, keywords);
    cg_emit(c, op, base, nfixed + (unsigned)(na + nk), names, 0);
    cg_free_to(c, base + 1);
}

static bool is_method_call(const tpy_expr *e)
{
    const tpy_expr *f = e->v.call.func;
    return f->kind == TPY_EXPR_ATTRIBUTE && f->v.attribute.ctx == TPY_LOAD &&
           !needs_callex(e->v.call.args, e->v.call.keywords);
}

static uint32_t call(tpy_cg *c, const tpy_expr *e, uint32_t want)
{
    uint32_t base = is_top(c, want) ? want : cg_alloc(c);
    if (is_method_call(e)) {
        const tpy_expr *f = e->v.call.func;
        cg_alloc(c);  /* base + 1: self, or unbound */
        uint32_t o = cg_expr(c, f->v.attribute.value);
        unsigned name = cg_name(c, cg_mangle(c, f->v.attribute.attr));
        cg_free(c, o);
        /* As CPython: GETMETHOD at the attribute, the call at the whole
         * call (both from the method name when the attribute spans lines). */
        cg_set_loc_attr(c, f->pos, f);
        cg_emit(c, TPY_OP_GETMETHOD, base, o, name, cg_rel(c, o, TPY_F_REL_B));
        cg_set_loc_attr(c, e->pos, f);
        cg_call_helper(c, base, 0, e->v.call.args, e->v.call.keywords, TPY_OP_CALLMETHOD);
    } else {
        cg_expr_to(c, e->v.call.func, base);
        cg_set_loc(c, e->pos);
        cg_call_helper(c, base, 0, e->v.call.args, e->v.call.keywords, TPY_OP_CALL);
    }
    if (want != CG_NOREG && want != base) {
        cg_emit(c, TPY_OP_MOVE, want, base, 0, TPY_F_REL_B);
        cg_free(c, base);
        return want;
    }
    return base;
}

/* ---- f-strings -------------------------------------------------------------------------------- */

static void formatted_into(tpy_cg *c, const tpy_expr *e, uint32_t d)
{
    cg_expr_to(c, e->v.formattedvalue.value, d);
    unsigned f = 0, spec = 0;
    switch (e->v.formattedvalue.conversion) {
    case 's': f = TPY_F_SELECT(1); break;
    case 'r': f = TPY_F_SELECT(2); break;
    case 'a': f = TPY_F_SELECT(3); break;
    default: break;
    }
    if (e->v.formattedvalue.format_spec) {
        spec = cg_expr_temp(c, e->v.formattedvalue.format_spec);
        f |= TPY_FMT_HAS_SPEC | TPY_F_REL_C;
    }
    cg_emit(c, TPY_OP_FORMAT, d, d, spec, f);
    if (spec)
        cg_free(c, spec);
}

static uint32_t joinedstr(tpy_cg *c, const tpy_expr *e, uint32_t want)
{
    const tpy_seq *parts = e->v.joinedstr.values;
    int n = TPY_SEQ_LEN(parts);
    uint32_t d = is_top(c, want) ? want : cg_alloc(c);
    if (n == 0) {
        uint32_t idx = cg_const_str(c, "");
        cg_emit(c, TPY_OP_LOADK, d, idx & 0xffff, idx >> 16, 0);
    } else if (n == 1) {
        cg_expr_to(c, TPY_SEQ_GET(parts, 0), d);
    } else {
        /* Long f-strings concatenate in chunks so that registers stay
         * bounded: d accumulates, the next run follows it in d+1... */
        for (int done = 0; done < n;) {
            int run = n - done < CG_CHUNK ? n - done : CG_CHUNK;
            for (int i = 0; i < run; i++)
                cg_expr_to(c, TPY_SEQ_GET(parts, done + i), (done == 0 && i == 0) ? d : cg_alloc(c));
            cg_emit(c, TPY_OP_BUILDSTRING, d, d, (unsigned)(done ? run + 1 : run), 0);
            cg_free_to(c, d + 1);
            done += run;
        }
    }
    if (want != CG_NOREG && want != d) {
        cg_emit(c, TPY_OP_MOVE, want, d, 0, TPY_F_REL_B);
        cg_free(c, d);
        return want;
    }
    return d;
}

/* ---- yield, await, := ------------------------------------------------------------------------------- */

static uint32_t yield(tpy_cg *c, const tpy_expr *e, uint32_t want)
{
    uint32_t d = is_top(c, want) ? want : cg_alloc(c);
    if (e->v.yield.value)
        cg_expr_to(c, e->v.yield.value, d);
    else
        cg_emit(c, TPY_OP_LOADNONE, d, 0, 0, 0);
    cg_emit(c, TPY_OP_YIELD, d, 0, 0, 0);
    if (want != CG_NOREG && want != d) {
        cg_emit(c, TPY_OP_MOVE, want, d, 0, TPY_F_REL_B);
        cg_free(c, d);
        return want;
    }
    return d;
}

static uint32_t delegate(tpy_cg *c, const tpy_expr *e, uint32_t want, bool is_await)
{
    uint32_t d = is_top(c, want) ? want : cg_alloc(c);
    uint32_t v = cg_expr(c, e->v.await.value);
    cg_free(c, v);
    if (is_await) {
        cg_emit(c, TPY_OP_GETAWAITABLE, d, v, 0, v != d ? cg_rel(c, v, TPY_F_REL_B) : 0);
        cg_await_reg(c, d);
    } else {
        cg_emit(c, TPY_OP_GETYIELDFROMITER, d, v, 0, v != d ? cg_rel(c, v, TPY_F_REL_B) : 0);
        cg_yield_from_reg(c, d);
    }
    if (want != CG_NOREG && want != d) {
        cg_emit(c, TPY_OP_MOVE, want, d, 0, TPY_F_REL_B);
        cg_free(c, d);
        return want;
    }
    return d;
}

static uint32_t namedexpr(tpy_cg *c, const tpy_expr *e, uint32_t want)
{
    const char *name = e->v.namedexpr.target->v.name.id;
    uint32_t slot;
    if (cg_access_of(c, cg_mangle(c, name), &slot) == CG_FAST && want == CG_NOREG) {
        /* The value is the local itself: a copy, for a later := may change it. */
        cg_expr_to(c, e->v.namedexpr.value, slot);
        cg_flow_set(c, slot);
        uint32_t t = cg_alloc(c);
        cg_emit(c, TPY_OP_MOVE, t, slot, 0, 0);
        return t;
    }
    uint32_t d = is_top(c, want) ? want : cg_alloc(c);
    cg_expr_to(c, e->v.namedexpr.value, d);
    cg_store_name(c, name, d, false);
    if (want != CG_NOREG && want != d) {
        cg_emit(c, TPY_OP_MOVE, want, d, 0, TPY_F_REL_B);
        cg_free(c, d);
        return want;
    }
    return d;
}

/* ---- dispatch ------------------------------------------------------------------------------------------ */

static uint32_t expr_kind(tpy_cg *c, const tpy_expr *e, uint32_t want)
{
    tpy_kval k;
    switch (e->kind) {
    case TPY_EXPR_CONSTANT: {
        uint32_t d = dest_for(c, want);
        if (cg_const_of(c, e, &k))
            load_kval(c, &k, d);
        return d;
    }
    case TPY_EXPR_NAME: return cg_load_name(c, e->v.name.id, want);
    case TPY_EXPR_BINOP: return binop(c, e, want);
    case TPY_EXPR_UNARYOP: return unaryop(c, e, want);
    case TPY_EXPR_BOOLOP: return boolop(c, e, want);
    case TPY_EXPR_COMPARE: return compare_chain(c, e, want);
    case TPY_EXPR_IFEXP: return ifexp(c, e, want);
    case TPY_EXPR_ATTRIBUTE: return attribute(c, e, want);
    case TPY_EXPR_SUBSCRIPT: return subscript(c, e, want);
    case TPY_EXPR_CALL: return call(c, e, want);
    case TPY_EXPR_TUPLE: case TPY_EXPR_LIST: case TPY_EXPR_SET: return sequence(c, e, want);
    case TPY_EXPR_DICT: return dict(c, e, want);
    case TPY_EXPR_JOINEDSTR: return joinedstr(c, e, want);
    case TPY_EXPR_FORMATTEDVALUE: {
        uint32_t d = is_top(c, want) ? want : cg_alloc(c);
        formatted_into(c, e, d);
        if (want != CG_NOREG && want != d) {
            cg_emit(c, TPY_OP_MOVE, want, d, 0, TPY_F_REL_B);
            cg_free(c, d);
            return want;
        }
        return d;
    }
    case TPY_EXPR_LAMBDA: return cg_lambda(c, e, want);
    case TPY_EXPR_LISTCOMP: case TPY_EXPR_SETCOMP: case TPY_EXPR_DICTCOMP:
    case TPY_EXPR_GENERATOREXP:
        return cg_comprehension(c, e, want);
    case TPY_EXPR_YIELD: return yield(c, e, want);
    case TPY_EXPR_YIELDFROM: return delegate(c, e, want, false);
    case TPY_EXPR_AWAIT: return delegate(c, e, want, true);
    case TPY_EXPR_NAMEDEXPR: return namedexpr(c, e, want);
    case TPY_EXPR_STARRED:
        cg_error(c, e->pos, "can't use starred expression here");
        return dest_for(c, want);
    case TPY_EXPR_SLICE:
        return build_slice(c, e);
    }
    return dest_for(c, want);
}

static uint32_t expr_into(tpy_cg *c, const tpy_expr *e, uint32_t want)
{
    if (c->failed || !cg_enter(c))
        return dest_for(c, want);
    tpy_position saved = cg_loc_enter(c, e->pos);
    uint32_t r = expr_kind(c, e, want);
    cg_loc_restore(c, saved);
    cg_leave(c);
    return r;
}

/* ---- conditions ----------------------------------------------------------------------------------------- */

/* The truth of a constant, or -1 when it is not one. */
static int const_truth(const tpy_expr *e)
{
    if (e->kind != TPY_EXPR_CONSTANT)
        return -1;
    const tpy_const *v = &e->v.constant.value;
    switch (v->kind) {
    case TPY_CONST_NONE: case TPY_CONST_FALSE: return 0;
    case TPY_CONST_TRUE: case TPY_CONST_ELLIPSIS: return 1;
    case TPY_CONST_INT: return !(v->len == 1 && v->data[0] == '0');
    case TPY_CONST_STR: case TPY_CONST_BYTES: return v->len != 0;
    default: return -1;
    }
}

static void jump_boolop(tpy_cg *c, const tpy_expr *e, bool cond, uint32_t label)
{
    bool is_and = e->v.boolop.op == TPY_AND;
    int n = TPY_SEQ_LEN(e->v.boolop.values);
    /* and/false, or/true: any operand decides; otherwise the last does. */
    uint32_t skip = (is_and == !cond) ? label : cg_label(c);
    cg_flow save = {0};
    for (int i = 0; i < n - 1; i++) {
        cg_jump_if(c, TPY_SEQ_GET(e->v.boolop.values, i), !is_and, skip);
        if (i == 0)
            cg_flow_save(c, &save);
    }
    cg_jump_if(c, TPY_SEQ_GET(e->v.boolop.values, n - 1), cond, label);
    if (skip != label)
        cg_place(c, skip);
    cg_flow_meet(c, &save);
    cg_flow_drop(&save);
}

void cg_jump_if(tpy_cg *c, const tpy_expr *e, bool cond, uint32_t label)
{
    if (c->failed || !cg_enter(c))
        return;
    tpy_position saved = cg_loc_enter(c, e->pos);
    int truth = const_truth(e);
    if (truth >= 0) {
        if (truth == (int)cond)
            cg_emit_jump(c, TPY_OP_JUMP, 0, label, 0);
    } else if (e->kind == TPY_EXPR_UNARYOP && e->v.unaryop.op == TPY_NOT) {
        cg_jump_if(c, e->v.unaryop.operand, !cond, label);
    } else if (e->kind == TPY_EXPR_BOOLOP) {
        jump_boolop(c, e, cond, label);
    } else {
        uint32_t r = cg_expr(c, e);
        cg_emit_jump(c, cond ? TPY_OP_JUMPIFTRUE : TPY_OP_JUMPIFFALSE, r, label,
                     cg_rel(c, r, TPY_F_REL_A));
        cg_free(c, r);
    }
    cg_loc_restore(c, saved);
    cg_leave(c);
}
