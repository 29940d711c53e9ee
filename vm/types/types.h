/* vm/types/types.h: the builtin types, their object layouts and the C API
 * the rest of the VM uses to make and read them.
 *
 * Each type lives in its own file(s) of vm/types/ and is a static,
 * immortal tpy_type shared by every VM (see vm/core/object.h). Layouts
 * are drawn in docs/vm-objects.md.
 */
#ifndef TIERPY_VM_TYPES_H
#define TIERPY_VM_TYPES_H

#include <gmp.h>
#include <stdint.h>

#include "object.h"

/* ---- type and object ------------------------------------------------------ */
extern tpy_type tpy_type_type, tpy_object_type;
bool tpy_type_is_subtype(const tpy_type *a, const tpy_type *b);
static inline bool tpy_isinstance(const tpy_object *o, const tpy_type *t)
{
    return tpy_type_of(o) == t || tpy_type_is_subtype(tpy_type_of(o), t);
}
static inline bool tpy_is_type(const tpy_object *o)
{
    return tpy_type_has(tpy_type_of(o), TPY_TF_TYPE_SUBCLASS);
}
/* Find `name` (a str) along the MRO of `t`: borrowed reference or NULL
 * (no exception set). Remembered per (type, version, interned name) in
 * the VM's type cache (vm/core/typecache.c). */
tpy_object *tpy_type_lookup(tpy_vm *vm, tpy_type *t, tpy_object *name);
/* The same walk, never cached (typeobject.c). */
tpy_object *tpy_type_lookup_mro(tpy_vm *vm, tpy_type *t, tpy_object *name);
/* Give `t` (a heap type) a version no type of the VM has had: every
 * cache keyed on its old version misses from now on. */
void tpy_type_new_version(tpy_vm *vm, tpy_type *t);
/* `t`'s attributes changed: new versions for it and every class that
 * has it in its MRO. */
void tpy_type_modified(tpy_vm *vm, tpy_type *t);
/* Forget every cached lookup (the builtin types' dicts are going). */
void tpy_type_cache_clear(tpy_vm *vm);
/* The attribute dict of `t` in this VM (borrowed; NULL if not built). */
tpy_object *tpy_type_dict(tpy_vm *vm, tpy_type *t);
/* Add static types of the layers above the core to the registry (their
 * per-VM dicts are built like the core's). Only before the first VM is
 * made (tpy_types_ready freezes the registry): -1 when too late or full. */
int tpy_types_register(tpy_type *const *types, size_t n);
/* Process-wide: inherit slots, assign builtin indexes (once). */
void tpy_types_ready(void);
size_t tpy_builtin_count(void);
tpy_type *tpy_builtin_at(size_t index);
/* Build vm->builtin_dicts from the method tables. */
int tpy_types_init_vm(tpy_vm *vm);
void tpy_types_fini_vm(tpy_vm *vm);
tpy_object *tpy_object_repr_default(tpy_vm *vm, tpy_object *o);

/* ---- singletons ------------------------------------------------------------- */
extern tpy_type tpy_none_type, tpy_notimpl_type, tpy_ellipsis_type;
extern tpy_object tpy_none_obj, tpy_ellipsis_obj;
#define TPY_NONE (&tpy_none_obj)
#define TPY_ELLIPSIS (&tpy_ellipsis_obj)

/* ---- int and bool ------------------------------------------------------------- */
/* An int: size (layer3's item count) 0 is a machine-word int in `value`;
 * size n > 0 is a big int whose magnitude is the n limbs and whose sign is
 * `value` (+1 or -1). Normalised: a value that fits int64 is a word. */
