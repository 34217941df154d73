// Names of people, organisations and places in an article. Candidates are runs of capitalised words
// (wink-nlp's part-of-speech tags decide at the start of a sentence); each run is split into the
// title printed before a name and the name itself, then typed by the evidence around it: titles,
// speech verbs, honorifics, head nouns of organisations and places, given-name and place gazetteers.
// Evidence is pooled per document, so "Okafor" is a person because "Chidi Okafor" was one, and
// headlines printed in capitals or title case are read through the casing the body uses.
import { UNTYPED_CONFIDENCE, type ActorKind, type Mention } from "../types.js";
import { analyse, type Analysis, type Token } from "../nlp.js";
import {
  GENERATIONAL_SUFFIXES,
  FIRM_ONLY_ENDINGS,
  FUNCTION_POS,
  HONORIFICS,
  NAME_PARTICLES,
  NOT_NAMES,
  ORG_HEADS,
  ORG_NOUNS,
  ORG_TAILS,
  PLACE_HEADS,
  PLACE_HEADS_OF,
  PLACE_NOUNS,
  PLACE_PEOPLE_NOUNS,
  PLACE_TAILS,
  ROLE_MODIFIERS,
  THING_NOUNS,
  SPEECH_VERBS,
  TITLE_ABBREVIATIONS,
  TITLE_HEADS,
  lexicon,
} from "../data/lexicon.js";
import { KIND_POOLING, scoreFeatures, type KindFeatureName } from "./kind-evidence.js";

/** A common English word, or the plural of one ("sciences"). */
function isCommonWord(lower: string): boolean {
  const common = lexicon().commonWords;
  return common.has(lower) || (lower.endsWith("s") && common.has(lower.slice(0, -1)));
}

/** A word as the extractor sees it: wink tokens, with hyphenated compounds ("al-Aiban") joined. */
interface Word {
  text: string;
  lower: string;
  start: number;
  end: number;
  pos: string;
  /** starts with a capital letter */
  cap: boolean;
  /** contains a letter */
  lettered: boolean;
  /** the parts of a hyphenated compound */
  parts: string[];
  sentence: number;
  /** first word of its sentence, or right after an opening quote, colon or dash */
  initial: boolean;
}

interface Candidate {
  words: Word[];
  /** index of the first name word in the sentence's word list */
  first: number;
  last: number;
  role: string | undefined;
  roleIsTitle: boolean;
  honorific: boolean;
  /** read from a line in capitals or title case: its words count as names only with evidence */
  caseless: boolean;
  scores: Record<ActorKind, number>;
  /** the part of the scores that the name's own words give, the same on every mention of it */
  nameScores: Record<ActorKind, number>;
  /** the features of KIND_EVIDENCE that fired on it, which its scores add up */
  features: KindFeatureName[];
  /** the whole-name text lower-cased, for pooling evidence across the article */
  key: string;
  /** a possessive-title organisation such as "the President's Office" */
  forcedKind?: ActorKind;
  /** printed right after "the": a team, a body or a thing, seldom a person ("the Red Sox") */
  afterArticle?: boolean;
}

const KINDS = ["person", "organization", "place", "other"] as const;
const LETTER = /\p{L}/u;
const INITIAL = /^\p{Lu}\.$/u;
const CAPITAL = /^\p{Lu}/u;
const OPENERS = new Set(["“", '"', "‘", "'", "(", "[", ":", "—", "–", "-", "«"]);
const POSSESSIVE = new Set(["'s", "’s", "'", "’"]);
const ARTICLES = new Set(["the", "a", "an"]);
/** Words for a street that end a street's name ("Harbour Street") and are no name alone. */
const STREET_WORDS = new Set(["street", "avenue", "road", "lane", "boulevard", "square", "highway", "drive", "terrace"]);

/**
 * A capitalised word of three letters or more with no vowel, written in lower case after its capital
 * ("Shr", "Mths", "Qtr", "Dlrs"): a wire table's shorthand for a common noun, no name. Acronyms are
 * written in capitals ("NHS") and names of that length carry a vowel or a y ("Nguyen", "Llwyd").
 */
export function isShorthand(word: string): boolean {
  return /^\p{Lu}\p{Ll}{2,}\.?$/u.test(word) && !/[aeiouyàáâäèéêëìíîïòóôöùúûüýÿ]/i.test(word);
}
/** Body words that are an organisation alone, without a name before them ("Parliament voted"). */
const LONE_BODIES = new Set(["parliament", "congress", "senate", "cabinet", "government"]);
const OPENING_QUOTES = new Set(["“", '"', "‘", "«"]);
const CLOSING_QUOTES = new Set(["”", '"', "’", "»"]);
const PLACE_PREPOSITIONS = new Set(["in", "at", "near", "from", "to", "across", "outside", "inside", "into", "towards", "toward"]);
/** Nouns for a message, after which "to" names who received it ("a statement to X"). */
const ADDRESS_NOUNS = new Set(["statement", "interview", "letter", "email", "message", "remarks", "comments", "told", "confirmed"]);
/** The prepositions of place that people are seldom the object of ("a letter to Okafor", but not "in Okafor"). */
const PLACE_PREPOSITIONS_STRONG = new Set(["in", "near", "outside", "inside", "across", "throughout"]);
// The letter and capital tests run on every word of every article; ASCII text, by far the most of it,
// is answered by character codes, anything else by the Unicode patterns.
function hasLetter(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 128) return LETTER.test(text);
    const folded = c | 32;
    if (folded >= 97 && folded <= 122) return true;
  }
  return false;
}

function startsCapital(text: string): boolean {
  const c = text.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return CAPITAL.test(text);
}

const OF_HEADS = new Set([...ORG_HEADS, ...TITLE_HEADS, "republic", "kingdom", "gulf", "sea", "bay", "isle", "state", "states", "secretary", "sea", "strait", "cape", "duke", "prince", "emirate", "city", "bank"]);

/** The small words inside a name of a body: "Bank of England", "Council for Trade", "Commission on Human Rights", "Douglas & Lomason". */
const CONNECTORS = new Set(["of", "&", "for", "on"]);
/** A connector of a body's name, or "and", left at the end of a name with the space before it: " and", " of", " &". */
const TRAILING_CONNECTOR = new RegExp(`\\s+(?:${[...CONNECTORS, "and"].join("|")})$`);
/** Bodies that sit on a subject, the only heads "on" carries a name on after ("Commission on …"; not "Bank on Highway 9"). */
const ON_HEADS = new Set(["commission", "committee", "subcommittee", "council", "conference", "panel", "forum"]);

/**
 * Whether "head connector after" carries on one name. "of" after a head noun of a body or a title
 * ("Bank of England", "News Agency of Nigeria"); "for" and "on" only after a body's head noun and before
 * a common word ("Organisation for Security", "Commission on Presidential Debates"), so the subject of
 * a report is no part of it ("the Senate on Obama's nominee"). A lone body word before "of" is a
 * description of the place that follows ("the Government of India").
 */
function connectsName(head: Word, connector: Word, after: Word): boolean {
  const bodyHead = isBodyHead(head);
  if (connector.lower === "of" || connector.text === "&") return OF_HEADS.has(head.lower) || bodyHead;
  if (connector.lower === "on" && !ON_HEADS.has(head.lower)) return false;
  return bodyHead && isPlainWord(after);
}

/** A common English word that is neither a known place nor a given name: a word a body's name may carry ("Security", "Exchange"). */
function isPlainWord(w: Word): boolean {
  const lex = lexicon();
  return isCommonWord(w.lower) && !lex.places.has(w.text) && !lex.firstNames.has(w.text);
}

/** Words on each side of "and" a body's name may have ("Food and Drug Administration", "Energy and Natural Resources Committee"). */
const AND_BODY_SIDE = 3;

/**
 * Where a body's name that runs on over "and" ends, or -1: every word on both sides a common word and
 * none a place or given name, the right side ending in a body's head noun ("Securities and Exchange
 * Commission"). A name on either side keeps the two apart ("Britain and the Trade Commission", "Lena
 * Varga and Harbour Board"), and so do a left side that names a body and a right side with no head
 * ("Senate and House", "Sales and Marketing Director").
 */
