/* vm/modules/fileio.c: the file objects of open(): reading and writing
 * through an fd with a read-ahead buffer and a write buffer from the VM's
 * heap, text decoding and universal newlines for text mode, and the
 * methods and attributes CPython's TextIOWrapper and Buffered* classes
 * show (read, readline, readlines, write, writelines, seek, tell, flush,
 * close, closed, name, mode, iteration, the with statement).
 *
 * Invariant: a file never holds unread bytes and unwritten bytes at
 * once; the fd's offset is the logical position + (rlen - rpos) - wlen. */
#define _POSIX_C_SOURCE 200809L
#include <errno.h>
#include <string.h>
#include <unistd.h>

#include "abstract.h"
#include "buf.h"
#include "error.h"
#include "fileio.h"
#include "refcount.h"
#include "stdmod.h"
#include "types.h"
#include "vm.h"

#define F(o) ((tpy_file *)(o))
#define METHOD(name)                                                              \
    static tpy_object *name(tpy_vm *vm, tpy_object *self, tpy_object *const *args, \
                            size_t nargs, tpy_object *kwnames)
#define CHUNK 8192

/* ---- state checks ------------------------------------------------------------------------------ */

/* ValueError for an operation on a closed file; binary files name the
 * operation as CPython's buffered classes do ("read of closed file"). */
static int check_open(tpy_vm *vm, tpy_object *self, const char *binary_msg)
{
    if (F(self)->fd >= 0)
        return 0;
    const char *msg = F(self)->text || !binary_msg ? "I/O operation on closed file." : binary_msg;
    tpy_err_set(vm, &tpy_exc_ValueError, msg);
    return -1;
}

static int unsupported(tpy_vm *vm, const char *what)
{
    tpy_err_set(vm, &tpy_io_unsupported_type, what);
    return -1;
}

static int check_readable(tpy_vm *vm, tpy_object *self, const char *closed_msg)
{
    if (check_open(vm, self, closed_msg) < 0)
        return -1;
    if (!F(self)->readable)
        return unsupported(vm, F(self)->text ? "not readable" : "read");
    return 0;
}

static int check_writable(tpy_vm *vm, tpy_object *self)
{
    if (check_open(vm, self, "write to closed file") < 0)
        return -1;
    if (!F(self)->writable)
        return unsupported(vm, F(self)->text ? "not writable" : "write");
    return 0;
}

/* ---- the fd and the buffers ----------------------------------------------------------------------- */

static int write_all(tpy_vm *vm, tpy_file *f, const unsigned char *p, size_t n)
{
    while (n > 0) {
        ssize_t w = write(f->fd, p, n);
        if (w < 0 && errno == EINTR)
            continue;
        if (w < 0) {
            tpy_err_from_errno(vm, errno, NULL);
            return -1;
        }
        p += w;
        n -= (size_t)w;
    }
    return 0;
}

/* Give the write buffer to the fd. */
static int flush_writes(tpy_vm *vm, tpy_file *f)
{
    if (f->wlen == 0)
        return 0;
    size_t n = f->wlen;
    f->wlen = 0;
    return write_all(vm, f, f->wbuf, n);
}

/* Drop the read-ahead, moving the fd back to the logical position. */
static int drop_reads(tpy_vm *vm, tpy_file *f)
{
    size_t ahead = f->rlen - f->rpos;
    f->rpos = f->rlen = 0;
    if (ahead && lseek(f->fd, -(off_t)ahead, SEEK_CUR) < 0) {
        tpy_err_from_errno(vm, errno, NULL);
        return -1;
    }
    return 0;
}

/* Read more bytes after the unread ones: the count read, 0 at end of
 * file, -1 on error. */
static intptr_t fill(tpy_vm *vm, tpy_file *f)
{
    if (flush_writes(vm, f) < 0)
        return -1;
    if (f->rpos > 0) {
        memmove(f->rbuf, f->rbuf + f->rpos, f->rlen - f->rpos);
        f->rlen -= f->rpos;
        f->rpos = 0;
    }
    if (f->rcap - f->rlen < CHUNK) {
        unsigned char *p = tpy_vm_realloc(vm, f->rbuf, f->rlen + CHUNK);
        if (!p)
            return -1;
        f->rbuf = p;
        f->rcap = f->rlen + CHUNK;
    }
    for (;;) {
        ssize_t r = read(f->fd, f->rbuf + f->rlen, f->rcap - f->rlen);
        if (r < 0 && errno == EINTR)
            continue;
        if (r < 0) {
            tpy_err_from_errno(vm, errno, NULL);
            return -1;
        }
        f->rlen += (size_t)r;
        return r;
    }
}

