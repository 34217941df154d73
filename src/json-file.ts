// JSON files of any size. briefing.json at 10,000 articles is about 90 MB: made as one string it
// costs that string and its encoded copy at once, at the build's peak of memory. Here a record's
// top-level arrays are written an item at a time, and the bytes are those JSON.stringify gives.
import { open, writeFile } from "node:fs/promises";

/** Below this many characters a file is written indented, for people who open it; above it on one line. */
export const MAX_INDENTED_JSON = 2_000_000;
/** Characters gathered before they go to the file. */
const CHUNK = 1 << 20;

/** Writes `data` as JSON: compact a piece at a time, then indented when it turns out small enough to read. */
export async function writeJsonFile(path: string, data: unknown): Promise<void> {
  const written = await writeCompact(path, data);
  if (written <= MAX_INDENTED_JSON) await writeFile(path, `${JSON.stringify(data, null, 2)}\n`);
}

/** JSON.stringify(data) and a line break, written in pieces; returns the characters of the JSON. */
async function writeCompact(path: string, data: unknown): Promise<number> {
  const file = await open(path, "w");
  let pending: string[] = [];
  let size = 0;
  let total = 0;
  const put = async (piece: string) => {
    pending.push(piece);
    size += piece.length;
    total += piece.length;
    if (size >= CHUNK) await flush();
  };
  const flush = async () => {
    await file.write(pending.join(""));
    pending = [];
    size = 0;
  };
  try {
    for (const piece of pieces(data)) await put(piece);
    await flush();
    await file.write("\n");
  } finally {
    await file.close();
  }
  return total;
}

/** The pieces of JSON.stringify(data): a plain record's arrays item by item, anything else whole. */
function* pieces(data: unknown): Generator<string> {
  if (data === null || typeof data !== "object" || Array.isArray(data) || typeof (data as { toJSON?: unknown }).toJSON === "function") {
    yield JSON.stringify(data) ?? "null";
    return;
  }
  yield "{";
  let first = true;
  for (const [key, value] of Object.entries(data)) {
    // as JSON.stringify: a member whose value has no JSON form is left out
    if (value === undefined || typeof value === "function" || typeof value === "symbol") continue;
    yield `${first ? "" : ","}${JSON.stringify(key)}:`;
    first = false;
    if (Array.isArray(value)) {
      yield "[";
      // as JSON.stringify: an item without a JSON form is null
      for (let i = 0; i < value.length; i++) yield `${i ? "," : ""}${JSON.stringify(value[i]) ?? "null"}`;
      yield "]";
    } else yield JSON.stringify(value);
  }
  yield "}";
}
