/**
 * @file ast_repr.h
 * @brief Python's repr() of the constants an AST holds, written without
 * Python: str and bytes with Python's quoting and escaping, floats as the
 * shortest text that reads back to the same double.
 */
#ifndef TPY_AST_REPR_H
#define TPY_AST_REPR_H

#include <stdbool.h>
#include <stddef.h>

#include "ast.h"

/* A growable text buffer in layer1 memory. */
typedef struct tpy_text {
    char *data;
    size_t len, cap;
    bool failed;   /* out of memory: further appends are ignored */
} tpy_text;

void tpy_text_put(tpy_text *t, const char *s, size_t n);
void tpy_text_puts(tpy_text *t, const char *s);
void tpy_text_printf(tpy_text *t, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

/** @brief repr() of a Python str whose text is the UTF-8 (surrogates
 *  allowed) at @p s. */
void tpy_repr_str(tpy_text *out, const char *s, size_t n);
/** @brief repr() of a Python bytes object. */
void tpy_repr_bytes(tpy_text *out, const char *s, size_t n);
/** @brief repr() of a float, e.g. 1e+16, 1.5, 0.0001, 1e-05, inf. */
void tpy_repr_float(tpy_text *out, double v);
/** @brief repr() of a complex with no real part, e.g. 1j, 1.5j, 1e+16j. */
void tpy_repr_imag(tpy_text *out, double v);
/** @brief repr() of any constant. */
void tpy_repr_const(tpy_text *out, const tpy_const *c);

#endif /* TPY_AST_REPR_H */
