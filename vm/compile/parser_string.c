/* parser_string.c: string literals. Adjacent STRING tokens make one
 * constant; escapes are decoded here; an f-string (3.11 style: one token)
 * is split into literal text and {expression!conversion:format_spec}
 * fields, each expression parsed by a sub-parser, and the whole becomes a
 * JoinedStr of Constants and FormattedValues. */
#include <string.h>

#include "parser_internal.h"

/* ---- a growable byte buffer in the arena ----------------------------- */

typedef struct strbuf {
    char *data;
    size_t len, cap;
} strbuf;

static bool buf_put(tpy_parser *p, strbuf *b, const char *s, size_t n)
{
    if (b->len + n + 1 > b->cap) {
        size_t cap = b->cap ? b->cap * 2 : 64;
        while (cap < b->len + n + 1)
            cap *= 2;
        char *data = tpy_arena_alloc(p->arena, cap);
        if (!data) {
            tpy_p_error_here(p, "out of memory while parsing");
            return false;
        }
        if (b->len)
            memcpy(data, b->data, b->len);
        b->data = data;
        b->cap = cap;
    }
    memcpy(b->data + b->len, s, n);
    b->len += n;
    b->data[b->len] = '\0';
    return true;
}

static bool buf_byte(tpy_parser *p, strbuf *b, int c)
{
    char ch = (char)c;
    return buf_put(p, b, &ch, 1);
}

/* A code point as UTF-8; surrogates are encoded like any other code
 * point (a Python str may hold them; the dump escapes them again). */
