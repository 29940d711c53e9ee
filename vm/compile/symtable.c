/* symtable.c: the table itself — blocks, their symbol maps, name mangling,
 * the node -> block map — and the build that runs the passes. */
#include "symtable_internal.h"

#include <stdint.h>
#include <string.h>

#include <tierpy/mem.h>

size_t tpy_st_hash_name(const char *s)
{
    size_t h = 2166136261u;
    for (; *s; s++)
        h = (h ^ (unsigned char)*s) * 16777619u;
    return h;
}

static size_t hash_pointer(const void *p)
{
    uintptr_t x = (uintptr_t)p;
    x ^= x >> 17;
    x *= 0x9E3779B97F4A7C15ull;
    return (size_t)(x ^ (x >> 29));
}

/* ---- errors ------------------------------------------------------------ */

bool tpy_st_fail(tpy_st_builder *b, tpy_pos pos, const char *fmt, const char *name)
{
    tpy_syntax_error_at_offsets(b->err, TPY_ERR_SYNTAX, b->src, b->len, pos.line,
                                pos.col + 1, pos.end_line, pos.end_col + 1, fmt, name);
    return false;
}

bool tpy_st_no_memory(tpy_syntax_error *err)
{
    tpy_syntax_error_plain(err, "out of memory");
    return false;
}

/* ---- symbols of a block ------------------------------------------------ */

static tpy_symbol *symbol_at(const tpy_st_block *blk, int i)
{
    return TPY_SEQ_GET(blk->symbols, i);
}

/* The slot of @p name in blk->index: its entry, or the empty slot where it
 * would go. The index is never full (kept at most half used). */
static int *index_slot(const tpy_st_block *blk, const char *name)
{
    size_t mask = (size_t)blk->index_cap - 1;
    for (size_t i = tpy_st_hash_name(name) & mask;; i = (i + 1) & mask) {
        int *slot = &blk->index[i];
        if (*slot == 0 || strcmp(symbol_at(blk, *slot - 1)->name, name) == 0)
            return slot;
    }
}

/* Double the index (or make the first) and re-insert every symbol. The old
 * array stays in the arena: growth by doubling wastes at most what the
 * final index holds. */
static bool index_grow(tpy_arena *a, tpy_st_block *blk)
{
    int cap = blk->index_cap ? blk->index_cap * 2 : 16;
    int *index = tpy_arena_calloc(a, (size_t)cap * sizeof *index);
    if (!index)
        return false;
    blk->index = index;
    blk->index_cap = cap;
    for (int i = 0; i < TPY_SEQ_LEN(blk->symbols); i++)
        *index_slot(blk, symbol_at(blk, i)->name) = i + 1;
    return true;
}

tpy_symbol *tpy_st_block_symbol(const tpy_st_block *blk, const char *name)
{
    if (!blk->index_cap)
        return NULL;
    int slot = *index_slot(blk, name);
    return slot ? symbol_at(blk, slot - 1) : NULL;
}

tpy_scope tpy_st_block_scope(const tpy_st_block *blk, const char *name)
{
    const tpy_symbol *sym = tpy_st_block_symbol(blk, name);
    return sym ? sym->scope : TPY_SCOPE_NONE;
}

tpy_symbol *tpy_st_symbol(tpy_symtable *st, tpy_st_block *blk, const char *name)
{
    tpy_symbol *sym = tpy_st_block_symbol(blk, name);
    if (sym)
        return sym;
    if (2 * (TPY_SEQ_LEN(blk->symbols) + 1) > blk->index_cap && !index_grow(st->arena, blk))
        return NULL;
    sym = tpy_arena_calloc(st->arena, sizeof *sym);
    if (!sym || !tpy_seq_append(st->arena, &blk->symbols, sym))
        return NULL;
    sym->name = name;
    *index_slot(blk, name) = TPY_SEQ_LEN(blk->symbols);
    return sym;
}

/* ---- name mangling ----------------------------------------------------- */

const char *tpy_st_mangle(tpy_arena *a, const char *private_name, const char *name)
{
    size_t n = strlen(name);
    if (!private_name || n < 2 || name[0] != '_' || name[1] != '_')
        return name;
    /* __dunder__ names, and dotted module names of an import, stay. */
    if ((name[n - 1] == '_' && name[n - 2] == '_') || strchr(name, '.'))
        return name;
    while (*private_name == '_')
        private_name++;
    if (!*private_name)
        return name;  /* a class named only with underscores */
    size_t p = strlen(private_name);
    char *out = tpy_arena_alloc(a, 1 + p + n + 1);
    if (!out)
        return NULL;
    out[0] = '_';
    memcpy(out + 1, private_name, p);
    memcpy(out + 1 + p, name, n + 1);
    return out;
}

