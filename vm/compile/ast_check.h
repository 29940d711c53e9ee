/**
 * @file ast_check.h
 * @brief The SyntaxErrors CPython's compiler raises while generating code
 * (after the symbol table's): statements and expressions outside the
 * construct they belong to.
 */
#ifndef TPY_AST_CHECK_H
#define TPY_AST_CHECK_H

#include <stdbool.h>
#include <stddef.h>

#include "ast.h"
#include "symtable.h"
#include "syntax_error.h"

/**
 * @brief Check @p mod, whose symbol table is @p st; on the first error (in
 * the compiler's order) fill @p err, quoting the source text @p src /
 * @p len, and return false.
 *
 * - 'return' outside function, 'return' with value in async generator;
 * - 'break' outside loop, 'continue' not properly in loop;
 * - 'yield' outside function, 'yield from' inside async function;
 * - 'await' outside function, 'await' outside async function;
 * - 'async for' / 'async with' outside async function;
 * - asynchronous comprehension outside of an asynchronous function;
 * - from __future__ imports must occur at the beginning of the file.
 */
bool tpy_ast_check_scoped(const tpy_mod *mod, const tpy_symtable *st, const char *src,
                          size_t len, tpy_syntax_error *err);

/**
 * @brief Every check CPython's compile() makes after parsing: build the
 * symbol table of @p mod (its errors first), run tpy_ast_check_scoped(),
 * and drop the table. false with @p err filled on the first error.
 */
bool tpy_ast_check(const tpy_mod *mod, const char *src, size_t len, tpy_syntax_error *err);

#endif /* TPY_AST_CHECK_H */
