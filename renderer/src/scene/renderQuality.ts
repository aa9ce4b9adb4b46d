/**
 * Smooth edges (multisample antialiasing) of the 3D view. On a graphics card it costs next to nothing and
 * stays on. When the computer draws 3D in software (no usable GPU: virtual machines, remote desktops,
 * blocked drivers; Chromium then uses SwiftShader), multisampling makes each frame about 1.5 times as slow
 * as without it, so it starts off there. The coordinator can turn it either way; the choice is kept per
 * machine, not in the production file.
 */
const KEY = 'closedSet.smoothEdges';
const SOFTWARE = /swiftshader|llvmpipe|softpipe|software|basic render/i;

let software: boolean | null = null;

/** Whether WebGL is drawn by a software renderer (probed once with a throwaway context). */
export function isSoftwareRenderer(): boolean {
  if (software !== null) return software;
  software = false;
  if (typeof document === 'undefined') return software;
  const gl = document.createElement('canvas').getContext('webgl2');
  if (!gl) return software;
  const info = gl.getExtension('WEBGL_debug_renderer_info');
  const renderer = String(gl.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : gl.RENDERER) ?? '');
  software = SOFTWARE.test(renderer);
  gl.getExtension('WEBGL_lose_context')?.loseContext();
  return software;
}

/** The coordinator's explicit choice, or null for automatic. */
export function storedSmoothEdges(): boolean | null {
  try {
    const v = localStorage.getItem(KEY);
    return v === 'on' ? true : v === 'off' ? false : null;
  } catch {
    return null;
  }
}

export function storeSmoothEdges(on: boolean): void {
  try {
    localStorage.setItem(KEY, on ? 'on' : 'off');
  } catch {
    // Storage unavailable: the choice lasts for this window only.
  }
}

/** What a fresh window uses: the stored choice, else on unless drawing in software. */
export function initialSmoothEdges(): boolean {
  return storedSmoothEdges() ?? !isSoftwareRenderer();
}
