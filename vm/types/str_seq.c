/* vm/types/str_seq.c: str as a sequence: len, s[i], s[a:b:c], `in`, +, *,
 * iteration. */
#include <string.h>

#include "abstract.h"
#include "error.h"
#include "refcount.h"
#include "types.h"
#include "vm.h"

#define S(o) ((tpy_strobj *)(o))

static intptr_t str_len(tpy_vm *vm, tpy_object *o)
{
    (void)vm;
    return tpy_str_len(o);
}

/* Index of `needle` in hay[start:end], or -1 (a plain scan: strs in
 * programs are short; a two-way search can replace it when measured). */
intptr_t tpy_str_find_in(tpy_object *hay, tpy_object *needle, intptr_t start, intptr_t end);
intptr_t tpy_str_find_in(tpy_object *hay, tpy_object *needle, intptr_t start, intptr_t end)
{
    intptr_t m = tpy_str_len(needle);
    const tpy_strobj *h = (const tpy_strobj *)hay, *nd = (const tpy_strobj *)needle;
    if (h->kind == 1 && nd->kind == 1 && m > 0) {
        /* bytes: memchr for the first, memcmp for the rest */
        if (end - start < m)
            return -1;
        const unsigned char *base = h->data, *p = base + start, *last = base + end - m;
        while (p <= last) {
            p = memchr(p, nd->data[0], (size_t)(last - p) + 1);
            if (!p)
                return -1;
            if (memcmp(p + 1, nd->data + 1, (size_t)m - 1) == 0)
                return p - base;
            p++;
        }
        return -1;
    }
    for (intptr_t i = start; i + m <= end; i++) {
        intptr_t k = 0;
        while (k < m && tpy_str_at(hay, i + k) == tpy_str_at(needle, k))
            k++;
        if (k == m)
            return i;
    }
    return -1;
}

static tpy_object *str_slice(tpy_vm *vm, tpy_object *o, tpy_object *slice)
{
    intptr_t start, stop, step;
    intptr_t n = tpy_slice_adjust(vm, slice, tpy_str_len(o), &start, &stop, &step);
    if (n < 0)
        return NULL;
    if (step == 1)
        return tpy_str_substr(vm, o, start, start + n);
    uint32_t *cp = tpy_vm_malloc(vm, (size_t)(n ? n : 1) * sizeof *cp);
    if (!cp)
        return NULL;
    for (intptr_t i = 0; i < n; i++)
        cp[i] = tpy_str_at(o, start + i * step);
    tpy_object *r = tpy_str_from_ucs4(vm, cp, (size_t)n);
    tpy_vm_free(vm, cp);
    return r;
}

static tpy_object *str_getitem(tpy_vm *vm, tpy_object *o, tpy_object *key)
{
    if (tpy_slice_check(key))
        return str_slice(vm, o, key);
    if (!tpy_has_index(key))
        return tpy_err_format(vm, &tpy_exc_TypeError, "string indices must be integers, not '%s'",
                              tpy_type_of(key)->name);
    intptr_t i;
    if (tpy_seq_index(vm, key, tpy_str_len(o), "string", &i) < 0)
        return NULL;
    return tpy_str_substr(vm, o, i, i + 1);
}

static int str_contains(tpy_vm *vm, tpy_object *o, tpy_object *item)
{
    if (!tpy_str_check(item)) {
        tpy_err_format(vm, &tpy_exc_TypeError, "'in <string>' requires string as left operand, not %s",
                       tpy_type_of(item)->name);
        return -1;
    }
    return tpy_str_find_in(o, item, 0, tpy_str_len(o)) >= 0;
}

static tpy_object *str_concat(tpy_vm *vm, tpy_object *a, tpy_object *b)
{
    if (!tpy_str_check(b))
        return tpy_err_format(vm, &tpy_exc_TypeError, "can only concatenate str (not \"%s\") to str",
                              tpy_type_of(b)->name);
    return tpy_str_concat(vm, a, b);
}

static tpy_object *str_repeat(tpy_vm *vm, tpy_object *o, intptr_t n)
{
    intptr_t len = tpy_str_len(o);
    if (n <= 0 || len == 0)
        return tpy_newref(vm->empty_str);
    if (n == 1 && tpy_type_of(o) == &tpy_str_type)
        return tpy_newref(o);
    if (len > INTPTR_MAX / n)
        return tpy_err_format(vm, &tpy_exc_OverflowError, "repeated string is too long");
    tpy_object *r = tpy_str_new_raw(vm, (size_t)(len * n), S(o)->kind, S(o)->ascii);
    if (!r)
        return NULL;
    size_t chunk = (size_t)len * S(o)->kind;
    for (intptr_t i = 0; i < n; i++)
        memcpy(S(r)->data + (size_t)i * chunk, S(o)->data, chunk);
    return r;
}

const tpy_container_slots tpy_str_container = {
    .len = str_len, .getitem = str_getitem, .contains = str_contains,
    .concat = str_concat, .repeat = str_repeat,
};

/* str % args (str_percent.c); `x % str` for other x is not str's. */
static tpy_object *str_mod(tpy_vm *vm, tpy_object *a, tpy_object *b)
{
    if (!tpy_str_check(a))
        return TPY_NOT_IMPLEMENTED;
    return tpy_str_percent(vm, a, b);
}

const tpy_number_slots tpy_str_number = {.binary = {[TPY_OP_MOD] = str_mod}};

/* ---- the iterator ------------------------------------------------------------------------- */

tpy_object *tpy_str_iter(tpy_vm *vm, tpy_object *o)
{
    return tpy_seqiter_new(vm, &tpy_str_iter_type, o, 0);
}

static tpy_object *str_iter_next(tpy_vm *vm, tpy_object *o)
{
    tpy_seqiter *it = (tpy_seqiter *)o;
    if (!it->seq)
        return NULL;
    if (it->index < tpy_str_len(it->seq)) {
        intptr_t i = it->index++;
        return tpy_str_substr(vm, it->seq, i, i + 1);
    }
    TPY_CLEAR(vm, it->seq);
    return NULL;
}

tpy_type tpy_str_iter_type = {
    .ob = TPY_STATIC_HEAD(tpy_type_type),
    .layout = {.name = "str_iterator", .basic_size = sizeof(tpy_seqiter),
               .flags = TPY_OBJ_CONTAINER, .destroy = tpy_seqiter_destroy,
               .traverse = tpy_seqiter_traverse, .clear = tpy_seqiter_clear},
    .name = "str_iterator",
    .iter = tpy_iter_self,
    .next = str_iter_next,
};
