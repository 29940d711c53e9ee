/**
 * @file num.h
 * @brief vm/num: the numeric and formatting primitives under int, float, str.
 *
 * Pure C functions, no Python objects: the VM's int, float and str types
 * call them and turn their results into objects. Every function gives what
 * CPython 3.11 gives, down to the wording of its error messages.
 *
 * Integers come in two sizes, as the VM stores them: a machine word
 * (`int64_t`) and a GMP integer (`mpz_t`) once the word overflows. A word
 * function that cannot give a word result says so with ::TPY_NUM_BIG and
 * the caller redoes the operation in GMP.
 *
 * Text is UTF-8 throughout (the VM's str storage); widths and precisions
 * count code points, as CPython counts characters.
 *
 * Errors: a function that can fail the way CPython raises returns
 * ::TPY_NUM_FAIL and fills a ::tpy_num_error (when one is given) with the
 * exception class and CPython's message; the VM raises it.
 */
#ifndef TIERPY_VM_NUM_H
#define TIERPY_VM_NUM_H

#include <gmp.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/* ------------------------------------------------------------------ */
/** @name Status codes and errors                                      */
/** @{ */

/** @brief What a vm/num function returns. */
typedef enum tpy_num_status {
    TPY_NUM_OK = 0,        /**< done; the result is in the output */
    TPY_NUM_FAIL = -1,     /**< CPython raises: the error says what */
    TPY_NUM_BIG = 1,       /**< the result does not fit an int64: it is in
                                the mpz output, or (arithmetic on words)
                                must be computed again with GMP */
    TPY_NUM_COMPLEX = 2,   /**< negative float ** non-integer: CPython's
                                float.__pow__ hands over to complex */
    TPY_NUM_NEG_EXPONENT = 3 /**< int ** negative int: the result is a float */
} tpy_num_status;

/** @brief The exception class a failure maps to. */
typedef enum tpy_num_errkind {
    TPY_NUM_ERR_NONE = 0,      /**< no error */
    TPY_NUM_ERR_VALUE,         /**< ValueError */
    TPY_NUM_ERR_OVERFLOW,      /**< OverflowError */
    TPY_NUM_ERR_ZERO_DIVISION, /**< ZeroDivisionError */
    TPY_NUM_ERR_MEMORY         /**< MemoryError (no message) */
} tpy_num_errkind;

/**
 * @brief An error: its class and CPython's message.
 *
 * `msg` is owned by the error (allocated with tpy_mem_malloc()); it is NULL
 * for ::TPY_NUM_ERR_NONE and ::TPY_NUM_ERR_MEMORY. Messages can be long
 * (float() quotes the whole input), hence a heap string. Release with
 * tpy_num_error_clear(); setting an error clears the previous one.
 */
typedef struct tpy_num_error {
    tpy_num_errkind kind; /**< the exception class */
    char *msg;            /**< NUL-terminated message, or NULL */
} tpy_num_error;

/** @brief An empty error, for initialisation. */
#define TPY_NUM_ERROR_INIT {TPY_NUM_ERR_NONE, NULL}

/** @brief Release the message and reset @p err to no error. */
void tpy_num_error_clear(tpy_num_error *err);

/** @brief The message of @p err; "" when there is none. */
const char *tpy_num_error_text(const tpy_num_error *err);

/** @} */

/* ------------------------------------------------------------------ */
/** @name The growable byte buffer                                     */
/** @{ */

/**
 * @brief A growable byte string, allocated through layer1.
 *
 * `data` is NUL-terminated whenever it is non-NULL, so it can be read as a
 * C string; `len` excludes the terminator. Formatters append to it.
 */
typedef struct tpy_num_buf {
    char *data; /**< the bytes, owned; NULL until the first append */
    size_t len; /**< bytes used */
    size_t cap; /**< bytes allocated, terminator included */
} tpy_num_buf;

/** @brief An empty buffer, for initialisation. */
#define TPY_NUM_BUF_INIT {NULL, 0, 0}

