import support.circ_a
B = "b"
def use_a():
    return support.circ_a.A
