/* vm/modules/json_encoder.c: Python values to JSON text for the `_json`
 * module: the Encoder type (`_json.make_encoder(markers, default,
 * encoder, indent, key_separator, item_separator, sort_keys, skipkeys,
 * allow_nan)`), whose call (obj, indent_level) returns a 1-tuple holding
 * the whole text, as CPython 3.11's does.
 *
 * dict, list, tuple, str, int (int.__repr__), float (float.__repr__, or
 * NaN / Infinity / -Infinity when allow_nan), True, False and None are
 * written directly; anything else goes through default(). When markers
 * is a dict the containers being written are kept on a stack and meeting
 * one again is "Circular reference detected" (the markers dict itself is
 * left empty: the stack answers the same question without an int and a
 * dict entry per container). `indent` may also be a str, which gives the
 * layout of json.encoder's Python iterencode: newline plus indent times
 * the level. */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "abstract.h"
#include "error.h"
#include "eval.h"
#include "import.h"
#include "json_internal.h"
#include "num.h"
#include "refcount.h"
#include "types.h"
#include "vm.h"

/* make_encoder's settings. The owned references come first. */
typedef struct encoder {
    tpy_object ob;
    tpy_object *refs[6];
    bool sort_keys, skipkeys, allow_nan;
    int fast;   /* a FAST_* value */
} encoder;

enum { MARKERS, DEFAULT, ENCODER, INDENT, KEY_SEP, ITEM_SEP, NREFS };
/* How strings are written: by calling `encoder`, or by the C escapes of
 * encode_basestring_ascii / encode_basestring when it is one of those. */
enum { FAST_NONE, FAST_ASCII, FAST_UNICODE };

/* One call of an encoder: the text so far and the open containers. */
typedef struct enc {
    tpy_vm *vm;
    encoder *e;
    tpy_jwriter w;
    tpy_object **open;   /* containers being written (NULL: no circular check) */
    size_t depth, cap;
    bool check;
    intptr_t level;      /* indent level */
} enc;

static int encode_obj(enc *c, tpy_object *o);

/* ---- circular references ----------------------------------------------------------------------- */

static int enter(enc *c, tpy_object *o)
{
    if (!c->check)
        return 0;
    for (size_t k = 0; k < c->depth; k++)
        if (c->open[k] == o)
            return tpy_err_set(c->vm, &tpy_exc_ValueError, "Circular reference detected"), -1;
    if (c->depth == c->cap) {
        size_t cap = c->cap ? c->cap * 2 : 16;
        tpy_object **p = tpy_vm_realloc(c->vm, c->open, cap * sizeof *p);
        if (!p)
            return -1;
        c->open = p;
        c->cap = cap;
    }
    c->open[c->depth++] = o;
    return 0;
}

static void leave(enc *c)
{
    if (c->check)
        c->depth--;
}

/* ---- scalars ------------------------------------------------------------------------------------- */

static int put_text(enc *c, const char *s)
{
    return tpy_jw_put(&c->w, s, strlen(s));
}

/* A separator or the indent: the bytes of an ASCII str directly. */
static int put_str(enc *c, tpy_object *s)
{
    tpy_strobj *so = (tpy_strobj *)s;
    if (so->ascii)
        return tpy_jw_put(&c->w, (const char *)so->data, (size_t)so->length);
    return tpy_jw_substr(&c->w, s, 0, so->length);
}

/* A str through the encoder: the C escapes, or encoder(s). */
static int put_string(enc *c, tpy_object *s)
{
    if (c->e->fast != FAST_NONE)
        return tpy_json_put_string(&c->w, s, c->e->fast == FAST_ASCII);
    tpy_object *r = tpy_call(c->vm, c->e->refs[ENCODER], &s, 1, NULL);
    if (!r)
        return -1;
    int rc = -1;
    if (!tpy_str_check(r))
        tpy_err_format(c->vm, &tpy_exc_TypeError, "encoder() must return a string, not %s",
                       tpy_type_of(r)->name);
    else
        rc = put_str(c, r);
    tpy_decref(c->vm, r);
    return rc;
}

/* int.__repr__(o) into out (room for a word int) or, for a big int, as a
 * new str in *big. */
static int int_text(enc *c, tpy_object *o, char out[24], tpy_object **big)
{
    *big = NULL;
    if (tpy_int_is_word(o)) {
        int64_t v = ((tpy_int *)o)->value;
        uint64_t m = v < 0 ? -(uint64_t)v : (uint64_t)v;
        char digits[24];
        int n = 0;
        do {
            digits[n++] = (char)('0' + m % 10);
            m /= 10;
        } while (m);
        int k = 0;
        if (v < 0)
            out[k++] = '-';
        while (n)
            out[k++] = digits[--n];
        out[k] = 0;
        return 0;
    }
    *big = tpy_int_repr(c->vm, o);
    return *big ? 0 : -1;
}

