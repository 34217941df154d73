// Where everything lives on the site, decided once from the model so that briefing.json's urls and the
// rendered pages agree: which stories lead the front page, which actors get a page of their own, and
// how the long indexes (actors by letter, sources) are split into pages. Pure functions, no I/O.
import type { BriefingActor, BriefingArticle, BriefingSource, BriefingStory } from "./briefing.js";

/** Stories on the front page; the rest are on the paginated stories index. */
export const FRONT_PAGE_STORIES = 20;
/** Actor chips a story shows as its key players. */
export const KEY_PLAYERS_PER_STORY = 8;
/** An actor named in this many articles has a page of its own. */
export const MIN_ARTICLES_FOR_OWN_PAGE = 2;
/** Actors listed on one page of a letter of the actors index. */
export const ACTORS_PER_LETTER_PAGE = 400;
/** Outlets listed on one page of the sources index. */
export const SOURCES_PER_PAGE = 50;

// Story importance: more outlets and articles, more recent, more recurring actors. Outlets weigh most
// because independent confirmation is what makes a story; logarithms keep one huge story from
// drowning the rest; recency halves in value every RECENCY_HALF_LIFE_DAYS behind the latest article.
const SOURCE_WEIGHT = 3;
const ARTICLE_WEIGHT = 2;
const RECENCY_WEIGHT = 2;
const ACTOR_WEIGHT = 0.5;
const RECENCY_HALF_LIFE_DAYS = 30;
const DAY_MS = 86_400_000;

/** A safe folder or anchor name for an id that comes from data. */
export function slug(id: string): string {
  const cleaned = id
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9_-]+/g, "-")
    .replace(/^-+|-+$/g, "");
  return cleaned === "" ? "item" : cleaned;
}

/**
 * Page `n` (from 1) of a list whose first page is `folder/index.html`. Later pages sit under
 * `folder/pages/n/`, a folder no slug of an id can produce a page file in.
 */
export function pagedPath(folder: string, n: number): string {
  return n <= 1 ? `${folder}/index.html` : `${folder}/pages/${n}/index.html`;
}

export function chunk<T>(items: readonly T[], size: number): T[][] {
  const chunks: T[][] = [];
  for (let i = 0; i < items.length; i += size) chunks.push(items.slice(i, i + size));
  return chunks;
}

export const actorPagePath = (id: string) => `actors/${slug(id)}/index.html`;
export const actorAnchor = (id: string) => `actor-${slug(id)}`;
export const sourceAnchor = (id: string) => `source-${slug(id)}`;

/** The letter of the actors index an actor is listed under: A–Z, or "#" for anything else. */
export function actorLetter(name: string): string {
  const first = name.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").trim().charAt(0).toUpperCase();
  return /^[A-Z]$/.test(first) ? first : "#";
}

export const letterFolder = (letter: string) => `actors/by-letter/${letter === "#" ? "other" : letter.toLowerCase()}`;

export const byName = (a: { name: string; id: string }, b: { name: string; id: string }) =>
  a.name.localeCompare(b.name, "en") || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

export interface LetterPage {
  path: string;
  actors: BriefingActor[];
}

export interface LetterIndex {
  letter: string;
  folder: string;
  pages: LetterPage[];
  actors: BriefingActor[];
}

export interface SourcePage {
  path: string;
  sources: BriefingSource[];
}

export interface SiteLayout {
  /** every story, most important first */
  storyOrder: BriefingStory[];
  /** the key players of each story, by actor weight */
  keyPlayers: Map<string, string[]>;
  /** actors with a page of their own */
  ownPage: Set<string>;
  /** where each actor's link goes: its page, or its entry in the actors index */
  actorUrl: Map<string, string>;
  letters: LetterIndex[];
  sourcePages: SourcePage[];
  /** where each source's link goes: its entry on a page of the sources index */
  sourceUrl: Map<string, string>;
}

export interface LayoutInput {
  articles: readonly BriefingArticle[];
  actors: readonly BriefingActor[];
  stories: readonly BriefingStory[];
  sources: readonly BriefingSource[];
}

