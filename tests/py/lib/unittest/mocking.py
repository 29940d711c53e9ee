# Pins unittest.mock: call recording (call_args, call_args_list, method_calls, mock_calls), assert_* methods and their messages, return_value/side_effect, configure_mock, MagicMock magic defaults and configuration, call/ANY/sentinel, spec, patch/patch.object/patch.dict/patch.multiple as context managers, decorators and start/stop, PropertyMock, mock_open.
from unittest import mock
from unittest.mock import Mock, MagicMock, patch, call, ANY, sentinel, PropertyMock
import os

m = Mock()
m(1, 2, key="v")
m.method("a")
m.method.sub(3)
print(m.called, m.call_count, m.call_args, m.call_args_list, m.method.call_args)
print(m.method_calls, m.mock_calls)
print(m.call_args.args, m.call_args.kwargs, call(1, 2, key="v") == m.call_args, m.call_args == call(1, ANY, key=ANY))
m.assert_called_with(1, 2, key="v")
m.assert_called_once()
m.method.assert_called_once_with("a")
m.assert_any_call(1, 2, key="v")
m.method.sub.assert_has_calls([call(3)])
for check in (lambda: m.assert_called_with(5), lambda: m.method.assert_called_once_with("b"), lambda: m.other.assert_called(),
              lambda: m.assert_not_called(), lambda: m.assert_any_call(9), lambda: Mock(name="nm").assert_called_with(1),
              lambda: m.assert_has_calls([call(2)])):
    try:
        check()
    except AssertionError as e:
        print("AssertionError:", str(e).replace("\n", " | "))
r = Mock(return_value=42)
print(r(), r(1), r.return_value)
s = Mock(side_effect=[1, 2, ValueError("third")])
print(s(), s())
try:
    s()
except ValueError as e:
    print("ValueError", e)
f = Mock(side_effect=lambda x: x * 2)
print(f(21))
e = Mock(side_effect=KeyError("k"))
try:
    e()
except KeyError as err:
    print("KeyError", err)
cfg = Mock(**{"a.b.return_value": 7, "c": 3})
print(cfg.a.b(), cfg.c)
mm = MagicMock()
print(len(mm), list(mm), 5 in mm, int(mm), float(mm), bool(mm), mm == mm, mm != mm, mm.__exit__(None, None, None))
mm.__len__.return_value = 3
mm.__getitem__.side_effect = lambda k: k * 2
print(len(mm), mm[4], mm.__getitem__.call_args)
mm.__str__ = lambda self: "custom str"
print(str(mm))
with MagicMock() as ctx:
    ctx.do(1)
print(isinstance(ctx, MagicMock))
m.reset_mock()
print(m.called, m.call_count, m.mock_calls)
print(sentinel.token, sentinel.token is sentinel.token, repr(call.foo(1).bar(x=2)), call(1) == call(1), call(1) != call(2))
spec = Mock(spec=["known"])
spec.known()
try:
    spec.unknown
except AttributeError as e:
    print("AttributeError", e)


def get_cwd():
    return os.getcwd()


with patch("os.getcwd", return_value="/patched") as pg:
    print(get_cwd(), pg.call_count)
print(get_cwd() != "/patched")


@patch("os.getpid")
def uses_pid(mock_pid):
    mock_pid.return_value = 4242
    return os.getpid(), mock_pid.called


print(uses_pid(), os.getpid() != 4242)


class Thing:
    value = 1

    def method(self):
        return "real"


with patch.object(Thing, "method", return_value="fake"):
    print(Thing().method())
print(Thing().method())
with patch.object(Thing, "value", 99):
    print(Thing.value)
print(Thing.value)
env = {"A": "1"}
with patch.dict(env, {"B": "2"}):
    print(sorted(env.items()))
print(sorted(env.items()))
with patch.dict(env, {"C": "3"}, clear=True):
    print(env)
print(env)
p = patch.object(Thing, "value", 5)
p.start()
print(Thing.value)
p.stop()
print(Thing.value)
with patch.multiple(Thing, value=7, method=mock.DEFAULT) as vals:
    print(Thing.value, sorted(vals))
try:
    with patch.object(Thing, "missing", 1):
        pass
except AttributeError as e:
    print("AttributeError", str(e).split(" does not")[1])


class WithProp:
    @property
    def size(self):
        return 1


with patch.object(WithProp, "size", new_callable=PropertyMock) as pm:
    pm.return_value = 10
    print(WithProp().size, pm.call_count)
opener = mock.mock_open(read_data="line1\nline2\n")
with patch("builtins.open", opener):
    with open("any") as fh:
        print(fh.read())
print(opener.call_args)
