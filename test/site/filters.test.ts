import { describe, expect, test } from "vitest";
import { countOf, filterText, isCurrentSection, kindLabel, machineDate, readableDate, readableRange, relativeUrl } from "../../src/site/filters.js";
import { pagePath, shorten, slug } from "../../src/site/view.js";

describe("relativeUrl", () => {
  test("links between pages name their file and climb out of the linking page's folder", () => {
    expect(relativeUrl("actors/vela-ortiz/index.html", "/articles/bulletin-7/index.html")).toBe("../../actors/vela-ortiz/index.html");
    expect(relativeUrl("index.html", "/topics/fisheries/index.html")).toBe("../../index.html");
    expect(relativeUrl("actors/index.html", "/index.html")).toBe("actors/index.html");
    expect(relativeUrl("actors/index.html", "/")).toBe("actors/index.html");
  });
  test("directory targets and root-absolute paths become relative paths to index.html", () => {
    expect(relativeUrl("/actors/vela-ortiz/", "/actors/index.html")).toBe("vela-ortiz/index.html");
    expect(relativeUrl("topics/", "/timeline/index.html")).toBe("../topics/index.html");
    expect(relativeUrl("", "/timeline/index.html")).toBe("index.html");
  });
  test("fragments are kept, also on the same page", () => {
    expect(relativeUrl("articles/a1/index.html#when-12", "/articles/a1/index.html")).toBe("index.html#when-12");
    expect(relativeUrl("sources/index.html#source-kestrel-fm", "/articles/a1/index.html")).toBe("../../sources/index.html#source-kestrel-fm");
  });
  test("external addresses are left alone", () => {
    expect(relativeUrl("https://example.org/x", "/index.html")).toBe("https://example.org/x");
    expect(relativeUrl("mailto:desk@example.org", "/a/index.html")).toBe("mailto:desk@example.org");
  });
  test("the same links as when built from arrays (split, sliced, joined), between folders of every depth", () => {
    const split = (path: string) => {
      let clean = path.replace(/^\/+/, "");
      if (clean === "" || clean.endsWith("/")) clean += "index.html";
      const parts = clean.split("/").filter((part) => part !== "" && part !== ".");
      return { file: parts.pop() ?? "index.html", dirs: parts };
    };
    const byArrays = (target: string, from: string) => {
      const hashAt = target.indexOf("#");
      const path = hashAt >= 0 ? target.slice(0, hashAt) : target;
      const to = split(path === "" ? from : path);
      const at = split(from);
      let shared = 0;
      while (shared < at.dirs.length && shared < to.dirs.length && at.dirs[shared] === to.dirs[shared]) shared++;
      return [...at.dirs.slice(shared).map(() => ".."), ...to.dirs.slice(shared), to.file].join("/") + (hashAt >= 0 ? target.slice(hashAt) : "");
    };
    const paths = ["", "/", "index.html", "a/", "a/index.html", "a/b/index.html", "/a/b/", "a/c/index.html", "a/b/c/d.html", "x/y/z/", "./a/./b/", "a//b/index.html#q", "a/b/index.html#when-3"];
    for (const target of paths) for (const from of paths) expect(relativeUrl(target, from), `${target} from ${from}`).toBe(byArrays(target, from));
  });
  test("never produces a root-absolute link or a bare folder", () => {
    for (const target of ["a/b/", "/a/b", "a", "/", "a/b/index.html#x"]) {
      for (const from of ["/", "/index.html", "/x/y/index.html", "/x/index.html"]) {
        const link = relativeUrl(target, from);
        expect(link.startsWith("/")).toBe(false);
        expect(link.split("#")[0]!.endsWith("/")).toBe(false);
        expect(link.split("#")[0]).not.toBe("");
      }
    }
  });
});

