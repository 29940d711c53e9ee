/* vm/eval/load.c: the compiler and the code cache as the runtime calls
 * them (see load.h for why this file stands apart). */
#include <stdio.h>
#include <string.h>

#include "codegen.h"
#include "load.h"
#include "pycache.h"

const tpy_code *tpy_load_file(tpy_arena *a, const char *path, bool write, tpy_load_status *st)
{
    tpy_syntax_error err;
    tpy_syntax_error_init(&err, path);
    tpy_pycache_status ps = TPY_PYCACHE_NO_SOURCE;
    const tpy_code *co = tpy_pycache_load(a, path, write, stderr, &err, &ps);
    *st = co ? TPY_LOAD_OK : ps == TPY_PYCACHE_NO_SOURCE ? TPY_LOAD_NO_SOURCE
                                                          : TPY_LOAD_SYNTAX_ERROR;
    if (*st == TPY_LOAD_SYNTAX_ERROR) {
        fflush(stdout);
        tpy_syntax_error_print(&err, stderr);
    }
    tpy_syntax_error_clear(&err);
    return co;
}

/* The message and position of @p err in the runtime's plain form. */
static void describe_error(const tpy_syntax_error *err, tpy_load_error *out)
{
    out->kind = err->kind == TPY_ERR_INDENTATION ? 1 : err->kind == TPY_ERR_TAB ? 2
                : err->kind == TPY_ERR_MEMORY ? 3 : 0;
    snprintf(out->msg, sizeof out->msg, "%s", err->msg);
    out->line = err->line;
    out->offset = err->offset;
    out->end_line = err->end_line;
    out->end_offset = err->end_offset;
    snprintf(out->text, sizeof out->text, "%s", err->text ? err->text : "");
}

const tpy_code *tpy_load_module_file(tpy_arena *a, const char *path, bool write,
                                     tpy_load_status *st, tpy_load_error *out)
{
    tpy_syntax_error err;
    tpy_syntax_error_init(&err, path);
    tpy_pycache_status ps = TPY_PYCACHE_NO_SOURCE;
    const tpy_code *co = tpy_pycache_load(a, path, write, stderr, &err, &ps);
    *st = co ? TPY_LOAD_OK : ps == TPY_PYCACHE_NO_SOURCE ? TPY_LOAD_NO_SOURCE
                                                          : TPY_LOAD_SYNTAX_ERROR;
    if (*st == TPY_LOAD_SYNTAX_ERROR)
        describe_error(&err, out);
    tpy_syntax_error_clear(&err);
    return co;
}

const tpy_code *tpy_load_source(tpy_arena *a, const char *src, size_t len, const char *filename,
                                bool print, tpy_load_error *out)
{
    tpy_syntax_error err;
    tpy_syntax_error_init(&err, filename);
    const tpy_code *co = tpy_compile_source(a, src, len, filename, &err);
    if (!co && print) {
        fflush(stdout);
        tpy_syntax_error_print(&err, stderr);
    }
    if (!co && out)
        describe_error(&err, out);
    tpy_syntax_error_clear(&err);
    return co;
}
