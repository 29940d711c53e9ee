/*
 * Reading the test vectors that gen_vectors.py writes with CPython 3.11,
 * and comparing vm/num's answers with them.
 */
#ifndef TIERPY_TEST_VM_NUM_VEC_H
#define TIERPY_TEST_VM_NUM_VEC_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "num.h"

#define VEC_MAX_FIELDS 8

/* One record: its fields, unescaped in place (they may hold NUL bytes). */
typedef struct vec_row {
    int n;
    char *f[VEC_MAX_FIELDS];
    size_t len[VEC_MAX_FIELDS];
    size_t line;
} vec_row;

/* A whole vector file in memory, and the tally of its checks. */
typedef struct vec_file {
    const char *name;
    char *data;
    size_t size, pos, line;
    size_t records, failures;
} vec_file;

/* Open VEC_DIR/name; aborts the test when the file is missing. */
void vec_open(vec_file *f, const char *name);
/* The next record, or false at the end. */
bool vec_next(vec_file *f, vec_row *row);
/* Print the tally, assert that nothing failed, release the file. */
void vec_finish(vec_file *f);

/* A double from its 16-hex-digit bit pattern. */
double vec_double(const char *hex);
/* The bit pattern text of a double (17 bytes with the terminator). */
void vec_bits(double x, char out[17]);
/* An int field ("123", or "x" followed by Python's hex()) into z. */
void vec_mpz(mpz_t z, const char *text);
/* Whether z fits a word, and the word. */
bool vec_word(const mpz_t z, int64_t *w);

/*
 * Compare one answer with the expected result field ("=text" or
 * "!K:message"): rc and err for failures, got/got_len for successes.
 * Counts the record; a mismatch is counted and (the first few) printed
 * with @p what describing the input.
 */
bool vec_check(vec_file *f, const vec_row *row, const char *expected, int rc,
               const tpy_num_error *err, const char *got, size_t got_len,
               const char *what);
/* vec_check() for an expected field that may hold NUL bytes. */
bool vec_check_n(vec_file *f, const vec_row *row, const char *expected, size_t expected_len,
                 int rc, const tpy_num_error *err, const char *got, size_t got_len,
                 const char *what);

#endif
