/*
 * codegen_internal.h: what the code generator's files share.
 *
 * One tpy_cg per compilation; one cg_unit per code unit being compiled,
 * linked to the unit it is nested in. Expressions are compiled with
 * cg_expr(), which returns the register holding the value: a named slot
 * when the value is a local that needs no copy, otherwise a temporary on
 * top of the allocator that the caller frees (cg_free) once it has emitted
 * the instruction consuming it, with that instruction's release flag set
 * (cg_rel) so that the object dies there, as on CPython's stack.
 */
#ifndef TPY_CODEGEN_INTERNAL_H
#define TPY_CODEGEN_INTERNAL_H

#include <stdbool.h>
#include <stdint.h>

#include "codegen.h"
#include "opcode.h"
#include "regalloc.h"

#define CG_NOREG UINT32_MAX
#define CG_MAX_DEPTH 3000   /* C recursion levels (the parser's trees stay well below) */
#define CG_CHUNK 64         /* display items and call arguments built per run */

/* How a name is read and written in the current unit. */
typedef enum cg_access {
    CG_FAST,    /* a local in a register */
    CG_DEREF,   /* a cell or free variable in a register */
    CG_CLASSDEREF, /* a free variable read in a class body (locals first) */
    CG_GLOBAL,  /* globals (and builtins) */
    CG_NAME,    /* the locals mapping of a module or class body */
} cg_access;

/* A block that break, continue or return must unwind (CPython's fblock). */
typedef enum cg_fkind {
    FB_WHILE, FB_FOR, FB_ASYNC_FOR, FB_TRY_EXCEPT, FB_FINALLY_TRY, FB_FINALLY_END,
    FB_HANDLER, FB_WITH, FB_ASYNC_WITH,
} cg_fkind;

typedef struct cg_fblock {
    cg_fkind kind;
    uint32_t brk, cont;       /* labels (loops) */
    uint32_t reg;             /* FOR: iterator; WITH: __exit__; HANDLER,
                                 FINALLY_END: the saved exception info */
    uint32_t reg2;            /* FINALLY_END, HANDLER: the exception register */
    const char *name;         /* HANDLER: the `as` name, or NULL */
    const tpy_seq *finalbody; /* FINALLY_TRY */
    int handler_depth;        /* handler stack height when the block opened */
    const tpy_stmt *stmt;     /* the statement, for line numbers */
} cg_fblock;

/* An exception handler: where it starts and where the exception goes. */
typedef struct cg_handler {
    uint32_t label, reg;
} cg_handler;

/* A range of code protected by handler (index into handlers, or -1). */
typedef struct cg_range {
    uint32_t start, end;
    int handler;
} cg_range;

/* Which locals are certainly bound at the current point (codegen_flow.c). */
typedef struct cg_flow {
    uint64_t *bits;     /* layer1 memory, nwords words */
    bool unreachable;   /* no path reaches here: everything counts as bound */
} cg_flow;

typedef struct cg_unit {
    struct cg_unit *parent;
    const tpy_st_block *ste;
    tpy_code *co;               /* in the output arena; filled at the end */
    tpy_code_builder b;
    tpy_regalloc ra;
    const char *qualname;       /* in the output arena */
    bool optimized;             /* a function: locals live in registers */
    bool is_class;
    /* Named slots, in register order. */
    const char **slotnames;     /* layer1 array of arena strings */
    uint8_t *slotkinds;
    uint32_t nslots, capslots;
    uint32_t *slotmap;          /* open addressing: slot + 1 */
    uint32_t slotmapcap;
    uint32_t nargs;
    /* Labels: position or UINT32_MAX; jumps to patch. */
    uint32_t *labels, nlabels, caplabels;
    uint32_t *fixups, nfixups, capfixups;     /* (pc, label) pairs */
    /* Exception handlers and protected ranges. */
    cg_handler *handlers;
    uint32_t nhandlers, caphandlers;
    int *hstack;                /* active handlers, innermost last */
    int hdepth, hcap;
    cg_range *ranges;
    uint32_t nranges, capranges;
    uint32_t range_start;
    /* Blocks to unwind. */
    cg_fblock fblocks[CG_MAX_DEPTH / 10];
    int nfblocks;
    int maxnesting;
    cg_flow flow;
    uint32_t nwords;            /* words of a flow bitset */
    const char **walrus;        /* locals assigned by := (read via a copy) */
    uint32_t nwalrus, capwalrus;
    tpy_position loc;           /* source position of what is emitted now */
    uint32_t last;              /* pc of the last instruction emitted */
    uint32_t label_at;          /* pc where the last label was placed */
} cg_unit;

