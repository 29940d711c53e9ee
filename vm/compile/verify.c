/* verify.c: checking code units before they can run (see verify.h). */
#include "verify.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include <tierpy/mem.h>

#include "linetable.h"
#include "regalloc.h"

typedef struct verifier {
    const tpy_code *co;
    uint8_t *starts;   /* starts[pc]: an instruction begins at pc */
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

/* UTF-8 as CPython's surrogatepass reads it (lone surrogates allowed). */
static bool valid_utf8(const char *s, uint32_t n, bool allow_nul)
{
    const unsigned char *p = (const unsigned char *)s, *end = p + n;
    while (p < end) {
        /* ASCII eight bytes at a time: no high bit, and no zero byte
         * unless NUL is allowed. */
        uint64_t w;
        if (end - p >= 8 && (memcpy(&w, p, 8), !(w & 0x8080808080808080ull)) &&
            (allow_nul || !((w - 0x0101010101010101ull) & ~w & 0x8080808080808080ull))) {
            p += 8;
            continue;
        }
        unsigned c = *p++;
        int more = c < 0x80 ? 0 : (c & 0xe0) == 0xc0 ? 1 : (c & 0xf0) == 0xe0 ? 2
                 : (c & 0xf8) == 0xf0 ? 3 : -1;
        if (more < 0 || (c == 0 && !allow_nul) || (c == 0xc0 || c == 0xc1))
            return false;
        if (end - p < more)
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
    }
    return true;
}

static bool check_name(verifier *v, tpy_name nm, const char *what)
{
    if (!nm.s || !valid_utf8(nm.s, nm.len, false))
        return fail(v, UINT32_MAX, "%s is not valid UTF-8", what);
    return true;
}

static bool check_code(verifier *v, const tpy_code *co);

static bool check_const(verifier *v, const tpy_kval *k, int depth)
{
    if (depth > 200)
        return fail(v, UINT32_MAX, "constants nested too deeply");
    switch (k->kind) {
    case TPY_K_NONE: case TPY_K_TRUE: case TPY_K_FALSE: case TPY_K_ELLIPSIS:
    case TPY_K_INT: case TPY_K_FLOAT: case TPY_K_COMPLEX: case TPY_K_BYTES:
        return true;
    case TPY_K_STR:
        if (!valid_utf8(k->u.s, k->len, true))
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
        uint8_t *starts = v->starts;
        bool ok = check_code(v, k->u.code);
        v->co = saved;
        v->starts = starts;
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
    for (uint32_t i = 0; i < co->nnames; i++)
        if (!check_name(v, co->names[i], "a name"))
            return false;
    return check_slots(v, co);
}

/* ---- instructions ------------------------------------------------------------------ */

static bool reg_ok(const tpy_code *co, uint64_t r, uint64_t n)
{
    return r + n <= co->nregs;
}

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
        return true;   /* i, s: checked per opcode; j: by the jump pass */
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

static bool check_instruction(verifier *v, uint32_t pc, uint32_t *width)
{
    const tpy_code *co = v->co;
    tpy_instr in = co->code[pc];
    unsigned op = TPY_I_OP(in);
    const tpy_opinfo *info = tpy_opinfo_of(op);
    if (!info)
        return fail(v, pc, "unknown opcode %u", op);
    if (info->flags & TPY_OPF_RUNTIME)
        return fail(v, pc, "runtime-only opcode %s", info->name);
    *width = 1 + info->cache;
    if (pc + *width > co->ncode)
        return fail(v, pc, "%s's cache runs past the end", info->name);
    for (uint32_t i = 1; i < *width; i++)
        if (co->code[pc + i] != 0)
            return fail(v, pc, "cache word %u of %s is not zero", i, info->name);
    unsigned vals[3] = {TPY_I_A(in), TPY_I_B(in), TPY_I_C(in)};
    for (int i = 0; i < 3; i++)
        if (!operand_ok(v, pc, info->format[i], vals[i], in))
            return false;
    return flags_ok(v, pc, info, op, in) && opcode_rules(v, pc, op, in);
}

/* Jumps and what follows: targets on instruction starts, SKIP opcodes
 * followed by a JUMP, the last instruction never falling through. */
static bool check_flow(verifier *v)
{
    const tpy_code *co = v->co;
    uint32_t pc = 0, last = 0;
    while (pc < co->ncode) {
        tpy_instr in = co->code[pc];
        const tpy_opinfo *info = tpy_opinfo_of(TPY_I_OP(in));
        uint32_t next = pc + 1 + info->cache;
        if (info->flags & TPY_OPF_JUMP) {
            int64_t target = (int64_t)next + TPY_I_SJ(in);
            if (target < 0 || target >= co->ncode || !v->starts[target])
                return fail(v, pc, "jump target %lld is not an instruction", (long long)target);
        }
        if ((info->flags & TPY_OPF_SKIP) &&
            (next >= co->ncode || TPY_I_OP(co->code[next]) != TPY_OP_JUMP))
            return fail(v, pc, "%s is not followed by a JUMP", info->name);
        last = pc;
        pc = next;
    }
    if (!(tpy_opinfo_of(TPY_I_OP(co->code[last]))->flags & TPY_OPF_NOFALL))
        return fail(v, last, "control falls off the end of the code");
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
        if (!v->starts[e->start] || (e->end < co->ncode && !v->starts[e->end]))
            return fail(v, UINT32_MAX, "exception table entry %u: range not on instructions", i);
        if (e->target >= co->ncode || !v->starts[e->target])
            return fail(v, UINT32_MAX, "exception table entry %u: handler not an instruction", i);
        if (e->reg >= co->nregs)
            return fail(v, UINT32_MAX, "exception table entry %u: register out of range", i);
        prev_end = e->end;
    }
    return true;
}

static bool check_code(verifier *v, const tpy_code *co)
{
    v->co = co;
    if (++v->depth > 200)
        return fail(v, UINT32_MAX, "code units nested too deeply");
    if (!check_unit(v, co))
        return false;
    for (uint32_t i = 0; i < co->nconsts; i++)
        if (!check_const(v, &co->consts[i], 0))
            return false;
    v->co = co;
    uint8_t *starts = tpy_mem_calloc(co->ncode, 1);
    if (!starts)
        return fail(v, UINT32_MAX, "out of memory");
    v->starts = starts;
    bool ok = true;
    for (uint32_t pc = 0, w = 1; ok && pc < co->ncode; pc += w) {
        starts[pc] = 1;
        ok = check_instruction(v, pc, &w);
    }
    const char *why = NULL;
    ok = ok && check_flow(v) && check_exctable(v);
    if (ok && !tpy_linetable_check(co->linetable, co->nlinetable, co->firstline, co->ncode, &why))
        ok = fail(v, UINT32_MAX, "%s", why);
    tpy_mem_free(starts);
    v->depth--;
    return ok;
}

bool tpy_verify(const tpy_code *co, char *why, size_t whylen)
{
    verifier v = {.why = why, .whylen = whylen};
    return check_code(&v, co);
}
