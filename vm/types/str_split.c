/* vm/types/str_split.c: rsplit, splitlines, partition, rpartition (split
 * itself is in str_methods.c). */
#include "abstract.h"
#include "error.h"
#include "refcount.h"
#include "str_build.h"
#include "str_internal.h"
#include "types.h"
#include "vm.h"

static int push_piece(tpy_vm *vm, tpy_object *list, tpy_object *s, intptr_t a, intptr_t b)
{
    tpy_object *piece = tpy_str_substr(vm, s, a, b);
    return piece ? tpy_list_append(vm, list, piece) : -1;
}

/* Reverse a list in place (rsplit collects its pieces right to left). */
static void reverse_list(tpy_object *list)
{
    tpy_object **items = ((tpy_list *)list)->items;
    for (intptr_t i = 0, j = tpy_list_len(list) - 1; i < j; i++, j--) {
        tpy_object *t = items[i];
        items[i] = items[j];
        items[j] = t;
    }
}

static int rsplit_whitespace(tpy_vm *vm, tpy_object *list, tpy_object *s, intptr_t maxsplit)
{
    intptr_t j = tpy_str_len(s);
    while (true) {
        while (j > 0 && tpy_unicode_is_space(tpy_str_at(s, j - 1)))
            j--;
        if (j == 0)
            return 0;
        if (maxsplit-- == 0)
            return push_piece(vm, list, s, 0, j);   /* the rest, as it is */
        intptr_t i = j;
        while (i > 0 && !tpy_unicode_is_space(tpy_str_at(s, i - 1)))
            i--;
        if (push_piece(vm, list, s, i, j) < 0)
            return -1;
        j = i;
    }
}

static int rsplit_sep(tpy_vm *vm, tpy_object *list, tpy_object *s, tpy_object *sep,
                      intptr_t maxsplit)
{
    intptr_t m = tpy_str_len(sep), j = tpy_str_len(s), i;
    while (maxsplit-- != 0 && (i = tpy_str_rfind_in(s, sep, 0, j)) >= 0) {
        if (push_piece(vm, list, s, i + m, j) < 0)
            return -1;
        j = i;
    }
    return push_piece(vm, list, s, 0, j);
}

TPY_STR_METHOD(tpy_str_rsplit)
{
    static const char *const names[] = {"sep", "maxsplit", NULL};
    tpy_object *a[2];
    if (tpy_arg_parse(vm, "rsplit", args, nargs, kwnames, names, 0, 0, a) < 0)
        return NULL;
    intptr_t maxsplit = -1;
    if (a[1] && (maxsplit = tpy_index_ssize(vm, a[1], NULL)) == -1 && tpy_err_occurred(vm))
        return NULL;
    tpy_object *sep = a[0] && a[0] != TPY_NONE ? a[0] : NULL;
    if (sep && !tpy_str_check(sep))
        return tpy_err_format(vm, &tpy_exc_TypeError, "must be str or None, not %s",
                              tpy_type_of(sep)->name);
    if (sep && tpy_str_len(sep) == 0)
        return tpy_err_set(vm, &tpy_exc_ValueError, "empty separator"), NULL;
    tpy_object *list = tpy_list_new(vm, 0);
    if (list && (sep ? rsplit_sep(vm, list, self, sep, maxsplit)
                     : rsplit_whitespace(vm, list, self, maxsplit)) < 0)
        TPY_CLEAR(vm, list);
    if (list)
        reverse_list(list);
    return list;
}

/* The line boundaries of str.splitlines: \n \r \v \f, the ASCII file,
 * group and record separators, NEL, and the Unicode line and paragraph
 * separators; \r\n counts as one. */
static bool is_line_break(uint32_t c)
{
    return (c >= '\n' && c <= '\r') || (c >= 0x1c && c <= 0x1e) || c == 0x85 || c == 0x2028
           || c == 0x2029;
}

TPY_STR_METHOD(tpy_str_splitlines)
{
    static const char *const names[] = {"keepends", NULL};
    tpy_object *a[1];
    if (tpy_arg_parse(vm, "splitlines", args, nargs, kwnames, names, 0, 0, a) < 0)
        return NULL;
    intptr_t keepends = 0;
    if (a[0] && (keepends = tpy_index_ssize(vm, a[0], NULL)) == -1 && tpy_err_occurred(vm))
        return NULL;
    tpy_object *list = tpy_list_new(vm, 0);
    intptr_t n = tpy_str_len(self), i = 0;
    while (list && i < n) {
        intptr_t j = i;
        while (j < n && !is_line_break(tpy_str_at(self, j)))
            j++;
        intptr_t eol = j;
        if (j < n) {
            j += tpy_str_at(self, j) == '\r' && j + 1 < n && tpy_str_at(self, j + 1) == '\n' ? 2 : 1;
            if (keepends)
                eol = j;
        }
        if (push_piece(vm, list, self, i, eol) < 0)
            TPY_CLEAR(vm, list);
        i = j;
    }
    return list;
}

static tpy_object *partition(tpy_vm *vm, tpy_object *self, tpy_object *const *args, size_t nargs,
                             tpy_object *kwnames, const char *fname, bool from_right)
{
    if (tpy_arg_one(vm, fname, nargs, kwnames) < 0)
        return NULL;
    tpy_object *sep = args[0];
    if (!tpy_str_check(sep))
        return tpy_err_format(vm, &tpy_exc_TypeError, "must be str, not %s", tpy_type_of(sep)->name);
    if (tpy_str_len(sep) == 0)
        return tpy_err_set(vm, &tpy_exc_ValueError, "empty separator"), NULL;
    intptr_t n = tpy_str_len(self), m = tpy_str_len(sep);
    intptr_t at = from_right ? tpy_str_rfind_in(self, sep, 0, n) : tpy_str_find_in(self, sep, 0, n);
    if (at < 0) {   /* (self, '', '') or ('', '', self) */
        tpy_object *e = vm->empty_str;
        return from_right ? tpy_tuple_pack(vm, 3, e, e, self) : tpy_tuple_pack(vm, 3, self, e, e);
    }
    tpy_object *head = tpy_str_substr(vm, self, 0, at);
    tpy_object *tail = head ? tpy_str_substr(vm, self, at + m, n) : NULL;
    tpy_object *r = tail ? tpy_tuple_pack(vm, 3, head, sep, tail) : NULL;
    tpy_xdecref(vm, head);
    tpy_xdecref(vm, tail);
    return r;
}

TPY_STR_METHOD(tpy_str_partition)
{
    return partition(vm, self, args, nargs, kwnames, "str.partition", false);
}

TPY_STR_METHOD(tpy_str_rpartition)
{
    return partition(vm, self, args, nargs, kwnames, "str.rpartition", true);
}
