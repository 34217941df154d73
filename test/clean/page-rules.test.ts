import { describe, expect, it } from "vitest";
import { cleanDocument } from "../../src/clean/index.js";

const clean = (body: string) =>
  cleanDocument({ sourceFile: "x.html", format: "html", body, frontMatter: {} }, { timezone: null }).article;

const para = (topic: string) =>
  `The regional assembly debated the ${topic} for most of Thursday, with members from the coastal districts arguing that the proposal would raise costs for small businesses and farmers alike.`;

describe("page furniture picked up by extractors", () => {
  const body = [
    "Skip to content",
    "Home",
    "Sport",
    "Weather",
    "Ferry fares frozen for another year",
    "MARIA GONZALEZ, Senior Transport Correspondent",
    "Updated Nov 19, 6:55 AM;Posted Nov 19, 6:51 AM",
    para("ferry budget"),
    "DON'T MISS",
    "Island hospital waiting lists grow",
    "Storm warning for the north coast",
    para("island subsidy"),
    "Have a tip? Maria Gonzalez can be reached at maria@example.org.",
    "This post may contain affiliate links.",
  ].join("\n\n");
  const article = clean(body);
  it("removes navigation, controls, undated datelines and the link list inside the body", () => {
    expect(article.title).toBe("Ferry fares frozen for another year");
    expect(article.text).not.toMatch(/Skip to|Weather|Updated|DON'T MISS|waiting lists|Storm warning|Have a tip|affiliate/);
    expect(article.text.split("\n\n")).toEqual([para("ferry budget"), para("island subsidy")]);
    expect(article.date).toBeNull();
  });
  it("reads a byline printed without 'By', in capitals", () => {
    expect(article.author).toBe("Maria Gonzalez");
  });
  it("keeps a table row and a short line that is part of the body", () => {
    const table = clean([para("ferry budget"), "Route | 2023 | 2024", "Island A | 4.50 | 4.50", para("island subsidy")].join("\n\n"));
    expect(table.text).toContain("Island A | 4.50 | 4.50");
  });
});

describe("text written without spaces between words (Japanese, Chinese)", () => {
  const cleanTitled = (body: string[]) =>
    cleanDocument({ sourceFile: "x.html", format: "html", body: body.join("\n\n"), frontMatter: { title: "港の渡し船、運賃を据え置き" } }, { timezone: null }).article;
  const opening = "県の交通局は木曜日、島と本土を結ぶ渡し船の運賃を来年も据え置くと発表した。燃料費は上がり続けているが、住民の負担を増やさないことを優先したという。";
  const closing = "交通局によると、割引を使う住民は昨年より一割ほど増えた。島の商店主たちは、運賃の据え置きで観光客も戻ってくることを期待していると話した。";
  const steps = ["まず窓口で住所を確認する。", "次に割引の申請書を出す。", "最後に新しい定期券を受け取る。"];

  it("reads long lines closed by the ideographic full stop as body paragraphs, so short steps between them stay", () => {
    const article = cleanTitled(["ホーム", "ニュース", "天気", opening, ...steps, closing]);
    expect(article.text.split("\n\n")).toEqual([opening, ...steps, closing]);
    expect(article.removed.map((r) => [r.text, r.rule])).toEqual([["ホーム", "navigation"], ["ニュース", "navigation"], ["天気", "navigation"]]);
  });

  it("keeps short sentences after the last paragraph, but still removes a menu of short labels there", () => {
    expect(cleanTitled([opening, closing, ...steps]).text.split("\n\n")).toEqual([opening, closing, ...steps]);
    const menu = cleanTitled([opening, closing, "会社概要", "お問い合わせ", "利用規約"]);
    expect(menu.text.split("\n\n")).toEqual([opening, closing]);
  });
});
