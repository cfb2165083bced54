"""CMS styles: how each product shapes URLs and the page head.

Detectors recognise the CMS from these traces (TYPO3 typo3conf/typo3temp paths, the Government Site Builder
generator with /SiteGlobals/ and _node.html, iKISS `index.php?object=tx,…&ModID=…&FID=…` URLs, Sitepark IES
and SixCMS markers), and the crawler has to cope with each URL shape, so a style is data: URL formats with
`{path}` (slash-joined page slugs), `{id}` (a per-page number), `{n}` (article) and `{p}` (archive page).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import parse_qsl, unquote


@dataclass(frozen=True, slots=True)
class CmsStyle:
    name: str
    product: str | None  # ground-truth CMS product, None for hand-made sites
    page: str  # URL of a static page
    article: str
    archive: str  # archive page p >= 2 (page 1 is the "aktuelles" page)
    file: str  # downloads (PDF, certificates, feeds)
    head: str
    logo: str = "/images/logo.png"

    def page_url(self, path: str, number: int) -> str:
        return self.page.format(path=path, Path=_gsb_path(path), last=path.rsplit("/", 1)[-1], id=number)

    def article_url(self, n: int) -> str:
        return self.article.format(n=n)

    def archive_url(self, p: int) -> str:
        return self.archive.format(p=p)

    def file_url(self, name: str) -> str:
        return self.file.format(name=name)

    def parse_numbered(self) -> list[tuple[str, re.Pattern[str]]]:
        """Regexes on normalised targets that recognise article and archive URLs (numbers are unbounded)."""
        return [(kind, _format_regex(normalise_target(fmt), key)) for kind, fmt, key in
                (("article", self.article, "n"), ("archive", self.archive, "p"))]


def normalise_target(target: str) -> str:
    """Path unquoted, query decoded and sorted: crawlers that canonicalise URLs still hit the same page."""
    path, _, query = target.partition("?")
    if not query:
        return unquote(path)
    pairs = sorted(parse_qsl(query, keep_blank_values=True))
    return unquote(path) + "?" + "&".join(f"{k}={v}" for k, v in pairs)


def _gsb_path(path: str) -> str:
    return "/".join(part.replace("-", "_").capitalize() for part in path.split("/"))


def _format_regex(fmt: str, key: str) -> re.Pattern[str]:
    literal, _, rest = fmt.partition("{" + key + "}")
    return re.compile(re.escape(literal) + r"(\d+)" + re.escape(rest) + r"$")


STYLES: dict[str, CmsStyle] = {s.name: s for s in (
    CmsStyle(
        "typo3", "TYPO3", "/{path}/", "/aktuelles/detail/meldung-{n}/", "/aktuelles/seite-{p}/",
        "/fileadmin/user_upload/dokumente/{name}",
        '<meta name="generator" content="TYPO3 CMS">'
        '<link rel="stylesheet" href="/typo3conf/ext/sitepackage/Resources/Public/Css/main.css">'
        '<script src="/typo3temp/assets/compressed/merged-4f1c2b.js"></script>',
        "/typo3conf/ext/sitepackage/Resources/Public/Images/logo.svg"),
    CmsStyle(
        "gsb", "Government Site Builder", "/DE/{Path}/{last}_node.html",
        "/SharedDocs/Pressemitteilungen/DE/2026/pm_{n}.html",
        "/DE/Aktuelles/aktuelles_node.html?gtp=pm_list%253D{p}",
        "/SharedDocs/Downloads/DE/{name}?__blob=publicationFile&v=2",
        '<meta name="generator" content="Government Site Builder">'
        '<link rel="stylesheet" href="/SiteGlobals/Frontend/Styles/main.css">'),
    CmsStyle(
        "ikiss", "iKISS", "/index.php?object=tx,2874.{id}.1&ModID=7&FID=2874.{id}.1",
        "/index.php?object=tx,2874.5&ModID=7&FID=2874.{n}.1&NavID=2874.45",
        "/index.php?ModID=255&object=tx,2874.5&La=1&NavID=2874.45&start={p}",
        "/media/custom/2874_{name}",
        '<link rel="stylesheet" href="/layout/css/styles.css">'),
    CmsStyle(
        "sitepark", "Sitepark IES", "/{path}/index.php", "/aktuelles/meldungen/meldung.php?id={n}",
        "/aktuelles/meldungen/index.php?seite={p}", "/medien/dokumente/{name}",
        '<meta name="generator" content="Sitepark Information Enterprise Server - IES Generator v1.4">'),
    CmsStyle(
        "sixcms", "SixCMS", "/sixcms/detail.php?template=seite&id={id}",
        "/sixcms/detail.php?template=news_detail&id=9{n}", "/sixcms/list.php?page=aktuelles&skip={p}",
        "/sixcms/media.php/{name}",
        '<link rel="stylesheet" href="/sixcms/css/layout.css">', "/sixcms/media.php/logo.png"),
    CmsStyle(
        "wordpress", "WordPress", "/{path}/", "/meldungen/meldung-{n}/", "/aktuelles/page/{p}/",
        "/wp-content/uploads/2026/03/{name}",
        '<meta name="generator" content="WordPress 6.6.2">'
        '<link rel="stylesheet" href="/wp-content/themes/kommune/style.css">'),
    CmsStyle(
        "plain", None, "/{path}.html", "/news/{n}.html", "/news/archiv-{p}.html", "/downloads/{name}",
        '<link rel="stylesheet" href="/css/site.css">'),
)}

