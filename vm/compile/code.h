/**
 * @file code.h
 * @brief The code unit: what the compiler makes of one module, class body,
 * function, lambda or comprehension, as a plain C structure with no runtime
 * objects. The runtime turns code units into code objects; marshal.c writes
 * and reads them, verify.c checks them, dis.c prints them.
 *
 * Ownership: a code unit, its arrays, strings, constants and nested code
 * units live in one arena (the compilation's or the cache reader's) and
 * die with it. A finished code unit is never modified.
 *
 * Frame layout of a code unit with nlocals named slots and nregs registers:
 *
 *     r[0 .. nargs)          parameters (positional-only, positional,
 *                            keyword-only, *args, **kwargs)
 *     r[nargs .. nlocals)    the other locals, cells and then free variables
 *                            (kinds[i] says which)
 *     r[nlocals .. nregs)    temporaries, allocated like a stack
 */
#ifndef TPY_CODE_H
#define TPY_CODE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "arena.h"
#include "linetable.h"
#include "opcode.h"

typedef struct tpy_code tpy_code;

/** @brief Kinds of compile-time constant. */
typedef enum tpy_kkind {
    TPY_K_NONE, TPY_K_TRUE, TPY_K_FALSE, TPY_K_ELLIPSIS,
    TPY_K_INT,      /**< fits int64: i */
    TPY_K_BIGINT,   /**< decimal text, optional '-' then digits: s */
    TPY_K_FLOAT,    /**< f */
    TPY_K_COMPLEX,  /**< re, im */
    TPY_K_STR,      /**< UTF-8 text: s */
    TPY_K_BYTES,    /**< s */
    TPY_K_TUPLE,    /**< items */
    TPY_K_CODE,     /**< a nested code unit */
    TPY_K_COUNT
} tpy_kkind;

/** @brief A compile-time constant (no objects). */
typedef struct tpy_kval {
    tpy_kkind kind;
    uint32_t len;            /**< bytes of s; items of a tuple */
    union {
        int64_t i;
        double f;
        struct { double re, im; } c;
        const char *s;       /**< BIGINT, STR, BYTES (NUL-terminated too) */
        const struct tpy_kval *items;
        const tpy_code *code;
    } u;
} tpy_kval;

/** @brief A string of the code unit (a name), UTF-8 and NUL-terminated. */
typedef struct tpy_name {
    const char *s;
    uint32_t len;
} tpy_name;

/** @name Kinds of named slot (bits; a parameter may also be a cell)
 *  @{ */
#define TPY_SLOT_LOCAL 0x1u
#define TPY_SLOT_CELL 0x2u
#define TPY_SLOT_FREE 0x4u
#define TPY_SLOT_ARG 0x8u
/** @} */

/** @name Code unit flags (CPython's CO_* values)
 *  @{ */
#define TPY_CO_OPTIMIZED 0x0001u
#define TPY_CO_NEWLOCALS 0x0002u
#define TPY_CO_VARARGS 0x0004u
#define TPY_CO_VARKEYWORDS 0x0008u
#define TPY_CO_NESTED 0x0010u
#define TPY_CO_GENERATOR 0x0020u
#define TPY_CO_NOFREE 0x0040u
#define TPY_CO_COROUTINE 0x0080u
#define TPY_CO_ITERABLE_COROUTINE 0x0100u
#define TPY_CO_ASYNC_GENERATOR 0x0200u
#define TPY_CO_FUTURE_ANNOTATIONS 0x1000000u
#define TPY_CO_ALL_FLAGS 0x10003ffu
/** @} */

/** @brief One exception-table entry: an exception raised by an instruction
 *  starting in [start, end) releases every register from @c reg up, puts
 *  the exception in r[reg] and continues at @c target. Entries are sorted
 *  and do not overlap: each covers its range's innermost handler. */
typedef struct tpy_exc_entry {
    uint32_t start, end, target;
    uint32_t reg;
} tpy_exc_entry;

