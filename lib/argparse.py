"""argparse: command-line parsing.

tierpy's bundled version, for the common uses: positional arguments
(nargs None, '?', '*', '+' or a number), options with long and short
names (values attached with '=' or joined to a short flag), actions
store, store_const, store_true, store_false, append, append_const, count,
version and help; type, choices, default, required, dest, metavar;
argument groups, mutually exclusive groups, subparsers, parse_args,
parse_known_args, error() and CPython's usage and error messages. The
help text follows CPython's layout for ordinary parsers; exotic
formatter classes are accepted and ignored."""

import os as _os
import sys as _sys

__all__ = ['ArgumentParser', 'ArgumentError', 'ArgumentTypeError', 'Namespace', 'Action',
           'FileType', 'HelpFormatter', 'RawDescriptionHelpFormatter',
           'RawTextHelpFormatter', 'ArgumentDefaultsHelpFormatter', 'SUPPRESS', 'OPTIONAL',
           'ZERO_OR_MORE', 'ONE_OR_MORE', 'REMAINDER', 'PARSER', 'BooleanOptionalAction']

SUPPRESS = '==SUPPRESS=='
OPTIONAL = '?'
ZERO_OR_MORE = '*'
ONE_OR_MORE = '+'
PARSER = 'A...'
REMAINDER = '...'


class HelpFormatter:
    def __init__(self, prog, indent_increment=2, max_help_position=24, width=None):
        self.prog = prog


RawDescriptionHelpFormatter = RawTextHelpFormatter = ArgumentDefaultsHelpFormatter = \
    MetavarTypeHelpFormatter = HelpFormatter


class Namespace:
    """The parsed values as attributes."""

    def __init__(self, **kwargs):
        for name in kwargs:
            setattr(self, name, kwargs[name])

    def __repr__(self):
        args = []
        star = {}
        for name, value in self.__dict__.items():
            if name.isidentifier():
                args.append('%s=%r' % (name, value))
            else:
                star[name] = value
        if star:
            args.append('**%s' % repr(star))
        return '%s(%s)' % (type(self).__name__, ', '.join(args))

    def __eq__(self, other):
        if not isinstance(other, Namespace):
            return NotImplemented
        return vars(self) == vars(other)

    def __contains__(self, key):
        return key in self.__dict__


class ArgumentError(Exception):
    """An error about one argument."""

    def __init__(self, argument, message):
        self.argument_name = _display_name(argument)
        self.message = message

    def __str__(self):
        if self.argument_name is None:
            return self.message
        return 'argument %s: %s' % (self.argument_name, self.message)


class ArgumentTypeError(Exception):
    """Raised by a type= function to report a bad value."""


def _display_name(action):
    if action is None:
        return None
    if action.option_strings:
        return '/'.join(action.option_strings)
    if action.metavar not in (None, SUPPRESS):
        return action.metavar
    if action.dest not in (None, SUPPRESS):
        return action.dest
    return None


class Action:
    """One argument: where its values go and how many it takes."""

    def __init__(self, option_strings, dest, nargs=None, const=None, default=None, type=None,
                 choices=None, required=False, help=None, metavar=None, kind='store'):
        self.option_strings = option_strings
        self.dest = dest
        self.nargs = nargs
        self.const = const
        self.default = default
        self.type = type
        self.choices = choices
        self.required = required
        self.help = help
        self.metavar = metavar
        self.kind = kind
        self.container = None

    def takes_values(self):
        return self.kind in ('store', 'append', 'parsers')


class _Group:
    def __init__(self, parser, title=None, description=None, exclusive=False, required=False):
        self._parser = parser
        self.title = title
        self.description = description
        self.exclusive = exclusive
        self.required = required
        self._actions = []

    def add_argument(self, *args, **kwargs):
        action = self._parser.add_argument(*args, **kwargs)
        self._actions.append(action)
        if self.exclusive:
            action.container = self
        elif self is not self._parser._positionals and self is not self._parser._optionals:
            self._parser._move_to_group(action, self)
        return action

    def add_mutually_exclusive_group(self, required=False):
        return self._parser.add_mutually_exclusive_group(required=required)


