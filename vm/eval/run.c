/* vm/eval/run.c: running programs: the runtime's state in a VM (builtins,
 * sys, the register stack), `tierpy FILE`, `-c`, exec and eval, and what
 * happens to an exception nobody caught (SystemExit's exit status, or a
 * traceback and status 1).
 *
 *   tpy_runtime_process_init()     once per process, before any VM
 *   tpy_vm_create → tpy_runtime_init  builtins, sys, sys.modules, hooks
 *   tpy_run_file / tpy_run_command compile (through the cache), run as __main__
 *   tpy_runtime_fini → tpy_vm_destroy   module dicts cleared, stacks freed
 */
#include <pthread.h>
#include <signal.h>
#include <string.h>
#include <unistd.h>

#include "abstract.h"
#include "builtins.h"
#include "error.h"
#include "gc.h"
#include "import.h"
#include "eval_internal.h"
#include "load.h"
#include "modules.h"
#include "refcount.h"
#include "run_tiers.h"
#include "script_path.h"
#include "types.h"
#include "vm.h"
#include "weakref.h"

int tpy_stack_init(tpy_vm *vm);
tpy_object *tpy_sys_module_new(tpy_vm *vm, int argc, char **argv, tpy_object *modules);
void tpy_dict_clear(tpy_vm *vm, tpy_object *dict);
extern tpy_type tpy_stdio_type, tpy_stdio_buffer_type, tpy_generator_type, tpy_coroutine_type, tpy_coro_wrapper_type,
    tpy_async_gen_type, tpy_asend_type, tpy_athrow_type;
void tpy_gen_process_init(void);   /* gen.c */
int tpy_builtins_async_init(tpy_vm *vm, tpy_object *builtins);   /* builtins_async.c */

/* ---- process and VM set-up ----------------------------------------------------------------------- */

static tpy_type *const runtime_types[] = {
    &tpy_code_type, &tpy_function_type, &tpy_cell_type, &tpy_method_type, &tpy_module_type,
    &tpy_traceback_type, &tpy_frameobj_type, &tpy_stdio_type, &tpy_stdio_buffer_type, &tpy_generator_type,
    &tpy_coroutine_type, &tpy_coro_wrapper_type, &tpy_async_gen_type, &tpy_asend_type,
    &tpy_athrow_type,
};

static pthread_once_t runtime_once = PTHREAD_ONCE_INIT;

static void register_types(void)
{
    tpy_types_register(runtime_types, sizeof runtime_types / sizeof runtime_types[0]);
    tpy_weakref_process_init();
    tpy_gen_process_init();
    tpy_modules_process_init();
}

void tpy_runtime_process_init(void)
{
    pthread_once(&runtime_once, register_types);
}

tpy_object *tpy_runtime_builtins(tpy_vm *vm)
{
    return vm->eval->builtins_mod;
}

tpy_object *tpy_runtime_sys(tpy_vm *vm)
{
    return vm->eval->sys_mod;
}

static int intern_names(tpy_vm *vm, struct tpy_eval *ev)
{
    ev->s_builtins = tpy_str_intern_c(vm, "__builtins__");
    ev->s_name = tpy_str_intern_c(vm, "name");
    ev->s_build_class = tpy_str_intern_c(vm, "__build_class__");
    ev->s_dunder_name = tpy_str_intern_c(vm, "__name__");
    ev->s_file = tpy_str_intern_c(vm, "__file__");
    return ev->s_builtins && ev->s_name && ev->s_build_class && ev->s_dunder_name && ev->s_file
               ? 0 : -1;
}

static int make_modules(tpy_vm *vm, struct tpy_eval *ev, int argc, char **argv)
{
    if (!(ev->modules = tpy_dict_new(vm)) || !(ev->builtins_mod = tpy_module_new(vm, "builtins")))
        return -1;
    if (tpy_builtins_init(vm, tpy_module_dict(ev->builtins_mod)) < 0
        || tpy_buildclass_init(vm, tpy_module_dict(ev->builtins_mod)) < 0
        || tpy_compilefn_init(vm, tpy_module_dict(ev->builtins_mod)) < 0
        || tpy_builtins_async_init(vm, tpy_module_dict(ev->builtins_mod)) < 0
        || tpy_import_init(vm, ev->builtins_mod) < 0)
        return -1;
    if (!(ev->sys_mod = tpy_sys_module_new(vm, argc, argv, ev->modules)))
        return -1;
    if (tpy_dict_set_c(vm, ev->modules, "builtins", ev->builtins_mod) < 0
        || tpy_dict_set_c(vm, ev->modules, "sys", ev->sys_mod) < 0)
        return -1;
    return 0;
}

