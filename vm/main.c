/* main.c: the tierpy command, with CPython's habits.
 *
 *   tierpy [options] FILE.py [args]   run a program
 *   tierpy [options] -c CODE [args]   run CODE
 *   tierpy --dis FILE.py              print the disassembly of FILE
 *   tierpy --compile PATH...          compile files and directories into
 *                                     their __pycache__ cache files
 *
 * Options are parsed into one struct before anything runs, so that -c, -m
 * and -X options reach the runtime the same way once it exists. */
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <tierpy/mem.h>

#include "codegen.h"
#include "dis.h"
#include "main_run.h"
#include "pycache.h"

#define TIERPY_VERSION "tierpy 0.1.0 (Python 3.11 language)"

typedef enum mode { MODE_RUN, MODE_DIS, MODE_COMPILE, MODE_COMMAND, MODE_MODULE } mode;

typedef struct options {
    mode mode;
    bool dont_write_bytecode;   /* -B or TIERPY_DONTWRITEBYTECODE */
    const char *command;        /* -c */
    const char *module;         /* -m */
    const char *xopts[32];      /* -X name[=value] */
    int nxopts;
    char **paths;               /* FILE (and its arguments), or --compile PATHs */
    int npaths;
} options;

static void usage(FILE *out)
{
    fprintf(out,
            "usage: tierpy [option] ... [-c cmd | -m mod | file | --dis file | --compile path ...] [arg] ...\n"
            "Options:\n"
            "-B         : don't write .tpyc files on import; also TIERPY_DONTWRITEBYTECODE=x\n"
            "-c cmd     : program passed in as string (terminates option list)\n"
            "-h         : print this help message and exit (also -? or --help)\n"
            "-m mod     : run library module as a script (terminates option list)\n"
            "-V         : print the tierpy version number and exit (also --version)\n"
            "-X opt     : set implementation-specific option (e.g. -X malloc=debug,\n"
            "             -X memstats[=json], -X gcstats[=json], -X cachemain to\n"
            "             cache the main script too)\n"
            "--dis file : print the disassembly of file's code units and exit\n"
            "--compile path ... : compile each file, and the .py files under each\n"
            "             directory, into __pycache__/NAME.tierpy-%d.tpyc\n"
            "file       : program read from script file\n",
            TPY_PYCACHE_VERSION);
}

/* Returns -1 to go on, or the exit status. */
static int parse_options(int argc, char **argv, options *o)
{
    const char *env = getenv("TIERPY_DONTWRITEBYTECODE");
    o->dont_write_bytecode = env && *env;
    int i = 1;
    for (; i < argc; i++) {
        const char *a = argv[i];
        if (strcmp(a, "-h") == 0 || strcmp(a, "-?") == 0 || strcmp(a, "--help") == 0) {
            usage(stdout);
            return 0;
        } else if (strcmp(a, "-V") == 0 || strcmp(a, "--version") == 0) {
            printf("%s\n", TIERPY_VERSION);
            return 0;
        } else if (strcmp(a, "-B") == 0) {
            o->dont_write_bytecode = true;
        } else if (strncmp(a, "-X", 2) == 0) {
            const char *x = a[2] ? a + 2 : (i + 1 < argc ? argv[++i] : NULL);
            if (!x) {
                fprintf(stderr, "Argument expected for the -X option\n");
                return 2;
            }
            if (o->nxopts < 32)
                o->xopts[o->nxopts++] = x;
        } else if (strcmp(a, "-c") == 0 || strcmp(a, "-m") == 0) {
            if (i + 1 >= argc) {
                fprintf(stderr, "Argument expected for the %s option\n", a);
                return 2;
            }
            o->mode = a[1] == 'c' ? MODE_COMMAND : MODE_MODULE;
            *(a[1] == 'c' ? &o->command : &o->module) = argv[++i];
            i++;
            break;
        } else if (strcmp(a, "--dis") == 0) {
            o->mode = MODE_DIS;
        } else if (strcmp(a, "--compile") == 0) {
            o->mode = MODE_COMPILE;
        } else if (a[0] == '-' && a[1]) {
            fprintf(stderr, "Unknown option: %s\n", a);
            usage(stderr);
            return 2;
        } else {
            break;
        }
    }
    o->paths = argv + i;
    o->npaths = argc - i;
    return -1;
}

