/* opcode.c: the opcode table as data. */
#include "opcode.h"

#include <stddef.h>

static const tpy_opinfo opinfo[TPY_OP_COUNT] = {
#define TPY_OP_INFO(name, fmt, cache, fmask, flags, doc) {#name, fmt, cache, fmask, flags, doc},
    TPY_OPCODES(TPY_OP_INFO)
#undef TPY_OP_INFO
};

const tpy_opinfo *tpy_opinfo_of(unsigned op)
{
    return op < TPY_OP_COUNT ? &opinfo[op] : NULL;
}

unsigned tpy_op_width(unsigned op)
{
    return op < TPY_OP_COUNT ? 1 + opinfo[op].cache : 1;
}