typedef struct tpy_int {
    tpy_var_object ob;
    int64_t value;
    mp_limb_t limbs[];
} tpy_int;
extern tpy_type tpy_int_type, tpy_bool_type;
extern tpy_int tpy_true_obj, tpy_false_obj;
#define TPY_TRUE ((tpy_object *)&tpy_true_obj)
#define TPY_FALSE ((tpy_object *)&tpy_false_obj)
static inline tpy_object *tpy_bool(bool b) { return b ? TPY_TRUE : TPY_FALSE; }
static inline bool tpy_int_check(const tpy_object *o)
{
    return tpy_type_has(tpy_type_of(o), TPY_TF_INT_SUBCLASS);
}
static inline bool tpy_int_is_word(const tpy_object *o)
{
    return ((const tpy_var_object *)o)->size == 0;
}
tpy_object *tpy_int_from_i64(tpy_vm *vm, int64_t v);
/* From an mpz (copied); a word int when it fits. */
tpy_object *tpy_int_from_mpz(tpy_vm *vm, const mpz_t v);
/* A read-only mpz view of an int (no copy for big ints; word ints use
 * `scratch`, which must outlive the view). */
void tpy_int_view(const tpy_object *o, mpz_t view, mp_limb_t scratch[2]);
/* -1 with OverflowError "Python int too large to convert to C long" */
int tpy_int_to_i64(tpy_vm *vm, tpy_object *o, int64_t *out);
int tpy_int_to_double(tpy_vm *vm, tpy_object *o, double *out);
int tpy_int_sign(const tpy_object *o);  /* -1, 0, 1 */
/* Comparison of two ints: -1, 0, 1. */
int tpy_int_compare(const tpy_object *a, const tpy_object *b);
tpy_hash_t tpy_int_hash(tpy_vm *vm, tpy_object *o);
tpy_object *tpy_int_repr(tpy_vm *vm, tpy_object *o);
/* int(text, base) for UTF-8 text; `repr_source` (borrowed, may be NULL) is
 * quoted in "invalid literal" messages. */
tpy_object *tpy_int_from_text(tpy_vm *vm, const char *s, size_t n, int base,
                              tpy_object *repr_source);
tpy_object *tpy_int_from_double(tpy_vm *vm, double x);
/* a <op> b for int objects (either may be a bool); NotImplemented otherwise. */
tpy_object *tpy_int_binary(tpy_vm *vm, enum tpy_binop op, tpy_object *a, tpy_object *b);
extern const tpy_number_slots tpy_int_number;
/* Exact comparison of a float with an int: -1, 0, 1; 2 when x is NaN. */
int tpy_int_compare_double(tpy_vm *vm, tpy_object *i, double x);

/* ---- float -------------------------------------------------------------------------- */
typedef struct tpy_float {
    tpy_object ob;
    double value;
} tpy_float;
extern tpy_type tpy_float_type;
static inline bool tpy_float_check(const tpy_object *o)
{
    return tpy_isinstance(o, &tpy_float_type);
}
static inline double tpy_float_value(const tpy_object *o)
{
    return ((const tpy_float *)o)->value;
}
tpy_object *tpy_float_from_double(tpy_vm *vm, double v);
tpy_hash_t tpy_float_hash_value(tpy_object *o, double v);
tpy_object *tpy_float_from_text(tpy_vm *vm, const char *s, size_t n, tpy_object *repr_source);

/* ---- types.GenericAlias (genericalias.c): list[int] and friends (PEP 585) ------------------ */
extern tpy_type tpy_generic_alias_type, tpy_union_type;
/* a | b for classes, None, generic aliases and unions (types.UnionType, PEP 604);
 * NotImplemented for anything else. */
tpy_object *tpy_union_or(tpy_vm *vm, tpy_object *a, tpy_object *b);
tpy_object *tpy_generic_alias_new(tpy_vm *vm, tpy_object *origin, tpy_object *args);
/* The __class_getitem__ classmethod of list, dict, tuple, set, frozenset and type. */
tpy_object *tpy_generic_class_getitem(tpy_vm *vm, tpy_object *self, tpy_object *const *args,
                                      size_t nargs, tpy_object *kwnames);

/* ---- str ------------------------------------------------------------------------------- */
/* PEP 393 storage: `kind` bytes per code point (1, 2 or 4), chosen by the
 * largest code point; `length` code points followed by a NUL of the same
 * width, inline after the header. ASCII text is its own UTF-8 form and its
 * header is 48 bytes, as CPython's compact ASCII str: short strs fill the
 * same size classes. Any other str caches its UTF-8 form through a pointer
 * slot after the data (tpy_str_utf8_slot). The flags sit right after
 * layer3's header, on the cache line a free reads anyway. */