/** @brief Release the bytes of @p b and make it empty. */
void tpy_num_buf_free(tpy_num_buf *b);
/** @brief Make room for @p extra more bytes. @return 0, or -1 out of memory. */
int tpy_num_buf_reserve(tpy_num_buf *b, size_t extra);
/** @brief Append @p n bytes. @return 0, or -1 out of memory. */
int tpy_num_buf_append(tpy_num_buf *b, const char *s, size_t n);
/** @brief Append a C string. @return 0, or -1 out of memory. */
int tpy_num_buf_puts(tpy_num_buf *b, const char *s);
/** @brief Append one byte. @return 0, or -1 out of memory. */
int tpy_num_buf_putc(tpy_num_buf *b, char c);
/**
 * @brief Append code point @p cp, UTF-8 encoded, @p count times.
 * @return 0, or -1 out of memory.
 */
int tpy_num_buf_put_repeat(tpy_num_buf *b, uint32_t cp, size_t count);

/** @brief The value of a Unicode decimal digit (category Nd, any script),
 *  or -1: what int(), float() and str.format's field numbers read. */
int tpy_num_decimal_value(uint32_t cp);

/** @brief str.isprintable() for one code point: all but categories C* and
 *  Z*, the ASCII space excepted; repr() escapes the rest. */
bool tpy_num_is_printable(uint32_t cp);

/** @brief The number of code points in UTF-8 text (bytes that are not
 *  continuation bytes). */
size_t tpy_num_utf8_count(const char *s, size_t n);

/**
 * @brief Append the repr() of a str given as UTF-8, as CPython writes it:
 * quotes chosen as CPython chooses them, `\\`, `\n`, `\r`, `\t`, `\xNN`,
 * `\uNNNN`, `\UNNNNNNNN` escapes for what is not printable.
 * @param limit keep only the first @p limit code points of the repr, as
 *        `%.200R` does; 0 means no limit.
 * @return 0, or -1 out of memory.
 */
int tpy_num_str_repr(tpy_num_buf *b, const char *s, size_t n, size_t limit);

/** @} */

/* ------------------------------------------------------------------ */
/** @name Float repr and correctly rounded digits                      */
/** @{ */

/** @brief Room for any repr() of a double, terminator included. */
#define TPY_NUM_REPR_MAX 32

/**
 * @brief repr(x) / str(x) of a float.
 *
 * The shortest digit string that reads back as @p x (nearest to @p x
 * among the shortest, ties to an even digit), laid out as CPython does:
 * fixed notation when the decimal exponent is in [-4, 16) with ".0" added
 * to integral values, otherwise `d.ddde+XX`; `inf`, `-inf`, `nan`.
 * @param out receives the text, NUL-terminated.
 * @return the length of the text; 0 (and "") only when memory ran out.
 */
size_t tpy_num_double_repr(double x, char out[TPY_NUM_REPR_MAX]);

/** @brief Append repr(x) to @p b. @return 0, or -1 out of memory. */
int tpy_num_double_repr_buf(tpy_num_buf *b, double x);

/** @} */

/* ------------------------------------------------------------------ */
/** @name Text to numbers                                              */
/** @{ */

/** @brief CPython 3.11's default for sys.set_int_max_str_digits(). */
#define TPY_NUM_MAX_STR_DIGITS 4300

/**
 * @brief int(s, base) for a str given as UTF-8.
 *
 * Whitespace around, a sign, base 0 (the prefix decides, `010` refused),
 * bases 2..36 with an optional matching prefix, one underscore between
 * digits or after a prefix; non-ASCII decimal digits and whitespace count
 * as CPython counts them.
 * @param max_str_digits the sys.set_int_max_str_digits() limit on decimal
 *        (non power-of-two base) input; 0 for none.
 * @param word  receives the value when it fits an int64.
 * @param big   an initialised mpz that receives the value otherwise.
 * @return ::TPY_NUM_OK (in @p word), ::TPY_NUM_BIG (in @p big) or
 *         ::TPY_NUM_FAIL: "invalid literal for int() with base 10: 'x'",
 *         "int() base must be >= 2 and <= 36, or 0", or the digit limit.
 */
int tpy_num_int_parse(const char *s, size_t n, int base, int max_str_digits,
                      int64_t *word, mpz_t big, tpy_num_error *err);