static bool buf_codepoint(tpy_parser *p, strbuf *b, unsigned cp)
{
    char u[4];
    size_t n;
    if (cp < 0x80) {
        u[0] = (char)cp;
        n = 1;
    } else if (cp < 0x800) {
        u[0] = (char)(0xC0 | (cp >> 6));
        u[1] = (char)(0x80 | (cp & 0x3F));
        n = 2;
    } else if (cp < 0x10000) {
        u[0] = (char)(0xE0 | (cp >> 12));
        u[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
        u[2] = (char)(0x80 | (cp & 0x3F));
        n = 3;
    } else {
        u[0] = (char)(0xF0 | (cp >> 18));
        u[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
        u[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
        u[3] = (char)(0x80 | (cp & 0x3F));
        n = 4;
    }
    return buf_put(p, b, u, n);
}

/* ---- one token's prefix and body ------------------------------------- */

typedef struct str_part {
    const tpy_token *tok;
    bool raw, bytes, fstring, u;
    const char *body;      /* between the quotes, in the source */
    size_t len;
} str_part;

static str_part split_token(const tpy_token *t)
{
    str_part s = {.tok = t};
    const char *q = t->start;
    for (; *q != '\'' && *q != '"'; q++) {
        int c = *q | 0x20;
        s.raw |= c == 'r';
        s.bytes |= c == 'b';
        s.fstring |= c == 'f';
        s.u |= c == 'u';
    }
    size_t quotes = (q + 2 < t->end && q[1] == q[0] && q[2] == q[0] && t->end - q >= 6) ? 3 : 1;
    s.body = q + quotes;
    s.len = (size_t)(t->end - q) - 2 * quotes;
    return s;
}

/* ---- escapes --------------------------------------------------------- */

static int hex_value(int c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    c |= 0x20;
    return (c >= 'a' && c <= 'f') ? c - 'a' + 10 : -1;
}

/* The value of exactly n hex digits at s, or -1. */
static long hex_digits(const char *s, size_t avail, size_t n)
{
    if (avail < n)
        return -1;
    long v = 0;
    for (size_t i = 0; i < n; i++) {
        int d = hex_value((unsigned char)s[i]);
        if (d < 0)
            return -1;
        v = v * 16 + d;
    }
    return v;
}

/* \x, \u, \U in a str: the code point, or an error in CPython's words. */
static bool unicode_hex_escape(tpy_parser *p, strbuf *out, const char *s, size_t *i,
                               size_t len, size_t start)
{
    char kind = s[*i];
    size_t n = kind == 'x' ? 2 : kind == 'u' ? 4 : 8;
    long v = hex_digits(s + *i + 1, len - *i - 1, n);
    if (v < 0) {
        const char *what = kind == 'x' ? "truncated \\xXX escape"
                         : kind == 'u' ? "truncated \\uXXXX escape" : "truncated \\UXXXXXXXX escape";
        size_t end = *i + 1;
        while (end < len && end < *i + 1 + n && hex_value((unsigned char)s[end]) >= 0)
            end++;
        tpy_p_error_here(p, "(unicode error) 'unicodeescape' codec can't decode bytes in "
                         "position %zu-%zu: %s", start, end - 1, what);
        return false;
    }
    if (v > 0x10FFFF) {
        tpy_p_error_here(p, "(unicode error) 'unicodeescape' codec can't decode bytes in "
                         "position %zu-%zu: illegal Unicode character", start, *i + n);
        return false;
    }
    *i += n + 1;
    return buf_codepoint(p, out, (unsigned)v);
}

static int simple_escape(char c)
{
    switch (c) {
    case '\\': return '\\';
    case '\'': return '\'';
    case '"': return '"';
    case 'a': return '\a';
    case 'b': return '\b';
    case 'f': return '\f';
    case 'n': return '\n';
    case 'r': return '\r';
    case 't': return '\t';
    case 'v': return '\v';
    default: return -1;
    }
}

/*
 * Decode the escapes of s[0..len) into out: for a str (code points as
 * UTF-8) or for bytes. An unknown escape stays as written (CPython 3.11
 * only warns about it).
 */
static bool decode_escapes(tpy_parser *p, strbuf *out, const char *s, size_t len, bool bytes)
{
    for (size_t i = 0; i < len;) {
        if (s[i] != '\\' || i + 1 >= len) {
            if (!buf_byte(p, out, (unsigned char)s[i++]))
                return false;
            continue;
        }
        size_t start = i++;
        char c = s[i];
        int simple = simple_escape(c);
        if (c == '\n') {
            i++;
        } else if (simple >= 0) {
            i++;
            if (!buf_byte(p, out, simple))
                return false;
        } else if (c >= '0' && c <= '7') {
            unsigned v = 0;
            for (int k = 0; k < 3 && i < len && s[i] >= '0' && s[i] <= '7'; k++)
                v = v * 8 + (unsigned)(s[i++] - '0');
            if (!(bytes ? buf_byte(p, out, (int)(v & 0xFF)) : buf_codepoint(p, out, v)))
                return false;
        } else if (c == 'x' && bytes) {
            long v = hex_digits(s + i + 1, len - i - 1, 2);
            if (v < 0) {
                tpy_p_error_here(p, "(value error) invalid \\x escape at position %zu", start);
                return false;
            }
            i += 3;
            if (!buf_byte(p, out, (int)v))
                return false;
        } else if (!bytes && (c == 'x' || c == 'u' || c == 'U')) {
            if (!unicode_hex_escape(p, out, s, &i, len, start))
                return false;
        } else if (!bytes && c == 'N') {
            /* utf8proc has no character names, so tierpy cannot look one up. */
            tpy_p_error_here(p, "(unicode error) tierpy does not support named Unicode escapes "
                             "(\\N{...}); use \\u or \\U with the code point");
            return false;
        } else {
            if (!buf_byte(p, out, '\\'))
                return false;
        }
    }
    return true;
}

/* ---- f-strings ------------------------------------------------------- */

/* The state of one concatenation of string tokens. */
typedef struct joined {
    strbuf pending;        /* literal text not yet in a Constant */
    tpy_seq *values;       /* Constants and FormattedValues so far */
    bool kind_u;           /* the first token had a u prefix */
    tpy_pos pos;           /* of the whole concatenation */
} joined;

static tpy_expr *str_constant(tpy_parser *p, const strbuf *b, bool kind_u, tpy_pos pos)
{
    tpy_expr *e = tpy_ast_expr(p->arena, TPY_EXPR_CONSTANT, pos);
    if (!e)
        return tpy_p_error_here(p, "out of memory while parsing");
    e->v.constant.value.kind = TPY_CONST_STR;
    e->v.constant.value.data = b->data ? b->data : "";
    e->v.constant.value.len = b->len;
    e->v.constant.kind = kind_u ? "u" : NULL;
    return e;
}

/* Move pending literal text into a Constant of *values. */
static bool flush_literal(tpy_parser *p, strbuf *pending, tpy_seq **values, bool kind_u, tpy_pos pos)
{
    if (pending->len == 0)
        return true;
    tpy_expr *c = str_constant(p, pending, kind_u, pos);
    if (!c || !tpy_seq_append(p->arena, values, c))
        return c ? tpy_p_error_here(p, "out of memory while parsing") != NULL : false;
    *pending = (strbuf){0};
    return true;
}

/* Where a byte of a token's text sits in the source. */
static void source_position(const tpy_token *t, const char *at, int *line, int *col)
{
    *line = t->line;
    const char *line_start = NULL;
    for (const char *q = t->start; q < at; q++)
        if (*q == '\n') {
            (*line)++;
            line_start = q + 1;
        }
    *col = line_start ? (int)(at - line_start) : t->col + (int)(at - t->start);
}

typedef struct fstr {
    const str_part *st;
    const char *s;         /* the body */
    size_t len, i;         /* scanning position */
} fstr;

static bool fstring_parts(tpy_parser *p, fstr *f, int level, strbuf *pending,
                          tpy_seq **values, bool kind_u, tpy_pos pos);

/* Scan an expression from f->i to its end at depth 0 ('!', ':', '}', or a
 * lone '='), skipping strings and brackets inside it. */
static bool scan_expression(tpy_parser *p, fstr *f)
{
    char stack[200];
    int depth = 0;
    char quote = 0;
    bool triple = false;
    for (; f->i < f->len; f->i++) {
        char ch = f->s[f->i];
        if (ch == '\\')
            return tpy_p_error_here(p, "f-string expression part cannot include a backslash");
        if (quote) {
            if (ch == quote && (!triple || (f->i + 2 < f->len && f->s[f->i + 1] == quote &&
                                            f->s[f->i + 2] == quote))) {
                f->i += triple ? 2 : 0;
                quote = 0;
            }
            continue;
        }
        if (ch == '\'' || ch == '"') {
            triple = f->i + 2 < f->len && f->s[f->i + 1] == ch && f->s[f->i + 2] == ch;
            f->i += triple ? 2 : 0;
            quote = ch;
        } else if (ch == '[' || ch == '(' || ch == '{') {
            if (depth >= (int)sizeof stack)
                return tpy_p_error_here(p, "f-string: too many nested parenthesis");
            stack[depth++] = ch;
        } else if (ch == '#') {
            return tpy_p_error_here(p, "f-string expression part cannot include '#'");
        } else if (depth == 0 && strchr("!:}=<>", ch)) {
            char next = f->i + 1 < f->len ? f->s[f->i + 1] : 0;
            if (next == '=' && ch != ':' && ch != '}') {
                f->i++;
                continue;
            }
            if (ch == '<' || ch == '>')
                continue;
            return true;
        } else if (ch == ']' || ch == ')' || ch == '}') {
            if (depth == 0)
                return tpy_p_error_here(p, "f-string: unmatched '%c'", ch);
            char open = stack[--depth];
            if ((open == '(' && ch != ')') || (open == '[' && ch != ']') || (open == '{' && ch != '}'))
                return tpy_p_error_here(p, "f-string: closing parenthesis '%c' does not match "
                                        "opening parenthesis '%c'", ch, open);
        }
    }
    if (quote)
        return tpy_p_error_here(p, "f-string: unterminated string");
    if (depth > 0)
        return tpy_p_error_here(p, "f-string: unmatched '%c'", stack[depth - 1]);
    return tpy_p_error_here(p, "f-string: expecting '}'");
}

static bool all_blank(const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (s[i] != ' ' && s[i] != '\t' && s[i] != '\n' && s[i] != '\f' && s[i] != '\r')
            return false;
    return true;
}

/* '{' expression ['='] ['!' conversion] [':' format_spec] '}' at f->i. */
static bool fstring_field(tpy_parser *p, fstr *f, int level, strbuf *pending,
                          tpy_seq **values, bool kind_u, tpy_pos pos)
{
    if (level >= 2)
        return tpy_p_error_here(p, "f-string: expressions nested too deeply");
    size_t start = ++f->i;
    if (!scan_expression(p, f))
        return false;
    size_t end = f->i;
    char stop = f->s[end];
    if (all_blank(f->s + start, end - start)) {
        if (stop == '}')
            return tpy_p_error_here(p, "f-string: empty expression not allowed");
        return tpy_p_error_here(p, "f-string: expression required before '%c'", stop);
    }
    int line, col;
    source_position(f->st->tok, f->s + start, &line, &col);
    tpy_expr *value = tpy_parse_fstring_expr(p, f->s + start, end - start, line, col);
    if (!value)
        return false;
    int conversion = -1;
    bool debug = false;
    if (stop == '=') {
        debug = true;
        f->i++;
        while (f->i < f->len && strchr(" \t\n\f\r", f->s[f->i]))
            f->i++;
        if (!buf_put(p, pending, f->s + start, f->i - start))
            return false;
    }
    if (f->i < f->len && f->s[f->i] == '!') {
        f->i++;
        char c = f->i < f->len ? f->s[f->i++] : 0;
        if (!c)
            return tpy_p_error_here(p, "f-string: expecting '}'");
        if (c != 's' && c != 'r' && c != 'a')
            return tpy_p_error_here(p, "f-string: invalid conversion character: expected 's', 'r', or 'a'");
        conversion = c;
    }
    tpy_expr *spec = NULL;
    if (f->i < f->len && f->s[f->i] == ':') {
        f->i++;
        strbuf spec_text = {0};
        tpy_seq *spec_values = NULL;
        if (!fstring_parts(p, f, level + 1, &spec_text, &spec_values, false, pos) ||
            !flush_literal(p, &spec_text, &spec_values, false, pos))
            return false;
        if (!(spec = tpy_ast_expr(p->arena, TPY_EXPR_JOINEDSTR, pos)))
            return tpy_p_error_here(p, "out of memory while parsing");
        spec->v.joinedstr.values = spec_values;
    }
    if (f->i >= f->len || f->s[f->i] != '}')
        return tpy_p_error_here(p, "f-string: expecting '}'");
    f->i++;
    if (debug && conversion == -1 && !spec)
        conversion = 'r';
    if (!flush_literal(p, pending, values, kind_u, pos))
        return false;
    tpy_expr *fv = tpy_ast_expr(p->arena, TPY_EXPR_FORMATTEDVALUE, pos);
    if (!fv || !tpy_seq_append(p->arena, values, fv))
        return tpy_p_error_here(p, "out of memory while parsing");
    fv->v.formattedvalue.value = value;
    fv->v.formattedvalue.conversion = conversion;
    fv->v.formattedvalue.format_spec = spec;
    return true;
}

/* Decode literal text f->s[from..to) into pending. */
static bool literal_text(tpy_parser *p, fstr *f, size_t from, size_t to, strbuf *pending)
{
    if (f->st->raw)
        return buf_put(p, pending, f->s + from, to - from);
    return decode_escapes(p, pending, f->s + from, to - from, false);
}

/*
 * Literal text and fields until the end of the body (level 0) or the '}'
 * closing a format spec (level > 0, left for the caller). Doubled braces
 * are literal only at level 0, as in CPython: f'{x:{y}}' ends with two
 * closing braces that are not an escaped '}'.
 */
static bool fstring_parts(tpy_parser *p, fstr *f, int level, strbuf *pending,
                          tpy_seq **values, bool kind_u, tpy_pos pos)
{
    size_t lit = f->i;
    while (f->i < f->len) {
        char ch = f->s[f->i];
        if (ch == '\\' && !f->st->raw && f->i + 1 < f->len) {
            /* A \N{...} escape's braces are not fields. */
            if (f->s[f->i + 1] == 'N' && f->i + 2 < f->len && f->s[f->i + 2] == '{') {
                const char *close = memchr(f->s + f->i, '}', f->len - f->i);
                f->i = close ? (size_t)(close - f->s) + 1 : f->len;
            } else {
                f->i += f->s[f->i + 1] == '{' || f->s[f->i + 1] == '}' ? 1 : 2;
            }
            continue;
        }
        if (ch != '{' && ch != '}') {
            f->i++;
            continue;
        }
        bool doubled = level == 0 && f->i + 1 < f->len && f->s[f->i + 1] == ch;
        if (!literal_text(p, f, lit, f->i, pending))
            return false;
        if (doubled) {
            if (!buf_byte(p, pending, ch))
                return false;
            f->i += 2;
        } else if (ch == '}') {
            if (level == 0)
                return tpy_p_error_here(p, "f-string: single '}' is not allowed");
            return true;
        } else if (!fstring_field(p, f, level, pending, values, kind_u, pos)) {
            return false;
        }
        lit = f->i;
    }
    if (!literal_text(p, f, lit, f->i, pending))
        return false;
    if (level > 0)
        return tpy_p_error_here(p, "f-string: expecting '}'");
    return true;
}

/* ---- concatenation --------------------------------------------------- */

static tpy_expr *bytes_constant(tpy_parser *p, str_part *toks, int n, tpy_pos pos)
{
    strbuf b = {0};
    for (int i = 0; i < n; i++) {
        for (size_t k = 0; k < toks[i].len; k++)
            if ((unsigned char)toks[i].body[k] >= 0x80)
                return tpy_p_error_at(p, tpy_p_tok_pos(p, toks[i].tok),
                                      "bytes can only contain ASCII literal characters");
        bool ok = toks[i].raw ? buf_put(p, &b, toks[i].body, toks[i].len)
                              : decode_escapes(p, &b, toks[i].body, toks[i].len, true);
        if (!ok)
            return NULL;
    }
    tpy_expr *e = tpy_ast_expr(p->arena, TPY_EXPR_CONSTANT, pos);
    if (!e)
        return tpy_p_error_here(p, "out of memory while parsing");
    e->v.constant.value.kind = TPY_CONST_BYTES;
    e->v.constant.value.data = b.data ? b.data : "";
    e->v.constant.value.len = b.len;
    return e;
}

static tpy_expr *str_concat(tpy_parser *p, str_part *toks, int n, tpy_pos pos)
{
    joined j = {.kind_u = toks[0].u, .pos = pos};
    bool any_f = false;
    for (int i = 0; i < n; i++) {
        if (toks[i].fstring) {
            any_f = true;
            fstr f = {.st = &toks[i], .s = toks[i].body, .len = toks[i].len};
            if (!fstring_parts(p, &f, 0, &j.pending, &j.values, j.kind_u, pos))
                return NULL;
        } else {
            bool ok = toks[i].raw ? buf_put(p, &j.pending, toks[i].body, toks[i].len)
                                  : decode_escapes(p, &j.pending, toks[i].body, toks[i].len, false);
            if (!ok)
                return NULL;
        }
    }
    if (!any_f)
        return str_constant(p, &j.pending, j.kind_u, pos);
    if (!flush_literal(p, &j.pending, &j.values, j.kind_u, pos))
        return NULL;
    tpy_expr *e = tpy_ast_expr(p->arena, TPY_EXPR_JOINEDSTR, pos);
    if (!e)
        return tpy_p_error_here(p, "out of memory while parsing");
    e->v.joinedstr.values = j.values;
    return e;
}

tpy_expr *tpy_parse_strings(tpy_parser *p)
{
    tpy_token *first = tpy_p_peek(p, 0);
    int n = 0;
    while (tpy_p_kind_at(p, n) == TPY_TOK_STRING)
        n++;
    str_part *toks = tpy_arena_alloc(p->arena, (size_t)n * sizeof *toks);
    if (!toks)
        return tpy_p_error_here(p, "out of memory while parsing");
    for (int i = 0; i < n; i++)
        toks[i] = split_token(tpy_p_next(p));
    tpy_pos pos = tpy_p_pos_from(p, first);
    for (int i = 1; i < n; i++)
        if (toks[i].bytes != toks[0].bytes)
            return tpy_p_error_here(p, "cannot mix bytes and nonbytes literals");
    return toks[0].bytes ? bytes_constant(p, toks, n, pos) : str_concat(p, toks, n, pos);
}
