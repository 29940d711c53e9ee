/* future.c: the `from __future__ import ...` statements at the head of a
 * module, as CPython's Python/future.c reads them before the symbol table.
 *
 * Only a docstring and other future imports may come before a future
 * import. A late one on a line of its own is the compiler's error (see
 * ast_check.c); this pass catches the case it cannot see: a late one on
 * the same line as the statement that ended the head, `import os; from
 * __future__ import x`. */
#include "symtable.h"

#include <string.h>

/* The features CPython 3.11 accepts; all but two are no-ops since 3.0. */
static const char *const known_features[] = {
    "nested_scopes", "generators", "division", "absolute_import", "with_statement",
    "print_function", "unicode_literals", "barry_as_FLUFL", "generator_stop",
    "annotations",
};

static bool is_docstring(const tpy_stmt *s)
{
    return s->kind == TPY_STMT_EXPR && s->v.expr.value->kind == TPY_EXPR_CONSTANT &&
           s->v.expr.value->v.constant.value.kind == TPY_CONST_STR;
}

static bool is_future_import(const tpy_stmt *s)
{
    return s->kind == TPY_STMT_IMPORTFROM && s->v.importfrom.module &&
           strcmp(s->v.importfrom.module, "__future__") == 0;
}

/* CPython locates these errors by the statement's start only, with the
 * column as given (no end): offset 0 means none. */
static bool fail(tpy_syntax_error *err, const char *src, size_t len, const tpy_stmt *s,
                 int offset, const char *fmt, const char *name)
{
    tpy_syntax_error_at_offsets(err, TPY_ERR_SYNTAX, src, len, s->pos.line, offset,
                                s->pos.line, 0, fmt, name);
    return false;
}

static bool check_features(const tpy_stmt *s, const char *src, size_t len, tpy_future *out,
                           tpy_syntax_error *err)
{
    for (int i = 0; i < TPY_SEQ_LEN(s->v.importfrom.names); i++) {
        const char *name = ((const tpy_alias *)TPY_SEQ_GET(s->v.importfrom.names, i))->name;
        bool known = false;
        for (size_t k = 0; k < sizeof known_features / sizeof known_features[0]; k++)
            known |= strcmp(name, known_features[k]) == 0;
        if (strcmp(name, "braces") == 0)
            return fail(err, src, len, s, s->pos.col + 1, "%s", "not a chance");
        if (!known)
            return fail(err, src, len, s, s->pos.col + 1, "future feature %s is not defined",
                        name);
        out->annotations |= strcmp(name, "annotations") == 0;
        out->barry_as_flufl |= strcmp(name, "barry_as_FLUFL") == 0;
    }
    return true;
}

bool tpy_future_parse(const tpy_mod *mod, const char *src, size_t len, tpy_future *out,
                      tpy_syntax_error *err)
{
    memset(out, 0, sizeof *out);
    if (mod->kind != TPY_MOD_MODULE)
        return true;
    const tpy_seq *body = mod->body;
    int i = 0, prev_line = 0;
    bool done = false;
    if (TPY_SEQ_LEN(body) > 0 && is_docstring(TPY_SEQ_GET(body, 0)))
        i++;
    for (; i < TPY_SEQ_LEN(body); i++) {
        const tpy_stmt *s = TPY_SEQ_GET(body, i);
        if (done && s->pos.line > prev_line)
            return true;
        prev_line = s->pos.line;
        if (!is_future_import(s)) {
            done = true;
            continue;
        }
        /* CPython gives the byte column itself here, not column + 1. */
        if (done)
            return fail(err, src, len, s, s->pos.col, "%s",
                        "from __future__ imports must occur at the beginning of the file");
        if (!check_features(s, src, len, out, err))
            return false;
        out->lineno = s->pos.line;
    }
    return true;
}
