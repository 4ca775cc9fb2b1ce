-- The SQL behind one week's report (2026-W47 of the large demo: 16-22 Nov 2026, UTC), for the
-- comparison the README's speed table makes: run it with
--   sqlite3 target/cmdeck-bench/large.sqlite3 < benches/report_week.sql
-- and compare with `cargo bench -- report::week`. It reads the same rows cmdeck reads for the
-- week, the week before and the eight weeks of trends; spike detection and the Markdown are
-- left out (they are computed in Rust), so cmdeck does strictly more work than this file.
.timer on
.mode list
-- Headline figures for the week, the week before, and eight trend weeks (10 weeks in all).
WITH weeks(first, last) AS (
  VALUES ('2026-09-28T00:00:00Z', '2026-10-05T00:00:00Z'), ('2026-10-05T00:00:00Z', '2026-10-12T00:00:00Z'),
         ('2026-10-12T00:00:00Z', '2026-10-19T00:00:00Z'), ('2026-10-19T00:00:00Z', '2026-10-26T00:00:00Z'),
         ('2026-10-26T00:00:00Z', '2026-11-02T00:00:00Z'), ('2026-11-02T00:00:00Z', '2026-11-09T00:00:00Z'),
         ('2026-11-09T00:00:00Z', '2026-11-16T00:00:00Z'), ('2026-11-16T00:00:00Z', '2026-11-23T00:00:00Z'),
         ('2026-11-09T00:00:00Z', '2026-11-16T00:00:00Z'), ('2026-11-16T00:00:00Z', '2026-11-23T00:00:00Z'))
SELECT first,
  (SELECT COUNT(*) FROM posts WHERE status != 'cancelled' AND scheduled_at >= first AND scheduled_at < last),
  (SELECT COUNT(*) FROM posts WHERE status = 'published' AND published_at >= first AND published_at < last),
  (SELECT COALESCE(SUM(m.impressions), 0) || ' ' || COALESCE(SUM(m.reach), 0) || ' ' || COALESCE(SUM(m.likes + m.comments + m.shares + m.saves), 0)
     FROM posts p JOIN post_metrics m ON m.id = (SELECT id FROM post_metrics WHERE post_id = p.id ORDER BY captured_at DESC LIMIT 1)
     WHERE p.status = 'published' AND p.published_at >= first AND p.published_at < last),
  (SELECT COUNT(*) FROM messages WHERE received_at >= first AND received_at < last),
  (SELECT group_concat(received_at || '>' || first_response_at, ',') FROM messages
     WHERE received_at >= first AND received_at < last AND first_response_at IS NOT NULL),
  (SELECT SUM(s = 'positive') || ' ' || SUM(s = 'neutral') || ' ' || SUM(s = 'negative') || ' ' || SUM(k = 'brand') || ' ' || SUM(k = 'competitor')
     FROM (SELECT COALESCE(me.sentiment_corrected, me.sentiment_auto) AS s, r.kind AS k
           FROM mentions me LEFT JOIN listening_rules r ON r.id = me.rule_id
           WHERE me.published_at >= first AND me.published_at < last)),
  (SELECT COUNT(*) FROM people p WHERE p.role IN ('advocate', 'influencer') AND p.id IN (
     SELECT person_id FROM mentions WHERE published_at >= first AND published_at < last AND person_id IS NOT NULL
     UNION SELECT person_id FROM messages WHERE received_at >= first AND received_at < last AND person_id IS NOT NULL)),
  (SELECT SUM(f) FROM (SELECT (SELECT x.followers FROM audience_snapshots x WHERE x.channel_id = c.id
     AND x.taken_on <= substr(last, 1, 10) ORDER BY x.taken_on DESC LIMIT 1) AS f FROM channels c))
