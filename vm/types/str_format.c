/* vm/types/str_format.c: format(), the __format__ methods of int, float,
 * str and object, the !r/!s/!a conversions, ascii(), and str.format /
 * str.format_map.
 *
 * The mini-language itself (fill, align, sign, width, grouping, precision,
 * type) is vm/num's: this file only picks the formatter by type, turns
 * vm/num's errors into exceptions, and walks the replacement fields of a
 * format string the way CPython's Objects/stringlib/unicode_format.h does,
 * so that every malformed string fails with CPython's message. */
#include <stdio.h>
#include <string.h>

#include "abstract.h"
#include "error.h"
#include "numglue.h"
#include "refcount.h"
#include "str_build.h"
#include "types.h"
#include "vm.h"

/* ---- the per-type formatters -------------------------------------------------------------- */

static int raise_num(tpy_vm *vm, tpy_num_error *err, tpy_num_buf *b)
{
    tpy_num_buf_free(b);
    return tpy_num_raise(vm, err);
}

/* format(int, spec): a word directly, a big int through a read-only GMP
 * view (GMP may allocate scratch: the VM's heap holds it). */
static tpy_object *format_int(tpy_vm *vm, tpy_object *v, const char *spec, size_t n)
{
    tpy_num_error err = TPY_NUM_ERROR_INIT;
    tpy_num_buf b = TPY_NUM_BUF_INIT;
    tpy_num_spec ps;
    const char *tname = tpy_type_of(v)->name;
    if (tpy_num_spec_parse(spec, n, '>', 'd', tname, &ps, &err) != TPY_NUM_OK)
        return raise_num(vm, &err, &b), NULL;
    int rc;
    if (tpy_int_is_word(v)) {
        rc = tpy_num_format_int64(&b, ((tpy_int *)v)->value, &ps, tname, &err);
    } else {
        mpz_t view;
        mp_limb_t scratch[2];
        tpy_int_view(v, view, scratch);
        tpy_obj_heap *prev = tpy_gmp_enter(vm);
        rc = tpy_num_format_mpz(&b, view, &ps, tname, vm->max_str_digits, &err);
        tpy_gmp_leave(prev);
    }
    if (rc != TPY_NUM_OK)
        return raise_num(vm, &err, &b), NULL;
    return tpy_num_buf_to_str(vm, &b);
}

static tpy_object *format_float(tpy_vm *vm, tpy_object *v, const char *spec, size_t n)
{
    tpy_num_error err = TPY_NUM_ERROR_INIT;
    tpy_num_buf b = TPY_NUM_BUF_INIT;
    tpy_num_spec ps;
    const char *tname = tpy_type_of(v)->name;
    if (tpy_num_spec_parse(spec, n, '>', 0, tname, &ps, &err) != TPY_NUM_OK
        || tpy_num_format_double(&b, tpy_float_value(v), &ps, tname, &err) != TPY_NUM_OK)
        return raise_num(vm, &err, &b), NULL;
    return tpy_num_buf_to_str(vm, &b);
}

/* The result goes through the code-point builder, not UTF-8 decoding, so
 * that a str holding lone surrogates formats to itself. */
static tpy_object *format_str(tpy_vm *vm, tpy_object *v, const char *spec, size_t n)
{
    tpy_num_error err = TPY_NUM_ERROR_INIT;
    tpy_num_buf b = TPY_NUM_BUF_INIT;
    tpy_num_spec ps;
    size_t len;
    const char *text = tpy_str_utf8(vm, v, &len);
    if (!text)
        return NULL;
    if (tpy_num_spec_parse(spec, n, '<', 's', tpy_type_of(v)->name, &ps, &err) != TPY_NUM_OK
        || tpy_num_format_str(&b, text, len, &ps, tpy_type_of(v)->name, &err) != TPY_NUM_OK)
        return raise_num(vm, &err, &b), NULL;
    tpy_ubuf u;
    tpy_ubuf_init(&u, vm);
    int rc = tpy_ubuf_put_utf8(&u, b.data ? b.data : "", b.len);
    tpy_num_buf_free(&b);
    if (rc < 0) {
        tpy_ubuf_free(&u);
        return NULL;
    }
    return tpy_ubuf_finish(&u);
}

typedef tpy_object *(*formatter)(tpy_vm *, tpy_object *, const char *, size_t);

/* An empty spec means str(value) for every builtin formatter (so
 * format(True, '') is 'True' while format(True, 'd') is '1'). */
