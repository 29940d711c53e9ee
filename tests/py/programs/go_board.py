# Pins a Go-board game simulation: classes for squares/groups with union-find, captures, ko, and a deterministic LCG move picker.


class LCG:
    def __init__(self, seed):
        self.state = seed

    def randrange(self, n):
        self.state = (self.state * 1103515245 + 12345) & 0x7FFFFFFF
        return self.state % n


EMPTY, WHITE, BLACK = 0, 1, 2
SHOW = {EMPTY: '.', WHITE: 'o', BLACK: 'x'}


class Square:
    __slots__ = ('board', 'pos', 'color', 'neighbours', 'parent', 'liberties')

    def __init__(self, board, pos):
        self.board = board
        self.pos = pos
        self.color = EMPTY
        self.neighbours = []
        self.parent = self
        self.liberties = 0

    def find(self):
        sq = self
        while sq.parent is not sq:
            sq.parent = sq.parent.parent
            sq = sq.parent
        return sq

    def __repr__(self):
        return f"Square({self.pos % self.board.size},{self.pos // self.board.size})"


class Board:
    def __init__(self, size):
        self.size = size
        self.squares = [Square(self, p) for p in range(size * size)]
        for sq in self.squares:
            x, y = sq.pos % size, sq.pos // size
            for dx, dy in ((-1, 0), (1, 0), (0, -1), (0, 1)):
                nx, ny = x + dx, y + dy
                if 0 <= nx < size and 0 <= ny < size:
                    sq.neighbours.append(self.squares[ny * size + nx])
        self.color = BLACK
        self.ko = None
        self.captured = {WHITE: 0, BLACK: 0}
        self.moves = 0

    def groups(self):
        for sq in self.squares:
            sq.parent = sq
        for sq in self.squares:
            if sq.color != EMPTY:
                for n in sq.neighbours:
                    if n.color == sq.color:
                        a, b = sq.find(), n.find()
                        if a is not b:
                            if a.pos < b.pos:
                                b.parent = a
                            else:
                                a.parent = b
        libs = {}
        for sq in self.squares:
            if sq.color != EMPTY:
                root = sq.find()
                s = libs.setdefault(root.pos, set())
                for n in sq.neighbours:
                    if n.color == EMPTY:
                        s.add(n.pos)
        return libs

    def legal(self, sq):
        if sq.color != EMPTY or sq is self.ko:
            return False
        if any(n.color == EMPTY for n in sq.neighbours):
            return True
        sq.color = self.color
        libs = self.groups()
        ok = len(libs[sq.find().pos]) > 0
        if not ok:
            other = WHITE if self.color == BLACK else BLACK
            ok = any(n.color == other and len(libs[n.find().pos]) == 0 for n in sq.neighbours)
        sq.color = EMPTY
        return ok

    def play(self, sq):
        sq.color = self.color
        other = WHITE if self.color == BLACK else BLACK
        libs = self.groups()
        removed = []
        for sq2 in self.squares:
            if sq2.color == other and len(libs[sq2.find().pos]) == 0:
                removed.append(sq2)
        for r in removed:
            r.color = EMPTY
        self.captured[self.color] += len(removed)
        self.ko = removed[0] if len(removed) == 1 else None
        self.color = other
        self.moves += 1

    def random_move(self, rng):
        empties = [sq for sq in self.squares if sq.color == EMPTY]
        while empties:
            i = rng.randrange(len(empties))
            sq = empties[i]
            if self.legal(sq):
                return sq
            empties[i] = empties[-1]
            empties.pop()
        return None

    def score(self):
        counts = {WHITE: 0, BLACK: 0}
        for sq in self.squares:
            if sq.color != EMPTY:
                counts[sq.color] += 1
            else:
                near = {n.color for n in sq.neighbours} - {EMPTY}
                if len(near) == 1:
                    counts[near.pop()] += 1
        return counts

    def __str__(self):
        rows = []
        for y in range(self.size):
            rows.append(' '.join(SHOW[self.squares[y * self.size + x].color] for x in range(self.size)))
        return '\n'.join(rows)


def game(size, seed, max_moves):
    b = Board(size)
    rng = LCG(seed)
    passes = 0
    while b.moves < max_moves and passes < 2:
        sq = b.random_move(rng)
        if sq is None:
            passes += 1
            b.color = WHITE if b.color == BLACK else BLACK
            continue
        passes = 0
        b.play(sq)
    return b


b = game(7, 42, 120)
print(b)
print("moves", b.moves, "captured", sorted(b.captured.items()), "score", sorted(b.score().items()))
b = game(5, 7, 60)
print(b)
print("moves", b.moves, "captured", sorted(b.captured.items()), "ko", b.ko)
