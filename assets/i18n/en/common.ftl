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
