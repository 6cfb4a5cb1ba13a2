/** Maps that keep only their most recently set entries (a Map iterates in insertion order, oldest first). */

/** Set `key` as the most recent entry of `map`, dropping the oldest ones beyond `max`. */
export function setRecent<K, V>(map: Map<K, V>, key: K, value: V, max: number): void {
  map.delete(key);
  map.set(key, value);
  for (const old of map.keys()) {
    if (map.size <= max) break;
    map.delete(old);
  }
}
