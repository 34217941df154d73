import { describe, expect, it } from "vitest";
import { cleanDocument } from "../../src/clean/index.js";
import type { RawDocument } from "../../src/types.js";

const doc = (body: string, extra: Partial<RawDocument> = {}): RawDocument => ({
  sourceFile: "feed/story.txt",
  format: "text",
  body,
  frontMatter: {},
  ...extra,
});
const clean = (body: string, timezone: string | null = null, extra: Partial<RawDocument> = {}) =>
  cleanDocument(doc(body, extra), { timezone }).article;

const wireStory = [
  "Nigeria's central bank raises rates to record high",
  "By Chinedu Okafor and Maria Santos | Reuters | Updated 5:02 a.m. ET March 3, 2024",
  "ABUJA, March 3 (Reuters) - Nigeria's central bank raised its benchmark interest rate by 400 basis points on Tuesday, its biggest increase in decades, as it battles inflation running at a 28-year high.",
  "Advertisement",
  "The bank's governor told reporters the decision was unanimous and that the committee stood ready to act again if price pressures did not ease in the coming months.",
  "Read more: Naira slides to new low against the dollar",
  "Analysts had expected a smaller rise. Advertisement revenue, newsletter subscriptions and other income at local banks have fallen by a third since the currency was floated, according to the industry body.",
  "Reporting by Chinedu Okafor in Abuja; Editing by Peter Graff",
  "© 2024 Reuters. All rights reserved.",
].join("\n\n");

describe("wire story", () => {
  const article = clean(wireStory);
  it("reads the headline, byline, date with its zone and the outlet", () => {
    expect(article.title).toBe("Nigeria's central bank raises rates to record high");
    expect(article.author).toBe("Chinedu Okafor and Maria Santos");
    expect(article.date).toBe("2024-03-03");
    expect(article.dateTime).toBe("2024-03-03T05:02:00-05:00");
    expect(article.dateEvidence).toBe("byline");
    expect(article.publisher).toBe("Reuters");
  });
  it("removes boilerplate lines and records why", () => {
    for (const gone of ["Advertisement\n", "Read more:", "Reporting by", "All rights reserved", "Updated 5:02"]) {
      expect(article.text).not.toContain(gone);
    }
    const reasons = article.removed.map((r) => r.reason);
    expect(reasons).toEqual(
      expect.arrayContaining(["byline", "advertisement", "link to another article", "wire and reporting credits", "copyright notice"]),
    );
  });
  it("keeps paragraphs that merely mention promo words", () => {
    expect(article.text).toContain("Advertisement revenue, newsletter subscriptions and other income");
    expect(article.text.startsWith("ABUJA, March 3 (Reuters)")).toBe(true);
  });
  it("points every block at its text", () => {
    const parts = article.text.split("\n\n");
    expect(article.blocks).toHaveLength(parts.length);
    article.blocks.forEach((b, i) => expect(article.text.slice(b.start, b.end)).toBe(parts[i]));
  });
});

const featureStory = [
  "World",
  "Farmers’ protests spread across France as talks stall",
  "Tractor convoys blocked motorways around Lyon for a third day while ministers promised new help.",
  "Published 14 February 2024, 09:12 GMT",
  "4 min read",
  "Share this article",
  "Farmers block the A7 motorway near Lyon on Wednesday. Photograph: Jean Dupont/AFP/Getty Images",
  "Hundreds of farmers drove tractors onto the ring road around Lyon on Wednesday, the third day of protests over fuel taxes and cheap imports that have spread from the south-west to the Rhône valley.",
  "Sign up for our daily newsletter to get the morning’s top stories in your inbox.",
  "What the farmers want",
  "The main union, which represents about 200,000 farms, says it wants the fuel tax rise scrapped and faster payment of European subsidies that some members have waited more than a year to receive.",
  "“We are not going home until we see it in writing,” said Hélène Moreau, who grows wheat near Valence.",
  "Most read",
  "Ten things to do in Paris this spring",
  "Why the Alps are running out of snow",
].join("\n\n");

