//! Any text typed anywhere, printed (see `exercise::documents`).
#![no_main]

mod exercise;

libfuzzer_sys::fuzz_target!(|bytes: &[u8]| exercise::documents(bytes));
