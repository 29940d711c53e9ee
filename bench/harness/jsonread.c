/* bench/harness/jsonread.c: the reader half of json.h, a recursive-descent
 * parser into a tree of json_value. Strict JSON (RFC 8259): no comments,
 * no trailing commas; nesting is limited to JSON_MAX_DEPTH levels so that
 * a hostile file cannot exhaust the stack. */
#include "json.h"

#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct parser {
    const char *s, *start;
    int depth;
    char *err;
    size_t errsize;
    bool failed;
} parser;

static void fail(parser *p, const char *what)
{
    if (p->failed)
        return;
    p->failed = true;
    int line = 1, col = 1;
    for (const char *c = p->start; c < p->s; c++, col++)
        if (*c == '\n') {
            line++;
            col = 0;
        }
    snprintf(p->err, p->errsize, "line %d, column %d: %s", line, col, what);
}

static void skip_space(parser *p)
{
    while (*p->s == ' ' || *p->s == '\t' || *p->s == '\n' || *p->s == '\r')
        p->s++;
}

static bool literal(parser *p, const char *word)
{
    size_t n = strlen(word);
    if (strncmp(p->s, word, n) != 0)
        return false;
    p->s += n;
    return true;
}

static int hex4(parser *p)
{
    int v = 0;
    for (int i = 0; i < 4; i++) {
        char c = *p->s;
        int d = c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10
              : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
        if (d < 0) {
            fail(p, "bad \\u escape");
            return -1;
        }
        p->s++;
        v = v * 16 + d;
    }
    return v;
}

static size_t put_utf8(char *out, uint32_t cp)
{
    if (cp < 0x80) {
        out[0] = (char)cp;
        return 1;
    }
    if (cp < 0x800) {
        out[0] = (char)(0xC0 | cp >> 6);
        out[1] = (char)(0x80 | (cp & 0x3F));
        return 2;
    }
    if (cp < 0x10000) {
        out[0] = (char)(0xE0 | cp >> 12);
        out[1] = (char)(0x80 | (cp >> 6 & 0x3F));
        out[2] = (char)(0x80 | (cp & 0x3F));
        return 3;
    }
    out[0] = (char)(0xF0 | cp >> 18);
    out[1] = (char)(0x80 | (cp >> 12 & 0x3F));
    out[2] = (char)(0x80 | (cp >> 6 & 0x3F));
    out[3] = (char)(0x80 | (cp & 0x3F));
    return 4;
}

/* A \uXXXX escape (p->s after the 'u'), joining a surrogate pair. */
static size_t unicode_escape(parser *p, char *out)
{
    int hi = hex4(p);
    if (hi < 0)
        return 0;
    uint32_t cp = (uint32_t)hi;
    if (hi >= 0xDC00 && hi < 0xE000) {
        fail(p, "unpaired surrogate");
        return 0;
    }
    if (hi >= 0xD800 && hi < 0xDC00) {
        if (p->s[0] != '\\' || p->s[1] != 'u') {
            fail(p, "unpaired surrogate");
            return 0;
        }
        p->s += 2;
        int lo = hex4(p);
        if (lo < 0xDC00 || lo >= 0xE000) {
            fail(p, "unpaired surrogate");
            return 0;
        }
        cp = 0x10000 + (((uint32_t)hi - 0xD800) << 10) + ((uint32_t)lo - 0xDC00);
    }
    return put_utf8(out, cp);
}

static size_t simple_escape(parser *p, char *out)
{
    const char *from = "\"\\/bfnrt", *to = "\"\\/\b\f\n\r\t";
    const char *k = *p->s ? strchr(from, *p->s) : NULL;
    if (k == NULL) {
        fail(p, "bad escape in string");
        return 0;
    }
    p->s++;
    *out = to[k - from];
    return 1;
}

/* A string (p->s at the opening quote); malloc'd, or NULL on error. The
 * decoded text is never longer than the source, which bounds the buffer. */
static char *parse_string(parser *p)
{
    const char *end = ++p->s;
    while (*end && *end != '"')
        end += end[0] == '\\' && end[1] ? 2 : 1;
    char *out = malloc((size_t)(end - p->s) + 1), *o = out;
    if (out == NULL) {
        fail(p, "out of memory");
        return NULL;
    }
    while (!p->failed && *p->s != '"') {
        unsigned char c = (unsigned char)*p->s;
        if (c == 0 || c < 0x20) {
            fail(p, c ? "control character in string" : "unterminated string");
        } else if (c != '\\') {
            *o++ = *p->s++;
        } else {
            p->s++;
            o += *p->s == 'u' ? (p->s++, unicode_escape(p, o)) : simple_escape(p, o);
        }
    }
    if (p->failed) {
        free(out);
        return NULL;
    }
    p->s++;
    *o = 0;
    return out;
}

static void parse_number(parser *p, json_value *v)
{
    const char *s = p->s;
    if (*s == '-')
        s++;
    if (!(*s >= '0' && *s <= '9')) {
        fail(p, "unexpected character");
        return;
    }
    char *end;
    v->kind = JSON_NUMBER;
    v->number = strtod(p->s, &end);
    p->s = end;
}

