/* tests/vm-builtins: a tiny evaluator for the Python expressions the
 * vectors are written in, so that one line can say
 *
 *     format(1234, '09,')          '0,001,234'
 *     '{0[a]}'.format({'a': 2})    '2'
 *     '%5.2f' % (3.14159,)         ' 3.14'
 *
 * and CPython's answer checks tierpy's. Grammar (what gen_vectors.py
 * writes, nothing more):
 *
 *   expr    := unary ('%' unary)*
 *   unary   := '-' unary | postfix ['**' unary]
 *   postfix := atom ('.' NAME | '(' args ')' | '[' expr ']')*
 *   atom    := NUMBER | STRING | BYTES | NAME | '(' tuple ')' | '[' list ']'
 *            | '{' dict-or-set '}'
 *
 * Names are looked up in the builtins dict under test, so `len`, `str`
 * and `str.upper` mean what they mean to a program. */
#include "expr.h"

#include <criterion/criterion.h>
#include <stdlib.h>
#include <string.h>

typedef struct parser {
    const char *s;
    size_t pos;
    tpy_object *builtins;
    const char *error;   /* a syntax error of the vector itself */
} parser;

static tpy_object *parse_expr(parser *p);

static void skip_ws(parser *p)
{
    while (p->s[p->pos] == ' ')
        p->pos++;
}

static bool eat(parser *p, char c)
{
    skip_ws(p);
    if (p->s[p->pos] != c)
        return false;
    p->pos++;
    return true;
}

static tpy_object *fail(parser *p, const char *why)
{
    if (!p->error)
        p->error = why;
    return NULL;
}

static bool is_name_char(char c, bool first)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_'
           || (!first && c >= '0' && c <= '9');
}

/* ---- literals ------------------------------------------------------------------------------- */

static int hex_digits(parser *p, int n, uint32_t *out)
{
    uint32_t v = 0;
    for (int i = 0; i < n; i++) {
        char c = p->s[p->pos++];
        int d = c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10
                : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
        if (d < 0)
            return -1;
        v = v * 16 + (uint32_t)d;
    }
    *out = v;
    return 0;
}

/* Decode one UTF-8 character of the source. */
static uint32_t utf8_char(parser *p)
{
    const unsigned char *u = (const unsigned char *)p->s + p->pos;
    uint32_t c = u[0];
    int more = c < 0x80 ? 0 : c < 0xE0 ? 1 : c < 0xF0 ? 2 : 3;
    if (more)
        c &= 0x3Fu >> more;
    for (int k = 1; k <= more; k++)
        c = (c << 6) | (u[k] & 0x3F);
    p->pos += (size_t)more + 1;
    return c;
}

static int escape(parser *p, uint32_t *c)
{
    char e = p->s[p->pos++];
    switch (e) {
    case 'n': *c = '\n'; return 0;
    case 't': *c = '\t'; return 0;
    case 'r': *c = '\r'; return 0;
    case 'a': *c = 7; return 0;
    case 'b': *c = 8; return 0;
    case 'f': *c = 12; return 0;
    case 'v': *c = 11; return 0;
    case '0': *c = 0; return 0;
    case '\\': case '\'': case '"': *c = (uint32_t)e; return 0;
    case 'x': return hex_digits(p, 2, c);
    case 'u': return hex_digits(p, 4, c);
    case 'U': return hex_digits(p, 8, c);
    default: return -1;
    }
}

static tpy_object *parse_string(parser *p, bool bytes)
{
    char quote = p->s[p->pos++];
    size_t cap = 64, n = 0;
    uint32_t *cp = malloc(cap * sizeof *cp);
    while (p->s[p->pos] && p->s[p->pos] != quote) {
        uint32_t c;
        if (p->s[p->pos] == '\\') {
            p->pos++;
            if (escape(p, &c) < 0) {
                free(cp);
                return fail(p, "bad escape");
            }
        } else {
            c = utf8_char(p);
        }
        if (n == cap)
            cp = realloc(cp, (cap *= 2) * sizeof *cp);
        cp[n++] = c;
    }
    if (!eat(p, quote)) {
        free(cp);
        return fail(p, "unterminated string");
    }
    tpy_object *r;
    if (bytes) {
        unsigned char *b = malloc(n + 1);
        for (size_t i = 0; i < n; i++)
            b[i] = (unsigned char)cp[i];
        r = tpy_bytes_from(vm, b, n);
        free(b);
    } else {
        r = tpy_str_from_ucs4(vm, cp, n);
    }
    free(cp);
    return r;
}

