import { describe, expect, it } from 'vitest';
import { exportFileName, slug } from './fileName';

describe('exportFileName', () => {
  it('joins wijk and title, slugged, with the doelenboom extension', () => {
    expect(exportFileName({ wijk: 'Presikhaaf', title: 'Wijkdoelen Presikhaaf' })).toBe('presikhaaf-wijkdoelen-presikhaaf.doelenboom.json');
  });
  it('removes diacritics and punctuation and never yields an empty name', () => {
    expect(slug('Één café – ’s-Heerenberg!')).toBe('een-cafe-s-heerenberg');
    expect(exportFileName({ wijk: '***', title: '///' }, 'png')).toBe('plan.doelenboom.png');
  });
});
