/* parser_expr.c: expressions, by precedence from lambda down to atoms,
 * as Python 3.11's grammar orders them:
 *
 *   expression  lambda | disjunction ['if' disjunction 'else' expression]
 *   disjunction conjunction ('or' conjunction)*
 *   conjunction inversion ('and' inversion)*
 *   inversion   'not' inversion | comparison
 *   comparison  bitwise_or (compare_op bitwise_or)*     chains: a < b < c
 *   bitwise_or  |   bitwise_xor ^   bitwise_and &   shift_expr << >>
 *   sum + -     term * / // % @                       all left-associative
 *   factor      ('+' | '-' | '~') factor | power
 *   power       await_primary ['**' factor]           right-associative
 *   await_primary 'await' primary | primary
 *   primary     atom ('.' NAME | '(' args ')' | '[' slices ']')*
 */
#include <string.h>

#include "parser_internal.h"

static tpy_expr *atom(tpy_parser *p);
static tpy_expr *factor(tpy_parser *p);

/* ---- helpers --------------------------------------------------------- */

static tpy_expr *new_expr(tpy_parser *p, tpy_expr_kind kind, tpy_pos pos)
{
    tpy_expr *e = tpy_ast_expr(p->arena, kind, pos);
    if (!e)
        tpy_p_error_here(p, "out of memory while parsing");
    return e;
}

static bool append(tpy_parser *p, tpy_seq **seq, void *item)
{
    if (tpy_seq_append(p->arena, seq, item))
        return true;
    tpy_p_error_here(p, "out of memory while parsing");
    return false;
}

/* Tokens that can begin an expression (for optional parts and for the
 * "forgot a comma?" diagnosis). */
static bool starts_expression(tpy_tok_kind k)
{
    switch (k) {
    case TPY_TOK_NAME: case TPY_TOK_NUMBER: case TPY_TOK_STRING: case TPY_TOK_LPAR:
    case TPY_TOK_LSQB: case TPY_TOK_LBRACE: case TPY_TOK_MINUS: case TPY_TOK_PLUS:
    case TPY_TOK_TILDE: case TPY_TOK_ELLIPSIS: case TPY_TOK_KW_NOT: case TPY_TOK_KW_LAMBDA:
    case TPY_TOK_KW_AWAIT: case TPY_TOK_KW_TRUE: case TPY_TOK_KW_FALSE: case TPY_TOK_KW_NONE:
        return true;
    default:
        return false;
    }
}

static bool at_star_expression(tpy_parser *p)
{
    return tpy_p_kind(p) == TPY_TOK_STAR || starts_expression(tpy_p_kind(p));
}

/* '*' bitwise_or, the starred element of a display or target list */
static tpy_expr *starred(tpy_parser *p)
{
    tpy_token *t = tpy_p_next(p);
    tpy_expr *value = tpy_parse_bitwise_or(p);
    if (!value)
        return NULL;
    tpy_expr *e = new_expr(p, TPY_EXPR_STARRED, tpy_p_pos_from(p, t));
    if (e) {
        e->v.starred.value = value;
        e->v.starred.ctx = TPY_LOAD;
    }
    return e;
}

/* first (',' item)* [','] as a Tuple when a comma follows, else first. */
static tpy_expr *comma_tuple(tpy_parser *p, tpy_expr *first, tpy_expr *(*item)(tpy_parser *))
{
    if (tpy_p_kind(p) != TPY_TOK_COMMA)
        return first;
    tpy_seq *elts = NULL;
    if (!append(p, &elts, first))
        return NULL;
    while (tpy_p_accept(p, TPY_TOK_COMMA)) {
        if (!at_star_expression(p))
            break;
        tpy_expr *e = item(p);
        if (!e || !append(p, &elts, e))
            return NULL;
    }
    tpy_expr *t = new_expr(p, TPY_EXPR_TUPLE, tpy_p_pos_from_pos(p, first->pos));
    if (t) {
        t->v.tuple.elts = elts;
        t->v.tuple.ctx = TPY_LOAD;
    }
    return t;
}

/* ---- top-level forms ------------------------------------------------- */

/* star_expression: '*' bitwise_or | expression */
static tpy_expr *star_expression(tpy_parser *p)
{
    if (tpy_p_kind(p) == TPY_TOK_STAR)
        return starred(p);
    return tpy_parse_expression(p);
}

tpy_expr *tpy_parse_star_expressions(tpy_parser *p)
{
    tpy_expr *first = star_expression(p);
    return first ? comma_tuple(p, first, star_expression) : NULL;
}

/* '*'? bitwise_or items, for targets of for/del/comprehensions (where a
 * comparison must not swallow the 'in'). */
