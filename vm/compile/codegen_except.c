/* codegen_except.c: exceptions and the blocks that leaving code must
 * unwind: try/except/finally, with, async for, return/break/continue, and
 * the SEND loop of await and yield from.
 *
 * Handlers are entries of the zero-cost exception table (cg_handler_push /
 * cg_handler_pop bracket the code they protect). On entry to a handler
 * every register from its exception register up has been released and the
 * exception is in that register. A handler that runs user code first saves
 * the exception being handled (PUSHEXC) and is itself protected by a
 * cleanup handler that restores it (POPEXC) and re-raises, CPython 3.11's
 * protocol. A finally body is compiled twice: inline on the normal path and
 * in the exceptional handler; return, break and continue compile one more
 * copy on their way out. */
#include "codegen_internal.h"

#include <string.h>

#include <tierpy/mem.h>

/* ---- await, yield from ---------------------------------------------------------- */

/* r[reg] (the top temporary) holds an iterator; send None to it and keep
 * sending what the caller sends until it returns, yielding what it yields.
 * Its return value replaces it in r[reg]. */
static void send_loop(tpy_cg *c, uint32_t reg)
{
    uint32_t v = cg_alloc(c), top = cg_label(c), done = cg_label(c);
    cg_emit(c, TPY_OP_LOADNONE, v, 0, 0, 0);
    cg_place(c, top);
    cg_emit(c, TPY_OP_SEND, reg, v, 0, 0);
    cg_emit_jump(c, TPY_OP_JUMP, 0, done, 0);
    cg_emit(c, TPY_OP_YIELD, v, reg, 0, TPY_YIELD_FROM);
    cg_emit_jump(c, TPY_OP_JUMP, 0, top, 0);
    cg_place(c, done);
    cg_emit(c, TPY_OP_MOVE, reg, v, 0, TPY_F_REL_B);
    cg_free(c, v);
}

void cg_await_reg(tpy_cg *c, uint32_t reg)
{
    send_loop(c, reg);
}

void cg_yield_from_reg(tpy_cg *c, uint32_t reg)
{
    send_loop(c, reg);
}

/* ---- handler helpers ----------------------------------------------------------------- */

/* The registers a handler needs: e (the exception), e+1 (the exception
 * info saved by PUSHEXC) and e+2 (the cleanup handler's exception). */
static uint32_t handler_regs(tpy_cg *c)
{
    uint32_t e = cg_alloc_n(c, 3);
    cg_free_to(c, e + 2);
    return e;
}

/* The cleanup handler's code: restore the saved exception, re-raise. */
static void cleanup_code(tpy_cg *c, uint32_t label, uint32_t e)
{
    cg_place(c, label);
    cg_emit(c, TPY_OP_POPEXC, e + 1, 0, 0, 0);
    cg_emit(c, TPY_OP_RERAISE, e + 2, 0, 0, 0);
}

/* `except E as name` ends with name = None; del name (for a local, one
 * CLEAR does both). */
static void clear_handler_name(tpy_cg *c, const char *name)
{
    uint32_t slot;
    if (cg_access_of(c, cg_mangle(c, name), &slot) == CG_FAST) {
        cg_emit(c, TPY_OP_CLEAR, slot, 0, 0, 0);
        cg_flow_clear(c, slot);
        return;
    }
    uint32_t t = cg_alloc(c);
    cg_emit(c, TPY_OP_LOADNONE, t, 0, 0, 0);
    cg_store_name(c, name, t, true);
    cg_free(c, t);
    cg_delete_name(c, name);
}

/* Pop active handlers down to @p depth; returns the old depth, for
 * restore_handlers (the stack array keeps the popped ids). */
static int truncate_handlers(tpy_cg *c, int depth)
{
    int saved = c->u->hdepth;
    while (c->u->hdepth > depth)
        cg_handler_pop(c);
    return saved;
}

static void restore_handlers(tpy_cg *c, int saved)
{
    while (c->u->hdepth < saved)
        cg_handler_push(c, c->u->hstack[c->u->hdepth]);
}

/* ---- leaving blocks -------------------------------------------------------------------- */

/* The finally body, compiled with the blocks and handlers outside its try
 * (a return inside it must not run it again). */
