/**
 * @file opcode.h
 * @brief tierpy's instruction set: one 64-bit word per instruction, operands
 * naming frame registers, constants and names (see docs/run-flow.md).
 *
 *     63      56 55            40 39            24 23             8 7       0
 *    ┌──────────┬────────────────┬────────────────┬────────────────┬─────────┐
 *    │    F     │       C        │       B        │       A        │   op    │
 *    └──────────┴────────────────┴────────────────┴────────────────┴─────────┘
 *    │    F     │      sJ (signed 32 bits: B and C)│       A        │   op    │
 *
 * The table below is the single description of every opcode; the code
 * generator, the disassembler and the verifier all read it.
 *
 * Operand kinds (one letter per operand A, B, C in the format string):
 *   `_` unused, must be 0         `r` register read
 *   `w` register written          `u` register read and then written
 *   `W` first of two registers written (A and A+1)
 *   `R` first register of a run (its length is another operand; the
 *       verifier checks the run per opcode)
 *   `c` register holding a cell (a named slot of kind CELL or FREE)
 *   `k` constant index            `K` constant index + 1, or 0 for none
 *   `n` name index                `i` unsigned immediate
 *   `s` signed 16-bit immediate   `j` (B and C) a signed 32-bit jump offset,
 *       counted in words from the word after the instruction's caches
 *   `x` (B and C) an unsigned 32-bit constant index, Bx
 *
 * F holds flag bits: TPY_F_REL_A/B/C release a temporary the instruction
 * reads but does not overwrite, once it has been used; the high nibble is a
 * selector for the opcodes whose docs say so. The table's `allowed F` byte
 * holds in its low nibble the flag bits an instruction may carry and in its
 * high nibble the largest selector it accepts; the verifier rejects any
 * other F.
 *
 * Cache words follow an instruction the runtime specializes; they are zero
 * in a code unit. Opcodes marked runtime-only are the specialized forms the
 * runtime rewrites instructions into; they never appear in a code unit or a
 * cache file.
 */
#ifndef TPY_OPCODE_H
#define TPY_OPCODE_H

#include <stdint.h>

/** @brief One instruction (or one cache word). */
typedef uint64_t tpy_instr;

#define TPY_I_OP(i) ((unsigned)((i) & 0xff))
#define TPY_I_A(i) ((unsigned)(((i) >> 8) & 0xffff))
#define TPY_I_B(i) ((unsigned)(((i) >> 24) & 0xffff))
#define TPY_I_C(i) ((unsigned)(((i) >> 40) & 0xffff))
#define TPY_I_F(i) ((unsigned)(((i) >> 56) & 0xff))
#define TPY_I_SJ(i) ((int32_t)(uint32_t)(((i) >> 24) & 0xffffffffu))
#define TPY_I_BX(i) ((uint32_t)(((i) >> 24) & 0xffffffffu))

static inline tpy_instr tpy_i_abc(unsigned op, unsigned a, unsigned b, unsigned c, unsigned f)
{
    return (tpy_instr)(op & 0xff) | (tpy_instr)(a & 0xffff) << 8 |
           (tpy_instr)(b & 0xffff) << 24 | (tpy_instr)(c & 0xffff) << 40 |
           (tpy_instr)(f & 0xff) << 56;
}

static inline tpy_instr tpy_i_aj(unsigned op, unsigned a, int32_t sj, unsigned f)
{
    return (tpy_instr)(op & 0xff) | (tpy_instr)(a & 0xffff) << 8 |
           (tpy_instr)(uint32_t)sj << 24 | (tpy_instr)(f & 0xff) << 56;
}

/** @name F bits
 *  @{ */
#define TPY_F_REL_A 0x01u   /**< release r[A] after use */
#define TPY_F_REL_B 0x02u   /**< release r[B] after use */
#define TPY_F_REL_C 0x04u   /**< release r[C] after use */
#define TPY_F_INPLACE 0x08u /**< binary operator: the augmented form (+=) */
#define TPY_F_SEL(f) (((f) >> 4) & 0xfu) /**< the selector nibble */
#define TPY_F_SELECT(n) ((unsigned)(n) << 4)
/** @} */

