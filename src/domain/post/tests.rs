//! The post form's rules on a fixed set of channels.

use super::*;
use chrono::TimeZone;

fn channels() -> Vec<ChannelInfo> {
    vec![
        ChannelInfo {
            id: 1,
            network: Network::X,
            handle: "@nora".into(),
            char_limit: 280,
            slots: String::new(),
        },
        ChannelInfo {
            id: 2,
            network: Network::Instagram,
            handle: "@nora".into(),
            char_limit: 2_200,
            slots: String::new(),
        },
    ]
}

fn draft() -> PostDraft {
    PostDraft {
        channel_ids: vec![1, 2],
        body: "¡Nuevo tueste de Etiopía! ☕".into(),
        date: "2026-11-24".into(),
        time: "09:30".into(),
        status: Some(PostStatus::Scheduled),
        ..Default::default()
    }
}

fn now() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 23, 10, 0, 0).unwrap()
}

fn fields(errors: Vec<FieldError>) -> Vec<Field> {
    errors.into_iter().map(|e| e.field).collect()
}

#[test]
fn one_draft_for_two_channels_becomes_two_posts_at_the_same_local_time() {
    let posts = draft()
        .validate(&channels(), &chrono_tz::Europe::Madrid, now())
        .unwrap();
    assert_eq!(posts.len(), 2);
    assert_eq!(posts[0].channel_id, 1);
    assert_eq!(posts[1].channel_id, 2);
    assert_eq!(
        posts[0].scheduled_at,
        Some(Utc.with_ymd_and_hms(2026, 11, 24, 8, 30, 0).unwrap())
    );
}

#[test]
fn a_date_that_does_not_exist_is_refused_with_a_clear_message() {
    let errors = PostDraft {
        date: "2026-02-30".into(),
        ..draft()
    }
    .validate(&channels(), &Utc, now())
    .unwrap_err();
    assert_eq!(errors[0].field, Field::Date);
    assert!(
        errors[0].message.contains("is not a date that exists"),
        "{}",
        errors[0].message
    );
}

#[test]
fn a_time_out_of_range_is_refused() {
    let errors = PostDraft {
        time: "24:15".into(),
        ..draft()
    }
    .validate(&channels(), &Utc, now())
    .unwrap_err();
    assert_eq!(fields(errors), [Field::Time]);
}

#[test]
fn an_empty_body_is_refused_unless_it_is_an_idea() {
    let errors = PostDraft {
        body: "  \n ".into(),
        ..draft()
    }
    .validate(&channels(), &Utc, now())
    .unwrap_err();
    assert_eq!(fields(errors), [Field::Body]);
    let idea = PostDraft {
        body: String::new(),
        date: String::new(),
        time: String::new(),
        status: Some(PostStatus::Idea),
        ..draft()
    };
    let posts = idea.validate(&channels(), &Utc, now()).unwrap();
    assert_eq!(posts[0].scheduled_at, None);
}

#[test]
fn an_unknown_channel_is_refused() {
    let errors = PostDraft {
        channel_ids: vec![1, 99],
        ..draft()
    }
    .validate(&channels(), &Utc, now())
    .unwrap_err();
    assert_eq!(fields(errors), [Field::Channels]);
    let errors = PostDraft {
        channel_ids: vec![],
        ..draft()
    }
    .validate(&channels(), &Utc, now())
    .unwrap_err();
    assert_eq!(fields(errors), [Field::Channels]);
}

#[test]
fn a_post_over_one_channels_limit_cannot_be_scheduled_but_can_stay_a_draft() {
    let long = "é".repeat(281);
    let errors = PostDraft {
        body: long.clone(),
        ..draft()
    }
    .validate(&channels(), &Utc, now())
    .unwrap_err();
    assert_eq!(errors.len(), 1, "only X is over its limit");
    assert!(
        errors[0]
            .message
            .contains("281 characters is over the limit of 280"),
        "{}",
        errors[0].message
    );
    let fits = "é".repeat(280);
    assert!(
        PostDraft {
            body: fits,
            ..draft()
        }
        .validate(&channels(), &Utc, now())
        .is_ok()
    );
    assert!(
        PostDraft {
            body: long,
            status: Some(PostStatus::Draft),
            ..draft()
        }
        .validate(&channels(), &Utc, now())
        .is_ok()
    );
}

#[test]
fn a_scheduled_post_needs_a_date_and_a_time() {
    let errors = PostDraft {
        date: String::new(),
        time: String::new(),
        ..draft()
    }
    .validate(&channels(), &Utc, now())
    .unwrap_err();
    assert_eq!(fields(errors), [Field::Date]);
    let errors = PostDraft {
        time: String::new(),
        ..draft()
    }
    .validate(&channels(), &Utc, now())
    .unwrap_err();
    assert_eq!(fields(errors), [Field::Time]);
}

#[test]
fn evergreen_settings_must_be_numbers_and_dates() {
    let bad = PostDraft {
        evergreen: true,
        cooldown_days: "a month".into(),
        until: "2026-13-01".into(),
        ..draft()
    };
    let errors = bad.validate(&channels(), &Utc, now()).unwrap_err();
    assert_eq!(fields(errors), [Field::Evergreen, Field::Evergreen]);
    let good = PostDraft {
        evergreen: true,
        cooldown_days: "14".into(),
        max_repeats: "3".into(),
        until: "2027-03-01".into(),
        ..draft()
    };
    let posts = good.validate(&channels(), &Utc, now()).unwrap();
    assert_eq!(
        (posts[0].cooldown_days, posts[0].max_repeats),
        (14, Some(3))
    );
}
