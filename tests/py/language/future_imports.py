from __future__ import annotations, generator_stop, division
from __future__ import nested_scopes, generators, with_statement, absolute_import, print_function, unicode_literals
import __future__
print(__future__.annotations.compiler_flag > 0)
for src in ["from __future__ import braces", "from __future__ import nonexistent", "x = 1\nfrom __future__ import annotations"]:
    try:
        compile(src, "<s>", "exec")
        print("ok")
    except SyntaxError as e:
        print(e.msg)
