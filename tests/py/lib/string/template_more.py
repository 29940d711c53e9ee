# Pins Template with attributes in the mapping, repeated names and unicode text.
from string import Template
t = Template('Héllo $name, ${name}! Your total is $$${amount}.')
print(t.substitute(name='Zoë', amount='4.50'))
print(t.safe_substitute({'amount': 3}))
print(Template('$a_b1 $_x').substitute(a_b1='ok', _x='y'), Template('trailing $').safe_substitute())
class Sub(Template):
    delimiter = '%'
print(Sub('%who says %%hi').substitute(who='bob'))