struct tpy_code {
    const tpy_instr *code;       /**< ncode words: instructions and caches */
    uint32_t ncode;
    const tpy_kval *consts;
    uint32_t nconsts;
    const tpy_name *names;       /**< attribute, global and module-level names */
    uint32_t nnames;
    const tpy_name *slotnames;   /**< nlocals names of the named slots */
    const uint8_t *slotkinds;    /**< TPY_SLOT_* per named slot */
    uint32_t nlocals;            /**< named slots (locals, cells, free) */
    uint32_t nfree;              /**< the last nfree named slots are FREE */
    uint32_t nregs;              /**< named slots + temporaries */
    uint32_t argcount;           /**< positional parameters (posonly included) */
    uint32_t posonlyargcount;
    uint32_t kwonlyargcount;
    uint32_t flags;              /**< TPY_CO_* */
    uint32_t firstline;
    uint32_t maxnesting;         /**< deepest block nesting (loops, try, with) */
    tpy_name name, qualname, filename;
    const uint8_t *linetable;    /**< lines of the words: see linetable.h */
    uint32_t nlinetable;
    const uint8_t *coltable;     /**< columns of the words: see linetable.h */
    uint32_t ncoltable;
    const tpy_exc_entry *exctable;
    uint32_t nexc;
};

/** @brief Parameters in r[0..): argcount + kwonly + *args + **kwargs. */
uint32_t tpy_code_nargs(const tpy_code *co);

/** @brief The source line of word @p pc (0 when outside the code): what a
 *  traceback entry and the disassembler print. */
uint32_t tpy_code_line(const tpy_code *co, uint32_t pc);

/** @brief The full position of word @p pc (CPython's co_positions()):
 *  lines and columns for a traceback's `^^^^` markers. false when @p pc is
 *  outside the code; columns are -1 when unknown. See linetable.h. */
bool tpy_code_position(const tpy_code *co, uint32_t pc, tpy_position *out);

/** @brief Structural equality of two constants (CPython's rules for
 *  merging constants: same kind, same bits, so 0.0 differs from -0.0). */
bool tpy_kval_equal(const tpy_kval *a, const tpy_kval *b);

/** @brief Structural equality of two code units, recursively. */
bool tpy_code_equal(const tpy_code *a, const tpy_code *b);

/** @brief A hash consistent with tpy_kval_equal (code units by address). */
uint64_t tpy_kval_hash(const tpy_kval *k);

/** @brief Copy @p n bytes into @p a as a NUL-terminated tpy_name. */
bool tpy_name_make(tpy_arena *a, const char *s, size_t n, tpy_name *out);

/* ---- building ----------------------------------------------------------- */

/**
 * @brief A code unit under construction: growable arrays in layer1 memory,
 * constants and names de-duplicated through hash maps. tpy_code_finish()
 * copies the result into the arena and tpy_code_builder_fini() releases the
 * builder's own memory (on success or failure alike).
 */
typedef struct tpy_code_builder {
    tpy_arena *arena;           /**< receives the finished unit */
    tpy_instr *code;
    uint32_t ncode, capcode;
    tpy_position *locs;         /**< source position of each word */
    tpy_kval *consts;
    uint32_t nconsts, capconsts;
    uint32_t *kmap;             /**< open addressing: const index + 1 */
    uint32_t kmapcap;
    tpy_name *names;
    uint32_t nnames, capnames;
    uint32_t *nmap;             /**< open addressing: name index + 1 */
    uint32_t nmapcap;
    tpy_exc_entry *exc;
    uint32_t nexc, capexc;
    bool nomem;                 /**< an allocation failed: finish fails */
} tpy_code_builder;

void tpy_code_builder_init(tpy_code_builder *b, tpy_arena *arena);
void tpy_code_builder_fini(tpy_code_builder *b);

/** @brief Append one word (instruction or cache) from source position
 *  @p loc; returns its index. */
uint32_t tpy_code_emit(tpy_code_builder *b, tpy_instr word, const tpy_position *loc);

/** @brief The index of constant @p k, added if new. Strings and tuple items
 *  the constant points to must live in the builder's arena. UINT32_MAX
 *  when out of memory. */
uint32_t tpy_code_const(tpy_code_builder *b, const tpy_kval *k);

/** @brief The index of name @p s (NUL-terminated), added if new. */
uint32_t tpy_code_name(tpy_code_builder *b, const char *s);

/** @brief Append an exception-table entry (kept in the order given). */
void tpy_code_add_exc(tpy_code_builder *b, tpy_exc_entry e);

/**
 * @brief Copy the built arrays into @p co (whose scalar fields, slots and
 * names the caller has filled), build the line table.
 * @return false when out of memory.
 */
bool tpy_code_finish(tpy_code_builder *b, tpy_code *co);

#endif /* TPY_CODE_H */
