/* vm/core/exceptions.c: CPython 3.11's builtin exception hierarchy as
 * static types, with its constructors, attributes, str() and repr().
 *
 * Every exception instance is a tpy_exc (types.h); a class with named
 * attributes (StopIteration.value, SyntaxError's seven fields, ...) is
 * `nattrs` pointers bigger and names the slots in its getset table, so
 * one traverse/clear/destroy serves the whole hierarchy. */
#include <errno.h>
#include <string.h>

#include "abstract.h"
#include "buf.h"
#include "error.h"
#include "refcount.h"
#include "types.h"
#include "vm.h"

#define EXC(o) ((tpy_exc *)(o))

/* The builtin exception type's own attributes; a class's added fields
 * (its __dict__ slot, weak references, __slots__) are heaptype.c's. */
static size_t exc_nattrs(const tpy_object *o)
{
    const tpy_type *t = tpy_type_of(o);
    while (tpy_type_has(t, TPY_TF_HEAPTYPE))
        t = t->base;
    return (t->layout.basic_size - sizeof(tpy_exc)) / sizeof(tpy_object *);
}

/* ---- memory hooks --------------------------------------------------------------------------- */

static int exc_traverse(tpy_object *o, tpy_obj_visit_fn visit, void *arg)
{
    tpy_exc *e = EXC(o);
    tpy_object *refs[] = {e->args, e->notes, e->traceback, e->context, e->cause};
    for (size_t i = 0; i < sizeof refs / sizeof refs[0]; i++)
        if (refs[i]) {
            int r = visit(refs[i], arg);
            if (r)
                return r;
        }
    for (size_t i = 0; i < exc_nattrs(o); i++)
        if (e->attrs[i]) {
            int r = visit(e->attrs[i], arg);
            if (r)
                return r;
        }
    return 0;
}

static void drop(tpy_obj_heap *heap, tpy_object **slot)
{
    tpy_object *o = *slot;
    *slot = NULL;
    tpy_xdecref_heap(heap, o);
}

static void exc_clear(tpy_obj_heap *heap, tpy_object *o)
{
    tpy_exc *e = EXC(o);
    drop(heap, &e->args);
    drop(heap, &e->notes);
    drop(heap, &e->traceback);
    drop(heap, &e->context);
    drop(heap, &e->cause);
    for (size_t i = 0; i < exc_nattrs(o); i++)
        drop(heap, &e->attrs[i]);
}

static void exc_destroy(tpy_obj_heap *heap, tpy_object *o)
{
    exc_clear(heap, o);
    tpy_obj_free(heap, o);
}

/* ---- construction --------------------------------------------------------------------------- */

static tpy_object *exc_alloc(tpy_vm *vm, tpy_type *t, tpy_object *const *args, size_t nargs)
{
    tpy_exc *e = (tpy_exc *)tpy_alloc(vm, t);   /* a container: body zeroed */
    if (!e)
        return NULL;
    e->args = tpy_tuple_from_array(vm, args, nargs);
    if (!e->args) {
        tpy_decref(vm, &e->ob);
        return NULL;
    }
    return (tpy_object *)e;
}

static tpy_type *oserror_subclass(tpy_object *const *args, size_t nargs);

static tpy_object *exc_new(tpy_vm *vm, tpy_type *t, tpy_object *const *args, size_t nargs,
                           tpy_object *kwnames)
{
    (void)kwnames;   /* checked by the class's init */
    if (t == &tpy_exc_OSError)
        t = oserror_subclass(args, nargs);
    return exc_alloc(vm, t, args, nargs);
}

static int no_keywords(tpy_vm *vm, tpy_object *self, tpy_object *kwnames)
{
    if (kwnames && tpy_tuple_len(kwnames)) {
        tpy_err_format(vm, &tpy_exc_TypeError, "%s() takes no keyword arguments",
                       tpy_type_of(self)->name);
        return -1;
    }
    return 0;
}

static int base_init(tpy_vm *vm, tpy_object *self, tpy_object *const *args, size_t nargs,
                     tpy_object *kwnames)
{
    (void)args;
    (void)nargs;
    return no_keywords(vm, self, kwnames);
}

static void set_attr(tpy_vm *vm, tpy_object *self, size_t i, tpy_object *v)
{
    TPY_SETREF(vm, EXC(self)->attrs[i], tpy_newref(v ? v : TPY_NONE));
}

/* StopIteration(value), SystemExit(code): the first argument, or None;
 * SystemExit keeps the whole tuple when given several. */
