import { useSyncExternalStore } from 'react';

export type Route =
  | { name: 'plans' }
  | { name: 'privacy' }
  | { name: 'toegankelijkheid' }
  | { name: 'stadsoverzicht' }
  | { name: 'plan'; id: string; step?: string };

/** Hash routes: `#/` (Mijn plannen), `#/privacy`, `#/toegankelijkheid`, `#/stadsoverzicht`, `#/plan/<id>` and `#/plan/<id>/<step>`. */
export function parseRoute(hash: string): Route {
  const parts = hash.replace(/^#\/?/, '').split('/').filter(Boolean).map(safeDecode);
  if (parts.length === 1 && (parts[0] === 'privacy' || parts[0] === 'toegankelijkheid' || parts[0] === 'stadsoverzicht')) return { name: parts[0] };
  if (parts[0] === 'plan' && parts[1]) return { name: 'plan', id: parts[1], ...(parts[2] ? { step: parts[2] } : {}) };
  return { name: 'plans' };
}

function safeDecode(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    return part;
  }
}

export function planHref(id: string, step?: string): string {
  return `#/plan/${encodeURIComponent(id)}${step ? `/${encodeURIComponent(step)}` : ''}`;
}

export const plansHref = '#/';
export const privacyHref = '#/privacy';
export const toegankelijkheidHref = '#/toegankelijkheid';
export const overviewHref = '#/stadsoverzicht';

export function navigate(href: string): void {
  window.location.hash = href.slice(1);
}

/** Like navigate, without a history entry: for an address that should not have existed. */
export function redirect(href: string): void {
  window.location.replace(href);
}

function subscribe(cb: () => void) {
  window.addEventListener('hashchange', cb);
  return () => window.removeEventListener('hashchange', cb);
}

let lastHash = '';
let lastRoute: Route = { name: 'plans' };
function snapshot(): Route {
  // Same object for the same hash, as useSyncExternalStore requires.
  if (window.location.hash !== lastHash) {
    lastHash = window.location.hash;
    lastRoute = parseRoute(lastHash);
  }
  return lastRoute;
}

export function useRoute(): Route {
  return useSyncExternalStore(subscribe, snapshot);
}
