import { createHash, randomBytes } from 'node:crypto';

/** A random secret for a session or API key, and the only form of it we store. */
export const newSecret = (prefix = ''): string => prefix + randomBytes(32).toString('base64url');
export const sha256 = (value: string): string => createHash('sha256').update(value).digest('hex');
