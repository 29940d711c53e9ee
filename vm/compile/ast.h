/**
 * @file ast.h
 * @brief The abstract syntax tree, node for node CPython 3.11's
 * Parser/Python.asdl (less `match`, its patterns and TryStar, which tierpy
 * rejects in the parser, and type comments, which it does not read).
 *
 * Every node, sequence and string lives in the arena of the parse that made
 * it and dies with it. Positions are CPython's: lines from 1, columns as
 * 0-based byte offsets into the UTF-8 line, end columns exclusive.
 *
 * Optional children (`expr?` in the ASDL) are NULL when absent; sequences
 * (`expr*`) may be NULL for empty.
 */
#ifndef TPY_AST_H
#define TPY_AST_H

#include <stdbool.h>
#include <stddef.h>

#include "arena.h"

/* A growable array of node pointers, in the arena. */
typedef struct tpy_seq {
    int len, cap;
    void **items;
} tpy_seq;

#define TPY_SEQ_LEN(s) ((s) ? (s)->len : 0)
#define TPY_SEQ_GET(s, i) ((s)->items[i])

/** @brief Append @p item (may be NULL, e.g. a missing kw default) to *seq,
 *  making the sequence on first use. false when the arena is exhausted. */
bool tpy_seq_append(tpy_arena *a, tpy_seq **seq, void *item);

/* Where a node sits in the source. */
typedef struct tpy_pos {
    int line, col, end_line, end_col;
} tpy_pos;

typedef enum tpy_expr_ctx { TPY_LOAD = 1, TPY_STORE, TPY_DEL } tpy_expr_ctx;
typedef enum tpy_boolop { TPY_AND = 1, TPY_OR } tpy_boolop;
typedef enum tpy_operator {
    TPY_ADD = 1, TPY_SUB, TPY_MULT, TPY_MATMULT, TPY_DIV, TPY_MOD, TPY_POW,
    TPY_LSHIFT, TPY_RSHIFT, TPY_BITOR, TPY_BITXOR, TPY_BITAND, TPY_FLOORDIV
} tpy_operator;
typedef enum tpy_unaryop { TPY_INVERT = 1, TPY_NOT, TPY_UADD, TPY_USUB } tpy_unaryop;
typedef enum tpy_cmpop {
    TPY_EQ = 1, TPY_NOTEQ, TPY_LT, TPY_LTE, TPY_GT, TPY_GTE, TPY_IS, TPY_ISNOT,
    TPY_IN, TPY_NOTIN
} tpy_cmpop;

/*
 * A constant's value, without objects (they belong to the VM):
 * INT holds its decimal digits (any size, no sign, no leading zeros),
 * STR its text as UTF-8 (lone surrogates from escapes encoded like any
 * other code point), BYTES its bytes; FLOAT its value, COMPLEX its
 * imaginary part (a literal is never complex with a real part).
 */
typedef enum tpy_const_kind {
    TPY_CONST_NONE, TPY_CONST_TRUE, TPY_CONST_FALSE, TPY_CONST_ELLIPSIS,
    TPY_CONST_INT, TPY_CONST_FLOAT, TPY_CONST_COMPLEX, TPY_CONST_STR,
    TPY_CONST_BYTES
} tpy_const_kind;

typedef struct tpy_const {
    tpy_const_kind kind;
    const char *data;  /* INT, STR, BYTES: in the arena */
    size_t len;        /* bytes at data */
    double num;        /* FLOAT: the value; COMPLEX: the imaginary part */
} tpy_const;

typedef struct tpy_expr tpy_expr;
typedef struct tpy_stmt tpy_stmt;
typedef struct tpy_arguments tpy_arguments;

typedef enum tpy_expr_kind {
    TPY_EXPR_BOOLOP = 1, TPY_EXPR_NAMEDEXPR, TPY_EXPR_BINOP, TPY_EXPR_UNARYOP,
    TPY_EXPR_LAMBDA, TPY_EXPR_IFEXP, TPY_EXPR_DICT, TPY_EXPR_SET,
    TPY_EXPR_LISTCOMP, TPY_EXPR_SETCOMP, TPY_EXPR_DICTCOMP, TPY_EXPR_GENERATOREXP,
    TPY_EXPR_AWAIT, TPY_EXPR_YIELD, TPY_EXPR_YIELDFROM, TPY_EXPR_COMPARE,
    TPY_EXPR_CALL, TPY_EXPR_FORMATTEDVALUE, TPY_EXPR_JOINEDSTR, TPY_EXPR_CONSTANT,
    TPY_EXPR_ATTRIBUTE, TPY_EXPR_SUBSCRIPT, TPY_EXPR_STARRED, TPY_EXPR_NAME,
    TPY_EXPR_LIST, TPY_EXPR_TUPLE, TPY_EXPR_SLICE
} tpy_expr_kind;

