/* codegen.c: the code generator's machinery: units and their named slots,
 * emitting, labels, exception ranges, blocks, and the entry points. */
#include "codegen_internal.h"

#include <string.h>

#include <tierpy/mem.h>

#include "parser.h"
#include "source.h"
#include "symtable_internal.h"

/* ---- errors and recursion ----------------------------------------------- */

bool cg_error(tpy_cg *c, tpy_pos pos, const char *msg)
{
    if (!c->failed)
        tpy_syntax_error_at(c->err, TPY_ERR_SYNTAX, c->src, c->len, pos.line, pos.col,
                            pos.end_line, pos.end_col, "%s", msg);
    c->failed = true;
    return false;
}

bool cg_nomem(tpy_cg *c)
{
    if (!c->failed)
        tpy_syntax_error_plain(c->err, "out of memory while compiling");
    c->failed = true;
    return false;
}

bool cg_enter(tpy_cg *c)
{
    if (++c->depth <= CG_MAX_DEPTH)
        return true;
    if (!c->failed) {
        tpy_syntax_error_plain(c->err, "too many nested expressions or statements");
        c->failed = true;
    }
    return false;
}

void cg_leave(tpy_cg *c)
{
    c->depth--;
}

void cg_set_line(tpy_cg *c, int line)
{
    if (line > 0)
        c->u->loc = (tpy_position){(uint32_t)line, (uint32_t)line, -1, -1};
}

/* An AST position as an instruction's: nodes the parser made up (line 0)
 * leave the current position; columns that do not make sense are dropped
 * (linetable.c checks them again). */
void cg_set_loc(tpy_cg *c, tpy_pos pos)
{
    if (pos.line <= 0)
        return;
    tpy_position p = {(uint32_t)pos.line, (uint32_t)pos.line, pos.col, pos.end_col};
    if (pos.end_line > pos.line)
        p.end_line = (uint32_t)pos.end_line;
    else if (pos.end_line < pos.line || pos.end_col < pos.col)
        p.col = p.end_col = -1;
    if (p.col < 0 || p.end_col < 0)
        p.col = p.end_col = -1;
    c->u->loc = p;
}

tpy_position cg_loc_enter(tpy_cg *c, tpy_pos pos)
{
    tpy_position saved = c->u->loc;
    cg_set_loc(c, pos);
    return saved;
}

void cg_loc_restore(tpy_cg *c, tpy_position saved)
{
    c->u->loc = saved;
}

/* CPython 3.11's update_start_location_to_match_attr(): an attribute
 * spread over lines starts, for the instructions that use its name
 * (GETMETHOD, the call, SETATTR), where the name does: at `.meth` on the
 * last line, so that the traceback's markers point there. */
void cg_set_loc_attr(tpy_cg *c, tpy_pos pos, const tpy_expr *attr)
{
    cg_set_loc(c, pos);
    tpy_pos a = attr->pos;
    if (a.line == a.end_line || a.end_line <= 0)
        return;
    tpy_position *p = &c->u->loc;
    int len = (int)strlen(attr->v.attribute.attr);
    p->line = (uint32_t)a.end_line;
    p->col = len <= a.end_col ? a.end_col - len : -1;
    if (p->end_line < p->line)
        p->end_line = p->line;
    if (p->col < 0)
        p->end_col = -1;
    else if (p->line == p->end_line && p->end_col < p->col)
        p->end_col = p->col;
}

/* ---- growable arrays ------------------------------------------------------ */

static bool reserve(tpy_cg *c, void **arr, uint32_t n, uint32_t *cap, size_t size)
{
    if (n < *cap)
        return true;
    uint32_t ncap = *cap ? *cap * 2 : 16;
    void *p = tpy_mem_realloc(*arr, (size_t)ncap * size);
    if (!p)
        return cg_nomem(c);
    *arr = p;
    *cap = ncap;
    return true;
}

/* ---- emitting ------------------------------------------------------------ */

uint32_t cg_emit(tpy_cg *c, unsigned op, unsigned a, unsigned b, unsigned cc, unsigned f)
{
    cg_unit *u = c->u;
    const tpy_opinfo *info = tpy_opinfo_of(op);
    uint32_t pc = tpy_code_emit(&u->b, tpy_i_abc(op, a, b, cc, f), &u->loc);
    if (pc < u->b.ncode)   /* not when out of memory: nothing was emitted */
        u->last = pc;
    for (unsigned i = 0; i < info->cache; i++)
        tpy_code_emit(&u->b, 0, &u->loc);
    if (u->b.nomem)
        cg_nomem(c);
    return pc;
}

