/* test_codegen.c: the register allocator, a few code shapes the code
 * generator must produce, and verifier rejections of hand-made bad code. */
#include <criterion/criterion.h>
#include <string.h>

#include "codegen.h"
#include "regalloc.h"
#include "verify.h"

/* ---- the register allocator ---- */

Test(regalloc, temporaries_start_above_the_named_slots)
{
    tpy_regalloc ra;
    tpy_ra_init(&ra, 3);
    cr_assert_eq(tpy_ra_alloc(&ra), 3);
    cr_assert_eq(tpy_ra_alloc(&ra), 4);
    cr_assert(!tpy_ra_is_temp(&ra, 2));
    cr_assert(tpy_ra_is_temp(&ra, 3));
}

Test(regalloc, freeing_named_slots_is_a_no_op_and_temps_are_lifo)
{
    tpy_regalloc ra;
    tpy_ra_init(&ra, 2);
    uint32_t a = tpy_ra_alloc(&ra), b = tpy_ra_alloc(&ra);
    tpy_ra_free(&ra, 0);
    tpy_ra_free(&ra, b);
    tpy_ra_free(&ra, a);
    cr_assert_eq(ra.free, 2);
    cr_assert_eq(tpy_ra_alloc(&ra), a, "the lowest free register comes back first");
}

Test(regalloc, max_tracks_the_high_water_mark)
{
    tpy_regalloc ra;
    tpy_ra_init(&ra, 0);
    uint32_t run = tpy_ra_alloc_n(&ra, 5);
    tpy_ra_free_to(&ra, run);
    tpy_ra_alloc(&ra);
    cr_assert_eq(ra.max, 5);
    cr_assert_eq(ra.free, 1);
}

Test(regalloc, overflow_past_the_16_bit_limit_is_flagged)
{
    tpy_regalloc ra;
    tpy_ra_init(&ra, TPY_MAX_REGS - 1);
    tpy_ra_alloc(&ra);
    cr_assert(!ra.overflow);
    tpy_ra_alloc(&ra);
    cr_assert(ra.overflow);
}

/* ---- code shapes ---- */

static tpy_arena *arena;

static const tpy_code *compile(const char *src)
{
    arena = tpy_arena_new();
    tpy_syntax_error err;
    tpy_syntax_error_init(&err, "<test>");
    const tpy_code *co = tpy_compile_source(arena, src, strlen(src), "<test>", &err);
    cr_assert(co, "compile failed: %s", err.msg);
    tpy_syntax_error_clear(&err);
    char why[256];
    cr_assert(tpy_verify(co, why, sizeof why), "%s", why);
    return co;
}

static void done(void)
{
    tpy_arena_delete(arena);
}

/* The first nested code unit (a function's). */
static const tpy_code *first_function(const tpy_code *mod)
{
    for (uint32_t i = 0; i < mod->nconsts; i++)
        if (mod->consts[i].kind == TPY_K_CODE)
            return mod->consts[i].u.code;
    cr_assert_fail("no function");
    return NULL;
}

static tpy_instr at(const tpy_code *co, uint32_t pc)
{
    cr_assert_lt(pc, co->ncode);
    return co->code[pc];
}

Test(codegen, a_plus_b_is_one_instruction_on_the_parameter_registers, .fini = done)
{
    const tpy_code *f = first_function(compile("def f(a, b):\n    return a + b\n"));
    tpy_instr add = at(f, 0);
    cr_assert_eq(TPY_I_OP(add), TPY_OP_ADD);
    cr_assert_eq(TPY_I_A(add), 2);
    cr_assert_eq(TPY_I_B(add), 0);
    cr_assert_eq(TPY_I_C(add), 1);
    cr_assert_eq(TPY_I_F(add), 0, "parameters are not released");
    cr_assert_eq(TPY_I_OP(at(f, 2)), TPY_OP_RETURN, "ADD has one cache word");
}

