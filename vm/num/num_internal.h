/*
 * vm/num private header: what the files of vm/num share and the VM does
 * not call. Names carry the prefix tpy_num__ (two underscores).
 */
#ifndef TIERPY_VM_NUM_INTERNAL_H
#define TIERPY_VM_NUM_INTERNAL_H

#include "num.h"

#include <stdarg.h>

/* ---- errors (error.c) ------------------------------------------------ */

/* Set @p err (may be NULL) to @p kind with a printf-style message; returns
 * TPY_NUM_FAIL so that callers write `return tpy_num__fail(...)`. */
int tpy_num__fail(tpy_num_error *err, tpy_num_errkind kind, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
/* Set a ValueError with a fixed message; returns TPY_NUM_FAIL. */
int tpy_num__fail_value(tpy_num_error *err, const char *msg);
/* Set a MemoryError; returns TPY_NUM_FAIL. */
int tpy_num__nomem(tpy_num_error *err);
/* Set a ValueError whose message is @p prefix followed by repr(s), the repr
 * cut to @p limit code points (0: whole). Returns TPY_NUM_FAIL. */
int tpy_num__fail_repr(tpy_num_error *err, const char *prefix, const char *s,
                       size_t n, size_t limit);

/* ---- UTF-8 and Unicode (text.c) -------------------------------------- */

/* Decode the code point at s[*i] (n bytes in all) and advance *i. Invalid
 * bytes decode as themselves, one at a time, so that any input walks. */
uint32_t tpy_num__utf8_next(const char *s, size_t n, size_t *i);
/* Encode @p cp; returns the byte count (1..4). */
size_t tpy_num__utf8_encode(uint32_t cp, char out[4]);
/* The whitespace int() and float() strip once the text is ASCII: C's
 * isspace in the C locale (space, \t \n \v \f \r). */
bool tpy_num__is_ascii_space(char c);
/* Shrink s[0..*n) past leading and trailing ASCII whitespace. */
void tpy_num__strip_ascii_space(const char **s, size_t *n);
/* "inf", "infinity" or "nan" in any case, the whole of s[0..n)? Sets *out. */
bool tpy_num__parse_inf_nan(const char *s, size_t n, double *out);
/* CPython's str.isspace() for one code point. */
bool tpy_num__is_space(uint32_t cp);
/* The value of a decimal digit (Unicode category Nd), or -1. */
int tpy_num__decimal_value(uint32_t cp);
/*
 * CPython's _PyUnicode_TransformDecimalAndSpaceToASCII: ASCII passes,
 * other whitespace becomes ' ', other decimal digits their ASCII digit;
 * the first other character ends the text as '?'. Writes a NUL-terminated
 * copy into @p out (owned by the caller, tpy_mem_free). NULL: no memory.
 */
char *tpy_num__to_ascii(const char *s, size_t n, size_t *out_len);

/* ---- exact decimal digits of doubles (float_digits.c) ----------------- */

/*
 * Decimal digits of a finite double's magnitude: value = 0.DIGITS * 10**decpt,
 * DIGITS without trailing zeros; zero is "0" with decpt 1. This is the form
 * every float-to-text routine lays out.
 */
typedef struct tpy_num__digits {
    tpy_num_buf text; /* the digits, NUL-terminated */
    int64_t decpt;
} tpy_num__digits;

/* The shortest digits that read back as |x| (x finite). 0 or -1 memory. */
int tpy_num__digits_shortest(tpy_num__digits *d, double x);
/* |x| rounded half-even to @p ndigits places after the point (may be
 * negative). 0 or -1 memory. */
int tpy_num__digits_fixed(tpy_num__digits *d, double x, int64_t ndigits);
/* |x| rounded half-even to @p sig significant digits (sig >= 1). */
int tpy_num__digits_significant(tpy_num__digits *d, double x, int64_t sig);
void tpy_num__digits_free(tpy_num__digits *d);

/* Exactly |x| as num / den, den a power of two (x finite). */
void tpy_num__exact(mpz_t num, mpz_t den, double x);

/* ---- float text layout (float_text.c) -------------------------------- */

enum {
    TPY_NUM__FT_ALT = 1,       /* '#': keep the point and trailing zeros */
    TPY_NUM__FT_ADD_DOT_0 = 2, /* integral results get ".0" */
    TPY_NUM__FT_NO_NEG_0 = 4,  /* 'z': -0 after rounding prints as 0 */
    TPY_NUM__FT_UPPER = 8      /* E, F, G: upper-case exponent and inf/nan */
};

/*
 * Append x as PyOS_double_to_string writes it: @p type is 'e', 'f', 'g'
 * or 'r' (repr, precision unused); negative values start with '-' (never
 * '+'). Returns 0 or -1 out of memory.
 */
int tpy_num__float_text(tpy_num_buf *b, double x, char type, int64_t precision,
                        unsigned flags);

/* ---- correctly rounded conversion to double (ratio.c) ----------------- */

/*
 * num / den * 2**e2 rounded half-even to a double (den > 0, num of any
 * sign). Returns 0, or -1 when the rounded magnitude reaches 2**1024 (*out
 * then holds ±inf).
 */
int tpy_num__ratio_to_double(const mpz_t num, const mpz_t den, int64_t e2, double *out);

/* digits * 10**exp10 (digits >= 0) rounded half-even to a double; ±inf
 * beyond the range, as strtod. Returns 0, or -1 when it overflowed. */
int tpy_num__decimal_to_double(const mpz_t digits, int64_t exp10, double *out);

/* ---- numeric layout shared by int and float formatting (format_number.c) */

/*
 * The parts of a formatted number, laid out as CPython's
 * calc_number_widths/fill_number do:
 *   [lpad][sign][prefix][spad][grouped digits][remainder][rpad]
 * digits: the leading decimal (or hex...) digit run, grouped; remainder:
 * everything after it (".5e+10", "%", "inf"...).
 */
typedef struct tpy_num__number {
    bool negative;
    const char *prefix;      /* "0x" etc., or "" */
    const char *digits;
    size_t n_digits;
    const char *remainder;
    size_t n_remainder;
    int group_size;          /* 3, 4, or 0 for none */
    char separator;          /* ',' or '_' when grouping */
} tpy_num__number;

int tpy_num__layout_number(tpy_num_buf *b, const tpy_num__number *num,
                           const tpy_num_spec *spec, tpy_num_error *err);

/* ValueError "Unknown format code 'q' for object of type 'int'": the code
 * as itself when it is printable ASCII, else as \x followed by its hex
 * value, as CPython words it. Returns TPY_NUM_FAIL. */
int tpy_num__fail_unknown_code(tpy_num_error *err, uint32_t type,
                               const char *type_name);

#endif /* TIERPY_VM_NUM_INTERNAL_H */
