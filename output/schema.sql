-- reifegrad store: append-only history (docs/architecture.md §6).
-- Idempotent (IF NOT EXISTS); run by output/store.py whenever this file or views.sql changes.
-- Statements end with ";" at the end of a line (nowhere else).
-- Status vocabularies are checked in output/store.py (closed lists kept in one place).

CREATE TABLE IF NOT EXISTS municipalities (
    ags TEXT PRIMARY KEY,
    ars TEXT,
    name TEXT,
    name_official TEXT,
    type TEXT,
    level TEXT,            -- gemeinde | kreis
    kreis_ags TEXT,
    kreis_name TEXT,
    state_code TEXT,
    state TEXT,
    population INTEGER,
    website_url TEXT,
    domain TEXT,
    wikidata_qid TEXT,
    lat REAL,
    lon REAL,
    url_source TEXT,
    site_key TEXT
);

CREATE TABLE IF NOT EXISTS runs (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL,                      -- crawl | nightly | demo | ondemand
    trigger TEXT,
    started_at TEXT NOT NULL,
    finished_at TEXT,
    status TEXT NOT NULL DEFAULT 'running',  -- running | finished | interrupted
    in_series INTEGER NOT NULL DEFAULT 1,    -- 0: results stay out of the nightly series (on-demand)
    code_version TEXT,
    fingerprint_version TEXT,
    model_version TEXT,
    model_hash TEXT,
    config TEXT,                             -- json
    sites INTEGER,
    pages INTEGER,
    bytes INTEGER,
    pages_per_s REAL,
    duration_s REAL,
    errors_by_status TEXT                    -- json
);

CREATE TABLE IF NOT EXISTS site_visits (
    id INTEGER PRIMARY KEY,
    run_id INTEGER NOT NULL REFERENCES runs(id),
    site_key TEXT NOT NULL,
    start_url TEXT,
    final_url TEXT,
    status TEXT NOT NULL,
    error TEXT,
    started_at TEXT,
    finished_at TEXT,
    duration_s REAL,
    pages_fetched INTEGER,
    bytes INTEGER,
    rendered INTEGER,
    cms TEXT,
    checks TEXT,          -- json {check_id: {value, detail, product}}; NULL when content_id is another visit
    redirect_chain TEXT,  -- json [url, ...]
    -- History that grows with change: the site visit whose checks, pages, findings, evidence, service levels,
    -- external links and render errors are this visit's. Its own id when they were stored with it; an earlier
    -- visit's id when nothing changed since (no copy is stored). Readers join those tables on content_id.
    content_id INTEGER REFERENCES site_visits(id),
    content_sha TEXT      -- digest of that content (output/history.py), only where it is stored
);
CREATE UNIQUE INDEX IF NOT EXISTS site_visits_run_site ON site_visits(run_id, site_key);
CREATE INDEX IF NOT EXISTS site_visits_site ON site_visits(site_key, id);
CREATE INDEX IF NOT EXISTS site_visits_content ON site_visits(content_id);

CREATE TABLE IF NOT EXISTS visits (
    id INTEGER PRIMARY KEY,
    run_id INTEGER NOT NULL REFERENCES runs(id),
    ags TEXT NOT NULL REFERENCES municipalities(ags),
    site_visit_id INTEGER REFERENCES site_visits(id),   -- NULL when no site was visited (no_website)
    status TEXT NOT NULL,
    error TEXT,                                          -- the site visit's error, or why there was none
    trigger TEXT,
    in_series INTEGER NOT NULL DEFAULT 1,                -- copy of runs.in_series, so the index below can filter
    finished_at TEXT                                     -- NULL = visit not complete (never counted as latest)
);
CREATE UNIQUE INDEX IF NOT EXISTS visits_run_ags ON visits(run_id, ags);
CREATE INDEX IF NOT EXISTS visits_site_visit ON visits(site_visit_id);
-- "latest visit per municipality" and "history of one municipality" are a seek into this index.
CREATE INDEX IF NOT EXISTS visits_series ON visits(ags, id) WHERE in_series = 1 AND finished_at IS NOT NULL;

-- pages, findings, evidence, service_levels, external_links, render_errors: rows are stored once per content
-- (site_visit_id = the storing visit) and shared by later unchanged visits through site_visits.content_id.
-- pages.fetched_at is when the storing visit fetched the page.
CREATE TABLE IF NOT EXISTS pages (
    site_visit_id INTEGER NOT NULL REFERENCES site_visits(id),
    url TEXT NOT NULL,
    status INTEGER,
    content_type TEXT,
    bytes INTEGER,
    sha256 TEXT,
    depth INTEGER,
    view TEXT,
    etag TEXT,
    last_modified TEXT,
    not_modified INTEGER,
    fetched_at TEXT
);
CREATE INDEX IF NOT EXISTS pages_site_visit ON pages(site_visit_id);

CREATE TABLE IF NOT EXISTS findings (
    id INTEGER PRIMARY KEY,
    site_visit_id INTEGER NOT NULL REFERENCES site_visits(id),
    component TEXT NOT NULL,
    product TEXT,
    confidence INTEGER,
    state TEXT NOT NULL DEFAULT 'present',   -- present | unobserved
    evidence_url TEXT                        -- the strongest evidence's URL (see store.strongest_evidence)
);
CREATE INDEX IF NOT EXISTS findings_site_visit ON findings(site_visit_id, component);

