import { rulePackSchema, type RulePack } from '../../../rules/schema/pack';

/**
 * A small pack as an admin would write it (plain JSON, defaults left out), for the signing and
 * update tests. `term` is the word its one rule looks for, so versions can differ in behaviour.
 */
export function adminPackJson(version: number | string, term = 'rota', extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id: 'fernvale-staff',
    name: 'Fernvale staff pack',
    version,
    guidance: [
      {
        id: 'internal-matters',
        title: 'Keep internal matters internal',
        summary: 'Internal arrangements stay inside the council.',
        body: 'Staff arrangements are not for public posts.',
        doInstead: 'Raise it with your line manager.',
      },
    ],
    rules: [
      {
        id: 'internal-word',
        kind: 'term-list',
        category: 'employer-comment',
        severity: 'warn',
        message: 'This mentions an internal arrangement.',
        guidance: 'internal-matters',
        terms: [term],
        examples: { match: [`The ${term} changed again`], noMatch: ['Lovely walk by the river today'] },
      },
    ],
    ...extra,
  };
}

export function adminPack(version: number | string, term = 'rota'): RulePack {
  return rulePackSchema.parse(adminPackJson(version, term));
}