function bodyAcrossAnd(words: Word[], first: number, last: number): number {
  const plain = (w: Word | undefined) => w !== undefined && isPlainWord(w);
  if (last - first >= AND_BODY_SIDE) return -1;
  // a body named just before "and" is a second body ("the Senate and House"), and a word after "of"
  // ends a name of its own ("Defenders of Wildlife and Center for …")
  if (ORG_HEADS.has(words[last]!.lower) || LONE_BODIES.has(words[last]!.lower) || CONNECTORS.has(words[first - 1]?.lower ?? "")) return -1;
  for (let k = first; k <= last; k++) if (!plain(words[k]) || !words[k]!.cap) return -1;
  for (let k = last + 2; k <= last + 1 + AND_BODY_SIDE; k++) {
    const word = words[k];
    if (!word || !plain(word) || !word.cap || !word.lettered) return -1;
    // a head noun of a body ("Commission", "Board"), not a word that only ends firms' names ("Steel", "Medical")
    if (ORG_HEADS.has(word.lower) && isBodyHead(word)) return k;
  }
  return -1;
}

/** A firm's legal form, after which "of" gives where the firm is ("Kia Motor Corp of South Korea"), no longer name. */
const LEGAL_FORMS = new Set(["co", "co.", "corp", "corp.", "corporation", "inc", "inc.", "ltd", "ltd.", "llc", "plc", "limited", "sa", "ag", "nv", "bv", "gmbh", "bhd", "spa", "ab"]);

/** Words that after "and" end a firm's name: "Smith and Co", "Dombey and Sons", "Price and Partners" (legal forms may follow). */
const FIRM_PARTNER_WORDS = new Set(["co", "co.", "company", "sons", "partners", "associates", "brothers"]);
/** Legal forms (of LEGAL_FORMS) that are never a name on their own: what is left of a firm's name cut short ("… and Co", "Corp said"). */
const BARE_LEGAL_FORMS = new Set(["co", "co.", "corp", "corp.", "corporation", "inc", "inc.", "ltd", "ltd.", "llc", "plc", "limited"]);

/**
 * Where a firm's name that runs on over "and" ends, or -1: the words from `from` are a capitalised
 * partner word ("Co", "Sons") and legal forms only ("Merrill Lynch and Co Inc"). Another name after
 * "and" ("Apple and Google Inc", "Smith and Jones") is a second name.
 */
function firmTailAfterAnd(words: Word[], from: number): number {
  const first = words[from];
  if (!first || !first.cap || !FIRM_PARTNER_WORDS.has(first.lower)) return -1;
  let end = from;
  while (words[end + 1]?.cap && LEGAL_FORMS.has(words[end + 1]!.lower)) end++;
  return end;
}

/** Words after a possessive that a firm's name may run to before its legal form ("Moody's Investors Service Inc"). */
const POSSESSIVE_FIRM_WORDS = 4;

/**
 * Where a firm's name that holds a possessive ends, or -1: after "'s" come capitalised words ending
 * in a legal form ("Moody's Investors Service Inc"). A place's or people's possessive is who owns the
 * firm, not its name ("Britain's Harlan Foods Plc"), and so is a person's ("Reagan's ... Corp" is rare,
 * but a given name before it says person: "Tom Moody's Farm Ltd" stays apart).
 */
function firmAfterPossessive(words: Word[], first: number, last: number, isName: (w: Word) => boolean): number {
  const lex = lexicon();
  const owner = joinWords(words, first, last);
  if (lex.places.has(owner) || lex.demonyms.has(owner) || words.slice(first, last + 1).some((w) => lex.firstNames.has(w.text) || lex.places.has(w.text))) return -1;
  for (let k = last + 2; k <= last + 1 + POSSESSIVE_FIRM_WORDS; k++) {
    const w = words[k];
    if (!w || !isName(w)) return -1;
    if (LEGAL_FORMS.has(w.lower) && k > last + 2) return k;
  }
  return -1;
}

/** Last words of institutions named for their building, which are also surnames ("White House", "Carnegie Hall"). */
const BUILDING_TAILS = new Set(["house", "hall"]);

/** A head noun of a body that a name can carry on after ("Organisation" for …, "Agency" of …): no lone body word, no legal form. */
const isBodyHead = (w: Word) => (ORG_HEADS.has(w.lower) || ORG_TAILS.has(w.lower)) && !LONE_BODIES.has(w.lower) && !LEGAL_FORMS.has(w.lower);

function toWords(text: string, tokens: Token[], first: number, end: number): Word[] {
  const out: Word[] = [];
  for (let t = first; t < end; t++) {
    const token = tokens[t]!;
    // editorial brackets ("[Angela] Merkel") are not part of what was said or who said it
    if (token.text === "[" || token.text === "]") continue;
    let stop = t;
    // "al-Sadr", "Jean-Claude", "France-Germany": join when the hyphen touches both sides
    while (
      stop + 2 < end &&
      (tokens[stop + 1]!.text === "-" || tokens[stop + 1]!.text === "–") &&
      tokens[stop + 1]!.start === tokens[stop]!.end &&
      tokens[stop + 2]!.start === tokens[stop + 1]!.end &&
      LETTER.test(tokens[stop + 2]!.text)
    )
      stop += 2;
    const parts = [token.text];
    for (let p = t + 2; p <= stop; p += 2) parts.push(tokens[p]!.text);
    // a token's text is the text between its offsets (see nlp.ts), so a lone token's is reused
    const wordText = stop === t ? token.text : text.slice(token.start, tokens[stop]!.end);
    const previous = out[out.length - 1];
    const lastPart = parts[parts.length - 1]!;
    out.push({
      text: wordText,
      lower: wordText.toLowerCase(),
      start: token.start,
      end: tokens[stop]!.end,
      pos: parts.length > 1 ? "PROPN" : token.pos,
      // "Ohio-based" is not a name, "al-Aiban" is
      cap: lastPart.length > 0 && startsCapital(lastPart),
      lettered: hasLetter(wordText),
      parts,
      sentence: token.sentence,
      initial: previous === undefined || OPENERS.has(previous.text),
    });
    t = stop;
  }
  return out;
}

const isAllCaps = (w: Word): boolean => {
  const text = w.text;
  // printable ASCII: no lower-case letter and at least two letters
  let letters = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 32 || c >= 128) return text === text.toUpperCase() && text !== w.lower && /\p{L}.*\p{L}/u.test(text);
    if (c >= 97 && c <= 122) return false;
    if (c >= 65 && c <= 90) letters++;
  }
  return letters >= 2;
};

/** A line in capitals: capitals there say nothing about names. */
function isShouted(words: Word[]): boolean {
  const lettered = words.filter((w) => w.lettered);
  if (lettered.length < 2) return false;
  // (a capital letter alone, "W D L PCT GB", counts as written in capitals)
  const caps = lettered.filter((w) => isAllCaps(w) || /^\p{Lu}$/u.test(w.text)).length;
  // a line all in capitals, however short its words ("W L PCT GB"), is a header, not a run of names
  return caps / lettered.length >= 0.6 && (caps === lettered.length || lettered.some((w) => w.text.replace(/\P{L}/gu, "").length > 3));
}

/** A headline in title case: most long words capitalised, and at least two of them words the body prints in lower case. */
function isTitleCase(words: Word[], casing: Map<string, CaseEvidence>): boolean {
  const long = words.filter((w) => w.text.replace(/\P{L}/gu, "").length >= 4);
  if (long.length < 3 || long.filter((w) => w.cap).length / long.length < 0.85) return false;
  return long.filter((w) => w.cap && !w.initial && (casing.get(w.lower)?.lower ?? 0) > 0).length >= 2;
}

interface CaseEvidence {
  capital: number;
  lower: number;
}

/**
 * The names in a text. `headline`: the article's printed headline, kept apart from its text: the people
 * it names in full lend their kind to their bare surnames in the text ("Lohan" under a headline on
 * "Lindsay Lohan"), though its names are no mentions of the text.
 */
