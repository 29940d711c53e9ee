# Pins a pure-Python ray tracer: vector/point/ray classes with operator overloading, spheres, planes, lights and a tiny ASCII canvas.
import math

EPSILON = 0.00001


class Vector:
    def __init__(self, x, y, z):
        self.x, self.y, self.z = x, y, z

    def dot(self, o):
        return self.x * o.x + self.y * o.y + self.z * o.z

    def magnitude(self):
        return math.sqrt(self.dot(self))

    def __add__(self, o):
        return Vector(self.x + o.x, self.y + o.y, self.z + o.z)

    def __sub__(self, o):
        return Vector(self.x - o.x, self.y - o.y, self.z - o.z)

    def scale(self, f):
        return Vector(self.x * f, self.y * f, self.z * f)

    __mul__ = scale

    def __rmul__(self, f):
        return self.scale(f)

    def __neg__(self):
        return self.scale(-1)

    def cross(self, o):
        return Vector(self.y * o.z - self.z * o.y, self.z * o.x - self.x * o.z, self.x * o.y - self.y * o.x)

    def normalized(self):
        return self.scale(1.0 / self.magnitude())

    def reflect_through(self, normal):
        d = normal.scale(self.dot(normal))
        return self - d.scale(2)

    def __eq__(self, o):
        return isinstance(o, Vector) and (self.x, self.y, self.z) == (o.x, o.y, o.z)

    def __repr__(self):
        return f"Vector({self.x:.4f}, {self.y:.4f}, {self.z:.4f})"


Vector.ZERO = Vector(0, 0, 0)
Vector.UP = Vector(0, 1, 0)


class Ray:
    def __init__(self, point, vector):
        self.point = point
        self.vector = vector.normalized()

    def point_at(self, t):
        return self.point + self.vector.scale(t)


class Sphere:
    def __init__(self, centre, radius):
        self.centre = centre
        self.radius = radius

    def intersection_time(self, ray):
        cp = self.centre - ray.point
        v = cp.dot(ray.vector)
        disc = self.radius * self.radius - (cp.dot(cp) - v * v)
        if disc < 0:
            return None
        return v - math.sqrt(disc)

    def normal_at(self, p):
        return (p - self.centre).normalized()


class Halfspace:
    def __init__(self, point, normal):
        self.point = point
        self.normal = normal.normalized()

    def intersection_time(self, ray):
        v = ray.vector.dot(self.normal)
        if v:
            return 1 / -v
        return None

    def normal_at(self, p):
        return self.normal


class Scene:
    def __init__(self):
        self.objects = []
        self.lights = []
        self.position = Vector(0, 1.8, 10)
        self.look_at = Vector(0, 3, 0)
        self.fov = 45

    def add(self, obj, surface):
        self.objects.append((obj, surface))

    def render(self, width, height):
        fov_r = math.pi * (self.fov / 2) / 180
        half_w = math.tan(fov_r)
        half_h = half_w * height / width
        eye = (self.look_at - self.position).normalized()
        vpr = eye.cross(Vector.UP).normalized()
        vpu = vpr.cross(eye).normalized()
        pw = half_w * 2 / (width - 1)
        ph = half_h * 2 / (height - 1)
        rows = []
        for y in range(height):
            row = []
            for x in range(width):
                xc = vpr.scale(x * pw - half_w)
                yc = vpu.scale(y * ph - half_h)
                ray = Ray(self.position, eye + xc + yc)
                row.append(self.ray_colour(ray, 0))
            rows.append(row)
        return rows

    def first_hit(self, ray):
        best = None
        for obj, surface in self.objects:
            t = obj.intersection_time(ray)
            if t is not None and t > EPSILON and (best is None or t < best[0]):
                best = (t, obj, surface)
        return best

    def ray_colour(self, ray, depth):
        if depth > 3:
            return 0.0
        hit = self.first_hit(ray)
        if hit is None:
            return 0.0
        t, obj, surface = hit
        p = ray.point_at(t)
        normal = obj.normal_at(p)
        lam = 0.0
        for light in self.lights:
            to_light = (light - p).normalized()
            blocked = self.first_hit(Ray(p, to_light))
            if blocked is None:
                c = to_light.dot(normal)
                if c > 0:
                    lam += c
        refl = ray.vector.reflect_through(normal)
        return min(1.0, surface * lam + 0.3 * self.ray_colour(Ray(p, refl), depth + 1))


s = Scene()
s.lights.append(Vector(30, 30, 10))
s.lights.append(Vector(-10, 100, 30))
s.add(Sphere(Vector(1, 3, -10), 2), 0.7)
for y in range(6):
    s.add(Sphere(Vector(-3 - y * 0.4, 2.3, -5), 0.4), 0.5)
s.add(Halfspace(Vector(0, 0, 0), Vector.UP), 0.4)
img = s.render(24, 12)
shades = " .:-=+*#%@"
for row in reversed(img):
    print("".join(shades[min(9, int(v * 10))] for v in row))
total = sum(sum(r) for r in img)
print(f"total={total:.6f}")
v = Vector(1, 2, 3)
print(v + v, v - Vector(1, 1, 1), 2 * v, -v, v == Vector(1, 2, 3), v.cross(Vector.UP))
print(Vector(3, 4, 0).normalized(), round(v.magnitude(), 10))
