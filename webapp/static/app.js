// Search as you type on the start page; live progress on the status page. No external code.
"use strict";

function debounce(fn, ms) {
  let timer;
  return (...args) => { clearTimeout(timer); timer = setTimeout(() => fn(...args), ms); };
}

function initSearch() {
  const q = document.getElementById("q");
  if (!q) return;
  const list = document.getElementById("suggestions");
  const ags = document.getElementById("ags");
  const chosen = document.getElementById("chosen");
  const choose = (m) => {
    ags.value = m.ags;
    q.value = m.name;
    chosen.textContent = `Gewählt: ${m.name} (${m.ags})${m.website_url ? " – " + m.website_url : ""}`;
    chosen.hidden = false;
    list.replaceChildren();
  };
  const lookup = debounce(async () => {
    ags.value = "";
    chosen.hidden = true;
    const term = q.value.trim();
    if (term.length < 2) { list.replaceChildren(); return; }
    const response = await fetch(`/api/municipalities?q=${encodeURIComponent(term)}`);
    if (!response.ok) return;
    const items = (await response.json()).map((m) => {
      const li = document.createElement("li");
      const button = document.createElement("button");
      button.type = "button";
      button.className = "suggestion";
      button.textContent = `${m.name} (${m.ags}${m.state ? ", " + m.state : ""})`;
      button.addEventListener("click", () => choose(m));
      li.append(button);
      return li;
    });
    list.replaceChildren(...items);
  }, 200);
  q.addEventListener("input", lookup);
}

function initStatus() {
  const box = document.getElementById("status");
  if (!box) return;
  const poll = async () => {
    const response = await fetch(`/api/checks/${box.dataset.checkId}`);
    if (!response.ok) return setTimeout(poll, 5000);
    const data = await response.json();
    if (data.check.status === "done") { window.location.assign(data.result_page_url); return; }
    document.getElementById("state").textContent = data.check.status_label;
    const reason = document.getElementById("reason");
    reason.textContent = data.check.reason || "";
    reason.hidden = !data.check.reason;
    if (data.progress) {
      document.getElementById("pages").textContent = data.progress.pages ?? 0;
      document.getElementById("components").textContent = (data.progress.component_labels || []).join(", ") || "–";
    }
    if (data.check.status !== "failed") setTimeout(poll, 1500);
  };
  poll();
}

document.addEventListener("DOMContentLoaded", () => { initSearch(); initStatus(); });