static int first_arg_init(tpy_vm *vm, tpy_object *self, tpy_object *const *args, size_t nargs,
                          tpy_object *kwnames)
{
    if (no_keywords(vm, self, kwnames) < 0)
        return -1;
    if (nargs > 1 && tpy_type_of(self) == &tpy_exc_SystemExit) {
        set_attr(vm, self, 0, EXC(self)->args);
        return 0;
    }
    set_attr(vm, self, 0, nargs ? args[0] : NULL);
    return 0;
}

/* Keyword-only attributes: AttributeError(name=, obj=), NameError(name=),
 * ImportError(msg, name=, path=). */
static int keyword_attrs(tpy_vm *vm, tpy_object *self, tpy_object *const *args, size_t nargs,
                         tpy_object *kwnames, const char *const *names, size_t first)
{
    size_t nkw = kwnames ? (size_t)tpy_tuple_len(kwnames) : 0;
    for (size_t i = first; names[i - first]; i++)
        set_attr(vm, self, i, NULL);
    for (size_t k = 0; k < nkw; k++) {
        tpy_object *kw = tpy_tuple_get(kwnames, (intptr_t)k);
        size_t i = 0;
        while (names[i] && !tpy_str_equal_c(kw, names[i]))
            i++;
        if (!names[i]) {
            tpy_err_format(vm, &tpy_exc_TypeError,
                           "'%U' is an invalid keyword argument for %s()", kw,
                           tpy_type_of(self)->name);
            return -1;
        }
        set_attr(vm, self, first + i, args[nargs + k]);
    }
    return 0;
}

static int attribute_error_init(tpy_vm *vm, tpy_object *self, tpy_object *const *args,
                                size_t nargs, tpy_object *kwnames)
{
    static const char *const names[] = {"name", "obj", NULL};
    return keyword_attrs(vm, self, args, nargs, kwnames, names, 0);
}

static int name_error_init(tpy_vm *vm, tpy_object *self, tpy_object *const *args, size_t nargs,
                           tpy_object *kwnames)
{
    static const char *const names[] = {"name", NULL};
    return keyword_attrs(vm, self, args, nargs, kwnames, names, 0);
}

static int import_error_init(tpy_vm *vm, tpy_object *self, tpy_object *const *args,
                             size_t nargs, tpy_object *kwnames)
{
    static const char *const names[] = {"name", "path", NULL};
    set_attr(vm, self, 0, nargs == 1 ? args[0] : NULL);   /* msg */
    return keyword_attrs(vm, self, args, nargs, kwnames, names, 1);
}

/* OSError(errno, strerror[, filename[, winerror[, filename2]]]). */
static int oserror_init(tpy_vm *vm, tpy_object *self, tpy_object *const *args, size_t nargs,
                        tpy_object *kwnames)
{
    if (no_keywords(vm, self, kwnames) < 0)
        return -1;
    for (size_t i = 0; i < 4; i++)
        set_attr(vm, self, i, NULL);
    if (nargs < 2 || nargs > 5)
        return 0;
    set_attr(vm, self, 0, args[0]);
    set_attr(vm, self, 1, args[1]);
    if (nargs >= 3) {
        set_attr(vm, self, 2, args[2]);
        if (nargs == 5)
            set_attr(vm, self, 3, args[4]);
        /* args keeps (errno, strerror) alone once a filename is given */
        tpy_object *two = tpy_tuple_from_array(vm, args, 2);
        if (!two)
            return -1;
        TPY_SETREF(vm, EXC(self)->args, two);
    }
    return 0;
}

static tpy_type *oserror_subclass(tpy_object *const *args, size_t nargs)
{
    int64_t e;
    if (nargs < 2 || nargs > 5 || !tpy_int_check(args[0]) || !tpy_int_is_word(args[0]))
        return &tpy_exc_OSError;
    e = ((tpy_int *)args[0])->value;
    switch (e) {
    case EAGAIN: case EALREADY: case EINPROGRESS: return &tpy_exc_BlockingIOError;
    case ECHILD: return &tpy_exc_ChildProcessError;
    case EPIPE: case ESHUTDOWN: return &tpy_exc_BrokenPipeError;
    case ECONNABORTED: return &tpy_exc_ConnectionAbortedError;
    case ECONNREFUSED: return &tpy_exc_ConnectionRefusedError;
    case ECONNRESET: return &tpy_exc_ConnectionResetError;
    case EEXIST: return &tpy_exc_FileExistsError;
    case ENOENT: return &tpy_exc_FileNotFoundError;
    case EISDIR: return &tpy_exc_IsADirectoryError;
    case ENOTDIR: return &tpy_exc_NotADirectoryError;
    case EINTR: return &tpy_exc_InterruptedError;
    case EACCES: case EPERM: return &tpy_exc_PermissionError;
    case ESRCH: return &tpy_exc_ProcessLookupError;
    case ETIMEDOUT: return &tpy_exc_TimeoutError;
    default: return &tpy_exc_OSError;
    }
}