/**
 * @brief float(s) for a str given as UTF-8, correctly rounded.
 *
 * Whitespace around, a sign, `inf`, `infinity`, `nan` in any case,
 * underscores between digits (PEP 515); no hexadecimal. Out-of-range
 * values give ±inf or ±0.0 as CPython does.
 * @return ::TPY_NUM_OK or ::TPY_NUM_FAIL
 *         ("could not convert string to float: 'x'").
 */
int tpy_num_double_parse(const char *s, size_t n, double *out, tpy_num_error *err);

/**
 * @brief float.fromhex(s).
 * @return ::TPY_NUM_OK or ::TPY_NUM_FAIL ("invalid hexadecimal
 *         floating-point string", "hexadecimal value too large to
 *         represent as a float").
 */
int tpy_num_double_fromhex(const char *s, size_t n, double *out, tpy_num_error *err);

/** @} */

/* ------------------------------------------------------------------ */
/** @name Numbers to text                                              */
/** @{ */

/**
 * @brief Append @p v in base 2, 8, 10 or 16 (lower case), as str(), bin(),
 *        oct(), hex() write it: `-0x1f` with @p prefix, `-1f` without.
 * @return 0, or -1 out of memory.
 */
int tpy_num_int64_to_text(tpy_num_buf *b, int64_t v, int base, bool prefix);

/**
 * @brief Append a GMP integer like tpy_num_int64_to_text().
 * @param max_str_digits the limit on decimal output (0: none); bases that
 *        are powers of two have no limit, as in CPython.
 * @return ::TPY_NUM_OK or ::TPY_NUM_FAIL ("Exceeds the limit (4300 digits)
 *         for integer string conversion; use sys.set_int_max_str_digits()
 *         to increase the limit", or out of memory).
 */
int tpy_num_mpz_to_text(tpy_num_buf *b, const mpz_t v, int base, bool prefix,
                        int max_str_digits, tpy_num_error *err);

/** @brief Room for float.hex() of any double, terminator included. */
#define TPY_NUM_HEX_MAX 32

/**
 * @brief float.hex(x): `0x1.8000000000000p+0`, `-0x0.0p+0`,
 *        `0x0.0000000000001p-1022`, `inf`, `nan`.
 * @return the length of the text.
 */
size_t tpy_num_double_hex(double x, char out[TPY_NUM_HEX_MAX]);

/** @} */

/* ------------------------------------------------------------------ */
/** @name The format-spec mini-language (format(), str.format, f-strings) */
/** @{ */

/**
 * @brief A parsed format spec:
 *        `[[fill]align][sign][z][#][0][width][grouping][.precision][type]`.
 */
typedef struct tpy_num_spec {
    uint32_t fill;      /**< fill code point; ' ' by default */
    char align;         /**< '<' '>' '^' '=': given, or the default */
    char sign;          /**< '+' '-' ' ', or 0 when not given */
    bool no_neg_0;      /**< `z`: negative zero after rounding prints as 0 */
    bool alternate;     /**< `#` */
    char grouping;      /**< ',' or '_', or 0 */
    int64_t width;      /**< minimum width in code points; -1 when not given */
    int64_t precision;  /**< -1 when not given */
    uint32_t type;      /**< the type code point (the default when not given) */
} tpy_num_spec;

/**
 * @brief Parse a format spec given as UTF-8.
 *
 * What the spec means depends on the object's type, which the caller
 * states the way CPython's int, float and str do:
 * | object | default_align | default_type |
 * |--------|---------------|--------------|
 * | int    | '>'           | 'd'          |
 * | float  | '>'           | 0            |
 * | str    | '<'           | 's'          |
 * @param default_align decides what a leading `0` means.
 * @param default_type the type when the spec gives none (a type given as
 *        NUL stays 0, and int and str refuse it, as CPython does).
 * @param type_name the object's type name, for the "Invalid format
 *        specifier" message.
 * @return ::TPY_NUM_OK or ::TPY_NUM_FAIL (ValueError with CPython's text).
 */
int tpy_num_spec_parse(const char *s, size_t n, char default_align,
                       uint32_t default_type, const char *type_name,
                       tpy_num_spec *out, tpy_num_error *err);

