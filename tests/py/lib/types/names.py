# Pins the types module's names for builtin types.
import types
def f(): yield 1
class C:
    def m(self): pass
print(isinstance(f, types.FunctionType), isinstance(lambda: 0, types.LambdaType), isinstance(len, types.BuiltinFunctionType))
print(isinstance(f(), types.GeneratorType), isinstance(C().m, types.MethodType), isinstance(types, types.ModuleType))
print(types.NoneType, types.FunctionType.__name__, isinstance(f.__code__, types.CodeType))
X = types.new_class('X', (C,)); print(X.__name__, X.__bases__)
