/* vm/modules/json_scanner.c: JSON text to Python values for the `_json`
 * module: the string scanner behind `scanstring`, and the Scanner type
 * (`_json.make_scanner(context)`), whose instances json.decoder calls as
 * scan_once(string, idx) -> (value, end).
 *
 * The grammar, the hooks and every error follow CPython 3.11's
 * accelerator: a value missing where one must start raises
 * StopIteration(idx), which json.decoder turns into "Expecting value";
 * the other errors are JSONDecodeError with CPython's message and
 * position. Object keys are shared through a memo that lives for one
 * call, so equal keys of a document are one str. */
#include <string.h>

#include "abstract.h"
#include "error.h"
#include "json_internal.h"
#include "refcount.h"
#include "types.h"
#include "vm.h"

#define STR(o) ((tpy_strobj *)(o))

static inline bool is_digit(uint32_t c)
{
    return c >= '0' && c <= '9';
}

/* ---- strings ------------------------------------------------------------------------------------ */

/* The value of the hex digit c, or -1. */
static inline int hex_value(uint32_t c)
{
    if (is_digit(c))
        return (int)(c - '0');
    if (c >= 'a' && c <= 'f')
        return (int)(c - 'a' + 10);
    if (c >= 'A' && c <= 'F')
        return (int)(c - 'A' + 10);
    return -1;
}

/* The four hex digits at doc[i..i+4): the code unit, or -1. */
static int32_t hex4_at(const tpy_strobj *d, intptr_t i)
{
    int32_t v = 0;
    for (intptr_t k = i; k < i + 4; k++) {
        int h = hex_value(tpy_json_char_at(d->data, d->kind, k));
        if (h < 0)
            return -1;
        v = (v << 4) | h;
    }
    return v;
}

/* The escape whose backslash is at doc[i]: the code point into *c and the
 * index after it into *next; -1 with JSONDecodeError. `begin` is where
 * the string started (for "Unterminated"). */
static int read_escape(tpy_vm *vm, tpy_object *doc, intptr_t i, intptr_t begin, uint32_t *c,
                       intptr_t *next)
{
    const tpy_strobj *d = STR(doc);
    intptr_t len = d->length;
    if (++i == len)
        return tpy_json_raise(vm, "Unterminated string starting at", doc, begin), -1;
    uint32_t e = tpy_json_char_at(d->data, d->kind, i);
    if (e != 'u') {
        switch (e) {
        case '"': case '\\': case '/': *c = e; break;
        case 'b': *c = '\b'; break;
        case 'f': *c = '\f'; break;
        case 'n': *c = '\n'; break;
        case 'r': *c = '\r'; break;
        case 't': *c = '\t'; break;
        default: return tpy_json_raise(vm, "Invalid \\escape", doc, i - 1), -1;
        }
        *next = i + 1;
        return 0;
    }
    /* \uXXXX: CPython asks for one more character after the digits */
    intptr_t end = i + 5;
    int32_t u = end < len ? hex4_at(d, i + 1) : -1;
    if (u < 0)
        return tpy_json_raise(vm, "Invalid \\uXXXX escape", doc, i), -1;
    *c = (uint32_t)u;
    *next = end;
    /* a high surrogate followed by \uXXXX: a pair when that is a low one */
    if (u >= 0xd800 && u <= 0xdbff && end + 6 < len &&
        tpy_json_char_at(d->data, d->kind, end) == '\\' &&
        tpy_json_char_at(d->data, d->kind, end + 1) == 'u') {
        int32_t low = hex4_at(d, end + 2);
        if (low < 0)
            return tpy_json_raise(vm, "Invalid \\uXXXX escape", doc, end + 1), -1;
        if (low >= 0xdc00 && low <= 0xdfff) {
            *c = 0x10000 + ((((uint32_t)u - 0xd800) << 10) | ((uint32_t)low - 0xdc00));
            *next = end + 6;
        }
    }
    return 0;
}

/* The bytes of x that are a '"', a '\\' or (when strict) a control
 * character, each flagged by its top bit: the has-a-zero-byte test on x
 * xor the quote and x xor the backslash, and the has-a-byte-below-0x20
 * test. Flags above a flagged byte may be wrong; the lowest one is right. */