/**
 * @brief format(v, spec) for an int held in a word; appends to @p b.
 *
 * Types b c d o x X n and none; e E f F g G % convert to float first.
 * @param type_name for "Unknown format code 'q' for object of type 'int'".
 * @return ::TPY_NUM_OK or ::TPY_NUM_FAIL.
 */
int tpy_num_format_int64(tpy_num_buf *b, int64_t v, const tpy_num_spec *spec,
                         const char *type_name, tpy_num_error *err);

/**
 * @brief format(v, spec) for an int held in GMP; as tpy_num_format_int64().
 * @param max_str_digits the int_max_str_digits limit, which CPython
 *        applies to decimal types here too (0: none).
 */
int tpy_num_format_mpz(tpy_num_buf *b, const mpz_t v, const tpy_num_spec *spec,
                       const char *type_name, int max_str_digits,
                       tpy_num_error *err);

/**
 * @brief format(x, spec) for a float: types e E f F g G n % and none.
 * @return ::TPY_NUM_OK or ::TPY_NUM_FAIL.
 */
int tpy_num_format_double(tpy_num_buf *b, double x, const tpy_num_spec *spec,
                          const char *type_name, tpy_num_error *err);

/**
 * @brief format(s, spec) for a str given as UTF-8: type s or none,
 *        precision truncates, fill and align pad.
 * @return ::TPY_NUM_OK or ::TPY_NUM_FAIL.
 */
int tpy_num_format_str(tpy_num_buf *b, const char *s, size_t n,
                       const tpy_num_spec *spec, const char *type_name,
                       tpy_num_error *err);

/** @} */

/* ------------------------------------------------------------------ */
/** @name printf-style formatting (`'%5.2f' % x`)                      */
/** @{ */

/** @brief Flags of one `%` conversion. */
enum tpy_num_pct_flag {
    TPY_NUM_PCT_LJUST = 1, /**< `-` */
    TPY_NUM_PCT_SIGN = 2,  /**< `+` */
    TPY_NUM_PCT_BLANK = 4, /**< ` ` */
    TPY_NUM_PCT_ALT = 8,   /**< `#` */
    TPY_NUM_PCT_ZERO = 16  /**< `0` */
};

/** @brief One parsed `%` conversion (after the `%` and any `(key)`). */
typedef struct tpy_num_pct_spec {
    unsigned flags;     /**< tpy_num_pct_flag bits */
    int64_t width;      /**< -1 when not given */
    int64_t precision;  /**< -1 when not given */
    bool width_star;    /**< width is `*`: the caller takes it from the args */
    bool precision_star; /**< precision is `*` */
    uint32_t conversion; /**< the conversion code point, e.g. 'd' */
} tpy_num_pct_spec;

/**
 * @brief Parse flags, width, precision, the ignored `h l L` and the
 *        conversion character, starting at @p s[*pos] (just after `%`).
 * @param pos advanced past the conversion character.
 * @return ::TPY_NUM_OK or ::TPY_NUM_FAIL ("width too big",
 *         "precision too big", "incomplete format").
 */
int tpy_num_pct_parse(const char *s, size_t n, size_t *pos,
                      tpy_num_pct_spec *out, tpy_num_error *err);

/**
 * @brief Apply a `*` width or precision taken from the arguments, as
 *        CPython does: a negative width means `-` and its absolute value;
 *        a negative precision means none.
 */
void tpy_num_pct_set_star(tpy_num_pct_spec *spec, bool is_width, int64_t value);

/**
 * @brief `%d %i %u %x %X %o` of an int held in a word; appends to @p b.
 * @return ::TPY_NUM_OK or ::TPY_NUM_FAIL (memory).
 */
int tpy_num_pct_int64(tpy_num_buf *b, int64_t v, const tpy_num_pct_spec *spec,
                      tpy_num_error *err);
/** @brief tpy_num_pct_int64() for an int held in GMP; decimal output is
 *  subject to the int_max_str_digits limit @p max_str_digits (0: none). */
int tpy_num_pct_mpz(tpy_num_buf *b, const mpz_t v, const tpy_num_pct_spec *spec,
                    int max_str_digits, tpy_num_error *err);
