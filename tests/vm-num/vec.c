#include "vec.h"

#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#ifndef VEC_DIR
#error "VEC_DIR must name the directory of the .vec files"
#endif

void vec_open(vec_file *f, const char *name)
{
    char path[4096];
    snprintf(path, sizeof path, "%s/%s", VEC_DIR, name);
    FILE *fp = fopen(path, "rb");
    cr_assert_not_null(fp, "cannot open %s", path);
    fseek(fp, 0, SEEK_END);
    long size = ftell(fp);
    fseek(fp, 0, SEEK_SET);
    *f = (vec_file){.name = name, .data = malloc((size_t)size + 1), .size = (size_t)size};
    cr_assert_not_null(f->data);
    cr_assert_eq(fread(f->data, 1, (size_t)size, fp), (size_t)size);
    f->data[size] = '\0';
    fclose(fp);
}

static int hex_digit(char c)
{
    return c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10;
}

/* Undo gen_vectors.py's esc(): \\ \t \n \xNN. */
static size_t unescape(char *s)
{
    char *o = s;
    for (char *p = s; *p; p++) {
        if (*p != '\\') {
            *o++ = *p;
            continue;
        }
        p++;
        switch (*p) {
        case 't': *o++ = '\t'; break;
        case 'n': *o++ = '\n'; break;
        case 'x': *o++ = (char)(hex_digit(p[1]) * 16 + hex_digit(p[2])); p += 2; break;
        default: *o++ = *p; break;
        }
    }
    *o = '\0';
    return (size_t)(o - s);
}

bool vec_next(vec_file *f, vec_row *row)
{
    if (f->pos >= f->size)
        return false;
    char *line = f->data + f->pos;
    char *end = strchr(line, '\n');
    if (end == NULL)
        end = f->data + f->size;
    *end = '\0';
    f->pos = (size_t)(end - f->data) + 1;
    row->line = ++f->line;
    row->n = 0;
    for (char *p = line; row->n < VEC_MAX_FIELDS;) {
        char *tab = strchr(p, '\t');
        if (tab != NULL)
            *tab = '\0';
        row->f[row->n] = p;
        row->len[row->n] = unescape(p);
        row->n++;
        if (tab == NULL)
            break;
        p = tab + 1;
    }
    return true;
}

void vec_finish(vec_file *f)
{
    fprintf(stderr, "%-18s %6zu records, %6zu pass\n", f->name, f->records,
            f->records - f->failures);
    size_t failures = f->failures, records = f->records;
    free(f->data);
    cr_expect_eq(failures, 0, "%s: %zu of %zu records differ from CPython", f->name,
                 failures, records);
}

double vec_double(const char *hex)
{
    uint64_t b = strtoull(hex, NULL, 16);
    double x;
    memcpy(&x, &b, sizeof x);
    return x;
}

void vec_bits(double x, char out[17])
{
    uint64_t b;
    memcpy(&b, &x, sizeof b);
    snprintf(out, 17, "%016llx", (unsigned long long)b);
}

void vec_mpz(mpz_t z, const char *text)
{
    if (text[0] != 'x') {
        mpz_set_str(z, text, 10);
        return;
    }
    bool negative = text[1] == '-';
    mpz_set_str(z, text + 1 + negative + 2, 16); /* skip x, sign, 0x */
    if (negative)
        mpz_neg(z, z);
}

bool vec_word(const mpz_t z, int64_t *w)
{
    if (!mpz_fits_slong_p(z))
        return false;
    *w = mpz_get_si(z);
    return true;
}

static const char *kind_letter(tpy_num_errkind k)
{
    switch (k) {
    case TPY_NUM_ERR_VALUE: return "V";
    case TPY_NUM_ERR_OVERFLOW: return "O";
    case TPY_NUM_ERR_ZERO_DIVISION: return "Z";
    case TPY_NUM_ERR_MEMORY: return "M";
    default: return "?";
    }
}

bool vec_check(vec_file *f, const vec_row *row, const char *expected, int rc,
               const tpy_num_error *err, const char *got, size_t got_len,
               const char *what)
{
    return vec_check_n(f, row, expected, strlen(expected), rc, err, got, got_len, what);
}

bool vec_check_n(vec_file *f, const vec_row *row, const char *expected, size_t expected_len,
                 int rc, const tpy_num_error *err, const char *got, size_t got_len,
                 const char *what)
{
    f->records++;
    bool ok;
    char shown[512];
    if (expected[0] == '!') {
        snprintf(shown, sizeof shown, "!%s:%s", err ? kind_letter(err->kind) : "?",
                 tpy_num_error_text(err));
        ok = rc == TPY_NUM_FAIL && strcmp(shown, expected) == 0;
        if (rc != TPY_NUM_FAIL)
            snprintf(shown, sizeof shown, "=%.*s", (int)(got_len < 400 ? got_len : 400), got);
    } else {
        ok = rc != TPY_NUM_FAIL && got_len == expected_len - 1 &&
             memcmp(got, expected + 1, got_len) == 0;
        if (rc == TPY_NUM_FAIL)
            snprintf(shown, sizeof shown, "!%s:%s", err ? kind_letter(err->kind) : "?",
                     tpy_num_error_text(err));
        else
            snprintf(shown, sizeof shown, "=%.*s", (int)(got_len < 400 ? got_len : 400), got);
    }
    if (!ok) {
        if (f->failures < 15)
            fprintf(stderr, "%s:%zu: %s\n    expected %.400s\n    got      %s\n", f->name,
                    row->line, what, expected, shown);
        f->failures++;
    }
    return ok;
}
