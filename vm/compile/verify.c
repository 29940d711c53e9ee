/* verify.c: checking code units before they can run (see verify.h).
 *
 * One pass over the instructions, against a table made at compile time
 * from the opcode table's X-macro: for each opcode its width with caches,
 * for each operand the class of its limit (registers, constants, names,
 * ...), its F rules and its register run. Per code unit the limits are
 * filled in once, as lanes of a word (see spread()), so checking an
 * instruction is one table load and arithmetic folded into a single test:
 * two subtractions compare the three operands with their limits and the
 * released ones with the named slots, one multiplication sums the run.
 * Only opcodes with rules of their own and failures take the detailed
 * path, which checks one thing at a time and writes the message. The
 * scratch array of jumps to resolve is reused from unit to unit.
 */
#include "verify.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include <tierpy/mem.h>

#include "linetable.h"
#include "regalloc.h"

/* ---- the operand table ---------------------------------------------------------- */

/* Limit classes: an operand is valid when it is below its class's limit.
 * LIM_NEVER is 0 so that an opcode missing from the table fails every
 * operand. */
enum {
    LIM_NEVER,   /* no value: the operands of an opcode never in a code unit */
    LIM_ZERO,    /* `_`: must be 0 */
    LIM_REG,     /* r w u R: a register */
    LIM_REG2,    /* W: A and A+1 */
    LIM_CONST,   /* k, and LOADK's B (see LIM_OPERAND) */
    LIM_CONST1,  /* K: index + 1 or 0 */
    LIM_NAME,    /* n */
    LIM_LOCAL,   /* c: a named slot (its kind checked by the rules) */
    LIM_BOOL,    /* LOADBOOL's B: 0 or 1 */
    LIM_ANY,     /* i s j: any 16-bit value (checked by rules or jumps) */
    LIM_COUNT
};

/* LOADBOOL's B is 0 or 1. A call's keyword names (C) and a Bx (B and C)
 * of 16 bits or more take the detailed path, so the table lets only 0
 * through in C, and checks Bx as B. */
#define LIM_OPERAND(name, fmt, opflags, i) \
    (((opflags) & TPY_OPF_RUNTIME) ? LIM_NEVER : IS(name, LOADBOOL) && (i) == 1 ? LIM_BOOL : \
     (IS_CALL(name) || (fmt)[2] == 'x') && (i) == 2 ? LIM_ZERO : \
     (fmt)[1] == 'x' && (i) == 1 ? LIM_CONST : LIM_OF(fmt[i]))
#define LIM_OF(ch) ((ch) == '_' ? LIM_ZERO : (ch) == 'W' ? LIM_REG2 : \
                    (ch) == 'r' || (ch) == 'w' || (ch) == 'u' || (ch) == 'R' ? LIM_REG : \
                    (ch) == 'k' ? LIM_CONST : (ch) == 'K' ? LIM_CONST1 : \
                    (ch) == 'n' ? LIM_NAME : (ch) == 'c' ? LIM_LOCAL : LIM_ANY)

/* The opcodes with rules the table cannot express (see opcode_rules()):
 * cells, exact counts, constants of a kind. CALL and CALLMETHOD have one
 * only when they pass keyword names (see LIM_OPERAND). */
#define IS(name, op) (TPY_OP_##name == TPY_OP_##op)
#define HAS_RULES(name, fmt) \
    (HAS_LETTER(fmt, 'c') || IS(name, COPYFREE) || IS(name, CHECKBOUND) || IS(name, DELFAST) || \
     IS(name, BUILDSLICE) || IS(name, CALLEX) || IS(name, MAKEFUNCTION) || IS(name, UNPACKEX) || \
     IS(name, IMPORTNAME) || IS(name, YIELD))
#define HAS_LETTER(fmt, ch) ((fmt)[0] == (ch) || (fmt)[1] == (ch) || (fmt)[2] == (ch))
#define IS_CALL(name) (IS(name, CALL) || IS(name, CALLMETHOD))

/* Check flags. */
#define CK_NOTE 0x01u    /* checked after the pass (bit 0: added to the note count) */
#define CK_SKIP 0x02u    /* followed by the JUMP it skips (else: has a jump offset) */
#define CK_NOFALL 0x04u  /* never falls through */
#define CK_CELL 0x08u    /* an operand names a cell (checked with the rules) */

/* A register run r[start .. start + len * mul + add) that must fit the
 * frame; start and length are operands (0, 1, 2: A, B, C; 3: none). In the
 * table the run becomes weights of the operand lanes (see spread()), so
 * that one multiplication sums it for every opcode alike. */
