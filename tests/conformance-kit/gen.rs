//! A seeded generator (splitmix64: small, fast, the same everywhere), so the same seed writes the
//! same fresh values on every machine. Each runner adds its own samplers in an `impl Gen`.

pub struct Gen {
    state: u64,
    forced: Option<usize>,
    /// How deep the value being built nests (a recursive type bottoms out on it).
    #[allow(dead_code)] // claw-proto has no recursive type: only the fixture's runner reads it
    pub depth: usize,
}

impl Gen {
    pub fn new(seed: u64) -> Self {
        Self {
            state: seed,
            forced: None,
            depth: 0,
        }
    }

    pub fn next(&mut self) -> u64 {
        self.state = self.state.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.state;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    pub fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }

    pub fn one_in(&mut self, n: u64) -> bool {
        self.below(n) == 0
    }

    pub fn pick<T: Clone>(&mut self, choices: &[T]) -> T {
        choices[self.below(choices.len() as u64) as usize].clone()
    }

    /// Make the next enum choose variant `index` (modulo its count), so that sample `i` of an enum
    /// type is its variant `i`: every variant gets written.
    pub fn force_variant(&mut self, index: usize) {
        self.forced = Some(index);
    }

    pub fn variant(&mut self, count: usize) -> usize {
        match self.forced.take() {
            Some(index) => index % count,
            None => self.below(count as u64) as usize,
        }
    }
}
