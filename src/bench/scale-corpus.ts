// Scale corpora for the bench: made by ../shared/benchmarks/scale/make_corpus.py into a folder
// outside the repository (benchmark data is never copied into it) and reused while it still holds
// exactly the N articles it says it holds.
import { execFile } from "node:child_process";
import { appendFile, cp, readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);
/** make_corpus.py reads two tarballs (about 15 s); a limit only guards against a hang. */
const MAKE_CORPUS_TIMEOUT_MS = 10 * 60_000;

export interface CorpusInfo {
  articles: number;
  bytes: number;
  words: number;
  available?: number;
}

export interface Corpus {
  dir: string;
  content: string;
  plain: string;
  info: CorpusInfo;
  reused: boolean;
}

async function readInfo(dir: string): Promise<CorpusInfo | null> {
  try {
    return JSON.parse(await readFile(join(dir, "corpus.json"), "utf8")) as CorpusInfo;
  } catch {
    return null;
  }
}

/** A corpus is reusable when corpus.json says N and the folders hold N articles (not a half-written one). */
async function isComplete(dir: string, articles: number): Promise<CorpusInfo | null> {
  const info = await readInfo(dir);
  if (info?.articles !== articles) return null;
  try {
    const texts = (await readdir(join(dir, "content"))).filter((f) => f.endsWith(".txt"));
    const pages = (await readdir(join(dir, "plain", "src"))).filter((f) => f.endsWith(".md"));
    return texts.length === articles && pages.length === articles ? info : null;
  } catch {
    return null;
  }
}

export async function ensureCorpus(script: string, root: string, articles: number): Promise<Corpus> {
  const dir = join(root, String(articles));
  let info = await isComplete(dir, articles);
  const reused = info !== null;
  if (!info) {
    await run("python3", [script, String(articles), dir], { timeout: MAKE_CORPUS_TIMEOUT_MS });
    info = await isComplete(dir, articles);
    if (!info) throw new Error(`make_corpus.py did not write ${articles} articles to ${dir}`);
  }
  return { dir, content: join(dir, "content"), plain: join(dir, "plain"), info, reused };
}

/** The builds run on a copy, so the edit (and any cache kept beside the content) never touches the corpus. */
export async function copyContent(corpus: Corpus, target: string): Promise<void> {
  await cp(corpus.content, target, { recursive: true });
}

/** A sentence no article contains, so finding it on the page proves the edit was rebuilt. */
export function editSentence(token: string): string {
  return `This sentence was added by the benchmark to check that an edit is rebuilt, reference ${token}.`;
}

export async function appendEdit(file: string, token: string): Promise<void> {
  await appendFile(file, `\n${editSentence(token)}\n`);
}
