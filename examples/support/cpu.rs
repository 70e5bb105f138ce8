//! The CPU time this process has used, for the benchmarks that compare windows.

/// User and system CPU time of this process, in seconds (Linux: /proc/self/stat, 100 ticks/s).
pub fn cpu_seconds() -> f64 {
    let stat = std::fs::read_to_string("/proc/self/stat").unwrap_or_default();
    let after = stat.rsplit_once(')').map_or("", |(_, rest)| rest);
    let fields: Vec<&str> = after.split_whitespace().collect();
    // After the command name: state is field 3, utime field 14, stime field 15.
    let tick = |i: usize| fields.get(i - 3).and_then(|f| f.parse::<f64>().ok());
    match (tick(14), tick(15)) {
        (Some(u), Some(s)) => (u + s) / 100.0,
        _ => f64::NAN,
    }
}
