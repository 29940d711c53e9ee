/* tests/vm-gc: generations, thresholds, automatic collection, the
 * permanent generation, debug flags, callbacks and statistics. */
#include <criterion/criterion.h>
#include <string.h>

#include "gc_helpers.h"

TestSuite(generations, .init = t_start, .fini = t_end);

static bool in_generation(tpy_object *o, int generation)
{
    tpy_object *objs = tpy_gc_get_objects(vm, generation);
    cr_assert_not_null(objs);
    bool found = false;
    for (intptr_t i = 0; i < tpy_list_len(objs); i++)
        found |= tpy_list_get(objs, i) == o;
    tpy_decref(vm, objs);
    return found;
}

/* A pair of lists referring to each other, dropped. */
static void make_cycle(void)
{
    tpy_object *a = tpy_list_new(vm, 0), *b = tpy_list_new(vm, 0);
    tpy_list_append(vm, a, b);
    tpy_list_append(vm, b, tpy_newref(a));
    tpy_decref(vm, a);
}

Test(generations, survivors_are_promoted_one_generation_per_collection)
{
    tpy_object *l = t_keep(tpy_list_new(vm, 0));
    cr_assert(in_generation(l, 0));
    tpy_gc_collect(vm, 0);
    cr_assert(in_generation(l, 1));
    tpy_gc_collect(vm, 1);
    cr_assert(in_generation(l, 2));
    tpy_gc_collect(vm, 2);
    cr_assert(in_generation(l, 2), "the oldest generation keeps its survivors");
}

Test(generations, a_young_collection_leaves_older_garbage_alone)
{
    tpy_object *a = tpy_list_new(vm, 0);
    tpy_list_append(vm, a, tpy_newref(a));
    tpy_gc_collect(vm, 0);   /* a is held: it moves to generation 1 */
    cr_assert(in_generation(a, 1));
    tpy_decref(vm, a);       /* garbage now, in generation 1 */
    cr_assert_eq(tpy_gc_collect(vm, 0), 0);
    cr_assert_eq(tpy_gc_collect(vm, 1), 1);
}

Test(generations, counts_follow_allocations_and_collections)
{
    tpy_gc_collect(vm, 2);
    intptr_t c[3];
    tpy_gc_get_count(vm, c);
    cr_assert_eq(c[0], 0);
    tpy_object *l[5];
    for (int i = 0; i < 5; i++)
        l[i] = tpy_list_new(vm, 0);
    tpy_gc_get_count(vm, c);
    cr_assert_eq(c[0], 5, "allocations of containers");
    tpy_decref(vm, l[0]);
    tpy_gc_get_count(vm, c);
    cr_assert_eq(c[0], 4, "minus frees");
    tpy_gc_collect(vm, 0);
    tpy_gc_get_count(vm, c);
    cr_assert_eq(c[0], 0);
    cr_assert_eq(c[1], 1, "a collection of 0 counts for 1");
    for (int i = 1; i < 5; i++)
        tpy_decref(vm, l[i]);
}

Test(generations, threshold_triggers_automatic_collection)
{
    tiers before = g_tiers();
    tpy_gc_set_threshold(vm, 10, -1, -1);
    intptr_t found = 0;
    for (int i = 0; i < 100; i++) {
        make_cycle();
        found += tpy_gc_maybe_collect(vm);
    }
    tpy_gc_stats st;
    tpy_gc_get_stats(vm, &st);
    cr_assert_geq(st.gen[0].collections, 15, "every ~5 cycles (10 containers)");
    cr_assert_gt(found, 150);
    tpy_gc_collect(vm, 2);
    g_assert_tiers(before);
}

Test(generations, older_generations_run_by_their_thresholds)
{
    tpy_gc_set_threshold(vm, 10, 2, 1);
    for (int i = 0; i < 200; i++) {
        tpy_object *l = t_keep(tpy_list_new(vm, 0));   /* survivors feed generation 2 */
        (void)l;
        tpy_gc_maybe_collect(vm);
    }
    tpy_gc_stats st;
    tpy_gc_get_stats(vm, &st);
    cr_assert_gt(st.gen[0].collections, 0);
    cr_assert_gt(st.gen[1].collections, 0);
    cr_assert_gt(st.gen[2].collections, 0);
}

/* CPython's rule: no full collection until the objects promoted into
 * generation 2 since the last one exceed a quarter of those it kept. */