/**
 * @brief `%e %E %f %F %g %G` of a float; appends to @p b. The caller has
 *        checked the conversion (and turned `%d` of a float into an int).
 * @return ::TPY_NUM_OK or ::TPY_NUM_FAIL (memory).
 */
int tpy_num_pct_double(tpy_num_buf *b, double x, const tpy_num_pct_spec *spec,
                       tpy_num_error *err);

/** @} */

/* ------------------------------------------------------------------ */
/** @name Hashes (CPython's numeric hash, modulus 2**61 - 1)           */
/** @{ */

/** @brief The modulus of the numeric hash: the Mersenne prime 2**61 - 1. */
#define TPY_NUM_HASH_MODULUS ((((int64_t)1) << 61) - 1)
/** @brief hash(float('inf')); hash(-inf) is its negation. */
#define TPY_NUM_HASH_INF 314159

/** @brief hash(v) for an int held in a word. */
int64_t tpy_num_hash_int64(int64_t v);
/** @brief hash(v) for an int held in GMP. */
int64_t tpy_num_hash_mpz(const mpz_t v);
/**
 * @brief hash(x) for a finite or infinite float; equal to the hash of an
 *        equal int or fraction. NaN hashes by identity in 3.10+, so the
 *        caller handles it (this returns 0 for NaN).
 */
int64_t tpy_num_hash_double(double x);
/** @brief hash() of a tuple whose items hash to @p hashes (CPython 3.8+'s
 *         xxHash-based combination). */
int64_t tpy_num_hash_tuple(const int64_t *hashes, size_t n);

/** @} */

/* ------------------------------------------------------------------ */
/** @name Integer arithmetic                                           */
/** @{ */

/** @brief a + b, or ::TPY_NUM_BIG when it overflows an int64. */
int tpy_num_int64_add(int64_t a, int64_t b, int64_t *out);
/** @brief a - b, or ::TPY_NUM_BIG. */
int tpy_num_int64_sub(int64_t a, int64_t b, int64_t *out);
/** @brief a * b, or ::TPY_NUM_BIG. */
int tpy_num_int64_mul(int64_t a, int64_t b, int64_t *out);
/** @brief -a, or ::TPY_NUM_BIG for INT64_MIN. */
int tpy_num_int64_neg(int64_t a, int64_t *out);
/**
 * @brief a // b rounded toward minus infinity.
 * @return ::TPY_NUM_OK, ::TPY_NUM_BIG (INT64_MIN // -1) or ::TPY_NUM_FAIL
 *         (ZeroDivisionError "integer division or modulo by zero").
 */
int tpy_num_int64_floordiv(int64_t a, int64_t b, int64_t *out, tpy_num_error *err);
/** @brief a % b with the sign of b; ::TPY_NUM_FAIL when b is 0
 *  ("integer modulo by zero"). */
int tpy_num_int64_mod(int64_t a, int64_t b, int64_t *out, tpy_num_error *err);
/** @brief divmod(a, b); ::TPY_NUM_BIG or ::TPY_NUM_FAIL as the two above. */
int tpy_num_int64_divmod(int64_t a, int64_t b, int64_t *q, int64_t *r,
                         tpy_num_error *err);
/**
 * @brief base ** exp.
 * @return ::TPY_NUM_OK, ::TPY_NUM_BIG (redo with GMP) or
 *         ::TPY_NUM_NEG_EXPONENT (exp < 0: CPython computes a float).
 */
int tpy_num_int64_pow(int64_t base, int64_t exp, int64_t *out);
/** @brief floor division and modulo for GMP integers (Python's signs);
 *         either output may be NULL. ::TPY_NUM_FAIL when b is 0, worded
 *         for % when only the remainder is asked for. */
int tpy_num_mpz_divmod(mpz_t q, mpz_t r, const mpz_t a, const mpz_t b,
                       tpy_num_error *err);
/** @brief int.bit_length() of a word. */
int tpy_num_int64_bit_length(int64_t v);
/** @brief int.bit_length() of a GMP integer. */
size_t tpy_num_mpz_bit_length(const mpz_t v);

