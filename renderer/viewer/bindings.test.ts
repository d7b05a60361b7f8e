import { describe, expect, test } from 'vitest';
import { findKeyBinding, findPointerBinding, findWheelBinding } from './bindings.js';
import { DEFAULT_KEY_BINDINGS, DEFAULT_POINTER_BINDINGS, DEFAULT_WHEEL_BINDINGS } from './defaultBindings.js';

const up = { shiftKey: false, ctrlKey: false, altKey: false, metaKey: false };

/** A stand-in for a DOM event, whose modifier flags are prototype getters rather than own properties. */
class FakeKeyEvent {
  constructor(
    readonly key: string,
    private readonly shift = false,
  ) {}
  get shiftKey(): boolean {
    return this.shift;
  }
  get ctrlKey(): boolean {
    return false;
  }
  get altKey(): boolean {
    return false;
  }
  get metaKey(): boolean {
    return false;
  }
}

describe('findKeyBinding', () => {
  test('modifiers must match exactly, so shift+arrow windows while the arrow scrolls', () => {
    expect(findKeyBinding(DEFAULT_KEY_BINDINGS, { ...up, key: 'ArrowDown' })?.command).toEqual({ type: 'scroll', delta: 1 });
    expect(findKeyBinding(DEFAULT_KEY_BINDINGS, { ...up, key: 'ArrowDown', shiftKey: true })?.command).toEqual({
      type: 'adjustVoi',
      centerStep: -0.02,
    });
    expect(findKeyBinding(DEFAULT_KEY_BINDINGS, { ...up, key: 'ArrowDown', ctrlKey: true })).toBeUndefined();
  });

  test('letters match either case; symbols ignore the shift that typing them needs', () => {
    expect(findKeyBinding(DEFAULT_KEY_BINDINGS, { ...up, key: 'I' })?.command.type).toBe('toggleInvert');
    expect(findKeyBinding(DEFAULT_KEY_BINDINGS, { ...up, key: '+', shiftKey: true })?.command).toEqual({ type: 'zoom', factor: 1.25 });
  });

  test('reads modifier getters of real events', () => {
    expect(findKeyBinding(DEFAULT_KEY_BINDINGS, new FakeKeyEvent('2'))?.command).toEqual({ type: 'applyVoiPreset', index: 1 });
    expect(findKeyBinding(DEFAULT_KEY_BINDINGS, new FakeKeyEvent('ArrowRight', true))?.command).toEqual({
      type: 'adjustVoi',
      widthStep: 0.04,
    });
  });
});

describe('pointer and wheel bindings', () => {
  test('buttons and modifiers choose the drag action', () => {
    expect(findPointerBinding(DEFAULT_POINTER_BINDINGS, { ...up, button: 0 })?.action).toBe('tool');
    expect(findPointerBinding(DEFAULT_POINTER_BINDINGS, { ...up, button: 0, ctrlKey: true })?.action).toBe('windowLevel');
    expect(findPointerBinding(DEFAULT_POINTER_BINDINGS, { ...up, button: 1 })?.action).toBe('pan');
    expect(findPointerBinding(DEFAULT_POINTER_BINDINGS, { ...up, button: 2 })?.action).toBe('zoom');
    expect(findPointerBinding(DEFAULT_POINTER_BINDINGS, { ...up, button: 3 })).toBeUndefined();
  });

  test('the wheel scrolls, ctrl+wheel zooms', () => {
    expect(findWheelBinding(DEFAULT_WHEEL_BINDINGS, up)?.action).toBe('scroll');
    expect(findWheelBinding(DEFAULT_WHEEL_BINDINGS, { ...up, ctrlKey: true })?.action).toBe('zoom');
  });
});
