/* parser_target.c: turning parsed expressions into assignment and
 * deletion targets. The parser reads a target as an expression (it cannot
 * know it is one until it sees '=' or 'in'); here it checks the form and
 * sets the Store/Del context, or names the offending part the way
 * CPython's _PyPegen_get_invalid_target does. */
#include "parser_internal.h"

const char *tpy_parse_expr_description(const tpy_expr *e)
{
    switch (e->kind) {
    case TPY_EXPR_ATTRIBUTE: return "attribute";
    case TPY_EXPR_SUBSCRIPT: return "subscript";
    case TPY_EXPR_STARRED: return "starred";
    case TPY_EXPR_NAME: return "name";
    case TPY_EXPR_LIST: return "list";
    case TPY_EXPR_TUPLE: return "tuple";
    case TPY_EXPR_LAMBDA: return "lambda";
    case TPY_EXPR_CALL: return "function call";
    case TPY_EXPR_BOOLOP: case TPY_EXPR_BINOP: case TPY_EXPR_UNARYOP: return "expression";
    case TPY_EXPR_GENERATOREXP: return "generator expression";
    case TPY_EXPR_YIELD: case TPY_EXPR_YIELDFROM: return "yield expression";
    case TPY_EXPR_AWAIT: return "await expression";
    case TPY_EXPR_LISTCOMP: return "list comprehension";
    case TPY_EXPR_SETCOMP: return "set comprehension";
    case TPY_EXPR_DICTCOMP: return "dict comprehension";
    case TPY_EXPR_DICT: return "dict literal";
    case TPY_EXPR_SET: return "set display";
    case TPY_EXPR_JOINEDSTR: case TPY_EXPR_FORMATTEDVALUE: return "f-string expression";
    case TPY_EXPR_COMPARE: return "comparison";
    case TPY_EXPR_IFEXP: return "conditional expression";
    case TPY_EXPR_NAMEDEXPR: return "named expression";
    case TPY_EXPR_SLICE: return "slice";
    case TPY_EXPR_CONSTANT:
        switch (e->v.constant.value.kind) {
        case TPY_CONST_NONE: return "None";
        case TPY_CONST_TRUE: return "True";
        case TPY_CONST_FALSE: return "False";
        case TPY_CONST_ELLIPSIS: return "ellipsis";
        default: return "literal";
        }
    }
    return "expression";
}

tpy_expr *tpy_parse_invalid_target(tpy_expr *e, tpy_target_kind kind)
{
    switch (e->kind) {
    case TPY_EXPR_TUPLE: case TPY_EXPR_LIST: {
        tpy_seq *elts = e->kind == TPY_EXPR_TUPLE ? e->v.tuple.elts : e->v.list.elts;
        for (int i = 0; i < TPY_SEQ_LEN(elts); i++) {
            tpy_expr *bad = tpy_parse_invalid_target(TPY_SEQ_GET(elts, i), kind);
            if (bad)
                return bad;
        }
        return NULL;
    }
    case TPY_EXPR_STARRED:
        if (kind == TPY_TARGET_DEL)
            return e;
        return tpy_parse_invalid_target(e->v.starred.value, kind);
    case TPY_EXPR_COMPARE:
        /* `for x in y in z`: the target part is left of the first 'in' */
        if (kind == TPY_TARGET_FOR && e->v.compare.ops[0] == TPY_IN)
            return tpy_parse_invalid_target(e->v.compare.left, kind);
        return e;
    case TPY_EXPR_NAME: case TPY_EXPR_SUBSCRIPT: case TPY_EXPR_ATTRIBUTE:
        return NULL;
    default:
        return e;
    }
}

/* Set the context of a valid target and its parts. */
static void set_ctx(tpy_expr *e, tpy_expr_ctx ctx)
{
    switch (e->kind) {
    case TPY_EXPR_NAME: e->v.name.ctx = ctx; break;
    case TPY_EXPR_ATTRIBUTE: e->v.attribute.ctx = ctx; break;
    case TPY_EXPR_SUBSCRIPT: e->v.subscript.ctx = ctx; break;
    case TPY_EXPR_STARRED:
        e->v.starred.ctx = ctx;
        set_ctx(e->v.starred.value, ctx);
        break;
    case TPY_EXPR_TUPLE: case TPY_EXPR_LIST: {
        tpy_seq *elts = e->kind == TPY_EXPR_TUPLE ? e->v.tuple.elts : e->v.list.elts;
        if (e->kind == TPY_EXPR_TUPLE)
            e->v.tuple.ctx = ctx;
        else
            e->v.list.ctx = ctx;
        for (int i = 0; i < TPY_SEQ_LEN(elts); i++)
            set_ctx(TPY_SEQ_GET(elts, i), ctx);
        break;
    }
    default:
        break;
    }
}

bool tpy_parse_set_target(tpy_parser *p, tpy_expr *e, tpy_expr_ctx ctx, tpy_target_kind kind)
{
    tpy_expr *bad = tpy_parse_invalid_target(e, kind);
    if (bad) {
        tpy_p_error_at(p, bad->pos, kind == TPY_TARGET_DEL ? "cannot delete %s" : "cannot assign to %s",
                       tpy_parse_expr_description(bad));
        return false;
    }
    set_ctx(e, ctx);
    return true;
}
