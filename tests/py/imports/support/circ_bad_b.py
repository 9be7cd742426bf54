from support.circ_bad_a import A
B = "b"
