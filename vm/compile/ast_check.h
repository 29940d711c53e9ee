/**
 * @file ast_check.h
 * @brief The SyntaxErrors CPython finds after parsing (in its symbol table
 * and compiler) that need no symbol table: statements outside the
 * construct they belong to.
 */
#ifndef TPY_AST_CHECK_H
#define TPY_AST_CHECK_H

#include <stdbool.h>
#include <stddef.h>

#include "ast.h"
#include "syntax_error.h"

/**
 * @brief Check @p mod; on the first error fill @p err (quoting the source
 * text @p src / @p len) and return false.
 *
 * - 'return' outside function, 'yield' outside function, 'await' outside
 *   function (at module level), 'break' outside loop, 'continue' not
 *   properly in loop;
 * - nonlocal declaration not allowed at module level;
 * - duplicate argument 'x' in function definition.
 */
bool tpy_ast_check(const tpy_mod *mod, const char *src, size_t len, tpy_syntax_error *err);

#endif /* TPY_AST_CHECK_H */