/* ---- the node -> block map --------------------------------------------- */

static tpy_st_block **node_slot(const tpy_symtable *st, const void *node)
{
    size_t mask = (size_t)st->by_node_cap - 1;
    for (size_t i = hash_pointer(node) & mask;; i = (i + 1) & mask) {
        tpy_st_block **slot = &st->by_node[i];
        if (!*slot || (*slot)->node == node)
            return slot;
    }
}

static bool node_map_add(tpy_symtable *st, tpy_st_block *blk)
{
    if (2 * (st->nblocks + 1) > st->by_node_cap) {
        tpy_st_block **old = st->by_node;
        int oldcap = st->by_node_cap;
        st->by_node_cap = oldcap ? oldcap * 2 : 64;
        st->by_node = tpy_arena_calloc(st->arena, (size_t)st->by_node_cap * sizeof *old);
        if (!st->by_node)
            return false;
        for (int i = 0; i < oldcap; i++)
            if (old[i])
                *node_slot(st, old[i]->node) = old[i];
    }
    *node_slot(st, blk->node) = blk;
    st->nblocks++;
    return true;
}

tpy_st_block *tpy_symtable_lookup(const tpy_symtable *st, const void *node)
{
    if (!st->by_node_cap)
        return NULL;
    return *node_slot(st, node);
}

/* ---- opening and closing blocks ---------------------------------------- */

tpy_st_block *tpy_st_enter(tpy_st_builder *b, tpy_block_kind kind, const char *name,
                           const void *node, int line, tpy_pos pos)
{
    tpy_symtable *st = b->st;
    tpy_st_block *blk = tpy_arena_calloc(st->arena, sizeof *blk);
    if (!blk)
        return NULL;
    tpy_st_block *parent = b->cur;
    blk->kind = kind;
    blk->name = name;
    blk->node = node;
    blk->line = line;
    blk->pos = pos;
    blk->parent = parent;
    if (parent) {
        blk->nested = parent->nested || parent->kind == TPY_BLOCK_FUNCTION;
        /* bpo-37757: no := anywhere inside a comprehension's iterable, even
         * within a lambda or another comprehension there. */
        blk->comp_iter_expr = parent->comp_iter_expr;
    }
    /* Annotation blocks are never compiled (they become strings), so they
     * are nobody's child and have no entry in the node map. */
    if (kind != TPY_BLOCK_ANNOTATION) {
        if (parent && !tpy_seq_append(st->arena, &parent->children, blk))
            return NULL;
        if (!node_map_add(st, blk))
            return NULL;
    }
    b->cur = blk;
    return blk;
}

void tpy_st_leave(tpy_st_builder *b)
{
    b->cur = b->cur->parent;
}

/* ---- the build --------------------------------------------------------- */

void tpy_symtable_free(tpy_symtable *st)
{
    if (!st)
        return;
    tpy_arena *a = st->arena;
    tpy_arena_delete(a);  /* st itself lives in it */
}

static tpy_symtable *symtable_new(void)
{
    tpy_arena *a = tpy_arena_new();
    if (!a)
        return NULL;
    tpy_symtable *st = tpy_arena_calloc(a, sizeof *st);
    if (!st) {
        tpy_arena_delete(a);
        return NULL;
    }
    st->arena = a;
    return st;
}

tpy_symtable *tpy_symtable_build(const tpy_mod *mod, const char *src, size_t len,
                                 tpy_syntax_error *err)
{
    tpy_symtable *st = symtable_new();
    if (!st) {
        tpy_st_no_memory(err);
        return NULL;
    }
    tpy_st_builder b = {.st = st, .src = src, .len = len, .err = err};
    bool ok = tpy_future_parse(mod, src, len, &st->future, err);
    if (ok) {
        tpy_pos none = {0, 0, 0, 0};
        st->top = tpy_st_enter(&b, TPY_BLOCK_MODULE, "top", mod, 0, none);
        ok = st->top ? tpy_st_visit_module(&b, mod) : tpy_st_no_memory(err);
    }
    if (ok)
        ok = tpy_st_analyze(st, src, len, err);
    if (!ok) {
        tpy_symtable_free(st);
        return NULL;
    }
    return st;
}
