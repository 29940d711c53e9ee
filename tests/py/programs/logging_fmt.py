# Pins logging-style code without the logging module: a Logger/Handler/Formatter hierarchy, %-formatting with dicts and tuples, str.format specs, and io.StringIO capture.
import io

DEBUG, INFO, WARNING, ERROR = 10, 20, 30, 40
NAMES = {DEBUG: 'DEBUG', INFO: 'INFO', WARNING: 'WARNING', ERROR: 'ERROR'}


class Record:
    def __init__(self, name, level, msg, args, seq):
        self.name = name
        self.levelno = level
        self.levelname = NAMES[level]
        self.msg = msg
        if len(args) == 1 and isinstance(args[0], dict):
            args = args[0]
        self.args = args
        self.seq = seq

    def get_message(self):
        msg = str(self.msg)
        if self.args:
            msg = msg % self.args
        return msg


class Formatter:
    def __init__(self, fmt='%(levelname)s:%(name)s:%(message)s', style='%'):
        self.fmt = fmt
        self.style = style

    def format(self, record):
        record.message = record.get_message()
        if self.style == '{':
            return self.fmt.format(**vars(record))
        return self.fmt % vars(record)


class Handler:
    def __init__(self, stream, level=DEBUG, formatter=None):
        self.stream = stream
        self.level = level
        self.formatter = formatter or Formatter()

    def handle(self, record):
        if record.levelno >= self.level:
            self.stream.write(self.formatter.format(record) + '\n')


class Logger:
    seq = 0

    def __init__(self, name, level=WARNING):
        self.name = name
        self.level = level
        self.handlers = []

    def log(self, level, msg, *args):
        if level < self.level:
            return
        Logger.seq += 1
        rec = Record(self.name, level, msg, args, Logger.seq)
        for h in self.handlers:
            h.handle(rec)

    def debug(self, msg, *args):
        self.log(DEBUG, msg, *args)

    def warning(self, msg, *args):
        self.log(WARNING, msg, *args)

    def error(self, msg, *args):
        self.log(ERROR, msg, *args)


stream = io.StringIO()
log = Logger('bench')
log.handlers.append(Handler(stream))
log.handlers.append(Handler(stream, ERROR, Formatter('{seq:04d} [{levelname:>8}] {name}: {message!r}', '{')))
for i in range(200):
    log.warning('warning %d of %s', i, 'loop')
    log.debug('silent %s', i)
    if i % 50 == 0:
        log.error('error %(k)s=%(v)5.2f', {'k': 'x', 'v': i / 7})
out = stream.getvalue()
print(len(out), out.count('\n'))
print(out.splitlines()[:4])
print(out.splitlines()[-2:])
print('%s|%r|%a|%5s|%-5s|%.2s' % ('é', 'é', 'é', 'ab', 'ab', 'abc'))
print('%d|%5d|%-5d|%05d|%+d|%x|%X|%#x|%o|%#o|%c|%%' % (42, 42, 42, 42, 42, 255, 255, 255, 8, 8, 65))
print('%f|%.3f|%10.2f|%-10.1f|%e|%.2E|%g|%G|%g' % (3.14159, 3.14159, 3.14159, 3.14159, 31415.9, 31415.9, 0.00001234, 1e20, 100000.0))
print('%(a)s and %(b)r' % {'a': 1, 'b': 'two'}, '%s' % (1,), '%s' % [1, 2], '%*d|%-*.*f' % (5, 3, 8, 2, 1.5))
print('{0}{1}{0}'.format('ab', 'cd'), '{:>6}|{:<6}|{:^6}|{:*^7}'.format('r', 'l', 'c', 'm'))
print('{:,}|{:_}|{:08.3f}|{:+.1e}|{:.0%}|{:#b}|{:o}|{:x}'.format(1234567, 1234567, 3.14159, 12345.678, 0.256, 5, 64, 255))
print('{p.real}|{d[k]}|{l[1]}|{!r:>8}'.format('s', p=3 + 4j, d={'k': 'v'}, l=[9, 8]))
for bad in (lambda: '%d' % 'x', lambda: '%s %s' % (1,), lambda: '%s' % (1, 2), lambda: '{0} {2}'.format(1, 2), lambda: '%z' % 1):
    try:
        bad()
    except (TypeError, ValueError, IndexError) as e:
        print(type(e).__name__, e)
