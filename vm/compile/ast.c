/* ast.c: node constructors, sequences, and the ASDL names of the kinds. */
#include "ast.h"

#include <string.h>

bool tpy_seq_append(tpy_arena *a, tpy_seq **seq, void *item)
{
    tpy_seq *s = *seq;
    if (!s) {
        s = tpy_arena_calloc(a, sizeof *s);
        if (!s)
            return false;
        *seq = s;
    }
    if (s->len == s->cap) {
        /* The old array stays in the arena: growth by doubling wastes at
         * most as much as the final array holds. */
        int cap = s->cap ? s->cap * 2 : 4;
        void **items = tpy_arena_alloc(a, (size_t)cap * sizeof *items);
        if (!items)
            return false;
        if (s->len)
            memcpy(items, s->items, (size_t)s->len * sizeof *items);
        s->items = items;
        s->cap = cap;
    }
    s->items[s->len++] = item;
    return true;
}

tpy_expr *tpy_ast_expr(tpy_arena *a, tpy_expr_kind kind, tpy_pos pos)
{
    tpy_expr *e = tpy_arena_calloc(a, sizeof *e);
    if (e) {
        e->kind = kind;
        e->pos = pos;
    }
    return e;
}

tpy_stmt *tpy_ast_stmt(tpy_arena *a, tpy_stmt_kind kind, tpy_pos pos)
{
    tpy_stmt *s = tpy_arena_calloc(a, sizeof *s);
    if (s) {
        s->kind = kind;
        s->pos = pos;
    }
    return s;
}

tpy_expr *tpy_ast_name(tpy_arena *a, const char *id, tpy_expr_ctx ctx, tpy_pos pos)
{
    tpy_expr *e = tpy_ast_expr(a, TPY_EXPR_NAME, pos);
    if (e) {
        e->v.name.id = id;
        e->v.name.ctx = ctx;
    }
    return e;
}

tpy_expr *tpy_ast_simple_const(tpy_arena *a, tpy_const_kind kind, tpy_pos pos)
{
    tpy_expr *e = tpy_ast_expr(a, TPY_EXPR_CONSTANT, pos);
    if (e)
        e->v.constant.value.kind = kind;
    return e;
}

static const char *const expr_names[] = {
    [TPY_EXPR_BOOLOP] = "BoolOp", [TPY_EXPR_NAMEDEXPR] = "NamedExpr",
    [TPY_EXPR_BINOP] = "BinOp", [TPY_EXPR_UNARYOP] = "UnaryOp",
    [TPY_EXPR_LAMBDA] = "Lambda", [TPY_EXPR_IFEXP] = "IfExp",
    [TPY_EXPR_DICT] = "Dict", [TPY_EXPR_SET] = "Set",
    [TPY_EXPR_LISTCOMP] = "ListComp", [TPY_EXPR_SETCOMP] = "SetComp",
    [TPY_EXPR_DICTCOMP] = "DictComp", [TPY_EXPR_GENERATOREXP] = "GeneratorExp",
    [TPY_EXPR_AWAIT] = "Await", [TPY_EXPR_YIELD] = "Yield",
    [TPY_EXPR_YIELDFROM] = "YieldFrom", [TPY_EXPR_COMPARE] = "Compare",
    [TPY_EXPR_CALL] = "Call", [TPY_EXPR_FORMATTEDVALUE] = "FormattedValue",
    [TPY_EXPR_JOINEDSTR] = "JoinedStr", [TPY_EXPR_CONSTANT] = "Constant",
    [TPY_EXPR_ATTRIBUTE] = "Attribute", [TPY_EXPR_SUBSCRIPT] = "Subscript",
    [TPY_EXPR_STARRED] = "Starred", [TPY_EXPR_NAME] = "Name",
    [TPY_EXPR_LIST] = "List", [TPY_EXPR_TUPLE] = "Tuple", [TPY_EXPR_SLICE] = "Slice",
};

static const char *const stmt_names[] = {
    [TPY_STMT_FUNCTIONDEF] = "FunctionDef", [TPY_STMT_ASYNCFUNCTIONDEF] = "AsyncFunctionDef",
    [TPY_STMT_CLASSDEF] = "ClassDef", [TPY_STMT_RETURN] = "Return",
    [TPY_STMT_DELETE] = "Delete", [TPY_STMT_ASSIGN] = "Assign",
    [TPY_STMT_AUGASSIGN] = "AugAssign", [TPY_STMT_ANNASSIGN] = "AnnAssign",
    [TPY_STMT_FOR] = "For", [TPY_STMT_ASYNCFOR] = "AsyncFor", [TPY_STMT_WHILE] = "While",
    [TPY_STMT_IF] = "If", [TPY_STMT_WITH] = "With", [TPY_STMT_ASYNCWITH] = "AsyncWith",
    [TPY_STMT_RAISE] = "Raise", [TPY_STMT_TRY] = "Try", [TPY_STMT_ASSERT] = "Assert",
    [TPY_STMT_IMPORT] = "Import", [TPY_STMT_IMPORTFROM] = "ImportFrom",
    [TPY_STMT_GLOBAL] = "Global", [TPY_STMT_NONLOCAL] = "Nonlocal", [TPY_STMT_EXPR] = "Expr",
    [TPY_STMT_PASS] = "Pass", [TPY_STMT_BREAK] = "Break", [TPY_STMT_CONTINUE] = "Continue",
};

static const char *const operator_names[] = {
    [TPY_ADD] = "Add", [TPY_SUB] = "Sub", [TPY_MULT] = "Mult", [TPY_MATMULT] = "MatMult",
    [TPY_DIV] = "Div", [TPY_MOD] = "Mod", [TPY_POW] = "Pow", [TPY_LSHIFT] = "LShift",
    [TPY_RSHIFT] = "RShift", [TPY_BITOR] = "BitOr", [TPY_BITXOR] = "BitXor",
    [TPY_BITAND] = "BitAnd", [TPY_FLOORDIV] = "FloorDiv",
};

static const char *const unaryop_names[] = {
    [TPY_INVERT] = "Invert", [TPY_NOT] = "Not", [TPY_UADD] = "UAdd", [TPY_USUB] = "USub",
};

static const char *const cmpop_names[] = {
    [TPY_EQ] = "Eq", [TPY_NOTEQ] = "NotEq", [TPY_LT] = "Lt", [TPY_LTE] = "LtE",
    [TPY_GT] = "Gt", [TPY_GTE] = "GtE", [TPY_IS] = "Is", [TPY_ISNOT] = "IsNot",
    [TPY_IN] = "In", [TPY_NOTIN] = "NotIn",
};

static const char *const ctx_names[] = {
    [TPY_LOAD] = "Load", [TPY_STORE] = "Store", [TPY_DEL] = "Del",
};

#define NAME_OF(table, i) \
    ((unsigned)(i) < sizeof table / sizeof table[0] && table[i] ? table[i] : "?")

const char *tpy_ast_expr_name(tpy_expr_kind kind) { return NAME_OF(expr_names, kind); }
const char *tpy_ast_stmt_name(tpy_stmt_kind kind) { return NAME_OF(stmt_names, kind); }
const char *tpy_ast_operator_name(tpy_operator op) { return NAME_OF(operator_names, op); }
const char *tpy_ast_unaryop_name(tpy_unaryop op) { return NAME_OF(unaryop_names, op); }
const char *tpy_ast_cmpop_name(tpy_cmpop op) { return NAME_OF(cmpop_names, op); }
const char *tpy_ast_ctx_name(tpy_expr_ctx ctx) { return NAME_OF(ctx_names, ctx); }
