/* parser_stmt.c: statements, blocks and the module body. */
#include <string.h>

#include "parser_internal.h"

static bool statement(tpy_parser *p, tpy_seq **out);

/* ---- helpers --------------------------------------------------------- */

static bool append(tpy_parser *p, tpy_seq **seq, void *item)
{
    if (tpy_seq_append(p->arena, seq, item))
        return true;
    tpy_p_error_here(p, "out of memory while parsing");
    return false;
}

static tpy_stmt *new_stmt(tpy_parser *p, tpy_stmt_kind kind, tpy_pos pos)
{
    tpy_stmt *s = tpy_ast_stmt(p->arena, kind, pos);
    if (!s)
        tpy_p_error_here(p, "out of memory while parsing");
    return s;
}

/* The end of the last statement of a block: a compound statement ends
 * where its last block does, not at the NEWLINE/DEDENT after it. */
static tpy_pos seq_end(const tpy_seq *body)
{
    const tpy_stmt *last = TPY_SEQ_GET(body, body->len - 1);
    return last->pos;
}

static tpy_pos span_to_block(tpy_pos start, const tpy_seq *body)
{
    return tpy_pos_span(start, seq_end(body));
}

/* Can the current token start an expression? */
static bool at_expression_start(tpy_parser *p)
{
    switch (tpy_p_kind(p)) {
    case TPY_TOK_NAME: case TPY_TOK_NUMBER: case TPY_TOK_STRING: case TPY_TOK_LPAR:
    case TPY_TOK_LSQB: case TPY_TOK_LBRACE: case TPY_TOK_MINUS: case TPY_TOK_PLUS:
    case TPY_TOK_TILDE: case TPY_TOK_STAR: case TPY_TOK_ELLIPSIS: case TPY_TOK_KW_NOT:
    case TPY_TOK_KW_LAMBDA: case TPY_TOK_KW_AWAIT: case TPY_TOK_KW_TRUE:
    case TPY_TOK_KW_FALSE: case TPY_TOK_KW_NONE: case TPY_TOK_KW_YIELD:
        return true;
    default:
        return false;
    }
}

/* ---- blocks ---------------------------------------------------------- */

/*
 * block: NEWLINE INDENT statements DEDENT | simple_stmts.
 * @p what names the statement for "expected an indented block after ...".
 */
static tpy_seq *block(tpy_parser *p, const char *what, int line)
{
    tpy_seq *body = NULL;
    if (!tpy_p_accept(p, TPY_TOK_NEWLINE)) {
        if (!statement(p, &body))
            return NULL;
        return body;
    }
    if (tpy_p_kind(p) != TPY_TOK_INDENT) {
        if (tpy_p_kind(p) == TPY_TOK_ERROR)
            return NULL;
        tpy_pos pos = tpy_p_error_pos(p, tpy_p_peek(p, 0), false);
        return tpy_p_error_kind_at(p, TPY_ERR_INDENTATION, pos,
                                   "expected an indented block after %s on line %d", what, line);
    }
    tpy_p_next(p);
    while (tpy_p_kind(p) != TPY_TOK_DEDENT) {
        if (p->failed || tpy_p_kind(p) == TPY_TOK_ENDMARKER)
            return tpy_p_syntax_error(p);
        if (!statement(p, &body))
            return NULL;
    }
    tpy_p_next(p);
    return body;
}

/* ':' then a block; the ':' is "expected" only when the header line ends
 * right there (CPython's invalid_*_stmt rules), else plain invalid syntax.
 * With @p forced, any other token is "expected ':'" (CPython's &&':'). */
static tpy_seq *colon_block(tpy_parser *p, const char *what, int line, bool forced)
{
    if (tpy_p_kind(p) != TPY_TOK_COLON) {
        if (forced || tpy_p_kind(p) == TPY_TOK_NEWLINE)
            return tpy_p_error_here(p, "expected ':'");
        return tpy_p_syntax_error(p);
    }
    tpy_p_next(p);
    return block(p, what, line);
}

/* ---- simple statements ----------------------------------------------- */

static tpy_stmt *keyword_only_stmt(tpy_parser *p, tpy_stmt_kind kind)
{
    tpy_token *t = tpy_p_next(p);
    return new_stmt(p, kind, tpy_p_tok_pos(p, t));
}

static tpy_stmt *return_stmt(tpy_parser *p)
{
    tpy_token *t = tpy_p_next(p);
    tpy_expr *value = NULL;
    if (at_expression_start(p) && tpy_p_kind(p) != TPY_TOK_KW_YIELD &&
        !(value = tpy_parse_star_expressions(p)))
        return NULL;
    tpy_stmt *s = new_stmt(p, TPY_STMT_RETURN, tpy_p_pos_from(p, t));
    if (s)
        s->v.ret.value = value;
    return s;
}

static tpy_stmt *raise_stmt(tpy_parser *p)
{
    tpy_token *t = tpy_p_next(p);
    tpy_expr *exc = NULL, *cause = NULL;
    if (at_expression_start(p) && tpy_p_kind(p) != TPY_TOK_KW_YIELD) {
        if (!(exc = tpy_parse_expression(p)))
            return NULL;
        if (tpy_p_accept(p, TPY_TOK_KW_FROM) && !(cause = tpy_parse_expression(p)))
            return NULL;
    }
    tpy_stmt *s = new_stmt(p, TPY_STMT_RAISE, tpy_p_pos_from(p, t));
    if (s) {
        s->v.raise.exc = exc;
        s->v.raise.cause = cause;
    }
    return s;
}

