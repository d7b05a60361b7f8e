import type { ViewerTool } from './viewerTool.js';

/** What a key press asks the viewer to do. Steps of the window are fractions of the image's value range. */
export type ViewerCommand =
  | { type: 'scroll'; delta: number }
  | { type: 'scrollTo'; position: 'first' | 'last' }
  | { type: 'adjustVoi'; centerStep?: number; widthStep?: number }
  | { type: 'applyVoiPreset'; index: number }
  | { type: 'resetVoi' }
  | { type: 'toggleInvert' }
  | { type: 'zoom'; factor: number }
  | { type: 'fit' }
  | { type: 'toggleCine' }
  | { type: 'toggleOverlays' }
  | { type: 'togglePeek' }
  | { type: 'deleteSelectedMask' }
  | { type: 'cancelEdit' }
  | { type: 'finishPolygon' }
  | { type: 'setTool'; tool: ViewerTool };

/** Modifier keys; an omitted one must be up, so that bindings never overlap by accident. */
export interface Modifiers {
  shift?: boolean;
  ctrl?: boolean;
  alt?: boolean;
  meta?: boolean;
}

/**
 * `key` is a KeyboardEvent.key value ('ArrowUp', 'Delete', 'i'); letters match either case. For other
 * printable characters ('+', '?') shift is part of the character on many layouts, so it is ignored unless
 * the binding names it.
 */
export interface KeyBinding extends Modifiers {
  key: string;
  command: ViewerCommand;
}

export type PointerButton = 'primary' | 'middle' | 'secondary';

/** What dragging does: 'tool' hands the drag to the active tool, the others act whatever the tool. */
export type DragAction = 'tool' | 'windowLevel' | 'pan' | 'zoom' | 'scroll';

export interface PointerBinding extends Modifiers {
  button: PointerButton;
  action: DragAction;
}

export interface WheelBinding extends Modifiers {
  action: 'scroll' | 'zoom';
}

interface ModifierState {
  shiftKey: boolean;
  ctrlKey: boolean;
  altKey: boolean;
  metaKey: boolean;
}

export const modifiersMatch = (binding: Modifiers, event: ModifierState): boolean =>
  Boolean(binding.shift) === event.shiftKey &&
  Boolean(binding.ctrl) === event.ctrlKey &&
  Boolean(binding.alt) === event.altKey &&
  Boolean(binding.meta) === event.metaKey;

const sameKey = (a: string, b: string): boolean => a === b || (a.length === 1 && a.toLowerCase() === b.toLowerCase());

const isSymbol = (key: string): boolean => key.length === 1 && key.toLowerCase() === key.toUpperCase() && key !== ' ';

export function findKeyBinding(
  bindings: readonly KeyBinding[],
  event: ModifierState & { key: string },
): KeyBinding | undefined {
  return bindings.find((b) => {
    if (!sameKey(b.key, event.key)) return false;
    // Event modifiers are prototype getters, so the state is copied field by field.
    const shiftKey = isSymbol(b.key) && b.shift === undefined ? false : event.shiftKey;
    return modifiersMatch(b, { shiftKey, ctrlKey: event.ctrlKey, altKey: event.altKey, metaKey: event.metaKey });
  });
}

const BUTTONS: Record<number, PointerButton> = { 0: 'primary', 1: 'middle', 2: 'secondary' };

export function findPointerBinding(
  bindings: readonly PointerBinding[],
  event: ModifierState & { button: number },
): PointerBinding | undefined {
  const button = BUTTONS[event.button];
  return bindings.find((b) => b.button === button && modifiersMatch(b, event));
}

export function findWheelBinding(bindings: readonly WheelBinding[], event: ModifierState): WheelBinding | undefined {
  return bindings.find((b) => modifiersMatch(b, event));
}
