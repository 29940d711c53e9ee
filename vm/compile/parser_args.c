/* parser_args.c: the arguments of a call (and of a class statement), and
 * the parameters of def and lambda. */
#include <string.h>

#include "parser_internal.h"

static bool append(tpy_parser *p, tpy_seq **seq, void *item)
{
    if (tpy_seq_append(p->arena, seq, item))
        return true;
    tpy_p_error_here(p, "out of memory while parsing");
    return false;
}

/* ---- call arguments -------------------------------------------------- */

typedef struct call_args {
    tpy_seq *args, *keywords;
    bool seen_keyword;         /* name=value */
    bool seen_double_star;     /* **mapping */
} call_args;

static tpy_keyword *new_keyword(tpy_parser *p, tpy_pos pos, const char *arg, tpy_expr *value)
{
    tpy_keyword *k = tpy_arena_calloc(p->arena, sizeof *k);
    if (!k)
        return tpy_p_error_here(p, "out of memory while parsing");
    k->pos = pos;
    k->arg = arg;
    k->value = value;
    return k;
}

/* NAME '=' expression */
static bool keyword_arg(tpy_parser *p, call_args *ca)
{
    tpy_token *name = tpy_p_next(p);
    tpy_p_next(p);
    tpy_expr *value = tpy_parse_expression(p);
    if (!value)
        return false;
    tpy_keyword *k = new_keyword(p, tpy_p_pos_from(p, name), tpy_p_identifier(p, name), value);
    ca->seen_keyword = true;
    return k && append(p, &ca->keywords, k);
}

/* '**' expression */
static bool double_star_arg(tpy_parser *p, call_args *ca)
{
    tpy_token *t = tpy_p_next(p);
    tpy_expr *value = tpy_parse_expression(p);
    if (!value)
        return false;
    tpy_keyword *k = new_keyword(p, tpy_p_pos_from(p, t), NULL, value);
    ca->seen_double_star = true;
    return k && append(p, &ca->keywords, k);
}

/* '*' expression */
static bool star_arg(tpy_parser *p, call_args *ca)
{
    tpy_token *t = tpy_p_next(p);
    tpy_expr *value = tpy_parse_expression(p);
    if (!value)
        return false;
    if (ca->seen_double_star) {
        tpy_pos at = tpy_p_tok_pos(p, t);
        at.end_col = -1;
        return tpy_p_error_at(p, at, "iterable argument unpacking follows keyword argument unpacking");
    }
    tpy_expr *e = tpy_ast_expr(p->arena, TPY_EXPR_STARRED, tpy_p_pos_from(p, t));
    if (!e)
        return tpy_p_error_here(p, "out of memory while parsing");
    e->v.starred.value = value;
    e->v.starred.ctx = TPY_LOAD;
    return append(p, &ca->args, e);
}

/* A positional argument, or a generator expression as the only one. */
static bool positional_arg(tpy_parser *p, call_args *ca, tpy_token *open)
{
    p->equals_is_keyword = true;   /* '=' after it: a bad keyword, said here */
    tpy_expr *e = tpy_parse_named_expression(p);
    if (!e)
        return false;
    if (tpy_p_at_comprehension(p)) {
        tpy_seq *gens = tpy_parse_comprehension_clauses(p);
        if (!gens)
            return false;
        bool alone = TPY_SEQ_LEN(ca->args) == 0 && TPY_SEQ_LEN(ca->keywords) == 0 &&
                     tpy_p_kind(p) == TPY_TOK_RPAR;
        tpy_pos pos = alone ? tpy_pos_span(tpy_p_tok_pos(p, open), tpy_p_tok_pos(p, tpy_p_peek(p, 0)))
                            : tpy_p_pos_from_pos(p, e->pos);
        if (!alone)
            return tpy_p_error_at(p, pos, "Generator expression must be parenthesized");
        tpy_expr *g = tpy_ast_expr(p->arena, TPY_EXPR_GENERATOREXP, pos);
        if (!g)
            return tpy_p_error_here(p, "out of memory while parsing");
        g->v.comp.elt = e;
        g->v.comp.generators = gens;
        e = g;
    } else if (tpy_p_kind(p) == TPY_TOK_EQUAL) {
        return tpy_p_error_at(p, tpy_pos_span(e->pos, tpy_p_tok_pos(p, tpy_p_peek(p, 0))),
                              "expression cannot contain assignment, perhaps you meant \"==\"?");
    }
    if (ca->seen_double_star)
        return tpy_p_error_here(p, "positional argument follows keyword argument unpacking");
    if (ca->seen_keyword)
        return tpy_p_error_here(p, "positional argument follows keyword argument");
    return append(p, &ca->args, e);
}

