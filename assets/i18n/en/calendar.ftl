# The Calendar pane, both faces, its forms and messages.

## Key handlers and questions
calendar-select-post-first = Select a post first.
calendar-metrics-need-published = Metrics go on published posts; publish it first.
calendar-confirm-delete = Delete this { $status } post?

## Title, agenda and detail
calendar-view-name = { $view ->
    [agenda] agenda
    [week] week
   *[month] month
}
calendar-title = Calendar — { $view } from { $cursor }{ $filter } · { $keys }
calendar-title-filter = only { $label }
calendar-hint-view = view
calendar-hint-new = new
calendar-hint-keys = keys
calendar-strategy-title = Calendar — campaigns, pillar mix, channel pace
calendar-detail-title = Calendar — post
calendar-column-when = When
calendar-column-channel = Channel
calendar-column-status = Status
calendar-column-pillar = Pillar
calendar-column-post = Post
calendar-agenda-empty = No posts planned from this day on. n writes one.
calendar-status-paused = ⏸ paused
calendar-status-overdue = ⚠ overdue
calendar-detail-overdue = { $status } — overdue
calendar-field-channel = channel
calendar-field-status = status
calendar-field-scheduled = scheduled
calendar-field-published = published
calendar-field-url = url
calendar-field-campaign = campaign
calendar-field-pillar = pillar
calendar-field-persona = persona
calendar-field-evergreen = evergreen
calendar-field-metrics = metrics
calendar-field-notes = notes
calendar-yes = yes
calendar-no = no
calendar-detail-metrics = { $impressions } impressions · { $reach } reach · { $interactions } interactions · engagement { $rate }
calendar-detail-formula = engagement = (likes + comments + shares + saves) ÷ impressions (reach when missing)
calendar-goes-back = { $key } goes back.

# How dates are written (chrono patterns; %a %A %b %B follow the language).
calendar-date-detail = %A %d %B %Y, %H:%M
calendar-date-day = %A %d %B
calendar-date-month = %B %Y

## Month and week grids
calendar-more = +{ $count } more
calendar-posts-at-hour = { $shown } posts
calendar-hint-select = select
calendar-hint-open-agenda = opens in the agenda
calendar-day-empty = Nothing planned this day. n writes a post.

## Composer counters and the best-time heat map
calendar-length = length
calendar-length-over = ✕ { $count } over
calendar-heatmap-title = Best time to post — { $key } or { $back } closes
calendar-heatmap-reading = Reading the history…
calendar-heatmap-thin = Not enough history to say: { $posts } measured posts in the last { $weeks } weeks, and a cell needs { $min } posts.
calendar-heatmap-thin-advice = Publish and record metrics for a few more weeks; cmdeck will not invent a best time.
calendar-heatmap-best = Best:
calendar-heatmap-best-cell = { $day } { $hour } { $rate } ({ $posts } posts)
calendar-heatmap-legend = · no data (fewer than { $min } posts)  ░ ▒ ▓ █ higher engagement; { $posts } posts over { $weeks } weeks
calendar-heatmap-formula = engagement rate of a weekday × hour (local time) = Σ (likes + comments + shares + saves) ÷ Σ impressions (reach where impressions are missing) of the brand's posts published then in the last 16 weeks; a cell counts only with at least the minimum number of posts

## Forms
calendar-form-new-title = New post
calendar-form-edit-title = Edit post
calendar-form-channels = Channels
calendar-form-channel = Channel
calendar-form-text = Text
calendar-form-date = Date
calendar-form-time = Time
calendar-form-status = Status
calendar-form-campaign = Campaign
calendar-form-pillar = Pillar
calendar-form-persona = Persona
calendar-form-evergreen = Evergreen
calendar-form-cooldown = Cooldown (days)
calendar-form-max-repeats = Max repeats
calendar-form-until = Repeat until
calendar-form-notes = Notes
calendar-option-none = none
calendar-option-any = any
calendar-form-publish-title = Mark as published
calendar-form-publish-date = Date (empty = now)
calendar-form-url = URL
calendar-form-metrics-title = Metrics (latest capture)
calendar-metric = { $metric ->
    [impressions] Impressions
    [reach] Reach
    [likes] Likes
    [comments] Comments
    [shares] Shares
    [saves] Saves
   *[clicks] Clicks
}
calendar-form-filter-title = Show only…

