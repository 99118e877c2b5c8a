/**
 * The two kinds of URL pattern a custom CRM description uses:
 * - `match`: a Chrome match pattern for the host ("https://crm.example.com/*"). Chrome ignores the
 *   port when the pattern names none, so "http://localhost/*" covers every port.
 * - `urlPattern`: a path with one ":id" ("/companies/:id", or a hash route "/#/companies/:id").
 * Both compile to anchored regular expressions built only from escaped literals, so a user's pattern
 * can never inject a regex of its own (no ReDoS, no eval).
 */

const MATCH = /^(\*|https?):\/\/(\*|\*\.[^/*:]+|[^/*:]+)(?::(\d{1,5}|\*))?(\/.*)$/;

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const glob = (s: string) => s.split('*').map(escape).join('.*');

/** Why a match pattern is unusable, or undefined when it is fine. */
export function matchPatternProblem(pattern: string): string | undefined {
  const m = MATCH.exec(pattern);
  if (!m) return 'must look like "https://crm.example.com/*" (scheme http, https or *; a host; a path)';
  if (m[2] === '*') return 'must name the CRM\'s host, not "*" (that would cover every site)';
  return undefined;
}

export function matchesPattern(pattern: string, url: URL): boolean {
  const m = MATCH.exec(pattern);
  if (!m) return false;
  const [, scheme, host, port, path] = m;
  const protocol = url.protocol.slice(0, -1);
  if (scheme === '*' ? protocol !== 'http' && protocol !== 'https' : protocol !== scheme) return false;
  if (host.startsWith('*.')) {
    const base = host.slice(2).toLowerCase();
    if (url.hostname !== base && !url.hostname.endsWith(`.${base}`)) return false;
  } else if (url.hostname !== host.toLowerCase()) return false;
  if (port !== undefined && port !== '*' && (url.port || (protocol === 'https' ? '443' : '80')) !== port) return false;
  return new RegExp(`^${glob(path)}$`).test(url.pathname + url.search);
}

export interface CompiledPath {
  regex: RegExp;
  usesHash: boolean;
}

/** "/companies/:id" → regex with one capture; "*" matches anything; a trailing slash is optional. */
export function compilePath(pattern: string): CompiledPath {
  const usesHash = pattern.includes('#');
  const body = pattern
    .replace(/\/+$/, '')
    .split(':id')
    .map(glob)
    .join('([^/?#]+)');
  return {regex: new RegExp(`^${body}/?$`), usesHash};
}

/** The part of the URL a path pattern is matched against: the path, plus the hash route if used. */
export function pathTarget(url: URL, usesHash: boolean): string {
  if (!usesHash) return url.pathname;
  return url.pathname + url.hash.replace(/\?.*$/, '');
}

/** Match a compiled path; returns the decoded id (or '' for list patterns without :id), else undefined. */
export function matchPath(compiled: CompiledPath, url: URL): string | undefined {
  const m = compiled.regex.exec(pathTarget(url, compiled.usesHash));
  if (!m) return undefined;
  if (m[1] === undefined) return '';
  try {
    return decodeURIComponent(m[1]);
  } catch {
    return undefined;
  }
}

/** Problems with a record/list urlPattern (shape only; ":id" presence is checked by the caller). */
export function pathPatternProblem(pattern: string): string | undefined {
  if (!pattern.startsWith('/')) return 'must start with "/" (a path such as "/companies/:id" or "/#/companies/:id")';
  if (/\s/.test(pattern)) return 'must not contain spaces';
  if ((pattern.match(/:id/g) ?? []).length > 1) return 'must contain ":id" at most once';
  return undefined;
}
