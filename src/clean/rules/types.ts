// The shapes shared by the cleaning rules. Rules look at one unit (a line or paragraph of the raw
// body) with its neighbours and propose what it is; the cleaner in ../index.ts decides and applies.
import type { PrintedDate } from "../../dates/printed.js";

export interface Unit {
  /** whitespace-normalised text of the line or paragraph */
  text: string;
  /** markdown heading level (1–6) when the source marked it as a heading */
  heading: number | null;
  /** markdown image alt text, when the unit is a lone image */
  image: boolean;
}

/** What a unit tells about the article besides its own text. */
export interface Facts {
  title?: string;
  author?: string;
  publisher?: string;
  section?: string;
  originalSource?: string;
  date?: PrintedDate;
}

export type ProposalAction = "remove" | "caption" | "note";

export interface Proposal {
  action: ProposalAction;
  /** plain words for the reader of "what the build removed" */
  reason: string;
  rule: string;
  /** the text to keep as a note or caption, when it differs from the unit (a label cut off) */
  keep?: string;
  facts?: Facts;
  /** everything after this unit is part of the same trailer (comment form, related links) */
  removeRest?: boolean;
  /** the next unit belongs with this one (an author bio after its "About NAME" heading) */
  removeNext?: { reason: string; rule: string; count?: number };
}

export interface RuleContext {
  units: readonly Unit[];
  index: number;
  /** index of the first and last units that read as body paragraphs (-1 when none) */
  firstBody: number;
  lastBody: number;
  /** share of the body's characters that come before this unit, 0..1 */
  position: number;
  timezone: string | null;
}

export type Rule = (unit: Unit, context: RuleContext) => Proposal | null;
