//! Reading many couples' folders at once: the first start on a computer (no index yet) reads
//! every couple, and each read mostly waits on the file system or parses a record, so the
//! couples are shared among a few threads.

use std::sync::atomic::{AtomicUsize, Ordering};

/// Below this many items one thread does it all: starting threads would cost more.
const SERIAL_BELOW: usize = 64;
/// At most this many threads: a listing is bound by the disk beyond a few.
const MAX_THREADS: usize = 8;

/// `f` of each of `items`, in their order, computed on up to [`MAX_THREADS`] threads. Each
/// thread speaks the caller's language (the therapist's words in problems found), and the
/// couples' records and journals it reads count as read on the caller's thread.
pub fn map<T: Sync, R: Send>(items: &[T], f: impl Fn(&T) -> R + Sync) -> Vec<R> {
    if items.len() < SERIAL_BELOW {
        return items.iter().map(f).collect();
    }
    // Asked once: the answer reads the system's limits from files each time.
    static CPUS: std::sync::OnceLock<usize> = std::sync::OnceLock::new();
    let cpus = *CPUS.get_or_init(|| std::thread::available_parallelism().map_or(1, usize::from));
    let threads = cpus
        .min(MAX_THREADS)
        .min(items.len().div_ceil(SERIAL_BELOW));
    if threads <= 1 {
        return items.iter().map(f).collect();
    }
    let lang = crate::locale::therapist_setting();
    let next = AtomicUsize::new(0);
    let work = || {
        crate::locale::set_therapist(lang);
        let read_before = (
            super::records_read_on_this_thread(),
            super::journals_read_on_this_thread(),
        );
        let mut done = Vec::new();
        loop {
            let i = next.fetch_add(1, Ordering::Relaxed);
            let Some(item) = items.get(i) else { break };
            done.push((i, f(item)));
        }
        let read = (
            super::records_read_on_this_thread() - read_before.0,
            super::journals_read_on_this_thread() - read_before.1,
        );
        (done, read)
    };
    let mut all: Vec<(usize, R)> = Vec::with_capacity(items.len());
    std::thread::scope(|s| {
        let helpers: Vec<_> = (1..threads).map(|_| s.spawn(work)).collect();
        // The caller's thread takes its share too.
        let (done, _) = work();
        all.extend(done);
        for helper in helpers {
            // A panic in `f` is the caller's, as it would be without threads.
            let (done, read) = helper
                .join()
                .unwrap_or_else(|p| std::panic::resume_unwind(p));
            all.extend(done);
            super::couples::count_records_read(read.0);
            super::journal::count_journals_read(read.1);
        }
    });
    all.sort_unstable_by_key(|(i, _)| *i);
    all.into_iter().map(|(_, r)| r).collect()
}

#[cfg(test)]
mod tests {
    #[test]
    fn every_item_once_in_order_whatever_the_threads() {
        let items: Vec<u32> = (0..1000).collect();
        let doubled = super::map(&items, |x| x * 2);
        assert_eq!(doubled, items.iter().map(|x| x * 2).collect::<Vec<_>>());
        assert_eq!(super::map(&items[..3], |x| x + 1), vec![1, 2, 3]);
        assert!(super::map(&[] as &[u32], |x| *x).is_empty());
    }

    #[test]
    fn helpers_speak_the_callers_language() {
        use crate::model::Lang;
        crate::locale::set_therapist(Some(Lang::De));
        // Slow enough that every thread takes a share.
        let items = vec![(); 200];
        let langs = super::map(&items, |()| {
            std::thread::sleep(std::time::Duration::from_millis(1));
            (
                std::thread::current().id(),
                crate::locale::therapist_setting(),
            )
        });
        let threads: std::collections::HashSet<_> = langs.iter().map(|(t, _)| *t).collect();
        let cpus = std::thread::available_parallelism().map_or(1, usize::from);
        assert_eq!(threads.len() > 1, cpus > 1, "helpers took a share");
        assert!(langs.iter().all(|(_, l)| *l == Some(Lang::De)));
        crate::locale::set_therapist(Some(Lang::En));
    }
}
