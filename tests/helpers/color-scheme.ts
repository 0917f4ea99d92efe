import { emulateMedia } from '@web/test-runner-commands';

/**
 * Runs `body` with the dark colour scheme emulated, on a dark page; skips the test where the
 * browser cannot emulate media features (Firefox through WebDriver BiDi).
 */
export async function inDarkScheme(test: { skip(): void }, body: () => Promise<void>): Promise<void> {
  try {
    await emulateMedia({ colorScheme: 'dark' });
  } catch {
    test.skip();
  }
  document.body.style.background = '#16181c';
  try {
    await body();
  } finally {
    document.body.style.background = '';
    await emulateMedia({ colorScheme: 'light' });
  }
}
