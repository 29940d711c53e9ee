/* vm/modules/json_memo.c: the key memo of one scan_once call (the role of
 * the memo dict of CPython's scanner): every object key equal to one
 * already read is that same str. The memo is a hash set of strs looked
 * up by code points, so a key repeated in a document (the usual case: an
 * array of records) is found straight from the document's characters,
 * with no str made, hashed or freed. */
#include <string.h>

#include "json_internal.h"
#include "refcount.h"
#include "types.h"
#include "vm.h"

struct tpy_jmemo_slot {
    uint64_t hash;
    tpy_object *key;   /* owned; NULL: free */
};

#define STR(o) ((tpy_strobj *)(o))

/* FNV-1a over the code points of s[start:end] (any width gives the same hash). */
static uint64_t hash_range(const tpy_strobj *s, intptr_t start, intptr_t end)
{
    uint64_t h = 0xcbf29ce484222325u;
    if (s->kind == 1) {
        for (intptr_t i = start; i < end; i++)
            h = (h ^ s->data[i]) * 0x100000001b3u;
    } else {
        for (intptr_t i = start; i < end; i++)
            h = (h ^ tpy_json_char_at(s->data, s->kind, i)) * 0x100000001b3u;
    }
    return h;
}

/* Whether str `key` has the code points of s[start:end]. */
static bool same_chars(const tpy_strobj *key, const tpy_strobj *s, intptr_t start, intptr_t end)
{
    if (key->length != end - start)
        return false;
    if (key->kind == s->kind)
        return memcmp(key->data, s->data + (size_t)start * (size_t)s->kind,
                      (size_t)key->length * (size_t)s->kind) == 0;
    for (intptr_t i = 0; i < key->length; i++)
        if (tpy_json_char_at(key->data, key->kind, i) !=
            tpy_json_char_at(s->data, s->kind, start + i))
            return false;
    return true;
}

void tpy_jmemo_init(tpy_jmemo *m, tpy_vm *vm)
{
    m->vm = vm;
    m->slots = NULL;
    m->mask = 0;
    m->used = 0;
}

void tpy_jmemo_free(tpy_jmemo *m)
{
    if (!m->slots)
        return;
    for (size_t i = 0; i <= m->mask; i++)
        tpy_xdecref(m->vm, m->slots[i].key);
    tpy_vm_free(m->vm, m->slots);
    tpy_jmemo_init(m, m->vm);
}

/* The slot of s[start:end]: its key, or the free slot where it goes. */
static struct tpy_jmemo_slot *find(tpy_jmemo *m, uint64_t h, const tpy_strobj *s, intptr_t start,
                                   intptr_t end)
{
    for (size_t i = (size_t)h & m->mask;; i = (i + 1) & m->mask) {
        struct tpy_jmemo_slot *slot = &m->slots[i];
        if (!slot->key || (slot->hash == h && same_chars(STR(slot->key), s, start, end)))
            return slot;
    }
}

/* Room for one more key (the table at most half full): 0 or -1. */
static int make_room(tpy_jmemo *m)
{
    if (m->slots && 2 * (m->used + 1) <= m->mask + 1)
        return 0;
    size_t size = m->slots ? 2 * (m->mask + 1) : 64;
    struct tpy_jmemo_slot *slots = tpy_vm_malloc(m->vm, size * sizeof *slots);
    if (!slots)
        return -1;
    memset(slots, 0, size * sizeof *slots);
    for (size_t i = 0; m->slots && i <= m->mask; i++) {
        struct tpy_jmemo_slot *old = &m->slots[i];
        if (!old->key)
            continue;
        size_t j = (size_t)old->hash & (size - 1);
        while (slots[j].key)
            j = (j + 1) & (size - 1);
        slots[j] = *old;
    }
    if (m->slots)
        tpy_vm_free(m->vm, m->slots);
    m->slots = slots;
    m->mask = size - 1;
    return 0;
}

tpy_object *tpy_jmemo_slice(tpy_jmemo *m, tpy_object *doc, intptr_t start, intptr_t end)
{
    if (make_room(m) < 0)
        return NULL;
    uint64_t h = hash_range(STR(doc), start, end);
    struct tpy_jmemo_slot *slot = find(m, h, STR(doc), start, end);
    if (slot->key)
        return tpy_newref(slot->key);
    tpy_object *key = tpy_str_substr(m->vm, doc, start, end);
    if (!key)
        return NULL;
    slot->hash = h;
    slot->key = tpy_newref(key);
    m->used++;
    return key;
}

tpy_object *tpy_jmemo_intern(tpy_jmemo *m, tpy_object *key)
{
    if (make_room(m) < 0) {
        tpy_decref(m->vm, key);
        return NULL;
    }
    intptr_t n = tpy_str_len(key);
    uint64_t h = hash_range(STR(key), 0, n);
    struct tpy_jmemo_slot *slot = find(m, h, STR(key), 0, n);
    if (slot->key) {
        tpy_decref(m->vm, key);
        return tpy_newref(slot->key);
    }
    slot->hash = h;
    slot->key = tpy_newref(key);
    m->used++;
    return key;
}
