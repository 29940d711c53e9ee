/* vm/core/object.h: the VM's object model, built on layer3's header.
 *
 * Every Python value is a tpy_object (layer3: reference count + the type's
 * allocation descriptor). A Python type is itself an object, a tpy_type,
 * which embeds that allocation descriptor as its `layout` member, so the
 * Python type of any object is one constant subtraction away from the
 * pointer in its header:
 *
 *     object                      its type (a tpy_type)
 *     +---------+--------+        +---------+--------+--------------------+------------
 *     | refcnt  | type ---------->| refcnt  | type   | layout             | name, base,
 *     +---------+--------+   ^    +---------+--------+ (tpy_obj_type:     | mro, dict,
 *     | fields ...       |   |    |  header          |  sizes, flags,     | slots ...
 *                            |                       |  hooks, id)        |
 *                            +-- points at layout, not at the type's header
 *
 * Conventions that every file of vm/ follows (they are CPython's, so its
 * documentation explains them at length):
 *  - A function that returns tpy_object * returns a *new* reference, or
 *    NULL with an exception set in the VM (tpy_err_*). A function that
 *    returns int returns 0 (or a value >= 0) on success and -1 with an
 *    exception set. "Borrowed" results are named so in their comment.
 *  - Every function takes the VM first; there is no global interpreter
 *    state, so several VMs can run in several threads. (tpy_incref alone
 *    takes no VM: it touches nothing but the count.)
 *  - Calls use one convention (CPython's vectorcall): the callable, a
 *    pointer to the positional arguments followed by the keyword values,
 *    their counts, and a tuple of keyword names (or NULL).
 *
 * Refinements of the first draft (see docs/vm-objects.md):
 *  - methods take `self` apart from their arguments (tpy_methodfn), so
 *    that `list.append(l, x)` and `l.append(x)` call the same C function
 *    without copying the argument array;
 *  - method entries carry flags (class methods such as dict.fromkeys);
 *  - types list their computed attributes (tpy_getset_def: int.real,
 *    BaseException.args, ...);
 *  - a builtin type has a `builtin_index`: the slot of its per-VM dict in
 *    vm->builtin_dicts, since the static type itself is shared by VMs;
 *  - the container slots gained CPython's sq_concat / sq_repeat and their
 *    in-place forms, which `+` and `*` fall back to for sequences (and
 *    whose errors, "can only concatenate list (not "int") to list", are
 *    the sequence's own);
 *  - the MRO of a builtin type is its base chain (single inheritance):
 *    `mro` stays NULL for static types, since a tuple would belong to one
 *    VM's heap.
 */
#ifndef TIERPY_VM_OBJECT_H
#define TIERPY_VM_OBJECT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include <tierpy/obj.h>

typedef struct tpy_vm tpy_vm;
typedef struct tpy_type tpy_type;
typedef int64_t tpy_hash_t;   /* hash values; -1 means "error" */

/* Rich comparison operators, in CPython's order. */
enum tpy_cmp { TPY_LT, TPY_LE, TPY_EQ, TPY_NE, TPY_GT, TPY_GE };

/* Binary operators: the index into tpy_number_slots.binary and the
 * operand of the BINARY instructions (the same order as CPython's NB_*). */
enum tpy_binop {
    TPY_OP_ADD, TPY_OP_AND, TPY_OP_FLOORDIV, TPY_OP_LSHIFT, TPY_OP_MATMUL,
    TPY_OP_MUL, TPY_OP_MOD, TPY_OP_OR, TPY_OP_POW, TPY_OP_RSHIFT, TPY_OP_SUB,
    TPY_OP_TRUEDIV, TPY_OP_XOR, TPY_OP_DIVMOD, TPY_OP_COUNT
};

typedef tpy_object *(*tpy_unaryfn)(tpy_vm *, tpy_object *);
typedef tpy_object *(*tpy_binaryfn)(tpy_vm *, tpy_object *, tpy_object *);
typedef tpy_object *(*tpy_callfn)(tpy_vm *, tpy_object *callable,
                                  tpy_object *const *args, size_t nargs,
                                  tpy_object *kwnames);
