/**
 * @file tierpy.h
 * @brief The embedding API: tierpy as a library for memory and GC experiments.
 *
 * A C program links libtierpy, makes one or more VMs with the memory tiers
 * configured the way its experiment needs, runs Python in them and reads
 * every tier's statistics:
 *
 * @code
 * tpy_config cfg;
 * tpy_config_init(&cfg);
 * cfg.malloc_name = "mimalloc";       // layer1 backend
 * cfg.freelists = false;              // layer3 without free lists
 * tpy_vm *vm = tpy_vm_new(&cfg);
 * if (!vm) { fprintf(stderr, "%s\n", tpy_last_error()); return 1; }
 * if (tpy_vm_run_string(vm, "print(sum(range(10)))", "<demo>") != 0)
 *     fprintf(stderr, "%s", tpy_vm_error(vm)->traceback);
 * tpy_vm_delete(vm);
 * @endcode
 *
 * Ownership: every pointer a function receives stays owned by the caller
 * and is only read during the call, unless its documentation says it is
 * kept (the output and GC callbacks and their context pointers, which must
 * outlive the VM). Strings a function returns are owned by the VM or by the
 * caller as stated on the function.
 *
 * Threads: each VM has its own heap all the way down (its own layer1
 * allocator, layer2 pool and layer3 heap) and its own interpreter state, so
 * VMs run at the same time in different threads with no lock. One VM is used
 * by one thread at a time.
 *
 * Conventions: int results are 0 on success and -1 on failure.
 */
#ifndef TIERPY_TIERPY_H
#define TIERPY_TIERPY_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include <tierpy/mem.h>
#include <tierpy/obj.h>
#include <tierpy/os.h>
#include <tierpy/pool.h>

