/**
 * @file codegen.h
 * @brief The back half of the compiler: AST + symbol table to code units.
 *
 *     AST ─symtable─► scopes ─codegen_*.c─► code units (code.h)
 *
 *   codegen.c         units, named slots, labels, handlers, the entry points
 *   codegen_flow.c    definite assignment: which locals may be unbound
 *   codegen_expr.c    expressions
 *   codegen_stmt.c    statements and assignment targets
 *   codegen_func.c    functions, lambdas, classes, comprehensions, closures
 *   codegen_except.c  try, with, leaving blocks, await and yield from
 */
#ifndef TPY_CODEGEN_H
#define TPY_CODEGEN_H

#include <stddef.h>

#include "arena.h"
#include "ast.h"
#include "code.h"
#include "symtable.h"
#include "syntax_error.h"

/**
 * @brief Compile a parsed module whose symbol table is @p st.
 * @param out receives the code unit tree (names and strings are copied,
 *            so it does not depend on the AST's arena).
 * @param src, len the source text the AST's positions refer to (quoted in
 *            errors and sliced for postponed annotations).
 * @return the module's code unit, or NULL with @p err filled.
 */
tpy_code *tpy_codegen_module(tpy_arena *out, const tpy_mod *mod, const tpy_symtable *st,
                             const char *filename, const char *src, size_t len,
                             tpy_syntax_error *err);

/**
 * @brief Every stage from the bytes of a .py file: prepare, parse, check,
 * symbol table, code generation. The AST and symbol table are freed before
 * returning; the code unit tree lives in @p out.
 * @param err initialized with the file name by the caller.
 */
tpy_code *tpy_compile_source(tpy_arena *out, const char *bytes, size_t len,
                             const char *filename, tpy_syntax_error *err);

#endif /* TPY_CODEGEN_H */
