/* dis.c: code units as text. */
#include "dis.h"

#include <stdio.h>
#include <string.h>

#include "linetable.h"

void tpy_dis_kval(const tpy_kval *k, tpy_text *out)
{
    switch (k->kind) {
    case TPY_K_NONE: tpy_text_puts(out, "None"); return;
    case TPY_K_TRUE: tpy_text_puts(out, "True"); return;
    case TPY_K_FALSE: tpy_text_puts(out, "False"); return;
    case TPY_K_ELLIPSIS: tpy_text_puts(out, "Ellipsis"); return;
    case TPY_K_INT: tpy_text_printf(out, "%lld", (long long)k->u.i); return;
    case TPY_K_BIGINT: tpy_text_put(out, k->u.s, k->len); return;
    case TPY_K_FLOAT: tpy_repr_float(out, k->u.f); return;
    case TPY_K_COMPLEX:
        if (k->u.c.re == 0 && !__builtin_signbit(k->u.c.re)) {
            tpy_repr_imag(out, k->u.c.im);
        } else {
            tpy_text_puts(out, "(");
            tpy_repr_float(out, k->u.c.re);
            if (!__builtin_signbit(k->u.c.im))
                tpy_text_puts(out, "+");
            tpy_repr_imag(out, k->u.c.im);
            tpy_text_puts(out, ")");
        }
        return;
    case TPY_K_STR: tpy_repr_str(out, k->u.s, k->len); return;
    case TPY_K_BYTES: tpy_repr_bytes(out, k->u.s, k->len); return;
    case TPY_K_TUPLE:
        tpy_text_puts(out, "(");
        for (uint32_t i = 0; i < k->len; i++) {
            if (i)
                tpy_text_puts(out, ", ");
            tpy_dis_kval(&k->u.items[i], out);
        }
        tpy_text_puts(out, k->len == 1 ? ",)" : ")");
        return;
    case TPY_K_CODE:
        tpy_text_printf(out, "<code %s, line %u>", k->u.code->qualname.s, k->u.code->firstline);
        return;
    default:
        tpy_text_puts(out, "<?>");
    }
}

static void reg_text(const tpy_code *co, unsigned r, tpy_text *out)
{
    tpy_text_printf(out, "r%u", r);
    if (r < co->nlocals)
        tpy_text_printf(out, "(%s)", co->slotnames[r].s);
}

static void const_text(const tpy_code *co, uint32_t k, tpy_text *out)
{
    tpy_text_printf(out, "K%u", k);
    if (k < co->nconsts) {
        tpy_text_puts(out, " (");
        tpy_dis_kval(&co->consts[k], out);
        tpy_text_puts(out, ")");
    }
}

static void operand(const tpy_code *co, char kind, unsigned v, tpy_instr in, uint32_t next,
                    tpy_text *out)
{
    switch (kind) {
    case 'r': case 'w': case 'u': case 'W': case 'R': case 'c': reg_text(co, v, out); return;
    case 'k': const_text(co, v, out); return;
    case 'K':
        if (v == 0)
            tpy_text_puts(out, "-");
        else
            const_text(co, v - 1, out);
        return;
    case 'x': const_text(co, TPY_I_BX(in), out); return;
    case 'n':
        tpy_text_printf(out, "N%u", v);
        if (v < co->nnames)
            tpy_text_printf(out, " (%s)", co->names[v].s);
        return;
    case 's': tpy_text_printf(out, "%d", (int16_t)v); return;
    case 'j': tpy_text_printf(out, "to %lld", (long long)next + TPY_I_SJ(in)); return;
    default: tpy_text_printf(out, "%u", v); return;
    }
}

static const char *const cmp_names[] = {"<", "<=", "==", "!=", ">", ">="};