#ifdef __cplusplus
extern "C" {
#endif

/** @brief One virtual machine (opaque). */
typedef struct tpy_vm tpy_vm;

/**
 * @brief A layer1 backend the caller supplies: where a VM's memory comes
 * from at the bottom of its tiers. All four functions are required;
 * `malloc` and `calloc` are never asked for 0 bytes and `free` never gets
 * NULL. A function that returns NULL makes the request fail: the VM raises
 * MemoryError in Python.
 */
typedef struct tpy_backend {
    void *(*malloc)(void *ctx, size_t n);                     /**< allocate */
    void *(*calloc)(void *ctx, size_t nelem, size_t elsize);  /**< allocate zeroed */
    void *(*realloc)(void *ctx, void *p, size_t n);           /**< resize */
    void (*free)(void *ctx, void *p);                         /**< release */
    void *ctx;          /**< passed back to each function; kept, not owned */
    const char *name;   /**< for the statistics; NULL: "custom" (copied) */
} tpy_backend;

/** @brief Receives what a VM writes on one stream (stdout or stderr):
 *  @p n bytes of UTF-8 at @p data, valid during the call only. */
typedef void (*tpy_output_fn)(void *ctx, const char *data, size_t n);

/** @brief The phases of a GC event. */
typedef enum tpy_gc_phase { TPY_GC_START = 0, TPY_GC_STOP = 1 } tpy_gc_phase;

/** @brief One GC event: a collection starts or stops. */
typedef struct tpy_gc_event {
    tpy_gc_phase phase;  /**< start or stop */
    int generation;      /**< the generation collected, 0..2 */
    int64_t collected;   /**< at stop: unreachable objects found */
    uint64_t pause_ns;   /**< at stop: the collection's duration */
} tpy_gc_event;

/** @brief Receives GC events. It runs inside the collector: it must not
 *  call back into the VM. */
typedef void (*tpy_gc_event_fn)(void *ctx, const tpy_gc_event *event);

/** @brief How a VM is built. Fill with tpy_config_init(), then change fields. */
typedef struct tpy_config {
    /** layer1 backend by name: "libc", "mimalloc", "debug", "debug:libc",
     *  "debug:mimalloc"; NULL: the TIERPY_MALLOC environment variable, or libc. */
    const char *malloc_name;
    /** A backend table of the caller's: used instead of malloc_name when
     *  not NULL (the table is copied; its ctx is kept). */
    const tpy_backend *backend;
    bool pool;                      /**< layer2 on (default) or objects straight from layer1 */
    tpy_pool_config pool_config;    /**< layer2's layout (its `mem` must be NULL: the VM's) */
    bool freelists;                 /**< layer3 free lists on (default) */
    long freelist_capacity;         /**< TPY_OBJ_CAP_PER_TYPE (default): each type's own; else 0..1000000 for every type */
    bool gc;                        /**< automatic cycle collection on (default) */
    int gc_threshold[3];            /**< generation thresholds, default 700, 10, 10 (0 for the first: never automatic) */
    int recursion_limit;            /**< sys.getrecursionlimit(), default 1000, 50..1000000 */
    const char *const *path;        /**< entries put at the front of sys.path, in order (copied) */
    size_t path_len;                /**< how many entries `path` has */
    const char *const *argv;        /**< sys.argv (copied); NULL: [''] */
    int argc;                       /**< how many entries `argv` has */
    tpy_output_fn out;              /**< stdout; NULL: the process's stdout */
    tpy_output_fn err;              /**< stderr; NULL: the process's stderr */
    void *output_ctx;               /**< passed to out and err; kept */
    tpy_gc_event_fn gc_event;       /**< GC events, or NULL */
    void *gc_event_ctx;             /**< passed to gc_event; kept */
} tpy_config;

/** @brief Fill @p cfg with the defaults: the default backend, layer2 with
 *  tpy_pool_config_init()'s layout, free lists at each type's capacity, GC
 *  on at (700, 10, 10), recursion limit 1000, no extra path, argv [''],
 *  output to the process's streams, no GC callback. */
void tpy_config_init(tpy_config *cfg);

/**
 * @brief Check a configuration without making a VM.
 * @param cfg the configuration.
 * @param err receives the reason when it is invalid (may be NULL).
 * @param errsize bytes available at @p err.
 * @return 0 when valid; -1 naming the first invalid field and its value.
 *         Invalid values are rejected, never clamped.
 */
int tpy_config_check(const tpy_config *cfg, char *err, size_t errsize);

/**
 * @brief Make a VM: its allocator, heap, builtins, sys and __main__.
 * @param cfg the configuration (read during the call; the callbacks and
 *        their contexts are kept), or NULL for the defaults.
 * @return the VM, owned by the caller (release it with tpy_vm_delete()); NULL
 *         for an invalid configuration or when memory runs out, with the
 *         reason in tpy_last_error().
 */
tpy_vm *tpy_vm_new(const tpy_config *cfg);

/** @brief Why the last tpy_vm_new() of this thread failed: a message owned
 *  by the library, valid until the thread's next tpy_vm_new(). "" if it did not. */
const char *tpy_last_error(void);

/**
 * @brief Release a VM and everything it holds: every object, the modules,
 * the heap, the pool's arenas and its allocator, so that every tier's live
 * count is back to zero. NULL is ignored.
 */
void tpy_vm_delete(tpy_vm *vm);

/** @brief What tpy_vm_delete_checked() found once everything was returned. */
typedef struct tpy_delete_report {
    size_t objects_leaked;   /**< objects still live after the VM dropped its references (0 expected) */
    tpy_mem_stats_t mem;     /**< the VM's layer1 allocator at the very end (blocks_live 0 expected) */
} tpy_delete_report;

/** @brief tpy_vm_delete() that also reports what was still live at the end
 *  (for tests and experiments that check nothing leaks). */
void tpy_vm_delete_checked(tpy_vm *vm, tpy_delete_report *out);

/* ---- running code ------------------------------------------------------------------------ */

/**
 * @brief Run Python source in the VM's __main__ module: names it defines
 * stay there for later runs and calls.
 * @param vm the VM.
 * @param source UTF-8 source text (NUL-terminated).
 * @param filename the name tracebacks show, e.g. "<experiment>" (NULL: "<string>").
 * @return 0; or -1 when the code raised (SyntaxError included): the error is
 *         in tpy_vm_error() and the VM stays usable. SystemExit is an error
 *         too: it never ends the process.
 */
int tpy_vm_run_string(tpy_vm *vm, const char *source, const char *filename);

/** @brief Run the file at @p path in __main__ (compiled, not cached), as
 *  tpy_vm_run_string(); an unreadable file is an OSError. */
int tpy_vm_run_file(tpy_vm *vm, const char *path);

/** @brief The kinds of values that cross between C and Python. */
typedef enum tpy_value_kind {
    TPY_VALUE_NONE,   /**< None */
    TPY_VALUE_BOOL,   /**< bool: `i` is 0 or 1 */
    TPY_VALUE_INT,    /**< int that fits 64 bits: `i` */
    TPY_VALUE_FLOAT,  /**< float: `f` */
    TPY_VALUE_STR     /**< str: `str.data`, `str.len` bytes of UTF-8 */
} tpy_value_kind;

/** @brief A value crossing the boundary. */
typedef struct tpy_value {
    tpy_value_kind kind;   /**< which member holds the value */
    union {
        int64_t i;         /**< TPY_VALUE_INT, TPY_VALUE_BOOL */
        double f;          /**< TPY_VALUE_FLOAT */
        struct {
            char *data;    /**< UTF-8; a result's is NUL-terminated and owned by the caller */
            size_t len;    /**< bytes, without the NUL */
        } str;             /**< TPY_VALUE_STR */
    } u;                   /**< the value */
} tpy_value;

/** @brief None. */
tpy_value tpy_value_none(void);
/** @brief An int. */
tpy_value tpy_value_int(int64_t i);
/** @brief A float. */
tpy_value tpy_value_float(double f);
/** @brief A str over the caller's NUL-terminated UTF-8 text (not copied:
 *  it must live while the value is used as an argument). */
tpy_value tpy_value_str(const char *utf8);
/** @brief Release what a result value owns (a str's text) and make it None. */
void tpy_value_clear(tpy_value *v);

/**
 * @brief Call a module-level function: `name` in __main__, or
 * `module.name` (the module is imported first).
 * @param vm the VM.
 * @param function the function's name.
 * @param args the arguments (read during the call), @p nargs of them.
 * @param nargs how many.
 * @param result receives the result (may be NULL to drop it): None, bool,
 *        int (64-bit), float or str; release it with tpy_value_clear().
 * @return 0; -1 when the function raised, is missing, or returned another
 *         type (a TypeError), with the error in tpy_vm_error().
 */
int tpy_vm_call(tpy_vm *vm, const char *function, const tpy_value *args, size_t nargs,
                tpy_value *result);

/** @brief The exception of the VM's last failed run or call, as text. */
typedef struct tpy_error {
    const char *type;       /**< the exception type's name, e.g. "ZeroDivisionError" */
    const char *message;    /**< str() of the exception */
    const char *traceback;  /**< the whole report CPython would print, "Traceback ..." */
} tpy_error;

/** @brief The last failure of tpy_vm_run_string(), tpy_vm_run_file() or
 *  tpy_vm_call(), owned by the VM and valid until the next of them; NULL
 *  when the last one succeeded. */
const tpy_error *tpy_vm_error(tpy_vm *vm);

/* ---- C functions exposed to Python --------------------------------------------------------- */

/**
 * @brief A C function callable from Python.
 * @param vm the VM that calls it.
 * @param ctx the module definition's ctx.
 * @param args the arguments converted to values (valid during the call).
 * @param nargs how many.
 * @param result set it to the result (None when left alone); a str result
 *        is copied by the VM, so it may point at the function's own memory.
 * @return 0; or -1 after tpy_raise() to raise an exception in Python.
 */
typedef int (*tpy_cfunction)(tpy_vm *vm, void *ctx, const tpy_value *args, size_t nargs,
                             tpy_value *result);

/** @brief One function of a module definition. */
typedef struct tpy_cfunction_def {
    const char *name;    /**< its Python name; NULL ends the table */
    tpy_cfunction fn;    /**< the C function */
    const char *doc;     /**< its __doc__, or NULL */
} tpy_cfunction_def;

/** @brief A built-in module of the caller's own. */
typedef struct tpy_module_def {
    const char *name;                     /**< what `import` finds it by */
    const tpy_cfunction_def *functions;   /**< ended by a NULL name; kept while the VM lives */
    void *ctx;                            /**< passed to each function; kept */
} tpy_module_def;

/** @brief Register a module in the VM (it is in sys.modules at once, so
 *  `import NAME` finds it). @return 0, or -1 (bad definition or no memory). */
int tpy_vm_add_module(tpy_vm *vm, const tpy_module_def *def);

/**
 * @brief For a tpy_cfunction: raise @p exc_type (a builtin exception name
 * such as "ValueError"; an unknown name raises RuntimeError) with @p message.
 * @return -1, for `return tpy_raise(...)`.
 */
int tpy_raise(tpy_vm *vm, const char *exc_type, const char *message);

/* ---- statistics ----------------------------------------------------------------------------- */

/** @brief The cycle collector's totals over the three generations. */
typedef struct tpy_gc_totals {
    uint64_t collections[3];   /**< collections of each generation */
    uint64_t collected[3];     /**< unreachable objects they found */
    uint64_t examined;         /**< objects in the collected sets, summed */
    uint64_t pause_total_ns;   /**< time inside collections */
    uint64_t pause_max_ns;     /**< the longest one */
} tpy_gc_totals;

/** @brief Every tier's statistics for one VM. */
typedef struct tpy_vm_stats {
    tpy_os_stats_t os;      /**< layer0: process-wide (the page source is shared) */
    tpy_mem_stats_t mem;    /**< layer1: the VM's own allocator */
    bool pool_on;           /**< whether layer2 is on (pool is zero when off) */
    tpy_pool_stats_t pool;  /**< layer2: the VM's pool */
    tpy_obj_stats_t obj;    /**< layer3: the VM's heap */
    tpy_gc_totals gc;       /**< the cycle collector */
} tpy_vm_stats;

/** @brief A snapshot of every tier's statistics. @return 0, or -1 for NULL arguments. */
int tpy_vm_get_stats(tpy_vm *vm, tpy_vm_stats *out);

/**
 * @brief The statistics as one JSON object with the members "os", "mem",
 * "pool", "obj" and "gc", written as snprintf does.
 * @return the full length (the output is cut when it is >= @p bufsize), or -1.
 */
int tpy_vm_stats_json(tpy_vm *vm, char *buf, size_t bufsize);

#ifdef __cplusplus
}
#endif

#endif
