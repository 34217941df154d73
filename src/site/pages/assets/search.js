// The search page, in one of two modes, and it says which:
// - served over http(s): Pagefind's full-text index (pagefind/pagefind.js, loaded with a dynamic import;
//   it fetches only the index chunks a query needs), with filters by source, topic and date;
// - opened from disk (file://, where Pagefind cannot fetch its index) or where the site has no Pagefind
//   index: the small MiniSearch index of headlines, actors (with their other spellings) and topics that
//   assets/search-index.js carries, loaded as classic scripts (file:// forbids fetch, not <script src>).
// Results are built with DOM calls (textContent), never from HTML strings: article text is untrusted.
(function () {
  const form = document.querySelector("[data-search-root]");
  if (!form) return;
  const root = form.getAttribute("data-search-root") || "";
  const input = form.querySelector("input");
  const status = document.querySelector(".search-status");
  const list = document.querySelector(".search-results");
  const mode = document.querySelector(".search-mode");
  const filterBox = document.querySelector(".search-filters");
  const kinds = { article: "Article", actor: "Actor", topic: "Topic" };
  const MAX_RESULTS = 50;
  const params = new URLSearchParams(location.search);
  let engine = null;

  function setMode(name, text) {
    mode.setAttribute("data-search-mode", name);
    mode.textContent = text;
  }

  function addResult(kindLabel, href, title, detail) {
    const item = document.createElement("li");
    const link = document.createElement("a");
    link.href = href;
    link.textContent = title;
    const kind = document.createElement("span");
    kind.className = "kind";
    kind.textContent = kindLabel;
    item.append(kind, " ", link);
    if (detail) {
      detail.classList.add("meta");
      item.append(detail);
    }
    list.append(item);
  }

  function say(count, more, query) {
    status.textContent = count === 0 ? "Nothing found for “" + query + "”." : count + (more ? "+" : "") + " found for “" + query + "”.";
  }

  // ------------------------------------------------------------------ the small index (from disk)
  function loadScript(src) {
    return new Promise(function (resolve, reject) {
      const script = document.createElement("script");
      script.src = src;
      script.onload = resolve;
      script.onerror = function () { reject(new Error("could not load " + src)); };
      document.head.append(script);
    });
  }

  async function smallIndex() {
    await loadScript(root + "assets/minisearch.js");
    await loadScript(root + "assets/search-index.js");
    const data = window.BRIEFING_SEARCH;
    const index = new window.MiniSearch(data.options);
    // the file holds columns, kinds by one letter and the usual page paths shortened (src/site/search.ts)
    const kindOf = { a: "article", t: "topic", p: "actor", o: "actor", l: "actor", x: "actor" };
    const actorLabel = { p: "Person", o: "Organisation", l: "Place", x: "Other name" };
    const urlForms = ["articles/$/index.html", "actors/$/index.html", null, "topics/$/index.html"];
    const pageUrl = function (url) {
      if (url.charAt(0) === "/") return url.slice(1).replace(/(^|\/)(?=#|$)/, "$1index.html");
      const form = urlForms[Number(url.charAt(0))];
      const rest = url.slice(1);
      if (form) return form.replace("$", rest);
      const cut = rest.indexOf("/");
      return "actors/by-letter/" + rest.slice(0, cut) + "/index.html#actor-" + rest.slice(cut + 1);
    };
    const docs = [];
    for (let id = 0; id < data.kinds.length; id++) {
      const code = data.kinds.charAt(id);
      const label = actorLabel[code];
      const detail = data.details[id];
      docs.push({ id: id, kind: kindOf[code] || code, title: data.titles[id], body: data.bodies[id], url: pageUrl(data.urls[id]), detail: label ? (detail ? label + " · " + detail : label) : detail });
    }
    index.addAll(docs);
    return async function (query) {
      const results = index.search(query);
      list.textContent = "";
      say(Math.min(results.length, MAX_RESULTS), results.length >= MAX_RESULTS, query);
      for (const result of results.slice(0, MAX_RESULTS)) {
        const detail = document.createElement("p");
        detail.textContent = result.detail;
        addResult(kinds[result.kind] || result.kind, root + result.url, result.title, detail);
      }
    };
  }

  // ------------------------------------------------------------------ Pagefind (over http)
  /** Pagefind's excerpt marks the matched words with <mark>: parsed inert, only text and marks are kept. */
  function excerptOf(html) {
    const p = document.createElement("p");
    const parsed = new DOMParser().parseFromString("<body>" + html, "text/html").body;
    for (const node of parsed.childNodes) {
      if (node.nodeName === "MARK") {
        const mark = document.createElement("mark");
        mark.textContent = node.textContent;
        p.append(mark);
      } else p.append(node.textContent || "");
    }
    return p;
  }

  /** A select for each filter with a reasonable number of values (actors are filtered by ?actor=NAME). */
  const FILTER_LABELS = { source: "Source", topic: "Topic", date: "Month" };
  const MAX_FILTER_VALUES = 500;
  const chosen = {};

  function buildFilters(available, run) {
    const actor = params.get("actor");
    if (actor) chosen.actor = actor;
    for (const name of Object.keys(FILTER_LABELS)) {
      const values = Object.keys(available[name] || {}).sort();
      if (values.length < 2 || values.length > MAX_FILTER_VALUES) continue;
      if (name === "date") values.reverse();
      const label = document.createElement("label");
      label.textContent = FILTER_LABELS[name] + " ";
      const select = document.createElement("select");
      select.name = name;
      select.append(new Option("any", ""));
      for (const value of values) select.append(new Option(value + " (" + available[name][value] + ")", value));
      const given = params.get(name);
      if (given && values.indexOf(given) >= 0) {
        select.value = given;
        chosen[name] = given;
      }
      select.addEventListener("change", function () {
        if (select.value) chosen[name] = select.value;
        else delete chosen[name];
        run(input.value);
      });
      label.append(select);
      filterBox.append(label, " ");
    }
    filterBox.hidden = filterBox.childNodes.length === 0;
  }

  async function fullText() {
    const pagefind = await import(new URL(root + "pagefind/pagefind.js", location.href).href);
    await pagefind.options({ excerptLength: 24 });
    await pagefind.init();
    const run = async function (query) {
      const filtered = Object.keys(chosen).length > 0;
      const search = await pagefind.debouncedSearch(query.trim() || (filtered ? null : query), { filters: chosen }, 150);
      if (search === null) return; // a newer query superseded this one
      const page = await Promise.all(search.results.slice(0, MAX_RESULTS).map(function (r) { return r.data(); }));
      list.textContent = "";
      say(search.results.length, false, query);
      for (const data of page) {
        // urls are from the site's root ("/articles/x/index.html"): made relative, so any path prefix works
        addResult(data.meta.kind || "Page", root + data.url.replace(/^\//, ""), data.meta.title || data.url, excerptOf(data.excerpt));
      }
    };
    try {
      buildFilters(await pagefind.filters(), function (q) { show(q); });
    } catch (e) {
      // filters are a help, not the search: without them every page is searched
    }
    return run;
  }

  // ------------------------------------------------------------------ either way
  function show(query) {
    if (!engine) return;
    if (!query.trim() && Object.keys(chosen).length === 0) {
      list.textContent = "";
      status.textContent = "";
      return;
    }
    engine(query);
  }

  async function start() {
    const served = location.protocol === "http:" || location.protocol === "https:";
    if (served) {
      try {
        engine = await fullText();
        setMode("full-text", "Full-text search: every word of the articles, actor, topic and story pages, with filters by source, topic and month.");
      } catch (e) {
        engine = null;
      }
    }
    if (!engine) {
      engine = await smallIndex();
      setMode("small", served
        ? "This site has no full-text index: searching headlines, actor names (with their other spellings) and topics."
        : "Opened from disk: searching headlines, actor names (with their other spellings) and topics. Serve the site over http (briefing serve) to search every word.");
    }
    const initial = params.get("q") || "";
    input.value = initial;
    show(initial);
  }

  input.addEventListener("input", function () { show(input.value); });
  form.addEventListener("submit", function (event) {
    event.preventDefault();
    history.replaceState(null, "", "?q=" + encodeURIComponent(input.value));
    show(input.value);
  });
  setMode("loading", "Loading search…");
  start().catch(function (e) {
    setMode("none", "Search could not start: " + e.message);
  });
})();
