/* vm/modules/iomodule.c: the builtin open() (mode, encoding and newline
 * arguments checked with CPython's messages, then the fd opened and
 * wrapped in a file object of fileio.c) and the `io` module: open,
 * StringIO, BytesIO (stringio.c), the file classes, UnsupportedOperation
 * and the SEEK_* constants. */
#define _POSIX_C_SOURCE 200809L
#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "abstract.h"
#include "error.h"
#include "fileio.h"
#include "refcount.h"
#include "stdmod.h"
#include "stringio.h"
#include "types.h"
#include "vm.h"

/* What a mode string asks for. */
typedef struct open_mode {
    bool creating, reading, writing, appending, updating, text, binary;
} open_mode;

static int parse_mode(tpy_vm *vm, tpy_object *mode, open_mode *m)
{
    memset(m, 0, sizeof *m);
    intptr_t n = tpy_str_len(mode);
    bool *flag = NULL;
    for (intptr_t i = 0; i < n; i++) {
        switch (tpy_str_at(mode, i)) {
        case 'x': flag = &m->creating; break;
        case 'r': flag = &m->reading; break;
        case 'w': flag = &m->writing; break;
        case 'a': flag = &m->appending; break;
        case '+': flag = &m->updating; break;
        case 't': flag = &m->text; break;
        case 'b': flag = &m->binary; break;
        default: flag = NULL; break;
        }
        if (!flag || *flag) {
            tpy_err_format(vm, &tpy_exc_ValueError, "invalid mode: %R", mode);
            return -1;
        }
        *flag = true;
    }
    int kinds = m->creating + m->reading + m->writing + m->appending;
    if (m->text && m->binary) {
        tpy_err_set(vm, &tpy_exc_ValueError, "can't have text and binary mode at once");
        return -1;
    }
    if (kinds > 1) {
        tpy_err_set(vm, &tpy_exc_ValueError, "must have exactly one of create/read/write/append mode");
        return -1;
    }
    if (kinds == 0) {
        tpy_err_set(vm, &tpy_exc_ValueError,
                    "Must have exactly one of create/read/write/append mode and at most one plus");
        return -1;
    }
    return 0;
}

/* The encoding argument: one of the ASCII-compatible encodings a text
 * file supports, LookupError for a name no codec has. */
static int parse_encoding(tpy_vm *vm, tpy_object *name, enum tpy_file_encoding *out)
{
    char norm[32];
    intptr_t n = tpy_str_len(name), k = 0;
    for (intptr_t i = 0; i < n && k < (intptr_t)sizeof norm - 1; i++) {
        uint32_t c = tpy_str_at(name, i);
        norm[k++] = (char)(c == '_' || c == ' ' ? '-' : c >= 'A' && c <= 'Z' ? c + 32 : c < 128 ? c : '?');
    }
    norm[k] = 0;
    static const struct {
        const char *name;
        enum tpy_file_encoding enc;
    } known[] = {
        {"utf-8", TPY_ENC_UTF8}, {"utf8", TPY_ENC_UTF8}, {"u8", TPY_ENC_UTF8},
        {"latin-1", TPY_ENC_LATIN1}, {"latin1", TPY_ENC_LATIN1}, {"iso-8859-1", TPY_ENC_LATIN1},
        {"iso8859-1", TPY_ENC_LATIN1}, {"l1", TPY_ENC_LATIN1}, {"ascii", TPY_ENC_ASCII},
        {"us-ascii", TPY_ENC_ASCII},
    };
    for (size_t i = 0; i < sizeof known / sizeof known[0]; i++)
        if (k < (intptr_t)sizeof norm - 1 && !strcmp(norm, known[i].name)) {
            *out = known[i].enc;
            return 0;
        }
    /* a codec str.encode knows but files do not: say so */
    tpy_object *probe = tpy_call_method(vm, vm->empty_str, "encode", &name, 1);
    if (!probe)
        return -1;
    tpy_decref(vm, probe);
    tpy_err_format(vm, &tpy_exc_NotImplementedError,
                   "tierpy: text files support the utf-8, latin-1 and ascii encodings, not %R",
                   name);
    return -1;
}

static int parse_newline(tpy_vm *vm, tpy_object *nl, enum tpy_file_newline *out)
{
    *out = TPY_NL_UNIVERSAL;
    if (!nl || nl == TPY_NONE)
        return 0;
    if (!tpy_str_check(nl)) {
        tpy_err_format(vm, &tpy_exc_TypeError, "open() argument 'newline' must be str or None, not %s",
                       tpy_type_of(nl)->name);
        return -1;
    }
    if (tpy_str_equal_c(nl, ""))
        *out = TPY_NL_UNTRANSLATED;
    else if (tpy_str_equal_c(nl, "\n"))
        *out = TPY_NL_LF;
    else if (tpy_str_equal_c(nl, "\r"))
        *out = TPY_NL_CR;
    else if (tpy_str_equal_c(nl, "\r\n"))
        *out = TPY_NL_CRLF;
    else {
        tpy_err_format(vm, &tpy_exc_ValueError, "illegal newline value: %U", nl);
        return -1;
    }
    return 0;
}