/* The byte k places after the read position: 0..255, -1 at end of file,
 * -2 on error. */
static int peek(tpy_vm *vm, tpy_file *f, size_t k)
{
    while (f->rlen - f->rpos <= k) {
        intptr_t r = fill(vm, f);
        if (r <= 0)
            return r < 0 ? -2 : -1;
    }
    return f->rbuf[f->rpos + k];
}

static int buffer_write(tpy_vm *vm, tpy_file *f, const unsigned char *p, size_t n)
{
    if (n == 0)
        return 0;
    if (f->rlen > f->rpos && drop_reads(vm, f) < 0)
        return -1;
    f->rpos = f->rlen = 0;
    if (f->wlen + n > CHUNK && flush_writes(vm, f) < 0)
        return -1;
    if (n >= CHUNK)
        return write_all(vm, f, p, n);
    if (f->wcap < f->wlen + n) {
        unsigned char *q = tpy_vm_realloc(vm, f->wbuf, CHUNK);
        if (!q)
            return -1;
        f->wbuf = q;
        f->wcap = CHUNK;
    }
    memcpy(f->wbuf + f->wlen, p, n);
    f->wlen += n;
    return 0;
}

/* ---- decoding ---------------------------------------------------------------------------------- */

static const char *const encoding_codec[] = {"utf-8", "latin-1", "ascii"};

static tpy_object *decode(tpy_vm *vm, tpy_file *f, const char *p, size_t n)
{
    if (f->encoding == TPY_ENC_UTF8)
        return tpy_str_from_utf8(vm, p, n);
    tpy_object *b = tpy_bytes_from(vm, p, n);
    tpy_object *enc = b ? tpy_str_from_cstr(vm, encoding_codec[f->encoding]) : NULL;
    tpy_object *r = enc ? tpy_call_method(vm, b, "decode", &enc, 1) : NULL;
    tpy_xdecref(vm, b);
    tpy_xdecref(vm, enc);
    return r;
}

/* The bytes of one character at the read position: a UTF-8 sequence's
 * length from its lead byte, one byte in the other encodings. */
static size_t char_len(tpy_file *f, int lead)
{
    if (f->encoding != TPY_ENC_UTF8 || lead < 0xC0)
        return 1;
    return lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2;
}

/* Move one character of text to `out`, applying the newline mode:
 * 1 with *line_end set when it ends a line, 0 at end of file, -1 on
 * error. */
static int text_char(tpy_vm *vm, tpy_file *f, tpy_buf *out, bool *line_end)
{
    int c = peek(vm, f, 0);
    if (c < 0)
        return c == -1 ? 0 : -1;
    *line_end = false;
    if (c == '\r' || c == '\n') {
        f->rpos++;
        int next = c == '\r' ? peek(vm, f, 0) : -1;
        if (next == -2)
            return -1;
        switch (f->newline) {
        case TPY_NL_UNIVERSAL:
            if (c == '\r' && next == '\n')
                f->rpos++;
            c = '\n';
            *line_end = true;
            break;
        case TPY_NL_UNTRANSLATED: *line_end = c == '\n' || next != '\n'; break;
        case TPY_NL_LF: *line_end = c == '\n'; break;
        case TPY_NL_CR: *line_end = c == '\r'; break;
        case TPY_NL_CRLF: *line_end = c == '\n' && f->last == '\r'; break;
        }
        f->last = (unsigned char)c;
        return tpy_buf_putc(out, (char)c) < 0 ? -1 : 1;
    }
    size_t n = char_len(f, c);
    for (size_t k = 1; k < n; k++)
        if (peek(vm, f, k) == -2)
            return -1;
    n = n < f->rlen - f->rpos ? n : f->rlen - f->rpos;
    f->last = (unsigned char)c;
    int r = tpy_buf_append(out, (const char *)f->rbuf + f->rpos, n);
    f->rpos += n;
    return r < 0 ? -1 : 1;
}

