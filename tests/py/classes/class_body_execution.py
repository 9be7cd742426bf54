# The class body runs once, top to bottom, at definition time.
print("before class")
class Config:
    print("in class body")
    debug = False
    levels = [n * 10 for n in range(3)]
    if debug:
        mode = "debug"
    else:
        mode = "release"
    def method(self):
        return self.mode
print("after class")
print(Config.levels, Config.mode, Config().method())
