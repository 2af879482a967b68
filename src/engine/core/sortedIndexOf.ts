/** Where `item` sits in `list`, which is sorted by the unique `key`: a binary search; -1 when it is not there. */
export function sortedIndexOf<T>(list: readonly T[], item: T, key: (item: T) => number): number {
  const wanted = key(item);
  let lo = 0;
  let hi = list.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const at = key(list[mid]!);
    if (at === wanted) return list[mid] === item ? mid : -1;
    if (at < wanted) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}
