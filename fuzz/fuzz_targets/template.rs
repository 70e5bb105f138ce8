//! Any text as a user template (see `exercise::template`).
#![no_main]

mod exercise;

libfuzzer_sys::fuzz_target!(|bytes: &[u8]| exercise::template(bytes));