#define RUN_START(name) (IS_CALL(name) || IS(name, UNPACK) ? 0 : IS_BUILD(name) ? 1 : 3)
#define RUN_LEN(name) (IS_CALL(name) ? 1 : IS(name, UNPACK) || IS_BUILD(name) ? 2 : 3)
#define RUN_MUL(name) (IS(name, BUILDMAP) ? 2 : 1)
#define RUN_ADD(name) (IS(name, CALL) ? 1 : IS(name, CALLMETHOD) ? 2 : 0)
#define IS_BUILD(name) (IS(name, BUILDTUPLE) || IS(name, BUILDLIST) || IS(name, BUILDSET) || \
                        IS(name, BUILDSTRING) || IS(name, BUILDMAP))
/* Operand i's weight w goes to bit 36 - 18 i of the multiplier, so that
 * the product's lane 2 holds the weighted sum. */
#define RUN_WEIGHT(i, w) ((i) == 3 ? 0 : (uint64_t)(w) << (2 * LANE_BITS - LANE_BITS * ((i) % 3)))
#define RUN_WEIGHTS(name) \
    (RUN_WEIGHT(RUN_START(name), 1) + RUN_WEIGHT(RUN_LEN(name), RUN_MUL(name)))

/* A, B and C side by side in one word, 18 bits apart: each lane holds a
 * 16-bit operand, room for a limit up to 0x10000, and a guard bit above.
 * Subtracting lane by lane then compares all three at once: a lane that
 * goes below zero borrows its guard bit and stops there. */
#define LANE_BITS 18u
#define GUARD(lane) (1ull << ((lane) * LANE_BITS + 17))
#define GUARDS (GUARD(0) | GUARD(1) | GUARD(2))

typedef struct opcheck {
    uint8_t width;      /* words with caches; 0: never in a code unit */
    uint8_t lim[3];     /* limit classes of A, B, C */
    uint8_t flags;      /* CK_* */
    uint8_t fbad;       /* low F bits it may not carry */
    uint8_t maxsel;     /* largest selector */
    uint8_t relmask;    /* release bits that must name temporaries */
    uint16_t rules;     /* RULES_BIT when opcode_rules() has more to check */
    uint8_t run_add;    /* registers past the weighted sum of the run */
    uint64_t run_weights; /* see RUN_WEIGHT (0: no run) */
} opcheck;

/* Above every bit the table's checks produce (F is 8 bits) and below the
 * guards. */
#define RULES_BIT 0x100u

static const opcheck opchecks[256] = {
#define TPY_OP_CHECK(name, fmt, cache, fm, opflags, doc) \
    [TPY_OP_##name] = {((opflags) & TPY_OPF_RUNTIME) ? 0 : 1 + (cache), \
                       {LIM_OPERAND(name, fmt, opflags, 0), LIM_OPERAND(name, fmt, opflags, 1), \
                        LIM_OPERAND(name, fmt, opflags, 2)}, \
                       (((opflags) & (TPY_OPF_JUMP | TPY_OPF_SKIP)) ? CK_NOTE : 0) | \
                       (((opflags) & TPY_OPF_SKIP) ? CK_SKIP : 0) | \
                       (((opflags) & TPY_OPF_NOFALL) ? CK_NOFALL : 0) | \
                       (HAS_LETTER(fmt, 'c') ? CK_CELL : 0), \
                       ~(fm) & 0xf, (fm) >> 4, \
                       IS_CALL(name) || IS(name, CALLEX) ? 6 : 7, \
                       HAS_RULES(name, fmt) ? RULES_BIT : 0, \
                       RUN_START(name) != 3 ? RUN_ADD(name) : 0, RUN_WEIGHTS(name)},
    TPY_OPCODES(TPY_OP_CHECK)
#undef TPY_OP_CHECK
};

/* ---- the verifier --------------------------------------------------------------- */

typedef struct verifier {
    const tpy_code *co;
    bool trusted_text;       /* the marshal reader checked every string */
    uint64_t lim[LIM_COUNT]; /* the current unit's limits */
    uint64_t lanes[3][LIM_COUNT]; /* the limits as lanes (see spread()) */
    uint64_t nlanes;         /* nlocals in each lane */
    uint32_t *jumps;         /* pcs of the jumps (and skips) to check */
    uint32_t njumps, capjumps;
    char *why;
    size_t whylen;
    int depth;
} verifier;