typedef struct tpy_strobj {
    tpy_var_object ob;      /* size: data bytes, terminator (and UTF-8 slot) included */
    uint8_t kind;           /* 1, 2, 4 */
    uint8_t ascii;          /* every code point < 128 */
    uint8_t interned;       /* in the VM's table */
    intptr_t length;        /* code points */
    tpy_hash_t hash;        /* -1 until computed */
    _Alignas(8) unsigned char data[];
} tpy_strobj;
/* Data bytes of a str of n code points of `kind` bytes and asciiness `ascii`,
 * as tpy_str_new_raw allocates them: non-ASCII text adds a pointer-aligned
 * slot for its cached UTF-8 form (NULL until tpy_str_utf8 fills it). */
static inline size_t tpy_str_items(size_t n, int kind, bool ascii)
{
    size_t bytes = (n + 1) * (size_t)kind;
    return ascii ? bytes : ((bytes + 7) & ~(size_t)7) + sizeof(char *);
}
/* The UTF-8 cache slot of a non-ASCII str (see tpy_str_items). */
static inline char **tpy_str_utf8_slot(struct tpy_strobj *s)
{
    size_t bytes = (size_t)(s->length + 1) * s->kind;
    return (char **)(void *)(s->data + ((bytes + 7) & ~(size_t)7));
}
extern tpy_type tpy_str_type, tpy_str_iter_type;
static inline bool tpy_str_check(const tpy_object *o)
{
    return tpy_type_has(tpy_type_of(o), TPY_TF_STR_SUBCLASS);
}
static inline intptr_t tpy_str_len(const tpy_object *o)
{
    return ((const tpy_strobj *)o)->length;
}
static inline uint32_t tpy_str_at(const tpy_object *o, intptr_t i)
{
    const tpy_strobj *s = (const tpy_strobj *)o;
    switch (s->kind) {
    case 1: return s->data[i];
    case 2: return ((const uint16_t *)s->data)[i];
    default: return ((const uint32_t *)s->data)[i];
    }
}
/* From UTF-8; UnicodeDecodeError on invalid input. */
tpy_object *tpy_str_from_utf8(tpy_vm *vm, const char *s, size_t n);
tpy_object *tpy_str_from_cstr(tpy_vm *vm, const char *s);
/* From code points (any values <= 0x10FFFF). */
tpy_object *tpy_str_from_ucs4(tpy_vm *vm, const uint32_t *cp, size_t n);
/* An uninitialised str of n code points of `kind`. */
tpy_object *tpy_str_new_raw(tpy_vm *vm, size_t n, int kind, bool ascii);
/* tpy_str_new_raw(vm, n, 1, true): n ASCII characters to fill in. */
tpy_object *tpy_str_new_ascii(tpy_vm *vm, size_t n);
/* The UTF-8 form (borrowed, cached; NULL with MemoryError). Lone
 * surrogates are encoded as CESU-style 3-byte sequences. */
const char *tpy_str_utf8(tpy_vm *vm, tpy_object *o, size_t *len);
tpy_hash_t tpy_str_hash(tpy_vm *vm, tpy_object *o);
bool tpy_str_equal(const tpy_object *a, const tpy_object *b);
int tpy_str_compare(const tpy_object *a, const tpy_object *b);
bool tpy_str_equal_c(const tpy_object *a, const char *ascii);
tpy_object *tpy_str_concat(tpy_vm *vm, tpy_object *a, tpy_object *b);
/* items[0] + sep + items[1] + ... in one allocation (sep NULL: nothing
 * between); every item and sep must be a str. A new exact str, or the
 * only item itself when it is one. */
tpy_object *tpy_str_join_array(tpy_vm *vm, tpy_object *sep, tpy_object *const *items, size_t n);
tpy_object *tpy_str_substr(tpy_vm *vm, tpy_object *o, intptr_t start, intptr_t end);
tpy_object *tpy_str_repr(tpy_vm *vm, tpy_object *o);
/* The interned str equal to `o`: `o` itself (now interned) or the table's
 * (a new reference either way; `o` is consumed). */
