/* verify.c: checking code units before they can run (see verify.h).
 *
 * One pass over the instructions, against a table made at compile time
 * from the opcode table's X-macro: for each opcode its width with caches
 * and, for each operand, the class of its limit (registers, constants,
 * names, ...). Per code unit the limits are filled in once, so checking
 * an instruction is a table load and three comparisons; only opcodes with
 * rules of their own, non-zero F bytes and failures take the detailed
 * path, which also writes the message. The scratch array of jumps to
 * resolve is reused from unit to unit.
 */
#include "verify.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include <tierpy/mem.h>

#include "linetable.h"
#include "regalloc.h"

/* ---- the operand table ---------------------------------------------------------- */

/* Limit classes: an operand is valid when it is below its class's limit. */
enum {
    LIM_ZERO,    /* `_`: must be 0 */
    LIM_REG,     /* r w u R: a register */
    LIM_REG2,    /* W: A and A+1 */
    LIM_CONST,   /* k */
    LIM_CONST1,  /* K: index + 1 or 0 */
    LIM_NAME,    /* n */
    LIM_LOCAL,   /* c: a named slot (its kind checked by the rules) */
    LIM_BOOL,    /* LOADBOOL's B: 0 or 1 */
    LIM_ANY,     /* i s j x: any 16-bit value (checked by rules or jumps) */
    LIM_COUNT
};

#define LIM_OPERAND(name, fmt, i) \
    (TPY_OP_##name == TPY_OP_LOADBOOL && (i) == 1 ? LIM_BOOL : LIM_OF(fmt[i]))
#define LIM_OF(ch) ((ch) == '_' ? LIM_ZERO : (ch) == 'W' ? LIM_REG2 : \
                    (ch) == 'r' || (ch) == 'w' || (ch) == 'u' || (ch) == 'R' ? LIM_REG : \
                    (ch) == 'k' ? LIM_CONST : (ch) == 'K' ? LIM_CONST1 : \
                    (ch) == 'n' ? LIM_NAME : (ch) == 'c' ? LIM_LOCAL : LIM_ANY)

/* The opcodes with rules the table cannot express (see opcode_rules()):
 * cells, exact counts, constants of a kind. CALL and CALLMETHOD have one
 * only when they pass keyword names (CK_KWNAMES). */
#define IS(name, op) (TPY_OP_##name == TPY_OP_##op)
#define HAS_RULES(name, fmt) \
    (HAS_LETTER(fmt, 'c') || IS(name, COPYFREE) || IS(name, CHECKBOUND) || IS(name, DELFAST) || \
     IS(name, BUILDSLICE) || IS(name, CALLEX) || IS(name, MAKEFUNCTION) || IS(name, UNPACKEX) || \
     IS(name, IMPORTNAME) || IS(name, YIELD))
#define HAS_LETTER(fmt, ch) ((fmt)[0] == (ch) || (fmt)[1] == (ch) || (fmt)[2] == (ch))
#define IS_CALL(name) (IS(name, CALL) || IS(name, CALLMETHOD))

/* Check flags. */
#define CK_JUMP 0x01u    /* has a jump offset */
#define CK_SKIP 0x02u    /* followed by the JUMP it skips */
#define CK_NOFALL 0x04u  /* never falls through */
#define CK_RULES 0x08u   /* opcode_rules() has more to check */
#define CK_BX 0x10u      /* Bx is a constant index */
#define CK_KWNAMES 0x20u /* opcode_rules() when C (keyword names) is set */
#define CK_RUN 0x40u     /* reads or writes a run of registers */
#define CK_SPECIAL (CK_RULES | CK_KWNAMES | CK_RUN)

/* A register run r[start .. start + len * mul + add) that must fit the
 * frame: operand indices of start and length (3: none, reads as 0). */
#define RUN_START(name) (IS_CALL(name) || IS(name, UNPACK) ? 0 : IS_BUILD(name) ? 1 : 3)
#define RUN_LEN(name) (IS_CALL(name) ? 1 : IS(name, UNPACK) || IS_BUILD(name) ? 2 : 3)
#define RUN_MUL(name) (IS(name, BUILDMAP) ? 2 : 1)
#define RUN_ADD(name) (IS(name, CALL) ? 1 : IS(name, CALLMETHOD) ? 2 : 0)
#define IS_BUILD(name) (IS(name, BUILDTUPLE) || IS(name, BUILDLIST) || IS(name, BUILDSET) || \
                        IS(name, BUILDSTRING) || IS(name, BUILDMAP))

