"""Page memos in the store's file: a memo replayed unchanged is not packed and written again; one that changed is."""
from __future__ import annotations

from crawler import memo_store
from crawler.memos import PageMemo
from detectors.model import Evidence, Match
from output.store import Store

URL = "https://www.musterstadt.de/rathaus/"
TEXT = Evidence(URL, "text", "erklärung zur barrierefreiheit", "a11y/1", "static")


def test_a_replayed_memo_is_written_only_when_it_changed(tmp_path):
    path = tmp_path / "store.db"
    with Store(path) as store:
        memo_store.ensure(store.conn)
        memo_store.save(store.conn, "musterstadt.de", {URL: PageMemo("sha", '"e1"', None, [(URL, "Rathaus", False)],
                                                                     [Match("accessibility_statement", None, 80, TEXT)])})
        store.conn.commit()
        storage = memo_store.SqliteMemoStorage(path)
        storage.open()
        replayed = storage.get("musterstadt.de", URL)
        other = storage.get("musterstadt.de", URL)
        storage.close()
        assert replayed is not None and other is not None and replayed.etag == '"e1"'

        before = store.conn.total_changes
        memo_store.save(store.conn, "musterstadt.de", {URL: replayed})
        assert store.conn.total_changes == before  # its row is there already

        other.add_rendered([Match("chatbot", None, 70, Evidence(URL, "script_src", "bot.js", "chat/1", "rendered"))])
        memo_store.save(store.conn, "musterstadt.de", {URL: other})
        assert store.conn.total_changes == before + 1
        (blob,), = store.conn.execute("SELECT memo FROM page_memos WHERE url = ?", (URL,)).fetchall()
        assert [m.component for m in PageMemo.unpack(blob, "sha", None, None).matches] == \
            ["accessibility_statement", "chatbot"]