/* global / nonlocal: ','.NAME+ */
static tpy_stmt *names_stmt(tpy_parser *p, tpy_stmt_kind kind)
{
    tpy_token *t = tpy_p_next(p);
    tpy_seq *names = NULL;
    do {
        tpy_token *name = tpy_p_expect(p, TPY_TOK_NAME);
        if (!name || !append(p, &names, (void *)tpy_p_identifier(p, name)))
            return NULL;
    } while (tpy_p_accept(p, TPY_TOK_COMMA));
    tpy_stmt *s = new_stmt(p, kind, tpy_p_pos_from(p, t));
    if (s)
        s->v.global.names = names;
    return s;
}

static tpy_stmt *del_stmt(tpy_parser *p)
{
    tpy_token *t = tpy_p_next(p);
    tpy_seq *targets = NULL;
    tpy_expr *all = tpy_parse_star_targets_or_exprs(p);
    if (!all)
        return NULL;
    if (all->kind == TPY_EXPR_TUPLE && !all->parenthesized) {
        targets = all->v.tuple.elts;
    } else if (!append(p, &targets, all)) {
        return NULL;
    }
    if (tpy_p_kind(p) != TPY_TOK_SEMI && tpy_p_kind(p) != TPY_TOK_NEWLINE) {
        /* CPython reparses the whole as an expression to name the culprit. */
        return tpy_p_syntax_error(p);
    }
    for (int i = 0; i < TPY_SEQ_LEN(targets); i++)
        if (!tpy_parse_set_target(p, TPY_SEQ_GET(targets, i), TPY_DEL, TPY_TARGET_DEL))
            return NULL;
    tpy_stmt *s = new_stmt(p, TPY_STMT_DELETE, tpy_p_pos_from(p, t));
    if (s)
        s->v.del.targets = targets;
    return s;
}

static tpy_stmt *assert_stmt(tpy_parser *p)
{
    tpy_token *t = tpy_p_next(p);
    tpy_expr *test = tpy_parse_expression(p), *msg = NULL;
    if (!test)
        return NULL;
    if (tpy_p_accept(p, TPY_TOK_COMMA) && !(msg = tpy_parse_expression(p)))
        return NULL;
    tpy_stmt *s = new_stmt(p, TPY_STMT_ASSERT, tpy_p_pos_from(p, t));
    if (s) {
        s->v.assert.test = test;
        s->v.assert.msg = msg;
    }
    return s;
}

/* dotted_name: NAME ('.' NAME)*, as one string "a.b.c" */
static const char *dotted_name(tpy_parser *p)
{
    tpy_token *t = tpy_p_expect(p, TPY_TOK_NAME);
    if (!t)
        return NULL;
    const char *name = tpy_p_identifier(p, t);
    while (name && tpy_p_kind(p) == TPY_TOK_DOT) {
        tpy_p_next(p);
        tpy_token *part = tpy_p_expect(p, TPY_TOK_NAME);
        if (!part)
            return NULL;
        const char *id = tpy_p_identifier(p, part);
        size_t a = strlen(name), b = strlen(id);
        char *joined = tpy_arena_alloc(p->arena, a + b + 2);
        if (!joined)
            return tpy_p_error_here(p, "out of memory while parsing");
        memcpy(joined, name, a);
        joined[a] = '.';
        memcpy(joined + a + 1, id, b + 1);
        name = joined;
    }
    return name;
}

/* NAME-or-dotted-name ['as' NAME] */
static tpy_alias *alias(tpy_parser *p, bool dotted)
{
    tpy_token *t = tpy_p_peek(p, 0);
    const char *name;
    if (dotted) {
        name = dotted_name(p);
    } else {
        tpy_token *n = tpy_p_expect(p, TPY_TOK_NAME);
        name = n ? tpy_p_identifier(p, n) : NULL;
    }
    if (!name)
        return NULL;
    const char *asname = NULL;
    if (tpy_p_accept(p, TPY_TOK_KW_AS)) {
        tpy_token *n = tpy_p_expect(p, TPY_TOK_NAME);
        if (!n)
            return NULL;
        asname = tpy_p_identifier(p, n);
    }
    tpy_alias *a = tpy_arena_calloc(p->arena, sizeof *a);
    if (!a)
        return tpy_p_error_here(p, "out of memory while parsing");
    a->pos = tpy_p_pos_from(p, t);
    a->name = name;
    a->asname = asname;
    return a;
}

static tpy_stmt *import_stmt(tpy_parser *p)
{
    tpy_token *t = tpy_p_next(p);
    tpy_seq *names = NULL;
    do {
        tpy_alias *a = alias(p, true);
        if (!a || !append(p, &names, a))
            return NULL;
    } while (tpy_p_accept(p, TPY_TOK_COMMA));
    tpy_stmt *s = new_stmt(p, TPY_STMT_IMPORT, tpy_p_pos_from(p, t));
    if (s)
        s->v.import.names = names;
    return s;
}

