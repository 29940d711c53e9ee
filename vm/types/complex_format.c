/* vm/types/complex_format.c: complex.__format__. The spec is split into
 * the part that formats each float (sign, grouping, precision, type),
 * which float.__format__ does, and the part that pads the whole
 * "(re+imj)" (fill, align, width), which str.__format__ does. */
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "abstract.h"
#include "complex.h"
#include "error.h"
#include "refcount.h"
#include "types.h"
#include "vm.h"

/* The pieces of a format spec that complex formatting looks at. */
typedef struct {
    const char *fill_align;   /* fill and align characters, as written */
    size_t fill_align_len;
    char align;               /* '\0' when not given */
    char sign;                /* '\0', '+', '-' or ' ' */
    bool z, alt, zero;
    const char *width, *grouping, *precision, *rest;   /* substrings of the spec */
    size_t width_len, precision_len;
    char type;                /* '\0' when not given */
} cspec;

static bool is_align(char c)
{
    return c == '<' || c == '>' || c == '=' || c == '^';
}

/* Length of the UTF-8 character starting at s (1 for a stray byte). */
static size_t char_len(const char *s)
{
    unsigned char c = (unsigned char)*s;
    return c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
}

static void parse(const char *s, size_t n, cspec *p)
{
    memset(p, 0, sizeof *p);
    size_t i = 0, k = n ? char_len(s) : 0;
    if (k < n && is_align(s[k])) {
        p->fill_align = s, p->fill_align_len = k + 1, p->align = s[k], i = k + 1;
        p->zero = s[0] == '0' && k == 1;
    } else if (n && is_align(s[0])) {
        p->fill_align = s, p->fill_align_len = 1, p->align = s[0], i = 1;
    }
    if (i < n && (s[i] == '+' || s[i] == '-' || s[i] == ' '))
        p->sign = s[i++];
    if (i < n && s[i] == 'z')
        p->z = true, i++;
    if (i < n && s[i] == '#')
        p->alt = true, i++;
    if (i < n && s[i] == '0')
        p->zero = true, i++;
    p->width = s + i;
    while (i < n && s[i] >= '0' && s[i] <= '9')
        i++, p->width_len++;
    p->grouping = i < n && (s[i] == ',' || s[i] == '_') ? s + i++ : NULL;
    if (i < n && s[i] == '.') {
        p->precision = s + i++;
        p->precision_len = 1;
        while (i < n && s[i] >= '0' && s[i] <= '9')
            i++, p->precision_len++;
    }
    p->rest = s + i;
    if (i + 1 == n)
        p->type = s[i];
}

/* One part (the real or the imaginary) through float.__format__, with
 * `sign` in front; a bare spec drops repr's ".0" (complex prints 1+0j). */
static tpy_object *format_part(tpy_vm *vm, double v, const cspec *p, char sign)
{
    char spec[96];
    bool bare = !p->type && !p->precision;
    int n = snprintf(spec, sizeof spec, "%s%s%s%s%.*s%s%s", sign ? (char[2]){sign, 0} : "",
                     p->z ? "z" : "", p->alt ? "#" : "", p->grouping ? (char[2]){*p->grouping, 0} : "",
                     (int)p->precision_len, p->precision ? p->precision : "", p->rest,
                     !p->type && p->precision ? "g" : "");
    if (n < 0 || (size_t)n >= sizeof spec)
        return tpy_err_set(vm, &tpy_exc_ValueError, "Too many decimal digits in format string"),
               NULL;
    tpy_object *f = tpy_float_from_double(vm, v);
    tpy_object *s = f ? tpy_str_from_cstr(vm, spec) : NULL;
    tpy_object *r = s ? tpy_float_format_method(vm, f, &s, 1, NULL) : NULL;
    tpy_xdecref(vm, f);
    tpy_xdecref(vm, s);
    size_t len;
    const char *u = r && bare ? tpy_str_utf8(vm, r, &len) : NULL;
    if (u && len >= 2 && strcmp(u + len - 2, ".0") == 0) {
        /* '#' keeps the point: repr style prints -0. and 1.j */
        tpy_object *cut = tpy_str_from_utf8(vm, u, len - (p->alt ? 1 : 2));
        tpy_decref(vm, r);
        r = cut;
    }
    return r;
}

/* "(re+imj)", "re+imj" or "imj", as the type asks. */
static tpy_object *body(tpy_vm *vm, const tpy_complex *z, const cspec *p)
{
    bool bare = !p->type;
    bool no_real = bare && z->real == 0.0 && !signbit(z->real);
    tpy_object *re = no_real ? tpy_str_from_cstr(vm, "") : format_part(vm, z->real, p, p->sign);
    tpy_object *im = re ? format_part(vm, z->imag, p, no_real ? p->sign : '+') : NULL;
    tpy_object *r = im ? tpy_str_format(vm, "%s%U%Uj%s", bare && !no_real ? "(" : "", re, im,
                                        bare && !no_real ? ")" : "")
                       : NULL;
    tpy_xdecref(vm, re);
    tpy_xdecref(vm, im);
    return r;
}

/* Pad the whole text with the spec's fill, align (right by default) and width. */
static tpy_object *pad(tpy_vm *vm, tpy_object *text, const cspec *p)
{
    if (!p->width_len)
        return text;
    char buf[64];
    int n = snprintf(buf, sizeof buf, "%.*s%s%.*s", (int)p->fill_align_len,
                     p->fill_align ? p->fill_align : "", p->align ? "" : ">", (int)p->width_len,
                     p->width);
    if (n < 0 || (size_t)n >= sizeof buf) {
        tpy_decref(vm, text);
        return tpy_err_set(vm, &tpy_exc_ValueError, "Too many decimal digits in format string"),
               NULL;
    }
    tpy_object *spec = tpy_str_from_utf8(vm, buf, (size_t)n);
    tpy_object *r = spec ? tpy_str_format_method(vm, text, &spec, 1, NULL) : NULL;
    tpy_xdecref(vm, spec);
    tpy_decref(vm, text);
    return r;
}

tpy_object *tpy_complex_format_method(tpy_vm *vm, tpy_object *self, tpy_object *const *args,
                                      size_t nargs, tpy_object *kwnames)
{
    if (tpy_arg_nokw(vm, "__format__", kwnames) < 0
        || tpy_arg_count(vm, "__format__", nargs, 1, 1) < 0)
        return NULL;
    if (!tpy_str_check(args[0]))
        return tpy_err_format(vm, &tpy_exc_TypeError,
                              "__format__() argument must be str, not %s",
                              tpy_type_of(args[0])->name);
    size_t n;
    const char *s = tpy_str_utf8(vm, args[0], &n);
    if (!s)
        return NULL;
    if (n == 0)
        return tpy_str(vm, self);
    cspec p;
    parse(s, n, &p);
    if (strlen(p.rest) > 1)
        return tpy_err_format(vm, &tpy_exc_ValueError,
                              "Invalid format specifier '%U' for object of type 'complex'", args[0]);
    if (p.type && !strchr("eEfFgGn", p.type))
        return tpy_err_format(vm, &tpy_exc_ValueError,
                              "Unknown format code '%c' for object of type 'complex'", p.type);
    if (p.zero)
        return tpy_err_set(vm, &tpy_exc_ValueError,
                           "Zero padding is not allowed in complex format specifier"),
               NULL;
    if (p.align == '=')
        return tpy_err_set(vm, &tpy_exc_ValueError,
                           "'=' alignment flag is not allowed in complex format specifier"),
               NULL;
    tpy_object *text = body(vm, (const tpy_complex *)self, &p);
    return text ? pad(vm, text, &p) : NULL;
}