export function extractMentions(text: string, analysis: Analysis, headline?: string): Mention[] {
  const { candidates, casing } = scoredCandidates(text, analysis);
  const mentions = decide(candidates, casing, headline ? headlinePeople(headline) : []);
  // a title split off after "and" ("Secretary of State Ana Ruiz and Commerce Secretary …") leaves the
  // connector on the name before it: the name is the words before it
  for (const m of mentions) {
    const cut = TRAILING_CONNECTOR.exec(m.text);
    if (!cut || !/\s/.test(m.text.slice(0, cut.index))) continue;
    // the span is cut on the printed text (its spaces may differ from the name's), only where both agree
    const printed = TRAILING_CONNECTOR.exec(text.slice(m.start, m.end));
    if (printed) {
      m.end = m.start + printed.index;
      m.text = m.text.slice(0, cut.index);
    }
  }
  // a one-letter name closing its sentence ("… on X.") took the full stop for an initial's
  for (const m of mentions) {
    if (/^\p{Lu}\.$/u.test(m.text) && analysis.sentences[m.sentence]?.end === m.end) {
      m.text = m.text.slice(0, -1);
      m.end -= 1;
    }
  }
  return mentions;
}

/** The people a headline names in full, each with its score as a person. */
function headlinePeople(headline: string): { surname: string; score: number }[] {
  const out: { surname: string; score: number }[] = [];
  for (const m of extractMentions(headline, analyse(headline))) {
    const words = m.text.split(" ");
    if (m.kind !== "person" || words.length < 2) continue;
    const score = (m.confidence - KIND_POOLING.confidenceBase) * KIND_POOLING.confidencePerScore;
    // a headline in title case runs the next word into the name ("Ana Ruiz Resigns"): the surname is
    // the last word after the first that is no common English word, or else the last
    const common = lexicon().commonWords;
    const surname = words.slice(1).reverse().find((w) => !common.has(w.toLowerCase())) ?? words[words.length - 1]!;
    if (score >= KIND_POOLING.surnameMinScore) out.push({ surname: normaliseKey(surname), score });
  }
  return out;
}

/** Each candidate name in the text with the features of KIND_EVIDENCE that fired on it, before pooling: what tests and error analysis read. */
export function kindEvidence(text: string, analysis: Analysis): { text: string; features: KindFeatureName[] }[] {
  return scoredCandidates(text, analysis).candidates.map((c) => ({ text: textOf(c.words), features: c.features }));
}

function scoredCandidates(text: string, analysis: Analysis): { candidates: Candidate[]; casing: Map<string, CaseEvidence> } {
  const lex = lexicon();
  const sentences = analysis.sentences.map((s) => toWords(text, analysis.tokens, s.firstToken, s.endToken));
  const shouted = sentences.map(isShouted);

  // how the body writes each word: capitalised mid-sentence, or in lower case
  const casing = new Map<string, CaseEvidence>();
  sentences.forEach((words, s) => {
    if (shouted[s]) return;
    for (const w of words) {
      if (!w.lettered) continue;
      const e = casing.get(w.lower) ?? { capital: 0, lower: 0 };
      if (w.text === w.lower) e.lower++;
      else if (!w.initial && w.cap) e.capital++;
      casing.set(w.lower, e);
    }
  });
  const caseless = sentences.map((words, s) => shouted[s]! || isTitleCase(words, casing));
  // capitals in a title-case headline are no evidence of a name either
  sentences.forEach((words, s) => {
    if (!caseless[s] || shouted[s]) return;
    for (const w of words) if (w.cap && !w.initial) casing.get(w.lower)!.capital--;
  });

  const knownPlaceWords = sentences.map((words, s) => multiWordPlaceWords(words, caseless[s]!));

  const inGazetteer = (w: Word) =>
    lex.places.has(w.text) || lex.firstNames.has(w.text) || lex.demonyms.has(w.text) || lex.personWords.has(w.text);

  const isNameWord = (w: Word, s: number): boolean => {
    if (knownPlaceWords[s]!.has(w)) return true;
    if (!w.cap || !w.lettered || NOT_NAMES.has(w.lower) || isDateWord(w)) return false;
    if (w.text.length === 1) return false;
    if (INITIAL.test(w.text)) return true;
    if (caseless[s]) {
      const e = casing.get(w.lower);
      if (e && e.capital > e.lower) return true;
      if (e && e.lower > 0) return false;
      if (FUNCTION_POS.has(w.pos)) return false;
      const title = w.text[0] + w.lower.slice(1);
      return lex.placesLower.has(w.lower) || lex.firstNames.has(title) || lex.demonyms.has(title) || TITLE_HEADS.has(w.lower);
    }
    // ‘Catching Fire’, "Million Dollar Mermaid,": the opening word of a name that alone fills a pair of
    // quotation marks (a work's title) is the name's, however the tagger reads it or the body writes it
    if (w.initial && opensQuotedName(w, sentences[s]!, (x) => isNameWord(x, s))) return true;
    if (FUNCTION_POS.has(w.pos) && !(w.pos === "PRON" && isAllCaps(w)) && !isGivenNameBeforeName(w, sentences[s]!)) return false;
    if (w.initial) {
      if (lex.places.has(w.text)) return true;
      // "Traders said", "Sales rose": a plural opening a sentence is a common noun unless known as a name
      if (/\p{Ll}s$/u.test(w.text) && !lex.personWords.has(w.text) && !lex.firstNames.has(w.text)) {
        const words = sentences[s]!;
        const next = words[words.indexOf(w) + 1];
        const e = casing.get(w.lower);
        // still a name when the body capitalises it mid-sentence, or a score follows it ("Saracens 10")
        if (!next?.cap && !(e && e.capital > e.lower) && !(next && isScore(next))) return false;
      }
      const e = casing.get(w.lower);
      // "Police said", "Patch notes": a sentence opener the body writes in lower case elsewhere, and never
      // capitalised mid-sentence, is a common noun, whatever the tagger calls it; names it knows stay names
      if (e && e.lower > 0 && e.capital === 0 && !inGazetteer(w)) {
        const next = sentences[s]![sentences[s]!.indexOf(w) + 1];
        if (!next?.cap) return false;
      }
      if (w.pos === "PROPN") return true;
      return e !== undefined && e.capital > 0 && e.capital >= e.lower;
    }
    return true;
  };

  const candidates: Candidate[] = [];
  sentences.forEach((words, s) => {
    let i = 0;
    while (i < words.length) {
      if (!isNameWord(words[i]!, s)) {
        i++;
        continue;
      }
      let j = i;
      let ofName = false;
      for (;;) {
        const next = words[j + 1];
        if (next && isNameWord(next, s)) {
          j++;
          continue;
        }
        // "Douglas & Lomason", "Standard & Poor's": capitalised words joined by "&" are one name (a firm's)
        if (next?.text === "&" && words[j + 2] && isNameWord(words[j + 2]!, s) && !caseless[s] && !(isAllCaps(words[j]!) && isAllCaps(words[j + 2]!))) {
          j += 2;
          continue;
        }
        // "Bank of England", "Office of the President", "Mosaad bin Mohammad"
        if (next && CONNECTORS.has(next.lower)) {
          const after = words[j + 2]?.lower === "the" ? j + 3 : j + 2;
          if (words[after] && isNameWord(words[after]!, s) && !caseless[s] && connectsName(words[j]!, next, words[after]!)) {
            j = after;
            ofName = true;
            continue;
          }
        }
        // "Academy of Arts and Sciences", "Ministry of Trade and Industry": in an "X of Y" name, "and" and a
        // common word carry on; another name after "and" ("the Bank of England and Barclays") does not
        const joined = words[j + 2];
        if (ofName && next?.lower === "and" && joined && isNameWord(joined, s) && isCommonWord(joined.lower) && !lexicon().places.has(joined.text)) {
          j += 2;
          continue;
        }
        // "Securities and Exchange Commission", "Food and Drug Administration": common words joined by "and"
        // into one body's name that ends in its head noun
        const bodyEnd = next?.lower === "and" && !caseless[s] ? bodyAcrossAnd(words, i, j) : -1;
        if (bodyEnd > 0) {
          j = bodyEnd;
          continue;
        }
        // "Moody's Investors Service Inc", "Harlan's Foods Ltd": a firm's name may hold a possessive
        const possessiveEnd = next && POSSESSIVE.has(next.text) && !caseless[s] ? firmAfterPossessive(words, i, j, (w) => isNameWord(w, s)) : -1;
        if (possessiveEnd > 0) {
          j = possessiveEnd;
          continue;
        }
        // "Merrill Lynch and Co Inc", "Dombey and Sons": "and" before a firm's partner word (and legal forms) ends the firm's name
        const firmEnd = next?.lower === "and" && !caseless[s] ? firmTailAfterAnd(words, j + 2) : -1;
        if (firmEnd > 0) {
          j = firmEnd;
          continue;
        }
        // "Joost van der Westhuizen": one particle or several
        let k = j + 1;
        while (words[k] && NAME_PARTICLES.has(words[k]!.text)) k++;
        if (k > j + 1 && words[k] && isNameWord(words[k]!, s)) {
          j = k;
          continue;
        }
        break;
      }
      candidates.push(...splitRun(words, i, j, s, caseless[s]!));
      i = j + 1;
    }
  });

  const named = joinedAroundNicknames(candidates, sentences, caseless);
  for (const c of named) scoreCandidate(c, sentences[c.words[0]!.sentence]!, casing);
  return { candidates: named, casing };
}

