// Binary search over things kept in order of their start: the first one that starts at or after an
// offset, in log time instead of a scan (used by every stage that walks spans of one article's text).

/** Index of the first item of `sorted` (ascending by start) whose start is at or after `at`; sorted.length when none. */
export function firstStartingFrom(sorted: readonly { start: number }[], at: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]!.start < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
