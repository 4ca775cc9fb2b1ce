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

## Values stored in the database, as the person reads them
post-status = { $status ->
    [idea] idea
    [draft] draft
    [scheduled] scheduled
    [published] published
   *[cancelled] cancelled
}
message-kind = { $kind ->
    [dm] DM
    [comment] comment
    [reply] reply
    [review] review
    [email] email
   *[mention] mention
}
person-role = { $role ->
    [advocate] advocate
    [influencer] influencer
    [customer] customer
    [journalist] journalist
    [partner] partner
    [detractor] detractor
    [troll] troll
   *[other] other
}

## cmdeck today
today-title = cmdeck — { $date }
today-posts = Posts: { $due } due today, { $overdue } overdue
today-overdue = OVERDUE
today-inbox = Inbox: { $waiting } waiting{ $oldest } (target { $target } min)
today-inbox-oldest = , the oldest for { $age }
today-mentions = Mentions: { $new } new, { $negative } negative
today-spike = SPIKE: { $label } — { $count } in the last 24 hours
today-follow-ups = Follow-ups due: { $due }
