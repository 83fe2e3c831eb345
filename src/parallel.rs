//! The two ways work is spread over the cores, in one place.
//!
//! * [`map_items`]: items of growing cost (coefficient k of a series costs
//!   more than k − 1) dealt round-robin, so every thread gets a fair share;
//!   results come back in order.
//! * [`map_ranges`]: a long uniform loop (grid samples) cut into one
//!   contiguous range per thread.
//! * [`two_lanes`]: two long jobs of different kinds on two threads, and
//!   smaller jobs taken by whichever thread is free first.
//!
//! A panic in a worker is re-raised in the caller.
//!
//! ```
//! use taylormatch::parallel::{map_items, map_ranges};
//! // results come back in the items' order
//! assert_eq!(map_items((1..=5u64).collect(), |n| n * n), vec![1, 4, 9, 16, 25]);
//! // ranges cover 0..n once: the pieces' sums add up to Σ k = n(n−1)/2
//! let parts = map_ranges(1000, |r| r.map(|k| k as u64).sum::<u64>());
//! assert_eq!(parts.iter().sum::<u64>(), 1000 * 999 / 2);
//! ```

fn threads(max: usize) -> usize {
    std::thread::available_parallelism()
        .map_or(1, |n| n.get())
        .clamp(1, max)
}

/// Joins a scoped worker, re-raising its panic in the caller.
pub fn join<R>(h: std::thread::ScopedJoinHandle<'_, R>) -> R {
    h.join().unwrap_or_else(|e| std::panic::resume_unwind(e))
}

/// Maps `f` over `items` on up to 4 threads (dealt round-robin), keeping the order.
pub fn map_items<T: Send, U: Send>(items: Vec<T>, f: impl Fn(T) -> U + Sync) -> Vec<U> {
    let threads = threads(4);
    if threads < 2 || items.len() < 64 {
        return items.into_iter().map(f).collect();
    }
    let len = items.len();
    // thread t gets items t, t + threads, …: part sizes never increase with t
    let mut parts: Vec<Vec<T>> = (0..threads).map(|_| Vec::new()).collect();
    for (i, it) in items.into_iter().enumerate() {
        parts[i % threads].push(it);
    }
    let f = &f;
    let done: Vec<Vec<U>> = std::thread::scope(|s| {
        let hs: Vec<_> = parts
            .into_iter()
            .map(|p| s.spawn(move || p.into_iter().map(f).collect::<Vec<_>>()))
            .collect();
        hs.into_iter().map(join).collect()
    });
    // deal the results back in the same round-robin order
    let mut its: Vec<_> = done.into_iter().map(Vec::into_iter).collect();
    let mut out = Vec::with_capacity(len);
    'deal: loop {
        for it in &mut its {
            match it.next() {
                Some(u) => out.push(u),
                None => break 'deal,
            }
        }
    }
    out
}

/// Runs `f` on one contiguous chunk of `0..n` per thread (up to 8), once n ≥ 512.
pub fn map_ranges<R: Send>(n: usize, f: impl Fn(std::ops::Range<usize>) -> R + Sync) -> Vec<R> {
    map_ranges_min(n, 512, f)
}

/// [`map_ranges`], run in parallel once n ≥ `min`.
pub fn map_ranges_min<R: Send>(
    n: usize,
    min: usize,
    f: impl Fn(std::ops::Range<usize>) -> R + Sync,
) -> Vec<R> {
    let threads = threads(8).min(n.max(1));
    if threads == 1 || n < min {
        return vec![f(0..n)];
    }
    let chunk = n.div_ceil(threads);
    std::thread::scope(|sc| {
        let hs: Vec<_> = (0..threads)
            .map(|t| {
                let f = &f;
                sc.spawn(move || f(t * chunk..((t + 1) * chunk).min(n)))
            })
            .collect();
        hs.into_iter().map(join).collect()
    })
}

/// A job of [`two_lanes`]'s shared list; it hands its result back through what it captures.
pub type Job<'a> = Box<dyn FnOnce() + Send + 'a>;

/// Runs `a` on this thread and `b` on a second one; when either is done it
/// takes the next of `shared` (in their order: longest first), until none is
/// left. Every job has run when this returns. Two lanes whatever the core
/// count: the jobs spread their own inner loops over the cores.
pub fn two_lanes<A: Send, B: Send>(
    a: impl FnOnce() -> A + Send,
    b: impl FnOnce() -> B + Send,
    shared: Vec<Job<'_>>,
) -> (A, B) {
    let queue = std::sync::Mutex::new(std::collections::VecDeque::from(shared));
    let drain = || loop {
        // a job that panicked poisons nothing of the queue's: take the guard's data
        let next = queue.lock().unwrap_or_else(|e| e.into_inner()).pop_front();
        match next {
            Some(job) => job(),
            None => return,
        }
    };
    std::thread::scope(|s| {
        let hb = s.spawn(|| {
            let r = b();
            drain();
            r
        });
        let ra = a();
        drain();
        (ra, join(hb))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn items_keep_their_order_for_every_length() {
        for n in [0usize, 1, 63, 64, 65, 67, 200, 1001] {
            let v: Vec<usize> = (0..n).collect();
            assert_eq!(
                map_items(v.clone(), |x| x * 3),
                v.iter().map(|x| x * 3).collect::<Vec<_>>()
            );
        }
    }

    #[test]
    fn two_lanes_runs_both_and_every_shared_job_once() {
        let mut slots = vec![0u64; 7];
        let jobs: Vec<Job> = slots
            .iter_mut()
            .enumerate()
            .map(|(i, s)| Box::new(move || *s += (i as u64 + 1) * 10) as Job)
            .collect();
        let (a, b) = two_lanes(|| (1..=100u64).sum::<u64>(), || "b", jobs);
        assert_eq!((a, b), (5050, "b"));
        assert_eq!(slots, vec![10, 20, 30, 40, 50, 60, 70]);
    }

    #[test]
    fn ranges_cover_0_to_n_once() {
        for n in [0usize, 1, 511, 512, 513, 10_007] {
            let parts = map_ranges(n, |r| r);
            let mut next = 0;
            for r in parts {
                assert_eq!(r.start, next);
                next = r.end;
            }
            assert_eq!(next, n);
        }
    }
}
