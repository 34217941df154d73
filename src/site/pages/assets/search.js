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
  const index = window.MiniSearch.loadJS(data.index, data.options);
  const kinds = { article: "Article", actor: "Actor", topic: "Topic", quote: "Quote" };

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