FROM weeks;
-- Per channel: posts, metrics, messages and response pairs, followers at both ends.
SELECT c.id,
  (SELECT COUNT(*) FROM posts p WHERE p.channel_id = c.id AND p.status != 'cancelled' AND p.scheduled_at >= '2026-11-16T00:00:00Z' AND p.scheduled_at < '2026-11-23T00:00:00Z'),
  (SELECT COUNT(*) FROM posts p WHERE p.channel_id = c.id AND p.status = 'published' AND p.published_at >= '2026-11-16T00:00:00Z' AND p.published_at < '2026-11-23T00:00:00Z'),
  (SELECT COUNT(*) FROM posts p WHERE p.channel_id = c.id AND p.status = 'published' AND p.published_at >= '2026-11-09T00:00:00Z' AND p.published_at < '2026-11-16T00:00:00Z'),
  (SELECT COUNT(*) FROM messages m WHERE m.channel_id = c.id AND m.received_at >= '2026-11-16T00:00:00Z' AND m.received_at < '2026-11-23T00:00:00Z'),
  (SELECT x.followers FROM audience_snapshots x WHERE x.channel_id = c.id AND x.taken_on <= '2026-11-15' ORDER BY x.taken_on DESC LIMIT 1),
  (SELECT x.followers FROM audience_snapshots x WHERE x.channel_id = c.id AND x.taken_on <= '2026-11-22' ORDER BY x.taken_on DESC LIMIT 1)
FROM channels c ORDER BY c.id;
-- Pillars, the week's published posts with their latest metrics, rules, voices.
SELECT pl.name, (SELECT COUNT(*) FROM posts p WHERE p.pillar_id = pl.id AND p.status != 'cancelled'
  AND p.scheduled_at >= '2026-11-16T00:00:00Z' AND p.scheduled_at < '2026-11-23T00:00:00Z') FROM pillars pl;
SELECT COUNT(*), MAX(m.likes) FROM posts p JOIN post_metrics m ON m.id = (SELECT id FROM post_metrics WHERE post_id = p.id ORDER BY captured_at DESC LIMIT 1)
  WHERE p.status = 'published' AND p.published_at >= '2026-11-16T00:00:00Z' AND p.published_at < '2026-11-23T00:00:00Z';
SELECT r.name,
  (SELECT COUNT(*) FROM mentions m WHERE m.rule_id = r.id AND m.published_at >= '2026-11-16T00:00:00Z' AND m.published_at < '2026-11-23T00:00:00Z'),
  (SELECT COUNT(*) FROM mentions m WHERE m.rule_id = r.id AND m.published_at >= '2026-11-09T00:00:00Z' AND m.published_at < '2026-11-16T00:00:00Z')
FROM listening_rules r;
SELECT c.name, (SELECT COUNT(*) FROM mentions m JOIN listening_rules r ON r.id = m.rule_id WHERE r.competitor_id = c.id
  AND m.published_at >= '2026-11-16T00:00:00Z' AND m.published_at < '2026-11-23T00:00:00Z') FROM competitors c;
-- Prescriptors, campaigns, crises, notes, next week.
SELECT (SELECT COUNT(*) FROM people WHERE role IN ('advocate', 'influencer') AND created_at >= '2026-11-16T00:00:00Z' AND created_at < '2026-11-23T00:00:00Z'),
       (SELECT COUNT(*) FROM interactions WHERE happened_at >= '2026-11-16T00:00:00Z' AND happened_at < '2026-11-23T00:00:00Z'),
       (SELECT COUNT(*) FROM people WHERE next_follow_up IS NOT NULL AND next_follow_up < '2026-11-22');
SELECT ca.name, (SELECT SUM(amount_cents) FROM campaign_spend s WHERE s.campaign_id = ca.id) FROM campaigns ca;
SELECT COUNT(*) FROM crises WHERE opened_at < '2026-11-23T00:00:00Z' AND (closed_at IS NULL OR closed_at >= '2026-11-16T00:00:00Z');
SELECT COUNT(*) FROM posts WHERE status = 'scheduled' AND scheduled_at >= '2026-11-23T00:00:00Z' AND scheduled_at < '2026-11-30T00:00:00Z';