static bool fail(verifier *v, uint32_t pc, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

static bool fail(verifier *v, uint32_t pc, const char *fmt, ...)
{
    char msg[200];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    const char *name = v->co->qualname.s ? v->co->qualname.s : "?";
    if (pc == UINT32_MAX)
        snprintf(v->why, v->whylen, "code unit %s: %s", name, msg);
    else
        snprintf(v->why, v->whylen, "code unit %s, offset %u: %s", name, pc, msg);
    return false;
}

/* ---- text --------------------------------------------------------------------------- */

/* Bytes of an all-ASCII word that are zero: each non-zero byte gets its
 * high bit from adding 0x7f (no carries, as no byte has its high bit);
 * the multiply adds up the eight flags in the top byte. */
static unsigned zero_bytes(uint64_t w)
{
    uint64_t nonzero = ((w + 0x7f7f7f7f7f7f7f7full) & 0x8080808080808080ull) >> 7;
    return 8 - (unsigned)((nonzero * 0x0101010101010101ull) >> 56);
}

/* One UTF-8 sequence at *p (CPython's surrogatepass: lone surrogates
 * allowed); false when malformed. */
static bool utf8_step(const unsigned char **pp, const unsigned char *end)
{
    const unsigned char *p = *pp;
    unsigned c = *p++;
    int more = c < 0x80 ? 0 : (c & 0xe0) == 0xc0 ? 1 : (c & 0xf0) == 0xe0 ? 2
             : (c & 0xf8) == 0xf0 ? 3 : -1;
    if (more < 0 || c == 0xc0 || c == 0xc1 || end - p < more)
        return false;
    unsigned cp = more == 0 ? c : c & (0x3f >> more);
    for (int i = 0; i < more; i++, p++) {
        if ((*p & 0xc0) != 0x80)
            return false;
        cp = cp << 6 | (*p & 0x3f);
    }
    static const unsigned minimum[] = {0, 0x80, 0x800, 0x10000};
    if (cp < minimum[more] || cp > 0x10ffff)
        return false;
    *pp = p;
    return true;
}

#if defined(__SSE2__)
/* ASCII blocks of 64 bytes from @p p: advances *pp past them and adds their
 * NULs to *zeros; stops before a block with a non-ASCII byte. Each byte
 * lane counts its NULs up to 4 per block, folded every 63 blocks. */
static void ascii_blocks(const unsigned char **pp, const unsigned char *end, size_t *zeros)
{
    const unsigned char *p = *pp;
    const __m128i zero = _mm_setzero_si128();
    while (end - p >= 64) {
        __m128i count = zero;
        int blocks = 0;
        for (; blocks < 63 && end - p >= 64; blocks++, p += 64) {
            __m128i v0 = _mm_loadu_si128((const __m128i *)(const void *)p);
            __m128i v1 = _mm_loadu_si128((const __m128i *)(const void *)(p + 16));
            __m128i v2 = _mm_loadu_si128((const __m128i *)(const void *)(p + 32));
            __m128i v3 = _mm_loadu_si128((const __m128i *)(const void *)(p + 48));
            if (_mm_movemask_epi8(_mm_or_si128(_mm_or_si128(v0, v1), _mm_or_si128(v2, v3))))
                break;
            /* cmpeq gives -1 for a NUL: subtracting counts it */
            count = _mm_sub_epi8(count, _mm_cmpeq_epi8(v0, zero));
            count = _mm_sub_epi8(count, _mm_cmpeq_epi8(v1, zero));
            count = _mm_sub_epi8(count, _mm_cmpeq_epi8(v2, zero));
            count = _mm_sub_epi8(count, _mm_cmpeq_epi8(v3, zero));
        }
        __m128i sums = _mm_sad_epu8(count, zero);
        *zeros += (size_t)_mm_cvtsi128_si32(sums) + (size_t)_mm_cvtsi128_si32(_mm_srli_si128(sums, 8));
        if (blocks < 63)
            break;
    }
    *pp = p;
}
#endif

bool tpy_verify_text(const char *s, size_t n, size_t *nuls)
{
    const unsigned char *p = (const unsigned char *)s, *end = p + n;
    size_t zeros = 0;
    while (p < end) {
#if defined(__SSE2__)
        const unsigned char *start = p;
        ascii_blocks(&p, end, &zeros);
        if (p != start)
            continue;
#endif
        uint64_t w[4];
        /* ASCII 32 bytes at a time; NULs counted only in a block that has one. */
        if (end - p >= 32 && (memcpy(w, p, 32), !((w[0] | w[1] | w[2] | w[3]) & 0x8080808080808080ull))) {
            uint64_t all = (w[0] + 0x7f7f7f7f7f7f7f7full) & (w[1] + 0x7f7f7f7f7f7f7f7full) &
                           (w[2] + 0x7f7f7f7f7f7f7f7full) & (w[3] + 0x7f7f7f7f7f7f7f7full);
            if ((all & 0x8080808080808080ull) != 0x8080808080808080ull)
                zeros += zero_bytes(w[0]) + zero_bytes(w[1]) + zero_bytes(w[2]) + zero_bytes(w[3]);
            p += 32;
            continue;
        }
        zeros += *p == 0;
        if (!utf8_step(&p, end))
            return false;
    }
    *nuls = zeros;
    return true;
}

static bool check_name(verifier *v, tpy_name nm, const char *what)
{
    size_t nuls;
    if (!nm.s)
        return fail(v, UINT32_MAX, "%s is missing", what);
    if (!v->trusted_text && (!tpy_verify_text(nm.s, nm.len, &nuls) || nuls))
        return fail(v, UINT32_MAX, "%s is not valid UTF-8", what);
    return true;
}

static bool check_code(verifier *v, const tpy_code *co);

static bool check_const(verifier *v, const tpy_kval *k, int depth)
{
    size_t nuls;
    if (depth > 200)
        return fail(v, UINT32_MAX, "constants nested too deeply");
    switch (k->kind) {
    case TPY_K_NONE: case TPY_K_TRUE: case TPY_K_FALSE: case TPY_K_ELLIPSIS:
    case TPY_K_INT: case TPY_K_FLOAT: case TPY_K_COMPLEX: case TPY_K_BYTES:
        return true;
    case TPY_K_STR:
        if (!v->trusted_text && !tpy_verify_text(k->u.s, k->len, &nuls))
            return fail(v, UINT32_MAX, "a str constant is not valid UTF-8");
        return true;
    case TPY_K_BIGINT: {
        uint32_t i = k->len && k->u.s[0] == '-';
        if (i >= k->len || (k->u.s[i] == '0' && k->len > i + 1))
            return fail(v, UINT32_MAX, "malformed int constant");
        for (; i < k->len; i++)
            if (k->u.s[i] < '0' || k->u.s[i] > '9')
                return fail(v, UINT32_MAX, "malformed int constant");
        return true;
    }
    case TPY_K_TUPLE:
        for (uint32_t i = 0; i < k->len; i++)
            if (!check_const(v, &k->u.items[i], depth + 1))
                return false;
        return true;
    case TPY_K_CODE: {
        const tpy_code *saved = v->co;
        bool ok = check_code(v, k->u.code);
        v->co = saved;
        return ok;
    }
    default:
        return fail(v, UINT32_MAX, "unknown constant kind %d", (int)k->kind);
    }
}

/* ---- the unit's fields ---------------------------------------------------------- */

static bool check_slots(verifier *v, const tpy_code *co)
{
    uint32_t nargs = tpy_code_nargs(co);
    if (nargs > co->nlocals || co->nfree > co->nlocals || co->posonlyargcount > co->argcount)
        return fail(v, UINT32_MAX, "argument counts do not fit the slots");
    /* The kinds a slot may have, as bit sets: a local or a cell, the same
     * with ARG for a parameter, exactly FREE for the last nfree (which
     * are never parameters). */
    enum {
        KINDS_LOCAL = 1u << TPY_SLOT_LOCAL | 1u << TPY_SLOT_CELL,
        KINDS_ARG = 1u << (TPY_SLOT_LOCAL | TPY_SLOT_ARG) | 1u << (TPY_SLOT_CELL | TPY_SLOT_ARG),
        KINDS_FREE = 1u << TPY_SLOT_FREE
    };
    uint32_t first_free = co->nlocals - co->nfree;
    for (uint32_t i = 0; i < co->nlocals; i++) {
        unsigned k = co->slotkinds[i];
        bool arg = i < nargs;
        unsigned kinds = i >= first_free ? (arg ? 0 : KINDS_FREE) : arg ? KINDS_ARG : KINDS_LOCAL;
        if (k > 15 || !((kinds >> k) & 1))
            return fail(v, UINT32_MAX, "slot %u has a bad kind 0x%x", i, k);
    }
    /* The reader's names are present and checked (tpy_verify_loaded()). */
    for (uint32_t i = 0; !v->trusted_text && i < co->nlocals; i++)
        if (!check_name(v, co->slotnames[i], "a slot name"))
            return false;
    return true;
}

static bool check_unit(verifier *v, const tpy_code *co)
{
    if (co->nregs > TPY_MAX_REGS || co->nregs < co->nlocals)
        return fail(v, UINT32_MAX, "register count %u out of range", co->nregs);
    if (co->flags & ~TPY_CO_ALL_FLAGS)
        return fail(v, UINT32_MAX, "unknown flags 0x%x", co->flags);
    if (co->firstline < 1 || co->ncode == 0)
        return fail(v, UINT32_MAX, "no code or no first line");
    if (!check_name(v, co->name, "the name") || !check_name(v, co->qualname, "the qualified name") ||
        !check_name(v, co->filename, "the file name"))
        return false;
    for (uint32_t i = 0; !v->trusted_text && i < co->nnames; i++)
        if (!check_name(v, co->names[i], "a name"))
            return false;
    return check_slots(v, co);
}

/* ---- instructions ------------------------------------------------------------------ */

static bool reg_ok(const tpy_code *co, uint64_t r, uint64_t n)
{
    return r + n <= co->nregs;
}

/* The detailed check of one operand, with its message. */
static bool operand_ok(verifier *v, uint32_t pc, char kind, unsigned val, tpy_instr in)
{
    const tpy_code *co = v->co;
    switch (kind) {
    case '_': if (val) return fail(v, pc, "unused operand is not zero"); return true;
    case 'r': case 'w': case 'u': case 'R':
        if (!reg_ok(co, val, 1)) return fail(v, pc, "register r%u out of range", val);
        return true;
    case 'W':
        if (!reg_ok(co, val, 2)) return fail(v, pc, "registers r%u, r%u out of range", val, val + 1);
        return true;
    case 'c':
        if (val >= co->nlocals || !(co->slotkinds[val] & (TPY_SLOT_CELL | TPY_SLOT_FREE)))
            return fail(v, pc, "r%u is not a cell", val);
        return true;
    case 'k':
        if (val >= co->nconsts) return fail(v, pc, "constant %u out of range", val);
        return true;
    case 'K':
        if (val > co->nconsts) return fail(v, pc, "constant %u out of range", val - 1);
        return true;
    case 'x':
        if (TPY_I_BX(in) >= co->nconsts) return fail(v, pc, "constant %u out of range", TPY_I_BX(in));
        return true;
    case 'n':
        if (val >= co->nnames) return fail(v, pc, "name %u out of range", val);
        return true;
    default:
        return true;   /* i, s: checked per opcode; j: with the jumps */
    }
}

static bool is_str_tuple(const tpy_kval *k)
{
    if (k->kind != TPY_K_TUPLE)
        return false;
    for (uint32_t i = 0; i < k->len; i++)
        if (k->u.items[i].kind != TPY_K_STR)
            return false;
    return true;
}

/* The checks the format letters cannot express. */
static bool opcode_rules(verifier *v, uint32_t pc, unsigned op, tpy_instr in)
{
    const tpy_code *co = v->co;
    unsigned a = TPY_I_A(in), b = TPY_I_B(in), c = TPY_I_C(in), sel = TPY_F_SEL(TPY_I_F(in));
    switch (op) {
    case TPY_OP_LOADBOOL: if (b > 1) return fail(v, pc, "LOADBOOL of %u", b); break;
    case TPY_OP_COPYFREE: if (a != co->nfree) return fail(v, pc, "COPYFREE of %u, not nfree", a); break;
    case TPY_OP_CHECKBOUND: case TPY_OP_DELFAST:
        if (a >= co->nlocals || (co->slotkinds[a] & (TPY_SLOT_CELL | TPY_SLOT_FREE)))
            return fail(v, pc, "r%u is not a local", a);
        break;
    case TPY_OP_BUILDSLICE:
        if (c < 2 || c > 3 || !reg_ok(co, b, c)) return fail(v, pc, "bad slice operands");
        break;
    case TPY_OP_BUILDTUPLE: case TPY_OP_BUILDLIST: case TPY_OP_BUILDSET: case TPY_OP_BUILDSTRING:
        if (!reg_ok(co, b, c)) return fail(v, pc, "item registers out of range");
        break;
    case TPY_OP_BUILDMAP:
        if (!reg_ok(co, b, 2ull * c)) return fail(v, pc, "item registers out of range");
        break;
    case TPY_OP_CALL: case TPY_OP_CALLMETHOD: {
        uint64_t n = 1ull + b + (op == TPY_OP_CALLMETHOD);
        if (!reg_ok(co, a, n)) return fail(v, pc, "argument registers out of range");
        if (c && (!is_str_tuple(&co->consts[c - 1]) || co->consts[c - 1].len > b))
            return fail(v, pc, "keyword names are not a tuple of str that fits");
        break;
    }
    case TPY_OP_CALLEX:
        if (!reg_ok(co, a, sel ? 3 : 2)) return fail(v, pc, "argument registers out of range");
        break;
    case TPY_OP_MAKEFUNCTION:
        /* 1 + the number of selector bits: four bits looked up in a nibble table */
        if (!reg_ok(co, a, 1u + ((0x4332322132212110ull >> (4 * sel)) & 0xf)))
            return fail(v, pc, "extra registers out of range");
        if (co->consts[b].kind != TPY_K_CODE) return fail(v, pc, "MAKEFUNCTION of a non-code constant");
        break;
    case TPY_OP_UNPACK:
        if (!reg_ok(co, a, c)) return fail(v, pc, "target registers out of range");
        break;
    case TPY_OP_UNPACKEX:
        if (!reg_ok(co, a, (c & 0xffu) + 1ull + (c >> 8))) return fail(v, pc, "target registers out of range");
        break;
    case TPY_OP_IMPORTNAME: {
        const tpy_kval *k = &co->consts[c];
        if (k->kind != TPY_K_TUPLE || k->len != 2 || k->u.items[0].kind != TPY_K_INT ||
            k->u.items[0].u.i < 0 ||
            (k->u.items[1].kind != TPY_K_NONE && !is_str_tuple(&k->u.items[1])))
            return fail(v, pc, "IMPORTNAME needs (level, fromlist)");
        break;
    }
    case TPY_OP_YIELD:
        if (!(TPY_I_F(in) & TPY_YIELD_FROM) && b) return fail(v, pc, "YIELD delegate without the flag");
        break;
    default:
        break;
    }
    return true;
}

/* F: allowed low bits, selector in range, release only of temporaries. */
static bool flags_ok(verifier *v, uint32_t pc, const tpy_opinfo *info, unsigned op, tpy_instr in)
{
    unsigned f = TPY_I_F(in), low = f & 0xf, allowed = info->fmask & 0xf;
    if (low & ~allowed)
        return fail(v, pc, "flag bits 0x%x not allowed for %s", low, info->name);
    if (TPY_F_SEL(f) > (info->fmask >> 4))
        return fail(v, pc, "selector %u out of range for %s", TPY_F_SEL(f), info->name);
    bool call = op == TPY_OP_CALL || op == TPY_OP_CALLMETHOD || op == TPY_OP_CALLEX;
    unsigned vals[3] = {TPY_I_A(in), TPY_I_B(in), TPY_I_C(in)};
    for (int i = 0; i < 3; i++)
        if ((f & (1u << i)) && !(call && i == 0) && vals[i] < v->co->nlocals)
            return fail(v, pc, "release of named slot r%u", vals[i]);
    return true;
}

/* The detailed path: every operand with its message, F, and the opcode's
 * own rules. */
static bool check_slow(verifier *v, uint32_t pc, tpy_instr in)
{
    unsigned op = TPY_I_OP(in);
    const tpy_opinfo *info = tpy_opinfo_of(op);
    unsigned vals[3] = {TPY_I_A(in), TPY_I_B(in), TPY_I_C(in)};
    for (int i = 0; i < 3; i++)
        if (!operand_ok(v, pc, info->format[i], vals[i], in))
            return false;
    return flags_ok(v, pc, info, op, in) && opcode_rules(v, pc, op, in);
}

/* Room for a jump at every word of the unit, so that the loop can note
 * jumps without a check. */
static bool reserve_jumps(verifier *v, uint32_t ncode)
{
    if (ncode <= v->capjumps)
        return true;
    uint32_t cap = ncode > 256 ? ncode : 256;
    uint32_t *j = tpy_mem_realloc(v->jumps, cap * sizeof *j);
    if (!j)
        return fail(v, UINT32_MAX, "out of memory");
    v->jumps = j;
    v->capjumps = cap;
    return true;
}

/* The operands in their lanes. */
static inline uint64_t spread(tpy_instr in)
{
    return ((in >> 8) & 0xffff) | ((in >> (24 - LANE_BITS)) & (0xffffull << LANE_BITS)) |
           ((in >> (40 - 2 * LANE_BITS)) & (0xffffull << 2 * LANE_BITS));
}

/* Per release bit (F's low three): the lanes of the operands it releases. */
static const uint64_t released_lanes[8] = {
#define REL_LANES(bits) (((bits) & 1 ? 0xffffull : 0) | ((bits) & 2 ? 0xffffull << LANE_BITS : 0) | \
                         ((bits) & 4 ? 0xffffull << 2 * LANE_BITS : 0))
    REL_LANES(0), REL_LANES(1), REL_LANES(2), REL_LANES(3),
    REL_LANES(4), REL_LANES(5), REL_LANES(6), REL_LANES(7),
#undef REL_LANES
};

