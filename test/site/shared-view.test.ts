// A shared view (context.ts) shows its fields as they are and serialises, for a page's hash, as the
// digest of them: the same fields the same digest, any field changed (in a view inside it too) another.
import { describe, expect, test } from "vitest";
import { sharedView } from "../../src/site/shared-view.js";

const ref = (title: string) => sharedView({ id: "a1", title, path: "articles/a1/index.html" });

describe("shared views", () => {
  test("keep their fields, and nothing else, as a plain object would", () => {
    const view = ref("Harbour strike");
    expect(view).toEqual({ id: "a1", title: "Harbour strike", path: "articles/a1/index.html" });
    expect(Object.keys(view)).toEqual(["id", "title", "path"]);
  });

  test("serialise as a digest of their fields: equal views alike, a changed field (even in a view inside) not", () => {
    const page = (title: string) => JSON.stringify({ path: "x/index.html", refs: [ref(title)], event: sharedView({ id: "e1", sources: [{ article: ref(title) }] }) });
    expect(page("Harbour strike")).toBe(page("Harbour strike"));
    expect(page("Harbour strike")).not.toBe(page("Harbour strike!"));
    expect(page("Harbour strike")).not.toContain("Harbour strike");
    const [a, b] = [sharedView({ id: "e1", sources: [{ article: ref("one") }] }), sharedView({ id: "e1", sources: [{ article: ref("two") }] })];
    expect(JSON.stringify(a)).not.toBe(JSON.stringify(b));
  });
});
