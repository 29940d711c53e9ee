/* codecheck_main.c: tierpy-codecheck, the test driver of the compiler's
 * back half. For each FILE.py:
 *
 *   compile → verify → marshal → read back → structurally equal, the same
 *   bytes when written again, and verified again.
 *
 *   --fuzz   also damage the cache bytes of each file: truncate at every
 *            offset, flip bytes at every offset (several values) — through
 *            the checked reader (header + checksum) and straight into the
 *            body reader and the verifier, which must reject or accept
 *            without crashing; an accepted damaged body must verify.
 *   --time N compile each file N times and print parse+symtable+codegen
 *            and read+verify times (the benchmark's driver).
 *   --cache-body FILE...
 *            read each FILE as the body of a cache file (a fuzzer's
 *            input): the reader and the verifier must reject it or
 *            accept it, never crash; an accepted tree is disassembled
 *            and every position looked up. Prints ACCEPTED or REJECTED.
 *   --dis-positions FILE
 *            print the disassembly with every instruction's source
 *            position (tpy_dis_ex with TPY_DIS_POSITIONS) and stop.
 *
 * Prints one line per failure and a summary; exit status 1 on failure. A
 * file that does not compile is reported as "syntax" (not a failure) so
 * that callers can skip what the parser rejects. */
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <tierpy/mem.h>

#include "codegen.h"
#include "dis.h"
#include "marshal.h"
#include "pycache.h"
#include "verify.h"

typedef struct counts {
    unsigned files, compiled, syntax, failed, fuzz_cases, fuzz_accepted;
} counts;

static bool roundtrip(const char *path, const tpy_code *co, tpy_bytes *bytes)
{
    char why[256];
    if (!tpy_verify(co, why, sizeof why)) {
        printf("FAIL verify %s: %s\n", path, why);
        return false;
    }
    if (!tpy_marshal_dump(co, 123, 456, bytes)) {
        printf("FAIL dump %s\n", path);
        return false;
    }
    tpy_arena *a = tpy_arena_new();
    tpy_marshal_header h;
    const tpy_code *back = tpy_marshal_load(a, bytes->data, bytes->len, &h, why, sizeof why);
    bool ok = back != NULL;
    if (!ok)
        printf("FAIL load %s: %s\n", path, why);
    if (ok && !tpy_code_equal(co, back)) {
        printf("FAIL equal %s\n", path);
        ok = false;
    }
    tpy_bytes again = {0};
    if (ok && (!tpy_marshal_dump(back, 123, 456, &again) || again.len != bytes->len ||
               memcmp(again.data, bytes->data, again.len) != 0)) {
        printf("FAIL bytes %s\n", path);
        ok = false;
    }
    if (ok && !tpy_verify(back, why, sizeof why)) {
        printf("FAIL verify-loaded %s: %s\n", path, why);
        ok = false;
    }
    tpy_bytes_free(&again);
    tpy_arena_delete(a);
    return ok;
}

/* One damaged buffer: the checked reader, then the body reader and the
 * verifier on the raw body. Never crashes; returns whether it was taken. */
static bool try_damaged(const uint8_t *buf, size_t len, bool body_only)
{
    char why[256];
    tpy_arena *a = tpy_arena_new();
    tpy_marshal_header h;
    const tpy_code *co = body_only ? tpy_marshal_load_body(a, buf, len, why, sizeof why)
                                   : tpy_marshal_load(a, buf, len, &h, why, sizeof why);
    bool taken = co && tpy_verify_loaded(co, why, sizeof why);
    tpy_arena_delete(a);
    return taken;
}

static void fuzz(const tpy_bytes *b, counts *n)
{
    static const uint8_t flips[] = {0x01, 0x80, 0xff, 0x10};
    uint8_t *copy = tpy_mem_malloc(b->len);
    if (!copy)
        return;
    const uint8_t *body = b->data + TPY_MARSHAL_HEADER_SIZE;
    size_t blen = b->len - TPY_MARSHAL_HEADER_SIZE;
    for (size_t cut = 0; cut < b->len; cut++) {
        memcpy(copy, b->data, cut);
        n->fuzz_cases++;
        n->fuzz_accepted += try_damaged(copy, cut, false);
    }
    for (size_t cut = 0; cut < blen; cut++) {
        memcpy(copy, body, cut);
        n->fuzz_cases++;
        n->fuzz_accepted += try_damaged(copy, cut, true);
    }
    for (size_t at = 0; at < b->len; at++) {
        for (size_t f = 0; f < sizeof flips; f++) {
            memcpy(copy, b->data, b->len);
            copy[at] ^= flips[f];
            n->fuzz_cases += 2;
            n->fuzz_accepted += try_damaged(copy, b->len, false);
            if (at >= TPY_MARSHAL_HEADER_SIZE)
                n->fuzz_accepted += try_damaged(copy + TPY_MARSHAL_HEADER_SIZE, blen, true);
        }
    }
    tpy_mem_free(copy);
}

/* The thread's CPU time: on a shared machine, time other processes take
 * from a run does not count (on an idle one it is the wall time). */
static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return ts.tv_sec + ts.tv_nsec * 1e-9;
}

