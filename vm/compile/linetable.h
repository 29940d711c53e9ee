/**
 * @file linetable.h
 * @brief Source positions of instructions: which line each instruction word
 * comes from (the line table) and which columns (the column table), so that
 * a traceback can print CPython 3.11's `^^^^` markers under the failing
 * expression.
 *
 * A position is CPython's co_positions() entry: start and end line (from
 * 1), start and end column as 0-based UTF-8 byte offsets into their lines,
 * the end exclusive, exactly as the AST holds them. Every word of the code
 * has a line; columns may be unknown (-1), e.g. for the implicit `return
 * None` at the end of a function.
 *
 * Two tables, so that the common lookup (instruction → line, for every
 * traceback entry and the disassembler) walks a short run-length table and
 * never decodes columns:
 *
 * **Line table.** For each run of words on one line: the varint count of
 * words (at least 1), then the zigzag varint of the line's difference from
 * the previous run's line (the first run's from the code unit's first
 * line). The counts add up to the code's length and every line is >= 1.
 *
 * **Column table.** The number n of instructions (a varint), then one
 * 3-byte record (c, w, d) per instruction (its cache words share it),
 * stored as three arrays (n bytes c, n bytes w, n bytes d), then the
 * overflow entries:
 *
 *     c < 255           col = c; d = end_line - line;
 *                       end_col = c + w when d = 0, else w
 *     c = 255, w = 0    columns unknown (-1); d = end_line - line
 *     c = 255, w > 0    the position is the next overflow entry: varints
 *                       end_line - line, col + 1 (0: unknown), and the
 *                       width (one line) or the end column
 *
 * Nearly every instruction fits a record (a column and a width below 256
 * on at most 256 lines); the records have a fixed size so that checking
 * the table is a count of overflow markers, eight records at a time with
 * no decoding chain, and every record reads as a sound position (end
 * never before start).
 *
 * The API, for the eval loop and the disassembler:
 *
 *   uint32_t tpy_code_line(const tpy_code *co, uint32_t pc);     (code.h)
 *       the line of word pc: the traceback entry's "line N", f_lineno;
 *       a short walk over the line table's runs, no column decoding.
 *   bool tpy_code_position(const tpy_code *co, uint32_t pc,
 *                          tpy_position *out);                   (code.h)
 *       the full position of the instruction holding word pc (a cache
 *       word gives its instruction's); it walks the instruction widths
 *       up to pc, so it reads co->code, whose opcodes may have been
 *       specialized (a runtime-only opcode has its base opcode's width).
 *
 * A traceback entry prints its `^^^^` line as CPython 3.11 does when the
 * position is on one line (end_line == line), its columns are known
 * (col >= 0) and it does not cover the whole line with its leading and
 * trailing whitespace removed: spaces up to col, then `^` up to end_col,
 * with both offsets turned from UTF-8 bytes into characters of the line
 * and shifted left by the indentation the printed line drops. The
 * position of a frame lower in the stack is the one of its call.
 */
#ifndef TPY_LINETABLE_H
#define TPY_LINETABLE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "arena.h"

/** @brief Where an instruction comes from. */
typedef struct tpy_position {
    uint32_t line;      /**< first line, from 1 */
    uint32_t end_line;  /**< last line, >= line */
    int32_t col;        /**< 0-based UTF-8 byte offset in line; -1 unknown */
    int32_t end_col;    /**< exclusive byte offset in end_line; -1 unknown */
} tpy_position;

/** Columns beyond this are recorded as unknown (they fit 31 bits anyway). */
#define TPY_POSITION_MAX_COL 0x3fffffff

/** @brief Encode the lines of @p n per-word positions into the arena; NULL
 *  on no memory (*outlen 0 and a non-NULL empty table when n == 0). */
uint8_t *tpy_linetable_encode(tpy_arena *a, const tpy_position *pos, uint32_t n,
                              uint32_t firstline, uint32_t *outlen);

/** @brief Encode the columns of @p n per-word positions, one record per
 *  instruction: width[i] is the number of words of the instruction
 *  starting at word i (with its caches), 0 for a cache word. NULL on no
 *  memory. */
uint8_t *tpy_coltable_encode(tpy_arena *a, const tpy_position *pos, const uint8_t *width,
                             uint32_t n, uint32_t *outlen);

/** @brief A reader over an encoded line table. */
typedef struct tpy_line_iter {
    const uint8_t *p, *end;
    uint32_t line;       /**< the current run's line */
    uint32_t run_start;  /**< first word of the run */
    uint32_t run_end;    /**< one past its last word */
    bool bad;            /**< malformed: truncated varint, zero run, line < 1 */
} tpy_line_iter;

void tpy_line_iter_init(tpy_line_iter *it, const uint8_t *table, uint32_t len,
                        uint32_t firstline);

/** @brief Advance to the next run; false at the end or when malformed. */
bool tpy_line_iter_next(tpy_line_iter *it);

/** @brief The line of word @p pc (0 when outside the table). */
uint32_t tpy_linetable_line(const uint8_t *table, uint32_t len, uint32_t firstline,
                            uint32_t pc);

/** @brief The position of instruction number @p index (counted from 0,
 *  not a word offset) whose line is @p line; false (and columns -1) when
 *  the table has no such instruction. */
bool tpy_coltable_get(const uint8_t *table, uint32_t len, uint32_t index, uint32_t line,
                      tpy_position *out);

/** @brief Check that the line table is well formed and covers exactly
 *  @p ncode words; on failure a reason in @p why. */
bool tpy_linetable_check(const uint8_t *table, uint32_t len, uint32_t firstline,
                         uint32_t ncode, const char **why);

/** @brief Check that the column table is well formed and has a record for
 *  each of @p ninstr instructions; on failure a reason in @p why. */
bool tpy_coltable_check(const uint8_t *table, uint32_t len, uint32_t ninstr, const char **why);

#endif /* TPY_LINETABLE_H */
