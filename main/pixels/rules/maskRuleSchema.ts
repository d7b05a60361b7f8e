import { MASK_CATEGORIES } from '../ops/maskShape.js';

const coordinate = { type: 'number' } as const;
const positive = { type: 'number', exclusiveMinimum: 0 } as const;
const category = { enum: [...MASK_CATEGORIES] } as const;
const text = { type: 'string', minLength: 1 } as const;

/** The shapes of the plan file (main/plan/planSchema.ts), so a rule's shapes can be copied into a plan as they are. */
const shape = {
  oneOf: [
    {
      type: 'object',
      additionalProperties: false,
      required: ['type', 'x', 'y', 'width', 'height', 'category'],
      properties: { type: { const: 'rectangle' }, x: coordinate, y: coordinate, width: positive, height: positive, category },
    },
    {
      type: 'object',
      additionalProperties: false,
      required: ['type', 'cx', 'cy', 'rx', 'ry', 'category'],
      properties: { type: { const: 'ellipse' }, cx: coordinate, cy: coordinate, rx: positive, ry: positive, category },
    },
    {
      type: 'object',
      additionalProperties: false,
      required: ['type', 'points', 'category'],
      properties: {
        type: { const: 'polygon' },
        points: { type: 'array', minItems: 3, items: { type: 'array', minItems: 2, maxItems: 2, items: coordinate } },
        category,
      },
    },
  ],
} as const;

/** JSON Schema (draft 2020-12) of one mask rule: what the UI saves when an operator records a device's layout. */
export const MASK_RULE_SCHEMA = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://peitto.invalid/schema/mask-rule-1.json',
  title: 'Peitto mask rule',
  type: 'object',
  additionalProperties: false,
  required: ['id', 'rule', 'shapes', 'source'],
  properties: {
    id: { type: 'string', minLength: 1, maxLength: 128, pattern: '^[^\\u0000-\\u001f]+$' },
    description: text,
    rule: {
      description: 'At least one condition: a rule that matches every image would mask every image.',
      type: 'object',
      additionalProperties: false,
      minProperties: 1,
      properties: {
        modality: { type: 'string', pattern: '^[A-Z0-9_ ]{1,16}$' },
        manufacturer: text,
        model: text,
        rows: { type: 'integer', minimum: 1, maximum: 65535 },
        columns: { type: 'integer', minimum: 1, maximum: 65535 },
      },
    },
    shapes: { type: 'array', minItems: 1, items: shape },
    source: text,
    sourceUrl: { type: 'string', pattern: '^https?://' },
  },
} as const;

/** JSON Schema of a rule library file. */
export const MASK_RULE_FILE_SCHEMA = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://peitto.invalid/schema/mask-rules-1.json',
  title: 'Peitto mask rule library',
  type: 'object',
  additionalProperties: false,
  required: ['version', 'rules'],
  properties: {
    version: { const: 1 },
    description: text,
    notes: { type: 'array', items: text },
    rules: { type: 'array', items: { $ref: 'https://peitto.invalid/schema/mask-rule-1.json' } },
  },
} as const;
