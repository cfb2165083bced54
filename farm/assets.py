"""Non-HTML files of municipal sites: downloads, feeds, scripts, styles and images.

Scripts matter for the JavaScript-only cases: `/assets/js/chat-loader.js` injects a chat widget and
`/assets/js/online-services.js` renders the online-service list from inline JSON, so a crawler sees these
components only when it runs scripts.
"""
from __future__ import annotations

from html import escape

from farm.plan import SitePlan

PDF = (b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
       b"3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n")
TYPES = {"pdf": "application/pdf", "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
         "cer": "application/pkix-cert", "csv": "text/csv; charset=utf-8", "mp4": "video/mp4",
         "xml": "application/rss+xml; charset=utf-8", "js": "application/javascript; charset=utf-8",
         "css": "text/css; charset=utf-8", "png": "image/png", "svg": "image/svg+xml"}

IMAGES = {"svg": b'<svg xmlns="http://www.w3.org/2000/svg"/>', "png": b"\x89PNG\r\n\x1a\n"}

CHAT_LOADER = """(function () {
  var s = document.createElement('script');
  s.src = 'https://widget.moin.ai/moin-loader.js?id=%s';
  document.head.appendChild(s);
})();
"""
ONLINE_SERVICES = """(function () {
  var base = %s;
  var box = document.getElementById('online-services');
  var items = JSON.parse(document.getElementById('online-services-data').textContent);
  var ul = document.createElement('ul');
  items.forEach(function (item) {
    var a = document.createElement('a');
    a.href = base.replace('{service}', item.k);
    a.textContent = item.t + ' – online beantragen';
    var li = document.createElement('li'); li.appendChild(a); ul.appendChild(li);
  });
  box.appendChild(ul);
})();
"""


def extension(path: str) -> str:
    name = path.split("?", 1)[0].rsplit("/", 1)[-1]
    return name.rsplit(".", 1)[-1].lower() if "." in name else ""


def site_file(plan: SitePlan, name: str) -> tuple[str, bytes]:
    """(content type, body) of a download or feed of the site."""
    ext = extension(name)
    if ext == "xml":
        items = "".join(f"<item><title>Meldung {n}</title><link>{escape(plan.base)}/</link></item>"
                        for n in range(plan.n_news, max(plan.n_news - 10, 0), -1))
        return TYPES[ext], (f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
                            f"<title>{escape(plan.name)}</title>{items}</channel></rss>").encode()
    if ext == "csv":
        return TYPES[ext], b"haltestelle;lat;lon\nRathaus;50.1;8.6\n"
    if ext == "cer":
        return TYPES[ext], b"-----BEGIN CERTIFICATE-----\nMIIBfarm\n-----END CERTIFICATE-----\n"
    return TYPES.get(ext, "application/octet-stream"), PDF


def script_or_style(plan: SitePlan, path: str, form_url: str | None) -> tuple[str, bytes] | None:
    """Own-host scripts, styles and images; None when the path is not one."""
    ext = extension(path)
    if ext not in ("js", "css", "png", "svg"):
        return None
    if path.endswith("/assets/js/chat-loader.js"):
        return TYPES["js"], (CHAT_LOADER % plan.params["hash"]).encode()
    if path.endswith("/assets/js/online-services.js") and form_url:
        return TYPES["js"], (ONLINE_SERVICES % repr(form_url)).encode()
    body = {"js": b"/* site script */\n", "css": b"body{font-family:sans-serif}\n", **IMAGES}[ext]
    return TYPES[ext], body