static tpy_object *hook_exec(tpy_vm *vm, tpy_object *src, tpy_object *g, tpy_object *l);
static tpy_object *hook_eval(tpy_vm *vm, tpy_object *src, tpy_object *g, tpy_object *l);
static tpy_object *hook_globals(tpy_vm *vm);
static tpy_object *hook_locals(tpy_vm *vm);

int tpy_runtime_init(tpy_vm *vm, int argc, char **argv)
{
    struct tpy_eval *ev = tpy_vm_malloc(vm, sizeof *ev);
    if (!ev)
        return -1;
    memset(ev, 0, sizeof *ev);
    vm->eval = ev;
    vm->hooks.exec = hook_exec;
    vm->hooks.eval = hook_eval;
    vm->hooks.globals = hook_globals;
    vm->hooks.locals = hook_locals;
    if (tpy_stack_init(vm) < 0 || intern_names(vm, ev) < 0 || make_modules(vm, ev, argc, argv) < 0)
        return -1;
    return 0;
}

/* Module dicts hold functions that hold the dicts: without the cycle
 * collector, clearing them is what frees a program's objects at exit
 * (CPython clears module dicts at shutdown too). __main__ goes first and
 * builtins last, so destructors still find the builtins. */
static void clear_modules(tpy_vm *vm, struct tpy_eval *ev)
{
    if (!ev->modules)
        return;
    tpy_object *main = NULL;
    tpy_object *key = tpy_str_intern_c(vm, "__main__");
    if (key) {
        main = tpy_dict_get_str(vm, ev->modules, key);
        tpy_decref(vm, key);
    }
    if (main)
        tpy_dict_clear(vm, tpy_module_dict(main));
    intptr_t pos = 0;
    tpy_object *k, *m;
    while (tpy_dict_next(ev->modules, &pos, &k, &m))
        if (tpy_type_of(m) == &tpy_module_type && m != ev->builtins_mod && m != ev->sys_mod)
            tpy_dict_clear(vm, tpy_module_dict(m));
    /* Cycles the cleared dicts left (objects with __del__ among them) are
     * collected while sys and builtins still work, as CPython's shutdown
     * does; the VM's last collection can no longer run Python code. */
    if (vm->gc)
        tpy_gc_collect(vm, TPY_GC_GENERATIONS - 1);
    tpy_err_clear(vm);
    if (ev->sys_mod)
        tpy_dict_clear(vm, tpy_module_dict(ev->sys_mod));
    if (ev->builtins_mod)
        tpy_dict_clear(vm, tpy_module_dict(ev->builtins_mod));
    tpy_err_clear(vm);
}

void tpy_runtime_fini(tpy_vm *vm)
{
    struct tpy_eval *ev = vm->eval;
    if (!ev)
        return;
    TPY_CLEAR(vm, ev->handled);
    tpy_err_clear(vm);
    clear_modules(vm, ev);
    TPY_CLEAR(vm, ev->modules);
    TPY_CLEAR(vm, ev->sys_mod);
    TPY_CLEAR(vm, ev->builtins_mod);
    TPY_CLEAR(vm, ev->s_builtins);
    TPY_CLEAR(vm, ev->s_name);
    TPY_CLEAR(vm, ev->s_build_class);
    TPY_CLEAR(vm, ev->s_dunder_name);
    TPY_CLEAR(vm, ev->s_file);
    tpy_err_clear(vm);
    if (ev->chunk)
        tpy_stack_fini(vm);
    memset(&vm->hooks, 0, sizeof vm->hooks);
    vm->eval = NULL;
    tpy_vm_free(vm, ev);
}

/* ---- uncaught exceptions ------------------------------------------------------------------------ */

static int exit_status_of(tpy_vm *vm, tpy_object *exc)
{
    tpy_object *args = ((tpy_exc *)exc)->args;
    tpy_object *code = !args || tpy_tuple_len(args) == 0 ? TPY_NONE
                       : tpy_tuple_len(args) == 1 ? tpy_tuple_get(args, 0) : args;
    if (code == TPY_NONE)
        return 0;
    if (tpy_int_check(code)) {
        int64_t v;
        if (tpy_int_to_i64(vm, code, &v) == 0)
            return (int)(v & 0xff);
        tpy_err_clear(vm);
        return 255;
    }
    tpy_vm_flush(vm, 1);
    tpy_object *s = tpy_str(vm, code);
    size_t n;
    const char *u = s ? tpy_str_utf8(vm, s, &n) : NULL;
    if (u) {
        fwrite(u, 1, n, stderr);
        fputc('\n', stderr);
    }
    tpy_xdecref(vm, s);
    tpy_err_clear(vm);
    return 1;
}