describe("feature story", () => {
  const article = clean(featureStory, "Europe/Paris");
  it("takes the section label, headline and the paragraph the standfirst is cut from", () => {
    expect(article.section).toBe("World");
    expect(article.title).toBe("Farmers’ protests spread across France as talks stall");
    const opening = article.opening!;
    expect(article.text.slice(opening.start, opening.end).startsWith("Tractor convoys blocked motorways around Lyon for a third day while ministers promised new help.")).toBe(true);
    expect(article.text.startsWith("Tractor convoys")).toBe(true);
  });
  it("reads the published line with its printed zone", () => {
    expect(article.date).toBe("2024-02-14");
    expect(article.dateTime).toBe("2024-02-14T09:12:00Z");
  });
  it("keeps the caption apart and finds the subheading", () => {
    expect(article.captions).toEqual(["Farmers block the A7 motorway near Lyon on Wednesday. Photograph: Jean Dupont/AFP/Getty Images"]);
    const subheadings = article.blocks.filter((b) => b.kind === "subheading").map((b) => article.text.slice(b.start, b.end));
    expect(subheadings).toEqual(["What the farmers want"]);
  });
  it("drops the promo, share line and the most-read list but keeps the quote", () => {
    expect(article.text).not.toMatch(/Sign up|Share this|Most read|Ten things|snow/);
    expect(article.text).toContain("“We are not going home until we see it in writing,” said Hélène Moreau");
    expect(article.author).toBeNull();
    expect(article.publisher).toBeNull();
  });
});

describe("blog post with comments and author bio", () => {
  const body = [
    "Council approves new cycle lanes for the city centre",
    "Written by: Tomasz Nowak",
    "The city council voted 31 to 12 on Thursday evening to build protected cycle lanes on four main roads, a plan that shopkeepers had opposed for months because it removes parking spaces.",
    "Opponents said they would consider a legal challenge. Supporters pointed to a survey showing most residents back the scheme, which will be paid for largely by a national transport grant.",
    "This article was originally published on The Local Ledger.",
    "Tomasz Nowak is a freelance reporter covering transport and housing in northern Poland.",
    "3 Comments",
    "Ewa K. says: Finally! I have been waiting for this for years.",
    "Marek says: What about the parking?",
  ].join("\n\n");
  const article = clean(body);
  it("reads the author and the original source, and removes the comment thread", () => {
    expect(article.author).toBe("Tomasz Nowak");
    expect(article.originalSource).toBe("The Local Ledger");
    expect(article.text).not.toMatch(/Comments|Ewa K\.|parking\?|freelance reporter/);
    expect(article.text).toContain("national transport grant.");
  });
  it("prints no date, so none is claimed", () => {
    expect(article.date).toBeNull();
    expect(article.dateTime).toBeNull();
  });
});

