/* ast_dump.c: the text of CPython 3.11's ast.dump(tree) with default
 * arguments: every field as name=value in ASDL order, optional fields
 * left out when absent, lists always shown, no positions. It is the
 * oracle the parser is tested against. */
#include "ast_dump.h"

#include <string.h>

#include <tierpy/mem.h>

#include "ast_repr.h"

/* One node being written: its fields are separated by ", ". */
typedef struct node {
    tpy_text *out;
    bool first;
} node;

static node open_node(tpy_text *out, const char *name)
{
    tpy_text_puts(out, name);
    tpy_text_puts(out, "(");
    return (node){out, true};
}

static void close_node(node *n)
{
    tpy_text_puts(n->out, ")");
}

static void key(node *n, const char *name)
{
    if (!n->first)
        tpy_text_puts(n->out, ", ");
    n->first = false;
    tpy_text_puts(n->out, name);
    tpy_text_puts(n->out, "=");
}

static void dump_expr(tpy_text *out, const tpy_expr *e);
static void dump_stmt(tpy_text *out, const tpy_stmt *s);

typedef void (*dump_fn)(tpy_text *out, const void *item);

/* [a, b, c]; a NULL item (a missing kw default or dict key) is None */
static void list(node *n, const char *name, const tpy_seq *seq, dump_fn fn)
{
    key(n, name);
    tpy_text_puts(n->out, "[");
    for (int i = 0; i < TPY_SEQ_LEN(seq); i++) {
        if (i)
            tpy_text_puts(n->out, ", ");
        const void *item = TPY_SEQ_GET(seq, i);
        if (item)
            fn(n->out, item);
        else
            tpy_text_puts(n->out, "None");
    }
    tpy_text_puts(n->out, "]");
}

static void expr_item(tpy_text *out, const void *e) { dump_expr(out, e); }
static void stmt_item(tpy_text *out, const void *s) { dump_stmt(out, s); }
static void str_item(tpy_text *out, const void *s) { tpy_repr_str(out, s, strlen(s)); }

static void field_expr(node *n, const char *name, const tpy_expr *e)
{
    key(n, name);
    dump_expr(n->out, e);
}

static void opt_expr(node *n, const char *name, const tpy_expr *e)
{
    if (e)
        field_expr(n, name, e);
}

static void field_str(node *n, const char *name, const char *s)
{
    key(n, name);
    tpy_repr_str(n->out, s, strlen(s));
}

static void opt_str(node *n, const char *name, const char *s)
{
    if (s)
        field_str(n, name, s);
}

static void field_int(node *n, const char *name, int v)
{
    key(n, name);
    tpy_text_printf(n->out, "%d", v);
}

/* A field holding a singleton such as Load() or Add(). */
static void field_tag(node *n, const char *name, const char *tag)
{
    key(n, name);
    tpy_text_puts(n->out, tag);
    tpy_text_puts(n->out, "()");
}

static void exprs(node *n, const char *name, const tpy_seq *seq)
{
    list(n, name, seq, expr_item);
}

static void stmts(node *n, const char *name, const tpy_seq *seq)
{
    list(n, name, seq, stmt_item);
}

/* ---- the small structures -------------------------------------------- */

static void dump_arg(tpy_text *out, const void *item)
{
    const tpy_arg *a = item;
    node n = open_node(out, "arg");
    field_str(&n, "arg", a->arg);
    opt_expr(&n, "annotation", a->annotation);
    close_node(&n);
}

static void opt_arg(node *n, const char *name, const tpy_arg *a)
{
    if (a) {
        key(n, name);
        dump_arg(n->out, a);
    }
}

static void dump_arguments(tpy_text *out, const tpy_arguments *a)
{
    node n = open_node(out, "arguments");
    list(&n, "posonlyargs", a->posonlyargs, dump_arg);
    list(&n, "args", a->args, dump_arg);
    opt_arg(&n, "vararg", a->vararg);
    list(&n, "kwonlyargs", a->kwonlyargs, dump_arg);
    exprs(&n, "kw_defaults", a->kw_defaults);
    opt_arg(&n, "kwarg", a->kwarg);
    exprs(&n, "defaults", a->defaults);
    close_node(&n);
}