tpy_object *tpy_str_intern(tpy_vm *vm, tpy_object *o);
tpy_object *tpy_str_intern_c(tpy_vm *vm, const char *s);
/* The interned str of `s`, a string with static storage (a literal):
 * BORROWED, valid for the VM's life; remembered by the address of `s`,
 * so the trampolines that look up dunder names make no str. NULL with
 * MemoryError. */
tpy_object *tpy_str_intern_static(tpy_vm *vm, const char *s);
void tpy_intern_clear(tpy_vm *vm);
/* Append the code points of a str to a UCS-4 buffer or compute max cp. */
uint32_t tpy_str_max_char(const tpy_object *o);
/* Whether repr() shows code point c as itself (Unicode printable). */
bool tpy_unicode_is_printable(uint32_t c);

/* ---- formatting (str_format.c, str_percent.c) ------------------------------------------ */
/* format(value, spec): `spec` a str, or NULL for ''; exact int, float and
 * str are formatted directly, anything else through type(value).__format__. */
tpy_object *tpy_format(tpy_vm *vm, tpy_object *value, tpy_object *spec);
/* A replacement field's conversion: conv 0 (none: value itself), 's', 'r', 'a'. */
tpy_object *tpy_str_format_conversion(tpy_vm *vm, tpy_object *value, int conv);
/* ascii(o): repr(o) with non-ASCII code points escaped. */
tpy_object *tpy_ascii(tpy_vm *vm, tpy_object *o);
/* fmt.format(*args, **kwargs): args a tuple, or NULL for format_map (then
 * a positional field is an error); kwargs any mapping, or NULL. */
tpy_object *tpy_str_format_map(tpy_vm *vm, tpy_object *fmt, tpy_object *args,
                               tpy_object *kwargs);
/* fmt % args for a str / bytes format. */
tpy_object *tpy_str_percent(tpy_vm *vm, tpy_object *fmt, tpy_object *args);
tpy_object *tpy_bytes_percent(tpy_vm *vm, tpy_object *fmt, tpy_object *args);
/* The __format__ methods of the method tables. */
tpy_object *tpy_int_format_method(tpy_vm *, tpy_object *, tpy_object *const *, size_t, tpy_object *);
tpy_object *tpy_float_format_method(tpy_vm *, tpy_object *, tpy_object *const *, size_t,
                                    tpy_object *);
tpy_object *tpy_str_format_method(tpy_vm *, tpy_object *, tpy_object *const *, size_t, tpy_object *);
tpy_object *tpy_object_format_method(tpy_vm *, tpy_object *, tpy_object *const *, size_t,
                                     tpy_object *);

/* ---- bytes ----------------------------------------------------------------------------- */
typedef struct tpy_bytes {
    tpy_var_object ob;      /* size: length + 1 (a NUL follows the bytes) */
    tpy_hash_t hash;
    unsigned char data[];
} tpy_bytes;
extern tpy_type tpy_bytes_type, tpy_bytes_iter_type;
static inline bool tpy_bytes_check(const tpy_object *o)
{
    return tpy_isinstance(o, &tpy_bytes_type);
}
static inline intptr_t tpy_bytes_len(const tpy_object *o)
{
    return ((const tpy_var_object *)o)->size - 1;
}
tpy_object *tpy_bytes_from(tpy_vm *vm, const void *data, size_t n);

/* ---- tuple -------------------------------------------------------------------------------- */
typedef struct tpy_tuple {
    tpy_var_object ob;
    tpy_object *items[];
} tpy_tuple;
extern tpy_type tpy_tuple_type, tpy_tuple_iter_type;
static inline bool tpy_tuple_check(const tpy_object *o)
{
    return tpy_type_has(tpy_type_of(o), TPY_TF_TUPLE_SUBCLASS);
}
static inline intptr_t tpy_tuple_len(const tpy_object *o)
{
    return ((const tpy_var_object *)o)->size;
}
static inline tpy_object *tpy_tuple_get(const tpy_object *o, intptr_t i)
{
    return ((const tpy_tuple *)o)->items[i];
}
/* A tuple of n NULL items to fill (steals nothing); n 0: the empty tuple. */
tpy_object *tpy_tuple_new(tpy_vm *vm, size_t n);
/* A tuple of the given items (references taken, not stolen). */
tpy_object *tpy_tuple_pack(tpy_vm *vm, size_t n, ...);
tpy_object *tpy_tuple_from_array(tpy_vm *vm, tpy_object *const *items, size_t n);

