/* vm/eval/load.h: the compiler as the runtime calls it.
 *
 * The compiler's headers (ast.h, marshal.h) and the object model's
 * (object.h, types.h) define some of the same names (TPY_LT, tpy_pos,
 * tpy_bytes), so no file includes both: load.c sees only the compiler, and
 * the runtime sees only this header and code.h. */
#ifndef TIERPY_VM_EVAL_LOAD_H
#define TIERPY_VM_EVAL_LOAD_H

#include <stdbool.h>
#include <stddef.h>

#include "code.h"

typedef enum tpy_load_status {
    TPY_LOAD_OK,
    TPY_LOAD_NO_SOURCE,     /* the file cannot be read */
    TPY_LOAD_SYNTAX_ERROR,  /* reported (printed, or in the message) */
} tpy_load_status;

/* A syntax error for the runtime to raise: 0 SyntaxError, 1
 * IndentationError, 2 TabError, 3 MemoryError, and the message. */
typedef struct tpy_load_error {
    int kind;
    char msg[512];
    int line, offset;          /* 1-based; 0 = unknown */
    int end_line, end_offset;  /* 0 = unknown */
    char text[1024];           /* the source line with its newline; "" = none */
} tpy_load_error;

/* The program's code through the cache (loaded when fresh, else compiled
 * and, when @p write, written); a SyntaxError is printed on stderr. */
const tpy_code *tpy_load_file(tpy_arena *a, const char *path, bool write, tpy_load_status *st);
/* An imported module's code through the cache, like tpy_load_file, but a
 * SyntaxError is described in @p err for the importer to raise. */
const tpy_code *tpy_load_module_file(tpy_arena *a, const char *path, bool write,
                                     tpy_load_status *st, tpy_load_error *err);
/* Compile source text; when @p print, a SyntaxError is printed on stderr,
 * else described in @p err. */
const tpy_code *tpy_load_source(tpy_arena *a, const char *src, size_t len, const char *filename,
                                bool print, tpy_load_error *err);

#endif
