import type { IncomingMessage } from 'node:http';
import { describe, expect, it } from 'vitest';
import { clientAddressFromNode, isApiPath } from './node-listener';

const request = (headers: Record<string, string | string[]>, remoteAddress = '192.0.2.1') =>
  ({ headers, socket: { remoteAddress } }) as unknown as IncomingMessage;

describe('clientAddressFromNode', () => {
  it('takes the socket’s address without ADDRESS_HEADER', () => {
    expect(clientAddressFromNode(request({ 'x-forwarded-for': '10.0.0.1' }), {})).toBe('192.0.2.1');
  });

  it('takes the address XFF_DEPTH places from the right, as adapter-node does', () => {
    const env = { ADDRESS_HEADER: 'X-Forwarded-For', XFF_DEPTH: '1' };
    const xff = (value: string) => request({ 'x-forwarded-for': value });
    expect(clientAddressFromNode(xff('10.0.0.9, 203.0.113.9'), env)).toBe('203.0.113.9');
    expect(clientAddressFromNode(xff('10.0.0.9, 203.0.113.9'), { ...env, XFF_DEPTH: '2' })).toBe(
      '10.0.0.9',
    );
    expect(clientAddressFromNode(xff('203.0.113.9'), { ...env, XFF_DEPTH: '2' })).toBeUndefined();
    expect(clientAddressFromNode(xff('203.0.113.9'), { ...env, XFF_DEPTH: '0' })).toBeUndefined();
  });

  it('knows no address when the named header is missing, and takes another header whole', () => {
    const env = { ADDRESS_HEADER: 'X-Forwarded-For' };
    expect(clientAddressFromNode(request({}), env)).toBeUndefined();
    expect(
      clientAddressFromNode(request({ 'x-real-ip': '203.0.113.5' }), {
        ADDRESS_HEADER: 'X-Real-IP',
      }),
    ).toBe('203.0.113.5');
  });
});

describe('isApiPath', () => {
  it('takes /api and what is below it, and nothing else', () => {
    for (const target of ['/api', '/api/', '/api/s/abc/responses', '/api/rounds?forbund=1'])
      expect(isApiPath(target)).toBe(true);
    for (const target of ['/', '/apis', '/apiary/x', '/s/abc', '/matningar', undefined, ''])
      expect(isApiPath(target)).toBe(false);
  });

  it('reads the target after normalisation, as SvelteKit does', () => {
    expect(isApiPath('/x/../api/health')).toBe(true);
    expect(isApiPath('/api/../matningar')).toBe(false);
    expect(isApiPath('/%2e%2e/api/health')).toBe(true);
    expect(isApiPath('//api/health')).toBe(false);
    expect(isApiPath('/s/x?next=/api/health')).toBe(false);
  });
});
