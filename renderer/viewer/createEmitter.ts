/** A typed event emitter: `on` returns the function that unsubscribes. */
export interface Emitter<Events extends object> {
  on<K extends keyof Events>(type: K, listener: (detail: Events[K]) => void): () => void;
  emit<K extends keyof Events>(type: K, detail: Events[K]): void;
  clear(): void;
}

export function createEmitter<Events extends object>(): Emitter<Events> {
  const listeners = new Map<keyof Events, Set<(detail: never) => void>>();
  return {
    on(type, listener) {
      let set = listeners.get(type);
      if (!set) listeners.set(type, (set = new Set()));
      set.add(listener as (detail: never) => void);
      return () => set.delete(listener as (detail: never) => void);
    },
    emit(type, detail) {
      for (const listener of [...(listeners.get(type) ?? [])]) (listener as (d: typeof detail) => void)(detail);
    },
    clear() {
      listeners.clear();
    },
  };
}