uint32_t cg_label(tpy_cg *c)
{
    cg_unit *u = c->u;
    if (!reserve(c, (void **)&u->labels, u->nlabels, &u->caplabels, sizeof *u->labels))
        return 0;
    u->labels[u->nlabels] = UINT32_MAX;
    return u->nlabels++;
}

void cg_place(tpy_cg *c, uint32_t label)
{
    cg_unit *u = c->u;
    if (label < u->nlabels)
        u->labels[label] = u->b.ncode;
    u->label_at = u->b.ncode;
}

uint32_t cg_emit_jump(tpy_cg *c, unsigned op, unsigned a, uint32_t label, unsigned f)
{
    cg_unit *u = c->u;
    uint32_t pc = cg_emit(c, op, a, 0, 0, f);
    if (reserve(c, (void **)&u->fixups, u->nfixups + 1, &u->capfixups, sizeof *u->fixups)) {
        u->fixups[u->nfixups++] = pc;
        u->fixups[u->nfixups++] = label;
    }
    return pc;
}

/* Point every jump at its label: offsets count from the word after the
 * instruction and its caches. */
static bool patch_jumps(tpy_cg *c)
{
    cg_unit *u = c->u;
    for (uint32_t i = 0; i < u->nfixups; i += 2) {
        uint32_t pc = u->fixups[i], target = u->labels[u->fixups[i + 1]];
        if (target == UINT32_MAX)
            return cg_error(c, (tpy_pos){0, 0, 0, 0}, "internal error: unplaced label");
        tpy_instr in = u->b.code[pc];
        int64_t off = (int64_t)target - (int64_t)(pc + tpy_op_width(TPY_I_OP(in)));
        u->b.code[pc] = tpy_i_aj(TPY_I_OP(in), TPY_I_A(in), (int32_t)off, TPY_I_F(in));
    }
    return true;
}

/* ---- registers ----------------------------------------------------------- */

uint32_t cg_alloc(tpy_cg *c)
{
    return cg_alloc_n(c, 1);
}

uint32_t cg_alloc_n(tpy_cg *c, uint32_t n)
{
    uint32_t reg = tpy_ra_alloc_n(&c->u->ra, n);
    if (c->u->ra.overflow && !c->failed)
        cg_error(c, (tpy_pos){(int)c->u->loc.line, -1, 0, 0}, "too many registers needed by one function");
    return reg;
}

void cg_free(tpy_cg *c, uint32_t reg)
{
    if (reg != CG_NOREG)
        tpy_ra_free(&c->u->ra, reg);
}

void cg_free_to(tpy_cg *c, uint32_t level)
{
    tpy_ra_free_to(&c->u->ra, level);
}

bool cg_is_temp(tpy_cg *c, uint32_t reg)
{
    return tpy_ra_is_temp(&c->u->ra, reg);
}

unsigned cg_rel(tpy_cg *c, uint32_t reg, unsigned flag)
{
    return cg_is_temp(c, reg) ? flag : 0;
}

/* ---- constants and names -------------------------------------------------- */

const char *cg_strdup(tpy_cg *c, const char *s)
{
    const char *copy = tpy_arena_strndup(c->out, s, strlen(s));
    if (!copy)
        cg_nomem(c);
    return copy ? copy : "";
}

uint32_t cg_const(tpy_cg *c, const tpy_kval *k)
{
    uint32_t i = tpy_code_const(&c->u->b, k);
    if (i == UINT32_MAX) {
        cg_nomem(c);
        return 0;
    }
    return i;
}

uint32_t cg_const_str(tpy_cg *c, const char *s)
{
    /* A failed copy is "" (the unit is already failing): its length, not s's. */
    const char *copy = cg_strdup(c, s);
    tpy_kval k = {.kind = TPY_K_STR, .len = (uint32_t)strlen(copy), .u.s = copy};
    return cg_const(c, &k);
}

uint32_t cg_name(tpy_cg *c, const char *s)
{
    uint32_t i = tpy_code_name(&c->u->b, s);
    if (i == UINT32_MAX)
        cg_nomem(c);
    else if (i > 0xffff)
        cg_error(c, (tpy_pos){(int)c->u->loc.line, -1, 0, 0}, "too many names in one code unit");
    return i == UINT32_MAX ? 0 : i;
}

const char *cg_mangle(tpy_cg *c, const char *name)
{
    const char *m = tpy_st_mangle(c->out, c->private_name, name);
    if (!m)
        cg_nomem(c);
    return m ? m : name;
}

