/* vm/eval/traceback.c: traceback entries and CPython 3.11's report of an
 * uncaught exception.
 *
 * When an instruction fails, the eval loop prepends an entry (a frame
 * snapshot: code, globals, line) to the exception's __traceback__; the
 * entry of the outermost frame ends up first, so the report reads "most
 * recent call last". The report prints each entry's file, line and
 * function, the source line (read from the file only now), the ^^^^
 * markers under the failing expression when it does not span the whole
 * line, then the exception; chained exceptions come first, with CPython's
 * sentences between them. */
#include <stdlib.h>
#include <string.h>

#include "abstract.h"
#include "error.h"
#include "eval_internal.h"
#include "suggestions.h"
#include "tb_anchors.h"
#include "refcount.h"
#include "types.h"
#include "vm.h"

#include <tierpy/mem.h>
#include <utf8proc.h>

#define TB(o) ((tpy_traceback *)(o))

/* A frame as a traceback or sys._getframe() sees it: a snapshot with
 * enough for f_code, f_globals, f_locals, f_lineno and f_back. */
typedef struct tpy_frameobj {
    tpy_object ob;
    tpy_object *code, *globals;
    tpy_object *locals;   /* module and class bodies' namespace, or NULL */
    tpy_object *back;     /* the caller's snapshot (sys._getframe), or NULL */
    uint32_t lineno;
} tpy_frameobj;
#define FO(o) ((tpy_frameobj *)(o))

static int frameobj_traverse(tpy_object *o, tpy_obj_visit_fn visit, void *arg)
{
    int r = visit(FO(o)->code, arg);
    if (!r && FO(o)->globals)   /* NULL: none, or cleared */
        r = visit(FO(o)->globals, arg);
    if (!r && FO(o)->locals)
        r = visit(FO(o)->locals, arg);
    return r || !FO(o)->back ? r : visit(FO(o)->back, arg);
}

static void frameobj_clear(tpy_obj_heap *heap, tpy_object *o)
{
    tpy_object *g = FO(o)->globals, *l = FO(o)->locals, *b = FO(o)->back;
    FO(o)->globals = FO(o)->locals = FO(o)->back = NULL;
    tpy_xdecref_heap(heap, g);
    tpy_xdecref_heap(heap, l);
    tpy_xdecref_heap(heap, b);
}

static void frameobj_destroy(tpy_obj_heap *heap, tpy_object *o)
{
    frameobj_clear(heap, o);
    tpy_xdecref_heap(heap, FO(o)->code);
    tpy_obj_free(heap, o);
}

static tpy_object *frameobj_repr(tpy_vm *vm, tpy_object *o)
{
    tpy_codeobj *co = (tpy_codeobj *)FO(o)->code;
    return tpy_str_format(vm, "<frame at %p, file '%U', line %u, code %U>", (void *)o,
                          co->filename, (unsigned)FO(o)->lineno, co->name);
}

static tpy_object *fo_code(tpy_vm *vm, tpy_object *o) { (void)vm; return tpy_newref(FO(o)->code); }
static tpy_object *fo_globals(tpy_vm *vm, tpy_object *o)
{
    (void)vm;
    return tpy_newref(FO(o)->globals ? FO(o)->globals : TPY_NONE);
}
static tpy_object *fo_lineno(tpy_vm *vm, tpy_object *o) { return tpy_int_from_i64(vm, FO(o)->lineno); }
static tpy_object *fo_back(tpy_vm *vm, tpy_object *o)
{
    (void)vm;
    return tpy_newref(FO(o)->back ? FO(o)->back : TPY_NONE);
}
/* f_locals: the namespace of a module or class body; a function frame's
 * locals live in registers, which the snapshot does not copy ({}). */
static tpy_object *fo_locals(tpy_vm *vm, tpy_object *o)
{
    return FO(o)->locals ? tpy_newref(FO(o)->locals) : tpy_dict_new(vm);
}

tpy_object *tpy_frameobj_new(tpy_vm *vm, tpy_codeobj *code, tpy_object *globals,
                             tpy_object *locals, uint32_t lineno, tpy_object *back)
{
    tpy_frameobj *fo = (tpy_frameobj *)tpy_alloc(vm, &tpy_frameobj_type);
    if (!fo)
        return NULL;
    fo->code = tpy_newref(&code->ob);
    fo->globals = globals ? tpy_newref(globals) : NULL;
    fo->locals = locals ? tpy_newref(locals) : NULL;
    fo->back = back ? tpy_newref(back) : NULL;
    fo->lineno = lineno;
    return &fo->ob;
}

