// What the quick capture was set to, per plan, for as long as the page lives. In a session the
// facilitator picks "Partners" and a theme once, moves to another step to check something and
// comes back: the choice is still there. Never saved, never exported, never an undo step.
import { create } from 'zustand';
import type { InputSource } from '../../../domain/plan/types';

export interface CaptureSettings {
  source: InputSource;
  theme: string;
  date: string;
}

export const DEFAULT_CAPTURE: CaptureSettings = { source: 'bewoners', theme: '', date: '' };

interface CaptureMemory {
  byPlan: Readonly<Record<string, CaptureSettings>>;
  remember(planId: string, patch: Partial<CaptureSettings>): void;
}

export const useCaptureMemory = create<CaptureMemory>()((set, get) => ({
  byPlan: {},
  remember(planId, patch) {
    const current = get().byPlan[planId] ?? DEFAULT_CAPTURE;
    set({ byPlan: { ...get().byPlan, [planId]: { ...current, ...patch } } });
  },
}));

/** The quick-capture settings of one plan: what was last chosen, or the defaults. */
export function useCaptureSettings(planId: string): [CaptureSettings, (patch: Partial<CaptureSettings>) => void] {
  const settings = useCaptureMemory((s) => s.byPlan[planId]) ?? DEFAULT_CAPTURE;
  const remember = useCaptureMemory((s) => s.remember);
  return [settings, (patch) => remember(planId, patch)];
}

/** Forgets every plan's settings (tests start from the defaults). */
export function forgetCaptureSettings(): void {
  useCaptureMemory.setState({ byPlan: {} });
}
