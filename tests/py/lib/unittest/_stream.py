# A stream that keeps what unittest's runner writes, with the run's
# duration (which differs from run to run) replaced by a fixed text.
class Stream:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)

    def flush(self):
        pass

    def text(self):
        out = []
        for line in ''.join(self.parts).split('\n'):
            if line.startswith('Ran ') and ' in ' in line and line.endswith('s'):
                line = line[:line.index(' in ')] + ' in TIME'
            out.append(line)
        return '\n'.join(out)
