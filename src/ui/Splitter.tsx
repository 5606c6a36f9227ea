import { useRef, type KeyboardEvent, type PointerEvent } from 'react';

interface Props {
  /** Share of the container the panel below takes, in percent. */
  value: number;
  min: number;
  max: number;
  onChange: (value: number) => void;
  label: string;
  /** The id of the panel whose size this changes. */
  controls: string;
}

const STEP = 5;

/**
 * A horizontal divider that resizes the panel below it: dragged with the pointer, or moved with the
 * arrow keys (Home and End for the extremes), as the ARIA window-splitter pattern describes.
 */
export function Splitter({ value, min, max, onChange, label, controls }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  const clamp = (v: number) => Math.round(Math.min(max, Math.max(min, v)));

  const onPointerDown = (e: PointerEvent<HTMLDivElement>) => {
    const box = ref.current?.parentElement?.getBoundingClientRect();
    if (!box || box.height === 0) return;
    e.preventDefault();
    e.currentTarget.setPointerCapture(e.pointerId);
    const move = (ev: globalThis.PointerEvent) => onChange(clamp(((box.bottom - ev.clientY) / box.height) * 100));
    const target = e.currentTarget;
    const up = () => {
      target.removeEventListener('pointermove', move);
      target.removeEventListener('pointerup', up);
      target.removeEventListener('pointercancel', up);
    };
    target.addEventListener('pointermove', move);
    target.addEventListener('pointerup', up);
    target.addEventListener('pointercancel', up);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const next =
      e.key === 'ArrowUp' ? value + STEP : e.key === 'ArrowDown' ? value - STEP : e.key === 'Home' ? max : e.key === 'End' ? min : undefined;
    if (next === undefined) return;
    e.preventDefault();
    onChange(clamp(next));
  };

  return (
    <div
      ref={ref}
      className="splitter"
      role="separator"
      aria-orientation="horizontal"
      aria-label={label}
      aria-controls={controls}
      aria-valuenow={value}
      aria-valuemin={min}
      aria-valuemax={max}
      tabIndex={0}
      title={label}
      onPointerDown={onPointerDown}
      onKeyDown={onKeyDown}
    >
      <span className="splitter-grip" aria-hidden="true" />
    </div>
  );
}