static tpy_expr *star_target_item(tpy_parser *p)
{
    if (tpy_p_kind(p) == TPY_TOK_STAR)
        return starred(p);
    return tpy_parse_bitwise_or(p);
}

tpy_expr *tpy_parse_star_targets_or_exprs(tpy_parser *p)
{
    tpy_expr *first = star_target_item(p);
    return first ? comma_tuple(p, first, star_target_item) : NULL;
}

tpy_expr *tpy_parse_star_named_expression(tpy_parser *p)
{
    if (tpy_p_kind(p) == TPY_TOK_STAR)
        return starred(p);
    return tpy_parse_named_expression(p);
}

tpy_expr *tpy_parse_annotated_rhs(tpy_parser *p)
{
    if (tpy_p_kind(p) == TPY_TOK_KW_YIELD)
        return tpy_parse_yield_expr(p);
    return tpy_parse_star_expressions(p);
}

tpy_expr *tpy_parse_yield_expr(tpy_parser *p)
{
    tpy_token *t = tpy_p_next(p);
    if (tpy_p_accept(p, TPY_TOK_KW_FROM)) {
        tpy_expr *value = tpy_parse_expression(p);
        if (!value)
            return NULL;
        tpy_expr *e = new_expr(p, TPY_EXPR_YIELDFROM, tpy_p_pos_from(p, t));
        if (e)
            e->v.yieldfrom.value = value;
        return e;
    }
    tpy_expr *value = NULL;
    if (at_star_expression(p) && !(value = tpy_parse_star_expressions(p)))
        return NULL;
    tpy_expr *e = new_expr(p, TPY_EXPR_YIELD, tpy_p_pos_from(p, t));
    if (e)
        e->v.yield.value = value;
    return e;
}

/* After `e` in a named_expression context comes '=': CPython's
 * invalid_named_expression messages. */