/* SyntaxError(msg, (filename, lineno, offset, text[, end_lineno, end_offset])). */
static int syntax_error_init(tpy_vm *vm, tpy_object *self, tpy_object *const *args,
                             size_t nargs, tpy_object *kwnames)
{
    if (no_keywords(vm, self, kwnames) < 0)
        return -1;
    for (size_t i = 0; i < 8; i++)
        set_attr(vm, self, i, NULL);
    if (nargs >= 1)
        set_attr(vm, self, 0, args[0]);
    if (nargs == 2) {
        tpy_object *info = tpy_sequence_tuple(vm, args[1]);
        if (!info)
            return -1;
        intptr_t n = tpy_tuple_len(info);
        if (n < 4 || n > 6) {
            tpy_decref(vm, info);
            tpy_err_set(vm, &tpy_exc_IndexError, "tuple index out of range");
            return -1;
        }
        for (intptr_t i = 0; i < n; i++)
            set_attr(vm, self, (size_t)i + 1, tpy_tuple_get(info, i));
        tpy_decref(vm, info);
    }
    return 0;
}

/* The Unicode errors check their argument types, as CPython does. */
static int unicode_error_init(tpy_vm *vm, tpy_object *self, tpy_object *const *args,
                              size_t nargs, tpy_object *kwnames)
{
    tpy_type *t = tpy_type_of(self);
    if (no_keywords(vm, self, kwnames) < 0)
        return -1;
    if (t == &tpy_exc_UnicodeError)
        return 0;   /* the base class takes any arguments */
    bool translate = tpy_type_is_subtype(t, &tpy_exc_UnicodeTranslateError);
    size_t want = translate ? 4 : 5;
    if (nargs != want) {
        tpy_err_format(vm, &tpy_exc_TypeError, "function takes exactly %zu arguments (%zu given)",
                       want, nargs);
        return -1;
    }
    size_t off = translate ? 1 : 0;   /* translate has no encoding */
    bool decode = tpy_type_is_subtype(t, &tpy_exc_UnicodeDecodeError);
    if ((!translate && !tpy_str_check(args[0]))
        || (decode ? !tpy_bytes_check(args[1 - off]) : !tpy_str_check(args[1 - off]))
        || !tpy_int_check(args[2 - off]) || !tpy_int_check(args[3 - off])
        || !tpy_str_check(args[4 - off])) {
        tpy_err_set(vm, &tpy_exc_TypeError, "argument has the wrong type");
        return -1;
    }
    for (size_t i = 0; i < 5; i++)
        set_attr(vm, self, i, i < off ? NULL : args[i - off]);
    return 0;
}

tpy_object *tpy_exc_new(tpy_vm *vm, tpy_type *type, tpy_object *const *args, size_t nargs)
{
    tpy_object *e = type->new_(vm, type, args, nargs, NULL);
    if (e && tpy_type_of(e)->init && tpy_type_of(e)->init(vm, e, args, nargs, NULL) < 0) {
        tpy_decref(vm, e);
        return NULL;
    }
    return e;
}

/* ---- str and repr ------------------------------------------------------------------------------ */

static tpy_object *exc_str(tpy_vm *vm, tpy_object *self)
{
    tpy_object *args = EXC(self)->args;
    intptr_t n = args ? tpy_tuple_len(args) : 0;
    if (n == 0)
        return tpy_newref(vm->empty_str);
    return tpy_str(vm, n == 1 ? tpy_tuple_get(args, 0) : args);
}

static tpy_object *exc_repr(tpy_vm *vm, tpy_object *self)
{
    tpy_object *args = EXC(self)->args;
    const char *name = tpy_type_of(self)->name;
    if (args && tpy_tuple_len(args) == 1)
        return tpy_str_format(vm, "%s(%R)", name, tpy_tuple_get(args, 0));
    if (!args || tpy_tuple_len(args) == 0)
        return tpy_str_format(vm, "%s()", name);
    return tpy_str_format(vm, "%s%R", name, args);
}