/* ---- named slots ------------------------------------------------------------ */

static uint64_t slot_hash(const char *s)
{
    uint64_t h = 0xcbf29ce484222325ull;
    for (; *s; s++)
        h = (h ^ (unsigned char)*s) * 0x100000001b3ull;
    return h;
}

int cg_slot(const cg_unit *u, const char *name)
{
    if (!u->slotmapcap)
        return -1;
    uint32_t mask = u->slotmapcap - 1;
    for (uint32_t i = (uint32_t)slot_hash(name) & mask; u->slotmap[i]; i = (i + 1) & mask)
        if (strcmp(u->slotnames[u->slotmap[i] - 1], name) == 0)
            return (int)u->slotmap[i] - 1;
    return -1;
}

static bool slotmap_insert(tpy_cg *c, cg_unit *u, uint32_t slot)
{
    if ((u->nslots + 1) * 2 > u->slotmapcap) {
        uint32_t ncap = u->slotmapcap ? u->slotmapcap * 2 : 32;
        uint32_t *m = tpy_mem_calloc(ncap, sizeof *m);
        if (!m)
            return cg_nomem(c);
        tpy_mem_free(u->slotmap);
        u->slotmap = m;
        u->slotmapcap = ncap;
        for (uint32_t s = 0; s < slot; s++)
            slotmap_insert(c, u, s);
    }
    uint32_t mask = u->slotmapcap - 1, i = (uint32_t)slot_hash(u->slotnames[slot]) & mask;
    while (u->slotmap[i])
        i = (i + 1) & mask;
    u->slotmap[i] = slot + 1;
    return true;
}

/* Add a named slot unless the name has one; kinds are or-ed in. */
static bool add_slot(tpy_cg *c, const char *name, uint8_t kind)
{
    cg_unit *u = c->u;
    int have = cg_slot(u, name);
    if (have >= 0) {
        u->slotkinds[have] |= kind;
        return true;
    }
    uint32_t cap = u->capslots;
    if (!reserve(c, (void **)&u->slotnames, u->nslots, &cap, sizeof *u->slotnames))
        return false;
    if (cap != u->capslots) {
        uint8_t *k = tpy_mem_realloc(u->slotkinds, cap);
        if (!k)
            return cg_nomem(c);
        u->slotkinds = k;
        u->capslots = cap;
    }
    u->slotnames[u->nslots] = cg_strdup(c, name);
    u->slotkinds[u->nslots] = kind;
    u->nslots++;
    return slotmap_insert(c, u, u->nslots - 1);
}

/* Slots in register order: parameters, locals and cells, free variables. */
static bool make_slots(tpy_cg *c, const tpy_st_block *ste)
{
    cg_unit *u = c->u;
    for (int i = 0; i < TPY_SEQ_LEN(ste->varnames); i++) {
        const char *n = TPY_SEQ_GET(ste->varnames, i);
        uint8_t cell = tpy_st_block_scope(ste, n) == TPY_SCOPE_CELL ? TPY_SLOT_CELL : TPY_SLOT_LOCAL;
        if (!add_slot(c, n, TPY_SLOT_ARG | cell))
            return false;
    }
    u->nargs = u->nslots;
    if (ste->kind == TPY_BLOCK_CLASS && ste->needs_class_closure &&
        !add_slot(c, "__class__", TPY_SLOT_CELL))
        return false;
    for (int pass = 0; pass < 2; pass++) {
        for (int i = 0; i < TPY_SEQ_LEN(ste->symbols); i++) {
            const tpy_symbol *sym = TPY_SEQ_GET(ste->symbols, i);
            bool free = sym->scope == TPY_SCOPE_FREE ||
                        (ste->kind == TPY_BLOCK_CLASS && (sym->flags & TPY_DEF_FREE_CLASS));
            if (pass == 1 && free && !add_slot(c, sym->name, TPY_SLOT_FREE))
                return false;
            if (pass == 0 && sym->scope == TPY_SCOPE_CELL && !add_slot(c, sym->name, TPY_SLOT_CELL))
                return false;
            if (pass == 0 && u->optimized && sym->scope == TPY_SCOPE_LOCAL &&
                !add_slot(c, sym->name, TPY_SLOT_LOCAL))
                return false;
        }
    }
    return true;
}

