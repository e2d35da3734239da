import {once} from 'node:events';
import {createServer, type IncomingMessage, type Server, type ServerResponse} from 'node:http';
import {connect} from 'node:net';
import {gzipSync} from 'node:zlib';
import {afterEach, describe, expect, it} from 'vitest';
import {RequestTimeoutError} from '../../src/github/errors.js';
import {createTransport} from '../../src/github/transport.js';

interface Seen {
  method?: string;
  url?: string;
  headers: IncomingMessage['headers'];
  body: string;
}

const servers: Server[] = [];
afterEach(async () => {
  delete process.env.http_proxy;
  await Promise.all(servers.splice(0).map((server) => new Promise((resolve) => server.close(resolve))));
});

/** A server on 127.0.0.1 that records each request and answers with `answer`. */
async function serve(answer: (request: IncomingMessage, response: ServerResponse, body: string) => void) {
  const seen: Seen[] = [];
  const server = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk) => (body += chunk));
    request.on('end', () => {
      seen.push({method: request.method, url: request.url, headers: request.headers, body});
      answer(request, response, body);
    });
  });
  servers.push(server);
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const {port} = server.address() as {port: number};
  return {url: `http://127.0.0.1:${port}`, port, seen};
}

const json = (response: ServerResponse, status: number, data: unknown, headers: Record<string, string> = {}) => {
  response.writeHead(status, {'content-type': 'application/json', ...headers});
  response.end(JSON.stringify(data));
};

describe('createTransport', () => {
  it('sends the method, headers and body, and answers with status, headers, body and URL', async () => {
    const api = await serve((_request, response, body) => json(response, 201, {echo: JSON.parse(body)}, {'x-ratelimit-remaining': '42'}));
    const fetch = createTransport(5000);

    const response = await fetch(`${api.url}/repos/acme/widgets/issues/1/comments`, {
      method: 'POST',
      headers: {authorization: 'token ghs_x', 'content-type': 'application/json'},
      body: JSON.stringify({body: 'hello'}),
    });

    expect(response.status).toBe(201);
    expect(response.url).toBe(`${api.url}/repos/acme/widgets/issues/1/comments`);
    expect(response.headers.get('x-ratelimit-remaining')).toBe('42');
    expect(await response.json()).toEqual({echo: {body: 'hello'}});
    expect(api.seen[0]).toMatchObject({method: 'POST', url: '/repos/acme/widgets/issues/1/comments', body: '{"body":"hello"}'});
    expect(api.seen[0].headers).toMatchObject({authorization: 'token ghs_x', 'content-length': '16'});
  });

  it('answers 204 without a body', async () => {
    const api = await serve((_request, response) => response.writeHead(204).end());
    const response = await createTransport(5000)(`${api.url}/x`, {method: 'DELETE'});
    expect(response.status).toBe(204);
    expect(response.body).toBeNull();
  });

  it('decodes a gzip body', async () => {
    const api = await serve((_request, response) => {
      response.writeHead(200, {'content-type': 'application/json', 'content-encoding': 'gzip'});
      response.end(gzipSync(JSON.stringify({id: 7})));
    });
    const response = await createTransport(5000)(`${api.url}/x`);
    expect(await response.json()).toEqual({id: 7});
    expect(response.headers.get('content-encoding')).toBeNull();
  });

  it('follows a renamed repository\'s redirect, keeping the token on the same host only', async () => {
    const other = await serve((_request, response) => json(response, 200, {id: 1, at: 'other'}));
    const api = await serve((request, response) => {
      if (request.url === '/repos/old/name/actions/runs/1') return json(response, 301, {}, {location: '/repositories/9/actions/runs/1'});
      if (request.url === '/repositories/9/actions/runs/1') return json(response, 307, {}, {location: `${other.url}/runs/1`});
      json(response, 404, {message: 'Not Found'});
    });

    const response = await createTransport(5000)(`${api.url}/repos/old/name/actions/runs/1`, {headers: {authorization: 'token ghs_x'}});

    expect(response.status).toBe(200);
    expect(response.url).toBe(`${other.url}/runs/1`);
    expect(await response.json()).toEqual({id: 1, at: 'other'});
    expect(api.seen.map((seen) => seen.headers.authorization)).toEqual(['token ghs_x', 'token ghs_x']);
    expect(other.seen[0].headers.authorization).toBeUndefined();
  });

  it('rejects an answer a Response cannot hold instead of hanging', async () => {
    const api = await serve((request) => {
      request.socket.end('HTTP/1.1 999 Strange\r\ncontent-length: 2\r\n\r\n{}');
    });
    await expect(createTransport(5000)(`${api.url}/runs/1`)).rejects.toThrow(RangeError);
  });

  it('follows a 303 after a POST with a GET and no body; rejects a redirect loop rather than answer with it', async () => {
    const api = await serve((request, response) => {
      if (request.url === '/post') return json(response, 303, {}, {location: '/done'});
      if (request.url === '/done') return json(response, 200, {done: true});
      json(response, 302, {}, {location: '/loop'});
    });
    const fetch = createTransport(5000);

    expect(await (await fetch(`${api.url}/post`, {method: 'POST', body: '{}'})).json()).toEqual({done: true});
    expect(api.seen.slice(0, 2).map((seen) => [seen.method, seen.url, seen.body])).toEqual([
      ['POST', '/post', '{}'],
      ['GET', '/done', ''],
    ]);
    await expect(fetch(`${api.url}/loop`)).rejects.toThrow(/^redirect count exceeded/);
    expect(api.seen.filter((seen) => seen.url === '/loop')).toHaveLength(6);
  });

  it('fails with RequestTimeoutError when the body stalls past the deadline', async () => {
    const api = await serve((_request, response) => {
      response.writeHead(200, {'content-type': 'application/json'});
      response.write('{"id":');
    });
    const started = Date.now();
    const error = await createTransport(200)(`${api.url}/runs/1`).catch((rejection: unknown) => rejection);
    expect(error).toBeInstanceOf(RequestTimeoutError);
    expect((error as RequestTimeoutError).message).toBe('request timed out after 0.2 s');
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('goes through the proxy that http_proxy names', async () => {
    const api = await serve((request, response) => json(response, 200, {host: request.headers.host}));
    const tunnels: string[] = [];
    const proxy = createServer();
    // The proxy reaches every host at the test server, so no name needs to resolve.
    proxy.on('connect', (request: IncomingMessage, client) => {
      tunnels.push(request.url!);
      const upstream = connect(api.port, '127.0.0.1', () => {
        client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
        upstream.pipe(client);
        client.pipe(upstream);
      });
    });
    servers.push(proxy);
    proxy.listen(0, '127.0.0.1');
    await once(proxy, 'listening');
    process.env.http_proxy = `http://127.0.0.1:${(proxy.address() as {port: number}).port}`;

    const response = await createTransport(5000)('http://github.example.test/api/v3/repos/acme/widgets');

    expect(await response.json()).toEqual({host: expect.stringMatching(/^github\.example\.test(:80)?$/)});
    expect(tunnels).toEqual(['github.example.test:80']);
  });
});
