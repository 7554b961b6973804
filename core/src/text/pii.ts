/**
 * The one masking module: free text goes through `maskPii` / `maskText` (pii-match.ts), contact fields
 * through the field maskers below, stored JSON (audit details) through `maskDeep`. Everything is folded
 * first (full-width, look-alike separators, zero-width characters), so a disguise does not hide a number.
 */
import { foldForMatching } from './pii-fold';
import { maskPii } from './pii-match';

export * from './pii-match';

const stars = (n: number) => '*'.repeat(Math.max(n, 1));
const fold = (value: string) => foldForMatching(value).text;

/** Keep the first `head` and last `tail` digits (or X), star the digits between; separators stay. */
function keepEnds(value: string, head: number, tail: number): string {
  const digits = value.replace(/[^\dXx]/g, '').length;
  let seen = 0;
  return value.replace(/[\dXx]/g, (d) => {
    seen++;
    return seen <= head || seen > digits - tail ? d : '*';
  });
}

export function maskPhone(value: string): string {
  const folded = fold(value);
  const digits = folded.replace(/\D/g, '').length;
  if (digits < 7) return stars(value.length);
  return keepEnds(folded, Math.max(digits - 8, 3), 4);
}

export function maskEmail(value: string): string {
  const folded = fold(value);
  const at = folded.indexOf('@');
  if (at > 0) return `${folded[0]}${stars(3)}${folded.slice(at)}`;
  const written = maskPii(folded).text; // "name at host dot com"
  return written === folded ? stars(value.length) : written;
}

/** 张三 → 张*, 欧阳娜娜 → 欧***; a name is personal data of the portal contact. */
export function maskName(value: string): string {
  const chars = [...value.trim()];
  if (chars.length === 0) return '';
  return chars[0] + stars(chars.length - 1);
}

/** A field that holds an ID number is masked whatever its form (passports, old or mistyped numbers). */
export function maskIdNumber(value: string): string {
  const folded = fold(value).trim();
  const digits = folded.replace(/[^\dXx]/g, '').length;
  if (digits < 8) return stars(folded.length);
  return digits >= 15 ? keepEnds(folded, 6, digits === 15 ? 3 : 4) : keepEnds(folded, 1, 1);
}

/** The street stays (it says where the matter is); the house number and what follows it do not. */
export function maskAddress(value: string): string {
  return maskPii(fold(value)).text.replace(/\d+\s*(号|號|栋|幢|单元|室|楼).*$/, '***');
}

export interface ContactFields {
  name?: string | null;
  phone?: string | null;
  email?: string | null;
  idNumber?: string | null;
  address?: string | null;
}

/** The masked copy of a contact, with only the fields that were given. */
export function maskContact(contact: ContactFields): Record<string, string> {
  const masked: Record<string, string> = {};
  if (contact.name) masked.name = maskName(contact.name);
  if (contact.phone) masked.phone = maskPhone(contact.phone);
  if (contact.email) masked.email = maskEmail(contact.email);
  if (contact.idNumber) masked.idNumber = maskIdNumber(contact.idNumber);
  if (contact.address) masked.address = maskAddress(contact.address);
  return masked;
}

/** Every string inside a JSON value masked (audit details, feed items); other values unchanged. */
export function maskDeep<T>(value: T): T {
  if (typeof value === 'string') return maskPii(value).text as T;
  if (Array.isArray(value)) return value.map((v) => maskDeep(v)) as T;
  if (value && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = maskDeep(v);
    return out as T;
  }
  return value;
}