static const tpy_getset_def frameobj_getsets[] = {
    {"f_code", fo_code, NULL},
    {"f_globals", fo_globals, NULL},
    {"f_lineno", fo_lineno, NULL},
    {"f_back", fo_back, NULL},
    {"f_locals", fo_locals, NULL},
    {NULL, NULL, NULL},
};

tpy_type tpy_frameobj_type = {
    .ob = TPY_STATIC_HEAD(tpy_type_type),
    .layout = {.name = "frame", .basic_size = sizeof(tpy_frameobj), .flags = TPY_OBJ_CONTAINER,
               .destroy = frameobj_destroy, .traverse = frameobj_traverse,
               .clear = frameobj_clear},
    .name = "frame",
    .flags = TPY_TF_IMMUTABLE,
    .repr = frameobj_repr,
    .getsets = frameobj_getsets,
};

/* ---- traceback entries -------------------------------------------------------------------- */

static int tb_traverse(tpy_object *o, tpy_obj_visit_fn visit, void *arg)
{
    int r = TB(o)->next ? visit(TB(o)->next, arg) : 0;
    return r ? r : visit(TB(o)->frame, arg);
}

static void tb_clear(tpy_obj_heap *heap, tpy_object *o)
{
    tpy_object *n = TB(o)->next;
    TB(o)->next = NULL;
    tpy_xdecref_heap(heap, n);
}

static void tb_destroy(tpy_obj_heap *heap, tpy_object *o)
{
    /* A long chain is released iteratively, not by recursion. */
    while (o) {
        tpy_object *next = TB(o)->next;
        TB(o)->next = NULL;
        tpy_xdecref_heap(heap, TB(o)->frame);
        tpy_obj_free(heap, o);
        o = next && !tpy_obj_is_immortal(next) && --next->refcnt == 0 ? next : NULL;
    }
}

int tpy_traceback_here(tpy_vm *vm, tpy_object *exc, tpy_codeobj *code, tpy_object *globals,
                       uint32_t lasti)
{
    if (!tpy_exc_check(exc))
        return 0;
    tpy_frameobj *fo = (tpy_frameobj *)tpy_frameobj_new(vm, code, globals, NULL,
                                                         tpy_codeobj_line(code, lasti), NULL);
    if (!fo)
        return -1;
    tpy_traceback *tb = (tpy_traceback *)tpy_alloc(vm, &tpy_traceback_type);
    if (!tb) {
        tpy_decref(vm, &fo->ob);
        return -1;
    }
    tpy_exc *e = (tpy_exc *)exc;
    tb->next = e->traceback;   /* the reference moves */
    tb->frame = &fo->ob;
    tb->lasti = lasti;
    tb->lineno = fo->lineno;
    e->traceback = &tb->ob;
    return 0;
}

static tpy_object *tb_next(tpy_vm *vm, tpy_object *o) { (void)vm; return tpy_newref(TB(o)->next ? TB(o)->next : TPY_NONE); }
static tpy_object *tb_frame(tpy_vm *vm, tpy_object *o) { (void)vm; return tpy_newref(TB(o)->frame); }
static tpy_object *tb_lineno(tpy_vm *vm, tpy_object *o) { return tpy_int_from_i64(vm, TB(o)->lineno); }
static tpy_object *tb_lasti(tpy_vm *vm, tpy_object *o) { return tpy_int_from_i64(vm, TB(o)->lasti); }

/* tb.tb_next = other (or None), as CPython allows since 3.7: a tool that
 * hides frames (unittest's own) cuts the chain; a loop is refused. */
