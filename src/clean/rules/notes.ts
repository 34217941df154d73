// Editor's notes, updates and corrections: kept apart from the body, as notes for the reader.
import type { Rule } from "./types.js";

const EDITORS_NOTE = /^\(?(?:editor['’`]?s['’`]?|editors['’`]?|ed\.?)\s+note\s*(?:\([^)]*\))?\s*[:—–-]\s*(.+?)\)?$/i;
const LABELLED_NOTE = /^(?:update|updated|correction|clarification|note to readers|programming note)\s*(?:\([^)]*\)|\d{1,2}[:.]\d{2}[^:]*)?\s*[:—–-]\s*(.+)$/i;
const DEVELOPING =
  /^(?:this (?:is a )?(?:developing|breaking) (?:story|news)|this (?:story|article|report) (?:is developing|has been updated|will be updated|is being updated|was updated)|(?:this is )?a developing story)\b[^"“”]{0,200}$/i;

export const editorsNote: Rule = (unit) => {
  const note = EDITORS_NOTE.exec(unit.text);
  if (note) return { action: "note", reason: "editor's note", rule: "editors-note", keep: (note[1] ?? "").trim() };
  if (unit.text.length > 400) return null;
  const labelled = LABELLED_NOTE.exec(unit.text);
  // "Updated 5:02 a.m. ET March 3" is a dateline (handled before this rule); a note has a sentence.
  if (labelled && /\s/.test((labelled[1] ?? "").trim())) {
    return { action: "note", reason: "editor's note", rule: "editors-note", keep: unit.text };
  }
  if (DEVELOPING.test(unit.text)) return { action: "note", reason: "editor's note", rule: "editors-note", keep: unit.text };
  return null;
};
