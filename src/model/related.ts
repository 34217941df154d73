// What the relate stages hand to assemble: shared types, below every stage, so assemble never
// imports relate.
import type { AnalysedArticle, Message } from "../types.js";
import type { BriefingActor, BriefingEvent, BriefingQuote, BriefingTopic } from "./briefing.js";

export interface KeyPoint {
  text: string;
  articles: string[];
}

export interface StoryDraft {
  id: string;
  title: string;
  /** "text": the headline of its most central titled article; "generated": written from its most central article's lead */
  titleSource: "text" | "generated";
  articles: string[];
  keyPoints: KeyPoint[];
}

export interface DatedArticle extends AnalysedArticle {
  dateSource: "text" | "inferred" | null;
  storyId: string;
  /** actor id of each mention (parallel to mentions), null where the mention was dropped */
  mentionActors: (string | null)[];
}

export interface RelatedArticles {
  articles: DatedArticle[];
  actors: BriefingActor[];
  quotes: BriefingQuote[];
  events: BriefingEvent[];
  topics: BriefingTopic[];
  stories: StoryDraft[];
  /** per article, what no other article of its story reported */
  exclusives: Map<string, string[]>;
  messages: Message[];
}