static inline uint64_t special_bytes(uint64_t x, bool strict)
{
    const uint64_t ones = 0x0101010101010101u, highs = 0x8080808080808080u;
    uint64_t q = x ^ (ones * '"'), b = x ^ (ones * '\\');
    uint64_t t = ((q - ones) & ~q) | ((b - ones) & ~b);
    if (strict)
        t |= (x - ones * 0x20) & ~x;
    return t & highs;
}

/* Index of the first '"' or '\\' from i on in a one-byte-wide document,
 * or len, or that of a control character when strict. */
static intptr_t find_special1(const unsigned char *p, intptr_t i, intptr_t len, bool strict)
{
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
    for (; i + 8 <= len; i += 8) {   /* 8 characters at a time */
        uint64_t x;
        memcpy(&x, p + i, 8);
        uint64_t t = special_bytes(x, strict);
        if (t)
            return i + (__builtin_ctzll(t) >> 3);
    }
#endif
    for (; i < len; i++) {
        unsigned char c = p[i];
        if (c == '"' || c == '\\' || (c <= 0x1f && strict))
            break;
    }
    return i;
}

/* Index of the first '"' or '\\' from i on, or len; -1 with
 * JSONDecodeError at a control character when strict. */
static intptr_t chunk_end(tpy_vm *vm, tpy_object *doc, intptr_t i, bool strict)
{
    const tpy_strobj *d = STR(doc);
    intptr_t len = d->length;
    if (d->kind == 1) {
        i = find_special1(d->data, i, len, strict);
        if (strict && i < len && d->data[i] <= 0x1f)
            return tpy_json_raise(vm, "Invalid control character at", doc, i), -1;
        return i;
    }
    for (; i < len; i++) {
        uint32_t c = tpy_json_char_at(d->data, d->kind, i);
        if (c == '"' || c == '\\')
            break;
        if (c <= 0x1f && strict)
            return tpy_json_raise(vm, "Invalid control character at", doc, i), -1;
    }
    return i;
}

tpy_object *tpy_json_scanstring(tpy_vm *vm, tpy_object *doc, intptr_t end, bool strict,
                                intptr_t *next)
{
    const tpy_strobj *d = STR(doc);
    intptr_t len = d->length, begin = end - 1;
    if (end < 0 || end > len)
        return tpy_err_set(vm, &tpy_exc_ValueError, "end is out of bounds"), NULL;
    intptr_t i = chunk_end(vm, doc, end, strict);
    if (i < 0)
        return NULL;
    if (i == len)
        return tpy_json_raise(vm, "Unterminated string starting at", doc, begin), NULL;
    if (tpy_json_char_at(d->data, d->kind, i) == '"') {   /* no escapes: a slice of the document */
        *next = i + 1;
        return tpy_str_substr(vm, doc, end, i);
    }
    tpy_jwriter w;
    tpy_jw_init(&w, vm);
    intptr_t chunk = end;
    for (;;) {
        if (tpy_jw_substr(&w, doc, chunk, i) < 0)
            break;
        if (tpy_json_char_at(d->data, d->kind, i) == '"') {
            *next = i + 1;
            return tpy_jw_finish(&w);
        }
        uint32_t c;
        if (read_escape(vm, doc, i, begin, &c, &chunk) < 0 || tpy_jw_char(&w, c) < 0)
            break;
        if ((i = chunk_end(vm, doc, chunk, strict)) < 0)
            break;
        if (i == len) {
            tpy_json_raise(vm, "Unterminated string starting at", doc, begin);
            break;
        }
    }
    tpy_jw_free(&w);
    return NULL;
}

/* ---- the Scanner type ----------------------------------------------------------------------------- */

/* make_scanner(context): the context's settings, read once. The owned
 * references come first (traverse and clear walk them). */
typedef struct scanner {
    tpy_object ob;
    tpy_object *refs[5];
    bool strict;
} scanner;

enum { OBJECT_HOOK, PAIRS_HOOK, PARSE_FLOAT, PARSE_INT, PARSE_CONSTANT };

