BEGIN TRANSACTION;
CREATE TABLE evidence (
    finding_id INTEGER NOT NULL REFERENCES findings(id),
    site_visit_id INTEGER NOT NULL REFERENCES site_visits(id),
    url TEXT,
    kind TEXT,
    match TEXT,
    pattern_id TEXT,
    view TEXT
);
INSERT INTO "evidence" VALUES(1,1,'https://www.flensburg.de/seite-imprint','requests','imprint.js','imprint-net','network');
INSERT INTO "evidence" VALUES(1,1,'https://www.flensburg.de/imprint','link_href','/imprint','imprint-link','static');
INSERT INTO "evidence" VALUES(2,1,'https://www.flensburg.de/seite-privacy_policy','requests','privacy_policy.js','privacy_policy-net','network');
INSERT INTO "evidence" VALUES(2,1,'https://www.flensburg.de/privacy_policy','link_href','/privacy_policy','privacy_policy-link','static');
INSERT INTO "evidence" VALUES(3,1,'https://www.flensburg.de/seite-accessibility_statement','requests','accessibility_statement.js','accessibility_statement-net','network');
INSERT INTO "evidence" VALUES(3,1,'https://www.flensburg.de/accessibility_statement','link_href','/accessibility_statement','accessibility_statement-link','static');
INSERT INTO "evidence" VALUES(4,1,'https://www.flensburg.de/seite-site_search','requests','site_search.js','site_search-net','network');
INSERT INTO "evidence" VALUES(4,1,'https://www.flensburg.de/site_search','link_href','/site_search','site_search-link','static');
INSERT INTO "evidence" VALUES(5,1,'https://www.flensburg.de/seite-chatbot','requests','chatbot.js','chatbot-net','network');
INSERT INTO "evidence" VALUES(5,1,'https://www.flensburg.de/chatbot','link_href','/chatbot','chatbot-link','static');
INSERT INTO "evidence" VALUES(6,1,'https://www.flensburg.de/seite-form_server','requests','form_server.js','form_server-net','network');
INSERT INTO "evidence" VALUES(6,1,'https://www.flensburg.de/form_server','link_href','/form_server','form_server-link','static');
INSERT INTO "evidence" VALUES(7,2,'https://www.amt-mitteldithmarschen.de/seite-imprint','requests','imprint.js','imprint-net','network');
INSERT INTO "evidence" VALUES(7,2,'https://www.amt-mitteldithmarschen.de/imprint','link_href','/imprint','imprint-link','static');
INSERT INTO "evidence" VALUES(8,2,'https://www.amt-mitteldithmarschen.de/seite-privacy_policy','requests','privacy_policy.js','privacy_policy-net','network');
INSERT INTO "evidence" VALUES(8,2,'https://www.amt-mitteldithmarschen.de/privacy_policy','link_href','/privacy_policy','privacy_policy-link','static');
INSERT INTO "evidence" VALUES(9,2,'https://www.amt-mitteldithmarschen.de/seite-accessibility_statement','requests','accessibility_statement.js','accessibility_statement-net','network');
INSERT INTO "evidence" VALUES(9,2,'https://www.amt-mitteldithmarschen.de/accessibility_statement','link_href','/accessibility_statement','accessibility_statement-link','static');
INSERT INTO "evidence" VALUES(10,2,'https://www.amt-mitteldithmarschen.de/seite-site_search','requests','site_search.js','site_search-net','network');
INSERT INTO "evidence" VALUES(10,2,'https://www.amt-mitteldithmarschen.de/site_search','link_href','/site_search','site_search-link','static');
INSERT INTO "evidence" VALUES(11,3,'https://www.muenchen.de/seite-imprint','requests','imprint.js','imprint-net','network');
INSERT INTO "evidence" VALUES(11,3,'https://www.muenchen.de/imprint','link_href','/imprint','imprint-link','static');
INSERT INTO "evidence" VALUES(12,3,'https://www.muenchen.de/seite-privacy_policy','requests','privacy_policy.js','privacy_policy-net','network');
INSERT INTO "evidence" VALUES(12,3,'https://www.muenchen.de/privacy_policy','link_href','/privacy_policy','privacy_policy-link','static');
INSERT INTO "evidence" VALUES(13,3,'https://www.muenchen.de/seite-accessibility_statement','requests','accessibility_statement.js','accessibility_statement-net','network');
INSERT INTO "evidence" VALUES(13,3,'https://www.muenchen.de/accessibility_statement','link_href','/accessibility_statement','accessibility_statement-link','static');
INSERT INTO "evidence" VALUES(14,3,'https://www.muenchen.de/seite-site_search','requests','site_search.js','site_search-net','network');
INSERT INTO "evidence" VALUES(14,3,'https://www.muenchen.de/site_search','link_href','/site_search','site_search-link','static');
INSERT INTO "evidence" VALUES(15,3,'https://www.muenchen.de/seite-epayment','requests','epayment.js','epayment-net','network');
INSERT INTO "evidence" VALUES(15,3,'https://www.muenchen.de/epayment','link_href','/epayment','epayment-link','static');
INSERT INTO "evidence" VALUES(16,4,'https://www.flensburg.de/seite-imprint','requests','imprint.js','imprint-net','network');
INSERT INTO "evidence" VALUES(16,4,'https://www.flensburg.de/imprint','link_href','/imprint','imprint-link','static');
INSERT INTO "evidence" VALUES(17,4,'https://www.flensburg.de/seite-privacy_policy','requests','privacy_policy.js','privacy_policy-net','network');
INSERT INTO "evidence" VALUES(17,4,'https://www.flensburg.de/privacy_policy','link_href','/privacy_policy','privacy_policy-link','static');
INSERT INTO "evidence" VALUES(18,4,'https://www.flensburg.de/seite-accessibility_statement','requests','accessibility_statement.js','accessibility_statement-net','network');
INSERT INTO "evidence" VALUES(18,4,'https://www.flensburg.de/accessibility_statement','link_href','/accessibility_statement','accessibility_statement-link','static');
INSERT INTO "evidence" VALUES(19,4,'https://www.flensburg.de/seite-site_search','requests','site_search.js','site_search-net','network');
INSERT INTO "evidence" VALUES(19,4,'https://www.flensburg.de/site_search','link_href','/site_search','site_search-link','static');
INSERT INTO "evidence" VALUES(20,4,'https://www.flensburg.de/seite-epayment','requests','epayment.js','epayment-net','network');
INSERT INTO "evidence" VALUES(20,4,'https://www.flensburg.de/epayment','link_href','/epayment','epayment-link','static');
INSERT INTO "evidence" VALUES(21,4,'https://www.flensburg.de/seite-form_server','requests','form_server.js','form_server-net','network');
INSERT INTO "evidence" VALUES(21,4,'https://www.flensburg.de/form_server','link_href','/form_server','form_server-link','static');
INSERT INTO "evidence" VALUES(22,5,'https://www.amt-mitteldithmarschen.de/seite-imprint','requests','imprint.js','imprint-net','network');
INSERT INTO "evidence" VALUES(22,5,'https://www.amt-mitteldithmarschen.de/imprint','link_href','/imprint','imprint-link','static');
INSERT INTO "evidence" VALUES(23,5,'https://www.amt-mitteldithmarschen.de/seite-privacy_policy','requests','privacy_policy.js','privacy_policy-net','network');
INSERT INTO "evidence" VALUES(23,5,'https://www.amt-mitteldithmarschen.de/privacy_policy','link_href','/privacy_policy','privacy_policy-link','static');
INSERT INTO "evidence" VALUES(24,5,'https://www.amt-mitteldithmarschen.de/seite-accessibility_statement','requests','accessibility_statement.js','accessibility_statement-net','network');
INSERT INTO "evidence" VALUES(24,5,'https://www.amt-mitteldithmarschen.de/accessibility_statement','link_href','/accessibility_statement','accessibility_statement-link','static');
INSERT INTO "evidence" VALUES(25,5,'https://www.amt-mitteldithmarschen.de/seite-site_search','requests','site_search.js','site_search-net','network');
INSERT INTO "evidence" VALUES(25,5,'https://www.amt-mitteldithmarschen.de/site_search','link_href','/site_search','site_search-link','static');
CREATE TABLE external_links (
    site_visit_id INTEGER NOT NULL REFERENCES site_visits(id),
    url TEXT NOT NULL,
    host TEXT NOT NULL,
    text TEXT,
    page_url TEXT
);
CREATE TABLE findings (
    id INTEGER PRIMARY KEY,
    site_visit_id INTEGER NOT NULL REFERENCES site_visits(id),
    component TEXT NOT NULL,
    product TEXT,
    confidence INTEGER,
    state TEXT NOT NULL DEFAULT 'present',   -- present | unobserved
    evidence_url TEXT                        -- the strongest evidence's URL (see store.strongest_evidence)
);
INSERT INTO "findings" VALUES(1,1,'imprint','imprint-produkt',90,'present','https://www.flensburg.de/imprint');
INSERT INTO "findings" VALUES(2,1,'privacy_policy','privacy_policy-produkt',90,'present','https://www.flensburg.de/privacy_policy');
INSERT INTO "findings" VALUES(3,1,'accessibility_statement','accessibility_statement-produkt',80,'present','https://www.flensburg.de/accessibility_statement');
INSERT INTO "findings" VALUES(4,1,'site_search','site_search-produkt',70,'present','https://www.flensburg.de/site_search');
INSERT INTO "findings" VALUES(5,1,'chatbot','chatbot-produkt',60,'present','https://www.flensburg.de/chatbot');
INSERT INTO "findings" VALUES(6,1,'form_server','form_server-produkt',80,'present','https://www.flensburg.de/form_server');
INSERT INTO "findings" VALUES(7,2,'imprint','imprint-produkt',90,'present','https://www.amt-mitteldithmarschen.de/imprint');
INSERT INTO "findings" VALUES(8,2,'privacy_policy','privacy_policy-produkt',90,'present','https://www.amt-mitteldithmarschen.de/privacy_policy');
INSERT INTO "findings" VALUES(9,2,'accessibility_statement','accessibility_statement-produkt',80,'present','https://www.amt-mitteldithmarschen.de/accessibility_statement');
INSERT INTO "findings" VALUES(10,2,'site_search','site_search-produkt',70,'present','https://www.amt-mitteldithmarschen.de/site_search');
INSERT INTO "findings" VALUES(11,3,'imprint','imprint-produkt',90,'present','https://www.muenchen.de/imprint');
INSERT INTO "findings" VALUES(12,3,'privacy_policy','privacy_policy-produkt',90,'present','https://www.muenchen.de/privacy_policy');
INSERT INTO "findings" VALUES(13,3,'accessibility_statement','accessibility_statement-produkt',80,'present','https://www.muenchen.de/accessibility_statement');
INSERT INTO "findings" VALUES(14,3,'site_search','site_search-produkt',70,'present','https://www.muenchen.de/site_search');
INSERT INTO "findings" VALUES(15,3,'epayment','epayment-produkt',90,'present','https://www.muenchen.de/epayment');
INSERT INTO "findings" VALUES(16,4,'imprint','imprint-produkt',90,'present','https://www.flensburg.de/imprint');
INSERT INTO "findings" VALUES(17,4,'privacy_policy','privacy_policy-produkt',90,'present','https://www.flensburg.de/privacy_policy');
INSERT INTO "findings" VALUES(18,4,'accessibility_statement','accessibility_statement-produkt',80,'present','https://www.flensburg.de/accessibility_statement');
INSERT INTO "findings" VALUES(19,4,'site_search','site_search-produkt',70,'present','https://www.flensburg.de/site_search');
INSERT INTO "findings" VALUES(20,4,'epayment','epayment-produkt',70,'present','https://www.flensburg.de/epayment');
INSERT INTO "findings" VALUES(21,4,'form_server','form_server-produkt',80,'present','https://www.flensburg.de/form_server');
INSERT INTO "findings" VALUES(22,5,'imprint','imprint-produkt',90,'present','https://www.amt-mitteldithmarschen.de/imprint');
INSERT INTO "findings" VALUES(23,5,'privacy_policy','privacy_policy-produkt',90,'present','https://www.amt-mitteldithmarschen.de/privacy_policy');
INSERT INTO "findings" VALUES(24,5,'accessibility_statement','accessibility_statement-produkt',80,'present','https://www.amt-mitteldithmarschen.de/accessibility_statement');
INSERT INTO "findings" VALUES(25,5,'site_search','site_search-produkt',70,'present','https://www.amt-mitteldithmarschen.de/site_search');
CREATE TABLE model_changes (
    id INTEGER PRIMARY KEY,
    model_hash TEXT NOT NULL REFERENCES models(hash),
    changed_at TEXT NOT NULL
);
CREATE TABLE models (
    hash TEXT PRIMARY KEY,      -- sha256 of the file, as scores.model_hash
    version TEXT NOT NULL,
    name TEXT,
    source TEXT,                -- the path it was read from
    text BLOB NOT NULL,
    added_at TEXT NOT NULL
);
CREATE TABLE municipalities (
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
INSERT INTO "municipalities" VALUES('01001000',NULL,'Flensburg',NULL,'Kreisfreie Stadt','gemeinde','01001',NULL,'01','Schleswig-Holstein',91113,NULL,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "municipalities" VALUES('01051001',NULL,'Albersdorf',NULL,'Gemeinde','gemeinde','01051',NULL,'01','Schleswig-Holstein',3600,NULL,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "municipalities" VALUES('01051002',NULL,'Arkebek',NULL,'Gemeinde','gemeinde','01051',NULL,'01','Schleswig-Holstein',250,NULL,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "municipalities" VALUES('01051003',NULL,'Averlak',NULL,'Gemeinde','gemeinde','01051',NULL,'01','Schleswig-Holstein',600,NULL,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "municipalities" VALUES('01051',NULL,'Dithmarschen',NULL,'Kreis','kreis','01051',NULL,'01','Schleswig-Holstein',133000,NULL,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO "municipalities" VALUES('09162000',NULL,'München',NULL,'Kreisfreie Stadt','gemeinde','09162',NULL,'09','Bayern',1488000,'https://stadt.muenchen.de',NULL,NULL,NULL,NULL,NULL,NULL);
CREATE TABLE pages (
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
INSERT INTO "pages" VALUES(1,'https://www.flensburg.de/',200,'text/html',12000,'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa',0,'static','"v1"',NULL,0,'2026-11-01T01:00:01+00:00');
INSERT INTO "pages" VALUES(1,'https://www.flensburg.de/buergerservice',200,'text/html',8000,'bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb',1,'static',NULL,'Sat, 01 Nov 2026 00:00:00 GMT',0,'');
INSERT INTO "pages" VALUES(2,'https://www.amt-mitteldithmarschen.de/',200,'text/html',12000,'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa',0,'static','"v1"',NULL,0,'2026-11-01T01:00:01+00:00');
INSERT INTO "pages" VALUES(2,'https://www.amt-mitteldithmarschen.de/buergerservice',200,'text/html',8000,'bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb',1,'static',NULL,'Sat, 01 Nov 2026 00:00:00 GMT',0,'');
INSERT INTO "pages" VALUES(3,'https://www.muenchen.de/',200,'text/html',12000,'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa',0,'static','"v1"',NULL,0,'2026-11-01T01:00:01+00:00');
INSERT INTO "pages" VALUES(3,'https://www.muenchen.de/buergerservice',200,'text/html',8000,'bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb',1,'static',NULL,'Sat, 01 Nov 2026 00:00:00 GMT',0,'');
INSERT INTO "pages" VALUES(4,'https://www.flensburg.de/',200,'text/html',12000,'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa',0,'static','"v1"',NULL,0,'2026-11-02T01:00:01+00:00');
INSERT INTO "pages" VALUES(4,'https://www.flensburg.de/buergerservice',200,'text/html',8000,'bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb',1,'static',NULL,'Sat, 01 Nov 2026 00:00:00 GMT',0,'');
INSERT INTO "pages" VALUES(5,'https://www.amt-mitteldithmarschen.de/',200,'text/html',12000,'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa',0,'static','"v1"',NULL,0,'2026-11-02T01:00:01+00:00');
INSERT INTO "pages" VALUES(5,'https://www.amt-mitteldithmarschen.de/buergerservice',200,'text/html',8000,'bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb',1,'static',NULL,'Sat, 01 Nov 2026 00:00:00 GMT',0,'');
CREATE TABLE peer_groups (
    name TEXT NOT NULL,
    ags TEXT NOT NULL,
    PRIMARY KEY (name, ags)
);
CREATE TABLE render_errors (
    site_visit_id INTEGER NOT NULL REFERENCES site_visits(id),
    url TEXT NOT NULL,
    error TEXT
);
CREATE TABLE runs (
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
INSERT INTO "runs" VALUES(1,'nightly','cron','2026-12-06T08:27:45+00:00','2026-12-06T08:27:45+00:00','finished',1,'test',NULL,'1.0.0','a361b3e001d62353df53f3d9221e9c6cbcdeb9ff735e581642bdbb39de6c5aab','{"max_pages": 50}',3,6,1,1.0,1.0,'{}');
INSERT INTO "runs" VALUES(2,'nightly','cron','2026-12-06T08:27:45+00:00','2026-12-06T08:27:46+00:00','finished',1,'test',NULL,'1.0.0','a361b3e001d62353df53f3d9221e9c6cbcdeb9ff735e581642bdbb39de6c5aab','{"max_pages": 50}',3,6,1,1.0,1.0,'{}');
CREATE TABLE scores (
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
    dimensions TEXT,            -- json
    indicators TEXT,            -- json
    flags TEXT,                 -- json
    computed_at TEXT NOT NULL
);
INSERT INTO "scores" VALUES(1,1,1,'01001000','1.0.0','a361b3e001d62353df53f3d9221e9c6cbcdeb9ff735e581642bdbb39de6c5aab',39.61,0,'Unzureichend',NULL,3,1,'{"A": 42.67, "B": 0.0, "C": 15.38, "D": 0.0, "E": 89.47}','{"A1": 0.3333, "A2": 1.0, "A3": 0.0, "A4": 0.6225, "B1": 0.0, "B2": 0.0, "B3": 0.0, "B4": null, "B5": 0.0, "C1": null, "C2": 0.0, "C3": 0.0, "C4": 0.0, "C5": 1.0, "C6": null, "D1": 0.0, "D2": 0.0, "D3": null, "D4": 0.0, "D5": null, "D6": 0.0, "E1": 1.0, "E2": 0.6, "E3": 1.0, "E4": 1.0, "E5": 1.0, "E6": null}','{"di5_applicable": 5, "di5_online": 2, "evidence_share": {"A": 1.0, "B": 1.0, "C": 1.0, "D": 1.0, "E": 1.0}, "insufficient_evidence": [], "level_blockers": ["tier1_l1 >= 0.5"], "not_applicable_services": [], "online_rate": 0.3846, "rendered": true, "status": "ok", "tier1_l1": 0.3846, "tier1_l2": 0.3846, "unmeasured_indicators": [], "unverified_conditions": []}','2026-12-06T08:27:45+00:00');
INSERT INTO "scores" VALUES(2,2,1,'01051001','1.0.0','a361b3e001d62353df53f3d9221e9c6cbcdeb9ff735e581642bdbb39de6c5aab',28.17,0,'Unzureichend',NULL,1,0,'{"A": 16.57, "B": 0.0, "C": 0.0, "D": 0.0, "E": 89.47}','{"A1": 0.0286, "A2": 1.0, "A3": 0.0, "A4": 0.0, "B1": 0.0, "B2": 0.0, "B3": 0.0, "B4": null, "B5": 0.0, "C1": null, "C2": 0.0, "C3": 0.0, "C4": 0.0, "C5": 0.0, "C6": null, "D1": 0.0, "D2": 0.0, "D3": null, "D4": 0.0, "D5": null, "D6": 0.0, "E1": 1.0, "E2": 0.6, "E3": 1.0, "E4": 1.0, "E5": 1.0, "E6": null}','{"di5_applicable": 2, "di5_online": 0, "evidence_share": {"A": 1.0, "B": 1.0, "C": 1.0, "D": 1.0, "E": 1.0}, "insufficient_evidence": [], "level_blockers": ["tier1_l1 >= 0.5"], "not_applicable_services": ["bewohnerparkausweis", "kfz_zulassung", "wohngeld", "baugenehmigung"], "online_rate": 0.0, "rendered": true, "status": "ok", "tier1_l1": 0.0909, "tier1_l2": 0.0, "unmeasured_indicators": [], "unverified_conditions": []}','2026-12-06T08:27:45+00:00');
INSERT INTO "scores" VALUES(3,3,1,'01051002','1.0.0','a361b3e001d62353df53f3d9221e9c6cbcdeb9ff735e581642bdbb39de6c5aab',28.17,0,'Unzureichend',NULL,1,0,'{"A": 16.57, "B": 0.0, "C": 0.0, "D": 0.0, "E": 89.47}','{"A1": 0.0286, "A2": 1.0, "A3": 0.0, "A4": 0.0, "B1": 0.0, "B2": 0.0, "B3": 0.0, "B4": null, "B5": 0.0, "C1": null, "C2": 0.0, "C3": 0.0, "C4": 0.0, "C5": 0.0, "C6": null, "D1": 0.0, "D2": 0.0, "D3": null, "D4": 0.0, "D5": null, "D6": 0.0, "E1": 1.0, "E2": 0.6, "E3": 1.0, "E4": 1.0, "E5": 1.0, "E6": null}','{"di5_applicable": 2, "di5_online": 0, "evidence_share": {"A": 1.0, "B": 1.0, "C": 1.0, "D": 1.0, "E": 1.0}, "insufficient_evidence": [], "level_blockers": ["tier1_l1 >= 0.5"], "not_applicable_services": ["bewohnerparkausweis", "kfz_zulassung", "wohngeld", "baugenehmigung"], "online_rate": 0.0, "rendered": true, "status": "ok", "tier1_l1": 0.0909, "tier1_l2": 0.0, "unmeasured_indicators": [], "unverified_conditions": []}','2026-12-06T08:27:45+00:00');
INSERT INTO "scores" VALUES(4,4,1,'01051003','1.0.0','a361b3e001d62353df53f3d9221e9c6cbcdeb9ff735e581642bdbb39de6c5aab',28.17,0,'Unzureichend',NULL,1,0,'{"A": 16.57, "B": 0.0, "C": 0.0, "D": 0.0, "E": 89.47}','{"A1": 0.0286, "A2": 1.0, "A3": 0.0, "A4": 0.0, "B1": 0.0, "B2": 0.0, "B3": 0.0, "B4": null, "B5": 0.0, "C1": null, "C2": 0.0, "C3": 0.0, "C4": 0.0, "C5": 0.0, "C6": null, "D1": 0.0, "D2": 0.0, "D3": null, "D4": 0.0, "D5": null, "D6": 0.0, "E1": 1.0, "E2": 0.6, "E3": 1.0, "E4": 1.0, "E5": 1.0, "E6": null}','{"di5_applicable": 2, "di5_online": 0, "evidence_share": {"A": 1.0, "B": 1.0, "C": 1.0, "D": 1.0, "E": 1.0}, "insufficient_evidence": [], "level_blockers": ["tier1_l1 >= 0.5"], "not_applicable_services": ["bewohnerparkausweis", "kfz_zulassung", "wohngeld", "baugenehmigung"], "online_rate": 0.0, "rendered": true, "status": "ok", "tier1_l1": 0.0909, "tier1_l2": 0.0, "unmeasured_indicators": [], "unverified_conditions": []}','2026-12-06T08:27:45+00:00');
INSERT INTO "scores" VALUES(5,5,1,'09162000','1.0.0','a361b3e001d62353df53f3d9221e9c6cbcdeb9ff735e581642bdbb39de6c5aab',41.72,0,'Unzureichend',NULL,2,0,'{"A": 42.67, "B": 29.41, "C": 0.0, "D": 0.0, "E": 89.47}','{"A1": 0.3333, "A2": 1.0, "A3": 0.0, "A4": 0.6225, "B1": 0.0, "B2": 0.0, "B3": 1.0, "B4": null, "B5": 0.0, "C1": null, "C2": 0.0, "C3": 0.0, "C4": 0.0, "C5": 0.0, "C6": null, "D1": 0.0, "D2": 0.0, "D3": null, "D4": 0.0, "D5": null, "D6": 0.0, "E1": 1.0, "E2": 0.6, "E3": 1.0, "E4": 1.0, "E5": 1.0, "E6": null}','{"di5_applicable": 5, "di5_online": 2, "evidence_share": {"A": 1.0, "B": 1.0, "C": 1.0, "D": 1.0, "E": 1.0}, "insufficient_evidence": [], "level_blockers": ["tier1_l1 >= 0.5"], "not_applicable_services": [], "online_rate": 0.3846, "rendered": true, "status": "ok", "tier1_l1": 0.3846, "tier1_l2": 0.3846, "unmeasured_indicators": [], "unverified_conditions": []}','2026-12-06T08:27:45+00:00');
INSERT INTO "scores" VALUES(6,7,2,'01001000','1.0.0','a361b3e001d62353df53f3d9221e9c6cbcdeb9ff735e581642bdbb39de6c5aab',41.72,0,'Unzureichend',NULL,3,1,'{"A": 42.67, "B": 29.41, "C": 0.0, "D": 0.0, "E": 89.47}','{"A1": 0.3333, "A2": 1.0, "A3": 0.0, "A4": 0.6225, "B1": 0.0, "B2": 0.0, "B3": 1.0, "B4": null, "B5": 0.0, "C1": null, "C2": 0.0, "C3": 0.0, "C4": 0.0, "C5": 0.0, "C6": null, "D1": 0.0, "D2": 0.0, "D3": null, "D4": 0.0, "D5": null, "D6": 0.0, "E1": 1.0, "E2": 0.6, "E3": 1.0, "E4": 1.0, "E5": 1.0, "E6": null}','{"di5_applicable": 5, "di5_online": 2, "evidence_share": {"A": 1.0, "B": 1.0, "C": 1.0, "D": 1.0, "E": 1.0}, "insufficient_evidence": [], "level_blockers": ["tier1_l1 >= 0.5"], "not_applicable_services": [], "online_rate": 0.3846, "rendered": true, "status": "ok", "tier1_l1": 0.3846, "tier1_l2": 0.3846, "unmeasured_indicators": [], "unverified_conditions": []}','2026-12-06T08:27:45+00:00');
INSERT INTO "scores" VALUES(7,8,2,'01051001','1.0.0','a361b3e001d62353df53f3d9221e9c6cbcdeb9ff735e581642bdbb39de6c5aab',28.17,0,'Unzureichend',NULL,1,0,'{"A": 16.57, "B": 0.0, "C": 0.0, "D": 0.0, "E": 89.47}','{"A1": 0.0286, "A2": 1.0, "A3": 0.0, "A4": 0.0, "B1": 0.0, "B2": 0.0, "B3": 0.0, "B4": null, "B5": 0.0, "C1": null, "C2": 0.0, "C3": 0.0, "C4": 0.0, "C5": 0.0, "C6": null, "D1": 0.0, "D2": 0.0, "D3": null, "D4": 0.0, "D5": null, "D6": 0.0, "E1": 1.0, "E2": 0.6, "E3": 1.0, "E4": 1.0, "E5": 1.0, "E6": null}','{"di5_applicable": 2, "di5_online": 0, "evidence_share": {"A": 1.0, "B": 1.0, "C": 1.0, "D": 1.0, "E": 1.0}, "insufficient_evidence": [], "level_blockers": ["tier1_l1 >= 0.5"], "not_applicable_services": ["bewohnerparkausweis", "kfz_zulassung", "wohngeld", "baugenehmigung"], "online_rate": 0.0, "rendered": true, "status": "ok", "tier1_l1": 0.0909, "tier1_l2": 0.0, "unmeasured_indicators": [], "unverified_conditions": []}','2026-12-06T08:27:45+00:00');
INSERT INTO "scores" VALUES(8,9,2,'01051002','1.0.0','a361b3e001d62353df53f3d9221e9c6cbcdeb9ff735e581642bdbb39de6c5aab',28.17,0,'Unzureichend',NULL,1,0,'{"A": 16.57, "B": 0.0, "C": 0.0, "D": 0.0, "E": 89.47}','{"A1": 0.0286, "A2": 1.0, "A3": 0.0, "A4": 0.0, "B1": 0.0, "B2": 0.0, "B3": 0.0, "B4": null, "B5": 0.0, "C1": null, "C2": 0.0, "C3": 0.0, "C4": 0.0, "C5": 0.0, "C6": null, "D1": 0.0, "D2": 0.0, "D3": null, "D4": 0.0, "D5": null, "D6": 0.0, "E1": 1.0, "E2": 0.6, "E3": 1.0, "E4": 1.0, "E5": 1.0, "E6": null}','{"di5_applicable": 2, "di5_online": 0, "evidence_share": {"A": 1.0, "B": 1.0, "C": 1.0, "D": 1.0, "E": 1.0}, "insufficient_evidence": [], "level_blockers": ["tier1_l1 >= 0.5"], "not_applicable_services": ["bewohnerparkausweis", "kfz_zulassung", "wohngeld", "baugenehmigung"], "online_rate": 0.0, "rendered": true, "status": "ok", "tier1_l1": 0.0909, "tier1_l2": 0.0, "unmeasured_indicators": [], "unverified_conditions": []}','2026-12-06T08:27:45+00:00');
INSERT INTO "scores" VALUES(9,10,2,'01051003','1.0.0','a361b3e001d62353df53f3d9221e9c6cbcdeb9ff735e581642bdbb39de6c5aab',28.17,0,'Unzureichend',NULL,1,0,'{"A": 16.57, "B": 0.0, "C": 0.0, "D": 0.0, "E": 89.47}','{"A1": 0.0286, "A2": 1.0, "A3": 0.0, "A4": 0.0, "B1": 0.0, "B2": 0.0, "B3": 0.0, "B4": null, "B5": 0.0, "C1": null, "C2": 0.0, "C3": 0.0, "C4": 0.0, "C5": 0.0, "C6": null, "D1": 0.0, "D2": 0.0, "D3": null, "D4": 0.0, "D5": null, "D6": 0.0, "E1": 1.0, "E2": 0.6, "E3": 1.0, "E4": 1.0, "E5": 1.0, "E6": null}','{"di5_applicable": 2, "di5_online": 0, "evidence_share": {"A": 1.0, "B": 1.0, "C": 1.0, "D": 1.0, "E": 1.0}, "insufficient_evidence": [], "level_blockers": ["tier1_l1 >= 0.5"], "not_applicable_services": ["bewohnerparkausweis", "kfz_zulassung", "wohngeld", "baugenehmigung"], "online_rate": 0.0, "rendered": true, "status": "ok", "tier1_l1": 0.0909, "tier1_l2": 0.0, "unmeasured_indicators": [], "unverified_conditions": []}','2026-12-06T08:27:45+00:00');
INSERT INTO "scores" VALUES(10,11,2,'09162000','1.0.0','a361b3e001d62353df53f3d9221e9c6cbcdeb9ff735e581642bdbb39de6c5aab',NULL,NULL,NULL,NULL,NULL,NULL,'{"A": null, "B": null, "C": null, "D": null, "E": null}','{"A1": null, "A2": null, "A3": null, "A4": null, "B1": null, "B2": null, "B3": null, "B4": null, "B5": null, "C1": null, "C2": null, "C3": null, "C4": null, "C5": null, "C6": null, "D1": null, "D2": null, "D3": null, "D4": null, "D5": null, "D6": null, "E1": null, "E2": null, "E3": null, "E4": null, "E5": null, "E6": null}','{"status": "timeout"}','2026-12-06T08:27:45+00:00');
CREATE TABLE service_levels (
    site_visit_id INTEGER NOT NULL REFERENCES site_visits(id),
    service_id TEXT NOT NULL,
    level INTEGER NOT NULL,
    url TEXT,
    evidence TEXT
);
INSERT INTO "service_levels" VALUES(1,'wohnsitz_anmelden',3,'https://www.flensburg.de/dienst/wohnsitz_anmelden','Online-Antrag');
INSERT INTO "service_levels" VALUES(1,'meldebescheinigung',3,'https://www.flensburg.de/dienst/meldebescheinigung','Online-Antrag');
INSERT INTO "service_levels" VALUES(1,'personalausweis',3,'https://www.flensburg.de/dienst/personalausweis','Online-Antrag');
INSERT INTO "service_levels" VALUES(1,'gewerbe_anmelden',3,'https://www.flensburg.de/dienst/gewerbe_anmelden','Online-Antrag');
INSERT INTO "service_levels" VALUES(1,'kfz_zulassung',3,'https://www.flensburg.de/dienst/kfz_zulassung','Online-Antrag');
INSERT INTO "service_levels" VALUES(2,'wohnsitz_anmelden',1,'https://www.amt-mitteldithmarschen.de/dienst/wohnsitz_anmelden','Online-Antrag');
INSERT INTO "service_levels" VALUES(3,'wohnsitz_anmelden',3,'https://www.muenchen.de/dienst/wohnsitz_anmelden','Online-Antrag');
INSERT INTO "service_levels" VALUES(3,'meldebescheinigung',3,'https://www.muenchen.de/dienst/meldebescheinigung','Online-Antrag');
INSERT INTO "service_levels" VALUES(3,'personalausweis',3,'https://www.muenchen.de/dienst/personalausweis','Online-Antrag');
INSERT INTO "service_levels" VALUES(3,'gewerbe_anmelden',3,'https://www.muenchen.de/dienst/gewerbe_anmelden','Online-Antrag');
INSERT INTO "service_levels" VALUES(3,'kfz_zulassung',3,'https://www.muenchen.de/dienst/kfz_zulassung','Online-Antrag');
INSERT INTO "service_levels" VALUES(4,'wohnsitz_anmelden',3,'https://www.flensburg.de/dienst/wohnsitz_anmelden','Online-Antrag');
INSERT INTO "service_levels" VALUES(4,'meldebescheinigung',3,'https://www.flensburg.de/dienst/meldebescheinigung','Online-Antrag');
INSERT INTO "service_levels" VALUES(4,'personalausweis',3,'https://www.flensburg.de/dienst/personalausweis','Online-Antrag');
INSERT INTO "service_levels" VALUES(4,'gewerbe_anmelden',3,'https://www.flensburg.de/dienst/gewerbe_anmelden','Online-Antrag');
INSERT INTO "service_levels" VALUES(4,'kfz_zulassung',3,'https://www.flensburg.de/dienst/kfz_zulassung','Online-Antrag');
INSERT INTO "service_levels" VALUES(5,'wohnsitz_anmelden',1,'https://www.amt-mitteldithmarschen.de/dienst/wohnsitz_anmelden','Online-Antrag');
CREATE TABLE site_visits (
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
    checks TEXT,          -- json {check_id: {value, detail, product}}
    redirect_chain TEXT   -- json [url, ...]
);
INSERT INTO "site_visits" VALUES(1,1,'flensburg.de','https://www.flensburg.de/','https://www.flensburg.de/','ok',NULL,'2026-11-01T01:00:00+00:00','2026-11-01T01:02:30+00:00',150.0,2,20000,1,'TYPO3','{"https": {"detail": "gut", "product": null, "value": 1.0}, "mobile_viewport": {"detail": "gut", "product": null, "value": 1.0}, "security_headers": {"detail": "gut", "product": null, "value": 1.0}, "trackers_before_consent": {"detail": "gut", "product": null, "value": 1.0}}','["http://flensburg.de/", "https://www.flensburg.de/"]');
INSERT INTO "site_visits" VALUES(2,1,'amt-mitteldithmarschen.de','https://www.amt-mitteldithmarschen.de/','https://www.amt-mitteldithmarschen.de/','ok',NULL,'2026-11-01T01:00:00+00:00','2026-11-01T01:02:30+00:00',150.0,2,20000,1,'TYPO3','{"https": {"detail": "gut", "product": null, "value": 1.0}, "mobile_viewport": {"detail": "gut", "product": null, "value": 1.0}, "security_headers": {"detail": "gut", "product": null, "value": 1.0}, "trackers_before_consent": {"detail": "gut", "product": null, "value": 1.0}}','["http://amt-mitteldithmarschen.de/", "https://www.amt-mitteldithmarschen.de/"]');
INSERT INTO "site_visits" VALUES(3,1,'muenchen.de','https://www.muenchen.de/','https://www.muenchen.de/','ok',NULL,'2026-11-01T01:00:00+00:00','2026-11-01T01:02:30+00:00',150.0,2,20000,1,'TYPO3','{"https": {"detail": "gut", "product": null, "value": 1.0}, "mobile_viewport": {"detail": "gut", "product": null, "value": 1.0}, "security_headers": {"detail": "gut", "product": null, "value": 1.0}, "trackers_before_consent": {"detail": "gut", "product": null, "value": 1.0}}','["http://muenchen.de/", "https://www.muenchen.de/"]');
INSERT INTO "site_visits" VALUES(4,2,'flensburg.de','https://www.flensburg.de/','https://www.flensburg.de/','ok',NULL,'2026-11-02T01:00:00+00:00','2026-11-02T01:02:30+00:00',150.0,2,20000,1,'TYPO3','{"https": {"detail": "gut", "product": null, "value": 1.0}, "mobile_viewport": {"detail": "gut", "product": null, "value": 1.0}, "security_headers": {"detail": "gut", "product": null, "value": 1.0}, "trackers_before_consent": {"detail": "gut", "product": null, "value": 1.0}}','["http://flensburg.de/", "https://www.flensburg.de/"]');
INSERT INTO "site_visits" VALUES(5,2,'amt-mitteldithmarschen.de','https://www.amt-mitteldithmarschen.de/','https://www.amt-mitteldithmarschen.de/','ok',NULL,'2026-11-02T01:00:00+00:00','2026-11-02T01:02:30+00:00',150.0,2,20000,1,'TYPO3','{"https": {"detail": "gut", "product": null, "value": 1.0}, "mobile_viewport": {"detail": "gut", "product": null, "value": 1.0}, "security_headers": {"detail": "gut", "product": null, "value": 1.0}, "trackers_before_consent": {"detail": "gut", "product": null, "value": 1.0}}','["http://amt-mitteldithmarschen.de/", "https://www.amt-mitteldithmarschen.de/"]');
INSERT INTO "site_visits" VALUES(6,2,'muenchen.de','https://www.muenchen.de/',NULL,'timeout','read timeout','2026-11-02T01:00:00+00:00','2026-11-02T01:02:30+00:00',150.0,0,0,0,NULL,'{}','[]');
CREATE TABLE visits (
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
INSERT INTO "visits" VALUES(1,1,'01001000',1,'ok',NULL,'cron',1,'2026-11-01T01:02:30+00:00');
INSERT INTO "visits" VALUES(2,1,'01051001',2,'ok',NULL,'cron',1,'2026-11-01T01:02:30+00:00');
INSERT INTO "visits" VALUES(3,1,'01051002',2,'ok',NULL,'cron',1,'2026-11-01T01:02:30+00:00');
INSERT INTO "visits" VALUES(4,1,'01051003',2,'ok',NULL,'cron',1,'2026-11-01T01:02:30+00:00');
INSERT INTO "visits" VALUES(5,1,'09162000',3,'ok',NULL,'cron',1,'2026-11-01T01:02:30+00:00');
INSERT INTO "visits" VALUES(6,1,'01051',NULL,'no_website','keine URL im Verzeichnis','cron',1,'2026-12-06T08:27:45+00:00');
INSERT INTO "visits" VALUES(7,2,'01001000',4,'ok',NULL,'cron',1,'2026-11-02T01:02:30+00:00');
INSERT INTO "visits" VALUES(8,2,'01051001',5,'ok',NULL,'cron',1,'2026-11-02T01:02:30+00:00');
INSERT INTO "visits" VALUES(9,2,'01051002',5,'ok',NULL,'cron',1,'2026-11-02T01:02:30+00:00');
INSERT INTO "visits" VALUES(10,2,'01051003',5,'ok',NULL,'cron',1,'2026-11-02T01:02:30+00:00');
INSERT INTO "visits" VALUES(11,2,'09162000',6,'timeout','read timeout','cron',1,'2026-11-02T01:02:30+00:00');
INSERT INTO "visits" VALUES(12,2,'01051',NULL,'no_website','keine URL im Verzeichnis','cron',1,'2026-12-06T08:27:46+00:00');
CREATE UNIQUE INDEX site_visits_run_site ON site_visits(run_id, site_key);
CREATE INDEX site_visits_site ON site_visits(site_key, id);
CREATE UNIQUE INDEX visits_run_ags ON visits(run_id, ags);
CREATE INDEX visits_site_visit ON visits(site_visit_id);
CREATE INDEX visits_series ON visits(ags, id) WHERE in_series = 1 AND finished_at IS NOT NULL;
CREATE INDEX pages_site_visit ON pages(site_visit_id);
CREATE INDEX findings_site_visit ON findings(site_visit_id, component);
CREATE INDEX evidence_finding ON evidence(finding_id);
CREATE INDEX evidence_site_visit_url ON evidence(site_visit_id, url);
CREATE INDEX service_levels_site_visit ON service_levels(site_visit_id, service_id);
CREATE INDEX external_links_site_visit ON external_links(site_visit_id);
CREATE INDEX external_links_host ON external_links(host);
CREATE INDEX scores_visit ON scores(visit_id, id);
CREATE INDEX render_errors_site_visit ON render_errors(site_visit_id);
CREATE VIEW active_model AS
SELECT m.hash AS model_hash, m.version AS model_version, m.name, m.source, c.changed_at AS active_since
FROM model_changes c JOIN models m ON m.hash = c.model_hash
WHERE c.id = (SELECT max(id) FROM model_changes);
CREATE VIEW current_scores AS
SELECT v.id AS visit_id, (
    SELECT max(s.id) FROM scores s
    WHERE s.visit_id = v.id AND s.model_hash IS coalesce((SELECT model_hash FROM active_model), s.model_hash)
) AS score_id
FROM visits v;
CREATE VIEW latest_visits AS
SELECT v.ags, v.id AS visit_id, v.run_id, v.site_visit_id, v.status, v.trigger, v.finished_at
FROM municipalities m
JOIN visits v ON v.id = (
    SELECT max(x.id) FROM visits x
    WHERE x.ags = m.ags AND x.in_series = 1 AND x.finished_at IS NOT NULL
);
CREATE VIEW latest_scores AS
SELECT m.ags, m.name, m.state, s.score, s.level, s.kgst_components, lv.status,
       s.model_version, lv.run_id, lv.finished_at
FROM latest_visits lv
JOIN municipalities m ON m.ags = lv.ags
LEFT JOIN scores s ON s.id = (SELECT score_id FROM current_scores c WHERE c.visit_id = lv.visit_id);
CREATE VIEW latest_findings AS
SELECT lv.ags, f.component, f.product, f.confidence, f.evidence_url, lv.run_id
FROM latest_visits lv
JOIN findings f ON f.site_visit_id = lv.site_visit_id
WHERE f.state = 'present';
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
       pv.site_visit_id AS previous_site_visit_id, pv.status AS previous_status
FROM latest_visits lv
JOIN visits pv ON pv.id = (
    SELECT max(x.id) FROM visits x
    WHERE x.ags = lv.ags AND x.in_series = 1 AND x.finished_at IS NOT NULL AND x.id < lv.visit_id
);
CREATE VIEW component_changes AS
SELECT p.ags, f.component, 'appeared' AS change, f.product, f.evidence_url, p.run_id, p.previous_run_id
FROM latest_visit_pairs p
JOIN findings f ON f.site_visit_id = p.site_visit_id AND f.state = 'present'
WHERE p.status = 'ok' AND p.previous_status = 'ok'
  AND NOT EXISTS (SELECT 1 FROM findings g WHERE g.site_visit_id = p.previous_site_visit_id
                  AND g.component = f.component AND g.state = 'present')
UNION ALL
SELECT p.ags, f.component, 'disappeared' AS change, f.product, f.evidence_url, p.run_id, p.previous_run_id
FROM latest_visit_pairs p
JOIN findings f ON f.site_visit_id = p.previous_site_visit_id AND f.state = 'present'
WHERE p.status = 'ok' AND p.previous_status = 'ok'
  AND NOT EXISTS (SELECT 1 FROM findings g WHERE g.site_visit_id = p.site_visit_id
                  AND g.component = f.component AND g.state = 'present');
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
JOIN service_levels sl ON sl.site_visit_id = lv.site_visit_id
GROUP BY lv.ags, sl.service_id;
CREATE VIEW run_summary AS
SELECT r.id AS run_id, r.kind, r.trigger, r.status, r.in_series, r.started_at, r.finished_at,
       r.model_version, r.sites, r.pages, r.pages_per_s, r.duration_s, r.errors_by_status,
       (SELECT count(*) FROM visits v WHERE v.run_id = r.id) AS visits,
       (SELECT count(*) FROM visits v WHERE v.run_id = r.id AND v.status = 'ok') AS visits_ok
FROM runs r;
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
CREATE VIEW component_matrix AS
SELECT lv.ags, m.name, m.state, lv.run_id, lv.status,
  CASE WHEN lv.status = 'ok' THEN nullif(coalesce(max(CASE WHEN f.component = 'form_server' THEN (CASE f.state WHEN 'present' THEN 1 ELSE -1 END) END), 0), -1) END AS "form_server",
  CASE WHEN lv.status = 'ok' THEN nullif(coalesce(max(CASE WHEN f.component = 'epayment' THEN (CASE f.state WHEN 'present' THEN 1 ELSE -1 END) END), 0), -1) END AS "epayment",
  CASE WHEN lv.status = 'ok' THEN nullif(coalesce(max(CASE WHEN f.component = 'service_account' THEN (CASE f.state WHEN 'present' THEN 1 ELSE -1 END) END), 0), -1) END AS "service_account",
  CASE WHEN lv.status = 'ok' THEN nullif(coalesce(max(CASE WHEN f.component = 'eid' THEN (CASE f.state WHEN 'present' THEN 1 ELSE -1 END) END), 0), -1) END AS "eid",
  CASE WHEN lv.status = 'ok' THEN nullif(coalesce(max(CASE WHEN f.component = 'de_mail' THEN (CASE f.state WHEN 'present' THEN 1 ELSE -1 END) END), 0), -1) END AS "de_mail",
  CASE WHEN lv.status = 'ok' THEN nullif(coalesce(max(CASE WHEN f.component = 'secure_mailbox' THEN (CASE f.state WHEN 'present' THEN 1 ELSE -1 END) END), 0), -1) END AS "secure_mailbox",
  CASE WHEN lv.status = 'ok' THEN nullif(coalesce(max(CASE WHEN f.component = 'site_search' THEN (CASE f.state WHEN 'present' THEN 1 ELSE -1 END) END), 0), -1) END AS "site_search",
  CASE WHEN lv.status = 'ok' THEN nullif(coalesce(max(CASE WHEN f.component = 'mobile_app' THEN (CASE f.state WHEN 'present' THEN 1 ELSE -1 END) END), 0), -1) END AS "mobile_app",
  CASE WHEN lv.status = 'ok' THEN nullif(coalesce(max(CASE WHEN f.component = 'chatbot' THEN (CASE f.state WHEN 'present' THEN 1 ELSE -1 END) END), 0), -1) END AS "chatbot",
  CASE WHEN lv.status = 'ok' THEN nullif(coalesce(max(CASE WHEN f.component = 'open_data' THEN (CASE f.state WHEN 'present' THEN 1 ELSE -1 END) END), 0), -1) END AS "open_data",
  CASE WHEN lv.status = 'ok' THEN nullif(coalesce(max(CASE WHEN f.component = 'appointment_booking' THEN (CASE f.state WHEN 'present' THEN 1 ELSE -1 END) END), 0), -1) END AS "appointment_booking",
  CASE WHEN lv.status = 'ok' THEN nullif(coalesce(max(CASE WHEN f.component = 'council_info' THEN (CASE f.state WHEN 'present' THEN 1 ELSE -1 END) END), 0), -1) END AS "council_info",
  CASE WHEN lv.status = 'ok' THEN nullif(coalesce(max(CASE WHEN f.component = 'issue_reporting' THEN (CASE f.state WHEN 'present' THEN 1 ELSE -1 END) END), 0), -1) END AS "issue_reporting",
  CASE WHEN lv.status = 'ok' THEN nullif(coalesce(max(CASE WHEN f.component = 'participation' THEN (CASE f.state WHEN 'present' THEN 1 ELSE -1 END) END), 0), -1) END AS "participation",
  CASE WHEN lv.status = 'ok' THEN nullif(coalesce(max(CASE WHEN f.component = 'geoportal' THEN (CASE f.state WHEN 'present' THEN 1 ELSE -1 END) END), 0), -1) END AS "geoportal",
  CASE WHEN lv.status = 'ok' THEN nullif(coalesce(max(CASE WHEN f.component = 'accessibility_statement' THEN (CASE f.state WHEN 'present' THEN 1 ELSE -1 END) END), 0), -1) END AS "accessibility_statement",
  CASE WHEN lv.status = 'ok' THEN nullif(coalesce(max(CASE WHEN f.component = 'easy_language' THEN (CASE f.state WHEN 'present' THEN 1 ELSE -1 END) END), 0), -1) END AS "easy_language",
  CASE WHEN lv.status = 'ok' THEN nullif(coalesce(max(CASE WHEN f.component = 'sign_language' THEN (CASE f.state WHEN 'present' THEN 1 ELSE -1 END) END), 0), -1) END AS "sign_language",
  CASE WHEN lv.status = 'ok' THEN nullif(coalesce(max(CASE WHEN f.component = 'imprint' THEN (CASE f.state WHEN 'present' THEN 1 ELSE -1 END) END), 0), -1) END AS "imprint",
  CASE WHEN lv.status = 'ok' THEN nullif(coalesce(max(CASE WHEN f.component = 'privacy_policy' THEN (CASE f.state WHEN 'present' THEN 1 ELSE -1 END) END), 0), -1) END AS "privacy_policy",
  CASE WHEN lv.status = 'ok' THEN nullif(coalesce(max(CASE WHEN f.component = 'digital_strategy' THEN (CASE f.state WHEN 'present' THEN 1 ELSE -1 END) END), 0), -1) END AS "digital_strategy",
  CASE WHEN lv.status = 'ok' THEN nullif(coalesce(max(CASE WHEN f.component = 'social_media' THEN (CASE f.state WHEN 'present' THEN 1 ELSE -1 END) END), 0), -1) END AS "social_media",
  CASE WHEN lv.status = 'ok' THEN nullif(coalesce(max(CASE WHEN f.component = 'newsletter' THEN (CASE f.state WHEN 'present' THEN 1 ELSE -1 END) END), 0), -1) END AS "newsletter",
  CASE WHEN lv.status = 'ok' THEN nullif(coalesce(max(CASE WHEN f.component = 'form_download' THEN (CASE f.state WHEN 'present' THEN 1 ELSE -1 END) END), 0), -1) END AS "form_download"
FROM latest_visits lv JOIN municipalities m ON m.ags = lv.ags
LEFT JOIN findings f ON f.site_visit_id = lv.site_visit_id
GROUP BY lv.ags;
CREATE VIEW latest_checks AS
SELECT lv.ags, lv.run_id, lv.status,
  coalesce(sv.cms, json_extract(sv.checks, '$.cms.product')) AS cms,
  json_extract(sv.checks, '$.https.value') AS "https",
  json_extract(sv.checks, '$.mobile_viewport.value') AS "mobile_viewport",
  json_extract(sv.checks, '$.security_headers.value') AS "security_headers",
  json_extract(sv.checks, '$.trackers_before_consent.value') AS "trackers_before_consent"
FROM latest_visits lv JOIN site_visits sv ON sv.id = lv.site_visit_id;
CREATE TRIGGER visits_status_insert BEFORE INSERT ON visits
WHEN NEW.status NOT IN ('ok', 'no_website', 'dns_error', 'unreachable', 'tls_error', 'timeout', 'http_error', 'blocked', 'robots_disallowed', 'redirect_loop', 'too_large', 'not_html', 'error')
BEGIN SELECT RAISE(ABORT, 'status not in the closed vocabulary (output/statuses.json)'); END;
CREATE TRIGGER visits_status_update BEFORE UPDATE OF status ON visits
WHEN NEW.status NOT IN ('ok', 'no_website', 'dns_error', 'unreachable', 'tls_error', 'timeout', 'http_error', 'blocked', 'robots_disallowed', 'redirect_loop', 'too_large', 'not_html', 'error')
BEGIN SELECT RAISE(ABORT, 'status not in the closed vocabulary (output/statuses.json)'); END;
CREATE TRIGGER site_visits_status_insert BEFORE INSERT ON site_visits
WHEN NEW.status NOT IN ('ok', 'no_website', 'dns_error', 'unreachable', 'tls_error', 'timeout', 'http_error', 'blocked', 'robots_disallowed', 'redirect_loop', 'too_large', 'not_html', 'error')
BEGIN SELECT RAISE(ABORT, 'status not in the closed vocabulary (output/statuses.json)'); END;
CREATE TRIGGER site_visits_status_update BEFORE UPDATE OF status ON site_visits
WHEN NEW.status NOT IN ('ok', 'no_website', 'dns_error', 'unreachable', 'tls_error', 'timeout', 'http_error', 'blocked', 'robots_disallowed', 'redirect_loop', 'too_large', 'not_html', 'error')
BEGIN SELECT RAISE(ABORT, 'status not in the closed vocabulary (output/statuses.json)'); END;
COMMIT;
