/* astdump_main.c: tierpy-astdump FILE — parse FILE and print its AST as
 * CPython 3.11's ast.dump() does, or its SyntaxError as CPython's
 * interpreter prints it (on stderr, exit status 1).
 *
 *   --no-check  skip the checks after parsing (as ast.parse does)
 *   --tokens    print the tokens instead (kind, position, text)
 *   --symtable  print the symbol table instead (tpy_symtable_dump's form)
 */
#include <stdbool.h>
#include <stdio.h>
#include <string.h>

#include <tierpy/mem.h>

#include "ast_dump.h"
#include "lexer.h"
#include "parser.h"
#include "source.h"
#include "symtable.h"

/* The whole file in layer1 memory, or NULL. */
static char *read_file(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    size_t cap = 1 << 16, n = 0;
    char *buf = tpy_mem_malloc(cap);
    while (buf) {
        n += fread(buf + n, 1, cap - n, f);
        if (n < cap)
            break;
        char *grown = tpy_mem_realloc(buf, cap * 2);
        if (!grown) {
            tpy_mem_free(buf);
            buf = NULL;
        } else {
            buf = grown;
            cap *= 2;
        }
    }
    bool bad = ferror(f);
    fclose(f);
    if (bad) {
        tpy_mem_free(buf);
        return NULL;
    }
    *len = n;
    return buf;
}

/* One line per token: kind line:col-end_line:end_col 'text'. */
static int print_tokens(tpy_arena *arena, const char *bytes, size_t len, tpy_syntax_error *err)
{
    size_t textlen;
    const char *text = tpy_source_prepare(arena, bytes, len, &textlen, err);
    if (!text)
        return 1;
    tpy_lexer lx;
    tpy_lex_init(&lx, text, textlen, err);
    tpy_token t;
    tpy_tok_kind kind;
    do {
        kind = tpy_lex_next(&lx, &t);
        if (kind == TPY_TOK_ERROR)
            return 1;
        printf("%s %d:%d-%d:%d '%.*s'\n", tpy_tok_text(kind), t.line, t.col, t.end_line,
               t.end_col, (int)(t.end - t.start), t.start);
    } while (kind != TPY_TOK_ENDMARKER);
    return 0;
}

/* The AST (or, with @p symtable, the symbol table) as text in layer1
 * memory; NULL with @p err set when the source is rejected. */
static char *dump(tpy_arena *arena, const char *bytes, size_t len, bool check, bool symtable,
                  tpy_syntax_error *err)
{
    if (symtable) {
        tpy_symtable *st = NULL;
        if (!tpy_parse_module_scoped(arena, bytes, len, &st, err))
            return NULL;
        char *text = tpy_symtable_dump(st);
        tpy_symtable_free(st);
        return text;
    }
    tpy_mod *mod = check ? tpy_parse_module(arena, bytes, len, err)
                         : tpy_parse_module_ast(arena, bytes, len, err);
    return mod ? tpy_ast_dump(mod) : NULL;
}

int main(int argc, char **argv)
{
    bool check = true, tokens = false, symtable = false;
    const char *path = NULL;
    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "--no-check") == 0)
            check = false;
        else if (strcmp(argv[i], "--tokens") == 0)
            tokens = true;
        else if (strcmp(argv[i], "--symtable") == 0)
            symtable = true;
        else
            path = argv[i];
    }
    if (!path) {
        fprintf(stderr, "usage: tierpy-astdump [--no-check | --tokens | --symtable] FILE.py\n");
        return 2;
    }
    size_t len;
    char *bytes = read_file(path, &len);
    if (!bytes) {
        fprintf(stderr, "tierpy-astdump: can't open file '%s'\n", path);
        return 2;
    }
    tpy_arena *arena = tpy_arena_new();
    tpy_syntax_error err;
    tpy_syntax_error_init(&err, path);
    int status = 0;
    if (tokens && arena) {
        status = print_tokens(arena, bytes, len, &err);
        if (status)
            tpy_syntax_error_print(&err, stderr);
        tpy_syntax_error_clear(&err);
        tpy_arena_delete(arena);
        tpy_mem_free(bytes);
        return status;
    }
    char *text = arena ? dump(arena, bytes, len, check, symtable, &err) : NULL;
    if (text) {
        fputs(text, stdout);
        if (!symtable)
            fputc('\n', stdout);
        tpy_mem_free(text);
    } else if (!err.set) {
        fprintf(stderr, "tierpy-astdump: out of memory\n");
        status = 2;
    } else {
        tpy_syntax_error_print(&err, stderr);
        status = 1;
    }
    tpy_syntax_error_clear(&err);
    tpy_arena_delete(arena);
    tpy_mem_free(bytes);
    return status;
}