static tpy_object *run_formatter(tpy_vm *vm, formatter f, tpy_object *v, tpy_object *spec)
{
    if (!spec || tpy_str_len(spec) == 0)
        return tpy_str(vm, v);
    size_t n;
    const char *s = tpy_str_utf8(vm, spec, &n);
    return s ? f(vm, v, s, n) : NULL;
}

/* ---- the __format__ methods ------------------------------------------------------------------- */

static tpy_object *format_method_spec(tpy_vm *vm, const char *qualname, tpy_object *const *args,
                                      size_t nargs, tpy_object *kwnames)
{
    if (tpy_arg_one(vm, qualname, nargs, kwnames) < 0)
        return NULL;
    if (!tpy_str_check(args[0]))
        return tpy_err_format(vm, &tpy_exc_TypeError, "__format__() argument must be str, not %s",
                              tpy_type_of(args[0])->name);
    return args[0];
}

tpy_object *tpy_int_format_method(tpy_vm *vm, tpy_object *self, tpy_object *const *args,
                                  size_t nargs, tpy_object *kwnames)
{
    tpy_object *spec = format_method_spec(vm, "int.__format__", args, nargs, kwnames);
    return spec ? run_formatter(vm, format_int, self, spec) : NULL;
}

tpy_object *tpy_float_format_method(tpy_vm *vm, tpy_object *self, tpy_object *const *args,
                                    size_t nargs, tpy_object *kwnames)
{
    tpy_object *spec = format_method_spec(vm, "float.__format__", args, nargs, kwnames);
    return spec ? run_formatter(vm, format_float, self, spec) : NULL;
}

tpy_object *tpy_str_format_method(tpy_vm *vm, tpy_object *self, tpy_object *const *args,
                                  size_t nargs, tpy_object *kwnames)
{
    tpy_object *spec = format_method_spec(vm, "str.__format__", args, nargs, kwnames);
    return spec ? run_formatter(vm, format_str, self, spec) : NULL;
}

/* object.__format__: str(self) for an empty spec, an error otherwise
 * (a spec means nothing to an object that does not define __format__). */
tpy_object *tpy_object_format_method(tpy_vm *vm, tpy_object *self, tpy_object *const *args,
                                     size_t nargs, tpy_object *kwnames)
{
    tpy_object *spec = format_method_spec(vm, "object.__format__", args, nargs, kwnames);
    if (!spec)
        return NULL;
    if (tpy_str_len(spec) > 0)
        return tpy_err_format(vm, &tpy_exc_TypeError,
                              "unsupported format string passed to %s.__format__",
                              tpy_type_of(self)->name);
    return tpy_str(vm, self);
}

/* ---- format() ------------------------------------------------------------------------------------ */

/* type(value).__format__(value, spec), looked up on the type as special
 * methods are, so an instance attribute cannot stand in for it. */
static tpy_object *call_dunder_format(tpy_vm *vm, tpy_object *value, tpy_object *spec)
{
    tpy_type *t = tpy_type_of(value);
    tpy_object *name = tpy_str_intern_c(vm, "__format__");
    if (!name)
        return NULL;
    tpy_object *meth = tpy_type_lookup(vm, t, name);
    tpy_decref(vm, name);
    if (!meth)
        return tpy_err_format(vm, &tpy_exc_TypeError, "Type %s doesn't define __format__", t->name);
    tpy_object *bound = tpy_type_of(meth)->descr_get
                            ? tpy_type_of(meth)->descr_get(vm, meth, value, &t->ob)
                            : tpy_newref(meth);
    if (!bound)
        return NULL;
    tpy_object *r = tpy_call(vm, bound, &spec, 1, NULL);
    tpy_decref(vm, bound);
    if (r && !tpy_str_check(r)) {
        tpy_err_format(vm, &tpy_exc_TypeError, "__format__ must return a str, not %s",
                       tpy_type_of(r)->name);
        TPY_CLEAR(vm, r);
    }
    return r;
}

tpy_object *tpy_format(tpy_vm *vm, tpy_object *value, tpy_object *spec)
{
    tpy_type *t = tpy_type_of(value);
    bool empty = !spec || tpy_str_len(spec) == 0;
    if (empty && (t == &tpy_str_type || t == &tpy_int_type))
        return tpy_str(vm, value);
    /* The exact builtin types skip the method lookup: f-strings format
     * ints, floats and strs far more often than anything else. */
    if (t == &tpy_int_type)
        return run_formatter(vm, format_int, value, spec);
    if (t == &tpy_float_type)
        return run_formatter(vm, format_float, value, spec);
    if (t == &tpy_str_type)
        return run_formatter(vm, format_str, value, spec);
    if (!spec)
        spec = vm->empty_str;
    return call_dunder_format(vm, value, spec);
}