/* CPython ends a program whose KeyboardInterrupt nobody caught by dying of
 * SIGINT itself (after the report and the teardown), so that a shell or a
 * parent process sees the interrupt; 130 is its status when that fails. */
#define TPY_EXIT_SIGINT 130
static bool unhandled_sigint;

static int exit_via_sigint(void)
{
    fflush(stdout);
    fflush(stderr);
    signal(SIGINT, SIG_DFL);
    raise(SIGINT);
    return TPY_EXIT_SIGINT;
}

int tpy_run_handle_exception(tpy_vm *vm)
{
    tpy_object *exc = tpy_err_fetch(vm);
    if (!exc)
        return 0;
    int status;
    if (tpy_isinstance(exc, &tpy_exc_SystemExit)) {
        status = exit_status_of(vm, exc);
    } else {
        tpy_vm_flush(vm, 1);
        tpy_traceback_print(vm, exc, stderr);
        status = 1;
        if (tpy_isinstance(exc, &tpy_exc_KeyboardInterrupt)) {
            status = TPY_EXIT_SIGINT;
            unhandled_sigint = true;
        }
    }
    tpy_decref(vm, exc);
    tpy_err_clear(vm);
    return status;
}

/* ---- __main__ ----------------------------------------------------------------------------------- */

/* __main__: __package__ is None for a script (so relative imports fail as
 * CPython's do) and the parent package's name under -m. */
static tpy_object *main_module(tpy_vm *vm, const char *file, tpy_object *package)
{
    tpy_object *m = tpy_module_new(vm, "__main__");
    if (!m)
        return NULL;
    tpy_object *d = tpy_module_dict(m);
    tpy_object *f = file ? tpy_str_from_cstr(vm, file) : NULL;
    if ((file && (!f || tpy_dict_set_c(vm, d, "__file__", f) < 0))
        || tpy_dict_set_c(vm, d, "__package__", package ? package : TPY_NONE) < 0
        || tpy_dict_set_c(vm, d, "__spec__", TPY_NONE) < 0
        || tpy_dict_set_c(vm, d, "__builtins__", vm->eval->builtins_mod) < 0
        || tpy_dict_set_c(vm, vm->eval->modules, "__main__", m) < 0) {
        tpy_xdecref(vm, f);
        tpy_decref(vm, m);
        return NULL;
    }
    tpy_xdecref(vm, f);
    return m;
}

/* sys.path[0]: the script's directory ('' for -c; the current directory,
 * absolute, for -m, as CPython has it), in front of the bundled modules'
 * directory that sys starts with. */
static int set_path0(tpy_vm *vm, const char *file, bool module)
{
    tpy_object *path = tpy_getattr_c(vm, vm->eval->sys_mod, "path");
    if (!path)
        return -1;
    char cwd[4096];
    const char *slash = file ? strrchr(file, '/') : NULL;
    tpy_object *dir = module && getcwd(cwd, sizeof cwd) ? tpy_str_from_cstr(vm, cwd)
                      : slash ? tpy_str_from_utf8(vm, file, slash == file ? 1 : (size_t)(slash - file))
                              : tpy_newref(vm->empty_str);
    int r = dir ? tpy_list_append(vm, path, dir) : -1;
    tpy_list *l = (tpy_list *)path;
    if (r == 0 && l->size > 1) {
        memmove(l->items + 1, l->items, (size_t)(l->size - 1) * sizeof *l->items);
        l->items[0] = dir;
    }
    tpy_decref(vm, path);
    return r;
}

void tpy_run_atexit(tpy_vm *vm);   /* atexit_run.c */

/* Run @p unit as __main__ (with -m, @p package is the module's parent);
 * the exit status. */
static int run_main(tpy_vm *vm, const tpy_code *unit, const char *file, tpy_object *package)
{
    tpy_object *code = tpy_code_object_new(vm, unit);
    tpy_object *m = code ? main_module(vm, file, package) : NULL;
    int status = 0;
    if (m && (package || set_path0(vm, file, false) == 0)) {
        tpy_object *d = tpy_module_dict(m);
        tpy_object *r = tpy_eval_code(vm, code, d, d);
        tpy_xdecref(vm, r);
    }
    if (tpy_err_occurred(vm))
        status = tpy_run_handle_exception(vm);
    tpy_run_atexit(vm);
    if (tpy_vm_flush(vm, 1) < 0) {
        tpy_err_clear(vm);
        status = status ? status : 120;
    }
    tpy_xdecref(vm, m);
    tpy_xdecref(vm, code);
    return status;
}