/* One scan_once call: the document and the key memo. */
typedef struct scan {
    tpy_vm *vm;
    scanner *sc;
    tpy_object *doc;
    const unsigned char *data;
    int kind;
    intptr_t len;
    tpy_jmemo memo;
} scan;

static inline uint32_t at(const scan *s, intptr_t i)
{
    return tpy_json_char_at(s->data, s->kind, i);
}

static inline intptr_t skip_ws(const scan *s, intptr_t i)
{
    while (i < s->len) {
        uint32_t c = at(s, i);
        if (c != ' ' && c != '\t' && c != '\n' && c != '\r')
            break;
        i++;
    }
    return i;
}

static tpy_object *stop_iteration(tpy_vm *vm, intptr_t idx)
{
    tpy_object *v = tpy_int_from_i64(vm, idx);
    if (v) {
        tpy_err_set_object(vm, &tpy_exc_StopIteration, v);
        tpy_decref(vm, v);
    }
    return NULL;
}

static tpy_object *scan_value(scan *s, intptr_t i, intptr_t *next);

/* The key whose opening quote is at i (found in the memo): *next past it. */
static tpy_object *scan_key(scan *s, intptr_t i, intptr_t *next)
{
    intptr_t end = chunk_end(s->vm, s->doc, i + 1, s->sc->strict);
    if (end < 0)
        return NULL;
    if (end < s->len && at(s, end) == '"') {   /* no escapes: looked up in place */
        *next = end + 1;
        return tpy_jmemo_slice(&s->memo, s->doc, i + 1, end);
    }
    tpy_object *key = tpy_json_scanstring(s->vm, s->doc, i + 1, s->sc->strict, next);
    return key ? tpy_jmemo_intern(&s->memo, key) : NULL;
}

/* hook(arg), consuming arg. */
static tpy_object *call_hook(tpy_vm *vm, tpy_object *hook, tpy_object *arg)
{
    tpy_object *r = tpy_call(vm, hook, &arg, 1, NULL);
    tpy_decref(vm, arg);
    return r;
}

/* One "key": value member into `into` (a dict, or a list of pairs for
 * object_pairs_hook); i at the key's quote. */
static int scan_member(scan *s, tpy_object *into, intptr_t *pi)
{
    tpy_vm *vm = s->vm;
    intptr_t i = *pi;
    tpy_object *key = scan_key(s, i, &i);
    if (!key)
        return -1;
    i = skip_ws(s, i);
    if (i >= s->len || at(s, i) != ':') {
        tpy_json_raise(vm, "Expecting ':' delimiter", s->doc, i);
        tpy_decref(vm, key);
        return -1;
    }
    tpy_object *val = scan_value(s, skip_ws(s, i + 1), &i);
    int r = -1;
    if (val && tpy_list_check(into)) {
        tpy_object *pair = tpy_tuple_new(vm, 2);
        if (pair) {
            ((tpy_tuple *)pair)->items[0] = key;
            ((tpy_tuple *)pair)->items[1] = val;
            *pi = i;
            return tpy_list_append(vm, into, pair);   /* takes the pair */
        }
    } else if (val) {
        r = tpy_dict_set(vm, into, key, val);
    }
    tpy_decref(vm, key);
    tpy_xdecref(vm, val);
    *pi = i;
    return r;
}

/* The object whose '{' is at i - 1. */
static tpy_object *scan_object(scan *s, intptr_t i, intptr_t *next)
{
    tpy_vm *vm = s->vm;
    tpy_object *pairs_hook = s->sc->refs[PAIRS_HOOK];
    tpy_object *hook = s->sc->refs[OBJECT_HOOK];
    bool pairs = pairs_hook != TPY_NONE;
    tpy_object *r = pairs ? tpy_list_new(vm, 0) : tpy_dict_new(vm);
    if (!r)
        return NULL;
    i = skip_ws(s, i);
    if (i >= s->len || at(s, i) != '}') {
        for (;;) {
            if (i >= s->len || at(s, i) != '"') {
                tpy_json_raise(vm, "Expecting property name enclosed in double quotes", s->doc, i);
                goto fail;
            }
            if (scan_member(s, r, &i) < 0)
                goto fail;
            i = skip_ws(s, i);
            if (i < s->len && at(s, i) == '}')
                break;
            if (i >= s->len || at(s, i) != ',') {
                tpy_json_raise(vm, "Expecting ',' delimiter", s->doc, i);
                goto fail;
            }
            i = skip_ws(s, i + 1);
        }
    }
    *next = i + 1;
    if (pairs)
        return call_hook(vm, pairs_hook, r);
    if (hook != TPY_NONE)
        return call_hook(vm, hook, r);
    return r;
fail:
    tpy_decref(vm, r);
    return NULL;
}