static int tb_set_next(tpy_vm *vm, tpy_object *o, tpy_object *value)
{
    if (!value) {
        tpy_err_set(vm, &tpy_exc_TypeError, "can't delete tb_next attribute");
        return -1;
    }
    if (value != TPY_NONE && tpy_type_of(value) != &tpy_traceback_type) {
        tpy_err_format(vm, &tpy_exc_TypeError, "expected traceback object or None, got '%s'",
                       tpy_type_of(value)->name);
        return -1;
    }
    for (tpy_object *t = value; t != TPY_NONE && t; t = TB(t)->next)
        if (t == o) {
            tpy_err_set(vm, &tpy_exc_ValueError, "traceback loop detected");
            return -1;
        }
    tpy_object *old = TB(o)->next;
    TB(o)->next = value == TPY_NONE ? NULL : tpy_newref(value);
    tpy_xdecref(vm, old);
    return 0;
}

static const tpy_getset_def tb_getsets[] = {
    {"tb_next", tb_next, tb_set_next},
    {"tb_frame", tb_frame, NULL},
    {"tb_lineno", tb_lineno, NULL},
    {"tb_lasti", tb_lasti, NULL},
    {NULL, NULL, NULL},
};

tpy_type tpy_traceback_type = {
    .ob = TPY_STATIC_HEAD(tpy_type_type),
    .layout = {.name = "traceback", .basic_size = sizeof(tpy_traceback),
               .flags = TPY_OBJ_CONTAINER, .destroy = tb_destroy, .traverse = tb_traverse,
               .clear = tb_clear},
    .name = "traceback",
    .flags = TPY_TF_IMMUTABLE,
    .getsets = tb_getsets,
};

/* ---- source lines ------------------------------------------------------------------------------ */

/* The file read for the last report, kept while printing one chain. */
typedef struct source_cache {
    char path[4096];
    char *text;
    size_t len;
    bool tried;
} source_cache;

/* Line @p n of @p path (not stripped), or false. */
static bool source_line(source_cache *sc, const char *path, uint32_t n, const char **line,
                        size_t *len)
{
    if (!sc->tried || strcmp(sc->path, path) != 0) {
        tpy_mem_free(sc->text);
        sc->text = NULL;
        sc->tried = true;
        snprintf(sc->path, sizeof sc->path, "%s", path);
        FILE *fp = fopen(path, "rb");
        if (fp) {
            size_t cap = 4096, got = 0;
            char *buf = tpy_mem_malloc(cap);
            size_t k;
            while (buf && (k = fread(buf + got, 1, cap - got, fp)) > 0) {
                got += k;
                if (got == cap) {
                    char *nb = tpy_mem_realloc(buf, cap *= 2);
                    if (!nb) {
                        tpy_mem_free(buf);
                        buf = NULL;
                    }
                    buf = nb;
                }
            }
            fclose(fp);
            sc->text = buf;
            sc->len = got;
        }
    }
    if (!sc->text || n == 0)
        return false;
    const char *p = sc->text, *end = sc->text + sc->len;
    for (uint32_t k = 1; k < n; k++) {
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        if (!nl)
            return false;
        p = nl + 1;
    }
    if (p >= end)
        return false;
    const char *nl = memchr(p, '\n', (size_t)(end - p));
    *line = p;
    *len = (size_t)((nl ? nl : end) - p);
    return true;
}

static bool is_space(char c)
{
    return c == ' ' || c == '\t' || c == '\f' || c == '\r' || c == '\n' || c == '\v';
}

/* The indentation CPython drops from a printed source line: only these
 * three characters count (trailing whitespace is printed and measured). */
static bool is_indent(char c) { return c == ' ' || c == '\t' || c == '\f'; }

/* Code points in the first @p bytes of a UTF-8 line; an offset past the
 * line is clamped to its end, as CPython's conversion does. */
static long char_offset(const char *s, size_t len, long bytes)
{
    if (bytes < 0)
        return -1;
    if ((size_t)bytes > len)
        bytes = (long)len;
    long n = 0;
    for (long k = 0; k < bytes; k++)
        n += ((unsigned char)s[k] & 0xc0) != 0x80;
    return n;
}

/* The secondary range of a ~~~^^^~~~ line, in characters of the source
 * line: [left, right) is drawn with '^', the rest of the span with '~'. */
typedef struct caret_anchors {
    long left, right;
} caret_anchors;

/* Where CPython 3.11 puts the '^' of a ~~~^^^~~~ line in the failing
 * span, turned from the segment's bytes into the line's characters. */