static void dump_keyword(tpy_text *out, const void *item)
{
    const tpy_keyword *k = item;
    node n = open_node(out, "keyword");
    opt_str(&n, "arg", k->arg);
    field_expr(&n, "value", k->value);
    close_node(&n);
}

static void dump_alias(tpy_text *out, const void *item)
{
    const tpy_alias *a = item;
    node n = open_node(out, "alias");
    field_str(&n, "name", a->name);
    opt_str(&n, "asname", a->asname);
    close_node(&n);
}

static void dump_withitem(tpy_text *out, const void *item)
{
    const tpy_withitem *w = item;
    node n = open_node(out, "withitem");
    field_expr(&n, "context_expr", w->context_expr);
    opt_expr(&n, "optional_vars", w->optional_vars);
    close_node(&n);
}

static void dump_comprehension(tpy_text *out, const void *item)
{
    const tpy_comprehension *c = item;
    node n = open_node(out, "comprehension");
    field_expr(&n, "target", c->target);
    field_expr(&n, "iter", c->iter);
    exprs(&n, "ifs", c->ifs);
    field_int(&n, "is_async", c->is_async);
    close_node(&n);
}

static void dump_handler(tpy_text *out, const void *item)
{
    const tpy_excepthandler *h = item;
    node n = open_node(out, "ExceptHandler");
    opt_expr(&n, "type", h->type);
    opt_str(&n, "name", h->name);
    stmts(&n, "body", h->body);
    close_node(&n);
}

/* ---- expressions ----------------------------------------------------- */

static void dump_compare(node *n, const tpy_expr *e)
{
    field_expr(n, "left", e->v.compare.left);
    key(n, "ops");
    tpy_text_puts(n->out, "[");
    for (int i = 0; i < TPY_SEQ_LEN(e->v.compare.comparators); i++) {
        if (i)
            tpy_text_puts(n->out, ", ");
        tpy_text_puts(n->out, tpy_ast_cmpop_name(e->v.compare.ops[i]));
        tpy_text_puts(n->out, "()");
    }
    tpy_text_puts(n->out, "]");
    exprs(n, "comparators", e->v.compare.comparators);
}

static void dump_comp(node *n, const tpy_expr *e)
{
    if (e->kind == TPY_EXPR_DICTCOMP) {
        field_expr(n, "key", e->v.comp.elt);
        field_expr(n, "value", e->v.comp.value);
    } else {
        field_expr(n, "elt", e->v.comp.elt);
    }
    list(n, "generators", e->v.comp.generators, dump_comprehension);
}

static void dump_constant(node *n, const tpy_expr *e)
{
    key(n, "value");
    tpy_repr_const(n->out, &e->v.constant.value);
    opt_str(n, "kind", e->v.constant.kind);
}

