import type { Page } from 'playwright-core';

/** Pick an option of a MUI select by its label (react-admin SelectInput, ReferenceInput, TextField select). */
export async function selectOption(
  page: Page,
  label: string | RegExp,
  option: string | RegExp,
): Promise<void> {
  await page.getByRole('combobox', { name: label }).first().click();
  await page.getByRole('option', { name: option }).first().click();
}

/** Open a case action's dialog from the case page and confirm it, optionally filling it first. */
export async function runCaseAction(page: Page, action: string, fill?: () => Promise<void>): Promise<void> {
  await page.getByTestId(`action-${action}`).click();
  const dialog = page.getByTestId(`action-dialog-${action}`);
  await dialog.waitFor();
  if (fill) await fill();
  await dialog.getByTestId('action-confirm').click();
  await dialog.waitFor({ state: 'detached' });
}

/** The record id in a react-admin hash URL such as `#/cases/12/show`. */
export function idFromUrl(url: string, resource: string): number {
  const match = new RegExp(`#/${resource}/(\\d+)`).exec(url);
  if (!match) throw new Error(`no ${resource} id in ${url}`);
  return Number(match[1]);
}

/** Poll until `check` passes (for things that arrive asynchronously, e.g. indexing); no fixed sleeps. */
export async function eventually<T>(
  what: string,
  check: () => Promise<T | undefined>,
  timeoutMs = 30_000,
  everyMs = 500,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  while (Date.now() < deadline) {
    try {
      const value = await check();
      if (value !== undefined) return value;
    } catch (error) {
      last = error;
    }
    await new Promise((r) => setTimeout(r, everyMs));
  }
  throw new Error(`${what} did not happen within ${timeoutMs / 1000} s${last ? `: ${last}` : ''}`);
}