static bool find_anchors(const char *seg, size_t len, long start_chars, caret_anchors *out)
{
    long left, right;
    if (!tpy_tb_anchors(seg, len, &left, &right))
        return false;
    out->left = char_offset(seg, len, left) + start_chars;
    out->right = char_offset(seg, len, right) + start_chars;
    return true;
}

/* Terminal columns taken by the first @p chars characters of a UTF-8
 * line: CPython 3.11 lines its markers up with East Asian wide and
 * fullwidth characters counted twice (and everything else once). */
static long display_width(const char *s, size_t len, long chars)
{
    long width = 0, n = 0;
    size_t k = 0;
    while (n < chars && k < len) {
        utf8proc_int32_t cp;
        utf8proc_ssize_t step = utf8proc_iterate((const utf8proc_uint8_t *)s + k,
                                                 (utf8proc_ssize_t)(len - k), &cp);
        if (step <= 0) {   /* a stray byte counts as one column */
            step = 1;
            cp = 0;
        }
        width += cp && utf8proc_charwidth(cp) == 2 ? 2 : 1;
        k += (size_t)step;
        n++;
    }
    return width + (chars - n);   /* past the end: one column each */
}

/* The end of a span that goes on to later lines: CPython marks up to the
 * line's last non-blank byte, scanning bytes from the index of the last
 * character and using the result as a character offset; the same here so
 * that non-ASCII lines get the same markers. */
static long multiline_end(const char *line, size_t len)
{
    long i = char_offset(line, len, (long)len);
    while (--i >= 0)
        if (!is_space(line[i]))
            break;
    return i + 1;
}

/* The marker line under a source line, as CPython 3.11 draws it: '^'
 * under the failing instruction's span, or '~' with '^' under the
 * operator of a binary operation or the [index] of a subscript; nothing
 * when a plain span covers the whole printed line. Offsets are decided in
 * characters, then drawn in display columns. */
static void print_carets(FILE *out, const tpy_position *pos, const char *line, size_t len,
                         size_t indent)
{
    if (pos->col < 0 || pos->end_col < 0 || pos->line == 0)
        return;
    long start = char_offset(line, len, pos->col);
    long end = char_offset(line, len, pos->end_col);
    caret_anchors an;
    bool anchored = false;
    if (pos->end_line == pos->line) {
        size_t from = (size_t)pos->col < len ? (size_t)pos->col : len;
        size_t to = (size_t)pos->end_col < len ? (size_t)pos->end_col : len;
        if (to > from)
            anchored = find_anchors(line + from, to - from, start, &an);
    } else {
        end = multiline_end(line, len);
    }
    long skip = char_offset(line, len, (long)indent);
    long printed = char_offset(line, len, (long)len) - skip;
    if (end - start == printed && !anchored)
        return;
    long dstart = display_width(line, len, start), dend = display_width(line, len, end);
    long dleft = anchored ? display_width(line, len, an.left) : 0;
    long dright = anchored ? display_width(line, len, an.right) : 0;
    fputs("    ", out);
    for (long k = skip; k < dstart; k++)   /* the indentation is blanks: one column each */
        fputc(' ', out);
    for (long k = dstart; k < dend; k++)
        fputc(anchored && !(dleft <= k && k < dright) ? '~' : '^', out);
    fputc('\n', out);
}

static void print_entry(tpy_vm *vm, FILE *out, tpy_traceback *tb, source_cache *sc)
{
    tpy_frameobj *fo = (tpy_frameobj *)tb->frame;
    tpy_codeobj *co = (tpy_codeobj *)fo->code;
    const char *file = tpy_str_utf8(vm, co->filename, NULL);
    const char *name = tpy_str_utf8(vm, co->name, NULL);
    fprintf(out, "  File \"%s\", line %u, in %s\n", file ? file : "?", (unsigned)tb->lineno,
            name ? name : "?");
    const char *line;
    size_t len;
    if (!file || !source_line(sc, file, tb->lineno, &line, &len))
        return;
    if (len > 0 && line[len - 1] == '\r')   /* the file is read as text: \r\n is one newline */
        len--;
    size_t indent = 0;
    while (indent < len && is_indent(line[indent]))
        indent++;
    size_t end = len;
    while (end > indent && is_space(line[end - 1]))
        end--;
    if (end == indent)
        return;
    fprintf(out, "    %.*s\n", (int)(len - indent), line + indent);
    tpy_position pos;
    if (tpy_codeobj_position(co, tb->lasti, &pos) && pos.line == tb->lineno)
        print_carets(out, &pos, line, len, indent);
}

