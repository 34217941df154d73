// The search page: queries the MiniSearch index that assets/search-index.js carries. Results are
// built with DOM calls (textContent), never from HTML strings: article text is untrusted.
(function () {
  const data = window.BRIEFING_SEARCH;
  const form = document.querySelector("[data-search-root]");
  if (!data || !form || !window.MiniSearch) return;
  const root = form.getAttribute("data-search-root") || "";
  const input = form.querySelector("input");
  const status = document.querySelector(".search-status");
  const list = document.querySelector(".search-results");
  // the index is built here from the short documents the file carries (smaller than a prebuilt index)
  const index = new window.MiniSearch(data.options);
  // rows name kinds by one letter and pages without their "index.html" (src/site/search.ts)
  const kindOf = { a: "article", p: "actor", t: "topic" };
  const pageUrl = function (url) { return url.replace(/(^|\/)(?=#|$)/, "$1index.html"); };
  index.addAll(data.rows.map(function (row, id) {
    return { id: id, kind: kindOf[row[0]] || row[0], title: row[1], body: row[2], url: pageUrl(row[3]), detail: row[4] };
  }));
  const kinds = { article: "Article", actor: "Actor", topic: "Topic" };

  function show(query) {
    list.textContent = "";
    if (!query.trim()) {
      status.textContent = "";
      return;
    }
    const results = index.search(query).slice(0, 50);
    status.textContent = results.length === 0 ? "Nothing found for “" + query + "”." : results.length + (results.length === 50 ? "+" : "") + " found for “" + query + "”.";
    for (const result of results) {
      const item = document.createElement("li");
      const link = document.createElement("a");
      link.href = root + result.url;
      link.textContent = result.title;
      const kind = document.createElement("span");
      kind.className = "kind";
      kind.textContent = kinds[result.kind] || result.kind;
      const detail = document.createElement("p");
      detail.className = "meta";
      detail.textContent = result.detail;
      item.append(kind, " ", link, detail);
      list.append(item);
    }
  }

  const initial = new URLSearchParams(location.search).get("q") || "";
  input.value = initial;
  show(initial);
  input.addEventListener("input", () => show(input.value));
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    history.replaceState(null, "", "?q=" + encodeURIComponent(input.value));
    show(input.value);
  });
})();
