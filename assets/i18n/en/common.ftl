# cmdeck's messages in English. Keys are shared with es.ftl; a test fails when one file lacks
# a key of the other. Numbers arrive already formatted for the language ($shown) beside the
# number that chooses the plural ($count).

## Weekdays and months
weekday = { $day ->
    [1] Monday
    [2] Tuesday
    [3] Wednesday
    [4] Thursday
    [5] Friday
    [6] Saturday
   *[7] Sunday
}
month = { $month ->
    [1] January
    [2] February
    [3] March
    [4] April
    [5] May
    [6] June
    [7] July
    [8] August
    [9] September
    [10] October
    [11] November
   *[12] December
}
month-short = { $month ->
    [1] Jan
    [2] Feb
    [3] Mar
    [4] Apr
    [5] May
    [6] Jun
    [7] Jul
    [8] Aug
    [9] Sep
    [10] Oct
    [11] Nov
   *[12] Dec
}
# A long date: Thursday 3 December 2026.
date-long = { $weekday } { $day } { $month } { $year }
# An age shown in a column: 3h, 2d.
age-minutes = { $count }m
age-hours = { $count }h
age-days = { $count }d
# How long ago: 2d ago.
ago = { $age } ago
# A duration: 45m, 2h 05m.
duration-minutes = { $minutes }m
duration-hours = { $hours }h { $minutes }m
week-number = week { $week }
weekday-short = { $day ->
    [1] Mon
    [2] Tue
    [3] Wed
    [4] Thu
    [5] Fri
    [6] Sat
   *[7] Sun
}
# Shown where a figure cannot be computed (no posts, no answers).
no-data = no data

## Values stored in the database, as the person reads them (each selects on the stored name)
value-Network = { $value ->
    [x] X
    [bluesky] Bluesky
    [mastodon] Mastodon
    [threads] Threads
    [instagram] Instagram
    [linkedin] LinkedIn
    [facebook] Facebook
    [tiktok] TikTok
    [youtube] YouTube
    [email] email
    [web] web
   *[other] other
}
value-PostStatus = { $value ->
    [idea] idea
    [draft] draft
    [scheduled] scheduled
    [published] published
   *[cancelled] cancelled
}
value-Sentiment = { $value ->
    [positive] positive
    [neutral] neutral
   *[negative] negative
}
value-MessageKind = { $value ->
    [dm] DM
    [comment] comment
    [reply] reply
    [review] review
    [email] email
   *[mention] mention
}
value-MessageStatus = { $value ->
    [new] new
    [open] open
    [replied] replied
    [done] done
    [snoozed] snoozed
   *[escalated] escalated
}
value-Priority = { $value ->
    [low] low
    [normal] normal
    [high] high
   *[urgent] urgent
}
value-MentionStatus = { $value ->
    [new] new
    [reviewed] reviewed
    [actioned] actioned
   *[ignored] ignored
}
value-Role = { $value ->
    [advocate] advocate
    [influencer] influencer
    [customer] customer
    [journalist] journalist
    [partner] partner
    [detractor] detractor
    [troll] troll
   *[other] other
}
value-RuleKind = { $value ->
    [brand] brand
    [competitor] competitor
   *[sector] sector
}
value-Kpi = { $value ->
    [followers] followers
    [engagement_rate] engagement rate
    [posts_published] posts published
    [reach] reach
    [mentions] mentions
    [share_of_voice] share of voice
    [positive_share] positive sentiment share
    [median_first_response] median first response
    [answered_within_target] answered within target
    [active_prescriptors] active prescriptors
    [conversions] campaign conversions
    [cost_per_result] cost per result
    [roi] ROI
   *[manual] manual (recorded weekly)
}
# How a KPI's value is computed from the stored rows, shown next to the number.
kpi-formula = { $kpi ->
    [followers] followers on the last day measured (latest audience snapshot per channel, summed unless the objective names a channel)
    [engagement_rate] interactions (likes + comments + shares + saves) ÷ impressions (reach when impressions are missing), posts published in the week
    [posts_published] posts with status published and published_at in the week
    [reach] sum of the latest reach of each post published in the week
    [mentions] mentions published in the week, every rule
    [share_of_voice] brand mentions ÷ (brand + competitor mentions) in the week
    [positive_share] positive ÷ all mentions in the week (corrected sentiment over the guess)
    [median_first_response] median minutes from receipt to first reply, messages received in the week
    [answered_within_target] messages answered within the response-time target ÷ messages answered, received in the week
    [active_prescriptors] advocates and influencers with a mention or message in the week
    [conversions] conversions recorded on the objective's campaigns (all campaigns when none is linked)
    [cost_per_result] spend ledger total ÷ conversions, on the objective's campaigns (all when none is linked)
    [roi] (revenue − spend) ÷ spend, on the objective's campaigns (all when none is linked)
   *[manual] the value recorded for the week (the latest earlier one when none)
}
traffic-light-on-track = ● on track
traffic-light-at-risk = ▲ at risk
traffic-light-off-track = ✕ off track
traffic-light-rule = progress = (actual − baseline) ÷ (target − baseline); elapsed = days gone ÷ days planned; on track if progress ≥ elapsed − 10 pts, at risk if ≥ elapsed − 25 pts, else off track
# How long a message waited against the response-time target.
sla-on-time = ● on time
sla-near = ▲ near
sla-late = ✕ late
# A channel typed on the command line that names no channel, or several.
channel-typed-none-yet = no channel matches “{ $typed }”; there are no channels yet (add one with `cmdeck channel add NETWORK @HANDLE`, or in the desk's setup)
channel-typed-unknown = no channel matches “{ $typed }”; the channels are { $channels }
channel-typed-several = “{ $typed }” matches several channels ({ $channels }); write it as network:handle
# A pillar or campaign typed on the command line that names none.
name-typed-none-yet = no { $kind } is named “{ $typed }”; there are none yet
name-typed-unknown = no { $kind } is named “{ $typed }”; the { $kind }s are { $names }
