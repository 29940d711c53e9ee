/* vm/eval/suggestions.c: the "Did you mean: 'x'?" that CPython 3.11 adds
 * to a printed NameError or AttributeError (never to str(e)).
 *
 * The candidate closest to the wrong name by a Levenshtein distance over
 * UTF-8 bytes wins, where inserting, deleting or replacing a byte costs 2
 * and changing only its ASCII case costs 1. A candidate must be within a
 * third of the two names' combined length, must beat the best so far, and
 * the search gives up on 750 candidates or more; names longer than 40
 * bytes (after their common prefix and suffix) never match. NameError
 * looks in the failing frame's local variable names, then its globals,
 * then the builtins; AttributeError in dir(obj). */
#include <stdint.h>
#include <string.h>

#include "abstract.h"
#include "error.h"
#include "refcount.h"
#include "suggestions.h"
#include "types.h"
#include "vm.h"

enum { MAX_CANDIDATES = 750, MAX_NAME = 40, MOVE_COST = 2, CASE_COST = 1 };

static size_t subst_cost(char a, char b)
{
    if (a == b)
        return 0;
    if ((a & 31) != (b & 31))   /* cheap test: not even a case flip */
        return MOVE_COST;
    if (a >= 'A' && a <= 'Z')
        a = (char)(a - 'A' + 'a');
    if (b >= 'A' && b <= 'Z')
        b = (char)(b - 'A' + 'a');
    return a == b ? CASE_COST : MOVE_COST;
}

/* The distance between a and b, or anything above max_cost once it is
 * certain to exceed it. */
static size_t distance(const char *a, size_t na, const char *b, size_t nb, size_t max_cost)
{
    while (na && nb && a[0] == b[0]) {   /* a common prefix and suffix cost nothing */
        a++, b++, na--, nb--;
    }
    while (na && nb && a[na - 1] == b[nb - 1])
        na--, nb--;
    if (na == 0 || nb == 0)
        return (na + nb) * MOVE_COST;
    if (na > MAX_NAME || nb > MAX_NAME)
        return max_cost + 1;
    if (nb < na) {   /* the row runs over the shorter one */
        const char *t = a;
        a = b, b = t;
        size_t tn = na;
        na = nb, nb = tn;
    }
    if ((nb - na) * MOVE_COST > max_cost)
        return max_cost + 1;
    size_t row[MAX_NAME];   /* row[i]: cost of b[:j] to a[:i+1] */
    for (size_t i = 0; i < na; i++)
        row[i] = (i + 1) * MOVE_COST;
    size_t result = 0;
    for (size_t j = 0; j < nb; j++) {
        size_t diag = j * MOVE_COST, best = SIZE_MAX;
        result = diag;
        for (size_t i = 0; i < na; i++) {
            size_t subst = diag + subst_cost(b[j], a[i]);
            diag = row[i];
            size_t indel = (result < diag ? result : diag) + MOVE_COST;
            result = indel < subst ? indel : subst;
            row[i] = result;
            if (result < best)
                best = result;
        }
        if (best > max_cost)
            return max_cost + 1;
    }
    return result;
}

typedef struct best_match {
    const char *name;
    size_t len;
    tpy_object *found;   /* borrowed: the candidate */
    size_t dist;
    bool failed;         /* a candidate that is not a str: no suggestion */
} best_match;

static void consider(tpy_vm *vm, best_match *m, tpy_object *cand)
{
    size_t n;
    const char *s = tpy_str_check(cand) ? tpy_str_utf8(vm, cand, &n) : NULL;
    if (!s) {
        m->failed = true;
        return;
    }
    if (n == m->len && memcmp(s, m->name, n) == 0)
        return;
    size_t limit = (m->len + n + 3) * MOVE_COST / 6;
    if (m->found && m->dist - 1 < limit)
        limit = m->dist - 1;
    size_t d = distance(m->name, m->len, s, n, limit);
    if (d <= limit && (!m->found || d < m->dist)) {
        m->found = cand;
        m->dist = d;
    }
}

/* The best of the items of a list or tuple, or of the keys of a dict. */
static tpy_object *best_of(tpy_vm *vm, tpy_object *name, tpy_object *names)
{
    best_match m = {0};
    m.name = tpy_str_utf8(vm, name, &m.len);
    if (!m.name || !names)
        return NULL;
    if (tpy_dict_check(names)) {
        if (tpy_dict_len(names) >= MAX_CANDIDATES)
            return NULL;
        intptr_t pos = 0;
        tpy_object *k, *v;
        while (!m.failed && tpy_dict_next(names, &pos, &k, &v))
            consider(vm, &m, k);
    } else if (tpy_tuple_check(names) || tpy_list_check(names)) {
        intptr_t n = tpy_tuple_check(names) ? tpy_tuple_len(names) : tpy_list_len(names);
        if (n >= MAX_CANDIDATES)
            return NULL;
        for (intptr_t i = 0; i < n && !m.failed; i++)
            consider(vm, &m, tpy_tuple_check(names) ? tpy_tuple_get(names, i)
                                                    : tpy_list_get(names, i));
    }
    return m.failed || !m.found ? NULL : tpy_newref(m.found);
}

/* The exception's name attribute when it is a str (new reference). */
static tpy_object *exc_attr(tpy_vm *vm, tpy_object *exc, const char *attr)
{
    tpy_object *v = tpy_getattr_c(vm, exc, attr);
    if (!v)
        tpy_err_clear(vm);
    return v;
}

static tpy_object *suggest_name(tpy_vm *vm, tpy_object *name, tpy_codeobj *code,
                                tpy_object *globals)
{
    if (!code)
        return NULL;
    tpy_object *varnames = tpy_getattr_c(vm, &code->ob, "co_varnames");
    tpy_object *s = best_of(vm, name, varnames);
    tpy_xdecref(vm, varnames);
    if (!s && globals)
        s = best_of(vm, name, globals);
    if (!s) {
        tpy_object *b = tpy_runtime_builtins(vm);
        tpy_object *d = b ? tpy_getattr_c(vm, b, "__dict__") : NULL;
        s = best_of(vm, name, d);
        tpy_xdecref(vm, d);
    }
    return s;
}

static tpy_object *suggest_attr(tpy_vm *vm, tpy_object *name, tpy_object *obj)
{
    tpy_object *b = tpy_runtime_builtins(vm);
    tpy_object *dir = b ? tpy_getattr_c(vm, b, "dir") : NULL;
    tpy_object *names = dir ? tpy_call(vm, dir, &obj, 1, NULL) : NULL;
    tpy_xdecref(vm, dir);
    tpy_object *s = best_of(vm, name, names);
    tpy_xdecref(vm, names);
    return s;
}

tpy_object *tpy_suggestion(tpy_vm *vm, tpy_object *exc, tpy_codeobj *code, tpy_object *globals)
{
    tpy_type *t = tpy_type_of(exc);
    if (t != &tpy_exc_NameError && t != &tpy_exc_AttributeError)
        return NULL;
    tpy_object *name = exc_attr(vm, exc, "name");
    tpy_object *s = NULL;
    if (name && tpy_str_check(name)) {
        if (t == &tpy_exc_NameError) {
            s = suggest_name(vm, name, code, globals);
        } else {
            tpy_object *obj = exc_attr(vm, exc, "obj");
            if (obj && obj != TPY_NONE)   /* None: never recorded (CPython's NULL) */
                s = suggest_attr(vm, name, obj);
            tpy_xdecref(vm, obj);
        }
    }
    tpy_xdecref(vm, name);
    tpy_err_clear(vm);   /* a suggestion that fails is just not offered */
    return s;
}
