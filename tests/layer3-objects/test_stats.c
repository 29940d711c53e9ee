/* tests/layer3-objects: per-type statistics are exact, add up to the
 * totals, and come out as a table and as JSON. */
#include "helpers.h"

#include <criterion/criterion.h>

#include <stdlib.h>
#include <string.h>

Test(stats, count_exactly_what_happens_to_one_type)
{
    test_heap t = heap_in_mode(MODE_POOL | MODE_FREELISTS);
    tpy_object *o[10];
    for (int i = 0; i < 10; i++)
        o[i] = tpy_obj_new(t.heap, &cap3_type);
    for (int i = 0; i < 7; i++)
        tpy_obj_free(t.heap, o[i]);
    tpy_object *r = tpy_obj_new(t.heap, &cap3_type);
    tpy_obj_type_stats_t s = type_stats(t.heap, &cap3_type);
    cr_assert_str_eq(s.name, "cap3");
    cr_assert_eq(s.id, tpy_obj_type_id(&cap3_type));
    cr_assert_eq(s.basic_size, sizeof(t_float));
    cr_assert_eq(s.item_size, 0);
    cr_assert_not(s.container);
    cr_assert_eq(s.freelist_cap, 3);
    cr_assert_eq(s.allocated, 11);
    cr_assert_eq(s.freed, 7);
    cr_assert_eq(s.live, 4);
    cr_assert_eq(s.freelist_hits, 1);
    cr_assert_eq(s.freelist_misses, 10);
    cr_assert_eq(s.freelist_full, 4);
    cr_assert_eq(s.freelist_objects, 2);
    cr_assert_eq(s.bytes_live, 4 * sizeof(t_float));
    cr_assert_eq(s.failures, 0);
    tpy_obj_free(t.heap, r);
    for (int i = 7; i < 10; i++)
        tpy_obj_free(t.heap, o[i]);
    heap_done(&t);
}

Test(stats, totals_add_up_the_types_and_the_array_is_filled_by_id)
{
    test_heap t = heap_in_mode(MODE_FREELISTS);
    tpy_object *f = tpy_obj_new(t.heap, &float_type);
    tpy_object *l = tpy_obj_new(t.heap, &list_type);
    tpy_object *tu = tpy_obj_new_var(t.heap, &tuple_type, 4);
    tpy_obj_free(t.heap, tu);
    tpy_obj_stats_t tot;
    tpy_obj_type_stats_t types[2];
    size_t n = tpy_obj_stats(t.heap, &tot, types, 2);
    cr_assert_eq(n, 3, "three types registered, whatever the array holds");
    cr_assert_eq(tot.ntypes, 3);
    cr_assert_lt(types[0].id, types[1].id);
    cr_assert_not(tot.pool);
    cr_assert(tot.freelists);
    cr_assert_eq(tot.allocated, 3);
    cr_assert_eq(tot.freed, 1);
    cr_assert_eq(tot.live, 2);
    cr_assert_eq(tot.freelist_objects, 1);
    cr_assert_eq(tot.bytes_live, sizeof(t_float) + sizeof(tpy_gc_head) + sizeof(t_list));
    cr_assert_eq(tpy_obj_stats(t.heap, &tot, NULL, 0), 3);
    tpy_obj_free(t.heap, f);
    tpy_obj_free(t.heap, l);
    heap_done(&t);
}

Test(stats, a_type_never_used_in_the_heap_has_none)
{
    static tpy_obj_type unused = {.name = "unused", .basic_size = 16};
    test_heap t = heap_in_mode(MODE_POOL);
    tpy_obj_type_stats_t s;
    cr_assert_eq(tpy_obj_type_stats(t.heap, &unused, &s), -1);
    cr_assert_eq(s.allocated, 0);
    cr_assert_null(s.name);
    heap_done(&t);
}

Test(stats, json_names_every_counter_of_the_heap_and_of_each_type)
{
    test_heap t = heap_in_mode(MODE_POOL | MODE_FREELISTS);
    tpy_object *f = tpy_obj_new(t.heap, &float_type);
    tpy_object *tu = tpy_obj_new_var(t.heap, &tuple_type, 1);
    char buf[4096];
    int n = tpy_obj_stats_json(t.heap, buf, sizeof buf);
    cr_assert_lt(n, (int)sizeof buf);
    cr_assert_eq((size_t)n, strlen(buf));
    const char *keys[] = {"\"pool\": true", "\"freelists\": true", "\"ntypes\": 2",
                          "\"live\": 2", "\"refused_frees\"", "\"immortals\"",
                          "\"raw_allocs\"", "\"types\": [", "\"name\": \"float\"",
                          "\"name\": \"tuple\"", "\"container\": true", "\"freelist_hits\"",
                          "\"freelist_misses\"", "\"freelist_full\"", "\"bytes_live\"",
                          "\"freelist_bytes\"", "\"resizes\"", "\"item_size\": 8"};
    for (size_t i = 0; i < sizeof keys / sizeof keys[0]; i++)
        cr_assert_not_null(strstr(buf, keys[i]), "%s missing from %s", keys[i], buf);
    cr_assert_eq(buf[0], '{');
    cr_assert_eq(buf[n - 1], '}');
    tpy_obj_free(t.heap, f);
    tpy_obj_free(t.heap, tu);
    heap_done(&t);
}

Test(stats, json_truncates_as_snprintf_does)
{
    test_heap t = heap_in_mode(MODE_POOL | MODE_FREELISTS);
    tpy_obj_type_register(t.heap, &float_type);
    char full[2048], small[40];
    int n = tpy_obj_stats_json(t.heap, full, sizeof full);
    int m = tpy_obj_stats_json(t.heap, small, sizeof small);
    cr_assert_eq(m, n, "the full length either way");
    cr_assert_eq(strlen(small), sizeof small - 1);
    cr_assert_eq(strncmp(small, full, sizeof small - 1), 0);
    cr_assert_eq(tpy_obj_stats_json(t.heap, NULL, 0), n);
    heap_done(&t);
}

Test(stats, json_escapes_type_names)
{
    static tpy_obj_type odd = {.name = "say \"hi\"\\\n", .basic_size = 16};
    test_heap t = heap_in_mode(MODE_POOL);
    tpy_obj_type_register(t.heap, &odd);
    char buf[2048];
    tpy_obj_stats_json(t.heap, buf, sizeof buf);
    cr_assert_not_null(strstr(buf, "\"name\": \"say \\\"hi\\\"\\\\\\u000a\""), "%s", buf);
    heap_done(&t);
}

Test(stats, the_table_has_a_line_per_type_and_the_totals)
{
    test_heap t = heap_in_mode(MODE_FREELISTS);
    tpy_object *f = tpy_obj_new(t.heap, &float_type);
    tpy_obj_type_register(t.heap, &tuple_type);
    char *text = NULL;
    size_t len = 0;
    FILE *out = open_memstream(&text, &len);
    tpy_obj_dump(t.heap, out);
    fclose(out);
    cr_assert_not_null(strstr(text, "layer2 off, free lists on"), "%s", text);
    cr_assert_not_null(strstr(text, "\nfloat "), "%s", text);
    cr_assert_not_null(strstr(text, "\ntuple "), "%s", text);
    cr_assert_not_null(strstr(text, " gc "), "%s", text);
    cr_assert_not_null(strstr(text, "\ntotal "), "%s", text);
    cr_assert_not_null(strstr(text, "refused frees 0"), "%s", text);
    free(text);
    tpy_obj_free(t.heap, f);
    heap_done(&t);
}
