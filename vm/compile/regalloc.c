/* regalloc.c: stack-like allocation of a code unit's temporaries. */
#include "regalloc.h"

#include <assert.h>

void tpy_ra_init(tpy_regalloc *ra, uint32_t base)
{
    ra->base = ra->free = ra->max = base;
    ra->overflow = base > TPY_MAX_REGS;
}

uint32_t tpy_ra_alloc(tpy_regalloc *ra)
{
    return tpy_ra_alloc_n(ra, 1);
}

uint32_t tpy_ra_alloc_n(tpy_regalloc *ra, uint32_t n)
{
    uint32_t reg = ra->free;
    ra->free += n;
    if (ra->free > ra->max)
        ra->max = ra->free;
    if (ra->free > TPY_MAX_REGS)
        ra->overflow = true;
    return reg;
}

void tpy_ra_free(tpy_regalloc *ra, uint32_t reg)
{
    if (reg < ra->base)
        return;
    assert(reg + 1 == ra->free && "temporaries are freed last-in first-out");
    ra->free = reg;
}

void tpy_ra_free_to(tpy_regalloc *ra, uint32_t level)
{
    assert(level >= ra->base && level <= ra->free);
    ra->free = level;
}