/* The F byte in words: released registers, selectors. */
static void flags_text(const tpy_code *co, unsigned op, tpy_instr in, tpy_text *out)
{
    unsigned f = TPY_I_F(in);
    if (!f)
        return;
    tpy_text_puts(out, "  ;");
    unsigned ops[3] = {TPY_I_A(in), TPY_I_B(in), TPY_I_C(in)};
    for (int i = 0; i < 3; i++)
        if (f & (1u << i) && !(op == TPY_OP_CALL || op == TPY_OP_CALLMETHOD || op == TPY_OP_CALLEX)) {
            tpy_text_puts(out, " release ");
            reg_text(co, ops[i], out);
        }
    if ((f & TPY_F_REL_A) && (op == TPY_OP_CALL || op == TPY_OP_CALLMETHOD || op == TPY_OP_CALLEX))
        tpy_text_puts(out, " discard result");
    if (f & TPY_F_INPLACE)
        tpy_text_puts(out, " in-place");
    unsigned sel = TPY_F_SEL(f);
    if (!sel && op != TPY_OP_COMPARE && op != TPY_OP_COMPAREK)
        return;
    switch (op) {
    case TPY_OP_COMPARE: case TPY_OP_COMPAREK:
        tpy_text_printf(out, " %s", sel < 6 ? cmp_names[sel] : "?");
        break;
    case TPY_OP_IS: tpy_text_puts(out, " is not"); break;
    case TPY_OP_CONTAINS: tpy_text_puts(out, " not in"); break;
    case TPY_OP_FORMAT: {
        static const char *conv[] = {"", " !s", " !r", " !a"};
        tpy_text_printf(out, "%s%s", conv[sel & 3], sel & 4 ? " with spec" : "");
        break;
    }
    case TPY_OP_MAKEFUNCTION:
        tpy_text_printf(out, "%s%s%s%s", sel & 1 ? " defaults" : "", sel & 2 ? " kwdefaults" : "",
                        sel & 4 ? " annotations" : "", sel & 8 ? " closure" : "");
        break;
    case TPY_OP_RAISE:
        tpy_text_printf(out, "%s%s", sel & 1 ? " exc" : "", sel & 2 ? " cause" : "");
        break;
    case TPY_OP_YIELD: tpy_text_puts(out, " from delegate"); break;
    case TPY_OP_CALLEX: tpy_text_puts(out, " with kwargs"); break;
    default: tpy_text_printf(out, " selector %u", sel); break;
    }
}

static void instruction(const tpy_code *co, uint32_t pc, tpy_text *out)
{
    tpy_instr in = co->code[pc];
    unsigned op = TPY_I_OP(in);
    const tpy_opinfo *info = tpy_opinfo_of(op);
    if (!info) {
        tpy_text_printf(out, "<bad opcode %u>", op);
        return;
    }
    tpy_text_printf(out, "%-16s ", info->name);
    uint32_t next = pc + tpy_op_width(op);
    unsigned vals[3] = {TPY_I_A(in), TPY_I_B(in), TPY_I_C(in)};
    bool first = true;
    for (int i = 0; i < 3; i++) {
        char kind = info->format[i];
        if (kind == '_' || (i == 2 && (info->format[1] == 'j' || info->format[1] == 'x')))
            continue;
        if (i == 2 && op == TPY_OP_FORMAT && !(TPY_I_F(in) & TPY_FMT_HAS_SPEC))
            continue;   /* no spec: C is unused */
        if (i == 1 && op == TPY_OP_YIELD && !(TPY_I_F(in) & TPY_YIELD_FROM))
            continue;   /* no delegate */
        if (op == TPY_OP_RAISE && !(TPY_F_SEL(TPY_I_F(in)) & (i == 0 ? 1 : 2)))
            continue;   /* operand not present */
        if (i == 1 && info->format[1] == 'R' && info->format[2] == 'i' && vals[2] == 0 &&
            op != TPY_OP_UNPACK && op != TPY_OP_UNPACKEX) {
            tpy_text_puts(out, ", -");   /* an empty run names no register */
            continue;
        }
        if (!first)
            tpy_text_puts(out, ", ");
        first = false;
        operand(co, kind, vals[i], in, next, out);
    }
    flags_text(co, op, in, out);
}

