-- Analyst views. Recreated by output/store.py whenever this file (or the component catalogue) changes.
-- Every statement starts with "CREATE VIEW <name> AS" and ends with ";" at the end of a line (nowhere else).
--
-- "Latest" = the municipality's visit with the highest id that
--   * is complete (visits.finished_at IS NOT NULL; record_site/record_unvisited write a visit
--     atomically when its site is done, so completed visits of a still running or interrupted run
--     count: last night's partial run already shows what it has finished), and
--   * belongs to the nightly series (visits.in_series = 1; on-demand runs are 0 unless marked).
-- For that visit the newest score row under the ACTIVE model is shown (rescoring appends rows), so no
-- view ever mixes model versions; a visit not yet scored with the active model shows no score until
-- `reifegrad rescore`. A database that never recorded an active model shows the newest score row.

CREATE VIEW active_model AS
SELECT m.hash AS model_hash, m.version AS model_version, m.name, m.source, c.changed_at AS active_since
FROM model_changes c JOIN models m ON m.hash = c.model_hash
WHERE c.id = (SELECT max(id) FROM model_changes);

-- visit_id -> id of the score row every view shows for it.
CREATE VIEW current_scores AS
SELECT v.id AS visit_id, (
    SELECT max(s.id) FROM scores s
    WHERE s.visit_id = v.id AND s.model_hash IS coalesce((SELECT model_hash FROM active_model), s.model_hash)
) AS score_id
FROM visits v;

-- content_id: the site visit whose findings, evidence, pages, service levels and checks are this visit's
-- (an unchanged night shares an earlier visit's rows; schema.sql, site_visits.content_id).
CREATE VIEW latest_visits AS
SELECT v.ags, v.id AS visit_id, v.run_id, v.site_visit_id, v.status, v.trigger, v.finished_at, sv.content_id
FROM municipalities m
JOIN visits v ON v.id = (
    SELECT max(x.id) FROM visits x
    WHERE x.ags = m.ags AND x.in_series = 1 AND x.finished_at IS NOT NULL
)
LEFT JOIN site_visits sv ON sv.id = v.site_visit_id;

CREATE VIEW latest_scores AS
SELECT m.ags, m.name, m.state, s.score, s.level, s.kgst_components, lv.status,
       s.model_version, lv.run_id, lv.finished_at
FROM latest_visits lv
JOIN municipalities m ON m.ags = lv.ags
LEFT JOIN scores s ON s.id = (SELECT score_id FROM current_scores c WHERE c.visit_id = lv.visit_id);

CREATE VIEW latest_findings AS
SELECT lv.ags, f.component, f.product, f.confidence, f.evidence_url, lv.run_id
FROM latest_visits lv
JOIN findings f ON f.site_visit_id = lv.content_id
WHERE f.state = 'present';

-- Every visit of every run (on-demand included) with its newest score: e.g. WHERE run_id = ?.
CREATE VIEW visit_scores AS
SELECT v.ags, v.id AS visit_id, v.run_id, v.finished_at, v.status, v.trigger, v.in_series,
       s.score, s.level, s.level_label, s.kgst_components, s.model_version
FROM visits v
LEFT JOIN scores s ON s.id = (SELECT score_id FROM current_scores c WHERE c.visit_id = v.id);

CREATE VIEW score_history AS
SELECT ags, visit_id, run_id, finished_at, status, score, level, level_label, kgst_components, model_version
FROM visit_scores
WHERE in_series = 1 AND finished_at IS NOT NULL;

CREATE VIEW latest_visit_pairs AS
SELECT lv.ags, lv.visit_id, lv.run_id, lv.site_visit_id, lv.status,
       pv.id AS previous_visit_id, pv.run_id AS previous_run_id,
       pv.site_visit_id AS previous_site_visit_id, pv.status AS previous_status,
       lv.content_id, psv.content_id AS previous_content_id
FROM latest_visits lv
JOIN visits pv ON pv.id = (
    SELECT max(x.id) FROM visits x
    WHERE x.ags = lv.ags AND x.in_series = 1 AND x.finished_at IS NOT NULL AND x.id < lv.visit_id
)
LEFT JOIN site_visits psv ON psv.id = pv.site_visit_id;

-- Components that appeared or disappeared between the two latest visits; only ok -> ok pairs,
-- because a failed crawl says nothing about a component being gone, and a component the crawl could
-- not observe (state 'unobserved') is neither new nor gone — as output/changes.py (a test compares them).
CREATE VIEW component_changes AS
SELECT p.ags, f.component, 'appeared' AS change, f.product, f.evidence_url, p.run_id, p.previous_run_id
FROM latest_visit_pairs p
JOIN findings f ON f.site_visit_id = p.content_id AND f.state = 'present'
WHERE p.status = 'ok' AND p.previous_status = 'ok'
  AND NOT EXISTS (SELECT 1 FROM findings g WHERE g.site_visit_id = p.previous_content_id
                  AND g.component = f.component)
UNION ALL
SELECT p.ags, f.component, 'disappeared' AS change, f.product, f.evidence_url, p.run_id, p.previous_run_id
FROM latest_visit_pairs p
JOIN findings f ON f.site_visit_id = p.previous_content_id AND f.state = 'present'
WHERE p.status = 'ok' AND p.previous_status = 'ok'
  AND NOT EXISTS (SELECT 1 FROM findings g WHERE g.site_visit_id = p.content_id
                  AND g.component = f.component);

-- Score change since the previous visit, compared under the same model (same model_hash: a file edited
-- without a version bump is another model); score_delta is NULL when the previous visit was never
-- scored with the latest visit's model (run rescore to fill it).
CREATE VIEW changes_since_previous AS
SELECT p.ags, m.name, m.state, p.run_id, p.previous_run_id, p.status, p.previous_status,
       s.model_version, s.score, ps.score AS previous_score,
       round(s.score - ps.score, 2) AS score_delta,
       s.level, ps.level AS previous_level,
       s.kgst_components, ps.kgst_components AS previous_kgst_components,
       (SELECT group_concat(component, ', ') FROM component_changes x
         WHERE x.ags = p.ags AND x.change = 'appeared') AS appeared,
       (SELECT group_concat(component, ', ') FROM component_changes x
         WHERE x.ags = p.ags AND x.change = 'disappeared') AS disappeared
FROM latest_visit_pairs p
JOIN municipalities m ON m.ags = p.ags
LEFT JOIN scores s ON s.id = (SELECT score_id FROM current_scores c WHERE c.visit_id = p.visit_id)
LEFT JOIN scores ps ON ps.id = (
    SELECT max(id) FROM scores WHERE visit_id = p.previous_visit_id AND model_hash = s.model_hash
);

CREATE VIEW latest_service_levels AS
SELECT lv.ags, sl.service_id, max(sl.level) AS level, sl.url, sl.evidence, lv.run_id
FROM latest_visits lv
JOIN service_levels sl ON sl.site_visit_id = lv.content_id
GROUP BY lv.ags, sl.service_id;

CREATE VIEW run_summary AS
SELECT r.id AS run_id, r.kind, r.trigger, r.status, r.in_series, r.started_at, r.finished_at,
       r.model_version, r.sites, r.pages, r.pages_per_s, r.duration_s, r.errors_by_status,
       (SELECT count(*) FROM visits v WHERE v.run_id = r.id) AS visits,
       (SELECT count(*) FROM visits v WHERE v.run_id = r.id AND v.status = 'ok') AS visits_ok
FROM runs r;

-- KGSt/ÖFIT 2019: 0 / 1–2 / ≥ 3 of the nine components, beside the study's shares (ok visits only).
CREATE VIEW kgst_distribution AS
WITH buckets AS (
    SELECT CASE WHEN kgst_components = 0 THEN '0' WHEN kgst_components <= 2 THEN '1–2' ELSE '≥ 3' END AS components
    FROM latest_scores WHERE status = 'ok' AND kgst_components IS NOT NULL
), study(components, study_2019_share, position) AS (VALUES ('0', 16.0, 1), ('1–2', 32.0, 2), ('≥ 3', 52.0, 3))
SELECT s.components, count(b.components) AS municipalities,
       round(100.0 * count(b.components) / nullif((SELECT count(*) FROM buckets), 0), 1) AS share,
       s.study_2019_share
FROM study s LEFT JOIN buckets b ON b.components = s.components
GROUP BY s.components ORDER BY s.position;

CREATE VIEW summary_by_state AS
SELECT m.state, count(*) AS municipalities, count(l.ags) AS visited, coalesce(sum(l.status = 'ok'), 0) AS ok,
       round(avg(l.score), 1) AS mean_score, min(l.score) AS min_score, max(l.score) AS max_score,
       round(avg(CASE WHEN l.status = 'ok' THEN l.kgst_components END), 1) AS mean_kgst_components,
       round(100.0 * avg(CASE WHEN l.status = 'ok' THEN l.kgst_components >= 3 END), 1) AS gut_aufgestellt_share
FROM municipalities m LEFT JOIN latest_scores l ON l.ags = m.ags
GROUP BY m.state ORDER BY m.state;

-- One row per municipality: every column of the register (coordinates included) beside its latest visit
-- and score; municipalities never visited have an empty status. The analysts' main table: Datasette
-- facets it by state, level and status and draws it on a map (lat, lon).
CREATE VIEW municipality_results AS
SELECT m.ags, m.ars, m.name, m.name_official, m.state, m.state_code, m.kreis_ags, m.kreis_name, m.type,
       m.level AS admin_level,
       (SELECT z.size_class FROM size_classes z WHERE z.admin_level = coalesce(m.level, 'gemeinde')
          AND (z.population_from IS NULL OR m.population >= z.population_from)
          AND (z.population_to IS NULL OR m.population < z.population_to)) AS size_class,
       m.population, lv.status, st.label AS status_label, s.score, s.level, s.level_label, s.kgst_components,
       s.gut_aufgestellt, s.model_version, lv.run_id, lv.finished_at, m.website_url, m.domain, m.wikidata_qid,
       m.url_source, m.lat, m.lon
FROM municipalities m
LEFT JOIN latest_visits lv ON lv.ags = m.ags
LEFT JOIN scores s ON s.id = (SELECT score_id FROM current_scores c WHERE c.visit_id = lv.visit_id)
LEFT JOIN status_catalogue st ON st.status = lv.status;

-- The evidence of every site visit that is some municipality's latest, once per stored evidence row (an
-- unchanged visit shares an earlier visit's rows: site_visit_id is the storing visit, site_visits.content_id):
-- the content of the full-text index evidence_fts (output/search.py, rebuilt after each run).
CREATE VIEW latest_evidence_source AS
SELECT e.rowid AS evidence_id, e.site_visit_id, f.component, cc.label, f.product, e.kind, e.match, e.url, e.view
FROM (SELECT DISTINCT content_id FROM latest_visits WHERE content_id IS NOT NULL) lv
JOIN findings f ON f.site_visit_id = lv.content_id AND f.state = 'present'
JOIN evidence e ON e.finding_id = f.id
LEFT JOIN component_catalogue cc ON cc.component = f.component;

-- The evidence behind each municipality's latest findings; searchable in Datasette (evidence_fts).
CREATE VIEW latest_evidence AS
SELECT e.rowid AS evidence_id, lv.ags, m.name, m.state, f.component, cc.label, f.product, e.kind, e.match,
       e.url, e.view, lv.run_id
FROM latest_visits lv
JOIN municipalities m ON m.ags = lv.ags
JOIN findings f ON f.site_visit_id = lv.content_id AND f.state = 'present'
JOIN evidence e ON e.finding_id = f.id
LEFT JOIN component_catalogue cc ON cc.component = f.component;

-- Handlungsempfehlungen of each municipality's latest visit under the active model, most points first.
CREATE VIEW latest_recommendations AS
SELECT lv.ags, m.name, m.state, r.position, r.component, t.label, r.points, t.text, s.model_version, lv.run_id
FROM latest_visits lv
JOIN municipalities m ON m.ags = lv.ags
JOIN scores s ON s.id = (SELECT score_id FROM current_scores c WHERE c.visit_id = lv.visit_id)
JOIN recommendations r ON r.score_id = s.id
LEFT JOIN recommendation_texts t ON t.component = r.component;
