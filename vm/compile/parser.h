/**
 * @file parser.h
 * @brief Source to AST: the front half of tierpy's compiler.
 *
 *     bytes ─source.c─► text ─lexer.c─► tokens ─parser_*.c─► AST ─ast_check.c─► AST
 *
 * The result lives in the caller's arena; errors are SyntaxErrors as
 * CPython 3.11 reports them.
 */
#ifndef TPY_PARSER_H
#define TPY_PARSER_H

#include <stddef.h>

#include "arena.h"
#include "ast.h"
#include "syntax_error.h"

/**
 * @brief Parse the bytes of a .py file as a module.
 *
 * @param arena receives every node; the caller frees it.
 * @param err   must be initialized (tpy_syntax_error_init) with the file
 *              name; filled on failure, and then owns memory the caller
 *              releases with tpy_syntax_error_clear().
 * @return the module, or NULL with @p err set.
 */
tpy_mod *tpy_parse_module(tpy_arena *arena, const char *bytes, size_t len,
                          tpy_syntax_error *err);

/** @brief As tpy_parse_module() without the checks of ast_check.c: the
 *  tree exactly as the grammar gives it (CPython's ast.parse). */
tpy_mod *tpy_parse_module_ast(tpy_arena *arena, const char *bytes, size_t len,
                              tpy_syntax_error *err);

#endif /* TPY_PARSER_H */
