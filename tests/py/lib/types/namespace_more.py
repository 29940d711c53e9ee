# Pins SimpleNamespace nesting, recursive repr and use as a record.
from types import SimpleNamespace as NS
cfg = NS(db=NS(host='h', port=5432), debug=True)
print(cfg, cfg.db.port)
cfg.db.port += 1; print(cfg.db)
r = NS(); r.self = r; print(r)
print(NS(a=1) != NS(a=2), NS(b=2, a=1) == NS(a=1, b=2))