/* No memory even to compile: CPython's report of a MemoryError raised
 * where no frame runs. */
static int no_memory_to_start(void)
{
    fflush(stdout);
    fputs("MemoryError\n", stderr);
    return 1;
}

/* CPython 3.9+ runs the script under its absolute path (the current
 * directory joined to a relative one, not normalised): that is what
 * __file__, co_filename and tracebacks show. */
static const char *absolute_script(const char *path, char *buf, size_t cap)
{
    char cwd[4096];
    if (path[0] == '/' || !getcwd(cwd, sizeof cwd))
        return path;
    int n = snprintf(buf, cap, "%s/%s", cwd, path);
    return n > 0 && (size_t)n < cap ? buf : path;
}

int tpy_run_file(tpy_vm *vm, const char *path, bool write_cache)
{
    char absolute[8192];
    path = absolute_script(path, absolute, sizeof absolute);
    tpy_arena *arena = tpy_arena_new();
    if (!arena)
        return no_memory_to_start();
    tpy_load_status st;
    const tpy_code *unit = tpy_load_file(arena, path, write_cache, &st);
    int status = 1;
    if (unit)
        status = run_main(vm, unit, path, NULL);
    else if (st == TPY_LOAD_NO_SOURCE) {
        char main_py[4096];
        status = tpy_script_unopenable(path, main_py, sizeof main_py);
        if (status == 0) {   /* a directory with __main__.py */
            tpy_arena_delete(arena);
            return tpy_run_file(vm, main_py, write_cache);
        }
    }
    tpy_arena_delete(arena);
    return status;
}

static int run_source_main(tpy_vm *vm, const char *source, const char *filename)
{
    tpy_arena *arena = tpy_arena_new();
    if (!arena)
        return no_memory_to_start();
    const tpy_code *unit = tpy_load_source(arena, source, strlen(source), filename, true, NULL);
    int status = unit ? run_main(vm, unit, NULL, NULL) : 1;
    tpy_arena_delete(arena);
    return status;
}

int tpy_run_command(tpy_vm *vm, const char *source)
{
    return run_source_main(vm, source, "<string>");
}

int tpy_run_stdin_source(tpy_vm *vm, const char *source)
{
    return run_source_main(vm, source, "<stdin>");
}

tpy_object *tpy_run_interactive_main(tpy_vm *vm)
{
    tpy_object *m = main_module(vm, NULL, NULL);
    if (m && set_path0(vm, NULL, false) < 0)
        TPY_CLEAR(vm, m);
    return m;
}

/* sys.argv[0] = the module's file, as CPython's runpy sets it. */
static int set_argv0(tpy_vm *vm, const char *file)
{
    tpy_object *argv = tpy_getattr_c(vm, vm->eval->sys_mod, "argv");
    tpy_object *f = argv ? tpy_str_from_cstr(vm, file) : NULL;
    tpy_object *zero = f ? tpy_int_from_i64(vm, 0) : NULL;
    int r = zero && tpy_list_check(argv) && tpy_list_len(argv) > 0
                ? tpy_setitem(vm, argv, zero, f) : -1;
    tpy_xdecref(vm, zero);
    tpy_xdecref(vm, f);
    tpy_xdecref(vm, argv);
    return r;
}

/* CPython reports a module -m cannot find as "python3: No module named x"
 * (no traceback), status 1; other errors (in a parent package's code) get
 * the usual report. */
static int module_not_runnable(tpy_vm *vm)
{
    if (!tpy_err_matches(vm, &tpy_exc_ModuleNotFoundError))
        return tpy_run_handle_exception(vm);
    tpy_object *exc = tpy_err_fetch(vm);
    tpy_object *msg = exc ? tpy_str(vm, exc) : NULL;
    size_t n;
    const char *s = msg ? tpy_str_utf8(vm, msg, &n) : NULL;
    tpy_vm_flush(vm, 1);
    fprintf(stderr, "tierpy: %s\n", s ? s : "No module");
    tpy_xdecref(vm, msg);
    tpy_xdecref(vm, exc);
    tpy_err_clear(vm);
    return 1;
}

/* -m NAME: sys.path[0] is the current directory; NAME's parent packages
 * are imported, then its file runs as __main__ (cached like any import). */
