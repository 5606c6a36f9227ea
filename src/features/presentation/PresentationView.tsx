import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent as ReactKeyboardEvent, type RefObject } from 'react';
import { createPortal } from 'react-dom';
import { PlanCanvas } from '../../canvas';
import { graphIndex } from '../../domain/plan/rules';
import type { Plan } from '../../domain/plan/types';
import { nlPresentation } from '../../i18n';
import { usePlanStore } from '../../state/planStore';
import { addActionUnder, addSignalFor, presentationStops, resolveStop, type Stop } from './stops';
import './presentation.css';

const t = nlPresentation;
const NONE: readonly string[] = [];

export interface PresentationViewProps {
  plan: Plan;
  /** Escape, the close button, or leaving full screen. */
  onClose: () => void;
  /** Gets the focus back when the presentation ends (the "Presenteren" button). */
  returnFocusTo?: RefObject<HTMLElement | null>;
}

type CaptureKind = 'signal' | 'action';

/** The rendered text on the canvas is never smaller than this (px at the screen's scale). */
const MIN_TEXT_PX = 26;
/** Height of a node in the presentation (the layout reserves 110 and leaves 80 between rows: 40 stay free for the lines). */
const NODE_BOX = 150;
const NODE_PADDING = 10;
const LINE_HEIGHT = 1.15;

/** Node text size for a zoom: rendered ≥ MIN_TEXT_PX, and how many lines fit in the node; too few → blocks only. */
export function nodeTextFor(zoom: number): { font: number; lines: number; far: boolean } {
  const font = Math.ceil(MIN_TEXT_PX / Math.max(zoom, 0.01));
  const lines = Math.floor((NODE_BOX - 2 * NODE_PADDING) / (font * LINE_HEIGHT));
  return { font, lines, far: lines < 3 };
}

function readZoom(viewport: Element | null): number | null {
  const m = viewport?.getAttribute('style')?.match(/scale\(([\d.e-]+)\)/);
  const z = m ? Number(m[1]) : NaN;
  return Number.isFinite(z) && z > 0 ? z : null;
}

/** Quoted for a CSS attribute selector. */
const cssString = (s: string) => `"${s.replace(/["\\]/g, '\\$&').replace(/\n/g, '\\a ')}"`;

/** The spotlight: nodes outside the stop are drawn as pale blocks without text. */
function spotlightCss(ids: readonly string[]): string {
  if (ids.length === 0) return '';
  const outside = `.presentation .react-flow__node:not(${ids.map((id) => `[data-id=${cssString(id)}]`).join(', ')})`;
  return `${outside} > .node { background: #eef1f5; border-color: #c3cbd5; color: transparent; }\n${outside} > .node > * { visibility: hidden; }`;
}

function isInside(el: EventTarget | null, box: HTMLElement | null): boolean {
  return el instanceof Node && !!box?.contains(el);
}

/**
 * "Presenteren": the plan full screen for a beamer. A spotlight walks the top goals' branches
 * and ends on the whole tree; N adds a signal or an action without leaving; Escape leaves.
 */
