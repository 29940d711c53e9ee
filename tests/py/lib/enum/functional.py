# Pins the functional API: Enum('Name', names) with a string, list, pairs and a dict.
from enum import Enum
A = Enum('A', 'ONE TWO THREE')
B = Enum('B', ['X', 'Y'])
C = Enum('C', [('P', 5), ('Q', 7)])
D = Enum('D', {'K': 'k'})
print(list(A), A.TWO.value, A(3), list(B), C.Q.value, C(5), D.K, repr(D))
