cases = [
    '"doc"\nfrom __future__ import annotations\nx: int\n',
    '"doc"\n"second string"\nfrom __future__ import annotations\n',
    'from __future__ import (annotations,\n    division)\n',
    'from __future__ import annotations as ann\n',
    'import os\nfrom __future__ import annotations\n',
    'if True:\n    from __future__ import annotations\n',
    'def f():\n    from __future__ import annotations\n',
    'from __future__ import *\n',
    'from __future__ import barry_as_FLUFL\n',
    '# comment\n\nfrom __future__ import generator_stop\nimport __future__\n',
    'try:\n    from __future__ import annotations\nexcept ImportError:\n    pass\n',
]
for src in cases:
    try:
        compile(src, "<s>", "exec")
        print("ok")
    except SyntaxError as e:
        print(e.msg, e.lineno)
import __future__
print(sorted(__future__.all_feature_names))
