/**
 * @file regalloc.h
 * @brief The register allocator of the code generator: Lua's "freereg"
 * discipline over a code unit's temporaries.
 *
 * Registers below @c base are named slots (parameters, locals, cells, free
 * variables) and are never allocated. Temporaries above them are taken and
 * given back like a stack: tpy_ra_alloc() returns the lowest free register,
 * so a destination lands in the first operand's own register once that
 * operand is freed, and a run of consecutive registers (call arguments,
 * display items) is simply consecutive allocations.
 *
 * Invariant: every register in [base, free) belongs to an expression still
 * being compiled; tpy_ra_free() must give back the top one (LIFO), which
 * the code generator's structure guarantees and an assertion checks.
 */
#ifndef TPY_REGALLOC_H
#define TPY_REGALLOC_H

#include <stdbool.h>
#include <stdint.h>

/** @brief Registers a frame may have: operands are 16 bits wide. */
#define TPY_MAX_REGS 65535u

typedef struct tpy_regalloc {
    uint32_t base;   /**< first temporary */
    uint32_t free;   /**< first free temporary */
    uint32_t max;    /**< one past the highest register ever allocated */
    bool overflow;   /**< an allocation went past TPY_MAX_REGS */
} tpy_regalloc;

/** @brief Start with no temporaries above @p base named slots. */
void tpy_ra_init(tpy_regalloc *ra, uint32_t base);

/** @brief The lowest free temporary (sets overflow past the limit; the
 *  register returned is then still distinct but unusable). */
uint32_t tpy_ra_alloc(tpy_regalloc *ra);

/** @brief The first of @p n consecutive temporaries. */
uint32_t tpy_ra_alloc_n(tpy_regalloc *ra, uint32_t n);

/** @brief Whether @p reg is a temporary (not a named slot). */
static inline bool tpy_ra_is_temp(const tpy_regalloc *ra, uint32_t reg)
{
    return reg >= ra->base;
}

/** @brief Give back @p reg if it is a temporary; it must be the top one. */
void tpy_ra_free(tpy_regalloc *ra, uint32_t reg);

/** @brief Give back every temporary from @p level up (free >= level). */
void tpy_ra_free_to(tpy_regalloc *ra, uint32_t level);

#endif /* TPY_REGALLOC_H */