/* A method of a builtin type: `self`, then the call's arguments. */
typedef tpy_object *(*tpy_methodfn)(tpy_vm *, tpy_object *self,
                                    tpy_object *const *args, size_t nargs,
                                    tpy_object *kwnames);

/* Arithmetic: binary[op] receives the operands in source order and returns
 * TPY_NOT_IMPLEMENTED (a new reference to the NotImplemented singleton) when
 * it does not handle the pair, so the reflected operand gets its turn, as
 * CPython's nb_add does. inplace[op] may be NULL (falls back to binary).
 * binary[TPY_OP_DIVMOD] is divmod(); ternary_pow is pow(a, b, m). */
typedef struct tpy_number_slots {
    tpy_binaryfn binary[TPY_OP_COUNT];
    tpy_binaryfn inplace[TPY_OP_COUNT];
    tpy_object *(*ternary_pow)(tpy_vm *, tpy_object *, tpy_object *, tpy_object *);
    tpy_unaryfn neg, pos, invert, abs;
    tpy_unaryfn to_int, to_float, index;
    int (*to_bool)(tpy_vm *, tpy_object *);   /* 1, 0, or -1 on error */
} tpy_number_slots;

/* Sequences and mappings. */
typedef struct tpy_container_slots {
    intptr_t (*len)(tpy_vm *, tpy_object *);                     /* -1 on error */
    tpy_object *(*getitem)(tpy_vm *, tpy_object *, tpy_object *key);
    int (*setitem)(tpy_vm *, tpy_object *, tpy_object *key, tpy_object *value); /* value NULL: del */
    int (*contains)(tpy_vm *, tpy_object *, tpy_object *item);  /* 1, 0, -1 */
    /* Sequence + and *, tried after the number slots (CPython's sq_*). */
    tpy_binaryfn concat, inplace_concat;
    tpy_object *(*repeat)(tpy_vm *, tpy_object *, intptr_t n);
    tpy_object *(*inplace_repeat)(tpy_vm *, tpy_object *, intptr_t n);
} tpy_container_slots;

/* Method kinds (tpy_method_def.flags). */
#define TPY_METH_CLASS 0x1u   /* bound to the type, as @classmethod */
#define TPY_METH_FUNCTION 0x2u /* a module's function: repr "<built-in function f>" */

/* A method of a builtin type, exposed in its dict as a method descriptor. */
typedef struct tpy_method_def {
    const char *name;
    tpy_methodfn fn;
    unsigned flags;         /* TPY_METH_* */
    const char *doc;
} tpy_method_def;

/* A computed attribute of a builtin type (a getset descriptor). */
typedef struct tpy_getset_def {
    const char *name;
    tpy_object *(*get)(tpy_vm *, tpy_object *self);
    int (*set)(tpy_vm *, tpy_object *self, tpy_object *value); /* NULL: read-only */
} tpy_getset_def;

/* A type. Builtin types are static, immortal objects shared by every VM
 * (their dicts live in each VM's builtin_dicts); classes made by `class`
 * statements are heap objects of their VM. */
struct tpy_type {
    tpy_object ob;             /* header: ob.type is type's own layout */
    tpy_obj_type layout;       /* allocation descriptor of the instances */
    const char *name;          /* "int", or the class's __name__ (owned if heap type) */
    unsigned long flags;       /* TPY_TF_* */
    tpy_type *base;            /* the solid base (object has none) */
    tpy_object *bases;         /* tuple; NULL for builtins (their base alone) */
    tpy_object *mro;           /* tuple, C3 linearization; NULL for builtins (base chain) */
    tpy_object *dict;          /* attributes; NULL for a builtin (per VM) */
    unsigned builtin_index;    /* builtins: index into vm->builtin_dicts (set once) */
    uint32_t version;          /* bumped when the type or a base changes: caches check it */
    size_t dict_offset;        /* instances' __dict__ slot, 0: none */
    size_t weaklist_offset;    /* instances' weak reference list, 0: none */
    /* __del__ (PEP 442's tp_finalize): run once per object, by the cycle
     * collector or by the destroy hook (tpy_gc_call_finalizer); may
     * resurrect the object. NULL: none. */
    void (*finalize)(tpy_vm *, tpy_object *);

