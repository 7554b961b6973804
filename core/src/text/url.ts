/**
 * Query parameters that only say who shared or clicked a link (analytics, WeChat and app shares);
 * two links that differ only in these are the same page.
 */
const TRACKING_PARAMS = new Set([
  'spm',
  'fbclid',
  'gclid',
  'yclid',
  'msclkid',
  'mc_cid',
  'mc_eid',
  'from',
  'isappinstalled',
  'scene',
  'srcid',
  'clicktime',
  'enterid',
  'sharer_sharetime',
  'sharer_shareid',
  'share_token',
  'share_source',
  'share_medium',
  'share_from',
  'wxshare_count',
  'wfr',
  'tt_from',
  'tt_medium',
  'igshid',
  'ref_src',
  '_hsenc',
  '_hsmi',
]);

const isTracking = (name: string): boolean => {
  const lower = name.toLowerCase();
  return lower.startsWith('utm_') || TRACKING_PARAMS.has(lower);
};

/**
 * The canonical form of an http(s) URL: lower-case host, no default port, no fragment, no tracking
 * parameters, the remaining parameters sorted. Anything that is not an http(s) URL gives null.
 */
export function canonicalUrl(raw: string | null | undefined, base?: string): string | null {
  if (!raw) return null;
  let url: URL;
  try {
    url = new URL(raw.trim(), base);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  url.hash = '';
  url.username = '';
  url.password = '';
  const kept = [...url.searchParams.entries()].filter(([name]) => !isTracking(name));
  kept.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  url.search = new URLSearchParams(kept).toString();
  return url.toString();
}