/* Text up to the end of file or, when `line`, the end of the line: runs
 * of bytes without \r or \n are copied whole; the line ends go through
 * text_char. 1 done, -1 error. */
static int text_runs(tpy_vm *vm, tpy_file *f, tpy_buf *out, bool line)
{
    for (;;) {
        if (f->rpos == f->rlen) {
            intptr_t got = fill(vm, f);
            if (got <= 0)
                return got < 0 ? -1 : 1;
        }
        size_t i = f->rpos;
        while (i < f->rlen && f->rbuf[i] != '\r' && f->rbuf[i] != '\n')
            i++;
        if (i > f->rpos) {
            if (tpy_buf_append(out, (const char *)f->rbuf + f->rpos, i - f->rpos) < 0)
                return -1;
            f->last = f->rbuf[i - 1];
            f->rpos = i;
        }
        if (i == f->rlen)
            continue;
        bool end = false;
        int r = text_char(vm, f, out, &end);
        if (r <= 0)
            return r < 0 ? -1 : 1;
        if (line && end)
            return 1;
    }
}

/* Up to `limit` characters of text (limit < 0: no limit), stopping after
 * a line end when `line` is set. */
static tpy_object *read_text(tpy_vm *vm, tpy_file *f, intptr_t limit, bool line)
{
    tpy_buf out;
    tpy_buf_init(&out, vm);
    bool end = false;
    int r = 1;
    f->last = 0;   /* a '\r' a previous call returned does not pair with this '\n' */
    if (limit < 0)
        r = text_runs(vm, f, &out, line);
    for (intptr_t n = 0; limit >= 0 && n < limit && !(line && end); n++)
        if ((r = text_char(vm, f, &out, &end)) <= 0)
            break;
    tpy_object *s = r < 0 ? NULL : decode(vm, f, out.data, out.len);
    tpy_buf_free(&out);
    return s;
}

/* Up to `limit` bytes (limit < 0: to the end of file), stopping after
 * b'\n' when `line` is set. */
static tpy_object *read_bytes(tpy_vm *vm, tpy_file *f, intptr_t limit, bool line)
{
    tpy_buf out;
    tpy_buf_init(&out, vm);
    for (;;) {
        size_t avail = f->rlen - f->rpos;
        if (limit >= 0 && (intptr_t)out.len + (intptr_t)avail > limit)
            avail = (size_t)limit - out.len;
        const unsigned char *nl = line && avail ? memchr(f->rbuf + f->rpos, '\n', avail) : NULL;
        if (nl)
            avail = (size_t)(nl - (f->rbuf + f->rpos)) + 1;
        if (avail && tpy_buf_append(&out, (const char *)f->rbuf + f->rpos, avail) < 0)
            break;
        f->rpos += avail;
        if (nl || (limit >= 0 && (intptr_t)out.len >= limit))
            goto done;
        intptr_t r = fill(vm, f);
        if (r < 0)
            break;
        if (r == 0)
            goto done;
    }
    tpy_buf_free(&out);
    return NULL;
done:;
    tpy_object *b = tpy_bytes_from(vm, out.data, out.len);
    tpy_buf_free(&out);
    return b;
}

/* ---- reading methods ---------------------------------------------------------------------------- */

static tpy_object *read_some(tpy_vm *vm, tpy_object *self, intptr_t n, bool line)
{
    tpy_file *f = F(self);
    return f->text ? read_text(vm, f, n, line) : read_bytes(vm, f, n, line);
}

METHOD(f_read)
{
    intptr_t n;
    if (tpy_stdmod_size_arg(vm, "read", args, nargs, kwnames, &n) < 0 ||
        check_readable(vm, self, "read of closed file") < 0)
        return NULL;
    return read_some(vm, self, n < 0 ? -1 : n, false);
}

METHOD(f_readline)
{
    intptr_t n;
    if (tpy_stdmod_size_arg(vm, "readline", args, nargs, kwnames, &n) < 0 ||
        check_readable(vm, self, "readline of closed file") < 0)
        return NULL;
    return read_some(vm, self, n < 0 ? -1 : n, true);
}

