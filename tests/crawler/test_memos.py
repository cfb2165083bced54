"""A page memo's bytes: JSON in a Zstandard frame, read back as it was packed; memos packed before (JSON in zlib)
are still read, so a store's file from an older version replays its unchanged pages."""
from __future__ import annotations

import json
import threading
import zlib

from crawler.memos import PageMemo, zstd
from detectors.model import Evidence, Match, ServiceObservation

URL = "https://www.musterstadt.de/rathaus/"


def _memo() -> PageMemo:
    links = [(f"{URL}seite-{i}", f"Seite für Bürger {i}", False) for i in range(200)]
    links += [("https://www.service-bw.de/zufi/leistungen/123", "Online-Antrag", True), ("https://x.de/", "X", None)]
    matches = [Match("accessibility_statement", None, 80,
                     Evidence(URL, "text", "…die erklärung zur barrierefreiheit …", "a11y/text/0", "static", (3, 33))),
               Match("chatbot", "Botti", 70, Evidence(URL, "script_src", "bot.js", "chat/1", "rendered", None, True))]
    services = [ServiceObservation("wohnsitz-anmelden", 3, f"{URL}anmelden", "Online-Antrag")]
    return PageMemo("a" * 64, '"e1"', "Mon, 01 Dec 2026 10:00:00 GMT", links, matches, services, "v1:abc:s3")


def test_a_memo_is_a_zstandard_frame_read_back_as_packed():
    memo = _memo()
    blob = memo.pack()
    assert blob.startswith(b"\x28\xb5\x2f\xfd")
    assert json.loads(zstd.decompress(blob))["version"] == "v1:abc:s3"
    assert PageMemo.unpack(blob, memo.sha256, memo.etag, memo.last_modified) == memo


def test_a_memo_packed_before_with_zlib_is_read_the_same():
    memo = _memo()
    legacy = zlib.compress(zstd.decompress(memo.pack()), 6)
    assert PageMemo.unpack(legacy, memo.sha256, memo.etag, memo.last_modified) == memo


def test_threads_pack_with_their_own_compressor():
    memo = _memo()
    blobs: list[bytes] = []
    workers = [threading.Thread(target=lambda: blobs.extend(memo.pack() for _ in range(50))) for _ in range(4)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    assert len(blobs) == 200 and set(blobs) == {memo.pack()}