cg_access cg_access_of(tpy_cg *c, const char *mangled, uint32_t *slot)
{
    cg_unit *u = c->u;
    tpy_scope sc = tpy_st_block_scope(u->ste, mangled);
    int s = cg_slot(u, mangled);
    *slot = s < 0 ? 0 : (uint32_t)s;
    switch (sc) {
    case TPY_SCOPE_FREE:
        return u->is_class ? CG_CLASSDEREF : CG_DEREF;
    case TPY_SCOPE_CELL:
        return u->optimized || u->is_class ? (s >= 0 ? CG_DEREF : CG_NAME) : CG_NAME;
    case TPY_SCOPE_LOCAL:
        return u->optimized && s >= 0 ? CG_FAST : CG_NAME;
    case TPY_SCOPE_GLOBAL_EXPLICIT:
        return CG_GLOBAL;
    case TPY_SCOPE_GLOBAL_IMPLICIT:
        return u->optimized ? CG_GLOBAL : CG_NAME;
    default:
        /* Names the symbol table never saw (e.g. __class__ in a class
         * body reading its own cell, or the implicit names codegen uses). */
        if (s >= 0)
            return (u->slotkinds[s] & (TPY_SLOT_CELL | TPY_SLOT_FREE)) ? CG_DEREF : CG_FAST;
        return u->optimized ? CG_GLOBAL : CG_NAME;
    }
}

/* ---- handlers and blocks ------------------------------------------------------ */

/* The range open since range_start ends here; the next one belongs to
 * handler @p next. */
static void switch_range(tpy_cg *c, int next)
{
    cg_unit *u = c->u;
    int cur = u->hdepth ? u->hstack[u->hdepth - 1] : -1;
    if (cur == next)
        return;
    uint32_t pc = u->b.ncode;
    if (pc > u->range_start && cur >= 0 &&
        reserve(c, (void **)&u->ranges, u->nranges, &u->capranges, sizeof *u->ranges))
        u->ranges[u->nranges++] = (cg_range){u->range_start, pc, cur};
    u->range_start = pc;
}

int cg_handler_new(tpy_cg *c, uint32_t label, uint32_t reg)
{
    cg_unit *u = c->u;
    if (!reserve(c, (void **)&u->handlers, u->nhandlers, &u->caphandlers, sizeof *u->handlers))
        return 0;
    u->handlers[u->nhandlers] = (cg_handler){label, reg};
    return (int)u->nhandlers++;
}

void cg_handler_push(tpy_cg *c, int h)
{
    cg_unit *u = c->u;
    uint32_t cap = (uint32_t)u->hcap;
    if (!reserve(c, (void **)&u->hstack, (uint32_t)u->hdepth, &cap, sizeof *u->hstack))
        return;
    u->hcap = (int)cap;
    switch_range(c, h);
    u->hstack[u->hdepth++] = h;
}

void cg_handler_pop(tpy_cg *c)
{
    cg_unit *u = c->u;
    if (u->hdepth == 0)
        return;
    switch_range(c, u->hdepth > 1 ? u->hstack[u->hdepth - 2] : -1);
    u->hdepth--;
}

/* Resolve the ranges into the exception table, merging neighbours. */
static void emit_exctable(tpy_cg *c)
{
    cg_unit *u = c->u;
    while (u->hdepth)
        cg_handler_pop(c);
    tpy_exc_entry prev = {0, 0, 0, 0};
    bool have = false;
    for (uint32_t i = 0; i < u->nranges; i++) {
        const cg_range *r = &u->ranges[i];
        const cg_handler *h = &u->handlers[r->handler];
        tpy_exc_entry e = {r->start, r->end, u->labels[h->label], h->reg};
        if (have && prev.end == e.start && prev.target == e.target && prev.reg == e.reg) {
            prev.end = e.end;
            continue;
        }
        if (have)
            tpy_code_add_exc(&u->b, prev);
        prev = e;
        have = true;
    }
    if (have)
        tpy_code_add_exc(&u->b, prev);
}

cg_fblock *cg_fblock_push(tpy_cg *c, cg_fkind kind)
{
    cg_unit *u = c->u;
    if (u->nfblocks >= (int)(sizeof u->fblocks / sizeof u->fblocks[0])) {
        cg_error(c, (tpy_pos){(int)u->loc.line, -1, 0, 0}, "too many statically nested blocks");
        return &u->fblocks[u->nfblocks - 1];
    }
    cg_fblock *fb = &u->fblocks[u->nfblocks++];
    memset(fb, 0, sizeof *fb);
    fb->kind = kind;
    fb->handler_depth = u->hdepth;
    if (u->nfblocks > u->maxnesting)
        u->maxnesting = u->nfblocks;
    return fb;
}

