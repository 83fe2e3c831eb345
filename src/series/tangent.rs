//! The Brent–Harvey tangent-number triangle on two threads (a wavefront).
//!
//! Level k of the triangle updates T_j ← (j−k)·T_{j−1} + (j−k+2)·T_j for
//! j = k … m in order. Level k may update T_j once level k−1 is past j + 1
//! (it has written T_j and read it for T_{j+1}); so one thread runs the even
//! levels and one the odd levels, each waiting on the other's progress.
//! [`super::tangent_numbers`]' sequential loop is the reference (tested equal).

use rug::Integer;
use std::sync::atomic::{AtomicUsize, Ordering};

struct Slots(*mut Integer);
// SAFETY: the protocol below gives each slot to one thread at a time.
unsafe impl Send for Slots {}
unsafe impl Sync for Slots {}

/// Runs levels 2..=m of the triangle on `t[0..=m]` (t[k] = (k−1)! at level 1).
pub(super) fn triangle_two_threads(t: &mut [Integer], m: usize) {
    assert!(t.len() > m);
    let slots = Slots(t.as_mut_ptr());
    let width = m + 2;
    // done[p]: last finished (level k, index j) of the thread with k ≡ p (mod 2), as k·width + j
    let done = [AtomicUsize::new(m + 1), AtomicUsize::new(width + m + 1)];
    let run = |parity: usize| {
        let slots = &slots;
        let mut k = if parity == 0 { 2 } else { 3 };
        while k <= m {
            let prev = &done[(k - 1) % 2];
            for j in k..=m {
                // level k − 1 must have finished index min(j + 1, m)
                let need = (k - 1) * width + (j + 1).min(m);
                let mut spins = 0u32;
                while prev.load(Ordering::Acquire) < need {
                    spins += 1;
                    if spins < 64 {
                        std::hint::spin_loop();
                    } else {
                        std::thread::yield_now();
                    }
                }
                // SAFETY: j ≠ j − 1; slot j − 1 was last written by this level and
                // slot j by level k − 1, which no longer touches either (see above),
                // and level k + 1 waits for this thread's progress past j + 1.
                unsafe {
                    let tj = &mut *slots.0.add(j);
                    let tjm1 = &*slots.0.add(j - 1);
                    *tj *= (j - k + 2) as u32;
                    *tj += tjm1 * ((j - k) as u32);
                }
                done[parity].store(k * width + j, Ordering::Release);
            }
            // the level is complete
            done[parity].store(k * width + m + 1, Ordering::Release);
            k += 2;
        }
        done[parity].store(usize::MAX, Ordering::Release);
    };
    std::thread::scope(|s| {
        let other = s.spawn(|| run(1));
        run(0);
        crate::parallel::join(other);
    });
}

/// T₁ … T_m: the triangle below [`super::tangent_zeta::ZETA_FROM`], the ζ route
/// above it on all cores (k split so the threads get equal work, ∝ k²),
/// checked modulo 2^61 − 1 against the triangle in machine words; the
/// full triangle only if that check ever failed.
pub(super) fn tangent_numbers_fast(m: usize) -> Vec<Integer> {
    let threads = std::thread::available_parallelism().map_or(1, |n| n.get());
    tangent_numbers_split(m, threads.clamp(1, 8))
}

/// [`tangent_numbers_fast`] with k cut into `threads` ranges.
pub(super) fn tangent_numbers_split(m: usize, threads: usize) -> Vec<Integer> {
    use super::tangent_zeta::ZETA_FROM;
    assert!(m >= ZETA_FROM && threads >= 1);
    let t = super::elementary::tangent_numbers_triangle(ZETA_FROM - 1);
    tangent_numbers_extend(t, m, threads)
}

/// T₁ … T_m from the known T₁ … T_j (`t`, j + 1 ≥ [`super::tangent_zeta::ZETA_FROM`]):
/// T_{j+1} … T_m by the ζ route on `threads` ranges (cut so the threads get
/// equal work, ∝ k²), then all of T₁ … T_m checked modulo 2^61 − 1 against
/// the triangle in machine words; the full triangle only if that check ever failed.
pub(super) fn tangent_numbers_extend(
    mut t: Vec<Integer>,
    m: usize,
    threads: usize,
) -> Vec<Integer> {
    use super::tangent_zeta::{check_mod_p, zeta_range, ZETA_FROM};
    let lo = t.len() + 1;
    assert!(lo >= ZETA_FROM && threads >= 1);
    if m < lo {
        t.truncate(m);
        return t;
    }
    // cut lo..=m where the running sum of k² passes i/threads of the total
    let total: u128 = (lo..=m).map(|k| (k as u128).pow(2)).sum();
    let mut cuts = vec![lo];
    let mut run = 0u128;
    for k in lo..=m {
        run += (k as u128).pow(2);
        if cuts.len() < threads && run * threads as u128 >= total * cuts.len() as u128 && k < m {
            cuts.push(k + 1);
        }
    }
    cuts.push(m + 1);
    let parts: Vec<Vec<Integer>> = std::thread::scope(|s| {
        let hs: Vec<_> = cuts
            .windows(2)
            .map(|c| {
                let (a, b) = (c[0], c[1] - 1);
                s.spawn(move || zeta_range(a, b))
            })
            .collect();
        hs.into_iter().map(crate::parallel::join).collect()
    });
    for p in parts {
        t.extend(p);
    }
    if check_mod_p(&t) {
        t
    } else {
        // never seen; the error bound of zeta_range says it cannot happen
        super::elementary::tangent_numbers_triangle(m)
    }
}

/// T₁ … T_m in stages m/16 (at least 256), m/8, m/4, m/2, m (a stage
/// less than 1.5× the previous one skipped), each handed to `stage` (the
/// whole prefix known so far, every value final and checked) before the
/// next is computed, so a caller writing rows gets the first ones after
/// about 1/16³ of the work.
/// The stages together cost what one run does (no value is computed twice).
pub fn tangent_numbers_staged<E>(
    m: usize,
    stage: &mut dyn FnMut(&[Integer]) -> Result<(), E>,
) -> Result<(), E> {
    let threads = std::thread::available_parallelism()
        .map_or(1, |n| n.get())
        .clamp(1, 8);
    let j = (m / 16).max(256).min(m);
    let mut t = super::tangent_numbers(j);
    stage(&t)?;
    // then m/8, m/4, m/2, m, skipping a stage less than 1.5× the last one
    // (each ζ range starts with one full-precision power per term)
    for next in [m / 8, m / 4, m / 2, m] {
        if next == m && t.len() < m || 2 * next > 3 * t.len() {
            t = tangent_numbers_extend(t, next, threads);
            stage(&t)?;
        }
    }
    Ok(())
}
