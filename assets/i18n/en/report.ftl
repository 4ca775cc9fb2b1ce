# The weekly report (Markdown and the Reports pane) and its charts.

## The document's frame
report-document-title = { $brand } — report for { $period }
report-period-week = { $week } ({ $first } – { $last })
report-period-range = { $first } to { $last }
# How a day of a period that is not one week is written (a chrono pattern).
report-range-date = %Y-%m-%d
# An ISO week: $year, $week as written (07) and its $number (7).
report-week = { $year }-W{ $week }
report-charts = Charts
report-footer = Written by cmdeck. Every figure is computed from the local database; the formulas are under each table.
report-summary-lead = Summary.
report-summary = { $posts } posts published ({ $change } against the period before), engagement rate { $rate }, { $received } messages received and { $answered } answered (median first response { $median }), { $mentions } mentions with a share of voice of { $voice }. Objectives: { $on_track } on track, { $at_risk } at risk, { $off_track } off track.
report-vs-last-week = { $change } vs last week
report-vs-last-week-no-data = vs last week: no data
report-all-channels = All channels
report-all-channels-pane = all channels
report-points = { $points } pts

## Objectives and the plan's campaigns
report-objectives = Objectives
report-objectives-aside = : KPI actual vs target
report-objectives-none = No objectives in the plan.
report-objectives-none-pane = No objectives in the plan yet: O opens the plan.
report-objective-detail = { $kpi }: { $actual } actual · baseline { $baseline } → target { $target } by { $deadline }
report-column-objective = Objective
report-column-baseline = Baseline
report-column-actual = Actual
report-column-target = Target
report-column-deadline = Deadline
report-column-status = Status
report-traffic-light = Traffic light:
report-campaigns = Campaigns
report-plan-campaigns-aside = : spend, conversions, cost per result, ROI
report-plan-campaigns-none = No campaigns in the plan yet.
report-plan-campaign-detail = spent { $spent } of { $budget } · { $conversions } conversions · { $revenue } revenue · cost per result { $cost } · ROI { $roi }
report-campaigns-formula-pane = cost per result = spend ÷ conversions; ROI = (revenue − spend) ÷ spend

## Publishing
report-publishing = Publishing
report-publishing-aside = : posts planned and published per channel
report-column-channel = Channel
report-column-planned = Planned
report-column-planned-pane = planned
report-column-published = Published
report-column-published-pane = published
report-column-change = Change
report-publishing-formula-pane = planned = scheduled in the week, any status but cancelled; published = published in the week
report-pillar-over = ▲ over target
report-pillar-under = ▼ under target
report-column-pillar = Pillar
report-column-target-share = Target share
report-column-target-share-pane = target
report-column-posts-planned = Posts planned
report-column-posts-planned-pane = posts
report-column-actual-share = Actual share
report-column-actual-share-pane = share
report-pillar-formula-pane = pillar share = the pillar's posts planned ÷ all posts planned in the week
report-pillar-formula = Planned = posts scheduled in the period, any status but cancelled; actual share = the pillar's posts ÷ all posts planned.

## Engagement
report-engagement = Engagement
report-engagement-aside = : posts published this week, latest metrics
report-impressions = Impressions
report-impressions-pane = impressions
report-reach = Reach
report-reach-pane = reach
report-interactions = Interactions
report-interactions-pane = interactions
report-engagement-rate = Engagement rate
report-engagement-rate-pane = engagement rate
report-column-figure = Figure
report-column-this-period = This period
report-column-period-before = Period before
report-engagement-formula-pane = engagement rate = (likes + comments + shares + saves) ÷ impressions (reach when impressions are missing)
report-engagement-formula = Engagement rate = (likes + comments + shares + saves) ÷ impressions (reach when impressions are missing), latest metrics of the posts published in the period.
report-top-posts = Top posts
report-top-posts-pane = top 3
report-bottom-posts = Bottom posts
report-bottom-posts-pane = bottom 3
report-no-posts-with-metrics = No published posts with metrics.
report-no-posts-with-metrics-pane = No published posts with metrics this week.
report-open-link = open
report-column-published-at = Published
report-column-post = Post
report-column-engagement = Engagement
report-column-link = Link

## Audience
report-audience = Audience
report-audience-aside = : followers per channel
report-column-followers-start = Followers at start
report-column-followers-start-pane = start
report-column-followers-end = At end
report-column-followers-end-pane = end
report-column-growth = Growth
report-column-growth-pane = growth
report-audience-formula-pane = followers = latest audience snapshot on or before the day; start = the day before the week

