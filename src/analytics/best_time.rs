//! Best time to post: engagement rate by local weekday × hour from the brand's own published
//! posts, as a heat map, and the best free times to suggest when composing.

use chrono::{DateTime, Datelike, Duration, NaiveTime, Timelike, Utc, Weekday};

use crate::analytics::slots::{Slot, near_any, slot_times};
use crate::clock::LocalZone;

/// A published post's metrics, as far as the best-time heat map needs them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PostPerformance {
    /// When it was published.
    pub published_at: DateTime<Utc>,
    /// Impressions, when known.
    pub impressions: Option<i64>,
    /// Reach, used when impressions are missing.
    pub reach: Option<i64>,
    /// Likes + comments + shares + saves.
    pub interactions: i64,
}

/// One weekday × hour cell of the heat map.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Cell {
    /// Engagement rate: the cell's interactions ÷ its impressions (or reach), from 0 to 1.
    pub rate: f64,
    /// Posts behind the rate.
    pub posts: usize,
}

/// Engagement rate by local weekday × hour over recent weeks.
#[derive(Debug, Clone, PartialEq)]
pub struct Heatmap {
    /// `cells[weekday from Monday][local hour]`; `None` when the cell has too few posts.
    pub cells: [[Option<Cell>; 24]; 7],
    /// Posts that went into the map (in the window and with impressions or reach).
    pub posts_used: usize,
    /// How many weeks back the map looks.
    pub weeks: u32,
    /// Posts a cell needs before it counts.
    pub min_posts: usize,
}

/// Fewer counted cells than this and the history is too thin to suggest anything.
const MIN_CELLS: usize = 3;

/// The days of the week, Monday first, matching the rows of [`Heatmap::cells`].
pub const WEEKDAYS: [Weekday; 7] = [
    Weekday::Mon,
    Weekday::Tue,
    Weekday::Wed,
    Weekday::Thu,
    Weekday::Fri,
    Weekday::Sat,
    Weekday::Sun,
];

impl Heatmap {
    /// How the heat map is computed, as shown next to it, in `lang`.
    pub fn formula(lang: crate::i18n::Lang) -> String {
        lang.text("calendar-heatmap-formula")
    }

    /// Whether history is too thin to trust: fewer than 3 cells have enough posts.
    pub fn is_thin(&self) -> bool {
        self.cells.iter().flatten().flatten().count() < MIN_CELLS
    }

    /// The `n` counted cells with the highest rate (ties: more posts, then earlier in the week),
    /// as `(weekday, local hour, cell)`.
    pub fn best_cells(&self, n: usize) -> Vec<(Weekday, u32, Cell)> {
        let mut cells: Vec<(Weekday, u32, Cell)> = WEEKDAYS
            .iter()
            .zip(&self.cells)
            .flat_map(|(weekday, row)| {
                (0u32..)
                    .zip(row)
                    .filter_map(move |(hour, cell)| cell.map(|cell| (*weekday, hour, cell)))
            })
            .collect();
        cells.sort_by(|a, b| {
            b.2.rate
                .total_cmp(&a.2.rate)
                .then(b.2.posts.cmp(&a.2.posts))
                .then(a.0.num_days_from_monday().cmp(&b.0.num_days_from_monday()))
                .then(a.1.cmp(&b.1))
        });
        cells.truncate(n);
        cells
    }
}

/// The denominator of a post's rate: impressions when positive, else reach when positive.
fn denominator(post: &PostPerformance) -> Option<i64> {
    post.impressions
        .filter(|v| *v > 0)
        .or(post.reach.filter(|v| *v > 0))
}

