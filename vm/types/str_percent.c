/* vm/types/str_percent.c: printf-style formatting, `str % args` and
 * `bytes % args`.
 *
 * The argument rules are CPython's (Objects/unicodeobject.c,
 * PyUnicode_Format): a tuple supplies one argument per conversion; any
 * other object is a single argument; an object with __getitem__ that is
 * neither a tuple nor a str may also serve `%(key)s` lookups, and then
 * unused arguments are not an error ('' % [1] is ''). vm/num parses each
 * conversion spec and lays out numbers; this file fetches arguments,
 * converts them, and pads text. */
#include <string.h>

#include "abstract.h"
#include "error.h"
#include "numglue.h"
#include "refcount.h"
#include "str_build.h"
#include "types.h"
#include "vm.h"

tpy_object *tpy_ascii(tpy_vm *vm, tpy_object *o);

/* ---- the argument cursor ---------------------------------------------------------------------------- */

typedef struct pct_args {
    tpy_vm *vm;
    tpy_object *args;      /* the current argument source (borrowed or `owned`) */
    tpy_object *owned;     /* a value looked up by %(key): owned here */
    tpy_object *mapping;   /* args when it may serve %(key), else NULL */
    intptr_t len, next;    /* a tuple: its length and next index; one object: -1, -2 */
} pct_args;

/* `is_str_like`: args is text of the format's own kind (str for str %,
 * str or bytes for bytes %), which cannot serve %(key) lookups. */
static void args_init(pct_args *a, tpy_vm *vm, tpy_object *args, bool is_str_like)
{
    *a = (pct_args){.vm = vm, .args = args};
    const tpy_container_slots *cs = tpy_type_of(args)->container;
    bool tuple = tpy_tuple_check(args);
    if (cs && cs->getitem && !tuple && !is_str_like)
        a->mapping = args;
    a->len = tuple ? tpy_tuple_len(args) : -1;
    a->next = tuple ? 0 : -2;
}

/* The next argument (borrowed), or NULL with "not enough arguments". */
static tpy_object *args_next(pct_args *a)
{
    if (a->next < a->len) {
        intptr_t i = a->next++;
        return a->len < 0 ? a->args : tpy_tuple_get(a->args, i);
    }
    return tpy_err_set(a->vm, &tpy_exc_TypeError, "not enough arguments for format string"), NULL;
}

/* %(key): the mapping's value becomes the single argument. */
static int args_use_key(pct_args *a, tpy_object *key)
{
    if (!a->mapping) {
        tpy_err_set(a->vm, &tpy_exc_TypeError, "format requires a mapping");
        return -1;
    }
    tpy_object *v = tpy_getitem(a->vm, a->mapping, key);
    if (!v)
        return -1;
    TPY_SETREF(a->vm, a->owned, v);
    a->args = v;
    a->len = -1;
    a->next = -2;
    return 0;
}

static int args_finish(pct_args *a, bool bytes)
{
    bool unused = a->next < a->len && !a->mapping;
    TPY_CLEAR(a->vm, a->owned);
    if (unused) {
        tpy_err_format(a->vm, &tpy_exc_TypeError,
                       "not all arguments converted during %s formatting", bytes ? "bytes" : "string");
        return -1;
    }
    return 0;
}

/* A `*` width or precision. */
static int star_value(pct_args *a, tpy_num_pct_spec *spec, bool is_width)
{
    tpy_object *v = args_next(a);
    if (!v)
        return -1;
    if (!tpy_int_check(v)) {
        tpy_err_set(a->vm, &tpy_exc_TypeError, "* wants int");
        return -1;
    }
    int64_t n;
    if (tpy_int_to_i64(a->vm, v, &n) < 0)
        return -1;
    tpy_num_pct_set_star(spec, is_width, n);
    return 0;
}

/* ---- converting one argument ------------------------------------------------------------------------- */

static bool is_number(tpy_object *o)
{
    const tpy_number_slots *n = tpy_type_of(o)->number;
    return n && (n->index || n->to_int || n->to_float);
}

/* The int a %d/%x/... conversion formats (new reference), or NULL with
 * CPython's "%x format: an integer is required, not float". */
static tpy_object *int_operand(tpy_vm *vm, tpy_object *v, uint32_t conv)
{
    bool needs_index = conv == 'o' || conv == 'x' || conv == 'X';
    if (tpy_int_check(v))
        return tpy_newref(v);
    tpy_object *r = NULL;
    if (is_number(v)) {
        r = needs_index ? tpy_index(vm, v) : tpy_number_int(vm, v);
        if (r || !tpy_err_matches(vm, &tpy_exc_TypeError))
            return r;
        tpy_err_clear(vm);
    }
    return tpy_err_format(vm, &tpy_exc_TypeError, "%%%c format: %s is required, not %s", (int)conv,
                          needs_index ? "an integer" : "a real number", tpy_type_of(v)->name);
}

