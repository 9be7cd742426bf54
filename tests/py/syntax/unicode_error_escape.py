# (unicode error) in a \N escape with an unknown name.
print("never printed")
s = "\N{NO SUCH CHARACTER NAME}"
