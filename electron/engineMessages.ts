/** Messages between the main process and the engine utility process. */
export type EngineRequest =
  | { readonly kind: 'invoke'; readonly id: number; readonly channel: string; readonly request: unknown }
  | { readonly kind: 'file'; readonly id: number; readonly fileId: string };

export type EngineReply =
  | { readonly kind: 'result'; readonly id: number; readonly result: unknown }
  | { readonly kind: 'error'; readonly id: number; readonly code: string; readonly message: string }
  | { readonly kind: 'file'; readonly id: number; readonly path: string | null }
  | { readonly kind: 'event'; readonly event: string; readonly payload: unknown };
