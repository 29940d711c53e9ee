/**
 * @file srckind.h
 * @brief Is a piece of source one expression or statements? (eval() and
 * the interactive prompt ask before compiling; srckind.c)
 */
#ifndef TPY_SRCKIND_H
#define TPY_SRCKIND_H

#include <stddef.h>

/** @brief What source text is. */
typedef enum tpy_src_kind {
    TPY_SRC_UNPARSED,   /**< a syntax error: compiling it reports it */
    TPY_SRC_EMPTY,      /**< no statement */
    TPY_SRC_EXPR,       /**< one expression statement */
    TPY_SRC_STMTS,      /**< anything else */
} tpy_src_kind;

/**
 * @brief Parse @p src and tell what it is.
 * @param line, col for TPY_SRC_STMTS: where eval()'s grammar would stop
 *        (1-based line, 0-based byte column); 0, 0 otherwise.
 * @return 0, or -1 when out of memory.
 */
int tpy_src_kind_of(const char *src, size_t len, tpy_src_kind *kind, int *line, int *col);

#endif
