import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { type Browser, launchBrowser } from './browser';

export const DEMO_PASSWORD = 'desk-demo';
export const artifactsDir = fileURLToPath(new URL('../../artifacts', import.meta.url));

/** One signed-in person: their own browser profile (cookies) and a page. */
export interface Session {
  browser: Browser;
  page: Page;
  close(): Promise<void>;
}

/** Sign in through the login form, as a person would, and wait for the role's dashboard. */
export async function loginThroughForm(page: Page, baseUrl: string, username: string): Promise<void> {
  await page.goto(`${baseUrl}/#/login`);
  await page.locator('input[name="username"]').fill(username);
  await page.locator('input[name="password"]').fill(DEMO_PASSWORD);
  await page.locator('button[type="submit"]').click();
  await page.getByTestId('role-chip').waitFor({ timeout: 20_000 });
}

export async function openSession(baseUrl: string, username: string): Promise<Session> {
  const browser = await launchBrowser();
  const page = await browser.newPage();
  page.setDefaultTimeout(15_000);
  await loginThroughForm(page, baseUrl, username);
  return { browser, page, close: () => browser.close() };
}

/** Save a full-page screenshot to tests/artifacts/<name>.png (gitignored, kept by CI as an artifact). */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(artifactsDir, { recursive: true });
  const path = join(artifactsDir, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}
