# The inner loop of an n-body step, without classes: float arithmetic on
# locals and list items.
def advance(xs, ys, vx, vy, ms, dt, steps):
    n = len(xs)
    for _ in range(steps):
        for i in range(n):
            xi = xs[i]
            yi = ys[i]
            for j in range(i + 1, n):
                dx = xi - xs[j]
                dy = yi - ys[j]
                d2 = dx * dx + dy * dy + 0.01
                mag = dt / (d2 * d2 ** 0.5)
                vx[i] -= dx * ms[j] * mag
                vy[i] -= dy * ms[j] * mag
                vx[j] += dx * ms[i] * mag
                vy[j] += dy * ms[i] * mag
        for i in range(n):
            xs[i] += dt * vx[i]
            ys[i] += dt * vy[i]
xs = [float(i) for i in range(5)]
ys = [float(i * i % 7) for i in range(5)]
vx = [0.0] * 5
vy = [0.0] * 5
ms = [1.0 + i for i in range(5)]
advance(xs, ys, vx, vy, ms, 0.01, 20000)
print(round(sum(xs), 6), round(sum(ys), 6))
