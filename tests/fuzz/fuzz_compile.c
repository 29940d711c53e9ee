/* fuzz_compile.c: libFuzzer target for the compiler's front and back half.
 *
 * Bytes are a source file: source decoding, the lexer, the parser, the
 * symbol table and code generation must end in a code unit or a
 * SyntaxError, never a crash, a hang or a leak. A code unit must pass the
 * verifier, survive the cache format unchanged (dump, read back, equal,
 * verified again) and disassemble. Everything is freed before returning,
 * so that LeakSanitizer sees any block the compiler loses. */
#include <stdint.h>
#include <stdlib.h>
#include <stdio.h>

#include <tierpy/mem.h>

#include "codegen.h"
#include "dis.h"
#include "marshal.h"
#include "verify.h"

/* A finding is a crash: abort() so that libFuzzer saves the input. */
static void require(int ok, const char *what, const char *why)
{
    if (!ok) {
        fprintf(stderr, "fuzz_compile: %s: %s\n", what, why);
        abort();
    }
}

static void check_code(const tpy_code *co)
{
    char why[256] = "";
    require(tpy_verify(co, why, sizeof why), "compiled code fails the verifier", why);
    tpy_bytes b = {0};
    tpy_arena *back = tpy_arena_new();
    if (back && tpy_marshal_dump(co, 0, 0, &b)) {
        tpy_marshal_header h;
        const tpy_code *loaded = tpy_marshal_load(back, b.data, b.len, &h, why, sizeof why);
        require(loaded != NULL, "its cache bytes do not load", why);
        require(tpy_code_equal(co, loaded), "the loaded code differs", "");
        require(tpy_verify_loaded(loaded, why, sizeof why), "the loaded code fails", why);
    }
    tpy_text text = {0};
    tpy_dis_ex(co, TPY_DIS_POSITIONS, &text);
    tpy_mem_free(text.data);
    tpy_bytes_free(&b);
    tpy_arena_delete(back);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    tpy_arena *a = tpy_arena_new();
    if (!a)
        return 0;
    tpy_syntax_error err;
    tpy_syntax_error_init(&err, "<fuzz>");
    const tpy_code *co = tpy_compile_source(a, (const char *)data, size, "<fuzz>", &err);
    if (co)
        check_code(co);
    tpy_syntax_error_clear(&err);
    tpy_arena_delete(a);
    return 0;
}
