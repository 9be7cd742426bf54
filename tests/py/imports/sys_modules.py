# sys.modules: replacing a module while it runs, pre-seeding, deleting to re-import
import sys
import support.replacer as r
print(r, r.answer)
fake = type(sys)("fake_module")
fake.thing = "seeded"
sys.modules["fake_module"] = fake
import fake_module
print(fake_module.thing, fake_module)
import support.plain
support.plain.X = 99
del sys.modules["support.plain"]
import support.plain as again
print(again.X)
print(type(sys.modules).__name__, sys.modules["sys"] is sys)
import builtins
print(sys.modules["builtins"] is builtins, builtins.__name__)
