import type { MaskRule } from '../../../main/api/contract.js';

/** A device rule in one line: "US · ACME · Sono 5 · 640 × 480". */
export function describeRule(rule: MaskRule): string {
  const size = rule.columns !== undefined || rule.rows !== undefined ? `${rule.columns ?? '*'} × ${rule.rows ?? '*'}` : undefined;
  return [rule.modality, rule.manufacturer, rule.model, size].filter(Boolean).join(' · ');
}
