e=OSError(2,'x','f'); print(type(e), e.args, e.filename, e)
e=OSError(2,'x','f',None,'g'); print(type(e), e.args, e.filename, e.filename2, e)
e=OSError(2,'x','f',None,'g', 7); print(type(e), e.args, e.filename, e.filename2, e)
e=OSError(2); print(type(e), e.args, e.errno, e)
e=FileNotFoundError(13,'x'); print(type(e), e.args, e.errno, e)
class E(OSError):
    def __init__(self, a, b):
        super().__init__(a, b)
e = E(2, 'x'); print(type(e), e.args, e.errno, e)
e = OSError(2, 'x', None); print(e.args, e.filename, e)
e = BlockingIOError(11, 'x', 5); print(e.characters_written, e.args, e)
e = OSError('a'); print(e.errno, e)
e = PermissionError(1,'no','f','w','g'); print(e, e.args)
