// The content folder's optional briefing.yaml: site settings, a topic taxonomy and editorial
// overrides. A mistake in it stops the build with the line and what to fix, because a silently
// ignored override would show readers a briefing the editor believes they corrected.
import { Ajv, type ErrorObject } from "ajv";
import { isMap, isSeq, LineCounter, parseDocument, type Node as YamlNode } from "yaml";
import type { ActorKind } from "./types.js";
import { DeployError, parseBaseUrl, parsePathPrefix } from "./deploy.js";

export interface DeclaredTopicConfig {
  name: string;
  description?: string;
  keywords?: string[];
  parent?: string;
  iptc?: string;
}

export interface ActorOverride {
  /** the actor to edit: any of its names or spellings, or its id */
  match: string;
  name?: string;
  kind?: ActorKind;
  /** other actors (names or ids) to fold into this one */
  merge?: string[];
  hide?: boolean;
  description?: string;
  wikidata?: string;
}

export interface QuoteOverride {
  /** the start of the quote's text, enough to find it */
  text: string;
  /** the actor who said it (a name or id), or null for "speaker unknown" */
  speaker: string | null;
}

export interface BriefingConfig {
  title?: string;
  /** where the site will be served, e.g. https://example.org/ (--base-url wins) */
  baseUrl?: string;
  /** the folder under it, e.g. /briefing/ (--path-prefix wins) */
  pathPrefix?: string;
  /** IANA zone used when an article's publisher has none */
  timezone?: string;
  publishers?: Record<string, { timezone?: string }>;
  /** the largest input file read, in bytes (default DEFAULT_MAX_FILE_BYTES); larger files are reported, not read */
  maxFileBytes?: number;
  topics?: DeclaredTopicConfig[];
  actors?: ActorOverride[];
  quotes?: QuoteOverride[];
}

export const CONFIG_FILE_NAMES = ["briefing.yaml", "briefing.yml"];

const configSchema = {
  type: "object",
  additionalProperties: false,
  properties: {
    title: { type: "string", minLength: 1 },
    baseUrl: { type: "string", minLength: 1 },
    pathPrefix: { type: "string" },
    timezone: { type: "string", minLength: 1 },
    maxFileBytes: { type: "integer", minimum: 1 },
    publishers: {
      type: "object",
      additionalProperties: {
        type: "object",
        additionalProperties: false,
        properties: { timezone: { type: "string" } },
      },
    },
    topics: {
      type: "array",
      items: {
        type: "object",
        additionalProperties: false,
        required: ["name"],
        properties: {
          name: { type: "string", minLength: 1 },
          description: { type: "string" },
          keywords: { type: "array", items: { type: "string", minLength: 1 } },
          parent: { type: "string" },
          iptc: { type: "string", pattern: "^(medtop:)?\\d{8}$" },
        },
      },
    },
    actors: {
      type: "array",
      items: {
        type: "object",
        additionalProperties: false,
        required: ["match"],
        properties: {
          match: { type: "string", minLength: 1 },
          name: { type: "string", minLength: 1 },
          kind: { enum: ["person", "organization", "place", "other"] },
          merge: { type: "array", items: { type: "string", minLength: 1 } },
          hide: { type: "boolean" },
          description: { type: "string" },
          wikidata: { type: "string", pattern: "^Q\\d+$" },
        },
      },
    },
    quotes: {
      type: "array",
      items: {
        type: "object",
        additionalProperties: false,
        required: ["text", "speaker"],
        properties: {
          text: { type: "string", minLength: 3 },
          speaker: { type: ["string", "null"] },
        },
      },
    },
  },
} as const;

const validateConfig = new Ajv({ allErrors: true, verbose: true }).compile<BriefingConfig>(configSchema);

/** The default per-file bound: 20 MB, far above any article and most transcripts. */
export const DEFAULT_MAX_FILE_BYTES = 20 * 1024 * 1024;

/**
 * The per-file bound that briefing.yaml sets, read before the folder is (the reader needs it): the
 * value when it is a positive whole number, else the default. A wrong value stops the build later,
 * when parseConfig validates the whole file.
 */
