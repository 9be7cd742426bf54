# __str__ of an exception subclass is what the traceback's last line shows.
class Detailed(Exception):
    def __init__(self, field, reason):
        super().__init__(field, reason)
        self.field, self.reason = field, reason
    def __str__(self):
        return '%s: %s' % (self.field, self.reason)

try:
    raise Detailed('age', 'negative')
except Detailed as e:
    print(str(e), repr(e), e.args)
raise Detailed('name', 'empty')