static void slot_list(const tpy_code *co, tpy_text *out)
{
    for (uint32_t i = 0; i < co->nlocals; i++) {
        uint8_t k = co->slotkinds[i];
        tpy_text_printf(out, "%s r%u %s", i ? "," : "", i, co->slotnames[i].s);
        if (k & (TPY_SLOT_ARG | TPY_SLOT_CELL | TPY_SLOT_FREE))
            tpy_text_printf(out, " [%s%s%s]", k & TPY_SLOT_ARG ? "arg" : "",
                            k & TPY_SLOT_CELL ? (k & TPY_SLOT_ARG ? " cell" : "cell") : "",
                            k & TPY_SLOT_FREE ? "free" : "");
    }
}

static void header(const tpy_code *co, tpy_text *out)
{
    tpy_text_printf(out, "Disassembly of %s (\"%s\", line %u):\n", co->qualname.s,
                    co->filename.s, co->firstline);
    tpy_text_printf(out, "  flags 0x%x, args %u (posonly %u, kwonly %u)%s%s, registers %u\n",
                    co->flags, co->argcount, co->posonlyargcount, co->kwonlyargcount,
                    co->flags & TPY_CO_VARARGS ? " *args" : "",
                    co->flags & TPY_CO_VARKEYWORDS ? " **kwargs" : "", co->nregs);
    if (co->nlocals) {
        tpy_text_puts(out, "  slots:");
        slot_list(co, out);
        tpy_text_puts(out, "\n");
    }
}

static void exception_table(const tpy_code *co, tpy_text *out)
{
    if (!co->nexc)
        return;
    tpy_text_puts(out, "  exception table:\n");
    for (uint32_t i = 0; i < co->nexc; i++) {
        const tpy_exc_entry *e = &co->exctable[i];
        tpy_text_printf(out, "    %u to %u -> %u, exception in r%u\n", e->start, e->end,
                        e->target, e->reg);
    }
}

/* "line:col-end_line:end_col" as CPython's `dis --show-positions` prints
 * it ("?" for an unknown column), padded to a column. */
static void position_text(const tpy_code *co, uint32_t pc, tpy_text *out)
{
    tpy_position p;
    char buf[64];
    if (!tpy_code_position(co, pc, &p))
        snprintf(buf, sizeof buf, "?");
    else if (p.col < 0)
        snprintf(buf, sizeof buf, "%u:?-%u:?", p.line, p.end_line);
    else
        snprintf(buf, sizeof buf, "%u:%d-%u:%d", p.line, p.col, p.end_line, p.end_col);
    tpy_text_printf(out, "%-16s ", buf);
}

void tpy_dis_ex(const tpy_code *co, unsigned flags, tpy_text *out)
{
    header(co, out);
    tpy_line_iter it;
    tpy_line_iter_init(&it, co->linetable, co->nlinetable, co->firstline);
    uint32_t shown = 0;
    bool more = tpy_line_iter_next(&it);
    for (uint32_t pc = 0; pc < co->ncode; pc += tpy_op_width(TPY_I_OP(co->code[pc]))) {
        while (more && pc >= it.run_end)
            more = tpy_line_iter_next(&it);
        uint32_t line = more ? it.line : 0;
        if (line != shown)
            tpy_text_printf(out, "%6u %6u  ", line, pc);
        else
            tpy_text_printf(out, "%6s %6u  ", "", pc);
        shown = line;
        if (flags & TPY_DIS_POSITIONS)
            position_text(co, pc, out);
        instruction(co, pc, out);
        tpy_text_puts(out, "\n");
    }
    exception_table(co, out);
    for (uint32_t i = 0; i < co->nconsts; i++) {
        if (co->consts[i].kind != TPY_K_CODE)
            continue;
        tpy_text_puts(out, "\n");
        tpy_dis_ex(co->consts[i].u.code, flags, out);
    }
}

void tpy_dis(const tpy_code *co, tpy_text *out)
{
    tpy_dis_ex(co, 0, out);
}