static int run_dis(const options *o)
{
    if (o->npaths != 1) {
        fprintf(stderr, "tierpy: --dis takes one file\n");
        return 2;
    }
    const char *path = o->paths[0];
    tpy_arena *arena = tpy_arena_new();
    tpy_syntax_error err;
    tpy_syntax_error_init(&err, path);
    tpy_pycache_status st;
    const tpy_code *co = arena ? tpy_pycache_compile_file(arena, path, &err, &st) : NULL;
    int status = 0;
    if (co) {
        tpy_text text = {0};
        tpy_dis(co, &text);
        if (!text.failed)
            fwrite(text.data, 1, text.len, stdout);
        tpy_mem_free(text.data);
        status = text.failed ? 1 : 0;
    } else if (st == TPY_PYCACHE_NO_SOURCE) {
        fprintf(stderr, "tierpy: can't open file '%s'\n", path);
        status = 2;
    } else {
        tpy_syntax_error_print(&err, stderr);
        status = 1;
    }
    tpy_syntax_error_clear(&err);
    tpy_arena_delete(arena);
    return status;
}

static int run_compile(const options *o)
{
    if (o->npaths == 0) {
        fprintf(stderr, "tierpy: --compile takes at least one path\n");
        return 2;
    }
    tpy_pycache_counts counts = {0};
    for (int i = 0; i < o->npaths; i++)
        tpy_pycache_compile_tree(o->paths[i], !o->dont_write_bytecode, stderr, &counts);
    return counts.failed ? 1 : 0;
}

/* -X options the runtime reads: malloc=NAME, memstats[=json], gcstats[=json], cachemain. Others are
 * accepted and ignored, as CPython does. Returns -1 to go on, or 2. */
static int runtime_options(const options *o, tpy_main_options *m)
{
    for (int i = 0; i < o->nxopts; i++) {
        const char *x = o->xopts[i];
        if (strncmp(x, "malloc=", 7) == 0) {
            m->malloc_name = x + 7;
        } else if (strcmp(x, "memstats") == 0) {
            m->memstats = TPY_MEMSTATS_TABLE;
        } else if (strcmp(x, "memstats=json") == 0) {
            m->memstats = TPY_MEMSTATS_JSON;
        } else if (strncmp(x, "memstats=", 9) == 0) {
            fprintf(stderr, "tierpy: -X memstats takes no value or 'json', not '%s'\n", x + 9);
            return 2;
        } else if (strcmp(x, "gcstats") == 0) {
            m->gcstats = TPY_MEMSTATS_TABLE;
        } else if (strcmp(x, "gcstats=json") == 0) {
            m->gcstats = TPY_MEMSTATS_JSON;
        } else if (strcmp(x, "cachemain") == 0) {
            /* CPython never caches the main script; tierpy does when asked. */
            m->write_cache = !o->dont_write_bytecode;
        } else if (strncmp(x, "gcstats=", 8) == 0) {
            fprintf(stderr, "tierpy: -X gcstats takes no value or 'json', not '%s'\n", x + 8);
            return 2;
        }
    }
    return -1;
}

/* The program's code is compiled (or loaded from a fresh cache file), then
 * runs as __main__. Like CPython, tierpy writes no cache file for the main
 * script unless asked with -X cachemain; imported modules are cached. */
static int run_program(const options *o, char **argv)
{
    tpy_main_options m = {0};
    m.write_cache = false;
    int status = runtime_options(o, &m);
    if (status >= 0)
        return status;
    m.dont_write_bytecode = o->dont_write_bytecode;
    if (o->mode == MODE_MODULE) {
        /* sys.argv: [MODULE's file (set once found), args...]. */
        m.module = o->module;
        m.argc = o->npaths + 1;
        m.argv = o->paths - 1;
    } else if (o->mode == MODE_COMMAND) {
        /* sys.argv: ['-c', args...]; paths holds the arguments after CODE. */
        m.command = o->command;
        m.argc = o->npaths + 1;
        m.argv = o->paths - 1;
        argv[o->paths - argv - 1] = (char *)"-c";
    } else {
        m.path = o->paths[0];
        m.argc = o->npaths;
        m.argv = o->paths;
    }
    return tpy_main_run(&m);
}

int main(int argc, char **argv)
{
    options o = {0};
    int status = parse_options(argc, argv, &o);
    if (status >= 0)
        return status;
    switch (o.mode) {
    case MODE_DIS:
        return run_dis(&o);
    case MODE_COMPILE:
        return run_compile(&o);
    case MODE_COMMAND:
    case MODE_MODULE:
        return run_program(&o, argv);
    case MODE_RUN:
    default:
        if (o.npaths == 0) {
            fprintf(stderr, "tierpy: there is no interactive prompt yet; give a file or -c CODE\n");
            return 2;
        }
        return run_program(&o, argv);
    }
}
