/* vm/eval/eval.h: the runtime: code objects, functions, cells, modules,
 * frames on the register stack, the eval loop and running programs.
 *
 *   code unit (vm/compile, plain C) ──tpy_code_object_new──► code object
 *   code object + globals ──MAKEFUNCTION──► function
 *   function + arguments ──CALL──► frame on the register stack ──► eval loop
 *
 * See docs/vm-eval.md. Conventions are object.h's: new references, NULL
 * or -1 with the VM's exception set.
 */
#ifndef TIERPY_VM_EVAL_H
#define TIERPY_VM_EVAL_H

#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>

#include "object.h"
#include "opnames.h"   /* before code.h: see there */
#include "code.h"

/* ---- code objects (code.c) --------------------------------------------------- */

/* A runtime code object. Instructions are a private mutable copy: the
 * specializer rewrites opcodes and fills cache words in place. Everything
 * else is fixed once made. Not a container: constants form a tree. */
typedef struct tpy_codeobj {
    tpy_object ob;
    tpy_instr *code;            /* ncode words (owned) */
    uint32_t ncode;
    uint32_t nconsts, nnames;
    tpy_object **consts;        /* owned references */
    tpy_object **names;         /* interned strs */
    tpy_object **slotnames;     /* nlocals interned strs */
    uint8_t *slotkinds;         /* TPY_SLOT_* per named slot */
    uint32_t nlocals, nfree, nregs;
    uint32_t nparams;           /* argcount + kwonly + *args + **kwargs */
    uint32_t argcount, posonlyargcount, kwonlyargcount;
    uint32_t flags, firstline;
    tpy_object *name, *qualname, *filename;  /* strs */
    uint8_t *linetable;         /* the code unit's encodings (linetable.h) */
    uint32_t nlinetable;
    uint8_t *coltable;
    uint32_t ncoltable;
    tpy_exc_entry *exctable;
    uint32_t nexc;
} tpy_codeobj;

extern tpy_type tpy_code_type;

/* The code object of a code unit, nested code units included. */
tpy_object *tpy_code_object_new(tpy_vm *vm, const tpy_code *unit);
/* The source line of word @p pc (0 when unknown). */
uint32_t tpy_codeobj_line(const tpy_codeobj *co, uint32_t pc);
/* Lines and columns of word @p pc (columns -1 when unknown). */
bool tpy_codeobj_position(const tpy_codeobj *co, uint32_t pc, tpy_position *out);

/* ---- functions, cells, methods (function.c, cell.c) ---------------------------------- */

typedef struct tpy_function {
    tpy_object ob;
    tpy_codeobj *code;          /* owned */
    tpy_object *globals;        /* dict, owned */
    tpy_object *builtins;       /* dict, owned: globals['__builtins__'] when made */
    tpy_object *name, *qualname;
    tpy_object *defaults;       /* tuple or NULL */
    tpy_object *kwdefaults;     /* dict or NULL */
    tpy_object *closure;        /* tuple of cells or NULL */
    tpy_object *annotations;    /* dict, tuple of pairs, or NULL */
    tpy_object *doc, *module;   /* or NULL */
    tpy_object *dict;           /* __dict__, made on first use */
    tpy_object *weaklist;       /* weak references (vm/types/weakref.h), not owned */
} tpy_function;

typedef struct tpy_cell {
    tpy_object ob;
    tpy_object *ref;            /* NULL: empty */
} tpy_cell;

typedef struct tpy_method {
    tpy_object ob;
    tpy_object *func, *self;    /* both owned */
    tpy_object *weaklist;       /* weak references to it (the weakref type's) */
} tpy_method;

extern tpy_type tpy_function_type, tpy_cell_type, tpy_method_type;

static inline bool tpy_function_check(const tpy_object *o)
{
    return tpy_type_of(o) == &tpy_function_type;
}
/* A function of @p code over @p globals (both borrowed); its name and
 * qualname from the code; builtins from globals['__builtins__']. */
tpy_object *tpy_function_new(tpy_vm *vm, tpy_object *code, tpy_object *globals);
tpy_object *tpy_cell_new(tpy_vm *vm, tpy_object *ref);   /* ref borrowed, may be NULL */
tpy_object *tpy_method_new(tpy_vm *vm, tpy_object *func, tpy_object *self);  /* borrowed */

/* ---- modules (module.c, sysmodule.c) ------------------------------------------------ */

typedef struct tpy_module {
    tpy_object ob;
    tpy_object *dict;           /* owned */
    tpy_object *weaklist;       /* weak references to it (the weakref type's) */
} tpy_module;
extern tpy_type tpy_module_type;
/* A module named @p name with a fresh dict holding __name__, __doc__ None. */
tpy_object *tpy_module_new(tpy_vm *vm, const char *name);
static inline tpy_object *tpy_module_dict(tpy_object *m)
{
    return ((tpy_module *)m)->dict;
}
/* Add a builtin function (as a bound method of the module) to its dict. */
int tpy_module_add_functions(tpy_vm *vm, tpy_object *module, const tpy_method_def *defs);

