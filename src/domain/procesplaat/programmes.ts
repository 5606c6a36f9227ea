// Suggestions for the free-text fields of the first steps. They are suggestions only: a user
// may type any programme or theme, and a plan keeps whatever it holds.
import type { Plan } from '../plan/types';

/**
 * Arnhem's budget programmes ("begrotingsprogramma's") to choose from in the step Beleid.
 * The uitvoeringsplan "Van Wijken Weten" (2025–2026) names Welzijn, Veiligheid and Ruimtelijke
 * Ontwikkeling as the programmes the wijkgerichte werkwijze starts with, and the Nationaal
 * Programma Arnhem-Oost; it says the other programmes follow later. The rest of this list
 * are common themes of a municipal budget, offered so that users spell them the same way.
 */
export const PROGRAMMES: readonly string[] = Object.freeze([
  'Welzijn',
  'Veiligheid',
  'Ruimtelijke Ontwikkeling',
  'Nationaal Programma Arnhem-Oost',
  'Wonen',
  'Werk en Inkomen',
  'Onderwijs',
  'Economie',
  'Cultuur',
  'Sport',
  'Duurzaamheid',
  'Mobiliteit',
]);

/** Themes to group wijkinformatie by. `Karakter` is for traits of the wijk. */
export const INPUT_THEMES: readonly string[] = Object.freeze([
  'Jeugd',
  'Veiligheid',
  'Groen',
  'Armoede',
  'Eenzaamheid',
  'Wonen',
  'Verkeer',
  'Zorg',
  'Samenleven',
  'Karakter',
]);

const key = (s: string) => s.trim().toLocaleLowerCase('nl');

/** `base` followed by the `used` values it lacks (compared without case), in first-seen order. */
function merged(base: readonly string[], used: Iterable<string>): string[] {
  const seen = new Set(base.map(key));
  const out = [...base];
  for (const raw of used) {
    const v = raw.trim();
    if (v === '' || seen.has(key(v))) continue;
    seen.add(key(v));
    out.push(v);
  }
  return out;
}

/** The programme suggestions plus the programmes this plan already uses. */
export function programmeSuggestions(plan: Pick<Plan, 'policies'>): string[] {
  return merged(PROGRAMMES, plan.policies.map((p) => p.programme));
}

/** The theme suggestions plus the themes this plan already uses. */
export function themeSuggestions(plan: Pick<Plan, 'inputs'>): string[] {
  return merged(INPUT_THEMES, plan.inputs.map((i) => i.theme ?? ''));
}

/** The themes this plan's inputs use, each once (first spelling wins), sorted as Dutch text. */
export function usedThemes(plan: Pick<Plan, 'inputs'>): string[] {
  return merged([], plan.inputs.map((i) => i.theme ?? '')).sort((a, b) => a.localeCompare(b, 'nl'));
}

/** Whether two themes are the same, ignoring case and surrounding spaces. */
export function sameTheme(a: string | undefined, b: string | undefined): boolean {
  return key(a ?? '') === key(b ?? '');
}
