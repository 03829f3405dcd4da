export function ensureNginx():
  | { ok: true; env: Record<string, string> }
  | { ok: false; message: string }
export function servedRoot(port: number): string
export function siteConfig(port: number, root: string): string
