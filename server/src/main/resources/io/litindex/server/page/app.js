// litindex's search page: renders what the JSON API returns. The URL holds the whole state (query, filters, sort,
// page, open entry), so a search can be shared and Back and Forward work. Entry text is only ever set with
// textContent; the server's highlights are rebuilt from their escaped pieces, never assigned as HTML.
"use strict";
(() => {
  const $ = (id) => document.getElementById(id);
  const PAGE = 20;
  const FACETS = ["venue", "year", "kind", "has_code", "section", "author"];
  const MULTI = ["venue", "section", "kind", "author"];
  const LABELS = { venue: "Venue", year: "Year", kind: "Kind", has_code: "Code", section: "Section", author: "Author" };
  const LINK_LABELS = { paper: "Paper", arxiv: "arXiv", doi: "DOI", code: "Code", project: "Project", data: "Data",
    model: "Model", demo: "Demo", other: "Link" };

  // ---- state <-> URL ----

  function readState(search) {
    const p = new URLSearchParams(search === undefined ? location.search : search);
    const page = parseInt(p.get("page") || "1", 10);
    return {
      q: p.get("q") || "",
      venue: p.getAll("venue"), section: p.getAll("section"), kind: p.getAll("kind"), author: p.getAll("author"),
      year: p.get("year") || "",
      has_code: p.get("has_code") === "true",
      sort: ["newest", "oldest"].includes(p.get("sort")) ? p.get("sort") : "relevance",
      page: Number.isFinite(page) && page > 0 ? page : 1,
      id: p.get("id") || "",
    };
  }

  /** The search parameters of a state, as the API (and the page's URL) name them. */
  function searchParams(s) {
    const p = new URLSearchParams();
    if (s.q) p.set("q", s.q);
    for (const name of MULTI) for (const v of s[name]) p.append(name, v);
    if (s.year) p.set("year", s.year);
    if (s.has_code) p.set("has_code", "true");
    if (s.sort !== "relevance") p.set("sort", s.sort);
    return p;
  }

  function urlFor(s) {
    const p = searchParams(s);
    if (s.page > 1) p.set("page", String(s.page));
    if (s.id) p.set("id", s.id);
    const query = p.toString();
    return query ? "?" + query : location.pathname;
  }

  let state = readState();

  /** Moves to a new state: a new history entry (Back returns here), or in place while the user types. */
  function go(next, replace) {
    if (!replace) typing = false;
    state = next;
    const url = urlFor(next);
    if (replace) history.replaceState(null, "", url);
    else history.pushState(null, "", url);
    render();
  }

  function withChange(change) {
    return Object.assign({}, state, { page: 1, id: "" }, change);
  }

  window.addEventListener("popstate", () => {
    state = readState();
    render();
  });

  // ---- requests ----

  let inFlight = null;

  async function getJson(path, signal) {
    const response = await fetch(path, { headers: { Accept: "application/json" }, signal });
    const body = await response.json().catch(() => ({ message: "the server answered " + response.status }));
    if (!response.ok) {
      const error = new Error(body.message || "the server answered " + response.status);
      error.status = response.status;
      throw error;
    }
    return body;
  }

  function idPath(id) {
    return id.split("/").map(encodeURIComponent).join("/");
  }

  // ---- safe rendering helpers ----

  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    if (attrs) {
      for (const [k, v] of Object.entries(attrs)) {
        if (v === undefined || v === null || v === false) continue;
        if (k === "text") node.textContent = v;
        else if (k === "className") node.className = v;
        else node.setAttribute(k, v === true ? "" : v);
      }
    }
    for (const child of children) if (child !== null && child !== undefined) node.append(child);
    return node;
  }

  const ENTITIES = { lt: "<", gt: ">", amp: "&", quot: "\"", "#x27": "'", "#39": "'" };

  /** Appends a highlight fragment (escaped text with <mark> around matches) as text nodes and mark elements. */
  function appendHighlighted(node, fragment) {
    let marked = false;
    for (const piece of fragment.split(/(<mark>|<\/mark>)/)) {
      if (piece === "<mark>") marked = true;
      else if (piece === "</mark>") marked = false;
      else if (piece) {
        const text = piece.replace(/&(lt|gt|amp|quot|#x27|#39);/g, (m, name) => ENTITIES[name]);
        node.append(marked ? el("mark", { text }) : document.createTextNode(text));
      }
    }
    return node;
  }

  function safeUrl(url) {
    try {
      const u = new URL(url, location.href);
      return u.protocol === "http:" || u.protocol === "https:" ? u.href : null;
    } catch (e) {
      return null;
    }
  }

  function navLink(text, next, className) {
    const a = el("a", { href: urlFor(next), className, text });
    a.addEventListener("click", (event) => {
      if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
      event.preventDefault();
      go(next, false);
      if (next.id) window.scrollTo(0, 0);
    });
    return a;
  }

  function authorsText(entry, max) {
    const authors = entry.authors || [];
    const shown = authors.slice(0, max);
    let text = shown.join(", ");
    if (authors.length > max || entry.etAl) text += (text ? ", " : "") + "et al.";
    return text;
  }

  // links: an array of {kind, url, label}; several of a kind are told apart by their label, else their host
  function linksOf(entry) {
    const out = [];
    const all = Array.isArray(entry.links) ? entry.links
      : Object.entries(entry.links || {}).map(([kind, url]) => ({ kind, url }));
    const perKind = {};
    for (const link of all) perKind[link.kind] = (perKind[link.kind] || 0) + 1;
    for (const link of all) {
      const href = safeUrl(link.url);
      if (!href) continue;
      let text = LINK_LABELS[link.kind] || link.kind;
      if (link.label) text += " · " + link.label;
      else if (perKind[link.kind] > 1) text += " · " + new URL(href).hostname.replace(/^www\./, "");
      out.push(el("a", { href, rel: "noopener noreferrer", target: "_blank", className: "ext", title: link.url, text }));
    }
    for (const url of entry.moreLinks || []) {
      const href = safeUrl(url);
      if (href) out.push(el("a", { href, rel: "noopener noreferrer", target: "_blank", className: "ext", text: new URL(href).hostname }));
    }
    return out;
  }

  // ---- the results view ----

  async function showResults() {
    $("entry").hidden = true;
    $("filters").hidden = false;
    $("results-area").hidden = false;
    document.title = state.q ? state.q + " · litindex" : "litindex";
    const p = searchParams(state);
    for (const f of FACETS) p.append("facet", f);
    p.set("facet_limit", "12");
    p.set("limit", String(PAGE));
    p.set("offset", String((state.page - 1) * PAGE));
    if (inFlight) inFlight.abort();
    const controller = new AbortController();
    inFlight = controller;
    $("results-area").setAttribute("aria-busy", "true");
    let result;
    try {
      result = await getJson("api/search?" + p.toString(), controller.signal);
    } catch (e) {
      if (e.name === "AbortError") return;
      showError(e.message);
      return;
    } finally {
      if (inFlight === controller) inFlight = null;
      $("results-area").removeAttribute("aria-busy");
    }
    $("error").hidden = true;
    renderSummary(result);
    renderNotice(result);
    renderHits(result);
    renderFacets(result);
    renderChips();
    renderPager(result);
    renderExport();
    $("sort").value = state.sort;
    const [from, to] = yearBounds(state.year);
    $("year-from").value = from;
    $("year-to").value = to;
  }

  function showError(message) {
    const error = $("error");
    error.textContent = message;
    error.hidden = false;
    $("results").replaceChildren();
    $("pager").replaceChildren();
    $("summary").textContent = "";
  }

  function renderSummary(result) {
    const total = result.total;
    const first = total === 0 ? 0 : (state.page - 1) * PAGE + 1;
    const last = Math.min(total, (state.page - 1) * PAGE + result.hits.length);
    const what = total === 1 ? "entry" : "entries";
    $("summary").textContent = total === 0 ? "No entries found."
      : (total <= PAGE && state.page === 1 ? total + " " + what : first + "–" + last + " of " + total + " " + what)
        + (state.q ? " for “" + state.q + "”" : "");
  }

  function renderNotice(result) {
    const notice = $("notice");
    notice.replaceChildren();
    const parts = [];
    if (result.suggestion) {
      parts.push(el("span", null, "Did you mean ", navLink(result.suggestion, withChange({ q: result.suggestion }), "suggestion"), "?"));
    }
    if (result.fuzzy) {
      parts.push(el("span", { text: "Nothing matches “" + result.query + "” exactly; showing close matches." }));
    }
    if (result.partial) {
      parts.push(el("span", { text: "The search reached its time limit: counts cover only the entries it looked at." }));
    }
    for (const part of parts) notice.append(part, " ");
    notice.hidden = parts.length === 0;
  }

  function renderHits(result) {
    const list = $("results");
    list.start = (state.page - 1) * PAGE + 1;
    list.replaceChildren(...result.hits.map((hit) => {
      const h = hit.highlightsHtml || {};
      const titleLink = navLink("", Object.assign({}, state, { id: hit.id }), "title-link");
      if (h.title) appendHighlighted(titleLink, h.title);
      else titleLink.textContent = hit.title;
      const meta = el("p", { className: "meta" });
      const authors = authorsText(hit, 6);
      if (authors) meta.append(el("span", { className: "authors", text: authors }));
      const where = [hit.venue, hit.year].filter((x) => x !== undefined && x !== null).join(" ");
      if (where) meta.append(el("span", { className: "venue", text: where }));
      if (hit.kind === "dataset" || hit.kind === "tool") meta.append(el("span", { className: "badge", text: hit.kind }));
      const item = el("li", { className: "hit" }, el("h3", { className: "title" }, titleLink), meta);
      if (h.note) item.append(appendHighlighted(el("p", { className: "note" }), h.note));
      else if (hit.note) item.append(el("p", { className: "note", text: hit.note }));
      const links = linksOf(hit);
      if (hit.sourcePaper && hit.sourcePaper.title) {
        links.push(hit.sourcePaper.id
          ? navLink("From: " + hit.sourcePaper.title, Object.assign({}, state, { id: hit.sourcePaper.id }), "from")
          : el("span", { className: "from", text: "From: " + hit.sourcePaper.title }));
      }
      if (links.length) item.append(el("p", { className: "links" }, ...links));
      if ((hit.sections || []).length) {
        item.append(el("p", { className: "sections" }, ...hit.sections.map((s) =>
          navLink(s, withChange({ section: state.section.includes(s) ? state.section : state.section.concat([s]) }), "section"))));
      }
      if (state.q) {
        // why the hit ranks here: fetched when opened, from /api/explain for this search's query and filters
        const why = el("details", { className: "why" }, el("summary", { text: "Why here?" }));
        why.addEventListener("toggle", () => { if (why.open && !why.dataset.loaded) showWhy(why, hit.id); });
        item.append(why);
      }
      return item;
    }));
  }

  /** The explanation of a hit's rank: its score, the query words it matches, its score's parts, largest first. */
  async function showWhy(node, id) {
    node.dataset.loaded = "true";
    try {
      const why = await getJson("api/explain/" + idPath(id) + "?" + searchParams(state).toString());
      const words = why.matched.length + why.notMatched.length;
      let summary = "Score " + why.score.toFixed(2);
      if (words) summary += " · matches " + why.matched.length + " of " + words + (words === 1 ? " query word" : " query words");
      if (why.notMatched.length) summary += " (not: " + why.notMatched.join(", ") + ")";
      node.append(el("p", { className: "why-summary", text: summary }), el("ul", { className: "why-parts" },
        ...why.parts.map((part) => el("li", null, el("span", { className: "why-score", text: part.score.toFixed(2) }),
          el("span", { className: "why-part", text: part.part }),
          part.detail ? el("span", { className: "why-detail", text: part.detail }) : null))));
    } catch (e) {
      node.append(el("p", { className: "why-summary", text: "Cannot explain: " + e.message }));
    }
  }

  function facetLabel(dim, value) {
    if (dim === "has_code") return value === "true" ? "With code" : "Without code";
    return value;
  }

  function renderFacets(result) {
    const box = $("facets");
    box.replaceChildren();
    for (const dim of FACETS) {
      let values = (result.facets[dim] || []).slice();
      if (dim === "has_code") values = values.filter((v) => v.value === "true");
      const selected = dim === "year" ? (state.year ? [state.year] : []) : dim === "has_code" ? (state.has_code ? ["true"] : []) : state[dim];
      for (const s of selected) if (!values.some((v) => v.value === s)) values.push({ value: s, count: null });
      if (values.length === 0) continue;
      const fieldset = el("fieldset", { className: "facet", "data-facet": dim }, el("legend", { text: LABELS[dim] }));
      const list = el("ul");
      values.forEach((v, i) => {
        const id = "f-" + dim + "-" + i;
        const checked = selected.includes(v.value);
        const box = el("input", { type: "checkbox", id, value: v.value, checked });
        box.addEventListener("change", () => toggle(dim, v.value, box.checked));
        list.append(el("li", null, box, el("label", { for: id },
          el("span", { className: "value", text: facetLabel(dim, v.value) }),
          el("span", { className: "count", text: v.count === null ? "" : String(v.count) }))));
      });
      fieldset.append(list);
      box.append(fieldset);
    }
    $("clear-filters").hidden = !hasFilters();
  }

  function hasFilters() {
    return MULTI.some((m) => state[m].length) || state.year || state.has_code;
  }

  function toggle(dim, value, on) {
    if (dim === "year") go(withChange({ year: on ? value : "" }));
    else if (dim === "has_code") go(withChange({ has_code: on }));
    else go(withChange({ [dim]: on ? state[dim].concat([value]) : state[dim].filter((v) => v !== value) }));
  }

  function renderChips() {
    const chips = $("chips");
    chips.replaceChildren();
    const add = (label, change) => {
      const button = el("button", { type: "button", className: "chip", "aria-label": "Remove filter " + label }, label + " ×");
      button.addEventListener("click", () => go(withChange(change)));
      chips.append(el("li", null, button));
    };
    for (const dim of MULTI) {
      for (const v of state[dim]) add(LABELS[dim] + ": " + v, { [dim]: state[dim].filter((x) => x !== v) });
    }
    if (state.year) add("Year: " + state.year.replace("..", "–"), { year: "" });
    if (state.has_code) add("With code", { has_code: false });
  }

  function renderPager(result) {
    const pager = $("pager");
    pager.replaceChildren();
    const pages = Math.ceil(Math.min(result.total, 10000 + PAGE) / PAGE);
    if (pages <= 1) return;
    const link = (page, text, label) => {
      if (page === state.page) return el("span", { className: "current", "aria-current": "page", text });
      const a = navLink(text, Object.assign({}, state, { page }), "page");
      if (label) a.setAttribute("aria-label", label);
      return a;
    };
    if (state.page > 1) pager.append(link(state.page - 1, "‹ Previous", "Previous page"));
    const shown = new Set([1, pages, state.page - 2, state.page - 1, state.page, state.page + 1, state.page + 2]);
    let last = 0;
    for (const page of [...shown].filter((p) => p >= 1 && p <= pages).sort((a, b) => a - b)) {
      if (page - last > 1) pager.append(el("span", { className: "gap", text: "…" }));
      pager.append(link(page, String(page), "Page " + page));
      last = page;
    }
    if (state.page < pages) pager.append(link(state.page + 1, "Next ›", "Next page"));
  }

  const EXTENSIONS = { bibtex: "bib", csv: "csv", json: "json", markdown: "md" };

  function renderExport() {
    const format = $("export-format").value;
    const p = searchParams(state);
    p.set("format", format);
    const a = $("export-link");
    a.href = "api/export?" + p.toString();
    a.setAttribute("download", "litindex." + EXTENSIONS[format]);
  }

  function yearBounds(year) {
    if (!year) return ["", ""];
    if (!year.includes("..")) return [year, year];
    const [from, to] = year.split("..");
    return [from, to];
  }

  // ---- the entry view ----

  async function showEntry() {
    $("filters").hidden = true;
    $("results-area").hidden = true;
    const view = $("entry");
    view.hidden = false;
    $("copy-status").textContent = "";
    $("back-to-results").href = urlFor(Object.assign({}, state, { id: "" }));
    let entry;
    try {
      entry = await getJson("api/entries/" + idPath(state.id));
    } catch (e) {
      $("entry-title").textContent = e.status === 404 ? "No entry with id “" + state.id + "”" : e.message;
      $("entry-fields").replaceChildren();
      $("related").replaceChildren();
      $("datasets-section").hidden = true;
      $("bibtex").value = "";
      return;
    }
    document.title = entry.title + " · litindex";
    $("entry-title").textContent = entry.title;
    const fields = $("entry-fields");
    fields.replaceChildren();
    const field = (label, ...value) => fields.append(el("dt", { text: label }), el("dd", null, ...value));
    const authors = authorsText(entry, 1000);
    if (authors) field("Authors", ...(entry.authors || []).flatMap((a, i) =>
      [i ? ", " : "", navLink(a, withChange({ q: "", author: [a] }), "author")]).concat(entry.etAl ? [", et al."] : []));
    if (entry.venue) field("Venue", entry.venue + (entry.venueAsWritten && entry.venueAsWritten !== entry.venue ? " (written: " + entry.venueAsWritten + ")" : ""));
    if (entry.date || entry.year) field("Date", String(entry.date || entry.year));
    field("Kind", entry.kind);
    if ((entry.sections || []).length) field("Sections", ...entry.sections.flatMap((s, i) => [i ? " · " : "", navLink(s, withChange({ q: "", section: [s] }), "section")]));
    const links = linksOf(entry);
    if (links.length) field("Links", ...links.flatMap((a, i) => [i ? " " : "", a]));
    if (entry.note) field("Note", entry.note);
    // the list's legend for the short forms this entry writes ("Geo-Loc. = Geo-Localization"), as text
    const legend = Object.entries(entry.legend || {});
    if (legend.length) field("Legend", legend.map(([short, long]) => short + " = " + long).join(" · "));
    if (entry.sourcePaper) {
      const p = entry.sourcePaper;
      field("From paper", p.id ? navLink(p.title || p.id, { ...state, id: p.id }) : (p.title || ""));
    }
    if (entry.sizeAsWritten || entry.size) field("Size", entry.sizeAsWritten || String(entry.size));
    field("Id", entry.id);
    const datasets = entry.datasets || [];
    $("datasets-section").hidden = datasets.length === 0;
    $("datasets").replaceChildren(...datasets.map((d) => el("li", null, navLink(d.title, { ...state, id: d.id }))));
    $("bibtex").value = "";
    fetch("api/entries/" + idPath(entry.id) + "?format=bibtex").then((r) => (r.ok ? r.text() : "")).then((text) => {
      if (state.id === entry.id) $("bibtex").value = text;
    });
    getJson("api/related/" + idPath(entry.id) + "?limit=8").then((body) => {
      if (state.id !== entry.id) return;
      $("related").replaceChildren(...body.related.map((hit) => el("li", null,
        navLink(hit.title, { ...state, id: hit.id }),
        el("span", { className: "meta", text: " " + [hit.venue, hit.year].filter((x) => x).join(" ") }))));
    }).catch(() => $("related").replaceChildren());
  }

  $("copy-bibtex").addEventListener("click", async () => {
    const text = $("bibtex").value;
    const status = $("copy-status");
    if (!text) {
      status.textContent = "No BibTeX yet.";
      return;
    }
    try {
      await navigator.clipboard.writeText(text);
      status.textContent = "Copied.";
    } catch (e) {
      const area = $("bibtex");
      area.focus();
      area.select();
      status.textContent = document.execCommand && document.execCommand("copy") ? "Copied." : "Selected: press Ctrl+C to copy.";
    }
  });

  // ---- the search box and its suggestions ----

  const box = $("q");
  const list = $("suggestions");
  let suggestions = [];
  let active = -1;
  let typingTimer = 0;
  let suggestTimer = 0;
  let suggestController = null;
  let typing = false;

  function closeSuggestions() {
    list.hidden = true;
    list.replaceChildren();
    suggestions = [];
    active = -1;
    box.setAttribute("aria-expanded", "false");
    box.removeAttribute("aria-activedescendant");
  }

  function showSuggestions(items) {
    suggestions = items;
    active = -1;
    list.replaceChildren(...items.map((s, i) => {
      const li = el("li", { role: "option", id: "suggestion-" + i, "aria-selected": "false" },
        el("span", { className: "text", text: s.text }), el("span", { className: "type", text: s.type }));
      li.addEventListener("mousedown", (event) => {
        event.preventDefault();
        pick(i);
      });
      return li;
    }));
    list.hidden = items.length === 0;
    box.setAttribute("aria-expanded", String(items.length > 0));
  }

  function highlight(index) {
    active = index;
    [...list.children].forEach((li, i) => li.setAttribute("aria-selected", String(i === index)));
    if (index >= 0) box.setAttribute("aria-activedescendant", "suggestion-" + index);
    else box.removeAttribute("aria-activedescendant");
  }

  function pick(index) {
    const s = suggestions[index];
    closeSuggestions();
    if (!s) return;
    if (s.id && s.type !== "author") {
      go(Object.assign({}, state, { id: s.id }));
    } else {
      box.value = s.text;
      go(withChange({ q: s.text }));
    }
  }

  box.addEventListener("input", () => {
    const typed = box.value;
    clearTimeout(typingTimer);
    clearTimeout(suggestTimer);
    suggestTimer = setTimeout(async () => {
      if (suggestController) suggestController.abort();
      if (!typed.trim()) return closeSuggestions();
      suggestController = new AbortController();
      try {
        const body = await getJson("api/suggest?" + new URLSearchParams({ q: typed, limit: "8" }), suggestController.signal);
        if (box.value === typed && document.activeElement === box) showSuggestions(body.suggestions);
      } catch (e) {
        if (e.name !== "AbortError") closeSuggestions();
      }
    }, 120);
    typingTimer = setTimeout(() => {
      // results follow the box as the user types; the first change of a search starts a new history entry
      go(withChange({ q: typed.trim() }), typing);
      typing = true;
    }, 250);
  });

  box.addEventListener("keydown", (event) => {
    if (event.key === "ArrowDown" && suggestions.length) {
      event.preventDefault();
      highlight((active + 1) % suggestions.length);
    } else if (event.key === "ArrowUp" && suggestions.length) {
      event.preventDefault();
      highlight(active <= 0 ? suggestions.length - 1 : active - 1);
    } else if (event.key === "Enter" && active >= 0) {
      event.preventDefault();
      clearTimeout(typingTimer);
      pick(active);
    } else if (event.key === "Escape") {
      closeSuggestions();
    }
  });

  box.addEventListener("blur", () => setTimeout(closeSuggestions, 100));

  $("search-form").addEventListener("submit", (event) => {
    event.preventDefault();
    clearTimeout(typingTimer);
    clearTimeout(suggestTimer);
    closeSuggestions();
    typing = false;
    const q = box.value.trim();
    if (q === state.q && !state.id) render();
    else go(withChange({ q }));
  });

  document.addEventListener("keydown", (event) => {
    const t = event.target;
    const editing = t instanceof HTMLInputElement || t instanceof HTMLTextAreaElement || t instanceof HTMLSelectElement || t.isContentEditable;
    if (event.key === "/" && !editing && !event.ctrlKey && !event.metaKey && !event.altKey) {
      event.preventDefault();
      box.focus();
      box.select();
    }
  });

  // ---- the other controls ----

  $("sort").addEventListener("change", () => go(withChange({ sort: $("sort").value })));
  $("export-format").addEventListener("change", renderExport);
  $("clear-filters").addEventListener("click", () => go(withChange({ venue: [], section: [], kind: [], author: [], year: "", has_code: false })));
  $("home").addEventListener("click", (event) => {
    event.preventDefault();
    box.value = "";
    go(readState(""));
  });
  $("back-to-results").addEventListener("click", (event) => {
    event.preventDefault();
    go(Object.assign({}, state, { id: "" }));
  });

  function applyYears() {
    const from = $("year-from").value.trim();
    const to = $("year-to").value.trim();
    const valid = (y) => y === "" || /^\d{4}$/.test(y);
    if (!valid(from) || !valid(to)) {
      showError("A year has four digits, like 2023.");
      return;
    }
    const year = from === "" && to === "" ? "" : from === to ? from : (from || "") + ".." + (to || "");
    go(withChange({ year }));
  }
  $("year-apply").addEventListener("click", applyYears);
  for (const id of ["year-from", "year-to"]) {
    $(id).addEventListener("keydown", (event) => {
      if (event.key === "Enter") {
        event.preventDefault();
        applyYears();
      }
    });
  }

  function render() {
    if (document.activeElement !== box || box.value.trim() !== state.q) box.value = state.q;
    if (state.id) showEntry();
    else showResults();
  }

  getJson("health").then((h) => {
    $("index-info").textContent = h.entries + (h.entries === 1 ? " entry" : " entries") + " indexed";
  }).catch(() => {});

  render();
})();
