/* vm/types/listsort.c: list.sort(): a stable merge sort (binary runs of
 * 32 by insertion, then bottom-up merges), with key and reverse.
 *
 * As CPython does, the list is emptied while it sorts (its array is
 * detached and `allocated` set to -1), so code run by a comparison sees an
 * empty list; if that code modifies the list, the sort ends with
 * "ValueError: list modified during sort" and the list holds its original
 * items. A comparison that raises stops the sort, leaving the items
 * permuted but all present. */
#include <string.h>

#include "abstract.h"
#include "error.h"
#include "refcount.h"
#include "types.h"
#include "vm.h"

typedef struct sort_item {
    tpy_object *key;     /* the value itself when there is no key function */
    tpy_object *value;
} sort_item;

/* CPython's pre-scan (unsafe_*_compare): when every key has the same exact
 * type int (word-sized), float or str, compare them directly; their rich
 * comparisons cannot run Python code, fail, or touch the list. */
enum sort_kind { SORT_GENERIC, SORT_WORD_INT, SORT_FLOAT, SORT_STR };

typedef struct sorter {
    tpy_vm *vm;
    bool failed;
    enum sort_kind kind;
} sorter;

static enum sort_kind scan_keys(const sort_item *a, size_t n)
{
    if (n == 0)
        return SORT_GENERIC;
    tpy_type *t = tpy_type_of(a[0].key);
    enum sort_kind k;
    if (t == &tpy_int_type)
        k = SORT_WORD_INT;
    else if (t == &tpy_float_type)
        k = SORT_FLOAT;
    else if (t == &tpy_str_type)
        k = SORT_STR;
    else
        return SORT_GENERIC;
    for (size_t i = 0; i < n; i++) {
        if (tpy_type_of(a[i].key) != t)
            return SORT_GENERIC;
        if (k == SORT_WORD_INT && !tpy_int_is_word(a[i].key))
            return SORT_GENERIC;
    }
    return k;
}

/* a < b, or false once a comparison has failed. */
static inline bool less(sorter *s, const sort_item *a, const sort_item *b)
{
    switch (s->kind) {
    case SORT_WORD_INT:
        return ((const tpy_int *)a->key)->value < ((const tpy_int *)b->key)->value;
    case SORT_FLOAT:
        return tpy_float_value(a->key) < tpy_float_value(b->key);
    case SORT_STR:
        return tpy_str_compare(a->key, b->key) < 0;
    case SORT_GENERIC:
        break;
    }
    if (s->failed)
        return false;
    int r = tpy_richcompare_bool(s->vm, a->key, b->key, TPY_LT);
    if (r < 0)
        s->failed = true;
    return r > 0;
}

static void insertion_sort(sorter *s, sort_item *a, size_t n)
{
    for (size_t i = 1; i < n && !s->failed; i++) {
        sort_item x = a[i];
        size_t j = i;
        while (j > 0 && less(s, &x, &a[j - 1])) {
            a[j] = a[j - 1];
            j--;
        }
        a[j] = x;
    }
}

/* Merge a[lo, mid) and a[mid, hi) (each sorted) through tmp. Equal items
 * keep the left run first: stability. After a failure the rest is copied
 * unmerged, so every item stays in the array. */
static void merge(sorter *s, sort_item *a, size_t lo, size_t mid, size_t hi, sort_item *tmp)
{
    size_t nl = mid - lo, i = 0, j = mid, k = lo;
    memcpy(tmp, a + lo, nl * sizeof *tmp);
    while (i < nl && j < hi && !s->failed) {
        if (less(s, &a[j], &tmp[i]))
            a[k++] = a[j++];
        else
            a[k++] = tmp[i++];
    }
    memcpy(a + k, tmp + i, (nl - i) * sizeof *tmp);
}

#define RUN 32

static void merge_sort(sorter *s, sort_item *a, size_t n, sort_item *tmp)
{
    for (size_t lo = 0; lo < n; lo += RUN)
        insertion_sort(s, a + lo, n - lo < RUN ? n - lo : RUN);
    for (size_t width = RUN; width < n && !s->failed; width *= 2)
        for (size_t lo = 0; lo + width < n && !s->failed; lo += 2 * width) {
            size_t hi = lo + 2 * width < n ? lo + 2 * width : n;
            merge(s, a, lo, lo + width, hi, tmp);
        }
}

static void reverse_items(sort_item *a, size_t n)
{
    for (size_t i = 0; i < n / 2; i++) {
        sort_item t = a[i];
        a[i] = a[n - 1 - i];
        a[n - 1 - i] = t;
    }
}

/* Fill keys; on failure drop the ones made and return -1. */
static int compute_keys(tpy_vm *vm, sort_item *a, size_t n, tpy_object *key)
{
    for (size_t i = 0; i < n; i++) {
        a[i].key = key ? tpy_call(vm, key, &a[i].value, 1, NULL) : a[i].value;
        if (!a[i].key) {
            for (size_t j = 0; key && j < i; j++)
                tpy_decref(vm, a[j].key);
            return -1;
        }
    }
    return 0;
}

static int sort_items(tpy_vm *vm, tpy_object **items, size_t n, tpy_object *key, bool reverse)
{
    if (n < 2 && !key)
        return 0;
    sort_item *a = tpy_vm_malloc(vm, 2 * n * sizeof *a);
    if (!a)
        return -1;
    for (size_t i = 0; i < n; i++)
        a[i].value = items[i];
    if (compute_keys(vm, a, n, key) < 0) {
        tpy_vm_free(vm, a);
        return -1;
    }
    sorter s = {vm, false, scan_keys(a, n)};
    /* reverse, sort stably, reverse: equal items keep their order */
    if (reverse)
        reverse_items(a, n);
    merge_sort(&s, a, n, a + n);
    if (reverse)
        reverse_items(a, n);
    for (size_t i = 0; i < n; i++) {
        items[i] = a[i].value;
        if (key)
            tpy_decref(vm, a[i].key);
    }
    tpy_vm_free(vm, a);
    return s.failed ? -1 : 0;
}

int tpy_list_sort(tpy_vm *vm, tpy_object *list, tpy_object *key, bool reverse)
{
    tpy_list *l = (tpy_list *)list;
    tpy_object **items = l->items;
    intptr_t n = l->size, allocated = l->allocated;
    l->items = NULL;
    l->size = 0;
    l->allocated = -1;   /* "being sorted": any change makes it >= 0 */
    int r = sort_items(vm, items, (size_t)n, key, reverse);
    tpy_object **junk = l->items;
    intptr_t junk_n = l->size;
    bool modified = l->allocated != -1;
    l->items = items;
    l->size = n;
    l->allocated = allocated;
    if (modified && r == 0) {
        tpy_err_set(vm, &tpy_exc_ValueError, "list modified during sort");
        r = -1;
    }
    for (intptr_t i = 0; i < junk_n; i++)
        tpy_decref(vm, junk[i]);
    tpy_vm_free(vm, junk);
    return r;
}
