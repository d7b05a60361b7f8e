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
          items: { enum: ['ageBand', 'sex', 'modality', 'bodyPart'] },
        },
        ageBandWidth: { type: 'integer', minimum: 1, maximum: 50, default: 10 },
        ageTopCode: { type: 'integer', minimum: 50, maximum: 120, default: 90 },
      },
    },
  },
} as const;
