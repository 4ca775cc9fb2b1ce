# The Mentions pane, both faces, its forms, feeds and listening rules.

## Views, list and titles
mentions-view-new = new, negative first
mentions-view-all = all, newest first
mentions-view-reviewed = reviewed
mentions-view-actioned = actioned
mentions-view-ignored = ignored
mentions-list-title = Mentions — { $view }{ $filter } · { $keys }
mentions-title-only = only { $filter }
mentions-strategy-title = Mentions — share of voice, sentiment, rules ({ $keys }), crisis protocol
mentions-detail-title = Mentions — mention
mentions-column-age = Age
mentions-column-tone = Tone
mentions-column-source = Source
mentions-column-author = Author
mentions-column-reach = Reach
mentions-column-rule = Rule
mentions-column-mention = Mention
mentions-empty-new = No new mentions to review.
mentions-empty = Nothing here.
mentions-count = { $count ->
    [one] { $shown } mention
   *[other] { $shown } mentions
}

## Hints
mentions-hint-choose = choose
mentions-hint-new = new
mentions-hint-edit = edit
mentions-hint-delete = delete
mentions-hint-reviewed = reviewed
mentions-hint-ignore = ignore
mentions-hint-to-inbox = to inbox
mentions-hint-post-idea = post idea
mentions-hint-person = person
mentions-hint-view = view
mentions-hint-keys = keys

## Detail
mentions-field-author = author
mentions-field-person = person
mentions-field-source = source
mentions-field-url = url
mentions-field-published = published
mentions-field-reach = reach
mentions-field-sentiment = sentiment
mentions-field-why = why
mentions-field-rule = rule
mentions-field-status = status
mentions-detail-no-person = not linked to a person
mentions-detail-corrected = (corrected; the automatic guess was { $guess })
mentions-detail-automatic = (automatic)
mentions-detail-watchlist = the author is on the watchlist
mentions-published-pattern = %A %d %B %Y, %H:%M
mentions-detail-back = { $key } goes back.

## Sentiment evidence
mentions-evidence-none = no lexicon word ({ $language })
mentions-evidence-other-language = other
mentions-evidence-not-counted = { $key } ({ $reason }, not counted)
mentions-evidence-capitals = CAPS
mentions-evidence-before = before { $word }
mentions-evidence-after = after { $word }
mentions-evidence-brand-term = brand term
mentions-evidence-learned = { $count ->
    [one] learned: you marked { $shown } text with it { $label }
   *[other] learned: you marked { $shown } texts with it { $label }
}
mentions-evidence-service-failure = service failure
mentions-evidence-frustration = question of frustration
mentions-evidence-negation-alone = negation with nothing to flip
mentions-evidence-changed = ; guessed { $stored } when it came in, { $now } with what you taught since

## Strategy face
mentions-sov-this-week = Share of voice this week: { $share }
mentions-sov-formula = share of voice = brand mentions ÷ (brand + competitor mentions)
mentions-sentiment-heading = Sentiment, last 8 weeks (+ positive · neutral − negative)
mentions-sentiment-negative-share = negative { $share }
mentions-sov-trend-heading = Share of voice, last 8 weeks
mentions-top-heading = Top sources and authors this week, by reach
mentions-top-reach = reach
mentions-top-mentions = { $count ->
    [one] mention
   *[other] mentions
}
mentions-rules-heading = Listening rules ({ $keys })
mentions-rules-none = No rules yet: n adds one (brand terms, a competitor, the sector).
mentions-rules-not = not: { $exclusions }
mentions-rules-in-7-days = in 7 days
mentions-thresholds-heading = Crisis thresholds
mentions-thresholds-formula = alert when the last 24 h exceed the mean of the previous 7 days + k × standard deviation (k = 1.5 sensitive, 2 balanced, 3 strict) and the minimum count
mentions-threshold-line = min { $min } in 24 h, cooldown { $hours } h
mentions-sensitivity-sensitive = sensitive
mentions-sensitivity-balanced = balanced
mentions-sensitivity-strict = strict
mentions-protocol-heading = Crisis protocol
mentions-protocol-none = No crisis protocol in the plan yet.
mentions-protocol-level = Level { $level }
mentions-crises-heading = Crisis log
mentions-crises-none = No crisis so far.
mentions-crisis-date-pattern = %d %b %H:%M
mentions-crisis-open = still open
mentions-crisis-closed = closed { $when }
mentions-crisis-opened = level { $level }  opened { $when }

## What the sentiment guess learned
mentions-lessons-teaching = { $count ->
    [0] no corrected text teaches
    [one] { $shown } corrected text teaches
   *[other] { $shown } corrected texts teach
}
mentions-lessons-heading = What the sentiment guess learned from your corrections ({ $teaching })
mentions-lessons-not-counted = { $term } (not counted)
mentions-lessons-brand-terms = brand terms (plan): { $terms }
mentions-lessons-nothing-yet = nothing yet: a word is learned once { $from } corrected texts hold it and { $agreement } % of them agree ({ $key } corrects a mention)
mentions-lessons-counts-negative = counts negative
mentions-lessons-counts-positive = counts positive
mentions-lessons-counts-nothing = counts nothing (marked neutral)
mentions-lessons-more = { $count } more
mentions-lessons-footer = (n) corrected texts that taught it · { $forget } forgets these words, the corrections stay ({ $undo } takes it back)