static tpy_expr *equals_in_expression(tpy_parser *p, tpy_expr *e)
{
    tpy_p_next(p);
    tpy_expr *rhs = tpy_parse_bitwise_or(p);
    if (!rhs)
        return NULL;
    tpy_tok_kind k = tpy_p_kind(p);
    if (k == TPY_TOK_EQUAL || k == TPY_TOK_COLONEQUAL)
        return tpy_p_syntax_error(p);
    if (e->kind == TPY_EXPR_NAME && !e->parenthesized)
        return tpy_p_error_at(p, tpy_pos_span(e->pos, rhs->pos),
                              "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
    return tpy_p_error_at(p, e->pos, "cannot assign to %s here. Maybe you meant '==' instead of '='?",
                          tpy_parse_expr_description(e));
}

/* named_expression: NAME ':=' expression | expression !':=' */
tpy_expr *tpy_parse_named_expression(tpy_parser *p)
{
    bool equals_is_keyword = p->equals_is_keyword;
    p->equals_is_keyword = false;
    if (tpy_p_kind(p) == TPY_TOK_NAME && tpy_p_kind_at(p, 1) == TPY_TOK_COLONEQUAL) {
        tpy_token *t = tpy_p_next(p);
        tpy_p_next(p);
        tpy_expr *target = tpy_ast_name(p->arena, tpy_p_identifier(p, t), TPY_STORE,
                                        tpy_p_tok_pos(p, t));
        tpy_expr *value = target ? tpy_parse_expression(p) : NULL;
        if (!value)
            return NULL;
        tpy_expr *e = new_expr(p, TPY_EXPR_NAMEDEXPR, tpy_pos_span(target->pos, value->pos));
        if (e) {
            e->v.namedexpr.target = target;
            e->v.namedexpr.value = value;
        }
        return e;
    }
    tpy_expr *e = tpy_parse_expression(p);
    if (!e)
        return NULL;
    if (tpy_p_kind(p) == TPY_TOK_COLONEQUAL)
        return tpy_p_error_at(p, e->pos, "cannot use assignment expressions with %s",
                              tpy_parse_expr_description(e));
    if (tpy_p_kind(p) == TPY_TOK_EQUAL && !equals_is_keyword)
        return equals_in_expression(p, e);
    return e;
}

/* ---- expression ------------------------------------------------------ */

static tpy_expr *lambdef(tpy_parser *p)
{
    tpy_token *t = tpy_p_next(p);
    tpy_arguments *args = tpy_parse_parameters(p, true);
    if (!args || !tpy_p_expect(p, TPY_TOK_COLON))
        return NULL;
    tpy_expr *body = tpy_parse_expression(p);
    if (!body)
        return NULL;
    tpy_expr *e = new_expr(p, TPY_EXPR_LAMBDA, tpy_p_pos_from(p, t));
    if (e) {
        e->v.lambda.args = args;
        e->v.lambda.body = body;
    }
    return e;
}

static bool is_soft_keyword(const tpy_token *t)
{
    size_t n = (size_t)(t->end - t->start);
    return t->kind == TPY_TOK_NAME &&
           ((n == 5 && memcmp(t->start, "match", 5) == 0) ||
            (n == 4 && memcmp(t->start, "case", 4) == 0) ||
            (n == 1 && t->start[0] == '_'));
}

/*
 * An expression directly followed by the start of another: CPython's
 * invalid_expression and invalid_legacy_expression. `print x` asks for
 * parentheses; inside brackets, a missing comma is the likely slip.
 */
static tpy_expr *juxtaposed(tpy_parser *p, tpy_expr *a, const tpy_token *first)
{
    bool legacy = a->kind == TPY_EXPR_NAME && !a->parenthesized &&
                  (strcmp(a->v.name.id, "print") == 0 || strcmp(a->v.name.id, "exec") == 0);
    if (legacy) {
        tpy_expr *b = tpy_parse_star_expressions(p);
        if (!b)
            return NULL;
        return tpy_p_error_at(p, tpy_pos_span(a->pos, b->pos),
                              "Missing parentheses in call to '%s'. Did you mean %s(...)?",
                              a->v.name.id, a->v.name.id);
    }
    if ((first->kind == TPY_TOK_NAME && tpy_p_kind(p) == TPY_TOK_STRING) ||
        is_soft_keyword(first) || tpy_p_last(p)->level == 0)
        return tpy_p_syntax_error(p);
    tpy_expr *b = tpy_parse_expression(p);
    if (!b)
        return NULL;
    return tpy_p_error_at(p, tpy_pos_span(a->pos, b->pos), "invalid syntax. Perhaps you forgot a comma?");
}

static tpy_expr *conditional(tpy_parser *p, tpy_expr *body)
{
    tpy_p_next(p);
    tpy_expr *test = tpy_parse_disjunction(p);
    if (!test)
        return NULL;
    if (!tpy_p_accept(p, TPY_TOK_KW_ELSE)) {
        if (tpy_p_kind(p) == TPY_TOK_COLON)
            return tpy_p_syntax_error(p);
        return tpy_p_error_at(p, tpy_pos_span(body->pos, test->pos),
                              "expected 'else' after 'if' expression");
    }
    tpy_expr *orelse = tpy_parse_expression(p);
    if (!orelse)
        return NULL;
    tpy_expr *e = new_expr(p, TPY_EXPR_IFEXP, tpy_pos_span(body->pos, orelse->pos));
    if (e) {
        e->v.ifexp.test = test;
        e->v.ifexp.body = body;
        e->v.ifexp.orelse = orelse;
    }
    return e;
}

static tpy_expr *expression_inner(tpy_parser *p)
{
    if (tpy_p_kind(p) == TPY_TOK_KW_LAMBDA)
        return lambdef(p);
    tpy_token *first = tpy_p_peek(p, 0);
    tpy_expr *e = tpy_parse_disjunction(p);
    if (!e)
        return NULL;
    if (tpy_p_kind(p) == TPY_TOK_KW_IF)
        return conditional(p, e);
    if (starts_expression(tpy_p_kind(p)) && tpy_p_kind(p) != TPY_TOK_KW_NOT)
        return juxtaposed(p, e, first);
    return e;
}

tpy_expr *tpy_parse_expression(tpy_parser *p)
{
    if (!tpy_p_enter(p))
        return NULL;
    tpy_expr *e = expression_inner(p);
    tpy_p_leave(p);
    return e;
}

/* ---- boolean operators ----------------------------------------------- */

static tpy_expr *inversion(tpy_parser *p);

/* item (op item)* as one BoolOp with every operand, as CPython builds it */
static tpy_expr *boolop(tpy_parser *p, tpy_tok_kind tok, tpy_boolop op,
                        tpy_expr *(*item)(tpy_parser *))
{
    tpy_expr *first = item(p);
    if (!first || tpy_p_kind(p) != tok)
        return first;
    tpy_seq *values = NULL;
    if (!append(p, &values, first))
        return NULL;
    while (tpy_p_accept(p, tok)) {
        tpy_expr *e = item(p);
        if (!e || !append(p, &values, e))
            return NULL;
    }
    tpy_expr *last = TPY_SEQ_GET(values, values->len - 1);
    tpy_expr *e = new_expr(p, TPY_EXPR_BOOLOP, tpy_pos_span(first->pos, last->pos));
    if (e) {
        e->v.boolop.op = op;
        e->v.boolop.values = values;
    }
    return e;
}

static tpy_expr *conjunction(tpy_parser *p)
{
    return boolop(p, TPY_TOK_KW_AND, TPY_AND, inversion);
}

tpy_expr *tpy_parse_disjunction(tpy_parser *p)
{
    return boolop(p, TPY_TOK_KW_OR, TPY_OR, conjunction);
}

/* ---- comparisons ----------------------------------------------------- */

static tpy_expr *comparison(tpy_parser *p);

static tpy_expr *inversion(tpy_parser *p)
{
    if (tpy_p_kind(p) != TPY_TOK_KW_NOT)
        return comparison(p);
    tpy_token *t = tpy_p_next(p);
    if (!tpy_p_enter(p))
        return NULL;
    tpy_expr *operand = inversion(p);
    tpy_p_leave(p);
    if (!operand)
        return NULL;
    tpy_expr *e = new_expr(p, TPY_EXPR_UNARYOP, tpy_p_pos_from(p, t));
    if (e) {
        e->v.unaryop.op = TPY_NOT;
        e->v.unaryop.operand = operand;
    }
    return e;
}

/* The comparison operator at the current token (consumed), or 0. */
static tpy_cmpop compare_op(tpy_parser *p)
{
    tpy_cmpop op;
    switch (tpy_p_kind(p)) {
    case TPY_TOK_EQEQUAL: op = TPY_EQ; break;
    case TPY_TOK_NOTEQUAL: op = TPY_NOTEQ; break;
    case TPY_TOK_LESS: op = TPY_LT; break;
    case TPY_TOK_LESSEQUAL: op = TPY_LTE; break;
    case TPY_TOK_GREATER: op = TPY_GT; break;
    case TPY_TOK_GREATEREQUAL: op = TPY_GTE; break;
    case TPY_TOK_KW_IN: op = TPY_IN; break;
    case TPY_TOK_KW_IS:
        tpy_p_next(p);
        return tpy_p_accept(p, TPY_TOK_KW_NOT) ? TPY_ISNOT : TPY_IS;
    case TPY_TOK_KW_NOT:
        if (tpy_p_kind_at(p, 1) != TPY_TOK_KW_IN)
            return 0;
        tpy_p_next(p);
        op = TPY_NOTIN;
        break;
    default:
        return 0;
    }
    tpy_p_next(p);
    return op;
}

static tpy_expr *comparison(tpy_parser *p)
{
    tpy_expr *left = tpy_parse_bitwise_or(p);
    if (!left)
        return NULL;
    tpy_cmpop op = compare_op(p);
    if (!op)
        return left;
    tpy_seq *comparators = NULL;
    tpy_cmpop *ops = NULL;
    int n = 0, cap = 0;
    for (; op; op = compare_op(p)) {
        if (n == cap) {
            cap = cap ? cap * 2 : 4;
            tpy_cmpop *grown = tpy_arena_alloc(p->arena, (size_t)cap * sizeof *grown);
            if (!grown)
                return tpy_p_error_here(p, "out of memory while parsing");
            if (n)
                memcpy(grown, ops, (size_t)n * sizeof *ops);
            ops = grown;
        }
        ops[n++] = op;
        tpy_expr *right = tpy_parse_bitwise_or(p);
        if (!right || !append(p, &comparators, right))
            return NULL;
    }
    tpy_expr *last = TPY_SEQ_GET(comparators, comparators->len - 1);
    tpy_expr *e = new_expr(p, TPY_EXPR_COMPARE, tpy_pos_span(left->pos, last->pos));
    if (e) {
        e->v.compare.left = left;
        e->v.compare.ops = ops;
        e->v.compare.comparators = comparators;
    }
    return e;
}

/* ---- binary operators ------------------------------------------------ */

typedef struct binop_level {
    tpy_expr *(*operand)(tpy_parser *);
    struct { tpy_tok_kind tok; tpy_operator op; } ops[5];
} binop_level;

/* operand (op operand)*, left-associative */
static tpy_expr *binary(tpy_parser *p, const binop_level *level)
{
    tpy_expr *left = level->operand(p);
    for (int links = 1; left; links++) {
        tpy_operator op = 0;
        for (int i = 0; i < 5 && level->ops[i].tok; i++)
            if (tpy_p_kind(p) == level->ops[i].tok)
                op = level->ops[i].op;
        if (!op)
            return left;
        tpy_token *t = tpy_p_next(p);
        if (!tpy_p_chain_ok(p, links, t))
            return NULL;
        tpy_expr *right = level->operand(p);
        if (!right)
            return NULL;
        tpy_expr *e = new_expr(p, TPY_EXPR_BINOP, tpy_pos_span(left->pos, right->pos));
        if (!e)
            return NULL;
        e->v.binop.left = left;
        e->v.binop.op = op;
        e->v.binop.right = right;
        left = e;
    }
    return NULL;
}

static tpy_expr *term(tpy_parser *p)
{
    static const binop_level level = {factor, {{TPY_TOK_STAR, TPY_MULT}, {TPY_TOK_SLASH, TPY_DIV},
        {TPY_TOK_DOUBLESLASH, TPY_FLOORDIV}, {TPY_TOK_PERCENT, TPY_MOD}, {TPY_TOK_AT, TPY_MATMULT}}};
    return binary(p, &level);
}

static tpy_expr *sum(tpy_parser *p)
{
    static const binop_level level = {term, {{TPY_TOK_PLUS, TPY_ADD}, {TPY_TOK_MINUS, TPY_SUB}}};
    return binary(p, &level);
}

static tpy_expr *shift_expr(tpy_parser *p)
{
    static const binop_level level = {sum, {{TPY_TOK_LEFTSHIFT, TPY_LSHIFT},
                                            {TPY_TOK_RIGHTSHIFT, TPY_RSHIFT}}};
    return binary(p, &level);
}

static tpy_expr *bitwise_and(tpy_parser *p)
{
    static const binop_level level = {shift_expr, {{TPY_TOK_AMPER, TPY_BITAND}}};
    return binary(p, &level);
}

static tpy_expr *bitwise_xor(tpy_parser *p)
{
    static const binop_level level = {bitwise_and, {{TPY_TOK_CIRCUMFLEX, TPY_BITXOR}}};
    return binary(p, &level);
}

tpy_expr *tpy_parse_bitwise_or(tpy_parser *p)
{
    static const binop_level level = {bitwise_xor, {{TPY_TOK_VBAR, TPY_BITOR}}};
    return binary(p, &level);
}

/* ---- unary, power, await --------------------------------------------- */

static tpy_expr *power(tpy_parser *p);

static tpy_expr *factor(tpy_parser *p)
{
    tpy_unaryop op;
    switch (tpy_p_kind(p)) {
    case TPY_TOK_PLUS: op = TPY_UADD; break;
    case TPY_TOK_MINUS: op = TPY_USUB; break;
    case TPY_TOK_TILDE: op = TPY_INVERT; break;
    default: return power(p);
    }
    tpy_token *t = tpy_p_next(p);
    if (!tpy_p_enter(p))
        return NULL;
    tpy_expr *operand = factor(p);
    tpy_p_leave(p);
    if (!operand)
        return NULL;
    tpy_expr *e = new_expr(p, TPY_EXPR_UNARYOP, tpy_p_pos_from(p, t));
    if (e) {
        e->v.unaryop.op = op;
        e->v.unaryop.operand = operand;
    }
    return e;
}

static tpy_expr *primary(tpy_parser *p);

static tpy_expr *await_primary(tpy_parser *p)
{
    if (tpy_p_kind(p) != TPY_TOK_KW_AWAIT)
        return primary(p);
    tpy_token *t = tpy_p_next(p);
    tpy_expr *value = primary(p);
    if (!value)
        return NULL;
    tpy_expr *e = new_expr(p, TPY_EXPR_AWAIT, tpy_p_pos_from(p, t));
    if (e)
        e->v.await.value = value;
    return e;
}

static tpy_expr *power(tpy_parser *p)
{
    tpy_expr *left = await_primary(p);
    if (!left || tpy_p_kind(p) != TPY_TOK_DOUBLESTAR)
        return left;
    tpy_p_next(p);
    if (!tpy_p_enter(p))
        return NULL;
    tpy_expr *right = factor(p);
    tpy_p_leave(p);
    if (!right)
        return NULL;
    tpy_expr *e = new_expr(p, TPY_EXPR_BINOP, tpy_pos_span(left->pos, right->pos));
    if (e) {
        e->v.binop.left = left;
        e->v.binop.op = TPY_POW;
        e->v.binop.right = right;
    }
    return e;
}

/* ---- primary: attributes, calls, subscripts --------------------------- */

/* slice: [expression] ':' [expression] [':' [expression]] | named_expression
 *        | '*' bitwise_or (3.11: starred items in a subscript tuple) */
static tpy_expr *slice(tpy_parser *p)
{
    tpy_token *first = tpy_p_peek(p, 0);
    if (first->kind == TPY_TOK_STAR)
        return starred(p);
    tpy_expr *lower = NULL, *upper = NULL, *step = NULL;
    if (first->kind != TPY_TOK_COLON) {
        lower = tpy_parse_named_expression(p);
        if (!lower || tpy_p_kind(p) != TPY_TOK_COLON)
            return lower;
    }
    tpy_p_next(p);
    if (starts_expression(tpy_p_kind(p)) && !(upper = tpy_parse_expression(p)))
        return NULL;
    if (tpy_p_accept(p, TPY_TOK_COLON) && starts_expression(tpy_p_kind(p)) &&
        !(step = tpy_parse_expression(p)))
        return NULL;
    tpy_expr *e = new_expr(p, TPY_EXPR_SLICE, tpy_p_pos_from(p, first));
    if (e) {
        e->v.slice.lower = lower;
        e->v.slice.upper = upper;
        e->v.slice.step = step;
    }
    return e;
}

/* slices: slice !',' | ','.(slice | starred)+ [','] -> a Tuple */
static tpy_expr *slices(tpy_parser *p)
{
    tpy_expr *first = slice(p);
    if (!first)
        return NULL;
    if (first->kind == TPY_EXPR_STARRED || tpy_p_kind(p) == TPY_TOK_COMMA) {
        tpy_seq *elts = NULL;
        if (!append(p, &elts, first))
            return NULL;
        while (tpy_p_accept(p, TPY_TOK_COMMA)) {
            if (tpy_p_kind(p) == TPY_TOK_RSQB)
                break;
            tpy_expr *e = slice(p);
            if (!e || !append(p, &elts, e))
                return NULL;
        }
        tpy_expr *t = new_expr(p, TPY_EXPR_TUPLE, tpy_p_pos_from_pos(p, first->pos));
        if (t) {
            t->v.tuple.elts = elts;
            t->v.tuple.ctx = TPY_LOAD;
        }
        return t;
    }
    return first;
}

static tpy_expr *primary(tpy_parser *p)
{
    tpy_expr *e = atom(p);
    for (int links = 1; e; links++) {
        tpy_token *t = tpy_p_peek(p, 0);
        if (t->kind != TPY_TOK_DOT && t->kind != TPY_TOK_LPAR && t->kind != TPY_TOK_LSQB)
            return e;
        if (!tpy_p_chain_ok(p, links, t))
            return NULL;
        tpy_p_next(p);
        if (t->kind == TPY_TOK_LPAR) {
            e = tpy_parse_call_rest(p, e);
        } else if (t->kind == TPY_TOK_DOT) {
            tpy_token *name = tpy_p_expect(p, TPY_TOK_NAME);
            if (!name)
                return NULL;
            tpy_expr *a = new_expr(p, TPY_EXPR_ATTRIBUTE, tpy_p_pos_from_pos(p, e->pos));
            if (!a)
                return NULL;
            a->v.attribute.value = e;
            a->v.attribute.attr = tpy_p_identifier(p, name);
            a->v.attribute.ctx = TPY_LOAD;
            e = a;
        } else {
            tpy_expr *index = slices(p);
            if (!index || !tpy_p_expect(p, TPY_TOK_RSQB))
                return NULL;
            tpy_expr *s = new_expr(p, TPY_EXPR_SUBSCRIPT, tpy_p_pos_from_pos(p, e->pos));
            if (!s)
                return NULL;
            s->v.subscript.value = e;
            s->v.subscript.slice = index;
            s->v.subscript.ctx = TPY_LOAD;
            e = s;
        }
    }
    return NULL;
}

/* ---- comprehensions -------------------------------------------------- */

bool tpy_p_at_comprehension(tpy_parser *p)
{
    return tpy_p_kind(p) == TPY_TOK_KW_FOR ||
           (tpy_p_kind(p) == TPY_TOK_KW_ASYNC && tpy_p_kind_at(p, 1) == TPY_TOK_KW_FOR);
}

/* ('async'? 'for' star_targets 'in' disjunction ('if' disjunction)*)+ */
tpy_seq *tpy_parse_comprehension_clauses(tpy_parser *p)
{
    tpy_seq *generators = NULL;
    while (tpy_p_at_comprehension(p)) {
        bool is_async = tpy_p_accept(p, TPY_TOK_KW_ASYNC);
        tpy_p_next(p);
        tpy_expr *target = tpy_parse_star_targets_or_exprs(p);
        if (!target)
            return NULL;
        if (tpy_p_kind(p) != TPY_TOK_KW_IN) {
            if (tpy_parse_invalid_target(target, TPY_TARGET_FOR))
                tpy_parse_set_target(p, target, TPY_STORE, TPY_TARGET_FOR);
            return tpy_p_syntax_error(p);
        }
        if (!tpy_parse_set_target(p, target, TPY_STORE, TPY_TARGET_FOR))
            return NULL;
        tpy_p_next(p);
        tpy_comprehension *c = tpy_arena_calloc(p->arena, sizeof *c);
        if (!c)
            return tpy_p_error_here(p, "out of memory while parsing");
        c->target = target;
        c->is_async = is_async;
        if (!(c->iter = tpy_parse_disjunction(p)))
            return NULL;
        while (tpy_p_accept(p, TPY_TOK_KW_IF)) {
            tpy_expr *cond = tpy_parse_disjunction(p);
            if (!cond || !append(p, &c->ifs, cond))
                return NULL;
        }
        if (!append(p, &generators, c))
            return NULL;
    }
    return generators;
}

/* elt comprehension-clauses <close>: ListComp, SetComp or GeneratorExp */
static tpy_expr *comprehension(tpy_parser *p, tpy_expr_kind kind, tpy_token *open,
                               tpy_expr *elt, tpy_tok_kind close)
{
    if (elt->kind == TPY_EXPR_STARRED)
        return tpy_p_error_at(p, elt->pos, "iterable unpacking cannot be used in comprehension");
    tpy_seq *gens = tpy_parse_comprehension_clauses(p);
    if (!gens || !tpy_p_expect(p, close))
        return NULL;
    tpy_expr *e = new_expr(p, kind, tpy_p_pos_from(p, open));
    if (e) {
        e->v.comp.elt = elt;
        e->v.comp.generators = gens;
    }
    return e;
}

/* ---- atoms ----------------------------------------------------------- */

/* The elements of a display after its first, up to the closing token. */
static tpy_seq *display_items(tpy_parser *p, tpy_expr *first, tpy_tok_kind close)
{
    tpy_seq *elts = NULL;
    if (first && !append(p, &elts, first))
        return NULL;
    while (tpy_p_kind(p) != close) {
        if (first && !tpy_p_expect(p, TPY_TOK_COMMA))
            return NULL;
        if (tpy_p_kind(p) == close)
            break;
        tpy_expr *e = tpy_parse_star_named_expression(p);
        if (!e || !append(p, &elts, e))
            return NULL;
        first = e;
    }
    tpy_p_next(p);
    return elts ? elts : tpy_arena_calloc(p->arena, sizeof(tpy_seq));
}

/* '(' ... ')': tuple, group, generator expression or parenthesized yield */
static tpy_expr *paren_atom(tpy_parser *p)
{
    tpy_token *open = tpy_p_next(p);
    if (tpy_p_accept(p, TPY_TOK_RPAR)) {
        tpy_expr *e = new_expr(p, TPY_EXPR_TUPLE, tpy_p_pos_from(p, open));
        if (e) {
            e->v.tuple.ctx = TPY_LOAD;
            e->parenthesized = true;
        }
        return e;
    }
    /* A bare yield fills the parentheses alone; `((yield) for ...)` is a
     * generator expression like any other. */
    bool bare_yield = tpy_p_kind(p) == TPY_TOK_KW_YIELD;
    tpy_expr *first = bare_yield ? tpy_parse_yield_expr(p) : tpy_parse_star_named_expression(p);
    if (!first)
        return NULL;
    if (tpy_p_at_comprehension(p) && !bare_yield)
        return comprehension(p, TPY_EXPR_GENERATOREXP, open, first, TPY_TOK_RPAR);
    if (tpy_p_kind(p) == TPY_TOK_COMMA && !bare_yield) {
        tpy_seq *elts = display_items(p, first, TPY_TOK_RPAR);
        if (!elts)
            return NULL;
        tpy_expr *e = new_expr(p, TPY_EXPR_TUPLE, tpy_p_pos_from(p, open));
        if (e) {
            e->v.tuple.elts = elts;
            e->v.tuple.ctx = TPY_LOAD;
            e->parenthesized = true;
        }
        return e;
    }
    if (!tpy_p_expect(p, TPY_TOK_RPAR))
        return NULL;
    if (first->kind == TPY_EXPR_STARRED)
        return tpy_p_error_at(p, first->pos, "cannot use starred expression here");
    first->parenthesized = true;
    return first;
}

static tpy_expr *list_atom(tpy_parser *p)
{
    tpy_token *open = tpy_p_next(p);
    tpy_expr *first = NULL;
    if (tpy_p_kind(p) != TPY_TOK_RSQB) {
        if (!(first = tpy_parse_star_named_expression(p)))
            return NULL;
        if (tpy_p_at_comprehension(p))
            return comprehension(p, TPY_EXPR_LISTCOMP, open, first, TPY_TOK_RSQB);
    }
    tpy_seq *elts = display_items(p, first, TPY_TOK_RSQB);
    if (!elts)
        return NULL;
    tpy_expr *e = new_expr(p, TPY_EXPR_LIST, tpy_p_pos_from(p, open));
    if (e) {
        e->v.list.elts = elts;
        e->v.list.ctx = TPY_LOAD;
    }
    return e;
}

/* One dict item into keys/values: key ':' value | '**' bitwise_or. */
static bool dict_item(tpy_parser *p, tpy_expr *e, tpy_seq **keys, tpy_seq **values)
{
    tpy_expr *key = NULL, *value;
    if (!e && tpy_p_accept(p, TPY_TOK_DOUBLESTAR)) {
        value = tpy_parse_bitwise_or(p);
    } else {
        key = e ? e : tpy_parse_expression(p);
        if (!key || !tpy_p_expect(p, TPY_TOK_COLON))
            return false;
        value = tpy_parse_expression(p);
    }
    return value && append(p, keys, key) && append(p, values, value);
}

static tpy_expr *dict_rest(tpy_parser *p, tpy_token *open, tpy_expr *first_key)
{
    tpy_seq *keys = NULL, *values = NULL;
    if (!dict_item(p, first_key, &keys, &values))
        return NULL;
    if (first_key && tpy_p_at_comprehension(p)) {
        tpy_seq *gens = tpy_parse_comprehension_clauses(p);
        if (!gens || !tpy_p_expect(p, TPY_TOK_RBRACE))
            return NULL;
        tpy_expr *e = new_expr(p, TPY_EXPR_DICTCOMP, tpy_p_pos_from(p, open));
        if (e) {
            e->v.comp.elt = first_key;
            e->v.comp.value = TPY_SEQ_GET(values, 0);
            e->v.comp.generators = gens;
        }
        return e;
    }
    while (tpy_p_accept(p, TPY_TOK_COMMA)) {
        if (tpy_p_kind(p) == TPY_TOK_RBRACE)
            break;
        if (!dict_item(p, NULL, &keys, &values))
            return NULL;
    }
    if (!tpy_p_expect(p, TPY_TOK_RBRACE))
        return NULL;
    tpy_expr *e = new_expr(p, TPY_EXPR_DICT, tpy_p_pos_from(p, open));
    if (e) {
        e->v.dict.keys = keys;
        e->v.dict.values = values;
    }
    return e;
}

/* '{' ... '}': dict, set, or their comprehensions */
static tpy_expr *brace_atom(tpy_parser *p)
{
    tpy_token *open = tpy_p_next(p);
    if (tpy_p_accept(p, TPY_TOK_RBRACE))
        return new_expr(p, TPY_EXPR_DICT, tpy_p_pos_from(p, open));
    if (tpy_p_kind(p) == TPY_TOK_DOUBLESTAR)
        return dict_rest(p, open, NULL);
    tpy_expr *first = tpy_parse_star_named_expression(p);
    if (!first)
        return NULL;
    if (tpy_p_kind(p) == TPY_TOK_COLON && first->kind != TPY_EXPR_STARRED)
        return dict_rest(p, open, first);
    if (tpy_p_at_comprehension(p))
        return comprehension(p, TPY_EXPR_SETCOMP, open, first, TPY_TOK_RBRACE);
    tpy_seq *elts = display_items(p, first, TPY_TOK_RBRACE);
    if (!elts)
        return NULL;
    tpy_expr *e = new_expr(p, TPY_EXPR_SET, tpy_p_pos_from(p, open));
    if (e)
        e->v.set.elts = elts;
    return e;
}

static tpy_expr *atom(tpy_parser *p)
{
    tpy_token *t = tpy_p_peek(p, 0);
    switch (t->kind) {
    case TPY_TOK_NAME:
        tpy_p_next(p);
        return tpy_ast_name(p->arena, tpy_p_identifier(p, t), TPY_LOAD, tpy_p_tok_pos(p, t));
    case TPY_TOK_KW_TRUE: case TPY_TOK_KW_FALSE: case TPY_TOK_KW_NONE: case TPY_TOK_ELLIPSIS: {
        tpy_p_next(p);
        tpy_const_kind k = t->kind == TPY_TOK_KW_TRUE ? TPY_CONST_TRUE
                         : t->kind == TPY_TOK_KW_FALSE ? TPY_CONST_FALSE
                         : t->kind == TPY_TOK_KW_NONE ? TPY_CONST_NONE : TPY_CONST_ELLIPSIS;
        return tpy_ast_simple_const(p->arena, k, tpy_p_tok_pos(p, t));
    }
    case TPY_TOK_NUMBER:
        tpy_p_next(p);
        return tpy_parse_number(p, t);
    case TPY_TOK_STRING:
        return tpy_parse_strings(p);
    case TPY_TOK_LPAR: case TPY_TOK_LSQB: case TPY_TOK_LBRACE: {
        if (!tpy_p_enter(p))
            return NULL;
        tpy_expr *e = t->kind == TPY_TOK_LPAR ? paren_atom(p)
                    : t->kind == TPY_TOK_LSQB ? list_atom(p) : brace_atom(p);
        tpy_p_leave(p);
        return e;
    }
    default:
        return tpy_p_syntax_error(p);
    }
}
