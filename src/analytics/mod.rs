//! Pure computations behind the figures cmdeck shows (placeholder until the calendar analytics land).
