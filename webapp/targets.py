"""Turn what a person entered (a municipality, an address, or both) into one site we may crawl."""
from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import urlsplit

from crawler.municipalities import MAX_URL_LENGTH, Municipality, site_key, url_problem
from detectors.domains import registered_domain, shared_hosting_suffix
from webapp.directory import Directory
from crawler.guards import check_url_shape, normalise_url
from crawler.ssrf import Resolver, check_url_allowed, resolve_addresses


class Refused(ValueError):
    """The request is not acceptable; str(error) is the German reason shown to the user."""


@dataclass(frozen=True, slots=True)
class Target:
    municipality: Municipality
    site_url: str
    site: str  # the crawler's site key (host without www.): the unit of the 10-minute rule


def resolve_target(
    directory: Directory,
    *,
    ags: str | None,
    url: str | None,
    admin: bool = False,
    allow_simulated_web: bool = False,
    resolver: Resolver = resolve_addresses,
) -> Target:
    """Only sites of a municipality in the directory are accepted; an admin may name another for an AGS.

    The directory is asked before DNS, so the service never looks up a host that belongs to no municipality.
    """
    ags = (ags or "").strip() or None
    url = (url or "").strip() or None
    municipality = directory.by_ags(ags) if ags else None
    if ags and municipality is None:
        raise Refused("Diese Gemeinde ist nicht im Verzeichnis.")
    if url is None:
        if municipality is None:
            raise Refused("Bitte eine Gemeinde wählen oder die Adresse ihrer Website eingeben.")
        if not municipality.website_url:
            raise Refused(f"Für {municipality.name} ist keine Website bekannt.")
        url = municipality.website_url
    elif _looks_like_a_name(url):
        raise Refused("Das ist keine Website-Adresse (etwa www.gemeinde.de). Eine Gemeinde nach ihrem Namen oder "
                      "Gemeindeschlüssel suchen Sie im Feld „Gemeinde“.")
    else:
        url = normalise_url(url)
    if len(url) > MAX_URL_LENGTH:
        raise Refused(f"Die Adresse ist länger als {MAX_URL_LENGTH} Zeichen.")
    if not (shape := check_url_shape(url)).ok:  # the precise reason (scheme, port, credentials, IP literal)
        raise Refused(shape.reason)
    if url_problem(url):
        raise Refused("Die Adresse ist ungültig (Leer- oder Steuerzeichen).")
    domain = registered_domain(urlsplit(url).hostname or "")
    if municipality is None:
        municipality = _owner(directory, url, domain)
    elif not admin and not _belongs(directory, municipality, url, domain):
        raise Refused(f"Diese Adresse gehört nicht zur Website von {municipality.name}.")
    # Only now, for a municipality's own address (or an admin's choice), is its host looked up: a stranger's
    # host name is refused from the directory alone and never reaches our resolver.
    verdict = check_url_allowed(url, allow_simulated_web=allow_simulated_web, resolver=resolver)
    if not verdict.ok:
        raise Refused(verdict.reason)
    return Target(municipality, url, site_key(url))


def _looks_like_a_name(typed: str) -> bool:
    """A municipality's name or AGS typed where its address belongs: no scheme, no dot, no slash."""
    return not any(c in typed for c in ".:/") and len(typed) <= 100


def _owner(directory: Directory, url: str, domain: str) -> Municipality:
    """The municipality an address belongs to: the one whose site it is, or the only one on its domain.

    Municipalities sharing one site (Verwaltungsgemeinschaft) share its crawl, so any of them will do.
    """
    owners = directory.by_domain(domain)
    same_site = [m for m in owners if m.site_key == site_key(url)]
    if same_site:
        return min(same_site, key=lambda m: m.ags)
    if len(owners) > 1:
        raise Refused("Mehrere Gemeinden nutzen diese Domain. Bitte die Gemeinde auswählen.")
    if not owners or not _belongs(directory, owners[0], url, domain):
        raise Refused("Diese Adresse gehört zu keiner Gemeinde im Verzeichnis.")
    return owners[0]


def _belongs(directory: Directory, municipality: Municipality, url: str, domain: str) -> bool:
    """Its own site, or another host on its registered domain unless that domain hosts other municipalities
    or is a tenant of shared hosting (there only the exact registered host is the municipality's)."""
    if site_key(url) == municipality.site_key:
        return True
    if shared_hosting_suffix(municipality.website_url):
        return False
    return (bool(domain) and domain == directory.domain_of(municipality)
            and {m.site_key for m in directory.by_domain(domain)} == {municipality.site_key})
