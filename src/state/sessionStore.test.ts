import { describe, expect, it } from 'vitest';
import { MINIMAP_AUTO_FROM, MINIMAP_AUTO_LIMIT, minimapShown } from './sessionStore';

describe('minimapShown', () => {
  it('by default only for plans too big to see whole and small enough to redraw cheaply', () => {
    expect(minimapShown('auto', 19)).toBe(false);
    expect(minimapShown('auto', MINIMAP_AUTO_FROM)).toBe(true);
    expect(minimapShown('auto', MINIMAP_AUTO_LIMIT)).toBe(true);
    expect(minimapShown('auto', MINIMAP_AUTO_LIMIT + 1)).toBe(false);
  });

  it('what the user chose wins, whatever the size', () => {
    expect(minimapShown('on', 5)).toBe(true);
    expect(minimapShown('on', 2000)).toBe(true);
    expect(minimapShown('off', 100)).toBe(false);
  });
});
