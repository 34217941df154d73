// Asynchronous work over many items with a bound on how many are in flight: enough to keep the disk
// busy, few enough not to run out of file handles.

/** Runs `work(i)` for i in [0, count), at most `limit` at a time. */
export async function forEachConcurrently(count: number, limit: number, work: (i: number) => Promise<void>): Promise<void> {
  let next = 0;
  const lane = async () => {
    while (next < count) await work(next++);
  };
  await Promise.all(Array.from({ length: Math.min(limit, count) }, lane));
}
