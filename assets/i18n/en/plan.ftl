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