/* str(KeyError(k)) is repr(k): a missing '' key would print as nothing. */
static tpy_object *key_error_str(tpy_vm *vm, tpy_object *self)
{
    tpy_object *args = EXC(self)->args;
    if (args && tpy_tuple_len(args) == 1)
        return tpy_repr(vm, tpy_tuple_get(args, 0));
    return exc_str(vm, self);
}

static tpy_object *import_error_str(tpy_vm *vm, tpy_object *self)
{
    tpy_object *msg = EXC(self)->attrs[0];
    if (msg && msg != TPY_NONE)
        return tpy_str(vm, msg);
    return exc_str(vm, self);
}

static tpy_object *oserror_str(tpy_vm *vm, tpy_object *self)
{
    tpy_object **a = EXC(self)->attrs;   /* errno, strerror, filename, filename2 */
    if (a[2] && a[2] != TPY_NONE) {
        if (a[3] && a[3] != TPY_NONE)
            return tpy_str_format(vm, "[Errno %S] %S: %R -> %R", a[0], a[1], a[2], a[3]);
        return tpy_str_format(vm, "[Errno %S] %S: %R", a[0], a[1], a[2]);
    }
    if (a[0] && a[0] != TPY_NONE && a[1] && a[1] != TPY_NONE)
        return tpy_str_format(vm, "[Errno %S] %S", a[0], a[1]);
    return exc_str(vm, self);
}

/* "msg (file.py, line 3)": the filename's last path component, as CPython. */
static tpy_object *syntax_error_str(tpy_vm *vm, tpy_object *self)
{
    tpy_object **a = EXC(self)->attrs;   /* msg filename lineno offset text end_lineno end_offset */
    tpy_object *msg = a[0] ? a[0] : TPY_NONE;
    bool have_file = a[1] && tpy_str_check(a[1]);
    bool have_line = a[2] && tpy_int_check(a[2]);
    const char *file = "";
    if (have_file) {
        size_t n;
        file = tpy_str_utf8(vm, a[1], &n);
        if (!file)
            return NULL;
        const char *slash = strrchr(file, '/');
        if (slash)
            file = slash + 1;
    }
    if (have_file && have_line)
        return tpy_str_format(vm, "%S (%s, line %S)", msg, file, a[2]);
    if (have_file)
        return tpy_str_format(vm, "%S (%s)", msg, file);
    if (have_line)
        return tpy_str_format(vm, "%S (line %S)", msg, a[2]);
    return tpy_str(vm, msg);
}

/* '\xe9', '\u20ac' or '\U0001f600': how the codec errors quote a character. */
static void char_escape(char *out, size_t size, uint32_t c)
{
    if (c <= 0xff)
        snprintf(out, size, "\\x%02x", c);
    else if (c <= 0xffff)
        snprintf(out, size, "\\u%04x", c);
    else
        snprintf(out, size, "\\U%08x", c);
}

static tpy_object *unicode_error_str(tpy_vm *vm, tpy_object *self)
{
    tpy_object **a = EXC(self)->attrs;   /* encoding object start end reason */
    tpy_type *t = tpy_type_of(self);
    if (!a[1] || !a[2] || !a[3] || !a[4] || !tpy_int_check(a[2]) || !tpy_int_check(a[3]))
        return exc_str(vm, self);
    int64_t start, end;
    if (tpy_int_to_i64(vm, a[2], &start) < 0 || tpy_int_to_i64(vm, a[3], &end) < 0)
        return NULL;
    bool decode = tpy_type_is_subtype(t, &tpy_exc_UnicodeDecodeError);
    bool translate = tpy_type_is_subtype(t, &tpy_exc_UnicodeTranslateError);
    const char *verb = decode ? "decode" : translate ? "translate" : "encode";
    intptr_t len = decode ? tpy_bytes_len(a[1]) : tpy_str_len(a[1]);
    if (start >= 0 && start < len && end == start + 1) {
        char esc[16];
        if (decode)
            return tpy_str_format(vm, "'%U' codec can't decode byte 0x%x in position %lld: %U",
                                  a[0], (unsigned)((tpy_bytes *)a[1])->data[start],
                                  (long long)start, a[4]);
        char_escape(esc, sizeof esc, tpy_str_at(a[1], (intptr_t)start));
        if (translate)
            return tpy_str_format(vm, "can't translate character '%s' in position %lld: %U",
                                  esc, (long long)start, a[4]);
        return tpy_str_format(vm, "'%U' codec can't encode character '%s' in position %lld: %U",
                              a[0], esc, (long long)start, a[4]);
    }
    if (translate)
        return tpy_str_format(vm, "can't translate characters in position %lld-%lld: %U",
                              (long long)start, (long long)end - 1, a[4]);
    return tpy_str_format(vm, "'%U' codec can't %s %s in position %lld-%lld: %U", a[0], verb,
                          decode ? "bytes" : "characters", (long long)start,
                          (long long)end - 1, a[4]);
}