/* import_from_targets: '(' names [','] ')' | names !',' | '*' */
static tpy_seq *import_from_targets(tpy_parser *p)
{
    tpy_seq *names = NULL;
    if (tpy_p_kind(p) == TPY_TOK_STAR) {
        tpy_token *star = tpy_p_next(p);
        tpy_alias *a = tpy_arena_calloc(p->arena, sizeof *a);
        if (!a)
            return tpy_p_error_here(p, "out of memory while parsing");
        a->pos = tpy_p_tok_pos(p, star);
        a->name = "*";
        return append(p, &names, a) ? names : NULL;
    }
    bool parens = tpy_p_accept(p, TPY_TOK_LPAR);
    do {
        if (names && tpy_p_kind(p) != TPY_TOK_NAME && (parens || tpy_p_kind(p) == TPY_TOK_NEWLINE))
            break;
        tpy_alias *a = alias(p, false);
        if (!a || !append(p, &names, a))
            return NULL;
    } while (tpy_p_accept(p, TPY_TOK_COMMA));
    if (parens)
        return tpy_p_expect(p, TPY_TOK_RPAR) ? names : NULL;
    if (tpy_p_last(p)->kind == TPY_TOK_COMMA)
        return tpy_p_error_here(p, "trailing comma not allowed without surrounding parentheses");
    return names;
}

static tpy_stmt *from_import_stmt(tpy_parser *p)
{
    tpy_token *t = tpy_p_next(p);
    int level = 0;
    for (;;) {
        if (tpy_p_accept(p, TPY_TOK_DOT))
            level += 1;
        else if (tpy_p_accept(p, TPY_TOK_ELLIPSIS))
            level += 3;
        else
            break;
    }
    const char *module = NULL;
    if (level == 0 || tpy_p_kind(p) == TPY_TOK_NAME) {
        if (!(module = dotted_name(p)))
            return NULL;
    }
    if (!tpy_p_expect(p, TPY_TOK_KW_IMPORT))
        return NULL;
    tpy_seq *names = import_from_targets(p);
    if (!names)
        return NULL;
    tpy_stmt *s = new_stmt(p, TPY_STMT_IMPORTFROM, tpy_p_pos_from(p, t));
    if (s) {
        s->v.importfrom.module = module;
        s->v.importfrom.names = names;
        s->v.importfrom.level = level;
    }
    return s;
}

/* ---- assignment and expression statements ----------------------------- */

static bool is_augassign(tpy_tok_kind k, tpy_operator *op)
{
    static const struct { tpy_tok_kind tok; tpy_operator op; } ops[] = {
        {TPY_TOK_PLUSEQUAL, TPY_ADD}, {TPY_TOK_MINEQUAL, TPY_SUB},
        {TPY_TOK_STAREQUAL, TPY_MULT}, {TPY_TOK_ATEQUAL, TPY_MATMULT},
        {TPY_TOK_SLASHEQUAL, TPY_DIV}, {TPY_TOK_PERCENTEQUAL, TPY_MOD},
        {TPY_TOK_AMPEREQUAL, TPY_BITAND}, {TPY_TOK_VBAREQUAL, TPY_BITOR},
        {TPY_TOK_CIRCUMFLEXEQUAL, TPY_BITXOR}, {TPY_TOK_LEFTSHIFTEQUAL, TPY_LSHIFT},
        {TPY_TOK_RIGHTSHIFTEQUAL, TPY_RSHIFT}, {TPY_TOK_DOUBLESTAREQUAL, TPY_POW},
        {TPY_TOK_DOUBLESLASHEQUAL, TPY_FLOORDIV},
    };
    for (size_t i = 0; i < sizeof ops / sizeof ops[0]; i++)
        if (ops[i].tok == k) {
            *op = ops[i].op;
            return true;
        }
    return false;
}

static bool is_single_target(const tpy_expr *e)
{
    return e->kind == TPY_EXPR_NAME || e->kind == TPY_EXPR_ATTRIBUTE ||
           e->kind == TPY_EXPR_SUBSCRIPT;
}

/* target ':' annotation ['=' annotated_rhs] */
static tpy_stmt *annotated_assign(tpy_parser *p, tpy_token *first, tpy_expr *target)
{
    if (!is_single_target(target)) {
        tpy_pos at = target->pos;
        if (target->kind == TPY_EXPR_TUPLE && !target->parenthesized && target->v.tuple.elts)
            at = ((tpy_expr *)TPY_SEQ_GET(target->v.tuple.elts, 0))->pos;
        if (target->kind == TPY_EXPR_TUPLE || target->kind == TPY_EXPR_LIST)
            return tpy_p_error_at(p, at, "only single target (not %s) can be annotated",
                                  target->kind == TPY_EXPR_TUPLE ? "tuple" : "list");
        return tpy_p_error_at(p, at, "illegal target for annotation");
    }
    tpy_p_next(p);
    tpy_expr *annotation = tpy_parse_expression(p), *value = NULL;
    if (!annotation)
        return NULL;
    if (tpy_p_accept(p, TPY_TOK_EQUAL) && !(value = tpy_parse_annotated_rhs(p)))
        return NULL;
    if (!tpy_parse_set_target(p, target, TPY_STORE, TPY_TARGET_STAR))
        return NULL;
    tpy_stmt *s = new_stmt(p, TPY_STMT_ANNASSIGN, tpy_p_pos_from(p, first));
    if (s) {
        s->v.annassign.target = target;
        s->v.annassign.annotation = annotation;
        s->v.annassign.value = value;
        s->v.annassign.simple = target->kind == TPY_EXPR_NAME && !target->parenthesized;
    }
    return s;
}

