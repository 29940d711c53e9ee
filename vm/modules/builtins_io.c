/* vm/modules/builtins_io.c: print() and input().
 *
 * Both talk to sys.stdout / sys.stdin when the eval loop's sys_stream
 * hook supplies them (a file object: its write, flush and readline
 * methods), and to the VM's stdio sink otherwise. print(file=f) always
 * calls f.write, once per argument, separator and end, as CPython does,
 * so a file object sees the same calls. */
#include "abstract.h"
#include "buf.h"
#include "builtins.h"
#include "builtins_internal.h"
#include "error.h"
#include "refcount.h"
#include "stdmod.h"
#include "types.h"
#include "vm.h"

/* sys.stdout (1) / sys.stdin (0) as an object (borrowed), or NULL for
 * the stdio sink. */
static tpy_object *sys_stream(tpy_vm *vm, int stream)
{
    return vm->hooks.sys_stream ? vm->hooks.sys_stream(vm, stream) : NULL;
}

static int call_method(tpy_vm *vm, tpy_object *o, const char *name, tpy_object *arg)
{
    tpy_object *r = tpy_call_method(vm, o, name, arg ? &arg : NULL, arg ? 1 : 0);
    tpy_xdecref(vm, r);
    return r ? 0 : -1;
}

/* ---- print ------------------------------------------------------------------------------------------- */

/* print to a file object: file.write(str(x)) piece by piece. */
static int print_to_file(tpy_vm *vm, tpy_object *file, tpy_object *const *args, size_t nargs,
                         tpy_object *sep, tpy_object *end)
{
    for (size_t i = 0; i < nargs; i++) {
        if (i > 0 && call_method(vm, file, "write", sep) < 0)
            return -1;
        tpy_object *s = tpy_str(vm, args[i]);
        int rc = s ? call_method(vm, file, "write", s) : -1;
        tpy_xdecref(vm, s);
        if (rc < 0)
            return -1;
    }
    return call_method(vm, file, "write", end);
}

/* print to the sink: the line is built whole and written once; when
 * str() of an argument fails, what came before it is still written, as
 * CPython's piecewise writes would have left it. */
static int print_to_sink(tpy_vm *vm, tpy_object *const *args, size_t nargs, tpy_object *sep,
                         tpy_object *end)
{
    tpy_buf b;
    tpy_buf_init(&b, vm);
    int rc = 0;
    for (size_t i = 0; rc == 0 && i < nargs; i++) {
        if (i > 0)
            rc = tpy_buf_put_str(&b, sep);
        if (rc == 0)
            rc = tpy_buf_put_strof(&b, args[i]);
    }
    if (rc == 0)
        rc = tpy_buf_put_str(&b, end);
    tpy_object *pending = rc < 0 ? tpy_err_fetch(vm) : NULL;
    int wrc = tpy_vm_write_stdout(vm, b.data, b.len);
    tpy_buf_free(&b);
    if (pending) {
        tpy_err_restore(vm, pending);   /* the first error wins */
        return -1;
    }
    return wrc;
}

int tpy_print(tpy_vm *vm, tpy_object *const *args, size_t nargs, tpy_object *sep, tpy_object *end,
              tpy_object *file)
{
    tpy_object *space = NULL, *newline = NULL;
    if (!sep || sep == TPY_NONE)
        sep = space = tpy_str_from_cstr(vm, " ");
    if (!end || end == TPY_NONE)
        end = newline = tpy_str_from_cstr(vm, "\n");
    int rc = -1;
    if (sep && end) {
        if (!file || file == TPY_NONE)
            file = sys_stream(vm, 1);
        if (file == TPY_NONE)
            rc = 0;   /* sys.stdout is None: print does nothing, as in CPython */
        else
            rc = file ? print_to_file(vm, file, args, nargs, sep, end)
                      : print_to_sink(vm, args, nargs, sep, end);
    }
    tpy_xdecref(vm, space);
    tpy_xdecref(vm, newline);
    return rc;
}

