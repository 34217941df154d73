// A small hand-made Briefing for the site tests: a harbour strike covered by two outlets, one plain-text
// article carrying hostile markup, one markdown article, quotes, dated events and a duplicate.
import type { Briefing, BriefingArticle } from "../../src/model/briefing.js";
import { blocksFromText } from "../../src/site/markdown/article-html.js";

export function find(text: string, phrase: string, occurrence = 0): { start: number; end: number } {
  let at = -1;
  for (let i = 0; i <= occurrence; i++) {
    at = text.indexOf(phrase, at + 1);
    if (at < 0) throw new Error(`fixture: "${phrase}" not found`);
  }
  return { start: at, end: at + phrase.length };
}

export const TRIBUNE_TEXT = [
  "Harbour Commissioner Marisol Okonkwo-Reyes said on Tuesday that the Dockworkers Guild would return to the quays.",
  "The commissioner told reporters: \"Nobody at Port Calder wants this to last another week.\" Okonkwo-Reyes then left.",
  "A reader comment read <script>alert(1)</script> and [x](javascript:alert(1)) and *bold* # hash.",
  "Mayor Tobias Lindqvist met Guild leaders on Monday at the Calder Exchange.",
].join("\n\n");

export const RADIO_TEXT = [
  "## Night shift",
  "",
  "Tobias Lindqvist, the mayor, spoke on air. The Dockworkers Guild said talks resume on 14 October.",
  "",
  "Listeners asked about [the fund](javascript:alert(2)) and <img src=x onerror=alert(3)>.",
  "",
  "Pay talks follow *next* week.",
].join("\n");

function article(partial: Partial<BriefingArticle> & Pick<BriefingArticle, "id" | "text" | "sourceFile" | "title">): BriefingArticle {
  return {
    url: `articles/${partial.id}/index.html`,
    format: /\.md$/.test(partial.sourceFile) ? "markdown" : "text",
    titleSource: "text",
    date: null,
    dateSource: null,
    dateEvidence: null,
    dateTime: null,
    publisher: null,
    author: null,
    section: null,
    originalUrl: null,
    originalSource: null,
    standfirst: null,
    blocks: blocksFromText(partial.text),
    captions: [],
    notes: [],
    removed: [],
    wordCount: partial.text.split(/\s+/).length,
    readingMinutes: 1,
    actors: [],
    topics: [],
    storyId: "strike",
    exclusive: [],
    ...partial,
  };
}