static bool one_argument(tpy_parser *p, call_args *ca, tpy_token *open)
{
    tpy_tok_kind k = tpy_p_kind(p);
    if (k == TPY_TOK_NAME && tpy_p_kind_at(p, 1) == TPY_TOK_EQUAL)
        return keyword_arg(p, ca);
    if ((k == TPY_TOK_KW_TRUE || k == TPY_TOK_KW_FALSE || k == TPY_TOK_KW_NONE) &&
        tpy_p_kind_at(p, 1) == TPY_TOK_EQUAL)
        return tpy_p_error_at(p, tpy_pos_span(tpy_p_tok_pos(p, tpy_p_peek(p, 0)),
                                              tpy_p_tok_pos(p, tpy_p_peek(p, 1))),
                              "cannot assign to %s", tpy_tok_text(k));
    if (k == TPY_TOK_DOUBLESTAR)
        return double_star_arg(p, ca);
    if (k == TPY_TOK_STAR)
        return star_arg(p, ca);
    return positional_arg(p, ca, open);
}

tpy_expr *tpy_parse_call_rest(tpy_parser *p, tpy_expr *func)
{
    tpy_token *open = tpy_p_last(p);
    call_args ca = {0};
    while (tpy_p_kind(p) != TPY_TOK_RPAR) {
        if (!one_argument(p, &ca, open))
            return NULL;
        if (!tpy_p_accept(p, TPY_TOK_COMMA))
            break;
    }
    if (!tpy_p_expect(p, TPY_TOK_RPAR))
        return NULL;
    tpy_pos pos = func ? tpy_p_pos_from_pos(p, func->pos) : tpy_p_pos_from(p, open);
    tpy_expr *call = tpy_ast_expr(p->arena, TPY_EXPR_CALL, pos);
    if (!call)
        return tpy_p_error_here(p, "out of memory while parsing");
    call->v.call.func = func;
    call->v.call.args = ca.args;
    call->v.call.keywords = ca.keywords;
    return call;
}

/* ---- parameters ------------------------------------------------------ */

typedef struct params {
    tpy_arguments *a;
    bool lambda;
    bool seen_slash, seen_star, seen_default, bare_star;
    tpy_token *star;           /* the '*' token, for "named arguments must follow bare *" */
} params;

tpy_arguments *tpy_ast_empty_arguments(tpy_parser *p)
{
    tpy_arguments *a = tpy_arena_calloc(p->arena, sizeof *a);
    if (!a)
        tpy_p_error_here(p, "out of memory while parsing");
    return a;
}

/* NAME [':' expression]; after '*', the annotation may be starred. */
static tpy_arg *param(tpy_parser *p, bool lambda, bool star_annotation)
{
    tpy_token *name = tpy_p_expect(p, TPY_TOK_NAME);
    if (!name)
        return NULL;
    tpy_expr *annotation = NULL;
    if (!lambda && tpy_p_accept(p, TPY_TOK_COLON)) {
        if (star_annotation && tpy_p_kind(p) == TPY_TOK_STAR) {
            tpy_token *t = tpy_p_next(p);
            tpy_expr *value = tpy_parse_expression(p);
            if (!value)
                return NULL;
            annotation = tpy_ast_expr(p->arena, TPY_EXPR_STARRED, tpy_p_pos_from(p, t));
            if (annotation) {
                annotation->v.starred.value = value;
                annotation->v.starred.ctx = TPY_LOAD;
            }
        } else {
            annotation = tpy_parse_expression(p);
        }
        if (!annotation)
            return NULL;
    }
    tpy_arg *arg = tpy_arena_calloc(p->arena, sizeof *arg);
    if (!arg)
        return tpy_p_error_here(p, "out of memory while parsing");
    arg->pos = tpy_p_pos_from(p, name);
    arg->arg = tpy_p_identifier(p, name);
    arg->annotation = annotation;
    return arg;
}