/* Comparison selectors (COMPARE, COMPAREK), in CPython's Py_LT.. order. */
enum { TPY_CMP_LT, TPY_CMP_LE, TPY_CMP_EQ, TPY_CMP_NE, TPY_CMP_GT, TPY_CMP_GE };

/* MAKEFUNCTION selector bits: which extra registers follow r[A]. */
#define TPY_MF_DEFAULTS 0x10u
#define TPY_MF_KWDEFAULTS 0x20u
#define TPY_MF_ANNOTATIONS 0x40u
#define TPY_MF_CLOSURE 0x80u

/* FORMAT: conversion in bits 4-5 (0 none, 1 !s, 2 !r, 3 !a), spec flag. */
#define TPY_FMT_HAS_SPEC 0x40u
/* RAISE: which operands are present. */
#define TPY_RAISE_EXC 0x10u
#define TPY_RAISE_CAUSE 0x20u
/* IS, CONTAINS: negate (is not, not in). */
#define TPY_F_NEG 0x10u
/* YIELD: inside `yield from`/await; B names the delegate iterator. */
#define TPY_YIELD_FROM 0x10u
/* CALLEX: r[A+2] holds a kwargs dict. */
#define TPY_CALLEX_KW 0x10u

#define TPY_OPF_RUNTIME 0x1u  /**< specialized form; never in a code unit */
#define TPY_OPF_JUMP 0x2u     /**< has a jump operand */
#define TPY_OPF_NOFALL 0x4u   /**< control never reaches the next word */
#define TPY_OPF_SKIP 0x8u     /**< followed by a JUMP it skips on success */

/*
 * X(NAME, format, cache words, allowed F, op flags, what it does)
 */
