import {
  findKeyBinding,
  findPointerBinding,
  findWheelBinding,
  type DragAction,
  type KeyBinding,
  type PointerBinding,
  type ViewerCommand,
  type WheelBinding,
} from './bindings.js';

/** A drag in progress; it receives every move of the pointer that started it, then its release. */
export interface DragSession {
  move(event: PointerEvent): void;
  end(event: PointerEvent): void;
}

export interface InputHandlers {
  startDrag(action: DragAction, event: PointerEvent): DragSession | undefined;
  hover(event: PointerEvent): void;
  wheel(action: WheelBinding['action'], event: WheelEvent): void;
  command(command: ViewerCommand): void;
}

export interface InputBindings {
  keys: readonly KeyBinding[];
  pointer: readonly PointerBinding[];
  wheel: readonly WheelBinding[];
}

/**
 * Routes the layer's input through the bindings (data) to the viewer's handlers; returns the detacher. Keys
 * are taken only while the viewer has focus, which a press gives it.
 */
export function attachInput(root: HTMLElement, bindings: InputBindings, handlers: InputHandlers): () => void {
  const sessions = new Map<number, DragSession>();

  const onPointerDown = (event: PointerEvent): void => {
    root.focus({ preventScroll: true });
    const binding = findPointerBinding(bindings.pointer, event);
    if (!binding) return;
    const session = handlers.startDrag(binding.action, event);
    if (!session) return;
    event.preventDefault();
    root.setPointerCapture(event.pointerId);
    sessions.set(event.pointerId, session);
  };
  const onPointerMove = (event: PointerEvent): void => {
    const session = sessions.get(event.pointerId);
    if (session) session.move(event);
    else handlers.hover(event);
  };
  const onPointerEnd = (event: PointerEvent): void => {
    const session = sessions.get(event.pointerId);
    if (!session) return;
    sessions.delete(event.pointerId);
    if (root.hasPointerCapture(event.pointerId)) root.releasePointerCapture(event.pointerId);
    session.end(event);
  };
  const onWheel = (event: WheelEvent): void => {
    const binding = findWheelBinding(bindings.wheel, event);
    if (!binding) return;
    event.preventDefault();
    handlers.wheel(binding.action, event);
  };
  const onKeyDown = (event: KeyboardEvent): void => {
    const binding = findKeyBinding(bindings.keys, event);
    if (!binding) return;
    event.preventDefault();
    handlers.command(binding.command);
  };
  const onContextMenu = (event: Event): void => event.preventDefault();

  root.addEventListener('pointerdown', onPointerDown);
  root.addEventListener('pointermove', onPointerMove);
  root.addEventListener('pointerup', onPointerEnd);
  root.addEventListener('pointercancel', onPointerEnd);
  root.addEventListener('wheel', onWheel, { passive: false });
  root.addEventListener('keydown', onKeyDown);
  root.addEventListener('contextmenu', onContextMenu);
  return () => {
    root.removeEventListener('pointerdown', onPointerDown);
    root.removeEventListener('pointermove', onPointerMove);
    root.removeEventListener('pointerup', onPointerEnd);
    root.removeEventListener('pointercancel', onPointerEnd);
    root.removeEventListener('wheel', onWheel);
    root.removeEventListener('keydown', onKeyDown);
    root.removeEventListener('contextmenu', onContextMenu);
  };
}
