/* vm/eval/tb_anchors.c: which part of a failing span CPython 3.11 marks
 * with '^' (the rest with '~'). CPython re-parses the span's text and looks
 * at the tree, so a span is anchored only when it is, on its own, a single
 * expression statement: a binary operation (the operator) or a subscript
 * (from '[' to ']'). */
#include "tb_anchors.h"

#include "arena.h"
#include "ast.h"
#include "parser.h"
#include "syntax_error.h"

static bool blank(char c)
{
    return c == ' ' || c == '\t' || c == '\f' || c == '\r' || c == '\n' || c == '\v';
}

/* The operator is the first non-blank text between the operands, skipping
 * the ')' that close a parenthesized left operand; a second non-blank
 * character right after it belongs to it (//, **, <<, ...). */
static void binop_anchors(const char *seg, size_t len, const tpy_expr *e, long *left,
                          long *right)
{
    long from = e->v.binop.left->pos.end_col, to = e->v.binop.right->pos.col;
    if (from < 0 || to > (long)len)   /* positions come from this very text; never trust blindly */
        return;
    for (long i = from; i < to; i++) {
        if (blank(seg[i]))
            continue;
        *left = i;
        *right = i + 1;
        if (i + 1 < to && !blank(seg[i + 1]))
            ++*right;
        if (i + 1 < to && seg[i] == ')')
            continue;
        break;
    }
}

/* From the '[' after the value to the ']' after the index, inclusive. */
static void subscript_anchors(const char *seg, size_t len, const tpy_expr *e, long *left,
                              long *right)
{
    long n = (long)len;
    long l = e->v.subscript.value->pos.end_col, r = e->v.subscript.slice->pos.end_col + 1;
    if (l < 0)
        l = n;
    if (r < 0)
        r = n;
    while (l < n && seg[l] != '[')
        l++;
    while (r < n && seg[r] != ']')
        r++;
    if (r < n)
        r++;
    *left = l;
    *right = r;
}

/* Offsets of the tree are on line 1 of the segment; anything else (a
 * backslash continuation inside the span) is not anchored. */
static bool on_first_line(const tpy_expr *e) { return e->pos.line == 1 && e->pos.end_line == 1; }

bool tpy_tb_anchors(const char *seg, size_t len, long *left, long *right)
{
    tpy_arena *arena = tpy_arena_new();
    if (!arena)
        return false;
    tpy_syntax_error err;
    tpy_syntax_error_init(&err, "<traceback>");
    tpy_mod *mod = tpy_parse_module_ast(arena, seg, len, &err);
    bool found = false;
    *left = *right = -1;
    if (mod && TPY_SEQ_LEN(mod->body) == 1) {
        const tpy_stmt *st = TPY_SEQ_GET(mod->body, 0);
        const tpy_expr *e = st->kind == TPY_STMT_EXPR ? st->v.expr.value : NULL;
        if (e && e->kind == TPY_EXPR_BINOP && on_first_line(e->v.binop.left) &&
            on_first_line(e->v.binop.right)) {
            binop_anchors(seg, len, e, left, right);
            found = *left >= 0;
        } else if (e && e->kind == TPY_EXPR_SUBSCRIPT && on_first_line(e->v.subscript.value) &&
                   on_first_line(e->v.subscript.slice)) {
            subscript_anchors(seg, len, e, left, right);
            found = true;
        }
    }
    tpy_syntax_error_clear(&err);
    tpy_arena_delete(arena);
    return found;
}
