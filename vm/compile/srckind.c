/* vm/compile/srckind.c: one expression or statements? The parser's tree
 * of the text answers; a syntax error is left to the compiler to report. */
#include "srckind.h"

#include <string.h>

#include "arena.h"
#include "ast.h"
#include "parser.h"
#include "syntax_error.h"

/* The first byte of line @p line (1-based) of @p src, and its length. */
static const char *line_at(const char *src, size_t len, int line, size_t *n)
{
    const char *p = src, *end = src + len;
    for (int l = 1; l < line && p < end; l++) {
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        p = nl ? nl + 1 : end;
    }
    const char *e = memchr(p, '\n', (size_t)(end - p));
    *n = e ? (size_t)(e - p) : (size_t)(end - p);
    return p;
}

/* Where CPython's eval grammar stops on statement @p s: after the first
 * expression (at the '=' of an assignment, the ';' before more), or at
 * the statement's start. */
static void failure_point(const char *src, size_t len, const tpy_stmt *s, int *line, int *col)
{
    *line = s->pos.line;
    *col = s->pos.col;
    const tpy_expr *first = s->kind == TPY_STMT_EXPR     ? s->v.expr.value
                            : s->kind == TPY_STMT_ASSIGN ? TPY_SEQ_GET(s->v.assign.targets, 0)
                                                         : NULL;
    if (!first)
        return;
    size_t n;
    const char *l = line_at(src, len, first->pos.end_line, &n);
    size_t c = (size_t)first->pos.end_col;
    while (c < n && (l[c] == ' ' || l[c] == '\t'))
        c++;
    *line = first->pos.end_line;
    *col = (int)c;
}

int tpy_src_kind_of(const char *src, size_t len, tpy_src_kind *kind, int *line, int *col)
{
    *line = *col = 0;
    tpy_arena *arena = tpy_arena_new();
    if (!arena)
        return -1;
    tpy_syntax_error err;
    tpy_syntax_error_init(&err, "<string>");
    tpy_mod *mod = tpy_parse_module_ast(arena, src, len, &err);
    int rc = 0;
    if (!mod) {
        *kind = TPY_SRC_UNPARSED;
        rc = err.kind == TPY_ERR_MEMORY ? -1 : 0;
    } else if (TPY_SEQ_LEN(mod->body) == 0) {
        *kind = TPY_SRC_EMPTY;
    } else {
        const tpy_stmt *s = TPY_SEQ_GET(mod->body, 0);
        *kind = TPY_SEQ_LEN(mod->body) == 1 && s->kind == TPY_STMT_EXPR ? TPY_SRC_EXPR
                                                                         : TPY_SRC_STMTS;
        if (*kind == TPY_SRC_STMTS)
            failure_point(src, len, s, line, col);
    }
    tpy_syntax_error_clear(&err);
    tpy_arena_delete(arena);
    return rc;
}
