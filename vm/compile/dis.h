/**
 * @file dis.h
 * @brief The disassembler: a code unit tree as text, in the spirit of
 * `python3 -m dis` — every unit with its registers, then one line per
 * instruction (source line, offset, opcode, operands decoded into register,
 * constant and name values, jump targets, release flags), then the
 * exception table; nested code units follow their parent.
 */
#ifndef TPY_DIS_H
#define TPY_DIS_H

#include "ast_repr.h"
#include "code.h"

/** @brief Append the disassembly of @p co and everything nested in it. */
void tpy_dis(const tpy_code *co, tpy_text *out);

/** tpy_dis_ex() flag: after the offset, each instruction's full source
 *  position as `line:col-end_line:end_col` (`dis --show-positions`). */
#define TPY_DIS_POSITIONS 0x1u

/** @brief tpy_dis() with TPY_DIS_* @p flags. */
void tpy_dis_ex(const tpy_code *co, unsigned flags, tpy_text *out);

/** @brief Append repr() of a constant (as Python would print it). */
void tpy_dis_kval(const tpy_kval *k, tpy_text *out);

#endif /* TPY_DIS_H */
