//! The phases in another language (issue 18), driven as the therapist would.

#[allow(unused_imports)]
use super::common;
