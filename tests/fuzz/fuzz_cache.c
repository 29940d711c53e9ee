/* fuzz_cache.c: libFuzzer target for the cache reader and the verifier.
 *
 * Bytes are the body of a cache file (no header: the checksum would stop
 * nearly every mutation before the reader). The reader must reject or
 * return a tree, never read outside the buffer; whatever the verifier
 * accepts must be safe to use: its disassembly, every position lookup and
 * writing it again work, and the full verifier (which re-checks the text
 * the reader checked) agrees. The body is read both at an 8-byte aligned
 * address (instruction words used in place) and one byte off (copied). */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <tierpy/mem.h>

#include "dis.h"
#include "marshal.h"
#include "verify.h"

static void require(int ok, const char *what, const char *why)
{
    if (!ok) {
        fprintf(stderr, "fuzz_cache: %s: %s\n", what, why);
        abort();
    }
}

/* Everything a runtime might do with a verified tree. */
static void use(const tpy_code *co)
{
    char why[256] = "";
    require(tpy_verify(co, why, sizeof why), "the full verifier disagrees", why);
    tpy_text text = {0};
    tpy_dis_ex(co, TPY_DIS_POSITIONS, &text);
    tpy_mem_free(text.data);
    tpy_position p;
    for (uint32_t pc = 0; pc < co->ncode; pc++) {
        require(tpy_code_position(co, pc, &p), "no position for a word", "");
        require(p.line >= 1 && p.end_line >= p.line, "a position ends before it starts", "");
        require(p.col < 0 || p.end_line > p.line || p.end_col >= p.col,
                "columns end before they start", "");
    }
    tpy_bytes b = {0};
    tpy_marshal_dump_body(co, &b);
    tpy_bytes_free(&b);
}

static void load_at(const uint8_t *data, size_t size, size_t offset)
{
    uint8_t *buf = malloc(size + offset + 1);
    if (!buf)
        return;
    memcpy(buf + offset, data, size);
    tpy_arena *a = tpy_arena_new();
    char why[256] = "";
    const tpy_code *co = a ? tpy_marshal_load_body(a, buf + offset, size, why, sizeof why) : NULL;
    if (co && tpy_verify_loaded(co, why, sizeof why))
        use(co);
    tpy_arena_delete(a);
    free(buf);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    load_at(data, size, 0);
    load_at(data, size, 1);
    return 0;
}