/* ---- list ------------------------------------------------------------------------------------ */
typedef struct tpy_list {
    tpy_object ob;
    intptr_t size;          /* items in use */
    intptr_t allocated;     /* room in `items` */
    tpy_object **items;     /* tpy_obj_heap_malloc'd; NULL when allocated is 0 */
} tpy_list;
extern tpy_type tpy_list_type, tpy_list_iter_type, tpy_list_reviter_type;
static inline bool tpy_list_check(const tpy_object *o)
{
    return tpy_type_has(tpy_type_of(o), TPY_TF_LIST_SUBCLASS);
}
static inline intptr_t tpy_list_len(const tpy_object *o)
{
    return ((const tpy_list *)o)->size;
}
static inline tpy_object *tpy_list_get(const tpy_object *o, intptr_t i)
{
    return ((const tpy_list *)o)->items[i];
}
tpy_object *tpy_list_new(tpy_vm *vm, size_t n);   /* n NULL items to fill */
int tpy_list_append(tpy_vm *vm, tpy_object *list, tpy_object *item);  /* takes a reference */
/* A list of items[0..n), whose references it takes (released on failure):
 * no cleared array to fill. */
tpy_object *tpy_list_from_array(tpy_vm *vm, tpy_object *const *items, size_t n);
int tpy_list_extend(tpy_vm *vm, tpy_object *list, tpy_object *iterable);
int tpy_list_sort(tpy_vm *vm, tpy_object *list, tpy_object *key, bool reverse);
/* sort()'s reverse= argument (NULL: absent) as 0/1, or -1 with TypeError. */
int tpy_list_sort_reverse_flag(tpy_vm *vm, tpy_object *arg);
tpy_object *tpy_list_as_tuple(tpy_vm *vm, tpy_object *list);
int tpy_list_resize(tpy_vm *vm, tpy_list *l, intptr_t newsize);

/* ---- dict --------------------------------------------------------------------------------------- */
typedef struct tpy_dict_entry {
    tpy_hash_t hash;
    tpy_object *key;        /* NULL: a deleted entry */
    tpy_object *value;
} tpy_dict_entry;
/* The keys block of a dict (dict.c draws it). */
typedef struct tpy_dict_keys {
    uint8_t log2_size;
    uint8_t ixbytes;       /* bytes per index slot */
    /* Changes whenever a key joins or leaves this block, never when a value
     * is replaced; unique per VM (0: too many, never cached). So while it
     * is unchanged an entry index found for a key still holds that key:
     * the eval loop's global caches keep (kversion, index). */
    uint32_t kversion;
    intptr_t usable;       /* entries that can still be appended */
    intptr_t nentries;     /* entries used, deleted ones included */
    _Alignas(8) unsigned char indices[];
} tpy_dict_keys;
/* The entries of a keys block, after its index table. */
static inline tpy_dict_entry *tpy_dict_keys_entries(tpy_dict_keys *k)
{
    return (tpy_dict_entry *)(k->indices + ((size_t)1 << k->log2_size) * k->ixbytes);
}
typedef struct tpy_dict {
    tpy_object ob;
    intptr_t used;          /* live entries */
    uint64_t version;       /* changes on every mutation */
    tpy_dict_keys *keys;    /* NULL for a fresh empty dict */
} tpy_dict;
extern tpy_type tpy_dict_type, tpy_dict_keys_type, tpy_dict_values_type, tpy_dict_items_type,
    tpy_dict_keyiter_type, tpy_dict_valueiter_type, tpy_dict_itemiter_type;