## Questions and refusals of the pane
mentions-select-first = Select a mention first.
mentions-no-rule-to-edit = There is no rule to edit yet.
mentions-no-rule-to-delete = There is no rule to delete.
mentions-delete-rule-question = Delete the rule “{ $name }”? Its mentions stay, without a rule
mentions-forget-lessons-question = Forget the words your sentiment corrections taught? The corrections themselves stay

## Forms
mentions-filter-title = Show only…
mentions-filter-any = any
mentions-filter-rule = Rule
mentions-filter-kind = Brand / competitor / sector
mentions-filter-sentiment = Sentiment
mentions-person-title = Link the author to a person
mentions-person-new = — a new person —
mentions-person-person = Person
mentions-person-name = New person's name
mentions-person-role = As
mentions-person-as-advocate = prescriptor candidate (advocate)
mentions-person-as-detractor = watchlist (detractor)
mentions-person-as-troll = watchlist (troll)
mentions-rule-new-title = New listening rule
mentions-rule-edit-title = Edit listening rule
mentions-rule-name = Name
mentions-rule-kind = Listens for
mentions-rule-competitor = Competitor
mentions-rule-terms = Terms (a, b, c)
mentions-rule-exclusions = Not when (a, b)
mentions-rule-source = Only source
mentions-rule-language = Only language
mentions-rule-sensitivity = Alert sensitivity
mentions-rule-min-count = Minimum in 24 h
mentions-rule-cooldown = Cooldown (hours)
mentions-new-title = New mention
mentions-new-source = Source
mentions-new-url = URL
mentions-new-author = Author
mentions-new-text = What was said
mentions-new-published = When (empty = now)
mentions-new-reach = Reach
mentions-error-person-name = give the new person a name
mentions-error-whole-number = a whole number of 0 or more, please
mentions-error-rule-name = give the rule a name
mentions-error-rule-terms = give at least one term to listen for
mentions-error-rule-competitor = say which competitor this rule listens for
mentions-error-text = write what was said
mentions-error-url = the address must start with https:// or http://
mentions-error-published = “{ $typed }” is not a time; write it as YYYY-MM-DD HH:MM
mentions-error-reach = “{ $typed }” is not a whole number (such as 1.200 or 1200)
mentions-error-rule-name-taken = another rule has that name
mentions-error-url-taken = a mention with this address is already stored

## What the app says
mentions-nothing-changed = Nothing was changed: { $error }
mentions-channel-first = Add a channel first: { $what } needs one.
mentions-channel-for-inbox = the inbox item
mentions-channel-for-idea = the post idea
mentions-sentiment-corrected = Sentiment corrected to { $sentiment } (the automatic guess is kept apart)
mentions-marked = Marked { $status }
mentions-linked = Linked to the person
mentions-to-inbox-done = In the inbox as a mention heard on { $source }, to answer there (recorded on { $channel })
mentions-to-idea-done = A post idea for { $channel } in the calendar, with the source link
mentions-linked-author = Linked the author to the person
mentions-added-to-watchlist = Added { $name } on the watchlist as { $role }
mentions-added-to-prescriptors = Added { $name } in Prescriptors as { $role }
mentions-nothing-to-forget = Nothing to forget: no word is learned yet from { $shown } corrected texts
mentions-forgot-lessons = { $count ->
    [one] Forgot the { $words } word { $texts } corrected texts taught; the corrections stay, and new ones teach again
   *[other] Forgot the { $words } words { $texts } corrected texts taught; the corrections stay, and new ones teach again
}
mentions-search-failed = Could not search the mentions: { $error }
mentions-rule-saved = Saved the rule “{ $name }”
mentions-rule-deleted = Deleted the rule
mentions-added-with-rule = Added the mention (rule: { $rule })
mentions-added-without-rule = Added the mention (no rule matched it)
mentions-undo-reviewed = reviewed
mentions-undo-ignored = ignored
mentions-undo-sentiment-correction = sentiment correction
mentions-undo-to-inbox = to inbox
mentions-undo-post-idea = post idea
mentions-undo-link = link
mentions-undo-new-person = new person
mentions-undo-forget-lessons = forgetting what the corrections taught
mentions-undo-rule = rule
mentions-undo-new-mention = new mention

## Fetching the feeds
mentions-fetch-under-way = A fetch is already under way.
mentions-fetch-no-feeds = No feeds to fetch: add [[feeds]] entries with a url to the config file (see config.example.toml).
mentions-fetch-starting = Fetching { $shown } feeds…
mentions-fetch-stopped = The fetch stopped