## Mistakes in the forms
calendar-error-url = the address must start with https:// or http://
calendar-error-count-negative = a count is 0 or more
calendar-error-date = “{ $text }” is not a date that exists; write it as YYYY-MM-DD
calendar-error-time = “{ $text }” is not a time; write it as HH:MM, from 00:00 to 23:59
calendar-error-no-channel = choose at least one channel
calendar-error-channel-gone = a chosen channel no longer exists; pick it again
calendar-error-no-text = the post has no text; write it or save it as an idea
calendar-error-needs-date = a { $status } post needs a date
calendar-error-needs-time = give the time too (HH:MM)
calendar-error-too-long = { $count } characters is over the limit of { $limit } for { $channel }; shorten it before scheduling
calendar-error-cooldown = cooldown “{ $text }” must be a whole number of days
calendar-error-repeats = repeats “{ $text }” must be a whole number
calendar-error-until = end date: { $why }
calendar-slot-empty = slot { $index } is empty: remove the extra separator or write a slot such as `mon 09:30`
calendar-slot-shape = slot `{ $part }` should be days then one time, such as `mon 09:30` or `mon/wed/fri 09:30`
calendar-slot-day = slot `{ $part }` has an unknown day `{ $day }`: use mon tue wed thu fri sat sun or lun mar mié jue vie sáb dom
calendar-slot-time = slot `{ $part }` has an invalid time `{ $time }`: write it as HH:MM from 00:00 to 23:59

## Strategy face
calendar-strategy-campaigns = Campaigns
calendar-strategy-no-campaigns = No campaigns in the plan.
calendar-strategy-campaign-money = budget { $budget }  spent { $spent } ({ $share })  { $posts } posts
calendar-strategy-mix-heading = Content-pillar mix, planned vs target{ $period }
calendar-strategy-pillar-line = { $posts } posts  { $share } of plan  target { $target }
calendar-strategy-under = ▼ under
calendar-strategy-over = ▲ over
calendar-strategy-on-target = ● on target
calendar-strategy-pace-heading = Posting frequency this week vs the channel plan
calendar-strategy-channel-line = { $week } planned this week / { $plan } in plan
calendar-strategy-under-served = ▼ under-served
calendar-strategy-over-served = ▲ over-served
calendar-strategy-on-plan = ● on plan
calendar-strategy-role = role: { $role } · tone: { $tone }

## Status messages of the app
calendar-nothing-changed = Nothing was changed: { $error }
calendar-no-date = no date
calendar-saved-post = Saved the post for { $when }
calendar-undo-edit = edit of the post for { $when }
calendar-new-posts = { $count ->
    [one] { $shown } new post
   *[other] { $shown } new posts
}
calendar-saved-new = Saved { $posts } for { $when }
calendar-idea-no-date = This idea has no date yet; edit it ({ $key }) to give it one.
calendar-published-stays = A published post stays where it went out.
calendar-moved = Moved to { $when }
calendar-undo-move = move to { $when }
calendar-duplicated = Duplicated as a draft
calendar-undo-duplicate = duplicate
calendar-cancelled = Cancelled the post
calendar-undo-cancel = cancel
calendar-deleted = Deleted the post
calendar-undo-delete = delete
calendar-best-thin = Best times: not enough history yet ({ $posts } measured posts in { $weeks } weeks).
calendar-best-none = Best times: no free best slot in the next 7 days.
calendar-best-free = Best free times: { $times }
calendar-published-at = Marked published at { $when }
calendar-undo-publish = publish
calendar-metrics-saved = Saved the metrics
calendar-undo-metrics = metrics
calendar-slots-wrong = the posting slots of { $channel } are wrong: { $why }
calendar-no-slots = { $channel } has no posting slots; add them to the channel plan or to [channels.{ $network }] slots in the config.
calendar-no-free-slot = No free slot for { $channel } in the next { $days } days.
calendar-kept-draft = kept as a draft: the text is empty or over the limit
calendar-queued = Queued for { $when }{ $note }
calendar-undo-queue = add to queue
calendar-automatically = Automatically:
calendar-refill-none = No evergreen post fits the { $free } free slots of the next { $days } days (cooldown, repeats or end date).
calendar-requeued = { $count ->
    [one] Re-queued { $shown } evergreen post from { $first }
   *[other] Re-queued { $shown } evergreen posts from { $first }
}
calendar-undo-requeue = evergreen re-queue
