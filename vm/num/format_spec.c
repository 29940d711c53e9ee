/*
 * The format-spec mini-language, parsed as CPython 3.11 parses it:
 *
 *   [[fill]align][sign][z][#][0][width][grouping][.precision][type]
 *
 * fill is any character, recognised only when an align character
 * ('<' '>' '^' '=') follows it. A '0' before the width, with no fill given,
 * means fill '0' and, for numbers without an explicit align, '='. width
 * and precision accept any Unicode decimal digits. What can be checked
 * without knowing the object's type is checked here; the formatters check
 * the rest.
 */
#include "num_internal.h"

#include <stdio.h>
#include <tierpy/mem.h>

static bool is_align(uint32_t c)
{
    return c == '<' || c == '>' || c == '^' || c == '=';
}

static bool is_sign(uint32_t c)
{
    return c == '+' || c == '-' || c == ' ';
}

/* A cursor over the spec's code points. */
typedef struct cursor {
    const uint32_t *cp;
    size_t pos, end;
} cursor;

static uint32_t peek(const cursor *c, size_t ahead)
{
    return c->pos + ahead < c->end ? c->cp[c->pos + ahead] : UINT32_MAX;
}

/* A run of decimal digits into *value (unchanged when there are none).
 * Returns the digit count, or -1 past PY_SSIZE_T_MAX. */
static int64_t read_integer(cursor *c, int64_t *value, tpy_num_error *err)
{
    int64_t v = 0, count = 0;
    int d;
    while (c->pos < c->end && (d = tpy_num__decimal_value(c->cp[c->pos])) >= 0) {
        if (v > (INT64_MAX - d) / 10) {
            tpy_num__fail(err, TPY_NUM_ERR_VALUE, "Too many decimal digits in format string");
            return -1;
        }
        v = v * 10 + d;
        c->pos++;
        count++;
    }
    if (count > 0)
        *value = v;
    return count;
}

/* The code point as CPython's messages show it: itself when printable
 * ASCII, else '\x' and its hex value. */
static void show_code(char out[16], uint32_t c)
{
    if (c > 32 && c < 128)
        snprintf(out, 16, "%c", (char)c);
    else
        snprintf(out, 16, "\\x%x", (unsigned)c);
}

int tpy_num__fail_unknown_code(tpy_num_error *err, uint32_t type, const char *type_name)
{
    char code[16];
    show_code(code, type);
    return tpy_num__fail(err, TPY_NUM_ERR_VALUE,
                         "Unknown format code '%s' for object of type '%.200s'", code, type_name);
}

/* Grouping is allowed with some types only (PEP 378, PEP 515); '_' with
 * b o x X groups by four (the formatters see the type and do so). */
static int check_grouping(const tpy_num_spec *spec, tpy_num_error *err)
{
    if (spec->grouping == 0)
        return TPY_NUM_OK;
    switch (spec->type) {
    case 'd': case 'e': case 'f': case 'g': case 'E': case 'G': case '%': case 'F': case 0:
        return TPY_NUM_OK;
    case 'b': case 'o': case 'x': case 'X':
        if (spec->grouping == '_')
            return TPY_NUM_OK;
        break;
    default:
        break;
    }
    char code[16];
    show_code(code, spec->type);
    return tpy_num__fail(err, TPY_NUM_ERR_VALUE, "Cannot specify '%c' with '%s'.",
                         spec->grouping, code);
}

static int fail_both_separators(tpy_num_error *err)
{
    return tpy_num__fail(err, TPY_NUM_ERR_VALUE, "Cannot specify both ',' and '_'.");
}

/* Everything up to the type: fill, align, sign, z, #, 0, width, grouping,
 * precision. */
static int parse_fields(cursor *c, char default_align, tpy_num_spec *out,
                        tpy_num_error *err)
{
    bool fill_given = false, align_given = false;
    if (is_align(peek(c, 1))) {
        out->fill = peek(c, 0);
        out->align = (char)peek(c, 1);
        fill_given = align_given = true;
        c->pos += 2;
    } else if (is_align(peek(c, 0))) {
        out->align = (char)peek(c, 0);
        align_given = true;
        c->pos++;
    }
    if (is_sign(peek(c, 0)))
        out->sign = (char)c->cp[c->pos++];
    if (peek(c, 0) == 'z') {
        out->no_neg_0 = true;
        c->pos++;
    }
    if (peek(c, 0) == '#') {
        out->alternate = true;
        c->pos++;
    }
    if (!fill_given && peek(c, 0) == '0') {
        out->fill = '0';
        if (!align_given && default_align == '>')
            out->align = '=';
        c->pos++;
    }
    if (read_integer(c, &out->width, err) < 0)
        return TPY_NUM_FAIL;
    if (peek(c, 0) == ',') {
        out->grouping = ',';
        c->pos++;
    }
    if (peek(c, 0) == '_') {
        if (out->grouping != 0)
            return fail_both_separators(err);
        out->grouping = '_';
        c->pos++;
    }
    if (peek(c, 0) == ',' && out->grouping == '_')
        return fail_both_separators(err);
    if (peek(c, 0) == '.') {
        c->pos++;
        int64_t count = read_integer(c, &out->precision, err);
        if (count < 0)
            return TPY_NUM_FAIL;
        if (count == 0)
            return tpy_num__fail(err, TPY_NUM_ERR_VALUE, "Format specifier missing precision");
    }
    return TPY_NUM_OK;
}

static int parse_cursor(cursor *c, const char *s, size_t n, char default_align,
                        const char *type_name, tpy_num_spec *out, tpy_num_error *err)
{
    if (parse_fields(c, default_align, out, err) < 0)
        return TPY_NUM_FAIL;
    if (c->end - c->pos > 1)
        return tpy_num__fail(err, TPY_NUM_ERR_VALUE,
                             "Invalid format specifier '%.*s' for object of type '%.200s'",
                             (int)n, s, type_name);
    if (c->end - c->pos == 1)
        out->type = c->cp[c->pos++];
    return check_grouping(out, err);
}

int tpy_num_spec_parse(const char *s, size_t n, char default_align,
                       uint32_t default_type, const char *type_name,
                       tpy_num_spec *out, tpy_num_error *err)
{
    *out = (tpy_num_spec){.fill = ' ', .align = default_align, .width = -1,
                          .precision = -1, .type = default_type};
    if (n == 0)
        return check_grouping(out, err);
    uint32_t *cps = tpy_mem_malloc(n * sizeof *cps);
    if (cps == NULL)
        return tpy_num__nomem(err);
    cursor c = {cps, 0, 0};
    for (size_t i = 0; i < n;)
        cps[c.end++] = tpy_num__utf8_next(s, n, &i);
    int rc = parse_cursor(&c, s, n, default_align, type_name, out, err);
    tpy_mem_free(cps);
    return rc;
}