static intptr_t item_len(tpy_object *o)
{
    return tpy_str_check(o) ? tpy_str_len(o) : tpy_bytes_len(o);
}

METHOD(f_readlines)
{
    intptr_t hint;
    if (tpy_stdmod_size_arg(vm, "readlines", args, nargs, kwnames, &hint) < 0 ||
        check_readable(vm, self, NULL) < 0)
        return NULL;
    tpy_object *list = tpy_list_new(vm, 0);
    intptr_t total = 0;
    while (list) {
        tpy_object *line = read_some(vm, self, -1, true);
        if (!line || item_len(line) == 0) {
            if (!line)
                TPY_CLEAR(vm, list);
            tpy_xdecref(vm, line);
            break;
        }
        total += item_len(line);
        if (tpy_list_append(vm, list, line) < 0)   /* the list takes line */
            TPY_CLEAR(vm, list);
        if (hint > 0 && total >= hint)
            break;
    }
    return list;
}

static tpy_object *f_iter(tpy_vm *vm, tpy_object *self)
{
    if (check_open(vm, self, NULL) < 0)
        return NULL;
    return tpy_newref(self);
}

static tpy_object *f_next(tpy_vm *vm, tpy_object *self)
{
    if (check_readable(vm, self, NULL) < 0)
        return NULL;
    tpy_object *line = read_some(vm, self, -1, true);
    if (line && item_len(line) == 0)
        TPY_CLEAR(vm, line);   /* exhausted: NULL with no exception */
    return line;
}

/* ---- writing methods ------------------------------------------------------------------------------ */

/* Text to the encoding, '\n' written as the newline mode asks. */
static int write_text(tpy_vm *vm, tpy_file *f, tpy_object *s)
{
    tpy_object *b;
    if (f->encoding == TPY_ENC_UTF8) {
        size_t n;
        const char *p = tpy_str_utf8(vm, s, &n);
        b = p ? tpy_bytes_from(vm, p, n) : NULL;
    } else {
        tpy_object *enc = tpy_str_from_cstr(vm, encoding_codec[f->encoding]);
        b = enc ? tpy_call_method(vm, s, "encode", &enc, 1) : NULL;
        tpy_xdecref(vm, enc);
    }
    if (!b)
        return -1;
    const unsigned char *p = ((tpy_bytes *)b)->data;
    size_t n = (size_t)tpy_bytes_len(b);
    int r = 0;
    if (f->newline == TPY_NL_CR || f->newline == TPY_NL_CRLF) {
        const char *nl = f->newline == TPY_NL_CR ? "\r" : "\r\n";
        size_t start = 0;
        for (size_t i = 0; i < n && r == 0; i++)
            if (p[i] == '\n') {
                r = buffer_write(vm, f, p + start, i - start);
                if (r == 0)
                    r = buffer_write(vm, f, (const unsigned char *)nl, strlen(nl));
                start = i + 1;
            }
        if (r == 0)
            r = buffer_write(vm, f, p + start, n - start);
    } else {
        r = buffer_write(vm, f, p, n);
    }
    tpy_decref(vm, b);
    return r;
}

static tpy_object *write_one(tpy_vm *vm, tpy_object *self, tpy_object *o)
{
    tpy_file *f = F(self);
    if (f->text) {
        if (!tpy_str_check(o))
            return tpy_err_format(vm, &tpy_exc_TypeError, "write() argument must be str, not %s",
                                  o == TPY_NONE ? "None" : tpy_type_of(o)->name);
        return write_text(vm, f, o) < 0 ? NULL : tpy_int_from_i64(vm, tpy_str_len(o));
    }
    tpy_bufview v;
    int got = tpy_get_buffer(vm, o, &v);
    if (got <= 0)
        return got < 0 ? NULL
                       : tpy_err_format(vm, &tpy_exc_TypeError,
                                        "a bytes-like object is required, not '%s'",
                                        tpy_type_of(o)->name);
    return buffer_write(vm, f, v.data, (size_t)v.len) < 0 ? NULL : tpy_int_from_i64(vm, v.len);
}

METHOD(f_write)
{
    if (tpy_arg_nokw(vm, "write", kwnames) < 0 || tpy_arg_count(vm, "write", nargs, 1, 1) < 0 ||
        check_writable(vm, self) < 0)
        return NULL;
    return write_one(vm, self, args[0]);
}