/* ---- conversions: ascii(), !r !s !a --------------------------------------------------------------- */

/* repr(o) with every non-ASCII code point escaped (\xNN, \uNNNN,
 * \UNNNNNNNN), as CPython's PyObject_ASCII. */
tpy_object *tpy_ascii(tpy_vm *vm, tpy_object *o)
{
    tpy_object *r = tpy_repr(vm, o);
    if (!r || ((tpy_strobj *)r)->ascii)
        return r;
    tpy_ubuf b;
    tpy_ubuf_init(&b, vm);
    int rc = 0;
    for (intptr_t i = 0; rc == 0 && i < tpy_str_len(r); i++) {
        uint32_t c = tpy_str_at(r, i);
        char esc[12];
        if (c < 128)
            rc = tpy_ubuf_put(&b, c);
        else {
            if (c < 0x100)
                snprintf(esc, sizeof esc, "\\x%02x", c);
            else if (c < 0x10000)
                snprintf(esc, sizeof esc, "\\u%04x", c);
            else
                snprintf(esc, sizeof esc, "\\U%08x", c);
            rc = tpy_ubuf_put_ascii(&b, esc);
        }
    }
    tpy_decref(vm, r);
    if (rc < 0) {
        tpy_ubuf_free(&b);
        return NULL;
    }
    return tpy_ubuf_finish(&b);
}

tpy_object *tpy_str_format_conversion(tpy_vm *vm, tpy_object *value, int conv)
{
    switch (conv) {
    case 0: return tpy_newref(value);
    case 's': return tpy_str(vm, value);
    case 'r': return tpy_repr(vm, value);
    case 'a': return tpy_ascii(vm, value);
    default:
        if (conv > 32 && conv < 127)
            return tpy_err_format(vm, &tpy_exc_ValueError, "Unknown conversion specifier %c", conv);
        return tpy_err_format(vm, &tpy_exc_ValueError, "Unknown conversion specifier \\x%x",
                              (unsigned)conv);
    }
}

/* ---- str.format: the replacement-field grammar ----------------------------------------------------- */

/* A piece [start, end) of the format string. */
typedef struct span {
    intptr_t start, end;
} span;

/* One call's state: its arguments and the numbering mode, which nested
 * fields in format specs share. */
typedef struct fmt_ctx {
    tpy_vm *vm;
    tpy_object *fmt;
    tpy_object *args;       /* tuple; NULL for format_map */
    tpy_object *kwargs;     /* mapping or NULL */
    enum { NUM_INIT, NUM_AUTO, NUM_MANUAL } numbering;
    intptr_t next_auto;
} fmt_ctx;

static uint32_t at(const fmt_ctx *c, intptr_t i)
{
    return tpy_str_at(c->fmt, i);
}

static int value_error(fmt_ctx *c, const char *msg)
{
    tpy_err_set(c->vm, &tpy_exc_ValueError, msg);
    return -1;
}

/* A field name part made only of decimal digits is an index: its value,
 * -1 when it is not a number, -2 on overflow (ValueError set). */
static intptr_t field_index(fmt_ctx *c, span s)
{
    if (s.start >= s.end)
        return -1;
    intptr_t acc = 0;
    for (intptr_t i = s.start; i < s.end; i++) {
        int d = tpy_unicode_decimal(at(c, i));
        if (d < 0)
            return -1;
        if (acc > (INTPTR_MAX - d) / 10) {
            value_error(c, "Too many decimal digits in format string");
            return -2;
        }
        acc = acc * 10 + d;
    }
    return acc;
}

/* '{}' and '{0}' cannot be mixed in one call. */
static int check_numbering(fmt_ctx *c, bool empty_name)
{
    if (c->numbering == NUM_INIT)
        c->numbering = empty_name ? NUM_AUTO : NUM_MANUAL;
    if (c->numbering == NUM_MANUAL && empty_name)
        return value_error(c, "cannot switch from manual field specification to automatic field "
                              "numbering");
    if (c->numbering == NUM_AUTO && !empty_name)
        return value_error(c, "cannot switch from automatic field numbering to manual field "
                              "specification");
    return 0;
}

static tpy_object *substr(fmt_ctx *c, span s)
{
    return tpy_str_substr(c->vm, c->fmt, s.start, s.end);
}