describe("header lines and titles", () => {
  it("cuts a header line glued to the first sentence and claims no printed title", () => {
    const article = clean("Published: 2023-11-02 Heavy rain flooded parts of Valencia on Wednesday, forcing hundreds of residents to leave their homes as rivers burst their banks.\n\nEmergency services said no one had been hurt.");
    expect(article.title).toBeNull();
    expect(article.date).toBe("2023-11-02");
    expect(article.dateEvidence).toBe("header line");
    expect(article.text.startsWith("Heavy rain flooded")).toBe(true);
    expect(article.removed[0]).toMatchObject({ text: "Published: 2023-11-02", reason: "header line" });
  });
  it("reads a time without a printed zone in the publisher's zone, or as local time", () => {
    const body = "Ferry strike ends after two weeks\n\nBy Anna Lindqvist, January 9, 2024 at 14:30\n\nThe ferry workers' union in Stockholm agreed a new contract late on Tuesday night, ending a strike that had stranded thousands of island residents during the coldest week of the winter.";
    expect(clean(body, "Europe/Stockholm").dateTime).toBe("2024-01-09T14:30:00+01:00");
    expect(clean(body).dateTime).toBe("2024-01-09T14:30:00");
    expect(clean(body).author).toBe("Anna Lindqvist");
  });
  it("does not take a sentence that starts with 'By' for a byline", () => {
    const body = "By Monday, the river had risen above the level of the 1997 flood and the army was called in to help build barriers around the old town, officials said.\n\nResidents were told to stay indoors.";
    const article = clean(body);
    expect(article.author).toBeNull();
    expect(article.text.startsWith("By Monday, the river")).toBe(true);
  });
  it("lets front matter win and removes a repeated headline", () => {
    const article = clean("# Port strike ends\n\nDock workers in Antwerp returned to work on Friday after a deal on overtime pay that the union called a clear victory for its members.", null, {
      format: "markdown",
      frontMatter: { title: "Port strike ends", date: "2024-05-10T08:00:00+02:00", publisher: "Harbour Times", author: "Lotte Peeters" },
    });
    expect(article.title).toBe("Port strike ends");
    expect(article.text.startsWith("Dock workers")).toBe(true);
    expect(article.date).toBe("2024-05-10");
    expect(article.dateTime).toBe("2024-05-10T08:00:00+02:00");
    expect(article.dateEvidence).toBe("front matter");
    expect(article.publisher).toBe("Harbour Times");
    expect(article.author).toBe("Lotte Peeters");
  });
});

describe("notes, captions and promos", () => {
  const body = [
    "Editor’s Note: An earlier version of this story misstated the number of delegates.",
    "Delegates from 40 countries gathered in Nairobi on Monday for a week of talks on plastic pollution, the fourth round of negotiations on a global treaty that is meant to be agreed by the end of the year.",
    "A worker sorts plastic waste at a recycling site outside Nairobi. (Photo by Brian Otieno/Getty Images)",
    "Support for a cap on plastic production has grown among African and European states, while oil-producing countries want the treaty to focus on waste and recycling instead.",
    "Listen to this article",
    "Support our journalism. Become a member today.",
    "Follow us on Instagram and Telegram",
    "Update: The talks were extended by one day on Sunday, organisers said.",
  ].join("\n");
  const article = clean(body);
  it("keeps notes and captions apart from the body", () => {
    expect(article.notes).toContain("An earlier version of this story misstated the number of delegates.");
    expect(article.notes).toContain("Update: The talks were extended by one day on Sunday, organisers said.");
    expect(article.captions).toEqual(["A worker sorts plastic waste at a recycling site outside Nairobi. (Photo by Brian Otieno/Getty Images)"]);
  });
  it("removes promos but not a paragraph that starts like one", () => {
    expect(article.text).toContain("Support for a cap on plastic production");
    expect(article.text).not.toMatch(/Listen to this|Support our journalism|Follow us/);
    expect(article.title).toBeNull();
  });
});

describe("a promotion's outlet and its length", () => {
  const lead = "Delegates from 40 countries gathered in Nairobi on Monday for a week of talks on plastic pollution, the fourth round of negotiations on a global treaty.";
  it("takes the outlet a removed promo names as the publisher", () => {
    const article = clean([lead, "Sign up for The Coastal Ledger's weekly newsletter here."].join("\n\n"));
    expect(article.text).not.toContain("newsletter");
    expect(article.publisher).toBe("The Coastal Ledger");
  });
  it("keeps a unit of more than three sentences that opens like a promo", () => {
    const long = "Sign up for our newsletter here. It comes out weekly. Readers like it. Editors write it.";
    const article = clean([lead, long].join("\n\n"));
    expect(article.text).toContain(long);
    expect(article.publisher).toBeNull();
  });
});

describe("long input", () => {
  it("cleans a transcript of 200,000 short lines without overflowing the call stack", () => {
    const lines = Array.from({ length: 200_000 }, (_, i) => `Speaker ${i % 7} said the council would review item ${i}.`);
    const article = clean(`Council meeting transcript\n\n${lines.join("\n")}`);
    expect(article.text).toContain("item 199999");
  }, 60_000);
});