static inline bool tpy_dict_check(const tpy_object *o)
{
    return tpy_type_has(tpy_type_of(o), TPY_TF_DICT_SUBCLASS);
}
static inline intptr_t tpy_dict_len(const tpy_object *o)
{
    return ((const tpy_dict *)o)->used;
}
tpy_object *tpy_dict_new(tpy_vm *vm);
/* Lazy tracking (docs/gc.md): an exact dict is born untracked and joins
 * the collector's lists when a key or value that may be tracked is
 * stored. tpy_dict_track_if_needed tracks `d` if any entry may be
 * tracked; tpy_dict_maybe_untrack untracks an exact dict whose entries
 * all are atomic (the collector's full-collection pass). */
void tpy_dict_track_if_needed(tpy_vm *vm, tpy_object *d);
void tpy_dict_maybe_untrack(tpy_object *d);
/* The dense entry array of `d` (deleted entries have key NULL) and its
 * length, for the collector's inline traversal; NULL, 0 when empty. */
static inline tpy_dict_entry *tpy_dict_entries(const tpy_object *d, intptr_t *n)
{
    tpy_dict_keys *k = ((const tpy_dict *)d)->keys;
    if (!k) {
        *n = 0;
        return NULL;
    }
    *n = k->nentries;
    return (tpy_dict_entry *)(k->indices + ((size_t)1 << k->log2_size) * k->ixbytes);
}
/* Visit what `d` refers to: every value, and the keys that are
 * containers (a str key can hold no reference). Inline, so that the
 * collector's loops get their visit function inlined. */
__attribute__((always_inline))
static inline int tpy_dict_visit_entries(const tpy_object *d, tpy_obj_visit_fn visit, void *arg)
{
    intptr_t n;
    const tpy_dict_entry *e = tpy_dict_entries(d, &n);
    for (intptr_t i = 0; i < n; i++) {
        if (!e[i].key)
            continue;
        int r = (e[i].key->type->flags & TPY_OBJ_CONTAINER) ? visit(e[i].key, arg) : 0;
        if (!r && e[i].value)
            r = visit(e[i].value, arg);
        if (r)
            return r;
    }
    return 0;
}
/* Borrowed value or NULL; -1 from the _ref form on error. */
int tpy_dict_get_ref(tpy_vm *vm, tpy_object *d, tpy_object *key, tpy_object **value);
tpy_object *tpy_dict_get_str(tpy_vm *vm, tpy_object *d, tpy_object *interned_key); /* borrowed, no errors */
/* The entry index of an interned str key in an exact dict's keys block,
 * or -1 (absent, or no block). No errors. */
intptr_t tpy_dict_index_str(tpy_vm *vm, tpy_object *d, tpy_object *interned_key);
int tpy_dict_set(tpy_vm *vm, tpy_object *d, tpy_object *key, tpy_object *value);
int tpy_dict_set_c(tpy_vm *vm, tpy_object *d, const char *key, tpy_object *value);
int tpy_dict_del(tpy_vm *vm, tpy_object *d, tpy_object *key);  /* KeyError if absent */
/* Iterate: *pos starts at 0; 1 with borrowed key/value, 0 at the end. */
int tpy_dict_next(tpy_object *d, intptr_t *pos, tpy_object **key, tpy_object **value);
int tpy_dict_update(tpy_vm *vm, tpy_object *d, tpy_object *other);
tpy_object *tpy_dict_copy(tpy_vm *vm, tpy_object *d);