typedef struct tpy_cg {
    tpy_arena *out;
    const tpy_symtable *st;
    const char *filename;
    const char *src;
    size_t len;
    tpy_syntax_error *err;
    cg_unit *u;
    const char *private_name;   /* the innermost class, for mangling */
    bool future_annotations;
    bool failed;
    int depth;
} tpy_cg;

/* ---- codegen.c ---- */
bool cg_error(tpy_cg *c, tpy_pos pos, const char *msg);
bool cg_nomem(tpy_cg *c);
bool cg_enter(tpy_cg *c);               /* recursion guard: false when too deep */
void cg_leave(tpy_cg *c);
uint32_t cg_emit(tpy_cg *c, unsigned op, unsigned a, unsigned b, unsigned cc, unsigned f);
uint32_t cg_emit_jump(tpy_cg *c, unsigned op, unsigned a, uint32_t label, unsigned f);
uint32_t cg_label(tpy_cg *c);
void cg_place(tpy_cg *c, uint32_t label);
uint32_t cg_alloc(tpy_cg *c);
uint32_t cg_alloc_n(tpy_cg *c, uint32_t n);
void cg_free(tpy_cg *c, uint32_t reg);
void cg_free_to(tpy_cg *c, uint32_t level);
bool cg_is_temp(tpy_cg *c, uint32_t reg);
unsigned cg_rel(tpy_cg *c, uint32_t reg, unsigned flag);   /* flag if temp */
uint32_t cg_const(tpy_cg *c, const tpy_kval *k);
uint32_t cg_const_str(tpy_cg *c, const char *s);
uint32_t cg_name(tpy_cg *c, const char *s);
const char *cg_mangle(tpy_cg *c, const char *name);
const char *cg_strdup(tpy_cg *c, const char *s);
int cg_slot(const cg_unit *u, const char *name);        /* -1 if none */
cg_access cg_access_of(tpy_cg *c, const char *mangled, uint32_t *slot);
/* Handlers: a new handler record; push/pop make it protect the code
 * emitted in between. */
int cg_handler_new(tpy_cg *c, uint32_t label, uint32_t reg);
void cg_handler_push(tpy_cg *c, int h);
void cg_handler_pop(tpy_cg *c);
cg_fblock *cg_fblock_push(tpy_cg *c, cg_fkind kind);
void cg_fblock_pop(tpy_cg *c);
/* Start a unit for block @p ste; @p name is the code unit's name. */
bool cg_unit_enter(tpy_cg *c, const tpy_st_block *ste, const char *name, uint32_t firstline);
/* Finish the current unit and return to its parent; NULL on failure. */
tpy_code *cg_unit_leave(tpy_cg *c);
void cg_unit_abandon(tpy_cg *c);
/* The position of the instructions emitted next: a line alone, or an AST
 * node's (CPython sets it from the node being compiled: a call's is the
 * whole call, a binary operation's the whole BinOp, an attribute's the
 * attribute node). cg_loc_enter() returns the position to restore after
 * the node. */
void cg_set_line(tpy_cg *c, int line);
void cg_set_loc(tpy_cg *c, tpy_pos pos);
tpy_position cg_loc_enter(tpy_cg *c, tpy_pos pos);
void cg_loc_restore(tpy_cg *c, tpy_position saved);
void cg_set_loc_attr(tpy_cg *c, tpy_pos pos, const tpy_expr *attr);
/* RETURNNONE unless the code already ends in a return, raise or jump that
 * no label follows. */
void cg_final_return(tpy_cg *c);

