# Pins recursion producing a list of moves (towers of Hanoi).
def hanoi(n, a, b, c, moves):
    if n:
        hanoi(n - 1, a, c, b, moves)
        moves.append(a + c)
        hanoi(n - 1, b, a, c, moves)
    return moves
print(" ".join(hanoi(3, "A", "B", "C", [])))
print(len(hanoi(10, "A", "B", "C", [])))
