import type { RefusalCode } from '../export/refusal.js';
import { MASK_CATEGORIES, type SupplementaryField } from '../plan/plan.js';
import type { ContentCategory } from '../profile/actionRecord.js';
import { RISK_IDS, type RiskReason } from './riskFlags.js';

/**
 * The published JSON Schema (2020-12) of assessment.json, so that a permit authority can check a file it receives
 * (`deid assessment --schema`, `deid assessment --check`). It describes AssessmentDocument (writeAssessment.ts):
 * the sheet, thumbnails by name, and what happened to each object. The enumerations come from the engine's own
 * unions: the records below fail to compile when a union gains a member that is not listed.
 */
export const ASSESSMENT_SCHEMA_ID = 'https://peitto.invalid/schema/assessment-1.json';

const keys = <T extends string>(record: Record<T, 1>): T[] => Object.keys(record) as T[];
const FIELDS = keys<SupplementaryField>({ ageBand: 1, sex: 1, modality: 1, bodyPart: 1, findingClass: 1 });
const REFUSALS = keys<RefusalCode>({
  'no-sop-class': 1, 'private-sop-class': 1, 'encapsulated-pdf': 1, 'encapsulated-cda': 1, 'encapsulated-stl': 1,
  'encapsulated-obj': 1, 'encapsulated-mtl': 1, 'raw-data': 1, audio: 1,
});
const CATEGORIES = keys<ContentCategory>({
  names: 1, ids: 1, dates: 1, uids: 1, 'free-text': 1, private: 1, graphics: 1, device: 1, institution: 1, structure: 1, other: 1,
});
const REASONS = keys<RiskReason['key']>({
  'burned-in-declared': 1, 'burned-in-modality': 1, 'secondary-capture': 1, 'photographic-modality': 1, 'head-volume': 1,
  'dental-modality': 1, 'dental-body-part': 1, 'ophthalmic-photograph': 1, 'photographed-hand': 1, 'marked-rare-finding': 1,
});

const count = { type: 'integer', minimum: 0 } as const;
const text = { type: 'string' } as const;
const sha256 = { type: 'string', pattern: '^[0-9a-f]{64}$' } as const;
const object = (properties: Record<string, unknown>, optional: readonly string[] = []) => ({
  type: 'object',
  additionalProperties: false,
  required: Object.keys(properties).filter((k) => !optional.includes(k)),
  properties,
});
const list = (items: unknown) => ({ type: 'array', items });
const geometry = object({ rows: count, columns: count, spacing: { type: 'array', prefixItems: [{ type: 'number' }, { type: 'number' }], minItems: 2, maxItems: 2 } }, ['spacing']);
const fieldValues = { type: 'object', additionalProperties: false, properties: Object.fromEntries(FIELDS.map((f) => [f, text])) };

export const ASSESSMENT_SCHEMA = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: ASSESSMENT_SCHEMA_ID,
  title: 'Peitto documented risk assessment (assessment.json)',
  description: 'The risk assessment of one de-identified release, as written beside the data. It holds no personal data.',
  ...object({
    $schema: { const: ASSESSMENT_SCHEMA_ID },
    format: { const: 'peitto-assessment' },
    formatVersion: { const: 1 },
    language: { enum: ['en', 'fi', 'sv'], description: 'The language of assessment.pdf; the values here are codes.' },
    release: object({
      exportId: text,
      createdAt: { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?([+-]\\d{2}:\\d{2}|Z)$' },
      status: { enum: ['complete', 'interrupted'] },
      peittoVersion: text,
      profileVersion: text,
      organisation: text,
      operator: text,
      reference: text,
      recipient: { enum: ['secure-environment', 'publication'] },
      recipientName: text,
    }),
    data: object(
      {
        patients: count,
        studies: count,
        series: count,
        objects: count,
        frames: count,
        byModality: list(object({ modality: text, objects: count, frames: count })),
        byBodyPart: list(object({ bodyPart: text, objects: count })),
        supplementaryFields: list(object({ field: { enum: FIELDS }, justification: text })),
        ageBand: object({ width: count, topCode: count }),
        refused: list(object({ number: count, sopClass: text, reason: { enum: REFUSALS } })),
      },
      ['ageBand'],
    ),
    identifiers: object(
      {
        options: object(
          Object.fromEntries(
            ['cleanDescriptors', 'cleanStructuredContent', 'cleanGraphics', 'retainSafePrivate', 'retainDeviceIdentity', 'retainInstitutionIdentity'].map((o) => [
              o,
              { type: 'boolean' },
            ]),
          ),
        ),
        methodCodes: list(object({ code: text, meaning: text })),
        actions: list(object({ category: { enum: CATEGORIES }, removed: count, emptied: count, replaced: count, cleaned: count, kept: count })),
        mode: { enum: ['anonymous', 'pseudonymous'] },
        keyHolder: text,
      },
      ['keyHolder'],
    ),
    pixels: object({
      series: list(
        object({
          series: { type: 'string', pattern: '^S\\d{4}/SE\\d{4}$' },
          modality: text,
          images: count,
          maskedImages: count,
          masksByCategory: list(object({ category: { enum: [...MASK_CATEGORIES] }, regions: count })),
          before: geometry,
          after: geometry,
          cropped: { type: 'boolean' },
        }),
      ),
      thumbnails: list(object({ file: text, width: count, height: count })),
    }),
    risks: list(
      object(
        {
          risk: { enum: [...RISK_IDS, 'varying-measurement', 'amount-of-data'] },
          raised: { type: 'boolean' },
          objects: count,
          reasons: list({
            type: 'object',
            required: ['key'],
            properties: { key: { enum: REASONS } },
            additionalProperties: { anyOf: [{ type: 'string' }, { type: 'number' }] },
          }),
          decision: { enum: ['not-present', 'masked', 'accepted'] },
          justification: text,
          scope: { oneOf: [{ const: 'all' }, list(text)] },
        },
        ['decision', 'justification'],
      ),
    ),
    smallNumbers: object(
      {
        k: { type: 'integer', minimum: 1 },
        fields: list({ enum: FIELDS }),
        groups: count,
        smallest: list(object({ values: fieldValues, persons: count })),
        violations: count,
        suggestions: list({
          oneOf: [object({ action: { const: 'widen-age-band' }, width: count }), object({ action: { const: 'drop-field' }, field: { enum: FIELDS } })],
        }),
        override: object({ justification: text }),
        applied: object({ ageBandWidth: count, withheldFields: list({ enum: FIELDS }), violationsAfter: count }, ['ageBandWidth']),
      },
      ['override', 'applied'],
    ),
    verification: object({
      passed: { type: 'boolean' },
      identifiersChecked: count,
      filesScanned: count,
      bytesScanned: count,
      hits: count,
      maskChecks: object({ objects: count, frames: count, failures: count }),
      validation: object({ files: count, valid: count }),
      outputs: list(object({ file: text, sha256 })),
      outputsDigest: sha256,
    }),
    signOff: object({ operator: text, reviewer: text }, ['reviewer']),
    objects: list(
      object({
        file: text,
        sopClass: text,
        actions: { type: 'object', additionalProperties: false, properties: Object.fromEntries(['kept', 'replaced', 'emptied', 'removed', 'cleaned'].map((o) => [o, count])) },
        flags: list(object({ risk: { enum: RISK_IDS }, status: { enum: ['unreviewed', 'masked'] } })),
      }),
    ),
  }),
} as const;