describe("dates", () => {
  test("days read as weekday, day, month, year", () => {
    expect(readableDate("2029-02-04")).toBe("Sun 4 Feb 2029");
    expect(readableDate("2029-02-04T07:05")).toBe("Sun 4 Feb 2029, 07:05");
  });
  test("coarser TIMEX3 values read at their precision", () => {
    expect(readableDate("2029-02")).toBe("Feb 2029");
    expect(readableDate("2029")).toBe("2029");
    expect(readableDate("2029-W07")).toBe("week 7 of 2029");
  });
  test("times printed with a zone keep it, ahead of and behind UTC", () => {
    expect(readableDate("2029-02-04T07:05:00+09:00")).toBe("Sun 4 Feb 2029, 07:05 UTC+09:00");
    expect(readableDate("2029-02-03T22:05:00-05:00")).toBe("Sat 3 Feb 2029, 22:05 UTC-05:00");
    expect(readableDate("2029-02-04T07:05:00Z")).toBe("Sun 4 Feb 2029, 07:05 UTC");
  });
  test("TIMEX3 parts of day, weekends, quarters and seasons read in words, with an HTML date for the machine", () => {
    expect(readableDate("2029-02-04TEV")).toBe("Sun 4 Feb 2029, evening");
    expect(machineDate("2029-02-04TEV")).toBe("2029-02-04");
    expect(readableDate("2029-W07-WE")).toBe("weekend of week 7, 2029");
    expect(machineDate("2029-W07-WE")).toBe("2029-W07");
    expect(readableDate("2029-Q3")).toBe("Q3 2029");
    expect(readableDate("2029-WI")).toBe("winter 2029");
    expect(machineDate("2029-WI")).toBe("2029");
  });
  test("unreadable values are shown as given and empty values as nothing", () => {
    expect(readableDate("sometime")).toBe("sometime");
    expect(readableDate(null)).toBe("");
    expect(machineDate("sometime")).toBe("");
  });
  test("machine dates pass valid TIMEX3 values through for <time datetime>", () => {
    for (const v of ["2029-02-04", "2029-02", "2029", "2029-W07", "2029-02-04T07:05"]) expect(machineDate(v)).toBe(v);
  });
  test("ranges collapse when both ends are the same day", () => {
    expect(readableRange(["2029-02-04", "2029-02-04"])).toBe("Sun 4 Feb 2029");
    expect(readableRange(["2029-02-04", "2029-02-06"])).toBe("Sun 4 Feb 2029 – Tue 6 Feb 2029");
    expect(readableRange(null)).toBe("");
  });
});

describe("labels", () => {
  test("counts agree in number", () => {
    expect(countOf(1, "article")).toBe("1 article");
    expect(countOf(0, "article")).toBe("0 articles");
    expect(countOf(1200, "word")).toBe("1,200 words");
    expect(countOf(2, "person", "people")).toBe("2 people");
  });
  test("actor kinds in words", () => {
    expect(kindLabel("organization")).toBe("Organisation");
    expect(kindLabel("person", true)).toBe("People");
  });
  test("filter text joins names, aliases and roles in lower case", () => {
    expect(filterText("Vela  Ortiz", ["V. Ortiz"], null, "Port Warden")).toBe("vela ortiz v. ortiz port warden");
  });
  test("navigation knows which section a page is in", () => {
    expect(isCurrentSection("/actors/x/index.html", "actors/index.html")).toBe(true);
    expect(isCurrentSection("/index.html", "index.html")).toBe(true);
    expect(isCurrentSection("/", "index.html")).toBe(true);
    expect(isCurrentSection("/actors/index.html", "index.html")).toBe(false);
    expect(isCurrentSection("/topics/index.html", "actors/index.html")).toBe(false);
  });
});

describe("page paths", () => {
  test("a briefing url is used when it is a plain relative path", () => {
    expect(pagePath("articles/k9/index.html", "x/index.html")).toBe("articles/k9/index.html");
    expect(pagePath("/articles/k9/", "x/index.html")).toBe("articles/k9/index.html");
    expect(pagePath("articles/k9", "x/index.html")).toBe("articles/k9/index.html");
  });
  test("urls that leave the site fall back", () => {
    expect(pagePath("../../etc/passwd", "x/index.html")).toBe("x/index.html");
    expect(pagePath("javascript:alert(1)", "x/index.html")).toBe("x/index.html");
    expect(pagePath(null, "x/index.html")).toBe("x/index.html");
  });
  test("short labels cut headlines at a word boundary", () => {
    expect(shorten("Ferry fares rise again", 48)).toBe("Ferry fares rise again");
    expect(shorten("Island council, after a long night of talks, agrees ferry timetable", 30)).toBe("Island council, after a long…");
  });
  test("slugs are safe folder names", () => {
    expect(slug("Ñandú Co-op / East")).toBe("nandu-co-op-east");
    expect(slug("../..")).toBe("item");
  });
});