Test(codegen, assignment_to_a_local_writes_the_local_directly, .fini = done)
{
    const tpy_code *f = first_function(compile("def f(a, b):\n    x = a * b\n    return x\n"));
    tpy_instr mul = at(f, 0);
    cr_assert_eq(TPY_I_OP(mul), TPY_OP_MUL);
    cr_assert_eq(TPY_I_A(mul), 2, "x is r2");
    cr_assert_eq(TPY_I_OP(at(f, 2)), TPY_OP_RETURN);
    cr_assert_eq(TPY_I_A(at(f, 2)), 2);
}

Test(codegen, counter_loop_uses_addk, .fini = done)
{
    const tpy_code *f = first_function(compile("def f(n):\n    i = 0\n    while i < n:\n        i += 1\n"));
    bool addk = false;
    for (uint32_t pc = 0; pc < f->ncode; pc += tpy_op_width(TPY_I_OP(f->code[pc])))
        addk |= TPY_I_OP(f->code[pc]) == TPY_OP_ADDK && (TPY_I_F(f->code[pc]) & TPY_F_INPLACE);
    cr_assert(addk);
}

Test(codegen, a_read_that_may_be_unbound_is_checked_once, .fini = done)
{
    const tpy_code *f = first_function(
        compile("def f(c):\n    if c:\n        x = 1\n    print(x)\n    return x\n"));
    int checks = 0;
    for (uint32_t pc = 0; pc < f->ncode; pc += tpy_op_width(TPY_I_OP(f->code[pc])))
        checks += TPY_I_OP(f->code[pc]) == TPY_OP_CHECKBOUND;
    cr_assert_eq(checks, 1);
}

Test(codegen, call_arguments_follow_the_callee, .fini = done)
{
    const tpy_code *f = first_function(compile("def f(g, a):\n    g(a, 1)\n"));
    /* MOVE r2 g; MOVE r3 a; LOADINT r4 1; CALL r2 2 (discard) */
    cr_assert_eq(TPY_I_OP(at(f, 0)), TPY_OP_MOVE);
    cr_assert_eq(TPY_I_OP(at(f, 3)), TPY_OP_CALL);
    cr_assert_eq(TPY_I_A(at(f, 3)), 2);
    cr_assert_eq(TPY_I_B(at(f, 3)), 2);
    cr_assert_eq(TPY_I_F(at(f, 3)), TPY_F_REL_A, "an expression statement discards the result");
}

Test(codegen, closures_use_cells_and_free_slots, .fini = done)
{
    const tpy_code *f = first_function(compile("def f(a):\n    def g():\n        return a\n    return g\n"));
    cr_assert_eq(f->slotkinds[0], TPY_SLOT_ARG | TPY_SLOT_CELL);
    cr_assert_eq(TPY_I_OP(at(f, 0)), TPY_OP_MAKECELL);
    const tpy_code *g = first_function(f);
    cr_assert_eq(g->nfree, 1);
    cr_assert_eq(TPY_I_OP(at(g, 0)), TPY_OP_COPYFREE);
    cr_assert_eq(TPY_I_OP(at(g, 1)), TPY_OP_GETDEREF);
}

Test(codegen, try_body_is_covered_by_the_exception_table, .fini = done)
{
    const tpy_code *f = first_function(compile("def f(g):\n    try:\n        g()\n    except E:\n        pass\n"));
    cr_assert_geq(f->nexc, 2);
    cr_assert_eq(f->exctable[0].start, 0);
    cr_assert_eq(TPY_I_OP(at(f, f->exctable[0].target)), TPY_OP_PUSHEXC);
}

/* ---- the verifier rejects ---- */

static void expect_rejected(tpy_code *co, const char *part)
{
    char why[256];
    cr_assert(!tpy_verify(co, why, sizeof why));
    cr_assert(strstr(why, part), "message: %s", why);
}

Test(verify, rejects_a_jump_into_a_cache_word, .fini = done)
{
    tpy_code co = *first_function(compile("def f(a, b):\n    return a + b\n"));
    tpy_instr code[3] = {co.code[0], co.code[1], tpy_i_aj(TPY_OP_JUMP, 0, -2, 0)};
    co.code = code;
    expect_rejected(&co, "jump target");
}