#define RECURSIVE_CUTOFF 3

static void print_repeated(FILE *out, long count)
{
    if (count > RECURSIVE_CUTOFF) {
        count -= RECURSIVE_CUTOFF;
        fprintf(out, "  [Previous line repeated %ld more time%s]\n", count, count > 1 ? "s" : "");
    }
}

static void print_tb(tpy_vm *vm, FILE *out, tpy_object *tbo, source_cache *sc)
{
    fputs("Traceback (most recent call last):\n", out);
    tpy_object *last_file = NULL, *last_name = NULL;
    uint32_t last_line = 0;
    long count = 0;
    for (tpy_traceback *tb = (tpy_traceback *)tbo; tb; tb = (tpy_traceback *)tb->next) {
        tpy_codeobj *co = (tpy_codeobj *)((tpy_frameobj *)tb->frame)->code;
        bool same = last_file && tpy_str_equal(last_file, co->filename) &&
                    tpy_str_equal(last_name, co->name) && last_line == tb->lineno;
        if (!same) {
            print_repeated(out, count);
            last_file = co->filename;
            last_name = co->name;
            last_line = tb->lineno;
            count = 0;
        }
        if (++count > RECURSIVE_CUTOFF)
            continue;
        print_entry(vm, out, tb, sc);
    }
    print_repeated(out, count);
}

/* CPython 3.11 ends the line of a NameError or AttributeError with a
 * suggestion (str(e) has none); a NameError's candidates come from the
 * frame where it was raised, the last entry of its traceback. */
static void print_suggestion(tpy_vm *vm, FILE *out, tpy_object *exc)
{
    tpy_codeobj *code = NULL;
    tpy_object *globals = NULL;
    if (tpy_exc_check(exc)) {
        for (tpy_traceback *tb = (tpy_traceback *)((tpy_exc *)exc)->traceback; tb;
             tb = (tpy_traceback *)tb->next) {
            code = (tpy_codeobj *)FO(tb->frame)->code;
            globals = FO(tb->frame)->globals;
        }
    }
    tpy_object *s = tpy_suggestion(vm, exc, code, globals);
    const char *u = s ? tpy_str_utf8(vm, s, NULL) : NULL;
    if (u)
        fprintf(out, ". Did you mean: '%s'?", u);
    tpy_xdecref(vm, s);
    tpy_err_clear(vm);
}

/* ---- SyntaxError ---------------------------------------------------------------------------- */

/* A SyntaxError's location, read as CPython's report reads it. */
typedef struct syntax_loc {
    tpy_object *msg, *filename, *text;   /* new references; text may be NULL */
    intptr_t line, offset, end_line, end_offset;
} syntax_loc;

/* An int field; None gives @p if_none (or fails when it is below -1). */
static bool syntax_int(tpy_vm *vm, tpy_object *exc, const char *name, intptr_t if_none,
                       intptr_t *out)
{
    tpy_object *v = tpy_getattr_c(vm, exc, name);
    if (!v)
        return false;
    bool ok = true;
    if (v == TPY_NONE && if_none >= -1)
        *out = if_none;
    else if (tpy_int_check(v))
        ok = (*out = tpy_index_ssize(vm, v, NULL)) >= 0 || !tpy_err_occurred(vm);
    else
        ok = false;
    /* Any int may be stored there; keep the caret arithmetic far from overflow. */
    if (ok && (*out > INT32_MAX || *out < INT32_MIN))
        *out = *out > 0 ? INT32_MAX : INT32_MIN;
    tpy_decref(vm, v);
    return ok;
}

/* False (nothing held) when a field is missing or of the wrong kind:
 * the exception is then printed as any other. Subclasses (IndentationError,
 * TabError) have no end position in CPython's report. */
