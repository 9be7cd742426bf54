# ModuleNotFoundError and ImportError messages and attributes
import sys

def attempt(stmt):
    try:
        exec(stmt, {})
    except ImportError as e:
        msg = str(e).split(" (/")[0]
        path = e.path
        if path is not None:
            path = path.rsplit("/", 3)[-3:]
        print(f"{type(e).__name__}: {msg} | name={e.name!r} path={path}")
    except Exception as e:
        print(f"{type(e).__name__}: {e}")
    else:
        print("ok:", stmt)

attempt("import nonexistent_module_xyz")
attempt("import support.pkg.nosuch")
attempt("import support.pkg.sub.deeper")
attempt("import support.plain.x")
attempt("from support.pkg import nothing_here")
attempt("from support.plain import nothing_here")
attempt("from support.pkg import sub, value")
attempt("from sys import nothing_here")
attempt("import support.pkg.nosuch as n")
attempt("from support.nosuchpkg import x")
attempt("__import__('')")
attempt("__import__(5)")
attempt("__import__('support', level=-1)")
attempt("__import__('support.pkg', fromlist=[5])")
sys.modules["blocked_mod"] = None
attempt("import blocked_mod")
attempt("from blocked_mod import x")
for i in range(2):
    attempt("import support.broken")
print("support.broken" in sys.modules)