/* The object the first part of a field name names: args[i] or kwargs[name]. */
static tpy_object *first_object(fmt_ctx *c, span first)
{
    tpy_vm *vm = c->vm;
    intptr_t index = field_index(c, first);
    if (index == -2)
        return NULL;
    bool empty = first.start >= first.end;
    if (empty || index >= 0) {
        if (check_numbering(c, empty) < 0)
            return NULL;
        if (empty)
            index = c->next_auto++;
    }
    if (index < 0) {
        tpy_object *key = substr(c, first);
        if (!key)
            return NULL;
        tpy_object *r = NULL;
        if (!c->kwargs)
            tpy_err_set_object(vm, &tpy_exc_KeyError, key);
        else
            r = tpy_getitem(vm, c->kwargs, key);
        tpy_decref(vm, key);
        return r;
    }
    if (!c->args)
        return value_error(c, "Format string contains positional fields"), NULL;
    if (index >= tpy_tuple_len(c->args))
        return tpy_err_format(vm, &tpy_exc_IndexError,
                              "Replacement index %zd out of range for positional args tuple",
                              index);
    return tpy_newref(tpy_tuple_get(c->args, index));
}

/* `.name` or `[key]` after the first part; *pos moves past it. */
static tpy_object *follow_part(fmt_ctx *c, tpy_object *obj, intptr_t *pos, intptr_t end)
{
    tpy_vm *vm = c->vm;
    uint32_t kind = at(c, (*pos)++);
    span name = {*pos, *pos};
    if (kind == '.') {
        while (name.end < end && at(c, name.end) != '.' && at(c, name.end) != '[')
            name.end++;
        *pos = name.end;
    } else if (kind == '[') {
        while (name.end < end && at(c, name.end) != ']')
            name.end++;
        if (name.end >= end)
            return value_error(c, "Missing ']' in format string"), NULL;
        *pos = name.end + 1;
    } else {
        return value_error(c, "Only '.' or '[' may follow ']' in format field specifier"), NULL;
    }
    intptr_t index = kind == '[' ? field_index(c, name) : -1;
    if (index == -2)
        return NULL;
    if (name.start == name.end)
        return value_error(c, "Empty attribute in format string"), NULL;
    tpy_object *key = index >= 0 ? tpy_int_from_i64(vm, index) : substr(c, name);
    if (!key)
        return NULL;
    tpy_object *r = kind == '.' ? tpy_getattr(vm, obj, key) : tpy_getitem(vm, obj, key);
    tpy_decref(vm, key);
    return r;
}

static tpy_object *field_object(fmt_ctx *c, span field)
{
    intptr_t i = field.start;
    while (i < field.end && at(c, i) != '.' && at(c, i) != '[')
        i++;
    tpy_object *obj = first_object(c, (span){field.start, i});
    while (obj && i < field.end) {
        tpy_object *next = follow_part(c, obj, &i, field.end);
        tpy_decref(c->vm, obj);
        obj = next;
    }
    return obj;
}

/* A parsed replacement field: name, conversion, spec. */
typedef struct field {
    span name, spec;
    uint32_t conversion;     /* 0: none */
    bool spec_has_fields;    /* the spec holds '{...}' to expand first */
} field;

/* Parse a field starting just after its '{'; *pos ends after its '}'. */
static int parse_field(fmt_ctx *c, intptr_t *pos, intptr_t end, field *f)
{
    intptr_t i = *pos;
    uint32_t ch = 0;
    *f = (field){.name = {i, i}};
    while (i < end) {
        ch = at(c, i++);
        if (ch == '{')
            return value_error(c, "unexpected '{' in field name");
        if (ch == '[') {
            while (i < end && at(c, i) != ']')
                i++;
            continue;
        }
        if (ch == '}' || ch == ':' || ch == '!')
            break;
    }
    f->name.end = i - 1;
    if (ch == '}') {
        *pos = i;
        return 0;
    }
    if (ch != '!' && ch != ':')
        return value_error(c, "expected '}' before end of string");
    if (ch == '!') {
        if (i >= end)
            return value_error(c, "end of string while looking for conversion specifier");
        f->conversion = at(c, i++);
        if (i < end) {
            ch = at(c, i++);
            if (ch == '}') {
                *pos = i;
                return 0;
            }
            if (ch != ':')
                return value_error(c, "expected ':' after conversion specifier");
        }
    }
    f->spec.start = i;
    for (int depth = 1; i < end; i++) {
        ch = at(c, i);
        if (ch == '{') {
            f->spec_has_fields = true;
            depth++;
        } else if (ch == '}' && --depth == 0) {
            f->spec.end = i;
            *pos = i + 1;
            return 0;
        }
    }
    return value_error(c, "unmatched '{' in format spec");
}

static int build(fmt_ctx *c, span s, int depth, tpy_ubuf *out);