/* The fd for a path and mode; the error names the path. */
static int open_fd(tpy_vm *vm, tpy_object *file, const open_mode *m)
{
    size_t n;
    const char *path = tpy_str_utf8(vm, file, &n);
    if (!path)
        return -1;
    if (strlen(path) != n) {
        tpy_err_set(vm, &tpy_exc_ValueError, "embedded null byte");
        return -1;
    }
    int flags = O_CLOEXEC;
    if (m->updating)
        flags |= O_RDWR;
    else
        flags |= m->reading ? O_RDONLY : O_WRONLY;
    if (m->writing)
        flags |= O_CREAT | O_TRUNC;
    if (m->appending)
        flags |= O_CREAT | O_APPEND;
    if (m->creating)
        flags |= O_CREAT | O_EXCL;
    int fd;
    do
        fd = open(path, flags, 0666);
    while (fd < 0 && errno == EINTR);
    struct stat st;
    if (fd >= 0 && fstat(fd, &st) == 0 && S_ISDIR(st.st_mode)) {
        close(fd);
        fd = -1;
        errno = EISDIR;
    }
    if (fd < 0)
        tpy_err_from_errno(vm, errno, file);
    return fd;
}

/* The mode attribute of a binary file, as FileIO spells it. */
static const char *binary_mode_name(const open_mode *m)
{
    if (m->creating)
        return m->updating ? "xb+" : "xb";
    if (m->appending)
        return m->updating ? "ab+" : "ab";
    if (m->updating)
        return "rb+";
    return m->reading ? "rb" : "wb";
}

static tpy_type *file_type(const open_mode *m)
{
    if (!m->binary)
        return &tpy_textio_type;
    if (m->updating)
        return &tpy_buffered_random_type;
    return m->reading ? &tpy_buffered_reader_type : &tpy_buffered_writer_type;
}

/* The checks open() makes before it touches the file system. */
static int check_args(tpy_vm *vm, tpy_object *const *o, open_mode *m,
                      enum tpy_file_encoding *enc, enum tpy_file_newline *nl)
{
    tpy_object *file = o[0], *mode = o[1], *encoding = o[3], *newline = o[5];
    if (!tpy_str_check(file) && !tpy_int_check(file)) {
        tpy_err_format(vm, &tpy_exc_TypeError, "expected str, bytes or os.PathLike object, not %s",
                       tpy_type_of(file)->name);
        return -1;
    }
    if (mode && !tpy_str_check(mode)) {
        tpy_err_format(vm, &tpy_exc_TypeError, "open() argument 'mode' must be str, not %s",
                       tpy_type_of(mode)->name);
        return -1;
    }
    if (encoding && encoding != TPY_NONE && !tpy_str_check(encoding)) {
        tpy_err_format(vm, &tpy_exc_TypeError, "open() argument 'encoding' must be str or None, not %s",
                       tpy_type_of(encoding)->name);
        return -1;
    }
    if (mode && parse_mode(vm, mode, m) < 0)
        return -1;
    if (!mode) {
        memset(m, 0, sizeof *m);
        m->reading = true;
    }
    if (m->binary && encoding && encoding != TPY_NONE) {
        tpy_err_set(vm, &tpy_exc_ValueError, "binary mode doesn't take an encoding argument");
        return -1;
    }
    if (m->binary && newline && newline != TPY_NONE) {
        tpy_err_set(vm, &tpy_exc_ValueError, "binary mode doesn't take a newline argument");
        return -1;
    }
    *enc = TPY_ENC_UTF8;
    if (parse_newline(vm, newline, nl) < 0)
        return -1;
    return encoding && encoding != TPY_NONE ? parse_encoding(vm, encoding, enc) : 0;
}