static bool parse_value(parser *p, json_value *v);

/* Grow the arrays of a container by one slot; the new item is zeroed. */
static json_value *add_item(parser *p, json_value *v, bool with_key)
{
    json_value *items = realloc(v->items, (v->n + 1) * sizeof *items);
    char **keys = with_key ? realloc(v->keys, (v->n + 1) * sizeof *keys) : v->keys;
    if (items)
        v->items = items;
    if (keys)
        v->keys = keys;
    if (items == NULL || (with_key && keys == NULL)) {
        fail(p, "out of memory");
        return NULL;
    }
    memset(&items[v->n], 0, sizeof *items);
    if (with_key)
        keys[v->n] = NULL;
    return &items[v->n++];
}

/* The members of an object or the items of an array (p->s after the
 * opening bracket), up to and including the closing one. */
static void parse_container(parser *p, json_value *v, bool object)
{
    char close = object ? '}' : ']';
    skip_space(p);
    if (*p->s == close) {
        p->s++;
        return;
    }
    for (;;) {
        skip_space(p);
        json_value *item = add_item(p, v, object);
        if (item == NULL)
            return;
        if (object) {
            if (*p->s != '"' || (v->keys[v->n - 1] = parse_string(p)) == NULL) {
                fail(p, "expected a member name");
                return;
            }
            skip_space(p);
            if (*p->s != ':') {
                fail(p, "expected ':'");
                return;
            }
            p->s++;
        }
        if (!parse_value(p, item))
            return;
        skip_space(p);
        if (*p->s == close) {
            p->s++;
            return;
        }
        if (*p->s != ',') {
            fail(p, object ? "expected ',' or '}'" : "expected ',' or ']'");
            return;
        }
        p->s++;
    }
}

static bool parse_value(parser *p, json_value *v)
{
    skip_space(p);
    if (++p->depth > JSON_MAX_DEPTH) {
        fail(p, "nested too deeply");
        return false;
    }
    char c = *p->s;
    if (c == '{' || c == '[') {
        p->s++;
        v->kind = c == '{' ? JSON_OBJECT : JSON_ARRAY;
        parse_container(p, v, c == '{');
    } else if (c == '"') {
        v->kind = JSON_STRING;
        v->string = parse_string(p);
    } else if (literal(p, "true") || literal(p, "false")) {
        v->kind = JSON_BOOL;
        v->boolean = c == 't';
    } else if (literal(p, "null")) {
        v->kind = JSON_NULL;
    } else {
        parse_number(p, v);
    }
    p->depth--;
    return !p->failed;
}

static void free_members(json_value *v)
{
    for (size_t i = 0; i < v->n; i++) {
        free_members(&v->items[i]);
        if (v->keys)
            free(v->keys[i]);
    }
    free(v->items);
    free(v->keys);
    free(v->string);
}

void json_free(json_value *v)
{
    if (v == NULL)
        return;
    free_members(v);
    free(v);
}

json_value *json_parse(const char *text, char *err, size_t errsize)
{
    parser p = {text, text, 0, err, errsize, false};
    json_value *v = calloc(1, sizeof *v);
    if (v == NULL) {
        snprintf(err, errsize, "out of memory");
        return NULL;
    }
    if (parse_value(&p, v)) {
        skip_space(&p);
        if (*p.s != 0)
            fail(&p, "text after the value");
    }
    if (p.failed) {
        json_free(v);
        return NULL;
    }
    return v;
}

json_value *json_parse_file(const char *path, char *err, size_t errsize)
{
    FILE *f = fopen(path, "rb");
    if (f == NULL) {
        snprintf(err, errsize, "%s: cannot open", path);
        return NULL;
    }
    size_t cap = 1 << 16, n = 0;
    char *text = malloc(cap);
    size_t got;
    while (text != NULL && (got = fread(text + n, 1, cap - n - 1, f)) > 0) {
        n += got;
        if (n + 1 == cap) {
            char *bigger = realloc(text, cap *= 2);
            if (bigger == NULL)
                free(text);
            text = bigger;
        }
    }
    fclose(f);
    if (text == NULL) {
        snprintf(err, errsize, "%s: out of memory", path);
        return NULL;
    }
    text[n] = 0;
    char why[200];
    json_value *v = json_parse(text, why, sizeof why);
    if (v == NULL)
        snprintf(err, errsize, "%s: %s", path, why);
    free(text);
    return v;
}

const json_value *json_get(const json_value *v, const char *key)
{
    if (v == NULL || v->kind != JSON_OBJECT)
        return NULL;
    for (size_t i = 0; i < v->n; i++)
        if (strcmp(v->keys[i], key) == 0)
            return &v->items[i];
    return NULL;
}

const char *json_get_string(const json_value *v, const char *key, const char *fallback)
{
    const json_value *m = json_get(v, key);
    return m && m->kind == JSON_STRING ? m->string : fallback;
}

double json_get_number(const json_value *v, const char *key)
{
    const json_value *m = json_get(v, key);
    return m && m->kind == JSON_NUMBER ? m->number : NAN;
}