/* A limit as lane @p lane holds it: guard + limit - 1, so that lane -
 * operand keeps the guard exactly when operand < limit (a limit of 0
 * leaves no guard at all). Limits past 16 bits admit every operand. */
static uint64_t lane_limit(uint64_t lim, unsigned lane)
{
    return ((1ull << 17) + (lim < 0x10000 ? lim : 0x10000) - 1) << (lane * LANE_BITS);
}

static void set_limit(verifier *v, int c, uint64_t lim)
{
    v->lim[c] = lim;
    v->lanes[0][c] = lane_limit(lim, 0);
    v->lanes[1][c] = lane_limit(lim, 1);
    v->lanes[2][c] = lane_limit(lim, 2);
}

/* The limits every unit shares, once per verification. */
static void set_fixed_limits(verifier *v)
{
    set_limit(v, LIM_NEVER, 0);
    set_limit(v, LIM_ZERO, 1);
    set_limit(v, LIM_BOOL, 2);
    set_limit(v, LIM_ANY, 0x10000);
}

/* The limits of unit @p co. */
static void set_limits(verifier *v, const tpy_code *co)
{
    set_limit(v, LIM_REG, co->nregs);
    set_limit(v, LIM_REG2, co->nregs ? co->nregs - 1 : 0);
    set_limit(v, LIM_CONST, co->nconsts);
    set_limit(v, LIM_CONST1, co->nconsts + 1ull);
    set_limit(v, LIM_NAME, co->nnames);
    set_limit(v, LIM_LOCAL, co->nlocals);
    v->nlanes = co->nlocals * (1ull | 1ull << LANE_BITS | 1ull << 2 * LANE_BITS);
}

