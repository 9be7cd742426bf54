//! Where a traceback's carets go: CPython 3.11 re-parses the source segment of the failing
//! instruction and, for a binary operation or a subscript, marks the operator or the
//! brackets with `^` and the rest with `~` (`traceback.c`, `extract_anchors_from_expr`).

use ruff_python_ast::{Expr, Stmt};
use ruff_text_size::Ranged;

/// The anchors inside `segment` (byte offsets): `^` goes on `left .. right`, `~` on the
/// rest of the segment. None when the segment is not a single binary operation or
/// subscript (then every position gets `^`).
pub fn caret_anchors(segment: &str) -> Option<(usize, usize)> {
    let parsed = ruff_python_parser::parse_module(segment).ok()?;
    let body = &parsed.syntax().body;
    if body.len() != 1 {
        return None;
    }
    let Stmt::Expr(stmt) = &body[0] else {
        return None;
    };
    let bytes = segment.as_bytes();
    let ws = |c: u8| c == b' ' || c == b'\t' || c == b'\x0c' || c == b'\n' || c == b'\r';
    match &*stmt.value {
        Expr::BinOp(b) => {
            let lend = b.left.range().end().to_usize();
            let rstart = b.right.range().start().to_usize();
            let mut anchors = None;
            let mut i = lend;
            while i < rstart {
                if ws(bytes[i]) {
                    i += 1;
                    continue;
                }
                let mut right = i + 1;
                if i + 1 < rstart && !ws(bytes[i + 1]) {
                    right += 1;
                }
                anchors = Some((i, right));
                if i + 1 < rstart && bytes[i] == b')' {
                    i += 1;
                    continue;
                }
                break;
            }
            anchors
        }
        Expr::Subscript(s) => {
            let left = s.value.range().end().to_usize();
            let right = s.slice.range().end().to_usize() + 1;
            Some((left, right.min(segment.len())))
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::caret_anchors;

    #[test]
    fn binary_operator_is_the_anchor() {
        assert_eq!(caret_anchors("10 // x"), Some((3, 5)));
        assert_eq!(caret_anchors("(a) + b"), Some((4, 5)));
    }

    #[test]
    fn subscript_brackets_are_the_anchor() {
        assert_eq!(caret_anchors("x[5]"), Some((1, 4)));
        assert_eq!(caret_anchors("d[\"k\"]"), Some((1, 6)));
    }

    #[test]
    fn calls_have_no_anchor() {
        assert_eq!(caret_anchors("outer(0)"), None);
        assert_eq!(caret_anchors("x = ("), None);
    }
}
