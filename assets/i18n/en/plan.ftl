# The plan screen: objectives, segments, channels, pillars, campaigns, crisis protocol.

plan-section-objectives = Objectives & KPIs
plan-section-weekly-values = Manual KPI values
plan-section-personas = Personas
plan-section-pillars = Content pillars
plan-section-channels = Channels
plan-section-campaigns = Campaigns
plan-section-spend = Spend ledger
plan-section-competitors = Competitors
plan-section-rules = Listening rules
plan-section-crisis-steps = Crisis steps
plan-section-contacts = Crisis contacts
plan-section-statements = Holding statements
plan-section-tiers = Advocacy tiers
plan-section-brand = Brand & tone

## Form labels, one per field of each section
plan-field-brand-name = Brand name
plan-field-brand-time-zone = Time zone (Europe/Madrid; blank = this computer's)
plan-field-brand-week-start = Week starts on
plan-field-brand-response-target-minutes = Response target (min; blank = config)
plan-field-brand-business-hours = Business hours (blank = config)
plan-field-brand-sentiment-terms = Brand terms for sentiment (Bomba, Cremaet=+2)
plan-field-brand-tone-guide = Tone of voice guide
plan-field-brand-escalation-rules = When to escalate
plan-field-campaigns-name = Name
plan-field-campaigns-objective = Objective
plan-field-campaigns-starts-on = Starts (YYYY-MM-DD)
plan-field-campaigns-ends-on = Ends (YYYY-MM-DD)
plan-field-campaigns-budget = Budget (€)
plan-field-campaigns-conversions = Conversions
plan-field-campaigns-revenue = Revenue (€)
plan-field-campaigns-utm-source = utm_source
plan-field-campaigns-utm-medium = utm_medium
plan-field-campaigns-utm-campaign = utm_campaign
plan-field-campaigns-notes = Notes
plan-field-channels-network = Network
plan-field-channels-channel = Handle (@mybrand)
plan-field-channels-name = Display name (blank = the handle)
plan-field-channels-char-limit = Length limit (blank = the network's)
plan-field-channels-archived = In use
plan-field-channels-role = Role in the mix
plan-field-channels-posts-per-week = Posts per week
plan-field-channels-tone = Tone
plan-field-channels-slots = Slots (mon-fri 08:30, sat 11:00)
plan-field-competitors-name = Name
plan-field-competitors-notes = Notes
plan-field-contacts-name = Name
plan-field-contacts-role = Role
plan-field-contacts-phone = Phone
plan-field-contacts-email = Email
plan-field-crisis-steps-level = Severity
plan-field-crisis-steps-step = Step
plan-field-objectives-name = Name
plan-field-objectives-kpi = KPI
plan-field-objectives-channel = Channel
plan-field-objectives-baseline = Baseline
plan-field-objectives-target = Target
plan-field-objectives-starts-on = Starts (YYYY-MM-DD)
plan-field-objectives-deadline = Deadline (YYYY-MM-DD)
plan-field-objectives-owner-note = Owner note
plan-field-personas-name = Name
plan-field-personas-description = Who they are
plan-field-personas-goals = Goals
plan-field-personas-pains = Pains
plan-field-personas-channels = Where they are
plan-field-personas-content = Content they like
plan-field-pillars-name = Name
plan-field-pillars-share = Target share (%)
plan-field-pillars-colour = Colour (name or #rrggbb)
plan-field-pillars-description = What it covers
plan-field-rules-name = Name
plan-field-rules-kind = Kind
plan-field-rules-competitor = Competitor
plan-field-rules-terms = Terms (comma-separated)
plan-field-rules-exclusions = Exclusions
plan-field-rules-source = Only from source
plan-field-rules-language = Only in language
plan-field-rules-sensitivity = Crisis threshold
plan-field-rules-min-count = Least mentions
plan-field-rules-cooldown-hours = Hours between alerts
plan-field-spend-campaign = Campaign
plan-field-spend-on = Day (YYYY-MM-DD)
plan-field-spend-amount = Amount (€)
plan-field-spend-note = What it paid for
plan-field-statements-level = Severity
plan-field-statements-title = Title
plan-field-statements-body = Statement
plan-field-tiers-name = Name
plan-field-tiers-position = Rank (1 = lowest)
plan-field-tiers-receives = What members receive
plan-field-tiers-move-up = How to move up
plan-field-weekly-values-objective = Objective
plan-field-weekly-values-week = ISO week (YYYY-Www)
plan-field-weekly-values-value = Value

## Messages of the screen
plan-title = { " " }◆ STRATEGY · Plan — measured on { $week } ({ $from } – { $to }){ $this } · { $keys }{ " " }
plan-title-this-week = { " " }· this week
plan-key-week = week
plan-key-this-week = this week
plan-key-closes = closes
plan-key-part = part
plan-key-entry = entry
plan-key-new = new
plan-key-edit = edit
plan-key-delete = delete
plan-key-utm = UTM link
plan-key-undo = undo
plan-key-close = close
plan-objectives-heading = Objectives — KPI actual vs target, progress by the deadline
plan-objectives-empty = No objectives yet: { $key } writes the first one (a KPI, a baseline, a target, a deadline).
plan-entries-empty = Nothing here yet: { $key } adds the first entry.
plan-bar-percent = { $share }%
plan-objective-progress = { $kpi }: { $actual } of { $target }, from { $baseline } · due { $due }
plan-formula = Formula — { $kpi }
plan-period = { $from } to { $to }
plan-objective-channel = Channel
plan-objective-period = Period
plan-objective-owner-note = Owner note
plan-traffic-light = Traffic light
plan-results-heading = Results so far
plan-results = spent { $spent } of { $budget } · { $posts ->
    [one] 1 post
   *[other] { $posts } posts
} · cost per result { $cpr } · ROI { $roi }
plan-results-formula = cost per result = spend ÷ conversions · ROI = (revenue − spend) ÷ spend
plan-form-edit = Edit — { $section }
plan-form-new = New — { $section }

## The summary line of each entry
plan-line-objective = { $name } — { $kpi } { $baseline } → { $target } by { $deadline }
plan-line-pillar = { $name } — { $share }% of posts{ $colour }
plan-line-channel = { $channel }{ $archived } — { $role } · { $pace } posts/week · slots { $slots }
plan-line-archived = { " " }(archived)
plan-line-no-role = no role
plan-line-none = none
plan-line-campaign = { $name } — { $starts } to { $ends } · budget { $budget } · { $conversions_shown } { $conversions ->
    [one] conversion
   *[other] conversions
}
plan-line-brand = { $name } · response target { $target } · business hours { $hours }
plan-line-from-config = from the config

## Choices offered in the forms
plan-option-none = none
plan-option-all-channels = all channels
plan-option-no-threshold = no threshold
plan-sensitivity-sensitive = sensitive
plan-sensitivity-balanced = balanced
plan-sensitivity-strict = strict
plan-level = level { $level }
plan-week-start-config = the config's day (Monday unless set)
plan-week-start-monday = Monday
plan-week-start-sunday = Sunday
plan-channel-in-use = yes: offered in the forms
plan-channel-archived = no: archived, out of the forms, history kept

## Mistakes in a form
plan-error-number = “{ $text }” is not a number (such as 1.234,5 or 1,234.5)
plan-error-whole = “{ $text }” is not a whole number (such as 1.200 or 1200)
plan-error-minutes = “{ $text }” is not a number of minutes above 0
plan-error-length-limit = “{ $text }” is not a length limit (a whole number of characters, such as { $limit })
plan-error-choose-network = choose the channel's network
plan-error-no-campaign = add a campaign first
plan-error-no-objective = add an objective first
plan-note-grouping = “{ $text }” was read as { $value } (the { $separator ->
    [dot] dot
   *[comma] comma
} groups thousands)

## Deleting
plan-delete-missing = there is no such entry
plan-delete-channel = a channel keeps its history: edit it and set In use to no to take it out of the forms (an unused one can be removed with `cmdeck channel remove`)
plan-delete-watched-competitor = the listening rule `{ $rule }` watches this competitor: change or delete it first
plan-delete-brand = the brand's settings can be edited, not deleted
plan-ask-delete = Delete the selected entry of { $section }? { $yes } deletes, any other key keeps it ({ $undo } undoes a deletion).
plan-nothing-deleted = Nothing was deleted.
plan-nothing-deleted-because = Nothing was deleted: { $why }.

## Saving
plan-nothing-changed = Nothing was changed: { $why }
plan-nothing-changed-because = Nothing was changed: { $key }: { $why }.
plan-saved = Saved in { $section }{ $undoes }
plan-saved-with-note = { $saved } Note: { $note }.
plan-saved-unreadable = Saved, but could not read it back: { $why }
plan-unreadable = Could not read the plan: { $why }
plan-undo-label = change to { $section }

## The UTM link builder
plan-utm-title = UTM link · the link shows below as you type
plan-utm-title-campaign = UTM link — { $campaign } · the link shows below as you type
plan-utm-url = Landing page (https://…)
plan-utm-content = utm_content (optional)
plan-utm-not-a-link = `{ $link }` is not a full link
plan-utm-not-http = the landing page must be an http or https link
plan-utm-paste = Link to paste in your posts:
plan-link-copied = Link copied to the clipboard (where the terminal allows it); it is also shown under the form. { $back } closes.

## The setup of a new desk
plan-setup-brand-title = Setup 1 of 2 · your brand
plan-setup-brand-note = { $save } saves and goes on to the channels; { $back } skips this step.
plan-setup-channel-title = Setup 2 of 2 · a channel ({ $count } set up so far)
plan-setup-channel-note = { $save } saves it and opens the next one; { $back } when you are done goes to the Calendar.
plan-setup-done = { $count ->
    [0] No channel yet: { $setup } opens the setup again.
    [one] Set up with 1 channel: { $new } writes a post; { $setup } opens the setup again.
   *[other] Set up with { $count } channels: { $new } writes a post; { $setup } opens the setup again.
}