/* PyFloat_AsDouble: a float, or anything with __float__ or __index__. */
static int float_operand(tpy_vm *vm, tpy_object *v, double *out)
{
    if (tpy_float_check(v)) {
        *out = tpy_float_value(v);
        return 0;
    }
    if (tpy_int_check(v))
        return tpy_int_to_double(vm, v, out);
    const tpy_number_slots *n = tpy_type_of(v)->number;
    if (!n || !(n->to_float || n->index)) {
        tpy_err_format(vm, &tpy_exc_TypeError, "must be real number, not %s", tpy_type_of(v)->name);
        return -1;
    }
    tpy_object *f = tpy_number_float(vm, v);
    if (!f)
        return -1;
    *out = tpy_float_value(f);
    tpy_decref(vm, f);
    return 0;
}

static int format_number(tpy_vm *vm, tpy_num_buf *b, tpy_object *v, const tpy_num_pct_spec *spec)
{
    tpy_num_error err = TPY_NUM_ERROR_INIT;
    uint32_t c = spec->conversion;
    int rc;
    if (c == 'e' || c == 'E' || c == 'f' || c == 'F' || c == 'g' || c == 'G') {
        double x;
        if (float_operand(vm, v, &x) < 0)
            return -1;
        rc = tpy_num_pct_double(b, x, spec, &err);
    } else {
        tpy_object *i = int_operand(vm, v, c);
        if (!i)
            return -1;
        if (tpy_int_is_word(i)) {
            rc = tpy_num_pct_int64(b, ((tpy_int *)i)->value, spec, &err);
        } else {
            mpz_t view;
            mp_limb_t scratch[2];
            tpy_int_view(i, view, scratch);
            tpy_obj_heap *prev = tpy_gmp_enter(vm);
            rc = tpy_num_pct_mpz(b, view, spec, vm->max_str_digits, &err);
            tpy_gmp_leave(prev);
        }
        tpy_decref(vm, i);
    }
    return rc == TPY_NUM_OK ? 0 : tpy_num_raise(vm, &err);
}

/* %c of a str: one character, or an int code point. */
static int char_operand(tpy_vm *vm, tpy_object *v, uint32_t *out)
{
    if (tpy_str_check(v) && tpy_str_len(v) == 1) {
        *out = tpy_str_at(v, 0);
        return 0;
    }
    if (!tpy_int_check(v)) {
        tpy_err_set(vm, &tpy_exc_TypeError, "%c requires int or char");
        return -1;
    }
    int64_t x;
    if (tpy_int_to_i64(vm, v, &x) < 0)
        tpy_err_clear(vm);
    else if (x >= 0 && x <= 0x10FFFF) {
        *out = (uint32_t)x;
        return 0;
    }
    tpy_err_set(vm, &tpy_exc_OverflowError, "%c arg not in range(0x110000)");
    return -1;
}

/* s/r/a/c output: truncated to the precision (not for %c), padded with
 * spaces to the width; signs and '0' mean nothing to text. */
static int put_text(tpy_ubuf *out, tpy_object *s, const tpy_num_pct_spec *spec)
{
    intptr_t len = tpy_str_len(s);
    if (spec->conversion != 'c' && spec->precision >= 0 && len > spec->precision)
        len = (intptr_t)spec->precision;
    size_t pad = spec->width > len ? (size_t)(spec->width - len) : 0;
    bool left = spec->flags & TPY_NUM_PCT_LJUST;
    if ((!left && tpy_ubuf_put_repeat(out, ' ', pad) < 0) || tpy_ubuf_put_sub(out, s, 0, len) < 0
        || (left && tpy_ubuf_put_repeat(out, ' ', pad) < 0))
        return -1;
    return 0;
}

static tpy_object *text_of(tpy_vm *vm, tpy_object *v, uint32_t conv)
{
    if (conv == 's')
        return tpy_str(vm, v);
    if (conv == 'r')
        return tpy_repr(vm, v);
    if (conv == 'a')
        return tpy_ascii(vm, v);
    uint32_t c;
    return char_operand(vm, v, &c) < 0 ? NULL : tpy_str_from_ucs4(vm, &c, 1);
}

