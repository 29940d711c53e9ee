# Pins csv: reading quoted, escaped, multi-line and malformed input (strict or not), skipinitialspace, QUOTE_NONNUMERIC, writing with every quoting mode and escapechar, dialects, DictReader/DictWriter, and the error messages.
import csv
import io

text = 'name,qty,note\r\n"Smith, J",3,"said ""hi"""\r\nplain,4,\r\n\r\n"multi\nline",5,x\r\n'
r = csv.reader(io.StringIO(text, newline=""))
for row in r:
    print(r.line_num, row)
print(list(csv.reader(["a, b,  c", ' "q", d'], skipinitialspace=True)))
print(list(csv.reader(["1,2.5,\"x\"", "3,,\"\""], quoting=csv.QUOTE_NONNUMERIC)) if False else list(csv.reader(['1,2.5,"x"'], quoting=csv.QUOTE_NONNUMERIC)))
print(list(csv.reader(['a\\,b,c\\"d', '"e\\"f",g'], escapechar="\\")), list(csv.reader(['a;b;"c;d"'], delimiter=";")))
print(list(csv.reader(['"ab"cd,e', 'x"y",z'])), list(csv.reader(['"unterminated'])), list(csv.reader(["a,b", "", "c"])))
print(list(csv.reader(['x|y|"z|w"'], dialect="excel", delimiter="|")), list(csv.reader(["a\tb"], dialect="excel-tab")))
for bad, kw in ((['"ab"cd'], {"strict": True}), (['"open'], {"strict": True}), (["a\rb"], {}), ([b"bytes"], {}), (["a\0b"], {})):
    try:
        print(list(csv.reader(bad, **kw)))
    except csv.Error as e:
        print("csv.Error", e)
rows = [["id", "text", "price"], [1, "plain", 2.5], [2, 'has "quote"', None], [3, "comma, here", 1e20], [4, "new\nline", -0.0], [5, "", True]]
for quoting in (csv.QUOTE_MINIMAL, csv.QUOTE_ALL, csv.QUOTE_NONNUMERIC):
    out = io.StringIO()
    w = csv.writer(out, quoting=quoting)
    n = w.writerow(rows[0])
    w.writerows(rows[1:])
    print(quoting, n, repr(out.getvalue()))
out = io.StringIO()
w = csv.writer(out, quoting=csv.QUOTE_NONE, escapechar="\\", lineterminator="\n")
w.writerow(["a,b", 'c"d', "e\\f"])
w = csv.writer(out, doublequote=False, escapechar="\\", lineterminator="\n")
w.writerow(['say "x"', "ok"])
w.writerow([""])
w.writerow([])
print(repr(out.getvalue()))
for call in (lambda: csv.writer(io.StringIO(), quoting=csv.QUOTE_NONE).writerow(["a,b"]),
             lambda: csv.writer(io.StringIO(), quoting=csv.QUOTE_NONE).writerow([""]),
             lambda: csv.writer(io.StringIO()).writerow(5),
             lambda: csv.reader([], delimiter=""),
             lambda: csv.reader([], quotechar=None),
             lambda: csv.reader([], quoting=9),
             lambda: csv.reader([], bogus=1),
             lambda: csv.get_dialect("nope"),
             lambda: csv.writer(5)):
    try:
        call()
        print("no error")
    except (csv.Error, TypeError) as e:
        print(type(e).__name__, e)
csv.register_dialect("pipes", delimiter="|", quoting=csv.QUOTE_ALL, lineterminator="\n")
out = io.StringIO()
csv.writer(out, "pipes").writerow(["a", 1])
print(repr(out.getvalue()), "pipes" in csv.list_dialects(), csv.get_dialect("pipes").delimiter)
csv.unregister_dialect("pipes")
print("pipes" in csv.list_dialects(), csv.field_size_limit(), csv.field_size_limit(10), csv.field_size_limit())
try:
    list(csv.reader(["x" * 11]))
except csv.Error as e:
    print("csv.Error", e)
csv.field_size_limit(131072)
data = "a,b,c\n1,2\n3,4,5,6\n\n7,8,9\n"
dr = csv.DictReader(io.StringIO(data), restkey="extra", restval="?")
print(dr.fieldnames, [dict(row) for row in dr], dr.line_num)
print(list(csv.DictReader(["x,y"], fieldnames=["A", "B"])))
out = io.StringIO()
dw = csv.DictWriter(out, fieldnames=["a", "b"], restval="-", lineterminator="\n")
dw.writeheader()
dw.writerow({"a": 1})
dw.writerows([{"b": 2, "a": 3}])
print(repr(out.getvalue()))
try:
    dw.writerow({"a": 1, "zz": 2})
except ValueError as e:
    print("ValueError", e)
csv.DictWriter(out, ["a"], extrasaction="ignore").writerow({"a": 1, "zz": 2})
try:
    csv.DictWriter(out, ["a"], extrasaction="bad")
except ValueError as e:
    print("ValueError", e)


class Semi(csv.Dialect):
    delimiter = ";"
    quotechar = "'"
    doublequote = True
    skipinitialspace = False
    lineterminator = "\n"
    quoting = csv.QUOTE_MINIMAL


out = io.StringIO()
csv.writer(out, Semi).writerow(["a;b", "it's"])
print(repr(out.getvalue()), list(csv.reader(out.getvalue().splitlines(), Semi)))
