from .. import util as u
print("rel.sub sees", u.__name__)
