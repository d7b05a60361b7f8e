const uid = { type: 'string', pattern: '^[0-9]+(\\.[0-9]+)*$', maxLength: 64 } as const;
const category = { enum: ['face', 'tattoo', 'burned-in-text', 'dental', 'iris', 'fingerprint', 'palm', 'rare-finding', 'other'] } as const;
const coordinate = { type: 'number' } as const;
const positive = { type: 'number', exclusiveMinimum: 0 } as const;
const scale = { type: 'number', exclusiveMinimum: 0, maximum: 1 } as const;
const maxDimension = { type: 'integer', minimum: 1 } as const;

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

const frames = {
  description: '"all" (default) or 0-based frame numbers.',
  oneOf: [{ const: 'all' }, { type: 'array', minItems: 1, uniqueItems: true, items: { type: 'integer', minimum: 0 } }],
} as const;

const maskRule = {
  type: 'object',
  additionalProperties: false,
  minProperties: 1,
  properties: {
    modality: { type: 'string', minLength: 1 },
    manufacturer: { type: 'string', minLength: 1 },
    model: { type: 'string', minLength: 1 },
    rows: { type: 'integer', minimum: 1 },
    columns: { type: 'integer', minimum: 1 },
  },
} as const;

const shapes = { type: 'array', minItems: 1, items: shape } as const;
const mask = {
  oneOf: [
    { type: 'object', additionalProperties: false, required: ['sopInstanceUID', 'shapes'], properties: { sopInstanceUID: uid, frames, shapes } },
    { type: 'object', additionalProperties: false, required: ['seriesInstanceUID', 'shapes'], properties: { seriesInstanceUID: uid, frames, shapes } },
    { type: 'object', additionalProperties: false, required: ['rule', 'shapes'], properties: { rule: maskRule, frames, shapes } },
  ],
} as const;

const resolutionChoice = [
  { type: 'object', required: ['scale'], properties: { scale } },
  { type: 'object', required: ['maxDimension'], properties: { maxDimension } },
] as const;

const crop = {
  type: 'object',
  additionalProperties: false,
  required: ['x', 'y', 'width', 'height'],
  oneOf: [{ required: ['sopInstanceUID'] }, { required: ['seriesInstanceUID'] }],
  properties: {
    sopInstanceUID: uid,
    seriesInstanceUID: uid,
    x: { type: 'integer', minimum: 0 },
    y: { type: 'integer', minimum: 0 },
    width: { type: 'integer', minimum: 1 },
    height: { type: 'integer', minimum: 1 },
  },
} as const;

