//! The generic operations of the data model, as the interpreter and native code call
//! them: hashing, comparison, truth, arithmetic, attributes, items, iteration, calls,
//! `repr`/`str`, structural pattern matching. Each dispatches on the object layout for
//! built-in types and falls back to the type's dunder methods for classes defined in
//! Python.

mod arith;
mod attr;
mod call;
mod compare;
mod hash;
mod item;
mod iter;
mod overrides;
mod pattern;
mod repr;

pub use arith::*;
pub use attr::*;
pub use call::*;
pub use compare::*;
pub use hash::*;
pub use item::*;
pub use iter::*;
pub use overrides::*;
pub use pattern::*;
pub use repr::*;