/* FORITER and SEND are followed by the JUMP they skip. */
static bool skips_a_jump(verifier *v, uint32_t pc, unsigned width)
{
    const tpy_code *co = v->co;
    uint64_t next = (uint64_t)pc + width;
    if (next >= co->ncode || TPY_I_OP(co->code[next]) != TPY_OP_JUMP)
        return fail(v, pc, "%s is not followed by a JUMP", tpy_opinfo_of(TPY_I_OP(co->code[pc]))->name);
    return true;
}

static bool bad_opcode(verifier *v, uint32_t pc, unsigned op)
{
    const tpy_opinfo *info = tpy_opinfo_of(op);
    if (!info)
        return fail(v, pc, "unknown opcode %u", op);
    return fail(v, pc, "runtime-only opcode %s", info->name);
}

/* The table's checks of one instruction, without a branch: each operand
 * below its class's limit, F's bits and selector, released operands
 * temporaries, its register run inside the frame. Non-zero when the
 * detailed path must look: RULES_BIT alone when only the opcode's own
 * rules are left to check. */
static inline uint64_t table_check(const verifier *v, const opcheck *k, tpy_instr in)
{
    uint64_t ops = spread(in), f = TPY_I_F(in);
    uint64_t limits = v->lanes[0][k->lim[0]] | v->lanes[1][k->lim[1]] | v->lanes[2][k->lim[2]];
    uint64_t below = limits - ops;   /* guard kept: operand < limit */
    uint64_t temps = (ops | GUARDS) - (v->nlanes & released_lanes[f & k->relmask]);
    uint64_t run_end = ((ops * k->run_weights) >> 2 * LANE_BITS & 0x3ffff) + k->run_add;
    return (~(below & temps) & GUARDS) | (f & k->fbad) | (uint64_t)((f >> 4) > k->maxsel) |
           (uint64_t)(run_end > v->lim[LIM_REG]) | k->rules;
}