/** Brackets and quotation marks that set a nickname inside a full name, each opener with its closers. */
const NICKNAME_MARKS = new Map([
  ["(", [")"]],
  ["'", ["'", "’"]],
  ["‘", ["’", "'"]],
  ['"', ['"', "”"]],
  ["“", ["”", '"']],
]);

/**
 * "Kimani (Kiki) Gray", "Ana 'Nena' Ruiz": a one-word nickname in brackets or quotation marks between a
 * given name and a surname is no name of its own there, and the name is the two around it (the
 * nickname stays a mention). Only a single word each side, the first no everyday English word, outside
 * headlines in capitals or title case ('Dozens "Riot" Over …').
 */
function joinedAroundNicknames(candidates: Candidate[], sentences: Word[][], caseless: boolean[]): Candidate[] {
  const common = lexicon().commonWords;
  const out: Candidate[] = [];
  for (let x = 0; x < candidates.length; x++) {
    const given = candidates[x]!;
    const nick = candidates[x + 1];
    const surname = candidates[x + 2];
    const s = given.words[0]!.sentence;
    const words = sentences[s]!;
    const sameSentence = nick && surname && nick.words[0]!.sentence === s && surname.words[0]!.sentence === s;
    const fits =
      sameSentence &&
      !caseless[s] &&
      given.words.length === 1 &&
      nick.words.length === 1 &&
      surname.words.length === 1 &&
      !given.role &&
      !common.has(given.words[0]!.lower) &&
      nick.first === given.last + 2 &&
      surname.first === nick.last + 2 &&
      (NICKNAME_MARKS.get(words[given.last + 1]!.text) ?? []).includes(words[nick.last + 1]!.text);
    if (!fits) {
      out.push(given);
      continue;
    }
    const joined = [given.words[0]!, surname.words[0]!];
    out.push({ ...given, words: joined, last: surname.last, key: normaliseKey(spaced(joined)) }, nick);
    x += 2;
  }
  return out;
}

/**
 * "captain Will Carling", "spokesman Per Lindqvist": a given name that is also a function word ("Will",
 * "Per") is a name when it is capitalised inside the sentence and a proper noun follows it. Opening a
 * sentence its capital says nothing ("Will Carling play?").
 */
function isGivenNameBeforeName(w: Word, words: Word[]): boolean {
  if (w.initial || !lexicon().firstNames.has(w.text)) return false;
  const next = words[words.indexOf(w) + 1];
  return next !== undefined && next.cap && next.pos === "PROPN";
}

/** How many name words may follow the opening word of a quoted name: a title, not a quoted sentence. */
const QUOTED_NAME_MAX_WORDS = 6;

/**
 * Whether `w`, right after an opening quotation mark, opens a run of capitalised name words that the
 * closing mark ends (American style puts a comma or full stop inside: "Million Dollar Mermaid,"): a
 * name quoted whole. The opening word may be a spelt-out number ("Million") or a verb ("Catching"),
 * never another function word ("The", "You" stay out, as elsewhere).
 */
function opensQuotedName(w: Word, words: Word[], isName: (x: Word) => boolean): boolean {
  const k = words.indexOf(w);
  if (k < 1 || !OPENING_QUOTES.has(words[k - 1]!.text) || (FUNCTION_POS.has(w.pos) && w.pos !== "NUM")) return false;
  let j = k + 1;
  while (j < words.length && j - k <= QUOTED_NAME_MAX_WORDS && isName(words[j]!)) j++;
  if (j === k + 1 || j - k > QUOTED_NAME_MAX_WORDS) return false;
  const closing = /^[,.]$/.test(words[j]?.text ?? "") ? words[j + 1] : words[j];
  return closing !== undefined && CLOSING_QUOTES.has(closing.text);
}

/** Words joined to a month that make a date of it ("mid-September", "end-October"); "January-June" is a span of months. */
const MONTH_PREFIXES = new Set(["mid", "end", "early", "late", "pre", "post"]);

/**
 * "Oct.", "Sept.", "mid-September", "January-June": a day or month abbreviated with its full stop, or a month joined by
 * a hyphen to another month or a word of time is a date, not a name (the bare month is in NOT_NAMES).
 */
function isDateWord(w: Word): boolean {
  // (three letters or more: "A." is an initial)
  if (w.lower.length > 3 && w.lower.endsWith(".") && NOT_NAMES.has(w.lower.slice(0, -1))) return true;
  if (w.parts.length < 2) return false;
  const parts = w.parts.map((p) => p.toLowerCase());
  return parts.some((p) => MONTHS.has(p)) && parts.every((p) => MONTHS.has(p) || MONTH_PREFIXES.has(p));
}
const MONTHS = new Set(["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"]);

/** Ordinal words, which alone name nothing ("First one-day international", "Second round"); inside a name they stay ("First Bank"). */
const ORDINALS = new Set(["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"]);

/** Longest multi-word place name the gazetteer holds (in words), for the search of {@link multiWordPlaceWords}. */
const MAX_PLACE_WORDS = 4;

/**
 * The words of a sentence that spell a place of several words the gazetteer knows, every word of it
 * capitalised: "The Hague", and in a line of capitals "NEW YORK", "SAN DIEGO", "ST LOUIS", whose first
 * words ("new", "san", "the") are no names by themselves. Read in lower case (and without full stops,
 * "St Louis" for "St. Louis") when the line says nothing by its capitals.
 */
function multiWordPlaceWords(words: Word[], caseless: boolean): Set<Word> {
  const found = new Set<Word>();
  for (let k = 0; k < words.length; k++) {
    if (!words[k]!.cap) continue;
    for (let n = Math.min(MAX_PLACE_WORDS, words.length - k); n >= 2; n--) {
      const span = words.slice(k, k + n);
      if (!span.every((w) => w.cap && w.lettered) || !isKnownPlace(spaced(span), caseless)) continue;
      for (const w of span) found.add(w);
      k += n - 1;
      break;
    }
  }
  return found;
}

let dotlessPlaces: Set<string> | undefined;
function isKnownPlace(name: string, caseless: boolean): boolean {
  const lex = lexicon();
  if (lex.places.has(name)) return true;
  if (!caseless) return false;
  if (!dotlessPlaces) dotlessPlaces = new Set([...lex.placesLower.keys()].filter((k) => k.includes(" ")).map((k) => k.replace(/\./g, "")));
  return dotlessPlaces.has(name.toLowerCase().replace(/\./g, ""));
}