static int tpy_run_module(tpy_vm *vm, const char *name, bool write_cache)
{
    char file[4096];
    tpy_object *package = NULL;
    if (set_path0(vm, NULL, true) < 0
        || tpy_import_find_main(vm, name, file, sizeof file, &package) < 0
        || set_argv0(vm, file) < 0) {
        tpy_xdecref(vm, package);
        return module_not_runnable(vm);
    }
    tpy_arena *arena = tpy_arena_new();
    int status = 1;
    tpy_load_status st;
    const tpy_code *unit = arena ? tpy_load_file(arena, file, write_cache, &st) : NULL;
    if (unit)
        status = run_main(vm, unit, file, package);
    else if (!arena)
        status = no_memory_to_start();
    tpy_arena_delete(arena);
    tpy_decref(vm, package);
    return status;
}

/* ---- exec and eval ------------------------------------------------------------------------------- */

/* A position field of SyntaxError: the number, or None when unknown. */
static tpy_object *syntax_field(tpy_vm *vm, int v)
{
    return v > 0 ? tpy_int_from_i64(vm, v) : tpy_newref(TPY_NONE);
}

/* SyntaxError(msg, (filename, lineno, offset, text, end_lineno,
 * end_offset)) as CPython's compiler raises it, so that the report (and
 * e.lineno, e.text, ...) shows where; just the message when the compiler
 * gave no line. */
void tpy_run_raise_syntax_error(tpy_vm *vm, const tpy_load_error *err, const char *filename);
void tpy_run_raise_syntax_error(tpy_vm *vm, const tpy_load_error *err, const char *filename)
{
    tpy_type *t = err->kind == 1 ? &tpy_exc_IndentationError
                  : err->kind == 2 ? &tpy_exc_TabError : &tpy_exc_SyntaxError;
    if (err->kind == 3) {
        tpy_err_no_memory(vm);
        return;
    }
    if (err->line <= 0) {
        tpy_err_set(vm, t, err->msg);
        return;
    }
    tpy_object *f[6] = {
        tpy_str_from_cstr(vm, filename), syntax_field(vm, err->line),
        syntax_field(vm, err->offset),
        err->text[0] ? tpy_str_from_cstr(vm, err->text) : tpy_newref(TPY_NONE),
        syntax_field(vm, err->end_line), syntax_field(vm, err->end_offset)};
    tpy_object *loc = tpy_tuple_new(vm, 6);
    tpy_object *msg = tpy_str_from_cstr(vm, err->msg);
    bool ok = loc && msg;
    for (int k = 0; k < 6; k++) {
        ok = ok && f[k];
        if (loc)
            ((tpy_tuple *)loc)->items[k] = f[k];
        else
            tpy_xdecref(vm, f[k]);
    }
    tpy_object *exc = NULL;
    if (ok) {
        tpy_object *args[2] = {msg, loc};
        exc = tpy_exc_new(vm, t, args, 2);
    }
    tpy_xdecref(vm, msg);
    tpy_xdecref(vm, loc);
    if (exc) {
        tpy_err_set_instance(vm, exc);
        tpy_decref(vm, exc);
    } else if (!tpy_err_occurred(vm)) {
        tpy_err_no_memory(vm);
    }
}

static tpy_object *compile_code(tpy_vm *vm, const char *src, size_t len, const char *filename)
{
    tpy_arena *arena = tpy_arena_new();
    if (!arena)
        return tpy_err_no_memory(vm);
    tpy_load_error err;
    const tpy_code *unit = tpy_load_source(arena, src, len, filename, false, &err);
    tpy_object *code = unit ? tpy_code_object_new(vm, unit) : NULL;
    if (!unit)
        tpy_run_raise_syntax_error(vm, &err, filename);
    tpy_arena_delete(arena);
    return code;
}

/* eval(): the expression is compiled as an assignment to a reserved name
 * of the locals (the compiler has no expression mode yet); compile()'s
 * 'single' mode uses another, whose value running the code displays. */
#define EVAL_RESULT "__tierpy_eval_result__"
#define SINGLE_RESULT "__tierpy_single_result__"

/* `NAME = (source)` compiled: the code of an expression. */
static tpy_object *compile_expression(tpy_vm *vm, const char *source, size_t n,
                                      const char *filename, const char *name)
{
    size_t m = n + strlen(name) + 8;
    char *buf = tpy_vm_malloc(vm, m);
    if (!buf)
        return NULL;
    snprintf(buf, m, "%s = (%s\n)", name, source);
    tpy_object *code = compile_code(vm, buf, strlen(buf), filename);
    tpy_vm_free(vm, buf);
    return code;
}

