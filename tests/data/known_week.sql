-- A small dataset whose figures are worked out by hand in the comments: the ISO week
-- 2026-W47 (2026-11-16 to 2026-11-22, UTC) and a little before it. Used by the KPI and report tests.
INSERT INTO channels (id, network, handle, char_limit) VALUES (1, 'instagram', '@brand', 2200), (2, 'x', '@brand', 280);
-- Followers: Instagram 1000 then 1100, X 500 -> all channels 1600 on 11-22, Instagram 1100.
INSERT INTO audience_snapshots VALUES (1, '2026-11-15', 1000), (1, '2026-11-22', 1100), (2, '2026-11-20', 500);
-- Two posts published in the week, one the week before (left out), one scheduled.
INSERT INTO posts (id, channel_id, body, status, scheduled_at, published_at, created_at, updated_at) VALUES
 (1, 1, 'a', 'published', '2026-11-17T10:00:00Z', '2026-11-17T10:00:00Z', '2026-11-01T00:00:00Z', '2026-11-01T00:00:00Z'),
 (2, 2, 'b', 'published', '2026-11-18T10:00:00Z', '2026-11-18T10:00:00Z', '2026-11-01T00:00:00Z', '2026-11-01T00:00:00Z'),
 (3, 1, 'c', 'published', '2026-11-10T10:00:00Z', '2026-11-10T10:00:00Z', '2026-11-01T00:00:00Z', '2026-11-01T00:00:00Z'),
 (4, 1, 'd', 'scheduled', '2026-11-20T10:00:00Z', NULL, '2026-11-01T00:00:00Z', '2026-11-01T00:00:00Z');
-- Post 1: an older capture (ignored), then 1000 impressions, 800 reach, 30+5+3+2 = 40 interactions.
-- Post 2: 500 impressions, 400 reach, 10 interactions. Engagement = 50 / 1500 = 3.33 %; reach 1200.
INSERT INTO post_metrics (post_id, captured_at, impressions, reach, likes, comments, shares, saves) VALUES
 (1, '2026-11-17T12:00:00Z', 100, 90, 1, 0, 0, 0),
 (1, '2026-11-19T12:00:00Z', 1000, 800, 30, 5, 3, 2),
 (2, '2026-11-19T12:00:00Z', 500, 400, 10, 0, 0, 0),
 (3, '2026-11-11T12:00:00Z', 9999, 9999, 999, 0, 0, 0);
-- Messages: answered in 30 and 180 minutes, one unanswered -> median 105; within 60 min: 1 of 2.
INSERT INTO messages (id, channel_id, kind, author, body, received_at, status, first_response_at, person_id) VALUES
 (1, 1, 'dm', '@ana', 'hola', '2026-11-17T09:00:00Z', 'replied', '2026-11-17T09:30:00Z', NULL),
 (2, 1, 'dm', '@bea', 'hola', '2026-11-18T10:00:00Z', 'replied', '2026-11-18T13:00:00Z', NULL),
 (3, 2, 'dm', '@cai', 'hola', '2026-11-19T10:00:00Z', 'new', NULL, NULL);
INSERT INTO competitors (id, name) VALUES (1, 'Rival');
INSERT INTO listening_rules (id, name, kind, competitor_id, terms) VALUES
 (1, 'Marca', 'brand', NULL, 'brand'), (2, 'Rival', 'competitor', 1, 'rival');
-- People: an advocate with a mention this week (active), an idle advocate, a customer with a mention.
INSERT INTO people (id, name, role, created_at) VALUES
 (1, 'Ana', 'advocate', '2026-01-01T00:00:00Z'), (2, 'Bea', 'advocate', '2026-01-01T00:00:00Z'),
 (3, 'Cai', 'customer', '2026-01-01T00:00:00Z');