/** Splits a run of capitalised words into the title before the name and the name ("UN Special Envoy | Maria Lindqvist"), and hyphenated pairs of places ("France-Germany") into two. */
function splitRun(words: Word[], i: number, j: number, s: number, caseless: boolean): Candidate[] {
  const lex = lexicon();
  const out: Candidate[] = [];
  // "Corp", "Co Inc": a legal form alone names no firm
  if (BARE_LEGAL_FORMS.has(words[i]!.lower) && words.slice(i, j + 1).every((w) => LEGAL_FORMS.has(w.lower))) return out;
  const make = (first: number, last: number, role?: string, roleIsTitle = false, honorific = false): Candidate => {
    const named = words.slice(first, last + 1);
    return {
      words: named,
      first,
      last,
      role,
      roleIsTitle,
      honorific,
      caseless,
      scores: { person: 0, organization: 0, place: 0, other: 0 },
      nameScores: { person: 0, organization: 0, place: 0, other: 0 },
      features: [],
      key: normaliseKey(spaced(named)),
    };
  };
  const isRoleWord = (w: Word) =>
    isTitleWord(w) || ROLE_MODIFIERS.has(w.lower) || lex.demonyms.has(w.text) || lex.places.has(w.text) || w.lower === "of" || w.lower === "the";

  // the last title head with a name after it: "Panamanian Boxing Association President | Ramon Manzanares"
  let titleEnd = -1;
  // "Secretary of State", "President of Finland": the "of" phrase belongs to the title
  const ofTitle = (t: number): number => {
    if (words[t + 1]?.lower !== "of") return t;
    const k = words[t + 2]?.lower === "the" ? t + 3 : t + 2;
    const w = words[k];
    return w && k <= j && (lex.places.has(w.text) || ROLE_MODIFIERS.has(w.lower)) ? k : -1;
  };
  for (let t = j; t >= i; t--) {
    const w = words[t]!;
    const abbreviatedTitle = t < j && TITLE_ABBREVIATIONS.has(w.text) && isPlainGivenName(words[t + 1]!);
    if (!isTitleWord(w) && !abbreviatedTitle) continue;
    // "Mr. King", "Ms. Chancellor": after an honorific a title word is a surname
    if (t > i && HONORIFICS.has(words[t - 1]!.lower)) continue;
    // "John Major", "Billie Jean King": after a given name a title word is a surname
    if (t > i && isPlainGivenName(words[t - 1]!)) continue;
    const end = ofTitle(t);
    if (end < 0) continue;
    if (end === j) {
      // a title and nothing after it: only the places inside it are mentions
      for (let p = i; p <= j; p++) if (lex.places.has(words[p]!.text)) out.push(make(p, p));
      return out;
    }
    if (end !== t) {
      if (words.slice(end + 1, j + 1).some((n) => ORG_TAILS.has(n.lower) || PLACE_TAILS.has(n.lower))) continue;
      titleEnd = end;
      break;
    }
    if (t === j) continue;
    if (words.slice(t + 1, j + 1).some((n) => ORG_TAILS.has(n.lower) || PLACE_TAILS.has(n.lower))) continue;
    titleEnd = t;
    break;
  }
  if (titleEnd >= i) {
    // the title is the run of title words ending at its head; what precedes it is a name of its own
    let roleFrom = titleEnd;
    while (roleFrom > i && isRoleWord(words[roleFrom - 1]!)) roleFrom--;
    while (words[roleFrom]!.lower === "of" || words[roleFrom]!.lower === "the") roleFrom++;
    if (roleFrom > i) out.push(...splitRun(words, i, roleFrom - 1, s, caseless));
    // places inside the title ("U.S. President …") are mentions of their own
    for (let p = roleFrom; p <= titleEnd; p++) if (lex.places.has(words[p]!.text)) out.push(make(p, p));
    const honorific = HONORIFICS.has(words[titleEnd]!.lower);
    const roleStart = roleFrom === i ? extendRoleLeft(words, i) : roleFrom;
    const role = joinWords(words, roleStart, titleEnd);
    if (titleEnd < j) out.push(make(titleEnd + 1, j, honorific && titleEnd === roleStart ? undefined : role, true, honorific));
    return out;
  }
  // "Former England captain …", "Ex-Yankee Randy Velarde": a word for what the person was opens no name
  if (i < j && isFormerWord(words[i]!)) return splitRun(words, i + 1, j, s, caseless);
  // "Australian Tom Moody": a leading demonym describes the name and is not part of it
  if (i < j && lex.demonyms.has(words[i]!.text) && !ORG_TAILS.has(words[j]!.lower) && !PLACE_TAILS.has(words[j]!.lower) && !lex.places.has(joinWords(words, i, j))) {
    return splitRun(words, i + 1, j, s, caseless);
  }
  // "Novelist Anna Lindqvist said": a sentence that opens on an occupation capitalises it; a first word
  // that is no given name, place or people, before a given name and a surname, is the person's role
  if (j - i >= 2 && words[i]!.initial && isOpeningRole(words[i]!) && lex.firstNames.has(words[i + 1]!.text)) {
    const c = make(i + 1, j, words[i]!.lower, false);
    out.push(c);
    return out;
  }
  // "France-Germany", "India-Pakistan": two places joined by a hyphen
  if (i === j && words[i]!.parts.length > 1 && words[i]!.parts.every((p) => lex.places.has(p))) {
    const w = words[i]!;
    let at = w.start;
    for (const part of w.parts) {
      const start = w.text.indexOf(part, at - w.start) + w.start;
      const piece: Word = { ...w, text: part, lower: part.toLowerCase(), lettered: hasLetter(part), start, end: start + part.length, parts: [part] };
      at = piece.end;
      out.push({ ...make(i, i), words: [piece], key: normaliseKey(part) });
    }
    return out;
  }
  // a title alone ("the President") names no one; "the President's Office" is an institution
  if (i === j && isTitleWord(words[i]!)) return out;
  if (i === j && ORG_TAILS.has(words[i]!.lower) && i >= 2 && POSSESSIVE.has(words[i - 1]!.text) && TITLE_HEADS.has(words[i - 2]!.lower) && words[i - 2]!.cap) {
    const c = make(i - 2, i);
    c.forcedKind = "organization";
    c.key = normaliseKey(joinWords(words, i - 2, i));
    out.push(c);
    return out;
  }
  // a lower-case title right before the name: "spokeswoman Ana Ruiz", "former French President …"
  const roleStart = extendRoleLeft(words, i);
  const role = roleStart < i && words.slice(roleStart, i).some((w) => TITLE_HEADS.has(w.lower)) ? joinWords(words, roleStart, i - 1) : undefined;
  const honorific = i > 0 && HONORIFICS.has(words[i - 1]!.lower);
  out.push(make(i, j, role, role !== undefined, honorific));
  return out;
}

/**
 * A title's head word ("Minister"), or a title joined by hyphens whose last part is one and whose other
 * parts are titles or their modifiers ("Major-General", "Lieutenant-Colonel", "Vice-Admiral").
 */
function isTitleWord(w: Word): boolean {
  if (TITLE_HEADS.has(w.lower)) return true;
  if (w.parts.length < 2 || !TITLE_HEADS.has(w.parts[w.parts.length - 1]!.toLowerCase())) return false;
  return w.parts.every((p) => TITLE_HEADS.has(p.toLowerCase()) || ROLE_MODIFIERS.has(p.toLowerCase()));
}

/**
 * A given name that is nothing else a name is made of: not a place ("Georgia Governor …"), a title, nor a
 * head word of a body or place that the given-name list also holds ("Superior Court Judge …", "Bank").
 */
function isPlainGivenName(w: Word): boolean {
  const lex = lexicon();
  if (!lex.firstNames.has(w.text) || lex.places.has(w.text) || isTitleWord(w)) return false;
  return !ORG_TAILS.has(w.lower) && !ORG_HEADS.has(w.lower) && !PLACE_TAILS.has(w.lower) && !ROLE_MODIFIERS.has(w.lower);
}

/** Words that say what a person was or is for now, printed before the name, never part of it. */
const FORMER_WORDS = new Set(["former", "ex", "outgoing", "erstwhile"]);
/** "Former", "Outgoing", or a word joined to "Ex-" ("Ex-Yankee", "ex-champion"). */
const isFormerWord = (w: Word) => FORMER_WORDS.has(w.lower) || (w.parts.length > 1 && FORMER_WORDS.has(w.parts[0]!.toLowerCase())) || /^ex-/i.test(w.text);