## Community
report-community = Community
report-community-aside = : messages and first responses (target { $target })
report-column-received = Received
report-column-received-pane = received
report-column-answered = Answered
report-column-answered-pane = answered
report-column-median-response = Median first response
report-column-median-response-pane = median
report-column-slowest = Slowest
report-column-slowest-pane = slowest
report-column-within = Within { $target }
report-column-within-pane = in target
report-received-vs-last-week = { $change } received vs last week
report-community-formula-pane = first response = first reply − received (open hours only with business hours); over messages received this week
report-community-formula = First response = first reply − received (open hours only when business hours are set), over the messages received in the period and answered.

## Listening
report-listening = Listening
report-listening-aside = : mentions by rule, sentiment, share of voice
report-column-rule = Rule
report-column-kind = Kind
report-column-mentions = Mentions
report-column-mentions-pane = mentions
report-column-last-week-pane = last week
report-voice-lead = voice:
report-the-brand = the brand
report-column-voice = Voice
report-column-share-of-voice = Share of voice
report-voice-formula-pane = share of voice = brand mentions ÷ (brand + competitor mentions); corrected sentiment wins
report-voice-formula = Share of voice = brand mentions ÷ (brand + competitor mentions); a corrected sentiment wins over the automatic one.
report-positive = Positive
report-neutral = Neutral
report-negative = Negative
report-column-sentiment = Sentiment
report-column-share = Share
report-sentiment-pane = sentiment
report-positive-share = positive share { $share }
report-spikes-and-crises = Spikes and crises
report-no-alerts = No spike alert and no crisis in the period.
report-no-alerts-pane = No spike alert and no crisis this week.
report-spike-on = Spike on { $day }:
report-spike-mentions = ({ $mentions } mentions in 24 h)
report-spike-pane = ⚠ spike { $day }
report-spike-mentions-pane = ({ $mentions } in 24 h)
report-crisis-still-open = still open
report-crisis = Crisis level { $level }: opened { $opened }, closed { $closed } —
report-crisis-pane = ⛑ crisis level { $level } { $opened }
report-crisis-closed-pane = closed { $closed }

## Prescriptors and the period's campaigns
report-prescriptors = Prescriptors
report-prescriptors-active = Active advocates and influencers
report-prescriptors-active-pane = active advocates and influencers
report-prescriptors-new = New advocates and influencers
report-prescriptors-new-pane = new advocates and influencers
report-follow-ups-done = Follow-ups done (interactions logged)
report-follow-ups-done-pane = follow-ups done
report-follow-ups-done-remark = interactions logged
report-follow-ups-overdue = Follow-ups overdue at the end of the period
report-follow-ups-overdue-pane = follow-ups overdue
report-follow-ups-overdue-remark = at the end of the week
report-watchlist = Watchlist activity (messages and mentions)
report-watchlist-pane = watchlist activity
report-watchlist-remark = messages and mentions from detractors and trolls
report-column-value = Value
report-prescriptors-formula-pane = active = an advocate or influencer with a linked message or mention this week
report-campaigns-running-aside = running this week
report-campaigns-none = No campaign running in the period.
report-campaigns-none-pane = No campaign runs this week.
report-campaign-remark = this week · { $spent } of { $budget } to date · { $conversions } conversions · cost per result { $cost } · ROI { $roi }
report-column-campaign = Campaign
report-column-spent-in-period = Spent in period
report-column-spent-to-date = Spent to date
report-column-budget = Budget
report-column-conversions = Conversions
report-column-cost-per-result = Cost per result
report-campaigns-formula = Cost per result = spend to date ÷ conversions; ROI = (revenue − spend) ÷ spend.

## Across weeks
report-trends = Trends, last 8 weeks
report-trends-span = { $first } to { $last }
report-trends-span-pane = { $first } → { $last }
report-trend-posts = posts published
report-trend-engagement = engagement rate
report-trend-followers = followers
report-trend-messages = messages received
report-trend-response = median first response (min)
report-trend-mentions = mentions
report-trend-voice = share of voice
report-column-trend = Trend
report-column-first-week = First week
report-column-last-week = Last week
report-notes = Small victories and notes
report-notes-aside = (n writes them)
report-notes-none = Nothing written for this period.
report-notes-none-pane = Nothing written for this week yet.
report-small-victories = Small victories
report-notes-label = Notes
report-next-week = Next week
report-next-week-aside = : { $posts } posts scheduled
report-next-week-none = Nothing scheduled for the next seven days.
report-next-week-more = …and { $more } more scheduled posts.
report-next-week-more-pane = …and { $more } more
report-column-when = When

