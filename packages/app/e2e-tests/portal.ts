import { test as base, expect, Page } from '@playwright/test';

/* Shared by the browser checks; not a test file itself. */

/** Collects console errors and uncaught exceptions for the whole page life. */
export function watchForErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', message => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', error => errors.push(error.message));
  return errors;
}

export async function signInAsGuest(page: Page) {
  await page.goto('/');
  const enter = page.getByRole('button', { name: 'Enter' });
  const signedIn = page
    .getByRole('navigation', { name: 'sidebar nav' })
    .getByRole('link', { name: 'Catalog', exact: true });
  await expect(enter.or(signedIn).first()).toBeVisible();
  if (await enter.isVisible()) {
    await enter.click();
  }
  await expect(signedIn).toBeVisible();
}

/**
 * Playwright's `test`, with `page` signed in as a guest; a test fails if its
 * page logged a console error or threw an uncaught exception.
 */
export const test = base.extend({
  page: async ({ page }, runTest) => {
    const errors = watchForErrors(page);
    await signInAsGuest(page);
    await runTest(page);
    expect(errors).toEqual([]);
  },
});

export { expect };
