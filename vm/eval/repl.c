/* vm/eval/repl.c: the interactive prompt (`tierpy` with no arguments on a
 * terminal).
 *
 * Lines are read through the tierpy command's line editor (tpy_repl_io:
 * libedit, with history) and gathered into a chunk until the chunk is
 * complete, much as CPython's codeop decides:
 *   - it does not parse because it ends too early (an open bracket, an
 *     unterminated triple-quoted string, a trailing backslash, a block
 *     header with no body yet): read more under the "... " prompt;
 *   - it parses, but opens a block (compound statement): read more until
 *     an empty line;
 *   - otherwise run it in __main__ as compile(..., 'single') code: one
 *     expression is evaluated and its repr printed (and kept as
 *     builtins._), anything else is executed.
 * An exception prints its traceback and the prompt goes on; SystemExit
 * and end of input (Ctrl-D) end the session. Ctrl-C at the prompt drops
 * the chunk ("KeyboardInterrupt"); while code runs it still ends tierpy
 * (the eval loop does not poll for signals yet). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "abstract.h"
#include "error.h"
#include "eval_internal.h"
#include "load.h"
#include "main_run.h"
#include "refcount.h"
#include "types.h"
#include "vm.h"

#include <tierpy/mem.h>

/* The chunk being gathered (layer1 memory). */
typedef struct chunk {
    char *text;
    size_t len, cap;
} chunk;

static int chunk_add_line(chunk *c, const char *line)
{
    size_t n = strlen(line);
    if (c->len + n + 2 > c->cap) {
        size_t cap = (c->len + n + 2) * 2;
        char *t = tpy_mem_realloc(c->text, cap);
        if (!t)
            return -1;
        c->text = t;
        c->cap = cap;
    }
    memcpy(c->text + c->len, line, n);
    c->len += n;
    c->text[c->len++] = '\n';
    c->text[c->len] = '\0';
    return 0;
}

/* ---- is the chunk complete? ---------------------------------------------------------------- */

enum { CHUNK_MORE, CHUNK_RUN, CHUNK_EMPTY };

static bool blank(const char *line)
{
    return line[strspn(line, " \t\f\r")] == '\0';
}

/* Does the compiler's complaint only mean that the text stops early? */
static bool ends_early(const char *msg, bool blank_line)
{
    if (strstr(msg, "was never closed") || strstr(msg, "unterminated triple-quoted string")
        || strstr(msg, "unexpected EOF while parsing"))
        return true;
    /* A block header with no body: more, unless the user ended it. */
    return !blank_line && strstr(msg, "expected an indented block") != NULL;
}

/* The first line of the chunk opens a block (`if x:`, `def f():`, `@d`). */
static bool opens_block(const char *text)
{
    const char *s = text + strspn(text, " \t");
    if (*s == '@')
        return true;
    size_t n = strcspn(s, "\n");
    const char *hash = memchr(s, '#', n);   /* a rough cut: '#' inside a string is rare here */
    if (hash)
        n = (size_t)(hash - s);
    while (n && (s[n - 1] == ' ' || s[n - 1] == '\t' || s[n - 1] == '\r'))
        n--;
    return n && s[n - 1] == ':';
}

static int chunk_state(const chunk *c, const char *line, tpy_src_kind *kind)
{
    int eline, ecol;
    if (tpy_src_kind_of(c->text, c->len, kind, &eline, &ecol) < 0)
        return CHUNK_RUN;   /* out of memory: let compiling report it */
    bool blank_line = blank(line);
    if (*kind == TPY_SRC_EMPTY)
        return CHUNK_EMPTY;
    if (*kind == TPY_SRC_UNPARSED) {
        tpy_arena *a = tpy_arena_new();
        tpy_load_error err;
        memset(&err, 0, sizeof err);
        bool early = a && !tpy_load_source(a, c->text, c->len, "<stdin>", false, &err)
                     && ends_early(err.msg, blank_line);
        tpy_arena_delete(a);
        return early ? CHUNK_MORE : CHUNK_RUN;
    }
    if (opens_block(c->text) && !blank_line)
        return CHUNK_MORE;
    return CHUNK_RUN;
}

/* ---- running a chunk --------------------------------------------------------------------------- */

int tpy_repl_display(tpy_vm *vm, tpy_object *v)
{
    if (v == TPY_NONE)
        return 0;
    tpy_object *name = tpy_str_intern_c(vm, "_");
    int set = name ? tpy_setattr(vm, vm->eval->builtins_mod, name, v) : -1;
    tpy_xdecref(vm, name);
    if (set < 0)
        return -1;
    tpy_object *r = tpy_repr(vm, v);
    tpy_object *print = r ? tpy_getattr_c(vm, vm->eval->builtins_mod, "print") : NULL;
    tpy_object *done = print ? tpy_call(vm, print, &r, 1, NULL) : NULL;
    tpy_xdecref(vm, done);
    tpy_xdecref(vm, print);
    tpy_xdecref(vm, r);
    return done ? 0 : -1;
}

/* Run the chunk in @p globals: 0 go on, or an exit status + 1 (SystemExit). */
static int run_chunk(tpy_vm *vm, const char *text, tpy_object *globals)
{
    tpy_object *code = tpy_run_compile(vm, text, "<stdin>", "single");
    tpy_object *r = code ? tpy_run_code(vm, code, globals, globals, TPY_RUN_EXEC) : NULL;
    tpy_xdecref(vm, code);
    tpy_xdecref(vm, r);
    int rc = 0;
    if (tpy_err_occurred(vm)) {
        bool exiting = tpy_err_matches(vm, &tpy_exc_SystemExit);
        int status = tpy_run_handle_exception(vm);
        rc = exiting ? status + 1 : 0;
    }
    tpy_vm_flush(vm, 1);
    tpy_vm_flush(vm, 2);
    return rc;
}

int tpy_repl_run(tpy_vm *vm, const tpy_repl_io *io)
{
    tpy_object *m = tpy_run_interactive_main(vm);
    if (!m)
        return tpy_run_handle_exception(vm);
    fprintf(stderr, "tierpy (the Python 3.11 language) on tiered memory\n"
                    "Type Ctrl-D to leave.\n");
    chunk c = {NULL, 0, 0};
    int status = 0;
    for (;;) {
        char *line = io->read_line(c.len ? "... " : ">>> ");
        if (!line && io->interrupted && io->interrupted()) {
            fputs("\nKeyboardInterrupt\n", stderr);   /* the chunk is dropped */
            c.len = 0;
            continue;
        }
        if (!line) {
            fputs("\n", stdout);
            fflush(stdout);
            break;
        }
        if (!blank(line) && io->add_history)
            io->add_history(line);
        int added = chunk_add_line(&c, line);
        tpy_src_kind kind = TPY_SRC_STMTS;
        int state = added < 0 ? CHUNK_EMPTY : chunk_state(&c, line, &kind);
        free(line);   /* the line reader's malloc */
        if (state == CHUNK_MORE)
            continue;
        int rc = state == CHUNK_RUN ? run_chunk(vm, c.text, tpy_module_dict(m)) : 0;
        c.len = 0;
        if (rc) {
            status = rc - 1;
            break;
        }
    }
    tpy_mem_free(c.text);
    tpy_decref(vm, m);
    return status;
}
