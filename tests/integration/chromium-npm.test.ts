// The Chromium shipped inside the @sparticuz/chromium npm package, which the tests use on a machine
// with no Chromium installed. Launched here explicitly, even where a system Chromium exists, so this
// fallback is proven on every run: it unpacks into a folder of its own version, draws WebGL 2, keeps
// running when a context closes, and renders text on screen and in PDFs.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { npmChromium, npmChromiumFontConfig, npmChromiumLaunch, npmChromiumVersion } from '../support/chromium';

let base: string;
let executable: string;
let browser: Browser;
const DECOY = '#!/bin/sh\necho "a chromium of another version"\nexit 1\n';

beforeAll(async () => {
  base = mkdtempSync(join(tmpdir(), 'closed-set-npm-chromium-'));
  // What a temp folder can already hold: the package's own unpack spot, and an older version of ours.
  writeFileSync(join(base, 'chromium'), DECOY, { mode: 0o755 });
  mkdirSync(join(base, 'closed-set-chromium-1.0.0'));
  writeFileSync(join(base, 'closed-set-chromium-1.0.0', 'chromium'), DECOY, { mode: 0o755 });
  // Half-unpacked copies: one abandoned an hour ago by a killed run, one another process is writing now.
  const partial = `closed-set-chromium-${npmChromiumVersion()}.partial-`;
  mkdirSync(join(base, `${partial}abandoned`));
  writeFileSync(join(base, `${partial}abandoned`, 'chromium'), 'half a binary');
  const anHourAgo = new Date(Date.now() - 3_600_000);
  utimesSync(join(base, `${partial}abandoned`), anHourAgo, anHourAgo);
  mkdirSync(join(base, `${partial}in-progress`));
  const started = performance.now();
  executable = await npmChromium(base);
  console.log(`@sparticuz/chromium ${npmChromiumVersion()} unpacked in ${Math.round(performance.now() - started)} ms`);
  browser = await chromium.launch(await npmChromiumLaunch(executable));
}, 180_000);

afterAll(async () => {
  await browser?.close();
  if (base) rmSync(base, { recursive: true, force: true });
});

/** The names of the fonts embedded in a PDF (`/BaseFont /ABCDEF+Name`), subset prefixes removed. */
function embeddedFonts(pdf: Buffer): string[] {
  return [...new Set([...pdf.toString('latin1').matchAll(/\/BaseFont \/(?:[A-Z]{6}\+)?([^\s/>]+)/g)].map((m) => m[1]!))];
}

const SHEET = `<html><body style="margin:40px">
  <h1 style="font: 700 28px sans-serif">Choreography sheet — Scene 42</h1>
  <p style="font: 16px sans-serif">Beat 1: A and B stand facing, 40 cm apart.</p>
  <canvas id="ink" width="400" height="60"></canvas>
</body></html>`;