static void inline_finally(tpy_cg *c, int index)
{
    cg_unit *u = c->u;
    cg_fblock fb = u->fblocks[index];
    int nsaved = u->nfblocks - index;
    cg_fblock *saved = tpy_mem_malloc((size_t)nsaved * sizeof *saved);
    if (!saved) {
        cg_nomem(c);
        return;
    }
    memcpy(saved, &u->fblocks[index], (size_t)nsaved * sizeof *saved);
    u->nfblocks = index;
    cg_body(c, fb.finalbody);
    memcpy(&u->fblocks[index], saved, (size_t)nsaved * sizeof *saved);
    u->nfblocks = index + nsaved;
    tpy_mem_free(saved);
}

static void with_exit_normal(tpy_cg *c, uint32_t exitreg, bool is_async)
{
    uint32_t t = cg_alloc(c);
    cg_emit(c, TPY_OP_WITHEXIT, t, exitreg, 0, TPY_F_REL_B);
    if (is_async) {
        cg_emit(c, TPY_OP_GETAWAITABLE, t, t, 0, TPY_F_SELECT(2));
        cg_await_reg(c, t);
    }
    cg_emit(c, TPY_OP_CLEAR, t, 0, 0, 0);
    cg_free(c, t);
}

/* The code that leaving block @p index needs; @p loop_exit: the loop
 * itself is being left (break), so its iterator goes. */
static void unwind_one(tpy_cg *c, int index, bool loop_exit)
{
    cg_fblock *fb = &c->u->fblocks[index];
    int saved = truncate_handlers(c, fb->handler_depth);
    switch (fb->kind) {
    case FB_FOR: case FB_ASYNC_FOR:
        if (loop_exit)
            cg_emit(c, TPY_OP_CLEAR, fb->reg, 0, 0, 0);
        break;
    case FB_FINALLY_TRY:
        inline_finally(c, index);
        break;
    case FB_FINALLY_END:
        cg_emit(c, TPY_OP_POPEXC, fb->reg, 0, 0, 0);
        cg_emit(c, TPY_OP_CLEAR, fb->reg2, 0, 0, 0);
        break;
    case FB_HANDLER:
        cg_emit(c, TPY_OP_POPEXC, fb->reg, 0, 0, 0);
        cg_emit(c, TPY_OP_CLEAR, fb->reg2, 0, 0, 0);
        if (fb->name)
            clear_handler_name(c, fb->name);
        break;
    case FB_WITH: case FB_ASYNC_WITH:
        with_exit_normal(c, fb->reg, fb->kind == FB_ASYNC_WITH);
        break;
    default:
        break;
    }
    restore_handlers(c, saved);
}

void cg_return(tpy_cg *c, const tpy_stmt *s)
{
    cg_unit *u = c->u;
    const tpy_expr *value = s->v.ret.value;
    bool unwinds = false;
    for (int i = 0; i < u->nfblocks; i++)
        unwinds |= u->fblocks[i].kind != FB_WHILE && u->fblocks[i].kind != FB_FOR &&
                   u->fblocks[i].kind != FB_TRY_EXCEPT;
    uint32_t v = CG_NOREG;
    if (value)
        v = unwinds ? cg_expr_temp(c, value) : cg_expr(c, value);
    for (int i = u->nfblocks; i-- > 0;)
        unwind_one(c, i, false);
    cg_set_loc(c, s->pos);
    if (v != CG_NOREG)
        cg_emit(c, TPY_OP_RETURN, v, 0, 0, 0);
    else
        cg_emit(c, TPY_OP_RETURNNONE, 0, 0, 0, 0);
    cg_free(c, v);
    cg_flow_dead(c);
}

void cg_break_continue(tpy_cg *c, const tpy_stmt *s, bool is_break)
{
    cg_unit *u = c->u;
    int loop = u->nfblocks - 1;
    while (loop >= 0 && u->fblocks[loop].kind != FB_WHILE && u->fblocks[loop].kind != FB_FOR &&
           u->fblocks[loop].kind != FB_ASYNC_FOR)
        loop--;
    if (loop < 0) {
        cg_error(c, s->pos, is_break ? "'break' outside loop" : "'continue' not properly in loop");
        return;
    }
    for (int i = u->nfblocks; i-- > loop + 1;)
        unwind_one(c, i, false);
    if (is_break)
        unwind_one(c, loop, true);
    cg_set_loc(c, s->pos);
    cg_emit_jump(c, TPY_OP_JUMP, 0, is_break ? u->fblocks[loop].brk : u->fblocks[loop].cont, 0);
    cg_flow_dead(c);
}

