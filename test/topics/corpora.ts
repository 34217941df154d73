// Generated test corpora for topic discovery: several unrelated subjects, each with its own key
// phrases and people, written out in varied sentences by a seeded generator so every run is the same.
import { analyse } from "../../src/nlp.js";
import { articleTerms } from "../../src/terms.js";
import type { TopicInput } from "../../src/relate/topics.js";
import { extractPhrases, findPhrases } from "../../src/extract/phrases.js";
import { clusterStories } from "../../src/relate/stories.js";
import type { Mention } from "../../src/types.js";

export interface Subject {
  key: string;
  /** phrases that name the subject's threads; each article uses some of them */
  phrases: string[];
  actors: string[];
  /** sentence patterns: {P} a phrase of the subject, {A} an actor, {N} a number, {D} a weekday */
  patterns: string[];
}

export const SUBJECTS: Subject[] = [
  {
    key: "football",
    phrases: ["transfer window", "hamstring injury", "title race", "penalty shootout", "youth academy"],
    actors: ["Marco Ellison", "Dana Whitfield", "Riverside United", "Tobias Renner"],
    patterns: [
      "{A} said the {P} had dominated the week at the training ground.",
      "With the {P} looming, {A} admitted the squad was stretched.",
      "The {P} is the talk of the dressing room, according to {A}.",
      "Supporters packed the stadium on {D} as the {P} took another turn.",
      "{A} played down the {P} after a {N}-minute training session.",
      "Nobody at the club expected the {P} to matter this much, {A} told reporters.",
      "The {P} will decide the season, said {A}, who has coached for {N} years.",
      "Fans chanted about the {P} throughout the second half.",
      "The manager refused to discuss the {P} before the derby.",
      "Scouts have followed the {P} closely since the spring.",
    ],
  },
  {
    key: "chips",
    phrases: ["chip shortage", "quarterly earnings", "share buyback", "supply chain", "factory expansion"],
    actors: ["Norvex Semiconductors", "Priya Anand", "Halden Capital", "Oskar Lindqvist"],
    patterns: [
      "{A} said the {P} would weigh on margins for another {N} months.",
      "Investors questioned {A} about the {P} on a call on {D}.",
      "The {P} was the focus of the annual meeting, where {A} spoke for {N} minutes.",
      "Analysts at {A} expect the {P} to lift revenue next year.",
      "Shares rose {N} percent after the company addressed the {P}.",
      "The board approved the {P} despite objections from {A}.",
      "Rivals are watching the {P} closely, {A} wrote in a note to clients.",
      "The {P} dominated trading in the sector on {D}.",
      "Executives described the {P} as the hardest test in a decade.",
      "A filing on {D} gave new details of the {P}.",
    ],
  },
  {
    key: "health",
    phrases: ["measles outbreak", "vaccination campaign", "hospital admissions", "booster clinics", "school nurses"],
    actors: ["Hannah Osei", "Northfield Health Trust", "Samuel Achterberg", "Ruth Kaminski"],
    patterns: [
      "{A} warned that the {P} could spread to neighbouring districts within {N} days.",
      "Doctors said the {P} was stretching wards across the region.",
      "The {P} has reached {N} towns, according to {A}.",
      "Parents queued on {D} as the {P} gathered pace.",
      "{A} urged families to take the {P} seriously.",
      "Figures published on {D} showed the {P} was still growing.",
      "Epidemiologists described the {P} as the worst in {N} years.",
      "The {P} prompted an emergency meeting of the council, {A} said.",
      "Clinics extended their hours because of the {P}.",
      "Local radio carried appeals about the {P} every hour.",
    ],
  },
  {
    key: "floods",
    phrases: ["flash floods", "evacuation orders", "river levels", "storm damage", "sandbag barriers"],
    actors: ["Lakeshore County", "Tom Brandt", "Elena Vasquez", "Corvin Water Authority"],
    patterns: [
      "{A} said the {P} had cut off {N} villages overnight.",
      "Residents watched the {P} from rooftops on {D}.",
      "The {P} forced the closure of the main bridge, {A} confirmed.",
      "Forecasters expect the {P} to worsen before {D}.",
      "Emergency crews worked through the night as the {P} spread.",
      "The {P} is the worst the valley has seen in {N} years, said {A}.",
      "Insurers are already counting the cost of the {P}.",
      "{A} asked volunteers to help with the {P} along the river.",
      "Photographs of the {P} circulated widely online.",
      "The army was called in to deal with the {P}.",
    ],
  },
  {
    key: "schools",
    phrases: ["teacher strike", "pay offer", "school closures", "exam timetable", "classroom sizes"],
    actors: ["National Teachers Union", "Grace Molina", "Ivo Petrakis", "Westbrook Education Board"],
    patterns: [
      "{A} said the {P} left parents scrambling for childcare.",
      "The {P} was rejected by {N} percent of members, according to {A}.",
      "Negotiators met on {D} to discuss the {P}.",
      "{A} described the {P} as an insult to the profession.",
      "Pupils face disruption as the {P} drags into its {N}th day.",
      "Head teachers wrote to {A} about the {P}.",
      "The {P} has divided opinion in staff rooms across the district.",
      "Ministers insisted the {P} was the best the budget allowed.",
      "Parents protested outside the town hall over the {P} on {D}.",
      "The {P} will be debated at the union conference.",
    ],
  },
];

const WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"];

/** A small deterministic generator (mulberry32). */
export function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pick<T>(random: () => number, list: readonly T[]): T {
  return list[Math.floor(random() * list.length)]!;
}

export interface GeneratedArticle {
  id: string;
  subject: string;
  text: string;
  /** the subject phrases the article was written about */
  phrases: string[];
}

/** One article on a subject: a few of its threads, each taken up in several sentences. */
export function writeArticle(subject: Subject, id: string, random: () => number, sentences = 9): GeneratedArticle {
  const threads = [...subject.phrases].sort(() => random() - 0.5).slice(0, 2 + Math.floor(random() * 2));
  const used: string[] = [];
  const paragraphs: string[] = [];
  let paragraph: string[] = [];
  const patterns = [...subject.patterns].sort(() => random() - 0.5);
  for (let i = 0; i < sentences; i++) {
    const phrase = threads[i % threads.length]!;
    used.push(phrase);
    const sentence = patterns[i % patterns.length]!
      .replace("{P}", phrase)
      .replace("{A}", pick(random, subject.actors))
      .replace("{N}", String(2 + Math.floor(random() * 40)))
      .replace("{D}", pick(random, WEEKDAYS));
    paragraph.push(sentence.charAt(0).toUpperCase() + sentence.slice(1));
    if (paragraph.length === 2 || i === sentences - 1) {
      paragraphs.push(paragraph.join(" "));
      paragraph = [];
    }
  }
  return { id, subject: subject.key, text: paragraphs.join("\n\n"), phrases: [...new Set(used)] };
}

/** Mentions of the subject's actors, found where the generator put them. */
export function mentionsIn(text: string, actors: readonly string[]): Mention[] {
  const analysis = analyse(text);
  const mentions: Mention[] = [];
  for (const name of actors) {
    let at = text.indexOf(name);
    while (at >= 0) {
      const sentence = analysis.sentences.findIndex((s) => at >= s.start && at < s.end);
      mentions.push({ start: at, end: at + name.length, text: name, kind: "person", confidence: 1, sentence: Math.max(0, sentence) });
      at = text.indexOf(name, at + name.length);
    }
  }
  return mentions.sort((a, b) => a.start - b.start);
}

export function actorId(name: string): string {
  return name.toLowerCase().replace(/[^a-z]+/g, "-");
}

/** What the pipeline would hand to discoverTopics for these articles. */
/** Topic inputs as the pipeline gives them: story ids from the pipeline's own story clustering. */
export function topicInputs(articles: GeneratedArticle[]): TopicInput[] {
  const allActors = SUBJECTS.flatMap((s) => s.actors);
  const analysed = articles.map((article) => {
    const analysis = analyse(article.text);
    const mentions = mentionsIn(article.text, allActors);
    return { article, analysis, mentions };
  });
  const stories = clusterStories(
    analysed.map(({ article, analysis, mentions }) => ({
      id: article.id,
      title: null,
      text: article.text,
      analysis,
      terms: articleTerms(analysis),
      actors: [...new Set(mentions.map((m) => actorId(m.text)))],
    })),
  );
  const storyOf = new Map<string, string>();
  for (const story of stories) for (const id of story.articles) storyOf.set(id, story.id);
  return analysed.map(({ article, analysis, mentions }) => {
    return {
      id: article.id,
      storyId: storyOf.get(article.id)!,
      text: article.text,
      analysis,
      terms: articleTerms(analysis),
      phrases: extractPhrases(article.text, analysis, mentions),
      occurrences: findPhrases(article.text, analysis, mentions),
      mentions: mentions.map((m) => ({ start: m.start, end: m.end, actor: actorId(m.text) })),
    };
  });
}

export function corpus(subjectKeys: string[], perSubject: number, seed: number, sentences = 9): GeneratedArticle[] {
  const random = seeded(seed);
  const out: GeneratedArticle[] = [];
  for (const key of subjectKeys) {
    const subject = SUBJECTS.find((s) => s.key === key)!;
    for (let i = 0; i < perSubject; i++) out.push(writeArticle(subject, `${key}-${i + 1}`, random, sentences));
  }
  return out;
}
