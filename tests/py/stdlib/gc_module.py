# gc: switches, thresholds, callbacks and tracking
import gc

print(gc.isenabled())
gc.disable()
print(gc.isenabled())
gc.enable()
print(gc.isenabled())
print(gc.get_threshold())
gc.set_threshold(500, 5)
print(gc.get_threshold())
gc.set_threshold(700, 10, 10)
print(gc.get_debug(), gc.DEBUG_STATS, gc.DEBUG_LEAK, gc.DEBUG_SAVEALL)
gc.set_debug(gc.DEBUG_STATS)
print(gc.get_debug())
gc.set_debug(0)
print(gc.garbage, type(gc.callbacks), gc.get_freeze_count(), type(gc.get_objects()), len(gc.get_stats()))
seen = []
def cb(phase, info):
    seen.append((phase, info['generation'], sorted(info)))
gc.callbacks.append(cb)
print(type(gc.collect()))
gc.collect(0)
gc.callbacks.remove(cb)
print(seen)
print(gc.is_tracked(1), gc.is_tracked('a'), gc.is_tracked([]), gc.is_tracked(()), gc.is_tracked(tuple([[]])),
      gc.is_tracked({}), gc.is_tracked({'a': 1}), gc.is_tracked({'a': []}), gc.is_tracked(object()),
      gc.is_tracked(len), gc.is_tracked(None), gc.is_tracked(3.5))
class C:
    pass
print(gc.is_tracked(C()), gc.is_tracked(C), gc.is_finalized(C()))
print(gc.get_referents([1, 2], {'k': 'v'}, (3, 4), {1: 2}))
gc.freeze()
gc.unfreeze()
for f in [lambda: gc.collect(3), lambda: gc.set_threshold(), lambda: gc.collect('x'), lambda: gc.is_tracked(),
          lambda: gc.set_threshold(1, 2, 3, 4), lambda: gc.get_objects(5)]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
