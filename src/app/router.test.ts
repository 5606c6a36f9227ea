import { describe, expect, it } from 'vitest';
import { overviewHref, parseRoute } from './router';

describe('parseRoute', () => {
  it('knows the Stadsoverzicht', () => {
    expect(parseRoute(overviewHref)).toEqual({ name: 'stadsoverzicht' });
    expect(parseRoute('#/stadsoverzicht/extra')).toEqual({ name: 'plans' });
  });

  it('keeps the other routes', () => {
    expect(parseRoute('#/')).toEqual({ name: 'plans' });
    expect(parseRoute('#/privacy')).toEqual({ name: 'privacy' });
    expect(parseRoute('#/plan/p1/doelen')).toEqual({ name: 'plan', id: 'p1', step: 'doelen' });
  });
});