/* ---- set and frozenset ---------------------------------------------------------------------- */
typedef struct tpy_set_entry {
    tpy_object *key;        /* NULL: never used; the dummy: deleted */
    tpy_hash_t hash;
} tpy_set_entry;
#define TPY_SET_SMALL 8
typedef struct tpy_set {
    tpy_object ob;
    intptr_t fill;          /* active + dummy entries */
    intptr_t used;          /* active entries */
    intptr_t mask;          /* table size - 1 */
    tpy_set_entry *table;   /* smalltable or a heap block */
    tpy_hash_t hash;        /* frozenset only; -1 until computed */
    intptr_t finger;        /* where pop() looks next */
    tpy_object *weaklist;   /* weak references to it (the weakref type's) */
    tpy_set_entry smalltable[TPY_SET_SMALL];
} tpy_set;
extern tpy_type tpy_set_type, tpy_frozenset_type, tpy_set_iter_type;
static inline bool tpy_anyset_check(const tpy_object *o)
{
    return tpy_isinstance(o, &tpy_set_type) || tpy_isinstance(o, &tpy_frozenset_type);
}
tpy_object *tpy_set_new(tpy_vm *vm, tpy_object *iterable);       /* iterable may be NULL */
tpy_object *tpy_frozenset_new(tpy_vm *vm, tpy_object *iterable);
int tpy_set_add(tpy_vm *vm, tpy_object *set, tpy_object *key);
int tpy_set_contains(tpy_vm *vm, tpy_object *set, tpy_object *key);
int tpy_set_discard(tpy_vm *vm, tpy_object *set, tpy_object *key);  /* 1 found, 0 not */
int tpy_set_next(tpy_object *set, intptr_t *pos, tpy_object **key);
static inline intptr_t tpy_set_len(const tpy_object *o) { return ((const tpy_set *)o)->used; }

/* ---- range, slice ------------------------------------------------------------------------------ */
typedef struct tpy_range {
    tpy_object ob;
    tpy_object *start, *stop, *step, *length;   /* ints */
} tpy_range;
extern tpy_type tpy_range_type, tpy_range_iter_type, tpy_longrange_iter_type;
/* An iterator over start, start + step, ... (len values) with int
 * arithmetic: for ranges past a machine word (range_long.c). */
tpy_object *tpy_longrange_iter_new(tpy_vm *vm, tpy_object *start, tpy_object *step,
                                   tpy_object *len);
/* The next value of a range iterator (of tpy_range_iter_type) without
 * making its int: false when exhausted. */
bool tpy_range_iter_step(tpy_object *it, int64_t *v);
tpy_object *tpy_range_new(tpy_vm *vm, tpy_object *start, tpy_object *stop, tpy_object *step);

typedef struct tpy_slice {
    tpy_object ob;
    tpy_object *start, *stop, *step;   /* any objects, None when omitted */
} tpy_slice;
extern tpy_type tpy_slice_type;
static inline bool tpy_slice_check(const tpy_object *o)
{
    return tpy_type_of(o) == &tpy_slice_type;
}
tpy_object *tpy_slice_new(tpy_vm *vm, tpy_object *start, tpy_object *stop, tpy_object *step);
/* slice.indices() for a sequence of `length`: clamps start/stop, returns
 * the number of items selected (or -1 with an error). */
intptr_t tpy_slice_adjust(tpy_vm *vm, tpy_object *slice, intptr_t length,
                          intptr_t *start, intptr_t *stop, intptr_t *step);

/* ---- descriptors (vm/core/descr.c) --------------------------------------------------- */
extern tpy_type tpy_method_descr_type, tpy_classmethod_descr_type, tpy_getset_descr_type,
    tpy_builtin_method_type;
tpy_object *tpy_method_descr_new(tpy_vm *vm, tpy_type *owner, const tpy_method_def *def);
tpy_object *tpy_getset_descr_new(tpy_vm *vm, tpy_type *owner, const tpy_getset_def *def);
/* A bound builtin method: `self` (taken) with `def`. */
tpy_object *tpy_builtin_method_new(tpy_vm *vm, tpy_object *self, const tpy_method_def *def);

/* ---- exceptions (vm/core/exceptions.c) ---------------------------------------------------- */
/* Every exception: its args tuple, the 3.11 chaining attributes and, per
 * class, `nattrs` more attribute slots (StopIteration.value, the seven
 * fields of SyntaxError, ...), named by the type's getsets. */
