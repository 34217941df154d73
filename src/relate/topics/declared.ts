// Topics the user declared in the content's config: found by their keywords (or name) in the text,
// word by word, each word matching as printed or as its lemma ("power plant" finds "power plants").
import { analyse } from "../../nlp.js";
import { sentenceKey, type SentenceKey, type TopicArticle } from "./corpus.js";

export interface DeclaredTopicSpec {
  name: string;
  description?: string;
  keywords?: string[];
  parent?: string;
  iptc?: string;
}

export interface DeclaredMatch {
  spec: DeclaredTopicSpec;
  /** matches per article index */
  countByArticle: Map<number, number>;
  /** the sentences that mention it, in text order */
  sentences: SentenceKey[];
  /** lowercased keyword sequences, for recognising discovered topics that say the same */
  keywordLemmas: string[];
}

function wordForms(word: string, lemma: string): string[] {
  const lower = word.toLowerCase();
  const forms = new Set([lower, lemma.toLowerCase()]);
  if (lower.endsWith("s") && lower.length > 3) forms.add(lower.slice(0, -1));
  return [...forms];
}

interface Pattern {
  words: string[][];
  lemma: string;
}

function patternOf(keyword: string): Pattern | null {
  const tokens = analyse(keyword).tokens.filter((t) => t.type !== "punctuation" || /[-&]/.test(t.text));
  if (tokens.length === 0) return null;
  return { words: tokens.map((t) => wordForms(t.text, t.lemma)), lemma: tokens.map((t) => t.lemma.toLowerCase()).join(" ") };
}

export function matchDeclared(articles: TopicArticle[], declared: DeclaredTopicSpec[]): DeclaredMatch[] {
  if (declared.length === 0) return [];
  const prepared = articles.map((article) =>
    article.analysis.tokens.map((t) => new Set(wordForms(t.text, t.lemma))),
  );
  return declared.map((spec) => {
    const keywords = [spec.name, ...(spec.keywords ?? [])];
    const patterns = keywords.map(patternOf).filter((p): p is Pattern => p !== null);
    const countByArticle = new Map<number, number>();
    const sentences = new Set<SentenceKey>();
    articles.forEach((article, a) => {
      const tokens = article.analysis.tokens;
      const forms = prepared[a]!;
      for (let t = 0; t < tokens.length; t++) {
        for (const pattern of patterns) {
          if (t + pattern.words.length > tokens.length) continue;
          const hit = pattern.words.every((options, k) => options.some((o) => forms[t + k]!.has(o)));
          if (!hit) continue;
          countByArticle.set(a, (countByArticle.get(a) ?? 0) + 1);
          sentences.add(sentenceKey(a, tokens[t]!.sentence));
          break;
        }
      }
    });
    return {
      spec,
      countByArticle,
      sentences: [...sentences],
      keywordLemmas: patterns.map((p) => p.lemma),
    };
  });
}