/* The array whose '[' is at i - 1. */
static tpy_object *scan_array(scan *s, intptr_t i, intptr_t *next)
{
    tpy_vm *vm = s->vm;
    tpy_object *r = tpy_list_new(vm, 0);
    if (!r)
        return NULL;
    i = skip_ws(s, i);
    if (i >= s->len || at(s, i) != ']') {
        for (;;) {
            tpy_object *val = scan_value(s, i, &i);
            if (!val || tpy_list_append(vm, r, val) < 0)
                goto fail;
            i = skip_ws(s, i);
            if (i < s->len && at(s, i) == ']')
                break;
            if (i >= s->len || at(s, i) != ',') {
                tpy_json_raise(vm, "Expecting ',' delimiter", s->doc, i);
                goto fail;
            }
            i = skip_ws(s, i + 1);
        }
    }
    *next = i + 1;
    return r;
fail:
    tpy_decref(vm, r);
    return NULL;
}

/* An int of at most 18 digits without a call; longer ones by the int
 * parser (which applies sys.set_int_max_str_digits). */
static tpy_object *int_from_ascii(tpy_vm *vm, const char *p, size_t n)
{
    bool neg = p[0] == '-';
    if (n - neg <= 18) {
        int64_t v = 0;
        for (size_t k = neg; k < n; k++)
            v = v * 10 + (p[k] - '0');
        return tpy_int_from_i64(vm, neg ? -v : v);
    }
    return tpy_int_from_text(vm, p, n, 10, NULL);
}

/* The number doc[start:end]: the context's parse_int / parse_float, or
 * int / float directly when those are the builtins. */
static tpy_object *make_number(scan *s, intptr_t start, intptr_t end, bool is_float)
{
    tpy_vm *vm = s->vm;
    tpy_object *fn = s->sc->refs[is_float ? PARSE_FLOAT : PARSE_INT];
    tpy_object *builtin = is_float ? &tpy_float_type.ob : &tpy_int_type.ob;
    if (fn != builtin) {
        tpy_object *text = tpy_str_substr(vm, s->doc, start, end);
        return text ? call_hook(vm, fn, text) : NULL;
    }
    size_t n = (size_t)(end - start);
    char small[64], *p = n < sizeof small ? small : tpy_vm_malloc(vm, n + 1);
    if (!p)
        return NULL;
    for (size_t k = 0; k < n; k++)   /* all ASCII: digits, sign, '.', 'e' */
        p[k] = (char)at(s, start + (intptr_t)k);
    p[n] = 0;
    tpy_object *r = is_float ? tpy_float_from_text(vm, p, n, NULL) : int_from_ascii(vm, p, n);
    if (p != small)
        tpy_vm_free(vm, p);
    return r;
}

static intptr_t skip_digits(const scan *s, intptr_t i)
{
    while (i < s->len && is_digit(at(s, i)))
        i++;
    return i;
}

/* A number at start, as CPython reads one: -?(0|[1-9][0-9]*), then a
 * fraction and an exponent when complete (else they are left unread). */
static tpy_object *scan_number(scan *s, intptr_t start, intptr_t *next)
{
    intptr_t i = start, last = s->len - 1;
    bool is_float = false;
    if (at(s, i) == '-' && ++i > last)
        return stop_iteration(s->vm, start);
    uint32_t c = at(s, i);
    if (c >= '1' && c <= '9')
        i = skip_digits(s, i + 1);
    else if (c == '0')
        i++;
    else
        return stop_iteration(s->vm, start);
    if (i < last && at(s, i) == '.' && is_digit(at(s, i + 1))) {
        is_float = true;
        i = skip_digits(s, i + 2);
    }
    if (i < last && (at(s, i) == 'e' || at(s, i) == 'E')) {
        intptr_t e_start = i++;
        if (i < last && (at(s, i) == '-' || at(s, i) == '+'))
            i++;
        i = skip_digits(s, i);
        if (is_digit(at(s, i - 1)))
            is_float = true;
        else
            i = e_start;
    }
    *next = i;
    return make_number(s, start, i, is_float);
}

