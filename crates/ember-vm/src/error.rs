//! Python errors as Rust values: `PyErr` holds a raised exception object and
//! `PyResult<T>` is what every fallible operation returns (DESIGN.md section 5: errors
//! are values, never panics). Constructors for the common errors are `#[cold]`.

use crate::objects::exception::new_exception;
use crate::objects::typeobj::type_name;
use crate::value::Value;
use crate::vm::types;

/// A raised exception: an instance of `BaseException` or a subclass.
#[derive(Clone, Debug)]
pub struct PyErr {
    pub exc: Value,
}

pub type PyResult<T = Value> = Result<T, PyErr>;

impl PyErr {
    /// Wraps an exception instance.
    pub fn from_exc(exc: Value) -> PyErr {
        PyErr { exc }
    }

    /// `ty(msg)` for a built-in exception type.
    #[cold]
    #[inline(never)]
    pub fn new(ty: &Value, msg: impl Into<String>) -> PyErr {
        let msg = crate::objects::str::new_str(&msg.into());
        PyErr {
            exc: new_exception(ty, vec![msg]),
        }
    }

    /// `ty()` with no arguments.
    #[cold]
    pub fn new_empty(ty: &Value) -> PyErr {
        PyErr {
            exc: new_exception(ty, vec![]),
        }
    }

    /// `ty(*args)`.
    #[cold]
    pub fn with_args(ty: &Value, args: Vec<Value>) -> PyErr {
        PyErr {
            exc: new_exception(ty, args),
        }
    }

    /// True when the exception is an instance of `ty`.
    pub fn matches(&self, ty: &Value) -> bool {
        crate::objects::typeobj::is_instance(&self.exc, ty)
    }

    #[cold]
    pub fn type_error(msg: impl Into<String>) -> PyErr {
        PyErr::new(&types().type_error, msg)
    }
    #[cold]
    pub fn value_error(msg: impl Into<String>) -> PyErr {
        PyErr::new(&types().value_error, msg)
    }
    #[cold]
    pub fn index_error(msg: impl Into<String>) -> PyErr {
        PyErr::new(&types().index_error, msg)
    }
    #[cold]
    pub fn key_error(key: Value) -> PyErr {
        PyErr::with_args(&types().key_error, vec![key])
    }
    #[cold]
    pub fn attribute_error(msg: impl Into<String>) -> PyErr {
        PyErr::new(&types().attribute_error, msg)
    }
    #[cold]
    pub fn name_error(msg: impl Into<String>) -> PyErr {
        PyErr::new(&types().name_error, msg)
    }
    #[cold]
    pub fn zero_division(msg: impl Into<String>) -> PyErr {
        PyErr::new(&types().zero_division_error, msg)
    }
    #[cold]
    pub fn overflow_error(msg: impl Into<String>) -> PyErr {
        PyErr::new(&types().overflow_error, msg)
    }
    #[cold]
    pub fn runtime_error(msg: impl Into<String>) -> PyErr {
        PyErr::new(&types().runtime_error, msg)
    }
    #[cold]
    pub fn recursion_error(msg: impl Into<String>) -> PyErr {
        PyErr::new(&types().recursion_error, msg)
    }
    #[cold]
    pub fn memory_error() -> PyErr {
        PyErr::new_empty(&types().memory_error)
    }
    #[cold]
    pub fn stop_iteration(value: Option<Value>) -> PyErr {
        match value {
            Some(v) => PyErr::with_args(&types().stop_iteration, vec![v]),
            None => PyErr::new_empty(&types().stop_iteration),
        }
    }
    #[cold]
    pub fn not_implemented(msg: impl Into<String>) -> PyErr {
        PyErr::new(&types().not_implemented_error, msg)
    }
    #[cold]
    pub fn os_error(msg: impl Into<String>) -> PyErr {
        PyErr::new(&types().os_error, msg)
    }

    /// "'X' object has no attribute 'name'".
    #[cold]
    pub fn no_attribute(obj: &Value, name: &str) -> PyErr {
        let e = PyErr::attribute_error(format!(
            "'{}' object has no attribute '{}'",
            type_name(obj),
            name
        ));
        e.set_name_and_obj(name, obj);
        e
    }

    /// Records `name` and `obj` on an AttributeError (its attributes, and what the
    /// traceback's suggestion looks at).
    pub fn set_name_and_obj(&self, name: &str, obj: &Value) {
        if let Some(inst) = self
            .exc
            .downcast::<crate::objects::instance::InstanceData>()
        {
            let s = crate::objects::str::StrData::intern_static;
            inst.set_attr(&s("name"), crate::objects::str::new_str(name));
            inst.set_attr(&s("obj"), obj.clone());
        }
    }
}