/** JSON Schema (draft 2020-12) of the plan file; printed by `deid plan --schema`. */
export const PLAN_SCHEMA = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://peitto.invalid/schema/plan-1.json',
  title: 'Peitto de-identification plan',
  type: 'object',
  additionalProperties: false,
  required: ['version'],
  properties: {
    version: { const: 1, description: 'Plan format version.' },
    profile: {
      type: 'object',
      additionalProperties: false,
      description: 'PS3.15 Annex E profile options. Omitted options take the guideline profile default.',
      properties: {
        cleanDescriptors: { type: 'boolean', default: true },
        cleanStructuredContent: { type: 'boolean', default: true },
        cleanGraphics: { type: 'boolean', default: true },
        retainSafePrivate: { type: 'boolean', default: false },
        retainDeviceIdentity: { type: 'boolean', default: false },
        retainInstitutionIdentity: { type: 'boolean', default: false },
      },
    },
    identifiers: {
      type: 'object',
      additionalProperties: false,
      properties: {
        mode: { enum: ['anonymous', 'pseudonymous'], default: 'anonymous' },
        keyFile: { type: 'string', minLength: 1, description: 'Pseudonymous mode: the secret key file.' },
        keyHolder: { type: 'string', minLength: 1, description: 'Pseudonymous mode: who holds the key.' },
      },
    },
    supplementary: {
      type: 'object',
      additionalProperties: false,
      properties: {
        fields: {
          type: 'array',
          uniqueItems: true,
          items: { enum: ['ageBand', 'sex', 'modality', 'bodyPart', 'findingClass'] },
        },
        ageBandWidth: { type: 'integer', minimum: 1, maximum: 50, default: 10 },
        ageTopCode: { type: 'integer', minimum: 50, maximum: 120, default: 90 },
        findingClasses: {
          description: 'The finding class of each series, released as the field findingClass (a general class, never a diagnosis text).',
          type: 'array',
          items: {
            type: 'object',
            additionalProperties: false,
            required: ['seriesInstanceUID', 'findingClass'],
            properties: {
              seriesInstanceUID: { type: 'string', pattern: '^[0-9.]{1,64}$' },
              findingClass: { type: 'string', minLength: 1, maxLength: 64 },
            },
          },
        },
      },
    },
    masks: { type: 'array', items: mask, description: 'Regions burned to the darkest displayed value.' },
    resolution: {
      description: 'Reduced resolution for the export, by area averaging; "series" overrides it per series.',
      type: 'object',
      additionalProperties: false,
      properties: {
        scale,
        maxDimension,
        series: {
          type: 'array',
          items: {
            type: 'object',
            additionalProperties: false,
            required: ['seriesInstanceUID'],
            properties: { seriesInstanceUID: uid, scale, maxDimension },
            oneOf: resolutionChoice,
          },
        },
      },
      oneOf: resolutionChoice,
    },
    crop: {
      description: 'Crop rectangles in source pixels, for instances or series.',
      oneOf: [crop, { type: 'array', items: crop }],
    },
    assessment: {
      description: 'The documented risk assessment: who releases to whom, and the decisions on each raised risk.',
      type: 'object',
      additionalProperties: false,
      properties: {
        recipient: { enum: ['secure-environment', 'publication'], default: 'secure-environment' },
        recipientName: { type: 'string', description: 'Who receives the data: the permit holder or the publication.' },
        organisation: { type: 'string' },
        operator: { type: 'string' },
        reviewer: { type: 'string' },
        reference: { type: 'string', description: 'Data permit or case reference.' },
        language: { enum: ['en', 'fi', 'sv'], default: 'en', description: 'Language of assessment.pdf.' },
        decisions: {
          type: 'array',
          items: {
            type: 'object',
            additionalProperties: false,
            required: ['risk', 'scope', 'decision', 'justification'],
            properties: {
              risk: { enum: ['face', 'face-shape', 'dental', 'fingerprint', 'iris', 'palm', 'rare-finding', 'tattoo', 'burned-in-text', 'varying-measurement', 'other-datasets', 'amount-of-data'] },
              scope: {
                oneOf: [
                  { const: 'all' },
                  { type: 'object', additionalProperties: false, required: ['seriesInstanceUID'], properties: { seriesInstanceUID: uid } },
                ],
              },
              decision: { enum: ['not-present', 'masked', 'accepted'] },
              justification: { type: 'string', minLength: 1 },
            },
          },
        },
        rareFindings: {
          type: 'array',
          items: { type: 'object', additionalProperties: false, required: ['seriesInstanceUID'], properties: { seriesInstanceUID: uid } },
        },
        fieldJustifications: {
          type: 'object',
          additionalProperties: false,
          properties: { ageBand: { type: 'string' }, sex: { type: 'string' }, modality: { type: 'string' }, bodyPart: { type: 'string' } },
        },
        k: { type: 'integer', minimum: 2, maximum: 100, default: 5, description: 'Smallest group size allowed (Norwegian guidance: five).' },
        smallNumbersOverride: {
          type: 'object',
          additionalProperties: false,
          required: ['justification'],
          properties: { justification: { type: 'string', minLength: 1 } },
        },
      },
    },
    output: {
      type: 'object',
      additionalProperties: false,
      properties: {
        pixelEncoding: { enum: ['explicit-little', 'jpeg-ls-lossless', 'rle'], default: 'explicit-little' },
        burnOverlays: { type: 'boolean', default: false },
      },
    },
  },
} as const;
