// Writes the policy file's JSON Schema, for editors, from the zod schema the action validates with.
import {writeFileSync} from 'node:fs';
import {z} from 'zod';
import {policySchema} from '../lib/policy/schema.js';

const schema = {
  $id: 'https://github.com/evidence-gate/evidence-gate/schema/evidence-gate.schema.json',
  title: 'evidence-gate policy (.github/evidence-gate.yml)',
  ...z.toJSONSchema(policySchema, {io: 'input'}),
};
writeFileSync(new URL('../schema/evidence-gate.schema.json', import.meta.url), `${JSON.stringify(schema, null, 2)}\n`);
