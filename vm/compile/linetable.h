/**
 * @file linetable.h
 * @brief The line table: which source line each instruction word comes from.
 *
 * Compressed as runs: for each run of words on one line, the varint count
 * of words (at least 1) then the zigzag varint of the line's difference
 * from the previous run's line (the first run's from the code unit's first
 * line). The counts add up to the code's length and every line is >= 1.
 */
#ifndef TPY_LINETABLE_H
#define TPY_LINETABLE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "arena.h"

/** @brief Encode @p n per-word @p lines into the arena; NULL on no memory
 *  (*outlen 0 and a non-NULL empty table when n == 0). */
uint8_t *tpy_linetable_encode(tpy_arena *a, const uint32_t *lines, uint32_t n,
                              uint32_t firstline, uint32_t *outlen);

/** @brief A reader over an encoded table. */
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

/** @brief Check that the table is well formed and covers exactly @p ncode
 *  words; on failure a reason in @p why. */
bool tpy_linetable_check(const uint8_t *table, uint32_t len, uint32_t firstline,
                         uint32_t ncode, const char **why);

#endif /* TPY_LINETABLE_H */