static int check_text_arg(tpy_vm *vm, const char *what, tpy_object *v)
{
    if (!v || v == TPY_NONE || tpy_str_check(v))
        return 0;
    tpy_err_format(vm, &tpy_exc_TypeError, "%s must be None or a string, not %s", what,
                   tpy_type_of(v)->name);
    return -1;
}

TPY_BUILTIN(builtin_print)
{
    (void)self;
    static const char *const names[] = {"sep", "end", "file", "flush", NULL};
    tpy_object *kw[4];
    if (tpy_builtin_keywords(vm, "print", args, nargs, kwnames, names, kw) < 0
        || check_text_arg(vm, "sep", kw[0]) < 0 || check_text_arg(vm, "end", kw[1]) < 0)
        return NULL;
    if (tpy_print(vm, args, nargs, kw[0], kw[1], kw[2]) < 0)
        return NULL;
    int flush = kw[3] ? tpy_is_true(vm, kw[3]) : 0;
    if (flush < 0)
        return NULL;
    if (flush) {
        tpy_object *file = kw[2] && kw[2] != TPY_NONE ? kw[2] : sys_stream(vm, 1);
        if (file == TPY_NONE)
            return TPY_NONE;
        if ((file ? call_method(vm, file, "flush", NULL) : tpy_vm_flush(vm, 1)) < 0)
            return NULL;
    }
    return TPY_NONE;
}

/* ---- input ---------------------------------------------------------------------------------------------- */

static tpy_object *read_line(tpy_vm *vm)
{
    tpy_object *in = sys_stream(vm, 0);
    if (!in)
        return tpy_vm_read_line(vm);
    tpy_object *line = tpy_call_method(vm, in, "readline", NULL, 0);
    if (line && !tpy_str_check(line)) {
        tpy_err_set(vm, &tpy_exc_TypeError, "object.readline() returned non-string");
        TPY_CLEAR(vm, line);
    }
    return line;
}

static int write_prompt(tpy_vm *vm, tpy_object *prompt)
{
    tpy_object *out = sys_stream(vm, 1);
    if (out == TPY_NONE)
        out = NULL;
    tpy_object *s = prompt ? tpy_str(vm, prompt) : NULL;
    if (prompt && !s)
        return -1;
    int rc = 0;
    if (s && out) {
        rc = call_method(vm, out, "write", s);
    } else if (s) {
        size_t n;
        const char *u = tpy_str_utf8(vm, s, &n);
        rc = u ? tpy_vm_write_stdout(vm, u, n) : -1;
    }
    tpy_xdecref(vm, s);
    if (rc == 0)   /* the prompt shows before the program blocks on stdin */
        rc = out ? call_method(vm, out, "flush", NULL) : tpy_vm_flush(vm, 1);
    return rc;
}

TPY_BUILTIN(builtin_input)
{
    (void)self;
    if (tpy_arg_nokw(vm, "input", kwnames) < 0 || tpy_arg_count(vm, "input", nargs, 0, 1) < 0)
        return NULL;
    if (write_prompt(vm, nargs ? args[0] : NULL) < 0)
        return NULL;
    tpy_object *line = read_line(vm);
    if (!line)
        return NULL;
    intptr_t n = tpy_str_len(line);
    if (n == 0) {
        tpy_decref(vm, line);
        return tpy_err_set(vm, &tpy_exc_EOFError, "EOF when reading a line"), NULL;
    }
    if (tpy_str_at(line, n - 1) == '\n')
        TPY_SETREF(vm, line, tpy_str_substr(vm, line, 0, n - 1));
    return line;
}

const tpy_method_def tpy_builtins_io[] = {
    {"print", builtin_print, TPY_METH_FUNCTION, NULL},
    {"input", builtin_input, TPY_METH_FUNCTION, NULL},
    {"open", tpy_builtin_open, TPY_METH_FUNCTION, NULL},   /* vm/modules/iomodule.c */
    {NULL, NULL, 0, NULL},
};
