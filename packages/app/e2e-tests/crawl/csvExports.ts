import { statSync } from 'node:fs';
import { Page } from '@playwright/test';

/** The portal's CSV exports are buttons (Secrets, Readiness), not links: they are clicked. */
export const CSV_EXPORT_BUTTON = { name: /export csv/i };

export async function csvExportButtons(page: Page): Promise<number> {
  return page.getByRole('button', CSV_EXPORT_BUTTON).count();
}

/**
 * Clicks each CSV export button on the page (already open) and returns why an export
 * failed: no download, a failed one, or an empty file.
 */
export async function csvExportProblems(page: Page): Promise<string[]> {
  const problems: string[] = [];
  const buttons = page.getByRole('button', CSV_EXPORT_BUTTON);
  for (let i = 0; i < (await buttons.count()); i += 1) {
    const button = buttons.nth(i);
    const label = (await button.innerText()).trim();
    if (await button.isDisabled()) continue;
    try {
      const [download] = await Promise.all([
        page.waitForEvent('download', { timeout: 15_000 }),
        button.click(),
      ]);
      const failure = await download.failure();
      const file = failure ? undefined : await download.path();
      const size = file ? statSync(file).size : 0;
      if (failure) problems.push(`"${label}" download failed: ${failure}`);
      else if (size === 0) problems.push(`"${label}" downloaded an empty file`);
    } catch (error) {
      problems.push(
        `"${label}" gave no download: ${String(error).split('\n')[0]}`,
      );
    }
  }
  return problems;
}
