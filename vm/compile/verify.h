/**
 * @file verify.h
 * @brief The verifier: every check a code unit must pass before code runs,
 * so that the eval loop can trust its operands without testing them.
 *
 * - the unit: register count within the 16-bit limit and at least the named
 *   slots; slot kinds (parameters first, free variables last); argument
 *   counts; known flags; names and strings valid UTF-8;
 * - every instruction: opcode known and not runtime-only; its cache words
 *   present and zero; each operand of its kind in range (registers below
 *   the register count, constants, names, cells, immediates); register
 *   runs (call arguments, display items, unpack targets) inside the frame;
 *   constants of the kind the opcode needs (a code unit for MAKEFUNCTION,
 *   a tuple of str for keyword names); F only with the allowed bits and
 *   selectors, release flags only on temporaries;
 * - control flow: jump targets inside the code and on instruction starts
 *   (never into a cache word), FORITER/SEND followed by their JUMP, no
 *   falling off the end;
 * - the exception table: sorted, non-overlapping ranges on instruction
 *   starts, handlers on instruction starts, exception registers in range;
 * - the line and column tables: well formed and covering every word;
 * - nested code units, recursively.
 */
#ifndef TPY_VERIFY_H
#define TPY_VERIFY_H

#include <stdbool.h>
#include <stddef.h>

#include "code.h"

/** @brief Check @p co and everything nested in it; on failure a message
 *  naming the code unit and the offset in @p why. */
bool tpy_verify(const tpy_code *co, char *why, size_t whylen);

/** @brief tpy_verify() for a tree that tpy_marshal_load() returned: the
 *  same checks except the text ones, which the reader made once over the
 *  file's string table (every string valid UTF-8, no NUL in a name). Only
 *  for the reader's output. */
bool tpy_verify_loaded(const tpy_code *co, char *why, size_t whylen);

/** @brief Whether @p n bytes are UTF-8 as CPython's surrogatepass reads it
 *  (lone surrogates allowed, NUL allowed); *nuls receives the number of
 *  NUL bytes. */
bool tpy_verify_text(const char *s, size_t n, size_t *nuls);

#endif /* TPY_VERIFY_H */
