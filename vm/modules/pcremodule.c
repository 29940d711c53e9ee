/* vm/modules/pcremodule.c: `_pcre`, the matching engine under the bundled
 * `re` module (lib/re.py): Debian's PCRE2 in its 32-bit form, so that a
 * subject's code units are code points and match offsets are str indices
 * with no conversion. lib/re.py translates Python's pattern syntax where
 * PCRE2's differs and builds the Pattern and Match API on top.
 *
 *   re.compile(p) ─▶ _pcre.compile(p, options) ─▶ Code (pcre2_code_32)
 *   pattern.finditer(s) ─▶ code.scan(s, pos, endpos, ALL, 0)
 *        ─▶ [(start0, end0, start1, end1, ...), ...]   (-1: group unset)
 *
 * PCRE2's memory (compiled code, match data) comes from the VM's heap
 * through a general context, as every other allocation does. A str subject
 * of 1- or 2-byte kind is widened once per scan, never per match. */
#define PCRE2_CODE_UNIT_WIDTH 32
#include <pcre2.h>
#include <string.h>

#include "abstract.h"
#include "error.h"
#include "eval.h"
#include "modules.h"
#include "refcount.h"
#include "types.h"

enum { SCAN_SEARCH, SCAN_MATCH, SCAN_FULLMATCH, SCAN_ALL };

typedef struct code_obj {
    tpy_object ob;
    pcre2_code *code;
    uint32_t groups;     /* capture groups, group 0 not counted */
} code_obj;

extern tpy_type tpy_pcre_code_type;

/* ---- memory through the VM's heap --------------------------------------------------------------- */

static void *pcre_malloc(PCRE2_SIZE n, void *heap)
{
    return tpy_obj_heap_malloc(heap, n ? n : 1);
}

static void pcre_free(void *p, void *heap)
{
    if (p)
        tpy_obj_heap_free(heap, p);
}

static pcre2_general_context *general(tpy_vm *vm)
{
    pcre2_general_context *g = pcre2_general_context_create(pcre_malloc, pcre_free, vm->heap);
    if (!g)
        tpy_err_no_memory(vm);
    return g;
}

/* ---- subjects and patterns as code points ------------------------------------------------------- */

/* The units of a str or bytes object: borrowed when the str is UCS-4,
 * else widened into *owned (free with tpy_vm_free). */
static const uint32_t *units_of(tpy_vm *vm, tpy_object *o, size_t *n, uint32_t **owned)
{
    *owned = NULL;
    if (tpy_str_check(o)) {
        tpy_strobj *s = (tpy_strobj *)o;
        *n = (size_t)s->length;
        if (s->kind == 4)
            return (const uint32_t *)s->data;
        uint32_t *w = tpy_vm_malloc(vm, (*n + 1) * sizeof *w);
        if (!w)
            return NULL;
        for (size_t i = 0; i < *n; i++)
            w[i] = s->kind == 1 ? ((const uint8_t *)s->data)[i] : ((const uint16_t *)s->data)[i];
        *owned = w;
        return w;
    }
    if (tpy_bytes_check(o)) {
        *n = (size_t)tpy_bytes_len(o);
        uint32_t *w = tpy_vm_malloc(vm, (*n + 1) * sizeof *w);
        if (!w)
            return NULL;
        for (size_t i = 0; i < *n; i++)
            w[i] = ((tpy_bytes *)o)->data[i];
        *owned = w;
        return w;
    }
    tpy_err_format(vm, &tpy_exc_TypeError, "expected string or bytes-like object, got '%s'",
                   tpy_type_of(o)->name);
    return NULL;
}

/* ---- compile(pattern, options) -------------------------------------------------------------------- */

/* re.error(msg, pattern, pos) is raised by lib/re.py from this ValueError's
 * args: (message, offset). */