/* ---- attributes and methods ---------------------------------------------------------------------- */

static tpy_object *get_args(tpy_vm *vm, tpy_object *self)
{
    (void)vm;
    return tpy_newref(EXC(self)->args);
}

static int set_args(tpy_vm *vm, tpy_object *self, tpy_object *value)
{
    if (!value) {
        tpy_err_set(vm, &tpy_exc_TypeError, "args may not be deleted");
        return -1;
    }
    tpy_object *t = tpy_sequence_tuple(vm, value);
    if (!t)
        return -1;
    TPY_SETREF(vm, EXC(self)->args, t);
    return 0;
}

static tpy_object *or_none(tpy_object *o)
{
    return tpy_newref(o ? o : TPY_NONE);
}

static tpy_object *get_traceback(tpy_vm *vm, tpy_object *self)
{
    (void)vm;
    return or_none(EXC(self)->traceback);
}

static tpy_object *get_context(tpy_vm *vm, tpy_object *self)
{
    (void)vm;
    return or_none(EXC(self)->context);
}

static tpy_object *get_cause(tpy_vm *vm, tpy_object *self)
{
    (void)vm;
    return or_none(EXC(self)->cause);
}

static int check_exc_or_none(tpy_vm *vm, tpy_object *value, const char *what)
{
    if (!value) {
        tpy_err_format(vm, &tpy_exc_TypeError, "%s may not be deleted", what);
        return -1;
    }
    if (value != TPY_NONE && !tpy_exc_check(value)) {
        tpy_err_format(vm, &tpy_exc_TypeError, "exception %s must be None or derive from "
                       "BaseException", strcmp(what, "__cause__") ? "context" : "cause");
        return -1;
    }
    return 0;
}

static tpy_object *none_to_null(tpy_object *v)
{
    return v == TPY_NONE ? NULL : tpy_newref(v);
}

static int set_context(tpy_vm *vm, tpy_object *self, tpy_object *value)
{
    if (check_exc_or_none(vm, value, "__context__") < 0)
        return -1;
    TPY_SETREF(vm, EXC(self)->context, none_to_null(value));
    return 0;
}

/* Setting __cause__ sets __suppress_context__, as `raise ... from` does. */
static int set_cause(tpy_vm *vm, tpy_object *self, tpy_object *value)
{
    if (check_exc_or_none(vm, value, "__cause__") < 0)
        return -1;
    TPY_SETREF(vm, EXC(self)->cause, none_to_null(value));
    EXC(self)->suppress_context = true;
    return 0;
}

static int set_traceback(tpy_vm *vm, tpy_object *self, tpy_object *value)
{
    if (!value) {
        tpy_err_set(vm, &tpy_exc_TypeError, "__traceback__ may not be deleted");
        return -1;
    }
    TPY_SETREF(vm, EXC(self)->traceback, none_to_null(value));
    return 0;
}

static tpy_object *get_suppress(tpy_vm *vm, tpy_object *self)
{
    (void)vm;
    return tpy_bool(EXC(self)->suppress_context);
}

static int set_suppress(tpy_vm *vm, tpy_object *self, tpy_object *value)
{
    int t = value ? tpy_is_true(vm, value) : -1;
    if (t < 0) {
        if (!value)
            tpy_err_set(vm, &tpy_exc_TypeError, "__suppress_context__ may not be deleted");
        return -1;
    }
    EXC(self)->suppress_context = t;
    return 0;
}

static tpy_object *get_notes(tpy_vm *vm, tpy_object *self)
{
    if (!EXC(self)->notes)
        return tpy_err_format(vm, &tpy_exc_AttributeError,
                              "'%s' object has no attribute '__notes__'", tpy_type_of(self)->name);
    return tpy_newref(EXC(self)->notes);
}

/* __notes__ may be set to anything (the report prints what it can) or
 * deleted, as in CPython where it is a plain instance attribute. */
