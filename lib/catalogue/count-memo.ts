// Results of cohort counts, remembered per loaded catalogue index: the cohort page's live count asks for the same
// few filters again and again (every visitor starts from the same defaults, a shared link is opened by many), and a
// count is a loop over every pre-aggregate row. Keyed by the index object itself, so a newly published version (a
// new index) starts empty and the old results go with the old index; least recently used results beyond `limit`
// are dropped.
const memos = new WeakMap<object, Map<string, unknown>>();

export const COUNT_MEMO_LIMIT = 2000;

export function memoised<T>(index: object, key: string, compute: () => T, limit = COUNT_MEMO_LIMIT): T {
  let memo = memos.get(index);
  if (!memo) memos.set(index, (memo = new Map()));
  if (memo.has(key)) {
    const hit = memo.get(key) as T;
    memo.delete(key); // re-inserted last: Map order is recency
    memo.set(key, hit);
    return hit;
  }
  const value = compute();
  memo.set(key, value);
  if (memo.size > limit) memo.delete(memo.keys().next().value!);
  return value;
}
