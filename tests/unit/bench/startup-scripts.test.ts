import { describe, expect, it } from 'vitest';
import { startupScripts } from '../../../bench/bundle-size';

describe('the scripts the window loads before it shows anything', () => {
  it('are the module script and the modulepreloads of index.html, not the lazy chunks', () => {
    const html = `<head>
      <script type="module" crossorigin src="./assets/index-Ab1.js"></script>
      <link rel="modulepreload" crossorigin href="./assets/vendor-Cd2.js">
      <link rel="stylesheet" crossorigin href="./assets/index-Ef3.css">
    </head>`;
    expect(startupScripts(html)).toEqual(['index-Ab1.js', 'vendor-Cd2.js']);
  });

  it('are none when index.html names none, so the bench can refuse to report a zero', () => {
    expect(startupScripts('<html><body></body></html>')).toEqual([]);
  });
});
