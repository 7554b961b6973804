import type { Page } from 'playwright-core';

/** The little of the DOM these checks use (this workspace compiles without the DOM library). */
interface BrowserElement {
  tagName: string;
  className: unknown;
  clientWidth: number;
  scrollWidth: number;
  getBoundingClientRect(): { right: number };
}
/** The page's window as these checks see it; each function passed to the browser casts `globalThis` itself. */
interface BrowserWindow {
  document: {
    documentElement: BrowserElement;
    querySelectorAll(selector: string): ArrayLike<BrowserElement> & Iterable<BrowserElement>;
  };
}

export const DESKTOP = { width: 1440, height: 900 } as const;
export const PHONE = { width: 390, height: 844 } as const;

/** The pages a role's menu opens (hash routes), in menu order; external links (the queue board) left out. */
export async function menuPages(page: Page): Promise<string[]> {
  const hrefs = await page
    .getByTestId('main-menu')
    .locator('a[href^="#/"]')
    .evaluateAll((links) => links.map((a) => (a as unknown as { hash: string }).hash));
  return [...new Set(hrefs.filter((h) => h.length > 2))];
}

/** Open a page of the desk and wait until it has drawn its content and nothing is loading any more. */
export async function openPage(page: Page, baseUrl: string, hash: string): Promise<void> {
  await page.goto(`${baseUrl}/${hash}`);
  await page.locator('#main-content').first().waitFor();
  await page
    .locator(
      '.RaList-main, .RaEmpty-message, #main-content .MuiCard-root, [data-testid^="dashboard-"], [data-testid="stream-status"]',
    )
    .first()
    .waitFor();
  await page.waitForFunction(
    () =>
      (globalThis as unknown as BrowserWindow).document.querySelectorAll('.RaLoadingIndicator-loader')
        .length === 0,
  );
}

/**
 * How far the page is wider than the window (0 when nothing scrolls sideways), and the widest elements
 * that stick out, to name the culprit in a failure.
 */
export async function horizontalOverflow(page: Page): Promise<{ overflow: number; culprits: string[] }> {
  return page.evaluate(() => {
    const root = (globalThis as unknown as BrowserWindow).document.documentElement;
    const width = root.clientWidth;
    const overflow = Math.max(0, root.scrollWidth - width);
    const culprits = overflow
      ? [...(globalThis as unknown as BrowserWindow).document.querySelectorAll('#main-content *, header *')]
          .filter((el) => el.getBoundingClientRect().right > width + 1)
          .slice(-5)
          .map((el) => `${el.tagName.toLowerCase()}.${String(el.className).split(' ').slice(0, 2).join('.')}`)
      : [];
    return { overflow, culprits };
  });
}

/** Whether two elements' boxes overlap (the role chip must not cover the page title). */
export async function overlaps(page: Page, a: string, b: string): Promise<boolean> {
  const [boxA, boxB] = await Promise.all([
    page.locator(a).first().boundingBox(),
    page.locator(b).first().boundingBox(),
  ]);
  if (!boxA || !boxB) return false;
  return !(
    boxA.x + boxA.width <= boxB.x ||
    boxB.x + boxB.width <= boxA.x ||
    boxA.y + boxA.height <= boxB.y ||
    boxB.y + boxB.height <= boxA.y
  );
}