/* Take the reserved name @p name out of @p locals: its value, or NULL. */
static tpy_object *pop_reserved(tpy_vm *vm, tpy_object *locals, const char *name)
{
    tpy_object *key = tpy_str_intern_c(vm, name), *v = NULL;
    if (key && tpy_dict_get_ref(vm, locals, key, &v) >= 0 && v) {
        tpy_incref(v);
        tpy_dict_del(vm, locals, key);
    }
    tpy_xdecref(vm, key);
    return v;
}

tpy_object *tpy_run_code(tpy_vm *vm, tpy_object *code, tpy_object *globals, tpy_object *locals,
                         tpy_run_mode mode)
{
    if (!tpy_dict_get_str(vm, globals, vm->eval->s_builtins)
        && tpy_dict_set(vm, globals, vm->eval->s_builtins, vm->eval->builtins_mod) < 0)
        return NULL;
    tpy_object *r = tpy_eval_code(vm, code, globals, locals);
    if (!r)
        return NULL;
    if (((tpy_codeobj *)code)->flags
        & (TPY_CO_GENERATOR | TPY_CO_COROUTINE | TPY_CO_ASYNC_GENERATOR)) {
        if (mode != TPY_RUN_EVAL)   /* eval() of such a body is what it made */
            TPY_SETREF(vm, r, TPY_NONE);
        return r;
    }
    tpy_decref(vm, r);
    tpy_object *single = pop_reserved(vm, locals, SINGLE_RESULT);
    if (single) {
        int shown = tpy_repl_display(vm, single);
        tpy_decref(vm, single);
        if (shown < 0)
            return NULL;
    }
    tpy_object *v = pop_reserved(vm, locals, EVAL_RESULT);
    if (mode == TPY_RUN_EXEC) {
        tpy_xdecref(vm, v);
        return TPY_NONE;
    }
    return v ? v : TPY_NONE;
}

/* Leading blanks of an expression would be an indentation error. */
static const char *skip_blanks(const char *source, size_t *n)
{
    while (*n && (*source == ' ' || *source == '\t')) {
        source++;
        (*n)--;
    }
    return source;
}

tpy_object *tpy_run_compile(tpy_vm *vm, const char *source, const char *filename,
                            const char *mode)
{
    size_t n = strlen(source);
    if (strcmp(mode, "exec") == 0)
        return compile_code(vm, source, n, filename);
    tpy_src_kind kind;
    bool eval = strcmp(mode, "eval") == 0;
    if (tpy_src_classify(vm, source, filename, eval, &kind) < 0)
        return NULL;
    if (kind == TPY_SRC_EXPR || eval)
        return compile_expression(vm, source, n, filename, eval ? EVAL_RESULT : SINGLE_RESULT);
    return compile_code(vm, source, n, filename);
}

tpy_object *tpy_run_string(tpy_vm *vm, const char *source, const char *filename,
                           tpy_run_mode mode, tpy_object *globals, tpy_object *locals)
{
    if (!locals)
        locals = globals;
    if (!tpy_dict_get_str(vm, globals, vm->eval->s_builtins)
        && tpy_dict_set(vm, globals, vm->eval->s_builtins, vm->eval->builtins_mod) < 0)
        return NULL;
    size_t n = strlen(source);
    if (mode == TPY_RUN_EVAL)   /* eval("  1") is 1, as CPython strips */
        source = skip_blanks(source, &n);
    tpy_object *code = tpy_run_compile(vm, source, filename,
                                       mode == TPY_RUN_EVAL ? "eval" : "exec");
    if (!code)
        return NULL;
    tpy_object *r = tpy_run_code(vm, code, globals, locals, mode);
    tpy_decref(vm, code);
    return r;
}

/* The source of exec/eval: a str, bytes, or a code object. */
static tpy_object *run_source(tpy_vm *vm, tpy_object *src, tpy_object *g, tpy_object *l,
                              tpy_run_mode mode)
{
    if (!g) {
        /* Neither given: the caller's namespaces. */
        g = tpy_eval_globals(vm);
        if (!l)
            l = tpy_eval_locals(vm);
    }
    if (!l)
        l = g;
    if (!g)
        return tpy_err_format(vm, &tpy_exc_RuntimeError, "no running frame for exec/eval");
    if (tpy_type_of(src) == &tpy_code_type)
        return tpy_run_code(vm, src, g, l, mode);
    const char *s = NULL;
    if (tpy_str_check(src))
        s = tpy_str_utf8(vm, src, NULL);
    else if (tpy_bytes_check(src))
        s = (const char *)((tpy_bytes *)src)->data;
    else
        return tpy_err_format(vm, &tpy_exc_TypeError,
                              "%s() arg 1 must be a string, bytes or code object",
                              mode == TPY_RUN_EVAL ? "eval" : "exec");
    if (!s)
        return NULL;
    return tpy_run_string(vm, s, "<string>", mode, g, l);
}

