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