class _SubParsers:
    def __init__(self, parser, dest, title, help, metavar, required):
        self._parser = parser
        self.dest = dest
        self.choices = {}
        self.title = title
        self.help = help
        self.metavar = metavar
        self.required = required
        self.action = None

    def add_parser(self, name, **kwargs):
        kwargs.setdefault('prog', '%s %s' % (self._parser._usage_prog(), name))
        aliases = kwargs.pop('aliases', ())
        kwargs.pop('help', None)
        parser = ArgumentParser(**kwargs)
        self.choices[name] = parser
        for alias in aliases:
            self.choices[alias] = parser
        return parser


class ArgumentParser:
    """Parses sys.argv[1:] (or a given list) into a Namespace."""

    def __init__(self, prog=None, usage=None, description=None, epilog=None, parents=(),
                 formatter_class=HelpFormatter, prefix_chars='-', fromfile_prefix_chars=None,
                 argument_default=None, conflict_handler='error', add_help=True,
                 allow_abbrev=True, exit_on_error=True):
        if prog is None:
            prog = _os.path.basename(_sys.argv[0]) if _sys.argv and _sys.argv[0] else 'prog'
        self.prog = prog
        self.usage = usage
        self.description = description
        self.epilog = epilog
        self.prefix_chars = prefix_chars
        self.argument_default = argument_default
        self.allow_abbrev = allow_abbrev
        self.exit_on_error = exit_on_error
        self._actions = []
        self._defaults = {}
        self._positionals = _Group(self, 'positional arguments')
        self._optionals = _Group(self, 'options')
        self._groups = [self._positionals, self._optionals]
        self._exclusive = []
        self._subparsers = None
        if add_help:
            self.add_argument('-h', '--help', action='help', default=SUPPRESS,
                              help='show this help message and exit')
        for parent in parents:
            for action in parent._actions:
                if action.kind != 'help':
                    self._add_action(action)
            self._defaults.update(parent._defaults)

    # ---- declaring ----------------------------------------------------------------------------

    def _is_option(self, s):
        return bool(s) and s[0] in self.prefix_chars

    def add_argument(self, *args, **kwargs):
        """Declare an argument (see the module's docstring for what is supported)."""
        action_kind = kwargs.pop('action', 'store')
        if isinstance(action_kind, type):
            raise NotImplementedError("tierpy's argparse supports only the named actions")
        if action_kind == 'extend':
            action_kind = 'append'
            kwargs.setdefault('nargs', '+')
        if not args or len(args) == 1 and not self._is_option(args[0]):
            if not args:
                raise TypeError("add_argument() missing required argument 'dest'")
            if 'dest' in kwargs:
                raise ValueError('dest supplied twice for positional argument')
            dest = args[0]
            option_strings = []
            if kwargs.get('nargs') not in (OPTIONAL, ZERO_OR_MORE, REMAINDER) and \
                    'required' in kwargs:
                raise TypeError("'required' is an invalid argument for positionals")
            required = kwargs.get('nargs') not in (OPTIONAL, ZERO_OR_MORE, REMAINDER)
            if kwargs.get('nargs') == ZERO_OR_MORE and 'default' not in kwargs:
                required = True
        else:
            option_strings = list(args)
            for s in option_strings:
                if not self._is_option(s):
                    raise ValueError("invalid option string %r: must start with a character %r"
                                     % (s, self.prefix_chars))
            dest = kwargs.pop('dest', None)
            if dest is None:
                longs = [s for s in option_strings if len(s) > 1 and s[1] in self.prefix_chars]
                dest = (longs[0] if longs else option_strings[0]).lstrip(self.prefix_chars)
                dest = dest.replace('-', '_')
            required = kwargs.pop('required', False)
        kinds = {'store', 'store_const', 'store_true', 'store_false', 'append', 'append_const',
                 'count', 'help', 'version'}
        if action_kind not in kinds:
            raise ValueError('unknown action "%s"' % (action_kind,))
        default = kwargs.pop('default', self.argument_default)
        if action_kind == 'store_true':
            default = False if default is None else default
            kwargs['const'] = True
            kwargs['nargs'] = 0
        elif action_kind == 'store_false':
            default = True if default is None else default
            kwargs['const'] = False
            kwargs['nargs'] = 0
        elif action_kind in ('store_const', 'append_const', 'count', 'help', 'version'):
            kwargs['nargs'] = 0
        version = kwargs.pop('version', None)
        action = Action(option_strings, dest, nargs=kwargs.pop('nargs', None),
                        const=kwargs.pop('const', None), default=default,
                        type=kwargs.pop('type', None), choices=kwargs.pop('choices', None),
                        required=required, help=kwargs.pop('help', None),
                        metavar=kwargs.pop('metavar', None), kind=action_kind)
        action.version = version
        if kwargs:
            raise TypeError("__init__() got an unexpected keyword argument '%s'"
                            % next(iter(kwargs)))
        if action.type is not None and not callable(action.type):
            raise ValueError('%r is not callable' % (action.type,))
        self._add_action(action)
        return action

    def _add_action(self, action):
        for s in action.option_strings:
            for other in self._actions:
                if s in other.option_strings:
                    raise ArgumentError(action, 'conflicting option string: %s' % s)
        self._actions.append(action)
        group = self._optionals if action.option_strings else self._positionals
        group._actions.append(action)

    def _move_to_group(self, action, group):
        for g in (self._positionals, self._optionals):
            if action in g._actions:
                g._actions.remove(action)

    def add_argument_group(self, title=None, description=None):
        group = _Group(self, title, description)
        self._groups.append(group)
        return group

    def add_mutually_exclusive_group(self, required=False):
        group = _Group(self, exclusive=True, required=required)
        self._exclusive.append(group)
        return group

    def add_subparsers(self, title=None, description=None, prog=None, parser_class=None,
                       action=None, dest=SUPPRESS, required=False, help=None, metavar=None):
        if self._subparsers is not None:
            self.error('cannot have multiple subparser arguments')
        sub = _SubParsers(self, dest, title, help, metavar, required)
        act = Action([], dest, nargs=PARSER, default=None, required=required, help=help,
                     metavar=metavar, kind='parsers')
        act.subparsers = sub
        act.choices = sub.choices
        sub.action = act
        self._subparsers = sub
        self._actions.append(act)
        self._positionals._actions.append(act)
        return sub

    def set_defaults(self, **kwargs):
        self._defaults.update(kwargs)
        for action in self._actions:
            if action.dest in kwargs:
                action.default = kwargs[action.dest]

    def get_default(self, dest):
        for action in self._actions:
            if action.dest == dest and action.default is not None:
                return action.default
        return self._defaults.get(dest, None)

    # ---- parsing ------------------------------------------------------------------------------

    def parse_args(self, args=None, namespace=None):
        args, argv = self.parse_known_args(args, namespace)
        if argv:
            self.error('unrecognized arguments: %s' % ' '.join(argv))
        return args

    def parse_known_args(self, args=None, namespace=None):
        if args is None:
            args = _sys.argv[1:]
        else:
            args = list(args)
        if namespace is None:
            namespace = Namespace()
        for action in self._actions:
            if action.dest is not SUPPRESS and not hasattr(namespace, action.dest) \
                    and action.default is not SUPPRESS:
                setattr(namespace, action.dest, action.default)
        for dest, value in self._defaults.items():
            if not hasattr(namespace, dest):
                setattr(namespace, dest, value)
        try:
            extras = self._parse(args, namespace)
        except ArgumentError as err:
            if not self.exit_on_error:
                raise
            self.error(str(err))
        return namespace, extras

    def _option_for(self, arg):
        """(action, attached value or None) for an option string, or (None, None)."""
        name, eq, value = arg.partition('=')
        for action in self._actions:
            if name in action.option_strings:
                return action, (value if eq else None)
        if len(arg) > 2 and arg[1] not in self.prefix_chars:
            short = arg[:2]
            for action in self._actions:
                if short in action.option_strings:
                    if action.nargs == 0:
                        return action, None
                    return action, arg[2:]
        if self.allow_abbrev and arg.startswith(self.prefix_chars[0] * 2):
            matches = [(a, s) for a in self._actions for s in a.option_strings
                       if s.startswith(name) and len(s) > 2]
            if len(matches) == 1:
                return matches[0][0], (value if eq else None)
            if len(matches) > 1:
                options = ', '.join(s for _, s in matches)
                self.error('ambiguous option: %s could match %s' % (name, options))
        return None, None

    def _looks_like_option(self, arg):
        if not arg or arg[0] not in self.prefix_chars or arg == '-':
            return False
        if arg[1:].replace('.', '', 1).isdigit() and not any(
                s[1:].isdigit() for a in self._actions for s in a.option_strings):
            return False
        return True

    def _parse(self, args, namespace):
        extras = []
        seen = set()
        seen_exclusive = {}
        pending = [a for a in self._actions if not a.option_strings]
        chunk = []
        i = 0
        only_positionals = False
        while i < len(args):
            arg = args[i]
            if not only_positionals and arg == '--':
                only_positionals = True
                i += 1
                continue
            if only_positionals or not self._looks_like_option(arg):
                chunk.append(arg)
                i += 1
                continue
            if chunk:
                # CPython matches positionals chunk by chunk, between options.
                pending, done = self._match_chunk(pending, chunk, args[i:], namespace, extras,
                                                  seen)
                chunk = []
                if done:
                    break
            action, attached = self._option_for(arg)
            if action is None:
                extras.append(arg)
                i += 1
                continue
            i += 1
            if action.nargs == 0 and attached is None and len(arg) > 2 and \
                    arg[1] not in self.prefix_chars and '=' not in arg:
                args = args[:i] + [arg[0] + arg[2:]] + args[i:]   # -vv: -v, then -v
            values, i = self._take_option_values(action, attached, args, i)
            self._check_exclusive(action, seen_exclusive)
            seen.add(action)
            self._apply(action, values, namespace)
        else:
            self._match_chunk(pending, chunk, [], namespace, extras, seen, final=True)
        missing = [_display_name(a) for a in self._actions
                   if a.required and a not in seen]
        if missing:
            self.error('the following arguments are required: %s' % ', '.join(missing))
        for group in self._exclusive:
            if group.required and not any(a in seen for a in group._actions):
                names = [_display_name(a) for a in group._actions if a.help is not SUPPRESS]
                self.error('one of the arguments %s is required' % ' '.join(names))
        for action in self._actions:
            value = getattr(namespace, action.dest, None) if action.dest is not SUPPRESS else None
            if action not in seen and isinstance(action.default, str) and \
                    value is action.default and action.type is not None:
                setattr(namespace, action.dest, self._convert(action, action.default))
        return extras

    def _take_option_values(self, action, attached, args, i):
        nargs = action.nargs
        if nargs == 0:
            if attached:
                raise ArgumentError(action, 'ignored explicit argument %r' % attached)
            return [], i
        if attached is not None:
            return [attached], i
        taken = []
        while i < len(args) and not (self._looks_like_option(args[i]) or args[i] == '--'):
            if nargs is None and len(taken) == 1:
                break
            if nargs == OPTIONAL and len(taken) == 1:
                break
            if isinstance(nargs, int) and len(taken) == nargs:
                break
            taken.append(args[i])
            i += 1
        if nargs is None and len(taken) != 1:
            raise ArgumentError(action, 'expected one argument')
        if nargs == ONE_OR_MORE and not taken:
            raise ArgumentError(action, 'expected at least one argument')
        if isinstance(nargs, int) and len(taken) != nargs:
            raise ArgumentError(action, 'expected %d argument%s' % (nargs, '' if nargs == 1 else 's'))
        return taken, i

    def _check_exclusive(self, action, seen_exclusive):
        group = action.container
        if group is None:
            return
        other = seen_exclusive.get(id(group))
        if other is not None and other is not action:
            raise ArgumentError(action, 'not allowed with argument %s' % _display_name(other))
        seen_exclusive[id(group)] = action

    def _convert(self, action, text):
        if action.type is None:
            return text
        try:
            return action.type(text)
        except ArgumentTypeError as err:
            raise ArgumentError(action, str(err))
        except (TypeError, ValueError):
            name = getattr(action.type, '__name__', repr(action.type))
            raise ArgumentError(action, 'invalid %s value: %r' % (name, text))

    def _check_choice(self, action, value):
        if action.choices is not None and value not in action.choices:
            choices = ', '.join(map(repr, action.choices))
            raise ArgumentError(action, 'invalid choice: %r (choose from %s)' % (value, choices))

    def _apply(self, action, values, namespace):
        kind = action.kind
        if kind == 'help':
            self.print_help()
            self.exit()
        if kind == 'version':
            print(action.version % {'prog': self.prog} if action.version else '')
            self.exit()
        if kind in ('store_const', 'store_true', 'store_false'):
            setattr(namespace, action.dest, action.const)
            return
        if kind == 'append_const':
            items = list(getattr(namespace, action.dest, None) or [])
            items.append(action.const)
            setattr(namespace, action.dest, items)
            return
        if kind == 'count':
            setattr(namespace, action.dest, (getattr(namespace, action.dest, None) or 0) + 1)
            return
        converted = [self._convert(action, v) for v in values]
        for v in converted:
            self._check_choice(action, v)
        if action.nargs is None:
            value = converted[0]
        elif action.nargs == OPTIONAL:
            value = converted[0] if converted else action.const
        else:
            value = converted
        if kind == 'append':
            items = list(getattr(namespace, action.dest, None) or [])
            if action.nargs is None or action.nargs == OPTIONAL:
                items.append(value)
            else:
                items.extend(value) if action.nargs == ONE_OR_MORE and False else items.append(value)
            setattr(namespace, action.dest, items)
        else:
            setattr(namespace, action.dest, value)

    @staticmethod
    def _bounds(action):
        """(fewest, most) strings a positional takes; most None: no limit."""
        n = action.nargs
        if n is None:
            return 1, 1
        if n == OPTIONAL:
            return 0, 1
        if n in (ZERO_OR_MORE, REMAINDER):
            return 0, None
        if n in (ONE_OR_MORE, PARSER):
            return 1, None
        return n, n

    def _match_chunk(self, actions, chunk, rest, namespace, extras, seen, final=False):
        """Give the positional strings of one chunk to as many of the
        waiting positionals as can take them (greedy, leaving each later
        one its minimum); the rest go to extras. Returns the positionals
        still waiting, and whether a subparser took every argument left
        (the chunk's and `rest`)."""
        m = len(chunk)
        k = len(actions)
        while k > 0 and sum(self._bounds(a)[0] for a in actions[:k]) > m:
            k -= 1
        if not final and k == 0:
            extras.extend(chunk)
            return actions, False
        i = 0
        for idx, action in enumerate(actions[:k]):
            if action.kind == 'parsers':
                self._run_subparser(action, chunk[i:] + list(rest), namespace, extras, seen)
                return [], True
            later_min = sum(self._bounds(a)[0] for a in actions[idx + 1:k])
            low, high = self._bounds(action)
            count = m - i - later_min
            if high is not None:
                count = min(count, high)
            count = max(count, low)
            values = chunk[i:i + count]
            i += count
            seen.add(action)
            n = action.nargs
            if n == OPTIONAL and not values:
                value = action.default
                if isinstance(value, str) and action.type is not None:
                    value = self._convert(action, value)
                setattr(namespace, action.dest, value)
            elif n == ZERO_OR_MORE and not values:
                setattr(namespace, action.dest,
                        action.default if action.default is not None else [])
            else:
                self._apply(action, values, namespace)
        extras.extend(chunk[i:])
        return actions[k:], False

    def _run_subparser(self, action, args, namespace, extras, seen):
        name = args[0]
        parser = action.subparsers.choices.get(name)
        if parser is None:
            choices = ', '.join(map(repr, action.subparsers.choices))
            raise ArgumentError(action, 'invalid choice: %r (choose from %s)' % (name, choices))
        if action.dest is not SUPPRESS:
            setattr(namespace, action.dest, name)
        seen.add(action)
        sub_ns, sub_extras = parser.parse_known_args(args[1:], None)
        for key, value in vars(sub_ns).items():
            setattr(namespace, key, value)
        extras.extend(sub_extras)

    # ---- help and errors ------------------------------------------------------------------------

    def _usage_prog(self):
        return self.prog

    def _metavar(self, action):
        if action.metavar is not None:
            return action.metavar
        if action.choices is not None and action.kind != 'parsers':
            return '{%s}' % ','.join(map(str, action.choices))
        if action.kind == 'parsers':
            return '{%s}' % ','.join(action.subparsers.choices)
        return action.dest if not action.option_strings else action.dest.upper()

    def _args_text(self, action):
        mv = self._metavar(action)
        n = action.nargs
        if n is None:
            return mv
        if n == OPTIONAL:
            return '[%s]' % mv
        if n == ZERO_OR_MORE:
            return '[%s ...]' % mv
        if n == ONE_OR_MORE:
            return '%s [%s ...]' % (mv, mv)
        if n == PARSER:
            return '%s ...' % mv
        if n == REMAINDER:
            return '...'
        return ' '.join([mv] * n)

    def _option_usage(self, action):
        text = action.option_strings[0]
        if action.nargs != 0:
            text += ' ' + self._args_text(action)
        return text

    def format_usage(self):
        if self.usage is not None:
            return 'usage: %s\n' % (self.usage % {'prog': self.prog})
        opt_parts = []
        shown_groups = set()
        for action in self._actions:
            if not action.option_strings or action.help is SUPPRESS:
                continue
            group = action.container
            if group is not None:
                if id(group) in shown_groups:
                    continue
                shown_groups.add(id(group))
                inner = ' | '.join(self._option_usage(a) for a in group._actions
                                   if a.help is not SUPPRESS)
                opt_parts.append(('(%s)' if group.required else '[%s]') % inner)
                continue
            text = self._option_usage(action)
            opt_parts.append(text if action.required else '[%s]' % text)
        pos_parts = [self._args_text(a) for a in self._actions
                     if not a.option_strings and a.help is not SUPPRESS]
        prefix = 'usage: '
        text = ' '.join([self.prog] + opt_parts + pos_parts)
        width = _text_width()
        if len(prefix) + len(text) <= width:
            return prefix + text + '\n'
        indent = ' ' * (len(prefix) + len(self.prog) + 1)
        if len(prefix) + len(self.prog) <= 0.75 * width:
            if opt_parts:
                lines = _fill_parts([self.prog] + opt_parts, indent, width, prefix)
                lines.extend(_fill_parts(pos_parts, indent, width))
            else:
                lines = _fill_parts([self.prog] + pos_parts, indent, width, prefix)
        else:
            indent = ' ' * len(prefix)
            lines = _fill_parts(opt_parts + pos_parts, indent, width)
            lines = [self.prog] + lines
        return prefix + '\n'.join(lines) + '\n'

    def format_help(self):
        out = [self.format_usage()]
        if self.description:
            out.append('\n%s\n' % self.description)
        for group in self._groups:
            shown = [a for a in group._actions if a.help is not SUPPRESS]
            if not shown:
                continue
            out.append('\n%s:\n' % group.title)
            if group.description:
                out.append('  %s\n\n' % group.description)
            for action in shown:
                if action.option_strings:
                    if action.nargs == 0:
                        invocation = ', '.join(action.option_strings)
                    else:
                        args = self._args_text(action)
                        invocation = ', '.join('%s %s' % (s, args) for s in action.option_strings)
                else:
                    invocation = self._metavar(action)
                help_text = action.help or ''
                if '%(' in help_text:
                    params = dict(vars(action), prog=self.prog)
                    help_text = help_text % params
                line = '  ' + invocation
                if not help_text:
                    out.append(line + '\n')
                elif len(line) <= 22:
                    out.append(line.ljust(24) + help_text + '\n')
                else:
                    out.append(line + '\n' + ' ' * 24 + help_text + '\n')
        if self.epilog:
            out.append('\n%s\n' % self.epilog)
        return ''.join(out)

    def print_usage(self, file=None):
        (file or _sys.stdout).write(self.format_usage())

    def print_help(self, file=None):
        (file or _sys.stdout).write(self.format_help())

    def exit(self, status=0, message=None):
        if message:
            _sys.stderr.write(message)
        _sys.exit(status)

    def error(self, message):
        """Print the usage and `prog: error: message` on stderr; exit 2."""
        self.print_usage(_sys.stderr)
        self.exit(2, '%s: error: %s\n' % (self.prog, message))