Test(verify, rejects_runtime_only_opcodes_and_bad_registers, .fini = done)
{
    tpy_code co = *first_function(compile("def f(a, b):\n    return a + b\n"));
    tpy_instr code[3] = {tpy_i_abc(TPY_OP_ADD_INT, 2, 0, 1, 0), 0, co.code[2]};
    co.code = code;
    expect_rejected(&co, "runtime-only");
    code[0] = tpy_i_abc(TPY_OP_ADD, 2, 0, 9, 0);
    expect_rejected(&co, "out of range");
    code[0] = tpy_i_abc(TPY_OP_ADD, 2, 0, 1, TPY_F_REL_B);
    expect_rejected(&co, "release of named slot");
    code[0] = tpy_i_abc(TPY_OP_ADD, 2, 0, 1, 0);
    code[1] = 7;
    expect_rejected(&co, "cache word");
}

Test(verify, rejects_a_zero_word_where_an_instruction_starts, .fini = done)
{
    tpy_code co = *first_function(compile("def f(a, b):\n    return a + b\n"));
    tpy_instr code[4] = {co.code[0], co.code[1], 0, co.code[2]};
    co.code = code;
    co.ncode = 4;
    expect_rejected(&co, "zero word");
}

Test(verify, rejects_position_tables_that_do_not_fit_the_code, .fini = done)
{
    tpy_code co = *first_function(compile("def f(a, b):\n    return a + b\n"));
    uint8_t cols[16];
    memcpy(cols, co.coltable, co.ncoltable);
    cols[0]++;   /* one more instruction than the code has */
    tpy_code bad = co;
    bad.coltable = cols;
    expect_rejected(&bad, "column table");
    bad = co;
    bad.nlinetable = 0;
    expect_rejected(&bad, "line table");
}

/* ---- positions ---- */

static tpy_position position_of(const tpy_code *co, unsigned op)
{
    tpy_position p = {0, 0, -1, -1};
    for (uint32_t pc = 0; pc < co->ncode; pc += tpy_op_width(TPY_I_OP(co->code[pc])))
        if (TPY_I_OP(co->code[pc]) == op) {
            cr_assert(tpy_code_position(co, pc, &p));
            return p;
        }
    cr_assert_fail("no %s", tpy_opinfo_of(op)->name);
    return p;
}

Test(positions, each_instruction_has_its_ast_node_span, .fini = done)
{
    /*                  0         1         2
     *                  0123456789012345678901234567 */
    const tpy_code *f = first_function(compile(
        "def f(o, x):\n"
        "    return o.meth(x.attr, x * 2)\n"));
    tpy_position call = position_of(f, TPY_OP_CALLMETHOD);
    cr_assert(call.line == 2 && call.end_line == 2 && call.col == 11 && call.end_col == 32,
              "the call is the whole call: %u:%d-%u:%d", call.line, call.col, call.end_line,
              call.end_col);
    tpy_position get = position_of(f, TPY_OP_GETATTR);
    cr_assert(get.col == 18 && get.end_col == 24, "the attribute node: %d-%d", get.col, get.end_col);
    tpy_position mul = position_of(f, TPY_OP_MUL);
    cr_assert(mul.col == 26 && mul.end_col == 31, "the BinOp: %d-%d", mul.col, mul.end_col);
    tpy_position meth = position_of(f, TPY_OP_GETMETHOD);
    cr_assert(meth.col == 11 && meth.end_col == 17, "o.meth: %d-%d", meth.col, meth.end_col);
}

Test(positions, a_method_on_the_next_line_starts_at_its_name, .fini = done)
{
    const tpy_code *f = first_function(compile(
        "def f(o):\n"
        "    return (o\n"
        "            .m())\n"));
    tpy_position call = position_of(f, TPY_OP_CALLMETHOD);
    cr_assert(call.line == 3 && call.col == 13 && call.end_line == 3 && call.end_col == 16,
              "%u:%d-%u:%d", call.line, call.col, call.end_line, call.end_col);
    cr_assert_eq(tpy_code_line(f, 0), 3);
}