struct tpy_expr {
    tpy_expr_kind kind;
    tpy_pos pos;
    /* The parser's note that the node was written in parentheses; not part
     * of the ASDL. It decides AnnAssign.simple and some error messages. */
    bool parenthesized;
    union {
        struct { tpy_boolop op; tpy_seq *values; } boolop;
        struct { tpy_expr *target, *value; } namedexpr;
        struct { tpy_expr *left; tpy_operator op; tpy_expr *right; } binop;
        struct { tpy_unaryop op; tpy_expr *operand; } unaryop;
        struct { tpy_arguments *args; tpy_expr *body; } lambda;
        struct { tpy_expr *test, *body, *orelse; } ifexp;
        struct { tpy_seq *keys, *values; } dict;        /* a NULL key: **value */
        struct { tpy_seq *elts; } set;
        /* ListComp, SetComp, GeneratorExp use elt; DictComp key and value */
        struct { tpy_expr *elt, *value; tpy_seq *generators; } comp;
        struct { tpy_expr *value; } await, yield, yieldfrom;  /* yield: value? */
        struct { tpy_expr *left; tpy_cmpop *ops; tpy_seq *comparators; } compare;
        struct { tpy_expr *func; tpy_seq *args, *keywords; } call;
        /* conversion: -1, or 's', 'r', 'a'; format_spec? a JoinedStr */
        struct { tpy_expr *value; int conversion; tpy_expr *format_spec; } formattedvalue;
        struct { tpy_seq *values; } joinedstr;
        struct { tpy_const value; const char *kind; } constant;  /* kind: "u" or NULL */
        struct { tpy_expr *value; const char *attr; tpy_expr_ctx ctx; } attribute;
        struct { tpy_expr *value, *slice; tpy_expr_ctx ctx; } subscript;
        struct { tpy_expr *value; tpy_expr_ctx ctx; } starred;
        struct { const char *id; tpy_expr_ctx ctx; } name;
        struct { tpy_seq *elts; tpy_expr_ctx ctx; } list, tuple;
        struct { tpy_expr *lower, *upper, *step; } slice;
    } v;
};

typedef struct tpy_comprehension {
    tpy_expr *target, *iter;
    tpy_seq *ifs;
    int is_async;
} tpy_comprehension;

typedef struct tpy_arg {
    tpy_pos pos;
    const char *arg;
    tpy_expr *annotation;  /* ? */
} tpy_arg;

/* The parameters of a def or lambda; kw_defaults has one entry per
 * kwonlyarg, NULL where it has no default. */
struct tpy_arguments {
    tpy_seq *posonlyargs, *args;
    tpy_arg *vararg;
    tpy_seq *kwonlyargs, *kw_defaults;
    tpy_arg *kwarg;
    tpy_seq *defaults;
};

typedef struct tpy_keyword {
    tpy_pos pos;
    const char *arg;  /* NULL for **value */
    tpy_expr *value;
} tpy_keyword;

typedef struct tpy_alias {
    tpy_pos pos;
    const char *name, *asname;  /* asname? */
} tpy_alias;

typedef struct tpy_withitem {
    tpy_expr *context_expr, *optional_vars;  /* optional_vars? */
} tpy_withitem;

typedef struct tpy_excepthandler {
    tpy_pos pos;
    tpy_expr *type;    /* ? */
    const char *name;  /* ? */
    tpy_seq *body;
} tpy_excepthandler;

