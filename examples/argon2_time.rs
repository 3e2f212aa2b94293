//! Measures one argon2id hash at the parameters Plenary uses (m=19456 KiB, t=2, p=1).
//! Run: `cargo run --release --example argon2_time`

use plenary::domain::{Password, passwords};

fn main() -> anyhow::Result<()> {
    let p = Password::parse("a benchmark passphrase").map_err(anyhow::Error::msg)?;
    let _warm = passwords::hash(&p)?;
    let runs = 20;
    let mut times = Vec::with_capacity(runs);
    for _ in 0..runs {
        let t = std::time::Instant::now();
        let h = passwords::hash(&p)?;
        times.push(t.elapsed().as_secs_f64() * 1000.0);
        assert!(passwords::verify(&p, &h));
    }
    times.sort_by(f64::total_cmp);
    let mean = times.iter().sum::<f64>() / runs as f64;
    println!(
        "argon2id m=19456 t=2 p=1: mean {mean:.1} ms, min {:.1} ms, max {:.1} ms over {runs} hashes",
        times[0],
        times[runs - 1]
    );
    Ok(())
}