static int set_notes(tpy_vm *vm, tpy_object *self, tpy_object *value)
{
    if (!value && !EXC(self)->notes) {
        tpy_err_format(vm, &tpy_exc_AttributeError, "'%s' object has no attribute '__notes__'",
                       tpy_type_of(self)->name);
        return -1;
    }
    tpy_object *old = EXC(self)->notes;
    EXC(self)->notes = value ? tpy_newref(value) : NULL;
    tpy_xdecref(vm, old);
    return 0;
}

static tpy_object *exc_with_traceback(tpy_vm *vm, tpy_object *self, tpy_object *const *args,
                                      size_t nargs, tpy_object *kwnames)
{
    if (tpy_arg_one(vm, "with_traceback", nargs, kwnames) < 0 || set_traceback(vm, self, args[0]) < 0)
        return NULL;
    return tpy_newref(self);
}

static tpy_object *exc_add_note(tpy_vm *vm, tpy_object *self, tpy_object *const *args,
                                size_t nargs, tpy_object *kwnames)
{
    if (tpy_arg_one(vm, "add_note", nargs, kwnames) < 0)
        return NULL;
    if (!tpy_str_check(args[0]))
        return tpy_err_format(vm, &tpy_exc_TypeError, "note must be a str, not '%s'",
                              tpy_type_of(args[0])->name);
    if (!EXC(self)->notes && !(EXC(self)->notes = tpy_list_new(vm, 0)))
        return NULL;
    if (!tpy_list_check(EXC(self)->notes))
        return tpy_err_format(vm, &tpy_exc_TypeError, "Cannot add note: __notes__ is not a list");
    if (tpy_list_append(vm, EXC(self)->notes, tpy_newref(args[0])) < 0)
        return NULL;
    return tpy_newref(TPY_NONE);
}

/* __reduce__: (type, args) or, with instance attributes, (type, args, __dict__),
 * which copy.copy and pickle rebuild the exception from. */
static tpy_object *exc_reduce(tpy_vm *vm, tpy_object *self, tpy_object *const *args,
                              size_t nargs, tpy_object *kwnames)
{
    (void)args;
    if (tpy_arg_none(vm, "__reduce__", nargs, kwnames) < 0)
        return NULL;
    tpy_object *a = get_args(vm, self);
    if (!a)
        return NULL;
    tpy_object *d = tpy_getattr_c(vm, self, "__dict__");
    if (!d && tpy_err_matches(vm, &tpy_exc_AttributeError))
        tpy_err_clear(vm);
    else if (!d) {
        tpy_decref(vm, a);
        return NULL;
    }
    bool with_dict = d && tpy_dict_check(d) && tpy_dict_len(d) > 0;
    tpy_object *r = tpy_tuple_new(vm, with_dict ? 3 : 2);
    if (r) {
        ((tpy_tuple *)r)->items[0] = tpy_newref(&tpy_type_of(self)->ob);
        ((tpy_tuple *)r)->items[1] = tpy_newref(a);
        if (with_dict)
            ((tpy_tuple *)r)->items[2] = tpy_newref(d);
    }
    tpy_decref(vm, a);
    tpy_xdecref(vm, d);
    return r;
}

static const tpy_method_def base_methods[] = {
    {"__reduce__", exc_reduce, 0, NULL},
    {"with_traceback", exc_with_traceback, 0, NULL},
    {"add_note", exc_add_note, 0, NULL},
    {NULL, NULL, 0, NULL},
};

static const tpy_getset_def base_getsets[] = {
    {"args", get_args, set_args},
    {"__traceback__", get_traceback, set_traceback},
    {"__context__", get_context, set_context},
    {"__cause__", get_cause, set_cause},
    {"__suppress_context__", get_suppress, set_suppress},
    {"__notes__", get_notes, set_notes},
    {NULL, NULL, NULL},
};

/* Accessors of the attribute slots, one pair per slot index. */
#define ATTR_ACCESSORS(i)                                                          \
    static tpy_object *get_attr##i(tpy_vm *vm, tpy_object *self)                   \
    {                                                                              \
        (void)vm;                                                                  \
        return or_none(EXC(self)->attrs[i]);                                       \
    }                                                                              \
    static int set_attr##i(tpy_vm *vm, tpy_object *self, tpy_object *value)        \
    {                                                                              \
        TPY_SETREF(vm, EXC(self)->attrs[i], tpy_newref(value ? value : TPY_NONE)); \
        return 0;                                                                  \
    }
