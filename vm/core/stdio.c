/* vm/core/stdio.c: the VM's stdio sink. print() and input() reach the
 * outside world through vm->stdio when no sys.stdout / sys.stdin object
 * stands in between; a zeroed sink (the default) means the C streams, so
 * an embedder redirects a VM's output by filling three function pointers
 * instead of touching file descriptors. */
#include <errno.h>
#include <stdio.h>
#include <string.h>

#include "error.h"
#include "refcount.h"
#include "types.h"
#include "vm.h"

/* OSError(errno, strerror(errno)); OSError's constructor picks the
 * subclass (BrokenPipeError, ...) from the number. */
static int raise_errno(tpy_vm *vm, int err)
{
    tpy_object *args[2] = {tpy_int_from_i64(vm, err), tpy_str_from_cstr(vm, strerror(err))};
    if (args[0] && args[1]) {
        tpy_object *e = tpy_exc_new(vm, &tpy_exc_OSError, args, 2);
        if (e) {
            tpy_err_set_instance(vm, e);
            tpy_decref(vm, e);
        }
    }
    tpy_xdecref(vm, args[0]);
    tpy_xdecref(vm, args[1]);
    return -1;
}

static FILE *c_stream(int stream)
{
    return stream == 2 ? stderr : stream == 0 ? stdin : stdout;
}

int tpy_vm_write(tpy_vm *vm, int stream, const char *utf8, size_t len)
{
    if (vm->stdio.write) {
        errno = 0;
        if (vm->stdio.write(vm->stdio.ctx, stream, utf8, len) < 0)
            return raise_errno(vm, errno ? errno : EIO);
        return 0;
    }
    if (len && fwrite(utf8, 1, len, c_stream(stream)) != len)
        return raise_errno(vm, errno ? errno : EIO);
    return 0;
}

int tpy_vm_write_stdout(tpy_vm *vm, const char *utf8, size_t len)
{
    return tpy_vm_write(vm, 1, utf8, len);
}

int tpy_vm_write_stderr(tpy_vm *vm, const char *utf8, size_t len)
{
    return tpy_vm_write(vm, 2, utf8, len);
}

int tpy_vm_flush(tpy_vm *vm, int stream)
{
    errno = 0;
    int r = vm->stdio.flush ? vm->stdio.flush(vm->stdio.ctx, stream)
                            : fflush(c_stream(stream));
    return r < 0 || r == EOF ? raise_errno(vm, errno ? errno : EIO) : 0;
}

static long c_read_line(char *buf, size_t cap)
{
    if (!fgets(buf, (int)cap, stdin))
        return ferror(stdin) ? -1 : 0;
    return (long)strlen(buf);   /* a NUL byte in the input ends the line early: rare */
}

/* One line of stdin, '\n' kept, in a tpy_vm_malloc'd buffer (*len bytes;
 * 0 at end of file); NULL with the exception set. */
static char *read_line_buffer(tpy_vm *vm, size_t *len_out)
{
    size_t len = 0, cap = 256;
    char *line = tpy_vm_malloc(vm, cap);
    while (line) {
        errno = 0;
        long got = vm->stdio.read_line ? vm->stdio.read_line(vm->stdio.ctx, line + len, cap - len)
                                        : c_read_line(line + len, cap - len);
        if (got < 0) {
            tpy_vm_free(vm, line);
            return raise_errno(vm, errno ? errno : EIO), NULL;
        }
        len += (size_t)got;
        if (got == 0 || line[len - 1] == '\n')
            break;
        if (len + 1 >= cap) {   /* a long line: grow and read on */
            char *bigger = tpy_vm_realloc(vm, line, cap * 2);
            if (!bigger)
                tpy_vm_free(vm, line);
            line = bigger;
            cap *= 2;
        }
    }
    *len_out = len;
    return line;
}

tpy_object *tpy_vm_read_line(tpy_vm *vm)
{
    size_t len;
    char *line = read_line_buffer(vm, &len);
    if (!line)
        return NULL;
    tpy_object *s = tpy_str_from_utf8(vm, line, len);
    tpy_vm_free(vm, line);
    return s;
}

tpy_object *tpy_vm_read_line_bytes(tpy_vm *vm)
{
    size_t len;
    char *line = read_line_buffer(vm, &len);
    if (!line)
        return NULL;
    tpy_object *b = tpy_bytes_from(vm, line, len);
    tpy_vm_free(vm, line);
    return b;
}