METHOD(f_writelines)
{
    if (tpy_arg_nokw(vm, "writelines", kwnames) < 0 ||
        tpy_arg_count(vm, "writelines", nargs, 1, 1) < 0 || check_writable(vm, self) < 0)
        return NULL;
    tpy_object *it = tpy_iter(vm, args[0]), *item;
    if (!it)
        return NULL;
    while ((item = tpy_next(vm, it))) {
        tpy_object *r = write_one(vm, self, item);
        tpy_decref(vm, item);
        if (!r)
            break;
        tpy_decref(vm, r);
    }
    tpy_decref(vm, it);
    return tpy_err_occurred(vm) ? NULL : tpy_newref(TPY_NONE);
}

METHOD(f_flush)
{
    (void)args;
    if (tpy_arg_none(vm, "flush", nargs, kwnames) < 0 ||
        check_open(vm, self, "flush of closed file") < 0 || flush_writes(vm, F(self)) < 0)
        return NULL;
    return tpy_newref(TPY_NONE);
}

/* ---- position -------------------------------------------------------------------------------------- */

/* The logical position: where the next read or write happens. */
static off_t position(tpy_vm *vm, tpy_file *f)
{
    off_t at = lseek(f->fd, 0, SEEK_CUR);
    if (at < 0) {
        tpy_err_from_errno(vm, errno, NULL);
        return -1;
    }
    return at - (off_t)(f->rlen - f->rpos) + (off_t)f->wlen;
}

METHOD(f_tell)
{
    (void)args;
    if (tpy_arg_none(vm, "tell", nargs, kwnames) < 0 ||
        check_open(vm, self, "I/O operation on closed file") < 0)
        return NULL;
    off_t at = position(vm, F(self));
    return at < 0 ? NULL : tpy_int_from_i64(vm, at);
}

METHOD(f_seek)
{
    int64_t offset, whence = 0;
    if (tpy_arg_nokw(vm, "seek", kwnames) < 0 || tpy_arg_count(vm, "seek", nargs, 1, 2) < 0)
        return NULL;
    if (!tpy_int_check(args[0]) || (nargs == 2 && !tpy_int_check(args[1])))
        return tpy_err_format(vm, &tpy_exc_TypeError,
                              "'%s' object cannot be interpreted as an integer",
                              tpy_type_of(tpy_int_check(args[0]) ? args[1] : args[0])->name);
    if (tpy_int_to_i64(vm, args[0], &offset) < 0 ||
        (nargs == 2 && tpy_int_to_i64(vm, args[1], &whence) < 0) ||
        check_open(vm, self, "seek of closed file") < 0)
        return NULL;
    tpy_file *f = F(self);
    if (whence < 0 || whence > 2)
        return tpy_err_format(vm, &tpy_exc_ValueError, "whence value %lld unsupported",
                              (long long)whence);
    if (f->text && whence == 1 && offset != 0)
        return unsupported(vm, "can't do nonzero cur-relative seeks"), NULL;
    if (f->text && whence == 2 && offset != 0)
        return unsupported(vm, "can't do nonzero end-relative seeks"), NULL;
    if (f->text && whence == 0 && offset < 0)
        return tpy_err_format(vm, &tpy_exc_ValueError, "negative seek position %lld",
                              (long long)offset);
    if (whence == 1) {
        off_t cur = position(vm, f);
        if (cur < 0)
            return NULL;
        offset += cur;
        whence = 0;
    }
    if (flush_writes(vm, f) < 0)
        return NULL;
    f->rpos = f->rlen = 0;
    f->last = 0;
    off_t at = lseek(f->fd, (off_t)offset, whence == 0 ? SEEK_SET : SEEK_END);
    if (at < 0)
        return tpy_err_from_errno(vm, errno, NULL);
    return tpy_int_from_i64(vm, at);
}