static tpy_stmt *aug_assign(tpy_parser *p, tpy_token *first, tpy_expr *target, tpy_operator op)
{
    if (!is_single_target(target))
        return tpy_p_error_at(p, target->pos,
                              "'%s' is an illegal expression for augmented assignment",
                              tpy_parse_expr_description(target));
    tpy_p_next(p);
    tpy_expr *value = tpy_parse_annotated_rhs(p);
    if (!value)
        return NULL;
    if (!tpy_parse_set_target(p, target, TPY_STORE, TPY_TARGET_STAR))
        return NULL;
    tpy_stmt *s = new_stmt(p, TPY_STMT_AUGASSIGN, tpy_p_pos_from(p, first));
    if (s) {
        s->v.augassign.target = target;
        s->v.augassign.op = op;
        s->v.augassign.value = value;
    }
    return s;
}

/* The leftmost node of an expression: what its first tokens spell. */
static const tpy_expr *leftmost(const tpy_expr *e)
{
    for (;;) {
        switch (e->kind) {
        case TPY_EXPR_BINOP: e = e->v.binop.left; break;
        case TPY_EXPR_CALL: e = e->v.call.func; break;
        case TPY_EXPR_ATTRIBUTE: e = e->v.attribute.value; break;
        case TPY_EXPR_SUBSCRIPT: e = e->v.subscript.value; break;
        default: return e;
        }
        if (e->parenthesized)
            return e;
    }
}

/* Is e what CPython's bitwise_or rule yields, not starting with a list,
 * tuple, generator expression, True, False or None? For such a target
 * CPython suggests '==' (invalid_named_expression). */
static bool suggests_equality(const tpy_expr *e)
{
    if (!e->parenthesized) {
        switch (e->kind) {
        case TPY_EXPR_BOOLOP: case TPY_EXPR_COMPARE: case TPY_EXPR_IFEXP:
        case TPY_EXPR_LAMBDA: case TPY_EXPR_STARRED: case TPY_EXPR_YIELD:
        case TPY_EXPR_YIELDFROM: case TPY_EXPR_TUPLE:
            return false;
        case TPY_EXPR_UNARYOP:
            if (e->v.unaryop.op == TPY_NOT)
                return false;
            break;
        default:
            break;
        }
    }
    const tpy_expr *l = leftmost(e);
    if (l->kind == TPY_EXPR_LIST || l->kind == TPY_EXPR_TUPLE || l->kind == TPY_EXPR_GENERATOREXP)
        return false;
    if (l->kind == TPY_EXPR_CONSTANT) {
        tpy_const_kind k = l->v.constant.value.kind;
        if (k == TPY_CONST_TRUE || k == TPY_CONST_FALSE || k == TPY_CONST_NONE)
            return false;
    }
    return true;
}

static bool rhs_is_bitwise_or(const tpy_expr *rhs)
{
    const tpy_expr *e = rhs;
    if (e->kind == TPY_EXPR_TUPLE && !e->parenthesized && TPY_SEQ_LEN(e->v.tuple.elts) > 0)
        e = TPY_SEQ_GET(e->v.tuple.elts, 0);
    if (e->parenthesized)
        return true;
    switch (e->kind) {
    case TPY_EXPR_STARRED: case TPY_EXPR_YIELD: case TPY_EXPR_YIELDFROM:
    case TPY_EXPR_LAMBDA:
        return false;
    case TPY_EXPR_UNARYOP:
        return e->v.unaryop.op != TPY_NOT;
    default:
        return true;
    }
}

static tpy_expr *first_element(tpy_expr *e)
{
    if (e->kind == TPY_EXPR_TUPLE && !e->parenthesized && TPY_SEQ_LEN(e->v.tuple.elts) > 0)
        return TPY_SEQ_GET(e->v.tuple.elts, 0);
    return e;
}

/*
 * `t = value` with a bad target, where CPython's second pass reads the
 * expression just before '=' as a mistyped comparison
 * (invalid_named_expression): the last element of an unparenthesized
 * tuple target, or the whole target.
 */
