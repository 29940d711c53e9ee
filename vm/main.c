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
#include <limits.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <tierpy/mem.h>

#include "codegen.h"
#include "dis.h"
#include "lineedit.h"
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
            "             cache the main script too, -X pool=off, -X freelists=off,\n"
            "             -X gc=off, -X gcthreshold=A,B,C, -X tracealloc=FILE,\n"
            "             -X gcpauses=FILE, -X failalloc=N[:every] to make the\n"
            "             Nth allocation request after start-up fail)\n"
            "--dis file : print the disassembly of file's code units and exit\n"
            "--compile path ... : compile each file, and the .py files under each\n"
            "             directory, into __pycache__/NAME.tierpy-%d.tpyc\n"
            "file       : program read from script file\n",
            TPY_PYCACHE_VERSION);
}

/* A bad command line: the message, then CPython's two-line reminder. */
static int usage_error(const char *fmt, const char *arg)
{
    fprintf(stderr, fmt, arg);
    fprintf(stderr, "\nusage: tierpy [option] ... [-c cmd | -m mod | file | -] [arg] ...\n"
                    "Try `tierpy -h' for more information.\n");
    return 2;
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
            if (!x)
                return usage_error("Argument expected for the %s option", "-X");
            if (o->nxopts < 32)
                o->xopts[o->nxopts++] = x;
        } else if (strcmp(a, "-c") == 0 || strcmp(a, "-m") == 0) {
            if (i + 1 >= argc)
                return usage_error("Argument expected for the %s option", a);
            o->mode = a[1] == 'c' ? MODE_COMMAND : MODE_MODULE;
            *(a[1] == 'c' ? &o->command : &o->module) = argv[++i];
            i++;
            break;
        } else if (strcmp(a, "--dis") == 0) {
            o->mode = MODE_DIS;
        } else if (strcmp(a, "--compile") == 0) {
            o->mode = MODE_COMPILE;
        } else if (a[0] == '-' && a[1]) {
            return usage_error("Unknown option: %s", a);
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

/* -X NAME=on|off: sets *off; 1 when x is not NAME=..., 2 (with a message) on a bad value. */
static int switch_option(const char *x, const char *name, bool *off)
{
    size_t n = strlen(name);
    if (strncmp(x, name, n) != 0 || x[n] != '=')
        return 1;
    if (strcmp(x + n + 1, "on") == 0 || strcmp(x + n + 1, "off") == 0) {
        *off = x[n + 2] == 'f';
        return 0;
    }
    fprintf(stderr, "tierpy: -X %s takes 'on' or 'off', not '%s'\n", name, x + n + 1);
    return 2;
}

/* -X gcthreshold=A,B,C (each a non-negative int, as gc.set_threshold takes). */
static int gc_threshold_option(const char *v, tpy_main_options *m)
{
    const char *arg = v;
    char *end;
    for (int g = 0; g < 3; g++) {
        long t = strtol(v, &end, 10);
        if (end == v || t < 0 || t > 1000000000 || *end != (g < 2 ? ',' : '\0')) {
            fprintf(stderr, "tierpy: -X gcthreshold takes three numbers A,B,C, not '%s'\n", arg);
            return 2;
        }
        m->gc_threshold[g] = (int)t;
        v = end + 1;
    }
    m->gc_threshold_set = true;
    return 0;
}

/* The tier and collector switches of the benchmark harness (docs/benchmarks.md):
 * pool=, freelists=, gc=on|off, gcthreshold=, tracealloc=FILE, gcpauses=FILE.
 * 0 when x was one of them, 1 when not, 2 on a bad value. */
static int tier_option(const char *x, tpy_main_options *m)
{
    int r;
    if ((r = switch_option(x, "pool", &m->no_pool)) != 1
        || (r = switch_option(x, "freelists", &m->no_freelists)) != 1
        || (r = switch_option(x, "gc", &m->gc_off)) != 1)
        return r;
    if (strncmp(x, "gcthreshold=", 12) == 0)
        return gc_threshold_option(x + 12, m);
    if (strncmp(x, "tracealloc=", 11) == 0 && x[11]) {
        m->tracealloc = x + 11;
        return 0;
    }
    if (strncmp(x, "gcpauses=", 9) == 0 && x[9]) {
        m->gcpauses = x + 9;
        return 0;
    }
    return 1;
}

/* -X failalloc=N, =N:every (N >= 1) or =count: the fault plan the runtime
 * arms once started (docs/reliability.md). 0 when x was it, 1 when not, 2
 * on a bad value. */
static int failalloc_option(const char *x, tpy_main_options *m)
{
    if (strncmp(x, "failalloc", 9) != 0 || (x[9] != '=' && x[9] != '\0'))
        return 1;
    const char *v = x[9] ? x + 10 : "";
    m->failalloc = true;
    if (strcmp(v, "count") == 0)
        return 0;
    char *end = NULL;
    unsigned long long n = (v[0] >= '0' && v[0] <= '9') ? strtoull(v, &end, 10) : 0;
    if (n == 0 || n == ULLONG_MAX || !(*end == '\0' || strcmp(end, ":every") == 0)) {
        fprintf(stderr, "tierpy: -X failalloc takes N, N:every (N >= 1) or 'count', not '%s'\n",
                v);
        return 2;
    }
    m->failalloc_nth = n;
    m->failalloc_every = *end != '\0';
    return 0;
}

/* -X options the runtime reads: malloc=NAME, memstats[=json], gcstats[=json], cachemain, and
 * tier_option's. Others are accepted and ignored, as CPython does. Returns -1 to go on, or 2. */
static int runtime_options(const options *o, tpy_main_options *m)
{
    for (int i = 0; i < o->nxopts; i++) {
        const char *x = o->xopts[i];
        int r = tier_option(x, m);
        if (r == 1)
            r = failalloc_option(x, m);
        if (r != 1) {
            if (r == 2)
                return 2;
        } else if (strncmp(x, "malloc=", 7) == 0) {
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

/* The length of the valid UTF-8 sequence at @p s, or 0 when the byte at
 * s starts none (overlong forms, surrogates and values past U+10FFFF are
 * invalid, as Python's strict decoder has them). */
static size_t utf8_seq(const unsigned char *s)
{
    unsigned c = s[0];
    size_t n = c < 0x80 ? 1 : c >= 0xc2 && c <= 0xdf ? 2 : c >= 0xe0 && c <= 0xef ? 3
               : c >= 0xf0 && c <= 0xf4 ? 4 : 0;
    for (size_t k = 1; k < n; k++)
        if ((s[k] & 0xc0) != 0x80)
            return 0;
    if ((c == 0xe0 && s[1] < 0xa0) || (c == 0xed && s[1] > 0x9f) || (c == 0xf0 && s[1] < 0x90)
        || (c == 0xf4 && s[1] > 0x8f))
        return 0;
    return n;
}

/* -c CODE that is not UTF-8: CPython decodes argv with surrogateescape
 * and then fails to encode the lone surrogate; same words, status 1. */
static int check_command_utf8(const char *cmd)
{
    const unsigned char *s = (const unsigned char *)cmd;
    for (size_t pos = 0; *s; pos++) {
        size_t n = utf8_seq(s);
        if (n == 0) {
            fprintf(stderr, "Unable to decode the command from the command line:\n"
                            "UnicodeEncodeError: 'utf-8' codec can't encode character "
                            "'\\udc%02x' in position %zu: surrogates not allowed\n", *s, pos);
            return 1;
        }
        s += n;
    }
    return -1;
}

/* All of stdin, NUL-terminated (malloc'd), or NULL. */
static char *read_all_stdin(void)
{
    size_t cap = 4096, n = 0, got;
    char *buf = malloc(cap);
    while (buf && (got = fread(buf + n, 1, cap - n - 1, stdin)) > 0) {
        n += got;
        if (cap - n - 1 == 0) {
            char *more = realloc(buf, cap * 2);
            if (!more)
                free(buf);
            buf = more;
            cap *= 2;
        }
    }
    if (buf)
        buf[n] = '\0';
    return buf;
}

/* No program named: the interactive prompt on a terminal; otherwise all
 * of stdin is the program, named "<stdin>". sys.argv is [''], as CPython's. */
static int run_stdin(const options *o)
{
    tpy_main_options m = {0};
    int status = runtime_options(o, &m);
    if (status >= 0)
        return status;
    m.dont_write_bytecode = o->dont_write_bytecode;
    static char empty[] = "";
    static char *argv0[] = {empty, NULL};
    m.argc = 1;
    m.argv = argv0;
    char *source = NULL;
    if (isatty(STDIN_FILENO)) {
        m.repl = tpy_lineedit_io();
    } else if (!(m.stdin_source = source = read_all_stdin())) {
        fprintf(stderr, "tierpy: cannot read stdin\n");
        return 1;
    }
    status = tpy_main_run(&m);
    free(source);
    return status;
}

int main(int argc, char **argv)
{
    options o = {0};
    int status = parse_options(argc, argv, &o);
    if (status >= 0)
        return status;
    /* A bad TIERPY_MALLOC is fatal, as a bad PYTHONMALLOC is to CPython. */
    char err[256];
    if (tpy_mem_init_from_env(err, sizeof err) != 0) {
        fprintf(stderr, "tierpy: fatal error: %s\n", err);
        return 1;
    }
    if (o.mode == MODE_COMMAND && (status = check_command_utf8(o.command)) >= 0)
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
        if (o.npaths == 0)
            return run_stdin(&o);
        return run_program(&o, argv);
    }
}