/* '/': the parameters so far become positional-only. */
static bool slash(tpy_parser *ps, params *pp)
{
    tpy_token *t = tpy_p_next(ps);
    tpy_pos at = tpy_p_tok_pos(ps, t);
    if (pp->seen_slash)
        return tpy_p_error_at(ps, at, "/ may appear only once");
    if (pp->seen_star)
        return tpy_p_error_at(ps, at, "/ must be ahead of *");
    if (TPY_SEQ_LEN(pp->a->args) == 0)
        return tpy_p_error_at(ps, at, "at least one argument must precede /");
    pp->a->posonlyargs = pp->a->args;
    pp->a->args = NULL;
    pp->seen_slash = true;
    return true;
}

/* '*' [param]: the var-positional parameter, or a bare star. */
static bool star(tpy_parser *ps, params *pp)
{
    tpy_token *t = tpy_p_next(ps);
    if (pp->seen_star)
        return tpy_p_error_at(ps, tpy_p_tok_pos(ps, t), "* argument may appear only once");
    pp->seen_star = true;
    pp->star = t;
    if (tpy_p_kind(ps) == TPY_TOK_COMMA || tpy_p_kind(ps) == TPY_TOK_RPAR ||
        tpy_p_kind(ps) == TPY_TOK_COLON) {
        pp->bare_star = true;
        return true;
    }
    return (pp->a->vararg = param(ps, pp->lambda, true)) != NULL;
}

/* param ['=' expression], positional or keyword-only */
static bool plain_param(tpy_parser *ps, params *pp)
{
    tpy_arg *arg = param(ps, pp->lambda, false);
    if (!arg)
        return false;
    tpy_expr *def = NULL;
    if (tpy_p_accept(ps, TPY_TOK_EQUAL) && !(def = tpy_parse_expression(ps)))
        return false;
    if (pp->seen_star) {
        pp->bare_star = false;
        return append(ps, &pp->a->kwonlyargs, arg) && append(ps, &pp->a->kw_defaults, def);
    }
    if (def) {
        pp->seen_default = true;
        if (!append(ps, &pp->a->defaults, def))
            return false;
    } else if (pp->seen_default) {
        return tpy_p_error_at(ps, arg->pos, "non-default argument follows default argument");
    }
    return append(ps, &pp->a->args, arg);
}

static bool one_param(tpy_parser *ps, params *pp)
{
    switch (tpy_p_kind(ps)) {
    case TPY_TOK_SLASH: return slash(ps, pp);
    case TPY_TOK_STAR: return star(ps, pp);
    case TPY_TOK_DOUBLESTAR: {
        tpy_p_next(ps);
        if (!(pp->a->kwarg = param(ps, pp->lambda, false)))
            return false;
        tpy_p_accept(ps, TPY_TOK_COMMA);
        tpy_tok_kind end = pp->lambda ? TPY_TOK_COLON : TPY_TOK_RPAR;
        if (tpy_p_kind(ps) != end)
            return tpy_p_error_here(ps, "arguments cannot follow var-keyword argument");
        return true;
    }
    default:
        return plain_param(ps, pp);
    }
}

tpy_arguments *tpy_parse_parameters(tpy_parser *ps, bool lambda)
{
    params pp = {.a = tpy_ast_empty_arguments(ps), .lambda = lambda};
    if (!pp.a)
        return NULL;
    tpy_tok_kind end = lambda ? TPY_TOK_COLON : TPY_TOK_RPAR;
    while (tpy_p_kind(ps) != end) {
        if (!one_param(ps, &pp))
            return NULL;
        if (tpy_p_kind(ps) == end)
            break;
        if (!tpy_p_expect(ps, TPY_TOK_COMMA))
            return NULL;
    }
    if (pp.bare_star)
        return tpy_p_error_at(ps, tpy_p_tok_pos(ps, pp.star), "named arguments must follow bare *");
    return pp.a;
}