static tpy_object *compile_error(tpy_vm *vm, int code, PCRE2_SIZE offset)
{
    PCRE2_UCHAR buf[256];
    char msg[256];
    int n = pcre2_get_error_message(code, buf, sizeof buf / sizeof buf[0]);
    size_t i = 0;
    for (; n > 0 && i < (size_t)n && i + 1 < sizeof msg; i++)
        msg[i] = buf[i] < 128 ? (char)buf[i] : '?';
    msg[i] = 0;
    tpy_object *m = tpy_str_from_cstr(vm, msg);
    tpy_object *off = m ? tpy_int_from_i64(vm, (int64_t)offset) : NULL;
    tpy_object *args[2] = {m, off};
    tpy_object *exc = off ? tpy_exc_new(vm, &tpy_exc_ValueError, args, 2) : NULL;
    if (exc) {
        tpy_err_set_instance(vm, exc);
        tpy_decref(vm, exc);
    }
    tpy_xdecref(vm, m);
    tpy_xdecref(vm, off);
    return NULL;
}

static tpy_object *pcre_compile(tpy_vm *vm, tpy_object *self, tpy_object *const *args,
                                size_t nargs, tpy_object *kwnames)
{
    (void)self;
    int64_t options;
    if (tpy_arg_nokw(vm, "compile", kwnames) < 0 || tpy_arg_count(vm, "compile", nargs, 2, 2) < 0
        || tpy_int_to_i64(vm, args[1], &options) < 0)
        return NULL;
    size_t n;
    uint32_t *owned;
    const uint32_t *units = units_of(vm, args[0], &n, &owned);
    if (!units)
        return NULL;
    pcre2_general_context *g = general(vm);
    pcre2_compile_context *cc = g ? pcre2_compile_context_create(g) : NULL;
    int err = 0;
    PCRE2_SIZE off = 0;
    pcre2_code *code = cc ? pcre2_compile(units, n, (uint32_t)options, &err, &off, cc) : NULL;
    pcre2_compile_context_free(cc);
    pcre2_general_context_free(g);
    tpy_vm_free(vm, owned);
    if (!code)
        return tpy_err_occurred(vm) ? NULL : compile_error(vm, err, off);
    code_obj *c = (code_obj *)tpy_alloc(vm, &tpy_pcre_code_type);
    if (!c) {
        pcre2_code_free(code);
        return NULL;
    }
    c->code = code;
    pcre2_pattern_info(code, PCRE2_INFO_CAPTURECOUNT, &c->groups);
    return &c->ob;
}

/* ---- scanning ---------------------------------------------------------------------------------- */

/* One match's offsets as a tuple (start0, end0, start1, end1, ...). */
static tpy_object *offsets_tuple(tpy_vm *vm, const PCRE2_SIZE *ov, uint32_t pairs,
                                 uint32_t groups)
{
    tpy_object *t = tpy_tuple_new(vm, 2 * ((size_t)groups + 1));
    for (uint32_t i = 0; t && i <= groups; i++)
        for (int k = 0; k < 2; k++) {
            PCRE2_SIZE v = i < pairs ? ov[2 * i + k] : PCRE2_UNSET;
            tpy_object *x = tpy_int_from_i64(vm, v == PCRE2_UNSET ? -1 : (int64_t)v);
            if (!x) {
                TPY_CLEAR(vm, t);
                break;
            }
            ((tpy_tuple *)t)->items[2 * i + k] = x;
        }
    return t;
}

static int match_failed(tpy_vm *vm, int rc)
{
    if (rc == PCRE2_ERROR_NOMEMORY)
        tpy_err_no_memory(vm);
    else
        tpy_err_format(vm, &tpy_exc_RuntimeError, "regular expression engine error %d", rc);
    return -1;
}

typedef struct scan {
    code_obj *c;
    const uint32_t *units;
    size_t end;
    pcre2_match_data *md;
    pcre2_match_context *mc;
} scan;