-- Mentions: brand 3 (positive, negative corrected to positive, negative), competitor 1 neutral.
-- Mentions = 4; share of voice = 3 / 4 = 75 %; positive share = 2 / 4 = 50 %.
INSERT INTO mentions (source, url, text, published_at, sentiment_auto, sentiment_corrected, rule_id, person_id) VALUES
 ('web', 'https://a.example/1', 't', '2026-11-17T08:00:00Z', 'positive', NULL, 1, 1),
 ('web', 'https://a.example/2', 't', '2026-11-18T08:00:00Z', 'negative', 'positive', 1, 3),
 ('web', 'https://a.example/3', 't', '2026-11-19T08:00:00Z', 'negative', NULL, 1, NULL),
 ('web', 'https://a.example/4', 't', '2026-11-20T08:00:00Z', 'neutral', NULL, 2, NULL),
 ('web', 'https://a.example/5', 't', '2026-11-09T08:00:00Z', 'positive', NULL, 1, 2);
-- Objectives, one per KPI; 'Ventas' has a campaign, the others count every campaign.
INSERT INTO objectives (id, name, kpi, channel_id, baseline, target, starts_on, deadline) VALUES
 (1, 'followers all', 'followers', NULL, 1000, 2000, '2026-10-01', '2027-01-01'),
 (2, 'followers ig', 'followers', 1, 1000, 2000, '2026-10-01', '2027-01-01'),
 (3, 'engagement', 'engagement_rate', NULL, 2, 5, '2026-10-01', '2027-01-01'),
 (4, 'published', 'posts_published', NULL, 0, 10, '2026-10-01', '2027-01-01'),
 (5, 'reach', 'reach', NULL, 0, 5000, '2026-10-01', '2027-01-01'),
 (6, 'mentions', 'mentions', NULL, 0, 10, '2026-10-01', '2027-01-01'),
 (7, 'sov', 'share_of_voice', NULL, 50, 80, '2026-10-01', '2027-01-01'),
 (8, 'positive', 'positive_share', NULL, 40, 70, '2026-10-01', '2027-01-01'),
 (9, 'median', 'median_first_response', NULL, 240, 60, '2026-10-01', '2027-01-01'),
 (10, 'within', 'answered_within_target', NULL, 20, 90, '2026-10-01', '2027-01-01'),
 (11, 'active', 'active_prescriptors', NULL, 0, 5, '2026-10-01', '2027-01-01'),
 (12, 'Ventas', 'conversions', NULL, 0, 100, '2026-10-01', '2027-01-01'),
 (13, 'cost', 'cost_per_result', NULL, 10, 4, '2026-10-01', '2027-01-01'),
 (14, 'roi', 'roi', NULL, 0, 200, '2026-10-01', '2027-01-01'),
 (15, 'all conversions', 'conversions', NULL, 0, 100, '2026-10-01', '2027-01-01'),
 (16, 'visits', 'manual', NULL, 0, 40, '2026-10-01', '2027-01-01');
-- Campaign 1 serves 'Ventas' and 'cost' and 'roi': spend 100 + 50 = 150 €, 30 conversions, 600 € revenue
-- -> cost per result 5 €, ROI (600 - 150) / 150 = 300 %. Campaign 2 (no objective): 20 €, 2 conversions.
INSERT INTO campaigns (id, name, objective_id, starts_on, ends_on, budget_cents, conversions, revenue_cents) VALUES
 (1, 'Navidad', 12, '2026-11-01', '2026-12-31', 50000, 30, 60000),
 (2, 'Otoño', NULL, '2026-10-01', '2026-10-31', 10000, 2, 0);
INSERT INTO campaign_spend (campaign_id, spent_on, amount_cents) VALUES (1, '2026-11-02', 10000), (1, '2026-11-16', 5000), (2, '2026-10-05', 2000);
-- Manual values: W45 = 10, W47 = 14.
INSERT INTO manual_kpi_values VALUES (16, '2026-W45', 10), (16, '2026-W47', 14);