Test(generations, full_collection_waits_for_long_lived_pending)
{
    for (int i = 0; i < 2000; i++)
        t_keep(tpy_list_new(vm, 0));
    tpy_gc_collect(vm, 2);   /* long_lived_total ~ 2000 */
    tpy_gc_set_threshold(vm, 10, 1, 0);
    tpy_gc_stats st0, st1;
    tpy_gc_get_stats(vm, &st0);
    for (int i = 0; i < 100; i++) {
        t_keep(tpy_list_new(vm, 0));
        tpy_gc_maybe_collect(vm);
    }
    tpy_gc_get_stats(vm, &st1);
    cr_assert_eq(st1.gen[2].collections, st0.gen[2].collections, "100 pending < 2000 / 4");
    for (int i = 0; i < 600; i++) {
        t_keep(tpy_list_new(vm, 0));
        tpy_gc_maybe_collect(vm);
    }
    tpy_gc_get_stats(vm, &st1);
    cr_assert_gt(st1.gen[2].collections, st0.gen[2].collections, "700 pending > 2000 / 4");
}

Test(generations, disable_stops_automatic_collection)
{
    tpy_gc_set_threshold(vm, 10, -1, -1);
    tpy_gc_disable(vm);
    cr_assert_not(tpy_gc_isenabled(vm));
    for (int i = 0; i < 100; i++) {
        make_cycle();
        cr_assert_eq(tpy_gc_maybe_collect(vm), 0);
    }
    tpy_gc_stats st;
    tpy_gc_get_stats(vm, &st);
    cr_assert_eq(st.gen[0].collections, 0);
    cr_assert_eq(tpy_gc_collect(vm, 2), 200, "an explicit collection still runs");
    tpy_gc_enable(vm);
    cr_assert(tpy_gc_isenabled(vm));
}

Test(generations, threshold_zero_disables_automatic_collection)
{
    tpy_gc_set_threshold(vm, 0, -1, -1);
    for (int i = 0; i < 1000; i++)
        make_cycle();
    cr_assert_eq(tpy_gc_maybe_collect(vm), 0);
    int t[3];
    tpy_gc_get_threshold(vm, t);
    cr_assert_eq(t[0], 0);
    cr_assert_eq(t[1], 10);
    cr_assert_eq(t[2], 10);
}

Test(generations, no_automatic_collection_while_an_exception_is_pending)
{
    tpy_gc_set_threshold(vm, 1, -1, -1);
    make_cycle();
    tpy_err_set(vm, &tpy_exc_ValueError, "pending");
    cr_assert_eq(tpy_gc_maybe_collect(vm), 0);
    tpy_err_clear(vm);
    cr_assert_eq(tpy_gc_maybe_collect(vm), 2);
}

Test(generations, invalid_generation_is_a_value_error)
{
    cr_assert_eq(tpy_gc_collect(vm, 3), -1);
    cr_assert_str_eq(t_error(), "!ValueError: invalid generation");
    cr_assert_eq(tpy_gc_collect(vm, -1), -1);
    cr_assert_str_eq(t_error(), "!ValueError: invalid generation");
}

Test(generations, saveall_fills_garbage_instead_of_freeing)
{
    tpy_gc_set_debug(vm, TPY_GC_DEBUG_SAVEALL);
    make_cycle();
    cr_assert_eq(tpy_gc_collect(vm, 2), 2);
    tpy_object *garbage = tpy_gc_garbage(vm);
    cr_assert_eq(tpy_list_len(garbage), 2);
    tpy_object *a = tpy_list_get(garbage, 0);
    cr_assert(tpy_list_check(a));
    cr_assert_eq(tpy_list_len(a), 1, "saved objects are not cleared");
    tpy_gc_set_debug(vm, 0);
    /* Emptying gc.garbage makes the cycle garbage again, and freed. */
    tiers before_clear = g_tiers();
    tpy_object *r = tpy_call_method(vm, garbage, "clear", NULL, 0);
    cr_assert_not_null(r);
    tpy_decref(vm, r);
    cr_assert_eq(tpy_gc_collect(vm, 2), 2);
    cr_assert_lt(g_tiers().objects, before_clear.objects);
}

Test(generations, freeze_hides_objects_from_collections)
{
    make_cycle();
    tpy_gc_freeze(vm);
    cr_assert_geq(tpy_gc_get_freeze_count(vm), 2);
    cr_assert_eq(tpy_gc_collect(vm, 2), 0, "the frozen cycle is not examined");
    tpy_gc_unfreeze(vm);
    cr_assert_eq(tpy_gc_get_freeze_count(vm), 0);
    cr_assert_eq(tpy_gc_collect(vm, 2), 2);
}

/* ---- callbacks ------------------------------------------------------------------------------ */