METHOD(f_truncate)
{
    if (tpy_arg_nokw(vm, "truncate", kwnames) < 0 ||
        tpy_arg_count(vm, "truncate", nargs, 0, 1) < 0 || check_writable(vm, self) < 0)
        return NULL;
    tpy_file *f = F(self);
    if (flush_writes(vm, f) < 0)
        return NULL;
    int64_t size;
    if (nargs == 1 && args[0] != TPY_NONE) {
        if (tpy_int_to_i64(vm, args[0], &size) < 0)
            return NULL;
    } else if ((size = position(vm, f)) < 0) {
        return NULL;
    }
    if (drop_reads(vm, f) < 0)
        return NULL;
    if (ftruncate(f->fd, (off_t)size) < 0)
        return tpy_err_from_errno(vm, errno, NULL);
    return tpy_int_from_i64(vm, size);
}

/* ---- closing and questions ---------------------------------------------------------------------------- */

/* Flush and close the fd (once); the first error wins. */
static int close_file(tpy_vm *vm, tpy_file *f)
{
    if (f->fd < 0)
        return 0;
    int r = flush_writes(vm, f);
    if (f->closefd && close(f->fd) < 0 && r == 0) {
        tpy_err_from_errno(vm, errno, NULL);
        r = -1;
    }
    f->fd = -1;
    f->rpos = f->rlen = 0;
    return r;
}

METHOD(f_close)
{
    (void)args;
    if (tpy_arg_none(vm, "close", nargs, kwnames) < 0 || close_file(vm, F(self)) < 0)
        return NULL;
    return tpy_newref(TPY_NONE);
}

METHOD(f_enter)
{
    (void)args;
    if (tpy_arg_none(vm, "__enter__", nargs, kwnames) < 0 || check_open(vm, self, NULL) < 0)
        return NULL;
    return tpy_newref(self);
}

METHOD(f_exit)
{
    (void)args;
    (void)nargs;
    (void)kwnames;
    if (close_file(vm, F(self)) < 0)
        return NULL;
    return tpy_newref(TPY_NONE);
}

METHOD(f_fileno)
{
    (void)args;
    if (tpy_arg_none(vm, "fileno", nargs, kwnames) < 0 ||
        check_open(vm, self, "I/O operation on closed file") < 0)
        return NULL;
    return tpy_int_from_i64(vm, F(self)->fd);
}

static tpy_object *question(tpy_vm *vm, tpy_object *self, const char *fname, size_t nargs,
                            tpy_object *kwnames, bool answer)
{
    if (tpy_arg_none(vm, fname, nargs, kwnames) < 0 || check_open(vm, self, NULL) < 0)
        return NULL;
    return tpy_newref(tpy_bool(answer));
}

METHOD(f_readable)
{
    (void)args;
    return question(vm, self, "readable", nargs, kwnames, F(self)->readable);
}

METHOD(f_writable)
{
    (void)args;
    return question(vm, self, "writable", nargs, kwnames, F(self)->writable);
}

METHOD(f_seekable)
{
    (void)args;
    return question(vm, self, "seekable", nargs, kwnames,
                    F(self)->fd < 0 || lseek(F(self)->fd, 0, SEEK_CUR) >= 0);
}

METHOD(f_isatty)
{
    (void)args;
    return question(vm, self, "isatty", nargs, kwnames, F(self)->fd >= 0 && isatty(F(self)->fd));
}

static tpy_object *get_closed(tpy_vm *vm, tpy_object *self)
{
    (void)vm;
    return tpy_newref(tpy_bool(F(self)->fd < 0));
}

static tpy_object *get_name(tpy_vm *vm, tpy_object *self)
{
    (void)vm;
    return tpy_newref(F(self)->name);
}

static tpy_object *get_mode(tpy_vm *vm, tpy_object *self)
{
    (void)vm;
    return tpy_newref(F(self)->mode);
}

static tpy_object *get_encoding(tpy_vm *vm, tpy_object *self)
{
    if (!F(self)->encoding_name)
        return tpy_err_format(vm, &tpy_exc_AttributeError,
                              "'%s' object has no attribute 'encoding'", tpy_type_of(self)->name);
    return tpy_newref(F(self)->encoding_name);
}

static tpy_object *f_repr(tpy_vm *vm, tpy_object *self)
{
    tpy_file *f = F(self);
    if (f->text)
        return tpy_str_format(vm, "<%s name=%R mode=%R encoding=%R>", tpy_type_of(self)->name,
                              f->name, f->mode, f->encoding_name);
    return tpy_str_format(vm, "<%s name=%R>", tpy_type_of(self)->name, f->name);
}