/* One pcre2_match at `pos`: 1 and the tuple in *out, 0 for no match, -1. */
static int match_once(tpy_vm *vm, scan *s, size_t pos, uint32_t opts, tpy_object **out)
{
    int rc = pcre2_match(s->c->code, s->units, s->end, pos, opts, s->md, s->mc);
    if (rc == PCRE2_ERROR_NOMATCH)
        return 0;
    if (rc < 0)
        return match_failed(vm, rc);
    *out = offsets_tuple(vm, pcre2_get_ovector_pointer(s->md), (uint32_t)rc, s->c->groups);
    return *out ? 1 : -1;
}

/* Every match from pos, Python 3.7's way with empty matches: after an
 * empty match at p the next one may start at p but must not be empty. */
static tpy_object *scan_all(tpy_vm *vm, scan *s, size_t pos, int64_t limit)
{
    tpy_object *list = tpy_list_new(vm, 0);
    uint32_t opts = 0;
    while (list && pos <= s->end && (limit <= 0 || tpy_list_len(list) < limit)) {
        tpy_object *m = NULL;
        int r = match_once(vm, s, pos, opts, &m);
        if (r <= 0) {
            if (r < 0)
                TPY_CLEAR(vm, list);
            break;
        }
        PCRE2_SIZE *ov = pcre2_get_ovector_pointer(s->md);
        if (tpy_list_append(vm, list, m) < 0) {
            TPY_CLEAR(vm, list);
            break;
        }
        opts = ov[0] == ov[1] ? PCRE2_NOTEMPTY_ATSTART : 0;
        pos = ov[1];
    }
    return list;
}

/* code.scan(subject, pos, endpos, mode, limit) */
static tpy_object *code_scan(tpy_vm *vm, tpy_object *self, tpy_object *const *args,
                             size_t nargs, tpy_object *kwnames)
{
    int64_t pos, endpos, mode, limit;
    if (tpy_arg_nokw(vm, "scan", kwnames) < 0 || tpy_arg_count(vm, "scan", nargs, 5, 5) < 0
        || tpy_int_to_i64(vm, args[1], &pos) < 0 || tpy_int_to_i64(vm, args[2], &endpos) < 0
        || tpy_int_to_i64(vm, args[3], &mode) < 0 || tpy_int_to_i64(vm, args[4], &limit) < 0)
        return NULL;
    scan s = {.c = (code_obj *)self};
    uint32_t *owned;
    size_t n;
    if (!(s.units = units_of(vm, args[0], &n, &owned)))
        return NULL;
    s.end = endpos < 0 ? 0 : (size_t)endpos > n ? n : (size_t)endpos;
    size_t start = pos < 0 ? 0 : (size_t)pos;
    tpy_object *result = NULL;
    pcre2_general_context *g = general(vm);
    s.md = g ? pcre2_match_data_create_from_pattern(s.c->code, g) : NULL;
    s.mc = s.md ? pcre2_match_context_create(g) : NULL;
    if (s.mc && start > s.end) {
        result = mode == SCAN_ALL ? tpy_list_new(vm, 0) : TPY_NONE;
    } else if (s.mc && mode == SCAN_ALL) {
        result = scan_all(vm, &s, start, limit);
    } else if (s.mc) {
        uint32_t opts = mode == SCAN_MATCH ? PCRE2_ANCHORED
                        : mode == SCAN_FULLMATCH ? PCRE2_ANCHORED | PCRE2_ENDANCHORED : 0;
        int r = match_once(vm, &s, start, opts, &result);
        if (r == 0)
            result = TPY_NONE;
    } else if (!tpy_err_occurred(vm)) {
        tpy_err_no_memory(vm);
    }
    pcre2_match_context_free(s.mc);
    pcre2_match_data_free(s.md);
    pcre2_general_context_free(g);
    tpy_vm_free(vm, owned);
    return result;
}

