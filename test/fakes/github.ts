import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A local stand-in for what the action calls on GitHub: REST issue comments (paginated), /user and
 * GraphQL `viewer` (an installation token, as GITHUB_TOKEN and App tokens are: /user is refused),
 * workflow runs and their artifacts, the artifact zip redirect and download, and the artifact upload
 * service (Twirp CreateArtifact/FinalizeArtifact plus Azure block-blob PUTs). It records every request.
 */
export interface FakeArtifact {
  id: number;
  runId: number;
  name: string;
  expired: boolean;
  zip: Buffer;
}

export interface FakeComment {
  id: number;
  body: string;
  user: { login: string; type: string };
}

export interface Recorded {
  method: string;
  path: string;
  body: string;
  authorization?: string;
}

export class FakeGitHub {
  readonly requests: Recorded[] = [];
  readonly comments = new Map<number, FakeComment[]>();
  readonly artifacts: FakeArtifact[] = [];
  readonly commitComments: { sha: string; body: string }[] = [];
  /** Workflow runs by workflow file: newest first, as GitHub lists them. */
  readonly runs: { id: number; branch: string; workflow: string; conclusion: string }[] = [];
  /** Who the token is: comments it writes carry this login; it may edit only its own. */
  identity = 'github-actions[bot]';
  /** When set, comment writes answer this status (e.g. 403 for a fork PR's read-only token). */
  commentStatus: number | undefined;
  /** Failures to answer before handling: the next `times` requests matching method and path get `status`. */
  readonly failures: { method: string; path: RegExp; status: number; times: number }[] = [];
  private nextId = 1000;
  private readonly pending = new Map<string, { runId: number; name: string; blocks: Map<string, Buffer>; zip?: Buffer; id: number }>();
  private server!: Server;
  url = '';

