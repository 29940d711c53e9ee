/* vm/core/error.c: setting, testing and clearing the VM's current
 * exception, and the printf-like message builder. */
#include "error.h"

#include <stdio.h>
#include <string.h>

#include "abstract.h"
#include "buf.h"
#include "refcount.h"
#include "types.h"
#include "vm.h"

void tpy_err_set_instance(tpy_vm *vm, tpy_object *exc)
{
    TPY_SETREF(vm, vm->exc, tpy_newref(exc));
}

void tpy_err_set_object(tpy_vm *vm, tpy_type *type, tpy_object *value)
{
    tpy_object *exc = tpy_exc_new(vm, type, &value, value ? 1 : 0);
    if (!exc)
        return;   /* tpy_exc_new raised (MemoryError) */
    TPY_SETREF(vm, vm->exc, exc);
}

void tpy_err_set(tpy_vm *vm, tpy_type *type, const char *message)
{
    if (!message) {
        tpy_err_set_object(vm, type, NULL);
        return;
    }
    tpy_object *s = tpy_str_from_utf8(vm, message, strlen(message));
    if (!s)
        return;
    tpy_err_set_object(vm, type, s);
    tpy_decref(vm, s);
}

/* Append one %-conversion that takes an object. */
static int put_object_conv(tpy_buf *b, char conv, tpy_object *o)
{
    switch (conv) {
    case 'R': return tpy_buf_put_repr(b, o);
    case 'S': return tpy_buf_put_strof(b, o);
    case 'U': return tpy_buf_put_str(b, o);
    default: return tpy_buf_puts(b, tpy_type_of(o)->name);   /* 'T' */
    }
}

/* The integer conversions: length modifier (none, l, ll, z) and code. */
static int put_int_conv(tpy_buf *b, const char *len, char conv, va_list *ap)
{
    if (strcmp(len, "z") == 0)
        return conv == 'u' || conv == 'x' ? tpy_buf_printf(b, "%zu", va_arg(*ap, size_t))
                                          : tpy_buf_printf(b, "%zd", va_arg(*ap, intptr_t));
    if (strcmp(len, "ll") == 0)
        return conv == 'u' ? tpy_buf_printf(b, "%llu", va_arg(*ap, unsigned long long))
                           : tpy_buf_printf(b, "%lld", va_arg(*ap, long long));
    if (strcmp(len, "l") == 0)
        return conv == 'u' ? tpy_buf_printf(b, "%lu", va_arg(*ap, unsigned long))
                           : tpy_buf_printf(b, "%ld", va_arg(*ap, long));
    if (conv == 'x')
        return tpy_buf_printf(b, "%x", va_arg(*ap, unsigned));
    if (conv == 'u')
        return tpy_buf_printf(b, "%u", va_arg(*ap, unsigned));
    return tpy_buf_printf(b, "%d", va_arg(*ap, int));
}

/* One conversion starting after '%': advances *pf past it. */
static int put_conv(tpy_buf *b, const char **pf, va_list *ap)
{
    const char *f = *pf;
    while (*f == '.' || (*f >= '0' && *f <= '9'))
        f++;   /* precisions such as %.200s are accepted and ignored */
    char len[3] = "";
    if (*f == 'z' || *f == 'l') {
        len[0] = *f++;
        if (len[0] == 'l' && *f == 'l')
            len[1] = *f++;
    }
    char conv = *f++;
    *pf = f;
    switch (conv) {
    case '%': return tpy_buf_putc(b, '%');
    case 's': return tpy_buf_puts(b, va_arg(*ap, const char *));
    case 'c': return tpy_buf_putc(b, (char)va_arg(*ap, int));
    case 'p': return tpy_buf_printf(b, "%p", va_arg(*ap, void *));
    case 'd': case 'i': case 'u': case 'x': return put_int_conv(b, len, conv, ap);
    case 'R': case 'S': case 'T': case 'U':
        return put_object_conv(b, conv, va_arg(*ap, tpy_object *));
    default:
        return tpy_buf_putc(b, conv);
    }
}

tpy_object *tpy_str_vformat(tpy_vm *vm, const char *fmt, va_list ap)
{
    tpy_buf b;
    tpy_buf_init(&b, vm);
    va_list ap2;
    va_copy(ap2, ap);
    for (const char *f = fmt; *f;) {
        const char *pct = strchr(f, '%');
        size_t n = pct ? (size_t)(pct - f) : strlen(f);
        if (tpy_buf_append(&b, f, n) < 0)
            goto fail;
        f += n;
        if (!pct)
            break;
        f++;
        if (put_conv(&b, &f, &ap2) < 0)
            goto fail;
    }
    va_end(ap2);
    return tpy_buf_finish(&b);
fail:
    va_end(ap2);
    tpy_buf_free(&b);
    return NULL;
}

tpy_object *tpy_str_format(tpy_vm *vm, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    tpy_object *s = tpy_str_vformat(vm, fmt, ap);
    va_end(ap);
    return s;
}

tpy_object *tpy_err_vformat(tpy_vm *vm, tpy_type *type, const char *fmt, va_list ap)
{
    tpy_object *msg = tpy_str_vformat(vm, fmt, ap);
    if (msg) {
        tpy_err_set_object(vm, type, msg);
        tpy_decref(vm, msg);
    }
    return NULL;
}

tpy_object *tpy_err_format(tpy_vm *vm, tpy_type *type, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    tpy_err_vformat(vm, type, fmt, ap);
    va_end(ap);
    return NULL;
}

tpy_object *tpy_err_occurred(tpy_vm *vm)
{
    return vm->exc;
}

bool tpy_err_matches(tpy_vm *vm, tpy_type *type)
{
    return vm->exc && tpy_isinstance(vm->exc, type);
}

tpy_object *tpy_err_fetch(tpy_vm *vm)
{
    tpy_object *e = vm->exc;
    vm->exc = NULL;
    return e;
}

void tpy_err_restore(tpy_vm *vm, tpy_object *exc)
{
    TPY_SETREF(vm, vm->exc, exc);
}

void tpy_err_clear(tpy_vm *vm)
{
    TPY_CLEAR(vm, vm->exc);
}

/* The VM's one MemoryError (it cannot be allocated when memory is out)
 * starts each raise afresh when nobody else holds it: a traceback, context
 * or cause left from an earlier raise would show the wrong frames and keep
 * them alive. */
static tpy_object *fresh_memory_error(tpy_vm *vm)
{
    tpy_exc *e = (tpy_exc *)vm->memory_error;
    if (e->ob.refcnt > 1)
        return tpy_newref(vm->memory_error);   /* being handled or kept: as it is */
    TPY_CLEAR(vm, e->traceback);
    TPY_CLEAR(vm, e->context);
    TPY_CLEAR(vm, e->cause);
    TPY_CLEAR(vm, e->notes);
    e->suppress_context = false;
    return tpy_newref(vm->memory_error);
}

tpy_object *tpy_err_no_memory(tpy_vm *vm)
{
    if (vm->memory_error)
        TPY_SETREF(vm, vm->exc, fresh_memory_error(vm));
    return NULL;
}

tpy_object *tpy_err_bad_internal_call(tpy_vm *vm, const char *where)
{
    return tpy_err_format(vm, &tpy_exc_SystemError, "%s: bad argument to internal function",
                          where);
}
