/**
 * @file pycache.h
 * @brief The code cache: `__pycache__/NAME.tierpy-V.tpyc` beside NAME.py.
 *
 * A cache file is fresh when its header has tierpy's magic and format
 * version and records the source's current size and modification time. A
 * fresh file is read and verified instead of compiling; a damaged one (bad
 * header, checksum, malformed body, failing the verifier) draws one warning
 * on the report stream and the source is compiled instead. Writing goes to
 * a temporary file in __pycache__ that is renamed over the cache file, so
 * a reader never sees half a file; -B or TIERPY_DONTWRITEBYTECODE turns
 * writing off.
 */
#ifndef TPY_PYCACHE_H
#define TPY_PYCACHE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "arena.h"
#include "code.h"
#include "marshal.h"
#include "syntax_error.h"

#define TPY_PYCACHE_VERSION TPY_MARSHAL_VERSION

typedef enum tpy_pycache_status {
    TPY_PYCACHE_COMPILED,     /**< compiled from source */
    TPY_PYCACHE_LOADED,       /**< read from a fresh cache file */
    TPY_PYCACHE_NO_SOURCE,    /**< the source could not be read */
    TPY_PYCACHE_SYNTAX_ERROR, /**< the source does not compile (err set) */
} tpy_pycache_status;

/** @brief The cache path of @p source into @p out; false if it does not fit. */
bool tpy_pycache_path(const char *source, char *out, size_t outlen);

/** @brief Compile @p source from its text (no cache involved). */
const tpy_code *tpy_pycache_compile_file(tpy_arena *a, const char *source,
                                         tpy_syntax_error *err, tpy_pycache_status *st);

/**
 * @brief The import path: the fresh cache file if there is a good one,
 * else compile @p source and (when @p write) write its cache file.
 * @param report receives warnings about damaged cache files (may be NULL);
 *        with TIERPY_CACHE_TRACE set in the environment, also a line
 *        "tierpy: loaded|compiled SOURCE" (for the tests).
 */
const tpy_code *tpy_pycache_load(tpy_arena *a, const char *source, bool write,
                                 FILE *report, tpy_syntax_error *err, tpy_pycache_status *st);

/** @brief Write @p co as @p source's cache file (atomically); false with a
 *  warning on @p report when the directory or file cannot be written. */
bool tpy_pycache_write(const char *source, const tpy_code *co, uint64_t size, int64_t mtime_ns,
                       FILE *report);

/** @brief Counts of tpy_pycache_compile_tree(). */
typedef struct tpy_pycache_counts {
    unsigned compiled, failed;
} tpy_pycache_counts;

/**
 * @brief compileall: compile @p path (a .py file, or every .py file under a
 * directory, __pycache__ excepted) into cache files; each SyntaxError is
 * printed on @p report.
 */
void tpy_pycache_compile_tree(const char *path, bool write, FILE *report,
                              tpy_pycache_counts *counts);

/** @brief Read a whole file into layer1 memory; NULL if it cannot be read,
 *  with errno saying why (ENOMEM when memory ran out, EISDIR for a directory). */
uint8_t *tpy_pycache_read_file(const char *path, size_t *len);

#endif /* TPY_PYCACHE_H */
