//! `_ast`: the syntax-tree node classes (`py/_ast.py`, with the node definitions that
//! `py/gen_ast.py` records from CPython in `py/_ast_nodes.py`).

use super::frozen;
use crate::value::Value;

const SOURCE: &str = concat!(
    include_str!("py/_ast.py"),
    include_str!("py/_ast_nodes.py"),
    "\n\nclass _ConstantAliases:\n",
    "    n = property(lambda self: self.value, lambda self, v: setattr(self, 'value', v))\n",
    "    s = n\n\n",
    "Constant.n = _ConstantAliases.n\nConstant.s = _ConstantAliases.s\n",
    "del _ConstantAliases\n__name__ = '_ast'\n",
);

pub fn create() -> Value {
    frozen::create("_ast", SOURCE, &[])
}