export function PresentationView({ plan, onClose, returnFocusTo }: PresentationViewProps) {
  const root = useRef<HTMLDivElement>(null);
  const captureBox = useRef<HTMLFormElement>(null);
  const stops = useMemo(() => presentationStops(plan), [plan]);
  const [at, setAt] = useState<{ key: string; index: number }>(() => ({ key: stops[0]?.key ?? 'all', index: 0 }));
  const index = resolveStop(stops, at);
  const stop = stops[index] as Stop;
  // The stop in view went away (a live edit): from now on, stay with the one shown instead.
  if (stop.key !== at.key || index !== at.index) setAt({ key: stop.key, index });
  const [capture, setCapture] = useState<CaptureKind | null>(null);
  const [status, setStatus] = useState('');

  const latest = useRef({ stops, index, capture, onClose });
  useEffect(() => {
    latest.current = { stops, index, capture, onClose };
  });

  const go = useCallback((to: number) => {
    const { stops: list } = latest.current;
    const i = Math.min(Math.max(to, 0), list.length - 1);
    const s = list[i];
    if (s) setAt({ key: s.key, index: i });
  }, []);

  // Fit the stop's nodes; again when its set of nodes changes (a live edit), not on every keystroke.
  const idsKey = stop.ids.join('\n');
  const [fit, setFit] = useState(() => ({ key: idsKey, request: { ids: stop.ids, seq: 1 } }));
  if (fit.key !== idsKey) setFit({ key: idsKey, request: { ids: stop.ids, seq: fit.request.seq + 1 } });
  const fitRequest = fit.request;
  const spotlight = useMemo(() => spotlightCss(idsKey ? idsKey.split('\n') : NONE), [idsKey]);

  // Node text follows the canvas zoom so that it renders large (React Flow scales with a transform).
  useLayoutEffect(() => {
    const box = root.current;
    if (!box) return;
    let observer: MutationObserver | null = null;
    const apply = (viewport: Element | null) => {
      const zoom = readZoom(viewport);
      if (zoom === null) return;
      const { font, lines, far } = nodeTextFor(zoom);
      box.style.setProperty('--pres-node-font', `${font}px`);
      box.style.setProperty('--pres-node-lines', String(Math.max(lines, 1)));
      box.classList.toggle('pres-far', far);
    };
    const viewport = box.querySelector('.react-flow__viewport');
    apply(viewport);
    if (viewport && typeof MutationObserver === 'function') {
      observer = new MutationObserver(() => apply(viewport));
      observer.observe(viewport, { attributes: true, attributeFilter: ['style'] });
    }
    return () => observer?.disconnect();
  }, []);

  // Full screen where the browser allows it; otherwise the fixed overlay covers the window.
  // The rest of the app is inert meanwhile; focus returns to the opener at the end.
  useEffect(() => {
    const box = root.current;
    if (!box) return;
    const appRoot = document.getElementById('root');
    const wasInert = appRoot?.inert ?? false;
    if (appRoot) appRoot.inert = true;
    box.focus({ preventScroll: true });
    let entered = false;
    const onFullscreen = () => {
      if (document.fullscreenElement === box) {
        entered = true;
        return;
      }
      // Leaving full screen (the browser's own Escape) ends the mode, unless a field is open.
      if (entered && !latest.current.capture) latest.current.onClose();
      entered = false;
    };
    document.addEventListener('fullscreenchange', onFullscreen);
    if (typeof box.requestFullscreen === 'function' && document.fullscreenEnabled !== false) {
      box
        .requestFullscreen({ navigationUI: 'hide' })
        .then(() => {
          // Chrome: let Escape reach the page (it closes a field first); holding it still leaves full screen.
          const keyboard = (navigator as Navigator & { keyboard?: { lock?: (keys: string[]) => Promise<void> } }).keyboard;
          return keyboard?.lock?.(['Escape']);
        })
        .catch(() => {});
    }
    const returnTo = returnFocusTo;
    return () => {
      document.removeEventListener('fullscreenchange', onFullscreen);
      if (appRoot) appRoot.inert = wasInert;
      if (document.fullscreenElement === box) void document.exitFullscreen().catch(() => {});
      returnTo?.current?.focus({ preventScroll: true });
    };
  }, [returnFocusTo]);

  // The walk: the clicker sends PageUp/PageDown; arrows, Space, Home and End do the rest.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.ctrlKey || e.metaKey || e.altKey) return;
      const { index: i, stops: list, capture: open } = latest.current;
      if (open && isInside(e.target, captureBox.current)) return;
      let handled = true;
      switch (e.key) {
        case 'ArrowRight':
        case 'ArrowDown':
        case 'PageDown':
        case ' ':
          go(i + 1);
          break;
        case 'ArrowLeft':
        case 'ArrowUp':
        case 'PageUp':
          go(i - 1);
          break;
        case 'Home':
          go(0);
          break;
        case 'End':
          go(list.length - 1);
          break;
        case 'n':
        case 'N':
          setCapture(list[i]?.kind === 'goal' ? 'action' : 'signal');
          break;
        case 'Escape':
          if (open) setCapture(null);
          else latest.current.onClose();
          break;
        default:
          handled = false;
      }
      if (handled) {
        e.preventDefault();
        e.stopPropagation();
      }
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [go]);

  const closeCapture = useCallback(() => {
    setCapture(null);
    root.current?.focus({ preventScroll: true });
  }, []);

  const save = useCallback(
    (kind: CaptureKind, text: string): boolean => {
      const value = text.trim();
      if (!value) {
        setStatus(t.capture.empty);
        return false;
      }
      const goalId = stop.kind === 'goal' ? stop.goalId : undefined;
      if (kind === 'action' && !goalId) {
        setStatus(t.capture.needGoal);
        return false;
      }
      const current = usePlanStore.getState().plan;
      if (!current) return false;
      const result = kind === 'action' && goalId ? addActionUnder(current, goalId, value) : addSignalFor(current, goalId, value);
      if (!result.ok) {
        setStatus(t.capture.failed(result.reason));
        return false;
      }
      // One change: one undo step, saved by the autosave like any edit.
      usePlanStore.getState().change(() => result.value);
      setStatus(kind === 'action' ? t.capture.addedAction(value) : t.capture.addedSignal(value, goalId !== undefined));
      return true;
    },
    [stop],
  );

  const goals = stops.length - 1;
  const summary = useMemo(() => {
    const index = graphIndex(plan);
    let actions = 0;
    let owners = 0;
    for (const n of plan.nodes) {
      if (n.kind === 'action') actions++;
      else if (n.kind === 'owner') owners++;
    }
    return t.wholeTreeSummary(plan.nodes.length - actions - owners, actions, owners) + (index.roots.length ? '' : ` — ${t.empty}`);
  }, [plan]);

  const counter = t.counter(index + 1, stops.length);
  const captionLabel = stop.kind === 'goal' ? t.goalLabel(stop.number, index + 1, goals) : t.wholeTree;
  const captionTitle = stop.kind === 'goal' ? stop.title : summary;

  return createPortal(
    <div
      ref={root}
      className="presentation"
      role="dialog"
      aria-modal="true"
      aria-label={t.dialogLabel(plan.title)}
      tabIndex={-1}
    >
      <header className="pres-header">
        <p className="pres-plan-title">{plan.title}</p>
        <p className="pres-counter" aria-live="polite" aria-atomic="true">
          {counter}
          <span className="visually-hidden">
            {', '}
            {captionLabel}: {captionTitle}
          </span>
        </p>
      </header>
      <section className="pres-caption">
        <p className="pres-caption-label">{captionLabel}</p>
        <h2 className="pres-caption-title">{captionTitle}</h2>
      </section>
      <div className="pres-stage">
        <style>{spotlight}</style>
        <PlanCanvas
          plan={plan}
          selection={NONE}
          editing={null}
          collapsed={NONE}
          showMinimap={false}
          focusRequest={null}
          fitRequest={fitRequest}
          readOnly
        />
        {capture && (
          <CaptureField
            formRef={captureBox}
            kind={capture}
            goalTitle={stop.kind === 'goal' ? stop.title : undefined}
            onKind={setCapture}
            onSave={(kind, text) => {
              if (save(kind, text)) closeCapture();
            }}
            onCancel={closeCapture}
          />
        )}
      </div>
      <footer className="pres-footer">
        <div className="pres-nav">
          <button type="button" onClick={() => go(index - 1)} disabled={index === 0}>
            <span aria-hidden="true">← </span>
            {t.previous}
          </button>
          <button type="button" onClick={() => go(index + 1)} disabled={index === stops.length - 1}>
            {t.next}
            <span aria-hidden="true"> →</span>
          </button>
          <button type="button" onClick={() => setCapture(stop.kind === 'goal' ? 'action' : 'signal')}>
            {t.add}
          </button>
          <button type="button" onClick={onClose}>
            {t.close}
          </button>
        </div>
        <p className="pres-status" role="status">
          {status || t.keysHint}
        </p>
      </footer>
    </div>,
    document.body,
  );
}

