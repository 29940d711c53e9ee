/**
 * @file source.h
 * @brief From the bytes of a .py file to the text the lexer reads.
 *
 * What CPython does before tokenizing: drop a UTF-8 byte order mark, honour
 * a PEP 263 coding declaration (tierpy reads UTF-8 and Latin-1), reject
 * invalid UTF-8 and NUL bytes with CPython's messages, turn "\r\n" and "\r"
 * into "\n" and make sure the text ends with a newline.
 */
#ifndef TPY_SOURCE_H
#define TPY_SOURCE_H

#include <stddef.h>

#include "arena.h"
#include "syntax_error.h"

/**
 * @brief Prepare @p len bytes at @p bytes for the lexer.
 * @return the text, NUL-terminated, in @p arena (its length in *outlen), or
 *         NULL with the error recorded in @p err.
 */
const char *tpy_source_prepare(tpy_arena *arena, const char *bytes, size_t len,
                               size_t *outlen, tpy_syntax_error *err);

#endif /* TPY_SOURCE_H */
