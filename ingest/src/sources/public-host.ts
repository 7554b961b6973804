import { lookup } from 'node:dns/promises';
import { BlockList, isIP } from 'node:net';
import { pageFailure } from './errors';

/** Loopback, private, link-local, shared and unique-local ranges: a pasted link must not reach inside. */
const inside = new BlockList();
for (const [net, bits] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.168.0.0', 16],
] as const)
  inside.addSubnet(net, bits, 'ipv4');
for (const [net, bits] of [
  ['::', 128],
  ['::1', 128],
  ['fc00::', 7],
  ['fe80::', 10],
  ['::ffff:0:0', 96],
] as const)
  inside.addSubnet(net, bits, 'ipv6');

/**
 * Refuse a URL whose host is or resolves to an inside address (server-side request forgery through a
 * pasted link). IPv4-mapped IPv6 addresses are refused as a whole rather than decoded.
 */
export async function assertPublicHost(url: string): Promise<void> {
  const host = new URL(url).hostname.replace(/^\[|\]$/g, '');
  const addresses = isIP(host)
    ? [{ address: host, family: isIP(host) }]
    : await lookup(host, { all: true }).catch(() => []);
  for (const { address, family } of addresses)
    if (inside.check(address, family === 6 ? 'ipv6' : 'ipv4')) throw pageFailure('private-address', { url });
}
