/**
 * @file ast_dump.h
 * @brief An AST as text, exactly as CPython 3.11's `ast.dump(tree)`
 * prints it with default arguments (the test oracle of the parser).
 */
#ifndef TPY_AST_DUMP_H
#define TPY_AST_DUMP_H

#include "ast.h"

/** @brief The dump of a module; NUL-terminated, owned by the caller
 *  (tpy_mem_free); NULL when out of memory. */
char *tpy_ast_dump(const tpy_mod *mod);

/** @brief The dump of one expression node, as tpy_ast_dump(). */
char *tpy_ast_dump_expr(const tpy_expr *e);

#endif /* TPY_AST_DUMP_H */