/* ---- try ------------------------------------------------------------------------------------ */

/* One except clause, at the handler with exception e; @p next is where a
 * non-matching exception goes, @p end where the statement continues. */
static void except_clause(tpy_cg *c, const tpy_excepthandler *h, uint32_t e, uint32_t next,
                          uint32_t end)
{
    cg_set_loc(c, h->pos);
    if (h->type) {
        uint32_t t = cg_expr(c, h->type);
        cg_free(c, t);
        uint32_t m = cg_alloc(c);
        cg_emit(c, TPY_OP_CHECKEXC, m, e, t, t != m ? cg_rel(c, t, TPY_F_REL_C) : 0);
        cg_emit_jump(c, TPY_OP_JUMPIFFALSE, m, next, TPY_F_REL_A);
        cg_free(c, m);
    }
    uint32_t named_cleanup = 0;
    /* Leaving the clause runs its cleanup outside the clause's own
     * handlers and outside the cleanup handler around all clauses. */
    cg_fblock *fb = cg_fblock_push(c, FB_HANDLER);
    fb->handler_depth = c->u->hdepth - 1;
    fb->reg = e + 1;
    fb->reg2 = e;
    fb->name = h->name;
    if (h->name) {
        cg_store_name(c, h->name, e, false);
        named_cleanup = cg_label(c);
        cg_handler_push(c, cg_handler_new(c, named_cleanup, e + 2));
    }
    cg_body(c, h->body);
    if (h->name)
        cg_handler_pop(c);
    cg_fblock_pop(c);
    if (!c->u->flow.unreachable) {
        cg_emit(c, TPY_OP_POPEXC, e + 1, 0, 0, 0);
        cg_emit(c, TPY_OP_CLEAR, e, 0, 0, 0);
        if (h->name)
            clear_handler_name(c, h->name);
        cg_emit_jump(c, TPY_OP_JUMP, 0, end, 0);
    }
    if (h->name) {
        /* An exception inside the clause: drop the name, re-raise (into
         * the cleanup handler around all clauses). */
        cg_place(c, named_cleanup);
        uint32_t held = cg_alloc(c);   /* e + 2 holds the exception */
        clear_handler_name(c, h->name);
        cg_emit(c, TPY_OP_RERAISE, held, 0, 0, 0);
        cg_free(c, held);
    }
}

static void try_except(tpy_cg *c, const tpy_stmt *s)
{
    uint32_t handler = cg_label(c), end = cg_label(c), cleanup = cg_label(c);
    uint32_t level = c->u->ra.free;
    cg_flow before = {0};
    cg_flow_forget_deleted(c, s->v.try.body);
    cg_flow_save(c, &before);
    cg_handler_push(c, cg_handler_new(c, handler, level));
    cg_fblock *fb = cg_fblock_push(c, FB_TRY_EXCEPT);
    fb->stmt = s;
    cg_body(c, s->v.try.body);
    cg_fblock_pop(c);
    cg_handler_pop(c);
    cg_body(c, s->v.try.orelse);
    if (!c->u->flow.unreachable)
        cg_emit_jump(c, TPY_OP_JUMP, 0, end, 0);
    cg_flow after = {0};
    cg_flow_save(c, &after);

    cg_place(c, handler);
    uint32_t e = handler_regs(c);
    cg_handler_push(c, cg_handler_new(c, cleanup, e + 2));
    cg_emit(c, TPY_OP_PUSHEXC, e, e + 1, 0, 0);
    for (int i = 0; i < TPY_SEQ_LEN(s->v.try.handlers); i++) {
        uint32_t next = cg_label(c);
        cg_flow_load(c, &before);
        except_clause(c, TPY_SEQ_GET(s->v.try.handlers, i), e, next, end);
        cg_flow_meet(c, &after);
        cg_flow_drop(&after);
        cg_flow_save(c, &after);
        cg_place(c, next);
    }
    cg_emit(c, TPY_OP_RERAISE, e, 0, 0, 0);
    cg_handler_pop(c);
    cleanup_code(c, cleanup, e);
    cg_free_to(c, level);
    cg_place(c, end);
    c->u->flow.unreachable = true;
    cg_flow_meet(c, &after);
    cg_flow_drop(&after);
    cg_flow_drop(&before);
}