static bool syntax_location(tpy_vm *vm, tpy_object *exc, syntax_loc *l)
{
    memset(l, 0, sizeof *l);
    l->msg = tpy_getattr_c(vm, exc, "msg");
    l->filename = l->msg ? tpy_getattr_c(vm, exc, "filename") : NULL;
    if (l->filename == TPY_NONE) {
        tpy_decref(vm, l->filename);
        l->filename = tpy_str_from_cstr(vm, "<string>");
    }
    bool ok = l->filename && syntax_int(vm, exc, "lineno", -2, &l->line) &&
              syntax_int(vm, exc, "offset", -1, &l->offset);
    if (ok && tpy_type_of(exc) == &tpy_exc_SyntaxError) {
        if (!syntax_int(vm, exc, "end_lineno", l->line, &l->end_line))
            l->end_line = l->line;
        if (!syntax_int(vm, exc, "end_offset", -1, &l->end_offset))
            l->end_offset = -1;
        tpy_err_clear(vm);
    } else {
        l->end_line = l->line;
        l->end_offset = -1;
    }
    if (ok) {
        l->text = tpy_getattr_c(vm, exc, "text");
        ok = l->text != NULL;
        if (l->text == TPY_NONE || (l->text && !tpy_str_check(l->text)))
            TPY_CLEAR(vm, l->text);   /* CPython shows no line for a non-str either */
    }
    if (!ok) {
        tpy_xdecref(vm, l->msg);
        tpy_xdecref(vm, l->filename);
        tpy_err_clear(vm);
    }
    return ok;
}

/* The offending line and its carets: leading blanks dropped, the offset
 * (1-based) moved with them and kept within the line, a line after an
 * embedded newline when the offset is past it; no carets when the offset
 * falls left of the text. */
static void print_syntax_text(FILE *out, intptr_t offset, intptr_t end_offset, const char *text)
{
    intptr_t carets = end_offset > 0 && end_offset > offset ? end_offset - offset : 1;
    offset--;
    while (*text == ' ' || *text == '\t' || *text == '\f') {
        text++;
        offset--;
    }
    intptr_t len = (intptr_t)strlen(text);
    if (len > 0 && text[len - 1] == '\n')
        len--;
    if (offset > len)
        offset = len;
    for (const char *nl; (nl = strchr(text, '\n')) != NULL;) {
        intptr_t at = nl - text;
        if (at >= offset)
            break;
        text += at + 1;
        len -= at + 1;
        offset -= at + 1;
    }
    fprintf(out, "    %s", text);
    if (text[len] != '\n')
        fputc('\n', out);
    if (offset < 0)
        return;
    fputs("    ", out);
    for (intptr_t k = 0; k < offset; k++)
        fputc(' ', out);
    for (intptr_t k = 0; k < carets; k++)
        fputc('^', out);
    fputc('\n', out);
}

/* CPython's report of a SyntaxError: "  File ..., line N", the line with
 * carets, then its msg (not str(e)) on the last line. Returns that msg (a
 * new reference), or NULL when the exception is printed as usual. */
static tpy_object *print_syntax_error(tpy_vm *vm, FILE *out, tpy_object *exc)
{
    syntax_loc l;
    if (!tpy_isinstance(exc, &tpy_exc_SyntaxError) || !syntax_location(vm, exc, &l))
        return NULL;
    tpy_object *fs = tpy_str(vm, l.filename);
    const char *f = fs ? tpy_str_utf8(vm, fs, NULL) : NULL;
    fprintf(out, "  File \"%s\", line %ld\n", f ? f : "?", (long)l.line);
    tpy_xdecref(vm, fs);
    const char *text = l.text ? tpy_str_utf8(vm, l.text, NULL) : NULL;
    if (text) {
        intptr_t end_offset = l.end_offset;
        intptr_t size = (intptr_t)strlen(text);
        if (l.end_line > l.line)   /* several lines: mark to the end of the first */
            end_offset = size;
        if (end_offset > size + 1)
            end_offset = size + 1;
        print_syntax_text(out, l.offset, end_offset, text);
    }
    tpy_err_clear(vm);
    tpy_xdecref(vm, l.filename);
    tpy_xdecref(vm, l.text);
    return l.msg;
}