/** A capitalised sentence opener that can be a role: a plain word, not a given name, place, people or name word. */
function isOpeningRole(w: Word): boolean {
  const lex = lexicon();
  return /^\p{Lu}\p{Ll}+$/u.test(w.text) && !lex.firstNames.has(w.text) && !lex.places.has(w.text) && !lex.demonyms.has(w.text) && !lex.personWords.has(w.text) && !HONORIFICS.has(w.lower);
}

/** Walks left over lower-case title words and possessives: "the Elysée's spokesman", "former". */
function extendRoleLeft(words: Word[], i: number): number {
  const lex = lexicon();
  let k = i;
  while (k > 0) {
    const w = words[k - 1]!;
    if (isTitleWord(w) || ROLE_MODIFIERS.has(w.lower) || lex.demonyms.has(w.text)) {
      k--;
      continue;
    }
    if (POSSESSIVE.has(w.text) && k >= 2 && words[k - 2]!.cap) {
      k -= 2;
      continue;
    }
    if (w.cap && (lex.places.has(w.text) || TITLE_HEADS.has(w.lower) || ROLE_MODIFIERS.has(w.lower))) {
      k--;
      continue;
    }
    break;
  }
  // a role cannot start with a possessive's owner if nothing titled follows it
  return k;
}

/** The words' texts joined by single spaces. */
function spaced(words: Word[]): string {
  let out = words[0]?.text ?? "";
  for (let p = 1; p < words.length; p++) out += " " + words[p]!.text;
  return out;
}

function joinWords(words: Word[], from: number, to: number): string {
  let out = "";
  for (let p = from; p <= to; p++) {
    const w = words[p]!;
    const gap = p > from && w.start > words[p - 1]!.end ? " " : "";
    out += gap + w.text;
  }
  return out;
}

// every candidate's key is normalised, and names repeat within and across articles
const normalisedKeys = new Map<string, string>();

export function normaliseKey(name: string): string {
  let key = normalisedKeys.get(name);
  if (key === undefined) {
    if (normalisedKeys.size > 50_000) normalisedKeys.clear();
    normalisedKeys.set(name, (key = normaliseSpelling(name)));
  }
  return key;
}