static char phases[256];
static intptr_t seen_collected;

/* info[key], borrowed. */
static tpy_object *info_get(tpy_vm *v, tpy_object *info, const char *key)
{
    tpy_object *k = tpy_str_intern_c(v, key);
    tpy_object *r = tpy_dict_get_str(v, info, k);
    tpy_decref(v, k);
    return r;
}

static tpy_object *record_cb(tpy_vm *v, tpy_object *self, tpy_object *const *args, size_t nargs,
                             tpy_object *kwnames)
{
    (void)self, (void)kwnames;
    cr_assert_eq(nargs, 2);
    size_t n;
    strcat(phases, tpy_str_utf8(v, args[0], &n));
    strcat(phases, " ");
    tpy_object *c = info_get(v, args[1], "collected");
    cr_assert_not_null(c);
    int64_t collected;
    tpy_int_to_i64(v, c, &collected);
    seen_collected = (intptr_t)collected;
    cr_assert_not_null(info_get(v, args[1], "generation"));
    cr_assert_not_null(info_get(v, args[1], "uncollectable"));
    return tpy_newref(TPY_NONE);
}

static tpy_object *raising_cb(tpy_vm *v, tpy_object *self, tpy_object *const *args, size_t nargs,
                              tpy_object *kwnames)
{
    (void)self, (void)args, (void)nargs, (void)kwnames;
    tpy_err_set(v, &tpy_exc_RuntimeError, "callback failed");
    return NULL;
}

static const tpy_method_def cb_defs[] = {
    {"record", record_cb, TPY_METH_FUNCTION, NULL},
    {"raising", raising_cb, TPY_METH_FUNCTION, NULL},
};

Test(generations, callbacks_see_start_and_stop_with_info)
{
    phases[0] = 0;
    tpy_object *cb = tpy_builtin_method_new(vm, TPY_NONE, &cb_defs[0]);
    cr_assert_eq(tpy_list_append(vm, tpy_gc_callbacks(vm), cb), 0);
    make_cycle();
    cr_assert_eq(tpy_gc_collect(vm, 1), 2);
    cr_assert_str_eq(phases, "start stop ");
    cr_assert_eq(seen_collected, 2);
}

Test(generations, a_failing_callback_is_reported_and_ignored)
{
    tpy_object *cb = tpy_builtin_method_new(vm, TPY_NONE, &cb_defs[1]);
    cr_assert_eq(tpy_list_append(vm, tpy_gc_callbacks(vm), cb), 0);
    make_cycle();
    tpy_err_set(vm, &tpy_exc_KeyError, "kept");
    cr_assert_eq(tpy_gc_collect(vm, 2), 2);
    cr_assert(tpy_err_matches(vm, &tpy_exc_KeyError), "the pending exception survives");
    tpy_err_clear(vm);
}

/* ---- statistics ------------------------------------------------------------------------------ */

Test(generations, stats_count_collections_examined_and_pauses)
{
    make_cycle();
    tpy_gc_collect(vm, 0);
    tpy_gc_collect(vm, 2);
    tpy_gc_stats st;
    tpy_gc_get_stats(vm, &st);
    cr_assert_eq(st.gen[0].collections, 1);
    cr_assert_eq(st.gen[0].collected, 2);
    cr_assert_geq(st.gen[0].examined, 2);
    cr_assert_eq(st.gen[2].collections, 1);
    cr_assert_eq(st.gen[2].uncollectable, 0);
    uint64_t hist = 0;
    for (int b = 0; b < TPY_GC_PAUSE_BUCKETS; b++)
        hist += st.gen[0].pause_hist[b];
    cr_assert_eq(hist, 1);
    cr_assert_geq(st.gen[0].pause_total_ns, st.gen[0].pause_max_ns);

    char json[4096];
    int n = tpy_gc_stats_json(vm, json, sizeof json);
    cr_assert_lt(n, (int)sizeof json);
    cr_assert_eq(strncmp(json, "{\"generations\":[{\"collections\":1,\"examined\":", 44), 0, "%s", json);
    cr_assert_not_null(strstr(json, "\"threshold\":[700,10,10],\"enabled\":true}"), "%s", json);
    char small[10];
    cr_assert_eq(tpy_gc_stats_json(vm, small, sizeof small), n, "snprintf's contract");
    cr_assert_eq(strlen(small), 9);

    char *text = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&text, &len);
    tpy_gc_stats_dump(vm, f);
    fclose(f);
    cr_assert_not_null(strstr(text, "collections"));
    cr_assert_not_null(strstr(text, "pause histogram"));
    free(text);
}