static void dump_expr_fields(node *n, const tpy_expr *e)
{
    switch (e->kind) {
    case TPY_EXPR_BOOLOP:
        field_tag(n, "op", e->v.boolop.op == TPY_AND ? "And" : "Or");
        exprs(n, "values", e->v.boolop.values);
        break;
    case TPY_EXPR_NAMEDEXPR:
        field_expr(n, "target", e->v.namedexpr.target);
        field_expr(n, "value", e->v.namedexpr.value);
        break;
    case TPY_EXPR_BINOP:
        field_expr(n, "left", e->v.binop.left);
        field_tag(n, "op", tpy_ast_operator_name(e->v.binop.op));
        field_expr(n, "right", e->v.binop.right);
        break;
    case TPY_EXPR_UNARYOP:
        field_tag(n, "op", tpy_ast_unaryop_name(e->v.unaryop.op));
        field_expr(n, "operand", e->v.unaryop.operand);
        break;
    case TPY_EXPR_LAMBDA:
        key(n, "args");
        dump_arguments(n->out, e->v.lambda.args);
        field_expr(n, "body", e->v.lambda.body);
        break;
    case TPY_EXPR_IFEXP:
        field_expr(n, "test", e->v.ifexp.test);
        field_expr(n, "body", e->v.ifexp.body);
        field_expr(n, "orelse", e->v.ifexp.orelse);
        break;
    case TPY_EXPR_DICT:
        exprs(n, "keys", e->v.dict.keys);
        exprs(n, "values", e->v.dict.values);
        break;
    case TPY_EXPR_SET:
        exprs(n, "elts", e->v.set.elts);
        break;
    case TPY_EXPR_LISTCOMP: case TPY_EXPR_SETCOMP: case TPY_EXPR_DICTCOMP:
    case TPY_EXPR_GENERATOREXP:
        dump_comp(n, e);
        break;
    case TPY_EXPR_AWAIT: case TPY_EXPR_YIELDFROM:
        field_expr(n, "value", e->v.await.value);
        break;
    case TPY_EXPR_YIELD:
        opt_expr(n, "value", e->v.yield.value);
        break;
    case TPY_EXPR_COMPARE:
        dump_compare(n, e);
        break;
    case TPY_EXPR_CALL:
        field_expr(n, "func", e->v.call.func);
        exprs(n, "args", e->v.call.args);
        list(n, "keywords", e->v.call.keywords, dump_keyword);
        break;
    case TPY_EXPR_FORMATTEDVALUE:
        field_expr(n, "value", e->v.formattedvalue.value);
        field_int(n, "conversion", e->v.formattedvalue.conversion);
        opt_expr(n, "format_spec", e->v.formattedvalue.format_spec);
        break;
    case TPY_EXPR_JOINEDSTR:
        exprs(n, "values", e->v.joinedstr.values);
        break;
    case TPY_EXPR_CONSTANT:
        dump_constant(n, e);
        break;
    case TPY_EXPR_ATTRIBUTE:
        field_expr(n, "value", e->v.attribute.value);
        field_str(n, "attr", e->v.attribute.attr);
        field_tag(n, "ctx", tpy_ast_ctx_name(e->v.attribute.ctx));
        break;
    case TPY_EXPR_SUBSCRIPT:
        field_expr(n, "value", e->v.subscript.value);
        field_expr(n, "slice", e->v.subscript.slice);
        field_tag(n, "ctx", tpy_ast_ctx_name(e->v.subscript.ctx));
        break;
    case TPY_EXPR_STARRED:
        field_expr(n, "value", e->v.starred.value);
        field_tag(n, "ctx", tpy_ast_ctx_name(e->v.starred.ctx));
        break;
    case TPY_EXPR_NAME:
        field_str(n, "id", e->v.name.id);
        field_tag(n, "ctx", tpy_ast_ctx_name(e->v.name.ctx));
        break;
    case TPY_EXPR_LIST: case TPY_EXPR_TUPLE:
        exprs(n, "elts", e->v.list.elts);
        field_tag(n, "ctx", tpy_ast_ctx_name(e->v.list.ctx));
        break;
    case TPY_EXPR_SLICE:
        opt_expr(n, "lower", e->v.slice.lower);
        opt_expr(n, "upper", e->v.slice.upper);
        opt_expr(n, "step", e->v.slice.step);
        break;
    }
}

static void dump_expr(tpy_text *out, const tpy_expr *e)
{
    node n = open_node(out, tpy_ast_expr_name(e->kind));
    dump_expr_fields(&n, e);
    close_node(&n);
}

/* ---- statements ------------------------------------------------------ */

static void dump_funcdef(node *n, const tpy_stmt *s)
{
    field_str(n, "name", s->v.funcdef.name);
    key(n, "args");
    dump_arguments(n->out, s->v.funcdef.args);
    stmts(n, "body", s->v.funcdef.body);
    exprs(n, "decorator_list", s->v.funcdef.decorator_list);
    opt_expr(n, "returns", s->v.funcdef.returns);
}

static void dump_classdef(node *n, const tpy_stmt *s)
{
    field_str(n, "name", s->v.classdef.name);
    exprs(n, "bases", s->v.classdef.bases);
    list(n, "keywords", s->v.classdef.keywords, dump_keyword);
    stmts(n, "body", s->v.classdef.body);
    exprs(n, "decorator_list", s->v.classdef.decorator_list);
}

static void dump_try(node *n, const tpy_stmt *s)
{
    stmts(n, "body", s->v.try.body);
    list(n, "handlers", s->v.try.handlers, dump_handler);
    stmts(n, "orelse", s->v.try.orelse);
    stmts(n, "finalbody", s->v.try.finalbody);
}

