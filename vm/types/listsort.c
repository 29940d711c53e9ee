/* vm/types/listsort.c: list.sort(): a stable natural merge sort (runs
 * found in the data, short ones extended by binary insertion, merged
 * under stack invariants with galloping), with key and reverse.
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

/* An item and its key: the key object (the value itself when there is
 * no key function), or for all-word-int and all-float keys the number
 * (the key objects are released once their numbers are taken). */
typedef struct sort_item {
    union {
        tpy_object *obj;
        int64_t word;
        double real;
    } key;
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
    tpy_type *t = tpy_type_of(a[0].key.obj);
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
        if (tpy_type_of(a[i].key.obj) != t)
            return SORT_GENERIC;
        if (k == SORT_WORD_INT && !tpy_int_is_word(a[i].key.obj))
            return SORT_GENERIC;
    }
    return k;
}

/* a < b for object keys (strs directly), or false once a comparison has
 * failed. The number kinds compare in their own copies of the sort. */
static inline bool less(sorter *s, const sort_item *a, const sort_item *b)
{
    if (s->kind == SORT_STR)
        return tpy_str_compare(a->key.obj, b->key.obj) < 0;
    if (s->failed)
        return false;
    int r = tpy_richcompare_bool(s->vm, a->key.obj, b->key.obj, TPY_LT);
    if (r < 0)
        s->failed = true;
    return r > 0;
}

static void reverse_items(sort_item *a, size_t n);

#define MIN_GALLOP 7   /* wins in a row that switch a merge to galloping */

typedef struct merge_state {
    sort_item *tmp;       /* room for n items */
    size_t min_gallop;    /* adapts: lower while galloping pays */
} merge_state;

typedef struct sort_run {
    size_t base, len;
} sort_run;

/* The shortest run worth making: n itself when small, else a length in
 * [32, 64] such that n / minrun is a power of two or just under one. */
static size_t min_run(size_t n)
{
    size_t extra = 0;
    while (n >= 64) {
        extra |= n & 1;
        n >>= 1;
    }
    return n + extra;
}

/* The algorithm, once per kind of comparison. */
#define SORT_NAME(x) x##_generic
#define SORT_LESS(s, a, b) less(s, a, b)
#include "listsort_impl.h"

#define SORT_NAME(x) x##_word
#define SORT_LESS(s, a, b) ((void)(s), (a)->key.word < (b)->key.word)
#include "listsort_impl.h"

#define SORT_NAME(x) x##_real
#define SORT_LESS(s, a, b) ((void)(s), (a)->key.real < (b)->key.real)
#include "listsort_impl.h"

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
        a[i].key.obj = key ? tpy_call(vm, key, &a[i].value, 1, NULL) : a[i].value;
        if (!a[i].key.obj) {
            for (size_t j = 0; key && j < i; j++)
                tpy_decref(vm, a[j].key.obj);
            return -1;
        }
    }
    return 0;
}

/* Replace each key object by its number (word int or float), releasing
 * the keys a key function made. */
static void take_numbers(tpy_vm *vm, sort_item *a, size_t n, enum sort_kind kind, bool owned)
{
    for (size_t i = 0; i < n; i++) {
        tpy_object *k = a[i].key.obj;
        if (kind == SORT_WORD_INT)
            a[i].key.word = ((const tpy_int *)k)->value;
        else
            a[i].key.real = tpy_float_value(k);
        if (owned)
            tpy_decref(vm, k);
    }
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
    bool numbers = s.kind == SORT_WORD_INT || s.kind == SORT_FLOAT;
    if (numbers)
        take_numbers(vm, a, n, s.kind, key != NULL);
    /* reverse, sort stably, reverse: equal items keep their order */
    if (reverse)
        reverse_items(a, n);
    if (s.kind == SORT_WORD_INT)
        merge_sort_word(&s, a, n, a + n);
    else if (s.kind == SORT_FLOAT)
        merge_sort_real(&s, a, n, a + n);
    else
        merge_sort_generic(&s, a, n, a + n);
    if (reverse)
        reverse_items(a, n);
    for (size_t i = 0; i < n; i++) {
        items[i] = a[i].value;
        if (key && !numbers)
            tpy_decref(vm, a[i].key.obj);
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
