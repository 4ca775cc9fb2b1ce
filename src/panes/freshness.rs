//! Which version of a pane's data is on screen and which is being gathered, so that data read
//! off the key path is shown only when it answers the latest change, and stale data can stay on
//! screen while the fresh one is read.

/// Counts changes to what a face shows and remembers which change the shown and the asked-for
/// data answer.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Freshness {
    /// Counts the changes (of data, period or clock) since the pane was made.
    pub generation: u64,
    /// The generation the data on screen was read for, if any is.
    pub shown: Option<u64>,
    /// The generation a worker is reading for, if one is.
    pub asked: Option<u64>,
}

impl Freshness {
    /// Marks what is shown as out of date.
    pub fn invalidate(&mut self) {
        self.generation += 1;
    }

    /// Whether nothing, or something out of date, is shown.
    pub fn is_stale(&self) -> bool {
        self.shown != Some(self.generation)
    }

    /// Whether fresh data should be asked for: it is stale and nobody is reading it yet.
    pub fn should_ask(&self) -> bool {
        self.is_stale() && self.asked != Some(self.generation)
    }

    /// Notes that a worker reads for the current generation, and returns it.
    pub fn ask(&mut self) -> u64 {
        self.asked = Some(self.generation);
        self.generation
    }

    /// Takes an answer read for `generation`; true when it is current and should be shown.
    pub fn answer(&mut self, generation: u64) -> bool {
        if self.asked == Some(generation) {
            self.asked = None;
        }
        generation == self.generation
    }

    /// Notes that the data on screen is now current.
    pub fn mark_shown(&mut self) {
        self.shown = Some(self.generation);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_answer_for_an_older_generation_is_not_shown_and_fresh_data_is_asked_again() {
        let mut fresh = Freshness::default();
        assert!(fresh.should_ask());
        let asked = fresh.ask();
        assert!(!fresh.should_ask(), "one question at a time per generation");
        fresh.invalidate();
        assert!(fresh.should_ask(), "a change asks again");
        assert!(!fresh.answer(asked), "the old answer is dropped");
        let asked = fresh.ask();
        assert!(fresh.answer(asked));
        fresh.mark_shown();
        assert!(!fresh.is_stale());
        assert!(!fresh.should_ask());
        fresh.invalidate();
        assert!(fresh.is_stale());
    }
}
