/* vm/eval/code.c: runtime code objects, made from the compiler's code
 * units (vm/compile/code.h).
 *
 * A code unit is plain C in an arena; its code object owns VM objects:
 * constants materialized (ints, floats, strs interned when they look like
 * identifiers, bytes, tuples, nested code objects), names interned, and a
 * private copy of the instructions that the specializer rewrites in place.
 * The line and exception tables keep the unit's encoding. */
#include <string.h>

#include "abstract.h"
#include "error.h"
#include "eval.h"
#include "linetable.h"
#include "refcount.h"
#include "types.h"
#include "complex.h"
#include "vm.h"

#define CO(o) ((tpy_codeobj *)(o))

/* CPython interns constant strings made only of name characters. */
static bool looks_like_identifier(const char *s, uint32_t n)
{
    for (uint32_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (!(c == '_' || (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z')))
            return false;
    }
    return true;
}

/* Whether UTF-8 text holds a lone surrogate (ED A0..BF ..): str constants
 * are UTF-8 as CPython's surrogatepass writes it ("\udcff" in a literal),
 * which the verifier allows and the strict decoder does not. */
static bool has_surrogate(const char *s, uint32_t n)
{
    for (uint32_t i = 0; i + 1 < n; i++)
        if ((unsigned char)s[i] == 0xed && (unsigned char)s[i + 1] >= 0xa0)
            return true;
    return false;
}

/* A str constant with lone surrogates, decoded surrogatepass-style (the
 * verifier has checked that the text is well formed). */
static tpy_object *str_with_surrogates(tpy_vm *vm, const char *s, uint32_t n)
{
    uint32_t *cps = tpy_vm_malloc(vm, (size_t)n * sizeof *cps);
    if (!cps)
        return NULL;
    const unsigned char *u = (const unsigned char *)s;
    size_t count = 0;
    for (uint32_t i = 0; i < n; count++) {
        unsigned c = u[i];
        int more = c < 0x80 ? 0 : c < 0xe0 ? 1 : c < 0xf0 ? 2 : 3;
        uint32_t cp = more ? c & (0x3fu >> more) : c;
        for (int k = 1; k <= more && i + (uint32_t)k < n; k++)
            cp = cp << 6 | (u[i + (uint32_t)k] & 0x3f);
        cps[count] = cp;
        i += 1u + (uint32_t)more;
    }
    tpy_object *o = tpy_str_from_ucs4(vm, cps, count);
    tpy_vm_free(vm, cps);
    return o;
}

static tpy_object *str_const(tpy_vm *vm, const char *s, uint32_t n)
{
    if (has_surrogate(s, n))
        return str_with_surrogates(vm, s, n);
    tpy_object *o = tpy_str_from_utf8(vm, s, n);
    if (o && looks_like_identifier(s, n))
        o = tpy_str_intern(vm, o);
    return o;
}

static tpy_object *const_object(tpy_vm *vm, const tpy_kval *k);

static tpy_object *tuple_const(tpy_vm *vm, const tpy_kval *k)
{
    tpy_object *t = tpy_tuple_new(vm, k->len);
    if (!t)
        return NULL;
    for (uint32_t i = 0; i < k->len; i++) {
        tpy_object *item = const_object(vm, &k->u.items[i]);
        if (!item) {
            /* The unfilled items are NULL; the tuple's destroy skips them. */
            tpy_decref(vm, t);
            return NULL;
        }
        ((tpy_tuple *)t)->items[i] = item;
    }
    return t;
}

static tpy_object *const_object(tpy_vm *vm, const tpy_kval *k)
{
    switch (k->kind) {
    case TPY_K_NONE: return TPY_NONE;
    case TPY_K_TRUE: return TPY_TRUE;
    case TPY_K_FALSE: return TPY_FALSE;
    case TPY_K_ELLIPSIS: return TPY_ELLIPSIS;
    case TPY_K_INT: return tpy_int_from_i64(vm, k->u.i);
    case TPY_K_BIGINT: return tpy_int_from_text(vm, k->u.s, k->len, 10, NULL);
    case TPY_K_FLOAT: return tpy_float_from_double(vm, k->u.f);
    case TPY_K_COMPLEX:
        return tpy_complex_from(vm, k->u.c.re, k->u.c.im);
    case TPY_K_STR: return str_const(vm, k->u.s, k->len);
    case TPY_K_BYTES: return tpy_bytes_from(vm, k->u.s, k->len);
    case TPY_K_TUPLE: return tuple_const(vm, k);
    case TPY_K_CODE: return tpy_code_object_new(vm, k->u.code);
    default: return tpy_err_bad_internal_call(vm, "code constant of unknown kind");
    }
}

/* Constants that cannot be made (a complex literal) stay NULL, and the
 * instruction that loads one raises then: a program that never reaches
 * the literal runs. The error is remembered by making the slot NULL. */
static int make_consts(tpy_vm *vm, tpy_codeobj *co, const tpy_code *u)
{
    co->consts = tpy_vm_malloc(vm, (u->nconsts ? u->nconsts : 1) * sizeof(tpy_object *));
    if (!co->consts)
        return -1;
    memset(co->consts, 0, (u->nconsts ? u->nconsts : 1) * sizeof(tpy_object *));
    co->nconsts = u->nconsts;
    for (uint32_t i = 0; i < u->nconsts; i++) {
        co->consts[i] = const_object(vm, &u->consts[i]);
        if (!co->consts[i]) {
            if (!tpy_err_matches(vm, &tpy_exc_NotImplementedError))
                return -1;
            tpy_err_clear(vm);
        }
    }
    return 0;
}

static tpy_object **intern_names(tpy_vm *vm, const tpy_name *names, uint32_t n)
{
    tpy_object **out = tpy_vm_malloc(vm, (n ? n : 1) * sizeof *out);
    if (!out)
        return NULL;
    memset(out, 0, (n ? n : 1) * sizeof *out);
    for (uint32_t i = 0; i < n; i++) {
        tpy_object *s = tpy_str_from_utf8(vm, names[i].s, names[i].len);
        out[i] = s ? tpy_str_intern(vm, s) : NULL;
        if (!out[i]) {
            for (uint32_t j = 0; j < i; j++)
                tpy_decref(vm, out[j]);
            tpy_vm_free(vm, out);
            return NULL;
        }
    }
    return out;
}

static void *copy_bytes(tpy_vm *vm, const void *src, size_t n)
{
    void *p = tpy_vm_malloc(vm, n ? n : 1);
    if (p && n)
        memcpy(p, src, n);
    return p;
}

static int fill_code(tpy_vm *vm, tpy_codeobj *co, const tpy_code *u)
{
    co->code = copy_bytes(vm, u->code, u->ncode * sizeof(tpy_instr));
    co->ncode = u->ncode;
    co->slotkinds = copy_bytes(vm, u->slotkinds, u->nlocals);
    co->linetable = copy_bytes(vm, u->linetable, u->nlinetable);
    co->nlinetable = u->nlinetable;
    co->coltable = copy_bytes(vm, u->coltable, u->ncoltable);
    co->ncoltable = u->ncoltable;
    co->exctable = copy_bytes(vm, u->exctable, u->nexc * sizeof(tpy_exc_entry));
    co->nexc = u->nexc;
    if (!co->code || !co->slotkinds || !co->linetable || !co->coltable || !co->exctable)
        return -1;
    co->nlocals = u->nlocals;
    co->nfree = u->nfree;
    co->nregs = u->nregs;
    co->nparams = tpy_code_nargs(u);
    co->argcount = u->argcount;
    co->posonlyargcount = u->posonlyargcount;
    co->kwonlyargcount = u->kwonlyargcount;
    co->flags = u->flags;
    co->firstline = u->firstline;
    if (make_consts(vm, co, u) < 0)
        return -1;
    co->names = intern_names(vm, u->names, u->nnames);
    if (!co->names)
        return -1;
    co->nnames = u->nnames;
    co->slotnames = intern_names(vm, u->slotnames, u->nlocals);
    if (!co->slotnames)
        return -1;
    co->name = tpy_str_from_utf8(vm, u->name.s, u->name.len);
    co->qualname = co->name ? tpy_str_from_utf8(vm, u->qualname.s, u->qualname.len) : NULL;
    co->filename = co->qualname ? tpy_str_from_utf8(vm, u->filename.s, u->filename.len) : NULL;
    return co->filename ? 0 : -1;
}

tpy_object *tpy_code_object_new(tpy_vm *vm, const tpy_code *unit)
{
    tpy_codeobj *co = (tpy_codeobj *)tpy_alloc(vm, &tpy_code_type);
    if (!co)
        return NULL;
    memset((char *)co + sizeof(tpy_object), 0, sizeof *co - sizeof(tpy_object));
    if (fill_code(vm, co, unit) < 0) {
        tpy_decref(vm, &co->ob);
        return NULL;
    }
    return &co->ob;
}

uint32_t tpy_codeobj_line(const tpy_codeobj *co, uint32_t pc)
{
    return tpy_linetable_line(co->linetable, co->nlinetable, co->firstline, pc);
}

/* The compiler's lookup reads a code unit: give it a view of ours. */
bool tpy_codeobj_position(const tpy_codeobj *co, uint32_t pc, tpy_position *out)
{
    tpy_code view;
    memset(&view, 0, sizeof view);
    view.code = co->code;
    view.ncode = co->ncode;
    view.linetable = co->linetable;
    view.nlinetable = co->nlinetable;
    view.coltable = co->coltable;
    view.ncoltable = co->ncoltable;
    view.firstline = co->firstline;
    return tpy_code_position(&view, pc, out);
}

static void free_objects(tpy_obj_heap *heap, tpy_object **v, uint32_t n)
{
    if (!v)
        return;
    for (uint32_t i = 0; i < n; i++)
        tpy_xdecref_heap(heap, v[i]);
    tpy_obj_heap_free(heap, v);
}

static void code_destroy(tpy_obj_heap *heap, tpy_object *o)
{
    tpy_codeobj *co = CO(o);
    free_objects(heap, co->consts, co->nconsts);
    free_objects(heap, co->names, co->nnames);
    free_objects(heap, co->slotnames, co->slotnames ? co->nlocals : 0);
    tpy_obj_heap_free(heap, co->code);
    tpy_obj_heap_free(heap, co->slotkinds);
    tpy_obj_heap_free(heap, co->linetable);
    tpy_obj_heap_free(heap, co->coltable);
    tpy_obj_heap_free(heap, co->exctable);
    tpy_xdecref_heap(heap, co->name);
    tpy_xdecref_heap(heap, co->qualname);
    tpy_xdecref_heap(heap, co->filename);
    tpy_obj_free(heap, o);
}

static tpy_object *code_repr(tpy_vm *vm, tpy_object *o)
{
    tpy_codeobj *co = CO(o);
    return tpy_str_format(vm, "<code object %U at %p, file \"%U\", line %u>", co->name,
                          (void *)o, co->filename, (unsigned)co->firstline);
}

static tpy_object *names_tuple(tpy_vm *vm, tpy_object **v, uint32_t n)
{
    return tpy_tuple_from_array(vm, v, n);
}

/* The named slots whose kind has any bit of @p kinds, as a tuple. */
static tpy_object *slots_of_kind(tpy_vm *vm, tpy_codeobj *co, unsigned kinds, unsigned not_kinds)
{
    tpy_object *t = tpy_list_new(vm, 0);
    for (uint32_t i = 0; t && i < co->nlocals; i++)
        if ((co->slotkinds[i] & kinds) && !(co->slotkinds[i] & not_kinds)
            && tpy_list_append(vm, t, tpy_newref(co->slotnames[i])) < 0)
            TPY_CLEAR(vm, t);
    /* CPython lists free variables by name (its compiler sorts them). */
    if (t && kinds == TPY_SLOT_FREE && tpy_list_sort(vm, t, NULL, false) < 0)
        TPY_CLEAR(vm, t);
    if (!t)
        return NULL;
    tpy_object *r = tpy_list_as_tuple(vm, t);
    tpy_decref(vm, t);
    return r;
}

static tpy_object *get_name(tpy_vm *vm, tpy_object *o) { (void)vm; return tpy_newref(CO(o)->name); }
static tpy_object *get_qualname(tpy_vm *vm, tpy_object *o) { (void)vm; return tpy_newref(CO(o)->qualname); }
static tpy_object *get_filename(tpy_vm *vm, tpy_object *o) { (void)vm; return tpy_newref(CO(o)->filename); }
static tpy_object *get_firstlineno(tpy_vm *vm, tpy_object *o) { return tpy_int_from_i64(vm, CO(o)->firstline); }
static tpy_object *get_argcount(tpy_vm *vm, tpy_object *o) { return tpy_int_from_i64(vm, CO(o)->argcount); }
static tpy_object *get_posonly(tpy_vm *vm, tpy_object *o) { return tpy_int_from_i64(vm, CO(o)->posonlyargcount); }
static tpy_object *get_kwonly(tpy_vm *vm, tpy_object *o) { return tpy_int_from_i64(vm, CO(o)->kwonlyargcount); }
/* CO_NOFREE is tierpy-internal: CPython 3.11 no longer reports it. */
static tpy_object *get_flags(tpy_vm *vm, tpy_object *o)
{
    return tpy_int_from_i64(vm, CO(o)->flags & ~(uint32_t)TPY_CO_NOFREE);
}
static tpy_object *get_nlocals(tpy_vm *vm, tpy_object *o)
{
    return tpy_int_from_i64(vm, CO(o)->nlocals - CO(o)->nfree);
}
static tpy_object *get_names(tpy_vm *vm, tpy_object *o) { return names_tuple(vm, CO(o)->names, CO(o)->nnames); }
static tpy_object *get_varnames(tpy_vm *vm, tpy_object *o)
{
    return slots_of_kind(vm, CO(o), TPY_SLOT_LOCAL | TPY_SLOT_ARG, TPY_SLOT_FREE);
}
static tpy_object *get_cellvars(tpy_vm *vm, tpy_object *o) { return slots_of_kind(vm, CO(o), TPY_SLOT_CELL, 0); }
static tpy_object *get_freevars(tpy_vm *vm, tpy_object *o) { return slots_of_kind(vm, CO(o), TPY_SLOT_FREE, 0); }

static tpy_object *get_consts(tpy_vm *vm, tpy_object *o)
{
    tpy_codeobj *co = CO(o);
    tpy_object *t = tpy_tuple_new(vm, co->nconsts);
    for (uint32_t i = 0; t && i < co->nconsts; i++)
        ((tpy_tuple *)t)->items[i] = tpy_newref(co->consts[i] ? co->consts[i] : TPY_NONE);
    return t;
}

static const tpy_getset_def code_getsets[] = {
    {"co_name", get_name, NULL},
    {"co_qualname", get_qualname, NULL},
    {"co_filename", get_filename, NULL},
    {"co_firstlineno", get_firstlineno, NULL},
    {"co_argcount", get_argcount, NULL},
    {"co_posonlyargcount", get_posonly, NULL},
    {"co_kwonlyargcount", get_kwonly, NULL},
    {"co_flags", get_flags, NULL},
    {"co_nlocals", get_nlocals, NULL},
    {"co_names", get_names, NULL},
    {"co_varnames", get_varnames, NULL},
    {"co_cellvars", get_cellvars, NULL},
    {"co_freevars", get_freevars, NULL},
    {"co_consts", get_consts, NULL},
    {NULL, NULL, NULL},
};

tpy_type tpy_code_type = {
    .ob = TPY_STATIC_HEAD(tpy_type_type),
    .layout = {.name = "code", .basic_size = sizeof(tpy_codeobj), .destroy = code_destroy},
    .name = "code",
    .flags = TPY_TF_IMMUTABLE,
    .repr = code_repr,
    .getsets = code_getsets,
};