/**
 * @brief a / b for ints, correctly rounded (round-half-even) as CPython.
 * @return ::TPY_NUM_OK or ::TPY_NUM_FAIL (ZeroDivisionError "division by
 *         zero", OverflowError "integer division result too large for a
 *         float").
 */
int tpy_num_int64_truediv(int64_t a, int64_t b, double *out, tpy_num_error *err);
/** @brief tpy_num_int64_truediv() for GMP integers. */
int tpy_num_mpz_truediv(const mpz_t a, const mpz_t b, double *out, tpy_num_error *err);
/**
 * @brief float(v) for a GMP integer, correctly rounded.
 * @return ::TPY_NUM_OK or ::TPY_NUM_FAIL ("int too large to convert to float").
 */
int tpy_num_mpz_to_double(const mpz_t v, double *out, tpy_num_error *err);

/**
 * @brief round(v, ndigits) for an int with ndigits < 0 (half to even);
 *        ndigits >= 0 returns @p v.
 * @return ::TPY_NUM_OK or ::TPY_NUM_BIG (the result needs GMP: call
 *         tpy_num_mpz_round()).
 */
int tpy_num_int64_round(int64_t v, int64_t ndigits, int64_t *out);
/** @brief round(v, ndigits) for a GMP integer into @p out (initialised). */
void tpy_num_mpz_round(mpz_t out, const mpz_t v, int64_t ndigits);

/** @} */

/* ------------------------------------------------------------------ */
/** @name Float arithmetic                                             */
/** @{ */

/** @brief a / b; ::TPY_NUM_FAIL "float division by zero". */
int tpy_num_double_div(double a, double b, double *out, tpy_num_error *err);
/** @brief a // b; ::TPY_NUM_FAIL "float floor division by zero". */
int tpy_num_double_floordiv(double a, double b, double *out, tpy_num_error *err);
/** @brief a % b, the sign of b; ::TPY_NUM_FAIL "float modulo". */
int tpy_num_double_mod(double a, double b, double *out, tpy_num_error *err);
/** @brief divmod(a, b); ::TPY_NUM_FAIL "float divmod()". */
int tpy_num_double_divmod(double a, double b, double *q, double *r,
                          tpy_num_error *err);
/**
 * @brief a ** b as float.__pow__.
 * @return ::TPY_NUM_OK, ::TPY_NUM_COMPLEX (negative ** non-integer) or
 *         ::TPY_NUM_FAIL (ZeroDivisionError "0.0 cannot be raised to a
 *         negative power", OverflowError "(34, 'Numerical result out of
 *         range')").
 */
int tpy_num_double_pow(double a, double b, double *out, tpy_num_error *err);
/**
 * @brief round(x, ndigits): correctly rounded, half to even on the exact
 *        binary value (so round(2.675, 2) is 2.67).
 * @return ::TPY_NUM_OK or ::TPY_NUM_FAIL ("rounded value too large to
 *         represent").
 */
int tpy_num_double_round(double x, int64_t ndigits, double *out, tpy_num_error *err);
/**
 * @brief int(x): truncation toward zero.
 * @return ::TPY_NUM_OK (in @p word), ::TPY_NUM_BIG (in @p big) or
 *         ::TPY_NUM_FAIL ("cannot convert float infinity to integer",
 *         "cannot convert float NaN to integer").
 */
int tpy_num_double_to_int(double x, int64_t *word, mpz_t big, tpy_num_error *err);
/** @brief round(x) without ndigits: half to even, then as tpy_num_double_to_int(). */
int tpy_num_double_round_to_int(double x, int64_t *word, mpz_t big, tpy_num_error *err);
/** @brief float.is_integer(). */
bool tpy_num_double_is_integer(double x);
/**
 * @brief float.as_integer_ratio() into @p num and @p den (initialised).
 * @return ::TPY_NUM_OK or ::TPY_NUM_FAIL (OverflowError "cannot convert
 *         Infinity to integer ratio", ValueError "cannot convert NaN to
 *         integer ratio").
 */
int tpy_num_double_as_integer_ratio(double x, mpz_t num, mpz_t den, tpy_num_error *err);

/** @} */

#ifdef __cplusplus
}
#endif
#endif /* TIERPY_VM_NUM_H */