/* The start of the last instruction before word @p end (0 when none): the
 * instructions are the words that are not zero. */
static uint32_t last_instruction(const tpy_instr *code, uint32_t end)
{
    while (end > 0 && !code[end - 1])
        end--;
    return end ? end - 1 : 0;
}

/* The word at @p pc breaks the layout: a word that is not zero inside the
 * cache words of the instruction at @p at, or a zero word (a cache word
 * with no instruction before it: NOP, the all-zero instruction, is
 * runtime-only). */
static bool bad_layout(verifier *v, uint32_t pc, uint32_t at, uint32_t expect)
{
    const tpy_code *co = v->co;
    if (pc < expect)
        return fail(v, at, "cache word %u of %s is not zero", pc - at,
                    tpy_opinfo_of(TPY_I_OP(co->code[at]))->name);
    if (expect >= co->ncode)
        return fail(v, at, "%s's cache runs past the end", tpy_opinfo_of(TPY_I_OP(co->code[at]))->name);
    return fail(v, expect, "a zero word where an instruction should start");
}

/* The operands that name cells, for the path that skips operand_ok(). */
static bool cells_ok(verifier *v, uint32_t pc, tpy_instr in)
{
    if (!(opchecks[TPY_I_OP(in)].flags & CK_CELL))
        return true;
    const char *fmt = tpy_opinfo_of(TPY_I_OP(in))->format;
    unsigned vals[3] = {TPY_I_A(in), TPY_I_B(in), TPY_I_C(in)};
    for (int i = 0; i < 3; i++)
        if (fmt[i] == 'c' && !operand_ok(v, pc, 'c', vals[i], in))
            return false;
    return true;
}

