// Subscriptions through the JSON API, with a key kept in localStorage (never a cookie).
const KEY = "claimwatch.apiKey";
const $ = (id) => document.getElementById(id);
const list = (value) => value.split(",").map((s) => s.trim()).filter(Boolean);
const selected = (select) => Array.from(select.selectedOptions).map((o) => o.value);

function say(text, isError) {
  $("status").textContent = text;
  $("status").className = isError ? "error" : "note";
}

async function api(method, path, body) {
  const key = localStorage.getItem(KEY);
  if (!key) throw new Error("Enter an API key first.");
  const response = await fetch(path, {
    method,
    headers: { "Authorization": `Bearer ${key}`, "Content-Type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (response.status === 204) return null;
  const data = await response.json().catch(() => ({}));
  if (!response.ok) {
    const detail = Array.isArray(data.detail)
      ? data.detail.map((d) => `${d.loc.slice(1).join(".")}: ${d.msg}`).join("; ")
      : data.detail;
    throw new Error(detail || `HTTP ${response.status}`);
  }
  return data;
}

function cell(row, text) {
  const td = document.createElement("td");
  td.textContent = text;
  row.appendChild(td);
  return td;
}

async function refresh() {
  const body = $("subscription-rows");
  body.replaceChildren();
  if (!localStorage.getItem(KEY)) return;
  try {
    const page = await api("GET", "/v1/subscriptions");
    for (const s of page.items) {
      const row = document.createElement("tr");
      row.className = "subscription";
      cell(row, s.id);
      cell(row, s.subjects.join(", "));
      cell(row, s.channel);
      cell(row, s.target);
      cell(row, [...s.claim_types, ...s.stances, ...s.keywords].join(", ") +
        (s.min_confidence ? ` ≥ ${s.min_confidence}` : ""));
      cell(row, s.mode);
      cell(row, s.active ? "yes" : "no");
      const remove = document.createElement("button");
      remove.textContent = "Remove";
      remove.addEventListener("click", async () => {
        try { await api("DELETE", `/v1/subscriptions/${s.id}`); say(`Removed #${s.id}.`); refresh(); }
        catch (e) { say(e.message, true); }
      });
      cell(row, "").appendChild(remove);
      body.appendChild(row);
    }
  } catch (e) { say(e.message, true); }
}

document.addEventListener("DOMContentLoaded", () => {
  const form = $("new-subscription");
  const subject = new URLSearchParams(location.search).get("subject");
  if (subject) form.subjects.value = subject;
  $("api-key").value = localStorage.getItem(KEY) || "";
  $("save-key").addEventListener("click", () => {
    localStorage.setItem(KEY, $("api-key").value.trim()); say("Key saved in this browser."); refresh();
  });
  $("forget-key").addEventListener("click", () => {
    localStorage.removeItem(KEY); $("api-key").value = ""; say("Key forgotten."); refresh();
  });
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    try {
      const created = await api("POST", "/v1/subscriptions", {
        subjects: list(form.subjects.value),
        channel: form.channel.value,
        target: form.target.value.trim(),
        claim_types: selected(form.claim_types),
        stances: selected(form.stances),
        min_confidence: Number(form.min_confidence.value || 0),
        keywords: list(form.keywords.value),
        mode: form.mode.value,
      });
      say(`Subscribed (#${created.id}).`);
      form.reset();
      refresh();
    } catch (e) { say(e.message, true); }
  });
  refresh();
});
