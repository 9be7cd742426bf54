"""N-body: the Jovian planets orbiting the sun, leapfrog integration in floats."""
import sys

PI = 3.14159265358979323
SOLAR_MASS = 4 * PI * PI
DAYS_PER_YEAR = 365.24

# Positions (AU), velocities (AU/day) and masses (solar masses) of the outer planets.
PLANETS = {
    "jupiter": ((4.84143144246472090e+00, -1.16032004402742839e+00, -1.03622044471123109e-01),
                (1.66007664274403694e-03, 7.69901118419740425e-03, -6.90460016972063023e-05),
                9.54791938424326609e-04),
    "saturn": ((8.34336671824457987e+00, 4.12479856412430479e+00, -4.03523417114321381e-01),
               (-2.76742510726862411e-03, 4.99852801234917238e-03, 2.30417297573763929e-05),
               2.85885980666130812e-04),
    "uranus": ((1.28943695621391310e+01, -1.51111514016986312e+01, -2.23307578892655734e-01),
               (2.96460137564761618e-03, 2.37847173959480950e-03, -2.96589568540237556e-05),
               4.36624404335156298e-05),
    "neptune": ((1.53796971148509165e+01, -2.59193146099879641e+01, 1.79258772950371181e-01),
                (2.68067772490389322e-03, 1.62824170038242295e-03, -9.51592254519715870e-05),
                5.15138902046611451e-05),
}


def make_system():
    """Each body is [position list, velocity list, mass]; the sun comes first."""
    bodies = [[[0.0, 0.0, 0.0], [0.0, 0.0, 0.0], SOLAR_MASS]]
    for position, velocity, mass in PLANETS.values():
        bodies.append([list(position), [v * DAYS_PER_YEAR for v in velocity], mass * SOLAR_MASS])
    return bodies


def offset_momentum(bodies):
    """Give the sun the velocity that makes the system's total momentum zero."""
    px = py = pz = 0.0
    for _, (vx, vy, vz), mass in bodies:
        px -= vx * mass
        py -= vy * mass
        pz -= vz * mass
    sun_velocity, sun_mass = bodies[0][1], bodies[0][2]
    sun_velocity[:] = [px / sun_mass, py / sun_mass, pz / sun_mass]


def energy(bodies):
    total = 0.0
    for i, ((x1, y1, z1), (vx, vy, vz), m1) in enumerate(bodies):
        total += 0.5 * m1 * (vx * vx + vy * vy + vz * vz)
        for (x2, y2, z2), _, m2 in bodies[i + 1:]:
            dx, dy, dz = x1 - x2, y1 - y2, z1 - z2
            total -= m1 * m2 / (dx * dx + dy * dy + dz * dz) ** 0.5
    return total


def advance(bodies, dt, steps):
    pairs = [(a, b) for i, a in enumerate(bodies) for b in bodies[i + 1:]]
    for _ in range(steps):
        for (p1, v1, m1), (p2, v2, m2) in pairs:
            dx = p1[0] - p2[0]
            dy = p1[1] - p2[1]
            dz = p1[2] - p2[2]
            magnitude = dt * (dx * dx + dy * dy + dz * dz) ** -1.5
            b1 = m1 * magnitude
            b2 = m2 * magnitude
            v1[0] -= dx * b2
            v1[1] -= dy * b2
            v1[2] -= dz * b2
            v2[0] += dx * b1
            v2[1] += dy * b1
            v2[2] += dz * b1
        for position, (vx, vy, vz), _ in bodies:
            position[0] += dt * vx
            position[1] += dt * vy
            position[2] += dt * vz


def simulate(steps):
    bodies = make_system()
    offset_momentum(bodies)
    before = energy(bodies)
    advance(bodies, 0.01, steps)
    return "%.9f %.9f" % (before, energy(bodies))


if simulate(1000) != "-0.169075164 -0.169087605":
    raise SystemExit("nbody: wrong energy after 1000 steps: " + simulate(1000))
loops = int(sys.argv[1]) if len(sys.argv) > 1 else 11
for _ in range(loops):
    energies = simulate(20000)
if energies != "-0.169075164 -0.169089263":
    raise SystemExit("nbody: wrong energies " + energies)
print("nbody: energy before and after", energies)