/* The detailed path of the instruction at @p pc: the layout, then either
 * every check with its message (@p bad: the table found something) or the
 * opcode's own rules. Not inlined, so that the loop stays small. */
static __attribute__((noinline)) bool check_detail(verifier *v, uint32_t pc, uint32_t expect,
                                                   tpy_instr in, uint64_t bad)
{
    if (pc != expect)
        return bad_layout(v, pc, last_instruction(v->co->code, pc), expect);
    if (!opchecks[TPY_I_OP(in)].width)
        return bad_opcode(v, pc, TPY_I_OP(in));
    if (bad != RULES_BIT)
        return check_slow(v, pc, in);
    return cells_ok(v, pc, in) && opcode_rules(v, pc, TPY_I_OP(in), in);
}

/* Every word in order. A cache word is zero and no instruction is (NOP is
 * runtime-only), so the instructions are exactly the words that are not
 * zero: the check is that each one starts where the one before it ends,
 * and the loop carries no table lookup from one instruction to the next.
 * Each instruction is one table load and arithmetic folded into one test;
 * jumps (and FORITER/SEND) are noted without a test (the scratch array
 * has room for all) and checked after, a target as code[target] != 0. */
static bool check_instructions(verifier *v, uint32_t *ninstr)
{
    /* Locals, not fields, so that they stay in registers. */
    const tpy_code *co = v->co;
    const tpy_instr *code = co->code;
    const uint32_t ncode = co->ncode;
    uint32_t *jumps = v->jumps;
    uint32_t expect = 0, count = 0, njumps = 0;
    for (uint32_t pc = 0; pc < ncode; pc++) {
        tpy_instr in = code[pc];
        if (!in)
            continue;
        const opcheck *k = &opchecks[TPY_I_OP(in)];
        uint64_t bad = table_check(v, k, in) | (pc != expect);
        if (__builtin_expect(bad != 0, 0) && !check_detail(v, pc, expect, in, bad))
            return false;
        expect = pc + k->width;
        count++;
        jumps[njumps] = pc;
        njumps += k->flags & CK_NOTE;
    }
    v->njumps = njumps;
    uint32_t last = last_instruction(code, ncode);
    if (expect != ncode)
        return bad_layout(v, ncode, last, expect);
    if (!(opchecks[TPY_I_OP(code[last])].flags & CK_NOFALL))
        return fail(v, last, "control falls off the end of the code");
    *ninstr = count;
    return true;
}