/* bytes %s / %b: the bytes themselves; %r / %a: ascii(); %c: a byte. */
static tpy_object *bytes_text_of(tpy_vm *vm, tpy_object *v, uint32_t conv)
{
    if (conv == 'r' || conv == 'a')
        return tpy_ascii(vm, v);
    if (conv == 'c') {
        uint32_t c;
        if (tpy_bytes_check(v) && tpy_bytes_len(v) == 1)
            c = ((tpy_bytes *)v)->data[0];
        else if (!tpy_int_check(v))
            return tpy_err_set(vm, &tpy_exc_TypeError,
                               "%c requires an integer in range(256) or a single byte"), NULL;
        else {
            int64_t x;
            if (tpy_int_to_i64(vm, v, &x) < 0 || x < 0 || x > 255) {
                tpy_err_clear(vm);
                return tpy_err_set(vm, &tpy_exc_OverflowError, "%c arg not in range(256)"), NULL;
            }
            c = (uint32_t)x;
        }
        return tpy_str_from_ucs4(vm, &c, 1);
    }
    if (!tpy_bytes_check(v))
        return tpy_err_format(vm, &tpy_exc_TypeError,
                              "%%b requires a bytes-like object, or an object that implements "
                              "__bytes__, not '%s'", tpy_type_of(v)->name);
    /* the bytes as a latin-1 str: bytes % builds code points < 256 */
    uint32_t *cp = tpy_vm_malloc(vm, (size_t)(tpy_bytes_len(v) + 1) * sizeof *cp);
    if (!cp)
        return NULL;
    for (intptr_t i = 0; i < tpy_bytes_len(v); i++)
        cp[i] = ((tpy_bytes *)v)->data[i];
    tpy_object *r = tpy_str_from_ucs4(vm, cp, (size_t)tpy_bytes_len(v));
    tpy_vm_free(vm, cp);
    return r;
}

/* ---- str % args ---------------------------------------------------------------------------------------- */

typedef struct pct_fmt {
    tpy_vm *vm;
    bool bytes;        /* bytes %: keys are bytes, %s takes bytes */
    const char *s;     /* the format string's UTF-8 */
    size_t n, pos;     /* pos: a byte offset into s */
} pct_fmt;

/* The code-point index of byte offset `pos`, for error messages. */
static intptr_t cp_index(const pct_fmt *f, size_t pos)
{
    return (intptr_t)tpy_num_utf8_count(f->s, pos);
}

/* The bytes whose latin-1 text is the UTF-8 s[0:n] (a bytes format is
 * parsed as the latin-1 str of its bytes). */
static tpy_object *latin1_bytes(tpy_vm *vm, const char *s, size_t n)
{
    tpy_ubuf u;
    tpy_ubuf_init(&u, vm);
    if (tpy_ubuf_put_utf8(&u, s, n) < 0) {
        tpy_ubuf_free(&u);
        return NULL;
    }
    tpy_object *r = tpy_bytes_from(vm, NULL, u.n);
    for (size_t i = 0; r && i < u.n; i++)
        ((tpy_bytes *)r)->data[i] = (unsigned char)u.p[i];
    tpy_ubuf_free(&u);
    return r;
}

/* %(key): the key runs to the matching ')', nested parentheses allowed. */
static int read_key(pct_fmt *f, pct_args *a)
{
    size_t start = ++f->pos;
    int depth = 1;
    while (f->pos < f->n && depth > 0) {
        char ch = f->s[f->pos++];
        depth += ch == '(' ? 1 : ch == ')' ? -1 : 0;
    }
    if (depth > 0) {
        tpy_err_set(f->vm, &tpy_exc_ValueError, "incomplete format key");
        return -1;
    }
    tpy_object *key = f->bytes ? latin1_bytes(f->vm, f->s + start, f->pos - start - 1)
                               : tpy_str_from_utf8(f->vm, f->s + start, f->pos - start - 1);
    if (!key)
        return -1;
    int rc = args_use_key(a, key);
    tpy_decref(f->vm, key);
    return rc;
}

static int unsupported(pct_fmt *f, uint32_t c, size_t conv_pos)
{
    tpy_err_format(f->vm, &tpy_exc_ValueError,
                   "unsupported format character '%c' (0x%x) at index %zd",
                   c >= 32 && c <= 126 ? (int)c : '?', (unsigned)c, cp_index(f, conv_pos));
    return -1;
}

