# Pins Template.substitute, safe_substitute, $$ escapes and errors.
from string import Template
t = Template('$who likes ${what}; costs $$5')
print(t.substitute(who='tim', what='kung pao'), t.substitute({'who': 1}, what=2))
print(t.safe_substitute(who='x'), Template('$a$b').safe_substitute(b=1))
try:
    t.substitute(who='x')
except KeyError as e:
    print('KeyError', e)
for bad in ['$ x', 'ok\n  ${oops', 'a $1']:
    try:
        Template(bad).substitute()
    except ValueError as e:
        print('ValueError', e)
print(Template('$a ${b} $a').get_identifiers(), Template('$').is_valid(), t.template)