describe('the Chromium from npm', () => {
  it('unpacks into a folder of its own version, never reusing a chromium already in the temp folder, and clears abandoned half-unpacked copies', async () => {
    const version = npmChromiumVersion();
    expect(executable).toBe(join(base, `closed-set-chromium-${version}`, 'chromium'));
    expect(readFileSync(join(base, 'chromium'), 'utf8')).toBe(DECOY);
    expect(readFileSync(join(base, 'closed-set-chromium-1.0.0', 'chromium'), 'utf8')).toBe(DECOY);
    // The abandoned half-unpacked copy is cleared away; one being written right now is left alone.
    expect(readdirSync(base).sort()).toEqual(['chromium', 'closed-set-chromium-1.0.0', `closed-set-chromium-${version}`, `closed-set-chromium-${version}.partial-in-progress`]);
    // The package's major version is Chromium's.
    expect(browser.version().split('.')[0]).toBe(version.split('.')[0]);
    // Once unpacked, the same copy is used again.
    const unpackedAt = statSync(executable).mtimeMs;
    expect(await npmChromium(base)).toBe(executable);
    expect(statSync(executable).mtimeMs).toBe(unpackedAt);
  });

  it('draws WebGL 2 (software, through SwiftShader)', async () => {
    const page = await browser.newPage();
    try {
      const result = await page.evaluate(() => {
        const canvas = document.createElement('canvas');
        canvas.width = canvas.height = 16;
        const gl = canvas.getContext('webgl2');
        if (!gl) return null;
        const shader = (type: number, source: string) => {
          const s = gl.createShader(type)!;
          gl.shaderSource(s, source);
          gl.compileShader(s);
          return s;
        };
        const program = gl.createProgram();
        gl.attachShader(program, shader(gl.VERTEX_SHADER, '#version 300 es\nin vec2 p; void main() { gl_Position = vec4(p, 0.0, 1.0); }'));
        gl.attachShader(program, shader(gl.FRAGMENT_SHADER, '#version 300 es\nprecision highp float; out vec4 c; void main() { c = vec4(0.2, 0.6, 1.0, 1.0); }'));
        gl.linkProgram(program);
        gl.useProgram(program);
        gl.bindBuffer(gl.ARRAY_BUFFER, gl.createBuffer());
        gl.bufferData(gl.ARRAY_BUFFER, new Float32Array([-1, -1, 3, -1, -1, 3]), gl.STATIC_DRAW);
        gl.enableVertexAttribArray(0);
        gl.vertexAttribPointer(0, 2, gl.FLOAT, false, 0, 0);
        gl.drawArrays(gl.TRIANGLES, 0, 3);
        const pixel = new Uint8Array(4);
        gl.readPixels(8, 8, 1, 1, gl.RGBA, gl.UNSIGNED_BYTE, pixel);
        const info = gl.getExtension('WEBGL_debug_renderer_info');
        return { version: String(gl.getParameter(gl.VERSION)), renderer: info ? String(gl.getParameter(info.UNMASKED_RENDERER_WEBGL)) : '', pixel: [...pixel] };
      });
      expect(result?.version).toMatch(/^WebGL 2\.0/);
      expect(result?.renderer).toMatch(/SwiftShader/);
      expect(result?.pixel).toEqual([51, 153, 255, 255]);
    } finally {
      await page.close();
    }
  });

  it('keeps running when a browser context is closed (the package’s --single-process is not used)', async () => {
    const first = await browser.newContext();
    await (await first.newPage()).setContent('<p>first</p>');
    await first.close();
    expect(browser.isConnected()).toBe(true);
    const second = await browser.newContext();
    const page = await second.newPage();
    await page.setContent('<p>second</p>');
    expect(await page.textContent('p')).toBe('second');
    await second.close();
  });

  it('renders text on screen and prints a PDF with the text in an embedded font', async () => {
    const page = await browser.newPage();
    try {
      await page.setContent(SHEET);
      // Text drawn with the machine's fonts leaves ink (with no usable font it leaves none).
      const inked = await page.evaluate(() => {
        const canvas = document.getElementById('ink') as HTMLCanvasElement;
        const ctx = canvas.getContext('2d')!;
        ctx.fillStyle = '#fff';
        ctx.fillRect(0, 0, canvas.width, canvas.height);
        ctx.fillStyle = '#000';
        ctx.font = '32px sans-serif';
        ctx.fillText('Closed Set', 10, 40);
        const data = ctx.getImageData(0, 0, canvas.width, canvas.height).data;
        let dark = 0;
        for (let i = 0; i < data.length; i += 4) if (data[i]! < 128) dark++;
        return dark;
      });
      expect(inked).toBeGreaterThan(500);
      const pdf = await page.pdf({ format: 'A4', printBackground: true });
      expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      expect(pdf.toString('latin1')).toContain('/FontFile2');
      expect(embeddedFonts(pdf).length).toBeGreaterThan(0);
    } finally {
      await page.close();
    }
  });

  it('still renders text on a machine with no fonts installed, with the Open Sans the package ships', async () => {
    const dir = dirname(executable);
    const launch = await npmChromiumLaunch(executable);
    const printWith = async (fontConfig: string): Promise<{ fonts: string[]; width: number }> => {
      const file = join(base, `fonts-${Math.random().toString(36).slice(2)}.conf`);
      writeFileSync(file, fontConfig);
      const bare = await chromium.launch({ ...launch, env: { ...launch.env, FONTCONFIG_FILE: file } });
      try {
        const page = await bare.newPage();
        await page.setContent(SHEET);
        const width = await page.locator('h1').evaluate((h) => {
          const range = document.createRange();
          range.selectNodeContents(h);
          return range.getBoundingClientRect().width;
        });
        return { fonts: embeddedFonts(await page.pdf({ format: 'A4' })), width };
      } finally {
        await bare.close();
      }
    };
    // A machine without fonts: no system configuration to include.
    const fallback = await printWith(npmChromiumFontConfig(dir, join(base, 'no-such-fonts.conf')));
    expect(fallback.fonts.every((f) => f.startsWith('OpenSans'))).toBe(true);
    expect(fallback.fonts.length).toBeGreaterThan(0);
    expect(fallback.width).toBeGreaterThan(200);
    // Control: the same machine without the fallback prints no text at all.
    const none = await printWith('<?xml version="1.0"?>\n<fontconfig><cachedir>' + join(dir, 'fonts-cache') + '</cachedir></fontconfig>\n');
    expect(none.fonts).toEqual([]);
  });
});