static tpy_object *parse_number(parser *p)
{
    size_t start = p->pos;
    bool is_float = false;
    if (p->s[p->pos] == '0' && (p->s[p->pos + 1] == 'x' || p->s[p->pos + 1] == 'X')) {
        p->pos += 2;
        while (strchr("0123456789abcdefABCDEF_", p->s[p->pos]) && p->s[p->pos])
            p->pos++;
        return tpy_int_from_text(vm, p->s + start, p->pos - start, 0, NULL);
    }
    while ((p->s[p->pos] >= '0' && p->s[p->pos] <= '9') || p->s[p->pos] == '_')
        p->pos++;
    if (p->s[p->pos] == '.' && p->s[p->pos + 1] >= '0' && p->s[p->pos + 1] <= '9') {
        is_float = true;
        for (p->pos++; p->s[p->pos] >= '0' && p->s[p->pos] <= '9'; p->pos++)
            ;
    }
    if (p->s[p->pos] == 'e' || p->s[p->pos] == 'E') {
        is_float = true;
        p->pos++;
        if (p->s[p->pos] == '-' || p->s[p->pos] == '+')
            p->pos++;
        while (p->s[p->pos] >= '0' && p->s[p->pos] <= '9')
            p->pos++;
    }
    size_t n = p->pos - start;
    return is_float ? tpy_float_from_text(vm, p->s + start, n, NULL)
                    : tpy_int_from_text(vm, p->s + start, n, 10, NULL);
}

static tpy_object *parse_name(parser *p)
{
    size_t start = p->pos;
    while (is_name_char(p->s[p->pos], p->pos == start))
        p->pos++;
    char name[64];
    size_t n = p->pos - start;
    if (n == 0 || n >= sizeof name)
        return fail(p, "bad name");
    memcpy(name, p->s + start, n);
    name[n] = 0;
    tpy_object *key = tpy_str_intern_c(vm, name);
    tpy_object *v = tpy_dict_get_str(vm, p->builtins, key);
    tpy_decref(vm, key);
    if (!v)
        return fail(p, "unknown name");
    return tpy_newref(v);
}

/* Items up to `close`, comma separated, a trailing comma allowed; sets
 * *comma when a comma was seen (a 1-tuple). */
static tpy_object *parse_items(parser *p, char close, bool *comma)
{
    tpy_object *list = tpy_list_new(vm, 0);
    *comma = false;
    while (!eat(p, close)) {
        tpy_object *x = parse_expr(p);
        if (!x) {
            tpy_decref(vm, list);
            return NULL;
        }
        tpy_list_append(vm, list, x);
        if (eat(p, ','))
            *comma = true;
        else if (!eat(p, close)) {
            tpy_decref(vm, list);
            return fail(p, "expected , or closing bracket");
        } else {
            break;
        }
    }
    return list;
}

/* {} is a dict; {a: b, ...} a dict; {a, ...} a set. */
static tpy_object *parse_braces(parser *p)
{
    if (eat(p, '}'))
        return tpy_dict_new(vm);
    tpy_object *first = parse_expr(p);
    if (!first)
        return NULL;
    if (!eat(p, ':')) {
        tpy_object *set = tpy_set_new(vm, NULL);
        tpy_set_add(vm, set, first);
        tpy_decref(vm, first);
        while (!eat(p, '}')) {
            tpy_object *x = NULL;
            if (!eat(p, ',') || (!eat(p, '}') && !(x = parse_expr(p)))) {
                tpy_decref(vm, set);
                return fail(p, "bad set");
            }
            if (!x)
                break;   /* a trailing comma, and the closing brace eaten */
            tpy_set_add(vm, set, x);
            tpy_decref(vm, x);
        }
        return set;
    }
    tpy_object *d = tpy_dict_new(vm), *key = first;
    for (;;) {
        tpy_object *v = parse_expr(p);
        if (!v || tpy_dict_set(vm, d, key, v) < 0) {
            tpy_decref(vm, key);
            tpy_xdecref(vm, v);
            tpy_decref(vm, d);
            return fail(p, "bad dict item");
        }
        tpy_decref(vm, key);
        tpy_decref(vm, v);
        if (!eat(p, ',') || eat(p, '}'))
            break;
        if (!(key = parse_expr(p)) || !eat(p, ':')) {
            tpy_xdecref(vm, key);
            tpy_decref(vm, d);
            return fail(p, "bad dict key");
        }
    }
    eat(p, '}');
    return d;
}

static tpy_object *parse_atom(parser *p)
{
    skip_ws(p);
    char c = p->s[p->pos];
    bool comma;
    if (c == '\'' || c == '"')
        return parse_string(p, false);
    if (c == 'b' && (p->s[p->pos + 1] == '\'' || p->s[p->pos + 1] == '"')) {
        p->pos++;
        return parse_string(p, true);
    }
    if (c >= '0' && c <= '9')
        return parse_number(p);
    if (is_name_char(c, true))
        return parse_name(p);
    if (eat(p, '(')) {
        tpy_object *l = parse_items(p, ')', &comma);
        if (!l)
            return NULL;
        if (tpy_list_len(l) == 1 && !comma) {
            tpy_object *x = tpy_newref(tpy_list_get(l, 0));
            tpy_decref(vm, l);
            return x;
        }
        tpy_object *t = tpy_list_as_tuple(vm, l);
        tpy_decref(vm, l);
        return t;
    }
    if (eat(p, '['))
        return parse_items(p, ']', &comma);
    if (eat(p, '{'))
        return parse_braces(p);
    return fail(p, "unexpected character");
}

