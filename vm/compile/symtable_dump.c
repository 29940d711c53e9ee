/* symtable_dump.c: the symbol table as canonical text, the form
 * tests/vm/symtable_diff.py prints from CPython's own `_symtable` so the
 * two can be compared line for line. Only what CPython exposes is
 * printed: a block's kind, name, line, nesting and parameters, and each
 * symbol's raw flags and scope; plus the class cell, which the script
 * infers from the methods' free __class__. */
#include "symtable.h"

#include <stdlib.h>
#include <string.h>

#include <tierpy/mem.h>

#include "ast_repr.h"

static const char *const block_kinds[] = {
    [TPY_BLOCK_FUNCTION] = "function", [TPY_BLOCK_CLASS] = "class",
    [TPY_BLOCK_MODULE] = "module", [TPY_BLOCK_ANNOTATION] = "annotation",
};

static const char *const scope_names[] = {
    [TPY_SCOPE_NONE] = "NONE", [TPY_SCOPE_LOCAL] = "LOCAL",
    [TPY_SCOPE_GLOBAL_EXPLICIT] = "GLOBAL_EXPLICIT",
    [TPY_SCOPE_GLOBAL_IMPLICIT] = "GLOBAL_IMPLICIT",
    [TPY_SCOPE_FREE] = "FREE", [TPY_SCOPE_CELL] = "CELL",
};

const char *tpy_st_scope_name(tpy_scope scope)
{
    return (unsigned)scope <= TPY_SCOPE_CELL ? scope_names[scope] : "?";
}

/* The flag bits in the order the script prints them. */
static const struct { unsigned bit; const char *name; } flag_names[] = {
    {TPY_DEF_GLOBAL, "global"}, {TPY_DEF_LOCAL, "local"}, {TPY_DEF_PARAM, "param"},
    {TPY_DEF_NONLOCAL, "nonlocal"}, {TPY_USE, "use"}, {TPY_DEF_FREE, "def_free"},
    {TPY_DEF_FREE_CLASS, "free_class"}, {TPY_DEF_IMPORT, "import"},
    {TPY_DEF_ANNOT, "annot"}, {TPY_DEF_COMP_ITER, "comp_iter"},
};

static void indent(tpy_text *out, int depth)
{
    for (int i = 0; i < depth; i++)
        tpy_text_puts(out, "  ");
}

static void dump_symbol(tpy_text *out, const tpy_symbol *sym, int depth)
{
    indent(out, depth);
    tpy_text_printf(out, "%s:", sym->name);
    for (size_t i = 0; i < sizeof flag_names / sizeof flag_names[0]; i++)
        if (sym->flags & flag_names[i].bit)
            tpy_text_printf(out, " %s", flag_names[i].name);
    tpy_text_printf(out, " %s\n", tpy_st_scope_name(sym->scope));
}

static int by_name(const void *a, const void *b)
{
    const tpy_symbol *x = *(const tpy_symbol *const *)a, *y = *(const tpy_symbol *const *)b;
    return strcmp(x->name, y->name);  /* bytes of UTF-8: code point order */
}

/* The symbols sorted by name, through a temporary array of pointers. */
static void dump_symbols(tpy_text *out, const tpy_st_block *blk, int depth)
{
    int n = TPY_SEQ_LEN(blk->symbols);
    if (n == 0)
        return;
    const tpy_symbol **sorted = tpy_mem_malloc((size_t)n * sizeof *sorted);
    if (!sorted) {
        out->failed = true;
        return;
    }
    for (int i = 0; i < n; i++)
        sorted[i] = TPY_SEQ_GET(blk->symbols, i);
    qsort(sorted, (size_t)n, sizeof *sorted, by_name);
    for (int i = 0; i < n; i++)
        dump_symbol(out, sorted[i], depth);
    tpy_mem_free(sorted);
}

static void dump_header(tpy_text *out, const tpy_st_block *blk, int depth)
{
    indent(out, depth);
    tpy_text_printf(out, "block %s %s line %d", block_kinds[blk->kind], blk->name, blk->line);
    if (blk->nested)
        tpy_text_puts(out, " nested");
    if (TPY_SEQ_LEN(blk->varnames)) {
        tpy_text_puts(out, " params=");
        for (int i = 0; i < TPY_SEQ_LEN(blk->varnames); i++)
            tpy_text_printf(out, "%s%s", i ? "," : "", (const char *)TPY_SEQ_GET(blk->varnames, i));
    }
    if (blk->needs_class_closure)
        tpy_text_puts(out, " class_cell");
    tpy_text_puts(out, "\n");
}

static void dump_block(tpy_text *out, const tpy_st_block *blk, int depth)
{
    dump_header(out, blk, depth);
    dump_symbols(out, blk, depth + 1);
    for (int i = 0; i < TPY_SEQ_LEN(blk->children); i++)
        dump_block(out, TPY_SEQ_GET(blk->children, i), depth + 1);
}

char *tpy_symtable_dump(const tpy_symtable *st)
{
    tpy_text out = {0};
    dump_block(&out, st->top, 0);
    if (out.failed || !out.data) {
        tpy_mem_free(out.data);
        return NULL;
    }
    return out.data;
}
