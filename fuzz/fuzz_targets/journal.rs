//! Any bytes as a session journal (see `exercise::journal`).
#![no_main]

mod exercise;

libfuzzer_sys::fuzz_target!(|bytes: &[u8]| exercise::journal(bytes));
