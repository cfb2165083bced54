"""Plain-text views of result documents: `reifegrad result AGS` and the CLI ranking (German, as the report)."""
from __future__ import annotations

from collections.abc import Iterable

from output.formats import de_date, de_number, de_signed
from output.highlight import as_text
from output.vocabulary import component


def render(doc: dict) -> str:
    """One municipality's result as a person reads it in a terminal."""
    m, v, s = doc["municipality"], doc["visit"], doc["score"]
    where = "" if v["site_url"] is None else f" · {v['site_url']}"
    pages = "" if v["pages"] is None else f" · {v['pages']} Seiten"
    lines = [f"{m['name'] or m['ags']} (AGS {m['ags']}) · {m['type'] or '–'} · {m['state'] or '–'}",
             f"Besuch: Lauf {v['run_id']}, {de_date(v['finished_at'])}, "
             f"{'regelmäßige Erhebung' if v['in_series'] else 'Prüfung auf Anfrage'}{where}{pages}",
             f"Status: {v['status_label']}"]
    if v["status"] != "ok":
        lines += [f"  Grund: {v['reason']}", f"  Was tun: {v['advice']}"]
    lines.append(f"Bewertungsmodell: {doc['model']['name']} {doc['model']['version']}")
    if s.get("score") is None:
        lines.append("Score: – (keine Punktzahl: " + ("zu wenige Belege" if v["status"] == "ok"
                                                      else "die Website konnte nicht geprüft werden") + ")")
    else:
        rank = doc["rank"]
        lines.append(f"Score: {de_number(s['score'])} von 100 · Stufe {s['level'] if s['level'] is not None else '–'}"
                     f"{' – ' + s['level_label'] if s.get('level_label') else ''} · KGSt-Bausteine "
                     f"{s['kgst_components']} von 9" + (f" · Platz {rank['position']} von {rank['of']}"
                                                         if rank["position"] else ""))
        lines += ["Dimensionen:"] + [f"  {d['id']} {d['name']:<36} {de_number(d['value'], 0):>5}"
                                     for d in doc["dimensions"]]
    lines.append("Bausteine:")
    width = max([36] + [len(c["label"]) for c in doc["components"]])  # the longest label keeps the column
    for c in doc["components"]:
        proof = c["evidence"][0] if c["evidence"] else None
        lines.append(f"  {c['label']:<{width}} {c['state_label']:<15}{' (' + c['product'] + ')' if c['product'] else ''} "
                     f"{proof['url'] if proof else ''}".rstrip())
        if proof:
            lines.append(f"  {'':<{width}} {as_text(proof)}")
    services = [x for x in doc["services"] if x["applicable"] and x["level"]]
    if services:
        lines += ["Leistungen:"] + [f"  {x['name']:<36} Stufe {x['level']} ({x['level_label']})" for x in services]
    if doc["peers"]:
        lines += ["Vergleich:"] + [f"  {p['label']} {p['value']}: {de_number(p['percentile'], 1, ' %')} "
                                   f"(von {p['scored']} bewerteten)" for p in doc["peers"]]
    if doc["recommendations"]:
        lines += ["Empfehlungen:"] + [f"  {r['label']}: {de_signed(r['weight'])} Punkte" for r in doc["recommendations"][:8]]
    ch = doc["changes"]
    if ch:
        lines.append(f"Seit Lauf {ch['previous_run_id']}: Score {de_signed(ch['score_delta'])}"
                     + (f", neu: {', '.join(map(component, ch['appeared']))}" if ch["appeared"] else "")
                     + (f", weggefallen: {', '.join(map(component, ch['disappeared']))}" if ch["disappeared"] else ""))
    return "\n".join(lines)


def ranking(docs: Iterable[dict]) -> list[str]:
    """The ranking table of documents in rank order: competition ranks (ties share a place), unscored last."""
    lines = [f"{'#':>3} {'AGS':<8} {'Name':<26} {'Score':>5}  {'Stufe':<13} {'DQD-Stufe':<18} {'KGSt':>4} "
             f"{'online':>6}  Status"]
    for d in docs:
        s, m = d["score"], d["municipality"]
        position = d["rank"]["position"]
        online = (s.get("flags") or {}).get("online_rate")
        lines.append(f"{position or '–':>3} {m['ags']:<8} {(m['name'] or '')[:26]:<26} {de_number(s.get('score')):>5}  "
                     f"{s.get('level_label') or '–':<13} {s.get('dqd_label') or '–':<18} "
                     f"{'–' if s.get('kgst_components') is None else s['kgst_components']:>4} "
                     f"{de_number(None if online is None else online * 100, 0, ' %'):>6}  {d['visit']['status_label']}")
    lines.append("  online = Anteil der Tier-1-Leistungen der Kommune mit Online-Antrag (OZG-Stufe 3)")
    return lines