void cg_fblock_pop(tpy_cg *c)
{
    if (c->u->nfblocks > 0)
        c->u->nfblocks--;
}

void cg_final_return(tpy_cg *c)
{
    cg_unit *u = c->u;
    if (c->failed)
        return;
    bool falls = u->b.ncode == 0 || u->label_at == u->b.ncode ||
                 !(tpy_opinfo_of(TPY_I_OP(u->b.code[u->last]))->flags & TPY_OPF_NOFALL);
    if (falls)
        cg_emit(c, TPY_OP_RETURNNONE, 0, 0, 0, 0);
}

/* ---- units ------------------------------------------------------------------------ */

/* CPython's qualified name: the parent's, then ".<locals>" after a function. */
static const char *make_qualname(tpy_cg *c, const tpy_st_block *ste, const char *name)
{
    cg_unit *parent = c->u;
    if (!parent || parent->ste->kind == TPY_BLOCK_MODULE)
        return cg_strdup(c, name);
    if ((ste->kind == TPY_BLOCK_FUNCTION || ste->kind == TPY_BLOCK_CLASS) &&
        tpy_st_block_scope(parent->ste, cg_mangle(c, name)) == TPY_SCOPE_GLOBAL_EXPLICIT)
        return cg_strdup(c, name);
    const char *pq = parent->qualname;
    bool fn = parent->ste->kind == TPY_BLOCK_FUNCTION;
    size_t n = strlen(pq) + strlen(name) + 16;
    char *q = tpy_arena_alloc(c->out, n);
    if (!q) {
        cg_nomem(c);
        return name;
    }
    snprintf(q, n, "%s%s.%s", pq, fn ? ".<locals>" : "", name);
    return q;
}

bool cg_unit_enter(tpy_cg *c, const tpy_st_block *ste, const char *name, uint32_t firstline)
{
    cg_unit *u = tpy_mem_calloc(1, sizeof *u);
    tpy_code *co = tpy_arena_calloc(c->out, sizeof *co);
    if (!u || !co) {
        tpy_mem_free(u);
        return cg_nomem(c);
    }
    const char *qualname = make_qualname(c, ste, name);
    u->parent = c->u;
    u->ste = ste;
    u->co = co;
    u->qualname = qualname;
    u->optimized = ste->kind == TPY_BLOCK_FUNCTION;
    u->is_class = ste->kind == TPY_BLOCK_CLASS;
    uint32_t first = firstline ? firstline : 1;
    u->loc = (tpy_position){first, first, -1, -1};
    u->label_at = UINT32_MAX;
    co->firstline = first;
    tpy_code_builder_init(&u->b, c->out);
    c->u = u;
    if (!tpy_name_make(c->out, name, strlen(name), &co->name) ||
        !tpy_name_make(c->out, qualname, strlen(qualname), &co->qualname) ||
        !tpy_name_make(c->out, c->filename, strlen(c->filename), &co->filename))
        return cg_nomem(c);
    if (!make_slots(c, ste))
        return false;
    tpy_ra_init(&u->ra, u->nslots);
    return cg_flow_init(c);
}

static void unit_free(cg_unit *u)
{
    tpy_code_builder_fini(&u->b);
    cg_flow_fini(u);
    tpy_mem_free(u->slotnames);
    tpy_mem_free(u->slotkinds);
    tpy_mem_free(u->slotmap);
    tpy_mem_free(u->labels);
    tpy_mem_free(u->fixups);
    tpy_mem_free(u->handlers);
    tpy_mem_free(u->hstack);
    tpy_mem_free(u->ranges);
    tpy_mem_free(u->walrus);
    tpy_mem_free(u);
}

void cg_unit_abandon(tpy_cg *c)
{
    cg_unit *u = c->u;
    c->u = u->parent;
    unit_free(u);
}

static uint32_t unit_flags(tpy_cg *c, const cg_unit *u, uint32_t nfree, bool cells)
{
    const tpy_st_block *ste = u->ste;
    uint32_t f = 0;
    if (ste->kind == TPY_BLOCK_FUNCTION) {
        f |= TPY_CO_OPTIMIZED | TPY_CO_NEWLOCALS;
        if (ste->nested)
            f |= TPY_CO_NESTED;
        if (ste->generator && ste->coroutine)
            f |= TPY_CO_ASYNC_GENERATOR;
        else if (ste->generator)
            f |= TPY_CO_GENERATOR;
        else if (ste->coroutine)
            f |= TPY_CO_COROUTINE;
        if (ste->varargs)
            f |= TPY_CO_VARARGS;
        if (ste->varkeywords)
            f |= TPY_CO_VARKEYWORDS;
    }
    if (!nfree && !cells)
        f |= TPY_CO_NOFREE;
    if (c->future_annotations)
        f |= TPY_CO_FUTURE_ANNOTATIONS;
    return f;
}

