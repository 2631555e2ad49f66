/**
 * Debian's nginx serving a built site the way a deployer would: the server block the build wrote
 * (dist/nginx.conf) with its `root` and `listen` lines set, inside a minimal http {} on a random
 * loopback port. Everything nginx writes (pid, logs, temp files) goes to a scratch directory; one
 * foreground process (no daemon, no master), so it runs as whoever runs the tests.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';

export const NGINX = ['/usr/sbin/nginx', '/usr/bin/nginx'].find((p) => existsSync(p));
const MIME_TYPES = '/etc/nginx/mime.types';

export interface Served {
  origin: string;
  close: () => Promise<void>;
}

/** A free TCP port on 127.0.0.1 (asked of the OS, then released for nginx to take). */
function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const probe = createServer();
    probe.once('error', fail);
    probe.listen(0, '127.0.0.1', () => {
      const addr = probe.address();
      probe.close(() => (typeof addr === 'object' && addr ? ok(addr.port) : fail(new Error('no port'))));
    });
  });
}

/** `conf` with its one `name …;` directive set to `value`; fails when there is not exactly one. */
function setDirective(conf: string, name: string, value: string): string {
  const re = new RegExp(`^(\\s*)${name}\\s[^;]*;`, 'gm');
  const found = conf.match(re)?.length ?? 0;
  if (found !== 1) throw new Error(`dist/nginx.conf: expected one \`${name}\` line, found ${found}`);
  return conf.replace(re, `$1${name} ${value};`);
}

/** The built site's server block, set to serve `root` on `listen`, as the deployer sets it. */
export function deployedServerBlock(dist: string, root: string, listen: string): string {
  return setDirective(setDirective(readFileSync(path.join(dist, 'nginx.conf'), 'utf8'), 'root', root), 'listen', listen);
}

/** The http {} around a server block: Debian's mime types, every path nginx writes inside `scratch`. */
export function mainConfig(scratch: string, serverBlock: string): string {
  writeFileSync(path.join(scratch, 'site.conf'), serverBlock);
  const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((k) => `  ${k}_temp_path ${scratch}/${k};`).join('\n');
  return `daemon off;
master_process off;
pid ${scratch}/nginx.pid;
error_log ${scratch}/error.log warn;
events { worker_connections 256; }
http {
  include ${MIME_TYPES};
  default_type application/octet-stream;
  access_log ${scratch}/access.log;
${temp}
  include ${scratch}/site.conf;
}
`;
}

function missing(): Error {
  return new Error(
    'nginx not found at /usr/sbin/nginx: run `apt-get install -y nginx` (as .ci/run does), or set SKIP_BROWSER=1 to skip the browser suites',
  );
}

/** Run `nginx -t` on a server block; returns nginx's verdict (throws only when nginx is missing). */
export function checkConfig(serverBlock: string): { ok: boolean; output: string } {
  if (!NGINX) throw missing();
  const scratch = mkdtempSync(path.join(tmpdir(), 'gongbao-nginx-t-'));
  try {
    writeFileSync(path.join(scratch, 'nginx.conf'), mainConfig(scratch, serverBlock));
    const r = spawnSync(NGINX, ['-t', '-p', scratch, '-c', path.join(scratch, 'nginx.conf'), '-e', path.join(scratch, 'error.log')], {
      encoding: 'utf8',
    });
    return { ok: r.status === 0, output: `${r.stdout}${r.stderr}` };
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

/** Serve the built site in `dist` with nginx on 127.0.0.1 at a random port. */
export async function serveNginx(dist: string): Promise<Served> {
  if (!NGINX) throw missing();
  const scratch = mkdtempSync(path.join(tmpdir(), 'gongbao-nginx-'));
  const port = await freePort();
  const conf = path.join(scratch, 'nginx.conf');
  writeFileSync(conf, mainConfig(scratch, deployedServerBlock(dist, path.resolve(dist), `127.0.0.1:${port}`)));
  const proc: ChildProcess = spawn(NGINX, ['-p', scratch, '-c', conf, '-e', path.join(scratch, 'error.log')], { stdio: 'ignore' });
  const exited = new Promise<void>((ok) => proc.once('exit', () => ok()));
  const origin = `http://127.0.0.1:${port}`;
  const log = () => (existsSync(path.join(scratch, 'error.log')) ? readFileSync(path.join(scratch, 'error.log'), 'utf8') : '');
  for (let tries = 0; ; tries++) {
    if (proc.exitCode !== null) throw new Error(`nginx exited with ${proc.exitCode}:\n${log()}`);
    if (
      await fetch(`${origin}/`, { method: 'HEAD' }).then(
        () => true,
        () => false,
      )
    )
      break;
    if (tries > 100) {
      proc.kill('SIGTERM');
      throw new Error(`nginx did not answer on ${origin}:\n${log()}`);
    }
    await new Promise((ok) => setTimeout(ok, 50));
  }
  return {
    origin,
    close: async () => {
      if (proc.exitCode === null) proc.kill('SIGTERM');
      await exited;
      rmSync(scratch, { recursive: true, force: true });
    },
  };
}