/// Builds the heat map from posts published in `(now − weeks, now]`, by local weekday and hour.
///
/// Rate of a cell = Σ interactions ÷ Σ denominators of its posts, where a post's denominator is
/// its impressions, or its reach when impressions are missing; posts with neither are skipped.
/// A cell with fewer than `min_posts` posts (at least 1) is `None`.
pub fn heatmap(
    posts: &[PostPerformance],
    zone: &impl LocalZone,
    now: DateTime<Utc>,
    weeks: u32,
    min_posts: usize,
) -> Heatmap {
    let since = now - Duration::weeks(i64::from(weeks));
    let mut sums = [[(0i64, 0i64, 0usize); 24]; 7];
    let mut posts_used = 0;
    for post in posts {
        if post.published_at <= since || post.published_at > now {
            continue;
        }
        let Some(whole) = denominator(post) else {
            continue;
        };
        let local = zone.to_local(post.published_at);
        let day = local.weekday().num_days_from_monday() as usize;
        let hour = local.hour() as usize;
        if let Some(sum) = sums.get_mut(day).and_then(|row| row.get_mut(hour)) {
            sum.0 += post.interactions;
            sum.1 += whole;
            sum.2 += 1;
            posts_used += 1;
        }
    }
    let cells = sums.map(|row| {
        row.map(|(part, whole, count)| {
            (count >= min_posts.max(1) && whole > 0).then(|| Cell {
                rate: part as f64 / whole as f64,
                posts: count,
            })
        })
    });
    Heatmap {
        cells,
        posts_used,
        weeks,
        min_posts,
    }
}