/* code.groupindex(): {name: number} of the named groups. */
static tpy_object *code_groupindex(tpy_vm *vm, tpy_object *self, tpy_object *const *args,
                                   size_t nargs, tpy_object *kwnames)
{
    (void)args;
    if (tpy_arg_none(vm, "groupindex", nargs, kwnames) < 0)
        return NULL;
    code_obj *c = (code_obj *)self;
    uint32_t count = 0, size = 0;
    PCRE2_SPTR table = NULL;
    pcre2_pattern_info(c->code, PCRE2_INFO_NAMECOUNT, &count);
    pcre2_pattern_info(c->code, PCRE2_INFO_NAMEENTRYSIZE, &size);
    pcre2_pattern_info(c->code, PCRE2_INFO_NAMETABLE, &table);
    tpy_object *d = tpy_dict_new(vm);
    for (uint32_t i = 0; d && i < count; i++) {
        PCRE2_SPTR e = table + (size_t)i * size;
        char name[128];
        size_t k = 0;
        for (; k + 1 < sizeof name && k + 1 < size && e[1 + k]; k++)
            name[k] = (char)e[1 + k];   /* group names are ASCII identifiers */
        name[k] = 0;
        tpy_object *num = tpy_int_from_i64(vm, e[0]);
        if (!num || tpy_dict_set_c(vm, d, name, num) < 0)
            TPY_CLEAR(vm, d);
        tpy_xdecref(vm, num);
    }
    return d;
}

static tpy_object *code_groups(tpy_vm *vm, tpy_object *o)
{
    return tpy_int_from_i64(vm, ((code_obj *)o)->groups);
}

static void code_destroy(tpy_obj_heap *heap, tpy_object *o)
{
    pcre2_code_free(((code_obj *)o)->code);   /* through pcre_free, into `heap` */
    tpy_obj_free(heap, o);
}

static const tpy_method_def code_methods[] = {
    {"scan", code_scan, 0, "scan(subject, pos, endpos, mode, limit): match offsets"},
    {"groupindex", code_groupindex, 0, NULL},
    {NULL, NULL, 0, NULL},
};

static const tpy_getset_def code_getsets[] = {
    {"groups", code_groups, NULL},
    {NULL, NULL, NULL},
};

tpy_type tpy_pcre_code_type = {
    .ob = TPY_STATIC_HEAD(tpy_type_type),
    .layout = {.name = "_pcre.Code", .basic_size = sizeof(code_obj), .destroy = code_destroy},
    .name = "_pcre.Code",
    .methods = code_methods,
    .getsets = code_getsets,
};

/* ---- the module -------------------------------------------------------------------------------- */

static const tpy_method_def pcre_functions[] = {
    {"compile", pcre_compile, TPY_METH_FUNCTION, "compile(pattern, options) -> Code"},
    {NULL, NULL, 0, NULL},
};

static int add_int(tpy_vm *vm, tpy_object *m, const char *name, int64_t v)
{
    tpy_object *x = tpy_int_from_i64(vm, v);
    int r = x ? tpy_dict_set_c(vm, tpy_module_dict(m), name, x) : -1;
    tpy_xdecref(vm, x);
    return r;
}

tpy_object *tpy__pcre_module_new(tpy_vm *vm)
{
    tpy_object *m = tpy_module_new(vm, "_pcre");
    if (!m)
        return NULL;
    static const struct { const char *name; int64_t v; } consts[] = {
        {"CASELESS", PCRE2_CASELESS}, {"MULTILINE", PCRE2_MULTILINE},
        {"DOTALL", PCRE2_DOTALL}, {"EXTENDED", PCRE2_EXTENDED}, {"UTF", PCRE2_UTF},
        {"UCP", PCRE2_UCP}, {"MATCH_INVALID_UTF", PCRE2_MATCH_INVALID_UTF},
        {"ALT_BSUX", PCRE2_ALT_BSUX},
        {"SEARCH", SCAN_SEARCH}, {"MATCH", SCAN_MATCH}, {"FULLMATCH", SCAN_FULLMATCH},
        {"ALL", SCAN_ALL},
    };
    int r = tpy_module_add_functions(vm, m, pcre_functions);
    for (size_t i = 0; r == 0 && i < sizeof consts / sizeof consts[0]; i++)
        r = add_int(vm, m, consts[i].name, consts[i].v);
    if (r < 0)
        TPY_CLEAR(vm, m);
    return m;
}
