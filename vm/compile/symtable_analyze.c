/* symtable_analyze.c: pass 2 of the symbol table. Resolve every name of
 * every block to its scope, top-down, as CPython 3.11's analyze_block().
 *
 * A block is analyzed with three sets handed down from its parent:
 *   bound   names bound in enclosing *functions* (NULL for the module):
 *           a name used here but bound there is FREE here;
 *   global  names declared global in an enclosing block;
 *   free    (filled on the way back up) names free in this block or
 *           below, which the nearest enclosing function binding them
 *           turns into a CELL.
 * A class body is not an enclosing scope for its methods: it passes its
 * parent's bound set down unchanged (plus the implicit __class__), and
 * its own bindings stay invisible below it.
 *
 * Invariant on the way back up: a name leaves a function's free set
 * exactly when that function binds it (LOCAL becomes CELL), so the free
 * set a block returns only holds names bound further out.
 *
 * The sets are temporary, in layer1 memory, and freed before returning;
 * the results are written into the symbols (scope, DEF_FREE_CLASS) and
 * blocks (free, child_free, needs_class_closure). */
#include "symtable_internal.h"

#include <string.h>

#include <tierpy/mem.h>

/* ---- name sets --------------------------------------------------------- */

/* An open-addressing set of borrowed names; a deleted slot holds TOMB so
 * that probe chains stay unbroken. */
typedef struct nameset {
    const char **slots;
    int cap, used;  /* used: live names plus tombstones */
} nameset;

static const char TOMB[] = "";

static void ns_free(nameset *ns)
{
    tpy_mem_free(ns->slots);
    ns->slots = NULL;
    ns->cap = ns->used = 0;
}

static bool is_live(const char *slot)
{
    return slot && slot != TOMB;
}

/* The slot holding @p name, or -1. */
static int ns_find(const nameset *ns, const char *name)
{
    if (!ns->cap)
        return -1;
    size_t mask = (size_t)ns->cap - 1;
    for (size_t i = tpy_st_hash_name(name) & mask;; i = (i + 1) & mask) {
        if (!ns->slots[i])
            return -1;
        if (ns->slots[i] != TOMB && strcmp(ns->slots[i], name) == 0)
            return (int)i;
    }
}

static bool ns_contains(const nameset *ns, const char *name)
{
    return ns_find(ns, name) >= 0;
}

static void ns_insert_new(nameset *ns, const char *name)
{
    size_t mask = (size_t)ns->cap - 1;
    size_t i = tpy_st_hash_name(name) & mask;
    while (is_live(ns->slots[i]))
        i = (i + 1) & mask;
    if (!ns->slots[i])
        ns->used++;
    ns->slots[i] = name;
}

/* Rebuild at twice the live count (at least 8 slots), dropping tombstones. */
static bool ns_rehash(nameset *ns)
{
    int live = 0;
    for (int i = 0; i < ns->cap; i++)
        live += is_live(ns->slots[i]);
    int cap = 8;
    while (cap < 4 * (live + 1))
        cap *= 2;
    nameset grown = {tpy_mem_calloc((size_t)cap, sizeof(const char *)), cap, 0};
    if (!grown.slots)
        return false;
    for (int i = 0; i < ns->cap; i++)
        if (is_live(ns->slots[i]))
            ns_insert_new(&grown, ns->slots[i]);
    ns_free(ns);
    *ns = grown;
    return true;
}

static bool ns_add(nameset *ns, const char *name)
{
    if (ns_contains(ns, name))
        return true;
    if (2 * (ns->used + 1) > ns->cap && !ns_rehash(ns))
        return false;
    ns_insert_new(ns, name);
    return true;
}

static void ns_discard(nameset *ns, const char *name)
{
    int i = ns_find(ns, name);
    if (i >= 0)
        ns->slots[i] = TOMB;
}

/* dst |= src */
static bool ns_union(nameset *dst, const nameset *src)
{
    for (int i = 0; i < src->cap; i++)
        if (is_live(src->slots[i]) && !ns_add(dst, src->slots[i]))
            return false;
    return true;
}

/* ---- one name ---------------------------------------------------------- */

typedef struct analysis {
    const char *src;
    size_t len;
    tpy_syntax_error *err;
} analysis;

static bool no_memory(analysis *an)
{
    return tpy_st_no_memory(an->err);
}

/* The error about a declared name points at the first global/nonlocal
 * statement (or := in a comprehension) that declared it in the block. */