static void try_finally(tpy_cg *c, const tpy_stmt *s)
{
    uint32_t handler = cg_label(c), end = cg_label(c), cleanup = cg_label(c);
    uint32_t level = c->u->ra.free;
    cg_flow before = {0};
    cg_flow_save(c, &before);
    cg_fblock *fb = cg_fblock_push(c, FB_FINALLY_TRY);
    fb->finalbody = s->v.try.finalbody;
    fb->stmt = s;
    cg_handler_push(c, cg_handler_new(c, handler, level));
    if (TPY_SEQ_LEN(s->v.try.handlers))
        try_except(c, s);
    else
        cg_body(c, s->v.try.body);
    cg_fblock_pop(c);
    cg_handler_pop(c);
    bool reachable = !c->u->flow.unreachable;
    if (reachable) {
        cg_body(c, s->v.try.finalbody);
        if (!c->u->flow.unreachable)
            cg_emit_jump(c, TPY_OP_JUMP, 0, end, 0);
    }
    cg_flow after = {0};
    cg_flow_save(c, &after);

    /* The exceptional path: before the try, less what it may delete. */
    cg_flow_restore(c, &before);
    tpy_seq *all[3] = {s->v.try.body, s->v.try.orelse, s->v.try.finalbody};
    for (int i = 0; i < 3; i++)
        cg_flow_forget_deleted(c, all[i]);
    for (int i = 0; i < TPY_SEQ_LEN(s->v.try.handlers); i++)
        cg_flow_forget_deleted(c, ((tpy_excepthandler *)TPY_SEQ_GET(s->v.try.handlers, i))->body);
    cg_place(c, handler);
    uint32_t e = handler_regs(c);
    cg_handler_push(c, cg_handler_new(c, cleanup, e + 2));
    cg_emit(c, TPY_OP_PUSHEXC, e, e + 1, 0, 0);
    fb = cg_fblock_push(c, FB_FINALLY_END);
    fb->handler_depth = c->u->hdepth - 1;
    fb->reg = e + 1;
    fb->reg2 = e;
    cg_body(c, s->v.try.finalbody);
    cg_fblock_pop(c);
    cg_handler_pop(c);
    if (!c->u->flow.unreachable) {
        cg_emit(c, TPY_OP_POPEXC, e + 1, 0, 0, 0);
        cg_emit(c, TPY_OP_RERAISE, e, 0, 0, 0);
    }
    cleanup_code(c, cleanup, e);
    cg_free_to(c, level);
    cg_place(c, end);
    c->u->flow.unreachable = true;
    cg_flow_meet(c, &after);
    cg_flow_drop(&after);
    if (!reachable)
        c->u->flow.unreachable = true;
}

void cg_try(tpy_cg *c, const tpy_stmt *s)
{
    if (TPY_SEQ_LEN(s->v.try.finalbody))
        try_finally(c, s);
    else
        try_except(c, s);
}

/* ---- with ------------------------------------------------------------------------------------ */

