#!/usr/bin/env node
// nginx with the project's own deploy/nginx configuration, for the end-to-end tests that
// depend on the deployed headers (the service worker under the CSP, caching, long links).
//   ensureNginx()                    finds nginx, installing Debian's with apt as root
//   node scripts/nginx.mjs serve P   serves a copy of dist/ on 127.0.0.1:P until stopped
import { spawn, spawnSync } from 'node:child_process'
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'

const has = (cmd) => spawnSync('sh', ['-c', `command -v ${cmd}`]).status === 0

function findNginx() {
  if (process.env.NGINX_PATH) return process.env.NGINX_PATH
  const onPath = spawnSync('sh', ['-c', 'command -v nginx'], { encoding: 'utf8' }).stdout?.trim()
  if (onPath) return onPath
  // Debian puts it in /usr/sbin, which is not on an ordinary user's PATH.
  return existsSync('/usr/sbin/nginx') ? '/usr/sbin/nginx' : undefined
}

/** { ok, env } with NGINX_PATH set for the Playwright run, or { ok: false, message }. */
export function ensureNginx() {
  if (process.env.NGINX_PATH && !existsSync(process.env.NGINX_PATH)) {
    return {
      ok: false,
      message: `NGINX_PATH=${process.env.NGINX_PATH} does not exist: point it at an nginx binary.`,
    }
  }
  let path = findNginx()
  if (!path && process.getuid?.() === 0 && has('apt-get')) {
    console.log('No nginx found: installing Debian nginx with apt-get.')
    spawnSync('sh', ['-c', 'apt-get update -qq && apt-get install -y -qq nginx'], {
      stdio: 'inherit',
    })
    path = findNginx()
  }
  if (path) return { ok: true, env: { NGINX_PATH: path } }
  return {
    ok: false,
    message:
      'No nginx available for the end-to-end tests behind the deployed headers. Run `sudo apt-get install -y nginx` (or set NGINX_PATH to an nginx binary), then npm test again.',
  }
}

/** Where the server for a port keeps its copy of dist/ (the update test swaps sw.js in it). */
export function servedRoot(port) {
  return join(tmpdir(), `route-finder-nginx-${port}`, 'html')
}

/** The deploy configuration, pointed at this machine's paths and port, nothing else changed. */
export function siteConfig(port, root) {
  const site = readFileSync('deploy/nginx/route-finder.conf', 'utf8')
  const headers = resolve('deploy/nginx/security-headers.conf')
  const replaced = site
    .replace(/listen 8080;/, `listen 127.0.0.1:${port};`)
    .replace(/root \/usr\/share\/nginx\/html;/, `root ${root};`)
    .replaceAll('include /etc/nginx/route-finder/security-headers.conf;', `include ${headers};`)
  if (!replaced.includes(root) || !replaced.includes(`127.0.0.1:${port}`)) {
    throw new Error('deploy/nginx/route-finder.conf no longer has `listen 8080;` and its root')
  }
  return replaced
}

function serve(port) {
  const nginx = findNginx()
  if (!nginx) throw new Error(ensureNginx().message)
  const dir = join(tmpdir(), `route-finder-nginx-${port}`)
  const root = servedRoot(port)
  rmSync(dir, { recursive: true, force: true })
  mkdirSync(join(dir, 'temp'), { recursive: true })
  cpSync('dist', root, { recursive: true })
  writeFileSync(join(dir, 'site.conf'), siteConfig(port, root))
  // The http block of Debian's and the official image's nginx.conf, minus logging.
  const mime = existsSync('/etc/nginx/mime.types') ? 'include /etc/nginx/mime.types;' : ''
  const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']
    .map((kind) => `  ${kind}_temp_path ${dir}/temp/${kind};`)
    .join('\n')
  writeFileSync(
    join(dir, 'nginx.conf'),
    [
      'daemon off;',
      'worker_processes 1;',
      // As root, nginx's workers would otherwise drop to a user that cannot read the copy.
      process.getuid?.() === 0 ? 'user root;' : '',
      `pid ${dir}/nginx.pid;`,
      `error_log ${dir}/error.log warn;`,
      'events { worker_connections 256; }',
      'http {',
      `  ${mime}`,
      '  default_type application/octet-stream;',
      temp,
      `  include ${dir}/site.conf;`,
      '}',
      '',
    ].join('\n'),
  )
  const child = spawn(nginx, ['-p', dir, '-c', join(dir, 'nginx.conf'), '-e', `${dir}/error.log`], {
    stdio: 'inherit',
  })
  const stop = () => child.kill('SIGQUIT')
  process.on('SIGTERM', stop)
  process.on('SIGINT', stop)
  child.on('exit', (code) => process.exit(code ?? 0))
}

if (process.argv[2] === 'serve') serve(Number(process.argv[3] ?? 4318))