static tpy_object *hook_exec(tpy_vm *vm, tpy_object *src, tpy_object *g, tpy_object *l)
{
    return run_source(vm, src, g, l, TPY_RUN_EXEC);
}

static tpy_object *hook_eval(tpy_vm *vm, tpy_object *src, tpy_object *g, tpy_object *l)
{
    return run_source(vm, src, g, l, TPY_RUN_EVAL);
}

static tpy_object *hook_globals(tpy_vm *vm)
{
    tpy_object *g = tpy_eval_globals(vm);
    return g ? tpy_newref(g)
             : tpy_err_format(vm, &tpy_exc_RuntimeError, "globals(): no running frame");
}

/* locals(): the namespace of a module or class body; in a function, a new
 * dict of the bound locals (CPython 3.11's snapshot). */
static tpy_object *hook_locals(tpy_vm *vm)
{
    tpy_frame *f = vm->eval ? vm->eval->frame : NULL;
    if (!f)
        return tpy_err_format(vm, &tpy_exc_RuntimeError, "locals(): no running frame");
    if (f->locals)
        return tpy_newref(f->locals);
    tpy_codeobj *co = f->code;
    tpy_object *d = tpy_dict_new(vm);
    for (uint32_t k = 0; d && k < co->nlocals; k++) {
        tpy_object *v = f->regs[k];
        if (v && (co->slotkinds[k] & (TPY_SLOT_CELL | TPY_SLOT_FREE)))
            v = ((tpy_cell *)v)->ref;
        if (v && tpy_dict_set(vm, d, co->slotnames[k], v) < 0)
            TPY_CLEAR(vm, d);
    }
    return d;
}

/* ---- the tierpy command ------------------------------------------------------------------------------ */

#include <tierpy/os.h>
#include <tierpy/pool.h>

#include "failalloc.h"
#include "main_run.h"

static void memstats_tables(tpy_vm *vm, tpy_mem_allocator *mem, FILE *out)
{
    tpy_os_stats_t os;
    tpy_os_stats(&os);
    fprintf(out, "layer0 os: arenas live %zu (peak %zu), bytes live %zu (peak %zu), "
                 "alloc %llu, free %llu\n", os.arenas_live, os.arenas_peak, os.bytes_live,
            os.bytes_peak, (unsigned long long)os.alloc_calls, (unsigned long long)os.free_calls);
    tpy_mem_allocator *as[2] = {mem, tpy_mem_default()};
    for (int k = 0; k < 2; k++) {
        if (!as[k] || (k == 1 && as[0] == as[1]))
            continue;
        tpy_mem_stats_t m;
        tpy_mem_stats(as[k], &m);
        fprintf(out, "layer1 mem (%s%s): malloc %llu, calloc %llu, realloc %llu, free %llu, "
                     "blocks live %zu, bytes live %zu (peak %zu)\n",
                k == 0 ? "vm " : "default ", m.backend, (unsigned long long)m.malloc_calls,
                (unsigned long long)m.calloc_calls, (unsigned long long)m.realloc_calls,
                (unsigned long long)m.free_calls, m.blocks_live, m.bytes_live, m.bytes_peak);
    }
    if (vm) {
        tpy_pool *p = tpy_obj_heap_pool(vm->heap);
        if (p)
            tpy_pool_dump(p, out);
        tpy_obj_dump(vm->heap, out);
    }
}

/* One JSON object: os and mem after the VM is gone (live counts back to
 * zero), pool and obj as they were at exit, with the objects still live
 * once the VM had dropped its own references (leaked: 0 expected). */
static void memstats_json(char *pool_json, char *obj_json, size_t leaked, tpy_mem_allocator *mem,
                          FILE *out)
{
    static char os_json[4096], mem_json[4096], def_json[4096], fault_json[256];
    tpy_os_stats_json(os_json, sizeof os_json);
    tpy_failalloc_json(fault_json, sizeof fault_json);
    tpy_mem_stats_json(tpy_mem_default(), def_json, sizeof def_json);
    if (mem)
        tpy_mem_stats_json(mem, mem_json, sizeof mem_json);
    fprintf(out, "{\"os\": %s, \"mem\": {\"default\": %s%s%s}, "
                 "\"pool\": {\"at_exit\": %s, \"live_after_delete\": 0}, "
                 "\"obj\": {\"at_exit\": %s, \"live_after_delete\": %zu}, \"failalloc\": %s}\n",
            os_json, def_json, mem ? ", \"vm\": " : "", mem ? mem_json : "",
            pool_json[0] ? pool_json : "null", obj_json[0] ? obj_json : "null", leaked,
            fault_json);
}

