//! Plain domain types and pure rules shared by the database, the panes and the reports; no I/O.

pub mod audience;
pub mod calendar;
pub mod channels;
pub mod crisis;
pub mod enums;
pub mod inbox;
pub mod length;
pub mod listening;
pub mod matching;
pub mod mentions;
pub mod people;
pub mod person;
pub mod post;
pub mod report;
pub mod rows;
pub mod strategy;
pub mod today;
pub mod typed_number;
pub mod week;

pub use enums::*;