typedef enum tpy_stmt_kind {
    TPY_STMT_FUNCTIONDEF = 1, TPY_STMT_ASYNCFUNCTIONDEF, TPY_STMT_CLASSDEF,
    TPY_STMT_RETURN, TPY_STMT_DELETE, TPY_STMT_ASSIGN, TPY_STMT_AUGASSIGN,
    TPY_STMT_ANNASSIGN, TPY_STMT_FOR, TPY_STMT_ASYNCFOR, TPY_STMT_WHILE,
    TPY_STMT_IF, TPY_STMT_WITH, TPY_STMT_ASYNCWITH, TPY_STMT_RAISE, TPY_STMT_TRY,
    TPY_STMT_ASSERT, TPY_STMT_IMPORT, TPY_STMT_IMPORTFROM, TPY_STMT_GLOBAL,
    TPY_STMT_NONLOCAL, TPY_STMT_EXPR, TPY_STMT_PASS, TPY_STMT_BREAK,
    TPY_STMT_CONTINUE
} tpy_stmt_kind;

struct tpy_stmt {
    tpy_stmt_kind kind;
    tpy_pos pos;
    union {
        /* FunctionDef and AsyncFunctionDef */
        struct {
            const char *name;
            tpy_arguments *args;
            tpy_seq *body, *decorator_list;
            tpy_expr *returns;  /* ? */
        } funcdef;
        struct {
            const char *name;
            tpy_seq *bases, *keywords, *body, *decorator_list;
        } classdef;
        struct { tpy_expr *value; } ret;       /* ? */
        struct { tpy_seq *targets; } del;
        struct { tpy_seq *targets; tpy_expr *value; } assign;
        struct { tpy_expr *target; tpy_operator op; tpy_expr *value; } augassign;
        struct { tpy_expr *target, *annotation, *value; int simple; } annassign;
        /* For and AsyncFor */
        struct { tpy_expr *target, *iter; tpy_seq *body, *orelse; } forloop;
        /* While and If */
        struct { tpy_expr *test; tpy_seq *body, *orelse; } cond;
        /* With and AsyncWith */
        struct { tpy_seq *items, *body; } with;
        struct { tpy_expr *exc, *cause; } raise;  /* both ? */
        struct { tpy_seq *body, *handlers, *orelse, *finalbody; } try;
        struct { tpy_expr *test, *msg; } assert;  /* msg? */
        struct { tpy_seq *names; } import;        /* of tpy_alias */
        struct { const char *module; tpy_seq *names; int level; } importfrom;
        struct { tpy_seq *names; } global, nonlocal;  /* of const char * */
        struct { tpy_expr *value; } expr;
    } v;
};

typedef enum tpy_mod_kind { TPY_MOD_MODULE = 1, TPY_MOD_EXPRESSION } tpy_mod_kind;

typedef struct tpy_mod {
    tpy_mod_kind kind;
    tpy_seq *body;     /* Module */
    tpy_expr *expr;    /* Expression */
} tpy_mod;

/** @brief A zeroed expression node of @p kind at @p pos; NULL on no memory. */
tpy_expr *tpy_ast_expr(tpy_arena *a, tpy_expr_kind kind, tpy_pos pos);
/** @brief A zeroed statement node of @p kind at @p pos. */
tpy_stmt *tpy_ast_stmt(tpy_arena *a, tpy_stmt_kind kind, tpy_pos pos);
/** @brief A Name node. */
tpy_expr *tpy_ast_name(tpy_arena *a, const char *id, tpy_expr_ctx ctx, tpy_pos pos);
/** @brief A Constant node of a value with no data (None, True, ...). */
tpy_expr *tpy_ast_simple_const(tpy_arena *a, tpy_const_kind kind, tpy_pos pos);

/** @brief The ASDL constructor name of a kind: "BinOp", "Assign", ... */
const char *tpy_ast_expr_name(tpy_expr_kind kind);
const char *tpy_ast_stmt_name(tpy_stmt_kind kind);
const char *tpy_ast_operator_name(tpy_operator op);
const char *tpy_ast_unaryop_name(tpy_unaryop op);
const char *tpy_ast_cmpop_name(tpy_cmpop op);
const char *tpy_ast_ctx_name(tpy_expr_ctx ctx);

/** @brief A position from the start of @p from to the end of @p to. */
static inline tpy_pos tpy_pos_span(tpy_pos from, tpy_pos to)
{
    tpy_pos p = {from.line, from.col, to.end_line, to.end_col};
    return p;
}

#endif /* TPY_AST_H */
