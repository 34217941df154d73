// Progressive enhancement: a filter box above long lists. Without JavaScript the box stays hidden
// and every item is listed, so nothing depends on this file to be read.
for (const box of document.querySelectorAll("[data-filter-for]")) {
  const list = document.getElementById(box.getAttribute("data-filter-for"));
  const input = box.querySelector("input");
  const status = box.querySelector(".filter-status");
  if (!list || !input) continue;
  const items = Array.from(list.querySelectorAll("[data-filter-text]"));
  const groups = Array.from(list.querySelectorAll("[data-filter-group]"));
  box.hidden = false;
  const apply = () => {
    const words = input.value.toLowerCase().split(/\s+/).filter(Boolean);
    let shown = 0;
    for (const item of items) {
      const text = item.getAttribute("data-filter-text") || "";
      const match = words.every((word) => text.includes(word));
      item.hidden = !match;
      if (match) shown++;
    }
    for (const group of groups) group.hidden = !group.querySelector("[data-filter-text]:not([hidden])");
    if (status) status.textContent = shown + " of " + items.length + " shown";
  };
  input.addEventListener("input", apply);
  apply();
}
