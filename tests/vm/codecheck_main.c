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
    bool taken = co && tpy_verify(co, why, sizeof why);
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

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
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
        bool ok = co && tpy_verify(co, why, sizeof why);
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

int main(int argc, char **argv)
{
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
