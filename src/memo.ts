// A few recent answers of a pure function of a line's text. The cleaning rules ask the same costly
// questions of the same line more than once (whether it reports news, whether it opens with a dated
// header, whether it is only a date), each rule for itself; a short memory of the last lines asked
// about answers the repeats.
// The answers are shared between the askers, so they must be treated as read-only.

/** Lines remembered: more than the rules ask about one unit and its neighbours at a time. */
const REMEMBERED_LINES = 32;

export function memoisedByText<T>(answer: (text: string) => T, size = REMEMBERED_LINES): (text: string) => T {
  const recent = new Map<string, T>();
  return (text) => {
    if (recent.has(text)) return recent.get(text) as T;
    const result = answer(text);
    // the oldest line asked about is forgotten first (a Map keeps its keys in insertion order)
    if (recent.size >= size) recent.delete(recent.keys().next().value as string);
    recent.set(text, result);
    return result;
  };
}