export function siteLayout(input: LayoutInput): SiteLayout {
  const storyOrder = rankStories(input);
  const weight = new Map(input.actors.map((a) => [a.id, a.weight]));
  const keyPlayers = new Map(storyOrder.map((story) => [story.id, playersOf(story, weight)]));
  const ownPage = actorsWithOwnPage(input.actors, storyOrder.slice(0, FRONT_PAGE_STORIES), keyPlayers);
  const letters = letterIndexes(input.actors);
  const actorUrl = new Map<string, string>();
  for (const letter of letters) {
    for (const page of letter.pages) {
      for (const actor of page.actors) {
        actorUrl.set(actor.id, ownPage.has(actor.id) ? actorPagePath(actor.id) : `${page.path}#${actorAnchor(actor.id)}`);
      }
    }
  }
  const sourcePages = chunk(input.sources, SOURCES_PER_PAGE).map((sources, i) => ({ path: pagedPath("sources", i + 1), sources }));
  const sourceUrl = new Map<string, string>();
  for (const page of sourcePages) for (const source of page.sources) sourceUrl.set(source.id, `${page.path}#${sourceAnchor(source.id)}`);
  return { storyOrder, keyPlayers, ownPage, actorUrl, letters, sourcePages, sourceUrl };
}

function playersOf(story: BriefingStory, weight: ReadonlyMap<string, number>): string[] {
  return story.actors
    .filter((id) => weight.has(id))
    .sort((a, b) => weight.get(b)! - weight.get(a)!)
    .slice(0, KEY_PLAYERS_PER_STORY);
}

/** Actors who matter: named in two or more articles, a key player of a front-page story, or touched by the editor. */
function actorsWithOwnPage(
  actors: readonly BriefingActor[],
  frontStories: readonly BriefingStory[],
  keyPlayers: ReadonlyMap<string, string[]>,
): Set<string> {
  const own = new Set<string>();
  for (const actor of actors) {
    if (actor.articles.length >= MIN_ARTICLES_FOR_OWN_PAGE || (actor.edited?.length ?? 0) > 0) own.add(actor.id);
  }
  for (const story of frontStories) for (const id of keyPlayers.get(story.id) ?? []) own.add(id);
  return own;
}

function letterIndexes(actors: readonly BriefingActor[]): LetterIndex[] {
  const byLetter = new Map<string, BriefingActor[]>();
  for (const actor of actors) {
    const letter = actorLetter(actor.name);
    const list = byLetter.get(letter);
    if (list) list.push(actor);
    else byLetter.set(letter, [actor]);
  }
  return [...byLetter.entries()]
    .sort(([a], [b]) => (a === "#" ? 1 : b === "#" ? -1 : a < b ? -1 : 1))
    .map(([letter, list]) => {
      const sorted = [...list].sort(byName);
      const folder = letterFolder(letter);
      const pages = chunk(sorted, ACTORS_PER_LETTER_PAGE).map((page, i) => ({ path: pagedPath(folder, i + 1), actors: page }));
      return { letter, folder, pages, actors: sorted };
    });
}

/** Every story, most important first (see the weights above); ties by id so the order is stable. */
export function rankStories(input: LayoutInput): BriefingStory[] {
  const articleById = new Map(input.articles.map((a) => [a.id, a]));
  const sourceOf = new Map<string, string>();
  for (const source of input.sources) for (const id of source.articles) sourceOf.set(id, source.id);
  const recurring = new Set(input.actors.filter((a) => a.articles.length >= MIN_ARTICLES_FOR_OWN_PAGE).map((a) => a.id));
  const latest = latestDate(input.articles);
  const score = new Map<string, number>();
  for (const story of input.stories) {
    const outlets = new Set(story.articles.map((id) => sourceOf.get(id) ?? id)).size;
    const lastDate = story.dateRange?.[1] ?? null;
    const daysBehind = latest !== null && lastDate !== null ? Math.max(0, (latest - Date.parse(lastDate)) / DAY_MS) : null;
    const recency = daysBehind === null || Number.isNaN(daysBehind) ? 0 : 0.5 ** (daysBehind / RECENCY_HALF_LIFE_DAYS);
    const actors = story.actors.filter((id) => recurring.has(id)).length;
    score.set(
      story.id,
      SOURCE_WEIGHT * Math.log2(1 + outlets) +
        ARTICLE_WEIGHT * Math.log2(1 + story.articles.filter((id) => articleById.has(id)).length) +
        RECENCY_WEIGHT * recency +
        ACTOR_WEIGHT * Math.log2(1 + actors),
    );
  }
  return [...input.stories].sort((a, b) => score.get(b.id)! - score.get(a.id)! || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

function latestDate(articles: readonly BriefingArticle[]): number | null {
  let latest: number | null = null;
  for (const article of articles) {
    const time = article.date ? Date.parse(article.date) : NaN;
    if (!Number.isNaN(time) && (latest === null || time > latest)) latest = time;
  }
  return latest;
}
