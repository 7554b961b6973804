import { dropEmpty } from '../common/zodValidate';

/** Which settings travel with which type: a JSON mapping, html selectors, sitemap options. */
const settingsOf: Record<string, string | undefined> = { json: 'mapping', html: 'html', sitemap: 'sitemap' };
const allSettings = ['mapping', 'html', 'sitemap'];

/**
 * The body the API takes from the form: empty inputs dropped, and only the settings of the chosen
 * type (a form switched from html to rss must not send its selectors).
 */
export function sourceBody(values: Record<string, unknown>, type = String(values.type ?? '')) {
  const cleaned = dropEmpty(values);
  for (const key of allSettings) if (settingsOf[type] !== key) delete cleaned[key];
  return cleaned;
}