/* float.__repr__(o), or the JavaScript names of the non-finite values
 * (a ValueError unless allow_nan). */
static int float_text(enc *c, tpy_object *o, char out[TPY_NUM_REPR_MAX])
{
    double x = tpy_float_value(o);
    if (isfinite(x)) {
        if (tpy_num_double_repr(x, out) == 0)
            return tpy_err_no_memory(c->vm), -1;
        return 0;
    }
    if (!c->e->allow_nan) {
        /* json.encoder's Python iterencode (CPython's when indenting) names the value */
        if (c->e->refs[INDENT] == TPY_NONE)
            tpy_err_set(c->vm, &tpy_exc_ValueError,
                        "Out of range float values are not JSON compliant");
        else
            tpy_err_format(c->vm, &tpy_exc_ValueError,
                           "Out of range float values are not JSON compliant: %s",
                           x > 0 ? "inf" : x < 0 ? "-inf" : "nan");
        return -1;
    }
    strcpy(out, x > 0 ? "Infinity" : x < 0 ? "-Infinity" : "NaN");
    return 0;
}

static int put_int(enc *c, tpy_object *o)
{
    char text[24];
    tpy_object *big;
    if (int_text(c, o, text, &big) < 0)
        return -1;
    if (!big)
        return put_text(c, text);
    int rc = put_str(c, big);
    tpy_decref(c->vm, big);
    return rc;
}

static int put_float(enc *c, tpy_object *o)
{
    char text[TPY_NUM_REPR_MAX];
    return float_text(c, o, text) < 0 ? -1 : put_text(c, text);
}

/* ---- containers ---------------------------------------------------------------------------------- */

/* Before the first item and after each separator: newline and indent. */
static int put_newline(enc *c)
{
    tpy_object *indent = c->e->refs[INDENT];
    if (indent == TPY_NONE)
        return 0;
    if (tpy_jw_put(&c->w, "\n", 1) < 0)
        return -1;
    for (intptr_t k = 0; k < c->level; k++)
        if (put_str(c, indent) < 0)
            return -1;
    return 0;
}

static int put_item_separator(enc *c)
{
    if (put_str(c, c->e->refs[ITEM_SEP]) < 0)
        return -1;
    return put_newline(c);
}

/* The opening bracket of a non-empty container (after the circular check). */
static int open_container(enc *c, tpy_object *o, const char *bracket)
{
    if (enter(c, o) < 0 || put_text(c, bracket) < 0)
        return -1;
    c->level++;
    return put_newline(c);
}

static int close_container(enc *c, const char *bracket)
{
    leave(c);
    c->level--;
    if (put_newline(c) < 0)
        return -1;
    return put_text(c, bracket);
}

static int encode_list(enc *c, tpy_object *seq)
{
    bool is_list = tpy_list_check(seq);
    if ((is_list ? tpy_list_len(seq) : tpy_tuple_len(seq)) == 0)
        return put_text(c, "[]");
    if (open_container(c, seq, "[") < 0)
        return -1;
    /* a list is re-read at every item: default() may change it */
    for (intptr_t i = 0; i < (is_list ? tpy_list_len(seq) : tpy_tuple_len(seq)); i++) {
        if (i && put_item_separator(c) < 0)
            return -1;
        tpy_object *item = tpy_newref(is_list ? tpy_list_get(seq, i) : tpy_tuple_get(seq, i));
        int rc = encode_obj(c, item);
        tpy_decref(c->vm, item);
        if (rc < 0)
            return -1;
    }
    return close_container(c, "]");
}

/* A key's text when it is not a str: 1 with the text in `out` (or a big
 * int's str in *big), 0 to skip the key (skipkeys), -1 on error. */
static int key_text(enc *c, tpy_object *key, char out[TPY_NUM_REPR_MAX], tpy_object **big)
{
    *big = NULL;
    if (tpy_float_check(key))
        return float_text(c, key, out) < 0 ? -1 : 1;
    if (key == TPY_TRUE || key == TPY_FALSE || key == TPY_NONE) {
        strcpy(out, key == TPY_TRUE ? "true" : key == TPY_FALSE ? "false" : "null");
        return 1;
    }
    if (tpy_int_check(key))
        return int_text(c, key, out, big) < 0 ? -1 : 1;
    if (c->e->skipkeys)
        return 0;
    tpy_err_format(c->vm, &tpy_exc_TypeError,
                   "keys must be str, int, float, bool or None, not %s", tpy_type_of(key)->name);
    return -1;
}

