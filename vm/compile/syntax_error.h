/**
 * @file syntax_error.h
 * @brief The record of a SyntaxError found while reading source, and its
 * printing in CPython 3.11's format.
 *
 * The lexer, the parser and the AST checks each stop at their first error
 * and fill one of these; nothing below the VM prints. Columns are kept as
 * CPython's SyntaxError keeps them: 1-based *character* offsets into the
 * source line, 0 when there is no column to point at.
 */
#ifndef TPY_SYNTAX_ERROR_H
#define TPY_SYNTAX_ERROR_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

typedef enum tpy_syntax_error_kind {
    TPY_ERR_SYNTAX,       /**< SyntaxError */
    TPY_ERR_INDENTATION,  /**< IndentationError */
    TPY_ERR_TAB,          /**< TabError */
    TPY_ERR_MEMORY,       /**< MemoryError: the compiler ran out of memory */
} tpy_syntax_error_kind;

typedef struct tpy_syntax_error {
    bool set;                   /**< false: no error recorded */
    tpy_syntax_error_kind kind;
    char msg[512];
    const char *filename;       /**< borrowed from the caller */
    int line, offset;           /**< 1-based; 0 = unknown */
    int end_line, end_offset;   /**< 0 = unknown */
    char *text;                 /**< the source line with its '\n', or NULL;
                                     owned (layer1 memory), freed by clear */
} tpy_syntax_error;

/** @brief An empty record for @p filename (borrowed). */
void tpy_syntax_error_init(tpy_syntax_error *e, const char *filename);

/** @brief Release what the record owns and mark it empty. */
void tpy_syntax_error_clear(tpy_syntax_error *e);

/**
 * @brief Record an error located by byte columns in the source.
 *
 * @p src / @p len is the whole (newline-normalized) source; the line's text
 * is copied out of it and the 0-based byte columns @p col / @p end_col are
 * turned into 1-based character offsets. @p col < 0 records no column.
 * An error already recorded is replaced.
 */
void tpy_syntax_error_at(tpy_syntax_error *e, tpy_syntax_error_kind kind,
                         const char *src, size_t len,
                         int line, int col, int end_line, int end_col,
                         const char *fmt, ...)
    __attribute__((format(printf, 9, 10)));

/**
 * @brief Record an error whose columns are 1-based offsets exactly as
 * CPython's symbol table, future pass and compiler give them: the UTF-8
 * *byte* column plus one, never converted to characters (on a line with
 * non-ASCII text before the spot CPython's caret sits to its right, and
 * so does tierpy's). @p offset 0: no column; @p end_offset 0: no end.
 */
void tpy_syntax_error_at_offsets(tpy_syntax_error *e, tpy_syntax_error_kind kind,
                                 const char *src, size_t len,
                                 int line, int offset, int end_line, int end_offset,
                                 const char *fmt, ...)
    __attribute__((format(printf, 9, 10)));

/** @brief Record an error with no source location (e.g. a decoding error). */
void tpy_syntax_error_plain(tpy_syntax_error *e, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));

/** @brief "SyntaxError", "IndentationError", "TabError" or "MemoryError". */
const char *tpy_syntax_error_name(tpy_syntax_error_kind kind);

/**
 * @brief Print the error as CPython's interpreter prints an uncaught
 * SyntaxError: the File line, the stripped source line, the carets, and
 * `Kind: message`.
 */
void tpy_syntax_error_print(const tpy_syntax_error *e, FILE *out);

#endif /* TPY_SYNTAX_ERROR_H */
