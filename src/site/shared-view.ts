// Views that many pages list (an article's link, an actor's chip, an event, a quote) are made once per
// thread and shared (context.ts). Each page's data is serialised to JSON for its hash (page-share.ts);
// there a shared view stands as the digest of its own JSON, worked out the first time: at 10,000
// articles the shared views were 55% of the 135 MB of JSON each thread made and hashed for its pages,
// every view serialised again on every page that lists it. The page's hash still changes with any
// field of any view it holds (the digest is that of all of them), so the same pages are rendered.
import { createHash } from "node:crypto";

const digests = new WeakMap<object, string>();

/** What JSON.stringify writes for a shared view: the digest of its fields (views inside it by theirs). */
function digestOf(this: object): string {
  let digest = digests.get(this);
  if (digest === undefined) {
    // a plain copy of the fields: serialising `this` would come back here
    digest = createHash("sha1").update(JSON.stringify({ ...this })).digest("base64url");
    digests.set(this, digest);
  }
  return digest;
}

/** The prototype of shared views: toJSON is not enumerable, so templates and tests see only the fields. */
const SHARED_VIEW: object = Object.create(Object.prototype, { toJSON: { value: digestOf } });

/**
 * The view as one that pages share: the same fields, serialised as their digest. A shared view is
 * never changed once made (a page needing other fields copies it), so its digest holds.
 */
export function sharedView<T extends object>(fields: T): T {
  return Object.assign(Object.create(SHARED_VIEW) as T, fields);
}
