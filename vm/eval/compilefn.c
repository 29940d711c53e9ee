/* vm/eval/compilefn.c: builtins.compile(source, filename, mode, flags=0,
 * dont_inherit=False, optimize=-1): source text to a code object that
 * exec() and eval() run. Modes "exec", "eval" and "single" (run.c); flags
 * and optimize are accepted and, as tierpy has no AST objects or
 * optimization levels, must keep their defaults. */
#include <string.h>

#include "abstract.h"
#include "error.h"
#include "eval_internal.h"
#include "refcount.h"
#include "types.h"
#include "vm.h"

/* The source as UTF-8 text: a str, or bytes. */
static const char *source_text(tpy_vm *vm, tpy_object *src)
{
    if (tpy_str_check(src))
        return tpy_str_utf8(vm, src, NULL);
    if (tpy_bytes_check(src))
        return (const char *)((tpy_bytes *)src)->data;
    tpy_err_format(vm, &tpy_exc_TypeError, "compile() arg 1 must be a string, bytes or AST object");
    return NULL;
}

static bool is_default_int(tpy_object *o, int64_t dflt)
{
    return !o || (tpy_int_check(o) && ((tpy_int *)o)->ob.size == 0 && ((tpy_int *)o)->value == dflt);
}

static tpy_object *builtin_compile(tpy_vm *vm, tpy_object *self, tpy_object *const *args,
                                   size_t nargs, tpy_object *kwnames)
{
    (void)self;
    static const char *const names[] = {"source", "filename", "mode", "flags", "dont_inherit",
                                        "optimize", "_feature_version", NULL};
    tpy_object *a[7];
    if (tpy_arg_parse(vm, "compile", args, nargs, kwnames, names, 0, 3, a) < 0)
        return NULL;
    if (!tpy_str_check(a[2]))
        return tpy_err_format(vm, &tpy_exc_TypeError,
                              "compile() argument 'mode' must be str, not %s",
                              tpy_type_of(a[2])->name);
    const char *mode = tpy_str_utf8(vm, a[2], NULL);
    if (!mode)
        return NULL;
    if (strcmp(mode, "exec") && strcmp(mode, "eval") && strcmp(mode, "single"))
        return tpy_err_format(vm, &tpy_exc_ValueError,
                              "compile() mode must be 'exec', 'eval' or 'single'");
    if (!is_default_int(a[3], 0) || !is_default_int(a[5], -1))
        return tpy_err_format(vm, &tpy_exc_NotImplementedError,
                              "tierpy's compile() does not support flags or optimize levels");
    const char *file = tpy_str_check(a[1]) ? tpy_str_utf8(vm, a[1], NULL) : NULL;
    if (!file)
        return tpy_err_occurred(vm) ? NULL
                                    : tpy_err_format(vm, &tpy_exc_TypeError,
                                                     "compile() argument 'filename' must be str");
    const char *text = source_text(vm, a[0]);
    if (!text)
        return NULL;
    if (strlen(text) != (tpy_str_check(a[0]) ? strlen(text) : (size_t)tpy_bytes_len(a[0])))
        return tpy_err_format(vm, &tpy_exc_SyntaxError, "source code string cannot contain null bytes");
    return tpy_run_compile(vm, text, file, mode);
}

static const tpy_method_def compile_def = {"compile", builtin_compile, TPY_METH_FUNCTION, NULL};

int tpy_compilefn_init(tpy_vm *vm, tpy_object *builtins)
{
    tpy_object *f = tpy_builtin_method_new(vm, tpy_newref(TPY_NONE), &compile_def);
    int r = f ? tpy_dict_set_c(vm, builtins, "compile", f) : -1;
    tpy_xdecref(vm, f);
    return r;
}
