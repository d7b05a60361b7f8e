import type { KeyBinding, PointerBinding, WheelBinding } from './bindings.js';

/**
 * The default keyboard: arrows and page keys scroll (as in most PACS viewers), shift+arrows adjust the
 * window, digits apply the modality's presets in order and 0 restores the image's own window.
 */
export const DEFAULT_KEY_BINDINGS: readonly KeyBinding[] = [
  { key: 'ArrowUp', command: { type: 'scroll', delta: -1 } },
  { key: 'ArrowLeft', command: { type: 'scroll', delta: -1 } },
  { key: 'ArrowDown', command: { type: 'scroll', delta: 1 } },
  { key: 'ArrowRight', command: { type: 'scroll', delta: 1 } },
  { key: 'PageUp', command: { type: 'scroll', delta: -10 } },
  { key: 'PageDown', command: { type: 'scroll', delta: 10 } },
  { key: 'Home', command: { type: 'scrollTo', position: 'first' } },
  { key: 'End', command: { type: 'scrollTo', position: 'last' } },
  { key: 'ArrowUp', shift: true, command: { type: 'adjustVoi', centerStep: 0.02 } },
  { key: 'ArrowDown', shift: true, command: { type: 'adjustVoi', centerStep: -0.02 } },
  { key: 'ArrowRight', shift: true, command: { type: 'adjustVoi', widthStep: 0.04 } },
  { key: 'ArrowLeft', shift: true, command: { type: 'adjustVoi', widthStep: -0.04 } },
  ...Array.from({ length: 9 }, (_, index): KeyBinding => ({ key: String(index + 1), command: { type: 'applyVoiPreset', index } })),
  { key: '0', command: { type: 'resetVoi' } },
  { key: 'i', command: { type: 'toggleInvert' } },
  { key: '+', command: { type: 'zoom', factor: 1.25 } },
  { key: '-', command: { type: 'zoom', factor: 0.8 } },
  { key: 'f', command: { type: 'fit' } },
  { key: ' ', command: { type: 'toggleCine' } },
  { key: 'o', command: { type: 'toggleOverlays' } },
  { key: 'p', command: { type: 'togglePeek' } },
  { key: 'Delete', command: { type: 'deleteSelectedMask' } },
  { key: 'Backspace', command: { type: 'deleteSelectedMask' } },
  { key: 'Escape', command: { type: 'cancelEdit' } },
  { key: 'Enter', command: { type: 'finishPolygon' } },
];

/** Primary drag runs the active tool; middle pans, secondary zooms, and ctrl+primary always windows. */
export const DEFAULT_POINTER_BINDINGS: readonly PointerBinding[] = [
  { button: 'primary', action: 'tool' },
  { button: 'primary', ctrl: true, action: 'windowLevel' },
  { button: 'primary', shift: true, action: 'pan' },
  { button: 'middle', action: 'pan' },
  { button: 'secondary', action: 'zoom' },
];

/** The wheel scrolls through the stack; ctrl+wheel (and a touchpad pinch, which sends it) zooms. */
export const DEFAULT_WHEEL_BINDINGS: readonly WheelBinding[] = [
  { action: 'scroll' },
  { ctrl: true, action: 'zoom' },
];