export function maxFileBytesOf(text: string | null): number {
  if (text === null) return DEFAULT_MAX_FILE_BYTES;
  try {
    const value = (parseDocument(text).toJS() as { maxFileBytes?: unknown } | null)?.maxFileBytes;
    return typeof value === "number" && Number.isInteger(value) && value > 0 ? value : DEFAULT_MAX_FILE_BYTES;
  } catch {
    return DEFAULT_MAX_FILE_BYTES;
  }
}

/** A config mistake: the build stops and prints this. */
export class ConfigError extends Error {}

/** Parses and validates briefing.yaml; throws ConfigError naming the line and the fix. */
export function parseConfig(path: string, text: string): BriefingConfig {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false });
  if (doc.errors.length > 0) {
    const first = doc.errors[0]!;
    const { line, col } = lineCounter.linePos(first.pos[0]);
    throw new ConfigError(`${path} line ${line}, column ${col}: not valid YAML (${first.code}). ${first.message.split("\n")[0]}`);
  }
  let value: unknown;
  try {
    value = doc.toJS() ?? {};
  } catch (error) {
    // the yaml library refuses aliases that expand without bound ("billion laughs")
    throw new ConfigError(`${path}: its aliases (*name) expand too far to be read (${(error as Error).message}); write the values out instead of repeating aliases of aliases`);
  }
  if (validateConfig(value)) {
    checkDeploy(value, doc.contents, lineCounter, path);
    return value;
  }
  const problems = (validateConfig.errors ?? []).map((error) => describeError(error, doc.contents, lineCounter, path));
  throw new ConfigError(problems.join("\n"));
}

/** baseUrl and pathPrefix are strings by the schema; whether they can be served from is checked here. */
function checkDeploy(config: BriefingConfig, root: YamlNode | null, lines: LineCounter, path: string): void {
  const checks: [keyof BriefingConfig, (value: string) => string][] = [
    ["baseUrl", parseBaseUrl],
    ["pathPrefix", parsePathPrefix],
  ];
  for (const [key, check] of checks) {
    const value = config[key];
    if (typeof value !== "string") continue;
    try {
      check(value);
    } catch (e) {
      if (!(e instanceof DeployError)) throw e;
      const node = isMap(root) ? (root.get(key, true) as YamlNode | undefined) : undefined;
      const { line } = lines.linePos(node?.range?.[0] ?? 0);
      throw new ConfigError(`${path} line ${line}: ${key}: ${e.message}`);
    }
  }
}

function describeError(error: ErrorObject, root: YamlNode | null, lines: LineCounter, path: string): string {
  const segments = error.instancePath.split("/").slice(1).map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~"));
  let node: YamlNode | null = root;
  let found: YamlNode | null = root;
  for (const segment of segments) {
    if (isMap(node)) node = (node.get(segment, true) as YamlNode | undefined) ?? null;
    else if (isSeq(node)) node = (node.get(Number(segment), true) as YamlNode | undefined) ?? null;
    else node = null;
    if (node) found = node;
  }
  const offset = found?.range?.[0] ?? 0;
  const { line } = lines.linePos(offset);
  const where = segments.length ? segments.map((s) => (/^\d+$/.test(s) ? `[${s}]` : `.${s}`)).join("").replace(/^\./, "") : "the file";
  return `${path} line ${line}: ${where} ${explain(error)}`;
}

function explain(error: ErrorObject): string {
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case "additionalProperties":
      return `has an unknown key "${String(params.additionalProperty)}"; allowed keys: ${allowedKeys(error)}`;
    case "required":
      return `needs "${String(params.missingProperty)}"`;
    case "enum":
      return `must be one of ${(params.allowedValues as unknown[]).join(", ")}`;
    case "type":
      return `must be ${String(params.type)}`;
    case "pattern":
      return error.instancePath.endsWith("wikidata")
        ? `must be a Wikidata item ID such as Q42`
        : error.instancePath.endsWith("iptc")
          ? `must be an IPTC Media Topic code such as medtop:11000000`
          : `does not match ${String(params.pattern)}`;
    case "minLength":
      return `must not be empty`;
    case "minimum":
      return `must be at least ${String(params.limit)}`;
    default:
      return error.message ?? "is not valid";
  }
}

function allowedKeys(error: ErrorObject): string {
  const schema = error.parentSchema as { properties?: Record<string, unknown> } | undefined;
  return Object.keys(schema?.properties ?? {}).join(", ");
}