/* "TypeName: message", the module shown unless builtins or __main__. */
static void print_exception_line(tpy_vm *vm, FILE *out, tpy_object *exc)
{
    tpy_object *msg = print_syntax_error(vm, out, exc);
    tpy_type *t = tpy_type_of(exc);
    const char *tname = t->name;
    if (tpy_type_has(t, TPY_TF_HEAPTYPE)) {
        tpy_object *mod = tpy_getattr_c(vm, &t->ob, "__module__");
        tpy_err_clear(vm);
        const char *m = mod && tpy_str_check(mod) ? tpy_str_utf8(vm, mod, NULL) : NULL;
        if (m && strcmp(m, "__main__") != 0 && strcmp(m, "builtins") != 0)
            fprintf(out, "%s.", m);
        tpy_xdecref(vm, mod);
    }
    tpy_object *s = tpy_str(vm, msg ? msg : exc);
    if (!s) {
        tpy_err_clear(vm);
        tpy_xdecref(vm, msg);
        fprintf(out, "%s: <exception str() failed>\n", tname);
        return;
    }
    size_t n;
    const char *u = tpy_str_utf8(vm, s, &n);
    if (u && n && msg != TPY_NONE)   /* a SyntaxError's msg None: no ": None" */
        fprintf(out, "%s: %.*s", tname, (int)n, u);
    else
        fputs(tname, out);
    tpy_decref(vm, s);
    tpy_xdecref(vm, msg);
    print_suggestion(vm, out, exc);
    fputc('\n', out);
}

/* Write str(@p o) (or repr, @p use_repr) and a newline; nothing if it fails. */
static void print_text_line(tpy_vm *vm, FILE *out, tpy_object *o, bool use_repr)
{
    tpy_object *s = use_repr ? tpy_repr(vm, o) : tpy_str(vm, o);
    size_t n;
    const char *u = s ? tpy_str_utf8(vm, s, &n) : NULL;
    if (u)
        fprintf(out, "%.*s\n", (int)n, u);
    else
        tpy_err_clear(vm);
    tpy_xdecref(vm, s);
}

/* The exception's notes (PEP 678), one line each after its message. As
 * in CPython, a str __notes__ is a sequence (one character a line) and
 * anything that is not a sequence prints as its repr. */
static void print_notes(tpy_vm *vm, FILE *out, tpy_object *exc)
{
    tpy_object *notes = tpy_getattr_c(vm, exc, "__notes__");
    if (!notes) {
        tpy_err_clear(vm);
        return;
    }
    if (tpy_list_check(notes) || tpy_tuple_check(notes) || tpy_str_check(notes)) {
        tpy_object *items = tpy_sequence_tuple(vm, notes);
        for (intptr_t i = 0; items && i < tpy_tuple_len(items); i++)
            print_text_line(vm, out, tpy_tuple_get(items, i), false);
        if (!items)
            tpy_err_clear(vm);
        tpy_xdecref(vm, items);
    } else {
        print_text_line(vm, out, notes, true);
    }
    tpy_decref(vm, notes);
}

static bool seen_before(tpy_object **seen, size_t n, tpy_object *o)
{
    for (size_t k = 0; k < n; k++)
        if (seen[k] == o)
            return true;
    return false;
}

static void print_chain(tpy_vm *vm, FILE *out, tpy_object *exc, tpy_object **seen, size_t *nseen,
                        source_cache *sc)
{
    if (*nseen < 256)
        seen[(*nseen)++] = exc;
    tpy_exc *e = (tpy_exc *)exc;
    if (tpy_exc_check(exc)) {
        if (e->cause && !seen_before(seen, *nseen, e->cause)) {
            print_chain(vm, out, e->cause, seen, nseen, sc);
            fputs("\nThe above exception was the direct cause of the following exception:\n\n",
                  out);
        } else if (e->context && !e->suppress_context && !seen_before(seen, *nseen, e->context)) {
            print_chain(vm, out, e->context, seen, nseen, sc);
            fputs("\nDuring handling of the above exception, another exception occurred:\n\n",
                  out);
        }
        if (e->traceback)
            print_tb(vm, out, e->traceback, sc);
    }
    print_exception_line(vm, out, exc);
    if (tpy_exc_check(exc))
        print_notes(vm, out, exc);
}

void tpy_traceback_print(tpy_vm *vm, tpy_object *exc, FILE *out)
{
    tpy_object *seen[256];
    size_t nseen = 0;
    source_cache *sc = tpy_mem_calloc(1, sizeof *sc);
    if (!sc)
        return;
    fflush(stdout);
    print_chain(vm, out, exc, seen, &nseen, sc);
    fflush(out);
    tpy_mem_free(sc->text);
    tpy_mem_free(sc);
}
