/* vm/eval/opnames.h: object.h's binary operators and opcode.h's opcodes
 * both spell TPY_OP_ADD, TPY_OP_SUB, ... (enum tpy_binop and the opcode
 * enum). The runtime needs both, so it includes opcode.h through here:
 * the binary operators are kept as TPY_BINOP_*, and the clashing names
 * mean opcodes in vm/eval. Include before any header that includes
 * opcode.h (code.h, codegen.h). */
#ifndef TIERPY_VM_EVAL_OPNAMES_H
#define TIERPY_VM_EVAL_OPNAMES_H

#include "object.h"

enum {
    TPY_BINOP_ADD = TPY_OP_ADD, TPY_BINOP_SUB = TPY_OP_SUB, TPY_BINOP_MUL = TPY_OP_MUL,
    TPY_BINOP_MATMUL = TPY_OP_MATMUL, TPY_BINOP_TRUEDIV = TPY_OP_TRUEDIV,
    TPY_BINOP_FLOORDIV = TPY_OP_FLOORDIV, TPY_BINOP_MOD = TPY_OP_MOD, TPY_BINOP_POW = TPY_OP_POW,
    TPY_BINOP_LSHIFT = TPY_OP_LSHIFT, TPY_BINOP_RSHIFT = TPY_OP_RSHIFT,
    TPY_BINOP_AND = TPY_OP_AND, TPY_BINOP_OR = TPY_OP_OR, TPY_BINOP_XOR = TPY_OP_XOR,
};

#define TPY_OP_ADD TPY_OPC_ADD
#define TPY_OP_SUB TPY_OPC_SUB
#define TPY_OP_MUL TPY_OPC_MUL
#define TPY_OP_MATMUL TPY_OPC_MATMUL
#define TPY_OP_TRUEDIV TPY_OPC_TRUEDIV
#define TPY_OP_FLOORDIV TPY_OPC_FLOORDIV
#define TPY_OP_MOD TPY_OPC_MOD
#define TPY_OP_POW TPY_OPC_POW
#define TPY_OP_LSHIFT TPY_OPC_LSHIFT
#define TPY_OP_RSHIFT TPY_OPC_RSHIFT
#define TPY_OP_COUNT TPY_OPC_COUNT

#include "opcode.h"

#endif