/* Best-of timing of compiling and of loading one file. */
static void time_file(const char *path, const char *src, size_t len, int reps)
{
    double best_compile = 1e9, best_load = 1e9;
    tpy_bytes b = {0};
    for (int i = 0; i < reps; i++) {
        tpy_arena *a = tpy_arena_new();
        tpy_syntax_error err;
        tpy_syntax_error_init(&err, path);
        double t0 = now();
        const tpy_code *co = tpy_compile_source(a, src, len, path, &err);
        double t1 = now();
        if (t1 - t0 < best_compile)
            best_compile = t1 - t0;
        if (co && i == 0)
            tpy_marshal_dump(co, 0, 0, &b);
        tpy_syntax_error_clear(&err);
        tpy_arena_delete(a);
    }
    for (int i = 0; i < reps * 5 && b.len; i++) {
        tpy_arena *a = tpy_arena_new();
        char why[256];
        tpy_marshal_header h;
        double t0 = now();
        const tpy_code *co = tpy_marshal_load(a, b.data, b.len, &h, why, sizeof why);
        bool ok = co && tpy_verify_loaded(co, why, sizeof why);
        double t1 = now();
        if (ok && t1 - t0 < best_load)
            best_load = t1 - t0;
        tpy_arena_delete(a);
    }
    unsigned lines = 0;
    for (size_t i = 0; i < len; i++)
        lines += src[i] == '\n';
    printf("TIME %s lines %u compile_ms %.3f load_ms %.4f cache_bytes %zu\n", path, lines,
           best_compile * 1e3, best_load * 1e3, b.len);
    tpy_bytes_free(&b);
}

static void check_file(const char *path, bool do_fuzz, int reps, counts *n)
{
    size_t len;
    uint8_t *src = tpy_pycache_read_file(path, &len);
    n->files++;
    if (!src) {
        printf("FAIL read %s\n", path);
        n->failed++;
        return;
    }
    if (reps) {
        time_file(path, (const char *)src, len, reps);
        tpy_mem_free(src);
        return;
    }
    tpy_arena *a = tpy_arena_new();
    tpy_syntax_error err;
    tpy_syntax_error_init(&err, path);
    const tpy_code *co = tpy_compile_source(a, (const char *)src, len, path, &err);
    if (!co) {
        printf("SYNTAX %s:%d: %s\n", path, err.line, err.msg);
        n->syntax++;
    } else {
        n->compiled++;
        tpy_bytes b = {0};
        if (!roundtrip(path, co, &b))
            n->failed++;
        else if (do_fuzz)
            fuzz(&b, n);
        tpy_bytes_free(&b);
    }
    tpy_syntax_error_clear(&err);
    tpy_arena_delete(a);
    tpy_mem_free(src);
}

/* The disassembly with positions, after a round trip through the cache
 * bytes so that what is shown is what a cache file gives back. */
static int dis_positions(const char *path)
{
    size_t len;
    uint8_t *src = tpy_pycache_read_file(path, &len);
    tpy_arena *a = tpy_arena_new(), *back = tpy_arena_new();
    tpy_syntax_error err;
    tpy_syntax_error_init(&err, path);
    const tpy_code *co = src && a ? tpy_compile_source(a, (const char *)src, len, path, &err)
                                  : NULL;
    tpy_bytes b = {0};
    char why[256] = "";
    tpy_marshal_header h;
    const tpy_code *loaded = co && back && tpy_marshal_dump(co, 0, 0, &b)
                                 ? tpy_marshal_load(back, b.data, b.len, &h, why, sizeof why)
                                 : NULL;
    int status = 1;
    if (loaded && tpy_verify(loaded, why, sizeof why)) {
        tpy_text text = {0};
        tpy_dis_ex(loaded, TPY_DIS_POSITIONS, &text);
        if (!text.failed)
            fwrite(text.data, 1, text.len, stdout);
        status = text.failed;
        tpy_mem_free(text.data);
    } else if (co) {
        fprintf(stderr, "%s: %s\n", path, why);
    } else {
        tpy_syntax_error_print(&err, stderr);
    }
    tpy_bytes_free(&b);
    tpy_syntax_error_clear(&err);
    tpy_arena_delete(back);
    tpy_arena_delete(a);
    tpy_mem_free(src);
    return status;
}

/* One fuzzer input for the cache reader (tests/vm/regress/ *.body). */
static void cache_body(const char *path)
{
    size_t len;
    uint8_t *buf = tpy_pycache_read_file(path, &len);
    tpy_arena *a = tpy_arena_new();
    char why[256] = "";
    const tpy_code *co = buf && a ? tpy_marshal_load_body(a, buf, len, why, sizeof why) : NULL;
    if (co && tpy_verify_loaded(co, why, sizeof why)) {
        tpy_text text = {0};
        tpy_dis_ex(co, TPY_DIS_POSITIONS, &text);
        tpy_mem_free(text.data);
        printf("ACCEPTED %s\n", path);
    } else {
        printf("REJECTED %s: %s\n", path, buf ? why : "cannot read");
    }
    tpy_arena_delete(a);
    tpy_mem_free(buf);
}

int main(int argc, char **argv)
{
    if (argc == 3 && strcmp(argv[1], "--dis-positions") == 0)
        return dis_positions(argv[2]);
    if (argc >= 2 && strcmp(argv[1], "--cache-body") == 0) {
        for (int i = 2; i < argc; i++)
            cache_body(argv[i]);
        return 0;
    }
    bool do_fuzz = false;
    int reps = 0;
    counts n = {0};
    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "--fuzz") == 0)
            do_fuzz = true;
        else if (strcmp(argv[i], "--time") == 0 && i + 1 < argc)
            reps = atoi(argv[++i]);
        else
            check_file(argv[i], do_fuzz, reps, &n);
    }
    if (!reps)
        printf("SUMMARY files %u compiled %u syntax %u failed %u fuzz_cases %u fuzz_accepted %u\n",
               n.files, n.compiled, n.syntax, n.failed, n.fuzz_cases, n.fuzz_accepted);
    return n.failed ? 1 : 0;
}
