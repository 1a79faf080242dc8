// Draws the installable app's PNG icons from public/favicon.svg in headless Chromium (npm run icons).
// The PNGs are committed; run this again only when the favicon changes.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { launch, ROOT } from '../tests/e2e/browser';

const svg = readFileSync(join(ROOT, 'public', 'favicon.svg'), 'utf8');
const browser = await launch();
try {
  for (const [size, maskable] of [
    [192, false],
    [512, false],
    [512, true],
  ] as const) {
    const page = await browser.newPage({ viewport: { width: size, height: size } });
    // A maskable icon keeps its drawing inside the central 80% safe zone on a full-bleed ground.
    const inner = maskable ? Math.round(size * 0.7) : size;
    await page.setContent(
      `<body style="margin:0;background:#14202b;display:grid;place-items:center;width:${size}px;height:${size}px">${svg.replace('<svg ', `<svg width="${inner}" height="${inner}" `)}</body>`,
    );
    const file = join(ROOT, 'public', `icon-${size}${maskable ? '-maskable' : ''}.png`);
    await page.screenshot({ path: file, omitBackground: !maskable });
    console.log(file);
  }
} finally {
  await browser.close();
}