export function makeBriefing(): Briefing {
  const tribune = article({
    id: "calder-tribune-strike",
    sourceFile: "tribune/strike.txt",
    title: "Guild to end harbour strike <b>soon</b>",
    date: "2031-10-08",
    dateSource: "text",
    dateEvidence: "header line",
    publisher: "The Calder Tribune",
    author: "Ines Varga",
    text: TRIBUNE_TEXT,
    captions: ["Cranes idle at the north quay."],
    notes: ["This story has been updated."],
    removed: [
      { text: "Subscribe to the Tribune morning note", reason: "newsletter promo", rule: "promo" },
      { text: "By Ines Varga", reason: "byline", rule: "byline" },
    ],
    actors: ["marisol-okonkwo-reyes", "dockworkers-guild", "port-calder", "tobias-lindqvist", "calder-exchange"],
    topics: ["harbour-strike"],
  });
  const radio = article({
    id: "harbourline-night",
    sourceFile: "radio/night.md",
    title: "Mayor speaks on air",
    date: "2031-10-09",
    dateSource: "inferred",
    dateEvidence: "from the file's folder name",
    publisher: "Harbourline Radio",
    text: RADIO_TEXT,
    actors: ["tobias-lindqvist", "dockworkers-guild"],
    topics: ["harbour-strike"],
  });

  const t = TRIBUNE_TEXT;
  const quote = find(t, "\"Nobody at Port Calder wants this to last another week.\"");
  const tuesday = find(t, "on Tuesday");
  const monday = find(t, "on Monday");
  const october = find(RADIO_TEXT, "on 14 October");
  // a date phrase that markdown emphasis splits: its wording is in no single text token
  const nextWeek = find(RADIO_TEXT, "*next* week");

  return {
    title: "Port Calder harbour strike",
    generatedFrom: "content",
    dateRange: ["2031-10-06", "2031-10-14"],
    articles: [tribune, radio],
    actors: [
      {
        id: "marisol-okonkwo-reyes",
        name: "Marisol Okonkwo-Reyes",
        kind: "person",
        aliases: ["Okonkwo-Reyes"],
        spellings: [],
        url: "actors/marisol-okonkwo-reyes/index.html",
        articles: [tribune.id],
        roles: [{ role: "Harbour Commissioner", article: tribune.id, sentence: t.slice(0, t.indexOf("\n")) }],
        mentions: [
          { article: tribune.id, ...find(t, "Marisol Okonkwo-Reyes"), sentence: "" },
          { article: tribune.id, ...find(t, "Okonkwo-Reyes", 1), sentence: "" },
        ],
        mentionCount: 2,
        weight: 5,
        coActors: [{ actor: "dockworkers-guild", count: 1 }],
        firstSeen: "2031-10-08",
        lastSeen: "2031-10-08",
        description: null,
        wikidata: null,
        edited: [],
      },
      {
        id: "dockworkers-guild",
        name: "Dockworkers Guild",
        kind: "organization",
        aliases: ["Guild"],
        spellings: [],
        url: "actors/dockworkers-guild/index.html",
        articles: [tribune.id, radio.id],
        roles: [],
        mentions: [
          { article: tribune.id, ...find(t, "Dockworkers Guild"), sentence: "" },
          // a shorter name inside a longer one: the longer mention must win
          { article: tribune.id, ...find(t, "Guild"), sentence: "" },
          { article: radio.id, ...find(RADIO_TEXT, "Dockworkers Guild"), sentence: "The Dockworkers Guild said talks resume on 14 October." },
        ],
        mentionCount: 3,
        weight: 4,
        coActors: [{ actor: "marisol-okonkwo-reyes", count: 1 }, { actor: "tobias-lindqvist", count: 2 }],
        firstSeen: "2031-10-08",
        lastSeen: "2031-10-09",
        description: null,
        wikidata: null,
        edited: [],
      },
      {
        id: "port-calder",
        name: "Port Calder",
        kind: "place",
        aliases: [],
        spellings: [],
        url: "actors/port-calder/index.html",
        articles: [tribune.id],
        roles: [],
        // inside the quote: the link must sit inside the highlight
        mentions: [{ article: tribune.id, ...find(t, "Port Calder"), sentence: "" }],
        mentionCount: 1,
        weight: 1,
        coActors: [],
        firstSeen: null,
        lastSeen: null,
        description: null,
        wikidata: null,
        edited: [],
      },
      {
        id: "tobias-lindqvist",
        name: "Tobias Lindqvist",
        kind: "person",
        aliases: [],
        spellings: [],
        url: "actors/tobias-lindqvist/index.html",
        articles: [tribune.id, radio.id],
        roles: [
          { role: "Mayor", article: tribune.id, sentence: "Mayor Tobias Lindqvist met Guild leaders on Monday at the Calder Exchange." },
          { role: "mayor", article: radio.id, sentence: "Tobias Lindqvist, the mayor, spoke on air." },
        ],
        mentions: [
          { article: tribune.id, ...find(t, "Tobias Lindqvist"), sentence: "Mayor Tobias Lindqvist met Guild leaders on Monday at the Calder Exchange." },
          { article: radio.id, ...find(RADIO_TEXT, "Tobias Lindqvist"), sentence: "Tobias Lindqvist, the mayor, spoke on air." },
        ],
        mentionCount: 2,
        weight: 3,
        coActors: [{ actor: "dockworkers-guild", count: 2 }],
        firstSeen: "2031-10-08",
        lastSeen: "2031-10-09",
        description: null,
        wikidata: null,
        edited: [],
      },
      {
        // named in one article and no key player: listed in the actors index, no page of its own
        id: "calder-exchange",
        name: "Calder Exchange",
        kind: "place",
        aliases: [],
        spellings: [],
        url: "actors/by-letter/c/index.html#actor-calder-exchange",
        articles: [tribune.id],
        roles: [],
        mentions: [{ article: tribune.id, ...find(t, "Calder Exchange"), sentence: "Mayor Tobias Lindqvist met Guild leaders on Monday at the Calder Exchange." }],
        mentionCount: 1,
        weight: 0.5,
        coActors: [],
        firstSeen: "2031-10-08",
        lastSeen: "2031-10-08",
        description: null,
        wikidata: null,
        edited: [],
      },
    ],
    topics: [
      {
        id: "harbour-strike",
        name: "Harbour strike",
        url: "topics/harbour-strike/index.html",
        description: "The stoppage at the quays",
        articles: [tribune.id, radio.id],
        phrases: ["strike", "quays"],
        actors: ["dockworkers-guild", "marisol-okonkwo-reyes"],
        weight: 2,
        parent: null,
        related: [],
        sentences: [{ article: tribune.id, text: t.slice(0, t.indexOf("\n")) }],
      },
    ],
    quotes: [
      {
        id: "q-nobody",
        text: "Nobody at Port Calder wants this to last another week.",
        speaker: "marisol-okonkwo-reyes",
        articles: [tribune.id],
        spans: [{ article: tribune.id, ...quote }],
        partial: false,
        cue: "told reporters",
      },
    ],
    dateMentions: [
      { article: tribune.id, text: "on Tuesday", ...tuesday, value: "2031-10-07", precision: "day", reference: "2031-10-08", rule: "weekday before publication" },
      { article: tribune.id, text: "on Monday", ...monday, value: "2031-10-06", precision: "day", reference: "2031-10-08", rule: "weekday before publication" },
      { article: radio.id, text: "on 14 October", ...october, value: "2031-10-14", precision: "day", reference: "2031-10-09", rule: "absolute" },
      { article: radio.id, text: "*next* week", ...nextWeek, value: "2031-W42", precision: "week", reference: "2031-10-09", rule: "week after publication" },
    ],
    events: [
      {
        id: "e-return",
        date: "2031-10-07",
        text: "The commissioner said the Guild would return to the quays.",
        articles: [tribune.id],
        sources: [{ article: tribune.id, sentence: "said on Tuesday", phrase: "on Tuesday", value: "2031-10-07" }],
        actors: ["marisol-okonkwo-reyes", "dockworkers-guild"],
        conflict: null,
      },
      {
        id: "e-talks",
        date: "2031-10-14",
        text: "Talks resume.",
        articles: [radio.id],
        sources: [{ article: radio.id, sentence: "talks resume on 14 October", phrase: "on 14 October", value: "2031-10-14" }],
        actors: ["dockworkers-guild"],
        conflict: null,
      },
      {
        id: "e-pay",
        date: "2031-W42",
        text: "Pay talks follow.",
        articles: [radio.id],
        sources: [{ article: radio.id, sentence: "Pay talks follow next week.", phrase: "*next* week", value: "2031-W42" }],
        actors: [],
        conflict: "Radio says next week; nobody else says.",
      },
    ],
    stories: [
      {
        id: "strike",
        title: "Dockworkers Guild set to end Port Calder strike",
        articles: [tribune.id, radio.id],
        keyPoints: [
          { text: "The Guild will return to the quays, the commissioner says.", articles: [tribune.id] },
          { text: "Talks resume on 14 October.", articles: [radio.id, tribune.id] },
        ],
        actors: ["marisol-okonkwo-reyes", "dockworkers-guild", "tobias-lindqvist", "port-calder"],
        topics: ["harbour-strike"],
        dateRange: ["2031-10-08", "2031-10-09"],
      },
    ],
    duplicates: [{ file: "tribune/strike-copy.txt", of: tribune.id, kind: "identical" }],
    sources: [
      { id: "the-calder-tribune", name: "The Calder Tribune", url: "sources/index.html#the-calder-tribune", articles: [tribune.id] },
      { id: "harbourline-radio", name: "Harbourline Radio", url: "sources/index.html#harbourline-radio", articles: [radio.id] },
    ],
  };
}

