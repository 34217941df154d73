// Promotions for the outlet itself rather than news: newsletter sign-ups, subscription pitches,
// magazine and app promos, share buttons, "Follow us on …", "Advertisement", audio-player notices.
// Judged by shape: a short unit that addresses the reader or urges an action, without quotations.
import { reportsNews } from "../reports.js";
import { FULL_WIDTH_SENTENCE_END } from "../units.js";
import type { Facts, Rule } from "./types.js";

const CALL_TO_ACTION =
  /^(?:sign up|sign in|log ?in|subscribe|join|get|grab|download|install|follow|like us|share|click|tap|listen|watch|read|support|donate|become an? (?:member|subscriber|supporter)|register|be (?:among )?the first|be the first|don['’]t miss|never miss|want (?:more|to|the)|enjoy(?:ed)? (?:this|reading)|try|create (?:an?|your) (?:free )?account|already (?:an? )?(?:subscriber|member)|continue reading|unlock|order|pre-?order|buy|shop|save|claim|start your|help us|stay (?:informed|updated|up to date|in the loop)|keep up|catch up|check out|find out more|learn more|see (?:more|also|all)|explore|discover|tell us|send us|contact us|got a (?:story|tip|news tip)|have a (?:story|tip))\b/i;
const PROMO_WORDS =
  /\b(?:newsletters?|inbox|e-?mails?|subscri\w*|sign(?:ed|ing)? up|apps?|podcasts?|twitter|facebook|instagram|telegram|whatsapp|youtube|linkedin|tiktok|threads|bluesky|google news|follow|share|members?(?:hip)?|donat\w*|journalism|magazine|edition|audio|listen|comments?|updates|alerts|briefing|digest|notifications|paywall|ad-free)\b/i;
// Words that only a promotion uses about the outlet itself ("sign up" or "subscribe" alone are not
// enough: reviews and guides tell readers how to sign up for a product).
const STRONG_PROMO =
  /\b(?:newsletters?|inbox|donat\w*|our (?:journalism|reporting|website|site|channel|app|podcast|magazine|newsroom|work|mission|coverage)|support (?:us|our)|subscribe to (?:us|our)|become an? (?:member|subscriber|supporter)|follow us|news alerts|breaking news alerts|print edition)\b/i;
// An imperative addressed to the reader points at the outlet ("Support our journalism", "Follow us"),
// unlike advice in the body ("Try eating slowly") or a sentence that starts with the same word.
const OUTLET_OBJECT = /\b(?:us|our)\b/i;
const LINK_OBJECT = /\b(?:here|below|now|today|the first)\b/i;
const REPORTING = /\b(?:said|says|according to|announced|reported)\b/i;
const ADDRESSES_READER = /\b(?:you|your|you['’]ve|you['’]re|you['’]ll)\b/i;
const CONFIRMATION = /^(?:thank(?:s| you) for (?:signing up|subscribing|registering|your (?:support|interest|subscription)|reading|joining)|you['’]re (?:all )?(?:signed up|subscribed|in)|(?:check|please check) your (?:inbox|email)|we['’]ve sent you)/i;
const AUDIO_NOTICE =
  /^(?:listen to (?:this |the )?(?:article|story|episode)\b|this (?:audio|article|narration) (?:is|was) (?:created|generated|produced|read) (?:with|by|using)|(?:audio|narration) (?:is )?(?:generated|created|produced) (?:by|with|using)|ai[- ](?:generated|narrated|voiced)|powered by\b)/i;
const AD_LINE =
  /^(?:advertisement|advert|ad|ads|sponsored(?: content)?|paid (?:post|content)|promoted(?: content)?|story continues (?:below|after)(?: (?:this )?(?:advertisement|ad))?|article continues (?:below|after)(?: (?:this )?(?:advertisement|ad))?|continue reading (?:below|the main story)|scroll (?:down )?to continue(?: with content)?|skip (?:advertisement|ad))[.:]?$/i;
const SOCIAL_WORD =
  /^(?:share(?: this)?(?: article| story| post| page)?|share on|tweet|email|e-mail|print|copy(?: link)?|link copied|whatsapp|facebook|twitter|x|linkedin|pinterest|reddit|telegram|messenger|flipboard|bluesky|threads|save|bookmark|comments?|\d+)$/i;
const FOLLOW = /^(?:follow|connect with|find) (?:us|\p{Lu}[\p{L}.'’ ]{0,40}) on\b/iu;
const CLICK_HERE = /\b(?:click|tap)(?:ing)? here\b/i;
// "sponsored by" is furniture only as the line's label ("Sponsored by X"): a debate or a fund
// "sponsored by" someone is news.
const DISCLOSURE =
  /\b(?:affiliate (?:links?|commission|partnerships?)|referral links?|(?:we|may) (?:may )?earn (?:a )?(?:small )?commission|paid partnership)\b|^(?:this (?:post|article|content|story) is )?(?:sponsored|presented|brought to you) by\b/i;
const CONTACT = /\b(?:(?:may|can) be reached at|reach (?:him|her|them|us) at|email (?:him|her|them|us) at|follow (?:him|her|them) on|have a (?:news )?tip\??|got a (?:news )?tip\??|send (?:us )?(?:your )?tips? to)\b/i;

function sentencesOf(text: string): string[] {
  return text.split(/(?<=[.!?…])\s+(?=[\p{Lu}"“‘'(])/u);
}

/** "The Outlet’s first-ever magazine": the outlet names itself in a possessive. */
function promotingOutlet(text: string): string | null {
  const possessive =
    /((?:The\s+)?\p{Lu}[\p{L}\p{M}&.-]*(?:\s+\p{Lu}[\p{L}\p{M}&.-]*){0,4})['’]s\s+(?:(?:first|first-ever|new|newest|latest|weekly|daily|monthly|free|award-winning|flagship|print|own|brand-new)\s+){0,3}(?:magazine|newsletter|podcast|app|print edition|edition|membership|documentary|book|event|conference|youtube channel|channel|journalism|reporting|briefing|digest|shop|store)\b/u;
  const found = possessive.exec(text);
  return found ? (found[1] ?? null) : null;
}

export const promo: Rule = (unit) => {
  const text = unit.text;
  if (text.length > 320) return null;
  const quoted = /[“”"]/.test(text);
  if (AD_LINE.test(text)) return { action: "remove", reason: "advertisement", rule: "promo" };
  if (AUDIO_NOTICE.test(text) && text.length < 160) return { action: "remove", reason: "audio player notice", rule: "promo" };
  if (CONFIRMATION.test(text)) return { action: "remove", reason: "newsletter promo", rule: "promo" };
  const words = text.split(/[\s|•·]+/).filter(Boolean);
  if (words.length <= 12 && words.every((w) => SOCIAL_WORD.test(w.replace(/[.:,]$/, "")) || /^(?:on|this|article|story|the)$/i.test(w))) {
    if (words.some((w) => !/^\d+$/.test(w))) return { action: "remove", reason: "share buttons", rule: "promo" };
  }
  if (quoted) return null;
  // Past the closed lists above, every test is a phrase anywhere in free text: a line that reports is kept.
  if (reportsNews(text)) return null;
  if (FOLLOW.test(text) && text.length < 160) return { action: "remove", reason: "social media promo", rule: "promo" };
  if (DISCLOSURE.test(text) && text.length < 250) return { action: "remove", reason: "affiliate disclosure", rule: "promo" };
  if (CONTACT.test(text) && text.length < 300) return { action: "remove", reason: "contact details", rule: "promo" };
  if (CLICK_HERE.test(text) && text.length < 200) return { action: "remove", reason: "link prompt", rule: "promo" };
  const sentences = sentencesOf(text);
  // a unit of more than three sentences is text, not a promotion: asked first, as every test below
  // is a pure regex test and the answer is the same
  if (sentences.length > 3) return null;
  const urges = sentences.some((s) => {
    const bare = s.replace(/^[^\p{L}]+/u, "");
    if (!CALL_TO_ACTION.test(bare)) return false;
    return STRONG_PROMO.test(bare) || OUTLET_OBJECT.test(bare) || (LINK_OBJECT.test(bare) && PROMO_WORDS.test(text));
  });
  // the promo word is another word than the call itself ("Share adjusted for …" is not a share button)
  const call = CALL_TO_ACTION.exec(text);
  const shortCall = words.length <= 6 && call !== null && PROMO_WORDS.test(text.slice(call[0].length));
  const addressesReader = ADDRESSES_READER.test(text);
  if (urges || shortCall || (addressesReader && STRONG_PROMO.test(text) && !REPORTING.test(text))) {
    // the outlet's name is looked for only in a unit that is removed (the possessive's search is costly)
    const outlet = promotingOutlet(text);
    const facts: Facts = outlet ? { publisher: outlet } : {};
    const reason = /newsletter|inbox|sign(?:ed|ing)? up|e-?mail/i.test(text)
      ? "newsletter promo"
      : /subscri|member|donat|support/i.test(text)
        ? "subscription promo"
        : "promotion";
    return { action: "remove", reason, rule: "promo", facts };
  }
  return null;
};

const LINK_LABEL =
  /^(?:read more|read also|also read|also|see more|more|related|related article|related story|see also|more|watch|listen|recommended|must read|don['’]t miss|explore more|editor['’]s picks?|top stories|latest|breaking)\s*[:|»›→>]\s*\S/i;

/** "Read more: Another headline": a link to another article inside or under the text. */
export const linkLine: Rule = (unit, context) => {
  if (unit.text.length > 220 || /[“”"].*[“”"].*\b(?:said|says)\b/i.test(unit.text)) return null;
  const label = LINK_LABEL.exec(unit.text);
  if (!label) return null;
  // The first line is the headline's place: "Breaking: …" or "Latest: …" there is the headline.
  if (context.index === 0 && /^(?:breaking|latest)\b/i.test(unit.text)) return null;
  // A linked headline has no closing stop; a closed sentence after the label that reports is news.
  const after = unit.text.slice(label[0].length - 1);
  if (/[.!?]["”’)]?$/.test(after) && reportsNews(after)) return null;
  return { action: "remove", reason: "link to another article", rule: "link-line" };
};

const INTERFACE_TEXT =
  /^(?:skip to (?:main )?(?:content|navigation|search)|this (?:slideshow|video|content|feature|page) requires javascript\.?|(?:please )?enable javascript.*|image|images|caption|hide caption|show caption|toggle caption|close|open|menu|search|sign in|log in|sign out|register|loading\.{0,3}|play|pause|video|photo|gallery|expand|collapse|toggle navigation|back to top|previous|next|enlarge this image|view image|view gallery|(?:image|photo|slide) \d+ (?:of|\/) \d+|\d+ (?:of|\/) \d+)$/i;
const BARE_URL = /^https?:\/\/\S+$/i;

/** Words of the page's controls that an extractor picks up with the text: "Skip to content", "Close". */
export const interfaceText: Rule = (unit, context) => {
  if (INTERFACE_TEXT.test(unit.text)) return { action: "remove", reason: "page controls", rule: "interface" };
  // A bare address above the article is the page's own; in the body it may be a cited source.
  if (BARE_URL.test(unit.text) && context.firstBody > context.index) return { action: "remove", reason: "web address", rule: "interface" };
  return null;
};

/** A line that ends like a sentence or a clause is not a menu entry, in spaced scripts or full-width ones. */
const ENDS_A_CLAUSE = new RegExp(`[.!?,;:"“”、${FULL_WIDTH_SENTENCE_END}]$`);

const SHORT_LABEL = (text: string) =>
  text.length <= 30 && text.split(" ").length <= 3 && !ENDS_A_CLAUSE.test(text) && !/[|\d]/.test(text);

/** Three or more one-to-three-word lines in a row outside the body: a navigation menu. */
export const navigationRun: Rule = (unit, context) => {
  if (!SHORT_LABEL(unit.text) || context.index >= context.firstBody && context.index <= context.lastBody) return null;
  let start = context.index;
  let end = context.index;
  while (start > 0 && SHORT_LABEL(context.units[start - 1]!.text)) start--;
  while (end + 1 < context.units.length && SHORT_LABEL(context.units[end + 1]!.text)) end++;
  return end - start >= 2 ? { action: "remove", reason: "navigation links", rule: "navigation" } : null;
};
