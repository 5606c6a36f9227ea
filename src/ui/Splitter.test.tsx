import { fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { Splitter } from './Splitter';

function Harness({ start = 50 }: { start?: number }) {
  const [value, setValue] = useState(start);
  return <Splitter value={value} min={15} max={85} onChange={setValue} label="Verdeling" controls="panel" />;
}

describe('Splitter', () => {
  it('is a focusable separator that says how big the panel is', () => {
    render(<Harness />);
    const bar = screen.getByRole('separator', { name: 'Verdeling' });
    expect(bar).toHaveAttribute('tabindex', '0');
    expect(bar).toHaveAttribute('aria-valuenow', '50');
    expect(bar).toHaveAttribute('aria-controls', 'panel');
  });

  it('arrow keys grow and shrink the panel in steps, never past its limits; Home and End jump to them', () => {
    render(<Harness start={80} />);
    const bar = screen.getByRole('separator');
    fireEvent.keyDown(bar, { key: 'ArrowDown' });
    expect(bar).toHaveAttribute('aria-valuenow', '75');
    fireEvent.keyDown(bar, { key: 'ArrowUp' });
    fireEvent.keyDown(bar, { key: 'ArrowUp' });
    expect(bar).toHaveAttribute('aria-valuenow', '85');
    fireEvent.keyDown(bar, { key: 'End' });
    expect(bar).toHaveAttribute('aria-valuenow', '15');
    fireEvent.keyDown(bar, { key: 'Home' });
    expect(bar).toHaveAttribute('aria-valuenow', '85');
  });
});
