//! Posts on the same channel scheduled closer together than a minimum gap.

use std::collections::BTreeSet;

use chrono::{DateTime, Duration, Utc};

/// The rule, as shown next to a flagged post.
pub const FORMULA: &str =
    "a post is flagged when another post on the same channel is less than the minimum gap away";

/// The ids of posts `(post_id, channel_id, time)` that have another post on the same channel
/// less than `min_gap` away; both posts of a close pair are flagged. Sorting by channel and
/// time makes each post's nearest neighbour adjacent, so this is O(n log n).
pub fn too_close(posts: &[(i64, i64, DateTime<Utc>)], min_gap: Duration) -> BTreeSet<i64> {
    let mut sorted = posts.to_vec();
    sorted.sort_by_key(|(id, channel, time)| (*channel, *time, *id));
    sorted
        .windows(2)
        .filter_map(|pair| match pair {
            [(a, channel_a, time_a), (b, channel_b, time_b)]
                if channel_a == channel_b && *time_b - *time_a < min_gap =>
            {
                Some([*a, *b])
            }
            _ => None,
        })
        .flatten()
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    fn at(hour: u32, minute: u32) -> DateTime<Utc> {
        Utc.with_ymd_and_hms(2026, 11, 2, hour, minute, 0).unwrap()
    }

    #[test]
    fn both_posts_of_a_close_pair_on_one_channel_are_flagged() {
        let posts = [(1, 10, at(9, 0)), (2, 10, at(9, 45)), (3, 10, at(12, 0))];
        let flagged = too_close(&posts, Duration::hours(1));
        assert_eq!(flagged, BTreeSet::from([1, 2]));
    }

    #[test]
    fn close_posts_on_different_channels_are_not_flagged() {
        let posts = [(1, 10, at(9, 0)), (2, 20, at(9, 5))];
        assert!(too_close(&posts, Duration::hours(1)).is_empty());
    }

    #[test]
    fn posts_exactly_the_gap_apart_are_not_flagged() {
        let posts = [(1, 10, at(9, 0)), (2, 10, at(10, 0))];
        assert!(too_close(&posts, Duration::hours(1)).is_empty());
    }

    #[test]
    fn a_chain_of_close_posts_in_any_order_is_flagged_entirely() {
        let posts = [
            (3, 10, at(10, 0)),
            (1, 10, at(9, 0)),
            (2, 10, at(9, 30)),
            (4, 10, at(9, 0)),
            (5, 10, at(18, 0)),
        ];
        let flagged = too_close(&posts, Duration::minutes(31));
        assert_eq!(flagged, BTreeSet::from([1, 2, 3, 4]));
        assert!(too_close(&[], Duration::hours(1)).is_empty());
    }
}