static tpy_object *do_open(tpy_vm *vm, tpy_object *const *o)
{
    open_mode m;
    enum tpy_file_encoding enc;
    enum tpy_file_newline nl;
    if (check_args(vm, o, &m, &enc, &nl) < 0)
        return NULL;
    int64_t buffering = -1;
    if (o[2] && (!tpy_int_check(o[2]) || tpy_int_to_i64(vm, o[2], &buffering) < 0))
        return tpy_err_occurred(vm) ? NULL
                                    : tpy_err_format(vm, &tpy_exc_TypeError,
                                                     "'%s' object cannot be interpreted as an integer",
                                                     tpy_type_of(o[2])->name);
    if (buffering == 0 && !m.binary)
        return tpy_err_format(vm, &tpy_exc_ValueError, "can't have unbuffered text I/O");
    if (buffering == 0)
        return tpy_err_format(vm, &tpy_exc_NotImplementedError,
                              "tierpy: unbuffered binary files (buffering=0, io.FileIO) are not supported");
    bool closefd = !o[6] || tpy_is_true(vm, o[6]) == 1;
    int fd;
    if (tpy_int_check(o[0])) {
        int64_t v;
        if (tpy_int_to_i64(vm, o[0], &v) < 0)
            return NULL;
        if (v < 0 || v > INT32_MAX)
            return tpy_err_format(vm, &tpy_exc_ValueError, "negative file descriptor");
        fd = (int)v;
    } else {
        if (!closefd)
            return tpy_err_format(vm, &tpy_exc_ValueError, "Cannot use closefd=False with file name");
        if ((fd = open_fd(vm, o[0], &m)) < 0)
            return NULL;
    }
    tpy_object *mode = m.binary ? tpy_str_from_cstr(vm, binary_mode_name(&m))
                                : (o[1] ? tpy_newref(o[1]) : tpy_str_from_cstr(vm, "r"));
    tpy_object *encname = m.binary ? NULL
                          : o[3] && o[3] != TPY_NONE ? tpy_newref(o[3])
                                                     : tpy_str_from_cstr(vm, "UTF-8");
    tpy_object *f = mode && (m.binary || encname)
                        ? tpy_file_new(vm, file_type(&m), fd, m.reading || m.updating,
                                       !m.reading || m.updating, closefd, o[0], mode)
                        : NULL;
    tpy_xdecref(vm, mode);
    if (!f) {
        tpy_xdecref(vm, encname);
        if (closefd)
            close(fd);
        return NULL;
    }
    ((tpy_file *)f)->encoding = enc;
    ((tpy_file *)f)->newline = nl;
    ((tpy_file *)f)->encoding_name = encname;
    if (m.appending && lseek(fd, 0, SEEK_END) < 0)
        errno = 0;   /* an unseekable append target (a pipe) is fine */
    return f;
}

/* open(file, mode='r', buffering=-1, encoding=None, errors=None,
 *      newline=None, closefd=True, opener=None) */
tpy_object *tpy_builtin_open(tpy_vm *vm, tpy_object *self, tpy_object *const *args, size_t nargs,
                             tpy_object *kwnames)
{
    (void)self;
    static const char *const names[] = {"file", "mode", "buffering", "encoding", "errors",
                                        "newline", "closefd", "opener", NULL};
    tpy_object *o[8] = {NULL};
    if (tpy_arg_parse(vm, "open", args, nargs, kwnames, names, 0, 1, o) < 0)
        return NULL;
    if (o[7] && o[7] != TPY_NONE)
        return tpy_err_format(vm, &tpy_exc_NotImplementedError,
                              "tierpy: open() does not support the opener argument");
    if (o[4] && o[4] != TPY_NONE && !(tpy_str_check(o[4]) && tpy_str_equal_c(o[4], "strict")))
        return tpy_err_format(vm, &tpy_exc_NotImplementedError,
                              "tierpy: open() supports errors='strict' only");
    return do_open(vm, o);
}

/* ---- the io module ------------------------------------------------------------------------------ */

/* Fill the io module's dict (the module object is made by the runtime,
 * which also puts the builtin open there). */
int tpy_io_module_fill(tpy_vm *vm, tpy_object *d)
{
    static const struct {
        const char *name;
        tpy_type *type;
    } types[] = {
        {"TextIOWrapper", &tpy_textio_type}, {"BufferedReader", &tpy_buffered_reader_type},
        {"BufferedWriter", &tpy_buffered_writer_type},
        {"BufferedRandom", &tpy_buffered_random_type}, {"StringIO", &tpy_stringio_type},
        {"BytesIO", &tpy_bytesio_type}, {"UnsupportedOperation", &tpy_io_unsupported_type},
    };
    for (size_t i = 0; i < sizeof types / sizeof types[0]; i++)
        if (tpy_dict_set_c(vm, d, types[i].name, &types[i].type->ob) < 0)
            return -1;
    static const struct {
        const char *name;
        int value;
    } ints[] = {{"SEEK_SET", 0}, {"SEEK_CUR", 1}, {"SEEK_END", 2}, {"DEFAULT_BUFFER_SIZE", 8192}};
    for (size_t i = 0; i < sizeof ints / sizeof ints[0]; i++)
        if (tpy_stdmod_set_owned(vm, d, ints[i].name, tpy_int_from_i64(vm, ints[i].value)) < 0)
            return -1;
    return 0;
}
