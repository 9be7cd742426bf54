import support.circ_b
A = "a"
def use_b():
    return support.circ_b.B