ATTR_ACCESSORS(0)
ATTR_ACCESSORS(1)
ATTR_ACCESSORS(2)
ATTR_ACCESSORS(3)
ATTR_ACCESSORS(4)
ATTR_ACCESSORS(5)
ATTR_ACCESSORS(6)
ATTR_ACCESSORS(7)
#define ATTR(name, i) {name, get_attr##i, set_attr##i}
#define END {NULL, NULL, NULL}

static const tpy_getset_def value_getsets[] = {ATTR("value", 0), END};
static const tpy_getset_def code_getsets[] = {ATTR("code", 0), END};
static const tpy_getset_def attribute_getsets[] = {ATTR("name", 0), ATTR("obj", 1), END};
static const tpy_getset_def name_getsets[] = {ATTR("name", 0), END};
static const tpy_getset_def import_getsets[] = {ATTR("msg", 0), ATTR("name", 1),
                                                ATTR("path", 2), END};
static const tpy_getset_def oserror_getsets[] = {ATTR("errno", 0), ATTR("strerror", 1),
                                                 ATTR("filename", 2), ATTR("filename2", 3), END};
static const tpy_getset_def syntax_getsets[] = {
    ATTR("msg", 0), ATTR("filename", 1), ATTR("lineno", 2), ATTR("offset", 3),
    ATTR("text", 4), ATTR("end_lineno", 5), ATTR("end_offset", 6),
    ATTR("print_file_and_line", 7), END};
static const tpy_getset_def unicode_getsets[] = {ATTR("encoding", 0), ATTR("object", 1),
                                                 ATTR("start", 2), ATTR("end", 3),
                                                 ATTR("reason", 4), END};

/* ---- the hierarchy ---------------------------------------------------------------------------------- */

#define EXC_SIZE(nattrs) (sizeof(tpy_exc) + (nattrs) * sizeof(tpy_object *))
#define EXC_TYPE(NAME, BASE, NATTRS, ...)                                          \
    tpy_type tpy_exc_##NAME = {                                                    \
        .ob = TPY_STATIC_HEAD(tpy_type_type),                                      \
        .layout = {.name = #NAME, .basic_size = EXC_SIZE(NATTRS),                  \
                   .flags = TPY_OBJ_CONTAINER, .destroy = exc_destroy,             \
                   .traverse = exc_traverse, .clear = exc_clear},                  \
        .name = #NAME,                                                             \
        .flags = TPY_TF_BASETYPE | TPY_TF_EXC_SUBCLASS,                            \
        .base = BASE,                                                              \
        __VA_ARGS__};

EXC_TYPE(BaseException, &tpy_object_type, 0, .new_ = exc_new, .init = base_init,
         .repr = exc_repr, .str = exc_str, .getattr = tpy_generic_getattr,
         .setattr = tpy_generic_setattr, .methods = base_methods, .getsets = base_getsets)
EXC_TYPE(SystemExit, &tpy_exc_BaseException, 1, .init = first_arg_init, .getsets = code_getsets)
EXC_TYPE(KeyboardInterrupt, &tpy_exc_BaseException, 0)
EXC_TYPE(GeneratorExit, &tpy_exc_BaseException, 0)
EXC_TYPE(Exception, &tpy_exc_BaseException, 0)
EXC_TYPE(StopIteration, &tpy_exc_Exception, 1, .init = first_arg_init, .getsets = value_getsets)
EXC_TYPE(StopAsyncIteration, &tpy_exc_Exception, 0)
EXC_TYPE(ArithmeticError, &tpy_exc_Exception, 0)
EXC_TYPE(FloatingPointError, &tpy_exc_ArithmeticError, 0)
EXC_TYPE(OverflowError, &tpy_exc_ArithmeticError, 0)
EXC_TYPE(ZeroDivisionError, &tpy_exc_ArithmeticError, 0)
EXC_TYPE(AssertionError, &tpy_exc_Exception, 0)
EXC_TYPE(AttributeError, &tpy_exc_Exception, 2, .init = attribute_error_init,
         .getsets = attribute_getsets)
EXC_TYPE(BufferError, &tpy_exc_Exception, 0)
EXC_TYPE(EOFError, &tpy_exc_Exception, 0)
EXC_TYPE(ImportError, &tpy_exc_Exception, 3, .init = import_error_init, .str = import_error_str,
         .getsets = import_getsets)