/* ---- tracebacks (traceback.c) -------------------------------------------------------- */

typedef struct tpy_traceback {
    tpy_object ob;
    tpy_object *next;           /* the next (more recent) entry, or NULL */
    tpy_object *frame;          /* a frame object: code, globals, line */
    uint32_t lasti;             /* the word that was running */
    uint32_t lineno;
} tpy_traceback;
extern tpy_type tpy_traceback_type, tpy_frameobj_type;
/* Prepend the entry (code, globals, lasti) to @p exc's traceback. */
/* A frame snapshot (the type of tb_frame and sys._getframe()); locals and
 * back may be NULL. */
tpy_object *tpy_frameobj_new(tpy_vm *vm, tpy_codeobj *code, tpy_object *globals,
                             tpy_object *locals, uint32_t lineno, tpy_object *back);
int tpy_traceback_here(tpy_vm *vm, tpy_object *exc, tpy_codeobj *code, tpy_object *globals,
                       uint32_t lasti);
/* Print @p exc as CPython's default hook does (chains, frames, source lines). */
void tpy_traceback_print(tpy_vm *vm, tpy_object *exc, FILE *out);

/* ---- the eval loop (ceval.c, frame.c) --------------------------------------------------- */

/* Call a Python function from C: a new frame on the register stack and a
 * run of the eval loop until it returns (args borrowed). */
tpy_object *tpy_eval_call(tpy_vm *vm, tpy_object *func, tpy_object *const *args, size_t nargs,
                          tpy_object *kwnames);
/* Run a module or class body code object with @p globals and @p locals
 * (locals may be globals). */
tpy_object *tpy_eval_code(tpy_vm *vm, tpy_object *code, tpy_object *globals,
                          tpy_object *locals);
/* The globals, builtins and locals of the innermost running Python frame
 * (borrowed; NULL when no frame runs). */
tpy_object *tpy_eval_globals(tpy_vm *vm);
tpy_object *tpy_eval_builtins(tpy_vm *vm);
tpy_object *tpy_eval_locals(tpy_vm *vm);
/* The exception being handled (sys.exc_info()[1]), borrowed, or NULL. */
tpy_object *tpy_eval_handled(tpy_vm *vm);

/* ---- the runtime (run.c) ----------------------------------------------------------------- */

/* Register the runtime's types; call once before the first tpy_vm_create. */
void tpy_runtime_process_init(void);
/* Make the VM's runtime state: builtins and sys modules, sys.argv. */
int tpy_runtime_init(tpy_vm *vm, int argc, char **argv);
/* Release it (before tpy_vm_destroy): modules, stacks, caches. */
void tpy_runtime_fini(tpy_vm *vm);

typedef enum tpy_run_mode { TPY_RUN_EXEC, TPY_RUN_EVAL } tpy_run_mode;

/* Compile @p path through the code cache and run it as __main__; returns
 * the process exit status (uncaught exceptions are printed). */
int tpy_run_file(tpy_vm *vm, const char *path, bool write_cache);
/* -c: run @p source as __main__ named "<string>"; the exit status. */
int tpy_run_command(tpy_vm *vm, const char *source);
/* tierpy < FILE: run @p source (all of stdin) as __main__ named "<stdin>". */
int tpy_run_stdin_source(tpy_vm *vm, const char *source);
/* The interactive prompt's __main__ (sys.path[0] ''): a new reference. */
tpy_object *tpy_run_interactive_main(tpy_vm *vm);
/* exec/eval of source text in @p globals/@p locals: the result (None for
 * exec), or NULL with the exception set (SyntaxError included). */
tpy_object *tpy_run_string(tpy_vm *vm, const char *source, const char *filename,
                           tpy_run_mode mode, tpy_object *globals, tpy_object *locals);
/* The exit status for an uncaught exception (SystemExit handled, others
 * printed with their traceback): clears it. */
int tpy_run_handle_exception(tpy_vm *vm);

/* The builtins module (borrowed) and the sys module (borrowed). */
tpy_object *tpy_runtime_builtins(tpy_vm *vm);
tpy_object *tpy_runtime_sys(tpy_vm *vm);

#ifdef TPY_EVAL_BUDGET
/* Fuzzing builds only: the units left before every loop iteration and
 * call raises RuntimeError (ceval.c); INT64_MAX when not set. */
extern _Thread_local int64_t tpy_eval_budget;
#endif

#endif