static void dump_stmt_fields(node *n, const tpy_stmt *s)
{
    switch (s->kind) {
    case TPY_STMT_FUNCTIONDEF: case TPY_STMT_ASYNCFUNCTIONDEF:
        dump_funcdef(n, s);
        break;
    case TPY_STMT_CLASSDEF:
        dump_classdef(n, s);
        break;
    case TPY_STMT_RETURN:
        opt_expr(n, "value", s->v.ret.value);
        break;
    case TPY_STMT_DELETE:
        exprs(n, "targets", s->v.del.targets);
        break;
    case TPY_STMT_ASSIGN:
        exprs(n, "targets", s->v.assign.targets);
        field_expr(n, "value", s->v.assign.value);
        break;
    case TPY_STMT_AUGASSIGN:
        field_expr(n, "target", s->v.augassign.target);
        field_tag(n, "op", tpy_ast_operator_name(s->v.augassign.op));
        field_expr(n, "value", s->v.augassign.value);
        break;
    case TPY_STMT_ANNASSIGN:
        field_expr(n, "target", s->v.annassign.target);
        field_expr(n, "annotation", s->v.annassign.annotation);
        opt_expr(n, "value", s->v.annassign.value);
        field_int(n, "simple", s->v.annassign.simple);
        break;
    case TPY_STMT_FOR: case TPY_STMT_ASYNCFOR:
        field_expr(n, "target", s->v.forloop.target);
        field_expr(n, "iter", s->v.forloop.iter);
        stmts(n, "body", s->v.forloop.body);
        stmts(n, "orelse", s->v.forloop.orelse);
        break;
    case TPY_STMT_WHILE: case TPY_STMT_IF:
        field_expr(n, "test", s->v.cond.test);
        stmts(n, "body", s->v.cond.body);
        stmts(n, "orelse", s->v.cond.orelse);
        break;
    case TPY_STMT_WITH: case TPY_STMT_ASYNCWITH:
        list(n, "items", s->v.with.items, dump_withitem);
        stmts(n, "body", s->v.with.body);
        break;
    case TPY_STMT_RAISE:
        opt_expr(n, "exc", s->v.raise.exc);
        opt_expr(n, "cause", s->v.raise.cause);
        break;
    case TPY_STMT_TRY:
        dump_try(n, s);
        break;
    case TPY_STMT_ASSERT:
        field_expr(n, "test", s->v.assert.test);
        opt_expr(n, "msg", s->v.assert.msg);
        break;
    case TPY_STMT_IMPORT:
        list(n, "names", s->v.import.names, dump_alias);
        break;
    case TPY_STMT_IMPORTFROM:
        opt_str(n, "module", s->v.importfrom.module);
        list(n, "names", s->v.importfrom.names, dump_alias);
        field_int(n, "level", s->v.importfrom.level);
        break;
    case TPY_STMT_GLOBAL: case TPY_STMT_NONLOCAL:
        list(n, "names", s->v.global.names, str_item);
        break;
    case TPY_STMT_EXPR:
        field_expr(n, "value", s->v.expr.value);
        break;
    case TPY_STMT_PASS: case TPY_STMT_BREAK: case TPY_STMT_CONTINUE:
        break;
    }
}

static void dump_stmt(tpy_text *out, const tpy_stmt *s)
{
    node n = open_node(out, tpy_ast_stmt_name(s->kind));
    dump_stmt_fields(&n, s);
    close_node(&n);
}

char *tpy_ast_dump(const tpy_mod *mod)
{
    tpy_text out = {0};
    if (mod->kind == TPY_MOD_EXPRESSION) {
        node n = open_node(&out, "Expression");
        field_expr(&n, "body", mod->expr);
        close_node(&n);
    } else {
        node n = open_node(&out, "Module");
        stmts(&n, "body", mod->body);
        key(&n, "type_ignores");
        tpy_text_puts(&out, "[]");
        close_node(&n);
    }
    if (out.failed) {
        tpy_mem_free(out.data);
        return NULL;
    }
    return out.data;
}

char *tpy_ast_dump_expr(const tpy_expr *e)
{
    tpy_text out = {0};
    dump_expr(&out, e);
    if (out.failed) {
        tpy_mem_free(out.data);
        return NULL;
    }
    return out.data;
}
