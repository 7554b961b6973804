import type { Context } from 'hono';
import proxyaddr from 'proxy-addr';
import type { ApiContext } from '../context';

/**
 * Who is on the other end of a request. `X-Forwarded-For` and `X-Forwarded-Proto` are believed only
 * from the proxies in TRUST_PROXY (addresses, CIDRs or proxy-addr's names such as `loopback`), so a
 * client cannot forge its address into the audit log or the throttles.
 */
type Trust = (address: string, hop: number) => boolean;
const trusts = new WeakMap<readonly string[], Trust>();

function trustOf(list: readonly string[]): Trust {
  const known = trusts.get(list);
  if (known) return known;
  const trust = proxyaddr.compile([...list]);
  trusts.set(list, trust);
  return trust;
}

interface Socket {
  remoteAddress?: string;
  encrypted?: boolean;
}

/** The TCP peer (@hono/node-server puts the Node request in `c.env.incoming`); none for in-process calls. */
function socketOf(c: Context): Socket | undefined {
  return (c.env as { incoming?: { socket?: Socket } } | undefined)?.incoming?.socket;
}

/** The socket peer, or undefined when the request did not come over a socket (in-process calls). */
const peerOf = (c: Context) => socketOf(c)?.remoteAddress;

/** Any route's context (intake has its own variables) carries the API context. */
export const apiContextOf = (c: Context): ApiContext => c.get('ctx') as ApiContext;
const trustedProxies = (c: Context) => trustOf(apiContextOf(c).settings.trustProxy);

/** Whether the socket peer is one of the trusted proxies. */
function fromTrustedProxy(c: Context): boolean {
  const peer = peerOf(c);
  return peer !== undefined && trustedProxies(c)(peer, 0);
}

/**
 * The client's address: the socket peer, or — walking `X-Forwarded-For` from the right while each hop
 * is a trusted proxy — the first address no trusted proxy vouches for.
 */
export function clientIp(c: Context): string | null {
  const peer = peerOf(c);
  if (peer === undefined) return null;
  const forwarded = c.req.header('X-Forwarded-For');
  const request = {
    connection: { remoteAddress: peer },
    headers: forwarded ? { 'x-forwarded-for': forwarded } : {},
  };
  return proxyaddr(request as never, trustedProxies(c));
}

/** HTTPS on the socket itself, or as a trusted proxy reports it (`X-Forwarded-Proto`, first hop). */
export function isHttps(c: Context): boolean {
  const socket = socketOf(c);
  if (socket?.encrypted) return true;
  if (!socket) return new URL(c.req.url).protocol === 'https:';
  if (!fromTrustedProxy(c)) return false;
  const proto = c.req.header('X-Forwarded-Proto')?.split(',')[0]?.trim().toLowerCase();
  return proto === 'https';
}
