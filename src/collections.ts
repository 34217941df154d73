// Indexes built by every stage: a map from a key to the list (or set) of what has it, grown in place.
// (Spreading the old list into a new one on each addition made building an index quadratic.)

export function addToList<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

export function addToSet<K, V>(map: Map<K, Set<V>>, key: K, value: V): void {
  const set = map.get(key);
  if (set) set.add(value);
  else map.set(key, new Set([value]));
}

/** The most frequent of several printed forms; lowercase wins a tie (a capital is usually just sentence-initial). */
export function commonestForm(forms: Map<string, number>): string {
  let best = "";
  let bestCount = -1;
  for (const [form, count] of forms) {
    const better =
      count > bestCount || (count === bestCount && form !== best && form.toLowerCase() === form && best.toLowerCase() !== best);
    if (better) {
      best = form;
      bestCount = count;
    }
  }
  return best;
}