/* -X gcstats: the collector's statistics once the program is done (the
 * final collection of tpy_vm_destroy is not in them), on stderr. */
static void gcstats_report(tpy_vm *vm, tpy_memstats_mode mode)
{
    if (mode == TPY_MEMSTATS_TABLE) {
        tpy_gc_stats_dump(vm, stderr);
    } else if (mode == TPY_MEMSTATS_JSON) {
        static char json[8192];
        if (tpy_gc_stats_json(vm, json, sizeof json) < (int)sizeof json)
            fprintf(stderr, "%s\n", json);
    }
}

int tpy_main_run(const tpy_main_options *o)
{
    tpy_runtime_process_init();
    char err[256];
    tpy_mem_allocator *mem = NULL;
    if (o->malloc_name && !(mem = tpy_mem_allocator_new(o->malloc_name, err, sizeof err))) {
        fprintf(stderr, "tierpy: -X malloc=%s: %s\n", o->malloc_name, err);
        return 2;
    }
    tpy_vm_config cfg;
    tpy_vm_config_init(&cfg);
    cfg.mem = mem;
    tpy_main_tiers_config(o, &cfg);
    tpy_vm *vm = tpy_vm_create(&cfg);
    if (!vm) {
        fprintf(stderr, "tierpy: out of memory making the VM\n");
        tpy_mem_allocator_delete(mem);
        return 1;
    }
    int status;
    if (tpy_main_tiers_start(vm, o) < 0) {
        status = 2;
    } else if (tpy_runtime_init(vm, o->argc, o->argv) < 0) {
        fprintf(stderr, "tierpy: the runtime could not start\n");
        status = 1;
    } else {
        if (o->dont_write_bytecode)
            tpy_dict_set_c(vm, tpy_module_dict(vm->eval->sys_mod), "dont_write_bytecode",
                           TPY_TRUE);
        if (o->failalloc)
            tpy_failalloc_arm(vm, mem, o->failalloc_nth, o->failalloc_every);
        status = o->repl ? tpy_repl_run(vm, o->repl)
                 : o->stdin_source ? tpy_run_stdin_source(vm, o->stdin_source)
                 : o->command ? tpy_run_command(vm, o->command)
                 : o->module ? tpy_run_module(vm, o->module, !o->dont_write_bytecode)
                             : tpy_run_file(vm, o->path, o->write_cache);
        if (o->failalloc)
            tpy_failalloc_disarm(vm, mem);
    }
    tpy_vm_flush(vm, 1);
    tpy_vm_flush(vm, 2);
    tpy_err_clear(vm);
    tpy_main_tiers_program_done(vm);
    tpy_runtime_fini(vm);
    gcstats_report(vm, o->gcstats);
    static char pool_json[16384], obj_json[65536];
    pool_json[0] = obj_json[0] = 0;
    if (o->memstats == TPY_MEMSTATS_TABLE) {
        memstats_tables(vm, mem, stderr);
    } else if (o->memstats == TPY_MEMSTATS_JSON) {
        tpy_pool *p = tpy_obj_heap_pool(vm->heap);
        if (p && tpy_pool_stats_json(p, pool_json, sizeof pool_json) < 0)
            pool_json[0] = 0;
        if (tpy_obj_stats_json(vm->heap, obj_json, sizeof obj_json) < 0)
            obj_json[0] = 0;
    }
    size_t leaked = tpy_vm_destroy_report(vm);
    if (o->memstats == TPY_MEMSTATS_TABLE) {
        fprintf(stderr, "after teardown: objects leaked %zu\n", leaked);
        memstats_tables(NULL, mem, stderr);
    } else if (o->memstats == TPY_MEMSTATS_JSON) {
        memstats_json(pool_json, obj_json, leaked, mem, stderr);
    }
    if (tpy_main_tiers_finish() < 0 && status == 0)
        status = 1;
    tpy_mem_allocator_delete(mem);
    if (status == TPY_EXIT_SIGINT && unhandled_sigint)
        return exit_via_sigint();
    return status;
}