void cg_with(tpy_cg *c, const tpy_stmt *s, int item, bool is_async)
{
    const tpy_withitem *w = TPY_SEQ_GET(s->v.with.items, item);
    uint32_t handler = cg_label(c), end = cg_label(c), cleanup = cg_label(c), suppress = cg_label(c);
    uint32_t x = cg_expr_temp(c, w->context_expr);
    uint32_t v = cg_alloc(c);
    cg_set_loc(c, s->pos);
    cg_emit(c, is_async ? TPY_OP_BEFOREASYNCWITH : TPY_OP_BEFOREWITH, x, x, 0, 0);
    if (is_async) {
        cg_emit(c, TPY_OP_GETAWAITABLE, v, v, 0, TPY_F_SELECT(1));
        cg_await_reg(c, v);
    }
    if (w->optional_vars)
        cg_store(c, w->optional_vars, v, true);
    else
        cg_emit(c, TPY_OP_CLEAR, v, 0, 0, 0);
    cg_free(c, v);

    cg_flow before = {0};
    cg_flow_forget_deleted(c, s->v.with.body);
    cg_flow_save(c, &before);
    cg_fblock *fb = cg_fblock_push(c, is_async ? FB_ASYNC_WITH : FB_WITH);
    fb->reg = x;
    fb->stmt = s;
    cg_handler_push(c, cg_handler_new(c, handler, x + 1));
    if (item + 1 < TPY_SEQ_LEN(s->v.with.items))
        cg_with(c, s, item + 1, is_async);
    else
        cg_body(c, s->v.with.body);
    cg_fblock_pop(c);
    cg_handler_pop(c);
    cg_set_loc(c, s->pos);
    if (!c->u->flow.unreachable) {
        with_exit_normal(c, x, is_async);
        cg_emit_jump(c, TPY_OP_JUMP, 0, end, 0);
    }
    cg_flow after = {0};
    cg_flow_save(c, &after);

    /* An exception: __exit__ decides whether it is suppressed. */
    cg_place(c, handler);
    uint32_t e = handler_regs(c);
    cg_handler_push(c, cg_handler_new(c, cleanup, e + 2));
    cg_emit(c, TPY_OP_PUSHEXC, e, e + 1, 0, 0);
    uint32_t t = cg_alloc(c);
    cg_emit(c, TPY_OP_WITHEXCEXIT, t, x, e, TPY_F_REL_B);
    if (is_async) {
        cg_emit(c, TPY_OP_GETAWAITABLE, t, t, 0, TPY_F_SELECT(2));
        cg_await_reg(c, t);
    }
    cg_emit_jump(c, TPY_OP_JUMPIFTRUE, t, suppress, TPY_F_REL_A);
    cg_free(c, t);
    cg_emit(c, TPY_OP_RERAISE, e, 0, 0, 0);
    cg_place(c, suppress);
    cg_emit(c, TPY_OP_POPEXC, e + 1, 0, 0, 0);
    cg_emit(c, TPY_OP_CLEAR, e, 0, 0, 0);
    cg_emit_jump(c, TPY_OP_JUMP, 0, end, 0);
    cg_handler_pop(c);
    cleanup_code(c, cleanup, e);
    cg_free_to(c, x);
    cg_place(c, end);
    cg_flow_restore(c, &before);
    cg_flow_meet(c, &after);
    cg_flow_drop(&after);
}

/* ---- async for ------------------------------------------------------------------------------- */

void cg_async_next(tpy_cg *c, uint32_t it, const tpy_expr *target, uint32_t handler)
{
    cg_handler_push(c, cg_handler_new(c, handler, c->u->ra.free));
    uint32_t a = cg_alloc(c);
    cg_emit(c, TPY_OP_GETANEXT, a, it, 0, 0);
    cg_await_reg(c, a);
    cg_handler_pop(c);
    cg_store(c, target, a, true);
    cg_free(c, a);
}

void cg_async_end(tpy_cg *c, uint32_t it)
{
    uint32_t e = cg_alloc(c);
    cg_emit(c, TPY_OP_ENDASYNCFOR, e, it, 0, 0);
    cg_free(c, e);
}

void cg_async_for(tpy_cg *c, const tpy_stmt *s)
{
    uint32_t top = cg_label(c), end = cg_label(c), brk = cg_label(c);
    uint32_t it = cg_alloc(c);
    uint32_t v = cg_expr(c, s->v.forloop.iter);
    cg_free(c, v);
    cg_emit(c, TPY_OP_GETAITER, it, v, 0, v != it ? cg_rel(c, v, TPY_F_REL_B) : 0);
    cg_flow_forget_deleted(c, s->v.forloop.body);
    cg_flow entry = {0};
    cg_flow_save(c, &entry);
    cg_place(c, top);
    cg_fblock *fb = cg_fblock_push(c, FB_ASYNC_FOR);
    fb->brk = brk;
    fb->cont = top;
    fb->reg = it;
    fb->stmt = s;
    cg_async_next(c, it, s->v.forloop.target, end);
    cg_body(c, s->v.forloop.body);
    cg_fblock_pop(c);
    cg_set_loc(c, s->pos);
    if (!c->u->flow.unreachable)
        cg_emit_jump(c, TPY_OP_JUMP, 0, top, 0);
    cg_flow_restore(c, &entry);
    cg_flow_save(c, &entry);
    cg_place(c, end);
    cg_async_end(c, it);
    cg_body(c, s->v.forloop.orelse);
    cg_place(c, brk);
    cg_flow_restore(c, &entry);
    cg_free(c, it);
}
