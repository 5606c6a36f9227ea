/** Lowercase, diacritics removed, anything else than a–z and 0–9 becomes one '-'. */
export function slug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80);
}

/** `<wijk>-<title>.doelenboom.<ext>`, as users and the council file them. */
export function exportFileName(plan: { wijk: string; title: string }, ext: 'json' | 'png' | 'svg' | 'html' = 'json'): string {
  const base = [slug(plan.wijk), slug(plan.title)].filter(Boolean).join('-') || 'plan';
  return `${base}.doelenboom.${ext}`;
}
