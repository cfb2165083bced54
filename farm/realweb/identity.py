"""Who a realistic site is: name, kind, AGS, domain and the values its wording is filled with."""
from __future__ import annotations

import random
import re
import uuid

from farm.identity import Municipality, names
from farm.realweb.model import rng_for
from farm.realweb.wording import data

UMLAUTS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"})
STREETS = ("Hauptstraße", "Marktplatz", "Rathausplatz", "Kirchgasse", "Schulstraße", "Lindenallee")
SIDE_STREETS = ("Bahnhofstraße", "Dorfstraße", "Gartenstraße", "Schillerstraße", "Bergstraße")


def slugify(text: str) -> str:
    text = text.lower().translate(UMLAUTS)
    return re.sub(r"[^a-z0-9]+", "-", text).strip("-")


def town_names(seed: int) -> list[str]:
    """The district's name pool in a seed-specific order."""
    ident = data("identity")
    pool = [s + x for s in ident["stems"] for x in ident["suffixes"]]
    rng_for(seed, "names").shuffle(pool)
    return pool


def identity(seed: int, index: int) -> tuple[Municipality, str, str, str]:
    """(municipality, kind, display name, domain) of site `index`."""
    ident = data("identity")
    rng = rng_for(seed, "identity", index)
    name = town_names(seed)[index]
    kinds = ident["kinds"]
    state = rng.choice(ident["area_states"])
    allowed = [k for k in kinds if k not in ident["kind_states"] or state in ident["kind_states"][k]]
    kind = rng.choices(allowed, weights=[kinds[k]["weight"] for k in allowed])[0]
    spec = kinds[kind]
    low, high = spec["population"]
    if kind == "Landkreis":  # slot -> (state, Kreis number 92–97): distinct for the first 78 sites
        slot = index % (6 * len(ident["area_states"]))
        state = ident["area_states"][slot % len(ident["area_states"])]
        ags = f"{state}0{92 + slot // len(ident['area_states'])}"
        kreis_ags, kreis_name, level = ags, name, "kreis"
    else:
        ags = f"{state}098{100 + index:03d}"
        kreis_ags, kreis_name, level = f"{state}098", f"Kreis {town_names(seed)[-1 - index % 5]}", "gemeinde"
    csv_type = {"Markt": "Gemeinde", "Amt": "Gemeinde", "Verbandsgemeinde": "Gemeinde"}.get(kind, kind)
    official = {"Landkreis": f"Landkreis {name}", "Stadt": f"{name}, Stadt"}.get(kind, name)
    municipality = Municipality(
        ags=ags, ars=ags if len(ags) == 5 else f"{ags[:5]}0000{ags[5:]}", name=name, name_official=official,
        type=csv_type, level=level, kreis_ags=kreis_ags, kreis_name=kreis_name, state_code=state,
        population=rng.randint(low, high), lat=round(47.7 + 6.8 * rng.random(), 5),
        lon=round(6.3 + 8.4 * rng.random(), 5))
    domain = rng.choice(spec["domains"]).format(s=slugify(name))
    return municipality, kind, spec["display"].format(ort=name), domain


def site_values(seed: int, index: int, m: Municipality, kind: str, display: str, domain: str,
                rng: random.Random) -> dict[str, str]:
    """The {placeholders} of the wording data for one site."""
    spec = data("identity")["kinds"][kind]
    slug = slugify(m.name)
    values = {"ort": m.name, "name": display, "name_gen": spec["genitive"].format(ort=m.name),
              "verwaltung": rng.choice(spec["verwaltung"]), "rat": spec["rat"], "kasse": spec["kasse"],
              "buero": rng.choice(spec["buero"]), "head": spec["head"], "domain": domain, "host": f"www.{domain}",
              "slug": slug, "Mandant": m.name.replace(" ", "").translate(UMLAUTS), "ags": m.ags,
              "land": names()["states"][m.state_code], "prefix": slug[:3], "lat": f"{m.lat}", "lon": f"{m.lon}",
              "other": town_names(seed)[(index + 7) % len(town_names(seed))]}
    values["num"], values["num2"] = str(rng.randint(1000, 99999)), str(rng.randint(1000, 99999))
    values["tel"] = f"0{rng.randint(2000, 9999)} {rng.randint(100, 999)}-0"
    values["mail"] = f"{rng.choice(('info', 'rathaus', 'poststelle', 'buergerbuero'))}@{domain}"
    values["street"] = f"{rng.choice(STREETS)} {rng.randint(1, 30)}"
    values["street2"] = rng.choice(SIDE_STREETS)  # feminine: "in der …"
    values["plz"] = f"{rng.randint(10000, 99999)}"
    values["year"], values["year2"] = str(rng.randint(2022, 2026)), str(rng.choice((2028, 2029, 2030)))
    values["uuid"] = str(uuid.UUID(int=rng.getrandbits(128)))
    values["hash"] = "%032x" % rng.getrandbits(128)
    values["iban"] = "".join(str(rng.randint(0, 9)) for _ in range(20))
    return values
