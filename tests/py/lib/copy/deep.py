# Pins copy.deepcopy of nested containers, shared references and cycles.
import copy
inner = [1]
l = [inner, inner, {'k': (inner, 2)}]
d = copy.deepcopy(l)
print(d, d[0] is d[1], d[0] is inner, d[2]['k'][0] is d[0])
cyc = [1]; cyc.append(cyc)
c = copy.deepcopy(cyc); print(c[1] is c, c is cyc)
t = (1, 'a', (2,)); print(copy.deepcopy(t) is t)
t2 = (1, [2]); c2 = copy.deepcopy(t2); print(c2, c2 is t2, c2[1] is t2[1])
memo = {}; x = copy.deepcopy([inner], memo); print(x[0] is memo[id(inner)])