/* A key that is not a str, as a JSON string. */
static int put_key_text(enc *c, const char *text, tpy_object *big)
{
    if (c->e->fast != FAST_NONE && !big)   /* digits, signs and letters: nothing to escape */
        return put_text(c, "\"") < 0 || put_text(c, text) < 0 ? -1 : put_text(c, "\"");
    tpy_object *s = big ? tpy_newref(big) : tpy_str_from_cstr(c->vm, text);
    int rc = s ? put_string(c, s) : -1;
    tpy_xdecref(c->vm, s);
    return rc;
}

/* key: value, after an item separator unless it is the first written. */
static int encode_member(enc *c, tpy_object *key, tpy_object *value, bool *first)
{
    char text[TPY_NUM_REPR_MAX];
    tpy_object *big = NULL;
    int kind = tpy_str_check(key) ? 2 : key_text(c, key, text, &big);
    if (kind <= 0)
        return kind;
    int rc = -1;
    if (*first || put_item_separator(c) == 0) {
        *first = false;
        rc = kind == 2 ? put_string(c, key) : put_key_text(c, text, big);
    }
    tpy_xdecref(c->vm, big);
    if (rc < 0 || put_str(c, c->e->refs[KEY_SEP]) < 0)
        return -1;
    return encode_obj(c, value);
}

static int cmp_entries(const void *a, const void *b)
{
    return tpy_str_compare(((tpy_object *const *)a)[0], ((tpy_object *const *)b)[0]);
}

/* The members of an exact dict whose keys are all exact strs, sorted by
 * key: 1 when written, 0 when the dict is not of that kind. */
static int encode_sorted_str_keys(enc *c, tpy_object *d, bool *first)
{
    intptr_t n = tpy_dict_len(d), pos = 0, k = 0;
    tpy_object *key, *value;
    while (tpy_dict_next(d, &pos, &key, &value))
        if (tpy_type_of(key) != &tpy_str_type)
            return 0;
    tpy_object **pairs = tpy_vm_malloc(c->vm, (size_t)n * 2 * sizeof *pairs);
    if (!pairs)
        return -1;
    for (pos = 0; k < n && tpy_dict_next(d, &pos, &key, &value); k++) {
        pairs[2 * k] = tpy_newref(key);
        pairs[2 * k + 1] = tpy_newref(value);
    }
    qsort(pairs, (size_t)k, 2 * sizeof *pairs, cmp_entries);
    int rc = 1;
    for (intptr_t i = 0; i < k; i++) {
        if (rc > 0 && encode_member(c, pairs[2 * i], pairs[2 * i + 1], first) < 0)
            rc = -1;
        tpy_decref(c->vm, pairs[2 * i]);
        tpy_decref(c->vm, pairs[2 * i + 1]);
    }
    tpy_vm_free(c->vm, pairs);
    return rc;
}

/* The members from list(d.items()), sorted when sort_keys. */
static int encode_items(enc *c, tpy_object *d, bool *first)
{
    tpy_object *view = tpy_call_method(c->vm, d, "items", NULL, 0);
    tpy_object *items = view ? tpy_sequence_list(c->vm, view) : NULL;
    tpy_xdecref(c->vm, view);
    if (!items || (c->e->sort_keys && tpy_list_sort(c->vm, items, NULL, false) < 0))
        goto fail;
    for (intptr_t i = 0; i < tpy_list_len(items); i++) {
        tpy_object *item = tpy_list_get(items, i);
        if (!tpy_tuple_check(item) || tpy_tuple_len(item) != 2) {
            tpy_err_set(c->vm, &tpy_exc_ValueError, "items must return 2-tuples");
            goto fail;
        }
        if (encode_member(c, tpy_tuple_get(item, 0), tpy_tuple_get(item, 1), first) < 0)
            goto fail;
    }
    tpy_decref(c->vm, items);
    return 0;
fail:
    tpy_xdecref(c->vm, items);
    return -1;
}

/* The members of an exact dict in its order, each held while written. */
static int encode_entries(enc *c, tpy_object *d, bool *first)
{
    intptr_t pos = 0;
    tpy_object *key, *value;
    while (tpy_dict_next(d, &pos, &key, &value)) {
        if (!value)
            continue;
        tpy_incref(key);
        tpy_incref(value);
        int rc = encode_member(c, key, value, first);
        tpy_decref(c->vm, key);
        tpy_decref(c->vm, value);
        if (rc < 0)
            return -1;
    }
    return 0;
}

