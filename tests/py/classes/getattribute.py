# __getattribute__ intercepts every lookup; object.__getattribute__ delegates
class Log:
    def __init__(self): self.x = 1
    def __getattribute__(self, name):
        if name == "secret":
            return "intercepted"
        return object.__getattribute__(self, name)
l = Log()
print(l.x, l.secret)
try:
    l.nope
except AttributeError as e:
    print("AttributeError:", e)
