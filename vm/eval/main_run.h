/* vm/eval/main_run.h: what the `tierpy` command asks of the runtime, in
 * plain C types (vm/main.c includes the compiler's headers, which cannot
 * meet the object model's: see load.h). */
#ifndef TIERPY_VM_EVAL_MAIN_RUN_H
#define TIERPY_VM_EVAL_MAIN_RUN_H

#include <stdbool.h>
#include <stdint.h>

typedef enum tpy_memstats_mode { TPY_MEMSTATS_OFF, TPY_MEMSTATS_TABLE, TPY_MEMSTATS_JSON } tpy_memstats_mode;

/* The interactive prompt's terminal side, supplied by the tierpy command
 * (line editing and history live there, with libedit, not in the library). */
typedef struct tpy_repl_io {
    /* One line without its newline (malloc'd, the caller frees), or NULL
     * at end of input. */
    char *(*read_line)(const char *prompt);
    /* Remember a line entered (history); may be NULL. */
    void (*add_history)(const char *line);
    /* After read_line gave NULL: was it Ctrl-C rather than end of input?
     * May be NULL. */
    bool (*interrupted)(void);
} tpy_repl_io;

typedef struct tpy_main_options {
    const char *path;        /* the script, or NULL with command */
    const char *command;     /* -c CODE, or NULL */
    const char *module;      /* -m MODULE, or NULL */
    bool dont_write_bytecode; /* -B: imports write no cache files (sys.dont_write_bytecode) */
    int argc;                /* sys.argv */
    char **argv;
    bool write_cache;        /* not -B */
    const char *malloc_name; /* -X malloc=NAME, or NULL: the process default */
    tpy_memstats_mode memstats;
    tpy_memstats_mode gcstats;  /* -X gcstats[=json]: the collector's statistics at exit */
    bool failalloc;          /* -X failalloc=N[:every] or =count: a fault plan once started */
    uint64_t failalloc_nth;  /* the request that fails (0 with =count: none) */
    bool failalloc_every;    /* ...and every one after it */
    bool no_pool;            /* -X pool=off: objects straight from layer1 */
    bool no_freelists;       /* -X freelists=off: layer3 keeps no free lists */
    bool gc_off;             /* -X gc=off: no automatic collection (gc.disable()) */
    bool gc_threshold_set;   /* -X gcthreshold=A,B,C: gc.set_threshold(A, B, C) */
    int gc_threshold[3];
    const char *tracealloc;  /* -X tracealloc=FILE: every allocation and free to FILE */
    const char *gcpauses;    /* -X gcpauses=FILE: one line per collection to FILE */
    const char *stdin_source; /* no arguments, stdin not a terminal: all of it, or NULL */
    const struct tpy_repl_io *repl; /* no arguments on a terminal: the prompt's line reader */
} tpy_main_options;

/* Make a VM, run the program, tear the VM down: the exit status. */
int tpy_main_run(const tpy_main_options *o);

struct tpy_vm;
/* The interactive prompt over @p io (repl.c): the exit status. */
int tpy_repl_run(struct tpy_vm *vm, const tpy_repl_io *io);

#endif