static bool equality_suggestion(tpy_parser *p, tpy_expr *t, tpy_expr *value)
{
    bool tuple = t->kind == TPY_EXPR_TUPLE && !t->parenthesized && TPY_SEQ_LEN(t->v.tuple.elts) > 0;
    tpy_expr *last = tuple ? TPY_SEQ_GET(t->v.tuple.elts, t->v.tuple.elts->len - 1) : t;
    if (!rhs_is_bitwise_or(value))
        return false;
    if (tuple && last->kind == TPY_EXPR_NAME && !last->parenthesized) {
        tpy_p_error_at(p, tpy_pos_span(last->pos, first_element(value)->pos),
                       "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
        return true;
    }
    if (!suggests_equality(last))
        return false;
    tpy_p_error_at(p, last->pos, "cannot assign to %s here. Maybe you meant '==' instead of '='?",
                   tpy_parse_expr_description(last));
    return true;
}

/* The targets of a chain t1 = t2 = ... = value, with CPython's messages
 * for the first one that is no target. */
static bool check_assign_targets(tpy_parser *p, tpy_seq *targets, tpy_expr *value)
{
    for (int i = 0; i < targets->len; i++) {
        tpy_expr *t = TPY_SEQ_GET(targets, i);
        tpy_expr *bad = tpy_parse_invalid_target(t, TPY_TARGET_STAR);
        if (!bad)
            continue;
        if (i == 0 && targets->len == 1 && equality_suggestion(p, t, value))
            return false;
        if (bad->kind == TPY_EXPR_YIELD || bad->kind == TPY_EXPR_YIELDFROM)
            return tpy_p_error_at(p, bad->pos, "assignment to yield expression not possible");
        return tpy_parse_set_target(p, t, TPY_STORE, TPY_TARGET_STAR);
    }
    for (int i = 0; i < targets->len; i++)
        tpy_parse_set_target(p, TPY_SEQ_GET(targets, i), TPY_STORE, TPY_TARGET_STAR);
    return true;
}

static tpy_stmt *assign(tpy_parser *p, tpy_token *first, tpy_expr *target)
{
    tpy_seq *targets = NULL;
    tpy_expr *value = target;
    while (tpy_p_accept(p, TPY_TOK_EQUAL)) {
        if (!append(p, &targets, value))
            return NULL;
        if (!(value = tpy_parse_annotated_rhs(p)))
            return NULL;
    }
    if (!check_assign_targets(p, targets, value))
        return NULL;
    tpy_stmt *s = new_stmt(p, TPY_STMT_ASSIGN, tpy_p_pos_from(p, first));
    if (s) {
        s->v.assign.targets = targets;
        s->v.assign.value = value;
    }
    return s;
}

static tpy_stmt *expression_stmt(tpy_parser *p)
{
    tpy_token *first = tpy_p_peek(p, 0);
    tpy_expr *e = tpy_parse_annotated_rhs(p);
    if (!e)
        return NULL;
    tpy_operator op;
    if (tpy_p_kind(p) == TPY_TOK_COLON)
        return annotated_assign(p, first, e);
    if (is_augassign(tpy_p_kind(p), &op))
        return aug_assign(p, first, e, op);
    if (tpy_p_kind(p) == TPY_TOK_EQUAL)
        return assign(p, first, e);
    tpy_stmt *s = new_stmt(p, TPY_STMT_EXPR, e->pos);
    if (s)
        s->v.expr.value = e;
    return s;
}

/* `match` is a soft keyword: it starts a match statement only when the
 * logical line goes on to end in ':' (a simple statement never does). */
static bool at_match_statement(tpy_parser *p)
{
    if (!tpy_p_at_name(p, "match"))
        return false;
    switch (tpy_p_kind_at(p, 1)) {
    case TPY_TOK_NAME: case TPY_TOK_NUMBER: case TPY_TOK_STRING: case TPY_TOK_LPAR:
    case TPY_TOK_LSQB: case TPY_TOK_LBRACE: case TPY_TOK_MINUS: case TPY_TOK_TILDE:
    case TPY_TOK_STAR: case TPY_TOK_KW_NOT: case TPY_TOK_KW_NONE: case TPY_TOK_KW_TRUE:
    case TPY_TOK_KW_FALSE: case TPY_TOK_KW_LAMBDA: case TPY_TOK_KW_AWAIT:
    case TPY_TOK_ELLIPSIS: case TPY_TOK_PLUS:
        break;
    default:
        return false;
    }
    for (int i = 1;; i++) {
        tpy_token *t = tpy_p_peek(p, i);
        if (t->kind == TPY_TOK_NEWLINE || t->kind == TPY_TOK_ENDMARKER || t->kind == TPY_TOK_ERROR)
            return false;
        if (t->kind == TPY_TOK_COLON && t->level == 0 && tpy_p_kind_at(p, i + 1) == TPY_TOK_NEWLINE)
            return true;
    }
}

static tpy_stmt *simple_stmt(tpy_parser *p)
{
    switch (tpy_p_kind(p)) {
    case TPY_TOK_KW_PASS: return keyword_only_stmt(p, TPY_STMT_PASS);
    case TPY_TOK_KW_BREAK: return keyword_only_stmt(p, TPY_STMT_BREAK);
    case TPY_TOK_KW_CONTINUE: return keyword_only_stmt(p, TPY_STMT_CONTINUE);
    case TPY_TOK_KW_RETURN: return return_stmt(p);
    case TPY_TOK_KW_RAISE: return raise_stmt(p);
    case TPY_TOK_KW_GLOBAL: return names_stmt(p, TPY_STMT_GLOBAL);
    case TPY_TOK_KW_NONLOCAL: return names_stmt(p, TPY_STMT_NONLOCAL);
    case TPY_TOK_KW_DEL: return del_stmt(p);
    case TPY_TOK_KW_ASSERT: return assert_stmt(p);
    case TPY_TOK_KW_IMPORT: return import_stmt(p);
    case TPY_TOK_KW_FROM: return from_import_stmt(p);
    default: return expression_stmt(p);
    }
}

/* simple_stmts: simple_stmt (';' simple_stmt)* [';'] NEWLINE */
static bool simple_stmts(tpy_parser *p, tpy_seq **out)
{
    for (;;) {
        tpy_stmt *s = simple_stmt(p);
        if (!s || !append(p, out, s))
            return false;
        if (tpy_p_accept(p, TPY_TOK_NEWLINE))
            return true;
        if (!tpy_p_accept(p, TPY_TOK_SEMI))
            return tpy_p_syntax_error(p);
        if (tpy_p_accept(p, TPY_TOK_NEWLINE))
            return true;
    }
}

/* ---- compound statements --------------------------------------------- */

/* 'else' ':' block, if there is an else */
static bool else_block(tpy_parser *p, tpy_seq **orelse)
{
    if (tpy_p_kind(p) != TPY_TOK_KW_ELSE)
        return true;
    tpy_token *t = tpy_p_next(p);
    *orelse = colon_block(p, "'else' statement", t->line, true);
    return *orelse != NULL;
}

static tpy_stmt *if_stmt(tpy_parser *p)
{
    tpy_token *t = tpy_p_next(p);
    const char *what = t->kind == TPY_TOK_KW_IF ? "'if' statement" : "'elif' statement";
    tpy_expr *test = tpy_parse_named_expression(p);
    if (!test)
        return NULL;
    tpy_seq *body = colon_block(p, what, t->line, false), *orelse = NULL;
    if (!body)
        return NULL;
    if (tpy_p_kind(p) == TPY_TOK_KW_ELIF) {
        tpy_stmt *elif = if_stmt(p);
        if (!elif || !append(p, &orelse, elif))
            return NULL;
    } else if (!else_block(p, &orelse)) {
        return NULL;
    }
    tpy_stmt *s = new_stmt(p, TPY_STMT_IF, span_to_block(tpy_p_tok_pos(p, t), orelse ? orelse : body));
    if (s) {
        s->v.cond.test = test;
        s->v.cond.body = body;
        s->v.cond.orelse = orelse;
    }
    return s;
}

static tpy_stmt *while_stmt(tpy_parser *p)
{
    tpy_token *t = tpy_p_next(p);
    tpy_expr *test = tpy_parse_named_expression(p);
    if (!test)
        return NULL;
    tpy_seq *body = colon_block(p, "'while' statement", t->line, false), *orelse = NULL;
    if (!body || !else_block(p, &orelse))
        return NULL;
    tpy_stmt *s = new_stmt(p, TPY_STMT_WHILE, span_to_block(tpy_p_tok_pos(p, t), orelse ? orelse : body));
    if (s) {
        s->v.cond.test = test;
        s->v.cond.body = body;
        s->v.cond.orelse = orelse;
    }
    return s;
}

/* ['async'] 'for' star_targets 'in' star_expressions ':' block [else] */
static tpy_stmt *for_stmt(tpy_parser *p, tpy_token *first, bool is_async)
{
    tpy_token *t = tpy_p_next(p);
    tpy_expr *target = tpy_parse_star_targets_or_exprs(p);
    if (!target)
        return NULL;
    if (tpy_p_kind(p) != TPY_TOK_KW_IN) {
        if (tpy_parse_invalid_target(target, TPY_TARGET_FOR)) {
            tpy_parse_set_target(p, target, TPY_STORE, TPY_TARGET_FOR);   /* names the culprit */
            return NULL;
        }
        return tpy_p_syntax_error(p);
    }
    if (!tpy_parse_set_target(p, target, TPY_STORE, TPY_TARGET_FOR))
        return NULL;
    tpy_p_next(p);
    tpy_expr *iter = tpy_parse_star_expressions(p);
    if (!iter)
        return NULL;
    tpy_seq *body = colon_block(p, "'for' statement", t->line, false), *orelse = NULL;
    if (!body || !else_block(p, &orelse))
        return NULL;
    tpy_stmt *s = new_stmt(p, is_async ? TPY_STMT_ASYNCFOR : TPY_STMT_FOR,
                           span_to_block(tpy_p_tok_pos(p, first), orelse ? orelse : body));
    if (s) {
        s->v.forloop.target = target;
        s->v.forloop.iter = iter;
        s->v.forloop.body = body;
        s->v.forloop.orelse = orelse;
    }
    return s;
}

/* with_item: expression ['as' star_target] */
static tpy_withitem *with_item(tpy_parser *p)
{
    tpy_expr *e = tpy_parse_expression(p), *vars = NULL;
    if (!e)
        return NULL;
    if (tpy_p_accept(p, TPY_TOK_KW_AS)) {
        tpy_token *t = tpy_p_peek(p, 0);
        if (t->kind == TPY_TOK_STAR) {
            tpy_p_next(p);
            tpy_expr *inner = tpy_parse_bitwise_or(p);
            if (!inner)
                return NULL;
            vars = tpy_ast_expr(p->arena, TPY_EXPR_STARRED, tpy_p_pos_from(p, t));
            if (vars)
                vars->v.starred.value = inner;
        } else {
            vars = tpy_parse_bitwise_or(p);
        }
        if (!vars)
            return NULL;
        tpy_tok_kind k = tpy_p_kind(p);
        if (k != TPY_TOK_COMMA && k != TPY_TOK_RPAR && k != TPY_TOK_COLON)
            return tpy_p_syntax_error(p);
        if (!tpy_parse_set_target(p, vars, TPY_STORE, TPY_TARGET_STAR))
            return NULL;
    }
    tpy_withitem *w = tpy_arena_calloc(p->arena, sizeof *w);
    if (!w)
        return tpy_p_error_here(p, "out of memory while parsing");
    w->context_expr = e;
    w->optional_vars = vars;
    return w;
}

/* ','.with_item+, with a trailing comma allowed when @p parens. */
static tpy_seq *with_items(tpy_parser *p, bool parens)
{
    tpy_seq *items = NULL;
    do {
        if (parens && items && tpy_p_kind(p) == TPY_TOK_RPAR)
            break;
        tpy_withitem *w = with_item(p);
        if (!w || !append(p, &items, w))
            return NULL;
    } while (tpy_p_accept(p, TPY_TOK_COMMA));
    return items;
}

/* Is the '(' after 'with' the parenthesized-items form? It is when the
 * matching ')' is followed by ':' and the inside is not an expression
 * that only makes sense as one (CPython tries that form first). */
static bool parenthesized_with_items(tpy_parser *p)
{
    if (tpy_p_kind(p) != TPY_TOK_LPAR)
        return false;
    int depth = 0;
    for (int i = 0;; i++) {
        tpy_token *t = tpy_p_peek(p, i);
        switch (t->kind) {
        case TPY_TOK_LPAR: case TPY_TOK_LSQB: case TPY_TOK_LBRACE:
            depth++;
            break;
        case TPY_TOK_RPAR: case TPY_TOK_RSQB: case TPY_TOK_RBRACE:
            if (--depth == 0)
                return i > 1 && tpy_p_kind_at(p, i + 1) == TPY_TOK_COLON;
            break;
        case TPY_TOK_KW_YIELD:
            if (depth == 1)
                return false;
            break;
        case TPY_TOK_NEWLINE: case TPY_TOK_ENDMARKER: case TPY_TOK_ERROR:
            return false;
        default:
            break;
        }
    }
}

static tpy_stmt *with_stmt(tpy_parser *p, tpy_token *first, bool is_async)
{
    tpy_token *t = tpy_p_next(p);
    tpy_seq *items;
    if (parenthesized_with_items(p)) {
        tpy_p_next(p);
        items = with_items(p, true);
        if (!items || !tpy_p_expect(p, TPY_TOK_RPAR))
            return NULL;
    } else {
        items = with_items(p, false);
    }
    if (!items)
        return NULL;
    tpy_seq *body = colon_block(p, "'with' statement", t->line, true);
    if (!body)
        return NULL;
    tpy_stmt *s = new_stmt(p, is_async ? TPY_STMT_ASYNCWITH : TPY_STMT_WITH,
                           span_to_block(tpy_p_tok_pos(p, first), body));
    if (s) {
        s->v.with.items = items;
        s->v.with.body = body;
    }
    return s;
}

/* 'except' [expression ['as' NAME]] ':' block */
static tpy_excepthandler *except_clause(tpy_parser *p)
{
    tpy_token *t = tpy_p_next(p);
    if (tpy_p_kind(p) == TPY_TOK_STAR)
        return tpy_p_error_at(p, tpy_p_pos_from(p, t) /* 'except' */,
                              "tierpy does not support 'except*' (exception groups)");
    tpy_expr *type = NULL;
    const char *name = NULL;
    if (tpy_p_kind(p) != TPY_TOK_COLON) {
        if (!(type = tpy_parse_expression(p)))
            return NULL;
        if (tpy_p_kind(p) == TPY_TOK_COMMA) {
            tpy_p_next(p);
            tpy_expr *more = tpy_parse_expression(p);
            if (!more)
                return NULL;
            return tpy_p_error_at(p, tpy_pos_span(type->pos, more->pos),
                                  "multiple exception types must be parenthesized");
        }
        if (tpy_p_accept(p, TPY_TOK_KW_AS)) {
            tpy_token *n = tpy_p_expect(p, TPY_TOK_NAME);
            if (!n)
                return NULL;
            name = tpy_p_identifier(p, n);
        }
    }
    tpy_seq *body = colon_block(p, "'except' statement", t->line, false);
    if (!body)
        return NULL;
    tpy_excepthandler *h = tpy_arena_calloc(p->arena, sizeof *h);
    if (!h)
        return tpy_p_error_here(p, "out of memory while parsing");
    h->pos = span_to_block(tpy_p_tok_pos(p, t), body);
    h->type = type;
    h->name = name;
    h->body = body;
    return h;
}

static tpy_stmt *try_stmt(tpy_parser *p)
{
    tpy_token *t = tpy_p_next(p);
    tpy_seq *body = colon_block(p, "'try' statement", t->line, true);
    tpy_seq *handlers = NULL, *orelse = NULL, *finalbody = NULL;
    if (!body)
        return NULL;
    while (tpy_p_kind(p) == TPY_TOK_KW_EXCEPT) {
        tpy_excepthandler *h = except_clause(p);
        if (!h || !append(p, &handlers, h))
            return NULL;
    }
    if (handlers && !else_block(p, &orelse))
        return NULL;
    if (tpy_p_kind(p) == TPY_TOK_KW_FINALLY) {
        tpy_token *f = tpy_p_next(p);
        if (!(finalbody = colon_block(p, "'finally' statement", f->line, true)))
            return NULL;
    }
    if (!handlers && !finalbody)
        return tpy_p_error_at(p, tpy_p_error_pos(p, tpy_p_peek(p, 0), true),
                              "expected 'except' or 'finally' block");
    tpy_pos end;
    if (finalbody)
        end = seq_end(finalbody);
    else if (orelse)
        end = seq_end(orelse);
    else
        end = ((tpy_excepthandler *)TPY_SEQ_GET(handlers, handlers->len - 1))->pos;
    tpy_stmt *s = new_stmt(p, TPY_STMT_TRY, tpy_pos_span(tpy_p_tok_pos(p, t), end));
    if (s) {
        s->v.try.body = body;
        s->v.try.handlers = handlers;
        s->v.try.orelse = orelse;
        s->v.try.finalbody = finalbody;
    }
    return s;
}

static tpy_stmt *funcdef(tpy_parser *p, tpy_token *first, bool is_async, tpy_seq *decorators)
{
    tpy_token *t = tpy_p_next(p);
    tpy_token *name = tpy_p_expect(p, TPY_TOK_NAME);
    if (!name || !tpy_p_expect_forced(p, TPY_TOK_LPAR))
        return NULL;
    tpy_arguments *args = tpy_parse_parameters(p, false);
    if (!args || !tpy_p_expect(p, TPY_TOK_RPAR))
        return NULL;
    tpy_expr *returns = NULL;
    if (tpy_p_accept(p, TPY_TOK_RARROW) && !(returns = tpy_parse_expression(p)))
        return NULL;
    tpy_seq *body = colon_block(p, "function definition", t->line, true);
    if (!body)
        return NULL;
    tpy_stmt *s = new_stmt(p, is_async ? TPY_STMT_ASYNCFUNCTIONDEF : TPY_STMT_FUNCTIONDEF,
                           span_to_block(tpy_p_tok_pos(p, first), body));
    if (s) {
        s->v.funcdef.name = tpy_p_identifier(p, name);
        s->v.funcdef.args = args;
        s->v.funcdef.body = body;
        s->v.funcdef.decorator_list = decorators;
        s->v.funcdef.returns = returns;
    }
    return s;
}

static tpy_stmt *classdef(tpy_parser *p, tpy_seq *decorators)
{
    tpy_token *t = tpy_p_next(p);
    tpy_token *name = tpy_p_expect(p, TPY_TOK_NAME);
    if (!name)
        return NULL;
    tpy_seq *bases = NULL, *keywords = NULL;
    if (tpy_p_kind(p) == TPY_TOK_LPAR) {
        tpy_p_next(p);
        tpy_expr *call = tpy_parse_call_rest(p, NULL);
        if (!call)
            return NULL;
        bases = call->v.call.args;
        keywords = call->v.call.keywords;
    }
    tpy_seq *body = colon_block(p, "class definition", t->line, false);
    if (!body)
        return NULL;
    tpy_stmt *s = new_stmt(p, TPY_STMT_CLASSDEF, span_to_block(tpy_p_tok_pos(p, t), body));
    if (s) {
        s->v.classdef.name = tpy_p_identifier(p, name);
        s->v.classdef.bases = bases;
        s->v.classdef.keywords = keywords;
        s->v.classdef.body = body;
        s->v.classdef.decorator_list = decorators;
    }
    return s;
}

/* ('@' named_expression NEWLINE)+ then a def or class */
static tpy_stmt *decorated(tpy_parser *p)
{
    tpy_seq *decorators = NULL;
    while (tpy_p_accept(p, TPY_TOK_AT)) {
        tpy_expr *d = tpy_parse_named_expression(p);
        if (!d || !append(p, &decorators, d) || !tpy_p_expect(p, TPY_TOK_NEWLINE))
            return NULL;
    }
    tpy_token *t = tpy_p_peek(p, 0);
    if (t->kind == TPY_TOK_KW_DEF)
        return funcdef(p, t, false, decorators);
    if (t->kind == TPY_TOK_KW_CLASS)
        return classdef(p, decorators);
    if (t->kind == TPY_TOK_KW_ASYNC && tpy_p_kind_at(p, 1) == TPY_TOK_KW_DEF) {
        tpy_p_next(p);
        return funcdef(p, t, true, decorators);
    }
    return tpy_p_syntax_error(p);
}

static tpy_stmt *async_stmt(tpy_parser *p)
{
    tpy_token *t = tpy_p_next(p);
    switch (tpy_p_kind(p)) {
    case TPY_TOK_KW_DEF: return funcdef(p, t, true, NULL);
    case TPY_TOK_KW_FOR: return for_stmt(p, t, true);
    case TPY_TOK_KW_WITH: return with_stmt(p, t, true);
    default: return tpy_p_syntax_error(p);
    }
}

/* A compound statement, or NULL with p->failed clear if the current token
 * starts none. */
static tpy_stmt *compound_stmt(tpy_parser *p, bool *is_compound)
{
    *is_compound = true;
    tpy_token *t = tpy_p_peek(p, 0);
    switch (t->kind) {
    case TPY_TOK_KW_IF: return if_stmt(p);
    case TPY_TOK_KW_WHILE: return while_stmt(p);
    case TPY_TOK_KW_FOR: return for_stmt(p, t, false);
    case TPY_TOK_KW_WITH: return with_stmt(p, t, false);
    case TPY_TOK_KW_TRY: return try_stmt(p);
    case TPY_TOK_KW_DEF: return funcdef(p, t, false, NULL);
    case TPY_TOK_KW_CLASS: return classdef(p, NULL);
    case TPY_TOK_AT: return decorated(p);
    case TPY_TOK_KW_ASYNC: return async_stmt(p);
    default:
        break;
    }
    if (at_match_statement(p))
        return tpy_p_error_at(p, tpy_p_tok_pos(p, t), "tierpy does not support the 'match' statement");
    *is_compound = false;
    return NULL;
}

/* statement: compound_stmt | simple_stmts; appends to *out. */
static bool statement(tpy_parser *p, tpy_seq **out)
{
    if (!tpy_p_enter(p))
        return false;
    bool is_compound, ok;
    tpy_stmt *s = compound_stmt(p, &is_compound);
    if (is_compound)
        ok = s && append(p, out, s);
    else if (p->failed)
        ok = false;
    else
        ok = simple_stmts(p, out);
    tpy_p_leave(p);
    return ok;
}

tpy_seq *tpy_parse_statements_until_end(tpy_parser *p)
{
    tpy_seq *body = NULL;
    while (tpy_p_kind(p) != TPY_TOK_ENDMARKER) {
        if (p->failed)
            return NULL;
        if (tpy_p_kind(p) == TPY_TOK_ERROR)
            return NULL;
        if (!statement(p, &body))
            return NULL;
    }
    return p->failed ? NULL : body;
}