CREATE TABLE IF NOT EXISTS evidence (
    finding_id INTEGER NOT NULL REFERENCES findings(id),
    site_visit_id INTEGER NOT NULL REFERENCES site_visits(id),
    url TEXT,
    kind TEXT,
    match TEXT,
    pattern_id TEXT,
    view TEXT,
    mark TEXT,        -- JSON [start, end]: the match inside `match` (NULL in rows stored before marks were kept)
    markup INTEGER    -- 1 = `match` is page source (markup, a header, a script), shown as code
);
CREATE INDEX IF NOT EXISTS evidence_finding ON evidence(finding_id);
CREATE INDEX IF NOT EXISTS evidence_site_visit_url ON evidence(site_visit_id, url);

CREATE TABLE IF NOT EXISTS service_levels (
    site_visit_id INTEGER NOT NULL REFERENCES site_visits(id),
    service_id TEXT NOT NULL,
    level INTEGER NOT NULL,
    url TEXT,
    evidence TEXT
);
CREATE INDEX IF NOT EXISTS service_levels_site_visit ON service_levels(site_visit_id, service_id);

-- Links to other hosts, with their anchor text: where form servers, payment, BundID and app stores live
-- (a link is evidence), and where analysts find vendors the fingerprints do not know yet.
CREATE TABLE IF NOT EXISTS external_links (
    site_visit_id INTEGER NOT NULL REFERENCES site_visits(id),
    url TEXT NOT NULL,
    host TEXT NOT NULL,
    text TEXT,
    page_url TEXT
);
CREATE INDEX IF NOT EXISTS external_links_site_visit ON external_links(site_visit_id);
CREATE INDEX IF NOT EXISTS external_links_host ON external_links(host);

CREATE TABLE IF NOT EXISTS scores (
    id INTEGER PRIMARY KEY,
    visit_id INTEGER NOT NULL REFERENCES visits(id),
    run_id INTEGER NOT NULL REFERENCES runs(id),   -- the visit's run (rescoring keeps it; computed_at tells them apart)
    ags TEXT NOT NULL,
    model_version TEXT,
    model_hash TEXT,
    score REAL,                 -- NULL when the site did not end ok
    level INTEGER,
    level_label TEXT,
    dqd_label TEXT,
    kgst_components INTEGER,
    gut_aufgestellt INTEGER,
    dimensions TEXT,            -- json; NULL when details_id is set (rows written before shared details have it)
    indicators TEXT,            -- json; as dimensions
    flags TEXT,                 -- json; as dimensions
    computed_at TEXT NOT NULL,
    details_id INTEGER REFERENCES score_details(id)   -- dimensions, indicators and flags, stored once
);
-- "newest score of a visit" is max(id) over this index.
CREATE INDEX IF NOT EXISTS scores_visit ON scores(visit_id, id);

-- A score's dimensions, indicators and flags, stored once however many nights share them.
CREATE TABLE IF NOT EXISTS score_details (
    id INTEGER PRIMARY KEY,
    sha256 TEXT NOT NULL UNIQUE,   -- of the three json texts
    dimensions TEXT,
    indicators TEXT,
    flags TEXT
);

-- Pages whose rendered view failed (Chromium error or timeout): components only a browser shows were
-- not measured there; `reifegrad status` and the run summary count the sites.
CREATE TABLE IF NOT EXISTS render_errors (
    site_visit_id INTEGER NOT NULL REFERENCES site_visits(id),
    url TEXT NOT NULL,
    error TEXT
);
CREATE INDEX IF NOT EXISTS render_errors_site_visit ON render_errors(site_visit_id);

-- Scoring models this database has used (the file's bytes, so rescore and workers need no file).
CREATE TABLE IF NOT EXISTS models (
    hash TEXT PRIMARY KEY,      -- sha256 of the file, as scores.model_hash
    version TEXT NOT NULL,
    name TEXT,
    source TEXT,                -- the path it was read from
    text BLOB NOT NULL,
    added_at TEXT NOT NULL
);

-- Every switch of the active model; the newest row is the model crawls, rescore and every view use.
CREATE TABLE IF NOT EXISTS model_changes (
    id INTEGER PRIMARY KEY,
    model_hash TEXT NOT NULL REFERENCES models(hash),
    changed_at TEXT NOT NULL
);

CREATE TABLE IF NOT EXISTS peer_groups (
    name TEXT NOT NULL,
    ags TEXT NOT NULL,
    PRIMARY KEY (name, ags)
);

-- Handlungsempfehlungen of the scores every view shows now (output/recommendations.py, refreshed after each
-- run and rescore): the missing components the model reads, most points first, none worth 0 points. A cache
-- of the present, not history: rows of scores no longer shown are deleted, so it never grows with the nights.
-- Label and text are in the view recommendation_texts.
CREATE TABLE IF NOT EXISTS recommendations (
    score_id INTEGER NOT NULL REFERENCES scores(id),
    position INTEGER NOT NULL,         -- 1 = the most points
    component TEXT NOT NULL,
    points REAL NOT NULL,              -- score points (0–100 scale) the component would add under the score's model
    PRIMARY KEY (score_id, component)
);
