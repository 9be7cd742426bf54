# Alternatives may bind their names in any order; they are stored in the order of the
# first alternative (visible in the order of module globals).
match (1, 2):
    case (1, first, second) | (first, second):
        pass
print(first, second)
print([k for k in globals() if k in ("first", "second")])

match {"y": 2, "x": 1}:
    case [zeta, alpha] | {"x": alpha, "y": zeta}:
        pass
print(alpha, zeta)
print([k for k in globals() if k in ("alpha", "zeta")])

match [3, 4]:
    case [beta2, beta1] | (beta1, beta2):
        print(beta1, beta2)
print([k for k in globals() if k.startswith("beta")])