/* ---- calls, attributes, subscripts ---------------------------------------------------------------- */

static tpy_object *parse_call(parser *p, tpy_object *callee)
{
    tpy_object *pos = tpy_list_new(vm, 0), *kwvals = tpy_list_new(vm, 0), *names = tpy_list_new(vm, 0);
    tpy_object *r = NULL;
    bool ok = true, closed = eat(p, ')');
    while (ok && !closed) {
        skip_ws(p);
        size_t save = p->pos;
        while (is_name_char(p->s[p->pos], p->pos == save))
            p->pos++;
        size_t nlen = p->pos - save;
        skip_ws(p);
        bool keyword = nlen && p->s[p->pos] == '=' && p->s[p->pos + 1] != '=';
        if (keyword) {
            char name[64];
            memcpy(name, p->s + save, nlen);
            name[nlen] = 0;
            p->pos++;
            tpy_list_append(vm, names, tpy_str_intern_c(vm, name));
        } else {
            p->pos = save;
        }
        tpy_object *x = parse_expr(p);
        if (!(ok = x != NULL))
            break;
        tpy_list_append(vm, keyword ? kwvals : pos, x);
        bool comma = eat(p, ',');
        closed = eat(p, ')');
        if (!closed && !comma) {
            ok = false;
            fail(p, "bad call");
        }
    }
    if (ok) {
        size_t np = (size_t)tpy_list_len(pos), nk = (size_t)tpy_list_len(kwvals);
        tpy_object **argv = calloc(np + nk + 1, sizeof *argv);
        for (size_t i = 0; i < np; i++)
            argv[i] = tpy_list_get(pos, (intptr_t)i);
        for (size_t i = 0; i < nk; i++)
            argv[np + i] = tpy_list_get(kwvals, (intptr_t)i);
        tpy_object *kwnames = nk ? tpy_list_as_tuple(vm, names) : NULL;
        r = tpy_call(vm, callee, argv, np, kwnames);
        tpy_xdecref(vm, kwnames);
        free(argv);
    }
    tpy_decref(vm, pos);
    tpy_decref(vm, kwvals);
    tpy_decref(vm, names);
    return r;
}

static tpy_object *parse_postfix(parser *p)
{
    tpy_object *x = parse_atom(p);
    while (x) {
        if (eat(p, '.')) {
            size_t start = p->pos;
            while (is_name_char(p->s[p->pos], p->pos == start))
                p->pos++;
            char name[64];
            memcpy(name, p->s + start, p->pos - start);
            name[p->pos - start] = 0;
            TPY_SETREF(vm, x, tpy_getattr_c(vm, x, name));
        } else if (eat(p, '(')) {
            TPY_SETREF(vm, x, parse_call(p, x));
        } else if (eat(p, '[')) {
            tpy_object *k = parse_expr(p);
            if (!k || !eat(p, ']')) {
                tpy_xdecref(vm, k);
                tpy_decref(vm, x);
                return fail(p, "bad subscript");
            }
            TPY_SETREF(vm, x, tpy_getitem(vm, x, k));
            tpy_decref(vm, k);
        } else {
            break;
        }
    }
    return x;
}

static tpy_object *parse_unary(parser *p)
{
    if (eat(p, '-')) {
        tpy_object *x = parse_unary(p);
        if (!x)
            return NULL;
        tpy_object *r = tpy_neg(vm, x);
        tpy_decref(vm, x);
        return r;
    }
    tpy_object *x = parse_postfix(p);
    skip_ws(p);
    if (x && p->s[p->pos] == '*' && p->s[p->pos + 1] == '*') {   /* binds tighter than '-' */
        p->pos += 2;
        tpy_object *y = parse_unary(p);
        TPY_SETREF(vm, x, y ? tpy_power(vm, x, y, NULL) : NULL);
        tpy_xdecref(vm, y);
    }
    return x;
}

static tpy_object *parse_expr(parser *p)
{
    tpy_object *x = parse_unary(p);
    while (x && eat(p, '%')) {
        tpy_object *y = parse_unary(p);
        if (!y) {
            tpy_decref(vm, x);
            return NULL;
        }
        TPY_SETREF(vm, x, tpy_binary_op(vm, TPY_OP_MOD, x, y));
        tpy_decref(vm, y);
    }
    return x;
}

tpy_object *t_eval(tpy_object *builtins, const char *src)
{
    parser p = {.s = src, .builtins = builtins};
    tpy_object *r = parse_expr(&p);
    if (r) {
        skip_ws(&p);
        if (p.s[p.pos])
            p.error = "trailing text";
    }
    cr_assert_null(p.error, "vector expression %s: %s at offset %zu", src, p.error, p.pos);
    return r;
}
