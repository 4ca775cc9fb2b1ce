//! How the Prescriptors pane orders what it shows: people by score, and the records a person
//! may be merged with (those sharing a handle first, and said so).

use std::collections::HashSet;

/// The ids `kept`, highest score first (ties by id): the risk score when `by_risk`, else the
/// advocacy score.
pub fn by_score(scores: Vec<(i64, f64, f64)>, kept: &[i64], by_risk: bool) -> Vec<i64> {
    let kept: HashSet<i64> = kept.iter().copied().collect();
    let mut scored: Vec<(i64, f64)> = scores
        .into_iter()
        .filter(|(id, _, _)| kept.contains(id))
        .map(|(id, good, bad)| (id, if by_risk { bad } else { good }))
        .collect();
    scored.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
    scored.into_iter().map(|(id, _)| id).collect()
}

/// Everyone but `id`, in the order given, with the records sharing a handle first and marked.
pub fn merge_candidates(
    id: i64,
    people: Vec<(i64, String)>,
    same_handle: &[i64],
    lang: crate::i18n::Lang,
) -> Vec<(i64, String)> {
    let mut people: Vec<(i64, String)> = people
        .into_iter()
        .filter(|(other, _)| *other != id)
        .collect();
    people.sort_by_key(|(other, _)| !same_handle.contains(other));
    people
        .into_iter()
        .map(|(other, name)| {
            if same_handle.contains(&other) {
                (
                    other,
                    lang.text_with(
                        "people-merge-same-handle",
                        &[("name", crate::i18n::Arg::Text(&name))],
                    ),
                )
            } else {
                (other, name)
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn people_are_ranked_by_the_score_asked_for_among_those_kept() {
        let scores = vec![(1, 2.0, 9.0), (2, 5.0, 1.0), (3, 5.0, 0.0), (4, 8.0, 8.0)];
        assert_eq!(by_score(scores.clone(), &[1, 2, 3], false), vec![2, 3, 1]);
        assert_eq!(by_score(scores, &[1, 2, 3], true), vec![1, 2, 3]);
    }

    #[test]
    fn records_sharing_a_handle_come_first_and_say_so() {
        let people = vec![
            (1, "Ana".to_string()),
            (2, "Bea".to_string()),
            (3, "Carla".to_string()),
        ];
        assert_eq!(
            merge_candidates(1, people, &[3], crate::i18n::Lang::En),
            vec![
                (3, "Carla (same handle)".to_string()),
                (2, "Bea".to_string())
            ]
        );
    }
}