/// Up to `n` suggested times in the 7 days after `after`: the next occurrence of each best
/// cell's local weekday and hour (on the hour), best rate first, skipping times less than one
/// hour from a taken time. Empty when the heat map is thin, rather than inventing a best time.
pub fn suggest_times(
    heatmap: &Heatmap,
    zone: &impl LocalZone,
    after: DateTime<Utc>,
    taken: &[DateTime<Utc>],
    n: usize,
) -> Vec<DateTime<Utc>> {
    if heatmap.is_thin() {
        return Vec::new();
    }
    let mut taken = taken.to_vec();
    taken.sort();
    let until = after + Duration::days(7);
    let near = Duration::hours(1) - Duration::nanoseconds(1);
    let mut suggestions: Vec<DateTime<Utc>> = Vec::new();
    for (weekday, hour, _) in heatmap.best_cells(7 * 24) {
        if suggestions.len() >= n {
            break;
        }
        let Some(time) = NaiveTime::from_hms_opt(hour, 0, 0) else {
            continue;
        };
        let slot = Slot { weekday, time };
        let free = slot_times(&[slot], zone, after, until)
            .into_iter()
            .find(|t| *t > after && !near_any(*t, &taken, near) && !suggestions.contains(t));
        suggestions.extend(free);
    }
    suggestions
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;
    use chrono_tz::Europe::Madrid;

    /// A Monday, 12:00 UTC.
    fn now() -> DateTime<Utc> {
        Utc.with_ymd_and_hms(2026, 11, 23, 12, 0, 0).unwrap()
    }

    fn at(month: u32, day: u32, hour: u32) -> DateTime<Utc> {
        Utc.with_ymd_and_hms(2026, month, day, hour, 0, 0).unwrap()
    }

    fn post(published_at: DateTime<Utc>, impressions: i64, interactions: i64) -> PostPerformance {
        PostPerformance {
            published_at,
            impressions: Some(impressions),
            reach: None,
            interactions,
        }
    }

    /// Tuesdays 10h (4.0 %), Wednesdays 18h (6.0 %) and Thursdays 09h (2.0 %), three posts each.
    fn history() -> Vec<PostPerformance> {
        let mut posts = Vec::new();
        for (week, interactions) in [(0, 50), (1, 40), (2, 30)] {
            posts.push(post(at(11, 17 - 7 * week, 10), 1_000, interactions));
            posts.push(post(at(11, 18 - 7 * week, 18), 500, 30));
            posts.push(post(at(11, 19 - 7 * week, 9), 2_000, 40));
        }
        posts
    }

    fn cell(map: &Heatmap, weekday: Weekday, hour: usize) -> Option<Cell> {
        map.cells[weekday.num_days_from_monday() as usize][hour]
    }

    #[test]
    fn a_cell_rate_is_total_interactions_over_total_impressions() {
        let map = heatmap(&history(), &Utc, now(), 16, 3);
        let tuesday = cell(&map, Weekday::Tue, 10).unwrap();
        assert!((tuesday.rate - 0.04).abs() < 1e-12);
        assert_eq!(tuesday.posts, 3);
        assert!((cell(&map, Weekday::Wed, 18).unwrap().rate - 0.06).abs() < 1e-12);
        assert_eq!(map.posts_used, 9);
        assert!(!map.is_thin());
        let best: Vec<(Weekday, u32)> = map.best_cells(2).iter().map(|c| (c.0, c.1)).collect();
        assert_eq!(best, vec![(Weekday::Wed, 18), (Weekday::Tue, 10)]);
    }

    #[test]
    fn reach_stands_in_for_missing_impressions_and_posts_with_neither_are_skipped() {
        let posts = [
            PostPerformance {
                published_at: at(11, 17, 10),
                impressions: None,
                reach: Some(200),
                interactions: 10,
            },
            post(at(11, 10, 10), 800, 30),
            PostPerformance {
                published_at: at(11, 3, 10),
                impressions: None,
                reach: None,
                interactions: 99,
            },
        ];
        let map = heatmap(&posts, &Utc, now(), 16, 1);
        let tuesday = cell(&map, Weekday::Tue, 10).unwrap();
        assert!((tuesday.rate - 40.0 / 1_000.0).abs() < 1e-12);
        assert_eq!(map.posts_used, 2);
    }

    #[test]
    fn a_cell_with_fewer_posts_than_the_minimum_does_not_count() {
        let mut posts = history();
        posts.push(post(at(11, 20, 15), 100, 50));
        let map = heatmap(&posts, &Utc, now(), 16, 3);
        assert_eq!(cell(&map, Weekday::Fri, 15), None);
        assert_eq!(map.best_cells(10).len(), 3);
    }

    #[test]
    fn posts_older_than_the_window_or_in_the_future_are_ignored() {
        let mut posts = history();
        posts.push(post(now() - Duration::weeks(16), 1_000, 900));
        posts.push(post(now() - Duration::weeks(17), 1_000, 900));
        posts.push(post(now() + Duration::hours(1), 1_000, 900));
        let map = heatmap(&posts, &Utc, now(), 16, 1);
        assert_eq!(map.posts_used, 9);
        assert_eq!(cell(&map, Weekday::Mon, 12), None);
    }

    #[test]
    fn thin_history_is_reported_and_suggests_nothing() {
        let posts: Vec<PostPerformance> = history().into_iter().take(6).collect();
        let map = heatmap(&posts, &Utc, now(), 16, 3);
        assert!(map.is_thin());
        assert!(suggest_times(&map, &Utc, now(), &[], 3).is_empty());
        let empty = heatmap(&[], &Utc, now(), 16, 3);
        assert!(empty.is_thin());
        assert_eq!(empty.posts_used, 0);
    }

    #[test]
    fn posts_land_in_their_local_hour() {
        // 08:00 UTC on Wednesday 15 July 2026 is 10:00 in Madrid (CEST).
        let july = Utc.with_ymd_and_hms(2026, 7, 15, 8, 0, 0).unwrap();
        let map = heatmap(&[post(july, 100, 5)], &Madrid, at(8, 1, 0), 16, 1);
        assert!(cell(&map, Weekday::Wed, 10).is_some());
        assert_eq!(cell(&map, Weekday::Wed, 8), None);
    }

    #[test]
    fn suggestions_are_the_next_best_free_times_best_rate_first() {
        let map = heatmap(&history(), &Madrid, now(), 16, 3);
        // In Madrid (CET) the history lands one hour later: Tue 11h, Wed 19h, Thu 10h.
        let suggested = suggest_times(&map, &Madrid, now(), &[], 2);
        assert_eq!(suggested, vec![at(11, 25, 18), at(11, 24, 10)]);
        // Wednesday 19h is taken (a post at 18:30 local), so the next best times follow.
        let taken = [Utc.with_ymd_and_hms(2026, 11, 25, 17, 30, 0).unwrap()];
        let suggested = suggest_times(&map, &Madrid, now(), &taken, 5);
        assert_eq!(suggested, vec![at(11, 24, 10), at(11, 26, 9)]);
    }
}