/* Jump targets inside the code and on instruction starts; FORITER and
 * SEND followed by their JUMP. */
static bool check_jumps(verifier *v)
{
    const tpy_code *co = v->co;
    for (uint32_t i = 0; i < v->njumps; i++) {
        uint32_t pc = v->jumps[i];
        tpy_instr in = co->code[pc];
        const opcheck *k = &opchecks[TPY_I_OP(in)];
        if (k->flags & CK_SKIP) {
            if (!skips_a_jump(v, pc, k->width))
                return false;
            continue;
        }
        int64_t target = (int64_t)pc + opchecks[TPY_I_OP(in)].width + TPY_I_SJ(in);
        if (target < 0 || target >= co->ncode || !co->code[target])
            return fail(v, pc, "jump target %lld is not an instruction", (long long)target);
    }
    return true;
}

static bool check_exctable(verifier *v)
{
    const tpy_code *co = v->co;
    uint32_t prev_end = 0;
    for (uint32_t i = 0; i < co->nexc; i++) {
        const tpy_exc_entry *e = &co->exctable[i];
        if (e->start >= e->end || e->end > co->ncode || e->start < prev_end)
            return fail(v, UINT32_MAX, "exception table entry %u: bad range", i);
        if (!co->code[e->start] || (e->end < co->ncode && !co->code[e->end]))
            return fail(v, UINT32_MAX, "exception table entry %u: range not on instructions", i);
        if (e->target >= co->ncode || !co->code[e->target])
            return fail(v, UINT32_MAX, "exception table entry %u: handler not an instruction", i);
        if (e->reg >= co->nregs)
            return fail(v, UINT32_MAX, "exception table entry %u: register out of range", i);
        prev_end = e->end;
    }
    return true;
}

static bool check_positions(verifier *v, uint32_t ninstr)
{
    const tpy_code *co = v->co;
    const char *why = NULL;
    if (!tpy_linetable_check(co->linetable, co->nlinetable, co->firstline, co->ncode, &why) ||
        !tpy_coltable_check(co->coltable, co->ncoltable, ninstr, &why))
        return fail(v, UINT32_MAX, "%s", why);
    return true;
}

/* The unit, its code and tables, then its constants: nested units reuse
 * the scratch array once this unit is done with it. */
static bool check_code(verifier *v, const tpy_code *co)
{
    v->co = co;
    if (++v->depth > 200)
        return fail(v, UINT32_MAX, "code units nested too deeply");
    if (!check_unit(v, co))
        return false;
    v->njumps = 0;
    if (!reserve_jumps(v, co->ncode))
        return false;
    set_limits(v, co);
    uint32_t ninstr = 0;
    if (!check_instructions(v, &ninstr) || !check_jumps(v) || !check_exctable(v) ||
        !check_positions(v, ninstr))
        return false;
    for (uint32_t i = 0; i < co->nconsts; i++)
        if (!check_const(v, &co->consts[i], 0))
            return false;
    v->depth--;
    return true;
}

static bool verify(const tpy_code *co, bool trusted_text, char *why, size_t whylen)
{
    verifier v = {.trusted_text = trusted_text, .why = why, .whylen = whylen};
    set_fixed_limits(&v);
    bool ok = check_code(&v, co);
    tpy_mem_free(v.jumps);
    return ok;
}

bool tpy_verify(const tpy_code *co, char *why, size_t whylen)
{
    return verify(co, false, why, whylen);
}

bool tpy_verify_loaded(const tpy_code *co, char *why, size_t whylen)
{
    return verify(co, true, why, whylen);
}
