/* parser_number.c: NUMBER tokens to Constant values. The lexer has
 * checked the form; here the digits become a value: ints of any size as
 * decimal text, floats and imaginary parts as doubles (strtod rounds
 * correctly, as Python's float() does). */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "parser_internal.h"

/* CPython's default limit for int <-> decimal string conversion (PEP
 * 651's sibling, CVE-2020-10735); a longer decimal literal is an error. */
enum { MAX_STR_DIGITS = 4300 };

/* The token's text without underscores, NUL-terminated, in the arena. */
static char *strip_underscores(tpy_parser *p, const tpy_token *t, size_t *len)
{
    size_t n = (size_t)(t->end - t->start), j = 0;
    char *s = tpy_arena_alloc(p->arena, n + 1);
    if (!s)
        return NULL;
    for (size_t i = 0; i < n; i++)
        if (t->start[i] != '_')
            s[j++] = t->start[i];
    s[j] = '\0';
    *len = j;
    return s;
}

static int digit_value(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    return (c | 0x20) - 'a' + 10;
}

/*
 * Digits in base 2, 8 or 16 to decimal text. The number is kept in limbs
 * of base 10^9, least significant first; each digit multiplies by the
 * radix and adds (quadratic, which is fine for literals).
 */
static const char *radix_to_decimal(tpy_parser *p, const char *digits, size_t n, int radix)
{
    size_t maxlimbs = n * 4 / 29 + 2;   /* 16^n < 10^(9 * limbs) */
    uint32_t *limb = tpy_arena_calloc(p->arena, maxlimbs * sizeof *limb);
    if (!limb)
        return NULL;
    size_t used = 1;
    for (size_t i = 0; i < n; i++) {
        uint64_t carry = (uint64_t)digit_value(digits[i]);
        for (size_t k = 0; k < used; k++) {
            uint64_t v = (uint64_t)limb[k] * (uint64_t)radix + carry;
            limb[k] = (uint32_t)(v % 1000000000u);
            carry = v / 1000000000u;
        }
        if (carry)
            limb[used++] = (uint32_t)carry;
    }
    char *out = tpy_arena_alloc(p->arena, used * 9 + 1);
    if (!out)
        return NULL;
    int len = snprintf(out, 12, "%u", (unsigned)limb[used - 1]);
    for (size_t k = used - 1; k-- > 0;)
        len += snprintf(out + len, 10, "%09u", (unsigned)limb[k]);
    return out;
}

static tpy_expr *constant(tpy_parser *p, const tpy_token *t, tpy_const value)
{
    tpy_expr *e = tpy_ast_expr(p->arena, TPY_EXPR_CONSTANT, tpy_p_tok_pos(p, t));
    if (!e)
        return tpy_p_error_here(p, "out of memory while parsing");
    e->v.constant.value = value;
    return e;
}

static tpy_expr *decimal_int(tpy_parser *p, const tpy_token *t, const char *s, size_t len)
{
    while (len > 1 && *s == '0') {
        s++;
        len--;
    }
    if (len > MAX_STR_DIGITS)
        return tpy_p_error_at(p, tpy_p_tok_pos(p, t),
                              "Exceeds the limit (%d digits) for integer string conversion: "
                              "value has %zu digits; use sys.set_int_max_str_digits() to "
                              "increase the limit - Consider hexadecimal for huge integer "
                              "literals to avoid decimal conversion limits.",
                              MAX_STR_DIGITS, len);
    tpy_const c = {.kind = TPY_CONST_INT, .data = s, .len = len};
    return constant(p, t, c);
}

tpy_expr *tpy_parse_number(tpy_parser *p, const tpy_token *t)
{
    size_t len;
    char *s = strip_underscores(p, t, &len);
    if (!s)
        return tpy_p_error_here(p, "out of memory while parsing");
    char last = (char)(s[len - 1] | 0x20);
    bool radix = len > 2 && s[0] == '0' && strchr("xXoObB", s[1]);
    if (radix) {
        int base = (s[1] | 0x20) == 'x' ? 16 : (s[1] | 0x20) == 'o' ? 8 : 2;
        const char *dec = radix_to_decimal(p, s + 2, len - 2, base);
        if (!dec)
            return tpy_p_error_here(p, "out of memory while parsing");
        tpy_const c = {.kind = TPY_CONST_INT, .data = dec, .len = strlen(dec)};
        return constant(p, t, c);
    }
    if (last == 'j') {
        s[len - 1] = '\0';
        tpy_const c = {.kind = TPY_CONST_COMPLEX, .num = strtod(s, NULL)};
        return constant(p, t, c);
    }
    if (strpbrk(s, ".eE")) {
        tpy_const c = {.kind = TPY_CONST_FLOAT, .num = strtod(s, NULL)};
        return constant(p, t, c);
    }
    return decimal_int(p, t, s, len);
}
