/* vm/eval/srcmode.c: eval()'s check that its source is one expression.
 *
 * The compiler compiles modules; eval() is built on that (run.c), so it
 * first asks the parser (compile/srckind.c) whether the text is an
 * expression at all, and raises CPython's "invalid syntax" where its
 * expression grammar would stop. Text that does not parse is left to the
 * compiler, whose SyntaxError is the one to report. */
#include <stdio.h>
#include <string.h>

#include "error.h"
#include "eval_internal.h"
#include "load.h"
#include "types.h"

void tpy_run_raise_syntax_error(tpy_vm *vm, const tpy_load_error *err, const char *filename);

static bool word_char(char c)
{
    return c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

/* The failing token's width: a word, or one character. */
static int token_width(const char *l, size_t n, size_t col)
{
    size_t w = 1;
    if (col < n && word_char(l[col]))
        while (col + w < n && word_char(l[col + w]))
            w++;
    return (int)w;
}

/* SyntaxError("invalid syntax") at (line, col) of @p src (line 0: nowhere). */
static void raise_invalid(tpy_vm *vm, const char *src, const char *filename, int line, int col)
{
    tpy_load_error err;
    memset(&err, 0, sizeof err);
    snprintf(err.msg, sizeof err.msg, "invalid syntax");
    if (line > 0) {
        const char *l = src;
        for (int k = 1; k < line && l; k++)
            if ((l = strchr(l, '\n')))
                l++;
        if (!l)
            l = "";
        size_t n = strcspn(l, "\n");
        if (n > sizeof err.text - 2)
            n = sizeof err.text - 2;
        memcpy(err.text, l, n);
        if (l[n] == '\n')
            err.text[n] = '\n';
        err.line = err.end_line = line;
        err.offset = col + 1;
        err.end_offset = col + 1 + token_width(l, n, (size_t)col);
    }
    tpy_run_raise_syntax_error(vm, &err, filename);
}

int tpy_src_classify(tpy_vm *vm, const char *src, const char *filename, bool require_expr,
                     tpy_src_kind *kind)
{
    int line, col;
    if (tpy_src_kind_of(src, strlen(src), kind, &line, &col) < 0) {
        tpy_err_no_memory(vm);
        return -1;
    }
    if (require_expr && (*kind == TPY_SRC_STMTS || *kind == TPY_SRC_EMPTY)) {
        raise_invalid(vm, src, filename, line, col);
        return -1;
    }
    return 0;
}
