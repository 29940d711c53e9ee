/**
 * @file parser.h
 * @brief Source to AST: the front half of tierpy's compiler.
 *
 *     bytes ─source.c─► text ─lexer.c─► tokens ─parser_*.c─► AST
 *           ─symtable*.c─► scopes ─ast_check.c─► AST and scopes, checked
 *
 * The result lives in the caller's arena; errors are SyntaxErrors as
 * CPython 3.11 reports them, in its order: the parser's, then the symbol
 * table's, then the compiler's.
 */
#ifndef TPY_PARSER_H
#define TPY_PARSER_H

#include <stddef.h>

#include "arena.h"
#include "ast.h"
#include "symtable.h"
#include "syntax_error.h"

/**
 * @brief Parse the bytes of a .py file as a module and check it as
 * CPython's compile() does (symbol table, compiler checks).
 *
 * @param arena receives every node; the caller frees it.
 * @param err   must be initialized (tpy_syntax_error_init) with the file
 *              name; filled on failure, and then owns memory the caller
 *              releases with tpy_syntax_error_clear().
 * @return the module, or NULL with @p err set.
 */
tpy_mod *tpy_parse_module(tpy_arena *arena, const char *bytes, size_t len,
                          tpy_syntax_error *err);

/**
 * @brief tpy_parse_module(), also handing back the module's symbol table.
 * @param table receives the table (the caller frees it with
 *              tpy_symtable_free() before the arena), or NULL to drop it;
 *              untouched on failure.
 */
tpy_mod *tpy_parse_module_scoped(tpy_arena *arena, const char *bytes, size_t len,
                                 tpy_symtable **table, tpy_syntax_error *err);

/** @brief As tpy_parse_module() without the symbol table and the checks
 *  of ast_check.c: the tree exactly as the grammar gives it (CPython's
 *  ast.parse). */
tpy_mod *tpy_parse_module_ast(tpy_arena *arena, const char *bytes, size_t len,
                              tpy_syntax_error *err);

/** @brief As tpy_parse_module() over text already prepared by
 *  tpy_source_prepare() (so that later passes can quote the same text). */
tpy_mod *tpy_parse_text(tpy_arena *arena, const char *text, size_t len,
                        tpy_syntax_error *err);

#endif /* TPY_PARSER_H */
