/**
 * Lookups keyed by episode data go through own properties only: an entity `type` of `__proto__`,
 * `constructor` or `toString` must find nothing in a table, never what `Object.prototype` has.
 */
export function ownValue<T>(table: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.prototype.hasOwnProperty.call(table, key) ? table[key] : undefined;
}

/** Sets `table[key]` as an own property, even for `__proto__` (which plain assignment would not). */
export function setOwn<T>(table: Record<string, T>, key: string, value: T): void {
  Object.defineProperty(table, key, { value, writable: true, enumerable: true, configurable: true });
}
