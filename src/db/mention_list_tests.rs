//! Paging the mentions views: a page read from the far end of a dated view (past its middle)
//! holds the same rows in the same order as reading from the start, with or without a filter,
//! and a size counted earlier is used instead of counting again.

use super::Db;
use crate::domain::Sentiment;
use crate::domain::mentions::MentionFilter;
use crate::domain::mentions::MentionView;

/// 300 mentions, several to a minute so that equal times are ordered by id, on two rules and
/// three sentiments, a fifth of them reviewed.
fn db() -> Db {
    let mut db = Db::open_in_memory().unwrap();
    db.write(|tx| {
        tx.execute_batch(
            "INSERT INTO listening_rules (id, name, kind, terms) VALUES
               (1, 'Marca', 'brand', 'nora'), (2, 'Brío', 'competitor', 'brio');
             WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < 299)
             INSERT INTO mentions (source, url, text, published_at, sentiment_auto, rule_id, status)
             SELECT 'web', 'https://m/' || i, 'mención ' || i,
                    strftime('%Y-%m-%dT%H:%M:%SZ', '2026-11-23T09:00:00', printf('-%d minutes', i / 3)),
                    CASE i % 3 WHEN 0 THEN 'positive' WHEN 1 THEN 'neutral' ELSE 'negative' END,
                    1 + i % 2, CASE WHEN i % 5 = 0 THEN 'reviewed' ELSE 'new' END
             FROM n;",
        )
    })
    .unwrap();
    db
}

/// The ids of every page of `view`, read in pages of `limit` from the top down.
fn paged_ids(db: &Db, view: MentionView, filter: &MentionFilter, limit: usize) -> Vec<i64> {
    let first = db.mentions_page(view, filter, 0, limit, None).unwrap();
    let mut ids: Vec<i64> = first.rows.iter().map(|m| m.id).collect();
    let mut offset = limit;
    while offset < first.total {
        let page = db
            .mentions_page(view, filter, offset, limit, Some(first.total))
            .unwrap();
        assert_eq!(page.total, first.total);
        assert_eq!(page.offset, offset);
        ids.extend(page.rows.iter().map(|m| m.id));
        offset += limit;
    }
    ids
}

/// The ids of `view` in its order, read in one page from the start.
fn whole_ids(db: &Db, view: MentionView, filter: &MentionFilter) -> Vec<i64> {
    let page = db.mentions_page(view, filter, 0, 10_000, None).unwrap();
    page.rows.iter().map(|m| m.id).collect()
}

#[test]
fn pages_read_from_the_far_end_hold_the_same_rows_in_the_same_order() {
    let db = db();
    let filters = [
        MentionFilter::default(),
        MentionFilter {
            rule_id: Some(2),
            ..MentionFilter::default()
        },
        MentionFilter {
            sentiment: Some(Sentiment::Negative),
            ..MentionFilter::default()
        },
    ];
    for view in [MentionView::All, MentionView::Reviewed, MentionView::New] {
        for filter in &filters {
            let whole = whole_ids(&db, view, filter);
            assert!(!whole.is_empty(), "{view:?} {filter:?}");
            for limit in [7, 35, 64] {
                assert_eq!(
                    paged_ids(&db, view, filter, limit),
                    whole,
                    "{view:?} {filter:?} in pages of {limit}"
                );
            }
        }
    }
}

#[test]
fn the_last_page_holds_the_oldest_mentions_newest_first() {
    let db = db();
    let all = db
        .mentions_page(
            MentionView::All,
            &MentionFilter::default(),
            290,
            35,
            Some(300),
        )
        .unwrap();
    assert_eq!(all.rows.len(), 10);
    let times: Vec<_> = all.rows.iter().map(|m| m.published_at).collect();
    let mut newest_first = times.clone();
    newest_first.sort_by(|a, b| b.cmp(a));
    assert_eq!(times, newest_first);
    let ids: Vec<i64> = all.rows.iter().map(|m| m.id).collect();
    assert_eq!(
        &ids[7..],
        [300, 299, 298],
        "the three oldest, of one minute, come last, the later id first"
    );
}

#[test]
fn a_size_counted_earlier_is_used_instead_of_counting_again() {
    let db = db();
    let page = db
        .mentions_page(
            MentionView::All,
            &MentionFilter::default(),
            0,
            10,
            Some(1234),
        )
        .unwrap();
    assert_eq!(page.total, 1234, "the count given is trusted");
    let counted = db
        .mentions_page(MentionView::All, &MentionFilter::default(), 0, 10, None)
        .unwrap();
    assert_eq!(counted.total, 300);
}

#[test]
fn each_unfiltered_view_counts_exactly_the_rows_it_lists() {
    let db = db();
    for view in MentionView::ALL {
        let counted = db
            .mentions_page(view, &MentionFilter::default(), 0, 5, None)
            .unwrap();
        let listed = whole_ids(&db, view, &MentionFilter::default());
        assert_eq!(counted.total, listed.len(), "{view:?}");
    }
}
