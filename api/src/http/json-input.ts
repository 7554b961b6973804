import { AppError, isCleanText, textIssue } from '@desk/core';
import type { Context, MiddlewareHandler } from 'hono';

/** Deepest nesting a JSON input may have; the desk's own bodies nest four levels at most. */
export const MAX_JSON_DEPTH = 32;

/** A problem in a JSON input, shaped like a zod issue so clients read one format. */
export interface InputIssue {
  path: (string | number)[];
  message: string;
}

const tooDeep = `嵌套超过 ${MAX_JSON_DEPTH} 层 (nested deeper than ${MAX_JSON_DEPTH} levels)`;
const notFinite = '数值超出范围 (number out of range)';
const badKey = '字段名不允许 (field name not allowed)';

/**
 * The first value of parsed JSON the desk refuses: nesting deeper than MAX_JSON_DEPTH, text with NUL or an
 * unpaired surrogate, a number JSON.parse made infinite (`1e400`), a `__proto__` key. Iterative, so a
 * 100,000-deep array cannot overflow the stack.
 */
export function jsonValueIssue(value: unknown): InputIssue | undefined {
  const stack: { value: unknown; path: (string | number)[] }[] = [{ value, path: [] }];
  for (let item = stack.pop(); item; item = stack.pop()) {
    const { value: v, path } = item;
    if (path.length > MAX_JSON_DEPTH) return { path: path.slice(0, 4), message: tooDeep };
    if (typeof v === 'string') {
      if (!isCleanText(v)) return { path, message: textIssue };
    } else if (typeof v === 'number') {
      if (!Number.isFinite(v)) return { path, message: notFinite };
    } else if (Array.isArray(v)) {
      for (let i = v.length - 1; i >= 0; i--) stack.push({ value: v[i], path: [...path, i] });
    } else if (v !== null && typeof v === 'object') {
      for (const [key, inner] of Object.entries(v)) {
        if (key === '__proto__' || !isCleanText(key)) return { path: [...path, key], message: badKey };
        stack.push({ value: inner, path: [...path, key] });
      }
    }
  }
  return undefined;
}

const refuse = (zh: string, en: string, details?: unknown) =>
  new AppError('BAD_REQUEST', { zh, en }, details);

/** Parse JSON text from a body or a query parameter and apply the same checks; refusals are 400s. */
export function parseJsonInput(text: string, what: { zh: string; en: string }): unknown {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw refuse(`${what.zh}不是完整有效的 JSON`, `${what.en} is not complete, valid JSON`);
  }
  const issue = jsonValueIssue(value);
  if (issue) throw refuse(`${what.zh}含有不允许的值`, `${what.en} holds a value not allowed`, [issue]);
  return value;
}

const JSON_MEDIA_TYPE = /^application\/(?:[\w.+-]+\+)?json$/i;
const utf8 = new TextDecoder('utf-8', { fatal: true });
const parsedBodies = new WeakMap<object, Promise<unknown>>();
const BODY = { zh: '请求体', en: 'The body' };

async function parseJsonBody(c: Context): Promise<unknown> {
  const [mediaType = '', ...params] = (c.req.header('Content-Type') ?? '').split(';');
  const charset = params.map((p) => p.trim().toLowerCase()).find((p) => p.startsWith('charset='));
  if (!JSON_MEDIA_TYPE.test(mediaType.trim()) || (charset && !/^charset="?utf-8"?$/.test(charset)))
    throw new AppError('UNSUPPORTED', {
      zh: '请求体须为 UTF-8 编码的 JSON（Content-Type: application/json）',
      en: 'The body must be UTF-8 JSON (Content-Type: application/json)',
    });
  const bytes = new Uint8Array(await c.req.arrayBuffer());
  if (bytes.length === 0) throw refuse('请求体为空', 'The body is empty');
  let text: string;
  try {
    // A leading byte order mark is dropped (WHATWG UTF-8 decode; RFC 8259 §8.1 allows ignoring it).
    text = utf8.decode(bytes);
  } catch {
    throw refuse('请求体不是有效的 UTF-8', 'The body is not valid UTF-8');
  }
  // Later c.req.json()/text() calls read this checked text, never the raw bytes again.
  (c.req.bodyCache as { text?: Promise<string> }).text = Promise.resolve(text);
  return parseJsonInput(text, BODY);
}

/**
 * The request's JSON body, read once: UTF-8 JSON media type (else 415), not empty, valid UTF-8 (a BOM is
 * ignored), complete JSON, and no value `jsonValueIssue` refuses (else 400). Never `{}` in place of a
 * body that could not be read.
 */
export function readJsonBody(c: Context): Promise<unknown> {
  let parsed = parsedBodies.get(c.req);
  if (!parsed) {
    parsed = parseJsonBody(c);
    parsedBodies.set(c.req, parsed);
  }
  return parsed;
}

/** Whether every `%XX` of a query string is well formed and the bytes they make are UTF-8. */
function isPercentEncodedUtf8(query: string): boolean {
  try {
    decodeURIComponent(query);
    return true;
  } catch {
    return false;
  }
}

/**
 * The API's input boundary for what no route schema sees: query values must be clean text, and
 * `c.req.json()` becomes `readJsonBody` for every route (also those that call it themselves), so no body
 * is read leniently. Lazy: nothing is read before authentication.
 */
export const inputBoundary: MiddlewareHandler = async (c, next) => {
  const query = c.req.url.indexOf('?');
  if (query >= 0 && !isPercentEncodedUtf8(c.req.url.slice(query + 1)))
    throw refuse(
      '查询参数不是有效的 UTF-8 百分号编码',
      'The query string is not valid percent-encoded UTF-8',
    );
  for (const [name, values] of Object.entries(c.req.queries())) {
    if (!isCleanText(name) || !values.every(isCleanText))
      throw refuse('查询参数含有不允许的字符', 'A query parameter holds characters not allowed', [
        { path: [name], message: textIssue },
      ]);
  }
  c.req.json = <T>() => readJsonBody(c) as Promise<T>;
  await next();
};