    tpy_unaryfn repr, str;
    tpy_hash_t (*hash)(tpy_vm *, tpy_object *);
    tpy_object *(*richcompare)(tpy_vm *, tpy_object *, tpy_object *, enum tpy_cmp);
    tpy_object *(*getattr)(tpy_vm *, tpy_object *, tpy_object *name);
    int (*setattr)(tpy_vm *, tpy_object *, tpy_object *name, tpy_object *value);
    tpy_callfn call;
    tpy_unaryfn iter;
    tpy_unaryfn next;          /* NULL with no exception set: exhausted */
    tpy_object *(*descr_get)(tpy_vm *, tpy_object *descr, tpy_object *obj, tpy_object *type);
    int (*descr_set)(tpy_vm *, tpy_object *descr, tpy_object *obj, tpy_object *value);
    tpy_object *(*new_)(tpy_vm *, tpy_type *, tpy_object *const *args, size_t nargs,
                        tpy_object *kwnames);
    int (*init)(tpy_vm *, tpy_object *, tpy_object *const *args, size_t nargs,
                tpy_object *kwnames);
    const tpy_number_slots *number;
    const tpy_container_slots *container;
    const tpy_method_def *methods;   /* NULL-terminated */
    const tpy_getset_def *getsets;   /* NULL-terminated */
};

/* Type flags. */
#define TPY_TF_BASETYPE   (1ul << 0)   /* may be subclassed */
#define TPY_TF_HEAPTYPE   (1ul << 1)   /* made at run time, owned by its VM */
#define TPY_TF_IMMUTABLE  (1ul << 2)   /* attributes cannot be set on the type */
#define TPY_TF_READY      (1ul << 3)   /* slots inherited (tpy_types_ready) */
/* A class over a variable-size builtin (int, str, bytes, tuple): its
 * instances keep __dict__ after their items (tpy_var_dict_ptr). */
#define TPY_TF_VAR_DICT   (1ul << 4)
/* Fast subclass checks, as CPython's Py_TPFLAGS_*_SUBCLASS. */
#define TPY_TF_INT_SUBCLASS   (1ul << 8)
#define TPY_TF_STR_SUBCLASS   (1ul << 9)
#define TPY_TF_TUPLE_SUBCLASS (1ul << 10)
#define TPY_TF_LIST_SUBCLASS  (1ul << 11)
#define TPY_TF_DICT_SUBCLASS  (1ul << 12)
#define TPY_TF_TYPE_SUBCLASS  (1ul << 13)
#define TPY_TF_EXC_SUBCLASS   (1ul << 14)
/* Binding to an instance makes a bound method that calls the object with
 * the instance first (Python functions): callers that would bind and call
 * at once may pass the instance as the first argument instead (CPython's
 * Py_TPFLAGS_METHOD_DESCRIPTOR). */
#define TPY_TF_METHOD_DESCR   (1ul << 15)

/* The Python type of `o`. */
static inline tpy_type *tpy_type_of(const tpy_object *o)
{
    return (tpy_type *)((const char *)o->type - offsetof(tpy_type, layout));
}

static inline bool tpy_type_has(const tpy_type *t, unsigned long flag)
{
    return (t->flags & flag) != 0;
}

/* The header of a static (immortal, shared) object of type `tp`. */
#define TPY_STATIC_HEAD(tp) { .refcnt = TPY_OBJ_IMMORTAL_REFCNT, .type = &(tp).layout }

#endif /* TIERPY_VM_OBJECT_H */