/* Whether doc[i:] starts with the ASCII `word`. */
static bool word_at(const scan *s, intptr_t i, const char *word)
{
    size_t n = strlen(word);
    if ((size_t)(s->len - i) < n)
        return false;
    for (size_t k = 0; k < n; k++)
        if (at(s, i + (intptr_t)k) != (unsigned char)word[k])
            return false;
    return true;
}

/* NaN, Infinity, -Infinity through the context's parse_constant. */
static tpy_object *scan_constant(scan *s, const char *word, intptr_t i, intptr_t *next)
{
    tpy_object *name = tpy_str_intern_static(s->vm, word);
    if (!name)
        return NULL;
    *next = i + (intptr_t)strlen(word);
    return tpy_call(s->vm, s->sc->refs[PARSE_CONSTANT], &name, 1, NULL);
}

/* A container, under the recursion limit. */
static tpy_object *scan_nested(scan *s, intptr_t i, intptr_t *next, bool object)
{
    const char *where = object ? " while decoding a JSON object from a unicode string"
                               : " while decoding a JSON array from a unicode string";
    if (tpy_enter_recursive(s->vm, where) < 0)
        return NULL;
    tpy_object *r = object ? scan_object(s, i + 1, next) : scan_array(s, i + 1, next);
    tpy_leave_recursive(s->vm);
    return r;
}

/* The value starting at doc[i] (no space skipped). */
static tpy_object *scan_value(scan *s, intptr_t i, intptr_t *next)
{
    if (i >= s->len)
        return stop_iteration(s->vm, i);
    switch (at(s, i)) {
    case '"': return tpy_json_scanstring(s->vm, s->doc, i + 1, s->sc->strict, next);
    case '{': return scan_nested(s, i, next, true);
    case '[': return scan_nested(s, i, next, false);
    case 'n':
        if (word_at(s, i, "null"))
            return *next = i + 4, tpy_newref(TPY_NONE);
        break;
    case 't':
        if (word_at(s, i, "true"))
            return *next = i + 4, tpy_newref(TPY_TRUE);
        break;
    case 'f':
        if (word_at(s, i, "false"))
            return *next = i + 5, tpy_newref(TPY_FALSE);
        break;
    case 'N':
        if (word_at(s, i, "NaN"))
            return scan_constant(s, "NaN", i, next);
        break;
    case 'I':
        if (word_at(s, i, "Infinity"))
            return scan_constant(s, "Infinity", i, next);
        break;
    case '-':
        if (word_at(s, i, "-Infinity"))
            return scan_constant(s, "-Infinity", i, next);
        break;
    default:
        break;
    }
    return scan_number(s, i, next);
}

static tpy_object *scanner_call(tpy_vm *vm, tpy_object *self, tpy_object *const *args,
                                size_t nargs, tpy_object *kwnames)
{
    static const char *const names[] = {"string", "idx", NULL};
    tpy_object *o[2] = {NULL, NULL};
    if (tpy_arg_parse(vm, "scan_once", args, nargs, kwnames, names, 0, 2, o) < 0)
        return NULL;
    if (!tpy_str_check(o[0]))
        return tpy_err_format(vm, &tpy_exc_TypeError, "first argument must be a string, not %s",
                              tpy_type_of(o[0])->name);
    intptr_t idx = tpy_index_ssize(vm, o[1], &tpy_exc_OverflowError);
    if (idx == -1 && tpy_err_occurred(vm))
        return NULL;
    if (idx < 0)
        return tpy_err_set(vm, &tpy_exc_ValueError, "idx cannot be negative"), NULL;
    scan s = {.vm = vm, .sc = (scanner *)self, .doc = o[0], .data = STR(o[0])->data,
              .kind = STR(o[0])->kind, .len = STR(o[0])->length};
    intptr_t next = idx;
    tpy_jmemo_init(&s.memo, vm);
    tpy_object *v = scan_value(&s, idx, &next);
    tpy_jmemo_free(&s.memo);
    tpy_object *end = v ? tpy_int_from_i64(vm, next) : NULL;
    tpy_object *r = end ? tpy_tuple_new(vm, 2) : NULL;
    if (!r) {
        tpy_xdecref(vm, v);
        tpy_xdecref(vm, end);
        return NULL;
    }
    ((tpy_tuple *)r)->items[0] = v;
    ((tpy_tuple *)r)->items[1] = end;
    return r;
}