tpy_code *cg_unit_leave(tpy_cg *c)
{
    cg_unit *u = c->u;
    tpy_code *co = u->co;
    bool ok = !c->failed && patch_jumps(c);
    if (ok) {
        emit_exctable(c);
        tpy_name *slotnames = tpy_arena_alloc(c->out, (u->nslots + 1) * sizeof *slotnames);
        uint8_t *kinds = tpy_arena_alloc(c->out, u->nslots + 1);
        ok = slotnames && kinds;
        uint32_t nfree = 0;
        bool cells = false;
        for (uint32_t i = 0; ok && i < u->nslots; i++) {
            slotnames[i] = (tpy_name){u->slotnames[i], (uint32_t)strlen(u->slotnames[i])};
            kinds[i] = u->slotkinds[i];
            nfree += !!(kinds[i] & TPY_SLOT_FREE);
            cells |= !!(kinds[i] & TPY_SLOT_CELL);
        }
        if (ok) {
            co->slotnames = slotnames;
            co->slotkinds = kinds;
            co->nlocals = u->nslots;
            co->nfree = nfree;
            co->nregs = u->ra.max;
            co->maxnesting = (uint32_t)u->maxnesting;
            co->flags |= unit_flags(c, u, nfree, cells);
            ok = tpy_code_finish(&u->b, co);
        }
        if (!ok)
            cg_nomem(c);
    }
    cg_unit_abandon(c);
    return ok ? co : NULL;
}

/* ---- entry points --------------------------------------------------------------- */

tpy_code *tpy_codegen_module(tpy_arena *out, const tpy_mod *mod, const tpy_symtable *st,
                             const char *filename, const char *src, size_t len,
                             tpy_syntax_error *err)
{
    tpy_cg c = {.out = out, .st = st, .filename = filename, .src = src, .len = len,
                .err = err, .future_annotations = st->future.annotations};
    int first = TPY_SEQ_LEN(mod->body) ? ((tpy_stmt *)TPY_SEQ_GET(mod->body, 0))->pos.line : 1;
    if (!cg_unit_enter(&c, st->top, "<module>", 1)) {
        if (c.u)
            cg_unit_abandon(&c);
        return NULL;
    }
    cg_set_line(&c, first);
    cg_unit_prologue(&c);
    cg_collect_walrus(&c, NULL, NULL);
    if (cg_module_annotations(mod->body))
        cg_emit(&c, TPY_OP_SETUPANNOTATIONS, 0, 0, 0, 0);
    if (cg_is_docstring(mod->body)) {
        tpy_kval doc;
        const tpy_stmt *d = TPY_SEQ_GET(mod->body, 0);
        if (cg_const_of(&c, d->v.expr.value, &doc)) {
            uint32_t t = cg_alloc(&c), k = cg_const(&c, &doc);
            cg_emit(&c, TPY_OP_LOADK, t, k & 0xffff, k >> 16, 0);
            cg_emit(&c, TPY_OP_SETNAME, t, cg_name(&c, "__doc__"), 0, TPY_F_REL_A);
            cg_free(&c, t);
        }
    }
    cg_body(&c, mod->body);
    cg_final_return(&c);
    tpy_code *co = cg_unit_leave(&c);
    return c.failed ? NULL : co;
}

tpy_code *tpy_compile_source(tpy_arena *out, const char *bytes, size_t len,
                             const char *filename, tpy_syntax_error *err)
{
    tpy_arena *ast = tpy_arena_new();
    if (!ast) {
        tpy_syntax_error_plain(err, "out of memory");
        return NULL;
    }
    size_t textlen;
    const char *text = tpy_source_prepare(ast, bytes, len, &textlen, err);
    tpy_mod *mod = text ? tpy_parse_text(ast, text, textlen, err) : NULL;
    tpy_symtable *st = mod ? tpy_symtable_build(mod, text, textlen, err) : NULL;
    tpy_code *co = st ? tpy_codegen_module(out, mod, st, filename, text, textlen, err) : NULL;
    tpy_symtable_free(st);
    tpy_arena_delete(ast);
    return co;
}