static void f_destroy(tpy_obj_heap *heap, tpy_object *o)
{
    tpy_file *f = F(o);
    if (f->fd >= 0) {
        /* An unclosed file is flushed and closed, errors unreported. */
        for (size_t done = 0; done < f->wlen;) {
            ssize_t w = write(f->fd, f->wbuf + done, f->wlen - done);
            if (w <= 0 && errno != EINTR)
                break;
            done += w > 0 ? (size_t)w : 0;
        }
        if (f->closefd)
            close(f->fd);
    }
    tpy_obj_heap_free(heap, f->rbuf);
    tpy_obj_heap_free(heap, f->wbuf);
    tpy_xdecref_heap(heap, f->name);
    tpy_xdecref_heap(heap, f->mode);
    tpy_xdecref_heap(heap, f->encoding_name);
    tpy_obj_free(heap, o);
}

static const tpy_method_def file_methods[] = {
    {"read", f_read, 0, NULL}, {"readline", f_readline, 0, NULL},
    {"readlines", f_readlines, 0, NULL}, {"write", f_write, 0, NULL},
    {"writelines", f_writelines, 0, NULL}, {"flush", f_flush, 0, NULL},
    {"tell", f_tell, 0, NULL}, {"seek", f_seek, 0, NULL}, {"truncate", f_truncate, 0, NULL},
    {"close", f_close, 0, NULL}, {"fileno", f_fileno, 0, NULL},
    {"readable", f_readable, 0, NULL}, {"writable", f_writable, 0, NULL},
    {"seekable", f_seekable, 0, NULL}, {"isatty", f_isatty, 0, NULL},
    {"__enter__", f_enter, 0, NULL}, {"__exit__", f_exit, 0, NULL},
    {NULL, NULL, 0, NULL},
};

static const tpy_getset_def file_getsets[] = {
    {"closed", get_closed, NULL}, {"name", get_name, NULL}, {"mode", get_mode, NULL},
    {"encoding", get_encoding, NULL}, {NULL, NULL, NULL},
};

#define FILE_TYPE(var, pyname)                                                         \
    tpy_type var = {                                                                   \
        .ob = TPY_STATIC_HEAD(tpy_type_type),                                          \
        .layout = {.name = pyname, .basic_size = sizeof(tpy_file), .destroy = f_destroy}, \
        .name = pyname,                                                                \
        .flags = TPY_TF_IMMUTABLE,                                                     \
        .repr = f_repr,                                                                \
        .iter = f_iter,                                                                \
        .next = f_next,                                                                \
        .methods = file_methods,                                                       \
        .getsets = file_getsets,                                                       \
    };
FILE_TYPE(tpy_textio_type, "_io.TextIOWrapper")
FILE_TYPE(tpy_buffered_reader_type, "_io.BufferedReader")
FILE_TYPE(tpy_buffered_writer_type, "_io.BufferedWriter")
FILE_TYPE(tpy_buffered_random_type, "_io.BufferedRandom")

/* io.UnsupportedOperation: an OSError (CPython's also derives from
 * ValueError, which a static type with one base cannot). */
tpy_type tpy_io_unsupported_type = {
    .ob = TPY_STATIC_HEAD(tpy_type_type),
    .layout = {.name = "io.UnsupportedOperation",
               .basic_size = sizeof(tpy_exc) + 4 * sizeof(tpy_object *),
               .flags = TPY_OBJ_CONTAINER},
    .name = "io.UnsupportedOperation",
    .flags = TPY_TF_BASETYPE,
    .base = &tpy_exc_OSError,
};

tpy_object *tpy_file_new(tpy_vm *vm, tpy_type *type, int fd, bool readable, bool writable,
                         bool closefd, tpy_object *name, tpy_object *mode)
{
    tpy_object *o = tpy_alloc(vm, type);
    if (!o)
        return NULL;
    tpy_file *f = F(o);
    memset((char *)f + sizeof(tpy_object), 0, sizeof *f - sizeof(tpy_object));
    f->fd = fd;
    f->text = type == &tpy_textio_type;
    f->readable = readable;
    f->writable = writable;
    f->closefd = closefd;
    f->name = tpy_newref(name);
    f->mode = tpy_newref(mode);
    return o;
}