def _text_width():
    try:
        columns = int(_os.environ['COLUMNS'])
    except (KeyError, ValueError):
        columns = 80
    return max(columns - 2, 11)


def _fill_parts(parts, indent, width, prefix=None):
    """Usage parts on lines of at most width characters, each line after
    the first indented (the first follows the prefix)."""
    lines = []
    line = []
    line_len = len(prefix) - 1 if prefix is not None else len(indent) - 1
    for part in parts:
        if line_len + 1 + len(part) > width and line:
            lines.append(indent + ' '.join(line))
            line = []
            line_len = len(indent) - 1
        line.append(part)
        line_len += len(part) + 1
    if line:
        lines.append(indent + ' '.join(line))
    if prefix is not None and lines:
        lines[0] = lines[0][len(indent):]
    return lines


class FileType:
    """A type= factory that opens the named file ('-' is stdin/stdout)."""

    def __init__(self, mode='r', bufsize=-1, encoding=None, errors=None):
        self._mode = mode
        self._encoding = encoding

    def __call__(self, string):
        if string == '-':
            return _sys.stdin if 'r' in self._mode else _sys.stdout
        try:
            return open(string, self._mode, encoding=self._encoding)
        except OSError as e:
            raise ArgumentTypeError("can't open '%s': %s" % (string, e))


class BooleanOptionalAction:
    def __init__(self, *args, **kwargs):
        raise NotImplementedError("tierpy's argparse has no BooleanOptionalAction")
