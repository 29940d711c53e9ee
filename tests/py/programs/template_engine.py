# Pins a tiny template engine: tokenising with str.find/partition/split, dotted lookups through dicts/attributes, loops and conditionals, filters, and html escaping.


class TemplateError(Exception):
    pass


FILTERS = {
    "upper": str.upper,
    "title": str.title,
    "len": len,
    "strip": str.strip,
    "escape": lambda s: str(s).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;"),
    "join": lambda seq: ", ".join(map(str, seq)),
    "money": lambda v: f"${v:,.2f}",
}


def tokenize(src):
    out = []
    pos = 0
    while True:
        start = src.find("{", pos)
        if start < 0 or start + 1 >= len(src):
            out.append(("text", src[pos:]))
            return out
        kind = src[start + 1]
        if kind not in "{%":
            out.append(("text", src[pos:start + 1]))
            pos = start + 1
            continue
        close = "}}" if kind == "{" else "%}"
        end = src.find(close, start + 2)
        if end < 0:
            raise TemplateError(f"unclosed tag at {start}")
        out.append(("text", src[pos:start]))
        out.append(("var" if kind == "{" else "tag", src[start + 2:end].strip()))
        pos = end + 2


def lookup(ctx, dotted):
    value = ctx
    for part in dotted.split("."):
        if isinstance(value, dict):
            if part not in value:
                raise TemplateError(f"undefined: {dotted}")
            value = value[part]
        elif part.isdigit():
            value = value[int(part)]
        else:
            value = getattr(value, part)
        if callable(value) and not isinstance(value, type):
            value = value()
    return value


def evaluate(ctx, expr):
    name, *filters = [p.strip() for p in expr.split("|")]
    if name.startswith('"') and name.endswith('"'):
        value = name[1:-1]
    else:
        value = lookup(ctx, name)
    for f in filters:
        value = FILTERS[f](value)
    return value


def parse(tokens, i=0, stop=()):
    nodes = []
    while i < len(tokens):
        kind, val = tokens[i]
        if kind == "tag":
            word, _, rest = val.partition(" ")
            if word in stop:
                return nodes, i, word
            if word == "for":
                var, _, seq = rest.partition(" in ")
                body, i, _ = parse(tokens, i + 1, ("endfor",))
                nodes.append(("for", var.strip(), seq.strip(), body))
            elif word == "if":
                body, i, w = parse(tokens, i + 1, ("else", "endif"))
                other = []
                if w == "else":
                    other, i, _ = parse(tokens, i + 1, ("endif",))
                nodes.append(("if", rest.strip(), body, other))
            else:
                raise TemplateError(f"unknown tag {word!r}")
        else:
            nodes.append((kind, val))
        i += 1
    if stop:
        raise TemplateError(f"missing {stop[-1]}")
    return nodes, i, None


def render(nodes, ctx):
    parts = []
    for node in nodes:
        if node[0] == "text":
            parts.append(node[1])
        elif node[0] == "var":
            parts.append(str(evaluate(ctx, node[1])))
        elif node[0] == "for":
            _, var, seq, body = node
            items = evaluate(ctx, seq)
            for idx, item in enumerate(items):
                parts.append(render(body, {**ctx, var: item, "loop": {"index": idx + 1, "last": idx == len(items) - 1}}))
        else:
            _, cond, body, other = node
            neg = cond.startswith("not ")
            val = bool(evaluate(ctx, cond[4:] if neg else cond))
            parts.append(render(body if val != neg else other, ctx))
    return "".join(parts)


class Item:
    def __init__(self, name, price, tags):
        self.name, self.price, self.tags = name, price, tags

    def label(self):
        return f"<{self.name}>"


TEMPLATE = """<h1>{{ title | title }}</h1>
{% for it in items %}{{ loop.index }}. {{ it.label | escape }} {{ it.price | money }}{% if it.tags %} [{{ it.tags | join }}]{% else %} (untagged){% endif %}{% if not loop.last %};{% endif %}
{% endfor %}total={{ total | money }} users={{ meta.users.1 | upper }} n={{ items | len }} {literal} {{ "q&a" | escape }}"""
items = [Item("tea & cake", 3.5, ["hot"]), Item("bread", 1234.567, []), Item('"x"', 0, ["a", "b"])]
ctx = {"title": "shop report", "items": items, "total": sum(i.price for i in items), "meta": {"users": ["ann", "bob"]}}
toks = tokenize(TEMPLATE)
print(len(toks), sum(1 for k, _ in toks if k == "tag"))
tree, _, _ = parse(toks)
out = render(tree, ctx)
print(out)
big = render(parse(tokenize("{% for i in rows %}{{ i }},{% endfor %}"))[0], {"rows": list(range(300))})
print(len(big), big[:30], big.count(","))
for bad in ("{{ nope }}", "{% for x in y %}", "{% bogus %}", "{{ open"):
    try:
        render(parse(tokenize(bad))[0], {})
    except TemplateError as e:
        print("TemplateError:", e)
