# Pins a sqlglot-flavoured SQL tokenizer and recursive-descent parser: Enum token types, dataclass AST nodes with __repr__, operator precedence, and SQL regeneration.
import re
from dataclasses import dataclass, field
from enum import Enum, auto
from typing import List, Optional


class T(Enum):
    KEYWORD = auto()
    IDENT = auto()
    NUMBER = auto()
    STRING = auto()
    OP = auto()
    COMMA = auto()
    LPAREN = auto()
    RPAREN = auto()
    STAR = auto()
    DOT = auto()
    EOF = auto()


KEYWORDS = {"SELECT", "FROM", "WHERE", "AND", "OR", "NOT", "AS", "JOIN", "ON", "GROUP", "BY",
            "ORDER", "LIMIT", "ASC", "DESC", "IN", "IS", "NULL", "COUNT", "SUM", "LEFT"}
TOKEN_RE = re.compile(r"\s*(?:(\d+(?:\.\d+)?)|('(?:''|[^'])*')|([A-Za-z_][A-Za-z_0-9]*)|(<=|>=|<>|!=|[=<>+\-/%])|(,)|(\()|(\))|(\*)|(\.))")


@dataclass
class Token:
    kind: T
    text: str


def tokenize(sql):
    pos, out = 0, []
    sql = sql.rstrip()
    while pos < len(sql):
        m = TOKEN_RE.match(sql, pos)
        if not m or m.end() == pos:
            raise SyntaxError(f"bad character {sql[pos]!r} at {pos}")
        num, s, word, op, comma, lp, rp, star, dot = m.groups()
        if num:
            out.append(Token(T.NUMBER, num))
        elif s:
            out.append(Token(T.STRING, s[1:-1].replace("''", "'")))
        elif word:
            up = word.upper()
            out.append(Token(T.KEYWORD, up) if up in KEYWORDS else Token(T.IDENT, word))
        elif op:
            out.append(Token(T.OP, "!=" if op == "<>" else op))
        else:
            kind = T.COMMA if comma else T.LPAREN if lp else T.RPAREN if rp else T.STAR if star else T.DOT
            out.append(Token(kind, m.group().strip()))
        pos = m.end()
    out.append(Token(T.EOF, ""))
    return out


@dataclass
class Node:
    def sql(self):
        raise NotImplementedError


@dataclass
class Col(Node):
    name: str
    table: Optional[str] = None

    def sql(self):
        return f"{self.table}.{self.name}" if self.table else self.name


@dataclass
class Lit(Node):
    value: object

    def sql(self):
        return "'" + self.value.replace("'", "''") + "'" if isinstance(self.value, str) else "NULL" if self.value is None else str(self.value)


@dataclass
class Bin(Node):
    op: str
    left: Node
    right: Node

    def sql(self):
        return f"({self.left.sql()} {self.op} {self.right.sql()})"


@dataclass
class Func(Node):
    name: str
    args: List[Node]

    def sql(self):
        return f"{self.name}({', '.join(a.sql() for a in self.args)})"


@dataclass
class Star(Node):
    def sql(self):
        return "*"


@dataclass
class Select(Node):
    columns: List[Node]
    table: str
    where: Optional[Node] = None
    group: List[Node] = field(default_factory=list)
    order: List[tuple] = field(default_factory=list)
    limit: Optional[int] = None

    def sql(self):
        s = f"SELECT {', '.join(c.sql() for c in self.columns)} FROM {self.table}"
        if self.where:
            s += f" WHERE {self.where.sql()}"
        if self.group:
            s += " GROUP BY " + ", ".join(g.sql() for g in self.group)
        if self.order:
            s += " ORDER BY " + ", ".join(f"{e.sql()} {d}" for e, d in self.order)
        if self.limit is not None:
            s += f" LIMIT {self.limit}"
        return s


PRECEDENCE = [("OR",), ("AND",), ("=", "!=", "<", ">", "<=", ">="), ("+", "-"), ("*", "/", "%")]


