/**
 * @file symtable.h
 * @brief The symbol table: which block every name belongs to, computed
 * from the AST exactly as CPython 3.11's Python/symtable.c computes it.
 *
 *     AST ─future.c─► features ─symtable_visit.c─► blocks + raw flags
 *         ─symtable_analyze.c─► scopes (LOCAL, GLOBAL_*, FREE, CELL)
 *
 * A *block* is a module, a class body, a function (def or lambda), a
 * comprehension or generator expression (each is a function of its own in
 * 3.11), or an annotation evaluated lazily under `from __future__ import
 * annotations`. Pass 1 walks the tree and records, per block, what happens
 * to each name (bound, used, declared global, ...); pass 2 walks the blocks
 * top-down and resolves every name to a scope, marking a function's local
 * as CELL when a nested function reads it as FREE.
 *
 * Ownership: the table and every block, symbol and mangled name live in
 * the table's own arena, released by tpy_symtable_free(). Unmangled names
 * are borrowed from the AST, so the table must not outlive the AST's
 * arena.
 */
#ifndef TPY_SYMTABLE_H
#define TPY_SYMTABLE_H

#include <stdbool.h>
#include <stddef.h>

#include "arena.h"
#include "ast.h"
#include "syntax_error.h"

/** @brief The kinds of block, numbered as CPython's _Py_block_ty. */
typedef enum tpy_block_kind {
    TPY_BLOCK_FUNCTION = 0,   /**< def, lambda, comprehension, genexp */
    TPY_BLOCK_CLASS = 1,
    TPY_BLOCK_MODULE = 2,
    TPY_BLOCK_ANNOTATION = 3, /**< lazily evaluated annotations (future) */
} tpy_block_kind;

/** @brief Which comprehension a function block is, if any. */
typedef enum tpy_comp_kind {
    TPY_COMP_NONE, TPY_COMP_LIST, TPY_COMP_DICT, TPY_COMP_SET, TPY_COMP_GENEXP
} tpy_comp_kind;

/** @name Raw facts about a name in one block (CPython's bit values)
 *  @{ */
#define TPY_DEF_GLOBAL 1        /**< declared `global` (or := at module level) */
#define TPY_DEF_LOCAL 2         /**< bound here: assignment, def, for, del, ... */
#define TPY_DEF_PARAM 4         /**< a parameter */
#define TPY_DEF_NONLOCAL 8      /**< declared `nonlocal` (or := in a function) */
#define TPY_USE 16              /**< read */
#define TPY_DEF_FREE 32         /**< (never set by 3.11; kept for the bit) */
#define TPY_DEF_FREE_CLASS 64   /**< bound in a class and free in a method */
#define TPY_DEF_IMPORT 128      /**< bound by import */
#define TPY_DEF_ANNOT 256       /**< annotated (`x: int`) */
#define TPY_DEF_COMP_ITER 512   /**< a comprehension's iteration variable */
#define TPY_DEF_BOUND (TPY_DEF_LOCAL | TPY_DEF_PARAM | TPY_DEF_IMPORT)
/** @} */

/** @brief Where a name lives at run time (CPython's numbering). */
typedef enum tpy_scope {
    TPY_SCOPE_NONE = 0,            /**< not analyzed (only after an error) */
    TPY_SCOPE_LOCAL = 1,           /**< fast local / namespace entry */
    TPY_SCOPE_GLOBAL_EXPLICIT = 2, /**< `global` here or in an enclosing block */
    TPY_SCOPE_GLOBAL_IMPLICIT = 3, /**< not bound anywhere enclosing: global or builtin */
    TPY_SCOPE_FREE = 4,            /**< bound in an enclosing function */
    TPY_SCOPE_CELL = 5,            /**< local here and free in a nested block */
} tpy_scope;

/** @brief One name of one block. */
typedef struct tpy_symbol {
    const char *name;  /**< mangled (`__x` in class C is `_C__x`) */
    unsigned flags;    /**< TPY_DEF_* and TPY_USE */
    tpy_scope scope;   /**< set by the analysis */
} tpy_symbol;

/** @brief A `global` or `nonlocal` statement (or the implicit one a := in
 *  a comprehension makes): errors about the name point at it. */
typedef struct tpy_st_directive {
    const char *name;
    tpy_pos pos;
} tpy_st_directive;

typedef struct tpy_st_block tpy_st_block;