## The charts
report-chart-planned = planned
report-chart-published = published
report-chart-posts-title = Posts published per channel against the plan
# A trend week under a chart: $week as written (W07) and its $number (7).
report-chart-week = { $week }
report-chart-weekly-title = { $what }, last { $weeks } weeks
report-chart-engagement-title = Engagement rate
report-chart-engagement-series = interactions ÷ impressions
report-chart-on-day = on { $day }
report-chart-followers-title = Followers per channel
report-chart-inbox-title = Messages received
report-chart-inbox-series = messages received
report-chart-target = target
report-chart-response-title = Median first response against the target
report-chart-response-series = median first response
report-chart-voice-series = mentions in the period
report-chart-voice-title = Share of voice against the competitors
report-chart-progress-series = progress to the target
report-chart-elapsed-series = time elapsed
report-chart-objectives-title = Objectives: progress from the baseline to the target against time elapsed
report-chart-positive = positive
report-chart-neutral = neutral
report-chart-negative = negative
report-chart-spike-series = negative spike alert above
report-chart-sentiment-title = Brand mentions by sentiment per day, with the negative-spike threshold

## The Reports pane
# $week is the ISO label (2026-W49), $number the week alone (49).
report-pane-title = Reports — { $week } ({ $first } – { $last }){ $current } · { $keys }
report-pane-this-week = this week
report-hint-week = week
report-hint-now = now
report-hint-export = export
report-hint-notes = notes
report-hint-formulas = formulas
report-hint-followers = followers
report-pane-gathering = Gathering the week's figures…
report-pane-week-in-figures = The week in figures
report-notes-form-title = { $week } ({ $first } – { $last }) — small victories and notes · one per line
report-notes-field-victories = Small victories
report-notes-field-notes = Notes and decisions
report-followers-form-title = Record followers — a channel's follower count for a day (it replaces that day's)
report-followers-field-channel = Channel
report-followers-field-date = Date (YYYY-MM-DD)
report-followers-field-followers = Followers
report-followers-choose-channel = choose a channel
report-followers-empty = the follower count is empty; write a whole number such as 1200
report-followers-not-a-count = “{ $text }” is not a follower count; write 1200, 1.200 or 1,200
report-followers-too-many = { $text } followers is more than cmdeck can store
report-followers-future = { $day } is in the future; a follower count is recorded for today or a day before

## What the Reports pane says
report-nothing-written = Nothing was written: { $error }
report-nothing-changed = Nothing was changed: { $error }
report-still-gathering = The report is still being gathered; try again.
report-no-folder = No report folder is known: set data.reports_dir in the config, or use `cmdeck report --out FILE`.
report-written = Report written to { $file }
report-written-with-charts = Report written to { $file } (and its { $charts } charts in { $folder }/)
report-not-written = The report was not written: { $error }
report-undo-notes = notes of { $week }
report-notes-saved = Saved the notes of { $week }
report-no-channels = No channels in use yet: add one with `cmdeck channel add NETWORK HANDLE`.
report-channel-number = channel #{ $id }
report-followers-replaces = (it replaces { $followers })
report-followers-recorded = Recorded { $followers } followers for { $channel } on { $day }
report-undo-followers = the follower count of { $channel } on { $day }

## `cmdeck report`
report-cli-bad-date = --{ $flag } `{ $text }` is not a date that exists (YYYY-MM-DD)
report-cli-bad-week = --week `{ $week }` is not an ISO week that exists (such as 2026-W47)
report-cli-to-before-from = --to is before --from
report-cli-too-long = a report covers at most three years
report-cli-no-folder = no report folder is known: pass --out FILE or set data.reports_dir
report-cli-wrote = Wrote the report for { $period } to { $file }{ $charts }.
report-cli-wrote-charts = , with { $charts } charts in { $folder }
report-cli-wrote-charts-inline = , with { $charts } { $count ->
    [one] chart
   *[other] charts
} inside
report-chart-error = the chart { $file } could not be drawn: { $reason }