typedef struct opcheck {
    uint8_t width;      /* words with caches; 0: never in a code unit */
    uint8_t lim[3];     /* limit classes of A, B, C */
    uint8_t flags;      /* CK_* */
    uint8_t fmask;      /* F bits it may carry */
    uint8_t maxsel;     /* largest selector */
    uint8_t relmask;    /* release bits that must name temporaries */
    uint8_t run[4];     /* start operand, length operand, multiplier, addend */
} opcheck;

static const opcheck opchecks[256] = {
#define TPY_OP_CHECK(name, fmt, cache, fm, opflags, doc) \
    [TPY_OP_##name] = {((opflags) & TPY_OPF_RUNTIME) ? 0 : 1 + (cache), \
                       {LIM_OPERAND(name, fmt, 0), LIM_OPERAND(name, fmt, 1), \
                        LIM_OPERAND(name, fmt, 2)}, \
                       (((opflags) & TPY_OPF_JUMP) ? CK_JUMP : 0) | \
                       (((opflags) & TPY_OPF_SKIP) ? CK_SKIP : 0) | \
                       (((opflags) & TPY_OPF_NOFALL) ? CK_NOFALL : 0) | \
                       (HAS_RULES(name, fmt) ? CK_RULES : 0) | (fmt[1] == 'x' ? CK_BX : 0) | \
                       (IS_CALL(name) ? CK_KWNAMES : 0) | (RUN_START(name) != 3 ? CK_RUN : 0), \
                       (fm) & 0xf, (fm) >> 4, \
                       IS_CALL(name) || IS(name, CALLEX) ? 6 : 7, \
                       {RUN_START(name), RUN_LEN(name), RUN_MUL(name), RUN_ADD(name)}},
    TPY_OPCODES(TPY_OP_CHECK)
#undef TPY_OP_CHECK
};

/* ---- the verifier --------------------------------------------------------------- */