function normaliseSpelling(name: string): string {
  return name
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[’']s$/u, "")
    .replace(/[’'.]/g, "")
    .replace(/\s+/g, " ")
    .trim();
}

/** Appositive role after the name: "Ana Ruiz, Chile's finance minister," / "Tom Berg, the Treasury's head of policy". */
function appositiveRole(words: Word[], last: number): string | undefined {
  if (words[last + 1]?.text !== ",") return undefined;
  const from = last + 2;
  let to = from;
  while (to < words.length && to - from < 12 && ![",", ".", ";", ":", "(", ")", "—", "–"].includes(words[to]!.text)) {
    if (words[to]!.pos === "VERB" || words[to]!.pos === "AUX" || words[to]!.lower === "who") return undefined;
    to++;
  }
  if (to === from) return undefined;
  const phrase = words.slice(from, to);
  if (!phrase.some((w) => TITLE_HEADS.has(w.lower))) return undefined;
  const opener = phrase[0]!;
  if (!["the", "a", "an", "former"].includes(opener.lower) && !opener.cap && !ROLE_MODIFIERS.has(opener.lower) && !TITLE_HEADS.has(opener.lower)) return undefined;
  const start = ["the", "a", "an"].includes(opener.lower) ? from + 1 : from;
  return start < to ? joinWords(words, start, to - 1) : undefined;
}

/** Appositive role before the name: "Macron's adviser, Ana Ruiz". */
function roleBefore(words: Word[], first: number): string | undefined {
  if (words[first - 1]?.text !== ",") return undefined;
  const head = words[first - 2];
  if (!head || !TITLE_HEADS.has(head.lower) || head.cap) return undefined;
  const start = extendRoleLeft(words, first - 2);
  return joinWords(words, start, first - 2);
}

function scoreCandidate(c: Candidate, words: Word[], casing: Map<string, CaseEvidence>): void {
  const fired = kindFeatures(c, words, casing);
  c.features = fired;
  c.scores = scoreFeatures(fired);
  c.nameScores = scoreFeatures(fired, "name");
}

/** What the feature tests read about one candidate in its sentence. */
interface Seen {
  c: Candidate;
  words: Word[];
  casing: Map<string, CaseEvidence>;
  m: number;
  first: Word;
  last: Word;
  text: string;
  before: Word | undefined;
  after: Word | undefined;
  /** the canonical name of the place the gazetteer knows the name as */
  place: string | undefined;
  /** "the Jorund Veltkamp era", "the Okafor government": the name modifies the lower-case noun after it, and "the" belongs to that */
  modifier: boolean;
  fire: (f: KindFeatureName) => void;
}

/** The features of KIND_EVIDENCE that fire on a candidate in its sentence (and fills in its role). */
function kindFeatures(c: Candidate, words: Word[], casing: Map<string, CaseEvidence>): KindFeatureName[] {
  const lex = lexicon();
  const m = c.words.length;
  const first = c.words[0]!;
  const text = spaced(c.words);
  const after = words[c.last + 1];
  const fired: KindFeatureName[] = [];
  // a demonym alone ("Australian") is a description, not an actor: no evidence for any kind
  if (lex.demonyms.has(text)) return fired;
  const seen: Seen = {
    c,
    words,
    casing,
    m,
    first,
    last: c.words[m - 1]!,
    text,
    before: words[c.first - 1],
    after,
    place: lex.places.get(text) ?? (c.caseless || isAllCaps(first) ? lex.placesLower.get(text.toLowerCase()) : undefined),
    modifier: after !== undefined && after.pos === "NOUN" && after.text === after.lower,
    fire: (f) => fired.push(f),
  };
  if (!c.role) c.role = appositiveRole(words, c.last) ?? roleBefore(words, c.first);
  if (c.role && !c.roleIsTitle && c.role.split(/\s+/).some((w) => TITLE_HEADS.has(w.toLowerCase()))) c.roleIsTitle = true;
  if (c.roleIsTitle) seen.fire("title");
  if (c.honorific) seen.fire("honorific");
  shapeFeatures(seen);
  headWordFeatures(seen);
  contextFeatures(seen, fired);
  return fired;
}

/** What the name's words look like: a given name and surname, common words, a place inside, quotation marks. */
function shapeFeatures(seen: Seen): void {
  const { c, words, casing, m, first, last, text, before, after, modifier, fire } = seen;
  const lex = lexicon();
  const name = c.words;
  const orgTail = ORG_TAILS.has(last.lower);
  // "the Red Sox", "the Hunger Games": several names taking the article are a team, body or thing, not a
  // person (a person after "the" comes with a title or role in between: "the late John Smith"), so what
  // looks like a given name and a surname there is no evidence of one
  c.afterArticle = m >= 2 && before?.lower === "the" && !modifier && !c.roleIsTitle && !c.honorific;
  // a place the gazetteer knows whole ("North Korea", "Santa Clara") is no given name and surname either
  const severalNames = m >= 2 && !lex.places.has(text);
  // "World Record", "Net Income", "Catching Fire": several words, all of them common English words, none
  // a given name or a place, and one the article itself prints in lower case, name a thing, not a person
  const commonWordsOnly =
    severalNames &&
    name.every((w, k) => lex.commonWords.has(w.lower) && !lex.firstNames.has(w.text) && !lex.places.has(w.text) && !lex.places.has(`${w.text} ${name[k + 1]?.text}`)) &&
    (name.some((w) => (casing.get(w.lower)?.lower ?? 0) > 0) || !name.some((w) => lex.personWords.has(w.text)));
  // ("Harrow & Vane": names joined by "&" are a firm's, whatever given names open them)
  const personShaped = severalNames && !c.afterArticle && !commonWordsOnly && !name.some((w) => w.text === "&");
  if (commonWordsOnly) fire("commonWordsOnly");
  if (personShaped && lex.firstNames.has(first.text) && !orgTail) fire("givenNameFirst");
  if (personShaped && INITIAL.test(first.text)) fire("initialFirst");
  if (personShaped && lex.personWords.has(last.text)) fire("surnameLast");
  // "Harbour Fire", "Quarvel Public Safety": a last word the article prints in lower case elsewhere, and
  // no known surname, is a common noun naming a service or thing, not a family name
  if (personShaped && !lex.personWords.has(last.text) && (casing.get(last.lower)?.lower ?? 0) > 0) fire("commonWordLast");
  if (severalNames) {
    // several capitalised words: a person when they look like given name and surname, otherwise an
    // institution or team ("Dynamo Moscow", "Federal Reserve")
    const personLike = lex.firstNames.has(first.text) || INITIAL.test(first.text) || lex.personWords.has(last.text) || lex.personWords.has(first.text);
    const placeInside = name.some((w) => lex.places.has(w.text));
    if (placeInside && !personLike) fire("placeInsideName");
    // "Philadelphia Eagles", "Kansas City Royals": a city followed by a plural is a team
    else if (lex.places.has(first.text) && !lex.firstNames.has(first.text) && /\p{Ll}s$/u.test(last.text) && !lex.places.has(last.text)) fire("cityAndPlural");
    // "the Lantern Chronicles": a run that is no given name and surname, after an article, is the name of
    // a thing (a work, a product, an event)
    else if (!personLike && before !== undefined && ARTICLES.has(before.lower)) fire("thingAfterArticle");
    else if (personShaped) fire("severalWords");
  }
  // the people-names list holds many common words ("Sales", "Gold"): opening a sentence, a common
  // English word of it counts only if the article also capitalises it mid-sentence
  const midCapital = (casing.get(first.lower)?.capital ?? 0) > 0;
  const surnameWord = lex.personWords.has(first.text) && (!first.initial || midCapital || !lex.commonWords.has(first.lower));
  if (m === 1 && (lex.firstNames.has(first.text) || surnameWord)) fire("knownNameAlone");
  // “Million Dollar Mermaid”: a name that alone fills a pair of quotation marks is a title
  // (American style puts the comma or full stop inside the marks: “Silver Harbour,”)
  const closing = after !== undefined && /^[,.]$/.test(after.text) ? words[c.last + 2] : after;
  if (before !== undefined && closing !== undefined && OPENING_QUOTES.has(before.text) && CLOSING_QUOTES.has(closing.text)) fire("quotedTitle");

}

/** Head words of bodies and places, the place gazetteer, acronyms. */
function headWordFeatures(seen: Seen): void {
  const { c, m, first, last, text, place, fire } = seen;
  const lex = lexicon();
  const name = c.words;
  const orgTail = ORG_TAILS.has(last.lower);
  if (orgTail && (m >= 2 || LONE_BODIES.has(last.lower))) fire("orgTail");
  // "White House", "Chatham House": an institution named for its house; "Gregory House" is a person
  if (m >= 2 && BUILDING_TAILS.has(last.lower) && !lex.firstNames.has(first.text) && !c.honorific) fire("institutionHouse");
  if (m >= 2 && FIRM_ONLY_ENDINGS.has(last.lower)) fire("legalFormLast");
  if (name.some((w) => w.text === "&")) fire("ampersand");
  // "Ministry of Fisheries", "Organisation for Security", "National League for Democracy"
  if (m >= 3 && name.some((w, k) => k < m - 1 && (k === 0 ? ORG_HEADS.has(w.lower) || isBodyHead(w) : isBodyHead(w)) && CONNECTORS.has(name[k + 1]!.lower) && name[k + 1]!.text !== "&")) fire("orgHeadOf");
  // "Gulf of Aden", "Isle of Man": a geographic head noun before "of"; "Mount Cook", "Lake Tahoe"
  if (m >= 3 && PLACE_HEADS_OF.has(first.lower) && name[1]!.lower === "of") fire("placeHeadOf");
  if (m >= 2 && PLACE_HEADS.has(first.lower) && !orgTail) fire("placeHead");
  if (m >= 2 && PLACE_TAILS.has(last.lower)) fire("placeTail");
  if (place) fire(m === 1 && lex.firstNames.has(text) ? "gazetteerPlaceAlsoGivenName" : "gazetteerPlace");
  // "Soviet Union", "West Bank": the gazetteer holds the whole name, head word and all
  if (place && m >= 2 && orgTail) fire("gazetteerPlaceOverHead");
  if (m === 1 && /^[A-Z]{2,6}$/.test(first.text) && !place && !c.caseless) fire("acronym");
  // (not after a name and a comma or bracket: "Schenectady, N.Y.", "Cinnaminson (N.J.)" give a city's state)
  const stateOfCity = seen.before !== undefined && (seen.before.text === "," || seen.before.text === "(") && seen.words[c.first - 2]?.cap === true;
  if (m === 1 && /^(?:[A-Z]\.){2,5}$/.test(first.text) && !place && !c.caseless && !stateOfCity) fire("dottedAcronym");

}

/** What surrounds the mention: articles, prepositions, nouns beside it, verbs of saying, ages, scores. */
function contextFeatures(seen: Seen, fired: KindFeatureName[]): void {
  const { c, words, m, first, text, before, after, place, modifier, fire } = seen;
  const lex = lexicon();
  if (c.afterArticle) fire("namesAfterArticle");
  // "the Vatican", "the Pentagon": a single name taking the article is an institution
  if (m === 1 && before?.lower === "the" && !modifier && !place && !first.lower.endsWith("s") && !c.roleIsTitle) fire("singleAfterArticle");
  // "the Harriers", "the Wanderers": one plural name taking the article is a team or a group
  if (m === 1 && before?.lower === "the" && !place && /\p{Ll}s$/u.test(first.text) && !c.roleIsTitle) fire("pluralAfterArticle");
  // "Leeds v Quarvel": the British sports page's versus joins two sides
  if (before?.text === "v" || after?.text === "v") fire("versus");
  // "in Quarvel": a name right after a preposition of place; "in", "near", "outside" and the like are
  // seldom followed by a person, unless the person owns what follows ("in Okafor's view")
  const possessed = after !== undefined && POSSESSIVE.has(after.text);
  // "Ana Ruiz, of Quarvel, said", "The man, from Quarvel, fell": where a person is from, set off by commas
  if (before && (before.lower === "of" || before.lower === "from") && words[c.first - 2]?.text === "," && (after === undefined || /^[,.;]$/.test(after.text))) fire("hometown");
  // "told the story to X", "confirmed to X", "in a statement to X": "to" after saying names who heard it
  const spokenTo = before?.lower === "to" && (SPEECH_VERBS.has(words[c.first - 2]?.lower ?? "") || ADDRESS_NOUNS.has(words[c.first - 2]?.lower ?? ""));
  if (before && PLACE_PREPOSITIONS_STRONG.has(before.lower) && !possessed) fire("afterPlaceIn");
  else if (spokenTo) fire("spokenTo");
  else if (before && PLACE_PREPOSITIONS.has(before.lower)) fire("afterPlacePreposition");
  // "against Leeds": a city or region (not a country, which stands for its state) as an opponent is its side
  if (before?.lower === "against" && place && !lex.countries.has(place)) fire("cityAsOpponent");
  // the common noun printed beside a name says what kind of thing it is; a place's name before a body's
  // noun ("the Lisbon team") is the place it belongs to
  const lowerNoun = (w: Word | undefined, nouns: ReadonlySet<string>) => w !== undefined && w.text === w.lower && nouns.has(w.lower);
  // the noun may stand before a comma when the name is set off by one: "the accounting firm, Quarvel,"
  const nounBefore = before?.text === "," && (after === undefined || /^[,.;:)]$/.test(after.text)) ? words[c.first - 2] : before;
  // ("the daily X" names a paper, "X daily" is an adverb)
  const nounNext = (nouns: ReadonlySet<string>) => lowerNoun(nounBefore, nouns) || (lowerNoun(after, nouns) && !place && !after!.lower.endsWith("ly"));
  if (nounNext(ORG_NOUNS)) fire("orgNounNext");
  if (nounNext(THING_NOUNS)) fire("thingNounNext");
  // (the people's noun not after an abbreviation, "UN police", nor a capitalised opener, "Riot police")
  const placePeople = lowerNoun(after, PLACE_PEOPLE_NOUNS) && !first.initial && !isAllCaps(first);
  if (lowerNoun(after, PLACE_NOUNS) || placePeople) fire("placeNounNext");
  if (before?.lower === "of" && lowerNoun(words[c.first - 2], PLACE_NOUNS)) fire("placeNounOf");
  // "20-year-old Leeds striker X": the age before a known place belongs to the person after it
  if (agedAfter(words, c.last) || (before !== undefined && !place && /^\d{1,3}-years?-old$/.test(before.lower))) fire("ageGiven");
  const speaks = (w: Word | undefined) => w !== undefined && SPEECH_VERBS.has(w.lower);
  if ((speaks(after) || speaks(before) || (after && POSSESSIVE.has(after.text) && speaks(words[c.last + 2]))) && before?.lower !== "the") fire("speechVerb");
  // a scoreboard: "Leeds 3 Chelsea 0", "Kent 108-3": a name followed by a score is a team, unless
  // it is a country (national sides go by the country) or a player ("C. Harris 45")
  const scoreboard = after !== undefined && isScore(after) && scoreCount(words) >= 2;
  if (scoreboard && !place && scoreFeatures(fired).person < 2) fire("scoreboardTeam");
  else if (scoreboard && place && (!lex.places.has(text) || !lex.countries.has(place))) fire("scoreboardPlaceClub");
}

/** "Veltkamp, 34," or "Veltkamp (34)": an age right after the name. */
function agedAfter(words: Word[], last: number): boolean {
  const [open, age, close] = [words[last + 1], words[last + 2], words[last + 3]];
  if (!open || !age || !close || !/^\d{1,3}$/.test(age.text) || Number(age.text) >= 120) return false;
  return (open.text === "," && close.text === ",") || (open.text === "(" && close.text === ")");
}

const scoreCounts = new WeakMap<Word[], number>();
function scoreCount(words: Word[]): number {
  let n = scoreCounts.get(words);
  if (n === undefined) scoreCounts.set(words, (n = words.filter(isScore).length));
  return n;
}

const isScore = (w: Word) => /^\d+(-\d+)?$/.test(w.text) && !/^\d{4}-\d/.test(w.text);

/** Pools evidence per name across the article, and decides each candidate's kind. */
function decide(candidates: Candidate[], casing: Map<string, CaseEvidence>, headlined: { surname: string; score: number }[]): Mention[] {
  const lex = lexicon();
  // per name: the context evidence of all its mentions added up, and the strongest its own words show
  // (a gazetteer hit is one fact about the name, however often it is printed)
  const pooledContext = new Map<string, Record<ActorKind, number>>();
  const pooledName = new Map<string, Record<ActorKind, number>>();
  for (const c of candidates) {
    const p = pooledContext.get(c.key) ?? { person: 0, organization: 0, place: 0, other: 0 };
    const n = pooledName.get(c.key) ?? { ...c.nameScores };
    for (const k of KINDS) {
      p[k] += c.scores[k] - c.nameScores[k];
      n[k] = Math.max(n[k], c.nameScores[k]);
    }
    pooledContext.set(c.key, p);
    pooledName.set(c.key, n);
  }
  const best = (s: Record<ActorKind, number>): [ActorKind, number] => {
    let kind: ActorKind = "person";
    for (const k of ["organization", "place", "other"] as const) if (s[k] > s[kind]) kind = k;
    return [kind, s[kind]];
  };
  // a person's surname and an organisation's short name inherit the full name's kind
  const surnames = new Map<string, number>();
  for (const { surname, score } of headlined) surnames.set(surname, Math.max(surnames.get(surname) ?? 0, score));
  for (const c of candidates) {
    const [kind, score] = best(c.scores);
    if (kind === "person" && score >= KIND_POOLING.surnameMinScore && c.words.length >= 2) {
      // "Comeaux" of "Arcade Joseph Comeaux Jr.": a generational suffix is no surname
      const named = c.words.length > 2 && GENERATIONAL_SUFFIXES.has(c.words[c.words.length - 1]!.lower) ? c.words.slice(0, -1) : c.words;
      const last = normaliseKey(named[named.length - 1]!.text);
      surnames.set(last, Math.max(surnames.get(last) ?? 0, score));
    }
  }

  // "the Times" after "The New York Times": an organisation's head word alone is its short name
  const shortNames = new Set<string>();
  for (const c of candidates) {
    const last = c.words[c.words.length - 1]!;
    if (c.words.length >= 2 && ORG_TAILS.has(last.lower) && best(c.scores)[0] === "organization" && !lex.places.has(last.text)) shortNames.add(normaliseKey(last.text));
  }

  // "Betty Ford" after "the Betty Ford Center": several words that open a longer name of a body or a
  // place in the article are its short form, unless some mention of them speaks of a person
  const longerOwners = new Map<string, [ActorKind, number]>();
  for (const c of candidates) {
    const [kind, score] = best(c.scores);
    if (c.words.length < 3 || (kind !== "organization" && kind !== "place")) continue;
    for (let n = 2; n < c.words.length; n++) {
      const prefix = normaliseKey(spaced(c.words.slice(0, n)));
      if (score > (longerOwners.get(prefix)?.[1] ?? 0)) longerOwners.set(prefix, [kind, score]);
    }
  }

  const mentions: Mention[] = [];
  for (const c of candidates) {
    if (lex.demonyms.has(spaced(c.words))) continue;
    // "Street", "Avenue" alone: a street word names no place on its own (a bare "Gulf" or "River" may
    // stand for the one the article named, so those stay)
    if (c.words.length === 1 && STREET_WORDS.has(c.words[0]!.lower) && !lex.places.has(c.words[0]!.text)) continue;
    if (c.words.length === 1 && (isShorthand(c.words[0]!.text) || ORDINALS.has(c.words[0]!.lower))) continue;
    const name = pooledName.get(c.key)!;
    const all = pooledContext.get(c.key)!;
    const share = KIND_POOLING.articleShare;
    const combined = {} as Record<ActorKind, number>;
    for (const k of KINDS) {
      const own = c.scores[k] - c.nameScores[k];
      combined[k] = name[k] + own + share * (all[k] - own);
    }
    if (c.words.length === 1 && surnames.has(c.key)) combined.person += Math.min(KIND_POOLING.surnameMaxLent, surnames.get(c.key)!);
    else if (c.words.length === 1 && shortNames.has(c.key)) combined.organization += KIND_POOLING.shortNameOrganization;
    let [kind, score] = best(combined);
    let untyped = false;
    const owner = c.words.length >= 2 ? longerOwners.get(c.key) : undefined;
    if (owner && kind === "person" && pooledContext.get(c.key)!.person <= 0) [kind, score] = [owner[0], Math.min(owner[1], KIND_POOLING.shortFormMaxScore)];
    if (c.forcedKind) [kind, score] = [c.forcedKind, Math.max(score, KIND_POOLING.forcedScore)];
    if (score <= 0) {
      if (c.caseless) continue;
      // no evidence either way: several capitalised words are most often a person's name; a lone word
      // the body always capitalises is kept with low confidence
      const e = casing.get(c.key);
      if (c.words.length === 1 && (!e || e.lower > 0 || e.capital === 0)) continue;
      kind = c.words.length >= 2 && !c.afterArticle ? "person" : "organization";
      score = KIND_POOLING.defaultScore;
      untyped = true;
    }
    const first = c.words[0]!;
    const last = c.words[c.words.length - 1]!;
    mentions.push({
      start: first.start,
      end: last.end,
      text: c.words.length === 1 ? first.text : textOf(c.words),
      kind,
      confidence: untyped ? UNTYPED_CONFIDENCE : Math.min(1, KIND_POOLING.confidenceBase + score / KIND_POOLING.confidencePerScore),
      ...(c.role ? { role: c.role } : {}),
      sentence: first.sentence,
    });
  }
  mentions.sort((a, b) => a.start - b.start || a.end - b.end);
  return mentions;
}

function textOf(words: Word[]): string {
  let out = "";
  words.forEach((w, p) => {
    out += (p > 0 && w.start > words[p - 1]!.end ? " " : "") + w.text;
  });
  return out;
}