  async start(): Promise<this> {
    this.server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => this.handle(req, res, Buffer.concat(chunks)));
    });
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  close(): Promise<void> {
    return new Promise((resolve) => {
      this.server.close(() => resolve());
      this.server.closeAllConnections();
    });
  }

  addComment(issue: number, body: string, login = 'someone'): FakeComment {
    const comment = { id: this.nextId++, body, user: { login, type: login.endsWith('[bot]') ? 'Bot' : 'User' } };
    this.comments.set(issue, [...(this.comments.get(issue) ?? []), comment]);
    return comment;
  }

  private json(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
    res.writeHead(status, { 'content-type': 'application/json', ...headers });
    res.end(JSON.stringify(body));
  }

  private handle(req: IncomingMessage, res: ServerResponse, raw: Buffer): void {
    const url = new URL(req.url ?? '/', this.url);
    const path = url.pathname;
    const body = raw.toString('utf8');
    this.requests.push({
      method: req.method!,
      path: `${path}${url.search}`,
      body: path.startsWith('/blob') ? `<${raw.length} bytes>` : body,
      authorization: req.headers.authorization,
    });
    let m: RegExpExecArray | null;
    const failure = this.failures.find((f) => f.times > 0 && f.method === req.method && f.path.test(path));
    if (failure) {
      failure.times--;
      return this.json(res, failure.status, { message: failure.status >= 500 ? 'Server Error' : 'Validation Failed' });
    }

    if (req.method === 'GET' && path === '/user') return this.json(res, 403, { message: 'Resource not accessible by integration' });
    if (req.method === 'POST' && path === '/graphql') {
      const query = (JSON.parse(body) as { query?: string }).query ?? '';
      if (/\bviewer\s*\{\s*login\s*\}/.test(query)) return this.json(res, 200, { data: { viewer: { login: this.identity } } });
      return this.json(res, 200, { errors: [{ message: 'this fake answers only viewer { login }' }] });
    }

    if ((m = /^\/repos\/[^/]+\/[^/]+\/issues\/(\d+)\/comments$/.exec(path))) {
      const issue = Number(m[1]);
      if (req.method === 'GET') {
        const all = this.comments.get(issue) ?? [];
        const perPage = Number(url.searchParams.get('per_page') ?? 30);
        const page = Number(url.searchParams.get('page') ?? 1);
        const slice = all.slice((page - 1) * perPage, page * perPage);
        const headers: Record<string, string> = {};
        if (page * perPage < all.length) {
          const next = new URL(url);
          next.searchParams.set('page', String(page + 1));
          headers.link = `<${next.href}>; rel="next"`;
        }
        return this.json(res, 200, slice, headers);
      }
      if (req.method === 'POST') {
        if (this.commentStatus) return this.json(res, this.commentStatus, { message: 'Resource not accessible by integration' });
        const comment = this.addComment(issue, (JSON.parse(body) as { body: string }).body, this.identity);
        return this.json(res, 201, { ...comment, html_url: `https://github.com/o/r/pull/${issue}#issuecomment-${comment.id}` });
      }
    }
    if ((m = /^\/repos\/[^/]+\/[^/]+\/commits\/([0-9a-z]+)\/comments$/.exec(path)) && req.method === 'POST') {
      const id = this.nextId++;
      this.commitComments.push({ sha: m[1]!, body: (JSON.parse(body) as { body: string }).body });
      return this.json(res, 201, { id, html_url: `https://github.com/o/r/commit/${m[1]}#commitcomment-${id}` });
    }
    if ((m = /^\/repos\/[^/]+\/[^/]+\/issues\/comments\/(\d+)$/.exec(path)) && req.method === 'PATCH') {
      if (this.commentStatus) return this.json(res, this.commentStatus, { message: 'Resource not accessible by integration' });
      for (const [issue, list] of this.comments) {
        const comment = list.find((c) => c.id === Number(m![1]));
        if (comment && comment.user.login !== this.identity)
          return this.json(res, 403, { message: 'Resource not accessible by integration' });
        if (comment) {
          comment.body = (JSON.parse(body) as { body: string }).body;
          return this.json(res, 200, { ...comment, html_url: `https://github.com/o/r/pull/${issue}#issuecomment-${comment.id}` });
        }
      }
      return this.json(res, 404, { message: 'Not Found' });
    }
    if ((m = /^\/repos\/[^/]+\/[^/]+\/actions\/workflows\/([^/]+)\/runs$/.exec(path))) {
      const branch = url.searchParams.get('branch');
      const runs = this.runs.filter((r) => r.workflow === m![1] && (!branch || r.branch === branch) && r.conclusion === 'success');
      return this.json(res, 200, {
        total_count: runs.length,
        workflow_runs: runs.map((r) => ({ id: r.id, head_branch: r.branch, status: 'completed', conclusion: r.conclusion })),
      });
    }
    if ((m = /^\/repos\/[^/]+\/[^/]+\/actions\/runs\/(\d+)\/artifacts$/.exec(path))) {
      const name = url.searchParams.get('name');
      const found = this.artifacts.filter((a) => a.runId === Number(m![1]) && (!name || a.name === name));
      return this.json(res, 200, {
        total_count: found.length,
        artifacts: found.map((a) => ({
          id: a.id,
          name: a.name,
          size_in_bytes: a.zip.length,
          expired: a.expired,
          created_at: '2026-11-01T00:00:00Z',
          workflow_run: { id: a.runId },
        })),
      });
    }
    if ((m = /^\/repos\/[^/]+\/[^/]+\/actions\/artifacts\/(\d+)\/zip$/.exec(path))) {
      const artifact = this.artifacts.find((a) => a.id === Number(m![1]));
      if (!artifact) return this.json(res, 404, { message: 'Not Found' });
      if (artifact.expired) return this.json(res, 410, { message: 'Artifact has expired' });
      res.writeHead(302, { location: `${this.url}/blob-download/${artifact.id}.zip?sig=signed` });
      res.end();
      return;
    }
    if ((m = /^\/blob-download\/(\d+)\.zip$/.exec(path))) {
      const artifact = this.artifacts.find((a) => a.id === Number(m![1]))!;
      res.writeHead(200, { 'content-type': 'application/zip', 'content-length': artifact.zip.length });
      res.end(artifact.zip);
      return;
    }
    if (path.startsWith('/twirp/github.actions.results.api.v1.ArtifactService/')) {
      const method = path.split('/').pop();
      const input = JSON.parse(body || '{}') as { workflow_run_backend_id: string; name: string; size?: string };
      const runId = Number(input.workflow_run_backend_id?.replace('run-', ''));
      const key = `${runId}/${input.name}`;
      if (method === 'CreateArtifact') {
        const id = this.nextId++;
        this.pending.set(key, { runId, name: input.name, blocks: new Map(), id });
        return this.json(res, 200, { ok: true, signed_upload_url: `${this.url}/blob/account/container/${id}?sig=signed` });
      }
      if (method === 'FinalizeArtifact') {
        const upload = this.pending.get(key);
        if (!upload?.zip) return this.json(res, 404, { code: 'not_found', msg: 'no upload for this artifact' });
        this.artifacts.push({ id: upload.id, runId, name: upload.name, expired: false, zip: upload.zip });
        this.pending.delete(key);
        return this.json(res, 200, { ok: true, artifact_id: String(upload.id) });
      }
      return this.json(res, 404, { code: 'bad_route', msg: `no method ${method}` });
    }
    if (path.startsWith('/blob/') && req.method === 'PUT') {
      const id = Number(path.split('/').pop());
      const upload = [...this.pending.values()].find((p) => p.id === id);
      if (!upload) return this.json(res, 404, {});
      const comp = url.searchParams.get('comp');
      const headers = { etag: '"0x1"', 'last-modified': new Date().toUTCString(), 'x-ms-request-server-encrypted': 'true' };
      if (comp === 'block') {
        upload.blocks.set(url.searchParams.get('blockid')!, raw);
        res.writeHead(201, headers);
        res.end();
        return;
      }
      if (comp === 'blocklist') {
        const ids = [...body.matchAll(/<(?:Latest|Uncommitted|Committed)>([^<]+)</g)].map((x) => x[1]!);
        upload.zip = Buffer.concat(ids.map((b) => upload.blocks.get(b) ?? Buffer.alloc(0)));
        res.writeHead(201, headers);
        res.end();
        return;
      }
      upload.zip = raw; // single-shot upload
      res.writeHead(201, headers);
      res.end();
      return;
    }
    this.json(res, 404, { message: `fake GitHub has no route for ${req.method} ${path}` });
  }
}

/** An ACTIONS_RUNTIME_TOKEN: an unsigned JWT whose scp claim names the run and job. */
export function runtimeToken(runId: number): string {
  const part = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
  return `${part({ alg: 'none', typ: 'JWT' })}.${part({ scp: `Actions.GenericRead:x Actions.Results:run-${runId}:job-1` })}.sig`;
}