typedef struct verifier {
    const tpy_code *co;
    bool trusted_text;       /* the marshal reader checked every string */
    uint32_t lim[LIM_COUNT]; /* the current unit's limits */
    uint32_t *jumps;         /* pcs of the jumps to resolve */
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

bool tpy_verify_text(const char *s, size_t n, size_t *nuls)
{
    const unsigned char *p = (const unsigned char *)s, *end = p + n;
    size_t zeros = 0;
    while (p < end) {
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
    for (uint32_t i = 0; i < co->nlocals; i++) {
        uint8_t k = co->slotkinds[i];
        bool is_free = k & TPY_SLOT_FREE, want_free = i >= co->nlocals - co->nfree;
        if ((k & ~0xfu) || !(k & 7) || (is_free && k != TPY_SLOT_FREE) || is_free != want_free ||
            ((k & TPY_SLOT_ARG) != 0) != (i < nargs) || ((k & 3) == 3))
            return fail(v, UINT32_MAX, "slot %u has a bad kind 0x%x", i, k);
        if (!check_name(v, co->slotnames[i], "a slot name"))
            return false;
    }
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
        if (!reg_ok(co, a, 1u + (unsigned)__builtin_popcount(sel)))
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

static bool note_jump(verifier *v, uint32_t pc)
{
    if (v->njumps == v->capjumps) {
        uint32_t cap = v->capjumps ? v->capjumps * 2 : 256;
        uint32_t *j = tpy_mem_realloc(v->jumps, cap * sizeof *j);
        if (!j)
            return fail(v, UINT32_MAX, "out of memory");
        v->jumps = j;
        v->capjumps = cap;
    }
    v->jumps[v->njumps++] = pc;
    return true;
}

static void set_limits(verifier *v, const tpy_code *co)
{
    v->lim[LIM_ZERO] = 1;
    v->lim[LIM_REG] = co->nregs;
    v->lim[LIM_REG2] = co->nregs ? co->nregs - 1 : 0;
    v->lim[LIM_CONST] = co->nconsts;
    v->lim[LIM_CONST1] = co->nconsts + 1;
    v->lim[LIM_NAME] = co->nnames;
    v->lim[LIM_LOCAL] = co->nlocals;
    v->lim[LIM_BOOL] = 2;
    v->lim[LIM_ANY] = 0x10000;
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

/* What the common path leaves to special(): the run of registers, F, and
 * the opcode's own rules. True when the detailed path must look. Not
 * inlined: its operand array would make the compiler keep the common
 * path's values in memory. */
static __attribute__((noinline)) bool special(const verifier *v, const opcheck *k, tpy_instr in)
{
    const uint32_t *lim = v->lim;
    uint32_t ops[4] = {TPY_I_A(in), TPY_I_B(in), TPY_I_C(in), 0};
    unsigned f = TPY_I_F(in), rel = f & k->relmask, nlocals = lim[LIM_LOCAL];
    if ((k->flags & CK_RULES) || ((k->flags & CK_KWNAMES) && ops[2]))
        return true;
    if ((uint64_t)ops[k->run[0]] + (uint64_t)ops[k->run[1]] * k->run[2] + k->run[3] > lim[LIM_REG])
        return true;
    return (f & 0xf & ~k->fmask) || (f >> 4) > k->maxsel || ((rel & 1) && ops[0] < nlocals) ||
           ((rel & 2) && ops[1] < nlocals) || ((rel & 4) && ops[2] < nlocals);
}

/* The table's checks of one instruction: three comparisons on the common
 * path. True when the detailed path must look (a failure, or more to
 * check). @p lim is a local copy of the unit's limits. */
static inline bool needs_detail(const verifier *v, const uint32_t *lim, const opcheck *k,
                                tpy_instr in)
{
    uint32_t a = TPY_I_A(in), b = TPY_I_B(in), c = TPY_I_C(in);
    unsigned bad = (a >= lim[k->lim[0]]) | (b >= lim[k->lim[1]]) | (c >= lim[k->lim[2]]);
    if (k->flags & CK_BX)
        bad |= TPY_I_BX(in) >= lim[LIM_CONST];
    if ((k->flags & CK_SPECIAL) || TPY_I_F(in))
        bad = bad || special(v, k, in);
    return bad;
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

/* Every word in order. A cache word is zero and no instruction is (NOP is
 * runtime-only), so the instructions are exactly the words that are not
 * zero: the check is that each one starts where the one before it ends,
 * and the loop carries no table lookup from one instruction to the next.
 * Jumps are resolved after, as code[target] != 0. */
static bool check_instructions(verifier *v, uint32_t *ninstr)
{
    /* Locals, not fields, so that they stay in registers. */
    const tpy_code *co = v->co;
    const tpy_instr *code = co->code;
    const uint32_t ncode = co->ncode;
    uint32_t lim[LIM_COUNT];
    memcpy(lim, v->lim, sizeof lim);
    uint32_t last = 0, expect = 0, count = 0;
    for (uint32_t pc = 0; pc < ncode; pc++) {
        tpy_instr in = code[pc];
        if (!in)
            continue;
        if (pc != expect)
            return bad_layout(v, pc, last, expect);
        const opcheck *k = &opchecks[TPY_I_OP(in)];
        if (!k->width)
            return bad_opcode(v, pc, TPY_I_OP(in));
        if (needs_detail(v, lim, k, in) && !check_slow(v, pc, in))
            return false;
        expect = pc + k->width;
        last = pc;
        count++;
        if ((k->flags & CK_JUMP) && !note_jump(v, pc))
            return false;
        if ((k->flags & CK_SKIP) && !skips_a_jump(v, pc, k->width))
            return false;
    }
    if (expect != ncode)
        return bad_layout(v, ncode, last, expect);
    if (!(opchecks[TPY_I_OP(code[last])].flags & CK_NOFALL))
        return fail(v, last, "control falls off the end of the code");
    *ninstr = count;
    return true;
}

/* Jump targets inside the code and on instruction starts. */
static bool check_jumps(verifier *v)
{
    const tpy_code *co = v->co;
    for (uint32_t i = 0; i < v->njumps; i++) {
        uint32_t pc = v->jumps[i];
        tpy_instr in = co->code[pc];
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
