//! How well the automatic guess agrees with labels people gave: the confusion matrix,
//! accuracy, macro-F1 and each label's precision and recall, for `cmdeck sentiment evaluate`.

use crate::domain::enums::Sentiment;

/// The labels in the order of the matrix's rows and columns.
pub const LABELS: [Sentiment; 3] = [Sentiment::Positive, Sentiment::Neutral, Sentiment::Negative];

/// Counts of (the person's label, the guess).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Confusion {
    /// `cells[gold][guess]`, indexed as [`LABELS`].
    pub cells: [[usize; 3]; 3],
}

fn index(label: Sentiment) -> usize {
    match label {
        Sentiment::Positive => 0,
        Sentiment::Neutral => 1,
        Sentiment::Negative => 2,
    }
}

impl Confusion {
    /// Counts one labelled text.
    pub fn add(&mut self, gold: Sentiment, guess: Sentiment) {
        self.cells[index(gold)][index(guess)] += 1;
    }

    /// How many texts were counted.
    pub fn total(&self) -> usize {
        self.cells.iter().flatten().sum()
    }

    /// The share of guesses equal to the label (0 when empty).
    pub fn accuracy(&self) -> f64 {
        let right: usize = (0..3).map(|i| self.cells[i][i]).sum();
        ratio(right, self.total())
    }

    /// Of the texts guessed `label`, the share that people labelled so.
    pub fn precision(&self, label: Sentiment) -> f64 {
        let i = index(label);
        ratio(self.cells[i][i], (0..3).map(|g| self.cells[g][i]).sum())
    }

    /// Of the texts people labelled `label`, the share guessed so.
    pub fn recall(&self, label: Sentiment) -> f64 {
        let i = index(label);
        ratio(self.cells[i][i], self.cells[i].iter().sum())
    }

    /// The harmonic mean of precision and recall (0 when both are 0).
    pub fn f1(&self, label: Sentiment) -> f64 {
        let (p, r) = (self.precision(label), self.recall(label));
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }

    /// The mean of the three labels' F1.
    pub fn macro_f1(&self) -> f64 {
        LABELS.iter().map(|l| self.f1(*l)).sum::<f64>() / 3.0
    }
}

fn ratio(part: usize, whole: usize) -> f64 {
    if whole == 0 {
        0.0
    } else {
        part as f64 / whole as f64
    }
}

/// The targets the guess is held to on labelled customer-service posts.
pub mod targets {
    /// The lowest macro-F1 accepted.
    pub const MACRO_F1: f64 = 0.65;
    /// The lowest recall of negatives accepted.
    pub const NEGATIVE_RECALL: f64 = 0.75;
    /// The lowest precision of negatives accepted.
    pub const NEGATIVE_PRECISION: f64 = 0.70;
    /// The fewest texts scored per second on one core.
    pub const TEXTS_PER_SECOND: f64 = 50_000.0;
}

#[cfg(test)]
mod tests {
    use super::*;
    use Sentiment::{Negative as Neg, Neutral as Neu, Positive as Pos};

    #[test]
    fn the_figures_come_from_the_matrix_as_hand_counted() {
        let mut c = Confusion::default();
        for (gold, guess, times) in [
            (Pos, Pos, 3),
            (Pos, Neu, 1),
            (Neu, Neu, 2),
            (Neu, Neg, 2),
            (Neg, Neg, 6),
            (Neg, Pos, 2),
        ] {
            for _ in 0..times {
                c.add(gold, guess);
            }
        }
        assert_eq!(c.total(), 16);
        assert!((c.accuracy() - 11.0 / 16.0).abs() < 1e-9);
        assert!((c.precision(Neg) - 6.0 / 8.0).abs() < 1e-9);
        assert!((c.recall(Neg) - 6.0 / 8.0).abs() < 1e-9);
        assert!((c.precision(Pos) - 3.0 / 5.0).abs() < 1e-9);
        assert!((c.recall(Neu) - 2.0 / 4.0).abs() < 1e-9);
        let f1_pos = 2.0 * 0.6 * 0.75 / 1.35;
        let f1_neu = 2.0 * (2.0 / 3.0) * 0.5 / (2.0 / 3.0 + 0.5);
        assert!((c.macro_f1() - (f1_pos + f1_neu + 0.75) / 3.0).abs() < 1e-9);
    }

    #[test]
    fn an_empty_matrix_gives_zeros_not_a_division_by_zero() {
        let c = Confusion::default();
        assert_eq!(c.accuracy(), 0.0);
        assert_eq!(c.macro_f1(), 0.0);
    }
}
