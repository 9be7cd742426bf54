from support.circ_bad_b import B
A = "a"