typedef struct tpy_exc {
    tpy_object ob;
    tpy_object *args;
    tpy_object *notes;       /* __notes__ (add_note), NULL */
    tpy_object *traceback;
    tpy_object *context;
    tpy_object *cause;
    bool suppress_context;
    tpy_object *attrs[];
} tpy_exc;
#define TPY_EXC_TYPES(X) \
    X(BaseException) X(SystemExit) X(KeyboardInterrupt) X(GeneratorExit) X(Exception) \
    X(StopIteration) X(StopAsyncIteration) X(ArithmeticError) X(FloatingPointError) \
    X(OverflowError) X(ZeroDivisionError) X(AssertionError) X(AttributeError) \
    X(BufferError) X(EOFError) X(ImportError) X(ModuleNotFoundError) X(LookupError) \
    X(IndexError) X(KeyError) X(MemoryError) X(NameError) X(UnboundLocalError) \
    X(OSError) X(BlockingIOError) X(ChildProcessError) X(ConnectionError) \
    X(BrokenPipeError) X(ConnectionAbortedError) X(ConnectionRefusedError) \
    X(ConnectionResetError) X(FileExistsError) X(FileNotFoundError) \
    X(InterruptedError) X(IsADirectoryError) X(NotADirectoryError) \
    X(PermissionError) X(ProcessLookupError) X(TimeoutError) X(ReferenceError) \
    X(RuntimeError) X(NotImplementedError) X(RecursionError) X(SyntaxError) \
    X(IndentationError) X(TabError) X(SystemError) X(TypeError) X(ValueError) \
    X(UnicodeError) X(UnicodeDecodeError) X(UnicodeEncodeError) \
    X(UnicodeTranslateError) X(Warning) X(UserWarning) X(DeprecationWarning) \
    X(PendingDeprecationWarning) X(SyntaxWarning) X(RuntimeWarning) \
    X(FutureWarning) X(ImportWarning) X(UnicodeWarning) X(BytesWarning) \
    X(ResourceWarning) X(EncodingWarning)
#define TPY_EXC_DECLARE(name) extern tpy_type tpy_exc_##name;
TPY_EXC_TYPES(TPY_EXC_DECLARE)
#undef TPY_EXC_DECLARE
extern tpy_type *const tpy_exc_all[];
extern const size_t tpy_exc_count;
static inline bool tpy_exc_check(const tpy_object *o)
{
    return tpy_type_has(tpy_type_of(o), TPY_TF_EXC_SUBCLASS);
}
/* type(*args) for an exception class (args borrowed). */
tpy_object *tpy_exc_new(tpy_vm *vm, tpy_type *type, tpy_object *const *args, size_t nargs);

/* ---- the builtins' iterator types (vm/types/iterators.c) ------------------------------------------ */
extern tpy_type tpy_enumerate_type, tpy_zip_type, tpy_map_type, tpy_filter_type,
    tpy_reversed_type, tpy_callable_iter_type;
/* iter(func, sentinel): call func until it returns sentinel. */
tpy_object *tpy_callable_iter_new(tpy_vm *vm, tpy_object *func, tpy_object *sentinel);

/* ---- iterators (vm/types/iter.c) ----------------------------------------------------------------- */
/* The generic iterator over an index-addressed sequence (tuple, list, str,
 * bytes): `seq` (owned) and the next index; seq NULL once exhausted. */
typedef struct tpy_seqiter {
    tpy_object ob;
    intptr_t index;
    tpy_object *seq;
} tpy_seqiter;
tpy_object *tpy_seqiter_new(tpy_vm *vm, tpy_type *type, tpy_object *seq, intptr_t start);
int tpy_seqiter_traverse(tpy_object *o, tpy_obj_visit_fn visit, void *arg);
void tpy_seqiter_clear(tpy_obj_heap *heap, tpy_object *o);
void tpy_seqiter_destroy(tpy_obj_heap *heap, tpy_object *o);
tpy_object *tpy_iter_self(tpy_vm *vm, tpy_object *o);

/* ---- subclasses of the immutable builtins (vm/types/subtype.c) ------------------------------------ */
/* An instance of @p t (a class derived from int, float, str, bytes or
 * tuple) with the value of @p src, an object of that exact builtin
 * (reference stolen; NULL passes through). */
tpy_object *tpy_subtype_from_exact(tpy_vm *vm, tpy_type *t, tpy_object *src);

#endif