static bool error_at_directive(analysis *an, const tpy_st_block *blk, const char *name,
                               const char *fmt)
{
    tpy_pos pos = {0, 0, 0, 0};
    for (int i = 0; i < TPY_SEQ_LEN(blk->directives); i++) {
        const tpy_st_directive *d = TPY_SEQ_GET(blk->directives, i);
        if (strcmp(d->name, name) == 0) {
            pos = d->pos;
            break;
        }
    }
    tpy_syntax_error_at_offsets(an->err, TPY_ERR_SYNTAX, an->src, an->len, pos.line,
                                pos.col + 1, pos.end_line, pos.end_col + 1, fmt, name);
    return false;
}

/* The sets one block's names are resolved against and add to. */
typedef struct scope_sets {
    nameset *bound;   /* NULL at module level */
    nameset *local;   /* this block's bindings */
    nameset *free;
    nameset *global;
} scope_sets;

static bool analyze_global(analysis *an, tpy_st_block *blk, tpy_symbol *sym, scope_sets *s)
{
    if (sym->flags & TPY_DEF_NONLOCAL)
        return error_at_directive(an, blk, sym->name, "name '%s' is nonlocal and global");
    sym->scope = TPY_SCOPE_GLOBAL_EXPLICIT;
    if (!ns_add(s->global, sym->name))
        return no_memory(an);
    if (s->bound)
        ns_discard(s->bound, sym->name);
    return true;
}

static bool analyze_nonlocal(analysis *an, tpy_st_block *blk, tpy_symbol *sym, scope_sets *s)
{
    if (!s->bound)
        return error_at_directive(an, blk, sym->name,
                                  "nonlocal declaration not allowed at module level");
    if (!ns_contains(s->bound, sym->name))
        return error_at_directive(an, blk, sym->name, "no binding for nonlocal '%s' found");
    sym->scope = TPY_SCOPE_FREE;
    blk->free = true;
    return ns_add(s->free, sym->name) || no_memory(an);
}

/* CPython's analyze_name(): the scope of one name from its own flags and
 * what the enclosing blocks bind or declare. */
static bool analyze_name(analysis *an, tpy_st_block *blk, tpy_symbol *sym, scope_sets *s)
{
    if (sym->flags & TPY_DEF_GLOBAL)
        return analyze_global(an, blk, sym, s);
    if (sym->flags & TPY_DEF_NONLOCAL)
        return analyze_nonlocal(an, blk, sym, s);
    if (sym->flags & TPY_DEF_BOUND) {
        sym->scope = TPY_SCOPE_LOCAL;
        ns_discard(s->global, sym->name);
        return ns_add(s->local, sym->name) || no_memory(an);
    }
    if (s->bound && ns_contains(s->bound, sym->name)) {
        sym->scope = TPY_SCOPE_FREE;
        blk->free = true;
        return ns_add(s->free, sym->name) || no_memory(an);
    }
    /* Global or builtin; in a nested block CPython flags this as "free"
     * too (it cannot know which), though the name is no closure cell. */
    if (blk->nested)
        blk->free = true;
    sym->scope = TPY_SCOPE_GLOBAL_IMPLICIT;
    return true;
}

/* ---- one block --------------------------------------------------------- */

/* A function's local that a nested block uses freely becomes a cell, and
 * the name stops travelling up. */
static void analyze_cells(tpy_st_block *blk, nameset *free)
{
    for (int i = 0; i < TPY_SEQ_LEN(blk->symbols); i++) {
        tpy_symbol *sym = TPY_SEQ_GET(blk->symbols, i);
        if (sym->scope == TPY_SCOPE_LOCAL && ns_contains(free, sym->name)) {
            sym->scope = TPY_SCOPE_CELL;
            ns_discard(free, sym->name);
        }
    }
}

/* A method's __class__ (from super() or a plain use) is the class
 * block's implicit cell, not a symbol of it. */
static void drop_class_free(tpy_st_block *blk, nameset *free)
{
    if (ns_contains(free, "__class__")) {
        ns_discard(free, "__class__");
        blk->needs_class_closure = true;
    }
}

/* Names free below that this block does not resolve: a class marks its own
 * binding of such a name DEF_FREE_CLASS (the method sees the outer one);
 * a name bound further out passes through as FREE here too, so that the
 * closure can be handed down through this block. */
static bool record_free_from_children(analysis *an, tpy_symtable *st, tpy_st_block *blk,
                                      const nameset *bound, const nameset *free)
{
    for (int i = 0; i < free->cap; i++) {
        const char *name = free->slots[i];
        if (!is_live(name))
            continue;
        tpy_symbol *sym = tpy_st_block_symbol(blk, name);
        if (sym) {
            if (blk->kind == TPY_BLOCK_CLASS && (sym->flags & (TPY_DEF_BOUND | TPY_DEF_GLOBAL)))
                sym->flags |= TPY_DEF_FREE_CLASS;
            continue;
        }
        if (bound && !ns_contains(bound, name))
            continue;  /* a global */
        sym = tpy_st_symbol(st, blk, name);
        if (!sym)
            return no_memory(an);
        sym->scope = TPY_SCOPE_FREE;
    }
    return true;
}