EXC_TYPE(ModuleNotFoundError, &tpy_exc_ImportError, 3)
EXC_TYPE(LookupError, &tpy_exc_Exception, 0)
EXC_TYPE(IndexError, &tpy_exc_LookupError, 0)
EXC_TYPE(KeyError, &tpy_exc_LookupError, 0, .str = key_error_str)
EXC_TYPE(MemoryError, &tpy_exc_Exception, 0)
EXC_TYPE(NameError, &tpy_exc_Exception, 1, .init = name_error_init, .getsets = name_getsets)
EXC_TYPE(UnboundLocalError, &tpy_exc_NameError, 1)
EXC_TYPE(OSError, &tpy_exc_Exception, 4, .init = oserror_init, .str = oserror_str,
         .getsets = oserror_getsets)
EXC_TYPE(BlockingIOError, &tpy_exc_OSError, 4)
EXC_TYPE(ChildProcessError, &tpy_exc_OSError, 4)
EXC_TYPE(ConnectionError, &tpy_exc_OSError, 4)
EXC_TYPE(BrokenPipeError, &tpy_exc_ConnectionError, 4)
EXC_TYPE(ConnectionAbortedError, &tpy_exc_ConnectionError, 4)
EXC_TYPE(ConnectionRefusedError, &tpy_exc_ConnectionError, 4)
EXC_TYPE(ConnectionResetError, &tpy_exc_ConnectionError, 4)
EXC_TYPE(FileExistsError, &tpy_exc_OSError, 4)
EXC_TYPE(FileNotFoundError, &tpy_exc_OSError, 4)
EXC_TYPE(InterruptedError, &tpy_exc_OSError, 4)
EXC_TYPE(IsADirectoryError, &tpy_exc_OSError, 4)
EXC_TYPE(NotADirectoryError, &tpy_exc_OSError, 4)
EXC_TYPE(PermissionError, &tpy_exc_OSError, 4)
EXC_TYPE(ProcessLookupError, &tpy_exc_OSError, 4)
EXC_TYPE(TimeoutError, &tpy_exc_OSError, 4)
EXC_TYPE(ReferenceError, &tpy_exc_Exception, 0)
EXC_TYPE(RuntimeError, &tpy_exc_Exception, 0)
EXC_TYPE(NotImplementedError, &tpy_exc_RuntimeError, 0)
EXC_TYPE(RecursionError, &tpy_exc_RuntimeError, 0)
EXC_TYPE(SyntaxError, &tpy_exc_Exception, 8, .init = syntax_error_init, .str = syntax_error_str,
         .getsets = syntax_getsets)
EXC_TYPE(IndentationError, &tpy_exc_SyntaxError, 8)
EXC_TYPE(TabError, &tpy_exc_IndentationError, 8)
EXC_TYPE(SystemError, &tpy_exc_Exception, 0)
EXC_TYPE(TypeError, &tpy_exc_Exception, 0)
EXC_TYPE(ValueError, &tpy_exc_Exception, 0)
EXC_TYPE(UnicodeError, &tpy_exc_ValueError, 5, .init = unicode_error_init,
         .str = unicode_error_str, .getsets = unicode_getsets)
EXC_TYPE(UnicodeDecodeError, &tpy_exc_UnicodeError, 5)
EXC_TYPE(UnicodeEncodeError, &tpy_exc_UnicodeError, 5)
EXC_TYPE(UnicodeTranslateError, &tpy_exc_UnicodeError, 5)
EXC_TYPE(Warning, &tpy_exc_Exception, 0)
EXC_TYPE(UserWarning, &tpy_exc_Warning, 0)
EXC_TYPE(DeprecationWarning, &tpy_exc_Warning, 0)
EXC_TYPE(PendingDeprecationWarning, &tpy_exc_Warning, 0)
EXC_TYPE(SyntaxWarning, &tpy_exc_Warning, 0)
EXC_TYPE(RuntimeWarning, &tpy_exc_Warning, 0)
EXC_TYPE(FutureWarning, &tpy_exc_Warning, 0)
EXC_TYPE(ImportWarning, &tpy_exc_Warning, 0)
EXC_TYPE(UnicodeWarning, &tpy_exc_Warning, 0)
EXC_TYPE(BytesWarning, &tpy_exc_Warning, 0)
EXC_TYPE(ResourceWarning, &tpy_exc_Warning, 0)
EXC_TYPE(EncodingWarning, &tpy_exc_Warning, 0)

#define EXC_ADDR(name) &tpy_exc_##name,
tpy_type *const tpy_exc_all[] = {TPY_EXC_TYPES(EXC_ADDR)};
const size_t tpy_exc_count = sizeof tpy_exc_all / sizeof tpy_exc_all[0];