static int encode_dict(enc *c, tpy_object *d)
{
    if (tpy_dict_len(d) == 0)
        return put_text(c, "{}");
    if (open_container(c, d, "{") < 0)
        return -1;
    bool first = true, exact = tpy_type_of(d) == &tpy_dict_type;
    int rc;
    if (exact && !c->e->sort_keys)
        rc = encode_entries(c, d, &first);
    else if (exact && (rc = encode_sorted_str_keys(c, d, &first)) != 0)
        rc = rc < 0 ? -1 : 0;
    else
        rc = encode_items(c, d, &first);
    return rc < 0 ? -1 : close_container(c, "}");
}

/* ---- any value ----------------------------------------------------------------------------------- */

static int encode_nested(enc *c, tpy_object *o, bool dict)
{
    if (tpy_enter_recursive(c->vm, " while encoding a JSON object") < 0)
        return -1;
    int rc = dict ? encode_dict(c, o) : encode_list(c, o);
    tpy_leave_recursive(c->vm);
    return rc;
}

/* default(o), written in o's place (o counts as open meanwhile). */
static int encode_default(enc *c, tpy_object *o)
{
    if (enter(c, o) < 0)
        return -1;
    tpy_object *r = tpy_call(c->vm, c->e->refs[DEFAULT], &o, 1, NULL);
    if (!r)
        return -1;
    int rc = -1;
    if (tpy_enter_recursive(c->vm, " while encoding a JSON object") == 0) {
        rc = encode_obj(c, r);
        tpy_leave_recursive(c->vm);
    }
    tpy_decref(c->vm, r);
    if (rc == 0)
        leave(c);
    return rc;
}

static int encode_obj(enc *c, tpy_object *o)
{
    if (o == TPY_NONE)
        return put_text(c, "null");
    if (o == TPY_TRUE)
        return put_text(c, "true");
    if (o == TPY_FALSE)
        return put_text(c, "false");
    if (tpy_str_check(o))
        return put_string(c, o);
    if (tpy_int_check(o))
        return put_int(c, o);
    if (tpy_float_check(o))
        return put_float(c, o);
    if (tpy_list_check(o) || tpy_tuple_check(o))
        return encode_nested(c, o, false);
    if (tpy_dict_check(o))
        return encode_nested(c, o, true);
    return encode_default(c, o);
}

static tpy_object *encoder_call(tpy_vm *vm, tpy_object *self, tpy_object *const *args,
                                size_t nargs, tpy_object *kwnames)
{
    static const char *const names[] = {"obj", "_current_indent_level", NULL};
    tpy_object *o[2] = {NULL, NULL};
    if (tpy_arg_parse(vm, "_iterencode", args, nargs, kwnames, names, 0, 2, o) < 0)
        return NULL;
    intptr_t level = tpy_index_ssize(vm, o[1], &tpy_exc_OverflowError);
    if (level == -1 && tpy_err_occurred(vm))
        return NULL;
    encoder *e = (encoder *)self;
    enc c = {.vm = vm, .e = e, .check = e->refs[MARKERS] != TPY_NONE, .level = level};
    tpy_jw_init(&c.w, vm);
    int rc = encode_obj(&c, o[0]);
    if (c.open)
        tpy_vm_free(vm, c.open);
    if (rc < 0) {
        tpy_jw_free(&c.w);
        return NULL;
    }
    tpy_object *text = tpy_jw_finish(&c.w);
    tpy_object *r = text ? tpy_tuple_new(vm, 1) : NULL;
    if (!r) {
        tpy_xdecref(vm, text);
        return NULL;
    }
    ((tpy_tuple *)r)->items[0] = text;
    return r;
}

/* ---- make_encoder(...) ----------------------------------------------------------------------------- */

/* Which C escapes `fn` stands for: it is one of _json's own functions. */
static int fast_kind(tpy_vm *vm, tpy_object *fn)
{
    tpy_object *mod = tpy_import_module(vm, "_json");
    if (!mod)
        return tpy_err_clear(vm), FAST_NONE;
    tpy_object *d = tpy_module_dict(mod);
    int kind = FAST_NONE;
    tpy_object *ascii = tpy_str_intern_static(vm, "encode_basestring_ascii");
    tpy_object *uni = tpy_str_intern_static(vm, "encode_basestring");
    if (ascii && fn == tpy_dict_get_str(vm, d, ascii))
        kind = FAST_ASCII;
    else if (uni && fn == tpy_dict_get_str(vm, d, uni))
        kind = FAST_UNICODE;
    tpy_err_clear(vm);
    tpy_decref(vm, mod);
    return kind;
}