#define TPY_OPCODES(X) \
    X(NOP,           "___", 0, 0, TPY_OPF_RUNTIME, "nothing (runtime-only: the all-zero word is a cache word in a code unit)") \
    X(MOVE,          "wr_", 0, 0x02, 0, "r[A] = r[B] (REL_B: a move, no new reference)") \
    X(LOADK,         "wxx", 0, 0, 0, "r[A] = K[Bx]") \
    X(LOADINT,       "ws_", 0, 0, 0, "r[A] = the int sB") \
    X(LOADNONE,      "w__", 0, 0, 0, "r[A] = None") \
    X(LOADBOOL,      "wi_", 0, 0, 0, "r[A] = bool(B), B in 0..1") \
    X(CHECKBOUND,    "r__", 0, 0, 0, "raise UnboundLocalError when local r[A] is unbound") \
    X(CLEAR,         "w__", 0, 0, 0, "r[A] = unbound (the old value released)") \
    X(DELFAST,       "w__", 0, 0, 0, "del local r[A]: UnboundLocalError when unbound") \
    X(MAKECELL,      "c__", 0, 0, 0, "r[A] = a new cell holding r[A] (or empty)") \
    X(COPYFREE,      "i__", 0, 0, 0, "copy the A cells of the closure into the free slots") \
    X(GETDEREF,      "wc_", 0, 0, 0, "r[A] = contents of cell r[B] (NameError/UnboundLocalError if empty)") \
    X(SETDEREF,      "cr_", 0, 0x02, 0, "contents of cell r[A] = r[B]") \
    X(DELDEREF,      "c__", 0, 0, 0, "empty cell r[A] (error if already empty)") \
    X(GETCLASSDEREF, "wcn", 0, 0, 0, "class body: r[A] = locals()[N[C]], else cell r[B]") \
    X(GETGLOBAL,     "wn_", 2, 0, 0, "r[A] = globals or builtins [N[B]]") \
    X(SETGLOBAL,     "rn_", 0, 0x01, 0, "globals[N[B]] = r[A]") \
    X(DELGLOBAL,     "n__", 0, 0, 0, "del globals[N[A]]") \
    X(GETNAME,       "wn_", 0, 0, 0, "r[A] = locals, globals or builtins [N[B]]") \
    X(SETNAME,       "rn_", 0, 0x01, 0, "locals[N[B]] = r[A]") \
    X(DELNAME,       "n__", 0, 0, 0, "del locals[N[A]]") \
    X(GETATTR,       "wrn", 2, 0x02, 0, "r[A] = r[B].N[C]") \
    X(SETATTR,       "rnr", 2, 0x05, 0, "r[A].N[B] = r[C]") \
    X(DELATTR,       "rn_", 0, 0x01, 0, "del r[A].N[B]") \
    X(GETMETHOD,     "Wrn", 2, 0x02, 0, "r[A], r[A+1] = method and self, or attribute and unbound (r[B].N[C])") \
    X(GETITEM,       "wrr", 1, 0x06, 0, "r[A] = r[B][r[C]]") \
    X(SETITEM,       "rrr", 1, 0x07, 0, "r[A][r[B]] = r[C]") \
    X(DELITEM,       "rr_", 0, 0x03, 0, "del r[A][r[B]]") \
    X(BUILDSLICE,    "wRi", 0, 0, 0, "r[A] = slice(r[B], r[B+1][, r[B+2]]), C in 2..3") \
    X(ADD,           "wrr", 1, 0x0e, 0, "r[A] = r[B] + r[C]") \
    X(SUB,           "wrr", 1, 0x0e, 0, "r[A] = r[B] - r[C]") \
    X(MUL,           "wrr", 1, 0x0e, 0, "r[A] = r[B] * r[C]") \
    X(MATMUL,        "wrr", 1, 0x0e, 0, "r[A] = r[B] @ r[C]") \
    X(TRUEDIV,       "wrr", 1, 0x0e, 0, "r[A] = r[B] / r[C]") \
    X(FLOORDIV,      "wrr", 1, 0x0e, 0, "r[A] = r[B] // r[C]") \
    X(MOD,           "wrr", 1, 0x0e, 0, "r[A] = r[B] % r[C]") \
    X(POW,           "wrr", 1, 0x0e, 0, "r[A] = r[B] ** r[C]") \
    X(LSHIFT,        "wrr", 1, 0x0e, 0, "r[A] = r[B] << r[C]") \
    X(RSHIFT,        "wrr", 1, 0x0e, 0, "r[A] = r[B] >> r[C]") \
    X(BAND,          "wrr", 1, 0x0e, 0, "r[A] = r[B] & r[C]") \
    X(BOR,           "wrr", 1, 0x0e, 0, "r[A] = r[B] | r[C]") \
    X(BXOR,          "wrr", 1, 0x0e, 0, "r[A] = r[B] ^ r[C]") \
    X(ADDK,          "wrk", 1, 0x0a, 0, "r[A] = r[B] + K[C]") \
    X(SUBK,          "wrk", 1, 0x0a, 0, "r[A] = r[B] - K[C]") \
    X(COMPARE,       "wrr", 1, 0x56, 0, "r[A] = r[B] <op> r[C], op = selector (LT..GE)") \
    X(COMPAREK,      "wrk", 1, 0x52, 0, "r[A] = r[B] <op> K[C], op = selector (LT..GE)") \
    X(IS,            "wrr", 0, 0x16, 0, "r[A] = r[B] is r[C] (NEG: is not)") \
    X(CONTAINS,      "wrr", 0, 0x16, 0, "r[A] = r[B] in r[C] (NEG: not in)") \
    X(NEG,           "wr_", 0, 0x02, 0, "r[A] = -r[B]") \
    X(POS,           "wr_", 0, 0x02, 0, "r[A] = +r[B]") \
    X(INVERT,        "wr_", 0, 0x02, 0, "r[A] = ~r[B]") \
    X(NOT,           "wr_", 0, 0x02, 0, "r[A] = not r[B]") \
    X(JUMP,          "_jj", 0, 0, TPY_OPF_JUMP | TPY_OPF_NOFALL, "jump by sJ") \
    X(JUMPIFTRUE,    "rjj", 0, 0x01, TPY_OPF_JUMP, "jump by sJ when r[A] is true") \
    X(JUMPIFFALSE,   "rjj", 0, 0x01, TPY_OPF_JUMP, "jump by sJ when r[A] is false") \
    X(GETITER,       "wr_", 0, 0x02, 0, "r[A] = iter(r[B])") \
    X(FORITER,       "rw_", 1, 0, TPY_OPF_SKIP, "r[B] = next(r[A]) and skip the JUMP after; exhausted: clear r[A], run the JUMP") \
    X(GETAITER,      "wr_", 0, 0x02, 0, "r[A] = aiter(r[B])") \
    X(GETANEXT,      "wr_", 0, 0, 0, "r[A] = awaitable of anext(r[B])") \
    X(ENDASYNCFOR,   "rr_", 0, 0, 0, "r[A] is StopAsyncIteration: clear r[A], r[B]; else re-raise r[A]") \
    X(GETAWAITABLE,  "wr_", 0, 0x22, 0, "r[A] = the iterator of awaitable r[B] (selector: 1 after __aenter__, 2 after __aexit__)") \
    X(GETYIELDFROMITER, "wr_", 0, 0x02, 0, "r[A] = iterator of r[B] for yield from") \
    X(SEND,          "rr_", 0, 0, TPY_OPF_SKIP, "r[B] = r[A].send(r[B]); yielded: skip the JUMP after; returned: r[B] = value, clear r[A], run the JUMP") \
    X(YIELD,         "ur_", 0, 0x10, 0, "yield r[A]; resume with the sent value in r[A] (YIELD_FROM: r[B] is the delegate)") \
    X(RETURN,        "r__", 0, 0, TPY_OPF_NOFALL, "return r[A]") \
    X(RETURNNONE,    "___", 0, 0, TPY_OPF_NOFALL, "return None") \
    X(RAISE,         "rr_", 0, 0x30, TPY_OPF_NOFALL, "raise r[A] from r[B] (selector: which are present; none: re-raise the current exception)") \
    X(RERAISE,       "r__", 0, 0, TPY_OPF_NOFALL, "re-raise r[A], adding no traceback entry") \
    X(PUSHEXC,       "rw_", 0, 0, 0, "r[B] = the exception being handled; r[A] becomes it") \
    X(POPEXC,        "w__", 0, 0, 0, "the exception being handled = r[A]; clear r[A]") \
    X(CHECKEXC,      "wrr", 0, 0x04, 0, "r[A] = r[B] matches except clause type r[C]") \
    X(LOADASSERT,    "w__", 0, 0, 0, "r[A] = AssertionError") \
    X(LOADBUILDCLASS, "w__", 0, 0, 0, "r[A] = builtins.__build_class__") \
    X(BEFOREWITH,    "Wr_", 0, 0x02, 0, "r[A] = r[B].__exit__, r[A+1] = r[B].__enter__()") \
    X(BEFOREASYNCWITH, "Wr_", 0, 0x02, 0, "r[A] = r[B].__aexit__, r[A+1] = r[B].__aenter__()") \
    X(WITHEXIT,      "wr_", 0, 0x02, 0, "r[A] = r[B](None, None, None)") \
    X(WITHEXCEXIT,   "wrr", 0, 0x02, 0, "r[A] = r[B](type(r[C]), r[C], r[C].__traceback__)") \
    X(CALL,          "RiK", 2, 0x01, 0, "r[A] = r[A](r[A+1..A+B]); K[C-1]: names of the last keyword arguments; REL_A: discard the result") \
    X(CALLMETHOD,    "RiK", 2, 0x01, 0, "as CALL after GETMETHOD: self r[A+1] (if bound), arguments from r[A+2]") \
    X(CALLEX,        "R__", 0, 0x11, 0, "r[A] = r[A](*r[A+1], **r[A+2]); REL_A: discard the result") \
    X(MAKEFUNCTION,  "Rk_", 0, 0xf0, 0, "r[A] = function of code K[B]; selector: defaults, kwdefaults, annotations, closure in r[A+1..]") \
    X(BUILDTUPLE,    "wRi", 0, 0, 0, "r[A] = (r[B], ..., r[B+C-1])") \
    X(BUILDLIST,     "wRi", 0, 0, 0, "r[A] = [r[B], ..., r[B+C-1]]") \
    X(BUILDSET,      "wRi", 0, 0, 0, "r[A] = {r[B], ..., r[B+C-1]}") \
    X(BUILDMAP,      "wRi", 0, 0, 0, "r[A] = {r[B]: r[B+1], ...} (C pairs)") \
    X(BUILDSTRING,   "wRi", 0, 0, 0, "r[A] = r[B] + ... + r[B+C-1] (strings)") \
    X(LISTAPPEND,    "rr_", 0, 0x02, 0, "r[A].append(r[B])") \
    X(SETADD,        "rr_", 0, 0x02, 0, "r[A].add(r[B])") \
    X(MAPADD,        "rrr", 0, 0x06, 0, "r[A][r[B]] = r[C]") \
    X(LISTEXTEND,    "rr_", 0, 0x02, 0, "r[A].extend(r[B])") \
    X(SETUPDATE,     "rr_", 0, 0x02, 0, "r[A].update(r[B])") \
    X(DICTUPDATE,    "rr_", 0, 0x02, 0, "r[A].update(r[B]) (a mapping)") \
    X(DICTMERGE,     "rrr", 0, 0x02, 0, "r[A].update(r[B]), duplicate keys an error naming callee r[C]") \
    X(LISTTOTUPLE,   "wr_", 0, 0x02, 0, "r[A] = tuple(r[B])") \
    X(FORMAT,        "wrr", 0, 0x76, 0, "r[A] = format(conv(r[B]), r[C] if HAS_SPEC else '')") \
    X(UNPACK,        "Rri", 0, 0x02, 0, "r[A..A+C) = the C items of r[B]") \
    X(UNPACKEX,      "Rri", 0, 0x02, 0, "starred unpack of r[B]: C = before | after << 8; before + 1 + after registers") \
    X(IMPORTNAME,    "wnk", 0, 0, 0, "r[A] = __import__(N[B], fromlist, level), K[C] = (level, fromlist)") \
    X(IMPORTFROM,    "wrn", 0, 0, 0, "r[A] = from-import N[C] of module r[B]") \
    X(IMPORTSTAR,    "r__", 0, 0x01, 0, "from r[A] import * into the locals") \
    X(SETUPANNOTATIONS, "___", 0, 0, 0, "make __annotations__ in the locals when missing") \
    X(ADD_INT,       "wrr", 1, 0x0e, TPY_OPF_RUNTIME, "ADD specialized for two ints") \
    X(ADD_FLOAT,     "wrr", 1, 0x0e, TPY_OPF_RUNTIME, "ADD specialized for two floats") \
    X(ADD_STR,       "wrr", 1, 0x0e, TPY_OPF_RUNTIME, "ADD specialized for two strs") \
    X(SUB_INT,       "wrr", 1, 0x0e, TPY_OPF_RUNTIME, "SUB specialized for two ints") \
    X(SUB_FLOAT,     "wrr", 1, 0x0e, TPY_OPF_RUNTIME, "SUB specialized for two floats") \
    X(MUL_INT,       "wrr", 1, 0x0e, TPY_OPF_RUNTIME, "MUL specialized for two ints") \
    X(MUL_FLOAT,     "wrr", 1, 0x0e, TPY_OPF_RUNTIME, "MUL specialized for two floats") \
    X(ADDK_INT,      "wrk", 1, 0x0a, TPY_OPF_RUNTIME, "ADDK specialized for an int") \
    X(SUBK_INT,      "wrk", 1, 0x0a, TPY_OPF_RUNTIME, "SUBK specialized for an int") \
    X(COMPARE_INT,   "wrr", 1, 0x56, TPY_OPF_RUNTIME, "COMPARE specialized for two ints") \
    X(COMPARE_FLOAT, "wrr", 1, 0x56, TPY_OPF_RUNTIME, "COMPARE specialized for two floats") \
    X(COMPARE_STR,   "wrr", 1, 0x56, TPY_OPF_RUNTIME, "COMPARE (==, !=) specialized for two strs") \
    X(COMPAREK_INT,  "wrk", 1, 0x52, TPY_OPF_RUNTIME, "COMPAREK specialized for an int") \
    X(GETATTR_SLOT,  "wrn", 2, 0x02, TPY_OPF_RUNTIME, "GETATTR of a slot of a known type") \
    X(GETATTR_INSTANCE, "wrn", 2, 0x02, TPY_OPF_RUNTIME, "GETATTR from an instance dict of a known type") \
    X(GETATTR_MODULE, "wrn", 2, 0x02, TPY_OPF_RUNTIME, "GETATTR of a module global, dict version checked") \
    X(SETATTR_INSTANCE, "rnr", 2, 0x05, TPY_OPF_RUNTIME, "SETATTR into an instance dict of a known type") \
    X(GETMETHOD_CACHED, "Wrn", 2, 0x02, TPY_OPF_RUNTIME, "GETMETHOD of a known type's method") \
    X(GETMETHOD_INSTANCE, "Wrn", 2, 0x02, TPY_OPF_RUNTIME, "GETMETHOD of a class's Python function, class version checked") \
    X(GETGLOBAL_MODULE, "wn_", 2, 0, TPY_OPF_RUNTIME, "GETGLOBAL from the module dict, version checked") \
    X(GETGLOBAL_BUILTIN, "wn_", 2, 0, TPY_OPF_RUNTIME, "GETGLOBAL from builtins, both versions checked") \
    X(GETITEM_LIST,  "wrr", 1, 0x06, TPY_OPF_RUNTIME, "GETITEM of a list by an int") \
    X(GETITEM_TUPLE, "wrr", 1, 0x06, TPY_OPF_RUNTIME, "GETITEM of a tuple by an int") \
    X(GETITEM_DICT,  "wrr", 1, 0x06, TPY_OPF_RUNTIME, "GETITEM of a dict") \
    X(SETITEM_LIST,  "rrr", 1, 0x07, TPY_OPF_RUNTIME, "SETITEM of a list by an int") \
    X(CALL_PY,       "RiK", 2, 0x01, TPY_OPF_RUNTIME, "CALL of a Python function: a frame push") \
    X(CALL_BUILTIN,  "RiK", 2, 0x01, TPY_OPF_RUNTIME, "CALL of a builtin function") \
    X(CALLMETHOD_PY, "RiK", 2, 0x01, TPY_OPF_RUNTIME, "CALLMETHOD of a Python function") \
    X(FORITER_RANGE, "rw_", 1, 0, TPY_OPF_SKIP | TPY_OPF_RUNTIME, "FORITER over a range") \
    X(FORITER_LIST,  "rw_", 1, 0, TPY_OPF_SKIP | TPY_OPF_RUNTIME, "FORITER over a list") \
    X(FORITER_GEN,   "rw_", 1, 0, TPY_OPF_SKIP | TPY_OPF_RUNTIME, "FORITER over a generator: its frame resumed in the loop") \
    X(CALL_GEN,      "RiK", 2, 0x01, TPY_OPF_RUNTIME, "CALL of a generator function taking the positional arguments: the generator made in place")

typedef enum tpy_opcode {
#define TPY_OP_ENUM(name, fmt, cache, fmask, flags, doc) TPY_OP_##name,
    TPY_OPCODES(TPY_OP_ENUM)
#undef TPY_OP_ENUM
    TPY_OP_COUNT
} tpy_opcode;

/** @brief What the table says about one opcode. */
typedef struct tpy_opinfo {
    const char *name;    /**< "ADD" */
    const char *format;  /**< operand kinds of A, B, C */
    unsigned cache;      /**< cache words after the instruction */
    unsigned fmask;      /**< F bits it may carry */
    unsigned flags;      /**< TPY_OPF_* */
    const char *doc;
} tpy_opinfo;

/** @brief The entry of @p op, or NULL when @p op is not an opcode. */
const tpy_opinfo *tpy_opinfo_of(unsigned op);

/** @brief Words an instruction of opcode @p op occupies with its caches
 *  (1 for an unknown opcode). */
unsigned tpy_op_width(unsigned op);

#endif /* TPY_OPCODE_H */