/* One conversion, f->pos just after its '%'. */
static int one_conversion(pct_fmt *f, pct_args *a, tpy_ubuf *out)
{
    tpy_vm *vm = f->vm;
    if (f->s[f->pos] == '%') {
        f->pos++;
        return tpy_ubuf_put(out, '%');
    }
    if (f->s[f->pos] == '(' && read_key(f, a) < 0)
        return -1;
    tpy_num_pct_spec spec;
    tpy_num_error err = TPY_NUM_ERROR_INIT;
    if (tpy_num_pct_parse(f->s, f->n, &f->pos, &spec, &err) != TPY_NUM_OK)
        return tpy_num_raise(vm, &err);
    size_t conv_pos = f->pos - 1;
    while (conv_pos > 0 && ((unsigned char)f->s[conv_pos] & 0xC0) == 0x80)
        conv_pos--;   /* back to the first byte of a non-ASCII conversion character */
    if ((spec.width_star && star_value(a, &spec, true) < 0)
        || (spec.precision_star && star_value(a, &spec, false) < 0))
        return -1;
    tpy_object *v = args_next(a);
    if (!v)
        return -1;
    uint32_t c = spec.conversion;
    if (c == 's' || c == 'r' || c == 'a' || c == 'c' || (f->bytes && c == 'b')) {
        tpy_object *text = f->bytes ? bytes_text_of(vm, v, c) : text_of(vm, v, c);
        int rc = text ? put_text(out, text, &spec) : -1;
        tpy_xdecref(vm, text);
        return rc;
    }
    if (c == 0 || c >= 128 || !strchr("diuoxXeEfFgG", (int)c))
        return unsupported(f, c, conv_pos);
    tpy_num_buf b = TPY_NUM_BUF_INIT;
    int rc = format_number(vm, &b, v, &spec);
    if (rc == 0)
        rc = tpy_ubuf_put_utf8(out, b.data ? b.data : "", b.len);
    tpy_num_buf_free(&b);
    return rc;
}

/* The formatting loop over the UTF-8 of a format; the result's code
 * points land in `out`. */
static int percent(pct_fmt *f, tpy_object *args, bool args_is_text, tpy_ubuf *out)
{
    pct_args a;
    args_init(&a, f->vm, args, args_is_text);
    int rc = 0;
    while (rc == 0 && f->pos < f->n) {
        const char *pct = memchr(f->s + f->pos, '%', f->n - f->pos);
        size_t lit_end = pct ? (size_t)(pct - f->s) : f->n;
        rc = tpy_ubuf_put_utf8(out, f->s + f->pos, lit_end - f->pos);
        f->pos = lit_end;
        if (rc == 0 && pct) {
            f->pos++;
            if (f->pos >= f->n) {
                tpy_err_set(f->vm, &tpy_exc_ValueError, "incomplete format");
                rc = -1;
            } else {
                rc = one_conversion(f, &a, out);
            }
        }
    }
    if (rc < 0) {
        TPY_CLEAR(f->vm, a.owned);
        return -1;
    }
    return args_finish(&a, f->bytes);
}

tpy_object *tpy_str_percent(tpy_vm *vm, tpy_object *fmt, tpy_object *args)
{
    pct_fmt f = {.vm = vm};
    f.s = tpy_str_utf8(vm, fmt, &f.n);
    if (!f.s)
        return NULL;
    tpy_ubuf out;
    tpy_ubuf_init(&out, vm);
    if (percent(&f, args, tpy_str_check(args), &out) < 0) {
        tpy_ubuf_free(&out);
        return NULL;
    }
    return tpy_ubuf_finish(&out);
}

/* bytes % args: the format is read as the latin-1 str of its bytes, so
 * the same parser serves; every code point of the result is < 256. */
tpy_object *tpy_bytes_percent(tpy_vm *vm, tpy_object *fmt, tpy_object *args)
{
    uint32_t *cp = tpy_vm_malloc(vm, (size_t)(tpy_bytes_len(fmt) + 1) * sizeof *cp);
    if (!cp)
        return NULL;
    for (intptr_t i = 0; i < tpy_bytes_len(fmt); i++)
        cp[i] = ((tpy_bytes *)fmt)->data[i];
    tpy_object *text = tpy_str_from_ucs4(vm, cp, (size_t)tpy_bytes_len(fmt));
    tpy_vm_free(vm, cp);
    if (!text)
        return NULL;
    pct_fmt f = {.vm = vm, .bytes = true};
    f.s = tpy_str_utf8(vm, text, &f.n);
    tpy_ubuf out;
    tpy_ubuf_init(&out, vm);
    int rc = f.s ? percent(&f, args, tpy_str_check(args) || tpy_bytes_check(args), &out) : -1;
    tpy_decref(vm, text);
    tpy_object *r = rc == 0 ? tpy_bytes_from(vm, NULL, out.n) : NULL;
    for (size_t i = 0; r && i < out.n; i++)
        ((tpy_bytes *)r)->data[i] = (unsigned char)out.p[i];
    tpy_ubuf_free(&out);
    return r;
}