interface CaptureProps {
  formRef: RefObject<HTMLFormElement | null>;
  kind: CaptureKind;
  goalTitle: string | undefined;
  onKind: (kind: CaptureKind) => void;
  onSave: (kind: CaptureKind, text: string) => void;
  onCancel: () => void;
}

/** N: one large field for a signal (cited by the goal in view) or an action under that goal. */
function CaptureField({ formRef, kind, goalTitle, onKind, onSave, onCancel }: CaptureProps) {
  const field = useRef<HTMLInputElement>(null);
  useEffect(() => {
    field.current?.focus({ preventScroll: true });
  }, [kind]);
  const canAct = goalTitle !== undefined;
  const onKeyDown = (e: ReactKeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'Escape') {
      e.preventDefault();
      e.stopPropagation();
      onCancel();
    } else if (e.key === 'Tab' && !e.shiftKey && canAct) {
      // Tab switches between signal and action, so the hands stay on the keyboard.
      e.preventDefault();
      onKind(kind === 'action' ? 'signal' : 'action');
    }
  };
  return (
    <form
      ref={formRef}
      className="pres-capture"
      aria-label={goalTitle ? t.capture.legend(goalTitle) : t.capture.legendNoGoal}
      onSubmit={(e) => {
        e.preventDefault();
        onSave(kind, field.current?.value ?? '');
      }}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.preventDefault();
          e.stopPropagation();
          onCancel();
        }
      }}
    >
      <p className="pres-capture-legend">{goalTitle ? t.capture.legend(goalTitle) : t.capture.legendNoGoal}</p>
      <div className="pres-capture-kinds" role="group" aria-label={t.capture.kindLabel}>
        <button type="button" aria-pressed={kind === 'signal'} onClick={() => onKind('signal')}>
          {t.capture.signal}
        </button>
        <button type="button" aria-pressed={kind === 'action'} onClick={() => onKind('action')} disabled={!canAct} title={canAct ? undefined : t.capture.needGoal}>
          {t.capture.action}
        </button>
      </div>
      <label className="pres-capture-field">
        <span>{kind === 'action' ? t.capture.actionField : t.capture.signalField}</span>
        <input ref={field} type="text" maxLength={500} autoComplete="off" onKeyDown={onKeyDown} />
      </label>
      <p className="pres-capture-hint">{t.capture.hint}</p>
    </form>
  );
}