static bool analyze_block(analysis *an, tpy_symtable *st, tpy_st_block *blk,
                          nameset *bound, nameset *free, nameset *global);

/* Each child gets its own copies of the sets, so siblings do not see each
 * other's changes; what is free in it is collected into @p child_free. */
static bool analyze_child(analysis *an, tpy_symtable *st, tpy_st_block *child,
                          const nameset *bound, const nameset *global, nameset *child_free)
{
    /* The parent's own free set is still empty while its children are
     * analyzed, so the child starts from an empty one. */
    nameset cbound = {0}, cglobal = {0}, cfree = {0};
    bool ok = ((ns_union(&cbound, bound) && ns_union(&cglobal, global)) || no_memory(an)) &&
              analyze_block(an, st, child, &cbound, &cfree, &cglobal) &&
              (ns_union(child_free, &cfree) || no_memory(an));
    ns_free(&cbound);
    ns_free(&cglobal);
    ns_free(&cfree);
    return ok;
}

/* What the children see: a function adds its own bindings to what its
 * parent saw; a class adds nothing but __class__. */
static bool sets_for_children(tpy_st_block *blk, const nameset *bound, const nameset *local,
                              const nameset *global, nameset *newbound, nameset *newglobal)
{
    if (blk->kind == TPY_BLOCK_CLASS)
        return ns_add(newbound, "__class__");
    if (blk->kind == TPY_BLOCK_FUNCTION && !ns_union(newbound, local))
        return false;
    return (!bound || ns_union(newbound, bound)) && ns_union(newglobal, global);
}

static bool analyze_children(analysis *an, tpy_symtable *st, tpy_st_block *blk,
                             const nameset *newbound, const nameset *newglobal,
                             nameset *allfree)
{
    for (int i = 0; i < TPY_SEQ_LEN(blk->children); i++) {
        tpy_st_block *child = TPY_SEQ_GET(blk->children, i);
        if (!analyze_child(an, st, child, newbound, newglobal, allfree))
            return false;
        if (child->free || child->child_free)
            blk->child_free = true;
    }
    return true;
}

static bool analyze_symbols(analysis *an, tpy_st_block *blk, scope_sets *s)
{
    for (int i = 0; i < TPY_SEQ_LEN(blk->symbols); i++)
        if (!analyze_name(an, blk, TPY_SEQ_GET(blk->symbols, i), s))
            return false;
    return true;
}

/* A class passes down what it was given, before its own names can change
 * the sets: its bindings are not visible in its methods. */
static bool class_passes_down(const nameset *bound, const nameset *global, nameset *newbound,
                              nameset *newglobal)
{
    return ns_union(newglobal, global) && (!bound || ns_union(newbound, bound));
}

/* The free names of the children, settled against this block's own. */
static bool settle_free(analysis *an, tpy_symtable *st, tpy_st_block *blk,
                        const nameset *bound, nameset *newfree)
{
    if (blk->kind == TPY_BLOCK_FUNCTION)
        analyze_cells(blk, newfree);
    else if (blk->kind == TPY_BLOCK_CLASS)
        drop_class_free(blk, newfree);
    return record_free_from_children(an, st, blk, bound, newfree);
}

static bool analyze_block(analysis *an, tpy_symtable *st, tpy_st_block *blk,
                          nameset *bound, nameset *free, nameset *global)
{
    nameset local = {0}, newbound = {0}, newglobal = {0}, newfree = {0};
    scope_sets s = {bound, &local, free, global};
    bool is_class = blk->kind == TPY_BLOCK_CLASS;
    bool ok = (!is_class || class_passes_down(bound, global, &newbound, &newglobal) ||
               no_memory(an)) &&
              analyze_symbols(an, blk, &s) &&
              (sets_for_children(blk, bound, &local, global, &newbound, &newglobal) ||
               no_memory(an)) &&
              analyze_children(an, st, blk, &newbound, &newglobal, &newfree) &&
              settle_free(an, st, blk, bound, &newfree) &&
              (ns_union(free, &newfree) || no_memory(an));
    ns_free(&local);
    ns_free(&newbound);
    ns_free(&newglobal);
    ns_free(&newfree);
    return ok;
}

bool tpy_st_analyze(tpy_symtable *st, const char *src, size_t len, tpy_syntax_error *err)
{
    analysis an = {src, len, err};
    nameset free = {0}, global = {0};
    bool ok = analyze_block(&an, st, st->top, NULL, &free, &global);
    ns_free(&free);
    ns_free(&global);
    return ok;
}
