/**
 * Text folded for search: lower case, accents gone. The one fold every search uses (mentions in
 * the transcript, the transcript's find, the entity filter, the graph's search, type-ahead), so a
 * name matches the same way everywhere. No DOM: the CLI folds the same.
 */
const NON_ASCII = /[^\u0000-\u007f]/;
const MARKS = /\p{M}/gu;

/** Lower case without accents ("Tülu" → "tulu"); ASCII takes the fast path. */
export function fold(text: string): string {
  const lower = text.toLowerCase();
  return NON_ASCII.test(lower) ? lower.normalize('NFD').replace(MARKS, '').normalize('NFC') : lower;
}

/** True when `text` is all ASCII, where folding keeps every offset as it was. */
export function isAscii(text: string): boolean {
  return !NON_ASCII.test(text);
}