/* ---- codegen_flow.c ---- */
bool cg_flow_init(tpy_cg *c);
void cg_flow_fini(cg_unit *u);
bool cg_flow_save(tpy_cg *c, cg_flow *out);   /* a copy of the current state */
void cg_flow_restore(tpy_cg *c, cg_flow *saved); /* current = saved; frees saved */
void cg_flow_meet(tpy_cg *c, const cg_flow *other); /* current = current ∩ other */
void cg_flow_drop(cg_flow *saved);
void cg_flow_load(tpy_cg *c, const cg_flow *src);   /* current = src (kept) */
void cg_flow_set(tpy_cg *c, uint32_t slot);
void cg_flow_clear(tpy_cg *c, uint32_t slot);
bool cg_flow_bound(tpy_cg *c, uint32_t slot);
void cg_flow_dead(tpy_cg *c);                  /* after return, raise, break... */
void cg_flow_forget_deleted(tpy_cg *c, const tpy_seq *body); /* names del'd in body */
bool cg_collect_walrus(tpy_cg *c, const tpy_seq *body, const tpy_expr *expr);
bool cg_is_walrus(tpy_cg *c, const char *name);

/* ---- codegen_expr.c ---- */
uint32_t cg_expr(tpy_cg *c, const tpy_expr *e);
/* Compile into @p dest, a named slot or an allocated temporary. */
void cg_expr_to(tpy_cg *c, const tpy_expr *e, uint32_t dest);
/* Compile into a new temporary on top. */
uint32_t cg_expr_temp(tpy_cg *c, const tpy_expr *e);
void cg_jump_if(tpy_cg *c, const tpy_expr *e, bool cond, uint32_t label);
uint32_t cg_load_name(tpy_cg *c, const char *name, uint32_t dest);
bool cg_const_of(tpy_cg *c, const tpy_expr *e, tpy_kval *out);
/* l OP right into want (CG_NOREG: a new temporary); @p extra: F bits. */
uint32_t cg_binop_regs(tpy_cg *c, tpy_operator op, uint32_t l, const tpy_expr *right,
                       uint32_t want, unsigned extra);
/* The key of a subscript (a slice object for a:b:c). */
uint32_t cg_subscript_key(tpy_cg *c, const tpy_expr *slice);
void cg_call_helper(tpy_cg *c, uint32_t base, uint32_t nfixed, const tpy_seq *args,
                    const tpy_seq *keywords, unsigned op);

/* ---- codegen_stmt.c ---- */
void cg_body(tpy_cg *c, const tpy_seq *body);
void cg_stmt(tpy_cg *c, const tpy_stmt *s);
/* Store r[reg] into @p target (releasing it when @p release). */
void cg_store(tpy_cg *c, const tpy_expr *target, uint32_t reg, bool release);
void cg_store_name(tpy_cg *c, const char *name, uint32_t reg, bool release);
void cg_delete_name(tpy_cg *c, const char *name);
bool cg_is_docstring(const tpy_seq *body);

/* ---- codegen_func.c ---- */
void cg_funcdef(tpy_cg *c, const tpy_stmt *s);
void cg_classdef(tpy_cg *c, const tpy_stmt *s);
uint32_t cg_lambda(tpy_cg *c, const tpy_expr *e, uint32_t dest);
uint32_t cg_comprehension(tpy_cg *c, const tpy_expr *e, uint32_t dest);
bool cg_unit_prologue(tpy_cg *c);
bool cg_module_annotations(const tpy_seq *body);
void cg_annotation_value(tpy_cg *c, const tpy_expr *ann, uint32_t dest);

/* ---- codegen_except.c ---- */
void cg_try(tpy_cg *c, const tpy_stmt *s);
void cg_with(tpy_cg *c, const tpy_stmt *s, int item, bool is_async);
void cg_async_for(tpy_cg *c, const tpy_stmt *s);
void cg_return(tpy_cg *c, const tpy_stmt *s);
void cg_break_continue(tpy_cg *c, const tpy_stmt *s, bool is_break);
/* Await the iterator (from GETAWAITABLE) in temporary @p reg (top); the
 * result replaces it. */
void cg_await_reg(tpy_cg *c, uint32_t reg);
/* async for's step: next item of aiter r[it] into @p target; the end of
 * the iteration raises into @p handler, which cg_async_end() places. */
void cg_async_next(tpy_cg *c, uint32_t it, const tpy_expr *target, uint32_t handler);
void cg_async_end(tpy_cg *c, uint32_t it);
/* yield from the iterator in temporary @p reg (top); result replaces it. */
void cg_yield_from_reg(tpy_cg *c, uint32_t reg);

#endif /* TPY_CODEGEN_INTERNAL_H */
