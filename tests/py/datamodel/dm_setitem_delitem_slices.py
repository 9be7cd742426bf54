# __setitem__ and __delitem__ receive slice objects and values for slice assignment.
class Log:
    def __setitem__(self, key, value):
        print('set', key, value)
    def __delitem__(self, key):
        print('del', key)
l = Log()
l[0] = 'a'
l[1:3] = [1, 2]
l[::2] = 'xy'
l[1, 2] = None
l[...] = 0
del l[5]
del l[2:]
del l[:, 1]
l['k'], l['m'] = 1, 2