/** @brief A scope: its names and the blocks nested in it. */
struct tpy_st_block {
    tpy_block_kind kind;
    tpy_comp_kind comprehension;
    const char *name;     /**< "top", the def/class name, "lambda",
                               "listcomp", "setcomp", "dictcomp", "genexpr" */
    const void *node;     /**< the tpy_mod, tpy_stmt or tpy_expr it comes from */
    int line;             /**< its first line (0 for the module) */
    tpy_pos pos;          /**< the node's span (zero for the module) */
    tpy_st_block *parent; /**< the enclosing block; NULL for the module */
    tpy_seq *children;    /**< of tpy_st_block, in source order; annotation
                               blocks are not listed (as in CPython) */
    tpy_seq *symbols;     /**< of tpy_symbol, in order of first sight */
    tpy_seq *varnames;    /**< parameter names (const char *) in order:
                               positional-only, positional, keyword-only,
                               *args, **kwargs; ".0" for a comprehension */
    tpy_seq *directives;  /**< of tpy_st_directive */
    /* Symbol lookup: open addressing over `symbols`, slot = index + 1. */
    int *index;
    int index_cap;

    bool nested;          /**< inside a function (directly or not) */
    bool is_async;        /**< an `async def` */
    bool free;            /**< has FREE names of its own */
    bool child_free;      /**< a nested block has free names */
    bool generator;       /**< contains yield (or is a generator expression) */
    bool coroutine;       /**< async def, or a comprehension with await /
                               async for */
    bool varargs, varkeywords;
    bool returns_value;   /**< has `return VALUE` */
    bool needs_class_closure; /**< a class whose methods use __class__ or
                                   super(): the implicit __class__ cell */
    /* Pass 1 state, meaningless after the build. */
    bool comp_iter_target;    /**< visiting a comprehension's for-target */
    int comp_iter_expr;       /**< >0 inside a comprehension's iterable */
};

/** @brief The `from __future__` features CPython 3.11 knows (CO_FUTURE_*). */
typedef struct tpy_future {
    bool annotations;      /**< PEP 563: annotations are not evaluated */
    bool barry_as_flufl;   /**< accepted; tierpy's parser ignores it */
    int lineno;            /**< line of the last future import, 0 if none */
} tpy_future;

/** @brief The symbol table of one module. */
typedef struct tpy_symtable {
    tpy_arena *arena;      /**< owns everything below */
    tpy_st_block *top;     /**< the module block */
    tpy_future future;
    /* Node -> block lookup: open addressing on the node pointer. */
    tpy_st_block **by_node;
    int by_node_cap, nblocks;
} tpy_symtable;

/**
 * @brief Read the module's `from __future__` statements (CPython's
 * future.c): the features, and the errors "future feature X is not
 * defined", "not a chance", and a late future import on the same line
 * as an earlier statement. @p src / @p len: the text, to quote in errors.
 * @return false with @p err filled.
 */
bool tpy_future_parse(const tpy_mod *mod, const char *src, size_t len, tpy_future *out,
                      tpy_syntax_error *err);

/**
 * @brief Build the symbol table of @p mod (whose positions refer to the
 * source text @p src / @p len, used to quote the line of an error).
 *
 * Runs the future pass, then both symbol table passes.
 * @return the table, or NULL with @p err filled: a SyntaxError as CPython
 * 3.11 reports it, or "out of memory".
 */
tpy_symtable *tpy_symtable_build(const tpy_mod *mod, const char *src, size_t len,
                                 tpy_syntax_error *err);

/** @brief Release the table and everything in it (NULL is ignored). */
void tpy_symtable_free(tpy_symtable *st);

/** @brief The block made for @p node (a tpy_mod, a def/class tpy_stmt, a
 *  lambda or comprehension tpy_expr), or NULL. */
tpy_st_block *tpy_symtable_lookup(const tpy_symtable *st, const void *node);

/** @brief The symbol @p name (already mangled) of @p b, or NULL. */
tpy_symbol *tpy_st_block_symbol(const tpy_st_block *b, const char *name);

/** @brief The scope of @p name in @p b (TPY_SCOPE_NONE if unknown there). */
tpy_scope tpy_st_block_scope(const tpy_st_block *b, const char *name);

/**
 * @brief The table as text, one line per block and per symbol, in the form
 * tests/vm/symtable_diff.py prints from CPython's `_symtable`:
 *
 *     block function f line 3 nested params=a,b
 *       a: param use CELL
 *
 * Blocks nest by indentation; symbols are sorted by name. Returns a
 * NUL-terminated string in layer1 memory (tpy_mem_free), or NULL.
 */
char *tpy_symtable_dump(const tpy_symtable *st);

/** @brief "LOCAL", "GLOBAL_EXPLICIT", ... */
const char *tpy_st_scope_name(tpy_scope scope);

#endif /* TPY_SYMTABLE_H */