class Parser:
    def __init__(self, tokens):
        self.toks = tokens
        self.i = 0

    def peek(self):
        return self.toks[self.i]

    def take(self, kind=None, text=None):
        t = self.toks[self.i]
        if (kind and t.kind is not kind) or (text and t.text != text):
            raise SyntaxError(f"expected {text or kind.name}, got {t.text or t.kind.name!r}")
        self.i += 1
        return t

    def accept(self, kind, text=None):
        t = self.peek()
        if t.kind is kind and (text is None or t.text == text):
            self.i += 1
            return t
        return None

    def select(self):
        self.take(T.KEYWORD, "SELECT")
        cols = [self.expr()]
        while self.accept(T.COMMA):
            cols.append(self.expr())
        self.take(T.KEYWORD, "FROM")
        node = Select(cols, self.take(T.IDENT).text)
        if self.accept(T.KEYWORD, "WHERE"):
            node.where = self.expr()
        if self.accept(T.KEYWORD, "GROUP"):
            self.take(T.KEYWORD, "BY")
            node.group.append(self.expr())
            while self.accept(T.COMMA):
                node.group.append(self.expr())
        if self.accept(T.KEYWORD, "ORDER"):
            self.take(T.KEYWORD, "BY")
            while True:
                e = self.expr()
                d = "DESC" if self.accept(T.KEYWORD, "DESC") else (self.accept(T.KEYWORD, "ASC") and "ASC") or "ASC"
                node.order.append((e, d))
                if not self.accept(T.COMMA):
                    break
        if self.accept(T.KEYWORD, "LIMIT"):
            node.limit = int(self.take(T.NUMBER).text)
        self.take(T.EOF)
        return node

    def expr(self, level=0):
        if level == len(PRECEDENCE):
            return self.atom()
        left = self.expr(level + 1)
        while True:
            t = self.peek()
            ops = PRECEDENCE[level]
            if (t.kind in (T.OP, T.KEYWORD) and t.text in ops) or (t.kind is T.STAR and "*" in ops):
                self.i += 1
                left = Bin(t.text, left, self.expr(level + 1))
            else:
                return left

    def atom(self):
        t = self.peek()
        if self.accept(T.NUMBER):
            return Lit(float(t.text) if "." in t.text else int(t.text))
        if self.accept(T.STRING):
            return Lit(t.text)
        if self.accept(T.KEYWORD, "NULL"):
            return Lit(None)
        if self.accept(T.STAR):
            return Star()
        if self.accept(T.LPAREN):
            e = self.expr()
            self.take(T.RPAREN)
            return e
        if t.kind is T.KEYWORD and t.text in ("COUNT", "SUM"):
            self.i += 1
            self.take(T.LPAREN)
            args = [self.expr()]
            self.take(T.RPAREN)
            return Func(t.text, args)
        name = self.take(T.IDENT).text
        if self.accept(T.DOT):
            return Col(self.take(T.IDENT).text, name)
        return Col(name)


queries = [
    "select a, b.c, count(*) from t where a > 1 and (b.c = 'it''s' or d <> 2.5) group by a order by a desc, b.c limit 10",
    "SELECT x * 2 + y % 3 - 1 FROM nums WHERE NOT_A = NULL",
    "select sum(price * qty) from orders where qty >= 3 or price < 1 and region = 'eu'",
]
for q in queries:
    toks = tokenize(q)
    print(len(toks), [t.kind.name for t in toks[:6]])
    tree = Parser(toks).select()
    print(tree.sql())
    print(Parser(tokenize(tree.sql())).select() == tree)
print(repr(Parser(tokenize("select a from t where b = 1")).select()))
for bad in ("select from t", "select a from t where", "select a from t limit x", "select a # b from t"):
    try:
        Parser(tokenize(bad)).select()
    except SyntaxError as e:
        print("SyntaxError", e)