static int check_args(tpy_vm *vm, tpy_object *const *o)
{
    if (o[MARKERS] != TPY_NONE && !tpy_dict_check(o[MARKERS]))
        return tpy_err_format(vm, &tpy_exc_TypeError,
                              "make_encoder() argument 1 must be dict or None, not %s",
                              tpy_type_of(o[MARKERS])->name), -1;
    if (o[INDENT] != TPY_NONE && !tpy_str_check(o[INDENT]))
        return tpy_err_format(vm, &tpy_exc_TypeError,
                              "make_encoder() argument 4 must be str or None, not %s",
                              tpy_type_of(o[INDENT])->name), -1;
    for (int k = KEY_SEP; k <= ITEM_SEP; k++)
        if (!tpy_str_check(o[k]))
            return tpy_err_format(vm, &tpy_exc_TypeError,
                                  "make_encoder() argument %d must be str, not %s", k + 1,
                                  tpy_type_of(o[k])->name), -1;
    return 0;
}

static tpy_object *encoder_new(tpy_vm *vm, tpy_type *t, tpy_object *const *args, size_t nargs,
                               tpy_object *kwnames)
{
    static const char *const names[] = {"markers", "default", "encoder", "indent",
                                        "key_separator", "item_separator", "sort_keys",
                                        "skipkeys", "allow_nan", NULL};
    tpy_object *o[9] = {NULL};
    if (tpy_arg_parse(vm, "make_encoder", args, nargs, kwnames, names, 0, 9, o) < 0 ||
        check_args(vm, o) < 0)
        return NULL;
    int flags[3];
    for (int k = 0; k < 3; k++)
        if ((flags[k] = tpy_is_true(vm, o[6 + k])) < 0)
            return NULL;
    int fast = fast_kind(vm, o[ENCODER]);
    encoder *e = (encoder *)tpy_alloc(vm, t);
    if (!e)
        return NULL;
    for (int k = 0; k < NREFS; k++)
        e->refs[k] = tpy_newref(o[k]);
    e->sort_keys = flags[0];
    e->skipkeys = flags[1];
    e->allow_nan = flags[2];
    e->fast = fast;
    return &e->ob;
}

static int encoder_traverse(tpy_object *o, tpy_obj_visit_fn visit, void *arg)
{
    return tpy_json_refs_traverse(((encoder *)o)->refs, NREFS, visit, arg);
}

static void encoder_clear(tpy_obj_heap *heap, tpy_object *o)
{
    tpy_json_refs_clear(heap, ((encoder *)o)->refs, NREFS);
}

static void encoder_destroy(tpy_obj_heap *heap, tpy_object *o)
{
    encoder_clear(heap, o);
    tpy_obj_free(heap, o);
}

#define REF_GETTER(name, index)                                    \
    static tpy_object *name(tpy_vm *vm, tpy_object *self)          \
    {                                                              \
        (void)vm;                                                  \
        return tpy_newref(((encoder *)self)->refs[index]);         \
    }
REF_GETTER(get_markers, MARKERS)
REF_GETTER(get_default, DEFAULT)
REF_GETTER(get_encoder, ENCODER)
REF_GETTER(get_indent, INDENT)
REF_GETTER(get_key_sep, KEY_SEP)
REF_GETTER(get_item_sep, ITEM_SEP)

#define FLAG_GETTER(name, field)                                   \
    static tpy_object *name(tpy_vm *vm, tpy_object *self)          \
    {                                                              \
        (void)vm;                                                  \
        return tpy_newref(tpy_bool(((encoder *)self)->field));     \
    }
FLAG_GETTER(get_sort_keys, sort_keys)
FLAG_GETTER(get_skipkeys, skipkeys)

static const tpy_getset_def encoder_getsets[] = {
    {"markers", get_markers, NULL},
    {"default", get_default, NULL},
    {"encoder", get_encoder, NULL},
    {"indent", get_indent, NULL},
    {"key_separator", get_key_sep, NULL},
    {"item_separator", get_item_sep, NULL},
    {"sort_keys", get_sort_keys, NULL},
    {"skipkeys", get_skipkeys, NULL},
    {NULL, NULL, NULL},
};

tpy_type tpy_json_encoder_type = {
    .ob = TPY_STATIC_HEAD(tpy_type_type),
    .layout = {.name = "_json.Encoder", .basic_size = sizeof(encoder), .flags = TPY_OBJ_CONTAINER,
               .destroy = encoder_destroy, .traverse = encoder_traverse,
               .clear = encoder_clear},
    .name = "_json.Encoder",
    .new_ = encoder_new,
    .call = encoder_call,
    .getsets = encoder_getsets,
};
