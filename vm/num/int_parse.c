/*
 * int(str, base) as CPython 3.11 reads it.
 *
 * The text is first made ASCII the way CPython does (other decimal digits
 * and whitespace become their ASCII forms), then:
 *   [space] [sign] [prefix [_]] digit (['_'] digit)* [space]
 * Base 0 takes the base from the prefix and refuses leading zeros on a
 * nonzero decimal number. Bases that are not powers of two are subject to
 * the int_max_str_digits limit, checked on the digit count before any
 * conversion work, as in CPython.
 */
#include "num_internal.h"

#include <stdio.h>
#include <string.h>
#include <tierpy/mem.h>

/* The value of a digit character in bases up to 36, or 99. */
static int digit_value(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'z')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'Z')
        return c - 'A' + 10;
    return 99;
}

static bool prefix_matches(const char *p, const char *end, int base)
{
    if (end - p < 2 || p[0] != '0')
        return false;
    char c = (char)(p[1] | 0x20); /* lower case */
    return (base == 16 && c == 'x') || (base == 8 && c == 'o') || (base == 2 && c == 'b');
}

/* What the scan found: the digits (underscores removed) and the rest. */
typedef struct int_scan {
    char *digits;       /* NUL-terminated, owned by the caller's scratch */
    size_t n_digits;
    int base;           /* the base in effect */
    bool zeros_only;    /* base 0 without prefix: the value must be zero */
    bool counted;       /* the digit run was read whole: n_digits is final */
    bool valid;
} int_scan;

/* Digits with single underscores between them; returns the end of the
 * run, or NULL when an underscore is misplaced. */
static const char *scan_digits(const char *p, const char *end, int base, int_scan *sc)
{
    char prev = '\0';
    for (; p < end && (digit_value(*p) < base || *p == '_'); p++) {
        if (*p == '_' && prev == '_')
            return NULL;
        if (*p != '_')
            sc->digits[sc->n_digits++] = *p;
        prev = *p;
    }
    if (prev == '_')
        return NULL;
    return p;
}

static void scan(const char *p, const char *end, int base, int_scan *sc)
{
    sc->valid = false;
    sc->counted = false;
    sc->zeros_only = false;
    sc->n_digits = 0;
    while (p < end && tpy_num__is_ascii_space(*p))
        p++;
    if (p < end && (*p == '+' || *p == '-'))
        p++;
    if (base == 0) {
        if (p == end || p[0] != '0')
            base = 10;
        else if (prefix_matches(p, end, 16))
            base = 16;
        else if (prefix_matches(p, end, 8))
            base = 8;
        else if (prefix_matches(p, end, 2))
            base = 2;
        else {
            base = 10;
            sc->zeros_only = true; /* C-style octal "010" is refused */
        }
    }
    sc->base = base;
    if (prefix_matches(p, end, base)) {
        p += 2;
        if (p < end && *p == '_') /* one underscore may follow a prefix */
            p++;
    }
    if (p < end && *p == '_')
        return;
    p = scan_digits(p, end, base, sc);
    sc->digits[sc->n_digits] = '\0';
    if (p == NULL)
        return;
    sc->counted = true;
    if (sc->n_digits == 0)
        return;
    while (p < end && tpy_num__is_ascii_space(*p))
        p++;
    sc->valid = p == end;
}

static bool is_power_of_two(int base)
{
    return (base & (base - 1)) == 0;
}

/* The digits as a number: in a word when it fits, else in GMP. */
static int convert(const int_scan *sc, bool negative, int64_t *word, mpz_t big)
{
    if (sc->n_digits <= 12) { /* 36**12 < 2**63: the word cannot overflow */
        int64_t v = 0;
        for (size_t i = 0; i < sc->n_digits; i++)
            v = v * sc->base + digit_value(sc->digits[i]);
        *word = negative ? -v : v;
        return TPY_NUM_OK;
    }
    mpz_set_str(big, sc->digits, sc->base);
    if (negative)
        mpz_neg(big, big);
    if (mpz_fits_slong_p(big)) { /* long is 64 bits: see hash.c's assertion */
        *word = mpz_get_si(big);
        return TPY_NUM_OK;
    }
    return TPY_NUM_BIG;
}

static bool is_negative(const char *p, const char *end)
{
    while (p < end && tpy_num__is_ascii_space(*p))
        p++;
    return p < end && *p == '-';
}

int tpy_num_int_parse(const char *s, size_t n, int base, int max_str_digits,
                      int64_t *word, mpz_t big, tpy_num_error *err)
{
    if (base != 0 && (base < 2 || base > 36))
        return tpy_num__fail(err, TPY_NUM_ERR_VALUE,
                             "int() base must be >= 2 and <= 36, or 0");
    size_t len;
    char *ascii = tpy_num__to_ascii(s, n, &len);
    int_scan sc;
    sc.digits = tpy_mem_malloc(len + 1);
    int rc;
    if (ascii == NULL || sc.digits == NULL) {
        rc = tpy_num__nomem(err);
        goto done;
    }
    scan(ascii, ascii + len, base, &sc);
    /* CPython counts the digits before it looks at what follows them, so
     * an over-long number is refused as such even with trailing junk. */
    if (sc.counted && !is_power_of_two(sc.base) && max_str_digits > 0 &&
        sc.n_digits > (size_t)max_str_digits) {
        rc = tpy_num__fail(err, TPY_NUM_ERR_VALUE,
                           "Exceeds the limit (%d digits) for integer string conversion: "
                           "value has %zu digits; use sys.set_int_max_str_digits() "
                           "to increase the limit", max_str_digits, sc.n_digits);
        goto done;
    }
    if (sc.valid && sc.zeros_only && sc.n_digits != strspn(sc.digits, "0"))
        sc.valid = false;
    if (!sc.valid) {
        char prefix[64];
        snprintf(prefix, sizeof prefix, "invalid literal for int() with base %d: ", base);
        rc = tpy_num__fail_repr(err, prefix, s, n, 200);
        goto done;
    }
    rc = convert(&sc, is_negative(ascii, ascii + len), word, big);
done:
    tpy_mem_free(ascii);
    tpy_mem_free(sc.digits);
    return rc;
}
