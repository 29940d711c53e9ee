import sys
a = 1
_b = 2
__c__ = 3
def f():
    return "f"
class K:
    pass
