/*
 * symtable_internal.h: what the symbol table's files share.
 *
 *   symtable.c          the table: blocks, symbol maps, name mangling,
 *                       node lookup, the build entry point
 *   symtable_visit.c    pass 1: walk the AST, record raw facts per block
 *   symtable_analyze.c  pass 2: resolve every name to its scope
 *   symtable_dump.c     the canonical text form the tests compare
 *   future.c            the `from __future__` features
 */
#ifndef TPY_SYMTABLE_INTERNAL_H
#define TPY_SYMTABLE_INTERNAL_H

#include "symtable.h"

/* The walk of pass 1. `cur` is the innermost open block; the chain of
 * `parent` links from it is CPython's st_stack. */
typedef struct tpy_st_builder {
    tpy_symtable *st;
    tpy_st_block *cur;
    const char *private_name;  /* the enclosing class's name, for mangling */
    const char *src;           /* the source text, to quote in errors */
    size_t len;
    tpy_syntax_error *err;
    int depth;                 /* AST levels open; see TPY_ST_MAX_DEPTH */
} tpy_st_builder;

/* Pass 1 recurses once per AST level. The parser bounds the tree's depth
 * (400 levels of nesting, 2000 links of a left-nested chain); this bound
 * is above both, so it only fires on a tree the parser did not make. */
#define TPY_ST_MAX_DEPTH 4000

/* FNV-1a over a NUL-terminated name: the hash of every name table. */
size_t tpy_st_hash_name(const char *s);

/* Record a SyntaxError at @p pos with CPython's later-pass columns (byte
 * offset + 1, see tpy_syntax_error_at_offsets); @p name fills a "%s". */
bool tpy_st_fail(tpy_st_builder *b, tpy_pos pos, const char *fmt, const char *name);

/* Record running out of memory; always false. */
bool tpy_st_no_memory(tpy_syntax_error *err);

/* A new block of @p kind for @p node, a child of b->cur (annotation blocks
 * excepted), made the current block. NULL on no memory. */
tpy_st_block *tpy_st_enter(tpy_st_builder *b, tpy_block_kind kind, const char *name,
                           const void *node, int line, tpy_pos pos);

/* Close the current block: its parent becomes current again. */
void tpy_st_leave(tpy_st_builder *b);

/* The symbol @p name (mangled) of @p blk, made with no flags if new;
 * NULL on no memory. */
tpy_symbol *tpy_st_symbol(tpy_symtable *st, tpy_st_block *blk, const char *name);

/* @p name as it is stored inside class @p private_name (NULL: no class):
 * `__x` becomes `_Class__x`, CPython's _Py_Mangle. NULL on no memory. */
const char *tpy_st_mangle(tpy_arena *a, const char *private_name, const char *name);

/* Pass 1 over a module; false with b->err filled. */
bool tpy_st_visit_module(tpy_st_builder *b, const tpy_mod *mod);

/* Pass 2: scopes for every block under st->top; false with @p err filled. */
bool tpy_st_analyze(tpy_symtable *st, const char *src, size_t len, tpy_syntax_error *err);

#endif /* TPY_SYMTABLE_INTERNAL_H */