static tpy_object *scanner_new(tpy_vm *vm, tpy_type *t, tpy_object *const *args, size_t nargs,
                               tpy_object *kwnames)
{
    static const char *const names[] = {"context", NULL};
    static const char *const attrs[] = {"object_hook", "object_pairs_hook", "parse_float",
                                        "parse_int", "parse_constant"};
    tpy_object *ctx = NULL;
    if (tpy_arg_parse(vm, "make_scanner", args, nargs, kwnames, names, 0, 1, &ctx) < 0)
        return NULL;
    tpy_object *strict = tpy_getattr_c(vm, ctx, "strict");
    int truth = strict ? tpy_is_true(vm, strict) : -1;
    tpy_xdecref(vm, strict);
    if (truth < 0)
        return NULL;
    scanner *sc = (scanner *)tpy_alloc(vm, t);
    if (!sc)
        return NULL;
    sc->strict = truth;
    memset(sc->refs, 0, sizeof sc->refs);
    for (size_t k = 0; k < 5; k++)
        if (!(sc->refs[k] = tpy_getattr_c(vm, ctx, attrs[k]))) {
            tpy_decref(vm, &sc->ob);
            return NULL;
        }
    return &sc->ob;
}

static int scanner_traverse(tpy_object *o, tpy_obj_visit_fn visit, void *arg)
{
    return tpy_json_refs_traverse(((scanner *)o)->refs, 5, visit, arg);
}

static void scanner_clear(tpy_obj_heap *heap, tpy_object *o)
{
    tpy_json_refs_clear(heap, ((scanner *)o)->refs, 5);
}

static void scanner_destroy(tpy_obj_heap *heap, tpy_object *o)
{
    scanner_clear(heap, o);
    tpy_obj_free(heap, o);
}

static tpy_object *get_strict(tpy_vm *vm, tpy_object *self)
{
    (void)vm;
    return tpy_newref(tpy_bool(((scanner *)self)->strict));
}

#define REF_GETTER(name, index)                                    \
    static tpy_object *name(tpy_vm *vm, tpy_object *self)          \
    {                                                              \
        (void)vm;                                                  \
        return tpy_newref(((scanner *)self)->refs[index]);         \
    }
REF_GETTER(get_object_hook, OBJECT_HOOK)
REF_GETTER(get_pairs_hook, PAIRS_HOOK)
REF_GETTER(get_parse_float, PARSE_FLOAT)
REF_GETTER(get_parse_int, PARSE_INT)
REF_GETTER(get_parse_constant, PARSE_CONSTANT)

static const tpy_getset_def scanner_getsets[] = {
    {"strict", get_strict, NULL},
    {"object_hook", get_object_hook, NULL},
    {"object_pairs_hook", get_pairs_hook, NULL},
    {"parse_float", get_parse_float, NULL},
    {"parse_int", get_parse_int, NULL},
    {"parse_constant", get_parse_constant, NULL},
    {NULL, NULL, NULL},
};

tpy_type tpy_json_scanner_type = {
    .ob = TPY_STATIC_HEAD(tpy_type_type),
    .layout = {.name = "_json.Scanner", .basic_size = sizeof(scanner), .flags = TPY_OBJ_CONTAINER,
               .destroy = scanner_destroy, .traverse = scanner_traverse,
               .clear = scanner_clear},
    .name = "_json.Scanner",
    .new_ = scanner_new,
    .call = scanner_call,
    .getsets = scanner_getsets,
};
