# isinstance/issubclass relations of the builtin exception hierarchy.
pairs = [(ZeroDivisionError, ArithmeticError), (OverflowError, ArithmeticError),
         (KeyError, LookupError), (IndexError, LookupError), (LookupError, Exception),
         (UnboundLocalError, NameError), (RecursionError, RuntimeError),
         (NotImplementedError, RuntimeError), (ModuleNotFoundError, ImportError),
         (FileNotFoundError, OSError), (UnicodeDecodeError, ValueError),
         (StopIteration, Exception), (Exception, BaseException),
         (KeyboardInterrupt, Exception), (SystemExit, Exception), (GeneratorExit, Exception),
         (TabError, IndentationError), (IndentationError, SyntaxError), (bool, int),
         (AssertionError, Exception), (MemoryError, Exception), (TypeError, ValueError)]
for sub, base in pairs:
    print(sub.__name__, base.__name__, issubclass(sub, base))
print(ZeroDivisionError.__mro__)
print(KeyError.__bases__, BaseException.__bases__)