/* The spec of a field, its own fields expanded when it has any. */
static tpy_object *field_spec(fmt_ctx *c, const field *f, int depth)
{
    if (!f->spec_has_fields)
        return substr(c, f->spec);
    tpy_ubuf b;
    tpy_ubuf_init(&b, c->vm);
    if (build(c, f->spec, depth - 1, &b) < 0) {
        tpy_ubuf_free(&b);
        return NULL;
    }
    return tpy_ubuf_finish(&b);
}

static int render_field(fmt_ctx *c, const field *f, int depth, tpy_ubuf *out)
{
    tpy_vm *vm = c->vm;
    tpy_object *obj = field_object(c, f->name);
    if (obj && f->conversion)
        TPY_SETREF(vm, obj, tpy_str_format_conversion(vm, obj, (int)f->conversion));
    if (!obj)
        return -1;
    tpy_object *spec = field_spec(c, f, depth);
    tpy_object *text = spec ? tpy_format(vm, obj, spec) : NULL;
    int rc = text ? tpy_ubuf_put_str(out, text) : -1;
    tpy_xdecref(vm, text);
    tpy_xdecref(vm, spec);
    tpy_decref(vm, obj);
    return rc;
}

/* CPython's MarkupIterator: literal text up to a brace; '{{' and '}}' are
 * literal braces; a lone '}' is an error; '{' starts a field. */
static int build(fmt_ctx *c, span s, int depth, tpy_ubuf *out)
{
    if (depth <= 0)
        return value_error(c, "Max string recursion exceeded");
    intptr_t i = s.start;
    while (i < s.end) {
        intptr_t lit = i;
        uint32_t ch = 0;
        while (i < s.end && (ch = at(c, i)) != '{' && ch != '}')
            i++;
        if (tpy_ubuf_put_sub(out, c->fmt, lit, i) < 0)
            return -1;
        if (i >= s.end)
            break;
        bool doubled = i + 1 < s.end && at(c, i + 1) == ch;
        if (ch == '}' && !doubled)
            return value_error(c, "Single '}' encountered in format string");
        if (ch == '{' && i + 1 >= s.end)
            return value_error(c, "Single '{' encountered in format string");
        if (doubled) {
            if (tpy_ubuf_put(out, ch) < 0)
                return -1;
            i += 2;
            continue;
        }
        i++;
        field f;
        if (parse_field(c, &i, s.end, &f) < 0 || render_field(c, &f, depth, out) < 0)
            return -1;
    }
    return 0;
}

tpy_object *tpy_str_format_map(tpy_vm *vm, tpy_object *fmt, tpy_object *args,
                               tpy_object *kwargs)
{
    fmt_ctx c = {.vm = vm, .fmt = fmt, .args = args, .kwargs = kwargs,
                 .numbering = NUM_INIT, .next_auto = 0};
    tpy_ubuf out;
    tpy_ubuf_init(&out, vm);
    /* Depth 2: fields may nest one level inside a spec, as CPython allows. */
    if (build(&c, (span){0, tpy_str_len(fmt)}, 2, &out) < 0) {
        tpy_ubuf_free(&out);
        return NULL;
    }
    return tpy_ubuf_finish(&out);
}

/* str.format(*args, **kwargs): the keywords become a dict only when
 * there are some. */
tpy_object *tpy_str_format_m(tpy_vm *vm, tpy_object *self, tpy_object *const *args,
                             size_t nargs, tpy_object *kwnames)
{
    tpy_object *tuple = tpy_tuple_from_array(vm, args, nargs);
    if (!tuple)
        return NULL;
    tpy_object *kw = NULL;
    size_t nkw = kwnames ? (size_t)tpy_tuple_len(kwnames) : 0;
    if (nkw) {
        kw = tpy_dict_new(vm);
        for (size_t i = 0; kw && i < nkw; i++)
            if (tpy_dict_set(vm, kw, tpy_tuple_get(kwnames, (intptr_t)i), args[nargs + i]) < 0)
                TPY_CLEAR(vm, kw);
        if (!kw) {
            tpy_decref(vm, tuple);
            return NULL;
        }
    }
    tpy_object *r = tpy_str_format_map(vm, self, tuple, kw);
    tpy_decref(vm, tuple);
    tpy_xdecref(vm, kw);
    return r;
}

tpy_object *tpy_str_format_map_m(tpy_vm *vm, tpy_object *self, tpy_object *const *args,
                                 size_t nargs, tpy_object *kwnames)
{
    if (tpy_arg_one(vm, "str.format_map", nargs, kwnames) < 0)
        return NULL;
    return tpy_str_format_map(vm, self, NULL, args[0]);
}