/** The same briefing with nothing but one bare article: no quotes, topics, events or stories. */
export function makeSparseBriefing(): Briefing {
  const full = makeBriefing();
  const only = { ...full.articles[0]!, topics: [], actors: [], storyId: "" };
  return {
    ...full,
    title: "Sparse",
    dateRange: null,
    articles: [only],
    actors: [],
    topics: [],
    quotes: [],
    dateMentions: [],
    events: [],
    stories: [],
    duplicates: [],
    sources: [],
  };
}

/**
 * A generated briefing of `stories` stories, large enough to split every index: the first story is told by
 * three outlets, every other by one; each article has its own outlet and one person no other article names,
 * all share the Harbour Union; two events a story in October 2031 (more than a timeline page holds) and one
 * in November.
 */
export function makeScaledBriefing(stories: number): Briefing {
  const base = makeBriefing();
  const articles: BriefingArticle[] = [];
  const actors: Briefing["actors"] = [];
  const union: Briefing["actors"][number] = {
    ...base.actors[1]!, id: "harbour-union", name: "Harbour Union", aliases: [], url: "actors/harbour-union/index.html",
    articles: [], mentions: [], roles: [], coActors: [], weight: 100, mentionCount: 0,
  };
  const storyList: Briefing["stories"] = [];
  const events: Briefing["events"] = [];
  for (let i = 0; i < stories; i++) {
    const storyId = `story-${String(i).padStart(3, "0")}`;
    const members: string[] = [];
    for (let j = 0; j < (i === 0 ? 3 : 1); j++) {
      const id = `a-${i}-${j}`;
      const person = `Person ${i}-${j}`;
      const text = `Harbour Union met ${person} on Monday.`;
      const day = String(1 + (i % 28)).padStart(2, "0");
      articles.push(article({ id, sourceFile: `gen/${id}.txt`, title: `Report ${i}-${j}`, text, date: `2031-10-${day}`, dateSource: "text",
        publisher: `Outlet ${i}-${j}`, actors: ["harbour-union", `person-${i}-${j}`], topics: [], storyId }));
      union.articles.push(id);
      union.mentions.push({ article: id, ...find(text, "Harbour Union"), sentence: text });
      actors.push({ ...base.actors[2]!, id: `person-${i}-${j}`, name: person, kind: "person", url: "", articles: [id],
        mentions: [{ article: id, ...find(text, person), sentence: text }], weight: 1, coActors: [] });
      members.push(id);
    }
    storyList.push({ id: storyId, title: `Story ${i}: the harbour`, articles: members, keyPoints: [{ text: `Point of story ${i}.`, articles: [members[0]!] }],
      actors: ["harbour-union", ...members.map((m) => `person-${m.slice(2)}`)], topics: [], dateRange: ["2031-10-01", "2031-10-28"] });
    for (let k = 0; k < 2; k++) {
      events.push({ id: `e-${i}-${k}`, date: `2031-10-${String(1 + ((i + k) % 28)).padStart(2, "0")}`, text: `Event ${k} of story ${i}.`,
        articles: [members[0]!], sources: [], actors: ["harbour-union"], conflict: null });
    }
  }
  events.push({ id: "e-november", date: "2031-11-02", text: "Talks end.", articles: ["a-0-0"], sources: [], actors: [], conflict: null });
  union.mentionCount = union.mentions.length;
  return {
    ...base,
    title: "Harbour at scale",
    dateRange: ["2031-10-01", "2031-10-28"],
    articles,
    actors: [union, ...actors],
    topics: [],
    quotes: [],
    dateMentions: [],
    events,
    stories: storyList,
    duplicates: [],
    sources: articles.map((a) => ({ id: slugOf(a.publisher!), name: a.publisher!, url: "", articles: [a.id] })),
  };
}

const slugOf = (name: string) => name.toLowerCase().replace(/[^a-z0-9]+/g, "-");
